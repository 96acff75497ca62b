"""The ``"scip"`` backend: SCIP's MIP solver through pyscipopt, built from the shared MILP arrays.

SCIP is a floating-point branch-and-cut solver, so it gets exactly the model HiGHS, CBC and
cvxpy get (:mod:`smug.backends.milp`), and soundness comes from the same places:

* **Rows.** Every row is scaled by a power of two (exact); rows whose data sit on a coarse
  grid (cover cuts, the objective cut-off, integer-like rows) are built exactly on their
  grain; real-valued (fine) rows are *relaxed* by a slack plus a rigorous bound on float
  error at tightening level 0 (every exactly-feasible mask stays admitted, so SCIP's
  optimum or dual bound is a sound lower bound) and *restricted* by a margin at level >= 1
  (every admitted mask satisfies the exact row). A strict row ``> r`` is never handed to
  SCIP as ``>= r``: the relaxed row admits the boundary, verification rejects it, and the
  shared loop cuts it off.
* **Tiny coefficients.** SCIP treats a value below ``numerics/epsilon`` (1e-9) as zero. The
  build step removes every ``|a| <= 1e-9`` itself and moves its effect into the row's bound
  in the sound direction, so nothing SCIP would drop silently reaches it.
* **Tolerances.** SCIP is asked for a feasibility tolerance of 1e-9 (``numerics/feastol``,
  also its integrality tolerance) and gaps of zero. The restricted margin covers what that
  tolerance and rounding near-integral values to 0/1 can lose; a point farther than 1e-4
  from {0, 1} is refused (:func:`smug.backends.milp.milp_attempt`).
* **Proofs.** "optimal" is read from SCIP's status, but the shared loop decides OPTIMAL only
  from SCIP's dual bound less ``objective_tolerance`` (1e-6 absolute plus 1e-9 relative,
  SCIP's default ``numerics/epsilon`` and ``dualfeastol`` scale) against a mask verified
  exactly by :func:`smug.verify.verify`.
* **Infeasible.** Like every inexact backend's, SCIP's "infeasible" is confirmed by a second
  run with presolve off (``presolving/maxrounds = 0``) before the loop takes it.

Native options are SCIP parameters by their path: ``smug.solve(problem, "scip",
**{"presolving/maxrounds": 0})``, or as keywords with ``_`` for every ``/``
(``separating_maxrounds=0``); they are checked against SCIP's own parameter table. smug's ``time_limit`` becomes
``limits/time``, ``seed`` becomes ``randomization/randomseedshift``; SCIP's branch and bound
is sequential, so ``threads`` has no native counterpart (the parameters that would set one
are refused as shadowing it). A running solve stops through ``interruptSolve`` when
``settings.stop`` is set (``Capability.INTERRUPT``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from smug.backends.base import Attempt, Capability, Settings
from smug.backends.milp import SOLVER_TOL, MilpBackend, MilpModel, milp_attempt
from smug.errors import UnknownOptionError
from smug.mip import MipResult, MixedIntegerProgram
from smug.solution import Termination

__all__ = ["ScipBackend", "SCIP_DEFAULTS", "SCIP_SHADOWING"]

#: SCIP parameters smug sets itself (a native option of the same name overrides them).
SCIP_DEFAULTS: dict[str, Any] = {
    "numerics/feastol": SOLVER_TOL,
    "limits/gap": 0.0,
    "limits/absgap": 0.0,
}

#: Native parameters that would override smug's own arguments.
SCIP_SHADOWING: dict[str, str] = {
    "limits/time": "time_limit",
    "randomization/randomseedshift": "seed",
    "randomization/permutationseed": "seed",
    "randomization/lpseed": "seed",
    "parallel/maxnthreads": "threads",
    "parallel/minnthreads": "threads",
    "lp/threads": "threads",
}

_TERMINATIONS: dict[str, Termination] = {
    "optimal": Termination.OPTIMAL, "infeasible": Termination.INFEASIBLE,
    "inforunbd": Termination.INFEASIBLE, "timelimit": Termination.TIME_LIMIT,
    "userinterrupt": Termination.INTERRUPTED, "terminate": Termination.INTERRUPTED,
    "nodelimit": Termination.ITERATION_LIMIT, "totalnodelimit": Termination.ITERATION_LIMIT,
    "stallnodelimit": Termination.ITERATION_LIMIT, "gaplimit": Termination.ITERATION_LIMIT,
    "primallimit": Termination.ITERATION_LIMIT, "duallimit": Termination.ITERATION_LIMIT,
    "sollimit": Termination.ITERATION_LIMIT, "bestsollimit": Termination.ITERATION_LIMIT,
    "restartlimit": Termination.ITERATION_LIMIT, "memlimit": Termination.ERROR,
    "unbounded": Termination.ERROR, "unknown": Termination.UNKNOWN,
}

#: SCIP stages (``SCIP_STAGE``) in which ``interruptSolve`` is a valid call.
_INTERRUPTIBLE_STAGES = range(4, 10)  # TRANSFORMED .. SOLVING
#: SCIP stages in which a solve's statistics (dual bound, node count) exist:
#: TRANSFORMED .. SOLVED. Asked in the problem stage -- a solve stopped before it began,
#: e.g. the losing side of ``auto``'s race when the other side proved while SCIP's model
#: was being built -- ``getDualbound`` does not raise: SCIP reports an invalid call and
#: reads the transformed problem that does not exist, and the process dies of a
#: segmentation fault.
_STATISTICS_STAGES = range(3, 11)


def _native_name(key: str) -> str:
    """``separating_maxrounds`` -> ``separating/maxrounds`` (the keyword spelling: every
    ``_`` is a ``/``); a name with a ``/`` is SCIP's own."""
    return key if "/" in key else key.replace("_", "/")


