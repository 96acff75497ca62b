"""Where the seconds of ``smug explain`` go: model load, IG, encode, solve, saliency, writing.

Every figure is given in seconds and in **passes**: units of one fp32 forward+backward pass
of the whole model on one input (batch 1, one torch thread, the gradient of the target's
softmax with respect to the input), measured in the same run beside each input (the
machine is shared, so seconds alone mean little). The unit is plain torch, independent of
how IG runs its passes, so that a change of the IG code shows as fewer passes. Parts:

1. ``photos``: the 7 photos of Table 1 at the paper's settings (EfficientNet-Lite0, k=3000,
   gamma=0, 4x4 cells, default backend), serially in this process, each stage timed as
   ``smug explain`` runs it (:func:`smug.many._explain_file_job`'s steps); IG's nodes,
   estimated error and completeness gap beside it, and the **Jaccard index of the
   top-3000** first-layer neurons against fixed Gauss-Legendre IG on
   ``REFERENCE_N_STEPS`` (>= 1,000) nodes (cached as ``ref_<photo>.npy`` in ``--ref-cache``,
   the same files as ``benchmarks/studies/ig_quadrature``).
2. ``mnist`` and ``text``: the MNIST MLP (20 test digits, k=32, 1-pixel cells) and the text
   CNN (10 test reviews, k=100, one cell per token), the same stages.
3. ``cli``: ``smug explain FOLDER`` on the 7 photos, serially and with ``--dask local:2``
   (wall clock, inputs per minute, the per-input IG seconds from ``summary.csv``), and the
   peak resident memory of each command (and of the Dask workers).
4. ``api_rss``: peak resident memory of ``smug.explain(model, x)`` at its defaults on one
   224x224 photo, in a fresh process, at the adaptive default and at the fixed 1,024-node
   reference (memory must not grow with the node count).
5. ``pass``: the pass itself in plain torch: batch size, ``channels_last`` and bfloat16,
   per point, in passes, on one and two threads.
6. ``demo``: ``make demo``'s command (``python -m smug.demo``) from a fresh state (an empty
   output folder, a fresh process; the install excluded): seconds until the explanation is
   written and in all, and their passes (the pass measured just before and after).

Results are written as they come: the per-input parts append one row per input to
``<part>.jsonl`` (a rerun skips the inputs done; ``--fresh`` starts the parts over), the
others write ``<part>.json`` after each step; ``latency.md`` is rewritten each time.
The load average is recorded beside every timing. Usage::

    python benchmarks/explain_latency.py [--parts photos mnist text cli api_rss pass]
                                         [--out DIR] [--fresh] [--ref-cache DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from smug.bench.common import (RESULTS, ResultLog, cached_reference_ig, limit_threads,
                               load_any_photo, machine, markdown_table)

PHOTOS = ("chelsea", "coffee", "camera", "motorcycle_left", "motorcycle_right",
          "grace_hopper", "rocket")
PARTS = ("pass", "photos", "mnist", "text", "api_rss", "cli", "demo")
ROW_PARTS = ("photos", "mnist", "text")
OUT = RESULTS / "explain_latency"
ROOT = Path(__file__).resolve().parent.parent
#: The issue's targets (issue 18, "Done when").
TARGET_PASSES, TARGET_GAP, TARGET_JACCARD, TARGET_RSS_MB = 60, 0.01, 0.97, 2048


def _load() -> list[float]:
    return [round(v, 2) for v in os.getloadavg()]


def _commit() -> str:
    """The source's git commit (short); outside a checkout (an exported copy), the
    ``SMUG_BENCH_COMMIT`` environment variable, else ""."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                              capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return os.environ.get("SMUG_BENCH_COMMIT", "")


# --------------------------------------------------------------------------- the unit
def pass_seconds(model: Any, x: Any, target: int | None, repeats: int = 7) -> float:
    """Median seconds of one fp32 forward+backward pass of ``model`` on ``x`` (batch 1):
    the gradient of the target's softmax (or of the single output) with respect to ``x``,
    in plain torch on one thread (the unit stays the same whatever threads IG runs on)."""
    import torch

    def one() -> float:
        xi = x.detach().clone().requires_grad_(True)
        start = time.perf_counter()
        out = model(xi).reshape(1, -1)
        f = torch.softmax(out, dim=1)[0, target] if out.shape[1] > 1 else out[0, 0]
        f.backward()
        return time.perf_counter() - start

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        one()  # warm-up
        return statistics.median(one() for _ in range(repeats))
    finally:
        torch.set_num_threads(before)


