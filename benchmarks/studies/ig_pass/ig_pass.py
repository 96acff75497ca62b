"""The cost of one IG path point on EfficientNet-Lite0, candidate by candidate, in passes.

Issue 18 asks that every change to the pass be measured and kept only if it keeps the
accuracy and makes a difference here. Parts (``--parts``, each appends to its own
``results/<part>.jsonl`` beside this script as it goes, so a run can be resumed):

* ``pass``: per path point, forward+backward at a batch, in units of one fp32 NCHW batch-1
  pass of the whole model with hooks on one thread (the unit of
  ``benchmarks/explain_latency.py``), interleaved rounds, medians, with the load average of
  each round; wall and CPU seconds (of this one-thread process: the work itself, less
  exposed to the load). Variants: the whole model with hooks (``hooks``, the old path),
  only the network after the stem (``split``), the same with its BatchNorms folded
  (``fold``), and ``fast``: ``fold`` with the convolutions simplified (1x1 ones as a
  matrix product, self-padding ones with symmetric padding), what IG runs now
  (:mod:`smug.explain.fastpath`). An earlier run (``results/pass_run1.jsonl``) also
  measured ``fold`` with channels_last weights (``fold-clw``) and traced by
  ``torch.jit.trace`` (``jit``). Also the memory autograd keeps per point (what the batch
  is sized from) and the batch the memory rule gives.
* ``threads``: ``fast`` at ``--batch`` with 1 and 2 torch threads, serially
  (one process) and as two concurrent processes (what ``--dask local:2`` runs).
* ``compile``: ``torch.compile`` of the ``fold`` copy: compile seconds and per point.
* ``accuracy``: first-layer IG on the 7 photos with and without the fast path, same rule
  (adaptive default; fixed Gauss-Legendre on 128 nodes): top-3000 Jaccard, the relative
  L1 difference of the attributions, the completeness gaps, nodes and seconds.
* ``float64``: fixed Gauss-Legendre on 128 nodes and the adaptive rule, plain and fast in
  float32, against the plain path in float64 with the same rule: which float32 result is
  closer to exact arithmetic.
* ``reference``: the adaptive rule, plain and fast, against fixed Gauss-Legendre on 1,024
  nodes (rocket, where the two part).
* ``rss``: peak RSS of ``smug.explain(model, x)`` at its defaults in a fresh process, fast
  path on and off.

Usage::

    python benchmarks/studies/ig_pass/ig_pass.py [--parts pass threads compile accuracy rss]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from smug.bench.common import ResultLog, machine, markdown_table, photo_input

HERE = Path(__file__).resolve().parent
OUT = HERE / "results"
PHOTOS = ("chelsea", "coffee", "camera", "motorcycle_left", "motorcycle_right",
          "grace_hopper", "rocket")
PARTS = ("pass", "threads", "compile", "accuracy", "float64", "reference", "rss")
K = 3000


def load() -> tuple[Any, Any, Any, Any, int]:
    """EfficientNet-Lite0, chelsea, the hooks on its stem, the stem's activations, target."""
    import torch

    from smug.explain.ig import _Replace
    from smug.models.efficientnet import load_efficientnet_lite0

    model = load_efficientnet_lite0()
    x = photo_input("chelsea")
    hooks = _Replace(model._bn0, model._swish)
    with hooks.installed(), torch.no_grad():
        target = int(model(x).argmax())
    return model, x, hooks, hooks.captured["a"], target


def variants(model, x, hooks, act) -> dict[str, Any]:
    """name -> (PostStem or None, layout) for each way of running a path point."""
    import torch

    from smug.explain.fastpath import _build

    split = _build(model, model._bn0, model._swish, fold=False)
    fold = _build(model, model._bn0, model._swish, fold=True)
    fold_clw = copy.deepcopy(fold).to(memory_format=torch.channels_last)
    fast = _build(model, model._bn0, model._swish, fold=True, example=(x, act))
    return {"hooks-nchw": (None, torch.contiguous_format), "hooks": (None, torch.channels_last),
            "split": (split, torch.channels_last), "fold": (fold, torch.channels_last),
            "fold-clw": (fold_clw, torch.channels_last), "fast": (fast, torch.channels_last)}


