"""The ``smug`` console script, run through its real entry point in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import smug

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = ROOT / "benchmarks" / "instances" / "stem" / "coffee_k100_g0.5_c4.npz"


def smug_exe() -> list[str]:
    exe = Path(sys.executable).parent / "smug"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("smug")
    if found is None:
        pytest.skip("the smug console script is not installed (pip install -e .)")
    return [found]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(smug_exe() + list(args), capture_output=True, text=True, timeout=300)


def needs_backend() -> str:
    installed = smug.available_backends()
    if not installed:
        pytest.skip("no solver backend installed")
    return installed[0]


def test_help_lists_every_command():
    out = run("--help")
    assert out.returncode == 0
    for cmd in ("backends", "solve", "cross-check", "export", "explain", "bench"):
        assert cmd in out.stdout


@pytest.mark.parametrize("cmd", ["backends", "solve", "cross-check", "export", "explain", "bench"])
def test_each_command_has_help(cmd):
    out = run(cmd, "--help")
    assert out.returncode == 0
    assert "usage: smug " + cmd in out.stdout


def test_backends_lists_all_registered_names():
    out = run("backends")
    assert out.returncode == 0, out.stderr
    for name in smug.backend_names():
        assert name in out.stdout


def test_solve_committed_instance_matches_library():
    backend = needs_backend()
    out = run("solve", str(INSTANCE), "--backend", backend, "--time-limit", "60")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    direct = smug.solve(smug.MaskProblem.load(INSTANCE), backend, time_limit=60)
    assert summary["status"] == direct.status.value
    assert summary["objective"] == direct.objective
    mask = np.zeros(direct.mask.size, dtype=bool)
    mask[summary["mask_indices"]] = True
    assert smug.verify(smug.MaskProblem.load(INSTANCE), mask).ok


@pytest.mark.parametrize("backend", ["highs", "cvxpy"])
def test_solve_stdout_is_pure_json_even_with_highs_banner(backend):
    """HiGHS prints a licence banner on C stdout at its first construction; smug moves it
    to stderr so that ``smug solve ... | jq`` keeps working."""
    if backend not in smug.available_backends():
        pytest.skip(f"{backend} not installed")
    out = run("solve", str(INSTANCE), "--backend", backend)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["backend"] == backend and summary["verified"] is True
    assert "Running HiGHS" not in out.stdout


def test_cross_check_agrees_on_committed_instance():
    installed = smug.available_backends()
    if len(installed) < 2:
        pytest.skip("needs two installed backends")
    out = run("cross-check", str(INSTANCE), "--backends", *installed[:2], "--time-limit", "60")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "agree: yes" in out.stdout


@pytest.mark.parametrize("fmt", ["smt2", "lp", "mps"])
def test_export_writes_what_the_library_writes(tmp_path, fmt):
    target = tmp_path / "new" / "folder" / f"p.{fmt}"  # missing folders are created
    out = run("export", str(INSTANCE), "--format", fmt, "--out", str(target))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(target)
    expected = tmp_path / f"library.{fmt}"
    smug.MaskProblem.load(INSTANCE).write(expected, fmt)
    assert target.read_text() == expected.read_text()


def test_export_without_out_writes_next_to_the_problem(tmp_path):
    problem = tmp_path / INSTANCE.name
    shutil.copy(INSTANCE, problem)
    out = run("export", str(problem), "--format", "mps")
    assert out.returncode == 0, out.stderr
    assert problem.with_suffix(".mps").read_text().startswith(("NAME", "*"))


def test_export_unknown_format_is_a_usage_error():
    out = run("export", str(INSTANCE), "--format", "xlsx")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "smt2" in out.stderr and "mps" in out.stderr


def test_solve_out_saves_the_verified_mask(tmp_path):
    backend = needs_backend()
    target = tmp_path / "masks" / "m.npy"
    out = run("solve", str(INSTANCE), "--backend", backend, "--out", str(target))
    assert out.returncode == 0, out.stderr
    mask = np.load(target)
    assert mask.dtype == bool and smug.verify(smug.MaskProblem.load(INSTANCE), mask).ok
    assert json.loads(out.stdout)["objective"] == int(mask.sum())


def test_bench_quick_runs_every_installed_backend(tmp_path):
    installed = smug.available_backends()
    if not installed:
        pytest.skip("no solver backend installed")
    out = run("bench", "--quick", "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    runs = json.loads((tmp_path / "quick.json").read_text())["runs"]
    assert {r["backend"] for r in runs} == set(installed)
    optima: dict[str, set[str]] = {}
    for r in runs:
        assert r["status"] == "optimal" and r["verified"] == "True", r
        optima.setdefault(r["instance"], set()).add(r["objective"])
    assert len(optima) == 3 and all(len(values) == 1 for values in optima.values())
    assert (tmp_path / "quick.md").read_text().startswith("# Backend benchmark")
    assert {r["worker"] for r in runs} == {"local"}


def test_solve_passes_native_options_through():
    if "z3" not in smug.available_backends():
        pytest.skip("z3 not installed")
    out = run("solve", str(INSTANCE), "--backend", "z3", "--option", "isolate=true",
              "--option", "encoding=pb", "--time-limit", "60")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    direct = smug.solve(smug.MaskProblem.load(INSTANCE), "cpsat", time_limit=60)
    assert summary["status"] == "optimal" and summary["objective"] == direct.objective


def test_solve_unknown_native_option_is_one_line_error():
    backend = needs_backend()
    out = run("solve", str(INSTANCE), "--backend", backend, "--option", "no_such_option=1")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "no_such_option" in out.stderr


def test_solve_option_needs_key_equals_value():
    out = run("solve", str(INSTANCE), "--option", "isolate")
    assert out.returncode == 2 and "KEY=VALUE" in out.stderr and "Traceback" not in out.stderr


def test_missing_file_is_one_line_error():
    out = run("solve", "no/such/problem.npz")
    assert out.returncode == 2
    assert "no such file" in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_unknown_backend_is_one_line_error_listing_valid_names():
    out = run("solve", str(INSTANCE), "--backend", "nosuchsolver")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "nosuchsolver" in out.stderr and "valid backends" in out.stderr


def test_bad_flag_exits_2_without_traceback():
    out = run("solve", str(INSTANCE), "--frobnicate")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    out = run("solve", str(INSTANCE), "--time-limit", "-3")
    assert out.returncode == 2
    assert "positive" in out.stderr


def test_not_a_problem_file_is_clear(tmp_path):
    bogus = tmp_path / "bogus.npz"
    np.savez(bogus, x=np.arange(3))
    out = run("solve", str(bogus))
    assert out.returncode == 2
    assert "not a smug MaskProblem file" in out.stderr


def test_explain_missing_image_is_one_line_error():
    out = run("explain", "no/such/cat.png")
    assert out.returncode == 2
    assert "IMAGE: no such file" in out.stderr and "Traceback" not in out.stderr


def test_explain_unreadable_image_is_clear(tmp_path):
    junk = tmp_path / "junk.png"
    junk.write_text("not an image")
    out = run("explain", str(junk), "--k", "10")
    assert out.returncode == 2
    assert "cannot read" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.slow
def test_explain_real_photo_writes_verified_outputs(tmp_path):
    pytest.importorskip("efficientnet_lite_pytorch")
    needs_backend()
    import skimage.data
    from PIL import Image

    photo = tmp_path / "coffee.png"
    Image.fromarray(skimage.data.coffee()).save(photo)
    out_dir = tmp_path / "out"
    out = run("explain", str(photo), "--k", "200", "--time-limit", "60", "--out", str(out_dir))
    assert out.returncode == 0, out.stderr
    summary = json.loads((out_dir / "summary.json").read_text())
    assert summary["prediction"][0]["name"].startswith("espresso")
    problem = smug.MaskProblem.load(out_dir / "problem.npz")
    assert problem.n_rows == 200
    assert summary["explanation"]["solution"]["verified"] is True
    assert (out_dir / "saliency.png").stat().st_size > 1000
