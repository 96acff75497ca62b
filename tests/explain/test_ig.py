"""Integrated gradients over first-layer activations: exact cases and completeness."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

import smug
from smug.explain import first_layer_ig


def test_ig_of_a_linear_rest_is_activation_times_weight():
    # F(a) = v . a + c is linear, so IG_t = a_t * v_t exactly, whatever the quadrature.
    model = nn.Sequential(nn.Linear(3, 4), nn.Linear(4, 1)).double().eval()
    x = torch.tensor([[0.5, -1.0, 2.0]], dtype=torch.float64)
    result = first_layer_ig(model, x, model[0], target=None, n_steps=7)
    a = model[0](x).detach().numpy()[0]
    v = model[1].weight.detach().numpy()[0]
    np.testing.assert_allclose(result.attributions, a * v, rtol=1e-12)
    assert abs(result.completeness_gap) < 1e-12


def test_ig_completeness_on_the_real_mnist_mlp():
    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp().eval()
    X, y = load_mnist("test")
    for i in range(3):
        x = torch.tensor(X[i:i + 1])
        label = int(model(x).argmax())
        result = first_layer_ig(model, x, model[0], target=label, n_steps=64,
                                internal_batch_size=16)
        assert result.attributions.shape == (32,)
        # ReLU makes F piecewise linear in alpha: the quadrature converges, not exactly.
        assert result.completeness_relative < 0.02, result.completeness_relative
        assert result.output - result.output_at_zero > 0
        # batching does not change the numbers
        again = first_layer_ig(model, x, model[0], target=label, n_steps=64)
        np.testing.assert_allclose(again.attributions, result.attributions, rtol=1e-4,
                                   atol=1e-6)


def test_reuse_ig_computes_once_per_input_and_gives_the_same_explanations():
    from smug.data.mnist import load_mnist
    from smug.explain import SMUG, SMUGBase
    from smug.explain.ig import reuse_ig
    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp().eval()
    X, _ = load_mnist("test")
    x, other = torch.tensor(X[0:1]), torch.tensor(X[1:2])
    fresh = SMUG(model, spatial_shape=(28, 28)).attribute(x, k=8, cell=4, n_steps=16)
    with reuse_ig() as cache:
        a = SMUG(model, spatial_shape=(28, 28)).attribute(x, k=8, cell=4, n_steps=16)
        b = SMUGBase(model, spatial_shape=(28, 28)).attribute(x, k=5, cell=4, n_steps=16)
        c = SMUG(model, spatial_shape=(28, 28)).attribute(other, k=8, cell=4, n_steps=16)
        assert cache["hits"] == 1  # b reused a's IG; c is another input
    np.testing.assert_array_equal(a.ig.attributions, fresh.ig.attributions)
    assert b.ig is a.ig and c.ig is not a.ig
    # Same IG -> the same MaskProblem and the same proven optimum. The mask itself may be
    # another of several minimal masks: CP-SAT with two workers breaks ties by a race.
    assert (a.problem.A != fresh.problem.A).nnz == 0
    np.testing.assert_array_equal(a.problem.rhs, fresh.problem.rhs)
    assert a.solution.status is fresh.solution.status is smug.Status.OPTIMAL
    assert a.solution.objective == fresh.solution.objective
    assert smug.verify(fresh.problem, a.solution.mask).ok
    # outside the context nothing is cached
    again = SMUG(model, spatial_shape=(28, 28)).attribute(x, k=8, cell=4, n_steps=16)
    assert again.ig is not a.ig


# --- the paper's target: softmax, post-activation; checked against Captum ------------------
class SharedActivationNet(nn.Module):
    """conv -> BN -> act -> conv -> act -> flatten -> linear, one ReLU6 module used twice
    (as EfficientNet's ``_swish``): IG must replace only the first-layer call."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.conv1 = nn.Conv2d(2, 4, 3, stride=2, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.act = nn.ReLU6()
        self.conv2 = nn.Conv2d(4, 3, 3, padding=1)
        self.head = nn.Linear(3 * 4 * 4, 5)
        with torch.no_grad():
            self.conv1.weight.mul_(4.0)  # some units above 6, where ReLU6 saturates
            self.bn.running_mean.uniform_(-0.5, 0.5)
            self.bn.running_var.uniform_(0.5, 1.5)

    def rest(self, a: torch.Tensor) -> torch.Tensor:
        """The network after the first layer's activation, taking its output ``a``."""
        return self.head(torch.flatten(self.act(self.conv2(a)), 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.rest(self.act(self.bn(self.conv1(x))))


@pytest.mark.parametrize("output", ["softmax", "logit"])
def test_first_layer_ig_equals_captum_on_the_rest_of_the_network(output):
    from captum.attr import IntegratedGradients

    model = SharedActivationNet().double().eval()
    x = torch.randn(1, 2, 8, 8, dtype=torch.float64, generator=torch.Generator().manual_seed(1))
    target = int(model(x).argmax())
    with torch.no_grad():
        pre = model.bn(model.conv1(x))
        a = model.act(pre)
    assert (pre > 6).any() and (pre < 0).any()  # post- and pre-activation differ
    extractor = (lambda out: torch.softmax(out, 1)) if output == "softmax" else (lambda out: out)
    captum = IntegratedGradients(lambda acts: extractor(model.rest(acts)))
    expected = captum.attribute(a, baselines=torch.zeros_like(a), target=target, n_steps=40,
                                method="gausslegendre").detach().numpy()[0]
    ours = first_layer_ig(model, x, model.bn, target, n_steps=40, activation=model.act,
                          output=output)
    # Captum builds its Gauss-Legendre nodes in float32: agreement to ~1e-7 relative
    np.testing.assert_allclose(ours.attributions, expected, rtol=1e-6, atol=1e-10)
    np.testing.assert_allclose(ours.activations, a.numpy()[0], rtol=0, atol=0)
    np.testing.assert_allclose(ours.pre_activations, pre.numpy()[0], rtol=0, atol=0)
    assert ours.output_kind == output and ours.activation == "ReLU6"
    f = extractor(model(x))[0, target].item()
    assert ours.output == pytest.approx(f, rel=1e-12)


def test_extraction_finds_the_activation_after_batchnorm():
    from smug.explain import extract_first_layer

    model = SharedActivationNet().eval()
    first, _ = extract_first_layer(model, torch.randn(1, 2, 8, 8))
    assert first.output_module is model.bn and first.activation is model.act
    plain = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2)).eval()
    first, _ = extract_first_layer(plain, torch.randn(1, 4))
    assert first.activation is None  # Tanh is not piecewise linear: IG on o itself


@pytest.mark.slow
def test_completeness_gap_on_a_real_photo_under_the_default_rule():
    """EfficientNet-Lite0 on chelsea: the adaptive default meets its tolerance (~30 s)."""
    from smug.data.photos import load_photo
    from smug.explain import DEFAULT_IG_TOLERANCE, extract_first_layer
    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    model = load_efficientnet_lite0()
    x = preprocess(load_photo("chelsea"), crop="none")
    first, _ = extract_first_layer(model, x)
    assert first.activation is model._swish
    target = int(model(x).argmax())
    result = first_layer_ig(model, x, first.output_module, target,
                            activation=first.activation)
    assert result.output_kind == "softmax" and result.output > 0.5
    assert result.rule == "adaptive" and result.converged
    assert result.completeness_relative <= DEFAULT_IG_TOLERANCE
    assert result.n_steps <= 192 and 1 <= result.batch_size <= 16


# --- the adaptive rule: known answers -------------------------------------------------------
class SteepSigmoid(nn.Module):
    """``F(a) = sigmoid(w . a + b)`` after a first Linear layer: along the path
    ``phi(alpha) = sigmoid(alpha s + b)`` with ``s = w . a``, so that

        IG_t = a_t w_t (sigmoid(s + b) - sigmoid(b)) / s

    exactly, and a steep sigmoid makes the integrand a narrow bump at ``alpha = -b / s``."""

    def __init__(self, steep: float, centre: float) -> None:
        super().__init__()
        torch.manual_seed(3)
        self.first = nn.Linear(6, 50)
        self.head = nn.Linear(50, 1)
        with torch.no_grad():
            a = self.first(torch.ones(1, 6))[0]
            w = torch.randn(50)
            self.head.weight.copy_((w * steep / (w * a).sum())[None])  # s = steep
            self.head.bias.fill_(-centre * steep)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.head(self.first(x)))


