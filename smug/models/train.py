"""Deterministic training helpers shared by the models trained here.

Determinism comes from three things: the seed (``torch.manual_seed`` for the initial
weights, a seeded ``torch.Generator`` for the shuffling order), one intra-op thread
(float reductions then always run in the same order) and
``torch.use_deterministic_algorithms``. The previous global settings are restored
afterwards, so training inside a larger program does not change that program.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import numpy as np
import torch
from torch import nn


@contextlib.contextmanager
def deterministic(seed: int) -> Iterator[torch.Generator]:
    """Seed torch, use one thread and deterministic kernels; yield a seeded generator."""
    threads = torch.get_num_threads()
    was_deterministic = torch.are_deterministic_algorithms_enabled()
    rng_state = torch.get_rng_state()
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    torch.manual_seed(seed)
    try:
        yield torch.Generator().manual_seed(seed)
    finally:
        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(was_deterministic)
        torch.set_rng_state(rng_state)


def train_epochs(
    model: nn.Module,
    inputs: torch.Tensor,
    targets: torch.Tensor,
    loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    *,
    epochs: int,
    batch_size: int,
    lr: float,
    generator: torch.Generator,
    weight_decay: float = 0.0,
    on_epoch: Callable[[int, float], None] | None = None,
) -> list[float]:
    """Train ``model`` with Adam over shuffled mini-batches; return the mean loss per epoch.

    Parameters
    ----------
    inputs, targets : torch.Tensor
        The whole training set (it fits in memory for both models trained here).
    loss_fn : callable
        ``loss_fn(model(batch_inputs), batch_targets) -> scalar``.
    generator : torch.Generator
        Seeded generator for the shuffling order (see :func:`deterministic`).
    on_epoch : callable, optional
        Called as ``on_epoch(epoch, mean_loss)`` after each epoch (progress output,
        validation); it may switch the model to eval mode.
    """
    optimiser = torch.optim.Adam(model.parameters(), lr=lr, weight_decay=weight_decay)
    n = inputs.shape[0]
    history: list[float] = []
    for epoch in range(epochs):
        model.train()  # again each epoch: on_epoch may have evaluated the model
        order = torch.randperm(n, generator=generator)
        total = 0.0
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            optimiser.zero_grad()
            loss = loss_fn(model(inputs[batch]), targets[batch])
            loss.backward()
            optimiser.step()
            total += loss.item() * len(batch)
        history.append(total / n)
        if on_epoch is not None:
            on_epoch(epoch, history[-1])
    model.eval()
    return history


@torch.no_grad()
def predict_in_batches(
    model: nn.Module, inputs: torch.Tensor, batch_size: int = 4096
) -> torch.Tensor:
    """Concatenate ``model(batch)`` over batches of ``inputs`` (model in eval mode)."""
    model.eval()
    outputs = [model(inputs[s : s + batch_size]) for s in range(0, inputs.shape[0], batch_size)]
    return torch.cat(outputs)


def accuracy(predicted: np.ndarray | torch.Tensor, truth: np.ndarray | torch.Tensor) -> float:
    """Fraction of equal entries."""
    predicted = np.asarray(predicted)
    truth = np.asarray(truth)
    return float((predicted == truth).mean())
