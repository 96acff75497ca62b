"""Does a 7x7 first layer (Inception-v1) give more compact SMUG masks than a 3x3 (ours)?

docs/evaluation.md guessed that Inception-v1's 7x7 first layer couples neighbouring mask
cells more strongly than EfficientNet-Lite0's 3x3 stem and so yields more contiguous masks
(and a better LSC). No trained 7x7 first layer ships offline, so this tests the mechanism
on the same photos and the same 4x4 cells, k = 3000, gamma = 0, relative rows:

* ``effnet_ig``: EfficientNet-Lite0's real stem, neurons chosen by IG (what Table 1 runs);
* ``effnet_act``: the same stem, the k neurons with the largest input-driven activation;
* ``rand3x3`` / ``rand7x7``: a random, seeded 16-channel 3x3 or 7x7 stride-2 convolution
  over the same input, the k neurons with the largest input-driven activation (the
  selection rule of the synthetic 7x7 instances of benchmarks/studies/cpsat_levers/cpsat_levers.py).

The minimal mask (CP-SAT, proven optimal) is described by its size per pixel (the paper's
definition) and per cell, SMUG_base's size for the same neurons, its number of cells, its
8-connected components, the share of its largest component, and the area of its
tightest box (what LSC crops). If the kernel size drove compactness, ``rand7x7`` masks
would have clearly fewer components and a smaller box than ``rand3x3``.

Writes ``results/stem_kernel/rows.jsonl`` (resumable) and ``stem_kernel.md``.

Usage::

    python benchmarks/studies/stem_kernel/stem_kernel.py [--photos chelsea coffee camera] [--quick]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np


from smug.bench.common import (
    ResultLog,
    limit_threads,
    markdown_table,
    photo_input,
    progress,
    shared_first_layer_ig,
)

VARIANTS = ("effnet_ig", "effnet_act", "rand3x3", "rand7x7")


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    p.add_argument("--photos", nargs="*", default=["chelsea", "coffee", "camera"])
    p.add_argument("--k", type=int, default=3000)
    p.add_argument("--time-limit", type=float, default=60.0)
    p.add_argument("--quick", action="store_true", help="one photo, k = 300, 8 IG nodes")
    args = p.parse_args(argv)
    args.ig_steps = None
    if args.quick:
        args.photos, args.k, args.ig_steps = args.photos[:1], 300, 8
    return args


def mask_shape(cell_mask: np.ndarray, grid_shape: tuple[int, int]) -> dict[str, Any]:
    """Cells, 8-connected components, largest component share, tightest box area."""
    from scipy import ndimage

    cells = np.asarray(cell_mask, dtype=bool).reshape(grid_shape)
    labels, n = ndimage.label(cells, structure=np.ones((3, 3), dtype=int))
    sizes = np.bincount(labels.ravel())[1:] if n else np.zeros(0, dtype=int)
    rows, cols = np.flatnonzero(cells.any(1)), np.flatnonzero(cells.any(0))
    box = 0.0 if not n else ((rows[-1] - rows[0] + 1) * (cols[-1] - cols[0] + 1)
                             / cells.size)
    return {"cells": int(cells.sum()), "fraction": float(cells.mean()), "components": int(n),
            "largest_share": float(sizes.max() / sizes.sum()) if n else 0.0,
            "box_area": float(box)}


def random_stem(kernel: int, seed: int = 0):
    """A seeded random 16-channel ``kernel`` x ``kernel`` stride-2 'same' convolution."""
    import torch
    from torch import nn

    torch.manual_seed(seed)
    conv = nn.Conv2d(3, 16, kernel, stride=2, padding=kernel // 2)
    with torch.no_grad():
        conv.weight.normal_(0.0, 1.0 / np.sqrt(3 * kernel * kernel))
        conv.bias.zero_()
    return conv.eval()


def top_activation_encoding(first: Any, xin: np.ndarray, k: int, cell: int):
    """Relative rows (gamma 0, mask value 0) of the k neurons with the largest o(x) - o(0)."""
    from smug.explain import encode_rows
    from smug.problem import Grid

    zero = np.zeros_like(xin)
    act = first.forward(xin[None])[0].ravel()
    base = first.forward(zero[None])[0].ravel()
    driven = act - base
    neurons = np.argsort(-driven, kind="stable")[:k]
    neurons = neurons[driven[neurons] > 0]
    grid = Grid(first.spatial_shape, (cell, cell))
    return encode_rows(first, xin, zero, neurons, grid, 0.0, "relative", act, base)


def problems_for(model: Any, photo: str, args: argparse.Namespace):
    """The four encodings of one photo, by variant."""
    from smug.explain import SMUG, extract_first_layer

    x = photo_input(photo)
    extra = {} if args.ig_steps is None else {"n_steps": args.ig_steps}
    encoding = SMUG(model).encode(x, k=args.k, cell=4, internal_batch_size=25, **extra)
    xin = x[0].double().numpy()
    out = {"effnet_ig": encoding,
           "effnet_act": top_activation_encoding(encoding.first, xin, args.k, 4)}
    for kernel in (3, 7):
        first, _ = extract_first_layer(random_stem(kernel), x)
        out[f"rand{kernel}x{kernel}"] = top_activation_encoding(first, xin, args.k, 4)
    return out


def report(args: argparse.Namespace, log: ResultLog) -> None:
    rows = log.rows
    table = []
    for variant in VARIANTS:
        mine = [r for r in rows if r["variant"] == variant and r["status"] == "optimal"]
        if not mine:
            continue
        med = {key: float(np.median([r[key] for r in mine]))
               for key in ("fraction", "components", "largest_share", "box_area", "nnz_per_row",
                           "pixel_fraction", "base_pixel_fraction", "base_cell_fraction")}
        table.append([variant, len(mine), f"{100 * med['pixel_fraction']:.1f}",
                      f"{100 * med['base_pixel_fraction']:.1f}",
                      f"{med['pixel_fraction'] / med['base_pixel_fraction']:.2f}",
                      f"{100 * med['fraction']:.1f}", f"{100 * med['base_cell_fraction']:.1f}",
                      f"{med['components']:.0f}", f"{med['largest_share']:.2f}",
                      f"{med['box_area']:.2f}", f"{med['nnz_per_row']:.1f}"])
    per_photo = [[r["photo"], r["variant"], r["status"], r["cells"], r["components"],
                  f"{r['largest_share']:.2f}", f"{r['box_area']:.2f}"] for r in rows]
    lines = [
        f"# Stem kernel size and mask compactness (k = {args.k}, 4x4 cells, gamma 0)", "",
        "Medians over photos of the proven-optimal minimal mask (CP-SAT). See the script's "
        "docstring for the variants. Timings are irrelevant here; the machine is a loaded "
        "2-core box.", "",
        markdown_table(["variant", "photos", "SMUG % px", "SMUG_base % px", "ratio",
                        "SMUG % cells", "SMUG_base % cells", "components",
                        "largest component share", "tightest box area", "cells per row"],
                       table), "",
        "## Per photo", "",
        markdown_table(["photo", "variant", "status", "cells", "components", "largest share",
                        "box area"], per_photo), "",
    ]
    (args.out / "stem_kernel.md").write_text("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    import smug
    from smug.explain import saliency_maps
    from smug.models.efficientnet import load_efficientnet_lite0

    args = parse(argv)
    limit_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    log = ResultLog(args.out / "rows.jsonl", ("photo", "variant"))
    model = load_efficientnet_lite0()
    with shared_first_layer_ig():
        for photo in progress(args.photos, "stem_kernel photos"):
            if all(log.done(photo=photo, variant=v) for v in VARIANTS):
                continue
            for variant, encoding in problems_for(model, photo, args).items():
                if log.done(photo=photo, variant=variant):
                    continue
                problem = encoding.problem
                sol = smug.solve(problem, "cpsat", time_limit=args.time_limit, threads=1)
                row = {"photo": photo, "variant": variant, "status": sol.status.value,
                       "n_rows": problem.n_rows,
                       "nnz_per_row": problem.nnz / max(problem.n_rows, 1),
                       "solve_s": round(sol.timings.total, 2)}
                if sol.mask is not None:
                    row.update(mask_shape(sol.mask, problem.grid.grid_shape))
                    maps = saliency_maps(encoding, sol.mask)
                    row.update(pixel_fraction=float(maps.mask.mean()),
                               base_pixel_fraction=float(maps.base_mask.mean()),
                               base_cell_fraction=float(maps.base_cell_mask.mean()))
                log.append(row)
            report(args, log)
    report(args, log)
    print((args.out / "stem_kernel.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
