import numpy as np
import pytest
import torch

from smug.data.mnist import load_mnist
from smug.models.mnist_mlp import (
    build_mnist_mlp,
    evaluate,
    load_mnist_mlp,
    model_card,
    train_mnist_mlp,
)


def test_architecture_is_784_32_10_relu():
    model = build_mnist_mlp()
    assert [type(m).__name__ for m in model] == ["Linear", "ReLU", "Linear"]
    assert model[0].weight.shape == (32, 784) and model[2].weight.shape == (10, 32)


def test_committed_weights_load_in_eval_mode_and_match_card():
    model = load_mnist_mlp()
    assert not model.training
    card = model_card()
    assert card["seed"] == 0 and card["epochs"] >= 1
    accuracy = evaluate(model, "test")
    assert accuracy == pytest.approx(card["test_accuracy"], abs=1e-12)
    assert accuracy > 0.95


def test_single_digit_prediction():
    X, y = load_mnist("test")
    logits = load_mnist_mlp()(torch.from_numpy(X[:200]))
    assert logits.shape == (200, 10)
    assert (logits.argmax(1).numpy() == y[:200]).mean() > 0.9


def test_training_is_deterministic_from_seed():
    first, card = train_mnist_mlp(seed=3, epochs=1, n_train=3000)
    second, _ = train_mnist_mlp(seed=3, epochs=1, n_train=3000)
    other, _ = train_mnist_mlp(seed=4, epochs=1, n_train=3000)
    assert card["n_train"] == 3000 and card["test_accuracy"] > 0.5  # chance is 0.1
    for a, b, c in zip(first.parameters(), second.parameters(), other.parameters()):
        assert torch.equal(a, b)
        assert not torch.equal(a, c)


@pytest.mark.slow
def test_retraining_reproduces_committed_weights():
    card = model_card()
    model, _ = train_mnist_mlp(seed=card["seed"], epochs=card["epochs"])
    committed = load_mnist_mlp()
    for a, b in zip(model.parameters(), committed.parameters()):
        assert np.array_equal(a.detach().numpy(), b.detach().numpy())


def test_preprocess_digit_gives_back_mnist_pixels_from_uint8():
    from smug.models.mnist_mlp import preprocess_digit

    X, _ = load_mnist("test")
    pixels = np.round(X[0].reshape(28, 28) * 256).astype(np.uint8)
    assert torch.equal(preprocess_digit(pixels), torch.from_numpy(X[:1]))
    rgb = np.repeat(pixels[:, :, None], 3, axis=2)
    assert torch.equal(preprocess_digit(rgb), torch.from_numpy(X[:1]))


def test_preprocess_digit_resizes_warns_on_tiny_and_rejects_bad_shapes():
    from smug.models._resize import UpscaleWarning
    from smug.models.mnist_mlp import preprocess_digit

    with pytest.warns(UpscaleWarning, match="upscaled 5.6x"):
        x = preprocess_digit(np.full((5, 5), 200, dtype=np.uint8))
    assert x.shape == (1, 784) and float(x.min()) >= 0 and float(x.max()) < 1
    assert preprocess_digit(np.zeros((56, 56), dtype=np.uint8)).shape == (1, 784)
    with pytest.raises(ValueError, match="image"):
        preprocess_digit(np.zeros((28, 28, 2), dtype=np.uint8))
    with pytest.raises(ValueError, match="floats in"):
        preprocess_digit(np.full((28, 28), 3.0))
