"""The big-M MILP path of the full-network problem: known answers for every MILP backend."""

from __future__ import annotations

import warnings
from fractions import Fraction

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("z3")

from torch import nn  # noqa: E402

import smug  # noqa: E402
from smug.errors import UnknownOptionError, UnsupportedProblemError  # noqa: E402
from smug.fullnet import FullNetProblem, brute_force_fullnet, exact_margin, verify_fullnet  # noqa: E402
from smug.fullnet.confirm import _float_margins, exclude_sizes, float_error_bound  # noqa: E402
from smug.fullnet.milp import build_milp  # noqa: E402
from smug.backends import PREFERENCE  # noqa: E402
from smug.fullnet.solve import (FullNetSizeWarning, auto_backend,  # noqa: E402
                                installed_fullnet_backends, warn_if_large)
from smug.solution import Status  # noqa: E402
from smug.solve import CrossCheckWarning  # noqa: E402

MILP = [b for b in installed_fullnet_backends() if b != "z3"]
#: Validation images (4x4 cells) for the brute-force comparison: 10 drawn with seed 0.
IMAGES_4X4 = [int(i) for i in np.random.default_rng(0).choice(10000, size=10, replace=False)]


def linear(W, b) -> nn.Linear:
    W = torch.tensor(W, dtype=torch.float64)
    layer = nn.Linear(W.shape[1], W.shape[0]).double()
    with torch.no_grad():
        layer.weight.copy_(W)
        layer.bias.copy_(torch.tensor(b, dtype=torch.float64))
    return layer


def hand_net() -> nn.Sequential:
    """x = (1, 2): the unique minimal mask for delta < 0.5 is {1}; none for delta >= 0.5
    (the net of tests/fullnet/test_fullnet.py, whose docstring tabulates the margins)."""
    return nn.Sequential(linear([[1, -1], [0, 1]], [0, 0]), nn.ReLU(),
                         linear([[1, 1], [0, 0]], [0, 1.5])).eval()


X_HAND = torch.tensor([1.0, 2.0], dtype=torch.float64)


@pytest.mark.parametrize("backend", MILP)
def test_hand_net_minimal_mask(backend):
    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0)
    s = smug.solve(p, backend, time_limit=30, pre_enumeration_limit=0)
    assert s.status is Status.OPTIMAL and s.backend == backend
    assert s.mask.tolist() == [False, True] and s.objective == 1 and s.bound == 1
    assert s.stats["relus_unstable"] == 1  # h0 = x0 - x1 in [-2, 1]; h1 = x1 in [0, 2]


@pytest.mark.parametrize("backend", MILP)
@pytest.mark.parametrize("delta", [0.5, 0.6])
def test_hand_net_infeasible_is_proven_by_z3_not_by_the_milp(backend, delta):
    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0, delta=delta)
    s = smug.solve(p, backend, time_limit=30, pre_enumeration_limit=0)
    assert s.status is Status.INFEASIBLE and s.stats["z3_confirm"]["result"] == "unsat"
    unconfirmed = smug.solve(p, backend, time_limit=30, confirm="none", pre_enumeration_limit=0)
    assert unconfirmed.status is Status.UNKNOWN and unconfirmed.mask is None
    # The default enumerates all 4 masks before the solver: infeasible, proven exactly.
    enumerated = smug.solve(p, backend, time_limit=30)
    assert enumerated.status is Status.INFEASIBLE and enumerated.stats["milp_status"] == "not run"
    assert enumerated.stats["pre_enumeration"]["checked"] == 4


def tiny_margin_net(eps: float) -> nn.Sequential:
    """Inputs (1, 1), no hidden ReLU is ever off for them. Kept -> margin o0 - o1:
    {} -> -1, {0} -> -1 + 1 + eps = eps, {1} -> -1 + 0.5 = -0.5, {0, 1} -> 1 + eps - 0.5 + ...
    so the optimum is {0} (size 1) with a margin of ``eps`` only."""
    return nn.Sequential(linear([[1, 0], [0, 1]], [0, 0]), nn.ReLU(),
                         linear([[1 + eps, 4], [0, 3.5]], [0, 1])).eval()


