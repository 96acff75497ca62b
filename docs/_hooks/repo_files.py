"""MkDocs hook: pages may link to files of the repository outside ``docs/``.

The guides and the results pages point at committed results (``../benchmarks/results/...``:
tables, CSVs, plots) that live beside the scripts that wrote them, not under ``docs/``.
MkDocs only knows the files of ``docs/`` and would report every such link as broken. This
hook copies each linked repository file into the site under ``repo/<its path>`` and
rewrites the link to it, so that the link works on the site. A linked Markdown file
becomes a page of the site (not in the navigation), and its own links are followed the same
way, and its links back into ``docs/`` point to those pages of the site. A link to a file
that does not exist is left alone, so the strict build still fails on it.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel

PREFIX = "repo"
# the target of a Markdown link or image: ](target) or ](target "title")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(\s+\"[^\"]*\")?\s*\)")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
_linked: dict[str, str] = {}  # absolute source path -> src_uri in the site


def _repo_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def _targets(markdown: str):
    """Yield (start, end, path, anchor) of every relative link outside code fences."""
    fenced = [(m.start(), m.end()) for m in _FENCE.finditer(markdown)]
    for match in _LINK.finditer(markdown):
        if any(a <= match.start() < b for a, b in fenced):
            continue
        target = match.group(1)
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith(("#", "/")):
            continue
        path, _, anchor = target.partition("#")
        yield match.start(1), match.end(1), path, anchor


def _outside_file(page_source: Path, path: str, docs: Path, root: Path) -> Path | None:
    """The repository file ``path`` points to from ``page_source``, if outside docs/."""
    resolved = (page_source.parent / path).resolve()
    if resolved.is_relative_to(docs) or not resolved.is_relative_to(root):
        return None
    return resolved if resolved.is_file() else None


def on_files(files: Files, config) -> Files:
    _linked.clear()
    root, docs = _repo_root(config), Path(config.docs_dir).resolve()
    queue = [Path(f.abs_src_path) for f in files.documentation_pages() if f.abs_src_path]
    while queue:
        source = queue.pop()
        for _, _, path, _ in _targets(source.read_text(encoding="utf-8")):
            target = _outside_file(source, path, docs, root)
            if target is None or str(target) in _linked:
                continue
            uri = posixpath.join(PREFIX, target.relative_to(root).as_posix())
            _linked[str(target)] = uri
            files.append(File.generated(config, uri, abs_src_path=str(target),
                                        inclusion=InclusionLevel.NOT_IN_NAV))
            if target.suffix == ".md":
                queue.append(target)
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    root, docs = _repo_root(config), Path(config.docs_dir).resolve()
    source = Path(page.file.abs_src_path)
    here = posixpath.dirname(page.file.src_uri)
    pieces, last = [], 0
    outside = not source.resolve().is_relative_to(docs)
    for start, end, path, anchor in _targets(markdown):
        target = _outside_file(source, path, docs, root)
        if target is not None and str(target) in _linked:
            uri = _linked[str(target)]
        elif outside and (source.parent / path).resolve().is_relative_to(docs):
            # a repository file's link back into docs/: to that page of the site
            uri = (source.parent / path).resolve().relative_to(docs).as_posix()
        else:
            continue
        new = posixpath.relpath(uri, here or ".")
        pieces += [markdown[last:start], new + (f"#{anchor}" if anchor else "")]
        last = end
    return "".join(pieces) + markdown[last:] if pieces else markdown


def on_page_read_source(page, config):
    """Repository Markdown files are read from where they are (outside docs/)."""
    if page.file.src_uri.startswith(PREFIX + "/") and page.file.abs_src_path:
        return Path(page.file.abs_src_path).read_text(encoding="utf-8")
    return None

