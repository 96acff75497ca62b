"""Find a model's first affine layer and express it as float64 arrays.

SMUG encodes only the first layer of the network: its pre-activation ``o = W * x + b`` is
linear in the input ``x``, so for a mask ``M`` the masked pre-activation ``o(M * x)`` is
linear in ``M``. This module locates that layer (``nn.Linear``, ``nn.Conv1d`` over word
embeddings, ``nn.Conv2d`` with any kernel, stride, padding, dilation and groups), folds a
BatchNorm applied right after it into its weights, and records the zero padding it applies
(including the asymmetric TF-style "same" padding of EfficientNet's
``Conv2dStaticSamePadding``, which pads with an inner ``nn.ZeroPad2d``).

The layer is found by running the model once with hooks on every module, in execution
order, so the "first layer" is the first module that actually computes on the input, not
the first one declared.
"""

from __future__ import annotations

import warnings
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import scipy.sparse as sp
import torch
from torch import nn

from smug.errors import SmugError

__all__ = [
    "ACTIVATIONS",
    "ConvLayer",
    "FirstLayer",
    "LinearLayer",
    "UnsupportedLayerError",
    "eval_mode",
    "extract_first_layer",
    "model_device",
]

#: Modules that may run before the first layer without changing values in a way SMUG cares
#: about: they only reshape, look up embeddings (text: the embeddings are the input that is
#: masked) or are inactive in eval mode.
_PASS_THROUGH = (nn.Flatten, nn.Unflatten, nn.Identity, nn.Dropout, nn.Dropout1d,
                 nn.Dropout2d, nn.Embedding)
_AFFINE = (nn.Linear, nn.Conv1d, nn.Conv2d)
_BATCHNORM = (nn.BatchNorm1d, nn.BatchNorm2d)
#: Activation modules after the first layer whose output IG attributes (the authors' code
#: attributes the first layer's post-ReLU output).
ACTIVATIONS = (nn.ReLU, nn.ReLU6)


class UnsupportedLayerError(SmugError, TypeError):
    """The model's first layer is not an affine map SMUG can encode."""


@dataclass(frozen=True)
class FirstLayer(ABC):
    """The first affine layer of a model, as float64 arrays, BatchNorm folded in.

    Two kinds, as small subclasses with their own forward pass and receptive fields:
    :class:`LinearLayer` and :class:`ConvLayer` (1-D or 2-D). Everything downstream
    (encoding, saliency) asks the layer, never checks a kind string.

    Attributes
    ----------
    weight : ndarray
        ``(out, in)`` for linear; ``(out, in / groups, *kernel)`` for convolutions.
    bias : ndarray, shape (out,)
        Including the folded BatchNorm shift (zeros when the layer has no bias).
    input_shape : tuple of int
        Shape of one example of the layer's input without the batch axis: ``(C, *spatial)``
        for convolutions, ``(1, n_in)`` for linear (one channel, one spatial axis).
    output_shape : tuple of int
        ``(out, *spatial_out)`` for convolutions, ``(out,)`` for linear.
    layer : nn.Module
        The affine module itself (its input is what the mask acts on).
    output_module : nn.Module
        The module whose output is the linear activation ``o`` (the BatchNorm when folded).
    folded_batchnorm : bool
    activation : nn.Module or None
        The ReLU/ReLU6 module applied right after ``output_module``, when there is one:
        IG attributes its output (see :mod:`smug.explain.ig`).
    """

    weight: np.ndarray
    bias: np.ndarray
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    layer: nn.Module
    output_module: nn.Module
    folded_batchnorm: bool
    activation: nn.Module | None

    #: A short name for summaries and messages.
    kind: ClassVar[str] = "affine"

    @property
    def spatial_shape(self) -> tuple[int, ...]:
        """Spatial shape of the layer's input (what mask cells tile)."""
        return self.input_shape[1:]

    @property
    def n_positions(self) -> int:
        """Number of input positions (pixels, tokens, inputs of a Linear layer)."""
        return int(np.prod(self.spatial_shape))

    @property
    def n_neurons(self) -> int:
        return int(np.prod(self.output_shape))

    @abstractmethod
    def forward(self, inputs: np.ndarray | torch.Tensor) -> np.ndarray:
        """``o = W * x + b`` in float64 for a batch of layer inputs ``(B, *input_shape)``.

        Computed by torch's own convolution/linear kernels on the extracted arrays, so tests
        can compare it with the module's forward pass.
        """

    @abstractmethod
    def receptive_field(self, neurons: np.ndarray) -> sp.csr_matrix:
        """Bool ``(k, n_positions)``: which input positions each neuron reads.

        Positions are flat (row-major) over :attr:`spatial_shape`; zero padding is no
        position. Structural: a position counts even when its weights happen to be zero
        for a convolution; for a Linear layer, the inputs with a non-zero weight.
        """

    @abstractmethod
    def contributions(self, diff: np.ndarray, neurons: np.ndarray) -> sp.csr_matrix:
        """``(k, n_positions)``: what unmasking each position adds to each neuron.

        Entry ``[t, p] = sum over channels c of W_t[c, p] * diff[c, p]`` for the positions
        ``p`` of neuron ``t``'s receptive field; ``diff`` is ``x - x_b`` (the layer input
        shape).
        """


