"""The review report: one self-contained HTML file to check every figure against its release.

    relstats extract examples/ -o out/report.html [--gold gold.jsonl]
    write_html(records, "out/report.html", gold=gold_records)

Each document is shown with its QUANTITY, CATEGORY, PERIOD and BASELINE spans highlighted; hovering
or selecting a figure draws its links (category, the figure it modifies, its changes, baseline,
period, the whole it is part of). Beside it, the statistics table (FORMAT §5, ``pipeline.table.rows``)
as ``<table id="statistics">``: sortable by any column, filterable by document, metric, unit and free
text; clicking a row scrolls to its figure and flashes it; a button copies the row with its
provenance (document, offsets, sentence). Per document a summary (figures per metric, links) and,
with gold annotations, every error the scorer finds (``pipeline.scoring.score``): missed, spurious,
wrong value/unit/metric/bound, missing or wrong link.

The file makes no network request (a Content-Security-Policy forbids any): styles and script are
inline, every piece of document text is HTML-escaped, and data embedded as JSON has ``<``, ``>``
and ``&`` written as ``\\u003c``, ``\\u003e`` and ``\\u0026``.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path
from typing import Iterable

LABELS = ("QUANTITY", "BASELINE", "PERIOD", "CATEGORY")  # drawing priority, highest first
COLORS = {"QUANTITY": "#ffd54f", "CATEGORY": "#90caf9", "PERIOD": "#a5d6a7", "BASELINE": "#ce93d8"}
ERROR_KINDS = {
    "missed": "missed", "spurious": "spurious", "value": "wrong value", "unit": "wrong unit",
    "metric": "wrong metric", "bound": "wrong bound",
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def json_for_html(data) -> str:
    """JSON safe to embed in an HTML ``<script>`` element: ``<``, ``>``, ``&`` and the JavaScript
    line separators are written as ``\\u`` escapes, so no text can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def sentence_offsets(text: str, nlp=None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence as the pipeline splits them (relstats' tokenizer and its
    FORMAT §3 sentence rule), indexed like the spans' ``sentence`` field."""
    nlp = nlp or _sentence_pipeline()
    doc = nlp(text)
    return [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []


_SENTENCE_NLP = None


def _sentence_pipeline():
    global _SENTENCE_NLP
    if _SENTENCE_NLP is None:
        import spacy

        import pipeline.components.segmentation  # noqa: F401  (registers the factories)
        import pipeline.tokenizer  # noqa: F401

        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "relstats.tokenizer.v1"}}})
        nlp.add_pipe("relstats_number_merger")
        nlp.add_pipe("relstats_sentences")
        _SENTENCE_NLP = nlp
    return _SENTENCE_NLP


# --- errors against gold -----------------------------------------------------------------------


def error_kind(reason: str) -> str:
    """A readable name for one of the scorer's error reasons (``missing:PERIOD`` -> ``missing PERIOD link``)."""
    if reason in ERROR_KINDS:
        return ERROR_KINDS[reason]
    if reason.startswith("missing:"):
        return f"missing {reason.split(':', 1)[1]} link"
    if reason.startswith("wrong:"):
        return f"wrong {reason.split(':', 1)[1]} link"
    return reason


def document_errors(record: dict, gold: dict | None) -> list[dict] | None:
    """The scorer's errors for one document (FORMAT §6 pairing and matching), or None without gold."""
    if gold is None:
        return None
    from pipeline.scoring import score

    pred = {"id": record["id"], "text": record["text"], "spans": record.get("spans", []),
            "relations": record.get("relations", [])}
    report = score([gold], [pred])
    return [dict(error, kinds=[error_kind(r) for r in error["reasons"]]) for error in report["errors"]]


# --- one document ------------------------------------------------------------------------------


def _segments(text: str, layers: list[dict]) -> list[tuple[int, int, list[dict]]]:
    """Cut ``text`` at every layer boundary; each piece with the layers covering it."""
    cuts = {0, len(text)}
    for layer in layers:
        cuts.update((layer["start"], layer["end"]))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    pieces = []
    for start, end in zip(points, points[1:]):
        covering = [layer for layer in layers if layer["start"] <= start and end <= layer["end"]]
        pieces.append((start, end, covering))
    return pieces


