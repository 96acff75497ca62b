"""Which partner should CP-SAT race on long-row problems: HiGHS or SCIP? (issue 20)

The replay of ``auto_rule.py`` (same cost model: its docstring) restricted to the long-row
instances (a row of >= ``LONG_ROW`` variables: MNIST 1x1 cells), on the design half: the
ten even digits of the tiered suite (``results/design_mnist.jsonl``) and forty more even
digits made by ``more_design.py`` (``results/design_mnist_more.jsonl``, its manifest
``results/design_more_manifest.json``). The held-back prediction replays the same plans on
the rows of a tiered load run (``../../results/tiered/v6``).

Usage::

    python long_partner.py                      # design half
    python long_partner.py --heldback DIR       # + prediction from DIR/{quiet,busy}.jsonl
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from auto_rule import INF, RESULTS, class_of, par2, race, seq

LONG_ROW = 100  # smug.solving.LONG_ROW
HERE = Path(__file__).resolve().parent
MANIFESTS = [HERE.parents[1] / "instances" / "tiered" / "manifest.json",
             RESULTS / "design_more_manifest.json"]
DESIGN = [RESULTS / "design_mnist.jsonl", RESULTS / "design_mnist_more.jsonl"]
VBS = ("cpsat", "highs", "scip", "pulp", "cvxpy")


def longest() -> dict[str, int]:
    out: dict[str, int] = {}
    for path in MANIFESTS:
        if path.exists():
            out.update({e["name"]: e["longest_row"] for e in json.loads(path.read_text())})
    return out


def load(paths: list[Path], median: bool) -> dict[str, dict[str, float]]:
    """``{instance: {backend: seconds}}`` (unproven: inf); ``median``: the median of the
    repeated draws where a row has them (``runs_s``)."""
    times: dict[str, dict[str, float]] = {}
    for path in paths:
        if not path.exists():
            continue
        for line in open(path):
            row = json.loads(line)
            if row["status"] == "error":
                continue
            name = row["backend"] if row["config"].startswith("default") else \
                f"{row['backend']}:{row['config'].split('/')[0]}"
            ok = row["status"] in ("optimal", "infeasible")
            t = statistics.median(row["runs_s"]) if median and row.get("runs_s") else row["total_s"]
            times.setdefault(row["instance"], {})[name] = t if ok else INF
    return times


def rules(factor: float | None) -> dict:
    """Candidate long-row plans; ``factor`` None: quiet (two free cores), else busy."""
    if factor is None:
        return {"cp+hi/0 (v6)": race("cpsat", "highs", 0.0),
                "cp+sc/0": race("cpsat", "scip", 0.0),
                "cp+hi/0.2": race("cpsat", "highs", 0.2),
                "cp+sc/0.2": race("cpsat", "scip", 0.2),
                "3-way x1.5": lambda t: 1.5 * min(t.get(b, INF)
                                                  for b in ("cpsat", "highs", "scip"))}
    out = {}
    for head in (0.5, 1.0):
        for partner in ("highs", "scip"):
            out[f"cp{head:g}+{partner[:2]}"] = race("cpsat", partner, head, factor)
    out["cp alone"] = seq([("cpsat", None)])
    return out


def table(times: dict[str, dict[str, float]], plans: dict, long: dict[str, int],
          limit: float) -> str:
    sums: dict[str, dict[str, float]] = {}
    counts: dict[str, int] = {}
    for inst, t in times.items():
        if long.get(inst, 0) < LONG_ROW or not all(b in t for b in ("cpsat", "highs", "scip")):
            continue
        for key in (class_of(inst), "ALL long"):
            s = sums.setdefault(key, dict.fromkeys(["vbs", *plans], 0.0))
            counts[key] = counts.get(key, 0) + 1
            s["vbs"] += par2(min(t.get(b, INF) for b in VBS), limit)
            for name, plan in plans.items():
                s[name] += par2(plan(t), limit)
    names = list(plans)
    lines = ["| class | n | " + " | ".join(names) + " |", "|---|---:|" + "---:|" * len(names)]
    for c in sorted(sums, key=lambda c: (c == "ALL long", c)):
        lines.append(f"| {c} | {counts[c]} | " + " | ".join(
            f"{sums[c][n] / sums[c]['vbs']:.2f}x" for n in names) + " |")
    return "\n".join(lines)


def wins(times: dict[str, dict[str, float]], long: dict[str, int]) -> str:
    """Per class: on how many instances each backend was the fastest of the three."""
    out: dict[str, dict[str, int]] = {}
    for inst, t in times.items():
        if long.get(inst, 0) < LONG_ROW or not all(b in t for b in ("cpsat", "highs", "scip")):
            continue
        best = min(("cpsat", "highs", "scip"), key=lambda b: t[b])
        c = out.setdefault(class_of(inst), {"cpsat": 0, "highs": 0, "scip": 0, "none": 0})
        c[best if t[best] < INF else "none"] += 1
    return "\n".join(f"- {c}: " + ", ".join(f"{k} {v}" for k, v in d.items())
                     for c, d in sorted(out.items()))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldback", type=Path, default=None)
    args = parser.parse_args(argv)
    long = longest()
    design = load(DESIGN, median=False)
    print("## design half (20 s limit; PAR2 = 40 s)\n")
    print("fastest of cpsat / highs / scip per instance:\n")
    print(wins(design, long))
    print("\n### quiet\n")
    print(table(design, rules(None), long, 20.0))
    for f, label in ((4 / 3, "x4/3"), (2.0, "x2")):
        print(f"\n### busy {label}\n")
        print(table(design, rules(f), long, 20.0))
    if args.heldback:
        for cond in ("quiet", "busy"):
            held = load([args.heldback / f"{cond}.jsonl"], median=True)
            print(f"\n## held-back {cond} ({args.heldback.name}, 60 s limit; medians)\n")
            if cond == "quiet":
                print(table(held, rules(None), long, 60.0))
            else:
                for f, label in ((4 / 3, "x4/3"), (2.0, "x2")):
                    print(f"\n### busy {label}\n")
                    print(table(held, rules(f), long, 60.0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
