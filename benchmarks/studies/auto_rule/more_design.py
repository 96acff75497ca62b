"""More design-half MNIST 1x1-cell instances for the long-row rule (issue 20).

The tiered suite's design half holds ten even test digits per MNIST class; that was too few
to choose SCIP or HiGHS as CP-SAT's partner on long rows (they tied). This writes the same
instances (the suite's own generator, ``benchmarks/instances.py``: k = all, 1x1 cells,
gamma in {0.25, 0.5, 0.9}) for more EVEN test digits only -- odd digits are held-back
inputs -- into a folder with its manifest, so that the tiered runner can time them::

    python more_design.py OUT --first 20 --count 20   # digits 20, 22, ..., 58
    python -m smug bench --suite tiered --instances OUT --match 'mnist_*' \
        --backends cpsat highs scip --time-limit 20 --split design --rows ROWS.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # benchmarks/: the suite's instance generator

from instances import merge_manifest, mnist_instances, write_instance  # noqa: E402

GAMMAS = (0.25, 0.5, 0.9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--first", type=int, default=20, help="first even test digit")
    parser.add_argument("--count", type=int, default=20, help="how many even digits")
    args = parser.parse_args(argv)
    if args.first % 2:
        raise SystemExit(f"--first: expected an even test index (design half), got {args.first}")
    args.out.mkdir(parents=True, exist_ok=True)
    specs = [(i, 1, g) for i in range(args.first, args.first + 2 * args.count, 2)
             for g in GAMMAS]
    entries = []
    for problem, meta in mnist_instances(specs, 50):
        entries.append(write_instance(problem, meta, args.out, exports=False))
        print(problem.name, problem.n_vars, problem.n_rows, flush=True)
    merge_manifest(args.out / "manifest.json", entries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
