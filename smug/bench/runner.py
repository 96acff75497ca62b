"""Run every (instance, backend, seed, presolve) of a benchmark, serially or on an executor.

One row per run is appended to a CSV or JSONL file as soon as it finishes, so an
interrupted suite resumes where it stopped: runs already in the file are skipped. Each row
names the ``worker`` that ran it (``local`` when serial, the Dask worker's name on a
cluster).

Instances are ``.npz`` files written by :meth:`smug.MaskProblem.save`. A folder may carry a
``manifest.json`` (a list of objects with ``name`` and ``files.npz``, as written by
``benchmarks/instances.py``); its per-instance metadata (``class``, ``tier``, ``k``, ...)
travels with the instance, and ``class``/``tier`` become columns.
"""

from __future__ import annotations

import csv
import json
import os
import platform
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import smug
from smug.bench.report import instance_class
from smug.executors import map_unordered, worker_name

__all__ = ["FIELDS", "PACKAGED_INSTANCES", "Instance", "find_instances", "machine",
           "read_manifest", "read_rows", "run_one", "run_suite", "unique_names", "warm_up"]

#: The committed small instances shipped inside the package (``smug bench`` default).
PACKAGED_INSTANCES = Path(__file__).resolve().parent / "instances"

FIELDS = [
    "instance", "class", "tier", "n_vars", "n_rows", "nnz", "backend", "seed", "presolve",
    "status", "objective", "bound", "gap", "build_s", "solve_s", "total_s", "raw_status",
    "rounds", "verified", "error", "worker",
]


@dataclass(frozen=True)
class Instance:
    """One benchmark instance: its file, its name and what its manifest says about it."""

    path: Path
    name: str
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def instance_class(self) -> str:
        """The manifest's ``class``, else the name without its input token."""
        return str(self.meta.get("class") or instance_class(self.path.stem))

    @property
    def tier(self) -> str:
        return str(self.meta.get("tier", ""))


def read_manifest(folder: Path) -> list[dict[str, Any]]:
    """The entries of ``folder/manifest.json`` (empty when absent): the one reader of an
    instance folder's metadata (``smug bench``, the tiered suite and its report)."""
    path = Path(folder) / "manifest.json"
    if not path.is_file():
        return []
    try:
        entries = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise ValueError(f"instances: cannot read {path}: {exc}") from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ValueError(f"instances: {path} is not a list of instance entries")
    return entries


def _manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """``file name -> manifest entry`` of ``folder/manifest.json`` (empty when absent)."""
    by_file = {}
    for entry in read_manifest(folder):
        name = entry.get("name")
        npz = (entry.get("files") or {}).get("npz") or (f"{name}.npz" if name else None)
        if npz:
            by_file[npz] = entry
    return by_file


def find_instances(paths: Iterable[str | Path], *, quick: bool = False) -> list[Instance]:
    """Every ``.npz`` instance under the given files and folders, smallest (nnz) first.

    Parameters
    ----------
    paths : files or folders
        A folder contributes its ``*.npz`` files with their ``manifest.json`` metadata.
    quick : bool
        Keep only the 3 smallest.

    Returns
    -------
    list of Instance
        Named by file stem; two files of one stem in different folders are named by their
        path below their common folder instead (:func:`unique_names`).

    Raises
    ------
    ValueError
        When a path does not exist or nothing is found (naming ``--instances``).
    """
    found: list[Instance] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise ValueError(f"--instances: no such file or folder: {p}")
        files = sorted(p.glob("*.npz")) if p.is_dir() else [p]
        meta = _manifest(p if p.is_dir() else p.parent)
        found += [Instance(f, f.stem, meta.get(f.name, {})) for f in files]
    if not found:
        raise ValueError(f"--instances: no .npz instances in {', '.join(map(str, paths))}")
    found = unique_names(found)
    sized = sorted(found, key=lambda inst: (_nnz(inst), inst.name))
    return sized[:3] if quick else sized


