"""``solve`` and ``cross_check``: argument errors, statuses, and the final exact check.

The backends registered here are real :class:`~smug.backends.Backend` subclasses: one whose
solver module does not exist, and two that compute wrong answers on purpose (a mask that
breaks a row, an "optimum" that is not optimal) so that the safety nets of ``solve`` and
``cross_check`` can be seen to catch them.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

import smug
from smug.backends import (
    DEFAULT_ORDER,
    Attempt,
    Backend,
    _registered,
    available_backends,
    backend_names,
    default_backend,
    register_backend,
)
from smug.solution import Solution, Status, Timings
from smug.testing.oracle import KNOWN_PROBLEMS

UNIQUE = KNOWN_PROBLEMS[0].problem  # 2 m0 - m1 - m2 + 2 m3 > 3: optimum [1, 0, 0, 1]
INFEASIBLE = next(k.problem for k in KNOWN_PROBLEMS if k.name == "infeasible")
COVER = next(k.problem for k in KNOWN_PROBLEMS if k.name == "cover_two_rows")  # optimum 1


def _any_backend() -> str:
    names = available_backends()
    if not names:
        pytest.skip("no solver backend installed")
    return names[0]


class _MissingSolverBackend(Backend):
    """A backend whose solver package is not installed (its module does not exist)."""

    name = "test-missing"
    extra = "missing-solver"
    required_modules = ("smug_test_module_that_does_not_exist",)

    def build(self, problem, tightening, settings):  # pragma: no cover - never runs
        raise AssertionError("a backend that is not installed must not run")

    run = read = build


class _RowBreakingBackend(Backend):
    """Claims the empty mask is optimal, whatever the rows say."""

    name = "test-row-breaker"
    extra = "none"
    required_modules = ()
    capabilities = frozenset({"exact"})

    def build(self, problem, tightening, settings):
        return problem

    def run(self, native, settings):
        return None

    def read(self, raw, native, problem):
        return Attempt(np.zeros(problem.n_vars, bool), True, False, 0.0, "claims optimal")


class _LyingRunBackend(Backend):
    """Skips the shared loop and returns a row-breaking mask as a verified optimum."""

    name = "test-lying-run"
    extra = "none"
    required_modules = ()

    def build(self, problem, tightening, settings):  # pragma: no cover - solve overridden
        raise AssertionError("unused")

    run = read = build

    def solve(self, problem, settings):
        mask = np.zeros(problem.n_vars, bool)
        return Solution(Status.OPTIMAL, mask, 0.0, 0.0, self.name, "lies", Timings(), True)


class _WorseOptimumBackend(Backend):
    """Returns a feasible but non-optimal mask (all ones) and calls it optimal."""

    name = "test-worse-optimum"
    extra = "none"
    required_modules = ()

    def build(self, problem, tightening, settings):  # pragma: no cover - solve overridden
        raise AssertionError("unused")

    run = read = build

    def solve(self, problem, settings):
        mask = np.ones(problem.n_vars, bool)
        obj = problem.objective(mask)
        return Solution(Status.OPTIMAL, mask, obj, obj, self.name, "lies", Timings(), True)


@pytest.fixture
def registered():
    """Register the test backends for one test, and remove them afterwards."""
    classes = [_MissingSolverBackend, _RowBreakingBackend, _LyingRunBackend, _WorseOptimumBackend]
    for cls in classes:
        register_backend(cls)
    yield
    for cls in classes:
        _registered.pop(cls.name, None)


# --- backend names ---------------------------------------------------------------------
def test_unknown_backend_lists_valid_and_installed_names():
    with pytest.raises(smug.UnknownBackendError) as info:
        smug.solve(UNIQUE, "gurobi-ish")
    message = str(info.value)
    assert message.startswith("backend: unknown backend 'gurobi-ish'")
    for name in ("z3", "cpsat", "pulp", "cvxpy", "highs"):
        assert name in message.split("valid backends:")[1].split(";")[0]
    installed = message.split("installed:")[1]
    for name in available_backends():
        assert name in installed


def test_backend_not_installed_names_the_pip_extra(registered):
    assert "test-missing" in backend_names()
    assert "test-missing" not in available_backends()
    with pytest.raises(smug.BackendNotInstalledError) as info:
        smug.solve(UNIQUE, "test-missing")
    assert "smug_test_module_that_does_not_exist" in str(info.value)
    assert "pip install 'smug[missing-solver]'" in str(info.value)
    assert isinstance(info.value, ImportError)


def test_default_backend_follows_the_documented_order():
    installed = available_backends()
    if not installed:
        with pytest.raises(smug.BackendNotInstalledError, match="pip install"):
            default_backend()
        return
    first = next(name for name in DEFAULT_ORDER if name in installed)
    assert default_backend() == first
    assert smug.solve(UNIQUE).backend == first


def test_backend_name_must_be_a_string():
    with pytest.raises(TypeError, match="backend: expected a backend name"):
        smug.solve(UNIQUE, 3)


# --- argument errors -------------------------------------------------------------------
@pytest.mark.parametrize("bad", [0, -1, -0.5, math.nan, math.inf])
def test_time_limit_must_be_positive_and_finite(bad):
    with pytest.raises(ValueError, match="time_limit: expected a positive, finite number"):
        smug.solve(UNIQUE, _any_backend(), time_limit=bad)


@pytest.mark.parametrize("bad", ["10", True, [1]])
def test_time_limit_must_be_a_number(bad):
    with pytest.raises(TypeError, match="time_limit: expected seconds as a number"):
        smug.solve(UNIQUE, _any_backend(), time_limit=bad)


@pytest.mark.parametrize("bad", [0, -2, 1.5, True, "4"])
def test_threads_must_be_a_positive_integer(bad):
    with pytest.raises(ValueError, match="threads: expected a positive integer"):
        smug.solve(UNIQUE, _any_backend(), threads=bad)


@pytest.mark.parametrize("bad", [-1, 0.5, None, 2**70, 2**31 - 1])
def test_seed_must_be_a_non_negative_32_bit_integer(bad):
    """2**70 once reached CP-SAT and failed on a native ``random_seed`` the caller never set."""
    with pytest.raises(ValueError, match=r"seed: expected an integer in \[0, 2\*\*31 - 1\)"):
        smug.solve(UNIQUE, _any_backend(), seed=bad)


def test_problem_must_be_a_maskproblem():
    with pytest.raises(TypeError, match="problem: expected a smug.MaskProblem"):
        smug.solve(np.eye(2), _any_backend())


def test_unknown_native_option_is_rejected(backend):
    with pytest.raises(smug.UnknownOptionError) as info:
        smug.solve(UNIQUE, backend, time_limit=5, no_such_option_xyz=1)
    message = str(info.value)
    assert message.startswith("options:") and "'no_such_option_xyz'" in message


def test_hint_must_be_a_mask(backend):
    with pytest.raises(ValueError, match=r"hint: expected shape \(4,\)"):
        smug.solve(UNIQUE, backend, time_limit=5, hint=[1, 0])


# --- statuses --------------------------------------------------------------------------
def test_infeasible_is_a_status_not_an_exception(backend):
    solution = smug.solve(INFEASIBLE, backend, time_limit=10)
    assert solution.status is Status.INFEASIBLE
    assert solution.mask is None and solution.objective is None
    assert solution.backend == backend


def test_infeasible_found_by_presolve(backend):
    solution = smug.solve(INFEASIBLE, backend, time_limit=10, presolve=True)
    assert solution.status is Status.INFEASIBLE
    assert solution.raw_status == "presolve: infeasible"
    assert solution.stats["rows_before"] == 1


def test_optimal_solution_fields(backend):
    solution = smug.solve(UNIQUE, backend, time_limit=10, seed=3, hint=[1, 1, 1, 1])
    assert solution.status is Status.OPTIMAL and solution.verified
    assert solution.mask.dtype == bool and solution.mask.tolist() == [True, False, False, True]
    assert solution.objective == solution.bound == 2.0 and solution.gap == 0.0
    assert solution.timings.total >= solution.timings.solve >= 0.0
    assert solution.summary()["status"] == "optimal"
    with pytest.raises(dataclasses.FrozenInstanceError):
        solution.status = Status.UNKNOWN


def test_solver_import_is_timed_apart_from_the_solve(backend):
    import sys

    from smug.backends import get_backend

    engine = get_backend(backend)
    engine.load()
    modules = engine.load_modules or engine.required_modules
    assert all(name in sys.modules for name in modules)
    assert engine.load() < 0.05  # already imported: nothing left to do
    solution = smug.solve(UNIQUE, backend, time_limit=10)
    assert 0.0 <= solution.stats["import_s"] < 0.05


def test_threads_can_change_between_solves(backend):
    """A process may solve with different thread counts (HiGHS keeps a global scheduler:
    it must be reset when the count changes, or the next run fails)."""
    for threads in (1, 2, None, 1):
        solution = smug.solve(UNIQUE, backend, time_limit=10, threads=threads)
        assert solution.status is Status.OPTIMAL, (threads, solution.raw_status)


# --- the safety nets -------------------------------------------------------------------
def test_row_breaking_mask_from_the_loop_is_reported_unknown(registered):
    solution = smug.solve(UNIQUE, "test-row-breaker", presolve=False)
    assert solution.status is Status.UNKNOWN
    assert solution.mask is None and not solution.verified
    assert solution.stats["unverified_mask_rows_failed"] == [0]


def test_final_check_catches_a_backend_that_skips_verification(registered):
    with pytest.warns(RuntimeWarning, match="fails exact verification on 1 rows"):
        solution = smug.solve(UNIQUE, "test-lying-run", presolve=False)
    assert solution.status is Status.UNKNOWN
    assert solution.mask is None and solution.objective is None and not solution.verified
    assert solution.stats["unverified_mask_rows_failed"] == [0]


def test_cross_check_agrees_on_a_known_optimum():
    names = available_backends()
    if len(names) < 2:
        pytest.skip("needs two installed backends")
    result = smug.cross_check(UNIQUE, names, time_limit=20)
    assert result.agree and result.optimum == 2.0
    assert set(result.solutions) == set(names)
    assert "agree: yes" in result.table()


def test_cross_check_reports_a_false_optimum_loudly(registered):
    with pytest.warns(smug.CrossCheckWarning, match="backends disagree"):
        result = smug.cross_check(COVER, [_any_backend(), "test-worse-optimum"], time_limit=20,
                                  presolve=False)
    assert not result.agree and result.optimum is None
    (d,) = result.disagreements
    assert {d.objective_a, d.objective_b} == {1.0, 3.0}
    assert d.separating_rows.size == 0  # both masks satisfy both rows
    assert "AGREE: NO" in result.table()


def test_cross_check_needs_a_backend():
    with pytest.raises(ValueError, match="backends: expected at least one backend name"):
        smug.cross_check(UNIQUE, [])


def test_cross_check_makes_every_backend_solve_the_whole_problem():
    names = available_backends()
    if not names:
        pytest.skip("needs an installed backend")
    # presolve alone solves UNIQUE: a cross-check must not let it stand in for the backends
    assert smug.solve(UNIQUE, names[0]).raw_status == "presolve: solved"
    result = smug.cross_check(UNIQUE, names, time_limit=20)
    assert all(not s.raw_status.startswith("presolve") for s in result.solutions.values())
    assert result.agree and result.optimum == 2.0


def test_large_presolved_problems_are_solved_by_components_with_the_whole_optimum():
    """CP-SAT solves a large problem one component at a time (stats say so); its optimum is
    the sum of the blocks' optima, each solved on its own."""
    if "cpsat" not in smug.available_backends():
        pytest.skip("cpsat not installed")
    import scipy.sparse as sp

    from smug.solve import COMPONENTS_MIN_NNZ

    rng = np.random.default_rng(7)
    blocks = [sp.csr_matrix((rng.integers(1, 6, size=(20, 12))
                             * (rng.random((20, 12)) < 0.9)).astype(float)) for _ in range(100)]
    rhs = [0.4 * np.asarray(b.sum(axis=1)).ravel() for b in blocks]
    problem = smug.MaskProblem(sp.block_diag(blocks, format="csr"), np.concatenate(rhs),
                               strict=False)
    assert problem.nnz >= COMPONENTS_MIN_NNZ
    expected = sum(smug.solve(smug.MaskProblem(b, r, strict=False), "cpsat", presolve=False,
                              time_limit=30).objective for b, r in zip(blocks, rhs))
    split = smug.solve(problem, "cpsat", time_limit=120)
    assert split.stats["components"] >= 2
    assert split.status is Status.OPTIMAL
    assert split.objective == expected


@pytest.mark.parametrize("bad", ["no", 0, 1.0, "off"])
def test_presolve_must_be_a_bool_or_none(bad):
    """Issue 17: ``presolve="no"`` was accepted and treated as on."""
    with pytest.raises(TypeError, match=r"^presolve: expected True, False or None"):
        smug.solve(UNIQUE, _any_backend(), presolve=bad)
