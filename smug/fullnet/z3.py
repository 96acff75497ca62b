"""z3's exact encoding of the full-network problem (appendix A, Eq. 6).

ReLU as ``If`` over exact reals (NRA), one SMT-LIB string parsed in bulk
(:func:`smug.fullnet.encoding.encode_fullnet`), and two searches for the minimum
(:data:`FULLNET_STRATEGIES`). Kept apart from :mod:`smug.backends.z3`, which solves
MaskProblems; the pieces both need (status text, deadline watchdog, reading a mask) are
its public helpers (:mod:`smug.backends.z3_read`, :func:`smug.backends.z3.deadline_guard`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from smug.backends.base import Settings
from smug.backends.z3 import deadline_guard, z3_parameter_names
from smug.backends.z3_read import describe_status, has_model, proven_lower, read_mask
from smug.errors import UnknownOptionError

__all__ = ["FULLNET_OPTIONS", "FULLNET_STRATEGIES", "DEFAULT_FULLNET_STRATEGY",
           "validate_fullnet_options", "run_fullnet"]

#: Options of :func:`run_fullnet` that are not z3 parameters.
FULLNET_OPTIONS: frozenset[str] = frozenset({"stable", "strategy", "cell_sort"})
#: How the minimum is searched: ``"ascend"`` asks a fresh ``z3.Solver`` for a mask of at
#: most k cells for k = 0, 1, 2, ... (each ``unsat`` proves the bound k + 1, the first
#: ``sat`` is optimal); ``"optimize"`` is ``z3.Optimize.minimize``, as the paper did.
FULLNET_STRATEGIES: tuple[str, ...] = ("ascend", "optimize")
DEFAULT_FULLNET_STRATEGY = "ascend"


@lru_cache(maxsize=1)
def _solver_parameter_names() -> frozenset[str]:
    import z3

    descrs = z3.Solver(ctx=z3.Context()).param_descrs()
    return frozenset(descrs.get_name(i) for i in range(descrs.size()))


def validate_fullnet_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """Check ``strategy``, ``stable``, ``cell_sort`` and the z3 parameters of the strategy."""
    import z3

    from smug.fullnet.encoding import CELL_SORTS

    options = dict(options)
    if "encoding" in options:
        raise UnknownOptionError(
            "options: 'encoding' applies to MaskProblems only; a FullNetProblem takes "
            "'strategy', 'stable', 'cell_sort' and z3 parameters")
    strategy = options.get("strategy", DEFAULT_FULLNET_STRATEGY)
    if strategy not in FULLNET_STRATEGIES:
        raise ValueError(f"strategy: expected one of {FULLNET_STRATEGIES}, got {strategy!r}")
    if not isinstance(options.get("stable", True), bool):
        raise ValueError(f"stable: expected True or False, got {options['stable']!r}")
    if options.get("cell_sort", "bool") not in CELL_SORTS:
        raise ValueError(f"cell_sort: expected one of {CELL_SORTS}, got {options['cell_sort']!r}")
    native = {k: v for k, v in options.items() if k not in FULLNET_OPTIONS}
    known = z3_parameter_names() if strategy == "optimize" else _solver_parameter_names()
    unknown = sorted(set(native) - known)
    if unknown:
        raise UnknownOptionError(
            f"options: z3 ({strategy} strategy) does not know {', '.join(map(repr, unknown))}; "
            f"valid: 'strategy', 'stable', 'cell_sort' and the parameters of "
            f"z3.{'Optimize' if strategy == 'optimize' else 'Solver'}().param_descrs()")
    probe = z3.Optimize(ctx=z3.Context()) if strategy == "optimize" else z3.Solver(ctx=z3.Context())
    for key, value in native.items():
        try:
            probe.set(key, value)
        except z3.Z3Exception as exc:
            raise ValueError(f"{key}: z3 rejected the value {value!r}: {exc}") from exc
    return options


@dataclass
class _FullNetRun:
    """What a search strategy found: z3's last answer, a mask (cell indices kept) and a bound."""

    raw: str
    unsat_at_zero_budget: bool = False
    kept: np.ndarray | None = None
    proven: bool = False
    bound: float | None = None
    infeasible: bool = False
    checks: list[dict[str, Any]] | None = None


def _timeout_ms(settings: Settings) -> int | None:
    left = settings.remaining()
    return None if left is None else max(1, int(left * 1000))


