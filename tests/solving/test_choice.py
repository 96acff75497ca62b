"""auto's plan: free cores now, a race or one backend after the other, and what answered."""

from __future__ import annotations

import numpy as np
import pytest

import smug
from smug.solving import (BUSY_FIRST_SHARE, BUSY_LONG_HEAD_START, LONG_ROW, SHORT_ROW_HEAD_START,
                          affinity_cores, choose_plan, free_cores, instance_features,
                          long_rows)

needs_pair = pytest.mark.skipif(
    not {"highs", "cpsat"} <= set(smug.available_backends()), reason="needs highs and cpsat")


def test_free_cores_known_answers():
    assert free_cores(2, runnable=lambda: 0.0) == 2
    assert free_cores(2, runnable=lambda: 1.0) == 1
    assert free_cores(2, runnable=lambda: 2.0) == 0
    assert free_cores(2, runnable=lambda: 13.0) == 0  # never negative
    assert free_cores(4, runnable=lambda: 1.4) == 3
    assert 0 <= free_cores() <= affinity_cores()  # this machine, now


def test_free_cores_sees_two_busy_processes():
    from smug.bench.tiered import start_spinners, stop_spinners

    cores = affinity_cores()
    spinners = start_spinners(cores)
    try:
        import time

        time.sleep(0.3)  # let them get going
        assert free_cores() == 0
    finally:
        stop_spinners(spinners)
    assert all(p.poll() is not None for p in spinners)


def test_this_processs_own_busy_threads_are_seen_as_its_own():
    """Threads of this process busy in native code (a torch pool, like the one a
    just-finished IG batch or solve leaves spinning) are this process's, not other work:
    free_cores must not count them as load."""
    import threading

    import torch

    from smug.solving.choice import _own_runnable_threads

    stop = threading.Event()
    seen: list[int] = []
    a = torch.randn(400, 400)

    def work() -> None:  # torch releases the GIL: its threads run beside this one
        while not stop.is_set():
            a @ a

    before = torch.get_num_threads()
    torch.set_num_threads(2)
    worker = threading.Thread(target=work)
    worker.start()
    try:
        for _ in range(200):
            seen.append(_own_runnable_threads())
    finally:
        stop.set()
        worker.join()
        torch.set_num_threads(before)
    assert max(seen) >= 2  # the reader and at least one busy torch thread


def test_plan_races_with_two_free_cores():
    installed = ["cpsat", "highs", "scip", "z3"]
    for row, head, partner in ((4, SHORT_ROW_HEAD_START, "highs"), (200, 0.0, "scip")):
        plan = choose_plan({"longest_row": row}, installed, cores=2, free=2)
        assert [s.backends for s in plan.steps] == [("cpsat", partner)]
        assert plan.steps[0].head_start == head
        assert "race" in plan.reason and plan.free == 2
    # without SCIP, the long-row race falls back to the next of PREFERENCE["long_row"]
    plan = choose_plan({"longest_row": 200}, ["cpsat", "highs", "z3"], cores=2, free=2)
    assert [s.backends for s in plan.steps] == [("cpsat", "highs")]
    assert [s.backends for s in choose_plan({}, installed, cores=8, free=3).steps] == [
        ("cpsat", "highs")]


def test_long_rows_known_answers():
    assert long_rows({"longest_row": LONG_ROW}) and long_rows({"longest_row": 784})
    assert not long_rows({"longest_row": LONG_ROW - 1}) and not long_rows({})
    assert not long_rows({"longest_row": None})


def test_plan_races_long_rows_on_a_busy_machine_after_a_head_start():
    """Long rows (the dense MNIST 1x1-cell classes): CP-SAT first for half the limit cost
    a held-back instance HiGHS proves in 2 s 32 s (tiered v4), so they race on any load
    with two cores -- CP-SAT and SCIP, the long-row candidates -- but not with one core
    (threads=1): then one after the other."""
    installed = ["cpsat", "highs", "scip", "z3"]
    for free in (0, 1):
        plan = choose_plan({"longest_row": 193}, installed, cores=2, free=free)
        assert [s.backends for s in plan.steps] == [("cpsat", "scip")]
        assert plan.steps[0].head_start == BUSY_LONG_HEAD_START and "long" in plan.reason
    one = choose_plan({"longest_row": 193}, installed, cores=1, free=0)
    assert [s.backends for s in one.steps] == [("cpsat",), ("scip",)]


def test_plan_on_a_busy_machine_runs_one_after_the_other():
    installed = ["cpsat", "highs", "scip", "z3"]
    for cores, free, row in ((2, 1, 9), (2, 0, 9), (1, 0, 9)):
        plan = choose_plan({"longest_row": row}, installed, cores=cores, free=free)
        assert [s.backends for s in plan.steps] == [("cpsat",), ("highs",)]
        assert plan.steps[0].share == BUSY_FIRST_SHARE and plan.steps[1].share is None
        assert "no race" in plan.reason and plan.names == ["cpsat", "highs"]
    # one interruptible backend installed: just that one
    alone = choose_plan({}, ["highs", "z3"], cores=2, free=2)
    assert [s.backends for s in alone.steps] == [("highs",)]


