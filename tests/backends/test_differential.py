"""Differential tests: random small problems, every installed backend, an exact oracle.

Problems have n <= 14 variables and a few rows. Coefficients are small integers, dyadic
fractions, or floats spread over 1e-9..1e4 with mixed signs; right-hand sides include exact
ties (the exact activity of some mask, so a strict row is exactly tight there) and float
ties (the float64 sum of some coefficients, which can differ from the exact sum). Every
solution is judged by :func:`smug.testing.oracle.check_solution` against
:func:`brute_force`: a claimed OPTIMAL or INFEASIBLE must match the oracle exactly, every
mask must be feasible, every bound at most the optimum; and when the oracle finds the
problem *decisive* (no competing mask near any row's threshold) or the backend is exact,
the backend must prove the oracle's answer.

The default run uses a fast profile (about 50 examples per backend); ``-m slow`` runs
thousands of problems, each on every installed backend. A problem that breaks a backend
is saved under ``tests/backends/regressions/`` (as ``.npz``) for the lead to replay.
"""

from __future__ import annotations

import json
import os
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smug
from smug.backends import backend_class
from smug.testing.oracle import Oracle, all_masks, brute_force, check_solution
from tests.conftest import backend_params, installed_backends

REGRESSIONS = Path(__file__).parent / "regressions"
TIME_LIMIT = 20.0
FAST_EXAMPLES = int(os.environ.get("SMUG_DIFF_FAST_EXAMPLES", "50"))
SLOW_EXAMPLES = int(os.environ.get("SMUG_DIFF_SLOW_EXAMPLES", "2000"))
#: ``SMUG_DIFF_PRESOLVE=1`` makes the slow profile solve through ``solve(..., presolve=True)``.
SLOW_PRESOLVE = os.environ.get("SMUG_DIFF_PRESOLVE", "0") == "1"


# --- problem generation ----------------------------------------------------------------
def _coefficient(kind: str):
    if kind == "int":
        return st.integers(-4, 4).map(float)
    if kind == "dyadic":
        return st.integers(-16, 16).map(lambda k: k / 8.0)
    # spread: sign * mantissa * 10**exponent, exponent in [-9, 4]
    return st.builds(
        lambda sign, mantissa, exponent: sign * mantissa * 10.0**exponent,
        st.sampled_from([-1.0, 1.0]),
        st.floats(1.0, 9.99, allow_nan=False),
        st.integers(-9, 4),
    ) | st.just(0.0)


@st.composite
def _row(draw, n: int, kind: str):
    coefs = draw(st.lists(_coefficient(kind), min_size=n, max_size=n))
    density = draw(st.sampled_from([1.0, 0.7, 0.4]))
    keep = draw(st.lists(st.floats(0, 1), min_size=n, max_size=n))
    coefs = [c if k <= density else 0.0 for c, k in zip(coefs, keep)]
    subset = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    how = draw(st.sampled_from(
        ["exact_tie", "float_tie", "zero", "free"] + ["reachable"] * 5))
    chosen = [c for c, on in zip(coefs, subset) if on]
    if how == "exact_tie":
        rhs = float(sum((Fraction(c) for c in chosen), Fraction(0)))  # nearest float
    elif how == "float_tie":
        rhs = float(np.sum(np.array(chosen, dtype=np.float64))) if chosen else 0.0
    elif how == "zero":
        rhs = 0.0
    elif how == "reachable":  # a fraction of the largest activity: usually feasible, no tie
        fraction = draw(st.floats(0.05, 0.95))
        rhs = fraction * float(sum(c for c in coefs if c > 0))
    else:
        rhs = draw(_coefficient(kind))
    return coefs, rhs


