"""``smug bench --suite tiered``: the tiered suite run from the package (one child process
per solve, warm-up, resumable rows), on a committed instance of the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import smug
from smug.bench.tiered import DEFAULT_INSTANCES, load_manifest, split_of
from smug.cli import main

NAME = "text_test405_kall_c1"


@pytest.mark.skipif("highs" not in smug.available_backends(), reason="needs highs")
def test_tiered_suite_runs_from_smug_bench_and_resumes(tmp_path, capsys):
    if not (DEFAULT_INSTANCES / "manifest.json").is_file():
        pytest.skip("no tiered instance library in this checkout")
    rows = tmp_path / "rows.jsonl"
    argv = ["bench", "--suite", "tiered", "--match", NAME, "--backends", "highs", "auto",
            "--time-limit", "20", "--rows", str(rows)]
    assert main(argv) == 0
    got = [json.loads(line) for line in rows.read_text().splitlines()]
    expected = smug.solve(smug.MaskProblem.load(DEFAULT_INSTANCES / f"{NAME}.npz"), "highs",
                          time_limit=20)
    assert [(r["backend"], r["status"], r["objective"]) for r in got] == [
        ("highs", "optimal", expected.objective), ("auto", "optimal", expected.objective)]
    assert all(r["config"] == "default/t1" and r["wall_s"] > 0 for r in got)
    assert main(argv) == 0  # resumed: nothing new
    assert len(rows.read_text().splitlines()) == 2


@pytest.mark.skipif("highs" not in smug.available_backends(), reason="needs highs")
def test_short_rows_are_repeated_and_scored_by_their_median(tmp_path):
    # a 0.02 s instance, three draws (fresh processes): the row is the median draw and
    # keeps all three; a threshold below its time leaves it at one draw
    if not (DEFAULT_INSTANCES / "manifest.json").is_file():
        pytest.skip("no tiered instance library in this checkout")
    rows = tmp_path / "rows.jsonl"
    base = ["bench", "--suite", "tiered", "--match", NAME, "--backends", "highs",
            "--time-limit", "20"]
    assert main([*base, "--rows", str(rows), "--repeat", "3", "--repeat-under", "2"]) == 0
    (row,) = [json.loads(line) for line in rows.read_text().splitlines()]
    draws = row["repeats"]
    assert len(draws) == 3 and all(d["status"] == "optimal" and d["load_1min"] >= 0
                                   for d in draws)
    assert row["runs_s"] == [round(d["total_s"], 4) for d in draws]
    assert row["total_s"] == sorted(d["total_s"] for d in draws)[1]
    once = tmp_path / "once.jsonl"
    assert main([*base, "--rows", str(once), "--repeat", "3", "--repeat-under", "1e-6"]) == 0
    (row,) = [json.loads(line) for line in once.read_text().splitlines()]
    assert "repeats" not in row


def _exit_code(argv):
    """The CLI's exit code for ``argv``, whether argparse exits or main returns."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def test_repeat_under_must_be_positive(tmp_path, capsys):
    code = _exit_code(["bench", "--suite", "tiered", "--repeat-under", "0", "--rows",
                       str(tmp_path / "r.jsonl")])
    assert code == 2
    assert "--repeat-under: expected a positive number of seconds" in capsys.readouterr().err


def test_tiered_suite_rejects_unknown_backends(tmp_path, capsys):
    code = _exit_code(["bench", "--suite", "tiered", "--backends", "nosuch", "--rows",
                       str(tmp_path / "r.jsonl")])
    assert code == 2
    assert "--backends: unknown nosuch" in capsys.readouterr().err


def test_split_follows_the_input_index():
    manifest = load_manifest(DEFAULT_INSTANCES) if (DEFAULT_INSTANCES / "manifest.json").is_file() \
        else {}
    for name, entry in manifest.items():
        assert split_of(entry) in ("design", "held-back")
    assert split_of({"index": 4}) == "design" and split_of({"index": 3}) == "held-back"
    assert split_of({"input": "test[7]"}) == "held-back"
    assert Path(DEFAULT_INSTANCES).name == "tiered"


@pytest.mark.skipif("highs" not in smug.available_backends(), reason="needs highs")
def test_busy_condition_starts_and_stops_its_processes(tmp_path):
    import os

    if not (DEFAULT_INSTANCES / "manifest.json").is_file():
        pytest.skip("no tiered instance library in this checkout")
    rows = tmp_path / "rows.jsonl"
    assert main(["bench", "--suite", "tiered", "--match", NAME, "--backends", "highs",
                 "--time-limit", "20", "--rows", str(rows), "--busy", "2"]) == 0
    (row,) = [json.loads(line) for line in rows.read_text().splitlines()]
    assert row["busy"] == 2 and row["status"] == "optimal" and row["load_1min"] >= 0
    # the spinners are gone: no `while True: pass` child of this process is left
    mine = os.popen(f"ps -o args= --ppid {os.getpid()}").read()
    assert "while True: pass" not in mine


def test_report_names_the_7x7_gabor_classes():
    from smug.bench.tiered_report import class_of

    entry = {"source": "gabor-7x7-stem", "k": 3000, "gamma": 0.0, "cell": 4}
    assert class_of(entry) == "gabor7 k=3000 gamma=0 cell=4"
    manifest = load_manifest(DEFAULT_INSTANCES) if (DEFAULT_INSTANCES / "manifest.json").is_file() \
        else {}
    gabor = [e for e in manifest.values() if e.get("source") == "gabor-7x7-stem"]
    if gabor:  # four photos; odd positions (coffee, rocket) are held back
        assert {split_of(e) for e in gabor if e["photo"] in ("coffee", "rocket")} == {"held-back"}
        assert {split_of(e) for e in gabor if e["photo"] in ("chelsea", "astronaut")} == {"design"}
