"""benchmarks/studies/handover_hint: the committed rows say what docs/backends.md says."""

from __future__ import annotations

import shutil

from bench_scripts import load_script

study = load_script("handover_hint")


def test_the_report_from_the_committed_rows(tmp_path):
    shutil.copy(study.HERE / "results" / "rows.jsonl", tmp_path / "rows.jsonl")
    text = study.report(tmp_path)
    assert (tmp_path / "report.md").read_text() == text
    mnist = next(line for line in text.splitlines() if line.startswith("| mnist_test3"))
    assert "| 0/2," in mnist and "| 2/2," in mnist  # unproven with the hint, proven without
    for line in text.splitlines():
        if line.startswith("| img_"):
            assert float(line.split("|")[6].strip()[:-1]) > 1.5  # the hint cost HiGHS time
