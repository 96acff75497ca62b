"""Tests of the CP-SAT backend: known optima, exact rounding in both directions, status rules."""

from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smug
from smug.backends.cpsat import (ACTIVITY_BITS, SHORT_ROWS, CPSATBackend, integer_costs,
                                 rounded_integer_rows)
from smug.errors import UnknownOptionError, UnsupportedProblemError
from smug.problem import MaskProblem
from smug.solution import Status
from smug.testing.families import conv_like_problem

pytest.importorskip("ortools")

#: Small problems are solved with one worker: the portfolio default is for large instances.
FAST: dict = {}  # one worker comes from threads=1 in solve() below


# --------------------------------------------------------------------------------------
# Exact brute-force oracle
# --------------------------------------------------------------------------------------
def exact_feasible(problem: MaskProblem, mask: np.ndarray) -> bool:
    """Decide every row with Fractions (independent of smug.verify)."""
    A = problem.A.tocsr()
    for i in range(problem.n_rows):
        lo, hi = A.indptr[i], A.indptr[i + 1]
        total = sum((Fraction(float(v)) for v, j in zip(A.data[lo:hi], A.indices[lo:hi])
                     if mask[j]), Fraction(0))
        r = Fraction(float(problem.rhs[i]))
        if not (total > r if problem.strict[i] else total >= r):
            return False
    fixed = problem.fixed
    return bool(np.all((fixed < 0) | (fixed == mask.astype(np.int8))))


def brute_force_optimum(problem: MaskProblem) -> float | None:
    best = None
    for bits in itertools.product((0, 1), repeat=problem.n_vars):
        mask = np.array(bits, dtype=bool)
        if exact_feasible(problem, mask):
            value = problem.objective(mask)
            best = value if best is None else min(best, value)
    return best


def solve(problem: MaskProblem, **kwargs):
    """The cpsat backend itself (smug's presolve off, so the backend sees every row)."""
    kwargs.setdefault("presolve", False)
    kwargs.setdefault("threads", 1)
    options = {**FAST, **kwargs.pop("options", {})}
    return smug.solve(problem, "cpsat", time_limit=kwargs.pop("time_limit", 20), **kwargs,
                      **options)


# --------------------------------------------------------------------------------------
# Known answers
# --------------------------------------------------------------------------------------
def test_unique_optimum_of_the_four_variable_row():
    problem = MaskProblem(np.array([[2.0, -1.0, -1.0, 2.0]]), [3.0])
    result = solve(problem)
    assert result.status is Status.OPTIMAL
    assert result.mask.tolist() == [True, False, False, True]
    assert result.objective == result.bound == 2.0
    assert result.verified and result.backend == "cpsat" and result.raw_status == "OPTIMAL"


@pytest.mark.parametrize("strict, optimum", [(True, 3.0), (False, 2.0)])
def test_strict_row_exactly_tight_at_the_would_be_optimum(strict, optimum):
    # 0.1 + 0.1 == 0.2 exactly in binary64, so {m0, m1} meets the rhs exactly: a tie that
    # a strict row must reject and a non-strict row must accept.
    problem = MaskProblem(np.array([[0.1, 0.1, 0.05, 0.05]]), [0.2], strict=strict)
    assert Fraction(0.1) + Fraction(0.1) == Fraction(0.2)
    result = solve(problem)
    assert result.status is Status.OPTIMAL
    assert result.objective == optimum == brute_force_optimum(problem)


def test_tie_with_non_dyadic_coefficients_needs_the_repair():
    # 1e4 - 1e-9 is just below 1e4: the relaxed row (coefficients rounded up) admits {m0, m1},
    # which fails exactly; the restricted row then asks for m2 or m3 (an incumbent of 3),
    # and the relaxed model with a cover cut and the cut-off "cost < 3" is infeasible, which
    # a second run without CP-SAT's presolve confirms: proven.
    A = np.array([[1e4, -1e-9, 5000.3, 5000.3], [0.0, 1.0, 0.0, 0.0]])
    problem = MaskProblem(A, [1e4, 1.0], strict=[False, False])
    result = solve(problem)
    assert result.status is Status.OPTIMAL
    assert result.objective == brute_force_optimum(problem) == 3.0
    assert exact_feasible(problem, result.mask)
    kinds = [r["kind"] for r in result.stats["rounds"]]
    assert kinds == ["relaxed", "restricted", "relaxed", "second opinion"]
    assert [r["termination"] for r in result.stats["rounds"][-2:]] == ["infeasible"] * 2
    assert result.bound == result.objective


