"""The explainer's configuration objects and public stages: the stages give what
``SMUG.attribute`` gives, on a hand-made net with known optima, and bad settings are
refused when the object is made."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

import smug
from smug.explain import SMUG
from smug.explain.config import EncodeSettings, SolveSettings
from smug.explain.stages import encode, prepare, saliency, solve
from smug.solution import Status


def two_layer_net() -> nn.Sequential:
    """hidden = relu(W1 x + b1), out = h0 + h1 (the net of test_explainer.py): at x = 1 the
    optimum keeps 2 cells for gamma 0 ({0, 2} or {1, 2}) and 3 for gamma 0.5 ({0, 1, 2})."""
    net = nn.Sequential(nn.Linear(4, 2), nn.ReLU(), nn.Linear(2, 1))
    with torch.no_grad():
        net[0].weight.copy_(torch.tensor([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 2.0, -1.0]]))
        net[0].bias.copy_(torch.tensor([-0.5, 0.0]))
        net[2].weight.copy_(torch.tensor([[1.0, 1.0]]))
        net[2].bias.zero_()
    return net.eval()


X = torch.ones(1, 4)


def test_stages_give_what_attribute_gives():
    explainer = SMUG(two_layer_net())
    prepared = prepare(explainer, X, settings=EncodeSettings(internal_batch_size=16))
    for gamma, size in ((0.0, 2), (0.5, 3)):
        settings = EncodeSettings(k=2, gamma=gamma, cell=1, internal_batch_size=16)
        encoding, info = encode(prepared, settings)
        whole = explainer.attribute(X, **settings.as_kwargs(), time_limit=10)
        assert encoding.problem.n_rows == whole.problem.n_rows == 2
        np.testing.assert_array_equal(encoding.problem.A.toarray(), whole.problem.A.toarray())
        np.testing.assert_array_equal(encoding.problem.rhs, whole.problem.rhs)
        assert info["n_eligible"] == whole.n_eligible and info["dropped_rows"] == 0
        solution = solve(encoding.problem, SolveSettings(time_limit=10))
        assert solution.status is Status.OPTIMAL and solution.objective == size
        assert smug.verify(encoding.problem, solution.mask).ok
        maps = saliency(encoding, solution.mask)
        np.testing.assert_array_equal(np.asarray(maps.scores) > 0,
                                      np.asarray(saliency(encoding, whole.cell_mask).scores) > 0)


def test_settings_are_checked_when_made_and_reusable():
    settings = EncodeSettings(k=10, gamma=0.25, cell=(2, 2))
    assert settings.as_kwargs()["cell"] == settings.cell and settings == EncodeSettings(
        k=10, gamma=0.25, cell=(2, 2))
    with pytest.raises(ValueError, match="gamma"):
        EncodeSettings(gamma=1.5)
    with pytest.raises(ValueError, match="rows"):
        EncodeSettings(rows="sideways")
    with pytest.raises(ValueError, match="k"):
        EncodeSettings(k=0)
    with pytest.raises(smug.UnknownBackendError, match="valid backends"):
        SolveSettings(backend="no-such-solver")
    with pytest.raises(smug.UnknownOptionError, match="auto"):
        SolveSettings(solve_options={"max_time_in_seconds": 3})
    assert SolveSettings(backend="highs", time_limit=5).solve_kwargs()["time_limit"] == 5.0
