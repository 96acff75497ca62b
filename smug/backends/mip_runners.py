"""One small runner per MILP solver for a :class:`smug.mip.MixedIntegerProgram`.

Each runner takes the array model and the seconds it may use and returns a
:class:`~smug.mip.MipResult`: the solver's column values (a *candidate*, checked by the
caller), how the solver ended, and its dual bound when it reports one. The backends'
:meth:`~smug.backends.base.Backend.solve_mip` call them (HiGHS, CP-SAT, PuLP (CBC), cvxpy):
one adapter per solver for both problem kinds; the full network (:mod:`smug.fullnet`) is
what builds such programs today.

CP-SAT has integer variables only. The ReLU outputs are continuous, so :func:`run_cpsat`
solves a *scaled-integer variant*: each continuous column ``z`` becomes an integer
``Z ~ SCALE * z``, every row is multiplied by a power of two and its coefficients rounded to
integers; ReLU rows are loosened and output rows tightened by a bound on what the rounding
can change. The variant is not the same model (its optimum may differ from the real one by
the rounding), but that does not touch soundness: like every runner's, its mask is verified
exactly and its optimality is confirmed exactly by the caller; CP-SAT's own bound is only
reported.
"""

from __future__ import annotations

import math
import threading
from typing import Any

import numpy as np

from smug.mip import ROW_EXACT, ROW_TIGHTEN, MipResult
from smug.mip import MixedIntegerProgram

__all__ = ["MilpResult", "run_highs", "run_cpsat", "run_pulp", "run_cvxpy", "SOLVER_TOL",
           "note_default_scheduler", "sync_thread_scheduler",
           "CPSAT_SCALE"]

#: The result of every runner (:class:`smug.mip.MipResult`).
MilpResult = MipResult

#: Feasibility and integrality tolerance asked of the solvers that take one.
SOLVER_TOL = 1e-9
#: Resolution of a continuous column in the CP-SAT variant (``Z = round(z * CPSAT_SCALE)``).
CPSAT_SCALE = 2.0 ** 20
#: Largest |integer coefficient| x |column range| summed over a CP-SAT row.
_CPSAT_ROW_BUDGET = 2.0 ** 53


def _time(limit: float | None) -> float | None:
    return None if limit is None else max(0.01, float(limit))


#: The thread count each OS thread's HiGHS scheduler was started with (0: HiGHS's default).
#: HiGHS keeps its scheduler in a thread-local handle, so the count is per thread too:
#: measured with highspy, a thread's ``resetGlobalScheduler`` and 1-thread run leave the
#: main thread's default-count scheduler in place, and a 1-thread run there still fails.
_SCHEDULER = threading.local()


def note_default_scheduler() -> None:
    """Record that a run in this thread may have started its HiGHS scheduler with HiGHS's
    default thread count (0), unless a count is known already."""
    if getattr(_SCHEDULER, "threads", None) is None:
        _SCHEDULER.threads = 0


def sync_thread_scheduler(h: Any, threads: int) -> None:
    """HiGHS sizes one scheduler per OS thread on that thread's first run; a later run
    in the same thread asking for another count fails (model status kNotset) unless the
    scheduler is reset first -- done here, for the calling thread."""
    known = getattr(_SCHEDULER, "threads", None)
    if known is not None and known != threads:
        h.resetGlobalScheduler(True)
    _SCHEDULER.threads = threads


# --- HiGHS -------------------------------------------------------------------------------
def _silent_highs() -> Any:
    """A ``highspy.Highs`` with output off (the caller, :meth:`HighsBackend.solve_mip`, has
    absorbed HiGHS's once-per-process licence banner first)."""
    import highspy

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    return h


