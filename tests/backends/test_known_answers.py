"""Every installed backend on the shared list of small problems with known answers."""

from __future__ import annotations

import numpy as np
import pytest

import smug
from smug.backends import backend_class
from smug.testing.oracle import KNOWN_PROBLEMS, brute_force, check_solution

TIME_LIMIT = 20.0


def test_known_problems_match_the_oracle():
    for known in KNOWN_PROBLEMS:
        oracle = brute_force(known.problem)
        assert oracle.status is known.status, known.name
        if known.optimum is not None:
            assert float(oracle.optimum) == known.optimum, known.name
        if known.masks is not None:
            found = sorted(map(tuple, oracle.optimal_masks.astype(int).tolist()))
            assert found == sorted(known.masks), known.name


@pytest.mark.parametrize("known", KNOWN_PROBLEMS, ids=lambda k: k.name)
@pytest.mark.parametrize("presolve", [False, True], ids=["direct", "presolved"])
def test_known_answer(backend, known, presolve):
    oracle = brute_force(known.problem)
    solution = smug.solve(known.problem, backend, time_limit=TIME_LIMIT, presolve=presolve)
    must_prove = True  # the shared loop is complete: every small problem is proven
    check_solution(solution, known.problem, oracle, must_prove)
    if solution.status is smug.Status.OPTIMAL and known.masks is not None:
        assert tuple(solution.mask.astype(int)) in known.masks


def test_unique_optimum_mask(backend):
    problem = KNOWN_PROBLEMS[0].problem
    solution = smug.solve(problem, backend, time_limit=TIME_LIMIT)
    assert solution.status is smug.Status.OPTIMAL
    np.testing.assert_array_equal(solution.mask, [True, False, False, True])
    assert solution.objective == 2.0 and solution.bound == 2.0


def test_exact_backend_proves_every_tie(backend):
    """An exact backend (z3) decides exact ties: the strict row tight at {m0, m1} fails."""
    if not backend_class(backend).exact:
        pytest.skip(f"{backend} is not an exact backend")
    known = next(k for k in KNOWN_PROBLEMS if k.name == "below_float_resolution")
    solution = smug.solve(known.problem, backend, time_limit=TIME_LIMIT)
    assert solution.status is smug.Status.OPTIMAL
    np.testing.assert_array_equal(solution.mask, [True, True, False])
