"""smug.viz: figures from arrays, PNG output, token HTML."""

from __future__ import annotations

import numpy as np
import pytest

from smug.viz import plot_explanation, save_explanation_png, text_html


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
