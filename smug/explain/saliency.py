"""Saliency from a binary mask (Eq. 4 of the paper) and the SMUG_base mask.

Eq. 4 scores a kept cell ``j`` by the IG attributions of the chosen neurons whose
receptive field covers it::

    s_j = sum_p alpha(o_p) * [cell j in receptive(o_p)]     for M_j = 1, else 0

and, for display, the non-zero scores are scaled linearly to [0.5, 1] so that the least
important kept cell is still clearly visible against the removed ones (the paper's choice).
SMUG_base keeps every cell in the union of the receptive fields, without minimisation.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

__all__ = ["cell_scores", "scale_for_display", "receptive_union"]


def cell_scores(receptive: sp.spmatrix, attributions: np.ndarray, cell_mask: np.ndarray
                ) -> np.ndarray:
    """Eq. 4: per-cell sum of the attributions of the neurons covering it, on kept cells.

    Parameters
    ----------
    receptive : sparse bool (k, n_cells)
    attributions : ndarray (k,)
        IG attribution of each row's neuron.
    cell_mask : bool ndarray (n_cells,)
    """
    attributions = np.asarray(attributions, dtype=np.float64)
    totals = np.asarray(sp.csr_matrix(receptive, dtype=np.float64).T @ attributions).ravel()
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
    """SMUG_base's cell mask: every cell some chosen neuron's receptive field touches."""
    return np.asarray(sp.csr_matrix(receptive).sum(axis=0)).ravel() > 0
