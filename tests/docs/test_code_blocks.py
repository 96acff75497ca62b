"""Every code block of the README and the documentation runs, so that they stay true.

The convention for fenced blocks (``docs/index.md`` says it for writers):

- ``python``: run with this interpreter, ``sh``: run with bash (``set -euo pipefail``), both
  in a scratch folder that holds the repository's top-level entries as links (so paths such
  as ``benchmarks/instances/...`` work as in a clone, and outputs stay in the scratch folder),
  with ``smug`` (the console script beside this interpreter) on the ``PATH``. The blocks of
  one page share that folder and run in order: a later block may read what an earlier one
  wrote.
  Blocks that explain a photo with EfficientNet-Lite0 (minutes of integrated gradients on
  two cores) are marked slow: ``make test-all`` runs them, the default suite does not.
- ``console``, and data or configuration (``text``, ``toml``, ``yaml``, ``ini``, ``json``): shown, not run. Use ``console`` for commands that
  cannot run here (installs, long jobs, a cluster); it should be rare.

Any other fence fails the test, so a block cannot drop out of the check unnoticed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = {"python", "sh"}
SHOW = {"console", "text", "toml", "yaml", "ini", "json"}

# Pages whose owners have not yet marked the blocks that cannot run here (``console``):
# their blocks are listed but not run. Remove a page from here once it follows the
# convention.
NOT_YET_CHECKED = {
    "docs/explainer.md",
    "docs/benchmarks.md",
}

# Blocks that run EfficientNet-Lite0's integrated gradients take minutes on two cores: they
# run with the slow tests (``make test-all``), the others in the default suite.
SLOW_IF_CONTAINS = ("load_efficientnet_lite0", "--model efficientnet-lite0")

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
                    re.M | re.S)


@dataclass(frozen=True)
class Block:
    page: str  # path relative to the repository root
    line: int
    lang: str
    code: str

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"


def pages() -> list[str]:
    found = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    return [p.relative_to(ROOT).as_posix() for p in found if "_hooks" not in p.parts]


def blocks(page: str) -> list[Block]:
    text = (ROOT / page).read_text(encoding="utf-8")
    out = []
    for match in _FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        lang = match.group("info").strip().split(" ")[0].lstrip(".").lower()
        out.append(Block(page, line, lang, match.group("body")))
    return out


def runnable() -> list:
    params = []
    for page in pages():
        if page in NOT_YET_CHECKED:
            continue
        for b in blocks(page):
            if b.lang in RUN:
                slow = any(word in b.code for word in SLOW_IF_CONTAINS)
                params.append(pytest.param(b, id=b.id, marks=[pytest.mark.slow] if slow else []))
    return params


@pytest.mark.parametrize("page", pages())
def test_every_block_is_marked_to_run_or_to_show(page):
    unknown = [f"{b.id} ```{b.lang}" for b in blocks(page) if b.lang not in RUN | SHOW]
    assert not unknown, (f"fences must be one of {sorted(RUN)} (run by this test) or "
                         f"{sorted(SHOW)} (shown only): {unknown}")


_scratch: dict[str, Path] = {}


def scratch_folder(page: str, tmp_path_factory) -> Path:
    """The page's folder: the repository's top-level entries as links, shared by its blocks."""
    if page not in _scratch:
        folder = tmp_path_factory.mktemp(re.sub(r"\W", "_", page))
        for entry in ROOT.iterdir():
            if entry.name not in {".git", ".venv", "out", "site"}:
                (folder / entry.name).symlink_to(entry)
        _scratch[page] = folder
    return _scratch[page]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["MPLBACKEND"] = "Agg"
    return env


@pytest.mark.parametrize("block", runnable())
def test_block_runs(block: Block, tmp_path_factory):
    folder = scratch_folder(block.page, tmp_path_factory)
    if block.lang == "python":
        command = [sys.executable, "-c", block.code]
    else:
        command = ["bash", "-euo", "pipefail", "-c", block.code]
    proc = subprocess.run(command, cwd=folder, env=environment(), capture_output=True,
                          text=True, timeout=900)
    assert proc.returncode == 0, (
        f"the {block.lang} block at {block.id} failed (exit {proc.returncode}):\n"
        f"{block.code}\n--- stdout ---\n{proc.stdout[-3000:]}\n--- stderr ---\n{proc.stderr[-3000:]}")
