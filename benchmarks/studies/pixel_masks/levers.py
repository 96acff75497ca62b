"""Solver levers on the gamma = 0.5 pixel-level problems (issue 20, fourth session).

Each run is ``smug.solve(problem, backend, time_limit=T, threads=W, **options)`` in a child
process of its own (its CPU seconds, peak memory and the 1-minute load average recorded), on
one of: a whole instance (``img_<photo>_k<k>_g0.5_c1``) or the largest component of its
presolved problem (``..._big``: :func:`smug.presolve.presolve` then
:func:`smug.presolve.split_components`, saved once by ``--extract``). With ``--trace`` the
backend's own log is kept and the trajectory of its incumbent and bound is parsed from it
(CP-SAT's ``#Bound``/``#N`` lines, HiGHS's node table), to see when the two sides of a race
meet. Every mask is verified exactly against the problem solved (``smug.solve`` does; checked
again here). Rows go to ``results/levers/levers.jsonl`` (resumed), the table to
``results/levers/levers.md``.

Usage::

    python benchmarks/studies/pixel_masks/levers.py --extract          # the _big components
    python benchmarks/studies/pixel_masks/levers.py --problems img_camera_k10000_g0.5_c1_big \
        --backend cpsat --label core --options '{"optimize_with_core": true}' --time-limit 60
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "results" / "levers"
INSTANCES = HERE.parents[1] / "_work" / "pixel"
HELD_BACK = "coffee"


def extract(folder: Path, names: Sequence[str]) -> None:
    """Save the largest component of each instance's presolved problem as ``<name>_big``."""
    import smug
    from smug.presolve import presolve, split_components

    for name in names:
        problem = smug.MaskProblem.load(folder / f"{name}.npz")
        reduced = presolve(problem).problem
        parts = sorted(split_components(reduced), key=lambda c: -c.problem.n_vars)
        big = parts[0].problem
        (folder / "comp").mkdir(exist_ok=True)
        big.save(folder / "comp" / f"{name}_big.npz")
        print(name, "largest component", big.n_vars, "vars", big.n_rows, "rows", flush=True)


def _trajectory(log: str, backend: str) -> list[tuple[float, float | None, float | None]]:
    """(seconds, incumbent, bound) points parsed from a native log (best effort)."""
    points: list[tuple[float, float | None, float | None]] = []
    if backend == "cpsat":
        best = bound = None
        for line in log.splitlines():
            m = re.match(r"#(Bound|\d+|Done)\s+([\d.]+)s\s+best:([-\d.einf]+)"
                         r"\s+next:\[([-\d.e]+)", line)
            if m:
                t = float(m.group(2))
                if m.group(3) not in ("inf", "-inf"):
                    best = float(m.group(3))
                bound = float(m.group(4))
                points.append((t, best, bound))
    elif backend == "highs":
        for line in log.splitlines():
            parts = line.split()
            # HiGHS node table: ... BestBound BestSol Gap ... Time ("123.4s")
            if parts and parts[-1].endswith("s") and len(parts) >= 10:
                try:
                    t = float(parts[-1][:-1])
                    # the first "%" column is the share of the tree explored; BestBound
                    # and BestSol follow it
                    idx = [i for i, p in enumerate(parts) if p.endswith("%")]
                    if not idx or len(parts) < idx[0] + 3:
                        continue
                    i = idx[0]
                    bb = float(parts[i + 1])
                    bs = None if parts[i + 2] in ("inf", "Large") else float(parts[i + 2])
                    points.append((t, bs, bb))
                except ValueError:
                    continue
    return points


def _child(path: str, backend: str, options: dict[str, Any], time_limit: float, threads: int,
           trace: bool, queue: Any) -> None:
    try:
        _solve(path, backend, options, time_limit, threads, trace, queue)
    except Exception as exc:  # noqa: BLE001 - recorded in the row, not lost with the child
        queue.put({"status": "error", "objective": None, "bound": None,
                   "error": f"{type(exc).__name__}: {exc}"[:300]})


