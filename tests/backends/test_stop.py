"""StopSignal: another thread stops a running solve (what auto's race relies on)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import smug
from smug.backends import available_backends, get_backend
from smug.backends.base import Capability, Settings
from smug.backends.stop import StopSignal
from smug.solve import solve_with

TIERED = Path(__file__).resolve().parents[2] / "benchmarks" / "instances" / "tiered"
#: No backend proves this one within seconds (60 s on a loaded machine; quiet: > 10 s).
HARD = "mnist_test3_kall_g0.9_c1"


def test_hooks_run_on_set_and_at_once_when_already_set():
    stop = StopSignal()
    calls: list[str] = []
    with stop.hooked(lambda: calls.append("a")):
        assert calls == []
        stop.set()
        stop.set()  # a second request reaches the hook again
    assert calls == ["a", "a"]
    stop.set()  # the hook is gone once its block ends
    assert calls == ["a", "a"]
    with stop.hooked(lambda: calls.append("b")):
        pass
    assert calls == ["a", "a", "b"] and stop.is_set()


def test_hooks_may_come_and_go_while_another_thread_sets():
    # set() copies the hooks under the lock: blocks entering and leaving meanwhile must not
    # break it (a dict changing size during iteration) nor deadlock.
    stop = StopSignal()
    errors: list[BaseException] = []
    hits: list[int] = []

    def add_many():
        try:
            for _ in range(3000):
                with stop.hooked(lambda: hits.append(1)):
                    pass
        except BaseException as exc:  # noqa: BLE001 -- reported below
            errors.append(exc)

    workers = [threading.Thread(target=add_many) for _ in range(3)]
    for w in workers:
        w.start()
    for _ in range(3000):
        stop.set()
    for w in workers:
        w.join()
    assert errors == []
    before = len(hits)
    with stop.hooked(lambda: hits.append(1)):
        pass
    assert len(hits) == before + 1  # once set, a new block's hook runs at once


@pytest.mark.parametrize("name", ["cpsat", "highs"])
def test_a_stopped_solve_ends_interrupted_with_a_verified_mask_or_none(name):
    if name not in available_backends():
        pytest.skip(f"{name} not installed")
    engine = get_backend(name)
    assert Capability.INTERRUPT in engine.capabilities
    engine.load()
    problem = smug.MaskProblem.load(TIERED / f"{HARD}.npz")
    stop = StopSignal()
    settings = Settings(time_limit=300, threads=1, deadline=time.monotonic() + 300, stop=stop)
    timer = threading.Timer(0.5, stop.set)
    timer.start()
    solution = solve_with(problem, engine, settings)
    timer.join()
    # Not proven and not timed out (300 s): it was stopped, and says so.
    assert solution.termination is smug.Termination.INTERRUPTED
    assert solution.status in (smug.Status.FEASIBLE, smug.Status.UNKNOWN)
    if solution.mask is not None:
        assert smug.verify(problem, solution.mask).ok
        assert solution.bound is None or solution.bound <= solution.objective


@pytest.mark.parametrize("name", ["cpsat", "highs"])
def test_a_solve_stopped_before_it_starts_runs_no_round(name):
    if name not in available_backends():
        pytest.skip(f"{name} not installed")
    engine = get_backend(name)
    problem = smug.MaskProblem.load(TIERED / f"{HARD}.npz")
    stop = StopSignal()
    stop.set()
    solution = solve_with(problem, engine, Settings(threads=1, stop=stop), presolve=False)
    assert solution.status is smug.Status.UNKNOWN
    assert solution.termination is smug.Termination.INTERRUPTED
    assert solution.stats["rounds"] == []
