"""The ``"pulp"`` backend: PuLP with the CBC binary it bundles (``PULP_CBC_CMD``).

Rows come from :mod:`smug.backends.milp` (power-of-two scaling, exact rows where the data
allow, slack on relaxed and margin on restricted rows, exclusion cuts). PuLP writes the
model as an MPS file with 13 significant digits, so the margins also cover a relative error
of :data:`MPS_REL_ERROR` on every coefficient and right-hand side.

PuLP reports a CBC run stopped by its time limit with a solution as ``"Optimal"``
(``LpStatus[prob.status]``). This backend never relies on that: it reads CBC's own log
(``Result - Optimal solution found`` / ``Stopped on time limit`` / ``... infeasible``,
``Objective value:``, ``Lower bound:``) and PuLP's ``sol_status``, and claims optimality
only when CBC proved it with zero gap.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from smug.backends.milp import SOLVER_TOL, MilpBackend, MilpModel, milp_attempt
from smug.backends.base import Attempt, Capability, Settings
from smug.backends.mip_runners import run_pulp
from smug.solution import Termination

__all__ = ["PulpBackend", "CbcLog", "parse_cbc_log"]

#: Relative rounding of numbers written with ``% .12e`` (PuLP's MPS writer).
MPS_REL_ERROR = 5e-13

#: CBC switches smug sets before the caller's ``options``. CBC 2.10's integer preprocessing
#: (CglPreProcess) returned a wrong "optimal" answer on rows with coefficients around 1e-9
#: (``tests/backends/test_pulp.py``, seed 13 of the spread-magnitude problems: 7 instead of
#: the exact optimum 6); with it off CBC is 1.3-2.8x slower on the stem instances but
#: agreed with the exact oracle everywhere we looked. ``options=["preprocess on"]`` turns
#: it back on, at the caller's risk.
DEFAULT_CBC_OPTIONS: tuple[str, ...] = ("preprocess off",)

#: Native options: the documented keyword arguments of ``pulp.PULP_CBC_CMD`` that smug does
#: not set itself (``timeLimit``, ``threads``, ``msg``, ``logPath``, ``warmStart``, ``path``,
#: ``keepFiles`` and ``mip`` are smug's).
OPTION_NAMES = frozenset({"gapRel", "gapAbs", "presolve", "cuts", "strong", "options",
                          "maxNodes", "timeMode"})


@dataclass(frozen=True)
class CbcLog:
    """What CBC's log says about a run (None: the line was not printed)."""

    result: str | None
    objective: float | None
    lower_bound: float | None

    @property
    def proved_optimal(self) -> bool:
        return self.result == "Optimal solution found"

    @property
    def proved_infeasible(self) -> bool:
        return self.result is not None and "infeasible" in self.result.lower() and (
            not self.result.startswith("Stopped")
        )


_RESULT = re.compile(r"^Result - (.+?)\s*$", re.MULTILINE)
_OBJECTIVE = re.compile(r"^Objective value:\s+(\S+)", re.MULTILINE)
_LOWER = re.compile(r"^Lower bound:\s+(\S+)", re.MULTILINE)
_INFEASIBLE_LINE = re.compile(r"^Problem is infeasible", re.MULTILINE)


def _last_float(pattern: re.Pattern[str], text: str) -> float | None:
    found = pattern.findall(text)
    if not found:
        return None
    try:
        return float(found[-1])
    except ValueError:
        return None


def parse_cbc_log(text: str) -> CbcLog:
    """Read the result line, objective and lower bound from a CBC log."""
    results = _RESULT.findall(text)
    if not results and _INFEASIBLE_LINE.search(text):
        # CBC proves some models infeasible before its search and prints no result line
        results = ["Problem is infeasible"]
    return CbcLog(results[-1] if results else None, _last_float(_OBJECTIVE, text),
                  _last_float(_LOWER, text))