def jaccard_top(a: np.ndarray, b: np.ndarray, k: int) -> float:
    """Jaccard index of the top-k entries (largest values) of two attribution arrays."""
    k = min(k, a.size)
    ta = set(np.argsort(-a.ravel(), kind="stable")[:k].tolist())
    tb = set(np.argsort(-b.ravel(), kind="stable")[:k].tolist())
    return len(ta & tb) / len(ta | tb)


def reference_ig(model: Any, x: Any, target: int, photo: str, cache: Path) -> np.ndarray:
    """Fixed Gauss-Legendre first-layer IG on ``REFERENCE_N_STEPS`` nodes (EfficientNet's
    stem, post-ReLU6, softmax), cached as ``cache/ref_<photo>.npy``
    (:func:`smug.bench.common.cached_reference_ig`)."""
    return cached_reference_ig(model, x, target, photo, cache)

def _ig_fields(ig: Any) -> dict[str, Any]:
    """Nodes, gap, estimated error, convergence and batch of an IG result (tolerating the
    fields a rule does not have)."""
    return {"ig_nodes": int(getattr(ig, "n_nodes", getattr(ig, "n_steps", 0))),
            "ig_rule": getattr(ig, "rule", None),
            "ig_gap": float(ig.completeness_relative),
            "ig_error": getattr(ig, "error_estimate", None),
            "ig_converged": getattr(ig, "converged", True),
            "ig_topk_jaccard_estimate": getattr(ig, "topk_jaccard", None),
            "ig_batch": getattr(ig, "batch_size", None),
            "ig_threads_used": sorted(set(getattr(ig, "threads", ())))}


