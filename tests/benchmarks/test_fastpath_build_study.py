"""The fastpath_build study's report renders from its committed rows, and those rows say
what its README claims (the first use is cheaper now on one thread, and no longer imports
sympy)."""

from __future__ import annotations

import statistics

from bench_scripts import BENCH, load_script, read_rows


def test_report_renders_the_committed_rows_and_now_is_cheaper():
    study = load_script("fastpath_build")
    rows = read_rows(BENCH / "studies" / "fastpath_build" / "results" / "build.jsonl")
    codes = {r["code"] for r in rows}
    assert codes == {"before", "now", "ig-threads"}
    text = study.report(rows)
    assert text.count("\n") == 2 + 2 * len(codes)  # header, rule, codes x (user, 1 thread)
    first = {code: statistics.median(r["first_cpu_passes"] for r in rows
                                     if r["code"] == code and r["threads"] == "1")
             for code in codes}
    assert first["now"] < first["before"]
    assert all(r["ok"] and r["simplified"] == 44 and r["folded"] == 48 for r in rows)
    assert not any(r["sympy_imported"] for r in rows if r["code"] != "before")
