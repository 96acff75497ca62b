"""Exact verification: hand-made ties and magnitudes, and property tests against Fractions."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smug
from smug._exact import exact_value, grouped_sign
from smug.verify import row_signs, verify


def _one_row(coefs, rhs, strict):
    return smug.MaskProblem(np.array([coefs], dtype=np.float64), [rhs], strict=strict)


def _fraction_sign(values, offset) -> int:
    total = sum((Fraction(float(v)) for v in values), Fraction(0)) - Fraction(float(offset))
    return (total > 0) - (total < 0)


# --- hand-made exact cases -------------------------------------------------------------
@pytest.mark.parametrize(
    "coefs, rhs, strict, ok",
    [
        # 0.1 + 0.2 rounds to 0.30000000000000004 in float64 but is exactly smaller.
        ([0.1, 0.2], 0.30000000000000004, False, False),
        ([0.1, 0.2], 0.30000000000000004, True, False),
        # ... and exactly larger than 0.3 (whose float is below 3/10).
        ([0.1, 0.2], 0.3, True, True),
        # Exact ties: a strict row fails, a non-strict one holds.
        ([0.5, 0.25], 0.75, True, False),
        ([0.5, 0.25], 0.75, False, True),
        ([1.0, -1.0], 0.0, True, False),
        ([1.0, -1.0], 0.0, False, True),
        # 1 + 1e-16 is 1.0 in float64; exactly it exceeds 1.
        ([1.0, 1e-16], 1.0, True, True),
        # 2**53 + 1 + 1: float sums give 2**53 (twice round-to-even), exactly 2**53 + 2.
        ([2.0**53, 1.0, 1.0], 2.0**53 + 2, False, True),
        ([2.0**53, 1.0, 1.0], 2.0**53 + 2, True, False),
        # Huge cancellation leaves a tiny positive remainder, whatever the order.
        ([1e300, -1e300, 1e-300], 0.0, True, True),
        ([1e-300, 1e300, -1e300], 0.0, True, True),
        ([1e300, 1e-300, -1e300], 1e-300, True, False),
        # Float overflow: 1e308 + 1e308 is inf in float64; exactly the row is a tie.
        ([1e308, 1e308, -1e308], 1e308, False, True),
        ([1e308, 1e308, -1e308], 1e308, True, False),
        # Subnormals.
        ([2.0**-1074, 2.0**-1074], 2.0**-1073, False, True),
        ([2.0**-1074, 2.0**-1074], 2.0**-1073, True, False),
        ([2.0**-1074], 0.0, True, True),
    ],
)
def test_exact_decisions(coefs, rhs, strict, ok):
    problem = _one_row(coefs, rhs, strict)
    result = verify(problem, np.ones(len(coefs), dtype=bool))
    assert result.ok is ok and bool(result) is ok
    assert result.failed_rows.tolist() == ([] if ok else [0])


def test_only_masked_columns_count():
    problem = smug.MaskProblem(np.array([[2.0, -1, -1, 2]]), [3.0])
    assert verify(problem, [1, 0, 0, 1]).ok
    assert not verify(problem, [1, 1, 0, 1]).ok  # exactly 3: tight, fails '>'
    assert row_signs(problem, [1, 1, 0, 1]).tolist() == [0]
    assert row_signs(problem, [0, 0, 0, 0]).tolist() == [-1]


def test_failed_rows_and_fixing_violations_are_listed():
    problem = smug.MaskProblem(
        np.array([[1.0, 0, 0], [0, 1, 0], [0, 0, 1]]), [0.5, 0.5, 0.5], fixed={0: 0, 2: 1}
    )
    result = verify(problem, [True, False, False])
    assert result.failed_rows.tolist() == [1, 2]
    assert result.fixed_violations.tolist() == [0, 2]
    assert not result.ok
    only_fix = verify(problem, [True, True, True])
    assert only_fix.failed_rows.size == 0 and only_fix.fixed_violations.tolist() == [0]


def test_mask_errors():
    problem = _one_row([1.0, 1.0], 0.5, True)
    with pytest.raises(ValueError, match=r"mask: expected shape \(2,\)"):
        verify(problem, [1])
    with pytest.raises(ValueError, match="mask: entries must be 0/1"):
        verify(problem, [0.5, 1])


def test_rows_without_coefficients():
    problem = smug.MaskProblem(np.zeros((3, 2)), [-1.0, 0.0, 0.0], strict=[True, True, False])
    assert verify(problem, [1, 1]).failed_rows.tolist() == [1]


# --- property tests against Fraction ---------------------------------------------------
_spread = st.builds(
    lambda sign, mantissa, exponent: sign * mantissa * 2.0**exponent,
    st.sampled_from([-1.0, 1.0]),
    st.floats(1.0, 2.0, exclude_max=True),
    st.integers(-60, 60),
)
_values = st.one_of(
    _spread,
    st.integers(-8, 8).map(float),
    st.floats(-1e4, 1e4, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.1, 0.2, 0.3, 0.30000000000000004, 1e-9, 1e4, 2.0**-1074]),
)


@st.composite
def _rows_with_near_ties(draw):
    values = draw(st.lists(_values, min_size=1, max_size=12))
    how = draw(st.sampled_from(["float_sum", "exact_sum", "free"]))
    if how == "float_sum":
        offset = float(np.sum(values))  # what float64 thinks: often not the exact sum
    elif how == "exact_sum":
        offset = float(exact_value(np.array(values)))  # the exact sum, rounded to a float
    else:
        offset = draw(_values)
    return values, offset


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(_rows_with_near_ties())
def test_grouped_sign_matches_fractions(row):
    values, offset = row
    data = np.array(values)
    sign = grouped_sign(np.array([0, data.size]), data, np.array([offset]))
    assert sign.tolist() == [_fraction_sign(values, offset)]


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(st.lists(_rows_with_near_ties(), min_size=1, max_size=6), st.data())
def test_verify_matches_fractions_on_random_masks(rows, data):
    n = max(len(v) for v, _ in rows)
    A = np.zeros((len(rows), n))
    for i, (values, _) in enumerate(rows):
        A[i, : len(values)] = values
    rhs = [offset for _, offset in rows]
    strict = data.draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows)))
    mask = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    problem = smug.MaskProblem(A, rhs, strict=strict)
    expected_signs = [_fraction_sign(A[i][mask], rhs[i]) for i in range(len(rows))]
    assert row_signs(problem, mask).tolist() == expected_signs
    expected_fail = [i for i, s in enumerate(expected_signs) if s < 0 or (s == 0 and strict[i])]
    assert verify(problem, mask).failed_rows.tolist() == expected_fail


def test_many_groups_in_one_call():
    rng = np.random.default_rng(1)
    sizes = rng.integers(0, 8, size=300)
    data = rng.normal(size=sizes.sum()) * 10.0 ** rng.integers(-9, 5, size=sizes.sum())
    indptr = np.concatenate([[0], np.cumsum(sizes)])
    # Offsets equal to the float sums: many groups land within the error bound.
    offsets = np.array([np.sum(data[indptr[i]:indptr[i + 1]]) for i in range(sizes.size)])
    signs = grouped_sign(indptr, data, offsets)
    expected = [_fraction_sign(data[indptr[i]:indptr[i + 1]], offsets[i]) for i in range(sizes.size)]
    assert signs.tolist() == expected
