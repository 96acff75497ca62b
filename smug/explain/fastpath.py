"""A cheaper copy of the network for IG's path points: the stem skipped, BatchNorm folded,
convolutions in their cheapest exact form.

IG spends one forward+backward pass of the network per node, and every node replaces the
first layer's activations with a point ``alpha * a`` of the path. Three things in that
pass are wasted work, and this module removes them on a private copy of the model (the
user's model is never changed):

* **the stem's computation.** The first layer (conv -> BatchNorm -> activation) runs on
  the batch only for its output to be thrown away and replaced. The copy takes the path
  points as an input and runs only the graph after them.
* **BatchNorm in eval mode** is a per-channel affine map: folded into the convolution
  before it (``W' = W * g / sqrt(var + eps)``, ``b' = (b - mu) * g / sqrt(var + eps) +
  beta``), it costs no memory pass forward, none backward, and autograd saves nothing
  for it. Exact up to float rounding (EfficientNet-Lite0: 48 BatchNorms after the stem;
  the logits agree to ~1e-5 relative).
* **convolutions torch runs slowly here** (:func:`simplify_convolutions`): a 1x1
  convolution becomes one matrix product over the channels (:class:`Pointwise`), and one
  that pads itself symmetrically a plain convolution with that padding, each checked on
  a random input first (docs/explainer.md, *The pass itself*, has the measurements).

The copy is built with ``torch.fx`` symbolic tracing (convolutions, linear layers and
BatchNorms kept as leaf modules), once per model and process: a single photo pays for it
in full, so it is kept cheap, about two passes of the model on one thread
(``benchmarks/studies/fastpath_build``). A model that cannot be traced, or whose first layer does
not appear as one call of ``output_module`` (and of ``activation`` right after it, whose
output no other node reads), gets None from :func:`post_stem`: IG then runs the whole
model with hooks, as before. The result is checked against the model on the real input
before IG uses it.
"""

from __future__ import annotations

import copy
import threading
import warnings
import weakref
from typing import Any

import torch
import torch.nn.functional as F
from torch import fx, nn

__all__ = ["Pointwise", "PostStem", "describe", "fold_batchnorm", "post_stem",
           "simplify_convolutions"]

_CONVS = (nn.Conv1d, nn.Conv2d, nn.Conv3d)
_BATCHNORMS = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)
#: Relative agreement the copy's output must reach against the model on the real input.
AGREEMENT = 1e-4


class _LeafTracer(fx.Tracer):
    """Traces into user modules, but keeps convolutions, linear layers and BatchNorms
    (also subclasses, e.g. EfficientNet's ``Conv2dStaticSamePadding``) as single calls.

    Tracing patches ``nn.Module.__call__`` and ``__getattr__`` for the whole process while it
    runs, so a forward pass in another thread (e.g. ``explain_many`` on a thread pool) would
    be routed into this tracer. Calls from any thread but the tracing one therefore go to the
    original methods, and tracings are serialised (:data:`_TRACE_LOCK`): two overlapping
    patchers would restore each other's patches.
    """

    def __init__(self) -> None:
        super().__init__()
        self._owner = threading.get_ident()

    def trace(self, root: Any, concrete_args: Any = None) -> fx.Graph:
        with _TRACE_LOCK:
            self._owner = threading.get_ident()
            return super().trace(root, concrete_args)

    def call_module(self, m: nn.Module, forward: Any, args: Any, kwargs: Any) -> Any:
        if threading.get_ident() != self._owner:
            return forward(*args, **kwargs)
        return super().call_module(m, forward, args, kwargs)

    def getattr(self, attr: str, attr_val: Any, parameter_proxy_cache: dict[str, Any]) -> Any:
        if threading.get_ident() != self._owner:
            return attr_val
        return super().getattr(attr, attr_val, parameter_proxy_cache)

    def is_leaf_module(self, m: nn.Module, qualname: str) -> bool:
        if isinstance(m, (*_CONVS, nn.Linear, *_BATCHNORMS)):
            return True
        return super().is_leaf_module(m, qualname)


#: One fx tracing at a time in this process (see :class:`_LeafTracer`).
_TRACE_LOCK = threading.Lock()


def _calls(graph: fx.Graph) -> dict[str, int]:
    counts: dict[str, int] = {}
    for node in graph.nodes:
        if node.op == "call_module":
            counts[node.target] = counts.get(node.target, 0) + 1
    return counts


