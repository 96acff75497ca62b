"""How far the paper's experiments move when the first-layer IG changes: two runs side by side.

Compares the ``rows.jsonl`` of two runs of the same evaluation script (``image_table1``,
``two_cats`` or ``sweep_fig6``; recognised by their rows), e.g. before and after a change
of the IG default, and optionally a third run (a rerun of "before" with the same code, to
show the run-to-run noise, or a run with the fixed 1,024-node reference IG). Only the
numbers IG can move are compared: SMUG and SMUG_base (LSC, its box's area and confidence,
per-pixel sparsity, deletion AUC, the proven optimum in cells, IG nodes and gap); for the
sweep, each (photo, k, gamma)'s proven optimum, per-pixel mask size and SMUG_base size.

Writes a markdown report (``--out``). Usage::

    python benchmarks/ig_rerun_compare.py --runs before=DIR after=DIR [noise=DIR] \
        --out benchmarks/results/image_table1/ig_rerun.md
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any

from smug.bench.common import markdown_table

TABLE1_FIELDS = ("lsc", "area", "confidence", "sparsity", "deletion_auc", "objective",
                 "ig_nodes", "ig_gap", "ig_s")
CATS_FIELDS = ("lsc", "area", "confidence", "mass_big", "mass_small", "mask_fraction",
               "box_picks", "ig_nodes", "ig_gap")
SWEEP_FIELDS = ("objective", "mask_fraction", "base_fraction", "ig_gap")


def read_rows(folder: Path) -> list[dict[str, Any]]:
    path = Path(folder) / "rows.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def kind_of(rows: list[dict[str, Any]]) -> str:
    """``table1``, ``two_cats`` or ``sweep``, from the rows' keys."""
    first = rows[0]
    if "method" in first and "photo" in first:
        return "table1"
    if "kind" in first:
        return "two_cats"
    if "backend" in first and "k" in first:
        return "sweep"
    raise ValueError(f"--runs: rows of an unknown script (keys {sorted(first)})")


def keyed(rows: list[dict[str, Any]], kind: str) -> dict[tuple, dict[str, Any]]:
    """The compared rows by key: (photo, method), (method,), or (photo, k, gamma) with the
    proven optimum of any backend (backends agree on it) and the per-pixel mask of CP-SAT
    (or the first backend that proved it)."""
    if kind == "table1":
        out = {}
        for r in rows:
            if r["method"] in ("SMUG", "SMUG_base"):
                out[(r["photo"], r["method"])] = r
        return out
    if kind == "two_cats":
        return {(r["name"],): r for r in rows
                if r["kind"] == "method" and r["name"] in ("SMUG", "SMUG_base")}
    cells: dict[tuple, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: r["backend"] != "cpsat"):
        key = (r["photo"], r["k"], r["gamma"])
        cell = cells.setdefault(key, {"base_fraction": r.get("base_fraction"),
                                      "ig_gap": r.get("ig_gap")})
        if r.get("status") == "optimal" and "objective" not in cell:
            cell["objective"] = r["objective"]
            cell["mask_fraction"] = r["mask_fraction"]
    return cells


