"""Does ``time_limit`` hold? Wall-clock time of ``smug.solve`` against the limit, per backend.

Every backend gets the same hard instance (a conv-like MaskProblem of
``tests/backends/test_cpsat.py``, 30 x 30 cells, 1,500 mixed-sign rows, which no backend
proves within a minute here) at limits of 0.05, 0.2, 1 and 60 s, presolve off, and the whole
call is timed (model building, every round of the loop, the final check). The contract is
``total <= limit + max(1 s, 10 % of the limit)``. z3 runs with its default: a hard limit
(the check in a child process killed at the deadline) whenever a limit is set.

    python benchmarks/studies/time_limits/time_limits.py --out benchmarks/studies/time_limits/results
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

import smug
from smug.bench.common import ResultLog
from smug.testing.families import conv_like_problem

LIMITS = (0.05, 0.2, 1.0, 60.0)


def allowed(limit: float) -> float:
    return limit + max(1.0, 0.1 * limit)


def run(out: Path, limits, backends) -> None:
    log = ResultLog(out / "rows.jsonl", ("backend", "limit"))
    done = {log.key(r) for r in log.rows}
    problem = conv_like_problem()
    for name in backends:
        smug.solve(smug.MaskProblem([[1.0, 1.0]], [0.5]), name)  # import and warm up
    for limit in limits:
        for name in backends:
            if (name, limit) in done:
                continue
            t0 = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                sol = smug.solve(problem, name, time_limit=limit, presolve=False)
            total = time.perf_counter() - t0
            row = {"backend": name, "limit": limit, "total_s": round(total, 3),
                   "overrun_s": round(total - limit, 3), "holds": total <= allowed(limit),
                   "status": sol.status.value, "termination": sol.termination.value,
                   "rounds": len(sol.stats.get("rounds", []))}
            log.append(row)
            print(row, flush=True)


def summarise(out: Path) -> str:
    rows = ResultLog(out / "rows.jsonl", ()).rows
    backends = sorted({r["backend"] for r in rows})
    limits = sorted({r["limit"] for r in rows})
    table = []
    for b in backends:
        cells = []
        for lim in limits:
            r = next((r for r in rows if r["backend"] == b and r["limit"] == lim), None)
            if r is None:
                cells.append("-")
                continue
            text = f"{r['total_s']:.2f} ({r['overrun_s']:+.2f}) {r['status']}"
            cells.append(text if r["holds"] else f"**{text}**")
        table.append(f"| {b} | " + " | ".join(cells) + " |")
    text = "\n".join([
        "# Time limits: wall-clock seconds of smug.solve per limit", "",
        "Instance: conv-like, 900 variables, 1,500 rows, presolve off. A cell reads "
        "`total (overrun)`; **bold** where it exceeds limit + max(1 s, 10 %). Loaded "
        "2-core machine.", "",
        "| backend | " + " | ".join(f"{lim:g} s" for lim in limits) + " |",
        "|---|" + "---:|" * len(limits), *table]) + "\n"
    (out / "summary.md").write_text(text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--out", default="out/time_limits")
    parser.add_argument("--limits", type=float, nargs="*", default=list(LIMITS))
    parser.add_argument("--backends", nargs="*")
    args = parser.parse_args()
    run(Path(args.out), args.limits, args.backends or smug.available_backends())
    print(summarise(Path(args.out)))


if __name__ == "__main__":
    main()
