"""First-layer extraction: receptive fields, padding, BatchNorm folding, masked forward = rows."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from smug.explain import UnsupportedLayerError, cell_contributions, extract_first_layer
from smug.explain.encode import encode_rows
from smug.problem import Grid


def _receptive_sets(first, grid, neurons):
    diff = np.ones(first.input_shape)
    _, R = cell_contributions(first, diff, np.asarray(neurons), grid)
    return [set(np.flatnonzero(R[i].toarray().ravel())) for i in range(R.shape[0])]


def test_receptive_fields_of_strided_padded_conv_by_hand():
    # 3x3 kernel, stride 2, padding 1 on a 5x5 input: output 3x3. Output (0,0) reads input
    # rows/cols -1..1 (row/col -1 is padding), output (1,1) reads 1..3, output (2,2) 3..5.
    conv = nn.Conv2d(1, 1, 3, stride=2, padding=1).eval()
    x = torch.randn(1, 1, 5, 5)
    first, _ = extract_first_layer(conv, x)
    assert first.padding == ((1, 1), (1, 1)) and first.output_shape == (1, 3, 3)
    grid = Grid((5, 5), (1, 1))
    fields = _receptive_sets(first, grid, [0, 4, 8])
    cells = lambda rows, cols: {r * 5 + c for r in rows for c in cols}  # noqa: E731
    assert fields[0] == cells([0, 1], [0, 1])
    assert fields[1] == cells([1, 2, 3], [1, 2, 3])
    assert fields[2] == cells([3, 4], [3, 4])
    # 2x2 cells over a 6x6 input (3x3 cells): output (1, 0) reads rows 1..3, cols 0..1
    conv6 = nn.Conv2d(1, 1, 3, stride=2, padding=1).eval()
    first6, _ = extract_first_layer(conv6, torch.randn(1, 1, 6, 6))
    (field,) = _receptive_sets(first6, Grid((6, 6), (2, 2)), [3])
    assert field == {0, 3}


def test_static_same_padding_is_asymmetric():
    from efficientnet_lite_pytorch.utils import Conv2dStaticSamePadding

    conv = Conv2dStaticSamePadding(1, 1, 3, stride=2, image_size=4, bias=False).eval()
    first, _ = extract_first_layer(conv, torch.randn(1, 1, 4, 4))
    assert first.padding == ((0, 1), (0, 1))  # ZeroPad2d((0, 1, 0, 1)): after only
    fields = _receptive_sets(first, Grid((4, 4), (1, 1)), [0, 3])
    assert fields[0] == {0, 1, 2, 4, 5, 6, 8, 9, 10}  # rows/cols 0..2
    assert fields[1] == {10, 11, 14, 15}  # rows/cols 2..3 (4 is padding)


def test_batchnorm_folding_equals_unfolded_forward():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(3, 6, 3, stride=2, padding=1), nn.BatchNorm2d(6), nn.ReLU())
    bn = model[1]
    bn.running_mean.uniform_(-1, 1)
    bn.running_var.uniform_(0.5, 2)
    bn.weight.data.uniform_(0.5, 2)
    bn.bias.data.uniform_(-1, 1)
    model.eval()
    x = torch.randn(1, 3, 9, 9)
    first, layer_input = extract_first_layer(model, x)
    assert first.folded_batchnorm and first.output_module is bn
    expected = model[:2].double()(x.double()).detach().numpy()
    np.testing.assert_allclose(first.forward(layer_input.numpy()[None]), expected,
                               rtol=1e-12, atol=1e-12)


CASES = [
    ("conv2d", lambda: nn.Sequential(nn.Conv2d(3, 4, (3, 2), stride=(2, 1), padding=(1, 0),
                                               dilation=(1, 2)), nn.BatchNorm2d(4)),
     (1, 3, 10, 9), 2),
    ("grouped", lambda: nn.Sequential(nn.Conv2d(4, 6, 3, stride=2, padding="valid", groups=2)),
     (1, 4, 8, 8), 2),
    ("same", lambda: nn.Sequential(nn.Conv2d(2, 3, 4, padding="same", dilation=2)),
     (1, 2, 8, 8), 4),
    ("conv1d", lambda: nn.Sequential(nn.Conv1d(5, 7, 5, padding=2), nn.BatchNorm1d(7)),
     (1, 5, 12), 1),
    ("linear", lambda: nn.Sequential(nn.Flatten(), nn.Linear(12, 5)), (1, 3, 4), 1),
]


@pytest.mark.parametrize("name,make,shape,cell", CASES, ids=[c[0] for c in CASES])
def test_masked_forward_by_torch_equals_rows(name, make, shape, cell):
    """For random masks: o(M*x + (1-M)*x_b) computed by the module == A.M + o(x_b)."""
    torch.manual_seed(1)
    model = make()
    for mod in model.modules():
        if isinstance(mod, nn.modules.batchnorm._BatchNorm):
            mod.running_mean.uniform_(-1, 1)
            mod.running_var.uniform_(0.5, 2)
    model.eval()
    x = torch.randn(*shape)
    first, xin = extract_first_layer(model, x)
    xin = xin.double().numpy()
    grid = Grid(first.spatial_shape, (cell,) * len(first.spatial_shape))
    baseline = np.random.default_rng(0).normal(size=xin.shape)
    o_x = first.forward(xin[None])[0].ravel()
    o_b = first.forward(baseline[None])[0].ravel()
    neurons = np.arange(first.n_neurons)
    enc = encode_rows(first, xin, baseline, neurons, grid, 0.0, "absolute", o_x, o_b)
    modules = (first.layer, first.output_module) if first.folded_batchnorm else (first.layer,)
    reference = nn.Sequential(*modules).double()
    rng = np.random.default_rng(2)
    for _ in range(5):
        cells = rng.random(grid.n_cells) < 0.5
        pos = grid.to_input(cells).reshape((1,) * (xin.ndim - len(grid.input_shape))
                                           + grid.input_shape)
        masked = np.where(pos, xin, baseline)
        with torch.no_grad():
            by_torch = reference(torch.from_numpy(masked[None])).numpy().ravel()
        by_rows = enc.problem.A @ cells.astype(float) + enc.baseline_activation
        np.testing.assert_allclose(by_rows, by_torch, rtol=1e-10, atol=1e-10)


def test_efficientnet_stem_rows_equal_masked_forward():
    from smug.models.efficientnet import load_efficientnet_lite0

    model = load_efficientnet_lite0()
    torch.manual_seed(3)
    x = torch.randn(1, 3, 224, 224)
    first, xin = extract_first_layer(model, x)
    assert first.layer is model._conv_stem and first.output_module is model._bn0
    assert first.padding == ((0, 1), (0, 1)) and first.output_shape == (32, 112, 112)
    xin = xin.double().numpy()
    grid = Grid((224, 224), (4, 4))
    neurons = np.random.default_rng(0).choice(first.n_neurons, 2000, replace=False)
    zero = np.zeros_like(xin)
    o_x = first.forward(xin[None])[0].ravel()
    enc = encode_rows(first, xin, zero, neurons, grid, 0.0, "absolute", o_x,
                      first.forward(zero[None])[0].ravel())
    stem = nn.Sequential(model._conv_stem, model._bn0).double()
    cells = np.random.default_rng(1).random(grid.n_cells) < 0.3
    masked = xin * grid.to_input(cells)[None]
    with torch.no_grad():
        by_torch = stem(torch.from_numpy(masked[None])).numpy().ravel()[neurons]
    stem.float()
    by_rows = enc.problem.A @ cells.astype(float) + enc.baseline_activation
    np.testing.assert_allclose(by_rows, by_torch, rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("model", [
    nn.Sequential(nn.ReLU(), nn.Linear(4, 2)),
    nn.Sequential(nn.MaxPool1d(1), nn.Linear(4, 2)),
], ids=["relu-first", "maxpool-first"])
def test_non_affine_first_layer_is_an_error_naming_it(model):
    with pytest.raises(UnsupportedLayerError, match=type(model[0]).__name__):
        extract_first_layer(model.eval(), torch.randn(1, 4))


def test_explicit_non_affine_layer_and_reflect_padding_are_errors():
    model = nn.Sequential(nn.Linear(4, 3), nn.ReLU()).eval()
    with pytest.raises(UnsupportedLayerError, match="ReLU"):
        extract_first_layer(model, torch.randn(1, 4), layer=model[1])
    conv = nn.Conv2d(1, 1, 3, padding=1, padding_mode="reflect").eval()
    with pytest.raises(UnsupportedLayerError, match="reflect"):
        extract_first_layer(conv, torch.randn(1, 1, 5, 5))


def test_layer_kinds_are_classes_with_their_own_fields():
    from smug.explain import ConvLayer, LinearLayer

    linear, _ = extract_first_layer(nn.Sequential(nn.Flatten(), nn.Linear(12, 5)).eval(),
                                    torch.randn(1, 3, 4))
    conv1d, _ = extract_first_layer(nn.Conv1d(5, 7, 5, padding=2).eval(), torch.randn(1, 5, 12))
    conv2d, _ = extract_first_layer(nn.Conv2d(3, 4, 3, stride=2).eval(), torch.randn(1, 3, 9, 9))
    assert isinstance(linear, LinearLayer) and linear.kind == "linear"
    assert isinstance(conv1d, ConvLayer) and conv1d.kind == "conv1d"
    assert isinstance(conv2d, ConvLayer) and conv2d.kind == "conv2d"
    assert conv2d.stride == (2, 2) and conv2d.padding == ((0, 0), (0, 0))
    # receptive fields in input positions: a 3x3 stride-2 valid conv over 9x9, neuron (0,1,1)
    field = conv2d.receptive_field(np.array([0 * 16 + 1 * 4 + 1]))
    rows, cols = np.divmod(field.indices, 9)
    assert sorted(set(rows.tolist())) == [2, 3, 4] and sorted(set(cols.tolist())) == [2, 3, 4]
    assert field.nnz == 9
    # a Linear neuron reads the inputs with a non-zero weight
    with torch.no_grad():
        layer = nn.Linear(4, 2)
        layer.weight.copy_(torch.tensor([[1.0, 0.0, 2.0, 0.0], [0.0, 0.0, 0.0, 3.0]]))
    first, _ = extract_first_layer(layer.eval(), torch.randn(1, 4))
    assert first.receptive_field(np.array([0, 1])).toarray().tolist() == [
        [True, False, True, False], [False, False, False, True]]
