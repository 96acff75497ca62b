"""The ``smug`` command line, run through its entry point (``python -m smug.cli``) in a
subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import smug
from smug import export

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = ROOT / "benchmarks" / "instances" / "stem" / "coffee_k100_g0.5_c4.npz"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m smug.cli ARGS`` with this checkout first on the path."""
    environ = dict(os.environ, **(env or {}))
    environ["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT)] + ([environ["PYTHONPATH"]] if environ.get("PYTHONPATH") else []))
    return subprocess.run([sys.executable, "-m", "smug.cli", *args], capture_output=True,
                          text=True, timeout=300, env=environ)


def needs_backend() -> str:
    installed = smug.available_backends()
    if not installed:
        pytest.skip("no solver backend installed")
    return installed[0]


def test_help_lists_every_command():
    out = run("--help")
    assert out.returncode == 0
    for cmd in ("backends", "solve", "cross-check", "export", "explain", "report", "bench"):
        assert cmd in out.stdout


@pytest.mark.parametrize("cmd", ["backends", "solve", "cross-check", "export", "explain", "report",
                                 "bench"])
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
    out = run("solve", str(INSTANCE), "--backend", backend, "--time-limit", "60", "--json")
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
    out = run("solve", str(INSTANCE), "--backend", backend, "--json")
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
    export.write(smug.MaskProblem.load(INSTANCE), expected, fmt)
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
    out = run("solve", str(INSTANCE), "--backend", backend, "--out", str(target), "--json")
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
              "--option", "encoding=pb", "--time-limit", "60", "--json")
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
    assert "Loaded pretrained weights" not in out.stdout + out.stderr
    assert "{" not in out.stdout  # a summary line, not the JSON again
    summary = json.loads((out_dir / "coffee" / "summary.json").read_text())
    assert summary["prediction"][0]["name"].startswith("espresso")
    problem = smug.MaskProblem.load(out_dir / "coffee" / "problem.npz")
    assert problem.n_rows == 200
    assert summary["explanation"]["solution"]["verified"] is True
    assert (out_dir / "coffee" / "saliency.png").stat().st_size > 1000


