"""The ``"pulp"`` backend on problems with known answers (real solver, no mocks)."""

from __future__ import annotations

import pytest

pytest.importorskip("pulp")

from . import milp_checks as check  # noqa: E402

BACKEND = "pulp"


def test_time_limited_run_that_pulp_calls_optimal_is_not_reported_optimal():
    s = check.time_out_not_optimal(BACKEND)
    assert s.stats["cbc_result"].startswith("Stopped on time")
    if s.status.has_mask:
        assert s.stats["pulp_status"] == "Optimal"  # PuLP's own verdict, not repeated


def test_cbc_preprocessing_bug_and_crash_cases_are_answered_exactly():
    # seed 13: CBC's preprocessing returned 7 for optimum 6; seed 170: CBC without
    # preprocessing crashes on an infeasible model (recovered by a re-run).
    check.spread_magnitudes(BACKEND, [13, 170])


def test_cbc_options_are_validated():
    import smug
    from smug.errors import UnknownOptionError

    problem = check.knapsack(n=12, m=2)
    s = smug.solve(problem, BACKEND, time_limit=20, options=["cuts off"], strong=5)
    assert s.status is smug.Status.OPTIMAL
    with pytest.raises(TypeError, match="list of CBC command strings"):
        smug.solve(problem, BACKEND, time_limit=5, options="cuts off")
    with pytest.raises(UnknownOptionError, match="timeLimit"):
        smug.solve(problem, BACKEND, timeLimit=5)
