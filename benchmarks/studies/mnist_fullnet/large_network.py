"""How many unstable ReLUs each MILP backend handles on the full-network problem.

``smug.fullnet.solve.LARGE_NETWORK`` warns before a solve when a network has more unstable
ReLUs than a backend is likely to handle within a minute. This study measures it: the
paper's 784-32-10 MNIST MLP (``smug.models.mnist_mlp``) is *widened* ``k`` times (every
hidden unit repeated ``k`` times with 5 % multiplicative noise on its weights, the output
weights divided by ``k``: about the same function, ``32 k`` hidden units, all unstable over
pixel masks), and the big-M MILP of a few validation images is solved by each ``--backends``
over 4x4 cells (``--cell``; at pixel level the MILP is hard already at 32 units, so
the width would not be what is measured) with the exact pre-enumeration off and no confirmation
(``pre_enumeration_limit=0, confirm="none"``): what is timed is the solver on the model, and
its own "optimal" (within its tolerances; nothing here is a proof) is what is counted.

A backend that reaches the time limit on every image at some width is not run on wider
networks. Writes, flushed after every run (an interrupted run resumes)::

    <out>/large_network[_c<cell>].csv   one row per (width, image, backend)
    <out>/large_network[_c<cell>].md    solver seconds per width and backend

Usage::

    python benchmarks/studies/mnist_fullnet/large_network.py
    python benchmarks/studies/mnist_fullnet/large_network.py --widths 1,8,32 --backends scip,highs

Wall-clock seconds on a shared machine: the load average is recorded beside each run.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

import numpy as np

import smug
from smug.fullnet import Dense, FullNetProblem

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "results"
FIELDS = ["width", "hidden", "cell", "image", "label", "backend", "relus_unstable", "milp_rows",
          "milp_cols", "milp_status", "mask_size", "solve_s", "total_s", "time_limit", "load1"]
#: Validation images of Table 2 (seed 0) with optima of 2 and 3 pixels: neither trivial
#: nor among the hardest.
DEFAULT_IMAGES = "2637,886"


def widened(k: int, seed: int = 0) -> tuple[Dense, Dense]:
    """The MNIST MLP with every hidden unit repeated ``k`` times (noisy copies)."""
    import torch

    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp()
    linears = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    W1, b1 = (t.detach().double().numpy() for t in (linears[0].weight, linears[0].bias))
    W2, b2 = (t.detach().double().numpy() for t in (linears[1].weight, linears[1].bias))
    if k == 1:
        return Dense(W1, b1, True), Dense(W2, b2, False)
    rng = np.random.default_rng(seed)
    noise = 1 + 0.05 * rng.standard_normal((k,) + W1.shape)
    W1k = (W1[None] * noise).reshape(-1, W1.shape[1])
    b1k = (b1[None] * (1 + 0.05 * rng.standard_normal((k, b1.size)))).reshape(-1)
    W2k = np.tile(W2, (1, k)) / k
    return Dense(W1k, b1k, True), Dense(W2k, b2, False)


def run_one(layers, x, label: int, backend: str, time_limit: float, cell: int) -> dict:
    from smug.problem import Grid

    problem = FullNetProblem(layers, x, label, grid=Grid((28, 28), (cell, cell)))
    t0 = time.perf_counter()
    s = smug.solve(problem, backend, time_limit=time_limit, pre_enumeration_limit=0,
                   confirm="none")
    return {"relus_unstable": s.stats.get("relus_unstable"),
            "milp_rows": s.stats.get("milp_rows"), "milp_cols": s.stats.get("milp_cols"),
            "milp_status": s.stats.get("milp_status", ""),
            "mask_size": "" if s.objective is None else int(s.objective),
            "solve_s": round(s.timings.solve, 2), "total_s": round(time.perf_counter() - t0, 2),
            "load1": round(os.getloadavg()[0], 1)}


def write_markdown(rows: list[dict[str, str]], path: Path, args) -> None:
    backends = list(dict.fromkeys(r["backend"] for r in rows))
    widths = sorted({int(r["width"]) for r in rows})
    lines = [
        f"# Unstable ReLUs per MILP backend (full network, MNIST, {args.cell}x{args.cell} cells)",
        "",
        f"The 784-32-10 MLP widened k times (`large_network.py`), validation images "
        f"{args.images}, the big-M MILP without pre-enumeration or confirmation, "
        f"{args.time_limit:g} s per run. Cell: the solver's seconds per image, `*` when it "
        "claimed optimal (its own claim, within tolerances), `TL` at the time limit. "
        "Wall-clock on a shared 2-core machine; load averages in the CSV "
        f"(median {np.median([float(r['load1']) for r in rows]):.1f}).",
        "",
        "| k | hidden | unstable ReLUs | " + " | ".join(backends) + " |",
        "|---:|---:|---:|" + "---|" * len(backends),
    ]
    for w in widths:
        sel = [r for r in rows if int(r["width"]) == w]
        unstable = max(int(r["relus_unstable"] or 0) for r in sel)
        cells = []
        for b in backends:
            runs = [r for r in sel if r["backend"] == b]
            cells.append(" / ".join(
                f"{float(r['solve_s']):.1f}*" if r["milp_status"] == "optimal" else
                "TL" if float(r["solve_s"]) >= 0.95 * float(r["time_limit"]) else
                f"{float(r['solve_s']):.1f} ({r['milp_status']})" for r in runs) or "not run")
        lines.append(f"| {w} | {sel[0]['hidden']} | {unstable} | " + " | ".join(cells) + " |")
    path.write_text("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--widths", default="1,4,16,32,64", help="comma-separated k")
    ap.add_argument("--backends", default="scip,highs,cpsat")
    ap.add_argument("--images", default=DEFAULT_IMAGES, help="validation image indices")
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--cell", type=int, default=4,
                    help="cell side: 4 (default) keeps the mask search easy, so the time "
                         "is the network's size; at 1 (pixels) the MILP is hard at any width")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    from smug.data.mnist import load_mnist

    X, y = load_mnist("val")
    images = [int(t) for t in args.images.split(",")]
    backends = [b.strip() for b in args.backends.split(",")]
    stem = "large_network" + ("" if args.cell == 4 else f"_c{args.cell}")
    csv_path, md_path = args.out / f"{stem}.csv", args.out / f"{stem}.md"
    rows = list(csv.DictReader(csv_path.open())) if csv_path.exists() else []
    done = {(r["width"], r["image"], r["backend"]) for r in rows}
    given_up: set[str] = set()
    with csv_path.open("a", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        if not rows:
            writer.writeheader()
        for k in (int(t) for t in args.widths.split(",")):
            layers = widened(k)
            for backend in backends:
                if backend in given_up:
                    continue
                for index in images:
                    if (str(k), str(index), backend) in done:
                        continue
                    row = {"width": k, "hidden": layers[0].W.shape[0], "cell": args.cell,
                           "image": index,
                           "label": int(y[index]), "backend": backend,
                           "time_limit": args.time_limit,
                           **run_one(layers, X[index], int(y[index]), backend, args.time_limit,
                                   args.cell)}
                    writer.writerow(row)
                    fh.flush()
                    rows.append({key: str(v) for key, v in row.items()})
                    write_markdown(rows, md_path, args)
                runs = [r for r in rows if r["width"] == str(k) and r["backend"] == backend]
                if runs and all(r["milp_status"] != "optimal" for r in runs):
                    given_up.add(backend)
    write_markdown(rows, md_path, args)
    print(f"wrote {csv_path} and {md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
