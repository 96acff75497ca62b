"""Exports: SMT-LIB 2 solved by z3, LP and MPS read and solved by HiGHS and CBC.

Each file is solved by the external solver and its optimum compared with the brute-force
oracle (and, on a real instance, with :func:`smug.solve`). LP/MPS rows are *restricted*
(a margin on real-valued rows), so their optimum equals the exact one only when no
competing mask comes within that margin of a row: those comparisons use problems whose
oracle separation exceeds :data:`LP_SEPARATION`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import warnings
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

import smug
from smug import export
from smug.testing.oracle import KNOWN_PROBLEMS, brute_force

INSTANCES = Path(__file__).resolve().parents[1] / "benchmarks" / "instances" / "stem"
LP_SEPARATION = 1e-3  # well above the ~1e-4 restricted margin of the written rows

EXAMPLE = smug.MaskProblem(
    np.array([[2.0, -1, -1, 2, 0], [0.1, 0.2, 0, 0.5, 1e-9]]), [3, 0.3],
    strict=[True, False], cost=[1, 1, 1, 3, 2], fixed={2: 0}, name="example",
)


# --- SMT-LIB 2 -------------------------------------------------------------------------
def _z3_solve_text(text: str, n: int):
    z3 = pytest.importorskip("z3")
    opt = z3.Optimize()
    opt.set("timeout", 20000)
    opt.from_string(text)
    result = opt.check()
    if result == z3.unsat:
        return None
    assert result == z3.sat
    model = opt.model()
    names = {d.name(): model[d] for d in model.decls()}
    values = []
    for j in range(n):
        v = names.get(f"m{j}")
        values.append(bool(z3.is_true(v)) if z3.is_bool(v) else v is not None and v.as_long() == 1)
    return np.array(values, dtype=bool)


@pytest.mark.parametrize("variables", ["int", "bool"])
@pytest.mark.parametrize("known", KNOWN_PROBLEMS, ids=lambda k: k.name)
def test_smt2_solved_by_z3_gives_the_exact_optimum(known, variables):
    """SMT-LIB 2 is exact: z3 finds the oracle's answer on every known problem, ties included."""
    oracle = brute_force(known.problem)
    mask = _z3_solve_text(export.to_smt2(known.problem, variables=variables), known.problem.n_vars)
    if oracle.status is smug.Status.INFEASIBLE:
        assert mask is None
        return
    assert mask is not None and smug.verify(known.problem, mask).ok
    assert Fraction(known.problem.objective(mask)) == oracle.optimum


def test_smt2_writes_exact_rationals_and_strict_rows():
    text = export.to_smt2(EXAMPLE)
    p, q = (0.1).as_integer_ratio()
    assert f"(* (/ {p} {q}) m0)" in text
    assert "(* (/ 1 1000000000) m4)" not in text  # 1e-9 is not 1/10**9 in float64
    p9, q9 = (1e-9).as_integer_ratio()
    assert f"(/ {p9} {q9})" in text
    assert "(assert (> (+ (* 2 m0) (* (- 1) m1) (* (- 1) m2) (* 2 m3)) 3))" in text
    assert "(assert (= m2 0))" in text
    assert "(minimize (+ (* 1 m0) (* 1 m1) (* 1 m2) (* 3 m3) (* 2 m4)))" in text
    assert text.rstrip().endswith("(check-sat)\n(get-objectives)\n(get-model)")
    bool_text = export.to_smt2(EXAMPLE, variables="bool")
    assert "(declare-fun m0 () Bool)" in bool_text and "(assert (not m2))" in bool_text
    with pytest.raises(ValueError, match="variables"):
        export.to_smt2(EXAMPLE, variables="real")


def _z3_binary() -> str | None:
    beside = Path(sys.executable).parent / "z3"
    return str(beside) if beside.exists() else shutil.which("z3")


def test_smt2_file_runs_in_the_z3_command(tmp_path):
    binary = _z3_binary()
    if binary is None:
        pytest.skip("no z3 command")
    path = export.write(EXAMPLE, tmp_path / "example.smt2")
    out = subprocess.run([binary, "-smt2", "-T:30", str(path)], capture_output=True, text=True,
                         timeout=60).stdout
    assert out.splitlines()[0] == "sat"
    values = dict(re.findall(r"\(define-fun (m\d+) \(\) Int\s+(\d)\)", out))
    mask = np.array([values[f"m{j}"] == "1" for j in range(EXAMPLE.n_vars)])
    oracle = brute_force(EXAMPLE)
    assert smug.verify(EXAMPLE, mask).ok
    assert Fraction(EXAMPLE.objective(mask)) == oracle.optimum == 4
    assert re.search(r"\(\(\+ .*\) 4\)", out)  # (get-objectives) prints the optimum


