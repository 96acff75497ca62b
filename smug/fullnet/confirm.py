"""Exact proofs that no smaller mask exists, for a candidate found by a MILP solver.

A MILP solver's "optimal" holds up to its feasibility and integrality tolerances, so it is
not a proof about the exact network. A candidate of size ``k`` is confirmed optimal by
showing, exactly, that no mask of fewer than ``k`` cells keeps the label:

1. **Enumeration** (:func:`exclude_sizes`): every mask of size ``s = 0, 1, ...`` is run in
   float64 through the network, in batches; a mask is excluded when its float64 margin is
   at most ``delta - tau``, where ``tau`` is a rigorous bound on the float64 rounding error
   of that computation, computed exactly in rationals (:func:`_error_analysis`: the
   standard model of float64 arithmetic with underflow, Higham's ``gamma_n`` bounds for
   sums in any order, an overflow guard; the proof is in its docstring), and the
   comparison with ``delta - tau`` is exact (:func:`_float_at_most`). Every other mask
   (a NaN included) is decided by the exact rational forward pass. A size whose masks are
   all excluded is excluded exactly. A prefix of the pair-table enumeration is skipped
   only when its cardinality-aware bound rules it out with the rounding of that bound
   accounted for too (:func:`_prune_errors`). Cost grows as ``C(active cells, s)``, so it
   runs while the count fits a budget: on MNIST at pixel level the MILP optima are small,
   and sizes up to 4 enumerate in seconds.
2. **z3** (:func:`z3_at_most`): ``AtMost(cells, k - 1)`` on the exact NRA encoding; ``unsat``
   proves the bound ``k``. Used for the sizes the enumeration budget does not cover.
"""

from __future__ import annotations

import itertools
import math
import sys
import time
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from smug.fullnet.encoding import layer_bounds
from smug.fullnet.problem import FullNetProblem
from smug.fullnet.verify import exact_margin, verify_fullnet

__all__ = ["float_error_bound", "Exclusion", "exclude_sizes", "z3_at_most", "DEFAULT_ENUMERATION_LIMIT"]

#: Largest number of masks :func:`exclude_sizes` will enumerate by default (the time limit
#: usually stops it first: size 4 of ~160 MNIST pixels, 27 million masks, takes ~15 s).
DEFAULT_ENUMERATION_LIMIT = 200_000_000
_BATCH = 50_000
_BATCH_FLOATS = 4_000_000
#: Largest pair table (pairs x hidden units floats, ~128 MB) built for sizes 3 and up.
_PAIR_TABLE_FLOATS = 16_000_000

#: Unit roundoff of float64 (round to nearest): ``fl(x op y) = (x op y)(1 + d)``, ``|d| <= u``.
_U = Fraction(1, 2**53)
#: Smallest positive subnormal float64: a product that underflows is off by at most half of it.
_ETA = Fraction(1, 2**1074)
#: Largest magnitude the analysis lets any value or partial sum of the float64 passes reach:
#: below it nothing overflows (float64 goes to ~2**1024), so the error model holds.
_RANGE = Fraction(2) ** 1000


def _gamma(n: int) -> Fraction:
    """Higham's ``gamma_n = n u / (1 - n u)``: a sum of ``n + 1`` terms (or a dot product of
    ``n`` products) computed in any order, with or without fused multiply-adds, is off by at
    most ``gamma_n`` times the sum of the terms' absolute values."""
    return n * _U / (1 - n * _U)


def _float_at_most(value: Fraction) -> float:
    """The largest float64 ``<= value`` (``-inf`` below the float range): for a float ``v``,
    ``v <= _float_at_most(value)`` exactly when ``v <= value``."""
    try:
        f = float(value)
    except OverflowError:
        return sys.float_info.max if value > 0 else -math.inf
    if math.isinf(f):
        return sys.float_info.max if f > 0 else -math.inf
    while Fraction(f) > value:
        f = math.nextafter(f, -math.inf)
    return f


