"""Check a cell mask of a FullNetProblem twice: exact rational and float64 forward passes."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from smug.fullnet.problem import FullNetProblem, forward_float64

__all__ = ["FullNetVerification", "verify_fullnet", "exact_logits", "exact_margin"]


@dataclass(frozen=True)
class FullNetVerification:
    """Outcome of :func:`verify_fullnet`.

    ``exact_margin`` is ``logit[label] - max other logit`` in exact rationals (as a float
    for reporting; its sign and comparison with delta were decided exactly), and
    ``float64_margin`` the same from a float64 torch forward pass. ``ok`` needs both above
    ``delta``.
    """

    exact_ok: bool
    float64_ok: bool
    exact_margin: float
    float64_margin: float

    @property
    def ok(self) -> bool:
        return self.exact_ok and self.float64_ok

    def __bool__(self) -> bool:
        return self.ok


def exact_logits(problem: FullNetProblem, mask: Any) -> list[Fraction]:
    """The logits of ``M ⊙ x`` computed in exact rational arithmetic, layer by layer."""
    masked = problem.masked_input(mask)
    nz = np.flatnonzero(masked)
    values = {int(p): Fraction(float(masked[p])) for p in nz}
    layer = problem.layers[0]
    v = [_dot_exact(layer.W[k], values) + Fraction(float(layer.b[k]))
         for k in range(layer.W.shape[0])]
    v = _relu(v) if layer.relu else v
    for layer in problem.layers[1:]:
        current = {j: val for j, val in enumerate(v) if val}
        v = [_dot_exact(layer.W[k], current) + Fraction(float(layer.b[k]))
             for k in range(layer.W.shape[0])]
        v = _relu(v) if layer.relu else v
    return v


def _dot_exact(row: np.ndarray, values: dict[int, Fraction]) -> Fraction:
    total = Fraction(0)
    for j, val in values.items():
        w = row[j]
        if w:
            total += Fraction(float(w)) * val
    return total


def _relu(v: list[Fraction]) -> list[Fraction]:
    return [val if val > 0 else Fraction(0) for val in v]


def exact_margin(problem: FullNetProblem, mask: Any) -> Fraction:
    """``logit[label] - max_{l != label} logit[l]`` of ``M ⊙ x``, exactly."""
    logits = exact_logits(problem, mask)
    others = [val for i, val in enumerate(logits) if i != problem.label]
    return logits[problem.label] - max(others)


def float64_margins(problem: FullNetProblem, masks: np.ndarray) -> np.ndarray:
    """Float64 margins of a batch of cell masks (B, n_cells) through torch."""
    masks = np.asarray(masks, dtype=bool).reshape(-1, problem.n_cells)
    inputs = np.where(masks[:, problem.cell_of_input], problem.x[None, :], 0.0)
    logits = forward_float64(problem.layers, inputs)
    label = logits[:, problem.label]
    others = np.delete(logits, problem.label, axis=1).max(axis=1)
    return label - others


def verify_fullnet(problem: FullNetProblem, mask: Any) -> FullNetVerification:
    """Does ``M ⊙ x`` keep ``label`` above every other logit by more than ``delta``?

    Decided twice: in exact rationals (the semantics the z3 encoding has) and in a float64
    torch forward pass (what running the network says); both must agree for ``ok``.
    """
    mask = problem.check_mask(mask)
    margin = exact_margin(problem, mask)
    f64 = float(float64_margins(problem, mask[None, :])[0])
    return FullNetVerification(
        exact_ok=margin > Fraction(problem.delta),
        float64_ok=f64 > problem.delta,
        exact_margin=float(margin),
        float64_margin=f64,
    )
