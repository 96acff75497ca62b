"""The HTML report of a ``smug explain`` output folder: ``DIR/index.html``.

``smug explain FOLDER --out DIR`` writes it at the end of a run, and ``smug report DIR``
rewrites it for any output folder (also one written by an older smug). One static page
that works offline: CSS and JavaScript are inline, nothing is fetched from a network.

* a table of every input (class, probability, status, objective and bound, sparsity, LSC,
  IG nodes and completeness gap, seconds, worker), sortable by any column and filterable by
  name, class, status and sparsity (JavaScript; without it the table is still there);
* a grid of saliency thumbnails, filtered and sorted with the table;
* one detail section per input: the input as the model sees it, the Eq. 4 saliency, the
  mask, the SMUG_base receptive region, the LSC box, and the solver's statistics.

Images: each thumbnail is embedded in the page as a small JPEG data URI (a few kB), so the
overview shows even when ``index.html`` is opened or sent on its own; the full-size
pictures are *referenced* by relative paths to the PNGs the run wrote in ``DIR/<input>/``
and load lazily, so the page stays small for thousands of inputs and no picture is stored
twice. A picture missing from a folder (one written by an older smug) shows as "not
available". Opening ``index.html?check`` makes the page load every picture and say how
many loaded (the browser test uses it). A link can carry a view of the table:
``index.html?sort=-lsc&status=optimal`` (sort by a column key of :data:`COLUMNS`, ``-`` for
descending; filters ``status``, ``class``, ``q`` for name or class, ``sparsity`` in %).

Every text from the folder (input names are users' file names) is HTML-escaped, and URLs
are percent-encoded; no data is put inside the script. This module is an application:
it reads the files :mod:`smug.many` writes and imports nothing heavier than Pillow.
"""

from __future__ import annotations

import base64
import csv
import datetime
import html
import io
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

__all__ = ["Entry", "build_report", "load_entries", "write_report"]

#: Side of the embedded thumbnails, in pixels.
THUMB = 128
#: The pictures of the detail view: (file in DIR/<input>/, caption). The first is the one
#: thumbnails come from (``saliency.png``, the whole figure, for older folders).
PICTURES = (("photo.png", "input, as the model sees it"),
            ("overlay.png", "saliency (Eq. 4) over the input"),
            ("mask.png", "mask"),
            ("base.png", "SMUG_base receptive region"),
            ("lsc_box.png", "LSC box"))
DASH = "\u2013"


@dataclass(frozen=True)
class Entry:
    """One input of the folder: its ``summary.csv`` row and, when present, its
    ``summary.json`` and the pictures found in its folder (file names)."""

    name: str
    row: Mapping[str, str]
    summary: Mapping[str, Any] | None = None
    files: frozenset[str] = field(default_factory=frozenset)

    @property
    def explanation(self) -> Mapping[str, Any]:
        return (self.summary or {}).get("explanation") or {}

    @property
    def solution(self) -> Mapping[str, Any]:
        return self.explanation.get("solution") or {}


def load_entries(folder: str | Path) -> list[Entry]:
    """Read ``summary.csv`` and each input's ``summary.json`` from a ``smug explain`` folder.

    Columns a version did not write are simply absent (shown as "–"); an unreadable
    ``summary.json`` counts as missing.

    Raises
    ------
    ValueError
        If ``folder`` has no ``summary.csv`` (``DIR: ...``).
    """
    folder = Path(folder)
    csv_path = folder / "summary.csv"
    if not csv_path.is_file():
        raise ValueError(f"DIR: no summary.csv in {folder}; expected a folder written by "
                         "smug explain --out DIR")
    with csv_path.open(newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("input")]
    entries = []
    for row in rows:
        name = row["input"]
        sub = folder / name
        summary = None
        if name not in ("", ".", "..") and "/" not in name and (sub / "summary.json").is_file():
            try:
                summary = json.loads((sub / "summary.json").read_text())
            except (OSError, ValueError):
                summary = None
            if not isinstance(summary, dict):
                summary = None
        files = frozenset(p.name for p in sub.iterdir() if p.is_file()) \
            if summary is not None else frozenset()
        entries.append(Entry(name, dict(row), summary, files))
    return entries


