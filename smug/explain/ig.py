"""Integrated gradients over the first layer's activations (Sec. 3.2 of the paper).

The function attributed is the rest of the network: ``F(a)`` = the target output of the
model when the first layer's activations are replaced by ``a``. Which activations and
which output follow the paper (Eq. 1) and the authors' code by default:

* ``a`` is the first layer's **post-activation** output when a ReLU or ReLU6 module follows
  it (EfficientNet's stem: conv -> BatchNorm -> ReLU6), else its (BatchNorm-folded) linear
  output. The rows of the MaskProblem stay on the linear part ``o = W x + b``, which is what
  the encoding needs; a neuron with ``o_t <= 0`` has ``a_t = 0`` and so no attribution.
* ``F`` is ``softmax(model(x))[target]`` (``output="softmax"``, Eq. 1: ``F`` maps into
  ``[0, 1]^d``) or the raw output ``model(x)[target]`` (``output="logit"``). A model with a
  single output (e.g. a sigmoid) is attributed on that output under both names: a softmax
  over one value is the constant 1.

The baseline is ``a = 0`` (the paper's "information-less" all-zeros tensor), and

    IG_t = a_t * integral_0^1 dF(alpha * a) / d a_t  d alpha.

Each node of a quadrature rule costs one forward and backward pass of the network, so the
node count is the cost. Two rules:

* **adaptive** (the default, ``n_steps=None``): a composite midpoint rule refined by
  trisection, a whole batch of nodes per round, where the top-k set is most uncertain and
  where completeness between neighbouring nodes fails (in the direction of the gap first;
  ``phi(alpha) = F(alpha * a)`` at each node comes with its forward pass), until the
  relative completeness gap is under the caller's ``tolerance`` and the top-k set is
  estimated to agree with exact IG's to a Jaccard index of ``1 - 2.5 * tolerance``
  (:func:`_adaptive_rule`). The integrand of one
  neuron is rough (the network's ReLU6 units switch one after another along the path): the
  rule models it as a random walk, which makes the error of every attribution, and so of
  the top-k set, estimable from the nodes already spent (:func:`_accuracy`;
  docs/explainer.md, "Quadrature");
* **fixed** (``n_steps=N``): Gauss-Legendre on ``N`` nodes, the reference (use >= 1000).

Path points go through the network in batches sized from the memory one point's
activations take (measured on the first pass) and the memory available, never all nodes
at once (:func:`choose_batch`). Completeness (``sum_t IG_t = F(a) - F(0)``) is reported,
never assumed.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import warnings
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from numbers import Real
from typing import Any

import numpy as np
import torch
from torch import nn

from smug.explain.fastpath import PostStem, describe, post_stem
from smug.solving.choice import affinity_cores, free_cores

__all__ = [
    "DEFAULT_IG_TOLERANCE",
    "DEFAULT_N_STEPS",
    "IG_OUTPUTS",
    "IG_RULES",
    "REFERENCE_N_STEPS",
    "IGNotConvergedWarning",
    "LayerAttribution",
    "check_ig_tolerance",
    "choose_batch",
    "ig_threads",
    "first_layer_ig",
    "reuse_ig",
]

#: What IG attributes: the softmax probability of the target (the paper) or the raw output.
IG_OUTPUTS = ("softmax", "logit")
#: ``n_steps`` by default: None, the adaptive rule (a number asks for fixed Gauss-Legendre).
DEFAULT_N_STEPS: int | None = None
#: The adaptive rule's relative completeness tolerance by default (docs/explainer.md,
#: "Quadrature", measures its fidelity against the fixed reference).
DEFAULT_IG_TOLERANCE = 0.01
#: Gauss-Legendre nodes of the fixed reference rule the adaptive one is checked against.
REFERENCE_N_STEPS = 1024
#: The two rules, as reported in :attr:`LayerAttribution.rule`.
IG_RULES = ("adaptive", "fixed")
#: Gradient nodes the adaptive rule may spend at most (then it stops and warns).
MAX_ADAPTIVE_NODES = 192
#: Bytes of saved activations one batch of path points may take (see :func:`choose_batch`).
IG_MEMORY_BUDGET = 1 << 30
#: Path points per batch at most. For EfficientNet-Lite0 at 224x224 on the fast path the
#: memory budget would allow 10, but per point batches of 6-8 were the cheapest, 10-16
#: cost 10-25 % more (benchmarks/studies/ig_pass: the activations of a larger batch fall
#: out of the caches).
MAX_BATCH = 8


#: Run the path points through a private copy of the network after the first layer, with
#: its BatchNorms folded (:mod:`smug.explain.fastpath`), when the model allows it; False
#: runs the whole model with hooks (the same numbers up to float rounding, slower).
IG_FAST_PATH = True

#: Torch threads while IG runs: "auto" (:func:`ig_threads`), a number, or None to leave
#: torch's setting alone.
IG_THREADS: int | str | None = "auto"


class IGNotConvergedWarning(UserWarning):
    """The adaptive rule spent its node budget before meeting the tolerance."""

_IG_CACHE: ContextVar[dict[Any, Any] | None] = ContextVar("smug_ig_cache", default=None)


@contextlib.contextmanager
def reuse_ig() -> Iterator[dict[str, Any]]:
    """Compute each first-layer IG once while the context is active, and reuse it.

    IG is the dominant cost of an explanation (``n_steps`` passes of the network) and does
    not depend on ``k``, ``gamma``, ``cell`` or the row form, so SMUG, SMUG_base and every
    ``(k, gamma)`` of a sweep over one input can share one IG run, as the paper's pipeline
    does. Results are keyed by the model, the first layer, the input's bytes and shape, the
    target and ``n_steps``; a reused result is exactly what a fresh call returns (IG is
    deterministic on the CPU for a fixed thread count). Yields a dict whose ``"hits"``
    counts the reuses.

    Examples
    --------
    >>> with reuse_ig():
    ...     for k in (500, 1000, 3000):
    ...         SMUG(model).attribute(x, k=k)      # IG computed once
    """
    cache: dict[Any, Any] = {"hits": 0}
    token = _IG_CACHE.set(cache)
    try:
        yield cache
    finally:
        _IG_CACHE.reset(token)


@dataclass(frozen=True)
class LayerAttribution:
    """IG attributions of every first-layer neuron, with the accuracy they were computed to.

    Attributes
    ----------
    attributions : ndarray, the layer output shape
    activations : ndarray
        The activations ``a`` that were attributed (float values of the model's forward):
        post-activation when ``activation`` is set, else the linear output.
    target : int or None
    output : float
        ``F(a)``: the target output at the real activations.
    output_at_zero : float
        ``F(0)``. Both ends come from the user's model (the fast path's copy only samples
        the path in between), so the completeness gap is measured against the model that
        is explained.
    n_steps : int
        Gradient nodes used: forward+backward passes of one path point each (also
        :attr:`n_nodes`).
    pre_activations : ndarray
        The first layer's linear (BatchNorm-folded) output ``o`` (equal to ``activations``
        when no activation module follows).
    output_kind : str
        ``"softmax"`` or ``"logit"``: what ``F`` is (see the module docstring).
    activation : str or None
        Class name of the activation module attributed after (``"ReLU6"``), or None.
    rule : str
        ``"adaptive"`` or ``"fixed"`` (Gauss-Legendre on ``n_steps`` nodes).
    error_estimate : float or None
        The adaptive rule's estimated relative error of the top-k attributions (L1 error
        over L1 norm) against exact IG, from the roughness of the integrand at its nodes.
        None for the fixed rule.
    tolerance : float or None
        The tolerance the adaptive rule was asked for.
    converged : bool
        False when the adaptive rule stopped at its node budget before meeting it.
    topk_jaccard : float or None
        The adaptive rule's estimated Jaccard index of its top-k neurons against exact IG's
        (the rule stops at ``1 - 2.5 * tolerance`` or more). None for the fixed rule.
    batch_size : int
        Path points per forward/backward pass that were used.
    alphas : ndarray or None
        The path positions of the gradient nodes, in the order they were spent.
    point_bytes : int or None
        Bytes autograd kept for one path point (measured on the first pass when the batch
        was sized from memory, else None).
    fast_path : dict or None
        How the path points ran (:func:`smug.explain.fastpath.describe`): only the network
        after the first layer, with how many BatchNorms folded, or the whole model.
    threads : tuple of int
        Torch threads of each pass (forward, or forward+backward of a batch), in order: IG
        decides them again before every pass (:func:`ig_threads`).
    """

    attributions: np.ndarray
    activations: np.ndarray
    target: int | None
    output: float
    output_at_zero: float
    n_steps: int
    pre_activations: np.ndarray | None = None
    output_kind: str = "logit"
    activation: str | None = None
    rule: str = "fixed"
    error_estimate: float | None = None
    tolerance: float | None = None
    converged: bool = True
    topk_jaccard: float | None = None
    batch_size: int = 0
    alphas: np.ndarray | None = None
    point_bytes: int | None = None
    fast_path: dict[str, Any] | None = None
    threads: tuple[int, ...] = ()

    @property
    def n_nodes(self) -> int:
        """Gradient nodes used (forward+backward passes of one path point each)."""
        return self.n_steps

    @property
    def completeness_gap(self) -> float:
        """``sum(IG) - (F(a) - F(0))``: the quadrature error (0 for exact IG)."""
        return float(self.attributions.sum() - (self.output - self.output_at_zero))

    @property
    def completeness_relative(self) -> float:
        """``|completeness_gap| / max(|F(a) - F(0)|, 1e-12)``."""
        delta = abs(self.output - self.output_at_zero)
        return abs(self.completeness_gap) / max(delta, 1e-12)

    def summary(self) -> dict[str, Any]:
        """The accuracy and cost of this IG run, JSON-friendly."""
        return {
            "output": self.output_kind,
            "activation": self.activation,
            "rule": self.rule,
            "n_steps": self.n_steps,
            "nodes": self.n_steps,
            "tolerance": self.tolerance,
            "error_estimate": self.error_estimate,
            "relative_gap": self.completeness_relative,
            "converged": self.converged,
            "topk_jaccard_estimate": self.topk_jaccard,
            "batch_size": self.batch_size,
            "point_bytes": self.point_bytes,
            "fast_path": self.fast_path,
            "threads": sorted(set(self.threads)),
            "sum_attributions": float(self.attributions.sum()),
            "f_x_minus_f_0": self.output - self.output_at_zero,
        }


def _select(out: torch.Tensor, target: int | None, output: str) -> torch.Tensor:
    """``F``: the target entry of the model output, after a softmax when asked."""
    flat = out.reshape(out.shape[0], -1)
    if output == "softmax" and flat.shape[1] > 1:
        flat = torch.softmax(flat, dim=1)
    if target is None:
        if flat.shape[1] != 1:
            raise ValueError("target: required for a model with several outputs")
        return flat[:, 0]
    return flat[:, target]


class _Replace:
    """Forward hooks that replace the first layer's activations by given values.

    Without an activation module, ``output_module``'s output is replaced. With one, the
    output of ``activation`` is replaced on the one call whose input is ``output_module``'s
    output of the same forward pass (the activation module may be shared, as EfficientNet's
    ``_swish`` is, and run again deeper in the network).
    """

    def __init__(self, output_module: nn.Module, activation: nn.Module | None) -> None:
        self.output_module = output_module
        self.activation = activation
        self.value: torch.Tensor | None = None
        self._linear_out: torch.Tensor | None = None
        self.captured: dict[str, torch.Tensor] = {}

    def _on_linear(self, _module, _inputs, out):
        self._linear_out = out
        self.captured.setdefault("pre", out.detach())
        if self.activation is None:
            self.captured.setdefault("a", out.detach())
            return self.value

    def _on_activation(self, _module, inputs, out):
        if inputs and inputs[0] is self._linear_out:
            self._linear_out = None
            self.captured.setdefault("a", out.detach())
            return self.value

    @contextlib.contextmanager
    def installed(self) -> Iterator[_Replace]:
        handles = [self.output_module.register_forward_hook(self._on_linear)]
        if self.activation is not None:
            handles.append(self.activation.register_forward_hook(self._on_activation))
        try:
            yield self
        finally:
            for h in handles:
                h.remove()


def check_ig_tolerance(tolerance: Any) -> float:
    """``ig_tolerance`` as a float in (0, 1), or a ValueError naming it."""
    if isinstance(tolerance, bool) or not isinstance(tolerance, Real) \
            or not math.isfinite(tolerance) or not 0.0 < float(tolerance) < 1.0:
        raise ValueError(f"ig_tolerance: expected a number in (0, 1) (the relative "
                         f"completeness gap and estimated error IG may leave, default "
                         f"{DEFAULT_IG_TOLERANCE}), got {tolerance!r}")
    return float(tolerance)


def first_layer_ig(model: nn.Module, x: torch.Tensor, output_module: nn.Module,
                   target: int | None, n_steps: int | None = DEFAULT_N_STEPS,
                   internal_batch_size: int | None = None, *,
                   activation: nn.Module | None = None, output: str = "softmax",
                   progress: bool = False, tolerance: float = DEFAULT_IG_TOLERANCE,
                   k: int | None = None, max_nodes: int = MAX_ADAPTIVE_NODES
                   ) -> LayerAttribution:
    """IG of ``model``'s target output over the first layer's activations, zero baseline.

    Parameters
    ----------
    model : nn.Module
        In eval mode.
    x : Tensor
        One example with batch axis 1, on the model's device.
    output_module : nn.Module
        The module whose output is the first layer's linear output ``o`` (the BatchNorm
        when one is folded in).
    target : int or None
        Output index (flat, per example); None for a single-output model.
    n_steps : int or None
        None (default): the adaptive rule, to ``tolerance``. A number: fixed Gauss-Legendre
        on that many nodes (the reference: :data:`REFERENCE_N_STEPS`).
    internal_batch_size : int, optional
        Path points per forward/backward pass; default chosen from the memory one point
        takes and the memory available (:func:`choose_batch`).
    activation : nn.Module, optional
        The ReLU/ReLU6 module applied to ``o``: its output is attributed instead of ``o``.
    output : {"softmax", "logit"}
        ``F`` is the softmax probability of ``target`` (the paper) or the raw output.
    progress : bool
        Show a tqdm bar counting the nodes as they are spent.
    tolerance : float in (0, 1)
        Adaptive rule: the relative completeness gap must be under it, and the top-k set's
        estimated Jaccard index against exact IG at least ``1 - 2.5 * tolerance`` (0.975 at
        the default 0.01).
    k : int, optional
        Adaptive rule: the top-k neurons (by attribution) whose set must be accurate
        (at least 3000, or every neuron when there are fewer).
    max_nodes : int
        Adaptive rule: gradient nodes spent at most; reaching it without meeting the
        tolerance warns (:class:`IGNotConvergedWarning`) and sets ``converged=False``.

    Notes
    -----
    Inside :func:`reuse_ig`, a result computed before for the same model, layer, input,
    target, output and rule (``n_steps``, or ``tolerance`` with at least this ``k``) is
    returned instead of recomputed.
    """
    if output not in IG_OUTPUTS:
        raise ValueError(f"ig_output: expected one of {IG_OUTPUTS}, got {output!r}")
    if n_steps is not None and (isinstance(n_steps, bool) or not isinstance(n_steps, int)
                                or n_steps < 1):
        raise ValueError(f"n_steps: expected None (adaptive) or an integer >= 1, got "
                         f"{n_steps!r}")
    tolerance = check_ig_tolerance(tolerance)
    args = (model, x, output_module, target, n_steps, internal_batch_size, activation, output,
            progress, tolerance, k, max_nodes)
    cache = _IG_CACHE.get()
    if cache is None:
        return _compute_first_layer_ig(*args)
    digest = hashlib.sha1(x.detach().cpu().numpy().tobytes()).hexdigest()
    rule = ("fixed", n_steps) if n_steps is not None else ("adaptive", tolerance, max_nodes)
    key = (id(model), id(output_module), id(activation), digest, tuple(x.shape), str(x.dtype),
           target, output, rule)
    wanted_k = 0 if n_steps is not None else max(STABLE_TOP_K, k or 0)
    if key in cache and cache[key][0] >= wanted_k:
        cache["hits"] += 1
    else:
        cache[key] = (wanted_k, _compute_first_layer_ig(*args))
    return cache[key][1]


def choose_batch(bytes_per_point: int, budget: int | None = None,
                 available: int | None = None, cap: int = MAX_BATCH) -> int:
    """Path points per forward/backward pass: as many as fit the memory, at most ``cap``.

    Parameters
    ----------
    bytes_per_point : int
        Memory one path point's forward/backward takes (measured: the tensors autograd saves
        for one point, :func:`_saved_bytes`).
    budget : int, optional
        Bytes a batch may take (default :data:`IG_MEMORY_BUDGET`).
    available : int, optional
        Bytes of memory available now (default: read from the system); a batch takes at
        most a quarter of it.
    cap : int
        Upper bound (larger batches were not faster per point here).

    Returns
    -------
    int
        At least 1; never grows with the number of nodes.
    """
    budget = IG_MEMORY_BUDGET if budget is None else budget
    available = _available_memory() if available is None else available
    limit = min(budget, available // 4) if available else budget
    return int(max(1, min(cap, limit // max(1, int(bytes_per_point)))))


def _available_memory() -> int | None:
    """Bytes of memory available (``MemAvailable``), or None when it cannot be read."""
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except Exception:  # noqa: BLE001 - psutil missing or unsupported platform
        pass
    try:
        return int(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):
        return None


@contextlib.contextmanager
def _count_saved_bytes(model: nn.Module | None = None) -> Iterator[list[int]]:
    """Sum the bytes of the distinct storages autograd saves for backward inside the block.

    The model's parameters and buffers are left out (they are there once, whatever the
    batch): what remains grows with the number of points in the batch.
    """
    seen: set[int] = set()
    if model is not None:
        seen |= {t.untyped_storage().data_ptr()
                 for t in [*model.parameters(), *model.buffers()]}
    total = [0]

    def pack(t: torch.Tensor) -> torch.Tensor:
        storage = t.untyped_storage()
        if storage.data_ptr() not in seen:
            seen.add(storage.data_ptr())
            total[0] += storage.nbytes()
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        yield total


def ig_threads(current: int | None = None, cores: int | None = None,
               load: float | None = None) -> int:
    """Torch threads for IG: the cores other processes leave idle, at most ``current``.

    Measured here (docs/explainer.md, *Threads*): on a 2-core machine busy with other jobs,
    two torch threads made each pass several times slower than one (the threads wait for
    each other on cores they do not get), while on an idle machine they are faster. So IG
    takes the cores no other runnable thread is using *now*
    (:func:`smug.solving.choice.free_cores`: the kernel's count of runnable threads), at
    least one and never more than torch's current setting (a Dask worker's one thread stays
    one). Not the 1-minute load average: it lags by a minute and counts this process's own
    past work (measured: after a 1,024-node reference IG on an idle machine, the next
    photo's IG took one thread and cost 0.47 of a pass per node instead of 0.25).

    ``load``, when given, is a load figure that includes this process (``1.0``: idle but
    for it) and replaces the reading; for tests and for callers that know better.
    """
    current = torch.get_num_threads() if current is None else current
    cores = affinity_cores() if cores is None else cores
    if load is None:
        idle = free_cores(cores)
    else:
        idle = int(cores - max(0.0, load - 1.0))
    return max(1, min(current, cores, idle))


class _Threads:
    """IG's torch threads (:data:`IG_THREADS`), decided again before every batch.

    A reading of the other processes' runnable threads is a snapshot: another process's
    short burst at the start must not pin IG to one thread for the whole run, nor a quiet
    moment give it two threads through a long busy spell. So :meth:`decide` runs before
    every pass of a batch of path points (the reading costs about 0.1 ms, a batch
    a second or so) and changes torch's setting only when the decision changes.
    :attr:`used` records the threads of each pass.
    """

    def __init__(self) -> None:
        self.before = torch.get_num_threads()
        self.used: list[int] = []

    def decide(self, record: bool = True) -> None:
        """Set torch's threads for the next pass; ``record``: count it in :attr:`used`
        (False for work that is not a pass of path points, e.g. building the fast copy)."""
        wanted = ig_threads(self.before) if IG_THREADS == "auto" else IG_THREADS
        if wanted is not None and int(wanted) != torch.get_num_threads():
            torch.set_num_threads(int(wanted))
        if record:
            self.used.append(torch.get_num_threads())


@contextlib.contextmanager
def _threads() -> Iterator[_Threads]:
    """IG's thread policy inside the block (:class:`_Threads`), torch's setting after."""
    policy = _Threads()
    try:
        yield policy
    finally:
        if torch.get_num_threads() != policy.before:
            torch.set_num_threads(policy.before)


@contextlib.contextmanager
def _frozen(model: nn.Module) -> Iterator[None]:
    """Parameters do not require gradients inside the block (IG needs only d/d(points))."""
    params = [p for p in model.parameters() if p.requires_grad]
    for p in params:
        p.requires_grad_(False)
    try:
        yield
    finally:
        for p in params:
            p.requires_grad_(True)


class _Path:
    """``phi(alpha) = F(alpha * a)`` and its gradients along the path, in bounded batches.

    ``values`` runs forward passes only. ``gradients`` runs forward+backward passes and
    returns the weighted sum of the gradients (float64); ``integrands`` returns, per node,
    ``a * grad F(alpha a)`` and its sum ``phi'(alpha)``. The first gradient pass takes one
    point and measures the memory autograd keeps for it; batches are then sized by
    :func:`choose_batch` unless the caller fixed the batch.
    """

    def __init__(self, model: nn.Module, x: torch.Tensor, hooks: _Replace, act: torch.Tensor,
                 target: int | None, output: str, batch: int | None, bar: Any,
                 precision: str = "float32", fast: PostStem | None = None,
                 threads: _Threads | None = None) -> None:
        self.model, self.x, self.hooks, self.act = model, x, hooks, act
        self.threads = threads
        # the network after the first layer, BatchNorm folded (smug.explain.fastpath), or
        # None: then the whole model runs with the hooks replacing the first layer's output
        self.fast = fast
        self.target, self.output, self.bar = target, output, bar
        self.bf16 = precision == "bfloat16"
        # channels_last: the convolutions after the stem run faster on this layout (NHWC)
        self.layout = torch.channels_last if act.dim() == 4 else torch.contiguous_format
        self.batch = batch
        self.bytes_per_point: int | None = None
        self.shape = (-1,) + (1,) * (act.dim() - 1)
        self.act64 = act[0].double()
        self.n_grad = 0
        self.spent: list[float] = []

    def _run(self, alpha: np.ndarray, grad: bool) -> tuple[torch.Tensor, torch.Tensor | None]:
        if self.threads is not None:
            self.threads.decide()
        a = torch.tensor(alpha, dtype=self.act.dtype, device=self.act.device)
        points = (a.reshape(self.shape) * self.act).contiguous(memory_format=self.layout)
        if grad:
            points.requires_grad_(True)
        self.hooks.value = points
        xs = self.x.expand(points.shape[0], *self.x.shape[1:])
        with torch.set_grad_enabled(grad), torch.autocast(self.act.device.type,
                                                          dtype=torch.bfloat16,
                                                          enabled=self.bf16):
            net = self.model(xs) if self.fast is None else self.fast(points, self.x)
            out = _select(net, self.target, self.output).float()
            g = torch.autograd.grad(out.sum(), points)[0] if grad else None
        self.hooks.value = None
        return out.detach(), g

    def values(self, alphas: Sequence[float], whole: bool = False) -> np.ndarray:
        """``phi`` at ``alphas``: forward passes only; ``whole``: through the user's model
        (with the hooks), not the fast copy."""
        alphas = np.asarray(alphas, dtype=np.float64)
        step = 2 * (self.batch or MAX_BATCH)  # no activations are kept for a backward pass
        fast, self.fast = self.fast, None if whole else self.fast
        try:
            out = [self._run(alphas[i:i + step], False)[0].double().cpu().numpy()
                   for i in range(0, len(alphas), step)]
        finally:
            self.fast = fast
        return np.concatenate(out) if out else np.zeros(0)

    def _next_stop(self, start: int, n: int) -> int:
        return start + 1 if self.batch is None else min(n, start + self.batch)

    def _grad_batch(self, alphas: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
        """``phi`` and the gradients at ``alphas`` (one batch); the first call measures one
        point's memory."""
        if self.batch is None:
            with _count_saved_bytes(self.model if self.fast is None else self.fast) as saved:
                out, g = self._run(alphas, True)
            self.bytes_per_point = int(saved[0])
            self.batch = choose_batch(2 * saved[0])  # saved tensors + their gradients
        else:
            out, g = self._run(alphas, True)
        if self.bar is not None:
            self.bar.update(len(alphas))
        self.n_grad += len(alphas)
        self.spent += [float(a) for a in alphas]
        return out, g

    def gradients(self, alphas: np.ndarray, weights: np.ndarray) -> torch.Tensor:
        """``sum_i weights_i * grad F(alphas_i a)`` in float64."""
        total = torch.zeros_like(self.act64)
        start = 0
        while start < len(alphas):
            stop = self._next_stop(start, len(alphas))
            g = self._grad_batch(alphas[start:stop])[1].double()
            w = torch.tensor(weights[start:stop], dtype=torch.float64, device=g.device)
            total += (g * w.reshape(self.shape)).sum(0)
            start = stop
        return total

    def integrands(self, alphas: np.ndarray
                   ) -> tuple[list[torch.Tensor], np.ndarray, np.ndarray]:
        """Per node: ``a * grad F(alpha a)`` (float32), its sum ``phi'(alpha)`` and
        ``phi(alpha)`` (the forward pass of the node gives it at no cost)."""
        values: list[torch.Tensor] = []
        slopes, phis = np.zeros(len(alphas)), np.zeros(len(alphas))
        start = 0
        while start < len(alphas):
            stop = self._next_stop(start, len(alphas))
            out, g = self._grad_batch(alphas[start:stop])
            h = (g.double() * self.act64).contiguous()  # rows flatten without a copy
            slopes[start:stop] = h.reshape(stop - start, -1).sum(1).cpu().numpy()
            phis[start:stop] = out.double().cpu().numpy()
            values += [row.float() for row in h]
            start = stop
        return values, slopes, phis


def _node_bar(enabled: bool, total: int | None):
    if not enabled:
        return contextlib.nullcontext(None)
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="IG nodes", unit="node")


