"""The statistics table (FORMAT §5): one row per figure, with its changes and shares folded in.

Works on FORMAT §2 documents (plain dicts), so gold annotations and predictions give the same table.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

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
    index = 0
    for k, start in enumerate(starts):
        if start <= offset:
            index = k
    return index


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
        children = out_rel.get(span_id, {}).get(label, [])
        return spans.get(children[0]) if children else None

    def surface(span: dict | None) -> str | None:
        return None if span is None else text[span["start"] : span["end"]]

    paragraphs = _paragraph_starts(text)
    periods = sorted((s for s in spans.values() if s["label"] == "PERIOD"), key=lambda s: s["start"])
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
            para = _paragraph_of(q["start"], paragraphs)
            earlier = [p for p in periods if p["end"] <= q["start"] and _paragraph_of(p["start"], paragraphs) == para]
            if earlier:
                period, inherited = earlier[-1], True
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
            row = {column: None for column in COLUMNS}
            row.update(base)
            if change is not None:
                row.update(change_value=change.get("value"), change_unit=change.get("unit"),
                           change_direction=change.get("direction"),
                           change_baseline=_baseline_label(first(change["id"], "BASELINE")))
            table.append(row)
    return table


def write_csv(docs: Iterable[dict], path: str | Path) -> int:
    """Write the table of ``docs`` as CSV (numbers as numbers); returns the row count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for doc in docs:
            for row in rows(doc):
                writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
                n += 1
    return n


def write_table_jsonl(docs: Iterable[dict], path: str | Path) -> int:
    """Write the table of ``docs`` as JSONL, one row a line; returns the row count."""
    from pipeline.docs import write_jsonl

    return write_jsonl((row for doc in docs for row in rows(doc)), path)
