"""Time every backend on every MaskProblem instance: a thin script over :mod:`smug.bench`.

The runner lives in the package (``smug bench`` works after ``pip install smug``); this
script keeps the committed suite's command lines working. Every flag is ``smug bench``'s
(``python benchmarks/backends.py --help``). Defaults write under ``out/bench/``; to refresh
committed results, name the folder::

    python benchmarks/backends.py --instances benchmarks/instances/stem \
        --out benchmarks/results/backends --fresh     # rewrites benchmarks/results/backends/backends.*
    python benchmarks/backends.py --quick             # 3 smallest packaged instances, 10 s

Timings are wall-clock on whatever machine runs this; compare ratios within one run.
"""

from __future__ import annotations

import sys

from smug.bench.command import main

# The report's pieces, importable from here as before the move.
from smug.bench.report import (  # noqa: F401
    agreement,
    class_section,
    group_times,
    instance_class,
    markdown,
    plots,
    presolve_section,
    ratios,
    unproven_section,
)
from smug.bench.runner import FIELDS, find_instances, machine, read_rows, run_one  # noqa: F401

if __name__ == "__main__":
    sys.exit(main())
