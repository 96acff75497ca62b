"""The ``"highs"`` backend: HiGHS's MIP solver through highspy, built in bulk from arrays.

Every solve owns its ``Highs`` instance (the raw ``highspy._core._Highs``: no callbacks, so
no licence banner; see :func:`quiet_banner`). The model is handed over in one piece (``passModel`` of a row-wise ``HighsLp`` built from
the CSR arrays), rows built by :mod:`smug.backends.milp` (power-of-two scaling, exact rows
where the data allow, a slack on relaxed rows and a margin on restricted ones, exclusion
cuts for masks that fail exact verification). HiGHS is asked for feasibility and
integrality tolerances of 1e-9 and a zero relative gap unless the caller overrides them;
optimality is only claimed when HiGHS says ``Optimal`` *and* its dual bound closes the gap.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from smug.backends.milp import SOLVER_TOL, MilpBackend, MilpModel, milp_attempt
from smug.backends.base import Attempt, Capability, Settings
from smug.backends.mip_runners import note_default_scheduler, run_highs, sync_thread_scheduler
from smug.backends.stop import StopSignal
from smug.errors import UnknownOptionError
from smug.solution import Termination

__all__ = ["HighsBackend", "HIGHS_DEFAULTS", "new_highs", "sync_thread_scheduler", "quiet_banner"]

#: HiGHS options smug sets itself (a native option of the same name overrides them); the
#: cvxpy backend passes the same ones when it runs HiGHS. A zero gap: the shared loop decides
#: optimality from the dual bound itself (``Backend.proves_optimal``).
HIGHS_DEFAULTS: dict[str, Any] = {
    "primal_feasibility_tolerance": SOLVER_TOL,
    "mip_feasibility_tolerance": SOLVER_TOL,
    "mip_rel_gap": 0.0,
    "mip_abs_gap": 0.0,
}

#: Native options that would override smug's own arguments.
HIGHS_SHADOWING: dict[str, str] = {"time_limit": "time_limit", "threads": "threads",
                                   "random_seed": "seed"}

_TERMINATIONS: dict[str, Termination] = {
    "kOptimal": Termination.OPTIMAL, "kInfeasible": Termination.INFEASIBLE,
    "kUnboundedOrInfeasible": Termination.INFEASIBLE, "kTimeLimit": Termination.TIME_LIMIT,
    "kIterationLimit": Termination.ITERATION_LIMIT, "kSolutionLimit": Termination.ITERATION_LIMIT,
    "kObjectiveBound": Termination.ITERATION_LIMIT, "kObjectiveTarget": Termination.ITERATION_LIMIT,
    "kInterrupt": Termination.INTERRUPTED, "kHighsInterrupt": Termination.INTERRUPTED,
    "kMemoryLimit": Termination.ERROR, "kSolveError": Termination.ERROR,
    "kPostsolveError": Termination.ERROR, "kLoadError": Termination.ERROR,
    "kModelError": Termination.ERROR, "kPresolveError": Termination.ERROR,
    "kUnknown": Termination.UNKNOWN,
}



_LOCK = threading.Lock()
_banner_quieted = False


def quiet_banner() -> None:
    """Have HiGHS write its once-per-process licence banner into nothing.

    HiGHS prints the banner on C-level standard output the first time a logging instance
    starts (``highspy.Highs()`` does, in its constructor), which would corrupt what smug
    writes there (``smug solve --json``). An instance with ``log_to_console`` off that runs
    an empty model writes the banner to no console and marks it written, so no later
    instance of the process prints it, including the ones cvxpy creates. No file descriptor
    is touched (redirecting descriptor 1 moved other threads' output too).
    """
    global _banner_quieted
    with _LOCK:
        if _banner_quieted:
            return
        import highspy

        h = highspy._core._Highs()
        h.setOptionValue("output_flag", True)
        h.setOptionValue("log_to_console", False)
        h.run()
        _banner_quieted = True
        note_default_scheduler()  # that run may have started this thread's scheduler


def new_highs():
    """A silent HiGHS instance of its own (every solve owns one; no callbacks, no banner)."""
    import highspy

    quiet_banner()
    h = highspy._core._Highs()
    h.setOptionValue("output_flag", False)
    return h


class HighsBackend(MilpBackend):
    """HiGHS (highspy) MIP solver.

    Native options: any HiGHS option (``solve(..., mip_heuristic_effort=0.3)``), checked
    against HiGHS's own option table; smug's time limit, threads and seed are passed as
    ``time_limit``, ``threads`` and ``random_seed``.
    """

    name: ClassVar[str] = "highs"
    extra: ClassVar[str] = "highs"
    required_modules: ClassVar[tuple[str, ...]] = ("highspy",)
    option_names: ClassVar[frozenset[str] | None] = None
    shadowing_options: ClassVar[Mapping[str, str]] = HIGHS_SHADOWING
    capabilities: ClassVar[frozenset[str]] = MilpBackend.capabilities | {Capability.INTERRUPT,
                                                                         Capability.MIP}

    def solve_mip(self, mip: Any, time_limit: float | None, threads: int | None = None,
                  seed: int = 0, options: Mapping[str, Any] | None = None,
                  start: np.ndarray | None = None) -> Any:
        """A mixed-integer program (e.g. the full network's big-M MILP) on highspy."""
        quiet_banner()
        return run_highs(mip, time_limit, threads, seed, dict(options or {}), start)

    def validate_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Reject option names HiGHS does not know, and values it refuses."""
        import highspy

        h = new_highs()
        for key, value in options.items():
            status, _ = h.getOptionType(key)
            if status != highspy.HighsStatus.kOk:
                raise UnknownOptionError(
                    f"options: HiGHS has no option {key!r} (see the HiGHS options "
                    "reference, e.g. 'mip_rel_gap', 'mip_heuristic_effort', 'presolve')"
                )
            if h.setOptionValue(key, value) == highspy.HighsStatus.kError:
                raise ValueError(f"options: HiGHS refused the value {value!r} for {key!r}")
        return dict(options)

    @classmethod
    def distributions(cls) -> tuple[str, ...]:
        return ("highspy",)

    def second_opinion_options(self, settings: Settings) -> Mapping[str, Any]:
        """Presolve off: HiGHS's MIP presolve declared a feasible tiered instance infeasible."""
        return {"presolve": "off"}

    def run_native(self, model: MilpModel, settings: Settings) -> Any:
        """Pass the model to a fresh HiGHS instance and run it; the instance is the outcome."""
        import highspy

        h = new_highs()
        options = _options(settings)
        sync_thread_scheduler(h, int(options.get("threads", 0)))
        for key, value in options.items():
            if h.setOptionValue(key, value) == highspy.HighsStatus.kError:
                raise ValueError(f"options: HiGHS refused the value {value!r} for {key!r}")
        _pass_model(h, model)
        _set_hint(h, settings.hint)
        if settings.stop is not None:
            _watch(h, settings.stop)
        h.run()
        return h

    def read_native(self, raw: Any, model: MilpModel) -> Attempt:
        return _read_result(raw, model)


def _options(settings: Settings) -> dict[str, Any]:
    opts: dict[str, Any] = dict(HIGHS_DEFAULTS)
    left = settings.native_seconds()
    if left is not None:
        opts["time_limit"] = left
    if settings.threads is not None:
        opts["threads"] = int(settings.threads)
    opts["random_seed"] = int(settings.seed)
    if settings.verbose:
        opts["output_flag"] = True
    opts.update(settings.options)
    return opts


def _watch(h: Any, stop: StopSignal) -> None:
    """Have HiGHS poll ``stop`` in its interrupt callbacks (MIP, simplex, IPM) and stop once set.

    Only runs that can be stopped carry the callback: each poll takes the GIL.
    """
    from highspy import cb

    def poll(kind: Any, message: str, data_out: Any, data_in: Any, user_data: Any) -> None:
        if data_in is not None and stop.is_set():
            data_in.user_interrupt = True

    h.setCallback(poll, None)
    for kind in (cb.HighsCallbackType.kCallbackMipInterrupt,
                 cb.HighsCallbackType.kCallbackSimplexInterrupt,
                 cb.HighsCallbackType.kCallbackIpmInterrupt):
        h.startCallback(kind)


def _pass_model(h: Any, model: MilpModel) -> None:
    import highspy

    lp = highspy.HighsLp()
    lp.num_col_ = model.n_cols
    lp.num_row_ = model.n_rows
    lp.col_cost_ = model.cost
    lp.col_lower_ = model.col_lower
    lp.col_upper_ = model.col_upper
    lp.row_lower_ = model.lower
    lp.row_upper_ = np.full(model.n_rows, np.inf)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = model.A.indptr.astype(np.int32)
    lp.a_matrix_.index_ = model.A.indices.astype(np.int32)
    lp.a_matrix_.value_ = model.A.data
    lp.integrality_ = [highspy.HighsVarType.kInteger] * model.n_cols
    status = h.passModel(lp)
    if status == highspy.HighsStatus.kError:
        raise RuntimeError("highs: passModel rejected the model")


def _set_hint(h: Any, hint: np.ndarray | None) -> None:
    if hint is None:
        return
    import highspy

    sol = highspy.HighsSolution()
    sol.col_value = np.asarray(hint, dtype=np.float64).tolist()
    sol.value_valid = True
    h.setSolution(sol)


def _read_result(h: Any, model: MilpModel) -> Attempt:
    status = h.getModelStatus()
    name = status.name
    info = h.getInfo()
    has_point = int(info.primal_solution_status) == 2  # kSolutionStatusFeasible
    values = np.asarray(h.getSolution().col_value, dtype=np.float64) if has_point else None
    bound = float(info.mip_dual_bound) if np.isfinite(info.mip_dual_bound) else None
    stats = {"highs_status": h.modelStatusToString(status), "mip_nodes": int(info.mip_node_count),
             "mip_gap": float(info.mip_gap)}
    raw = f"{name} ({h.modelStatusToString(status)})"
    termination = _TERMINATIONS.get(name, Termination.UNKNOWN)
    if name in ("kInfeasible", "kUnboundedOrInfeasible"):
        # Every column has finite bounds [0, 1]: the model cannot be unbounded.
        return Attempt(None, False, True, None, raw, stats=stats, termination=termination)
    if name == "kModelEmpty":  # no columns at all: the empty mask is optimal
        return milp_attempt(np.zeros(model.n_cols), model.n_cols, optimal=True, bound=0.0,
                            raw_status=raw, termination=Termination.OPTIMAL, stats=stats)
    if name == "kOptimal" or termination in (Termination.TIME_LIMIT, Termination.ITERATION_LIMIT,
                                             Termination.INTERRUPTED, Termination.UNKNOWN):
        return milp_attempt(values, model.n_cols, optimal=name == "kOptimal", bound=bound,
                            raw_status=raw, termination=termination, stats=stats)
    raise RuntimeError(f"highs: solver failed with status {raw}")
