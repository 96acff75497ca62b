"""``backend="auto"``: race two backends across the cores, or pick one from the features.

Pure functions, so that the rule can be tested with known answers and replayed over the
measured benchmark rows without running a solver:

* :func:`instance_features` -- sizes of a :class:`~smug.problem.MaskProblem` before and
  after smug's exact presolve (n, m, nnz, longest row, coefficient span in decades,
  presolved size, number of independent components and the largest one);
* :func:`choose_race` -- the backends ``auto`` runs at once: HiGHS and CP-SAT (one thread
  each) when two cores are free and both are installed;
* :func:`choose_backend` -- ``(name, reason)`` when only one backend runs;

and :func:`race_solve`, which runs the race (one thread per backend in this process, the
first proof wins and the others are stopped).

The rule comes from the tiered benchmark (``benchmarks/tiered_suite.py``, 60 s limit,
threads=1) on the design set (even-numbered inputs) and was evaluated on the held-back set
(odd-numbered inputs); the tables are in ``docs/benchmarks.md``. No single backend was
within 1.5x of the virtual best on every class: CP-SAT (one worker) is the best single
backend on the MNIST classes but misses instances HiGHS proves in seconds, HiGHS misses
image instances CP-SAT proves, so with two cores both run. With one core, CP-SAT had the
lowest PAR2 of the single backends on the design set, then HiGHS, CBC (pulp), cvxpy, z3.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from smug.problem import MaskProblem

if TYPE_CHECKING:
    from smug.solution import Solution

__all__ = [
    "FALLBACK_ORDER",
    "RACE_PAIR",
    "HEAD_START",
    "STOP_GRACE",
    "choose_backend",
    "choose_race",
    "instance_features",
    "race_solve",
]

#: Single backends in order of PAR2 on the tiered suite's design set (60 s, one thread),
#: used when no race runs and as fall-backs when a backend is not installed.
FALLBACK_ORDER: tuple[str, ...] = ("cpsat", "highs", "pulp", "cvxpy", "z3")


def _row_lengths(problem: MaskProblem) -> np.ndarray:
    return np.diff(problem.A.indptr)


def _span_decades(values: np.ndarray) -> float:
    """``log10(max |v| / min |v|)`` over the non-zero values (0.0 when there are none)."""
    mags = np.abs(values[values != 0])
    if mags.size == 0:
        return 0.0
    return float(math.log10(mags.max()) - math.log10(mags.min()))  # no overflow at 1e308/5e-324


def instance_features(problem: MaskProblem, presolved: bool = True) -> dict[str, Any]:
    """Size and shape of ``problem``: what :func:`choose_backend` and the benchmark use.

    Parameters
    ----------
    problem : MaskProblem
    presolved : bool
        Also run smug's exact presolve and split what remains into independent components
        (fast: linear in nnz; it is what :func:`smug.solve` does first anyway).

    Returns
    -------
    dict
        ``n_vars``, ``n_rows``, ``nnz``, ``used_vars`` (variables in some row),
        ``longest_row``, ``mean_row``, ``span_decades`` (coefficient span), ``density``
        (nnz / (n_rows * used_vars)); with ``presolved``: ``presolved_vars``,
        ``presolved_rows``, ``presolved_nnz``, ``components``, ``largest_component``
        (variables of the largest) and ``presolve_infeasible``.
    """
    if not isinstance(problem, MaskProblem):
        raise TypeError(f"problem: expected a smug.MaskProblem, got {type(problem).__name__}")
    lengths = _row_lengths(problem)
    used = int(np.unique(problem.A.indices).size)
    features: dict[str, Any] = {
        "n_vars": problem.n_vars,
        "n_rows": problem.n_rows,
        "nnz": problem.nnz,
        "used_vars": used,
        "longest_row": int(lengths.max()) if lengths.size else 0,
        "mean_row": round(float(lengths.mean()), 2) if lengths.size else 0.0,
        "span_decades": round(_span_decades(problem.A.data), 3),
        "density": round(problem.nnz / max(1, problem.n_rows * used), 4),
    }
    if presolved:
        features.update(_presolved_features(problem))
    return features


def _presolved_features(problem: MaskProblem) -> dict[str, Any]:
    from smug.presolve import presolve, split_components

    reduced = presolve(problem)
    small = reduced.problem
    if reduced.infeasible or small is None:
        return {"presolve_infeasible": True, "presolved_vars": 0, "presolved_rows": 0,
                "presolved_nnz": 0, "components": 0, "largest_component": 0}
    parts = split_components(small) if small.n_rows else []
    sizes = [c.problem.n_vars for c in parts if c.problem.n_rows]
    return {"presolve_infeasible": False, "presolved_vars": small.n_vars,
            "presolved_rows": small.n_rows, "presolved_nnz": small.nnz,
            "components": len(sizes), "largest_component": max(sizes, default=0)}


def choose_backend(features: Mapping[str, Any], installed: Iterable[str]) -> tuple[str, str]:
    """The single backend ``auto`` runs for an instance with these ``features``, and why.

    Parameters
    ----------
    features : mapping
        As from :func:`instance_features` (used in the reason: presolved size).
    installed : iterable of str
        Names of the installed backends (e.g. :func:`smug.available_backends`).

    Returns
    -------
    (name, reason)
        ``name`` is one of ``installed``: the first of :data:`FALLBACK_ORDER` that is
        installed, else the first installed (a third-party backend). ``reason`` says why
        (recorded by the caller in ``Solution.stats``).

    Raises
    ------
    ValueError
        When ``installed`` holds no backend.
    """
    names = list(dict.fromkeys(installed))
    if not names:
        raise ValueError("installed: expected at least one installed backend name, got none")
    size = features.get("presolved_vars")
    what = f"{size} variables after presolve" if size is not None else "this instance"
    for rank, name in enumerate(FALLBACK_ORDER):
        if name in names:
            why = (f"{what}: {name} had the lowest PAR2 of the installed single backends on "
                   "the tiered suite")
            if rank:
                why += f" ({', '.join(FALLBACK_ORDER[:rank])} not installed)"
            return name, why
    return names[0], f"none of {', '.join(FALLBACK_ORDER)} installed; took {names[0]}"


# --- racing two backends across the cores ----------------------------------------------
#: The pair raced when two cores are free: on the tiered suite's design set they are
#: complementary (each proves instances the other does not prove within 60 s).
RACE_PAIR: tuple[str, str] = ("cpsat", "highs")

#: Seconds the first backend of the race runs alone before the others start (it keeps
#: running then: nothing is restarted). An instance it proves in that time costs no second
#: model, no second solver and no contention for the GIL. On the design set 0, 0.05 and
#: 0.2 s gave 1.62x, 1.53x and 1.57x the virtual best on the easy tier and tied on medium;
#: 0.2 s was closer to the best on the smallest classes (docs/benchmarks.md).
HEAD_START: float = 0.2

#: Seconds a losing side may take to stop after the winner's proof before the race returns
#: without it (its thread then ends on its own: it is a daemon and its solver was told to stop).
STOP_GRACE: float = 2.0


def choose_race(features: Mapping[str, Any], installed: Iterable[str], cores: int
                ) -> tuple[tuple[str, ...], str]:
    """The backends ``auto`` runs at once (one thread each), and why.

    With at least two cores and both of :data:`RACE_PAIR` installed, both race; otherwise
    the single backend of :func:`choose_backend`.
    """
    names = list(dict.fromkeys(installed))
    if not isinstance(cores, int) or cores < 1:
        raise ValueError(f"cores: expected an integer >= 1, got {cores!r}")
    if cores >= 2 and all(n in names for n in RACE_PAIR):
        return RACE_PAIR, (f"{cores} cores: race {' and '.join(RACE_PAIR)} (one thread each); "
                           "the first proof wins")
    name, why = choose_backend(features, names)
    return (name,), why + (f"; {cores} core, no race" if cores < 2 else
                           f"; {' or '.join(n for n in RACE_PAIR if n not in names)} "
                           "not installed, no race")


def race_solve(problem: MaskProblem, backends: Sequence[str], time_limit: float | None = None,
               *, seed: int = 0, hint: Any = None, presolve: bool | None = None,
               grace: float = STOP_GRACE, head_start: float = HEAD_START) -> Solution:
    """Run each backend in its own thread of this process (one solver thread each) and
    return the first proof (OPTIMAL or INFEASIBLE); the others are told to stop then.

    The solvers release the GIL while they search, so on two cores both run at full speed;
    nothing is forked or pickled, so a race costs no start-up (forked processes cost 0.3-0.7 s
    an instance, more than the whole solve on the suite's easy tier). A backend that can be
    interrupted (:attr:`~smug.backends.base.Capability.INTERRUPT`: CP-SAT, HiGHS) stops
    within its solver's next poll; any other stops at its loop's next round.

    With ``head_start`` (seconds) the first backend runs alone that long before the others
    start; it is not restarted, so an instance it does not prove by then costs only the
    others' delay.

    When no backend proves anything by the limit, the best verified mask is returned with
    the largest of the proven bounds (each is a valid lower bound, so their maximum is) --
    OPTIMAL if that bound meets the mask's objective exactly. When every side raised, the
    first error is raised.

    Returns
    -------
    Solution
        ``backend`` is the winner; ``stats["race"]`` has each side's status and seconds.
    """
    import time
    from dataclasses import replace

    from smug.backends import get_backend
    from smug.backends.base import Settings
    from smug.solve import solve, solve_presolved, solve_reduced

    names = list(dict.fromkeys(backends))
    if not names:
        raise ValueError("backends: expected at least one backend name")
    if len(names) == 1:
        return solve(problem, names[0], time_limit=time_limit, threads=1, seed=seed, hint=hint,
                     presolve=presolve)
    engines = {name: get_backend(name) for name in names}
    for engine in engines.values():
        engine.load()  # import first (not timed, as in solve)
    start = time.perf_counter()
    settings = Settings(time_limit=time_limit, threads=1, seed=seed, hint=hint, cores=1,
                        deadline=None if time_limit is None else time.monotonic() + time_limit)

    def race(sub: MaskProblem, sub_settings: Settings) -> Solution:
        alone = _splitting_side(sub, engines)
        if alone is not None:  # that side alone, with every core for its components
            solution = solve_reduced(sub, engines[alone], replace(sub_settings, cores=None))
            why = (f"{alone} alone: what presolve leaves has {sub.nnz} non-zeros in "
                   f"independent components, which {alone} solves apart on every core")
            return replace(solution, stats={**solution.stats, "race": {
                n: why if n == alone else "not started" for n in names}})
        return _race(sub, engines, sub_settings, grace, head_start)

    if presolve is None or presolve:  # once, before the race: both sides solve what remains
        # an answer found by presolve alone names the first side, as a single solve would
        solution = solve_presolved(problem, names[0], race, settings)
    else:
        solution = race(problem, settings)
    if solution.mask is not None and not _verifies(problem, solution.mask):
        raise RuntimeError(f"race: {solution.backend} returned a mask that fails verification")
    return replace(solution, timings=replace(solution.timings, total=time.perf_counter() - start))


#: The largest component (variables) for which a side that splits a problem into
#: components runs alone instead of racing: see :func:`_splitting_side`.
ALONE_MAX_COMPONENT = 15_000


def _splitting_side(problem: MaskProblem, engines: Mapping[str, Any]) -> str | None:
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
    from smug.solve import components_apart

    for name, engine in engines.items():
        parts = components_apart(problem, engine)
        if parts is not None and max(c.problem.n_vars for c in parts) <= ALONE_MAX_COMPONENT:
            return name
    return None


def _verifies(problem: MaskProblem, mask: Any) -> bool:
    from smug.verify import verify

    return verify(problem, mask).ok


def _race(problem: MaskProblem, engines: Mapping[str, Any], settings: Any, grace: float,
          head_start: float) -> Solution:
    """The race itself on an (already presolved) problem: one thread per engine, the first
    one ``head_start`` seconds ahead of the others."""
    import queue
    import threading
    import time
    from dataclasses import replace

    from smug.backends.stop import StopSignal
    from smug.solve import solve_reduced

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
    import queue
    import time

    ends = [t for t in (None if deadline is None else deadline + grace, until) if t is not None]
    while len(finished) < sides:
        timeout = None if not ends else max(0.0, min(ends) - time.monotonic())
        try:
            name, result = answers.get(timeout=timeout)
        except queue.Empty:
            return None
        finished[name] = result
        if not isinstance(result, BaseException) and result.status.value in ("optimal",
                                                                              "infeasible"):
            return name
    return None


def _wait_stopped(threads: Sequence[Any], stop: Any, grace: float) -> None:
    """Ask the losing sides to stop, again every 2 ms (a native solve may have been about to
    start when first asked), for at most ``grace`` seconds."""
    import time

    end = time.monotonic() + grace
    for thread in threads:
        while thread.is_alive() and time.monotonic() < end:
            stop.set()
            thread.join(0.002)


def _drain(answers: Any, finished: dict[str, Any]) -> None:
    import queue

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


def _best_unproven(problem: MaskProblem, solutions: list[Any], names: list[str]) -> Any:
    """No proof: the cheapest verified mask, with the largest proven bound."""
    from dataclasses import replace

    from smug.solution import Solution, Status

    bounds = [s.bound for s in solutions if s.bound is not None]
    bound = max(bounds) if bounds else None
    with_mask = [s for s in solutions if s.mask is not None]
    if not with_mask:
        return Solution(Status.UNKNOWN, None, None, bound, "+".join(names),
                        "race: no verified mask by the limit")
    from fractions import Fraction

    from smug._exact import exact_dot
    from smug.backends.base import float_down

    best = min(with_mask, key=lambda s: exact_dot(problem.cost, s.mask))
    value = exact_dot(problem.cost, best.mask)
    proven = bound is not None and Fraction(bound) >= value  # exact: bounds are rounded down
    return replace(best, status=Status.OPTIMAL if proven else best.status,
                   bound=float_down(value) if proven else
                   (bound if bound is not None else best.bound))
