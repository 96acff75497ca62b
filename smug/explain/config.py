"""The explainer's configuration as validated objects: how to encode, and how to solve.

The ten encoding arguments of :meth:`smug.explain.SMUG.attribute` (and the solver's six)
in one frozen object each, checked once when the object is made, so that a setting can be
built, printed, compared and reused across inputs::

    encode = EncodeSettings(k=1000, gamma=0.5, cell=4)
    solve = SolveSettings(backend="cpsat", time_limit=30)
    explanation = SMUG(model).attribute(x, **encode.as_kwargs(), **solve.as_kwargs())

The stages of :mod:`smug.explain.stages` take them directly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from smug.explain.arguments import validate_arguments
from smug.explain.ig import DEFAULT_N_STEPS

__all__ = ["EncodeSettings", "SolveSettings"]


@dataclass(frozen=True)
class EncodeSettings:
    """How an input becomes a MaskProblem (steps 1-3: first layer, IG, rows).

    The fields are the arguments of the same names of :meth:`smug.explain.SMUG.attribute`;
    a bad value raises ``ValueError`` naming the field when the object is made.
    """

    k: int = 3000
    gamma: float = 0.0
    cell: int | tuple[int, ...] = 4
    rows: str = "relative"
    mask_value: Any = "zero"
    ig_output: str = "softmax"
    n_steps: int = DEFAULT_N_STEPS
    internal_batch_size: int | None = None
    allow_partial_cells: bool = False
    progress: bool = False

    def __post_init__(self) -> None:
        checked = validate_arguments(**self._raw(), solve=False)
        for key, value in checked.items():
            object.__setattr__(self, key, value)

    def _raw(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in self.__dataclass_fields__}

    def as_kwargs(self) -> dict[str, Any]:
        """The settings as keyword arguments of ``SMUG.attribute`` / ``SMUG.encode``."""
        return self._raw()


@dataclass(frozen=True)
class SolveSettings:
    """How the MaskProblem is solved (step 4): the arguments of the same names of
    :meth:`smug.explain.SMUG.attribute`. The backend must be installed and its native
    ``solve_options`` known to it (checked when the object is made)."""

    backend: str | None = None
    time_limit: float | None = 60.0
    n_solutions: int = 1
    threads: int | None = None
    seed: int = 0
    solve_options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        checked = validate_arguments(solve=True, backend=self.backend,
                                     time_limit=self.time_limit, n_solutions=self.n_solutions,
                                     threads=self.threads, seed=self.seed,
                                     solve_options=self.solve_options)
        for key in ("time_limit", "n_solutions", "threads", "seed", "solve_options"):
            if key in checked:
                object.__setattr__(self, key, checked[key])

    def as_kwargs(self) -> dict[str, Any]:
        """The settings as keyword arguments of ``SMUG.attribute``."""
        return asdict(self)

    def solve_kwargs(self) -> dict[str, Any]:
        """The settings as arguments of :func:`smug.solve` (one solution)."""
        return {"time_limit": self.time_limit, "threads": self.threads, "seed": self.seed,
                **dict(self.solve_options)}
