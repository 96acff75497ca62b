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

#: Largest number of masks :func:`exclude_sizes` will enumerate by default.
DEFAULT_ENUMERATION_LIMIT = 3_000_000
_U = 2.0 ** -53
_BATCH = 50_000
_BATCH_FLOATS = 4_000_000


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
    first = problem.layers[0]
    h = first.b[None, :] + A_t[combos].sum(axis=1)
    if first.relu:
        h = np.maximum(h, 0.0)
    for layer in problem.layers[1:]:
        h = h @ layer.W.T + layer.b
        if layer.relu:
            h = np.maximum(h, 0.0)
    return h[:, problem.label] - np.delete(h, problem.label, axis=1).max(axis=1)


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
                  deadline: float | None = None, start: int = 0) -> Exclusion:
    """Exclude mask sizes ``start, ..., below - 1`` exactly, smallest first (the sizes below
    ``start`` must already be excluded: the result's ``bound`` assumes they are).

    Stops at the first size that has a mask keeping the label (returned), at the first size
    whose count would exceed what is left of ``limit``, or at ``deadline``
    (:func:`time.monotonic`); ``bound`` is the first size not excluded.
    """
    t0 = time.perf_counter()
    tau = float_error_bound(problem)
    threshold = problem.delta - tau
    coefs = problem.first_layer_cell_coefficients()
    A_t = np.array([[float(a) for a in row] for row in coefs]).T.reshape(-1, problem.layers[0].W.shape[0])
    n = int(problem.active_cells.size)
    checked = exact_checks = 0
    for size in range(start, min(below, n + 1)):
        if checked + math.comb(n, size) > limit:
            return Exclusion(size, None, checked, exact_checks, tau, time.perf_counter() - t0,
                             f"C({n}, {size}) masks exceed the enumeration limit {limit}")
        # (batch, size, hidden units) floats per batch: ~32 MB whatever the network
        batch = max(1000, min(_BATCH, _BATCH_FLOATS // max(1, size * A_t.shape[1])))
        for combos in _combination_batches(n, size, batch):
            if deadline is not None and time.monotonic() > deadline:
                return Exclusion(size, None, checked, exact_checks, tau, time.perf_counter() - t0,
                                 "time limit")
            checked += combos.shape[0]
            margins = _float_margins(problem, A_t, combos)
            for r in np.flatnonzero(margins > threshold):
                exact_checks += 1
                mask = np.zeros(problem.n_cells, dtype=bool)
                mask[problem.active_cells[combos[r]]] = True
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
