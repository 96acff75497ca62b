"""The baselines SMUG is compared with (Sec. 4): IG, Grad-CAM, CENTERBOX, MAXBOX, OPTBOX, SIS.

Every image method returns either a saliency map, a float ``(H, W)`` numpy array (score it
with :func:`smug.metrics.best_lsc_over_thresholds`), or a :class:`smug.metrics.Box`
(score it with :func:`smug.metrics.lsc`; ``box.to_mask(shape)`` gives the mask).

- :func:`integrated_gradients`: IG on the *input* (Captum ``IntegratedGradients``) with a
  black baseline: pass the model-space value of black (e.g.
  ``smug.models.efficientnet.BLACK``, one value per channel) when the model's input is
  normalised, because 0 there is the mean grey.
- :func:`grad_cam`: Grad-CAM on a given convolutional layer (Captum ``LayerGradCam``),
  upsampled bilinearly to the input size.
- :func:`center_box`: the centred box covering half the area; :func:`max_box`: the whole
  image.
- :func:`opt_box`: OPTBOX, the box with the best LSC among all boxes whose corners lie on
  a grid of ``cell``-pixel steps (10 in the paper), by exhaustive search in batches.
- :func:`sufficient_input_subsets` / :func:`sis_text`: SIS (Carter et al. 2018), disjoint
  sufficient subsets of features found by backward selection, for the text model.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from smug.explain.firstlayer import model_device
from smug.metrics import (
    AREA_FLOOR,
    Box,
    LSCResult,
    baseline_tensor,
    lsc_of_boxes,
    single_input,
)

REDUCTIONS = ("abs", "sum", "positive")


# --------------------------------------------------------------------------- gradient maps


def _reduce_channels(attributions: torch.Tensor, reduce: str) -> np.ndarray:
    if reduce not in REDUCTIONS:
        raise ValueError(f"reduce must be one of {REDUCTIONS}, got {reduce!r}")
    summed = attributions.sum(dim=0).detach().double().cpu().numpy()
    if reduce == "abs":
        return np.abs(summed)
    if reduce == "positive":
        return np.maximum(summed, 0.0)
    return summed


def integrated_gradients(
    model: nn.Module,
    x: torch.Tensor,
    label: int,
    *,
    baseline: float | np.ndarray | torch.Tensor = 0.0,
    n_steps: int = 50,
    internal_batch_size: int | None = 16,
    reduce: str = "abs",
) -> np.ndarray:
    """Integrated gradients of the ``label`` output on the input, summed over channels.

    Parameters
    ----------
    model : nn.Module
        Eval-mode model; ``model(batch)`` gives ``(N, K)`` outputs.
    x : torch.Tensor
        One input with its batch axis: an image ``(1, C, H, W)`` or an embedded text
        ``(1, E, L)`` (as :meth:`smug.models.text_cnn.TextEncoder.embed` returns it).
    label : int
        The output attributed.
    baseline : float, per-channel array, or tensor broadcastable to ``x``
        The "information-less" input; the paper's IG baseline is black (see the module
        docstring for normalised inputs).
    n_steps, internal_batch_size : int
        Riemann steps of the path integral, and how many go through the model at once.
    reduce : {"abs", "sum", "positive"}
        How the per-channel attribution sum becomes one score per pixel (token).

    Returns
    -------
    numpy.ndarray, float64, shape ``x.shape[2:]``: ``(H, W)`` or ``(L,)``
    """
    from captum.attr import IntegratedGradients

    x = _single_feature_input(x).to(model_device(model))
    base = baseline_tensor(baseline, x)
    attributions = IntegratedGradients(model).attribute(
        x.unsqueeze(0), baselines=base.unsqueeze(0), target=int(label),
        n_steps=n_steps, internal_batch_size=internal_batch_size,
    )
    return _reduce_channels(attributions[0], reduce)


def _single_feature_input(x: torch.Tensor) -> torch.Tensor:
    # the batch axis is required: (1, E, L) text and (1, 1, H, W) grey images are
    # otherwise indistinguishable from (C, H, W) images
    x = torch.as_tensor(x).detach()
    if x.ndim < 3 or x.shape[0] != 1:
        raise ValueError(
            "x must be one input with its batch axis, (1, C, H, W) for an image or "
            f"(1, E, L) for an embedded text, got shape {tuple(x.shape)}"
        )
    x = x[0]
    return x.float() if not torch.is_floating_point(x) else x


def grad_cam(model: nn.Module, x: torch.Tensor, label: int, layer: nn.Module) -> np.ndarray:
    """Grad-CAM (Selvaraju et al.) of ``label`` on ``layer``'s output, at input resolution.

    The channel weights are the spatial means of the gradients, the map is the ReLU of
    the weighted channel sum (Captum ``LayerGradCam``), upsampled bilinearly to ``(H, W)``.
    """
    from captum.attr import LayerGradCam

    x = single_input(x).to(model_device(model))
    cam = LayerGradCam(model, layer).attribute(
        x.unsqueeze(0), target=int(label), relu_attributions=True
    )
    if cam.ndim != 4:
        raise ValueError(f"layer output must be (N, C, h, w) for Grad-CAM, got {tuple(cam.shape)}")
    upsampled = F.interpolate(cam.detach(), size=tuple(x.shape[1:]), mode="bilinear", align_corners=False)
    return upsampled[0, 0].double().cpu().numpy()


# --------------------------------------------------------------------------- boxes


def center_box(shape: tuple[int, int]) -> Box:
    """CENTERBOX: the centred box with the image's aspect ratio and half its area."""
    height, width = _check_shape(shape)
    h = max(1, int(round(height / np.sqrt(2.0))))
    w = max(1, int(round(width / np.sqrt(2.0))))
    top, left = (height - h) // 2, (width - w) // 2
    return Box(top, left, top + h, left + w)


