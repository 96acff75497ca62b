"""``auto`` (smug.solving.mask.solve_auto) times what a named backend's solve times."""

from __future__ import annotations

import time

import pytest

import smug

pytest.importorskip("ortools")

SLOW = 0.4  # seconds the option validation is made to take (longer than the solve)


@pytest.fixture
def slow_cpsat_options(monkeypatch):
    """CP-SAT's option validation (real CP-SAT otherwise) takes :data:`SLOW` seconds and is
    recorded: a stand-in for the one-off costs a named solve pays there, before its clock
    starts (the first CP-SAT parameter parse, importing cvxpy). Returns the calls."""
    from smug.backends.cpsat import CPSATBackend

    real, calls = CPSATBackend.validate_options, []

    def slow(self, options):
        calls.append(dict(options))
        time.sleep(SLOW)
        return real(self, options)

    monkeypatch.setattr(CPSATBackend, "validate_options", slow)
    return calls


def _knapsack():
    import numpy as np

    rng = np.random.default_rng(3)
    A = rng.integers(1, 20, size=(2, 14)).astype(float)
    return smug.MaskProblem(A, A.sum(axis=1) / 2, strict=False)


@pytest.mark.parametrize("threads", [1, None])
def test_auto_does_not_count_what_a_named_solve_does_before_its_clock(slow_cpsat_options,
                                                                         threads):
    problem = _knapsack()
    named = smug.solve(problem, "cpsat", threads=threads, presolve=False, time_limit=20)
    assert slow_cpsat_options == [{}]
    auto = smug.solve(problem, threads=threads, presolve=False, time_limit=20)
    assert slow_cpsat_options == [{}, {}]  # auto warmed CP-SAT as the named solve did
    assert named.status is auto.status is smug.Status.OPTIMAL
    assert named.objective == auto.objective
    assert auto.backend == "cpsat" or "cpsat" in auto.stats["race"]
    assert named.timings.total < SLOW
    assert auto.timings.total < SLOW  # the validation ran, but before auto's clock


def test_plan_features_known_answers():
    import numpy as np

    from smug.solving import instance_features, plan_features

    # rows of 2, 1 and 3 non-zeros over 3 variables (the third column's 0 is not stored)
    A = np.array([[0.001, 0.0, 10.0], [0.0, 5.0, 0.0], [2.0, 3.0, 4.0]])
    problem = smug.MaskProblem(A, [5.0, 1.0, 4.0], strict=True)
    assert plan_features(problem) == {"n_vars": 3, "n_rows": 3, "nnz": 6, "longest_row": 3}
    full = instance_features(problem, presolved=False)
    assert {k: full[k] for k in plan_features(problem)} == plan_features(problem)
    empty = smug.MaskProblem(np.zeros((0, 4)), np.zeros(0), strict=True)
    assert plan_features(empty)["longest_row"] == 0


@pytest.mark.parametrize("plan", ["race", "sequential"])
def test_auto_verifies_its_answer_exactly_once(monkeypatch, plan):
    import numpy as np

    import smug.solving.mask
    import smug.solving.pipeline
    import smug.solving.race

    # every exact check of a mask against the caller's problem goes through verify; count
    # them (the real verify runs) on a problem presolve does not decide
    real, calls = smug.solving.pipeline.verify, []

    def counting(problem, mask):
        calls.append(problem.n_vars)
        return real(problem, mask)

    for module in (smug.solving.pipeline, smug.solving.race):
        monkeypatch.setattr(module, "verify", counting)
    monkeypatch.setattr(smug.solving.mask, "affinity_cores", lambda: 2)
    monkeypatch.setattr(smug.solving.mask, "free_cores",
                        lambda cores: 2 if plan == "race" else 0)
    problem = _knapsack()
    solution = smug.solve(problem, time_limit=20)
    assert solution.status is smug.Status.OPTIMAL and solution.verified
    assert len(solution.stats["auto_plan"]) == (1 if plan == "race" else 2)
    assert calls == [problem.n_vars]  # once, on the caller's problem
    assert real(problem, solution.mask).ok
    assert np.isclose(solution.objective, problem.objective(solution.mask))


def test_a_race_that_splits_into_components_splits_once(monkeypatch):
    from pathlib import Path

    import smug.solving.pipeline

    # the regression stem problem: 18,261 non-zeros in 58 components after presolve; with
    # the split threshold below that CP-SAT takes it alone by components, and the split
    # it was chosen by is the one it solves
    monkeypatch.setattr(smug.solving.pipeline, "COMPONENTS_MIN_NNZ", 10_000)
    real, calls = smug.solving.pipeline.split_components, []

    def counting(problem):
        calls.append(problem.nnz)
        return real(problem)

    monkeypatch.setattr(smug.solving.pipeline, "split_components", counting)
    path = Path(__file__).parents[1] / "backends" / "regressions" / "highs_false_infeasible.npz"
    problem = smug.MaskProblem.load(path)
    solution = smug.solving.race_solve(problem, ("cpsat", "highs"), time_limit=60)
    assert solution.status is smug.Status.OPTIMAL and solution.objective == 3203.0
    assert "alone" in solution.stats["race"]["cpsat"]
    assert len(calls) == 1
