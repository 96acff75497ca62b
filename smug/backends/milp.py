"""The MILP build step shared by the HiGHS, PuLP/CBC and cvxpy backends (and the LP/MPS export).

A MILP solver works in floating point to a feasibility tolerance and has no strict ``>``;
a MaskProblem row means an exact statement about rationals. This module turns every exact
row ``a . M > r`` (or ``>=``) into a native row ``a' . M >= lower`` whose direction the
shared loop of :meth:`smug.backends.base.Backend.run` asks for:

1. **Scaling.** Row ``i`` is multiplied by the power of two ``2**-e_i`` that puts its largest
   ``|coefficient|`` in ``[0.5, 1)``. Multiplying by a power of two is exact in float64
   (checked), so the scaled row means the same rational inequality, and every solver sees
   rows of the same magnitude, on which absolute tolerances mean the same thing.
2. **Coarse rows are built exactly.** Every float is a multiple of its lowest set bit, so
   ``a' . M`` is a multiple of the row's *grain* ``g = 2**k`` (``k`` the lowest bit over
   the row). The exact row is then ``a' . M >= R`` with ``R`` the first multiple of ``g``
   that satisfies it (``> r'`` or ``>= r'``). When ``g`` is much larger than the solver's
   tolerances (integer-like data) the native row ``a' . M >= R - g/2`` is exact at every
   tightening level: it admits precisely the masks of the exact row.
3. **Fine rows** (real-valued data, grain far below tolerances):

   * level 0, *relaxed*: ``a' . M >= r' - tau_i`` with ``tau_i = RELAX_SLACK`` plus a
     rigorous bound on the float error of the solver's sums (and of any decimal text the
     model goes through, ``rel_error``). Every exactly-feasible mask is admitted, so the
     solver's optimum (or dual bound) is a sound lower bound.
   * level ``L >= 1``, *restricted*: ``a' . M >= r' + delta_i * MARGIN_GROWTH**(L-1)``
     with ``delta_i = RESTRICT_MARGIN + INTEGRALITY_ALLOWANCE * |a'|_1 + error``, larger
     than what the solver's feasibility tolerance plus rounding its near-integral values to
     0/1 can lose, so an answer the solver accepts satisfies the exact row.

4. **Cuts** are not this module's business: the shared loop of
   :meth:`smug.backends.base.Backend.solve` adds cover cuts and the objective cut-off as
   ordinary MaskProblem rows with ``+-1`` coefficients, which are coarse rows here (exact).

The solvers are asked for feasibility and integrality tolerances of :data:`SOLVER_TOL`
where they allow it; :func:`smug.verify.verify` remains the only judge of a mask.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp

from smug._exact import lowest_set_bit_exponents
from smug.backends.base import Attempt, Backend, Capability, Settings
from smug.problem import MaskProblem
from smug.solution import Termination

__all__ = [
    "SOLVER_TOL",
    "RELAX_SLACK",
    "TINY_COEFFICIENT",
    "RESTRICT_MARGIN",
    "MARGIN_GROWTH",
    "INTEGRALITY_ALLOWANCE",
    "ScaledRows",
    "MilpModel",
    "MilpBackend",
    "scale_rows",
    "row_lower_bounds",
    "build_model",
    "values_to_mask",
    "milp_attempt",
]

#: Primal feasibility and integrality tolerance requested from the solvers.
SOLVER_TOL = 1e-9
#: Base slack of a relaxed fine row (on rows scaled to max |coefficient| in [0.5, 1)).
RELAX_SLACK = 1e-7
#: Base margin of a restricted fine row at level 1.
RESTRICT_MARGIN = 1e-6
#: Factor by which the restricted margin grows with each level.
MARGIN_GROWTH = 10.0
#: Per unit of ``|a'|_1``: how much rounding near-integral solver values to 0/1 may shift a
#: row's activity (covers an integrality tolerance up to 1e-8).
INTEGRALITY_ALLOWANCE = 1e-8
#: A returned value farther than this from 0 and from 1 is not taken as a mask entry.
INTEGRALITY_CHECK = 1e-4
#: Scaled coefficients this small are not handed to the solver: HiGHS silently drops matrix
#: values below its ``small_matrix_value`` (default 1e-9), and lowering that option to its
#: minimum (1e-12) made HiGHS prove a wrong optimum on a row with a 2.4e-12 coefficient.
#: Their effect is absorbed into the row's bound in the sound direction (`_absorb_tiny`).
TINY_COEFFICIENT = 1e-9

_U = 2.0**-52  # float64 machine epsilon


# --- scaling -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ScaledRows:
    """The rows of a MaskProblem scaled by powers of two, with what the margins need.

    ``A`` and ``rhs`` are the scaled rows (exactly the same rational inequalities);
    ``l1`` the row 1-norms; ``err`` a bound on the float error a solver (or a decimal text
    format) makes on a row's activity and rhs; ``coarse`` marks rows built exactly on their
    grain, ``grid_rhs`` their first satisfying multiple ``R`` and ``grain`` their ``g``;
    ``min_activity`` the smallest activity any mask can reach (float, see ``err``);
    ``empty_ok`` says, for rows without coefficients, whether the exact row holds.
    """

    A: sp.csr_matrix
    rhs: np.ndarray
    l1: np.ndarray
    err: np.ndarray
    coarse: np.ndarray
    grain: np.ndarray
    grid_rhs: np.ndarray
    min_activity: np.ndarray
    empty: np.ndarray
    empty_ok: np.ndarray


def _row_max_abs(A: sp.csr_matrix) -> np.ndarray:
    out = np.zeros(A.shape[0])
    counts = np.diff(A.indptr)
    nonempty = counts > 0
    if A.nnz:
        out[nonempty] = np.maximum.reduceat(np.abs(A.data), A.indptr[:-1][nonempty])
    return out


def _row_exponents(A: sp.csr_matrix) -> np.ndarray:
    """Per row, ``e`` with ``max|a| * 2**-e`` in [0.5, 1) (0 for empty rows)."""
    maxabs = _row_max_abs(A)
    _, e = np.frexp(maxabs)
    return np.where(maxabs > 0, e, 0).astype(np.int64)


def _scale_exactly(A: sp.csr_matrix, rhs: np.ndarray, e: np.ndarray):
    """Scale row ``i`` by ``2**-e[i]``; return the rows, the rhs and each row's underflow error.

    Scaling by a power of two is exact unless a result falls into the subnormal range, where
    it may lose bits or flush to zero (a row holding 1e40 and 5e-324). Each such entry is
    off by less than the smallest normal float, ``2**-1022``; the count of them per row (and
    one more for a lossy rhs) times that is returned as an absolute error the margins cover,
    so the row never has to go to the solver unscaled.
    """
    row_of = np.repeat(np.arange(A.shape[0]), np.diff(A.indptr))
    data = np.ldexp(A.data, -e[row_of])
    lossy = np.ldexp(data, e[row_of]) != A.data
    scaled = sp.csr_matrix((data, A.indices.copy(), A.indptr.copy()), shape=A.shape)
    with np.errstate(over="ignore"):
        rhs_s = np.ldexp(rhs, -e)
        rhs_lossy = np.isfinite(rhs_s) & (np.ldexp(rhs_s, e) != rhs)
    count = np.bincount(row_of[lossy], minlength=A.shape[0]) + rhs_lossy
    underflow = count * 2.0**-1022
    return scaled, rhs_s, underflow


def _row_grain_exponents(A: sp.csr_matrix) -> np.ndarray:
    """Per nonempty row, ``k`` with every coefficient a multiple of ``2**k``."""
    out = np.zeros(A.shape[0], dtype=np.int64)
    counts = np.diff(A.indptr)
    nonempty = counts > 0
    if A.nnz:
        k = lowest_set_bit_exponents(A.data)
        out[nonempty] = np.minimum.reduceat(k, A.indptr[:-1][nonempty])
    return out


def scale_rows(problem: MaskProblem, rel_error: float = 0.0) -> ScaledRows:
    """Scale every row by a power of two and compute what the margins are made of.

    Parameters
    ----------
    problem : MaskProblem
    rel_error : float
        Relative error the model suffers on its way to the solver besides float sums (e.g.
        5e-13 for the 13 significant digits PuLP writes into MPS files).
    """
    A = problem.A
    e = _row_exponents(A)
    As, rhs_s, underflow = _scale_exactly(A, problem.rhs, e)
    counts = np.diff(As.indptr)
    empty = counts == 0
    l1 = np.asarray(abs(As).sum(axis=1)).reshape(-1)
    finite_rhs = np.where(np.isfinite(rhs_s), np.abs(rhs_s), 0.0)
    err = ((counts + 2) * _U + rel_error) * (l1 + finite_rhs) + underflow
    neg = As.copy()
    neg.data = np.minimum(neg.data, 0.0)
    min_activity = np.asarray(neg.sum(axis=1)).reshape(-1)
    grain = np.ldexp(1.0, _row_grain_exponents(As))
    grid_rhs, coarse = _grid_rhs(rhs_s, grain, problem.strict, empty, l1, err)
    coarse &= underflow == 0  # a row that lost bits is not built on its grain
    empty_ok = np.where(problem.strict, 0.0 > problem.rhs, 0.0 >= problem.rhs)
    return ScaledRows(As, rhs_s, l1, err, coarse, grain, grid_rhs, min_activity, empty,
                      empty_ok)


def _restrict_margin(l1: np.ndarray, err: np.ndarray, level: np.ndarray) -> np.ndarray:
    base = RESTRICT_MARGIN + INTEGRALITY_ALLOWANCE * l1 + 2.0 * err
    return base * np.power(MARGIN_GROWTH, np.maximum(level, 1) - 1.0)


def _grid_rhs(rhs_s, grain, strict, empty, l1, err):
    """``R``: the first multiple of the grain satisfying each row, and where it is usable.

    A row is *coarse* when half its grain exceeds the level-1 restricted margin (so the
    native row ``>= R - g/2`` is both a relaxation and a restriction) and ``R`` is exact.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        q = rhs_s / grain  # exact: grain is a power of two
        usable = np.isfinite(q) & (np.abs(q) < 2.0**50) & ~empty
        q = np.where(usable, q, 0.0)
        steps = np.where(strict, np.floor(q) + 1.0, np.ceil(q))
        grid = steps * grain
    margin1 = _restrict_margin(l1, err, np.ones_like(l1))
    coarse = usable & (grain / 2.0 >= margin1)
    return np.where(coarse, grid, np.nan), coarse


