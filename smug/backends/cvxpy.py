"""The ``"cvxpy"`` backend: cvxpy with a MILP-capable solver, HiGHS by default.

The model is ``min cost @ x`` over an integer vector ``x`` with bounds ``[0, 1]`` (fixings
as bounds) and one vectorised constraint ``A' @ x >= lower`` built from the sparse matrix
of :mod:`smug.backends.milp` (power-of-two scaling, exact rows where the data allow, slack
on relaxed and margin on restricted rows).

Statuses are mapped honestly: only ``optimal`` with a dual bound that closes the gap is a
proof; ``optimal_inaccurate`` (how cvxpy reports SciPy's time limit) and ``user_limit``
(HiGHS's time limit) give the incumbent, unproven, with the solver's dual bound.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from smug.backends.milp import MilpBackend, MilpModel, milp_attempt
from smug.backends.base import Attempt, Capability, Settings
from smug.backends.highs import HIGHS_DEFAULTS, HIGHS_SHADOWING, new_highs, sync_thread_scheduler
from smug.errors import UnknownOptionError, UnsupportedProblemError
from smug.backends.mip_runners import run_cvxpy
from smug.solution import Termination

__all__ = ["CvxpyBackend", "SOLVERS", "SCIPY_OPTION_NAMES"]

#: MILP solvers this backend knows how to give a time limit, threads and seed to.
SOLVERS: tuple[str, ...] = ("HIGHS", "SCIPY")

#: Keys accepted inside ``scipy_options`` (``scipy.optimize.milp`` options; smug sets
#: ``time_limit`` itself).
SCIPY_OPTION_NAMES = frozenset({"disp", "presolve", "node_limit", "mip_rel_gap"})

#: cvxpy ``Problem.solve`` keywords accepted for every solver.
GENERIC_OPTION_NAMES = frozenset({"solver", "canon_backend"})



class CvxpyBackend(MilpBackend):
    """cvxpy + a MILP solver.

    Native options: ``solver`` (``"HIGHS"``, the default, or ``"SCIPY"``),
    ``canon_backend``; with HIGHS any HiGHS option (checked against HiGHS's option table);
    with SCIPY ``scipy_options`` (a dict with keys from :data:`SCIPY_OPTION_NAMES`). smug's
    ``time_limit``, ``threads`` and ``seed`` go to HiGHS as ``time_limit``, ``threads``,
    ``random_seed``; SciPy's ``milp`` only takes the time limit. Hints are not used (cvxpy
    only warm-starts HiGHS from its own previous solve).
    """

    name: ClassVar[str] = "cvxpy"
    capabilities: ClassVar[frozenset[str]] = MilpBackend.capabilities | {Capability.MIP}

    def solve_mip(self, mip: Any, time_limit: float | None, threads: int | None = None,
                  seed: int = 0, options: Mapping[str, Any] | None = None,
                  start: np.ndarray | None = None) -> Any:
        """A mixed-integer program (e.g. the full network's big-M MILP) on a cvxpy mixed-integer solver."""
        return run_cvxpy(mip, time_limit, threads, seed, dict(options or {}), start)

    extra: ClassVar[str] = "cvxpy"
    required_modules: ClassVar[tuple[str, ...]] = ("cvxpy", "highspy")
    option_names: ClassVar[frozenset[str] | None] = None
    shadowing_options: ClassVar[Mapping[str, str]] = HIGHS_SHADOWING

    @classmethod
    def distributions(cls) -> tuple[str, ...]:
        return ("cvxpy", "cvxpy-base")

    def validate_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Check the solver name and every option against that solver's documented list."""
        opts = dict(options)
        solver = opts.get("solver", "HIGHS")
        if not isinstance(solver, str) or solver.upper() not in SOLVERS:
            raise UnknownOptionError(
                f"options: solver must be one of {', '.join(SOLVERS)} (MILP solvers this "
                f"backend can time-limit), got {solver!r}"
            )
        solver = solver.upper()
        opts["solver"] = solver
        # Importing cvxpy takes seconds the first time: do it here, before solve() starts
        # the clock, and fail early if the chosen solver is missing.
        _check_installed(solver)
        rest = {k: v for k, v in opts.items() if k not in GENERIC_OPTION_NAMES}
        if solver == "HIGHS":
            from smug.backends.highs import HighsBackend

            HighsBackend().validate_options(rest)
        else:
            _validate_scipy_options(rest)
        return opts

    def second_opinion_options(self, settings: Settings) -> Mapping[str, Any] | None:
        """Presolve off, in the chosen solver's own words (HiGHS: ``presolve="off"``)."""
        solver = str(settings.options.get("solver", "HIGHS")).upper()
        if solver == "HIGHS":
            return {"presolve": "off"}
        scipy = dict(settings.options.get("scipy_options") or {})
        return {"scipy_options": {**scipy, "presolve": False}}

    def run_native(self, model: MilpModel, settings: Settings) -> Any:
        """Build the cvxpy problem and solve it; the outcome is ``(problem, x, solver, error)``."""
        import cvxpy as cp

        prob, x = _build(model)
        kwargs = _solve_kwargs(settings)
        if kwargs["solver"] == "HIGHS":
            sync_thread_scheduler(new_highs(), int(kwargs.get("threads", 0)))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # "solution may be inaccurate"
                prob.solve(**kwargs)
        except cp.error.SolverError as exc:
            return prob, x, kwargs["solver"], exc
        except ValueError as exc:
            # cvxpy's "Cannot unpack invalid solution" when HiGHS gives up without a status
            # it maps (seen with costs of 1e20, HiGHS's infinity, before smug scaled costs)
            if "invalid solution" not in str(exc):
                raise
            return prob, x, kwargs["solver"], exc
        return prob, x, kwargs["solver"], None

    def read_native(self, raw: Any, model: MilpModel) -> Attempt:
        prob, x, solver, error = raw
        if error is not None:
            return Attempt(None, False, False, None, f"solver_error: {error}",
                           termination=Termination.ERROR)
        return _interpret(prob, x, solver, model.n_cols)


def _validate_scipy_options(rest: dict[str, Any]) -> None:
    unknown = sorted(set(rest) - {"scipy_options"})
    if unknown:
        raise UnknownOptionError(
            f"options: cvxpy with SCIPY does not take {', '.join(map(repr, unknown))}; valid "
            f"options: solver, canon_backend, scipy_options"
        )
    inner = rest.get("scipy_options", {})
    if not isinstance(inner, Mapping):
        raise TypeError(f"options: scipy_options must be a dict, got {type(inner).__name__}")
    bad = sorted(set(inner) - SCIPY_OPTION_NAMES)
    if bad:
        raise UnknownOptionError(
            f"options: scipy_options does not take {', '.join(map(repr, bad))}; valid keys: "
            f"{', '.join(sorted(SCIPY_OPTION_NAMES))}"
        )


def _check_installed(solver: str) -> None:
    import cvxpy as cp

    if solver not in cp.installed_solvers():
        raise UnsupportedProblemError(
            f"options: cvxpy solver {solver!r} is not installed; installed: "
            f"{', '.join(cp.installed_solvers())}"
        )


def _solve_kwargs(settings: Settings) -> dict[str, Any]:
    opts = dict(settings.options)
    solver = str(opts.pop("solver", "HIGHS")).upper()
    left = settings.native_seconds()
    kwargs: dict[str, Any] = {"solver": solver, "verbose": bool(settings.verbose)}
    if solver == "HIGHS":
        kwargs.update(HIGHS_DEFAULTS)
        if left is not None:
            kwargs["time_limit"] = left
        if settings.threads is not None:
            kwargs["threads"] = int(settings.threads)
        kwargs["random_seed"] = int(settings.seed)
        kwargs.update(opts)
    else:  # SCIPY
        inner = {"mip_rel_gap": 0.0, **dict(opts.pop("scipy_options", {}))}
        if left is not None:
            inner["time_limit"] = left
        kwargs["scipy_options"] = inner
        kwargs.update(opts)
    return kwargs


def _build(model: MilpModel):
    import cvxpy as cp

    x = cp.Variable(model.n_cols, integer=True, bounds=[model.col_lower, model.col_upper])
    constraints = [model.A @ x >= model.lower] if model.n_rows else []
    return cp.Problem(cp.Minimize(model.cost @ x), constraints), x


def _dual_bound(prob: Any) -> float | None:
    stats = prob.solver_stats.extra_stats if prob.solver_stats is not None else None
    if stats is None:
        return None
    value = stats.get("mip_dual_bound") if isinstance(stats, Mapping) else getattr(
        stats, "mip_dual_bound", None)
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _has_incumbent(prob: Any) -> bool:
    """False when HiGHS says its column values are not a feasible point (time-out early)."""
    stats = prob.solver_stats.extra_stats if prob.solver_stats is not None else None
    status = getattr(stats, "primal_solution_status", None)
    return status is None or int(status) == 2  # HiGHS: kSolutionStatusFeasible


_TERMINATIONS = {
    "optimal": Termination.OPTIMAL, "optimal_inaccurate": Termination.TIME_LIMIT,
    "user_limit": Termination.TIME_LIMIT, "infeasible": Termination.INFEASIBLE,
    "infeasible_or_unbounded": Termination.INFEASIBLE, "infeasible_inaccurate": Termination.NUMERICAL,
    "solver_error": Termination.ERROR,
}


def _interpret(prob: Any, x: Any, solver: str, n: int) -> Attempt:
    import cvxpy.settings as cp

    status = prob.status
    raw = f"{status} ({solver})"
    stats: dict[str, Any] = {"cvxpy_status": status, "cvxpy_solver": solver}
    termination = _TERMINATIONS.get(status, Termination.UNKNOWN)
    if status in (cp.INFEASIBLE, cp.INFEASIBLE_OR_UNBOUNDED):
        # Every variable has finite bounds [0, 1]: the model cannot be unbounded.
        return Attempt(None, False, True, None, raw, stats=stats, termination=termination)
    values = None if x.value is None else np.asarray(x.value, dtype=np.float64).reshape(-1)
    if not _has_incumbent(prob):
        values = None
    bound = _dual_bound(prob)
    stats["dual_bound"] = bound
    if status in (cp.UNBOUNDED, cp.UNBOUNDED_INACCURATE):
        raise RuntimeError(f"cvxpy: {solver} called a bounded model unbounded ({status})")
    if status not in (cp.OPTIMAL, cp.OPTIMAL_INACCURATE, cp.USER_LIMIT):
        values = None
    return milp_attempt(values, n, optimal=status == cp.OPTIMAL, bound=bound, raw_status=raw,
                        termination=termination, stats=stats)
