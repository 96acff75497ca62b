"""Saliency metrics: LSC (Eq. 5), its threshold sweep, Win%, sparsity, deletion/insertion.

LSC (Dabkowski & Gal 2017; Eq. 5 of the paper) scores a binary mask by the tightest box
around it: the box is cropped, resized back to the input size by bilinear interpolation,
and classified; with ``a`` the box's fraction of the image area and ``c`` the classifier's
confidence for the label on the resized crop,

    LSC = log(max(0.05, a)) - log(c)          (lower is better).

A continuous map is turned into masks by thresholds and the best LSC is kept. Because
LSC can be gamed by small boxes around redundant features (Sec. 5.2), the deletion and
insertion curves are also given: confidence as pixels are removed from (or added to) the
input in saliency order, and the area under each curve.

Conventions: ``x`` is one input, ``(C, H, W)`` or ``(1, C, H, W)``, in the model's own
input space; masks and maps are ``(H, W)``; ``model(batch)`` returns ``(N, K)`` logits
(softmax is applied) unless ``apply_softmax=False`` says the outputs are already
probabilities. Every function that evaluates many inputs sends them through the model
in batches of ``batch_size``, without gradients. For text, LSC does not apply (Sec. 5.3);
:func:`token_deletion_curve` and :func:`token_insertion_curve` take an embedded text
``(1, E, L)`` and one score per token.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from smug.explain.firstlayer import model_device

AREA_FLOOR = 0.05
NORMAL_95 = 1.959963984540054


# --------------------------------------------------------------------------- boxes


@dataclass(frozen=True)
class Box:
    """A rectangle of pixels ``[top, bottom) x [left, right)`` (end-exclusive)."""

    top: int
    left: int
    bottom: int
    right: int

    def __post_init__(self) -> None:
        if not (0 <= self.top < self.bottom and 0 <= self.left < self.right):
            raise ValueError(
                "Box needs 0 <= top < bottom and 0 <= left < right, got "
                f"top={self.top}, left={self.left}, bottom={self.bottom}, right={self.right}"
            )

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def area(self) -> int:
        """Number of pixels inside the box."""
        return self.height * self.width

    def fraction(self, shape: tuple[int, int]) -> float:
        """Fraction of an image of ``shape = (H, W)`` that the box covers."""
        self.check_inside(shape)
        return self.area / float(shape[0] * shape[1])

    def check_inside(self, shape: tuple[int, int]) -> None:
        """Raise ValueError if the box reaches outside an image of ``shape = (H, W)``."""
        if self.bottom > shape[0] or self.right > shape[1]:
            raise ValueError(f"{self} reaches outside an image of shape {tuple(shape)}")

    def to_mask(self, shape: tuple[int, int]) -> np.ndarray:
        """The box as a boolean ``(H, W)`` mask."""
        self.check_inside(shape)
        mask = np.zeros(shape, dtype=bool)
        mask[self.top : self.bottom, self.left : self.right] = True
        return mask


def tightest_box(mask: np.ndarray) -> Box:
    """The smallest box containing every true pixel of a 2-D mask.

    Raises
    ------
    ValueError
        If ``mask`` is not 2-D or has no true pixel (an empty mask has no box).
    """
    mask = np.asarray(mask)
    if mask.ndim != 2:
        raise ValueError(f"mask must be 2-D (H, W), got shape {mask.shape}")
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise ValueError("mask is empty: it has no tightest box")
    return Box(int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1)


def _as_box(mask_or_box: np.ndarray | Box | Sequence[int], shape: tuple[int, int]) -> Box:
    if isinstance(mask_or_box, Box):
        box = mask_or_box
    elif isinstance(mask_or_box, (tuple, list)) and len(mask_or_box) == 4:
        box = Box(*(int(v) for v in mask_or_box))
    else:
        mask = np.asarray(mask_or_box)
        if mask.shape != tuple(shape):
            raise ValueError(
                f"mask_or_box: a mask must have the input's spatial shape {tuple(shape)}, "
                f"got {mask.shape}"
            )
        box = tightest_box(mask)
    box.check_inside(shape)
    return box


# --------------------------------------------------------------------------- model calls


def single_input(x: torch.Tensor) -> torch.Tensor:
    x = torch.as_tensor(x)
    if x.ndim == 4 and x.shape[0] == 1:
        x = x[0]
    if x.ndim != 3:
        raise ValueError(f"x must be one input of shape (C, H, W) or (1, C, H, W), got {tuple(x.shape)}")
    return x.detach()


def _check_label(label: int) -> int:
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)) or label < 0:
        raise ValueError(f"label must be a non-negative int class index, got {label!r}")
    return int(label)


@torch.no_grad()
def confidences(
    model: torch.nn.Module,
    batch: torch.Tensor,
    label: int,
    *,
    apply_softmax: bool = True,
    batch_size: int = 32,
) -> np.ndarray:
    """The model's probability of ``label`` for every input of ``batch`` (N, C, H, W)."""
    label = _check_label(label)
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    out = []
    for start in range(0, batch.shape[0], batch_size):
        scores = model(batch[start : start + batch_size].to(model_device(model)))
        if scores.ndim != 2 or label >= scores.shape[1]:
            raise ValueError(
                f"label {label} is not a column of the model output of shape {tuple(scores.shape)}"
            )
        probs = torch.softmax(scores, dim=1) if apply_softmax else scores
        out.append(probs[:, label].double().cpu())
    return torch.cat(out).numpy() if out else np.zeros(0)


