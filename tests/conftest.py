"""Shared fixtures: the installed backends, so backend tests pick up each backend as it lands."""

from __future__ import annotations

import pytest

import smug


def installed_backends() -> list[str]:
    """Names of the installed backends (empty until a backend module exists)."""
    return smug.available_backends()


def backend_params() -> list:
    """``pytest.param`` per installed backend, or one skipped placeholder when there is none."""
    names = installed_backends()
    if not names:
        return [pytest.param(None, marks=pytest.mark.skip(reason="no solver backend installed"))]
    return [pytest.param(name, id=name) for name in names]


@pytest.fixture(params=backend_params())
def backend(request) -> str:
    """Each installed backend name in turn."""
    return request.param
