"""Reductions of a MaskProblem, each a pair ``apply`` / ``invert`` (as cvxpy's solving chain).

``apply(problem)`` returns a smaller problem and what is needed to map an answer back;
``invert(solution, inverse)`` turns a :class:`~smug.solution.Solution` of the smaller problem
into one of the original: the mask restored to the original variables, the objective
recomputed on the original costs and the bound shifted exactly (rounded down, never up).
A reduction may also *decide* a problem on its own (:attr:`Reduced.decided`): then there is
nothing left to solve.

* :class:`UnusedColumns` -- drop the columns in no row (every backend's loop runs it);
* :class:`ExactPresolve` -- smug's exact presolve (:func:`smug.presolve.presolve`);
* independent components are the third reduction: :func:`smug.components.solve_components`
  splits, solves each part and combines (its ``invert`` needs every part's answer at once).

The solving layer (:mod:`smug.solving`) chains them; this module knows no solver.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

import numpy as np

from smug._exact import exact_dot, float_down
from smug.presolve import Presolved, presolve
from smug.problem import MaskProblem
from smug.solution import Solution, Status, Termination, Timings
from smug.verify import verify

__all__ = ["Reduced", "UnusedColumns", "ExactPresolve"]


@dataclass(frozen=True)
class Reduced:
    """What :meth:`apply` returns: the smaller ``problem`` (None when ``decided``), the
    ``inverse`` data for :meth:`invert`, a ``decided`` Solution when the reduction alone
    answered, and ``stats`` to record."""

    problem: MaskProblem | None
    inverse: Any
    decided: Solution | None = None
    stats: dict[str, Any] = field(default_factory=dict)


def _shifted(bound: float | None, offset: Fraction) -> float | None:
    return None if bound is None else float_down(Fraction(bound) + offset)


class UnusedColumns:
    """Drop the columns that appear in no row.

    A column in no row changes no row: with a non-negative cost its best value is 0 (or its
    fixing). Dropping such columns keeps the optimum and makes a problem with 10^6 columns
    and no rows trivial for every backend.
    """

    def __init__(self, name: str) -> None:
        self.name = name  # the Solution.backend of an answer this reduction decides

    @staticmethod
    def in_rows(problem: MaskProblem) -> np.ndarray:
        """True for the columns with a non-zero in some row."""
        return np.bincount(problem.A.indices, minlength=problem.n_vars) > 0

    def apply(self, problem: MaskProblem) -> Reduced:
        used = np.flatnonzero(self.in_rows(problem))
        inverse = (problem, used)
        if used.size == 0:  # every row is empty: it holds or fails whatever the mask
            return Reduced(None, inverse, self._decide(problem, used))
        if used.size == problem.n_vars:
            return Reduced(problem, inverse)
        sub = MaskProblem(problem.A[:, used], problem.rhs, problem.strict, problem.cost[used],
                          problem.fixed[used], None, problem.name)
        return Reduced(sub, inverse, stats={"unused_columns": int(problem.n_vars - used.size)})

    @staticmethod
    def lift(problem: MaskProblem, used: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The original mask of a mask over the ``used`` columns (the others at their fixing)."""
        full = problem.fixed == 1
        full[used] = mask
        return full

    def reduce_hint(self, reduced: Reduced, hint: np.ndarray | None) -> np.ndarray | None:
        return None if hint is None else hint[reduced.inverse[1]]

    def _decide(self, problem: MaskProblem, used: np.ndarray) -> Solution:
        mask = self.lift(problem, used, np.zeros(0, dtype=bool))
        timings = Timings(0.0, 0.0, 0.0)
        stats = {"rounds": [], "unused_columns": problem.n_vars}
        if not verify(problem, mask).ok:
            return Solution(Status.INFEASIBLE, None, None, None, self.name,
                            "a row without variables fails", timings, False, stats,
                            Termination.INFEASIBLE)
        value = problem.objective(mask)
        return Solution(Status.OPTIMAL, mask, value, value, self.name, "no variable in any row",
                        timings, True, stats, Termination.OPTIMAL)

    def invert(self, solution: Solution, inverse: Any) -> Solution:
        problem, used = inverse
        mask = None if solution.mask is None else self.lift(problem, used, solution.mask)
        offset = exact_dot(problem.cost, (problem.fixed == 1) & ~self.in_rows(problem))
        stats = dict(solution.stats)
        if used.size < problem.n_vars:
            stats["unused_columns"] = int(problem.n_vars - used.size)
        return replace(solution, mask=mask,
                       objective=None if mask is None else problem.objective(mask),
                       bound=_shifted(solution.bound, offset), stats=stats)


class ExactPresolve:
    """smug's exact presolve (:func:`smug.presolve.presolve`) as a reduction.

    It decides a problem alone when it proves infeasibility or leaves no row (or no
    variable): then every remaining variable is free of rows and all zeros is optimal.
    """

    def __init__(self, name: str) -> None:
        self.name = name  # the Solution.backend of an answer presolve alone finds

    def apply(self, problem: MaskProblem) -> Reduced:
        t0 = time.perf_counter()
        reduced = presolve(problem)
        stats = {"presolve_s": time.perf_counter() - t0, **reduced.stats}
        inverse = (problem, reduced)
        if reduced.infeasible:
            return Reduced(None, inverse, Solution(
                Status.INFEASIBLE, None, None, None, self.name, "presolve: infeasible",
                stats=stats, termination=Termination.INFEASIBLE), stats)
        if reduced.problem.n_vars == 0 or reduced.problem.n_rows == 0:
            mask = reduced.restore(np.zeros(reduced.problem.n_vars, dtype=bool))
            obj = problem.objective(mask)
            bound = float_down(exact_dot(problem.cost, mask))
            return Reduced(None, inverse, Solution(
                Status.OPTIMAL, mask, obj, bound, self.name, "presolve: solved", verified=True,
                stats=stats, termination=Termination.OPTIMAL), stats)
        return Reduced(reduced.problem, inverse, stats=stats)

    @staticmethod
    def reduce_hint(reduced: Reduced, hint: np.ndarray | None) -> np.ndarray | None:
        presolved: Presolved = reduced.inverse[1]
        return None if hint is None else presolved.reduce_mask(hint)

    def invert(self, solution: Solution, inverse: Any, stats: dict[str, Any] | None = None
               ) -> Solution:
        problem, reduced = inverse
        mask = None if solution.mask is None else reduced.restore(solution.mask)
        # the bound of the reduced problem plus the cost of the columns presolve fixed to
        # one, exactly, rounded down (a float sum could round above the optimum)
        offset = exact_dot(problem.cost,
                           reduced.restore(np.zeros(reduced.problem.n_vars, dtype=bool)))
        merged = {**(stats or {}), **solution.stats}
        return replace(solution, mask=mask,
                       objective=None if mask is None else problem.objective(mask),
                       bound=_shifted(solution.bound, offset), stats=merged)
