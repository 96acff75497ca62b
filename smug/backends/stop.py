"""A request, from another thread, that a running solve stop early.

``backend="auto"`` races backends in threads of one process; once one of them proves the
instance the others must stop, both between the shared loop's rounds (the loop checks
:meth:`StopSignal.is_set`) and inside a native solve. A backend that can be interrupted
registers how, for the duration of its native solve, with :meth:`StopSignal.hooked`
(CP-SAT: ``CpSolver.stop_search``; HiGHS: its interrupt callbacks poll :meth:`is_set`).

A hook may be called before the native solve has really started (CP-SAT ignores a
``stop_search`` that comes before ``solve``), so whoever stops a solve calls :meth:`set`
again until the solving thread has returned: a hook must be harmless to call many times.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["StopSignal"]


class StopSignal:
    """Thread-safe, set once, never cleared."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._hooks: dict[int, Callable[[], None]] = {}
        self._next = 0

    def is_set(self) -> bool:
        return self._event.is_set()

    def set(self) -> None:
        """Ask every solve that watches this signal to stop (again, if it was asked before)."""
        self._event.set()
        with self._lock:
            hooks = list(self._hooks.values())
        for hook in hooks:
            hook()

    @contextmanager
    def hooked(self, hook: Callable[[], None]) -> Iterator[None]:
        """Call ``hook`` on :meth:`set` while the block runs (and at once if already set)."""
        with self._lock:
            key = self._next
            self._next += 1
            self._hooks[key] = hook
        try:
            if self._event.is_set():
                hook()
            yield
        finally:
            with self._lock:
                del self._hooks[key]
