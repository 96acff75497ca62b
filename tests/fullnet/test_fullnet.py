"""The full-network encoding on a hand-made 2-2-2 ReLU net and on the trained MNIST MLP."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("z3")

from torch import nn  # noqa: E402

import smug  # noqa: E402
from smug.errors import UnknownOptionError, UnsupportedProblemError  # noqa: E402
from smug.fullnet import FullNetProblem, brute_force_fullnet, exact_margin, verify_fullnet  # noqa: E402
from smug.solution import Status  # noqa: E402

STRATEGIES = ("ascend", "optimize")


def hand_net(final: nn.Module | None = None) -> nn.Sequential:
    """x = (1, 2). h0 = x0 - x1, h1 = x1 (ReLU on both); o0 = z0 + z1, o1 = 1.5.

    Kept pixels -> (z0, z1) -> margin o0 - o1:
      {}     -> (0, 0) -> -1.5
      {0}    -> (1, 0) -> -0.5
      {1}    -> (0, 2) ->  0.5   (h0 = -2: the ReLU cuts it)
      {0, 1} -> (0, 2) ->  0.5   (h0 = -1; without the ReLU it would be -1 + 2 - 1.5 = -0.5)
    So with delta < 0.5 the unique minimal mask is {1}; with delta >= 0.5 none works.
    """
    first, second = nn.Linear(2, 2), nn.Linear(2, 2)
    with torch.no_grad():
        first.weight.copy_(torch.tensor([[1.0, -1.0], [0.0, 1.0]]))
        first.bias.zero_()
        second.weight.copy_(torch.tensor([[1.0, 1.0], [0.0, 0.0]]))
        second.bias.copy_(torch.tensor([0.0, 1.5]))
    layers = [first, nn.ReLU(), second] + ([final] if final is not None else [])
    return nn.Sequential(*layers).eval()


X_HAND = torch.tensor([1.0, 2.0])


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_hand_net_minimal_mask(strategy):
    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0, delta=0.0)
    s = smug.solve(p, "z3", time_limit=20, strategy=strategy)
    assert s.status is Status.OPTIMAL
    assert s.mask.tolist() == [False, True]
    assert s.objective == 1 and s.bound == 1 and s.verified


@pytest.mark.parametrize("strategy", STRATEGIES)
@pytest.mark.parametrize("delta", [0.5, 0.6])
def test_hand_net_margin_out_of_reach(strategy, delta):
    # delta = 0.5 is an exact tie (margin 0.5 is not > 0.5).
    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0, delta=delta)
    s = smug.solve(p, "z3", time_limit=20, strategy=strategy)
    assert s.status is Status.INFEASIBLE and s.mask is None


def test_hand_net_exact_margins():
    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0)
    assert [float(exact_margin(p, m)) for m in ([0, 0], [1, 0], [0, 1], [1, 1])] == \
        [-1.5, -0.5, 0.5, 0.5]
    check = verify_fullnet(p, [True, True])
    assert check.ok and check.float64_margin == 0.5


def test_final_monotone_output_is_dropped():
    p = FullNetProblem.from_model(hand_net(nn.Sigmoid()), X_HAND, label=0)
    assert p.dropped == ("3: Sigmoid",)
    assert smug.solve(p, "z3", time_limit=20).mask.tolist() == [False, True]


def test_unsupported_layer_is_named():
    model = nn.Sequential(nn.Linear(2, 2), nn.Tanh(), nn.Linear(2, 2))
    with pytest.raises(UnsupportedProblemError, match="'1' is Tanh"):
        FullNetProblem.from_model(model, X_HAND)
    with pytest.raises(TypeError, match="nn.Sequential"):
        FullNetProblem.from_model(nn.Linear(2, 2), X_HAND)


def test_other_backends_are_refused_naming_z3():
    from smug.backends import Capability, register_backend, unregister_backend
    from smug.backends.highs import HighsBackend

    class NoMipHighs(HighsBackend):  # a real solver that does not declare Capability.MIP
        name = "highs_no_mip"
        capabilities = HighsBackend.capabilities - {Capability.MIP}

    p = FullNetProblem.from_model(hand_net(), X_HAND, label=0)
    register_backend(NoMipHighs)
    try:
        with pytest.raises(UnsupportedProblemError, match="'z3'.*'highs'"):
            smug.solve(p, "highs_no_mip")
    finally:
        unregister_backend("highs_no_mip")
    with pytest.raises(UnknownOptionError, match="no_such_param"):
        smug.solve(p, "z3", no_such_param=1)
    with pytest.raises(ValueError, match="strategy"):
        smug.solve(p, "z3", strategy="guess")
    with pytest.raises(ValueError, match="presolve"):
        smug.solve(p, "z3", presolve=True)
    with pytest.raises(UnknownOptionError, match="encoding"):
        smug.solve(p, "z3", encoding="smt2")
    with pytest.raises(ValueError, match="label"):
        FullNetProblem.from_model(hand_net(), X_HAND, label=7)
    with pytest.raises(ValueError, match="delta"):
        FullNetProblem.from_model(hand_net(), X_HAND, delta=-1.0)


@pytest.fixture(scope="module")
def mnist():
    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import load_mnist_mlp

    X, y = load_mnist("val")
    return load_mnist_mlp(), X, y


@pytest.mark.parametrize("index", [
    8504,  # optimum 1 cell, proven in ~2 s: runs by default
    pytest.param(0, marks=pytest.mark.slow),  # optimum 2, ~10 s on a loaded 2-core machine
    pytest.param(3, marks=pytest.mark.slow),
    pytest.param(5111, marks=pytest.mark.slow),
])
def test_mnist_4x4_cells_matches_brute_force(mnist, index):
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[index], int(y[index]), cell=4)
    assert p.n_cells == 49
    s = smug.solve(p, "z3", time_limit=60)
    oracle = brute_force_fullnet(p)
    assert s.status is Status.OPTIMAL
    assert s.objective == oracle.optimum
    # The mask keeps the label in the model's own (float32) forward pass too.
    pixels = torch.tensor(p.masked_input(s.mask), dtype=torch.float32)
    with torch.no_grad():
        assert int(model(pixels[None]).argmax()) == int(y[index])


def test_mnist_time_out_is_never_optimal(mnist):
    model, X, y = mnist
    p = FullNetProblem.from_model(model, X[0], int(y[0]), cell=1)
    s = smug.solve(p, "z3", time_limit=1.0)
    assert s.status in (Status.FEASIBLE, Status.UNKNOWN)
    if s.mask is not None:
        assert verify_fullnet(p, s.mask).ok


# --- extreme inputs (issue 17) --------------------------------------------------------
def test_wrong_length_input_is_named():
    """Item 9: a wrong-length ``x`` ended in a torch shape error."""
    with pytest.raises(ValueError, match=r"^x: the model's first layer takes 2 inputs, got 3"):
        FullNetProblem.from_model(hand_net(), torch.tensor([1.0, 2.0, 3.0]))


@pytest.mark.parametrize("label", [1.7, True, np.bool_(False), "1"])
def test_label_must_be_an_integer(label):
    with pytest.raises(TypeError, match=r"^label: expected an integer class index"):
        FullNetProblem.from_model(hand_net(), X_HAND, label=label)


def test_label_may_be_a_numpy_or_torch_integer():
    assert FullNetProblem.from_model(hand_net(), X_HAND, label=np.int64(1)).label == 1
    assert FullNetProblem.from_model(hand_net(), X_HAND, label=torch.tensor(0)).label == 0


def test_wrong_length_hint_is_reported_as_hint():
    problem = FullNetProblem.from_model(hand_net(), X_HAND, label=0)
    with pytest.raises(ValueError, match=r"^hint: expected shape \(2,\)"):
        smug.solve(problem, "z3", hint=[1, 1, 1])
