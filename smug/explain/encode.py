"""Encode chosen first-layer neurons as the rows of a :class:`smug.MaskProblem`.

A mask ``M`` (one binary variable per cell of ``w x w`` input positions, shared by all
channels) replaces the masked-out positions by a baseline ``x_b``::

    z(M) = M * x + (1 - M) * x_b = x_b + M * (x - x_b)

so the pre-activation of neuron ``t`` is affine in ``M``::

    o_t(z(M)) = o_t(x_b) + sum_j A[t, j] M_j,   A[t, j] = sum over positions p of cell j
                                                          in t's receptive field of W_t[p] (x - x_b)[p]

(zero padding lies outside every cell and stays zero). Two row forms:

* ``"absolute"`` (the paper's Eq. 3): ``o_t(z(M)) > gamma * o_t(x)``, i.e.
  ``A_t . M > gamma * o_t(x) - o_t(x_b)``;
* ``"relative"``: ``o_t(z(M)) - o_t(x_b) > gamma * (o_t(x) - o_t(x_b))``, i.e.
  ``A_t . M > gamma * sum_j A[t, j]``: the input-driven part of the activation keeps at
  least the fraction ``gamma``.

The per-cell sums are computed for all neurons at once with numpy gathers and one sparse
COO-to-CSR conversion (which adds up the kernel positions falling in the same cell); there is
no Python loop over neurons or kernel positions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from smug.explain.firstlayer import FirstLayer
from smug.problem import Grid, MaskProblem

__all__ = ["ROW_FORMS", "Encoding", "cell_contributions", "encode_rows"]

ROW_FORMS = ("relative", "absolute")


@dataclass(frozen=True)
class Encoding:
    """A MaskProblem with what is needed to read its solution back.

    Attributes
    ----------
    problem : MaskProblem
        One row per neuron of ``neurons``; variables are the cells of ``problem.grid``.
    receptive : scipy CSR bool matrix, (k, n_cells)
        ``receptive[t, j]`` is True when cell ``j`` holds a position of neuron ``t``'s
        receptive field (structural: also when the coefficient happens to be zero).
    neurons : ndarray of int
        Flat indices into the layer output of the rows, in row order.
    activation : ndarray
        ``o_t(x)`` of each row's neuron (float64).
    baseline_activation : ndarray
        ``o_t(x_b)``: the activation with every cell masked out.
    """

    problem: MaskProblem
    receptive: sp.csr_matrix
    neurons: np.ndarray
    activation: np.ndarray
    baseline_activation: np.ndarray


def _conv_positions(first: FirstLayer, neurons: np.ndarray):
    """For each neuron and kernel offset: output channel, input-channel block, and position.

    Returns ``(channel, group_start, positions, inside)`` where ``positions`` has shape
    ``(k, K, d)`` (K kernel offsets, d spatial axes) in unpadded input coordinates and
    ``inside`` (k, K) says whether the position is a real input position (not padding).
    """
    out_shape = first.output_shape
    spatial_out = out_shape[1:]
    kernel = first.weight.shape[2:]
    channel, *out_pos = np.unravel_index(neurons, out_shape)
    offsets = np.stack(np.unravel_index(np.arange(int(np.prod(kernel))), kernel), axis=1)
    positions = np.empty((len(neurons), len(offsets), len(spatial_out)), dtype=np.int64)
    for axis in range(len(spatial_out)):  # loop over the 1 or 2 spatial axes only
        positions[:, :, axis] = (out_pos[axis][:, None] * first.stride[axis]
                                 + offsets[None, :, axis] * first.dilation[axis]
                                 - first.padding[axis][0])
    size = np.asarray(first.spatial_shape)
    inside = np.all((positions >= 0) & (positions < size), axis=2)
    per_group = out_shape[0] // first.groups
    group_start = (channel // per_group) * first.weight.shape[1]
    return channel, group_start, positions, inside


def _conv_contributions(first: FirstLayer, diff: np.ndarray, neurons: np.ndarray,
                        cell_of: np.ndarray, n_cells: int):
    channel, group_start, positions, inside = _conv_positions(first, neurons)
    k, n_off, _ = positions.shape
    clipped = np.where(inside[:, :, None], positions, 0)
    flat_pos = np.ravel_multi_index(tuple(np.moveaxis(clipped, 2, 0)), first.spatial_shape)
    c_in = first.weight.shape[1]
    in_channels = group_start[:, None] + np.arange(c_in)[None, :]  # (k, c_in)
    diff_flat = diff.reshape(diff.shape[0], -1)
    gathered = diff_flat[in_channels[:, :, None], flat_pos[:, None, :]]  # (k, c_in, K)
    weights = first.weight[channel].reshape(k, c_in, n_off)
    values = np.einsum("tck,tck->tk", weights, gathered) * inside
    rows = np.broadcast_to(np.arange(k)[:, None], (k, n_off))[inside]
    cols = cell_of[flat_pos][inside]
    A = sp.csr_matrix((values[inside], (rows, cols)), shape=(k, n_cells))
    R = sp.csr_matrix((np.ones(rows.size, dtype=bool), (rows, cols)), shape=(k, n_cells))
    return A, R


def _linear_contributions(first: FirstLayer, diff: np.ndarray, neurons: np.ndarray,
                          cell_of: np.ndarray, n_cells: int):
    n_in = first.weight.shape[1]
    pool = sp.csr_matrix((np.ones(n_in), (np.arange(n_in), cell_of)), shape=(n_in, n_cells))
    weights = first.weight[neurons]
    A = sp.csr_matrix(weights * diff.reshape(1, -1)) @ pool
    R = (sp.csr_matrix(weights != 0, dtype=np.float64) @ pool) > 0
    return sp.csr_matrix(A), sp.csr_matrix(R)


def cell_contributions(first: FirstLayer, diff: np.ndarray, neurons: np.ndarray, grid: Grid
                       ) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Per-cell input-driven contributions ``A`` (k, n_cells) and receptive fields ``R``.

    Parameters
    ----------
    first : FirstLayer
    diff : ndarray, the layer input shape
        ``x - x_b``: what unmasking a position adds.
    neurons : ndarray of int
        Flat indices into the layer output.
    grid : Grid
        Over the layer's spatial input shape (or a reshaping of it for linear layers).
    """
    cell_of = grid.cell_index().reshape(-1)
    neurons = np.asarray(neurons, dtype=np.int64)
    if first.kind == "linear":
        if cell_of.size != first.weight.shape[1]:
            raise ValueError(f"grid: covers {cell_of.size} positions, the layer has "
                             f"{first.weight.shape[1]} inputs")
        return _linear_contributions(first, diff, neurons, cell_of, grid.n_cells)
    return _conv_contributions(first, diff, neurons, cell_of, grid.n_cells)


