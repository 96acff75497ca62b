"""Where the seconds of ``smug explain`` go: model load, IG, encode, solve, saliency, writing.

Every figure is given in seconds and in **passes**: units of one fp32 forward+backward pass
of one path point (batch 1, one torch thread) of the same model, measured in the same run
(the machine is shared, so seconds alone mean little). Parts:

1. ``photos``: the 7 photos of Table 1 at the paper's settings (EfficientNet-Lite0, k=3000,
   gamma=0, 4x4 cells, default backend), serially in this process with one torch thread,
   each stage timed as ``smug explain`` runs it (:func:`smug.many._explain_file_job`'s
   steps); IG's nodes, estimated error and completeness gap beside it.
2. ``mnist`` and ``text``: the MNIST MLP (20 test digits, k=32, 1-pixel cells) and the text
   CNN (10 test reviews, k=100, one cell per token), the same stages.
3. ``cli``: ``smug explain FOLDER`` on the 7 photos, serially and with ``--dask local:2``
   (wall clock, inputs per minute, the per-input IG seconds from ``summary.csv``), and the
   peak resident memory of each command.
4. ``api_rss``: peak resident memory of ``smug.explain(model, x)`` at its defaults on one
   224x224 photo, in a fresh process, at the adaptive default and at the fixed 1,024-node
   reference (memory must not grow with the node count).
5. ``pass``: the pass itself: batch size, channels_last and bfloat16 per point, in passes.

Writes ``results/explain_latency/<part>.json`` as each part finishes (rerun a part with
``--parts``) and ``results/explain_latency/latency.md``. Usage::

    python benchmarks/explain_latency.py [--parts photos mnist text cli api_rss pass]
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

from smug.bench.common import RESULTS, limit_threads, load_any_photo, machine, markdown_table

PHOTOS = ("chelsea", "coffee", "camera", "motorcycle_left", "motorcycle_right",
          "grace_hopper", "rocket")
PARTS = ("pass", "photos", "mnist", "text", "api_rss", "cli")
OUT = RESULTS / "explain_latency"
ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- the unit
def pass_seconds(model: Any, x: Any, layer_module: Any, activation: Any, target: int | None,
                 output: str = "softmax", repeats: int = 7) -> float:
    """Median seconds of one fp32 forward+backward pass of one path point (batch 1)."""
    import torch

    from smug.explain.ig import _frozen, _Path, _Replace

    hooks = _Replace(layer_module, activation)
    with hooks.installed(), torch.no_grad():
        model(x)
    times = []
    with _frozen(model), hooks.installed():
        path = _Path(model, x, hooks, hooks.captured["a"], target, output, 1, None)
        path._run(np.array([0.7]), True)
        for _ in range(repeats):
            start = time.perf_counter()
            path._run(np.array([0.7]), True)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


# --------------------------------------------------------------------------- stages
def explain_stages(model: Any, x: Any, spec_name: str, name: str, settings: dict[str, Any],
                   out: Path, explainer: dict[str, Any], unit: float) -> dict[str, Any]:
    """One input through the steps of ``smug explain``, each timed."""
    from smug.explain import SMUG
    from smug.many import MODELS, _file_result, _prediction, _write_outputs

    spec = MODELS[spec_name] if spec_name in MODELS else None
    t0 = time.perf_counter()
    if spec is not None:
        top = _prediction(model, x, spec)
        target = top[0]["class"]
    else:
        import torch

        with torch.no_grad():
            target = int(model(x).reshape(-1).argmax())
        top = None
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
    ig = explanation.ig
    stages = {"predict": t1 - t0, "ig": t.ig, "encode": t.encode, "solve": t.solve,
              "saliency": max(0.0, t.total - t.ig - t.encode - t.solve), "writing": t3 - t2}
    return {"input": name, "seconds": stages, "passes": {k: v / unit for k, v in stages.items()},
            "total_s": t3 - t0, "total_passes": (t3 - t0) / unit, "pass_s": unit,
            "ig_nodes": ig.n_steps, "ig_gap": ig.completeness_relative,
            "ig_error": ig.error_estimate, "ig_converged": ig.converged,
            "ig_batch": ig.batch_size, "status": explanation.solution.status.value}


def part_photos(args: argparse.Namespace) -> dict[str, Any]:
    from smug.models.efficientnet import BLACK, preprocess
    from smug.many import MODELS

    limit_threads(1)
    start = time.perf_counter()
    model = MODELS["efficientnet-lite0"].loader()
    load_s = time.perf_counter() - start
    settings = {"k": 3000, "gamma": 0.0, "cell": 4, "time_limit": 60.0}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for photo in args.photos:
            x = preprocess(load_any_photo(photo), crop="none")
            unit = pass_seconds(model, x, model._bn0, model._swish,
                                int(model(x).argmax()))
            rows.append(explain_stages(model, x, "efficientnet-lite0", photo, settings,
                                       Path(tmp), {"black": BLACK}, unit))
            print(f"photos: {photo}: {rows[-1]['total_s']:.1f} s, IG {rows[-1]['ig_nodes']} "
                  f"nodes = {rows[-1]['passes']['ig']:.0f} passes", flush=True)
    return {"model_load_s": load_s, "model_load_passes": load_s / rows[0]["pass_s"],
            "settings": settings, "rows": rows}


def part_mnist(args: argparse.Namespace) -> dict[str, Any]:
    import torch

    from smug.data.mnist import load_mnist
    from smug.many import MODELS

    limit_threads(1)
    start = time.perf_counter()
    model = MODELS["mnist-mlp"].loader()
    load_s = time.perf_counter() - start
    X, _ = load_mnist("test")
    settings = {"k": 32, "gamma": 0.0, "cell": 1, "time_limit": 60.0}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.n_digits):
            x = torch.tensor(X[i:i + 1])
            label = int(model(x).argmax())
            unit = pass_seconds(model, x, model[0], None, label)
            with _quiet_few_neurons():
                rows.append(explain_stages(model, x, "mnist-mlp", f"digit{i}", settings,
                                           Path(tmp), {"spatial_shape": (28, 28)}, unit))
    return {"model_load_s": load_s, "model_load_passes": load_s / rows[0]["pass_s"],
            "settings": settings, "rows": rows}


def part_text(args: argparse.Namespace) -> dict[str, Any]:
    from smug.data.text import load_rotten_tomatoes
    from smug.models.text_cnn import TwoClass, load_text_cnn

    limit_threads(1)
    start = time.perf_counter()
    cnn, encoder = load_text_cnn()
    model = TwoClass(cnn).eval()
    load_s = time.perf_counter() - start
    texts, _ = load_rotten_tomatoes("test")
    picked = [t for t in texts if 8 <= len(encoder.tokenize(t)) <= 45][:args.n_reviews]
    settings = {"k": 100, "gamma": 0.0, "cell": 1, "time_limit": 30.0}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(picked):
            x = encoder.embed(encoder.encode(text))
            label = int(model(x).argmax())
            from smug.explain import extract_first_layer

            first, _ = extract_first_layer(model, x)
            unit = pass_seconds(model, x, first.output_module, first.activation, label)
            with _quiet_few_neurons():
                rows.append(explain_stages(model, x, "text", f"review{i}", settings,
                                           Path(tmp), {}, unit))
    return {"model_load_s": load_s, "model_load_passes": load_s / rows[0]["pass_s"],
            "settings": settings, "rows": rows}


def _quiet_few_neurons():
    import warnings

    from smug.explain import FewNeuronsWarning

    ctx = warnings.catch_warnings()
    ctx.__enter__()
    warnings.simplefilter("ignore", FewNeuronsWarning)

    class _Exit:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            ctx.__exit__(*exc)

    return _Exit()


# --------------------------------------------------------------------------- processes
def _peak_rss_of(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run ``cmd``; its wall seconds, its peak RSS in MB (GNU time) and its stdout."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "MAXRSS_KB=%M", *cmd], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{cmd}: exit {proc.returncode}: {proc.stderr[-2000:]}")
    kb = [line for line in proc.stderr.splitlines() if line.startswith("MAXRSS_KB=")]
    return wall, int(kb[-1].split("=")[1]) / 1024 if kb else float("nan"), proc.stdout


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def part_cli(args: argparse.Namespace) -> dict[str, Any]:
    import csv

    from PIL import Image

    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    limit_threads(1)
    model = load_efficientnet_lite0()
    x = preprocess(load_any_photo("chelsea"), crop="none")
    unit_before = pass_seconds(model, x, model._bn0, model._swish, 285)
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "photos"
        folder.mkdir()
        for photo in args.photos:
            Image.fromarray(load_any_photo(photo)).save(folder / f"{photo}.png")
        for label, extra in (("serial", []), ("dask local:2", ["--dask", "local:2"])):
            out = Path(tmp) / label.replace(" ", "_").replace(":", "")
            cmd = [sys.executable, "-m", "smug.cli", "explain", str(folder), "--out", str(out),
                   "--quiet", *extra]
            wall, rss, stdout = _peak_rss_of(cmd, _env())
            with (out / "summary.csv").open() as fh:
                rows = list(csv.DictReader(fh))
            runs[label] = {"wall_s": wall, "peak_rss_mb": rss, "inputs": len(rows),
                           "inputs_per_min": 60 * len(rows) / wall,
                           "ig_s": {r["input"]: float(r["ig_s"]) for r in rows},
                           "ig_nodes": {r["input"]: int(r["ig_nodes"]) for r in rows},
                           "ig_gap": {r["input"]: float(r["ig_gap"]) for r in rows},
                           "lines": stdout.replace(str(out), "OUT").splitlines()}
            print(f"cli {label}: {wall:.0f} s, peak RSS {rss:.0f} MB", flush=True)
    unit_after = pass_seconds(model, x, model._bn0, model._swish, 285)
    return {"pass_s_before": unit_before, "pass_s_after": unit_after,
            "pass_s": (unit_before + unit_after) / 2, "runs": runs}


API_SCRIPT = """
import resource, sys, time
import torch
import smug
from smug.data.photos import load_photo
from smug.models.efficientnet import load_efficientnet_lite0, preprocess
model = load_efficientnet_lite0()
x = preprocess(load_photo("chelsea"), crop="none")
kwargs = {} if sys.argv[1] == "default" else {"n_steps": int(sys.argv[1])}
start = time.perf_counter()
e = smug.explain(model, x, **kwargs)
print(e.ig.n_steps, e.ig.batch_size, time.perf_counter() - start)
"""


def part_api_rss(args: argparse.Namespace) -> dict[str, Any]:
    rows = []
    for rule in ("default", "1024"):
        wall, rss, stdout = _peak_rss_of([sys.executable, "-c", API_SCRIPT, rule], _env())
        nodes, batch, seconds = stdout.split()
        rows.append({"rule": "adaptive (default)" if rule == "default" else "fixed 1024",
                     "nodes": int(nodes), "batch": int(batch), "explain_s": float(seconds),
                     "peak_rss_mb": rss, "process_wall_s": wall})
        print(f"api {rule}: peak RSS {rss:.0f} MB", flush=True)
    return {"rows": rows}


# --------------------------------------------------------------------------- the pass
def part_pass(args: argparse.Namespace) -> dict[str, Any]:
    """Per-point cost of a forward+backward pass by batch, layout and precision, in passes
    (interleaved rounds, medians), and the accuracy cost of bfloat16."""
    import torch

    from smug.explain.ig import _frozen, _Path, _Replace
    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    results: dict[str, Any] = {}
    model = load_efficientnet_lite0()
    x = preprocess(load_any_photo("chelsea"), crop="none")
    hooks = _Replace(model._bn0, model._swish)
    with hooks.installed(), torch.no_grad():
        model(x)
    act = hooks.captured["a"]
    for threads in (1, 2):
        torch.set_num_threads(threads)
        configs = {f"{layout} b{b} {prec}": (b, layout, prec)
                   for b in (1, 4, 8, 16) for layout in ("nchw", "nhwc")
                   for prec in ("float32",)}
        configs.update({f"nhwc b{b} bfloat16": (b, "nhwc", "bfloat16") for b in (1, 8)})
        times: dict[str, list[float]] = {k: [] for k in configs}
        with _frozen(model), hooks.installed():
            paths = {}
            for key, (b, layout, prec) in configs.items():
                path = _Path(model, x, hooks, act, 285, "softmax", b, None, prec)
                if layout == "nchw":
                    path.layout = torch.contiguous_format
                paths[key] = path
                path._run(np.linspace(0.3, 1, b), True)
            for _ in range(args.pass_rounds):
                for key, (b, _layout, _prec) in configs.items():
                    start = time.perf_counter()
                    paths[key]._run(np.linspace(0.3, 1, b), True)
                    times[key].append((time.perf_counter() - start) / b)
        unit = statistics.median(times["nchw b1 float32"])
        results[f"threads={threads}"] = {
            "unit_s": unit,
            "per_point_passes": {k: statistics.median(v) / unit for k, v in times.items()}}
        print(f"pass threads={threads}: " + ", ".join(
            f"{k} {v:.2f}" for k, v in results[f"threads={threads}"]["per_point_passes"].items()),
            flush=True)
    torch.set_num_threads(1)
    return results


# --------------------------------------------------------------------------- report
def _stage_table(part: dict[str, Any]) -> str:
    stages = ("predict", "ig", "encode", "solve", "saliency", "writing")
    header = ["input", *[f"{s} s (passes)" for s in stages], "total s (passes)", "IG nodes",
              "IG gap", "IG est. error", "status"]
    rows = []
    for r in part["rows"]:
        cells = [f"{r['seconds'][s]:.2f} ({r['passes'][s]:.0f})" for s in stages]
        est = "-" if r["ig_error"] is None else f"{r['ig_error']:.2%}"
        rows.append([r["input"], *cells, f"{r['total_s']:.1f} ({r['total_passes']:.0f})",
                     r["ig_nodes"], f"{r['ig_gap']:.2%}", est, r["status"]])
    med = {s: statistics.median(r["passes"][s] for r in part["rows"]) for s in stages}
    meds = {s: statistics.median(r["seconds"][s] for r in part["rows"]) for s in stages}
    rows.append(["**median**", *[f"{meds[s]:.2f} ({med[s]:.0f})" for s in stages],
                 f"{statistics.median(r['total_s'] for r in part['rows']):.1f} "
                 f"({statistics.median(r['total_passes'] for r in part['rows']):.0f})",
                 statistics.median(r["ig_nodes"] for r in part["rows"]), "", "", ""])
    return (f"Model load: {part['model_load_s']:.2f} s ({part['model_load_passes']:.0f} passes), "
            f"once per process. One pass: "
            f"{1000 * statistics.median(r['pass_s'] for r in part['rows']):.2f} ms (median).\n\n" + markdown_table(header, rows))


def write_markdown(out: Path) -> None:
    parts = {p: json.loads((out / f"{p}.json").read_text()) for p in PARTS
             if (out / f"{p}.json").exists()}
    text = ["# Latency of `smug explain`, stage by stage", "",
            "Seconds, and in parentheses **passes**: units of one fp32 forward+backward pass of "
            "one path point (batch 1, one torch thread) of the same model, measured in the same "
            "run. The machine is a shared 2-core box (other engineers' jobs ran at the same "
            "time), so compare passes, not seconds. `predict` is the model's forward for the "
            "top-5 classes; `saliency` is the explainer's total less IG, encode and solve "
            "(validation, the first-layer extraction and Eq. 4); `writing` is the PNG, "
            "problem.npz and summary.json.", ""]
    for name, title in (("photos", "The 7 photos at the paper's settings (serial, one thread)"),
                        ("mnist", "MNIST MLP (k=32, 1-pixel cells)"),
                        ("text", "Text CNN (k=100, one cell per token)")):
        if name in parts:
            text += [f"## {title}", "", _stage_table(parts[name]), ""]
    if "cli" in parts:
        c = parts["cli"]
        text += ["## `smug explain FOLDER` on the 7 photos: serial and `--dask local:2`", "",
                 f"One pass: {c['pass_s']:.3f} s (measured before and after the runs: "
                 f"{c['pass_s_before']:.3f} / {c['pass_s_after']:.3f} s).", ""]
        rows = []
        for label, r in c["runs"].items():
            ig = statistics.median(r["ig_s"].values())
            rows.append([label, f"{r['wall_s']:.0f} ({r['wall_s'] / c['pass_s']:.0f})",
                         f"{r['inputs_per_min']:.2f}",
                         f"{ig:.1f} ({ig / c['pass_s']:.0f})",
                         statistics.median(r["ig_nodes"].values()),
                         f"{max(r['ig_gap'].values()):.2%}", f"{r['peak_rss_mb']:.0f}"])
        text += [markdown_table(["run", "wall s (passes)", "inputs/min", "median IG s (passes)",
                                 "median IG nodes", "max IG gap", "peak RSS MB"], rows), ""]
        text += ["Peak RSS of `--dask local:2` is the client process's (the workers are "
                 "children of the LocalCluster, not of the command).", ""]
    if "api_rss" in parts:
        rows = [[r["rule"], r["nodes"], r["batch"], f"{r['explain_s']:.1f}",
                 f"{r['peak_rss_mb']:.0f}"] for r in parts["api_rss"]["rows"]]
        text += ["## Peak memory of `smug.explain(model, x)` (Python API, fresh process)", "",
                 markdown_table(["IG rule", "nodes", "batch", "explain s", "peak RSS MB"], rows),
                 ""]
    if "pass" in parts:
        runs = {t: v for t, v in parts["pass"].items() if t.startswith("threads=")}
        one = runs["threads=1"]["unit_s"]
        text += ["## The pass itself: cost per path point, in passes", "",
                 "Per path point, in units of one fp32 NCHW batch-1 pass on **one** thread "
                 f"({one:.3f} s), interleaved rounds, medians; nhwc = `channels_last`.", ""]
        keys = list(runs["threads=1"]["per_point_passes"])
        rows = [[k, *[f"{v['per_point_passes'][k] * v['unit_s'] / one:.2f}"
                      for v in runs.values()]] for k in keys]
        text += [markdown_table(["batch, layout, precision", *runs], rows), ""]
    text += [f"Machine: {json.dumps(machine())}"]
    (out / "latency.md").write_text("\n".join(text) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--parts", nargs="*", default=list(PARTS), choices=PARTS)
    p.add_argument("--photos", nargs="*", default=list(PHOTOS))
    p.add_argument("--n-digits", type=int, default=20)
    p.add_argument("--n-reviews", type=int, default=10)
    p.add_argument("--pass-rounds", type=int, default=5)
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    runners = {"photos": part_photos, "mnist": part_mnist, "text": part_text,
               "cli": part_cli, "api_rss": part_api_rss, "pass": part_pass}
    for part in args.parts:
        result = runners[part](args)
        result["machine"] = machine()
        (args.out / f"{part}.json").write_text(json.dumps(result, indent=1, default=str) + "\n")
        write_markdown(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
