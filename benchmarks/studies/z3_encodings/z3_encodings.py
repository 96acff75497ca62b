"""Build and solve time of each z3 encoding (``int``, ``pb``, ``smt2``) on the same problems.

z3's Python API is slow when a model is built term by term (z3 issues #4993, #7046); this
script measures how much of each solve is spent building, per encoding, on

* the EfficientNet-Lite0 stem instances of ``benchmarks/instances/stem`` (real first-layer
  rows, 4x4 cells), and
* a synthetic sparse instance of image scale (~1,800 variables, ~20,000 non-zeros,
  coefficients spread over 1e-9..1e4) that stresses the build.

It writes ``results/z3_encodings.csv`` (one row per run, appended as it goes) and
``results/z3_encodings.md`` (a table plus the build-time ratio of each encoding to ``smt2``).

Usage::

    python benchmarks/studies/z3_encodings/z3_encodings.py                  # every instance, 30 s per run
    python benchmarks/studies/z3_encodings/z3_encodings.py --time-limit 10 --encodings smt2 pb
"""

from __future__ import annotations

import argparse
import csv
import platform
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

import smug
from smug.backends.z3 import ENCODINGS

HERE = Path(__file__).resolve().parent  # benchmarks/studies/z3_encodings
DEFAULT_INSTANCES = HERE.parents[1] / "instances" / "stem"
DEFAULT_OUT = HERE / "results"
FIELDS = ["instance", "n_vars", "n_rows", "nnz", "encoding", "status", "objective", "bound",
          "build_s", "solve_s", "total_s", "raw_status"]


def synthetic_instance(seed: int = 0) -> smug.MaskProblem:
    """A sparse, feasible problem of image scale with magnitudes over 13 orders.

    Each of the 3,000 rows touches 6-7 of 1,800 variables with coefficients
    ``sign * 10**U(-9, 4)`` and asks for more than a random fraction of the row's positive
    mass, so the all-ones mask is feasible but usually far from optimal.
    """
    rng = np.random.default_rng(seed)
    n, m, per_row = 1800, 3000, 7
    rows = np.repeat(np.arange(m), per_row)
    cols = rng.integers(0, n, size=m * per_row)
    vals = rng.choice([-1.0, 1.0], p=[0.3, 0.7], size=m * per_row) * 10.0 ** rng.uniform(-9, 4, m * per_row)
    A = sp.csr_matrix((vals, (rows, cols)), shape=(m, n))
    total = np.asarray(A.sum(axis=1)).ravel()
    positive = np.asarray(A.maximum(0).sum(axis=1)).ravel()
    rhs = np.minimum(total, positive * rng.uniform(0.2, 0.6, size=m)) - 1e-6 * np.abs(total)
    return smug.MaskProblem(A, rhs, strict=True, name="synthetic_1800x3000")


def load_instances(folder: Path, synthetic: bool) -> list[smug.MaskProblem]:
    problems = []
    for f in sorted(folder.glob("*.npz")):
        p = smug.MaskProblem.load(f)
        p.name = f.stem
        problems.append(p)
    problems.sort(key=lambda p: (p.nnz, p.name))
    if synthetic:
        problems.append(synthetic_instance())
    return problems


def done_runs(path: Path) -> set[tuple[str, str]]:
    if not path.exists():
        return set()
    with path.open() as fh:
        return {(r["instance"], r["encoding"]) for r in csv.DictReader(fh)}


def run_one(problem: smug.MaskProblem, encoding: str, time_limit: float) -> dict:
    s = smug.solve(problem, "z3", time_limit=time_limit, encoding=encoding)
    return {
        "instance": problem.name, "n_vars": problem.n_vars, "n_rows": problem.n_rows,
        "nnz": problem.nnz, "encoding": encoding, "status": s.status.value,
        "objective": s.objective, "bound": s.bound, "build_s": round(s.timings.build, 3),
        "solve_s": round(s.timings.solve, 3), "total_s": round(s.timings.total, 3),
        "raw_status": s.raw_status,
    }


def write_markdown(csv_path: Path, md_path: Path, time_limit: float) -> None:
    with csv_path.open() as fh:
        rows = list(csv.DictReader(fh))
    by = {(r["instance"], r["encoding"]): r for r in rows}
    instances = list(dict.fromkeys(r["instance"] for r in rows))
    encodings = [e for e in ENCODINGS if any(r["encoding"] == e for r in rows)]
    lines = [
        "# z3 encodings: build vs solve time",
        "",
        f"`python benchmarks/studies/z3_encodings/z3_encodings.py --time-limit {time_limit:g}`; z3 "
        f"{smug.backends.backend_class('z3').version()}, Python {platform.python_version()}, "
        "wall-clock seconds on a shared 2-core machine. "
        "each cell: status, objective, build seconds, solve seconds.",
        "",
        "| instance | vars | rows | nnz | " + " | ".join(
            f"{e}: status, obj, build s, solve s" for e in encodings) + " |",
        "|---|---:|---:|---:|" + "---|" * len(encodings),
    ]
    for inst in instances:
        first = next(by[(inst, e)] for e in encodings if (inst, e) in by)
        cells = []
        for e in encodings:
            r = by.get((inst, e))
            cells.append("-" if r is None else
                         f"{r['status']}, {r['objective'] or '-'}, {float(r['build_s']):.2f}, "
                         f"{float(r['solve_s']):.2f}")
        lines.append(f"| {inst} | {first['n_vars']} | {first['n_rows']} | {first['nnz']} | "
                     + " | ".join(cells) + " |")
    lines += ["", "## Totals over instances", "",
              "| encoding | build s | solve s | proven optimal | build / smt2 build |",
              "|---|---:|---:|---:|---:|"]
    build = {e: sum(float(r["build_s"]) for r in rows if r["encoding"] == e) for e in encodings}
    for e in encodings:
        solved = sum(r["status"] == "optimal" for r in rows if r["encoding"] == e)
        solve_s = sum(float(r["solve_s"]) for r in rows if r["encoding"] == e)
        ratio = build[e] / build["smt2"] if build.get("smt2") else float("nan")
        lines.append(f"| {e} | {build[e]:.2f} | {solve_s:.2f} | {solved} | {ratio:.1f} |")
    md_path.write_text("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--instances", type=Path, default=DEFAULT_INSTANCES)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--time-limit", type=float, default=30.0)
    ap.add_argument("--encodings", nargs="+", choices=ENCODINGS, default=list(ENCODINGS))
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--fresh", action="store_true", help="ignore earlier results")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    csv_path, md_path = args.out / "z3_encodings.csv", args.out / "z3_encodings.md"
    if args.fresh and csv_path.exists():
        csv_path.unlink()
    done = done_runs(csv_path)
    new_file = not csv_path.exists()
    with csv_path.open("a", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        if new_file:
            writer.writeheader()
        for problem in load_instances(args.instances, not args.no_synthetic):
            for enc in args.encodings:
                if (problem.name, enc) in done:
                    continue
                row = run_one(problem, enc, args.time_limit)
                writer.writerow(row)
                fh.flush()
                print(f"{row['instance']:<28} {enc:<5} {row['status']:<9} obj={row['objective']} "
                      f"build={row['build_s']:.2f}s solve={row['solve_s']:.2f}s", flush=True)
    write_markdown(csv_path, md_path, args.time_limit)
    print(f"wrote {csv_path} and {md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