# --- LP / MPS --------------------------------------------------------------------------
def _highs_solve(path: Path):
    highspy = pytest.importorskip("highspy")
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", 20.0)
    # kWarning: HiGHS drops |coefficients| below 1e-9 (small_matrix_value) on reading; the
    # restricted margin covers that (the tests below check every accepted mask exactly).
    assert h.readModel(str(path)) in (highspy.HighsStatus.kOk, highspy.HighsStatus.kWarning)
    h.run()
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return None, h
    assert status == highspy.HighsModelStatus.kOptimal, h.modelStatusToString(status)
    return np.round(np.array(h.getSolution().col_value)).astype(bool), h


def _cbc_solve(path: Path, tmp_path: Path):
    pulp = pytest.importorskip("pulp")
    with warnings.catch_warnings():  # PuLP 3 deprecates its bundled-CBC class (smug pins <4)
        warnings.simplefilter("ignore", DeprecationWarning)
        binary = pulp.apis.PULP_CBC_CMD().path
    if not binary or not Path(binary).exists():
        pytest.skip("no CBC binary")
    sol = tmp_path / (path.stem + ".sol")
    log = subprocess.run([binary, str(path), "sec", "20", "solve", "solu", str(sol)],
                         capture_output=True, text=True, timeout=60).stdout
    assert "errors" not in log.lower() or "0 errors" in log.lower(), log
    lines = sol.read_text().splitlines()
    if lines[0].startswith("Infeasible"):
        return None
    assert lines[0].startswith("Optimal"), lines[0]
    mask = np.zeros(_n_vars_from(path), dtype=bool)
    for line in lines[1:]:
        parts = line.replace("**", " ").split()
        j, value = int(parts[1][1:]), float(parts[2])
        mask[j] = round(value) == 1
    return mask


def _n_vars_from(path: Path) -> int:
    return int(re.search(r"MaskProblem '.*?': (\d+) variables", path.read_text()).group(1))


LP_CASES = [k for k in KNOWN_PROBLEMS if brute_force(k.problem).separation >= LP_SEPARATION]


def _check_milp_answer(problem, mask, oracle):
    if oracle.status is smug.Status.INFEASIBLE:
        assert mask is None
        return
    assert mask is not None and smug.verify(problem, mask).ok
    assert Fraction(problem.objective(mask)) == oracle.optimum


@pytest.mark.parametrize("suffix", [".lp", ".mps"])
@pytest.mark.parametrize("known", LP_CASES, ids=lambda k: k.name)
def test_lp_and_mps_solved_by_highs(known, suffix, tmp_path):
    path = export.write(known.problem, tmp_path / f"p{suffix}")
    mask, _ = _highs_solve(path)
    _check_milp_answer(known.problem, mask, brute_force(known.problem))


@pytest.mark.parametrize("suffix", [".lp", ".mps"])
@pytest.mark.parametrize("known", LP_CASES, ids=lambda k: k.name)
def test_lp_and_mps_solved_by_cbc(known, suffix, tmp_path):
    path = export.write(known.problem, tmp_path / f"p{suffix}")
    _check_milp_answer(known.problem, _cbc_solve(path, tmp_path), brute_force(known.problem))


@pytest.mark.parametrize("suffix", [".lp", ".mps"])
def test_restricted_rows_never_admit_a_failing_mask(suffix, tmp_path):
    """On every known problem, ties included, a mask HiGHS accepts from the file verifies."""
    for known in KNOWN_PROBLEMS:
        path = export.write(known.problem, tmp_path / f"{known.name}{suffix}")
        mask, _ = _highs_solve(path)
        if mask is not None:
            assert smug.verify(known.problem, mask).ok, known.name
            assert Fraction(known.problem.objective(mask)) >= brute_force(known.problem).optimum


def test_relaxed_rows_give_a_lower_bound(tmp_path):
    """The relaxed file admits the exact optimum, so HiGHS's optimum is at most it."""
    for known in KNOWN_PROBLEMS:
        oracle = brute_force(known.problem)
        path = export.write(known.problem, tmp_path / f"{known.name}.lp", rows="relaxed")
        mask, h = _highs_solve(path)
        if oracle.status is smug.Status.OPTIMAL:
            assert mask is not None, known.name
            assert Fraction(h.getInfo().objective_function_value) <= oracle.optimum, known.name


