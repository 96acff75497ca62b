"""The tiered suite: ``smug bench --suite tiered`` (see :mod:`smug.bench.tiered`).

Kept under this name for the commands written in docs/benchmarks.md and the studies.
"""

from smug.bench.tiered import main

if __name__ == "__main__":
    raise SystemExit(main())
