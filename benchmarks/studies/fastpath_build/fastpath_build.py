"""What the fast path's first use costs, in passes: the build of the post-stem copy
(:mod:`smug.explain.fastpath`) on EfficientNet-Lite0 and chelsea, in a fresh process.

IG builds the copy once per model and process, so a single photo (``make demo``) pays it
in full. Each measurement is one fresh Python process (imports, oneDNN kernels and caches
are per process) that loads the model, runs the photo once through it, measures the unit
pass, then times ``post_stem``'s first call (the build and the check against ``model(x)``)
and its second (cached: the check only). Wall and CPU seconds of the process, the unit
pass measured in the same process on one thread, the load average, the torch threads the
build ran on, and whether ``sympy`` got imported.

Before/after in one run: ``--code NAME=DIR`` (repeatable) names source trees to alternate
(e.g. an export of the previous commit: ``git archive <commit> | tar -x -C DIR``); this
tree is ``now``. ``--threads user`` leaves torch's default threads (as a user's process
gets them), a number sets them. Rows append to ``results/build.jsonl`` as they come.

Usage::

    python benchmarks/studies/fastpath_build/fastpath_build.py [--code before=DIR]
        [--rounds 4] [--threads user 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "results"

CHILD = r"""
import json, os, sys, time
import torch
threads = sys.argv[1]
if threads != "user":
    torch.set_num_threads(int(threads))
from smug.bench.common import photo_input
from smug.explain.ig import _Replace
from smug.models.efficientnet import load_efficientnet_lite0
from smug.explain import fastpath

model = load_efficientnet_lite0().eval()
x = photo_input("chelsea")
hooks = _Replace(model._bn0, model._swish)
with hooks.installed(), torch.no_grad():
    logits = model(x)
act, target = hooks.captured["a"], int(logits.argmax())


def unit_pass():
    # one fp32 NCHW batch-1 forward+backward of the whole model on one thread
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    xi = x.clone().requires_grad_(True)
    model(xi)[0, target].backward()
    best = []
    for _ in range(3):
        xi = x.clone().requires_grad_(True)
        t = time.perf_counter()
        model(xi)[0, target].backward()
        best.append(time.perf_counter() - t)
    torch.set_num_threads(before)
    return sorted(best)[1]


unit = unit_pass()
sympy_before = "sympy" in sys.modules
load = os.getloadavg()[0]
threads_seen = []
orig = fastpath._build


def build(*a, **k):
    threads_seen.append(torch.get_num_threads())
    return orig(*a, **k)


fastpath._build = build
w, c = time.perf_counter(), time.process_time()
fast = fastpath.post_stem(model, x, model._bn0, model._swish, act, expected=logits)
first_wall, first_cpu = time.perf_counter() - w, time.process_time() - c
w, c = time.perf_counter(), time.process_time()
again = fastpath.post_stem(model, x, model._bn0, model._swish, act, expected=logits)
second_wall, second_cpu = time.perf_counter() - w, time.process_time() - c
unit_after = unit_pass()
print(json.dumps({
    "first_wall_s": first_wall, "first_cpu_s": first_cpu, "second_wall_s": second_wall,
    "second_cpu_s": second_cpu, "unit_s": (unit + unit_after) / 2,
    "build_threads": threads_seen[0] if threads_seen else None,
    "torch_threads": torch.get_num_threads(), "ok": fast is not None and again is fast,
    "simplified": fastpath.describe(fast)["simplified_convolutions"],
    "folded": fastpath.describe(fast)["folded_batchnorms"],
    "sympy_imported": (not sympy_before) and "sympy" in sys.modules,
    "loadavg_before": load, "loadavg_after": os.getloadavg()[0]}))
"""


def measure(code: str, src: Path, threads: str) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src) + os.pathsep + env.get("PYTHONPATH", "")
    run = subprocess.run([sys.executable, "-c", CHILD, threads], env=env, cwd=src,
                         capture_output=True, text=True, check=True)
    row = json.loads(run.stdout.strip().splitlines()[-1])
    for key in ("first", "second"):
        row[f"{key}_passes"] = row[f"{key}_wall_s"] / row["unit_s"]
        row[f"{key}_cpu_passes"] = row[f"{key}_cpu_s"] / row["unit_s"]
    return {"code": code, "threads": threads, **row}


def report(rows: list[dict[str, Any]]) -> str:
    """Medians per (code, threads), in passes and seconds."""
    lines = ["| code | torch threads | runs | build threads | first use: passes (wall s) | "
             "CPU passes (CPU s) | cached call: passes | sympy imported | load |",
             "|---|---|---|---|---|---|---|---|---|"]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["code"], r["threads"]), []).append(r)
    for (code, threads), rs in groups.items():
        med = {k: statistics.median(r[k] for r in rs) for k in (
            "first_passes", "first_wall_s", "first_cpu_passes", "first_cpu_s",
            "second_passes")}
        loads = [r["loadavg_before"] for r in rs]
        lines.append(
            f"| {code} | {threads} | {len(rs)} | {sorted({r['build_threads'] for r in rs})} | "
            f"{med['first_passes']:.1f} ({med['first_wall_s']:.2f}) | "
            f"{med['first_cpu_passes']:.1f} ({med['first_cpu_s']:.2f}) | "
            f"{med['second_passes']:.2f} | {any(r['sympy_imported'] for r in rs)} | "
            f"{min(loads):.1f}-{max(loads):.1f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--code", action="append", default=[],
                   help="NAME=DIR: another source tree to alternate with this one ('now')")
    p.add_argument("--rounds", type=int, default=4)
    p.add_argument("--threads", nargs="+", default=["user", "1"])
    p.add_argument("--log", type=Path, default=OUT / "build.jsonl")
    args = p.parse_args()
    codes = [("now", ROOT)] + [(c.split("=", 1)[0], Path(c.split("=", 1)[1]))
                              for c in args.code]
    args.log.parent.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in args.log.open()] if args.log.exists() else []
    for _ in range(args.rounds):
        for threads in args.threads:
            for code, src in codes[::-1]:
                row = measure(code, src, threads)
                rows.append(row)
                with args.log.open("a") as f:
                    f.write(json.dumps(row) + "\n")
                print(f"{code} threads={threads}: first use {row['first_passes']:.1f} passes "
                      f"({row['first_wall_s']:.2f} s, cpu {row['first_cpu_s']:.2f} s), cached "
                      f"{row['second_passes']:.2f}, load {row['loadavg_before']:.1f}",
                      flush=True)
    (args.log.with_suffix(".md")).write_text(report(rows))
    print(report(rows))


if __name__ == "__main__":
    main()
