"""benchmarks/studies/repeat_noise: the resampled bias on known draws, and the committed
rows say what its README and docs/benchmarks.md say."""

from __future__ import annotations

import shutil

import pytest
from bench_scripts import load_script

study = load_script("repeat_noise")


def test_the_expected_ratio_resamples_every_combination():
    # auto always 1 s; two backends each with draws 1, 2, 2: with one draw per row the VBS
    # is 1 unless both draws are 2 (4 of 9 combinations), so auto / VBS is 5/9 + 4/9 * 0.5;
    # with the median of all three draws both are 2 and the ratio is 0.5
    draws = {"auto": [1.0, 1.0, 1.0], "a": [1.0, 2.0, 2.0], "b": [2.0, 1.0, 2.0]}
    assert study.expected_ratio(draws, 1) == pytest.approx(5 / 9 + 4 / 9 * 0.5)
    assert study.expected_ratio(draws, 3) == pytest.approx(0.5)


def test_the_report_from_the_committed_rows(tmp_path):
    shutil.copy(study.HERE / "results" / "rows.jsonl", tmp_path / "rows.jsonl")
    text = study.report(tmp_path)
    assert (tmp_path / "report.md").read_text() == text
    assert "| 0-0.1 s | 16 | 2.55 (2.13-2.82) |" in text  # the README's spread table
    rows = {line.split("|")[1].strip(): [float(c) for c in line.split("|")[3:7]]
            for line in text.splitlines() if line.startswith("| ") and " s) | " in line}
    assert rows["text_test1120_kall_c1"][:3] == [1.58, 1.46, 1.41]
    # on the instances under 0.1 s, five draws per row lower auto / VBS
    for name in ("text_test1120_kall_c1", "mnist_test0_kall_g0.5_c2", "mnist_test2_kall_g0.25_c1"):
        assert rows[name][2] < rows[name][0] - 0.05
