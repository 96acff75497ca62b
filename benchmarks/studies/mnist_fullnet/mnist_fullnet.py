"""Reproduce Table 2 of the paper: the full-network problem (appendix A) on MNIST.

For ``--n-images`` validation digits drawn with a fixed seed, solve the full-network
problem (:class:`smug.fullnet.FullNetProblem`: keep the fewest cells such that the
784-32-10 MLP still puts the true label on top of the masked image) with ``--backend``
(z3's exact NRA encoding, or a big-M MILP: highs, cpsat, pulp, cvxpy) under a per-image
time limit, and write, flushed after every image (an interrupted run resumes where it
stopped):

    <out>/<tag>.csv   one row per image (status, mask size, bound, times, the mask)
    <out>/<tag>.md    per-digit table beside the paper's Table 2
    <out>/<tag>.png   a Fig. 5-style figure of a few images and their minimal masks

Usage::

    python benchmarks/studies/mnist_fullnet/mnist_fullnet.py                       # 100 images, pixels, 60 s each
    python benchmarks/studies/mnist_fullnet/mnist_fullnet.py --cell 4 --tag mnist_fullnet_c4
    python benchmarks/studies/mnist_fullnet/mnist_fullnet.py --time-limit 3600     # the paper's 60 min
    python benchmarks/studies/mnist_fullnet/mnist_fullnet.py --figure-only         # redraw from the CSV
    python benchmarks/studies/mnist_fullnet/mnist_fullnet.py --backend highs       # -> mnist_fullnet_highs.*
    python benchmarks/studies/mnist_fullnet/mnist_fullnet.py --compare highs,cpsat,pulp,cvxpy [--cell 4]
        # -> mnist_fullnet_milp[_c4].md/.png: every backend per digit beside z3 and the
        #    paper, agreement with z3, and a Fig. 5-style figure of the first backend's masks

Wall-clock seconds on whatever machine runs it (here: 2 cores shared with other jobs).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

import smug
from smug.fullnet import FullNetProblem
from smug.fullnet.solve import fullnet_backends

HERE = Path(__file__).resolve().parent  # benchmarks/studies/mnist_fullnet
DEFAULT_OUT = HERE / "results"
FIELDS = ["order", "index", "label", "predicted", "status", "mask_size", "bound", "build_s",
          "solve_s", "total_s", "raw_status", "active_cells", "relus_unstable",
          "exact_margin", "time_limit", "cell", "strategy", "mask_cells", "backend",
          "milp_status", "milp_bound", "milp_s", "mask_found_by", "optimality_proof",
          "pre_enum_bound", "enum_checked", "enum_s", "z3_confirm_s"]

#: Table 2 of the paper (z3, pixels, 60 min per image): digit -> (images, SAT, mean minutes).
PAPER_TABLE2 = {
    0: (8, 0, None), 1: (14, 8, 31.19), 2: (8, 4, 45.26), 3: (11, 0, None),
    4: (14, 8, 33.09), 5: (7, 4, 35.68), 6: (10, 4, 42.80), 7: (15, 2, 53.11),
    8: (2, 1, 36.05), 9: (11, 3, 19.62),
}
PAPER_ALL = (100, 34, 35.59)


def pick_images(n: int, seed: int, split: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``n`` distinct images of ``split`` drawn with ``seed``: (indices, images, labels)."""
    from smug.data.mnist import load_mnist

    X, y = load_mnist(split)
    idx = np.random.default_rng(seed).choice(len(X), size=n, replace=False)
    return idx, X[idx], y[idx]


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open() as fh:
        return list(csv.DictReader(fh))


