"""The SMUG and SMUG_base explainers (Sec. 3 of the paper), Captum-style.

``SMUG(model).attribute(x)`` runs the whole method:

1. find the model's first affine layer (:mod:`smug.explain.firstlayer`);
2. integrated gradients over its activations, zero baseline (:mod:`smug.explain.ig`);
3. the top-k neurons with the highest positive attribution become rows of a
   :class:`smug.MaskProblem` over mask cells (:mod:`smug.explain.encode`);
4. a solver backend finds a minimal mask (:func:`smug.solve`), verified exactly;
5. Eq. 4 turns the mask into a saliency map (:mod:`smug.explain.saliency`).

``SMUGBase`` stops after step 3 and keeps the union of the receptive fields.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from numbers import Integral, Real
from typing import Any

import numpy as np
import scipy.sparse as sp
import torch
from torch import nn

from smug.explain.encode import ROW_FORMS, Encoding, encode_rows
from smug.explain.firstlayer import FirstLayer, eval_mode, extract_first_layer, run_model
from smug.explain.ig import LayerAttribution, first_layer_ig
from smug.explain.saliency import cell_scores, receptive_union, scale_for_display
from smug.problem import Grid, MaskProblem
from smug.solution import Solution, Status
from smug.solve import solve
from smug.verify import row_signs, verify

__all__ = ["SMUG", "SMUGBase", "Explanation", "ExplainTimings", "EmptyMaskWarning",
           "MASK_VALUES", "explain"]

#: Named baselines a masked-out position takes (in the first layer's input space).
MASK_VALUES = ("zero", "black", "mean")


class EmptyMaskWarning(UserWarning):
    """Every row holds for the empty mask: the rows explain nothing."""


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

    Attributes
    ----------
    method : str
        ``"SMUG"`` or ``"SMUG_base"``.
    target : int or None
        The explained output (default: the predicted class).
    cell_mask : bool ndarray (n_cells,)
        The minimal mask over cells (SMUG_base: the union of receptive fields).
    mask : bool ndarray, spatial shape of the input
        ``cell_mask`` expanded to input positions.
    cell_saliency, saliency : float ndarray
        Eq. 4 scores scaled to [0.5, 1] on kept cells (0 elsewhere), per cell and per
        input position.
    cell_scores : float ndarray (n_cells,)
        The unscaled Eq. 4 scores.
    neurons : ndarray of int
        Flat indices into the first layer's output of the encoded neurons (row order).
    neuron_index : tuple of ndarray
        ``neurons`` unravelled over the layer's output shape (channel, position...).
    attributions : ndarray
        IG attribution of each encoded neuron.
    k_requested, n_eligible : int
        The ``k`` asked for and how many neurons qualified (fewer rows when fewer qualify).
    dropped_rows : int
        Neurons removed because even the full mask does not satisfy their row exactly.
    problem : MaskProblem
    solution : Solution or None
        The first solve (None for SMUG_base).
    solutions : tuple of Solution
        All solves when ``n_solutions > 1``: distinct masks, each as small as the first.
    trivial : bool
        True when the empty mask already satisfies every row: the mask is then no
        explanation (a warning was issued).
    rows_met_by_empty : int
        How many rows the empty mask already satisfies (the bias trap, partially).
    base_cell_mask : bool ndarray
        SMUG_base's mask for the same neurons, for comparison.
    ig : LayerAttribution
        The full first-layer attribution (with completeness numbers).
    settings : dict
        k, gamma, cell, rows, mask_value, backend, time_limit, n_steps.
    timings : ExplainTimings
    """

    method: str
    target: int | None
    cell_mask: np.ndarray
    mask: np.ndarray
    cell_saliency: np.ndarray
    saliency: np.ndarray
    cell_scores: np.ndarray
    neurons: np.ndarray
    neuron_index: tuple[np.ndarray, ...]
    attributions: np.ndarray
    k_requested: int
    n_eligible: int
    dropped_rows: int
    problem: MaskProblem
    solution: Solution | None
    solutions: tuple[Solution, ...]
    trivial: bool
    rows_met_by_empty: int
    base_cell_mask: np.ndarray
    ig: LayerAttribution
    settings: dict[str, Any] = field(default_factory=dict)
    timings: ExplainTimings = field(default_factory=ExplainTimings)

    @property
    def grid(self) -> Grid:
        return self.problem.grid

    @property
    def sparsity(self) -> float:
        """Fraction of input positions kept by the mask."""
        return float(self.mask.mean())

    @property
    def base_sparsity(self) -> float:
        """Fraction of input positions kept by SMUG_base for the same neurons."""
        return float(self.grid.to_input(self.base_cell_mask).mean())

    @property
    def masks(self) -> list[np.ndarray]:
        """The input-position masks of every solution (several with ``n_solutions``)."""
        return [self.grid.to_input(s.mask) for s in self.solutions if s.mask is not None]

    def summary(self) -> dict[str, Any]:
        """A JSON-friendly summary (no arrays)."""
        return {
            "method": self.method,
            "target": self.target,
            "settings": self.settings,
            "n_rows": self.problem.n_rows,
            "n_vars": self.problem.n_vars,
            "k_requested": self.k_requested,
            "n_eligible": self.n_eligible,
            "dropped_rows": self.dropped_rows,
            "trivial": self.trivial,
            "rows_met_by_empty": self.rows_met_by_empty,
            "mask_cells": int(self.cell_mask.sum()),
            "sparsity": self.sparsity,
            "base_cells": int(self.base_cell_mask.sum()),
            "base_sparsity": self.base_sparsity,
            "solution": None if self.solution is None else self.solution.summary(),
            "n_solutions": len(self.solutions),
            "ig_completeness": {
                "sum_attributions": float(self.ig.attributions.sum()),
                "f_x_minus_f_0": self.ig.output - self.ig.output_at_zero,
                "relative_gap": self.ig.completeness_relative,
            },
            "timings": {"ig_s": self.timings.ig, "encode_s": self.timings.encode,
                        "solve_s": self.timings.solve, "total_s": self.timings.total},
        }


