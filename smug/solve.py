"""``solve`` and ``cross_check``: the solver-independent entry points."""

from __future__ import annotations

import math
import time
from fractions import Fraction
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from numbers import Integral, Real
from typing import Any

import numpy as np

from smug.backends import available_backends, default_backend, get_backend
from smug.errors import UnknownOptionError, UnsupportedProblemError
from smug._exact import exact_dot
from smug.backends.base import Settings, float_down
from smug.problem import MaskProblem
from smug.solution import Solution, Status, Termination
from smug.verify import row_signs, verify

__all__ = ["solve", "cross_check", "CrossCheck", "Disagreement", "CrossCheckWarning"]


def _check_time_limit(time_limit: Any) -> float | None:
    if time_limit is None:
        return None
    if isinstance(time_limit, bool) or not isinstance(time_limit, Real):
        raise TypeError(f"time_limit: expected seconds as a number, got {type(time_limit).__name__}")
    if not (time_limit > 0 and math.isfinite(time_limit)):
        raise ValueError(f"time_limit: expected a positive, finite number of seconds, got {time_limit}")
    return float(time_limit)


def _check_threads(threads: Any) -> int | None:
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, Integral) or threads < 1:
        raise ValueError(f"threads: expected a positive integer, got {threads!r}")
    return int(threads)


#: Seeds go to solvers as 32-bit integers (CP-SAT's and HiGHS's ``random_seed``; CBC takes
#: ``seed + 1``), so smug's ``seed`` stays below this.
MAX_SEED = 2**31 - 1


def _check_seed(seed: Any) -> int:
    if isinstance(seed, bool) or not isinstance(seed, Integral) or not 0 <= seed < MAX_SEED:
        raise ValueError(f"seed: expected an integer in [0, 2**31 - 1) (solvers take 32-bit "
                         f"seeds), got {seed!r}")
    return int(seed)


def _check_presolve(presolve: Any) -> bool | None:
    if presolve is not None and not isinstance(presolve, bool | np.bool_):
        raise TypeError(f"presolve: expected True, False or None (the default), got {presolve!r}")
    return None if presolve is None else bool(presolve)


def solve(
    problem: MaskProblem,
    backend: str | None = None,
    *,
    time_limit: float | None = None,
    threads: int | None = None,
    seed: int = 0,
    hint: Any = None,
    presolve: bool | None = None,
    verbose: bool = False,
    **options: Any,
) -> Solution:
    """Solve a MaskProblem with one backend and return a verified :class:`Solution`.

    Parameters
    ----------
    problem : MaskProblem or smug.fullnet.FullNetProblem
        A FullNetProblem (appendix A) is solved by z3 (exact NRA encoding, the default)
        or a big-M MILP (``"highs"``, ``"cpsat"``, ``"pulp"``, ``"cvxpy"``, ``"auto"``);
        see :func:`smug.fullnet.solve_fullnet`.
    backend : str, optional
        A name from :func:`smug.available_backends`, or ``"auto"`` (the default, also for
        None): race CP-SAT and HiGHS in two threads on two cores (the first proof wins), or
        the single best installed backend on one core (see :func:`_solve_auto`).
    time_limit : float, optional
        Wall-clock seconds for the whole solve, repairs included. On time-out the best
        verified mask is returned as FEASIBLE with the proven bound, or UNKNOWN without one.
    threads : int, optional
        Worker threads for solvers that use them.
    seed : int
        Random seed for solvers that are randomised.
    hint : array_like of bool, optional
        A mask to warm-start from (used by solvers that accept one).
    presolve : bool, optional
        Run smug's exact presolve (:func:`smug.presolve.presolve`) first and solve the
        reduced problem. Default (None): on for a MaskProblem — in the benchmark suite it
        cut the median total time of every backend (CP-SAT 0.33x, HiGHS 0.84x, CBC 0.15x,
        z3 0.12x; ``docs/benchmarks.md``) — and off for a FullNetProblem.
    **options
        Native solver options, validated by the backend (unknown ones raise).

    Returns
    -------
    Solution
        Its mask, if any, has passed exact verification against ``problem``.
    """
    from smug.fullnet.problem import FullNetProblem

    if not isinstance(problem, MaskProblem | FullNetProblem):
        raise TypeError(
            f"problem: expected a smug.MaskProblem or smug.fullnet.FullNetProblem, got "
            f"{type(problem).__name__}"
        )
    time_limit = _check_time_limit(time_limit)
    threads = _check_threads(threads)
    seed = _check_seed(seed)
    presolve = _check_presolve(presolve)
    if isinstance(problem, FullNetProblem):
        return _solve_fullnet(problem, backend, time_limit, threads, seed, hint, bool(presolve),
                              verbose, options)
    if backend is None or backend == AUTO:
        if hint is not None:
            hint = problem.check_mask(hint, name="hint")
        return _solve_auto(problem, time_limit, threads, seed, hint, presolve, options)
    name = backend
    engine = get_backend(name)
    engine.check_not_shadowing(options)
    options = engine.validate_options(options)
    if hint is not None:
        hint = problem.check_mask(hint, name="hint")
    import_s = engine.load()
    settings = Settings(
        time_limit=time_limit,
        threads=threads,
        seed=seed,
        options=options,
        deadline=None if time_limit is None else time.monotonic() + time_limit,
        hint=hint,
        verbose=verbose,
    )
    solution = solve_with(problem, engine, settings, presolve)
    return replace(solution, stats={**solution.stats, "import_s": import_s})