def _compute_first_layer_ig(model: nn.Module, x: torch.Tensor, output_module: nn.Module,
                            target: int | None, n_steps: int | None,
                            internal_batch_size: int | None, activation: nn.Module | None,
                            output: str, progress: bool, tolerance: float, k: int | None,
                            max_nodes: int) -> LayerAttribution:
    """The computation behind :func:`first_layer_ig` (same parameters)."""
    hooks = _Replace(output_module, activation)
    with hooks.installed(), torch.no_grad():
        logits = model(x)
    f_x = float(_select(logits, target, output)[0])
    if "a" not in hooks.captured:
        raise RuntimeError(f"activation: {type(activation).__name__} did not run on the first "
                           "layer's output")
    act, pre = hooks.captured["a"], hooks.captured["pre"]
    with _threads() as threads:
        # the fast copy is built and checked on IG's threads too: on torch's default two
        # threads of a busy 2-core machine its first use cost ~40 passes instead of ~1.7
        # (benchmarks/studies/fastpath_build). Hooks removed again here: post_stem sees
        # only the user's own (and then declines).
        threads.decide(record=False)
        fast = post_stem(model, x, output_module, activation, act, expected=logits) \
            if IG_FAST_PATH else None
        with _frozen(model), hooks.installed(), _node_bar(progress, n_steps) as bar:
            path = _Path(model, x, hooks, act, target, output, internal_batch_size, bar,
                         fast=fast, threads=threads)
            # both ends of completeness from the user's model, as F(x) is (the fast copy
            # samples the path; it differs from the model by float rounding, ~1e-6 relative)
            f_zero = float(path.values([0.0], whole=True)[0])
            if n_steps is not None:
                attr, extra = path.act64 * _fixed_rule(path, n_steps), {}
            else:
                attr, extra = _adaptive_rule(path, f_x, f_zero, tolerance,
                                             _top_k(k, act[0].numel()), max_nodes)
    attributions = attr.cpu().numpy()
    result = LayerAttribution(
        attributions, act[0].cpu().numpy(), target, f_x, f_zero, path.n_grad,
        pre[0].cpu().numpy(), output, None if activation is None else type(activation).__name__,
        rule="fixed" if n_steps is not None else "adaptive",
        batch_size=int(path.batch or 0), alphas=np.array(path.spent),
        point_bytes=path.bytes_per_point, fast_path=describe(fast),
        threads=tuple(threads.used), **extra)
    if not result.converged:
        warnings.warn(
            f"IG: the adaptive rule spent {result.n_steps} nodes (max_nodes) without meeting "
            f"tolerance {tolerance:g} (completeness gap {result.completeness_relative:.3%}, "
            f"estimated error {result.error_estimate or float('nan'):.3%}, estimated top-k "
            f"Jaccard {result.topk_jaccard or float('nan'):.3f}); pass n_steps for a fixed rule",
            IGNotConvergedWarning, stacklevel=3)
    return result


