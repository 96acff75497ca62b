"""smug.viz: figures from arrays, PNG output, token HTML."""

from __future__ import annotations

import numpy as np
import pytest

from smug.viz import (
    box_rgb,
    mask_rgb,
    overlay_rgb,
    plot_explanation,
    png_bytes,
    save_explanation_png,
    text_html,
)


def _arrays():
    rng = np.random.default_rng(0)
    image = rng.random((16, 16, 3))
    mask = np.zeros((16, 16), dtype=bool)
    mask[4:8, 4:12] = True
    saliency = np.where(mask, 0.5 + 0.5 * rng.random((16, 16)), 0.0)
    return image, mask, saliency


def test_plot_has_one_panel_per_view_and_titles_the_mask_fraction():
    image, mask, saliency = _arrays()
    fig = plot_explanation(image, mask, saliency, title="t", extra=[("base", ~mask)])
    axes = fig.get_axes()
    assert len(axes) == 4
    assert axes[1].get_title() == "mask per pixel (12.5%)"
    assert axes[3].get_title() == "base (87.5%)"
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_save_writes_a_png(tmp_path):
    image, mask, saliency = _arrays()
    path = save_explanation_png(tmp_path / "x.png", image[:, :, 0], mask, saliency)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_shapes_and_ranges_are_errors():
    image, mask, saliency = _arrays()
    with pytest.raises(ValueError, match="mask:"):
        plot_explanation(image, mask[:8], saliency)
    with pytest.raises(ValueError, match="image:"):
        plot_explanation(image * 255, mask, saliency)


def test_text_html_colours_by_sign_and_escapes():
    out = text_html(["good", "<b>", "bad"], [2.0, 0.0, -1.0], title="review")
    assert "rgba(0,160,0,1.000)" in out and "rgba(220,0,0,0.500)" in out
    assert "&lt;b&gt;" in out and "<b>review</b>" in out
    with pytest.raises(ValueError, match="scores:"):
        text_html(["a", "b"], [1.0])


def test_overlay_colours_only_the_salient_pixels():
    image, mask, saliency = _arrays()
    out = overlay_rgb(image, saliency)
    assert out.shape == (16, 16, 3) and out.dtype == np.uint8
    plain = np.round(image * 255).astype(np.uint8)
    assert np.array_equal(out[~mask], plain[~mask])  # untouched off the mask
    assert (out[mask] != plain[mask]).any(axis=1).all()  # blended on it
    grey = overlay_rgb(image[:, :, 0], np.zeros((16, 16)))
    assert np.array_equal(grey[:, :, 0], grey[:, :, 2])  # a grey image stays grey
    with pytest.raises(ValueError, match="saliency:"):
        overlay_rgb(image, saliency[:8])


def test_mask_and_box_pictures():
    image, mask, _ = _arrays()
    assert np.array_equal(mask_rgb(mask)[:, :, 1] == 255, mask)
    boxed = box_rgb(image, (2, 3, 10, 12), width=1)
    edge = np.zeros((16, 16), dtype=bool)
    edge[2:10, 3:12] = True
    edge[3:9, 4:11] = False
    assert (boxed[edge] == (0, 200, 0)).all()
    plain = np.round(image * 255).astype(np.uint8)
    assert np.array_equal(boxed[~edge], plain[~edge])
    with pytest.raises(ValueError, match="box:"):
        box_rgb(image, (2, 3, 17, 12))


def test_png_bytes_round_trip():
    import io

    from PIL import Image

    image, mask, _ = _arrays()
    rgb = np.round(image * 255).astype(np.uint8)
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(png_bytes(rgb)))), rgb)
    with pytest.raises(ValueError, match="rgb:"):
        png_bytes(image)