def explain_stages(model: Any, x: Any, spec_name: str, name: str, settings: dict[str, Any],
                   out: Path, explainer: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """One input through the steps of ``smug explain``, each timed; the row and the
    explanation. The pass is measured just before and just after (the unit is their mean:
    the load of a shared machine drifts)."""
    from smug.explain import SMUG
    from smug.many import MODELS, _file_result, _prediction, _write_outputs

    spec = MODELS[spec_name] if spec_name in MODELS else None
    import torch

    with torch.no_grad():
        predicted = int(model(x).reshape(-1).argmax())
    unit_before = pass_seconds(model, x, predicted)
    load_before = _load()
    t0 = time.perf_counter()
    if spec is not None:
        top = _prediction(model, x, spec)
        target = top[0]["class"]
    else:
        with torch.no_grad():
            target = int(model(x).reshape(-1).argmax())
        top = None
    from smug.explain.ig import ig_threads

    threads = {"torch": torch.get_num_threads(), "ig": ig_threads()}
    t1 = time.perf_counter()
    explanation = SMUG(model, **explainer).attribute(x, target=target, **settings)
    t2 = time.perf_counter()
    t = explanation.timings
    if spec is not None:
        result = _file_result(spec, name, x, top, explanation, settings)
        result["row"]["worker"], result["row"]["total_s"] = "local", 0.0
        result["warnings"] = []
        _write_outputs(out, result)
    else:
        explanation.problem.save(out / f"{name}.npz")
        (out / f"{name}.json").write_text(json.dumps(explanation.summary(), default=str))
    t3 = time.perf_counter()
    unit_after = pass_seconds(model, x, predicted)
    unit = (unit_before + unit_after) / 2
    stages = {"predict": t1 - t0, "ig": t.ig, "encode": t.encode, "solve": t.solve,
              "saliency": max(0.0, t.total - t.ig - t.encode - t.solve), "writing": t3 - t2}
    row = {"input": name, "target": target, "seconds": stages,
           "passes": {k: v / unit for k, v in stages.items()},
           "total_s": t3 - t0, "total_passes": (t3 - t0) / unit, "pass_s": unit,
           "pass_s_before_after": [unit_before, unit_after],
           **_ig_fields(explanation.ig), "status": explanation.solution.status.value,
           "load": [load_before, _load()], "threads": threads}
    return row, explanation


class _Part:
    """A per-input part's rows (``<part>.jsonl``, resumable) and facts (``<part>.json``)."""

    def __init__(self, args: argparse.Namespace, name: str) -> None:
        self.args, self.name = args, name
        self.log = ResultLog(args.out / f"{name}.jsonl", ("input",))
        self.meta: dict[str, Any] = {}

    def done(self, name: str) -> bool:
        return self.log.done(input=name)

    def add(self, row: dict[str, Any]) -> None:
        self.log.append(row)
        self.save()
        print(f"{self.name}: {row['input']}: {row['total_s']:.1f} s "
              f"({row['total_passes']:.0f} passes), IG {row['ig_nodes']} nodes = "
              f"{row['passes']['ig']:.0f} passes, gap {row['ig_gap']:.2%}"
              + (f", top-k Jaccard {row['jaccard_ref']:.3f}" if "jaccard_ref" in row else ""),
              flush=True)

    def save(self) -> None:
        payload = {**self.meta, "machine": machine(), "commit": _commit()}
        (self.args.out / f"{self.name}.json").write_text(
            json.dumps(payload, indent=1, default=str) + "\n")
        write_markdown(self.args.out)


def _model_load(loader: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    model = loader()
    return model, time.perf_counter() - start


def part_photos(args: argparse.Namespace) -> None:
    from smug.explain.ig import REFERENCE_N_STEPS
    from smug.many import MODELS
    from smug.models.efficientnet import BLACK, preprocess

    if args.threads != "user":
        limit_threads(int(args.threads))
    part = _Part(args, "photos")
    model, load_s = _model_load(MODELS["efficientnet-lite0"].loader)
    settings = {"k": 3000, "gamma": 0.0, "cell": 4, "time_limit": 60.0}
    part.meta = {"model_load_s": load_s, "settings": settings,
                 "reference_n_steps": REFERENCE_N_STEPS, "photos": list(args.photos),
                 "torch_threads": _torch_threads()}
    with tempfile.TemporaryDirectory() as tmp:
        for photo in args.photos:
            if part.done(photo):
                continue
            x = preprocess(load_any_photo(photo), crop="none")
            row, explanation = explain_stages(model, x, "efficientnet-lite0", photo, settings,
                                              Path(tmp), {"black": BLACK})
            target = row["target"]
            if not args.no_reference:
                ref = reference_ig(model, x, target, photo, args.ref_cache)
                row["jaccard_ref"] = jaccard_top(explanation.ig.attributions, ref,
                                                 settings["k"])
            row["model_load_passes"] = load_s / row["pass_s"]
            part.add(row)
    part.save()


def _torch_threads() -> int:
    import torch

    return torch.get_num_threads()


def part_mnist(args: argparse.Namespace) -> None:
    import torch

    from smug.data.mnist import load_mnist
    from smug.many import MODELS

    limit_threads(1)
    part = _Part(args, "mnist")
    model, load_s = _model_load(MODELS["mnist-mlp"].loader)
    X, _ = load_mnist("test")
    settings = {"k": 32, "gamma": 0.0, "cell": 1, "time_limit": 60.0}
    part.meta = {"model_load_s": load_s, "settings": settings}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.n_digits):
            if part.done(f"digit{i}"):
                continue
            x = torch.tensor(X[i:i + 1])
            with _quiet_few_neurons():
                row, _ = explain_stages(model, x, "mnist-mlp", f"digit{i}", settings,
                                        Path(tmp), {"spatial_shape": (28, 28)})
            row["model_load_passes"] = load_s / row["pass_s"]
            part.add(row)
    part.save()


def part_text(args: argparse.Namespace) -> None:
    from smug.data.text import load_rotten_tomatoes
    from smug.models.text_cnn import TwoClass, load_text_cnn

    limit_threads(1)
    part = _Part(args, "text")
    start = time.perf_counter()
    cnn, encoder = load_text_cnn()
    model = TwoClass(cnn).eval()
    load_s = time.perf_counter() - start
    texts, _ = load_rotten_tomatoes("test")
    picked = [t for t in texts if 8 <= len(encoder.tokenize(t)) <= 45][:args.n_reviews]
    settings = {"k": 100, "gamma": 0.0, "cell": 1, "time_limit": 30.0}
    part.meta = {"model_load_s": load_s, "settings": settings}
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(picked):
            if part.done(f"review{i}"):
                continue
            x = encoder.embed(encoder.encode(text))
            with _quiet_few_neurons():
                row, _ = explain_stages(model, x, "text", f"review{i}", settings,
                                        Path(tmp), {})
            row["model_load_passes"] = load_s / row["pass_s"]
            part.add(row)
    part.save()


class _quiet_few_neurons:
    """Silence :class:`smug.explain.FewNeuronsWarning` (k above the eligible neurons is
    expected for the small models)."""

    def __enter__(self) -> _quiet_few_neurons:
        import warnings

        from smug.explain import FewNeuronsWarning

        self._ctx = warnings.catch_warnings()
        self._ctx.__enter__()
        warnings.simplefilter("ignore", FewNeuronsWarning)
        return self

    def __exit__(self, *exc: Any) -> None:
        self._ctx.__exit__(*exc)


# --------------------------------------------------------------------------- processes
def _run_measured(cmd: list[str], env: dict[str, str] | None = None
                  ) -> dict[str, Any]:
    """Run ``cmd``; its wall seconds, stdout, the peak RSS of the command's own process
    (``/usr/bin/time``'s maximum resident set, MB) and the peak of the summed RSS of its
    whole process tree (sampled every 0.2 s with psutil, MB: Dask workers included)."""
    import threading

    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "MAXRSS_KB=%M", *cmd],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                break
            peak[0] = max(peak[0], total / 2**20)
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    stop.set()
    sampler.join()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{cmd}: exit {proc.returncode}: {stderr[-2000:]}")
    kb = [line for line in stderr.splitlines() if line.startswith("MAXRSS_KB=")]
    return {"wall_s": wall, "peak_rss_mb": int(kb[-1].split("=")[1]) / 1024 if kb
            else float("nan"), "tree_peak_rss_mb": peak[0], "stdout": stdout}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _save(args: argparse.Namespace, name: str, payload: dict[str, Any]) -> None:
    payload = {**payload, "machine": machine(), "commit": _commit()}
    (args.out / f"{name}.json").write_text(json.dumps(payload, indent=1, default=str) + "\n")
    write_markdown(args.out)