def solve_image(model, x, label: int, args) -> dict:
    import torch

    with torch.no_grad():
        predicted = int(model(torch.as_tensor(x)[None]).argmax())
    problem = FullNetProblem.from_model(model, x, label, delta=args.delta, cell=args.cell)
    options = ({"strategy": args.strategy} if args.backend == "z3" else
               {} if args.pre_enumeration_limit is None else
               {"pre_enumeration_limit": args.pre_enumeration_limit})
    s = smug.solve(problem, args.backend, time_limit=args.time_limit, seed=args.seed, **options)
    return {
        "label": label, "predicted": predicted, "status": s.status.value,
        "mask_size": "" if s.objective is None else int(s.objective),
        "bound": "" if s.bound is None else s.bound,
        "build_s": round(s.timings.build, 3), "solve_s": round(s.timings.solve, 3),
        "total_s": round(s.timings.total, 3), "raw_status": s.raw_status,
        "active_cells": s.stats.get("active_cells"), "relus_unstable": s.stats.get("relus_unstable"),
        "exact_margin": s.stats.get("exact_margin", ""), "time_limit": args.time_limit,
        "cell": args.cell, "strategy": args.strategy if args.backend == "z3" else "milp",
        "mask_cells": "" if s.mask is None else " ".join(map(str, np.flatnonzero(s.mask))),
        "backend": args.backend, **milp_fields(s),
    }


#: ``optimality_proof`` values: what proved, exactly, that no smaller mask keeps the label.
PROOF_ENUMERATION = "exact enumeration of every smaller mask"
PROOF_Z3 = "z3 AtMost(k-1) unsat on the exact encoding"
PROOF_EMPTY = "empty mask (nothing smaller)"
PROOF_Z3_SEARCH = "z3 search on the exact encoding"


def provenance(s) -> tuple[str, str]:
    """``(mask_found_by, optimality_proof)`` of a solution: who found the returned mask
    (the MILP solver, the greedy warm start, the exact enumeration, z3) and, when it is
    OPTIMAL, what proved that no smaller mask exists ("" otherwise). The two are separate:
    the solver's own "optimal" is never the proof (docs/fullnet.md)."""
    optimal = s.status.value == "optimal"
    if s.backend == "z3":
        return ("z3" if s.mask is not None else "", PROOF_Z3_SEARCH if optimal else "")
    if s.mask is None:
        found = ""
    elif "milp_not_minimal" in s.stats:  # the confirmation met a smaller mask
        found = "exact enumeration"
    elif s.stats.get("incumbent") == "warm start":
        found = "warm start (greedy or hint)"
    elif s.stats.get("milp_status") == "not run":
        found = "exact enumeration"
    else:
        found = f"MILP solver ({s.backend})"
    if not optimal:
        return found, ""
    z3c = s.stats.get("z3_confirm") or {}
    if s.objective == 0:
        return found, PROOF_EMPTY
    if z3c.get("result") == "unsat":
        return found, PROOF_Z3
    return found, PROOF_ENUMERATION


#: The ``proof`` values of CSVs written before the split into the two columns above.
_OLD_PROOF = {"enumeration only": ("exact enumeration", PROOF_ENUMERATION),
              "MILP + enumeration": ("MILP solver", PROOF_ENUMERATION),
              "MILP + z3 AtMost": ("MILP solver", PROOF_Z3),
              "empty mask": ("", PROOF_EMPTY)}


def row_provenance(row: dict[str, str]) -> tuple[str, str]:
    """``(mask_found_by, optimality_proof)`` of a CSV row, old (``proof``) or new."""
    if row.get("optimality_proof") is not None or row.get("mask_found_by") is not None:
        return row.get("mask_found_by") or "", row.get("optimality_proof") or ""
    if row.get("strategy") not in (None, "milp"):
        return "z3", PROOF_Z3_SEARCH if row["status"] == "optimal" else ""
    return _OLD_PROOF.get(row.get("proof") or "", ("", ""))


def milp_fields(s) -> dict:
    """What the MILP path did: the solver's status, bound and time, who found the mask and
    what proved it optimal (:func:`provenance`)."""
    found, proof = provenance(s)
    if s.backend == "z3":
        return {"mask_found_by": found, "optimality_proof": proof}
    enum = s.stats.get("enumeration") or {}
    pre = s.stats.get("pre_enumeration") or {}
    z3c = s.stats.get("z3_confirm") or {}
    rounds = s.stats.get("rounds") or []
    return {"milp_status": s.stats.get("milp_status", ""),
            "milp_bound": "" if s.stats.get("milp_bound") is None else s.stats["milp_bound"],
            "milp_s": round(sum(r["seconds"] for r in rounds), 3),
            "mask_found_by": found, "optimality_proof": proof,
            "pre_enum_bound": pre.get("bound", ""),
            "enum_checked": enum.get("checked", ""), "enum_s": enum.get("seconds", ""),
            "z3_confirm_s": z3c.get("seconds", "")}