# --- values of the table ------------------------------------------------------------------------
def _number(value: Any) -> float | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _ig_value(entry: Entry, key: str) -> Any:
    """An IG column (``ig_nodes``, ``ig_gap``, ``ig_error``): from summary.csv when it has
    the column, else from summary.json, else from the explainer's ``ig_completeness``
    (``nodes`` or ``n_steps``, ``relative_gap``, ``error_estimate``); None when nowhere."""
    if entry.row.get(key) not in (None, ""):
        return entry.row[key]
    for where in (entry.summary or {}, entry.explanation):
        if where.get(key) is not None:
            return where[key]
    completeness = entry.explanation.get("ig_completeness") or {}
    for fallback in {"ig_nodes": ("nodes", "n_steps"), "ig_gap": ("relative_gap",),
                     "ig_error": ("error_estimate",)}.get(key, ()):
        if completeness.get(fallback) is not None:
            return completeness[fallback]
    return None


def _lsc(entry: Entry) -> Mapping[str, Any]:
    return (entry.summary or {}).get("lsc") or {}


def _fmt(digits: int) -> Callable[[float], str]:
    return lambda v: f"{v:.{digits}f}"


@dataclass(frozen=True)
class Column:
    """A column of the table: what it shows, how it sorts (``num`` or ``text``)."""

    key: str
    header: str
    kind: str
    value: Callable[[Entry], Any]
    show: Callable[[float], str] | None = None
    tip: str = ""


COLUMNS = (
    Column("input", "input", "text", lambda e: e.name),
    Column("class", "class", "text", lambda e: e.row.get("label_name") or None,
           tip="the predicted class, the one explained"),
    Column("probability", "p", "num", lambda e: _number(e.row.get("probability")), _fmt(3),
           "the model's probability of that class"),
    Column("status", "status", "text", lambda e: e.row.get("status") or None,
           tip="optimal: proven minimal; feasible: verified, not proven minimal (time limit)"),
    Column("objective", "objective", "num", lambda e: _number(e.row.get("objective")),
           lambda v: f"{v:g}", "mask cells kept (the solver's objective)"),
    Column("bound", "bound", "num", lambda e: _number(e.solution.get("bound")),
           lambda v: f"{v:g}", "the proven lower bound on the objective"),
    Column("sparsity", "sparsity", "num", lambda e: _number(e.row.get("sparsity")),
           lambda v: f"{v:.1%}", "fraction of pixels with non-zero Eq. 4 saliency (paper)"),
    Column("lsc", "LSC", "num", lambda e: _number(_lsc(e).get("score")), _fmt(2),
           "Eq. 5 of the Eq. 4 map, best over thresholds (lower is better)"),
    Column("ig_nodes", "IG nodes", "num", lambda e: _number(_ig_value(e, "ig_nodes")),
           lambda v: f"{v:g}", "model passes of integrated gradients"),
    Column("ig_gap", "IG gap", "num", lambda e: _number(_ig_value(e, "ig_gap")),
           lambda v: f"{v:.2g}", "IG's completeness gap, as the explainer reports it"),
    Column("seconds", "seconds", "num", lambda e: _number(e.row.get("total_s")), _fmt(1),
           "wall-clock seconds of the input on its worker"),
    Column("backend", "backend", "text", lambda e: e.row.get("backend") or None),
    Column("worker", "worker", "text", lambda e: e.row.get("worker") or None),
)


