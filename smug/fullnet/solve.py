"""``solve`` for a FullNetProblem: z3's exact NRA encoding or a big-M MILP, exactly confirmed.

* ``backend="z3"``: ReLU as ``If`` over exact reals (:mod:`smug.fullnet.z3`).
* ``backend="highs" | "cpsat" | "pulp" | "cvxpy"``: the big-M MILP of
  :mod:`smug.fullnet.milp`, solved by that backend's ``solve_mip`` (any backend with
  ``Capability.MIP``, a third party's too). Its mask is
  verified by the exact and float64 forward passes; its optimality is then *confirmed
  exactly* (:mod:`smug.fullnet.confirm`: enumeration of the smaller sizes with a rigorous
  float64 error bound and exact rational checks, else z3's ``AtMost`` on the NRA encoding).
  OPTIMAL only after that confirmation; otherwise FEASIBLE with the exactly proven bound
  in ``bound`` and the solver's own bound in ``stats["milp_bound"]``.
* ``backend="auto"``: the most preferred installed backend with ``Capability.MIP``
  (``smug.backends.PREFERENCE["fullnet"]``: CP-SAT first, the best in the Table 2 benchmark).
"""

from __future__ import annotations

import math
import time
import warnings
from typing import Any

import numpy as np

from smug.backends import (Capability, available_backends, backend_names, get_backend,
                           preferred)
from smug.errors import BackendNotInstalledError, UnknownOptionError, UnsupportedProblemError
from smug.fullnet.problem import FullNetProblem
from smug.fullnet.verify import exact_logits
from smug.solution import Solution, Status, Timings
from smug.solving import (CrossCheck, Disagreement, ProblemKind, capabilities_of, cross_check,
                          register_problem_kind)

__all__ = ["solve_fullnet", "cross_check_fullnet", "FullNetKind", "installed_fullnet_backends",
           "FULLNET_BACKEND", "fullnet_backends", "auto_backend",
           "MILP_OPTIONS", "CONFIRM_MODES", "LARGE_NETWORK", "FullNetSizeWarning"]

#: The backend of the paper (and the default): ReLU as ``If`` over exact reals.
FULLNET_BACKEND = "z3"
#: Options of the MILP backends.
MILP_OPTIONS = frozenset({"margin", "confirm", "enumeration_limit", "solver_options", "greedy",
                          "pre_enumeration_limit", "enumerate_first"})
#: Masks enumerated exactly before the solver runs (sizes 0 to 3 of ~225 active cells, the
#: MNIST pixel problems; about a second with the pair table of :mod:`smug.fullnet.confirm`).
PRE_ENUMERATION_LIMIT = 2_000_000
#: How a MILP candidate's optimality is confirmed: ``"auto"`` (enumerate the smaller sizes
#: while they fit ``enumeration_limit``, then z3 for the rest), ``"enumerate"``, ``"z3"``,
#: or ``"none"`` (no confirmation: FEASIBLE unless the mask is empty).
CONFIRM_MODES = ("auto", "enumerate", "z3", "none")
#: Unstable ReLUs above which a backend is warned to be slow (a rough guide: z3 already
#: needs up to a minute with 32 on MNIST pixels; the MILPs take seconds with 32).
#: A backend not listed (a third party's) is warned above :data:`LARGE_NETWORK_DEFAULT`.
#: SCIP's: the widened MNIST MLPs of ``benchmarks/studies/mnist_fullnet/large_network.py``
#: (4x4 cells, 60 s): it timed out on one of two images from 512 unstable ReLUs on.
LARGE_NETWORK = {"z3": 64, "highs": 2000, "cpsat": 500, "pulp": 1000, "cvxpy": 1000,
                 "scip": 500}
