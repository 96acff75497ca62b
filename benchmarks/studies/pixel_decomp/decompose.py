"""Band decomposition of grid-shaped MaskProblems: Lagrangian bounds and band-by-band search.

Study code of ``benchmarks/studies/pixel_decomp`` (issue 20), not part of the library: it
was measured and does not beat ``smug.solve``'s default (see the README beside it).

A pixel-level image problem has one variable per pixel and rows over small receptive fields
(3x3 windows), so a row touches only a few neighbouring rows of the image. This module cuts
the image into horizontal *bands* of ``height`` pixel rows and uses that locality twice:

* **A lower bound** (:func:`band_bound`). Each row of the problem goes to the band of its
  topmost pixel; a band's sub-problem has that band's rows over the pixels they touch. A
  pixel touched by the rows of two bands (a border pixel) is a variable of both, and its cost
  is split between its copies: shares ``lambda_s >= 0`` with ``sum_s lambda_s <= cost``. Any
  mask of the whole problem is feasible for every band and costs at least the sum of its
  bands' costs, so the sum of the bands' proven lower bounds is a lower bound of the whole
  (Lagrangian decomposition). Subgradient steps on the shares (``iterations``) tighten it.
  The sum is taken in exact rationals; every band's bound is a proven bound of
  ``smug.solve``; the shares are checked in exact rationals to sum to at most the cost.
* **Better masks** (:func:`improve_mask`): large-neighbourhood search over bands. Every pixel
  outside a window of pixel rows is fixed to the incumbent, the window's pixels are solved
  exactly (the sub-problem holds every row that touches the window), and a cheaper mask is
  kept. Rows that do not touch the window keep their pixels, so every mask stays feasible.

:func:`decompose_solve` puts them together around smug's presolve and components.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np
import scipy.sparse as sp

from smug._exact import cost_grain, exact_dot, float_down
from smug.problem import FREE, MaskProblem
from smug.solution import Solution, Status, Termination, Timings
from smug.solving import solve
from smug.verify import verify

__all__ = ["BandBound", "band_rows", "band_bound", "improve_mask", "decompose_solve"]

#: Denominator of the cost shares: a copy's share is ``cost * q / SHARE_DENOMINATOR`` for an
#: integer ``q``, so the bands' costs keep a common grain (exact integer costs for CP-SAT).
SHARE_DENOMINATOR = 16


# --- arguments ---------------------------------------------------------------------------
def _check_problem(problem: Any) -> MaskProblem:
    if not isinstance(problem, MaskProblem):
        raise TypeError(f"problem: expected a smug.MaskProblem, got {type(problem).__name__}")
    return problem


def _check_positive_int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name}: expected a positive integer, got {value!r}")
    return int(value)


def _check_seconds(name: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) \
            or not value > 0 or not math.isfinite(value):
        raise ValueError(f"{name}: expected a positive number of seconds or None, got {value!r}")
    return float(value)


def grid_rows(problem: MaskProblem) -> np.ndarray:
    """The grid row (first axis) of every variable of ``problem``, from ``problem.grid``."""
    grid = problem.grid
    if grid is None or len(grid.grid_shape) != 2:
        raise ValueError("problem: band decomposition needs a 2-D grid (problem.grid), got "
                         f"{None if grid is None else grid.grid_shape}; pass coordinate=")
    return np.arange(problem.n_vars) // grid.grid_shape[1]


def _check_coordinate(problem: MaskProblem, coordinate: Any) -> np.ndarray:
    if coordinate is None:
        return grid_rows(problem)
    arr = np.asarray(coordinate)
    if arr.shape != (problem.n_vars,) or arr.dtype.kind not in "iu":
        raise ValueError(f"coordinate: expected {problem.n_vars} integers (one per variable), "
                         f"got shape {arr.shape} and dtype {arr.dtype}")
    return arr.astype(np.int64)


# --- bands -------------------------------------------------------------------------------
def band_rows(problem: MaskProblem, coordinate: np.ndarray, height: int) -> np.ndarray:
    """The band of every row: its topmost variable's coordinate divided by ``height``.

    Rows without variables go to band 0 (they are decided by their right-hand side alone).
    """
    A = problem.A
    lengths = np.diff(A.indptr)
    band = np.zeros(problem.n_rows, dtype=np.int64)
    nonempty = lengths > 0
    if A.nnz:
        top = np.minimum.reduceat(coordinate[A.indices], A.indptr[:-1][nonempty])
        band[nonempty] = top // height
    return band


def _band_variables(A: sp.csr_matrix, band: np.ndarray
                    ) -> list[tuple[int, np.ndarray, np.ndarray]]:
    """``(band, rows, variables)`` for every band that has rows."""
    out = []
    for s in np.unique(band).tolist():
        rows = np.flatnonzero(band == s)
        variables = np.unique(A[rows].indices)
        out.append((int(s), rows, variables.astype(np.int64)))
    return out


def _sub_problem(problem: MaskProblem, rows: np.ndarray, variables: np.ndarray,
                 cost: np.ndarray, fixed: np.ndarray, name: str) -> MaskProblem:
    A = problem.A[rows][:, variables].tocsr()
    return MaskProblem(A, problem.rhs[rows], problem.strict[rows], cost, fixed, None, name)


def _share_costs(cost: np.ndarray, q: np.ndarray) -> np.ndarray:
    """``cost * q / SHARE_DENOMINATOR``, rounded down where float64 rounds (never above)."""
    share = cost * q / SHARE_DENOMINATOR
    for j in np.flatnonzero(share > 0).tolist():
        exact = Fraction(float(cost[j])) * int(q[j]) / SHARE_DENOMINATOR
        if Fraction(float(share[j])) > exact:
            share[j] = np.nextafter(share[j], 0.0)
    return share


# --- the bound -----------------------------------------------------------------------------
@dataclass(frozen=True)
class BandResult:
    """One band's solve in one round: sizes, what the solver proved, seconds."""

    band: int
    n_vars: int
    n_rows: int
    status: str
    objective: float | None
    bound: float
    seconds: float