# --- a careless user: every bad input is one line on stderr, status 2, no traceback --------
def assert_one_line_error(out: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def _truncated(tmp_path: Path) -> Path:
    bad = tmp_path / "truncated.npz"
    bad.write_bytes(INSTANCE.read_bytes()[: INSTANCE.stat().st_size // 2])
    return bad


def _garbage(tmp_path: Path) -> Path:
    bad = tmp_path / "garbage.npz"
    bad.write_bytes(bytes(range(256)) * 8)
    return bad


def _foreign(tmp_path: Path) -> Path:
    bad = tmp_path / "foreign.npz"
    np.savez(bad, weights=np.ones((3, 3)), labels=np.arange(3))
    return bad


def _empty(tmp_path: Path) -> Path:
    bad = tmp_path / "empty.npz"
    bad.write_bytes(b"")
    return bad


def _flip_in_member(tmp_path: Path, where: float, name: str) -> Path:
    """One byte flipped inside the compressed ``data.npy`` member, ``where`` of the way in."""
    import struct
    import zipfile

    raw = bytearray(INSTANCE.read_bytes())
    with zipfile.ZipFile(INSTANCE) as archive:
        info = archive.getinfo("data.npy")
    name_len, extra_len = struct.unpack("<HH", raw[info.header_offset + 26:info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    raw[start + int(info.compress_size * where)] ^= 0xFF
    bad = tmp_path / name
    bad.write_bytes(bytes(raw))
    return bad


def _bit_flipped(tmp_path: Path) -> Path:
    """A flipped byte at the start of the deflate stream: ``zlib.error`` deep in numpy
    (issue 17, item 10: a 30-line traceback once)."""
    return _flip_in_member(tmp_path, 0.0, "flipped.npz")


def _crc_broken(tmp_path: Path) -> Path:
    """A flipped byte mid-stream: the data inflates but fails its CRC."""
    return _flip_in_member(tmp_path, 0.5, "crc.npz")


def _bare_npy(tmp_path: Path) -> Path:
    bad = tmp_path / "array.npz"
    with open(bad, "wb") as f:
        np.save(f, np.arange(5))
    return bad


@pytest.mark.parametrize("command", [["solve"], ["export", "--format", "lp"],
                                     ["cross-check"]])
@pytest.mark.parametrize("make_bad", [_truncated, _garbage, _foreign, _empty, _bit_flipped,
                                      _crc_broken, _bare_npy])
def test_bad_problem_file_is_one_line_status_2(tmp_path, command, make_bad):
    bad = make_bad(tmp_path)
    out = run(command[0], str(bad), *command[1:])
    assert_one_line_error(out, f"smug {command[0]}: error", "PROBLEM", bad.name)


def test_bench_on_a_corrupt_instance_is_one_line_status_2(tmp_path):
    bad = _bit_flipped(tmp_path)
    out = run("bench", "--instances", str(bad), "--quick", "--no-plots", "--quiet",
              "--out", str(tmp_path / "out"))
    assert_one_line_error(out, "smug bench: error", bad.name)


def test_problem_that_is_a_folder_is_one_line(tmp_path):
    assert_one_line_error(run("solve", str(tmp_path)), "PROBLEM", "folder")


def test_solve_prints_a_short_summary_by_default():
    backend = needs_backend()
    out = run("solve", str(INSTANCE), "--backend", backend)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    direct = smug.solve(smug.MaskProblem.load(INSTANCE), backend, time_limit=60)
    assert len(lines) <= 5, out.stdout
    assert f"{backend}: {direct.status.value}, objective {direct.objective}" in out.stdout
    assert "mask_indices" not in out.stdout and "[" not in out.stdout


def test_solve_json_has_the_mask_even_when_not_saved():
    backend = needs_backend()
    out = run("solve", str(INSTANCE), "--backend", backend, "--json")
    summary = json.loads(out.stdout)
    assert len(summary["mask_indices"]) == summary["objective"]


def test_solve_not_installed_backend_names_the_extra(monkeypatch):
    missing = sorted(set(smug.backend_names()) - set(smug.available_backends()))
    if not missing:
        pytest.skip("every registered backend is installed")
    assert_one_line_error(run("solve", str(INSTANCE), "--backend", missing[0]), "not installed")


def test_solve_out_in_unwritable_place_fails_before_solving(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    assert_one_line_error(run("solve", str(INSTANCE), "--out", str(blocker / "m.npy")),
                          "--out", "cannot write")


@pytest.mark.parametrize("cmd", ["solve", "cross-check", "export", "explain", "bench"])
def test_help_shows_defaults(cmd):
    out = run(cmd, "--help")
    assert out.returncode == 0
    assert "(default:" in out.stdout


def test_explain_help_shows_the_documented_defaults():
    text = " ".join(run("explain", "--help").stdout.split())
    for shown in ("--model {efficientnet-lite0,mnist-mlp}", "(default: efficientnet-lite0)",
                  "(default: 0.0)", "(default: 60.0)", "(default: out/explain)",
                  "(default: cpu)"):
        assert shown in text, shown



def test_ig_tolerance_help_shows_the_explainers_default_without_importing_torch():
    from smug.explain.ig import DEFAULT_IG_TOLERANCE

    text = " ".join(run("explain", "--help").stdout.split())
    assert f"(default: the explainer's, {DEFAULT_IG_TOLERANCE:g})" in text
    probe = ("import sys, smug.cli as c; c.build_parser(); "
             "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


@pytest.fixture(scope="module")
def digit_png(tmp_path_factory) -> Path:
    """MNIST test digit 0 (a 7) as a 28x28 PNG."""
    from PIL import Image

    from smug.data.mnist import load_mnist

    X, _ = load_mnist("test")
    path = tmp_path_factory.mktemp("digits") / "seven.png"
    Image.fromarray(np.round(X[0].reshape(28, 28) * 256).astype(np.uint8)).save(path)
    return path


@pytest.fixture()
def torch_poisoned(tmp_path) -> dict[str, str]:
    """An environment in which ``import torch`` fails loudly: an error that arrives with it
    came before any model was loaded or IG ran."""
    fake = tmp_path / "poison" / "torch"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('TORCH WAS IMPORTED')\n")
    return {"PYTHONPATH": str(fake.parent)}


@pytest.mark.parametrize("flags,needles", [
    (["--backend", "gurobi"], ["--backend", "gurobi", "valid backends"]),
    (["--cell", "0"], ["--cell", ">= 1"]),
    (["--cell", "3"], ["--cell", "divide 28"]),
    (["--k", "0"], ["--k", ">= 1"]),
    (["--k", "ten"], ["--k", "integer"]),
    (["--gamma", "1"], ["--gamma", "[0, 1)"]),
    (["--gamma", "-0.1"], ["--gamma", "[0, 1)"]),
    (["--time-limit", "0"], ["--time-limit", "positive"]),
    (["--n-steps", "0"], ["--n-steps", ">= 1"]),
    (["--ig-tolerance", "2"], ["--ig-tolerance", "(0, 1)"]),
    (["--ig-tolerance", "0"], ["--ig-tolerance", "(0, 1)"]),
    (["--ig-batch", "0"], ["--ig-batch", ">= 1"]),
    (["--dask", "localhost"], ["--dask", "local:N"]),
    (["--dask", "local:0"], ["--dask", "N >= 1"]),
    (["--model", "resnet"], ["--model", "mnist-mlp"]),
    (["--device", "tpu"], ["--device", "cuda"]),
])
def test_explain_bad_argument_fails_before_any_model(digit_png, torch_poisoned, flags, needles):
    out = run("explain", str(digit_png), "--model", "mnist-mlp", *flags, env=torch_poisoned)
    assert_one_line_error(out, *needles)
    assert "TORCH WAS IMPORTED" not in out.stderr


def test_explain_unwritable_out_fails_before_any_model(tmp_path, digit_png, torch_poisoned):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    out = run("explain", str(digit_png), "--model", "mnist-mlp", "--out", str(blocker / "o"),
              env=torch_poisoned)
    assert_one_line_error(out, "--out", "cannot write")


@pytest.mark.parametrize("make", ["missing", "junk", "empty_folder"])
def test_explain_bad_image_fails_before_any_model(tmp_path, digit_png, torch_poisoned, make):
    path = {"missing": tmp_path / "nope.png", "junk": tmp_path / "junk.png",
            "empty_folder": tmp_path / "empty"}[make]
    if make == "junk":
        path.write_text("not an image")
    if make == "empty_folder":
        path.mkdir()
    # the good digit first: nothing runs on it either
    out = run("explain", str(digit_png), str(path), "--model", "mnist-mlp", env=torch_poisoned)
    assert_one_line_error(out, "IMAGE", path.name)


def test_explain_cuda_without_cuda_is_one_line(digit_png):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    assert_one_line_error(run("explain", str(digit_png), "--model", "mnist-mlp", "--device",
                              "cuda"), "--device", "CUDA")


def test_explain_digits_folder_writes_one_folder_per_input_and_resumes(tmp_path, digit_png):
    import csv

    backend = "highs" if "highs" in smug.available_backends() else needs_backend()
    out_dir = tmp_path / "out"
    args = ["explain", str(digit_png.parent), "--model", "mnist-mlp", "--gamma", "0.5",
            "--cell", "2", "--backend", backend, "--out", str(out_dir)]
    first = run(*args)
    assert first.returncode == 0, first.stderr
    assert "seven: digit 7" in first.stdout and "{" not in first.stdout
    rows = list(csv.DictReader((out_dir / "summary.csv").open()))
    # the IG accuracy on the line, as in summary.csv: nodes, gap, estimated error
    assert f"({rows[0]['ig_nodes']} nodes, gap " in first.stdout and "est. error" in first.stdout
    folder = out_dir / "seven"
    assert {p.name for p in folder.iterdir()} == {"saliency.png", "summary.json", "problem.npz",
                                                  "photo.png", "overlay.png", "mask.png",
                                                  "base.png", "lsc_box.png"}
    assert (out_dir / "index.html").is_file()  # the report (tests/test_report.py)
    import csv

    rows = list(csv.DictReader((out_dir / "summary.csv").open()))
    assert len(rows) == 1 and rows[0]["worker"] == "local" and rows[0]["label"] == "7"
    problem = smug.MaskProblem.load(folder / "problem.npz")
    summary = json.loads((folder / "summary.json").read_text())
    mask = np.zeros(problem.n_vars, dtype=bool)
    direct = smug.solve(problem, backend, time_limit=60)
    assert rows[0]["status"] == direct.status.value == "optimal"
    assert float(rows[0]["objective"]) == direct.objective
    assert summary["explanation"]["mask_cells"] == direct.objective
    assert mask.size == 14 * 14  # 2x2 cells over 28x28
    second = run(*args)
    assert second.returncode == 0 and "1 already done" in second.stdout
    assert len(list(csv.DictReader((out_dir / "summary.csv").open()))) == 1


def test_explain_warns_when_a_tiny_image_is_upscaled(tmp_path):
    from PIL import Image

    tiny = tmp_path / "tiny.png"
    Image.fromarray((np.arange(25).reshape(5, 5) * 10).astype(np.uint8)).save(tiny)
    out = run("explain", str(tiny), "--model", "mnist-mlp", "--out", str(tmp_path / "o"),
              "--backend", needs_backend())
    assert out.returncode == 0, out.stderr
    assert "upscaled 5.6x" in out.stderr


def test_bench_default_output_is_under_out_never_committed_results(tmp_path):
    before = {p: p.stat().st_mtime for p in (ROOT / "benchmarks" / "results").glob("backends.*")}
    backend = needs_backend()
    out = subprocess.run([sys.executable, "-m", "smug.cli", "bench", "--quick", "--backends",
                          backend, "--no-plots"], capture_output=True, text=True, timeout=300,
                         cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "out" / "bench" / "quick.csv").is_file()
    after = {p: p.stat().st_mtime for p in (ROOT / "benchmarks" / "results").glob("backends.*")}
    assert after == before


def test_bench_refuses_a_results_file_with_another_header(tmp_path):
    (tmp_path / "backends.csv").write_text("instance,backend,wall\nx,cpsat,3\n")
    out = run("bench", "--out", str(tmp_path), "--backends", needs_backend())
    assert_one_line_error(out, "other columns", "--fresh")


@pytest.mark.parametrize("flags,needles", [
    (["--backends", "gurobi"], ["--backends", "gurobi"]),
    (["--time-limit", "0"], ["--time-limit", "positive"]),
    (["--instances", "no/such/dir"], ["--instances", "no/such/dir"]),
    (["--dask", "x"], ["--dask"]),
    (["--threads", "0"], ["--threads"]),
])
def test_bench_bad_argument_is_one_line(flags, needles):
    assert_one_line_error(run("bench", *flags), *needles)


def test_explain_mnist_default_k_does_not_warn(tmp_path, digit_png):
    out = run("explain", str(digit_png), "--model", "mnist-mlp", "--gamma", "0.5", "--cell", "2",
              "--backend", needs_backend(), "--out", str(tmp_path / "o"))
    assert out.returncode == 0, out.stderr
    assert "eligible" not in out.stderr
