"""The offline photos load by name as uint8 arrays."""

from __future__ import annotations

import numpy as np
import pytest

from smug.data.photos import PHOTOS, load_photo


@pytest.mark.parametrize("name,shape", [("chelsea", (300, 451, 3)), ("coffee", (400, 600, 3)),
                                        ("china", (427, 640, 3)),
                                        ("grace_hopper", (600, 512, 3)), ("camera", (512, 512))])
def test_photos_load_with_their_known_shapes(name, shape):
    image = load_photo(name)
    assert image.shape == shape and image.dtype == np.uint8 and name in PHOTOS


def test_unknown_photo_lists_the_valid_names():
    with pytest.raises(ValueError, match="name: unknown photo 'dog'.*chelsea"):
        load_photo("dog")