#: The adaptive rule checks the stability of at least this many top neurons (the paper's
#: k on ImageNet), so that one IG run serves every smaller k of a sweep.
STABLE_TOP_K = 3000


def _top_k(k: int | None, n: int) -> int:
    return max(1, min(n, max(STABLE_TOP_K, 0 if k is None else int(k))))


def _fixed_rule(path: _Path, n_steps: int) -> torch.Tensor:
    """Gauss-Legendre on ``n_steps`` nodes: the integral of the gradient, float64."""
    nodes, weights = np.polynomial.legendre.leggauss(n_steps)
    return path.gradients((nodes + 1) / 2, weights / 2)


#: Adaptive rule: nodes of the first round (uniform midpoint cells, one node measuring
#: the memory of a point and then whole batches), and the nodes a refinement round adds:
#: one batch (two when the batch is odd: a trisection adds two nodes), or this share of
#: the nodes spent so far when that is more (rounded up to whole batches).
INITIAL_NODES = 25
ROUND_GROWTH = 0.05
#: Share of a round spent where completeness between neighbouring nodes fails most, while
#: the completeness gap is open and the top-k is not yet accurate (all of it once it is).
SCALAR_SHARE = 0.5
#: The top-k set must agree with exact IG to an estimated Jaccard index of at least
#: ``1 - TOPK_SLACK * tolerance`` (0.975 at the default tolerance: the paper's fidelity
#: bar is 0.97 against the 1,024-node reference).
TOPK_SLACK = 2.5
#: Refine where the top-k set's expected crossings fall most (:func:`_crossing_scores`);
#: False: where the summed error of the top-k attributions falls most.
TARGET_CROSSINGS = True
#: While the gap is open, the cells where completeness fails are ranked by the size of
#: the discrepancy plus this share of it signed as the gap (those cells add up to the gap;
#: a cell erring the other way counts ``1 - SIGNED_SCALAR`` of its size); 0: size only.
SIGNED_SCALAR = 0.5
#: E|X| / sd(X) for a normal error: turns per-neuron standard deviations into an L1 error.
_L1_PER_SD = math.sqrt(2 / math.pi)