def _sigmoid_ig(model: SteepSigmoid, x: torch.Tensor) -> np.ndarray:
    a = model.first(x)[0].double()
    w, b = model.head.weight[0].double(), model.head.bias.double()
    s = (w * a).sum()
    return (a * w * (torch.sigmoid(s + b) - torch.sigmoid(b)) / s).detach().numpy()


def test_adaptive_rule_meets_its_tolerance_on_an_analytic_integral():
    from smug.explain.ig import TOPK_SLACK

    model = SteepSigmoid(steep=12.0, centre=0.4).double().eval()
    x = torch.ones(1, 6, dtype=torch.float64)
    exact = _sigmoid_ig(model, x)
    for tol in (0.01, 0.001):
        r = first_layer_ig(model, x, model.first, None, output="logit", tolerance=tol, k=10)
        assert r.rule == "adaptive" and r.converged
        assert r.completeness_relative <= tol and r.topk_jaccard >= 1 - TOPK_SLACK * tol
        err = np.abs(r.attributions - exact).sum() / np.abs(exact).sum()
        # on a smooth integrand the random-walk model of the error is conservative
        assert err < tol and err <= r.error_estimate
        assert len(r.alphas) == r.n_steps and len(set(r.alphas.tolist())) == r.n_steps


def test_adaptive_rule_places_its_nodes_on_a_step_like_integrand():
    # sigmoid(200 (alpha - 0.62)): the integrand lives on alpha in 0.62 +- 0.03
    model = SteepSigmoid(steep=200.0, centre=0.62).double().eval()
    x = torch.ones(1, 6, dtype=torch.float64)
    exact = _sigmoid_ig(model, x)
    r = first_layer_ig(model, x, model.first, None, output="logit", tolerance=0.001, k=10)
    assert r.converged and r.completeness_relative <= 0.001
    near = np.abs(r.alphas - 0.62) < 0.05
    assert near.sum() > 0.3 * r.n_steps, r.alphas  # 3x the share of uniform nodes
    err = np.abs(r.attributions - exact).sum() / np.abs(exact).sum()
    # the same number of Gauss-Legendre nodes spread over the whole path does worse
    fixed = first_layer_ig(model, x, model.first, None, r.n_steps, output="logit")
    fixed_err = np.abs(fixed.attributions - exact).sum() / np.abs(exact).sum()
    assert err < 0.001 and err < fixed_err, (err, fixed_err)


