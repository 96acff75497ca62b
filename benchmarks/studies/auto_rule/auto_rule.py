"""Which plan should ``auto`` run? A replay of candidate plans from single-backend rows
(issue 20: ``auto`` within 1.2x of the virtual best, quiet and busy).

A plan is replayed from the rows of the single backends (one thread each, same
condition, :func:`load`); ``auto``'s own overhead (its choice, a second model) is not in
a replay -- that is what the measured ``auto`` rows are for.

* A race of A and B, B starting ``head`` seconds after A, on two free cores:
  ``min(tA, head + tB)``.
* The same race on a busy machine: A alone at a single backend's speed for ``head``
  seconds, then both sides at ``1 / factor`` of it: ``head + factor * min(tA - head, tB)``
  (``tA`` when A proves within its head start). ``factor`` is 4/3 where the load is two
  CPU-bound threads of the same session (two cores shared by four threads instead of
  three) and 2 where it is another session's (Linux shares the CPU between sessions
  first, so the race's two threads split one share).
* A sequential plan ``[(A, share), (B, None)]``: ``tA`` when A proves within
  ``share * limit``, else ``share * limit + tB`` (no hint handed over).

An unproven instance costs PAR2 = 2 x the limit. The virtual best (VBS) is the best single
backend per instance, SCIP included.

Usage::

    python auto_rule.py                 # design half (results/design_*.jsonl)
    python auto_rule.py ROWS.jsonl ...  # any rows of smug's tiered runner
"""

from __future__ import annotations

import collections
import json
import math
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
DESIGN = [RESULTS / "design_mnist.jsonl", RESULTS / "design_img_quiet.jsonl"]
LIMIT = 60.0
INF = math.inf
VBS_BACKENDS = ("cpsat", "highs", "scip", "cvxpy", "pulp")

Times = Mapping[str, float]
Rule = Callable[[str, Times], float]


def load(paths: Iterable[Path], backends: Iterable[str] = VBS_BACKENDS
         ) -> dict[str, dict[str, float]]:
    """``{instance: {backend: seconds}}`` of the proven rows (unproven: infinity; rows that
    failed to run, e.g. on an instance file not generated here, are left out)."""
    keep = set(backends)
    times: dict[str, dict[str, float]] = collections.defaultdict(dict)
    for path in paths:
        for line in open(path):
            row = json.loads(line)
            if row["backend"] in keep and row["status"] != "error":  # e.g. a missing file
                ok = row["status"] in ("optimal", "infeasible")
                times[row["instance"]][row["backend"]] = row["total_s"] if ok else INF
    return dict(times)


def race(a: str, b: str, head: float = 0.0, factor: float = 1.0) -> Callable[[Times], float]:
    """A race of ``a`` and ``b``, ``b`` joining after ``head`` s, both then at
    ``1 / factor`` of a single backend's speed."""
    def cost(t: Times) -> float:
        ta, tb = t.get(a, INF), t.get(b, INF)
        if ta <= head:
            return ta
        return head + factor * min(ta - head, tb)
    return cost


def seq(steps: list[tuple[str, float | None]], limit: float = LIMIT
        ) -> Callable[[Times], float]:
    """One backend after the other, each for its share of ``limit`` (None: the rest)."""
    def cost(t: Times) -> float:
        spent = 0.0
        for name, share in steps:
            slot = limit - spent if share is None else min(share * limit, limit - spent)
            if t.get(name, INF) <= slot:
                return spent + t[name]
            spent += slot
        return INF
    return cost


MANIFEST = Path(__file__).resolve().parents[2] / "instances" / "tiered" / "manifest.json"
LONG_ROW = 100  # smug.solving.LONG_ROW


def _longest_rows() -> dict[str, int]:
    return {e["name"]: e["longest_row"] for e in json.loads(MANIFEST.read_text())}


_LONGEST = _longest_rows()


