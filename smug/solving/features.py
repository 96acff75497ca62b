"""Measured features of a MaskProblem: what the solving layer chooses from, and what the
benchmark records (sizes before and after smug's exact presolve)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from smug.presolve import presolve, split_components
from smug.problem import MaskProblem

__all__ = ["instance_features", "plan_features"]


def _span_decades(values: np.ndarray) -> float:
    """``log10(max |v| / min |v|)`` over the non-zero values (0.0 when there are none)."""
    mags = np.abs(values[values != 0])
    if mags.size == 0:
        return 0.0
    return float(math.log10(mags.max()) - math.log10(mags.min()))  # no overflow at 1e308/5e-324


def instance_features(problem: MaskProblem, presolved: bool = True) -> dict[str, Any]:
    """Size and shape of ``problem``: what :func:`smug.solving.choose_backend` and the
    benchmark use.

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
    lengths = np.diff(problem.A.indptr)
    used = int(np.unique(problem.A.indices).size)
    features: dict[str, Any] = {
        **plan_features(problem),
        "used_vars": used,
        "mean_row": round(float(lengths.mean()), 2) if lengths.size else 0.0,
        "span_decades": round(_span_decades(problem.A.data), 3),
        "density": round(problem.nnz / max(1, problem.n_rows * used), 4),
    }
    if presolved:
        features.update(_presolved_features(problem))
    return features


def plan_features(problem: MaskProblem) -> dict[str, Any]:
    """What ``auto``'s plan reads (:func:`smug.solving.choose_plan`): the sizes and
    ``longest_row``, in microseconds (no presolve, no sort of the column indices).

    :func:`instance_features` with ``presolved=False`` also counts the variables in use
    (a sort of every column index) and the coefficient span (a logarithm per non-zero):
    2-6 ms on the tiered suite's k = 10000 image and stem instances, inside ``auto``'s
    clock, on solves of 0.07-0.1 s where no plan reads them.
    """
    lengths = np.diff(problem.A.indptr)
    return {"n_vars": problem.n_vars, "n_rows": problem.n_rows, "nnz": problem.nnz,
            "longest_row": int(lengths.max()) if lengths.size else 0}


def _presolved_features(problem: MaskProblem) -> dict[str, Any]:
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
