"""Pixel-level (1x1-cell) EfficientNet-Lite0 MaskProblems before and after the clause presolve.

For each instance ``img_<photo>_k<k>_g<gamma>_c1`` (photos chelsea, coffee, camera; k in
{3000, 10000}; gamma in {0, 0.5}; 50,176 mask variables, rows over 3x3 receptive fields) and
each backend, ``smug.solve(problem, backend, time_limit=T, threads=1)`` runs in a child process
of its own, in three modes (the presolve the solving layer calls is replaced for the child):

* ``before``: smug's presolve without the clause step (``presolve(problem, clauses=False)``,
  what every backend got before issue 20);
* ``one_pass``: the clause presolve in one pass (``presolve(problem, max_clauses=None)``: every
  short row with at most 48 clauses replaced by them, clause column dominance; the default of
  the previous session, recorded as ``after`` then and relabelled);
* ``after``: today's presolve (:func:`smug.presolve.presolve`: the one pass for its fixings,
  then a second pass on the problem with those fixings that hands only rows with at most 8
  clauses to the solver as clauses, the others as the rows they are);
* ``hull``: ``after`` plus four rounds of exact hull cuts of the short rows
  (``presolve(problem, hull_cut_rounds=4)``, :func:`smug.presolve_rows.hull_cuts`; third
  session, not the default).

Each row records status, objective, bound, wall seconds, the child's CPU seconds (solving runs
on one thread, so CPU seconds are what the solve needed, whatever else the machine ran) and
peak resident memory, the presolved size and largest component, and the 1-minute load average.
Every mask is verified exactly against the original problem (``smug.solve`` does; checked again
here). One JSON line per run goes to ``results/pixel_masks.jsonl`` (resumable), and
``results/pixel_masks.md`` is written from all rows.

The coffee photo was held back while the presolve was designed (its instances were not looked
at before the rules were fixed); chelsea and camera were used to tune.

Usage::

    python benchmarks/instances.py --set tiered --sources image --no-exports   # the instances
    python benchmarks/studies/pixel_masks/pixel_masks.py [--instances DIR] [--time-limit 60]
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import resource
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "results"
INSTANCES = HERE.parents[1] / "instances" / "tiered"
HELD_BACK = "coffee"
#: Rounds of hull cuts in the ``hull`` mode (``presolve(problem, hull_cut_rounds=4)``).
HULL_ROUNDS = 4
MODES = ("before", "one_pass", "after", "hull")


def _child(path: str, backend: str, mode: str, time_limit: float, threads: int,
           queue: Any) -> None:
    """One solve in a fresh process: its own CPU time and peak memory."""
    import smug
    import smug.reductions
    from smug.presolve import presolve, split_components

    problem = smug.MaskProblem.load(path)
    options = {"before": {"clauses": False}, "one_pass": {"max_clauses": None}, "after": {},
               "hull": {"hull_cut_rounds": HULL_ROUNDS}}[mode]
    t0 = time.perf_counter()
    reduced = presolve(problem, **options)
    presolve_s = time.perf_counter() - t0
    small = reduced.problem
    parts = split_components(small) if small is not None and small.n_rows else []
    if options:  # the solving layer's presolve, as it was in that mode
        smug.reductions.presolve = partial(presolve, **options)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    sol = smug.solve(problem, backend, time_limit=time_limit, threads=threads or None)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    verified = None if sol.mask is None else bool(smug.verify(problem, sol.mask).ok)
    queue.put({"status": sol.status.value, "objective": sol.objective, "bound": sol.bound,
               "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
               "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
               "presolve_s": round(presolve_s, 2),
               "presolved_vars": 0 if small is None else small.n_vars,
               "presolved_rows": 0 if small is None else small.n_rows,
               "components": len(parts),
               "largest_component": max((c.problem.n_vars for c in parts), default=0),
               "verified": verified, "load_1min": round(os.getloadavg()[0], 2)})


def run_one(path: Path, backend: str, mode: str, time_limit: float, threads: int
            ) -> dict[str, Any]:
    from smug.bench.common import in_forked_child

    return in_forked_child(_child, (str(path), backend, mode, time_limit, threads),
                           time_limit * 3 + 300,
                           {"status": "crashed", "objective": None, "bound": None})


def main(argv: Sequence[str] | None = None) -> int:
    from smug.bench.common import ResultLog

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=Path, default=INSTANCES)
    parser.add_argument("--match", default="img_*_c1")
    parser.add_argument("--backends", nargs="+", default=["highs", "cpsat"])
    parser.add_argument("--modes", nargs="+", default=["after", "one_pass", "before"],
                        choices=list(MODES))
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=1,
                        help="solver threads; 0 means smug.solve's default (threads=None)")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="folder for pixel_masks.jsonl and pixel_masks.md (resumed)")
    parser.add_argument("--table-only", action="store_true")
    args = parser.parse_args(argv)
    if args.threads < 0:
        parser.error(f"--threads: expected 0 (the default) or a positive count, got {args.threads}")
    args.out.mkdir(parents=True, exist_ok=True)
    log = ResultLog(args.out / "pixel_masks.jsonl", ("instance", "backend", "mode", "time_limit",
                                                             "threads"))
    paths = sorted(p for p in args.instances.glob("*.npz") if fnmatch.fnmatch(p.stem, args.match))
    if not paths and not args.table_only:
        parser.error(f"--instances: no {args.match}.npz in {args.instances}; generate them with "
                     "python benchmarks/instances.py --set tiered --sources image --no-exports")
    for mode in ([] if args.table_only else args.modes):
        for path in paths:
            for backend in args.backends:
                key = {"instance": path.stem, "backend": backend, "mode": mode,
                       "time_limit": args.time_limit, "threads": args.threads}
                if log.done(**key):
                    continue
                log.append({**key, **run_one(path, backend, mode, args.time_limit, args.threads)})
                print(json.dumps(log.rows[-1]), flush=True)
    write_table(log.rows, args.out / "pixel_masks.md")
    return 0


def _cell(row: dict[str, Any] | None) -> str:
    if row is None:
        return "-"
    status = row["status"]
    value = "" if row.get("objective") is None else f" {row['objective']:.0f}"
    bound = "" if status == "optimal" or row.get("bound") is None else f" >= {row['bound']:.0f}"
    return f"{status}{value}{bound}, {row.get('cpu_s', '-')} CPU s / {row.get('wall_s', '-')} s"


def write_table(rows: list[dict[str, Any]], path: Path) -> None:
    """One line per instance and backend: the modes side by side."""
    by_key = {(r["instance"], r["backend"], r["mode"], r["time_limit"], r.get("threads", 1)): r
              for r in rows}
    settings = sorted({(r["time_limit"], r.get("threads", 1)) for r in rows})
    size = lambda r, f: "-" if r is None or f not in r else str(r[f])  # noqa: E731
    lines = ["Each cell: status, objective (and proven bound when not optimal), CPU seconds of "
             "the solving process / wall seconds. Wall-clock limit per solve; the machine is a "
             "shared 2-core one with other jobs running (1-minute load average of the `after` "
             "solve in the last column), so CPU seconds are the comparable figure. Modes: "
             "`before` no clauses, `one_pass` the previous default (every row with up to 48 "
             "clauses handed on as clauses), `after` today's default (rows with more than 8 "
             "clauses handed on as rows after a first pass), `hull` after plus four rounds of "
             "exact hull cuts (not the default). Coffee (held back) is marked *.",
             ""]
    for limit, threads in settings:
        lines += [f"## Time limit {limit:g} s, threads={threads or 'default'}", "",
                  "| instance | backend | before | one_pass | after | hull | presolved vars / rows "
                  "one_pass | presolved vars / rows after | largest component one_pass / after "
                  "| peak MB after | load |",
                  "|---|---|---|---|---|---|---:|---:|---:|---:|---:|"]
        names = sorted({(r["instance"], r["backend"]) for r in rows
                        if (r["time_limit"], r.get("threads", 1)) == (limit, threads)},
                       key=lambda t: (("_k10000" in t[0]), t[0], t[1]))
        for inst, backend in names:
            b, o, a, h = (by_key.get((inst, backend, m, limit, threads)) for m in MODES)
            star = "*" if HELD_BACK in inst else ""
            lines.append(
                f"| {inst}{star} | {backend} | {_cell(b)} | {_cell(o)} | {_cell(a)} | {_cell(h)} | "
                f"{size(o, 'presolved_vars')} / {size(o, 'presolved_rows')} | "
                f"{size(a, 'presolved_vars')} / {size(a, 'presolved_rows')} | "
                f"{size(o, 'largest_component')} / {size(a, 'largest_component')} | "
                f"{size(a, 'peak_mb')} | {size(a, 'load_1min')} |")
        lines.append("")
    path.write_text("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
