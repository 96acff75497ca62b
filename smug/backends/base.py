"""The Backend protocol and the shared relax -> verify -> restrict loop.

A backend turns a :class:`~smug.problem.MaskProblem` into a native model, runs it, and
reads the result back. Solvers that work in floating point (MILP) or in integers (CP-SAT)
cannot express a strict row over real coefficients exactly, so every inexact backend builds
each row in one of two directions, chosen per row by a *tightening level*:

* level 0, **relaxed**: the native row admits every mask that satisfies the exact row (and
  maybe a few more within rounding). Solving with all rows relaxed gives a sound lower bound.
* level >= 1, **restricted**: every mask the native row admits satisfies the exact row; a
  higher level means a larger safety margin.

:meth:`Backend.run` solves with every row relaxed, verifies the mask exactly, and re-solves
with the violated rows restricted (warm-started from the last mask) until the mask verifies
or time runs out. The proven lower bound always comes from the all-relaxed solve, so the
status is OPTIMAL only when a verified mask meets that bound. Exact backends (z3) set
``exact = True`` and skip the repair: a mask that fails verification is dropped.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np

from smug.errors import UnknownOptionError
from smug.problem import MaskProblem
from smug.solution import Solution, Status, Timings
from smug.verify import verify

__all__ = ["Attempt", "Backend", "Settings"]

#: Maximum number of native solves in one :meth:`Backend.run` (1 relaxed + repairs).
MAX_ROUNDS = 6


@dataclass(frozen=True)
class Settings:
    """Solver-independent settings of one run.

    ``deadline`` is a :func:`time.monotonic` instant (None: no limit); each native solve gets
    :meth:`remaining` seconds. ``hint`` is a mask to warm-start from, if the solver can.
    """

    time_limit: float | None = None
    threads: int | None = None
    seed: int = 0
    options: Mapping[str, Any] = field(default_factory=dict)
    deadline: float | None = None
    hint: np.ndarray | None = None
    verbose: bool = False

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0.0


@dataclass
class Attempt:
    """What one native solve found, about the *native* model it was given.

    mask            best mask found (bool, length n) or None
    proven_optimal  the solver proved ``mask`` optimal for the native model
    infeasible      the solver proved the native model infeasible
    bound           a proven lower bound on the native model's optimum, if known
    """

    mask: np.ndarray | None
    proven_optimal: bool
    infeasible: bool
    bound: float | None
    raw_status: str
    build_time: float = 0.0
    solve_time: float = 0.0
    stats: dict[str, Any] = field(default_factory=dict)


class Backend(ABC):
    """One solver behind the MaskProblem IR.

    Subclasses declare ``name``, ``extra`` (the pip extra that installs the solver),
    ``required_modules`` (checked with :func:`importlib.util.find_spec`, never imported
    here), ``exact`` and ``option_names``, and implement :meth:`solve_model`.
    """

    name: ClassVar[str]
    extra: ClassVar[str]
    required_modules: ClassVar[tuple[str, ...]]
    exact: ClassVar[bool] = False
    #: Native options accepted through ``solve(..., **options)``; None: ask the solver
    #: in :meth:`validate_options`.
    option_names: ClassVar[frozenset[str] | None] = frozenset()

    # --- availability ------------------------------------------------------------------
    @classmethod
    def is_available(cls) -> bool:
        """True when every required module can be found (the solver is not imported)."""
        return all(importlib.util.find_spec(mod) is not None for mod in cls.required_modules)

    @classmethod
    def version(cls) -> str | None:
        """The installed solver's distribution version, or None."""
        from importlib.metadata import PackageNotFoundError, version

        for dist in cls.distributions():
            try:
                return version(dist)
            except PackageNotFoundError:
                continue
        return None

    @classmethod
    def distributions(cls) -> tuple[str, ...]:
        """Names of the pip distributions whose version :meth:`version` reports."""
        return cls.required_modules

    #: Modules :meth:`load` imports before the clock starts; default ``required_modules``.
    load_modules: ClassVar[tuple[str, ...] | None] = None

    def load(self) -> float:
        """Import the solver's modules; return the seconds it took (0 once imported).

        :func:`smug.solve` calls this before it starts timing, so that the one-off import
        of a solver (0.3-2 s for OR-Tools or cvxpy) is not counted as model building or
        solving; the seconds are kept in ``Solution.stats["import_s"]``.
        """
        start = time.perf_counter()
        for module in self.load_modules or self.required_modules:
            importlib.import_module(module)
        return time.perf_counter() - start

    # --- options -----------------------------------------------------------------------
    def validate_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Return ``options`` unchanged if every key is known, else raise naming the bad one."""
        known = self.option_names or frozenset()
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise UnknownOptionError(
                f"options: {self.name} backend does not know {', '.join(map(repr, unknown))}; "
                f"valid options: {', '.join(sorted(known)) or '(none)'}"
            )
        return dict(options)

    # --- the native solve -------------------------------------------------------------
    @abstractmethod
    def solve_model(
        self, problem: MaskProblem, tightening: np.ndarray, settings: Settings
    ) -> Attempt:
        """Build the native model with rows tightened as given, solve it, read it back.

        ``tightening[i]`` is 0 (relaxed) or a level >= 1 (restricted) for row ``i``; exact
        backends ignore it. Must honour ``problem.fixed``, ``settings.remaining()``,
        ``settings.threads``, ``settings.seed``, ``settings.options`` and, if it can,
        ``settings.hint``.
        """

    # --- the shared loop ---------------------------------------------------------------
    def run(self, problem: MaskProblem, settings: Settings) -> Solution:
        """Solve ``problem`` soundly: relax, verify exactly, restrict violated rows, repeat."""
        start = time.perf_counter()
        tightening = np.zeros(problem.n_rows, dtype=np.int16)
        build = solve = 0.0
        rounds: list[dict[str, Any]] = []
        lower: float | None = None
        accepted: np.ndarray | None = None
        last: Attempt | None = None
        failed_rows = np.zeros(0, dtype=np.int64)
        for round_no in range(1 if self.exact else MAX_ROUNDS):
            if round_no and settings.expired():
                break
            attempt = self.solve_model(problem, tightening, settings)
            last = attempt
            build += attempt.build_time
            solve += attempt.solve_time
            if round_no == 0:
                lower = _first_bound(attempt, problem)
                if attempt.infeasible:
                    return self._finish(problem, Status.INFEASIBLE, None, None, attempt, start,
                                        build, solve, rounds)
            info = {"raw_status": attempt.raw_status, "restricted_rows": int(np.sum(tightening > 0))}
            rounds.append(info)
            if attempt.mask is None:
                break
            check = verify(problem, attempt.mask)
            if check.ok:
                accepted = attempt.mask
                break
            failed_rows = check.failed_rows
            info["failed_rows"] = int(failed_rows.size)
            if check.fixed_violations.size:
                break  # a backend that ignores fixings cannot be repaired by tightening
            tightening[failed_rows] += 1
            settings = _with_hint(settings, attempt.mask)
        if accepted is None:
            stats = {}
            if failed_rows.size:
                stats["unverified_mask_rows_failed"] = failed_rows[:50].tolist()
            return self._finish(problem, Status.UNKNOWN, None, lower, last, start, build, solve,
                                rounds, stats)
        objective = problem.objective(accepted)
        status = Status.OPTIMAL if _meets_bound(problem, objective, lower) else Status.FEASIBLE
        bound = objective if status is Status.OPTIMAL else lower
        return self._finish(problem, status, accepted, bound, last, start, build, solve, rounds)

    def _finish(
        self,
        problem: MaskProblem,
        status: Status,
        mask: np.ndarray | None,
        bound: float | None,
        attempt: Attempt | None,
        start: float,
        build: float,
        solve: float,
        rounds: list[dict[str, Any]],
        extra: dict[str, Any] | None = None,
    ) -> Solution:
        stats: dict[str, Any] = dict(attempt.stats) if attempt else {}
        stats["rounds"] = rounds
        stats.update(extra or {})
        objective = problem.objective(mask) if mask is not None else None
        if bound is not None and problem.has_unit_cost:
            bound = float(math.ceil(bound - 1e-6))
        return Solution(
            status=status,
            mask=None if mask is None else np.asarray(mask, dtype=bool),
            objective=objective,
            bound=bound,
            backend=self.name,
            raw_status=attempt.raw_status if attempt else "not run",
            timings=Timings(build, solve, time.perf_counter() - start),
            verified=mask is not None,
            stats=stats,
        )


def _first_bound(attempt: Attempt, problem: MaskProblem) -> float | None:
    """The lower bound proven by the all-relaxed solve (valid for the exact problem)."""
    if attempt.proven_optimal and attempt.mask is not None:
        return problem.objective(attempt.mask)
    return attempt.bound


def _meets_bound(problem: MaskProblem, objective: float, lower: float | None) -> bool:
    if lower is None:
        return False
    if np.all(problem.cost == np.round(problem.cost)):
        return objective <= math.ceil(lower - 1e-6)
    return objective <= lower + 1e-9 * max(1.0, abs(objective))


def _with_hint(settings: Settings, mask: np.ndarray) -> Settings:
    from dataclasses import replace

    return replace(settings, hint=np.asarray(mask, dtype=bool))
