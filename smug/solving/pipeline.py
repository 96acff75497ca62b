"""The pipeline of one solve of a MaskProblem: reductions, a strategy, the final exact check.

::

    problem --ExactPresolve.apply--> reduced --strategy--> Solution --invert--> final check

A *strategy* solves the (presolved) problem: :class:`OneBackend` (one backend, by
independent components when the backend declares it gains from that) or :class:`Race`
(several backends at once, the first proof wins; :mod:`smug.solving.race`). Both have the
same interface, so that ``auto`` is one more strategy and not a special case.
"""

from __future__ import annotations

import os
import time
import warnings
from abc import ABC, abstractmethod
from dataclasses import replace

import numpy as np

from smug.backends.base import Backend, Capability, Settings
from smug.components import solve_components
from smug.presolve import Component, split_components
from smug.problem import MaskProblem
from smug.reductions import ExactPresolve
from smug.solution import Solution, Status
from smug.verify import verify

__all__ = ["COMPONENTS_MIN_NNZ", "OneBackend", "Strategy", "component_hints", "components_apart",
           "final_check", "run_pipeline", "solve_one", "solve_reduced", "solve_with"]

#: Presolved problems with fewer non-zeros are solved whole: splitting costs a model and a
#: solver start per component (CBC, a process each, left a 57-component chelsea problem
#: unproven at 10 s that it proves whole in under a second).
COMPONENTS_MIN_NNZ = 20_000


class Strategy(ABC):
    """How a (presolved) MaskProblem is solved: one backend, or several at once.

    ``name`` is the ``Solution.backend`` of an answer a reduction finds alone.
    """

    name: str

    @abstractmethod
    def solve(self, problem: MaskProblem, settings: Settings, *, reduced: bool) -> Solution:
        """Solve ``problem`` under ``settings``; ``reduced``: it is the output of presolve
        (so independent components may be solved apart)."""


class OneBackend(Strategy):
    """One backend: the whole problem, or, once presolved, by components when it gains."""

    def __init__(self, engine: Backend) -> None:
        self.engine = engine
        self.name = engine.name

    def solve(self, problem: MaskProblem, settings: Settings, *, reduced: bool) -> Solution:
        if not reduced:
            return self.engine.solve(problem, settings)
        return solve_reduced(problem, self.engine, settings)


def run_pipeline(problem: MaskProblem, strategy: Strategy, settings: Settings,
                 presolve: bool | None = None) -> Solution:
    """Presolve ``problem`` exactly (unless ``presolve`` is False), solve what remains with
    ``strategy`` and map the answer back to ``problem``'s variables."""
    if presolve is not None and not presolve:
        return strategy.solve(problem, settings, reduced=False)
    reduction = ExactPresolve(strategy.name)
    reduced = reduction.apply(problem)
    if reduced.decided is not None:
        return reduced.decided
    if settings.hint is not None:
        settings = replace(settings, hint=reduction.reduce_hint(reduced, settings.hint))
    sub = strategy.solve(reduced.problem, settings, reduced=True)
    return reduction.invert(sub, reduced.inverse, reduced.stats)


def solve_with(problem: MaskProblem, engine: Backend, settings: Settings,
               presolve: bool | None = None) -> Solution:
    """One backend (loaded, options validated) on ``problem`` under ``settings``: presolve,
    the backend's loop, the final exact check; ``timings.total`` covers all of it.

    What :func:`smug.solve` runs once its arguments are checked, and what each side of
    ``auto``'s race runs in its thread (with a :class:`~smug.backends.stop.StopSignal` in
    ``settings``).
    """
    start = time.perf_counter()
    solution = final_check(problem, run_pipeline(problem, OneBackend(engine), settings, presolve))
    return replace(solution, timings=replace(solution.timings, total=time.perf_counter() - start))


def solve_one(problem: MaskProblem, engine: Backend, settings: Settings,
              presolve: bool | None = None, import_s: float = 0.0) -> Solution:
    """A loaded backend on ``problem`` under ``settings`` (options validated by it):
    :func:`solve_with`, with the seconds its import took in ``stats["import_s"]``."""
    solution = solve_with(problem, engine, settings, presolve)
    return replace(solution, stats={**solution.stats, "import_s": import_s})


