"""Read a torch ``nn.Sequential`` of Linear / ReLU layers into plain float64 layers."""

from __future__ import annotations

from typing import Any

import numpy as np

from smug.errors import UnsupportedProblemError
from smug.fullnet.problem import Dense

__all__ = ["layers_from_sequential", "PASS_THROUGH", "MONOTONE_OUTPUTS"]

#: Modules that are the identity on a flat input in eval mode.
PASS_THROUGH = ("Identity", "Flatten", "Dropout")
#: Final modules that are strictly increasing per output (or shift all outputs by the same
#: amount), so they keep the order of the logits: dropped.
MONOTONE_OUTPUTS = ("Sigmoid", "Softmax", "LogSoftmax")


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
    for name, module in modules:
        kind = type(module).__name__
        if isinstance(module, nn.Linear):
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
                f"Linear and ReLU (plus {', '.join(PASS_THROUGH)}, and a final "
                f"{' / '.join(MONOTONE_OUTPUTS)} which is dropped)"
            )
    if not layers:
        raise UnsupportedProblemError("model: no Linear layer found")
    if layers[-1].relu:
        raise UnsupportedProblemError(
            "model: the last layer is a ReLU; the encoding compares the logits of a final "
            "Linear layer")
    return tuple(layers), tuple(dropped)
