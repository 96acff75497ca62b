"""The explainer's stages as public functions: prepare -> encode -> solve -> saliency.

:meth:`smug.explain.SMUG.attribute` runs all four; these let a caller run them apart, for
instance one IG pass (``prepare``) for many ``(k, gamma, cell)`` encodings, as the
benchmark's instance library does (``benchmarks/instances.py``)::

    prepared = prepare(SMUG(model), x, settings=EncodeSettings(ig_output="logit"))
    for k in (1000, 3000):
        encoding, info = encode(prepared, EncodeSettings(k=k, gamma=0.5, cell=4))
        solution = solve(encoding.problem, SolveSettings(backend="cpsat", time_limit=30))
        maps = saliency(encoding, solution.mask)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from smug.explain.config import EncodeSettings, SolveSettings
from smug.explain.encode import Encoding, encode_rows
from smug.explain.explainer import (SMUG, check_extraction, masked_value, resolve_target,
                                    select_neurons)
from smug.explain.firstlayer import FirstLayer, eval_mode, extract_first_layer, run_model
from smug.explain.ig import first_layer_ig
from smug.explain.saliency import saliency_maps
from smug.solution import Solution
from smug.solving import solve as solve_problem
from smug.verify import row_signs, verify

__all__ = ["Prepared", "prepare", "encode", "solve", "saliency"]


@dataclass
class Prepared:
    """One input through the first layer and IG (stage 1); encodes any (k, gamma, cell).

    Attributes
    ----------
    explainer : SMUG
        Used for its grid rules (``spatial_shape`` for a first Linear layer) and ``black``.
    first : FirstLayer
    layer_input, baseline : ndarray
        The first layer's input (float64, no batch axis) and the value of a masked-out
        position broadcast to it (``mask_value``).
    attributions, activation, baseline_activation : ndarray
        Flat over the layer output: IG, ``o(x)`` and ``o(baseline)``.
    target : int or None
        The output IG attributed (resolved: the predicted class when none was given).
    ig_seconds : float
        Wall seconds of stage 1: the first layer's extraction, the model pass that resolves
        the target, and IG.
    info : dict
        What IG did: ``ig_completeness_relative`` (its completeness gap over the output
        change), ``ig_nodes`` (gradient nodes spent), ``ig_rule`` (``"adaptive"`` or
        ``"fixed"``) and ``ig_error_estimate`` (the adaptive rule's estimated relative L1
        error of the top-k attributions; None for a fixed rule).
    """

    explainer: SMUG
    first: FirstLayer
    layer_input: np.ndarray
    baseline: np.ndarray
    attributions: np.ndarray
    activation: np.ndarray
    baseline_activation: np.ndarray
    target: int | None
    ig_seconds: float
    info: dict[str, Any] = field(default_factory=dict)


def prepare(explainer: SMUG, x: Any, target: int | None = None, *,
            settings: EncodeSettings | None = None) -> Prepared:
    """Stage 1: extract the first layer, resolve the target, run IG over its outputs.

    Parameters
    ----------
    explainer : SMUG
        Its model (run in eval mode, restored after), first layer and grid rules.
    x : Tensor
        One input with a batch axis of 1.
    target : int, optional
        The output to explain; default the model's prediction.
    settings : EncodeSettings, optional
        Stage 1 reads ``mask_value`` (the baseline), ``ig_output``, ``n_steps``,
        ``ig_tolerance``, ``internal_batch_size``, ``progress`` and ``k``; ``gamma``,
        ``cell``, ``rows`` and ``allow_partial_cells`` matter only to :func:`encode`.

    Returns
    -------
    Prepared
        Encodes any ``(k, gamma, cell)`` with :func:`encode`, without running IG again.

    Notes
    -----
    With ``n_steps=None`` (the default) IG is adaptive (:func:`smug.explain.first_layer_ig`):
    it stops when the relative completeness gap is at most ``ig_tolerance`` and the set
    of the top ``max(settings.k, 3000)`` neurons (every neuron when there are fewer) has an
    expected Jaccard index against exact IG of at least ``1 - 2.5 * ig_tolerance``. So
    prepare with the largest ``k`` you will encode; a fixed ``n_steps`` spends that many nodes whatever ``k``. Inside
    :func:`smug.explain.ig.reuse_ig`, IG computed before for the same model, input,
    target and rule is reused.
    """
    settings = settings or EncodeSettings()
    model = explainer.model
    if not isinstance(x, torch.Tensor):
        raise TypeError(f"x: expected a torch.Tensor with a batch axis of 1, got {type(x).__name__}")
    t0 = time.perf_counter()
    with eval_mode(model):
        first, layer_input = extract_first_layer(model, x, explainer.layer)
        with torch.no_grad():
            target = resolve_target(run_model(model, x), target)
        ig = first_layer_ig(model, x, first.output_module, target, settings.n_steps,
                            settings.internal_batch_size, activation=first.activation,
                            output=settings.ig_output, progress=settings.progress,
                            tolerance=settings.ig_tolerance, k=settings.k)
    seconds = time.perf_counter() - t0
    xin = layer_input.detach().cpu().double().numpy()
    baseline = masked_value(xin, settings.mask_value, explainer.black)
    act = check_extraction(first, xin, ig.pre_activations)
    base_act = first.forward(baseline[None])[0].reshape(-1)
    return Prepared(explainer, first, xin, baseline, ig.attributions.reshape(-1), act,
                    base_act, target, seconds,
                    {"ig_completeness_relative": round(ig.completeness_relative, 6),
                     "ig_nodes": ig.n_steps, "ig_rule": ig.rule,
                     "ig_error_estimate": ig.error_estimate})


def encode(prepared: Prepared, settings: EncodeSettings, name: str = "smug"
           ) -> tuple[Encoding, dict[str, Any]]:
    """Stage 2: the top-``k`` neurons' rows over mask cells of ``settings.cell``.

    Rows the full mask does not satisfy are dropped (as ``SMUG.attribute`` does). Returns
    the encoding (its ``problem`` is the MaskProblem) and ``n_eligible``, ``dropped_rows``,
    ``rows_met_by_empty``.
    """
    p = prepared
    grid = p.explainer.cell_grid(p.first, settings.cell, settings.allow_partial_cells)
    neurons, n_eligible = select_neurons(p.attributions, p.activation, p.baseline_activation,
                                         settings.k, settings.rows)
    enc = encode_rows(p.first, p.layer_input, p.baseline, neurons, grid, settings.gamma,
                      settings.rows, p.activation, p.baseline_activation, name=name)
    full_ok = row_signs(enc.problem, np.ones(grid.n_cells, dtype=bool)) > 0
    dropped = int((~full_ok).sum())
    if dropped:
        enc = enc.keep_rows(np.flatnonzero(full_ok))
    empty = verify(enc.problem, np.zeros(enc.problem.n_vars, dtype=bool))
    return enc, {"n_eligible": n_eligible, "dropped_rows": dropped,
                 "rows_met_by_empty": enc.problem.n_rows - int(empty.failed_rows.size)}


def solve(problem: Any, settings: SolveSettings) -> Solution:
    """Stage 3: :func:`smug.solve` with ``settings`` (one solution, verified exactly)."""
    return solve_problem(problem, settings.backend, **settings.solve_kwargs())


def saliency(encoding: Encoding, cell_mask: np.ndarray) -> Any:
    """Stage 4: the per-pixel scores of Eq. 4 for ``cell_mask``
    (:func:`smug.explain.saliency.saliency_maps`)."""
    return saliency_maps(encoding, cell_mask)
