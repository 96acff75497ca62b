"""Helpers shared by the paper's evaluation scripts (image_table1, two_cats, text_fig4, sweep_fig6).

- :class:`ResultLog`: one JSON object per line, appended and flushed as each result comes in,
  so an interrupted run resumes where it stopped (``done`` keys are skipped).
- :func:`shared_first_layer_ig`: while active, the explainer's first-layer IG is computed
  once per (model layer, input, target, steps) and reused, so SMUG, SMUG_base and every
  (k, gamma) of a sweep share one IG run (the dominant cost: 50 passes of the network).
- :func:`progress`: a tqdm progress bar on stderr.
- :func:`in_forked_child`: one measured solve in a forked child, whose answer (a dict) comes
  back on a queue, so that a crash or a hang of a solver is a row, not the end of a study.
- Photo selection for the image experiments: the candidate photos that ship offline and the
  confidence rule that keeps a photo.
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch

import numpy as np

#: ``benchmarks/results`` of the source checkout this package is imported from (the studies
#: and the suite write there; a pip-installed smug has no benchmarks folder).
RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results"

#: Minimum top-1 probability for a photo to enter the image experiments.
MIN_CONFIDENCE = 0.25


# --------------------------------------------------------------------------- results


class ResultLog:
    """Append-only JSON-lines file of result rows, keyed for resuming.

    Parameters
    ----------
    path : Path
        The ``.jsonl`` file (created with its folder).
    key_fields : tuple of str
        The fields that identify a row; rows whose key is already in the file are done.
    """

    def __init__(self, path: Path, key_fields: tuple[str, ...]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.key_fields = key_fields
        self.rows: list[dict[str, Any]] = []
        if self.path.exists():
            with self.path.open() as f:
                self.rows = [json.loads(line) for line in f if line.strip()]

    def key(self, row: dict[str, Any]) -> tuple:
        return tuple(row.get(k) for k in self.key_fields)

    def done(self, **key: Any) -> bool:
        wanted = tuple(key.get(k) for k in self.key_fields)
        return any(self.key(r) == wanted for r in self.rows)

    def append(self, row: dict[str, Any]) -> None:
        """Write ``row`` now (one line, flushed), so that it survives an interruption."""
        row = {k: _plain(v) for k, v in row.items()}
        with self.path.open("a") as f:
            f.write(json.dumps(row) + "\n")
        self.rows.append(row)


def drop_rows(path: Path, field: str, values: set[str]) -> int:
    """Remove the rows whose ``field`` is in ``values`` from a JSON-lines results file, so
    that a resumed run computes them again (e.g. after a change of the IG default).

    Returns
    -------
    int
        The number of rows removed (0 when ``values`` is empty or the file is missing).
    """
    if not values or not path.exists():
        return 0
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    kept = [line for line in lines if json.loads(line).get(field) not in values]
    path.write_text("".join(line + "\n" for line in kept))
    return len(lines) - len(kept)


def _plain(value: Any) -> Any:
    """numpy scalars/arrays -> JSON-ready Python values (inf kept as a string)."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, float) and not np.isfinite(value):
        return str(value)
    return value


def as_float(value: Any) -> float:
    """A logged number back to float ("inf" strings included)."""
    return float(value)


def write_json(path: Path, payload: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({k: _plain(v) for k, v in payload.items()}, indent=2) + "\n")


def machine() -> dict[str, Any]:
    """Where the numbers were measured (timings depend on the machine and its load)."""
    import torch

    return {"python": platform.python_version(), "torch": torch.__version__,
            "torch_threads": torch.get_num_threads(), "cpu": platform.processor() or
            platform.machine(), "date_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime())}


def in_forked_child(target: Callable[..., None], args: tuple[Any, ...], timeout: float,
                    crashed: dict[str, Any] | None = None) -> dict[str, Any]:
    """``target(*args, queue)`` in a forked child process; what it puts on ``queue``.

    A child that dies or sends nothing within ``timeout`` seconds gives a copy of
    ``crashed`` (default ``{"status": "crashed"}``) and is killed after a 10 s grace.
    """
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    try:
        result = queue.get(timeout=timeout)
    except Exception:  # noqa: BLE001 - a child that died or hung is recorded, not raised
        result = dict(crashed or {"status": "crashed"})
    proc.join(timeout=10)
    if proc.is_alive():
        proc.kill()
    return result


def progress(iterable: Iterable, desc: str, total: int | None = None) -> Iterator:
    """A tqdm progress bar (on stderr), or the plain iterable when tqdm is missing."""
    try:
        from tqdm import tqdm
    except ImportError:
        return iter(iterable)
    return iter(tqdm(iterable, desc=desc, total=total, dynamic_ncols=True))


def limit_threads(n: int = 1) -> None:
    """Use ``n`` torch threads: the machine is shared, and one thread per process is
    also the fastest per image when the cores are already busy."""
    import torch

    torch.set_num_threads(n)


def cached_reference_ig(model: Any, x: Any, target: int, photo: str,
                        cache: Path) -> np.ndarray:
    """Fixed Gauss-Legendre first-layer IG of EfficientNet-Lite0 on ``REFERENCE_N_STEPS``
    (>= 1,000) nodes (stem, post-ReLU6, softmax), float64, cached as
    ``cache/ref_<photo>.npy``: the reference the IG studies and the latency benchmark
    measure the adaptive rule's top-k against (a photo's reference costs ~1,000 passes)."""
    from smug.explain.ig import REFERENCE_N_STEPS, first_layer_ig

    path = Path(cache) / f"ref_{photo}.npy"
    if path.exists():
        return np.load(path)
    ref = first_layer_ig(model, x, model._bn0, target, REFERENCE_N_STEPS,
                         activation=model._swish).attributions.astype(np.float64)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, ref)
    return ref