LARGE_NETWORK_DEFAULT = 1000
#: Share of the time limit kept for the exact confirmation after the solver, and its cap (s).
#: Half: on the hard Table 2 images the solver finds its incumbent early and then never
#: proves it (its bound stays 1 below), while enumerating the next size decides them.
CONFIRM_RESERVE, CONFIRM_RESERVE_MAX = 0.5, 60.0
#: Margin rounds: when a candidate fails exact verification the output margin grows 100x.
_MARGIN_ROUNDS = 3


#: Frames from :func:`solve_fullnet` up to the user's call of :func:`smug.solve`.
_USER_LEVEL = 4


class FullNetSizeWarning(UserWarning):
    """The network has more unstable ReLUs than the backend is likely to handle quickly."""


def solve_fullnet(
    problem: FullNetProblem,
    backend: str | None = None,
    *,
    time_limit: float | None = None,
    threads: int | None = None,
    seed: int = 0,
    hint: Any = None,
    verbose: bool = False,
    **options: Any,
) -> Solution:
    """Minimise the kept cells of a :class:`FullNetProblem`.

    Called by :func:`smug.solve` when it is given a FullNetProblem; the arguments have the
    same meaning (already validated there). ``backend``: None or ``"z3"`` (default), a MILP
    backend (``"highs"``, ``"cpsat"``, ``"pulp"``, ``"cvxpy"``, ``"scip"``, any backend with
    ``Capability.MIP``) or ``"auto"``.

    z3 options: ``strategy`` (``"ascend"``, default, or ``"optimize"``, the paper's),
    ``stable``, ``cell_sort`` and z3 parameters. MILP options: ``margin`` (output-row
    safety margin, default 1e-6), ``confirm`` (one of :data:`CONFIRM_MODES`),
    ``enumeration_limit`` (masks, default 2e8), ``pre_enumeration_limit`` (masks
    enumerated before the solver, default 2e6; 0 turns it off), ``greedy`` (default True: warm-start the
    solver from :func:`smug.fullnet.greedy.greedy_mask`), ``enumerate_first`` (default
    True: skip the solver when the warm start is one cell above the pre-enumerated bound,
    and enumerate that one size instead) and ``solver_options`` (a dict passed to the
    solver). ``threads`` and ``hint`` are not used by z3; for the MILPs a
    verified ``hint`` is a warm start.

    Returns
    -------
    Solution
        ``mask`` is a cell mask of length ``problem.n_cells``, verified by an exact rational
        and a float64 forward pass; OPTIMAL only when the minimum is proven exactly.

    Warns
    -----
    FullNetSizeWarning
        Before the solve, when the network has more unstable ReLUs than
        :data:`LARGE_NETWORK` gives for the backend (the message gives the count).
    """
    if not isinstance(problem, FullNetProblem):
        raise TypeError(f"problem: expected a smug.fullnet.FullNetProblem, got {type(problem).__name__}")
    name = FULLNET_BACKEND if backend is None else auto_backend() if backend == "auto" else backend
    if name != FULLNET_BACKEND and not _solves_mip(name):
        raise UnsupportedProblemError(
            f"backend: a FullNetProblem can be solved by {', '.join(map(repr, fullnet_backends()))} "
            f"or 'auto', got {backend!r}")
    if hint is not None:
        hint = problem.check_mask(hint, name="hint")
    if name == FULLNET_BACKEND:
        return _solve_z3(problem, time_limit, threads, seed, hint, verbose, options)
    options = validate_milp_options(name, options)
    warn_if_large(problem, name, stacklevel=_USER_LEVEL)
    settings = _settings(time_limit, threads, seed, options, hint, verbose)
    return solve_milp(problem, name, settings)


def _solves_mip(name: str) -> bool:
    return isinstance(name, str) and Capability.MIP in capabilities_of(name)


def fullnet_backends() -> list[str]:
    """Every registered backend that solves a FullNetProblem: z3 (exact NRA, the paper's
    encoding, :mod:`smug.fullnet.z3`) and every backend that declares ``Capability.MIP``
    (the big-M MILP), in the order of ``PREFERENCE["fullnet"]``."""
    return [FULLNET_BACKEND] + preferred([n for n in backend_names() if _solves_mip(n)],
                                         "fullnet")


