"""Integrated gradients over the first layer's activations (Sec. 3.2 of the paper).

The function attributed is the rest of the network: ``F(a)`` = the target output of the
model when the first layer's output (after a folded BatchNorm) is replaced by ``a``. The
baseline is ``a = 0`` (the paper's "information-less" all-zeros tensor), and

    IG_t = a_t * integral_0^1 dF(alpha * a) / d a_t  d alpha

is computed with Gauss-Legendre quadrature on ``n_steps`` nodes, batched
``internal_batch_size`` path points per forward/backward pass. Completeness
(``sum_t IG_t = F(a) - F(0)``) is reported, never assumed.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

__all__ = ["LayerAttribution", "first_layer_ig", "reuse_ig"]

_IG_CACHE: ContextVar[dict[Any, Any] | None] = ContextVar("smug_ig_cache", default=None)


@contextlib.contextmanager
def reuse_ig() -> Iterator[dict[str, Any]]:
    """Compute each first-layer IG once while the context is active, and reuse it.

    IG is the dominant cost of an explanation (``n_steps`` passes of the network) and does
    not depend on ``k``, ``gamma``, ``cell`` or the row form, so SMUG, SMUG_base and every
    ``(k, gamma)`` of a sweep over one input can share one IG run, as the paper's pipeline
    does. Results are keyed by the model, the first layer, the input's bytes and shape, the
    target and ``n_steps``; a reused result is exactly what a fresh call returns (IG is
    deterministic on the CPU for a fixed thread count). Yields a dict whose ``"hits"``
    counts the reuses.

    Examples
    --------
    >>> with reuse_ig():
    ...     for k in (500, 1000, 3000):
    ...         SMUG(model).attribute(x, k=k)      # IG computed once
    """
    cache: dict[Any, Any] = {"hits": 0}
    token = _IG_CACHE.set(cache)
    try:
        yield cache
    finally:
        _IG_CACHE.reset(token)


@dataclass(frozen=True)
class LayerAttribution:
    """IG attributions of every first-layer neuron.

    Attributes
    ----------
    attributions : ndarray, the layer output shape
    activations : ndarray
        The activations ``a`` that were attributed (float32 values of the model's forward).
    target : int or None
    output : float
        ``F(a)``: the target output at the real activations.
    output_at_zero : float
        ``F(0)``.
    n_steps : int
    """

    attributions: np.ndarray
    activations: np.ndarray
    target: int | None
    output: float
    output_at_zero: float
    n_steps: int

    @property
    def completeness_gap(self) -> float:
        """``sum(IG) - (F(a) - F(0))``: the quadrature error (0 for exact IG)."""
        return float(self.attributions.sum() - (self.output - self.output_at_zero))

    @property
    def completeness_relative(self) -> float:
        """``|completeness_gap| / max(|F(a) - F(0)|, 1e-12)``."""
        delta = abs(self.output - self.output_at_zero)
        return abs(self.completeness_gap) / max(delta, 1e-12)


def _select(out: torch.Tensor, target: int | None) -> torch.Tensor:
    flat = out.reshape(out.shape[0], -1)
    if target is None:
        if flat.shape[1] != 1:
            raise ValueError("target: required for a model with several outputs")
        return flat[:, 0]
    return flat[:, target]


def _forward_with(model: nn.Module, module: nn.Module, x: torch.Tensor,
                  replacement: torch.Tensor) -> torch.Tensor:
    """``model(x repeated)`` with ``module``'s output replaced by ``replacement``."""
    handle = module.register_forward_hook(lambda _m, _i, _o: replacement)
    try:
        batch = x.expand(replacement.shape[0], *x.shape[1:])
        return model(batch)
    finally:
        handle.remove()


def first_layer_ig(model: nn.Module, x: torch.Tensor, output_module: nn.Module,
                   target: int | None, n_steps: int = 50,
                   internal_batch_size: int | None = None) -> LayerAttribution:
    """IG of ``model``'s ``target`` output over ``output_module``'s output, zero baseline.

    Inside :func:`reuse_ig`, a result computed before for the same model, layer, input,
    target and ``n_steps`` is returned instead of recomputed. See
    :func:`_compute_first_layer_ig` for the computation.
    """
    cache = _IG_CACHE.get()
    if cache is None:
        return _compute_first_layer_ig(model, x, output_module, target, n_steps,
                                       internal_batch_size)
    digest = hashlib.sha1(x.detach().cpu().numpy().tobytes()).hexdigest()
    key = (id(model), id(output_module), digest, tuple(x.shape), str(x.dtype), target, n_steps)
    if key in cache:
        cache["hits"] += 1
    else:
        cache[key] = _compute_first_layer_ig(model, x, output_module, target, n_steps,
                                             internal_batch_size)
    return cache[key]


def _compute_first_layer_ig(model: nn.Module, x: torch.Tensor, output_module: nn.Module,
                            target: int | None, n_steps: int = 50,
                            internal_batch_size: int | None = None) -> LayerAttribution:
    """IG of ``model``'s ``target`` output over ``output_module``'s output, zero baseline.

    Parameters
    ----------
    model : nn.Module
        In eval mode.
    x : Tensor
        One example with batch axis 1.
    output_module : nn.Module
        The module whose output are the first-layer activations.
    target : int or None
        Output index (flat, per example); None for a single-output model.
    n_steps : int
        Quadrature nodes on the path.
    internal_batch_size : int, optional
        Path points per forward/backward pass (default: all ``n_steps`` at once).
    """
    captured: dict[str, torch.Tensor] = {}
    handle = output_module.register_forward_hook(
        lambda _m, _i, out: captured.__setitem__("a", out.detach()))
    try:
        with torch.no_grad():
            output = float(_select(model(x), target)[0])
    finally:
        handle.remove()
    act = captured["a"]
    nodes, weights = np.polynomial.legendre.leggauss(n_steps)
    alphas = torch.tensor((nodes + 1) / 2, dtype=act.dtype)
    quad_w = torch.tensor(weights / 2, dtype=act.dtype)
    batch = internal_batch_size or n_steps
    grads = torch.zeros_like(act[0])
    for start in range(0, n_steps, batch):
        alpha = alphas[start:start + batch]
        shape = (-1,) + (1,) * (act.dim() - 1)
        points = (alpha.reshape(shape) * act).requires_grad_(True)
        out = _select(_forward_with(model, output_module, x, points), target)
        (g,) = torch.autograd.grad(out.sum(), points)
        grads += (g * quad_w[start:start + batch].reshape(shape)).sum(0)
    with torch.no_grad():
        zero = float(_select(_forward_with(model, output_module, x, torch.zeros_like(act)),
                             target)[0])
    attributions = (act[0].double() * grads.double()).numpy()
    return LayerAttribution(attributions, act[0].numpy(), target, output, zero, n_steps)
