"""The ``"cvxpy"`` backend on problems with known answers (real solver, no mocks)."""

from __future__ import annotations

import pytest

pytest.importorskip("cvxpy")

from . import milp_checks as check  # noqa: E402

BACKEND = "cvxpy"


def test_scipy_solver_gives_the_same_known_answers():
    import smug

    problem = check.knapsack(n=14, m=2)
    highs = smug.solve(problem, BACKEND, time_limit=20)
    scipy = smug.solve(problem, BACKEND, time_limit=20, solver="SCIPY")
    assert highs.status is scipy.status is smug.Status.OPTIMAL
    assert scipy.objective == highs.objective and scipy.raw_status.endswith("(SCIPY)")
    s = smug.solve(check._p([[1, 1]], [1]), BACKEND, time_limit=20, solver="SCIPY")
    assert s.status is smug.Status.OPTIMAL and s.objective == 2.0


def test_solver_and_scipy_options_are_validated():
    import smug
    from smug.errors import UnknownOptionError

    problem = check._p([[1, 1]], [1])
    with pytest.raises(UnknownOptionError, match="solver must be one of"):
        smug.solve(problem, BACKEND, time_limit=5, solver="ECOS")
    with pytest.raises(UnknownOptionError, match="bogus"):
        smug.solve(problem, BACKEND, time_limit=5, solver="SCIPY", scipy_options={"bogus": 1})
    with pytest.raises(UnknownOptionError, match="mip_rel_gap"):
        smug.solve(problem, BACKEND, time_limit=5, solver="SCIPY", mip_rel_gap=0.1)


def test_thread_counts_can_change_between_solves():
    import smug

    problem = check.knapsack(n=14, m=2)
    for threads in (1, 2, None, 1):
        s = smug.solve(problem, BACKEND, time_limit=20, threads=threads)
        assert s.status is smug.Status.OPTIMAL and s.objective == 5770.0
