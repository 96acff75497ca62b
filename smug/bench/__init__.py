"""The backend benchmark, inside the package so that ``smug bench`` works after
``pip install smug``.

Python API::

    from smug.bench import find_instances, run_suite
    instances = find_instances(["benchmarks/instances/full"])      # manifest metadata kept
    for row in run_suite(instances, ["cpsat", "highs"], time_limit=60,
                         out="out/suite.jsonl", threads=1, executor=None):
        print(row["instance"], row["backend"], row["status"], row["total_s"], row["worker"])

``run_suite`` streams one row per (instance, backend, seed, presolve) to a CSV or JSONL file
and skips runs already there (resumable); pass ``executor=client.get_executor()`` to run on
a Dask cluster. :mod:`smug.bench.report` turns rows into the markdown report and plots.
"""

from smug.bench.command import main
from smug.bench.report import agreement, instance_class, markdown, plots, ratios
from smug.bench.runner import (
    FIELDS,
    PACKAGED_INSTANCES,
    Instance,
    find_instances,
    read_rows,
    run_one,
    run_suite,
)

__all__ = ["FIELDS", "PACKAGED_INSTANCES", "Instance", "agreement", "find_instances",
           "instance_class", "main", "markdown", "plots", "ratios", "read_rows", "run_one",
           "run_suite"]
