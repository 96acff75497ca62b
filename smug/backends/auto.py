"""``backend="auto"``: pick a backend from an instance's features.

Two pure functions, so that the rule can be tested with known answers and replayed over
measured benchmark rows without running a solver:

* :func:`instance_features` -- sizes of a :class:`~smug.problem.MaskProblem` before and
  after smug's exact presolve (n, m, nnz, longest row, coefficient span in decades,
  presolved size, number of independent components and the largest one);
* :func:`choose_backend` -- ``(name, reason)`` for those features and the installed
  backends.

The rule was derived from the tiered benchmark (``benchmarks/tiered_suite.py``) on the
design set (even-numbered inputs) and evaluated on the held-back set (odd-numbered inputs);
the numbers are in ``docs/benchmarks.md``. In short: HiGHS (branch and cut on the LP
relaxation) proves every class of the suite fastest or within a small factor of the
fastest, while CP-SAT with one worker times out on the MNIST first-layer classes with
``gamma >= 0.25`` at pixel cells, where the rows are long and dense (every hidden neuron
sees all 784 pixels). CP-SAT is kept for problems HiGHS cannot read exactly (coefficients
spanning more decades than a double-precision LP solve resolves, see
``HIGHS_MAX_SPAN_DECADES``). The order of fall-backs follows the suite's PAR2 scores.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from smug.problem import MaskProblem

__all__ = ["instance_features", "choose_backend", "FALLBACK_ORDER", "HIGHS_MAX_SPAN_DECADES"]

#: Backends in order of PAR2 on the tiered suite (60 s limit, one thread each), used when the
#: preferred backend is not installed.
FALLBACK_ORDER: tuple[str, ...] = ("highs", "cpsat", "pulp", "cvxpy", "z3")

#: Above this coefficient span (log10 of the largest over the smallest non-zero |A|) an LP
#: solver's feasibility tolerance (1e-7 relative) can no longer tell a coefficient from zero
#: next to the largest one in a row, so the verify-and-repair loop may need many rounds;
#: CP-SAT scales to integers and is preferred there.
HIGHS_MAX_SPAN_DECADES: float = 9.0


def _row_lengths(problem: MaskProblem) -> np.ndarray:
    return np.diff(problem.A.indptr)


def _span_decades(values: np.ndarray) -> float:
    """``log10(max |v| / min |v|)`` over the non-zero values (0.0 when there are none)."""
    mags = np.abs(values[values != 0])
    if mags.size == 0:
        return 0.0
    return float(math.log10(mags.max() / mags.min()))


def instance_features(problem: MaskProblem, presolved: bool = True) -> dict[str, Any]:
    """Size and shape of ``problem``: what :func:`choose_backend` and the benchmark use.

    Parameters
    ----------
    problem : MaskProblem
    presolved : bool
        Also run smug's exact presolve and split what remains into independent components
        (fast: linear in nnz; it is what :func:`smug.solve` does first anyway).

    Returns
    -------
    dict
        ``n_vars``, ``n_rows``, ``nnz``, ``used_vars`` (variables in some row),
        ``longest_row``, ``mean_row``, ``span_decades`` (coefficient span), ``density``
        (nnz / (n_rows * used_vars)); with ``presolved``: ``presolved_vars``,
        ``presolved_rows``, ``presolved_nnz``, ``components``, ``largest_component``
        (variables of the largest) and ``presolve_infeasible``.
    """
    if not isinstance(problem, MaskProblem):
        raise TypeError(f"problem: expected a smug.MaskProblem, got {type(problem).__name__}")
    lengths = _row_lengths(problem)
    used = int(np.unique(problem.A.indices).size)
    features: dict[str, Any] = {
        "n_vars": problem.n_vars,
        "n_rows": problem.n_rows,
        "nnz": problem.nnz,
        "used_vars": used,
        "longest_row": int(lengths.max()) if lengths.size else 0,
        "mean_row": round(float(lengths.mean()), 2) if lengths.size else 0.0,
        "span_decades": round(_span_decades(problem.A.data), 3),
        "density": round(problem.nnz / max(1, problem.n_rows * used), 4),
    }
    if presolved:
        features.update(_presolved_features(problem))
    return features


def _presolved_features(problem: MaskProblem) -> dict[str, Any]:
    from smug.presolve import presolve, split_components

    reduced = presolve(problem)
    small = reduced.problem
    if reduced.infeasible or small is None:
        return {"presolve_infeasible": True, "presolved_vars": 0, "presolved_rows": 0,
                "presolved_nnz": 0, "components": 0, "largest_component": 0}
    parts = split_components(small) if small.n_rows else []
    sizes = [c.problem.n_vars for c in parts if c.problem.n_rows]
    return {"presolve_infeasible": False, "presolved_vars": small.n_vars,
            "presolved_rows": small.n_rows, "presolved_nnz": small.nnz,
            "components": len(sizes), "largest_component": max(sizes, default=0)}


def choose_backend(features: Mapping[str, Any], installed: Iterable[str]) -> tuple[str, str]:
    """The backend ``auto`` runs for an instance with these ``features``, and why.

    Parameters
    ----------
    features : mapping
        At least ``span_decades`` (as from :func:`instance_features`); other keys are used
        in the reason when present.
    installed : iterable of str
        Names of the installed backends (e.g. :func:`smug.available_backends`).

    Returns
    -------
    (name, reason)
        ``name`` is one of ``installed``; ``reason`` says which rule chose it (recorded by
        the caller in ``Solution.stats``).

    Raises
    ------
    ValueError
        When ``installed`` holds no backend, or ``features`` lacks ``span_decades``.
    """
    names = list(dict.fromkeys(installed))
    if not names:
        raise ValueError("installed: expected at least one installed backend name, got none")
    if "span_decades" not in features:
        raise ValueError("features: expected a 'span_decades' entry (see instance_features)")
    span = float(features["span_decades"])
    if span > HIGHS_MAX_SPAN_DECADES:
        preferred = ("cpsat", "highs", "pulp", "cvxpy", "z3")
        why = (f"coefficients span {span:.1f} decades (> {HIGHS_MAX_SPAN_DECADES:g}): "
               "an integer-scaling solver first")
    else:
        preferred = FALLBACK_ORDER
        why = (f"coefficients span {span:.1f} decades (<= {HIGHS_MAX_SPAN_DECADES:g}): "
               "LP-based branch and cut proves every class of the tiered suite fastest or "
               "close to it")
    for rank, name in enumerate(preferred):
        if name in names:
            if rank:
                missing = ", ".join(n for n in preferred[:rank])
                why += f"; {missing} not installed, fell back to {name}"
            return name, why
    # Only third-party backends are installed: take the first in the caller's order.
    return names[0], f"none of {', '.join(preferred)} installed; took {names[0]}"
