"""The row encoding: right-hand sides of both row forms, and the vectorised speed target."""

from __future__ import annotations

import time

import numpy as np
import torch
from torch import nn

from smug.explain import cell_contributions, encode_rows, extract_first_layer
from smug.problem import Grid


def _layer(shape=(1, 3, 12, 12)):
    torch.manual_seed(0)
    conv = nn.Conv2d(shape[1], 8, 3, stride=2, padding=1).eval()
    first, xin = extract_first_layer(conv, torch.randn(*shape))
    return first, xin.double().numpy()


def test_row_forms_right_hand_sides():
    first, x = _layer()
    baseline = np.full_like(x, 0.25)
    o_x = first.forward(x[None])[0].ravel()
    o_b = first.forward(baseline[None])[0].ravel()
    neurons = np.array([0, 5, 77, 200])
    grid = Grid((12, 12), (2, 2))
    rel = encode_rows(first, x, baseline, neurons, grid, 0.3, "relative", o_x, o_b)
    ab = encode_rows(first, x, baseline, neurons, grid, 0.3, "absolute", o_x, o_b)
    row_sums = np.asarray(rel.problem.A.sum(axis=1)).ravel()
    np.testing.assert_allclose(row_sums, o_x[neurons] - o_b[neurons], rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(rel.problem.rhs, 0.3 * row_sums)
    np.testing.assert_array_equal(ab.problem.rhs, 0.3 * o_x[neurons] - o_b[neurons])
    assert (rel.problem.A != ab.problem.A).nnz == 0 and rel.problem.strict.all()


def test_k5000_on_224_is_vectorised_and_fast():
    first, x = _layer((1, 3, 224, 224))
    neurons = np.random.default_rng(0).choice(first.n_neurons, 5000, replace=False)
    grid = Grid((224, 224), (4, 4))
    best = np.inf
    for _ in range(3):
        start = time.perf_counter()
        A, R = cell_contributions(first, x, neurons, grid)
        best = min(best, time.perf_counter() - start)
    assert A.shape == (5000, 56 * 56) and R.nnz >= A.nnz
    assert best < 0.2, f"encoding k=5000 took {best:.3f} s"