@dataclass
class _Cell:
    """One cell of the composite midpoint rule: ``[left, right]`` and ``a * grad F`` at its
    centre (float32, to keep the memory of many cells small)."""

    left: float
    right: float
    value: torch.Tensor  # a * grad F(centre * a), the integrand at the centre
    slope: float         # phi'(centre) = sum of value
    phi: float           # phi(centre) = F(centre * a)

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2

    @property
    def width(self) -> float:
        return self.right - self.left


def _evaluate(path: _Path, spans: list[tuple[float, float]]) -> list[_Cell]:
    """The integrand at the centre of each span, one node each, batched."""
    centres = np.array([(lo + hi) / 2 for lo, hi in spans])
    cells: list[_Cell] = []
    for (lo, hi), g, slope, phi in zip(spans, *path.integrands(centres)):
        cells.append(_Cell(lo, hi, g, slope, phi))
    return cells


def _scalar_errors(cells: list[_Cell], f_zero: float, f_x: float, signed: bool = False
                   ) -> np.ndarray:
    """Per cell, how far the rule is from completeness around it, at no extra pass.

    Between two neighbouring centres ``phi(c') - phi(c)`` is the exact integral of
    ``phi'``, and ``(c' - c) (phi'(c) + phi'(c')) / 2`` the rule's; likewise from 0 to the
    first centre and from the last centre to 1 (with the end cell's own slope). Each cell
    gets the mean of the two discrepancies beside it.
    """
    c = np.array([cell.centre for cell in cells])
    s = np.array([cell.slope for cell in cells])
    phi = np.array([cell.phi for cell in cells])
    inner = (phi[1:] - phi[:-1]) - (c[1:] - c[:-1]) * (s[1:] + s[:-1]) / 2
    first = (phi[0] - f_zero) - c[0] * s[0]
    last = (f_x - phi[-1]) - (1.0 - c[-1]) * s[-1]
    gaps = np.concatenate([[first], inner, [last]])
    if not signed:
        gaps = np.abs(gaps)
    return (gaps[:-1] + gaps[1:]) / 2


