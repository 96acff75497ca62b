"""Exact clauses of short rows: every 0/1 point of a row with few variables, decided exactly.

A row ``a . M > r`` (or ``>=``) over ``n`` binary variables has ``2**n`` assignments; for
the rows of a pixel-level image problem (a first-layer neuron over its 3x3 receptive field,
``n <= 9``) that is at most 512, so each row's set of feasible assignments can be computed
*exactly* (float64 values are the rationals they denote; a float sum with a rigorous error
bound decides almost every point, Python integers the rest).

Such a row is a *threshold function*: with ``y_j = M_j`` for ``a_j > 0`` and
``y_j = 1 - M_j`` for ``a_j < 0`` the activity is ``sum(a_j < 0) + sum |a_j| y_j``, which
only grows with ``y``, so the feasible ``y`` form an up-set and the infeasible ones a
down-set. A down-set is the union of the sub-cubes below its maximal elements, so the row
holds exactly when, for every maximal infeasible ``y*``, some ``y_j`` with ``y*_j = 0`` is 1:
one clause per maximal infeasible point (its *minimal cover*),

    sum_{j in C, a_j > 0} M_j - sum_{j in C, a_j < 0} M_j >= 1 - |{j in C : a_j < 0}|.

The clauses admit exactly the assignments the row admits (no more, no fewer), so a problem
whose short rows are replaced by their clauses has the same feasible masks and the same
optima. What it gains:

* the linear relaxation is much tighter: a row ``a . M > 0`` is met by any tiny fractional
  ``M``, its clause "one of the positive pixels is on" is not (cover inequalities);
* every coefficient is +-1 and every right-hand side an integer: MILP and CP-SAT models of
  the clause rows are exact, with no rounding of 8 decades of coefficients;
* variables that appear in no clause of a row do not matter to it (their coefficient can
  never change the row's decision) and leave it;
* clauses that another clause contains (*subsumed*) are implied by it and are dropped (looked
  for among the clauses of rows over the same columns), and so are duplicates, which are
  common when several neurons share a receptive field.

:func:`row_clauses` does the conversion (rows with more than :data:`MAX_ROW_VARS` variables,
with a variable fixed to 1, or with more than :data:`MAX_CLAUSES_PER_ROW` clauses are kept as
they are); :func:`smug.presolve.presolve` runs it between its other rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

from smug._exact import summation_error_bound
from smug.problem import FREE, MaskProblem

__all__ = ["HULL_CUT_ROUNDS", "HULL_CUT_SCALE", "MAX_ROW_VARS", "MAX_CLAUSES_PER_ROW", "RowClauses",
           "clause_rows", "dominated_columns", "hull_cuts",
           "feasible_points", "row_clauses"]

#: Rows with at most this many variables are enumerated (``2**n`` points each).
MAX_ROW_VARS = 10
#: A row with more minimal covers than this keeps its original form (a wide row of many
#: near-equal coefficients has up to ``C(n, n/2)`` of them).
MAX_CLAUSES_PER_ROW = 48
#: Rows enumerated at once (bounds the ``rows x 2**n`` working arrays to about 8 MB each).
_CHUNK_POINTS = 1 << 20


@dataclass(frozen=True)
class RowClauses:
    """What :func:`row_clauses` returns.

    Attributes
    ----------
    problem : MaskProblem
        The same columns, costs and fixings as the input; each converted row replaced by its
        clauses (``+-1`` coefficients, integer right-hand side, ``>=``), the other rows as they
        were.
    source : (m_out,) int array
        For each row of ``problem``, the row of the input it comes from.
    cardinality : (csr_matrix, ndarray)
        *Cardinality cuts* ``sum M_j >= k`` over the positive-coefficient variables of each
        enumerated row, ``k`` the fewest of them on at any of its feasible points (rows with
        ``k >= 2`` only; over the input's columns). Every feasible mask meets them; they are
        not part of ``problem`` (so that :func:`dominated_columns` can read it as clauses) and
        are added last by :func:`smug.presolve.presolve`. A row "keep half of 1.8 of positive
        weight" needs, say, 3 of its 9 pixels: its clauses let a linear relaxation spread
        a third of a pixel over each, the cut does not.
    redundant : (csr_matrix, ndarray, ndarray)
        The converted rows with a positive right-hand side, as they were (``A``, ``rhs``,
        ``strict``): implied by their clauses, so adding them back changes no feasible
        mask; their knapsack LP adds to the clauses' (on ``img_chelsea_k3000_g0.5_c1``
        CP-SAT proved the optimum with them and not without; ``benchmarks/studies/
        pixel_masks``). :func:`smug.presolve.presolve` appends them last.
    stats : dict
        ``rows_to_clauses`` (rows converted), ``clauses`` (clause rows kept),
        ``clauses_duplicate`` and ``clauses_subsumed`` (dropped), ``rows_kept_long`` (too many
        variables or a fixed one), ``rows_kept_wide`` (too many clauses), ``points_exact``
        (points decided in integers: within the float error bound),
        ``most_clauses_strong_row`` (the most clauses of a converted row whose own linear
        relaxation needs at least one pixel; see ``max_clauses_weak``).
    """

    problem: MaskProblem
    source: np.ndarray
    stats: dict[str, Any] = field(default_factory=dict)
    cardinality: tuple[sp.csr_matrix, np.ndarray] | None = None
    redundant: tuple[sp.csr_matrix, np.ndarray, np.ndarray] | None = None


# --- exact points ------------------------------------------------------------------------
def _bits(n: int) -> np.ndarray:
    """(2**n, n) bool: bit ``j`` of point ``y`` (point index ``y`` read in binary)."""
    return ((np.arange(1 << n)[:, None] >> np.arange(n)[None, :]) & 1).astype(bool)


def _exact_signs(coefs: np.ndarray, rhs: float, points: np.ndarray) -> np.ndarray:
    """Exact sign of ``coefs . x - rhs`` for each 0/1 row ``x`` of ``points`` (Python ints).

    Every float64 is ``num / 2**d``; scaled by the largest ``2**d`` all are integers.
    """
    ratios = [float(v).as_integer_ratio() for v in coefs.tolist()] + [float(rhs).as_integer_ratio()]
    shift = max(den.bit_length() - 1 for _, den in ratios)
    ints = [num << (shift - (den.bit_length() - 1)) for num, den in ratios]
    target = ints[-1]
    out = np.empty(points.shape[0], dtype=np.int8)
    for k, x in enumerate(points.tolist()):
        total = sum(c for c, on in zip(ints, x) if on) - target
        out[k] = (total > 0) - (total < 0)
    return out


def feasible_points(coefs: np.ndarray, rhs: np.ndarray, strict: np.ndarray
                    ) -> tuple[np.ndarray, int]:
    """Which of the ``2**n`` points of each row hold, decided exactly (in ``y`` coordinates).

    Parameters
    ----------
    coefs : (R, n) float64 array
        The coefficients of ``R`` rows over ``n`` variables each (finite).
    rhs : (R,) float64 array
    strict : (R,) bool array

    Returns
    -------
    (feasible, exact_points)
        ``feasible[r, y]`` is True when row ``r`` holds at the assignment with ``M_j = y_j``
        for ``coefs[r, j] >= 0`` and ``M_j = 1 - y_j`` for ``coefs[r, j] < 0`` (bit ``j`` of
        ``y``); ``exact_points`` counts the points decided in integer arithmetic.

    Notes
    -----
    ``value[y] = sum(negative a_j) - rhs + sum_{y_j = 1} |a_j|`` is built by doubling (point
    ``y + 2**j`` is point ``y`` plus ``|a_j|``), so each value is a float sum of at most
    ``2n + 1`` terms whose magnitudes sum to at most ``2 sum |a_j| + |rhs|``: its rounding
    error is within :func:`smug._exact.summation_error_bound` of those, and any value not
    clearly beyond that bound is recomputed exactly.
    """
    coefs = np.asarray(coefs, dtype=np.float64)
    rhs = np.asarray(rhs, dtype=np.float64)
    strict = np.asarray(strict, dtype=bool)
    R, n = coefs.shape
    neg = coefs < 0
    absa = np.abs(coefs)
    with np.errstate(over="ignore", invalid="ignore"):
        value = np.empty((R, 1 << n))
        value[:, 0] = np.where(neg, coefs, 0.0).sum(axis=1) - rhs
        for j in range(n):
            value[:, 1 << j: 2 << j] = value[:, : 1 << j] + absa[:, j: j + 1]
        bound = summation_error_bound(2.0 * absa.sum(axis=1) + np.abs(rhs),
                                      np.full(R, 2 * n + 1))
        sign = np.sign(value).astype(np.int8)
        unsure = ~(np.abs(value) > bound[:, None]) | ~np.isfinite(value)
    unsure |= ~np.isfinite(bound)[:, None]
    bits = _bits(n)
    r_of, y_of = np.nonzero(unsure)
    x = bits[y_of] ^ neg[r_of]  # M_j = y_j, flipped where a_j < 0
    on = x.sum(axis=1)
    # With at most one variable on, the value is a_j - rhs (or -rhs): the sign of one
    # correctly rounded float subtraction is the exact sign.
    few = on <= 1
    single = (coefs[r_of[few]] * x[few]).sum(axis=1)  # one term at most: exact
    with np.errstate(over="ignore"):  # 1e308 - (-1e308) is inf: its sign is still right
        sign[r_of[few], y_of[few]] = np.sign(single - rhs[r_of[few]]).astype(np.int8)
    many = np.flatnonzero(~few)
    for r in np.unique(r_of[many]).tolist():
        at = many[r_of[many] == r]
        sign[r, y_of[at]] = _exact_signs(coefs[r], float(rhs[r]), x[at])
    exact_points = int(r_of.size)
    feasible = np.where(strict[:, None], sign > 0, sign >= 0)
    _check_monotone(feasible, n)
    return feasible, exact_points


def _check_monotone(feasible: np.ndarray, n: int) -> None:
    """Raise if some feasible point has an infeasible point above it (exact tables never do:
    the activity only grows with ``y``); guards the clause construction that relies on it."""
    ys = np.arange(1 << n)
    for j in range(n):
        low = ys[((ys >> j) & 1) == 0]
        if np.any(feasible[:, low] & ~feasible[:, low | (1 << j)]):
            raise RuntimeError("presolve_rows: a row's exact feasibility is not monotone; "
                               "this is a bug in smug, please report it")


def _maximal_infeasible(feasible: np.ndarray, n: int) -> np.ndarray:
    """``[r, y]``: ``y`` is infeasible and each point one bit above it is feasible."""
    ys = np.arange(1 << n)
    out = ~feasible
    for j in range(n):
        has = ((ys >> j) & 1).astype(bool)
        out &= has[None, :] | feasible[:, ys | (1 << j)]
    return out


# --- the conversion ----------------------------------------------------------------------
@dataclass
class _Clauses:
    """Clauses gathered so far: literal columns and signs per clause, and their source row."""

    cols: list[np.ndarray] = field(default_factory=list)
    signs: list[np.ndarray] = field(default_factory=list)
    lengths: list[np.ndarray] = field(default_factory=list)
    source: list[np.ndarray] = field(default_factory=list)
    #: cardinality cuts: (row, least number of positive-coefficient variables on)
    card_rows: list[np.ndarray] = field(default_factory=list)
    card_least: list[np.ndarray] = field(default_factory=list)
    #: clause counts of the converted rows whose own relaxation needs a pixel or more
    strong_counts: list[np.ndarray] = field(default_factory=list)


def _convert_group(problem: MaskProblem, rows: np.ndarray, n: int, out: _Clauses,
                   max_clauses: int, max_clauses_weak: int) -> tuple[np.ndarray, int]:
    """Clauses of ``rows`` (each with exactly ``n`` free variables) into ``out``; returns the
    rows left as they are (too many clauses) and the points decided exactly."""
    A = problem.A
    idx = A.indptr[rows][:, None] + np.arange(n)[None, :]
    coefs, cols = A.data[idx], A.indices[idx]
    feasible, exact_points = feasible_points(coefs, problem.rhs[rows], problem.strict[rows])
    maximal = _maximal_infeasible(feasible, n)
    per_row = maximal.sum(axis=1)
    weak = _weak_relaxation(coefs, problem.rhs[rows])
    wide = per_row > np.where(weak, max_clauses_weak, max_clauses)
    out.strong_counts.append(per_row[~wide & ~weak])
    maximal[wide] = False
    r_of, y_of = np.nonzero(maximal)
    literal = ~_bits(n)[y_of]  # the bits a maximal infeasible point has at 0
    c_of, j_of = np.nonzero(literal)
    rows_of = r_of[c_of]
    out.cols.append(cols[rows_of, j_of])
    out.signs.append(np.where(coefs[rows_of, j_of] < 0, -1, 1).astype(np.int8))
    out.lengths.append(literal.sum(axis=1))
    out.source.append(rows[r_of])
    least = _least_positive_on(feasible, coefs > 0, n)
    useful = (least >= 2) & (least <= n)
    out.card_rows.append(rows[useful])
    out.card_least.append(least[useful])
    return rows[wide], exact_points


def _weak_relaxation(coefs: np.ndarray, rhs: np.ndarray) -> np.ndarray:
    """Per row: its linear relaxation needs less than one pixel (``rhs`` below the largest
    positive coefficient, so a fraction of that pixel meets it with the negative ones off).

    Such a row (``a . M > 0`` at gamma = 0) tells a linear relaxation almost nothing; its
    clauses do. Only the form handed to the solver depends on it, never a feasible set.
    """
    return rhs < np.max(np.maximum(coefs, 0.0), axis=1, initial=0.0)


def _least_positive_on(feasible: np.ndarray, positive: np.ndarray, n: int) -> np.ndarray:
    """Per row, the fewest positive-coefficient variables on at a feasible point (n + 1 when
    no point is feasible). At such a point ``M_j = y_j`` for those variables."""
    bits = _bits(n).astype(np.float64)
    on = (bits @ positive.T.astype(np.float64)).T  # [r, y]: positive bits set (exact, <= n)
    on[~feasible] = n + 1
    return on.min(axis=1).astype(np.int64)


def unique_rows(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First index of each distinct row of the 2-D int array ``keys``, in increasing order,
    and for every row the position of its distinct row in that list (a stable lexsort:
    ``np.unique(axis=0)`` sorts rows as opaque bytes, several times slower)."""
    m = keys.shape[0]
    if m == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    order = np.lexsort(keys.T[::-1]) if keys.shape[1] else np.arange(m)
    ordered = keys[order]
    starts = np.r_[True, np.any(ordered[1:] != ordered[:-1], axis=1)]
    group_sorted = np.cumsum(starts) - 1
    firsts = order[starts]  # stable: the smallest index of each group
    rank = np.argsort(firsts, kind="stable")
    position = np.empty(rank.size, dtype=np.int64)
    position[rank] = np.arange(rank.size)
    inverse = np.empty(m, dtype=np.int64)
    inverse[order] = position[group_sorted]
    return firsts[rank], inverse


