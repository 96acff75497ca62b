"""benchmarks/explain_latency.py on the small models: rows in seconds and passes, resuming,
the top-k Jaccard and the peak-memory measurement (known answers)."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest
from bench_scripts import load_script, read_rows


@pytest.fixture(scope="module")
def latency():
    return load_script("explain_latency")


def test_jaccard_top_known_answers(latency):
    a = np.array([5.0, 4.0, 3.0, 2.0, 1.0])
    assert latency.jaccard_top(a, a, 3) == 1.0
    b = np.array([5.0, 4.0, 1.0, 2.0, 3.0])  # top-3 {0, 1, 4} vs {0, 1, 2}
    assert latency.jaccard_top(a, b, 3) == pytest.approx(2 / 4)
    assert latency.jaccard_top(a, -a, 2) == 0.0


def test_peak_rss_of_a_process_that_holds_300_mb(latency):
    code = "b = bytearray(300 * 2**20); b[::4096] = b'x' * len(b[::4096]); print('ok')"
    run = latency._run_measured([sys.executable, "-c", code])
    assert run["stdout"].strip() == "ok"
    assert 300 <= run["peak_rss_mb"] < 600
    assert run["wall_s"] > 0


def test_mnist_and_text_rows_resume_and_report(latency, tmp_path):
    args = ["--parts", "mnist", "text", "--n-digits", "2", "--n-reviews", "1",
            "--out", str(tmp_path)]
    assert latency.main(args) == 0
    mnist, text = read_rows(tmp_path / "mnist.jsonl"), read_rows(tmp_path / "text.jsonl")
    assert [r["input"] for r in mnist] == ["digit0", "digit1"]
    assert [r["input"] for r in text] == ["review0"]
    for r in mnist + text:
        assert r["status"] == "optimal"
        assert r["ig_nodes"] >= 1 and 0 <= r["ig_gap"] < 0.05
        assert r["pass_s"] > 0
        for stage, seconds in r["seconds"].items():
            assert r["passes"][stage] == pytest.approx(seconds / r["pass_s"])
        assert len(r["load"]) == 2
    meta = json.loads((tmp_path / "mnist.json").read_text())
    assert meta["settings"]["k"] == 32 and meta["model_load_s"] > 0
    md = (tmp_path / "latency.md").read_text()
    assert "## MNIST MLP" in md and "## Text CNN" in md and "| digit1 |" in md
    assert latency.main(args) == 0  # resumes: nothing recomputed
    assert read_rows(tmp_path / "mnist.jsonl") == mnist
    assert latency.main(["--parts", "mnist", *args[3:], "--fresh"]) == 0  # starts over
    again = read_rows(tmp_path / "mnist.jsonl")
    assert [r["input"] for r in again] == ["digit0", "digit1"] and again != mnist


def test_the_report_points_to_the_idle_run_with_its_numbers(latency, tmp_path):
    idle = tmp_path / "idle"
    idle.mkdir()
    rows = [{"input": name, "ig_nodes": nodes, "passes": {"ig": ig, "encode": 1.0,
                                                          "solve": 1.0, "saliency": 0.0},
             "threads": {"torch": 2, "ig": 2}, "load": [[0.5, 0.4, 0.3], [0.6, 0.4, 0.3]]}
            for name, nodes, ig in (("a", 100, 25.0), ("b", 80, 16.0))]
    (idle / "photos.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (idle / "photos.json").write_text(json.dumps({"commit": "abc1234"}))
    text = "\n".join(latency._idle_pointer(tmp_path))
    assert "## On an idle machine" in text and "code abc1234" in text
    assert "IG took 2 thread(s), 0.20-0.25 of a pass per node" in text
    assert "cost 18-27 passes (IG 16-25)" in text and "load average at most 0.5" in text
    assert latency._idle_pointer(idle) == []  # the idle report itself has no idle run
