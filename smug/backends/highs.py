"""The ``"highs"`` backend: HiGHS's MIP solver through highspy, built in bulk from arrays.

The model is handed over in one piece (``passModel`` of a row-wise ``HighsLp`` built from
the CSR arrays), rows built by :mod:`smug.backends._milp` (power-of-two scaling, exact rows
where the data allow, a slack on relaxed rows and a margin on restricted ones, exclusion
cuts for masks that fail exact verification). HiGHS is asked for feasibility and
integrality tolerances of 1e-9 and a zero relative gap unless the caller overrides them;
optimality is only claimed when HiGHS says ``Optimal`` *and* its dual bound closes the gap.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, ClassVar

import numpy as np

from smug.backends._milp import (
    SOLVER_TOL,
    MilpModel,
    NativeResult,
    solve_with_cuts,
)
from smug.backends.base import Attempt, Backend, Settings
from smug.errors import UnknownOptionError
from smug.problem import MaskProblem

__all__ = ["HighsBackend", "sync_thread_scheduler"]

#: HiGHS options smug sets itself (a native option of the same name overrides them).
DEFAULT_OPTIONS: dict[str, Any] = {
    "primal_feasibility_tolerance": SOLVER_TOL,
    "mip_feasibility_tolerance": SOLVER_TOL,
    "mip_rel_gap": 0.0,
    "mip_abs_gap": 1e-9,
}

#: Model statuses after which HiGHS may hold a feasible incumbent without proving it.
_LIMIT_STATUSES = frozenset({
    "kTimeLimit", "kIterationLimit", "kSolutionLimit", "kInterrupt", "kHighsInterrupt",
    "kObjectiveBound", "kObjectiveTarget", "kMemoryLimit", "kUnknown",
})


_BANNER_LOCK = threading.Lock()
_banner_shown = False


def _new_highs():
    """A silent Highs instance (output off before anything else is done).

    The first ``Highs()`` of a process prints HiGHS's licence banner on the C-level
    standard output before any option can be set, which would corrupt what smug writes
    there (``smug solve`` prints JSON). That first construction runs with file
    descriptor 1 pointed at standard error, so the banner is kept but moved aside.
    """
    import highspy

    global _banner_shown
    with _BANNER_LOCK:
        if _banner_shown:
            h = highspy.Highs()
        else:
            with _stdout_to_stderr():
                h = highspy.Highs()
            _banner_shown = True
    h.setOptionValue("output_flag", False)
    return h


@contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """Point file descriptor 1 at descriptor 2 (C and Python writes alike) for a moment."""
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no usable descriptor 1 (e.g. closed): nothing to protect
        yield
        return
    try:
        os.dup2(2, 1)
    except OSError:  # no usable descriptor 2: leave descriptor 1 as it is
        os.close(saved)
        yield
        return
    try:
        yield
    finally:
        _flush_c_stdio()
        os.dup2(saved, 1)
        os.close(saved)


def _flush_c_stdio() -> None:
    """``fflush(NULL)``: push C-buffered output out before descriptor 1 is restored."""
    import ctypes

    try:
        ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError):  # no C library handle on this platform
        pass


class HighsBackend(Backend):
    """HiGHS (highspy) MIP solver.

    Native options: any HiGHS option (``solve(..., mip_heuristic_effort=0.3)``), checked
    against HiGHS's own option table; smug's time limit, threads and seed are passed as
    ``time_limit``, ``threads`` and ``random_seed``.
    """

    name: ClassVar[str] = "highs"
    extra: ClassVar[str] = "highs"
    required_modules: ClassVar[tuple[str, ...]] = ("highspy",)
    option_names: ClassVar[frozenset[str] | None] = None

    def validate_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Reject option names HiGHS does not know, and values it refuses."""
        import highspy

        h = _new_highs()
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

    def solve_model(
        self, problem: MaskProblem, tightening: np.ndarray, settings: Settings
    ) -> Attempt:
        return solve_with_cuts(problem, tightening, settings, _solve_native)


def _options(settings: Settings) -> dict[str, Any]:
    opts: dict[str, Any] = dict(DEFAULT_OPTIONS)
    left = settings.remaining()
    if left is not None:
        opts["time_limit"] = max(left, 1e-3)
    if settings.threads is not None:
        opts["threads"] = int(settings.threads)
    opts["random_seed"] = int(settings.seed)
    if settings.verbose:
        opts["output_flag"] = True
    opts.update(settings.options)
    return opts


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


_scheduler_threads: int | None = None  # thread count of HiGHS's scheduler (0: its default)


def sync_thread_scheduler(h: Any, threads: int) -> None:
    """HiGHS sizes one global thread scheduler per process on its first run; a later run
    asking for another count fails (model status kNotset) unless the scheduler is reset."""
    global _scheduler_threads
    if _scheduler_threads is not None and _scheduler_threads != threads:
        h.resetGlobalScheduler(True)
    _scheduler_threads = threads


def _solve_native(model: MilpModel, settings: Settings) -> NativeResult:
    import highspy

    t0 = time.perf_counter()
    h = _new_highs()
    options = _options(settings)
    sync_thread_scheduler(h, int(options.get("threads", 0)))
    for key, value in options.items():
        if h.setOptionValue(key, value) == highspy.HighsStatus.kError:
            raise ValueError(f"options: HiGHS refused the value {value!r} for {key!r}")
    _pass_model(h, model)
    _set_hint(h, settings.hint)
    t1 = time.perf_counter()
    h.run()
    t2 = time.perf_counter()
    return _read_result(h, model, t1 - t0, t2 - t1)


def _read_result(h: Any, model: MilpModel, build: float, solve: float) -> NativeResult:
    status = h.getModelStatus()
    name = status.name
    info = h.getInfo()
    has_point = int(info.primal_solution_status) == 2  # kSolutionStatusFeasible
    values = np.asarray(h.getSolution().col_value, dtype=np.float64) if has_point else None
    bound = float(info.mip_dual_bound) if np.isfinite(info.mip_dual_bound) else None
    stats = {"highs_status": h.modelStatusToString(status), "mip_nodes": int(info.mip_node_count),
             "mip_gap": float(info.mip_gap)}
    raw = f"{name} ({h.modelStatusToString(status)})"
    if name in ("kInfeasible", "kUnboundedOrInfeasible"):
        # Every column has finite bounds [0, 1]: the model cannot be unbounded.
        return NativeResult(None, False, True, None, raw, build, solve, stats)
    if name == "kOptimal":
        return NativeResult(values, values is not None, False, bound, raw, build, solve, stats)
    if name == "kModelEmpty":  # no columns at all: the empty mask is optimal
        return NativeResult(np.zeros(model.n_cols), True, False, 0.0, raw, build, solve, stats)
    if name in _LIMIT_STATUSES:
        return NativeResult(values, False, False, bound, raw, build, solve, stats)
    raise RuntimeError(f"highs: solver failed with status {raw}")