# --- per-level lower bounds -------------------------------------------------------------
def row_lower_bounds(scaled: ScaledRows, tightening: np.ndarray) -> np.ndarray:
    """Native lower bound of every scaled row for the given tightening levels.

    Rows without coefficients get ``-inf`` when the exact row holds and ``+inf`` when it
    cannot (the caller reports the model infeasible).
    """
    level = np.asarray(tightening, dtype=np.float64)
    rhs = scaled.rhs
    relaxed = np.nextafter(rhs - (RELAX_SLACK + scaled.err), -np.inf)
    restricted = np.nextafter(rhs + _restrict_margin(scaled.l1, scaled.err, level), np.inf)
    fine = np.where(level > 0, restricted, relaxed)
    with np.errstate(invalid="ignore"):
        half = scaled.grid_rhs - scaled.grain / 2.0
        coarse_restricted = np.maximum(
            half, scaled.grid_rhs - scaled.grain + _restrict_margin(scaled.l1, scaled.err, level)
        )
        coarse = np.where(level > 0, coarse_restricted, half)
    lower = np.where(scaled.coarse, coarse, fine)
    lower = np.where(np.isnan(lower), fine, lower)
    # rhs overflowed to +-inf when scaled up: the row is impossible / always true.
    lower = np.where(np.isposinf(rhs), np.inf, np.where(np.isneginf(rhs), -np.inf, lower))
    lower = np.where(scaled.empty, np.where(scaled.empty_ok, -np.inf, np.inf), lower)
    return lower