def _rough_mlp(seed: int) -> tuple[nn.Module, torch.Tensor]:
    """A random ReLU network: along the path its 1,024 hidden units switch one after another,
    so the gradient of each first-layer neuron is a step function with many small steps
    (as in EfficientNet)."""
    g = torch.Generator().manual_seed(seed)
    model = nn.Sequential(nn.Linear(32, 256), nn.ReLU(), nn.Linear(256, 512), nn.ReLU(),
                          nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10)).double().eval()
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=g, dtype=torch.float64) / p.shape[-1] ** 0.5)
    return model, 3 * torch.randn(1, 32, generator=g, dtype=torch.float64)


@pytest.mark.slow
def test_adaptive_rule_estimates_its_error_on_a_rough_integrand():
    for seed in (0, 3):
        model, x = _rough_mlp(seed)
        target = int(model(x).argmax())
        ref = first_layer_ig(model, x, model[0], target, 1024, activation=model[1])
        r = first_layer_ig(model, x, model[0], target, activation=model[1], k=32)
        top = np.argsort(-ref.attributions)[:32]
        err = np.abs(r.attributions - ref.attributions)[top].sum() \
            / np.abs(ref.attributions[top]).sum()
        # measured: estimate / error 0.9-1.6 on four seeds
        assert 0.5 * err < r.error_estimate < 2.5 * err, (r.error_estimate, err)