def _segment_style(labels: list[str]) -> str:
    ordered = [label for label in LABELS if label in labels]
    if not ordered:
        return ""
    shadows = [f"inset 0 -{3 * (k + 1)}px 0 {COLORS[label]}" for k, label in enumerate(ordered[1:])]
    style = f"background:{COLORS[ordered[0]]}"
    if shadows:
        style += f";box-shadow:{', '.join(shadows)}"
    return style


def render_text(doc_index: int, record: dict, errors: list[dict] | None) -> str:
    """The document text as HTML: every span a ``<mark>`` piece (escaped text, data attributes)."""
    text = record["text"]
    layers = [dict(s, kind="span") for s in record.get("spans", []) if s.get("label") in COLORS]
    for k, error in enumerate(errors or []):
        layers.append({"id": f"e{k + 1}", "start": error["start"], "end": error["end"], "kind": "error",
                       "reasons": error["reasons"], "kinds": error["kinds"]})
    first_piece: set[str] = set()
    out = []
    for start, end, covering in _segments(text, layers):
        piece = html.escape(text[start:end])
        if not covering:
            out.append(piece)
            continue
        spans = [c for c in covering if c["kind"] == "span"]
        errs = [c for c in covering if c["kind"] == "error"]
        classes = ["seg"] + [f"l-{s['label']}" for s in spans]
        if errs:
            classes.append("err")
            classes += sorted({"err-missed" if "missed" in e["reasons"] else
                               "err-spurious" if "spurious" in e["reasons"] else "err-wrong" for e in errs})
        ids = [s["id"] for s in spans] + [e["id"] for e in errs]
        attrs = [f'class="{" ".join(classes)}"', f'data-ids="{html.escape(" ".join(ids))}"']
        new = [i for i in ids if i not in first_piece]
        if new:
            first_piece.update(new)
            attrs.append(f'id="d{doc_index}-{html.escape(new[0])}"')
            attrs.append(f'data-starts="{html.escape(" ".join(new))}"')
        style = _segment_style([s["label"] for s in spans])
        if style:
            attrs.append(f'style="{style}"')
        title = [f"{s['label']} {s['id']}" + _span_note(s) for s in spans]
        title += ["error: " + ", ".join(e["kinds"]) for e in errs]
        attrs.append(f'title="{html.escape(" | ".join(title))}"')
        out.append(f"<mark {' '.join(attrs)}>{piece}</mark>")
    return "".join(out)


def _span_note(span: dict) -> str:
    if span["label"] == "QUANTITY":
        bits = [span.get("metric"), _number(span.get("value")), span.get("unit"), span.get("direction")]
        return ": " + " ".join(str(b) for b in bits if b not in (None, ""))
    if span["label"] == "BASELINE":
        return f": {span.get('type')}" + (f" {span['year']}" if span.get("year") else "")
    if span["label"] == "PERIOD" and (span.get("date_from") or span.get("date_to")):
        return f": {span.get('date_from')} to {span.get('date_to')}"
    return ""


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def document_summary(record: dict, rows: list[dict], errors: list[dict] | None) -> str:
    """Figures per metric, links per label, table rows and, with gold, errors per kind (HTML)."""
    metrics = Counter(s.get("metric") or "?" for s in record.get("spans", []) if s.get("label") == "QUANTITY")
    links = Counter(r.get("label") for r in record.get("relations", []))
    parts = [f"<b>{sum(metrics.values())}</b> figures ("
             + (", ".join(f"{html.escape(str(m))} {n}" for m, n in sorted(metrics.items())) or "none") + ")",
             f"<b>{sum(links.values())}</b> links ("
             + (", ".join(f"{html.escape(str(label))} {n}" for label, n in sorted(links.items())) or "none") + ")",
             f"<b>{len(rows)}</b> table rows"]
    out = '<p class="summary">' + " · ".join(parts) + "</p>"
    if errors is not None:
        kinds = Counter(kind for e in errors for kind in e["kinds"])
        label = ", ".join(f"{html.escape(k)} {n}" for k, n in sorted(kinds.items())) or "none"
        out += f'<p class="summary errors-summary"><b>{len(errors)}</b> errors against gold ({label})</p>'
        if errors:
            items = []
            for k, e in enumerate(errors):
                detail = "; ".join(f"{html.escape(error_kind(r))}: {html.escape(str(d))}"
                                   for r, d in e.get("details", {}).items())
                items.append(f'<li class="error-item" data-id="e{k + 1}" data-start="{e["start"]}" data-end="{e["end"]}">'
                             f'<q>{html.escape(e["text"])}</q> [{e["start"]}:{e["end"]}] '
                             f'<b>{html.escape(", ".join(e["kinds"]))}</b>'
                             + (f" — {detail}" if detail else "") + "</li>")
            out += '<details class="errors"><summary>errors</summary><ul>' + "".join(items) + "</ul></details>"
    return out


