"""Table 1 and Fig. 1 of the paper on the photos that ship offline, with EfficientNet-Lite0.

For every candidate photo (``_common.CANDIDATE_PHOTOS``) the model classifies with a top-1
probability of at least ``MIN_CONFIDENCE`` and a class that is right for the photo, the
predicted class is explained by

    SMUG, SMUG_base (k=3000, gamma=0, 4x4 cells, one shared first-layer IG),
    IG (on the input, black baseline), Grad-CAM (last conv, ``_conv_head``),
    CENTERBOX, MAXBOX, OPTBOX (grid brute force; coarser grid than the paper's 10 px),

and each is scored by LSC (Eq. 5; the best of up to 100 thresholds for maps), sparsity
(fraction of pixels kept, for the masking methods) and, because LSC can be gamed, the
deletion AUC (confidence as the most salient pixels turn black; lower is better).
GROUNDTRUTH is left out: no ground-truth boxes ship offline.

Writes, as it goes (a photo at a time; a rerun skips the photos done)::

    <out>/rows.jsonl       one row per photo x method
    <out>/photos.json      kept and excluded photos, with class, probability, reason
    <out>/maps/<photo>.npz the maps (for the figure)
    <out>/table1.md        the table beside the paper's
    <out>/fig1.png         image, maps and best boxes with LSC, area a, confidence c

Usage::

    python benchmarks/image_table1.py            # full run
    python benchmarks/image_table1.py --quick --out out/t1   # one photo, tiny settings
    python benchmarks/image_table1.py --smug-only --redo SMUG SMUG_base  # after an IG change
    python benchmarks/image_table1.py --figure-only   # fig1.png again from the rows
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
    photo_input,
    progress,
    select_photos,
    shared_first_layer_ig,
    write_json,
)

METHODS = ("SMUG", "SMUG_base", "IG", "Grad-CAM", "CENTERBOX", "MAXBOX", "OPTBOX")
MAP_METHODS = ("SMUG", "SMUG_base", "IG", "Grad-CAM")
MASK_METHODS = ("SMUG", "SMUG_base", "CENTERBOX", "MAXBOX", "OPTBOX")
#: Table 1 of the paper (ImageNet, Inception-v1, 3304 images): median LSC (q25, q75),
#: Win%, sparsity %.
PAPER = {
    "SMUG": ("-1.26 (-1.80, -0.75)", "40.9 ± 1.68", "17.7 ± 0.10"),
    "SMUG_base": ("-1.23 (-1.76, -0.71)", "33.5 ± 1.61", "43.3 ± 0.32"),
    "IG": ("-0.29 (-0.62, -0.05)", "1.7 ± 0.44", "-"),
    "Grad-CAM": ("-1.10 (-1.67, -0.50)", "37.8 ± 1.65", "-"),
    "CENTERBOX": ("-0.64 (-0.69, -0.29)", "2.6 ± 0.54", "50.0 ± 0.99"),
    "MAXBOX": ("0.04 (0.00, 0.23)", "0.2 ± 0.16", "100.0 ± 0.0"),
    "OPTBOX": ("-2.27 (-2.71, -1.79)", "-", "8.9 ± 0.0"),
}


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=RESULTS / "image_table1")
    p.add_argument("--quick", action="store_true",
                   help="one photo, k=300, 8 IG steps, 10 thresholds, coarse OPTBOX")
    p.add_argument("--photos", nargs="*", help="photo names (default: every kept candidate)")
    p.add_argument("--k", type=int, default=3000)
    p.add_argument("--cell", type=int, default=4)
    p.add_argument("--backend", default="cpsat")
    p.add_argument("--time-limit", type=float, default=60.0, help="seconds per SMUG solve")
    p.add_argument("--ig-steps", type=int, default=None,
                   help="fixed Gauss-Legendre first-layer IG on this many nodes (default: the "
                        "explainer's adaptive rule)")
    p.add_argument("--input-ig-steps", type=int, default=50,
                   help="steps of the IG baseline on the input (black baseline)")
    p.add_argument("--thresholds", type=int, default=100)
    p.add_argument("--optbox-cell", type=int, default=28,
                   help="OPTBOX grid step in pixels (paper: 10, 2-3 h per photo here)")
    p.add_argument("--optbox-time-limit", type=float, default=300.0)
    p.add_argument("--deletion-steps", type=int, default=20)
    p.add_argument("--smug-only", action="store_true",
                   help="only SMUG and SMUG_base (e.g. to compare another k)")
    p.add_argument("--redo", nargs="+", default=[], choices=METHODS, metavar="METHOD",
                   help="compute these methods again on every photo (their rows are removed "
                        "first; e.g. --redo SMUG SMUG_base after a change of the IG default)")
    p.add_argument("--figure-only", action="store_true",
                   help="redraw fig1.png from the committed rows: recompute only the maps "
                        "(not committed) of the photos in photos.json, checking each against "
                        "its row (non-zero fraction; SMUG's mask size and IG nodes)")
    args = p.parse_args(argv)
    if args.quick:
        args.photos = args.photos or ["chelsea"]
        args.k, args.ig_steps, args.input_ig_steps, args.thresholds = 300, 8, 8, 10
        args.optbox_cell, args.optbox_time_limit, args.deletion_steps = 56, 60.0, 4
        args.time_limit = min(args.time_limit, 20.0)
    args.methods = ("SMUG", "SMUG_base") if args.smug_only else METHODS
    return args


# --------------------------------------------------------------------------- one photo


def photo_maps(model: Any, x: Any, label: int, args: argparse.Namespace,
               needed: tuple[str, ...], extra: dict[str, dict[str, Any]], timed: Any
               ) -> dict[str, np.ndarray]:
    """The maps of the ``needed`` map methods on one photo; SMUG's solve and IG facts go
    to ``extra`` (``timed(method, fn)`` runs ``fn`` and records its seconds)."""
    from smug.baselines import grad_cam, integrated_gradients
    from smug.explain import SMUG, SMUGBase
    from smug.models.efficientnet import BLACK

    maps: dict[str, np.ndarray] = {}
    settings = dict(k=args.k, gamma=0.0, cell=args.cell, n_steps=args.ig_steps)
    if "SMUG" in needed or "SMUG_base" in needed:
        with shared_first_layer_ig():
            smug_expl = timed("SMUG", lambda: SMUG(model, black=BLACK).attribute(
                x, label, backend=args.backend, time_limit=args.time_limit, **settings))
            base_expl = timed("SMUG_base", lambda: SMUGBase(model, black=BLACK).attribute(
                x, label, **settings))
        sol = smug_expl.solution
        extra["SMUG"] = {"status": sol.status.value, "objective": sol.objective,
                         "bound": sol.bound, "n_vars": smug_expl.problem.n_vars,
                         "n_rows": smug_expl.problem.n_rows,
                         "solve_s": round(smug_expl.timings.solve, 3),
                         "ig_s": round(smug_expl.timings.ig, 2), "trivial": smug_expl.trivial,
                         "ig_gap": round(smug_expl.ig.completeness_relative, 5),
                         "ig_nodes": smug_expl.ig.n_steps,
                         "cell_sparsity": smug_expl.cell_sparsity}
        extra["SMUG_base"] = {"cell_sparsity": base_expl.base_cell_sparsity}
        maps["SMUG"] = smug_expl.saliency
        maps["SMUG_base"] = base_expl.saliency
    if "IG" in needed:
        maps["IG"] = timed("IG", lambda: integrated_gradients(
            model, x, label, baseline=BLACK, n_steps=args.input_ig_steps,
            internal_batch_size=10))
    if "Grad-CAM" in needed:
        maps["Grad-CAM"] = timed("Grad-CAM", lambda: grad_cam(model, x, label, model._conv_head))
    return maps


def explain_photo(model: Any, name: str, label: int, args: argparse.Namespace,
                  needed: tuple[str, ...] = METHODS
                  ) -> tuple[list[dict[str, Any]], dict[str, np.ndarray]]:
    """The ``needed`` methods on one photo: result rows and the maps/masks for the figure.

    SMUG and SMUG_base are always computed together (they share one IG run).
    """
    from smug.baselines import center_box, max_box, opt_box
    from smug.metrics import best_lsc_over_thresholds, deletion_curve, lsc
    from smug.models.efficientnet import BLACK, deprocess

    x = photo_input(name)
    shape = tuple(x.shape[2:])
    maps: dict[str, np.ndarray] = {"image": deprocess(x).astype(np.float32)}
    rows: list[dict[str, Any]] = []
    extra: dict[str, dict[str, Any]] = {}
    seconds: dict[str, float] = {}

    def timed(method, fn):
        t0 = time.perf_counter()
        out = fn()
        seconds[method] = time.perf_counter() - t0
        return out

    maps.update(photo_maps(model, x, label, args, needed, extra, timed))
    scored = {}
    for method in (m for m in MAP_METHODS if m in needed):
        t0 = time.perf_counter()
        scored[method] = best_lsc_over_thresholds(model, x, maps[method], label,
                                                  n_thresholds=args.thresholds, batch_size=16)
        seconds[method + "_lsc"] = time.perf_counter() - t0
    if "CENTERBOX" in needed:
        scored["CENTERBOX"] = lsc(model, x, center_box(shape), label)
    if "MAXBOX" in needed:
        scored["MAXBOX"] = lsc(model, x, max_box(shape), label)
    if "OPTBOX" in needed:
        optbox = timed("OPTBOX", lambda: opt_box(model, x, label, cell=args.optbox_cell,
                                                 batch_size=16,
                                                 time_limit=args.optbox_time_limit))
        scored["OPTBOX"] = optbox.best
        extra["OPTBOX"] = {"grid_px": args.optbox_cell, "complete": optbox.complete,
                           "n_candidates": optbox.n_candidates,
                           "n_evaluated": optbox.n_evaluated}

    for method in needed:
        result = scored[method]
        row = {"photo": name, "label": label, "method": method, "lsc": result.score,
               "area": result.area, "confidence": result.confidence,
               "box": [result.box.top, result.box.left, result.box.bottom, result.box.right],
               "threshold": result.threshold,
               "seconds": round(seconds.get(method, 0.0), 2), **extra.get(method, {})}
        if method in ("SMUG", "SMUG_base"):  # per pixel, the paper's (non-zero saliency)
            row["sparsity"] = float(np.count_nonzero(maps[method])) / maps[method].size
        elif method in ("CENTERBOX", "MAXBOX", "OPTBOX"):
            row["sparsity"] = result.area
        if method in MAP_METHODS:
            curve = deletion_curve(model, x, maps[method], label, n_steps=args.deletion_steps,
                                   baseline=BLACK, batch_size=16)
            row["deletion_auc"] = curve.auc
            row["nonzero_fraction"] = float(np.count_nonzero(maps[method])) / maps[method].size
        rows.append(row)
    return rows, maps


# --------------------------------------------------------------------------- table


def _fmt(v: float) -> str:
    return f"{v:.2f}" if np.isfinite(v) else "inf"


def table(rows: list[dict[str, Any]], methods: tuple[str, ...] = METHODS
          ) -> tuple[str, dict[str, Any]]:
    """Table 1 from the rows of every finished photo, next to the paper's numbers."""
    from smug.metrics import summarize, win_percent

    photos = sorted({r["photo"] for r in rows})
    by = {(r["photo"], r["method"]): r for r in rows}
    complete = [p for p in photos if all((p, m) in by for m in methods)]
    lsc = {m: np.array([float(by[(p, m)]["lsc"]) for p in complete]) for m in methods}
    wins = win_percent({m: lsc[m] for m in methods if m != "OPTBOX"}) if complete else {}
    summary: dict[str, Any] = {"n_photos": len(complete), "methods": {}}
    out = []
    for m in methods:
        if not complete:
            break
        s = summarize(lsc[m])
        win = str(wins[m]) if m in wins else "-"
        spars = "-"
        if m in MASK_METHODS:
            sp = summarize(100.0 * np.array([float(by[(p, m)]["sparsity"]) for p in complete]))
            spars = f"{sp.mean:.1f} ± {sp.ci_half_width:.1f}"
        dele = "-"
        if m in MAP_METHODS:
            dele = f"{np.mean([float(by[(p, m)]['deletion_auc']) for p in complete]):.3f}"
        out.append([m, f"{_fmt(s.median)} ({_fmt(s.q25)}, {_fmt(s.q75)})", win, spars, dele,
                    *PAPER[m]])
        summary["methods"][m] = {"median_lsc": s.median, "q25": s.q25, "q75": s.q75,
                                 "win": win, "sparsity": spars, "deletion_auc": dele}
    header = ["method", "LSC median (q25, q75) ↓", "Win% ↑", "sparsity % ↓",
              "deletion AUC ↓", "paper LSC", "paper Win%", "paper sparsity %"]
    return markdown_table(header, out), summary