def make_path(model, x, hooks, act, target, fast, layout, batch):
    from smug.explain.ig import _Path

    path = _Path(model, x, hooks, act, target, "softmax", batch, None, fast=fast)
    path.layout = layout
    return path


def saved_bytes(path) -> int:
    from smug.explain.ig import _count_saved_bytes

    with _count_saved_bytes(path.model if path.fast is None else path.fast) as saved:
        path._run(np.array([0.7]), True)
    return int(saved[0])


class JitPath:
    """``fold`` traced by ``torch.jit.trace`` at one batch size (a trace is shape-bound)."""

    def __init__(self, path, batch: int) -> None:
        import torch

        self.path, self.batch = path, batch
        points = (0.5 * path.act.expand(batch, *path.act.shape[1:])).contiguous(
            memory_format=path.layout)
        xs = path.x.expand(batch, *path.x.shape[1:])
        start = time.perf_counter()
        self.traced = torch.jit.trace(path.fast.graph_module, (xs, points), check_trace=False)
        self.trace_s = time.perf_counter() - start

    def _run(self, alpha, grad):
        import torch

        from smug.explain.ig import _select

        p = self.path
        a = torch.tensor(alpha, dtype=p.act.dtype)
        points = (a.reshape(p.shape) * p.act).contiguous(memory_format=p.layout)
        points.requires_grad_(True)
        xs = p.x.expand(points.shape[0], *p.x.shape[1:])
        out = _select(self.traced(xs, points), p.target, p.output)
        return out.detach(), torch.autograd.grad(out.sum(), points)[0]


def time_point(path, batch: int) -> tuple[float, float]:
    """Wall and CPU seconds (this process) per point of one forward+backward at ``batch``.

    On a loaded machine the wall time depends on what the scheduler gives; the CPU time of a
    one-thread process is the work itself (up to cache and memory-bus contention)."""
    alphas = np.linspace(0.3, 1.0, batch)
    start, cpu = time.perf_counter(), time.process_time()
    path._run(alphas, True)
    return (time.perf_counter() - start) / batch, (time.process_time() - cpu) / batch


# --------------------------------------------------------------------------- pass
def part_pass(args) -> None:
    import torch

    from smug.explain.ig import _frozen, choose_batch

    log = ResultLog(OUT / "pass.jsonl", ("threads", "variant", "batch"))
    model, x, hooks, act, target = load()
    vs = variants(model, x, hooks, act)
    for threads in args.threads:
        torch.set_num_threads(threads)
        configs = [("hooks-nchw", 1)] + [("hooks", b) for b in (1, 4, 6, 8, 16)]
        configs += [("split", 6), ("fold", 6), ("fold", 10)]
        configs += [("fast", b) for b in (1, 2, 4, 6, 8, 10, 12, 16)]
        configs = [c for c in configs if not log.done(threads=threads, variant=c[0], batch=c[1])]
        if not configs:
            continue
        times: dict[tuple[str, int], list[float]] = {c: [] for c in configs}
        cpus: dict[tuple[str, int], list[float]] = {c: [] for c in configs}
        loads: list[float] = []
        with _frozen(model), hooks.installed():
            paths, extra = {}, {}
            for name, b in configs:
                base = "fast" if name == "jit" else name
                fast, layout = vs[base]
                path = make_path(model, x, hooks, act, target, fast, layout, b)
                extra[(name, b)] = {"saved_bytes_per_point": saved_bytes(path)}
                if name == "jit":
                    path = JitPath(path, b)
                    extra[(name, b)]["trace_s"] = path.trace_s
                path._run(np.linspace(0.3, 1.0, b), True)  # warm-up
                paths[(name, b)] = path
            for _ in range(args.rounds):
                loads.append(os.getloadavg()[0])
                for c in configs:
                    wall, cpu = time_point(paths[c], c[1])
                    times[c].append(wall)
                    cpus[c].append(cpu)
        first = ("hooks-nchw", 1) in times
        unit = statistics.median(times[("hooks-nchw", 1)]) if first \
            else next(r["unit_s"] for r in log.rows if r["threads"] == threads)
        unit_cpu = statistics.median(cpus[("hooks-nchw", 1)]) if first \
            else next(r["unit_cpu_s"] for r in log.rows if r["threads"] == threads)
        for (name, b), ts in times.items():
            sb = extra[(name, b)]["saved_bytes_per_point"]
            log.append({"threads": threads, "variant": name, "batch": b,
                        "per_point_s": statistics.median(ts), "unit_s": unit,
                        "per_point_passes": statistics.median(ts) / unit,
                        "per_point_cpu_s": statistics.median(cpus[(name, b)]),
                        "unit_cpu_s": unit_cpu,
                        "per_point_cpu_passes": statistics.median(cpus[(name, b)]) / unit_cpu,
                        "rounds": len(ts), "loadavg_1min": loads,
                        "rule_batch": choose_batch(2 * sb), **extra[(name, b)]})
        print(f"pass threads={threads}: " + ", ".join(
            f"{n} b{b} {statistics.median(t) / unit:.2f} (cpu "
            f"{statistics.median(cpus[(n, b)]) / unit_cpu:.2f})" for (n, b), t in times.items()),
            f"load {loads}", flush=True)