# --- the whole report --------------------------------------------------------------------------


def render_html(records: Iterable[dict], gold: Iterable[dict] | None = None, title: str = "relstats report") -> str:
    """The report for FORMAT §2 ``records`` (predictions), optionally scored against ``gold``."""
    from pipeline.table import COLUMNS, rows

    records = list(records)
    gold_by_id = {g["id"]: g for g in gold} if gold is not None else None
    documents, table_rows, sections = [], [], []
    for index, record in enumerate(records):
        doc_gold = gold_by_id.get(record["id"]) if gold_by_id is not None else None
        if doc_gold is not None and doc_gold.get("text") != record["text"]:
            raise ValueError(f"document {record['id']!r}: the gold text differs from the extracted text")
        errors = document_errors(record, doc_gold)
        sentences = sentence_offsets(record["text"])
        doc_rows = rows(record)
        qid = {(s["start"], s["end"]): s["id"] for s in record.get("spans", []) if s.get("label") == "QUANTITY"}
        for row in doc_rows:
            k = row.get("sentence")
            sentence = record["text"][slice(*sentences[k])] if k is not None and 0 <= k < len(sentences) else ""
            table_rows.append({"doc": index, "qid": qid.get((row["start"], row["end"])), "sentence_text": sentence,
                               "cells": {c: row.get(c) for c in COLUMNS},
                               "errors": _row_errors(row, errors)})
        documents.append({"id": record["id"], "spans": record.get("spans", []),
                          "relations": record.get("relations", []), "errors": errors})
        note = "" if gold_by_id is None or doc_gold is not None else '<p class="summary">no gold annotation</p>'
        sections.append(
            f'<section class="doc" id="doc-{index}" data-doc="{index}">'
            f'<h2>{html.escape(record["id"])}</h2>{document_summary(record, doc_rows, errors)}{note}'
            f'<div class="text-wrap"><svg class="links" aria-hidden="true"></svg>'
            f'<div class="text">{render_text(index, record, errors)}</div></div>'
            f'<div class="link-card" hidden></div></section>')
    data = {"documents": documents, "rows": table_rows, "columns": COLUMNS, "gold": gold_by_id is not None}
    head = "".join(f'<th data-col="{html.escape(c)}" tabindex="0">{html.escape(c)}</th>' for c in COLUMNS)
    body = "".join(_table_row(k, row) for k, row in enumerate(table_rows))
    n_figures = sum(1 for r in records for s in r.get("spans", []) if s.get("label") == "QUANTITY")
    n_errors = sum(len(d["errors"] or []) for d in documents)
    totals = (f"{len(records)} documents · {n_figures} figures · {len(table_rows)} table rows"
              + (f" · {n_errors} errors against gold" if gold_by_id is not None else ""))
    legend = "".join(f'<span class="key" style="background:{COLORS[label]}">{label}</span>' for label in LABELS)
    if gold_by_id is not None:
        legend += '<span class="key err err-wrong">error</span><span class="key err err-missed">missed</span>'
    return TEMPLATE.format(
        title=html.escape(title), csp=CSP, css=CSS, totals=html.escape(totals), legend=legend,
        sections="".join(sections), head=head, body=body, data=json_for_html(data), script=SCRIPT,
        options_doc="".join(f'<option value="{k}">{html.escape(r["id"])}</option>' for k, r in enumerate(records)),
        options_metric=_options(r["cells"]["metric"] for r in table_rows),
        options_unit=_options(r["cells"]["unit"] for r in table_rows),
        total_rows=len(table_rows))