def _solve(path: str, backend: str, options: dict[str, Any], time_limit: float, threads: int,
           trace: bool, queue: Any) -> None:
    import smug

    problem = smug.MaskProblem.load(path)
    options = dict(options)
    seed = int(options.pop("seed", 0))  # smug's own argument, not a native option
    log_text = ""
    fd = None
    if trace:  # the native log goes to C-level stdout: catch it in a file
        sys.stdout.flush()
        tmp = tempfile.TemporaryFile(mode="w+b")
        fd = os.dup(1)
        os.dup2(tmp.fileno(), 1)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    try:
        sol = smug.solve(problem, backend, time_limit=time_limit, threads=threads or None,
                         seed=seed, verbose=trace, **options)
    finally:
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        if fd is not None:
            sys.stdout.flush()
            os.dup2(fd, 1)
            tmp.seek(0)
            log_text = tmp.read().decode(errors="replace")
    verified = None if sol.mask is None else bool(smug.verify(problem, sol.mask).ok)
    queue.put({"status": sol.status.value, "objective": sol.objective, "bound": sol.bound,
               "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
               "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
               "n_vars": problem.n_vars, "n_rows": problem.n_rows, "verified": verified,
               "load_1min": round(os.getloadavg()[0], 2),
               "trajectory": _trajectory(log_text, backend) if trace else None})


def run_one(path: Path, backend: str, options: dict[str, Any], time_limit: float, threads: int,
            trace: bool) -> dict[str, Any]:
    from smug.bench.common import in_forked_child

    return in_forked_child(_child, (str(path), backend, options, time_limit, threads, trace),
                           time_limit * 3 + 300,
                           {"status": "crashed", "objective": None, "bound": None})


def _path(folder: Path, name: str) -> Path:
    return folder / "comp" / f"{name}.npz" if name.endswith("_big") else folder / f"{name}.npz"


def main(argv: Sequence[str] | None = None) -> int:
    from smug.bench.common import ResultLog

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=Path, default=INSTANCES)
    parser.add_argument("--extract", action="store_true")
    parser.add_argument("--problems", nargs="+", default=[])
    parser.add_argument("--backend", default="cpsat")
    parser.add_argument("--label", default="default")
    parser.add_argument("--options", default="{}", help="native options as JSON")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=1, help="0: smug.solve's default")
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--table-only", action="store_true")
    args = parser.parse_args(argv)
    if args.extract:
        extract(args.instances, [f"img_{p}_k{k}_g0.5_c1" for p in ("camera", "chelsea", "coffee")
                                 for k in (3000, 10000)])
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    log = ResultLog(args.out / "levers.jsonl", ("problem", "backend", "label", "time_limit",
                                                   "threads"))
    options = json.loads(args.options)
    for name in ([] if args.table_only else args.problems):
        key = {"problem": name, "backend": args.backend, "label": args.label,
               "time_limit": args.time_limit, "threads": args.threads}
        if log.done(**key):
            continue
        row = run_one(_path(args.instances, name), args.backend, options, args.time_limit,
                      args.threads, args.trace)
        log.append({**key, "options": options, **row})
        short = {k: v for k, v in log.rows[-1].items() if k != "trajectory"}
        print(json.dumps(short), flush=True)
    write_table(log.rows, args.out / "levers.md")
    return 0


def _cell(row: dict[str, Any]) -> str:
    status = row["status"]
    value = "" if row.get("objective") is None else f" {row['objective']:.0f}"
    bound = "" if status == "optimal" or row.get("bound") is None else f" >= {row['bound']:.0f}"
    return f"{status}{value}{bound}"


def write_table(rows: list[dict[str, Any]], path: Path) -> None:
    """One line per run, grouped by problem."""
    lines = ["One line per run: `smug.solve(problem, backend, time_limit, threads, **options)` in "
             "a child process; CPU seconds of that process / wall seconds; 1-minute load average "
             "at the end (2-core machine shared with other jobs). `_big`: the largest component "
             "of the presolved problem. Coffee (held back) is marked *. Every CP-SAT row labelled "
             "`old_default` or `det*` without a cut option ran before "
             "`smug.backends.cpsat.SHORT_ROW_PARAMETERS` existed (CP-SAT's own one round of "
             "root cuts); later rows without the option get five rounds on these short-row "
             "problems. `det<D>`: `max_deterministic_time=D` (a limit the "
             "machine's load does not move).", "",
             "| problem | backend | label | options | threads | limit s | result | CPU s / wall s "
             "| peak MB | load |", "|---|---|---|---|---:|---:|---|---|---:|---:|"]
    for r in sorted(rows, key=lambda r: (r["problem"], r["backend"], r["label"])):
        star = "*" if HELD_BACK in r["problem"] else ""
        lines.append(f"| {r['problem']}{star} | {r['backend']} | {r['label']} | "
                     f"`{json.dumps(r.get('options', {}))}` | {r['threads']} | "
                     f"{r['time_limit']:g} | "
                     f"{_cell(r)} | {r.get('cpu_s', '-')} / {r.get('wall_s', '-')} | "
                     f"{r.get('peak_mb', '-')} | {r.get('load_1min', '-')} |")
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