def _float_at_least(value: Fraction) -> float:
    """The smallest float64 ``>= value`` (``inf`` above the float range): for reporting a
    bound without rounding it down."""
    return -_float_at_most(-value)


@dataclass(frozen=True)
class _ErrorAnalysis:
    """Exact (rational) bounds on the float64 rounding error of :func:`exclude_sizes`'s passes.

    ``first_error[k]`` bounds ``|computed - exact|`` of the first pre-activation ``k`` of any
    mask, ``first_magnitude[k]`` the absolute value of its computed ReLU output (or of itself
    without a ReLU), ``tau`` that of the margin. ``in_range`` is False when some value could
    come near the float64 overflow threshold; then no float64 result is trusted.
    """

    tau: Fraction
    first_error: tuple[Fraction, ...]
    first_magnitude: tuple[Fraction, ...]
    in_range: bool


def _error_analysis(problem: FullNetProblem) -> _ErrorAnalysis:
    """The bounds of :class:`_ErrorAnalysis`, computed exactly in rationals.

    The standard model of float64 arithmetic (Higham, *Accuracy and Stability of Numerical
    Algorithms*, 2nd ed., ch. 2-3): ``fl(x + y) = (x + y)(1 + d)`` and ``fl(x y) = x y (1 + d)
    + e`` with ``|d| <= u = 2**-53`` and ``|e| <= eta / 2`` (``eta = 2**-1074``: gradual
    underflow; a sum is exact when it underflows), valid while nothing overflows. Then:

    * **First layer.** The pass adds the bias and the float64 coefficients ``fl(a_kc)`` of the
      kept cells (the exact rationals of :meth:`FullNetProblem.first_layer_cell_coefficients`
      rounded once) in *some* order (batched sums, the pair table, a prefix plus a pair). With
      ``A_k = sum_c |a_kc|`` over all ``n`` active cells and ``m <= n`` kept cells::

          |h~_k - h_k| <= sum_kept |fl(a_kc) - a_kc| + gamma_m (|b_k| + sum_kept |fl(a_kc)|)
                       <= u A_k + n eta + gamma_(n+1) (|b_k| + (1 + u) A_k + n eta) =: e_k

    * **ReLU** is 1-Lipschitz, so ``|relu(h~) - relu(h)| <= e`` too, and ``|relu(h~)| <=
      max(|lo|, |hi|) + e`` over the exact interval ``[lo, hi]`` of ``h`` over all masks
      (:func:`smug.fullnet.encoding.layer_bounds`, after the ReLU: ``[max(lo, 0), max(hi, 0)]``):
      the magnitude ``g`` of the computed value.
    * **Deeper layer** ``W v + b`` (a matrix product, then the bias; any summation order,
      fused or not) on a computed input off by ``e`` (per unit) of magnitude ``g``::

          |o~_k - o_k| <= sum_j |W_kj| e_j + gamma_(n_in + 1) (sum_j |W_kj| g_j + |b_k|) + n_in eta

    * **Margin** ``o~_label - max_(l != label) o~_l``: the max is exact and 1-Lipschitz, the
      subtraction rounds once, so with ``E`` and ``G`` the output errors and magnitudes::

          tau = E_label + max_l E_l + u (G_label + max_l G_l)

      bounds ``|computed margin - exact margin|``, and also ``|computed (o_label - o_l) -
      exact (o_label - o_l)|`` for each single class ``l`` (the screening pass).

    Overflow: every value and partial sum is bounded by ``|b| + 2 A`` (first layer), ``sum
    |W| g + |b|`` (deeper) or ``G_label + G_l`` (margin), times at most ``1 + gamma``; when all
    stay below ``2**1000`` nothing overflows, otherwise ``in_range`` is False. Everything is a
    rational computed exactly, so the bound is not itself subject to rounding.
    """
    bounds = layer_bounds(problem)
    coefs = problem.first_layer_cell_coefficients()
    first = problem.layers[0]
    n = len(problem.active_cells)
    g = _gamma(n + 1)
    err, peaks = [], []
    for k, row in enumerate(coefs):
        total = sum((abs(a) for a in row), Fraction(0))
        bias = abs(Fraction(float(first.b[k])))
        err.append(_U * total + n * _ETA + g * (bias + (1 + _U) * total + n * _ETA))
        peaks.append(bias + 2 * total)
    mag = _magnitudes(bounds[0], err, first.relu)
    first_error, first_magnitude = tuple(err), tuple(mag)
    for depth, layer in enumerate(problem.layers[1:], start=1):
        err, peak = _affine_error(layer, err, mag)
        peaks.extend(peak)
        mag = _magnitudes(bounds[depth], err, layer.relu)
    label = problem.label
    others = [l for l in range(problem.n_classes) if l != label]
    tau = (err[label] + max(err[l] for l in others)
           + _U * (mag[label] + max(mag[l] for l in others)))
    peaks.append(mag[label] + max(mag[l] for l in others))
    return _ErrorAnalysis(tau, first_error, first_magnitude, max(peaks) < _RANGE)


