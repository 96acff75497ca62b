"""The documentation site builds with no warning, and its API reference covers the public API.

``mkdocs build --strict`` turns every warning into an error: a link to a page or anchor that
does not exist, a page missing from the navigation, a ``::: smug.name`` reference to a
renamed function, a docstring that does not parse. The reference check then reads the built
pages: every name in ``__all__`` of a documented module has a rendered entry, and nothing is
rendered at the top level that the module does not export.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mkdocs", reason="the docs extra is not installed (pip install -e '.[docs]')")
pytest.importorskip("mkdocstrings_handlers.python", reason="mkdocstrings[python] is not installed")

ROOT = Path(__file__).resolve().parents[2]

# module -> its page of the API reference (under docs/reference/)
REFERENCE = {
    "smug": "smug",
    "smug.backends": "backends",
    "smug.explain": "explain",
    "smug.fullnet": "fullnet",
    "smug.solving": "solving",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Build the site once, strictly, into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
         str(ROOT / "mkdocs.yml"), "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    assert "WARNING" not in log, f"mkdocs build printed warnings:\n{log}"
    return out


def test_site_builds_every_page_of_the_navigation(site):
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    pages = list(_nav_pages(config["nav"]))
    assert "index.md" in pages
    for page in pages:
        stem = page.removesuffix(".md")
        html = site / ("index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html")
        assert html.is_file(), f"{page} was not rendered to {html.relative_to(site)}"
        assert "<h1" in html.read_text(encoding="utf-8"), f"{page} has no title"


def _nav_pages(nav):
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            yield from _nav_pages(value)
        else:
            yield value


def _rendered_ids(site: Path, page: str, levels: str = "1-6") -> set[str]:
    html = (site / "reference" / page / "index.html").read_text(encoding="utf-8")
    return set(re.findall(rf'<h[{levels}] id="([^"]+)"', html))


def _resolve(path: str):
    """The object a rendered entry's id names (``smug.solve.solve``), or None."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for attr in parts[cut:]:
                obj = getattr(obj, attr)
        except AttributeError:
            return None
        return obj
    return None


def _entries(site: Path, page: str) -> set[str]:
    """The ids of the page's entries: rendered at heading level 3 (mkdocs.yml)."""
    return {i for i in _rendered_ids(site, page, levels="3") if i.startswith("smug")}


def _covers(entry: str, module, name: str) -> bool:
    """Does the entry ``entry`` document ``module.name``? Either by that path, or by the
    path of the same object where it is defined (a name that is also a submodule, such as
    ``smug.solve``, is rendered from its defining module)."""
    if entry == f"{module.__name__}.{name}":
        return True
    return entry.rsplit(".", 1)[-1] == name and _resolve(entry) is getattr(module, name)


@pytest.mark.parametrize("module_name", sorted(REFERENCE))
def test_reference_renders_every_public_name(site, module_name):
    module = importlib.import_module(module_name)
    page = REFERENCE[module_name]
    entries = _entries(site, page)
    missing = [name for name in module.__all__
               if not any(_covers(entry, module, name) for entry in entries)]
    lines = "\n".join(f"::: {module_name}.{name}" for name in missing)
    assert not missing, (f"{module_name}.__all__ names without an entry in "
                         f"docs/reference/{page}.md; add under a fitting heading:\n{lines}")


@pytest.mark.parametrize("module_name", sorted(REFERENCE))
def test_reference_renders_nothing_the_module_does_not_export(site, module_name):
    module = importlib.import_module(module_name)
    page = REFERENCE[module_name]
    extra = sorted(entry for entry in _entries(site, page)
                   if not any(_covers(entry, module, name) for name in module.__all__))
    assert not extra, f"docs/reference/{page}.md renders names not in {module_name}.__all__: {extra}"


def test_repository_files_linked_from_the_docs_are_in_the_site(site):
    """The hook copies linked results (outside docs/) into the site, so the links work."""
    linked = [p for p in (site / "repo").rglob("*") if p.is_file()] if (site / "repo").is_dir() else []
    for page in (ROOT / "docs").rglob("*.md"):
        for target in re.findall(r"\]\((\.\./[^)#\s]+)", page.read_text(encoding="utf-8")):
            source = (page.parent / target).resolve()
            if source.is_file() and not source.is_relative_to(ROOT / "docs"):
                rel = source.relative_to(ROOT)
                copied = site / "repo" / rel
                if rel.suffix == ".md":  # a page: README.md and index.md are their folder's
                    folder = rel.parent if rel.stem in ("README", "index") else rel.with_suffix("")
                    copied = site / "repo" / folder / "index.html"
                assert copied in linked, f"{page.name} links {target}, not copied into the site"