def solve_with(problem: MaskProblem, engine: Any, settings: Settings,
               presolve: bool | None = None) -> Solution:
    """One backend (loaded, options validated) on ``problem`` under ``settings``: presolve,
    the backend's loop, the final exact check; ``timings.total`` covers all of it.

    What :func:`solve` runs once its arguments are checked, and what each side of ``auto``'s
    race runs in its thread (with a :class:`~smug.backends.stop.StopSignal` in ``settings``).
    """
    start = time.perf_counter()
    if presolve is None or presolve:
        solution = solve_presolved(problem, engine.name,
                                   lambda sub, sub_settings: solve_reduced(sub, engine, sub_settings),
                                   settings)
    else:
        solution = engine.solve(problem, settings)
    solution = _final_check(problem, solution)
    return replace(solution, timings=replace(solution.timings, total=time.perf_counter() - start))


#: The backend name that chooses per instance (the default of :func:`solve`).
AUTO = "auto"


def _solve_auto(problem: MaskProblem, time_limit: float | None, threads: int | None, seed: int,
                hint: Any, presolve: bool | None, options: dict[str, Any]) -> Solution:
    """``backend="auto"``: race CP-SAT and HiGHS across two cores, or take one backend.

    The rule (:mod:`smug.backends.auto`) comes from the tiered benchmark: with two cores or
    more, CP-SAT and HiGHS run at once in two threads of this process, one solver thread
    each; the first proof wins and the other is stopped. With one core (or ``threads=1``)
    the single installed backend with the lowest PAR2. ``Solution.backend`` names the
    backend that ran (the winner); ``stats["auto_reason"]`` says why, ``stats["race"]`` how
    each side ended.
    """
    import os

    from smug.backends.auto import choose_race, instance_features, race_solve

    if options:
        raise UnknownOptionError(
            f"options: {', '.join(map(repr, options))} are native options of one solver; "
            "name the backend (e.g. backend='cpsat') to pass them, auto takes none")
    installed = available_backends()
    if not installed:
        default_backend()  # raises, naming the extras to install
    features = instance_features(problem, presolved=False)
    cores = 1 if threads == 1 else (threads or os.cpu_count() or 1)
    names, reason = choose_race(features, installed, cores=cores)
    deadline = None if time_limit is None else time.monotonic() + time_limit
    solution, refusal = None, None
    try:
        if len(names) > 1:
            solution = race_solve(problem, names, time_limit, seed=seed, hint=hint,
                                  presolve=presolve)
        else:
            solution = solve(problem, names[0], time_limit=time_limit, threads=threads,
                             seed=seed, hint=hint, presolve=presolve)
    except UnsupportedProblemError as exc:  # the one backend refused: another may not
        refusal = exc
    solution = _settle(problem, solution, refusal, names, installed, deadline, threads, seed,
                       hint, presolve)
    solution = _final_check(problem, solution)
    return replace(solution, stats={**solution.stats, "auto_reason": reason,
                                    "auto_candidates": list(names)})


