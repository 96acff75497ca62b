"""Root cut rounds on instances of the other tiered classes (issue 20, fourth session).

For each named instance of the tiered set, ``smug.solve(problem, "cpsat", threads=1,
time_limit=60)`` with ``max_cut_rounds_at_level_zero=1`` (CP-SAT's own default) and ``=5``,
alternated three times in one process; the median wall seconds of each, both answers, and the
1-minute load average go to ``results/levers/root_cuts_check.jsonl``. It decided the scope of
``smug.backends.cpsat.SHORT_ROW_PARAMETERS`` (dense MNIST rows were slower with five rounds).

Usage::

    python benchmarks/studies/pixel_masks/root_cuts_check.py [--instances DIR] NAME [NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIGS = (("one_round", {"max_cut_rounds_at_level_zero": 1}),
           ("five_rounds", {"max_cut_rounds_at_level_zero": 5}))


def main() -> int:
    import smug

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=Path, default=HERE.parents[1] / "instances" / "tiered")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("names", nargs="+")
    args = parser.parse_args()
    out = HERE / "results" / "levers" / "root_cuts_check.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    for name in args.names:
        problem = smug.MaskProblem.load(args.instances / f"{name}.npz")
        seconds: dict[str, list[float]] = {label: [] for label, _ in CONFIGS}
        answers = {}
        for _ in range(args.repeat):
            for label, options in CONFIGS:
                start = time.perf_counter()
                sol = smug.solve(problem, "cpsat", time_limit=60, threads=1, **options)
                seconds[label].append(time.perf_counter() - start)
                answers[label] = (sol.status.value, sol.objective)
        row = {"instance": name, **{k: round(statistics.median(v), 3) for k, v in seconds.items()},
               "answers": answers, "load_1min": round(os.getloadavg()[0], 2)}
        print(json.dumps(row), flush=True)
        with out.open("a") as handle:
            handle.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