def auto_backend() -> str:
    """``backend="auto"``: the most preferred installed backend with ``Capability.MIP``
    (``PREFERENCE["fullnet"]``, measured on Table 2:
    ``benchmarks/studies/mnist_fullnet/results/mnist_fullnet_milp*.md``: CP-SAT decided 92/100 images at pixel
    level in 60 s (HiGHS 90, a subset of CP-SAT's) and was the fastest with 4x4 cells, mean
    0.7 s against HiGHS's 1.9 s)."""
    installed = [n for n in available_backends() if _solves_mip(n)]
    if installed:
        return preferred(installed, "fullnet")[0]
    raise BackendNotInstalledError(
        "backend: 'auto' needs a backend that solves a mixed-integer program installed "
        f"(one of {', '.join(map(repr, fullnet_backends()[1:]))})")


def _settings(time_limit, threads, seed, options, hint, verbose):
    from smug.backends.base import Settings

    return Settings(time_limit=time_limit, threads=threads, seed=seed, options=options,
                    deadline=None if time_limit is None else time.monotonic() + time_limit,
                    hint=hint, verbose=verbose)


def _solve_z3(problem, time_limit, threads, seed, hint, verbose, options) -> Solution:
    from smug.fullnet.z3 import run_fullnet, validate_fullnet_options

    get_backend(FULLNET_BACKEND)  # raises when z3 is not installed
    options = validate_fullnet_options(options)
    warn_if_large(problem, FULLNET_BACKEND, stacklevel=_USER_LEVEL + 1)
    return run_fullnet(problem, _settings(time_limit, threads, seed, options, hint, verbose))


def validate_milp_options(name: str, options: dict[str, Any]) -> dict[str, Any]:
    """Check the MILP options (:data:`MILP_OPTIONS`) and that the solver is installed."""
    get_backend(name)  # raises when the solver is not installed, naming the package
    unknown = sorted(set(options) - MILP_OPTIONS)
    if unknown:
        raise UnknownOptionError(
            f"options: the {name!r} full-network MILP does not know {', '.join(map(repr, unknown))}; "
            f"valid: {', '.join(map(repr, sorted(MILP_OPTIONS)))}")
    margin = options.get("margin", 1e-6)
    if isinstance(margin, bool) or not isinstance(margin, int | float) or not margin >= 0 \
            or not np.isfinite(margin):
        raise ValueError(f"margin: expected a finite number >= 0, got {margin!r}")
    if options.get("confirm", "auto") not in CONFIRM_MODES:
        raise ValueError(f"confirm: expected one of {CONFIRM_MODES}, got {options['confirm']!r}")
    for key in ("enumeration_limit", "pre_enumeration_limit"):
        limit = options.get(key, 0)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError(f"{key}: expected an integer >= 0, got {limit!r}")
    for key in ("greedy", "enumerate_first"):
        if not isinstance(options.get(key, True), bool):
            raise ValueError(f"{key}: expected True or False, got {options[key]!r}")
    if not isinstance(options.get("solver_options", {}), dict):
        raise ValueError(f"solver_options: expected a dict, got {options['solver_options']!r}")
    return dict(options)


def warn_if_large(problem: FullNetProblem, name: str, stacklevel: int = 2) -> int:
    """Warn (before solving) when ``problem`` has many unstable ReLUs for ``name``.

    ``stacklevel`` as for :func:`warnings.warn`, counted from the caller of this function.
    """
    from smug.fullnet.encoding import layer_bounds
    from smug.fullnet.milp import count_relus

    unstable = count_relus(layer_bounds(problem), problem)["unstable"]
    limit = LARGE_NETWORK.get(name, LARGE_NETWORK_DEFAULT)
    if unstable > limit:
        warnings.warn(
            f"problem: the network has {unstable} unstable ReLUs (interval bounds over the "
            f"mask), more than the {limit} the {name!r} backend handles "
            f"quickly; expect a time-out", FullNetSizeWarning, stacklevel=stacklevel + 1)
    return unstable


