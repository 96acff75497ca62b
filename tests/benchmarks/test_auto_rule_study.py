"""benchmarks/studies/auto_rule: the replay's cost model on known answers, and the committed
design rows saying what the study's README and ``smug.solving.choice`` say."""

from __future__ import annotations

import math

from bench_scripts import load_script

import smug.solving as solving

study = load_script("auto_rule")


def test_race_and_sequence_costs_known_answers():
    t = {"cpsat": 3.0, "highs": 1.0}
    assert study.race("cpsat", "highs")(t) == 1.0
    assert study.race("cpsat", "highs", head=0.5)(t) == 1.5
    assert study.race("cpsat", "highs", head=0.5, factor=2)(t) == 2.5
    assert study.race("cpsat", "highs", head=5.0, factor=2)(t) == 3.0  # proven alone
    assert study.seq([("cpsat", 0.5), ("highs", None)], limit=4)(t) == 3.0
    assert study.seq([("cpsat", 0.25), ("highs", None)], limit=4)(t) == 2.0
    assert study.seq([("highs", 0.5)], limit=4)({"highs": math.inf}) == math.inf
    assert study.par2(math.inf) == 2 * study.LIMIT


def test_the_study_uses_smugs_threshold():
    assert study.LONG_ROW == solving.LONG_ROW
    assert study.long_rows("mnist_test3_kall_g0.25_c1")  # a row of 193 pixels
    assert not study.long_rows("mnist_test2_kall_g0.25_c1")  # 64
    assert not study.long_rows("img_coffee_k3000_g0_c1")


def test_design_replay_the_chosen_rule_is_no_worse_than_v4():
    """On the design half, the chosen plan's worst class is no worse than v4's, quiet and
    busy (same-session load: sides at 3/4 speed)."""
    times = study.load(study.DESIGN)
    quiet = study.ratios(times, study.RULES_QUIET)
    busy = study.ratios(times, study.RULES_BUSY)

    def worst(res, name):
        return max(r[name] for c, r in res.items() if c != "ALL")

    assert quiet["ALL"]["chosen"] <= quiet["ALL"]["v4"]
    assert worst(quiet, "chosen") <= worst(quiet, "v4") + 1e-9
    assert worst(busy, "chosen x4/3") <= worst(busy, "v4") + 1e-9
    assert busy["mnist kall g0.5 c1"]["chosen x4/3"] < busy["mnist kall g0.5 c1"]["v4"]
    assert all(v >= 1.0 - 1e-9 for res in (quiet, busy) for r in res.values()
               for v in r.values())  # nothing beats the virtual best in a replay