@dataclass(frozen=True)
class BandBound:
    """The outcome of :func:`band_bound`.

    Attributes
    ----------
    bound : float
        A proven lower bound on the optimum of the problem (rounded down to the costs'
        grain): the best round's sum of its bands' proven bounds. ``inf`` when a band is
        infeasible (then so is the problem: its rows are a subset of the problem's).
    rounds : list of float
        Each round's bound (before rounding to the grain), in order.
    bands : list of BandResult
        Every band solve of every round.
    seconds : float
        Wall-clock seconds in all.
    best_mask : bool ndarray or None
        The cheapest mask of the problem among the rounds' band solutions joined where they
        agree and verified exactly (None when no join was feasible); a by-product.
    """

    bound: float
    rounds: list[float]
    bands: list[BandResult]
    seconds: float
    infeasible: bool = False
    stats: dict[str, Any] = field(default_factory=dict)


def band_bound(problem: MaskProblem, height: int = 16, *, coordinate: Any = None,
               iterations: int = 1, upper: float | None = None, backend: str = "cpsat",
               time_limit: float | None = None, threads: int | None = 1) -> BandBound:
    """A lower bound on ``problem``'s optimum from its bands, solved one at a time.

    Parameters
    ----------
    problem : MaskProblem
        Costs are non-negative (as every MaskProblem's).
    height : int
        Grid rows per band.
    coordinate : array of int, optional
        The band coordinate of every variable; default the grid row from ``problem.grid``.
    iterations : int
        Rounds: the first splits every shared variable's cost evenly between its copies,
        each further round moves cost by a subgradient step (Polyak's, towards ``upper``)
        to the copies the band solutions set to 1 where others set it to 0, and solves each
        band again with its previous solution as the hint.
    upper : float, optional
        The objective of a known mask, for the step size; default the sum of the costs.
    backend : str
        The backend every band is solved with (``smug.solve``).
    time_limit : float, optional
        Wall-clock seconds for all rounds; each band gets its share of what is left. A band
        stopped early adds its proven bound (0 without one), which keeps the sum a bound.
    threads : int, optional
        Solver threads per band.

    Returns
    -------
    BandBound
    """
    problem = _check_problem(problem)
    height = _check_positive_int("height", height)
    iterations = _check_positive_int("iterations", iterations)
    time_limit = _check_seconds("time_limit", time_limit)
    coordinate = _check_coordinate(problem, coordinate)
    start = time.perf_counter()
    deadline = None if time_limit is None else start + time_limit
    bands = _band_variables(problem.A, band_rows(problem, coordinate, height))
    copies = np.zeros(problem.n_vars, dtype=np.int64)
    for _, _, variables in bands:
        copies[variables] += 1
    # shares[s]: integer numerators (over SHARE_DENOMINATOR) of band s's variables
    shares = [_initial_shares(copies[v]) for _, _, v in bands]
    upper = float(problem.cost.sum()) if upper is None else float(upper)
    grain = cost_grain(problem.cost)
    best: Fraction | None = None
    rounds: list[float] = []
    results: list[BandResult] = []
    infeasible = False
    previous: list[np.ndarray | None] = [None] * len(bands)
    for it in range(iterations):
        total = Fraction(0)
        values = []
        for k, (s, rows, variables) in enumerate(bands):
            remaining = None if deadline is None else deadline - time.perf_counter()
            if remaining is not None and remaining <= 0.01:
                values.append(None)
                continue
            seconds = None if remaining is None else remaining / (len(bands) - k)
            cost = _share_costs(problem.cost[variables], shares[k])
            sub = _sub_problem(problem, rows, variables, cost, problem.fixed[variables],
                               f"{problem.name}/band{s}")
            t0 = time.perf_counter()
            sol = solve(sub, backend, time_limit=seconds, threads=threads, hint=previous[k])
            if sol.status is Status.INFEASIBLE:
                infeasible = True
                break
            previous[k] = sol.mask  # the next round's hint (only the costs change)
            b = Fraction(sol.bound) if sol.bound is not None and math.isfinite(sol.bound) \
                else Fraction(0)
            total += max(b, Fraction(0))
            values.append(sol.mask)
            results.append(BandResult(s, sub.n_vars, sub.n_rows, sol.status.value,
                                      sol.objective, float(b), time.perf_counter() - t0))
        if infeasible:
            break
        rounds.append(float_down(total))
        best = total if best is None else max(best, total)
        if it + 1 < iterations:
            if not _subgradient_step(problem, bands, shares, copies, values, upper,
                                     float(total)):
                break
    if infeasible:
        bound = math.inf
    elif best is None:
        bound = 0.0
    else:
        bound = float(_ceil_to_grain(best, grain))
    return BandBound(bound, rounds, results, time.perf_counter() - start, infeasible,
                     {"bands": len(bands), "shared_variables": int(np.sum(copies > 1)),
                      "max_copies": int(copies.max(initial=0))})


