"""``solve`` for a FullNetProblem: z3 only, as in the paper (appendix A)."""

from __future__ import annotations

import time
from typing import Any

from smug.errors import UnsupportedProblemError
from smug.fullnet.problem import FullNetProblem
from smug.solution import Solution

__all__ = ["solve_fullnet", "FULLNET_BACKEND"]

#: The only backend that can express the full network (ReLU as ``If`` over exact reals).
FULLNET_BACKEND = "z3"


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
    """Minimise the kept cells of a :class:`FullNetProblem` with z3.

    Called by :func:`smug.solve` when it is given a FullNetProblem; the arguments have the
    same meaning (already validated there). ``backend`` must be None or ``"z3"``. Native
    options: ``strategy`` (``"ascend"``, default, or ``"optimize"``, the paper's),
    ``stable`` (default True: exact interval bounds and stable-ReLU simplification;
    False: the plain encoding), ``cell_sort`` (``"bool"`` or ``"int"``) and parameters of
    the z3 Solver (ascend) or Optimize (optimize). ``threads`` and ``hint`` are accepted
    and not used: neither search takes them.

    Returns
    -------
    Solution
        ``mask`` is a cell mask of length ``problem.n_cells``, verified by an exact rational
        and a float64 forward pass; OPTIMAL only when z3 proved the minimum.
    """
    from smug.backends import get_backend
    from smug.backends.base import Settings

    if not isinstance(problem, FullNetProblem):
        raise TypeError(f"problem: expected a smug.fullnet.FullNetProblem, got {type(problem).__name__}")
    name = FULLNET_BACKEND if backend is None else backend
    if name != FULLNET_BACKEND:
        raise UnsupportedProblemError(
            f"backend: a FullNetProblem (ReLU network encoded with If over exact reals) can "
            f"only be solved by the {FULLNET_BACKEND!r} backend, got {backend!r}; use "
            f"backend='{FULLNET_BACKEND}'"
        )
    engine = get_backend(name)
    options = engine.validate_fullnet_options(options)
    if hint is not None:
        hint = problem.check_mask(hint)
    settings = Settings(
        time_limit=time_limit, threads=threads, seed=seed, options=options,
        deadline=None if time_limit is None else time.monotonic() + time_limit,
        hint=hint, verbose=verbose,
    )
    return engine.run_fullnet(problem, settings)
