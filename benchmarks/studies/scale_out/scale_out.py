"""Throughput of many inputs, serially and on a Dask LocalCluster, and the cluster's start-up.

Measures, in one process, one after the other (so that the runs do not compete)::

    startup   start and close a LocalCluster of N worker processes, R times: seconds to start,
              to run a first no-op job, and to close
    mnist     smug explain on MNIST test digits (the committed MNIST MLP), serially and on
              local:N: inputs per minute
    photos    smug explain on real photos (EfficientNet-Lite0), serially and on local:N
    bench     the benchmark (packaged small instances), serially and on local:N: runs/minute
    malloc    IG on one photo in fresh processes with and without MALLOC_TRIM_THRESHOLD_=65536
              (what Dask sets in its workers by default), alternating, R pairs

and writes ``<out>/scale_out.json`` (every measurement, appended as it finishes: a rerun
skips what is there) and ``<out>/scale_out.md``.

Usage::

    python benchmarks/studies/scale_out/scale_out.py --out benchmarks/studies/scale_out/results --workers 2 \
        --bench-instances benchmarks/instances/full
    python benchmarks/studies/scale_out/scale_out.py --only startup mnist --n-digits 40

Serial runs use this process (torch with its default threads); each Dask worker is one
process with one thread. Wall-clock seconds on whatever machine runs this.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

PARTS = ("startup", "mnist", "photos", "bench", "malloc")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text()) if path.exists() else {}


def _save(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1) + "\n")


def _noop() -> int:
    return os.getpid()


def measure_startup(workers: int, repeats: int) -> dict[str, Any]:
    """Seconds to start a LocalCluster, to get a first job back, and to close it."""
    from smug.executors import ClusterInfo, dask_executor

    runs = []
    for _ in range(repeats):
        info = ClusterInfo("")
        t0 = time.perf_counter()
        with dask_executor(f"local:{workers}", info=info) as executor:
            t1 = time.perf_counter()
            executor.submit(_noop).result()
            t2 = time.perf_counter()
        t3 = time.perf_counter()
        runs.append({"start_s": round(t1 - t0, 3), "first_job_s": round(t2 - t1, 3),
                     "close_s": round(t3 - t2, 3), "workers": info.n_workers})
    return {"workers": workers, "runs": runs,
            "median_start_s": float(np.median([r["start_s"] for r in runs])),
            "median_close_s": float(np.median([r["close_s"] for r in runs]))}


def _ig_seconds_child() -> None:
    """In a fresh process: seconds of IG over EfficientNet-Lite0's stem on chelsea."""
    import torch

    from smug.data.photos import load_photo
    from smug.explain.firstlayer import extract_first_layer
    from smug.explain.ig import first_layer_ig
    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    model = load_efficientnet_lite0()
    x = preprocess(load_photo("chelsea"), crop="none")
    first, _ = extract_first_layer(model, x, None)
    start = time.perf_counter()
    first_layer_ig(model, x, first.output_module, 285, 50, 10)
    print(json.dumps({"ig_s": time.perf_counter() - start, "threads": torch.get_num_threads()}))


def measure_malloc(repeats: int) -> dict[str, Any]:
    """IG seconds with glibc's default trim threshold and with Dask's 65536, one torch
    thread, in alternating fresh processes."""
    import subprocess

    base = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    runs: dict[str, list[float]] = {"default": [], "65536": []}
    for _ in range(repeats):
        for label in runs:
            env = dict(base, OMP_NUM_THREADS="1",
                       **({} if label == "default" else {"MALLOC_TRIM_THRESHOLD_": label}))
            out = subprocess.run([sys.executable, __file__, "--ig-child"], env=env,
                                 capture_output=True, text=True, check=True)
            runs[label].append(round(json.loads(out.stdout.strip().splitlines()[-1])["ig_s"], 2))
    return {"runs": runs, "median_default_s": float(np.median(runs["default"])),
            "median_65536_s": float(np.median(runs["65536"]))}


def _digit_files(folder: Path, n: int) -> list[Path]:
    from PIL import Image

    from smug.data.mnist import load_mnist

    X, _ = load_mnist("test")
    paths = []
    for i in range(n):
        path = folder / f"test{i:04d}.png"
        Image.fromarray(np.round(X[i].reshape(28, 28) * 256).astype(np.uint8)).save(path)
        paths.append(path)
    return paths


