"""The network after the first layer, BatchNorm folded: same outputs, same gradients, same
IG, the user's model untouched, and a safe fallback where the structure does not allow it."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

import smug.explain.ig as ig
from smug.explain import first_layer_ig
from smug.explain.fastpath import post_stem
from smug.explain.ig import _Replace


class BNNet(nn.Module):
    """conv -> BN -> ReLU6 (the stem), then two conv -> BN -> ReLU6 blocks with a skip, a
    conv without bias before its BN, a ReLU6 module shared by every block (as
    EfficientNet's ``_swish``), pooling and a linear head."""

    def __init__(self) -> None:
        super().__init__()
        g = torch.Generator().manual_seed(0)
        self.stem = nn.Conv2d(3, 8, 3, stride=2, padding=1)
        self.bn0 = nn.BatchNorm2d(8)
        self.act = nn.ReLU6()
        self.conv1 = nn.Conv2d(8, 8, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 8, 3, padding=1, groups=8)
        self.bn2 = nn.BatchNorm2d(8)
        self.head = nn.Linear(8, 5)
        with torch.no_grad():
            for bn in (self.bn0, self.bn1, self.bn2):
                bn.running_mean.uniform_(-0.5, 0.5, generator=g)
                bn.running_var.uniform_(0.3, 2.0, generator=g)
                bn.weight.uniform_(0.5, 2.0, generator=g)
                bn.bias.uniform_(-0.3, 0.3, generator=g)
            self.stem.weight.mul_(3.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.act(self.bn0(self.stem(x)))
        h = self.act(self.bn1(self.conv1(a)))
        h = self.bn2(self.conv2(h)) + a
        return self.head(self.act(h).mean((2, 3)))


def _stem_activations(model, x, output_module, activation):
    hooks = _Replace(output_module, activation)
    with hooks.installed(), torch.no_grad():
        out = model(x)
    return hooks.captured["a"], out


def _input(seed: int = 1) -> torch.Tensor:
    return torch.randn(1, 3, 16, 16, generator=torch.Generator().manual_seed(seed))


def test_the_folded_copy_agrees_with_the_model_and_skips_the_stem():
    model, x = BNNet().eval(), _input()
    act, out = _stem_activations(model, x, model.bn0, model.act)
    fast = post_stem(model, x, model.bn0, model.act, act)
    assert fast is not None
    assert fast.folded == 2  # bn1, bn2; bn0 went with the stem
    assert fast.removed == ["bn0", "stem"]
    with torch.no_grad():
        torch.testing.assert_close(fast(act, x), out, rtol=1e-5, atol=1e-5)
        # and on other points of the path, in a batch
        points = torch.tensor([0.2, 0.7]).reshape(-1, 1, 1, 1) * act
        hooks = _Replace(model.bn0, model.act)
        hooks.value = points
        with hooks.installed():
            want = model(x.expand(2, -1, -1, -1))
        torch.testing.assert_close(fast(points, x), want, rtol=1e-5, atol=1e-5)


def test_gradients_and_ig_agree_with_the_plain_path(monkeypatch):
    model, x = BNNet().double().eval(), _input().double()
    target = int(model(x).argmax())
    runs = {}
    for fast in (False, True):
        monkeypatch.setattr(ig, "IG_FAST_PATH", fast)
        runs[fast] = first_layer_ig(model, x, model.bn0, target, 32, activation=model.act)
    np.testing.assert_allclose(runs[True].attributions, runs[False].attributions,
                               rtol=1e-9, atol=1e-12)
    assert runs[True].output == pytest.approx(runs[False].output, rel=1e-12)
    # autograd keeps less per point without the BatchNorms
    assert runs[True].point_bytes < runs[False].point_bytes


def test_the_users_model_is_left_untouched():
    model, x = BNNet().eval(), _input()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    modules = {n: type(m) for n, m in model.named_modules()}
    target = int(model(x).argmax())
    first_layer_ig(model, x, model.bn0, target, 8, activation=model.act)
    after = model.state_dict()
    assert before.keys() == after.keys()
    for k in before:
        assert torch.equal(before[k], after[k]), k
    assert {n: type(m) for n, m in model.named_modules()} == modules
    assert all(p.requires_grad for p in model.parameters())
    assert not any(m._forward_hooks or m._forward_pre_hooks for m in model.modules())


def test_the_copy_is_rebuilt_when_the_weights_change():
    model, x = BNNet().eval(), _input()
    act, _ = _stem_activations(model, x, model.bn0, model.act)
    first = post_stem(model, x, model.bn0, model.act, act)
    assert post_stem(model, x, model.bn0, model.act, act) is first  # built once
    with torch.no_grad():
        model.conv2.weight.mul_(1.5)
    act, out = _stem_activations(model, x, model.bn0, model.act)
    again = post_stem(model, x, model.bn0, model.act, act)
    assert again is not first
    with torch.no_grad():
        torch.testing.assert_close(again(act, x), out, rtol=1e-5, atol=1e-5)


class Untraceable(BNNet):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.act(self.bn0(self.stem(x)))
        if a.sum() > 0:  # data-dependent control flow: fx cannot trace it
            a = self.act(self.bn1(self.conv1(a)))
        return self.head(a.mean((2, 3)))


class PreActivationReadTwice(BNNet):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        o = self.bn0(self.stem(x))
        a = self.act(o)
        return self.head((self.act(self.bn1(self.conv1(a))) + o).mean((2, 3)))


class SharedConv(BNNet):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.act(self.bn0(self.stem(x)))
        h = self.bn1(self.conv1(a))
        return self.head(self.act(self.bn2(self.conv1(h))).mean((2, 3)))  # conv1 twice


@pytest.mark.parametrize("make", [Untraceable, PreActivationReadTwice])
def test_unsupported_structures_fall_back_to_the_model_itself(make, monkeypatch):
    model, x = make().double().eval(), _input().double()
    act, _ = _stem_activations(model, x, model.bn0, model.act)
    assert post_stem(model, x, model.bn0, model.act, act) is None
    target = int(model(x).argmax())
    r = first_layer_ig(model, x, model.bn0, target, 16, activation=model.act)
    monkeypatch.setattr(ig, "IG_FAST_PATH", False)
    plain = first_layer_ig(model, x, model.bn0, target, 16, activation=model.act)
    np.testing.assert_array_equal(r.attributions, plain.attributions)


def test_a_shared_convolution_is_not_folded():
    model, x = SharedConv().eval(), _input()
    act, out = _stem_activations(model, x, model.bn0, model.act)
    fast = post_stem(model, x, model.bn0, model.act, act)
    assert fast is not None and fast.folded == 0
    with torch.no_grad():
        torch.testing.assert_close(fast(act, x), out, rtol=1e-5, atol=1e-5)


def test_a_model_with_hooks_keeps_them_by_running_itself():
    model, x = BNNet().eval(), _input()
    seen = []
    model.conv2.register_forward_hook(lambda *_: seen.append(1))
    act, _ = _stem_activations(model, x, model.bn0, model.act)
    assert post_stem(model, x, model.bn0, model.act, act) is None
    seen.clear()
    first_layer_ig(model, x, model.bn0, int(model(x).argmax()), 4, activation=model.act)
    assert len(seen) >= 2  # the user's hook ran on the path points


def test_a_model_in_training_mode_is_not_copied():
    model, x = BNNet().eval(), _input()
    act, _ = _stem_activations(model, x, model.bn0, model.act)
    model.conv2.train()
    assert post_stem(model, x, model.bn0, model.act, act) is None


def test_a_first_linear_layer_without_activation_is_split_too(monkeypatch):
    from smug.data.mnist import load_mnist
    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp().eval()
    x = torch.tensor(load_mnist("test")[0][:1])
    hooks = _Replace(model[0], None)
    with hooks.installed(), torch.no_grad():
        model(x)
    fast = post_stem(model, x, model[0], None, hooks.captured["a"])
    assert fast is not None and fast.removed == ["0"]
    target = int(model(x).argmax())
    a = first_layer_ig(model, x, model[0], target, 64)
    monkeypatch.setattr(ig, "IG_FAST_PATH", False)
    b = first_layer_ig(model, x, model[0], target, 64)
    np.testing.assert_allclose(a.attributions, b.attributions, rtol=1e-4, atol=1e-7)


def test_efficientnet_lite0_folds_48_batchnorms_simplifies_44_convolutions_and_agrees():
    from smug.bench.common import photo_input
    from smug.models.efficientnet import load_efficientnet_lite0

    model = load_efficientnet_lite0()
    x = photo_input("chelsea")
    act, out = _stem_activations(model, x, model._bn0, model._swish)
    fast = post_stem(model, x, model._bn0, model._swish, act)
    assert fast is not None and fast.folded == 48
    # 32 1x1 convolutions; 12 of the 16 depthwise ones pad symmetrically (the 4 of stride 2
    # pad TF-style, only after)
    assert fast.simplified == 44
    assert fast.removed == ["_bn0", "_conv_stem"]
    with torch.no_grad():
        got = fast(act, x)
    assert float((got - out).abs().max()) <= 1e-5 * float(out.abs().max())


class OwnPadConv(nn.Conv2d):
    """Pads in its own forward, as EfficientNet's ``Conv2dStaticSamePadding`` does."""

    def __init__(self, *args, pad=(1, 1, 1, 1), scale=1.0, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pad, self.scale = nn.ZeroPad2d(pad), scale

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.scale * nn.functional.conv2d(self.pad(x), self.weight, self.bias,
                                                 self.stride, 0, self.dilation, self.groups)


class Blocks(nn.Module):
    """stem -> BN -> ReLU6, then a 1x1 conv, a depthwise conv padding itself symmetrically
    (replaceable), one padding itself TF-style (0, 1, 0, 1) at stride 2 and one scaling its
    output (neither replaceable), a 1x1 conv without bias."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(4)
        self.stem, self.bn0, self.act = nn.Conv2d(3, 6, 3, padding=1), nn.BatchNorm2d(6), \
            nn.ReLU6()
        self.expand = nn.Conv2d(6, 12, 1)
        self.dw = OwnPadConv(12, 12, 3, groups=12)
        self.down = OwnPadConv(12, 12, 3, stride=2, groups=12, pad=(0, 1, 0, 1))
        self.odd = OwnPadConv(12, 12, 3, groups=12, scale=2.0)
        self.project = nn.Conv2d(12, 4, 1, bias=False)
        self.head = nn.Linear(4, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.act(self.bn0(self.stem(x)))
        h = self.act(self.dw(self.act(self.expand(a))))
        h = self.project(self.odd(self.down(h)))
        return self.head(h.mean((2, 3)))


def test_convolutions_with_a_cheaper_exact_form_are_replaced_and_others_kept():
    from smug.explain.fastpath import Pointwise

    model, x = Blocks().eval(), _input()
    act, out = _stem_activations(model, x, model.bn0, model.act)
    fast = post_stem(model, x, model.bn0, model.act, act)
    assert fast is not None and fast.simplified == 3  # expand, project, dw
    gm = fast.graph_module
    assert isinstance(gm.expand, Pointwise) and isinstance(gm.project, Pointwise)
    assert type(gm.dw) is nn.Conv2d and gm.dw.padding == (1, 1)
    assert type(gm.down) is OwnPadConv and type(gm.odd) is OwnPadConv
    with torch.no_grad():
        torch.testing.assert_close(fast(act, x), out, rtol=1e-5, atol=1e-5)
    assert type(model.expand) is nn.Conv2d and type(model.dw) is OwnPadConv  # untouched


@pytest.mark.parametrize("layout", [torch.channels_last, torch.contiguous_format])
@pytest.mark.parametrize("bias", [True, False])
def test_pointwise_is_a_1x1_convolution_forward_and_backward(layout, bias):
    from smug.explain.fastpath import Pointwise

    conv = nn.Conv2d(5, 7, 1, bias=bias).double()
    pw = Pointwise(conv)
    x = torch.randn(3, 5, 4, 6, dtype=torch.float64).contiguous(memory_format=layout)
    x.requires_grad_(True)
    want, got = conv(x), pw(x)
    torch.testing.assert_close(got, want, rtol=1e-12, atol=1e-12)
    w = torch.randn_like(want)
    g_want = torch.autograd.grad((want * w).sum(), x)[0]
    g_got = torch.autograd.grad((got * w).sum(), x)[0]
    torch.testing.assert_close(g_got, g_want, rtol=1e-12, atol=1e-12)


def test_the_explainer_runs_ig_on_the_fast_path_and_reports_it():
    from smug.data.mnist import load_mnist
    from smug.explain import SMUG
    from smug.models.mnist_mlp import load_mnist_mlp

    model = load_mnist_mlp().eval()
    x = torch.tensor(load_mnist("test")[0][:1])
    result = SMUG(model, spatial_shape=(28, 28)).attribute(x, k=8, cell=4, n_steps=16)
    assert result.ig.fast_path["post_stem"] is True
    assert result.summary()["ig_completeness"]["fast_path"]["post_stem"] is True


def test_tracing_does_not_disturb_forward_passes_in_other_threads():
    """fx patches nn.Module.__call__ process-wide while it traces: other threads' forwards
    (explain_many on a thread pool) must run the real modules, on the same model object too,
    and concurrent tracings must each get a working copy."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from smug.explain.fastpath import _LeafTracer

    model, x = BNNet().eval(), _input()
    with torch.no_grad():
        want = model(x)
    stop, errors = threading.Event(), []

    def forwards() -> int:
        n = 0
        while not stop.is_set():
            try:
                with torch.no_grad():
                    got = model(x)
                if not torch.equal(got, want):
                    errors.append("a forward in another thread gave a different output")
            except Exception as e:  # noqa: BLE001 - collected and asserted below
                errors.append(repr(e))
            n += 1
        return n

    with ThreadPoolExecutor(2) as pool:
        runner = pool.submit(forwards)
        graphs = [_LeafTracer().trace(model) for _ in range(20)]
        stop.set()
        assert runner.result() > 0
    assert errors == []
    assert all(any(n.op == "call_module" for n in g.nodes) for g in graphs)
    with ThreadPoolExecutor(4) as pool:  # tracings from several threads at once
        copies = list(pool.map(lambda seed: _build_copy(seed), range(4)))
    assert all(c is not None for c in copies)


def _build_copy(seed: int):
    model, x = BNNet().eval(), _input(seed)
    act, out = _stem_activations(model, x, model.bn0, model.act)
    return post_stem(model, x, model.bn0, model.act, act, expected=out)


def test_module_shapes_come_from_one_pass_over_the_copy():
    """The shapes the replacements are chosen on: every module called once, on the copy's
    own inputs (known answers for :class:`Blocks` on a 16x16 input)."""
    from torch import fx

    from smug.explain.fastpath import _LeafTracer, _module_shapes

    model, x = Blocks().eval(), _input()
    gm = fx.GraphModule(model, _LeafTracer().trace(model))
    shapes = _module_shapes(gm, x)
    assert shapes["expand"] == ((1, 6, 16, 16), (1, 12, 16, 16), torch.float32)
    assert shapes["dw"][:2] == ((1, 12, 16, 16), (1, 12, 16, 16))
    assert shapes["down"][:2] == ((1, 12, 16, 16), (1, 12, 8, 8))
    assert shapes["project"][:2] == ((1, 12, 8, 8), (1, 4, 8, 8))
    assert "act" not in shapes  # the ReLU6 runs three times: no single shape
    assert not any(m._forward_hooks for m in gm.modules())  # its hooks are gone again
