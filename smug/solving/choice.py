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

from collections.abc import Iterable, Mapping
from typing import Any

from smug.backends import PREFERENCE, backend_class_quiet, preferred
from smug.backends.base import Capability

__all__ = ["RACE_SIZE", "capabilities_of", "choose_backend", "choose_race", "fallback_order",
           "race_candidates"]

#: Backends raced at once when the cores allow (one solver thread each).
RACE_SIZE = 2


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


def race_candidates(installed: Iterable[str]) -> tuple[str, ...]:
    """The :data:`RACE_SIZE` most preferred installed backends that can be interrupted."""
    able = [n for n in fallback_order(installed) if Capability.INTERRUPT in capabilities_of(n)]
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
