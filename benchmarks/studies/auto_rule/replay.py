"""Replay ``auto`` plans from single-backend rows (one thread each, same condition).

A race of sides A, B (B starting ``head`` seconds after A) costs min(tA, head + tB) on
two free cores; on a busy machine each side of a race runs at half speed: min(2 tA,
head + 2 tB) (A alone during its head start: min with tA when tA <= head). A sequential
plan [(A, share), (B, None)] costs tA when A proves within share * limit, else
share * limit + tB (no hint handed over). An unproven instance costs PAR2 = 2 * limit.

Usage: python replay.py ROWS.jsonl [ROWS.jsonl ...] (rows of smug's tiered runner).
"""
from __future__ import annotations

import collections
import json
import math
import sys
from pathlib import Path

LIMIT = 60.0
INF = math.inf


def load(paths):
    times = collections.defaultdict(dict)
    for path in paths:
        for line in open(path):
            r = json.loads(line)
            ok = r["status"] in ("optimal", "infeasible")
            times[r["instance"]][r["backend"]] = r["total_s"] if ok else INF
    return times


def race(t, a, b, head, busy):
    ta, tb = t.get(a, INF), t.get(b, INF)
    if ta <= head:
        return ta
    f = 2.0 if busy else 1.0
    return min(f * ta if not busy else head + f * (ta - head), head + f * tb)


def seq(t, steps, limit=LIMIT):
    spent = 0.0
    for name, share in steps:
        slot = limit - spent if share is None else min(share * limit, limit - spent)
        tn = t.get(name, INF)
        if tn <= slot:
            return spent + tn
        spent += slot
        if spent >= limit:
            break
    return INF


def par2(x, limit=LIMIT):
    return x if x <= limit else 2 * limit


def class_of(name):
    parts = name.split("_")
    kind = parts[0]
    rest = [p for p in parts[2:] if not p.startswith("test")]
    return kind + " " + " ".join(rest)


def evaluate(times, rules, backends=("cpsat", "highs", "scip")):
    per = collections.defaultdict(lambda: collections.defaultdict(float))
    for inst, t in times.items():
        c = class_of(inst)
        vbs = min(t.get(b, INF) for b in backends)
        per[c]["vbs"] += par2(vbs)
        for rname, rule in rules.items():
            per[c][rname] += par2(rule(inst, t))
    return per


def report(per, rules):
    names = list(rules)
    print(f"{'class':34s}" + "".join(f"{n:>14s}" for n in names))
    tot = collections.defaultdict(float)
    worst = collections.defaultdict(float)
    for c in sorted(per):
        v = per[c]["vbs"]
        tot["vbs"] += v
        cells = []
        for n in names:
            tot[n] += per[c][n]
            ratio = per[c][n] / v if v > 0 else 1.0
            worst[n] = max(worst[n], ratio)
            cells.append(f"{ratio:13.2f}x")
        print(f"{c:34s}" + "".join(cells))
    print(f"{'ALL':34s}" + "".join(f"{tot[n] / tot['vbs']:13.2f}x" for n in names))
    print(f"{'worst class':34s}" + "".join(f"{worst[n]:13.2f}x" for n in names))


if __name__ == "__main__":
    times = load([Path(p) for p in sys.argv[1:]])
    from rules import RULES_QUIET, RULES_BUSY  # noqa: E402
    print("== quiet (two free cores)")
    report(evaluate(times, RULES_QUIET), RULES_QUIET)
    print("== busy (no free core)")
    report(evaluate(times, RULES_BUSY), RULES_BUSY)