def components_apart(problem: MaskProblem, engine: Backend) -> list[Component] | None:
    """The components :func:`solve_reduced` solves apart with ``engine``, or None when it
    solves ``problem`` whole (a backend without :attr:`Capability.COMPONENTS`, fewer than
    :data:`COMPONENTS_MIN_NNZ` non-zeros, or fewer than two components with rows)."""
    if Capability.COMPONENTS not in engine.capabilities or problem.nnz < COMPONENTS_MIN_NNZ:
        return None
    parts = split_components(problem)
    if sum(1 for c in parts if c.problem.n_vars and c.problem.n_rows) < 2:
        return None
    return parts


def solve_reduced(problem: MaskProblem, engine: Backend, settings: Settings,
                  parts: list[Component] | None = None) -> Solution:
    """The presolved problem, whole or, when it falls apart, one component at a time.

    For a backend that gains from it (:attr:`Capability.COMPONENTS`: CP-SAT) and a problem
    of at least :data:`COMPONENTS_MIN_NNZ` non-zeros, independent components (no shared
    variable or row) are solved apart, each with its share of the time left and, on two
    cores or more, two at once (:func:`smug.components.solve_components`): the bound is the
    sum of the components' proven bounds, OPTIMAL only when every component is. On the
    tiered benchmark's pixel-level image class, CP-SAT by components proved in 24-32 s what
    the whole problem left unproven at 60 s. ``parts``: :func:`components_apart` of
    ``problem`` and ``engine`` when the caller has it already (splitting is 7-85 ms on the
    suite's image and stem problems).
    """
    parts = components_apart(problem, engine) if parts is None else parts
    if parts is None:
        return engine.solve(problem, settings)
    cores = settings.cores or os.cpu_count() or 1
    workers = 2 if cores >= 2 and settings.threads in (None, 1) else 1
    hints = component_hints(parts, settings.hint)

    def solve_one(part: MaskProblem, seconds: float | None) -> Solution:
        deadline = None if seconds is None else time.monotonic() + seconds
        sub_settings = replace(settings, hint=hints.get(id(part)), deadline=deadline,
                               time_limit=seconds,
                               threads=1 if workers > 1 else settings.threads)
        return engine.solve(part, sub_settings)

    return solve_components(problem, solve_one, settings.remaining(), workers=workers,
                            components=parts)


def component_hints(parts: list[Component], hint: np.ndarray | None) -> dict[int, np.ndarray]:
    """The caller's ``hint`` (a mask of the whole problem) cut to each component's variables,
    keyed by ``id(component.problem)`` (the object :func:`smug.components.solve_components`
    hands to ``solve_one``); empty when there is no hint.

    A feasible mask of the whole problem is feasible on every component (they share no row),
    so each component's solve starts from its part of it, as a whole-problem solve would.
    """
    if hint is None:
        return {}
    return {id(c.problem): np.asarray(hint, dtype=bool)[c.variables] for c in parts}


def final_check(problem: MaskProblem, solution: Solution, stacklevel: int = 3) -> Solution:
    """Verify once more against the caller's problem; an unverified mask never leaves."""
    if solution.mask is None:
        if solution.status.has_mask:
            raise RuntimeError(f"{solution.backend}: status {solution.status} without a mask")
        return solution
    check = verify(problem, solution.mask)
    if check.ok:
        return replace(solution, verified=True)
    warnings.warn(
        f"{solution.backend}: returned a mask that fails exact verification on "
        f"{check.failed_rows.size} rows; reported as UNKNOWN",
        RuntimeWarning,
        stacklevel=stacklevel,
    )
    stats = dict(solution.stats, unverified_mask_rows_failed=check.failed_rows[:50].tolist())
    return replace(solution, status=Status.UNKNOWN, mask=None, objective=None, verified=False,
                   stats=stats)