def unique_names(found: Sequence[Instance]) -> list[Instance]:
    """``found`` without repeated files, each named by its file stem -- or, where two files
    in different folders share a stem, by its path below the folder they have in common
    (``a/x`` and ``b/x``), so that their rows cannot be mistaken for each other's."""
    seen: dict[Path, Instance] = {}
    for inst in found:
        seen.setdefault(inst.path.resolve(), inst)
    by_stem: dict[str, list[Path]] = {}
    for path, inst in seen.items():
        by_stem.setdefault(inst.name, []).append(path)
    out = []
    for path, inst in seen.items():
        clash = by_stem[inst.name]
        if len(clash) > 1:
            root = Path(os.path.commonpath([str(c.parent) for c in clash]))
            inst = replace(inst, name=path.relative_to(root).with_suffix("").as_posix())
        out.append(inst)
    return out


def _nnz(instance: Instance) -> int:
    if "nnz" in instance.meta:
        return int(instance.meta["nnz"])
    return smug.MaskProblem.load(instance.path).nnz


def machine() -> str:
    """Operating system, architecture, core count and Python version of this process."""
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}")


# --- one run (in whatever process the executor picks) ---------------------------------------
_WARMED: set[str] = set()


def warm_up(backend: str, threads: int | None = None,
            options: Mapping[str, Any] | None = None) -> None:
    """Solve a tiny problem as the measured solve will, untimed, so that no timed run pays
    for importing the solver's package or its first start (ortools and cvxpy take 1-2 s):
    a 4-cycle cover that smug's presolve leaves whole (optimum 2), so the solver really
    runs. For ``auto`` and the race variants (``race:SECONDS``) both sides of each race
    ``auto`` may run (its race candidates, and those of a long-row problem: SCIP where
    installed) run once. The one warm-up of ``smug bench`` (once per process and backend)
    and of the tiered suite's child processes."""
    from smug.solving import race_candidates, race_solve

    ring = [[1.0, 1.0, 0.0, 0.0], [0.0, 1.0, 1.0, 0.0], [0.0, 0.0, 1.0, 1.0],
            [1.0, 0.0, 0.0, 1.0]]
    tiny = smug.MaskProblem(ring, [1.0] * 4, strict=False, cost=[1.0] * 4)
    if backend == "auto" or backend.startswith("race:"):
        installed = smug.available_backends()
        for pair in dict.fromkeys(race_candidates(installed, kind)
                                  for kind in ("mask", "long_row")):
            race_solve(tiny, pair, time_limit=10, head_start=0.0)
        smug.solve(tiny, "auto", time_limit=10)
    else:
        smug.solve(tiny, backend, time_limit=10, threads=threads, **dict(options or {}))


def _warm_up(backend: str) -> None:
    """:func:`warm_up` once per process and backend (an uninstalled or broken backend shows
    up in its timed row instead)."""
    if backend in _WARMED:
        return
    _WARMED.add(backend)
    try:
        warm_up(backend)
    except Exception:  # noqa: BLE001 -- reported by the timed run
        pass


def _solver_rounds(stats: Mapping[str, Any]) -> int:
    """Relax/restrict rounds of the backend; 0 when presolve solved the problem alone (its
    stats then carry presolve's own ``rounds`` count, an int, under the same key)."""
    rounds = stats.get("rounds", [])
    return len(rounds) if isinstance(rounds, list) else 0


def run_one(problem: smug.MaskProblem, label: str, backend: str, options: Mapping[str, Any],
            seed: int, presolve: bool, time_limit: float, threads: int | None,
            in_pool: bool = False) -> dict[str, Any]:
    """Solve one problem once and return its result row (an error becomes a row too).

    ``label`` is the name the row carries in ``backend`` (a backend name, or a configuration
    label such as ``cpsat-lin2``); ``in_pool`` records the worker's name instead of
    ``local``.
    """
    _warm_up(backend)
    row: dict[str, Any] = {
        "n_vars": problem.n_vars, "n_rows": problem.n_rows, "nnz": problem.nnz,
        "backend": label, "seed": seed, "presolve": presolve,
        "worker": worker_name() if in_pool else "local",
    }
    try:
        sol = smug.solve(problem, backend, time_limit=time_limit, seed=seed, presolve=presolve,
                         threads=threads, **dict(options))
    except Exception as exc:  # record and go on: one broken backend must not stop the suite
        row.update(status="error", error=f"{type(exc).__name__}: {exc}"[:300])
        return row
    row.update(
        status=sol.status.value, objective=sol.objective, bound=sol.bound,
        gap=None if sol.gap is None else round(sol.gap, 6),
        build_s=round(sol.timings.build, 4), solve_s=round(sol.timings.solve, 4),
        total_s=round(sol.timings.total, 4), raw_status=sol.raw_status,
        rounds=_solver_rounds(sol.stats), verified=sol.verified, error="",
    )
    return row


