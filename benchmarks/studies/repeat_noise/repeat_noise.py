"""How noisy is one timed solve of a sub-second instance? (the repeats of tiered v5, issue 20)

After helper pixel's presolve most held-back tiered instances take 0.02-0.7 s, and the load
suite (``benchmarks/load_suite.py``) timed every (instance, backend) row once. The virtual
best (VBS) is the per-instance *minimum* over 4-6 such single measurements, so on tiny
instances it is biased low against any single measured contender (``auto``): the minimum
of several noisy draws is lower than a typical draw even when every backend is equally
fast. This study measures that noise before the v5 run chooses how often to repeat a row.

Per instance, every backend is timed ``--repeats`` times, each in a fresh child process
exactly as the suite does it (:func:`smug.bench.tiered.run_one`: warm-up solve first, 60 s
limit, ``threads=1`` for the single backends, ``auto`` as a user gets it), rounds
interleaved (round 1 of every backend, then round 2, ...), so that the machine's drift
falls on every backend alike. Every row records the 1-minute load average and, for
``auto``, the free cores it counted. The instances are **design** inputs (even index) of the
classes the load suite runs, spanning 0.02-3 s: the held-back inputs v5 scores are not
used to choose its method.

The report gives the spread per (instance, backend) and the bias: the expected ratio
``auto / VBS`` when every row is one draw, against the ratio when every row is the median
of ``R`` draws (R = 3, 5), computed by resampling the measured draws (all combinations).

    python benchmarks/studies/repeat_noise/repeat_noise.py           # rows (resumed)
    python benchmarks/studies/repeat_noise/repeat_noise.py --report  # results/report.md
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from pathlib import Path
from statistics import median
from typing import Any

import numpy as np

from smug.bench.common import ResultLog
from smug.bench.tiered import DEFAULT_INSTANCES, load_manifest, run_one, split_of

HERE = Path(__file__).resolve().parent
FIVE = ["auto", "cpsat", "highs", "scip", "cvxpy"]
#: Design instances of the load suite's classes, from the fastest to the slowest (v4 times
#: of their held-back siblings: 0.02-0.7 s), then two at the threshold's side: helper
#: auto's design rows of 2026-12-03 had test6 g0.9 at 0.9-2.2 s and test10 g0.5 at 3.9 s.
INSTANCES: list[tuple[str, list[str]]] = [
    ("stem_chelsea_k3000_g0.5_c4", FIVE),
    ("text_test1120_kall_c1", FIVE),
    ("mnist_test0_kall_g0.5_c2", FIVE),
    ("gabor_chelsea_k3000_g0_c4", FIVE),
    ("mnist_test2_kall_g0.25_c1", FIVE),
    ("img_chelsea_k10000_g0_c2", FIVE),
    ("mnist_test0_kall_g0.9_c1", ["auto", "cpsat"]),
    ("mnist_test6_kall_g0.9_c1", FIVE),
    ("mnist_test10_kall_g0.5_c1", ["auto", "cpsat"]),
]
LIMIT = 60.0
#: Time bands of the spread summary (seconds, by a row's median draw).
BANDS = ((0.0, 0.1), (0.1, 1.0), (1.0, 60.0))
PROVEN = ("optimal", "infeasible")


def run(out: Path, repeats: int) -> None:
    """Time every (instance, backend) ``repeats`` times, rounds interleaved (resumed)."""
    log = ResultLog(out / "rows.jsonl", ("instance", "backend", "rep"))
    manifest = load_manifest(DEFAULT_INSTANCES)
    for name, backends in INSTANCES:
        entry = manifest[name]
        if split_of(entry) != "design":
            raise SystemExit(f"{name}: expected a design (even-index) instance")
        path = DEFAULT_INSTANCES / entry["files"]["npz"]
        for rep in range(repeats):
            for backend in backends:
                if log.done(instance=name, backend=backend, rep=rep):
                    continue
                result = run_one(path, backend, LIMIT, 1, {}, 10.0)
                row = {"instance": name, "backend": backend, "rep": rep, **result,
                       "load_1min": round(os.getloadavg()[0], 2),
                       "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
                log.append(row)
                print(json.dumps({k: row.get(k) for k in ("instance", "backend", "rep",
                                                          "status", "total_s", "load_1min")}),
                      flush=True)


def times_of(rows: list[dict[str, Any]]) -> dict[str, dict[str, list[float]]]:
    """``{instance: {backend: [seconds per draw]}}``; an unproven draw counts as PAR2."""
    out: dict[str, dict[str, list[float]]] = {}
    for row in sorted(rows, key=lambda r: r["rep"]):
        seconds = (float(row["total_s"]) if row.get("status") in PROVEN and
                   row.get("total_s") is not None else 2 * LIMIT)
        out.setdefault(row["instance"], {}).setdefault(row["backend"], []).append(seconds)
    return out


def expected_ratio(draws: dict[str, list[float]], r: int) -> float:
    """The mean over resamples of ``auto / VBS`` when each backend's time is the median of
    ``r`` of its draws: every ``r``-subset of each backend's draws, all combinations across
    backends, computed exactly. The backends' picks are independent, so the mean is
    ``mean(auto) * E[1 / min(others)]``, and the minimum's distribution is the product of
    the others' survival functions."""
    pools = {b: np.array([median(c) for c in itertools.combinations(d, r)])
             for b, d in draws.items()}
    others = [p for b, p in pools.items() if b != "auto"]
    values = np.unique(np.concatenate(others))
    survive = np.prod([(p[None, :] >= values[:, None]).mean(axis=1) for p in others], axis=0)
    beyond = np.prod([(p[None, :] > values[:, None]).mean(axis=1) for p in others], axis=0)
    return float(pools["auto"].mean() * np.sum((survive - beyond) / values))


