"""The checks every MILP backend (highs, pulp, cvxpy, scip) must pass, run on each installed one.

Backend-specific tests stay in ``test_highs.py``, ``test_pulp.py`` and ``test_cvxpy.py``.
"""

from __future__ import annotations

import pytest

import smug

from . import milp_checks as check

MILP_BACKENDS = ("highs", "pulp", "cvxpy", "scip")


@pytest.fixture(params=MILP_BACKENDS)
def backend(request) -> str:
    if request.param not in smug.available_backends():
        pytest.skip(f"{request.param} is not installed")
    return request.param


def test_unique_optimum(backend):
    check.unique_optimum(backend)


def test_strict_row_tight_at_would_be_optimum(backend):
    check.strict_tight(backend)


def test_float_tie_is_proven_infeasible(backend):
    check.float_tie_infeasible(backend)


def test_infeasible_is_a_status(backend):
    check.infeasible(backend)


def test_fixed_variables(backend):
    check.fixed_variables(backend)


def test_coefficients_spread_over_thirteen_orders_match_the_oracle(backend):
    check.spread_magnitudes(backend, range(40))


def test_time_out_is_never_optimal(backend):
    check.time_out_not_optimal(backend)


def test_unknown_option_is_rejected(backend):
    check.unknown_option(backend)


def test_real_stem_instances(backend):
    check.real_instances(backend)