def part_cli(args: argparse.Namespace) -> None:
    import csv

    from PIL import Image

    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    limit_threads(1)
    model = load_efficientnet_lite0()
    x = preprocess(load_any_photo("chelsea"), crop="none")
    target = int(model(x).argmax())
    path = args.out / "cli.json"
    kept = json.loads(path.read_text()).get("runs", {}) if path.exists() else {}
    runs = {"serial": [], "dask local:2": ["--dask", "local:2"]}
    chosen = {label: extra for label, extra in runs.items()
              if label.split()[0] in args.cli_runs}
    payload: dict[str, Any] = {"pass_s_before": pass_seconds(model, x, target),
                               "runs": {k: v for k, v in kept.items() if k not in chosen}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "photos"
        folder.mkdir()
        for photo in args.photos:
            Image.fromarray(load_any_photo(photo)).save(folder / f"{photo}.png")
        for label, extra in chosen.items():
            out = Path(tmp) / label.replace(" ", "_").replace(":", "")
            cmd = [sys.executable, "-m", "smug.cli", "explain", str(folder), "--out", str(out),
                   "--quiet", *extra]
            load_before = _load()
            run = _run_measured(cmd, _env())
            with (out / "summary.csv").open() as fh:
                rows = list(csv.DictReader(fh))
            wall = run["wall_s"]
            payload["runs"][label] = {
                "wall_s": wall, "peak_rss_mb": run["peak_rss_mb"],
                "tree_peak_rss_mb": run["tree_peak_rss_mb"], "inputs": len(rows),
                "inputs_per_min": 60 * len(rows) / wall,
                "ig_s": {r["input"]: float(r["ig_s"]) for r in rows},
                "ig_nodes": {r["input"]: int(r["ig_nodes"]) for r in rows},
                "ig_gap": {r["input"]: float(r["ig_gap"]) for r in rows},
                "load": [load_before, _load()],
                "lines": run["stdout"].replace(str(out), "OUT").replace(
                    str(folder), "PHOTOS").splitlines()}
            print(f"cli {label}: {wall:.0f} s, peak RSS {run['peak_rss_mb']:.0f} MB "
                  f"(tree {run['tree_peak_rss_mb']:.0f} MB)", flush=True)
            _save(args, "cli", payload)
    payload["pass_s_after"] = pass_seconds(model, x, target)
    payload["pass_s"] = (payload["pass_s_before"] + payload["pass_s_after"]) / 2
    _save(args, "cli", payload)


API_SCRIPT = """
import sys, time
import smug
from smug.data.photos import load_photo
from smug.models.efficientnet import load_efficientnet_lite0, preprocess
model = load_efficientnet_lite0()
x = preprocess(load_photo("chelsea"), crop="none")
kwargs = {} if sys.argv[1] == "default" else {"n_steps": int(sys.argv[1])}
start = time.perf_counter()
e = smug.explain(model, x, **kwargs)
ig = e.ig
print(getattr(ig, "n_nodes", ig.n_steps), getattr(ig, "batch_size", 0),
      time.perf_counter() - start)
"""


def part_api_rss(args: argparse.Namespace) -> None:
    path = args.out / "api_rss.json"
    kept = json.loads(path.read_text())["rows"] if path.exists() else []
    names = {"default": "adaptive (default)", "1024": "fixed 1024"}
    payload: dict[str, Any] = {"rows": [r for r in kept if r["rule"] not in
                                        {names[rule] for rule in args.api_rules}]}
    for rule in args.api_rules:
        load_before = _load()
        run = _run_measured([sys.executable, "-c", API_SCRIPT, rule], _env())
        nodes, batch, seconds = run["stdout"].split()[-3:]
        payload["rows"].append({
            "rule": names[rule],
            "nodes": int(nodes), "batch": int(batch), "explain_s": float(seconds),
            "peak_rss_mb": run["peak_rss_mb"], "process_wall_s": run["wall_s"],
            "load": [load_before, _load()]})
        print(f"api {rule}: peak RSS {run['peak_rss_mb']:.0f} MB", flush=True)
        _save(args, "api_rss", payload)


def part_demo(args: argparse.Namespace) -> None:
    """``python -m smug.demo`` in a fresh process: the seconds its own report gives until the
    explanation is written (model load included) and in all (the cross-check included)."""
    import re

    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    limit_threads(1)
    model = load_efficientnet_lite0()
    x = preprocess(load_any_photo("chelsea"), crop="none")
    target = int(model(x).argmax())
    payload: dict[str, Any] = {"pass_s_before": pass_seconds(model, x, target),
                               "load": _load()}
    with tempfile.TemporaryDirectory() as tmp:
        run = _run_measured([sys.executable, "-m", "smug.demo", "--out", str(Path(tmp) / "demo")],
                            _env())
        summary = json.loads((Path(tmp) / "demo" / "summary.json").read_text())
    payload["pass_s_after"] = pass_seconds(model, x, target)
    payload["load_after"] = _load()
    unit = (payload["pass_s_before"] + payload["pass_s_after"]) / 2
    text = run["stdout"]
    found = re.search(r"the explanation, (\d+) s after the start", text)
    ig_line = next((line for line in text.splitlines() if line.startswith("IG ")), "")
    payload.update({
        "pass_s": unit, "process_wall_s": run["wall_s"], "peak_rss_mb": run["peak_rss_mb"],
        "explanation_s": summary.get("explanation_s", float(found.group(1)) if found else None),
        "wall_s": summary.get("wall_s"), "ig_line": ig_line,
        "timings": summary.get("explanation", {}).get("timings"),
        "ig": summary.get("explanation", {}).get("ig_completeness")})
    payload["explanation_passes"] = (payload["explanation_s"] or float("nan")) / unit
    print(f"demo: explanation after {payload['explanation_s']:.1f} s "
          f"({payload['explanation_passes']:.0f} passes), process {run['wall_s']:.0f} s",
          flush=True)
    _save(args, "demo", payload)


# --------------------------------------------------------------------------- the pass
def part_pass(args: argparse.Namespace) -> None:
    """Per-point cost of a whole-model forward+backward by batch, layout and precision, in
    passes (interleaved rounds, medians), on one and two torch threads, in plain torch."""
    import torch

    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    model = load_efficientnet_lite0()
    x = preprocess(load_any_photo("chelsea"), crop="none")
    target = int(model(x).argmax())
    configs = {f"{layout} b{b} {prec}": (b, layout, prec)
               for b in (1, 4, 8, 16) for layout in ("nchw", "nhwc") for prec in ("float32",)}
    configs.update({f"nhwc b{b} bfloat16": (b, "nhwc", "bfloat16") for b in (1, 8)})

    def run(b: int, layout: str, prec: str) -> float:
        fmt = torch.channels_last if layout == "nhwc" else torch.contiguous_format
        net = model.to(memory_format=fmt)
        xb = x.repeat(b, 1, 1, 1).contiguous(memory_format=fmt).requires_grad_(True)
        start = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=prec == "bfloat16"):
            out = net(xb)
        torch.softmax(out.float(), dim=1)[:, target].sum().backward()
        return (time.perf_counter() - start) / b

    payload: dict[str, Any] = {"load": _load()}
    previous = torch.get_num_threads()
    try:
        for threads in (1, 2):
            torch.set_num_threads(threads)
            times: dict[str, list[float]] = {k: [] for k in configs}
            for spec in configs.values():
                run(*spec)  # warm-up
            for _ in range(args.pass_rounds):
                for key, spec in configs.items():
                    times[key].append(run(*spec))
            unit = statistics.median(times["nchw b1 float32"])
            payload[f"threads={threads}"] = {
                "unit_s": unit,
                "per_point_passes": {k: statistics.median(v) / unit for k, v in times.items()}}
            print(f"pass threads={threads}: " + ", ".join(
                f"{k} {v:.2f}" for k, v in payload[f"threads={threads}"]["per_point_passes"]
                .items()), flush=True)
            _save(args, "pass", payload)
    finally:
        torch.set_num_threads(previous)
        model.to(memory_format=torch.contiguous_format)
    payload["load_after"] = _load()
    _save(args, "pass", payload)


