"""The SMUG explainer: first-layer integrated gradients -> MaskProblem -> minimal mask.

Public API::

    from smug.explain import SMUG, SMUGBase, explain
    result = SMUG(model).attribute(x, k=3000, gamma=0.0, cell=4, time_limit=30)
    result = smug.explain(model, x, k=3000)          # the one-call shortcut

``smug.explain`` is both this package and the shortcut function: the package module is
made callable, so ``smug.explain(model, x, ...)`` works whether or not the package has been
imported already (importing a subpackage binds it as an attribute of ``smug``, which would
otherwise hide the function).
"""

from __future__ import annotations

import sys
import types
from typing import Any

from smug.explain.encode import Encoding, cell_contributions, encode_rows
from smug.explain.explainer import (
    MASK_VALUES,
    SMUG,
    EmptyMaskWarning,
    Explanation,
    ExplainTimings,
    SMUGBase,
    explain,
)
from smug.explain.firstlayer import FirstLayer, UnsupportedLayerError, extract_first_layer
from smug.explain.ig import LayerAttribution, first_layer_ig
from smug.explain.saliency import cell_scores, receptive_union, scale_for_display

__all__ = [
    "MASK_VALUES",
    "SMUG",
    "SMUGBase",
    "EmptyMaskWarning",
    "Encoding",
    "Explanation",
    "ExplainTimings",
    "FirstLayer",
    "LayerAttribution",
    "UnsupportedLayerError",
    "cell_contributions",
    "cell_scores",
    "encode_rows",
    "explain",
    "extract_first_layer",
    "first_layer_ig",
    "receptive_union",
    "scale_for_display",
]


class _CallableModule(types.ModuleType):
    """This package, callable as :func:`smug.explain.explain`."""

    def __call__(self, model: Any, x: Any, **kwargs: Any) -> Explanation:
        return explain(model, x, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
