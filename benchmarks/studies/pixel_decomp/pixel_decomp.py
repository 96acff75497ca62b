"""Band decomposition of pixel-level (1x1-cell) EfficientNet-Lite0 MaskProblems (issue 20).

Does cutting the image into horizontal bands (rows of a few receptive fields) give a better
lower bound, or a better mask, than the solvers' own search in the same time? Each experiment
runs in a child process of its own (CPU seconds, peak memory) on the **largest component**
of the presolved problem (:func:`smug.presolve.presolve`, :func:`smug.presolve.split_components`:
where the open gap of the k = 10000, γ = 0.5 instances is), except ``decompose``, which runs
on the whole problem:

* ``solver``: ``smug.solve(component, backend, time_limit=T, threads=1)``, the reference:
  its bound, and its mask (kept in ``--cache`` for ``lns``);
* ``band``: :func:`decompose.band_bound` (bands of ``--heights`` pixel rows, each solved
  exactly by CP-SAT, border pixels' costs split; ``--iterations`` subgradient rounds);
* ``lns``: :func:`decompose.improve_mask` of the ``solver`` mask (windows of two bands
  re-solved with the rest fixed);
* ``decompose``: :func:`decompose.decompose_solve` on the whole problem;
* ``handover``: ``smug.solve(problem, time_limit=T)`` (the default), then
  :func:`decompose.improve_mask` of its mask on the whole problem for another ``T``;
* ``default``: ``smug.solve(problem, time_limit=T)`` alone (the hand-over's comparison at
  ``T`` = 120 s).

Every bound is a proven one (a sum of proven band bounds in exact rationals); every mask is
verified exactly (``smug.verify``) against the problem it is a mask of. Rows go to
``results/pixel_decomp.jsonl`` (resumable); ``results/pixel_decomp.md`` is written from them.
Coffee is held back (measured only).

Usage::

    python benchmarks/instances.py --set tiered --sources image --no-exports   # the instances
    python benchmarks/studies/pixel_decomp/pixel_decomp.py --instances DIR \
        --match 'img_camera_k10000_g0.5_c1' --experiments solver band lns
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import json
import os
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
OUT = HERE / "results"
INSTANCES = HERE.parents[1] / "instances" / "tiered"
CACHE = HERE.parents[1] / "_work" / "pixel_decomp"
HELD_BACK = "coffee"
EXPERIMENTS = ("solver", "band", "lns", "decompose", "handover", "default")


def _load_decompose() -> Any:
    """``decompose.py`` beside this script (study code, not part of smug), as a module."""
    name = "pixel_decomp_decompose"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / "decompose.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[name]


decompose = _load_decompose()


def _largest_component(problem: Any) -> tuple[Any, np.ndarray]:
    """The largest component of the presolved problem and its variables' grid rows."""
    from smug.presolve import presolve, split_components

    reduced = presolve(problem)
    parts = sorted(split_components(reduced.problem), key=lambda c: -c.problem.n_vars)
    part = parts[0]
    width = problem.grid.grid_shape[1]
    return part.problem, reduced.columns[part.variables] // width