def _unique_clauses(keys: np.ndarray) -> np.ndarray:
    """Indices of the first clause of each distinct padded, sorted literal-key row."""
    return unique_rows(keys)[0]


def _subsumed(literals: sp.csr_matrix, lengths: np.ndarray) -> np.ndarray:
    """True for each clause that a shorter clause contains (duplicates already removed;
    ``literals`` has a column per literal, possibly split further by the caller).

    Clause ``K`` is contained in ``C`` when they share ``|K|`` literals; the overlaps come
    from one sparse product, restricted to pairs that share a literal.
    """
    m = literals.shape[0]
    if m < 2:
        return np.zeros(m, dtype=bool)
    overlap = (literals @ literals.T).tocoo()
    c, k, shared = overlap.row, overlap.col, overlap.data
    hit = (shared == lengths[k]) & (lengths[k] < lengths[c])
    out = np.zeros(m, dtype=bool)
    out[c[hit]] = True
    return out


def row_clauses(problem: MaskProblem, max_vars: int = MAX_ROW_VARS,
                max_clauses: int = MAX_CLAUSES_PER_ROW,
                max_clauses_weak: int | None = None) -> RowClauses:
    """Replace every short row of ``problem`` by the clauses that say exactly the same.

    Parameters
    ----------
    problem : MaskProblem
    max_vars : int
        Rows with at most this many variables, all free, are converted (``2**max_vars``
        points per row are decided).
    max_clauses : int
        A row with more minimal covers than this is kept as it is.
    max_clauses_weak : int, optional
        The limit instead of ``max_clauses`` for a row whose own linear relaxation needs less
        than one pixel (right-hand side below its largest positive coefficient: a fraction
        of one pixel meets it); ``None`` means ``max_clauses``.

    Returns
    -------
    RowClauses
        ``.problem`` has exactly the feasible masks of ``problem`` (the same columns, costs
        and fixings), hence the same optimal masks; ``.source`` maps its rows back.

    Raises
    ------
    TypeError, ValueError
        On a ``problem`` that is not a MaskProblem, or limits that are not positive integers
        (``max_vars`` at most 16).
    """
    if not isinstance(problem, MaskProblem):
        raise TypeError(f"problem: expected a smug.MaskProblem, got {type(problem).__name__}")
    if max_clauses_weak is None:
        max_clauses_weak = max_clauses
    for name, value, top in (("max_vars", max_vars, 16), ("max_clauses", max_clauses, None),
                             ("max_clauses_weak", max_clauses_weak, None)):
        if (not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1
                or (top is not None and value > top)):
            raise ValueError(f"{name}: expected an integer in [1, {top or 'inf'}], got {value!r}")
    A = problem.A
    lengths = np.diff(A.indptr)
    entry_row = np.repeat(np.arange(problem.n_rows), lengths)
    all_free = np.ones(problem.n_rows, dtype=bool)
    all_free[entry_row[problem.fixed[A.indices] != FREE]] = False
    eligible = all_free & (lengths >= 1) & (lengths <= max_vars)
    clauses = _Clauses()
    kept = [np.flatnonzero(~eligible)]
    exact_points = 0
    for n in np.unique(lengths[eligible]).tolist():
        rows = np.flatnonzero(eligible & (lengths == n))
        step = max(1, _CHUNK_POINTS >> n)
        for lo in range(0, rows.size, step):
            wide, points = _convert_group(problem, rows[lo: lo + step], n, clauses, max_clauses,
                                          max_clauses_weak)
            kept.append(wide)
            exact_points += points
    kept_rows = np.sort(np.concatenate(kept))
    out_problem, source, counts = _assemble(problem, clauses, kept_rows)
    cardinality = _cardinality_cuts(problem, clauses)
    counts["cardinality_cuts"] = int(cardinality[0].shape[0])
    wide = np.concatenate(kept[1:]) if len(kept) > 1 else np.zeros(0, np.int64)
    again = np.flatnonzero(eligible & (problem.rhs > 0))
    again = again[~np.isin(again, wide)]
    redundant = (problem.A[again], problem.rhs[again], problem.strict[again])
    stats = {"rows_to_clauses": int(eligible.sum()) - int(sum(k.size for k in kept[1:])),
             "rows_kept_long": int((~eligible).sum()),
             "rows_kept_wide": int(sum(k.size for k in kept[1:])),
             "points_exact": exact_points,
             "most_clauses_strong_row": int(max((c.max(initial=0) for c in clauses.strong_counts),
                                                default=0)), **counts}
    return RowClauses(out_problem, source, stats, cardinality, redundant)


