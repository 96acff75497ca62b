"""An outside backend for smug: HiGHS through ``scipy.optimize.milp``, on the public contract.

It lives outside ``smug/`` and reaches smug only through the ``smug.backends`` entry point
(``smug_scipy_milp-0.1.dist-info/entry_points.txt`` beside this package). The MILP build step
(relaxed / restricted rows, scaling) is smug's public ``MilpBackend``; this file only hands
the array model to the solver and reads the outcome back.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from smug.backends import Attempt, Capability, Settings
from smug.backends.milp import MilpBackend, MilpModel, milp_attempt
from smug.errors import UnknownOptionError
from smug.mip import MipResult
from smug.solution import Termination

#: scipy's ``OptimizeResult.status`` -> smug's typed termination.
TERMINATIONS = {0: Termination.OPTIMAL, 1: Termination.TIME_LIMIT, 2: Termination.INFEASIBLE}


class ScipyMilpBackend(MilpBackend):
    """HiGHS's branch and bound as shipped inside SciPy (no extra package)."""

    name = "scipy_milp"
    extra = "scipy"
    required_modules = ("scipy",)
    option_names = frozenset({"presolve"})
    shadowing_options = {"time_limit": "time_limit"}
    # builds a MILP: it also solves the full network (its big-M MILP) through solve_mip
    capabilities = MilpBackend.capabilities | {Capability.MIP}

    def validate_options(self, options: Any) -> dict[str, Any]:
        options = super().validate_options(options)
        if not isinstance(options.get("presolve", True), bool):
            raise UnknownOptionError("options: 'presolve' expects True or False")
        return options

    def run_native(self, model: MilpModel, settings: Settings) -> Any:
        from scipy.optimize import Bounds, LinearConstraint, milp

        opts: dict[str, Any] = {"mip_rel_gap": 0.0, "disp": bool(settings.verbose),
                                **settings.options}
        left = settings.native_seconds()
        if left is not None:
            opts["time_limit"] = left
        if model.n_cols == 0:
            return None
        rows = LinearConstraint(model.A, model.lower, np.full(model.n_rows, np.inf))
        return milp(model.cost, constraints=[rows] if model.n_rows else None,
                    integrality=np.ones(model.n_cols), options=opts,
                    bounds=Bounds(model.col_lower, model.col_upper))

    def read_native(self, raw: Any, model: MilpModel) -> Attempt:
        if raw is None:  # no column: the empty mask is optimal
            return milp_attempt(np.zeros(0), 0, optimal=True, bound=0.0, raw_status="empty",
                                termination=Termination.OPTIMAL, stats={})
        termination = TERMINATIONS.get(raw.status, Termination.UNKNOWN)
        text = f"{raw.status} ({raw.message})"
        if raw.status == 2:
            return Attempt(None, False, True, None, text, termination=termination)
        if raw.status not in (0, 1):
            raise RuntimeError(f"scipy_milp: solver failed with status {text}")
        bound = getattr(raw, "mip_dual_bound", None)
        bound = float(bound) if bound is not None and np.isfinite(bound) else None
        return milp_attempt(raw.x, model.n_cols, optimal=raw.status == 0, bound=bound,
                            raw_status=text, termination=termination, stats={})

    def solve_mip(self, mip: Any, time_limit: float | None, threads: int | None = None,
                  seed: int = 0, options: Any = None, start: Any = None) -> MipResult:
        from scipy.optimize import Bounds, LinearConstraint, milp

        opts = {"mip_rel_gap": 0.0, **(options or {})}
        if time_limit is not None:
            opts["time_limit"] = max(0.01, float(time_limit))
        rows = [LinearConstraint(mip.A, mip.row_lo, mip.row_hi)] if mip.n_rows else None
        res = milp(mip.cost, constraints=rows, integrality=mip.integer.astype(int),
                   bounds=Bounds(mip.col_lo, mip.col_hi), options=opts)
        status = {0: "optimal", 2: "infeasible"}.get(
            res.status, "feasible" if res.x is not None else "unknown")
        bound = getattr(res, "mip_dual_bound", None)
        return MipResult(status, None if status == "infeasible" else res.x,
                         float(bound) if bound is not None and np.isfinite(bound) else None,
                         f"{res.status} ({res.message})")
