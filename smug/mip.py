"""A mixed-integer linear program in arrays: what a backend that builds a MILP also solves.

The full network's big-M encoding (:mod:`smug.fullnet.milp`) produces one; every backend
that declares :attr:`smug.backends.base.Capability.MIP` solves it through
:meth:`~smug.backends.base.Backend.solve_mip` and returns a :class:`MipResult`, a
*candidate* the caller verifies exactly (nothing here is trusted).

The model::

    minimise   cost . x
    subject to row_lo <= A x <= row_hi            (row bounds may be infinite)
               col_lo <= x <= col_hi
               x_j integer where integer[j]

``row_kind`` tells a solver that must round a row (CP-SAT: integer coefficients only) which
way it may move it: :data:`ROW_LOOSEN` (the model must stay feasible: ReLU rows),
:data:`ROW_TIGHTEN` (what it accepts should satisfy the real row: output rows) or
:data:`ROW_EXACT` (0/1 coefficients on integer columns: no rounding at all).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["MixedIntegerProgram", "MipResult", "ROW_LOOSEN", "ROW_TIGHTEN", "ROW_EXACT",
           "MIP_STATUSES"]

ROW_LOOSEN, ROW_TIGHTEN, ROW_EXACT = 0, 1, 2
#: What a solver may claim about its candidate (its own claim, to its tolerances).
MIP_STATUSES = ("optimal", "feasible", "infeasible", "unknown")


@dataclass(frozen=True, eq=False)
class MixedIntegerProgram:
    """``A`` dense (m, n) float64; ``row_lo``/``row_hi`` (m,); ``col_lo``/``col_hi``,
    ``integer`` (bool) and ``cost`` (n,); ``row_kind`` (m,) of ROW_LOOSEN / ROW_TIGHTEN /
    ROW_EXACT."""

    A: np.ndarray
    row_lo: np.ndarray
    row_hi: np.ndarray
    col_lo: np.ndarray
    col_hi: np.ndarray
    integer: np.ndarray
    cost: np.ndarray
    row_kind: np.ndarray

    def __post_init__(self) -> None:
        m, n = np.shape(self.A)
        for name, size in (("row_lo", m), ("row_hi", m), ("row_kind", m), ("col_lo", n),
                           ("col_hi", n), ("integer", n), ("cost", n)):
            if np.shape(getattr(self, name)) != (size,):
                raise ValueError(f"{name}: expected shape ({size},), got "
                                 f"{np.shape(getattr(self, name))}")

    @property
    def n_rows(self) -> int:
        return int(np.shape(self.A)[0])

    @property
    def n_cols(self) -> int:
        return int(np.shape(self.A)[1])


@dataclass(frozen=True)
class MipResult:
    """``status``: one of :data:`MIP_STATUSES` ("optimal" is the solver's claim, within its
    tolerances); ``values`` the columns of the best solution (None: none); ``bound`` the
    solver's dual bound on the objective, if it gave one; ``raw`` its own words."""

    status: str
    values: np.ndarray | None
    bound: float | None
    raw: str
