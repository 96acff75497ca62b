"""Many inputs at once (smug.many): serially, and on a real two-process Dask LocalCluster.

The cluster runs the committed MNIST MLP on real MNIST test digits: the same statuses and
objectives as the serial run, every mask verified exactly, at least two workers named.
"""

from __future__ import annotations

import csv
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

import smug

torch = pytest.importorskip("torch")

from smug.data.mnist import load_mnist
from smug.many import (
    _MODELS,
    MODELS,
    SUMMARY_FIELDS,
    explain_files,
    explain_many,
    find_images,
    output_names,
)
from smug.models.mnist_mlp import load_mnist_mlp

N_DIGITS = 6
SETTINGS = dict(k=32, gamma=0.5, cell=2, time_limit=60)


def _backend() -> str:
    installed = smug.available_backends()
    if not installed:
        pytest.skip("no solver backend installed")
    # HiGHS proves these MNIST gamma=0.5 problems in well under a second (CP-SAT's defaults
    # can take the full minute)
    return "highs" if "highs" in installed else installed[0]


@pytest.fixture(scope="module")
def digits() -> list[torch.Tensor]:
    X, _ = load_mnist("test")
    return [torch.from_numpy(X[i:i + 1]) for i in range(N_DIGITS)]


@pytest.fixture(scope="module")
def digit_files(tmp_path_factory, digits) -> list[Path]:
    from PIL import Image

    folder = tmp_path_factory.mktemp("digits")
    paths = []
    for i, x in enumerate(digits):
        path = folder / f"test{i}.png"
        Image.fromarray(np.round(x.numpy().reshape(28, 28) * 256).astype(np.uint8)).save(path)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def dask_client():
    """A real LocalCluster: 2 worker processes of one thread each."""
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    client.wait_for_workers(2, timeout=120)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def serial(digits) -> dict[int, object]:
    backend = _backend()
    return {f.index: f for f in explain_many(load_mnist_mlp, digits, spatial_shape=(28, 28),
                                             backend=backend, **SETTINGS)}


def _outcome(finished) -> tuple[str, float]:
    sol = finished.explanation.solution
    return sol.status.value, sol.objective


def test_serial_runs_in_order_here_and_proves_each_digit(serial):
    assert sorted(serial) == list(range(N_DIGITS))
    for f in serial.values():
        assert f.worker == "local" and f.error == ""
        e = f.explanation
        assert e.solution.status is smug.Status.OPTIMAL
        assert smug.verify(e.problem, e.cell_mask).ok
        assert e.cell_mask.sum() == e.solution.objective


def test_dask_gives_the_serial_statuses_and_objectives(dask_client, digits, serial):
    executor = dask_client.get_executor()
    found = list(explain_many(load_mnist_mlp, digits, executor, spatial_shape=(28, 28),
                              backend=_backend(), **SETTINGS))
    assert sorted(f.index for f in found) == list(range(N_DIGITS))
    for f in found:
        assert f.error == ""
        assert _outcome(f) == _outcome(serial[f.index])
        assert smug.verify(f.explanation.problem, f.explanation.cell_mask).ok
    workers = {f.worker for f in found}
    assert len(workers) >= 2 and "local" not in workers


def test_each_worker_loads_the_model_once(dask_client, digits):
    executor = dask_client.get_executor()
    for _ in range(2):
        list(explain_many(load_mnist_mlp, digits, executor, spatial_shape=(28, 28),
                          backend=_backend(), **SETTINGS))

    def cached_models():
        from smug.many import _MODELS

        return [id(m) for m in _MODELS.values()]

    per_worker = dask_client.run(cached_models)
    # every worker holds one model, kept across both runs and all 12 inputs
    assert all(len(ids) <= 1 for ids in per_worker.values())
    assert sum(len(ids) for ids in per_worker.values()) >= 2


def test_a_model_object_is_broadcast_on_dask(dask_client, digits, serial):
    model = load_mnist_mlp()
    executor = dask_client.get_executor()
    found = list(explain_many(model, digits[:4], executor, spatial_shape=(28, 28),
                              backend=_backend(), **SETTINGS))
    assert {f.index: _outcome(f) for f in found} == {i: _outcome(serial[i]) for i in range(4)}


