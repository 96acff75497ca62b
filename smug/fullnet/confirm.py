"""Exact proofs that no smaller mask exists, for a candidate found by a MILP solver.

A MILP solver's "optimal" holds up to its feasibility and integrality tolerances, so it is
not a proof about the exact network. A candidate of size ``k`` is confirmed optimal by
showing, exactly, that no mask of fewer than ``k`` cells keeps the label:

1. **Enumeration** (:func:`exclude_sizes`): every mask of size ``s = 0, 1, ...`` is run in
   float64 through the network, in batches; a mask is excluded when its float64 margin is
   at most ``delta - tau``, where ``tau`` is a rigorous bound on the float64 rounding error
   of that computation (:func:`float_error_bound`, standard ``gamma_n`` bounds, doubled);
   every other mask is decided by the exact rational forward pass. A size whose masks are
   all excluded is excluded exactly. Cost grows as ``C(active cells, s)``, so it runs while
   the count fits a budget: on MNIST at pixel level the MILP optima are small, and sizes
   up to 2 or 3 enumerate in seconds.
2. **z3** (:func:`z3_at_most`): ``AtMost(cells, k - 1)`` on the exact NRA encoding; ``unsat``
   proves the bound ``k``. Used for the sizes the enumeration budget does not cover.
"""

from __future__ import annotations

import itertools
import math
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
_U = 2.0 ** -53
_BATCH = 50_000
_BATCH_FLOATS = 4_000_000
#: Largest pair table (pairs x hidden units floats, ~128 MB) built for sizes 3 and up.
_PAIR_TABLE_FLOATS = 16_000_000


def _gamma(n: int) -> float:
    return n * _U / (1 - n * _U)


def float_error_bound(problem: FullNetProblem) -> float:
    """A bound on ``|computed margin - exact margin|`` of :func:`_float_margins` for any mask.

    Float64 error analysis (Higham, *Accuracy and Stability*, ch. 3): a sum of ``m`` terms
    computed in any order is off by at most ``gamma_m`` times the sum of their absolute
    values; rounding a value once costs ``u`` of it; ReLU is 1-Lipschitz. Magnitudes come
    from the exact interval bounds over all masks. The result is doubled to cover the
    rounding of this bound's own float computation.
    """
    bounds = layer_bounds(problem)
    coefs = problem.first_layer_cell_coefficients()
    first = problem.layers[0]
    abs_a = np.array([float(sum((abs(a) for a in row), Fraction(0))) for row in coefs])
    g = _gamma(len(problem.active_cells) + 1)
    err = _U * abs_a + g * (np.abs(first.b) + abs_a * (1 + _U))
    mag = _magnitudes(bounds[0], err, first.relu)
    for depth, layer in enumerate(problem.layers[1:], start=1):
        absW = np.abs(layer.W)
        err = absW @ err + _gamma(layer.W.shape[1] + 1) * (absW @ mag + np.abs(layer.b))
        mag = _magnitudes(bounds[depth], err, layer.relu)
    others = np.delete(np.arange(problem.n_classes), problem.label)
    total = err[problem.label] + err[others] + _U * (mag[problem.label] + mag[others])
    return 2.0 * float(total.max())


