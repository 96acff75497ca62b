"""Real photos that ship with installed packages, by name (nothing is downloaded).

* scikit-image (``skimage.data``): chelsea (a cat), coffee, astronaut, rocket, camera,
  coins, ...;
* scikit-learn (``load_sample_images``): china, flower;
* matplotlib (``cbook.get_sample_data``): grace_hopper.
"""

from __future__ import annotations

import numpy as np

__all__ = ["PHOTOS", "load_photo"]

_SKIMAGE = ("chelsea", "coffee", "astronaut", "rocket", "camera", "coins", "cat",
            "hubble_deep_field", "immunohistochemistry")
_SKLEARN = {"china": "china.jpg", "flower": "flower.jpg"}
PHOTOS = _SKIMAGE + tuple(_SKLEARN) + ("grace_hopper",)


def _skimage(name: str) -> np.ndarray:
    try:
        import skimage.data
    except ImportError as err:
        raise ImportError("photo: needs scikit-image; run: pip install scikit-image") from err
    return getattr(skimage.data, name)()


def _sklearn(name: str) -> np.ndarray:
    try:
        from sklearn.datasets import load_sample_images
    except ImportError as err:
        raise ImportError("photo: needs scikit-learn; run: pip install scikit-learn") from err
    data = load_sample_images()
    return data.images[data.filenames.index(next(f for f in data.filenames
                                                 if f.endswith(_SKLEARN[name])))]


def _matplotlib(name: str) -> np.ndarray:
    try:
        import matplotlib.image
        from matplotlib import cbook
    except ImportError as err:
        raise ImportError("photo: needs matplotlib; run: pip install matplotlib") from err
    with cbook.get_sample_data(f"{name}.jpg") as f:
        return np.asarray(matplotlib.image.imread(f, format="jpg"))


def load_photo(name: str) -> np.ndarray:
    """The photo ``name`` as an RGB ``uint8`` array (H, W, 3) (grey photos as (H, W)).

    Raises
    ------
    ValueError
        For an unknown name; the message lists the valid ones.
    """
    if name in _SKIMAGE:
        image = _skimage(name)
    elif name in _SKLEARN:
        image = _sklearn(name)
    elif name == "grace_hopper":
        image = _matplotlib(name)
    else:
        raise ValueError(f"name: unknown photo {name!r}; valid: {', '.join(PHOTOS)}")
    return np.asarray(image, dtype=np.uint8)
