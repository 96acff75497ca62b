"""The ``"highs"`` backend on problems with known answers (real solver, no mocks)."""

from __future__ import annotations

import pytest

pytest.importorskip("highspy")

from . import milp_checks as check  # noqa: E402

BACKEND = "highs"


def test_unique_optimum():
    check.unique_optimum(BACKEND)


def test_strict_row_tight_at_would_be_optimum():
    check.strict_tight(BACKEND)


def test_float_tie_is_proven_infeasible():
    check.float_tie_infeasible(BACKEND)


def test_infeasible_is_a_status():
    check.infeasible(BACKEND)


def test_fixed_variables():
    check.fixed_variables(BACKEND)


def test_coefficients_spread_over_thirteen_orders_match_the_oracle():
    check.spread_magnitudes(BACKEND, range(40))


def test_time_out_is_never_optimal():
    check.time_out_not_optimal(BACKEND)


def test_unknown_option_is_rejected():
    check.unknown_option(BACKEND)


def test_real_stem_instances():
    check.real_instances(BACKEND)


def test_native_options_reach_highs_and_bad_values_are_refused():
    import smug

    problem = check.knapsack(n=14, m=2)
    s = smug.solve(problem, BACKEND, time_limit=20, mip_heuristic_effort=0.5,
                   simplex_strategy=4)
    assert s.status is smug.Status.OPTIMAL
    with pytest.raises(ValueError, match="mip_rel_gap"):
        smug.solve(problem, BACKEND, time_limit=5, mip_rel_gap=-1.0)


def test_hint_is_accepted_and_the_answer_unchanged():
    import numpy as np

    import smug

    problem = check.knapsack(n=14, m=2)
    plain = smug.solve(problem, BACKEND, time_limit=20)
    hinted = smug.solve(problem, BACKEND, time_limit=20, hint=np.ones(14, dtype=bool))
    assert hinted.status is plain.status is smug.Status.OPTIMAL
    assert hinted.objective == plain.objective


def test_thread_counts_can_change_between_solves():
    import smug

    problem = check.knapsack(n=14, m=2)
    for threads in (1, 2, None, 1):
        s = smug.solve(problem, BACKEND, time_limit=20, threads=threads)
        assert s.status is smug.Status.OPTIMAL and s.objective == 5770.0
