"""Integrated gradients over first-layer activations: exact cases and completeness."""

from __future__ import annotations

import numpy as np
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
