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
