"""Which backends ``auto`` runs: chosen from the declared capabilities and the one measured
preference table (:data:`smug.backends.PREFERENCE`), never from a list of names here.

* race candidates: the installed backends that declare :attr:`Capability.INTERRUPT` (a
  running solve stops soon after it is asked, so the loser of a race costs little), the
  :data:`RACE_SIZE` most preferred of them;
* fallback order (one backend, e.g. on one core): every installed backend, most preferred
  first; a backend the table does not list (a third party's) comes after those it lists.

On the tiered suite's design set (60 s, threads=1; ``docs/benchmarks.md``) no single backend
was within 1.5x of the virtual best on every class: CP-SAT (one worker) is the best single
backend on the MNIST classes but misses instances HiGHS proves in seconds, HiGHS misses image
instances CP-SAT proves, so with two cores both race (they are the two most preferred
backends that can be interrupted). With one core, CP-SAT had the lowest PAR2 of the single
backends, then HiGHS, CBC (pulp), cvxpy, z3.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from smug.backends import PREFERENCE, backend_class_quiet, preferred
from smug.backends.base import Capability

__all__ = ["BUSY_FIRST_SHARE", "BUSY_LONG_HEAD_START", "LONG_ROW", "Plan", "RACE_SIZE",
           "SHORT_ROW_HEAD_START", "Step", "affinity_cores", "long_rows",
           "capabilities_of", "choose_backend", "choose_plan", "choose_race", "fallback_order",
           "free_cores", "race_candidates"]

#: Backends raced at once when the cores allow (one solver thread each).
RACE_SIZE = 2

#: On a busy machine (fewer than two free cores), the first backend of the sequential
#: portfolio gets this share of the time limit; the next gets what is left (the best mask
#: so far is kept, not passed on as a hint: see :func:`smug.solving.solve_auto`). Where the first (CP-SAT) proves, it did so in under 2 s on every
#: design instance but the pixel-level ones (24-55 s); where it did not, HiGHS proved in
#: 2-50 s. CP-SAT by components shares its time among them as it goes, so a short first
#: share costs it proofs (a 229-component stem problem: proven in 5 s with 30 s, FEASIBLE
#: with 18 s on one worker): half the limit.
BUSY_FIRST_SHARE = 0.5

#: A problem whose longest row has at least this many variables is a *long-row* problem
#: (a dense first layer over single pixels: the MNIST 1x1-cell classes, rows of 64-210
#: variables, 10-17 rows; every image, stem and text class of the tiered suite has rows of
#: at most 16). On those, which of CP-SAT and an LP-based solver proves first does not
#: follow from any feature measured (``benchmarks/studies/auto_rule``: on the design half,
#: CP-SAT took 3.9-8.3 s where HiGHS took 0.1-0.4 s, and 18 s where HiGHS found no proof
#: at 20 s, at the same gamma, size and LP fractionality), so a race runs there on any
#: load -- CP-SAT with SCIP where it is installed (``PREFERENCE["long_row"]``: on 78
#: design instances of those classes, 1.03x the virtual best against 1.18x with HiGHS).
LONG_ROW = 100

#: Seconds CP-SAT runs alone before the other side of a quiet race starts, on a problem
#: that is not long-row. CP-SAT proved every design image, stem and text instance at 2x2
#: and 4x4 cells in under 1 s (HiGHS took up to 13 s); a second side started at 0.2 s
#: cost a held-back image instance proven at 0.23 s another 0.25 s to build and stop
#: (``benchmarks/results/tiered/v4``). Long-row problems race from the start (0 s): the
#: replay of the design half gave 1.01x/1.08x the virtual best on the 1x1-cell
#: gamma = 0.5 / 0.9 classes against 1.05x/1.11x with 0.2 s.
SHORT_ROW_HEAD_START = 1.0

#: On a busy machine, a long-row problem races too (a side then runs at 3/4 of a single
#: backend's speed where the load is two CPU-bound threads of the same session, at 1/2
#: where it is another session's: Linux shares the CPU between sessions first), after
#: CP-SAT alone for this many seconds: CP-SAT proved 9 of the 10 design gamma = 0.25
#: 1x1-cell instances in under 0.5 s. CP-SAT first for half the limit (the plan of the
#: other problems) took 32 s on a held-back instance HiGHS proves in 2.3 s.
BUSY_LONG_HEAD_START = 0.5


def affinity_cores() -> int:
    """The cores this process may run on (``os.sched_getaffinity`` where it exists)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _runnable_now() -> float | None:
    """Threads of *other* processes runnable right now: the kernel's count of runnable
    threads (``/proc/loadavg``, 4th field) less this process's own runnable threads (the
    one reading, and the worker threads a just-finished torch or solver call leaves
    spinning for a moment: measured, two torch threads still count as runnable right after
    a convolution, gone 50 ms later); None where there is no such file. One read each (tens
    of microseconds): sleeping between reads to take a median cost milliseconds of
    scheduling delay on a busy machine, more than the easiest solves."""
    try:
        with open("/proc/loadavg") as fh:
            running = int(fh.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return None
    return float(max(0, running - _own_runnable_threads()))


def _own_runnable_threads() -> int:
    """This process's threads in the running state (at least 1: the caller), from
    ``/proc/self/task/*/stat``; 1 where that cannot be read."""
    own = 0
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return 1
    for task in tasks:
        try:
            with open(f"/proc/self/task/{task}/stat") as fh:
                stat = fh.read()
        except OSError:  # the thread ended meanwhile
            continue
        # the state follows the command name, which is in parentheses and may hold spaces
        if stat[stat.rfind(")") + 2:stat.rfind(")") + 3] == "R":
            own += 1
    return max(1, own)


def free_cores(cores: int | None = None,
               runnable: Callable[[], float | None] = _runnable_now) -> int:
    """Cores no other runnable thread is using now (0 on a saturated machine).

    ``cores`` defaults to :func:`affinity_cores`. The load is measured *now* (the
    kernel's count of runnable threads, not the 1-minute load average, which lags by a
    minute and counts this process's own past solves); where that count is not available
    the 1-minute load average stands in, and where neither is, every core is free.
    """
    cores = affinity_cores() if cores is None else cores
    busy = runnable()
    if busy is None:
        try:
            busy = os.getloadavg()[0]
        except (AttributeError, OSError):
            return cores
    return max(0, min(cores, cores - int(round(busy))))


@dataclass(frozen=True)
class Step:
    """One step of ``auto``'s portfolio: ``backends`` at once (more than one: a race,
    one thread each), for ``share`` of the time limit (None: whatever is left); in a race
    the first runs alone for ``head_start`` seconds (None: the race's default,
    :data:`smug.solving.race.HEAD_START`)."""

    backends: tuple[str, ...]
    share: float | None = None
    head_start: float | None = None


@dataclass(frozen=True)
class Plan:
    """What ``auto`` runs, in order (the next step starts only when one ends unproven; the
    best mask of all steps is kept), why, and the free cores it saw."""

    steps: tuple[Step, ...]
    reason: str
    free: int

    @property
    def names(self) -> list[str]:
        """Every backend the plan may run, in order, without repeats."""
        return list(dict.fromkeys(n for step in self.steps for n in step.backends))


def capabilities_of(name: str) -> frozenset[str]:
    """The declared capabilities of the backend ``name`` (empty when it is not registered)."""
    try:
        cls = backend_class_quiet(name)
    except Exception:  # a broken third-party entry point declares nothing
        return frozenset()
    return frozenset() if cls is None else frozenset(cls.capabilities)


def fallback_order(installed: Iterable[str], kind: str = "mask") -> list[str]:
    """``installed`` in order of preference for problems of ``kind``."""
    return preferred(installed, kind)


def race_candidates(installed: Iterable[str], kind: str = "mask") -> tuple[str, ...]:
    """The :data:`RACE_SIZE` most preferred installed backends that can be interrupted, in
    the order of :data:`smug.backends.PREFERENCE` for ``kind`` (``"long_row"`` on a
    long-row problem: :func:`long_rows`)."""
    able = [n for n in fallback_order(installed, kind)
            if Capability.INTERRUPT in capabilities_of(n)]
    return tuple(able[:RACE_SIZE])


def choose_backend(features: Mapping[str, Any], installed: Iterable[str]) -> tuple[str, str]:
    """The single backend ``auto`` runs for an instance with these ``features``, and why.

    Parameters
    ----------
    features : mapping
        As from :func:`smug.solving.instance_features` (used in the reason: presolved size).
    installed : iterable of str
        Names of the installed backends (e.g. :func:`smug.available_backends`).

    Returns
    -------
    (name, reason)
        ``name`` is the most preferred of ``installed`` (:data:`smug.backends.PREFERENCE`),
        else the first installed (a third-party backend). ``reason`` says why (recorded by
        the caller in ``Solution.stats``).

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
    measured = PREFERENCE["mask"]
    for rank, name in enumerate(measured):
        if name in names:
            why = (f"{what}: {name} had the lowest PAR2 of the installed single backends on "
                   "the tiered suite")
            if rank:
                why += f" ({', '.join(measured[:rank])} not installed)"
            return name, why
    return names[0], f"none of {', '.join(measured)} installed; took {names[0]}"


def choose_race(features: Mapping[str, Any], installed: Iterable[str], cores: int
                ) -> tuple[tuple[str, ...], str]:
    """The backends ``auto`` runs at once (one thread each), and why.

    With at least two cores and two installed backends that can be interrupted
    (:func:`race_candidates`), those race; otherwise the single backend of
    :func:`choose_backend`.
    """
    names = list(dict.fromkeys(installed))
    if not isinstance(cores, int) or cores < 1:
        raise ValueError(f"cores: expected an integer >= 1, got {cores!r}")
    pair = race_candidates(names)
    if cores >= 2 and len(pair) == RACE_SIZE:
        return pair, (f"{cores} cores: race {' and '.join(pair)} (one thread each); "
                      "the first proof wins")
    name, why = choose_backend(features, names)
    return (name,), why + (f"; {cores} core, no race" if cores < 2 else
                           "; fewer than two installed backends can be interrupted, no race")


def long_rows(features: Mapping[str, Any]) -> bool:
    """True for a long-row problem (:data:`LONG_ROW`); False when the features lack the row
    length."""
    return int(features.get("longest_row") or 0) >= LONG_ROW


def choose_plan(features: Mapping[str, Any], installed: Iterable[str], cores: int,
                free: int) -> Plan:
    """``auto``'s portfolio for an instance with these ``features`` on a machine where
    ``free`` of the ``cores`` it may use are idle now (:func:`free_cores`).

    * Two free cores or more: race the :func:`race_candidates`, one thread each; the first
      (CP-SAT) alone for :data:`SHORT_ROW_HEAD_START` seconds, or from the start on a
      long-row problem (:data:`LONG_ROW`), whose candidates follow
      ``PREFERENCE["long_row"]`` (CP-SAT and SCIP where installed, else HiGHS).
    * A long-row problem with fewer than two free cores (but two cores to use): the same
      race after CP-SAT alone for :data:`BUSY_LONG_HEAD_START` seconds.
    * Otherwise (a busy machine, or ``threads=1``): one backend after the other, one
      thread each, so that no side of a race halves the other's share of a busy core --
      the most preferred (:func:`choose_backend`) for :data:`BUSY_FIRST_SHARE` of the
      limit, then the next race candidate with the rest (the best mask of both is kept).

    Why no race on a busy machine for the other problems: Linux shares the CPU between
    sessions (autogroups) before threads, so a process among another session's busy
    processes gets a share that its own threads split -- both sides of a race then run at
    half speed. Measured with the 1-minute load average at 15-19
    (``benchmarks/results/tiered/v3``), MNIST instances CP-SAT proved alone in 0.7-26 s
    took the race up to 2.1x as long. On the image, stem and text classes CP-SAT proved
    first on every design instance it proved, so it goes first, alone. On the long-row
    classes no feature told which solver proves first, and CP-SAT first for half the
    limit cost 35x the virtual best on a held-back class (``benchmarks/results/tiered/v4``),
    so those race (``benchmarks/studies/auto_rule``). With ``threads=1`` a long-row problem
    gets CP-SAT for half the limit, then its long-row partner.
    """
    names = list(dict.fromkeys(installed))
    if not isinstance(cores, int) or cores < 1:
        raise ValueError(f"cores: expected an integer >= 1, got {cores!r}")
    if not isinstance(free, int) or free < 0:
        raise ValueError(f"free: expected an integer >= 0, got {free!r}")
    long = long_rows(features)
    pair = race_candidates(names, "long_row" if long else "mask")
    shape = (f"rows of up to {features.get('longest_row')} variables"
             if features.get("longest_row") is not None else "rows of unknown length")
    if len(pair) == RACE_SIZE and cores >= 2 and free >= 2:
        head = 0.0 if long else SHORT_ROW_HEAD_START
        return Plan((Step(pair, head_start=head),),
                    f"{free} of {cores} cores free: race {' and '.join(pair)} (one thread "
                    f"each, {pair[0]} alone for the first {head:g} s: {shape}); the first "
                    "proof wins", free)
    if len(pair) == RACE_SIZE and cores >= 2 and long:
        return Plan((Step(pair, head_start=BUSY_LONG_HEAD_START),),
                    f"{free} of {cores} cores free, {shape} (long: no feature tells which "
                    f"solver proves first): {pair[0]} alone for {BUSY_LONG_HEAD_START:g} s, "
                    f"then race {' and '.join(pair)} (one thread each)", free)
    first, why = choose_backend(features, names)
    rest = [n for n in pair if n != first]
    load = (f"{cores} core" if cores < 2 else f"{free} of {cores} cores free")
    if not rest:
        return Plan((Step((first,)),), f"{why}; {load}", free)
    return Plan((Step((first,), BUSY_FIRST_SHARE), Step((rest[0],))),
                f"{load}: no race; {first} first ({why.split(': ', 1)[-1]}) for "
                f"{BUSY_FIRST_SHARE:.0%} of the limit, then {rest[0]} (one thread each)",
                free)
