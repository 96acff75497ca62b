"""The main job: ``python -m smug.demo`` on a real photo with a real pretrained network."""

from __future__ import annotations

import json

import numpy as np
import pytest

import smug
from smug.demo import _parse, main


def test_demo_defaults_are_the_papers_image_settings():
    args = _parse([])
    assert (args.photo, args.k, args.gamma, args.cell) == ("chelsea", 3000, 0.0, 4)
    assert args.rows == "relative" and args.mask_value == "zero" and args.backend is None


@pytest.mark.slow
def test_demo_end_to_end_small(tmp_path):
    """A reduced demo (k=300, 8 IG steps): every backend agrees, files are written."""
    status = main(["--out", str(tmp_path), "--k", "300", "--n-steps", "8",
                   "--time-limit", "20"])
    assert status == 0
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["prediction"][0]["name"] == "Egyptian cat"
    exp = summary["explanation"]
    assert exp["n_rows"] == 300 and not exp["trivial"] and exp["rows_met_by_empty"] == 0
    assert 0 < exp["sparsity"] < exp["base_sparsity"] < 1
    check = summary["cross_check"]
    assert check["agree"] and check["optimum"] == exp["mask_cells"]
    assert all(b["status"] == "optimal" and b["verified"] for b in check["backends"].values())
    problem = smug.MaskProblem.load(tmp_path / "problem.npz")
    assert problem.n_rows == 300 and problem.grid.cell_shape == (4, 4)
    assert (tmp_path / "saliency.png").read_bytes()[:4] == b"\x89PNG"
    assert not smug.verify(problem, np.zeros(problem.n_vars, bool)).ok
