"""Extreme but valid inputs (issue 17): the exact optimum or a clear refusal, on every backend.

Each reproduction of the issue runs on every installed backend and on ``auto``, with
presolve on and off, against the brute-force oracle of :mod:`smug.testing.oracle`
(exact integer arithmetic over all masks; it shares no code with smug's solvers, verifier
or exact helpers). A backend may refuse a problem it cannot represent, but only with
:class:`smug.errors.UnsupportedProblemError` naming the argument; ``auto`` must prove
every case. No RuntimeWarning may leak.
"""

from __future__ import annotations

import subprocess
import warnings
from fractions import Fraction

import numpy as np
import pytest

import smug
from smug.errors import UnsupportedProblemError
from smug.problem import MaskProblem
from smug.solution import Status
from smug.testing.families import adversarial_problem
from smug.testing.oracle import brute_force

BACKENDS = ["auto", *smug.available_backends()]

#: name -> (problem arguments, backends allowed to refuse the costs)
CASES = {
    # 1: CBC said INFEASIBLE once a needed cost exceeded ~1e15
    "costs_2e15": (dict(A=[[1.0, 1.0, 1.0]], rhs=[1.5], strict=False,
                        cost=[2e15, 3e15, 4e15]), ()),
    # 4: presolve overflowed on rows of 1e308-sized values
    "rows_near_float_max": (dict(A=[[1e308, 1e308, 0, 0], [1e308, 1e308, -1.7e308, -1.7e308],
                                    [0, 0, 1, 1]], rhs=[1.5e308, 0, 1], strict=False), ()),
    # 6: CP-SAT crashed formatting its own refusal
    "cost_subnormal": (dict(A=[[1.0, 1.0]], rhs=[1.0], strict=False, cost=[5e-324, 1.0]),
                       ("cpsat",)),
    "cost_2pow": (dict(A=[[1.0, 1.0]], rhs=[1.0], strict=False, cost=[2.0**-1000, 2.0**100]),
                  ("cpsat",)),
    # 7: cvxpy leaked "Cannot unpack invalid solution"
    "costs_1e-20_1e20": (dict(A=[[1.0, 1.0]], rhs=[1.0], strict=False, cost=[1e-20, 1e20]),
                         ("cpsat",)),
    # 11: tied costs took the MILP backends one round per tied mask
    "tied_0.1": (dict(A=np.ones((1, 12)), rhs=[6.5], strict=False, cost=np.full(12, 0.1)), ()),
    "tied_1e-7": (dict(A=np.ones((1, 12)), rhs=[6.5], strict=False, cost=np.full(12, 1e-7)),
                  ()),
    "tied_12345.678": (dict(A=np.ones((1, 12)), rhs=[6.5], strict=False,
                            cost=np.full(12, 12345.678)), ()),
    # 12: costs of 1e20 and more (HiGHS's infinity)
    "costs_2e20": (dict(A=[[1.0, 1.0, 1.0]], rhs=[1.5], strict=False,
                        cost=[2e20, 3e20, 4e20]), ()),
}


def exact_cost(problem: MaskProblem, mask: np.ndarray) -> Fraction:
    return sum((Fraction(c) for c in problem.cost[mask].tolist()), Fraction(0))


def problem_of(case: str) -> MaskProblem:
    args = CASES[case][0]
    return MaskProblem(args["A"], args["rhs"], args["strict"], cost=args.get("cost"))


@pytest.mark.parametrize("presolve", [True, False])
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("case", list(CASES))
def test_reproduction_is_proved_or_refused_clearly(case, backend, presolve):
    problem = problem_of(case)
    oracle = brute_force(problem)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        try:
            sol = smug.solve(problem, backend, presolve=presolve)
        except UnsupportedProblemError as exc:
            assert backend in CASES[case][1], f"{backend} refused: {exc}"
            assert str(exc).startswith("cost:") and "\n" not in str(exc)
            return
    assert sol.status is Status.OPTIMAL, (sol, sol.stats.get("rounds", [])[-3:])
    assert exact_cost(problem, sol.mask) == oracle.optimum
    assert Fraction(sol.bound) <= oracle.optimum


@pytest.mark.parametrize("case", [c for c in CASES if CASES[c][1]])
def test_auto_proves_what_cpsat_refuses_on_one_core_too(case):
    """``threads=1`` runs one backend (CP-SAT); its refusal goes on to one that can.
    (Presolve off: with it, presolve alone solves these small problems and CP-SAT is never
    asked.)"""
    problem = problem_of(case)
    sol = smug.solve(problem, threads=1, presolve=False)
    assert sol.status is Status.OPTIMAL and exact_cost(problem, sol.mask) == \
        brute_force(problem).optimum
    assert sol.backend != "cpsat"


def test_tied_costs_are_proved_in_one_round_by_the_milp_backends():
    """The costs' exact gcd (0.1 here) turns a bound within one grain into a proof."""
    problem = problem_of("tied_0.1")
    for backend in ("highs", "pulp", "cvxpy", "scip"):
        if backend not in smug.available_backends():
            continue
        sol = smug.solve(problem, backend, presolve=False)
        assert sol.status is Status.OPTIMAL
        assert len(sol.stats["rounds"]) <= 2, sol.stats["rounds"]


def test_float_maximum_objective_is_refused_naming_cost():
    """Item 5: an optimum above the float maximum cannot be reported; refused at once."""
    with pytest.raises(ValueError, match=r"^cost: the costs sum to more than the float64"):
        MaskProblem([[1.0, 1.0]], [2.0], strict=False, cost=[1e308, 1e308])
    ok = MaskProblem([[1.0, 1.0]], [2.0], strict=False, cost=[8e307, 8e307])
    assert smug.solve(ok).objective == 1.6e308


