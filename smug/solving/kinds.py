"""Problem kinds: how :func:`smug.solve` and :func:`smug.cross_check` handle each problem type.

The solving layer knows :class:`~smug.problem.MaskProblem` (:mod:`smug.solving.mask`); a
layer above registers more (the full network, :mod:`smug.fullnet`, registers
``FullNetProblem`` when it is imported) with :func:`register_problem_kind`. The solving
layer imports nothing above it; only its error message for an unknown type mentions the
full network's problem, which a caller may not have imported yet.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from smug.solution import Solution

__all__ = ["ProblemKind", "kind_of", "register_problem_kind", "registered_kinds"]


class ProblemKind(ABC):
    """How one problem type is solved and cross-checked.

    ``problem_type`` is the class it handles; ``label`` names it in errors.
    """

    problem_type: ClassVar[type]
    label: ClassVar[str]

    @abstractmethod
    def solve(self, problem: Any, backend: str | None, arguments: Mapping[str, Any],
              options: Mapping[str, Any]) -> Solution:
        """Solve ``problem``. ``arguments`` holds the checked ``time_limit``, ``threads``,
        ``seed`` and the raw ``hint``, ``presolve``, ``verbose``; the kind checks the hint
        and ``options`` and builds the one ``Settings`` (:func:`smug.solving.make_settings`)."""

    @abstractmethod
    def installed_backends(self) -> list[str]:
        """The installed backends that can solve this kind (what cross_check runs by default)."""

    def cross_check_arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The keyword arguments every backend of a cross-check gets (defaults filled in)."""
        return kwargs

    @abstractmethod
    def disagreements(self, problem: Any, solutions: Mapping[str, Solution]) -> Iterable[Any]:
        """Each pair of backends whose claims contradict (a proof refuted by a mask)."""


_KINDS: dict[type, ProblemKind] = {}


def register_problem_kind(kind: ProblemKind) -> ProblemKind:
    """Make :func:`smug.solve` and :func:`smug.cross_check` accept ``kind.problem_type``."""
    if not isinstance(kind, ProblemKind):
        raise TypeError(f"kind: expected a smug.solving.ProblemKind, got {type(kind).__name__}")
    _KINDS[kind.problem_type] = kind
    return kind


def registered_kinds() -> list[ProblemKind]:
    """Every registered problem kind, in registration order."""
    return list(_KINDS.values())


def kind_of(problem: Any) -> ProblemKind:
    """The kind that handles ``problem``; raises TypeError naming the accepted types."""
    for cls in type(problem).__mro__:
        if cls in _KINDS:
            return _KINDS[cls]
    labels = [k.label for k in _KINDS.values()]
    if "smug.fullnet.FullNetProblem" not in labels:
        labels.append("smug.fullnet.FullNetProblem")  # registered on import of smug.fullnet
    raise TypeError(f"problem: expected a {' or '.join(labels)}, got {type(problem).__name__}")
