"""Fig. 3 of the paper: can LSC be gamed by a redundant, compact copy of the object?

A big cat and the same cat at a quarter of its area (half its width and height), both the
whole ``skimage.data.chelsea`` photo (no segmentation ships offline, so each cat keeps its
own photo background), are pasted on a white canvas: big alone, small alone, and both.
EfficientNet-Lite0 gives the confidence of the class predicted on the two-cat image for
each. On the two-cat image, SMUG, SMUG_base, IG, Grad-CAM and OPTBOX explain it; for each
we report where its saliency mass lies (inside the big cat's rectangle, the small one's,
elsewhere) and which cat its best-LSC box covers. The paper found SMUG and IG on the big
cat and OPTBOX on the small one (LSC rewards the compact redundant copy).

The canvas is laid out so that both cats lie on the OPTBOX grid (16 px in model input).

Writes::

    <out>/rows.jsonl   one row per image (confidences) and per method (regions, LSC)
    <out>/two_cats.md  the tables
    <out>/fig3.png     the three inputs and each method on the two-cat image

Usage::

    python benchmarks/two_cats.py
    python benchmarks/two_cats.py --quick --out out/c3
    python benchmarks/two_cats.py --redo SMUG SMUG_base     # after a change of the IG default
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import numpy as np


from smug.bench.common import (  # noqa: E402
    RESULTS,
    ResultLog,
    drop_rows,
    limit_threads,
    machine,
    markdown_table,
    progress,
    shared_first_layer_ig,
    write_json,
)

CANVAS = 448  # pixels; the model sees it at 224 (factor 2)
#: (top, left, height, width) of each cat on the canvas
BIG = (128, 32, 170, 256)
SMALL = (176, 320, 85, 128)
IMAGES = ("big", "small", "two")
METHODS = ("SMUG", "SMUG_base", "IG", "Grad-CAM", "OPTBOX")


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=RESULTS / "two_cats")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--k", type=int, default=3000)
    p.add_argument("--backend", default="cpsat")
    p.add_argument("--time-limit", type=float, default=60.0)
    p.add_argument("--ig-steps", type=int, default=None,
                   help="fixed Gauss-Legendre first-layer IG on this many nodes (default: the "
                        "explainer's adaptive rule)")
    p.add_argument("--input-ig-steps", type=int, default=50,
                   help="steps of the IG baseline on the input")
    p.add_argument("--thresholds", type=int, default=100)
    p.add_argument("--optbox-cell", type=int, default=16)
    p.add_argument("--optbox-time-limit", type=float, default=900.0)
    p.add_argument("--redo", nargs="+", default=[], choices=METHODS, metavar="METHOD",
                   help="compute these methods again (their rows are removed first; e.g. "
                        "--redo SMUG SMUG_base after a change of the IG default)")
    args = p.parse_args(argv)
    if args.quick:
        args.k, args.ig_steps, args.input_ig_steps, args.thresholds = 300, 8, 8, 10
        args.optbox_cell, args.optbox_time_limit = 56, 30.0
        args.time_limit = min(args.time_limit, 10.0)
    return args


def compose(which: str) -> np.ndarray:
    """The white canvas with the big cat, the small cat, or both (uint8 RGB)."""
    from skimage.data import chelsea
    from skimage.transform import resize

    cat = chelsea()
    canvas = np.full((CANVAS, CANVAS, 3), 255, dtype=np.uint8)
    for name, (top, left, h, w) in (("big", BIG), ("small", SMALL)):
        if which in (name, "two"):
            scaled = resize(cat, (h, w), anti_aliasing=True, preserve_range=True)
            canvas[top:top + h, left:left + w] = np.round(scaled).astype(np.uint8)
    return canvas


def region_masks(size: int = 224) -> dict[str, np.ndarray]:
    """Each cat's rectangle in model-input pixels."""
    scale = size / CANVAS
    out = {}
    for name, (top, left, h, w) in (("big", BIG), ("small", SMALL)):
        m = np.zeros((size, size), dtype=bool)
        m[int(top * scale):int(np.ceil((top + h) * scale)),
          int(left * scale):int(np.ceil((left + w) * scale))] = True
        out[name] = m
    return out


def where(saliency: np.ndarray, box: Any, regions: dict[str, np.ndarray]) -> dict[str, Any]:
    """Share of positive saliency mass in each cat, and how much of each cat the box covers."""
    pos = np.maximum(np.asarray(saliency, dtype=float), 0.0)
    total = pos.sum()
    box_mask = box.to_mask(pos.shape)
    row: dict[str, Any] = {}
    for name, m in regions.items():
        row[f"mass_{name}"] = float(pos[m].sum() / total) if total > 0 else 0.0
        row[f"box_covers_{name}"] = float((box_mask & m).sum() / m.sum())
        row[f"box_inside_{name}"] = float((box_mask & m).sum() / box_mask.sum())
    picks = max(regions, key=lambda n: row[f"box_inside_{n}"] * row[f"box_covers_{n}"])
    if all(row[f"box_covers_{n}"] >= 0.5 for n in regions):
        picks = "both"
    elif all(row[f"box_covers_{n}"] < 0.1 for n in regions):
        picks = "neither"
    row["box_picks"] = picks
    row["mass_picks"] = max(regions, key=lambda n: row[f"mass_{n}"])
    return row