class PulpBackend(MilpBackend):
    """PuLP + bundled CBC.

    Native options (validated): ``gapRel``, ``gapAbs`` (a nonzero gap means optimality is
    no longer claimed unless CBC's lower bound closes it), ``presolve``, ``cuts``,
    ``strong``, ``maxNodes``, ``timeMode``, and ``options`` (a list of extra CBC command
    strings, e.g. ``["preprocess off"]``). smug passes ``timeLimit``, ``threads``, the seed
    (``randomCbcSeed``) and tolerances (``primalTolerance``, ``integerTolerance``).
    """

    name: ClassVar[str] = "pulp"
    capabilities: ClassVar[frozenset[str]] = MilpBackend.capabilities | {Capability.MIP}

    def solve_mip(self, mip: Any, time_limit: float | None, threads: int | None = None,
                  seed: int = 0, options: Mapping[str, Any] | None = None,
                  start: np.ndarray | None = None) -> Any:
        """A mixed-integer program (e.g. the full network's big-M MILP) on CBC through PuLP."""
        return run_pulp(mip, time_limit, threads, seed, dict(options or {}), start)

    extra: ClassVar[str] = "pulp"
    required_modules: ClassVar[tuple[str, ...]] = ("pulp",)
    option_names: ClassVar[frozenset[str] | None] = OPTION_NAMES
    shadowing_options: ClassVar[Mapping[str, str]] = {
        "timeLimit": "time_limit", "threads": "threads", "randomCbcSeed": "seed"}
    rel_error: ClassVar[float] = MPS_REL_ERROR
    #: CBC calls a solution optimal once no node can beat it by its *cutoff increment*
    #: (``increment``, default 1e-5 in the native objective's units), not by 1e-6: on a
    #: problem with costs over 36 decades it returned a mask 2.1e-6 (native) above the
    #: optimum as "Optimal solution found" (issue 17's differential run, cost_decades 0).
    objective_tolerance: ClassVar[tuple[float, float]] = (2e-5, 1e-9)

    def validate_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        opts = super().validate_options(options)
        extra = opts.get("options")
        if extra is not None and (
            isinstance(extra, str) or not all(isinstance(o, str) for o in extra)
        ):
            raise TypeError("options: the 'options' option must be a list of CBC command "
                            f"strings, got {extra!r}")
        for key in ("gapRel", "gapAbs"):
            if key in opts and not (isinstance(opts[key], (int, float)) and opts[key] >= 0):
                raise ValueError(f"options: {key} must be a non-negative number, got {opts[key]!r}")
        return opts

    def second_opinion_options(self, settings: Settings) -> Mapping[str, Any]:
        """CBC's presolve off (its integer preprocessing is off already)."""
        return {"presolve": False}

    def run_native(self, model: MilpModel, settings: Settings) -> _CbcRun:
        return _run_cbc(model, settings)

    def read_native(self, raw: _CbcRun, model: MilpModel) -> Attempt:
        return raw.attempt


@dataclass
class _CbcRun:
    """CBC's outcome, already read: PuLP's results live in its problem object and a log file
    that must be read before the file is removed, so reading happens inside the run."""

    attempt: Attempt


def _build(model: MilpModel, hint: np.ndarray | None):
    """The PuLP problem and its variables, rows built from (variable, coefficient) lists."""
    import pulp

    prob = pulp.LpProblem("smug", pulp.LpMinimize)
    new_var = getattr(prob, "add_variable", pulp.LpVariable)  # PuLP >= 3.3 / older
    x = [new_var(f"x{j}", float(lo), float(up), pulp.LpInteger)
         for j, (lo, up) in enumerate(zip(model.col_lower, model.col_upper))]
    prob.setObjective(pulp.LpAffineExpression(list(zip(x, model.cost.tolist()))))
    A = model.A
    indptr, indices, data = A.indptr, A.indices.tolist(), A.data.tolist()
    for i, lower in enumerate(model.lower.tolist()):
        lo, hi = indptr[i], indptr[i + 1]
        expr = pulp.LpAffineExpression([(x[j], c) for j, c in zip(indices[lo:hi], data[lo:hi])])
        prob.addConstraint(pulp.LpConstraint(expr, pulp.LpConstraintGE, f"r{i}", lower))
    if hint is not None:
        for var, value in zip(x, np.asarray(hint, dtype=bool).tolist()):
            var.setInitialValue(1.0 if value else 0.0)
    return prob, x


def _cbc_command(settings: Settings, log_path: str):
    import pulp

    opts = dict(settings.options)
    cbc_options = [f"primalTolerance {SOLVER_TOL}", f"integerTolerance {SOLVER_TOL}",
                   f"randomCbcSeed {int(settings.seed) + 1}"]  # CBC: -1 means "no seed"
    cbc_options += list(DEFAULT_CBC_OPTIONS)
    cbc_options += list(opts.pop("options", None) or [])  # later options win in CBC
    opts.setdefault("gapRel", 0.0)
    opts.setdefault("gapAbs", 0.0)
    left = settings.native_seconds(0.01)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return pulp.PULP_CBC_CMD(
            msg=False,
            timeLimit=left,
            threads=settings.threads,
            logPath=log_path,
            warmStart=settings.hint is not None,
            options=cbc_options,
            **opts,
        )


