"""Are CP-SAT's busy draws slower than HiGHS's, or is it where the draw lands?

In the tiered suite's v7 busy rows (two CPU-bound spinners on a 2-core machine, five draws
per sub-second row, each a fresh child), CP-SAT's draws of one row were either its quiet
time or twice it, HiGHS's all equal to its quiet time. This script times both on one small
instance beside two spinners, in two ways, and writes ``results/busy_placement.json``:

* ``exec``: a fresh ``python`` process per draw (``smug.solve(..., threads=1)`` after the
  suite's untimed warm-up), CP-SAT and HiGHS alternating;
* ``fork``: the suite's own child (:func:`smug.bench.tiered.run_one`), five CP-SAT draws then
  five HiGHS draws, and then the other order.

Usage (from the repository root; the instance is a committed tiered file)::

    python benchmarks/studies/busy_placement/busy_placement.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from smug.bench.tiered import run_one, start_spinners, stop_spinners

HERE = Path(__file__).resolve().parent
INSTANCE = HERE.parents[2] / "benchmarks" / "instances" / "tiered" / "stem_coffee_k3000_g0.5_c2.npz"
DRAWS = 8

CHILD = """
import json, sys
import smug
from smug.bench.runner import warm_up
warm_up(sys.argv[2], 1, {})
problem = smug.MaskProblem.load(sys.argv[1])
sol = smug.solve(problem, sys.argv[2], time_limit=20, threads=1)
print(json.dumps({"total_s": sol.timings.total, "status": sol.status.value}))
"""


def exec_draws() -> dict[str, list[float]]:
    """Fresh interpreter per draw, the two backends alternating."""
    out: dict[str, list[float]] = {"cpsat": [], "highs": []}
    for _ in range(DRAWS):
        for backend in out:
            text = subprocess.run([sys.executable, "-c", CHILD, str(INSTANCE), backend],
                                  capture_output=True, text=True, check=True).stdout
            out[backend].append(round(json.loads(text.strip().splitlines()[-1])["total_s"], 4))
    return out


def fork_draws() -> list[dict[str, list[float]]]:
    """The suite's forked child, each backend in a block of five, both orders."""
    blocks = []
    for order in (("cpsat", "highs"), ("highs", "cpsat")):
        block: dict[str, list[float]] = {}
        for backend in order:
            block[backend] = [round(run_one(INSTANCE, backend, 20.0, 1, {}, 30.0)["total_s"], 4)
                              for _ in range(5)]
        blocks.append(block)
    return blocks


def main() -> int:
    spinners = start_spinners(2)
    time.sleep(1.0)
    try:
        result = {"instance": INSTANCE.name, "spinners": 2, "cores": os.cpu_count(),
                  "exec": exec_draws(), "fork": fork_draws(),
                  "load_1min": round(os.getloadavg()[0], 2)}
    finally:
        stop_spinners(spinners)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "busy_placement.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