def test_dyadic_rows_are_encoded_exactly_and_proven():
    # Coefficients 2**13 and 2**-30 span 43 bits: the row is integral after scaling, so the
    # relaxed and the restricted row coincide and the first solve is already exact.
    A = np.array([[8192.0, -(2.0**-30), 4096.0, 4096.0], [0.0, 1.0, 0.0, 0.0]])
    problem = MaskProblem(A, [8192.0, 1.0], strict=[False, False])
    result = solve(problem)
    assert result.status is Status.OPTIMAL
    assert result.objective == 3.0
    assert result.stats["rows_exact"] == 2


def test_infeasible_problem_is_a_status():
    problem = MaskProblem(np.array([[1.0, 1.0]]), [2.0])  # m0 + m1 > 2 is impossible
    result = solve(problem)
    assert result.status is Status.INFEASIBLE
    assert result.mask is None and result.objective is None


def test_empty_row_with_unmet_rhs_is_infeasible():
    problem = MaskProblem(np.zeros((1, 3)), [0.0], strict=True)  # 0 > 0
    assert solve(problem).status is Status.INFEASIBLE


def test_empty_mask_is_optimal_when_every_row_holds_at_zero():
    problem = MaskProblem(np.array([[1.0, -1.0, 0.5], [-3.0, 2.0, 1.0]]), [-0.5, -3.5])
    result = solve(problem)
    assert result.status is Status.OPTIMAL
    assert result.objective == 0.0 and not result.mask.any()


@pytest.mark.parametrize(
    "fixed, expected",
    [({2: 1}, [False, False, True]), ({0: 1}, [True, False, False]), ({0: 0, 1: 0, 2: 0}, None)],
)
def test_fixed_variables_are_honoured(fixed, expected):
    base = MaskProblem(np.array([[1.0, 1.0, 1.0]]), [1.0], strict=False, cost=[1.0, 1.0, 5.0])
    result = solve(base.with_fixed(fixed))
    if expected is None:
        assert result.status is Status.INFEASIBLE
    else:
        assert result.status is Status.OPTIMAL
        assert result.mask.tolist() == expected


def test_integer_costs_change_the_optimum():
    problem = MaskProblem(np.array([[1.0, 1.0, 1.0]]), [1.5], cost=[5, 1, 1])
    result = solve(problem)
    assert result.mask.tolist() == [False, True, True] and result.objective == 2.0


def test_dyadic_float_costs_are_scaled_exactly():
    problem = MaskProblem(np.array([[1.0, 1.0, 1.0]]), [0.5], cost=[0.75, 0.5, 0.625])
    assert integer_costs(problem.cost) == ([6, 4, 5], Fraction(1, 8))
    result = solve(problem)
    assert result.status is Status.OPTIMAL
    assert result.mask.tolist() == [False, True, False] and result.bound == 0.5


def test_costs_that_cannot_be_scaled_into_int64_are_rejected():
    problem = MaskProblem(np.array([[1.0, 1.0]]), [0.5], cost=[1e18, 2.0**-40])
    with pytest.raises(UnsupportedProblemError, match="cost"):
        solve(problem)


def test_hint_is_accepted_and_does_not_change_the_optimum():
    problem = MaskProblem(np.array([[2.0, -1.0, -1.0, 2.0]]), [3.0])
    result = solve(problem, hint=[1, 1, 1, 1])
    assert result.status is Status.OPTIMAL and result.objective == 2.0


# --------------------------------------------------------------------------------------
# Options and status rules
# --------------------------------------------------------------------------------------
def test_unknown_option_lists_close_matches():
    problem = MaskProblem(np.array([[1.0]]), [0.5])
    with pytest.raises(UnknownOptionError, match="linearization_level"):
        smug.solve(problem, "cpsat", linearisation_level=2)


def test_wrong_option_type_names_the_option():
    problem = MaskProblem(np.array([[1.0]]), [0.5])
    with pytest.raises(ValueError, match="linearization_level"):
        smug.solve(problem, "cpsat", linearization_level="many")
    with pytest.raises(ValueError, match="search_branching"):
        smug.solve(problem, "cpsat", search_branching="NO_SUCH_BRANCHING")


def test_enum_options_by_name_are_passed_to_cp_sat():
    problem = MaskProblem(np.array([[2.0, -1.0, -1.0, 2.0]]), [3.0])
    result = solve(problem, options={"search_branching": "FIXED_SEARCH"}, threads=1)
    assert result.status is Status.OPTIMAL and result.objective == 2.0


def test_threads_become_num_workers_and_native_names_for_them_are_refused():
    problem = MaskProblem(np.array([[1.0, 1.0]]), [0.5])
    # (presolve off: it would solve this problem alone, CP-SAT would not run)
    assert smug.solve(problem, "cpsat", threads=3, presolve=False).stats["num_workers"] == 3
    for native, arg in [("num_workers", "threads"), ("num_search_workers", "threads"),
                        ("max_time_in_seconds", "time_limit"), ("random_seed", "seed")]:
        with pytest.raises(UnknownOptionError, match=f"{native}.*{arg}"):
            smug.solve(problem, "cpsat", time_limit=1, **{native: 4})


