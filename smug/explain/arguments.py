"""Every argument of an explanation, checked before anything expensive runs.

An integrated-gradients pass over EfficientNet costs tens of seconds, so a typo in
``backend`` or ``cell`` must fail at once. :func:`validate_arguments` checks every argument
that does not need the model (types, ranges, the backend name, its native options), and
:func:`check_cell` checks ``cell`` against the input's spatial shape once the first layer is
known (one forward pass, before IG). The CLI calls :func:`validate_arguments` too.
"""

from __future__ import annotations

import math
from numbers import Integral, Real
from typing import Any

import numpy as np

from smug.explain.encode import ROW_FORMS
from smug.explain.ig import DEFAULT_N_STEPS, IG_OUTPUTS
from smug.solving import check_seed, validate_backend

__all__ = ["MASK_VALUES", "check_cell", "validate_arguments"]

#: Named baselines a masked-out position takes (in the first layer's input space).
MASK_VALUES = ("zero", "black", "mean")


def _check_int(name: str, value: Any, low: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, Integral) or value < low:
        raise ValueError(f"{name}: expected an integer >= {low}, got {value!r}")
    return int(value)


def _check_optional_int(name: str, value: Any, low: int = 1) -> int | None:
    return None if value is None else _check_int(name, value, low)


def _check_gamma(gamma: Any) -> float:
    if isinstance(gamma, bool) or not isinstance(gamma, Real) or not 0.0 <= float(gamma) < 1.0:
        raise ValueError(f"gamma: expected a number in [0, 1), got {gamma!r}")
    return float(gamma)


def _check_choice(name: str, value: Any, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ValueError(f"{name}: expected one of {choices}, got {value!r}")
    return value


def _check_time_limit(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value) \
            or value <= 0:
        raise ValueError(f"time_limit: expected a positive number of seconds or None, "
                         f"got {value!r}")
    return float(value)


def _check_cell_sizes(cell: Any) -> int | tuple[int, ...]:
    """``cell`` as positive integer(s), before the input's dimension is known."""
    sizes = (cell,) if isinstance(cell, Integral) else cell
    try:
        sizes = tuple(sizes)
    except TypeError:
        sizes = ()
    if not sizes or any(isinstance(s, bool) or not isinstance(s, Integral) or s < 1
                        for s in sizes):
        raise ValueError(f"cell: expected a positive integer or a tuple of positive integers, "
                         f"got {cell!r}")
    return int(cell) if isinstance(cell, Integral) else tuple(int(s) for s in sizes)


def _check_mask_value(mask_value: Any) -> Any:
    if isinstance(mask_value, str):
        return _check_choice("mask_value", mask_value, MASK_VALUES)
    try:
        values = np.asarray(mask_value, dtype=np.float64)
    except (TypeError, ValueError) as err:
        raise ValueError(f"mask_value: expected one of {MASK_VALUES}, a number or an array, "
                         f"got {type(mask_value).__name__}") from err
    if not np.all(np.isfinite(values)):
        raise ValueError("mask_value: contains NaN or infinite values")
    return mask_value


def _check_backend(backend: Any, solve_options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The backend's name ("auto" for None, as :func:`smug.solve`) and its validated options."""
    return validate_backend(backend, solve_options)


def validate_arguments(*, k: int = 3000, gamma: float = 0.0, cell: int | tuple[int, ...] = 4,
                       rows: str = "relative", mask_value: Any = "zero",
                       ig_output: str = "softmax", n_steps: int = DEFAULT_N_STEPS,
                       internal_batch_size: int | None = None,
                       allow_partial_cells: bool = False, progress: bool = False,
                       solve: bool = True, backend: str | None = None,
                       time_limit: float | None = 60.0, n_solutions: int = 1,
                       threads: int | None = None, seed: int = 0,
                       solve_options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Check every argument of an explanation that does not need the model; return them.

    Parameters
    ----------
    k, gamma, cell, rows, mask_value, ig_output, n_steps, internal_batch_size,
    allow_partial_cells, progress
        As in :meth:`smug.explain.SMUG.attribute`. ``cell`` is checked for positivity here
        and against the input's spatial shape by :func:`check_cell` later (before IG).
    solve : bool
        Whether a solver will run (False for SMUG_base): only then are ``backend``,
        ``time_limit``, ``n_solutions``, ``threads``, ``seed`` and ``solve_options`` checked.
    backend : str or None
        A name from :func:`smug.backends.backend_names`; it must be installed
        (:func:`smug.backends.available_backends`). None takes the default backend.
    time_limit : float or None
        Seconds per solve.
    n_solutions, threads, seed
        As in :meth:`smug.explain.SMUG.attribute`.
    solve_options : dict, optional
        Native options of the backend, validated by it (unknown ones raise).

    Returns
    -------
    dict
        The normalised arguments (``backend`` resolved to a name when ``solve``).

    Raises
    ------
    ValueError
        Naming the bad argument and what was expected (``UnknownBackendError`` and
        ``UnknownOptionError`` are ValueErrors).
    smug.errors.BackendNotInstalledError
        The backend is known but its solver is not installed.
    """
    checked: dict[str, Any] = {
        "k": _check_int("k", k),
        "gamma": _check_gamma(gamma),
        "cell": _check_cell_sizes(cell),
        "rows": _check_choice("rows", rows, ROW_FORMS),
        "mask_value": _check_mask_value(mask_value),
        "ig_output": _check_choice("ig_output", ig_output, IG_OUTPUTS),
        "n_steps": _check_int("n_steps", n_steps),
        "internal_batch_size": _check_optional_int("internal_batch_size", internal_batch_size),
        "allow_partial_cells": _check_bool("allow_partial_cells", allow_partial_cells),
        "progress": _check_bool("progress", progress),
    }
    if solve:
        if solve_options is not None and not isinstance(solve_options, dict):
            raise ValueError(f"solve_options: expected a dict of native options, "
                             f"got {type(solve_options).__name__}")
        name, options = _check_backend(backend, dict(solve_options or {}))
        checked.update(backend=name, solve_options=options,
                       time_limit=_check_time_limit(time_limit),
                       n_solutions=_check_int("n_solutions", n_solutions),
                       threads=_check_optional_int("threads", threads),
                       seed=check_seed(seed))
    return checked


def _check_bool(name: str, value: Any) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{name}: expected True or False, got {value!r}")
    return bool(value)


def check_cell(cell: Any, spatial: tuple[int, ...], allow_partial: bool) -> tuple[int, ...]:
    """``cell`` as one size per spatial axis, checked against the input's spatial shape."""
    sizes = (cell,) * len(spatial) if isinstance(cell, Integral) else tuple(cell)
    if len(sizes) != len(spatial) or any(
            isinstance(s, bool) or not isinstance(s, Integral) or s < 1 for s in sizes):
        raise ValueError(
            f"cell: expected a positive integer or {len(spatial)} positive integers for an "
            f"input of spatial shape {spatial}, got {cell!r}"
        )
    sizes = tuple(int(s) for s in sizes)
    for s, n in zip(sizes, spatial):
        if s > n:
            raise ValueError(f"cell: {sizes} is larger than the input's spatial shape {spatial}")
        if n % s and not allow_partial:
            raise ValueError(
                f"cell: {sizes} does not divide the input's spatial shape {spatial}; pick a "
                "divisor, or pass allow_partial_cells=True to cut the last row/column of cells "
                "short (a partial cell costs its number of positions)"
            )
    return sizes