# --- argument checks -----------------------------------------------------------------------
def _check_int(name: str, value: Any, low: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, Integral) or value < low:
        raise ValueError(f"{name}: expected an integer >= {low}, got {value!r}")
    return int(value)


def _check_gamma(gamma: Any) -> float:
    if isinstance(gamma, bool) or not isinstance(gamma, Real) or not 0.0 <= float(gamma) < 1.0:
        raise ValueError(f"gamma: expected a number in [0, 1), got {gamma!r}")
    return float(gamma)


def _check_input(x: Any, model: nn.Module) -> torch.Tensor:
    if not isinstance(x, torch.Tensor):
        try:
            x = torch.as_tensor(np.asarray(x))
        except (TypeError, ValueError) as err:
            raise TypeError(f"x: expected a torch.Tensor or array, got {type(x).__name__}") from err
        param = next(model.parameters(), None)
        if x.is_floating_point() and param is not None and param.is_floating_point():
            x = x.to(param.dtype)  # a float64 numpy array for a float32 model
    if x.dim() < 2 or x.shape[0] != 1:
        raise ValueError(
            f"x: expected one example with a leading batch axis of 1 (e.g. (1, 3, 224, 224)), "
            f"got shape {tuple(x.shape)}"
        )
    if x.is_floating_point() and not torch.isfinite(x).all():
        raise ValueError("x: contains NaN or infinite values")
    return x