def _settle(problem: MaskProblem, solution: Solution | None, refusal: Exception | None,
            names: Sequence[str], installed: Sequence[str], deadline: float | None,
            threads: int | None, seed: int, hint: Any, presolve: bool | None) -> Solution:
    """Auto's first choice refused or proved nothing before the limit: the exact backends it
    did not run get the time left (:func:`smug.backends.auto_exact.settle`)."""
    from smug.backends.auto_exact import settle

    def solve_one(name: str, seconds: float | None) -> Solution:
        return solve(problem, name, time_limit=seconds, threads=threads, seed=seed, hint=hint,
                     presolve=presolve)

    return settle(problem, solution, refusal, names, installed, deadline, solve_one)


def _solve_fullnet(problem: Any, backend: str | None, time_limit: float | None,
                   threads: int | None, seed: int, hint: Any, presolve: bool, verbose: bool,
                   options: dict[str, Any]) -> Solution:
    """A FullNetProblem goes to :func:`smug.fullnet.solve_fullnet` (z3 or a MILP backend)."""
    from smug.fullnet.solve import solve_fullnet

    if presolve:
        raise ValueError("presolve: applies to MaskProblems only, not to a FullNetProblem")
    return solve_fullnet(problem, backend, time_limit=time_limit, threads=threads, seed=seed,
                         hint=hint, verbose=verbose, **options)


def solve_presolved(problem: MaskProblem, name: str,
                    solve_reduced: Callable[[MaskProblem, Settings], Solution],
                    settings: Settings) -> Solution:
    """Presolve ``problem`` exactly, solve what remains with ``solve_reduced`` (one backend,
    or ``auto``'s race, on the reduced problem), and map the answer back.

    ``name`` is the ``Solution.backend`` of an answer presolve alone finds.
    """
    from smug.presolve import presolve as run_presolve

    t0 = time.perf_counter()
    reduced = run_presolve(problem)
    presolve_s = time.perf_counter() - t0
    stats = {"presolve_s": presolve_s, **reduced.stats}
    if reduced.infeasible:
        return Solution(Status.INFEASIBLE, None, None, None, name, "presolve: infeasible",
                        stats=stats, termination=Termination.INFEASIBLE)
    if reduced.problem.n_vars == 0 or reduced.problem.n_rows == 0:
        mask = reduced.restore(np.zeros(reduced.problem.n_vars, dtype=bool))
        # Every remaining variable is free of rows: the cheapest choice is all zeros.
        obj = problem.objective(mask)
        bound = float_down(exact_dot(problem.cost, mask))
        return Solution(Status.OPTIMAL, mask, obj, bound, name, "presolve: solved",
                        verified=True, stats=stats, termination=Termination.OPTIMAL)
    if settings.hint is not None:
        settings = replace(settings, hint=reduced.reduce_mask(settings.hint))
    sub = solve_reduced(reduced.problem, settings)
    stats.update(sub.stats)
    mask = None if sub.mask is None else reduced.restore(sub.mask)
    # the bound of the reduced problem plus the cost of the columns presolve fixed to one,
    # exactly, rounded down (a float sum could round above the optimum)
    offset = exact_dot(problem.cost, reduced.restore(np.zeros(reduced.problem.n_vars, dtype=bool)))
    return replace(
        sub,
        mask=mask,
        objective=None if mask is None else problem.objective(mask),
        bound=None if sub.bound is None else float_down(Fraction(sub.bound) + offset),
        stats=stats,
    )


#: Presolved problems with fewer non-zeros are solved whole: splitting costs a model and a
#: solver start per component (CBC, a process each, left a 57-component chelsea problem
#: unproven at 10 s that it proves whole in under a second).
COMPONENTS_MIN_NNZ = 20_000