def _initial_shares(copies: np.ndarray) -> np.ndarray:
    """Even integer numerators, ``D // copies`` each (their sum is at most D)."""
    copies = np.maximum(copies, 1)
    return np.full(copies.shape, SHARE_DENOMINATOR, dtype=np.int64) // copies


def _ceil_to_grain(value: Fraction, grain: Fraction | None) -> Fraction:
    """``value`` rounded up to a multiple of the costs' grain (every objective is one, so the
    optimum is at least that), as an exact rational that is a float64 (rounded down)."""
    if grain is None:
        return Fraction(0)
    return Fraction(float_down(math.ceil(value / grain) * grain))


def _subgradient_step(problem: MaskProblem, bands: list, shares: list[np.ndarray],
                      copies: np.ndarray, values: list, upper: float, lower: float) -> bool:
    """Move the shares of the shared variables one Polyak step; False when nothing moves."""
    n = problem.n_vars
    ones = np.zeros(n)
    for (_, _, variables), mask in zip(bands, values):
        if mask is not None:
            ones[variables] += mask
    mean = np.divide(ones, copies, out=np.zeros(n), where=copies > 0)
    grads = []
    for (_, _, variables), mask in zip(bands, values):
        x = np.zeros(variables.size) if mask is None else mask.astype(float)
        g = np.where(copies[variables] > 1, x - mean[variables], 0.0)
        grads.append(g)
    norm = sum(float(np.sum(g * g)) for g in grads)
    if norm == 0:
        return False
    step = max(upper - lower, 1.0) / norm  # in cost units; shares are fractions of the cost
    # new share fraction = old + step * g / cost, projected on the simplex per variable
    frac = [shares[k] / SHARE_DENOMINATOR for k in range(len(bands))]
    target = np.zeros(n)
    proposals = []
    for k, (_, _, variables) in enumerate(bands):
        cost = problem.cost[variables]
        move = np.divide(step * grads[k], cost, out=np.zeros(variables.size), where=cost > 0)
        p = np.clip(frac[k] + move, 0.0, 1.0)
        proposals.append(p)
        target[variables] += p
    # rescale every variable's proposals to sum 1, then round to numerators summing to D
    scale = np.divide(1.0, target, out=np.zeros(n), where=target > 0)
    for k, (_, _, variables) in enumerate(bands):
        p = proposals[k] * scale[variables]
        p = np.where(target[variables] > 0, p, 1.0 / np.maximum(copies[variables], 1))
        shares[k] = np.floor(p * SHARE_DENOMINATOR + 1e-9).astype(np.int64)
    return True