@dataclass(frozen=True)
class LinearLayer(FirstLayer):
    """``nn.Linear`` over a flat input: every neuron reads every input with a weight."""

    kind: ClassVar[str] = "linear"

    def forward(self, inputs: np.ndarray | torch.Tensor) -> np.ndarray:
        x = torch.as_tensor(np.asarray(inputs, dtype=np.float64))
        w, b = torch.from_numpy(self.weight), torch.from_numpy(self.bias)
        return (x.reshape(x.shape[0], -1) @ w.T + b).numpy()

    def receptive_field(self, neurons: np.ndarray) -> sp.csr_matrix:
        return sp.csr_matrix(self.weight[np.asarray(neurons, dtype=np.int64)] != 0)

    def contributions(self, diff: np.ndarray, neurons: np.ndarray) -> sp.csr_matrix:
        weights = self.weight[np.asarray(neurons, dtype=np.int64)]
        return sp.csr_matrix(weights * np.asarray(diff, dtype=np.float64).reshape(1, -1))


@dataclass(frozen=True)
class ConvLayer(FirstLayer):
    """``nn.Conv1d`` / ``nn.Conv2d`` with any kernel, stride, zero padding, dilation, groups.

    Attributes (besides :class:`FirstLayer`'s)
    ------------------------------------------
    stride, dilation : tuple of int
        Per spatial axis.
    padding : tuple of (before, after) pairs
        Zero padding per spatial axis, all sources (module padding, static "same" padding)
        combined.
    groups : int
    """

    stride: tuple[int, ...] = ()
    padding: tuple[tuple[int, int], ...] = ()
    dilation: tuple[int, ...] = ()
    groups: int = 1

    @property
    def kind(self) -> str:  # type: ignore[override]
        return f"conv{len(self.spatial_shape)}d"

    def forward(self, inputs: np.ndarray | torch.Tensor) -> np.ndarray:
        x = torch.as_tensor(np.asarray(inputs, dtype=np.float64))
        pads: list[int] = []
        for before, after in reversed(self.padding):
            pads += [before, after]
        x = torch.nn.functional.pad(x, pads)
        conv = (torch.nn.functional.conv1d if len(self.spatial_shape) == 1
                else torch.nn.functional.conv2d)
        return conv(x, torch.from_numpy(self.weight), torch.from_numpy(self.bias), self.stride,
                    0, self.dilation, self.groups).numpy()

    def _positions(self, neurons: np.ndarray):
        """Output channel of each neuron, and its kernel taps as flat input positions.

        Returns ``(channel, flat_pos, inside)``: ``flat_pos`` (k, K) indexes the flat spatial
        input (0 where the tap falls on padding) and ``inside`` (k, K) says whether the tap
        is a real input position.
        """
        neurons = np.asarray(neurons, dtype=np.int64)
        spatial_out = self.output_shape[1:]
        kernel = self.weight.shape[2:]
        channel, *out_pos = np.unravel_index(neurons, self.output_shape)
        offsets = np.stack(np.unravel_index(np.arange(int(np.prod(kernel))), kernel), axis=1)
        positions = np.empty((len(neurons), len(offsets), len(spatial_out)), dtype=np.int64)
        for axis in range(len(spatial_out)):  # the 1 or 2 spatial axes only
            positions[:, :, axis] = (out_pos[axis][:, None] * self.stride[axis]
                                     + offsets[None, :, axis] * self.dilation[axis]
                                     - self.padding[axis][0])
        inside = np.all((positions >= 0) & (positions < np.asarray(self.spatial_shape)), axis=2)
        clipped = np.where(inside[:, :, None], positions, 0)
        flat_pos = np.ravel_multi_index(tuple(np.moveaxis(clipped, 2, 0)), self.spatial_shape)
        return channel, flat_pos, inside

    def _sparse(self, values: np.ndarray, flat_pos: np.ndarray, inside: np.ndarray
                ) -> sp.csr_matrix:
        k = flat_pos.shape[0]
        rows = np.broadcast_to(np.arange(k)[:, None], flat_pos.shape)[inside]
        return sp.csr_matrix((values[inside], (rows, flat_pos[inside])),
                             shape=(k, self.n_positions))

    def receptive_field(self, neurons: np.ndarray) -> sp.csr_matrix:
        _, flat_pos, inside = self._positions(neurons)
        return self._sparse(np.ones(inside.shape, dtype=bool), flat_pos, inside)

    def contributions(self, diff: np.ndarray, neurons: np.ndarray) -> sp.csr_matrix:
        channel, flat_pos, inside = self._positions(neurons)
        k, n_taps = flat_pos.shape
        c_in = self.weight.shape[1]
        group_start = (channel // (self.output_shape[0] // self.groups)) * c_in
        in_channels = group_start[:, None] + np.arange(c_in)[None, :]  # (k, c_in)
        diff_flat = np.asarray(diff, dtype=np.float64).reshape(self.input_shape[0], -1)
        gathered = diff_flat[in_channels[:, :, None], flat_pos[:, None, :]]  # (k, c_in, K)
        weights = self.weight[channel].reshape(k, c_in, n_taps)
        values = np.einsum("tck,tck->tk", weights, gathered)
        return self._sparse(values, flat_pos, inside)


def model_device(model: nn.Module) -> torch.device:
    """Where the model runs: its first parameter's device (the CPU without parameters).

    Inputs and baselines are moved there; results come back as CPU numpy arrays.
    """
    param = next(model.parameters(), None)
    return torch.device("cpu") if param is None else param.device


@contextmanager
def eval_mode(model: nn.Module) -> Iterator[None]:
    """Run ``model`` in eval mode, warning and restoring train mode if it was training.

    BatchNorm folding needs the running statistics and the explanation must not depend on
    dropout, so a model in training mode is switched to ``eval()`` for the explanation and
    switched back afterwards.
    """
    was_training = model.training
    if was_training:
        warnings.warn(
            "model: is in training mode; SMUG switches it to eval() for the explanation "
            "(BatchNorm running statistics, no dropout) and restores train() afterwards",
            UserWarning,
            stacklevel=3,
        )
        model.eval()
    try:
        yield
    finally:
        if was_training:
            model.train()


def _execution_order(model: nn.Module, x: torch.Tensor) -> list[tuple[nn.Module, tuple]]:
    """Modules in the order their forward is entered during ``model(x)``, with inputs."""
    order: list[tuple[nn.Module, tuple]] = []
    handles = [m.register_forward_pre_hook(lambda mod, inp: order.append((mod, inp)))
               for m in model.modules()]
    try:
        with torch.no_grad():
            run_model(model, x)
    finally:
        for h in handles:
            h.remove()
    return order


def run_model(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """``model(x)``, turning a shape error of the model into a ValueError naming ``x``."""
    try:
        return model(x)
    except (RuntimeError, ValueError, IndexError) as err:
        raise ValueError(
            f"x: the model rejected an input of shape {tuple(x.shape)} "
            f"(dtype {x.dtype}): {err}"
        ) from err


def _descendants(module: nn.Module) -> set[int]:
    return {id(m) for m in module.modules()}


def _is_container(module: nn.Module) -> bool:
    return any(True for _ in module.children()) and not isinstance(module, _AFFINE)


def _find_layer(order: list[tuple[nn.Module, tuple]]) -> int:
    """Index in ``order`` of the first affine module; error on anything else before it."""
    skip: set[int] = set()
    for i, (mod, _) in enumerate(order):
        if id(mod) in skip or _is_container(mod):
            continue
        if isinstance(mod, _AFFINE):
            return i
        if isinstance(mod, _PASS_THROUGH):
            skip |= _descendants(mod)
            continue
        raise UnsupportedLayerError(
            f"layer: the first layer the model runs is {type(mod).__name__}, which is not "
            "an affine map; SMUG needs nn.Linear, nn.Conv1d or nn.Conv2d first (optionally "
            "after Flatten/Embedding/Dropout), or pass layer= explicitly"
        )
    raise UnsupportedLayerError("layer: the model ran no nn.Linear, nn.Conv1d or nn.Conv2d")


def _applied_next(order, index: int, module: nn.Module, out: torch.Tensor, types: tuple
                  ) -> tuple[nn.Module | None, int]:
    """The module of ``types`` that runs next on exactly ``out`` (``module``'s output).

    Looks at the first module that runs after ``order[index]`` outside ``module`` itself
    (containers skipped); returns it and its index when it is of ``types`` and its input is
    ``out``, else ``(None, index)``.
    """
    inside = _descendants(module)
    for i in range(index + 1, len(order)):
        mod, inp = order[i]
        if id(mod) in inside or _is_container(mod):
            continue
        if isinstance(mod, types) and inp and inp[0].shape == out.shape \
                and torch.equal(inp[0], out):
            return mod, i
        return None, index
    return None, index


def _following(order, index: int, layer: nn.Module, out: torch.Tensor
               ) -> tuple[nn.Module | None, nn.Module | None]:
    """The BatchNorm and the activation (ReLU, ReLU6) applied right after ``layer``."""
    bn, at = _applied_next(order, index, layer, out, _BATCHNORM)
    if bn is not None:
        with torch.no_grad():
            out = bn(out)
    activation, _ = _applied_next(order, at, bn if bn is not None else layer, out, ACTIVATIONS)
    return bn, activation


def _padding(layer: nn.Module) -> tuple[tuple[int, int], ...]:
    """All zero padding of a conv layer as (before, after) per spatial axis."""
    n_sp = layer.weight.dim() - 2
    if layer.padding_mode != "zeros":
        raise UnsupportedLayerError(
            f"layer: padding_mode={layer.padding_mode!r} is not affine in the masked input "
            "in the way SMUG encodes; only 'zeros' is supported"
        )
    pad = layer.padding
    if pad == "valid":
        pads = [(0, 0)] * n_sp
    elif pad == "same":
        pads = []
        for k, d in zip(layer.kernel_size, layer.dilation):
            total = d * (k - 1)
            pads.append((total // 2, total - total // 2))
    else:
        pads = [(int(p), int(p)) for p in pad]
    static = getattr(layer, "static_padding", None)
    if static is not None and not isinstance(static, nn.Identity):
        if not isinstance(static, (nn.ZeroPad2d, nn.ConstantPad2d)) or (
                isinstance(static, nn.ConstantPad2d) and static.value != 0):
            raise UnsupportedLayerError(
                f"layer: static padding {type(static).__name__} is not zero padding"
            )
        left, right, top, bottom = static.padding
        pads = [(pads[0][0] + top, pads[0][1] + bottom), (pads[1][0] + left, pads[1][1] + right)]
    elif static is None and type(layer).forward not in (nn.Conv1d.forward, nn.Conv2d.forward):
        raise UnsupportedLayerError(
            f"layer: {type(layer).__name__} overrides Conv forward in a way SMUG does not know "
            "(only Conv2dStaticSamePadding-style static_padding is understood)"
        )
    return tuple(pads)


def _fold(weight: np.ndarray, bias: np.ndarray, bn: nn.Module) -> tuple[np.ndarray, np.ndarray]:
    """Fold an eval-mode BatchNorm ``y = (o - mu) / sqrt(var + eps) * g + beta`` into W, b."""
    mu = bn.running_mean.detach().cpu().double().numpy()
    var = bn.running_var.detach().cpu().double().numpy()
    g = bn.weight.detach().cpu().double().numpy() if bn.affine else np.ones_like(mu)
    beta = bn.bias.detach().cpu().double().numpy() if bn.affine else np.zeros_like(mu)
    scale = g / np.sqrt(var + bn.eps)
    w = weight * scale.reshape((-1,) + (1,) * (weight.ndim - 1))
    return w, (bias - mu) * scale + beta


def extract_first_layer(model: nn.Module, x: torch.Tensor, layer: nn.Module | None = None
                        ) -> tuple[FirstLayer, torch.Tensor]:
    """Locate the first affine layer (or check the given one) and return it with its input.

    Parameters
    ----------
    model : nn.Module
        In eval mode (see :func:`eval_mode`).
    x : Tensor
        One example with a batch axis of 1, as the model takes it.
    layer : nn.Module, optional
        The layer to encode; default the first affine layer the model runs.

    Returns
    -------
    (FirstLayer, Tensor)
        The float64 layer and its input for ``x`` (batch axis dropped): for images the
        model input, for text the embedded tokens.
    """
    order = _execution_order(model, x)
    if layer is None:
        index = _find_layer(order)
        layer = order[index][0]
    else:
        if not isinstance(layer, _AFFINE):
            raise UnsupportedLayerError(
                f"layer: expected nn.Linear, nn.Conv1d or nn.Conv2d, got {type(layer).__name__}"
            )
        hits = [i for i, (m, _) in enumerate(order) if m is layer]
        if not hits:
            raise ValueError("layer: the given module does not run in model(x)")
        if len(hits) > 1:
            raise UnsupportedLayerError("layer: the module runs more than once in model(x)")
        index = hits[0]
    inp = order[index][1][0]
    if inp.shape[0] != 1:
        raise ValueError(f"x: expected a batch of one example, got layer input {tuple(inp.shape)}")
    with torch.no_grad():
        out = layer(inp)
    bn, activation = _following(order, index, layer, out)
    weight = layer.weight.detach().cpu().double().numpy().copy()
    bias = (layer.bias.detach().cpu().double().numpy().copy() if layer.bias is not None
            else np.zeros(weight.shape[0]))
    if bn is not None:
        weight, bias = _fold(weight, bias, bn)
    common = dict(weight=weight, bias=bias, layer=layer,
                  output_module=bn if bn is not None else layer,
                  folded_batchnorm=bn is not None, activation=activation)
    first: FirstLayer
    if isinstance(layer, nn.Linear):
        if inp.dim() != 2:
            raise UnsupportedLayerError(
                f"layer: nn.Linear applied to a {inp.dim() - 1}-D input per example; SMUG "
                "encodes Linear only as the first layer over a flat input"
            )
        first = LinearLayer(input_shape=(1, layer.in_features),
                            output_shape=(layer.out_features,), **common)
    else:
        stride = tuple(layer.stride)
        if len(stride) == 1 and isinstance(layer, nn.Conv2d):
            stride = stride * 2
        first = ConvLayer(input_shape=tuple(inp.shape[1:]), output_shape=tuple(out.shape[1:]),
                          stride=stride, padding=_padding(layer),
                          dilation=tuple(layer.dilation), groups=int(layer.groups), **common)
    return first, inp[0].detach()
