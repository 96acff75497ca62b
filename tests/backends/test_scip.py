"""The ``"scip"`` backend: what is SCIP's alone (the shared MILP checks are in
``test_milp_shared.py``, the conformance kit in ``tests/testing/test_conformance.py``)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

pytest.importorskip("pyscipopt")

import smug  # noqa: E402
from smug.backends import Capability, Settings, get_backend  # noqa: E402
from smug.backends.stop import StopSignal  # noqa: E402
from smug.errors import UnknownOptionError  # noqa: E402
from smug.solution import Status, Termination  # noqa: E402

from . import milp_checks as check  # noqa: E402

BACKEND = "scip"


def test_scip_is_registered_with_its_extra_and_capabilities():
    assert BACKEND in smug.available_backends()
    cls = type(get_backend(BACKEND))
    assert cls.extra == "scip" and cls.version() is not None
    assert {Capability.HINT, Capability.INTERRUPT, Capability.MIP} <= cls.capabilities
    assert Capability.EXACT not in cls.capabilities


def test_native_parameters_reach_scip_in_both_spellings_and_bad_ones_are_refused():
    problem = check.knapsack(n=14, m=2)
    s = smug.solve(problem, BACKEND, time_limit=20, **{"presolving/maxrounds": 0},
                   separating_maxrounds=0)
    assert s.status is Status.OPTIMAL and s.objective == 5770.0
    with pytest.raises(UnknownOptionError, match="no_such/parameter"):
        smug.solve(problem, BACKEND, time_limit=5, **{"no_such/parameter": 1})
    with pytest.raises(ValueError, match="numerics/feastol"):
        smug.solve(problem, BACKEND, time_limit=5, **{"numerics/feastol": -1.0})


def test_the_keyword_spelling_of_a_shadowing_parameter_is_refused_too():
    problem = check.knapsack(n=6, m=1)
    with pytest.raises(UnknownOptionError, match="limits/time.*time_limit"):
        smug.solve(problem, BACKEND, limits_time=4)


def test_hint_is_accepted_and_the_answer_unchanged():
    problem = check.knapsack(n=14, m=2)
    plain = smug.solve(problem, BACKEND, time_limit=20)
    hinted = smug.solve(problem, BACKEND, time_limit=20, hint=np.ones(14, dtype=bool))
    assert hinted.status is plain.status is Status.OPTIMAL
    assert hinted.objective == plain.objective == 5770.0


def test_a_true_infeasibility_is_confirmed_by_a_second_run_without_presolve():
    # m0 + m1 >= 1.5 and m0 + m1 <= 0.5 (as -m0 - m1 >= -0.5): infeasible over 0/1.
    problem = smug.MaskProblem(np.array([[1.0, 1.0], [-1.0, -1.0]]), [1.5, -0.5], strict=False)
    solution = smug.solve(problem, BACKEND, presolve=False)
    assert solution.status is Status.INFEASIBLE
    kinds = [(r["kind"], r["termination"]) for r in solution.stats["rounds"]]
    assert kinds == [("relaxed", "infeasible"), ("second opinion", "infeasible")]


def test_a_strict_row_tight_at_a_float_tie_is_cut_not_trusted():
    """0.1 m0 + 0.2 m1 > 0.30000000000000004 - 2**-54 holds for {0, 1} only in float sums."""
    rhs = np.nextafter(0.30000000000000004, 0.0)
    problem = smug.MaskProblem([[0.1, 0.2, 1.0]], [rhs], strict=True, cost=[1.0, 1.0, 5.0])
    s = smug.solve(problem, BACKEND, presolve=False, time_limit=20)
    # exactly, 0.1 + 0.2 (as doubles) = 0.3000000000000000166..., above rhs = 0.29999...
    from smug.testing.oracle import brute_force

    expected = brute_force(problem).optimum
    assert s.status is Status.OPTIMAL and s.objective == float(expected)
    assert smug.verify(problem, s.mask).ok


def test_a_stop_signal_interrupts_a_running_solve():
    """A solve that would run for its whole 60 s limit stops within seconds of the signal."""
    problem = _hard_problem()
    stop = StopSignal()
    engine = get_backend(BACKEND)
    settings = Settings(time_limit=60, deadline=time.monotonic() + 60, stop=stop)
    result: dict[str, object] = {}

    def run() -> None:
        result["solution"] = engine.solve(problem, settings)

    thread = threading.Thread(target=run)
    start = time.monotonic()
    thread.start()
    time.sleep(1.0)
    while thread.is_alive() and time.monotonic() - start < 30:
        stop.set()  # the contract: whoever stops a solve asks until it has returned
        thread.join(0.1)
    elapsed = time.monotonic() - start
    assert not thread.is_alive(), "SCIP did not stop"
    solution = result["solution"]
    assert elapsed < 20
    assert solution.termination is Termination.INTERRUPTED, solution.raw_status
    assert solution.status is not Status.OPTIMAL


_STOPPED_WHILE_BUILDING = """
import numpy as np
import smug
import smug.backends.scip as scip_backend
from smug.backends import Settings, get_backend
from smug.backends.stop import StopSignal