def run(args: argparse.Namespace, log: ResultLog) -> dict[str, np.ndarray]:
    import torch

    from smug.baselines import grad_cam, integrated_gradients, opt_box
    from smug.explain import SMUG, SMUGBase
    from smug.metrics import best_lsc_over_thresholds, lsc
    from smug.models.efficientnet import BLACK, deprocess, load_efficientnet_lite0, preprocess
    from smug.models.imagenet import class_name

    model = load_efficientnet_lite0()
    inputs = {w: preprocess(compose(w), crop="none") for w in IMAGES}
    with torch.no_grad():
        probs = {w: torch.softmax(model(x), 1)[0] for w, x in inputs.items()}
    label = int(probs["two"].argmax())
    for w in IMAGES:
        if not log.done(kind="image", name=w):
            top = int(probs[w].argmax())
            log.append({"kind": "image", "name": w, "label": label, "class": class_name(label),
                        "confidence": float(probs[w][label]), "top1": class_name(top),
                        "top1_confidence": float(probs[w][top])})
    x = inputs["two"]
    regions = region_masks(x.shape[-1])
    maps_file = args.out / "maps.npz"
    maps = dict(np.load(maps_file)) if maps_file.exists() else {}
    maps.update({f"input_{w}": deprocess(v).astype(np.float32) for w, v in inputs.items()})
    for name, m in regions.items():  # each cat's own rectangle, for reference
        if not log.done(kind="box", name=name):
            rows_, cols_ = np.flatnonzero(m.any(1)), np.flatnonzero(m.any(0))
            box = (int(rows_[0]), int(cols_[0]), int(rows_[-1]) + 1, int(cols_[-1]) + 1)
            r = lsc(model, x, box, label)
            log.append({"kind": "box", "name": name, "lsc": r.score, "area": r.area,
                        "confidence": r.confidence, "box": list(box)})
    for r in log.rows:  # a box's map is its rectangle: rebuild it when maps.npz is gone
        if r["kind"] == "method" and r["name"] == "OPTBOX" and "OPTBOX" not in maps:
            top, left, bottom, right = r["box"]
            box_map = np.zeros(tuple(x.shape[2:]), dtype=np.float32)
            box_map[top:bottom, left:right] = 1.0
            maps["OPTBOX"] = box_map
    settings = dict(k=args.k, gamma=0.0, cell=4, n_steps=args.ig_steps)
    with shared_first_layer_ig():  # SMUG and SMUG_base share one first-layer IG
        for method in progress(METHODS, "two_cats methods"):
            if log.done(kind="method", name=method):
                continue
            t0 = time.perf_counter()
            extra: dict[str, Any] = {}
            if method == "SMUG":
                e = SMUG(model, black=BLACK).attribute(x, label, backend=args.backend,
                                                       time_limit=args.time_limit, **settings)
                maps[method] = e.saliency
                extra = {"status": e.solution.status.value, "mask_fraction": e.sparsity,
                         "cell_fraction": e.cell_sparsity,
                         "ig_gap": round(e.ig.completeness_relative, 5),
                         "ig_nodes": e.ig.n_steps}
            elif method == "SMUG_base":
                e = SMUGBase(model, black=BLACK).attribute(x, label, **settings)
                maps[method] = e.saliency
                extra = {"mask_fraction": e.sparsity, "cell_fraction": e.base_cell_sparsity}
            if method == "IG":
                maps[method] = integrated_gradients(model, x, label, baseline=BLACK,
                                                    n_steps=args.input_ig_steps,
                                                    internal_batch_size=10)
            elif method == "Grad-CAM":
                maps[method] = grad_cam(model, x, label, model._conv_head)
            if method == "OPTBOX":
                found = opt_box(model, x, label, cell=args.optbox_cell, batch_size=16,
                                time_limit=args.optbox_time_limit)
                best = found.best
                maps[method] = best.box.to_mask(tuple(x.shape[2:])).astype(np.float32)
                extra = {"grid_px": args.optbox_cell, "complete": found.complete,
                         "n_evaluated": found.n_evaluated, "n_candidates": found.n_candidates}
            else:
                best = best_lsc_over_thresholds(model, x, maps[method], label,
                                                n_thresholds=args.thresholds, batch_size=16)
            log.append({"kind": "method", "name": method, "lsc": best.score, "area": best.area,
                        "confidence": best.confidence,
                        "box": [best.box.top, best.box.left, best.box.bottom, best.box.right],
                        **where(maps[method], best.box, regions), **extra,
                        "seconds": round(time.perf_counter() - t0, 1)})
            np.savez_compressed(maps_file,
                                **{k: np.asarray(v, np.float32) for k, v in maps.items()})
    return maps


