"""The exact exclusion of :mod:`smug.fullnet.confirm` against an oracle that shares no code
with smug: a brute force over every mask of tiny ReLU networks, forward passes written here
in :class:`fractions.Fraction` from the raw weights. Nasty cases: near ties at ``delta`` (one
ulp either side, exact ties), weights over twelve decades, cancelling coefficients, and
networks on which the cardinality-aware prune bound is attained.
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import numpy as np
import pytest

from smug.fullnet import Dense, FullNetProblem
from smug.fullnet.confirm import (_error_analysis, _float_margins, _PairBound, _PairTable,
                                  _prefix_batches, _prune_errors, exclude_sizes,
                                  float_error_bound)


# --- the oracle: nothing from smug ---------------------------------------------------------
def oracle_logits(weights, x, mask) -> list[Fraction]:
    """Exact logits of the input ``x`` with the entries outside ``mask`` set to 0."""
    v = [Fraction(float(xi)) if keep else Fraction(0) for xi, keep in zip(x, mask)]
    for W, b, relu in weights:
        v = [sum((Fraction(float(w)) * vi for w, vi in zip(row, v) if vi and w), Fraction(0))
             + Fraction(float(bk)) for row, bk in zip(W, b)]
        if relu:
            v = [t if t > 0 else Fraction(0) for t in v]
    return v


def oracle_margin(weights, x, label, mask) -> Fraction:
    v = oracle_logits(weights, x, mask)
    return v[label] - max(t for i, t in enumerate(v) if i != label)


def oracle_optimum(weights, x, label, delta) -> int | None:
    """Smallest number of kept inputs whose exact margin exceeds ``delta`` (None: none)."""
    n = len(x)
    for size in range(n + 1):
        for combo in itertools.combinations(range(n), size):
            mask = [i in combo for i in range(n)]
            if oracle_margin(weights, x, label, mask) > Fraction(delta):
                return size
    return None


def problem_of(weights, x, label, delta) -> FullNetProblem:
    return FullNetProblem(tuple(Dense(W, b, relu) for W, b, relu in weights), x, label, delta)


# --- nasty networks -----------------------------------------------------------------------
def random_net(rng, n, hidden, classes, decades=0.0, depth=1):
    """Weights ``normal * 10**uniform(-decades, decades)``; ``depth`` hidden ReLU layers."""
    def draw(*shape):
        return rng.normal(size=shape) * 10.0 ** rng.uniform(-decades, decades, size=shape)

    sizes = [n] + [hidden] * depth + [classes]
    return [(draw(sizes[i + 1], sizes[i]), draw(sizes[i + 1]) * 0.5, i < depth)
            for i in range(depth + 1)]


def cancelling_net(rng, n, hidden, classes):
    """Cells in pairs whose first-layer columns nearly cancel (``w`` and ``-w (1 - 2**-k)``
    with ``w`` up to 1e8): float64 sums of a pair keep few correct bits."""
    W1 = np.empty((hidden, n))
    for j in range(0, n - 1, 2):
        w = rng.normal(size=hidden) * 10.0 ** rng.uniform(3, 8, size=hidden)
        W1[:, j] = w
        W1[:, j + 1] = -w * (1 - 2.0 ** -rng.integers(20, 50, size=hidden))
    if n % 2:
        W1[:, -1] = rng.normal(size=hidden)
    return [(W1, rng.normal(size=hidden), True),
            (rng.normal(size=(classes, hidden)), rng.normal(size=classes) * 0.1, False)]


def integer_net(rng, n, hidden, classes):
    """Small integer weights and inputs: every float64 value is exact and many masks have
    the same margin (exact ties)."""
    return [(rng.integers(-3, 4, size=(hidden, n)).astype(float),
             rng.integers(-2, 3, size=hidden).astype(float), True),
            (rng.integers(-3, 4, size=(classes, hidden)).astype(float),
             rng.integers(-2, 3, size=classes).astype(float), False)]


def tight_net(rng, n, hidden, classes):
    """Non-negative first-layer coefficients and label rows that dominate the others, so the
    prune bound of a slice is attained by one of its masks (its two largest cells)."""
    W1 = rng.uniform(0.0, 1.0, size=(hidden, n)) * 10.0 ** rng.uniform(-3, 3, size=(hidden, n))
    W2 = -rng.uniform(0.5, 1.5, size=(classes, hidden))
    W2[0] = rng.uniform(0.5, 1.5, size=hidden)
    return [(W1, -rng.uniform(0.0, 2.0, size=hidden), True),
            (W2, np.zeros(classes), False)]


def attained_net(rng, n, classes):
    """One hidden unit, positive coefficients, the label's row above every other: the best
    mask of each size is its largest cells, and the prune bound of the slice holding it is
    exactly its value (before rounding)."""
    W2 = rng.uniform(0.5, 1.5, size=(classes, 1))
    W2[0] = 2.0 + rng.uniform(0.0, 1.0)
    b2 = rng.normal(size=classes)
    b2[0] = -3.0 - rng.uniform(0.0, 1.0)
    return [(rng.uniform(0.0, 1.0, size=(1, n)) * 10.0 ** rng.uniform(-2, 2, size=(1, n)),
             -rng.uniform(0.0, 1.0, size=1), True), (W2, b2, False)]


def peak_delta(weights, x, label):
    """A ``delta`` just below the best exact margin of a mask size ``s`` (the largest such
    size from 3 down, else any) that beats every smaller size: then size ``s`` is the
    optimum and its best mask keeps the label by less than one ulp of ``delta``."""
    n = len(x)
    best = [max(oracle_margin(weights, x, label, [i in c for i in range(n)])
                for c in itertools.combinations(range(n), s)) for s in range(n + 1)]
    sizes = [s for s in range(1, n + 1) if best[s] > max(best[:s]) and best[s] > 0]
    if not sizes:
        return None
    s = max(sizes, key=lambda t: (t >= 3, -t))
    f = float(best[s])
    while Fraction(f) >= best[s]:
        f = math.nextafter(f, -math.inf)
    return f if f >= 0 else None


def near_tie_delta(weights, x, label, rng, side):
    """A ``delta`` one float64 step from the exact margin of a random mask with a positive
    margin: just below it ("below": that mask keeps the label by less than an ulp) or at /
    just above it ("above": it does not). None if no mask has a positive margin."""
    n = len(x)
    for _ in range(50):
        mask = rng.random(n) < rng.uniform(0.2, 0.8)
        m = oracle_margin(weights, x, label, mask)
        if m > 0:
            f = float(m)
            if side == "below":
                while Fraction(f) >= m:
                    f = math.nextafter(f, -math.inf)
            else:
                while Fraction(f) < m:
                    f = math.nextafter(f, math.inf)
            return f if f >= 0 else None
    return None


def nasty_cases():
    """(id, weights, x, label, delta): a few of each kind, deterministic."""
    cases = []
    for seed in range(6):
        rng = np.random.default_rng(100 + seed)
        x = rng.uniform(0.1, 1.0, size=8)
        kinds = {
            "decades": random_net(rng, 8, 5, 3, decades=6.0),
            "cancel": cancelling_net(rng, 8, 5, 3),
            "integer": integer_net(rng, 8, 5, 3),
            "tight": tight_net(rng, 8, 4, 3),
            "deep": random_net(rng, 7, 4, 3, decades=3.0, depth=2),
            "attained": attained_net(rng, 8, 3),
        }
        for kind, weights in kinds.items():
            xs = np.round(x * 4) if kind == "integer" else x[:weights[0][0].shape[1]]
            label = 0 if kind in ("tight", "attained") else seed % 3
            if kind == "integer":
                values = sorted({oracle_margin(weights, xs, label, m) for m in
                                 itertools.product([False, True], repeat=len(xs))})
                positive = [v for v in values if v >= 0]
                if positive:  # delta = an attained margin: those masks tie, exactly
                    cases.append((f"{kind}-{seed}-tie", weights, xs, label,
                                  float(positive[len(positive) // 2])))
                continue
            for side in ("below", "above"):
                delta = near_tie_delta(weights, xs, label, rng, side)
                if delta is not None:
                    cases.append((f"{kind}-{seed}-{side}", weights, xs, label, delta))
            delta = peak_delta(weights, xs, label)
            if delta is not None:
                cases.append((f"{kind}-{seed}-peak", weights, xs, label, delta))
            cases.append((f"{kind}-{seed}-zero", weights, xs, label, 0.0))
    return cases


CASES = nasty_cases()


def test_the_nasty_cases_cover_every_kind():
    kinds = {case[0].rsplit("-", 2)[0] for case in CASES}
    assert kinds == {"decades", "cancel", "integer", "tight", "deep", "attained"}
    assert len(CASES) >= 50
    # near ties really are ties: the chosen mask's margin is within an ulp of delta
    assert sum(case[0].endswith(("below", "above", "tie", "peak")) for case in CASES) >= 40


# --- the tests ----------------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("prune", [True, False])
def test_exclusion_matches_the_oracle(case, prune):
    """Sound (no size holding a mask whose exact margin exceeds delta is excluded) and
    complete (that size is where the enumeration stops); a returned mask keeps the label."""
    _, weights, x, label, delta = case
    problem = problem_of(weights, x, label, delta)
    optimum = oracle_optimum(weights, x, label, delta)
    ex = exclude_sizes(problem, problem.n_cells + 1, limit=10**7, prune=prune)
    if optimum is None:
        assert ex.bound == problem.n_cells + 1 and ex.mask is None and ex.stopped == "done"
        return
    assert ex.bound == optimum, (ex, optimum)
    assert ex.stopped in ("found", "exact-only mask")
    if ex.mask is not None:
        assert int(ex.mask.sum()) == optimum
        assert oracle_margin(weights, x, label, ex.mask) > Fraction(delta)


@pytest.mark.parametrize("case", CASES[::3], ids=[c[0] for c in CASES[::3]])
def test_exclusion_from_size_three_matches_the_oracle(case):
    """``start=3`` (the pair table, and the prune on one hidden layer): the first size from
    3 on that holds an exactly keeping mask."""
    _, weights, x, label, delta = case
    problem = problem_of(weights, x, label, delta)
    n = len(x)
    first = next((s for s in range(3, n + 1) for combo in itertools.combinations(range(n), s)
                  if oracle_margin(weights, x, label, [i in combo for i in range(n)])
                  > Fraction(delta)), None)
    ex = exclude_sizes(problem, n + 1, limit=10**7, start=3)
    assert ex.bound == (n + 1 if first is None else first)


@pytest.mark.parametrize("case", CASES[::2], ids=[c[0] for c in CASES[::2]])
def test_tau_bounds_the_float_margin_of_every_mask(case):
    _, weights, x, label, delta = case
    problem = problem_of(weights, x, label, delta)
    tau = _error_analysis(problem).tau
    assert Fraction(float_error_bound(problem)) >= tau > 0
    active = problem.active_cells
    A_t = np.array([[float(a) for a in row]
                    for row in problem.first_layer_cell_coefficients()]).T
    for size in range(active.size + 1):
        combos = list(itertools.combinations(range(active.size), size))
        batch = np.array(combos, dtype=np.int64).reshape(len(combos), size)
        for combo, f in zip(batch, _float_margins(problem, A_t, batch)):
            mask = np.zeros(len(x), dtype=bool)
            mask[active[combo]] = True
            assert abs(Fraction(float(f)) - oracle_margin(weights, x, label, mask)) <= tau


def _slice_violations(weights, x, label, allowance) -> tuple[int, int]:
    """Over every prefix slice of the pair table (sizes 2 to 4) and every other class
    ``l``: how many masks have exact ``o_label - o_l`` above the computed prune bound plus
    ``allowance(l)``, and how many (mask, class) pairs were checked."""
    problem = problem_of(weights, x, label, 0.0)
    active = problem.active_cells
    A_t = np.array([[float(a) for a in row]
                    for row in problem.first_layer_cell_coefficients()]).T
    table = _PairTable(A_t)
    bound = _PairBound(problem, _error_analysis(problem))
    b = problem.layers[0].b
    bad = checked = 0
    for size in (2, 3, 4):
        for prefix, rows in _prefix_batches(active.size, size, table, 10**6):
            base = b + A_t[list(prefix)].sum(axis=0) if prefix else b
            upper = bound.upper(base, table, prefix[-1] + 1 if prefix else 0)
            for r in range(rows.start, rows.stop):
                mask = np.zeros(len(x), dtype=bool)
                mask[active[list(prefix) + [table.first[r], table.second[r]]]] = True
                logits = oracle_logits(weights, x, mask)
                for i, l in enumerate(bound.others):
                    checked += 1
                    exact = logits[label] - logits[l]
                    bad += exact > Fraction(float(upper[i])) + allowance(i)
    return bad, checked


PRUNABLE = [c for c in CASES if len(c[1]) == 2 and c[0].endswith("zero")]


@pytest.mark.parametrize("case", PRUNABLE, ids=[c[0] for c in PRUNABLE])
def test_prune_bound_plus_its_allowance_is_above_every_mask_of_the_slice(case):
    _, weights, x, label, _ = case
    problem = problem_of(weights, x, label, 0.0)
    allowance = _prune_errors(problem, _error_analysis(problem))
    bad, checked = _slice_violations(weights, x, label, lambda i: allowance[i])
    assert bad == 0 and checked > 0


def test_the_prune_allowance_is_needed_on_tight_networks():
    """Without its rounding allowance the computed prune bound is *below* the exact value of
    some mask of its slice on the tight networks (where the bound is attained): the
    allowance is not decoration, and the test above can fail."""
    tight = [c for c in PRUNABLE if c[0].startswith(("tight", "attained"))]
    violations = sum(_slice_violations(w, x, label, lambda i: 0)[0] for _, w, x, label, _ in tight)
    assert violations > 0


def test_float64_overflow_is_refused_not_trusted():
    """Weights near the float64 limit: the float passes could overflow, so nothing is
    excluded from them (the analysis says so) instead of trusting an inf or a NaN."""
    big = 1e300
    weights = [(np.array([[big, big], [-big, big]]), np.zeros(2), True),
               (np.array([[big, 0.0], [0.0, big]]), np.zeros(2), False)]
    problem = problem_of(weights, np.array([1.0, 1.0]), 0, 0.0)
    assert not _error_analysis(problem).in_range
    assert math.isinf(float_error_bound(problem))
    ex = exclude_sizes(problem, 3)
    assert ex.bound == 0 and ex.checked == 0 and "float64 range" in ex.stopped
