"""Fig. 4 / appendix C of the paper on held-out reviews: SMUG, SMUG_base, IG and SIS on text.

The text CNN of :mod:`smug.models.text_cnn` (Conv1d(50, 128, 5), ReLU, max-pool, dense,
sigmoid; trained here on rotten-tomatoes snippets, since Beer Reviews is not offline)
explains its predicted class (``TwoClass`` output: 0 rotten, 1 fresh) on reviews drawn at
random (seed 0) from the held-out test split among those it predicts with probability at
least ``--min-confidence`` (SIS needs the prediction to reach its threshold). Methods:

- SMUG: k=100, gamma=0, one mask variable per token (a masked token = padding), CP-SAT;
- SMUG_base: the union of the same neurons' receptive fields;
- IG: on the embedded input, zero (padding) baseline, summed over embedding dimensions
  (signed: green supports the prediction, red opposes it);
- SIS: sufficient input subsets by backward selection at ``--sis-threshold``.

There are no human rationales offline, so instead of the paper's underlined words, each
method is scored by its **deletion curve**: the probability of the predicted class as
tokens are replaced by padding in the method's order (highest score first; ties and
zero-score tokens in reading order), and its area (lower = the method found the evidence
first). A random order (seed 0) is the reference.

Writes, as it goes (a rerun skips the reviews done)::

    <out>/rows.jsonl     one row per review (tokens, scores, deletion curves)
    <out>/fig4.html      the reviews coloured by each method side by side
    <out>/deletion.png   mean deletion curve per method
    <out>/text.md        summary table

Usage::

    python benchmarks/text_fig4.py
    python benchmarks/text_fig4.py --quick --out out/t4      # 2 reviews
"""

from __future__ import annotations

import argparse
import html
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
    progress,
    shared_first_layer_ig,
    write_json,
)

METHODS = ("SMUG", "SMUG_base", "IG", "SIS", "random")
SHOWN = ("SMUG", "SMUG_base", "IG", "SIS")


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=RESULTS / "text_fig4")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--n-reviews", type=int, default=200)
    p.add_argument("--html-reviews", type=int, default=25, help="reviews shown in fig4.html")
    p.add_argument("--min-tokens", type=int, default=8)
    p.add_argument("--max-tokens", type=int, default=45)
    p.add_argument("--min-confidence", type=float, default=0.7)
    p.add_argument("--sis-threshold", type=float, default=0.7)
    p.add_argument("--k", type=int, default=100)
    p.add_argument("--backend", default="cpsat")
    p.add_argument("--time-limit", type=float, default=30.0)
    p.add_argument("--ig-steps", type=int, default=50, help="steps of the IG baseline")
    p.add_argument("--first-layer-ig-steps", type=int, default=None,
                   help="fixed Gauss-Legendre first-layer IG for SMUG on this many nodes "
                        "(default: the explainer's adaptive rule)")
    p.add_argument("--deletion-steps", type=int, default=10)
    args = p.parse_args(argv)
    if args.quick:
        args.n_reviews, args.ig_steps, args.time_limit = 2, 16, min(args.time_limit, 10.0)
    return args