# --- the native model -------------------------------------------------------------------
@dataclass(frozen=True)
class MilpModel:
    """A MILP in arrays: minimise ``cost . x`` s.t. ``A x >= lower``, bounds, x integer.

    ``rows`` maps each native row to its MaskProblem row;
    ``infeasible`` is True when a row without coefficients can never hold (no solve
    needed). Rows every mask satisfies are dropped (``n_dropped``).
    """

    A: sp.csr_matrix
    lower: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    cost: np.ndarray
    rows: np.ndarray
    infeasible: bool
    n_dropped: int
    n_exact_rows: int
    #: The native costs are ``cost * 2**-cost_exponent`` (see :func:`cost_exponent`).
    cost_exponent: int = 0

    @property
    def n_cols(self) -> int:
        return int(self.A.shape[1])

    @property
    def n_rows(self) -> int:
        return int(self.A.shape[0])


def _column_bounds(problem: MaskProblem) -> tuple[np.ndarray, np.ndarray]:
    fixed = problem.fixed
    lower = np.where(fixed == 1, 1.0, 0.0)
    upper = np.where(fixed == 0, 0.0, 1.0)
    return lower, upper


def build_model(
    problem: MaskProblem,
    tightening: np.ndarray,
    scaled: ScaledRows | None = None,
    rel_error: float = 0.0,
) -> MilpModel:
    """The MILP (as arrays) of ``problem`` at the given tightening levels."""
    scaled = scale_rows(problem, rel_error) if scaled is None else scaled
    lower = row_lower_bounds(scaled, tightening)
    infeasible = bool(np.any(np.isposinf(lower)) or np.any(_out_of_reach(scaled, lower)))
    trivially_true = np.isneginf(lower) | (scaled.min_activity - scaled.err >= lower)
    keep = np.flatnonzero(~trivially_true)
    A, low = _absorb_tiny(scaled.A[keep], lower[keep], np.asarray(tightening)[keep])
    rows = keep.astype(np.int64)
    col_lower, col_upper = _column_bounds(problem)
    A = sp.csr_matrix(A)
    A.sort_indices()
    shift = cost_exponent(problem.cost)
    return MilpModel(
        A=A,
        lower=low,
        col_lower=col_lower,
        col_upper=col_upper,
        cost=np.ldexp(np.asarray(problem.cost, dtype=np.float64), -shift),
        rows=rows,
        infeasible=infeasible,
        n_dropped=int(trivially_true.sum()),
        n_exact_rows=int(np.sum(scaled.coarse[keep])),
        cost_exponent=shift,
    )