def _photo_files(folder: Path, names: list[str]) -> list[Path]:
    from PIL import Image

    from smug.data.photos import load_photo

    paths = []
    for name in names:
        path = folder / f"{name}.png"
        Image.fromarray(load_photo(name)).convert("RGB").save(path)
        paths.append(path)
    return paths


def _explain_run(files: list[Path], out: Path, dask: str | None, settings: dict[str, Any]
                 ) -> dict[str, Any]:
    """One pass of explain_files; wall time with and without the cluster's start-up."""
    import contextlib

    from smug.executors import ClusterInfo, dask_executor
    from smug.many import explain_files

    info = ClusterInfo("local")
    t0 = time.perf_counter()
    with contextlib.ExitStack() as stack:
        executor = None
        if dask:
            executor = stack.enter_context(dask_executor(dask, info=info))
        t1 = time.perf_counter()
        rows = list(explain_files(files, out, executor=executor, **settings))
        t2 = time.perf_counter()
    t3 = time.perf_counter()
    work = t2 - t1
    return {"executor": dask or "serial", "inputs": len(rows),
            "errors": sum(r["status"] == "error" for r in rows),
            "start_s": round(t1 - t0, 3), "work_s": round(work, 3),
            "close_s": round(t3 - t2, 3), "wall_s": round(t3 - t0, 3),
            "inputs_per_min": round(60 * len(rows) / work, 2),
            "inputs_per_min_with_startup": round(60 * len(rows) / (t3 - t0), 2),
            "workers": sorted({r["worker"] for r in rows}),
            "outcomes": {r["input"]: [r["status"], r["objective"]] for r in rows},
            "mean_ig_s": round(float(np.mean([r["ig_s"] for r in rows if "ig_s" in r] or [0])), 3),
            "mean_solve_s": round(float(np.mean([r["solve_s"] for r in rows
                                                 if "solve_s" in r] or [0])), 3)}


def measure_explain(files: list[Path], workers: int, settings: dict[str, Any]
                    ) -> dict[str, Any]:
    import torch

    threads = torch.get_num_threads()
    with tempfile.TemporaryDirectory() as tmp:
        serial = _explain_run(files, Path(tmp) / "serial", None, settings)
        torch.set_num_threads(1)  # as in each Dask worker
        try:
            serial_1 = _explain_run(files, Path(tmp) / "serial1", None, settings)
        finally:
            torch.set_num_threads(threads)
        serial_1["executor"] = "serial, 1 torch thread"
        serial["executor"] = f"serial, {threads} torch threads"
        dask = _explain_run(files, Path(tmp) / "dask", f"local:{workers}", settings)
    return {"settings": {k: v for k, v in settings.items() if k != "progress"},
            "serial": serial, "serial_1": serial_1, "dask": dask,
            "same_outcomes": serial["outcomes"] == dask["outcomes"],
            "same_outcomes_1": serial_1["outcomes"] == dask["outcomes"],
            "speed_up": round(dask["inputs_per_min"] / serial["inputs_per_min"], 2),
            "speed_up_1": round(dask["inputs_per_min"] / serial_1["inputs_per_min"], 2)}


def measure_bench(workers: int, backends: list[str], time_limit: float,
                  paths: list[Path]) -> dict[str, Any]:
    from smug.bench import find_instances, run_suite
    from smug.executors import ClusterInfo, dask_executor

    instances = find_instances(paths)
    out: dict[str, Any] = {"instances": len(instances), "backends": backends,
                           "instance_paths": [p.name for p in paths],
                           "time_limit": time_limit, "threads": 1}
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        serial = list(run_suite(instances, backends, time_limit=time_limit, threads=1,
                                out=Path(tmp) / "serial.csv"))
        t1 = time.perf_counter()
        info = ClusterInfo("")
        with dask_executor(f"local:{workers}", info=info) as executor:
            t2 = time.perf_counter()
            dask = list(run_suite(instances, backends, time_limit=time_limit, threads=1,
                                  out=Path(tmp) / "dask.csv", executor=executor))
            t3 = time.perf_counter()
    key = lambda r: (r["instance"], r["backend"])
    outcome = lambda rows: {key(r): (r["status"], r.get("objective")) for r in rows}
    out["serial"] = {"runs": len(serial), "work_s": round(t1 - t0, 3),
                     "runs_per_min": round(60 * len(serial) / (t1 - t0), 2),
                     "sum_total_s": round(sum(float(r.get("total_s") or 0) for r in serial), 3)}
    out["dask"] = {"runs": len(dask), "start_s": round(info.start_s, 3),
                   "work_s": round(t3 - t2, 3),
                   "runs_per_min": round(60 * len(dask) / (t3 - t2), 2),
                   "sum_total_s": round(sum(float(r.get("total_s") or 0) for r in dask), 3),
                   "workers": sorted({str(r["worker"]) for r in dask})}
    out["same_outcomes"] = outcome(serial) == outcome(dask)
    out["differences"] = sorted(
        f"{k}: serial {outcome(serial)[k]} vs dask {outcome(dask).get(k)}"
        for k in outcome(serial) if outcome(serial)[k] != outcome(dask).get(k))
    out["errors"] = sorted({f"{r['instance']}/{r['backend']}: {r.get('error')}"
                            for r in serial + dask if r["status"] == "error"})
    out["speed_up"] = round(out["dask"]["runs_per_min"] / out["serial"]["runs_per_min"], 2)
    return out