def crop_and_resize(x: torch.Tensor, box: Box) -> torch.Tensor:
    """The box cut out of ``x`` (C, H, W), resized back to (C, H, W) bilinearly."""
    x = single_input(x)
    box.check_inside(tuple(x.shape[1:]))
    crop = x[:, box.top : box.bottom, box.left : box.right].unsqueeze(0)
    resized = F.interpolate(crop, size=tuple(x.shape[1:]), mode="bilinear", align_corners=False)
    return resized[0]


# --------------------------------------------------------------------------- LSC


def lsc_score(area_fraction: float | np.ndarray, confidence: float | np.ndarray) -> float | np.ndarray:
    """Eq. 5: ``log(max(0.05, a)) - log(c)``; ``+inf`` when the confidence is 0."""
    a = np.maximum(AREA_FLOOR, np.asarray(area_fraction, dtype=float))
    c = np.asarray(confidence, dtype=float)
    with np.errstate(divide="ignore"):
        score = np.log(a) - np.log(c)
    return float(score) if score.ndim == 0 else score


@dataclass(frozen=True)
class LSCResult:
    """One LSC evaluation: the score, the box, its area fraction and the confidence."""

    score: float
    box: Box
    area: float
    confidence: float
    threshold: float | None = None


def lsc(
    model: torch.nn.Module,
    x: torch.Tensor,
    mask_or_box: np.ndarray | Box | Sequence[int],
    label: int,
    *,
    apply_softmax: bool = True,
) -> LSCResult:
    """LSC (Eq. 5) of a binary mask (through its tightest box) or of a box.

    Parameters
    ----------
    model : torch.nn.Module
        Classifier in eval mode; ``model(batch)`` gives ``(N, K)`` logits.
    x : torch.Tensor
        One input, ``(C, H, W)`` or ``(1, C, H, W)``, in the model's input space.
    mask_or_box : (H, W) bool array, Box, or (top, left, bottom, right)
        What to score. A mask is replaced by its tightest box.
    label : int
        The class whose confidence counts.
    apply_softmax : bool
        False when the model already returns probabilities.
    """
    x = single_input(x)
    box = _as_box(mask_or_box, tuple(x.shape[1:]))
    return lsc_of_boxes(model, x, [box], label, apply_softmax=apply_softmax, batch_size=1)[0]


def lsc_of_boxes(
    model: torch.nn.Module,
    x: torch.Tensor,
    boxes: Sequence[Box],
    label: int,
    *,
    apply_softmax: bool,
    batch_size: int,
) -> list[LSCResult]:
    shape = tuple(x.shape[1:])
    conf = np.empty(len(boxes))
    for start in range(0, len(boxes), batch_size):
        chunk = boxes[start : start + batch_size]
        batch = torch.stack([crop_and_resize(x, b) for b in chunk])
        conf[start : start + len(chunk)] = confidences(
            model, batch, label, apply_softmax=apply_softmax, batch_size=batch_size
        )
    areas = np.array([b.fraction(shape) for b in boxes])
    scores = np.atleast_1d(lsc_score(areas, conf))
    return [LSCResult(float(s), b, float(a), float(c)) for s, b, a, c in zip(scores, boxes, areas, conf)]


