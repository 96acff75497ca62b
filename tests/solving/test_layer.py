"""The solving layer (smug.solving): the one Settings of a solve, problem kinds, choices made
from the declared capabilities and the preference table, reductions with apply / invert."""

from __future__ import annotations

import time

import numpy as np
import pytest

import smug
from smug.backends import PREFERENCE, Backend, Capability, register_backend, unregister_backend
from smug.reductions import ExactPresolve, UnusedColumns
from smug.solution import Status
from smug.solving import (MaskKind, choose_race, fallback_order, kind_of, make_settings,
                          race_candidates)

A = np.array([[3.0, 1.0, 1.0, 0.0], [0.0, 1.0, 1.0, 1.0]])
PROBLEM = smug.MaskProblem(A, [2.5, 1.5], strict=[True, False])  # optimum 3: M0 + two of M1-M3


def test_settings_are_built_once_with_the_deadline_from_now():
    before = time.monotonic()
    s = make_settings(2.0, 1, 3, {"x": 1}, None, True)
    assert s.verbose and s.threads == 1 and s.seed == 3 and dict(s.options) == {"x": 1}
    assert before + 2.0 <= s.deadline <= time.monotonic() + 2.0
    assert make_settings(None, None, 0, {}, None, False).deadline is None


def test_auto_keeps_verbose(capfd):
    """``verbose`` reaches the solver on the default (auto) path: CP-SAT prints its log."""
    if "cpsat" not in smug.available_backends():
        pytest.skip("needs cpsat")
    solution = smug.solve(PROBLEM, threads=1, verbose=True, presolve=False)
    assert solution.backend == "cpsat" and solution.objective == 3.0
    assert "CpSolverResponse" in capfd.readouterr().out
    smug.solve(PROBLEM, threads=1, presolve=False)
    assert "CpSolverResponse" not in capfd.readouterr().out


def test_problem_kinds_dispatch_on_the_type():
    assert isinstance(kind_of(PROBLEM), MaskKind)
    with pytest.raises(TypeError, match="smug.MaskProblem or smug.fullnet.FullNetProblem"):
        smug.solve(np.eye(2))
    with pytest.raises(TypeError, match="got list"):
        smug.cross_check([1, 2])


class _Interruptible(Backend):
    """A backend that declares INTERRUPT (never run here: only its flags are read)."""

    name = "zz-interruptible"
    extra = "none"
    required_modules = ()
    capabilities = frozenset({Capability.INTERRUPT})

    def build(self, problem, tightening, settings):  # pragma: no cover - never solved
        raise AssertionError("not run")

    run = read = build


def test_race_candidates_come_from_the_interrupt_flag_and_the_preference_table():
    assert race_candidates(["z3", "pulp", "cvxpy"]) == ()  # none can be interrupted
    assert race_candidates(["highs", "cpsat", "z3"]) == ("cpsat", "highs")
    assert fallback_order(["z3", "mysolver", "highs"]) == ["highs", "z3", "mysolver"]
    register_backend(_Interruptible)
    try:
        # unmeasured, so after the measured ones; it races when fewer than two measured can
        assert race_candidates(["cpsat", "highs", "zz-interruptible"]) == ("cpsat", "highs")
        names, why = choose_race({}, ["highs", "zz-interruptible", "z3"], cores=2)
        assert names == ("highs", "zz-interruptible") and "race" in why
        assert choose_race({}, ["highs", "zz-interruptible"], cores=1)[0] == ("highs",)
    finally:
        unregister_backend("zz-interruptible")
    assert PREFERENCE["mask"][:2] == ("cpsat", "highs")


def test_reductions_apply_and_invert_keep_the_optimum():
    wide = smug.MaskProblem(np.hstack([A, np.zeros((2, 3))]), [2.5, 1.5],
                            strict=[True, False], cost=[1, 1, 1, 1, 2, 0, 5],
                            fixed=[-1, -1, -1, -1, 1, -1, -1])
    unused = UnusedColumns("test")
    reduced = unused.apply(wide)
    assert reduced.problem.n_vars == 4 and reduced.decided is None
    inner = smug.solve(reduced.problem, "highs", presolve=False)
    back = unused.invert(inner, reduced.inverse)
    assert back.mask.tolist()[4:] == [True, False, False]  # the fixed one stays on
    assert back.objective == 5.0 and back.bound <= 5.0 and smug.verify(wide, back.mask).ok
    pre = ExactPresolve("test")
    decided = pre.apply(smug.MaskProblem(A, [10.0, 1.5], strict=[True, False]))
    assert decided.decided is not None and decided.decided.status is Status.INFEASIBLE
