"""The shared MILP row construction (``smug.backends.milp``): scaling, margins, cuts.

The directions are checked against exact arithmetic over every mask of small rows: a
relaxed native row must admit every exactly-feasible mask with room to spare for the
solver's tolerance, and a restricted one must only admit exactly-feasible masks even after
the solver's tolerance and the rounding of near-integral values.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smug
from smug import MaskProblem
from smug.backends.milp import (
    INTEGRALITY_ALLOWANCE,
    RELAX_SLACK,
    SOLVER_TOL,
    build_model,
    row_lower_bounds,
    scale_rows,
    values_to_mask,
)
from smug.testing.oracle import all_masks


def _row(coefs, rhs, strict=True) -> MaskProblem:
    return MaskProblem(np.asarray([coefs], dtype=np.float64), [rhs], strict)


def test_scaling_is_exact_and_puts_the_largest_coefficient_in_half_open_unit():
    problem = MaskProblem(np.array([[3e-9, -1e4, 0.1], [0.75, 0.0, 2.0 ** -1070]]),
                          [1.0, 0.3])
    scaled = scale_rows(problem)
    dense, orig = scaled.A.toarray(), problem.A.toarray()
    for i in range(2):
        top = np.max(np.abs(dense[i]))
        assert 0.5 <= top < 1.0
        ratio = orig[i][orig[i] != 0] / dense[i][orig[i] != 0]
        assert np.all(ratio == ratio[0]) and math.frexp(ratio[0])[0] == 0.5  # a power of two
    assert scaled.rhs[0] == 1.0 / 2.0**14  # 1e4 -> 1e4 / 2**14 in [0.5, 1)


def test_integer_rows_are_built_exactly_on_their_grain():
    # 2 m0 - m1 - m2 + 2 m3 > 3, scaled by 1/4: grain 1/4, first satisfying multiple 1.
    scaled = scale_rows(_row([2, -1, -1, 2], 3))
    assert scaled.coarse[0] and scaled.grain[0] == 0.25 and scaled.grid_rhs[0] == 1.0
    for level in (0, 1, 2):
        assert row_lower_bounds(scaled, np.array([level]))[0] == 0.875
    # The same row with >= admits activity exactly 3 (scaled 0.75).
    scaled = scale_rows(_row([2, -1, -1, 2], 3, strict=False))
    assert row_lower_bounds(scaled, np.array([0]))[0] == 0.625


def test_real_valued_rows_get_a_slack_when_relaxed_and_a_margin_when_restricted():
    scaled = scale_rows(_row([0.1, 0.2], 0.30000000000000004, strict=False))
    assert not scaled.coarse[0]
    relaxed, restricted, more = (row_lower_bounds(scaled, np.array([lv]))[0] for lv in (0, 1, 2))
    assert relaxed < scaled.rhs[0] - RELAX_SLACK * 0.99
    assert restricted > scaled.rhs[0] + 1e-7 and more - scaled.rhs[0] > 9 * (restricted - scaled.rhs[0])


def test_empty_rows_are_decided_exactly():
    problem = MaskProblem(np.zeros((3, 2)), [-1.0, 0.0, 0.0], strict=[True, False, True])
    lower = row_lower_bounds(scale_rows(problem), np.zeros(3, dtype=int))
    assert np.isneginf(lower[0]) and np.isneginf(lower[1]) and np.isposinf(lower[2])
    assert build_model(problem, np.zeros(3, dtype=int)).infeasible


def test_rows_every_mask_satisfies_are_dropped():
    problem = MaskProblem(np.array([[1.0, 2.0], [1.0, -1.0]]), [-0.5, 0.5])
    model = build_model(problem, np.zeros(2, dtype=int))
    assert model.n_dropped == 1 and model.rows.tolist() == [1]


_COEF = st.one_of(
    st.integers(-4, 4).map(float),
    st.builds(lambda s, e: s * 10.0**e, st.sampled_from([-1.0, 1.0]), st.floats(-9, 4)),
)


@st.composite
def _rows(draw):
    n = draw(st.integers(1, 7))
    coefs = draw(st.lists(_COEF, min_size=n, max_size=n))
    if not any(coefs):
        coefs[0] = 1.0
    masks = all_masks(n)
    pick = draw(st.integers(0, len(masks) - 1))
    kind = draw(st.sampled_from(["float_sum", "exact_sum", "free"]))
    on = [c for c, b in zip(coefs, masks[pick]) if b]
    if kind == "float_sum":
        rhs = float(np.sum(on)) if on else 0.0
    elif kind == "exact_sum":
        rhs = math.fsum(on)
    else:
        rhs = draw(st.floats(-1e4, 1e4))
    return _row(coefs, rhs, draw(st.booleans()))


def _exact_row_holds(problem: MaskProblem, masks: np.ndarray) -> np.ndarray:
    """Decide the single row for every mask in rational arithmetic."""
    coefs = [Fraction(float(c)) for c in problem.A.toarray()[0]]
    rhs = Fraction(float(problem.rhs[0]))
    sums = [sum((c for c, on in zip(coefs, m) if on), Fraction(0)) for m in masks]
    return np.array([v > rhs if problem.strict[0] else v >= rhs for v in sums])


@settings(max_examples=200, deadline=None)
@given(_rows())
def test_relaxed_admits_every_exact_mask_and_restricted_only_exact_masks(problem):
    scaled = scale_rows(problem)
    masks = all_masks(problem.n_vars)
    exact_ok = _exact_row_holds(problem, masks)
    activity = masks.astype(np.float64) @ scaled.A.toarray()[0]
    relaxed = row_lower_bounds(scaled, np.array([0]))[0]
    # a solver computing the activity with its feasibility tolerance sees every exact mask
    assert np.all(activity[exact_ok] >= relaxed + SOLVER_TOL)
    for level in (1, 2):
        restricted = row_lower_bounds(scaled, np.array([level]))[0]
        # worst case: tolerance on the row plus rounding values up to 1e-8 from 0/1
        shift = SOLVER_TOL + INTEGRALITY_ALLOWANCE * scaled.l1[0]
        admitted = activity + shift >= restricted
        assert np.all(exact_ok[admitted])


def test_cover_cut_removes_the_mask_and_keeps_every_feasible_mask():
    from smug.backends.base import cover_cut

    rng = np.random.default_rng(3)
    masks = all_masks(6)
    for _ in range(200):
        coefs = rng.choice([-3.0, -1.0, -0.5, 0.0, 0.25, 1.0, 2.0, 7.0], size=6)
        problem = MaskProblem(coefs[None, :], [float(rng.integers(-2, 6))], bool(rng.integers(2)),
                              fixed=rng.choice([-1, -1, -1, 0, 1], size=6))
        feasible = _exact_row_holds(problem, masks) & np.all(
            (problem.fixed == -1) | (masks == (problem.fixed == 1)), axis=1)
        mask = masks[rng.integers(len(masks))]
        mask = np.where(problem.fixed == -1, mask, problem.fixed == 1)
        cut = cover_cut(problem, 0, mask)
        if feasible[np.flatnonzero(np.all(masks == mask, axis=1))[0]]:
            assert cut is None
            continue
        cols, signs, rhs = cut
        kept = masks[:, cols].astype(int) @ signs >= rhs
        assert not kept[np.flatnonzero(np.all(masks == mask, axis=1))[0]]
        assert np.all(kept[feasible])  # nothing feasible is cut off


def test_values_to_mask_rounds_near_integral_values_and_refuses_others():
    mask, dev = values_to_mask([1e-10, 1 - 1e-9, 1.0, 0.0], 4)
    assert mask.tolist() == [False, True, True, False] and dev == pytest.approx(1e-9)
    assert values_to_mask([0.5, 1.0], 2)[0] is None
    assert values_to_mask(None, 2)[0] is None
    assert values_to_mask([1.0], 2)[0] is None


def test_proves_optimal_rounds_the_bound_up_to_the_grain_of_the_costs():
    from smug.backends.highs import HighsBackend

    unit = MaskProblem(np.array([[1.0, 1.0]]), [0.5])
    engine = HighsBackend()  # bound tolerance 1e-6 + 1e-9 |bound|
    assert engine.proves_optimal(unit, Fraction(5), 4.2) and not engine.proves_optimal(unit, Fraction(5), 3.9)
    real = MaskProblem(np.array([[1.0, 1.0]]), [0.5], cost=[0.5, 0.25])
    assert engine.proves_optimal(real, Fraction(1, 4), 0.25)
    assert not engine.proves_optimal(real, Fraction(1, 2), 0.25)
    assert not engine.proves_optimal(unit, Fraction(1), None)
    # near-tie costs: the grain (2**-40) is far below the tolerance, so no proof from the bound
    tie = MaskProblem(np.array([[1.0, 1.0]]), [0.5], cost=[1.0, 1.0 + 2.0**-40])
    assert not engine.proves_optimal(tie, Fraction(1), 1.0)


def test_tiny_coefficients_are_absorbed_in_the_sound_direction():
    import scipy.sparse as sp

    from smug.backends.milp import TINY_COEFFICIENT, _absorb_tiny

    A = sp.csr_matrix(np.array([[0.5, 4e-13, -3e-13], [0.5, 4e-13, -3e-13]]))
    lower = np.array([0.25, 0.25])
    out, new = _absorb_tiny(A, lower, np.array([0, 1]))
    assert np.all(np.abs(out.data) > TINY_COEFFICIENT) and out.nnz == 2
    assert new[0] <= 0.25 - 4e-13  # relaxed: the positive tiny ones could have helped
    assert new[1] >= 0.25 + 3e-13  # restricted: the negative tiny ones could have hurt
    assert abs(new[0] - (0.25 - 4e-13)) < 1e-15 and abs(new[1] - (0.25 + 3e-13)) < 1e-15


@pytest.mark.parametrize("backend", ["highs", "cvxpy"])
def test_optimum_hinging_on_a_coefficient_below_small_matrix_value(backend):
    if backend not in smug.available_backends():
        pytest.skip(f"{backend} not installed")
    # m0 alone gives exactly 1 (fails the strict row); 1e-13 * m1 tips it over.
    problem = smug.MaskProblem([[1.0, 1e-13]], [1.0], strict=True)
    sol = smug.solve(problem, backend, time_limit=20)
    assert sol.status is smug.Status.OPTIMAL
    assert sol.mask.tolist() == [True, True]
