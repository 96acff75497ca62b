"""The Backend contract (build / run / read) and the one loop that makes every backend sound.

A backend turns a :class:`~smug.problem.MaskProblem` into a native model (:meth:`Backend.build`),
runs its solver on it (:meth:`Backend.run`) and reads the outcome back as an
:class:`Attempt` with a typed :class:`~smug.solution.Termination` (:meth:`Backend.read`),
as cvxpy's solver reductions do (``apply`` / ``solve_via_data`` / ``invert``).

Solvers that work in floating point (MILP) or in integers (CP-SAT) cannot express a strict
row over real coefficients exactly, so every inexact backend builds each row in one of two
directions, chosen per row by a *tightening level*:

* level 0, **relaxed**: the native row admits every mask that satisfies the exact row (and
  maybe a few more within rounding). A relaxed model's optimum, or proven bound, is a sound
  lower bound on the exact optimum.
* level >= 1, **restricted**: every mask the native row admits satisfies the exact row.

:meth:`Backend.solve` owns the one loop, the same for every backend:

1. **relax**: solve the relaxed model (the exact rows relaxed, plus the cuts found so far, plus
   an objective cut-off ``cost . M < incumbent`` once there is an incumbent);
2. **verify** the mask exactly (:func:`smug.verify.verify`);
3. **cut**: a mask that fails a row is removed from the relaxed model by a *cover cut*
   (:func:`cover_cut`), which excludes it and every mask that is no better on that row, and
   nothing feasible: the relaxed model stays a relaxation, so its bound stays sound;
4. **restrict** (a repair heuristic for an incumbent under a time limit): while there is no
   verified mask, the rows that failed are restricted once and the model solved again;
   whatever it returns is verified and only ever used as an incumbent, never as a bound.

The loop ends OPTIMAL when a verified mask meets a proven bound exactly
(:meth:`Backend.proves_optimal`: the bound, less the solver's objective tolerance, rounded up
to the grain of the costs, compared in rationals) or when the relaxed model with the
objective cut-off is proven infeasible; INFEASIBLE when the relaxed model without a cut-off
is. A time-out ends FEASIBLE with the best verified mask and the best proven bound, or
UNKNOWN without a mask.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp

from smug._exact import cost_grain, exact_dot, float_down, row_cover
from smug.errors import UnknownOptionError, UnsupportedProblemError
from smug.mip import MipResult, MixedIntegerProgram
from smug.problem import FREE, MaskProblem
from smug.solution import Solution, Status, Termination, Timings
from smug.backends.stop import StopSignal
from smug.reductions import UnusedColumns
from smug.verify import verify

__all__ = ["Attempt", "Backend", "Settings", "Capability", "cover_cut",
           "float_down"]

#: Native solves in one :meth:`Backend.solve` at most (relaxed, repairs and cut rounds).
MAX_ROUNDS = 400
#: Highest tightening level of a repair (a row that failed often): margins grow tenfold per
#: level, and past this they only make the restricted model infeasible (or, at 1e20, invalid).
MAX_LEVEL = 4


class Capability:
    """What a backend can do, declared on its class as ``capabilities = frozenset({...})``.

    Every flag is read by smug, and decides something:

    EXACT       rows and objective are exact (z3): no relax/restrict, no tolerance
                (read by the shared loop)
    HINT        takes a warm-start mask (the loop passes its incumbent)
    INTERRUPT   a running native solve stops soon after ``settings.stop`` is set (CP-SAT,
                HiGHS): ``backend="auto"`` races the most preferred of these
    COMPONENTS  gains from solving a large presolved problem one independent component at a
                time (measured for CP-SAT on the tiered suite; see ``docs/benchmarks.md``)
    MIP         solves a :class:`smug.mip.MixedIntegerProgram` (:meth:`Backend.solve_mip`):
                the same adapter then also solves the full network (its big-M encoding)
    """

    EXACT = "exact"
    HINT = "hint"
    INTERRUPT = "interrupt"
    COMPONENTS = "components"
    MIP = "mip"


@dataclass(frozen=True)
class Settings:
    """Solver-independent settings of one run.

    ``deadline`` is a :func:`time.monotonic` instant (None: no limit); each native solve gets
    :meth:`native_seconds`. ``hint`` is a mask to warm-start from, if the solver can.
    ``stop`` (set by another thread, e.g. the other side of ``auto``'s race) ends the run
    early: the loop checks it before every native solve, and backends with
    :attr:`Capability.INTERRUPT` also inside one. ``cores`` caps how many solves this run
    may have going at once (independent components; None: the machine's cores).
    """

    time_limit: float | None = None
    threads: int | None = None
    seed: int = 0
    options: Mapping[str, Any] = field(default_factory=dict)
    deadline: float | None = None
    hint: np.ndarray | None = None
    verbose: bool = False
    stop: StopSignal | None = None
    cores: int | None = None

    def stopped(self) -> bool:
        """True once another thread has asked this run to stop."""
        return self.stop is not None and self.stop.is_set()

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0.0

    def native_seconds(self, minimum: float = 1e-3) -> float | None:
        """Seconds left for the next native solve (at least ``minimum``), or None: no limit.

        The one conversion of smug's deadline into a solver's own limit; backends that want
        milliseconds multiply this.
        """
        left = self.remaining()
        return None if left is None else max(left, minimum)


@dataclass
class Attempt:
    """What one native solve found, about the *native* model it was given.

    mask            best mask found (bool, length n) or None
    proven_optimal  the solver proved ``mask`` optimal for the native model (to its tolerances)
    infeasible      the solver proved the native model infeasible
    bound           a proven lower bound on the native model's optimum, if known
    termination     why it stopped, typed; ``raw_status`` the solver's own words
    """

    mask: np.ndarray | None
    proven_optimal: bool
    infeasible: bool
    bound: float | None
    raw_status: str
    build_time: float = 0.0
    solve_time: float = 0.0
    stats: dict[str, Any] = field(default_factory=dict)
    termination: Termination = Termination.UNKNOWN


class Backend(ABC):
    """One solver behind the MaskProblem IR.

    Subclasses declare ``name``, ``extra`` (the pip extra that installs the solver),
    ``required_modules`` (checked with :func:`importlib.util.find_spec`, never imported
    here), ``capabilities``, ``option_names``, ``shadowing_options`` and
    ``objective_tolerance``, and implement :meth:`build`, :meth:`run` and :meth:`read`.
    """

    name: ClassVar[str]
    extra: ClassVar[str]
    required_modules: ClassVar[tuple[str, ...]]
    capabilities: ClassVar[frozenset[str]] = frozenset()
    #: Native options accepted through ``solve(..., **options)``; None: ask the solver
    #: in :meth:`validate_options`.
    option_names: ClassVar[frozenset[str] | None] = frozenset()
    #: Native option names that would override a smug argument, mapped to that argument.
    shadowing_options: ClassVar[Mapping[str, str]] = {}
    #: How far the solver's proven bound may be off: ``absolute + relative * |bound|``; zero
    #: for exact objectives (z3, CP-SAT), a floating-point MIP solver's dual-bound accuracy
    #: otherwise.
    objective_tolerance: ClassVar[tuple[float, float]] = (0.0, 0.0)

    def solve_mip(self, mip: MixedIntegerProgram, time_limit: float | None,
                  threads: int | None = None, seed: int = 0,
                  options: Mapping[str, Any] | None = None,
                  start: np.ndarray | None = None) -> MipResult:
        """Solve a mixed-integer program (a backend with :attr:`Capability.MIP` overrides this).

        ``time_limit`` in seconds (None: none), ``options`` native solver options, ``start``
        a warm start for every column. The result is a candidate: the caller verifies it.
        """
        raise UnsupportedProblemError(
            f"backend: {self.name!r} does not solve mixed-integer programs "
            "(it does not declare Capability.MIP)")

    def bound_error(self, bound: Fraction, problem: MaskProblem | None = None) -> Fraction:
        """How much the solver's claimed bound ``bound`` (on ``problem``) may exceed the true one."""
        absolute, relative = self.objective_tolerance
        return Fraction(absolute) + Fraction(relative) * abs(bound)

    def second_opinion_options(self, settings: Settings) -> Mapping[str, Any] | None:
        """Native options of a second run that must confirm the solver's "infeasible".

        A MIP solver's presolve can declare a feasible model infeasible (HiGHS 1.16 did on
        a real tiered instance, with a feasible point 1e-5 inside every row; its tracker
        has many such reports), and a false "infeasible" from the relaxed model would make
        the loop report INFEASIBLE, or OPTIMAL through the objective cut-off, wrongly. So
        the loop re-solves that model with these options (presolve off) and takes the claim
        only when both runs make it. None: the claim is taken as it is (exact backends).
        """
        return None
    #: ``Capability.EXACT in capabilities`` (set for every subclass).
    exact: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.exact = Capability.EXACT in cls.capabilities

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
    def check_not_shadowing(self, options: Mapping[str, Any]) -> None:
        """Raise when a native option would override ``time_limit``, ``threads`` or ``seed``."""
        for key in options:
            if key in self.shadowing_options:
                arg = self.shadowing_options[key]
                raise UnknownOptionError(
                    f"options: {key!r} would override smug's {arg!r}; pass {arg}=... to "
                    f"smug.solve instead (it is the one authority, converted for {self.name})"
                )

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

    # --- the three steps ---------------------------------------------------------------
    @abstractmethod
    def build(self, problem: MaskProblem, tightening: np.ndarray, settings: Settings) -> Any:
        """The native model of ``problem`` with rows relaxed or restricted as ``tightening`` says.

        ``tightening[i]`` is 0 (relaxed) or a level >= 1 (restricted); exact backends ignore
        it. Must honour ``problem.fixed`` and, if the solver can, ``settings.hint``.
        """

    @abstractmethod
    def run(self, native: Any, settings: Settings) -> Any:
        """Run the solver on ``native`` within ``settings.native_seconds()``; return its raw outcome."""

    @abstractmethod
    def read(self, raw: Any, native: Any, problem: MaskProblem) -> Attempt:
        """The :class:`Attempt` that ``raw`` describes (mask, proofs, bound, termination)."""

    def attempt(self, problem: MaskProblem, tightening: np.ndarray, settings: Settings) -> Attempt:
        """build -> run -> read once, timed."""
        t0 = time.perf_counter()
        native = self.build(problem, tightening, settings)
        t1 = time.perf_counter()
        raw = self.run(native, settings)
        t2 = time.perf_counter()
        out = self.read(raw, native, problem)
        out.build_time += t1 - t0
        out.solve_time += t2 - t1
        return out

    # --- the proof test ----------------------------------------------------------------
    def proves_optimal(self, problem: MaskProblem, objective: Fraction, bound: float | None) -> bool:
        """True when ``bound`` (the solver's proven lower bound) proves ``objective`` optimal.

        Every objective value is a multiple of the costs' grain ``g`` (their exact gcd), so
        the optimum is at least ``ceil((bound - tol) / g) * g`` with ``tol`` the solver's
        objective tolerance; the comparison is in exact rationals. For costs whose grain is
        below the tolerance (near ties such as 1 + 1e-12) this rarely holds, and the loop
        closes the gap with an objective cut-off instead.
        """
        if bound is None or not math.isfinite(bound):
            return False
        grain = cost_grain(problem.cost)
        if grain is None:  # every cost is zero
            return True
        steps = math.ceil((Fraction(bound) - self.bound_error(Fraction(bound), problem)) / grain)
        return objective <= steps * grain

    # --- the shared loop ---------------------------------------------------------------
    def solve(self, problem: MaskProblem, settings: Settings) -> Solution:
        """Solve ``problem`` soundly and completely (see the module docstring).

        The columns in no row are dropped first (:class:`smug.reductions.UnusedColumns`)
        and restored after the loop.
        """
        start = time.perf_counter()
        unused = UnusedColumns(self.name)
        reduced = unused.apply(problem)
        if reduced.decided is not None:
            solution = reduced.decided
        else:
            settings = replace(settings, hint=unused.reduce_hint(reduced, settings.hint))
            solution = unused.invert(_Loop(self, reduced.problem, settings).run(),
                                     reduced.inverse)
        return replace(solution, timings=replace(solution.timings,
                                                 total=time.perf_counter() - start))


# --- cuts --------------------------------------------------------------------------------
def cover_cut(problem: MaskProblem, row: int, mask: np.ndarray,
              rhs: Fraction | None = None) -> tuple[np.ndarray, np.ndarray, int] | None:
    """A cut removing ``mask`` and every mask no better on a row that ``mask`` fails.

    Row ``a . M > r`` (or ``>=``) fails at ``mask`` with exact slack ``s = r - a . mask``.
    Any mask that turns on no positive-coefficient column that ``mask`` has off, and turns
    off no negative-coefficient column that it has on, has activity at most ``a . mask``,
    so fails too. Such columns with small ``|a_j|`` can be left out while their sum stays
    within the slack (the worst case still fails): what remains, ``T``, gives the cut
    ``sum_{T, a>0} M_j - sum_{T, a<0} M_j >= 1 - |T, a<0|`` ("flip at least one of T"),
    which keeps every feasible mask. Fixed columns cannot flip and are never in ``T``.
    Returns ``(columns, coefficients +-1, rhs)``, or None when the row holds at ``mask``.
    An empty ``T`` means no mask can satisfy the row (the cut ``0 >= 1``).
    """
    A = problem.A
    lo, hi = A.indptr[row], A.indptr[row + 1]
    cols, coefs = A.indices[lo:hi], A.data[lo:hi]
    target = Fraction(float(problem.rhs[row])) if rhs is None else rhs
    chosen = row_cover(cols, coefs, mask[cols], problem.fixed[cols] == FREE, target,
                       bool(problem.strict[row]))
    if chosen is None:
        return None
    signs = np.where(coefs[chosen] > 0, 1, -1)
    return cols[chosen], signs, int(1 - np.sum(signs < 0))


@dataclass
class _Cuts:
    """Cover cuts as ``+-1`` rows over the problem's columns (exact in every backend)."""

    n: int
    rows: list[tuple[np.ndarray, np.ndarray, int]] = field(default_factory=list)
    keys: set[tuple[tuple[int, ...], tuple[int, ...]]] = field(default_factory=set)

    def add(self, cut: tuple[np.ndarray, np.ndarray, int]) -> bool:
        key = (tuple(cut[0].tolist()), tuple(cut[1].tolist()))
        if key in self.keys:
            return False
        self.keys.add(key)
        self.rows.append(cut)
        return True

    def matrix(self) -> tuple[sp.csr_matrix, np.ndarray]:
        indptr = np.cumsum([0] + [c[0].size for c in self.rows])
        cols = np.concatenate([c[0] for c in self.rows]) if self.rows else np.zeros(0, int)
        vals = np.concatenate([c[1] for c in self.rows]).astype(np.float64) if self.rows else np.zeros(0)
        A = sp.csr_matrix((vals, cols, indptr), shape=(len(self.rows), self.n))
        return A, np.array([float(c[2]) for c in self.rows])


def _cutoff_row(problem: MaskProblem, incumbent: Fraction) -> tuple[sp.csr_matrix, float]:
    """``-cost . M > -R`` with ``R`` the float64 at or above ``incumbent``: every cheaper mask passes."""
    R = float(incumbent)
    if Fraction(R) < incumbent:
        R = float(np.nextafter(R, np.inf))
    cols = np.flatnonzero(problem.cost)
    row = sp.csr_matrix((-problem.cost[cols], cols, [0, cols.size]), shape=(1, problem.n_vars))
    return row, -R


def _with_rows(problem: MaskProblem, extra: sp.csr_matrix, rhs: np.ndarray,
               strict: np.ndarray) -> MaskProblem:
    if extra.shape[0] == 0:
        return problem
    return MaskProblem(sp.vstack([problem.A, extra], format="csr"),
                       np.concatenate([problem.rhs, rhs]),
                       np.concatenate([problem.strict, strict]),
                       problem.cost, problem.fixed, None, problem.name)


# --- the loop ----------------------------------------------------------------------------
class _Loop:
    """relax -> verify -> cut (or restrict, for an incumbent) -> repeat; see the module doc."""

    def __init__(self, backend: Backend, problem: MaskProblem, settings: Settings) -> None:
        self.backend = backend
        self.problem = problem
        self.settings = settings
        self.cuts = _Cuts(problem.n_vars)
        self.incumbent: np.ndarray | None = None
        self.incumbent_value: Fraction | None = None
        self.lower: Fraction | None = None
        self.failed = np.zeros(problem.n_rows, dtype=np.int16)
        self.rounds: list[dict[str, Any]] = []
        self.build = self.solve_s = 0.0
        self.last: Attempt | None = None
        self.stats: dict[str, Any] = {}
        if settings.hint is not None and verify(problem, settings.hint).ok:
            self._offer(np.asarray(settings.hint, dtype=bool))

    # the model of one round ------------------------------------------------------------
    def _model(self, with_cutoff: bool) -> MaskProblem:
        A, rhs = self.cuts.matrix()
        strict = np.zeros(A.shape[0], dtype=bool)
        if with_cutoff and self.incumbent_value is not None:
            row, r = _cutoff_row(self.problem, self.incumbent_value)
            A = sp.vstack([A, row], format="csr")
            rhs = np.append(rhs, r)
            strict = np.append(strict, True)
        return _with_rows(self.problem, A, rhs, strict)

    def _solve(self, model: MaskProblem, tightening: np.ndarray, kind: str) -> Attempt:
        settings = self.settings
        if self.incumbent is not None and Capability.HINT in self.backend.capabilities:
            settings = replace(settings, hint=self.incumbent)
        att = self.backend.attempt(model, tightening, settings)
        self.build += att.build_time
        self.solve_s += att.solve_time
        self.last = att
        self.stats.update(att.stats)
        self.rounds.append({"kind": kind, "raw_status": att.raw_status,
                            "termination": att.termination.value,
                            "rows": model.n_rows - self.problem.n_rows})
        return att

    def _offer(self, mask: np.ndarray) -> bool:
        """Take a verified mask as the incumbent if it is cheaper (exactly)."""
        value = exact_dot(self.problem.cost, mask)
        if self.incumbent_value is None or value < self.incumbent_value:
            self.incumbent, self.incumbent_value = mask.copy(), value
            return True
        return False

    def _raise_lower(self, bound: Fraction) -> None:
        if self.lower is None or bound > self.lower:
            self.lower = bound

    # one relaxed round -------------------------------------------------------------------
    def run(self) -> Solution:
        problem, backend = self.problem, self.backend
        for round_no in range(MAX_ROUNDS):
            if self.settings.stopped():
                return self._finish(Status.FEASIBLE, Termination.INTERRUPTED)
            if round_no and self.settings.expired():
                return self._finish(Status.FEASIBLE, Termination.TIME_LIMIT)
            cutoff = self.incumbent_value
            model = self._model(with_cutoff=True)
            att = self._solve(model, np.zeros(model.n_rows, dtype=np.int16), "relaxed")
            if att.infeasible:
                att = self._second_opinion(model, att)
            if att.infeasible:
                if cutoff is None:
                    return self._finish(Status.INFEASIBLE, Termination.INFEASIBLE)
                self.lower = cutoff  # nothing cheaper than the incumbent exists
                return self._finish(Status.OPTIMAL, Termination.OPTIMAL)
            self._note_bound(att, cutoff)
            if att.mask is None:
                return self._finish(Status.FEASIBLE, att.termination)
            check = verify(model, att.mask)
            if check.fixed_violations.size:
                self.stats["fixed_violated_by_solver"] = check.fixed_violations[:20].tolist()
                # a proof with such a mask is a solver fault; a partial model after a
                # time-out (z3's, cancelled) is just no answer: keep its termination
                return self._finish(Status.FEASIBLE, Termination.ERROR if att.proven_optimal
                                    else att.termination)
            improved = verify(problem, att.mask).ok and self._offer(att.mask)
            if check.ok and cutoff is not None and not improved:
                # passed the float cut-off row but is not cheaper than the incumbent exactly
                check = replace(check, failed_rows=np.array([model.n_rows - 1]))
            if check.ok:
                if self._proven():
                    return self._finish(Status.OPTIMAL, Termination.OPTIMAL)
                if not att.proven_optimal:
                    return self._finish(Status.FEASIBLE, att.termination)
                continue  # optimal for the relaxed model but not exactly: cut off and re-solve
            if not self._add_cuts(model, att.mask, check.failed_rows):
                self.stats["cut_not_new"] = True
                return self._finish(Status.FEASIBLE, Termination.NUMERICAL)
            if (self.incumbent is None and not backend.exact and not self.settings.expired()
                    and not self.settings.stopped()):
                self._repair(att.mask, check.failed_rows)
            if self._proven():
                return self._finish(Status.OPTIMAL, Termination.OPTIMAL)
        return self._finish(Status.FEASIBLE, Termination.ITERATION_LIMIT)

    def _second_opinion(self, model: MaskProblem, att: Attempt) -> Attempt:
        """``att`` if a second run without presolve also finds ``model`` infeasible (or the
        backend needs none), else the second run's attempt (a mask, or a time-out)."""
        options = self.backend.second_opinion_options(self.settings)
        if options is None or all(self.settings.options.get(k) == v for k, v in options.items()):
            return att  # nothing to confirm with, or this run already was the second opinion
        if self.settings.expired() or self.settings.stopped():
            return replace(att, infeasible=False, termination=Termination.TIME_LIMIT)
        settings = replace(self.settings, options={**self.settings.options, **options})
        second = self.backend.attempt(model, np.zeros(model.n_rows, dtype=np.int16), settings)
        self.build += second.build_time
        self.solve_s += second.solve_time
        self.last = second
        self.rounds.append({"kind": "second opinion", "raw_status": second.raw_status,
                            "termination": second.termination.value,
                            "rows": model.n_rows - self.problem.n_rows})
        if not second.infeasible:
            self.stats["infeasible_not_confirmed"] = self.stats.get("infeasible_not_confirmed",
                                                                    0) + 1
        return second

    def _note_bound(self, att: Attempt, cutoff: Fraction | None) -> None:
        """Raise the proven lower bound from a relaxed solve (valid below the cut-off)."""
        bound: Fraction | None = None
        if att.proven_optimal and att.mask is not None:
            bound = exact_dot(self.problem.cost, att.mask)
            bound -= self.backend.bound_error(bound, self.problem)
        elif att.bound is not None and math.isfinite(att.bound):
            bound = Fraction(att.bound)
            bound -= self.backend.bound_error(bound, self.problem)
        if bound is None:
            return
        if cutoff is not None:
            bound = min(bound, cutoff)
        grain = cost_grain(self.problem.cost)
        if grain is not None:
            bound = math.ceil(bound / grain) * grain
        self._raise_lower(bound)

    def _proven(self) -> bool:
        return (self.incumbent_value is not None and self.lower is not None
                and self.incumbent_value <= self.lower)

    def _add_cuts(self, model: MaskProblem, mask: np.ndarray, failed_rows: np.ndarray) -> bool:
        added = False
        cutoff_row = self.problem.n_rows + len(self.cuts.rows)
        for i in failed_rows.tolist():
            rhs = None
            if i >= cutoff_row:  # the objective cut-off: decided against the exact incumbent
                rhs = -self.incumbent_value
            cut = cover_cut(model, i, mask, rhs)
            if cut is not None and self.cuts.add(cut):
                added = True
            if i < self.problem.n_rows:
                self.failed[i] += 1
        self.stats["cuts"] = len(self.cuts.rows)
        own = failed_rows[failed_rows < self.problem.n_rows]
        if own.size:
            self.stats["unverified_mask_rows_failed"] = own[:50].tolist()
        return added

    def _repair(self, mask: np.ndarray, failed_rows: np.ndarray) -> None:
        """Restrict the rows that failed so far and take a verified answer as the incumbent."""
        model = self._model(with_cutoff=False)
        tightening = np.zeros(model.n_rows, dtype=np.int16)
        tightening[: self.problem.n_rows] = np.minimum(self.failed, MAX_LEVEL)
        att = self._solve(model, tightening, "restricted")
        if att.mask is not None and verify(self.problem, att.mask).ok:
            self._offer(att.mask)

    def _finish(self, status: Status, termination: Termination) -> Solution:
        problem = self.problem
        mask = self.incumbent
        if status is Status.FEASIBLE and mask is None:
            status = Status.UNKNOWN
        if status is Status.OPTIMAL and mask is None:
            status = Status.UNKNOWN  # cannot happen: OPTIMAL paths hold an incumbent
        if status not in (Status.OPTIMAL, Status.INFEASIBLE) and self.settings.stopped():
            termination = Termination.INTERRUPTED  # whatever the solver said when stopped
        bound: float | None
        if status is Status.OPTIMAL:
            bound = float_down(exact_dot(problem.cost, mask))
        elif status is Status.INFEASIBLE:
            bound = None
        else:
            bound = float_down(self.lower) if self.lower is not None else None
        last = self.last
        stats = dict(self.stats)
        stats["rounds"] = self.rounds
        return Solution(
            status=status,
            mask=None if mask is None or status is Status.INFEASIBLE else mask,
            objective=None if mask is None or status is Status.INFEASIBLE else problem.objective(mask),
            bound=bound,
            backend=self.backend.name,
            raw_status=last.raw_status if last else "not run",
            timings=Timings(self.build, self.solve_s, 0.0),
            verified=mask is not None,
            stats=stats,
            termination=termination,
        )