def _check_cell(cell: Any, spatial: tuple[int, ...], allow_partial: bool) -> tuple[int, ...]:
    sizes = (cell,) * len(spatial) if isinstance(cell, Integral) else tuple(cell)
    if len(sizes) != len(spatial) or any(
            isinstance(s, bool) or not isinstance(s, Integral) or s < 1 for s in sizes):
        raise ValueError(
            f"cell: expected a positive integer or {len(spatial)} positive integers for an "
            f"input of spatial shape {spatial}, got {cell!r}"
        )
    sizes = tuple(int(s) for s in sizes)
    for s, n in zip(sizes, spatial):
        if s > n:
            raise ValueError(f"cell: {sizes} is larger than the input's spatial shape {spatial}")
        if n % s and not allow_partial:
            raise ValueError(
                f"cell: {sizes} does not divide the input's spatial shape {spatial}; pick a "
                "divisor, or pass allow_partial_cells=True to cut the last row/column of cells "
                "short (each partial cell is still one mask variable)"
            )
    return sizes


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


def _keep_rows(enc: Encoding, keep: np.ndarray) -> Encoding:
    p = enc.problem
    problem = MaskProblem(p.A[keep], p.rhs[keep], p.strict[keep], grid=p.grid, name=p.name)
    return Encoding(problem, enc.receptive[keep], enc.neurons[keep], enc.activation[keep],
                    enc.baseline_activation[keep])


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


@dataclass(frozen=True)
class _Prepared:
    target: int | None
    first: FirstLayer
    ig: LayerAttribution
    encoding: Encoding
    n_eligible: int
    dropped: int
    trivial: bool
    rows_met_by_empty: int
    settings: dict[str, Any]
    ig_s: float
    encode_s: float