@pytest.mark.parametrize("backend", MILP)
def test_margin_below_the_milp_margin_is_recovered_exactly(backend):
    # Regression (solver tolerances): the optimum keeps the label by 1e-9 only, below the
    # MILP's safety margin (1e-6), so the MILP returns the full mask. The exact
    # enumeration of the smaller sizes finds the true optimum and proves it.
    p = FullNetProblem.from_model(tiny_margin_net(1e-9), torch.ones(2, dtype=torch.float64),
                                  label=0)
    assert float(exact_margin(p, [True, False])) == pytest.approx(1e-9, rel=1e-6)
    assert brute_force_fullnet(p).optimum == 1
    s = smug.solve(p, backend, time_limit=30, greedy=False, pre_enumeration_limit=0)
    assert s.status is Status.OPTIMAL and s.mask.tolist() == [True, False]
    if backend != "cvxpy":  # cvxpy's HiGHS keeps its 1e-6 feasibility tolerance, inside
        assert s.stats["milp_not_minimal"] == 2  # which {0} already meets the margin row
    warm = smug.solve(p, backend, time_limit=30, pre_enumeration_limit=0)
    assert warm.stats["greedy_size"] == 1 and warm.mask.tolist() == [True, False]


def test_cpsat_rounding_keeps_relu_rows_feasible(mnist):
    # Regression: the scaled-integer CP-SAT variant first called this MILP infeasible,
    # because a ReLU that is on pins z = h exactly and the integer grid of z could not
    # meet it; the rows now allow half a grid step per continuous column.
    pytest.importorskip("ortools")
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[IMAGES_4X4[1]], int(y[IMAGES_4X4[1]]), cell=4)
    s = smug.solve(p, "cpsat", time_limit=60, pre_enumeration_limit=0)
    assert s.stats["milp_status"] == "optimal"
    assert s.status is Status.OPTIMAL and s.objective == brute_force_fullnet(p).optimum


def stable_net() -> nn.Sequential:
    """Non-negative inputs; unit 0 has non-negative weights and bias (always on), unit 1
    non-positive weights and a negative bias (always off)."""
    return nn.Sequential(linear([[0.5, 1.0, 0.25], [-1.0, -0.5, 0.0]], [0.1, -0.2]), nn.ReLU(),
                         linear([[1.0, 3.0], [0.0, 0.0]], [0.0, 0.75])).eval()


@pytest.mark.parametrize("backend", MILP + ["z3"])
def test_network_with_only_stable_relus(backend):
    x = torch.tensor([0.6, 0.4, 0.8], dtype=torch.float64)
    p = FullNetProblem.from_model(stable_net(), x, label=0)
    model = build_milp(p)
    assert model.relus == {"inactive": 1, "active": 1, "unstable": 0}
    assert model.program.n_cols == 3  # the three cell binaries, no ReLU columns
    # o0 = z0 = 0.1 + 0.3 M0 + 0.4 M1 + 0.2 M2 against o1 = 0.75: only {0, 1} (0.8) and
    # the full mask (1.0) keep label 0, so the optimum is {0, 1}.
    oracle = brute_force_fullnet(p)
    s = smug.solve(p, backend, time_limit=30, **({} if backend == "z3" else {"pre_enumeration_limit": 0}))
    assert s.status is Status.OPTIMAL and s.objective == oracle.optimum == 2
    assert s.mask.tolist() == [True, True, False]


@pytest.fixture(scope="module")
def mnist():
    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import load_mnist_mlp

    X, y = load_mnist("val")
    return load_mnist_mlp(), X, y


def _matches_brute_force(mnist, backend, images):
    model, X, y = mnist
    for index in images:
        p = FullNetProblem.from_model(model, X[index], int(y[index]), cell=4)
        # The MILP itself, not the pre-solve enumeration (which alone decides 4x4 cells).
        s = smug.solve(p, backend, time_limit=60, pre_enumeration_limit=0)
        oracle = brute_force_fullnet(p)
        assert s.stats["milp_status"] in ("optimal", "feasible")
        assert s.status is Status.OPTIMAL, (index, s.raw_status)
        assert s.objective == oracle.optimum, index
        assert verify_fullnet(p, s.mask).ok


