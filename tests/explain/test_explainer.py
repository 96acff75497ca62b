"""SMUG end to end on hand-made nets with known optimal masks, and its bad-input errors."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

import smug
from smug.explain import SMUG, EmptyMaskWarning, SMUGBase, UnsupportedLayerError
from smug.solution import Status


def two_layer_net(bias=(-0.5, 0.0)) -> nn.Sequential:
    """hidden = relu(W1 x + b1), out = h0 + h1, with W1 = [[1, 1, 0, 0], [0, 0, 2, -1]].

    At x = 1: o = (1.5, 1) both active, IG attributions (1.5, 1) > 0. Rows (mask value 0,
    gamma 0): M0 + M1 > 0 and 2 M2 - M3 > 0, so the optimum has 2 cells: {0, 2} or {1, 2}.
    """
    net = nn.Sequential(nn.Linear(4, 2), nn.ReLU(), nn.Linear(2, 1))
    with torch.no_grad():
        net[0].weight.copy_(torch.tensor([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 2.0, -1.0]]))
        net[0].bias.copy_(torch.tensor(bias))
        net[2].weight.copy_(torch.tensor([[1.0, 1.0]]))
        net[2].bias.zero_()
    return net.eval()


X = torch.ones(1, 4)


@pytest.mark.parametrize("rows", ["relative", "absolute"])
def test_known_optimal_mask_of_a_two_layer_net(rows):
    result = SMUG(two_layer_net()).attribute(X, k=2, cell=1, rows=rows, time_limit=10)
    assert result.solution.status is Status.OPTIMAL and result.solution.objective == 2
    assert result.cell_mask.tolist() in ([True, False, True, False], [False, True, True, False])
    assert result.problem.n_rows == 2 and result.n_eligible == 2 and not result.trivial
    np.testing.assert_allclose(np.sort(result.attributions), [1.0, 1.5], rtol=1e-3)
    assert smug.verify(result.problem, result.solution.mask).ok
    assert result.base_cell_mask.tolist() == [True, True, True, True]


def test_gamma_half_forces_the_unique_optimum():
    # relative rows: M0 + M1 > 0.5 * 2 and 2 M2 - M3 > 0.5 * 1 -> {0, 1, 2}
    result = SMUG(two_layer_net()).attribute(X, k=2, gamma=0.5, cell=1, time_limit=10)
    assert result.cell_mask.tolist() == [True, True, True, False]
    assert result.solution.status is Status.OPTIMAL


def test_n_solutions_are_distinct_and_equally_small():
    result = SMUG(two_layer_net()).attribute(X, k=2, cell=1, n_solutions=3, time_limit=10)
    masks = [s.mask.tolist() for s in result.solutions]
    assert sorted(masks) == [[False, True, True, False], [True, False, True, False]]
    for s in result.solutions:
        assert s.status is Status.OPTIMAL and s.objective == 2
        assert smug.verify(result.problem, s.mask).ok


def test_saliency_follows_eq4_and_is_scaled_to_half_one():
    result = SMUG(two_layer_net()).attribute(X, k=2, cell=1, time_limit=10)
    # kept cells: one of {0, 1} (covered by neuron 0, alpha 1.5) and 2 (neuron 1, alpha 1)
    kept = np.flatnonzero(result.cell_mask)
    scores = result.cell_scores[kept]
    np.testing.assert_allclose(sorted(scores), [1.0, 1.5], rtol=1e-3)
    assert sorted(result.cell_saliency[kept]) == [0.5, 1.0]
    assert (result.cell_saliency[~result.cell_mask] == 0).all()


def test_positive_bias_makes_absolute_rows_trivial_and_says_so():
    net = two_layer_net(bias=(5.0, 5.0))
    with pytest.warns(EmptyMaskWarning):
        result = SMUG(net).attribute(X, k=2, cell=1, rows="absolute", time_limit=10)
    assert result.trivial and result.rows_met_by_empty == 2
    assert result.cell_mask.sum() == 0
    relative = SMUG(net).attribute(X, k=2, cell=1, rows="relative", time_limit=10)
    assert not relative.trivial and relative.cell_mask.sum() == 2


def test_conv_net_mask_verifies_and_maps_to_pixels():
    torch.manual_seed(0)
    net = nn.Sequential(nn.Conv2d(3, 4, 3, stride=2, padding=1), nn.BatchNorm2d(4), nn.ReLU(),
                        nn.Flatten(), nn.Linear(4 * 4 * 4, 3)).eval()
    x = torch.randn(1, 3, 8, 8)
    result = SMUG(net).attribute(x, k=14, cell=2, time_limit=10)
    assert result.mask.shape == (8, 8) and result.saliency.shape == (8, 8)
    assert result.problem.grid.grid_shape == (4, 4)
    assert smug.verify(result.problem, result.cell_mask).ok
    # per pixel (the paper): kept cells inside the chosen neurons' receptive fields
    assert (result.mask == (result.cell_mask_input & result.base_mask)).all()
    assert result.sparsity <= result.cell_sparsity
    assert result.target == int(net(x).argmax())
    base = SMUGBase(net).attribute(x, k=14, cell=2)
    assert base.solution is None
    assert (base.cell_mask >= result.cell_mask).all()  # minimal mask inside the base mask
    assert (base.mask >= result.mask).all() and (base.mask == result.base_mask).all()


def test_smug_explain_is_callable_and_forwards():
    import types

    assert isinstance(smug.explain, types.ModuleType)  # the package, made callable
    result = smug.explain(two_layer_net(), X.numpy().astype(np.float64), k=2, cell=1,
                          time_limit=10)
    assert result.solution.objective == 2
    from smug.explain import explain

    assert explain(two_layer_net(), X, k=2, cell=1, time_limit=10).solution.objective == 2
    # the real signature, no **kwargs hiding parameters
    import inspect

    params = inspect.signature(smug.explain).parameters
    assert {"k", "gamma", "cell", "backend", "time_limit", "ig_output", "progress"} <= set(params)
    assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    assert "Parameters" in (smug.explain.__call__.__doc__ or "")


def test_text_cnn_one_variable_per_token():
    from smug.models.text_cnn import load_text_cnn

    model, encoder = load_text_cnn()
    ids = encoder.encode("a wonderful , moving and funny film")
    x = encoder.embed(ids)
    result = SMUG(model).attribute(x, k=60, cell=1, time_limit=10)
    assert result.problem.n_vars == x.shape[-1] == len(ids)
    assert smug.verify(result.problem, result.cell_mask).ok
    # masking a token = zero embedding = the padding token: check on the real model
    kept = torch.tensor(result.cell_mask, dtype=x.dtype)
    with torch.no_grad():
        o = model.conv(x * kept).numpy()[0].reshape(-1)
        o_empty = model.conv(x * 0).numpy()[0].reshape(-1)
    # relative rows at gamma 0: the input-driven part stays positive
    assert (o[result.neurons] - o_empty[result.neurons] > 0).all()
    from smug.viz import text_html

    page = text_html(encoder.decode(ids), result.cell_saliency)
    assert page.count("<span") == len(ids)


# --- bad input ------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs,match", [
    ({"k": 0}, "k:"), ({"k": -3}, "k:"), ({"k": 2.5}, "k:"),
    ({"gamma": 1.0}, "gamma:"), ({"gamma": -0.1}, "gamma:"),
    ({"cell": 0}, "cell:"), ({"cell": 3}, "cell:.*does not divide"), ({"cell": 5}, "cell:"),
    ({"rows": "both"}, "rows:"), ({"mask_value": "grey"}, "mask_value:"),
    ({"mask_value": "black"}, "black"), ({"target": 7}, "target:"),
    ({"n_solutions": 0}, "n_solutions:"), ({"n_steps": 0}, "n_steps:"),
    ({"ig_output": "probability"}, "ig_output:"), ({"backend": "cplex-typo"}, "backend:"),
    ({"time_limit": 0}, "time_limit:"), ({"time_limit": float("nan")}, "time_limit:"),
    ({"cell": (2, 0)}, "cell:"), ({"threads": 0}, "threads:"), ({"seed": -1}, "seed:"),
    ({"progress": "yes"}, "progress:"), ({"no_such_option": 1}, "options:"),
])
def test_bad_arguments_are_clear_errors(kwargs, match):
    with pytest.raises(ValueError, match=match):
        SMUG(two_layer_net()).attribute(X, **{"cell": 1, **kwargs})


def test_partial_cells_on_request():
    result = SMUG(two_layer_net()).attribute(X, k=2, cell=3, allow_partial_cells=True,
                                             time_limit=10)
    # cells {0, 1, 2} and {3}: rows 2 M0 > 0 and 2 M0 - M1 > 0 -> only the first cell
    assert result.problem.n_vars == 2 and result.cell_mask.tolist() == [True, False]
    assert result.problem.grid.cell_shape == (3,)
    assert result.cell_mask_input.tolist() == [1, 1, 1, 0]
    # a partial cell costs its number of positions: the objective counts pixels
    assert result.problem.cost.tolist() == [3.0, 1.0] and result.solution.objective == 3
    # per pixel: neuron 0 reads inputs 0, 1 and neuron 1 reads 2, 3 (input 3 is masked)
    assert result.mask.tolist() == [1, 1, 1, 0]


@pytest.mark.parametrize("x", [torch.ones(4), torch.ones(2, 4), torch.ones(1, 5)],
                         ids=["no-batch-axis", "batch-of-two", "wrong-width"])
def test_input_shape_not_matching_the_model(x):
    with pytest.raises(ValueError, match="x:"):
        SMUG(two_layer_net()).attribute(x, cell=1)


def test_training_mode_warns_switches_and_restores():
    net = two_layer_net().train()
    with pytest.warns(UserWarning, match="training mode"):
        result = SMUG(net).attribute(X, k=2, cell=1, time_limit=10)
    assert net.training and result.solution.objective == 2


def test_non_affine_first_layer():
    net = nn.Sequential(nn.Tanh(), nn.Linear(4, 2)).eval()
    with pytest.raises(UnsupportedLayerError, match="Tanh"):
        SMUG(net).attribute(X, cell=1)
    with pytest.raises(TypeError, match="model:"):
        SMUG("not a model")


def test_mnist_mlp_digit_with_2x2_cells():
    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp()
    X, _ = load_mnist("test")
    x = torch.tensor(X[:1])
    result = SMUG(model, spatial_shape=(28, 28)).attribute(x, k=15, cell=2, time_limit=10)
    assert result.problem.n_vars == 14 * 14 and result.mask.shape == (28, 28)
    assert result.solution.status is Status.OPTIMAL
    assert smug.verify(result.problem, result.cell_mask).ok
    assert 0 < result.cell_mask.sum() <= result.base_cell_mask.sum()
    # rows are checked against the real forward pass of the masked digit
    masked = x.numpy()[0] * result.cell_mask_input.reshape(-1)
    with torch.no_grad():
        o = model[0](torch.tensor(masked[None])).numpy()[0]
    bias = model[0].bias.detach().numpy()
    assert (o[result.neurons] - bias[result.neurons] > 0).all()  # relative rows, gamma 0
    with pytest.raises(ValueError, match="spatial_shape:"):
        SMUG(model, spatial_shape=(27, 28)).attribute(x, k=32, cell=1)


# --- validate -> IG -> encode -> solve -> saliency ----------------------------------------
class CountingNet(nn.Module):
    """two_layer_net that counts its forward passes (IG is many of them)."""

    def __init__(self) -> None:
        super().__init__()
        self.net = two_layer_net()
        self.calls = 0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.calls += 1
        return self.net(x)


@pytest.mark.parametrize("kwargs,match", [
    ({"backend": "cpsatt"}, "backend:.*valid backends"),
    ({"cell": 3}, "cell:"),  # needs the input's shape: one forward pass, still before IG
    ({"cpsat_typo_option": 1, "backend": "cpsat"}, "options:"),
    ({"k": 0}, "k:"), ({"gamma": 2}, "gamma:"), ({"time_limit": -1}, "time_limit:"),
])
def test_every_argument_is_checked_before_ig(kwargs, match):
    net = CountingNet().eval()
    with pytest.raises(ValueError, match=match):
        SMUG(net).attribute(X, **{"cell": 1, **kwargs})
    assert net.calls <= 1  # IG would have run n_steps more passes


def test_validate_arguments_is_public_and_normalises():
    from smug.explain import validate_arguments

    args = validate_arguments(k=5, gamma=0, cell=(2, 2), backend="cpsat", time_limit=3)
    assert args["backend"] == "cpsat" and args["gamma"] == 0.0 and args["cell"] == (2, 2)
    assert args["time_limit"] == 3.0 and args["solve_options"] == {}
    assert "backend" not in validate_arguments(solve=False, backend="not checked")
    with pytest.raises(ValueError, match="backend:"):
        validate_arguments(backend="nope")


def test_encode_is_the_public_front_half():
    explainer = SMUG(two_layer_net())
    enc = explainer.encode(X, k=2, cell=1)
    assert enc.problem.n_rows == 2 and enc.n_eligible == 2 and enc.target is None
    assert enc.ig.output_kind == "softmax" and enc.settings["k"] == 2
    solved = explainer.attribute(X, k=2, cell=1, time_limit=10)
    assert (solved.problem.A != enc.problem.A).nnz == 0
    np.testing.assert_array_equal(solved.problem.rhs, enc.problem.rhs)


def test_smug_base_is_a_sibling_without_solver_arguments():
    import inspect

    assert not issubclass(SMUGBase, SMUG) and not issubclass(SMUG, SMUGBase)
    params = inspect.signature(SMUGBase.attribute).parameters
    assert "backend" not in params and "time_limit" not in params
    assert hasattr(SMUGBase, "encode") and hasattr(SMUG, "encode")


def test_k_above_the_eligible_neurons_warns_with_the_count():
    from smug.explain import FewNeuronsWarning

    with pytest.warns(FewNeuronsWarning, match="only 2 are eligible"):
        result = SMUG(two_layer_net()).attribute(X, k=10, cell=1, time_limit=10)
    assert result.k_requested == 10 and result.n_eligible == 2 and result.problem.n_rows == 2


def test_progress_bar_over_the_ig_path(capsys):
    SMUG(two_layer_net()).attribute(X, k=2, cell=1, n_steps=12, time_limit=10, progress=True)
    err = capsys.readouterr().err
    assert "IG path points" in err and "12/12" in err


def test_inputs_move_to_the_model_and_results_are_cpu_numpy():
    # a float64 tensor for a float32 model on the CPU: converted, explained, numpy back
    net = two_layer_net()
    result = SMUG(net).attribute(torch.ones(1, 4, dtype=torch.float64), k=2, cell=1,
                                 time_limit=10)
    assert result.solution.objective == 2
    for arr in (result.mask, result.saliency, result.attributions, result.ig.attributions):
        assert isinstance(arr, np.ndarray)


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_explains_a_model_on_cuda():
    net = two_layer_net().cuda()
    result = SMUG(net).attribute(X, k=2, cell=1, time_limit=10)  # X is on the CPU
    assert result.solution.objective == 2 and isinstance(result.saliency, np.ndarray)
    assert next(net.parameters()).is_cuda


@pytest.mark.parametrize("backend", ["auto", *smug.available_backends()])
def test_distinct_solutions_compare_costs_exactly(backend):
    """Issue 17, item 2: masks of cost 1 + 2**-55 (the float 1.0) were returned as
    "minimal" beside the true minimum 1; only masks of exactly the minimal cost count."""
    from smug.explain.explainer import _solve_distinct

    problem = smug.MaskProblem([[1, 1, 0], [1, 0, 1]], [1, 1], strict=False,
                               cost=[1.0, 2.0**-55, 1.0])
    found = _solve_distinct(problem, 3, backend=backend, time_limit=30)
    assert [s.mask.tolist() for s in found] == [[True, False, False]]
