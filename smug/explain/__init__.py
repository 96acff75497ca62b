"""The SMUG explainer: first-layer integrated gradients -> MaskProblem -> minimal mask.

Public API::

    from smug.explain import SMUG, SMUGBase, explain
    result = SMUG(model).attribute(x, k=3000, gamma=0.0, cell=4, time_limit=30)
    result = smug.explain(model, x, k=3000)          # the one-call shortcut
    encoding = SMUG(model).encode(x, k=3000)         # the MaskProblem only (no solve)
    smug.explain.validate_arguments(k=3000, cell=4, backend="cpsat")   # checks, no model

``smug.explain`` is both this package and the shortcut function: the package module is
made callable, so ``smug.explain(model, x, ...)`` works whether or not the package has been
imported already (importing a subpackage binds it as an attribute of ``smug``, which would
otherwise hide the function).
"""

from __future__ import annotations

import inspect
import sys
import types
from typing import Any

from smug.explain.arguments import MASK_VALUES, check_cell, validate_arguments
from smug.explain.encode import Encoding, cell_contributions, encode_rows
from smug.explain.explainer import (
    SMUG,
    EmptyMaskWarning,
    ExplainTimings,
    Explanation,
    FewNeuronsWarning,
    SMUGBase,
    explain,
    model_device,
)
from smug.explain.firstlayer import (
    ConvLayer,
    FirstLayer,
    LinearLayer,
    UnsupportedLayerError,
    extract_first_layer,
)
from smug.explain.ig import (
    DEFAULT_IG_TOLERANCE,
    DEFAULT_N_STEPS,
    IG_OUTPUTS,
    REFERENCE_N_STEPS,
    IGNotConvergedWarning,
    LayerAttribution,
    first_layer_ig,
)
from smug.explain.saliency import (
    SaliencyMaps,
    cell_scores,
    pixel_scores,
    receptive_union,
    saliency_maps,
    scale_for_display,
)

__all__ = [
    "DEFAULT_IG_TOLERANCE",
    "DEFAULT_N_STEPS",
    "IG_OUTPUTS",
    "MASK_VALUES",
    "REFERENCE_N_STEPS",
    "SMUG",
    "ConvLayer",
    "EmptyMaskWarning",
    "Encoding",
    "ExplainTimings",
    "Explanation",
    "FewNeuronsWarning",
    "FirstLayer",
    "IGNotConvergedWarning",
    "LayerAttribution",
    "LinearLayer",
    "SMUGBase",
    "SaliencyMaps",
    "UnsupportedLayerError",
    "cell_contributions",
    "cell_scores",
    "check_cell",
    "encode_rows",
    "explain",
    "extract_first_layer",
    "first_layer_ig",
    "model_device",
    "pixel_scores",
    "receptive_union",
    "saliency_maps",
    "scale_for_display",
    "validate_arguments",
]


class _CallableModule(types.ModuleType):
    """This package, callable as :func:`smug.explain.explain`."""

    def __call__(self, model: Any, x: Any, *args: Any, **kwargs: Any) -> Explanation:
        return explain(model, x, *args, **kwargs)

    # help(smug.explain) and inspect.signature(smug.explain) show explain's real parameters
    __call__.__doc__ = explain.__doc__
    __call__.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY),
         *inspect.signature(explain).parameters.values()],
        return_annotation=inspect.signature(explain).return_annotation)


sys.modules[__name__].__class__ = _CallableModule