def test_any_executor_works_with_a_model_object(digits, serial):
    with ThreadPoolExecutor(2) as pool:
        found = list(explain_many(load_mnist_mlp(), digits[:3], pool, spatial_shape=(28, 28),
                                  backend=_backend(), **SETTINGS))
    assert {f.index: _outcome(f) for f in found} == {i: _outcome(serial[i]) for i in range(3)}


def test_explain_files_on_dask_matches_serial_and_names_workers(dask_client, digit_files,
                                                                tmp_path):
    backend = _backend()
    settings = dict(SETTINGS, backend=backend)
    serial_rows = list(explain_files(digit_files, tmp_path / "serial", model="mnist-mlp",
                                     **settings))
    dask_rows = list(explain_files(digit_files, tmp_path / "dask", model="mnist-mlp",
                                   executor=dask_client.get_executor(), **settings))
    by_input = {r["input"]: (r["status"], r["objective"]) for r in serial_rows}
    assert {r["input"]: (r["status"], r["objective"]) for r in dask_rows} == by_input
    assert {r["worker"] for r in serial_rows} == {"local"}
    assert len({r["worker"] for r in dask_rows}) >= 2
    with (tmp_path / "dask" / "summary.csv").open() as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == N_DIGITS and {r["worker"] for r in table} == \
        {r["worker"] for r in dask_rows}
    for row in table:  # the files written from what the workers sent back
        folder = tmp_path / "dask" / row["input"]
        problem = smug.MaskProblem.load(folder / "problem.npz")
        summary = json.loads((folder / "summary.json").read_text())
        assert summary["worker"] == row["worker"]
        assert summary["explanation"]["mask_cells"] == float(row["objective"])
        assert problem.grid.n_cells == 14 * 14
        assert (folder / "saliency.png").read_bytes()[:4] == b"\x89PNG"


def test_explain_files_resumes_and_keeps_failures_apart(digit_files, tmp_path):
    backend = _backend()
    out = tmp_path / "out"
    first = list(explain_files(digit_files[:2], out, model="mnist-mlp", backend=backend,
                               **SETTINGS))
    assert [r["status"] for r in first] == ["optimal", "optimal"]
    again = list(explain_files(digit_files[:3], out, model="mnist-mlp", backend=backend,
                               **SETTINGS))
    assert [r["input"] for r in again] == ["test2"]  # the two done are skipped
    with (out / "summary.csv").open() as fh:
        assert [r["input"] for r in csv.DictReader(fh)] == ["test0", "test1", "test2"]


def test_mnist_png_gives_back_the_exact_digit(digit_files, digits):
    from PIL import Image

    x = MODELS["mnist-mlp"].to_input(np.asarray(Image.open(digit_files[0])))
    assert torch.equal(x, digits[0])