def _options(values) -> str:
    return "".join(f'<option value="{html.escape(v)}">{html.escape(v)}</option>'
                   for v in sorted({v for v in values if v}))


def _row_errors(row: dict, errors: list[dict] | None) -> list[str]:
    if not errors:
        return []
    kinds = []
    for error in errors:
        if error["start"] < row["end"] and row["start"] < error["end"] and "missed" not in error["reasons"]:
            kinds += [k for k in error["kinds"] if k not in kinds]
    return kinds


def _table_row(index: int, row: dict) -> str:
    cells = []
    for column, value in row["cells"].items():
        shown = "" if value is None else (_number(value) if column in ("value", "value_max") else str(value))
        cells.append(f'<td data-col="{column}">{html.escape(shown)}</td>')
    check = html.escape(", ".join(row["errors"]))
    classes = "row-error" if row["errors"] else ""
    return (f'<tr data-row="{index}" data-doc="{row["doc"]}" class="{classes}" title="{check}">'
            f'<td class="tools"><button type="button" class="copy" title="copy row with provenance">copy</button>'
            f'</td>{"".join(cells)}</tr>')


def write_html(records: Iterable[dict], path: str | Path, gold: Iterable[dict] | None = None,
               title: str | None = None) -> int:
    """Write the review report of FORMAT §2 ``records`` to ``path``; returns the number of table rows.

    ``gold`` (FORMAT §2 documents, matched by id) marks every error the scorer finds.
    """
    path = Path(path)
    records = list(records)
    page = render_html(records, gold=gold, title=title or f"relstats report: {len(records)} documents")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return page.count("<tr data-row=")


TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="totals">{totals}</p>
<p class="legend">{legend} <span class="hint">Hover or click a figure to see its links; click a table row to find it.</span></p>
</header>
<main>
<div id="documents">{sections}</div>
<div id="table-pane">
<form id="filters" onsubmit="return false">
<label>document <select id="filter-doc"><option value="">all</option>{options_doc}</select></label>
<label>metric <select id="filter-metric"><option value="">all</option>{options_metric}</select></label>
<label>unit <select id="filter-unit"><option value="">all</option>{options_unit}</select></label>
<label>text <input id="filter-text" type="search" placeholder="any column"></label>
<span id="row-count">{total_rows} of {total_rows} rows</span>
</form>
<div class="table-scroll">
<table id="statistics">
<thead><tr><th class="tools"></th>{head}</tr></thead>
<tbody>{body}</tbody>
</table>
</div>
<p id="copy-status" role="status"></p>
</div>
</main>
<script type="application/json" id="relstats-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""