def _mean(values: list[float]) -> str:
    return f"{np.mean(values):.1f}" if values else "N.A."


def digit_table(rows: list[dict[str, str]]) -> list[str]:
    """Per digit: images, proven optimal, feasible only, unknown, infeasible, means."""
    lines = [
        "| digit | images | solved (optimal) | feasible only | unknown | infeasible | "
        "mean runtime, solved (s) | mean runtime, all (s) | mean mask size, solved | "
        "mean proven bound, unsolved | paper: SAT / images | paper: mean runtime (min) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for digit in list(range(10)) + ["ALL"]:
        sel = [r for r in rows if digit == "ALL" or int(r["label"]) == digit]
        solved = [r for r in sel if r["status"] == "optimal"]
        unsolved_bounds = [float(r["bound"]) for r in sel
                           if r["status"] != "optimal" and r["bound"] not in ("", None)]
        paper = PAPER_ALL if digit == "ALL" else PAPER_TABLE2[digit]
        paper_rt = "N.A." if paper[2] is None else f"{paper[2]:.2f}"
        lines.append(
            f"| {digit} | {len(sel)} | {len(solved)} | "
            f"{sum(r['status'] == 'feasible' for r in sel)} | "
            f"{sum(r['status'] == 'unknown' for r in sel)} | "
            f"{sum(r['status'] == 'infeasible' for r in sel)} | "
            f"{_mean([float(r['total_s']) for r in solved])} | "
            f"{_mean([float(r['total_s']) for r in sel])} | "
            f"{_mean([float(r['mask_size']) for r in solved])} | {_mean(unsolved_bounds)} | "
            f"{paper[1]}/{paper[0]} | {paper_rt} |"
        )
    return lines


#: How the tables name the ``--split`` the images come from.
SPLIT_NAMES = {"train": "training", "val": "validation", "test": "test"}


def write_markdown(rows: list[dict[str, str]], path: Path, args) -> None:
    unit = "pixels" if args.cell == 1 else f"{args.cell}x{args.cell} cells"
    over = [float(r["total_s"]) - float(r["time_limit"]) for r in rows
            if r["status"] != "optimal"]
    engine = (f"z3 {smug.backends.backend_class('z3').version()}, strategy `{args.strategy}`"
              if args.backend == "z3" else f"big-M MILP solved by `{args.backend}`, optimality "
              "confirmed exactly (docs/fullnet.md)")
    lines = [
        f"# Table 2 reproduction: full-network problem on MNIST ({unit}), {args.backend}",
        "",
        f"{len(rows)} of {args.n_images} {SPLIT_NAMES[args.split]} images (seed {args.seed}) done; "
        f"{MODELS[args.model][2]}, mask over {unit}, delta = "
        f"{args.delta:g}, {engine}, time limit {args.time_limit:g} s per image (the paper: "
        "60 min). Solved = the minimum is proven (and the mask passed exact and float64 "
        "forward-pass checks). 'mean proven bound' = the lower bound on the mask size "
        "proven before the time-out. Wall-clock times on a loaded 2-core machine shared "
        "with other jobs.",
        "",
        f"Command: `python benchmarks/studies/mnist_fullnet/mnist_fullnet.py --n-images {args.n_images} "
        f"--time-limit {args.time_limit:g} --cell {args.cell} --backend {args.backend} "
        f"--model {args.model}"
        + ("" if args.split == "val" else f" --split {args.split}")
        + ("" if args.seed == 0 else f" --seed {args.seed}") + f" --tag {args.tag}"
        + ("" if args.pre_enumeration_limit is None
           else f" --pre-enumeration-limit {args.pre_enumeration_limit}") + "`",
        "",
        *digit_table(rows),
        "",
        f"Largest overshoot of the time limit among unsolved images (the solver's cancel latency "
        f"on a loaded machine): {max([0.0] + over):.1f} s.",
        *provenance_lines(rows),
        *beside_previous(rows, args),
    ]
    path.write_text("\n".join(lines) + "\n")


def provenance_lines(rows: list[dict[str, str]]) -> list[str]:
    """How the solved images were decided: who found the mask, what proved it minimal."""
    solved = [row_provenance(r) for r in rows if r["status"] == "optimal"]
    if not solved:
        return []
    found = sorted({f for f, _ in solved})
    proofs = sorted({p for _, p in solved})
    lines = ["", "How the solved images were decided (CSV columns `mask_found_by`: who found "
             "the returned mask; `optimality_proof`: what proved exactly that no smaller mask "
             "keeps the label; a solver's own \"optimal\" is never the proof):", "",
             "| mask found by | " + " | ".join(proofs) + " |",
             "|---|" + "---:|" * len(proofs)]
    for f in found:
        lines.append(f"| {f or '-'} | " + " | ".join(
            str(sum(fp == (f, p) for fp in solved)) for p in proofs) + " |")
    return lines


def beside_previous(rows: list[dict[str, str]], args) -> list[str]:
    """Per digit, solved / images of the ``--previous`` run (same images), this run and the
    paper; and every image whose decision differs between the two runs."""
    if not args.previous:
        return []
    before = {r["order"]: r for r in read_rows(args.out / f"{args.previous}.csv")}
    lines = ["", f"## Beside the previous run `{args.previous}` (same images)", "",
             "| digit | images | previous: solved | this run: solved | paper: SAT / images |",
             "|---|---:|---:|---:|---:|"]
    for digit in list(range(10)) + ["ALL"]:
        sel = [r for r in rows if digit == "ALL" or int(r["label"]) == digit]
        prev = [before[r["order"]] for r in sel if r["order"] in before]
        paper = PAPER_ALL if digit == "ALL" else PAPER_TABLE2[digit]
        lines.append(f"| {digit} | {len(sel)} | {sum(r['status'] == 'optimal' for r in prev)} | "
                     f"{sum(r['status'] == 'optimal' for r in sel)} | {paper[1]}/{paper[0]} |")
    changed = [(before[r["order"]], r) for r in rows if r["order"] in before
               and (before[r["order"]]["status"], before[r["order"]]["mask_size"])
               != (r["status"], r["mask_size"])]
    lines += ["", "Images whose result changed (previous -> this run):", "",
              "| order | index | label | previous | this run | mask found by | optimality proven by "
              "| seconds |",
              "|---:|---:|---:|---|---|---|---|---:|"]
    lines += [f"| {b['order']} | {b['index']} | {b['label']} | {a['status']} {a['mask_size']} "
              f"(bound {a['bound']}) | {b['status']} {b['mask_size']} | "
              f"{' | '.join(row_provenance(b))} | {b['total_s']} |" for a, b in changed]
    z3_rows = read_rows(args.out / f"{default_tag('z3', args.cell, args.model)}.csv") \
        if args.split == "val" and args.backend != "z3" else []
    if z3_rows:
        g = agreement(z3_rows, rows)
        lines += ["", f"Against z3's committed run (`{default_tag('z3', args.cell, args.model)}`, "
                  f"{g['images']} images in both): same optimum on {g['both_equal']}, "
                  f"DIFFERENT on {g['both_differ']}, only z3 decides {g['only_a']}, only this "
                  f"run decides {g['only_b']}, neither {g['neither']}; proven optimum below "
                  f"the other's bound: {g['bound_conflicts']}."]
    return lines


def draw_figure(rows: list[dict[str, str]], path: Path, args, n: int = 8,
                title: str = "MNIST images (top) and their minimal full-network masks (bottom)") -> bool:
    """Fig. 5 style: each image above its minimal mask (solved images first)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from smug.data.mnist import load_mnist
    from smug.problem import Grid

    shown = [r for r in rows if r["status"] == "optimal"]
    shown += [r for r in rows if r["status"] == "feasible"]
    shown = shown[:n]
    if not shown:
        return False
    X, _ = load_mnist(args.split)
    grid = Grid((28, 28), (args.cell, args.cell))
    fig, axes = plt.subplots(2, len(shown), figsize=(1.6 * len(shown), 3.4), squeeze=False)
    for col, r in enumerate(shown):
        image = X[int(r["index"])].reshape(28, 28)
        cells = np.zeros(grid.n_cells, dtype=bool)
        if r["mask_cells"]:
            cells[[int(c) for c in r["mask_cells"].split()]] = True
        keep = grid.to_input(cells)
        axes[0, col].imshow(image, cmap="gray", vmin=0, vmax=1)
        axes[0, col].set_title(f"label {r['label']}", fontsize=8)
        axes[1, col].imshow(np.where(keep, image, 0.0), cmap="gray", vmin=0, vmax=1)
        axes[1, col].contour(keep, levels=[0.5], colors="red", linewidths=0.6)
        axes[1, col].set_title(f"{r['status']} |M|={r['mask_size']}", fontsize=8)
        for ax in axes[:, col]:
            ax.set_xticks([])
            ax.set_yticks([])
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def _decided(row: dict[str, str] | None) -> bool:
    return row is not None and row["status"] in ("optimal", "infeasible")


def _optimum(row: dict[str, str]) -> str:
    return row["mask_size"] if row["status"] == "optimal" else "infeasible"


def agreement(a_rows: list[dict[str, str]], b_rows: list[dict[str, str]]) -> dict[str, int]:
    """Per image (matched on its ``index`` in the split: runs drawn with another seed share
    only some images) of two runs: both decided and equal / different, only one decided,
    neither; and ``bound_conflicts``: one run's proven optimum below the other's proven
    lower bound (a contradiction, like different optima)."""
    b_by = {r["index"]: r for r in b_rows}
    out = {"images": 0, "both_equal": 0, "both_differ": 0, "only_a": 0, "only_b": 0,
           "neither": 0, "bound_conflicts": 0}
    for ra in a_rows:
        rb = b_by.get(ra["index"])
        if rb is None:
            continue
        out["images"] += 1
        da, db = _decided(ra), _decided(rb)
        if da and db:
            out["both_equal" if _optimum(ra) == _optimum(rb) else "both_differ"] += 1
        else:
            out["only_a" if da else "only_b" if db else "neither"] += 1
        for solved, other in ((ra, rb), (rb, ra)):
            if solved["status"] == "optimal" and other["bound"] not in ("", None) \
                    and float(solved["mask_size"]) < float(other["bound"]) - 1e-9:
                out["bound_conflicts"] += 1
    return out


def _summary_line(name: str, rows: list[dict[str, str]]) -> str:
    solved = [r for r in rows if r["status"] == "optimal"]
    times = np.array([float(r["total_s"]) for r in rows]) if rows else np.zeros(0)
    proofs = {key: sum(row_provenance(r)[1] == key for r in solved)
              for key in (PROOF_ENUMERATION, PROOF_Z3, PROOF_EMPTY)}
    milp_s = [float(r["milp_s"]) for r in rows if r.get("milp_s")]
    enum_s = [float(r["enum_s"]) for r in rows if r.get("enum_s")]
    z3c = [float(r["z3_confirm_s"]) for r in rows if r.get("z3_confirm_s")]
    proof_text = "z3 ascend" if name == "z3" else ", ".join(f"{k}: {v}" for k, v in proofs.items())
    return (f"| {name} | {len(rows)} | {len(solved)} | "
            f"{sum(r['status'] == 'feasible' for r in rows)} | "
            f"{sum(r['status'] == 'unknown' for r in rows)} | "
            f"{_mean([float(r['total_s']) for r in solved])} | "
            f"{np.median(times) if times.size else float('nan'):.1f} | {times.max(initial=0):.1f} | "
            f"{_mean(milp_s)} | {_mean(enum_s)} / {max(enum_s, default=0):.2f} | "
            f"{_mean(z3c)} ({len(z3c)}) | {proof_text} |")


def compare(args, backends: list[str]) -> int:
    """Summarise the CSVs of ``backends`` beside z3's and the paper's (see module doc)."""
    cell = args.cell
    conv = args.model != "mnist_mlp"
    stem = "mnist_fullnet" + ("_conv" if conv else "") + "_milp" + ("" if cell == 1 else f"_c{cell}")
    runs = {"z3": read_rows(args.out / f"{default_tag('z3', cell, args.model)}.csv")}
    runs.update({b: read_rows(args.out / f"{default_tag(b, cell, args.model)}.csv")
                 for b in backends})
    unit = "pixels" if cell == 1 else f"{cell}x{cell} cells"
    names = list(runs)
    lines = [
        f"# Table 2, every full-network backend ({unit})",
        "",
        f"Same validation images (seed {args.seed}), {MODELS[args.model][2]}, delta = 0, "
        f"{args.time_limit:g} s per image. z3: exact NRA encoding, `ascend` search "
        f"(`{default_tag('z3', cell, args.model)}.csv`; for the MLP this is the committed run "
        "made before the MILP backends existed, at another time and load, so its seconds are "
        "not comparable with theirs). MILP backends: the big-M encoding "
        "(`smug.fullnet.milp`); OPTIMAL only after an exact confirmation (docs/fullnet.md). "
        "Timings: wall-clock on a loaded 2-core machine shared with other jobs (load average "
        "often far above 2), so compare backends only within this table, and expect the "
        "absolute seconds to be several times those of an idle machine.",
        "",
        "Commands: `python benchmarks/studies/mnist_fullnet/mnist_fullnet.py --backend B"
        + ("" if cell == 1 else f" --cell {cell}") + f" --model {args.model}` for each B, "
        f"then `python benchmarks/studies/mnist_fullnet/mnist_fullnet.py --compare {','.join(backends)}"
        + ("" if cell == 1 else f" --cell {cell}") + f" --model {args.model}`.",
        "",
        "## Solved (proven optimal) per digit",
        "",
        "| digit | images | " + ("paper (60 min) | " if cell == 1 and not conv else "")
        + " | ".join(f"{n}" for n in names) + " |",
        "|---|---:|" + ("---:|" if cell == 1 and not conv else "") + "---:|" * len(names),
    ]
    for digit in list(range(10)) + ["ALL"]:
        sel = {n: [r for r in rows if digit == "ALL" or int(r["label"]) == digit]
               for n, rows in runs.items()}
        paper = PAPER_ALL if digit == "ALL" else PAPER_TABLE2[digit]
        cells = [f"{sum(r['status'] == 'optimal' for r in sel[n])}/{len(sel[n])}" for n in names]
        lines.append(f"| {digit} | {max(len(v) for v in sel.values())} | "
                     + (f"{paper[1]}/{paper[0]} | " if cell == 1 and not conv else "")
                     + " | ".join(cells) + " |")
    lines += [
        "",
        "(Per digit: solved / images done. The paper drew its own 100 images; its per-digit "
        "counts differ from ours.)",
        "",
        "## Per backend",
        "",
        "| backend | done | optimal | feasible | unknown | mean s, solved | median s, all | "
        "max s | mean solver s | mean / max enumeration s | mean z3-confirm s (n) | "
        "how OPTIMAL was proven |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        *[_summary_line(n, runs[n]) for n in names],
        "",
        "## Agreement (per image, both runs present)",
        "",
        "| A | B | images | both decided, same optimum | both decided, DIFFERENT | only A "
        "decides | only B decides | neither | proven optimum below the other's bound |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            g = agreement(runs[a], runs[b])
            lines.append(f"| {a} | {b} | {g['images']} | {g['both_equal']} | {g['both_differ']} | "
                         f"{g['only_a']} | {g['only_b']} | {g['neither']} | {g['bound_conflicts']} |")
    (args.out / f"{stem}.md").write_text("\n".join(lines) + "\n")
    best = max(backends, key=lambda b: sum(r["status"] == "optimal" for r in runs[b]))
    args.cell = cell
    if draw_figure(runs[best], args.out / f"{stem}.png", args,
                   title=f"MNIST images (top) and the masks of the {best} backend (bottom): "
                         "big-M MILP, verified and confirmed exactly"):
        print(f"wrote {args.out / f'{stem}.png'}")
    print(f"wrote {args.out / f'{stem}.md'}")
    return 0


#: Networks this benchmark can load: name -> (module, loader, description for the tables).
MODELS = {"mnist_mlp": ("smug.models.mnist_mlp", "load_mnist_mlp",
                        "784-32-10 ReLU MLP (`smug.models.mnist_mlp`)"),
          "mnist_conv": ("smug.models.mnist_conv", "load_mnist_conv",
                         "Conv2d(1,4,5,stride 3)+ReLU+Linear(256,10) (`smug.models.mnist_conv`)")}


def default_tag(backend: str, cell: int, model: str = "mnist_mlp") -> str:
    """mnist_fullnet[_conv][_<backend>][_c<cell>]: z3 on the MLP keeps the original names."""
    return ("mnist_fullnet" + ("" if model == "mnist_mlp" else "_conv")
            + ("" if backend == "z3" else f"_{backend}") + ("" if cell == 1 else f"_c{cell}"))


def first_orders(text: str | None, n_images: int) -> list[int]:
    """The ``--orders`` positions as ints, each checked against ``n_images``."""
    if not text:
        return []
    orders = [int(t) for t in text.split(",") if t.strip()]
    bad = [k for k in orders if not 0 <= k < n_images]
    if bad:
        raise SystemExit(f"--orders: positions must be in [0, {n_images}), got {bad}")
    return orders


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-images", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--split", default="val", choices=("train", "val", "test"))
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per image")
    ap.add_argument("--cell", type=int, default=1, help="cell side (1: pixels, as the paper)")
    ap.add_argument("--delta", type=float, default=0.0)
    ap.add_argument("--strategy", default="ascend", choices=("ascend", "optimize"),
                    help="z3's search (z3 only)")
    ap.add_argument("--backend", default="z3", choices=fullnet_backends())
    ap.add_argument("--model", default="mnist_mlp", choices=tuple(MODELS),
                    help="mnist_mlp (the paper's 784-32-10) or mnist_conv (Conv2d+ReLU+Linear)")
    ap.add_argument("--pre-enumeration-limit", type=int, default=None,
                    help="MILP backends: masks enumerated before the solver (0: off; "
                         "default: the library's)")
    ap.add_argument("--orders", default=None,
                    help="comma-separated image positions (0-based) to solve first, e.g. the "
                         "ones an earlier run left open; the others follow")
    ap.add_argument("--previous", default=None,
                    help="tag of an earlier run of the same images: its solved count per digit "
                         "is written beside this run's and the paper's")
    ap.add_argument("--compare", default=None,
                    help="comma-separated MILP backends: summarise their CSVs beside z3's")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--tag", default=None, help="output file stem (default mnist_fullnet[_c<w>])")
    ap.add_argument("--figure-only", action="store_true")
    ap.add_argument("--no-progress", action="store_true")
    args = ap.parse_args(argv)
    if args.tag is None:
        args.tag = default_tag(args.backend, args.cell, args.model)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.compare:
        return compare(args, [b.strip() for b in args.compare.split(",") if b.strip()])
    csv_path = args.out / f"{args.tag}.csv"
    md_path, png_path = args.out / f"{args.tag}.md", args.out / f"{args.tag}.png"
    rows = read_rows(csv_path)
    if not args.figure_only:
        from tqdm import tqdm

        import importlib

        module, loader, _ = MODELS[args.model]
        model = getattr(importlib.import_module(module), loader)()
        idx, X, y = pick_images(args.n_images, args.seed, args.split)
        done = {int(r["order"]) for r in rows}
        new_file = not csv_path.exists()
        with csv_path.open("a", newline="") as fh:
            header = FIELDS if new_file else csv_path.open().readline().strip().split(",")
            writer = csv.DictWriter(fh, fieldnames=header, extrasaction="ignore")
            if new_file:
                writer.writeheader()
            todo = [k for k in first_orders(args.orders, args.n_images)
                    + list(range(args.n_images)) if k not in done]
            todo = list(dict.fromkeys(todo))
            for k in tqdm(todo, desc=f"{args.tag}", disable=args.no_progress):
                row = {"order": k, "index": int(idx[k]),
                       **solve_image(model, X[k], int(y[k]), args)}
                writer.writerow(row)
                fh.flush()
                rows.append({key: str(val) for key, val in row.items()})
                write_markdown(rows, md_path, args)
    write_markdown(rows, md_path, args)
    if draw_figure(rows, png_path, args):
        print(f"wrote {png_path}")
    print(f"wrote {csv_path} and {md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
