"""The ``"highs"`` backend on problems with known answers (real solver, no mocks)."""

from __future__ import annotations

import pytest

pytest.importorskip("highspy")

from . import milp_checks as check  # noqa: E402

BACKEND = "highs"


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