def _affine_error(layer, err: list[Fraction], mag: list[Fraction]) -> tuple[list[Fraction], list[Fraction]]:
    """Error bounds of ``W v + b`` on an input off by ``err`` of magnitude ``mag`` (see
    :func:`_error_analysis`), and the largest partial sums, per output unit."""
    n_in = layer.W.shape[1]
    g = _gamma(n_in + 1)
    out_err, out_peak = [], []
    for k in range(layer.W.shape[0]):
        spread = through = Fraction(0)
        for j in np.flatnonzero(layer.W[k]):
            w = abs(Fraction(float(layer.W[k, j])))
            spread += w * err[j]
            through += w * mag[j]
        bias = abs(Fraction(float(layer.b[k])))
        out_err.append(spread + g * (through + bias) + n_in * _ETA)
        out_peak.append(through + bias)
    return out_err, out_peak


def _magnitudes(bounds: list[tuple[Fraction, Fraction]], err: list[Fraction],
                relu: bool) -> list[Fraction]:
    """``max(|lo|, |hi|) + err`` per unit (after the ReLU when ``relu``): a bound on the
    absolute value of the computed value."""
    out = []
    for (lo, hi), e in zip(bounds, err):
        if relu:
            lo, hi = max(lo, Fraction(0)), max(hi, Fraction(0))
        out.append(max(abs(lo), abs(hi)) + e)
    return out


def float_error_bound(problem: FullNetProblem) -> float:
    """A bound on ``|computed margin - exact margin|`` of the float64 passes of
    :func:`exclude_sizes`, for any mask: ``tau`` of :func:`_error_analysis` (proof there),
    rounded up to a float64 (``inf`` when the values could overflow float64).
    """
    analysis = _error_analysis(problem)
    return _float_at_least(analysis.tau) if analysis.in_range else math.inf


def _combination_batches(n: int, size: int, batch: int = _BATCH):
    """All ``size``-subsets of ``range(n)`` as (batch, size) index arrays, lexicographically."""
    if size == 0:
        yield np.zeros((1, 0), dtype=np.int64)
        return
    combos = itertools.combinations(range(n), size)
    while True:
        flat = np.fromiter(itertools.chain.from_iterable(itertools.islice(combos, batch)),
                           dtype=np.int64)
        if flat.size == 0:
            return
        yield flat.reshape(-1, size)


def _float_margins(problem: FullNetProblem, A_t: np.ndarray, combos: np.ndarray) -> np.ndarray:
    """Margins ``o_label - max other`` of the masks ``combos`` (rows of active-cell indices)."""
    return _margins_of_first(problem, problem.layers[0].b[None, :] + A_t[combos].sum(axis=1))