#: Native costs are kept within ``[2**-COST_RANGE, 2**COST_RANGE]`` at the top: HiGHS takes a
#: cost of 1e20 for infinite (UNKNOWN on costs 2e20..4e20), cvxpy then fails to unpack the
#: answer, and CBC declared a model with costs of 2e15 infeasible.
COST_RANGE = 20


def cost_exponent(cost: np.ndarray) -> int:
    """``s`` such that the native costs ``cost * 2**-s`` have their largest in a safe range.

    Zero (costs unchanged) when the largest cost lies in ``[2**-20, 2**20]``; otherwise the
    power of two that brings it to ``[2**19, 2**20)`` (too large) or ``[0.5, 1)`` (too small).
    Scaling by a power of two is exact except where a tiny cost falls into the subnormal range
    (at most ``2**-1074`` each), which :meth:`MilpBackend.bound_error` accounts for.
    """
    cost = np.asarray(cost, dtype=np.float64)
    top = float(cost.max(initial=0.0))
    if top == 0.0 or 2.0**-COST_RANGE <= top <= 2.0**COST_RANGE:
        return 0
    _, e = math.frexp(top)
    return e - COST_RANGE if top > 1 else e


def _out_of_reach(scaled: ScaledRows, lower: np.ndarray) -> np.ndarray:
    """Rows whose native bound exceeds every mask's activity (plus its float error): no
    mask meets them, so the model is infeasible without a solve. A solver need not see
    them: HiGHS rejects a row bound of 1e20 or more (a row ``>= 1.5e308`` scaled to
    ``7.5e307`` made ``passModel`` fail), cvxpy then fails to unpack the answer."""
    pos = scaled.A.copy()
    pos.data = np.maximum(pos.data, 0.0)
    max_activity = np.asarray(pos.sum(axis=1)).reshape(-1)
    with np.errstate(invalid="ignore", over="ignore"):
        reach = max_activity + scaled.err + 1e-9 * (1.0 + np.abs(max_activity))
        return np.isfinite(lower) & (lower > reach) & ~scaled.empty


