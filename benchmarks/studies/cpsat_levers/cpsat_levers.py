"""Measure what each CP-SAT lever buys on image-scale MaskProblems (issue 2's speed target).

For every instance and every lever (a set of CP-SAT parameters, a smug option, or a hint)
this runs ``smug.solve(problem, "cpsat", time_limit=30)`` once and appends one line to
``benchmarks/studies/cpsat_levers/results/cpsat_levers.csv`` as soon as it is done, rewriting the markdown table
``cpsat_levers.md`` after each line. Timings are wall-clock seconds on a shared 2-core
machine: other jobs run at the same time, so expect noise of tens of percent.

Instances:

* ``stem/*k3000*``, ``stem/*k1000*``: the real EfficientNet-Lite0 stem instances of
  ``benchmarks/instances/stem`` (3x3 stride-2 kernels: at most 4 cells per row).
* ``synth7x7_*``: the shape of the issue's target instance (k = 3000 rows, 4x4 cells,
  ~18,600 non-zeros, 6.2 cells per row): a 7x7 stride-2 convolution with *random, seeded*
  weights (no pretrained 7x7 first layer is available offline) over a real skimage photo,
  the k neurons with the largest activation, rows ``A M > gamma * A 1`` built like the stem
  instances. Synthetic weights, real photo: they measure solver behaviour, not explanations.

Usage::

    python benchmarks/studies/cpsat_levers/cpsat_levers.py [--time-limit 30] [--quick]
"""

from __future__ import annotations

import argparse
import csv
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import scipy.sparse as sp

import smug
from smug.backends import cpsat as cpsat_module
from smug.problem import MaskProblem

HERE = Path(__file__).resolve().parent  # benchmarks/studies/cpsat_levers
BENCH = HERE.parents[1]
RESULTS = HERE / "results"
COLUMNS = ["instance", "n_vars", "used_vars", "n_rows", "nnz", "lever", "status", "objective",
           "bound", "build_s", "solve_s", "total_s", "hint_s", "rounds", "workers", "branches",
           "conflicts"]


