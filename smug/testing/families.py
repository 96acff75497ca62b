"""Families of small adversarial MaskProblems (n <= 16) for differential testing.

Each family targets one way an inexact backend can go wrong: near-tie costs, coefficients
spanning many decades, integers around 2**31 and 2**53, cancellation, huge and tiny values in
one row, strict rows exactly tight at the would-be optimum, and fixed variables (mixed into
every family). ``benchmarks/adversarial.py`` runs thousands of them on every backend against
the brute-force oracle of :mod:`smug.testing.oracle`; the fast test set runs a few.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import scipy.sparse as sp

from smug.problem import MaskProblem

FAMILIES = ("near_tie_costs", "spread_decades", "big_integers", "cancellation", "huge_tiny",
            "tight_strict", "mixed")


def _fixed(rng: np.random.Generator, n: int) -> np.ndarray:
    fixed = np.full(n, -1, dtype=np.int8)
    if rng.random() < 0.4:
        k = int(rng.integers(1, max(2, n // 3)))
        idx = rng.choice(n, size=k, replace=False)
        fixed[idx] = rng.integers(0, 2, size=k)
    return fixed


def _small_int_rows(rng, m, n):
    A = rng.integers(-5, 6, size=(m, n)).astype(np.float64)
    rhs = rng.integers(-2, 6, size=m).astype(np.float64)
    return A, rhs


def _near_tie_costs(rng, m, n):
    A, rhs = _small_int_rows(rng, m, n)
    eps = rng.choice([1e-12, 1e-10, 2.0**-40, 1e-15, 3e-9])
    cost = 1.0 + eps * rng.integers(0, 8, size=n)
    return A, rhs, rng.random(m) < 0.5, cost


def _spread_decades(rng, m, n):
    sign = rng.choice([-1.0, 1.0], size=(m, n))
    A = sign * 10.0 ** rng.uniform(-12, 6, size=(m, n))
    A[rng.random((m, n)) < 0.2] = 0.0
    rhs = np.array([float(np.sum(np.abs(row)) * rng.uniform(-0.3, 0.6)) for row in A])
    return A, rhs, rng.random(m) < 0.5, None


def _big_integers(rng, m, n):
    base = rng.choice([2.0**31, 2.0**32, 2.0**53, 3e9])
    A = base + rng.integers(-5, 6, size=(m, n)).astype(np.float64)
    A *= rng.choice([-1.0, 1.0, 1.0], size=(m, n))
    k = rng.integers(1, max(2, n // 2), size=m)
    rhs = base * k + rng.integers(-3, 4, size=m)
    return A, rhs.astype(np.float64), rng.random(m) < 0.5, None


def _cancellation(rng, m, n):
    half = n // 2
    A = np.zeros((m, n))
    for i in range(m):
        a = 10.0 ** rng.uniform(-2, 3, size=half)
        eps = rng.choice([0.0, 1e-16, 2.0**-50, 1e-13], size=half)
        A[i, :half] = a
        A[i, half:2 * half] = -a * (1.0 + eps)
        if n > 2 * half:
            A[i, -1] = rng.choice([0.0, 1e-12, -1e-12])
        A[i] = A[i, rng.permutation(n)]
    rhs = rng.choice([0.0, 1e-13, -1e-13], size=m)
    return A, rhs, rng.random(m) < 0.7, None


def _huge_tiny(rng, m, n):
    A = np.zeros((m, n))
    for i in range(m):
        kinds = rng.integers(0, 3, size=n)
        A[i] = np.where(kinds == 0, 10.0 ** rng.uniform(25, 40, size=n),
                        np.where(kinds == 1, rng.choice([5e-324, 1e-310, 1e-300, 2.0**-1000], size=n),
                                 rng.integers(-3, 4, size=n).astype(np.float64)))
        A[i] *= rng.choice([-1.0, 1.0, 1.0], size=n)
    rhs = np.array([float(np.max(np.abs(row))) * rng.uniform(-0.5, 0.5) for row in A])
    return A, rhs, rng.random(m) < 0.5, None


def _tight_strict(rng, m, n):
    A = rng.integers(-16, 17, size=(m, n)) / 8.0  # dyadic: sums are exact floats
    ref = rng.random(n) < 0.5
    rhs = A @ ref.astype(np.float64)  # the reference mask is exactly tight
    return A, rhs, np.ones(m, dtype=bool), None


def _mixed(rng, m, n):
    A = np.where(rng.random((m, n)) < 0.5, rng.integers(-4, 5, size=(m, n)),
                 rng.choice([0.1, 0.2, 0.3, -0.1, 1e-9, 1e4], size=(m, n))).astype(np.float64)
    rhs = rng.choice([0.3, 0.30000000000000004, 1.0, 0.0, 2.0], size=m)
    cost = rng.choice([1.0, 2.0, 0.5, 0.1, 3.0], size=n) if rng.random() < 0.5 else None
    return A, rhs, rng.random(m) < 0.5, cost


_MAKERS = {"near_tie_costs": _near_tie_costs, "spread_decades": _spread_decades,
           "big_integers": _big_integers, "cancellation": _cancellation,
           "huge_tiny": _huge_tiny, "tight_strict": _tight_strict, "mixed": _mixed}


def adversarial_problem(family: str, seed: int, max_vars: int = 16) -> MaskProblem:
    """The ``seed``-th problem of ``family`` (deterministic)."""
    rng = np.random.default_rng([FAMILIES.index(family), seed])
    n = int(rng.integers(2, max_vars + 1))
    m = int(rng.integers(1, 5))
    A, rhs, strict, cost = _MAKERS[family](rng, m, n)
    return MaskProblem(A, rhs, strict, cost=cost, fixed=_fixed(rng, n),
                            name=f"{family}-{seed}")


def exact_cost(problem: MaskProblem, mask: np.ndarray) -> Fraction:
    return sum((Fraction(float(c)) for c in problem.cost[mask]), Fraction(0))


def conv_like_problem(side: int = 30, k: int = 1500, seed: int = 0) -> MaskProblem:
    """Conv-like rows (2x2 to 3x3 patches of a side x side grid, mixed signs), gamma = 0.

    At the default size CP-SAT with 2 workers does not prove it in 10 s, so it cannot finish
    in 0.05 s: what the time-limit tests and ``benchmarks/studies/time_limits/time_limits.py`` need.
    """
    rng = np.random.default_rng(seed)
    rows, cols, vals = [], [], []
    for t in range(k):
        i, j = rng.integers(0, side - 2, 2)
        h, w = rng.integers(2, 4, 2)
        cells = [(i + a) * side + (j + b) for a in range(h) for b in range(w)]
        rows += [t] * len(cells)
        cols += cells
        vals += rng.normal(0.3, 1.0, len(cells)).tolist()
    A = sp.csr_matrix((vals, (rows, cols)), shape=(k, side * side))
    keep = np.asarray(A.sum(axis=1)).ravel() > 0
    return MaskProblem(A[keep], np.zeros(int(keep.sum())), strict=True)
