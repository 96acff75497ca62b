"""Train the models of this project deterministically and write their weights and cards.

Usage::

    python benchmarks/train_models.py                 # every model
    python benchmarks/train_models.py --model mnist_mlp
    python benchmarks/train_models.py --model text_cnn --seed 0
    python benchmarks/train_models.py --model mnist_conv

Writes ``smug/models/weights/<name>.npz`` and ``<name>.json`` (seed, epochs, accuracy).
The same seed gives identical weight values (one thread, deterministic kernels).
"""

from __future__ import annotations

import argparse
import json
import time


def train_mnist_mlp(seed: int | None, epochs: int | None) -> dict:
    from smug.models import mnist_mlp

    kwargs = {k: v for k, v in (("seed", seed), ("epochs", epochs)) if v is not None}
    model, card = mnist_mlp.train_mnist_mlp(verbose=True, **kwargs)
    mnist_mlp.save_mnist_mlp(model, card)
    return card


def train_text_cnn(seed: int | None, epochs: int | None) -> dict:
    from smug.models import text_cnn

    kwargs = {k: v for k, v in (("seed", seed), ("epochs", epochs)) if v is not None}
    model, vocab, card = text_cnn.train_text_cnn(verbose=True, **kwargs)
    text_cnn.save_text_cnn(model, vocab, card)
    return card


def train_mnist_conv(seed: int | None, epochs: int | None) -> dict:
    from smug.models import mnist_conv

    kwargs = {k: v for k, v in (("seed", seed), ("epochs", epochs)) if v is not None}
    model, card = mnist_conv.train_mnist_conv(verbose=True, **kwargs)
    mnist_conv.save_mnist_conv(model, card)
    return card


TRAINERS = {"mnist_mlp": train_mnist_mlp, "text_cnn": train_text_cnn,
            "mnist_conv": train_mnist_conv}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=[*TRAINERS, "all"], default="all")
    parser.add_argument("--seed", type=int, default=None, help="default: the model's own")
    parser.add_argument("--epochs", type=int, default=None, help="default: the model's own")
    args = parser.parse_args(argv)
    names = list(TRAINERS) if args.model == "all" else [args.model]
    for name in names:
        start = time.perf_counter()
        card = TRAINERS[name](args.seed, args.epochs)
        print(f"{name}: {time.perf_counter() - start:.1f} s")
        print(json.dumps(card, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