def _absorb_tiny(A: sp.csr_matrix, lower: np.ndarray, level: np.ndarray
                 ) -> tuple[sp.csr_matrix, np.ndarray]:
    """Remove coefficients with ``|a| <= TINY_COEFFICIENT`` and move their effect into ``lower``.

    A solver that silently drops tiny matrix values turns a relaxed row into something that
    is no longer a relaxation (a regression: HiGHS proved 1000 where the optimum is 158,
    because 200 coefficients of 9.5e-10 vanished). Here they are removed on purpose and
    soundly: on a relaxed row (level 0) the positive ones could have helped a mask, so the
    bound drops by their sum (every exactly-feasible mask stays admitted); on a restricted
    row the negative ones could have hurt, so the bound rises by their magnitude (every
    admitted mask still satisfies the exact row). Each shift is rounded outward.
    """
    tiny = (np.abs(A.data) <= TINY_COEFFICIENT) & (A.data != 0)
    if not tiny.any():
        return A, lower
    row_of = np.repeat(np.arange(A.shape[0]), np.diff(A.indptr))[tiny]
    vals = A.data[tiny]
    m = A.shape[0]
    pos = np.bincount(row_of, weights=np.maximum(vals, 0.0), minlength=m)
    neg = np.bincount(row_of, weights=np.maximum(-vals, 0.0), minlength=m)
    count = np.bincount(row_of, minlength=m)
    relaxed = level <= 0
    shift = np.where(relaxed, -pos, neg)
    slack = (count + 2) * _U * (np.abs(shift) + np.abs(lower))
    with np.errstate(invalid="ignore"):
        new_lower = np.where(relaxed, np.nextafter(lower + shift - slack, -np.inf),
                             np.nextafter(lower + shift + slack, np.inf))
    changed = (count > 0) & np.isfinite(lower)
    out = A.copy()
    out.data[tiny] = 0.0
    out.eliminate_zeros()
    return out, np.where(changed, new_lower, lower)


# --- reading results back ---------------------------------------------------------------
def values_to_mask(values: Any, n: int) -> tuple[np.ndarray | None, float]:
    """Round solver values to a bool mask; None when some value is not near 0 or 1.

    Returns the mask (or None) and the largest distance of a value from {0, 1}.
    """
    if values is None:
        return None, math.inf
    x = np.asarray(values, dtype=np.float64).reshape(-1)
    if x.shape != (n,) or not np.all(np.isfinite(x)):
        return None, math.inf
    dev = float(np.max(np.minimum(np.abs(x), np.abs(x - 1.0)), initial=0.0))
    if dev > INTEGRALITY_CHECK:
        return None, dev
    return x > 0.5, dev