def run_highs(model: MixedIntegerProgram, time_limit: float | None, threads: int | None = None,
              seed: int = 0, options: dict[str, Any] | None = None,
              start: np.ndarray | None = None) -> MilpResult:
    import highspy
    import scipy.sparse as sp

    h = _silent_highs()
    h.setOptionValue("output_flag", False)
    settings = {"mip_feasibility_tolerance": SOLVER_TOL, "primal_feasibility_tolerance": SOLVER_TOL,
                "mip_rel_gap": 0.0, "mip_abs_gap": 0.0, "random_seed": int(seed),
                **({} if time_limit is None else {"time_limit": _time(time_limit)}),
                **({} if threads is None else {"threads": int(threads)}),
                **(options or {})}
    sync_thread_scheduler(h, int(settings.get("threads", 0)))
    for key, value in settings.items():
        if h.setOptionValue(key, value) != highspy.HighsStatus.kOk:
            raise ValueError(f"{key}: HiGHS rejected the option value {value!r}")
    A = sp.csc_matrix(model.A)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = A.shape[1], A.shape[0]
    lp.col_cost_ = model.cost
    lp.col_lower_, lp.col_upper_ = model.col_lo, model.col_hi
    lp.row_lower_ = np.where(np.isinf(model.row_lo), -highspy.kHighsInf, model.row_lo)
    lp.row_upper_ = np.where(np.isinf(model.row_hi), highspy.kHighsInf, model.row_hi)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = A.indptr, A.indices, A.data
    lp.integrality_ = [highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
                       for i in model.integer]
    h.passModel(lp)
    if start is not None:
        sol = highspy.HighsSolution()
        sol.col_value = list(map(float, start))
        sol.value_valid = True
        h.setSolution(sol)
    h.run()
    status = h.getModelStatus()
    raw = h.modelStatusToString(status)
    info = h.getInfo()
    has_sol = info.primal_solution_status == 2  # kSolutionStatusFeasible
    values = np.array(h.getSolution().col_value) if has_sol else None
    bound = info.mip_dual_bound if math.isfinite(info.mip_dual_bound) else None
    if status == highspy.HighsModelStatus.kOptimal:
        return MilpResult("optimal", values, bound, raw)
    if status == highspy.HighsModelStatus.kInfeasible:
        return MilpResult("infeasible", None, None, raw)
    return MilpResult("feasible" if values is not None else "unknown", values, bound, raw)


# --- PuLP / CBC --------------------------------------------------------------------------
def run_pulp(model: MixedIntegerProgram, time_limit: float | None, threads: int | None = None,
             seed: int = 0, options: dict[str, Any] | None = None,
              start: np.ndarray | None = None) -> MilpResult:
    import pulp

    prob = pulp.LpProblem("fullnet", pulp.LpMinimize)
    cols = [pulp.LpVariable(f"x{j}", lowBound=float(model.col_lo[j]), upBound=float(model.col_hi[j]),
                            cat=pulp.LpBinary if model.integer[j] and model.col_hi[j] == 1
                            else pulp.LpInteger if model.integer[j] else pulp.LpContinuous)
            for j in range(model.A.shape[1])]
    prob += pulp.lpSum(float(model.cost[j]) * cols[j] for j in np.flatnonzero(model.cost))
    if start is not None:
        for col, value in zip(cols, start):
            col.setInitialValue(round(value) if col.cat != pulp.LpContinuous else float(value))
    for r, row in enumerate(model.A):
        nz = np.flatnonzero(row)
        expr = pulp.LpAffineExpression([(cols[j], float(row[j])) for j in nz])
        if np.isfinite(model.row_lo[r]):
            prob += expr >= float(model.row_lo[r])
        if np.isfinite(model.row_hi[r]):
            prob += expr <= float(model.row_hi[r])
    solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=_time(time_limit), gapRel=0.0, gapAbs=0.0,
                               threads=threads, warmStart=start is not None,
                               options=[f"randomSeed {int(seed) + 1}", f"primalTolerance {SOLVER_TOL}",
                                        f"integerTolerance {SOLVER_TOL}", *(options or {}).get("cbc", [])])
    prob.solve(solver)
    raw = f"{pulp.LpStatus[prob.status]} / {pulp.LpSolution[prob.sol_status]}"
    if prob.status == pulp.LpStatusInfeasible:
        return MilpResult("infeasible", None, None, raw)
    if prob.sol_status in (pulp.LpSolutionOptimal, pulp.LpSolutionIntegerFeasible):
        values = np.array([c.varValue if c.varValue is not None else 0.0 for c in cols])
        optimal = prob.sol_status == pulp.LpSolutionOptimal
        return MilpResult("optimal" if optimal else "feasible", values, None, raw)
    return MilpResult("unknown", None, None, raw)


# --- cvxpy -------------------------------------------------------------------------------
#: Mixed-integer solvers cvxpy may call here, in order of preference.
CVXPY_SOLVERS = ("HIGHS", "SCIP", "SCIPY", "GLPK_MI", "CBC")


