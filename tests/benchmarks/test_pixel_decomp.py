"""The pixel_decomp study: its band decomposition (``benchmarks/studies/pixel_decomp/
decompose.py``, study code) against the brute-force oracle, and its committed rows.

The oracle problems are built like the pixel-level image problems, small enough to
enumerate: rows over windows of a grid (so they touch a few neighbouring grid rows), mixed
signs, coefficients over many decades or exact dyadic ties, strict and non-strict rows,
fixings. The committed rows agree with themselves: every mask verified exactly, every proven
bound (solver, band bound, any subgradient round) at most every verified objective of the
same problem, a search never worse than the mask it started from.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

import smug
from bench_scripts import load_script
from smug.testing.oracle import all_masks, brute_force

STUDY = load_script("pixel_decomp")
band_bound, band_rows = STUDY.decompose.band_bound, STUDY.decompose.band_rows
decompose_solve, grid_rows = STUDY.decompose.decompose_solve, STUDY.decompose.grid_rows
improve_mask = STUDY.decompose.improve_mask
RESULTS = (Path(__file__).resolve().parents[2] / "benchmarks" / "studies" / "pixel_decomp"
           / "results" / "pixel_decomp.jsonl")

SHAPE = (5, 3)  # grid rows x columns: 15 variables, 32,768 masks for the oracle


def _grid_problem(seed: int, kind: str = "decades", rows: int = 9) -> smug.MaskProblem:
    rng = np.random.default_rng([20, seed])
    H, W = SHAPE
    r_idx, c_idx, vals, rhs, strict = [], [], [], [], []
    for i in range(rows):
        top = int(rng.integers(0, H - 1))
        h = int(rng.integers(2, 4))
        cells = [y * W + x for y in range(top, min(top + h, H)) for x in range(W)
                 if rng.random() < 0.8]
        if not cells:
            cells = [top * W]
        signs = np.where(rng.random(len(cells)) < 0.3, -1.0, 1.0)
        if kind == "decades":
            coefs = signs * 10.0 ** rng.uniform(-8, 1, len(cells))
        else:  # dyadic: exact sums, real ties
            coefs = signs * rng.integers(1, 9, len(cells)) / 8.0
        pos = coefs[coefs > 0].sum()
        rhs.append(float(rng.choice([0.0, 0.5 * pos, 0.3 * pos])))
        strict.append(bool(rng.random() < 0.6))
        r_idx += [i] * len(cells)
        c_idx += cells
        vals += coefs.tolist()
    A = sp.csr_matrix((vals, (r_idx, c_idx)), shape=(rows, H * W))
    if seed % 5 != 4:  # keep a reference mask feasible (seeds 4, 9, ...: rows as drawn)
        ref = rng.random(H * W) < 0.5
        rhs, strict = np.array(rhs), np.array(strict)
        for _ in range(3):
            failed = smug.verify(smug.MaskProblem(A, rhs, strict), ref).failed_rows
            activity = A @ ref.astype(float)
            rhs[failed] = activity[failed] - np.abs(activity[failed]) * 1e-3 - 1e-9
            strict[failed] = False
    cost = None if seed % 3 else rng.integers(1, 4, H * W) / 4.0
    fixed = None
    if seed % 4 == 1:
        fixed = {int(rng.integers(0, H * W)): int(rng.integers(0, 2))}
    return smug.MaskProblem(A, rhs, strict, cost, fixed, smug.Grid(SHAPE, (1, 1)),
                            f"grid-{kind}-{seed}")


CASES = [(seed, kind) for seed in range(8) for kind in ("decades", "dyadic")]


@pytest.mark.parametrize("seed,kind", CASES)
def test_band_bound_is_a_lower_bound(seed: int, kind: str) -> None:
    problem = _grid_problem(seed, kind)
    oracle = brute_force(problem)
    for height, iterations in ((1, 1), (2, 3), (3, 2)):
        result = band_bound(problem, height, iterations=iterations, time_limit=20)
        if oracle.optimum is None:
            continue  # any bound is valid for an infeasible problem
        assert not result.infeasible
        assert Fraction(result.bound) <= oracle.optimum, (height, iterations, result)
        assert all(Fraction(r) <= oracle.optimum for r in result.rounds)


@pytest.mark.parametrize("seed,kind", CASES)
def test_decompose_solve_against_oracle(seed: int, kind: str) -> None:
    problem = _grid_problem(seed, kind)
    oracle = brute_force(problem)
    shares = (0.4, 0.25, 0.35) if seed % 2 else (0.5, 0.0, 0.5)  # with and without bands
    # min_component: every component by bands, or (every third seed) all solved together
    sol = decompose_solve(problem, height=2, time_limit=20, iterations=2, shares=shares,
                          min_component=10**6 if seed % 3 == 0 else 1)
    if oracle.optimum is None:
        assert sol.status in (smug.Status.INFEASIBLE, smug.Status.UNKNOWN)
        return
    assert sol.status in (smug.Status.OPTIMAL, smug.Status.FEASIBLE)
    assert smug.verify(problem, sol.mask)
    index = int(np.flatnonzero((all_masks(problem.n_vars) == sol.mask).all(axis=1))[0])
    assert oracle.feasible[index]
    assert Fraction(sol.bound) <= oracle.optimum <= Fraction(sol.objective)
    if sol.status is smug.Status.OPTIMAL:
        assert Fraction(sol.objective) == oracle.optimum


@pytest.mark.parametrize("seed", range(6))
def test_improve_mask_keeps_feasibility_and_never_costs_more(seed: int) -> None:
    problem = _grid_problem(seed, "dyadic")
    oracle = brute_force(problem)
    if oracle.optimum is None:
        pytest.skip("infeasible instance")
    masks = all_masks(problem.n_vars)
    costs = masks @ problem.cost
    worst = masks[np.flatnonzero(oracle.feasible)[np.argmax(costs[oracle.feasible])]]
    better, stats = improve_mask(problem, worst, height=1, window=2, time_limit=20)
    index = int(np.flatnonzero((masks == better).all(axis=1))[0])
    assert oracle.feasible[index]
    assert problem.objective(better) <= problem.objective(worst)
    assert stats["after"] == problem.objective(better)


def _path(n: int, cost=None) -> smug.MaskProblem:
    """Vertex cover of a path on a column of ``n`` cells: rows ``x_i + x_{i+1} >= 1``."""
    A = sp.csr_matrix((np.ones(2 * (n - 1)), (np.repeat(np.arange(n - 1), 2),
                                              np.ravel([[i, i + 1] for i in range(n - 1)]))),
                      shape=(n - 1, n))
    return smug.MaskProblem(A, np.ones(n - 1), False, cost, grid=smug.Grid((n, 1), (1, 1)))


def test_known_answers_on_a_path() -> None:
    # optimum 2 (cells 1 and 3); with bands of one row every inner cell is split in halves
    problem = _path(5)
    assert band_rows(problem, grid_rows(problem), 1).tolist() == [0, 1, 2, 3]
    result = band_bound(problem, 1)
    assert result.rounds == [2.0] and result.bound == 2.0
    assert result.stats == {"bands": 4, "shared_variables": 3, "max_copies": 2}
    sol = decompose_solve(problem, height=1, min_component=1, time_limit=20)
    assert sol.status is smug.Status.OPTIMAL and sol.objective == 2.0
    # six cells: optimum 3; the halves give 2.5 and the bound rounds up to the grain (1)
    result = band_bound(_path(6), 1)
    assert result.rounds == [2.5] and result.bound == 3.0


def test_infeasible_band_proves_the_problem_infeasible() -> None:
    A = sp.csr_matrix(np.array([[1.0, 0.0], [-1.0, 0.0]]))
    problem = smug.MaskProblem(A, [0.5, -0.5], [False, False], grid=smug.Grid((2, 1), (1, 1)))
    result = band_bound(problem, 1)
    assert result.infeasible and result.bound == math.inf
    assert decompose_solve(problem, 1, min_component=1).status is smug.Status.INFEASIBLE


def test_bad_arguments_name_themselves() -> None:
    problem = _path(4)
    with pytest.raises(TypeError, match="problem"):
        band_bound("not a problem")
    with pytest.raises(ValueError, match="height"):
        band_bound(problem, 0)
    with pytest.raises(ValueError, match="iterations"):
        band_bound(problem, 1, iterations=0)
    with pytest.raises(ValueError, match="time_limit"):
        band_bound(problem, 1, time_limit=-1)
    with pytest.raises(ValueError, match="coordinate"):
        band_bound(problem, 1, coordinate=[0, 1])
    with pytest.raises(ValueError, match="grid"):
        band_bound(smug.MaskProblem(problem.A, problem.rhs, False))
    with pytest.raises(ValueError, match="shares"):
        decompose_solve(problem, 1, shares=(0.5, 0.5, 0.5))
    with pytest.raises(ValueError, match="grid"):
        decompose_solve(smug.MaskProblem(problem.A, problem.rhs, False))
    with pytest.raises(ValueError, match="mask"):
        improve_mask(problem, np.zeros(4, dtype=bool))
    with pytest.raises(ValueError, match="window"):
        improve_mask(problem, np.ones(4, dtype=bool), window=0)


# --- the committed rows ----------------------------------------------------------------
def _rows() -> list[dict]:
    return [json.loads(line) for line in RESULTS.read_text().splitlines() if line.strip()]


def test_bounds_never_pass_a_verified_mask():
    by_problem = defaultdict(list)
    for row in _rows():
        if row.get("objective") is not None:
            assert row["verified"] is True, row
        whole = row["experiment"] in ("decompose", "handover", "default")
        by_problem[(row["instance"], whole)].append(row)
    assert by_problem
    for key, rows in by_problem.items():
        found = [r["objective"] for r in rows if r.get("objective") is not None]
        bounds = [float(r["bound"]) for r in rows if r.get("bound") is not None]
        bounds += [x for r in rows for x in r.get("rounds", [])]
        if found and bounds:
            assert max(bounds) <= min(found), key
        for r in rows:
            if r["experiment"] in ("lns", "handover") and r.get("objective") is not None:
                assert r["objective"] <= r["before"], r


def test_the_table_is_written_from_the_rows(tmp_path):
    STUDY.write_table(_rows(), tmp_path / "t.md")
    text = (tmp_path / "t.md").read_text()
    assert "img_camera_k10000_g0.5_c1 | band" in text
    STUDY.write_table([{"instance": "img_coffee_k3000_g0.5_c1", "experiment": "lns",
                        "backend": "cpsat", "height": 16, "iterations": 1, "time_limit": 60.0,
                        "component_vars": 4918, "before": 4700.0, "objective": 4693.0,
                        "verified": True, "cpu_s": 50.0, "wall_s": 60.0}], tmp_path / "u.md")
    assert "img_coffee_k3000_g0.5_c1* | lns | cpsat | 16 | 1 | 60 | 4918 | 4700 -> 4693 |" in \
        (tmp_path / "u.md").read_text()
