"""benchmarks/load_suite.py: what a v4 run covers, its estimated duration, and what the
report says about the machine (from the committed v3 rows)."""

from __future__ import annotations

import pytest
from bench_scripts import load_script

suite = load_script("load_suite")


def test_the_run_writes_v4_and_leaves_the_uncommitted_gabor_files_out():
    assert suite.OUT.name == "v4" and suite.PREVIOUS.name == "v3"
    names = [n for patterns, _ in suite.GROUPS for n in suite.planned(patterns, [])]
    assert names and not any(n in names for n in suite.LEFT_OUT)
    assert len(names) == len(set(names)) == 32  # v3's 32 held-back instances
    assert "img_coffee_k3000_g0.5_c1" in names
    kept = suite.planned(["img_coffee_k3000_g*_c1"], ["img_coffee_k3000_g0.5_c1"])
    assert kept == ["img_coffee_k3000_g0_c1"]


def test_the_estimate_charges_v3_wall_times_per_row():
    groups = list(enumerate(suite.GROUPS))
    lines = suite.estimate(groups, ["quiet", "busy"], [])
    assert lines[-1].startswith("estimated total: ~") and "0 rows without" in lines[-1]
    walls = suite.previous_walls(suite.PREVIOUS)
    # the one instance CP-SAT and the default left unproven in v3: its rerun's rows count
    assert walls[("quiet", "mnist_test3_kall_g0.25_c1", "auto")] == pytest.approx(60.526)
    cut = suite.estimate(groups, ["quiet"], ["img_coffee_k3000_g0.5_c1"])
    assert cut[-1] != suite.estimate(groups, ["quiet"], [])[-1]


def test_the_report_calls_a_run_quiet_only_from_its_recorded_load():
    assert "reserved" in suite.machine_note({"quiet": [0.9, 1.8, 2.4], "busy": [3.0]})
    assert "shared with other jobs" in suite.machine_note({"quiet": [0.9, 8.0]})
    assert "shared with other jobs" in suite.machine_note({})
    # the lagging average after a busy group, but auto saw both cores free: reserved
    lagging = {"quiet": [0.6, 1.0, 3.0], "busy": [2.7]}
    assert "reserved" in suite.machine_note(lagging, {"quiet": [2] * 9 + [1]})
    assert "shared with other jobs" in suite.machine_note(lagging, {"quiet": [2, 0, 0, 1]})


def test_only_rows_before_the_fix_are_charged_their_wall_time():
    row = {"backend": "auto", "auto_plan": [["cpsat"], ["highs"]], "winner": "highs",
           "total_s": 40.0, "wall_s": 61.0}
    assert suite.charge_handover({**row, "finished": "2026-12-03T08:00:00Z"})["total_s"] == 61.0
    assert suite.charge_handover({**row, "finished": "2026-12-03T14:10:00Z"})["total_s"] == 40.0
    assert suite.charge_handover({**row, "winner": "cpsat"})["total_s"] == 40.0


def test_the_report_names_what_the_run_left_out(tmp_path):
    assert suite.left_out_note(tmp_path) == ""
    suite.main(["--out", str(tmp_path), "--groups", "1", "--conditions", "quiet",
                "--exclude", "text_test405_*", "--exclude-why", "a test", "--dry-run"])
    assert not (tmp_path / "left_out.json").exists()  # a dry run records nothing
    (tmp_path / "left_out.json").write_text(
        '{"left_out": ["a_c2"], "left_out_why": "no files", "exclude": ["b_c1"], '
        '"exclude_why": "a test"}')
    note = suite.left_out_note(tmp_path)
    assert note == "Left out of this run: `a_c2` (no files); `b_c1` (`--exclude`: a test)."


def test_a_run_checks_its_instance_files_first():
    # the large image and stem files are not committed: missing ones are named before any
    # row is written (v4's first pass wrote error rows for nine of them)
    groups = list(enumerate(suite.GROUPS))
    missing = suite.missing_files(groups, [])
    manifest = suite.load_manifest(suite.DEFAULT_INSTANCES)
    for name in (n for patterns, _ in suite.GROUPS for n in suite.planned(patterns, [])):
        entry = manifest[name]
        file = suite.DEFAULT_INSTANCES / (entry.get("files", {}).get("npz") or entry["file"])
        assert (name in missing) == (not file.exists())
    assert not any(n.startswith(("mnist_", "text_")) for n in missing)  # committed ones
    assert suite.missing_files(groups, ["*"]) == []
