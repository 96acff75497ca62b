"""The HTML report (smug.report): built from a real ``smug explain`` run of the command line.

Three MNIST test digits are explained for real (the committed MLP, HiGHS, gamma 0.5, 2 x 2
cells, 50 IG nodes; a few seconds), one of them under a hostile file name. The page is
checked as text here (escaping, columns, markup, folders of older versions, reruns) and in
a real browser (headless Chromium) at the end of this file.
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

import smug
from smug.report import COLUMNS, build_report, load_entries, write_report

#: A file name a user could have: markup, quotes, an ampersand, URL-special characters
#: (no '/': a file name cannot hold one).
HOSTILE = "<img src=x onerror=alert('x')> & \"q\" #1 %41?"
SETTINGS = ("--model", "mnist-mlp", "--gamma", "0.5", "--cell", "2", "--n-steps", "50",
            "--quiet")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smug.cli", *args], capture_output=True,
                          text=True, timeout=600)


def _backend() -> str:
    installed = smug.available_backends()
    if not installed:
        pytest.skip("no solver backend installed")
    return "highs" if "highs" in installed else installed[0]


def _write_digits(folder: Path, names: list[str], first: int = 0) -> None:
    from PIL import Image

    from smug.data.mnist import load_mnist

    X, _ = load_mnist("test")
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(names, start=first):
        Image.fromarray(np.round(X[i].reshape(28, 28) * 256).astype(np.uint8)).save(
            folder / f"{name}.png")


@pytest.fixture(scope="module")
def explained(tmp_path_factory) -> Path:
    """``smug explain DIGITS --out OUT`` on three real digits, one with a hostile name."""
    pytest.importorskip("torch")
    root = tmp_path_factory.mktemp("report")
    _write_digits(root / "digits", ["seven", "two", HOSTILE])
    out = root / "out"
    done = run("explain", str(root / "digits"), "--out", str(out), "--backend", _backend(),
               *SETTINGS)
    assert done.returncode == 0, done.stderr
    assert f"report: {out / 'index.html'}" in done.stdout
    return out


@pytest.fixture()
def copy(explained, tmp_path) -> Path:
    """A copy of the explained folder a test may change."""
    return Path(shutil.copytree(explained, tmp_path / "out"))


def _rows(page: str) -> list[str]:
    return re.findall(r'<tr class="row"[^>]*>.*?</tr>', page, flags=re.S)


def test_explain_writes_a_page_with_one_row_thumbnail_and_detail_per_input(explained):
    page = (explained / "index.html").read_text()
    assert len(_rows(page)) == 3
    assert page.count('<img class="thumb" src="data:image/jpeg;base64,') == 3
    assert len(re.findall(r'<section class="detail" id="d\d+">', page)) == 3
    for name in ("seven", "two"):
        for picture in ("photo.png", "overlay.png", "mask.png", "base.png", "lsc_box.png"):
            assert (explained / name / picture).is_file()
            assert f'src="{name}/{picture}"' in page
    # every status and objective shown is the one summary.csv holds
    with (explained / "summary.csv").open() as fh:
        table = list(csv.DictReader(fh))
    assert {r["status"] for r in table} == {"optimal"}
    for r in table:
        row = next(x for x in _rows(page) if f'data-name="{html.escape(r["input"].lower())}"' in x)
        assert f'data-v="{float(r["objective"])!r}"' in row
        summary = json.loads((explained / r["input"] / "summary.json").read_text())
        assert summary["explanation"]["solution"]["verified"] is True
        assert f"{summary['lsc']['score']:.2f}" in row


def test_page_is_self_contained(explained):
    page = (explained / "index.html").read_text()
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing from a network
    assert "<link" not in page and "@import" not in page
    assert page.count("<script>") == 1 and page.count("<script") == 1  # ours, inline


def test_hostile_file_names_are_escaped(explained):
    page = (explained / "index.html").read_text()
    assert HOSTILE not in page
    assert "<img src=x" not in page
    assert html.escape(HOSTILE) in page  # shown as text
    # the folder is linked percent-encoded: no quote, '#' or '?' cuts the URL short
    from urllib.parse import quote

    assert f'src="{html.escape(quote(HOSTILE))}/photo.png"' in page
    assert (explained / HOSTILE / "photo.png").is_file()


def test_table_has_every_column_and_sorting_and_filter_markup(explained):
    page = (explained / "index.html").read_text()
    for column in COLUMNS:
        assert f'<th data-key="{column.key}" data-kind="{column.kind}"' in page
    for control in ("f-text", "f-status", "f-class", "f-sparsity"):
        assert f'id="{control}"' in page
    assert '<option value="optimal">optimal</option>' in page
    assert '<option value="digit 7">digit 7</option>' in page
    for row in _rows(page):
        assert row.count("data-v=") == len(COLUMNS)
        assert 'data-status="optimal"' in row and 'data-sparsity="0.' in row


def test_ig_columns_are_read_from_summary_csv_when_present(copy):
    """With the IG columns (another version's summary.csv), the page shows them, and the
    explainer's own completeness numbers are not needed."""
    with (copy / "summary.csv").open() as fh:
        reader = csv.DictReader(fh)
        rows, fields = list(reader), list(reader.fieldnames or [])
    for row in rows:
        summary_path = copy / row["input"] / "summary.json"
        summary = json.loads(summary_path.read_text())
        completeness = summary["explanation"].pop("ig_completeness")
        row.update(ig_nodes=completeness["n_steps"], ig_gap=completeness["relative_gap"],
                   ig_error="")
        summary_path.write_text(json.dumps(summary))
    with (copy / "summary.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fields + ["ig_nodes", "ig_error", "ig_gap"])
        writer.writeheader()
        writer.writerows(rows)
    entries = {e.name: e for e in load_entries(copy)}
    page = build_report(copy)
    for row in rows:
        cells = dict(zip([c.key for c in COLUMNS],
                         re.findall(r"<td[^>]*>(.*?)</td>",
                                    next(r for r in _rows(page)
                                         if html.escape(row["input"].lower()) in r))))
        assert cells["ig_nodes"] == f"{float(row['ig_nodes']):g}"
        assert cells["ig_gap"] == f"{float(row['ig_gap']):.2g}"
        assert entries[row["input"]].summary is not None


def test_a_folder_of_an_older_version_degrades_to_not_available(copy):
    """Without the report's pictures, the LSC, the IG numbers and with fewer CSV columns:
    "not available" pictures, "–" cells, thumbnails from saliency.png."""
    old_fields = ["input", "label", "label_name", "probability", "status", "objective",
                  "sparsity", "total_s", "backend", "worker", "error"]
    with (copy / "summary.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    with (copy / "summary.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, old_fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    for row in rows:
        folder = copy / row["input"]
        for picture in ("photo.png", "overlay.png", "mask.png", "base.png", "lsc_box.png"):
            (folder / picture).unlink()
        summary = json.loads((folder / "summary.json").read_text())
        for key in ("lsc", "solver_stats"):
            summary.pop(key)
        summary["explanation"].pop("ig_completeness")
        (folder / "summary.json").write_text(json.dumps(summary))
    page = (write_report(copy)).read_text()
    assert len(_rows(page)) == 3
    assert page.count("not available") == 5 * 3
    for row in _rows(page):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        keys = [c.key for c in COLUMNS]
        for key in ("lsc", "ig_nodes", "ig_gap"):
            assert cells[keys.index(key)] == "\u2013"
        assert cells[keys.index("status")].endswith(">optimal</span>")
    assert page.count('<img class="thumb" src="data:image/jpeg;base64,') == 3  # saliency.png


def test_without_pillow_thumbnails_are_linked_not_embedded(explained, monkeypatch):
    monkeypatch.setitem(sys.modules, "PIL", None)  # ``from PIL import Image`` now fails
    page = build_report(explained)
    assert "data:image" not in page
    assert page.count('<img class="thumb" src="seven/overlay.png"') == 1
    assert len(re.findall(r'<img class="thumb" src="[^"]+/overlay.png"', page)) == 3


def test_an_error_row_and_a_missing_folder_show_what_is_known(copy):
    shutil.rmtree(copy / "two")
    with (copy / "summary.csv").open() as fh:
        reader = csv.DictReader(fh)
        rows, fields = list(reader), list(reader.fieldnames or [])
    failed = {f: "" for f in fields} | {"input": "broken", "status": "error",
                                        "error": "ValueError: x: <bad> & worse",
                                        "worker": "local"}
    with (copy / "summary.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fields)
        writer.writeheader()
        writer.writerows(rows + [failed])
    page = build_report(copy)
    assert len(_rows(page)) == 4
    assert "ValueError: x: &lt;bad&gt; &amp; worse" in page
    assert page.count("pictures and statistics: not available") == 2  # broken, two


def test_rerun_and_smug_report_rewrite_the_page(explained, copy, tmp_path):
    before = (copy / "index.html").read_text()
    digits = Path(shutil.copytree(explained.parent / "digits", tmp_path / "digits"))
    _write_digits(digits, ["four"], first=4)
    done = run("explain", str(digits), "--out", str(copy), "--backend", _backend(), *SETTINGS)
    assert done.returncode == 0, done.stderr
    assert "1 explained, 0 failed, 3 already done" in done.stdout
    after = (copy / "index.html").read_text()
    assert len(_rows(before)) == 3 and len(_rows(after)) == 4
    assert 'data-name="four"' in after
    (copy / "index.html").unlink()
    done = run("report", str(copy))
    assert done.returncode == 0 and done.stdout.strip() == str(copy / "index.html")
    assert len(_rows((copy / "index.html").read_text())) == 4


def test_smug_report_errors_are_one_line(tmp_path):
    done = run("report", str(tmp_path / "missing"))
    assert done.returncode == 2 and "DIR: no such folder" in done.stderr
    done = run("report", str(tmp_path))
    assert done.returncode == 2 and "no summary.csv" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# --- in a real browser ---------------------------------------------------------------------
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--virtual-time-budget=10000")


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("the browser test of the HTML report needs headless Chromium: Debian's "
                    "'chromium' package (apt-get install chromium; .ci/run installs it)")
    return exe


def _browse(exe: str, *args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _body(dom: str) -> dict[str, str]:
    return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', re.search(r"<body[^>]*>", dom)[0]))


def test_chromium_renders_rows_thumbnails_and_every_picture(explained, chromium):
    dom = _browse(chromium, "--dump-dom", (explained / "index.html").as_uri() + "?check")
    body = _body(dom)
    assert body["js"] == "ready"  # the script ran to its end
    assert body["rows"] == "3" and body["thumbs"] == "3" and body["shown"] == "3"
    # 3 thumbnails and 5 pictures per input, each decoded by the browser
    assert body["images-ok"] == str(3 + 5 * 3) and body["images-bad"] == "0"
    assert "self-check: 18 of 18 pictures load" in dom


def test_chromium_sorts_and_filters(explained, chromium):
    uri = (explained / "index.html").as_uri()
    objective = [c.key for c in COLUMNS].index("objective")

    def shown_objectives(query: str) -> list[float]:
        dom = _browse(chromium, "--dump-dom", uri + query)
        rows = [r for r in _rows(dom) if " hidden" not in r.split(">")[0]]
        return [float(re.findall(r'<td[^>]*data-v="([^"]*)"', r)[objective]) for r in rows]

    ascending = shown_objectives("?sort=objective")
    assert ascending == sorted(ascending) and len(ascending) == 3
    assert shown_objectives("?sort=-objective") == sorted(ascending, reverse=True)
    assert len(shown_objectives("?class=digit%207")) == 1
    assert shown_objectives("?status=infeasible") == []


def test_chromium_screenshot_is_not_blank(explained, chromium, tmp_path):
    from PIL import Image

    shot = tmp_path / "shot.png"
    _browse(chromium, f"--screenshot={shot}", "--window-size=1000,800",
            (explained / "index.html").as_uri())
    pixels = np.asarray(Image.open(shot).convert("L"), dtype=np.float64)
    assert pixels.shape == (800, 1000)
    assert pixels.std() > 20  # text, a table and black-and-white digits, not an empty page
    assert (pixels < 60).mean() > 0.02  # the digits' black backgrounds are drawn