def per_photo_table(rows: list[dict[str, Any]], methods: tuple[str, ...] = METHODS) -> str:
    photos = sorted({r["photo"] for r in rows})
    by = {(r["photo"], r["method"]): r for r in rows}
    out = []
    for p in photos:
        cells = [p]
        for m in methods:
            r = by.get((p, m))
            cells.append("" if r is None else
                         f"{_fmt(float(r['lsc']))} (a={float(r['area']):.2f}, "
                         f"c={float(r['confidence']):.2f})")
        out.append(cells)
    return markdown_table(["photo", *methods], out)


def shown_methods(rows: list[dict[str, Any]]) -> tuple[str, ...]:
    """The methods with rows, in table order: a ``--smug-only`` rerun over earlier rows
    still shows (and computes Win% among) every method, not SMUG and SMUG_base alone."""
    present = {r["method"] for r in rows}
    return tuple(m for m in METHODS if m in present)


def write_summary(args: argparse.Namespace, log: ResultLog, kept: list, excluded: list,
                  elapsed: float) -> None:
    methods = shown_methods(log.rows)
    text, summary = table(log.rows, methods)
    smug_rows = [r for r in log.rows if r["method"] == "SMUG"]
    opt_rows = [r for r in log.rows if r["method"] == "OPTBOX"]
    statuses = sorted({r["status"] for r in smug_rows})
    nodes = [r["ig_nodes"] for r in smug_rows if "ig_nodes" in r]
    ig_rule = (f"{args.ig_steps} Gauss-Legendre nodes" if args.ig_steps is not None else
               "adaptive rule at its default tolerance"
               + (f", {min(nodes)}-{max(nodes)} nodes per photo" if nodes else ""))
    lines = [
        "# Table 1 on offline photos (EfficientNet-Lite0)", "",
        f"{summary['n_photos']} photos; SMUG/SMUG_base k={args.k}, gamma=0, "
        f"{args.cell}x{args.cell} cells, backend {args.backend} ({args.time_limit:g} s limit; "
        f"statuses: {', '.join(statuses) or '-'}); first-layer IG on the softmax, "
        f"post-ReLU6, {ig_rule}; sparsity per pixel (the paper's: "
        f"non-zero Eq. 4 saliency); IG baseline on the input {args.input_ig_steps} steps, "
        f"black baseline; LSC best of up to {args.thresholds} thresholds; Win% among all methods "
        f"but OPTBOX (as in the paper), ties count for each; deletion AUC over "
        f"{args.deletion_steps} steps to black. **OPTBOX on a {args.optbox_cell}-px grid** "
        f"(paper: 10 px, which costs hours per photo here), {args.optbox_time_limit:g} s "
        f"limit; complete searches: {sum(bool(r['complete']) for r in opt_rows)}/"
        f"{len(opt_rows)}. GROUNDTRUTH is left out (no boxes offline).", "",
        "Paper: ImageNet validation, Inception-v1, 3304 images.", "",
        text, "", "## Per photo: LSC (box area a, confidence c)", "",
        per_photo_table(log.rows, methods),
        "", "## Photos", "",
        markdown_table(["photo", "class", "p", "kept / reason"],
                       [[r["photo"], r["class"], r["confidence"], "kept"] for r in kept]
                       + [[r["photo"], r["class"], r["confidence"], r["reason"]]
                          for r in excluded]),
        "", f"Wall clock of the last invocation (a resumed run counts only what it computed): "
        f"{elapsed / 60:.1f} min.", "",
    ]
    (args.out / "table1.md").write_text("\n".join(lines))
    write_json(args.out / "summary.json", {"settings": vars(args) | {"out": str(args.out.name)},
                                           "machine": machine(), **summary})


