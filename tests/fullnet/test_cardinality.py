"""Cardinality-aware bounds and the pair-table enumeration, against brute force over all
masks of small random ReLU networks (exact rational forward passes)."""

from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np
import pytest

from smug.fullnet import FullNetProblem
from smug.fullnet.confirm import exclude_sizes
from smug.fullnet.encoding import cardinality_sum, layer_bounds
from smug.fullnet.layers import Dense
from smug.fullnet.verify import exact_margin


def _random_problem(seed: int, n: int = 9, hidden: int = 6, classes: int = 3) -> FullNetProblem:
    rng = np.random.default_rng(seed)
    layers = (Dense(rng.normal(size=(hidden, n)), rng.normal(size=hidden) * 0.5, True),
              Dense(rng.normal(size=(classes, hidden)), rng.normal(size=classes) * 0.5, False))
    x = rng.uniform(0.1, 1.0, size=n)
    return FullNetProblem(layers, x, label=int(seed % classes))


def _all_masks(n: int):
    for size in range(n + 1):
        for combo in itertools.combinations(range(n), size):
            mask = np.zeros(n, dtype=bool)
            mask[list(combo)] = True
            yield mask


def _exact_first_layer(problem: FullNetProblem, mask: np.ndarray) -> list[Fraction]:
    coefs = problem.first_layer_cell_coefficients()
    return [Fraction(float(problem.layers[0].b[k])) + sum(
        (a for a, keep in zip(coefs[k], mask[problem.active_cells]) if keep), Fraction(0))
        for k in range(len(coefs))]


def _brute_optimum(problem: FullNetProblem) -> int | None:
    """Smallest mask size whose exact margin exceeds delta, over all 2^n masks."""
    sizes = [int(m.sum()) for m in _all_masks(problem.n_cells)
             if exact_margin(problem, m) > Fraction(problem.delta)]
    return min(sizes) if sizes else None


def test_cardinality_sum_is_the_exact_range_over_limited_masks():
    coefs = [Fraction(3), Fraction(-2), Fraction(5), Fraction(-7), Fraction(1), Fraction(0)]
    bias = Fraction(1, 2)
    for k in range(len(coefs) + 1):
        values = [bias + sum((coefs[i] for i in combo), Fraction(0))
                  for size in range(k + 1) for combo in itertools.combinations(range(6), size)]
        assert cardinality_sum(bias, coefs, k) == (min(values), max(values))
    assert cardinality_sum(bias, coefs) == (bias - 9, bias + 9)
    with pytest.raises(ValueError, match="max_cells"):
        cardinality_sum(bias, coefs, -1)


@pytest.mark.parametrize("seed", range(6))
def test_cardinality_bounds_contain_every_mask_within_the_limit(seed):
    problem = _random_problem(seed)
    for k in (1, 2, 4):
        first = layer_bounds(problem, k)[0]
        full = layer_bounds(problem)[0]
        for mask in _all_masks(problem.n_cells):
            if mask.sum() > k:
                continue
            for h, (lo, hi), (flo, fhi) in zip(_exact_first_layer(problem, mask), first, full):
                assert lo <= h <= hi
                assert flo <= lo and hi <= fhi  # never wider than the bounds over all masks


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("prune", [True, False])
def test_pair_table_enumeration_finds_the_brute_force_optimum(seed, prune):
    problem = _random_problem(seed)
    optimum = _brute_optimum(problem)
    ex = exclude_sizes(problem, problem.n_cells + 1, limit=10**6, prune=prune)
    if optimum is None:
        assert ex.mask is None and ex.bound == problem.n_cells + 1
    else:
        assert ex.bound == optimum and ex.mask is not None and int(ex.mask.sum()) == optimum
        assert exact_margin(problem, ex.mask) > Fraction(problem.delta)


def test_sizes_three_and_up_exclude_what_brute_force_excludes():
    """Exclusion that starts at size 3 (the pair table's range) agrees with brute force on
    the first size that has a mask, over networks whose optimum is at least 3."""
    tried = 0
    for seed in range(60):
        problem = _random_problem(seed, n=10, hidden=8, classes=4)
        optimum = _brute_optimum(problem)
        if optimum is None or optimum < 3:
            continue
        tried += 1
        ex = exclude_sizes(problem, problem.n_cells + 1, limit=10**6, start=3)
        assert ex.bound == optimum and int(ex.mask.sum()) == optimum
    assert tried >= 2


@pytest.mark.parametrize("seed", range(4))
def test_z3_at_most_with_cardinality_bounds_agrees_with_brute_force(seed):
    pytest.importorskip("z3")
    from smug.fullnet.z3 import check_at_most

    problem = _random_problem(seed)
    optimum = _brute_optimum(problem)
    for k in range(problem.n_cells + 1):
        result, mask = check_at_most(problem, k, time_limit=30)
        expected = "sat" if optimum is not None and optimum <= k else "unsat"
        assert result == expected
        if result == "sat":
            assert int(mask.sum()) <= k


@pytest.mark.parametrize("index, optimum", [
    (9624, 4),  # Table 2 image 11: the MILPs left 5 against a bound of 4; a 4-pixel mask exists
    pytest.param(8326, 5, marks=pytest.mark.slow),  # image 42: all 26 million 4-pixel masks excluded
])
def test_formerly_open_mnist_images_are_decided_by_the_enumeration(index, optimum):
    pytest.importorskip("torch")
    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import load_mnist_mlp

    X, y = load_mnist("val")
    problem = FullNetProblem.from_model(load_mnist_mlp(), X[index], int(y[index]))
    ex = exclude_sizes(problem, 6, limit=10**9)
    assert ex.bound == optimum and ex.stopped == "found"
    assert int(ex.mask.sum()) == optimum and exact_margin(problem, ex.mask) > 0
