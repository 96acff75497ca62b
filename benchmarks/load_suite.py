"""``auto`` against the virtual best on the tiered held-back set, quiet and busy (issue 20).

Each group of instances is run twice, one condition after the other: "quiet" (nothing
started by this script) and "busy" (two CPU-bound processes, ``while True: pass``,
started before the group and stopped after it: ``--busy 2`` of the tiered suite). Within
a condition every backend runs on an instance before the next instance starts (the rows
of one instance share the conditions), one child process per solve, ``threads=1`` for the
single backends and ``auto`` as a user gets it, 60 s each (PAR2 = 120 s when unproven).
Groups alternate the conditions (quiet, busy, next group...), so that the machine's other
load drifts over both alike. Rows go to ``benchmarks/results/tiered/v3/{quiet,busy}.jsonl``
(resumed: rerun to continue); every row records the 1-minute load average at its end.

The subset is stratified by class (time would not allow the whole held-back set twice):
one held-back (odd-index) input per image, stem and 7x7-stem class, the first two odd test
digits per MNIST class, two held-back reviews. CBC (pulp) runs on the MNIST and text
classes only: on the image, stem and 7x7 classes it never had the lowest time in the
earlier runs of the suite (``benchmarks/results/tiered/v2``). The classes no backend
proved at 60 s in those runs (1x1 cells at k = 10000) are left out.

Usage::

    python benchmarks/load_suite.py            # both conditions, every group (resumes)
    python benchmarks/load_suite.py --dry-run  # what would run
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from smug.bench.tiered import DEFAULT_INSTANCES, add_tiered_arguments, run_tiered

OUT = Path(__file__).resolve().parent / "results" / "tiered" / "v3"
SMALL = ["auto", "cpsat", "highs", "scip", "cvxpy", "pulp"]
LARGE = ["auto", "cpsat", "highs", "scip", "cvxpy"]

#: (fnmatch patterns, backends), cheapest first: a run cut short still covers the classes.
GROUPS: list[tuple[list[str], list[str]]] = [
    (["mnist_test1_kall_*", "mnist_test3_kall_*"], SMALL),
    (["text_test1333_kall_c1", "text_test405_kall_c1"], SMALL),
    (["stem_coffee_k3000_*", "stem_coffee_k10000_g0_c*", "stem_coffee_k10000_g0.5_c2",
      "stem_coffee_k10000_g0.5_c4"], LARGE),
    (["img_coffee_k3000_g*_c2", "img_coffee_k10000_g*_c2"], LARGE),
    (["gabor_coffee_k3000_*_c4", "gabor_rocket_k3000_*_c4"], LARGE),
    (["img_coffee_k3000_g*_c1"], LARGE),
    (["gabor_coffee_k3000_g0_c2", "gabor_coffee_k3000_g0.5_c2"], LARGE),
]
CONDITIONS = {"quiet": 0, "busy": 2}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--groups", type=int, nargs="+", default=None,
                        help="indices of GROUPS to run (default: all)")
    parser.add_argument("--conditions", nargs="+", choices=sorted(CONDITIONS),
                        default=list(CONDITIONS))
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for index, (patterns, backends) in enumerate(GROUPS):
        if args.groups is not None and index not in args.groups:
            continue
        for condition in args.conditions:
            tiered = argparse.ArgumentParser()
            add_tiered_arguments(tiered)
            run = tiered.parse_args([
                "--instances", str(DEFAULT_INSTANCES), "--time-limit", "60", "--grace", "10",
                "--split", "held-back", "--rows", str(args.out / f"{condition}.jsonl"),
                "--busy", str(CONDITIONS[condition]), "--match", *patterns,
                "--backends", *backends, *(["--dry-run"] if args.dry_run else [])])
            print(f"== group {index} {condition}: {' '.join(patterns)}", flush=True)
            run_tiered(run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
