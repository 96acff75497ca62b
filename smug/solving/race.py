"""The race: several backends at once, one thread each in this process; the first proof wins.

The solvers release the GIL while they search, so on two cores both run at full speed;
nothing is forked or pickled, so a race costs no start-up (forked processes cost 0.3-0.7 s
an instance, more than the whole solve on the suite's easy tier). A backend that can be
interrupted (:attr:`~smug.backends.base.Capability.INTERRUPT`: CP-SAT, HiGHS) stops within
its solver's next poll; any other stops at its loop's next round.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any

from smug._exact import exact_dot, float_down
from smug.backends import get_backend
from smug.backends.base import Backend, Settings
from smug.backends.stop import StopSignal
from smug.presolve import Component
from smug.problem import MaskProblem
from smug.solution import Solution, Status
from smug.solving.arguments import make_settings
from smug.solving.pipeline import (Strategy, components_apart, run_pipeline, solve_one,
                                   solve_reduced)
from smug.verify import verify

__all__ = ["ALONE_MAX_COMPONENT", "ALONE_SHARE", "HEAD_START", "STOP_GRACE", "Race",
           "race_solve", "splitting_side"]

#: Seconds the first backend of the race runs alone before the others start (it keeps
#: running then: nothing is restarted). An instance it proves in that time costs no second
#: model, no second solver and no contention for the GIL. On the design set 0, 0.05 and
#: 0.2 s gave 1.62x, 1.53x and 1.57x the virtual best on the easy tier and tied on medium;
#: 0.2 s was closer to the best on the smallest classes (docs/benchmarks.md).
HEAD_START: float = 0.2

#: Seconds a losing side may take to stop after the winner's proof before the race returns
#: without it (its thread then ends on its own: it is a daemon and its solver was told to stop).
STOP_GRACE: float = 2.0

#: The largest component (variables) for which a side that splits a problem into
#: components runs alone instead of racing: see :func:`splitting_side`.
ALONE_MAX_COMPONENT = 15_000

#: The share of the time limit that side gets alone; unproven by then, the other sides get
#: the rest (its best mask is kept, not passed on as their hint). The split problems it
#: proves fastest took it under 2 s; a pixel-level one it left unproven at 60 s
#: (FEASIBLE 1336, bound 1325) HiGHS proved in 23 s (issue 20): half the limit keeps both.
ALONE_SHARE = 0.5


class Race(Strategy):
    """Several loaded backends at once (one thread each); the first proof wins.

    With ``head_start`` (seconds) the first backend runs alone that long before the others
    start; it is not restarted, so an instance it does not prove by then costs only the
    others' delay. When no backend proves anything by the limit, the best verified mask is
    returned with the largest of the proven bounds (each is a valid lower bound, so their
    maximum is) -- OPTIMAL if that bound meets the mask's objective exactly. When every side
    raised, the first error is raised.
    """

    def __init__(self, engines: Mapping[str, Backend], grace: float = STOP_GRACE,
                 head_start: float = HEAD_START) -> None:
        self.engines = dict(engines)
        self.name = next(iter(self.engines))  # an answer found by presolve names the first
        self.grace, self.head_start = grace, head_start

    def solve(self, problem: MaskProblem, settings: Settings, *, reduced: bool) -> Solution:
        split = _splitting(problem, self.engines)
        if split is not None:  # that side alone, with every core for its components
            return self._alone_then_rest(problem, settings, *split)
        return _race(problem, self.engines, settings, self.grace, self.head_start)

    def _alone_then_rest(self, problem: MaskProblem, settings: Settings, alone: str,
                         parts: list[Component] | None = None) -> Solution:
        """``alone`` by components on every core for :data:`ALONE_SHARE` of the time left;
        unproven, the other sides (raced if several) with the rest; the best mask of all
        is returned."""
        names = list(self.engines)
        left = settings.remaining()
        mine = replace(settings, cores=None)
        if left is not None:
            mine = replace(mine, time_limit=ALONE_SHARE * left,
                           deadline=time.monotonic() + ALONE_SHARE * left)
        first = solve_reduced(problem, self.engines[alone], mine, parts)
        why = (f"{alone} alone: what presolve leaves has {problem.nnz} non-zeros in "
               f"independent components, which {alone} solves apart on every core")
        notes = {n: why if n == alone else "not started" for n in names}
        proven = first.status in (Status.OPTIMAL, Status.INFEASIBLE)
        if proven or left is None or settings.expired() or settings.stopped():
            return replace(first, stats={**first.stats, "race": notes})
        notes[alone] = f"{why}; {first.status.value} after {ALONE_SHARE:.0%} of the limit"
        others = {n: e for n, e in self.engines.items() if n != alone}
        # its mask is kept (the best of both is returned) but not handed over as a hint:
        # HiGHS given another solver's mask as hint was stuck where it proves alone
        # (benchmarks/studies/handover_hint); the caller's own hint still reaches them
        if len(others) == 1:
            (name, engine), = others.items()
            later = solve_reduced(problem, engine, settings)
            notes[name] = f"then {_race_note(later)}"
        else:
            later = _race(problem, others, settings, self.grace, self.head_start)
            notes.update({n: f"then {v}" for n, v in later.stats.get("race", {}).items()})
        best = _best_unproven(problem, [first, later], names) if not (
            later.status in (Status.OPTIMAL, Status.INFEASIBLE)) else later
        return replace(best, stats={**best.stats, "race": notes, "handed_over": True})


def race_solve(problem: MaskProblem, backends: Sequence[str], time_limit: float | None = None,
               *, seed: int = 0, hint: Any = None, presolve: bool | None = None,
               grace: float = STOP_GRACE, head_start: float = HEAD_START,
               verbose: bool = False) -> Solution:
    """Run each backend in its own thread of this process (one solver thread each) and
    return the first proof (OPTIMAL or INFEASIBLE); the others are told to stop then.

    See :class:`Race`. Presolve runs once, before the race: every side solves what remains.

    Returns
    -------
    Solution
        ``backend`` is the winner; ``stats["race"]`` has each side's status and seconds.
    """
    names = list(dict.fromkeys(backends))
    if not names:
        raise ValueError("backends: expected at least one backend name")
    engines = {name: get_backend(name) for name in names}
    import_s = sum(engine.load() for engine in engines.values())  # not timed, as in solve
    if len(names) == 1:
        return solve_one(problem, engines[names[0]],
                         make_settings(time_limit, 1, seed, {}, hint, verbose), presolve, import_s)
    start = time.perf_counter()
    settings = make_settings(time_limit, 1, seed, {}, hint, verbose)
    return race_with(problem, engines, replace(settings, cores=1), presolve, grace, head_start,
                     start)


def race_with(problem: MaskProblem, engines: Mapping[str, Backend], settings: Settings,
              presolve: bool | None, grace: float = STOP_GRACE, head_start: float = HEAD_START,
              start: float | None = None) -> Solution:
    """:func:`race_solve` with loaded engines and the solve's one :class:`Settings`."""
    start = time.perf_counter() if start is None else start
    solution = run_pipeline(problem, Race(engines, grace, head_start), settings, presolve)
    if solution.mask is not None and not verify(problem, solution.mask).ok:
        raise RuntimeError(f"race: {solution.backend} returned a mask that fails verification")
    return replace(solution, timings=replace(solution.timings, total=time.perf_counter() - start))


