"""Exact presolve of a :class:`~smug.problem.MaskProblem`, and splitting into components.

:func:`presolve` shrinks a problem with rules that are decided in exact arithmetic (the
float64 values are the rationals they denote; signs of sums come from
:func:`smug._exact.grouped_sign`, never from a tolerance), so the reduced problem has the
same optimum as the original and every optimal mask of the reduced problem restores to an
optimal mask of the original. The rules, applied until nothing changes:

* **satisfied rows** -- a row that even its minimum activity satisfies (every free variable
  with a negative coefficient on, every positive one off, fixed variables at their value)
  holds for every mask: it is removed.
* **infeasible rows** -- a row that even its maximum activity fails holds for no mask: the
  problem is infeasible.
* **forced variables** -- in a row that is not always satisfied, a positive coefficient
  without which the maximum activity fails forces its variable to 1; a negative coefficient
  whose variable alone makes the maximum activity fail forces it to 0. A variable forced both
  ways proves infeasibility.
* **dominated variables** -- a free variable whose coefficients in the remaining rows are all
  ``<= 0`` is fixed to 0 (turning it on never helps a row, and costs are ``>= 0``); one whose
  coefficients are all ``>= 0`` and whose cost is 0 is fixed to 1. Variables in no remaining
  row fall under the first rule (or the second, if free of cost). These rules keep at least
  one optimal mask, not all of them.
* **duplicate rows** -- among rows with identical coefficients only the strongest (largest
  right-hand side; strict before non-strict on a tie) is kept.

Substituting the variables fixed to 1 into a row changes its right-hand side to
``rhs - sum(fixed coefficients)``; when that difference is not exactly a float64, the row
keeps those variables as columns fixed to 1 (with cost 0 in the reduced problem), so no
rounding ever enters. :func:`split_components` cuts a problem into independent sub-problems
(connected components of the row/variable graph) to be solved separately.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from smug._exact import summation_error_bound, grouped_sign
from smug.problem import FREE, MaskProblem

__all__ = ["Presolved", "presolve", "Component", "split_components", "combine_masks"]


# --- the result ------------------------------------------------------------------------
@dataclass(frozen=True)
class Presolved:
    """The outcome of :func:`presolve`.

    Attributes
    ----------
    problem : MaskProblem or None
        The reduced problem (None when ``infeasible``). Its variable ``k`` is variable
        ``columns[k]`` of the original problem.
    infeasible : bool
        True when presolve proved that no mask satisfies the original rows.
    values : (n,) int8 array
        The value presolve gave each original variable: 0, 1, or ``FREE`` (-1) for variables
        left to the reduced problem.
    columns : (n_reduced,) int array
        Original index of each reduced variable. Some may be fixed to 1 in the reduced problem
        (kept so that a row's right-hand side stays exact); their cost there is 0.
    rows : (m_reduced,) int array
        Original index of each reduced row (-1 for an appended cut: cardinality, redundant row, hull cut).
    objective_offset : float
        Cost of the original variables presolve fixed to 1 (add to the reduced objective).
    stats : dict
        Rows and variables removed by each rule, rounds and seconds.
    """

    problem: MaskProblem | None
    infeasible: bool
    values: np.ndarray
    columns: np.ndarray
    rows: np.ndarray
    objective_offset: float
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def n_original(self) -> int:
        return int(self.values.size)

    def restore(self, reduced_mask: Any) -> np.ndarray:
        """The full mask (length n of the original problem) for a mask of the reduced problem."""
        if self.problem is None:
            raise ValueError("reduced_mask: presolve proved the problem infeasible; nothing to restore")
        reduced = self.problem.check_mask(reduced_mask)
        full = self.values == 1
        free = self.values[self.columns] == FREE
        full[self.columns[free]] = reduced[free]
        return full

    def reduce_mask(self, full_mask: Any) -> np.ndarray:
        """The reduced problem's part of a full mask (for hints and checks)."""
        full = np.asarray(full_mask)
        if full.shape != (self.n_original,):
            raise ValueError(f"full_mask: expected shape ({self.n_original},), got {full.shape}")
        reduced = full.astype(bool)[self.columns]
        kept_fixed = self.values[self.columns] == 1
        reduced[kept_fixed] = True
        return reduced


# --- exact decisions -------------------------------------------------------------------
def _row_groups(A: sp.csr_matrix, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(indptr, data) of the entries of ``A`` selected by the per-entry bool ``keep``."""
    row_of_entry = np.repeat(np.arange(A.shape[0]), np.diff(A.indptr))
    counts = np.bincount(row_of_entry[keep], minlength=A.shape[0])
    indptr = np.concatenate([[0], np.cumsum(counts)])
    return indptr, A.data[keep]


def _fails(signs: np.ndarray, strict: np.ndarray) -> np.ndarray:
    """Rows whose ``activity - rhs`` has the given exact sign fail."""
    return (signs < 0) | ((signs == 0) & strict)


def _adjusted_signs(
    indptr: np.ndarray,
    data: np.ndarray,
    rhs: np.ndarray,
    entry_rows: np.ndarray,
    delta: np.ndarray,
) -> np.ndarray:
    """Exact sign of ``sum(group[r]) - rhs[r] + delta[t]`` for each candidate ``t`` in row ``r``.

    A float estimate with a rigorous error bound decides most candidates; the rest are done
    in :class:`fractions.Fraction`, with each row's exact sum computed once.
    """
    if entry_rows.size == 0:
        return np.zeros(0, dtype=np.int8)
    g = indptr.size - 1
    counts = np.diff(indptr)
    sums = np.zeros(g)
    abs_sums = np.zeros(g)
    nonempty = counts > 0
    if data.size:
        sums[nonempty] = np.add.reduceat(data, indptr[:-1][nonempty])
        abs_sums[nonempty] = np.add.reduceat(np.abs(data), indptr[:-1][nonempty])
    with np.errstate(over="ignore", invalid="ignore"):
        value = sums[entry_rows] - rhs[entry_rows] + delta
        bound = summation_error_bound(
            abs_sums[entry_rows] + np.abs(rhs[entry_rows]) + np.abs(delta),
            counts[entry_rows] + 2,
        )
    signs = np.sign(value).astype(np.int8)
    unsure = ~(np.abs(value) > bound) | ~np.isfinite(value) | ~np.isfinite(bound)
    if unsure.any():  # integer rows (clauses) of small magnitude: the float value is exact
        frac = np.zeros(g, dtype=np.int64)
        if data.size:
            with np.errstate(invalid="ignore"):
                frac[nonempty] = np.add.reduceat((data != np.round(data)).astype(np.int64),
                                                 indptr[:-1][nonempty])
        with np.errstate(invalid="ignore"):
            exact_float = ((frac[entry_rows] == 0) & (rhs[entry_rows] == np.round(rhs[entry_rows]))
                           & (delta == np.round(delta))
                           & (abs_sums[entry_rows] + np.abs(rhs[entry_rows]) + np.abs(delta)
                              < 2.0**52))
        unsure &= ~exact_float
    exact_rows: dict[int, Fraction] = {}
    for t in np.flatnonzero(unsure):
        r = int(entry_rows[t])
        if r not in exact_rows:
            group = data[indptr[r] : indptr[r + 1]]
            exact_rows[r] = sum((Fraction(float(v)) for v in group), Fraction(0)) - Fraction(
                float(rhs[r])
            )
        total = exact_rows[r] + Fraction(float(delta[t]))
        signs[t] = (total > 0) - (total < 0)
    return signs


# --- the rules -------------------------------------------------------------------------
@dataclass
class _State:
    """Working state of the presolve loop over the original problem's indices."""

    problem: MaskProblem
    values: np.ndarray  # int8: FREE, 0 or 1 per variable
    active: np.ndarray  # bool per row: not yet removed
    counts: dict[str, int]
    infeasible: bool = False

    def entry_rows(self) -> np.ndarray:
        A = self.problem.A
        return np.repeat(np.arange(A.shape[0]), np.diff(A.indptr))


def _activity_signs(state: _State) -> tuple[np.ndarray, np.ndarray]:
    """Exact signs of (min activity - rhs) and (max activity - rhs) of every row."""
    A = state.problem.A
    val = state.values[A.indices]
    free = val == FREE
    on = val == 1
    pos = A.data > 0
    min_idx, min_data = _row_groups(A, on | (free & ~pos))
    max_idx, max_data = _row_groups(A, on | (free & pos))
    return (
        grouped_sign(min_idx, min_data, state.problem.rhs),
        grouped_sign(max_idx, max_data, state.problem.rhs),
    )


def _remove_satisfied_and_check(state: _State, min_sign: np.ndarray, max_sign: np.ndarray) -> None:
    strict = state.problem.strict
    always = state.active & ~_fails(min_sign, strict)
    state.counts["rows_satisfied"] += int(always.sum())
    state.active &= ~always
    never = state.active & _fails(max_sign, strict)
    if never.any():
        state.infeasible = True
        state.counts["infeasible_row"] = int(np.flatnonzero(never)[0])


def _forced_values(state: _State) -> tuple[np.ndarray, np.ndarray]:
    """Variables forced to 1 and forced to 0 by the active rows (bool arrays of length n)."""
    A, problem = state.problem.A, state.problem
    n = problem.n_vars
    rows = state.entry_rows()
    val = state.values[A.indices]
    free = val == FREE
    pos = A.data > 0
    max_idx, max_data = _row_groups(A, (val == 1) | (free & pos))
    cand = np.flatnonzero(free & state.active[rows])
    # Without a positive entry, max activity drops by it; with a negative one, it drops by it.
    delta = -np.abs(A.data[cand])
    signs = _adjusted_signs(max_idx, max_data, problem.rhs, rows[cand], delta)
    broken = cand[_fails(signs, problem.strict[rows[cand]])]
    to_one = np.zeros(n, dtype=bool)
    to_zero = np.zeros(n, dtype=bool)
    to_one[A.indices[broken[A.data[broken] > 0]]] = True
    to_zero[A.indices[broken[A.data[broken] < 0]]] = True
    return to_one, to_zero


def _dominated_values(state: _State) -> tuple[np.ndarray, np.ndarray]:
    """Free variables dominated at 0 (no positive active entry) and at 1 (free of cost, no
    negative active entry)."""
    A, problem = state.problem.A, state.problem
    n = problem.n_vars
    in_active = state.active[state.entry_rows()]
    has_pos = np.zeros(n, dtype=bool)
    has_neg = np.zeros(n, dtype=bool)
    has_pos[A.indices[in_active & (A.data > 0)]] = True
    has_neg[A.indices[in_active & (A.data < 0)]] = True
    free = state.values == FREE
    to_zero = free & ~has_pos
    to_one = free & ~has_neg & (problem.cost == 0) & ~to_zero
    return to_one, to_zero


def _apply(state: _State, to_one: np.ndarray, to_zero: np.ndarray, rule: str) -> int:
    if np.any(to_one & to_zero):
        state.infeasible = True
        state.counts["infeasible_var"] = int(np.flatnonzero(to_one & to_zero)[0])
        return 0
    state.values[to_one] = 1
    state.values[to_zero] = 0
    state.counts[f"vars_{rule}_1"] += int(to_one.sum())
    state.counts[f"vars_{rule}_0"] += int(to_zero.sum())
    return int(to_one.sum() + to_zero.sum())


def _run_rules(state: _State) -> int:
    """Apply the rules to a fixpoint; return the number of rounds."""
    rounds = 0
    while not state.infeasible:
        rounds += 1
        min_sign, max_sign = _activity_signs(state)
        _remove_satisfied_and_check(state, min_sign, max_sign)
        if state.infeasible:
            break
        changed = _apply(state, *_forced_values(state), rule="forced")
        if state.infeasible:
            break
        changed += _apply(state, *_dominated_values(state), rule="dominated")
        if not changed:
            break
    return rounds


# --- building the reduced problem ------------------------------------------------------
def _reduced_rows(state: _State) -> tuple[sp.csr_matrix, np.ndarray]:
    """Active rows with fixed-to-1 variables substituted where the new rhs is exact.

    Returns the active rows' matrix over all original columns (entries of variables fixed to
    0 dropped, entries of variables fixed to 1 dropped where substituted) and the new
    right-hand sides (the old ones for rows that keep their fixed-to-1 entries).
    """
    problem = state.problem
    rows = np.flatnonzero(state.active)
    sub = problem.A[rows].tocsr()
    sub.sort_indices()
    val = state.values[sub.indices]
    on = val == 1
    row_of_entry = np.repeat(np.arange(rows.size), np.diff(sub.indptr))
    fixed_sum = np.bincount(row_of_entry[on], weights=sub.data[on], minlength=rows.size)
    new_rhs = problem.rhs[rows] - fixed_sum
    # Exact iff sum(fixed coefficients) + new_rhs - rhs == 0, decided exactly.
    idx, data = _row_groups(sub, on)
    check_idx = idx + np.arange(idx.size)  # one extra slot per row for new_rhs
    check_data = np.empty(data.size + rows.size)
    slots = check_idx[1:] - 1
    mask_slots = np.ones(check_data.size, dtype=bool)
    mask_slots[slots] = False
    check_data[mask_slots] = data
    finite = np.isfinite(new_rhs)  # rhs - fixed sum overflowed: keep the row as it is
    check_data[slots] = np.where(finite, new_rhs, 0.0)
    exact = (grouped_sign(check_idx, check_data, problem.rhs[rows]) == 0) & finite
    new_rhs = np.where(exact, new_rhs, problem.rhs[rows])
    keep_entry = (val == FREE) | (on & ~exact[row_of_entry])
    kept = sp.csr_matrix(
        (sub.data[keep_entry], sub.indices[keep_entry],
         np.concatenate([[0], np.cumsum(np.bincount(row_of_entry[keep_entry], minlength=rows.size))])),
        shape=sub.shape,
    )
    return kept, new_rhs


def _drop_duplicate_rows(
    A: sp.csr_matrix, rhs: np.ndarray, strict: np.ndarray
) -> np.ndarray:
    """Indices of the rows to keep: one per distinct coefficient vector, the strongest."""
    lengths = np.diff(A.indptr)
    width = int(lengths.max()) if lengths.size else 0
    if A.shape[0] * width > 4_000_000:  # long rows: a dictionary, row by row
        return _drop_duplicate_rows_loop(A, rhs, strict)
    m = A.shape[0]
    rows = np.repeat(np.arange(m), lengths)
    position = np.arange(A.nnz) - np.repeat(A.indptr[:-1], lengths)
    cols = np.full((m, width), -1, dtype=np.int64)
    vals = np.zeros((m, width))
    cols[rows, position] = A.indices
    vals[rows, position] = A.data
    # strongest first: largest rhs, strict before non-strict; then one per distinct row
    order = np.lexsort((~strict, -rhs))
    key = np.concatenate([lengths[:, None], cols, vals.view(np.int64)], axis=1)[order]
    from smug.presolve_rows import unique_rows

    return np.sort(order[unique_rows(key)[0]])


def _drop_duplicate_rows_loop(
    A: sp.csr_matrix, rhs: np.ndarray, strict: np.ndarray
) -> np.ndarray:
    """Indices of the rows to keep: one per distinct coefficient vector, the strongest."""
    best: dict[bytes, int] = {}
    for i in range(A.shape[0]):
        lo, hi = A.indptr[i], A.indptr[i + 1]
        key = A.indices[lo:hi].tobytes() + b"|" + A.data[lo:hi].tobytes()
        j = best.get(key)
        if j is None or (rhs[i], strict[i]) > (rhs[j], strict[j]):
            best[key] = i
    return np.sort(np.fromiter(best.values(), dtype=np.int64, count=len(best)))


def _build(state: _State, start: float, rounds: int, name: str) -> Presolved:
    problem = state.problem
    counts = dict(state.counts, rounds=rounds, rows_before=problem.n_rows, vars_before=problem.n_vars)
    if state.infeasible:
        counts["seconds"] = time.perf_counter() - start
        return Presolved(None, True, state.values, np.zeros(0, np.int64), np.zeros(0, np.int64),
                         _offset(problem, state.values), counts)
    kept, new_rhs = _reduced_rows(state)
    rows = np.flatnonzero(state.active)
    strict = problem.strict[rows]
    unique = _drop_duplicate_rows(kept, new_rhs, strict)
    counts["rows_duplicate"] = int(rows.size - unique.size)
    kept, new_rhs, strict, rows = kept[unique], new_rhs[unique], strict[unique], rows[unique]
    used = np.zeros(problem.n_vars, dtype=bool)
    used[kept.indices] = True
    columns = np.flatnonzero((state.values == FREE) | used)
    A = kept[:, columns].tocsr()
    cost = np.where(state.values[columns] == FREE, problem.cost[columns], 0.0)
    fixed = np.where(state.values[columns] == 1, 1, FREE).astype(np.int8)
    reduced = MaskProblem(A, new_rhs, strict, cost, fixed, None, name)
    counts.update(rows_after=reduced.n_rows, vars_after=reduced.n_vars,
                  vars_kept_fixed=int(np.sum(fixed == 1)), seconds=time.perf_counter() - start)
    return Presolved(reduced, False, state.values, columns, rows,
                     _offset(problem, state.values), counts)


def _offset(problem: MaskProblem, values: np.ndarray) -> float:
    return float(problem.cost[values == 1].sum())


#: Rows with more clauses than this reach the solver in their original form (see
#: :func:`presolve`'s ``max_clauses``).
MAX_CLAUSES_FOR_SOLVER = 8


def presolve(problem: MaskProblem, clauses: bool = True, cardinality_cuts: bool = True,
             redundant_rows: bool = True, max_clauses: int | None = MAX_CLAUSES_FOR_SOLVER,
             hull_cut_rounds: int = 0) -> Presolved:
    """Shrink ``problem`` exactly; see the module docstring for the rules.

    Parameters
    ----------
    problem : MaskProblem
    clauses : bool
        Also replace every short row by its exact clauses (:func:`smug.presolve_rows.
        row_clauses`) once the first rules are done, then run the rules again on the
        result. The reduced problem then has the same feasible masks over its columns, a far
        tighter linear relaxation and integer rows only where the clauses are.
    cardinality_cuts : bool
        With ``clauses``, append the cardinality cuts of the enumerated rows
        (:attr:`smug.presolve_rows.RowClauses.cardinality`; ``rows`` of -1 in the result).
    redundant_rows : bool
        With ``clauses``, append the converted rows with a positive right-hand side again,
        as they were (:attr:`smug.presolve_rows.RowClauses.redundant`): implied by their
        clauses, they strengthen the linear relaxation.
    max_clauses : int or None
        With ``clauses``, the most clauses a row may have and still be handed to the solver
        as clauses. Every row with up to :data:`smug.presolve_rows.MAX_CLAUSES_PER_ROW`
        clauses is first reasoned on as clauses (forced variables, clause column dominance);
        then presolve runs again on ``problem`` with those fixings, converting only the rows
        with at most ``max_clauses`` clauses: a row with many clauses (a 9-pixel row that
        needs about half of its weight has ~14) reaches the solver as the one knapsack row it
        is, which CP-SAT propagates as well and at a fraction of the size. ``None`` (or a
        value of at least ``MAX_CLAUSES_PER_ROW``) keeps the first pass's problem. The
        fixings of the first pass keep an optimal mask of ``problem``, so the second pass's
        problem has the same optimum.
    hull_cut_rounds : int
        Rounds of :func:`smug.presolve_rows.hull_cuts` on the reduced problem (0, the
        default: none). Each round solves the reduced problem's linear relaxation and
        appends, for every short row its point violates, an integer inequality of that row's
        exact 0/1 hull (``rows`` of -1); they change no feasible mask. Off by default: on the
        pixel-level problems they raise the root bound but CP-SAT was not faster with them
        (``benchmarks/studies/pixel_masks``).

    Returns
    -------
    Presolved
        ``.problem`` (the reduced problem), ``.infeasible``, ``.restore(mask)``,
        ``.reduce_mask(mask)``, ``.objective_offset`` and ``.stats``. An optimal mask of the
        reduced problem restores to an optimal mask of ``problem``; its objective is the
        reduced objective plus ``objective_offset``.
    """
    if not isinstance(problem, MaskProblem):
        raise TypeError(f"problem: expected a smug.MaskProblem, got {type(problem).__name__}")
    for name, flag in (("clauses", clauses), ("cardinality_cuts", cardinality_cuts),
                       ("redundant_rows", redundant_rows)):
        if not isinstance(flag, (bool, np.bool_)):
            raise TypeError(f"{name}: expected True or False, got {flag!r}")
    if max_clauses is not None and (not isinstance(max_clauses, (int, np.integer))
                                    or isinstance(max_clauses, bool) or max_clauses < 1):
        raise ValueError(f"max_clauses: expected a positive integer or None, got {max_clauses!r}")
    if (not isinstance(hull_cut_rounds, (int, np.integer)) or isinstance(hull_cut_rounds, bool)
            or hull_cut_rounds < 0):
        raise ValueError(f"hull_cut_rounds: expected a non-negative integer, got {hull_cut_rounds!r}")
    result = _presolve_passes(problem, clauses, cardinality_cuts, redundant_rows, max_clauses)
    if hull_cut_rounds and not result.infeasible and result.problem.n_rows:
        result = _with_hull_cuts(result, int(hull_cut_rounds))
    return result


def _with_hull_cuts(result: Presolved, rounds: int) -> Presolved:
    """``result`` with the hull cuts of its reduced problem appended (``rows`` of -1)."""
    from smug.presolve_rows import hull_cuts

    start = time.perf_counter()
    small = result.problem
    cuts, rhs = hull_cuts(small, rounds=rounds)
    stats = dict(result.stats, hull_cuts=int(rhs.size), hull_cut_seconds=time.perf_counter() - start)
    if rhs.size == 0:
        return replace(result, stats=stats)
    problem = MaskProblem(sp.vstack([small.A, cuts], format="csr"),
                          np.concatenate([small.rhs, rhs]),
                          np.concatenate([small.strict, np.zeros(rhs.size, dtype=bool)]),
                          small.cost, small.fixed, None, small.name)
    stats.update(rows_after=problem.n_rows,
                 seconds=result.stats.get("seconds", 0.0) + stats["hull_cut_seconds"])
    return replace(result, problem=problem, stats=stats,
                   rows=np.concatenate([result.rows, np.full(rhs.size, -1, dtype=np.int64)]))


def _presolve_passes(problem: MaskProblem, clauses: bool, cardinality_cuts: bool,
                     redundant_rows: bool, max_clauses: int | None) -> Presolved:
    """The one or two passes of :func:`presolve` (see its ``max_clauses``)."""
    start = time.perf_counter()
    from smug.presolve_rows import MAX_CLAUSES_PER_ROW

    first = _presolve_clauses(problem, clauses, cardinality_cuts, redundant_rows,
                              MAX_CLAUSES_PER_ROW, start)
    if (not clauses or first.infeasible or max_clauses is None or first.problem.n_rows == 0
            or first.stats.get("most_clauses_strong_row", 0) <= max_clauses):
        return first  # no row the second pass would hand on differently
    fixed = problem.with_fixed(first.values)
    second = _presolve_clauses(fixed, clauses, cardinality_cuts, redundant_rows, int(max_clauses),
                               start)
    if second.infeasible:  # the first pass's fixings keep an optimal mask: a bug, not an answer
        raise RuntimeError("presolve: the second pass found the first pass's fixings "
                           "infeasible; this is a bug in smug, please report it")
    first_pass = {"first_pass_vars_after": first.stats.get("vars_after"),
                  "first_pass_rows_after": first.stats.get("rows_after"),
                  "vars_dominated_columns": first.stats.get("vars_dominated_columns", 0)
                  + second.stats.get("vars_dominated_columns", 0)}
    return replace(second, stats={**second.stats, **first_pass,
                                  "seconds": time.perf_counter() - start})


def _presolve_clauses(problem: MaskProblem, clauses: bool, cardinality_cuts: bool,
                      redundant_rows: bool, max_clauses: int, start: float) -> Presolved:
    """One pass of :func:`presolve`: the first rules, then (with ``clauses``) rows with at
    most ``max_clauses`` clauses replaced by them, clause column dominance and the cuts."""
    result = _presolve_rules(problem, problem.name + "/presolved")
    if not clauses or result.infeasible:
        return result
    from smug.presolve_rows import MAX_CLAUSES_PER_ROW, dominated_columns, row_clauses

    converted = row_clauses(result.problem, max_clauses=max_clauses,
                            max_clauses_weak=MAX_CLAUSES_PER_ROW)
    extra = dict(converted.stats, vars_dominated_columns=0)
    cut_columns = result.columns  # the cuts' columns, as original indices
    if converted.stats["rows_to_clauses"]:
        inner = _presolve_rules(converted.problem, result.problem.name)
        result = _compose(problem, result, inner, converted.source)
    for _ in range(MAX_DOMINANCE_ROUNDS):
        if result.infeasible or result.problem.n_rows == 0:
            break
        dominated = dominated_columns(result.problem)
        if not dominated.any():
            break
        extra["vars_dominated_columns"] += int(dominated.sum())
        fixed = result.problem.with_fixed(np.where(dominated, 0, FREE))
        inner = _presolve_rules(fixed, result.problem.name)
        result = _compose(problem, result, inner, np.arange(result.problem.n_rows))
    if not result.infeasible and cardinality_cuts and converted.cardinality is not None:
        cuts, least = converted.cardinality
        result, added = _with_rows(result, cut_columns, cuts, least,
                                   np.zeros(least.size, dtype=bool), integer=True)
        extra["cardinality_cuts"] = added
    if not result.infeasible and redundant_rows and converted.redundant is not None:
        result, added = _with_rows(result, cut_columns, *converted.redundant, integer=False)
        extra["rows_redundant"] = added
    return replace(result, stats={**result.stats, **extra, "seconds": time.perf_counter() - start})


def _with_rows(result: Presolved, cut_columns: np.ndarray, M: sp.csr_matrix,
               rhs: np.ndarray, strict: np.ndarray, integer: bool) -> tuple[Presolved, int]:
    """``result`` with rows ``M . x > rhs`` (or ``>=``) that every feasible mask of the
    original meets (over the original columns ``cut_columns``) appended to its problem.

    The columns presolve fixed to 0 are dropped from them. A column fixed to 1 is substituted
    into the right-hand side when ``integer`` (0/1 rows with integer right-hand sides: exact);
    otherwise such a row is left out (it is implied anyway). Rows that then hold for every
    mask are left out, and one per coefficient vector is kept (the strongest). Appended rows
    have ``rows`` -1. Every mask the rows were derived for meets them: no answer changes.
    """
    small = result.problem
    if small is None or M.shape[0] == 0:
        return result, 0
    coo = M.tocoo()
    original = cut_columns[coo.col]
    value = result.values[original]
    place = np.full(result.n_original, -1, dtype=np.int64)
    free_in_small = small.fixed == FREE
    place[result.columns[free_in_small]] = np.flatnonzero(free_in_small)
    on = np.bincount(coo.row, weights=np.where(value == 1, coo.data, 0.0), minlength=M.shape[0])
    has_on = np.bincount(coo.row, weights=(value == 1), minlength=M.shape[0]) > 0
    keep_entry = (value == FREE) & (place[original] >= 0)
    new_rhs = rhs - on if integer else np.asarray(rhs, dtype=np.float64)
    X = sp.csr_matrix((coo.data[keep_entry], (coo.row[keep_entry], place[original[keep_entry]])),
                      shape=(M.shape[0], small.n_vars))
    length = np.diff(X.indptr)
    if integer:  # 0/1 rows: rhs 1 is what a clause says already; above the length, nothing
        useful = (new_rhs >= 2) & (new_rhs <= length)
    else:
        useful = ~has_on & (length > 0)
    X, new_rhs, strict = X[useful], new_rhs[useful], np.asarray(strict)[useful]
    unique = _drop_duplicate_rows(X, new_rhs, strict)
    X, new_rhs, strict = X[unique], new_rhs[unique], strict[unique]
    if new_rhs.size == 0:
        return result, 0
    problem = MaskProblem(sp.vstack([small.A, X], format="csr"),
                          np.concatenate([small.rhs, new_rhs]),
                          np.concatenate([small.strict, strict]),
                          small.cost, small.fixed, None, small.name)
    rows = np.concatenate([result.rows, np.full(new_rhs.size, -1, dtype=np.int64)])
    stats = dict(result.stats, rows_after=problem.n_rows)
    return replace(result, problem=problem, rows=rows, stats=stats), int(new_rhs.size)


#: Rounds of clause dominance (each followed by the first rules); later rounds find few.
MAX_DOMINANCE_ROUNDS = 4


def _presolve_rules(problem: MaskProblem, name: str) -> Presolved:
    """The rules of the module docstring, to a fixpoint, and the reduced problem."""
    start = time.perf_counter()
    counts = {k: 0 for k in ("rows_satisfied", "vars_forced_1", "vars_forced_0",
                             "vars_dominated_1", "vars_dominated_0")}
    state = _State(problem, problem.fixed.astype(np.int8).copy(),
                   np.ones(problem.n_rows, dtype=bool), counts)
    with np.errstate(over="ignore", invalid="ignore"):  # float estimates of huge rows
        rounds = _run_rules(state)   # overflow to inf; those rows are decided exactly
        return _build(state, start, rounds, name)


_SUMMED = ("rows_satisfied", "vars_forced_1", "vars_forced_0", "vars_dominated_1",
           "vars_dominated_0", "rounds", "rows_duplicate")


def _compose(problem: MaskProblem, first: Presolved, second: Presolved,
             source: np.ndarray) -> Presolved:
    """``first`` (original -> reduced) followed by ``second`` (a problem over the reduced
    columns whose row ``i`` comes from reduced row ``source[i]`` -> smaller), as one
    :class:`Presolved` of the original problem."""
    values = first.values.copy()
    inner_free = first.values[first.columns] == FREE
    values[first.columns[inner_free]] = second.values[inner_free]
    stats = {key: first.stats.get(key, 0) + second.stats.get(key, 0) for key in _SUMMED}
    stats.update(rows_before=problem.n_rows, vars_before=problem.n_vars)
    if "infeasible_row" in second.stats:  # a row of the inner problem: name the original
        stats["infeasible_row"] = int(first.rows[source[second.stats["infeasible_row"]]])
    if "infeasible_var" in second.stats:
        stats["infeasible_var"] = int(first.columns[second.stats["infeasible_var"]])
    if second.infeasible:
        return Presolved(None, True, values, np.zeros(0, np.int64), np.zeros(0, np.int64),
                         _offset(problem, values), stats)
    stats.update(rows_after=second.stats["rows_after"], vars_after=second.stats["vars_after"],
                 vars_kept_fixed=second.stats["vars_kept_fixed"])
    return Presolved(second.problem, False, values, first.columns[second.columns],
                     first.rows[source[second.rows]], _offset(problem, values), stats)


# --- independent components ------------------------------------------------------------
@dataclass(frozen=True)
class Component:
    """One independent sub-problem: ``problem`` over original ``variables`` and ``rows``."""

    problem: MaskProblem
    variables: np.ndarray
    rows: np.ndarray


def split_components(problem: MaskProblem) -> list[Component]:
    """Split ``problem`` into sub-problems that share no variable and no row.

    Two variables are in the same component when a chain of rows links them (connected
    components of the bipartite row/variable graph, :func:`scipy.sparse.csgraph.
    connected_components`). Variables in no row are gathered, with rows that have no
    variable, in one last component (omitted when there are none). The optimum of
    ``problem`` is the sum of the components' optima; :func:`combine_masks` joins their masks.
    """
    if not isinstance(problem, MaskProblem):
        raise TypeError(f"problem: expected a smug.MaskProblem, got {type(problem).__name__}")
    m, n = problem.n_rows, problem.n_vars
    A = problem.A
    pattern = sp.csr_matrix((np.ones(A.nnz), A.indices, A.indptr), shape=A.shape)
    graph = sp.bmat([[None, pattern], [pattern.T, None]], format="csr") if m and n else sp.csr_matrix((m + n, m + n))
    _, labels = connected_components(graph, directed=False)
    row_labels, var_labels = labels[:m], labels[m:]
    row_sizes = np.diff(A.indptr)
    var_sizes = np.bincount(A.indices, minlength=n)
    components = []
    for label in np.unique(row_labels[row_sizes > 0]):
        rows = np.flatnonzero(row_labels == label)
        variables = np.flatnonzero(var_labels == label)
        components.append(_component(problem, variables, rows, f"{problem.name}/c{len(components)}"))
    lone_rows = np.flatnonzero(row_sizes == 0)
    lone_vars = np.flatnonzero(var_sizes == 0)
    if lone_rows.size or lone_vars.size:
        components.append(_component(problem, lone_vars, lone_rows, f"{problem.name}/rest"))
    return components


def _component(problem: MaskProblem, variables: np.ndarray, rows: np.ndarray, name: str) -> Component:
    A = problem.A[rows][:, variables].tocsr()
    sub = MaskProblem(A, problem.rhs[rows], problem.strict[rows], problem.cost[variables],
                      problem.fixed[variables], None, name)
    return Component(sub, variables, rows)


def combine_masks(problem: MaskProblem, components: list[Component], masks: list[Any]) -> np.ndarray:
    """Join one mask per component into a mask of ``problem``."""
    if len(components) != len(masks):
        raise ValueError(f"masks: expected {len(components)} masks (one per component), got {len(masks)}")
    full = np.zeros(problem.n_vars, dtype=bool)
    for comp, mask in zip(components, masks):
        full[comp.variables] = comp.problem.check_mask(mask)
    return full