# --------------------------------------------------------------------------- threads
def _thread_worker(threads: int, batch: int, seconds: float) -> dict[str, Any]:
    """Run ``fold`` passes at ``batch`` for about ``seconds``: per point, medians."""
    import torch

    from smug.explain.fastpath import _build
    from smug.explain.ig import _frozen

    torch.set_num_threads(threads)
    model, x, hooks, act, target = load()
    fast = _build(model, model._bn0, model._swish, fold=True, example=(x, act))
    with _frozen(model):
        path = make_path(model, x, hooks, act, target, fast, torch.channels_last, batch)
        path._run(np.linspace(0.3, 1.0, batch), True)
        times, start = [], time.perf_counter()
        while time.perf_counter() - start < seconds or len(times) < 3:
            times.append(time_point(path, batch))
    return {"per_point_s": statistics.median(t[0] for t in times),
            "per_point_cpu_s": statistics.median(t[1] for t in times),
            "points": len(times) * batch}


def part_threads(args) -> None:
    """1 vs 2 threads, one process (serial) and two concurrent processes (Dask local:2),
    alternating, with the load average before each run."""
    log = ResultLog(OUT / "threads.jsonl", ("mode", "threads", "repeat"))
    batch = args.batch
    for repeat in range(args.thread_repeats):
        for mode in ("serial", "two-processes"):
            for threads in (1, 2):
                if log.done(mode=mode, threads=threads, repeat=repeat):
                    continue
                load_before = os.getloadavg()
                n = 1 if mode == "serial" else 2
                cmd = [sys.executable, __file__, "--worker", str(threads), str(batch),
                       str(args.thread_seconds)]
                start = time.perf_counter()
                procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
                         for _ in range(n)]
                outs = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
                wall = time.perf_counter() - start
                per_point = statistics.median(o["per_point_s"] for o in outs)
                log.append({"mode": mode, "threads": threads, "repeat": repeat, "batch": batch,
                            "per_point_s": per_point, "processes": n,
                            "per_point_cpu_s": statistics.median(o["per_point_cpu_s"]
                                                                 for o in outs),
                            "points_per_s_total": sum(1 / o["per_point_s"] for o in outs),
                            "wall_s": wall, "loadavg_before": list(load_before),
                            "loadavg_after": list(os.getloadavg())})
                print(f"threads {mode} t={threads} r={repeat}: {per_point * 1000:.1f} ms/point "
                      f"load {load_before[0]:.1f}", flush=True)


