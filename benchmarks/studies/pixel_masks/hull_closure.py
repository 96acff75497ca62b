"""How far can cuts from single rows lift the linear relaxation of a pixel-level problem?

A side question of the pixel-level study (third session): the γ = 0.5 instances are left open
with a gap between the best mask and the proven bound, so how much of the root gap can exact
inequalities of *one row at a time* close? For the reduced problem of ``smug.presolve.presolve``
this script runs the cutting-plane loop of :func:`smug.presolve_rows.hull_cuts` round by round
(integer cuts of each short row's exact 0/1 hull, the rows' minimal feasible points from
exact tables) and, as a second family, the hull of every *window* (all short rows over the
same columns together, several neurons of one receptive field): separation by a small LP per
window in floats. The window cuts are used only to measure a bound here, never to answer.

It records the LP bound (plus presolve's objective offset) after each round next to the
instance's known optimum or best known mask, in ``results/hull_closure.jsonl`` and ``.md``.

Usage::

    python benchmarks/studies/pixel_masks/hull_closure.py --instances DIR [--rounds 12]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

HERE = Path(__file__).resolve().parent


def _stack(A: sp.csr_matrix, rhs: np.ndarray, cols: list, coefs: list, b: list, n: int):
    lengths = np.array([c.size for c in cols])
    new = sp.csr_matrix((np.concatenate(coefs).astype(float), np.concatenate(cols),
                         np.concatenate([[0], np.cumsum(lengths)])), shape=(len(cols), n))
    return sp.vstack([A, new], format="csr"), np.concatenate([rhs, np.asarray(b, float)])


def row_closure(problem, offset: float, rounds: int) -> list[dict[str, Any]]:
    """LP bound per round with the exact single-row hull cuts."""
    from smug.presolve_rows import HULL_CUT_SCALE, MAX_ROW_VARS, _lp_point, _separate, _short_rows

    short = _short_rows(problem, MAX_ROW_VARS)
    A, rhs = problem.A, problem.rhs.astype(float)
    out = []
    for r in range(rounds + 1):
        t0 = time.perf_counter()
        x = _lp_point(problem, A, rhs)
        out.append({"round": r, "lp": float(problem.cost @ x) + offset, "rows": int(A.shape[0])})
        if r == rounds:
            break
        cols, coefs, b = _separate(short, x, HULL_CUT_SCALE)
        out[-1]["seconds"] = round(time.perf_counter() - t0, 2)
        if not cols:
            break
        A, rhs = _stack(A, rhs, cols, coefs, b, problem.n_vars)
    return out


def window_closure(problem, offset: float, rounds: int) -> list[dict[str, Any]]:
    """LP bound per round with float cuts of each window's hull (all short rows over the
    same columns at once); a measurement of how far such cuts could go, nothing more."""
    from scipy.optimize import linprog

    from smug.presolve_rows import _bits, _lp_point
    from smug.problem import FREE

    A = problem.A
    lengths = np.diff(A.indptr)
    entry_row = np.repeat(np.arange(problem.n_rows), lengths)
    free = np.ones(problem.n_rows, dtype=bool)
    free[entry_row[problem.fixed[A.indices] != FREE]] = False
    groups: dict[tuple, list[int]] = collections.defaultdict(list)
    for i in np.flatnonzero(free & (lengths >= 2) & (lengths <= 10)).tolist():
        groups[tuple(sorted(A.indices[A.indptr[i]:A.indptr[i + 1]].tolist()))].append(i)
    windows = []
    for key, rows in groups.items():
        cols = np.array(key)
        points = _bits(cols.size).astype(float)
        ok = np.ones(points.shape[0], dtype=bool)
        for i in rows:
            activity = points @ A[i].toarray()[0, cols]
            ok &= activity > problem.rhs[i] if problem.strict[i] else activity >= problem.rhs[i]
        windows.append((cols, points[ok]))
    Acur, rhs = A, problem.rhs.astype(float)
    out = []
    for r in range(rounds + 1):
        x = _lp_point(problem, Acur, rhs)
        out.append({"round": r, "lp": float(problem.cost @ x) + offset, "rows": int(Acur.shape[0])})
        if r == rounds:
            break
        new, new_rhs = [], []
        for cols, feasible in windows:
            x0 = x[cols]
            if feasible.shape[0] == 0 or np.all((x0 < 1e-6) | (x0 > 1 - 1e-6)):
                continue
            n = cols.size
            res = linprog(np.r_[x0, -1.0], A_ub=np.c_[-feasible, np.ones(feasible.shape[0])],
                          b_ub=np.zeros(feasible.shape[0]),
                          bounds=[(-1, 1)] * n + [(None, None)], method="highs")
            if res.status == 0 and res.fun < -1e-5:
                row = np.zeros(problem.n_vars)
                row[cols] = res.x[:n]
                new.append(sp.csr_matrix(row))
                new_rhs.append(res.x[n])
        if not new:
            break
        Acur = sp.vstack([Acur] + new, format="csr")
        rhs = np.concatenate([rhs, new_rhs])
    return out


def main() -> int:
    import smug
    from smug.presolve import presolve

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=Path, required=True)
    parser.add_argument("--names", nargs="+", default=["img_camera_k3000_g0.5_c1"])
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--families", nargs="+", default=["row", "window"],
                        choices=["row", "window"])
    parser.add_argument("--best", nargs="+", default=[],
                        help="NAME=VALUE: the optimum or best known mask's objective")
    args = parser.parse_args()
    best = dict(item.split("=") for item in args.best)
    out = HERE / "results" / "hull_closure.jsonl"
    for name in args.names:
        problem = smug.MaskProblem.load(args.instances / f"{name}.npz")
        reduced = presolve(problem)
        for family in args.families:
            run = (row_closure if family == "row" else window_closure)(
                reduced.problem, reduced.objective_offset, args.rounds)
            record = {"instance": name, "family": family, "best": float(best.get(name, "nan")),
                      "rounds": run, "load_1min": round(os.getloadavg()[0], 2)}
            with out.open("a") as handle:
                handle.write(json.dumps(record) + "\n")
            print(json.dumps(record), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