class _Run:
    """Accumulates the timings and stats of one MILP solve."""

    def __init__(self, problem: FullNetProblem, name: str) -> None:
        self.problem, self.name = problem, name
        self.start = time.perf_counter()
        self.build = self.solve = 0.0
        self.raw = "not run"
        self.stats: dict[str, Any] = {"rounds": []}

    def finish(self, status: Status, mask: np.ndarray | None, bound: float | None) -> Solution:
        objective = None if mask is None else float(mask.sum())
        return Solution(status, mask, objective, bound, self.name, self.raw,
                        Timings(self.build, self.solve, time.perf_counter() - self.start),
                        mask is not None, self.stats)


def solve_milp(problem: FullNetProblem, name: str, settings: Any) -> Solution:
    """The MILP path: candidate (margin rounds), exact verification, exact confirmation."""
    from smug.fullnet.milp import DEFAULT_MARGIN

    run = _Run(problem, name)
    margin = float(settings.options.get("margin", DEFAULT_MARGIN))
    lower, found = _pre_enumerate(problem, settings, run)
    if found is not None or lower > problem.active_cells.size:
        run.stats["milp_status"] = "not run"
        if found is None:  # every size excluded: no mask at all keeps the label
            return run.finish(Status.INFEASIBLE, None, None)
        return run.finish(Status.OPTIMAL, found, float(found.sum()))
    start = _warm_start(problem, settings, run)
    if _enumerate_first(problem, settings, start, lower):
        run.stats["milp_status"] = "not run"
        run.stats["incumbent"] = "warm start"
        return _confirm(problem, start, settings, run, lower)
    mask, infeasible = None, False
    for _ in range(_MARGIN_ROUNDS):
        mask, infeasible = _candidate(problem, name, settings, margin, run, start, lower)
        if mask is not None or infeasible or settings.expired():
            break
        if not run.stats["rounds"][-1].get("unverified"):
            break
        margin = max(margin * 100, 1e-6)
    if start is not None and (mask is None or start.sum() < mask.sum()):
        run.stats["incumbent"] = "warm start"
        mask = start
    if mask is None:
        return _no_candidate(problem, settings, run, infeasible)
    return _confirm(problem, mask, settings, run, lower)


def _enumerate_first(problem: FullNetProblem, settings: Any, start: np.ndarray | None,
                     lower: int) -> bool:
    """Skip the solver: the pre-enumeration proved the bound ``lower`` and the verified warm
    start has ``lower + 1`` cells, so only size ``lower`` is open, and enumerating it (which
    the confirmation would do after the solver anyway) decides the problem. The solver
    could only find a mask of that size too, or prove its bound: on the hard Table 2 images
    it spends its whole share without closing the bound, while the enumeration of one size
    takes seconds. Applies when the pre-enumeration ran, the confirmation may enumerate
    (``confirm`` "auto" or "enumerate"), the size's count fits ``enumeration_limit``, and
    option ``enumerate_first`` (default True) is on."""
    from smug.fullnet.confirm import DEFAULT_ENUMERATION_LIMIT

    options = settings.options
    if start is None or int(start.sum()) != lower + 1 or not options.get("enumerate_first", True):
        return False
    if options.get("pre_enumeration_limit", PRE_ENUMERATION_LIMIT) <= 0 \
            or options.get("confirm", "auto") not in ("auto", "enumerate"):
        return False
    limit = options.get("enumeration_limit", DEFAULT_ENUMERATION_LIMIT)
    return math.comb(int(problem.active_cells.size), lower) <= limit