def test_adaptive_rounds_fill_whole_batches():
    model, x = _rough_mlp(1)
    target = int(model(x).argmax())
    batches: list[int] = []
    model.register_forward_pre_hook(lambda _m, inputs: batches.append(inputs[0].shape[0]))
    r = first_layer_ig(model, x, model[0], target, internal_batch_size=4,
                       activation=model[1], tolerance=0.002, k=32)
    # x itself, F(0), then the first node alone (it would measure a point's memory)
    assert batches[:3] == [1, 1, 1] and set(batches[3:]) == {4}, batches
    assert r.n_steps == 1 + 4 * len(batches[3:]) and r.n_steps > 25


def test_fixed_rule_is_the_reference_and_reports_no_estimate():
    model = SteepSigmoid(steep=12.0, centre=0.4).double().eval()
    x = torch.ones(1, 6, dtype=torch.float64)
    r = first_layer_ig(model, x, model.first, None, 64, output="logit")
    assert r.rule == "fixed" and r.n_steps == 64 and r.error_estimate is None
    np.testing.assert_allclose(r.attributions, _sigmoid_ig(model, x), rtol=1e-9)


def test_adaptive_rule_warns_when_its_node_budget_runs_out():
    from smug.explain import IGNotConvergedWarning

    model = SteepSigmoid(steep=200.0, centre=0.62).double().eval()
    x = torch.ones(1, 6, dtype=torch.float64)
    with pytest.warns(IGNotConvergedWarning, match="without meeting tolerance"):
        r = first_layer_ig(model, x, model.first, None, output="logit", tolerance=1e-4,
                           max_nodes=20)
    assert not r.converged and r.n_steps <= 20


@pytest.mark.parametrize("bad", [0, 1, -0.1, 1.5, float("nan"), "0.01", True])
def test_ig_tolerance_is_validated(bad):
    model = SteepSigmoid(steep=12.0, centre=0.4).eval()
    with pytest.raises(ValueError, match="ig_tolerance"):
        first_layer_ig(model, torch.ones(1, 6), model.first, None, tolerance=bad)
    from smug.explain import validate_arguments

    with pytest.raises(ValueError, match="ig_tolerance"):
        validate_arguments(ig_tolerance=bad, solve=False)


def test_adaptive_rule_agrees_with_the_reference_on_the_mnist_mlp():
    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp().eval()
    X, _ = load_mnist("test")
    for i in range(3):
        x = torch.tensor(X[i:i + 1])
        label = int(model(x).argmax())
        r = first_layer_ig(model, x, model[0], label)
        ref = first_layer_ig(model, x, model[0], label, 1024)
        assert r.converged and r.completeness_relative <= 0.01
        top = set(np.argsort(-r.attributions)[:16]), set(np.argsort(-ref.attributions)[:16])
        assert top[0] == top[1]
        assert np.abs(r.attributions - ref.attributions).max() \
            < 0.02 * np.abs(ref.attributions).max()


# --- memory: batches sized to memory, never all nodes at once -------------------------------
def test_choose_batch_fits_the_budget_and_the_available_memory():
    from smug.explain.ig import MAX_BATCH, choose_batch

    mb = 1 << 20
    assert choose_batch(200 * mb, budget=1024 * mb, available=64 * 1024 * mb) == 5
    # a quarter of the available memory at most
    assert choose_batch(100 * mb, budget=1024 * mb, available=1200 * mb) == 3
    assert choose_batch(5000 * mb, budget=1024 * mb, available=64 * 1024 * mb) == 1
    assert choose_batch(1, budget=1024 * mb, available=64 * 1024 * mb) == MAX_BATCH
    assert choose_batch(100 * mb, budget=1024 * mb, available=64 * 1024 * mb) == MAX_BATCH
    assert choose_batch(200 * mb, budget=1024 * mb, available=None) == 5