@pytest.mark.parametrize("isolate", [True, False])
@pytest.mark.parametrize("time_limit", [3e6, 1e12, 1e300])
def test_z3_takes_huge_time_limits(time_limit, isolate):
    """Item 8: z3 raised ``OverflowError: timeout is too large`` above ~2.1e6 s."""
    pytest.importorskip("z3")
    problem = problem_of("costs_2e15")
    sol = smug.solve(problem, "z3", time_limit=time_limit, isolate=isolate)
    assert sol.status is Status.OPTIMAL and sol.objective == 5e15


def test_z3_child_waits_in_pieces_and_is_gone_afterwards(monkeypatch):
    """Long limits are waited for in pieces below what ``communicate`` accepts; no child of
    this process is left behind."""
    pytest.importorskip("z3")
    psutil = pytest.importorskip("psutil")
    from smug.backends import z3_child

    monkeypatch.setattr(z3_child, "MAX_WAIT_SECONDS", 0.05)
    problem = adversarial_problem("big_integers", 3)
    sol = smug.solve(problem, "z3", time_limit=30, isolate=True, presolve=False)
    assert sol.status is Status.OPTIMAL
    assert exact_cost(problem, sol.mask) == brute_force(problem).optimum
    children = [c for c in psutil.Process().children(recursive=True)
                if "smug.backends.z3_child" in " ".join(c.cmdline())]
    assert children == []


@pytest.mark.parametrize("seed", [9, 15])
def test_auto_proves_big_integer_rows_that_float_milps_cannot(seed):
    """Item 14: rows of integers near 2**53 (presolve off for odd seeds); HiGHS cannot
    separate the masks, ``auto`` still proves them."""
    problem = adversarial_problem("big_integers", seed)
    sol = smug.solve(problem, presolve=seed % 2 == 0, time_limit=60)
    assert sol.status is Status.OPTIMAL
    assert exact_cost(problem, sol.mask) == brute_force(problem).optimum


def test_unsupported_problem_error_is_raised_when_no_backend_can_take_it():
    """``auto`` re-raises a refusal only when no installed backend takes the problem; here
    every backend takes it, so ``auto`` answers (and CP-SAT alone refuses in one line)."""
    problem = problem_of("costs_1e-20_1e20")
    if "cpsat" in smug.available_backends():
        with pytest.raises(UnsupportedProblemError, match=r"2\*\*53"):
            smug.solve(problem, "cpsat", presolve=False)  # presolve alone would solve it
    assert smug.solve(problem).status is Status.OPTIMAL


def test_no_cbc_process_is_left_after_a_solve():
    """The MILP backend that runs a process (CBC) leaves none behind."""
    if "pulp" not in smug.available_backends():
        pytest.skip("pulp not installed")
    smug.solve(problem_of("costs_2e15"), "pulp", time_limit=10)
    out = subprocess.run(["pgrep", "-P", str(__import__("os").getpid()), "cbc"],
                         capture_output=True, text=True, check=False)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("family", ["float_extremes", "huge_tiny", "cost_decades",
                                    "int64_input"])
def test_no_runtime_warning_leaks_on_extreme_values(family):
    """Presolve, verification, auto's features and a MILP backend on values near the float
    maximum and minimum: overflow is handled (decided exactly), never warned about."""
    from smug.solving import instance_features

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        for seed in range(8):
            problem = adversarial_problem(family, seed, max_vars=8)
            instance_features(problem, presolved=False)
            instance_features(problem)
            smug.verify(problem, np.ones(problem.n_vars, dtype=bool))
            if "highs" in smug.available_backends():
                smug.solve(problem, "highs", presolve=seed % 2 == 0)


def test_cpsat_refuses_objectives_beyond_double_precision():
    """CP-SAT proved a mask of cost 2 + 2**-52 "optimal" beside one of cost 2 (its integer
    costs 2**52 and 2**52 + 1 lose their difference as doubles); such costs are refused,
    and auto proves the problem elsewhere."""
    problem = MaskProblem(np.array([[1.0, 1, 1, 1]]), [2.0], strict=False,
                          cost=[1.0 + 2.0**-52, 1.0 + 2.0**-52, 1.0, 1.0], fixed={3: 0})
    if "cpsat" in smug.available_backends():
        with pytest.raises(UnsupportedProblemError, match=r"^cost: .*2\*\*53"):
            smug.solve(problem, "cpsat", presolve=False)
    sol = smug.solve(problem, presolve=False)
    assert sol.status is Status.OPTIMAL
    assert exact_cost(problem, sol.mask) == brute_force(problem).optimum


@pytest.mark.parametrize("backend", BACKENDS)
def test_row_bound_beyond_every_activity_is_infeasible_not_a_crash(backend):
    """A row ``... > 1.5e308`` over coefficients of at most 1 (with subnormal ones) scaled to
    a native bound of 7.5e307: HiGHS's passModel rejected it (a RuntimeError) and cvxpy
    failed to unpack; found by the float_extremes family (seed 53)."""
    problem = adversarial_problem("float_extremes", 53)
    assert brute_force(problem).status is Status.INFEASIBLE
    try:
        sol = smug.solve(problem, backend, presolve=False)
    except UnsupportedProblemError as exc:
        assert backend == "cpsat" and str(exc).startswith("cost:")
        return
    assert sol.status is Status.INFEASIBLE