@pytest.mark.parametrize("backend", MILP)
def test_mnist_4x4_matches_brute_force_two_images(mnist, backend):
    _matches_brute_force(mnist, backend, IMAGES_4X4[:2])


@pytest.mark.slow
@pytest.mark.parametrize("backend", MILP)
def test_mnist_4x4_matches_brute_force_ten_images(mnist, backend):
    _matches_brute_force(mnist, backend, IMAGES_4X4[2:])


def test_cross_check_milp_and_z3_agree(mnist):
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[8504], int(y[8504]), cell=4)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CrossCheckWarning)
        check = smug.cross_check(p, ["z3", *MILP], time_limit=60)
    assert check.agree and check.optimum == brute_force_fullnet(p).optimum
    assert all(s.status is Status.OPTIMAL for s in check.solutions.values())


def test_cross_check_reports_a_refuted_optimum():
    from smug.fullnet.solve import _fullnet_disagreements
    from smug.solution import Solution

    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0)
    right = smug.solve(p, "highs", time_limit=30)
    wrong = Solution(Status.OPTIMAL, np.array([True, True]), 2.0, 2.0, "claim", "made up")
    (d,) = _fullnet_disagreements(p, {"claim": wrong, "highs": right})
    assert (d.backend_a, d.backend_b, d.objective_a, d.objective_b) == ("claim", "highs", 2.0, 1.0)


def test_float_error_bound_covers_the_float_margins(mnist):
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[IMAGES_4X4[0]], int(y[IMAGES_4X4[0]]), cell=1)
    tau = float_error_bound(p)
    assert 0 < tau < 1e-8
    coefs = p.first_layer_cell_coefficients()
    A_t = np.array([[float(a) for a in row] for row in coefs]).T
    rng = np.random.default_rng(1)
    combos = np.array([rng.choice(p.active_cells.size, size=5, replace=False) for _ in range(30)])
    floats = _float_margins(p, A_t, combos)
    for combo, f in zip(combos, floats):
        mask = np.zeros(p.n_cells, dtype=bool)
        mask[p.active_cells[combo]] = True
        assert abs(Fraction(float(f)) - exact_margin(p, mask)) <= Fraction(tau)


def test_exclusion_stops_at_the_enumeration_limit(mnist):
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[IMAGES_4X4[0]], int(y[IMAGES_4X4[0]]), cell=1)
    n = p.active_cells.size
    ex = exclude_sizes(p, 3, limit=1 + n)  # sizes 0 and 1 fit; size 2 does not
    assert ex.bound == 2 and ex.checked == 1 + n and "limit" in ex.stopped


def test_time_out_is_feasible_with_an_exact_bound(mnist):
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[0], int(y[0]), cell=1)
    s = smug.solve(p, "highs", time_limit=1.0, confirm="none", pre_enumeration_limit=0)
    assert s.status in (Status.FEASIBLE, Status.UNKNOWN)
    if s.mask is not None:  # the warm start, unconfirmed: nothing is proven
        assert verify_fullnet(p, s.mask).ok and s.bound == 0.0


def test_bad_input():
    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0)
    with pytest.raises(UnknownOptionError, match="strategy"):
        smug.solve(p, "highs", strategy="ascend")
    with pytest.raises(ValueError, match="margin"):
        smug.solve(p, "highs", margin=-1.0)
    with pytest.raises(ValueError, match="confirm"):
        smug.solve(p, "highs", confirm="maybe")
    with pytest.raises(ValueError, match="enumeration_limit"):
        smug.solve(p, "highs", enumeration_limit=1.5)
    with pytest.raises(ValueError, match="presolve"):
        smug.solve(p, "highs", presolve=True)
    with pytest.raises(ValueError, match="greedy"):
        smug.solve(p, "highs", greedy="yes")
    with pytest.raises(ValueError, match="delta"):
        FullNetProblem.from_model(hand_net(), X_HAND, delta=-0.1)
    with pytest.raises(UnsupportedProblemError, match="'1' is Tanh"):
        FullNetProblem.from_model(nn.Sequential(nn.Linear(2, 2), nn.Tanh(), nn.Linear(2, 2)),
                                  X_HAND)
    expected = next(b for b in PREFERENCE["fullnet"] if b in MILP)  # cpsat when OR-Tools is installed
    assert smug.solve(p, "auto", time_limit=30).backend == auto_backend() == expected


