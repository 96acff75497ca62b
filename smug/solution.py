"""The result type every backend returns: :class:`Status`, :class:`Timings`, :class:`Solution`."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["Status", "Termination", "Timings", "Solution"]


class Status(enum.Enum):
    """What the solver proved.

    OPTIMAL     the mask is verified and the solver proved no cheaper mask exists.
    FEASIBLE    the mask is verified; optimality was not proven (``bound`` says how far).
    INFEASIBLE  the solver proved that no mask satisfies the rows.
    UNKNOWN     no verified mask (time-out, or a mask that failed exact verification).
    """

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    INFEASIBLE = "infeasible"
    UNKNOWN = "unknown"

    @property
    def has_mask(self) -> bool:
        return self in (Status.OPTIMAL, Status.FEASIBLE)

    def __str__(self) -> str:
        return self.value


class Termination(enum.Enum):
    """Why the (last) native solve stopped, the same words for every backend.

    ``Solution.status`` says what is *proven*; ``termination`` says why the solver stopped,
    beside its verbatim ``raw_status`` (a time-out reads ``TIME_LIMIT`` whether CP-SAT says
    ``FEASIBLE``, HiGHS ``kTimeLimit`` or z3 ``unknown (canceled)``).

    OPTIMAL          the solver proved its answer optimal for the model it was given
    INFEASIBLE       the solver proved the model it was given infeasible
    TIME_LIMIT       the time limit (smug's deadline) stopped it
    INTERRUPTED      it was interrupted (a signal, a cancel, a killed child process)
    ITERATION_LIMIT  an iteration, node, solution or round limit stopped it
    NUMERICAL        it gave up on numerical trouble (or returned a non-integral point)
    ERROR            the solver failed
    UNKNOWN          none of the above could be read from the solver
    """

    OPTIMAL = "optimal"
    INFEASIBLE = "infeasible"
    TIME_LIMIT = "time_limit"
    INTERRUPTED = "interrupted"
    ITERATION_LIMIT = "iteration_limit"
    NUMERICAL = "numerical"
    ERROR = "error"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Timings:
    """Wall-clock seconds: building the native model, running the solver, and in all.

    ``total`` covers everything :func:`smug.solve` does (presolve, every round of the
    verify loop, the final check) except the one-off import of the solver's Python module,
    which is timed separately in ``Solution.stats["import_s"]``.
    """

    build: float = 0.0
    solve: float = 0.0
    total: float = 0.0


@dataclass(frozen=True)
class Solution:
    """The outcome of :func:`smug.solve` for one backend.

    Attributes
    ----------
    status : Status
    mask : bool ndarray of length n, or None
        Present exactly when ``status`` is OPTIMAL or FEASIBLE; always exactly verified.
    objective : float or None
        ``cost . mask``.
    bound : float or None
        A proven lower bound on the optimum (equal to ``objective`` when OPTIMAL).
    backend : str
    raw_status : str
        The solver's own termination status, kept verbatim.
    termination : Termination
        Why the solve stopped, typed (the same values for every backend).
    timings : Timings
    verified : bool
        True when ``mask`` passed :func:`smug.verify` (always, when there is a mask).
    stats : dict
        Backend-specific numbers (repairs, margins, native counters, ...).
    """

    status: Status
    mask: np.ndarray | None
    objective: float | None
    bound: float | None
    backend: str
    raw_status: str
    timings: Timings = field(default_factory=Timings)
    verified: bool = False
    stats: dict[str, Any] = field(default_factory=dict)
    termination: Termination = Termination.UNKNOWN

    @property
    def gap(self) -> float | None:
        """Relative gap ``(objective - bound) / max(1, objective)``, or None."""
        if self.objective is None or self.bound is None:
            return None
        return max(0.0, self.objective - self.bound) / max(1.0, abs(self.objective))

    def summary(self) -> dict[str, Any]:
        """A JSON-friendly dict of everything but the mask."""
        return {
            "backend": self.backend,
            "status": self.status.value,
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "raw_status": self.raw_status,
            "termination": self.termination.value,
            "build_s": self.timings.build,
            "solve_s": self.timings.solve,
            "total_s": self.timings.total,
            "verified": self.verified,
        }

    def __repr__(self) -> str:
        return (
            f"Solution(backend={self.backend!r}, status={self.status.value}, "
            f"objective={self.objective}, bound={self.bound}, "
            f"total={self.timings.total:.3f}s, raw_status={self.raw_status!r})"
        )
