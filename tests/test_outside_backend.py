"""A backend outside smug (tests/outside_backend/) registered through the ``smug.backends``
entry point only -- a ``*.dist-info/entry_points.txt`` on the path, no edit to smug, no pip
install -- works in ``smug backends``, ``solve``, ``cross_check``, the conformance kit and, as it
declares ``Capability.MIP``, on the full network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTSIDE = ROOT / "tests" / "outside_backend"


def _run(code: str) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(OUTSIDE), str(ROOT), env.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_outside_backend_is_listed_solves_cross_checks_and_passes_the_kit():
    out = _run("""
import json, warnings
import numpy as np
import smug
from smug.cli import main
from smug.solving import fallback_order
from smug.testing import check_backend
warnings.simplefilter("ignore", DeprecationWarning)
A = np.array([[3.0, 1.0, 1.0, 0.0], [0.0, 1.0, 1.0, 1.0]])
problem = smug.MaskProblem(A, [2.5, 1.5], strict=[True, False])
s = smug.solve(problem, "scipy_milp", time_limit=10)
cc = smug.cross_check(problem, ["scipy_milp", "highs"], time_limit=10)
r = check_backend("scipy_milp", seeds=2)
from smug.fullnet import Dense, FullNetProblem
from smug.fullnet.solve import fullnet_backends
net = (Dense([[1.0, -1.0], [0.0, 1.0]], [0.0, 0.0], True), Dense([[1.0, 1.0], [0.0, 0.0]], [0.0, 1.5], False))
full = FullNetProblem(net, np.array([1.0, 2.0]), 0)
fs = smug.solve(full, "scipy_milp", time_limit=30, pre_enumeration_limit=0)
fcc = smug.cross_check(full, ["scipy_milp", "highs"], time_limit=30)
print(json.dumps({"names": smug.backend_names(), "installed": smug.available_backends(),
                  "status": s.status.value, "objective": s.objective, "backend": s.backend,
                  "agree": cc.agree, "optimum": cc.optimum, "kit": r.ok, "checked": r.checked,
                  "fallback": fallback_order(smug.available_backends()),
                  "full": [fs.status.value, fs.backend, fs.mask.tolist(), fs.stats["milp_status"]],
                  "full_agree": fcc.agree, "full_backends": fullnet_backends()}))
from smug.solving import choose_race, race_candidates
alone = choose_race({}, ["scipy_milp"], cores=2)[0]
print(json.dumps({"alone": list(alone), "race": list(race_candidates(smug.available_backends()))}))
main(["backends"])
""")
    lines = out.splitlines()
    got, auto = json.loads(lines[0]), json.loads(lines[1])
    assert "scipy_milp" in got["names"] and "scipy_milp" in got["installed"]
    assert got["status"] == "optimal" and got["backend"] == "scipy_milp"
    assert got["objective"] == 3.0  # row 0 needs M0 (M1 + M2 = 2 < 2.5), row 1 two of M1-M3
    assert got["agree"] and got["optimum"] == 3.0
    assert got["kit"] and got["checked"] > 20
    assert got["fallback"][-1] == "scipy_milp"  # unmeasured: after the measured backends
    # auto's candidates: it cannot be interrupted (no Capability.INTERRUPT), so it never
    # races; installed alone, auto takes it
    assert "scipy_milp" not in auto["race"] and auto["alone"] == ["scipy_milp"]
    assert any(line.startswith("scipy_milp") for line in lines[2:])  # in `smug backends`
    # it builds a MILP (Capability.MIP): the full network's big-M MILP runs on it too
    assert "scipy_milp" in got["full_backends"]
    assert got["full"][:3] == ["optimal", "scipy_milp", [False, True]]
    assert got["full"][3] in ("optimal", "feasible") and got["full_agree"]


def test_outside_backend_runs_in_smug_bench(tmp_path):
    out = _run(f"""
from smug.cli import main
raise SystemExit(main(["bench", "--quick", "--backends", "scipy_milp", "highs", "--no-plots",
                       "--out", {str(tmp_path)!r}]))
""")
    rows = (tmp_path / "quick.csv").read_text().splitlines()
    mine = [r for r in rows[1:] if ",scipy_milp," in r]
    assert mine and all(",optimal," in r for r in mine), out[-2000:]