def _roughness(cells: list[_Cell], index: torch.Tensor) -> torch.Tensor:
    """Per cell and neuron of ``index``: the variance of the cell's midpoint error.

    The integrand of one neuron is modelled as a random walk along the path (each of the
    network's many ReLU6 units that switches along the path moves the gradient by a small
    step): a cell of width ``h`` over a walk that diffuses at rate ``kappa`` has a midpoint
    error of variance ``kappa h**3 / 12``. ``kappa`` is read off each centre's departure
    ``d`` from the line through its two neighbours at distances ``l`` and ``r``
    (``E[d**2] = kappa l r / (l + r)``, a Brownian bridge), so a smooth trend costs
    nothing. The end cells take their neighbour's rate.
    """
    c = torch.tensor([cell.centre for cell in cells], dtype=torch.float64)
    h = torch.tensor([cell.width for cell in cells], dtype=torch.float64)
    g = torch.stack([cell.value.reshape(-1)[index] for cell in cells]).double()
    if len(cells) < 3:
        return torch.full_like(g, float("inf"))
    left, right = c[1:-1] - c[:-2], c[2:] - c[1:-1]
    line = (right[:, None] * g[:-2] + left[:, None] * g[2:]) / (left + right)[:, None]
    rate = (g[1:-1] - line) ** 2 * ((left + right) / (left * right))[:, None]
    rate = torch.cat([rate[:1], rate, rate[-1:]])
    return rate * (h ** 3 / 12)[:, None]