def splitting_side(problem: MaskProblem, engines: Mapping[str, Backend]) -> str | None:
    """The side that solves ``problem`` by independent components, if one does and no
    component is larger than :data:`ALONE_MAX_COMPONENT` variables.

    On the tiered suite's design set, the presolved problems CP-SAT splits with a largest
    component of 6,800-8,300 variables (image and stem instances at 2x2 cells, gamma = 0)
    were proven by CP-SAT 8-15x faster than by HiGHS, and CP-SAT splits best with both
    cores (two components at once), so the race gives way to it there. Where one
    component holds 20,000-30,000 variables (pixel cells, k = 10000) nothing was proven in
    60 s and CP-SAT often found no mask at all, while HiGHS found masks within 2 % of its
    bound: those still race.
    """
    split = _splitting(problem, engines)
    return None if split is None else split[0]


def _splitting(problem: MaskProblem, engines: Mapping[str, Backend]
               ) -> tuple[str, list[Component]] | None:
    """:func:`splitting_side` and its components (computed once: the side solves them)."""
    for name, engine in engines.items():
        parts = components_apart(problem, engine)
        if parts is not None and max(c.problem.n_vars for c in parts) <= ALONE_MAX_COMPONENT:
            return name, parts
    return None


def _race(problem: MaskProblem, engines: Mapping[str, Backend], settings: Settings,
          grace: float, head_start: float) -> Solution:
    """The race itself on an (already presolved) problem: one thread per engine, the first
    one ``head_start`` seconds ahead of the others."""
    names = list(engines)
    stop = StopSignal()
    settings = replace(settings, stop=stop)
    answers: queue.Queue = queue.Queue()

    def side(name: str) -> None:
        try:
            answers.put((name, solve_reduced(problem, engines[name], settings)))
        except BaseException as exc:  # noqa: BLE001 -- reported; the other side may still win
            answers.put((name, exc))

    threads = {name: threading.Thread(target=side, args=(name,), name=f"smug-race-{name}",
                                      daemon=True) for name in names}
    finished: dict[str, Any] = {}
    started: list[str] = []
    winner = None
    try:
        first, rest = names[0], names[1:]
        threads[first].start()
        started.append(first)
        if head_start > 0 and rest:
            winner = _collect(answers, finished, 1, settings.deadline, grace,
                              until=time.monotonic() + head_start)
        if winner is None and not settings.expired():
            for name in rest:
                threads[name].start()
                started.append(name)
            winner = _collect(answers, finished, len(names), settings.deadline, grace)
    finally:  # also on KeyboardInterrupt: leave no solver running
        decided = time.perf_counter()
        stop.set()
        _wait_stopped([threads[n] for n in started], stop, grace)
        _drain(answers, finished)
        stopping = time.perf_counter() - decided
    solutions = [r for r in finished.values() if not isinstance(r, BaseException)]
    if not solutions and finished:
        raise next(iter(finished.values()))
    best = finished[winner] if winner is not None else _best_unproven(problem, solutions, names)
    unstarted = (f"not started ({first} decided within its {head_start:g} s head start)"
                 if winner == first else "not started (the time limit came first)")
    race = {n: _race_note(finished.get(n)) if n in started else unstarted for n in names}
    return replace(best, stats={**best.stats, "race": race, "race_stop_s": round(stopping, 4)})


