"""Fig. 6 of the paper (appendix B.1): solver time and mask size over top-k and gamma.

For several photos (EfficientNet-Lite0, the predicted class), top-k in {500, 1000, 3000,
5000} and gamma in {0, 0.5, 0.9}, the SMUG MaskProblem (4x4 cells, the explainer's
default relative rows) is built from **one** first-layer IG per photo (reused for every
k and gamma), and solved with :func:`smug.solve` by every installed backend with one
thread and a time limit. A backend that does not prove an optimum within the limit is not
run again on that photo for a larger k at the same gamma (larger k only adds rows): its
later cells are recorded as ``skipped``.

Writes, as it goes (a rerun skips what is done)::

    <out>/rows.jsonl    one row per photo x k x gamma x backend
    <out>/sweep.md      tables of time and mask size, backends side by side
    <out>/fig6.png      solve time and mask size against k, one line per gamma; time per backend

Usage::

    python benchmarks/sweep_fig6.py
    python benchmarks/sweep_fig6.py --quick --out out/s6     # one photo, k {100, 300}, gamma {0, 0.5}
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
    limit_threads,
    machine,
    markdown_table,
    photo_input,
    progress,
    shared_first_layer_ig,
    top_class,
    write_json,
)

PROVEN = "optimal"


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=RESULTS / "sweep_fig6")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--photos", nargs="*", default=["chelsea", "coffee", "camera", "motorcycle_left",
                                                   "motorcycle_right", "grace_hopper", "rocket"],
                   help="default: the photos kept by image_table1")
    p.add_argument("--ks", nargs="*", type=int, default=[500, 1000, 3000, 5000])
    p.add_argument("--gammas", nargs="*", type=float, default=[0.0, 0.5, 0.9])
    p.add_argument("--backends", nargs="*", help="default: every installed backend")
    p.add_argument("--cell", type=int, default=4)
    p.add_argument("--time-limit", type=float, default=60.0, help="seconds per solve")
    p.add_argument("--ig-steps", type=int, default=None,
                   help="first-layer IG nodes (default smug.explain.DEFAULT_N_STEPS)")
    args = p.parse_args(argv)
    if args.ig_steps is None:
        from smug.explain import DEFAULT_N_STEPS

        args.ig_steps = DEFAULT_N_STEPS
    if args.quick:
        args.photos, args.ks, args.gammas = ["chelsea"], [100, 300], [0.0, 0.5]
        args.ig_steps, args.time_limit = 8, min(args.time_limit, 10.0)
        args.backends = args.backends or ["cpsat", "highs"]
    if not args.backends:
        from smug.backends import available_backends

        args.backends = list(available_backends())
    return args


def solve_row(encoding: Any, backend: str, time_limit: float) -> dict[str, Any]:
    """One backend on one encoding's MaskProblem: status, size, bound, seconds (errors kept).

    ``mask_fraction`` is per pixel (the paper's: kept cells inside the chosen neurons'
    receptive fields, i.e. non-zero Eq. 4 saliency); ``cell_fraction`` counts whole cells.
    """
    import smug
    from smug.explain import saliency_maps

    problem = encoding.problem
    try:
        sol = smug.solve(problem, backend, time_limit=time_limit, threads=1, seed=0)
    except Exception as exc:  # one failing backend must not stop the sweep
        return {"status": "error", "error": f"{type(exc).__name__}: {exc}"[:300]}
    mask_fraction = cell_fraction = None
    if sol.mask is not None:
        cell_fraction = float(np.mean(sol.mask))
        mask_fraction = float(saliency_maps(encoding, sol.mask).mask.mean())
    return {"status": sol.status.value, "objective": sol.objective, "bound": sol.bound,
            "mask_fraction": mask_fraction, "cell_fraction": cell_fraction,
            "build_s": round(sol.timings.build, 3),
            "solve_s": round(sol.timings.solve, 3), "total_s": round(sol.timings.total, 3),
            "verified": sol.verified, "raw_status": str(sol.raw_status)[:120]}


def gave_up(log: ResultLog, photo: str, gamma: float, k: int, backend: str) -> bool:
    """True when ``backend`` failed to prove an optimum at a smaller k, same photo and gamma."""
    return any(r["photo"] == photo and r["gamma"] == gamma and r["backend"] == backend
               and r["k"] < k and r["status"] != PROVEN for r in log.rows)


def run(args: argparse.Namespace, log: ResultLog) -> None:
    from smug.explain import SMUGBase
    from smug.models.efficientnet import load_efficientnet_lite0

    model = load_efficientnet_lite0()
    cells = [(p, k, g) for p in args.photos for k in sorted(args.ks) for g in args.gammas]
    with shared_first_layer_ig():
        for photo, k, gamma in progress(cells, "sweep_fig6 (photo, k, gamma)"):
            if all(log.done(photo=photo, k=k, gamma=gamma, backend=b) for b in args.backends):
                continue
            x = photo_input(photo)
            label, prob = top_class(model, x)
            t0 = time.perf_counter()
            base = SMUGBase(model).attribute(x, label, k=k, gamma=gamma, cell=args.cell,
                                             n_steps=args.ig_steps, internal_batch_size=10)
            problem = base.problem
            common = {"photo": photo, "label": label, "confidence": round(prob, 4), "k": k,
                      "gamma": gamma, "n_vars": problem.n_vars, "n_rows": problem.n_rows,
                      "nnz": problem.nnz, "base_fraction": base.sparsity,
                      "base_cell_fraction": base.base_cell_sparsity,
                      "ig_gap": round(base.ig.completeness_relative, 5),
                      "encode_s": round(time.perf_counter() - t0, 2)}
            for backend in args.backends:
                if log.done(photo=photo, k=k, gamma=gamma, backend=backend):
                    continue
                if gave_up(log, photo, gamma, k, backend):
                    log.append({**common, "backend": backend, "status": "skipped"})
                    continue
                log.append({**common, "backend": backend,
                            **solve_row(base.encoding, backend, args.time_limit)})


# --------------------------------------------------------------------------- report


def _median(values: list[float]) -> float:
    return float(np.median(values)) if values else float("nan")


def report(args: argparse.Namespace, log: ResultLog, elapsed: float) -> None:
    rows = log.rows
    ks, gammas = sorted(args.ks), args.gammas
    # mask size: from proven optima (the same for every backend that proves one)
    size_rows, time_rows = [], []
    for g in gammas:
        for k in ks:
            here = [r for r in rows if r["k"] == k and r["gamma"] == g]
            proven = [r for r in here if r["status"] == PROVEN]
            sizes = {}
            for r in proven:
                sizes.setdefault(r["photo"], r["mask_fraction"])
            base = {r["photo"]: r["base_fraction"] for r in here}
            size_rows.append([g, k, len({r["photo"] for r in here}),
                              f"{100 * _median(list(sizes.values())):.1f}" if sizes else "-",
                              f"{100 * _median(list(base.values())):.1f}" if base else "-",
                              int(_median([r["n_rows"] for r in here])) if here else "-"])
            cells = [g, k]
            for b in args.backends:
                mine = [r for r in here if r["backend"] == b]
                ok = [r["solve_s"] for r in mine if r["status"] == PROVEN]
                tag = "" if len(ok) == len(mine) else f" ({len(ok)}/{len(mine)} proven)"
                cells.append(f"{_median(ok):.2f}{tag}" if ok else
                             ("-" if not mine else f"none proven: "
                              f"{', '.join(sorted({r['status'] for r in mine}))}"))
            time_rows.append(cells)
    agree = disagreements(rows)
    lines = [
        "# Fig. 6 sweep: solve time and mask size over top-k and gamma", "",
        f"Photos: {', '.join(args.photos)} (EfficientNet-Lite0, predicted class); "
        f"{args.cell}x{args.cell} cells (3136 variables); relative rows; one first-layer IG "
        f"(softmax, post-ReLU6, {args.ig_steps} nodes) per photo reused for every k and "
        f"gamma; mask sizes per pixel (the paper's definition: non-zero Eq. 4 saliency); every backend with "
        f"1 thread and a {args.time_limit:g} s limit per solve; a backend that did not prove "
        f"an optimum is skipped for larger k at the same photo and gamma.", "",
        "## Mask size (median over photos, % of pixels)", "",
        markdown_table(["gamma", "k", "photos", "SMUG mask %", "SMUG_base %", "rows"], size_rows),
        "", "## Solve seconds (median over photos, proven optima only)", "",
        markdown_table(["gamma", "k", *args.backends], time_rows), "",
        f"Proven optima agree across backends: {agree}", "",
        f"Wall clock of the last invocation (a resumed run counts only what it computed): "
        f"{elapsed / 60:.1f} min.", "",
    ]
    (args.out / "sweep.md").write_text("\n".join(lines))
    write_json(args.out / "summary.json", {"settings": vars(args) | {"out": args.out.name},
                                           "machine": machine(), "agreement": agree})
    plot(args, rows)


def disagreements(rows: list[dict[str, Any]]) -> str:
    optima: dict[tuple, set] = {}
    for r in rows:
        if r["status"] == PROVEN:
            optima.setdefault((r["photo"], r["k"], r["gamma"]), set()).add(float(r["objective"]))
    bad = {key: sorted(v) for key, v in optima.items() if len(v) > 1}
    return "yes, on every (photo, k, gamma)" if not bad else f"NO: {bad}"


def plot(args: argparse.Namespace, rows: list[dict[str, Any]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ks = sorted(args.ks)
    reference = "cpsat" if "cpsat" in args.backends else args.backends[0]
    fig, axes = plt.subplots(1, 3, figsize=(14, 4))
    for g in args.gammas:
        t, s = [], []
        for k in ks:
            mine = [r for r in rows if r["k"] == k and r["gamma"] == g and r["status"] == PROVEN]
            t.append(_median([r["solve_s"] for r in mine if r["backend"] == reference]))
            s.append(100 * _median(list({r["photo"]: r["mask_fraction"] for r in mine}.values())))
        axes[0].plot(ks, t, "o-", label=f"γ = {g:g}")
        axes[1].plot(ks, s, "o-", label=f"γ = {g:g}")
    for b in args.backends:
        t = [_median([r["solve_s"] for r in rows if r["k"] == k and r["gamma"] == args.gammas[0]
                      and r["backend"] == b and r["status"] == PROVEN]) for k in ks]
        axes[2].plot(ks, t, "o-", label=b)
    axes[0].set(title=f"solve time ({reference}, median over photos)", xlabel="top-k",
                ylabel="seconds", yscale="log")
    axes[1].set(title="SMUG mask size (median over photos)", xlabel="top-k",
                ylabel="% of pixels")
    axes[2].set(title=f"solve time per backend, γ = {args.gammas[0]:g}", xlabel="top-k",
                ylabel="seconds", yscale="log")
    for ax in axes:
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(args.out / "fig6.png", dpi=100)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    limit_threads(1)
    start = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    log = ResultLog(args.out / "rows.jsonl", ("photo", "k", "gamma", "backend"))
    run(args, log)
    report(args, log, time.perf_counter() - start)
    print((args.out / "sweep.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