def report(out: Path) -> str:
    rows = ResultLog(out / "rows.jsonl", ()).rows
    table = times_of(rows)
    loads = [r["load_1min"] for r in rows]
    free = [r["auto_free_cores"] for r in rows if r["backend"] == "auto"
            and r.get("auto_free_cores") is not None]
    lines = ["# One timed solve of a sub-second instance: the noise, and the VBS's bias", "",
             f"{len(rows)} solves, each in a fresh child process as the tiered suite runs "
             f"them; 1-minute load average {min(loads):.1f}-{max(loads):.1f} (median "
             f"{median(loads):.1f}); `auto` counted 2 free cores on "
             f"{sum(f >= 2 for f in free)} of its {len(free)} solves. Design inputs only.",
             "", "## Spread per backend (seconds, `total_s`)", "",
             "| instance | backend | draws | min | median | max | max / min |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for name, _ in INSTANCES:
        for backend, draws in table.get(name, {}).items():
            lines.append(f"| {name} | {backend} | {len(draws)} | {min(draws):.3f} | "
                         f"{median(draws):.3f} | {max(draws):.3f} | "
                         f"{max(draws) / min(draws):.2f} |")
    lines += ["", "## Spread by time band (the median draw of each row)", "",
              "| band | rows | max / min: median (range) |", "|---|---:|---|"]
    for low, high in BANDS:
        spreads = [max(d) / min(d) for name, _ in INSTANCES
                   for d in table.get(name, {}).values() if low <= median(d) < high]
        if spreads:
            lines.append(f"| {low:g}-{high:g} s | {len(spreads)} | {median(spreads):.2f} "
                         f"({min(spreads):.2f}-{max(spreads):.2f}) |")
    lines += ["", "## `auto` / VBS per instance: one draw per row against the median of R",
              "", "Expected over resamples of the measured draws (R-subsets of each "
              "backend's draws, all combinations). The last column is the ratio of the "
              "medians of all draws (the best estimate of the typical ratio).", "",
              "| instance | VBS backend (median) | R = 1 | R = 3 | R = 5 | medians of all |",
              "|---|---|---:|---:|---:|---:|"]
    for name, _ in INSTANCES:
        draws = table.get(name, {})
        if "auto" not in draws or len(draws) < 2:
            continue
        n = min(len(d) for d in draws.values())
        meds = {b: median(d) for b, d in draws.items()}
        best = min((b for b in meds if b != "auto"), key=meds.get)
        cells = [f"{expected_ratio(draws, r):.2f}" if r <= n else "-" for r in (1, 3, 5)]
        lines.append(f"| {name} | {best} ({meds[best]:.3f} s) | " + " | ".join(cells) +
                     f" | {meds['auto'] / meds[best]:.2f} |")
    text = "\n".join(lines) + "\n"
    (out / "report.md").write_text(text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--report", action="store_true", help="only write the report")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats: expected an integer >= 1")
    if not args.report:
        run(args.out, args.repeats)
    print(report(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