# --- the result file --------------------------------------------------------------------------
def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """The rows of a result file (CSV: every value a string; JSONL: as written)."""
    path = Path(path)
    if not path.exists():
        return []
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


def _check_header(path: Path) -> None:
    """Make an existing CSV appendable: same columns, fine; the columns of an older smug
    bench (a subset of :data:`FIELDS`, e.g. without ``worker``), rewritten with the new
    columns left empty; any other columns, refused (appending would make it unreadable)."""
    if path.suffix == ".jsonl" or not path.exists() or path.stat().st_size == 0:
        return
    with path.open(newline="") as fh:
        reader = csv.DictReader(fh)
        header = list(reader.fieldnames or [])
        rows = list(reader) if header != FIELDS and set(header) <= set(FIELDS) else []
    if header == FIELDS:
        return
    if not set(header) <= set(FIELDS):
        foreign = sorted(set(header) - set(FIELDS))
        raise ValueError(f"out: {path} holds results with other columns ({', '.join(foreign)}); "
                         "pass fresh=True (--fresh) to replace it, or write elsewhere")
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        writer.writerows(rows)


class _RowWriter:
    """Appends rows to a CSV or JSONL file, flushing each one."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        new = not path.exists() or path.stat().st_size == 0
        self.jsonl = path.suffix == ".jsonl"
        self.fh = path.open("a", newline="")
        self.csv = None if self.jsonl else csv.DictWriter(self.fh, FIELDS, extrasaction="ignore")
        if self.csv is not None and new:
            self.csv.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        if self.csv is None:
            self.fh.write(json.dumps(row, default=str) + "\n")
        else:
            self.csv.writerow(row)
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


def _run_key(row: Mapping[str, Any]) -> tuple[str, str, str, str]:
    return (str(row["instance"]), str(row["backend"]), str(row["seed"]), str(row["presolve"]))


def _backend_table(backends: Sequence[str] | Mapping[str, Any]
                   ) -> dict[str, tuple[str, dict[str, Any]]]:
    """``label -> (backend name, native options)``; unknown backend names are an error."""
    if isinstance(backends, Mapping):
        table = {}
        for label, spec in backends.items():
            name, options = (spec, {}) if isinstance(spec, str) else spec
            table[str(label)] = (name, dict(options))
    else:
        table = {name: (name, {}) for name in backends}
    unknown = sorted({name for name, _ in table.values()} - set(smug.backend_names()))
    if unknown:
        raise ValueError(f"backends: unknown {unknown}; valid: {smug.backend_names()}")
    return table


def run_suite(instances: Iterable[Instance | str | Path],
              backends: Sequence[str] | Mapping[str, Any] | None = None, *,
              time_limit: float = 60.0, out: str | Path, seeds: Sequence[int] = (0,),
              presolve: Sequence[bool] = (False,), threads: int | None = None,
              executor: Executor | None = None, fresh: bool = False,
              max_in_flight: int | None = None, progress: bool = False
              ) -> Iterator[dict[str, Any]]:
    """Run every (instance, backend, seed, presolve) not yet in ``out``; yield each new row.

    Parameters
    ----------
    instances : Instance or paths
        :class:`Instance` objects (e.g. from :func:`find_instances`) or ``.npz`` paths.
    backends : list of names, or mapping label -> name or (name, options)
        Default: every installed backend. A mapping runs configurations of one backend side
        by side, e.g. ``{"cpsat": "cpsat", "cpsat-lin2": ("cpsat", {"linearization_level": 2})}``.
    time_limit : float
        Seconds per run.
    out : path
        Result file, ``.csv`` or ``.jsonl``; rows are appended as runs finish, and runs
        already in it (same instance, backend label, seed, presolve) are skipped.
    seeds, presolve : sequences
        Every combination is run.
    threads : int, optional
        Solver threads per run (1 for a fair comparison when runs share the cores).
    executor : concurrent.futures.Executor, optional
        Where runs go (``distributed.Client.get_executor()`` for Dask); default: here,
        serially. Each run is sent with its MaskProblem, so workers need no shared files.
    fresh : bool
        Delete ``out`` first instead of resuming.
    max_in_flight : int, optional
        Runs submitted to the executor at a time (default 64).
    progress : bool
        A tqdm bar over the runs on stderr.

    Yields
    ------
    dict
        Each new row (``FIELDS``; JSONL rows also carry the instance's manifest entry under
        ``meta``), in the order runs finish.
    """
    if not time_limit > 0:
        raise ValueError(f"time_limit: expected a positive number of seconds, got {time_limit!r}")
    table = _backend_table(backends if backends is not None else smug.available_backends())
    out = Path(out)
    if fresh and out.exists():
        out.unlink()
    _check_header(out)
    done = {_run_key(r) for r in read_rows(out)}
    todo = [(inst, label, seed, pre)
            for inst in (_as_instance(i) for i in instances)
            for label in table for seed in seeds for pre in presolve
            if (inst.name, label, str(seed), str(pre)) not in done]
    writer = _RowWriter(out)
    bar = _progress_bar(len(todo), progress)
    try:
        jobs = _jobs(todo, table, time_limit, threads, in_pool=executor is not None)
        for (problem, *_rest, inst_ref), future in map_unordered(
                _run_job, jobs, executor, max_in_flight=max_in_flight):
            row = _finish_row(future.result(), inst_ref)
            writer.write(row)
            bar.update(1)
            yield row
    finally:
        writer.close()
        bar.close()


def _as_instance(item: Instance | str | Path) -> Instance:
    if isinstance(item, Instance):
        return item
    path = Path(item)
    return Instance(path, path.stem, _manifest(path.parent).get(path.name, {}))


def _jobs(todo: list[tuple[Instance, str, int, bool]],
          table: Mapping[str, tuple[str, dict[str, Any]]], time_limit: float,
          threads: int | None, in_pool: bool) -> Iterator[tuple[Any, ...]]:
    """The job tuples, loading each instance file once, lazily."""
    cache: dict[Path, smug.MaskProblem] = {}
    for inst, label, seed, pre in todo:
        if inst.path not in cache:
            cache.clear()  # runs of one instance are consecutive: keep one in memory
            cache[inst.path] = smug.MaskProblem.load(inst.path)
        name, options = table[label]
        yield (cache[inst.path], label, name, options, seed, pre, time_limit, threads,
               in_pool, inst)


def _run_job(problem: smug.MaskProblem, label: str, backend: str, options: dict[str, Any],
             seed: int, presolve: bool, time_limit: float, threads: int | None,
             in_pool: bool, inst: Instance) -> dict[str, Any]:
    # ``inst`` rides along only so the caller can name the row; it is not used here.
    return run_one(problem, label, backend, options, seed, presolve, time_limit, threads,
                   in_pool)


def _finish_row(row: dict[str, Any], inst: Instance) -> dict[str, Any]:
    meta = dict(inst.meta)
    return {"instance": inst.name, "class": inst.instance_class, "tier": inst.tier, **row,
            **({"meta": meta} if meta else {})}


class _NoBar:
    def update(self, _n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, enabled: bool) -> Any:
    if not enabled:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a nicety
        return _NoBar()
    import sys

    return tqdm(total=total, desc="runs", file=sys.stderr)


def settings_record(backends: Iterable[str], time_limit: float, **extra: Any) -> dict[str, Any]:
    """The run's settings for the JSON results: date, machine, limit, backends, smug version."""
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine(),
            "time_limit": time_limit, "backends": list(backends), "smug": smug.__version__,
            **extra}