def _margins_of_first(problem: FullNetProblem, h: np.ndarray) -> np.ndarray:
    """Margins ``o_label - max other`` from the first pre-activations ``h`` (batch, hidden)."""
    if problem.layers[0].relu:
        h = np.maximum(h, 0.0)
    for layer in problem.layers[1:]:
        h = h @ layer.W.T + layer.b
        if layer.relu:
            h = np.maximum(h, 0.0)
    return h[:, problem.label] - np.delete(h, problem.label, axis=1).max(axis=1)


class _PairTable:
    """Every pair ``i < j`` of active cells in lexicographic order, with the float sum of
    their first-layer columns: a mask of size ``s >= 2`` is a prefix of ``s - 2`` cells
    followed by one pair whose first cell comes after the prefix, so the masks of one
    prefix are one contiguous slice of the table, evaluated with one matrix product.

    Much faster than materialising every combination (the old batches) for sizes 3 and 4,
    where the MNIST pixel problems have tens of millions of masks.
    """

    def __init__(self, A_t: np.ndarray) -> None:
        n = A_t.shape[0]
        self.first, self.second = np.triu_indices(n, k=1)
        self.sums = A_t[self.first] + A_t[self.second]
        counts = np.arange(n - 1, -1, -1)  # pairs starting at cell r: n - 1 - r
        self.start = np.concatenate([[0], np.cumsum(counts)])
        self.pair_hi, self.pair_lo = _suffix_two_extremes(A_t)

    def after(self, cell: int) -> int:
        """Row of the first pair whose first cell is greater than ``cell`` (-1: all)."""
        return int(self.start[cell + 1])


