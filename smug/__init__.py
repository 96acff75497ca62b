"""smug: explain neural-network predictions with symbolic solvers, made fast by gradients.

The solver side is importable without torch::

    import smug
    problem = smug.MaskProblem(A, rhs, strict=True)
    solution = smug.solve(problem, backend="cpsat", time_limit=10)
"""

from smug.backends import available_backends, backend_names
from smug.errors import (
    BackendNotInstalledError,
    SmugError,
    UnknownBackendError,
    UnknownOptionError,
    UnsupportedProblemError,
)
from smug.problem import FREE, Grid, MaskProblem
from smug.solution import Solution, Status, Termination, Timings
# solve and cross_check live in smug.solving; importing them through the module smug.solve
# (kept for the old name) makes ``smug.solve`` the function, not that module
from smug.solve import CrossCheck, CrossCheckWarning, cross_check, solve
from smug.verify import Verification, verify

from smug import export  # noqa: F401,E402 (smug.export.write(problem, path): SMT-LIB 2, LP, MPS)

__version__ = "0.1.0"

__all__ = [
    "FREE",
    "BackendNotInstalledError",
    "CrossCheck",
    "CrossCheckWarning",
    "Grid",
    "MaskProblem",
    "SmugError",
    "Solution",
    "Status",
    "Termination",
    "Timings",
    "UnknownBackendError",
    "UnknownOptionError",
    "UnsupportedProblemError",
    "Verification",
    "available_backends",
    "backend_names",
    "cross_check",
    "explain_many",
    "solve",
    "verify",
]


def __getattr__(name: str):
    # The explainer needs torch; import it only when asked for.
    if name in ("SMUG", "explain", "SMUGBase"):
        import importlib

        # import_module, not ``from smug import explain``: the latter looks the name up on
        # this module first, which would re-enter this __getattr__ forever.
        _explain = importlib.import_module("smug.explain")
        return getattr(_explain, name)
    if name == "explain_many":  # many inputs at once, serially or on an executor (Dask)
        from smug.many import explain_many

        return explain_many
    raise AttributeError(f"module 'smug' has no attribute {name!r}")