def new_model() -> Any:
    """A silent SCIP model of its own (every solve owns one)."""
    from pyscipopt import Model

    model = Model()
    model.hideOutput()
    return model


class ScipBackend(MilpBackend):
    """SCIP (pyscipopt) MIP solver on the shared MILP model; see the module docstring."""

    name: ClassVar[str] = "scip"
    extra: ClassVar[str] = "scip"
    required_modules: ClassVar[tuple[str, ...]] = ("pyscipopt",)
    option_names: ClassVar[frozenset[str] | None] = None
    shadowing_options: ClassVar[Mapping[str, str]] = SCIP_SHADOWING
    capabilities: ClassVar[frozenset[str]] = MilpBackend.capabilities | {Capability.INTERRUPT,
                                                                         Capability.MIP}

    @classmethod
    def distributions(cls) -> tuple[str, ...]:
        return ("PySCIPOpt", "pyscipopt")

    def check_not_shadowing(self, options: Mapping[str, Any]) -> None:
        """Also catch the keyword spelling (``limits_time``) of a shadowing parameter."""
        super().check_not_shadowing(options)
        super().check_not_shadowing({_native_name(k): v for k, v in options.items()})

    def validate_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Reject parameter names SCIP does not know, and values it refuses."""
        model = new_model()
        out: dict[str, Any] = {}
        for key, value in options.items():
            native = _native_name(key)
            try:
                model.getParam(native)
            except (KeyError, LookupError, Exception) as exc:  # pyscipopt raises KeyError
                raise UnknownOptionError(
                    f"options: SCIP has no parameter {key!r} (see SCIP's parameter list, e.g. "
                    "'presolving/maxrounds', 'heuristics/emphasis' via setHeuristics, "
                    "'separating/maxrounds')") from exc
            try:
                model.setParam(native, value)
            except Exception as exc:
                raise ValueError(f"options: SCIP refused the value {value!r} for {key!r}") from exc
            out[native] = value
        return out

    def second_opinion_options(self, settings: Settings) -> Mapping[str, Any]:
        """Presolve off: the same guard as HiGHS's against a false "infeasible"."""
        return {"presolving/maxrounds": 0}

    # --- the mask problem -------------------------------------------------------------
    def run_native(self, model: MilpModel, settings: Settings) -> Any:
        """Hand the arrays to a fresh SCIP model and solve it; the model is the outcome."""
        scip = new_model()
        if settings.verbose:
            scip.hideOutput(False)
        _set_params(scip, _options(settings))
        x = _add_columns(scip, model.col_lower, model.col_upper, model.cost,
                         np.ones(model.n_cols, dtype=bool))
        _add_rows(scip, x, model.A, model.lower, None)
        if settings.hint is not None:
            _add_start(scip, x, np.asarray(settings.hint, dtype=np.float64))
        _optimize(scip, settings)
        return scip, x

    def read_native(self, raw: Any, model: MilpModel) -> Attempt:
        scip, x = raw
        status = scip.getStatus()
        termination = _TERMINATIONS.get(status, Termination.UNKNOWN)
        stats = {"scip_status": status, "mip_nodes": _nodes(scip)}
        raw_status = f"{status} (SCIP)"
        if status in ("infeasible", "inforunbd"):
            # every column has finite bounds [0, 1]: the model cannot be unbounded
            return Attempt(None, False, True, None, raw_status, stats=stats,
                           termination=termination)
        if termination is Termination.ERROR:
            raise RuntimeError(f"scip: solver failed with status {raw_status}")
        values = _values(scip, x)
        return milp_attempt(values, model.n_cols, optimal=status == "optimal",
                            bound=_dual_bound(scip), raw_status=raw_status,
                            termination=termination, stats=stats)

    # --- mixed-integer programs (the full network) --------------------------------------
    def solve_mip(self, mip: MixedIntegerProgram, time_limit: float | None,
                  threads: int | None = None, seed: int = 0,
                  options: Mapping[str, Any] | None = None,
                  start: np.ndarray | None = None) -> MipResult:
        """A mixed-integer program (e.g. the full network's big-M MILP) on SCIP."""
        import scipy.sparse as sp

        settings = Settings(time_limit=time_limit, seed=seed,
                            options=self.validate_options(dict(options or {})))
        scip = new_model()
        params = _options(settings)
        if time_limit is not None:
            params["limits/time"] = max(0.01, float(time_limit))
        _set_params(scip, params)
        x = _add_columns(scip, np.asarray(mip.col_lo, float), np.asarray(mip.col_hi, float),
                         np.asarray(mip.cost, float), np.asarray(mip.integer, bool))
        _add_rows(scip, x, sp.csr_matrix(mip.A), np.asarray(mip.row_lo, float),
                  np.asarray(mip.row_hi, float))
        if start is not None:
            _add_start(scip, x, np.asarray(start, dtype=np.float64))
        scip.optimize()
        status = scip.getStatus()
        raw = f"{status} (SCIP)"
        if status in ("infeasible", "inforunbd"):
            return MipResult("infeasible", None, None, raw)
        values = _values(scip, x)
        bound = _dual_bound(scip)
        if status == "optimal" and values is not None:
            return MipResult("optimal", values, bound, raw)
        return MipResult("feasible" if values is not None else "unknown", values, bound, raw)