@dataclass(frozen=True)
class _Accuracy:
    """What the rule knows of its own error (:func:`_accuracy`)."""

    error: float        # estimated relative L1 error of the top-k attributions
    jaccard: float      # expected Jaccard index of the top-k against exact IG
    scores: np.ndarray  # per cell: how much trisecting it lowers the expected crossings
    #                     of the top-k threshold (the summed error when all are top-k)


def _accuracy(cells: list[_Cell], attr: torch.Tensor, k: int) -> _Accuracy:
    """The rule's accuracy, estimated from the roughness of the integrand at its nodes.

    Each attribution's error is taken as normal with the standard deviation
    :func:`_roughness` gives (measured against the 1,024-node reference: the L1 estimate
    within a few % of the true error, the Jaccard within 0.01, see docs/explainer.md,
    *Quadrature*). The expected Jaccard counts the neurons expected to cross the mid-point
    between the k-th and the (k+1)-th attribution, among the top 2k candidates.
    """
    flat = attr.reshape(-1)
    n_cand = min(flat.numel(), 2 * k)
    values, index = torch.topk(flat, n_cand)
    var = _roughness(cells, index)
    total = var.sum(0)
    sd = total.sqrt()
    norm = float(values[:k].abs().sum().clamp_min(1e-30))
    error = _L1_PER_SD * float(sd[:k].sum()) / norm
    jaccard, crossing = 1.0, None
    if n_cand > k:
        threshold = (values[k - 1] + values[k]) / 2
        crossing = _crossing(values - threshold, total)
        moved = float(crossing.sum()) / 2
        jaccard = (k - moved) / (k + moved)
    scores = _crossing_scores(var, values, k, crossing) \
        if TARGET_CROSSINGS and crossing is not None else \
        (var[:, :k] / (2 * sd[:k].clamp_min(1e-300))).sum(1) * (8 / 9)
    return _Accuracy(error if math.isfinite(error) else float("inf"),
                     jaccard if math.isfinite(jaccard) else 0.0,
                     torch.nan_to_num(scores, nan=0.0, posinf=1e300).numpy())