def max_box(shape: tuple[int, int]) -> Box:
    """MAXBOX: the whole image."""
    height, width = _check_shape(shape)
    return Box(0, 0, height, width)


def _check_shape(shape: tuple[int, int]) -> tuple[int, int]:
    if len(shape) != 2 or min(shape) < 1:
        raise ValueError(f"shape must be (H, W) with H, W >= 1, got {tuple(shape)}")
    return int(shape[0]), int(shape[1])


def grid_boxes(shape: tuple[int, int], cell: int = 10) -> list[Box]:
    """Every box whose corners lie on the grid ``0, cell, 2 cell, ...`` (plus the far edge).

    Ordered by increasing area, then top, then left.
    """
    height, width = _check_shape(shape)
    if cell < 1:
        raise ValueError(f"cell must be a positive number of pixels, got {cell}")
    rows = np.unique(np.r_[np.arange(0, height, cell), height])
    cols = np.unique(np.r_[np.arange(0, width, cell), width])
    top, bottom = np.triu_indices(len(rows), k=1)
    left, right = np.triu_indices(len(cols), k=1)
    t = np.repeat(rows[top], len(left))
    b = np.repeat(rows[bottom], len(left))
    l_ = np.tile(cols[left], len(top))
    r = np.tile(cols[right], len(top))
    order = np.lexsort((l_, t, (b - t) * (r - l_)))
    return [Box(int(t[i]), int(l_[i]), int(b[i]), int(r[i])) for i in order]


@dataclass(frozen=True)
class OptBoxResult:
    """OPTBOX's best box and how the search went.

    ``complete`` is True when every candidate was either evaluated or proven unable to
    beat the best (its area alone bounds its LSC from below, since the confidence is at
    most 1); False when ``time_limit`` or ``max_evaluations`` stopped the search, and then
    ``best`` is only the best box seen.
    """

    best: LSCResult
    n_candidates: int
    n_evaluated: int
    complete: bool
    seconds: float