def encode_rows(first: FirstLayer, x: np.ndarray, baseline: np.ndarray, neurons: np.ndarray,
                grid: Grid, gamma: float, rows: str, activation: np.ndarray,
                baseline_activation: np.ndarray, name: str = "smug") -> Encoding:
    """Build the MaskProblem of the chosen neurons (see the module docstring for the rows).

    ``activation`` and ``baseline_activation`` are ``o(x)`` and ``o(x_b)`` over the whole
    layer output (flat, float64); rows whose full mask would not satisfy them exactly are
    the caller's to filter (see :func:`smug.explain.explainer`).
    """
    if rows not in ROW_FORMS:
        raise ValueError(f"rows: expected one of {ROW_FORMS}, got {rows!r}")
    diff = np.asarray(x, dtype=np.float64) - np.asarray(baseline, dtype=np.float64)
    A, R = cell_contributions(first, diff, neurons, grid)
    act = activation[neurons]
    base = baseline_activation[neurons]
    if rows == "relative":
        rhs = gamma * np.asarray(A.sum(axis=1)).ravel()
    else:
        rhs = gamma * act - base
    problem = MaskProblem(A, rhs, strict=True, grid=grid, name=name)
    return Encoding(problem, R, np.asarray(neurons, dtype=np.int64), act, base)
