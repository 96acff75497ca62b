"""Exact verification of a mask against a :class:`~smug.problem.MaskProblem`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from smug._exact import grouped_sign
from smug.problem import FREE, MaskProblem

__all__ = ["Verification", "verify", "row_signs"]


@dataclass(frozen=True)
class Verification:
    """Outcome of :func:`verify`.

    ``failed_rows`` are the rows the mask violates, decided exactly; ``fixed_violations`` the
    variables whose fixing the mask ignores. ``ok`` is true when both are empty.
    """

    failed_rows: np.ndarray
    fixed_violations: np.ndarray

    @property
    def ok(self) -> bool:
        return self.failed_rows.size == 0 and self.fixed_violations.size == 0

    def __bool__(self) -> bool:
        return self.ok


def row_signs(problem: MaskProblem, mask: Any) -> np.ndarray:
    """Exact sign of ``A[i] . mask - rhs[i]`` for every row (int8 of -1, 0, +1)."""
    mask = problem.check_mask(mask)
    kept = problem.A[:, np.flatnonzero(mask)].tocsr()
    kept.sort_indices()
    return grouped_sign(kept.indptr, kept.data, problem.rhs)


def verify(problem: MaskProblem, mask: Any) -> Verification:
    """Decide every row of ``problem`` for ``mask`` exactly.

    The float64 coefficients are treated as the exact rationals they denote: sums are
    computed in float64 with a rigorous error bound, and every row whose sum lies within that
    bound of its right-hand side is re-decided in exact rational arithmetic. There is no
    tolerance: a strict row that is exactly tight fails.

    Parameters
    ----------
    problem : MaskProblem
    mask : array_like of bool or 0/1, shape (n,)

    Returns
    -------
    Verification
        ``bool(result)`` is True when every row and every fixing holds.
    """
    mask = problem.check_mask(mask)
    signs = row_signs(problem, mask)
    failed = (signs < 0) | ((signs == 0) & problem.strict)
    fixed = problem.fixed
    bad_fix = np.flatnonzero((fixed != FREE) & (mask.astype(np.int8) != fixed))
    return Verification(np.flatnonzero(failed), bad_fix)
