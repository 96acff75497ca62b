"""benchmarks/studies/ig_gap: the grid analysis on integrands with known quadrature errors."""

from __future__ import annotations

import numpy as np
import pytest
from bench_scripts import load_script


@pytest.fixture(scope="module")
def study():
    return load_script("ig_gap")


def _grid(slope, phi, n=1024):
    a = np.linspace(0.0, 1.0, n + 1)
    return {"alpha": a, "slope": slope(a), "phi": phi(a), "f_x": phi(np.array(1.0)),
            "label": 0}


def test_gaps_of_a_smooth_integrand_are_the_textbook_errors(study):
    # phi = alpha^3: the trapezoid on n intervals errs by +h^2/2, the midpoint rule by
    # -h^2/4 (relative to phi(1) - phi(0) = 1); the exact increments are known
    g = study.analyse(_grid(lambda a: 3 * a ** 2, lambda a: a ** 3))
    for row in g["by_nodes"]:
        h = 1 / row["intervals"]
        assert row["trapezoid_gap"] == pytest.approx(h ** 2 / 2, rel=1e-6, abs=1e-12)
        if "midpoint_gap" in row:
            assert row["midpoint_gap"] == pytest.approx(-h ** 2 / 4, rel=1e-6, abs=1e-12)
    assert g["finest_total_err_rel"] == pytest.approx(0.5 / 1024 ** 2, rel=1e-6)
    # second differences of a quadratic are constant: 3 h^2, quadrupling per doubling
    rough = [r["rms_second_difference_rel"] for r in g["roughness"]]
    assert np.allclose(np.array(rough[1:]) / np.array(rough[:-1]), 4.0)


def test_a_random_walk_integrand_roughens_like_the_square_root_of_the_step(study):
    rng = np.random.default_rng(0)
    n = 2 ** 14
    walk = np.concatenate([[0.0], np.cumsum(rng.normal(size=n))]) / np.sqrt(n)
    a = np.linspace(0.0, 1.0, n + 1)
    phi = np.concatenate([[0.0], np.cumsum((walk[1:] + walk[:-1]) / 2) / n]) + a
    g = study.analyse({"alpha": a, "slope": walk + 1.0, "phi": phi, "f_x": phi[-1],
                       "label": 0})
    rough = [r["rms_second_difference_rel"] for r in g["roughness"]]
    ratios = np.array(rough[1:]) / np.array(rough[:-1])
    assert np.all((ratios > 1.2) & (ratios < 1.7)), ratios  # sqrt(2), not 4 (smooth)
    assert g["by_nodes"][-1]["trapezoid_gap"] == pytest.approx(0.0, abs=1e-9)
