"""The MaskProblem kind: one backend or ``auto`` through the pipeline, and what contradicts what."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import replace
from fractions import Fraction
from typing import Any

import numpy as np

from smug._exact import exact_dot
from smug.backends import available_backends, default_backend, get_backend
from smug.backends.base import Backend
from smug.errors import UnknownOptionError, UnsupportedProblemError
from smug.problem import MaskProblem
from smug.solution import Solution, Status
from smug.solving.arguments import AUTO, make_settings
from smug.solving.choice import affinity_cores, choose_plan, free_cores
from smug.solving.crosscheck import Disagreement
from smug.solving.features import plan_features
from smug.solving.kinds import ProblemKind, register_problem_kind
from smug.solving.pipeline import final_check, run_pipeline, solve_one
from smug.solving.race import HEAD_START, Race
from smug.solving.settle import MIN_SECONDS, best_of, settle
from smug.verify import row_signs

__all__ = ["MaskKind", "STEP_THREADS", "solve_auto"]

#: Solver threads of one step of a sequential plan when the caller did not choose
#: (``threads=None``): the plan is sequential because fewer than two cores are free, and a
#: solver's default (CP-SAT: as many workers as cores, HiGHS: its own pool) would then
#: compete with the machine's other load. Measured on the held-back MNIST instance of issue
#: 20 (``mnist_test3_kall_g0.25_c1``, idle machine): HiGHS proved it in 1.6 s on one thread,
#: 2.9 s on its default threads.
STEP_THREADS = 1


class MaskKind(ProblemKind):
    """:class:`~smug.problem.MaskProblem`: every registered backend solves it."""

    problem_type = MaskProblem
    label = "smug.MaskProblem"

    def solve(self, problem: MaskProblem, backend: str | None, arguments: Mapping[str, Any],
              options: Mapping[str, Any]) -> Solution:
        a = arguments
        if backend is None or backend == AUTO:
            hint = None if a["hint"] is None else problem.check_mask(a["hint"], name="hint")
            if options:
                raise UnknownOptionError(
                    f"options: {', '.join(map(repr, options))} are native options of one "
                    "solver; name the backend (e.g. backend='cpsat') to pass them, auto "
                    "takes none")
            return solve_auto(problem, a["time_limit"], a["threads"], a["seed"], hint,
                              a["presolve"], a["verbose"])
        engine = get_backend(backend)
        engine.check_not_shadowing(options)
        options = engine.validate_options(options)
        hint = None if a["hint"] is None else problem.check_mask(a["hint"], name="hint")
        import_s = engine.load()  # before the clock starts
        settings = make_settings(a["time_limit"], a["threads"], a["seed"], options, hint,
                                 a["verbose"])
        return solve_one(problem, engine, settings, a["presolve"], import_s)

    def installed_backends(self) -> list[str]:
        return available_backends()

    def cross_check_arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        # Each backend must face the whole problem: with presolve on, a problem that
        # presolve solves alone would "agree" without any backend having run.
        kwargs.setdefault("presolve", False)
        return kwargs

    def disagreements(self, problem: MaskProblem, solutions: Mapping[str, Solution]
                      ) -> Iterable[Disagreement]:
        names = list(solutions)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                sa, sb = solutions[a], solutions[b]
                if _conflict(problem, sa, sb) or _conflict(problem, sb, sa):
                    mask_a = sa.mask if sa.mask is not None else np.zeros(problem.n_vars, bool)
                    mask_b = sb.mask if sb.mask is not None else np.zeros(problem.n_vars, bool)
                    rows = np.flatnonzero(row_signs(problem, mask_a) != row_signs(problem, mask_b))
                    yield Disagreement(a, b, sa.objective, sb.objective, mask_a, mask_b, rows)


def solve_auto(problem: MaskProblem, time_limit: float | None = None, threads: int | None = None,
               seed: int = 0, hint: np.ndarray | None = None, presolve: bool | None = None,
               verbose: bool = False) -> Solution:
    """``backend="auto"``: a portfolio chosen from the instance and what the machine can
    give now.

    The plan (:func:`smug.solving.choose_plan`) comes from the declared capabilities, the
    measured preference table, the instance's features and the cores that are free now
    (:func:`smug.solving.free_cores`): with two free cores (or, on any load, rows so long
    that the solvers fail on different instances: :data:`~smug.solving.LONG_ROW`; there
    the candidates follow ``PREFERENCE["long_row"]``, CP-SAT and SCIP) the
    two most preferred installed backends that can be interrupted race in two threads of
    this process, one solver thread each, the first proof wins; otherwise on a busy machine
    (or with ``threads=1``) they run one after the other, one
    solver thread each (:data:`STEP_THREADS`, unless ``threads`` says otherwise), so that no
    thread of ours halves the CPU of the other. The best mask of a step is kept, but not
    passed to the next step as its hint: HiGHS given CP-SAT's mask (cost 26) as hint left
    a held-back MNIST instance unproven at 20 s, which it proves optimal (25) in 0.5-3.7 s
    without, and took 2.2-3.3x its time on three image instances
    (``benchmarks/studies/handover_hint``). The caller's ``hint``
    reaches every step. When the plan ends unproven before the limit, or every backend it ran
    refused the problem, the exact backends it did not run get the time left
    (:func:`smug.solving.settle`).

    ``Solution.backend`` names the backend whose answer this is; ``stats["auto_reason"]``
    says why the plan was chosen and which backend answered, ``stats["auto_plan"]`` lists
    its steps, ``stats["auto_free_cores"]`` the free cores seen, ``stats["race"]`` how each
    side of a race ended.
    """
    installed = available_backends()
    if not installed:
        default_backend()  # raises, naming the extras to install
    clock = time.perf_counter()
    imports = [0.0]  # solver imports inside the plan: not timed, as in solve
    features = plan_features(problem)  # what the plan reads, not the benchmark's features
    cores = 1 if threads == 1 else (threads or affinity_cores())
    free = free_cores(cores) if cores > 1 else 0
    plan = choose_plan(features, installed, cores=cores, free=free)
    step_threads = STEP_THREADS if threads is None else threads
    start = time.monotonic()
    deadline = None if time_limit is None else start + time_limit

    checked: list[np.ndarray] = []  # masks a step's final check passed on ``problem``

    def one(name: str, seconds: float | None, mask: np.ndarray | None = hint,
            solver_threads: int | None = threads) -> Solution:
        engine = get_backend(name)
        import_s, warm_s = _prepare(engine)
        imports[0] += import_s + warm_s
        settings = make_settings(seconds, solver_threads, seed, {}, mask, verbose)
        answer = solve_one(problem, engine, settings, presolve, import_s)
        if answer.mask is not None and answer.verified:
            checked.append(answer.mask)
        return answer

    solution, refusal, ran = None, None, []
    for step in plan.steps:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left < MIN_SECONDS:
            break
        seconds = left if step.share is None or time_limit is None else min(
            left, step.share * time_limit)
        ran += list(step.backends)
        try:
            if len(step.backends) > 1:  # one solver thread each, one core each
                imports[0] += sum(sum(_prepare(get_backend(n))) for n in step.backends)
                new = _race_step(problem, step.backends, seconds, seed, hint, presolve,
                                 verbose, step.head_start)
            else:  # a step of a sequential plan: one solver thread unless the caller chose
                new = one(step.backends[0], seconds, hint, step_threads)
        except UnsupportedProblemError as exc:  # this one refused: another may not
            refusal = refusal or exc
            continue
        solution = new if solution is None else best_of(problem, solution, new)
        if solution.status in (Status.OPTIMAL, Status.INFEASIBLE):
            break
    # refused, or unproven before the limit: the exact backends it did not run get the rest
    solution = settle(problem, solution, refusal, ran, installed, deadline, one)
    if not any(solution.mask is mask for mask in checked):  # each mask verified once
        solution = final_check(problem, solution)
    # the whole of auto's time (every step, and the choice), not only the answering step's
    total = max(0.0, time.perf_counter() - clock - imports[0])
    solution = replace(solution, timings=replace(solution.timings, total=total))
    answered = solution.backend
    settled = solution.stats.get("auto_settled_with")
    how = f"; answered by {answered}" + (" (after the plan, by settle)" if settled and
                                         answered in settled else "")
    return replace(solution, stats={**solution.stats, "auto_reason": plan.reason + how,
                                    "auto_candidates": plan.names,
                                    "auto_plan": [list(st.backends) for st in plan.steps],
                                    "auto_free_cores": plan.free})


def _prepare(engine: Backend) -> tuple[float, float]:
    """Import ``engine``'s solver and warm its option handling, as :func:`smug.solve` does
    for a named backend before its clock starts (``load``, ``validate_options``): the
    seconds of each, which ``auto`` does not count either.

    Both are once per process: in a fresh process the first CP-SAT parameter parse took
    about 11 ms, which a named ``cpsat`` solve spends validating its options before its
    clock and ``auto`` spent inside its own (49 vs 37 ms counted on a 0.03 s instance);
    a race loading HiGHS counted the import of its module too.
    """
    import_s = engine.load()
    start = time.perf_counter()
    engine.validate_options({})
    return import_s, time.perf_counter() - start


def _race_step(problem: MaskProblem, names: tuple[str, ...], seconds: float | None, seed: int,
               hint: np.ndarray | None, presolve: bool | None, verbose: bool,
               head_start: float | None = None) -> Solution:
    """A race of ``names`` (prepared by the caller before the clock starts: :func:`_prepare`),
    one solver thread each, the first alone for ``head_start`` seconds (None:
    :data:`~smug.solving.race.HEAD_START`)."""
    engines = {name: get_backend(name) for name in names}
    settings = make_settings(seconds, 1, seed, {}, hint, verbose)
    # not race_with: its exact check of the mask would be repeated by solve_auto's final
    # check (one exact verification against the caller's problem is the guarantee)
    return run_pipeline(problem, Race(engines, head_start=HEAD_START if head_start is None
                                      else head_start), replace(settings, cores=1), presolve)


def _conflict(problem: MaskProblem, sa: Solution, sb: Solution) -> bool:
    """True when ``sa``'s proof is contradicted by what ``sb`` found, decided exactly.

    Objectives are compared as the exact ``cost . mask`` (two optima 1e-12 apart are a
    disagreement), bounds as the floats they are (smug rounds them down, so a bound above a
    verified mask's exact cost is a real contradiction).
    """
    if sa.status is Status.INFEASIBLE:
        return sb.mask is not None
    if sb.mask is None:
        return False
    value_b = exact_dot(problem.cost, sb.mask)
    if sa.status is Status.OPTIMAL and sa.mask is not None:
        return value_b < exact_dot(problem.cost, sa.mask)
    if sa.bound is not None:
        return value_b < Fraction(sa.bound)
    return False


MASK_KIND = register_problem_kind(MaskKind())
