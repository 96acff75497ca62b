"""Read a torch ``nn.Sequential`` of Linear / Conv2d / ReLU layers into plain float64 layers.

A ``Conv2d`` is affine, so it becomes one dense layer: its matrix is read off by applying
the convolution (in float64, without bias) to the unit basis of its input, which gives
the kernel weights themselves (each output is one product ``w * 1`` plus exact zeros), and
its bias is repeated over the output positions. The shape it reads comes from an
``Unflatten`` before it; ``Flatten`` after it keeps torch's (channel, row, column) order.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from smug.errors import UnsupportedProblemError
from smug.fullnet.layers import Dense

__all__ = ["layers_from_sequential", "PASS_THROUGH", "MONOTONE_OUTPUTS"]

#: Modules that are the identity on a flat input in eval mode.
PASS_THROUGH = ("Identity", "Flatten", "Dropout")
#: Final modules that are strictly increasing per output (or shift all outputs by the same
#: amount), so they keep the order of the logits: dropped.
MONOTONE_OUTPUTS = ("Sigmoid", "Softmax", "LogSoftmax")


def conv2d_as_dense(module: Any, shape: tuple[int, ...]) -> tuple[Dense, tuple[int, ...]]:
    """A ``Conv2d`` on inputs of ``shape`` (C, H, W) as a Dense layer, and its output shape."""
    import torch

    n_in = int(np.prod(shape))
    with torch.no_grad():
        basis = torch.eye(n_in, dtype=torch.float64).reshape(n_in, *shape)
        out = torch.nn.functional.conv2d(basis, module.weight.detach().double(), None,
                                         module.stride, module.padding, module.dilation,
                                         module.groups)
    out_shape = tuple(out.shape[1:])
    W = out.reshape(n_in, -1).T.cpu().numpy()
    bias = (module.bias.detach().cpu().double().numpy() if module.bias is not None
            else np.zeros(out_shape[0]))
    b = np.repeat(bias, out_shape[1] * out_shape[2])
    return Dense(W, b, relu=False), out_shape


def layers_from_sequential(model: Any) -> tuple[tuple[Dense, ...], tuple[str, ...]]:
    """The Dense layers of ``model`` and the names of the dropped final monotone modules.

    Raises
    ------
    TypeError
        ``model`` is not an ``nn.Sequential``.
    UnsupportedProblemError
        A module other than Linear / ReLU / pass-through, or a monotone output that is not
        last; the message names the module and its position.
    """
    from torch import nn

    if not isinstance(model, nn.Sequential):
        raise TypeError(f"model: expected a torch.nn.Sequential, got {type(model).__name__}")
    modules = list(model.named_children())
    dropped: list[str] = []
    while modules and type(modules[-1][1]).__name__ in MONOTONE_OUTPUTS:
        name, module = modules.pop()
        dropped.insert(0, f"{name}: {type(module).__name__}")
    layers: list[Dense] = []
    shape: tuple[int, ...] | None = None
    for name, module in modules:
        kind = type(module).__name__
        if isinstance(module, nn.Unflatten):
            shape = _unflattened(module, name)
        elif isinstance(module, nn.Conv2d):
            if shape is None or len(shape) != 3 or shape[0] != module.in_channels:
                raise UnsupportedProblemError(
                    f"model: Conv2d at layer {name!r} needs an input shape (C={module.in_channels}, "
                    f"H, W): put nn.Unflatten(1, (C, H, W)) before it (got {shape})")
            dense, shape = conv2d_as_dense(module, shape)
            layers.append(dense)
        elif isinstance(module, nn.Linear):
            W = module.weight.detach().cpu().double().numpy()
            b = (module.bias.detach().cpu().double().numpy() if module.bias is not None
                 else np.zeros(W.shape[0]))
            layers.append(Dense(W, b, relu=False))
        elif isinstance(module, nn.ReLU):
            if not layers or layers[-1].relu:
                raise UnsupportedProblemError(
                    f"model: ReLU at layer {name!r} must follow a Linear layer")
            last = layers.pop()
            layers.append(Dense(last.W, last.b, relu=True))
        elif kind in PASS_THROUGH:
            continue
        else:
            raise UnsupportedProblemError(
                f"model: layer {name!r} is {kind}; the full-network encoding supports "
                f"Linear, Conv2d and ReLU (plus Unflatten, {', '.join(PASS_THROUGH)}, and a final "
                f"{' / '.join(MONOTONE_OUTPUTS)} which is dropped)"
            )
    if not layers:
        raise UnsupportedProblemError("model: no Linear layer found")
    if layers[-1].relu:
        raise UnsupportedProblemError(
            "model: the last layer is a ReLU; the encoding compares the logits of a final "
            "Linear layer")
    return tuple(layers), tuple(dropped)


def _unflattened(module: Any, name: str) -> tuple[int, ...]:
    if module.dim != 1:
        raise UnsupportedProblemError(
            f"model: Unflatten at layer {name!r} must unflatten dim 1 of a flat (N, n) input")
    return tuple(int(d) for d in module.unflattened_size)
