"""Time solving the independent components apart against solving the whole problem.

On the EfficientNet-Lite0 pixel-level class (``img_*_k10000_g0.5_c1`` of the tiered
library: 50,176 variables, 10,000 rows, ~90k non-zeros) this runs, per instance and backend:

* ``whole``: ``smug.solve(problem, backend, threads=T)`` (presolve, then one solve);
* ``components``: smug's presolve, then :func:`smug.components.solve_components` with
  ``smug.solve(part, backend, threads=1, presolve=False)`` per component, ``workers=T``
  threads at once; the time includes presolve, the split and restoring the mask.

Both must prove the same optimum (checked; a mismatch is an error). One JSON line per run
goes to ``benchmarks/studies/components_pixel/results/components.jsonl`` (resumable), and a markdown table
to ``components.md``. Wall-clock on a loaded shared 2-core machine.

Usage::

    python benchmarks/studies/components_pixel/components_pixel.py [--match 'img_*_k10000_g0.5_c1'] [--workers 2]
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

from smug.bench.common import ResultLog

import smug
from smug.components import solve_components
from smug.presolve import presolve, split_components

INSTANCES = HERE.parents[1] / "instances" / "tiered"
OUT = HERE / "results"


def solve_by_components(problem: smug.MaskProblem, backend: str, time_limit: float,
                        workers: int) -> tuple[smug.Solution, dict[str, Any]]:
    """Presolve, split, solve the parts, restore: the whole problem's Solution and stats."""
    start = time.perf_counter()
    reduced = presolve(problem)
    presolve_s = time.perf_counter() - start
    parts = split_components(reduced.problem)
    split_s = time.perf_counter() - start - presolve_s

    def one(part: smug.MaskProblem, limit: float | None) -> smug.Solution:
        return smug.solve(part, backend, time_limit=limit, threads=1, presolve=False)

    left = max(0.0, time_limit - (time.perf_counter() - start))
    sol = solve_components(reduced.problem, one, left, workers=workers, components=parts)
    mask = None if sol.mask is None else reduced.restore(sol.mask)
    total = time.perf_counter() - start
    objective = None if mask is None else problem.objective(mask)
    if mask is not None and not smug.verify(problem, mask).ok:
        raise RuntimeError(f"{problem.name}: restored component mask fails verification")
    info = {"status": sol.status.value, "objective": objective, "total_s": total,
            "presolve_s": presolve_s, "split_s": split_s, "components": len(parts),
            "largest_component": max(p.problem.n_vars for p in parts),
            "presolved_vars": reduced.problem.n_vars,
            "slowest_component_s": sol.stats["component_seconds"]}
    return sol, info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--match", default="img_*_k10000_g0.5_c1")
    parser.add_argument("--backends", nargs="+", default=["highs", "cpsat"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers: expected an integer >= 1")
    paths = sorted(p for p in INSTANCES.glob("*.npz") if fnmatch.fnmatch(p.stem, args.match))
    if not paths:
        parser.error(f"--match: no instance {args.match} in {INSTANCES} (generate them with "
                     "benchmarks/instances.py --set tiered --sources image --no-exports)")
    log = ResultLog(OUT / "components.jsonl", ("instance", "backend", "mode", "workers", "repeat"))
    for path in paths:
        problem = smug.MaskProblem.load(path)
        for backend in args.backends:
            for repeat in range(args.repeats):
                for mode in ("whole", "components"):
                    key = {"instance": problem.name, "backend": backend, "mode": mode,
                           "workers": args.workers, "repeat": repeat}
                    if log.done(**key):
                        continue
                    if mode == "whole":
                        t0 = time.perf_counter()
                        sol = smug.solve(problem, backend, time_limit=args.time_limit,
                                         threads=args.workers)
                        info = {"status": sol.status.value, "objective": sol.objective,
                                "total_s": time.perf_counter() - t0}
                    else:
                        _, info = solve_by_components(problem, backend, args.time_limit,
                                                      args.workers)
                    log.append({**key, **info, "load_1min": round(os.getloadavg()[0], 2)})
                    print(json.dumps(log.rows[-1]), flush=True)
    write_table(log.rows, OUT / "components.md")
    return 0


def write_table(rows: list[dict[str, Any]], path: Path) -> None:
    """Median seconds per instance, backend and mode; flags any disagreement."""
    import numpy as np

    groups: dict[tuple, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["instance"], r["backend"], r["workers"]), []).append(r)
    lines = [("| instance | backend | workers | whole: median s (status) | components: median "
              "s (status) | speed-up | objective whole / components | components (largest) | "
              "proven optima agree |"),
             "|---|---|---:|---:|---:|---:|---:|---:|---|"]
    for (inst, backend, workers), rs in sorted(groups.items()):
        whole = [r for r in rs if r["mode"] == "whole"]
        comp = [r for r in rs if r["mode"] == "components"]
        if not whole or not comp:
            continue
        tw = float(np.median([r["total_s"] for r in whole]))
        tc = float(np.median([r["total_s"] for r in comp]))
        proven = [r for r in whole + comp if r["status"] == "optimal"]
        agree = ("yes" if len({r["objective"] for r in proven}) == 1 else "NO") \
            if len(proven) == len(whole + comp) else "n/a (not all proven)"
        lines.append(f"| {inst} | {backend} | {workers} | {tw:.2f} ({whole[0]['status']}) | "
                     f"{tc:.2f} ({comp[0]['status']}) | {tw / tc:.1f}x | "
                     f"{whole[0]['objective']} / {comp[0]['objective']} | "
                     f"{comp[0]['components']} ({comp[0]['largest_component']}) | "
                     f"{agree} |")
    path.write_text("Wall-clock seconds on a loaded shared 2-core machine (other jobs "
                    "running); compare within a row.\n\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
