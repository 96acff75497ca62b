"""The tiered suite's report (tiers, VBS, PAR2, profiles): :mod:`smug.bench.tiered_report`.

Kept under this name for the commands written in docs/benchmarks.md and the studies.
"""

from smug.bench.tiered_report import main

if __name__ == "__main__":
    raise SystemExit(main())
