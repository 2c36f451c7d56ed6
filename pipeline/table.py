"""The statistics table (FORMAT §5): one row per figure, with its changes and shares folded in.

Works on FORMAT §2 documents (plain dicts), so gold annotations and predictions give the same table.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from pathlib import Path
from typing import Iterable

from pipeline.safeio import atomic_writer, csv_cell

COLUMNS = [
    "doc_id", "sentence", "start", "end", "text", "value", "value_max", "bound", "unit", "metric", "direction",
    "baseline", "category", "period", "part_of", "change_value", "change_unit", "change_direction",
    "change_baseline", "share_value", "share_baseline", "share_change_value", "share_change_unit",
    "share_change_direction", "share_change_baseline",
]


def _baseline_label(span: dict | None) -> str | None:
    if span is None:
        return None
    if span.get("type") == "year" and span.get("year") is not None:
        return f"year:{span['year']}"
    return span.get("type")


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start: after blank lines, or after line breaks when there are none."""
    separator = "\n\n" if "\n\n" in text.strip() else "\n"
    starts = [0]
    pos = text.find(separator)
    while pos != -1:
        starts.append(pos + len(separator))
        pos = text.find(separator, pos + len(separator))
    return starts


def _paragraph_of(offset: int, starts: list[int]) -> int:
    return max(0, bisect_right(starts, offset) - 1)


#: what a span without relations has (shared: never modified)
_NO_RELATIONS: dict[str, list[str]] = {}


def rows(doc: dict) -> list[dict]:
    """The table rows of one document."""
    text = doc["text"]
    spans = {s["id"]: s for s in doc.get("spans", [])}
    out_rel: dict[str, dict[str, list[str]]] = {}
    modified_by: dict[str, list[str]] = {}
    for rel in doc.get("relations", []):
        out_rel.setdefault(rel["head"], {}).setdefault(rel["label"], []).append(rel["child"])
        if rel["label"] == "MODIFIES":
            modified_by.setdefault(rel["child"], []).append(rel["head"])

    def first(span_id: str, label: str) -> dict | None:
        children = out_rel.get(span_id, _NO_RELATIONS).get(label)
        return spans.get(children[0]) if children else None

    def surface(span: dict | None) -> str | None:
        return None if span is None else text[span["start"] : span["end"]]

    paragraphs = _paragraph_starts(text)
    # a period phrase that dates no figure (``below estimates for April to June 2024``, a comparison's time) is
    # no period of the figures after it
    dating = {rel["child"] for rel in doc.get("relations", []) if rel["label"] == "PERIOD"}
    periods = sorted((s for s in spans.values() if s["label"] == "PERIOD" and s["id"] in dating),
                     key=lambda s: s["start"])
    period_starts = [p["start"] for p in periods]
    quantities = sorted((s for s in spans.values() if s["label"] == "QUANTITY"), key=lambda s: s["start"])
    modifiers = {rel["head"] for rel in doc.get("relations", []) if rel["label"] == "MODIFIES"}
    table = []
    for q in quantities:
        if q["id"] in modifiers:
            continue
        period = first(q["id"], "PERIOD")
        inherited = False
        whole = first(q["id"], "PART_OF")
        if period is None and whole is not None:
            period, inherited = first(whole["id"], "PERIOD"), True
        if period is None:
            para_start = paragraphs[_paragraph_of(q["start"], paragraphs)]
            k = bisect_right(period_starts, q["start"]) - 1  # the last period phrase of the paragraph before q
            while k >= 0 and periods[k]["start"] >= para_start and periods[k]["end"] > q["start"]:
                k -= 1
            if k >= 0 and periods[k]["start"] >= para_start:
                period, inherited = periods[k], True
        base = {
            "doc_id": doc["id"], "sentence": q.get("sentence"), "start": q["start"], "end": q["end"],
            "text": surface(q), "value": q.get("value"), "value_max": q.get("value_max"), "bound": q.get("bound"),
            "unit": q.get("unit"), "metric": q.get("metric"), "direction": q.get("direction"),
            "baseline": _baseline_label(first(q["id"], "BASELINE")),
            "category": surface(first(q["id"], "CATEGORY")), "period": surface(period),
            "period_inherited": inherited if period is not None else None,
            "part_of": surface(whole),
        }
        changes, shares = [], []
        for mod_id in modified_by.get(q["id"], []):
            mod = spans[mod_id]
            (shares if mod.get("metric") == "SHARE" else changes).append(mod)
        share = shares[0] if shares else None
        if share is not None:
            base["share_value"] = share.get("value")
            base["share_baseline"] = _baseline_label(first(share["id"], "BASELINE"))
            share_changes = [spans[m] for m in modified_by.get(share["id"], [])]
            if share_changes:
                sc = share_changes[0]
                base.update(share_change_value=sc.get("value"), share_change_unit=sc.get("unit"),
                            share_change_direction=sc.get("direction"),
                            share_change_baseline=_baseline_label(first(sc["id"], "BASELINE")))
        for change in changes or [None]:
            row = dict.fromkeys(COLUMNS)
            row.update(base)
            if change is not None:
                row.update(change_value=change.get("value"), change_unit=change.get("unit"),
                           change_direction=change.get("direction"),
                           change_baseline=_baseline_label(first(change["id"], "BASELINE")))
            table.append(row)
    return table


def csv_header() -> str:
    """The CSV header line."""
    return csv_line(COLUMNS)


def csv_line(cells: list) -> str:
    """One CSV line (with its line end) of already safe cells."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(cells)
    return buffer.getvalue()


def csv_lines(doc: dict) -> str:
    """The CSV lines of one document's rows: numbers as numbers, text cells made safe for
    spreadsheets (:func:`pipeline.safeio.csv_cell`)."""
    return "".join(csv_line([csv_cell(row.get(column)) for column in COLUMNS]) for row in rows(doc))


def write_csv(docs: Iterable[dict], path: str | Path) -> int:
    """Write the table of ``docs`` as CSV (numbers as numbers, no formulas) into a temporary file
    renamed into place when complete; returns the row count."""
    n = 0
    with atomic_writer(path, newline="") as out:
        out.write(csv_header())
        for doc in docs:
            lines = csv_lines(doc)
            out.write(lines)
            n += lines.count("\r\n")
    return n


def write_table_jsonl(docs: Iterable[dict], path: str | Path) -> int:
    """Write the table of ``docs`` as JSONL, one row a line; returns the row count."""
    from pipeline.docs import write_jsonl

    return write_jsonl((row for doc in docs for row in rows(doc)), path)
