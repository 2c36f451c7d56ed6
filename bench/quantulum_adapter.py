"""Turn quantulum3 0.10.0 output into FORMAT §2 QUANTITY spans so pipeline.scoring can score it.

One quantulum3 ``Quantity`` becomes one span:

| FORMAT §2 field | from quantulum3                                                           |
|-----------------|---------------------------------------------------------------------------|
| start, end      | ``Quantity.span`` (offsets into the original text), trimmed of white space |
| value           | ``Quantity.value`` (a float; ints when whole)                              |
| unit            | ``Quantity.unit.name`` through ``UNIT_MAP`` (see ``map_unit``)             |
| quantulum_unit, quantulum_entity | ``unit.name`` and ``unit.entity.name`` as given (kept for reading, not scored) |
| value_max, bound, metric, direction | not produced by quantulum3: ``null``, ``=``, ``null``, ``null`` |

Units: quantulum3 names units in British spelling and its own vocabulary; ours are lower-case,
singular, US spelling (FORMAT §3). ``UNIT_MAP`` maps the names that mean the same thing; a compound
``A per B`` is mapped part by part; ``metre``/``litre``/``tonne`` are respelled inside any other
name. quantulum3 reads ``tons`` as ``short ton`` and a bare ``$`` as ``dollar``; in these releases
both mean our ``ton`` and ``us dollar``, so they are mapped too; its ``count`` unit is what it reads
in ``1.3 times``, our ``times``. A number without a unit
(``dimensionless``) gets ``unit: null``: quantulum3 has no notion of the counted noun that our
COUNT units name (``case``, ``person``), so such units are scored wrong, which is the honest result.
Nothing is filtered: years, dates and numbers in names that quantulum3 reports count as spurious.
This module must not import relstats (it runs inside ``.venv-bench``).
"""

from __future__ import annotations

UNIT_MAP = {
    # shares and changes
    "percentage": "percent",
    "per cent": "percent",
    "percent": "percent",
    "percentage point": "percentage point",
    "basis point": "basis point",
    "dimensionless": None,
    "count": "times",  # quantulum3's unit for the surfaces "times", "instance", "count": `1.3 times`
    # money
    "chinese yuan": "yuan",
    "renminbi": "yuan",
    "dollar": "us dollar",
    "united states dollar": "us dollar",
    "hong kong dollar": "hong kong dollar",
    "canadian dollar": "canadian dollar",
    "euro": "euro",
    "pound sterling": "pound sterling",
    "japanese yen": "yen",
    "yen": "yen",
    "cent": "cent",
    # mass
    "tonne": "ton",
    "metric ton": "ton",
    "short ton": "ton",
    "ton": "ton",
    "kilogram": "kilogram",
    "gram": "gram",
    "microgram": "microgram",
    "pound-mass": "pound",
    "ounce": "ounce",
    "bushel": "bushel",
    # length, area, volume
    "kilometre": "kilometer",
    "metre": "meter",
    "square metre": "square meter",
    "square kilometre": "square kilometer",
    "cubic metre": "cubic meter",
    "hectare": "hectare",
    "acre": "acre",
    "litre": "liter",
    "gallon": "gallon",
    # energy and time
    "kilowatt hour": "kilowatt hour",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}
RESPELL = {"metre": "meter", "litre": "liter", "tonne": "ton"}


def map_unit(name: str | None) -> str | None:
    """quantulum3's unit name in FORMAT §3 terms (``None`` for a bare number)."""
    if name is None:
        return None
    name = name.strip().lower()
    if name in UNIT_MAP:
        return UNIT_MAP[name]
    if " per " in name:
        parts = [map_unit(part) for part in name.split(" per ")]
        return " per ".join(part or "" for part in parts).strip() or None
    return " ".join(RESPELL.get(word, word) for word in name.split())


def _number(value):
    value = float(value)
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def to_spans(text: str, quantities) -> list[dict]:
    """FORMAT §2 QUANTITY spans for quantulum3 ``quantities`` found in ``text``."""
    spans = []
    for q in quantities:
        start, end = max(0, int(q.span[0])), min(len(text), int(q.span[1]))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        spans.append(
            {
                "start": start,
                "end": end,
                "label": "QUANTITY",
                "value": _number(q.value),
                "value_max": None,
                "bound": "=",
                "unit": map_unit(q.unit.name),
                "metric": None,
                "direction": None,
                "quantulum_unit": q.unit.name,
                "quantulum_entity": q.unit.entity.name,
            }
        )
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for k, span in enumerate(spans, start=1):
        span["id"] = f"q{k}"
    return spans


def to_document(doc: dict, quantities) -> dict:
    """A FORMAT §2 document for FORMAT §1 ``doc`` from quantulum3's ``quantities``."""
    return {"id": doc["id"], "text": doc["text"], "meta": doc.get("meta") or {},
            "spans": to_spans(doc["text"], quantities), "relations": []}
