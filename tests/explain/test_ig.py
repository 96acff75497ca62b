"""Integrated gradients over first-layer activations: exact cases and completeness."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

import smug
from smug.explain import first_layer_ig


def test_ig_of_a_linear_rest_is_activation_times_weight():
    # F(a) = v . a + c is linear, so IG_t = a_t * v_t exactly, whatever the quadrature.
    model = nn.Sequential(nn.Linear(3, 4), nn.Linear(4, 1)).double().eval()
    x = torch.tensor([[0.5, -1.0, 2.0]], dtype=torch.float64)
    result = first_layer_ig(model, x, model[0], target=None, n_steps=7)
    a = model[0](x).detach().numpy()[0]
    v = model[1].weight.detach().numpy()[0]
    np.testing.assert_allclose(result.attributions, a * v, rtol=1e-12)
    assert abs(result.completeness_gap) < 1e-12


def test_ig_completeness_on_the_real_mnist_mlp():
    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp().eval()
    X, y = load_mnist("test")
    for i in range(3):
        x = torch.tensor(X[i:i + 1])
        label = int(model(x).argmax())
        result = first_layer_ig(model, x, model[0], target=label, n_steps=64,
                                internal_batch_size=16)
        assert result.attributions.shape == (32,)
        # ReLU makes F piecewise linear in alpha: the quadrature converges, not exactly.
        assert result.completeness_relative < 0.02, result.completeness_relative
        assert result.output - result.output_at_zero > 0
        # batching does not change the numbers
        again = first_layer_ig(model, x, model[0], target=label, n_steps=64)
        np.testing.assert_allclose(again.attributions, result.attributions, rtol=1e-4,
                                   atol=1e-6)


def test_reuse_ig_computes_once_per_input_and_gives_the_same_explanations():
    from smug.data.mnist import load_mnist
    from smug.explain import SMUG, SMUGBase
    from smug.explain.ig import reuse_ig
    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp().eval()
    X, _ = load_mnist("test")
    x, other = torch.tensor(X[0:1]), torch.tensor(X[1:2])
    fresh = SMUG(model, spatial_shape=(28, 28)).attribute(x, k=8, cell=4, n_steps=16)
    with reuse_ig() as cache:
        a = SMUG(model, spatial_shape=(28, 28)).attribute(x, k=8, cell=4, n_steps=16)
        b = SMUGBase(model, spatial_shape=(28, 28)).attribute(x, k=5, cell=4, n_steps=16)
        c = SMUG(model, spatial_shape=(28, 28)).attribute(other, k=8, cell=4, n_steps=16)
        assert cache["hits"] == 1  # b reused a's IG; c is another input
    np.testing.assert_array_equal(a.ig.attributions, fresh.ig.attributions)
    assert b.ig is a.ig and c.ig is not a.ig
    # Same IG -> the same MaskProblem and the same proven optimum. The mask itself may be
    # another of several minimal masks: CP-SAT with two workers breaks ties by a race.
    assert (a.problem.A != fresh.problem.A).nnz == 0
    np.testing.assert_array_equal(a.problem.rhs, fresh.problem.rhs)
    assert a.solution.status is fresh.solution.status is smug.Status.OPTIMAL
    assert a.solution.objective == fresh.solution.objective
    assert smug.verify(fresh.problem, a.solution.mask).ok
    # outside the context nothing is cached
    again = SMUG(model, spatial_shape=(28, 28)).attribute(x, k=8, cell=4, n_steps=16)
    assert again.ig is not a.ig


# --- the paper's target: softmax, post-activation; checked against Captum ------------------
class SharedActivationNet(nn.Module):
    """conv -> BN -> act -> conv -> act -> flatten -> linear, one ReLU6 module used twice
    (as EfficientNet's ``_swish``): IG must replace only the first-layer call."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.conv1 = nn.Conv2d(2, 4, 3, stride=2, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.act = nn.ReLU6()
        self.conv2 = nn.Conv2d(4, 3, 3, padding=1)
        self.head = nn.Linear(3 * 4 * 4, 5)
        with torch.no_grad():
            self.conv1.weight.mul_(4.0)  # some units above 6, where ReLU6 saturates
            self.bn.running_mean.uniform_(-0.5, 0.5)
            self.bn.running_var.uniform_(0.5, 1.5)

    def rest(self, a: torch.Tensor) -> torch.Tensor:
        """The network after the first layer's activation, taking its output ``a``."""
        return self.head(torch.flatten(self.act(self.conv2(a)), 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.rest(self.act(self.bn(self.conv1(x))))


@pytest.mark.parametrize("output", ["softmax", "logit"])
def test_first_layer_ig_equals_captum_on_the_rest_of_the_network(output):
    from captum.attr import IntegratedGradients

    model = SharedActivationNet().double().eval()
    x = torch.randn(1, 2, 8, 8, dtype=torch.float64, generator=torch.Generator().manual_seed(1))
    target = int(model(x).argmax())
    with torch.no_grad():
        pre = model.bn(model.conv1(x))
        a = model.act(pre)
    assert (pre > 6).any() and (pre < 0).any()  # post- and pre-activation differ
    extractor = (lambda out: torch.softmax(out, 1)) if output == "softmax" else (lambda out: out)
    captum = IntegratedGradients(lambda acts: extractor(model.rest(acts)))
    expected = captum.attribute(a, baselines=torch.zeros_like(a), target=target, n_steps=40,
                                method="gausslegendre").detach().numpy()[0]
    ours = first_layer_ig(model, x, model.bn, target, n_steps=40, activation=model.act,
                          output=output)
    # Captum builds its Gauss-Legendre nodes in float32: agreement to ~1e-7 relative
    np.testing.assert_allclose(ours.attributions, expected, rtol=1e-6, atol=1e-10)
    np.testing.assert_allclose(ours.activations, a.numpy()[0], rtol=0, atol=0)
    np.testing.assert_allclose(ours.pre_activations, pre.numpy()[0], rtol=0, atol=0)
    assert ours.output_kind == output and ours.activation == "ReLU6"
    f = extractor(model(x))[0, target].item()
    assert ours.output == pytest.approx(f, rel=1e-12)


def test_extraction_finds_the_activation_after_batchnorm():
    from smug.explain import extract_first_layer

    model = SharedActivationNet().eval()
    first, _ = extract_first_layer(model, torch.randn(1, 2, 8, 8))
    assert first.output_module is model.bn and first.activation is model.act
    plain = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2)).eval()
    first, _ = extract_first_layer(plain, torch.randn(1, 4))
    assert first.activation is None  # Tanh is not piecewise linear: IG on o itself


@pytest.mark.slow
def test_completeness_gap_on_a_real_photo_under_the_default_rule():
    """EfficientNet-Lite0 on chelsea: the default nodes keep the gap under 1 % (~30 s)."""
    from smug.data.photos import load_photo
    from smug.explain import DEFAULT_N_STEPS, extract_first_layer
    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    model = load_efficientnet_lite0()
    x = preprocess(load_photo("chelsea"), crop="none")
    first, _ = extract_first_layer(model, x)
    assert first.activation is model._swish
    target = int(model(x).argmax())
    result = first_layer_ig(model, x, first.output_module, target, DEFAULT_N_STEPS,
                            internal_batch_size=25, activation=first.activation)
    assert result.output_kind == "softmax" and result.output > 0.5
    assert result.completeness_relative < 0.01, result.completeness_relative
