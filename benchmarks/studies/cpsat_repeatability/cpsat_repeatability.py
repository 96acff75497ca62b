"""Does CP-SAT return the same minimal mask on every run, and what does making it so cost?

Several masks are often equally small. With two or more workers (smug's default) CP-SAT
races them, so which minimal mask comes back can change from run to run even with the same
``seed``; the CI once failed on such a tie. This script solves every instance several times
under each setting and records, per instance and setting: how many *distinct* masks came
back, whether every run was proven optimal with the same objective, and the median time.

Settings:

* ``default``: smug's default (2 workers running ``core`` + ``default_lp`` on a 2-core machine).
* ``interleave``: the same plus CP-SAT's ``interleave_search=True``, documented by OR-Tools as
  deterministic for any number of workers.
* ``threads1``: one worker (``threads=1``).

One JSON line per (instance, setting, run) is appended to
``benchmarks/studies/cpsat_repeatability/results/runs.jsonl`` as soon as it is done (a rerun resumes),
and ``summary.md`` is rewritten at the end. Timings are wall-clock seconds on a shared
2-core machine.

Usage::

    python benchmarks/studies/cpsat_repeatability/cpsat_repeatability.py                  # the full instance set, 5 runs
    python benchmarks/studies/cpsat_repeatability/cpsat_repeatability.py --quick          # 3 small instances, 2 runs
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import time
from pathlib import Path
from typing import Any


import numpy as np  # noqa: E402

import smug  # noqa: E402
from smug.bench.common import ResultLog, machine, markdown_table, progress

HERE = Path(__file__).resolve().parent  # benchmarks/studies/cpsat_repeatability
INSTANCE_SETS = (HERE.parents[1] / "instances" / "full", HERE.parents[1] / "instances" / "small")

SETTINGS: dict[str, dict[str, Any]] = {
    "default": {},
    "interleave": {"interleave_search": True},
    "threads1": {"threads": 1},
}


def instance_files(quick: bool) -> list[Path]:
    """The full set if it has been generated, else the committed small set; smallest first."""
    for folder in INSTANCE_SETS:
        files = sorted(folder.glob("*.npz"))
        if files:
            break
    sized = sorted(files, key=lambda f: (smug.MaskProblem.load(f).nnz, f.name))
    return sized[:3] if quick else sized


def mask_digest(mask: np.ndarray | None) -> str | None:
    """A short fingerprint of a mask (None when there is none)."""
    if mask is None:
        return None
    return hashlib.sha1(np.packbits(mask).tobytes()).hexdigest()[:12]


def run(files: list[Path], runs: int, time_limit: float, log: ResultLog,
        settings: tuple[str, ...] = tuple(SETTINGS), presolve: bool = True) -> None:
    jobs = [(f, s, r) for f in files for s in settings for r in range(runs)]
    for path, setting, run_no in progress(jobs, "cpsat repeatability"):
        if log.done(instance=path.stem, setting=setting, run=run_no):
            continue
        problem = smug.MaskProblem.load(path)
        start = time.perf_counter()
        sol = smug.solve(problem, "cpsat", time_limit=time_limit, seed=0, presolve=presolve,
                         **SETTINGS[setting])
        log.append({
            "instance": path.stem, "setting": setting, "run": run_no,
            "n_vars": problem.n_vars, "n_rows": problem.n_rows, "nnz": problem.nnz,
            "status": sol.status.value, "objective": sol.objective, "bound": sol.bound,
            "mask": mask_digest(sol.mask), "total_s": sol.timings.total,
            "wall_s": time.perf_counter() - start,
        })


def summarise(rows: list[dict[str, Any]]) -> tuple[list[list[Any]], list[list[Any]]]:
    """Per-setting totals and the per-instance lines where some setting was not repeatable."""
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        by_key.setdefault((r["instance"], r["setting"]), []).append(r)
    instances = sorted({i for i, _ in by_key})
    totals, varying = [], []
    for setting in SETTINGS:
        groups = [by_key[(i, setting)] for i in instances if (i, setting) in by_key]
        if not groups:
            continue
        repeatable = sum(len({r["mask"] for r in g}) == 1 for g in groups)
        proven = sum(all(r["status"] == "optimal" for r in g) for g in groups)
        medians = [statistics.median(r["total_s"] for r in g) for g in groups]
        totals.append([setting, len(groups), proven, repeatable,
                       f"{statistics.median(medians):.3f}", f"{sum(medians):.1f}",
                       f"{max(medians):.2f}"])
    for instance in instances:
        groups = [by_key.get((instance, setting), []) for setting in SETTINGS]
        if all(len({r["mask"] for r in g}) <= 1 for g in groups):
            continue
        varying.append([instance, *(_cell(g) for g in groups)])
    return totals, varying


def _cell(group: list[dict[str, Any]]) -> str:
    """``n mask(s), objective(s), median seconds`` for one instance and setting."""
    if not group:
        return "-"
    objectives = sorted({r["objective"] for r in group}, key=str)
    return (f"{len({r['mask'] for r in group})} mask(s), objective {objectives}, "
            f"{statistics.median(r['total_s'] for r in group):.2f} s")


def write_summary(out: Path, rows: list[dict[str, Any]], runs: int, time_limit: float,
                  presolve: bool = True, note: str = "") -> None:
    totals, varying = summarise(rows)
    m = machine()
    text = [
        "# CP-SAT repeatability: the same minimal mask on every run?",
        "",
        f"Run {m['date_utc']} UTC on {m['cpu']}, Python {m['python']}; {runs} runs per instance and setting, seed 0, time limit "
        f"{time_limit:g} s, presolve {'on' if presolve else 'off'}. {note}`repeatable` counts the instances "
        "whose runs all returned the identical mask; `median s` is the median over "
        "instances of each instance's median total time.",
        "",
        markdown_table(["setting", "instances", "all runs proven", "repeatable",
                        "median s", "sum of medians s", "max median s"], totals),
        "",
        "## Instances where some setting returned more than one mask",
        "",
    ]
    if varying:
        text.append(markdown_table(["instance", *SETTINGS], varying))
    else:
        text.append("None: every setting returned one mask per instance.")
    (out / "summary.md").write_text("\n".join(text) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--quick", action="store_true", help="3 small instances, 2 runs")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--settings", nargs="+", choices=list(SETTINGS), default=list(SETTINGS))
    parser.add_argument("--presolve", action=argparse.BooleanOptionalAction, default=True,
                        help="smug's exact presolve before CP-SAT (default: on)")
    parser.add_argument("--note", default="", help="a sentence for the summary (e.g. the load)")
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs
    args.out.mkdir(parents=True, exist_ok=True)
    log = ResultLog(args.out / "runs.jsonl", ("instance", "setting", "run"))
    run(instance_files(args.quick), runs, args.time_limit, log, tuple(args.settings), args.presolve)
    note = args.note.strip() + " " if args.note.strip() else ""
    write_summary(args.out, log.rows, runs, args.time_limit, args.presolve, note)
    print((args.out / "summary.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
