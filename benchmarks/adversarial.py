"""Differential run: thousands of adversarial small problems, every backend, an exact oracle.

Each problem of :mod:`smug.testing.families` (n <= 16; issue 17 added costs
over 40 decades, tied costs, values near the float maximum and minimum, int64 input and
near-tie masks) is solved by every installed backend and by ``auto`` (presolve on for even
seeds, off for odd ones) and judged against the brute-force oracle of
:mod:`smug.testing.oracle` (exact integer arithmetic over all 2**n masks, sharing
no code with smug's solvers or verifier). The near-tie problems also run
``n_solutions=3`` (rows of family ``n_solutions``: every returned mask exactly minimal, all
distinct, as many as exist); a block-diagonal family (1,500 blocks of 3 x 10, solved by
components under a tight limit) is judged against the sum of its blocks' brute-force optima.

* **wrong**: OPTIMAL with another optimum, INFEASIBLE on a feasible problem, a mask that is
  infeasible or a bound above the optimum, or an exception (a crash);
* **refused**: a clear ``UnsupportedProblemError`` (CP-SAT on costs it cannot represent);
  wrong for ``auto``, which must route the problem to a backend that can;
* **unproven**: FEASIBLE or UNKNOWN although the oracle has an answer, listed with the
  reason (termination and raw status);
* **ok**: the oracle's answer, proven.

Rows stream to ``rows.jsonl`` (a rerun skips what is done); ``summary.md`` is rewritten at the
end. z3 runs in-process (``isolate=False``): its child-process hard limit costs ~0.5-1 s of
start-up per solve, which 10,000 tiny solves do not need.

    python benchmarks/adversarial.py --per-family 130 --time-limit 10 --out benchmarks/results/adversarial
    python benchmarks/adversarial.py --shard 1/2 ...   # split the seeds over processes
"""

from __future__ import annotations

import argparse
import time
import traceback
import warnings
from collections import Counter, defaultdict
from fractions import Fraction
from pathlib import Path

import smug
from smug.bench.common import ResultLog
from smug.errors import UnsupportedProblemError
from smug.explain.explainer import solve_distinct
from smug.solution import Status
from smug.testing.families import FAMILIES, adversarial_problem, component_problem, exact_cost
from smug.testing.oracle import brute_force

#: The family whose problems also run ``n_solutions`` (rows of family "n_solutions").
N_SOLUTIONS_FAMILY = "near_tie_masks"
N_SOLUTIONS = 3
#: Rows of the block-diagonal family (its oracle: the blocks' brute-force optima summed).
COMPONENTS_FAMILY = "many_components"


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


def judge_distinct(found, problem, oracle) -> str:
    """'ok', 'unproven' or 'wrong: ...' for ``n_solutions`` masks against the oracle: every
    mask feasible, of exactly the optimal cost, all distinct, and as many as there are
    optimal masks (up to N_SOLUTIONS) unless a solve was left unproven."""
    if oracle.status is Status.INFEASIBLE:
        return "ok" if found[0].status is Status.INFEASIBLE else judge(found[0], problem, oracle)
    proven = [s for s in found if s.status is Status.OPTIMAL]
    keys = set()
    for s in proven:
        if exact_cost(problem, s.mask) != oracle.optimum:
            return f"wrong: a mask of cost {float(exact_cost(problem, s.mask))!r} returned as minimal"
        keys.add(tuple(s.mask.tolist()))
    if len(keys) != len(proven):
        return "wrong: the same mask twice"
    if len(proven) < min(N_SOLUTIONS, len(oracle.optimal_masks)):
        return "unproven"
    return "ok"


def _solve_row(problem, backend: str, time_limit: float, presolve: bool, distinct: bool):
    """One solve (or ``n_solutions`` solves): (solution(s), status, termination, error)."""
    options = {"isolate": False} if backend == "z3" else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if distinct:
            found = solve_distinct(problem, N_SOLUTIONS, backend=backend,
                                    time_limit=time_limit, presolve=presolve, **options)
            return found, found[-1].status.value, found[-1].termination.value
        sol = smug.solve(problem, backend, time_limit=time_limit, presolve=presolve, **options)
        return sol, sol.status.value, sol.termination.value