def test_saved_bytes_grow_with_the_batch_and_size_it():
    from smug.explain.ig import _count_saved_bytes

    model = SharedActivationNet().eval()
    x = torch.randn(4, 2, 8, 8, requires_grad=True)
    sizes = []
    for b in (1, 4):
        with _count_saved_bytes(model) as saved:
            model(x[:b].clone()).sum().backward()
        sizes.append(saved[0])
    # the weights are left out: what is counted is per point
    assert sizes[0] > 0 and 3.5 * sizes[0] <= sizes[1] <= 4.5 * sizes[0]


def test_path_points_go_through_the_model_in_bounded_batches(monkeypatch):
    import smug.explain.ig as ig

    model = SharedActivationNet().double().eval()
    x = torch.randn(1, 2, 8, 8, dtype=torch.float64, generator=torch.Generator().manual_seed(1))
    target = int(model(x).argmax())
    batches: list[int] = []
    model.register_forward_pre_hook(lambda _m, inputs: batches.append(inputs[0].shape[0]))
    probe = first_layer_ig(model, x, model.bn, target, 4, activation=model.act)
    assert probe.point_bytes > 0  # what one point keeps, measured on the first pass
    monkeypatch.setattr(ig, "IG_MEMORY_BUDGET", int(2 * probe.point_bytes * 3.5))  # 3 points
    for n_steps in (None, 50, 200):
        batches.clear()
        r = first_layer_ig(model, x, model.bn, target, n_steps, activation=model.act,
                           output="softmax", tolerance=0.001)
        assert r.batch_size == 3 and max(batches) <= 3  # whatever the number of nodes
        assert sum(batches) >= r.n_steps
    batches.clear()
    first_layer_ig(model, x, model.bn, target, 40, internal_batch_size=7, activation=model.act)
    assert max(batches) == 7  # the caller's batch is kept


def test_ig_threads_leave_busy_cores_alone_and_never_exceed_the_setting():
    from smug.explain.ig import ig_threads

    assert ig_threads(current=2, cores=2, load=1.0) == 2   # idle but for this process
    assert ig_threads(current=2, cores=2, load=6.5) == 1   # busy: one thread
    assert ig_threads(current=8, cores=8, load=4.0) == 5
    assert ig_threads(current=1, cores=8, load=0.0) == 1   # a Dask worker's one thread
    assert ig_threads(current=4, cores=2, load=0.2) == 2   # no more threads than cores


def test_ig_threads_read_the_runnable_threads_now_not_the_lagging_load_average(monkeypatch):
    import os

    import smug.explain.ig as ig

    # the 1-minute load average still counts this process's own past work (a reference IG
    # a moment ago): it must not decide; the runnable threads now do
    monkeypatch.setattr(os, "getloadavg", lambda: (9.0, 9.0, 9.0))
    monkeypatch.setattr(ig, "free_cores", lambda cores=None: 2)
    assert ig.ig_threads(current=2, cores=2) == 2
    monkeypatch.setattr(ig, "free_cores", lambda cores=None: 0)  # saturated: still one
    assert ig.ig_threads(current=2, cores=2) == 1
    monkeypatch.setattr(ig, "free_cores", lambda cores=None: 1)
    assert ig.ig_threads(current=2, cores=2) == 1


def test_ig_decides_its_threads_again_before_every_batch(monkeypatch):
    # another process's burst at the start (no free core) must not pin IG to one thread
    # for the whole run: once the cores are free again, the next batches take them
    import smug.explain.ig as ig
    from smug.solving.choice import affinity_cores

    if affinity_cores() < 2:
        pytest.skip("needs two cores")
    # busy for the fast copy's build (decided on IG's threads too, not a pass) and the
    # first three passes, then idle
    readings = iter([0, 0, 0, 0])
    monkeypatch.setattr(ig, "free_cores", lambda cores=None: next(readings, cores))
    model = SteepSigmoid(steep=12.0, centre=0.4).eval()
    seen: list[int] = []
    model.register_forward_pre_hook(lambda *_: seen.append(torch.get_num_threads()))
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        r = first_layer_ig(model, torch.ones(1, 6), model.first, None, 40, output="logit",
                           internal_batch_size=4)
        assert torch.get_num_threads() == 2  # torch's setting is back
    finally:
        torch.set_num_threads(before)
    # the first forward (F(x)) runs before IG's policy; then F(0), and 10 batches of 4
    assert r.threads == (1, 1, 1) + (2,) * 8 and seen[1:] == list(r.threads)
    assert r.summary()["threads"] == [1, 2]


