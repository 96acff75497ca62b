"""The SMT-LIB 2 encoding of a FullNetProblem (appendix A, Eq. 6), built as one string.

Variables: one Bool ``c<i>`` per *active* cell (a cell holding a non-zero input; masking an
all-zero cell changes nothing, so such cells are never kept). The first layer on the masked
input is linear in the mask::

    h1_k = b1_k + sum_i (ite c_i a_ki 0),    a_ki = sum over inputs p of cell i of W1[k,p] x_p

with ``a_ki`` exact rationals (:meth:`FullNetProblem.first_layer_cell_coefficients`).
Each ReLU is ``z_k = (ite (> h_k 0) h_k 0)``; deeper layers are affine in the ``z``; the
output rows are ``o_label - o_l > delta``. Every constant is written as the exact rational
``(/ num den)`` of its float64 value, so z3 decides the same question as the exact
verification.

Interval bounds, computed exactly from the mask's 0/1 range, are asserted on every
pre-activation, and a ReLU whose input is never positive (or never negative) is written as
the constant 0 (or the identity) instead of an ``ite``: both are consequences of the
constraints, so they change no answer, only how much z3 has to split (``stable=False``
turns this off and gives the paper's plain encoding).

The string is built with list comprehensions and joins and parsed by z3 in one call
(``Optimize.from_string``): z3's Python API is slow term by term (z3 issues #4993, #7046).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from smug.fullnet.problem import FullNetProblem

__all__ = ["FullNetEncoding", "encode_fullnet", "smt_rational", "cell_name", "affine_interval",
           "layer_bounds", "cardinality_sum"]


def smt_rational(value: Fraction) -> str:
    """An exact SMT-LIB 2 Real term for ``value``: ``3.0``, ``(- 3.0)``, ``(/ 3.0 4.0)``..."""
    num, den = abs(value.numerator), value.denominator
    text = f"{num}.0" if den == 1 else f"(/ {num}.0 {den}.0)"
    return f"(- {text})" if value < 0 else text


def cell_name(i: int) -> str:
    return f"c{i}"


@dataclass(frozen=True)
class FullNetEncoding:
    """The SMT-LIB text and what it contains.

    ``cells`` are the problem's cell indices of the Bool variables ``c0, c1, ...`` in
    order; ``stable_inactive`` / ``stable_active`` / ``unstable`` count the ReLUs by kind.
    """

    text: str
    cells: np.ndarray
    stable_inactive: int
    stable_active: int
    unstable: int


def affine_interval(bias: Fraction, weights: np.ndarray,
                    bounds: list[tuple[Fraction, Fraction]]) -> tuple[Fraction, Fraction]:
    """Exact interval of ``bias + sum_j weights[j] * v_j`` for ``v_j`` in ``bounds[j]``."""
    lo = hi = bias
    for weight, (tlo, thi) in zip(weights, bounds):
        if not weight or (tlo == 0 and thi == 0):
            continue
        wf = Fraction(float(weight))
        lo += wf * (tlo if wf > 0 else thi)
        hi += wf * (thi if wf > 0 else tlo)
    return lo, hi


def cardinality_sum(bias: Fraction, coefs: list[Fraction],
                    max_cells: int | None = None) -> tuple[Fraction, Fraction]:
    """Exact range of ``bias + sum_i coefs[i] * c_i`` over 0/1 vectors ``c`` with at most
    ``max_cells`` ones (``None``: no limit).

    The largest value keeps the ``max_cells`` largest positive coefficients, the smallest
    the ``max_cells`` most negative ones; without a limit every positive (negative) one.
    Both ends are attained, so the range is tight.
    """
    if max_cells is not None and max_cells < 0:
        raise ValueError(f"max_cells: expected None or an int >= 0, got {max_cells}")
    positive = sorted((a for a in coefs if a > 0), reverse=True)
    negative = sorted(a for a in coefs if a < 0)
    if max_cells is not None:
        positive, negative = positive[:max_cells], negative[:max_cells]
    return bias + sum(negative, Fraction(0)), bias + sum(positive, Fraction(0))


def layer_bounds(problem: FullNetProblem,
                 max_cells: int | None = None) -> list[list[tuple[Fraction, Fraction]]]:
    """Exact intervals of every pre-activation, layer by layer, over all 0/1 masks (of at
    most ``max_cells`` kept cells when given).

    The first layer is linear in the mask, so its interval is exact (tight): with a
    cardinality limit ``K`` it is the bias plus the ``K`` largest positive (most negative)
    contributions (:func:`cardinality_sum`), far narrower than the sum over all cells when
    ``K`` is small. Deeper ones are interval arithmetic on the ReLU outputs
    ``[max(lo, 0), max(hi, 0)]``. The same bounds the SMT encoding asserts, and the big-M
    constants of the MILP (:mod:`smug.fullnet.milp`). Bounds computed with ``max_cells``
    hold only under ``sum of cells <= max_cells``: an encoding that uses them must contain
    that row.
    """
    coefs = problem.first_layer_cell_coefficients()
    first = problem.layers[0]
    bounds = [cardinality_sum(Fraction(float(first.b[k])), coefs[k], max_cells)
              for k in range(first.W.shape[0])]
    out = [bounds]
    for prev, layer in zip(problem.layers, problem.layers[1:]):
        inputs = [(max(lo, Fraction(0)), max(hi, Fraction(0))) for lo, hi in bounds] \
            if prev.relu else bounds
        bounds = [affine_interval(Fraction(float(layer.b[k])), layer.W[k], inputs)
                  for k in range(layer.W.shape[0])]
        out.append(bounds)
    return out


def _affine_term(bias: Fraction, products: list[str]) -> str:
    parts = [smt_rational(bias)] + products
    return parts[0] if len(parts) == 1 else f"(+ {' '.join(parts)})"


class _Writer:
    """Accumulates declarations and assertions; tracks exact intervals of every value."""

    def __init__(self, stable: bool) -> None:
        self.lines: list[str] = []
        self.stable = stable
        self.counts = {"inactive": 0, "active": 0, "unstable": 0}

    def define(self, name: str, term: str, lo: Fraction, hi: Fraction) -> None:
        self.lines.append(f"(declare-const {name} Real)")
        self.lines.append(f"(assert (= {name} {term}))")
        if self.stable:
            self.lines.append(f"(assert (<= {smt_rational(lo)} {name} {smt_rational(hi)}))")

    def relu(self, name: str, pre: str, lo: Fraction, hi: Fraction) -> tuple[str | None, Fraction, Fraction]:
        """Define ``name = relu(pre)``; return its term (None: constant 0) and interval."""
        if self.stable and hi <= 0:
            self.counts["inactive"] += 1
            return None, Fraction(0), Fraction(0)
        if self.stable and lo >= 0:
            self.counts["active"] += 1
            return pre, lo, hi
        self.counts["unstable"] += 1
        self.lines.append(f"(declare-const {name} Real)")
        self.lines.append(f"(assert (= {name} (ite (> {pre} 0.0) {pre} 0.0)))")
        return name, max(lo, Fraction(0)), max(hi, Fraction(0))


#: Sorts of the cell variables: ``Bool`` with ``ite`` terms, or ``Int`` in {0, 1} times
#: Real coefficients (the paper's form).
CELL_SORTS = ("bool", "int")


def _cell_product(i: int, a: Fraction, cell_sort: str) -> str:
    if cell_sort == "bool":
        return f"(ite {cell_name(i)} {smt_rational(a)} 0.0)"
    return f"(* {smt_rational(a)} (to_real {cell_name(i)}))"


def _declare_cells(n: int, cell_sort: str) -> list[str]:
    if cell_sort == "bool":
        return [f"(declare-const {cell_name(i)} Bool)" for i in range(n)]
    return [f"(declare-const {cell_name(i)} Int)\n(assert (<= 0 {cell_name(i)} 1))"
            for i in range(n)]


def _at_most_assertion(n: int, k: int, cell_sort: str) -> str:
    """SMT-LIB assertion that at most ``k`` of the ``n`` cell variables are kept."""
    if n == 0:
        return "(assert true)"
    names = " ".join(cell_name(i) for i in range(n))
    if cell_sort == "bool":
        return f"(assert ((_ at-most {k}) {names}))"
    return f"(assert (<= (+ {names} 0) {k}))"


def encode_fullnet(problem: FullNetProblem, stable: bool = True,
                   cell_sort: str = "bool", max_cells: int | None = None) -> FullNetEncoding:
    """The SMT-LIB 2 assertions of ``problem`` (no objective: the caller adds it).

    ``max_cells``: assert that at most this many cells are kept, and compute the bounds
    (hence which ReLUs are stable) under that limit (:func:`layer_bounds`): far fewer
    unstable ReLUs when the limit is small, the same answers for every mask it allows.
    """
    if cell_sort not in CELL_SORTS:
        raise ValueError(f"cell_sort: expected one of {CELL_SORTS}, got {cell_sort!r}")
    if max_cells is not None and (isinstance(max_cells, bool) or int(max_cells) != max_cells
                                  or max_cells < 0):
        raise ValueError(f"max_cells: expected None or an int >= 0, got {max_cells!r}")
    cells = problem.active_cells
    w = _Writer(stable)
    w.lines.extend(_declare_cells(cells.size, cell_sort))
    if max_cells is not None:
        w.lines.append(_at_most_assertion(int(cells.size), int(max_cells), cell_sort))
    coefs = problem.first_layer_cell_coefficients()
    first = problem.layers[0]
    terms: list[str | None] = []
    bounds: list[tuple[Fraction, Fraction]] = []
    for k in range(first.W.shape[0]):
        bias = Fraction(float(first.b[k]))
        products = [_cell_product(i, a, cell_sort) for i, a in enumerate(coefs[k]) if a]
        lo, hi = cardinality_sum(bias, coefs[k], max_cells)
        w.define(f"h0_{k}", _affine_term(bias, products), lo, hi)
        terms.append(f"h0_{k}")
        bounds.append((lo, hi))
    terms, bounds = _activate(w, 0, first.relu, terms, bounds)
    for depth, layer in enumerate(problem.layers[1:], start=1):
        new_terms: list[str | None] = []
        new_bounds: list[tuple[Fraction, Fraction]] = []
        for k in range(layer.W.shape[0]):
            bias = Fraction(float(layer.b[k]))
            products = []
            for j, term in enumerate(terms):
                weight = layer.W[k, j]
                if term is not None and weight:
                    products.append(f"(* {smt_rational(Fraction(float(weight)))} {term})")
            lo, hi = affine_interval(bias, layer.W[k], bounds)
            w.define(f"h{depth}_{k}", _affine_term(bias, products), lo, hi)
            new_terms.append(f"h{depth}_{k}")
            new_bounds.append((lo, hi))
        terms, bounds = _activate(w, depth, layer.relu, new_terms, new_bounds)
    delta = smt_rational(Fraction(problem.delta))
    label = terms[problem.label]
    for other in range(problem.n_classes):
        if other != problem.label:
            w.lines.append(f"(assert (> (- {label} {terms[other]}) {delta}))")
    return FullNetEncoding("\n".join(w.lines), cells, w.counts["inactive"],
                           w.counts["active"], w.counts["unstable"])


def _activate(w: _Writer, depth: int, relu: bool, terms: list[str | None],
              bounds: list[tuple[Fraction, Fraction]]):
    if not relu:
        return terms, bounds
    out_terms, out_bounds = [], []
    for k, (term, (lo, hi)) in enumerate(zip(terms, bounds)):
        t, tlo, thi = w.relu(f"z{depth}_{k}", term, lo, hi)
        out_terms.append(t)
        out_bounds.append((tlo, thi))
    return out_terms, out_bounds