def _cell(column: Column, entry: Entry, index: int) -> str:
    value = column.value(entry)
    if value is None:
        return f'<td class="na-cell" data-v="">{DASH}</td>'
    if column.kind == "num":
        if math.isinf(value):  # an LSC whose box the model gives probability 0
            text, sort = ("\u221e", "Infinity") if value > 0 else ("-\u221e", "-Infinity")
        else:
            text = column.show(value) if column.show else f"{value:g}"
            sort = repr(value)
        return f'<td class="num" data-v="{sort}">{html.escape(text)}</td>'
    text = html.escape(str(value))
    sort = html.escape(str(value).lower())
    if column.key == "input":
        text = f'<a href="#d{index}">{text}</a>'
    if column.key == "status":
        text = f'<span class="st st-{_status_class(str(value))}">{text}</span>'
    return f'<td data-v="{sort}">{text}</td>'


def _status_class(status: str) -> str:
    return status if status in ("optimal", "feasible", "infeasible", "unknown", "error") \
        else "other"


# --- pictures ---------------------------------------------------------------------------------
def _src(entry: Entry, file_name: str) -> str:
    """The relative URL of a picture of an input's folder (percent-encoded, HTML-escaped)."""
    return html.escape(f"{quote(entry.name)}/{quote(file_name)}")