def run_cvxpy(model: MixedIntegerProgram, time_limit: float | None, threads: int | None = None,
              seed: int = 0, options: dict[str, Any] | None = None,
              start: np.ndarray | None = None) -> MilpResult:
    import cvxpy as cp

    options = dict(options or {})
    installed = set(cp.installed_solvers())
    solver = options.pop("solver", next((s for s in CVXPY_SOLVERS if s in installed), None))
    if solver is None or solver not in installed:
        raise ValueError(f"solver: cvxpy needs a mixed-integer solver, one of {CVXPY_SOLVERS}; "
                         f"installed: {sorted(installed)}")
    ints, conts = np.flatnonzero(model.integer), np.flatnonzero(~model.integer)
    xb = cp.Variable(ints.size, boolean=True) if ints.size else None
    xc = cp.Variable(conts.size) if conts.size else None
    parts = []
    if xb is not None:
        parts.append(model.A[:, ints] @ xb)
    if xc is not None:
        parts.append(model.A[:, conts] @ xc)
    activity = sum(parts[1:], parts[0])
    cons = []
    lo_rows, hi_rows = np.isfinite(model.row_lo), np.isfinite(model.row_hi)
    if lo_rows.any():
        cons.append(activity[lo_rows] >= model.row_lo[lo_rows])
    if hi_rows.any():
        cons.append(activity[hi_rows] <= model.row_hi[hi_rows])
    if xc is not None:
        cons += [xc >= model.col_lo[conts], xc <= model.col_hi[conts]]
    objective = _cvxpy_objective(cp, model, ints, conts, xb, xc)
    problem = cp.Problem(cp.Minimize(objective), cons)
    kwargs = _cvxpy_limits(solver, time_limit, options)
    if start is not None:
        if xb is not None:
            xb.value = np.round(start[ints])
        if xc is not None:
            xc.value = start[conts]
        kwargs.setdefault("warm_start", True)
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            problem.solve(solver=solver, **kwargs)
        except cp.error.SolverError as exc:
            return MilpResult("unknown", None, None, f"{solver}: {exc}")
    raw = f"{solver}: {problem.status}" + "".join(f"; {w.message}" for w in caught)
    if problem.status in (cp.INFEASIBLE, cp.INFEASIBLE_INACCURATE):
        return MilpResult("infeasible", None, None, raw)
    if xb is None or xb.value is None:
        return MilpResult("unknown", None, None, raw)
    values = np.zeros(model.A.shape[1])
    values[ints] = xb.value
    if xc is not None and xc.value is not None:
        values[conts] = xc.value
    return MilpResult("optimal" if problem.status == cp.OPTIMAL else "feasible", values, None, raw)


def _cvxpy_objective(cp: Any, model: MixedIntegerProgram, ints: np.ndarray, conts: np.ndarray,
                     xb: Any, xc: Any) -> Any:
    """``cost . x``; a 0/1 cost on the first integer columns (the full network's cells) is
    written ``sum(xb[:k])``, as before."""
    k = int(np.count_nonzero(model.cost))
    if k == 0:
        return cp.Constant(0)
    if np.array_equal(model.cost, np.r_[np.ones(k), np.zeros(model.n_cols - k)]) and \
            np.all(model.integer[:k]):
        return cp.sum(xb[:k])
    terms = []
    if xb is not None and np.any(model.cost[ints]):
        terms.append(model.cost[ints] @ xb)
    if xc is not None and np.any(model.cost[conts]):
        terms.append(model.cost[conts] @ xc)
    return sum(terms[1:], terms[0])


def _cvxpy_limits(solver: str, time_limit: float | None, options: dict[str, Any]) -> dict[str, Any]:
    if time_limit is None:
        return options
    if solver == "HIGHS":
        # HiGHS's default feasibility tolerances here: through cvxpy, with
        # mip_feasibility_tolerance 1e-9 HiGHS ran past its time limit (killed after 200 s
        # of a 60 s limit) on a Table 2 image that highspy directly solves in 0.3 s with
        # the same tolerance; the masks are verified exactly either way. Even so, cvxpy's
        # HiGHS overran the limit on another image (still running after 20 min of 60 s).
        return {"time_limit": _time(time_limit), "mip_rel_gap": 0.0, **options}
    if solver == "SCIPY":
        return {"scipy_options": {"time_limit": _time(time_limit), "mip_rel_gap": 0.0}, **options}
    if solver == "SCIP":
        return {"scip_params": {"limits/time": _time(time_limit)}, **options}
    return options


