"""``benchmarks/studies/cpsat_repeatability/cpsat_repeatability.py --quick`` end to end, and its summary on known rows."""

from __future__ import annotations

from bench_scripts import load_script, read_rows


def test_quick_run_records_every_run_and_agrees_on_the_optimum(tmp_path):
    bench = load_script("cpsat_repeatability")
    assert bench.main(["--quick", "--out", str(tmp_path)]) == 0
    rows = read_rows(tmp_path / "runs.jsonl")
    assert len(rows) == 3 * len(bench.SETTINGS) * 2  # instances x settings x runs
    assert all(r["status"] == "optimal" and r["mask"] for r in rows)
    for instance in {r["instance"] for r in rows}:
        assert len({r["objective"] for r in rows if r["instance"] == instance}) == 1
    assert "| default | 3 | 3 |" in (tmp_path / "summary.md").read_text()
    # a rerun resumes: nothing is solved again
    bench.main(["--quick", "--out", str(tmp_path)])
    assert len((tmp_path / "runs.jsonl").read_text().splitlines()) == len(rows)


def test_summary_counts_an_instance_with_two_masks_as_not_repeatable():
    bench = load_script("cpsat_repeatability")
    rows = [
        {"instance": "a", "setting": "default", "run": r, "status": "optimal", "objective": 2.0,
         "mask": mask, "total_s": 1.0}
        for r, mask in enumerate(["x", "y"])
    ] + [
        {"instance": "a", "setting": "threads1", "run": r, "status": "optimal", "objective": 2.0,
         "mask": "x", "total_s": 3.0}
        for r in range(2)
    ]
    totals, varying = bench.summarise(rows)
    assert [t[:4] for t in totals] == [["default", 1, 1, 0], ["threads1", 1, 1, 1]]
    assert varying == [["a", "2 mask(s), objective [2.0], 1.00 s", "-",
                        "1 mask(s), objective [2.0], 3.00 s"]]