def _record(log: ResultLog, family, seed, backend, problem, oracle, presolve, time_limit,
            distinct=False, optimum=None):
    t0 = time.perf_counter()
    reason = ""
    try:
        out, status, termination = _solve_row(problem, backend, time_limit, presolve, distinct)
        if distinct:
            verdict = judge_distinct(out, problem, oracle)
        elif oracle is None:  # the block family: the optimum only
            verdict = judge_optimum(out, problem, optimum)
        else:
            verdict = judge(out, problem, oracle)
        sol = out[-1] if distinct else out
        if verdict == "unproven":
            reason = f"{sol.termination.value}: {sol.raw_status}"[:200]
    except UnsupportedProblemError as exc:  # a clear refusal: allowed, except for auto
        verdict = (f"wrong: auto refused: {exc}" if backend == "auto" else "refused")[:300]
        status = termination = "refused"
        reason = str(exc)[:200]
    except Exception as exc:  # a crash is a wrong answer, recorded
        verdict = f"wrong: {type(exc).__name__}: {exc}"[:300]
        status = termination = "error"
        traceback.print_exc()
    row = {"family": family, "seed": seed, "backend": backend, "n": problem.n_vars,
           "m": problem.n_rows, "presolve": presolve, "status": status,
           "termination": termination,
           "oracle": "optimal" if oracle is None else oracle.status.value,
           "verdict": verdict, "reason": reason, "seconds": round(time.perf_counter() - t0, 4),
           "time_limit": time_limit}
    log.append(row)


def judge_optimum(solution, problem, optimum) -> str:
    """Against a known optimum only (no mask-by-mask oracle): verified masks are checked by
    smug.verify's independent twin, the blocks' exact sum."""
    status = solution.status
    if status is Status.INFEASIBLE:
        return "wrong: infeasible claimed"
    if status.has_mask and exact_cost(problem, solution.mask) < optimum:
        return "wrong: mask below the optimum"
    if solution.bound is not None and Fraction(solution.bound) > optimum:
        return "wrong: bound above the optimum"
    if status is Status.OPTIMAL:
        return "ok" if exact_cost(problem, solution.mask) == optimum else "wrong: not optimal"
    return "unproven"