def milp_attempt(
    values: Any,
    n: int,
    *,
    optimal: bool,
    bound: float | None,
    raw_status: str,
    termination: Termination,
    stats: dict[str, Any],
) -> Attempt:
    """An :class:`Attempt` from a MILP solver's column values (None: no incumbent).

    A point that is not integral within :data:`INTEGRALITY_CHECK` is a solver fault: its
    rounding is offered to exact verification (as an incumbent at most) and nothing is
    claimed about it, neither optimality nor the bound.
    """
    mask, dev = values_to_mask(values, n)
    stats = dict(stats, max_integrality_deviation=dev if math.isfinite(dev) else None)
    if mask is None and values is not None and math.isfinite(dev):
        stats["non_integral_point"] = True
        rounded = np.asarray(values, dtype=np.float64).reshape(-1) > 0.5
        return Attempt(rounded, False, False, None, raw_status, stats=stats,
                       termination=Termination.NUMERICAL)
    return Attempt(mask, optimal and mask is not None, False, bound, raw_status, stats=stats,
                   termination=termination)


#: What :meth:`MilpBackend.run` returns for a model with an impossible empty row.
_NOT_RUN_INFEASIBLE = object()


class MilpBackend(Backend):
    """The build step every MILP backend shares: the rows of this module, as arrays.

    A subclass implements :meth:`run_native` (hand the :class:`MilpModel` to its solver and
    run it) and :meth:`read_native` (its outcome as an :class:`Attempt`, usually through
    :func:`milp_attempt`), and sets :attr:`rel_error` if the model crosses a decimal text
    format on its way.
    """

    capabilities: ClassVar[frozenset[str]] = frozenset({Capability.HINT})
    #: A MIP solver's dual bound is accurate to its tolerances, not exactly.
    objective_tolerance: ClassVar[tuple[float, float]] = (1e-6, 1e-9)
    #: Relative error of a decimal text format the model goes through (PuLP's MPS file).
    rel_error: ClassVar[float] = 0.0

    def build(self, problem: MaskProblem, tightening: np.ndarray, settings: Settings) -> MilpModel:
        """The MILP of ``problem`` (rows scaled, relaxed or restricted, tiny values absorbed)."""
        return build_model(problem, tightening, rel_error=self.rel_error)

    def bound_error(self, bound: Fraction, problem: MaskProblem | None = None) -> Fraction:
        """The solver's tolerance in the native objective's units, scaled back (the native
        costs are ``cost * 2**-s``; :func:`cost_exponent`), plus what scaling lost."""
        absolute, relative = (Fraction(t) for t in self.objective_tolerance)
        if problem is None:
            return absolute + relative * abs(bound)
        shift = cost_exponent(problem.cost)
        lost = Fraction(problem.n_vars, 2**1074) if shift > 0 else Fraction(0)
        return (absolute + lost) * Fraction(2) ** shift + relative * abs(bound)

    def run(self, native: MilpModel, settings: Settings) -> Any:
        if native.infeasible:  # a row without coefficients that can never hold
            return _NOT_RUN_INFEASIBLE
        return self.run_native(native, settings)

    def read(self, raw: Any, native: MilpModel, problem: MaskProblem) -> Attempt:
        if raw is _NOT_RUN_INFEASIBLE:
            return Attempt(None, False, True, None, "infeasible: a row no mask can meet "
                           "(without coefficients, or beyond every activity)",
                           termination=Termination.INFEASIBLE)
        attempt = self.read_native(raw, native)
        if attempt.bound is not None and native.cost_exponent:
            attempt.bound = math.ldexp(attempt.bound, native.cost_exponent)
        if native.cost_exponent:
            attempt.stats["cost_exponent"] = native.cost_exponent
        attempt.stats.update(native_rows=native.n_rows, dropped_rows=native.n_dropped,
                             exact_rows=native.n_exact_rows)
        return attempt

    def run_native(self, model: MilpModel, settings: Settings) -> Any:
        raise NotImplementedError

    def read_native(self, raw: Any, model: MilpModel) -> Attempt:
        raise NotImplementedError
