"""Saving and loading the committed weights and their JSON cards.

Weights are stored as ``.npz`` (one float32 array per ``state_dict`` entry): small,
portable, readable without torch, and loaded without unpickling anything. Each weights
file has a card ``<name>.json`` beside it saying how it was made (seed, epochs,
accuracy, ...).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"


def weights_path(name: str) -> Path:
    """Path of the committed weights ``<name>.npz``."""
    return WEIGHTS_DIR / f"{name}.npz"


def card_path(name: str) -> Path:
    """Path of the JSON card ``<name>.json`` describing the weights."""
    return WEIGHTS_DIR / f"{name}.json"


def save_state(module, path: Path) -> None:
    """Write a module's ``state_dict`` as float32 arrays to ``path`` (.npz)."""
    arrays = {key: value.detach().cpu().numpy() for key, value in module.state_dict().items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **arrays)


def load_state(module, path: Path) -> None:
    """Load ``path`` (.npz written by :func:`save_state`) into ``module`` strictly.

    Raises
    ------
    FileNotFoundError
        If the weights are missing, naming the script that produces them.
    """
    import torch

    if not Path(path).is_file():
        raise FileNotFoundError(
            f"weights file {Path(path).name} not found in {Path(path).parent}; "
            "produce it with: python benchmarks/train_models.py"
        )
    with np.load(path, allow_pickle=False) as data:
        state = {key: torch.from_numpy(np.array(data[key])) for key in data.files}
    module.load_state_dict(state, strict=True)


def write_card(path: Path, card: dict[str, Any]) -> None:
    """Write a JSON card (sorted keys, stable formatting for clean diffs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n")


def read_card(path: Path) -> dict[str, Any]:
    """Read a JSON card written by :func:`write_card`."""
    return json.loads(Path(path).read_text())
