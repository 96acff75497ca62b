"""Is the adaptive IG rule as accurate as the 1,024-node reference? Nodes, gap, top-k Jaccard.

For each photo (EfficientNet-Lite0, the predicted class, the paper's target: softmax of the
class on the stem's post-ReLU6 output), first-layer IG with

* the fixed reference: Gauss-Legendre on ``REFERENCE_N_STEPS`` (1,024) nodes (cached as
  ``.npy`` in ``--ref-cache``, never committed: 1.6 MB per photo);
* the adaptive rule at each ``--tolerances`` (default: the library's default);
* with ``--compare-fixed``, fixed Gauss-Legendre on as many nodes as the adaptive rule
  used at the default tolerance (the same cost, no adaptivity), for comparison.

Each row: nodes, the relative completeness gap, the rule's estimated error (relative L1
error of the top-3000 attributions) and estimated top-3000 Jaccard index against exact IG,
the measured Jaccard index of the top-3000 neurons against the reference, IG seconds and
the same in units of one forward+backward pass of one point (fp32, batch 1) measured on
that photo in the same run, and the load average. The adaptive rule's constants were tuned
on ``TUNING`` photos; the others were held back and are reported apart. Appends to
``results/adaptive.jsonl`` (beside this script) as it goes (resumable) and rewrites
``results/adaptive.md``. The first version of the rule (issue 18's first attempt) is kept
in ``results/adaptive_v1.*``. Usage::

    python benchmarks/studies/ig_quadrature/ig_quadrature.py [--photos ...] [--ref-cache DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import numpy as np

from smug.bench.common import (ResultLog, cached_reference_ig, limit_threads, machine,
                               markdown_table, photo_input)

#: The photos the adaptive rule's constants were tuned on; the rest are held back.
TUNING = ("chelsea", "coffee", "camera")
PHOTOS = ("chelsea", "coffee", "camera", "motorcycle_left", "motorcycle_right",
          "grace_hopper", "rocket")
K = 3000


def pass_seconds(model, x, label, repeats: int = 5, clock=time.perf_counter) -> float:
    """Median seconds of one fp32 forward+backward pass of one path point (batch 1), on
    ``clock`` (wall clock, or this process's CPU time: ``time.process_time``)."""
    import torch

    from smug.explain.ig import _frozen, _Path, _Replace

    hooks = _Replace(model._bn0, model._swish)
    with hooks.installed(), torch.no_grad():
        model(x)
    times = []
    with _frozen(model), hooks.installed():
        path = _Path(model, x, hooks, hooks.captured["a"], label, "softmax", 1, None)
        path._run(np.array([0.7]), True)  # warm-up
        for _ in range(repeats):
            start = clock()
            path._run(np.array([0.7]), True)
            times.append(clock() - start)
    return statistics.median(times)


def jaccard(a: np.ndarray, b: np.ndarray, k: int = K) -> float:
    ta = set(np.argsort(-a.ravel(), kind="stable")[:k].tolist())
    tb = set(np.argsort(-b.ravel(), kind="stable")[:k].tolist())
    return len(ta & tb) / len(ta | tb)


def reference(model, x, label, cache: Path, photo: str) -> np.ndarray:
    """The 1,024-node reference IG of ``photo`` (cached; :func:`cached_reference_ig`)."""
    return cached_reference_ig(model, x, label, photo, cache)

def run_photo(model, photo: str, args, log: ResultLog) -> None:
    import torch

    from smug.explain.ig import DEFAULT_IG_TOLERANCE, first_layer_ig

    x = photo_input(photo)
    with torch.no_grad():
        label = int(model(x).argmax())
    ref = reference(model, x, label, args.ref_cache, photo)
    unit = pass_seconds(model, x, label)
    unit_cpu = pass_seconds(model, x, label, clock=time.process_time)
    load = round(os.getloadavg()[0], 2)
    split = "tuning" if photo in TUNING else "held-out"
    default_nodes = None
    for tol in args.tolerances:
        if log.done(photo=photo, rule="adaptive", tolerance=tol):
            row = next(r for r in log.rows if log.key(r) == (photo, "adaptive", tol))
        else:
            start, cpu = time.perf_counter(), time.process_time()
            r = first_layer_ig(model, x, model._bn0, label, activation=model._swish,
                               tolerance=tol)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            row = {"photo": photo, "rule": "adaptive", "tolerance": tol, "split": split,
                   "nodes": r.n_steps, "gap": r.completeness_relative,
                   "error_estimate": r.error_estimate, "jaccard_estimate": r.topk_jaccard,
                   "converged": r.converged,
                   "jaccard_vs_ref": jaccard(r.attributions, ref), "seconds": seconds,
                   "pass_s": unit, "passes": seconds / unit, "cpu_s": cpu,
                   "pass_cpu_s": unit_cpu, "passes_cpu": cpu / unit_cpu,
                   "batch": r.batch_size, "loadavg": load}
            log.append(row)
        if tol == DEFAULT_IG_TOLERANCE:
            default_nodes = row["nodes"]
    if args.compare_fixed and default_nodes \
            and not log.done(photo=photo, rule="fixed-same-nodes", tolerance=None):
        start = time.perf_counter()
        r = first_layer_ig(model, x, model._bn0, label, default_nodes, activation=model._swish)
        seconds = time.perf_counter() - start
        log.append({"photo": photo, "rule": "fixed-same-nodes", "tolerance": None,
                    "split": split, "nodes": r.n_steps, "gap": r.completeness_relative,
                    "error_estimate": None, "jaccard_estimate": None, "converged": True,
                    "jaccard_vs_ref": jaccard(r.attributions, ref), "seconds": seconds,
                    "pass_s": unit, "passes": seconds / unit, "batch": r.batch_size,
                    "loadavg": load})


def small_inputs(n: int):
    """``(name, model, x, k)`` for the first ``n`` MNIST test digits (the MLP, k=32) and
    ``n`` test reviews of 8-45 tokens (the text CNN, k=100): the settings of
    benchmarks/explain_latency.py."""
    import torch

    from smug.data.mnist import load_mnist
    from smug.data.text import load_rotten_tomatoes
    from smug.models.mnist_mlp import load_mnist_mlp
    from smug.models.text_cnn import TwoClass, load_text_cnn

    mlp = load_mnist_mlp().eval()
    X, _ = load_mnist("test")
    for i in range(n):
        yield f"digit{i}", "mnist-mlp", mlp, torch.tensor(X[i:i + 1]), 32
    cnn, encoder = load_text_cnn()
    model = TwoClass(cnn).eval()
    texts, _ = load_rotten_tomatoes("test")
    picked = [t for t in texts if 8 <= len(encoder.tokenize(t)) <= 45][:n]
    for i, text in enumerate(picked):
        yield f"review{i}", "text-cnn", model, encoder.embed(encoder.encode(text)), 100


def run_small(n: int, log: ResultLog) -> None:
    """Adaptive rule (default tolerance) against the 1,024-node reference on the small
    models: nodes, gap, estimated error and Jaccard, measured top-k Jaccard."""
    import torch

    from smug.explain.firstlayer import eval_mode, extract_first_layer
    from smug.explain.ig import REFERENCE_N_STEPS, first_layer_ig

    for name, spec, model, x, k in small_inputs(n):
        if log.done(photo=name, rule="adaptive", tolerance=0.01):
            continue
        with eval_mode(model):
            first, _ = extract_first_layer(model, x, None)
            with torch.no_grad():
                label = int(model(x).reshape(-1).argmax())
            args = (model, x, first.output_module, label)
            ref = first_layer_ig(*args, REFERENCE_N_STEPS, activation=first.activation)
            r = first_layer_ig(*args, activation=first.activation, k=k)
        kk = min(k, r.attributions.size)
        log.append({"photo": name, "rule": "adaptive", "tolerance": 0.01, "split": spec,
                    "k": kk, "nodes": r.n_steps, "gap": r.completeness_relative,
                    "ref_gap": ref.completeness_relative,
                    "error_estimate": r.error_estimate, "jaccard_estimate": r.topk_jaccard,
                    "converged": r.converged,
                    "jaccard_vs_ref": jaccard(r.attributions, ref.attributions, kk)})


def write_small_markdown(out: Path, rows: list[dict]) -> None:
    header = ["input", "model", "k", "nodes", "gap", "1024-node gap", "est. error",
              "est. top-k Jaccard (k>=3000 or all)", "top-k Jaccard vs 1024-node ref",
              "converged"]
    body = [[r["photo"], r["split"], r["k"], r["nodes"], f"{r['gap']:.2%}",
             f"{r['ref_gap']:.2%}", f"{r['error_estimate']:.2%}",
             f"{r['jaccard_estimate']:.4f}", f"{r['jaccard_vs_ref']:.4f}",
             "yes" if r["converged"] else "**no**"] for r in rows]
    text = ["# Adaptive first-layer IG on the small models (MNIST MLP, text CNN)", "",
            "Default tolerance against fixed Gauss-Legendre on 1,024 nodes; k as in "
            "benchmarks/explain_latency.py. The rule's own top-k is max(k, 3000) capped at the "
            "layer's neuron count (the estimated Jaccard is for that set).", "",
            markdown_table(header, body), "", f"Machine: {json.dumps(machine())}"]
    (out / "small_models.md").write_text("\n".join(text) + "\n")


def write_markdown(out: Path, rows: list[dict]) -> None:
    def fmt(r):
        est = "-" if r["error_estimate"] is None else f"{r['error_estimate']:.2%}"
        est_j = "-" if r.get("jaccard_estimate") is None else f"{r['jaccard_estimate']:.4f}"
        return [r["photo"], r["split"], r["rule"], r["tolerance"] or "-", r["nodes"],
                f"{r['gap']:.2%}", est, est_j, f"{r['jaccard_vs_ref']:.4f}",
                f"{r['seconds']:.1f}", f"{r['passes']:.0f}",
                "-" if r.get("passes_cpu") is None else f"{r['passes_cpu']:.0f}",
                r.get("loadavg", "-"),
                "yes" if r["converged"] else "**no**"]

    header = ["photo", "split", "rule", "tolerance", "nodes", "gap", "est. error",
              "est. top-3000 Jaccard", "top-3000 Jaccard vs 1024-node ref", "IG s",
              "IG in passes (wall)", "IG in passes (CPU time)", "load avg", "converged"]
    order = {p: i for i, p in enumerate(PHOTOS)}
    rows = sorted(rows, key=lambda r: (order.get(r["photo"], 99), r["rule"],
                                       r["tolerance"] or 0))
    text = ["# Adaptive first-layer IG against the 1,024-node Gauss-Legendre reference", "",
            "EfficientNet-Lite0, predicted class, softmax on the post-ReLU6 stem output; "
            "top-3000 by attribution. `est. error`: the rule's estimated relative L1 error of "
            "the top-3000 attributions; `est. top-3000 Jaccard`: its estimated Jaccard index "
            "against exact IG (it stops at >= 0.975 at the default tolerance). "
            "`IG in passes (wall)`: IG seconds over the median seconds of "
            "one fp32 forward+backward pass of one point (batch 1), measured on the same photo "
            "in the same run; `(CPU time)`: the same with this process's CPU time (one torch "
            "thread), which a busy machine disturbs much less than the wall clock. Tuning "
            "photos: " + ", ".join(TUNING) + "; the others were held "
            "back while the rule's constants were chosen.", "",
            markdown_table(header, [fmt(r) for r in rows]), "",
            f"Machine: {json.dumps(machine())}"]
    (out / "adaptive.md").write_text("\n".join(text) + "\n")


def main(argv: list[str] | None = None) -> int:
    from smug.explain.ig import DEFAULT_IG_TOLERANCE
    from smug.models.efficientnet import load_efficientnet_lite0

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--photos", nargs="*", default=list(PHOTOS))
    p.add_argument("--tolerances", nargs="*", type=float, default=[DEFAULT_IG_TOLERANCE])
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    p.add_argument("--ref-cache", type=Path, default=Path.home() / ".cache" / "smug-ig-ref")
    p.add_argument("--small", type=int, default=0, metavar="N",
                   help="instead: N MNIST digits and N reviews against the reference")
    p.add_argument("--compare-fixed", action="store_true",
                   help="also run fixed Gauss-Legendre on the adaptive rule's node count")
    args = p.parse_args(argv)
    limit_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    model = load_efficientnet_lite0()
    if args.small:
        small = ResultLog(args.out / "small_models.jsonl", ("photo", "rule", "tolerance"))
        run_small(args.small, small)
        write_small_markdown(args.out, small.rows)
        return 0
    log = ResultLog(args.out / "adaptive.jsonl", ("photo", "rule", "tolerance"))
    for photo in args.photos:
        run_photo(model, photo, args, log)
        write_markdown(args.out, log.rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
