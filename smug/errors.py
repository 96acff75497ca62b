"""Exceptions raised by smug. Each message names the argument at fault and what was expected."""

from __future__ import annotations

__all__ = [
    "SmugError",
    "UnknownBackendError",
    "BackendNotInstalledError",
    "UnknownOptionError",
    "UnsupportedProblemError",
]


class SmugError(Exception):
    """Base class of smug's own errors."""


class UnknownBackendError(SmugError, ValueError):
    """``backend`` names no registered backend."""


class BackendNotInstalledError(SmugError, ImportError):
    """The backend is registered but its solver package is not installed."""


class UnknownOptionError(SmugError, ValueError):
    """A native solver option that the backend does not know."""


class UnsupportedProblemError(SmugError, ValueError):
    """The backend cannot express this problem (e.g. non-integer costs in CP-SAT)."""
