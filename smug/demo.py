"""The main job (``make demo``): explain a real photo with a real pretrained network.

Explains scikit-image's cat photo (``chelsea``) as classified by EfficientNet-Lite0 with its
ImageNet weights, at the paper's settings (top-k = 3000 neurons, gamma = 0, 4x4-pixel mask
cells), solves the MaskProblem with the default backend, cross-checks it on every
installed backend under a time limit, and writes::

    <out>/saliency.png     the photo, the mask, the Eq. 4 saliency (per pixel), SMUG_base's mask
    <out>/summary.json     prediction, settings, sparsities, timings, per-backend results
    <out>/problem.npz      the MaskProblem itself (``smug.MaskProblem.load``)

Every sparsity it prints is per pixel, the paper's definition (Sec. 5: the fraction of
pixels with non-zero Eq. 4 saliency, i.e. kept cells inside a chosen neuron's receptive
field); the per-cell number (whole kept cells) is printed beside it under that name. IG
attributes the softmax probability of the class on the stem's post-ReLU6 output (Eq. 1).

Row form: ``rows="relative"`` (see ``docs/explainer.md``): with the paper's absolute rows
and the mask value 0, the positive BatchNorm-folded stem biases satisfy every one of the
3000 rows with the empty mask, which would explain nothing.

Usage::

    python -m smug.demo --out out/demo [--photo chelsea] [--k 3000] [--time-limit 30]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["explain_image", "explain_image_file", "main", "run_demo"]


def _parse(argv: list[str] | None) -> argparse.Namespace:
    from smug.data.photos import PHOTOS

    p = argparse.ArgumentParser(prog="python -m smug.demo", description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=Path("out/demo"), help="output folder")
    p.add_argument("--photo", default="chelsea", choices=PHOTOS)
    p.add_argument("--k", type=int, default=3000, help="top-k first-layer neurons (paper: 3000)")
    p.add_argument("--gamma", type=float, default=0.0, help="activity fraction (paper: 0)")
    p.add_argument("--cell", type=int, default=4, help="mask cell size in pixels (paper: 4)")
    p.add_argument("--rows", default="relative", choices=("relative", "absolute"))
    p.add_argument("--mask-value", default="zero", choices=("zero", "black", "mean"))
    p.add_argument("--backend", default=None, help="a backend name, or auto (the default): smug picks which installed "
                        "backends run, as smug.solve does")
    p.add_argument("--time-limit", type=float, default=30.0, help="seconds per backend solve")
    p.add_argument("--n-steps", type=int, default=None,
                   help="fixed Gauss-Legendre IG on this many nodes (default: adaptive IG)")
    p.add_argument("--ig-tolerance", type=float, default=None,
                   help="adaptive IG's relative completeness tolerance "
                        "(default smug.explain.DEFAULT_IG_TOLERANCE)")
    p.add_argument("--ig-output", default="softmax", choices=("softmax", "logit"),
                   help="what IG attributes (paper: the softmax probability)")
    p.add_argument("--ig-batch", type=int, default=None,
                   help="IG path points per forward/backward pass (default: sized to memory)")
    p.add_argument("--no-cross-check", action="store_true", help="solve with one backend only")
    return p.parse_args(argv)


def _prediction(model: Any, x: Any, top: int = 5) -> list[dict[str, Any]]:
    import torch

    from smug.models.imagenet import class_name

    with torch.no_grad():
        probs = torch.softmax(model(x), dim=1)[0]
    values, indices = probs.topk(top)
    return [{"class": int(i), "name": class_name(int(i)), "probability": float(v)}
            for v, i in zip(values, indices)]


def run_demo(args: argparse.Namespace) -> dict[str, Any]:
    """Run the demo with parsed arguments; returns the summary written to JSON."""
    from smug.data.photos import load_photo

    return explain_image(
        load_photo(args.photo), args.photo, out=args.out, k=args.k, gamma=args.gamma,
        cell=args.cell, rows=args.rows, mask_value=args.mask_value, backend=args.backend,
        time_limit=args.time_limit, n_steps=args.n_steps, ig_tolerance=args.ig_tolerance,
        ig_batch=args.ig_batch, ig_output=args.ig_output,
        cross_check=not args.no_cross_check)


def explain_image_file(path: Path, *, model: str = "efficientnet-lite0", out: Path,
                       **kwargs: Any) -> dict[str, Any]:
    """``smug explain IMAGE``: read an image file (any format Pillow reads) and explain it."""
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    if model != "efficientnet-lite0":
        raise ValueError(f"model: only 'efficientnet-lite0' ships offline, got {model!r}")
    try:
        with Image.open(path) as img:
            image = np.asarray(img.convert("RGB"))
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError(f"IMAGE: cannot read {path} as an image: {exc}") from None
    return explain_image(image, Path(path).stem, out=out, cross_check=False, **kwargs)


def _import_note(solution: Any) -> str:
    """`` (+ x s importing the solver, once per process)`` when that import was noticeable."""
    seconds = float(solution.stats.get("import_s", 0.0))
    return f" (+{seconds:.2f} s importing the solver, once per process)" if seconds >= 0.01 else ""


def _ig_accuracy(ig: Any) -> str:
    """``completeness gap 0.12%, estimated error 1.10%, top-k Jaccard ~0.978 (tolerance
    1.00%)``: the adaptive rule's estimates are against exact IG."""
    text = f"completeness gap {ig.completeness_relative:.2%}"
    if ig.error_estimate is not None:
        jaccard = "" if ig.topk_jaccard is None else f", top-k Jaccard ~{ig.topk_jaccard:.3f}"
        text += (f", estimated error {ig.error_estimate:.2%}{jaccard} (tolerance "
                 f"{ig.tolerance:.2%}{'' if ig.converged else ', NOT met'})")
    return text


