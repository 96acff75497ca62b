"""smug.solving.settle: what auto does after a refusal or an unproven answer.

Oracle: the brute force of :mod:`smug.testing.oracle` (exact integers).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import smug
from smug.solving.settle import best_of, settle
from smug.errors import UnsupportedProblemError
from smug.solution import Status
from smug.testing.families import adversarial_problem, exact_cost
from smug.testing.oracle import brute_force


def solve_one(problem):
    def run(name, seconds):
        options = {"isolate": False} if name == "z3" else {}
        return smug.solve(problem, name, time_limit=seconds, presolve=False, **options)
    return run


def test_an_unproven_answer_goes_to_the_exact_backends():
    """Rows of integers near 2**53: HiGHS stopped early leaves it unproven; z3 (or CP-SAT)
    proves it, and the answer is the oracle's."""
    pytest.importorskip("z3")
    problem = adversarial_problem("big_integers", 15)
    unproven = smug.solve(problem, "highs", presolve=False, time_limit=0.05)
    assert unproven.status is not Status.OPTIMAL
    sol = settle(problem, unproven, None, ["highs"], smug.available_backends(), None,
                 solve_one(problem))
    assert sol.status is Status.OPTIMAL
    assert exact_cost(problem, sol.mask) == brute_force(problem).optimum
    assert sol.stats["auto_settled_with"][0] == "z3"


def test_a_refusal_goes_to_a_backend_that_takes_the_problem():
    problem = smug.MaskProblem([[1.0, 1.0]], [1.0], strict=False, cost=[1e-20, 1e20])
    refusal = UnsupportedProblemError("cost: too wide")
    sol = settle(problem, None, refusal, ["cpsat"], smug.available_backends(), None,
                 solve_one(problem))
    assert sol.status is Status.OPTIMAL and sol.objective == 1e-20
    assert sol.backend != "cpsat"


def test_a_refusal_no_backend_can_take_is_raised_again():
    problem = smug.MaskProblem([[1.0, 1.0]], [1.0], strict=False, cost=[1e-20, 1e20])
    refusal = UnsupportedProblemError("cost: too wide")
    with pytest.raises(UnsupportedProblemError, match="too wide"):
        settle(problem, None, refusal, ["cpsat"], ["cpsat"], None, solve_one(problem))


def test_a_proof_is_returned_as_it_is():
    problem = adversarial_problem("tied_costs", 1)
    proof = smug.solve(problem, "highs")
    assert settle(problem, proof, None, ["highs"], smug.available_backends(), None,
                  solve_one(problem)) is proof


def test_best_of_takes_the_cheaper_mask_and_the_larger_bound():
    """Two unproven answers: the cheaper verified mask with the larger bound, OPTIMAL when
    that bound meets it exactly."""
    problem = adversarial_problem("big_integers", 15)
    oracle = brute_force(problem)
    proof = smug.solve(problem, "cpsat", presolve=False)
    loose = smug.solve(problem, "highs", presolve=False, time_limit=0.05)
    merged = best_of(problem, loose, proof)
    assert merged is proof
    as_feasible = replace(proof, status=Status.FEASIBLE)
    merged = best_of(problem, loose, as_feasible)
    assert merged.status is Status.OPTIMAL  # its bound meets the mask's exact cost
    assert exact_cost(problem, merged.mask) == oracle.optimum