# --------------------------------------------------------------------------- report
STAGES = ("predict", "ig", "encode", "solve", "saliency", "writing")
EXPLAIN_STAGES = ("ig", "encode", "solve", "saliency")


def _explain_passes(row: dict[str, Any]) -> float:
    """Passes of ``smug.explain`` itself: IG, encode, solve and saliency."""
    return sum(row["passes"][s] for s in EXPLAIN_STAGES)


def _read_rows(out: Path, name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    meta_file, rows_file = out / f"{name}.json", out / f"{name}.jsonl"
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    rows = ResultLog(rows_file, ("input",)).rows if rows_file.exists() else []
    return meta, rows


def _stage_table(meta: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    ref = any("jaccard_ref" in r for r in rows)
    header = ["input", *[f"{s} s (passes)" for s in STAGES], "total s (passes)",
              "explain passes", "IG nodes", "IG gap", "IG est. error",
              *(["top-k Jaccard vs ref (IG's estimate)"] if ref else []), "status", "load"]
    table = []
    for r in rows:
        cells = [f"{r['seconds'][s]:.2f} ({r['passes'][s]:.0f})" for s in STAGES]
        est = "-" if r["ig_error"] is None else f"{float(r['ig_error']):.2%}"
        conv = "" if r.get("ig_converged", True) else " (not converged)"
        table.append([r["input"], *cells, f"{r['total_s']:.1f} ({r['total_passes']:.0f})",
                      f"{_explain_passes(r):.0f}", f"{r['ig_nodes']}{conv}",
                      f"{r['ig_gap']:.2%}", est,
                      *([_jaccard_cell(r)] if ref else []),
                      r["status"], f"{r['load'][0][0]:.1f}"])
    med = {s: statistics.median(r["passes"][s] for r in rows) for s in STAGES}
    meds = {s: statistics.median(r["seconds"][s] for r in rows) for s in STAGES}
    table.append(["**median**", *[f"{meds[s]:.2f} ({med[s]:.0f})" for s in STAGES],
                  f"{statistics.median(r['total_s'] for r in rows):.1f} "
                  f"({statistics.median(r['total_passes'] for r in rows):.0f})",
                  f"{statistics.median(_explain_passes(r) for r in rows):.0f}",
                  statistics.median(r["ig_nodes"] for r in rows), "", "",
                  *([""] if ref else []), "", ""])
    load = meta.get("model_load_s", float("nan"))
    unit = statistics.median(r["pass_s"] for r in rows)
    return (f"Model load: {load:.2f} s ({load / unit:.0f} passes), once per process. One "
            f"pass: {1000 * unit:.2f} ms (median over the inputs; measured beside each). "
            f"Code: {meta.get('commit', '?')}, {meta.get('machine', {}).get('date_utc', '?')} "
            f"UTC; load = 1-min load average when the input started.\n\n"
            + markdown_table(header, table))


def _jaccard_cell(row: dict[str, Any]) -> str:
    """The measured top-k Jaccard against the reference, and IG's own estimate of it when
    the rule gives one."""
    measured = f"{row['jaccard_ref']:.3f}" if "jaccard_ref" in row else "-"
    estimate = row.get("ig_topk_jaccard_estimate")
    return measured if estimate is None else f"{measured} ({float(estimate):.3f})"


def _passes_row(photos: list[dict[str, Any]], condition: str) -> list[str]:
    worst = max(photos, key=_explain_passes)
    return [f"`smug.explain` passes per photo (paper's settings) <= {TARGET_PASSES}{condition}",
            f"max {_explain_passes(worst):.0f} ({worst['input']}), median "
            f"{statistics.median(_explain_passes(r) for r in photos):.0f}",
            "yes" if _explain_passes(worst) <= TARGET_PASSES else "**no**"]


def _targets(parts: dict[str, Any], photos: list[dict[str, Any]],
             idle: list[dict[str, Any]] | None = None) -> list[str]:
    """Issue 18's "Done when", checked against what was measured (``idle``: the photos
    run on an idle machine with torch's default threads, when there is one)."""
    lines = ["## Issue 18's targets, as measured here", ""]
    rows = []
    if photos and idle:
        rows.append(_passes_row(idle, ", idle machine, default threads (`idle/`)"))
    if photos:
        threads = sorted({r.get("threads", {}).get("ig") for r in photos} - {None})
        rows.append(_passes_row(photos, f", the run below ({', '.join(map(str, threads))} "
                                        "IG thread(s), shared machine)" if idle else ""))
        gap = max(photos, key=lambda r: r["ig_gap"])
        rows.append([f"completeness gap <= {TARGET_GAP:.0%} on every photo",
                     f"max {gap['ig_gap']:.2%} ({gap['input']})",
                     "yes" if gap["ig_gap"] <= TARGET_GAP else "**no**"])
        jac = [r for r in photos if "jaccard_ref" in r]
        if jac:
            low = min(jac, key=lambda r: r["jaccard_ref"])
            rows.append([f"top-3000 Jaccard vs the reference >= {TARGET_JACCARD}",
                         f"min {low['jaccard_ref']:.3f} ({low['input']})",
                         "yes" if low["jaccard_ref"] >= TARGET_JACCARD else "**no**"])
    if "api_rss" in parts:
        default = [r for r in parts["api_rss"]["rows"] if r["rule"].startswith("adaptive")]
        if default:
            rss = default[0]["peak_rss_mb"]
            rows.append([f"peak RSS of `smug.explain(model, x)` <= {TARGET_RSS_MB} MB (API)",
                         f"{rss:.0f} MB", "yes" if rss <= TARGET_RSS_MB else "**no**"])
    if "cli" in parts and "serial" in parts["cli"].get("runs", {}):
        rss = parts["cli"]["runs"]["serial"]["peak_rss_mb"]
        rows.append([f"peak RSS of `smug explain` (CLI, serial) <= {TARGET_RSS_MB} MB",
                     f"{rss:.0f} MB", "yes" if rss <= TARGET_RSS_MB else "**no**"])
    if not rows:
        return []
    return lines + [markdown_table(["target", "measured", "met"], rows), ""]


def _idle_pointer(out: Path) -> list[str]:
    """A short section pointing to the photos run on an idle machine (``out/idle``), when
    there is one."""
    meta, rows = _read_rows(out / "idle", "photos")
    if not rows:
        return []
    explain = [_explain_passes(r) for r in rows]
    ig = [r["passes"]["ig"] for r in rows]
    per_node = [r["passes"]["ig"] / r["ig_nodes"] for r in rows]
    threads = sorted({r.get("threads", {}).get("ig") for r in rows} - {None})
    load = max(r["load"][0][0] for r in rows)
    return ["## On an idle machine", "",
            f"The same photos with torch's default threads, as a user's process gets them "
            f"(`--threads user`; load average at most {load:.1f}; code "
            f"{meta.get('commit', '?')}): IG took {', '.join(map(str, threads)) or '?'} "
            f"thread(s), {min(per_node):.2f}-{max(per_node):.2f} of a pass per node, and "
            f"`smug.explain` cost {min(explain):.0f}-{max(explain):.0f} passes (IG "
            f"{min(ig):.0f}-{max(ig):.0f}). Details: [idle/latency.md](idle/latency.md).", ""]


def write_markdown(out: Path) -> None:
    parts = {p: json.loads((out / f"{p}.json").read_text()) for p in PARTS
             if (out / f"{p}.json").exists()}
    rows = {p: _read_rows(out, p) for p in ROW_PARTS}
    text = ["# Latency of `smug explain`, stage by stage", "",
            "Seconds, and in parentheses **passes**: units of one fp32 forward+backward pass "
            "of the whole model on one input (batch 1, one torch thread, plain torch), "
            "measured in the same run beside each input. The machine is a shared 2-core box "
            "(other jobs ran at the same time; the load average is given), so compare "
            "passes, not seconds. `predict` is the model's forward for the top-5 classes; "
            "`saliency` is the explainer's total less IG, encode and solve (validation, the "
            "first-layer extraction and Eq. 4); `writing` is the PNGs, problem.npz and "
            "summary.json. *explain passes* = IG + encode + solve + saliency: what "
            "`smug.explain` costs. The top-k Jaccard compares IG's top-3000 first-layer "
            "neurons with those of fixed Gauss-Legendre IG on 1,024 nodes.", ""]
    text += _targets(parts, rows["photos"][1], _read_rows(out / "idle", "photos")[1])
    for name, title in (("photos", "The 7 photos at the paper's settings (serial)"),
                        ("mnist", "MNIST MLP (k=32, 1-pixel cells)"),
                        ("text", "Text CNN (k=100, one cell per token)")):
        meta, part_rows = rows[name]
        if part_rows:
            text += [f"## {title}", "", _stage_table(meta, part_rows), ""]
        if name == "photos":
            text += _idle_pointer(out)
    if "cli" in parts and parts["cli"].get("runs"):
        c = parts["cli"]
        unit = c.get("pass_s", c["pass_s_before"])
        text += ["## `smug explain FOLDER` on the 7 photos: serial and `--dask local:2`", "",
                 f"One pass: {unit:.3f} s (measured before and after the runs: "
                 f"{c['pass_s_before']:.3f} / {c.get('pass_s_after', float('nan')):.3f} s).",
                 ""]
        table = []
        for label, r in c["runs"].items():
            ig = statistics.median(r["ig_s"].values())
            table.append([label, f"{r['wall_s']:.0f} ({r['wall_s'] / unit:.0f})",
                          f"{r['inputs_per_min']:.2f}", f"{ig:.1f} ({ig / unit:.0f})",
                          statistics.median(r["ig_nodes"].values()),
                          f"{max(r['ig_gap'].values()):.2%}", f"{r['peak_rss_mb']:.0f}",
                          f"{r.get('tree_peak_rss_mb', float('nan')):.0f}",
                          f"{r['load'][0][0]:.1f}" if "load" in r else "-"])
        text += [markdown_table(["run", "wall s (passes)", "inputs/min",
                                 "median IG s (passes)", "median IG nodes", "max IG gap",
                                 "peak RSS MB (command)", "peak RSS MB (process tree)",
                                 "load"], table), ""]
        text += ["*command*: `/usr/bin/time`'s maximum resident set of the command's "
                 "process; *process tree*: the peak of the summed RSS of the command and all "
                 "its descendants (the Dask scheduler and workers), sampled every 0.2 s.", ""]
    if "api_rss" in parts:
        table = [[r["rule"], r["nodes"], r["batch"], f"{r['explain_s']:.1f}",
                  f"{r['peak_rss_mb']:.0f}"] for r in parts["api_rss"]["rows"]]
        text += ["## Peak memory of `smug.explain(model, x)` (Python API, fresh process)", "",
                 markdown_table(["IG rule", "nodes", "batch", "explain s", "peak RSS MB"],
                                table), ""]
    if "demo" in parts:
        d = parts["demo"]
        text += ["## `make demo` from a fresh state (install excluded)", "",
                 markdown_table(
                     ["explanation written after s (passes)", "whole demo s (passes)",
                      "process s", "peak RSS MB", "one pass s", "load"],
                     [[f"{d['explanation_s']:.1f} ({d['explanation_passes']:.0f})",
                       f"{d['wall_s']:.1f} ({d['wall_s'] / d['pass_s']:.0f})"
                       if d.get("wall_s") else "-",
                       f"{d['process_wall_s']:.0f}", f"{d['peak_rss_mb']:.0f}",
                       f"{d['pass_s']:.3f}", f"{d['load'][0]:.1f}"]]), "",
                 f"`{d['ig_line']}`", "",
                 "The whole demo includes the cross-check of the MaskProblem on every "
                 "installed backend.", ""]
    if "pass" in parts:
        runs = {t: v for t, v in parts["pass"].items() if t.startswith("threads=")}
        if "threads=1" in runs:
            one = runs["threads=1"]["unit_s"]
            text += ["## The pass itself: cost per input, in passes", "",
                     "Whole-model forward+backward per input, in units of one fp32 NCHW "
                     f"batch-1 pass on **one** thread ({one:.3f} s), interleaved rounds, "
                     "medians; nhwc = `channels_last`; bfloat16 = CPU autocast. Load "
                     f"average at the start: {parts['pass'].get('load', ['?'])[0]}.", ""]
            keys = list(runs["threads=1"]["per_point_passes"])
            table = [[k, *[f"{v['per_point_passes'][k] * v['unit_s'] / one:.2f}"
                           for v in runs.values()]] for k in keys]
            text += [markdown_table(["batch, layout, precision", *runs], table), ""]
    text += [f"Machine: {json.dumps(machine())}"]
    (out / "latency.md").write_text("\n".join(text) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--parts", nargs="*", default=list(PARTS), choices=PARTS)
    p.add_argument("--photos", nargs="*", default=list(PHOTOS))
    p.add_argument("--n-digits", type=int, default=20)
    p.add_argument("--n-reviews", type=int, default=10)
    p.add_argument("--pass-rounds", type=int, default=5)
    p.add_argument("--threads", default="1",
                   help="photos: torch threads of the run, or 'user' for torch's default as a "
                        "user's process gets it (IG then takes the cores the load leaves "
                        "idle); the unit pass is always one thread")
    p.add_argument("--cli-runs", nargs="+", default=["serial", "dask"],
                   choices=["serial", "dask"],
                   help="cli: serially and/or on --dask local:2 (the other's result is kept)")
    p.add_argument("--api-rules", nargs="+", default=["default", "1024"],
                   choices=["default", "1024"],
                   help="api_rss: the adaptive default and/or fixed 1,024-node IG")
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--fresh", action="store_true",
                   help="start the chosen parts over (default: resume the per-input parts)")
    p.add_argument("--ref-cache", type=Path, default=Path.home() / ".cache" / "smug-ig-ref",
                   help="where the 1,024-node reference IG of each photo is cached")
    p.add_argument("--no-reference", action="store_true",
                   help="skip the top-k Jaccard against the reference (1,024 passes a photo "
                        "when not cached)")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    runners = {"photos": part_photos, "mnist": part_mnist, "text": part_text,
               "cli": part_cli, "api_rss": part_api_rss, "pass": part_pass,
               "demo": part_demo}
    for part in args.parts:
        if args.fresh:
            for suffix in (".json", ".jsonl"):
                (args.out / f"{part}{suffix}").unlink(missing_ok=True)
        runners[part](args)
    write_markdown(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
