"""Reading z3's answers: values, masks, statuses and bounds (no smug solver logic).

Shared by the MaskProblem backend (:mod:`smug.backends.z3`), its child process
(:mod:`smug.backends.z3_child`) and the full network's exact encoding
(:mod:`smug.fullnet.z3`). ``z3`` is passed in, never imported here.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["MAX_TIMEOUT_MS", "describe_status", "has_model", "numeric_value", "proven_lower",
           "read_mask", "timeout_ms", "usable_lower"]

#: z3 stores ``timeout`` (milliseconds) in a 32-bit unsigned int; larger values raise
#: ``OverflowError: timeout is too large``. Longer limits (beyond 24 days) are clamped: z3
#: then runs unlimited and smug's watchdog or the child's kill still ends it at the deadline.
MAX_TIMEOUT_MS = 2**31 - 1


def timeout_ms(seconds: float) -> int:
    """z3's ``timeout`` for ``seconds`` left: at least 1 ms, at most :data:`MAX_TIMEOUT_MS`."""
    return int(min(MAX_TIMEOUT_MS, max(1.0, seconds * 1000.0)))


def numeric_value(z3: Any, expr: Any) -> float | None:
    """The value of a z3 arithmetic constant as a float, or None (infinity, epsilon...)."""
    if z3.is_int_value(expr):
        return float(expr.as_long())
    if z3.is_rational_value(expr):
        return float(expr.as_fraction())
    return None


def read_mask(z3: Any, model: Any, variables: list[Any], boolean: bool) -> np.ndarray:
    """The mask of ``model`` (unassigned variables are don't-cares: 0)."""
    mask = np.zeros(len(variables), dtype=bool)
    for j, var in enumerate(variables):
        val = model.eval(var, model_completion=True)
        mask[j] = z3.is_true(val) if boolean else val.as_long() == 1
    return mask


def describe_status(result: Any, opt: Any) -> str:
    """``check()`` result plus z3's ``reason_unknown()`` when there is one."""
    text = str(result)
    try:
        reason = opt.reason_unknown()
    except Exception:  # reason_unknown raises on some builds after sat
        reason = ""
    return f"{text} ({reason})" if text == "unknown" and reason else text


def proven_lower(z3: Any, handle: Any) -> float | None:
    """The handle's lower bound after a time-out (see :func:`usable_lower`)."""
    return usable_lower(numeric_value(z3, handle.lower()), numeric_value(z3, handle.upper()))


def usable_lower(lower: float | None, upper: float | None) -> float | None:
    """``lower`` as a proven bound when it is a number not above ``upper``, else None."""
    if lower is None or (upper is not None and lower > upper):
        return None
    return lower


def has_model(opt: Any) -> bool:
    """True when ``opt`` holds a model (z3 raises after an early cancel)."""
    try:
        opt.model()
    except Exception:  # no model after an early cancel
        return False
    return True