# --- incumbents by large-neighbourhood search over bands ------------------------------------
def improve_mask(problem: MaskProblem, mask: Any, height: int = 16, *, coordinate: Any = None,
                 window: int = 2, backend: str = "cpsat", time_limit: float | None = None,
                 threads: int | None = 1) -> tuple[np.ndarray, dict[str, Any]]:
    """Large-neighbourhood search: re-solve ``window`` bands at a time, the rest fixed.

    Parameters
    ----------
    problem : MaskProblem
    mask : array_like of bool
        A feasible mask of ``problem`` (verified exactly first; ValueError if it fails).
    height, coordinate : as for :func:`band_bound`
    window : int
        Bands per neighbourhood; the windows step by one band over the whole grid.
    backend, time_limit, threads : as for :func:`band_bound`

    Returns
    -------
    (mask, stats)
        A feasible mask (verified exactly) costing no more than ``mask``, and counters.
    """
    problem = _check_problem(problem)
    height = _check_positive_int("height", height)
    window = _check_positive_int("window", window)
    time_limit = _check_seconds("time_limit", time_limit)
    coordinate = _check_coordinate(problem, coordinate)
    current = problem.check_mask(mask).copy()
    if not verify(problem, current):
        raise ValueError("mask: not a feasible mask of problem (exact verification failed)")
    start = time.perf_counter()
    deadline = None if time_limit is None else start + time_limit
    csc = problem.A.tocsc()
    top, bottom = int(coordinate.min(initial=0)), int(coordinate.max(initial=0))
    starts = list(range(top, bottom + 1, height))
    stats = {"windows": 0, "improved": 0, "before": float(exact_dot(problem.cost, current))}
    for k, lo in enumerate(starts):
        remaining = None if deadline is None else deadline - time.perf_counter()
        if remaining is not None and remaining <= 0.01:
            break
        seconds = None if remaining is None else remaining / (len(starts) - k)
        free = (coordinate >= lo) & (coordinate < lo + window * height) & (problem.fixed == FREE)
        inside = np.flatnonzero(free)
        if inside.size == 0:
            continue
        rows = np.unique(csc[:, inside].indices)
        if rows.size == 0:
            continue
        variables = np.unique(problem.A[rows].indices)
        fixed = problem.fixed[variables].copy()
        outside = ~free[variables]
        fixed[outside] = current[variables][outside].astype(np.int8)
        sub = _sub_problem(problem, rows, variables, problem.cost[variables], fixed,
                           f"{problem.name}/window{lo}")
        sol = solve(sub, backend, time_limit=seconds, threads=threads,
                         hint=current[variables])
        stats["windows"] += 1
        if sol.mask is None:
            continue
        if exact_dot(sub.cost, sol.mask) < exact_dot(sub.cost, current[variables]):
            candidate = current.copy()
            candidate[variables] = sol.mask
            current = candidate
            stats["improved"] += 1
    if not verify(problem, current):  # every step keeps every row; checked again
        raise AssertionError("improve_mask: a neighbourhood move broke a row")
    stats["after"] = float(exact_dot(problem.cost, current))
    stats["seconds"] = time.perf_counter() - start
    return current, stats