# --- helpers -------------------------------------------------------------------------------
def _options(settings: Settings) -> dict[str, Any]:
    opts: dict[str, Any] = dict(SCIP_DEFAULTS)
    left = settings.native_seconds()
    if left is not None:
        opts["limits/time"] = left
    # SCIP's shift is an int in [0, 2**31); smug's seed may be any int
    opts["randomization/randomseedshift"] = int(settings.seed) % (2**31)
    opts.update({_native_name(k): v for k, v in settings.options.items()})
    return opts


def _set_params(scip: Any, params: Mapping[str, Any]) -> None:
    for key, value in params.items():
        try:
            scip.setParam(key, value)
        except Exception as exc:
            raise ValueError(f"options: SCIP refused the value {value!r} for {key!r}") from exc


def _add_columns(scip: Any, lower: np.ndarray, upper: np.ndarray, cost: np.ndarray,
                 integer: np.ndarray) -> list[Any]:
    """All columns in one call (a matrix variable); SCIP's infinity for infinite bounds."""
    inf = scip.infinity()
    n = int(lower.size)
    if n == 0:
        return []
    vtype = np.where(integer, "I", "C")
    lb = np.where(np.isfinite(lower), lower, -inf)
    ub = np.where(np.isfinite(upper), upper, inf)
    x = scip.addMatrixVar((n,), vtype=vtype, lb=lb, ub=ub, obj=np.asarray(cost, float))
    return x.tolist()


def _add_rows(scip: Any, x: list[Any], A: Any, lower: np.ndarray,
              upper: np.ndarray | None) -> None:
    """One linear constraint per CSR row, its terms handed over as one dict."""
    from pyscipopt import Expr
    from pyscipopt.scip import Term

    indptr, indices, data = A.indptr, A.indices.tolist(), A.data.tolist()
    for i in range(A.shape[0]):
        lo, hi = int(indptr[i]), int(indptr[i + 1])
        expr = Expr({Term(x[j]): c for j, c in zip(indices[lo:hi], data[lo:hi]) if c != 0.0})
        has_lo = bool(np.isfinite(lower[i]))
        has_hi = upper is not None and bool(np.isfinite(upper[i]))
        if has_lo and has_hi:
            scip.addCons((expr >= float(lower[i])) <= float(upper[i]))
        elif has_lo:
            scip.addCons(expr >= float(lower[i]))
        elif has_hi:
            scip.addCons(expr <= float(upper[i]))


def _add_start(scip: Any, x: list[Any], start: np.ndarray) -> None:
    """Offer ``start`` as a (partial) solution SCIP completes or discards if infeasible."""
    if len(x) == 0 or start.shape != (len(x),):
        return
    sol = scip.createPartialSol()
    for var, value in zip(x, start.tolist()):
        scip.setSolVal(sol, var, value)
    scip.addSol(sol)


def _optimize(scip: Any, settings: Settings) -> None:
    """Solve without the GIL; ``settings.stop`` interrupts through ``interruptSolve``."""
    if settings.stop is None:
        scip.optimizeNogil()
        return

    def interrupt() -> None:
        try:
            if int(scip.getStage()) in _INTERRUPTIBLE_STAGES:
                scip.interruptSolve()
        except Exception:  # a stage in which the call is invalid: the caller asks again
            pass

    with settings.stop.hooked(interrupt):
        if settings.stop.is_set():
            return
        scip.optimizeNogil()


def _nodes(scip: Any) -> int | None:
    if int(scip.getStage()) not in _STATISTICS_STAGES:
        return None
    try:
        return int(scip.getNNodes())
    except Exception:  # stopped before the solve began: no statistics yet
        return None


def _values(scip: Any, x: list[Any]) -> np.ndarray | None:
    if not scip.getNSols():
        return None
    sol = scip.getBestSol()
    return np.fromiter((scip.getSolVal(sol, v) for v in x), dtype=np.float64, count=len(x))


def _dual_bound(scip: Any) -> float | None:
    if int(scip.getStage()) not in _STATISTICS_STAGES:  # see _STATISTICS_STAGES: a crash
        return None
    try:
        bound = float(scip.getDualbound())
    except Exception:  # no bound in this stage (e.g. stopped before presolve ended)
        return None
    return bound if math.isfinite(bound) and abs(bound) < scip.infinity() else None
