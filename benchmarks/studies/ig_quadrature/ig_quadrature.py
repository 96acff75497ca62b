"""How many Gauss-Legendre nodes first-layer IG needs: the completeness gap per photo.

For each photo (EfficientNet-Lite0, the predicted class), IG over the stem with the
paper's target (softmax of the class, post-ReLU6 activations) at 50, 100, 128, 200 and 300
nodes, and with the old target (logit, pre-activation) at 50 and 200 nodes. Each row: the
relative completeness gap ``|sum IG - (F(a) - F(0))| / |F(a) - F(0)|``, the seconds, and
(softmax) the share of the top-3000 neurons that changed from the previous node count.
docs/explainer.md ("Quadrature") reads the default ``DEFAULT_N_STEPS`` off this table.

Appends to ``results/ig_quadrature/rows.jsonl`` as it goes (timings: one thread on a
loaded 2-core machine). Usage::

    python benchmarks/studies/ig_quadrature/ig_quadrature.py [--photos chelsea camera coffee]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np


from smug.bench.common import limit_threads, photo_input

SOFTMAX_NODES = (50, 100, 128, 200, 300)
LOGIT_NODES = (50, 200)


def main(argv: list[str] | None = None) -> int:
    import torch

    from smug.explain.ig import first_layer_ig
    from smug.models.efficientnet import load_efficientnet_lite0

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--photos", nargs="*", default=["chelsea", "camera", "coffee"])
    p.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "rows.jsonl")
    args = p.parse_args(argv)
    limit_threads(1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model = load_efficientnet_lite0()
    with args.out.open("a") as out:
        for photo in args.photos:
            x = photo_input(photo)
            with torch.no_grad():
                label = int(model(x).argmax())
            previous = None
            runs = [("softmax", model._swish, n) for n in SOFTMAX_NODES]
            runs += [("logit", None, n) for n in LOGIT_NODES]
            for output, activation, n in runs:
                start = time.perf_counter()
                r = first_layer_ig(model, x, model._bn0, label, n, 10, activation=activation,
                                   output=output)
                row = {"photo": photo, "output": output, "post": activation is not None,
                       "n": n, "seconds": round(time.perf_counter() - start, 1),
                       "gap": r.completeness_relative, "f": r.output, "f0": r.output_at_zero}
                if output == "softmax":
                    top = set(np.argsort(-r.attributions.ravel())[:3000].tolist())
                    if previous is not None:
                        row["top3000_changed_vs_prev"] = len(top - previous[1]) / 3000
                        row["prev_n"] = previous[0]
                    previous = (n, top)
                out.write(json.dumps(row) + "\n")
                out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