def _cardinality_cuts(problem: MaskProblem, clauses: _Clauses
                      ) -> tuple[sp.csr_matrix, np.ndarray]:
    """The cuts ``sum_{a_j > 0} M_j >= k`` gathered by :func:`_convert_group`."""
    rows = np.concatenate(clauses.card_rows) if clauses.card_rows else np.zeros(0, np.int64)
    least = np.concatenate(clauses.card_least) if clauses.card_least else np.zeros(0, np.int64)
    sub = problem.A[rows]
    positive = sp.csr_matrix(((sub.data > 0).astype(np.float64), sub.indices.copy(), sub.indptr.copy()),
                             shape=sub.shape)
    positive.eliminate_zeros()
    return positive, least.astype(np.float64)


def _column_sets(problem: MaskProblem) -> np.ndarray:
    """For each row, a label shared exactly by the rows over the same set of columns."""
    A = problem.A
    lengths = np.diff(A.indptr)
    width = int(lengths.max()) if lengths.size else 0
    if problem.n_rows * width > 4_000_000:  # long rows: every row its own label
        return np.arange(problem.n_rows)
    keys = np.full((problem.n_rows, width + 1), -1, dtype=np.int64)
    keys[:, 0] = lengths
    rows = np.repeat(np.arange(problem.n_rows), lengths)
    keys[rows, 1 + np.arange(A.nnz) - np.repeat(A.indptr[:-1], lengths)] = A.indices
    return unique_rows(keys)[1]