def test_default_workers_is_one_on_two_cores_and_subsolvers_pass_through(monkeypatch):
    from smug.backends import cpsat

    problem = MaskProblem(np.array([[1.0, 1.0]]), [0.5])
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert cpsat.default_workers() == 1
    monkeypatch.setattr("os.cpu_count", lambda: 16)
    assert cpsat.default_workers() == 8
    assert smug.solve(problem, "cpsat", threads=2, presolve=False).stats["subsolvers"] == []
    assert smug.solve(problem, "cpsat", threads=2, presolve=False,
                      subsolvers=["core", "default_lp"]).stats["subsolvers"] == ["core", "default_lp"]


def test_root_cut_rounds_are_five_on_short_rows_and_the_caller_overrides_them():
    # CP-SAT's own default is one round of cuts at the root; five proved pixel-level
    # gamma = 0.5 components the default left open (benchmarks/studies/pixel_masks, levers).
    problem = conv_like_problem(12, 150, 7)  # rows over windows of a few variables
    assert np.diff(problem.A.tocsr().indptr).max() <= SHORT_ROWS
    default = solve(problem)
    assert default.stats["max_cut_rounds_at_level_zero"] == 5
    assert default.status is Status.OPTIMAL and default.objective == 32.0
    assert exact_feasible(problem, default.mask)
    one = solve(problem, options={"max_cut_rounds_at_level_zero": 1})
    assert one.stats["max_cut_rounds_at_level_zero"] == 1 and one.objective == 32.0


def test_a_hint_keeps_the_short_row_cut_rounds():
    # a verified hint is the loop's incumbent, so its model carries the objective cut-off,
    # a row over every variable: that row is not the problem's shape
    problem = conv_like_problem(12, 150, 7)
    best = solve(problem)
    hinted = solve(problem, hint=best.mask)
    assert hinted.stats["max_cut_rounds_at_level_zero"] == 5
    assert hinted.status is Status.OPTIMAL and hinted.objective == 32.0


def test_a_model_with_a_long_row_keeps_cp_sats_root_cut_rounds():
    # Dense first layers (rows of 39-135 variables) took up to 3.6x the time with five rounds.
    problem = MaskProblem(np.ones((1, SHORT_ROWS + 1)), [2.5])  # any three of 17
    result = solve(problem)
    assert result.stats["max_cut_rounds_at_level_zero"] == 1
    assert result.status is Status.OPTIMAL and result.objective == 3.0


def test_invalid_parameter_value_reports_cp_sat_message():
    problem = MaskProblem(np.array([[1.0, 1.0]]), [0.5])
    with pytest.raises(smug.errors.SmugError, match="cpsat"):
        smug.solve(problem, "cpsat", num_violation_ls=-1, presolve=False)


@pytest.mark.parametrize("seed, optimum", [(7, 32.0), (15, 40.0)])
def test_default_parameters_avoid_the_unsound_inclusion_presolve(seed, optimum):
    # With OR-Tools 9.15, CP-SAT's presolve inclusion detection proves 35 (seed 7) and 43
    # (seed 15) OPTIMAL on these models; the model without any presolve proves 32 and 40, and
    # the masks found there pass exact verification. The backend's defaults must not lose
    # the optimum.
    problem = conv_like_problem(12, 150, seed)
    result = solve(problem)
    unpresolved = solve(problem, options={"cp_model_presolve": False})
    assert unpresolved.status is Status.OPTIMAL and unpresolved.objective == optimum
    assert result.status is Status.OPTIMAL and result.objective == optimum
    assert exact_feasible(problem, result.mask)


def test_a_loosened_gap_limit_never_yields_an_unproven_optimal():
    # CP-SAT itself says OPTIMAL once relative_gap_limit is met; smug must not.
    problem = conv_like_problem(12, 150, 7)
    result = smug.solve(problem, "cpsat", time_limit=20, relative_gap_limit=0.9)
    if result.status is Status.OPTIMAL:
        assert result.objective == result.bound == 32.0
    else:
        assert result.status is Status.FEASIBLE and result.bound < result.objective
        assert result.bound <= 32.0 <= result.objective


def test_time_out_is_never_optimal():
    problem = conv_like_problem()
    result = smug.solve(problem, "cpsat", time_limit=0.05, threads=2)
    assert result.status in (Status.FEASIBLE, Status.UNKNOWN)
    assert result.raw_status in ("FEASIBLE", "UNKNOWN")
    if result.status is Status.FEASIBLE:
        assert result.verified and exact_feasible(problem, result.mask)
        assert result.bound is not None and result.bound < result.objective
    assert result.timings.total < 5.0