def _thumbnail(folder: Path, entry: Entry) -> str | None:
    """A small JPEG data URI of the saliency overlay (older folders: of saliency.png).

    Without Pillow (a core install of smug), the picture's relative path instead.
    """
    source = next((f for f in ("overlay.png", "saliency.png") if f in entry.files), None)
    if source is None:
        return None
    try:
        from PIL import Image
    except ImportError:
        return _src(entry, source)

    try:
        with Image.open(folder / entry.name / source) as img:
            img = img.convert("RGB")
            if max(img.size) < THUMB:  # MNIST's 28x28: enlarge without blurring
                factor = max(1, THUMB // max(img.size))
                img = img.resize((img.width * factor, img.height * factor), Image.NEAREST)
            img.thumbnail((THUMB if source == "overlay.png" else 3 * THUMB, THUMB))
            buffer = io.BytesIO()
            img.save(buffer, format="JPEG", quality=85)
    except OSError:
        return None
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _not_available(what: str) -> str:
    return (f'<div class="na">{html.escape(what)}: not available<br><small>not in this '
            'folder (written by an older smug explain?)</small></div>')


def _picture(entry: Entry, file_name: str, caption: str) -> str:
    if file_name not in entry.files:
        return f"<figure>{_not_available(caption)}<figcaption>{html.escape(caption)}" \
               "</figcaption></figure>"
    return (f'<figure><a href="{_src(entry, file_name)}"><img src="{_src(entry, file_name)}" '
            f'loading="lazy" alt="{html.escape(caption)} of {html.escape(entry.name)}"></a>'
            f"<figcaption>{html.escape(caption)}</figcaption></figure>")


def _captions(entry: Entry) -> dict[str, str]:
    """Captions with the numbers that go with each picture."""
    ex, lsc = entry.explanation, _lsc(entry)
    captions = dict(PICTURES)
    if _number(ex.get("sparsity")) is not None:
        captions["mask.png"] = f"mask ({ex['sparsity']:.1%} of pixels; {ex.get('mask_cells')} " \
                               "cells)"
    if _number(ex.get("base_sparsity")) is not None:
        captions["base.png"] = f"SMUG_base receptive region ({ex['base_sparsity']:.1%})"
    if _number(lsc.get("score")) is not None:
        captions["lsc_box.png"] = (f"LSC box: LSC {lsc['score']:.2f}, a={lsc['area']:.2f}, "
                                   f"c={lsc['confidence']:.2f}")
    return captions


# --- the detail view --------------------------------------------------------------------------
def _kv_table(title: str, items: Mapping[str, Any]) -> str:
    rows = "".join(f"<tr><th>{html.escape(str(k))}</th><td>{html.escape(_plain(v))}</td></tr>"
                   for k, v in items.items() if v is not None and v != "")
    return f"<table class=\"kv\"><caption>{html.escape(title)}</caption>{rows}</table>" \
        if rows else ""


def _plain(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, default=str)
    return str(value)


def _statistics(entry: Entry) -> str:
    ex, sol, summary = entry.explanation, entry.solution, entry.summary or {}
    if not summary:
        return "<p>no summary.json: only the row of summary.csv is known.</p>"
    timings = ex.get("timings") or {}
    completeness = ex.get("ig_completeness") or {}
    parts = [
        _kv_table("solver", {key: sol.get(key) for key in (
            "backend", "status", "objective", "bound", "gap", "verified", "raw_status",
            "termination", "build_s", "solve_s", "total_s")}),
        _kv_table("problem", {"rows": ex.get("n_rows"), "variables (cells)": ex.get("n_vars"),
                              "k requested": ex.get("k_requested"),
                              "neurons eligible": ex.get("n_eligible"),
                              "rows dropped": ex.get("dropped_rows"),
                              "rows met by the empty mask": ex.get("rows_met_by_empty"),
                              "SMUG_base cells": ex.get("base_cells"),
                              "mask cells": ex.get("mask_cells")}),
        _kv_table("integrated gradients", {
            "nodes": _ig_value(entry, "ig_nodes"), "gap": _ig_value(entry, "ig_gap"),
            "error": _ig_value(entry, "ig_error"), "rule": completeness.get("rule"),
            "tolerance": completeness.get("tolerance"),
            "converged": completeness.get("converged"),
            "forward evaluations": completeness.get("forward_evaluations"),
            "output": completeness.get("output"),
            "sum of attributions": completeness.get("sum_attributions"),
            "f(x) - f(0)": completeness.get("f_x_minus_f_0")}),
        _kv_table("seconds", {"IG": timings.get("ig_s"), "encode": timings.get("encode_s"),
                              "solve": timings.get("solve_s"),
                              "explanation": timings.get("total_s"),
                              "LSC": _lsc(entry).get("seconds"),
                              "input, on its worker": summary.get("wall_s"),
                              "worker": summary.get("worker")}),
        _kv_table("LSC (Eq. 5; the best threshold of the Eq. 4 map)",
                  {("box (top, left, bottom, right)" if k == "box" else k): v
                   for k, v in _lsc(entry).items() if k not in ("seconds", "definition")}),
        _kv_table("settings", dict(ex.get("settings") or {}, model=summary.get("model"))),
        _kv_table("prediction (top 5)", {p.get("name", p.get("class")): p.get("probability")
                                         for p in summary.get("prediction") or []}),
    ]
    stats = summary.get("solver_stats")
    if stats:
        parts.append("<details><summary>the solver's own statistics</summary><pre>"
                     f"{html.escape(json.dumps(stats, indent=1, default=str))}</pre></details>")
    warns = summary.get("warnings") or []
    if warns:
        parts.append("<ul class=\"warn\">" + "".join(f"<li>{html.escape(str(w))}</li>"
                                                     for w in warns) + "</ul>")
    return "".join(parts)


def _detail(entry: Entry, index: int) -> str:
    klass = entry.row.get("label_name") or DASH
    status = entry.row.get("status") or DASH
    head = (f'<section class="detail" id="d{index}"><h3>{html.escape(entry.name)} '
            f'<span class="st st-{_status_class(status)}">{html.escape(status)}</span></h3>'
            f"<p>class: {html.escape(klass)}; "
            f'<a href="#top">back to the table</a>')
    if "saliency.png" in entry.files:
        head += f'; <a href="{_src(entry, "saliency.png")}">all panels (saliency.png)</a>'
    head += "</p>"
    if entry.row.get("error"):
        head += f'<p class="error">{html.escape(entry.row["error"])}</p>'
    if entry.summary is None:
        return head + _not_available("pictures and statistics") + "</section>"
    captions = _captions(entry)
    pictures = "".join(_picture(entry, f, captions[f]) for f, _ in PICTURES)
    return f'{head}<div class="pictures">{pictures}</div>{_statistics(entry)}</section>'


# --- the page ---------------------------------------------------------------------------------
def _table(entries: list[Entry]) -> str:
    heads = "".join(
        f'<th data-key="{c.key}" data-kind="{c.kind}" title="{html.escape(c.tip)}">'
        '<button type="button">'
        f"{html.escape(c.header)}</button></th>" for c in COLUMNS)
    body = []
    for i, entry in enumerate(entries):
        cells = "".join(_cell(c, entry, i) for c in COLUMNS)
        attrs = (f'data-i="{i}" data-name="{html.escape(entry.name.lower())}" '
                 f'data-class="{html.escape(entry.row.get("label_name") or "")}" '
                 f'data-status="{html.escape(entry.row.get("status") or "")}" '
                 f'data-sparsity="{_sort_number(entry.row.get("sparsity"))}"')
        body.append(f'<tr class="row" {attrs}>{cells}</tr>')
    return (f'<table id="results"><thead><tr>{heads}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


def _sort_number(value: Any) -> str:
    number = _number(value)
    return "" if number is None else repr(number)


def _grid(folder: Path, entries: list[Entry]) -> str:
    figures = []
    for i, entry in enumerate(entries):
        uri = _thumbnail(folder, entry)
        klass = entry.row.get("label_name") or DASH
        status = entry.row.get("status") or DASH
        picture = (f'<img class="thumb" src="{uri}" alt="saliency of '
                   f'{html.escape(entry.name)}">' if uri else _not_available("saliency"))
        figures.append(
            f'<figure class="tile" id="t{i}" data-i="{i}"><a href="#d{i}">{picture}</a>'
            f"<figcaption><b>{html.escape(entry.name)}</b><br>{html.escape(klass)} "
            f'<span class="st st-{_status_class(status)}">{html.escape(status)}</span>'
            "</figcaption></figure>")
    return f'<div id="grid">{"".join(figures)}</div>'


def _options(values: list[str]) -> str:
    return "".join(f'<option value="{html.escape(v)}">{html.escape(v)}</option>'
                   for v in sorted(set(values)))


def _header(folder: Path, entries: list[Entry]) -> str:
    counts: dict[str, int] = {}
    for e in entries:
        status = e.row.get("status") or "?"
        counts[status] = counts.get(status, 0) + 1
    first = next((e for e in entries if e.summary), None)
    settings = ""
    if first is not None:
        s = first.explanation.get("settings") or {}
        shown = {"model": (first.summary or {}).get("model"), "k": s.get("k"),
                 "gamma": s.get("gamma"), "cell": s.get("cell"),
                 "time limit (s)": s.get("time_limit")}
        settings = "; ".join(f"{k} {html.escape(_plain(v))}" for k, v in shown.items()
                             if v is not None)
        settings = f"<p>settings (of {html.escape(first.name)}): {settings}</p>"
    statuses = ", ".join(f"{n} {html.escape(s)}" for s, n in sorted(counts.items()))
    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return (f"<h1>smug explain: {len(entries)} inputs</h1>"
            f"<p>{html.escape(folder.name or str(folder))}: {statuses or 'no inputs yet'}; "
            f"page written {html.escape(when)} (smug report rewrites it).</p>{settings}")


def _controls(entries: list[Entry]) -> str:
    classes = [e.row.get("label_name") for e in entries if e.row.get("label_name")]
    statuses = [e.row.get("status") for e in entries if e.row.get("status")]
    return (
        '<form id="filters" onsubmit="return false">'
        '<label>name or class <input id="f-text" type="search"></label> '
        f'<label>status <select id="f-status"><option value="">any</option>'
        f"{_options(statuses)}</select></label> "
        f'<label>class <select id="f-class"><option value="">any</option>'
        f"{_options(classes)}</select></label> "
        '<label>sparsity at most <input id="f-sparsity" type="number" min="0" max="100" '
        'step="any" placeholder="100"> %</label> '
        f'<output id="shown">{len(entries)} of {len(entries)} shown</output></form>'
        "<noscript><p>Sorting and filtering need JavaScript; the table, the pictures and "
        "the details work without it.</p></noscript>")


CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.2em;color:#222;background:#fff}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.5em}
table#results{border-collapse:collapse;margin:.6em 0}
#results th,#results td{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left}
#results td.num{text-align:right;font-variant-numeric:tabular-nums}
#results th button{font:inherit;font-weight:600;border:0;background:none;cursor:pointer;
padding:0}#results th[aria-sort=ascending] button::after{content:" \\25B2"}
#results th[aria-sort=descending] button::after{content:" \\25BC"}
#results tbody tr:hover{background:#f4f7fb}.na-cell{color:#999}
.st{padding:0 .35em;border-radius:3px;font-size:.9em}.st-optimal{background:#d8f0d8}
.st-feasible{background:#fbeec8}.st-unknown,.st-infeasible,.st-error{background:#f6d2d2}
#filters label{margin-right:.8em}#shown{color:#555}
#grid{display:flex;flex-wrap:wrap;gap:.7em}
.tile{margin:0;width:138px;font-size:.85em}.tile img{width:128px;height:128px;
object-fit:contain;image-rendering:pixelated;border:1px solid #ccc;display:block}
.detail{border-top:2px solid #ccc;margin-top:1.2em}.detail h3{margin:.5em 0}
.pictures{display:flex;flex-wrap:wrap;gap:.8em}.pictures figure{margin:0;width:230px}
.pictures img{width:224px;height:224px;object-fit:contain;image-rendering:pixelated;
border:1px solid #ccc}figcaption{font-size:.85em}
.na{width:222px;height:120px;border:1px dashed #bbb;color:#888;display:flex;
flex-direction:column;align-items:center;justify-content:center;text-align:center}
.tile .na{width:126px;height:126px}
table.kv{display:inline-table;vertical-align:top;border-collapse:collapse;margin:.6em 1.2em
.4em 0;font-size:.9em}table.kv caption{text-align:left;font-weight:600}
table.kv th{text-align:left;font-weight:normal;color:#555;padding-right:.8em}
.error{color:#a00}pre{font-size:.8em;max-height:20em;overflow:auto;background:#f6f6f6}
"""

# Sorting, filtering and the ?check self-test. All data comes from the DOM (data-*
# attributes), never from strings pasted into the script.
SCRIPT = """
(function () {
  var body = document.querySelector('#results tbody');
  var rows = Array.prototype.slice.call(body.rows);
  var grid = document.getElementById('grid');
  var tile = function (r) { return document.getElementById('t' + r.dataset.i); };
  var text = document.getElementById('f-text'), status = document.getElementById('f-status');
  var klass = document.getElementById('f-class');
  var sparsity = document.getElementById('f-sparsity');
  function apply() {
    var q = text.value.trim().toLowerCase(), s = status.value, c = klass.value;
    var most = sparsity.value === '' ? Infinity : parseFloat(sparsity.value) / 100;
    var shown = 0;
    rows.forEach(function (r) {
      var sp = r.dataset.sparsity === '' ? NaN : parseFloat(r.dataset.sparsity);
      var ok = (!q || r.dataset.name.indexOf(q) >= 0
                || r.dataset.class.toLowerCase().indexOf(q) >= 0)
        && (!s || r.dataset.status === s) && (!c || r.dataset.class === c)
        && (most === Infinity || sp <= most);
      r.hidden = !ok; var t = tile(r); if (t) { t.hidden = !ok; }
      if (ok) { shown += 1; }
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' shown';
    document.body.dataset.shown = shown;
  }
  function sortBy(th, col) {
    var up = th.getAttribute('aria-sort') !== 'ascending';
    var num = th.dataset.kind === 'num';
    Array.prototype.forEach.call(th.parentNode.cells,
                                 function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
      if (x === '' || y === '') { return (x === '') - (y === ''); }
      var d = num ? parseFloat(x) - parseFloat(y) : (x < y ? -1 : x > y ? 1 : 0);
      return up ? d : -d;
    });
    rows.forEach(function (r) {
      body.appendChild(r); var t = tile(r); if (t) { grid.appendChild(t); }
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('#results th'), function (th, col) {
    th.querySelector('button').addEventListener('click', function () { sortBy(th, col); });
  });
  [text, status, klass, sparsity].forEach(function (el) { el.addEventListener('input', apply); });
  // a link can carry a view: ?sort=lsc (or -lsc, descending)&status=optimal&class=...&q=...
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { text.value = params.get('q'); }
  var choose = function (select, value) {  // a value no row has still filters (to none)
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
      var o = document.createElement('option'); o.value = value; o.textContent = value;
      select.appendChild(o);
    }
    select.value = value;
  };
  if (params.get('status')) { choose(status, params.get('status')); }
  if (params.get('class')) { choose(klass, params.get('class')); }
  if (params.get('sparsity')) { sparsity.value = params.get('sparsity'); }
  var key = params.get('sort');
  if (key) {
    var desc = key.charAt(0) === '-', ths = document.querySelectorAll('#results th');
    Array.prototype.forEach.call(ths, function (th, col) {
      if (th.dataset.key === key.replace(/^-/, '')) {
        sortBy(th, col); if (desc) { sortBy(th, col); }
      }
    });
  }
  apply();
  document.body.dataset.rows = rows.length;
  document.body.dataset.thumbs = document.querySelectorAll('#grid img.thumb').length;
  if (location.search.indexOf('check') >= 0) {
    var imgs = Array.prototype.slice.call(document.images), ok = 0, bad = [];
    var report = function () {
      if (ok + bad.length < imgs.length) { return; }
      var p = document.getElementById('check');
      p.textContent = 'self-check: ' + ok + ' of ' + imgs.length + ' pictures load'
        + (bad.length ? '; missing: ' + bad.join(', ') : '');
      document.body.dataset.imagesOk = ok; document.body.dataset.imagesBad = bad.length;
    };
    imgs.forEach(function (img) {
      var probe = new Image();
      probe.onload = function () { ok += probe.naturalWidth > 0 ? 1 : 0;
        if (!probe.naturalWidth) { bad.push(img.getAttribute('src')); } report(); };
      probe.onerror = function () { bad.push(img.getAttribute('src')); report(); };
      probe.src = img.src;
    });
    report();
  }
  document.body.dataset.js = 'ready';
})();
"""


def build_report(folder: str | Path) -> str:
    """The page of a ``smug explain`` output folder, as an HTML string (see the module)."""
    folder = Path(folder)
    entries = sorted(load_entries(folder), key=lambda e: e.name)
    details = "".join(_detail(e, i) for i, e in enumerate(entries))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>smug explain: {len(entries)} inputs</title><style>{CSS}</style></head>"
        f'<body id="top">{_header(folder, entries)}{_controls(entries)}'
        f'<p id="check"></p>{_table(entries)}<h2>Saliency (Eq. 4) over each input</h2>'
        f"{_grid(folder, entries)}<h2>Each input</h2>{details}"
        f"<script>{SCRIPT}</script></body></html>\n")


def write_report(folder: str | Path) -> Path:
    """Write (or rewrite) ``folder/index.html`` from the folder's files; return its path.

    Raises
    ------
    ValueError
        If ``folder`` has no ``summary.csv``.
    """
    folder = Path(folder)
    page = build_report(folder)
    path = folder / "index.html"
    tmp = folder / ".index.html.tmp"
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)  # a browser never sees half a page
    return path