def pick_reviews(model: Any, encoder: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Random held-out reviews (seed 0) of suitable length that the model predicts confidently."""
    from smug.data.text import load_rotten_tomatoes
    from smug.models.text_cnn import predict_proba

    texts, labels = load_rotten_tomatoes("test")
    lengths = np.array([len(encoder.tokenize(t)) for t in texts])
    p = predict_proba(model, encoder, texts)
    confident = np.maximum(p, 1 - p) >= args.min_confidence
    ok = np.flatnonzero((lengths >= args.min_tokens) & (lengths <= args.max_tokens) & confident)
    chosen = np.random.default_rng(0).permutation(ok)[: args.n_reviews]
    return [{"review": int(i), "text": texts[i], "truth": int(labels[i]),
             "p_fresh": float(p[i]), "n_tokens": int(lengths[i])} for i in chosen]


def explain_review(model: Any, encoder: Any, review: dict[str, Any], args: argparse.Namespace
                   ) -> dict[str, Any]:
    """Every method on one review: token scores, deletion curves and HTML."""
    import torch

    from smug.baselines import integrated_gradients, sis_text
    from smug.explain import SMUG, SMUGBase
    from smug.metrics import token_deletion_curve
    from smug.models.text_cnn import TwoClass

    two = TwoClass(model).eval()
    ids = encoder.encode(review["text"])
    tokens = encoder.decode(ids)
    x = encoder.embed(ids)
    label = int(review["p_fresh"] > 0.5)
    scores: dict[str, np.ndarray] = {}
    row: dict[str, Any] = {**review, "label": label, "tokens": tokens}
    t0 = time.perf_counter()
    with shared_first_layer_ig():
        smug_expl = SMUG(two).attribute(x, label, k=args.k, gamma=0.0, cell=1,
                                        backend=args.backend, time_limit=args.time_limit,
                                        n_steps=args.first_layer_ig_steps)
        base_expl = SMUGBase(two).attribute(x, label, k=args.k, gamma=0.0, cell=1,
                                            n_steps=args.first_layer_ig_steps)
    row["smug_s"] = round(time.perf_counter() - t0, 2)
    row["smug_status"] = smug_expl.solution.status.value
    row["smug_rows"] = smug_expl.problem.n_rows
    ig = smug_expl.ig  # the first-layer IG SMUG and SMUG_base share
    row.update(ig_rule=ig.rule, ig_nodes=int(ig.n_steps),
               ig_gap=round(float(ig.completeness_relative), 6))
    scores["SMUG"] = smug_expl.cell_saliency
    scores["SMUG_base"] = base_expl.cell_saliency
    scores["IG"] = integrated_gradients(two, x, label, baseline=0.0, n_steps=args.ig_steps,
                                        internal_batch_size=None, reduce="sum")
    sis = sis_text(model, encoder, review["text"], label=label, threshold=args.sis_threshold)
    scores["SIS"] = sis.scores
    row["sis_subsets"] = sis.subsets
    scores["random"] = np.random.default_rng(review["review"]).random(len(tokens))
    for method in METHODS:
        curve = token_deletion_curve(two, x, scores[method], label,
                                     n_steps=args.deletion_steps, apply_softmax=False)
        row[f"{method}_scores"] = np.round(scores[method], 5)
        row[f"{method}_selected"] = float(np.mean(scores[method] > 0))
        row[f"{method}_auc"] = curve.auc
        row[f"{method}_curve"] = np.round(curve.confidences, 5)
    row["fractions"] = np.round(curve.fractions, 5)
    with torch.no_grad():
        row["p_check"] = float(model(x).reshape(-1)[0])
    return row


def review_html(row: dict[str, Any]) -> str:
    """One review coloured by each shown method (``smug.viz.text_html``)."""
    from smug.viz import text_html

    truth = "fresh" if row["truth"] else "rotten"
    pred = "fresh" if row["label"] else "rotten"
    return (f"<h3>review {row['review']}: predicted {pred} "
            f"(p fresh = {row['p_fresh']:.2f}), label {truth}</h3>" +
            "".join(text_html(row["tokens"], row[f"{m}_scores"], title=m) for m in SHOWN))


# --------------------------------------------------------------------------- report


def report(args: argparse.Namespace, log: ResultLog, elapsed: float) -> None:
    rows = log.rows
    if not rows:
        return
    n = len(rows)
    table = []
    for m in METHODS:
        auc = np.array([float(r[f"{m}_auc"]) for r in rows])
        sel = np.array([float(r[f"{m}_selected"]) for r in rows])
        half = 1.96 * auc.std(ddof=1) / np.sqrt(n) if n > 1 else 0.0
        best = sum(float(r[f"{m}_auc"]) <= min(float(r[f"{o}_auc"]) for o in SHOWN)
                   for r in rows) if m in SHOWN else "-"
        table.append([m, f"{auc.mean():.3f} ± {half:.3f}", best if m in SHOWN else "-",
                      f"{100 * sel.mean():.1f}"])
    statuses = sorted({r["smug_status"] for r in rows})
    ig_rows = [r for r in rows if "ig_nodes" in r]
    ig_line = (
        f"SMUG's first-layer IG ({', '.join(sorted({r['ig_rule'] for r in ig_rows}))} rule): "
        f"{int(np.median([r['ig_nodes'] for r in ig_rows]))} nodes (median; "
        f"{min(r['ig_nodes'] for r in ig_rows)}-{max(r['ig_nodes'] for r in ig_rows)}), "
        f"completeness gap at most {100 * max(r['ig_gap'] for r in ig_rows):.2f} % "
        f"({len(ig_rows)} reviews).") if ig_rows else \
        "SMUG's first-layer IG: not recorded in these rows (computed before it was)."
    correct = sum(r["label"] == r["truth"] for r in rows)
    lines = [
        "# Text (Fig. 4): SMUG, SMUG_base, IG, SIS on held-out reviews", "",
        f"{n} held-out rotten-tomatoes reviews ({args.min_tokens}-{args.max_tokens} tokens, "
        f"predicted with probability >= {args.min_confidence}; {correct}/{n} predictions "
        f"right), drawn at random (seed 0). SMUG k={args.k}, gamma=0, one variable per token, "
        f"{args.backend} ({args.time_limit:g} s; statuses: {', '.join(statuses)}). IG "
        f"{args.ig_steps} steps, zero (padding) baseline. SIS threshold "
        f"{args.sis_threshold}. No human rationales ship offline, so the words are not "
        f"compared with annotations; the deletion curve (tokens replaced by padding, highest "
        f"score first, {args.deletion_steps} steps) is the quantitative check.", "",
        ig_line, "",
        markdown_table(["method", "deletion AUC ↓ (mean ± 95 % CI)",
                        "reviews where lowest (of 4, ties count)", "tokens with score > 0 (%)"],
                       table), "",
        f"Coloured reviews (the first {min(n, args.html_reviews)}): `fig4.html`; mean curves: "
        "`deletion.png`.", "",
        f"Wall clock of the last invocation (a resumed run counts only what it computed): "
        f"{elapsed / 60:.1f} min.", "",
    ]
    (args.out / "text.md").write_text("\n".join(lines))
    page = ["<html><head><meta charset='utf-8'><title>SMUG text explanations</title></head>"
            "<body><h2>Held-out reviews: SMUG, SMUG_base, IG, SIS</h2>"
            "<p>Green: positive relevance for the predicted class; red: negative (IG only). "
            f"{html.escape(lines[2])}</p>"]
    page += [review_html(r) for r in rows[: args.html_reviews]] + ["</body></html>"]
    (args.out / "fig4.html").write_text("\n".join(page))
    write_json(args.out / "summary.json", {"settings": vars(args) | {"out": args.out.name},
                                           "machine": machine(), "n_reviews": n})
    plot(args, rows)


def plot(args: argparse.Namespace, rows: list[dict[str, Any]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fractions = np.array(rows[0]["fractions"], dtype=float)
    fig, ax = plt.subplots(figsize=(5.5, 4))
    for m in METHODS:
        curves = np.array([np.asarray(r[f"{m}_curve"], dtype=float) for r in rows])
        auc = np.mean([float(r[f"{m}_auc"]) for r in rows])
        ax.plot(fractions, curves.mean(axis=0), "o-" if m != "random" else "--",
                label=f"{m} (AUC {auc:.3f})")
    ax.set(xlabel="fraction of tokens replaced by padding",
           ylabel="probability of the predicted class", title=f"deletion curves, {len(rows)} reviews")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(args.out / "deletion.png", dpi=100)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    limit_threads(1)
    start = time.perf_counter()
    from smug.models.text_cnn import load_text_cnn

    model, encoder = load_text_cnn()
    args.out.mkdir(parents=True, exist_ok=True)
    log = ResultLog(args.out / "rows.jsonl", ("review",))
    reviews = pick_reviews(model, encoder, args)
    for review in progress(reviews, "text_fig4 reviews"):
        if not log.done(review=review["review"]):
            log.append(explain_review(model, encoder, review, args))
    report(args, log, time.perf_counter() - start)
    print((args.out / "text.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
