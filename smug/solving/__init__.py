"""The solving layer (L3): one door for every solver.

Above the backends (:mod:`smug.backends`, which never import it) and below the full network
and the explainer. It holds

* the pipeline of reductions with apply / invert (:mod:`smug.reductions`: unused columns,
  exact presolve; independent components) and the final exact check
  (:mod:`smug.solving.pipeline`);
* the strategies behind one interface: one backend (:class:`OneBackend`) or a race
  (:class:`Race`), chosen for ``auto`` from the declared capabilities and the measured
  preference table (:mod:`smug.solving.choice`);
* the one :class:`~smug.backends.Settings` of a solve, built once from checked arguments
  (:mod:`smug.solving.arguments`);
* :func:`solve` and :func:`cross_check`, dispatching on the problem's type through
  registered kinds (:mod:`smug.solving.kinds`): :class:`~smug.problem.MaskProblem` here,
  ``FullNetProblem`` registered by :mod:`smug.fullnet`.
"""

from smug.solving.arguments import (AUTO, MAX_SEED, check_presolve, check_seed, check_threads,
                                    check_time_limit, make_settings, validate_backend)
from smug.solving.choice import (BUSY_FIRST_SHARE, BUSY_LONG_HEAD_START, LONG_ROW, RACE_SIZE,
                                 SHORT_ROW_HEAD_START, Plan, Step, affinity_cores,
                                 capabilities_of, choose_backend, choose_plan, choose_race,
                                 fallback_order, free_cores, long_rows, race_candidates)
from smug.solving.crosscheck import CrossCheck, CrossCheckWarning, Disagreement, cross_check
from smug.solving.features import instance_features, plan_features
from smug.solving.kinds import ProblemKind, kind_of, register_problem_kind, registered_kinds
from smug.solving.mask import MaskKind, solve_auto
from smug.solving.pipeline import (COMPONENTS_MIN_NNZ, OneBackend, Strategy, components_apart,
                                   final_check, run_pipeline, solve_one, solve_reduced,
                                   solve_with)
from smug.solving.race import (ALONE_MAX_COMPONENT, ALONE_SHARE, HEAD_START, STOP_GRACE, Race,
                               race_solve, race_with, splitting_side)
from smug.solving.settle import EXACT_ORDER, settle
from smug.solving.solve import solve

__all__ = [
    "ALONE_MAX_COMPONENT", "ALONE_SHARE", "AUTO", "BUSY_FIRST_SHARE", "BUSY_LONG_HEAD_START",
    "LONG_ROW", "SHORT_ROW_HEAD_START", "long_rows", "Plan",
    "Step", "affinity_cores", "choose_plan", "free_cores", "COMPONENTS_MIN_NNZ", "EXACT_ORDER", "HEAD_START",
    "MAX_SEED", "RACE_SIZE", "STOP_GRACE", "capabilities_of", "check_presolve", "check_seed",
    "check_threads", "check_time_limit", "choose_backend", "choose_race", "components_apart",
    "cross_check", "CrossCheck", "CrossCheckWarning", "Disagreement", "fallback_order",
    "final_check", "instance_features", "kind_of", "plan_features", "make_settings",
    "MaskKind", "OneBackend",
    "ProblemKind", "Race", "race_candidates", "race_solve", "race_with",
    "register_problem_kind", "registered_kinds", "run_pipeline", "settle", "solve",
    "solve_auto", "solve_one", "solve_reduced", "solve_with", "splitting_side", "Strategy",
    "validate_backend",
]