def long_rows(instance: str) -> bool:
    """A long-row instance (``smug.solving.LONG_ROW``: a row of at least 100 variables,
    from the suite's manifest): on the tiered suite, MNIST 1x1-cell instances only."""
    return _LONGEST.get(instance, 0) >= LONG_ROW


def by_rows(long: Callable[[Times], float], short: Callable[[Times], float]) -> Rule:
    return lambda inst, t: (long if long_rows(inst) else short)(t)


V4_BUSY = seq([("cpsat", 0.5), ("highs", None)])

RULES_QUIET: dict[str, Rule] = {
    "v4": lambda i, t: race("cpsat", "highs", 0.2)(t),
    "long cp+hi/0": by_rows(race("cpsat", "highs", 0.0), race("cpsat", "highs", 0.2)),
    "long cp+sc/0": by_rows(race("cpsat", "scip", 0.0), race("cpsat", "highs", 0.2)),
    "chosen": by_rows(race("cpsat", "highs", 0.0), race("cpsat", "highs", 1.0)),
}

RULES_BUSY: dict[str, Rule] = {"v4": lambda i, t: V4_BUSY(t)}
for _f, _fname in ((4 / 3, "x4/3"), (2.0, "x2")):
    for _h in (0.2, 0.5, 1.0):
        for _b in ("highs", "scip"):
            RULES_BUSY[f"long cp{_h:g}+{_b[:2]} {_fname}"] = by_rows(
                race("cpsat", _b, _h, _f), V4_BUSY)
    RULES_BUSY[f"long cp1s>sc>cp {_fname}"] = by_rows(
        seq([("cpsat", 1 / 60), ("scip", 5 / 60), ("cpsat", None)]), V4_BUSY)
RULES_BUSY["chosen x4/3"] = by_rows(race("cpsat", "highs", 0.5, 4 / 3), V4_BUSY)
RULES_BUSY["chosen x2"] = by_rows(race("cpsat", "highs", 0.5, 2.0), V4_BUSY)


def par2(seconds: float, limit: float = LIMIT) -> float:
    return seconds if seconds <= limit else 2 * limit


def class_of(name: str) -> str:
    """``mnist_test3_kall_g0.25_c1`` -> ``mnist kall g0.25 c1`` (the input dropped)."""
    parts = name.split("_")
    return " ".join([parts[0]] + [p for p in parts[2:] if not p.startswith("test")])


def ratios(times: Mapping[str, Times], rules: Mapping[str, Rule],
           vbs: Iterable[str] = VBS_BACKENDS) -> dict[str, dict[str, float]]:
    """``{class: {rule: PAR2(rule) / PAR2(VBS)}}`` and ``"ALL"``."""
    vbs = tuple(vbs)
    sums: dict[str, dict[str, float]] = collections.defaultdict(
        lambda: collections.defaultdict(float))
    for inst, t in times.items():
        for key in (class_of(inst), "ALL"):
            sums[key]["vbs"] += par2(min(t.get(b, INF) for b in vbs))
            for name, rule in rules.items():
                sums[key][name] += par2(rule(inst, t))
    return {c: {n: s[n] / s["vbs"] for n in rules} for c, s in sums.items()}


def table(result: Mapping[str, Mapping[str, float]], names: list[str]) -> str:
    lines = ["| class | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    classes = sorted(c for c in result if c != "ALL") + ["ALL"]
    for c in classes:
        lines.append(f"| {c} | " + " | ".join(f"{result[c][n]:.2f}x" for n in names) + " |")
    worst = {n: max(result[c][n] for c in result if c != "ALL") for n in names}
    lines.append("| worst class | " + " | ".join(f"{worst[n]:.2f}x" for n in names) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or [p for p in DESIGN if p.exists()]
    times = load(paths)
    for title, rules in (("quiet (two free cores)", RULES_QUIET),
                         ("busy (no free core)", RULES_BUSY)):
        print(f"\n### {title}\n")
        print(table(ratios(times, rules), list(rules)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