def _pre_enumerate(problem: FullNetProblem, settings: Any, run: _Run) -> tuple[int, np.ndarray | None]:
    """Exclude the small mask sizes exactly before the solver runs, within
    ``pre_enumeration_limit`` masks (default :data:`PRE_ENUMERATION_LIMIT`; 0: skip).

    Returns the proven lower bound and, when a small size has a verified mask, that mask
    (then the optimum: every smaller size is excluded). The bound becomes the row
    ``sum of cells >= bound`` of the MILP, so the solver can stop at an incumbent of that
    size instead of proving it.
    """
    from smug.fullnet.confirm import exclude_sizes

    limit = settings.options.get("pre_enumeration_limit", PRE_ENUMERATION_LIMIT)
    if limit <= 0:
        return 0, None
    ex = exclude_sizes(problem, problem.n_cells + 1, limit, _deadline(settings))
    run.stats["pre_enumeration"] = {"bound": ex.bound, "checked": ex.checked,
                                    "exact_checks": ex.exact_checks, "tau": ex.tau,
                                    "seconds": round(ex.seconds, 3), "stopped": ex.stopped}
    run.build += ex.seconds
    return ex.bound, ex.mask


def _warm_start(problem: FullNetProblem, settings: Any, run: _Run) -> np.ndarray | None:
    """The smaller verified mask of ``hint`` and :func:`smug.fullnet.greedy.greedy_mask`
    (option ``greedy=False`` skips the latter): the solver's warm start."""
    from smug.fullnet.greedy import greedy_mask
    from smug.fullnet.verify import verify_fullnet

    t0 = time.perf_counter()
    found = []
    if settings.hint is not None and verify_fullnet(problem, settings.hint).ok:
        found.append(np.asarray(settings.hint, dtype=bool))
    if settings.options.get("greedy", True):
        greedy = greedy_mask(problem)
        run.stats["greedy_size"] = None if greedy is None else int(greedy.sum())
        if greedy is not None:
            found.append(greedy)
    run.stats["warm_start_s"] = round(time.perf_counter() - t0, 3)
    run.build += time.perf_counter() - t0
    return min(found, key=lambda m: int(m.sum())) if found else None


def _candidate(problem: FullNetProblem, name: str, settings: Any, margin: float,
               run: _Run, start: np.ndarray | None, lower: int) -> tuple[np.ndarray | None, bool]:
    """One MILP solve with output margin ``margin``: (verified mask or None, MILP infeasible)."""
    from smug.fullnet.milp import build_milp
    from smug.fullnet.verify import verify_fullnet

    t0 = time.perf_counter()
    model = build_milp(problem, margin, min_cells=lower)
    t1 = time.perf_counter()
    result = get_backend(name).solve_mip(
        model.as_mip(), _milp_time(settings), settings.threads, settings.seed,
        settings.options.get("solver_options"),
        None if start is None else model.start_values(problem, start))
    t2 = time.perf_counter()
    run.build += t1 - t0
    run.solve += t2 - t1
    run.raw = result.raw
    run.stats.update(active_cells=model.n_cells, relus_unstable=model.relus["unstable"],
                     relus_stable_active=model.relus["active"],
                     relus_stable_inactive=model.relus["inactive"], milp_rows=model.program.n_rows,
                     milp_cols=model.program.n_cols, milp_bound=result.bound,
                     milp_status=result.status)
    record: dict[str, Any] = {"margin": margin, "status": result.status, "raw": result.raw,
                              "seconds": round(t2 - t1, 3)}
    run.stats["rounds"].append(record)
    if result.values is None:
        return None, result.status == "infeasible"
    mask = model.cell_mask(problem, result.values)
    check = verify_fullnet(problem, mask)
    record.update(size=int(mask.sum()), exact_margin=check.exact_margin,
                  float64_margin=check.float64_margin)
    if not check.ok:
        record["unverified"] = True
        return None, False
    run.stats.update(exact_margin=check.exact_margin, float64_margin=check.float64_margin)
    return mask, False


