"""Lossless conversion between FORMAT §2 documents and doccano's relation JSONL.

Format followed: doccano 1.8.4 (the current release), Sequence Labeling project with "Use relation
labeling" on. Import and export use the same record, one JSON object a line::

    {"text": "...",
     "entities":  [{"id": 1, "label": "QUANTITY", "start_offset": 215, "end_offset": 220}, ...],
     "relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "CATEGORY"}, ...],
     "relstats":  {...}}

(``backend/data_import``: ``RelationExtractionDataset`` reads ``entities`` and ``relations``, relation
ends refer to the entity ``id`` given in the same record, and every other field of the record is kept
as the example's metadata; ``backend/data_export``: the JSONL export writes ``{"id": <example id>,
"text", **metadata, "entities", "relations", "Comments"}`` with database ids for entities and
relations.) ``from_id`` is the head, ``to_id`` the child.

doccano has no span attributes and renumbers entities, so everything else travels in the extra
field ``relstats``, which doccano stores as metadata, shows in the annotation view and writes back
on export:

* ``doc_id``, ``meta`` and ``extra`` (other document-level fields);
* ``spans``: for each span its FORMAT ``id``, ``start``, ``end``, ``label``, the doccano entity id it
  was written with (``entity``) and ``attrs``, every other field (QUANTITY value, value_max, bound,
  unit, metric, direction; BASELINE type, year; PERIOD dates; prediction fields such as ``score``);
* ``relations``: every relation with its extra fields, which also fixes their order.

On the way back an entity takes the stored span with the same entity id and offsets and label (a
file we wrote), else one with the same offsets and label (after a round trip through doccano),
else the most-overlapping one with the same label (boundaries corrected in doccano); so ids and
attributes survive re-annotation. An entity drawn in doccano gets a new id (``q7``, ``c3``, ...)
and, for QUANTITY and BASELINE, its attributes set to null for completion elsewhere. Offsets are
Python string indices (code points). Plain Python; no spaCy import.
"""

from __future__ import annotations

from typing import Any, Iterable

DOCCANO_VERSION = "1.8.4"
EXTRA_FIELD = "relstats"
_CORE_SPAN_KEYS = ("id", "start", "end", "label")
_CORE_DOC_KEYS = ("id", "text", "meta", "spans", "relations")
_NEW_SPAN_ATTRS = {
    "QUANTITY": ("value", "value_max", "bound", "unit", "metric", "direction"),
    "BASELINE": ("type", "year"),
}
_PREFIX = {"QUANTITY": "q", "CATEGORY": "c", "BASELINE": "b", "PERIOD": "p"}


def to_doccano(docs: Iterable[dict]) -> list[dict]:
    """FORMAT §2 documents -> doccano relation JSONL records (one dict a line)."""
    records = []
    for doc in docs:
        name = doc.get("id")
        entity_of: dict[str, int] = {}
        entities, stored_spans = [], []
        for number, span in enumerate(doc.get("spans", []), start=1):
            for key in _CORE_SPAN_KEYS:
                if key not in span:
                    raise ValueError(f"document {name!r}: span {span.get('id')!r} has no {key!r}")
            if span["id"] in entity_of:
                raise ValueError(f"document {name!r}: span id {span['id']!r} is used twice")
            entity_of[span["id"]] = number
            entities.append(
                {"id": number, "label": span["label"], "start_offset": span["start"], "end_offset": span["end"]}
            )
            stored_spans.append(
                {
                    "entity": number,
                    "id": span["id"],
                    "start": span["start"],
                    "end": span["end"],
                    "label": span["label"],
                    "attrs": {k: v for k, v in span.items() if k not in _CORE_SPAN_KEYS},
                }
            )
        relations, stored_relations = [], []
        for number, rel in enumerate(doc.get("relations", []), start=1):
            head, child, label = rel.get("head"), rel.get("child"), rel.get("label")
            if head not in entity_of or child not in entity_of:
                raise ValueError(f"document {name!r}: relation {head} -{label}-> {child} names an unknown span")
            if not isinstance(label, str):
                raise ValueError(f"document {name!r}: relation {head} -> {child} has no label")
            relations.append({"id": number, "from_id": entity_of[head], "to_id": entity_of[child], "type": label})
            stored = {"head": head, "child": child, "label": label}
            extra = {k: v for k, v in rel.items() if k not in ("head", "child", "label")}
            if extra:
                stored["extra"] = extra
            stored_relations.append(stored)
        ours: dict[str, Any] = {"doc_id": doc["id"]}
        if "meta" in doc:
            ours["meta"] = doc["meta"]
        extra = {k: v for k, v in doc.items() if k not in _CORE_DOC_KEYS}
        if extra:
            ours["extra"] = extra
        ours["spans"] = stored_spans
        ours["relations"] = stored_relations
        records.append({"text": doc["text"], "entities": entities, "relations": relations, EXTRA_FIELD: ours})
    return records


