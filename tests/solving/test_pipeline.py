"""The pipeline's by-components path (smug.solving.pipeline.solve_reduced) keeps the caller's
hint: each component starts from its part of it, as a whole-problem solve would."""

from __future__ import annotations

import numpy as np
import pytest

import smug
from smug.backends import get_backend
from smug.backends.base import Settings
from smug.backends.stop import StopSignal
from smug.solving import pipeline
from smug.testing.families import component_problem

pytest.importorskip("ortools")


@pytest.fixture
def split_small(monkeypatch):
    """Any problem with two components or more is solved apart (the size floor is for
    speed, not for correctness)."""
    monkeypatch.setattr(pipeline, "COMPONENTS_MIN_NNZ", 0)


def _two_knapsack_blocks() -> smug.MaskProblem:
    """Two independent blocks of 20 variables (too many for the components' enumeration of
    a mask-less component), two rows each with positive weights, half their sum on the
    right: every variable on is feasible (40), the optimum much cheaper."""
    import scipy.sparse as sp

    rng = np.random.default_rng(11)
    blocks = [rng.integers(1, 50, size=(2, 20)).astype(float) for _ in range(2)]
    A = sp.block_diag(blocks, format="csr")
    return smug.MaskProblem(A, np.concatenate([b.sum(axis=1) / 2 for b in blocks]),
                            strict=False)


def _stopped_before_start(hint):
    stop = StopSignal()
    stop.set()  # the loop stops before its first native solve: only the hint can give a mask
    return Settings(time_limit=30, threads=1, hint=hint, stop=stop)


def test_component_hints_cut_the_whole_mask_to_each_component():
    problem, _ = component_problem(seed=4, blocks=5)
    parts = smug.presolve.split_components(problem)
    hint = np.arange(problem.n_vars) % 3 == 0
    cut = pipeline.component_hints(parts, hint)
    assert len(cut) == len(parts)
    for c in parts:
        np.testing.assert_array_equal(cut[id(c.problem)], hint[c.variables])
    assert pipeline.component_hints(parts, None) == {}


def test_by_components_a_stopped_solve_returns_the_hint_not_a_filler(split_small):
    problem = _two_knapsack_blocks()
    engine = get_backend("cpsat")
    assert pipeline.components_apart(problem, engine) is not None
    best = smug.solve(problem, "cpsat", time_limit=30, presolve=False)
    assert best.status is smug.Status.OPTIMAL

    with_hint = pipeline.solve_reduced(problem, engine, _stopped_before_start(best.mask))
    assert with_hint.status is smug.Status.FEASIBLE
    assert with_hint.objective == best.objective
    assert smug.verify(problem, with_hint.mask).ok

    without = pipeline.solve_reduced(problem, engine, _stopped_before_start(None))
    # no hint: the components have no mask of their own; the filler (every variable on) costs more
    assert best.objective < 30
    assert without.objective == 40


def test_smug_solve_passes_a_hint_through_presolve_and_components(split_small):
    problem, _ = component_problem(seed=5, blocks=12)
    best = smug.solve(problem, "cpsat", time_limit=30)
    again = smug.solve(problem, "cpsat", time_limit=30, hint=best.mask)
    assert again.status is smug.Status.OPTIMAL
    assert again.objective == best.objective
    assert smug.verify(problem, again.mask).ok