def test_large_network_warns_with_the_unstable_count():
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(4, 100), nn.ReLU(), nn.Linear(100, 3)).double().eval()
    p = FullNetProblem.from_model(net, torch.ones(4, dtype=torch.float64), image_shape=(4,))
    with pytest.warns(FullNetSizeWarning, match=r"has \d+ unstable ReLUs") as record:
        count = warn_if_large(p, "z3")
    assert count <= 2000  # under HiGHS's threshold: no warning there at this size
    with warnings.catch_warnings():
        warnings.simplefilter("error", FullNetSizeWarning)
        warn_if_large(p, "highs")
    assert count > 64 and str(count) in str(record[0].message)
    with pytest.warns(FullNetSizeWarning, match=str(count)) as record:
        smug.solve(p, "z3", time_limit=0.5)
    assert record[0].filename == __file__  # points at the caller of smug.solve


def test_pre_enumeration_bound_lets_the_solver_stop_at_it(mnist):
    # Pixels: sizes 0 and 1 are excluded exactly before HiGHS runs; the row
    # sum(cells) >= 2 then closes HiGHS's gap as soon as its incumbent has 2 pixels.
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[2637], int(y[2637]), cell=1)
    n = p.active_cells.size
    s = smug.solve(p, "highs", time_limit=60, pre_enumeration_limit=1 + n, enumerate_first=False)
    assert s.stats["pre_enumeration"]["bound"] == 2
    assert s.status is Status.OPTIMAL and s.objective == 2
    assert s.stats["milp_status"] == "optimal" and s.stats["milp_rows"] == 3 * 32 + 9 + 1


@pytest.mark.slow
def test_cvxpy_highs_keeps_its_time_limit(mnist):
    # Regression (solver tolerances): cvxpy's HiGHS with mip_feasibility_tolerance 1e-9
    # ran for over 200 s on this 60 s solve (Table 2, pixels, image 45); with HiGHS's
    # default tolerance it proves the optimum, 3 pixels, in about 10 s.
    pytest.importorskip("cvxpy")
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[6270], int(y[6270]), cell=1)
    s = smug.solve(p, "cvxpy", time_limit=60)
    assert s.timings.total < 90
    assert s.status is Status.OPTIMAL and s.objective == 3


def test_warm_start_one_above_the_bound_is_confirmed_without_the_solver(mnist):
    # Table 2 image 47 (validation 3570): sizes 0-3 excluded by the pre-enumeration, the
    # greedy mask has 5 pixels, so only size 4 is open: enumerating it (5.7 million masks)
    # proves 5 without the solver, which spent its 30 s there without closing its bound.
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[3570], int(y[3570]), cell=1)
    s = smug.solve(p, "highs", time_limit=120)
    assert s.status is Status.OPTIMAL and s.objective == 5 and s.bound == 5
    assert s.stats["milp_status"] == "not run" and s.stats["incumbent"] == "warm start"
    assert s.stats["pre_enumeration"]["bound"] == 4 and s.stats["enumeration"]["bound"] == 5
    assert verify_fullnet(p, s.mask).ok


def test_enumerate_first_is_a_checked_option(mnist):
    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0)
    with pytest.raises(ValueError, match="enumerate_first"):
        smug.solve(p, "highs", enumerate_first="yes")
    off = smug.solve(p, "highs", time_limit=30, enumerate_first=False, pre_enumeration_limit=0)
    assert off.status is Status.OPTIMAL and off.objective == 1


def test_every_shipped_fullnet_backend_has_a_measured_size_guide():
    from smug.backends import backend_class
    from smug.fullnet.solve import LARGE_NETWORK, fullnet_backends

    shipped = [n for n in fullnet_backends()
               if backend_class(n).__module__.startswith("smug.backends.")]
    assert "scip" in shipped and not set(shipped) - set(LARGE_NETWORK)