def components_apart(problem: MaskProblem, engine: Any) -> list[Any] | None:
    """The components :func:`solve_reduced` solves apart with ``engine``, or None when it
    solves ``problem`` whole (a backend that does not gain from splitting, fewer than
    :data:`COMPONENTS_MIN_NNZ` non-zeros, or fewer than two components with rows)."""
    from smug.presolve import split_components

    if not engine.solves_components_apart or problem.nnz < COMPONENTS_MIN_NNZ:
        return None
    parts = split_components(problem)
    if sum(1 for c in parts if c.problem.n_vars and c.problem.n_rows) < 2:
        return None
    return parts


def solve_reduced(problem: MaskProblem, engine: Any, settings: Settings) -> Solution:
    """The presolved problem, whole or, when it falls apart, one component at a time.

    For a backend that gains from it (``Backend.solves_components_apart``: CP-SAT) and a
    problem of at least :data:`COMPONENTS_MIN_NNZ` non-zeros, independent components (no
    shared variable or row) are solved apart, each with its share of the time left and, on
    two cores or more, two at once (:func:`smug.components.
    solve_components`): the bound is the sum of the components' proven bounds, OPTIMAL only
    when every component is. On the tiered benchmark's pixel-level image class, CP-SAT by
    components proved in 24-32 s what the whole problem left unproven at 60 s.
    """
    import os

    from smug.components import solve_components

    parts = components_apart(problem, engine)
    if parts is None:
        return engine.solve(problem, settings)
    cores = settings.cores or os.cpu_count() or 1
    workers = 2 if cores >= 2 and settings.threads in (None, 1) else 1

    def solve_one(part: MaskProblem, seconds: float | None) -> Solution:
        deadline = None if seconds is None else time.monotonic() + seconds
        sub_settings = replace(settings, hint=None, deadline=deadline, time_limit=seconds,
                               threads=1 if workers > 1 else settings.threads)
        return engine.solve(part, sub_settings)

    return solve_components(problem, solve_one, settings.remaining(), workers=workers,
                            components=parts)


def _final_check(problem: MaskProblem, solution: Solution) -> Solution:
    """Verify once more against the caller's problem; an unverified mask never leaves."""
    if solution.mask is None:
        if solution.status.has_mask:
            raise RuntimeError(f"{solution.backend}: status {solution.status} without a mask")
        return solution
    check = verify(problem, solution.mask)
    if check.ok:
        return replace(solution, verified=True)
    warnings.warn(
        f"{solution.backend}: returned a mask that fails exact verification on "
        f"{check.failed_rows.size} rows; reported as UNKNOWN",
        RuntimeWarning,
        stacklevel=3,
    )
    stats = dict(solution.stats, unverified_mask_rows_failed=check.failed_rows[:50].tolist())
    return replace(solution, status=Status.UNKNOWN, mask=None, objective=None, verified=False,
                   stats=stats)


class CrossCheckWarning(UserWarning):
    """Two backends proved different optima for the same problem."""


@dataclass(frozen=True)
class Disagreement:
    """Two backends whose proven optima differ, with what separates their masks."""

    backend_a: str
    backend_b: str
    objective_a: float
    objective_b: float
    mask_a: np.ndarray
    mask_b: np.ndarray
    separating_rows: np.ndarray  # rows whose exact sign differs between the two masks

    def describe(self) -> str:
        diff = np.flatnonzero(self.mask_a != self.mask_b)
        return (
            f"{self.backend_a} proved {self.objective_a} but {self.backend_b} proved "
            f"{self.objective_b}; masks differ on variables {diff[:20].tolist()}; rows decided "
            f"differently: {self.separating_rows[:20].tolist()}"
        )


