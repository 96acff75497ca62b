"""Tiers, virtual best solver, PAR2 and performance profiles from the tiered suite's rows.

Reads the JSON lines of :mod:`benchmarks.tiered_suite` (one solve per line) and the
instance manifests, and writes ``benchmarks/results/tiered/report.md`` (tables),
``summary.json`` (the same numbers) and ``profile.png`` (performance profile).

Definitions (``L`` = the time limit of the rows, 60 s):

* a run *proves* an instance when it ends OPTIMAL or INFEASIBLE within ``L``; its time is
  ``total_s`` of :func:`smug.solve` (presolve and verification included, the one-off solver
  import not);
* **PAR2** of a run: its time if it proves the instance, else ``2 L``; a group's PAR2 is the
  mean over its instances;
* **VBS** (virtual best solver): per instance, the smallest PAR2 of the backends that ran it;
* **tier** of an instance, from the backends at ``threads=1``: *open* when none proves it
  (within ``L``, or within 600 s when a 600 s probe ran); *hard* when exactly one backend
  proves it ("all but one time out"); otherwise *easy* when the best time is below 1 s and
  *medium* when it is 1-60 s;
* **auto**: ``smug.solve(backend="auto")`` as a user gets it on this 2-core machine
  (CP-SAT and HiGHS racing in two threads; column "auto (2 cores)", measured:
  ``tiered_suite.py --backends auto``); "v1 race" columns are the first version (forked
  processes), kept in the v1 rows. On one core ``auto`` runs the backend
  :func:`smug.solving.choose_backend` picks from the manifest features (column
  "auto, 1 core", scored by replaying that backend's measured row);
* **design / held-back**: inputs with an even index (MNIST digit, review, photo position)
  are the design set, odd ones are held back.

Usage::

    python benchmarks/suite_report.py [--rows benchmarks/results/tiered/rows.jsonl]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from smug.bench.common import RESULTS as BENCH_RESULTS
from smug.bench.runner import read_manifest
from smug.bench.tiered import PHOTO_INDEX, input_index, split_of  # noqa: F401 (used by the tests too)

RESULTS = BENCH_RESULTS / "tiered"
DEFAULT_INSTANCES = (BENCH_RESULTS.parent / "instances" / "tiered",
                     BENCH_RESULTS.parent / "instances" / "full")
SUITE_BACKENDS = ("highs", "cpsat", "pulp", "cvxpy", "z3", "scip")
#: Measured combinations, shown beside the backends but not part of the VBS: "auto" is
#: ``smug.solve(backend="auto")`` on the 2-core machine (CP-SAT and HiGHS racing in two
#: threads); "race" and "probe_race" are the first version's races in forked processes.
COMBINED = ("auto", "race", "probe_race")
#: The replayed column: the single backend ``auto`` takes on one core, scored by that
#: backend's own row.
ONE_CORE = "auto_1core"
KEY = ("instance", "backend", "config", "time_limit")
PROVEN = ("optimal", "infeasible")
TIERS = ("easy", "medium", "hard", "open")
#: Photo order of the image instances (their "index" for the design/held-back split).
#: Times below this are counted as this much in ratios (timer and process noise).
MIN_SECONDS = 0.01


# --- inputs --------------------------------------------------------------------------
def load_rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Rows of the given JSONL files; for a repeated key the last row wins."""
    rows: dict[tuple, dict[str, Any]] = {}
    for path in paths:
        if not path.is_file():
            continue
        for line in path.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                rows[tuple(row.get(k) for k in KEY)] = row
    return list(rows.values())


