"""The FORMAT §2 document shape: allowed labels and values, and a checker that lists problems.

No spaCy import: the checker runs on plain dicts, for annotations and predictions alike.
"""

from __future__ import annotations

from pipeline.units import us_spelling

SPAN_LABELS = ("QUANTITY", "CATEGORY", "BASELINE", "PERIOD")
RELATION_LABELS = ("CATEGORY", "MODIFIES", "BASELINE", "PART_OF", "PERIOD")
METRICS = ("COUNT", "AMOUNT", "MONEY", "SHARE", "CHANGE")
DIRECTIONS = ("up", "down", None)
BOUNDS = ("=", "~", ">", ">=", "<", "<=")
BASELINE_TYPES = ("yoy", "mom", "qoq", "year", "other")

#: relation label -> (head label, child label)
RELATION_ENDS = {
    "CATEGORY": ("QUANTITY", "CATEGORY"),
    "MODIFIES": ("QUANTITY", "QUANTITY"),
    "BASELINE": ("QUANTITY", "BASELINE"),
    "PART_OF": ("QUANTITY", "QUANTITY"),
    "PERIOD": ("QUANTITY", "PERIOD"),
}


def document_problems(doc: dict) -> list[str]:
    """Every way ``doc`` departs from FORMAT §2, as messages naming the span or relation."""
    problems: list[str] = []
    if not isinstance(doc, dict):
        return ["a document must be a JSON object"]
    if not isinstance(doc.get("id"), str) or not doc.get("id"):
        problems.append("missing or empty 'id'")
    text = doc.get("text")
    if not isinstance(text, str):
        return problems + ["missing 'text' string"]
    meta = doc.get("meta", {})
    if meta is not None and not isinstance(meta, dict):
        problems.append("'meta' must be an object")
    spans = doc.get("spans", [])
    relations = doc.get("relations", [])
    if not isinstance(spans, list) or not isinstance(relations, list):
        return problems + ["'spans' and 'relations' must be lists"]
    by_id: dict[str, dict] = {}
    for span in spans:
        sid = span.get("id")
        if not isinstance(sid, str) or not sid:
            problems.append(f"span without id at {span.get('start')}")
            continue
        if sid in by_id:
            problems.append(f"span {sid!r}: duplicate id")
        by_id[sid] = span
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"span {sid!r}: offsets {start}-{end} not inside the text (length {len(text)})")
            continue
        surface = text[start:end]
        if surface != surface.strip():
            problems.append(f"span {sid!r}: {surface!r} starts or ends with white space")
        label = span.get("label")
        if label not in SPAN_LABELS:
            problems.append(f"span {sid!r}: label {label!r} not in {SPAN_LABELS}")
        if label == "QUANTITY":
            value = span.get("value")
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                problems.append(f"span {sid!r} {surface!r}: value {value!r} must be a non-negative number")
            vmax = span.get("value_max")
            if vmax is not None and (not isinstance(vmax, (int, float)) or vmax < (value or 0)):
                problems.append(f"span {sid!r} {surface!r}: value_max {vmax!r} must be a number >= value")
            if span.get("bound", "=") not in BOUNDS:
                problems.append(f"span {sid!r} {surface!r}: bound {span.get('bound')!r} not in {BOUNDS}")
            unit = span.get("unit")
            if not isinstance(unit, str) or not unit or unit != unit.lower():
                problems.append(f"span {sid!r} {surface!r}: unit {unit!r} must be a lower-case string")
            elif us_spelling(unit) != unit:
                problems.append(f"span {sid!r} {surface!r}: unit {unit!r} must be in US spelling "
                                f"({us_spelling(unit)!r})")
            metric = span.get("metric")
            if metric not in METRICS:
                problems.append(f"span {sid!r} {surface!r}: metric {metric!r} not in {METRICS}")
            direction = span.get("direction")
            if direction not in DIRECTIONS:
                problems.append(f"span {sid!r} {surface!r}: direction {direction!r} not in up/down/null")
            if direction is not None and metric != "CHANGE":
                problems.append(f"span {sid!r} {surface!r}: direction is for CHANGE only (metric {metric})")
        if label == "BASELINE":
            btype = span.get("type")
            if btype not in BASELINE_TYPES:
                problems.append(f"span {sid!r} {surface!r}: type {btype!r} not in {BASELINE_TYPES}")
            year = span.get("year")
            if btype == "year" and not isinstance(year, int):
                problems.append(f"span {sid!r} {surface!r}: type 'year' needs an integer 'year'")
            if year is not None and not isinstance(year, int):
                problems.append(f"span {sid!r} {surface!r}: year {year!r} must be an integer or null")
    seen_rel = set()
    for rel in relations:
        head, child, label = rel.get("head"), rel.get("child"), rel.get("label")
        if label not in RELATION_LABELS:
            problems.append(f"relation {head} -{label}-> {child}: label not in {RELATION_LABELS}")
            continue
        if head not in by_id or child not in by_id:
            problems.append(f"relation {head} -{label}-> {child}: unknown span id")
            continue
        if head == child:
            problems.append(f"relation {head} -{label}-> {child}: a span cannot relate to itself")
        want_head, want_child = RELATION_ENDS[label]
        if by_id[head].get("label") != want_head or by_id[child].get("label") != want_child:
            problems.append(
                f"relation {head} -{label}-> {child}: needs {want_head} -> {want_child}, got "
                f"{by_id[head].get('label')} -> {by_id[child].get('label')}"
            )
        if label in ("MODIFIES", "BASELINE") and by_id[head].get("metric") not in ("CHANGE", "SHARE"):
            problems.append(f"relation {head} -{label}-> {child}: head must be a CHANGE or SHARE "
                            f"(is {by_id[head].get('metric')})")
        key = (head, child, label)
        if key in seen_rel:
            problems.append(f"relation {head} -{label}-> {child}: duplicate relation")
        seen_rel.add(key)
    for label in ("CATEGORY", "MODIFIES"):
        counts: dict[str, int] = {}
        for rel in relations:
            if rel.get("label") == label:
                counts[rel.get("head")] = counts.get(rel.get("head"), 0) + 1
        for head, count in counts.items():
            if count > 1:
                problems.append(f"quantity {head!r} has {count} {label} relations (at most one)")
    modifiers = {rel.get("head") for rel in relations if rel.get("label") == "MODIFIES"}
    for rel in relations:
        if rel.get("label") == "CATEGORY" and rel.get("head") in modifiers:
            problems.append(f"quantity {rel.get('head')!r} MODIFIES another and so takes no CATEGORY")
    return problems
