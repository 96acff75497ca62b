"""smug.components: component-wise solving gives the whole problem's optimum, soundly.

Oracles: brute force over every mask of the whole problem (integer coefficients, so the
rows are decided exactly by numpy's int64 arithmetic, sharing no code with smug), and
``smug.solve`` on the whole (unsplit) problem for the real instances.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

import smug
from smug.components import solve_components
from smug.presolve import presolve, split_components
from smug.solution import Solution, Status

SMALL = Path(__file__).resolve().parents[1] / "benchmarks" / "instances" / "small"
TIERED = Path(__file__).resolve().parents[1] / "benchmarks" / "instances" / "tiered"


def highs_one(problem, time_limit):
    return smug.solve(problem, "highs", time_limit=time_limit, threads=1)


def cpsat_one(problem, time_limit):
    return smug.solve(problem, "cpsat", time_limit=time_limit, threads=1)


def block_diagonal(seed: int, blocks: int, feasible: bool = True):
    """Random integer blocks (3-5 variables, 2-3 strict rows each), costs 1-3, shuffled
    columns so that the blocks are not contiguous."""
    rng = np.random.default_rng(seed)
    mats, rhs, strict = [], [], []
    for b in range(blocks):
        n, m = int(rng.integers(3, 6)), int(rng.integers(2, 4))
        A = rng.integers(-4, 7, size=(m, n))
        A[A == 0] = 1
        full = A.sum(axis=1)
        r = full - rng.integers(1, 4, size=m) * np.abs(A).max(axis=1) // 2
        if not feasible and b == blocks - 1:
            r[0] = np.abs(A[0]).sum() + 1  # not even the best mask reaches it
        mats.append(A)
        rhs.append(r)
        strict.append(rng.random(m) < 0.5)
    A = sp.block_diag(mats).toarray()
    perm = rng.permutation(A.shape[1])
    cost = rng.integers(1, 4, size=A.shape[1]).astype(float)
    return (A[:, perm].astype(np.int64), np.concatenate(rhs).astype(np.int64),
            np.concatenate(strict), cost)


def brute_force(A: np.ndarray, rhs: np.ndarray, strict: np.ndarray, cost: np.ndarray):
    """Minimum cost over all masks satisfying every row (None when none does)."""
    n = A.shape[1]
    best = None
    for bits in itertools.product((0, 1), repeat=n):
        m = np.array(bits, dtype=np.int64)
        act = A @ m
        if np.all(np.where(strict, act > rhs, act >= rhs)):
            value = float(cost @ m)
            best = value if best is None or value < best else best
    return best


@pytest.mark.parametrize("seed", range(6))
def test_block_diagonal_matches_brute_force(seed):
    A, rhs, strict, cost = block_diagonal(seed, blocks=3)
    problem = smug.MaskProblem(A.astype(float), rhs.astype(float), strict, cost)
    expected = brute_force(A, rhs, strict, cost)
    assert len(split_components(problem)) >= 3
    sol = solve_components(problem, highs_one, time_limit=60)
    if expected is None:
        assert sol.status is Status.INFEASIBLE
        return
    assert sol.status is Status.OPTIMAL
    assert sol.objective == expected == sol.bound
    assert smug.verify(problem, sol.mask).ok


def test_infeasible_block_makes_the_whole_infeasible():
    A, rhs, strict, cost = block_diagonal(7, blocks=3, feasible=False)
    problem = smug.MaskProblem(A.astype(float), rhs.astype(float), strict, cost)
    assert brute_force(A, rhs, strict, cost) is None
    sol = solve_components(problem, cpsat_one, time_limit=60)
    assert sol.status is Status.INFEASIBLE and sol.mask is None


def test_parallel_workers_give_the_same_optimum():
    A, rhs, strict, cost = block_diagonal(11, blocks=4)
    problem = smug.MaskProblem(A.astype(float), rhs.astype(float), strict, cost)
    expected = brute_force(A, rhs, strict, cost)
    sol = solve_components(problem, cpsat_one, time_limit=60, workers=2)
    assert sol.status is Status.OPTIMAL and sol.objective == expected


def test_variables_in_no_row_and_rows_without_variables():
    # x0, x1 linked by row 0; x2 in no row; row 1 has no variable and holds (0 >= -1).
    A = np.array([[2.0, -1.0, 0.0], [0.0, 0.0, 0.0]])
    problem = smug.MaskProblem(A, [0.5, -1.0], [True, False], [1.0, 1.0, 5.0])
    sol = solve_components(problem, highs_one, time_limit=30)
    assert sol.status is Status.OPTIMAL and sol.objective == 1.0
    assert sol.mask.tolist() == [True, False, False]
    failing = smug.MaskProblem(A, [0.5, 0.0], [True, True], [1.0, 1.0, 5.0])  # 0 > 0 fails
    assert solve_components(failing, highs_one).status is Status.INFEASIBLE


def _real_instances() -> list[Path]:
    found = sorted(SMALL.glob("*.npz"))[:6] + sorted(TIERED.glob("mnist_test[01]_*_c2.npz"))
    return found or [pytest.param(None, marks=pytest.mark.skip(reason="no instances"))]


@pytest.mark.parametrize("path", _real_instances(), ids=lambda p: getattr(p, "stem", "none"))
def test_real_instances_match_the_whole_problem(path):
    problem = smug.MaskProblem.load(path)
    whole = smug.solve(problem, "highs", time_limit=60, threads=1)
    reduced = presolve(problem)
    if reduced.infeasible:
        assert whole.status is Status.INFEASIBLE
        return
    parts = solve_components(reduced.problem, highs_one, time_limit=60)
    assert parts.status is whole.status
    if whole.status is Status.OPTIMAL:
        full_mask = reduced.restore(parts.mask)
        assert smug.verify(problem, full_mask).ok
        assert problem.objective(full_mask) == whole.objective
        assert parts.objective + reduced.objective_offset == whole.objective


def test_an_unproven_component_keeps_the_others_and_a_sound_bound():
    """The callable is the caller's: one that gives up on the largest component (a real
    Solution with no mask, twice: the second pass gets nothing either) does not lose the
    others: a cheap mask of that component completes them to a verified FEASIBLE answer
    (issue 17, item 13), with a bound below the optimum."""
    A, rhs, strict, cost = block_diagonal(3, blocks=3)
    problem = smug.MaskProblem(A.astype(float), rhs.astype(float), strict, cost)
    expected = brute_force(A, rhs, strict, cost)
    assert expected is not None
    largest = max(c.problem.n_vars for c in split_components(problem))

    def gives_up_on_largest(sub, time_limit):
        if sub.n_vars == largest:
            return Solution(Status.UNKNOWN, None, None, None, "highs", "gave up")
        return highs_one(sub, time_limit)

    sol = solve_components(problem, gives_up_on_largest, time_limit=30)
    assert sol.status is Status.FEASIBLE and smug.verify(problem, sol.mask).ok
    assert sol.bound is not None and sol.bound <= expected <= sol.objective


def solve_recording_limits(time_limit: float):
    """Solve a 4-block problem; return the Solution, the limits each component got, the
    problem."""
    A, rhs, strict, cost = block_diagonal(5, blocks=4)
    problem = smug.MaskProblem(A.astype(float), rhs.astype(float), strict, cost)
    limits = []

    def recording(sub, limit):
        limits.append(limit)
        return highs_one(sub, limit)

    return solve_components(problem, recording, time_limit=time_limit), limits, problem


def test_time_shares_stay_within_the_limit():
    _, limits, problem = solve_recording_limits(20)
    assert len(limits) == len(split_components(problem))
    assert all(0 < t <= 20 for t in limits)
    assert limits[0] < 20  # the first of several components gets a share, not the whole


def test_no_time_left_gives_a_cheap_verified_mask_with_the_trivial_bound():
    """No component got time; each takes a cheap mask that passes exact verification (all
    free variables on, here), so the answer is FEASIBLE, not lost."""
    sol, calls, problem = solve_recording_limits(1e-9)
    assert calls == []  # the deadline passed before the first component started
    assert sol.status is Status.FEASIBLE and smug.verify(problem, sol.mask).ok
    assert sol.bound is not None and sol.bound <= 0.0


@pytest.mark.parametrize("kwargs, match", [
    ({"time_limit": -1}, "time_limit"),
    ({"workers": 0}, "workers"),
])
def test_bad_arguments_name_themselves(kwargs, match):
    problem = smug.MaskProblem(np.array([[1.0]]), [0.5])
    with pytest.raises(ValueError, match=match):
        solve_components(problem, highs_one, **kwargs)
    with pytest.raises(TypeError, match="solve_one"):
        solve_components(problem, "highs")
    with pytest.raises(TypeError, match="problem"):
        solve_components("not a problem", highs_one)


# --- a slow component never loses the others (issue 17, item 13) ---------------------------
def test_a_component_that_ran_out_gets_the_time_left_in_a_second_pass():
    pytest.importorskip("z3")
    """The largest component hits a limit on its first share (z3 with a resource limit of
    1: a real solve that stops at once, UNKNOWN); the second pass gives it the time the
    others left over, without that limit, and the whole is proved."""
    A, rhs, strict, cost = block_diagonal(7, blocks=3)
    problem = smug.MaskProblem(A.astype(float), rhs.astype(float), strict, cost)
    expected = brute_force(A, rhs, strict, cost)
    largest = max(c.problem.n_vars for c in split_components(problem))
    seen: list[float] = []

    def limited_first_time(sub, time_limit):
        if sub.n_vars == largest and not seen:
            seen.append(time_limit)
            first = smug.solve(sub, "z3", time_limit=time_limit, presolve=False, rlimit=1,
                               isolate=False)
            assert first.status is Status.UNKNOWN
            return first
        return highs_one(sub, time_limit)

    sol = solve_components(problem, limited_first_time, time_limit=30)
    assert seen, "the largest component was solved"
    assert sol.stats["component_status"] == {"optimal": len(split_components(problem))}
    assert sol.status is Status.OPTIMAL and sol.objective == expected


@pytest.mark.slow
def test_fifteen_hundred_blocks_under_cpsat_are_not_lost():
    """The issue's case: 1,500 blocks of 3 rows x 10 columns with coefficients from
    {.1, .2, -.3, .7, -.6, 1, -1, .25, .5}, CP-SAT, 60 s: every component proved."""
    rng = np.random.default_rng(13)
    values = np.array([.1, .2, -.3, .7, -.6, 1, -1, .25, .5])
    blocks, rhs = [], []
    for _ in range(1500):
        B = rng.choice(values, size=(3, 10))
        blocks.append(sp.csr_matrix(B))
        rhs.append(B @ (rng.random(10) < 0.5) - 0.05)
    problem = smug.MaskProblem(sp.block_diag(blocks, format="csr"), np.concatenate(rhs),
                               strict=False)
    sol = smug.solve(problem, "cpsat", time_limit=60)
    assert sol.status in (Status.OPTIMAL, Status.FEASIBLE) and smug.verify(problem, sol.mask).ok