def _child(path: str, spec: dict[str, Any], cache: str, queue: Any) -> None:
    import smug
    band_bound, decompose_solve = decompose.band_bound, decompose.decompose_solve
    improve_mask = decompose.improve_mask

    problem = smug.MaskProblem.load(path)
    stem = Path(path).stem
    out: dict[str, Any] = {}
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if spec["experiment"] == "default":
        sol = smug.solve(problem, time_limit=spec["time_limit"])
        out.update(status=sol.status.value, objective=sol.objective, bound=sol.bound,
                   verified=None if sol.mask is None else bool(smug.verify(problem, sol.mask)))
    elif spec["experiment"] == "handover":
        sol = smug.solve(problem, time_limit=spec["time_limit"])
        out.update(default_status=sol.status.value, before=sol.objective, bound=sol.bound,
                   default_s=round(time.perf_counter() - wall0, 2))
        if sol.mask is not None and sol.status is not smug.Status.OPTIMAL:
            mask, stats = improve_mask(problem, sol.mask, spec["height"],
                                       time_limit=spec["time_limit"])
            out.update(objective=stats["after"], windows=stats["windows"],
                       improved=stats["improved"], verified=bool(smug.verify(problem, mask)))
    elif spec["experiment"] == "decompose":
        sol = decompose_solve(problem, spec["height"], time_limit=spec["time_limit"],
                              iterations=spec["iterations"], shares=tuple(spec["shares"]))
        out.update(status=sol.status.value, objective=sol.objective, bound=sol.bound,
                   verified=None if sol.mask is None else bool(smug.verify(problem, sol.mask)),
                   components=sol.stats.get("components"))
    else:
        comp, coord = _largest_component(problem)
        out.update(component_vars=comp.n_vars, component_rows=comp.n_rows)
        cpu0, wall0 = time.process_time(), time.perf_counter()  # presolve not counted
        mask_file = Path(cache) / f"{stem}_{spec['backend']}_{spec['time_limit']:g}.npy"
        if spec["experiment"] == "solver":
            sol = smug.solve(comp, spec["backend"], time_limit=spec["time_limit"], threads=1)
            out.update(status=sol.status.value, objective=sol.objective, bound=sol.bound,
                       verified=None if sol.mask is None else bool(smug.verify(comp, sol.mask)))
            if sol.mask is not None:
                mask_file.parent.mkdir(parents=True, exist_ok=True)
                np.save(mask_file, sol.mask)
        elif spec["experiment"] == "band":
            bb = band_bound(comp, spec["height"], coordinate=coord,
                            iterations=spec["iterations"], upper=spec.get("upper"),
                            time_limit=spec["time_limit"])
            out.update(bound=bb.bound, rounds=bb.rounds, bands=bb.stats["bands"],
                       shared=bb.stats["shared_variables"],
                       band_solves=len(bb.bands),
                       unproven_band_solves=sum(b.status != "optimal" for b in bb.bands),
                       slowest_band_s=round(max((b.seconds for b in bb.bands), default=0), 2),
                       largest_band_vars=max((b.n_vars for b in bb.bands), default=0))
        elif spec["experiment"] == "lns":
            if not mask_file.exists():
                out.update(status="no solver mask")
            else:
                start = np.load(mask_file)
                mask, stats = improve_mask(comp, start, spec["height"], coordinate=coord,
                                           time_limit=spec["time_limit"])
                out.update(before=stats["before"], objective=stats["after"],
                           windows=stats["windows"], improved=stats["improved"],
                           verified=bool(smug.verify(comp, mask)))
    out.update(wall_s=round(time.perf_counter() - wall0, 2),
               cpu_s=round(time.process_time() - cpu0, 2),
               peak_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
               load_1min=round(os.getloadavg()[0], 2))
    queue.put(out)


def run_one(path: Path, spec: dict[str, Any], cache: Path) -> dict[str, Any]:
    from smug.bench.common import in_forked_child

    return in_forked_child(_child, (str(path), spec, str(cache)), spec["time_limit"] * 3 + 300)