def saliency_thresholds(saliency: np.ndarray, n_thresholds: int = 100) -> np.ndarray:
    """Thresholds for a continuous map: ``n_thresholds`` quantiles of its positive values.

    Quantile steps (rather than equal steps in value) give masks whose areas are spread
    evenly, whatever the shape of the map's histogram (IG maps are heavy-tailed). The
    lowest threshold keeps every positive pixel, the highest only the maximum ones.
    Non-positive pixels are never salient. Returns the distinct thresholds, ascending.
    """
    saliency = np.asarray(saliency, dtype=float)
    if not np.all(np.isfinite(saliency)):
        raise ValueError("saliency contains NaN or infinite values")
    if n_thresholds < 1:
        raise ValueError(f"n_thresholds must be >= 1, got {n_thresholds}")
    positive = saliency[saliency > 0]
    if positive.size == 0:
        return np.zeros(0)
    return np.unique(np.quantile(positive, np.linspace(0.0, 1.0, n_thresholds), method="lower"))


def best_lsc_over_thresholds(
    model: torch.nn.Module,
    x: torch.Tensor,
    saliency: np.ndarray,
    label: int,
    *,
    n_thresholds: int = 100,
    batch_size: int = 32,
    apply_softmax: bool = True,
) -> LSCResult:
    """The best (lowest) LSC over the masks ``saliency >= t`` for the thresholds of
    :func:`saliency_thresholds`. Masks with the same tightest box are scored once; the
    crops go through the model in batches. A binary map gives a single threshold.

    Raises
    ------
    ValueError
        If the map has no positive pixel (no mask, hence no score) or the wrong shape.
    """
    x = single_input(x)
    saliency = np.asarray(saliency, dtype=float)
    if saliency.shape != tuple(x.shape[1:]):
        raise ValueError(f"saliency must have shape {tuple(x.shape[1:])}, got {saliency.shape}")
    thresholds = saliency_thresholds(saliency, n_thresholds)
    if thresholds.size == 0:
        raise ValueError("saliency has no positive value: there is no mask to score")
    box_of_threshold = {float(t): tightest_box(saliency >= t) for t in thresholds}
    unique_boxes = list(dict.fromkeys(box_of_threshold.values()))
    results = lsc_of_boxes(
        model, x, unique_boxes, label, apply_softmax=apply_softmax, batch_size=batch_size
    )
    by_box = {r.box: r for r in results}
    # the highest threshold giving the best box: the sparsest mask with that score
    best_t, best = min(
        ((t, by_box[b]) for t, b in box_of_threshold.items()), key=lambda tr: (tr[1].score, -tr[0])
    )
    return LSCResult(best.score, best.box, best.area, best.confidence, threshold=best_t)


# --------------------------------------------------------------------------- Win%


@dataclass(frozen=True)
class WinRate:
    """How often a method's score was <= every other method's, with a 95 % interval."""

    wins: int
    n: int
    percent: float
    ci_half_width: float

    def __str__(self) -> str:
        return f"{self.percent:.1f} ± {self.ci_half_width:.2f}"


def win_percent(scores: Mapping[str, Sequence[float] | np.ndarray], z: float = NORMAL_95) -> dict[str, WinRate]:
    """Win% of each method: the fraction of inputs where its score is the lowest.

    Ties count as a win for every tied method, so the percentages may sum to more than
    100 (as in Table 1). The interval is the normal approximation to the binomial,
    ``z * sqrt(p (1 - p) / n)``, in percent. ``+inf`` scores (confidence 0) are allowed.

    Parameters
    ----------
    scores : mapping method -> 1-D array
        One score per input, the same inputs in the same order for every method.
    """
    if not scores:
        raise ValueError("scores must name at least one method")
    names = list(scores)
    table = np.array([np.asarray(scores[m], dtype=float) for m in names]) if _same_lengths(scores) else None
    if table is None or table.ndim != 2:
        lengths = {m: np.shape(scores[m]) for m in names}
        raise ValueError(f"scores must be 1-D and of equal length per method, got shapes {lengths}")
    if np.isnan(table).any():
        bad = [m for m, row in zip(names, table) if np.isnan(row).any()]
        raise ValueError(f"scores contain NaN for {bad}")
    n = table.shape[1]
    if n == 0:
        raise ValueError("scores are empty: no input to compare on")
    best = table.min(axis=0)
    result = {}
    for name, row in zip(names, table):
        wins = int(np.sum(row <= best))
        p = wins / n
        result[name] = WinRate(wins, n, 100.0 * p, 100.0 * z * math.sqrt(p * (1.0 - p) / n))
    return result