def load_manifests(folders: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """``{instance name: manifest entry}`` over the given instance folders."""
    entries: dict[str, dict[str, Any]] = {}
    for folder in folders:
        for entry in read_manifest(folder):
            entries.setdefault(entry["name"], entry)
    return entries


def class_of(entry: dict[str, Any]) -> str:
    """Instances that differ only by their input form a class."""
    source = entry.get("source", "")
    if source == "efficientnet-lite0":
        return f"image k={entry['k']} gamma={entry['gamma']:g} cell={entry['cell']}"
    if source == "efficientnet-stem":
        return f"stem k={entry['k']} gamma={entry['gamma']:g} cell={entry['cell']}"
    if source == "gabor-7x7-stem":
        return f"gabor7 k={entry['k']} gamma={entry['gamma']:g} cell={entry['cell']}"
    if source == "mnist-mlp":
        gamma = entry.get("gamma", 0.0)
        return f"mnist gamma={gamma:g} cell={entry['cell']}"
    return f"text k={entry['k']}"


# --- scoring -------------------------------------------------------------------------
def proven_time(row: dict[str, Any] | None, limit: float) -> float | None:
    """Seconds to a proof, or None when the run did not prove within ``limit``."""
    if row is None or row.get("status") not in PROVEN:
        return None
    seconds = float(row.get("total_s") or row.get("wall_s") or 0.0)
    return seconds if seconds <= limit else None


def par2(seconds: float | None, limit: float) -> float:
    return 2.0 * limit if seconds is None else max(seconds, MIN_SECONDS)


def tier_of(times: dict[str, float | None], probe_proved: bool | None) -> str:
    """The tier of one instance from its per-backend proven times (see module doc)."""
    proved = [t for t in times.values() if t is not None]
    if not proved:
        return "open" if probe_proved is not True else "hard"
    if len(proved) == 1 and len(times) > 1:
        return "hard"
    return "easy" if min(proved) < 1.0 else "medium"


def build_table(rows: list[dict[str, Any]], manifest: dict[str, dict[str, Any]],
                limit: float, config: str = "default/t1") -> dict[str, dict[str, float | None]]:
    """``{instance: {backend: proven seconds or None}}`` for the suite configuration."""
    table: dict[str, dict[str, float | None]] = defaultdict(dict)
    for row in rows:
        if row["config"] != config or float(row["time_limit"]) != limit:
            continue
        if row["instance"] in manifest and row["backend"] in (*SUITE_BACKENDS, *COMBINED):
            table[row["instance"]][row["backend"]] = proven_time(row, limit)
    # An instance enters once a single backend has run it (the VBS is over single backends).
    return {n: times for n, times in table.items() if set(times) & set(SUITE_BACKENDS)}


def probe_results(rows: list[dict[str, Any]], probe_limit: float) -> dict[str, bool]:
    """``{instance: proved by some backend}`` for the long (600 s) probe rows."""
    out: dict[str, bool] = {}
    for row in rows:
        if float(row["time_limit"]) == probe_limit:
            ok = proven_time(row, probe_limit) is not None
            out[row["instance"]] = out.get(row["instance"], False) or ok
    return out


def auto_choices(manifest: dict[str, dict[str, Any]], names: Iterable[str],
                 installed: Sequence[str]) -> dict[str, str]:
    """What ``choose_backend`` picks for each instance (from its manifest features)."""
    from smug.solving import choose_backend

    return {n: choose_backend(manifest[n], installed)[0] for n in names}


def contradictions(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims that the other rows of the same instance refute.

    An INFEASIBLE claim is refuted by any row with a verified mask (its ``objective``); two
    OPTIMAL claims with different objectives refute each other (both are listed); an
    OPTIMAL objective above another row's verified objective is refuted by that row.
    """
    by_instance: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_instance[row["instance"]].append(row)
    found = []
    for name, group in sorted(by_instance.items()):
        masks = [r for r in group if r.get("objective") is not None and r.get("verified")]
        cheapest = min((float(r["objective"]) for r in masks), default=None)
        optimal = {float(r["objective"]) for r in group if r.get("status") == "optimal"}
        for r in group:
            claim = r.get("status")
            why = None
            if claim == "infeasible" and masks:
                why = f"{masks[0]['backend']} has a verified mask of cost {masks[0]['objective']:g}"
            elif claim == "optimal" and cheapest is not None and float(r["objective"]) > cheapest:
                why = f"a verified mask costs {cheapest:g}"
            elif claim == "optimal" and len(optimal) > 1:
                why = f"OPTIMAL claims disagree: {sorted(optimal)}"
            if why:
                found.append({"instance": name, "backend": r["backend"], "config": r["config"],
                              "claim": f"{claim} {r.get('objective')}", "refuted_by": why})
    return found


def contradictions_section(found: list[dict[str, Any]]) -> str:
    if not found:
        return "No claim is contradicted by another row of the same instance.\n"
    lines = ["| instance | backend | config | claim | refuted by |", "|---|---|---|---|---|"]
    lines += [f"| {f['instance']} | {f['backend']} | {f['config']} | {f['claim']} | "
              f"{f['refuted_by']} |" for f in found]
    return "\n".join(lines) + "\n"


# --- summaries -----------------------------------------------------------------------
def group_scores(names: list[str], table: dict[str, dict[str, float | None]],
                 choices: dict[str, str], limit: float) -> dict[str, Any]:
    """Per backend (and VBS, auto): instances run, proven, mean PAR2, PAR2 ratio to VBS."""
    out: dict[str, Any] = {"instances": len(names)}
    vbs = {n: min(par2(t, limit) for b, t in table[n].items() if b in SUITE_BACKENDS)
           for n in names}
    out["VBS"] = {"n": len(names), "proven": sum(vbs[n] < 2 * limit for n in names),
                  "par2": _mean(vbs.values()), "ratio": 1.0}
    for backend in (*SUITE_BACKENDS, *COMBINED, ONE_CORE):
        ran = [n for n in names
               if (choices.get(n) if backend == ONE_CORE else backend) in table[n]]
        if not ran:
            continue
        b = {n: (choices[n] if backend == ONE_CORE else backend) for n in ran}
        scores = [par2(table[n][b[n]], limit) for n in ran]
        vbs_same = sum(vbs[n] for n in ran)
        out[backend] = {"n": len(ran), "proven": sum(table[n][b[n]] is not None for n in ran),
                        "par2": _mean(scores), "ratio": sum(scores) / vbs_same,
                        "unproven_where_vbs_proves": sum(
                            table[n][b[n]] is None and vbs[n] < 2 * limit for n in ran)}
    return out


def _mean(values: Iterable[float]) -> float:
    vals = list(values)
    return float(np.mean(vals)) if vals else math.nan


def summarise(table: dict[str, dict[str, float | None]], manifest: dict[str, dict[str, Any]],
              tiers: dict[str, str], choices: dict[str, str], limit: float
              ) -> dict[str, dict[str, Any]]:
    """Scores per tier, per class, per (split, tier) and per (split, class)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in table:
        entry = manifest[name]
        split = split_of(entry)
        groups["all"].append(name)
        groups[f"tier: {tiers[name]}"].append(name)
        groups[f"class: {class_of(entry)}"].append(name)
        groups[f"{split} / tier: {tiers[name]}"].append(name)
        groups[f"{split} / class: {class_of(entry)}"].append(name)
    return {g: group_scores(sorted(names), table, choices, limit)
            for g, names in sorted(groups.items())}


# --- output --------------------------------------------------------------------------
def markdown_table(summary: dict[str, dict[str, Any]], prefix: str) -> str:
    cols = [c for c in ("VBS", *SUITE_BACKENDS, *COMBINED, ONE_CORE)
            if any(c in scores for scores in summary.values())]
    names = {"auto": "auto (2 cores)", "race": "v1 race (processes)",
             **{c: f"race, {c[5:]} s head start" for c in COMBINED if c.startswith("race:")},
             "probe_race": "v1 auto = 1 s cpsat, then race", ONE_CORE: "auto, 1 core"}
    head = ("| group | n | " + " | ".join(f"{names.get(c, c)} PAR2 (ratio, proven)" for c in cols)
            + " |\n"
            "|---|---:|" + "---:|" * len(cols) + "\n")
    lines = []
    for group, scores in summary.items():
        if not group.startswith(prefix):
            continue
        cells = []
        for c in cols:
            s = scores.get(c)
            cells.append("-" if s is None else
                         f"{s['par2']:.2f} ({s['ratio']:.2f}x, {s['proven']}/{s['n']})")
        lines.append(f"| {group[len(prefix):]} | {scores['instances']} | " + " | ".join(cells)
                     + " |")
    return head + "\n".join(lines) + "\n"


def profile_plot(table: dict[str, dict[str, float | None]], choices: dict[str, str],
                 limit: float, path: Path) -> None:
    """Dolan-More performance profile: share of instances each backend proves within
    ``tau`` times the VBS time."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = sorted(table)
    best = {n: min(max(t, MIN_SECONDS) for b, t in table[n].items()
                   if t is not None and b in SUITE_BACKENDS)
            for n in names if any(t is not None for b, t in table[n].items()
                                  if b in SUITE_BACKENDS)}
    taus = np.logspace(0, 4, 400)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for backend in (*SUITE_BACKENDS, *COMBINED, ONE_CORE):
        if backend == ONE_CORE and not choices:
            continue
        ran = [n for n in names
               if (choices[n] if backend == ONE_CORE else backend) in table[n]]
        if not ran:
            continue
        ratios = []
        for n in ran:
            t = table[n][choices[n] if backend == ONE_CORE else backend]
            ratios.append(np.inf if t is None or n not in best else max(t, MIN_SECONDS) / best[n])
        ratios = np.array(ratios)
        share = [(ratios <= tau).mean() for tau in taus]
        label = {ONE_CORE: "auto, 1 core", "auto": "auto (the default)",
                 "race": "v1 race (processes)"}.get(backend, backend)
        ax.step(taus, share, where="post", label=f"{label} (n={len(ran)})",
                linestyle="--" if backend == ONE_CORE else "-",
                linewidth=2.2 if backend == "auto" else 1.2)
    ax.set_xscale("log")
    ax.set_xlabel("tau: time / virtual best time")
    ax.set_ylabel("share of instances proven")
    ax.set_ylim(0, 1.02)
    ax.set_title(f"Tiered suite, {len(names)} instances, {limit:g} s limit, threads=1")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def feature_table(manifest: dict[str, dict[str, Any]], names: Iterable[str]) -> str:
    """Median features per class (of the instances that ran)."""
    keys = ("n_vars", "n_rows", "nnz", "longest_row", "span_decades", "presolved_vars",
            "components", "largest_component")
    per_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for name in names:
        per_class[class_of(manifest[name])].append(manifest[name])
    lines = ["| class | instances | " + " | ".join(keys) + " |",
             "|---|---:|" + "---:|" * len(keys)]
    for cls in sorted(per_class):
        entries = per_class[cls]
        med = [np.median([float(e.get(k, math.nan)) for e in entries]) for k in keys]
        lines.append(f"| {cls} | {len(entries)} | "
                     + " | ".join(f"{v:.1f}" if k == "span_decades" else f"{v:.0f}"
                                  for k, v in zip(keys, med)) + " |")
    return "\n".join(lines) + "\n"


def tier_counts(tiers: dict[str, str], manifest: dict[str, dict[str, Any]]) -> str:
    per_class: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(TIERS, 0))
    for name, tier in tiers.items():
        per_class[class_of(manifest[name])][tier] += 1
    lines = ["| class | " + " | ".join(TIERS) + " |", "|---|" + "---:|" * len(TIERS)]
    for cls in sorted(per_class):
        lines.append(f"| {cls} | " + " | ".join(str(per_class[cls][t]) for t in TIERS) + " |")
    return "\n".join(lines) + "\n"


def levers_section(lever_rows: list[dict[str, Any]], suite_rows: list[dict[str, Any]],
                   manifest: dict[str, dict[str, Any]], limit: float) -> str:
    """CP-SAT settings on the same instances: proven, PAR2, median seconds, per split.

    Each setting is shown on the instances it ran that also have a ``default/t1`` (one
    worker) row, beside that row's numbers. ``default/t1`` comes from the suite's own rows
    where they exist; every other setting from ``cpsat_levers.jsonl`` (written by ``tiered_suite.py --backends cpsat --cpsat-config X
    --threads T``).
    """
    runs: dict[str, dict[str, float | None]] = defaultdict(dict)
    for row in lever_rows:
        if row["backend"] == "cpsat" and float(row["time_limit"]) == limit:
            runs[row["config"]][row["instance"]] = proven_time(row, limit)
    lever_instances = {n for times in runs.values() for n in times}
    for row in suite_rows:
        if (row["backend"] == "cpsat" and row["config"] == "default/t1"
                and float(row["time_limit"]) == limit and row["instance"] in lever_instances):
            runs["default/t1"][row["instance"]] = proven_time(row, limit)
    lines = [("| family | split | CP-SAT setting | instances | proven | PAR2 (s) | median s "
              "(proven) | default/t1 on the same: proven, PAR2 (s) |"),
             "|---|---|---|---:|---:|---:|---:|---:|"]
    base = runs.get("default/t1", {})
    groups: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for config, times in runs.items():
        for name in sorted(times):
            if name in manifest and name in base:  # compared with one worker on the same
                family = class_of(manifest[name]).split()[0]
                groups[(family, split_of(manifest[name]))][config].append(name)
    for (family, split), per_config in sorted(groups.items()):
        for config, names in sorted(per_config.items()):
            times = [runs[config][n] for n in names]
            ref = [base[n] for n in names]
            done = [t for t in times if t is not None]
            med = f"{np.median(done):.2f}" if done else "-"
            lines.append(f"| {family} | {split} | {config} | {len(times)} | {len(done)} | "
                         f"{_mean(par2(t, limit) for t in times):.2f} | {med} | "
                         f"{sum(t is not None for t in ref)}, "
                         f"{_mean(par2(t, limit) for t in ref):.2f} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, nargs="+",
                        default=[RESULTS / "rows.jsonl", RESULTS / "rows_img.jsonl"])
    parser.add_argument("--instances", type=Path, nargs="+", default=list(DEFAULT_INSTANCES))
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--probe-limit", type=float, default=600.0)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    rows = load_rows(args.rows)
    global COMBINED  # head-start variants of the race measured as "race:<seconds>"
    COMBINED = (*COMBINED, *sorted({r["backend"] for r in rows
                                    if r["backend"].startswith("race:")}))
    manifest = load_manifests(args.instances)
    table = build_table(rows, manifest, args.time_limit)
    if not table:
        parser.error(f"--rows: no rows at {args.time_limit:g} s for instances of the manifests")
    probes = probe_results(rows, args.probe_limit)
    tiers = {n: tier_of({b: t for b, t in times.items() if b in SUITE_BACKENDS}, probes.get(n))
             for n, times in table.items()}
    choices = auto_choices(manifest, table, SUITE_BACKENDS)
    summary = summarise(table, manifest, tiers, choices, args.time_limit)
    args.out.mkdir(parents=True, exist_ok=True)
    profile_plot(table, choices, args.time_limit, args.out / "profile.png")
    (args.out / "summary.json").write_text(json.dumps(
        {"time_limit": args.time_limit, "tiers": tiers, "auto": choices, "groups": summary,
         "contradictions": contradictions(rows)},
        indent=1) + "\n")
    text = render(summary, tiers, manifest, args.time_limit, load_note(rows))
    found = contradictions(rows)
    text += "\n## Wrong answers (claims refuted by other rows)\n\n" + contradictions_section(found)
    lever_rows = load_rows([args.out / "cpsat_levers.jsonl"])
    if lever_rows:
        text += ("\n## CP-SAT settings (MNIST 1x1 cells; image and stem 2x2 cells)\n\n"
                 "`default/t2` is smug's default on a 2-core machine (two workers running "
                 "`core` + `default_lp`); `portfolio` is `subsolvers=[]` (CP-SAT's own); "
                 "`linN` is `linearization_level=N`; `tN` the worker count.\n\n"
                 + levers_section(lever_rows, rows, manifest, args.time_limit))
    (args.out / "report.md").write_text(text)
    print(text)
    return 0


def load_note(rows: list[dict[str, Any]]) -> str:
    """The 1-minute load average the rows were measured under (median and range)."""
    loads = [float(r["load_1min"]) for r in rows if r.get("load_1min") is not None]
    if not loads:
        return "load not recorded"
    return (f"1-minute load average: median {np.median(loads):.1f}, "
            f"range {min(loads):.1f}-{max(loads):.1f}")


def render(summary: dict[str, dict[str, Any]], tiers: dict[str, str],
           manifest: dict[str, dict[str, Any]], limit: float, load: str = "") -> str:
    return "\n".join([
        "# Tiered suite",
        "",
        (f"Each cell: mean PAR2 in seconds (unproven = {2 * limit:g} s), its ratio to the VBS "
         "over the same instances, and instances proven / run. One solve at a time, "
         "threads=1 for the single backends, wall-clock on a shared 2-core machine "
         f"({load}): compare within the table."),
        "",
        "## Features per class (medians; span in decades, sizes after presolve)", "",
        feature_table(manifest, tiers),
        "## Tiers per class", "", tier_counts(tiers, manifest),
        "## All instances", "", markdown_table(summary, "all"),
        "## Per tier", "", markdown_table(summary, "tier: "),
        "## Per class", "", markdown_table(summary, "class: "),
        "## Held-back set (odd inputs), per tier", "", markdown_table(summary, "held-back / tier: "),
        "## Held-back set (odd inputs), per class", "",
        markdown_table(summary, "held-back / class: "),
        "## Design set (even inputs), per class", "", markdown_table(summary, "design / class: "),
    ])


if __name__ == "__main__":
    sys.exit(main())