def _num(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _fmt(v: Any) -> str:
    x = _num(v)
    if x is None:
        return "-" if v is None else str(v)
    if x == int(x) and abs(x) >= 10:
        return f"{int(x)}"
    return f"{x:.4g}"


def compare(runs: dict[str, list[dict[str, Any]]]) -> str:
    """The markdown report: per key and field, every run's value and the change from the
    first run to each other; then the largest change per field."""
    names = list(runs)
    kinds = {kind_of(rows) for rows in runs.values()}
    if len(kinds) != 1:
        raise ValueError(f"--runs: rows of different scripts ({sorted(kinds)})")
    kind = kinds.pop()
    fields = {"table1": TABLE1_FIELDS, "two_cats": CATS_FIELDS, "sweep": SWEEP_FIELDS}[kind]
    by = {n: keyed(rows, kind) for n, rows in runs.items()}
    keys = [k for k in by[names[0]] if all(k in by[n] for n in names[1:])]
    missing = {n: sorted(set(by[names[0]]) ^ set(by[n])) for n in names[1:]}
    header = ["key", "field", *names, *[f"{n} - {names[0]}" for n in names[1:]]]
    table, worst = [], {}
    for key in keys:
        for field in fields:
            values = [by[n][key].get(field) for n in names]
            if all(v is None for v in values):
                continue
            deltas = []
            for n, v in zip(names[1:], values[1:]):
                a, b = _num(values[0]), _num(v)
                if a is None or b is None:
                    deltas.append("" if values[0] == v else "**changed**")
                    continue
                d = b - a
                deltas.append(f"{d:+.4g}" if d else "0")
                if field not in ("ig_nodes", "ig_s", "ig_gap"):
                    w = worst.setdefault((n, field), (0.0, None))
                    if abs(d) > abs(w[0]):
                        worst[(n, field)] = (d, key)
            table.append([" ".join(map(str, key)), field, *map(_fmt, values), *deltas])
    lines = [f"Compared runs: {', '.join(names)} ({kind}); {len(keys)} keys in all runs.", ""]
    for n, miss in missing.items():
        if miss:
            lines.append(f"Keys not in both {names[0]} and {n}: {miss}")
    lines += ["", "## Largest change per field", ""]
    summary = [[n, field, f"{d:+.4g}", " ".join(map(str, key)) if key else "-"]
               for (n, field), (d, key) in sorted(worst.items())]
    lines += [markdown_table(["run", "field", f"largest change from {names[0]}", "at"],
                             summary) if summary else "(no numeric change)", ""]
    if kind == "table1":
        lines += _table1_medians(by, names, keys)
    if kind == "sweep":
        lines += _sweep_summary(by, names, keys)
    lines += ["## Every value", "", markdown_table(header, table), ""]
    return "\n".join(lines)


def _table1_medians(by, names, keys) -> list[str]:
    rows = []
    for method in ("SMUG", "SMUG_base"):
        ks = [k for k in keys if k[1] == method]
        for field in ("lsc", "sparsity", "deletion_auc"):
            cells = []
            for n in names:
                vals = [_num(by[n][k].get(field)) for k in ks]
                vals = [v for v in vals if v is not None]
                if field == "lsc":
                    cells.append(f"{statistics.median(vals):.3f}" if vals else "-")
                else:
                    cells.append(f"{statistics.mean(vals):.4f}" if vals else "-")
            rows.append([method, f"{field} ({'median' if field == 'lsc' else 'mean'})",
                         *cells])
    nodes = [[n, *[f"{min(v)}-{max(v)}" if v else "-" for v in
                   [[by[n][k]["ig_nodes"] for k in keys if k[1] == "SMUG"
                     and "ig_nodes" in by[n][k]]]]] for n in names]
    return ["## Table 1's rows (over the photos)", "",
            markdown_table(["method", "statistic", *names], rows), "",
            markdown_table(["run", "IG nodes per photo"], nodes), ""]


def _sweep_summary(by, names, keys) -> list[str]:
    rows = []
    for n in names[1:]:
        same = sum(by[n][k].get("objective") == by[names[0]][k].get("objective") for k in keys)
        rel = [abs(by[n][k]["objective"] - by[names[0]][k]["objective"])
               / max(1.0, by[names[0]][k]["objective"]) for k in keys
               if by[n][k].get("objective") is not None
               and by[names[0]][k].get("objective") is not None]
        rows.append([n, f"{same}/{len(keys)}", f"{max(rel):.2%}" if rel else "-",
                     f"{statistics.median(rel):.2%}" if rel else "-"])
    return ["## Proven optima (cells) against the first run", "",
            markdown_table(["run", "same optimum", "largest relative change",
                            "median relative change"], rows), ""]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", nargs="+", required=True, metavar="NAME=DIR",
                   help="two or more result folders (each with rows.jsonl), the first the base")
    p.add_argument("--out", type=Path, help="markdown report (default: print it)")
    args = p.parse_args(argv)
    runs = {}
    for item in args.runs:
        name, sep, folder = item.partition("=")
        if not sep or not name or not folder:
            raise SystemExit(f"--runs: expected NAME=DIR, got {item!r}")
        runs[name] = read_rows(Path(folder))
    if len(runs) < 2:
        raise SystemExit("--runs: expected at least two runs")
    text = compare(runs)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