# --------------------------------------------------------------------------- compile
def part_compile(args) -> None:
    import torch

    from smug.explain.ig import _frozen

    log = ResultLog(OUT / "compile.jsonl", ("variant",))
    if log.done(variant="compile"):
        return
    torch.set_num_threads(1)
    model, x, hooks, act, target = load()
    vs = variants(model, x, hooks, act)
    batch = args.batch
    with _frozen(model), hooks.installed():
        fold = make_path(model, x, hooks, act, target, vs["fold"][0], vs["fold"][1], batch)
        unit_path = make_path(model, x, hooks, act, target, None, torch.contiguous_format, 1)
        compiled = copy.copy(fold)
        load_before = os.getloadavg()[0]
        start = time.perf_counter()
        gm = torch.compile(fold.fast.graph_module, dynamic=False)
        compiled.fast = lambda points, x_: gm(x_.expand(points.shape[0], *x_.shape[1:]), points)
        compiled._run(np.linspace(0.3, 1.0, batch), True)  # compiles forward and backward
        compile_s = time.perf_counter() - start
        unit_path._run(np.array([0.7]), True)
        fold._run(np.linspace(0.3, 1.0, batch), True)
        t = {"unit": [], "fold": [], "compile": []}
        for _ in range(args.rounds):
            t["unit"].append(time_point(unit_path, 1)[0])
            t["fold"].append(time_point(fold, batch)[0])
            t["compile"].append(time_point(compiled, batch)[0])
    unit = statistics.median(t["unit"])
    log.append({"variant": "compile", "batch": batch, "compile_s": compile_s,
                "compile_passes": compile_s / unit, "unit_s": unit,
                "fold_per_point_passes": statistics.median(t["fold"]) / unit,
                "compile_per_point_passes": statistics.median(t["compile"]) / unit,
                "loadavg_before": load_before, "loadavg_after": os.getloadavg()[0]})
    print(f"compile: {compile_s:.0f} s", flush=True)


# --------------------------------------------------------------------------- accuracy
def _top(attr: np.ndarray, k: int) -> set[int]:
    return set(np.argsort(-attr.reshape(-1), kind="stable")[:k].tolist())


