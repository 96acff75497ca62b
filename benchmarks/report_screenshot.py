"""The screenshot of the HTML report in docs/images/report.png, reproducibly.

    python benchmarks/report_screenshot.py --work out/report_photos [--shot docs/images/report.png]

(``SHOT``: the ``--shot`` file.)

1. writes the 7 photos of Table 1 (``benchmarks/results/image_table1/photos.json``, kept)
   as PNG files into ``WORK/photos/``;
2. runs the command line on that folder, ``smug explain WORK/photos --out WORK/explain
   --quiet`` (the paper's settings: EfficientNet-Lite0, k = 3000, gamma = 0, 4 x 4 cells;
   60 s per solve), which writes ``WORK/explain/index.html``; a rerun skips the photos done;
3. renders the page in headless Chromium (Debian's ``chromium``), checks that it shows one
   row and one thumbnail per photo and that every picture loads (``index.html?check``),
   and saves a screenshot of the top of the page.

Takes a few minutes per photo (integrated gradients over the stem dominate); run it with
``nice`` in the background. Writes ``SHOT`` with ``.json`` for ``.png`` beside it: the
command, what the browser showed, Chromium's version and each input's numbers.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Flags Chromium needs to run headless as root in a container, with no network activity.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars")


def chromium(args: list[str], timeout: float = 120.0) -> str:
    """Run headless Chromium with a fresh profile; its stdout."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        raise SystemExit("report_screenshot: needs Debian's chromium package "
                         "(apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                               "--virtual-time-budget=10000", *args],
                              capture_output=True, text=True, timeout=timeout, check=True)
    return done.stdout


def write_photos(folder: Path) -> list[Path]:
    from PIL import Image

    from smug.bench.common import load_any_photo

    kept = json.loads((HERE / "results" / "image_table1" / "photos.json").read_text())["kept"]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for row in kept:
        path = folder / f"{row['photo']}.png"
        if not path.exists():
            Image.fromarray(load_any_photo(row["photo"])).convert("RGB").save(path)
        paths.append(path)
    return paths


def check_and_shoot(page: Path, shot: Path, n_inputs: int) -> dict:
    """Render the page: rows, thumbnails and pictures as the browser sees them; screenshot."""
    dom = chromium(["--dump-dom", page.resolve().as_uri() + "?check"])
    body = re.search(r"<body[^>]*>", dom).group(0)
    found = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body))
    checked = {"rows": int(found.get("rows", -1)), "thumbnails": int(found.get("thumbs", -1)),
               "pictures_loaded": int(found.get("images-ok", -1)),
               "pictures_missing": int(found.get("images-bad", -1))}
    if checked["rows"] != n_inputs or checked["thumbnails"] != n_inputs \
            or checked["pictures_missing"] != 0:
        raise SystemExit(f"report_screenshot: the page does not show {n_inputs} inputs: "
                         f"{checked}")
    shot.parent.mkdir(parents=True, exist_ok=True)
    chromium([f"--screenshot={shot.resolve()}", "--window-size=1280,1100", page.resolve().as_uri()])
    _shrink(shot)
    return checked


def _shrink(shot: Path) -> None:
    """256 colours: a third of the bytes of Chromium's PNG, text and photos still legible."""
    from PIL import Image

    with Image.open(shot) as img:
        small = img.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
    small.save(shot, optimize=True)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--work", type=Path, default=Path("out/report_photos"))
    p.add_argument("--shot", type=Path, default=HERE.parent / "docs" / "images" / "report.png")
    args = p.parse_args()
    photos = write_photos(args.work / "photos")
    out = args.work / "explain"
    subprocess.run([sys.executable, "-m", "smug.cli", "explain", str(args.work / "photos"),
                    "--out", str(out), "--quiet"], check=True)
    checked = check_and_shoot(out / "index.html", args.shot, len(photos))
    version = subprocess.run([shutil.which("chromium") or "chromium", "--version"],
                             capture_output=True, text=True).stdout.strip()
    made = {"command": "smug explain PHOTOS --out EXPLAIN --quiet (PHOTOS: the 7 photos of "
                       "Table 1 as PNG files)",
            "checked_in_the_browser": checked, "chromium": version,
            "inputs": _inputs(out)}
    args.shot.with_suffix(".json").write_text(json.dumps(made, indent=1) + "\n")
    print(json.dumps(checked))
    return 0


def _inputs(out: Path) -> list[dict]:
    """What the page shows of each input (summary.csv and the LSC), for the record."""
    import csv

    rows = []
    with (out / "summary.csv").open(newline="") as fh:
        for row in csv.DictReader(fh):
            summary = json.loads((out / row["input"] / "summary.json").read_text())
            rows.append({key: row[key] for key in ("input", "label_name", "probability",
                                                   "status", "objective", "sparsity", "ig_s",
                                                   "solve_s", "total_s", "backend")}
                        | {"lsc": summary["lsc"]["score"], "lsc_s": summary["lsc"]["seconds"]})
    return rows


if __name__ == "__main__":
    sys.exit(main())
