"""Exact brute-force optimum of a small FullNetProblem, for tests and spot checks."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from smug.fullnet.problem import FullNetProblem
from smug.fullnet.verify import exact_margin, float64_margins

__all__ = ["BruteForce", "brute_force_fullnet"]


@dataclass(frozen=True)
class BruteForce:
    """``optimum`` (None: no mask up to ``max_size`` works), one optimal cell mask, and how
    many masks were checked."""

    optimum: int | None
    mask: np.ndarray | None
    checked: int


def brute_force_fullnet(problem: FullNetProblem, max_size: int | None = None,
                        batch: int = 20000) -> BruteForce:
    """Smallest mask keeping the label, by enumerating subsets of the active cells by size.

    For each size ``s = 0, 1, ...`` every subset of ``s`` active cells is run through the
    float64 network in batches; a mask is accepted when its float64 margin exceeds ``delta``
    and its exact rational margin does too (the acceptance rule of the solver), so the
    first size with an accepted mask is the optimum. Cost grows as
    ``C(active cells, s)``: meant for 4x4 cells on MNIST (at most 49 cells).
    """
    active = problem.active_cells
    limit = active.size if max_size is None else min(max_size, active.size)
    checked = 0
    for size in range(limit + 1):
        for chunk in _chunks(itertools.combinations(range(active.size), size), batch):
            masks = np.zeros((len(chunk), problem.n_cells), dtype=bool)
            for r, combo in enumerate(chunk):
                masks[r, active[list(combo)]] = True
            margins = float64_margins(problem, masks)
            checked += len(chunk)
            for r in np.flatnonzero(margins > problem.delta):
                if exact_margin(problem, masks[r]) > problem.delta:
                    return BruteForce(size, masks[r], checked)
    return BruteForce(None, None, checked)


def _chunks(iterable, size: int):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