def _plain_nchw_path():
    from smug.explain.ig import _Path

    class NCHWPath(_Path):
        """The plain path with NCHW path points: what float rounding alone changes."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            import torch

            self.layout = torch.contiguous_format

    return _Path, NCHWPath


def _versus_nchw(a: np.ndarray, nchw) -> dict[str, Any]:
    c = nchw.attributions
    return {"jaccard_top3000_nchw": len(_top(a, K) & _top(c, K)) / len(_top(a, K) | _top(c, K)),
            "l1_relative_difference_nchw": float(np.abs(a - c).sum() / np.abs(a).sum()),
            "gap_nchw": nchw.completeness_relative, "nodes_nchw": nchw.n_steps}


def part_accuracy(args) -> None:
    global _PATH, _NCHWPath
    _PATH, _NCHWPath = _plain_nchw_path()
    import torch

    import smug.explain.ig as ig
    from smug.models.efficientnet import load_efficientnet_lite0

    torch.set_num_threads(1)
    log = ResultLog(OUT / "accuracy.jsonl", ("photo", "rule"))
    model = load_efficientnet_lite0()
    for photo in args.photos:
        x = photo_input(photo)
        with torch.no_grad():
            target = int(model(x).argmax())
        for rule, n_steps in (("adaptive", None), ("fixed-128", 128)):
            if rule not in args.rules or log.done(photo=photo, rule=rule):
                continue
            runs = {}
            for fast in (False, True, "nchw") if args.nchw else (False, True):
                ig.IG_FAST_PATH = fast is True
                if fast == "nchw":  # the plain path in the other layout: float rounding only
                    ig._Path = _NCHWPath
                start, cpu = time.perf_counter(), time.process_time()
                r = ig.first_layer_ig(model, x, model._bn0, target, n_steps,
                                      activation=model._swish, output="softmax")
                runs[fast] = (r, time.perf_counter() - start, time.process_time() - cpu,
                              os.getloadavg()[0])
                ig._Path = _PATH
            ig.IG_FAST_PATH = True
            (plain, plain_s, plain_cpu, plain_load) = runs[False]
            (fast, fast_s, fast_cpu, fast_load) = runs[True]
            nchw = runs["nchw"][0] if args.nchw else None
            a, b = plain.attributions, fast.attributions
            log.append({
                "photo": photo, "rule": rule, "target": target,
                "jaccard_top3000": len(_top(a, K) & _top(b, K)) / len(_top(a, K) | _top(b, K)),
                "l1_relative_difference": float(np.abs(a - b).sum() / np.abs(a).sum()),
                **({} if nchw is None else _versus_nchw(a, nchw)),
                "fast_path": fast.fast_path,
                "nodes_plain": plain.n_steps, "nodes_fast": fast.n_steps,
                "gap_plain": plain.completeness_relative, "gap_fast": fast.completeness_relative,
                "batch_plain": plain.batch_size, "batch_fast": fast.batch_size,
                "point_bytes_plain": plain.point_bytes, "point_bytes_fast": fast.point_bytes,
                "seconds_plain": plain_s, "seconds_fast": fast_s,
                "cpu_seconds_plain": plain_cpu, "cpu_seconds_fast": fast_cpu,
                "per_node_ratio": (fast_s / fast.n_steps) / (plain_s / plain.n_steps),
                "per_node_cpu_ratio": (fast_cpu / fast.n_steps) / (plain_cpu / plain.n_steps),
                "loadavg_plain": plain_load, "loadavg_fast": fast_load})
            print(f"accuracy {photo} {rule}: J {log.rows[-1]['jaccard_top3000']:.4f} gaps "
                  f"{plain.completeness_relative:.4%}/{fast.completeness_relative:.4%} nodes "
                  f"{plain.n_steps}/{fast.n_steps} s {plain_s:.1f}/{fast_s:.1f}", flush=True)


# --------------------------------------------------------------------------- float64
def part_float64(args) -> None:
    """Is the fast path as close to exact arithmetic as the plain one? Fixed Gauss-Legendre
    on 128 nodes and the adaptive rule, in float32 (plain and fast), against the plain path
    in float64 with the same rule."""
    import torch

    import smug.explain.ig as ig
    from smug.models.efficientnet import load_efficientnet_lite0

    torch.set_num_threads(1)
    log = ResultLog(OUT / "float64.jsonl", ("photo", "rule"))
    model = load_efficientnet_lite0()
    model64 = copy.deepcopy(model).double()
    for photo, (rule, n_steps) in ((p, r) for p in args.float64_photos
                                   for r in (("fixed-128", 128), ("adaptive", None))):
        if log.done(photo=photo, rule=rule):
            continue
        x = photo_input(photo)
        with torch.no_grad():
            target = int(model(x).argmax())
        runs = {}
        for name, m, xi, fast in (("plain", model, x, False), ("fast", model, x, True),
                                  ("float64", model64, x.double(), False)):
            ig.IG_FAST_PATH = fast
            runs[name] = ig.first_layer_ig(m, xi, m._bn0, target, n_steps,
                                           activation=m._swish, output="softmax")
        ig.IG_FAST_PATH = True
        exact = runs["float64"].attributions
        row = {"photo": photo, "rule": rule, "target": target,
               "nodes": {k: r.n_steps for k, r in runs.items()},
               "gap_float64": runs["float64"].completeness_relative}
        for name in ("plain", "fast"):
            a = runs[name].attributions
            row[f"gap_{name}"] = runs[name].completeness_relative
            row[f"l1_vs_float64_{name}"] = float(np.abs(a - exact).sum() / np.abs(exact).sum())
            row[f"jaccard_vs_float64_{name}"] = (len(_top(a, K) & _top(exact, K))
                                                 / len(_top(a, K) | _top(exact, K)))
        log.append(row)
        print(f"float64 {photo}: {row}", flush=True)


# --------------------------------------------------------------------------- reference
def part_reference(args) -> None:
    """Where the adaptive rule's plain and fast runs part (rocket: neither converges), which
    is closer to the fixed 1,024-node reference (computed on the fast path)?"""
    import torch

    import smug.explain.ig as ig
    from smug.models.efficientnet import load_efficientnet_lite0

    torch.set_num_threads(1)
    log = ResultLog(OUT / "reference.jsonl", ("photo",))
    model = load_efficientnet_lite0()
    for photo in args.reference_photos:
        if log.done(photo=photo):
            continue
        x = photo_input(photo)
        with torch.no_grad():
            target = int(model(x).argmax())
        ref = ig.first_layer_ig(model, x, model._bn0, target, ig.REFERENCE_N_STEPS,
                                activation=model._swish, output="softmax").attributions
        row = {"photo": photo, "target": target, "reference_nodes": ig.REFERENCE_N_STEPS}
        for name, fast in (("plain", False), ("fast", True)):
            ig.IG_FAST_PATH = fast
            r = ig.first_layer_ig(model, x, model._bn0, target, None, activation=model._swish,
                                  output="softmax")
            a = r.attributions
            row[f"{name}_nodes"], row[f"{name}_gap"] = r.n_steps, r.completeness_relative
            row[f"{name}_jaccard_vs_reference"] = (len(_top(a, K) & _top(ref, K))
                                                   / len(_top(a, K) | _top(ref, K)))
        ig.IG_FAST_PATH = True
        log.append(row)
        print(f"reference {photo}: {row}", flush=True)


# --------------------------------------------------------------------------- rss
_RSS_SCRIPT = """
import json, resource, sys, time
import smug, smug.explain.ig as ig
from smug.bench.common import photo_input
from smug.models.efficientnet import load_efficientnet_lite0
ig.IG_FAST_PATH = sys.argv[1] == "1"
model = load_efficientnet_lite0()
x = photo_input("chelsea")
start = time.perf_counter()
r = smug.explain(model, x)
print(json.dumps({"explain_s": time.perf_counter() - start, "nodes": r.ig.n_steps,
                  "batch": r.ig.batch_size, "point_bytes": r.ig.point_bytes,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def part_rss(args) -> None:
    log = ResultLog(OUT / "rss.jsonl", ("fast_path",))
    for fast in (False, True):
        if log.done(fast_path=fast):
            continue
        load_before = os.getloadavg()[0]
        out = subprocess.run([sys.executable, "-c", _RSS_SCRIPT, "1" if fast else "0"],
                             capture_output=True, text=True, check=True).stdout
        row = json.loads(out.strip().splitlines()[-1])
        log.append({"fast_path": fast, **row, "loadavg_before": load_before,
                    "loadavg_after": os.getloadavg()[0]})
        print(f"rss fast={fast}: {row}", flush=True)


# --------------------------------------------------------------------------- report
def report() -> None:
    """Rewrite results/ig_pass.md from the .jsonl logs."""
    text = ["# One IG path point on EfficientNet-Lite0, in passes", "",
            "Written by `ig_pass.py`. A *pass* is one fp32 forward+backward of one path point "
            "through the whole model (NCHW, batch 1, hooks) on one thread, measured in the "
            "same run. The machine is a shared 2-core box: other helpers' jobs ran at the same "
            "time (the load average of each round is in the .jsonl), so compare ratios within "
            "a run, not seconds.", ""]
    parts = {p: ResultLog(OUT / f"{p}.jsonl", ("x",)).rows for p in PARTS}
    parts["pass_run1"] = ResultLog(OUT / "pass_run1.jsonl", ("x",)).rows
    for part, title in (("pass", ""), ("pass_run1", " (run 1: before `fast`)")):
        for threads in sorted({r["threads"] for r in parts[part]}):
            rows = [r for r in parts[part] if r["threads"] == threads]
            loads = [v for r in rows for v in r["loadavg_1min"]]
            text += [f"## Per path point, {threads} thread(s){title}", "",
                     f"Unit: {rows[0]['unit_s'] * 1000:.0f} ms wall, "
                     f"{rows[0]['unit_cpu_s'] * 1000:.0f} ms CPU. Load average during the rounds "
                     f"{min(loads):.1f}-{max(loads):.1f}.", ""]
            text.append(markdown_table(
                ["variant", "batch", "per point, wall (passes)", "per point, CPU (passes)",
                 "saved MB per point", "batch the memory rule gives"],
                [[r["variant"], r["batch"], f"{r['per_point_passes']:.2f}",
                  f"{r['per_point_cpu_passes']:.2f}",
                  f"{r['saved_bytes_per_point'] / 2**20:.0f}", r["rule_batch"]] for r in rows]))
            text.append("")
    if parts["threads"]:
        text += ["## Threads (`fast`, one process vs two concurrent processes)", ""]
        text.append(markdown_table(
            ["mode", "threads", "repeat", "wall ms per point (per process)",
             "CPU ms per point", "points/s (all)", "load before"],
            [[r["mode"], r["threads"], r["repeat"], f"{r['per_point_s'] * 1000:.0f}",
              f"{r['per_point_cpu_s'] * 1000:.0f}",
              f"{r['points_per_s_total']:.1f}", f"{r['loadavg_before'][0]:.1f}"]
             for r in parts["threads"]]))
        text.append("")
    if parts["compile"]:
        r = parts["compile"][0]
        text += ["## torch.compile", "",
                 f"Compiling `fold` (batch {r['batch']}) took {r['compile_s']:.0f} s "
                 f"({r['compile_passes']:.0f} passes); then {r['compile_per_point_passes']:.2f} "
                 f"passes per point against {r['fold_per_point_passes']:.2f} uncompiled. "
                 "Inductor's on-disk cache was warm from a one-off try before, whose first "
                 "compile took 124 s.", ""]
    if parts["accuracy"]:
        text += ["## Accuracy: fast path against the plain model, same rule", ""]
        text.append(markdown_table(
            ["photo", "rule", "top-3000 Jaccard", "L1 rel. diff", "gap plain", "gap fast",
             "nodes plain/fast", "batch plain/fast", "per node fast/plain: wall, CPU"],
            [[r["photo"], r["rule"], f"{r['jaccard_top3000']:.4f}",
              f"{r['l1_relative_difference']:.1e}", f"{r['gap_plain']:.4%}",
              f"{r['gap_fast']:.4%}", f"{r['nodes_plain']}/{r['nodes_fast']}",
              f"{r['batch_plain']}/{r['batch_fast']}",
              f"{r['per_node_ratio']:.2f}, {r['per_node_cpu_ratio']:.2f}"]
             for r in parts["accuracy"]]))
        text.append("")
    if parts["float64"]:
        text += ["## Against float64 arithmetic, same rule", ""]
        text.append(markdown_table(
            ["photo", "rule", "gap float64", "gap plain fp32", "gap fast fp32",
             "L1 rel. diff to float64: plain, fast", "top-3000 Jaccard to float64: plain, fast"],
            [[r["photo"], r["rule"], f"{r['gap_float64']:.4%}", f"{r['gap_plain']:.4%}",
              f"{r['gap_fast']:.4%}",
              f"{r['l1_vs_float64_plain']:.1e}, {r['l1_vs_float64_fast']:.1e}",
              f"{r['jaccard_vs_float64_plain']:.4f}, {r['jaccard_vs_float64_fast']:.4f}"]
             for r in parts["float64"]]))
        text.append("")
    if parts["reference"]:
        text += ["## Adaptive rule, plain and fast, against the 1,024-node reference", ""]
        text.append(markdown_table(
            ["photo", "nodes plain/fast", "gap plain", "gap fast",
             "top-3000 Jaccard vs reference: plain, fast"],
            [[r["photo"], f"{r['plain_nodes']}/{r['fast_nodes']}", f"{r['plain_gap']:.2%}",
              f"{r['fast_gap']:.2%}",
              f"{r['plain_jaccard_vs_reference']:.4f}, {r['fast_jaccard_vs_reference']:.4f}"]
             for r in parts["reference"]]))
        text.append("")
    if parts["rss"]:
        text += ["## Peak RSS of `smug.explain(model, x)` at its defaults (fresh process)", ""]
        text.append(markdown_table(
            ["fast path", "nodes", "batch", "MB per point", "explain s (wall, loaded)",
             "peak RSS MB"],
            [[r["fast_path"], r["nodes"], r["batch"], f"{r['point_bytes'] / 2**20:.0f}",
              f"{r['explain_s']:.1f}", f"{r['peak_rss_mb']:.0f}"] for r in parts["rss"]]))
        text.append("")
    text += [f"Machine: {json.dumps(machine())}", ""]
    (OUT / "ig_pass.md").write_text("\n".join(text))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        print(json.dumps(_thread_worker(int(sys.argv[2]), int(sys.argv[3]),
                                        float(sys.argv[4]))))
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS))
    p.add_argument("--photos", nargs="+", default=list(PHOTOS))
    p.add_argument("--rules", nargs="+", default=["adaptive", "fixed-128"])
    p.add_argument("--float64-photos", nargs="+", default=["rocket", "motorcycle_left"])
    p.add_argument("--reference-photos", nargs="+", default=["rocket"])
    p.add_argument("--nchw", action="store_true",
                   help="accuracy: also run the plain path with NCHW points (on chelsea it "
                        "was bitwise equal to channels_last: no noise floor)")
    p.add_argument("--threads", nargs="+", type=int, default=[1, 2])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--batch", type=int, default=8, help="batch of the threads/compile parts")
    p.add_argument("--thread-seconds", type=float, default=20.0)
    p.add_argument("--thread-repeats", type=int, default=2)
    args = p.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for part in args.parts:
        {"pass": part_pass, "threads": part_threads, "compile": part_compile,
         "accuracy": part_accuracy, "float64": part_float64, "reference": part_reference,
         "rss": part_rss}[part](args)
        report()


if __name__ == "__main__":
    main()
