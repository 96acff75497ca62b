"""What ``backend="auto"`` does when its first choice refuses a problem or cannot prove it.

A floating-point MILP cannot separate masks whose row activities differ in the last bits of
numbers near ``2**53``, nor costs whose ratio is below its tolerances; CP-SAT refuses costs
whose exact ratios do not fit its 60-bit objective (``1e-20`` beside ``1e20``). Both limits
are honest (a refusal, or FEASIBLE / UNKNOWN with a sound bound), but the default backend
should still prove what some installed backend can prove. So when the race (or the single
backend) ends without a proof *before* the time limit, or refuses, :func:`settle` hands the
problem to the exact backends it has not run yet, z3 first (exact rationals), then CP-SAT
(exact integers), then HiGHS, with the time that is left, and keeps the best of all
answers: a proof wins; otherwise the cheapest verified mask with the largest proven bound.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from fractions import Fraction

from smug._exact import float_down, exact_dot
from smug.backends import PREFERENCE
from smug.errors import UnsupportedProblemError
from smug.problem import MaskProblem
from smug.solution import Solution, Status

__all__ = ["EXACT_ORDER", "best_of", "settle"]

#: Backends tried, in order, when auto's first choice refused or left the problem unproven:
#: ``PREFERENCE["exact"]`` (exact rationals, exact integers, then the best MILP).
EXACT_ORDER: tuple[str, ...] = PREFERENCE["exact"]

#: Less time than this left: no further backend is started.
MIN_SECONDS = 0.1

#: ``solve_one(name, seconds)``: ``smug.solve`` with one backend (None: no limit).
SolveOne = Callable[[str, "float | None"], Solution]


def settle(problem: MaskProblem, solution: Solution | None, refusal: Exception | None,
           ran: Sequence[str], installed: Iterable[str], deadline: float | None,
           solve_one: SolveOne) -> Solution:
    """``solution`` if it is a proof, else the best answer after the exact backends not in
    ``ran`` have had the time left before ``deadline`` (a :func:`time.monotonic` instant).

    ``solution`` is None when every backend that ran refused the problem (``refusal`` is
    the first refusal; it is raised again when no backend can take the problem).
    """
    if solution is not None and solution.status in (Status.OPTIMAL, Status.INFEASIBLE):
        return solution
    tried: list[str] = []
    for name in [n for n in EXACT_ORDER if n in set(installed) and n not in ran]:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left < MIN_SECONDS:
            break
        tried.append(name)
        try:
            new = solve_one(name, left)
        except UnsupportedProblemError as exc:
            refusal = refusal or exc
            continue
        solution = new if solution is None else best_of(problem, solution, new)
        if solution.status in (Status.OPTIMAL, Status.INFEASIBLE):
            break
    if solution is None:
        assert refusal is not None
        raise refusal
    if tried:
        solution = replace(solution, stats={**solution.stats, "auto_settled_with": tried})
    return solution


def best_of(problem: MaskProblem, old: Solution, new: Solution) -> Solution:
    """A proof if either is one; else the cheaper verified mask (exactly) with the larger
    bound, OPTIMAL when that bound meets the mask's exact cost."""
    if new.status in (Status.OPTIMAL, Status.INFEASIBLE):
        return new
    if old.status in (Status.OPTIMAL, Status.INFEASIBLE):
        return old
    masks = [s for s in (old, new) if s.mask is not None]
    best = min(masks, key=lambda s: exact_dot(problem.cost, s.mask)) if masks else old
    bounds = [s.bound for s in (old, new) if s.bound is not None]
    bound = max(bounds) if bounds else None
    if best.mask is None:
        return replace(best, bound=bound)
    value = exact_dot(problem.cost, best.mask)
    if bound is not None and Fraction(bound) >= value:  # bounds are rounded down: exact
        return replace(best, status=Status.OPTIMAL, bound=float_down(value))
    return replace(best, bound=bound)
