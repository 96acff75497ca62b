"""``backend="auto"``: race two backends across the cores, or pick one from the features.

Pure functions, so that the rule can be tested with known answers and replayed over the
measured benchmark rows without running a solver:

* :func:`instance_features` -- sizes of a :class:`~smug.problem.MaskProblem` before and
  after smug's exact presolve (n, m, nnz, longest row, coefficient span in decades,
  presolved size, number of independent components and the largest one);
* :func:`choose_race` -- the backends ``auto`` runs at once: HiGHS and CP-SAT (one thread
  each) when two cores are free and both are installed;
* :func:`choose_backend` -- ``(name, reason)`` when only one backend runs;

and :func:`race_solve`, which runs the race (one process per backend, the first proof wins).

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
    "RACE_PROBE_SECONDS",
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
    return float(math.log10(mags.max() / mags.min()))


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
#: complementary (each proves instances the other does not prove within 60 s). CP-SAT is
#: first: it is the backend a probe (see :func:`race_solve`) runs alone.
RACE_PAIR: tuple[str, str] = ("cpsat", "highs")

#: Seconds the first backend of the pair runs alone before the race starts.
RACE_PROBE_SECONDS: float = 1.0


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
               *, seed: int = 0, grace: float = 5.0, probe: float | None = None) -> Solution:
    """Run :func:`smug.solve` with each backend in its own process (one thread each) and
    return the first proof (OPTIMAL or INFEASIBLE); the other processes are killed then.

    With ``probe`` (seconds), the first backend first runs alone, in this process, for at
    most ``probe`` seconds: most instances are proven then without starting processes (on
    the suite's easy tier the race's process start-up cost more than the solve). Otherwise
    its best mask is handed to the race as a hint, and the race gets the remaining time.

    When no backend proves anything by the limit, the best verified mask is returned with
    the largest of the proven bounds (each is a valid lower bound, so their maximum is) --
    OPTIMAL if that bound meets the mask's objective. Processes still running ``grace``
    seconds after the limit are killed. Needs the ``fork`` start method (Linux); elsewhere
    the first backend runs alone.

    Returns
    -------
    Solution
        ``backend`` is the winner; ``stats["race"]`` has each backend's status and seconds.
    """
    import multiprocessing as mp
    import time
    from dataclasses import replace
    from multiprocessing.connection import wait

    from smug.backends import get_backend
    from smug.solve import solve
    from smug.verify import verify

    names = list(dict.fromkeys(backends))
    if not names:
        raise ValueError("backends: expected at least one backend name")
    if len(names) == 1 or "fork" not in mp.get_all_start_methods():
        return solve(problem, names[0], time_limit=time_limit, threads=1, seed=seed)
    for name in names:
        get_backend(name).load()  # import first (not timed, as in solve); children start ready
    start = time.perf_counter()
    hint = None
    probe_note = {}
    if probe is not None:
        first = solve(problem, names[0], threads=1, seed=seed,
                      time_limit=probe if time_limit is None else min(probe, time_limit))
        if first.status.value in ("optimal", "infeasible"):
            return replace(first, stats={**first.stats, "race": {
                names[0]: f"probe {first.status.value} {first.timings.total:.3f}s"}})
        hint = first.mask
        probe_note = {"probe": f"{names[0]} {first.status.value} {first.timings.total:.3f}s"}
        if time_limit is not None:
            time_limit -= time.perf_counter() - start
            if time_limit <= 0:
                return first
    ctx = mp.get_context("fork")
    running: dict[Any, tuple[str, Any]] = {}
    for name in names:
        receive, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_race_child,
                           args=(problem, name, time_limit, seed, hint, send), daemon=True)
        proc.start()
        send.close()
        running[receive] = (name, proc)
    finished: dict[str, Any] = {}
    winner = None
    hard_stop = None if time_limit is None else time.monotonic() + time_limit + grace
    try:
        while running and winner is None:
            timeout = None if hard_stop is None else max(0.0, hard_stop - time.monotonic())
            ready = wait(list(running), timeout)
            if not ready:
                break
            for conn in ready:
                name, proc = running.pop(conn)
                try:
                    result = conn.recv()
                except EOFError:
                    result = None
                finished[name] = result
                if result is not None and not isinstance(result, str) and \
                        result.status.value in ("optimal", "infeasible"):
                    winner = name
                    break
    finally:
        for _, proc in running.values():
            proc.kill()
        for _, proc in running.values():
            proc.join()
    seconds = time.perf_counter() - start
    race = probe_note | {n: ("killed" if n not in finished else
                "error: " + finished[n] if isinstance(finished[n], str) else
                f"{finished[n].status.value} {finished[n].timings.total:.3f}s")
            for n in names}
    solutions = [s for s in finished.values() if s is not None and not isinstance(s, str)]
    if winner is not None:
        best = finished[winner]
    else:
        best = _best_unproven(problem, solutions, names)
    if best.mask is not None and not verify(problem, best.mask).ok:
        raise RuntimeError(f"race: {best.backend} returned a mask that fails verification")
    return replace(best, timings=replace(best.timings, total=seconds),
                   stats={**best.stats, "race": race})


def _race_child(problem: MaskProblem, name: str, time_limit: float | None, seed: int,
                hint: Any, conn: Any) -> None:
    from smug.solve import solve

    try:
        conn.send(solve(problem, name, time_limit=time_limit, threads=1, seed=seed, hint=hint))
    except Exception as exc:  # noqa: BLE001 -- reported in stats["race"]; the other backend may still win
        conn.send(f"{type(exc).__name__}: {exc}"[:300])
    finally:
        conn.close()


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
