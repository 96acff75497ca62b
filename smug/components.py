"""Solve a MaskProblem's independent components apart and combine them soundly.

After smug's exact presolve, image-scale problems often fall apart into many independent
sub-problems (EfficientNet-Lite0 at pixel cells, k = 10000, gamma = 0.5: 163 components of
at most 2,481 variables out of 5,266; see ``docs/benchmarks.md``). Rows of different
components share no variable, so

* a mask is feasible iff its restriction to every component is,
* the optimum is the sum of the components' optima, and
* the sum of proven lower bounds of the components is a proven lower bound of the whole.

:func:`solve_components` splits a problem with :func:`smug.presolve.split_components`,
solves each component with a caller-supplied ``solve_one`` (typically ``smug.solve`` with a
fixed backend), giving each its share of the remaining time, in parallel threads where
``workers > 1``, and combines:

* mask: the union of the component masks (exactly verified against the whole problem);
* objective: ``cost . mask`` of the whole problem;
* bound: the sum of the components' proven bounds (a component without one contributes the
  cost of its variables fixed to 1, the trivial bound), rounded down, never above the
  objective;
* status: INFEASIBLE if any component is; OPTIMAL only if every component is; FEASIBLE when
  every component has a verified mask; UNKNOWN otherwise.

Under a time limit, time the first pass leaves over goes to the components it did not
settle (a second pass), and a component still without a mask tries two cheap masks
(:func:`_fill_missing_masks`), so that one slow component never throws away the others.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from threading import Lock
from typing import Any

import numpy as np

from smug._exact import exact_dot
from smug.presolve import Component, combine_masks, split_components
from smug.problem import MaskProblem
from smug.solution import Solution, Status, Termination, Timings
from smug.verify import verify

__all__ = ["SolveOne", "solve_components"]

#: ``solve_one(sub_problem, time_limit)`` -> a Solution of ``sub_problem`` whose mask, if
#: any, is verified; ``time_limit`` is None when the caller set none.
SolveOne = Callable[[MaskProblem, "float | None"], Solution]

#: Least time a component is given while any time is left (seconds).
MIN_SHARE_SECONDS = 0.05


def solve_components(
    problem: MaskProblem,
    solve_one: SolveOne,
    time_limit: float | None = None,
    *,
    workers: int = 1,
    components: Sequence[Component] | None = None,
) -> Solution:
    """Solve each independent component of ``problem`` with ``solve_one`` and combine.

    Parameters
    ----------
    problem : MaskProblem
        Usually the output of :func:`smug.presolve.presolve` (any MaskProblem works).
    solve_one : callable
        ``solve_one(sub_problem, time_limit) -> Solution`` for one component.
    time_limit : float, optional
        Wall-clock seconds for all components together. Each component, when it starts, gets
        the remaining time times its share: its non-zeros over those of the components not
        yet started (times ``workers``, at most all of it), so time a component does not use
        passes to the next ones.
    workers : int
        Components solved at once, in threads (solvers release the GIL while they search).
    components : sequence of Component, optional
        A split already computed by :func:`smug.presolve.split_components` for ``problem``.

    Returns
    -------
    Solution
        ``backend`` is the components' backend; ``stats`` has ``components``,
        ``largest_component``, ``component_status`` (counts per status) and
        ``component_seconds`` (the slowest component's total).

    Raises
    ------
    TypeError, ValueError
        On a problem that is not a MaskProblem, a ``solve_one`` that is not callable, a
        negative time limit or ``workers < 1``.
    """
    _check_arguments(problem, solve_one, time_limit, workers)
    start = time.perf_counter()
    parts = list(split_components(problem) if components is None else components)
    deadline = None if time_limit is None else time.monotonic() + float(time_limit)
    solvable = [i for i, c in enumerate(parts) if c.problem.n_vars and c.problem.n_rows]
    solutions: list[Solution | None] = [None] * len(parts)
    for i, comp in enumerate(parts):
        if i not in solvable:
            solutions[i] = _trivial_component(comp.problem)
    scheduler = _Scheduler([parts[i].problem.nnz for i in solvable], deadline, workers)
    sub = _run(solvable, parts, solve_one, scheduler, workers)
    for i, sol in zip(solvable, sub):
        solutions[i] = sol
    _second_pass(parts, solutions, solve_one, deadline, workers)
    _fill_missing_masks(parts, solutions)
    return _combine(problem, parts, solutions, time.perf_counter() - start)  # type: ignore[arg-type]


def _check_arguments(problem: Any, solve_one: Any, time_limit: Any, workers: Any) -> None:
    if not isinstance(problem, MaskProblem):
        raise TypeError(f"problem: expected a smug.MaskProblem, got {type(problem).__name__}")
    if not callable(solve_one):
        raise TypeError(f"solve_one: expected a callable (problem, time_limit) -> Solution, "
                        f"got {type(solve_one).__name__}")
    if time_limit is not None and (not isinstance(time_limit, int | float) or time_limit < 0
                                   or not math.isfinite(time_limit)):
        raise ValueError(f"time_limit: expected None or a finite number of seconds >= 0, "
                         f"got {time_limit!r}")
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers: expected an integer >= 1, got {workers!r}")


class _Scheduler:
    """Hands out time limits: the remaining time times the component's share of the work
    not yet started (times the number of workers, capped at the whole)."""

    def __init__(self, weights: list[int], deadline: float | None, workers: int) -> None:
        self.weights = [max(1, w) for w in weights]
        self.left = float(sum(self.weights))
        self.deadline = deadline
        self.workers = workers
        self.lock = Lock()

    def limit_for(self, position: int) -> float | None:
        with self.lock:
            weight = self.weights[position]
            share = min(1.0, self.workers * weight / self.left) if self.left > 0 else 1.0
            self.left -= weight
        if self.deadline is None:
            return None
        left = max(0.0, self.deadline - time.monotonic())
        # A small floor, so that a tiny component is not starved by rounding of its share.
        return max(left * share, min(left, MIN_SHARE_SECONDS))


def _run(solvable: list[int], parts: list[Component], solve_one: SolveOne,
         scheduler: _Scheduler, workers: int) -> list[Solution]:
    """Solve the components, largest first (so the long ones start early)."""
    order = sorted(range(len(solvable)), key=lambda p: -parts[solvable[p]].problem.nnz)

    def task(position: int) -> Solution:
        comp = parts[solvable[position]].problem
        limit = scheduler.limit_for(position)
        if limit is not None and limit <= 0:
            return Solution(Status.UNKNOWN, None, None, None, "components",
                            "no time left for this component")
        sol = solve_one(comp, limit)
        if not isinstance(sol, Solution):
            raise TypeError(f"solve_one: expected it to return a smug.Solution, got "
                            f"{type(sol).__name__}")
        return sol

    results: dict[int, Solution] = {}
    if workers == 1 or len(order) <= 1:
        for position in order:
            results[position] = task(position)
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {position: pool.submit(task, position) for position in order}
            results = {position: f.result() for position, f in futures.items()}
    return [results[p] for p in range(len(solvable))]


def _second_pass(parts: list[Component], solutions: list[Solution | None], solve_one: SolveOne,
                 deadline: float | None, workers: int) -> None:
    """Give the time the first pass left over to the components it did not settle.

    A component's first share is a slice of the limit in proportion to its size; one that
    needed more ran out (1 of 1,458 components of a block-diagonal problem, whose whole
    answer was then lost) while most finished early. Each unsettled component is solved
    again with the time left, shared as before; the better of its two answers is kept
    (a proof wins, else the cheaper verified mask, with the larger bound).
    """
    if deadline is None:
        return
    todo = [i for i, s in enumerate(solutions)
            if s is not None and s.status not in (Status.OPTIMAL, Status.INFEASIBLE)]
    if not todo or deadline - time.monotonic() < MIN_SHARE_SECONDS:
        return
    scheduler = _Scheduler([parts[i].problem.nnz for i in todo], deadline, workers)
    again = _run(todo, parts, solve_one, scheduler, workers)
    for i, new in zip(todo, again):
        solutions[i] = _better(parts[i].problem, solutions[i], new)  # type: ignore[arg-type]


def _better(problem: MaskProblem, old: Solution, new: Solution) -> Solution:
    """The more informative of two answers for one component (both verified)."""
    if new.status in (Status.OPTIMAL, Status.INFEASIBLE):
        return new
    best = old
    if new.mask is not None and (old.mask is None or exact_dot(problem.cost, new.mask)
                                 < exact_dot(problem.cost, old.mask)):
        best = new
    bounds = [b for b in (old.bound, new.bound) if b is not None]
    return replace(best, bound=max(bounds) if bounds else None,
                   status=Status.FEASIBLE if best.mask is not None else Status.UNKNOWN)


def _fill_missing_masks(parts: list[Component], solutions: list[Solution | None]) -> None:
    """For a component left without a mask, try cheap masks (for a small component, the
    cheapest of all its masks; every free variable on; each free variable on when its
    coefficients sum to more than zero; that one repaired greedily) and keep the first
    that passes exact verification, so that the solved components are not thrown away."""
    for i, sol in enumerate(solutions):
        if sol is None or sol.mask is not None or sol.status is Status.INFEASIBLE:
            continue
        problem = parts[i].problem
        free = problem.fixed == -1
        leaning = np.asarray(problem.A.sum(axis=0)).reshape(-1) > 0
        for candidate in ((), free, free & leaning, None):
            if candidate is None:  # then: repair the leaning mask greedily
                mask = _greedy_repair(problem, np.where(free, leaning, problem.fixed == 1))
            elif isinstance(candidate, tuple):  # first: every mask of a small component
                mask = _cheapest_of_all(problem)
            else:
                mask = np.where(free, candidate, problem.fixed == 1)
            if mask is not None and verify(problem, mask).ok:
                solutions[i] = replace(sol, status=Status.FEASIBLE, mask=mask,
                                       objective=problem.objective(mask), verified=True)
                break


#: Components with at most this many free variables may be enumerated (2**14 masks).
ENUMERATE_MAX_FREE = 14


def _cheapest_of_all(problem: MaskProblem, tries: int = 64) -> np.ndarray | None:
    """The cheapest mask of a small component that passes exact verification, among the
    ``tries`` cheapest that pass in floats (None for a larger component or none found)."""
    free = np.flatnonzero(problem.fixed == -1)
    if free.size > ENUMERATE_MAX_FREE:
        return None
    bits = (np.arange(2**free.size)[:, None] >> np.arange(free.size)[None, :]) & 1
    masks = np.repeat((problem.fixed == 1)[None, :], bits.shape[0], axis=0)
    masks[:, free] = bits.astype(bool)
    with np.errstate(over="ignore", invalid="ignore"):
        activity = (problem.A @ masks.T.astype(np.float64)).T
        slack = 1e-9 * (1.0 + np.abs(problem.rhs))
        near = np.all(activity >= problem.rhs - slack, axis=1)
        order = np.argsort(masks @ problem.cost, kind="stable")
    for k in order[near[order]][:tries].tolist():
        if verify(problem, masks[k]).ok:
            return masks[k]
    return None


#: Components with more variables are not repaired greedily (each step is O(nnz)).
GREEDY_MAX_VARS = 2000


def _greedy_repair(problem: MaskProblem, mask: np.ndarray) -> np.ndarray | None:
    """Flip, one at a time, the free variable that most reduces the rows' total float
    shortfall, until no row falls short (or no flip helps); the caller verifies exactly."""
    if problem.n_vars > GREEDY_MAX_VARS:
        return None
    A = problem.A.toarray()
    margin = np.where(problem.strict, 1e-9 * (1.0 + np.abs(problem.rhs)), 0.0)
    free = problem.fixed == -1
    mask = mask.copy()
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(2 * problem.n_vars):
            short = np.maximum(problem.rhs + margin - A @ mask, 0.0)
            if not np.any(short > 0):
                return mask
            step = np.where(mask, -1.0, 1.0)  # each column's flip direction
            after = np.maximum(problem.rhs[:, None] + margin[:, None] - (A @ mask)[:, None]
                               - A * step[None, :], 0.0).sum(axis=0)
            after[~free] = np.inf
            best = int(np.argmin(after))
            if not after[best] < short.sum():
                return mask
            mask[best] = ~mask[best]
    return mask


def _trivial_component(problem: MaskProblem) -> Solution:
    """A component without rows (every free variable off) or without variables (rows
    decided by the empty sum): solved by exact verification alone."""
    mask = problem.fixed == 1
    if verify(problem, mask).ok:
        obj = problem.objective(mask)
        return Solution(Status.OPTIMAL, mask, obj, obj, "components", "trivial", verified=True)
    return Solution(Status.INFEASIBLE, None, None, None, "components", "trivial: a row without "
                    "variables fails")


def _termination(status: Status, solutions: Sequence[Solution]) -> Termination:
    """Why the whole stopped: a proof, or the first reason a component gave for none."""
    if status is Status.OPTIMAL:
        return Termination.OPTIMAL
    if status is Status.INFEASIBLE:
        return Termination.INFEASIBLE
    reasons = [s.termination for s in solutions
               if s.status not in (Status.OPTIMAL, Status.INFEASIBLE)]
    return reasons[0] if reasons else Termination.UNKNOWN


def _status_of(solutions: Sequence[Solution]) -> Status:
    statuses = [s.status for s in solutions]
    if Status.INFEASIBLE in statuses:
        return Status.INFEASIBLE
    if all(s is Status.OPTIMAL for s in statuses):
        return Status.OPTIMAL
    if all(s.has_mask for s in statuses):
        return Status.FEASIBLE
    return Status.UNKNOWN


def _component_bound(problem: MaskProblem, sol: Solution) -> float:
    """The component's proven lower bound; without one, the cost it cannot avoid."""
    if sol.status is Status.OPTIMAL and sol.objective is not None:
        return float(sol.objective)
    if sol.bound is not None:
        return float(sol.bound)
    return float(problem.cost[problem.fixed == 1].sum())


def _combine(problem: MaskProblem, parts: list[Component], solutions: list[Solution],
             seconds: float) -> Solution:
    status = _status_of(solutions)
    backends = sorted({s.backend for s in solutions} - {"components"})
    backend = ",".join(backends) if backends else "components"
    counts: dict[str, int] = {}
    for s in solutions:
        counts[s.status.value] = counts.get(s.status.value, 0) + 1
    stats = {
        "components": len(parts),
        "largest_component": max((c.problem.n_vars for c in parts), default=0),
        "component_status": counts,
        "component_seconds": max((s.timings.total for s in solutions), default=0.0),
    }
    timings = Timings(build=sum(s.timings.build for s in solutions),
                      solve=sum(s.timings.solve for s in solutions), total=seconds)
    raw = f"components: {len(parts)} ({', '.join(f'{v} {k}' for k, v in sorted(counts.items()))})"
    if status is Status.INFEASIBLE:
        return Solution(status, None, None, None, backend, raw, timings, stats=stats,
                        termination=_termination(status, solutions))
    bound = math.fsum(_component_bound(p.problem, s) for p, s in zip(parts, solutions))
    if status is not Status.OPTIMAL:
        bound = float(np.nextafter(bound, -np.inf))  # fsum rounds to nearest: stay below
    if not status.has_mask:
        return Solution(status, None, None, bound, backend, raw, timings, stats=stats,
                        termination=_termination(status, solutions))
    mask = combine_masks(problem, parts, [s.mask for s in solutions])
    if not verify(problem, mask).ok:
        raise RuntimeError("components: the union of verified component masks fails "
                           "verification; the split is not independent")
    objective = problem.objective(mask)
    bound = objective if status is Status.OPTIMAL else min(bound, objective)
    return Solution(status, mask, objective, bound, backend, raw, timings, verified=True,
                    stats=stats, termination=_termination(status, solutions))