# --------------------------------------------------------------------------------------
# The two rounding directions, proven on every mask of random near-tie rows
# --------------------------------------------------------------------------------------
magnitudes = st.integers(min_value=-9, max_value=4)
mantissas = st.floats(min_value=1.0, max_value=9.999, allow_nan=False)


@st.composite
def near_tie_rows(draw):
    """One row of 1-6 coefficients over 1e-9..1e4 with mixed signs; the rhs is a subset sum
    (an exact tie when the float sum is exact), nudged, or random."""
    n = draw(st.integers(1, 6))
    coeffs = [draw(st.sampled_from((-1.0, 1.0))) * draw(mantissas) * 10.0 ** draw(magnitudes)
              for _ in range(n)]
    subset = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    subset_sum = float(sum(c for c, s in zip(coeffs, subset) if s))
    kind = draw(st.sampled_from(("tie", "up", "down", "zero")))
    rhs = {"tie": subset_sum, "up": np.nextafter(subset_sum, np.inf),
           "down": np.nextafter(subset_sum, -np.inf), "zero": 0.0}[kind]
    strict = draw(st.booleans())
    return np.array([coeffs]), float(rhs), strict


def native_admits(rows, i: int, mask: np.ndarray) -> bool:
    lo, hi = rows.indptr[i], rows.indptr[i + 1]
    activity = sum(int(c) for c, j in zip(rows.coeffs[lo:hi], rows.indices[lo:hi]) if mask[j])
    return (not rows.keep[i]) or activity >= rows.lower[i]


@settings(max_examples=200, deadline=None)
@given(near_tie_rows())
def test_relaxed_rows_admit_and_restricted_rows_imply_the_exact_row(row):
    A, rhs, strict = row
    problem = MaskProblem(A, [rhs], strict=strict)
    relaxed = rounded_integer_rows(problem, np.zeros(1, dtype=np.int16))
    restricted = rounded_integer_rows(problem, np.ones(1, dtype=np.int16))
    for bits in itertools.product((0, 1), repeat=problem.n_vars):
        mask = np.array(bits, dtype=bool)
        exact = exact_feasible(problem, mask)
        if exact:
            assert native_admits(relaxed, 0, mask), "relaxed row rejects an exactly feasible mask"
        if native_admits(restricted, 0, mask):
            assert exact, "restricted row admits an exactly infeasible mask"
        total = sum(abs(int(c)) for c in relaxed.coeffs)
        assert total < 2**ACTIVITY_BITS
        assert not relaxed.keep[0] or abs(relaxed.lower[0]) <= total + 1  # posted rows fit


@settings(max_examples=40, deadline=None)
@given(st.lists(near_tie_rows(), min_size=1, max_size=3), st.integers(0, 2**16))
def test_solve_matches_brute_force_on_near_tie_problems(rows, seed):
    n = max(r[0].shape[1] for r in rows)
    A = np.zeros((len(rows), n))
    for i, (coeffs, _, _) in enumerate(rows):
        A[i, : coeffs.shape[1]] = coeffs[0]
    problem = MaskProblem(A, [r[1] for r in rows], strict=[r[2] for r in rows],
                          cost=np.random.default_rng(seed).integers(1, 4, n))
    result = solve(problem)
    optimum = brute_force_optimum(problem)
    if optimum is None:
        assert result.status in (Status.INFEASIBLE, Status.UNKNOWN)
    else:
        assert result.status is not Status.INFEASIBLE
        if result.mask is not None:
            assert exact_feasible(problem, result.mask)
        if result.status is Status.OPTIMAL:
            assert result.objective == optimum
        if result.bound is not None:
            assert result.bound <= optimum


def test_rows_satisfied_by_every_mask_are_dropped_and_huge_rhs_stays_in_int64():
    A = np.array([[1.0, 2.0], [1.0, 2.0], [1e-300, 1.0]])
    problem = MaskProblem(A, [-1.0, 1e300, 0.5], strict=[True, False, True])
    rows = rounded_integer_rows(problem, np.zeros(3, dtype=np.int16))
    assert rows.keep.tolist() == [False, True, True]
    assert rows.lower[1] == rows.upper[1] + 1  # impossible, and still a small integer
    assert solve(problem).status is Status.INFEASIBLE


def test_backend_declares_itself():
    assert CPSATBackend.name == "cpsat" and CPSATBackend.extra == "cpsat"
    assert CPSATBackend.required_modules == ("ortools",)
    assert "cpsat" in smug.available_backends()