def explain_image(image: Any, name: str, *, out: Path, k: int = 3000, gamma: float = 0.0,
                  cell: int = 4, rows: str = "relative", mask_value: str = "zero",
                  backend: str | None = None, time_limit: float = 30.0,
                  n_steps: int | None = None, ig_tolerance: float | None = None,
                  ig_batch: int | None = None, ig_output: str = "softmax",
                  cross_check: bool = True) -> dict[str, Any]:
    """Explain one RGB photo (H x W x 3, uint8) with EfficientNet-Lite0 and write the results.

    Writes ``saliency.png``, ``summary.json`` and ``problem.npz`` into ``out`` and returns
    the summary; with ``cross_check`` the MaskProblem is also solved on every installed
    backend and the table printed.
    """
    import torch

    import smug
    from smug.explain import DEFAULT_IG_TOLERANCE, SMUG, validate_arguments
    from smug.models.efficientnet import (
        BLACK,
        deprocess,
        load_efficientnet_lite0,
        preprocess,
    )
    from smug.viz import save_explanation_png

    ig_tolerance = DEFAULT_IG_TOLERANCE if ig_tolerance is None else ig_tolerance
    validate_arguments(k=k, gamma=gamma, cell=cell, rows=rows, mask_value=mask_value,
                       ig_output=ig_output, n_steps=n_steps, ig_tolerance=ig_tolerance,
                       internal_batch_size=ig_batch,
                       backend=backend, time_limit=time_limit)  # before the model loads
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    model = load_efficientnet_lite0()
    # The whole photo, squashed to 224x224: a centre crop cuts off part of the cat.
    x = preprocess(image, crop="none")
    top5 = _prediction(model, x)
    best = top5[0]
    print(f"photo {name!r}: EfficientNet-Lite0 predicts {best['name']} "
          f"(class {best['class']}, p = {best['probability']:.3f})")
    print("installed backends:", ", ".join(smug.available_backends()) or "(none)")
    explanation = SMUG(model, black=BLACK).attribute(
        x, target=best["class"], k=k, gamma=gamma, cell=cell, rows=rows,
        mask_value=mask_value, backend=backend, time_limit=time_limit,
        n_steps=n_steps, ig_tolerance=ig_tolerance, internal_batch_size=ig_batch,
        ig_output=ig_output)
    sol = explanation.solution
    t = explanation.timings
    ig = explanation.ig
    print(f"IG over the stem ({ig.output_kind} of the class, on the "
          f"{ig.activation or 'linear'} output, {ig.rule} rule, {ig.n_steps} nodes): "
          f"{t.ig:.1f} s ({_ig_accuracy(ig)}); encoding {t.encode:.2f} s; "
          f"solve ({sol.backend}) {t.solve:.2f} s{_import_note(sol)}")
    print(f"MaskProblem: {explanation.problem.n_rows} rows x {explanation.problem.n_vars} "
          f"cells, {explanation.problem.nnz} non-zeros; rows met by the empty mask: "
          f"{explanation.rows_met_by_empty}")
    print(f"{sol.backend}: {sol.status.value}, mask of {int(explanation.cell_mask.sum())} cells")
    print(f"sparsity per pixel (paper, Sec. 5: non-zero Eq. 4 saliency): SMUG "
          f"{explanation.sparsity:.1%} vs SMUG_base {explanation.base_sparsity:.1%} of the "
          f"pixels; per cell (whole kept cells): SMUG {explanation.cell_sparsity:.1%} vs "
          f"SMUG_base {explanation.base_cell_sparsity:.1%}")
    summary: dict[str, Any] = {"photo": name, "model": "efficientnet-lite0",
                               "prediction": top5, "explanation": explanation.summary()}
    # the explanation first: it is written and shown before the cross-check runs
    png = save_explanation_png(
        out / "saliency.png", deprocess(x), explanation.mask, explanation.saliency,
        title=f"SMUG on {name}: {best['name']} (p={best['probability']:.2f}), "
              f"k={k}, gamma={gamma:g}, {cell}x{cell} cells, "
              f"{sol.backend} {sol.status.value}",
        extra=[("SMUG_base (per pixel)", explanation.base_mask)])
    explanation.problem.save(out / "problem.npz")
    summary["explanation_s"] = time.perf_counter() - start
    _write_summary(out, summary, start)
    print(f"\nwrote {png}, {out / 'summary.json'}, {out / 'problem.npz'}: the explanation, "
          f"{summary['explanation_s']:.0f} s after the start (model load included)")
    if cross_check:
        check = smug.cross_check(explanation.problem, time_limit=time_limit)
        print("\ncross-check of the same MaskProblem on every installed backend "
              f"(time limit {time_limit:g} s each):")
        print(check.table())
        summary["cross_check"] = {
            "agree": check.agree,
            "optimum": check.optimum,
            "unproven": check.unproven,
            "backends": {b: s.summary() for b, s in check.solutions.items()},
        }
        _write_summary(out, summary, start)
        print(f"\nupdated {out / 'summary.json'} with the cross-check "
              f"({summary['wall_s']:.0f} s in all)")
    return summary


def _write_summary(out: Path, summary: dict[str, Any], start: float) -> None:
    summary["wall_s"] = time.perf_counter() - start
    (out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m smug.demo``; exit status 1 if backends disagree."""
    summary = run_demo(_parse(argv))
    agree = summary.get("cross_check", {}).get("agree", True)
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