@dataclass(frozen=True)
class CrossCheck:
    """Results of :func:`cross_check`: each backend's Solution and whether proven optima agree."""

    solutions: dict[str, Solution]
    errors: dict[str, str] = field(default_factory=dict)
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def agree(self) -> bool:
        return not self.disagreements

    @property
    def optimum(self) -> float | None:
        values = [s.objective for s in self.solutions.values() if s.status is Status.OPTIMAL]
        return values[0] if values and self.agree else None

    @property
    def unproven(self) -> list[str]:
        """Backends that did not prove an optimum (or infeasibility)."""
        return [n for n, s in self.solutions.items()
                if s.status not in (Status.OPTIMAL, Status.INFEASIBLE)]

    def table(self) -> str:
        """A plain-text table, one row per backend."""
        head = f"{'backend':<8} {'status':<10} {'objective':>9} {'bound':>9} {'build_s':>8} {'solve_s':>8} {'total_s':>8}"
        lines = [head, "-" * len(head)]
        for name, s in self.solutions.items():
            obj = "-" if s.objective is None else f"{s.objective:g}"
            bnd = "-" if s.bound is None else f"{s.bound:g}"
            lines.append(
                f"{name:<8} {s.status.value:<10} {obj:>9} {bnd:>9} {s.timings.build:8.3f} "
                f"{s.timings.solve:8.3f} {s.timings.total:8.3f}"
            )
        for name, err in self.errors.items():
            lines.append(f"{name:<8} error: {err}")
        lines.append("agree: yes" if self.agree else "AGREE: NO — " + "; ".join(
            d.describe() for d in self.disagreements))
        return "\n".join(lines)


def cross_check(
    problem: MaskProblem,
    backends: Iterable[str] | None = None,
    *,
    time_limit: float | None = 60.0,
    **kwargs: Any,
) -> CrossCheck:
    """Solve ``problem`` with several backends and compare what they proved.

    Parameters
    ----------
    backends : iterable of str, optional
        Default: every installed backend.
    time_limit : float, optional
        Seconds per backend.
    **kwargs
        Passed to :func:`solve` for every backend (``threads``, ``seed``, ``presolve``...).
        ``presolve`` defaults to False here, so that every backend solves the whole problem.

    Returns
    -------
    CrossCheck
        A disagreement between proven optima (or a proven infeasibility beside a verified
        mask) is also raised as a :class:`CrossCheckWarning` naming both backends.
    """
    from smug.fullnet.problem import FullNetProblem

    if isinstance(problem, FullNetProblem):
        from smug.fullnet.solve import cross_check_fullnet

        return cross_check_fullnet(problem, backends, time_limit=time_limit, **kwargs)
    # Each backend must face the whole problem: with presolve on, a problem that presolve
    # solves alone would "agree" without any backend having run.
    kwargs.setdefault("presolve", False)
    names: Sequence[str] = list(available_backends() if backends is None else backends)
    if not names:
        raise ValueError("backends: expected at least one backend name")
    solutions: dict[str, Solution] = {}
    for name in names:
        solutions[name] = solve(problem, name, time_limit=time_limit, **kwargs)
    disagreements = tuple(_disagreements(problem, solutions))
    result = CrossCheck(solutions, {}, disagreements)
    for d in disagreements:
        warnings.warn("cross_check: backends disagree: " + d.describe(), CrossCheckWarning,
                      stacklevel=2)
    return result


def _disagreements(problem: MaskProblem, solutions: dict[str, Solution]) -> Iterable[Disagreement]:
    names = list(solutions)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            sa, sb = solutions[a], solutions[b]
            if _conflict(problem, sa, sb) or _conflict(problem, sb, sa):
                mask_a = sa.mask if sa.mask is not None else np.zeros(problem.n_vars, bool)
                mask_b = sb.mask if sb.mask is not None else np.zeros(problem.n_vars, bool)
                rows = np.flatnonzero(row_signs(problem, mask_a) != row_signs(problem, mask_b))
                yield Disagreement(a, b, sa.objective, sb.objective, mask_a, mask_b, rows)


def _conflict(problem: MaskProblem, sa: Solution, sb: Solution) -> bool:
    """True when ``sa``'s proof is contradicted by what ``sb`` found, decided exactly.

    Objectives are compared as the exact ``cost . mask`` (two optima 1e-12 apart are a
    disagreement), bounds as the floats they are (smug rounds them down, so a bound above a
    verified mask's exact cost is a real contradiction).
    """
    if sa.status is Status.INFEASIBLE:
        return sb.mask is not None
    if sb.mask is None:
        return False
    value_b = exact_dot(problem.cost, sb.mask)
    if sa.status is Status.OPTIMAL and sa.mask is not None:
        return value_b < exact_dot(problem.cost, sa.mask)
    if sa.bound is not None:
        return value_b < Fraction(sa.bound)
    return False