def _no_candidate(problem: FullNetProblem, settings: Any, run: _Run, infeasible: bool) -> Solution:
    """No verified mask. The MILP's infeasibility is no proof (margins, tolerances): only z3
    on the exact encoding, without a cardinality limit, can prove INFEASIBLE."""
    if not infeasible or settings.options.get("confirm", "auto") in ("none", "enumerate") \
            or settings.expired():
        return run.finish(Status.UNKNOWN, None, None)
    from smug.fullnet.confirm import z3_at_most
    from smug.fullnet.verify import verify_fullnet

    t0 = time.perf_counter()
    result, zmask = z3_at_most(problem, problem.n_cells, settings.remaining(), settings.seed)
    run.stats["z3_confirm"] = {"k": problem.n_cells, "result": result,
                               "seconds": round(time.perf_counter() - t0, 3)}
    if result == "unsat":
        return run.finish(Status.INFEASIBLE, None, None)
    if result == "sat" and verify_fullnet(problem, zmask).ok:
        return run.finish(Status.FEASIBLE, zmask, 0.0)
    return run.finish(Status.UNKNOWN, None, None)


def _confirm(problem: FullNetProblem, mask: np.ndarray, settings: Any, run: _Run,
             lower: int = 0) -> Solution:
    """Prove exactly that no mask smaller than ``mask`` keeps the label (see the module doc)."""
    from smug.fullnet.confirm import DEFAULT_ENUMERATION_LIMIT, exclude_sizes, z3_at_most
    from smug.fullnet.verify import verify_fullnet

    k = int(mask.sum())
    mode = settings.options.get("confirm", "auto")
    bound = lower
    if k <= lower:
        return run.finish(Status.OPTIMAL, mask, float(k))
    if mode in ("auto", "enumerate"):
        ex = exclude_sizes(problem, k, settings.options.get("enumeration_limit",
                                                           DEFAULT_ENUMERATION_LIMIT),
                           _deadline(settings), start=lower)
        run.stats["enumeration"] = {"bound": ex.bound, "checked": ex.checked,
                                    "exact_checks": ex.exact_checks, "tau": ex.tau,
                                    "seconds": round(ex.seconds, 3), "stopped": ex.stopped}
        if ex.mask is not None:  # a smaller mask than the MILP's: every size below excluded
            run.stats["milp_not_minimal"] = k
            return run.finish(Status.OPTIMAL, ex.mask, float(ex.bound))
        bound = ex.bound
        if bound >= k:
            return run.finish(Status.OPTIMAL, mask, float(k))
        if ex.exact_only:
            return run.finish(Status.FEASIBLE, mask, float(bound))
    if mode in ("auto", "z3") and not settings.expired():
        t0 = time.perf_counter()
        result, zmask = z3_at_most(problem, k - 1, settings.remaining(), settings.seed)
        run.stats["z3_confirm"] = {"k": k - 1, "result": result,
                                   "seconds": round(time.perf_counter() - t0, 3)}
        if result == "unsat":
            return run.finish(Status.OPTIMAL, mask, float(k))
        if result == "sat" and verify_fullnet(problem, zmask).ok and zmask.sum() < k:
            mask = zmask
    return run.finish(Status.FEASIBLE, mask, float(bound))


def _milp_time(settings: Any) -> float | None:
    """Seconds for the solver: what is left, less a reserve for the exact confirmation.

    The solver's own optimality proof is not needed (the confirmation is the proof), only
    a good incumbent; so when the solver runs into this limit its incumbent still gets
    :data:`CONFIRM_RESERVE` of the time limit (at most :data:`CONFIRM_RESERVE_MAX` s).
    """
    left = settings.remaining()
    if left is None or settings.options.get("confirm", "auto") == "none":
        return left
    reserve = min(CONFIRM_RESERVE * (settings.time_limit or left), CONFIRM_RESERVE_MAX)
    return max(0.01, left - reserve)