def test_the_fast_copy_is_built_on_igs_threads(monkeypatch):
    # on a busy machine torch's default threads made the copy's first use ~20x dearer
    # (benchmarks/studies/fastpath_build): it is built under IG's thread policy
    import smug.explain.ig as ig

    real, during = ig.post_stem, []

    def recording(*args, **kwargs):
        during.append(torch.get_num_threads())
        return real(*args, **kwargs)

    monkeypatch.setattr(ig, "post_stem", recording)
    monkeypatch.setattr(ig, "free_cores", lambda cores=None: 0)  # no core free: one thread
    model = SteepSigmoid(steep=12.0, centre=0.4).eval()
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        first_layer_ig(model, torch.ones(1, 6), model.first, None, 8, output="logit")
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
    assert during == [1]


def test_ig_restores_torchs_thread_setting(monkeypatch):
    import smug.explain.ig as ig

    seen = []
    model = SteepSigmoid(steep=12.0, centre=0.4).eval()
    model.register_forward_pre_hook(lambda *_: seen.append(torch.get_num_threads()))
    before = torch.get_num_threads()
    monkeypatch.setattr(ig, "IG_THREADS", 1)
    first_layer_ig(model, torch.ones(1, 6), model.first, None, 4, output="logit")
    assert set(seen[1:]) == {1} and torch.get_num_threads() == before


def test_inactive_neurons_tied_at_the_top_k_threshold_do_not_count_as_moving():
    # 5,000 first-layer ReLU units, about half inactive: the top 3,000 ends among exact
    # zeros (as on the text CNN), which no quadrature error can reorder
    g = torch.Generator().manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 5000), nn.ReLU(), nn.Linear(5000, 3)).double().eval()
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=g, dtype=torch.float64) / p.shape[-1] ** 0.5)
    x = torch.randn(1, 8, generator=g, dtype=torch.float64)
    assert (model[1](model[0](x)) == 0).sum() > 2000
    r = first_layer_ig(model, x, model[0], int(model(x).argmax()), activation=model[1])
    assert r.converged and r.topk_jaccard == 1.0 and r.n_steps <= 33


def test_nodes_go_where_the_top_k_set_is_uncertain_not_where_errors_are_merely_large():
    # k = 3 of 6 candidates, threshold 1.0 (between the 3rd and the 4th attribution).
    # Cell 0 holds a large error of the top neuron, 2.0 above the threshold: it cannot
    # leave the top-k. Cell 1 holds a small error of the 3rd neuron, 0.01 above it.
    from math import erfc, sqrt

    from smug.explain.ig import _crossing_scores

    values = torch.tensor([3.0, 2.0, 1.01, 0.99, 0.0, -1.0], dtype=torch.float64)
    var = torch.zeros(2, 6, dtype=torch.float64)
    var[0, 0], var[1, 2] = 1e-2, 1e-4
    scores = _crossing_scores(var, values, 3)

    def cross(z):  # P(N(0, 1) > z)
        return erfc(z / sqrt(2)) / 2

    # trisecting cell 1 divides the 3rd neuron's variance by 9: sd 0.01 -> 0.01 / 3
    assert scores[1].item() == pytest.approx(cross(1.0) - cross(3.0), rel=1e-9)
    assert scores[0].item() == pytest.approx(cross(20.0) - cross(60.0), abs=1e-12)
    assert scores[1] > 1e6 * scores[0]  # the summed-error score would pick cell 0