@st.composite
def random_problems(draw, max_vars: int = 14) -> smug.MaskProblem:
    """A random MaskProblem with ties and spread magnitudes (see the module docstring)."""
    n = draw(st.integers(1, max_vars))
    m = draw(st.integers(1, 4))
    kind = draw(st.sampled_from(["int", "dyadic", "spread", "spread"]))
    rows = [draw(_row(n, kind)) for _ in range(m)]
    A = np.array([r[0] for r in rows], dtype=np.float64)
    rhs = np.array([r[1] for r in rows], dtype=np.float64)
    strict = draw(st.lists(st.booleans(), min_size=m, max_size=m))
    cost_kind = draw(st.sampled_from(["unit", "unit", "int", "half"]))
    if cost_kind == "unit":
        cost = None
    elif cost_kind == "int":
        cost = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    else:
        cost = [k / 2 for k in draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))]
    fixed = draw(st.dictionaries(st.integers(0, n - 1), st.integers(0, 1), max_size=2))
    return smug.MaskProblem(A, rhs, strict, cost, fixed, name="differential")


# --- judging ---------------------------------------------------------------------------
def _save_regression(problem: smug.MaskProblem, backend: str, error: str,
                     unique: bool = False) -> Path:
    REGRESSIONS.mkdir(exist_ok=True)
    if unique:
        key = abs(hash((problem.A.data.tobytes(), problem.rhs.tobytes(), backend))) % 10**10
        stem = f"{backend}_{key}"
    else:
        # Hypothesis replays the shrunk, minimal failing example last: it overwrites this file.
        stem = f"{backend}_last_failure"
    path = problem.save(REGRESSIONS / f"{stem}.npz")
    path.with_suffix(".json").write_text(json.dumps({"backend": backend, "error": error}, indent=1))
    return path


def _judge(problem: smug.MaskProblem, backend: str, oracle) -> None:
    solution = smug.solve(problem, backend, time_limit=TIME_LIMIT)
    must_prove = True  # the shared loop is complete: every small problem is proven
    try:
        check_solution(solution, problem, oracle, must_prove)
    except AssertionError as err:
        path = _save_regression(problem, backend, str(err))
        raise AssertionError(f"{err} (saved to {path.name})") from err


_COMMON = dict(deadline=None, suppress_health_check=list(HealthCheck), database=None)


@pytest.mark.parametrize("backend", backend_params())
@settings(max_examples=FAST_EXAMPLES, derandomize=True, **_COMMON)
@given(problem=random_problems(max_vars=8))
def test_backend_matches_oracle(backend, problem):
    _judge(problem, backend, brute_force(problem))


@pytest.mark.slow
def test_all_backends_match_oracle_many():
    """Thousands of problems (n <= 14), each on every installed backend.

    Unlike the fast test, a failure does not stop the run: each one is saved under
    ``regressions/`` with its own name, the run goes on, and the test fails at the end if
    any was found. ``SMUG_DIFF_LOG`` names a JSON-lines file that receives one line per
    (problem, backend) with both answers, for the counts in the report.
    """
    names = installed_backends()
    if not names:
        pytest.skip("no solver backend installed")
    failures: list[str] = []
    log_path = os.environ.get("SMUG_DIFF_LOG")
    log = open(log_path, "a") if log_path else None

    @settings(max_examples=SLOW_EXAMPLES, **_COMMON)
    @given(problem=random_problems(max_vars=14))
    def run(problem):
        oracle = brute_force(problem)
        for name in names:
            solution = smug.solve(problem, name, time_limit=TIME_LIMIT, presolve=SLOW_PRESOLVE)
            must_prove = True  # the shared loop is complete
            try:
                check_solution(solution, problem, oracle, must_prove)
                error = None
            except AssertionError as err:
                error = str(err)
                path = _save_regression(problem, name, error, unique=True)
                failures.append(f"{path.name}: {error}")
            if log:
                log.write(json.dumps({
                    "backend": name, "n": problem.n_vars, "m": problem.n_rows,
                    "status": solution.status.value, "objective": solution.objective,
                    "oracle": oracle.status.value,
                    "optimum": None if oracle.optimum is None else float(oracle.optimum),
                    "separation": min(oracle.separation, 1e300), "decisive": oracle.decisive,
                    "seconds": solution.timings.total, "error": error}) + "\n")
                log.flush()

    try:
        run()
    finally:
        if log:
            log.close()
    assert not failures, f"{len(failures)} disagreements:\n" + "\n".join(failures[:20])


