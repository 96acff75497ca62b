"""Running many independent jobs: serially in-process, or on any ``concurrent.futures``
executor, in particular a Dask cluster.

Dask is optional (``pip install smug[dask]``); nothing here imports it unless asked for.

* :func:`dask_executor` turns an address into an executor: ``"local:N"`` starts a
  ``LocalCluster`` of N single-threaded worker processes (closed on exit);
  ``"tcp://host:8786"`` connects to a running scheduler (``dask scheduler`` /
  ``dask worker``, see ``docs/scale-out.md``).
* :func:`map_unordered` submits jobs to an executor, at most ``max_in_flight`` at a time so
  that a data set of thousands of inputs never sits in memory at once, and yields results
  as they finish.
* :func:`worker_name` names the process a job ran in: the Dask worker's name, ``"local"``
  in the calling process, ``"pid<N>"`` in some other executor's process.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass
from typing import Any

__all__ = ["ClusterInfo", "DASK_HINT", "check_dask_address", "dask_executor", "map_unordered",
           "worker_name"]

DASK_HINT = "pip install 'smug[dask]'  (dask and distributed)"
_LOCAL = re.compile(r"local:(\d+)")
_MAIN_PID = os.getpid()
#: The Dask config key whose value None stops Dask from setting MALLOC_TRIM_THRESHOLD_.
NO_MALLOC_TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"


@dataclass
class ClusterInfo:
    """What :func:`dask_executor` connected to, and how long that took (seconds)."""

    address: str
    scheduler: str = ""
    n_workers: int = 0
    start_s: float = 0.0


def check_dask_address(address: str) -> str:
    """Validate ``--dask ADDRESS`` without starting anything; returns it unchanged.

    Raises
    ------
    ValueError
        Naming ``--dask`` and the two accepted forms.
    ImportError
        When dask/distributed are not installed (the message gives the pip command).
    """
    match = _LOCAL.fullmatch(address)
    if match is None and not re.fullmatch(r"(tcp|tls|inproc|ucx|ws|wss)://\S+", address):
        raise ValueError(f"--dask: expected local:N (N worker processes on this machine) or "
                         f"a scheduler address such as tcp://host:8786, got {address!r}")
    if match is not None and int(match.group(1)) < 1:
        raise ValueError(f"--dask: local:N needs N >= 1 workers, got {address!r}")
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        raise ImportError(f"--dask needs dask.distributed, which is not installed; run: "
                          f"{DASK_HINT}")
    return address


@contextlib.contextmanager
def dask_executor(address: str, *, info: ClusterInfo | None = None, quiet: bool = True,
                  timeout: float = 30.0) -> Iterator[Executor]:
    """A ``concurrent.futures.Executor`` on a Dask cluster, closed on exit.

    Parameters
    ----------
    address : str
        ``"local:N"``: a ``LocalCluster`` with N worker processes of one thread each (one
        solver or one IG run per core), started here and closed on exit. Otherwise a
        scheduler address (``tcp://host:8786``) of a running cluster, which is left running.
    info : ClusterInfo, optional
        Filled in with the scheduler address, the number of workers and the start-up seconds.
    timeout : float
        Seconds to wait for a remote scheduler.
    quiet : bool
        Keep Dask's own log lines (below ERROR) out of the output.
    """
    import time

    check_dask_address(address)
    from distributed import Client, LocalCluster

    if quiet:  # after the import: importing distributed sets its loggers' levels
        import logging

        # INFO lines at start, and the nanny's "still alive after 4 s, killing" when a worker
        # that imported torch takes long to exit, are noise for a user
        logging.getLogger("distributed").setLevel(logging.ERROR)

    start = time.perf_counter()
    match = _LOCAL.fullmatch(address)
    cluster = None
    if match is not None:
        import dask

        # Dask sets MALLOC_TRIM_THRESHOLD_=65536 in its worker processes; measured here, that
        # doubles integrated gradients on EfficientNet-Lite0 (7.7-9.2 s -> 17.0-17.4 s per
        # photo, three alternating pairs): keep glibc's own (dynamic) threshold instead
        with dask.config.set({NO_MALLOC_TRIM: None}):
            cluster = LocalCluster(n_workers=int(match.group(1)), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        try:
            client = Client(address, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise OSError(f"--dask: cannot reach the scheduler at {address}: {exc}") from None
    try:
        if info is not None:
            info.address = address
            info.scheduler = client.scheduler.address
            info.n_workers = len(client.scheduler_info().get("workers", {}))
            info.start_s = time.perf_counter() - start
        yield client.get_executor()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def worker_name() -> str:
    """The name of the process running the current job (see the module docstring)."""
    try:
        from distributed import get_worker
    except ImportError:
        get_worker = None
    if get_worker is not None:
        try:
            return str(get_worker().name)
        except ValueError:  # not inside a Dask worker
            pass
    return "local" if os.getpid() == _MAIN_PID else f"pid{os.getpid()}"


def map_unordered(fn: Callable[..., Any], jobs: Iterable[tuple[Any, ...]],
                  executor: Executor | None = None, *, max_in_flight: int | None = None
                  ) -> Iterator[tuple[tuple[Any, ...], Future]]:
    """``fn(*job)`` for every job, yielding ``(job, future)`` as each finishes.

    ``future.result()`` gives the job's value or re-raises its exception. Without an
    executor the jobs run here, one after the other, in order. With one, at most
    ``max_in_flight`` jobs are submitted at a time (default 64) and ``jobs`` is read lazily,
    so a generator over a large data set is never materialised.
    """
    if executor is None:
        for job in jobs:
            yield job, _run_here(fn, job)
        return
    limit = 64 if max_in_flight is None else max(1, int(max_in_flight))
    pending: dict[Future, tuple[Any, ...]] = {}
    source = iter(jobs)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            job = next(source, None)
            if job is None:
                exhausted = True
                break
            pending[executor.submit(fn, *job)] = job
        if not pending:
            return
        done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
        for future in done:
            yield pending.pop(future), future


def _run_here(fn: Callable[..., Any], job: tuple[Any, ...]) -> Future:
    """Run ``fn(*job)`` now; its value or exception in a finished Future."""
    future: Future = Future()
    try:
        future.set_result(fn(*job))
    except Exception as exc:  # handed to the caller through future.result()
        future.set_exception(exc)
    return future