def _magnitudes(bounds: list[tuple[Fraction, Fraction]], err: np.ndarray, relu: bool) -> np.ndarray:
    lo = np.array([float(b[0]) for b in bounds])
    hi = np.array([float(b[1]) for b in bounds])
    if relu:
        lo, hi = np.maximum(lo, 0), np.maximum(hi, 0)
    return (np.maximum(np.abs(lo), np.abs(hi)) + err) * (1 + 4 * _U)


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
    D_lk zhi_k)``. When that upper bound is at most ``delta`` for some class ``l``, no mask
    of the slice keeps the label and the slice is skipped without evaluating it.

    The bound is computed in float64 from the same coefficients as the enumerated margins,
    with values no larger than the exact interval bounds over all masks; its rounding error
    is of the kind :func:`float_error_bound` bounds by ``tau``, so a slice is skipped only
    when the computed bound is at most ``delta - 3 tau`` (a conservative allowance for the
    extra rounding of ``D = W_label - W_l``). Applies to networks with one hidden ReLU
    layer and a final affine layer (the appendix A MLP); others are not pruned.
    """

    def __init__(self, problem: FullNetProblem, tau: float) -> None:
        last = problem.layers[-1]
        others = np.delete(np.arange(problem.n_classes), problem.label)
        self.others = others
        self.D = last.W[problem.label][None, :] - last.W[others]
        self.db = last.b[problem.label] - last.b[others]
        self.slack = 3.0 * tau

    def upper(self, base: np.ndarray, table: _PairTable, m: int) -> np.ndarray:
        """Upper bounds of ``o_label - o_l`` (one per other class, in ``others``' order)
        over every pair of cells ``>= m`` added to ``base``. The slice can be skipped when
        the smallest is at most ``delta - slack``."""
        zlo = np.maximum(base + table.pair_lo[m], 0.0)
        zhi = np.maximum(base + table.pair_hi[m], 0.0)
        return self.db + np.maximum(self.D * zlo, self.D * zhi).sum(axis=1)


def _prunable(problem: FullNetProblem) -> bool:
    """One hidden ReLU layer followed by the affine logits: what :class:`_PairBound` covers."""
    return len(problem.layers) == 2 and problem.layers[0].relu and not problem.layers[1].relu


def _size_candidates(problem: FullNetProblem, A_t: np.ndarray, size: int, threshold: float,
                     table: _PairTable | None, tau: float = 0.0, prune: bool = False):
    """Per batch of the masks of ``size``: ``(count, candidates)`` where ``candidates`` are
    the masks (rows of active-cell indices) whose float64 margin exceeds ``threshold``."""
    n = A_t.shape[0]
    b = problem.layers[0].b
    if size < 2 or table is None:
        for combos in _combination_batches(n, size, _batch_size(size, A_t.shape[1])):
            margins = _float_margins(problem, A_t, combos)
            yield combos.shape[0], combos[margins > threshold]
        return
    bound = _PairBound(problem, tau) if prune else None
    for prefix, rows in _prefix_batches(n, size, table, _BATCH):
        base = b + A_t[list(prefix)].sum(axis=0) if prefix else b
        first_class = None
        if bound is not None:
            upper = bound.upper(base, table, prefix[-1] + 1 if prefix else 0)
            if upper.min() <= threshold - bound.slack:
                yield rows.stop - rows.start, np.zeros((0, size), dtype=np.int64)
                continue
            first_class = int(bound.others[np.argmin(upper)])
        hits = _slice_hits(problem, base, table.sums[rows], threshold, first_class) + rows.start
        combos = np.column_stack([np.tile(np.array(prefix, dtype=np.int64), (hits.size, 1)),
                                  table.first[hits], table.second[hits]])
        yield rows.stop - rows.start, combos


def _slice_hits(problem: FullNetProblem, base: np.ndarray, sums: np.ndarray, threshold: float,
                first_class: int | None) -> np.ndarray:
    """Rows of ``base + sums`` (first pre-activations) whose float64 margin exceeds
    ``threshold``. With ``first_class``, rows are first screened on the single difference
    ``o_label - o_first_class`` (the two logits computed as in the full pass, so with the
    same rounding error), and only the survivors get the full pass: most masks fall there.
    """
    if first_class is None or len(problem.layers) != 2:
        return np.flatnonzero(_margins_of_first(problem, base[None, :] + sums) > threshold)
    h = np.add(base[None, :], sums)
    if problem.layers[0].relu:
        np.maximum(h, 0.0, out=h)
    last = problem.layers[1]
    pick = [problem.label, first_class]
    two = h @ last.W[pick].T + last.b[pick]
    survivors = np.flatnonzero(two[:, 0] - two[:, 1] > threshold)
    if survivors.size == 0:
        return survivors
    margins = _margins_of_first(problem, base[None, :] + sums[survivors])
    return survivors[margins > threshold]


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
    tau = float_error_bound(problem)
    threshold = problem.delta - tau
    coefs = problem.first_layer_cell_coefficients()
    A_t = np.array([[float(a) for a in row] for row in coefs]).T.reshape(-1, problem.layers[0].W.shape[0])
    n = int(problem.active_cells.size)
    checked = exact_checks = 0
    pairs_fit = math.comb(n, 2) * A_t.shape[1] <= _PAIR_TABLE_FLOATS
    table = _PairTable(A_t) if min(below, n + 1) > max(start, 3) and pairs_fit else None
    for size in range(start, min(below, n + 1)):
        if checked + math.comb(n, size) > limit:
            return Exclusion(size, None, checked, exact_checks, tau, time.perf_counter() - t0,
                             f"C({n}, {size}) masks exceed the enumeration limit {limit}")
        for count, candidates in _size_candidates(problem, A_t, size, threshold, table, tau,
                                                  prune and _prunable(problem)):
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