def _crossing(distance: torch.Tensor, variance: torch.Tensor) -> torch.Tensor:
    """Probability that an attribution ``distance`` away from the top-k threshold, with a
    normal error of this ``variance``, lands on the other side of it. An attribution
    without error (e.g. an inactive neuron's 0) does not move, even when it ties with the
    threshold."""
    z = distance.abs() / variance.clamp_min(1e-300).sqrt()
    return torch.where(variance > 0, torch.special.ndtr(-z), torch.zeros_like(z))


def _crossing_scores(var: torch.Tensor, values: torch.Tensor, k: int,
                     crossing: torch.Tensor | None = None) -> torch.Tensor:
    """Per cell: how many fewer neurons are expected to cross the top-k threshold once the
    cell is trisected (its midpoint error's variance divided by 9), summed over the 2k
    candidates of :func:`_accuracy` (``crossing``: their crossing probabilities now, when
    the caller has them): the nodes go where the top-k *set* is uncertain, not where
    attributions far from the threshold are merely inaccurate."""
    distance = values - (values[k - 1] + values[k]) / 2
    if crossing is None:
        crossing = _crossing(distance, var.sum(0))
    after = (var.sum(0)[None, :] - (8 / 9) * var).clamp_min(0)
    return (crossing[None, :] - _crossing(distance[None, :], after)).sum(1)