# the stop comes after the real model is built and before SCIP solves it: the losing side
# of auto's race when CP-SAT proves while SCIP builds (a long-row MNIST problem, issue 20)
stop = StopSignal()
real_rows = scip_backend._add_rows
def rows_then_stop(*args):
    real_rows(*args)
    stop.set()
scip_backend._add_rows = rows_then_stop
ring = [[1.0, 1.0, 0, 0], [0, 1.0, 1.0, 0], [0, 0, 1.0, 1.0], [1.0, 0, 0, 1.0]]
problem = smug.MaskProblem(np.array(ring), [1.0] * 4, strict=False, cost=[1.0] * 4)
solution = get_backend("scip").solve(problem, Settings(time_limit=10, stop=stop))
print(solution.status.value, solution.bound)
"""


def test_a_solve_stopped_before_scip_starts_returns_no_bound_and_does_not_crash():
    """Asked for its dual bound in the problem stage, SCIP did not raise: it died of a
    segmentation fault (found when SCIP became auto's long-row race partner). Run in a
    child process, so that a crash is this test's failure and not the whole session's."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _STOPPED_WHILE_BUILDING],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["unknown", "None"]


def _hard_problem() -> smug.MaskProblem:
    """A random 0/1 multi-row knapsack of 300 columns: SCIP does not prove it in seconds."""
    rng = np.random.default_rng(7)
    n, m = 300, 30
    A = rng.integers(1, 1000, size=(m, n)).astype(np.float64) + rng.random((m, n))
    rhs = A.sum(axis=1) * 0.5
    cost = rng.integers(1, 1000, size=n).astype(np.float64)
    return smug.MaskProblem(A, rhs, strict=True, cost=cost)


@pytest.mark.slow
def test_full_network_pixel_mnist_image_matches_highs():
    """The full network's big-M MILP at pixel level (784 cells), through the one MILP
    adapter (``solve_mip``): SCIP's answer agrees with HiGHS's and is verified exactly.

    Validation image 0 on the 784-32-10 MLP: SCIP proved 4 in 17.5 s here, while HiGHS
    stopped at FEASIBLE 5 (bound 4) at 60 s (the busy 2-core machine). The default suite
    checks SCIP on the full network at 4x4 cells against brute force
    (``tests/fullnet/test_milp.py`` runs every installed backend with ``Capability.MIP``)."""
    pytest.importorskip("torch")
    pytest.importorskip("highspy")
    from smug.data.mnist import load_mnist
    from smug.fullnet import FullNetProblem, verify_fullnet
    from smug.models.mnist_mlp import load_mnist_mlp

    X, y = load_mnist("val")
    problem = FullNetProblem.from_model(load_mnist_mlp(), X[0], int(y[0]), cell=1)
    scip = smug.solve(problem, BACKEND, time_limit=60)
    highs = smug.solve(problem, "highs", time_limit=60)
    assert scip.backend == BACKEND and scip.mask is not None
    assert verify_fullnet(problem, scip.mask).ok
    if scip.status is highs.status is Status.OPTIMAL:
        assert scip.objective == highs.objective
    assert scip.status is Status.OPTIMAL, scip.raw_status