def _set_native(obj: Any, settings: Settings) -> None:
    for key, value in settings.options.items():
        if key not in FULLNET_OPTIONS:
            obj.set(key, value)


def _cell_vars(z3: Any, n: int, cell_sort: str, ctx: Any) -> list[Any]:
    from smug.fullnet.encoding import cell_name

    make = z3.Bool if cell_sort == "bool" else z3.Int
    return [make(cell_name(i), ctx) for i in range(n)]


def _kept(z3: Any, model: Any, cells: list[Any], cell_sort: str) -> np.ndarray:
    return read_mask(z3, model, cells, cell_sort == "bool")


def _cardinality(z3: Any, cells: list[Any], k: int, cell_sort: str, ctx: Any) -> Any:
    if cell_sort == "bool":
        return z3.AtMost(*cells, k) if cells else z3.BoolVal(k >= 0, ctx)
    return z3.Sum(cells) <= k if cells else z3.BoolVal(k >= 0, ctx)


def _ascend(z3: Any, text: str, n_cells: int, settings: Settings, cell_sort: str) -> _FullNetRun:
    """k = 0, 1, ...: a fresh (non-incremental) Solver per k; the first sat is the minimum.

    Fresh solvers, not push/pop: z3 switches to a slower incremental core under push/pop
    (measured: the k = 0 check took 2-10 s incrementally, under 1 s fresh).
    """
    ctx = z3.Context()  # every solve its own context: z3's global one is not thread-safe
    cells = _cell_vars(z3, n_cells, cell_sort, ctx)
    checks: list[dict[str, Any]] = []
    run = _FullNetRun("not run", bound=0.0, checks=checks)
    for k in range(n_cells + 1):
        timeout = _timeout_ms(settings)
        if timeout is not None and timeout <= 1:
            run.raw += f"; time limit reached before k={k}"
            break
        solver = z3.Solver(ctx=ctx)
        if timeout is not None:
            solver.set("timeout", timeout)
        solver.set("random_seed", int(settings.seed))
        _set_native(solver, settings)
        solver.from_string(text)
        solver.add(_cardinality(z3, cells, k, cell_sort, ctx))
        t0 = time.perf_counter()
        with deadline_guard(solver, settings):
            result = solver.check()
        run.raw = f"k={k}: {describe_status(result, solver)}"
        checks.append({"k": k, "result": str(result), "seconds": round(time.perf_counter() - t0, 3)})
        if result == z3.unsat:
            run.bound = float(k + 1)
            if k == n_cells:
                run.infeasible = True
            continue
        if result == z3.sat:
            run.kept = _kept(z3, solver.model(), cells, cell_sort)
            run.proven = True
        break
    return run


def _optimize(z3: Any, text: str, n_cells: int, settings: Settings, cell_sort: str) -> _FullNetRun:
    """``z3.Optimize.minimize(number of kept cells)``: the paper's formulation."""
    ctx = z3.Context()
    cells = _cell_vars(z3, n_cells, cell_sort, ctx)
    opt = z3.Optimize(ctx=ctx)
    opt.set("random_seed", int(settings.seed))
    _set_native(opt, settings)
    opt.from_string(text)
    if cell_sort == "bool":
        terms = [z3.If(c, z3.IntVal(1, ctx), z3.IntVal(0, ctx)) for c in cells]
    else:
        terms = list(cells)
    handle = opt.minimize(z3.Sum(terms) if terms else z3.IntVal(0, ctx))
    timeout = _timeout_ms(settings)
    if timeout is not None:
        opt.set("timeout", timeout)
    with deadline_guard(opt, settings):
        result = opt.check()
    run = _FullNetRun(describe_status(result, opt))
    run.checks = [{"z3_lower": str(handle.lower()), "z3_upper": str(handle.upper())}]
    if result == z3.unsat:
        run.infeasible = True
        return run
    if result == z3.sat or has_model(opt):
        run.kept = _kept(z3, opt.model(), cells, cell_sort)
    run.proven = result == z3.sat
    run.bound = None if run.proven else proven_lower(z3, handle)
    return run


