"""Known-answer checks shared by the MILP backend tests (highs, pulp, cvxpy).

Each function takes a backend name, solves real problems with the real solver and checks
the answer against one known in advance (by hand, or by the exact brute-force oracle).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import smug
from smug import MaskProblem, Status
from smug.errors import UnknownOptionError
from smug.verify import verify

from smug.testing.oracle import brute_force

INSTANCES = Path(__file__).resolve().parents[2] / "benchmarks" / "instances" / "stem"


def _p(A, rhs, strict=True, cost=None, fixed=None) -> MaskProblem:
    return MaskProblem(np.asarray(A, dtype=np.float64), rhs, strict, cost, fixed)


def unique_optimum(backend: str) -> None:
    """2 m0 - m1 - m2 + 2 m3 > 3 has the unique optimum [1, 0, 0, 1]."""
    s = smug.solve(_p([[2, -1, -1, 2]], [3]), backend, time_limit=20)
    assert s.status is Status.OPTIMAL
    assert s.mask.tolist() == [True, False, False, True]
    assert s.objective == 2.0 and s.bound == 2.0


def strict_tight(backend: str) -> None:
    """m0 + m1 > 1: a single variable gives exactly 1, which fails; the optimum is 2."""
    s = smug.solve(_p([[1, 1]], [1]), backend, time_limit=20)
    assert s.status is Status.OPTIMAL
    assert s.mask.tolist() == [True, True] and s.bound == 2.0
    s = smug.solve(_p([[1, 1]], [1], strict=False), backend, time_limit=20)
    assert s.status is Status.OPTIMAL and s.objective == 1.0


def float_tie_infeasible(backend: str) -> None:
    """0.1 m0 + 0.2 m1 >= 0.30000000000000004 holds in float sums but not exactly."""
    problem = _p([[0.1, 0.2]], [0.30000000000000004], strict=False)
    assert 0.1 + 0.2 >= 0.30000000000000004  # the float trap is real
    s = smug.solve(problem, backend, time_limit=20)
    assert s.status is Status.INFEASIBLE and s.mask is None


def infeasible(backend: str) -> None:
    """m0 + m1 - m2 > 2 is impossible (at most 2)."""
    s = smug.solve(_p([[1, 1, -1]], [2]), backend, time_limit=20)
    assert s.status is Status.INFEASIBLE and s.mask is None and s.objective is None


def fixed_variables(backend: str) -> None:
    """Fixings change the optimum: m0 forced on, m1 off, m0+m1+m2+m3 > 1.5."""
    s = smug.solve(_p([[1, 1, 1, 1]], [1.5], fixed={0: 1, 1: 0}), backend, time_limit=20)
    assert s.status is Status.OPTIMAL and s.objective == 2.0
    assert s.mask[0] and not s.mask[1] and s.mask[2] != s.mask[3]
    s = smug.solve(_p([[1, -1, -1]], [0.5], fixed={0: 0}), backend, time_limit=20)
    assert s.status is Status.INFEASIBLE


def _spread_problem(seed: int) -> MaskProblem:
    """Random rows with |coefficients| over 1e-9 ... 1e4, some rhs tied to a float sum."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(5, 10)), int(rng.integers(1, 4))
    mags = 10.0 ** rng.uniform(-9, 4, size=(m, n))
    A = mags * rng.choice([-1.0, 1.0], size=(m, n), p=[0.3, 0.7])
    A[rng.random((m, n)) < 0.2] = 0.0
    rhs = np.empty(m)
    for i in range(m):
        subset = rng.random(n) < 0.4
        # A float sum of a random subset: an exact tie or a near-tie in rational terms.
        rhs[i] = float(np.sum(A[i, subset])) if rng.random() < 0.5 else 0.3 * A[i][A[i] > 0].sum()
    strict = rng.random(m) < 0.5
    cost = rng.integers(1, 4, size=n).astype(float)
    return MaskProblem(A, rhs, strict, cost)


def spread_magnitudes(backend: str, seeds: range) -> None:
    """Against the exact oracle: never a wrong proof, and proofs where the data allow."""
    for seed in seeds:
        problem = _spread_problem(seed)
        oracle = brute_force(problem)
        s = smug.solve(problem, backend, time_limit=20)
        where = f"seed {seed}: {s!r}, oracle {oracle.status} {oracle.optimum}"
        if s.mask is not None:
            assert verify(problem, s.mask).ok, where
        if s.status is Status.OPTIMAL:
            assert oracle.status is Status.OPTIMAL and s.objective == oracle.optimum, where
        if s.status is Status.INFEASIBLE:
            assert oracle.status is Status.INFEASIBLE, where
        if s.status is Status.FEASIBLE:
            assert s.objective >= oracle.optimum and (s.bound is None or s.bound <= oracle.optimum)
        # These rows are tiny: the relaxed solve plus exclusion cuts decide them exactly.
        assert s.status is oracle.status, where


def knapsack(n: int = 300, m: int = 20, seed: int = 0) -> MaskProblem:
    """A multi-dimensional covering knapsack with correlated costs: hard for any B&B."""
    rng = np.random.default_rng(seed)
    A = rng.integers(1, 1000, size=(m, n)).astype(float)
    rhs = A.sum(axis=1) / 2 + 0.5
    cost = np.round(rng.integers(1, 1000, size=n) + A.sum(axis=0) / m)
    return MaskProblem(A, rhs, strict=False, cost=cost)


def time_out_not_optimal(backend: str, time_limit: float = 0.5) -> Status:
    """A run stopped by its time limit is FEASIBLE (with a bound below) or UNKNOWN."""
    problem = knapsack()
    s = smug.solve(problem, backend, time_limit=time_limit)
    assert s.status in (Status.FEASIBLE, Status.UNKNOWN), s
    if s.status is Status.FEASIBLE:
        assert verify(problem, s.mask).ok
        assert s.bound is not None and s.bound < s.objective
    assert s.timings.total < time_limit + 5.0
    return s


def unknown_option(backend: str) -> None:
    with pytest.raises(UnknownOptionError, match="no_such_option"):
        smug.solve(_p([[1, 1]], [1]), backend, time_limit=5, no_such_option=1)


def real_instances(backend: str) -> None:
    """The k=100 stem instances; optima agreed on by HiGHS, CBC, CP-SAT and exact z3."""
    expected = {"chelsea_k100_g0_c4.npz": 75.0, "coffee_k100_g0.5_c4.npz": 66.0}
    for name, optimum in expected.items():
        path = INSTANCES / name
        if not path.exists():
            pytest.skip(f"benchmark instance {name} not generated")
        problem = MaskProblem.load(path)
        s = smug.solve(problem, backend, time_limit=60)
        assert s.status is Status.OPTIMAL, (name, s)
        assert s.objective == optimum and verify(problem, s.mask).ok
