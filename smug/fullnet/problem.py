"""The full-network problem of appendix A (Eq. 6) as a typed object.

Given a ReLU network ``f`` (a chain of affine layers, each optionally followed by a ReLU),
an input ``x``, its ``label`` and a margin ``delta >= 0``, find the smallest set of kept
cells ``M`` (w x w input cells; w = 1 for pixels) such that on the masked input ``M ⊙ x``

    f(M ⊙ x)[label] - f(M ⊙ x)[l] > delta      for every l != label.

The float64 values of the weights, biases and input are the exact rationals they denote; a
mask is accepted only if an exact rational forward pass *and* a float64 forward pass both
keep the label by more than ``delta`` (:func:`smug.fullnet.verify.verify_fullnet`).

The problem is plain numpy; torch is needed only by :meth:`FullNetProblem.from_model` and
by the float64 verification.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any

import numpy as np

from smug.fullnet.layers import Dense
from smug.fullnet.network import layers_from_sequential
from smug.problem import Grid, as_mask


def _class_index(label: Any) -> int:
    """``label`` as an int; a bool or a non-integral number (1.7) is refused, not truncated."""
    if isinstance(label, bool | np.bool_):
        raise TypeError(f"label: expected an integer class index, got the bool {label!r}")
    try:
        return operator.index(label)
    except TypeError:
        raise TypeError(f"label: expected an integer class index, got {label!r}") from None

__all__ = ["Dense", "FullNetProblem"]


@dataclass(frozen=True, eq=False)
class FullNetProblem:
    """Minimise the kept cells of ``x`` such that the network still says ``label`` by > delta.

    Build it with :meth:`from_model` (from a torch ``nn.Sequential``) or directly from
    :class:`Dense` layers. Solve it with ``smug.solve(problem, backend="z3")``.

    Attributes
    ----------
    layers : tuple of Dense
        The network; the last layer gives the logits (its ``relu`` must be False).
    x : (n_inputs,) float64
        The input, flattened in the order the first layer reads it.
    label : int
        The class whose logit must stay on top.
    delta : float
        Required margin of the label's logit over every other logit (>= 0).
    grid : Grid
        Maps the cell variables to input positions (``grid.input_shape`` multiplies to
        ``n_inputs``).
    dropped : tuple of str
        Final monotone layers of the model that were dropped (they keep the arg-max).
    name : str
    """

    layers: tuple[Dense, ...]
    x: np.ndarray
    label: int
    delta: float = 0.0
    grid: Grid | None = None
    dropped: tuple[str, ...] = ()
    name: str = "fullnet"
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        layers = tuple(self.layers)
        if not layers or not all(isinstance(layer, Dense) for layer in layers):
            raise TypeError("layers: expected a non-empty sequence of smug.fullnet.Dense")
        for i, (prev, nxt) in enumerate(zip(layers, layers[1:])):
            if prev.W.shape[0] != nxt.W.shape[1]:
                raise ValueError(
                    f"layers: layer {i} has {prev.W.shape[0]} outputs but layer {i + 1} "
                    f"expects {nxt.W.shape[1]} inputs"
                )
        if layers[-1].relu:
            raise ValueError("layers: the last layer gives the logits and must not have a ReLU")
        x = np.array(self.x, dtype=np.float64).reshape(-1)
        if x.size != layers[0].W.shape[1]:
            raise ValueError(f"x: expected {layers[0].W.shape[1]} inputs, got {x.size}")
        if not np.all(np.isfinite(x)):
            raise ValueError("x: values must be finite")
        x.flags.writeable = False
        n_classes = layers[-1].W.shape[0]
        if n_classes < 2:
            raise ValueError("layers: the network needs at least two outputs to compare logits")
        label = _class_index(self.label)
        if not 0 <= label < n_classes:
            raise ValueError(f"label: expected a class in [0, {n_classes}), got {self.label}")
        delta = float(self.delta)
        if not (delta >= 0 and np.isfinite(delta)):
            raise ValueError(f"delta: expected a finite margin >= 0, got {self.delta}")
        grid = self.grid if self.grid is not None else Grid((x.size,), (1,))
        if not isinstance(grid, Grid):
            raise TypeError(f"grid: expected smug.Grid, got {type(grid).__name__}")
        if int(np.prod(grid.input_shape)) != x.size:
            raise ValueError(f"grid: input_shape {grid.input_shape} does not hold {x.size} inputs")
        object.__setattr__(self, "layers", layers)
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "delta", delta)
        object.__setattr__(self, "grid", grid)

    # --- construction ------------------------------------------------------------------
    @classmethod
    def from_model(
        cls,
        model: Any,
        x: Any,
        label: int | None = None,
        delta: float = 0.0,
        cell: int | tuple[int, ...] = 1,
        image_shape: tuple[int, ...] | None = None,
        name: str = "fullnet",
    ) -> FullNetProblem:
        """The problem for a torch ``nn.Sequential`` of Linear / ReLU layers.

        Parameters
        ----------
        model : torch.nn.Sequential
            Linear and ReLU layers (Identity, Flatten and Dropout are skipped: they are the
            identity on a flat input in eval mode). A final Sigmoid, Softmax or LogSoftmax
            is dropped (strictly monotone: it keeps which logit is largest) and recorded in
            ``dropped``; ``delta`` then applies to the logits before it.
        x : array_like or tensor
            One input, of ``image_shape`` or flat.
        label : int, optional
            Default: the model's prediction on ``x``.
        delta : float
            Margin of the label's logit over the others.
        cell : int or tuple of int
            Cell side (w for w x w cells); 1 keeps single pixels.
        image_shape : tuple of int, optional
            Spatial shape of ``x`` for the cell grid. Default: the shape of a 2-D ``x``,
            a square for a flat ``x`` of square length, else 1-D.
        """
        layers, dropped = layers_from_sequential(model)
        x_arr = _as_numpy(x)
        shape = _image_shape(x_arr, image_shape)
        cells = (cell,) * len(shape) if isinstance(cell, int | np.integer) else tuple(cell)
        if len(cells) != len(shape) or min(cells) < 1:
            raise ValueError(f"cell: expected a positive int or {len(shape)} positive ints, got {cell}")
        flat = x_arr.reshape(-1)
        if flat.size != layers[0].W.shape[1]:
            raise ValueError(f"x: the model's first layer takes {layers[0].W.shape[1]} inputs, "
                             f"got {flat.size} (shape {tuple(x_arr.shape)})")
        if label is None:
            label = int(np.argmax(forward_float64(layers, flat[None, :])[0]))
        return cls(layers, flat, label, delta, Grid(shape, cells), dropped, name)

    # --- sizes -------------------------------------------------------------------------
    @property
    def n_inputs(self) -> int:
        return int(self.x.size)

    @property
    def n_cells(self) -> int:
        return self.grid.n_cells

    @property
    def n_classes(self) -> int:
        return int(self.layers[-1].W.shape[0])

    @property
    def n_relus(self) -> int:
        return int(sum(layer.W.shape[0] for layer in self.layers if layer.relu))

    def __repr__(self) -> str:
        sizes = "-".join([str(self.n_inputs)] + [str(layer.W.shape[0]) for layer in self.layers])
        return (f"FullNetProblem(name={self.name!r}, net={sizes}, cells={self.n_cells}, "
                f"active_cells={self.active_cells.size}, label={self.label}, delta={self.delta})")

    # --- derived data ------------------------------------------------------------------
    @cached_property
    def cell_of_input(self) -> np.ndarray:
        """Cell index of every (flattened) input position."""
        return self.grid.cell_index().reshape(-1)

    @cached_property
    def active_cells(self) -> np.ndarray:
        """Cells holding at least one non-zero input: the only cells a mask can change."""
        return np.unique(self.cell_of_input[self.x != 0])

    def expand_mask(self, mask: Any) -> np.ndarray:
        """Cell mask (n_cells,) -> input mask (n_inputs,) of bool."""
        return self.check_mask(mask)[self.cell_of_input]

    def check_mask(self, mask: Any, name: str = "mask") -> np.ndarray:
        """``mask`` as a bool array of ``n_cells``, or raise naming ``name``."""
        return as_mask(mask, self.n_cells, name)

    def masked_input(self, mask: Any) -> np.ndarray:
        """``M ⊙ x`` (float64, flat): kept cells keep their values, the others become 0."""
        return np.where(self.expand_mask(mask), self.x, 0.0)

    def first_layer_cell_coefficients(self) -> list[list[Fraction]]:
        """Exact ``a[k][c] = sum over inputs p of cell c of W1[k, p] * x[p]`` (active cells).

        The first pre-activation on a masked input is ``b1[k] + sum_c a[k][c] * M_c``:
        linear in the mask, and exact because every product and sum is done in rationals.
        """
        if "a" not in self._cache:
            self._cache["a"] = _exact_cell_coefficients(self.layers[0].W, self.x,
                                                        self.cell_of_input, self.active_cells)
        return self._cache["a"]


def _exact_cell_coefficients(W: np.ndarray, x: np.ndarray, cell_of: np.ndarray,
                             active: np.ndarray) -> list[list[Fraction]]:
    nz = np.flatnonzero(x)
    x_frac = {int(p): Fraction(float(x[p])) for p in nz}
    column = {int(c): i for i, c in enumerate(active)}
    out = [[Fraction(0)] * len(active) for _ in range(W.shape[0])]
    for p in nz:
        i = column[int(cell_of[p])]
        xp = x_frac[int(p)]
        for k in range(W.shape[0]):
            w = W[k, p]
            if w:
                out[k][i] += Fraction(float(w)) * xp
    return out


def _as_numpy(x: Any) -> np.ndarray:
    if hasattr(x, "detach"):
        x = x.detach().cpu().double().numpy()
    arr = np.asarray(x, dtype=np.float64)
    while arr.ndim > 1 and arr.shape[0] == 1:  # batch or channel axes of size 1
        arr = arr[0]
    return arr


def _image_shape(x: np.ndarray, image_shape: tuple[int, ...] | None) -> tuple[int, ...]:
    if image_shape is not None:
        shape = tuple(int(s) for s in image_shape)
        if int(np.prod(shape)) != x.size:
            raise ValueError(f"image_shape: {shape} does not hold the {x.size} values of x")
        return shape
    if x.ndim == 2:
        return tuple(x.shape)
    side = int(round(np.sqrt(x.size)))
    return (side, side) if side * side == x.size else (x.size,)


def forward_float64(layers: tuple[Dense, ...], inputs: np.ndarray) -> np.ndarray:
    """Logits of a batch ``inputs`` (B, n_inputs) in float64 with torch (numpy fallback)."""
    try:
        import torch
    except ImportError:  # pragma: no cover - torch is part of the explain extra
        v = np.asarray(inputs, dtype=np.float64)
        for layer in layers:
            v = v @ layer.W.T + layer.b
            if layer.relu:
                v = np.maximum(v, 0.0)
        return v
    with torch.no_grad():
        v = torch.as_tensor(np.asarray(inputs, dtype=np.float64))
        for layer in layers:
            v = torch.nn.functional.linear(v, torch.tensor(layer.W), torch.tensor(layer.b))
            if layer.relu:
                v = torch.relu(v)
        return v.numpy()
