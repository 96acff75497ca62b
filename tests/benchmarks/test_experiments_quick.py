"""Each evaluation script's ``--quick`` mode end to end, with checks of what must hold.

The sweep runs in the default test run (about 20 s); the image, text and two-cats runs
take 30 s to 2 min on a shared machine and are marked slow.

What is checked is what must be true whatever the photo or review: proven optima agree
across backends; the minimal mask is never larger than SMUG_base (which is feasible);
raising gamma or k only adds or tightens rows, so the optimum cannot shrink; MAXBOX's
LSC is ``-log p``; OPTBOX's grid contains the whole image, so it is never worse than
MAXBOX; a rerun resumes and adds nothing.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from bench_scripts import count_ig_runs, load_script, read_rows


def test_sweep_quick(tmp_path, monkeypatch):
    sweep = load_script("sweep_fig6")
    ig_runs = count_ig_runs(monkeypatch)
    assert sweep.main(["--quick", "--out", str(tmp_path)]) == 0
    rows = read_rows(tmp_path / "rows.jsonl")
    assert len(rows) == 1 * 2 * 2 * 2  # photo x k x gamma x backend (cpsat, highs)
    assert ig_runs[0] == 1  # one first-layer IG for the photo, reused by every k and gamma
    assert all(r["status"] == "optimal" and r["verified"] for r in rows)
    objective = {}
    for r in rows:
        objective.setdefault((r["k"], r["gamma"]), set()).add(r["objective"])
        assert r["mask_fraction"] <= r["base_fraction"]  # SMUG_base's mask is feasible
        assert r["cell_fraction"] <= r["base_cell_fraction"]  # the same, per cell
        assert r["mask_fraction"] <= r["cell_fraction"]  # per pixel: inside the kept cells
    assert all(len(v) == 1 for v in objective.values()), objective  # backends agree
    best = {key: v.pop() for key, v in objective.items()}
    for k in (100, 300):
        assert best[(k, 0.5)] >= best[(k, 0.0)]  # larger gamma: tighter rows
    for gamma in (0.0, 0.5):
        assert best[(300, gamma)] >= best[(100, gamma)]  # larger k: more rows (same IG)
    assert (tmp_path / "fig6.png").stat().st_size > 0
    assert "agree across backends: yes" in (tmp_path / "sweep.md").read_text()
    sweep.main(["--quick", "--out", str(tmp_path)])  # resumes: nothing new
    assert len(read_rows(tmp_path / "rows.jsonl")) == len(rows)


@pytest.mark.slow
def test_image_table1_quick(tmp_path, monkeypatch):
    table = load_script("image_table1")
    ig_runs = count_ig_runs(monkeypatch)
    assert table.main(["--quick", "--out", str(tmp_path)]) == 0
    assert ig_runs[0] == 1  # SMUG and SMUG_base share one first-layer IG
    rows = {r["method"]: r for r in read_rows(tmp_path / "rows.jsonl")}
    assert set(rows) == set(table.METHODS)
    p = rows["MAXBOX"]["confidence"]
    assert rows["MAXBOX"]["lsc"] == pytest.approx(-math.log(p))
    assert p == pytest.approx(0.7766, abs=1e-3)  # chelsea, Egyptian cat, uncropped
    assert rows["CENTERBOX"]["area"] == pytest.approx(0.5, abs=0.01)
    assert rows["OPTBOX"]["lsc"] <= rows["MAXBOX"]["lsc"] + 1e-12
    assert rows["SMUG"]["status"] == "optimal"
    assert 0 < rows["SMUG"]["sparsity"] <= rows["SMUG_base"]["sparsity"]
    for m in table.MAP_METHODS:
        assert 0 <= rows[m]["deletion_auc"] <= 1
    assert "| SMUG |" in (tmp_path / "table1.md").read_text()
    assert (tmp_path / "fig1.png").stat().st_size > 0
    # --figure-only: the same maps again (they are not committed) and the figure from the
    # rows, which it leaves as they are
    first = dict(np.load(tmp_path / "maps" / "chelsea.npz"))
    before = (tmp_path / "rows.jsonl").read_text()
    (tmp_path / "fig1.png").unlink()
    (tmp_path / "maps" / "chelsea.npz").unlink()
    assert table.main(["--quick", "--out", str(tmp_path), "--figure-only"]) == 0
    again = dict(np.load(tmp_path / "maps" / "chelsea.npz"))
    assert set(again) == {"image", *table.MAP_METHODS}
    for name in again:
        np.testing.assert_array_equal(again[name], first[name], err_msg=name)
    assert (tmp_path / "rows.jsonl").read_text() == before
    assert (tmp_path / "fig1.png").stat().st_size > 0
    # a recomputation that disagrees with the rows leaves the figure alone
    rows_text = before.replace('"ig_nodes": ', '"ig_nodes": 1000', 1)
    (tmp_path / "rows.jsonl").write_text(rows_text)
    (tmp_path / "fig1.png").unlink()
    assert table.main(["--quick", "--out", str(tmp_path), "--figure-only"]) == 1
    assert not (tmp_path / "fig1.png").exists()


@pytest.mark.slow
def test_text_quick(tmp_path, monkeypatch):
    text = load_script("text_fig4")
    ig_runs = count_ig_runs(monkeypatch)
    assert text.main(["--quick", "--out", str(tmp_path)]) == 0
    rows = read_rows(tmp_path / "rows.jsonl")
    assert len(rows) == 2
    assert ig_runs[0] == 2  # one first-layer IG per review, shared by SMUG and SMUG_base
    for r in rows:
        assert r["smug_status"] == "optimal"
        assert r["p_check"] == pytest.approx(r["p_fresh"], abs=1e-6)
        assert 0 < r["SMUG_selected"] <= r["SMUG_base_selected"]
        assert len(r["SMUG_scores"]) == len(r["tokens"]) == r["n_tokens"]
        # the first-layer IG SMUG used: the explainer's adaptive default, its gap in tolerance
        assert r["ig_rule"] == "adaptive" and r["ig_nodes"] > 0 and r["ig_gap"] <= 0.01
        # SIS subsets are disjoint token sets
        flat = [t for s in r["sis_subsets"] for t in s]
        assert len(flat) == len(set(flat))
    assert "SMUG's first-layer IG (adaptive rule)" in (tmp_path / "text.md").read_text()
    page = (tmp_path / "fig4.html").read_text()
    assert page.count("<span") == 4 * sum(r["n_tokens"] for r in rows)
    assert (tmp_path / "deletion.png").stat().st_size > 0


@pytest.mark.slow
def test_two_cats_quick(tmp_path, monkeypatch):
    cats = load_script("two_cats")
    ig_runs = count_ig_runs(monkeypatch)
    assert cats.main(["--quick", "--out", str(tmp_path)]) == 0
    assert ig_runs[0] == 1  # SMUG and SMUG_base share one first-layer IG
    rows = read_rows(tmp_path / "rows.jsonl")
    images = {r["name"]: r for r in rows if r["kind"] == "image"}
    methods = {r["name"]: r for r in rows if r["kind"] == "method"}
    assert set(images) == {"big", "small", "two"} and set(methods) == set(cats.METHODS)
    # the class is the one predicted on the two-cat image
    assert images["two"]["top1"] == images["two"]["class"]
    for r in methods.values():
        assert 0 <= r["mass_big"] + r["mass_small"] <= 1 + 1e-9
    assert methods["OPTBOX"]["mass_small"] + methods["OPTBOX"]["mass_big"] <= 1 + 1e-9
    assert (tmp_path / "fig3.png").stat().st_size > 0


@pytest.mark.slow
def test_stem_kernel_quick(tmp_path):
    stems = load_script("stem_kernel")
    assert stems.main(["--quick", "--out", str(tmp_path)]) == 0
    rows = {r["variant"]: r for r in read_rows(tmp_path / "rows.jsonl")}
    assert set(rows) == set(stems.VARIANTS)
    for r in rows.values():
        assert r["status"] == "optimal"
        assert 0 < r["pixel_fraction"] <= r["base_pixel_fraction"] <= r["base_cell_fraction"]
        assert r["pixel_fraction"] <= r["fraction"] and 1 <= r["components"] <= r["cells"]
    assert rows["rand7x7"]["nnz_per_row"] > rows["rand3x3"]["nnz_per_row"]  # wider fields


def test_stem_kernel_mask_shape_by_hand():
    stems = load_script("stem_kernel")
    cells = [[1, 1, 0, 0],
             [0, 0, 0, 0],
             [0, 0, 0, 1],
             [0, 0, 1, 1]]
    shape = stems.mask_shape(sum(cells, []), (4, 4))
    assert shape["cells"] == 5 and shape["components"] == 2
    assert shape["largest_share"] == pytest.approx(3 / 5) and shape["box_area"] == 1.0


def test_two_cats_layout():
    cats = load_script("two_cats")
    regions = cats.region_masks()
    big, small = regions["big"], regions["small"]
    assert not (big & small).any()
    assert small.sum() == pytest.approx(big.sum() / 4, rel=0.1)  # a quarter of the area
    canvas = cats.compose("small")
    assert (canvas[regions["big"].repeat(2, 0).repeat(2, 1)] == 255).all()  # big cat absent


@pytest.mark.slow
def test_optbox_grid_quick(tmp_path):
    grids = load_script("optbox_grid")
    assert grids.main(["--quick", "--out", str(tmp_path)]) == 0
    rows = read_rows(tmp_path / "rows.jsonl")
    assert [r["grid_px"] for r in rows] == [56, 32]
    p_camera = 0.9528  # tripod, whole photo
    for r in rows:
        # the whole image is a candidate on every grid: never worse than MAXBOX's -log p
        assert r["lsc"] <= -math.log(p_camera) + 1e-3
        assert r["lsc"] >= math.log(0.05) - math.log(r["confidence"]) - 1e-9


@pytest.mark.parametrize("script, field", [("image_table1", "method"), ("two_cats", "name")])
def test_redo_removes_exactly_the_named_rows(tmp_path, script, field):
    module = load_script(script)
    path = tmp_path / "rows.jsonl"
    rows = [{field: m, "x": i} for i, m in enumerate(["SMUG", "IG", "SMUG_base", "SMUG"])]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert module.drop_rows(path, field, {"SMUG", "SMUG_base"}) == 3
    assert read_rows(path) == [{field: "IG", "x": 1}]
    assert module.drop_rows(path, field, set()) == 0 and read_rows(path) == [{field: "IG", "x": 1}]
    assert module.drop_rows(tmp_path / "missing.jsonl", field, {"SMUG"}) == 0
