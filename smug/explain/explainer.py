"""The SMUG and SMUG_base explainers (Sec. 3 of the paper), Captum-style.

``SMUG(model).attribute(x)`` runs the method in five steps, each a method or function:

1. **validate** every argument (:func:`smug.explain.validate_arguments`, then the cell
   against the input once the first layer is known): nothing expensive runs before;
2. **IG** over the first layer's activations, zero baseline, on the softmax of the target
   by default (:mod:`smug.explain.ig`);
3. **encode** the top-k neurons with the highest positive attribution as rows of a
   :class:`smug.MaskProblem` over mask cells (:meth:`SMUG.encode`, public, reusable);
4. **solve**: a solver backend finds a minimal mask (:func:`smug.solve`), verified exactly;
5. **saliency**: Eq. 4 per pixel turns the mask into a saliency map
   (:mod:`smug.explain.saliency`).

``SMUGBase`` is a sibling: steps 1-3, then the union of the receptive fields in pixels.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field, replace
from numbers import Integral
from typing import Any

import numpy as np
import scipy.sparse as sp
import torch
from torch import nn

from smug._exact import exact_dot
from smug.explain.arguments import MASK_VALUES, check_cell, validate_arguments
from smug.explain.encode import Encoding, encode_rows
from smug.explain.firstlayer import (
    FirstLayer,
    LinearLayer,
    eval_mode,
    extract_first_layer,
    model_device,
    run_model,
)
from smug.explain.ig import (
    DEFAULT_IG_TOLERANCE,
    DEFAULT_N_STEPS,
    LayerAttribution,
    first_layer_ig,
)
from smug.explain.saliency import SaliencyMaps, saliency_maps
from smug.problem import Grid, MaskProblem
from smug.solution import Solution, Status
from smug.solve import solve
from smug.verify import row_signs, verify

__all__ = [
    "MASK_VALUES",
    "SMUG",
    "EmptyMaskWarning",
    "ExplainTimings",
    "Explanation",
    "FewNeuronsWarning",
    "SMUGBase",
    "explain",
    "model_device",
]

#: What each sparsity number means, stated in every summary.
DEFINITIONS = {
    "sparsity": "per pixel (paper, Sec. 5): fraction of input positions with non-zero "
                "Eq. 4 saliency (kept cell and inside a chosen neuron's receptive field)",
    "cell_sparsity": "per cell: fraction of input positions in the kept cells",
    "base_sparsity": "per pixel (paper): union of the chosen neurons' receptive fields",
    "base_cell_sparsity": "per cell: the cells those receptive fields touch",
}


class EmptyMaskWarning(UserWarning):
    """Every row holds for the empty mask: the rows explain nothing."""


class FewNeuronsWarning(UserWarning):
    """Fewer neurons are eligible than the ``k`` asked for."""


@dataclass(frozen=True)
class ExplainTimings:
    """Wall-clock seconds of each stage of one explanation.

    ``solve`` leaves out the one-off import of the solver's Python module on the first
    solve of a process (``solution.stats["import_s"]``); ``total`` is the whole call.
    """

    ig: float = 0.0
    encode: float = 0.0
    solve: float = 0.0
    total: float = 0.0


@dataclass(frozen=True)
class Explanation:
    """What :meth:`SMUG.attribute` (or :meth:`SMUGBase.attribute`) found.

    The default views follow the paper (Eq. 4 and Sec. 5) **per pixel** (per input
    position); the per-cell views carry ``cell`` in their names.

    Attributes
    ----------
    method : str
        ``"SMUG"`` or ``"SMUG_base"``.
    encoding : Encoding
        The MaskProblem and everything about its rows (:meth:`SMUG.encode`).
    cell_mask : bool ndarray (n_cells,)
        The minimal mask over cells (SMUG_base: the cells the receptive fields touch).
    solution : Solution or None
        The first solve (None for SMUG_base).
    solutions : tuple of Solution
        All solves when ``n_solutions > 1``: distinct masks, each as small as the first.
    maps : SaliencyMaps
        Eq. 4 per pixel and per cell (:func:`smug.explain.saliency.saliency_maps`).
    timings : ExplainTimings

    Properties give: ``mask`` / ``saliency`` / ``scores`` (per pixel, the paper's),
    ``cell_saliency`` / ``cell_scores`` (per cell), ``sparsity`` (per pixel, the paper's)
    and ``cell_sparsity``, the same for SMUG_base (``base_mask``, ``base_sparsity``,
    ``base_cell_mask``, ``base_cell_sparsity``), and the encoding's ``problem``,
    ``neurons``, ``attributions``, ``target``, ``ig``, ``settings``...
    """

    method: str
    encoding: Encoding
    cell_mask: np.ndarray
    solution: Solution | None
    solutions: tuple[Solution, ...]
    maps: SaliencyMaps
    timings: ExplainTimings = field(default_factory=ExplainTimings)

    # --- the paper's views, per pixel --------------------------------------------------
    @property
    def mask(self) -> np.ndarray:
        """Bool over input positions: non-zero Eq. 4 saliency (the paper's explanation)."""
        return self.maps.mask

    @property
    def saliency(self) -> np.ndarray:
        """Eq. 4 per input position, scaled to [0.5, 1] where non-zero (0 elsewhere)."""
        return self.maps.saliency

    @property
    def scores(self) -> np.ndarray:
        """Eq. 4 per input position, unscaled."""
        return self.maps.scores

    @property
    def sparsity(self) -> float:
        """Per pixel (paper, Sec. 5): fraction of input positions with non-zero saliency."""
        return float(self.mask.mean())

    @property
    def base_mask(self) -> np.ndarray:
        """SMUG_base per pixel: the union of the chosen neurons' receptive fields."""
        return self.maps.base_mask

    @property
    def base_sparsity(self) -> float:
        """Per pixel (paper): fraction of input positions SMUG_base keeps, same neurons."""
        return float(self.base_mask.mean())

    # --- the per-cell views ------------------------------------------------------------
    @property
    def cell_saliency(self) -> np.ndarray:
        """Eq. 4 per cell (sum over the neurons whose field touches it), scaled."""
        return self.maps.cell_saliency

    @property
    def cell_scores(self) -> np.ndarray:
        return self.maps.cell_scores

    @property
    def cell_mask_input(self) -> np.ndarray:
        """``cell_mask`` expanded to input positions (whole cells)."""
        return self.grid.to_input(self.cell_mask)

    @property
    def cell_sparsity(self) -> float:
        """Per cell: fraction of input positions in the kept cells."""
        return float(self.cell_mask_input.mean())

    @property
    def base_cell_mask(self) -> np.ndarray:
        """The cells SMUG_base's receptive fields touch."""
        return self.maps.base_cell_mask

    @property
    def base_cell_sparsity(self) -> float:
        return float(self.grid.to_input(self.base_cell_mask).mean())

    # --- the encoding ------------------------------------------------------------------
    @property
    def problem(self) -> MaskProblem:
        return self.encoding.problem

    @property
    def grid(self) -> Grid:
        return self.encoding.problem.grid

    @property
    def target(self) -> int | None:
        return self.encoding.target

    @property
    def neurons(self) -> np.ndarray:
        """Flat indices into the first layer's output of the encoded neurons (row order)."""
        return self.encoding.neurons

    @property
    def neuron_index(self) -> tuple[np.ndarray, ...]:
        """``neurons`` unravelled over the layer's output shape (channel, position...)."""
        return np.unravel_index(self.encoding.neurons, self.encoding.first.output_shape)

    @property
    def attributions(self) -> np.ndarray:
        """IG attribution of each encoded neuron."""
        return self.encoding.attributions

    @property
    def ig(self) -> LayerAttribution:
        return self.encoding.ig

    @property
    def settings(self) -> dict[str, Any]:
        return self.encoding.settings

    @property
    def k_requested(self) -> int:
        return self.encoding.k_requested

    @property
    def n_eligible(self) -> int:
        return self.encoding.n_eligible

    @property
    def dropped_rows(self) -> int:
        return self.encoding.dropped_rows

    @property
    def trivial(self) -> bool:
        return self.encoding.trivial

    @property
    def rows_met_by_empty(self) -> int:
        return self.encoding.rows_met_by_empty

    @property
    def masks(self) -> list[np.ndarray]:
        """Per-pixel masks of every solution (kept cells inside the receptive fields)."""
        return [self.grid.to_input(s.mask) & self.base_mask for s in self.solutions
                if s.mask is not None]

    def summary(self) -> dict[str, Any]:
        """A JSON-friendly summary (no arrays); says which definition each number uses."""
        return {
            "method": self.method,
            "target": self.target,
            "settings": {k: v for k, v in self.settings.items() if k != "solve_options"},
            "n_rows": self.problem.n_rows,
            "n_vars": self.problem.n_vars,
            "k_requested": self.k_requested,
            "n_eligible": self.n_eligible,
            "dropped_rows": self.dropped_rows,
            "trivial": self.trivial,
            "rows_met_by_empty": self.rows_met_by_empty,
            "mask_cells": int(self.cell_mask.sum()),
            "sparsity": self.sparsity,
            "cell_sparsity": self.cell_sparsity,
            "base_cells": int(self.base_cell_mask.sum()),
            "base_sparsity": self.base_sparsity,
            "base_cell_sparsity": self.base_cell_sparsity,
            "definitions": DEFINITIONS,
            "solution": None if self.solution is None else self.solution.summary(),
            "n_solutions": len(self.solutions),
            "ig_completeness": self.ig.summary(),
            "timings": {"ig_s": self.timings.ig, "encode_s": self.timings.encode,
                        "solve_s": self.timings.solve, "total_s": self.timings.total},
        }


# --- helpers of the encode step ------------------------------------------------------------
def _check_input(x: Any, model: nn.Module) -> torch.Tensor:
    """``x`` as a tensor on the model's device (and float dtype), batch axis 1, finite."""
    if not isinstance(x, torch.Tensor):
        try:
            x = torch.as_tensor(np.asarray(x))
        except (TypeError, ValueError) as err:
            raise TypeError(f"x: expected a torch.Tensor or array, got {type(x).__name__}") from err
    param = next(model.parameters(), None)
    if x.is_floating_point() and param is not None and param.is_floating_point():
        x = x.to(param.dtype)  # e.g. a float64 numpy array for a float32 model
    x = x.to(model_device(model))
    if x.dim() < 2 or x.shape[0] != 1:
        raise ValueError(
            f"x: expected one example with a leading batch axis of 1 (e.g. (1, 3, 224, 224)), "
            f"got shape {tuple(x.shape)}"
        )
    if x.is_floating_point() and not torch.isfinite(x).all():
        raise ValueError("x: contains NaN or infinite values")
    return x


def _resolve_target(output: torch.Tensor, target: Any) -> int | None:
    n_out = output[0].numel()
    if target is None:
        return int(output.reshape(1, -1).argmax()) if n_out > 1 else None
    if isinstance(target, bool) or not isinstance(target, Integral) or not 0 <= target < n_out:
        raise ValueError(f"target: expected an output index in [0, {n_out}), got {target!r}")
    return int(target)


def _baseline(x: np.ndarray, mask_value: Any, black: np.ndarray | None) -> np.ndarray:
    """The value a masked-out position takes, broadcast to the layer input ``x`` (C, ...)."""
    if isinstance(mask_value, str):
        if mask_value == "zero":
            return np.zeros_like(x)
        if mask_value == "mean":
            axes = tuple(range(1, x.ndim))
            return np.broadcast_to(x.mean(axis=axes, keepdims=True), x.shape).copy()
        if mask_value == "black":
            if black is None:
                raise ValueError(
                    "mask_value: 'black' needs the model-input value of a black pixel; pass "
                    "SMUG(model, black=...) (e.g. smug.models.efficientnet.BLACK)"
                )
            shape = (-1,) + (1,) * (x.ndim - 1)
            return np.broadcast_to(np.asarray(black, np.float64).reshape(shape), x.shape).copy()
        raise ValueError(f"mask_value: expected one of {MASK_VALUES} or a number/array, "
                         f"got {mask_value!r}")
    try:
        return np.broadcast_to(np.asarray(mask_value, dtype=np.float64), x.shape).copy()
    except ValueError as err:
        raise ValueError(f"mask_value: cannot broadcast shape {np.shape(mask_value)} to the "
                         f"layer input {x.shape}") from err


def _select_neurons(attr: np.ndarray, act: np.ndarray, base: np.ndarray, k: int, rows: str):
    """Top-k by attribution among neurons that are positive and can satisfy their row."""
    order = np.argsort(-attr, kind="stable")
    driven = act - base if rows == "relative" else act
    eligible = (attr[order] > 0) & (driven[order] > 0)
    chosen = order[eligible]
    return chosen[:k], int(eligible.sum())


def _warn_few_eligible(k: int, n_eligible: int) -> None:
    if k > n_eligible:
        warnings.warn(
            f"k: {k} neurons asked for, but only {n_eligible} are eligible (positive IG "
            f"attribution and a positive input-driven activation); encoding those "
            f"{n_eligible}", FewNeuronsWarning, stacklevel=4)




def _keep_rows(enc: Encoding, keep: np.ndarray) -> Encoding:
    """Kept for callers of the private API (benchmarks/instances.py); use ``enc.keep_rows``."""
    return enc.keep_rows(keep)


def _check_extraction(first: FirstLayer, x: np.ndarray, ig_act: np.ndarray) -> np.ndarray:
    """o(x) in float64 from the extracted arrays, checked against the model's own forward."""
    o_x = first.forward(x[None])[0]
    scale = max(1.0, float(np.abs(o_x).max()))
    err = float(np.abs(o_x - ig_act.astype(np.float64)).max())
    if err > 1e-3 * scale:
        raise RuntimeError(
            f"layer: the extracted affine map differs from the model's activations by {err:.3g}; "
            f"{type(first.layer).__name__} may do more in forward() than SMUG models"
        )
    return o_x.reshape(-1)


class _FirstLayerExplainer:
    """What SMUG and SMUG_base share: the model, its first layer and the public encode step.

    Parameters
    ----------
    model : nn.Module
        A torch model whose first layer is ``nn.Linear``, ``nn.Conv1d`` or ``nn.Conv2d``
        (optionally followed by BatchNorm, folded in, and ReLU/ReLU6). If it is in training
        mode it is switched to ``eval()`` for the explanation, with a warning, and back.
        It runs on its own device (its first parameter's); inputs are moved there and
        results come back as CPU numpy arrays.
    layer : nn.Module, optional
        The first layer, when the automatic choice (the first affine module the forward
        pass runs) is not wanted.
    black : array_like, optional
        The first-layer-input value of a black pixel per channel, for ``mask_value="black"``.
    spatial_shape : tuple of int, optional
        For a first ``nn.Linear``: the spatial shape its flat input is reshaped to for mask
        cells (e.g. ``(28, 28)`` for MNIST); default one axis.
    """

    method = ""

    def __init__(self, model: nn.Module, layer: nn.Module | None = None, *,
                 black: Any = None, spatial_shape: tuple[int, ...] | None = None) -> None:
        if not isinstance(model, nn.Module):
            raise TypeError(f"model: expected a torch.nn.Module, got {type(model).__name__}")
        if layer is not None and not isinstance(layer, nn.Module):
            raise TypeError(f"layer: expected a torch.nn.Module or None, "
                            f"got {type(layer).__name__}")
        self.model = model
        self.layer = layer
        self.black = None if black is None else np.asarray(black, dtype=np.float64)
        self.spatial_shape = None if spatial_shape is None else tuple(int(s) for s in spatial_shape)

    def cell_grid(self, first: FirstLayer, cell: Any, allow_partial: bool = False) -> Grid:
        """The grid of mask cells of size ``cell`` over ``first``'s input (its spatial shape,
        or ``spatial_shape`` for a first Linear layer)."""
        return self._grid(first, cell, allow_partial)

    def _grid(self, first: FirstLayer, cell: Any, allow_partial: bool) -> Grid:
        spatial = first.spatial_shape
        if isinstance(first, LinearLayer) and self.spatial_shape is not None:
            if int(np.prod(self.spatial_shape)) != spatial[0]:
                raise ValueError(f"spatial_shape: {self.spatial_shape} does not hold the "
                                 f"{spatial[0]} inputs of the first Linear layer")
            spatial = self.spatial_shape
        return Grid(spatial, check_cell(cell, spatial, allow_partial))

    def encode(self, x: Any, target: int | None = None, *, k: int = 3000, gamma: float = 0.0,
               cell: int | tuple[int, ...] = 4, rows: str = "relative",
               mask_value: Any = "zero", ig_output: str = "softmax",
               n_steps: int | None = DEFAULT_N_STEPS,
               ig_tolerance: float = DEFAULT_IG_TOLERANCE,
               internal_batch_size: int | None = None,
               allow_partial_cells: bool = False, progress: bool = False,
               name: str = "smug") -> Encoding:
        """Validate, run IG and encode the top-k neurons as a MaskProblem (steps 1-3).

        Parameters are those of :meth:`SMUG.attribute` (``name`` names the problem). Inside
        :func:`smug.explain.ig.reuse_ig`, calls for several ``k``, ``gamma``, ``cell`` on
        one input share one IG pass.

        Returns
        -------
        Encoding
            The problem, its rows' neurons, receptive fields (cells and pixels), IG, and
            the bookkeeping (eligible neurons, dropped rows, rows met by the empty mask).
        """
        args = validate_arguments(
            k=k, gamma=gamma, cell=cell, rows=rows, mask_value=mask_value, ig_output=ig_output,
            n_steps=n_steps, ig_tolerance=ig_tolerance, internal_batch_size=internal_batch_size,
            allow_partial_cells=allow_partial_cells, progress=progress, solve=False)
        return self._encode(x, target, args, name)

    def _encode(self, x: Any, target: Any, args: dict[str, Any], name: str) -> Encoding:
        x = _check_input(x, self.model)
        t0 = time.perf_counter()
        with eval_mode(self.model):
            first, layer_input = extract_first_layer(self.model, x, self.layer)
            grid = self._grid(first, args["cell"], args["allow_partial_cells"])
            xin = layer_input.detach().cpu().double().numpy()
            baseline = _baseline(xin, args["mask_value"], self.black)
            with torch.no_grad():
                target = _resolve_target(run_model(self.model, x), target)
            ig = first_layer_ig(self.model, x, first.output_module, target, args["n_steps"],
                                args["internal_batch_size"], activation=first.activation,
                                output=args["ig_output"], progress=args["progress"],
                                tolerance=args["ig_tolerance"], k=args["k"])
        t1 = time.perf_counter()
        act = _check_extraction(first, xin, ig.pre_activations)
        base_act = first.forward(baseline[None])[0].reshape(-1)
        neurons, n_eligible = _select_neurons(ig.attributions.reshape(-1), act, base_act,
                                              args["k"], args["rows"])
        _warn_few_eligible(args["k"], n_eligible)
        enc = encode_rows(first, xin, baseline, neurons, grid, args["gamma"], args["rows"], act,
                          base_act, name=name)
        full_ok = row_signs(enc.problem, np.ones(grid.n_cells, dtype=bool)) > 0
        dropped = int((~full_ok).sum())
        if dropped:
            enc = enc.keep_rows(np.flatnonzero(full_ok))
        empty = verify(enc.problem, np.zeros(grid.n_cells, dtype=bool))
        settings = {key: value for key, value in args.items() if key != "progress"}
        settings.update(cell=list(grid.cell_shape), mask_value=(
            args["mask_value"] if isinstance(args["mask_value"], (str, int, float)) else "array"))
        enc = replace(enc, target=target, first=first, ig=ig, k_requested=args["k"],
                      n_eligible=n_eligible, dropped_rows=dropped,
                      rows_met_by_empty=enc.problem.n_rows - int(empty.failed_rows.size),
                      trivial=bool(empty.ok), settings=settings, ig_seconds=t1 - t0,
                      encode_seconds=time.perf_counter() - t1)
        if enc.trivial:
            warnings.warn(
                "the empty mask already satisfies every row: this mask explains nothing "
                f"(rows={args['rows']!r}, mask_value={settings['mask_value']!r}); use "
                "rows='relative' or a larger gamma", EmptyMaskWarning, stacklevel=4)
        return enc

    def _explanation(self, enc: Encoding, cell_mask: np.ndarray, solution: Solution | None,
                     solutions: tuple[Solution, ...], solve_s: float, start: float
                     ) -> Explanation:
        maps = saliency_maps(enc, cell_mask)
        timings = ExplainTimings(enc.ig_seconds, enc.encode_seconds, solve_s,
                                 time.perf_counter() - start)
        return Explanation(self.method, enc, cell_mask, solution, solutions, maps, timings)


class SMUG(_FirstLayerExplainer):
    """SMUG: a minimal input mask that keeps the most relevant first-layer neurons active.

    Parameters
    ----------
    model : nn.Module
        First layer ``nn.Linear``, ``nn.Conv1d`` or ``nn.Conv2d`` (BatchNorm folded in,
        ReLU/ReLU6 after it attributed by IG); runs on its own device.
    layer : nn.Module, optional
        The first layer, when the automatic choice is not wanted.
    black : array_like, optional
        A black pixel in the first layer's input space, for ``mask_value="black"``.
    spatial_shape : tuple of int, optional
        For a first ``nn.Linear``: the spatial shape of its flat input.

    Examples
    --------
    >>> explanation = SMUG(model).attribute(x, k=3000, gamma=0.0, cell=4, time_limit=30)
    >>> explanation.mask, explanation.saliency, explanation.solution.status
    >>> encoding = SMUG(model).encode(x, k=3000)      # the MaskProblem only
    """

    method = "SMUG"

    def attribute(self, x: Any, target: int | None = None, *, k: int = 3000,
                  gamma: float = 0.0, cell: int | tuple[int, ...] = 4,
                  rows: str = "relative", mask_value: Any = "zero",
                  ig_output: str = "softmax", backend: str | None = None,
                  time_limit: float | None = 60.0, n_steps: int | None = DEFAULT_N_STEPS,
                  ig_tolerance: float = DEFAULT_IG_TOLERANCE,
                  internal_batch_size: int | None = None, n_solutions: int = 1,
                  allow_partial_cells: bool = False, progress: bool = False,
                  threads: int | None = None, seed: int = 0,
                  **solve_options: Any) -> Explanation:
        """Explain ``model(x)[target]`` by a minimal mask and its Eq. 4 saliency.

        Parameters
        ----------
        x : Tensor or array
            One example, batch axis 1, exactly as the model takes it (token ids for text).
            Moved to the model's device.
        target : int, optional
            Output index to explain; default the predicted class.
        k : int
            Neurons encoded: the top-k by positive IG attribution (paper: 3000 on ImageNet,
            100 on text). A warning says so when fewer are eligible.
        gamma : float in [0, 1)
            How active the chosen neurons must stay (paper: 0).
        cell : int or tuple
            Mask cell size in input positions (paper: 4x4 on images; 1 = per token/pixel).
        rows : {"relative", "absolute"}
            Row form (see :mod:`smug.explain.encode`). Default "relative": with the
            absolute rows, positive first-layer biases make rows hold for the empty mask
            (see ``docs/explainer.md``).
        mask_value : {"zero", "black", "mean"} or number or array
            What a masked-out position becomes, in the first layer's input space. "zero" is
            the paper's ``M * x``.
        ig_output : {"softmax", "logit"}
            What IG attributes: the softmax probability of the target (the paper's Eq. 1,
            default) or the raw output. IG is taken on the first layer's post-activation
            output when a ReLU/ReLU6 module follows it.
        backend : str, optional
            A solver backend (:func:`smug.backends.available_backends`), or ``"auto"`` (the
            default, also for None): smug picks which installed backends run, as
            :func:`smug.solve` does by default.
        time_limit : float or None
            Seconds per solve; a time-out returns the best verified mask as FEASIBLE.
        n_steps : int or None
            None (default): adaptive IG to ``ig_tolerance`` (nodes placed where the output
            changes along the path). A number: fixed Gauss-Legendre IG on that many nodes
            (the reference: ``smug.explain.REFERENCE_N_STEPS`` = 1024).
        ig_tolerance : float in (0, 1)
            Adaptive IG: the relative completeness gap and the estimated relative error may
            not exceed it, and the top-k neurons must have stopped moving (default 0.005).
        internal_batch_size : int, optional
            IG path points per forward/backward pass; default sized from the memory one
            point takes and the memory available (``smug.explain.ig.choose_batch``).
        n_solutions : int
            Up to this many distinct masks, each as small as the first, found by blocking
            the previous masks with a no-good row.
        allow_partial_cells : bool
            Accept a ``cell`` that does not divide the input: border cells are cut short and
            each cell costs its number of positions (the solver minimises pixels).
        progress : bool
            Show a tqdm bar counting the IG nodes as they are spent.
        threads, seed : int
            Passed to :func:`smug.solve`.
        **solve_options
            Native options of the backend, validated by it before IG runs.

        Returns
        -------
        Explanation
        """
        start = time.perf_counter()
        args = validate_arguments(
            k=k, gamma=gamma, cell=cell, rows=rows, mask_value=mask_value, ig_output=ig_output,
            n_steps=n_steps, ig_tolerance=ig_tolerance, internal_batch_size=internal_batch_size,
            allow_partial_cells=allow_partial_cells, progress=progress, solve=True,
            backend=backend, time_limit=time_limit, n_solutions=n_solutions, threads=threads,
            seed=seed, solve_options=solve_options)
        enc = self._encode(x, target, args, "smug")
        t_solve = time.perf_counter()
        solutions = _solve_distinct(enc.problem, args["n_solutions"], backend=args["backend"],
                                    time_limit=args["time_limit"], threads=args["threads"],
                                    seed=args["seed"], **args["solve_options"])
        imports = sum(float(sol.stats.get("import_s", 0.0)) for sol in solutions)
        solve_s = time.perf_counter() - t_solve - imports
        first = solutions[0]
        if first.mask is None:
            warnings.warn(f"no verified mask: the solver returned {first.status.value} "
                          f"({first.raw_status}); the explanation's mask is empty",
                          RuntimeWarning, stacklevel=2)
            cell_mask = np.zeros(enc.problem.n_vars, dtype=bool)
        else:
            cell_mask = first.mask.astype(bool)
        return self._explanation(enc, cell_mask, first, solutions, solve_s, start)


class SMUGBase(_FirstLayerExplainer):
    """SMUG_base: the union of the top-k neurons' receptive fields, no minimisation.

    A sibling of :class:`SMUG` (same constructor, same :meth:`encode`), not a subclass:
    its :meth:`attribute` takes no solver arguments.
    """

    method = "SMUG_base"

    def attribute(self, x: Any, target: int | None = None, *, k: int = 3000,
                  gamma: float = 0.0, cell: int | tuple[int, ...] = 4,
                  rows: str = "relative", mask_value: Any = "zero",
                  ig_output: str = "softmax", n_steps: int | None = DEFAULT_N_STEPS,
                  ig_tolerance: float = DEFAULT_IG_TOLERANCE,
                  internal_batch_size: int | None = None, allow_partial_cells: bool = False,
                  progress: bool = False) -> Explanation:
        """Same neurons as :meth:`SMUG.attribute`; the mask is their receptive fields.

        Per pixel (the paper), the mask is the union of the receptive fields; per cell
        (``cell_mask``), the cells they touch. Parameters as in :meth:`SMUG.attribute`.
        """
        start = time.perf_counter()
        enc = self.encode(x, target, k=k, gamma=gamma, cell=cell, rows=rows,
                          mask_value=mask_value, ig_output=ig_output, n_steps=n_steps,
                          ig_tolerance=ig_tolerance, internal_batch_size=internal_batch_size,
                          allow_partial_cells=allow_partial_cells, progress=progress,
                          name="smug_base")
        cell_mask = np.asarray(enc.receptive.sum(axis=0)).ravel() > 0
        return self._explanation(enc, cell_mask, None, (), 0.0, start)


def _no_good(problem: MaskProblem, masks: list[np.ndarray]) -> MaskProblem:
    """``problem`` plus one row per mask excluding exactly that mask.

    For a previous mask ``P``: ``sum_{j in P} (1 - M_j) + sum_{j not in P} M_j >= 1``, i.e.
    coefficients -1 on P, +1 elsewhere, right-hand side ``1 - |P|``.
    """
    extra = np.array([np.where(m, -1.0, 1.0) for m in masks])
    rhs = np.array([1.0 - m.sum() for m in masks])
    A = sp.vstack([problem.A, sp.csr_matrix(extra)]).tocsr()
    return MaskProblem(A, np.concatenate([problem.rhs, rhs]),
                       np.concatenate([problem.strict, np.zeros(len(masks), dtype=bool)]),
                       problem.cost, problem.fixed, problem.grid, problem.name)


def _costlier(problem: MaskProblem, mask: np.ndarray, than: np.ndarray) -> bool:
    """``cost . mask > cost . than`` decided exactly: float objectives round (1 + 2**-55
    and 1 are the same float), which would let a larger mask pass as another minimal one."""
    return exact_dot(problem.cost, mask) > exact_dot(problem.cost, than)


def _solve_distinct(problem: MaskProblem, n_solutions: int, **kwargs: Any
                    ) -> tuple[Solution, ...]:
    """The first solution, then up to ``n_solutions - 1`` more distinct ones of equal size.

    Stops early when the next best mask is larger, none is found, or a solve is not proven
    optimal (then equal size could not be claimed).
    """
    if problem.n_rows == 0:
        empty = np.zeros(problem.n_vars, dtype=bool)
        return (Solution(Status.OPTIMAL, empty, 0.0, 0.0, "none", "no rows: empty mask",
                         verified=True),)
    found = [solve(problem, **kwargs)]
    while len(found) < n_solutions and found[0].status is Status.OPTIMAL:
        blocked = _no_good(problem, [s.mask for s in found])
        nxt = solve(blocked, **kwargs)
        if nxt.status is not Status.OPTIMAL or _costlier(problem, nxt.mask, found[0].mask):
            break
        found.append(nxt)
    return tuple(found)


def explain(model: nn.Module, x: Any, target: int | None = None, *,
            layer: nn.Module | None = None, black: Any = None,
            spatial_shape: tuple[int, ...] | None = None, k: int = 3000, gamma: float = 0.0,
            cell: int | tuple[int, ...] = 4, rows: str = "relative", mask_value: Any = "zero",
            ig_output: str = "softmax", backend: str | None = None,
            time_limit: float | None = 60.0, n_steps: int | None = DEFAULT_N_STEPS,
            ig_tolerance: float = DEFAULT_IG_TOLERANCE,
            internal_batch_size: int | None = None, n_solutions: int = 1,
            allow_partial_cells: bool = False, progress: bool = False,
            threads: int | None = None, seed: int = 0,
            solve_options: dict[str, Any] | None = None) -> Explanation:
    """Explain ``model(x)[target]`` with SMUG in one call.

    ``SMUG(model, layer, black=black, spatial_shape=spatial_shape).attribute(x, target,
    ...)``; every argument is validated before integrated gradients run.

    Parameters
    ----------
    model : nn.Module
        Its first layer is ``nn.Linear``, ``nn.Conv1d`` or ``nn.Conv2d`` (BatchNorm after
        it is folded in; IG attributes the ReLU/ReLU6 output after it when there is one).
    x : Tensor or array
        One example with a leading batch axis of 1, as the model takes it.
    target : int, optional
        Output index to explain; default the predicted class.
    layer : nn.Module, optional
        The first layer, when the automatic choice is not wanted.
    black : array_like, optional
        A black pixel in the first layer's input space, for ``mask_value="black"``.
    spatial_shape : tuple of int, optional
        For a first ``nn.Linear``: the spatial shape of its flat input (e.g. ``(28, 28)``).
    k : int
        Number of first-layer neurons encoded (top-k positive IG attribution).
    gamma : float in [0, 1)
        Fraction of each chosen neuron's input-driven activation the mask must keep.
    cell : int or tuple of int
        Mask cell size in input positions.
    rows : {"relative", "absolute"}
        Row form (see :mod:`smug.explain.encode`).
    mask_value : {"zero", "black", "mean"}, number or array
        What a masked-out position becomes.
    ig_output : {"softmax", "logit"}
        IG of the softmax probability (the paper) or of the raw output.
    backend : str, optional
        A solver backend name (:func:`smug.available_backends`), or ``"auto"`` (the
        default, also for None): smug picks which installed backends run, as
        :func:`smug.solve` does by default.
    time_limit : float or None
        Seconds per solve.
    n_steps : int or None
        None (default): adaptive IG to ``ig_tolerance``; a number: fixed Gauss-Legendre IG
        on that many nodes (the reference: 1024).
    ig_tolerance : float in (0, 1)
        Adaptive IG's relative completeness tolerance (default 0.005).
    internal_batch_size : int, optional
        IG path points per forward/backward pass (default: sized to memory).
    n_solutions : int
        Up to this many distinct minimal masks.
    allow_partial_cells : bool
        Allow cells that do not divide the input (each costs its number of positions).
    progress : bool
        tqdm bar counting the IG nodes as they are spent.
    threads, seed : int
        Solver threads and seed.
    solve_options : dict, optional
        Native options of the backend (validated by it).

    Returns
    -------
    Explanation
    """
    explainer = SMUG(model, layer, black=black, spatial_shape=spatial_shape)
    return explainer.attribute(
        x, target, k=k, gamma=gamma, cell=cell, rows=rows, mask_value=mask_value,
        ig_output=ig_output, backend=backend, time_limit=time_limit, n_steps=n_steps,
        ig_tolerance=ig_tolerance, internal_batch_size=internal_batch_size,
        n_solutions=n_solutions,
        allow_partial_cells=allow_partial_cells, progress=progress, threads=threads,
        seed=seed, **(solve_options or {}))


# The steps of the encode stage under public names, for the stage functions of
# smug.explain.stages (what the benchmarks use to rebuild instances with one IG pass).
resolve_target = _resolve_target
masked_value = _baseline
select_neurons = _select_neurons
check_extraction = _check_extraction
solve_distinct = _solve_distinct
