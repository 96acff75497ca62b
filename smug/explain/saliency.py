"""Saliency from a binary mask (Eq. 4 of the paper) and the SMUG_base mask, per pixel.

Eq. 4 scores a pixel (an input position) ``i`` by the IG attributions of the chosen
neurons whose receptive field contains it, on the pixels the mask keeps::

    s_i = sum_p alpha(o_p) * [i in receptive(o_p)]     for M(i) = 1, else 0

where ``M(i)`` is the mask variable of ``i``'s cell. Sparsity is the fraction of pixels
with a non-zero score (Sec. 5). SMUG_base sets ``M = 1`` on the union of the receptive
fields, in pixels. For display, the non-zero scores are scaled linearly to [0.5, 1] so that
the least important kept pixel is still clearly visible (the paper's choice).

A per-cell view is kept beside it under explicit names (``cell_scores``,
``cell_saliency``, ``base_cell_mask``): a cell scores the attributions of the neurons
whose field touches it, and SMUG_base's cells are those the fields touch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

if TYPE_CHECKING:  # pragma: no cover
    from smug.explain.encode import Encoding

__all__ = ["SaliencyMaps", "cell_scores", "pixel_scores", "receptive_union",
           "saliency_maps", "scale_for_display"]


def _covering_sum(receptive: sp.spmatrix, attributions: np.ndarray) -> np.ndarray:
    """For each column (cell or pixel): the sum of the attributions of the rows covering it."""
    attributions = np.asarray(attributions, dtype=np.float64)
    return np.asarray(sp.csr_matrix(receptive, dtype=np.float64).T @ attributions).ravel()


def pixel_scores(receptive_positions: sp.spmatrix, attributions: np.ndarray,
                 kept_positions: np.ndarray) -> np.ndarray:
    """Eq. 4 per input position: attributions of the neurons covering it, on kept positions.

    Parameters
    ----------
    receptive_positions : sparse bool (k, n_positions)
    attributions : ndarray (k,)
        IG attribution of each row's neuron.
    kept_positions : bool ndarray (n_positions,)
        The positions whose cell the mask keeps.
    """
    totals = _covering_sum(receptive_positions, attributions)
    return np.where(np.asarray(kept_positions, dtype=bool).ravel(), totals, 0.0)


def cell_scores(receptive: sp.spmatrix, attributions: np.ndarray, cell_mask: np.ndarray
                ) -> np.ndarray:
    """Per-cell view of Eq. 4: attributions of the neurons whose field touches a kept cell.

    Parameters
    ----------
    receptive : sparse bool (k, n_cells)
    attributions : ndarray (k,)
    cell_mask : bool ndarray (n_cells,)
    """
    totals = _covering_sum(receptive, attributions)
    return np.where(np.asarray(cell_mask, dtype=bool), totals, 0.0)


def scale_for_display(scores: np.ndarray) -> np.ndarray:
    """Scale the non-zero scores linearly onto [0.5, 1]; zeros stay 0.

    When all non-zero scores are equal they all map to 1.
    """
    scores = np.asarray(scores, dtype=np.float64)
    out = np.zeros_like(scores)
    nonzero = scores != 0
    if not nonzero.any():
        return out
    lo, hi = scores[nonzero].min(), scores[nonzero].max()
    if hi == lo:
        out[nonzero] = 1.0
    else:
        out[nonzero] = 0.5 + 0.5 * (scores[nonzero] - lo) / (hi - lo)
    return out


def receptive_union(receptive: sp.spmatrix) -> np.ndarray:
    """Every column (cell or position) some chosen neuron's receptive field covers."""
    return np.asarray(sp.csr_matrix(receptive).sum(axis=0)).ravel() > 0


@dataclass(frozen=True)
class SaliencyMaps:
    """Eq. 4 for one mask, per pixel (the paper's) and per cell.

    Attributes
    ----------
    scores, saliency : float ndarray, the grid's input shape
        Unscaled Eq. 4 per input position and the same scaled to [0.5, 1] where non-zero.
    mask : bool ndarray, the grid's input shape
        Positions with a non-zero score: the explanation the paper measures.
    base_mask : bool ndarray, the grid's input shape
        SMUG_base per pixel: the union of the receptive fields.
    cell_scores, cell_saliency : float ndarray (n_cells,)
        The per-cell view of Eq. 4 (unscaled, scaled).
    base_cell_mask : bool ndarray (n_cells,)
        The cells the receptive fields touch.
    """

    scores: np.ndarray
    saliency: np.ndarray
    mask: np.ndarray
    base_mask: np.ndarray
    cell_scores: np.ndarray
    cell_saliency: np.ndarray
    base_cell_mask: np.ndarray


def saliency_maps(encoding: Encoding, cell_mask: np.ndarray) -> SaliencyMaps:
    """Eq. 4 of the mask ``cell_mask`` over the rows of ``encoding``, per pixel and per cell.

    An encoding built by :func:`smug.explain.encode_rows` alone carries no IG: each row's
    neuron then counts 1 (the masks are the same; the scores count covering neurons).
    """
    grid = encoding.problem.grid
    attr = encoding.attributions if encoding.ig is not None else np.ones(len(encoding.neurons))
    kept = grid.to_input(np.asarray(cell_mask, dtype=bool)).ravel()
    scores = pixel_scores(encoding.receptive_positions, attr, kept)
    per_cell = cell_scores(encoding.receptive, attr, cell_mask)
    shape = grid.input_shape
    return SaliencyMaps(
        scores=scores.reshape(shape), saliency=scale_for_display(scores).reshape(shape),
        mask=(scores != 0).reshape(shape),
        base_mask=receptive_union(encoding.receptive_positions).reshape(shape),
        cell_scores=per_cell, cell_saliency=scale_for_display(per_cell),
        base_cell_mask=receptive_union(encoding.receptive))
