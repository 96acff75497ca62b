"""``solve``: one entry point for every problem kind, dispatching on the problem's type."""

from __future__ import annotations

from typing import Any

from smug.solution import Solution
from smug.solving.arguments import check_presolve, check_seed, check_threads, check_time_limit
from smug.solving.kinds import kind_of

__all__ = ["solve"]


def solve(
    problem: Any,
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
    """Solve a MaskProblem (or any registered problem kind) and return a verified :class:`Solution`.

    Parameters
    ----------
    problem : MaskProblem or smug.fullnet.FullNetProblem
        A FullNetProblem (appendix A) is solved by z3 (exact NRA encoding, the default)
        or a big-M MILP (any backend that builds one, or ``"auto"``); see
        :func:`smug.fullnet.solve_fullnet`.
    backend : str, optional
        A name from :func:`smug.available_backends`, or ``"auto"`` (the default, also for
        None): on two cores or more, race the two most preferred installed backends that
        can be interrupted (CP-SAT and HiGHS) in two threads (the first proof wins); on one
        core, the single most preferred installed backend (:mod:`smug.solving.choice`).
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
    verbose : bool
        Let the solver print its log.
    **options
        Native solver options, validated by the backend (unknown ones raise).

    Returns
    -------
    Solution
        Its mask, if any, has passed exact verification against ``problem``.
    """
    kind = kind_of(problem)
    arguments = {"time_limit": check_time_limit(time_limit), "threads": check_threads(threads),
                 "seed": check_seed(seed), "hint": hint, "presolve": check_presolve(presolve),
                 "verbose": verbose}
    return kind.solve(problem, backend, arguments, options)