def _assemble(problem: MaskProblem, clauses: _Clauses, kept_rows: np.ndarray
              ) -> tuple[MaskProblem, np.ndarray, dict[str, int]]:
    """The output problem: distinct, non-subsumed clause rows, then the kept rows."""
    n_vars = problem.n_vars
    if clauses.lengths:
        cols = np.concatenate(clauses.cols).astype(np.int64)
        signs = np.concatenate(clauses.signs).astype(np.int64)
        lengths = np.concatenate(clauses.lengths).astype(np.int64)
        source = np.concatenate(clauses.source).astype(np.int64)
    else:
        cols = signs = lengths = source = np.zeros(0, dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    literal = 2 * cols + (signs < 0)  # one code per (column, sign)
    width = int(lengths.max()) if lengths.size else 0
    keys = np.full((lengths.size, width), -1, dtype=np.int64)
    if width:
        position = np.arange(literal.size) - np.repeat(indptr[:-1], lengths)
        order = np.lexsort((literal, np.repeat(np.arange(lengths.size), lengths)))
        keys[np.repeat(np.arange(lengths.size), lengths), position] = literal[order]
    first = _unique_clauses(keys)
    # Subsumption is looked for among clauses of rows over the same columns (neurons that
    # share a receptive field): one sparse product, with literals of different column sets
    # kept apart so that the product stays small.
    window = _column_sets(problem)[source]
    code = np.unique(np.repeat(window, lengths) * (2 * n_vars) + literal, return_inverse=True)[1]
    lit_matrix = sp.csr_matrix((np.ones(literal.size), code.reshape(-1), indptr),
                               shape=(lengths.size, int(code.max()) + 1 if code.size else 0))
    subsumed = _subsumed(lit_matrix[first], lengths[first])
    chosen = first[~subsumed]
    counts = {"clauses": int(chosen.size), "clauses_duplicate": int(lengths.size - first.size),
              "clauses_subsumed": int(subsumed.sum())}
    clause_A = sp.csr_matrix((signs.astype(np.float64), cols, indptr),
                             shape=(lengths.size, n_vars))[chosen]
    n_neg = np.bincount(np.repeat(np.arange(lengths.size), lengths), weights=(signs < 0),
                        minlength=lengths.size)[chosen]
    A = sp.vstack([clause_A, problem.A[kept_rows]], format="csr")
    rhs = np.concatenate([1.0 - n_neg, problem.rhs[kept_rows]])
    strict = np.concatenate([np.zeros(chosen.size, dtype=bool), problem.strict[kept_rows]])
    out = MaskProblem(A, rhs, strict, problem.cost, problem.fixed, problem.grid, problem.name)
    return out, np.concatenate([source[chosen], kept_rows]), counts


# --- dominated columns -------------------------------------------------------------------
def clause_rows(problem: MaskProblem) -> np.ndarray:
    """True for each row that is a clause: ``+-1`` coefficients, ``>=``, and right-hand side
    ``1 - (number of -1 entries)`` ("at least one literal true"); empty rows are not."""
    A = problem.A
    lengths = np.diff(A.indptr)
    entry_row = np.repeat(np.arange(problem.n_rows), lengths)
    not_unit = np.zeros(problem.n_rows, dtype=bool)
    not_unit[entry_row[np.abs(A.data) != 1.0]] = True
    n_neg = np.bincount(entry_row, weights=A.data < 0, minlength=problem.n_rows)
    return (~not_unit & ~problem.strict & (lengths > 0) & (problem.rhs == 1.0 - n_neg))


def _literal_part(C: sp.csr_matrix, keep: np.ndarray) -> sp.csr_matrix:
    """A 0/1 matrix of the entries of ``C`` selected by ``keep`` (new arrays throughout)."""
    rows = np.repeat(np.arange(C.shape[0]), np.diff(C.indptr))[keep]
    return sp.csr_matrix((np.ones(rows.size, dtype=np.int32), (rows, C.indices[keep])),
                         shape=C.shape)


def dominated_columns(problem: MaskProblem) -> np.ndarray:
    """Free columns that some optimal mask has off, by clause dominance (bool, length n).

    Column ``p`` is dominated by a free column ``q`` when ``q`` costs no more, every clause
    with the literal ``M_p`` also has ``M_q``, every clause with ``not M_q`` also has
    ``not M_p``, and neither appears in a row that is not a clause. Then from any feasible
    mask with ``M_p = 1`` switch ``p`` off and ``q`` on: a clause that ``M_p`` satisfied has
    ``M_q``; one with ``not M_p`` is now satisfied; one with ``not M_q`` has ``not M_p``. The
    mask stays feasible and costs no more (``c_q - c_p <= 0``, or ``-c_p`` when ``q`` was
    on). The columns returned are switched off together: each has a dominator that is not
    itself returned, and no returned column is the dominator of another, so the exchanges can
    be made one after the other.
    """
    n = problem.n_vars
    is_clause = clause_rows(problem)
    A = problem.A
    C = A[is_clause]
    blocked = problem.fixed != FREE
    blocked[A[~is_clause].indices] = True
    out = np.zeros(n, dtype=bool)
    if C.nnz == 0:
        return out
    pos, neg = _literal_part(C, C.data > 0), _literal_part(C, C.data < 0)
    n_pos = np.bincount(pos.indices, minlength=n)
    n_neg = np.bincount(neg.indices, minlength=n)
    shared = (pos.T @ pos).tocoo()  # [p, q]: clauses with both M_p and M_q
    p, q, count = shared.row, shared.col, shared.data
    keep = ((p != q) & (count == n_pos[p]) & ~blocked[p] & ~blocked[q]
            & (problem.cost[q] <= problem.cost[p]))
    p, q = p[keep], q[keep]
    if p.size == 0:
        return out
    neg_shared = (neg.T @ neg).tocsr()  # [q, p]: clauses with both not M_q and not M_p
    inside = np.asarray(neg_shared[q, p]).reshape(-1) == n_neg[q]
    p, q = p[inside], q[inside]
    order = np.lexsort((q, p))
    used_as_dominator = np.zeros(n, dtype=bool)
    for pi, qi in zip(p[order].tolist(), q[order].tolist()):
        if out[pi] or used_as_dominator[pi] or out[qi]:
            continue
        out[pi] = True
        used_as_dominator[qi] = True
    return out


# --- cuts from each short row's integer hull ---------------------------------------------
#: Rounds of :func:`hull_cuts` (each: one LP of the whole problem, one separation LP).
HULL_CUT_ROUNDS = 4
#: The largest integer weight of a hull cut (weights are the separation LP's, scaled and
#: rounded; any non-negative integer weights give a valid cut, see :func:`hull_cuts`).
HULL_CUT_SCALE = 64


@dataclass(frozen=True)
class _ShortRows:
    """The short rows :func:`hull_cuts` separates over: columns, signs and the minimal
    feasible points (``y`` coordinates) of each, padded to ``n`` columns."""

    cols: np.ndarray  # (R, n) int, -1 padding
    neg: np.ndarray  # (R, n) bool
    points: list[np.ndarray]  # per row, (p, n) 0/1 minimal feasible points
    feasible: list[np.ndarray]  # per row, (q, n) 0/1 feasible points (all of them)


def _short_rows(problem: MaskProblem, max_vars: int) -> _ShortRows:
    A = problem.A
    lengths = np.diff(A.indptr)
    entry_row = np.repeat(np.arange(problem.n_rows), lengths)
    eligible = np.ones(problem.n_rows, dtype=bool)
    eligible[entry_row[problem.fixed[A.indices] != FREE]] = False
    eligible &= (lengths >= 2) & (lengths <= max_vars) & ~clause_rows(problem)
    eligible &= ~np.isin(np.arange(problem.n_rows), _unit_rows(problem))
    width = max_vars
    cols_out, neg_out, points, feasible_out = [], [], [], []
    for n in np.unique(lengths[eligible]).tolist():
        rows = np.flatnonzero(eligible & (lengths == n))
        idx = A.indptr[rows][:, None] + np.arange(n)[None, :]
        coefs, cols = A.data[idx], A.indices[idx]
        table, _ = feasible_points(coefs, problem.rhs[rows], problem.strict[rows])
        bits = _bits(n)
        ys = np.arange(1 << n)
        minimal = table.copy()
        for j in range(n):
            below = ys & ~(1 << j)
            has = ((ys >> j) & 1).astype(bool)
            minimal &= ~(has[None, :] & table[:, below])
        pad = np.full((rows.size, width), -1, dtype=np.int64)
        pad[:, :n] = cols
        cols_out.append(pad)
        negpad = np.zeros((rows.size, width), dtype=bool)
        negpad[:, :n] = coefs < 0
        neg_out.append(negpad)
        for r in range(rows.size):
            points.append(bits[minimal[r]].astype(np.int64))
            feasible_out.append(bits[table[r]].astype(np.int64))
    if not cols_out:
        return _ShortRows(np.zeros((0, width), np.int64), np.zeros((0, width), bool), [], [])
    return _ShortRows(np.concatenate(cols_out), np.concatenate(neg_out), points, feasible_out)


def _unit_rows(problem: MaskProblem) -> np.ndarray:
    """Rows whose coefficients are all 1 (cardinality cuts: their hull is themselves)."""
    A = problem.A
    lengths = np.diff(A.indptr)
    entry_row = np.repeat(np.arange(problem.n_rows), lengths)
    other = np.zeros(problem.n_rows, dtype=bool)
    other[entry_row[A.data != 1.0]] = True
    return np.flatnonzero(~other & (lengths > 0))


def _lp_point(problem: MaskProblem, A: sp.csr_matrix, rhs: np.ndarray) -> np.ndarray | None:
    """An optimal point of the linear relaxation (rows as ``>=``), or None if HiGHS fails."""
    from scipy.optimize import linprog

    lower = np.where(problem.fixed == 1, 1.0, 0.0)
    upper = np.where(problem.fixed == 0, 0.0, 1.0)
    with np.errstate(all="ignore"):
        result = linprog(problem.cost, A_ub=-A, b_ub=-rhs, bounds=np.c_[lower, upper],
                         method="highs")
    return result.x if result.status == 0 else None


def _separate(short: _ShortRows, x: np.ndarray, scale: int
              ) -> tuple[list[np.ndarray], list[np.ndarray], list[int]]:
    """Integer cuts ``w . y >= b`` of the short rows' hulls that the LP point ``x`` violates.

    For a row whose ``y``-point ``y0`` is fractional, the separation LP ``min w . y0`` over
    ``w >= 0`` with ``w . p >= 1`` at every minimal feasible point ``p`` (all rows in one
    block-diagonal LP) gives a facet direction when its optimum is below 1; its weights are
    scaled to integers at most ``scale``, and ``b`` is then the exact minimum of ``w . p`` over
    the row's feasible points (integers), so the cut holds at every feasible point whatever
    the rounding did.
    """
    from scipy.optimize import linprog

    width = short.cols.shape[1]
    safe = np.where(short.cols >= 0, short.cols, 0)
    y0 = np.where(short.neg, 1.0 - x[safe], x[safe])
    y0[short.cols < 0] = 0.0
    fractional = np.any((y0 > 1e-6) & (y0 < 1 - 1e-6) & (short.cols >= 0), axis=1)
    candidates = []
    for r in np.flatnonzero(fractional).tolist():
        pts = short.points[r]
        n = int((short.cols[r] >= 0).sum())
        if pts.shape[0] == 0 or np.any(np.all(pts <= y0[r, :n] + 1e-9, axis=1)):
            continue  # y0 lies above a feasible point: inside the hull
        candidates.append(r)
    if not candidates:
        return [], [], []
    blocks, objective, offsets = [], [], []
    at = 0
    for r in candidates:
        n = int((short.cols[r] >= 0).sum())
        blocks.append(sp.csr_matrix(short.points[r].astype(np.float64)))
        objective.append(y0[r, :n])
        offsets.append(at)
        at += n
    big = sp.block_diag(blocks, format="csr")
    with np.errstate(all="ignore"):
        result = linprog(np.concatenate(objective), A_ub=-big, b_ub=-np.ones(big.shape[0]),
                         bounds=(0, None), method="highs")
    if result.status != 0:
        return [], [], []
    cut_cols, cut_coefs, cut_rhs = [], [], []
    for r, start in zip(candidates, offsets):
        n = int((short.cols[r] >= 0).sum())
        w = result.x[start: start + n]
        top = w.max(initial=0.0)
        if not top > 0 or float(w @ y0[r, :n]) >= 1 - 1e-4:
            continue
        w_int = np.rint(np.maximum(w, 0.0) / top * scale).astype(np.int64)
        b = int((short.feasible[r] @ w_int).min())
        if b <= 0 or float(w_int @ y0[r, :n]) >= b - 1e-6 * max(1, b):
            continue
        neg = short.neg[r, :n]
        cut_cols.append(short.cols[r, :n])
        cut_coefs.append(np.where(neg, -w_int, w_int))
        cut_rhs.append(b - int(w_int[neg].sum()))
    return cut_cols, cut_coefs, cut_rhs


def hull_cuts(problem: MaskProblem, rounds: int = HULL_CUT_ROUNDS, max_vars: int = MAX_ROW_VARS,
              scale: int = HULL_CUT_SCALE) -> tuple[sp.csr_matrix, np.ndarray]:
    """Cuts from the integer hull of each short row, for the linear relaxation's sake.

    A row over ``n <= max_vars`` free variables has an exactly known set of feasible 0/1
    points (:func:`feasible_points`); in ``y`` coordinates (``M_j`` or ``1 - M_j``) it is an
    up-set, so its convex hull inside the cube is cut out by the bounds and inequalities
    ``w . y >= 1`` with ``w >= 0``. The knapsack row's own relaxation is much weaker (it lets
    a fraction of the heaviest pixel stand in for the rest). Each round solves the linear
    relaxation of ``problem`` with the cuts so far (HiGHS, through SciPy) and separates, for
    every row its point violates, the most violated hull inequality.

    Exactness does not rest on any float: a cut's weights are non-negative integers and its
    right-hand side is the exact minimum of ``w . y`` over the row's feasible points, so
    every feasible mask meets every cut; the cuts change no feasible mask and no optimum.

    Returns
    -------
    (csr_matrix, ndarray)
        Cut rows over ``problem``'s columns (integer coefficients) and their integer
        right-hand sides, each read ``>=``; none when no LP point violates a hull.
    """
    short = _short_rows(problem, max_vars)
    n_vars = problem.n_vars
    empty = (sp.csr_matrix((0, n_vars)), np.zeros(0))
    if short.cols.shape[0] == 0:
        return empty
    A, rhs = problem.A, problem.rhs.astype(np.float64)
    found, found_rhs = [], []
    for _ in range(rounds):
        x = _lp_point(problem, A, rhs)
        if x is None:
            break
        cols, coefs, b = _separate(short, x, scale)
        if not cols:
            break
        found.append(_cut_rows(cols, coefs, n_vars))
        found_rhs.append(np.asarray(b, dtype=np.float64))
        A = sp.vstack([A, found[-1]], format="csr")
        rhs = np.concatenate([rhs, found_rhs[-1]])
    if not found:
        return empty
    return sp.vstack(found, format="csr"), np.concatenate(found_rhs)


def _cut_rows(cols: list[np.ndarray], coefs: list[np.ndarray], n_vars: int) -> sp.csr_matrix:
    """One CSR row per cut (its columns and integer coefficients) over ``n_vars`` columns."""
    lengths = np.array([c.size for c in cols])
    return sp.csr_matrix((np.concatenate(coefs).astype(np.float64), np.concatenate(cols),
                          np.concatenate([[0], np.cumsum(lengths)])), shape=(len(cols), n_vars))
