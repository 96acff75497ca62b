"""The benchmark runner in the package (smug.bench): instances with their manifest, resumable
streamed rows, and the same results on a real two-process Dask LocalCluster.

Every run here uses ``threads=1``: HiGHS sizes one thread scheduler per process, and tests
that drive highspy directly with ``threads=1`` later in the same pytest process (e.g.
tests/benchmarks/test_instances.py) fail with kNotset after a run at another count.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import smug
from smug.bench import FIELDS, PACKAGED_INSTANCES, Instance, find_instances, read_rows, run_suite
from smug.bench.report import markdown, worker_section


def two_backends() -> list[str]:
    installed = smug.available_backends()
    if len(installed) < 2:
        pytest.skip("needs two installed backends")
    preferred = [b for b in ("cpsat", "highs") if b in installed]
    return preferred if len(preferred) == 2 else installed[:2]


@pytest.fixture(scope="module")
def small() -> list[Instance]:
    return find_instances([PACKAGED_INSTANCES], quick=True)


def test_packaged_instances_carry_their_manifest():
    found = find_instances([PACKAGED_INSTANCES])
    manifest = json.loads((PACKAGED_INSTANCES / "manifest.json").read_text())
    assert {i.name for i in found} == {e["name"] for e in manifest}
    for inst in found:
        problem = smug.MaskProblem.load(inst.path)
        assert inst.meta["nnz"] == problem.nnz and inst.meta["n_rows"] == problem.n_rows
    nnz = [i.meta["nnz"] for i in found]
    assert nnz == sorted(nnz)


def test_quick_keeps_the_three_smallest(small):
    everything = find_instances([PACKAGED_INSTANCES])
    assert [i.name for i in small] == [i.name for i in everything[:3]]


def test_instances_without_manifest_and_bad_paths(tmp_path):
    src = PACKAGED_INSTANCES / "text_test0_k20_c1.npz"
    (tmp_path / src.name).write_bytes(src.read_bytes())
    (found,) = find_instances([tmp_path])
    assert found.meta == {} and found.instance_class == "text_k20_c1"
    with pytest.raises(ValueError, match="--instances: no such"):
        find_instances([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no .npz"):
        find_instances([tmp_path / "empty"])


def test_files_of_one_stem_in_two_folders_get_distinct_names(tmp_path):
    one, two = PACKAGED_INSTANCES / "text_test0_k20_c1.npz", PACKAGED_INSTANCES / "mnist_test0_kall_c2.npz"
    for folder, src in (("a", one), ("b", two)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.npz").write_bytes(src.read_bytes())
    (tmp_path / "b" / "other.npz").write_bytes(one.read_bytes())
    found = find_instances([tmp_path / "a", tmp_path / "b", tmp_path / "a" / "same.npz"])
    assert sorted(i.name for i in found) == ["a/same", "b/same", "other"]  # no repeats
    rows = list(run_suite(found, ["highs"], time_limit=30, out=tmp_path / "rows.jsonl"))
    by_name = {r["instance"]: r for r in rows}
    assert set(by_name) == {"a/same", "b/same", "other"}
    assert by_name["a/same"]["n_vars"] == smug.MaskProblem.load(one).n_vars
    assert by_name["b/same"]["n_vars"] == smug.MaskProblem.load(two).n_vars
    assert by_name["a/same"]["class"] == "same"


def test_serial_rows_agree_across_backends_and_resume(small, tmp_path):
    backends = two_backends()
    out = tmp_path / "runs.csv"
    first = list(run_suite(small, backends[:1], time_limit=60, out=out, threads=1))
    assert len(first) == len(small)
    # adding a backend runs only the new pairs
    second = list(run_suite(small, backends, time_limit=60, out=out, threads=1))
    assert {r["backend"] for r in second} == {backends[1]} and len(second) == len(small)
    assert list(run_suite(small, backends, time_limit=60, out=out, threads=1)) == []
    rows = read_rows(out)
    assert len(rows) == 2 * len(small) and list(rows[0]) == FIELDS
    for row in rows:
        assert row["status"] == "optimal" and row["verified"] == "True"
        assert row["worker"] == "local" and row["class"]
    for inst in small:  # two different solvers prove the same optimum
        optima = {r["objective"] for r in rows if r["instance"] == inst.name}
        assert len(optima) == 1


def test_jsonl_rows_keep_the_manifest_and_configurations_have_labels(small, tmp_path):
    if "cpsat" not in smug.available_backends():
        pytest.skip("needs cpsat")
    out = tmp_path / "runs.jsonl"
    configs = {"cpsat": "cpsat", "cpsat-lin2": ("cpsat", {"linearization_level": 2})}
    rows = list(run_suite(small[:1], configs, time_limit=60, out=out, seeds=[0, 1], threads=1))
    assert sorted((r["backend"], r["seed"]) for r in rows) == [
        ("cpsat", 0), ("cpsat", 1), ("cpsat-lin2", 0), ("cpsat-lin2", 1)]
    assert all(r["status"] == "optimal" for r in rows), rows
    stored = read_rows(out)
    assert stored[0]["meta"]["name"] == small[0].name and stored[0]["meta"]["k"] == \
        small[0].meta["k"]
    assert len({r["objective"] for r in stored}) == 1


def test_a_file_with_foreign_columns_is_refused_not_appended(small, tmp_path):
    out = tmp_path / "old.csv"
    out.write_text("instance,backend,wall_time\nx,cpsat,3\n")
    with pytest.raises(ValueError, match="other columns.*wall_time"):
        list(run_suite(small, two_backends(), out=out))
    assert out.read_text() == "instance,backend,wall_time\nx,cpsat,3\n"
    rows = list(run_suite(small[:1], two_backends()[:1], out=out, fresh=True, threads=1))
    assert len(rows) == 1 and list(read_rows(out)[0]) == FIELDS


def test_results_of_an_older_bench_are_kept_and_resumed(small, tmp_path):
    backend = two_backends()[0]
    out = tmp_path / "old.csv"
    list(run_suite(small[:1], [backend], out=out, threads=1))
    old_fields = [f for f in FIELDS if f not in ("class", "tier", "worker")]
    rows = read_rows(out)
    with out.open("w") as fh:  # as the bench before the worker column wrote it
        fh.write(",".join(old_fields) + "\n")
        fh.writelines(",".join(r[f] for f in old_fields) + "\n" for r in rows)
    new = list(run_suite(small[:2], [backend], out=out, threads=1))
    assert [r["instance"] for r in new] == [small[1].name]  # the old run is not redone
    stored = read_rows(out)
    assert list(stored[0]) == FIELDS and stored[0]["objective"] == rows[0]["objective"]
    assert stored[0]["worker"] == "" and stored[1]["worker"] == "local"


def test_bad_arguments_fail_before_any_run(small, tmp_path):
    with pytest.raises(ValueError, match="unknown"):
        list(run_suite(small, ["gurobi"], out=tmp_path / "x.csv", threads=1))
    with pytest.raises(ValueError, match="time_limit"):
        list(run_suite(small, two_backends(), time_limit=0, out=tmp_path / "x.csv"))
    assert not (tmp_path / "x.csv").exists()


def test_dask_gives_the_serial_statuses_and_objectives(tmp_path):
    """On a real LocalCluster of 2 worker processes (smug's own ``local:2``)."""
    pytest.importorskip("distributed")
    from smug.executors import dask_executor

    backends = two_backends()
    instances = find_instances([PACKAGED_INSTANCES])[:4]
    serial = list(run_suite(instances, backends, time_limit=60, out=tmp_path / "serial.csv",
                            threads=1))
    with dask_executor("local:2") as executor:
        on_dask = list(run_suite(instances, backends, time_limit=60, out=tmp_path / "dask.csv",
                                 executor=executor, threads=1))
    outcome = lambda rows: {(r["instance"], r["backend"]): (r["status"], r["objective"])
                            for r in rows}
    assert outcome(on_dask) == outcome(serial) and len(serial) == 8
    workers = {r["worker"] for r in read_rows(tmp_path / "dask.csv")}
    assert len(workers) >= 2 and "local" not in workers
    report = markdown(read_rows(tmp_path / "dask.csv"), {"date": "-", "machine": "-",
                                                          "time_limit": 60})
    assert "## Workers" in report


def test_worker_section_only_with_several_workers():
    assert worker_section([{"worker": "local"}, {"worker": "local"}]) == []
    text = "\n".join(worker_section([{"worker": "0"}, {"worker": "1"}, {"worker": "1"}]))
    assert "| 0 | 1 |" in text and "| 1 | 2 |" in text


def test_the_script_in_benchmarks_is_the_same_runner():
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "backends.py"
    spec = importlib.util.spec_from_file_location("bench_backends_script", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from smug.bench import command

    assert module.main is command.main
