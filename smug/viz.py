"""Plots of explanations: image, mask, saliency overlay; text tokens coloured by score.

Every function takes plain numpy arrays (not an Explanation), so it serves any method.
matplotlib is imported only inside the image functions, with the non-interactive Agg
backend, so importing :mod:`smug.viz` costs nothing and works without a display.

Besides the figures, single pictures as RGB arrays and PNG bytes (:func:`overlay_rgb`,
:func:`mask_rgb`, :func:`box_rgb`, :func:`png_bytes`): the small files ``smug explain``
writes per input for the HTML report (:mod:`smug.report`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["box_rgb", "mask_rgb", "overlay_rgb", "plot_explanation", "png_bytes",
           "save_explanation_png", "text_html"]


def _pyplot():
    import matplotlib

    if matplotlib.get_backend().lower() != "agg":
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _check_image(image: np.ndarray) -> np.ndarray:
    image = np.asarray(image, dtype=np.float64)
    if image.ndim not in (2, 3) or (image.ndim == 3 and image.shape[2] not in (1, 3)):
        raise ValueError(f"image: expected (H, W) or (H, W, 3), got shape {image.shape}")
    if image.min() < 0 or image.max() > 1:
        raise ValueError("image: expected values in [0, 1] (use a deprocess function first)")
    return image[:, :, 0] if image.ndim == 3 and image.shape[2] == 1 else image


def _check_map(name: str, values: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    values = np.asarray(values)
    if values.shape != shape:
        raise ValueError(f"{name}: expected shape {shape} (the image's), got {values.shape}")
    return values


def plot_explanation(image: np.ndarray, mask: np.ndarray, saliency: np.ndarray,
                     title: str | None = None, panel_titles: Sequence[str] | None = None,
                     extra: Sequence[tuple[str, np.ndarray]] = ()) -> Any:
    """A figure with the image, the binary mask, and the saliency over the image.

    Parameters
    ----------
    image : (H, W, 3) or (H, W) floats in [0, 1]
    mask : (H, W) bool
    saliency : (H, W) floats (Eq. 4 scores scaled to [0.5, 1]; 0 off the mask)
    title : str, optional
        Figure title (e.g. the prediction).
    panel_titles : three str, optional
    extra : sequence of (title, (H, W) bool mask)
        More masks drawn as further panels (e.g. SMUG_base).

    Returns
    -------
    matplotlib.figure.Figure
    """
    image = _check_image(image)
    mask = _check_map("mask", mask, image.shape[:2]).astype(bool)
    saliency = _check_map("saliency", saliency, image.shape[:2]).astype(np.float64)
    plt = _pyplot()
    titles = list(panel_titles or ("input", f"mask per pixel ({mask.mean():.1%})",
                                   "saliency (Eq. 4)"))
    n = 3 + len(extra)
    fig, axes = plt.subplots(1, n, figsize=(3.2 * n, 3.6))
    cmap = None if image.ndim == 3 else "gray"
    axes[0].imshow(image, cmap=cmap)
    axes[1].imshow(mask, cmap="gray", vmin=0, vmax=1)
    axes[2].imshow(image, cmap=cmap)
    shown = np.ma.masked_where(saliency <= 0, saliency)
    axes[2].imshow(shown, cmap="jet", vmin=0.0, vmax=1.0, alpha=0.55)
    for ax, (name, other) in zip(axes[3:], extra):
        other = _check_map(name, other, image.shape[:2]).astype(bool)
        ax.imshow(other, cmap="gray", vmin=0, vmax=1)
        titles.append(f"{name} ({other.mean():.1%})")
    for ax, t in zip(axes, titles):
        ax.set_title(t, fontsize=9)
        ax.axis("off")
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def save_explanation_png(path: str | PathLike[str], image: np.ndarray, mask: np.ndarray,
                         saliency: np.ndarray, dpi: int = 110, **kwargs: Any) -> Path:
    """Draw :func:`plot_explanation` and write it as a PNG; returns the path."""
    path = Path(path)
    fig = plot_explanation(image, mask, saliency, **kwargs)
    try:
        fig.savefig(path, dpi=dpi)
    finally:
        _pyplot().close(fig)
    return path


def text_html(tokens: Sequence[str], scores: Sequence[float], title: str | None = None) -> str:
    """Tokens coloured by score as an HTML fragment: green positive, red negative.

    The colour's opacity is ``|score| / max|score|``; zero scores stay uncoloured. Token text
    is HTML-escaped.
    """
    tokens = [str(t) for t in tokens]
    scores = np.asarray(scores, dtype=np.float64)
    if scores.shape != (len(tokens),):
        raise ValueError(f"scores: expected one score per token ({len(tokens)}), "
                         f"got shape {scores.shape}")
    if not np.all(np.isfinite(scores)):
        raise ValueError("scores: must be finite")
    top = float(np.abs(scores).max()) if scores.size else 0.0
    spans = []
    for token, score in zip(tokens, scores):
        alpha = 0.0 if top == 0 else abs(score) / top
        rgb = "0,160,0" if score > 0 else "220,0,0"
        spans.append(f'<span style="background-color: rgba({rgb},{alpha:.3f})" '
                     f'title="{score:.4g}">{html.escape(token)}</span>')
    head = f"<p><b>{html.escape(title)}</b></p>" if title else ""
    return f'{head}<p style="line-height: 1.8">{" ".join(spans)}</p>'


# --- single pictures (RGB uint8 arrays) --------------------------------------------------------
def _rgb_floats(image: np.ndarray) -> np.ndarray:
    """(H, W, 3) floats in [0, 1] from a checked grey or RGB image."""
    image = _check_image(image)
    return np.repeat(image[:, :, None], 3, axis=2) if image.ndim == 2 else image


def _to_uint8(rgb: np.ndarray) -> np.ndarray:
    return np.round(np.clip(rgb, 0.0, 1.0) * 255).astype(np.uint8)


def overlay_rgb(image: np.ndarray, saliency: np.ndarray, alpha: float = 0.55) -> np.ndarray:
    """The saliency over the image, as :func:`plot_explanation` draws it, as an array.

    Pixels with a positive score are blended with the ``jet`` colour of their score (0 to 1,
    so Eq. 4's [0.5, 1] runs from green to red); the others show the image unchanged.

    Returns
    -------
    (H, W, 3) uint8
    """
    rgb = _rgb_floats(image)
    saliency = _check_map("saliency", saliency, rgb.shape[:2]).astype(np.float64)
    if not np.all(np.isfinite(saliency)):
        raise ValueError("saliency: must be finite")
    from matplotlib import colormaps

    colours = colormaps["jet"](np.clip(saliency, 0.0, 1.0))[:, :, :3]
    on = (saliency > 0)[:, :, None]
    return _to_uint8(np.where(on, (1 - alpha) * rgb + alpha * colours, rgb))


def mask_rgb(mask: np.ndarray) -> np.ndarray:
    """A bool (H, W) mask as a picture: kept positions white, the rest black."""
    mask = np.asarray(mask)
    if mask.ndim != 2:
        raise ValueError(f"mask: expected shape (H, W), got {mask.shape}")
    return np.repeat((mask.astype(bool) * np.uint8(255))[:, :, None], 3, axis=2)


def box_rgb(image: np.ndarray, box: tuple[int, int, int, int],
            colour: tuple[int, int, int] = (0, 200, 0), width: int | None = None) -> np.ndarray:
    """The image with a rectangle drawn on it (the paper's green LSC box).

    Parameters
    ----------
    image : (H, W, 3) or (H, W) floats in [0, 1]
    box : (top, left, bottom, right)
        End-exclusive pixel bounds, as :class:`smug.metrics.Box`.
    width : int, optional
        Line width in pixels (default: 1 per 100 pixels of the longer side, at least 1).
    """
    out = _to_uint8(_rgb_floats(image))
    h, w = out.shape[:2]
    top, left, bottom, right = (int(v) for v in box)
    if not (0 <= top < bottom <= h and 0 <= left < right <= w):
        raise ValueError(f"box: expected 0 <= top < bottom <= {h} and 0 <= left < right <= "
                         f"{w}, got {(top, left, bottom, right)}")
    t = max(1, max(h, w) // 100) if width is None else int(width)
    edge = np.zeros((h, w), dtype=bool)
    edge[top:bottom, left:right] = True
    inner = np.zeros((h, w), dtype=bool)
    inner[top + t:bottom - t, left + t:right - t] = True
    out[edge & ~inner] = colour
    return out


def png_bytes(rgb: np.ndarray) -> bytes:
    """An (H, W, 3) or (H, W) uint8 array as PNG file bytes."""
    import io

    from PIL import Image

    rgb = np.asarray(rgb)
    if rgb.dtype != np.uint8 or rgb.ndim not in (2, 3):
        raise ValueError(f"rgb: expected a uint8 (H, W) or (H, W, 3) array, got {rgb.dtype} "
                         f"{rgb.shape}")
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