def _to_refine(cells: list[_Cell], scores: np.ndarray, n: int, share: float,
               f_zero: float, f_x: float) -> list[int]:
    """The ``n`` cells to trisect: a ``share`` of them where completeness fails most, in
    the direction of the gap first (:func:`_scalar_errors`), the rest where the top-k set's
    expected crossings fall most (:func:`_crossing_scores`)."""
    chosen: list[int] = []
    if share > 0:
        if SIGNED_SCALAR:
            # the rule's sum exceeds F(a) - F(0) where the exact increments fall short of
            # the rule's (negative discrepancies), and the other way round: those cells
            # first, the others still in turn (a large error of either sign is an error)
            signed = _scalar_errors(cells, f_zero, f_x, True)
            total = sum(c.width * c.slope for c in cells) - (f_x - f_zero)
            scalar = np.abs(signed) - SIGNED_SCALAR * math.copysign(1.0, total) * signed
        else:  # the rule before (v2)
            scalar = _scalar_errors(cells, f_zero, f_x)
        chosen = np.argsort(-scalar, kind="stable")[:math.ceil(share * n)].tolist()
    taken = set(chosen)
    for i in np.argsort(-scores, kind="stable").tolist():
        if len(chosen) >= n:
            break
        if i not in taken:
            chosen.append(i)
            taken.add(i)
    return chosen


def _trisect(cells: list[_Cell], order: list[int], path: _Path, attr: torch.Tensor
             ) -> list[_Cell]:
    """The cells with each of ``order`` cut in three (two new nodes; the middle third
    keeps the old centre's node); ``attr``, the rule's sum, is updated in place."""
    spans = []
    for i in order:
        c = cells[i]
        third = c.width / 3
        spans += [(c.left, c.left + third), (c.right - third, c.right)]
    new = _evaluate(path, spans)
    for cell in new:
        attr += cell.width * cell.value.double()
    refined = [c for i, c in enumerate(cells) if i not in set(order)] + new
    for i in order:
        c, third = cells[i], cells[i].width / 3
        attr -= (2 * third) * c.value.double()
        refined.append(_Cell(c.left + third, c.right - third, c.value, c.slope, c.phi))
    return sorted(refined, key=lambda c: c.left)


def _round_size(n_spent: int, batch: int, room: int) -> int:
    """Nodes of the next round: one batch or ``ROUND_GROWTH`` of those spent, in whole
    batches of an even number of nodes (a trisection adds two), at most ``room``."""
    unit = batch if batch % 2 == 0 else 2 * batch
    n = unit * max(1, math.ceil(ROUND_GROWTH * n_spent / unit))
    return min(n, room - room % 2)


def _first_cells(path: _Path, max_nodes: int) -> list[_Cell]:
    """The first round: about ``INITIAL_NODES`` uniform cells (at most ``max_nodes``), an
    odd number, so that the first node, alone in its pass (it measures the memory of a
    point), is the middle cell's centre 1/2, and the others fill whole batches."""
    first = _evaluate(path, [(0.0, 1.0)])[0]
    unit = max(1, int(path.batch or 1))
    unit = unit if unit % 2 == 0 else 2 * unit
    n = 1 + unit * max(1, round((INITIAL_NODES - 1) / unit))
    n = max(1, min(n, max_nodes - (1 - max_nodes % 2)))
    edges = np.linspace(0.0, 1.0, n + 1)
    middle = n // 2
    spans = [(lo, hi) for i, (lo, hi) in enumerate(zip(edges[:-1], edges[1:])) if i != middle]
    cells = _evaluate(path, spans)
    cells.insert(middle, _Cell(edges[middle], edges[middle + 1], first.value, first.slope,
                               first.phi))
    return cells


def _estimate(cells: list[_Cell]) -> torch.Tensor:
    """The composite midpoint rule's integral of ``a * grad F`` (float64)."""
    total = torch.zeros_like(cells[0].value, dtype=torch.float64)
    for c in cells:
        total += c.width * c.value.double()
    return total


def _adaptive_rule(path: _Path, f_x: float, f_zero: float, tolerance: float, k: int,
                   max_nodes: int) -> tuple[torch.Tensor, dict[str, Any]]:
    """Composite midpoint rule, refined by trisection where the error is largest.

    Trisecting a cell keeps its centre (the centre of the middle third), so every node
    spent stays in the rule. Each round fills whole batches: it trisects the cells whose
    trisection lowers the expected number of neurons crossing the top-k threshold most
    (:func:`_accuracy`, :func:`_crossing_scores`) and, while the completeness gap is
    open, the cells where completeness between neighbouring nodes fails most, those erring
    in the direction of the gap first (:func:`_scalar_errors`, :data:`SIGNED_SCALAR`).
    The rule stops when the relative completeness gap is at most ``tolerance`` and the
    top-k set's expected Jaccard index against exact IG is at least
    ``1 - TOPK_SLACK * tolerance``.
    """
    cells = _first_cells(path, max_nodes)
    scale = max(abs(f_x - f_zero), 1e-12)
    attr = _estimate(cells)
    while True:
        gap = abs(float(attr.sum()) - (f_x - f_zero)) / scale
        acc = _accuracy(cells, attr, k)
        accurate = acc.jaccard >= 1 - TOPK_SLACK * tolerance
        met = gap <= tolerance and accurate
        room = max_nodes - path.n_grad
        if met or room < 2:
            break
        n_new = _round_size(path.n_grad, int(path.batch or 1), room)
        share = 0.0 if gap <= tolerance else 1.0 if accurate else SCALAR_SHARE
        order = _to_refine(cells, acc.scores, n_new // 2, share, f_zero, f_x)
        cells = _trisect(cells, order, path, attr)
    attr = _estimate(cells)  # the sum afresh, without the updates' rounding
    return attr, {"error_estimate": acc.error, "tolerance": tolerance, "converged": bool(met),
                  "topk_jaccard": acc.jaccard}
