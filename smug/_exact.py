"""Exact sign of sums of float64 numbers.

Every float64 is an exact rational, so the sign of ``sum(terms) - offset`` is a well-defined
fact that floating-point summation can get wrong when the sum is close to zero. The helpers
here decide it exactly and fast: a vectorised float sum with a rigorous error bound settles
almost every group, and the few groups within the bound are re-done in exact rationals
(:class:`fractions.Fraction`).
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache

import numpy as np

_UNIT_ROUNDOFF = 2.0**-53


def summation_error_bound(abs_total: np.ndarray, n_terms: np.ndarray) -> np.ndarray:
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
        bound = summation_error_bound(abs_sums + np.abs(offset), counts)
    with np.errstate(invalid="ignore"):  # nan (inf - inf) casts to garbage: decided below
        signs = np.sign(diff).astype(np.int8)
    unsure = ~(np.abs(diff) > bound) | ~np.isfinite(diff) | ~np.isfinite(bound)
    if unsure.any():
        unsure &= ~_integral_groups(indptr, data, offset, abs_sums, nonempty)
    for i in np.flatnonzero(unsure):
        signs[i] = _exact_group_sign(data[indptr[i] : indptr[i + 1]], offset[i])
    return signs


def _integral_groups(indptr: np.ndarray, data: np.ndarray, offset: np.ndarray,
                     abs_sums: np.ndarray, nonempty: np.ndarray) -> np.ndarray:
    """Groups whose float sum minus offset is exact: integer terms and offset, and a total
    magnitude below 2**52, so every partial sum is an integer that float64 holds exactly
    (clause rows: +-1 coefficients and integer right-hand sides, ties everywhere)."""
    whole = np.zeros(indptr.size - 1, dtype=bool)
    if data.size:
        with np.errstate(over="ignore", invalid="ignore"):
            frac = (data != np.round(data)).astype(np.int64)
        whole[nonempty] = np.add.reduceat(frac, indptr[:-1][nonempty]) == 0
    whole[~nonempty] = True
    with np.errstate(over="ignore", invalid="ignore"):
        small = (abs_sums + np.abs(offset)) < 2.0**52
        return whole & (offset == np.round(offset)) & small


def exact_value(values: np.ndarray) -> Fraction:
    """The exact rational sum of float64 values."""
    return sum((Fraction(float(v)) for v in np.asarray(values, dtype=np.float64)), Fraction(0))


# --- dyadic arithmetic ---------------------------------------------------------------------
# Every finite float64 is an integer times a power of two (a dyadic rational). The helpers
# below are the one place that takes floats apart that way; the backends scale rows and costs
# to integers with them (z3, CP-SAT) or use them to find a row's grain (the MILP backends).


def lowest_set_bit_exponents(values: np.ndarray) -> np.ndarray:
    """For each nonzero finite float ``v``, the ``k`` with ``v`` an odd multiple of ``2**k``.

    ``v = f * 2**x`` with ``f`` in [0.5, 1) has the 53-bit integer significand ``f * 2**53``;
    its trailing zero bits ``z`` give ``v = odd * 2**(x - 53 + z)``. Exact for subnormals too
    (their significand just has leading zeros). Zeros get a huge exponent (they constrain
    nothing).
    """
    values = np.asarray(values, dtype=np.float64)
    mant, exp = np.frexp(np.abs(values))
    ints = np.ldexp(mant, 53).astype(np.int64)
    lowest = ints & -ints
    _, tz = np.frexp(lowest.astype(np.float64))
    out = exp.astype(np.int64) - 53 + (tz.astype(np.int64) - 1)
    return np.where(values == 0, np.iinfo(np.int32).max, out)


def integer_scale_exponent(values: np.ndarray) -> int:
    """The smallest ``e`` such that every ``v * 2**e`` is an integer (0 for no nonzero value)."""
    values = np.asarray(values, dtype=np.float64)
    nonzero = values[values != 0]
    if nonzero.size == 0:
        return 0
    return max(0, -int(lowest_set_bit_exponents(nonzero).min()))


def scaled_integers(values: np.ndarray, exponent: int) -> list[int]:
    """``v * 2**exponent`` as exact Python ints (each must be an integer; see above)."""
    out = []
    for v in np.asarray(values, dtype=np.float64).tolist():
        num, den = float(v).as_integer_ratio()
        scaled = num << exponent if exponent >= 0 else Fraction(num, 1 << -exponent)
        scaled = Fraction(scaled, den)
        if scaled.denominator != 1:
            raise ValueError(f"values: {v!r} * 2**{exponent} is not an integer")
        out.append(int(scaled))
    return out


def cost_grain(cost: np.ndarray) -> Fraction | None:
    """The largest rational that divides every cost exactly (None when every cost is zero).

    Every objective value ``cost . M`` is a sum of costs, hence a multiple of their greatest
    common divisor as exact rationals, so a lower bound can be rounded up to the next
    multiple. Costs are dyadic rationals ``p / 2**d``: scaled by the largest ``2**d`` they
    are integers, and their integer gcd over that power of two is the grain. Tied costs
    (twelve costs of 0.1) have the cost itself as grain, so a MILP bound within one grain of
    the incumbent proves it in one step; near ties (1 and 1 + 1e-12) have a tiny grain.
    """
    last = _LAST_GRAIN
    if last is not None and last[0] is cost:  # the loop asks once per round
        return last[1]
    values = np.asarray(cost, dtype=np.float64)
    grain = _grain_of(np.unique(values[values != 0]).tobytes())
    if isinstance(cost, np.ndarray) and not cost.flags.writeable:
        globals()["_LAST_GRAIN"] = (cost, grain)
    return grain


_LAST_GRAIN: tuple[np.ndarray, Fraction | None] | None = None


@lru_cache(maxsize=32)
def _grain_of(unique_bytes: bytes) -> Fraction | None:
    values = np.frombuffer(unique_bytes, dtype=np.float64)
    if values.size == 0:
        return None
    if values.size == 1:
        return Fraction(float(values[0]))
    if np.all(values == np.round(values)) and float(values.max()) < 2.0**53:
        return Fraction(int(np.gcd.reduce(values.astype(np.int64))))
    ratios = [float(v).as_integer_ratio() for v in values.tolist()]
    shift = max(den.bit_length() - 1 for _, den in ratios)
    ints = [num << (shift - (den.bit_length() - 1)) for num, den in ratios]
    return Fraction(math.gcd(*ints), 1 << shift)


def exact_dot(cost: np.ndarray, mask: np.ndarray) -> Fraction:
    """``cost . mask`` exactly, for a bool mask."""
    chosen = np.asarray(cost, dtype=np.float64)[np.asarray(mask, dtype=bool)]
    if chosen.size and np.all(chosen == np.round(chosen)) and float(np.abs(chosen).sum()) < 2.0**52:
        return Fraction(int(chosen.sum()))
    return exact_value(chosen)


def row_cover(cols: np.ndarray, coefs: np.ndarray, on: np.ndarray, free: np.ndarray,
              target: Fraction, strict: bool) -> np.ndarray | None:
    """Positions of a minimal set of columns one of which must flip for a failed row to hold.

    The row is ``coefs . M > target`` (``>=`` unless ``strict``) and fails at ``on``. The
    candidates are the free columns whose flip raises the activity (positive and off, or
    negative and on); the smallest ones are left out while their total stays within the
    exact slack, so that the row still fails with all of them flipped. Returns None when the
    row holds at ``on``.
    """
    coefs = np.asarray(coefs, dtype=np.float64)
    activity = exact_value(coefs[on])
    slack = target - activity
    if (slack < 0) if strict else (slack <= 0):
        return None
    helps = free & (((coefs > 0) & ~on) | ((coefs < 0) & on))
    positions = np.flatnonzero(helps)
    order = positions[np.argsort(np.abs(coefs[positions]), kind="stable")]
    dropped = 0
    total = Fraction(0)
    for p in order.tolist():
        total += Fraction(abs(float(coefs[p])))
        if (total > slack) if strict else (total >= slack):
            break
        dropped += 1
    return np.sort(order[dropped:])


def float_down(value: Fraction) -> float:
    """The largest float64 not above ``value`` (a bound must not be rounded up)."""
    f = float(value)
    if Fraction(f) > value:
        f = float(np.nextafter(f, -np.inf))
    return f
