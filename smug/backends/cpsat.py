"""The OR-Tools CP-SAT backend (``"cpsat"``).

CP-SAT solves over integers only, while a MaskProblem row has arbitrary float64
coefficients. This backend scales every row by an exact power of two and rounds the scaled
coefficients *outward* or *inward* depending on the row's tightening level, so that the
integer row is a proven relaxation (level 0) or a proven restriction (level >= 1) of the
exact row. The proofs are in :func:`rounded_integer_rows`; ``docs/backends/cpsat.md`` has the
measurements.

The native model is written straight into CP-SAT's model proto from the CSR arrays (one
``extend`` per row field, no expression objects), and the solver parameters are validated
against the ``SatParameters`` proto descriptor before any solve.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp

from smug._exact import cost_grain, lowest_set_bit_exponents
from smug.backends.base import Attempt, Backend, Capability, Settings, float_down
from smug.errors import SmugError, UnknownOptionError, UnsupportedProblemError
from smug.problem import FREE, MaskProblem
from smug.backends.mip_runners import run_cpsat
from smug.solution import Termination

__all__ = ["CPSATBackend", "RoundedIntegerRows", "rounded_integer_rows", "integer_costs",
           "DEFAULT_PARAMETERS", "SHORT_ROW_PARAMETERS", "SHORT_ROWS"]

#: Largest |coefficient| of a row is scaled into ``[2**(COEFF_BITS-1), 2**COEFF_BITS)``.
COEFF_BITS = 40
#: Every row's total activity stays below ``2**ACTIVITY_BITS`` (CP-SAT works in int64 and
#: rejects a linear constraint whose activity could overflow).
ACTIVITY_BITS = 60
#: The integer costs sum below ``2**OBJECTIVE_BITS``: CP-SAT reports (and in places compares)
#: the objective as a double, exact only below 2**53. With costs of 2**52 and 2**52 + 1 it
#: returned OPTIMAL for a mask one unit above the optimum (issue 17's differential run,
#: near_tie_masks 11), and smug's own gap test reads those doubles.
OBJECTIVE_BITS = 53

#: Parameters this backend sets unless the caller overrides them (``solve(..., name=value)``).
#: Chosen from ``benchmarks/studies/cpsat_levers/results/cpsat_levers.md``; see ``docs/backends/cpsat.md``.
#: ``presolve_inclusion_work_limit=0`` is a *soundness* setting: with OR-Tools 9.15 the
#: inclusion detection of CP-SAT's presolve proved wrong optima (1-5 above the true optimum)
#: on 32 of 60 small conv-like MaskProblems whose integer coefficients reach 2**40-2**57
#: (not with 2**20), reproduced with the plain ``cp_model`` API; switching it off gave the
#: optimum of the unpresolved model on all of 200.
DEFAULT_PARAMETERS: dict[str, Any] = {
    "linearization_level": 2,
    "presolve_inclusion_work_limit": 0,
}

#: Parameters added to :data:`DEFAULT_PARAMETERS` for a model whose rows are all short
#: (at most :data:`SHORT_ROWS` variables: rows over small receptive fields, clauses), below
#: what the caller passes. ``max_cut_rounds_at_level_zero=5`` (CP-SAT's own default: 1)
#: runs more rounds of cuts at the root before the search. On pixel-level gamma = 0.5
#: components of 4,390 and 7,548 variables (issue 20; rows of at most 9 variables) it
#: proved in 10-20 and 55 CPU s what one round left open after 26-30 (three seeds) and 87
#: CPU s; on stem, Gabor, image and text instances of the tiered suite it changed nothing
#: measurable, while on the dense MNIST first layers (rows of 39-135 variables) it took
#: 1.2-3.6x the time: hence the scope (``benchmarks/studies/pixel_masks/results/levers``).
SHORT_ROW_PARAMETERS: dict[str, Any] = {"max_cut_rounds_at_level_zero": 5}

#: The longest row (variables, as posted) of a model that gets :data:`SHORT_ROW_PARAMETERS`.
SHORT_ROWS = 16


def default_workers() -> int:
    """Workers when ``threads`` is not given: one on up to two cores, else the core count (<= 8).

    Measured on the tiered suite's hard classes (``docs/benchmarks.md``): on two cores one
    worker was best or tied on every family; the former two-worker ``core`` + ``default_lp``
    pair proved 0 of 12 MNIST pixel-level design instances (one worker: 12/12, PAR2 2.8 s),
    CP-SAT's own two-worker portfolio lost image and stem instances (PAR2 60.6 s vs 3.6 s),
    and eight workers on two cores had PAR2 3.06 s against 0.58 s. One worker is also
    deterministic: the same mask on every run.
    """
    import os

    cores = os.cpu_count() or 1
    return 1 if cores <= 2 else min(8, cores)


# --------------------------------------------------------------------------------------
# Exact integer rounding of the rows
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RoundedIntegerRows:
    """Integer rows ``coeffs[indptr[i]:indptr[i+1]] . M[indices[...]] >= lower[i]``.

    ``keep`` marks the rows that must be posted; a row not kept is satisfied by every 0/1
    assignment and is dropped. ``upper[i]`` is the largest activity the row can reach (used
    as the domain's upper end, so the native domain never needs more than int64). A kept row
    with ``lower > upper`` is unsatisfiable. ``exact[i]`` is True when the scaled row is
    exactly integral, so the relaxed and the restricted row coincide with the exact row.
    """

    indptr: np.ndarray
    indices: np.ndarray
    coeffs: np.ndarray
    lower: list[int]
    upper: list[int]
    keep: np.ndarray
    exponent: np.ndarray
    exact: np.ndarray


def _row_exponents(A: sp.csr_matrix) -> np.ndarray:
    """Per row, the power of two that maps its largest |coefficient| just below 2**bits.

    ``bits`` is :data:`COEFF_BITS`, lowered for long rows so that ``length * 2**bits``
    stays below ``2**ACTIVITY_BITS``.
    """
    m = A.shape[0]
    lengths = np.diff(A.indptr)
    biggest = np.zeros(m)
    nonempty = lengths > 0
    if A.nnz:
        biggest[nonempty] = np.maximum.reduceat(np.abs(A.data), A.indptr[:-1][nonempty])
    _, top = np.frexp(biggest)  # biggest = f * 2**top with f in [0.5, 1)
    room = ACTIVITY_BITS - np.ceil(np.log2(lengths + 1.0)).astype(np.int64)
    rounded = np.minimum(COEFF_BITS, room) - top
    exact = _exact_exponents(A)
    # A row whose integral scaling fits in the activity budget is represented exactly.
    fits = exact + top <= room
    return np.where(nonempty, np.where(fits, exact, rounded), 0).astype(np.int64)


def _exact_exponents(A: sp.csr_matrix) -> np.ndarray:
    """Per row, the smallest ``e`` such that every ``a_j * 2**e`` of the row is an integer.

    From each coefficient's lowest set bit (:func:`smug._exact.lowest_set_bit_exponents`).
    Rows holding a subnormal get a huge exponent (they never fit the activity budget).
    """
    m = A.shape[0]
    out = np.full(m, np.iinfo(np.int32).min, dtype=np.int64)
    if not A.nnz:
        return out
    need = -lowest_set_bit_exponents(A.data)
    need[np.abs(A.data) < np.finfo(np.float64).tiny] = 10**6
    lengths = np.diff(A.indptr)
    nonempty = lengths > 0
    out[nonempty] = np.maximum.reduceat(need, A.indptr[:-1][nonempty])
    return out


def _round_scaled(data: np.ndarray, exponents: np.ndarray, up: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``ceil`` (where ``up``) or ``floor`` of ``data * 2**exponents``, computed exactly.

    ``np.ldexp`` is exact whenever its result is a normal float: multiplying by a power of
    two only changes the exponent. Only a result in the subnormal range (or flushed to zero)
    can lose bits; its exact value then lies strictly inside (-1, 1) with the sign of the
    input, so its floor and ceiling follow from that sign alone. Results are at most
    ``2**COEFF_BITS`` in magnitude, hence exact in int64.

    Returns the rounded integers and a flag per entry telling whether no rounding happened.
    """
    scaled = np.ldexp(data, exponents)
    rounded = np.where(up, np.ceil(scaled), np.floor(scaled))
    tiny = (np.abs(scaled) < np.finfo(np.float64).tiny) & (data != 0)
    if np.any(tiny):
        pos = data > 0
        rounded = np.where(tiny & up, np.where(pos, 1.0, 0.0), rounded)
        rounded = np.where(tiny & ~up, np.where(pos, 0.0, -1.0), rounded)
    exact = (rounded == scaled) & ~tiny
    return rounded.astype(np.int64), exact


def _scaled_rhs_bound(value: float, exponent: int, strict: bool) -> int:
    """Smallest integer ``R`` with: integer ``t`` satisfies ``t >= R`` iff ``t > s*value``
    (strict) or ``t >= s*value`` (not strict), where ``s = 2**exponent``. Exact (Python ints).
    """
    num, den = float(value).as_integer_ratio()
    if exponent >= 0:
        num <<= exponent
    else:
        den <<= -exponent
    if strict:
        return num // den + 1  # floor(s*value) + 1
    return -((-num) // den)  # ceil(s*value)


def rounded_integer_rows(problem: MaskProblem, tightening: np.ndarray) -> RoundedIntegerRows:
    """Turn every row into an integer row that relaxes or restricts it, exactly.

    Row ``i`` reads ``sum_j a_j M_j > r`` (or ``>=``), with float64 ``a_j`` and ``r`` taken
    as the exact rationals they denote. Let ``s = 2**e_i`` (:func:`_row_exponents`); scaling
    by ``s`` is an equivalence because ``s > 0``. Write ``x = s*sum_j a_j M_j`` (the exact
    scaled activity) and define the integer right-hand side ``R = floor(s*r) + 1`` for a
    strict row and ``R = ceil(s*r)`` otherwise, so that for every *integer* ``t``,
    ``t >= R  <=>  t > s*r`` (strict), resp. ``t >= s*r``.

    **Relaxed (level 0)**: coefficients ``c_j = ceil(s*a_j) >= s*a_j``. If ``M`` satisfies the
    exact row, then, as ``M_j >= 0``, ``t = sum_j c_j M_j >= x > s*r`` (resp. ``>= s*r``), and
    ``t`` is an integer, so ``t >= R``: the integer row admits ``M``. Every exactly feasible
    mask is natively feasible, so the native optimum is a lower bound on the exact one.

    **Restricted (level >= 1)**: coefficients ``f_j = floor(s*a_j) <= s*a_j``. If ``M``
    satisfies the integer row, ``t = sum_j f_j M_j >= R``, then ``x >= t >= R > s*r`` (resp.
    ``>= s*r``, using ``R >= s*r``): ``M`` satisfies the exact row. Every natively feasible
    mask is exactly feasible; level 1 already gives this guarantee, so higher levels build the
    same row.

    When every ``s*a_j`` of a row is an integer the two directions coincide and the integer
    row is equivalent to the exact row. Rows that no 0/1 assignment can violate
    (``R <= sum of the negative coefficients``) are dropped; rows that none can satisfy
    (``R > sum of the positive ones``) keep ``lower > upper``.
    """
    A = problem.A
    tightening = np.asarray(tightening)
    if tightening.shape != (problem.n_rows,):
        raise ValueError(f"tightening: expected shape ({problem.n_rows},), got {tightening.shape}")
    exponents = _row_exponents(A)
    lengths = np.diff(A.indptr)
    entry_row = np.repeat(np.arange(problem.n_rows), lengths)
    up = np.repeat(tightening <= 0, lengths)
    coeffs, exact_entry = _round_scaled(A.data, exponents[entry_row], up)
    pos_total = _int_row_sums(np.maximum(coeffs, 0), A.indptr)
    neg_total = _int_row_sums(np.minimum(coeffs, 0), A.indptr)
    exact_rows = _int_row_sums((~exact_entry).astype(np.int64), A.indptr) == 0
    lower: list[int] = []
    upper: list[int] = []
    keep = np.ones(problem.n_rows, dtype=bool)
    for i, (r, e, strict) in enumerate(zip(problem.rhs.tolist(), exponents.tolist(),
                                           problem.strict.tolist())):
        bound = _scaled_rhs_bound(r, e, strict)
        hi, lo = int(pos_total[i]), int(neg_total[i])
        if bound <= lo:
            keep[i] = False  # every assignment reaches at least ``lo >= bound``
        bound = min(bound, hi + 1)  # keeps an impossible row impossible, within int64
        lower.append(bound)
        upper.append(hi)
    return RoundedIntegerRows(A.indptr, A.indices, coeffs, lower, upper, keep, exponents, exact_rows)


def _int_row_sums(values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Exact int64 sum of ``values`` over each CSR row (no float round-off)."""
    out = np.zeros(len(indptr) - 1, dtype=np.int64)
    lengths = np.diff(indptr)
    nonempty = lengths > 0
    if values.size:
        out[nonempty] = np.add.reduceat(values.astype(np.int64), indptr[:-1][nonempty])
    return out


def integer_costs(cost: np.ndarray) -> tuple[list[int], Fraction]:
    """Exact integer costs ``cost / g`` and the grain ``g``, or raise if they do not fit.

    ``g`` is the costs' exact rational gcd (:func:`smug._exact.cost_grain`): dividing by it
    keeps which mask is cheapest, and the objective multiplies back exactly. So tied costs
    (0.1 each) become ones and costs of 2e20, 3e20, 4e20 become 2, 3, 4. The objective must
    stay below ``2**53`` (:data:`OBJECTIVE_BITS`); costs whose ratios reach that (1e-20 beside
    1e20, or 1 beside 1 + 2**-52) are refused.
    """
    grain = cost_grain(cost)
    if grain is None:
        return [0] * int(np.asarray(cost).size), Fraction(1)
    scaled = [Fraction(float(c)) / grain for c in np.asarray(cost, dtype=np.float64).tolist()]
    ints = [int(q) for q in scaled]  # exact: every cost is a multiple of the grain
    total = sum(ints)
    if total >= 2**OBJECTIVE_BITS:
        raise UnsupportedProblemError(
            f"cost: the cpsat backend needs the costs divided by their exact common divisor "
            f"to sum below 2**{OBJECTIVE_BITS}; these sum to about 2**{total.bit_length() - 1} "
            f"(largest/smallest nonzero cost ratio too wide); use backend='highs' or 'z3', "
            "or round the costs"
        )
    return ints, grain


# --------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------
def _parameter_descriptor():
    from ortools.sat import sat_parameters_pb2

    return sat_parameters_pb2.SatParameters


def _parameters_message(options: Mapping[str, Any]):
    """A validated ``SatParameters`` protobuf message built from ``options``.

    Enum fields accept their value names (``search_branching="FIXED_SEARCH"``) or numbers;
    repeated fields accept sequences. Unknown names raise :class:`UnknownOptionError` with
    the closest valid names; wrong types raise ``ValueError`` naming the option.
    """
    message_type = _parameter_descriptor()
    fields = message_type.DESCRIPTOR.fields_by_name
    unknown = [name for name in options if name not in fields]
    if unknown:
        hints = []
        for name in unknown:
            close = difflib.get_close_matches(name, list(fields), n=4, cutoff=0.5)
            hints.append(f"{name!r} (close: {', '.join(close) or 'none'})")
        raise UnknownOptionError(
            "options: the cpsat backend accepts CP-SAT SatParameters fields; unknown: "
            + "; ".join(hints)
            + ". See ortools/sat/sat_parameters.proto for the full list."
        )
    message = message_type()
    for name, value in options.items():
        _set_field(message, fields[name], name, value)
    return message


def _set_field(message: Any, field: Any, name: str, value: Any) -> None:
    def convert(item: Any) -> Any:
        if field.enum_type is not None and isinstance(item, str):
            values = field.enum_type.values_by_name
            if item not in values:
                raise ValueError(
                    f"options: {name} expects one of {', '.join(values)}; got {item!r}"
                )
            return values[item].number
        if field.enum_type is not None and hasattr(item, "__int__") and not isinstance(item, bool):
            return int(item)
        return item

    try:
        if _is_repeated(field):
            if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
                raise TypeError("expected a sequence")
            getattr(message, name).extend(convert(v) for v in value)
        else:
            setattr(message, name, convert(value))
    except (TypeError, ValueError) as err:
        if isinstance(err, ValueError) and str(err).startswith("options:"):
            raise
        raise ValueError(f"options: {name}={value!r} is not valid for CP-SAT ({err})") from None


def _is_repeated(field: Any) -> bool:
    flag = getattr(field, "is_repeated", None)
    if flag is not None:
        return bool(flag() if callable(flag) else flag)
    return field.label == field.LABEL_REPEATED


# --------------------------------------------------------------------------------------
# The backend
# --------------------------------------------------------------------------------------
class CPSATBackend(Backend):
    """OR-Tools CP-SAT over exactly rounded integer rows.

    Native options are any ``SatParameters`` field (``linearization_level=2``,
    ``search_branching="FIXED_SEARCH"``, ...); they override :data:`DEFAULT_PARAMETERS` and
    the values derived from ``threads`` (``num_workers``), ``seed`` (``random_seed``) and
    ``time_limit`` (``max_time_in_seconds``, per native solve: what is left of the limit).
    Costs must be integers, or floats that an exact power of two makes integers in int64.
    """

    name: ClassVar[str] = "cpsat"
    extra: ClassVar[str] = "cpsat"
    required_modules: ClassVar[tuple[str, ...]] = ("ortools",)
    load_modules: ClassVar[tuple[str, ...]] = ("ortools.sat.python.cp_model",)
    exact: ClassVar[bool] = False
    option_names: ClassVar[frozenset[str] | None] = None
    capabilities: ClassVar[frozenset[str]] = frozenset(
        {Capability.HINT, Capability.INTERRUPT, Capability.MIP,
         # On pixel-level image problems CP-SAT proved by components in 24-32 s what it left
         # unproven whole at 60 s (``benchmarks/studies/components_pixel/results/components.md``).
         Capability.COMPONENTS})
    shadowing_options: ClassVar[Mapping[str, str]] = {
        "max_time_in_seconds": "time_limit", "num_workers": "threads",
        "num_search_workers": "threads", "random_seed": "seed"}

    def solve_mip(self, mip: Any, time_limit: float | None, threads: int | None = None,
                  seed: int = 0, options: Mapping[str, Any] | None = None,
                  start: np.ndarray | None = None) -> Any:
        """A mixed-integer program (e.g. the full network's big-M MILP) on CP-SAT, as a
        scaled-integer variant (:func:`smug.backends.mip_runners.run_cpsat`)."""
        return run_cpsat(mip, time_limit, threads, seed, dict(options or {}), start)

    def validate_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Check every option against the SatParameters descriptor (raises on unknown names)."""
        _parameters_message(options)
        return dict(options)

    def second_opinion_options(self, settings: Settings) -> Mapping[str, Any]:
        """CP-SAT's presolve off (its inclusion presolve once proved wrong optima here)."""
        return {"cp_model_presolve": False}

    def build(self, problem: MaskProblem, tightening: np.ndarray, settings: Settings) -> _CpsatModel:
        """The CP-SAT model proto, rows rounded to integers in the direction asked for."""
        from ortools.sat.python import cp_model

        costs, cost_shift = integer_costs(problem.cost)  # cost_shift: the grain
        rows = rounded_integer_rows(problem, tightening)
        model = cp_model.CpModel()
        _write_variables(model.proto, problem.fixed)
        _write_rows(model.proto, rows)
        _write_objective(model.proto, costs)
        if settings.hint is not None:
            _write_hint(model.proto, settings.hint)
        return _CpsatModel(model, rows, cost_shift, _short_rows(rows, problem.n_vars))

    def run(self, native: _CpsatModel, settings: Settings) -> _CpsatRun:
        from ortools.sat.python import cp_model

        solver = cp_model.CpSolver()
        parameters = self._parameters(settings, native.short_rows)
        solver.parameters.merge_text_format(_text_format(parameters))
        if settings.stop is None:
            status = solver.solve(native.model)
        else:
            with settings.stop.hooked(solver.stop_search):
                if settings.stop.is_set():  # a stop_search before solve() would be ignored
                    solver.parameters.max_time_in_seconds = 0.0
                status = solver.solve(native.model)
        if status == cp_model.MODEL_INVALID:
            raise SmugError(f"cpsat: CP-SAT rejected the model: "
                            f"{_invalid_reason(native.model, parameters)}")
        return _CpsatRun(solver, status, parameters)

    def read(self, raw: _CpsatRun, native: _CpsatModel, problem: MaskProblem) -> Attempt:
        return _read_attempt(raw.solver, raw.status, problem, native.rows, native.cost_shift,
                             raw.parameters, settings_limited=raw.parameters.HasField(
                                 "max_time_in_seconds"))

    def _parameters(self, settings: Settings, short_rows: bool = False):
        merged: dict[str, Any] = dict(DEFAULT_PARAMETERS)
        if short_rows:
            merged.update(SHORT_ROW_PARAMETERS)
        merged["num_workers"] = default_workers() if settings.threads is None else settings.threads
        merged["random_seed"] = settings.seed
        left = settings.native_seconds()
        if left is not None:
            merged["max_time_in_seconds"] = left
        if settings.verbose:
            merged["log_search_progress"] = True
        merged.update(settings.options)
        return _parameters_message(merged)


@dataclass(frozen=True)
class _CpsatModel:
    """The built model and what reading its answer back needs."""

    model: Any
    rows: RoundedIntegerRows
    cost_shift: Fraction  # the costs' grain: native objective times it is the objective
    short_rows: bool = False  # every posted row has at most SHORT_ROWS variables


def _short_rows(rows: RoundedIntegerRows, n_vars: int) -> bool:
    """True when every row posted has at most :data:`SHORT_ROWS` variables (and one is).

    A row over all ``n_vars`` variables does not count: it is the objective cut-off the
    shared loop adds once it has an incumbent (from a hint, or a repaired mask), and it
    says nothing of the rows' shape (a hinted pixel-level problem kept one round of cuts).
    """
    lengths = np.diff(rows.indptr)[rows.keep]
    if n_vars > SHORT_ROWS:
        lengths = lengths[lengths < n_vars]
    return bool(lengths.size) and int(lengths.max()) <= SHORT_ROWS


@dataclass(frozen=True)
class _CpsatRun:
    solver: Any
    status: Any
    parameters: Any


def _text_format(message: Any) -> str:
    from google.protobuf import text_format

    return text_format.MessageToString(message)


def _write_variables(proto: Any, fixed: np.ndarray) -> None:
    for value in fixed.tolist():
        var = proto.variables.add()
        if value == FREE:
            var.domain.extend((0, 1))
        else:
            var.domain.extend((value, value))


def _write_rows(proto: Any, rows: RoundedIntegerRows) -> None:
    indptr = rows.indptr.tolist()
    indices = rows.indices.tolist()
    coeffs = rows.coeffs.tolist()
    for i in np.flatnonzero(rows.keep).tolist():
        lo, hi = rows.lower[i], rows.upper[i]
        linear = proto.constraints.add().linear
        a, b = indptr[i], indptr[i + 1]
        linear.vars.extend(indices[a:b])
        linear.coeffs.extend(coeffs[a:b])
        linear.domain.extend((lo, hi) if lo <= hi else (lo, lo))


def _write_objective(proto: Any, costs: list[int]) -> None:
    objective = proto.objective
    nonzero = [(j, c) for j, c in enumerate(costs) if c != 0]
    objective.vars.extend(j for j, _ in nonzero)
    objective.coeffs.extend(c for _, c in nonzero)


def _write_hint(proto: Any, hint: np.ndarray) -> None:
    proto.solution_hint.vars.extend(range(hint.size))
    proto.solution_hint.values.extend(np.asarray(hint, dtype=np.int64).tolist())


def _invalid_reason(model: Any, parameters: Any) -> str:
    from ortools.sat.python import cp_model_helper

    reason = cp_model_helper.CpSatHelper.validate_model(model.proto)
    return reason or f"(model valid; check the parameters: {_text_format(parameters).strip()})"


def _read_attempt(
    solver: Any,
    status: Any,
    problem: MaskProblem,
    rows: RoundedIntegerRows,
    cost_shift: Fraction,
    parameters: Any,
    settings_limited: bool,
) -> Attempt:
    from ortools.sat.python import cp_model

    stats = {
        "wall_time": solver.wall_time,
        "branches": solver.num_branches,
        "conflicts": solver.num_conflicts,
        "num_workers": parameters.num_workers,
        "subsolvers": list(parameters.subsolvers),
        "max_cut_rounds_at_level_zero": parameters.max_cut_rounds_at_level_zero,
        "rows_posted": int(rows.keep.sum()),
        "rows_exact": int(rows.exact.sum()),
    }
    raw = solver.status_name(status)
    mask = None
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        values = solver.response_proto.solution
        mask = np.asarray(list(values), dtype=np.int64).astype(bool)
    bound = None
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE, cp_model.UNKNOWN):
        best = solver.best_objective_bound
        if math.isfinite(best):
            bound = float_down(Fraction(best) * cost_shift)
    proven = status == cp_model.OPTIMAL and _gap_closed(solver)
    if status == cp_model.INFEASIBLE:
        termination = Termination.INFEASIBLE
    elif proven:
        termination = Termination.OPTIMAL
    elif status in (cp_model.FEASIBLE, cp_model.UNKNOWN, cp_model.OPTIMAL):
        # CP-SAT stops early only on a limit; smug sets the time limit, a user the others
        termination = Termination.TIME_LIMIT if settings_limited else Termination.ITERATION_LIMIT
    else:
        termination = Termination.ERROR
    return Attempt(
        mask=mask,
        proven_optimal=proven,
        infeasible=status == cp_model.INFEASIBLE,
        bound=bound,
        raw_status=raw,
        stats=stats,
        termination=termination,
    )


def _gap_closed(solver: Any) -> bool:
    """True when CP-SAT's bound meets its objective.

    CP-SAT reports OPTIMAL as soon as ``relative_gap_limit`` / ``absolute_gap_limit`` are
    met; a user who loosens them gets FEASIBLE with the bound here, never an unproven
    OPTIMAL. The native objective is an integer, so a gap below one half is closed.
    """
    return solver.best_objective_bound >= solver.objective_value - 0.5