def main(argv: Sequence[str] | None = None) -> int:
    from smug.bench.common import ResultLog

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=Path, default=INSTANCES)
    parser.add_argument("--match", default="img_*_k10000_g0.5_c1")
    parser.add_argument("--experiments", nargs="+", default=["solver", "band"],
                        choices=list(EXPERIMENTS))
    parser.add_argument("--backend", default="highs", help="backend of the solver experiment")
    parser.add_argument("--heights", nargs="+", type=int, default=[16])
    parser.add_argument("--iterations", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--upper", type=float, default=None,
                        help="a known objective for the subgradient step (band); default the "
                        "best solver/lns objective of the instance in the rows")
    parser.add_argument("--shares", nargs=3, type=float, default=[0.4, 0.25, 0.35],
                        help="decompose: a large component's time for its first solve (HiGHS), "
                        "the band bound and the search")
    parser.add_argument("--cache", type=Path, default=CACHE, help="solver masks for lns")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--table-only", action="store_true")
    args = parser.parse_args(argv)
    log = ResultLog(args.out / "pixel_decomp.jsonl",
                    ("instance", "experiment", "backend", "height", "iterations", "time_limit",
                     "shares"))
    paths = sorted(p for p in args.instances.glob("*.npz") if fnmatch.fnmatch(p.stem, args.match))
    if not paths and not args.table_only:
        parser.error(f"--instances: no {args.match}.npz in {args.instances}")
    for experiment in ([] if args.table_only else args.experiments):
        for path in paths:
            heights = [0] if experiment in ("solver", "default") else args.heights
            for height in heights:
                spec = {"instance": path.stem, "experiment": experiment,
                        "backend": args.backend if experiment == "solver" else "cpsat",
                        "height": height,
                        "iterations": args.iterations if experiment in ("band", "decompose")
                        else 1, "time_limit": args.time_limit,
                        "shares": args.shares if experiment == "decompose" else None}
                if log.done(**spec):
                    continue
                run = dict(spec, upper=args.upper if args.upper is not None
                           else _best_objective(log.rows, path.stem))
                if experiment == "lns":  # improves the solver experiment's mask
                    run["backend"] = args.backend
                row = {**spec, **run_one(path, run, args.cache)}
                log.append(row)
                print(json.dumps(row), flush=True)
    write_table(log.rows, args.out / "pixel_decomp.md")
    return 0


def _best_objective(rows: list[dict[str, Any]], instance: str) -> float | None:
    """The cheapest verified mask of the component so far (solver or lns rows): the
    subgradient's target when ``--upper`` is not given."""
    found = [r["objective"] for r in rows if r["instance"] == instance
             and r["experiment"] in ("solver", "lns") and r.get("objective") is not None
             and r.get("verified")]
    return min(found, default=None)


def _num(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return str(value)


def write_table(rows: list[dict[str, Any]], path: Path) -> None:
    """One line per row: what ran, what it proved or found, seconds, memory, load."""
    lines = ["Rows of `pixel_decomp.py` (the largest component of the presolved problem, "
             "except `decompose`, `handover` and `default`: the whole problem; decompose's three "
             "numbers are the large component's time shares: first solve, band bound, "
             "search; handover: the default's mask -> after the search). `bound`: proven "
             "lower bound; `rounds`: the band bound of each subgradient round; "
             "`objective`: verified mask's cost. "
             "CPU and wall seconds of the child process; 2-core machine shared with other "
             "jobs (1-minute load in the last column). Coffee (held back) is marked *.", "",
             "| instance | experiment | backend | height | iterations | limit s | component "
             "vars | objective | bound | rounds | band solves (unproven) | slowest band s | "
             "CPU s / wall s | peak MB | load |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---|---|---:|---|---:|---:|"]
    for r in rows:
        star = "*" if HELD_BACK in r["instance"] else ""
        objective = r.get("objective")
        if r.get("before") is not None:
            objective = f"{_num(r['before'])} -> {_num(objective)}"
        rounds = ", ".join(_num(x) for x in r.get("rounds", [])) or "-"
        solves = "-" if "band_solves" not in r else \
            f"{r['band_solves']} ({r['unproven_band_solves']})"
        label = r["experiment"]
        if r.get("shares"):
            label += " " + "/".join(f"{x:g}" for x in r["shares"])
        lines.append(
            f"| {r['instance']}{star} | {label} | {r['backend']} | {r['height'] or '-'} "
            f"| {r['iterations']} | {_num(r['time_limit'])} | {_num(r.get('component_vars'))} | "
            f"{_num(objective) if not isinstance(objective, str) else objective} | "
            f"{_num(r.get('bound'))} | {rounds} | {solves} | {_num(r.get('slowest_band_s'))} | "
            f"{_num(r.get('cpu_s'))} / {_num(r.get('wall_s'))} | {_num(r.get('peak_mb'))} | "
            f"{_num(r.get('load_1min'))} |")
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
