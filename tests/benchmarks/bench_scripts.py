"""Loading the benchmark scripts in tests (``benchmarks/`` is a folder of scripts, not a package).

Imported by the test modules beside it as ``bench_scripts`` (pytest puts this folder on
``sys.path``, as it has no ``__init__.py``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def load_script(name: str):
    """Import ``benchmarks/<name>.py`` or the study ``benchmarks/studies/<name>/<name>.py``
    as a module (benchmarks is not a package)."""
    sys.path.insert(0, str(BENCH))
    path = BENCH / f"{name}.py"
    if not path.exists():
        path = BENCH / "studies" / name / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def count_ig_runs(monkeypatch) -> list[int]:
    """Count the first-layer IG computations from now on (the real ones: reuses inside
    ``reuse_ig`` are not computations); returns a one-element list holding the count."""
    from smug.explain import ig

    calls = [0]
    real = ig._compute_first_layer_ig

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(ig, "_compute_first_layer_ig", counted)
    return calls
