"""benchmarks/ig_rerun_compare.py on hand-made rows: the changes it reports are the ones put in."""

from __future__ import annotations

import json

import pytest
from bench_scripts import load_script


@pytest.fixture(scope="module")
def compare():
    return load_script("ig_rerun_compare")


def _write(folder, rows):
    folder.mkdir()
    (folder / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


def _table1(lsc_chelsea, nodes):
    rows = []
    for photo, lsc in (("chelsea", lsc_chelsea), ("coffee", -1.0)):
        rows.append({"photo": photo, "method": "SMUG", "lsc": lsc, "sparsity": 0.2,
                     "objective": 1000, "ig_nodes": nodes, "deletion_auc": 0.05})
        rows.append({"photo": photo, "method": "SMUG_base", "lsc": lsc, "sparsity": 0.3})
        rows.append({"photo": photo, "method": "IG", "lsc": 5.0})  # not compared
    return rows


def test_table1_reports_the_change_put_in(compare, tmp_path):
    before = _write(tmp_path / "before", _table1(0.5, 124))
    after = _write(tmp_path / "after", _table1(0.25, 40))
    out = tmp_path / "report.md"
    assert compare.main(["--runs", f"before={before}", f"after={after}", "--out", str(out)]) == 0
    text = out.read_text()
    assert "| after | lsc | -0.25 | chelsea SMUG |" in text
    assert "| after | sparsity | +0 | - |" in text
    assert "| SMUG | lsc (median) | -0.250 | -0.375 |" in text
    assert "| before | 124-124 |" in text and "| after | 40-40 |" in text
    assert "IG" not in [line.split(" | ")[0] for line in text.splitlines()]


def test_sweep_counts_the_optima_that_moved(compare, tmp_path):
    def rows(objective):
        return [{"photo": "chelsea", "k": k, "gamma": 0.0, "backend": b, "status": "optimal",
                 "objective": objective if k == 500 else 100, "mask_fraction": 0.1,
                 "base_fraction": 0.2} for k in (500, 1000) for b in ("cpsat", "highs")]

    before = _write(tmp_path / "b", rows(100))
    after = _write(tmp_path / "a", rows(110))
    text = compare.compare({"before": compare.read_rows(before),
                            "after": compare.read_rows(after)})
    assert "| after | 1/2 | 10.00% | 5.00% |" in text


def test_runs_of_different_scripts_are_refused(compare, tmp_path):
    table = _write(tmp_path / "t", _table1(0.5, 124))
    cats = _write(tmp_path / "c", [{"kind": "method", "name": "SMUG", "lsc": 1.0}])
    with pytest.raises(ValueError, match="different scripts"):
        compare.compare({"t": compare.read_rows(table), "c": compare.read_rows(cats)})
