"""Encode chosen first-layer neurons as the rows of a :class:`smug.MaskProblem`.

A mask ``M`` (one binary variable per cell of ``w x w`` input positions, shared by all
channels) replaces the masked-out positions by a baseline ``x_b``::

    z(M) = M * x + (1 - M) * x_b = x_b + M * (x - x_b)

so the pre-activation of neuron ``t`` is affine in ``M``::

    o_t(z(M)) = o_t(x_b) + sum_j A[t, j] M_j,
    A[t, j] = sum over the positions p of cell j in t's receptive field of W_t[p] (x - x_b)[p]

(zero padding lies outside every cell and stays zero). Two row forms:

* ``"absolute"`` (the paper's Eq. 3): ``o_t(z(M)) > gamma * o_t(x)``, i.e.
  ``A_t . M > gamma * o_t(x) - o_t(x_b)``;
* ``"relative"``: ``o_t(z(M)) - o_t(x_b) > gamma * (o_t(x) - o_t(x_b))``, i.e.
  ``A_t . M > gamma * sum_j A[t, j]``: the input-driven part of the activation keeps at
  least the fraction ``gamma``.

The layer gives each neuron's contributions per input position (:meth:`FirstLayer.contributions`,
numpy gathers, no Python loop over neurons or kernel taps); one sparse product with the
position-to-cell pooling matrix adds up the positions falling in the same cell.

When a cell is cut short at the border (``allow_partial_cells``), the problem's cost of a
cell is its number of input positions, so the solver minimises positions (pixels), not
cells, as the authors' code does.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import scipy.sparse as sp

from smug.explain.firstlayer import FirstLayer
from smug.explain.ig import LayerAttribution
from smug.problem import Grid, MaskProblem

__all__ = ["ROW_FORMS", "Encoding", "cell_contributions", "cell_costs", "encode_rows",
           "pooling"]

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
    receptive_positions : scipy CSR bool matrix, (k, n_positions)
        Each row's receptive field in input positions (flat over ``problem.grid``'s input
        shape): what Eq. 4 and SMUG_base use at pixel level.

    What :meth:`smug.explain.SMUG.encode` adds (defaults when built by :func:`encode_rows`):

    target : int or None
        The explained output.
    first : FirstLayer or None
    ig : LayerAttribution or None
        The whole first-layer attribution (with its completeness numbers).
    k_requested, n_eligible : int
        The ``k`` asked for and how many neurons qualified (positive attribution and a
        positive input-driven activation); fewer rows when fewer qualify (with a warning).
    dropped_rows : int
        Neurons removed because even the full mask does not satisfy their row exactly.
    rows_met_by_empty : int
        How many rows the empty mask already satisfies.
    trivial : bool
        True when the empty mask satisfies every row (the rows explain nothing).
    settings : dict
        The validated arguments (k, gamma, cell, rows, mask_value, ig_output, n_steps...).
    ig_seconds, encode_seconds : float
        Wall clock of the IG pass (including first-layer extraction) and of the encoding.
    """

    problem: MaskProblem
    receptive: sp.csr_matrix
    neurons: np.ndarray
    activation: np.ndarray
    baseline_activation: np.ndarray
    receptive_positions: sp.csr_matrix
    target: int | None = None
    first: FirstLayer | None = None
    ig: LayerAttribution | None = None
    k_requested: int = 0
    n_eligible: int = 0
    dropped_rows: int = 0
    rows_met_by_empty: int = 0
    trivial: bool = False
    settings: dict[str, Any] = field(default_factory=dict)
    ig_seconds: float = 0.0
    encode_seconds: float = 0.0

    @property
    def attributions(self) -> np.ndarray:
        """IG attribution of each row's neuron (empty without ``ig``)."""
        if self.ig is None:
            return np.zeros(0)
        return self.ig.attributions.reshape(-1)[self.neurons]

    def keep_rows(self, keep: np.ndarray) -> Encoding:
        """The same encoding restricted to the rows ``keep`` (indices or a bool mask)."""
        p = self.problem
        problem = MaskProblem(p.A[keep], p.rhs[keep], p.strict[keep], p.cost, p.fixed,
                              grid=p.grid, name=p.name)
        return replace(self, problem=problem, receptive=self.receptive[keep],
                       neurons=self.neurons[keep], activation=self.activation[keep],
                       baseline_activation=self.baseline_activation[keep],
                       receptive_positions=self.receptive_positions[keep])


def pooling(grid: Grid) -> sp.csr_matrix:
    """``(n_positions, n_cells)`` 0/1 matrix: position ``p`` lies in cell ``j``."""
    cell_of = grid.cell_index().reshape(-1)
    n = cell_of.size
    return sp.csr_matrix((np.ones(n), (np.arange(n), cell_of)), shape=(n, grid.n_cells))


def cell_costs(grid: Grid) -> np.ndarray:
    """Cost of each cell: 1 when every cell is whole, else its number of input positions.

    With partial border cells a cell of fewer positions should cost less: the minimum mask
    is then counted in positions (pixels), as the authors' code counts it.
    """
    sizes = np.bincount(grid.cell_index().reshape(-1), minlength=grid.n_cells).astype(float)
    return np.ones(grid.n_cells) if np.all(sizes == sizes[0]) else sizes


def _check_grid(first: FirstLayer, grid: Grid) -> None:
    n = int(np.prod(grid.input_shape))
    if n != first.n_positions:
        raise ValueError(f"grid: covers {n} positions, the layer has {first.n_positions} "
                         "input positions")


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
    A, R, _ = _per_cell(first, diff, neurons, grid)
    return A, R


def _per_cell(first: FirstLayer, diff: np.ndarray, neurons: np.ndarray, grid: Grid):
    """``A`` and ``R`` per cell, and the receptive fields per position."""
    _check_grid(first, grid)
    neurons = np.asarray(neurons, dtype=np.int64)
    pool = pooling(grid)
    A = sp.csr_matrix(first.contributions(diff, neurons) @ pool)
    positions = sp.csr_matrix(first.receptive_field(neurons), dtype=bool)
    R = sp.csr_matrix((positions.astype(np.float64) @ pool) > 0)
    return A, R, positions


def encode_rows(first: FirstLayer, x: np.ndarray, baseline: np.ndarray, neurons: np.ndarray,
                grid: Grid, gamma: float, rows: str, activation: np.ndarray,
                baseline_activation: np.ndarray, name: str = "smug") -> Encoding:
    """Build the MaskProblem of the chosen neurons (see the module docstring for the rows).

    ``activation`` and ``baseline_activation`` are ``o(x)`` and ``o(x_b)`` over the whole
    layer output (flat, float64); rows whose full mask would not satisfy them exactly are
    the caller's to filter (see :meth:`smug.explain.SMUG.encode`).
    """
    if rows not in ROW_FORMS:
        raise ValueError(f"rows: expected one of {ROW_FORMS}, got {rows!r}")
    neurons = np.asarray(neurons, dtype=np.int64)
    diff = np.asarray(x, dtype=np.float64) - np.asarray(baseline, dtype=np.float64)
    A, R, positions = _per_cell(first, diff, neurons, grid)
    act = activation[neurons]
    base = baseline_activation[neurons]
    if rows == "relative":
        rhs = gamma * np.asarray(A.sum(axis=1)).ravel()
    else:
        rhs = gamma * act - base
    problem = MaskProblem(A, rhs, strict=True, cost=cell_costs(grid), grid=grid, name=name)
    return Encoding(problem, R, neurons, act, base, positions)
