"""A greedy incumbent for the full-network problem: add the cell that helps the label most.

MILP solvers prove bounds well but can be slow to find a small mask on MNIST pixels (HiGHS
returned a 160-pixel incumbent after 45 s on one image whose optimum is >= 4). Starting
from the empty mask, :func:`greedy_mask` adds, one at a time, the active cell whose
addition maximises the worst margin ``o_label - max other`` (all candidates in one float64
batch), until the mask keeps the label. The result is only a starting point: it is
verified exactly (:func:`smug.fullnet.verify.verify_fullnet`), handed to the solver as a
warm start, and never called optimal without the exact confirmation.
"""

from __future__ import annotations

import numpy as np

from smug.fullnet.problem import FullNetProblem
from smug.fullnet.verify import float64_margins, verify_fullnet

__all__ = ["greedy_mask"]


def greedy_mask(problem: FullNetProblem, max_size: int | None = None) -> np.ndarray | None:
    """A verified cell mask built greedily (see the module doc), or None if none is found
    within ``max_size`` cells (default: all active cells)."""
    active = problem.active_cells
    limit = active.size if max_size is None else min(max_size, active.size)
    mask = np.zeros(problem.n_cells, dtype=bool)
    for _ in range(limit + 1):
        if float64_margins(problem, mask[None, :])[0] > problem.delta and verify_fullnet(problem, mask).ok:
            return mask
        free = active[~mask[active]]
        if free.size == 0:
            return None
        trials = np.repeat(mask[None, :], free.size, axis=0)
        trials[np.arange(free.size), free] = True
        mask = trials[int(np.argmax(float64_margins(problem, trials)))]
    return None