def run_fullnet(problem: Any, settings: Settings) -> Any:
    """Solve a :class:`smug.fullnet.FullNetProblem` with z3 (appendix A, Eq. 6).

    The encoding is one SMT-LIB string (:func:`smug.fullnet.encoding.encode_fullnet`)
    parsed in bulk; the search is ``settings.options["strategy"]`` (see
    :data:`FULLNET_STRATEGIES`). The returned mask is verified by an exact rational and a
    float64 forward pass (:func:`smug.fullnet.verify.verify_fullnet`); a mask that fails
    either is dropped (UNKNOWN), never returned. OPTIMAL only when z3 proved the minimum.
    """
    import z3

    from smug.fullnet.encoding import encode_fullnet
    from smug.fullnet.verify import verify_fullnet
    from smug.solution import Solution, Status, Timings

    start = time.perf_counter()
    options = settings.options
    strategy = options.get("strategy", DEFAULT_FULLNET_STRATEGY)
    cell_sort = options.get("cell_sort", "bool")
    encoding = encode_fullnet(problem, stable=bool(options.get("stable", True)),
                              cell_sort=cell_sort)
    build = time.perf_counter() - start
    search = _ascend if strategy == "ascend" else _optimize
    t1 = time.perf_counter()
    run = search(z3, encoding.text, int(encoding.cells.size), settings, cell_sort)
    solve = time.perf_counter() - t1
    stats: dict[str, Any] = {
        "strategy": strategy, "cell_sort": cell_sort, "active_cells": int(encoding.cells.size),
        "relus_unstable": encoding.unstable, "relus_stable_active": encoding.stable_active,
        "relus_stable_inactive": encoding.stable_inactive, "smt2_chars": len(encoding.text),
        "checks": run.checks,
    }

    def finish(status: Any, mask: Any, bound: float | None) -> Any:
        objective = None if mask is None else float(mask.sum())
        return Solution(status, mask, objective, bound, "z3", run.raw,
                        Timings(build, solve, time.perf_counter() - start), mask is not None,
                        stats)

    if run.infeasible:
        return finish(Status.INFEASIBLE, None, None)
    if run.kept is None:
        return finish(Status.UNKNOWN, None, run.bound)
    mask = np.zeros(problem.n_cells, dtype=bool)
    mask[encoding.cells[run.kept]] = True
    check = verify_fullnet(problem, mask)
    stats.update(exact_margin=check.exact_margin, float64_margin=check.float64_margin)
    if not check.ok:
        stats["unverified_mask"] = {"exact_ok": check.exact_ok, "float64_ok": check.float64_ok,
                                    "size": int(mask.sum())}
        return finish(Status.UNKNOWN, None, run.bound)
    size = float(mask.sum())
    if run.proven or (run.bound is not None and size <= math.ceil(run.bound - 1e-9)):
        return finish(Status.OPTIMAL, mask, size)
    return finish(Status.FEASIBLE, mask, run.bound)


def check_at_most(problem: Any, k: int, time_limit: float | None, seed: int = 0) -> tuple[str, Any]:
    """One z3 check of the exact encoding of ``problem`` with ``AtMost(cells, k)``.

    The exact confirmation of a MILP candidate of size ``k + 1``
    (:mod:`smug.fullnet.confirm`): ``"unsat"`` proves that no mask of at most ``k`` cells
    keeps the label. Returns ``(result, mask)`` with ``result`` in ``"sat"``, ``"unsat"``,
    ``"unknown"`` and, for ``"sat"``, the problem's cell mask of z3's model (unverified).
    The encoding's bounds are computed under the limit (cardinality-aware bounds,
    :func:`smug.fullnet.encoding.layer_bounds`): most ReLUs are stable for a small ``k``.
    """
    import z3

    from smug.fullnet.encoding import encode_fullnet

    encoding = encode_fullnet(problem, max_cells=max(int(k), 0))
    settings = Settings(time_limit=time_limit, seed=seed,
                        deadline=None if time_limit is None else time.monotonic() + time_limit)
    ctx = z3.Context()
    cells = _cell_vars(z3, int(encoding.cells.size), "bool", ctx)
    solver = z3.Solver(ctx=ctx)
    timeout = _timeout_ms(settings)
    if timeout is not None:
        solver.set("timeout", timeout)
    solver.set("random_seed", int(seed))
    solver.from_string(encoding.text)
    solver.add(_cardinality(z3, cells, k, "bool", ctx))
    with deadline_guard(solver, settings):
        result = solver.check()
    if result != z3.sat:
        return ("unsat" if result == z3.unsat else "unknown"), None
    mask = np.zeros(problem.n_cells, dtype=bool)
    mask[encoding.cells[_kept(z3, solver.model(), cells, "bool")]] = True
    return "sat", mask