class SMUG:
    """SMUG: a minimal input mask that keeps the most relevant first-layer neurons active.

    Parameters
    ----------
    model : nn.Module
        A torch model whose first layer is ``nn.Linear``, ``nn.Conv1d`` or ``nn.Conv2d``
        (optionally followed by BatchNorm, which is folded in). If it is in training mode it
        is switched to ``eval()`` for the explanation, with a warning, and switched back.
    layer : nn.Module, optional
        The first layer, when the automatic choice (the first affine module the forward
        pass runs) is not wanted.
    black : array_like, optional
        The first-layer-input value of a black pixel per channel, for ``mask_value="black"``.
    spatial_shape : tuple of int, optional
        For a first ``nn.Linear``: the spatial shape its flat input is reshaped to for mask
        cells (e.g. ``(28, 28)`` for MNIST); default one axis.

    Examples
    --------
    >>> explanation = SMUG(model).attribute(x, k=3000, gamma=0.0, cell=4, time_limit=30)
    >>> explanation.mask, explanation.saliency, explanation.solution.status
    """

    method = "SMUG"

    def __init__(self, model: nn.Module, layer: nn.Module | None = None, *,
                 black: Any = None, spatial_shape: tuple[int, ...] | None = None) -> None:
        if not isinstance(model, nn.Module):
            raise TypeError(f"model: expected a torch.nn.Module, got {type(model).__name__}")
        if layer is not None and not isinstance(layer, nn.Module):
            raise TypeError(f"layer: expected a torch.nn.Module or None, got {type(layer).__name__}")
        self.model = model
        self.layer = layer
        self.black = None if black is None else np.asarray(black, dtype=np.float64)
        self.spatial_shape = None if spatial_shape is None else tuple(int(s) for s in spatial_shape)

    # --- the shared front half: layer, IG, rows ------------------------------------------
    def _grid(self, first: FirstLayer, cell: Any, allow_partial: bool) -> Grid:
        spatial = first.spatial_shape
        if first.kind == "linear" and self.spatial_shape is not None:
            if int(np.prod(self.spatial_shape)) != spatial[0]:
                raise ValueError(f"spatial_shape: {self.spatial_shape} does not hold the "
                                 f"{spatial[0]} inputs of the first Linear layer")
            spatial = self.spatial_shape
        return Grid(spatial, _check_cell(cell, spatial, allow_partial))

    def _prepare(self, x: Any, target: Any, k: Any, gamma: Any, cell: Any, rows: str,
                 mask_value: Any, n_steps: Any, internal_batch_size: Any,
                 allow_partial_cells: bool) -> _Prepared:
        k = _check_int("k", k)
        gamma = _check_gamma(gamma)
        n_steps = _check_int("n_steps", n_steps)
        if internal_batch_size is not None:
            internal_batch_size = _check_int("internal_batch_size", internal_batch_size)
        if rows not in ROW_FORMS:
            raise ValueError(f"rows: expected one of {ROW_FORMS}, got {rows!r}")
        x = _check_input(x, self.model)
        t0 = time.perf_counter()
        with eval_mode(self.model):
            first, layer_input = extract_first_layer(self.model, x, self.layer)
            with torch.no_grad():
                target = _resolve_target(run_model(self.model, x), target)
            ig = first_layer_ig(self.model, x, first.output_module, target, n_steps,
                                internal_batch_size)
        t1 = time.perf_counter()
        grid = self._grid(first, cell, allow_partial_cells)
        xin = layer_input.double().numpy()
        baseline = _baseline(xin, mask_value, self.black)
        act = _check_extraction(first, xin, ig.activations)
        base_act = first.forward(baseline[None])[0].reshape(-1)
        neurons, n_eligible = _select_neurons(ig.attributions.reshape(-1), act, base_act, k, rows)
        enc = encode_rows(first, xin, baseline, neurons, grid, gamma, rows, act, base_act)
        ones = np.ones(grid.n_cells, dtype=bool)
        full_ok = row_signs(enc.problem, ones) > 0
        dropped = int((~full_ok).sum())
        if dropped:
            enc = _keep_rows(enc, np.flatnonzero(full_ok))
        empty_ok = verify(enc.problem, np.zeros(grid.n_cells, dtype=bool))
        met_by_empty = enc.problem.n_rows - int(empty_ok.failed_rows.size)
        trivial = bool(empty_ok.ok)
        t2 = time.perf_counter()
        settings = {"k": k, "gamma": gamma, "cell": list(grid.cell_shape), "rows": rows,
                    "mask_value": mask_value if isinstance(mask_value, (str, int, float))
                    else "array", "n_steps": n_steps}
        if trivial:
            warnings.warn(
                "the empty mask already satisfies every row: this mask explains nothing "
                f"(rows={rows!r}, mask_value={settings['mask_value']!r}); use "
                "rows='relative' or a larger gamma", EmptyMaskWarning, stacklevel=3)
        return _Prepared(target, first, ig, enc, n_eligible, dropped, trivial, met_by_empty,
                         settings,
                         t1 - t0, t2 - t1)

    def _result(self, prep: _Prepared, cell_mask: np.ndarray, solution: Solution | None,
                solutions: tuple[Solution, ...], solve_s: float, total_s: float
                ) -> Explanation:
        enc = prep.encoding
        grid = enc.problem.grid
        attr = prep.ig.attributions.reshape(-1)[enc.neurons]
        scores = cell_scores(enc.receptive, attr, cell_mask)
        scaled = scale_for_display(scores)
        index = grid.cell_index()
        return Explanation(
            method=self.method, target=prep.target, cell_mask=cell_mask,
            mask=grid.to_input(cell_mask), cell_saliency=scaled, saliency=scaled[index],
            cell_scores=scores, neurons=enc.neurons,
            neuron_index=np.unravel_index(enc.neurons, prep.first.output_shape),
            attributions=attr, k_requested=prep.settings["k"], n_eligible=prep.n_eligible,
            dropped_rows=prep.dropped, problem=enc.problem, solution=solution,
            solutions=solutions, trivial=prep.trivial, rows_met_by_empty=prep.rows_met_by_empty,
            base_cell_mask=receptive_union(enc.receptive), ig=prep.ig,
            settings=prep.settings,
            timings=ExplainTimings(prep.ig_s, prep.encode_s, solve_s, total_s),
        )

    # --- the solver half ------------------------------------------------------------------
    def attribute(self, x: Any, target: int | None = None, *, k: int = 3000,
                  gamma: float = 0.0, cell: int | tuple[int, ...] = 4,
                  rows: str = "relative", mask_value: Any = "zero",
                  backend: str | None = None, time_limit: float | None = 60.0,
                  n_steps: int = 50, internal_batch_size: int | None = None,
                  n_solutions: int = 1, allow_partial_cells: bool = False,
                  **solve_options: Any) -> Explanation:
        """Explain ``model(x)[target]`` by a minimal mask and its Eq. 4 saliency.

        Parameters
        ----------
        x : Tensor
            One example, batch axis 1, exactly as the model takes it (token ids for text).
        target : int, optional
            Output index to explain; default the predicted class.
        k : int
            Neurons encoded: the top-k by positive IG attribution (paper: 3000 on ImageNet,
            100 on text).
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
        backend, time_limit, **solve_options
            Passed to :func:`smug.solve` (``time_limit`` in seconds per solve).
        n_steps, internal_batch_size : int
            IG quadrature nodes and path points per batch.
        n_solutions : int
            Up to this many distinct masks, each as small as the first, found by blocking
            the previous masks with a no-good row.
        allow_partial_cells : bool
            Accept a ``cell`` that does not divide the input (border cells cut short).

        Returns
        -------
        Explanation
        """
        n_solutions = _check_int("n_solutions", n_solutions)
        start = time.perf_counter()
        prep = self._prepare(x, target, k, gamma, cell, rows, mask_value, n_steps,
                             internal_batch_size, allow_partial_cells)
        prep.settings.update(backend=backend, time_limit=time_limit)
        t_solve = time.perf_counter()
        solutions = _solve_distinct(prep.encoding.problem, n_solutions, backend=backend,
                                    time_limit=time_limit, **solve_options)
        imports = sum(float(sol.stats.get("import_s", 0.0)) for sol in solutions)
        solve_s = time.perf_counter() - t_solve - imports
        first = solutions[0]
        if first.mask is None:
            warnings.warn(f"no verified mask: the solver returned {first.status.value} "
                          f"({first.raw_status}); the explanation's mask is empty",
                          RuntimeWarning, stacklevel=2)
            cell_mask = np.zeros(prep.encoding.problem.n_vars, dtype=bool)
        else:
            cell_mask = first.mask.astype(bool)
        return self._result(prep, cell_mask, first, solutions, solve_s,
                            time.perf_counter() - start)


