"""The conformance kit: what every backend, built-in or a third party's, must pass.

* :mod:`smug.testing.oracle` -- small problems with known answers (``KNOWN_PROBLEMS``) and
  the brute-force oracle in exact integer arithmetic (:func:`~smug.testing.oracle.brute_force`,
  sharing no code with smug's solvers or verifier);
* :mod:`smug.testing.families` -- the adversarial families (near-tie costs, coefficients over
  many decades, integers near 2**31 and 2**53, cancellation, huge and tiny values in one
  row, tight strict rows, fixings);
* :func:`check_backend` -- runs a registered backend on all of them through
  :func:`smug.solve` and judges every answer against the oracle.

::

    from smug.testing import check_backend
    report = check_backend("mysolver")
    assert report.ok, report.summary()
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from smug.backends import get_backend
from smug.errors import UnsupportedProblemError
from smug.solving import solve
from smug.testing.families import FAMILIES, adversarial_problem
from smug.testing.oracle import KNOWN_PROBLEMS, brute_force, check_solution

__all__ = ["ConformanceReport", "check_backend"]


@dataclass(frozen=True)
class ConformanceReport:
    """What :func:`check_backend` found.

    ``checked`` problems were solved; ``failures`` lists ``(problem, message)`` for every
    answer that was wrong (a claim the oracle refutes, an exception) or, where the oracle
    says every sound backend must prove it, unproven. ``refused`` lists the problems the
    backend declined with :class:`smug.errors.UnsupportedProblemError` naming why (CP-SAT
    on costs whose exact ratios do not fit 60 bits): an honest refusal is not a failure.
    """

    backend: str
    checked: int
    failures: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    seconds: float = 0.0
    refused: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        head = (f"{self.backend}: {self.checked - len(self.failures)}/{self.checked} problems "
                f"passed in {self.seconds:.1f} s"
                + (f" ({len(self.refused)} refused, with the reason)" if self.refused else ""))
        return "\n".join([head] + [f"  {name}: {message}" for name, message in self.failures])


def _problems(seeds: int) -> list[tuple[str, Any]]:
    problems = [(f"known:{k.name}", k.problem) for k in KNOWN_PROBLEMS]
    problems += [(f"{family}:{seed}", adversarial_problem(family, seed))
                 for family in FAMILIES for seed in range(seeds)]
    return problems


def check_backend(name: str, *, seeds: int = 4, time_limit: float = 20.0,
                  presolve: bool = False, raise_on_failure: bool = False) -> ConformanceReport:
    """Judge the backend ``name`` against the exact oracle.

    Every problem of ``KNOWN_PROBLEMS`` and ``seeds`` problems of each adversarial family
    (n <= 16) are solved by ``smug.solve(problem, name, presolve=presolve)`` and each answer
    is checked by :func:`smug.testing.oracle.check_solution`: an OPTIMAL claim must be the
    oracle's optimum with an optimal mask, INFEASIBLE only when it is, every mask feasible
    and verified, every bound at most the optimum; and where the oracle's answer is decided
    robustly (:attr:`~smug.testing.oracle.Oracle.decisive`) it must be proven.

    Parameters
    ----------
    name : str
        A registered, installed backend (built-in or through the ``smug.backends`` entry
        point).
    seeds : int
        Problems per adversarial family (seeds 0 .. seeds-1; the same problems every run).
    time_limit : float
        Seconds per problem; every one is small enough to prove well within it.
    presolve : bool
        Run smug's exact presolve first (off by default: the backend faces every row).
    raise_on_failure : bool
        Raise AssertionError with the summary when any problem fails.

    Returns
    -------
    ConformanceReport
    """
    if isinstance(seeds, bool) or not isinstance(seeds, int) or seeds < 0:
        raise ValueError(f"seeds: expected an integer >= 0, got {seeds!r}")
    get_backend(name)  # unknown or not installed: raises, naming the valid ones
    start = time.perf_counter()
    failures, refused = [], []
    problems = _problems(seeds)
    for label, problem in problems:
        oracle = brute_force(problem)
        try:
            solution = solve(problem, name, time_limit=time_limit, presolve=presolve)
        except UnsupportedProblemError as exc:  # declined, naming why: honest, not wrong
            refused.append((label, str(exc)[:500]))
            continue
        except Exception as exc:  # noqa: BLE001 -- every failure is reported, none hides others
            failures.append((label, f"{type(exc).__name__}: {exc}"[:500]))
            continue
        try:
            check_solution(solution, problem, oracle, must_prove=oracle.decisive)
        except AssertionError as exc:
            failures.append((label, str(exc)[:500]))
    report = ConformanceReport(name, len(problems), tuple(failures),
                               time.perf_counter() - start, tuple(refused))
    if raise_on_failure and not report.ok:
        raise AssertionError(report.summary())
    return report
