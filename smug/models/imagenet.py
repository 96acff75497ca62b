"""ImageNet-1k class names, read by path from the files the ``timm`` wheel ships.

``timm/data/_info/imagenet_synsets.txt`` lists the 1000 WordNet ids in class-index order,
``imagenet_synset_to_lemma.txt`` maps each id to its names. ``timm`` itself is never
imported (its import needs torchvision); the package is only located.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

__all__ = ["class_names", "class_name"]

INSTALL_HINT = "pip install --no-deps timm"


def _info_dir() -> Path:
    spec = importlib.util.find_spec("timm")
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / "data" / "_info"
        if (candidate / "imagenet_synsets.txt").is_file():
            return candidate
    raise FileNotFoundError(f"ImageNet class names need the timm wheel; run: {INSTALL_HINT}")


@functools.cache
def class_names() -> tuple[str, ...]:
    """The 1000 ImageNet class names in model output order (first lemma of each synset)."""
    info = _info_dir()
    synsets = (info / "imagenet_synsets.txt").read_text().split()
    lemmas = {}
    for line in (info / "imagenet_synset_to_lemma.txt").read_text().splitlines():
        wnid, _, names = line.partition("\t")
        lemmas[wnid] = names
    if len(synsets) != 1000:
        raise ValueError(f"imagenet_synsets.txt: expected 1000 synsets, found {len(synsets)}")
    return tuple(lemmas.get(w, w).split(",")[0].strip() for w in synsets)


def class_name(index: int) -> str:
    """The name of ImageNet class ``index`` (0..999)."""
    names = class_names()
    if not 0 <= int(index) < len(names):
        raise ValueError(f"index: expected 0..{len(names) - 1}, got {index}")
    return names[int(index)]
