"""A warning for images blown up to the model's input size (nothing real to explain then)."""

from __future__ import annotations

import warnings

__all__ = ["MAX_UPSCALE", "UpscaleWarning", "warn_if_upscaled"]

#: Beyond this factor an upscaled image is mostly interpolation.
MAX_UPSCALE = 4.0


class UpscaleWarning(UserWarning):
    """An input image was upscaled more than :data:`MAX_UPSCALE` times to fit the model."""


def warn_if_upscaled(shape: tuple[int, int], size: tuple[int, int], model: str,
                     stacklevel: int = 3) -> float:
    """Warn when resizing ``shape`` (H, W) to ``size`` enlarges a side more than 4x;
    returns the larger of the two factors."""
    factor = max(size[0] / max(1, shape[0]), size[1] / max(1, shape[1]))
    if factor > MAX_UPSCALE:
        warnings.warn(
            f"image: {shape[0]}x{shape[1]} pixels upscaled {factor:.1f}x to {model}'s "
            f"{size[0]}x{size[1]} input; the explanation is about interpolated pixels",
            UpscaleWarning, stacklevel=stacklevel)
    return factor