def test_plan_bad_input():
    with pytest.raises(ValueError, match="cores"):
        choose_plan({}, ["cpsat"], cores=0, free=0)
    with pytest.raises(ValueError, match="free"):
        choose_plan({}, ["cpsat"], cores=2, free=-1)


@needs_pair
def test_auto_on_a_busy_machine_hands_over_and_names_who_answered(monkeypatch):
    import smug.solving.mask as mask_kind

    monkeypatch.setattr(mask_kind, "free_cores", lambda cores=None: 0)  # a busy machine
    problem = smug.MaskProblem.load(_tiered("mnist_test0_kall_g0.5_c2"))
    solution = smug.solve(problem, "auto", time_limit=60)
    best = smug.solve(problem, "highs", time_limit=60, threads=1)
    assert solution.status is smug.Status.OPTIMAL and solution.objective == best.objective
    assert solution.stats["auto_plan"] == [["cpsat"], ["highs"]]
    assert solution.stats["auto_free_cores"] == 0
    assert solution.stats["auto_reason"].endswith(f"answered by {solution.backend}")
    assert "race" not in solution.stats  # no thread of ours competed with the other


@needs_pair
def test_auto_races_a_long_row_problem_on_a_busy_machine(monkeypatch):
    """The held-back instance CP-SAT cannot prove (tiered v4: HiGHS 1.6 s, SCIP 0.6 s,
    CP-SAT unproven at 60 s): on a busy machine auto races it and the long-row partner
    answers, well before CP-SAT's half of the limit."""
    import smug.solving.mask as mask_kind

    monkeypatch.setattr(mask_kind, "free_cores", lambda cores=None: 0)  # a busy machine
    problem = smug.MaskProblem.load(_tiered("mnist_test3_kall_g0.25_c1"))
    assert long_rows(instance_features(problem, presolved=False))
    solution = smug.solve(problem, "auto", time_limit=30)
    partner = smug.solving.race_candidates(smug.available_backends(), "long_row")[1]
    assert solution.status is smug.Status.OPTIMAL and solution.backend == partner
    assert solution.stats["auto_plan"] == [["cpsat", partner]]
    assert solution.timings.total < 15  # CP-SAT first would take its 15 s share


def test_auto_reason_names_settle_when_settle_answered(monkeypatch):
    """With CP-SAT and z3 installed, the plan is CP-SAT alone; CP-SAT refuses costs whose
    ratio does not fit its objective exactly, so settle's z3 answers: the reason must name
    z3 and settle (it named the plan's first choice before)."""
    pytest.importorskip("z3")
    if "cpsat" not in smug.available_backends():
        pytest.skip("needs cpsat")
    import smug.solving.mask as mask_kind

    monkeypatch.setattr(mask_kind, "available_backends", lambda: ["cpsat", "z3"])
    problem = smug.MaskProblem([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0]], [1.0, 1.0], strict=False,
                               cost=[1e-20, 1.0, 1e20])
    solution = smug.solve(problem, "auto", time_limit=30, presolve=False)
    assert solution.status is smug.Status.OPTIMAL
    assert np.array_equal(solution.mask, [False, True, False])
    assert solution.backend == "z3" and solution.stats["auto_plan"] == [["cpsat"]]
    assert solution.stats["auto_reason"].endswith("answered by z3 (after the plan, by settle)")


def _tiered(name: str):
    from pathlib import Path

    return Path(__file__).resolve().parents[2] / "benchmarks" / "instances" / "tiered" / \
        f"{name}.npz"


@needs_pair
def test_auto_gives_cpsat_its_head_start_on_a_short_row_problem(monkeypatch):
    """Two free cores, rows of 4 variables: CP-SAT alone for its 1 s head start proves it
    (0.06 s on one thread), so HiGHS is never started -- no second model to build and stop."""
    import smug.solving.mask as mask_kind

    monkeypatch.setattr(mask_kind, "affinity_cores", lambda: 2)
    monkeypatch.setattr(mask_kind, "free_cores", lambda cores=None: 2)
    problem = smug.MaskProblem.load(_tiered("stem_chelsea_k3000_g0_c2"))
    assert not long_rows(instance_features(problem, presolved=False))
    solution = smug.solve(problem, "auto", time_limit=30)
    assert solution.status is smug.Status.OPTIMAL and solution.backend == "cpsat"
    assert solution.stats["auto_plan"] == [["cpsat", "highs"]]
    assert solution.stats["race"]["highs"].startswith("not started")
    assert f"{SHORT_ROW_HEAD_START:g} s head start" in solution.stats["race"]["highs"]