def _entities(record: dict, name: str) -> list[dict]:
    if "entities" in record:
        raw = record["entities"] or []
    else:  # a Sequence Labeling export without relations: "label": [[start, end, label], ...]
        raw = [
            {"id": f"t{i}", "start_offset": item[0], "end_offset": item[1], "label": item[2]}
            for i, item in enumerate(record.get("label") or [])
            if isinstance(item, (list, tuple)) and len(item) == 3
        ]
    out = []
    for ent in raw:
        start, end, label = ent.get("start_offset"), ent.get("end_offset"), ent.get("label")
        if not isinstance(start, int) or not isinstance(end, int) or not isinstance(label, str):
            raise ValueError(f"record {name!r}: entity {ent.get('id')!r} needs start_offset, end_offset and label")
        out.append({"entity": ent.get("id"), "start": start, "end": end, "label": label})
    return out


def _match(entities: list[dict], stored: list[dict]) -> dict[int, int]:
    """entity index -> stored span index, by the passes described in the module docstring."""
    matched: dict[int, int] = {}
    used: set[int] = set()

    def same(e: dict, s: dict) -> bool:
        return (e["start"], e["end"], e["label"]) == (s.get("start"), s.get("end"), s.get("label"))

    for ei, ent in enumerate(entities):
        for si, span in enumerate(stored):
            if si not in used and span.get("entity") == ent["entity"] and same(ent, span):
                matched[ei] = si
                used.add(si)
                break
    for ei, ent in enumerate(entities):
        if ei in matched:
            continue
        for si, span in enumerate(stored):
            if si not in used and same(ent, span):
                matched[ei] = si
                used.add(si)
                break
    for ei, ent in enumerate(entities):
        if ei in matched:
            continue
        best, best_overlap = None, 0
        for si, span in enumerate(stored):
            if si in used or span.get("label") != ent["label"]:
                continue
            if not isinstance(span.get("start"), int) or not isinstance(span.get("end"), int):
                continue
            overlap = min(ent["end"], span["end"]) - max(ent["start"], span["start"])
            if overlap > best_overlap:
                best, best_overlap = si, overlap
        if best is not None:
            matched[ei] = best
            used.add(best)
    return matched


def _new_id(label: str, taken: set[str]) -> str:
    prefix = _PREFIX.get(label, "s")
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    taken.add(f"{prefix}{number}")
    return f"{prefix}{number}"


def _record_to_doc(record: dict, index: int) -> dict:
    ours = record.get(EXTRA_FIELD) if isinstance(record.get(EXTRA_FIELD), dict) else {}
    name = ours.get("doc_id")
    if name is None:
        name = str(record["id"]) if record.get("id") is not None else f"doccano-{index}"
    text = record.get("text", record.get("data"))
    if not isinstance(text, str):
        raise ValueError(f"record {name!r}: no text")
    entities = _entities(record, name)
    stored = [s for s in ours.get("spans") or [] if isinstance(s, dict)]
    matched = _match(entities, stored)

    taken = {str(s.get("id")) for s in stored}
    placed: list[tuple[tuple, dict]] = []
    span_of_entity: dict[Any, Any] = {}
    for ei, ent in enumerate(entities):
        if ei in matched:
            si = matched[ei]
            sid = stored[si]["id"]
            attrs = dict(stored[si].get("attrs") or {})
            key: tuple = (0, si)
        else:
            sid = _new_id(ent["label"], taken)
            attrs = {k: None for k in _NEW_SPAN_ATTRS.get(ent["label"], ())}
            key = (1, ent["start"], ent["end"], ei)
        span = {"id": sid, "start": ent["start"], "end": ent["end"], "label": ent["label"], **attrs}
        if ent["entity"] in span_of_entity:
            raise ValueError(f"record {name!r}: entity id {ent['entity']!r} is used twice")
        span_of_entity[ent["entity"]] = sid
        placed.append((key, span))
    placed.sort(key=lambda item: item[0])

    found = []
    for rel in record.get("relations") or []:
        head, child = rel.get("from_id"), rel.get("to_id")
        for end in (head, child):
            if end not in span_of_entity:
                raise ValueError(f"record {name!r}: relation {rel.get('id')!r} points at unknown entity {end!r}")
        if not isinstance(rel.get("type"), str):
            raise ValueError(f"record {name!r}: relation {rel.get('id')!r} has no type")
        found.append({"head": span_of_entity[head], "child": span_of_entity[child], "label": rel["type"]})
    stored_rels = [r for r in ours.get("relations") or [] if isinstance(r, dict)]

    def position(rel: dict) -> tuple:
        for i, s in enumerate(stored_rels):
            if (s.get("head"), s.get("child"), s.get("label")) == (rel["head"], rel["child"], rel["label"]):
                return (0, i)
        return (1, 0)

    relations = []
    for _pos, rel in sorted(((position(r), r) for r in found), key=lambda item: item[0]):
        if _pos[0] == 0:
            for key, val in (stored_rels[_pos[1]].get("extra") or {}).items():
                rel.setdefault(key, val)
        relations.append(rel)

    doc: dict[str, Any] = {"id": name, "text": text}
    if "meta" in ours:
        doc["meta"] = ours["meta"]
    doc["spans"] = [span for _key, span in placed]
    doc["relations"] = relations
    for key, val in (ours.get("extra") or {}).items():
        doc.setdefault(key, val)
    return doc


def from_doccano(records: Iterable[dict]) -> list[dict]:
    """doccano relation JSONL records (ours, or exported by doccano) -> FORMAT §2 documents.

    Raises ValueError naming the record when a relation points at an entity that is not in it.
    """
    return [_record_to_doc(record, index) for index, record in enumerate(records)]
