"""Integrated gradients over the first layer's activations (Sec. 3.2 of the paper).

The function attributed is the rest of the network: ``F(a)`` = the target output of the
model when the first layer's activations are replaced by ``a``. Which activations and
which output follow the paper (Eq. 1) and the authors' code by default:

* ``a`` is the first layer's **post-activation** output when a ReLU or ReLU6 module follows
  it (EfficientNet's stem: conv -> BatchNorm -> ReLU6), else its (BatchNorm-folded) linear
  output. The rows of the MaskProblem stay on the linear part ``o = W x + b``, which is what
  the encoding needs; a neuron with ``o_t <= 0`` has ``a_t = 0`` and so no attribution.
* ``F`` is ``softmax(model(x))[target]`` (``output="softmax"``, Eq. 1: ``F`` maps into
  ``[0, 1]^d``) or the raw output ``model(x)[target]`` (``output="logit"``). A model with a
  single output (e.g. a sigmoid) is attributed on that output under both names: a softmax
  over one value is the constant 1.

The baseline is ``a = 0`` (the paper's "information-less" all-zeros tensor), and

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

__all__ = [
    "DEFAULT_N_STEPS",
    "IG_OUTPUTS",
    "LayerAttribution",
    "first_layer_ig",
    "reuse_ig",
]

#: What IG attributes: the softmax probability of the target (the paper) or the raw output.
IG_OUTPUTS = ("softmax", "logit")
#: Gauss-Legendre nodes by default: the completeness gap on the demo photos is below 1 %
#: (measured in docs/explainer.md, "Quadrature").
DEFAULT_N_STEPS = 300

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
        The activations ``a`` that were attributed (float values of the model's forward):
        post-activation when ``activation`` is set, else the linear output.
    target : int or None
    output : float
        ``F(a)``: the target output at the real activations.
    output_at_zero : float
        ``F(0)``.
    n_steps : int
    pre_activations : ndarray
        The first layer's linear (BatchNorm-folded) output ``o`` (equal to ``activations``
        when no activation module follows).
    output_kind : str
        ``"softmax"`` or ``"logit"``: what ``F`` is (see the module docstring).
    activation : str or None
        Class name of the activation module attributed after (``"ReLU6"``), or None.
    """

    attributions: np.ndarray
    activations: np.ndarray
    target: int | None
    output: float
    output_at_zero: float
    n_steps: int
    pre_activations: np.ndarray | None = None
    output_kind: str = "logit"
    activation: str | None = None

    @property
    def completeness_gap(self) -> float:
        """``sum(IG) - (F(a) - F(0))``: the quadrature error (0 for exact IG)."""
        return float(self.attributions.sum() - (self.output - self.output_at_zero))

    @property
    def completeness_relative(self) -> float:
        """``|completeness_gap| / max(|F(a) - F(0)|, 1e-12)``."""
        delta = abs(self.output - self.output_at_zero)
        return abs(self.completeness_gap) / max(delta, 1e-12)


def _select(out: torch.Tensor, target: int | None, output: str) -> torch.Tensor:
    """``F``: the target entry of the model output, after a softmax when asked."""
    flat = out.reshape(out.shape[0], -1)
    if output == "softmax" and flat.shape[1] > 1:
        flat = torch.softmax(flat, dim=1)
    if target is None:
        if flat.shape[1] != 1:
            raise ValueError("target: required for a model with several outputs")
        return flat[:, 0]
    return flat[:, target]


class _Replace:
    """Forward hooks that replace the first layer's activations by given values.

    Without an activation module, ``output_module``'s output is replaced. With one, the
    output of ``activation`` is replaced on the one call whose input is ``output_module``'s
    output of the same forward pass (the activation module may be shared, as EfficientNet's
    ``_swish`` is, and run again deeper in the network).
    """

    def __init__(self, output_module: nn.Module, activation: nn.Module | None) -> None:
        self.output_module = output_module
        self.activation = activation
        self.value: torch.Tensor | None = None
        self._linear_out: torch.Tensor | None = None
        self.captured: dict[str, torch.Tensor] = {}

    def _on_linear(self, _module, _inputs, out):
        self._linear_out = out
        self.captured.setdefault("pre", out.detach())
        if self.activation is None:
            self.captured.setdefault("a", out.detach())
            return self.value

    def _on_activation(self, _module, inputs, out):
        if inputs and inputs[0] is self._linear_out:
            self._linear_out = None
            self.captured.setdefault("a", out.detach())
            return self.value

    @contextlib.contextmanager
    def installed(self) -> Iterator[_Replace]:
        handles = [self.output_module.register_forward_hook(self._on_linear)]
        if self.activation is not None:
            handles.append(self.activation.register_forward_hook(self._on_activation))
        try:
            yield self
        finally:
            for h in handles:
                h.remove()