# --- the whole ---------------------------------------------------------------------------
def decompose_solve(problem: MaskProblem, height: int = 16, *, time_limit: float = 60.0,
                    backend: str = "cpsat", incumbent_backend: str = "highs",
                    iterations: int = 1, window: int = 2, min_component: int = 2000,
                    shares: tuple[float, float, float] = (0.4, 0.25, 0.35),
                    threads: int | None = 1) -> Solution:
    """Presolve, solve small components whole and large ones by bands.

    Each component of the presolved problem (``smug.presolve.split_components``) with
    fewer than ``min_component`` variables is solved by ``smug.solve``; each larger one
    gets ``shares`` of its time: for a ``smug.solve`` by ``incumbent_backend`` (its mask
    and bound), for :func:`band_bound` (when that solve is not optimal) and for
    :func:`improve_mask` of the mask (with the time left). The result's
    bound is the sum of the components' best proven bounds (exact rationals) plus
    presolve's offset; it is OPTIMAL only when the verified mask's objective reaches it.

    Parameters
    ----------
    problem : MaskProblem
        With a 2-D ``grid`` (the band coordinate of a variable is its grid row).
    height, iterations : as for :func:`band_bound`
    window : as for :func:`improve_mask`
    time_limit : float
        Wall-clock seconds in all (shared by the components in proportion to their size).
    backend : str
        Backend of the small components, the bands and the neighbourhoods.
    incumbent_backend : str
        Backend of the first solve of a large component (HiGHS: on the pixel-level
        problems CP-SAT often finds no mask of a 20k-variable component in 20 s).
    shares : three fractions
        Of a large component's time: its first solve, the band bound, the search.
    min_component : int
        Components at least this large (variables) are decomposed.
    threads : int, optional
        Solver threads.

    Returns
    -------
    Solution
        Its mask is verified exactly against ``problem``.
    """
    from smug.presolve import combine_masks, presolve, split_components

    problem = _check_problem(problem)
    coordinate = grid_rows(problem)
    height = _check_positive_int("height", height)
    min_component = _check_positive_int("min_component", min_component)
    time_limit = _check_seconds("time_limit", time_limit)
    if len(shares) != 3 or min(shares) < 0 or sum(shares) > 1 + 1e-9:
        raise ValueError(f"shares: expected three non-negative fractions summing to at most 1, "
                         f"got {shares!r}")
    start = time.perf_counter()
    reduced = presolve(problem)
    if reduced.infeasible:
        return _solution(Status.INFEASIBLE, None, None, math.inf, start, {})
    small = reduced.problem
    parts = split_components(small) if small.n_vars else []
    parts, n_small = _small_together(small, parts, min_component)
    sizes = np.array([max(c.problem.nnz, 1) for c in parts], dtype=float)
    offset = exact_dot(problem.cost, reduced.values == 1)  # the fixed ones, exactly
    masks, total, stats = [], offset, {"components": []}
    for k, part in enumerate(parts):
        left = time_limit - (time.perf_counter() - start)
        seconds = max(left * sizes[k] / sizes[k:].sum(), 0.05)
        sub = part.problem
        if k < n_small:
            sol = solve(sub, backend, time_limit=seconds, threads=threads)
            masks.append(sol.mask)
            if sol.status is Status.INFEASIBLE:
                return _solution(Status.INFEASIBLE, None, None, math.inf, start, stats)
            total += _bound_of(sol, sub)
            continue
        sub_coordinate = coordinate[reduced.columns[part.variables]]
        t0 = time.perf_counter()
        sol = solve(sub, incumbent_backend, time_limit=seconds * shares[0], threads=threads)
        if sol.status is Status.INFEASIBLE:
            return _solution(Status.INFEASIBLE, None, None, math.inf, start, stats)
        bound = _bound_of(sol, sub)
        record = {"n_vars": sub.n_vars, "n_rows": sub.n_rows, "solve_bound": float(bound),
                  "solve_objective": sol.objective, "solve_s": time.perf_counter() - t0}
        mask = sol.mask
        if sol.status is not Status.OPTIMAL and shares[1] > 0:
            bb = band_bound(sub, height, coordinate=sub_coordinate, iterations=iterations,
                            upper=sol.objective, backend=backend,
                            time_limit=seconds * shares[1],
                            threads=threads)
            if bb.infeasible:
                return _solution(Status.INFEASIBLE, None, None, math.inf, start, stats)
            record.update(band_bound=bb.bound, band_rounds=bb.rounds, band_s=bb.seconds)
            bound = max(bound, Fraction(bb.bound))
        left = seconds - (time.perf_counter() - t0)
        if sol.status is not Status.OPTIMAL and mask is not None and left > 0.05:
            mask, lns = improve_mask(sub, mask, height, coordinate=sub_coordinate,
                                     window=window, backend=backend, time_limit=left,
                                     threads=threads)
            record.update(lns=lns)
            if Fraction(lns["after"]) <= bound:  # the search reached the bound: proven
                record.update(lns_proved=True)
        masks.append(mask)
        total += bound
        stats["components"].append(record)
    if any(m is None for m in masks):
        grain = cost_grain(problem.cost)
        lower = float(_ceil_to_grain(total, grain)) if grain is not None else 0.0
        return _solution(Status.UNKNOWN, None, None, lower, start, stats)
    full = reduced.restore(combine_masks(small, parts, masks)) if parts else reduced.restore(
        np.zeros(small.n_vars, dtype=bool))
    if not verify(problem, full):
        raise AssertionError("decompose_solve: the joined mask fails exact verification")
    objective = exact_dot(problem.cost, full)
    grain = cost_grain(problem.cost)
    lower = _ceil_to_grain(total, grain) if grain is not None else objective
    status = Status.OPTIMAL if objective <= lower else Status.FEASIBLE
    return _solution(status, full, float(objective), float(min(lower, objective)), start, stats)