def _same_lengths(scores: Mapping[str, Sequence[float] | np.ndarray]) -> bool:
    return len({np.shape(v) for v in scores.values()}) == 1


# --------------------------------------------------------------------------- sparsity


def sparsity(saliency: np.ndarray) -> float:
    """Fraction of the entries of a map (or mask) that are non-zero (Table 1's sparsity)."""
    saliency = np.asarray(saliency)
    if saliency.size == 0:
        raise ValueError("saliency is empty")
    return float(np.count_nonzero(saliency)) / saliency.size


@dataclass(frozen=True)
class Summary:
    """Median with quartiles and mean with a normal-approximation 95 % interval."""

    median: float
    q25: float
    q75: float
    mean: float
    ci_half_width: float
    n: int


def _quantile_with_inf(ordered: np.ndarray, q: float) -> float:
    # numpy's linear interpolation gives NaN next to +inf (inf * 0); do it by hand
    position = (ordered.size - 1) * q
    lo, hi = math.floor(position), math.ceil(position)
    if lo == hi or ordered[lo] == ordered[hi]:
        return float(ordered[lo])
    return float(ordered[lo] + (position - lo) * (ordered[hi] - ordered[lo]))


def summarize(values: Sequence[float] | np.ndarray, z: float = NORMAL_95) -> Summary:
    """Table 1's statistics of a per-input score: median LSC with its 25th and 75th
    percentiles, and mean (e.g. sparsity) with ``z * std / sqrt(n)`` (sample std).
    ``+inf`` values are allowed in the quartiles; the mean is then infinite.
    """
    values = np.asarray(values, dtype=float).ravel()
    if values.size == 0 or np.isnan(values).any():
        raise ValueError("values must be a non-empty sequence without NaN")
    q25, median, q75 = (_quantile_with_inf(np.sort(values), q) for q in (0.25, 0.5, 0.75))
    n = values.size
    finite = np.all(np.isfinite(values))
    spread = float(values.std(ddof=1)) if n > 1 and finite else 0.0
    return Summary(float(median), float(q25), float(q75), float(values.mean()),
                   z * spread / math.sqrt(n) if finite else math.inf, n)


# --------------------------------------------------------------------------- deletion / insertion


@dataclass(frozen=True)
class Curve:
    """Confidence against the fraction of pixels removed (deletion) or added (insertion)."""

    fractions: np.ndarray
    confidences: np.ndarray
    auc: float


def _pixel_order(saliency: np.ndarray) -> np.ndarray:
    # most salient first; ties broken by raster index so the order is deterministic
    flat = np.asarray(saliency, dtype=float).ravel()
    return np.lexsort((np.arange(flat.size), -flat))


def _progressive_curve(
    model: torch.nn.Module,
    x: torch.Tensor,
    saliency: np.ndarray,
    label: int,
    *,
    insert: bool,
    n_steps: int | None,
    baseline: float | torch.Tensor,
    batch_size: int,
    apply_softmax: bool,
) -> Curve:
    # x: (C, *spatial) without batch axis; saliency: spatial (pixels or tokens)
    shape = tuple(x.shape[1:])
    saliency = np.asarray(saliency, dtype=float)
    if saliency.shape != shape:
        raise ValueError(f"saliency must have shape {shape}, got {saliency.shape}")
    n_features = int(np.prod(shape))
    n_steps = n_features if n_steps is None else n_steps
    if n_steps < 1:
        raise ValueError(f"n_steps must be >= 1, got {n_steps}")
    base = baseline_tensor(baseline, x)
    counts = np.round(np.linspace(0, n_features, n_steps + 1)).astype(int)
    rank = np.empty(n_features, dtype=np.int64)
    rank[_pixel_order(saliency)] = np.arange(n_features)
    rank = torch.from_numpy(rank.reshape(shape)).unsqueeze(0).unsqueeze(0)  # (1, 1, *spatial)
    conf = np.empty(len(counts))
    for start in range(0, len(counts), batch_size):
        k = torch.from_numpy(counts[start : start + batch_size]).view(-1, *([1] * x.ndim))
        touched = rank < k  # (B, 1, *spatial): the first k features in saliency order
        keep_x = touched if insert else ~touched
        batch = torch.where(keep_x, x.unsqueeze(0), base.unsqueeze(0))
        conf[start : start + len(k)] = confidences(
            model, batch, label, apply_softmax=apply_softmax, batch_size=batch_size
        )
    fractions = counts / n_features
    auc = float(np.sum((conf[1:] + conf[:-1]) * np.diff(fractions)) / 2.0)
    return Curve(fractions, conf, auc)


