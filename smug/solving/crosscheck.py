"""``cross_check``: several backends on one problem, and whether what they proved agrees.

One function for every problem kind: the kind (:mod:`smug.solving.kinds`) says which
backends run by default and what contradicts what.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from smug.solution import Solution, Status
from smug.solving.kinds import kind_of
from smug.solving.solve import solve

__all__ = ["CrossCheck", "CrossCheckWarning", "Disagreement", "cross_check"]


class CrossCheckWarning(UserWarning):
    """Two backends proved different optima for the same problem."""


@dataclass(frozen=True)
class Disagreement:
    """Two backends whose proven optima differ, with what separates their masks."""

    backend_a: str
    backend_b: str
    objective_a: float
    objective_b: float
    mask_a: np.ndarray
    mask_b: np.ndarray
    separating_rows: np.ndarray  # rows whose exact sign differs between the two masks

    def describe(self) -> str:
        diff = np.flatnonzero(self.mask_a != self.mask_b)
        return (
            f"{self.backend_a} proved {self.objective_a} but {self.backend_b} proved "
            f"{self.objective_b}; masks differ on variables {diff[:20].tolist()}; rows decided "
            f"differently: {self.separating_rows[:20].tolist()}"
        )


@dataclass(frozen=True)
class CrossCheck:
    """Results of :func:`cross_check`: each backend's Solution and whether proven optima agree."""

    solutions: dict[str, Solution]
    errors: dict[str, str] = field(default_factory=dict)
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def agree(self) -> bool:
        return not self.disagreements

    @property
    def optimum(self) -> float | None:
        values = [s.objective for s in self.solutions.values() if s.status is Status.OPTIMAL]
        return values[0] if values and self.agree else None

    @property
    def unproven(self) -> list[str]:
        """Backends that did not prove an optimum (or infeasibility)."""
        return [n for n, s in self.solutions.items()
                if s.status not in (Status.OPTIMAL, Status.INFEASIBLE)]

    def table(self) -> str:
        """A plain-text table, one row per backend."""
        head = f"{'backend':<8} {'status':<10} {'objective':>9} {'bound':>9} {'build_s':>8} {'solve_s':>8} {'total_s':>8}"
        lines = [head, "-" * len(head)]
        for name, s in self.solutions.items():
            obj = "-" if s.objective is None else f"{s.objective:g}"
            bnd = "-" if s.bound is None else f"{s.bound:g}"
            lines.append(
                f"{name:<8} {s.status.value:<10} {obj:>9} {bnd:>9} {s.timings.build:8.3f} "
                f"{s.timings.solve:8.3f} {s.timings.total:8.3f}"
            )
        for name, err in self.errors.items():
            lines.append(f"{name:<8} error: {err}")
        lines.append("agree: yes" if self.agree else "AGREE: NO — " + "; ".join(
            d.describe() for d in self.disagreements))
        return "\n".join(lines)


def cross_check(
    problem: Any,
    backends: Iterable[str] | None = None,
    *,
    time_limit: float | None = 60.0,
    **kwargs: Any,
) -> CrossCheck:
    """Solve ``problem`` with several backends and compare what they proved.

    Parameters
    ----------
    problem : MaskProblem or smug.fullnet.FullNetProblem (any registered kind)
    backends : iterable of str, optional
        Default: every installed backend that solves this kind of problem.
    time_limit : float, optional
        Seconds per backend.
    **kwargs
        Passed to :func:`smug.solve` for every backend (``threads``, ``seed``,
        ``presolve``...). For a MaskProblem ``presolve`` defaults to False here, so that
        every backend solves the whole problem (with presolve on, a problem that presolve
        solves alone would "agree" without any backend having run).

    Returns
    -------
    CrossCheck
        A disagreement between proven optima (or a proven infeasibility beside a verified
        mask) is also raised as a :class:`CrossCheckWarning` naming both backends.
    """
    kind = kind_of(problem)
    kwargs = kind.cross_check_arguments(dict(kwargs))
    names: Sequence[str] = list(kind.installed_backends() if backends is None else backends)
    if not names:
        raise ValueError("backends: expected at least one backend name")
    solutions = {name: solve(problem, name, time_limit=time_limit, **kwargs) for name in names}
    disagreements = tuple(kind.disagreements(problem, solutions))
    for d in disagreements:
        warnings.warn("cross_check: backends disagree: " + d.describe(), CrossCheckWarning,
                      stacklevel=2)
    return CrossCheck(solutions, {}, disagreements)
