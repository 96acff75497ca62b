"""Where does IG's completeness gap come from? The scalar path integrand on a dense grid.

Issue 18: on rocket and the motorcycles the adaptive rule spends most of its nodes closing
the completeness gap. The gap of any rule is the quadrature error of the *scalar*
``phi'(alpha) = a . grad F(alpha a)`` (the attributions' sum), and ``phi(alpha) =
F(alpha a)`` comes with every node's forward pass, so a dense grid says where the scalar
rule is wrong and whether its error falls with the node count or sits on a floor.

For each photo (EfficientNet-Lite0, the predicted class, softmax, the stem's post-ReLU6
output, the fast path as IG runs it), ``phi`` and ``phi'`` on the uniform grid of step
``2**-level`` for levels 6..``--max-level`` (each level adds the midpoints of the one
before; saved after each level in ``results/grid_<photo>.npz``, resumable). Then:

* the trapezoid and midpoint rules' relative gaps on every sub-grid (is it a floor?);
* per interval of the finest grid, the exact ``phi(b) - phi(a)`` against the trapezoid's
  (where is the error?);
* ``--float64 N``: ``phi'`` at N nodes again with the whole model in float64 (no fast path),
  against the float32 fast path's values at the same nodes (is it float32?).

Writes ``results/gap.json`` and ``results/gap.md``. Usage::

    python benchmarks/studies/ig_gap/ig_gap.py [--photos ...] [--max-level 11]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import time
from pathlib import Path

import numpy as np

from smug.bench.common import markdown_table

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def _setup(photo: str, dtype=None, fast: bool = True):
    import torch

    from smug.bench.common import photo_input
    from smug.explain.fastpath import post_stem
    from smug.explain.ig import _Path, _Replace
    from smug.models.efficientnet import load_efficientnet_lite0

    model = load_efficientnet_lite0().eval()
    x = photo_input(photo)
    if dtype is not None:
        model, x = model.to(dtype), x.to(dtype)
    with torch.no_grad():
        label = int(model(x).argmax())
    hooks = _Replace(model._bn0, model._swish)
    with hooks.installed(), torch.no_grad():
        logits = model(x)
    f_x = float(torch.softmax(logits, 1)[0, label])
    act = hooks.captured["a"]
    stem = post_stem(model, x, model._bn0, model._swish, act, expected=logits) if fast else None
    return model, x, label, hooks, act, stem, f_x, _Path


def grid(photo: str, max_level: int, batch: int = 8) -> dict:
    """phi and phi' on the uniform grid of step 2**-max_level (resumable per level)."""
    import torch

    from smug.explain.ig import _frozen

    out = RESULTS / f"grid_{photo}.npz"
    have = dict(np.load(out)) if out.exists() else {}
    model, x, label, hooks, act, stem, f_x, Path_ = _setup(photo)
    alphas = have.get("alpha", np.zeros(0))
    slopes, phis = have.get("slope", np.zeros(0)), have.get("phi", np.zeros(0))
    with _frozen(model), hooks.installed():
        path = Path_(model, x, hooks, act, label, "softmax", batch, None, fast=stem)
        for level in range(6, max_level + 1):
            want = np.linspace(0, 1, 2 ** level + 1)
            new = np.setdiff1d(np.round(want, 12), np.round(alphas, 12))
            if len(new) == 0:
                continue
            start = time.perf_counter()
            _, s, p = path.integrands(new)
            alphas = np.concatenate([alphas, new])
            slopes, phis = np.concatenate([slopes, s]), np.concatenate([phis, p])
            order = np.argsort(alphas)
            alphas, slopes, phis = alphas[order], slopes[order], phis[order]
            np.savez(out, alpha=alphas, slope=slopes, phi=phis, f_x=f_x, label=label)
            print(f"{photo} level {level}: {len(new)} nodes in "
                  f"{time.perf_counter() - start:.1f} s, load {os.getloadavg()[0]:.2f}",
                  flush=True)
    return dict(np.load(out))


