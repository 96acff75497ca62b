"""A big-M MILP encoding of the full-network problem (appendix A, Eq. 6), as plain arrays.

The second, independent encoding of the question z3 answers with ReLU as ``If`` over exact
reals (:mod:`smug.fullnet.encoding`). MIPVerify-style (Tjeng et al., 2019):

* one binary ``c_i`` per *active* cell (a cell with a non-zero input);
* the first pre-activation is linear in the mask, ``h_k = b_k + sum_i a_ki c_i``, with the
  exact cell coefficients rounded once to float64;
* exact interval bounds ``[l, u]`` of every pre-activation over all 0/1 masks
  (:func:`smug.fullnet.encoding.layer_bounds`, the bounds z3 gets too). A ReLU with
  ``u <= 0`` is the constant 0 and one with ``l >= 0`` the identity (both eliminated); an
  unstable one gets a continuous ``z in [0, u]`` and a binary phase ``d``::

      z >= h,   z <= h - l (1 - d),   z <= u d

* deeper layers are affine in the ReLU outputs (substituted, not new variables);
* output rows ``o_label - o_l >= delta + margin``: the margin (default ``1e-6`` on rows
  scaled to unit size) points the safe way, so an answer within the solver's tolerances
  still keeps the label in exact arithmetic.

The model is a dense row matrix ``row_lo <= A x <= row_hi`` with column bounds and an
integrality flag per column; :meth:`FullNetMilp.as_mip` hands it to every backend that
solves a :class:`smug.mip.MixedIntegerProgram` (``Capability.MIP``).
What a solver returns is only a *candidate*: it is verified by the exact and float64
forward passes, and its optimality is confirmed exactly elsewhere
(:mod:`smug.fullnet.confirm`).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from smug.mip import ROW_EXACT, ROW_LOOSEN, ROW_TIGHTEN, MixedIntegerProgram
from smug.fullnet.encoding import layer_bounds
from smug.fullnet.problem import FullNetProblem

__all__ = ["FullNetMilp", "build_milp", "count_relus", "DEFAULT_MARGIN"]

#: Safety margin of the output rows, relative to each row's largest coefficient.
DEFAULT_MARGIN = 1e-6

#: Row kinds: a ReLU row may be loosened by a rounding variant (CP-SAT), an output row may
#: only be tightened, a cardinality row (``sum of cells >= a proven lower bound``) is
#: integral and kept as it is: the row kinds of :class:`smug.mip.MixedIntegerProgram`.
RELU_ROW, OUTPUT_ROW, CARDINALITY_ROW = ROW_LOOSEN, ROW_TIGHTEN, ROW_EXACT


@dataclass(frozen=True)
class FullNetMilp:
    """The big-M model of a problem: a :class:`smug.mip.MixedIntegerProgram` and what its
    columns mean.

    ``program``: ``min sum(x[:n_cells])`` s.t. ``row_lo <= A x <= row_hi``, ``col_lo <= x <=
    col_hi``. Columns: the ``n_cells`` active-cell binaries first (in the order of ``cells``,
    the problem's cell indices), then per unstable ReLU (``unstable_units``: (layer, unit))
    its output ``z`` (continuous) and phase ``d`` (binary); its ``row_kind`` is RELU_ROW,
    OUTPUT_ROW or CARDINALITY_ROW. ``relus`` counts stable-inactive, stable-active and
    unstable units; ``margin`` is the output rows' safety margin.
    """

    program: MixedIntegerProgram
    cells: np.ndarray
    relus: dict[str, int]
    margin: float
    unstable_units: tuple[tuple[int, int], ...] = ()

    @property
    def n_cells(self) -> int:
        return int(self.cells.size)

    def as_mip(self) -> MixedIntegerProgram:
        """The program every backend with ``Capability.MIP`` solves (:mod:`smug.mip`):
        ReLU rows may be loosened, output rows only tightened, the cardinality row is exact."""
        return self.program

    def start_values(self, problem: FullNetProblem, mask: np.ndarray) -> np.ndarray:
        """Column values of a cell mask: its cells, and each unstable ReLU's output ``z``
        and phase ``d`` from a float64 forward pass (a warm start for the solvers)."""
        values = np.zeros(self.program.n_cols)
        values[:self.n_cells] = mask[self.cells]
        pre = _pre_activations(problem, problem.masked_input(mask))
        for col, (depth, k) in enumerate(self.unstable_units):
            h = pre[depth][k]
            values[self.n_cells + 2 * col] = max(h, 0.0)
            values[self.n_cells + 2 * col + 1] = float(h > 0)
        return values

    def cell_mask(self, problem: FullNetProblem, values: np.ndarray) -> np.ndarray:
        """The problem's cell mask of a solver's column values (cells above 1/2 kept)."""
        mask = np.zeros(problem.n_cells, dtype=bool)
        mask[self.cells[np.asarray(values[:self.n_cells]) > 0.5]] = True
        return mask


def _pre_activations(problem: FullNetProblem, x: np.ndarray) -> list[np.ndarray]:
    v, out = x, []
    for layer in problem.layers:
        v = layer.W @ v + layer.b
        out.append(v)
        if layer.relu:
            v = np.maximum(v, 0.0)
    return out


def count_relus(bounds: list[list[tuple[Fraction, Fraction]]],
                problem: FullNetProblem) -> dict[str, int]:
    """Stable-inactive, stable-active and unstable ReLUs of ``problem`` under ``bounds``."""
    counts = {"inactive": 0, "active": 0, "unstable": 0}
    for layer, layer_b in zip(problem.layers, bounds):
        if not layer.relu:
            continue
        for lo, hi in layer_b:
            counts["inactive" if hi <= 0 else "active" if lo >= 0 else "unstable"] += 1
    return counts


class _Builder:
    """Columns and rows of the model; an affine expression is (dense coefficients, constant)."""

    def __init__(self, n_cells: int, n_unstable: int) -> None:
        self.n_cols = n_cells + 2 * n_unstable
        self.col_lo = np.zeros(self.n_cols)
        self.col_hi = np.ones(self.n_cols)
        self.integer = np.ones(self.n_cols, dtype=bool)
        self.next_col = n_cells
        self.rows: list[np.ndarray] = []
        self.lo: list[float] = []
        self.hi: list[float] = []
        self.kind: list[int] = []

    def row(self, coefs: np.ndarray, lo: float, hi: float, kind: int) -> None:
        self.rows.append(coefs)
        self.lo.append(lo)
        self.hi.append(hi)
        self.kind.append(kind)

    def unstable_relu(self, expr: tuple[np.ndarray, float], lo: float, hi: float) -> tuple[np.ndarray, float]:
        """Big-M rows of ``z = relu(h)``; returns the expression of ``z``."""
        coefs, const = expr
        z, d = self.next_col, self.next_col + 1
        self.next_col += 2
        self.col_hi[z] = hi
        self.integer[z] = False
        zrow = np.zeros(self.n_cols)
        zrow[z] = 1.0
        self.row(zrow - coefs, const, np.inf, RELU_ROW)                 # z >= h
        upper = zrow - coefs
        upper[d] = -lo
        self.row(upper, -np.inf, const - lo, RELU_ROW)                  # z <= h - l (1 - d)
        cap = zrow.copy()
        cap[d] = -hi
        self.row(cap, -np.inf, 0.0, RELU_ROW)                           # z <= u d
        return zrow, 0.0


def build_milp(problem: FullNetProblem, margin: float = DEFAULT_MARGIN,
               min_cells: int = 0) -> FullNetMilp:
    """The big-M model of ``problem`` with output margin ``margin`` (see the module doc).

    ``min_cells > 0`` adds the row ``sum of cells >= min_cells``: a lower bound proven
    exactly beforehand (:func:`smug.fullnet.confirm.exclude_sizes`), which lets the solver
    stop as soon as its incumbent reaches it.
    """
    if not (np.isfinite(margin) and margin >= 0):
        raise ValueError(f"margin: expected a finite value >= 0, got {margin!r}")
    bounds = layer_bounds(problem)
    relus = count_relus(bounds, problem)
    cells = problem.active_cells
    n = int(cells.size)
    build = _Builder(n, relus["unstable"])
    coefs = problem.first_layer_cell_coefficients()
    first = problem.layers[0]
    exprs, unstable = [], []
    for k in range(first.W.shape[0]):
        row = np.zeros(build.n_cols)
        row[:n] = [float(a) for a in coefs[k]]
        exprs.append((row, float(first.b[k])))
    for depth, layer in enumerate(problem.layers):
        if depth > 0:
            exprs = [_affine(layer.W[k], float(layer.b[k]), exprs, build.n_cols)
                     for k in range(layer.W.shape[0])]
        if layer.relu:
            unstable.extend((depth, k) for k, (lo, hi) in enumerate(bounds[depth]) if lo < 0 < hi)
            exprs = [_activate(build, e, lo, hi) for e, (lo, hi) in zip(exprs, bounds[depth])]
    _output_rows(build, exprs, problem, margin)
    if min_cells > 0:
        card = np.zeros(build.n_cols)
        card[:n] = 1.0
        build.row(card, float(min_cells), np.inf, CARDINALITY_ROW)
    A = np.array(build.rows).reshape(len(build.rows), build.n_cols)
    cost = np.zeros(build.n_cols)
    cost[:n] = 1.0
    program = MixedIntegerProgram(A, np.array(build.lo), np.array(build.hi), build.col_lo,
                                  build.col_hi, build.integer, cost,
                                  np.array(build.kind, dtype=np.int8))
    return FullNetMilp(program, cells, relus, margin, tuple(unstable))


def _activate(build: _Builder, expr: tuple[np.ndarray, float], lo: Fraction,
              hi: Fraction) -> tuple[np.ndarray, float] | None:
    if hi <= 0:
        return None
    if lo >= 0:
        return expr
    return build.unstable_relu(expr, float(lo), float(hi))


def _affine(weights: np.ndarray, bias: float, exprs: list, n_cols: int) -> tuple[np.ndarray, float]:
    coefs, const = np.zeros(n_cols), bias
    for w, e in zip(weights, exprs):
        if e is not None and w:
            coefs += w * e[0]
            const += w * e[1]
    return coefs, const


def _output_rows(build: _Builder, exprs: list, problem: FullNetProblem, margin: float) -> None:
    """``o_label - o_l >= delta + margin * scale`` for every other class ``l``."""
    label_coefs, label_const = exprs[problem.label]
    for other, (coefs, const) in enumerate(exprs):
        if other == problem.label:
            continue
        row = label_coefs - coefs
        scale = max(1.0, float(np.abs(row).max(initial=0.0)), abs(label_const - const))
        build.row(row, problem.delta - (label_const - const) + margin * scale, np.inf,
                  OUTPUT_ROW)
