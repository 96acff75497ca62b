"""The ig_pass study's report renders every part from its committed results."""

from __future__ import annotations

import json
import shutil

from bench_scripts import BENCH, load_script


def test_report_renders_every_committed_part(tmp_path, monkeypatch):
    study = load_script("ig_pass")
    shutil.copytree(BENCH / "studies" / "ig_pass" / "results", tmp_path / "results")
    monkeypatch.setattr(study, "OUT", tmp_path / "results")
    study.report()
    text = (tmp_path / "results" / "ig_pass.md").read_text()
    for title in ("## Per path point, 1 thread(s)", "## Threads", "## torch.compile",
                  "## Accuracy", "## Against float64", "## Adaptive rule, plain and fast",
                  "## Peak RSS"):
        assert title in text, title
    # the fast path is cheaper per point than the whole model at the batch each uses
    lines = (tmp_path / "results" / "pass.jsonl").read_text().splitlines()
    rows = {(r["variant"], r["batch"]): r for r in map(json.loads, lines)}
    assert rows[("fast", 8)]["per_point_cpu_passes"] < rows[("hooks", 6)]["per_point_cpu_passes"]