@settings(max_examples=FAST_EXAMPLES, derandomize=True, **_COMMON)
@given(problem=random_problems(max_vars=9))
def test_oracle_agrees_with_verify_on_every_mask(problem):
    """Two exact deciders, written independently, agree on every mask of every problem."""
    oracle = brute_force(problem)
    decided = [smug.verify(problem, mask).ok for mask in all_masks(problem.n_vars)]
    np.testing.assert_array_equal(decided, oracle.feasible)


def test_generator_covers_ties_and_decisive_problems():
    """The strategy yields both exact ties (separation 0) and decisive problems."""
    seen = {"tie": 0, "decisive": 0, "infeasible": 0}

    @settings(max_examples=120, derandomize=True, **_COMMON)
    @given(problem=random_problems(max_vars=6))
    def collect(problem):
        oracle = brute_force(problem)
        seen["tie"] += oracle.separation == 0
        seen["decisive"] += oracle.decisive
        seen["infeasible"] += oracle.status is smug.Status.INFEASIBLE

    collect()
    assert all(count >= 5 for count in seen.values()), seen


def _regression_oracle(path: Path, problem: smug.MaskProblem):
    """The brute-force oracle, or, for problems too large for it, the answer stored beside."""
    if problem.n_vars <= 16:
        return brute_force(problem)
    known = json.loads(path.with_suffix(".json").read_text())
    status = smug.Status(known["status"])
    optimum = None if known.get("optimum") is None else Fraction(known["optimum"])
    return Oracle(status, optimum, np.zeros((0, problem.n_vars), bool), None, 0.0)


def _replay_backends(path: Path, names: list[str], large: bool) -> list[str]:
    """Every installed backend; for large reproducers only those the report names (speed)."""
    note = path.with_suffix(".json")
    if not large or not note.exists():
        return names
    named = json.loads(note.read_text()).get("backends") or names
    return [n for n in names if n in named]


def test_regressions_replay():
    """Every saved reproducer is solved soundly by every installed backend."""
    paths = sorted(REGRESSIONS.glob("*.npz")) if REGRESSIONS.exists() else []
    names = installed_backends()
    if not paths or not names:
        pytest.skip("no saved regressions or no backend")
    wrong = []
    for path in paths:
        problem = smug.MaskProblem.load(path)
        oracle = _regression_oracle(path, problem)
        for name in _replay_backends(path, names, large=oracle.feasible is None):
            # Large reproducers only need a sound answer, not a proof: keep them quick.
            limit = TIME_LIMIT if oracle.feasible is not None else 5.0
            solution = smug.solve(problem, name, time_limit=limit)
            try:
                if oracle.feasible is None:
                    _check_large(solution, oracle)
                else:
                    check_solution(solution, problem, oracle, backend_class(name).exact)
            except AssertionError as err:
                wrong.append(f"{path.name} on {name}: {err}")
    assert not wrong, "\n".join(wrong)


def _check_large(solution, oracle) -> None:
    """Soundness against a stored answer: claims must match it, bounds stay below it."""
    label = f"{solution.backend}: {solution.status} {solution.objective} (bound {solution.bound})"
    if solution.status is smug.Status.INFEASIBLE:
        assert oracle.status is smug.Status.INFEASIBLE, label
    if solution.status is smug.Status.OPTIMAL:
        assert Fraction(solution.objective) == oracle.optimum, "wrong optimum: " + label
    if solution.status.has_mask:
        assert solution.verified and Fraction(solution.objective) >= oracle.optimum, label
    if solution.bound is not None and oracle.optimum is not None:
        assert Fraction(solution.bound) <= oracle.optimum, "bound above the optimum: " + label