def _collect(answers: Any, finished: dict[str, Any], sides: int, deadline: float | None,
             grace: float, until: float | None = None) -> str | None:
    """Take answers until one is a proof (its name is returned) or ``sides`` sides have
    answered, or ``grace`` seconds past the deadline, or the instant ``until`` (None: no
    proof so far)."""
    ends = [t for t in (None if deadline is None else deadline + grace, until) if t is not None]
    while len(finished) < sides:
        timeout = None if not ends else max(0.0, min(ends) - time.monotonic())
        try:
            name, result = answers.get(timeout=timeout)
        except queue.Empty:
            return None
        finished[name] = result
        if not isinstance(result, BaseException) and result.status in (Status.OPTIMAL,
                                                                        Status.INFEASIBLE):
            return name
    return None


def _wait_stopped(threads: Sequence[threading.Thread], stop: StopSignal, grace: float) -> None:
    """Ask the losing sides to stop, again every 2 ms (a native solve may have been about to
    start when first asked), for at most ``grace`` seconds."""
    end = time.monotonic() + grace
    for thread in threads:
        while thread.is_alive() and time.monotonic() < end:
            stop.set()
            thread.join(0.002)


def _drain(answers: Any, finished: dict[str, Any]) -> None:
    while True:
        try:
            name, result = answers.get_nowait()
        except queue.Empty:
            return
        finished.setdefault(name, result)


def _race_note(result: Any) -> str:
    if result is None:
        return "still stopping"
    if isinstance(result, BaseException):
        return f"error: {type(result).__name__}: {result}"[:300]
    note = f"{result.status.value} {result.timings.total:.3f}s"
    if result.termination.value == "interrupted":
        note += " (stopped)"
    return note


def _best_unproven(problem: MaskProblem, solutions: list[Solution], names: list[str]) -> Solution:
    """No proof: the cheapest verified mask, with the largest proven bound."""
    bounds = [s.bound for s in solutions if s.bound is not None]
    bound = max(bounds) if bounds else None
    with_mask = [s for s in solutions if s.mask is not None]
    if not with_mask:
        return Solution(Status.UNKNOWN, None, None, bound, "+".join(names),
                        "race: no verified mask by the limit")
    best = min(with_mask, key=lambda s: exact_dot(problem.cost, s.mask))
    value = exact_dot(problem.cost, best.mask)
    proven = bound is not None and Fraction(bound) >= value  # exact: bounds are rounded down
    return replace(best, status=Status.OPTIMAL if proven else best.status,
                   bound=float_down(value) if proven else
                   (bound if bound is not None else best.bound))
