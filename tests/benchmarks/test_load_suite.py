"""benchmarks/load_suite.py: what a v5 run covers, its estimated duration, its repeats, and
what the report says about the machine (from the committed v4 rows)."""

from __future__ import annotations

import pytest
from bench_scripts import load_script

suite = load_script("load_suite")


def test_the_run_writes_v5_and_leaves_the_uncommitted_gabor_files_out():
    assert suite.OUT.name == "v5" and suite.PREVIOUS.name == "v4"
    names = [n for patterns, _ in suite.GROUPS for n in suite.planned(patterns, [])]
    assert names and not any(n in names for n in suite.LEFT_OUT)
    assert len(names) == len(set(names)) == 32  # v4's 31 held-back instances and the cut one
    assert "img_coffee_k3000_g0.5_c1" in names
    kept = suite.planned(["img_coffee_k3000_g*_c1"], ["img_coffee_k3000_g0.5_c1"])
    assert kept == ["img_coffee_k3000_g0_c1"]


def test_the_estimate_charges_v4_wall_times_per_row_and_counts_the_repeats():
    groups = list(enumerate(suite.GROUPS))
    cut = ["img_coffee_k3000_g0.5_c1"]  # cut from v4: no earlier rows
    once = suite.estimate(groups, ["quiet", "busy"], cut, repeat=1)
    thrice = suite.estimate(groups, ["quiet", "busy"], cut, repeat=3)
    assert once[-1].startswith("estimated total: ~") and "0 rows without" in once[-1]
    walls = suite.previous_walls(suite.PREVIOUS)
    minutes = sum(w for w, _ in walls.values()) / 60
    assert f"~{minutes:.0f} min" in once[-1]  # v4 ran every row the cut run plans
    extra = sum(w for w, short in walls.values() if short) / 60
    assert extra > 1.0 and f"~{minutes + 2 * extra:.0f} min" in thrice[-1]
    # the one instance CP-SAT cannot prove: 60 s in CP-SAT's rows, never repeated
    wall, short = walls[("quiet", "mnist_test3_kall_g0.25_c1", "cpsat")]
    assert wall > 60 and not short
    assert "10 rows without" in suite.estimate(groups, ["quiet", "busy"], [])[-1]


def test_the_tiered_run_repeats_short_rows_as_the_report_says():
    assert suite.REPEAT >= 3 and suite.REPEAT % 2 == 1 and 1.0 <= suite.REPEAT_UNDER <= 3.0


def test_the_report_judges_the_machine_from_autos_free_cores():
    assert "reserved" in suite.machine_note({"quiet": [0.9, 1.8, 2.4], "busy": [3.0]})
    assert "shared with other jobs" in suite.machine_note({"quiet": [0.9, 8.0]})
    assert "shared with other jobs" in suite.machine_note({})
    # the lagging average after a busy group, but auto saw both cores free: reserved
    lagging = {"quiet": [0.6, 1.0, 3.0], "busy": [2.7]}
    note = suite.machine_note(lagging, {"quiet": [2] * 9 + [1], "busy": [0, 0]})
    assert "reserved" in note and "on 9 of its 10 quiet solves" in note
    assert "0.6-3.0 on the quiet rows" in note and "0 of its 2 solves" in note  # both said
    # a low average does not make a run reserved when auto saw the cores taken
    note = suite.machine_note({"quiet": [0.5, 0.7]}, {"quiet": [2, 0, 0, 1]})
    assert "shared with other jobs" in note and "on 1 of its 4 quiet solves" in note


def test_every_draw_of_a_repeated_auto_row_counts_and_the_first_draw_is_kept():
    rows = [{"backend": "auto", "auto_free_cores": 2, "total_s": 0.2, "status": "optimal",
             "repeats": [{"auto_free_cores": 1, "total_s": 0.4, "status": "optimal"},
                         {"auto_free_cores": 2, "total_s": 0.2, "status": "optimal"},
                         {"auto_free_cores": 2, "total_s": 0.1, "status": "optimal"}]},
            {"backend": "auto", "auto_free_cores": 0, "total_s": 9.0, "status": "optimal"},
            {"backend": "cpsat", "total_s": 0.3, "status": "optimal"}]
    assert suite.auto_free_cores(rows) == [1, 2, 2, 0]
    first = suite.first_draws(rows)
    assert first[0]["total_s"] == 0.4 and first[1:] == rows[1:]


def test_the_v4_report_still_renders(tmp_path):
    import shutil

    for name in ("quiet.jsonl", "busy.jsonl", "left_out.json"):
        shutil.copy(suite.PREVIOUS / name, tmp_path / name)
    text = suite.report(tmp_path)
    assert "reserved for this run: `auto` itself counted every core free on 28 of its 31" in text
    assert "Timing:" not in text  # v4 timed every row once
    assert "| all | 1.21x (over) | 3.55x (over) |" in text
    import json

    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["quiet"]["auto_free_cores"] == {"1": 3, "2": 28}
    assert summary["busy"]["auto_free_cores"] == {"0": 31}
    assert summary["quiet"]["repeated_rows"] == 0 and summary["quiet"]["rows"] == 169
    assert summary["quiet"]["first_draws_classes"] == summary["quiet"]["classes"]  # one draw


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