def _small_together(problem: MaskProblem, parts: list, min_component: int
                    ) -> tuple[list, int]:
    """The components under ``min_component`` variables joined into one sub-problem (first;
    one solve of them, which ``smug.solve`` splits again), then the large ones."""
    from smug.presolve import Component

    small = [c for c in parts if c.problem.n_vars < min_component]
    large = [c for c in parts if c.problem.n_vars >= min_component]
    if not small:
        return large, 0
    variables = np.concatenate([c.variables for c in small]).astype(np.int64)
    rows = np.concatenate([c.rows for c in small]).astype(np.int64)
    sub = _sub_problem(problem, rows, variables, problem.cost[variables],
                       problem.fixed[variables], f"{problem.name}/small")
    return [Component(sub, variables, rows)] + large, 1


def _bound_of(sol: Solution, problem: MaskProblem) -> Fraction:
    """The proven lower bound of ``sol`` for ``problem``, exact (0 without one)."""
    if sol.status is Status.OPTIMAL and sol.mask is not None:
        return exact_dot(problem.cost, sol.mask)
    if sol.bound is None or not math.isfinite(sol.bound):
        return Fraction(0)
    return max(Fraction(sol.bound), Fraction(0))


def _solution(status: Status, mask: np.ndarray | None, objective: float | None,
              bound: float | None, start: float, stats: dict[str, Any]) -> Solution:
    term = {Status.OPTIMAL: Termination.OPTIMAL, Status.INFEASIBLE: Termination.INFEASIBLE
            }.get(status, Termination.TIME_LIMIT)
    return Solution(status, mask, objective, bound, "decompose", status.value,
                    Timings(total=time.perf_counter() - start), mask is not None, stats, term)
