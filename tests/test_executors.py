"""smug.executors: jobs here or on an executor, bounded in flight; Dask addresses."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from smug.executors import (
    ClusterInfo,
    check_dask_address,
    dask_executor,
    map_unordered,
    worker_name,
)


def _square(x: int) -> int:
    return x * x


def _fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x


def test_serial_runs_in_order_and_hands_errors_back():
    results = [(job, f.result() if f.exception() is None else repr(f.exception()))
               for job, f in map_unordered(_fail_on_three, [(i,) for i in range(5)])]
    assert results == [((0,), 0), ((1,), 1), ((2,), 2), ((3,), "ValueError('three')"),
                       ((4,), 4)]


def test_executor_results_match_and_in_flight_is_bounded():
    running = 0
    peak = 0
    lock = threading.Lock()

    def job(x: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.01)
        with lock:
            running -= 1
        return x * x

    pulled = []

    def jobs():
        for i in range(20):
            pulled.append(i)
            yield (i,)

    with ThreadPoolExecutor(8) as pool:
        found = {job_[0]: f.result() for job_, f in map_unordered(job, jobs(), pool,
                                                                   max_in_flight=3)}
    assert found == {i: i * i for i in range(20)}
    assert peak <= 3 and pulled == list(range(20))


def test_worker_name_here_is_local():
    assert worker_name() == "local"


@pytest.mark.parametrize("address", ["local:2", "tcp://10.0.0.1:8786", "tls://sched:8786"])
def test_accepted_addresses(address):
    pytest.importorskip("distributed")
    assert check_dask_address(address) == address


@pytest.mark.parametrize("address,match", [("local", "local:N"), ("local:0", "N >= 1"),
                                           ("10.0.0.1:8786", "tcp://"), ("", "local:N")])
def test_rejected_addresses(address, match):
    with pytest.raises(ValueError, match=match):
        check_dask_address(address)


def test_local_cluster_starts_names_workers_and_closes():
    pytest.importorskip("distributed")
    info = ClusterInfo("")
    with dask_executor("local:2", info=info) as executor:
        names = {executor.submit(worker_name).result() for _ in range(6)}
        assert executor.submit(_square, 7).result() == 49
    assert info.n_workers == 2 and info.scheduler.startswith("tcp://") and info.start_s > 0
    assert names <= {"0", "1"} and "local" not in names
    from distributed.client import ClosedClientError

    with pytest.raises(ClosedClientError):  # closed with the block
        executor.submit(_square, 2).result()


def test_unreachable_scheduler_is_a_clear_error():
    pytest.importorskip("distributed")
    with pytest.raises(OSError, match="cannot reach the scheduler"):
        with dask_executor("tcp://127.0.0.1:1", timeout=2):
            pass