def baseline_tensor(baseline: float | np.ndarray | torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    base = torch.as_tensor(np.asarray(baseline) if not torch.is_tensor(baseline) else baseline)
    base = base.to(dtype=x.dtype, device=x.device)
    if base.ndim == 1 and base.shape[0] == x.shape[0]:
        base = base.reshape(-1, *([1] * (x.ndim - 1)))  # one value per channel
    try:
        return torch.broadcast_to(base, x.shape)
    except RuntimeError as error:
        raise ValueError(
            f"baseline of shape {tuple(base.shape)} does not broadcast to the input {tuple(x.shape)}"
        ) from error


def deletion_curve(
    model: torch.nn.Module,
    x: torch.Tensor,
    saliency: np.ndarray,
    label: int,
    *,
    n_steps: int = 50,
    baseline: float | torch.Tensor = 0.0,
    batch_size: int = 32,
    apply_softmax: bool = True,
) -> Curve:
    """Confidence as the most salient pixels are replaced by ``baseline``, in order.

    ``n_steps + 1`` points from nothing removed to everything removed; the AUC (trapezoid
    over the removed fraction) is lower for a map that finds the evidence first.
    ``baseline`` is a value, one value per channel, or a tensor broadcastable to ``x``
    (e.g. the model-space value of black, or a blurred copy of ``x``). Ties in the map
    are broken in raster order.
    """
    return _progressive_curve(
        model, single_input(x), saliency, label, insert=False, n_steps=n_steps, baseline=baseline,
        batch_size=batch_size, apply_softmax=apply_softmax,
    )


def insertion_curve(
    model: torch.nn.Module,
    x: torch.Tensor,
    saliency: np.ndarray,
    label: int,
    *,
    n_steps: int = 50,
    baseline: float | torch.Tensor = 0.0,
    batch_size: int = 32,
    apply_softmax: bool = True,
) -> Curve:
    """Confidence as pixels of ``x`` are put onto ``baseline``, most salient first.

    The AUC is higher for a map that finds the evidence first.
    """
    return _progressive_curve(
        model, single_input(x), saliency, label, insert=True, n_steps=n_steps, baseline=baseline,
        batch_size=batch_size, apply_softmax=apply_softmax,
    )


def _text_input(x: torch.Tensor) -> torch.Tensor:
    x = torch.as_tensor(x).detach()
    if x.ndim != 3 or x.shape[0] != 1:
        raise ValueError(f"x must be one embedded text of shape (1, E, L), got {tuple(x.shape)}")
    return x[0]


def token_deletion_curve(
    model: torch.nn.Module,
    x: torch.Tensor,
    token_scores: np.ndarray,
    label: int,
    *,
    n_steps: int | None = None,
    batch_size: int = 64,
    apply_softmax: bool = False,
) -> Curve:
    """Deletion curve over the tokens of an embedded text ``x`` of shape ``(1, E, L)``.

    Tokens are replaced by the zero (padding) embedding, highest ``token_scores`` (L,)
    first, one token per step by default. The model must give one column per class,
    e.g. ``smug.models.text_cnn.TwoClass(model)`` (probabilities, hence
    ``apply_softmax=False``) so that ``label`` 0 is rotten and 1 fresh.
    """
    return _progressive_curve(
        model, _text_input(x), token_scores, label, insert=False, n_steps=n_steps,
        baseline=0.0, batch_size=batch_size, apply_softmax=apply_softmax,
    )


def token_insertion_curve(
    model: torch.nn.Module,
    x: torch.Tensor,
    token_scores: np.ndarray,
    label: int,
    *,
    n_steps: int | None = None,
    batch_size: int = 64,
    apply_softmax: bool = False,
) -> Curve:
    """Insertion curve over the tokens of ``x`` (1, E, L): from all padding, the tokens
    with the highest ``token_scores`` are put back first (see :func:`token_deletion_curve`).
    """
    return _progressive_curve(
        model, _text_input(x), token_scores, label, insert=True, n_steps=n_steps,
        baseline=0.0, batch_size=batch_size, apply_softmax=apply_softmax,
    )
