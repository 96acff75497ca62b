"""``smug bench``: time every backend on MaskProblem instances, side by side.

For each instance, backend, seed and presolve setting it records build and solve seconds,
status, objective, bound, gap, whether the proven optima agree across backends, the ratio
of each backend's time to the fastest proven time on the same instance, and the worker
that ran it. It writes, as results come in::

    OUT/NAME.csv      one row per run (appended as it goes: an interrupted run resumes)
    OUT/NAME.json     the same rows plus the run's settings and machine
    OUT/NAME.md       a markdown table, agreement, ratios, per-class and per-worker tables
    OUT/NAME_time_vs_size.png, OUT/NAME_profile.png   (unless --no-plots)

Defaults write under ``out/`` (``out/bench/backends.*``; ``--quick``: ``out/bench/quick.*``)
and never over committed results. The default instances are the small set shipped inside
the package, so this works after ``pip install smug``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import smug
from smug._argparse import DefaultsFormatter, positive_float
from smug.bench.report import markdown, plots
from smug.bench.tiered import (BACKENDS, DEFAULT_INSTANCES, add_tiered_arguments,
                               run_tiered)
from smug.bench.runner import (
    PACKAGED_INSTANCES,
    find_instances,
    read_rows,
    run_suite,
    settings_record,
)

__all__ = ["add_arguments", "main", "run", "validate"]

DEFAULT_OUT = Path("out") / "bench"
QUICK_LIMIT = 10.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of ``smug bench`` (also ``python benchmarks/backends.py``)."""
    parser.add_argument("--instances", type=Path, nargs="+", default=None, metavar="PATH",
                        help=".npz files or folders of them (a folder's manifest.json adds "
                             "class/tier; default: the small set shipped in the package)")
    parser.add_argument("--backends", nargs="+", default=None, metavar="B",
                        help="backends to time (default: every installed one)")
    parser.add_argument("--time-limit", type=positive_float, default=60.0, metavar="SECONDS",
                        help=f"per run (--quick: at most {QUICK_LIMIT:g})")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0], help="solver seeds")
    parser.add_argument("--presolve", choices=["off", "on", "both"], default="off",
                        help="smug's exact presolve before the backend")
    parser.add_argument("--threads", type=int, default=None,
                        help="solver threads per run (default: the backend's own)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR",
                        help="folder of the result files")
    parser.add_argument("--name", default=None,
                        help="stem of the result files (default: backends; --quick: quick)")
    parser.add_argument("--format", choices=["csv", "jsonl"], default="csv",
                        help="the streamed per-run file")
    parser.add_argument("--quick", action="store_true",
                        help=f"the 3 smallest instances, {QUICK_LIMIT:g} s limit")
    parser.add_argument("--fresh", action="store_true",
                        help="replace earlier results instead of resuming")
    parser.add_argument("--no-plots", action="store_true", help="skip the two PNG plots")
    parser.add_argument("--dask", default=None, metavar="ADDRESS",
                        help="run on Dask: local:N (a LocalCluster of N processes) or a "
                             "scheduler address tcp://host:8786 (default: serially here)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--suite", choices=["backends", "tiered"], default="backends",
                        help="backends: every backend side by side on the instances (this "
                             "process, or Dask); tiered: the tiered suite, one child process "
                             "per solve with an untimed warm-up, rows resumed (smug.bench.tiered)")
    add_tiered_arguments(parser, shared=False)


def validate(args: argparse.Namespace) -> None:
    """Check every flag before anything runs; raises ValueError naming the flag."""
    from smug.executors import check_dask_address

    if args.quick:
        args.time_limit = min(args.time_limit, QUICK_LIMIT)
    if args.threads is not None and args.threads < 1:
        raise ValueError(f"--threads: expected an integer >= 1, got {args.threads}")
    if args.suite == "tiered":
        _validate_tiered(args)
        return
    installed = smug.available_backends()
    args.backends = args.backends or installed
    if not args.backends:
        raise ValueError("--backends: no solver backend is installed (smug backends)")
    unknown = sorted(set(args.backends) - set(smug.backend_names()))
    if unknown:
        raise ValueError(f"--backends: unknown {', '.join(unknown)}; valid backends: "
                         f"{', '.join(smug.backend_names())}")
    missing = sorted(set(args.backends) - set(installed))
    if missing:
        raise ValueError(f"--backends: not installed: {', '.join(missing)} (installed: "
                         f"{', '.join(installed) or 'none'})")
    args.name = args.name or ("quick" if args.quick else "backends")
    if args.dask is not None:
        check_dask_address(args.dask)
    args.files = find_instances(args.instances or [PACKAGED_INSTANCES], quick=args.quick)
    _check_writable(args.out)