def _suffix_two_extremes(A_t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per start cell ``m`` and unit: the largest (smallest) sum of at most two columns of
    cells ``>= m`` (the cardinality-aware range of what one pair of the table can add).

    Row ``m`` of each (n + 1, hidden) array bounds every pair of the table whose first cell
    is ``>= m``: its sum lies in ``[lo[m], hi[m]]`` unit by unit.
    """
    n, hidden = A_t.shape
    hi = np.zeros((n + 1, hidden))
    lo = np.zeros((n + 1, hidden))
    top = np.zeros((2, hidden))     # two largest values >= 0 seen so far (0: not kept)
    bottom = np.zeros((2, hidden))  # two smallest values <= 0
    for m in range(n - 1, -1, -1):
        a = A_t[m]
        top = np.sort(np.vstack([top, a[None, :]]), axis=0)[1:]
        bottom = np.sort(np.vstack([bottom, a[None, :]]), axis=0)[:2]
        hi[m], lo[m] = top.sum(axis=0), bottom.sum(axis=0)
    return hi, lo


def _prefix_batches(n: int, size: int, table: _PairTable, batch: int):
    """Masks of ``size >= 2`` as ``(prefix, rows)``: a tuple of ``size - 2`` cells and a
    slice of the pair table (at most ``batch`` rows), lexicographically."""
    end = len(table.first)
    for prefix in itertools.combinations(range(n), size - 2):
        lo = table.after(prefix[-1] if prefix else -1)
        for a in range(lo, end, batch):
            yield prefix, slice(a, min(a + batch, end))


def _batch_size(size: int, hidden: int) -> int:
    """(batch, size, hidden units) floats per batch: ~32 MB whatever the network."""
    return max(1000, min(_BATCH, _BATCH_FLOATS // max(1, size * hidden)))


class _PairBound:
    """Cardinality-aware pruning of one prefix's slice of the pair table.

    With the prefix fixed and two cells left, each first pre-activation lies in
    ``base + [lo, hi]`` (:func:`_suffix_two_extremes`), its ReLU in the clipped interval,
    and each output difference ``o_label - o_l`` below ``db_l + sum_k max(D_lk zlo_k,
    D_lk zhi_k)`` (``D = W_label - W_l``, ``db = b_label - b_l``). When that bound is at most
    ``delta`` for some class ``l``, no mask of the slice keeps the label and the slice is
    skipped without evaluating it.

    The bound is computed in float64; a slice is skipped only when the computed bound is at
    most ``delta - P_l``, where ``P_l`` (:func:`_prune_errors`, exact rationals) bounds how far
    the exact ``o_label - o_l`` of any mask of the slice can lie above the computed bound.
    The comparison with ``delta - P_l`` is exact (:func:`_float_at_most`). Applies to networks
    with one hidden ReLU layer and a final affine layer (the appendix A MLP); others are not
    pruned.
    """

    def __init__(self, problem: FullNetProblem, analysis: _ErrorAnalysis) -> None:
        last = problem.layers[-1]
        others = np.delete(np.arange(problem.n_classes), problem.label)
        self.others = others
        self.D = last.W[problem.label][None, :] - last.W[others]
        self.db = last.b[problem.label] - last.b[others]
        delta = Fraction(problem.delta)
        self.thresholds = np.array([_float_at_most(delta - p)
                                    for p in _prune_errors(problem, analysis)])

    def upper(self, base: np.ndarray, table: _PairTable, m: int) -> np.ndarray:
        """Computed upper bounds of ``o_label - o_l`` (one per other class, in ``others``'
        order) over every pair of cells ``>= m`` added to ``base``."""
        zlo = np.maximum(base + table.pair_lo[m], 0.0)
        zhi = np.maximum(base + table.pair_hi[m], 0.0)
        return self.db + np.maximum(self.D * zlo, self.D * zhi).sum(axis=1)

    def rules_out(self, upper: np.ndarray) -> bool:
        """Some class beats the label (or ties within ``delta``) on every mask of the slice,
        exactly (a NaN rules out nothing)."""
        return bool(np.any(upper <= self.thresholds))


def _prune_errors(problem: FullNetProblem, analysis: _ErrorAnalysis) -> list[Fraction]:
    """Per other class ``l`` (in order), an exact ``P_l`` such that every mask ``M`` of a
    slice of :class:`_PairBound` has ``o_label(M) - o_l(M) <= computed upper_l + P_l``.

    Proof (notation of :func:`_error_analysis`; ``e``, ``g`` its first-layer errors and
    magnitudes, ``H`` hidden units):

    1. The computed ``base + hi`` of unit ``k`` is a float64 sum, in some order, of the bias
       and the rounded coefficients of a real mask ``M*`` (the prefix plus the cells of the
       two largest non-negative coefficients ``>= m``, zeros dropped), and for every pair
       ``i, j`` of the slice ``sum_(M*) fl(a) >= sum_(prefix, i, j) fl(a)``. So
       ``h_k(M) <= (base + hi)~ + e_k``, and likewise ``h_k(M) >= (base + lo)~ - e_k``: with
       ``zlo~ = relu((base + lo)~)`` and ``zhi~ = relu((base + hi)~)``, ``z_k(M)`` lies in
       ``[zlo~_k - e_k, zhi~_k + e_k]`` (ReLU is monotone and 1-Lipschitz), and both ends are
       at most ``g_k``.
    2. Exactly, ``o_label - o_l = db + sum_k D_k z_k <= V + sum_k |D_k| e_k`` with ``V = db +
       sum_k max(D_k zlo~_k, D_k zhi~_k)``.
    3. The computed bound rounds ``D~ = fl(D)`` and ``db~ = fl(db)`` once (relative ``u``),
       keeps the sign of ``D`` (so the same end ``z*`` maximises ``D~ z`` and ``D z``; ``max``
       commutes with the monotone rounding), rounds each product once (``u``, plus ``eta / 2``
       underflow) and sums ``H + 1`` terms (``gamma_(H+1)``). With ``S = sum_k |D_k| g_k``::

           |computed - V| <= u |db| + u (2 + u) S + H eta / 2
                             + gamma_(H+1) ((1 + u) |db| + (1 + u)^2 S + H eta / 2)

    ``P_l`` is the sum of the bounds of 2 and 3. (The values stay in range: ``S + |db|`` is
    at most the output peak of :func:`_error_analysis`.)
    """
    last = problem.layers[-1]
    label = problem.label
    hidden = last.W.shape[1]
    g = _gamma(hidden + 1)
    half_eta = hidden * _ETA / 2
    out = []
    for l in range(problem.n_classes):
        if l == label:
            continue
        spread = scale = Fraction(0)
        for k in range(hidden):
            d = abs(Fraction(float(last.W[label, k])) - Fraction(float(last.W[l, k])))
            if d:
                spread += d * analysis.first_error[k]
                scale += d * analysis.first_magnitude[k]
        db = abs(Fraction(float(last.b[label])) - Fraction(float(last.b[l])))
        out.append(spread + _U * db + _U * (2 + _U) * scale + half_eta
                   + g * ((1 + _U) * db + (1 + _U) ** 2 * scale + half_eta))
    return out


def _prunable(problem: FullNetProblem) -> bool:
    """One hidden ReLU layer followed by the affine logits: what :class:`_PairBound` covers."""
    return len(problem.layers) == 2 and problem.layers[0].relu and not problem.layers[1].relu


def _not_excluded(values: np.ndarray, threshold: float) -> np.ndarray:
    """Which float64 margins (or single differences) fail to exclude their mask: every one
    not ``<= threshold``, a NaN included (it proves nothing)."""
    return ~(values <= threshold)


def _size_candidates(problem: FullNetProblem, A_t: np.ndarray, size: int, threshold: float,
                     table: _PairTable | None, bound: _PairBound | None = None):
    """Per batch of the masks of ``size``: ``(count, candidates)`` where ``candidates`` are
    the masks (rows of active-cell indices) whose float64 margin is not ``<= threshold``."""
    n = A_t.shape[0]
    b = problem.layers[0].b
    if size < 2 or table is None:
        for combos in _combination_batches(n, size, _batch_size(size, A_t.shape[1])):
            margins = _float_margins(problem, A_t, combos)
            yield combos.shape[0], combos[_not_excluded(margins, threshold)]
        return
    for prefix, rows in _prefix_batches(n, size, table, _BATCH):
        base = b + A_t[list(prefix)].sum(axis=0) if prefix else b
        first_class = None
        if bound is not None:
            upper = bound.upper(base, table, prefix[-1] + 1 if prefix else 0)
            if bound.rules_out(upper):
                yield rows.stop - rows.start, np.zeros((0, size), dtype=np.int64)
                continue
            first_class = int(bound.others[np.argmin(upper)])
        hits = _slice_hits(problem, base, table.sums[rows], threshold, first_class) + rows.start
        combos = np.column_stack([np.tile(np.array(prefix, dtype=np.int64), (hits.size, 1)),
                                  table.first[hits], table.second[hits]])
        yield rows.stop - rows.start, combos


def _slice_hits(problem: FullNetProblem, base: np.ndarray, sums: np.ndarray, threshold: float,
                first_class: int | None) -> np.ndarray:
    """Rows of ``base + sums`` (first pre-activations) whose float64 margin is not ``<=
    threshold``. With ``first_class``, rows are first screened on the single difference
    ``o_label - o_first_class`` (the two logits computed as in the full pass, so within the
    same ``tau``: the margin is at most that difference), and only the survivors get the
    full pass: most masks fall there.
    """
    if first_class is None or len(problem.layers) != 2:
        margins = _margins_of_first(problem, base[None, :] + sums)
        return np.flatnonzero(_not_excluded(margins, threshold))
    h = np.add(base[None, :], sums)
    if problem.layers[0].relu:
        np.maximum(h, 0.0, out=h)
    last = problem.layers[1]
    pick = [problem.label, first_class]
    two = h @ last.W[pick].T + last.b[pick]
    survivors = np.flatnonzero(_not_excluded(two[:, 0] - two[:, 1], threshold))
    if survivors.size == 0:
        return survivors
    margins = _margins_of_first(problem, base[None, :] + sums[survivors])
    return survivors[_not_excluded(margins, threshold)]


@dataclass(frozen=True)
class Exclusion:
    """Outcome of :func:`exclude_sizes`: every size below ``bound`` is proven to have no
    mask keeping the label (exactly); ``mask`` is a verified mask of size ``bound`` found on
    the way (then ``bound`` is the optimum), or None. ``checked`` masks were enumerated,
    ``exact_checks`` of them needed the rational pass; ``exact_only`` counts masks that keep
    the label exactly but not in float64 (not returnable; they stop the search)."""

    bound: int
    mask: np.ndarray | None
    checked: int
    exact_checks: int
    tau: float
    seconds: float
    stopped: str
    exact_only: int = 0


def exclude_sizes(problem: FullNetProblem, below: int, limit: int = DEFAULT_ENUMERATION_LIMIT,
                  deadline: float | None = None, start: int = 0, prune: bool = True) -> Exclusion:
    """Exclude mask sizes ``start, ..., below - 1`` exactly, smallest first (the sizes below
    ``start`` must already be excluded: the result's ``bound`` assumes they are).

    Stops at the first size that has a mask keeping the label (returned), at the first size
    whose count would exceed what is left of ``limit``, or at ``deadline``
    (:func:`time.monotonic`); ``bound`` is the first size not excluded. Sizes from 3 on
    are enumerated as a prefix plus one pair of a precomputed table (:class:`_PairTable`);
    ``prune`` skips a prefix whose cardinality-aware output bound already rules out every
    completion (:class:`_PairBound`).
    """
    t0 = time.perf_counter()
    analysis = _error_analysis(problem)
    tau = _float_at_least(analysis.tau) if analysis.in_range else math.inf
    if not analysis.in_range:
        return Exclusion(start, None, 0, 0, tau, time.perf_counter() - t0,
                         "values beyond the float64 range of the error analysis")
    threshold = _float_at_most(Fraction(problem.delta) - analysis.tau)
    coefs = problem.first_layer_cell_coefficients()
    A_t = np.array([[float(a) for a in row] for row in coefs]).T.reshape(-1, problem.layers[0].W.shape[0])
    n = int(problem.active_cells.size)
    checked = exact_checks = 0
    pairs_fit = math.comb(n, 2) * A_t.shape[1] <= _PAIR_TABLE_FLOATS
    table = _PairTable(A_t) if min(below, n + 1) > max(start, 3) and pairs_fit else None
    bound = _PairBound(problem, analysis) if prune and table is not None and _prunable(problem) \
        else None
    for size in range(start, min(below, n + 1)):
        if checked + math.comb(n, size) > limit:
            return Exclusion(size, None, checked, exact_checks, tau, time.perf_counter() - t0,
                             f"C({n}, {size}) masks exceed the enumeration limit {limit}")
        for count, candidates in _size_candidates(problem, A_t, size, threshold, table, bound):
            if deadline is not None and time.monotonic() > deadline:
                return Exclusion(size, None, checked, exact_checks, tau, time.perf_counter() - t0,
                                 "time limit")
            checked += count
            for combo in candidates:
                exact_checks += 1
                mask = np.zeros(problem.n_cells, dtype=bool)
                mask[problem.active_cells[combo]] = True
                if exact_margin(problem, mask) > Fraction(problem.delta):
                    found = verify_fullnet(problem, mask).ok
                    return Exclusion(size, mask if found else None, checked, exact_checks, tau,
                                     time.perf_counter() - t0,
                                     "found" if found else "exact-only mask", int(not found))
    return Exclusion(max(start, min(below, n + 1)), None, checked, exact_checks, tau,
                     time.perf_counter() - t0, "done")


def z3_at_most(problem: FullNetProblem, k: int, time_limit: float | None, seed: int = 0):
    """z3 on the exact NRA encoding with ``AtMost(cells, k)``: "unsat" / "sat" / "unknown".

    Returns ``(result, mask)``; ``mask`` is the problem's cell mask of a sat answer.
    """
    from smug.fullnet.z3 import check_at_most

    return check_at_most(problem, k, time_limit, seed)
