"""Exact sign of sums of float64 numbers.

Every float64 is an exact rational, so the sign of ``sum(terms) - offset`` is a well-defined
fact that floating-point summation can get wrong when the sum is close to zero. The helpers
here decide it exactly and fast: a vectorised float sum with a rigorous error bound settles
almost every group, and the few groups within the bound are re-done in exact rationals
(:class:`fractions.Fraction`).
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

_UNIT_ROUNDOFF = 2.0**-53


def _summation_error_bound(abs_total: np.ndarray, n_terms: np.ndarray) -> np.ndarray:
    """Upper bound on the rounding error of a recursive float sum of ``n_terms`` numbers.

    Uses the classical bound ``gamma_n * sum|x_i|`` with ``gamma_n = n u / (1 - n u)``, plus
    a little slack for the rounding of the bound itself and for the pairwise order numpy may
    use (its error bound is no larger than the recursive one).
    """
    n = n_terms.astype(np.float64) + 2.0
    gamma = n * _UNIT_ROUNDOFF / (1.0 - n * _UNIT_ROUNDOFF)
    return 2.0 * gamma * abs_total + np.finfo(np.float64).tiny


def _exact_group_sign(values: np.ndarray, offset: float) -> int:
    total = sum((Fraction(float(v)) for v in values), Fraction(0)) - Fraction(float(offset))
    return (total > 0) - (total < 0)


def grouped_sign(indptr: np.ndarray, data: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Exact sign of ``sum(data[indptr[i]:indptr[i+1]]) - offset[i]`` for every group ``i``.

    Parameters
    ----------
    indptr : (g + 1,) int array
        Group boundaries into ``data``, as in a CSR matrix.
    data : (nnz,) float64 array
        The terms (finite).
    offset : (g,) float64 array
        Subtracted from each group's sum (finite).

    Returns
    -------
    (g,) int8 array of -1, 0, +1.
    """
    indptr = np.asarray(indptr, dtype=np.int64)
    data = np.asarray(data, dtype=np.float64)
    offset = np.asarray(offset, dtype=np.float64)
    g = len(indptr) - 1
    sums = np.zeros(g)
    abs_sums = np.zeros(g)
    counts = np.diff(indptr)
    nonempty = counts > 0
    if data.size:
        starts = indptr[:-1][nonempty]
        with np.errstate(over="ignore", invalid="ignore"):
            sums[nonempty] = np.add.reduceat(data, starts)
            abs_sums[nonempty] = np.add.reduceat(np.abs(data), starts)
    with np.errstate(over="ignore", invalid="ignore"):
        diff = sums - offset
        bound = _summation_error_bound(abs_sums + np.abs(offset), counts)
    signs = np.sign(diff).astype(np.int8)
    unsure = ~(np.abs(diff) > bound) | ~np.isfinite(diff) | ~np.isfinite(bound)
    for i in np.flatnonzero(unsure):
        signs[i] = _exact_group_sign(data[indptr[i] : indptr[i + 1]], offset[i])
    return signs


def exact_value(values: np.ndarray) -> Fraction:
    """The exact rational sum of float64 values."""
    return sum((Fraction(float(v)) for v in np.asarray(values, dtype=np.float64)), Fraction(0))
