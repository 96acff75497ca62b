"""Every installed built-in backend passes the shipped conformance kit (smug.testing)."""

from __future__ import annotations

import warnings

import pytest

import smug
from smug.testing import ConformanceReport, check_backend

BUILTIN = ("cpsat", "highs", "pulp", "cvxpy", "z3", "scip")


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_backend_passes_check_backend(name):
    if name not in smug.available_backends():
        pytest.skip(f"{name} not installed")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PuLP 3 announces PuLP 4
        report = check_backend(name, seeds=2)
    assert report.checked > 20
    assert report.ok, report.summary()
    # only CP-SAT declines anything here: costs whose exact ratios exceed its 60 bits
    assert not report.refused or name == "cpsat"
    assert all("cost" in message for _, message in report.refused)


def test_a_failure_is_reported_with_its_problem():
    report = ConformanceReport("x", 3, (("known:a", "wrong optimum"),))
    assert not report.ok
    assert "2/3" in report.summary() and "known:a: wrong optimum" in report.summary()


def test_check_backend_rejects_unknown_backends_and_bad_seeds():
    with pytest.raises(smug.UnknownBackendError, match="valid backends"):
        check_backend("no-such-backend")
    with pytest.raises(ValueError, match="seeds"):
        check_backend("highs", seeds=-1)
