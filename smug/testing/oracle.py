"""Small MaskProblems with known answers, and an exact brute-force oracle.

``KNOWN_PROBLEMS`` is the one shared list every backend is run on (``check_backend`` and
``tests/backends/test_known_answers.py``); :func:`brute_force` is the oracle of the
differential tests. The
oracle decides every row for every mask in exact integer arithmetic: each row is scaled by
the common power-of-two denominator of its float64 values, so all sums are Python integers.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from smug.problem import FREE, MaskProblem
from smug.solution import Status

__all__ = ["KnownProblem", "KNOWN_PROBLEMS", "Oracle", "brute_force", "all_masks", "DECISIVE",
           "check_solution"]

#: Relative separation above which every sound backend must prove the oracle's answer.
DECISIVE = 1e-5


@dataclass(frozen=True)
class KnownProblem:
    """A problem with its proven answer.

    ``masks`` lists every optimal mask when it is known (None: not listed). Whether an
    inexact backend must *prove* the answer is decided by the oracle's ``decisive`` flag.
    """

    name: str
    problem: MaskProblem
    status: Status
    optimum: float | None
    masks: tuple[tuple[int, ...], ...] | None = None


def _p(A, rhs, strict=True, cost=None, fixed=None, name="known") -> MaskProblem:
    return MaskProblem(np.asarray(A, dtype=np.float64), rhs, strict, cost, fixed, name=name)


KNOWN_PROBLEMS: tuple[KnownProblem, ...] = (
    KnownProblem(
        "unique_optimum",  # 2 m0 - m1 - m2 + 2 m3 > 3: only [1,0,0,1] with two variables
        _p([[2, -1, -1, 2]], [3]),
        Status.OPTIMAL, 2.0, ((1, 0, 0, 1),),
    ),
    KnownProblem(
        "strict_tight_at_would_be_optimum",  # {m0, m1} gives exactly 0.75: fails '>'
        _p([[0.5, 0.25, 1.0]], [0.75], cost=[1, 1, 3]),
        Status.OPTIMAL, 3.0, ((0, 0, 1),),
    ),
    KnownProblem(
        "non_strict_tight_is_feasible",  # the same row with '>=': {m0, m1} is now optimal
        _p([[0.5, 0.25, 1.0]], [0.75], strict=False, cost=[1, 1, 3]),
        Status.OPTIMAL, 2.0, ((1, 1, 0),),
    ),
    KnownProblem(
        "infeasible",  # at most 1 + 1 = 2 can be reached
        _p([[1, 1, -1]], [2.5]),
        Status.INFEASIBLE, None,
    ),
    KnownProblem(
        "infeasible_by_tie",  # at most 2 can be reached, and 2 > 2 fails
        _p([[1, 1, -1]], [2]),
        Status.INFEASIBLE, None,
    ),
    KnownProblem(
        "infeasible_by_two_rows",  # each row alone is satisfiable, not both
        _p([[1, -1], [-1, 1]], [0.5, 0.5], strict=False),
        Status.INFEASIBLE, None,
    ),
    KnownProblem(
        "empty_mask",  # every row already holds with nothing on
        _p([[1, 2, 0], [-1, 0, 3]], [-1, -2], strict=[True, False]),
        Status.OPTIMAL, 0.0, ((0, 0, 0),),
    ),
    KnownProblem(
        "fixed_variables",  # m0 forced on pushes the cheapest cover to m0 + m2
        _p([[1, 1, 1, 1]], [1.5], fixed={0: 1, 1: 0}),
        Status.OPTIMAL, 2.0, ((1, 0, 1, 0), (1, 0, 0, 1)),
    ),
    KnownProblem(
        "fixed_makes_infeasible",  # the only helpful variable is fixed off
        _p([[1, -1, -1]], [0.5], fixed={0: 0}),
        Status.INFEASIBLE, None,
    ),
    KnownProblem(
        "non_unit_costs",  # one expensive variable or three cheap ones
        _p([[3, 1, 1, 1]], [2.5], cost=[5, 1, 1, 1]),
        Status.OPTIMAL, 3.0, ((0, 1, 1, 1),),
    ),
    KnownProblem(
        "zero_cost_variable",  # m2 is free of charge and helps
        _p([[1, 1, 1]], [1.5], cost=[1, 1, 0]),
        Status.OPTIMAL, 1.0, ((1, 0, 1), (0, 1, 1)),
    ),
    KnownProblem(
        "cover_two_rows",  # rows sharing m1: m1 alone covers both
        _p([[1, 1, 0], [0, 1, 1]], [0.5, 0.5]),
        Status.OPTIMAL, 1.0, ((0, 1, 0),),
    ),
    KnownProblem(
        "mixed_magnitudes",  # m0 needs m1 (row 2); 1e4 - 1e4 cancels; only 3e-9 > 2e-9 alone
        _p([[1e4, -1e4, 3e-9, 1e-9], [-1, 1, 0, 0]], [2e-9, 0], strict=[True, False]),
        Status.OPTIMAL, 1.0, ((0, 0, 1, 0),),
    ),
    KnownProblem(
        "float_tie_0.1_plus_0.2",  # float: 0.1 + 0.2 == 0.30000000000000004; exactly it is less
        _p([[0.1, 0.2, 1.0]], [0.30000000000000004], strict=False, cost=[1, 1, 3]),
        Status.OPTIMAL, 3.0, ((0, 0, 1),),
    ),
    KnownProblem(
        "below_float_resolution",  # 1 + 1e-16 > 1 exactly, but not in float64 sums
        _p([[1.0, 1e-16, 2.0]], [1.0], cost=[1, 1, 3]),
        Status.OPTIMAL, 2.0, ((1, 1, 0),),
    ),
)


# --- the oracle ------------------------------------------------------------------------
@dataclass(frozen=True)
class Oracle:
    """The exact answer for a small problem.

    ``separation`` says how robustly the answer is decided: the smallest, over every
    *competing* mask that is infeasible (one costing no more than the optimum, or any mask
    when the problem is infeasible), of how far that mask falls short of its most violated
    row, relative to ``max(1, |rhs_i|, sum_j |A_ij|)`` (0 when a competing mask fails only
    by an exact tie; infinite when no competing mask is infeasible). When it is at least
    :data:`DECISIVE`, a backend that admits masks within a smaller tolerance of a row (MILP's
    feasibility tolerance, CP-SAT's scaled integers) still sees exactly the oracle's answer in
    its relaxed model and must prove it; below it, an inexact backend may fail to prove
    (FEASIBLE/UNKNOWN), but must never answer wrongly.
    """

    status: Status
    optimum: Fraction | None
    optimal_masks: np.ndarray  # (k, n) bool
    feasible: np.ndarray  # (2**n,) bool, for every mask of all_masks(n)
    separation: float

    @property
    def decisive(self) -> bool:
        return self.separation >= DECISIVE


def all_masks(n: int) -> np.ndarray:
    """Every 0/1 vector of length ``n`` as rows of a (2**n, n) bool array."""
    if n == 0:
        return np.zeros((1, 0), dtype=bool)
    return np.array(list(itertools.product((0, 1), repeat=n)), dtype=bool)


def _scaled_rows(problem: MaskProblem) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Integer rows (object arrays): ``A * D``, ``rhs * D`` and ``D`` per row."""
    dense = problem.A.toarray()
    m, n = dense.shape
    A_int = np.empty((m, n), dtype=object)
    rhs_int = np.empty(m, dtype=object)
    scale = np.empty(m, dtype=object)
    for i in range(m):
        ratios = [v.as_integer_ratio() for v in dense[i].tolist()] + [
            float(problem.rhs[i]).as_integer_ratio()
        ]
        d = max(q for _, q in ratios)  # powers of two: the largest is their lcm
        ints = [p * (d // q) for p, q in ratios]
        A_int[i, :] = ints[:-1]
        rhs_int[i] = ints[-1]
        scale[i] = d
    return A_int, rhs_int, scale


def brute_force(problem: MaskProblem) -> Oracle:
    """Solve ``problem`` (n <= ~16) by enumerating every mask in exact integer arithmetic."""
    n = problem.n_vars
    if n > 18:
        raise ValueError(f"problem: brute force needs n_vars <= 18, got {n}")
    masks = all_masks(n)
    A_int, rhs_int, scale = _scaled_rows(problem)
    activity = masks.astype(np.int64).astype(object) @ A_int.T if problem.n_rows else (
        np.zeros((masks.shape[0], 0), dtype=object)
    )
    diff = activity - rhs_int[None, :] if problem.n_rows else activity
    strict = problem.strict[None, :]
    ok_rows = np.where(strict, diff > 0, diff >= 0).astype(bool)
    feasible = ok_rows.all(axis=1)
    fixed = problem.fixed
    for j in np.flatnonzero(fixed != FREE):
        feasible &= masks[:, j] == bool(fixed[j])
    depth = _violation_depth(problem, diff, scale)
    if not feasible.any():
        separation = float(depth.min())
        return Oracle(Status.INFEASIBLE, None, np.zeros((0, n), bool), feasible, separation)
    cost_ratios = [c.as_integer_ratio() for c in problem.cost.tolist()]
    denominator = max((q for _, q in cost_ratios), default=1)
    cost_int = np.array([p * (denominator // q) for p, q in cost_ratios] or [0], dtype=object)
    values = masks.astype(np.int64).astype(object) @ cost_int[:n] if n else np.zeros(1, object)
    best_int = min(v for v, f in zip(values, feasible) if f)
    optimal = np.array([bool(f) and v == best_int for v, f in zip(values, feasible)])
    competing = np.array([v <= best_int for v in values]) & ~feasible
    separation = float(depth[competing].min()) if competing.any() else float("inf")
    best = Fraction(int(best_int), denominator)
    return Oracle(Status.OPTIMAL, best, masks[optimal], feasible, separation)


def _clamped_ratio(num: int, den: int) -> float:
    """``num / den`` as a float, +-inf beyond the float range."""
    try:
        return num / den
    except OverflowError:
        return float("inf") if (num > 0) == (den > 0) else float("-inf")


def _violation_depth(problem: MaskProblem, diff: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Per mask: relative shortfall of its most violated row (0 for a tie; -inf if none).

    Masks that break a fixing count as infinitely far (every backend enforces fixings).
    """
    n_masks = diff.shape[0]
    if problem.n_rows == 0:
        depth = np.full(n_masks, -np.inf)
    else:
        with np.errstate(over="ignore"):  # rows near the float maximum: a norm of inf
            row_size = np.asarray(abs(problem.A).sum(axis=1)).reshape(-1)
            norm = np.maximum(1.0, np.maximum(row_size, np.abs(problem.rhs)))
        try:
            relative = (diff / scale[None, :]).astype(np.float64) / norm[None, :]  # int/int: exact rounding
        except OverflowError:  # a shortfall beyond the float maximum: clamp it
            with np.errstate(invalid="ignore"):  # inf / inf: no measure, call it 0
                relative = np.nan_to_num(np.vectorize(_clamped_ratio, otypes=[np.float64])(
                    diff, scale[None, :]) / norm[None, :], nan=0.0, posinf=np.inf,
                    neginf=-np.inf)
        fails = np.where(problem.strict[None, :], relative <= 0, relative < 0)
        fails |= np.where(problem.strict[None, :], diff <= 0, diff < 0).astype(bool)
        depth = np.where(fails, -relative, -np.inf).max(axis=1)
        depth = np.maximum(depth, np.where(fails.any(axis=1), 0.0, -np.inf))
    masks = all_masks(problem.n_vars)
    for j in np.flatnonzero(problem.fixed != FREE):
        depth[masks[:, j] != bool(problem.fixed[j])] = np.inf
    return depth


# --- the shared judgement --------------------------------------------------------------
def check_solution(solution, problem: MaskProblem, oracle: Oracle, must_prove: bool) -> None:
    """Assert that ``solution`` is sound against ``oracle``, and proven when ``must_prove``.

    Sound: an OPTIMAL claim has the oracle's optimum and an oracle-optimal mask; INFEASIBLE
    only when the oracle says so; a FEASIBLE mask is feasible and no better than the optimum;
    every bound is at most the optimum.
    """
    status = solution.status
    label = f"{solution.backend}: {status} objective={solution.objective} bound={solution.bound}"
    label += f"; oracle: {oracle.status} optimum={oracle.optimum}"
    if must_prove:
        _require(status is oracle.status, "did not prove the answer: " + label)
    if status is Status.INFEASIBLE:
        _require(oracle.status is Status.INFEASIBLE, "wrongly INFEASIBLE: " + label)
        _require(solution.mask is None, label)
        return
    if status.has_mask:
        _require(solution.verified, label)
        index = int(np.dot(solution.mask.astype(np.int64), 1 << np.arange(problem.n_vars)[::-1]))
        _require(oracle.feasible[index], "returned an infeasible mask: " + label)
        value = sum((Fraction(float(c)) for c in problem.cost[solution.mask]), Fraction(0))
        _require(solution.objective == float(value), label)
        _require(oracle.optimum is not None and value >= oracle.optimum, label)
    if status is Status.OPTIMAL:
        _require(value == oracle.optimum, "wrong optimum: " + label)
        # the bound is the exact optimum rounded down, the objective rounded to nearest
        _require(Fraction(solution.bound) <= value <= Fraction(np.nextafter(solution.bound, np.inf)), label)
    if solution.bound is not None and oracle.optimum is not None:
        _require(Fraction(solution.bound) <= oracle.optimum, "bound above the optimum: " + label)


def _require(condition: bool, message: str) -> None:
    """Raise AssertionError with ``message`` unless ``condition`` (kept under ``python -O``)."""
    if not condition:
        raise AssertionError(message)