def markdown(results: dict[str, Any]) -> str:
    lines = ["# Scale-out: many inputs serially and on a Dask LocalCluster", "",
             f"Machine: {results.get('machine', '?')}. **Timings taken on a loaded 2-core machine "
             "shared with other engineers' jobs**: compare the serial and Dask rows of one "
             "part (measured back to back), not absolute values across parts.",
             "", "Reproduce: `python benchmarks/studies/scale_out/scale_out.py --out benchmarks/studies/scale_out/results "
             "--bench-instances benchmarks/instances/full`.", ""]
    if "startup" in results:
        s = results["startup"]
        lines += ["## Cluster start-up", "",
                  f"LocalCluster of {s['workers']} worker processes, {len(s['runs'])} times: "
                  f"median start {s['median_start_s']:.2f} s, median close "
                  f"{s['median_close_s']:.2f} s.", "",
                  "| start s | first job s | close s |", "|---:|---:|---:|"]
        lines += [f"| {r['start_s']:.2f} | {r['first_job_s']:.2f} | {r['close_s']:.2f} |"
                  for r in s["runs"]]
        lines.append("")
    for part, title in (("mnist", "MNIST digits, MNIST MLP"),
                        ("photos", "Photos, EfficientNet-Lite0")):
        if part not in results:
            continue
        r = results[part]
        lines += [f"## smug explain: {title}", "", f"Settings: `{json.dumps(r['settings'])}`; "
                  f"inputs: {r['serial']['inputs']}. Inputs per minute count the work only; "
                  "*with start-up* adds starting and closing the cluster (and, on Dask, each "
                  "worker's first model load is inside the work).", "",
                  "| executor | inputs | errors | work s | inputs/min | inputs/min with start-up "
                  "| start s | mean IG s | mean solve s | workers |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for key in ("serial", "serial_1", "dask"):
            if key not in r:
                continue
            x = r[key]
            lines.append(f"| {x['executor']} | {x['inputs']} | {x['errors']} | {x['work_s']:.1f} "
                         f"| {x['inputs_per_min']:.1f} | {x['inputs_per_min_with_startup']:.1f} "
                         f"| {x['start_s']:.2f} | {x['mean_ig_s']:.2f} | {x['mean_solve_s']:.2f} "
                         f"| {', '.join(x['workers'])} |")
        lines += ["", f"Speed-up (inputs/min, Dask / serial): **{r['speed_up']:.2f}x**; same "
                  f"statuses and objectives: **{r['same_outcomes']}**.", ""]
        if "serial_1" in r:
            lines += [f"Against the serial run with one torch thread: **{r['speed_up_1']:.2f}x**; "
                      f"same statuses and objectives: **{r['same_outcomes_1']}**.", ""]
        serial_out, dask_out = r["serial"]["outcomes"], r["dask"]["outcomes"]
        lines += [f"- differs: {name}: serial {serial_out[name]} vs Dask {dask_out.get(name)}"
                  for name in sorted(serial_out) if serial_out[name] != dask_out.get(name)]
        if not r["same_outcomes"]:
            lines += ["", "A difference here comes from integrated gradients, not the solvers: "
                      "torch sums in float32 in an order that depends on its thread count (the "
                      "serial run uses torch's default, each Dask worker one thread), and a "
                      "neuron at the top-k boundary can swap; see docs/scale-out.md.", ""]
    if "malloc" in results:
        m = results["malloc"]
        lines += ["## Why local:N unsets MALLOC_TRIM_THRESHOLD_", "",
                  "Integrated gradients over EfficientNet-Lite0's stem on chelsea (50 nodes, 10 "
                  "per batch, one torch thread), in fresh processes, alternating: glibc's "
                  f"default trim threshold {m['runs']['default']} s (median "
                  f"{m['median_default_s']:.1f}); MALLOC_TRIM_THRESHOLD_=65536, which Dask sets "
                  f"in its workers, {m['runs']['65536']} s (median {m['median_65536_s']:.1f}). "
                  "`smug.executors.dask_executor('local:N')` therefore starts its workers "
                  "without it.", ""]
    if "bench" in results:
        b = results["bench"]
        lines += ["## smug bench", "",
                  f"{b['instances']} instances ({', '.join(b['instance_paths'])}) x "
                  f"{', '.join(b['backends'])}, "
                  f"threads=1, time limit {b['time_limit']:g} s.", "",
                  "| executor | runs | work s | runs/min | sum of run times s | start s | workers |",
                  "|---|---:|---:|---:|---:|---:|---|",
                  f"| serial | {b['serial']['runs']} | {b['serial']['work_s']:.1f} | "
                  f"{b['serial']['runs_per_min']:.1f} | {b['serial']['sum_total_s']:.1f} | - | local |",
                  f"| local:{len(b['dask']['workers'])} | {b['dask']['runs']} | "
                  f"{b['dask']['work_s']:.1f} | {b['dask']['runs_per_min']:.1f} | "
                  f"{b['dask']['sum_total_s']:.1f} | {b['dask']['start_s']:.2f} | "
                  f"{', '.join(b['dask']['workers'])} |", "",
                  f"Speed-up: **{b['speed_up']:.2f}x**; same statuses and objectives: "
                  f"**{b['same_outcomes']}**.", ""]
        lines += [f"- differs: {d}" for d in b.get("differences", [])]
        lines += [f"- error: {e}" for e in b.get("errors", [])]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=Path("out") / "scale_out")
    p.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--repeats", type=int, default=5, help="cluster start-ups measured")
    p.add_argument("--n-digits", type=int, default=40)
    p.add_argument("--photos", nargs="+", default=["chelsea", "coffee", "astronaut", "rocket"])
    p.add_argument("--bench-backends", nargs="+", default=["cpsat", "highs", "pulp", "cvxpy"])
    p.add_argument("--bench-instances", nargs="+", type=Path, default=None,
                   help="default: the small set packaged with smug")
    p.add_argument("--fresh", action="store_true", help="measure again what is already there")
    p.add_argument("--redo", nargs="+", choices=PARTS, default=[],
                   help="measure these parts again, keep the others")
    p.add_argument("--ig-child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.ig_child:
        _ig_seconds_child()
        return 0
    from smug.bench.runner import machine

    path = args.out / "scale_out.json"
    results = {} if args.fresh else _load(path)
    for part in args.redo:
        results.pop(part, None)
    results["machine"] = machine()
    with tempfile.TemporaryDirectory() as tmp:
        for part in args.only:
            if part in results:
                print(f"{part}: already measured (--fresh to redo)", file=sys.stderr)
                continue
            print(f"measuring {part} ...", file=sys.stderr, flush=True)
            if part == "startup":
                results[part] = measure_startup(args.workers, args.repeats)
            elif part == "malloc":
                results[part] = measure_malloc(3)
            elif part == "mnist":
                files = _digit_files(Path(tmp), args.n_digits)
                results[part] = measure_explain(files, args.workers, dict(
                    model="mnist-mlp", k=32, gamma=0.5, cell=2, backend="highs",
                    time_limit=60.0))
            elif part == "photos":
                files = _photo_files(Path(tmp), args.photos)
                results[part] = measure_explain(files, args.workers, dict(
                    model="efficientnet-lite0", time_limit=60.0))
            else:
                from smug.bench import PACKAGED_INSTANCES

                results[part] = measure_bench(args.workers, args.bench_backends, 60.0,
                                              args.bench_instances or [PACKAGED_INSTANCES])
            results[part]["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
            _save(path, results)
            (args.out / "scale_out.md").write_text(markdown(results))
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