def first_layer_ig(model: nn.Module, x: torch.Tensor, output_module: nn.Module,
                   target: int | None, n_steps: int = DEFAULT_N_STEPS,
                   internal_batch_size: int | None = None, *,
                   activation: nn.Module | None = None, output: str = "softmax",
                   progress: bool = False) -> LayerAttribution:
    """IG of ``model``'s target output over the first layer's activations, zero baseline.

    Parameters
    ----------
    model : nn.Module
        In eval mode.
    x : Tensor
        One example with batch axis 1, on the model's device.
    output_module : nn.Module
        The module whose output is the first layer's linear output ``o`` (the BatchNorm
        when one is folded in).
    target : int or None
        Output index (flat, per example); None for a single-output model.
    n_steps : int
        Gauss-Legendre nodes on the path.
    internal_batch_size : int, optional
        Path points per forward/backward pass (default: all ``n_steps`` at once).
    activation : nn.Module, optional
        The ReLU/ReLU6 module applied to ``o``: its output is attributed instead of ``o``.
    output : {"softmax", "logit"}
        ``F`` is the softmax probability of ``target`` (the paper) or the raw output.
    progress : bool
        Show a tqdm bar over the path points.

    Notes
    -----
    Inside :func:`reuse_ig`, a result computed before for the same model, layer, input,
    target, output and ``n_steps`` is returned instead of recomputed.
    """
    if output not in IG_OUTPUTS:
        raise ValueError(f"ig_output: expected one of {IG_OUTPUTS}, got {output!r}")
    args = (model, x, output_module, target, n_steps, internal_batch_size, activation, output,
            progress)
    cache = _IG_CACHE.get()
    if cache is None:
        return _compute_first_layer_ig(*args)
    digest = hashlib.sha1(x.detach().cpu().numpy().tobytes()).hexdigest()
    key = (id(model), id(output_module), id(activation), digest, tuple(x.shape), str(x.dtype),
           target, n_steps, output)
    if key in cache:
        cache["hits"] += 1
    else:
        cache[key] = _compute_first_layer_ig(*args)
    return cache[key]


def _path_bar(total: int, enabled: bool):
    if not enabled:
        return contextlib.nullcontext(None)
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="IG path points", unit="pt")


def _compute_first_layer_ig(model: nn.Module, x: torch.Tensor, output_module: nn.Module,
                            target: int | None, n_steps: int,
                            internal_batch_size: int | None, activation: nn.Module | None,
                            output: str, progress: bool) -> LayerAttribution:
    """The computation behind :func:`first_layer_ig` (same parameters)."""
    hooks = _Replace(output_module, activation)
    with hooks.installed(), torch.no_grad():
        f_x = float(_select(model(x), target, output)[0])
    if "a" not in hooks.captured:
        raise RuntimeError(f"activation: {type(activation).__name__} did not run on the first "
                           "layer's output")
    act, pre = hooks.captured["a"], hooks.captured["pre"]
    nodes, weights = np.polynomial.legendre.leggauss(n_steps)
    alphas = torch.tensor((nodes + 1) / 2, dtype=act.dtype, device=act.device)
    quad_w = torch.tensor(weights / 2, dtype=act.dtype, device=act.device)
    batch = internal_batch_size or n_steps
    shape = (-1,) + (1,) * (act.dim() - 1)
    grads = torch.zeros_like(act[0])
    with hooks.installed(), _path_bar(n_steps, progress) as bar:
        for start in range(0, n_steps, batch):
            alpha = alphas[start:start + batch]
            points = (alpha.reshape(shape) * act).requires_grad_(True)
            hooks.value = points
            out = _select(model(x.expand(points.shape[0], *x.shape[1:])), target, output)
            (g,) = torch.autograd.grad(out.sum(), points)
            grads += (g * quad_w[start:start + batch].reshape(shape)).sum(0)
            if bar is not None:
                bar.update(int(alpha.numel()))
        hooks.value = torch.zeros_like(act)
        with torch.no_grad():
            f_zero = float(_select(model(x), target, output)[0])
    attributions = (act[0].double() * grads.double()).cpu().numpy()
    return LayerAttribution(attributions, act[0].cpu().numpy(), target, f_x, f_zero, n_steps,
                            pre[0].cpu().numpy(), output,
                            None if activation is None else type(activation).__name__)