def test_explain_files_writes_the_report_pictures_and_the_lsc(digit_files, tmp_path):
    from PIL import Image

    from smug.many import REPORT_IMAGES
    from smug.metrics import lsc

    out = tmp_path / "out"
    (row,) = explain_files(digit_files[:1], out, model="mnist-mlp", backend=_backend(),
                           gamma=0.5, cell=2)
    folder = out / row["input"]
    for name in REPORT_IMAGES.values():
        with Image.open(folder / name) as img:
            assert img.size == (28, 28) and img.mode in ("L", "RGB")
    mask = np.asarray(Image.open(folder / "mask.png"))[:, :, 0] == 255
    assert mask.mean() == pytest.approx(row["sparsity"], abs=1e-6)  # the per-pixel mask
    summary = json.loads((folder / "summary.json").read_text())
    found = summary["lsc"]
    # the box's LSC again, from the input's pixels through the metric itself
    x = MODELS["mnist-mlp"].to_input(np.asarray(Image.open(digit_files[0])))

    class AsImage(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.mlp = load_mnist_mlp()

        def forward(self, batch):
            return self.mlp(batch.reshape(batch.shape[0], 784))

    again = lsc(AsImage().eval(), x.reshape(1, 1, 28, 28), tuple(found["box"]), row["label"])
    assert again.score == pytest.approx(found["score"])
    assert summary["solver_stats"]["rounds"]  # the solver's own statistics came along


def test_explain_many_device_cpu_moves_the_model_and_keeps_results(digits, serial):
    model = load_mnist_mlp()
    found = list(explain_many(model, digits[:2], device="cpu", spatial_shape=(28, 28),
                              backend=_backend(), **SETTINGS))
    assert next(model.parameters()).device.type == "cpu"
    assert [_outcome(f) for f in found] == [_outcome(serial[0]), _outcome(serial[1])]


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_explain_many_on_cuda_matches_cpu(digits, serial):
    found = list(explain_many(load_mnist_mlp, digits[:2], device="cuda",
                              spatial_shape=(28, 28), backend=_backend(), **SETTINGS))
    assert [_outcome(f) for f in found] == [_outcome(serial[0]), _outcome(serial[1])]


def test_explain_many_checks_its_own_arguments_before_running(digits):
    with pytest.raises(ValueError, match="errors"):
        next(explain_many(load_mnist_mlp, digits, errors="ignore"))
    with pytest.raises(TypeError, match="model"):
        next(explain_many("mnist", digits))


def test_explain_many_errors_raise_or_are_kept(digits):
    bad = [digits[0], torch.zeros(2, 784)]  # the second has a batch of 2
    with pytest.raises(RuntimeError, match="input 1: ValueError: x:"):
        list(explain_many(load_mnist_mlp, bad, spatial_shape=(28, 28), backend=_backend(),
                          **SETTINGS))
    kept = list(explain_many(load_mnist_mlp, bad, spatial_shape=(28, 28), backend=_backend(),
                             errors="keep", **SETTINGS))
    assert kept[0].error == "" and kept[1].explanation is None
    assert kept[1].error.startswith("ValueError: x:")


def test_loader_must_be_picklable(digits):
    with pytest.raises(TypeError, match="picklable"):
        next(explain_many(lambda: load_mnist_mlp(), digits))


def test_a_loader_is_called_once_per_process(digits):
    _MODELS.clear()
    list(explain_many(load_mnist_mlp, digits[:3], spatial_shape=(28, 28), backend=_backend(),
                      **SETTINGS))
    assert len(_MODELS) == 1


def test_find_images_expands_folders_and_rejects_non_images(tmp_path, digit_files):
    assert find_images([digit_files[0].parent]) == sorted(digit_files)
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(ValueError, match="no images"):
        find_images([tmp_path])
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG not really")
    with pytest.raises(ValueError, match="cannot read"):
        find_images([fake])


def test_output_names_are_unique_and_stable():
    files = [Path("a/cat.png"), Path("b/cat.jpg"), Path("a/dog.png")]
    assert output_names(files) == ["a_cat", "b_cat", "dog"]
    assert output_names(files) == output_names(list(files))
    assert output_names([Path("x/cat.png"), Path("x/cat.jpg")]) == ["x_cat", "x_cat_2"]


@pytest.mark.slow
def test_photos_on_dask_match_serial(dask_client, tmp_path):
    """EfficientNet-Lite0 on three real photos (IG takes 10-50 s each here)."""
    pytest.importorskip("efficientnet_lite_pytorch")
    from PIL import Image

    from smug.data.photos import load_photo

    files = []
    for name in ("chelsea", "coffee", "rocket"):
        files.append(tmp_path / f"{name}.png")
        Image.fromarray(load_photo(name)).convert("RGB").save(files[-1])
    settings = dict(k=300, cell=4, n_steps=20, backend=_backend(), time_limit=60)
    # Dask workers run torch with one thread; IG's float32 sums depend on the thread count
    # (docs/scale-out.md), so the serial reference uses one thread too
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        serial = list(explain_files(files, tmp_path / "serial", **settings))
    finally:
        torch.set_num_threads(threads)
    on_dask = list(explain_files(files, tmp_path / "dask", executor=dask_client.get_executor(),
                                 **settings))
    assert {r["input"]: (r["status"], r["objective"], r["label"]) for r in on_dask} == \
        {r["input"]: (r["status"], r["objective"], r["label"]) for r in serial}
    assert all(r["status"] == "optimal" for r in serial)
    assert len({r["worker"] for r in on_dask}) >= 2


def test_a_failed_input_is_redone_and_keeps_one_row(digit_files, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    # a summary from before the IG columns (ig_nodes, ig_error, ig_gap) is taken over
    header = "input,label,label_name,probability,status,objective,sparsity,ig_s,encode_s," \
             "solve_s,total_s,backend,worker,error\n"
    (out / "summary.csv").write_text(header + "test0,,,,error,,,,,,1.0,,local,ValueError: x\n")
    rows = list(explain_files(digit_files[:1], out, model="mnist-mlp", backend=_backend(),
                              **SETTINGS))
    assert [r["status"] for r in rows] == ["optimal"]
    with (out / "summary.csv").open() as fh:
        reader = csv.DictReader(fh)
        assert [r["status"] for r in reader] == ["optimal"]
        assert reader.fieldnames == SUMMARY_FIELDS
    (out / "summary.csv").write_text("input,status\ntest0,optimal\n")
    with pytest.raises(ValueError, match="other columns"):
        list(explain_files(digit_files[:1], out, model="mnist-mlp"))


def test_default_k_of_all_neurons_does_not_warn_but_an_explicit_k_does(digit_files, tmp_path):
    (row,) = explain_files(digit_files[:1], tmp_path / "a", model="mnist-mlp",
                           backend=_backend(), gamma=0.5, cell=2)
    assert row["status"] == "optimal" and not any("eligible" in w for w in row["warnings"])
    (row,) = explain_files(digit_files[:1], tmp_path / "b", model="mnist-mlp", k=32,
                           backend=_backend(), gamma=0.5, cell=2)
    assert any("eligible" in w for w in row["warnings"])  # the explainer's FewNeuronsWarning


def test_summary_rows_report_the_ig_nodes_error_and_gap(digit_files, tmp_path):
    (row,) = explain_files(digit_files[:1], tmp_path, model="mnist-mlp", backend=_backend(),
                           **SETTINGS)
    summary = json.loads((tmp_path / row["input"] / "summary.json").read_text())
    ig = summary["explanation"]["ig_completeness"]
    assert ig["rule"] == "adaptive" and row["ig_nodes"] == ig["nodes"] >= 12
    assert float(row["ig_gap"]) == pytest.approx(ig["relative_gap"], rel=1e-2)
    assert float(row["ig_gap"]) <= ig["tolerance"] and float(row["ig_error"]) <= ig["tolerance"]
    (fixed,) = explain_files(digit_files[:1], tmp_path / "fixed", model="mnist-mlp",
                             backend=_backend(), n_steps=20, **SETTINGS)
    assert fixed["ig_nodes"] == 20 and fixed["ig_error"] == ""  # no estimate for a fixed rule


def test_one_ig_per_input_in_explain_many_and_explain_files(digits, digit_files, tmp_path,
                                                             monkeypatch):
    """Each input costs one first-layer IG run, shared by SMUG and SMUG_base (the report's
    ``base.png``), in the library call and in ``smug explain FILES``."""
    from smug.explain import ig

    calls = [0]
    real = ig._compute_first_layer_ig

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(ig, "_compute_first_layer_ig", counted)
    backend = _backend()
    done = list(explain_many(load_mnist_mlp, digits[:3], spatial_shape=(28, 28),
                             backend=backend, **SETTINGS))
    assert len(done) == 3 and all(f.error == "" for f in done)
    assert calls[0] == 3
    for f in done:  # SMUG_base is computed from the same IG
        assert f.explanation.base_cell_mask.any()
    calls[0] = 0
    rows = list(explain_files(digit_files[:2], tmp_path / "out", model="mnist-mlp",
                              backend=backend, gamma=0.5, cell=2))
    assert [r["status"] for r in rows] == ["optimal", "optimal"]
    assert calls[0] == 2
