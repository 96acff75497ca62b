"""Exact clauses of short rows (:mod:`smug.presolve_rows`), against the brute-force oracle.

The problems are built like the pixel-level image problems: rows over small windows of a
grid, mixed signs, coefficients over many decades, exact ties and near ties, strict and
non-strict rows.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
import scipy.sparse as sp

import smug
from smug.presolve import presolve
from smug.presolve_rows import (clause_rows, dominated_columns, feasible_points, hull_cuts,
                                 row_clauses)
from smug.testing.oracle import all_masks, brute_force


def _exact_feasible(coefs: np.ndarray, rhs: float, strict: bool) -> np.ndarray:
    """The feasibility of every point, in the y coordinates of :func:`feasible_points`."""
    n = coefs.size
    out = np.zeros(1 << n, dtype=bool)
    for y in range(1 << n):
        x = [((y >> j) & 1) ^ int(coefs[j] < 0) for j in range(n)]
        total = sum((Fraction(float(c)) for c, on in zip(coefs, x) if on), Fraction(0))
        diff = total - Fraction(float(rhs))
        out[y] = diff > 0 if strict else diff >= 0
    return out


def _row(rng: np.random.Generator, n: int, kind: str) -> tuple[np.ndarray, float]:
    """Coefficients and right-hand side of one adversarial row of ``n`` variables."""
    signs = np.where(rng.random(n) < 0.3, -1.0, 1.0)
    if kind == "decades":  # 8 decades, as the image rows
        coefs = signs * 10.0 ** rng.uniform(-8, 1, n)
    elif kind == "dyadic":  # exact sums: ties are real ties
        coefs = signs * rng.integers(1, 64, n) * 2.0 ** rng.integers(-30, 3, n)
    elif kind == "near":  # values one ulp apart, and 1 beside 1e-16
        base = rng.choice([1.0, 0.1, 1e-16, 3.0])
        coefs = signs * np.array([np.nextafter(base, 2 * base) if rng.random() < 0.5 else base
                                  for _ in range(n)])
    else:  # huge beside tiny
        coefs = signs * rng.choice([1e300, 1e-300, 1.0, 5e-324, 1e150], n)
    on = rng.random(n) < 0.5
    choice = rng.integers(0, 4)
    if choice == 0:
        rhs = 0.0
    elif choice == 1:  # a subset sum: an exact tie when the sum is exact in floats
        rhs = float(np.sum(coefs[on]))
    elif choice == 2:  # just next to a subset sum
        rhs = float(np.nextafter(np.sum(coefs[on]), rng.choice([-np.inf, np.inf])))
    else:
        rhs = float(rng.uniform(-1, 1) * np.abs(coefs).sum() / 2)
    return coefs, rhs


@pytest.mark.parametrize("kind", ["decades", "dyadic", "near", "extremes"])
@pytest.mark.parametrize("n", [1, 2, 5, 9])
def test_feasible_points_are_exact(kind, n):
    rng = np.random.default_rng([n, len(kind)])
    rows = [_row(rng, n, kind) for _ in range(40 if n < 9 else 12)]
    coefs = np.array([c for c, _ in rows])
    rhs = np.array([r for _, r in rows])
    strict = rng.random(len(rows)) < 0.5
    feasible, _ = feasible_points(coefs, rhs, strict)
    for r in range(len(rows)):
        np.testing.assert_array_equal(feasible[r], _exact_feasible(coefs[r], rhs[r], strict[r]),
                                      err_msg=f"row {r}: {coefs[r].tolist()} vs {rhs[r]!r}")


def test_a_tie_below_float_resolution_is_decided_exactly():
    # 1 + 1e-16 > 1 exactly (the float sum says 1.0); 0.1 + 0.2 < 0.30000000000000004.
    coefs = np.array([[1.0, 1e-16], [0.1, 0.2]])
    feasible, exact = feasible_points(coefs, np.array([1.0, 0.30000000000000004]),
                                      np.array([True, False]))
    assert feasible[0].tolist() == [False, False, False, True]
    assert feasible[1].tolist() == [False, False, False, False]
    assert exact >= 2


def _grid_problem(seed: int, side: tuple[int, int] = (3, 4), rows: int = 8,
                  window: int = 3, fixed: bool = False) -> smug.MaskProblem:
    """Rows over random windows of a grid (at most ``window`` x ``window`` cells)."""
    rng = np.random.default_rng([7, seed])
    h, w = side
    kinds = ["decades", "dyadic", "near", "extremes"]
    entries, rhs = [], []
    for t in range(rows):
        i, j = rng.integers(0, h - 1), rng.integers(0, w - 1)
        cells = [(a * w + b) for a in range(i, min(h, i + window)) for b in range(j, min(w, j + window))]
        coefs, r = _row(rng, len(cells), kinds[int(rng.integers(0, 4))] if seed % 3 else "decades")
        entries += [(t, c, v) for c, v in zip(cells, coefs)]
        rhs.append(r)
    rr, cc, vv = zip(*entries)
    A = sp.csr_matrix((vv, (rr, cc)), shape=(rows, h * w))
    strict = rng.random(rows) < 0.5
    cost = rng.choice([1.0, 2.0, 0.5, 0.0], h * w) if seed % 2 else None
    fix = {int(k): int(rng.integers(0, 2)) for k in rng.choice(h * w, 2)} if fixed else None
    return smug.MaskProblem(A, rhs, strict, cost, fix, name=f"grid{seed}")


@pytest.mark.parametrize("seed", range(24))
def test_clauses_have_exactly_the_feasible_masks_of_the_rows(seed):
    problem = _grid_problem(seed, fixed=seed % 4 == 0)
    converted = row_clauses(problem)
    np.testing.assert_array_equal(brute_force(converted.problem).feasible,
                                  brute_force(problem).feasible)
    clause_rows = converted.stats["clauses"]
    A = converted.problem.A[:clause_rows]
    assert set(np.unique(A.data).tolist()) <= {-1.0, 1.0}
    assert not converted.problem.strict[:clause_rows].any()
    assert converted.source.shape == (converted.problem.n_rows,)


def _assert_presolve_keeps_the_optimum(problem, **options):
    """Brute force in rationals before and after presolve: the same optimum, and every
    optimal mask of the reduced problem restores to an exactly feasible optimal one."""
    oracle = brute_force(problem)
    reduced = presolve(problem, **options)
    if oracle.status is smug.Status.INFEASIBLE:
        assert reduced.infeasible or brute_force(reduced.problem).status is smug.Status.INFEASIBLE
        return
    assert not reduced.infeasible
    sub = brute_force(reduced.problem)
    assert sub.optimum + Fraction(reduced.objective_offset) == oracle.optimum
    for mask in sub.optimal_masks:
        full = reduced.restore(mask)
        assert smug.verify(problem, full).ok
        assert Fraction(problem.objective(full)) == oracle.optimum


@pytest.mark.parametrize("seed", range(24))
def test_presolve_with_clauses_keeps_the_optimum(seed):
    problem = _grid_problem(seed + 100, rows=10, fixed=seed % 3 == 0)
    _assert_presolve_keeps_the_optimum(problem)


@pytest.mark.parametrize("max_clauses", [1, 2, 4, None])
@pytest.mark.parametrize("seed", range(12))
def test_rows_with_many_clauses_reach_the_solver_as_rows_and_keep_the_optimum(seed, max_clauses):
    # Rows with more than max_clauses clauses are reasoned on as clauses in the first pass,
    # then handed on in their original form: the optimum and the restored masks must stay.
    problem = _grid_problem(seed + 300, rows=10, fixed=seed % 3 == 0)
    _assert_presolve_keeps_the_optimum(problem, max_clauses=max_clauses)


def test_a_row_with_many_clauses_keeps_its_form_after_the_first_pass():
    # "3 of 6 pixels" has 15 clauses: reasoned on, then handed on as the one row it is
    # (with its cardinality cut), while the fixing m6 = 1 (forced by m6 > 0.5) stays.
    A = sp.csr_matrix(np.vstack([np.r_[np.ones(6), 0.0], np.r_[np.zeros(6), 1.0]]))
    problem = smug.MaskProblem(A, [2.5, 0.5], strict=True)
    one_pass = presolve(problem, max_clauses=None)
    two_pass = presolve(problem, max_clauses=8)
    assert one_pass.problem.n_rows >= 15 and two_pass.problem.n_rows <= 2
    assert not clause_rows(two_pass.problem).any()
    assert two_pass.values[6] == 1 and two_pass.objective_offset == 1.0
    assert two_pass.stats["first_pass_rows_after"] == one_pass.problem.n_rows
    assert brute_force(two_pass.problem).optimum == brute_force(one_pass.problem).optimum == 3


@pytest.mark.parametrize("bad", [0, -3, 2.5, True, "8"])
def test_a_bad_max_clauses_is_named(bad):
    with pytest.raises(ValueError, match="max_clauses"):
        presolve(smug.MaskProblem([[1.0, 1.0]], [0.5]), max_clauses=bad)


def test_a_row_no_mask_meets_becomes_an_empty_clause():
    problem = smug.MaskProblem([[1.0, 1.0, -1.0], [1.0, 0.0, 1.0]], [2.0, 0.0], strict=True)
    converted = row_clauses(problem)
    lengths = np.diff(converted.problem.A.indptr)
    assert 0 in lengths.tolist()
    assert presolve(problem).infeasible


def test_variables_that_never_decide_a_row_leave_it():
    # m0 + m1 + 1e-20 m2 > 1.5 needs m0 and m1, whatever m2 is: two unit clauses, no m2
    problem = smug.MaskProblem([[1.0, 1.0, 1e-20]], [1.5], strict=True)
    converted = row_clauses(problem)
    assert sorted(converted.problem.A.toarray().tolist()) == [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]
    assert converted.problem.rhs.tolist() == [1.0, 1.0]


def test_long_rows_rows_with_fixed_variables_and_wide_rows_are_kept():
    rng = np.random.default_rng(3)
    A = sp.csr_matrix(np.vstack([rng.normal(size=12),                  # 12 variables
                                 np.r_[np.ones(8), np.zeros(4)],      # "4 of 8": 56 clauses
                                 np.r_[np.zeros(10), 1.0, 1.0]]))     # m11 is fixed
    problem = smug.MaskProblem(A, [0.0, 3.5, 0.5], strict=True, fixed={11: 1})
    converted = row_clauses(problem, max_vars=10, max_clauses=4)
    assert converted.stats["rows_kept_long"] == 2
    assert converted.stats["rows_kept_wide"] == 1
    np.testing.assert_array_equal(converted.problem.A.toarray(), A.toarray())
    assert row_clauses(problem, max_clauses=56).stats["clauses"] == 56


def test_duplicate_and_subsumed_clauses_are_dropped():
    # three neurons over the same pixels: "m0 or m1" (rows 0 and 2) contains "m0" (row 1,
    # where m1 can never decide the row)
    A = [[1.0, 1.0, 0.0], [1.0, 1e-20, 0.0], [2.0, 2.0, 0.0]]
    problem = smug.MaskProblem(A, [0.0, 0.5, 0.0], strict=True)
    converted = row_clauses(problem)
    assert converted.stats["clauses"] == 1
    assert converted.stats["clauses_duplicate"] == 1
    assert converted.stats["clauses_subsumed"] == 1
    np.testing.assert_array_equal(brute_force(converted.problem).feasible,
                                  brute_force(problem).feasible)


def test_a_row_whose_relaxation_needs_under_one_pixel_gets_the_weak_limit():
    # more positive pixels on than negative ones (3 and 3, rhs 0): 20 clauses; a fraction of
    # one positive pixel meets the row's relaxation, so max_clauses_weak applies to it
    weak = smug.MaskProblem([[1.0, 1.0, 1.0, -1.0, -1.0, -1.0]], [0.0], strict=True)
    # "3 of 6 pixels" (rhs 2.5 >= 1, 15 clauses): a strong relaxation
    strong = smug.MaskProblem([[1.0] * 6], [2.5], strict=True)
    assert row_clauses(weak, max_clauses=8, max_clauses_weak=48).stats["clauses"] == 20
    assert row_clauses(weak, max_clauses=8).stats["rows_kept_wide"] == 1
    assert row_clauses(strong, max_clauses=8, max_clauses_weak=48).stats["rows_kept_wide"] == 1
    assert row_clauses(strong, max_clauses=15, max_clauses_weak=1).stats["clauses"] == 15


@pytest.mark.parametrize("bad, match", [
    (dict(max_vars=0), "max_vars"), (dict(max_vars=17), "max_vars"),
    (dict(max_vars=2.5), "max_vars"), (dict(max_clauses=0), "max_clauses"),
    (dict(max_clauses=True), "max_clauses"), (dict(max_clauses_weak=0), "max_clauses_weak")])
def test_bad_limits_are_named(bad, match):
    problem = smug.MaskProblem([[1.0, 1.0]], [0.5])
    with pytest.raises(ValueError, match=match):
        row_clauses(problem, **bad)


def test_a_problem_is_required():
    with pytest.raises(TypeError, match="problem"):
        row_clauses([[1.0]])
    with pytest.raises(TypeError, match="clauses"):
        presolve(smug.MaskProblem([[1.0]], [0.5]), clauses="yes")


# --- dominated columns ------------------------------------------------------------------
def _clause_problem(seed: int, n: int = 10, m: int = 14) -> smug.MaskProblem:
    """Random clauses with repeated columns (mutual dominance) and a few non-clause rows."""
    rng = np.random.default_rng([11, seed])
    rows, rhs = [], []
    twin = rng.integers(0, n, 2)  # two columns that are copies of two others
    for _ in range(m):
        cols = rng.choice(n - 2, size=int(rng.integers(1, 5)), replace=False)
        signs = np.where(rng.random(cols.size) < 0.25, -1.0, 1.0)
        row = np.zeros(n)
        row[cols] = signs
        if rng.random() < 0.5:  # columns n-2, n-1 copy twin columns
            for k, t in enumerate(twin):
                if row[t] != 0:
                    row[n - 2 + k] = row[t]
        rows.append(row)
        rhs.append(1.0 - float((row < 0).sum()))
    strict = np.zeros(m, dtype=bool)
    if seed % 3 == 0:  # a knapsack row blocks its columns
        rows.append(rng.normal(size=n) * (rng.random(n) < 0.4))
        rhs.append(0.0)
        strict = np.r_[strict, True]
    cost = rng.choice([1.0, 1.0, 2.0, 0.5], n) if seed % 2 else None
    return smug.MaskProblem(np.array(rows), rhs, strict, cost, name=f"cnf{seed}")


def test_the_random_clause_problems_have_dominated_columns():
    found = [int(dominated_columns(_clause_problem(seed)).sum()) for seed in range(40)]
    assert sum(f > 0 for f in found) >= 20  # the test below is not vacuous


@pytest.mark.parametrize("seed", range(40))
def test_dominated_columns_keep_an_optimum(seed):
    problem = _clause_problem(seed)
    oracle = brute_force(problem)
    dominated = dominated_columns(problem)
    fixed = problem.with_fixed(np.where(dominated, 0, -1))
    after = brute_force(fixed)
    assert after.status is oracle.status
    if oracle.optimum is not None:
        assert after.optimum == oracle.optimum
    # never a column of the non-clause row, never a fixed one
    blocked = problem.A[~clause_rows(problem)].indices
    assert not dominated[blocked].any()


def test_a_column_inside_every_clause_of_another_dominates_it():
    # m0 only in clauses that also hold m1, and m1 costs no more: m0 can stay off.
    # m2 and m3 are twins: exactly one of them is switched off.
    # (not m1 or m4 would stop it, unless not m0 is in that clause too.)
    A = [[1, 1, 0, 0, 0], [1, 1, 1, 0, 0], [0, 0, 1, 1, 0], [-1, -1, 0, 0, 1]]
    problem = smug.MaskProblem(np.array(A, float), [1, 1, 1, -1], strict=False)
    dominated = dominated_columns(problem)
    assert dominated[0] and not dominated[1]
    assert int(dominated[2]) + int(dominated[3]) == 1
    assert brute_force(problem.with_fixed(np.where(dominated, 0, -1))).optimum == \
        brute_force(problem).optimum


def test_clause_rows_are_recognised():
    A = np.array([[1, -1, 0], [1, 1, 0], [2, 0, 0], [1, 1, 1]], float)
    problem = smug.MaskProblem(A, [0, 1, 1, 2], strict=[False, False, False, False])
    assert clause_rows(problem).tolist() == [True, True, False, False]


def test_a_row_that_needs_three_pixels_gets_a_cardinality_cut():
    # 9 pixels of weight 1 (one negative): more than 2.5 needs 3 positive ones on
    A = np.r_[np.ones(8), -1.0][None, :]
    problem = smug.MaskProblem(A, [2.5], strict=True)
    converted = row_clauses(problem)
    cuts, least = converted.cardinality
    assert least.tolist() == [3.0]
    assert cuts.toarray().tolist() == [[1.0] * 8 + [0.0]]
    # one pass: the row's 28 clauses are handed on (max_clauses=None)
    reduced = presolve(problem, redundant_rows=False, max_clauses=None)
    assert reduced.stats["cardinality_cuts"] == 1
    assert reduced.rows[-1] == -1
    last = reduced.problem.A[-1].toarray().ravel()
    assert reduced.problem.rhs[-1] == 3.0 and set(last[last != 0]) == {1.0}
    without = presolve(problem, cardinality_cuts=False, redundant_rows=False, max_clauses=None)
    assert without.problem.n_rows == reduced.problem.n_rows - 1
    # the row itself comes back last (rhs > 0), without the column presolve switched off
    again = presolve(problem, max_clauses=None)
    assert again.stats["rows_redundant"] == 1
    np.testing.assert_array_equal(again.columns, np.arange(8))  # m8 (negative only) is off
    np.testing.assert_array_equal(again.problem.A[-1].toarray(), A[:, :8])
    assert again.problem.rhs[-1] == 2.5 and again.problem.strict[-1]
    # the default: more than 8 clauses and a relaxation that needs 2.5 pixels, so the row
    # reaches the solver as itself (once), with its cut, over the 8 columns
    default = presolve(problem)
    np.testing.assert_array_equal(default.columns, np.arange(8))
    assert default.problem.n_rows == 2 and default.stats["cardinality_cuts"] == 1
    assert default.problem.A.toarray().tolist() == [[1.0] * 8] * 2
    assert default.problem.rhs.tolist() == [2.5, 3.0]


@pytest.mark.parametrize("seed", range(24))
def test_every_feasible_mask_meets_the_cardinality_cuts(seed):
    problem = _grid_problem(seed + 300, rows=6)
    cuts, least = row_clauses(problem).cardinality
    oracle = brute_force(problem)
    masks = all_masks(problem.n_vars).astype(np.float64)
    if cuts.shape[0]:
        ok = (masks[oracle.feasible] @ cuts.T.toarray()) >= least[None, :]
        assert ok.all()


# --- hull cuts ---------------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(24))
def test_every_feasible_mask_meets_the_hull_cuts(seed):
    # Rows over 3x3 windows of a 4x4 grid (up to 9 variables): every mask the rows admit,
    # decided in rationals by the oracle, meets every cut, in integers.
    problem = _grid_problem(seed + 500, side=(4, 4), rows=5, fixed=seed % 4 == 0)
    cuts, rhs = hull_cuts(problem)
    assert cuts.shape == (rhs.size, problem.n_vars)
    assert np.all(cuts.data == np.round(cuts.data)) and np.all(rhs == np.round(rhs))
    if rhs.size == 0:
        return
    feasible = all_masks(problem.n_vars)[brute_force(problem).feasible].astype(np.int64)
    coefs = cuts.toarray().astype(np.int64)
    assert np.all(feasible @ coefs.T >= rhs.astype(np.int64)[None, :])


def test_the_hull_cuts_of_some_random_rows_cut_the_relaxation():
    # The random grid rows of the test above do get cuts (the test is not vacuous).
    found = sum(hull_cuts(_grid_problem(seed + 500, side=(4, 4), rows=5))[0].shape[0] > 0
                for seed in range(24))
    assert found >= 6


def _relaxation(A: sp.csr_matrix, rhs: np.ndarray, cost: np.ndarray) -> float:
    from scipy.optimize import linprog

    return linprog(cost, A_ub=-A, b_ub=-rhs, bounds=(0, 1), method="highs").fun


def test_the_hull_cuts_of_a_knapsack_row_lift_its_relaxation_to_the_optimum():
    # 2 M0 + 2 M1 + 2 M2 >= 3 needs two pixels; the relaxation takes 1.5 of them. Its hull
    # is M0 + M1 + M2 >= 2: with the cuts the relaxation is the optimum, 2.
    problem = smug.MaskProblem(sp.csr_matrix([[2.0, 2.0, 2.0]]), [3.0], [False])
    assert _relaxation(problem.A, problem.rhs, problem.cost) == pytest.approx(1.5)
    cuts, rhs = hull_cuts(problem)
    assert cuts.shape[0] >= 1
    lifted = _relaxation(sp.vstack([problem.A, cuts]), np.r_[problem.rhs, rhs], problem.cost)
    assert lifted == pytest.approx(2.0)


def test_a_row_with_a_negative_coefficient_gets_a_cut_in_the_mask_variables():
    # 2 M0 + 2 M1 - 2 M2 >= 1 (M2 on needs both M0 and M1, off one of them): the relaxation
    # takes half of M0 with M2 off; every mask needs a whole pixel. The cut (over M, with the
    # negative coefficient turned back) holds at every feasible one of the 8 masks.
    problem = smug.MaskProblem(sp.csr_matrix([[2.0, 2.0, -2.0]]), [1.0], [False],
                               cost=[1.0, 1.0, 0.0])
    cuts, rhs = hull_cuts(problem)
    assert cuts.shape[0] >= 1
    masks = all_masks(3).astype(np.int64)
    feasible = masks[brute_force(problem).feasible]
    assert np.all(feasible @ cuts.toarray().astype(np.int64).T >= rhs.astype(np.int64))


@pytest.mark.parametrize("seed", range(12))
def test_presolve_with_hull_cuts_keeps_the_optimum(seed):
    problem = _grid_problem(seed + 700, side=(4, 4), rows=6, fixed=seed % 3 == 0)
    _assert_presolve_keeps_the_optimum(problem, hull_cut_rounds=3)


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_a_bad_hull_cut_rounds_is_named(bad):
    with pytest.raises(ValueError, match="hull_cut_rounds"):
        presolve(_grid_problem(1), hull_cut_rounds=bad)
