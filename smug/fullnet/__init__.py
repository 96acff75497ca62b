"""The full-network encoding of appendix A (Eq. 6): minimal masks that keep a ReLU net's label.

::

    from smug.fullnet import FullNetProblem
    problem = FullNetProblem.from_model(model, x, delta=0.0, cell=4)
    solution = smug.solve(problem, backend="z3", time_limit=60)

z3 solves it with ReLU as ``If`` over exact rationals; the MILP backends (highs, cpsat, pulp,
cvxpy) with a big-M encoding whose optimum is confirmed exactly. The result is the
same :class:`smug.Solution`, with a cell mask verified by exact and float64 forward passes.
"""

from smug.fullnet.brute import brute_force_fullnet
from smug.fullnet.problem import Dense, FullNetProblem
from smug.fullnet.solve import cross_check_fullnet, solve_fullnet
from smug.fullnet.verify import FullNetVerification, exact_logits, exact_margin, verify_fullnet

__all__ = [
    "Dense",
    "FullNetProblem",
    "FullNetVerification",
    "brute_force_fullnet",
    "cross_check_fullnet",
    "exact_logits",
    "exact_margin",
    "solve_fullnet",
    "verify_fullnet",
]
