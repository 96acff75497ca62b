"""Cheap instance features for the auto rule study: manifest features plus the LP
relaxation (HiGHS via scipy) of the presolved problem: its bound, the count of fractional
variables, and the time it took."""
import json, sys, time
from pathlib import Path
import numpy as np
from scipy.optimize import linprog
from smug.problem import MaskProblem
from smug.presolve import presolve

INST = Path(__file__).resolve().parents[2] / "instances" / "tiered"
out = Path(__file__).resolve().parent / "results" / "features_lp.jsonl"
pats = sys.argv[1:] or ["mnist_"]
man = json.load(open(INST / "manifest.json"))
done = {json.loads(l)["instance"] for l in open(out)} if out.exists() else set()
with open(out, "a") as fh:
    for e in man:
        if not any(e["name"].startswith(p) for p in pats) or e["name"] in done:
            continue
        p = MaskProblem.load(INST / e["files"]["npz"])
        t = time.perf_counter()
        red = presolve(p)
        q = red.problem
        rec = {"instance": e["name"], "index": e.get("index"), "gamma": e.get("gamma"),
               "cell": e.get("cell"), "n_rows": e["n_rows"], "longest_row": e["longest_row"],
               "mean_row": e["mean_row"], "presolved_vars": e.get("presolved_vars"),
               "presolved_rows": e.get("presolved_rows"), "components": e.get("components")}
        if q is not None and q.n_rows:
            # A M >= rhs (strict treated as >=): -A M <= -rhs
            r = linprog(q.cost, A_ub=-q.A, b_ub=-q.rhs, bounds=[(f, f) if f >= 0 else (0, 1) for f in q.fixed],
                        method="highs")
            if r.status == 0:
                x = r.x
                frac = int(np.sum((x > 1e-6) & (x < 1 - 1e-6)))
                rec.update(lp=float(r.fun), frac=frac, ones=int(np.sum(x >= 1 - 1e-6)))
            rec["lp_s"] = round(time.perf_counter() - t, 4)
        fh.write(json.dumps(rec) + "\n"); fh.flush()