# --------------------------------------------------------------------------- figure


def figure(out: Path, rows: list[dict[str, Any]], methods: tuple[str, ...] = METHODS
           ) -> Path | None:
    """Fig. 1-like grid: one row per photo; the image, then each method's map with its
    best LSC box and ``LSC, a, c`` on top."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.patches as patches
    import matplotlib.pyplot as plt

    from smug.models.imagenet import class_name

    # photos whose SMUG row is in (a rerun of SMUG alone fills them one by one)
    photos = [p for p in sorted({r["photo"] for r in rows if r["method"] == "SMUG"})
              if (out / "maps" / f"{p}.npz").exists()]
    if not photos:
        return None
    by = {(r["photo"], r["method"]): r for r in rows}
    cols = ["image", *methods]
    fig, axes = plt.subplots(len(photos), len(cols), figsize=(2.1 * len(cols), 2.3 * len(photos)),
                             squeeze=False)
    for i, photo in enumerate(photos):
        data = np.load(out / "maps" / f"{photo}.npz")
        image = data["image"].astype(np.float64)
        for j, col in enumerate(cols):
            ax = axes[i, j]
            ax.axis("off")
            if col == "image":
                ax.imshow(image)
                label = by[(photo, "SMUG")]["label"]
                ax.set_title(f"{photo}\n{class_name(label)}", fontsize=7)
                continue
            r = by.get((photo, col))
            if col in MAP_METHODS and col in data:
                ax.imshow(image, alpha=0.35)
                m = data[col].astype(np.float64)
                ax.imshow(np.ma.masked_where(m <= 0, m), cmap="jet", alpha=0.7)
            else:
                ax.imshow(image)
            if r is not None:
                top, left, bottom, right = r["box"]
                ax.add_patch(patches.Rectangle((left - 0.5, top - 0.5), right - left,
                                               bottom - top, fill=False, color="lime", lw=1.5))
                ax.set_title(f"{col}\n{float(r['lsc']):.2f}, a={float(r['area']):.2f}, "
                             f"c={float(r['confidence']):.2f}", fontsize=7)
    fig.tight_layout()
    path = out / "fig1.png"
    fig.savefig(path, dpi=65)
    plt.close(fig)
    return path


# --------------------------------------------------------------------------- main


def redraw_figure(model: Any, args: argparse.Namespace) -> int:
    """``--figure-only``: the maps behind ``fig1.png`` again (they are not committed), for
    the photos and rows already in ``args.out``, and the figure from them. The rows are not
    touched; a photo whose recomputed maps differ from its rows (each map's non-zero
    fraction; SMUG's mask size and IG nodes) stops the redraw, since its maps would not be
    those the table scored."""
    import json

    from smug.models.efficientnet import deprocess

    rows = ResultLog(args.out / "rows.jsonl", ("photo", "method")).rows
    by = {(r["photo"], r["method"]): r for r in rows}
    kept = json.loads((args.out / "photos.json").read_text())["kept"]
    (args.out / "maps").mkdir(exist_ok=True)
    methods = tuple(m for m in MAP_METHODS if any(r["method"] == m for r in rows))
    for row in progress(kept, "image_table1 maps"):
        photo = row["photo"]
        x = photo_input(photo)
        extra: dict[str, dict[str, Any]] = {}
        maps = photo_maps(model, x, row["label"], args, methods, extra,
                          lambda _method, fn: fn())
        now = {(m, "nonzero_fraction"): float(np.count_nonzero(maps[m])) / maps[m].size
               for m in methods}
        now.update({("SMUG", key): extra["SMUG"][key] for key in ("objective", "ig_nodes")
                    if "SMUG" in extra})
        for (method, key), value in now.items():
            stored = by.get((photo, method), {}).get(key)
            if stored is not None and not np.isclose(value, stored, rtol=1e-9, atol=0):
                print(f"{photo}: {method} {key} {value} now, {stored} in rows.jsonl: "
                      "figure not redrawn")
                return 1
        maps["image"] = deprocess(x).astype(np.float32)
        np.savez_compressed(args.out / "maps" / f"{photo}.npz",
                            **{k: v.astype(np.float16) for k, v in maps.items()})
    path = figure(args.out, rows, shown_methods(rows))
    print(f"wrote {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    limit_threads(1)
    start = time.perf_counter()
    from smug.models.efficientnet import load_efficientnet_lite0

    model = load_efficientnet_lite0()
    if args.figure_only:
        return redraw_figure(model, args)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "maps").mkdir(exist_ok=True)
    candidates = args.photos if args.photos else None
    kept, excluded = select_photos(model, candidates) if candidates else select_photos(model)
    write_json(args.out / "photos.json", {"kept": kept, "excluded": excluded})
    drop_rows(args.out / "rows.jsonl", "method", set(args.redo))
    log = ResultLog(args.out / "rows.jsonl", ("photo", "method"))
    def missing(photo: str) -> tuple[str, ...]:
        return tuple(m for m in args.methods if not log.done(photo=photo, method=m))

    todo = [r for r in kept if missing(r["photo"])]
    for row in progress(todo, "image_table1 photos"):
        needed = missing(row["photo"])
        rows, maps = explain_photo(model, row["photo"], row["label"], args, needed)
        maps_file = args.out / "maps" / f"{row['photo']}.npz"
        if maps_file.exists():  # keep the maps of the methods not recomputed
            maps = {**dict(np.load(maps_file)), **maps}
        np.savez_compressed(maps_file, **{k: v.astype(np.float16) for k, v in maps.items()})
        for r in rows:
            log.append(r)
        write_summary(args, log, kept, excluded, time.perf_counter() - start)
        figure(args.out, log.rows, shown_methods(log.rows))
    write_summary(args, log, kept, excluded, time.perf_counter() - start)
    figure(args.out, log.rows, shown_methods(log.rows))
    print((args.out / "table1.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