def _run_cbc(model: MilpModel, settings: Settings) -> _CbcRun:
    import pulp

    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        prob, x = _build(model, settings.hint)
    fd, log_path = tempfile.mkstemp(prefix="smug-cbc-", suffix=".log")
    os.close(fd)
    solver = _cbc_command(settings, log_path)
    t1 = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            prob.solve(solver)
    except pulp.PulpSolverError:
        return _CbcRun(_after_crash(prob, solver, model, settings, t1 - t0, t1))
    finally:
        with open(log_path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        os.unlink(log_path)
    if settings.verbose:
        print(text)
    log = parse_cbc_log(text)
    values = _values(x, model, prob.sol_status)
    attempt = _interpret(log, prob.status, prob.sol_status, values, settings, model.n_cols)
    attempt.stats["pulp_build_s"] = t1 - t0
    return _CbcRun(attempt)


def _after_crash(prob, solver, model: MilpModel, settings: Settings, build: float,
                 t1: float) -> Attempt:
    """CBC exited abnormally: re-run it without a solution file and read its log.

    CBC 2.10.3 crashes (SIGSEGV) while writing the solution file of a model its bound
    tightening found infeasible with preprocessing off; its log, lost in the crash, says
    ``Problem is infeasible``. Re-running the same MPS file without ``-solution`` recovers
    that verdict; anything else is reported as a failed run (no mask, no claim).
    """
    import subprocess

    fd, mps = tempfile.mkstemp(prefix="smug-cbc-", suffix=".mps")
    os.close(fd)
    try:
        prob.writeMPS(mps, rename=1)
        args = [solver.path, mps]
        left = settings.native_seconds(0.01)
        if left is not None:
            args += ["-sec", str(left)]
        for option in solver.options + solver.getOptions():
            args += ("-" + option).split()
        args.append("-solve")
        run = subprocess.run(args, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                             check=False)
    finally:
        os.unlink(mps)
    text = run.stdout
    stats = {"cbc_crashed": True, "cbc_rerun_exit": run.returncode, "pulp_build_s": build}
    if run.returncode == 0 and re.search(r"^Problem is infeasible", text, re.MULTILINE):
        return Attempt(None, False, True, None, "cbc: Problem is infeasible (re-run after "
                       "a crash)", stats=stats, termination=Termination.INFEASIBLE)
    log = parse_cbc_log(text)
    return Attempt(None, False, False, None, f"cbc crashed; re-run: {log.result}", stats=stats,
                   termination=Termination.ERROR)


def _values(x, model: MilpModel, sol_status: int) -> np.ndarray | None:
    import pulp

    if sol_status not in (pulp.LpSolutionOptimal, pulp.LpSolutionIntegerFeasible):
        return None
    # Variables in no row and the objective are not in the MPS file: use their bounds.
    values = model.col_lower.copy()
    for j, var in enumerate(x):
        if var.varValue is not None:
            values[j] = var.varValue
    return values


def _termination(log: CbcLog) -> Termination:
    result = (log.result or "").lower()
    if log.proved_optimal:
        return Termination.OPTIMAL
    if log.proved_infeasible:
        return Termination.INFEASIBLE
    if "time" in result:
        return Termination.TIME_LIMIT
    if "node" in result or "iteration" in result or "solution" in result:
        return Termination.ITERATION_LIMIT
    if "ctrl-c" in result or "user" in result:
        return Termination.INTERRUPTED
    return Termination.UNKNOWN


def _interpret(log: CbcLog, status: int, sol_status: int, values, settings: Settings,
               n: int) -> Attempt:
    import pulp

    raw = f"{pulp.LpStatus.get(status, status)} / cbc: {log.result or 'no result line'}"
    stats = {"cbc_result": log.result, "cbc_lower_bound": log.lower_bound,
             "pulp_status": pulp.LpStatus.get(status), "pulp_sol_status": sol_status}
    if log.proved_infeasible:
        return Attempt(None, False, True, None, raw, stats=stats,
                       termination=Termination.INFEASIBLE)
    if status == pulp.LpStatusInfeasible and values is None:
        # PuLP's "Infeasible" without CBC's own verdict in the log (it once came from a
        # model with costs of 2e15): no claim, no mask.
        return Attempt(None, False, False, None, raw, stats=stats, termination=Termination.ERROR)
    gaps_zero = not settings.options.get("gapRel") and not settings.options.get("gapAbs")
    optimal = (values is not None and log.proved_optimal and gaps_zero
               and sol_status == pulp.LpSolutionOptimal)
    bound = log.lower_bound
    if optimal and bound is None:
        bound = log.objective  # CBC prints no separate bound when it closed the gap
    if bound is not None and not math.isfinite(bound):
        bound = None
    return milp_attempt(values, n, optimal=optimal, bound=bound, raw_status=raw,
                        termination=_termination(log), stats=stats)
