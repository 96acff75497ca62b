"""Eq. 4, SMUG_base and sparsity per pixel (the paper's definitions), with known answers.

Each net is a conv first layer, ReLU, and a linear read-out with positive weights, so every
first-layer neuron with a positive activation has a positive IG attribution and the
chosen neurons are known by construction. The answers are counted by hand from the
receptive fields; nothing here reuses the library's receptive-field code.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

import smug
from smug.explain import SMUG, SMUGBase
from smug.solution import Status


def conv_readout(conv: nn.Conv2d, n_out: int, readout: torch.Tensor) -> nn.Sequential:
    """conv -> ReLU -> flatten -> Linear(n_out -> 2): row 0 = ``readout``, row 1 = 0."""
    head = nn.Linear(n_out, 2)
    with torch.no_grad():
        head.weight.zero_()
        head.weight[0] = readout
        head.bias.zero_()
    return nn.Sequential(conv, nn.ReLU(), nn.Flatten(), head).eval()


def test_one_by_one_conv_keeps_one_pixel_not_its_cell():
    # 1x1 conv, weight 1, over 8x8; read-out favours the neuron at (2, 5). With k = 1 and
    # 4x4 cells, the solver keeps the one cell holding (2, 5), but the neuron's receptive
    # field is that single pixel: the paper keeps 1 pixel, sparsity 1/64.
    conv = nn.Conv2d(1, 1, 1, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    readout = torch.full((64,), 0.01)
    readout[2 * 8 + 5] = 1.0
    net = conv_readout(conv, 64, readout)
    x = torch.ones(1, 1, 8, 8)
    result = SMUG(net).attribute(x, k=1, cell=4, time_limit=10)
    assert result.solution.status is Status.OPTIMAL and result.solution.objective == 1
    assert result.neurons.tolist() == [2 * 8 + 5]
    expected = np.zeros((8, 8), dtype=bool)
    expected[2, 5] = True
    assert (result.mask == expected).all()
    assert result.sparsity == 1 / 64
    assert result.cell_sparsity == 16 / 64  # the per-cell view: the whole 4x4 cell
    assert result.saliency[2, 5] == 1.0 and result.saliency.sum() == 1.0
    assert result.base_sparsity == 1 / 64 and result.base_cell_sparsity == 16 / 64


def test_strided_conv_two_neurons_base_is_eighteen_pixels():
    # 3x3 conv, stride 3, over 9x9: 9 neurons with disjoint 3x3 fields. k = 2 and one 9x9
    # cell: SMUG_base per pixel is the two fields, 18 of 81 pixels (per cell: all 81).
    conv = nn.Conv2d(1, 1, 3, stride=3, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    readout = torch.tensor([0.1, 0.1, 0.1, 0.1, 2.0, 0.1, 0.1, 0.1, 1.0])  # (1,1), (2,2)
    net = conv_readout(conv, 9, readout)
    x = torch.ones(1, 1, 9, 9)
    base = SMUGBase(net).attribute(x, k=2, cell=9)
    assert sorted(base.neurons.tolist()) == [4, 8]
    expected = np.zeros((9, 9), dtype=bool)
    expected[3:6, 3:6] = expected[6:9, 6:9] = True
    assert (base.mask == expected).all() and base.mask.sum() == 18
    assert base.sparsity == 18 / 81 and base.cell_sparsity == 1.0
    # Eq. 4: each pixel scores its own neuron's attribution; scaled to {0.5, 1}
    a = dict(zip(base.neurons.tolist(), base.attributions))
    assert a[4] > a[8] > 0
    np.testing.assert_allclose(base.scores[3:6, 3:6], a[4])
    np.testing.assert_allclose(base.scores[6:9, 6:9], a[8])
    assert set(np.unique(base.saliency).tolist()) == {0.0, 0.5, 1.0}
    assert (base.saliency[3:6, 3:6] == 1.0).all() and (base.saliency[6:9, 6:9] == 0.5).all()
    smug_result = SMUG(net).attribute(x, k=2, cell=9, time_limit=10)
    assert smug_result.cell_mask.tolist() == [True]
    assert (smug_result.mask == expected).all() and smug_result.sparsity == 18 / 81


def test_padded_border_neuron_reads_only_real_pixels():
    # 3x3 conv, padding 1, over 4x4; the read-out favours the corner neuron (0, 0), whose
    # field is rows/cols -1..1: the padding is no pixel, so it reads the 2x2 corner only.
    conv = nn.Conv2d(1, 1, 3, padding=1, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    readout = torch.full((16,), 0.01)
    readout[0] = 1.0
    net = conv_readout(conv, 16, readout)
    x = torch.ones(1, 1, 4, 4)
    result = SMUG(net).attribute(x, k=1, cell=4, time_limit=10)
    assert result.neurons.tolist() == [0] and result.cell_mask.tolist() == [True]
    expected = np.zeros((4, 4), dtype=bool)
    expected[:2, :2] = True
    assert (result.mask == expected).all() and result.sparsity == 4 / 16
    assert result.cell_sparsity == 1.0
    assert (result.base_mask == expected).all()


def test_partial_border_cells_cost_their_pixels():
    # 1x1 conv over 1x5 (a row of 5 pixels), cells of 2: cells {0,1}, {2,3}, {4}. Two
    # neurons, at pixels 1 and 4, must each keep their cell: costs 2 and 1, objective 3.
    conv = nn.Conv2d(1, 1, 1, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    readout = torch.tensor([0.0, 1.0, 0.0, 0.0, 1.0])
    net = conv_readout(conv, 5, readout)
    x = torch.ones(1, 1, 1, 5)
    result = SMUG(net).attribute(x, k=2, cell=(1, 2), allow_partial_cells=True,
                                 time_limit=10)
    assert result.problem.cost.tolist() == [2.0, 2.0, 1.0]
    assert result.cell_mask.tolist() == [True, False, True]
    assert result.solution.objective == 3 and result.solution.status is Status.OPTIMAL
    assert result.mask.tolist() == [[False, True, False, False, True]]
    assert smug.verify(result.problem, result.solution.mask).ok


def test_summary_names_the_definitions():
    conv = nn.Conv2d(1, 1, 1, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    net = conv_readout(conv, 16, torch.linspace(0.1, 1.0, 16))
    summary = SMUG(net).attribute(torch.ones(1, 1, 4, 4), k=3, cell=2,
                                  time_limit=10).summary()
    assert "per pixel" in summary["definitions"]["sparsity"]
    assert "per cell" in summary["definitions"]["cell_sparsity"]
    assert summary["sparsity"] == pytest.approx(3 / 16)
    assert summary["ig_completeness"]["output"] == "softmax"
    assert summary["ig_completeness"]["activation"] == "ReLU"