def float64_check(photo: str, n: int) -> dict:
    """phi' at n uniform-midpoint nodes: float64 whole model vs float32 fast path."""
    import torch

    from smug.explain.ig import _frozen

    alphas = (np.arange(n) + 0.5) / n
    res = {}
    for name, dtype, fast in (("fp32_fast", None, True), ("fp64_full", torch.float64, False)):
        model, x, label, hooks, act, stem, f_x, Path_ = _setup(photo, dtype, fast)
        with _frozen(model), hooks.installed():
            path = Path_(model, x, hooks, act, label, "softmax", 8, None, fast=stem)
            _, s, p = path.integrands(alphas)
            f0 = float(path.values([0.0])[0])
        res[name] = {"slope": s.tolist(), "phi": p.tolist(), "f_x": f_x, "f_0": f0,
                     "midpoint_gap": float((s.mean() - (f_x - f0)) / (f_x - f0))}
    a, b = np.array(res["fp32_fast"]["slope"]), np.array(res["fp64_full"]["slope"])
    res["max_rel_slope_diff"] = float(np.max(np.abs(a - b)) / np.max(np.abs(b)))
    return res


def analyse(g: dict) -> dict:
    a, s, p = g["alpha"], g["slope"], g["phi"]
    f_x, f_0 = float(g["f_x"]), float(p[0])
    delta = f_x - f_0
    n_fine = len(a) - 1
    rows = []
    step = n_fine
    while step >= 1:
        sub = slice(None, None, step)
        aa, ss = a[sub], s[sub]
        trap = float(np.sum((aa[1:] - aa[:-1]) * (ss[1:] + ss[:-1]) / 2))
        row = {"intervals": len(aa) - 1, "trapezoid_gap": (trap - delta) / delta}
        if step >= 2:  # midpoints of the sub-grid are grid points of half the step
            mids = s[step // 2::step]
            row["midpoint_gap"] = (float(np.sum(mids) / len(mids)) - delta) / delta
        rows.append(row)
        step //= 2
    exact = np.diff(p)
    trap = np.diff(a) * (s[1:] + s[:-1]) / 2
    err = trap - exact
    order = np.argsort(-np.abs(err))
    worst = [{"from": float(a[i]), "to": float(a[i + 1]), "err_rel": float(err[i] / delta)}
             for i in order[:10]]
    cum = np.cumsum(err) / delta
    # a random walk's second differences grow like sqrt(h), a smooth function's like h**2,
    # independent noise's not at all
    rough = []
    for step in (1, 2, 4, 8, 16, 32):
        ss = s[::step]
        second = ss[1:-1] - (ss[:-2] + ss[2:]) / 2
        rough.append({"h": float(a[step] - a[0]),
                      "rms_second_difference_rel": float(np.sqrt(np.mean(second ** 2)) / delta)})
    return {"f_x": f_x, "f_0": f_0, "phi_1_fast": float(p[-1]),
            "phi1_minus_fx_rel": float((p[-1] - f_x) / delta), "by_nodes": rows,
            "finest_total_err_rel": float(err.sum() / delta),
            "worst_intervals": worst, "roughness": rough,
            "share_of_abs_err_in_worst_10pct": float(
                np.sort(np.abs(err))[::-1][:max(1, len(err) // 10)].sum() / np.abs(err).sum()),
            "cum_err_at": {f"{q:.2f}": float(cum[int(q * (len(cum) - 1))])
                           for q in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)}}


def write_markdown(report: dict, out: Path) -> None:
    lines = ["# Where IG's completeness gap comes from (issue 18)", "",
             "Written by `ig_gap.py`. EfficientNet-Lite0, softmax of the predicted class, "
             "the stem's post-ReLU6 output, float32 fast path, one thread. Gaps relative "
             "to `F(a) - F(0)`; *phi(1) - F(x)*: the fast path's copy against the user's "
             "model at the end of the path.", ""]
    for photo, rep in report.items():
        g = rep["grid"]
        lines += [f"## {photo}", "",
                  f"F(x) = {g['f_x']:.4f}, F(0) = {g['f_0']:.6f}; phi(1) - F(x) = "
                  f"{g['phi1_minus_fx_rel']:.1e} of F(x) - F(0).", ""]
        rows = [[r["intervals"], f"{100 * r['trapezoid_gap']:+.2f} %",
                 f"{100 * r['midpoint_gap']:+.2f} %" if "midpoint_gap" in r else ""]
                for r in g["by_nodes"] if r["intervals"] >= 16]
        lines += [markdown_table(["uniform intervals / cells", "trapezoid (with 0 and 1)",
                                  "midpoint"], rows), ""]
        lines += [f"Finest grid: the exact increments `phi(b) - phi(a)` against the "
                  f"trapezoid's, per interval: the largest is "
                  f"{100 * abs(g['worst_intervals'][0]['err_rel']):.3f} % (at alpha = "
                  f"{g['worst_intervals'][0]['from']:.3f}), the largest tenth of the "
                  f"intervals hold {100 * g['share_of_abs_err_in_worst_10pct']:.0f} % of the "
                  f"absolute error; cumulative error by alpha: "
                  + ", ".join(f"{k}: {100 * v:+.2f} %" for k, v in g["cum_err_at"].items())
                  + ".", ""]
        rough = g.get("roughness", [])
        if rough:
            lines += ["Roughness of `phi'`: root mean square of its second differences "
                      "`phi'(a) - (phi'(a - h) + phi'(a + h)) / 2`, relative to F(x) - F(0) "
                      "(a random walk: x sqrt(2) per doubling of h; smooth: x 4; noise: "
                      "x 1): " + ", ".join(f"h = 1/{round(1 / r['h'])}: "
                                           f"{r['rms_second_difference_rel']:.3f}"
                                           for r in rough) + ".", ""]
        if "float64" in rep:
            f = rep["float64"]
            lines += [f"float64 (whole model, no fast path) against float32 (fast path), "
                      f"{len(f['fp32_fast']['slope'])} midpoint cells: gap "
                      f"{100 * f['fp64_full']['midpoint_gap']:+.3f} % against "
                      f"{100 * f['fp32_fast']['midpoint_gap']:+.3f} %; largest difference "
                      f"of `phi'` {f['max_rel_slope_diff']:.1e} of its largest value.", ""]
    out.write_text("\n".join(lines) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", nargs="+", default=["motorcycle_left", "motorcycle_right"])
    ap.add_argument("--max-level", type=int, default=11)
    ap.add_argument("--float64", type=int, default=0)
    ap.add_argument("--report-only", action="store_true", help="rewrite gap.md only")
    args = ap.parse_args(argv)
    from smug.bench.common import limit_threads

    limit_threads(1)
    if args.report_only:
        report = json.loads((RESULTS / "gap.json").read_text())
        for photo in report:
            report[photo]["grid"] = analyse(dict(np.load(RESULTS / f"grid_{photo}.npz")))
        (RESULTS / "gap.json").write_text(json.dumps(report, indent=1))
        write_markdown(report, RESULTS / "gap.md")
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "gap.json"
    report = json.loads(out.read_text()) if out.exists() else {}
    for photo in args.photos:
        g = grid(photo, args.max_level)
        report.setdefault(photo, {})["grid"] = analyse(g)
        out.write_text(json.dumps(report, indent=1))
        if args.float64:
            report[photo]["float64"] = {k: v for k, v in float64_check(photo, args.float64)
                                        .items() if k == "max_rel_slope_diff"
                                        or isinstance(v, dict)}
            out.write_text(json.dumps(report, indent=1))
    write_markdown(report, RESULTS / "gap.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
