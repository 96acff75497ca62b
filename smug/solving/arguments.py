"""The arguments every solve shares, checked once, and the one :class:`Settings` built from them."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from numbers import Integral, Real
from typing import Any

import numpy as np

from smug.backends import default_backend, get_backend
from smug.backends.base import Settings
from smug.errors import UnknownOptionError

__all__ = ["AUTO", "MAX_SEED", "check_presolve", "check_seed", "check_threads",
           "check_time_limit", "make_settings", "validate_backend"]

#: The backend name that chooses per instance (the default of :func:`smug.solve`).
AUTO = "auto"


def check_time_limit(time_limit: Any) -> float | None:
    """``time_limit`` as float seconds (None: no limit); raises on anything else."""
    if time_limit is None:
        return None
    if isinstance(time_limit, bool) or not isinstance(time_limit, Real):
        raise TypeError(f"time_limit: expected seconds as a number, got {type(time_limit).__name__}")
    if not (time_limit > 0 and math.isfinite(time_limit)):
        raise ValueError(f"time_limit: expected a positive, finite number of seconds, got {time_limit}")
    return float(time_limit)


def check_threads(threads: Any) -> int | None:
    """``threads`` as a positive int (None: the solver's default)."""
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, Integral) or threads < 1:
        raise ValueError(f"threads: expected a positive integer, got {threads!r}")
    return int(threads)


#: Seeds go to solvers as 32-bit integers (CP-SAT's and HiGHS's ``random_seed``; CBC takes
#: ``seed + 1``), so smug's ``seed`` stays below this.
MAX_SEED = 2**31 - 1


def check_seed(seed: Any) -> int:
    """``seed`` as an int in ``[0, MAX_SEED)``."""
    if isinstance(seed, bool) or not isinstance(seed, Integral) or not 0 <= seed < MAX_SEED:
        raise ValueError(f"seed: expected an integer in [0, 2**31 - 1) (solvers take 32-bit "
                         f"seeds), got {seed!r}")
    return int(seed)


def check_presolve(presolve: Any) -> bool | None:
    """``presolve`` as True, False or None (the default)."""
    if presolve is not None and not isinstance(presolve, bool | np.bool_):
        raise TypeError(f"presolve: expected True, False or None (the default), got {presolve!r}")
    return None if presolve is None else bool(presolve)


def make_settings(time_limit: float | None, threads: int | None, seed: int,
                  options: Mapping[str, Any], hint: np.ndarray | None, verbose: bool) -> Settings:
    """The one :class:`Settings` of a solve; its deadline starts now."""
    return Settings(time_limit=time_limit, threads=threads, seed=seed, options=dict(options),
                    deadline=None if time_limit is None else time.monotonic() + time_limit,
                    hint=hint, verbose=bool(verbose))


def validate_backend(backend: Any, options: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The backend's name (:data:`AUTO` for None) and its validated native options.

    ``auto`` takes no native option (they belong to one solver); a named backend must be
    registered and installed, and its options known to it and not shadowing smug's own
    ``time_limit``, ``threads`` or ``seed``.
    """
    if backend is not None and not isinstance(backend, str):
        raise ValueError(f"backend: expected a backend name (str) or None, "
                         f"got {type(backend).__name__}")
    if backend is None or backend == AUTO:
        default_backend()  # raises when no backend is installed, naming the extras
        if options:
            raise UnknownOptionError(
                f"options: {', '.join(map(repr, options))} are native options of one "
                "solver; name the backend (e.g. backend='cpsat') to pass them, auto takes none")
        return AUTO, {}
    engine = get_backend(backend)  # unknown -> UnknownBackendError naming the valid ones
    engine.check_not_shadowing(options)
    return backend, engine.validate_options(options)
