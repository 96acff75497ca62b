"""``auto``'s own fixed cost against a named backend, in one process (issue 20).

On the suite's 0.01-0.1 s instances every millisecond of ``auto``'s own work is 1-10 % of
the solve. This times, interleaved in one process (so that the machine's load falls on all
alike), ``smug.solve(problem, "cpsat", threads=1)``, ``smug.solve(problem, "highs",
threads=1)`` and ``smug.solve(problem)`` (``auto``) -- ``timings.total``, the clock the
suite scores -- and the pieces of ``auto``'s work before the solve: the plan's features,
the free-core count (``/proc`` reads), the plan. The load (1-minute average) is recorded.
With ``--busy N``, N CPU-bound processes run beside it (as ``load_suite.py``); with
``--race``, ``auto`` is made to count every core free (its quiet plan, a race, whatever the
machine's other load), to time the race's own cost on a shared machine.

Usage::

    python overhead.py OUT.json NAME ... [--draws 15] [--busy 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import smug
from smug.solving import choose_plan, free_cores, instance_features

INSTANCES = Path(__file__).resolve().parents[2] / "instances" / "tiered"


def clock(fn, draws: int) -> float:
    """Median milliseconds of ``draws`` calls."""
    times = []
    for _ in range(draws):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(1000 * statistics.median(times), 3)


def measure(name: str, draws: int) -> dict:
    problem = smug.MaskProblem.load(INSTANCES / f"{name}.npz")
    runs = {"cpsat": [], "highs": [], "auto": []}
    plans = set()
    for backend in runs:  # untimed first solves: imports, a solver's first start
        smug.solve(problem, None if backend == "auto" else backend,
                   threads=None if backend == "auto" else 1)
    for _ in range(draws):
        for backend in runs:
            sol = (smug.solve(problem) if backend == "auto"
                   else smug.solve(problem, backend, threads=1))
            runs[backend].append(sol.timings.total)
            if backend == "auto":
                plans.add(str(sol.stats["auto_plan"]))
    row = {"instance": name, "n_vars": problem.n_vars, "nnz": problem.nnz,
           **{f"{b}_ms": round(1000 * statistics.median(v), 2) for b, v in runs.items()},
           "auto_plans": sorted(plans),
           "instance_features_ms": clock(lambda: instance_features(problem, presolved=False),
                                         draws),
           "free_cores_ms": clock(lambda: free_cores(2), draws),
           "load_1min": round(os.getloadavg()[0], 2)}
    try:
        from smug.solving import plan_features
        feats = plan_features(problem)
        row["plan_features_ms"] = clock(lambda: plan_features(problem), draws)
    except ImportError:  # the code before the cut
        feats = instance_features(problem, presolved=False)
    row["choose_plan_ms"] = clock(
        lambda: choose_plan(feats, smug.available_backends(), 2, 2), draws)
    return row


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("names", nargs="+")
    parser.add_argument("--draws", type=int, default=15)
    parser.add_argument("--busy", type=int, default=0)
    parser.add_argument("--label", default="")
    parser.add_argument("--race", action="store_true", help="auto sees every core free")
    args = parser.parse_args(argv)
    if args.race:
        import smug.solving.mask

        smug.solving.mask.free_cores = lambda cores: cores
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                for _ in range(args.busy)]
    try:
        with open(args.out, "a") as fh:
            for name in args.names:
                row = {"label": args.label, "busy": args.busy, "race": args.race,
                       **measure(name, args.draws)}
                fh.write(json.dumps(row) + "\n")
                print(json.dumps(row), flush=True)
    finally:
        for proc in spinners:
            proc.kill()
            proc.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
