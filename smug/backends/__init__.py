"""The backend registry.

Built-in backends are named here and imported lazily, so that ``import smug`` never imports
a solver. Third parties register more through the entry-point group ``smug.backends``::

    [project.entry-points."smug.backends"]
    mysolver = "mypackage.smug_backend:MySolverBackend"
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable
from importlib.metadata import entry_points

from smug.backends.base import Attempt, Backend, Capability, Settings
from smug.errors import BackendNotInstalledError, UnknownBackendError

__all__ = [
    "Attempt",
    "Backend",
    "Capability",
    "PREFERENCE",
    "backend_class",
    "default_backend",
    "preferred",
    "Settings",
    "available_backends",
    "backend_names",
    "get_backend",
    "register_backend",
    "unregister_backend",
    "DEFAULT_ORDER",
]

_BUILTIN: dict[str, str] = {
    "z3": "smug.backends.z3:Z3Backend",
    "cpsat": "smug.backends.cpsat:CPSATBackend",
    "pulp": "smug.backends.pulp:PulpBackend",
    "cvxpy": "smug.backends.cvxpy:CvxpyBackend",
    "highs": "smug.backends.highs:HighsBackend",
    "scip": "smug.backends.scip:ScipBackend",
}

#: The one measured preference table: for each problem kind, backends in the order of their
#: measured results; a backend not listed ranks after those listed (by name). What the
#: solving layer (:mod:`smug.solving`) chooses from, together with the declared
#: :class:`Capability` flags.
#:
#: * ``"mask"``: PAR2 of the single backends on the tiered suite's design set (60 s, one
#:   thread; ``docs/benchmarks.md``): what ``auto`` takes on one core, the order of the race
#:   candidates and of :func:`available_backends`.
#: * ``"exact"``: whom ``auto`` hands a problem its first choice refused or left unproven
#:   before the limit: z3 (exact rationals), CP-SAT (exact integers), then HiGHS
#:   (:mod:`smug.solving.settle`).
#: * ``"long_row"``: the race candidates on a long-row problem (``smug.solving.LONG_ROW``:
#:   MNIST 1x1 cells), measured on 78 design-half instances of the tiered suite's three
#:   1x1-cell MNIST classes (``benchmarks/studies/auto_rule``, 20 s, one thread each):
#:   CP-SAT was the fastest on 59; racing it with SCIP gave 1.03x the virtual best over
#:   them (worst class 1.06x), with HiGHS 1.18x (worst class 1.28x: an instance CP-SAT and
#:   HiGHS take 11 s on, SCIP 1.5 s).
#: * ``"fullnet"``: the MILP backends on Table 2 (``benchmarks/results/mnist_fullnet_milp*.md``):
#:   CP-SAT decided 92/100 images at pixel level in 60 s (HiGHS 90, a subset of CP-SAT's)
#:   and was the fastest with 4x4 cells (mean 0.7 s against HiGHS's 1.9 s).
PREFERENCE: dict[str, tuple[str, ...]] = {
    "mask": ("cpsat", "highs", "pulp", "cvxpy", "z3"),
    "long_row": ("cpsat", "scip", "highs", "pulp", "cvxpy", "z3"),
    "fullnet": ("cpsat", "highs", "cvxpy", "pulp"),
    "exact": ("z3", "cpsat", "highs"),
}

#: The single backends in order of preference on a MaskProblem (``PREFERENCE["mask"]``).
DEFAULT_ORDER: tuple[str, ...] = PREFERENCE["mask"]


def preferred(names: Iterable[str], kind: str = "mask") -> list[str]:
    """``names`` (without repeats) in the order of :data:`PREFERENCE` for ``kind``; names
    the table does not list come after, by name."""
    order = {n: i for i, n in enumerate(PREFERENCE.get(kind, ()))}
    return sorted(dict.fromkeys(names), key=lambda n: (order.get(n, len(order)), n))

_registered: dict[str, type[Backend]] = {}


def register_backend(cls: type[Backend]) -> type[Backend]:
    """Register a Backend subclass under ``cls.name`` (usable as a class decorator)."""
    if not (isinstance(cls, type) and issubclass(cls, Backend)):
        raise TypeError(f"cls: expected a smug.backends.Backend subclass, got {cls!r}")
    _registered[cls.name] = cls
    return cls


def unregister_backend(name: str) -> None:
    """Forget a backend registered with :func:`register_backend` (built-ins and entry points
    are found again on the next look-up)."""
    _registered.pop(name, None)


_entry_point_cache: tuple[tuple[str, ...], dict[str, str]] | None = None


def _entry_point_specs() -> dict[str, str]:
    """``{name: "module:Class"}`` of the ``smug.backends`` entry points, read once per
    ``sys.path``: the scan reads every installed distribution's metadata (about 4 ms with a
    hundred distributions), which ``auto`` paid on every solve."""
    global _entry_point_cache
    key = tuple(sys.path)
    if _entry_point_cache is None or _entry_point_cache[0] != key:
        specs = {ep.name: ep.value for ep in entry_points(group="smug.backends")}
        _entry_point_cache = (key, specs)
    return dict(_entry_point_cache[1])


def backend_names() -> list[str]:
    """Every registered backend name: built-ins, entry points and :func:`register_backend`."""
    return sorted(set(_BUILTIN) | set(_entry_point_specs()) | set(_registered))


def _load(spec: str) -> type[Backend]:
    module, _, attr = spec.partition(":")
    cls = getattr(importlib.import_module(module), attr)
    if not (isinstance(cls, type) and issubclass(cls, Backend)):
        raise TypeError(f"backend entry point {spec!r} is not a smug.backends.Backend subclass")
    return cls


def backend_class(name: str) -> type[Backend]:
    """The Backend class registered as ``name`` (not checked for installation)."""
    if not isinstance(name, str):
        raise TypeError(f"backend: expected a backend name (str), got {type(name).__name__}")
    if name in _registered:
        return _registered[name]
    spec = _BUILTIN.get(name) or _entry_point_specs().get(name)
    if spec is None:
        raise UnknownBackendError(
            f"backend: unknown backend {name!r}; valid backends: {', '.join(backend_names())}; "
            f"installed: {', '.join(available_backends()) or '(none)'}"
        )
    cls = _load(spec)
    _registered[name] = cls
    return cls


def get_backend(name: str) -> Backend:
    """An instance of the backend ``name``; raises if unknown or not installed."""
    cls = backend_class(name)
    if not cls.is_available():
        raise BackendNotInstalledError(
            f"backend: {name!r} needs {', '.join(cls.required_modules)}, which is not "
            f"installed; run: pip install 'smug[{cls.extra}]'"
        )
    return cls()


def available_backends() -> list[str]:
    """Names of the registered backends whose solver is installed, default order first."""
    names = []
    for name in backend_names():
        try:
            cls = backend_class_quiet(name)
        except Exception:  # a broken third-party entry point must not hide the others
            continue
        if cls is not None and cls.is_available():
            names.append(name)
    return preferred(names)


def backend_class_quiet(name: str) -> type[Backend] | None:
    try:
        return backend_class(name)
    except UnknownBackendError:
        return None


def default_backend() -> str:
    """The first installed backend in :data:`DEFAULT_ORDER` (then any other installed one)."""
    installed = available_backends()
    if not installed:
        raise BackendNotInstalledError(
            "backend: no solver backend is installed; run: pip install 'smug[cpsat]' "
            "(or smug[highs], smug[z3], smug[pulp], smug[cvxpy], smug[all])"
        )
    return installed[0]
