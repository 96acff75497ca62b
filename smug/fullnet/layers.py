"""One dense layer of a ReLU network in float64: the unit :class:`FullNetProblem` is made of."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Dense"]


@dataclass(frozen=True)
class Dense:
    """One affine layer ``W @ v + b`` (float64), followed by a ReLU when ``relu``."""

    W: np.ndarray
    b: np.ndarray
    relu: bool

    def __post_init__(self) -> None:
        W = np.array(self.W, dtype=np.float64)
        b = np.array(self.b, dtype=np.float64).reshape(-1)
        if W.ndim != 2 or b.shape != (W.shape[0],):
            raise ValueError(f"layer: expected W (out, in) and b (out,), got {W.shape} and {b.shape}")
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
            raise ValueError("layer: weights and biases must be finite")
        W.flags.writeable = False
        b.flags.writeable = False
        object.__setattr__(self, "W", W)
        object.__setattr__(self, "b", b)