def _foldable(gm: fx.GraphModule, bn_node: fx.Node, calls: dict[str, int]) -> bool:
    """A BatchNorm call in eval mode whose input is a convolution read by nothing else,
    each module called once in the graph."""
    bn = gm.get_submodule(bn_node.target)
    if not isinstance(bn, _BATCHNORMS) or bn.training or bn.running_mean is None:
        return False
    if len(bn_node.args) != 1 or bn_node.kwargs:
        return False
    conv_node = bn_node.args[0]
    if not isinstance(conv_node, fx.Node) or conv_node.op != "call_module":
        return False
    conv = gm.get_submodule(conv_node.target)
    return (isinstance(conv, _CONVS) and len(conv_node.users) == 1
            and calls.get(conv_node.target) == 1 and calls.get(bn_node.target) == 1
            and conv.out_channels == bn.num_features)


@torch.no_grad()
def _fold_into(conv: nn.Module, bn: nn.Module) -> None:
    """``conv`` computes ``bn(conv(x))`` afterwards (float64 arithmetic, stored in the
    conv's dtype)."""
    scale = bn.weight.double() if bn.affine else torch.ones_like(bn.running_var.double())
    shift = bn.bias.double() if bn.affine else torch.zeros_like(scale)
    inv = scale / torch.sqrt(bn.running_var.double() + bn.eps)
    w = conv.weight.double() * inv.reshape(-1, *([1] * (conv.weight.dim() - 1)))
    b = conv.bias.double() if conv.bias is not None else torch.zeros_like(inv)
    b = (b - bn.running_mean.double()) * inv + shift
    conv.weight = nn.Parameter(w.to(conv.weight.dtype), requires_grad=False)
    conv.bias = nn.Parameter(b.to(conv.weight.dtype), requires_grad=False)


def fold_batchnorm(gm: fx.GraphModule) -> int:
    """Fold every foldable eval-mode BatchNorm of ``gm`` into the convolution before it,
    in place (``gm`` must own its modules: a copy). Returns how many were folded."""
    calls = _calls(gm.graph)
    folded = 0
    for node in list(gm.graph.nodes):
        if node.op == "call_module" and _foldable(gm, node, calls):
            conv_node = node.args[0]
            _fold_into(gm.get_submodule(conv_node.target), gm.get_submodule(node.target))
            node.replace_all_uses_with(conv_node)
            gm.graph.erase_node(node)
            folded += 1
    gm.graph.lint()
    gm.recompile()
    return folded