class SMUGBase(SMUG):
    """SMUG_base: the union of the receptive fields of the top-k neurons, no minimisation."""

    method = "SMUG_base"

    def attribute(self, x: Any, target: int | None = None, *, k: int = 3000,
                  gamma: float = 0.0, cell: int | tuple[int, ...] = 4,
                  rows: str = "relative", mask_value: Any = "zero", n_steps: int = 50,
                  internal_batch_size: int | None = None, allow_partial_cells: bool = False
                  ) -> Explanation:
        """Same neurons and rows as :meth:`SMUG.attribute`; the mask is their receptive fields."""
        start = time.perf_counter()
        prep = self._prepare(x, target, k, gamma, cell, rows, mask_value, n_steps,
                             internal_batch_size, allow_partial_cells)
        mask = receptive_union(prep.encoding.receptive)
        return self._result(prep, mask, None, (), 0.0, time.perf_counter() - start)


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
        if nxt.status is not Status.OPTIMAL or nxt.objective > found[0].objective:
            break
        found.append(nxt)
    return tuple(found)


def explain(model: nn.Module, x: Any, *, layer: nn.Module | None = None, black: Any = None,
            spatial_shape: tuple[int, ...] | None = None, **kwargs: Any) -> Explanation:
    """One call: ``SMUG(model, layer, ...).attribute(x, **kwargs)``."""
    return SMUG(model, layer, black=black, spatial_shape=spatial_shape).attribute(x, **kwargs)