def report(args: argparse.Namespace, log: ResultLog, maps: dict[str, np.ndarray]) -> None:
    images = [r for r in log.rows if r["kind"] == "image"]
    methods = [r for r in log.rows if r["kind"] == "method"]
    boxes = [r for r in log.rows if r["kind"] == "box"]
    label_name = images[0]["class"]
    opt = next((r for r in methods if r["name"] == "OPTBOX"), {})
    lines = [
        "# Two cats (Fig. 3): does a method credit the big cat or the small copy?", "",
        f"EfficientNet-Lite0; class: {label_name} (predicted on the two-cat image). Each cat "
        "is the whole chelsea photo (its own background) on white; the small one has half "
        "the width and height (a quarter of the area). Paper (Inception-v1): big 0.83, "
        "small 0.15, both 0.84; SMUG and IG on the big cat, OPTBOX on the small one.", "",
        markdown_table(["image", f"p({label_name})", "top-1"],
                       [[r["name"], f"{float(r['confidence']):.3f}",
                         f"{r['top1']} ({float(r['top1_confidence']):.2f})"] for r in images]),
        "", "LSC of each cat's own rectangle on the two-cat image (what a box around "
        "exactly that cat scores):", "",
        markdown_table(["cat box", "LSC", "area a", "confidence c"],
                       [[r["name"], f"{float(r['lsc']):.2f}", f"{float(r['area']):.3f}",
                         f"{float(r['confidence']):.2f}"] for r in boxes]),
        "", f"On the two-cat image (SMUG k={args.k}, gamma=0, 4x4 cells; OPTBOX on a "
        f"{opt.get('grid_px', args.optbox_cell)}-px grid, complete search: "
        f"{opt.get('complete', '-')}). Mass = share of the positive saliency inside each "
        "cat's rectangle; the best-LSC box is said to pick the cat maximising "
        "(share of the box on that cat) x (share of that cat in the box); \"both\" when it "
        "covers at least half of each cat.", "",
        markdown_table(
            ["method", "mass on big", "mass on small", "best box: LSC (a, c)",
             "box covers big / small", "box picks"],
            [[r["name"], f"{r['mass_big']:.2f}", f"{r['mass_small']:.2f}",
              f"{float(r['lsc']):.2f} ({float(r['area']):.2f}, {float(r['confidence']):.2f})",
              f"{r['box_covers_big']:.2f} / {r['box_covers_small']:.2f}", r["box_picks"]]
             for r in methods]), "",
    ]
    (args.out / "two_cats.md").write_text("\n".join(lines))
    write_json(args.out / "summary.json", {"settings": vars(args) | {"out": args.out.name},
                                           "machine": machine()})
    figure(args, images, methods, maps)


def figure(args, images, methods, maps) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.patches as patches
    import matplotlib.pyplot as plt

    n = max(len(IMAGES), len(methods))
    fig, axes = plt.subplots(2, n, figsize=(2.6 * n, 5.6), squeeze=False)
    for ax in axes.ravel():
        ax.axis("off")
    for j, r in enumerate(images):
        axes[0, j].imshow(maps[f"input_{r['name']}"])
        axes[0, j].set_title(f"{r['name']}: p = {float(r['confidence']):.2f}", fontsize=9)
    base = maps["input_two"]
    for j, r in enumerate(methods):
        ax = axes[1, j]
        ax.imshow(base, alpha=0.4)
        m = np.asarray(maps.get(r["name"], np.zeros(base.shape[:2])), dtype=float)
        if r["name"] != "OPTBOX":  # a map not kept (maps.npz is not committed): the box only
            ax.imshow(np.ma.masked_where(m <= 0, m), cmap="jet", alpha=0.7)
        top, left, bottom, right = r["box"]
        ax.add_patch(patches.Rectangle((left - 0.5, top - 0.5), right - left, bottom - top,
                                       fill=False, color="lime", lw=1.5))
        ax.set_title(f"{r['name']}: {float(r['lsc']):.2f}, a={float(r['area']):.2f}, "
                     f"c={float(r['confidence']):.2f}", fontsize=8)
    fig.tight_layout()
    fig.savefig(args.out / "fig3.png", dpi=90)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    limit_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    drop_rows(args.out / "rows.jsonl", "name", set(args.redo))
    log = ResultLog(args.out / "rows.jsonl", ("kind", "name"))
    maps = run(args, log)
    report(args, log, maps)
    print((args.out / "two_cats.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
