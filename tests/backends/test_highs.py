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


def test_thread_counts_can_change_after_a_solve_in_another_thread():
    """HiGHS keeps one scheduler per OS thread: a 1-thread solve in a worker thread (a side
    of auto's race) must not make the main thread skip resetting its own 2-thread scheduler
    (it did: the next 1-thread solve in the main thread came back kNotset)."""
    import threading

    import smug

    problem = check.knapsack(n=14, m=2)
    answers = [smug.solve(problem, BACKEND, time_limit=20, threads=2, presolve=False)]
    worker = threading.Thread(target=lambda: answers.append(
        smug.solve(problem, BACKEND, time_limit=20, threads=1, presolve=False)))
    worker.start()
    worker.join()
    answers.append(smug.solve(problem, BACKEND, time_limit=20, threads=1, presolve=False))
    answers.append(smug.solve(problem, BACKEND, time_limit=20, threads=2, presolve=False))
    assert [a.status for a in answers] == [smug.Status.OPTIMAL] * 4
    assert {a.objective for a in answers} == {5770.0}



# --- HiGHS's "infeasible" is not taken on its own word -----------------------------------
def test_a_true_infeasibility_is_confirmed_by_a_second_run_without_presolve():
    import numpy as np

    import smug

    # m0 + m1 >= 1.5 and m0 + m1 <= 0.5 (as -m0 - m1 >= -0.5): infeasible over 0/1.
    problem = smug.MaskProblem(np.array([[1.0, 1.0], [-1.0, -1.0]]), [1.5, -0.5], strict=False)
    solution = smug.solve(problem, "highs", presolve=False)
    assert solution.status is smug.Status.INFEASIBLE
    kinds = [(r["kind"], r["termination"]) for r in solution.stats["rounds"]]
    assert kinds == [("relaxed", "infeasible"), ("second opinion", "infeasible")]


@pytest.mark.slow
def test_highs_false_infeasibility_on_a_real_instance_is_not_reported():
    """HiGHS 1.16 declared a cut-extended relaxed model of this instance infeasible after
    about 9 s; the optimum is 3203 (CP-SAT). smug must never answer INFEASIBLE here."""
    from pathlib import Path

    import smug

    path = Path(__file__).parent / "regressions" / "highs_false_infeasible.npz"
    problem = smug.MaskProblem.load(path)
    solution = smug.solve(problem, "highs", threads=1, time_limit=30)
    assert solution.status is not smug.Status.INFEASIBLE
    if solution.status is smug.Status.OPTIMAL:
        assert solution.objective == 3203.0
    if solution.mask is not None:
        assert smug.verify(problem, solution.mask).ok and solution.objective >= 3203.0
    assert solution.bound is None or solution.bound <= 3203.0
    rounds = [(r["kind"], r["termination"]) for r in solution.stats["rounds"]]
    for i, (kind, end) in enumerate(rounds):
        if kind == "relaxed" and end == "infeasible":  # the claim was put to a second run
            assert rounds[i + 1][0] == "second opinion", rounds
