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
            "tight_strict", "mixed",
            # issue 17: the edges of the number line and of the problem's structure
            "cost_decades", "tied_costs", "float_extremes", "int64_input", "near_tie_masks")


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


def _cost_decades(rng, m, n):
    """Costs spread over 40 decades (1e-20..1e20): CP-SAT may refuse, MILPs scale them."""
    A, rhs = _small_int_rows(rng, m, n)
    cost = 10.0 ** rng.uniform(-20, 20, size=n)
    cost[rng.random(n) < 0.1] = 0.0
    return A, rhs, rng.random(m) < 0.5, cost


def _tied_costs(rng, m, n):
    """Every cost equal (or two tied levels): one round per tied mask without the exact gcd."""
    A = np.where(rng.random((m, n)) < 0.7, 1.0, rng.integers(-2, 3, size=(m, n)))
    rhs = rng.integers(0, max(2, n // 2), size=m) + rng.choice([0.0, 0.5], size=m)
    level = rng.choice([0.1, 1e-7, 12345.678, 1 / 3, 0.3, 2e20 / 3, 7e-300])
    cost = np.full(n, level)
    if rng.random() < 0.3:
        cost[rng.random(n) < 0.5] = level * 3
    return A, rhs, rng.random(m) < 0.5, cost


def _float_extremes(rng, m, n):
    """Coefficients, right-hand sides and costs near the float maximum and minimum."""
    pool = np.array([1e308, -1.7e308, 1.5e308, 8.9e307, 5e-324, -1e-310, 3 * 2.0**-1074, 1.0,
                     -1.0, 0.0])
    A = rng.choice(pool, size=(m, n))
    rhs = rng.choice([0.0, 1e308, -1e308, 1.5e308, 5e-324, -5e-324, 1.0], size=m)
    kind = rng.integers(0, 3)
    cost = (None if kind == 0 else 10.0 ** rng.uniform(290, 306, size=n) if kind == 1
            else rng.choice([5e-324, 1e-310, 2.0**-1000, 1.0], size=n))
    return A, rhs, rng.random(m) < 0.5, cost


def _int64_input(rng, m, n):
    """int64 rows (the caller's own integers) of magnitude 2**53..2**59, each exactly a
    float64 (a multiple of the float spacing at its size), beside small integers."""
    e = int(rng.integers(53, 59))
    unit = 2 ** (e - 52)
    A = np.zeros((m, n), dtype=np.int64)
    for i in range(m):
        for j in range(n):
            if rng.random() < 0.7:
                A[i, j] = int(rng.choice([-1, 1, 1])) * (2**e + int(rng.integers(-5, 6)) * unit)
            else:
                A[i, j] = int(rng.integers(-3, 4))
    k = rng.integers(1, max(2, n // 2), size=m)
    rhs = np.array([int(ki) * 2**e + int(d) * unit * 2 ** int(ki).bit_length()  # the spacing
                    for ki, d in zip(k, rng.integers(-3, 4, m))], dtype=np.int64)  # at k 2**e
    return A, rhs, rng.random(m) < 0.5, None


def _near_tie_masks(rng, m, n):
    """Many optimal masks beside masks a hair more expensive (1 + 2**-55 is the float 1):
    the family for ``n_solutions``, where only exactly minimal masks may be returned."""
    A = np.where(rng.random((m, n)) < 0.6, 1.0, 0.0)
    rhs = rng.integers(1, 3, size=m).astype(np.float64)
    cost = rng.choice([1.0, 1.0, 1.0 + 2.0**-52, 2.0**-55, 1.0 + 2.0**-40], size=n)
    return A, rhs, np.zeros(m, dtype=bool), cost


_MAKERS = {"near_tie_costs": _near_tie_costs, "spread_decades": _spread_decades,
           "big_integers": _big_integers, "cancellation": _cancellation,
           "huge_tiny": _huge_tiny, "tight_strict": _tight_strict, "mixed": _mixed,
           "cost_decades": _cost_decades, "tied_costs": _tied_costs,
           "float_extremes": _float_extremes, "int64_input": _int64_input,
           "near_tie_masks": _near_tie_masks}


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


# --- many components under a tight limit (too large for a whole-problem brute force) -------
#: Coefficients of the issue's block-diagonal case (issue 17, item 13).
BLOCK_VALUES = (0.1, 0.2, -0.3, 0.7, -0.6, 1.0, -1.0, 0.25, 0.5)


def component_problem(seed: int, blocks: int = 1500
                      ) -> tuple[MaskProblem, list[MaskProblem]]:
    """A block-diagonal problem (``blocks`` blocks of 3 rows x 10 columns, about 45,000
    non-zeros, most of which survive presolve, so that CP-SAT solves it by components) and its blocks as problems of their own: the
    oracle is the sum of the blocks' brute-force optima (None if a block is infeasible)."""
    rng = np.random.default_rng([99, seed])
    mats, rhs, strict, parts = [], [], [], []
    for _ in range(blocks):
        B = rng.choice(np.array(BLOCK_VALUES), size=(3, 10))
        ref = (rng.random(10) < 0.5).astype(np.float64)
        r = B @ ref - rng.choice([0.05, 0.3], size=3)  # the reference mask stays feasible
        s = rng.random(3) < 0.3
        mats.append(sp.csr_matrix(B))
        rhs.append(r)
        strict.append(s)
        parts.append(MaskProblem(B, r, s))
    problem = MaskProblem(sp.block_diag(mats, format="csr"), np.concatenate(rhs),
                               np.concatenate(strict), name=f"many_components-{seed}")
    return problem, parts
