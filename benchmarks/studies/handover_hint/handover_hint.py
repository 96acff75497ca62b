"""Does HiGHS gain from CP-SAT's mask as its hint? (``auto``'s hand-over, issue 20)

``auto``'s sequential plan (a busy machine, or ``threads=1``) runs CP-SAT for half the
limit, then HiGHS. Until this study HiGHS got CP-SAT's best mask as its hint. Per instance:
CP-SAT on one thread for ``--first`` seconds (its mask is the hint), then HiGHS on one
thread for ``--limit`` seconds, with and without that hint, for each seed. Every row
records the 1-minute load average and the process's peak memory so far.

Instances: the held-back MNIST instance ``auto`` left unproven in v3 (the question), the
two design photos of the pixel-level image class, and its held-back photo (checked after
the decision, not used for it).

    python benchmarks/studies/handover_hint/handover_hint.py          # rows (resumed)
    python benchmarks/studies/handover_hint/handover_hint.py --report # results/report.md
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path
from statistics import median

import smug
from smug.bench.common import ResultLog
from smug.bench.tiered import DEFAULT_INSTANCES, load_manifest, split_of

HERE = Path(__file__).resolve().parent
INSTANCES = ["mnist_test3_kall_g0.25_c1", "img_camera_k3000_g0_c1", "img_chelsea_k3000_g0_c1",
             "img_coffee_k3000_g0_c1"]
SEEDS = (0, 1)


def peak_mib() -> float:
    """Peak resident memory of this process so far (MiB; Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(out: Path, first: float, limit: float) -> None:
    log = ResultLog(out / "rows.jsonl", ("instance", "hint", "seed"))
    done = {log.key(r) for r in log.rows}
    manifest = load_manifest(DEFAULT_INSTANCES)
    smug.solve(smug.MaskProblem([[1.0, 1.0]], [0.5]), "highs", threads=1)  # warm up
    smug.solve(smug.MaskProblem([[1.0, 1.0]], [0.5]), "cpsat", threads=1)
    for name in INSTANCES:
        if all((name, h, s) in done for h in (True, False) for s in SEEDS):
            continue
        problem = smug.MaskProblem.load(DEFAULT_INSTANCES / manifest[name]["files"]["npz"])
        lead = smug.solve(problem, "cpsat", time_limit=first, threads=1)
        for seed in SEEDS:
            for hint in (True, False):
                if (name, hint, seed) in done:
                    continue
                t0 = time.perf_counter()
                sol = smug.solve(problem, "highs", time_limit=limit, threads=1, seed=seed,
                                 hint=lead.mask if hint else None)
                row = {"instance": name, "hint": hint, "seed": seed,
                       "split": split_of(manifest[name]), "cpsat_s": first,
                       "cpsat_status": lead.status.value, "hint_cost": lead.objective,
                       "limit_s": limit, "status": sol.status.value,
                       "objective": sol.objective, "bound": sol.bound,
                       "wall_s": round(time.perf_counter() - t0, 3),
                       "load_1min": round(os.getloadavg()[0], 2), "peak_mib": round(peak_mib())}
                log.append(row)
                print(json.dumps(row), flush=True)


def report(out: Path) -> str:
    rows = ResultLog(out / "rows.jsonl", ()).rows
    lines = ["# HiGHS with and without CP-SAT's mask as its hint", "",
             "HiGHS on one thread; PAR2-style time: the wall time when proven, twice the "
             "limit when not. Median over the seeds; ratio = with hint / without.", "",
             "| instance | split | hint cost (CP-SAT) | with hint: proven, time (s) | "
             "without: proven, time (s) | ratio | load |", "|---|---|---:|---|---|---:|---|"]
    for name in INSTANCES:
        mine = [r for r in rows if r["instance"] == name]
        if not mine:
            continue
        cells = []
        for hint in (True, False):
            rs = [r for r in mine if r["hint"] is hint]
            times = [r["wall_s"] if r["status"] == "optimal" else 2 * r["limit_s"] for r in rs]
            proven = sum(r["status"] == "optimal" for r in rs)
            cells.append((proven, len(rs), median(times), [r["wall_s"] for r in rs]))
        loads = [r["load_1min"] for r in mine]
        lines.append(
            f"| {name} | {mine[0]['split']} | {mine[0]['hint_cost']:g} ({mine[0]['cpsat_status']}) | "
            + " | ".join(f"{p}/{n}, {', '.join(f'{w:.2f}' for w in ws)}"
                         for p, n, _, ws in cells)
            + f" | {cells[0][2] / cells[1][2]:.2f}x | {min(loads):.1f}-{max(loads):.1f} |")
    lines += ["", f"Peak memory of the run: {max((r['peak_mib'] for r in rows), default=0)} MiB."]
    text = "\n".join(lines) + "\n"
    (out / "report.md").write_text(text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--first", type=float, default=5.0,
                        help="CP-SAT's seconds (its mask is the hint)")
    parser.add_argument("--limit", type=float, default=20.0, help="HiGHS's seconds")
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.report:
        run(args.out, args.first, args.limit)
    print(report(args.out))


if __name__ == "__main__":
    main()
