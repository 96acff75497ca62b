"""EfficientNet-Lite0 with real ImageNet weights on real photos; ImageNet class names."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from smug.data.photos import load_photo
from smug.models.efficientnet import deprocess, load_efficientnet_lite0, preprocess
from smug.models.imagenet import class_name, class_names


@pytest.fixture(scope="module")
def model():
    return load_efficientnet_lite0()


@pytest.mark.parametrize("photo,label,name", [("chelsea", 285, "Egyptian cat"),
                                              ("coffee", 967, "espresso")])
def test_real_photos_get_their_known_class(model, photo, label, name):
    x = preprocess(load_photo(photo), crop="none")
    assert x.shape == (1, 3, 224, 224) and x.dtype == torch.float32
    with torch.no_grad():
        probs = torch.softmax(model(x), dim=1)[0]
    assert int(probs.argmax()) == label and class_name(label) == name
    assert float(probs.max()) > 0.7
    assert not model.training


def test_deprocess_inverts_preprocess_on_a_square_image():
    rng = np.random.default_rng(0)
    image = rng.integers(0, 256, (224, 224, 3), dtype=np.uint8)
    back = deprocess(preprocess(image))
    np.testing.assert_allclose(back, image / 255.0, atol=1e-5)


def test_preprocess_rejects_bad_images():
    with pytest.raises(ValueError, match="image:"):
        preprocess(np.zeros((4, 4, 2), dtype=np.uint8))
    with pytest.raises(ValueError, match="crop:"):
        preprocess(np.zeros((4, 4, 3), dtype=np.uint8), crop="left")


def test_class_names_are_the_1000_imagenet_classes():
    names = class_names()
    assert len(names) == 1000 and names[0] == "tench" and names[967] == "espresso"
    with pytest.raises(ValueError, match="index:"):
        class_name(1000)


def test_loading_prints_nothing(capsys):
    load_efficientnet_lite0()
    captured = capsys.readouterr()
    assert captured.out == "" and "Loaded pretrained" not in captured.err


def test_upscaling_more_than_four_times_warns_and_says_how_much():
    from smug.models._resize import UpscaleWarning

    tiny = (np.arange(300).reshape(10, 10, 3) % 256).astype(np.uint8)
    with pytest.warns(UpscaleWarning, match=r"10x10 pixels upscaled 22.4x"):
        preprocess(tiny, crop="none")


def test_a_photo_needing_at_most_four_times_does_not_warn():
    import warnings

    small = (np.arange(56 * 60 * 3).reshape(56, 60, 3) % 256).astype(np.uint8)  # 4.0x on 56
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        preprocess(small, crop="none")