def _check_writable(folder: Path) -> None:
    """``--out`` must be a folder we can create and write in (checked before any run)."""
    import os

    probe = folder
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir() or not os.access(probe, os.W_OK):
        raise ValueError(f"--out: cannot write in {folder}")


def _validate_tiered(args: argparse.Namespace) -> None:
    """``--suite tiered``: one folder with a manifest; backends may also be ``auto`` and
    ``race:SECONDS`` (auto's race with another head start)."""
    args.instances = (args.instances or [DEFAULT_INSTANCES])
    if len(args.instances) != 1 or not Path(args.instances[0]).is_dir():
        raise ValueError("--instances: the tiered suite takes one folder with a manifest.json")
    args.backends = args.backends or list(BACKENDS)
    valid = set(smug.backend_names()) | {"auto"}
    unknown = sorted(b for b in args.backends if b not in valid and not b.startswith("race:"))
    if unknown:
        raise ValueError(f"--backends: unknown {', '.join(unknown)}; valid backends: auto, "
                         f"race:SECONDS, {', '.join(smug.backend_names())}")
    if args.repeat < 1 or args.grace < 0:
        raise ValueError("--repeat: expected an integer >= 1 (and --grace >= 0)")
    if getattr(args, "repeat_under", 1.0) <= 0:
        raise ValueError(f"--repeat-under: expected a positive number of seconds, got "
                         f"{args.repeat_under}")
    args.rows.parent.mkdir(parents=True, exist_ok=True)


def run(args: argparse.Namespace) -> int:
    """Run a validated ``smug bench``; prints the per-backend summary and the file names."""
    if args.suite == "tiered":
        return run_tiered(args)
    from smug.executors import ClusterInfo, dask_executor

    args.out.mkdir(parents=True, exist_ok=True)
    rows_path = args.out / f"{args.name}.{args.format}"
    presolves = {"off": [False], "on": [True], "both": [False, True]}[args.presolve]
    progress = not args.quiet and sys.stderr.isatty()
    info = ClusterInfo(args.dask or "local")
    suite = dict(time_limit=args.time_limit, out=rows_path, seeds=args.seeds,
                 presolve=presolves, threads=args.threads, fresh=args.fresh,
                 progress=progress)
    if args.dask is None:
        n_new = sum(1 for _ in run_suite(args.files, args.backends, **suite))
    else:
        with dask_executor(args.dask, info=info) as executor:
            print(f"dask: {info.n_workers} workers at {info.scheduler} "
                  f"(started in {info.start_s:.1f} s)", file=sys.stderr)
            n_new = sum(1 for _ in run_suite(args.files, args.backends, executor=executor,
                                             **suite))
    rows = read_rows(rows_path)
    settings = settings_record(args.backends, args.time_limit, seeds=args.seeds,
                               presolve=args.presolve, threads=args.threads,
                               executor=args.dask or "serial")
    (args.out / f"{args.name}.json").write_text(
        json.dumps({"settings": settings, "runs": rows}, indent=1, default=str))
    report = markdown(rows, settings)
    (args.out / f"{args.name}.md").write_text(report)
    if not args.no_plots:
        plots(rows, args.out, args.time_limit, stem=args.name)
    print(_summary_table(report))
    print(f"{n_new} new runs, {len(rows)} in all; wrote {rows_path}, "
          f"{args.out / (args.name + '.md')}, {args.out / (args.name + '.json')}")
    return 0


def _summary_table(report: str) -> str:
    """The 'Summary per backend' section of the markdown report."""
    start = report.find("## Summary per backend")
    end = report.find("\n## ", start + 1)
    return report[start:end if end > 0 else None].strip()


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m smug.bench``: parse, validate (one-line errors, status 2), run."""
    parser = argparse.ArgumentParser(
        prog="smug bench", description="Time every smug backend on MaskProblem instances.",
        formatter_class=DefaultsFormatter)
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        validate(args)
    except (ValueError, ImportError) as exc:
        parser.exit(2, f"smug bench: error: {exc}\n")
    return run(args)
