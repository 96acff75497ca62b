"""The committed results of the pixel_masks study agree with themselves: every mask was
verified exactly, proven optima agree across backends and presolve modes, and no proven
bound is above a verified mask's objective."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from bench_scripts import load_script

RESULTS = (Path(__file__).resolve().parents[2] / "benchmarks" / "studies" / "pixel_masks"
           / "results")


def _rows(*names: str) -> list[dict]:
    """The rows of every committed run (``results/`` and its sessions' folders)."""
    out = []
    paths = [RESULTS / name for name in names] or sorted(RESULTS.rglob("pixel_masks.jsonl"))
    for path in paths:
        with path.open() as f:
            out += [json.loads(line) for line in f if line.strip()]
    return out


def test_every_mask_was_verified_and_the_answers_agree():
    by_instance = defaultdict(list)
    for row in _rows():
        if row.get("objective") is not None:
            assert row["verified"] is True, row
        by_instance[row["instance"]].append(row)
    assert len(by_instance) == 12
    for instance, rows in by_instance.items():
        optima = {r["objective"] for r in rows if r["status"] == "optimal"}
        assert len(optima) <= 1, (instance, optima)
        found = [r["objective"] for r in rows if r.get("objective") is not None]
        bounds = [r["bound"] for r in rows if r.get("bound") is not None]
        if found and bounds:
            assert max(bounds) <= min(found), instance


def test_the_table_is_written_from_the_rows(tmp_path):
    study = load_script("pixel_masks")
    study.write_table(_rows("previous/pixel_masks.jsonl"), tmp_path / "t.md")
    text = (tmp_path / "t.md").read_text()
    assert "img_coffee_k3000_g0_c1*" in text and "optimal 1419" in text
    study.write_table([{"instance": "img_camera_k3000_g0.5_c1", "backend": "auto",
                        "mode": "hull", "time_limit": 60.0, "threads": 0, "status": "optimal",
                        "objective": 4403.0, "bound": 4403.0, "cpu_s": 8.8, "wall_s": 13.3}],
                      tmp_path / "h.md")
    text = (tmp_path / "h.md").read_text()
    assert "threads=default" in text and "optimal 4403, 8.8 CPU s / 13.3 s" in text