def opt_box(
    model: nn.Module,
    x: torch.Tensor,
    label: int,
    *,
    cell: int = 10,
    batch_size: int = 32,
    apply_softmax: bool = True,
    prune: bool = True,
    time_limit: float | None = None,
    max_evaluations: int | None = None,
) -> OptBoxResult:
    """OPTBOX: the grid box with the lowest LSC, by brute force in batches.

    Candidates (:func:`grid_boxes`) are evaluated in order of increasing area. With
    ``prune`` the search stops once ``log(max(0.05, a))`` of the next box is at least the
    best score: its LSC (and every larger box's) cannot be lower, because ``c <= 1``. This
    keeps the answer exact. ``prune`` requires probabilities in [0, 1] (softmax outputs).

    Parameters
    ----------
    cell : int
        Grid step in pixels (the paper: 10).
    time_limit : float, optional
        Seconds; when reached, the best box so far is returned with ``complete=False``.
    max_evaluations : int, optional
        Stop after this many boxes, also with ``complete=False``.
    """
    x = single_input(x)
    boxes = grid_boxes(tuple(x.shape[1:]), cell)
    n_pixels = float(x.shape[1] * x.shape[2])
    start = time.perf_counter()
    best: LSCResult | None = None
    evaluated = 0
    complete = True
    while evaluated < len(boxes):
        if prune and best is not None:
            bound = np.log(max(AREA_FLOOR, boxes[evaluated].area / n_pixels))
            if bound >= best.score:
                break
        if (time_limit is not None and time.perf_counter() - start > time_limit) or (
            max_evaluations is not None and evaluated >= max_evaluations
        ):
            complete = False
            break
        stop = evaluated + batch_size
        if max_evaluations is not None:
            stop = min(stop, max_evaluations)
        chunk = boxes[evaluated:stop]
        results = lsc_of_boxes(model, x, chunk, label, apply_softmax=apply_softmax, batch_size=batch_size)
        for result in results:  # first box wins ties: the smallest area
            if best is None or result.score < best.score:
                best = result
        evaluated += len(chunk)
    return OptBoxResult(best, len(boxes), evaluated, complete, time.perf_counter() - start)


# --------------------------------------------------------------------------- SIS


@dataclass(frozen=True)
class SISResult:
    """Sufficient input subsets, most relevant first, and the per-feature score map.

    ``scores[i]`` is ``(J - j) / J`` for a feature in subset ``j`` (0-based) of ``J``, so
    the first subset scores 1 and the last ``1 / J``; features in no subset score 0.
    ``initial_score`` is ``f(x)``; when it is below the threshold there is no subset.
    """

    subsets: list[list[int]]
    scores: np.ndarray
    threshold: float
    initial_score: float
    tokens: list[str] | None = None


def _masked_batch(x: torch.Tensor, keep: torch.Tensor, mask_value: float) -> torch.Tensor:
    # keep: (B, L) bool over the features (the last axis of x)
    shape = (keep.shape[0],) + (1,) * (x.ndim - 1) + (keep.shape[1],)
    return torch.where(keep.reshape(shape), x.unsqueeze(0), torch.as_tensor(mask_value, dtype=x.dtype))


@torch.no_grad()
def _evaluate(score_fn, x, keep, mask_value, batch_size) -> np.ndarray:
    out = []
    for start in range(0, keep.shape[0], batch_size):
        scores = score_fn(_masked_batch(x, keep[start : start + batch_size], mask_value))
        out.append(torch.as_tensor(scores).reshape(-1).double())
    return torch.cat(out).numpy()


def _backward_selection(score_fn, x, available, mask_value, batch_size) -> list[int]:
    """Remove, one at a time, the feature whose removal keeps the score highest."""
    remaining = available.clone()
    order: list[int] = []
    while remaining.any():
        candidates = torch.nonzero(remaining).flatten()
        keep = remaining.unsqueeze(0).repeat(len(candidates), 1)
        keep[torch.arange(len(candidates)), candidates] = False
        scores = _evaluate(score_fn, x, keep, mask_value, batch_size)
        chosen = int(candidates[int(np.argmax(scores))])  # first maximum: lowest index
        order.append(chosen)
        remaining[chosen] = False
    return order