def run(args) -> None:
    log = ResultLog(Path(args.out) / "rows.jsonl", ("family", "seed", "backend"))
    done = {log.key(r) for r in log.rows}
    backends = args.backends or ["auto", *smug.available_backends()]
    k, parts = (int(x) for x in args.shard.split("/"))
    for seed in range(args.per_family):
        if seed % parts != k - 1:
            continue
        if seed % args.components_every == 0 and seed // args.components_every < args.components:
            _run_components(log, seed // args.components_every, backends, done, args)
        for family in FAMILIES:
            names = [family] + (["n_solutions"] if family == N_SOLUTIONS_FAMILY else [])
            if all((name, seed, b) in done for name in names for b in backends):
                continue
            problem = adversarial_problem(family, seed)
            oracle = brute_force(problem)
            for backend in backends:
                for name in names:
                    if (name, seed, backend) not in done:
                        _record(log, name, seed, backend, problem, oracle, seed % 2 == 0,
                                args.time_limit, distinct=name == "n_solutions")


def _run_components(log: ResultLog, seed: int, backends, done, args) -> None:
    """The block-diagonal family under a tight limit (presolve on: it splits after it)."""
    if all((COMPONENTS_FAMILY, seed, b) in done for b in backends):
        return
    problem, blocks = component_problem(seed)
    oracles = [brute_force(b) for b in blocks]
    optimum = sum(o.optimum for o in oracles)
    for backend in backends:
        if (COMPONENTS_FAMILY, seed, backend) not in done:
            _record(log, COMPONENTS_FAMILY, seed, backend, problem, None, True,
                    args.components_time_limit, optimum=optimum)


def _limits(rows) -> str:
    """The time limits of the rows (rows written before the field existed used 30 s)."""
    counts = Counter(r.get("time_limit", 30.0) for r in rows)
    return ", ".join(f"{v:g} s ({n} rows)" for v, n in sorted(counts.items()))


def summarise(out: Path) -> str:
    rows = ResultLog(out / "rows.jsonl", ()).rows
    per_backend: dict[str, Counter] = defaultdict(Counter)
    per_family: dict[tuple[str, str], Counter] = defaultdict(Counter)
    problems = {(r["family"], r["seed"]) for r in rows if r["family"] != "n_solutions"}
    families = list(dict.fromkeys(r["family"] for r in rows))
    for r in rows:
        kind = "wrong" if r["verdict"].startswith("wrong") else r["verdict"]
        per_backend[r["backend"]][kind] += 1
        per_family[(r["family"], r["backend"])][kind] += 1
    names = sorted(per_backend, key=lambda b: (b != "auto", b))
    wrong = sum(c["wrong"] for c in per_backend.values())
    lines = ["# Adversarial differential run", "",
             f"{len(problems)} problems "
             f"({len(set(families) - {COMPONENTS_FAMILY, 'n_solutions'})} families of n <= 16 plus "
             f"'{COMPONENTS_FAMILY}', 1,500 blocks of 3 x 10 under a "
             "30 s limit), "
             f"{len(rows)} solves (rows 'n_solutions' run {N_SOLUTIONS} distinct minimal masks on "
             f"'{N_SOLUTIONS_FAMILY}'), every installed backend and auto; time limits "
             f"{_limits(rows)}; "
             "presolve on for even seeds and off for odd ones; oracle: exact brute force "
             "(the block family: the blocks' brute-force optima summed).",
             "Timings were taken on a loaded 2-core machine (two shards at once, "
             "`--per-family 130 --components 6 --time-limit 10 --shard k/2`).", "",
             f"**{wrong} wrong** (a crash counts as wrong); a refusal is a clear "
             "`UnsupportedProblemError` naming the argument (allowed, except for auto).", "",
             "| backend | ok | unproven | refused | wrong | median s |",
             "|---|---:|---:|---:|---:|---:|"]
    for b in names:
        c = per_backend[b]
        secs = sorted(r["seconds"] for r in rows if r["backend"] == b)
        lines.append(f"| {b} | {c['ok']} | {c['unproven']} | {c['refused']} | {c['wrong']} | "
                     f"{secs[len(secs) // 2]:.3f} |")
    lines += ["", "## Per family (ok / unproven / refused / wrong)", "",
              "| family | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for family in families:
        cells = [f"{per_family[(family, b)]['ok']}/{per_family[(family, b)]['unproven']}/"
                 f"{per_family[(family, b)]['refused']}/{per_family[(family, b)]['wrong']}"
                 for b in names]
        lines.append(f"| {family} | " + " | ".join(cells) + " |")
    bad = [r for r in rows if r["verdict"].startswith("wrong") or r["verdict"] == "unproven"]
    if bad:
        lines += ["", "## Not ok: every unproven answer with its reason, every wrong one", ""]
        lines += [f"- {r['family']} seed {r['seed']} {r['backend']}: {r['verdict']} "
                  f"({r['status']}; {r.get('reason') or r['termination']})" for r in bad]
    refused = Counter((r["backend"], r["family"]) for r in rows if r["verdict"] == "refused")
    if refused:
        lines += ["", "## Refused (clear `UnsupportedProblemError`)", ""]
        lines += [f"- {b} on {fam}: {n}" for (b, fam), n in sorted(refused.items())]
    text = "\n".join(lines) + "\n"
    (out / "summary.md").write_text(text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--per-family", type=int, default=130)
    parser.add_argument("--components", type=int, default=6,
                        help=f"problems of the {COMPONENTS_FAMILY!r} family")
    parser.add_argument("--components-every", type=int, default=20,
                        help="one block problem after this many seeds of the small families")
    parser.add_argument("--components-time-limit", type=float, default=30.0)
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