CSS = """
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; background: #fafafa; }
header { padding: 8px 16px; background: #263238; color: #eceff1; }
header h1 { font-size: 18px; margin: 0; }
header p { margin: 2px 0; }
.key { display: inline-block; padding: 0 6px; margin-right: 4px; border-radius: 3px; color: #222; font-size: 12px; }
.hint { font-size: 12px; opacity: .8; }
main { display: flex; height: calc(100vh - 84px); }
#documents { flex: 1 1 50%; overflow: auto; padding: 8px 16px; border-right: 1px solid #ccc; }
#table-pane { flex: 1 1 50%; display: flex; flex-direction: column; min-width: 0; padding: 8px; }
.table-scroll { overflow: auto; flex: 1; border: 1px solid #ddd; background: #fff; }
section.doc { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 12px; margin-bottom: 12px; }
section.doc h2 { font-size: 15px; margin: 0 0 4px; }
.summary { margin: 2px 0; font-size: 12px; color: #455a64; }
.text-wrap { position: relative; }
.text { white-space: pre-wrap; line-height: 2.1; font-size: 14px; }
svg.links { position: absolute; left: 0; top: 0; width: 100%; height: 100%; pointer-events: none; overflow: visible; z-index: 2; }
svg.links path { fill: none; stroke-width: 1.6; }
svg.links text { font-size: 10px; font-weight: bold; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
mark.seg { color: inherit; border-radius: 2px; padding: 1px 0; cursor: pointer; }
mark.l-QUANTITY { font-weight: 600; }
mark.linked { outline: 2px solid #37474f; }
mark.focus { outline: 2px solid #d84315; }
mark.err { text-decoration: underline wavy #d50000; text-decoration-skip-ink: none; }
mark.err-missed { outline: 2px dashed #d50000; background: #ffebee; }
.key.err { background: #fff; }
.key.err-missed { outline: 2px dashed #d50000; }
@keyframes flash { 0%, 100% { background-color: inherit; } 20%, 60% { background-color: #ff6f00; color: #fff; } }
mark.flash { animation: flash 1.2s ease-in-out 2; outline: 3px solid #ff6f00; }
.link-card { font-size: 12px; background: #eceff1; border-radius: 4px; padding: 4px 8px; margin-top: 4px; }
.link-card ul { margin: 0; padding-left: 18px; }
details.errors { font-size: 12px; }
li.error-item { cursor: pointer; }
li.error-item:hover { background: #ffebee; }
#filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; font-size: 12px; margin-bottom: 6px; }
#row-count { color: #555; }
table#statistics { border-collapse: collapse; font-size: 12px; white-space: nowrap; }
#statistics th { position: sticky; top: 0; background: #cfd8dc; cursor: pointer; padding: 3px 6px; text-align: left; z-index: 1; }
#statistics th.sorted-asc::after { content: " \\25B2"; }
#statistics th.sorted-desc::after { content: " \\25BC"; }
#statistics td { padding: 2px 6px; border-top: 1px solid #eee; max-width: 280px; overflow: hidden; text-overflow: ellipsis; }
#statistics tbody tr { cursor: pointer; }
#statistics tbody tr:hover { background: #fff8e1; }
#statistics tbody tr.selected { background: #ffe0b2; }
#statistics tbody tr.row-error td:first-child { border-left: 4px solid #d50000; }
button.copy { font-size: 11px; padding: 0 4px; }
#copy-status { font-size: 12px; height: 3.2em; overflow: hidden; margin: 4px 0 0; color: #455a64; }
"""

SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("relstats-data").textContent);
  var tbody = document.querySelector("#statistics tbody");
  var allRows = Array.prototype.slice.call(tbody.rows);
  var LINK_COLORS = {CATEGORY: "#1565c0", PERIOD: "#2e7d32", BASELINE: "#6a1b9a", MODIFIES: "#e65100",
                     "PART_OF": "#37474f", "changed by": "#e65100"};

  function docSection(d) { return document.getElementById("doc-" + d); }
  function pieces(d, id) {
    return docSection(d).querySelectorAll('mark[data-ids~="' + id + '"]');
  }
  function spanById(d, id) {
    var spans = data.documents[d].spans;
    for (var i = 0; i < spans.length; i++) { if (spans[i].id === id) { return spans[i]; } }
    return null;
  }
  function linksOf(d, qid) {
    var rels = data.documents[d].relations, out = [];
    rels.forEach(function (r) {
      if (r.head === qid) { out.push({label: r.label, id: r.child}); }
      if (r.child === qid && r.label === "MODIFIES") {
        out.push({label: "changed by", id: r.head});
        rels.forEach(function (b) {
          if (b.head === r.head && b.label === "BASELINE") { out.push({label: "BASELINE", id: b.child}); }
        });
      }
    });
    return out;
  }
  function clearFocus(section) {
    section.querySelectorAll("mark.linked, mark.focus").forEach(function (m) { m.classList.remove("linked", "focus"); });
    var svg = section.querySelector("svg.links");
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    section.querySelector(".link-card").hidden = true;
  }
  function textOf(d, span) {
    var marks = pieces(d, span.id), s = "";
    marks.forEach(function (m) { s += m.textContent; });
    return s;
  }
  function drawLink(svg, base, from, to, label, k) {
    var a = from.getBoundingClientRect(), b = to.getBoundingClientRect();
    var x1 = a.left + a.width / 2 - base.left, y1 = a.top - base.top;
    var x2 = b.left + b.width / 2 - base.left, y2 = b.top - base.top;
    var lift = Math.min(60, 14 + 11 * k + Math.abs(x2 - x1) / 12);
    var top = Math.min(y1, y2) - lift;
    var ns = "http://www.w3.org/2000/svg";
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M" + x1 + "," + y1 + " C" + x1 + "," + top + " " + x2 + "," + top + " " + x2 + "," + y2);
    path.setAttribute("stroke", LINK_COLORS[label] || "#333");
    svg.appendChild(path);
    var t = document.createElementNS(ns, "text");
    t.setAttribute("x", x2);
    t.setAttribute("y", y2 - 3);
    t.setAttribute("text-anchor", "middle");
    t.setAttribute("fill", LINK_COLORS[label] || "#333");
    t.textContent = label;
    svg.appendChild(t);
  }
  function showLinks(d, qid) {
    var section = docSection(d);
    clearFocus(section);
    var own = pieces(d, qid);
    if (!own.length) { return; }
    own.forEach(function (m) { m.classList.add("focus"); });
    var svg = section.querySelector("svg.links");
    var base = section.querySelector(".text-wrap").getBoundingClientRect();
    var card = section.querySelector(".link-card");
    var list = document.createElement("ul");
    var span = spanById(d, qid);
    var head = document.createElement("li");
    head.textContent = "figure \u201c" + textOf(d, span) + "\u201d: " + [span.metric, span.value, span.unit,
      span.direction].filter(function (x) { return x !== null && x !== undefined && x !== ""; }).join(" ");
    list.appendChild(head);
    linksOf(d, qid).forEach(function (link, k) {
      var target = pieces(d, link.id);
      if (!target.length) { return; }
      target.forEach(function (m) { m.classList.add("linked"); });
      drawLink(svg, base, own[0], target[0], link.label, k);
      var item = document.createElement("li");
      item.textContent = link.label + ": \u201c" + textOf(d, spanById(d, link.id)) + "\u201d";
      list.appendChild(item);
    });
    card.textContent = "";
    card.appendChild(list);
    card.hidden = false;
  }
  document.querySelectorAll("li.error-item").forEach(function (item) {
    item.addEventListener("click", function () {
      var d = Number(item.closest("section.doc").dataset.doc), marks = pieces(d, item.dataset.id);
      if (!marks.length) { return; }
      marks[0].scrollIntoView({block: "center"});
      marks.forEach(function (m) { m.classList.remove("flash"); void m.offsetWidth; m.classList.add("flash"); });
    });
  });
  var pinned = {};
  document.querySelectorAll("section.doc").forEach(function (section) {
    var d = Number(section.dataset.doc);
    section.addEventListener("mouseover", function (ev) {
      var mark = ev.target.closest("mark.l-QUANTITY");
      if (mark) { showLinks(d, quantityOf(d, mark)); }
    });
    section.addEventListener("mouseleave", function () {
      if (pinned[d]) { showLinks(d, pinned[d]); } else { clearFocus(section); }
    });
    section.addEventListener("click", function (ev) {
      var mark = ev.target.closest("mark.l-QUANTITY");
      if (!mark) { return; }
      pinned[d] = quantityOf(d, mark);
      showLinks(d, pinned[d]);
      allRows.forEach(function (tr) {
        var row = data.rows[Number(tr.dataset.row)];
        var on = row.doc === d && row.qid === pinned[d];
        tr.classList.toggle("selected", on);
        if (on) { tr.scrollIntoView({block: "nearest"}); }
      });
    });
  });
  function quantityOf(d, mark) {
    var ids = mark.dataset.ids.split(" ");
    for (var i = 0; i < ids.length; i++) {
      var s = spanById(d, ids[i]);
      if (s && s.label === "QUANTITY") { return s.id; }
    }
    return null;
  }

  // table: sorting
  var sortState = {col: null, dir: 1};
  function cellValue(tr, col) { return data.rows[Number(tr.dataset.row)].cells[col]; }
  function compare(a, b) {
    if (a === b) { return 0; }
    if (a === null || a === undefined || a === "") { return 1; }
    if (b === null || b === undefined || b === "") { return -1; }
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    return String(a).localeCompare(String(b), undefined, {numeric: true});
  }
  document.querySelectorAll("#statistics th[data-col]").forEach(function (th) {
    function sort() {
      var col = th.dataset.col;
      sortState.dir = sortState.col === col ? -sortState.dir : 1;
      sortState.col = col;
      document.querySelectorAll("#statistics th").forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
      th.classList.add(sortState.dir > 0 ? "sorted-asc" : "sorted-desc");
      var rows = allRows.slice().sort(function (x, y) {
        var c = compare(cellValue(x, col), cellValue(y, col));
        if (c === 0) { return Number(x.dataset.row) - Number(y.dataset.row); }
        var empty = cellValue(x, col) === null || cellValue(y, col) === null;
        return empty ? c : c * sortState.dir;
      });
      rows.forEach(function (tr) { tbody.appendChild(tr); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { sort(); } });
  });

  // table: filters
  var fDoc = document.getElementById("filter-doc"), fMetric = document.getElementById("filter-metric");
  var fUnit = document.getElementById("filter-unit"), fText = document.getElementById("filter-text");
  function applyFilters() {
    var text = fText.value.trim().toLowerCase(), shown = 0;
    allRows.forEach(function (tr) {
      var row = data.rows[Number(tr.dataset.row)];
      var ok = (!fDoc.value || String(row.doc) === fDoc.value)
        && (!fMetric.value || row.cells.metric === fMetric.value)
        && (!fUnit.value || row.cells.unit === fUnit.value)
        && (!text || tr.textContent.toLowerCase().indexOf(text) >= 0
            || row.sentence_text.toLowerCase().indexOf(text) >= 0);
      tr.hidden = !ok;
      if (ok) { shown++; }
    });
    document.getElementById("row-count").textContent = shown + " of " + allRows.length + " rows";
  }
  [fDoc, fMetric, fUnit].forEach(function (el) { el.addEventListener("change", applyFilters); });
  fText.addEventListener("input", applyFilters);

  // table: row -> figure, copy with provenance
  function provenance(row) {
    var doc = data.documents[row.doc];
    var cells = data.columns.map(function (c) { var v = row.cells[c]; return v === null ? "" : String(v); });
    return data.columns.join("\t") + "\n" + cells.join("\t") + "\n"
      + "document: " + doc.id + "\noffsets: " + row.cells.start + "-" + row.cells.end
      + "\nsentence: " + row.sentence_text;
  }
  function copyText(text) {
    var status = document.getElementById("copy-status");
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); } catch (e) { /* shown below either way */ }
      document.body.removeChild(area);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(fallback);
    } else { fallback(); }
    status.textContent = "copied: " + text.split("\n").slice(2).join(" \u00b7 ");
    status.dataset.copied = text;
  }
  tbody.addEventListener("click", function (ev) {
    var tr = ev.target.closest("tr");
    if (!tr) { return; }
    var row = data.rows[Number(tr.dataset.row)];
    if (ev.target.closest("button.copy")) { copyText(provenance(row)); return; }
    allRows.forEach(function (r) { r.classList.toggle("selected", r === tr); });
    var marks = pieces(row.doc, row.qid);
    if (!marks.length) { return; }
    marks[0].scrollIntoView({block: "center"});
    marks.forEach(function (m) {
      m.classList.remove("flash");
      void m.offsetWidth;
      m.classList.add("flash");
    });
    pinned[row.doc] = row.qid;
    showLinks(row.doc, row.qid);
  });
  document.body.dataset.ready = "1";
})();
"""