def _find_sufficient(score_fn, x, removal_order, threshold, mask_value, batch_size) -> list[int]:
    """The shortest tail of the removal order (last removed first) that reaches the threshold."""
    n = x.shape[-1]
    added = list(reversed(removal_order))
    keep = torch.zeros(len(added), n, dtype=torch.bool)
    for size in range(1, len(added) + 1):
        keep[size - 1, added[:size]] = True
    scores = _evaluate(score_fn, x, keep, mask_value, batch_size)
    reached = np.flatnonzero(scores >= threshold)
    return sorted(added[: int(reached[0]) + 1]) if reached.size else []


def sufficient_input_subsets(
    score_fn: Callable[[torch.Tensor], torch.Tensor],
    x: torch.Tensor,
    threshold: float,
    *,
    mask_value: float = 0.0,
    batch_size: int = 256,
    max_subsets: int | None = None,
) -> SISResult:
    """SIS collection (Carter et al. 2018) by backward selection.

    The features are the positions along the last axis of ``x`` (the tokens of an
    embedded text ``(E, L)``); masking a feature sets its slice to ``mask_value``. With
    ``A`` the features not yet in a subset: back-select over ``A`` (repeatedly drop the
    feature whose removal keeps ``score_fn`` highest), take the shortest tail of that
    removal order whose features alone (everything else masked) reach ``threshold``,
    record it, remove it from ``A``, and repeat until ``A`` alone is no longer sufficient.

    Parameters
    ----------
    score_fn : callable
        ``score_fn(batch (B, *x.shape)) -> (B,)`` or ``(B, 1)`` scores, e.g. the
        probability of the predicted class. Called without gradients.
    threshold : float
        A subset is sufficient when its score is at least this.
    """
    x = torch.as_tensor(x).detach()
    n = x.shape[-1]
    available = torch.ones(n, dtype=torch.bool)
    initial = float(_evaluate(score_fn, x, available.unsqueeze(0), mask_value, batch_size)[0])
    subsets: list[list[int]] = []
    while available.any() and (max_subsets is None or len(subsets) < max_subsets):
        if _evaluate(score_fn, x, available.unsqueeze(0), mask_value, batch_size)[0] < threshold:
            break
        order = _backward_selection(score_fn, x, available, mask_value, batch_size)
        subset = _find_sufficient(score_fn, x, order, threshold, mask_value, batch_size)
        subsets.append(subset)
        available[subset] = False
    scores = np.zeros(n)
    for j, subset in enumerate(subsets):
        scores[subset] = (len(subsets) - j) / len(subsets)
    return SISResult(subsets, scores, float(threshold), initial)


def sis_text(
    model: nn.Module,
    encoder,
    text: str,
    *,
    label: int | None = None,
    threshold: float = 0.9,
    batch_size: int = 256,
) -> SISResult:
    """SIS for the text CNN of :mod:`smug.models.text_cnn` on one review.

    The score is the probability of ``label`` (1 = fresh: ``p``; 0 = rotten: ``1 - p``),
    the predicted label by default; a masked token gets the zero (padding) embedding.
    The result's ``tokens`` are the review's tokens, aligned with ``scores``.
    """
    ids = encoder.encode(text)
    x = encoder.embed(ids)[0]
    with torch.no_grad():
        p = float(model(x.unsqueeze(0)).reshape(-1)[0])
    if label is None:
        label = int(p > 0.5)
    if label not in (0, 1):
        raise ValueError(f"label must be 0 (rotten) or 1 (fresh), got {label!r}")

    def score_fn(batch: torch.Tensor) -> torch.Tensor:
        prob = model(batch).reshape(-1)
        return prob if label == 1 else 1.0 - prob

    result = sufficient_input_subsets(score_fn, x, threshold, batch_size=batch_size)
    return SISResult(result.subsets, result.scores, result.threshold, result.initial_score,
                     tokens=encoder.decode(ids))


__all__: Sequence[str] = (
    "OptBoxResult", "SISResult", "center_box", "grad_cam", "grid_boxes", "integrated_gradients",
    "max_box", "opt_box", "sis_text", "sufficient_input_subsets",
)