# --------------------------------------------------------------------------- shared IG


def shared_first_layer_ig():
    """SMUG, SMUG_base and every (k, gamma) on one input share one first-layer IG run.

    The library's own :func:`smug.explain.ig.reuse_ig` context (yields a dict whose
    ``"hits"`` counts the reuses).
    """
    from smug.explain.ig import reuse_ig

    return reuse_ig()


# --------------------------------------------------------------------------- photos

#: Every real photo that ships with the installed packages (skimage, sklearn, matplotlib),
#: loader name -> description. ``cat`` is the same image as ``chelsea`` and is left out.
CANDIDATE_PHOTOS = (
    "chelsea", "coffee", "camera", "motorcycle_left", "motorcycle_right", "grace_hopper",
    "rocket", "astronaut", "china", "flower", "coins", "hubble_deep_field",
    "immunohistochemistry", "clock", "page", "retina", "horse", "colorwheel", "brick",
    "grass", "gravel", "moon", "text", "cell", "logo",
)

#: The photos whose top-1 class is wrong for what the photo shows, whatever its
#: probability (checked by eye: these are excluded even above MIN_CONFIDENCE).
WRONG_CLASS = {
    "clock": "a clock classified as spotlight",
    "immunohistochemistry": "a microscopy slide classified as sock",
    "page": "a printed page classified as pill bottle",
    "horse": "a black horse silhouette classified as flat-coated retriever",
}


def load_any_photo(name: str) -> np.ndarray:
    """A candidate photo as an RGB or grey ``uint8`` array (nothing is downloaded)."""
    from smug.data.photos import PHOTOS, load_photo

    if name in PHOTOS:
        return load_photo(name)
    import skimage.data

    if name in ("motorcycle_left", "motorcycle_right"):
        left, right, _ = skimage.data.stereo_motorcycle()
        image = left if name == "motorcycle_left" else right
    elif name in ("clock", "page", "retina", "horse", "colorwheel", "brick", "grass",
                  "gravel", "moon", "text", "cell", "logo"):
        image = getattr(skimage.data, name)()
    else:
        raise ValueError(f"name: unknown photo {name!r}; valid: {', '.join(CANDIDATE_PHOTOS)}")
    image = np.asarray(image)
    if image.dtype == bool:
        image = image.astype(np.uint8) * 255
    return np.asarray(image, dtype=np.uint8)


def photo_input(name: str) -> torch.Tensor:
    """The EfficientNet-Lite0 input of a photo: the whole photo resized to 224x224."""
    from smug.models.efficientnet import preprocess

    return preprocess(load_any_photo(name), crop="none")


def top_class(model: torch.nn.Module, x: torch.Tensor) -> tuple[int, float]:
    """The predicted class and its softmax probability."""
    import torch

    with torch.no_grad():
        p = torch.softmax(model(x), dim=1)[0]
    return int(p.argmax()), float(p.max())


def select_photos(model: torch.nn.Module, names: Iterable[str] = CANDIDATE_PHOTOS
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split the candidates into kept and excluded photos, each with class, probability
    and (for the excluded) the reason."""
    from smug.models.imagenet import class_name

    kept, excluded = [], []
    for name in names:
        label, prob = top_class(model, photo_input(name))
        row = {"photo": name, "label": label, "class": class_name(label),
               "confidence": round(prob, 4)}
        if name in WRONG_CLASS:
            excluded.append({**row, "reason": WRONG_CLASS[name]})
        elif prob < MIN_CONFIDENCE:
            excluded.append({**row, "reason": f"top-1 probability {prob:.2f} < {MIN_CONFIDENCE}"})
        else:
            kept.append(row)
    return kept, excluded


def markdown_table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