def _deadline(settings: Any) -> float | None:
    left = settings.remaining()
    return None if left is None else time.monotonic() + left


def cross_check_fullnet(problem: FullNetProblem, backends: Any = None, *,
                        time_limit: float | None = 60.0, **kwargs: Any) -> CrossCheck:
    """Solve ``problem`` with z3 and the MILP backends and compare what they proved.

    The same as :func:`smug.cross_check` on a FullNetProblem. ``backends`` defaults to z3
    and every installed MILP backend; ``kwargs`` go to :func:`solve_fullnet` for every
    backend (``presolve`` must be off). A proven optimum contradicted by another backend's
    verified mask (smaller), or a proven infeasibility beside a verified mask, is a
    :class:`smug.solving.Disagreement` (its ``separating_rows`` are the classes ``l`` whose
    exact row ``o_label - o_l > delta`` the two masks decide differently) and is also
    raised as a :class:`smug.solving.CrossCheckWarning`.
    """
    if not isinstance(problem, FullNetProblem):
        raise TypeError(f"problem: expected a smug.fullnet.FullNetProblem, got {type(problem).__name__}")
    return cross_check(problem, backends, time_limit=time_limit, **kwargs)


class FullNetKind(ProblemKind):
    """:class:`FullNetProblem` for :func:`smug.solve` and :func:`smug.cross_check`."""

    problem_type = FullNetProblem
    label = "smug.fullnet.FullNetProblem"

    def solve(self, problem: FullNetProblem, backend: str | None, arguments: Any,
              options: Any) -> Solution:
        a = arguments
        if a["presolve"]:
            raise ValueError("presolve: applies to MaskProblems only, not to a FullNetProblem")
        return solve_fullnet(problem, backend, time_limit=a["time_limit"], threads=a["threads"],
                             seed=a["seed"], hint=a["hint"], verbose=a["verbose"], **options)

    def installed_backends(self) -> list[str]:
        return installed_fullnet_backends()

    def cross_check_arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if kwargs.pop("presolve", None):
            raise ValueError("presolve: applies to MaskProblems only, not to a FullNetProblem")
        return kwargs

    def disagreements(self, problem: FullNetProblem, solutions: Any) -> Any:
        return _fullnet_disagreements(problem, solutions)


def installed_fullnet_backends() -> list[str]:
    """z3 and the installed backends with ``Capability.MIP`` (what cross_check runs)."""
    installed = set(available_backends())
    return [FULLNET_BACKEND] + [n for n in fullnet_backends()[1:] if n in installed]


def _contradicts(proof: Solution, other: Solution) -> bool:
    """``proof``'s claim (optimum, infeasibility or bound) is refuted by ``other``'s mask."""
    if other.mask is None:
        return False
    if proof.status is Status.INFEASIBLE:
        return True
    floor = proof.objective if proof.status is Status.OPTIMAL else proof.bound
    return floor is not None and other.objective < floor


def _fullnet_disagreements(problem: FullNetProblem, solutions: dict[str, Solution]):
    names = list(solutions)
    empty = np.zeros(problem.n_cells, dtype=bool)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            sa, sb = solutions[a], solutions[b]
            if not (_contradicts(sa, sb) or _contradicts(sb, sa)):
                continue
            ma = empty if sa.mask is None else sa.mask
            mb = empty if sb.mask is None else sb.mask
            yield Disagreement(a, b, sa.objective, sb.objective, ma, mb,
                               _separating_classes(problem, exact_logits(problem, ma),
                                                   exact_logits(problem, mb)))


def _separating_classes(problem: FullNetProblem, la: list, lb: list) -> np.ndarray:
    def keeps(logits: list, other: int) -> bool:
        return logits[problem.label] - logits[other] > problem.delta

    return np.array([other for other in range(problem.n_classes) if other != problem.label
                     and keeps(la, other) != keeps(lb, other)], dtype=int)


FULLNET_KIND = register_problem_kind(FullNetKind())