def test_lp_file_keeps_every_coefficient_bit_for_bit(tmp_path):
    highspy = pytest.importorskip("highspy")
    rng = np.random.default_rng(0)
    A = rng.normal(size=(6, 9)) * 10.0 ** rng.integers(-4, 4, size=(6, 9))
    A[np.abs(A) > 1e3] = 0.0  # keep every row within HiGHS's 1e-9 small-value cut-off
    problem = smug.MaskProblem(A, rng.normal(size=6), cost=rng.integers(0, 4, 9))
    expected, _ = export.milp_rows(problem)
    for suffix in (".lp", ".mps"):
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.readModel(str(export.write(problem, tmp_path / f"bits{suffix}")))
        lp = h.getLp()
        got = np.zeros(problem.A.shape)
        start, index, value = (np.array(x) for x in (lp.a_matrix_.start_, lp.a_matrix_.index_,
                                                     lp.a_matrix_.value_))
        for j in range(problem.n_vars):
            got[index[start[j]:start[j + 1]], j] = value[start[j]:start[j + 1]]
        np.testing.assert_array_equal(got, expected.toarray())
        np.testing.assert_array_equal(np.array(lp.col_cost_), problem.cost)
        # Each written row is the problem's row times a power of two.
        ratio = expected.toarray()[A != 0] / A[A != 0]
        assert np.all(np.frexp(ratio)[0] == 0.5)


def test_fixings_are_bounds(tmp_path):
    highspy = pytest.importorskip("highspy")
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(str(export.write(EXAMPLE, tmp_path / "fixed.mps")))
    lp = h.getLp()
    assert list(lp.col_lower_) == [0, 0, 0, 0, 0] and list(lp.col_upper_) == [1, 1, 0, 1, 1]
    assert all(t == highspy.HighsVarType.kInteger for t in lp.integrality_)


def test_lp_file_states_its_margin():
    text = export.to_lp(EXAMPLE)
    assert text.startswith("\\ smug MaskProblem 'example'")
    assert "RESTRICTED" in text and "margin" in text
    assert "RELAXED" in export.to_mps(EXAMPLE, rows="relaxed")


@pytest.mark.skipif(not INSTANCES.exists(), reason="benchmark instances not present")
def test_real_instance_exports_agree_with_solve(tmp_path):
    problem = smug.MaskProblem.load(INSTANCES / "coffee_k100_g0_c4.npz")
    reference = smug.solve(problem, "z3", time_limit=60) if "z3" in smug.available_backends() \
        else pytest.skip("z3 backend not installed")
    assert reference.status is smug.Status.OPTIMAL
    for suffix in (".lp", ".mps"):
        mask, _ = _highs_solve(export.write(problem, tmp_path / f"real{suffix}"))
        assert smug.verify(problem, mask).ok
        assert problem.objective(mask) == reference.objective
    mask = _z3_solve_text(export.to_smt2(problem, variables="bool"), problem.n_vars)
    assert problem.objective(mask) == reference.objective


# --- errors and sizes ------------------------------------------------------------------
def test_format_errors(tmp_path):
    with pytest.raises(ValueError, match="path: cannot infer the format"):
        export.write(EXAMPLE, tmp_path / "p.txt")
    with pytest.raises(ValueError, match="format: expected one of lp, mps, smt2"):
        export.write(EXAMPLE, tmp_path / "p.lp", format="cplex")
    with pytest.raises(ValueError, match="rows"):
        export.to_lp(EXAMPLE, rows="loose")
    with pytest.raises(TypeError, match="problem"):
        export.write("not a problem", tmp_path / "p.lp")
    empty = smug.MaskProblem(np.zeros((1, 0)), [0.0])
    with pytest.raises(ValueError, match="problem: LP export needs at least one variable"):
        export.to_lp(empty)
    assert export.write(EXAMPLE, tmp_path / "p.txt", format="smt2").read_text().startswith("; smug")


def test_impossible_and_trivial_empty_rows(tmp_path):
    # Row 0 has no coefficients and 0 > 1 fails; row 1 has none and 0 >= -1 holds.
    problem = smug.MaskProblem(np.zeros((2, 2)), [1.0, -1.0], strict=[True, False])
    mask, _ = _highs_solve(export.write(problem, tmp_path / "empty.lp"))
    assert mask is None
    ok = smug.MaskProblem(np.zeros((1, 2)), [-1.0], strict=False)
    mask, _ = _highs_solve(export.write(ok, tmp_path / "ok.mps"))
    assert mask is not None and not mask.any()


@pytest.mark.skipif(not INSTANCES.exists(), reason="benchmark instances not present")
def test_large_instance_round_trips_its_size(tmp_path):
    highspy = pytest.importorskip("highspy")
    problem = smug.MaskProblem.load(INSTANCES / "chelsea_k3000_g0_c4.npz")
    for suffix in (".lp", ".mps"):
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.readModel(str(export.write(problem, tmp_path / f"big{suffix}")))
        assert (h.getNumRow(), h.getNumCol(), h.getNumNz()) == (3000, 3136, problem.nnz)
