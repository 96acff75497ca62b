"""Exact presolve and component splitting, checked against the brute-force oracle."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

import smug
from smug.presolve import combine_masks, presolve, split_components
from smug.testing.oracle import KNOWN_PROBLEMS, all_masks, brute_force, check_solution
from tests.backends.test_differential import random_problems

INSTANCES = Path(__file__).resolve().parents[1] / "benchmarks" / "instances" / "stem"


def _reduced_optimum(reduced) -> Fraction | None:
    """Optimum of the original problem computed from the presolved one by brute force."""
    if reduced.infeasible:
        return None
    oracle = brute_force(reduced.problem)
    if oracle.optimum is None:
        return None
    return oracle.optimum + Fraction(reduced.objective_offset)


def _assert_equivalent(problem: smug.MaskProblem) -> None:
    _assert_equivalent_with(problem, clauses=True)
    _assert_equivalent_with(problem, clauses=False)


def _assert_equivalent_with(problem: smug.MaskProblem, clauses: bool) -> None:
    reduced = presolve(problem, clauses=clauses)
    oracle = brute_force(problem)
    if oracle.status is smug.Status.INFEASIBLE:
        assert reduced.infeasible or brute_force(reduced.problem).status is smug.Status.INFEASIBLE
        return
    assert not reduced.infeasible, "presolve called a feasible problem infeasible"
    assert _reduced_optimum(reduced) == oracle.optimum
    sub = brute_force(reduced.problem)
    for mask in sub.optimal_masks:
        full = reduced.restore(mask)
        assert smug.verify(problem, full).ok
        assert Fraction(problem.objective(full)) == oracle.optimum
    # Every feasible mask of the reduced problem restores to a feasible mask of the original.
    for mask in all_masks(reduced.problem.n_vars)[sub.feasible][:64]:
        assert smug.verify(problem, reduced.restore(mask)).ok


@pytest.mark.parametrize("known", KNOWN_PROBLEMS, ids=lambda k: k.name)
def test_presolve_keeps_known_answers(known):
    _assert_equivalent(known.problem)


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(problem=random_problems(max_vars=9))
def test_presolve_keeps_the_optimum_of_random_problems(problem):
    _assert_equivalent(problem)


def test_rules_on_a_hand_made_problem():
    # r0 holds for every mask (min activity 0 > -0.5); r1 forces m1 on (without it at most
    # 2 < 2.5); r2 forces m3 off (m3 drops the max activity 2 to -8); m4 has only a negative
    # coefficient: dominated at 0. What is left of r1 (m0 + m2 >= 0.5) and r2 (m0 + m2 > 0)
    # has the same coefficients: the stronger r1 is kept.
    A = np.array([
        [1, 0, 0, 0, 0],
        [1, 2, 1, 0, 0],
        [1, 0, 1, -10, -1],
    ], dtype=float)
    problem = smug.MaskProblem(A, [-0.5, 2.5, 0], strict=[True, False, True])
    reduced = presolve(problem, clauses=False)  # the first rules alone
    assert not reduced.infeasible
    s = reduced.stats
    assert (s["rows_satisfied"], s["vars_forced_1"], s["vars_forced_0"]) == (1, 1, 1)
    assert (s["vars_dominated_0"], s["rows_duplicate"]) == (1, 1)
    assert reduced.values.tolist() == [-1, 1, -1, 0, 0]
    assert reduced.objective_offset == 1.0
    np.testing.assert_array_equal(reduced.columns, [0, 2])
    np.testing.assert_array_equal(reduced.rows, [1])
    assert reduced.problem.rhs.tolist() == [0.5] and not reduced.problem.strict[0]
    assert _reduced_optimum(reduced) == brute_force(problem).optimum == 2


def test_infeasible_row_is_detected_exactly():
    # 0.1 + 0.2 is exactly less than 0.30000000000000004: no mask meets the row.
    problem = smug.MaskProblem([[0.1, 0.2]], [0.30000000000000004], strict=False)
    reduced = presolve(problem)
    assert reduced.infeasible and reduced.problem is None
    with pytest.raises(ValueError, match="reduced_mask"):
        reduced.restore([])


def test_a_tight_non_strict_row_is_kept_feasible():
    problem = smug.MaskProblem([[0.5, 0.25]], [0.75], strict=False)
    reduced = presolve(problem)
    assert not reduced.infeasible
    np.testing.assert_array_equal(reduced.restore(np.zeros(reduced.problem.n_vars, bool)), [1, 1])


def test_inexact_substitution_keeps_the_fixed_column():
    # m0 is fixed on; 1 - 2**-60 is not a float64, so the row keeps m0 as a fixed column.
    # Rounding the new rhs to 1.0 would turn "m1 + m2 + m3 > 1 - 2**-60" (>= 1) into ">= 2".
    problem = smug.MaskProblem([[2.0**-60, 1, 1, 1]], [1.0], strict=True, fixed={0: 1})
    reduced = presolve(problem, clauses=False)  # the first rules alone
    assert reduced.stats["vars_kept_fixed"] == 1
    assert reduced.problem.fixed.tolist().count(1) == 1
    assert reduced.problem.cost[reduced.problem.fixed == 1].tolist() == [0.0]
    assert _reduced_optimum(reduced) == brute_force(problem).optimum == 2


def test_exact_substitution_moves_the_rhs():
    problem = smug.MaskProblem([[0.5, 1, 1, 1]], [1.0], strict=True, fixed={0: 1})
    reduced = presolve(problem, clauses=False)  # the first rules alone
    assert reduced.stats["vars_kept_fixed"] == 0
    assert reduced.problem.rhs.tolist() == [0.5]
    np.testing.assert_array_equal(reduced.columns, [1, 2, 3])


def test_duplicate_rows_keep_the_strongest():
    A = [[1, 1, 1], [1, 1, 1], [1, 1, 1]]
    problem = smug.MaskProblem(A, [1.0, 1.0, 0.5], strict=[False, True, True])
    reduced = presolve(problem, clauses=False)  # the first rules alone
    assert reduced.stats["rows_duplicate"] == 2
    assert reduced.problem.n_rows == 1 and bool(reduced.problem.strict[0])
    assert reduced.problem.rhs[0] == 1.0


def test_zero_cost_variable_with_nonnegative_column_is_switched_on():
    problem = smug.MaskProblem([[1, 1, 1], [1, -1, 0]], [1.5, -0.5], cost=[1, 1, 0])
    reduced = presolve(problem)
    assert reduced.values[2] == 1
    assert reduced.stats["vars_dominated_1"] == 1


def test_reduce_mask_and_restore_are_inverse_on_free_variables():
    problem = smug.MaskProblem([[2, -1, -1, 2, 1]], [3], fixed={4: 0})
    reduced = presolve(problem)
    full = np.array([1, 0, 0, 1, 0], dtype=bool)
    np.testing.assert_array_equal(reduced.restore(reduced.reduce_mask(full)), full)
    with pytest.raises(ValueError, match="full_mask"):
        reduced.reduce_mask([1, 0])


def test_solve_with_presolve_equals_solve(backend):
    for known in KNOWN_PROBLEMS:
        oracle = brute_force(known.problem)
        must_prove = True  # the shared loop is complete: every small problem is proven
        direct = smug.solve(known.problem, backend, time_limit=20)
        reduced = smug.solve(known.problem, backend, time_limit=20, presolve=True)
        check_solution(reduced, known.problem, oracle, must_prove)
        if must_prove:
            assert reduced.status is direct.status, known.name
            assert reduced.objective == direct.objective, known.name


@pytest.mark.skipif(not INSTANCES.exists(), reason="benchmark instances not present")
@pytest.mark.parametrize("name", ["chelsea_k100_g0_c4", "coffee_k100_g0.5_c4"])
def test_presolve_on_real_instances_keeps_solutions_valid(name, backend):
    problem = smug.MaskProblem.load(INSTANCES / f"{name}.npz")
    reduced = presolve(problem)
    assert not reduced.infeasible
    assert reduced.problem.n_rows < problem.n_rows and reduced.problem.n_vars < problem.n_vars
    direct = smug.solve(problem, backend, time_limit=30)
    via = smug.solve(problem, backend, time_limit=30, presolve=True)
    assert via.verified and smug.verify(problem, via.mask).ok
    if direct.status is smug.Status.OPTIMAL and via.status is smug.Status.OPTIMAL:
        assert direct.objective == via.objective


# --- components ------------------------------------------------------------------------
def test_split_components_finds_independent_blocks():
    A = np.zeros((3, 6))
    A[0, [0, 1]] = [1, 1]
    A[1, [1, 2]] = [1, -1]
    A[2, [3, 4]] = [2, 2]
    problem = smug.MaskProblem(A, [0.5, 0.5, 1.5], cost=[1, 1, 1, 1, 2, 1])
    parts = split_components(problem)
    blocks = sorted(tuple(c.variables.tolist()) for c in parts)
    assert blocks == [(0, 1, 2), (3, 4), (5,)]
    masks = [brute_force(c.problem).optimal_masks[0] for c in parts]
    total = sum(brute_force(c.problem).optimum for c in parts)
    assert total == brute_force(problem).optimum == 2
    full = combine_masks(problem, parts, masks)
    assert smug.verify(problem, full).ok and problem.objective(full) == 2


def test_split_components_keeps_fixings_and_rowless_rows():
    A = np.array([[1.0, 0, 0], [0, 0, 0]])
    problem = smug.MaskProblem(A, [0.5, -1.0], fixed={2: 1})
    parts = split_components(problem)
    rest = parts[-1]
    assert rest.variables.tolist() == [1, 2] and rest.rows.tolist() == [1]
    assert rest.problem.fixed.tolist() == [smug.FREE, 1]
    with pytest.raises(ValueError, match="masks"):
        combine_masks(problem, parts, [])


@pytest.mark.skipif(not INSTANCES.exists(), reason="benchmark instances not present")
def test_components_of_a_real_instance_cover_it():
    # the first rules alone: with clauses, presolve solves this instance outright
    problem = presolve(smug.MaskProblem.load(INSTANCES / "coffee_k100_g0_c4.npz"),
                       clauses=False).problem
    parts = split_components(problem)
    assert len(parts) > 1
    assert sorted(np.concatenate([c.variables for c in parts]).tolist()) == list(range(problem.n_vars))
    assert sorted(np.concatenate([c.rows for c in parts]).tolist()) == list(range(problem.n_rows))
    assert sum(c.problem.nnz for c in parts) == problem.nnz