class Pointwise(nn.Module):
    """A 1x1, stride-1, ungrouped, unpadded 2-D convolution as one matrix product over the
    channels of a ``channels_last`` tensor (a free view as ``(N, H, W, C)``).

    Torch runs such a convolution on one thread with its native ("slow") kernel, which
    copies a ``channels_last`` input to NCHW and back, forward and backward; as a matrix
    product it is one GEMM each way and no copy (docs/explainer.md, *The pass itself*).
    """

    def __init__(self, conv: nn.Module) -> None:
        super().__init__()
        w = conv.weight.detach()
        self.weight = nn.Parameter(w.reshape(w.shape[0], -1).clone(), requires_grad=False)
        self.bias = None if conv.bias is None else \
            nn.Parameter(conv.bias.detach().clone(), requires_grad=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.linear(x.permute(0, 2, 3, 1), self.weight, self.bias).permute(0, 3, 1, 2)


def _zero(padding: Any) -> bool:
    return padding == "valid" or (not isinstance(padding, str) and not any(padding))


def _symmetric_conv(conv: nn.Conv2d, shape_in: tuple[int, ...], shape_out: tuple[int, ...]
                    ) -> nn.Module | None:
    """A plain ``nn.Conv2d`` with symmetric zero padding giving ``shape_out`` from
    ``shape_in`` with ``conv``'s weights (a candidate for a subclass that pads in its own
    forward, e.g. EfficientNet's ``Conv2dStaticSamePadding``), or None."""
    pads = []
    for size_in, size_out, k, s, d in zip(shape_in[2:], shape_out[2:], conv.kernel_size,
                                          conv.stride, conv.dilation):
        total = (size_out - 1) * s + d * (k - 1) + 1 - size_in
        if total < 0 or total % 2:
            return None
        pads.append(total // 2)
    plain = nn.Conv2d(conv.in_channels, conv.out_channels, conv.kernel_size, conv.stride,
                      tuple(pads), conv.dilation, conv.groups, conv.bias is not None)
    with torch.no_grad():
        plain.weight.copy_(conv.weight)
        if conv.bias is not None:
            plain.bias.copy_(conv.bias)
    return plain.requires_grad_(False).to(conv.weight.device, conv.weight.dtype)


def _candidate(conv: nn.Module, shape_in: tuple[int, ...], shape_out: tuple[int, ...]
               ) -> nn.Module | None:
    """A cheaper module computing what ``conv`` computes on inputs of ``shape_in``, or None."""
    if not isinstance(conv, nn.Conv2d) or conv.padding_mode != "zeros" or len(shape_in) != 4:
        return None
    if (conv.kernel_size == (1, 1) and conv.stride == (1, 1) and conv.groups == 1
            and _zero(conv.padding) and tuple(shape_out[2:]) == tuple(shape_in[2:])):
        return Pointwise(conv)
    if type(conv).forward is not nn.Conv2d.forward:
        return _symmetric_conv(conv, shape_in, shape_out)
    return None


@torch.no_grad()
def _agrees(old: nn.Module, new: nn.Module, shape: tuple[int, ...], dtype: torch.dtype,
            device: torch.device) -> bool:
    """Both modules give the same output on a random input of ``shape`` (one example,
    ``channels_last``): linear maps that agree on a random point agree everywhere, up to
    rounding."""
    g = torch.Generator(device="cpu").manual_seed(0)
    probe = torch.randn((1, *shape[1:]), generator=g, dtype=torch.float64)
    probe = probe.to(device, dtype).contiguous(memory_format=torch.channels_last)
    want, got = old(probe), new(probe)
    if want.shape != got.shape:
        return False
    scale = max(1.0, float(want.abs().max()))
    return float((want - got).abs().max()) <= AGREEMENT * 0.1 * scale


def _module_shapes(gm: fx.GraphModule, *example: torch.Tensor
                   ) -> dict[str, tuple[tuple[int, ...], tuple[int, ...], torch.dtype]]:
    """Input shape, output shape and input dtype of every module called once, with one
    tensor argument, in ``gm``'s graph, from one forward pass on ``example`` (no gradients).

    Forward hooks on ``gm``'s own (private) modules, not ``torch.fx``'s ``ShapeProp``:
    that one imports ``sympy`` for its symbolic shapes (about 0.4 s of CPU, more than the
    rest of the build, measured in ``benchmarks/studies/ig_pass``) and records every
    node, where only these modules are needed.
    """
    calls = _calls(gm.graph)
    wanted = {n.target for n in gm.graph.nodes
              if n.op == "call_module" and calls.get(n.target) == 1 and len(n.args) == 1
              and not n.kwargs}
    shapes: dict[str, tuple[tuple[int, ...], tuple[int, ...], torch.dtype]] = {}

    def record(name: str):
        def hook(_module: nn.Module, args: tuple[Any, ...], out: Any) -> None:
            if len(args) == 1 and isinstance(args[0], torch.Tensor) \
                    and isinstance(out, torch.Tensor):
                shapes[name] = (tuple(args[0].shape), tuple(out.shape), args[0].dtype)
        return hook

    handles = [gm.get_submodule(name).register_forward_hook(record(name)) for name in wanted]
    try:
        with torch.no_grad():
            gm(*example)
    finally:
        for handle in handles:
            handle.remove()
    return shapes


def simplify_convolutions(gm: fx.GraphModule, *example: torch.Tensor) -> int:
    """Replace, in place, convolutions that have a cheaper exact equivalent on the shapes of
    ``example`` (the copy's inputs): 1x1 ones by :class:`Pointwise`, and subclasses that
    pad in their own forward by a plain ``nn.Conv2d`` with the same symmetric padding. Each
    replacement is checked against the module on a random input first. Returns how many
    were replaced."""
    shapes = _module_shapes(gm, *example)
    replaced = 0
    for node in gm.graph.nodes:
        if node.op != "call_module" or node.target not in shapes:
            continue
        shape, shape_out, dtype = shapes[node.target]
        conv = gm.get_submodule(node.target)
        new = _candidate(conv, shape, shape_out)
        if isinstance(new, Pointwise):  # the same map at every pixel: a small probe will do
            shape = (*shape[:2], *(min(3, n) for n in shape[2:]))
        if new is None or not _agrees(conv, new, shape, dtype, conv.weight.device):
            continue
        parent, _, name = node.target.rpartition(".")
        setattr(gm.get_submodule(parent) if parent else gm, name, new)
        replaced += 1
    gm.recompile()
    gm.delete_all_unused_submodules()
    return replaced


class PostStem(nn.Module):
    """The network after its first layer: ``forward(points, x)`` is the model's output
    when the first layer's attributed activations are ``points`` (batch ``B``) and its
    input is ``x`` (batch 1 or ``B``; read only where the model reads its input other
    than through the first layer, e.g. for its batch size).

    Attributes
    ----------
    graph_module : fx.GraphModule
        The traced copy, stem removed, BatchNorms folded.
    folded : int
        BatchNorms folded into the convolution before them.
    removed : list of str
        Module calls the copy no longer runs (the stem).
    simplified : int
        Convolutions replaced by a cheaper exact equivalent (:func:`simplify_convolutions`).
    """

    def __init__(self, graph_module: fx.GraphModule, folded: int, removed: list[str],
                 simplified: int = 0) -> None:
        super().__init__()
        self.graph_module, self.folded, self.removed = graph_module, folded, removed
        self.simplified = simplified

    def forward(self, points: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        xs = x.expand(points.shape[0], *x.shape[1:]) if x.shape[0] != points.shape[0] else x
        return self.graph_module(xs, points)


def _first_layer_node(graph: fx.Graph, gm: fx.GraphModule, output_module: nn.Module,
                      activation: nn.Module | None) -> fx.Node | None:
    """The node whose value IG replaces: the one call of ``output_module``, or the call of
    ``activation`` on it (which must be its only reader)."""
    names = {id(m): name for name, m in gm.named_modules()}
    out_name = names.get(id(output_module))
    nodes = [n for n in graph.nodes if n.op == "call_module" and n.target == out_name]
    if out_name is None or len(nodes) != 1:
        return None
    node = nodes[0]
    if activation is None:
        return node
    act_name = names.get(id(activation))
    users = list(node.users)
    if len(users) != 1 or users[0].op != "call_module" or users[0].target != act_name:
        return None
    return users[0]


def _build(model: nn.Module, output_module: nn.Module, activation: nn.Module | None,
           fold: bool, example: tuple[torch.Tensor, torch.Tensor] | None = None
           ) -> PostStem | None:
    """The copy, or None when the graph does not have the expected shape. ``example``
    (``x``, the activations) enables :func:`simplify_convolutions` on those shapes."""
    graph = _LeafTracer().trace(model)
    placeholders = [n for n in graph.nodes if n.op == "placeholder"]
    if len(placeholders) != 1:
        return None
    gm = fx.GraphModule(model, graph)
    target = _first_layer_node(graph, gm, output_module, activation)
    if target is None:
        return None
    # a private copy: folding writes new weights, and the user's modules must stay as they are
    gm = copy.deepcopy(gm)
    graph = gm.graph
    target = next(n for n in graph.nodes if n.name == target.name)
    before = {n.name: n.target for n in graph.nodes if n.op == "call_module"}
    with graph.inserting_after(next(n for n in graph.nodes if n.op == "placeholder")):
        points = graph.placeholder("points")
    target.replace_all_uses_with(points)
    graph.eliminate_dead_code()
    gm.recompile()
    kept = {n.target for n in graph.nodes if n.op == "call_module"}
    removed = sorted({t for t in before.values() if t not in kept})
    for p in gm.parameters():
        p.requires_grad_(False)
    folded = fold_batchnorm(gm) if fold else 0
    simplified = 0
    if example is not None:
        x, act = example
        simplified = simplify_convolutions(gm, x, act.contiguous(memory_format=_layout(act)))
    return PostStem(gm, folded, removed, simplified)


def _layout(t: torch.Tensor) -> torch.memory_format:
    return torch.channels_last if t.dim() == 4 else torch.contiguous_format


def _declines(model: nn.Module) -> bool:
    """Hooks on any module (the traced copy would not run them), or a module in training
    mode (IG runs the model in eval mode; BatchNorm statistics would not be fixed)."""
    from torch.nn.modules import module as _module

    if any(getattr(_module, name, None) for name in (
            "_global_forward_hooks", "_global_forward_pre_hooks", "_global_backward_hooks",
            "_global_backward_pre_hooks")):
        return True
    return any(m.training or m._forward_hooks or m._forward_pre_hooks or m._backward_hooks
               or getattr(m, "_backward_pre_hooks", None) for m in model.modules())


def _state(model: nn.Module) -> tuple[Any, ...]:
    """Changes when a parameter or buffer of ``model`` is replaced or written in place."""
    return tuple((t.data_ptr(), t._version) for t in [*model.parameters(), *model.buffers()])


#: model -> (key, copy): one copy per model while its weights and first layer stay the same
_COPIES: weakref.WeakKeyDictionary[nn.Module, tuple[Any, PostStem | None]] = \
    weakref.WeakKeyDictionary()


def post_stem(model: nn.Module, x: torch.Tensor, output_module: nn.Module,
              activation: nn.Module | None, act: torch.Tensor, fold: bool = True,
              expected: torch.Tensor | None = None) -> PostStem | None:
    """The network after its first layer, as a private, BatchNorm-folded copy, or None.

    Parameters
    ----------
    model : nn.Module
        In eval mode; not changed.
    x : Tensor
        The input (batch 1) the copy is checked on.
    output_module, activation : nn.Module
        The first layer's linear output module and the activation after it (or None), as
        :mod:`smug.explain.firstlayer` finds them.
    act : Tensor
        The first layer's attributed activations on ``x`` (batch 1).
    fold : bool
        Fold eval-mode BatchNorms into the convolutions before them.
    expected : Tensor, optional
        ``model(x)``, when the caller has it already.

    Returns
    -------
    PostStem or None
        None when the model has hooks (the copy would not run them) or a module in
        training mode, cannot be traced,
        its first layer is not one call in the traced graph, or the copy's output on ``(act, x)`` differs from ``model(x)`` by
        more than :data:`AGREEMENT` relative (IG then runs the model itself).

    Notes
    -----
    The copy is built once per model and reused while the model's parameters and buffers
    are the same tensors, unchanged (their version counters), and the first layer is the
    same; the check on ``x`` runs on every call. Build and check run on torch's current
    threads: call it under IG's thread policy (on a busy 2-core machine, torch's default
    two threads made the first call several times slower,
    ``benchmarks/studies/fastpath_build``).
    """
    if _declines(model):
        return None
    return _checked(_copy_for(model, x, output_module, activation, act, fold), model, x, act,
                    expected)


def _copy_for(model: nn.Module, x: torch.Tensor, output_module: nn.Module,
              activation: nn.Module | None, act: torch.Tensor, fold: bool) -> PostStem | None:
    """The cached copy for ``model`` if its key still holds, else a new one (or None)."""
    key = (id(output_module), id(activation), fold, tuple(x.shape), x.dtype, _state(model))
    cached = _COPIES.get(model)
    if cached is not None and cached[0] == key:
        return cached[1]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fast = _build(model, output_module, activation, fold, (x, act))
    except Exception:  # noqa: BLE001 - any model fx cannot trace: fall back to hooks
        fast = None
    _COPIES[model] = (key, fast)
    return fast


def _checked(fast: PostStem | None, model: nn.Module, x: torch.Tensor, act: torch.Tensor,
             expected: torch.Tensor | None) -> PostStem | None:
    """``fast`` if its output on ``(act, x)`` agrees with ``model(x)``, else None."""
    if fast is None:
        return None
    with torch.no_grad():
        want = model(x) if expected is None else expected
        try:
            got = fast(act, x)
        except Exception:  # noqa: BLE001 - the traced graph does not run on this input
            return None
    if got.shape != want.shape:
        return None
    err = float((got.double() - want.double()).abs().max())
    if not err <= AGREEMENT * max(1.0, float(want.double().abs().max())):
        return None
    return fast


def describe(fast: PostStem | None) -> dict[str, Any]:
    """What the copy changed, JSON-friendly (for summaries and benchmarks)."""
    if fast is None:
        return {"post_stem": False, "folded_batchnorms": 0, "simplified_convolutions": 0}
    return {"post_stem": True, "folded_batchnorms": fast.folded,
            "simplified_convolutions": fast.simplified, "skipped": fast.removed}