# --------------------------------------------------------------------------------------
# Instances
# --------------------------------------------------------------------------------------
def load_photo(name: str) -> np.ndarray:
    """A skimage photo, centre-cropped, resized to 224x224, standardised per channel (3, H, W)."""
    import skimage.data
    from skimage.transform import resize

    img = getattr(skimage.data, name)()
    h, w = img.shape[:2]
    s = min(h, w)
    img = img[(h - s) // 2 : (h - s) // 2 + s, (w - s) // 2 : (w - s) // 2 + s]
    x = resize(img, (224, 224), anti_aliasing=True).transpose(2, 0, 1)
    return (x - x.mean(axis=(1, 2), keepdims=True)) / x.std(axis=(1, 2), keepdims=True)


def conv7x7_problem(photo: str, channels: int, gamma: float, k: int = 3000, cell: int = 4,
                    seed: int = 0) -> MaskProblem:
    """Rows of a random 7x7 stride-2 'same' convolution over ``photo`` (see module doc)."""
    from numpy.lib.stride_tricks import sliding_window_view

    kernel, stride, pad, size = 7, 2, 3, 224
    x = load_photo(photo)
    rng = np.random.default_rng(seed)
    weight = rng.normal(0.0, 1.0 / np.sqrt(3 * kernel * kernel), (channels, 3, kernel, kernel))
    padded = np.pad(x, ((0, 0), (pad, pad), (pad, pad)))
    out = size // stride
    windows = sliding_window_view(padded, (kernel, kernel), axis=(1, 2))[:, ::stride, ::stride]
    windows = windows[:, :out, :out]  # (3, out, out, 7, 7)
    per_pixel = np.einsum("cdab,dijab->cijab", weight, windows)  # channel-summed contributions
    activation = per_pixel.sum(axis=(3, 4))
    chosen = np.argsort(-activation.ravel(), kind="stable")[:k]
    c, i, j = np.unravel_index(chosen, activation.shape)
    di, dj = np.meshgrid(np.arange(kernel), np.arange(kernel), indexing="ij")
    p = stride * i[:, None] + di.ravel() - pad
    q = stride * j[:, None] + dj.ravel() - pad
    inside = (p >= 0) & (p < size) & (q >= 0) & (q < size)
    values = per_pixel[c, i, j].reshape(len(chosen), -1) * inside
    side = size // cell
    cols = (np.clip(p, 0, size - 1) // cell) * side + np.clip(q, 0, size - 1) // cell
    rows = np.repeat(np.arange(len(chosen)), kernel * kernel)
    A = sp.coo_matrix((values.ravel(), (rows, cols.ravel())), shape=(len(chosen), side * side))
    A = A.tocsr()
    A.eliminate_zeros()
    full = np.asarray(A.sum(axis=1)).ravel()
    return MaskProblem(A, gamma * full, strict=True, grid=smug.Grid((size, size), (cell, cell)),
                       name=f"synth7x7_{photo}_c{channels}_k{k}_g{gamma:g}")


def instances(quick: bool) -> list[MaskProblem]:
    stem = sorted((BENCH / "instances" / "stem").glob("*_k3000_*.npz"))
    problems = [MaskProblem.load(path) for path in stem]
    synthetic = [("chelsea", 64, 0.0), ("chelsea", 16, 0.0), ("coffee", 16, 0.0),
                 ("coffee", 16, 0.5)]
    if quick:
        synthetic = synthetic[:1]
        problems = problems[:1]
    problems += [conv7x7_problem(photo, ch, g) for photo, ch, g in synthetic]
    return problems


# --------------------------------------------------------------------------------------
# Levers
# --------------------------------------------------------------------------------------
def greedy_mask(problem: MaskProblem) -> np.ndarray | None:
    """A feasible mask by greedy removal from the all-ones mask (None if that is infeasible).

    Cells are tried cheapest-to-lose first (smallest total positive contribution); a cell is
    dropped when every row it touches keeps a float slack above a small relative margin. The
    result is checked exactly with :func:`smug.verify`.
    """
    A = problem.A.tocsc()
    mask = np.ones(problem.n_vars, dtype=bool)
    mask[problem.fixed == 0] = False
    slack = problem.activity(mask) - problem.rhs
    margin = 1e-9 * (np.abs(problem.A) @ np.ones(problem.n_vars) + np.abs(problem.rhs))
    if np.any(slack <= margin):
        return None
    weight = np.asarray(problem.A.maximum(0).sum(axis=0)).ravel()
    for j in np.argsort(weight, kind="stable"):
        if problem.fixed[j] == 1 or not mask[j]:
            continue
        lo, hi = A.indptr[j], A.indptr[j + 1]
        rows, vals = A.indices[lo:hi], A.data[lo:hi]
        if np.all(slack[rows] - vals > margin[rows]):
            slack[rows] -= vals
            mask[j] = False
    return mask if smug.verify(problem, mask).ok else None


@dataclass(frozen=True)
class Lever:
    name: str
    options: dict[str, Any] = field(default_factory=dict)
    presolve: bool = False
    greedy_hint: bool = False
    coeff_bits: int | None = None


#: CP-SAT's own defaults for the parameters the backend tunes for speed, to undo them (the
#: inclusion presolve stays off in every sound lever: see docs/backends/cpsat.md). An empty
#: ``subsolvers`` list restores CP-SAT's own portfolio for the given number of workers.
OFF_THE_SHELF = {"num_workers": 2, "linearization_level": 1, "subsolvers": []}
PORTFOLIO = {"subsolvers": []}
INCLUSION_ON = {"presolve_inclusion_work_limit": 100_000_000}

LEVERS: list[Lever] = [
    Lever("off-the-shelf, 2 workers", dict(OFF_THE_SHELF)),
    Lever("smug default (2 workers: core + default_lp)", {"num_workers": 2}),
    Lever("2 workers, CP-SAT portfolio, lin 2", {"num_workers": 2, **PORTFOLIO}),
    Lever("4 workers, CP-SAT portfolio, lin 2", {"num_workers": 4, **PORTFOLIO}),
    Lever("8 workers, CP-SAT portfolio, lin 2", {"num_workers": 8, **PORTFOLIO}),
    Lever("8 workers, CP-SAT portfolio, lin 1", {"num_workers": 8, "linearization_level": 1,
                                                 **PORTFOLIO}),
    Lever("2 workers: core + max_lp", {"num_workers": 2, "subsolvers": ["core", "max_lp"]}),
    Lever("default + greedy hint", {"num_workers": 2}, greedy_hint=True),
    Lever("default + smug presolve", {"num_workers": 2}, presolve=True),
    Lever("default, 30-bit coefficients", {"num_workers": 2}, coeff_bits=30),
    Lever("UNSOUND: 8 workers, lin 2, inclusion presolve on", {"num_workers": 8, **PORTFOLIO,
                                                              **INCLUSION_ON}),
    Lever("UNSOUND: default + inclusion presolve on", {"num_workers": 2, **INCLUSION_ON}),
]


def run_lever(problem: MaskProblem, lever: Lever, time_limit: float) -> dict[str, Any]:
    hint, hint_s = None, 0.0
    if lever.greedy_hint:
        t0 = time.perf_counter()
        hint = greedy_mask(problem)
        hint_s = time.perf_counter() - t0
    saved = cpsat_module.COEFF_BITS
    if lever.coeff_bits is not None:
        cpsat_module.COEFF_BITS = lever.coeff_bits
    try:
        result = smug.solve(problem, "cpsat", time_limit=max(1.0, time_limit - hint_s),
                            hint=hint, presolve=lever.presolve, **lever.options)
    finally:
        cpsat_module.COEFF_BITS = saved
    stats = result.stats
    return {
        "status": result.status.value,
        "objective": result.objective,
        "bound": result.bound,
        "build_s": round(result.timings.build, 4),
        "solve_s": round(result.timings.solve, 3),
        "total_s": round(result.timings.total + hint_s, 3),
        "hint_s": round(hint_s, 3),
        "rounds": len(stats.get("rounds", [])),
        "workers": stats.get("num_workers"),
        "branches": stats.get("branches"),
        "conflicts": stats.get("conflicts"),
    }


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------
def write_markdown(rows: list[dict[str, Any]], path: Path, time_limit: float) -> None:
    lines = [
        "# CP-SAT levers",
        "",
        f"Written by `benchmarks/studies/cpsat_levers/cpsat_levers.py`; time limit {time_limit:g} s per run; "
        "a shared machine with 2 cores and other jobs running, so "
        "timings are noisy (tens of percent). `total_s` includes the greedy hint when used.",
        "",
        "| instance | vars used | rows | nnz | lever | status | obj | bound | build s | total s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['instance']} | {r['used_vars']} | {r['n_rows']} | {r['nnz']} | {r['lever']} "
            f"| {r['status']} | {_fmt(r['objective'])} | {_fmt(r['bound'])} | {r['build_s']} "
            f"| {r['total_s']} |"
        )
    path.write_text("\n".join(lines) + "\n")


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:g}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--quick", action="store_true", help="one instance of each kind")
    parser.add_argument("--levers", nargs="*", help="names of the levers to run (default all)")
    parser.add_argument("--out", type=Path, default=RESULTS / "cpsat_levers")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    levers = [lv for lv in LEVERS if not args.levers or lv.name in args.levers]
    csv_path, md_path = args.out.with_suffix(".csv"), args.out.with_suffix(".md")
    done: list[dict[str, Any]] = []
    with csv_path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for problem in instances(args.quick):
            info = {"instance": problem.name, "n_vars": problem.n_vars,
                    "used_vars": int(np.unique(problem.A.indices).size),
                    "n_rows": problem.n_rows, "nnz": problem.nnz}
            for lever in levers:
                row = {**info, "lever": lever.name, **run_lever(problem, lever, args.time_limit)}
                writer.writerow(row)
                handle.flush()
                done.append(row)
                write_markdown(done, md_path, args.time_limit)
                print(f"{problem.name:32s} {lever.name:32s} {row['status']:9s} "
                      f"obj={_fmt(row['objective'])} bound={_fmt(row['bound'])} "
                      f"total={row['total_s']}s", flush=True)


if __name__ == "__main__":
    main()
