"""Differential run: thousands of adversarial small problems, every backend, an exact oracle.

Each problem of :mod:`smug.testing.families` (n <= 16) is solved by every
installed backend (presolve on for even seeds, off for odd ones) and judged against the
brute-force oracle of :mod:`smug.testing.oracle` (exact integer arithmetic over
all 2**n masks, sharing no code with smug's solvers or verifier):

* **wrong**: OPTIMAL with another optimum, INFEASIBLE on a feasible problem, a mask that is
  infeasible or a bound above the optimum, or an exception;
* **unproven**: FEASIBLE or UNKNOWN although the oracle has an answer (every problem here is
  small enough to prove well within the limit);
* **ok**: the oracle's answer, proven.

Rows stream to ``rows.jsonl`` (a rerun skips what is done); ``summary.md`` is rewritten at the
end. z3 runs in-process (``isolate=False``): its child-process hard limit costs ~0.5-1 s of
start-up per solve, which 10,000 tiny solves do not need.

    python benchmarks/adversarial.py --per-family 1430 --out benchmarks/results/adversarial
    python benchmarks/adversarial.py --shard 1/2 ...   # split the seeds over processes
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
import warnings
from collections import Counter, defaultdict
from fractions import Fraction
from pathlib import Path

import smug
from smug.solution import Status
from smug.testing.families import FAMILIES, adversarial_problem, exact_cost
from smug.testing.oracle import brute_force


def judge(solution, problem, oracle) -> str:
    """'ok', 'unproven' or 'wrong: ...' for one solution against the oracle."""
    status = solution.status
    if status is Status.INFEASIBLE:
        return "ok" if oracle.status is Status.INFEASIBLE else "wrong: infeasible claimed"
    if status.has_mask:
        index = int(sum(1 << (problem.n_vars - 1 - j) for j in range(problem.n_vars)
                        if solution.mask[j]))
        if not oracle.feasible[index]:
            return "wrong: infeasible mask"
        if oracle.optimum is None or exact_cost(problem, solution.mask) < oracle.optimum:
            return "wrong: mask below the optimum"
    if solution.bound is not None and oracle.optimum is not None:
        if Fraction(solution.bound) > oracle.optimum:
            return "wrong: bound above the optimum"
    if status is Status.OPTIMAL:
        if exact_cost(problem, solution.mask) != oracle.optimum:
            return "wrong: not optimal"
        return "ok"
    return "unproven"


def run(args) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows_path = out / "rows.jsonl"
    done = set()
    if rows_path.exists():
        for line in rows_path.read_text().splitlines():
            r = json.loads(line)
            done.add((r["family"], r["seed"], r["backend"]))
    backends = args.backends or smug.available_backends()
    k, parts = (int(x) for x in args.shard.split("/"))
    with rows_path.open("a") as f:
        for seed in range(args.per_family):
            if seed % parts != k - 1:
                continue
            for family in FAMILIES:
                if all((family, seed, b) in done for b in backends):
                    continue
                problem = adversarial_problem(family, seed)
                oracle = brute_force(problem)
                for backend in backends:
                    if (family, seed, backend) in done:
                        continue
                    options = {"isolate": False} if backend == "z3" else {}
                    t0 = time.perf_counter()
                    try:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore")
                            sol = smug.solve(problem, backend, time_limit=args.time_limit,
                                             presolve=seed % 2 == 0, **options)
                        verdict = judge(sol, problem, oracle)
                        status, termination = sol.status.value, sol.termination.value
                    except Exception as exc:  # a crash is a wrong answer, recorded
                        verdict = f"wrong: {type(exc).__name__}: {exc}"[:300]
                        status = termination = "error"
                        traceback.print_exc()
                    row = {"family": family, "seed": seed, "backend": backend,
                           "n": problem.n_vars, "m": problem.n_rows,
                           "presolve": seed % 2 == 0, "status": status,
                           "termination": termination, "oracle": oracle.status.value,
                           "verdict": verdict, "seconds": round(time.perf_counter() - t0, 4)}
                    f.write(json.dumps(row) + "\n")
                    f.flush()


def summarise(out: Path) -> str:
    rows = [json.loads(x) for x in (out / "rows.jsonl").read_text().splitlines()]
    per_backend: dict[str, Counter] = defaultdict(Counter)
    per_family: dict[tuple[str, str], Counter] = defaultdict(Counter)
    problems = {(r["family"], r["seed"]) for r in rows}
    for r in rows:
        kind = "wrong" if r["verdict"].startswith("wrong") else r["verdict"]
        per_backend[r["backend"]][kind] += 1
        per_family[(r["family"], r["backend"])][kind] += 1
    lines = ["# Adversarial differential run", "",
             f"{len(problems)} problems (n <= 16, 7 families), {len(rows)} solves, time limit "
             "30 s, presolve on for even seeds and off for odd ones; oracle: exact brute force.",
             "Timings were taken on a loaded 2-core machine.", "",
             "| backend | ok | unproven | wrong | median s |", "|---|---:|---:|---:|---:|"]
    for b, c in sorted(per_backend.items()):
        secs = sorted(r["seconds"] for r in rows if r["backend"] == b)
        lines.append(f"| {b} | {c['ok']} | {c['unproven']} | {c['wrong']} | "
                     f"{secs[len(secs) // 2]:.3f} |")
    lines += ["", "## Per family (ok / unproven / wrong)", "",
              "| family | " + " | ".join(sorted(per_backend)) + " |",
              "|---|" + "---:|" * len(per_backend)]
    for family in FAMILIES:
        cells = [f"{per_family[(family, b)]['ok']}/{per_family[(family, b)]['unproven']}/"
                 f"{per_family[(family, b)]['wrong']}" for b in sorted(per_backend)]
        lines.append(f"| {family} | " + " | ".join(cells) + " |")
    wrong = [r for r in rows if r["verdict"].startswith("wrong") or r["verdict"] == "unproven"]
    if wrong:
        lines += ["", "## Not ok", ""]
        lines += [f"- {r['family']} seed {r['seed']} {r['backend']}: {r['verdict']} "
                  f"({r['status']}, {r['termination']})" for r in wrong[:50]]
    text = "\n".join(lines) + "\n"
    (out / "summary.md").write_text(text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--per-family", type=int, default=1430)
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--backends", nargs="*")
    parser.add_argument("--shard", default="1/1", help="k/N: seeds with seed %% N == k-1")
    parser.add_argument("--out", default="out/adversarial")
    parser.add_argument("--summary-only", action="store_true")
    args = parser.parse_args()
    if not args.summary_only:
        run(args)
    print(summarise(Path(args.out)))


if __name__ == "__main__":
    main()