# --- CP-SAT (scaled-integer variant) -----------------------------------------------------
def run_cpsat(model: MixedIntegerProgram, time_limit: float | None, threads: int | None = None,
              seed: int = 0, options: dict[str, Any] | None = None,
              start: np.ndarray | None = None) -> MilpResult:
    from ortools.sat.python import cp_model

    m = cp_model.CpModel()
    scale = np.where(model.integer, 1.0, CPSAT_SCALE)
    lo = np.floor(model.col_lo * scale).astype(np.int64)
    hi = np.ceil(model.col_hi * scale).astype(np.int64)
    cols = [m.NewIntVar(int(lo[j]), int(hi[j]), f"x{j}") for j in range(model.A.shape[1])]
    span = np.maximum(np.abs(lo), np.abs(hi)).astype(float)
    for r in range(model.A.shape[0]):
        if model.row_kind[r] == ROW_EXACT:  # 0/1 coefficients on binaries: exact
            m.Add(sum(cols[j] for j in np.flatnonzero(model.A[r])) >= int(math.ceil(model.row_lo[r])))
            continue
        _cpsat_row(m, cols, model.A[r] / scale, span, ~model.integer, model.row_lo[r],
                   model.row_hi[r], loosen=model.row_kind[r] != ROW_TIGHTEN)
    m.Minimize(_cpsat_objective(model, cols))
    if start is not None:
        for col, value in zip(cols, np.rint(start * scale)):
            m.AddHint(col, int(value))
    solver = cp_model.CpSolver()
    if time_limit is not None:
        solver.parameters.max_time_in_seconds = _time(time_limit)
    solver.parameters.num_workers = int(threads) if threads else 1
    solver.parameters.random_seed = int(seed)
    for key, value in (options or {}).items():
        setattr(solver.parameters, key, value)
    status = solver.Solve(m)
    raw = solver.StatusName(status)
    if status == cp_model.INFEASIBLE:
        return MilpResult("infeasible", None, None, raw)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return MilpResult("unknown", None, None, raw)
    values = np.array([solver.Value(c) for c in cols], dtype=float) / scale
    bound = float(solver.BestObjectiveBound())
    return MilpResult("optimal" if status == cp_model.OPTIMAL else "feasible", values, bound, raw)


def _cpsat_objective(model: MixedIntegerProgram, cols: list) -> Any:
    """``cost . x`` over CP-SAT's integer columns; the costs must be integers."""
    nz = np.flatnonzero(model.cost)
    if np.any(model.cost[nz] != np.rint(model.cost[nz])):
        raise ValueError("cost: CP-SAT's mixed-integer adapter needs integer costs")
    if np.all(model.cost[nz] == 1):
        return sum(cols[j] for j in nz)
    return sum(int(model.cost[j]) * cols[j] for j in nz)


def _cpsat_row(m: Any, cols: list, coefs: np.ndarray, span: np.ndarray, continuous: np.ndarray,
               lo: float, hi: float, loosen: bool) -> None:
    """Add ``lo <= coefs . X <= hi`` over integer columns, rounded to integer coefficients.

    The row is scaled by the power of two ``2**e`` that keeps ``sum |coef| * span`` within
    :data:`_CPSAT_ROW_BUDGET`; rounding each coefficient moves the activity by at most
    ``sum_j 0.5 * span_j``, and the integer grid of a continuous column ``Z`` (a real ``z``
    lies within half a unit of ``z * SCALE``) by ``0.5 * |coef_j|``; the sides (+1 for
    their own rounding) are loosened (ReLU rows: the variant must stay feasible) or tightened (output rows: what it
    accepts should keep the label).
    """
    nz = np.flatnonzero(coefs)
    size = float(np.sum(np.abs(coefs[nz]) * span[nz])) + abs(lo if np.isfinite(lo) else 0) \
        + abs(hi if np.isfinite(hi) else 0) + 1.0
    e = math.floor(math.log2(_CPSAT_ROW_BUDGET / size))
    factor = 2.0 ** e
    ints = np.rint(coefs[nz] * factor)
    slack = float(np.sum(0.5 * span[nz]) + np.sum(0.5 * np.abs(ints[continuous[nz]]))) + 1.0
    sign = 1.0 if loosen else -1.0
    expr = sum(int(a) * cols[j] for a, j in zip(ints, nz) if a)
    if np.isfinite(lo):
        m.Add(expr >= int(math.floor(lo * factor - sign * slack)))
    if np.isfinite(hi):
        m.Add(expr <= int(math.ceil(hi * factor + sign * slack)))
