"""Lossless conversion between FORMAT §2 documents and Label Studio tasks.

Format followed: the Label Studio 1.x JSON task format as documented for Label Studio 1.23
("Label Studio JSON format of annotated tasks", "How Label Studio saves results in annotations",
"Import pre-annotated data into Label Studio", and the tag pages of Labels, Relations, TextArea,
Choices, Number and DateTime). One FORMAT document is one task:

* ``data`` holds ``text``, ``id`` and ``meta`` (and ``extra`` for any other document-level field).
* each span is one ``labels`` region: ``{"id": <span id>, "from_name": "label", "to_name": "text",
  "type": "labels", "value": {"start", "end", "text", "labels": [LABEL]}}``; a numeric span
  ``score`` goes to ``value.score``, where the pre-annotation guide puts per-region scores.
* each relation is a ``relation`` result: ``{"type": "relation", "from_id": head, "to_id": child,
  "direction": "right", "labels": [LABEL]}`` (``from_id`` is the head, as FORMAT §4 writes it).
* span attributes are per-region results of controls declared ``perRegion="true"`` in
  :func:`labeling_config`, bound to their region by sharing its ``id`` (the documented per-region
  mechanism): QUANTITY ``value``/``value_max``/``unit`` as TextArea (``value.text``; numbers as JSON
  text so floats survive, since the Number tag's step check rejects decimals), ``bound``/``metric``/
  ``direction`` as Choices (``value.choices``); BASELINE ``type`` as Choices (control name
  ``baseline_type``) and ``year`` as Number (``baseline_year``, ``value.number``); PERIOD
  ``date_from``/``date_to`` as DateTime ``only="date"`` (``value.datetime``). A null attribute has no
  result. Annotators see and edit all of these in the region panel.
* whatever has no control (extra prediction fields such as ``sentence``, attribute values a control
  cannot hold, whether an attribute key was absent rather than null, a span id Label Studio would not
  accept as a region id, extra relation fields) rides in the labels result's ``meta`` under the key
  ``"relstats"``; Label Studio keeps a result's ``meta`` verbatim on import and export.

``to_labelstudio(..., as_predictions=True)`` writes the results under ``predictions`` (with
``model_version`` and, when the document has one, ``score``) for a correction workflow; otherwise
under ``annotations``. :func:`from_labelstudio` reads the first non-cancelled annotation (a
ground-truth one first), else the first prediction, and also accepts tasks exported from Label
Studio itself (numeric task ids, regions drawn in the UI, ``origin`` fields and the like).
Offsets are Python string indices (Unicode code points), which is what Label Studio stores for Text.

Plain Python; no spaCy import.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
import xml.etree.ElementTree as ET
from typing import Any, Iterable

from pipeline.schema import BASELINE_TYPES, BOUNDS, METRICS, RELATION_ENDS, RELATION_LABELS, SPAN_LABELS

LABEL_STUDIO_VERSION = "1.x (checked against the 1.23 documentation)"

TEXT_NAME = "text"
LABELS_NAME = "label"
META_KEY = "relstats"
_DIRECTIONS = ("up", "down")
_REGION_ID = re.compile(r"^[A-Za-z0-9_-]+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CORE_SPAN_KEYS = ("id", "start", "end", "label")
_CORE_DOC_KEYS = ("id", "text", "meta", "spans", "relations")

#: span label -> attribute key -> (control name, control tag, result type, key inside ``value``)
CONTROLS: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "QUANTITY": {
        "value": ("value", "TextArea", "textarea", "text"),
        "value_max": ("value_max", "TextArea", "textarea", "text"),
        "bound": ("bound", "Choices", "choices", "choices"),
        "unit": ("unit", "TextArea", "textarea", "text"),
        "metric": ("metric", "Choices", "choices", "choices"),
        "direction": ("direction", "Choices", "choices", "choices"),
    },
    "BASELINE": {
        "type": ("baseline_type", "Choices", "choices", "choices"),
        "year": ("baseline_year", "Number", "number", "number"),
    },
    "PERIOD": {
        "date_from": ("date_from", "DateTime", "datetime", "datetime"),
        "date_to": ("date_to", "DateTime", "datetime", "datetime"),
    },
    "CATEGORY": {},
}

#: attributes every span of the label carries (null when unknown); others appear only when given
DEFAULT_KEYS = {
    "QUANTITY": ("value", "value_max", "bound", "unit", "metric", "direction"),
    "BASELINE": ("type", "year"),
    "PERIOD": (),
    "CATEGORY": (),
}

CHOICE_OPTIONS = {
    "bound": BOUNDS,
    "metric": METRICS,
    "direction": _DIRECTIONS,
    "baseline_type": BASELINE_TYPES,
}

_PLACEHOLDERS = {
    "value": "value: the scaled number (66973000, 189.5)",
    "value_max": "value_max: upper end of a range, else empty",
    "unit": "unit: lower-case singular (percent, case, us dollar per barrel)",
}

#: control name -> (span label, attribute key, result type, value key)
_BY_CONTROL = {
    spec[0]: (label, key, spec[2], spec[3]) for label, keys in CONTROLS.items() for key, spec in keys.items()
}

_LABEL_COLOURS = {"QUANTITY": "#e8590c", "CATEGORY": "#1c7ed6", "BASELINE": "#2f9e44", "PERIOD": "#9c36b5"}


# --------------------------------------------------------------------------- labeling config


def labeling_config() -> str:
    """The Label Studio labeling config (XML) that :func:`to_labelstudio` output is written for."""
    view = ET.Element("View")
    style = ET.SubElement(view, "Style")
    # keep every space and line break so offsets match the text exactly (Text tag docs)
    style.text = ".htx-text { white-space: pre-wrap; }"
    labels = ET.SubElement(view, "Labels", name=LABELS_NAME, toName=TEXT_NAME)
    for label in SPAN_LABELS:
        ET.SubElement(labels, "Label", value=label, background=_LABEL_COLOURS[label])
    relations = ET.SubElement(view, "Relations")
    for label in RELATION_LABELS:
        ET.SubElement(relations, "Relation", value=label)
    ET.SubElement(view, "Text", name=TEXT_NAME, value="$text")
    for span_label, keys in CONTROLS.items():
        if not keys:
            continue
        panel = ET.SubElement(
            view, "View", visibleWhen="region-selected", whenLabelValue=span_label
        )
        ET.SubElement(panel, "Header", value=f"{span_label} attributes", size="5")
        for key, (name, tag, _rtype, _vkey) in keys.items():
            attrs = {"name": name, "toName": TEXT_NAME, "perRegion": "true", "whenLabelValue": span_label}
            if tag == "TextArea":
                attrs.update(
                    editable="true", maxSubmissions="1", rows="1", placeholder=_PLACEHOLDERS.get(name, key)
                )
                ET.SubElement(panel, "Header", value=key, size="6")
                ET.SubElement(panel, tag, **attrs)
            elif tag == "Choices":
                ET.SubElement(panel, "Header", value=key, size="6")
                choices = ET.SubElement(panel, tag, choice="single", showInline="true", **attrs)
                for option in CHOICE_OPTIONS[name]:
                    ET.SubElement(choices, "Choice", value=option)
            elif tag == "Number":
                ET.SubElement(panel, "Header", value=key, size="6")
                ET.SubElement(panel, tag, **attrs)
            elif tag == "DateTime":
                ET.SubElement(panel, "Header", value=key, size="6")
                ET.SubElement(panel, tag, only="date", **attrs)
    ET.indent(view, space="  ")
    return ET.tostring(view, encoding="unicode") + "\n"


# --------------------------------------------------------------------------- helpers


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _control_can_hold(name: str, value: Any) -> bool:
    """Whether the control ``name`` can carry ``value`` so that it comes back identical."""
    if name in ("value", "value_max"):
        return _is_number(value)
    if name == "unit":
        return isinstance(value, str) and value != "" and value == value.strip() and "\n" not in value
    if name in CHOICE_OPTIONS:
        return isinstance(value, str) and value in CHOICE_OPTIONS[name]
    if name == "baseline_year":
        return isinstance(value, int) and not isinstance(value, bool)
    if name in ("date_from", "date_to"):
        return _is_iso_date(value)
    return False


def _control_value(name: str, value: Any) -> Any:
    if name in ("value", "value_max"):
        return [json.dumps(value)]
    if name == "unit":
        return [value]
    if name in CHOICE_OPTIONS:
        return [value]
    return value  # number, datetime


def _parse_control(task_name: str, region: str, name: str, value_key: str, value: dict) -> Any:
    raw = value.get(value_key)
    where = f"task {task_name!r}: region {region!r}, {name}"
    if value_key in ("text", "choices"):
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            raise ValueError(f"{where}: expected a list in value.{value_key}, got {raw!r}")
        items = [item for item in raw if isinstance(item, str) and item.strip()]
        if not items:
            return None
        if len(items) > 1 and value_key == "choices":
            raise ValueError(f"{where}: one choice expected, got {items!r}")
        item = items[0]
        if name in ("value", "value_max"):
            cleaned = re.sub(r"[\s,_]", "", item)
            try:
                number = json.loads(cleaned)
            except ValueError:
                number = None
            if not _is_number(number):
                raise ValueError(f"{where}: {item!r} is not a number")
            return number
        if name == "unit":
            return item.strip()
        return item
    if value_key == "number":
        if raw is None:
            return None
        if not _is_number(raw):
            raise ValueError(f"{where}: {raw!r} is not a number")
        return int(raw) if isinstance(raw, float) and raw.is_integer() else raw
    if value_key == "datetime":
        if raw in (None, ""):
            return None
        if not isinstance(raw, str):
            raise ValueError(f"{where}: {raw!r} is not a date")
        return raw[:10] if _is_iso_date(raw[:10]) else raw
    return raw


def _safe_region_ids(doc: dict) -> dict[str, str]:
    """Our span id -> a Label Studio region id (``A-Za-z0-9_-``, unique in the task)."""
    ids = [str(span["id"]) for span in doc.get("spans", [])]
    taken = {sid for sid in ids if _REGION_ID.match(sid)}
    mapping: dict[str, str] = {}
    counter = 0
    for sid in ids:
        if _REGION_ID.match(sid):
            mapping[sid] = sid
            continue
        counter += 1
        while f"r{counter}" in taken:
            counter += 1
        mapping[sid] = f"r{counter}"
        taken.add(mapping[sid])
    return mapping


# --------------------------------------------------------------------------- to Label Studio


def _span_results(doc: dict, span: dict, region_id: str, text: str) -> list[dict]:
    label = span["label"]
    start, end = span["start"], span["end"]
    controls = CONTROLS.get(label, {})
    defaults = DEFAULT_KEYS.get(label, ())
    value = {"start": start, "end": end, "text": text[start:end], "labels": [label]}
    extra: dict[str, Any] = {}
    absent: list[str] = []
    nulls: list[str] = []
    attr_results: list[dict] = []
    for key, val in span.items():
        if key in _CORE_SPAN_KEYS or key in controls:
            continue
        if key == "score" and _is_number(val):
            value["score"] = val
        else:
            extra[key] = val
    for key, (name, _tag, rtype, vkey) in controls.items():
        if key not in span:
            if key in defaults:
                absent.append(key)
            continue
        val = span[key]
        if val is None:
            if key not in defaults:
                nulls.append(key)
            continue
        if not _control_can_hold(name, val):
            extra[key] = val
            continue
        attr_results.append(
            {
                "id": region_id,
                "from_name": name,
                "to_name": TEXT_NAME,
                "type": rtype,
                "value": {"start": start, "end": end, "text": text[start:end], vkey: _control_value(name, val)},
            }
        )
    region = {"id": region_id, "from_name": LABELS_NAME, "to_name": TEXT_NAME, "type": "labels", "value": value}
    ours: dict[str, Any] = {}
    if str(span["id"]) != region_id or not isinstance(span["id"], str):
        ours["id"] = span["id"]
    if extra:
        ours["extra"] = extra
    if absent:
        ours["absent"] = absent
    if nulls:
        ours["null"] = nulls
    if ours:
        region["meta"] = {META_KEY: ours}
    return [region, *attr_results]


def _doc_results(doc: dict) -> list[dict]:
    text = doc["text"]
    name = doc.get("id")
    region_ids = _safe_region_ids(doc)
    results: list[dict] = []
    regions: dict[str, dict] = {}
    for span in doc.get("spans", []):
        for key in _CORE_SPAN_KEYS:
            if key not in span:
                raise ValueError(f"document {name!r}: span {span.get('id')!r} has no {key!r}")
        span_results = _span_results(doc, span, region_ids[str(span["id"])], text)
        regions[str(span["id"])] = span_results[0]
        results.extend(span_results)
    for rel in doc.get("relations", []):
        head, child = str(rel.get("head")), str(rel.get("child"))
        if not isinstance(rel.get("label"), str):
            raise ValueError(f"document {name!r}: relation {head} -> {child} has no label")
        if head not in regions or child not in regions:
            raise ValueError(f"document {name!r}: relation {head} -{rel.get('label')}-> {child} names an unknown span")
        results.append(
            {
                "from_id": region_ids[head],
                "to_id": region_ids[child],
                "type": "relation",
                "direction": "right",
                "labels": [rel["label"]],
            }
        )
        extra = {k: v for k, v in rel.items() if k not in ("head", "child", "label")}
        if extra:
            ours = regions[head].setdefault("meta", {}).setdefault(META_KEY, {})
            ours.setdefault("relations", []).append({"child": rel["child"], "label": rel["label"], "extra": extra})
    return results


def to_labelstudio(docs: Iterable[dict], as_predictions: bool = False, model_version: str | None = None) -> list[dict]:
    """FORMAT §2 documents -> Label Studio tasks (``annotations``, or ``predictions`` if asked)."""
    tasks = []
    for doc in docs:
        data: dict[str, Any] = {"text": doc["text"], "id": doc["id"]}
        if "meta" in doc:
            data["meta"] = doc["meta"]
        extra = {k: v for k, v in doc.items() if k not in _CORE_DOC_KEYS}
        results = _doc_results(doc)
        if as_predictions:
            prediction: dict[str, Any] = {}
            if model_version is not None:
                prediction["model_version"] = model_version
            if _is_number(extra.get("score")):
                prediction["score"] = extra.pop("score")
            prediction["result"] = results
            if extra:
                data["extra"] = extra
            tasks.append({"data": data, "predictions": [prediction]})
        else:
            if extra:
                data["extra"] = extra
            tasks.append({"data": data, "annotations": [{"result": results}]})
    return tasks


# --------------------------------------------------------------------------- from Label Studio


def _task_name(task: dict, index: int) -> str:
    data = task.get("data") if isinstance(task.get("data"), dict) else {}
    for value in (data.get("id"), task.get("id")):
        if value is not None and value != "":
            return str(value)
    return f"#{index}"


def _pick_results(task: dict, name: str) -> tuple[list, dict | None]:
    """(results, prediction) from the annotation to use, else the first prediction."""
    annotations = [
        a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")
    ]
    if annotations:
        chosen = next((a for a in annotations if a.get("ground_truth")), annotations[0])
        return chosen.get("result") or [], None
    predictions = [p for p in task.get("predictions") or [] if isinstance(p, dict)]
    if predictions:
        return predictions[0].get("result") or [], predictions[0]
    return [], None


def _clean_id(value: Any) -> str:
    return str(value).split("#", 1)[0]


def _relation_ends(task_name: str, res: dict, spans: dict[str, dict], label: str) -> tuple[str, str]:
    a, b = _clean_id(res.get("from_id")), _clean_id(res.get("to_id"))
    for end in (a, b):
        if end not in spans:
            raise ValueError(f"task {task_name!r}: relation {a} -> {b} points at unknown region {end!r}")
    direction = res.get("direction", "right")
    if direction == "left":
        return b, a
    if direction == "bi":
        ends = RELATION_ENDS.get(label)
        if ends and ends[0] != ends[1]:
            if spans[a]["label"] == ends[0] and spans[b]["label"] == ends[1]:
                return a, b
            if spans[b]["label"] == ends[0] and spans[a]["label"] == ends[1]:
                return b, a
        raise ValueError(f"task {task_name!r}: bidirectional {label} relation {a} <-> {b}: draw it head -> child")
    return a, b


def _task_to_doc(task: dict, index: int) -> dict:
    name = _task_name(task, index)
    data = task.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError(f"task {name!r}: data.text is missing")
    text = data["text"]
    results, prediction = _pick_results(task, name)
    doc: dict[str, Any] = {"id": name, "text": text}
    if "meta" in data:
        doc["meta"] = data["meta"]

    spans: dict[str, dict] = {}
    ours_by_region: dict[str, dict] = {}
    order: list[str] = []
    for res in results:
        if not isinstance(res, dict) or res.get("type") != "labels":
            continue
        rid = _clean_id(res.get("id"))
        value = res.get("value") or {}
        labels = value.get("labels") or []
        start, end = value.get("start"), value.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
            raise ValueError(f"task {name!r}: region {rid!r} has no integer start/end offsets")
        if len(labels) != 1:
            raise ValueError(f"task {name!r}: region {rid!r} must carry exactly one label, has {labels!r}")
        if rid in spans:
            raise ValueError(f"task {name!r}: region id {rid!r} is used twice")
        span: dict[str, Any] = {"id": rid, "start": start, "end": end, "label": labels[0]}
        score = value.get("score", res.get("score"))
        if _is_number(score):
            span["score"] = score
        spans[rid] = span
        order.append(rid)
        meta = res.get("meta")
        if isinstance(meta, dict) and isinstance(meta.get(META_KEY), dict):
            ours_by_region[rid] = meta[META_KEY]

    controlled: dict[str, dict] = {rid: {} for rid in spans}
    relations_raw: list[dict] = []
    for res in results:
        if not isinstance(res, dict):
            continue
        rtype = res.get("type")
        if rtype == "relation":
            relations_raw.append(res)
            continue
        if rtype == "labels":
            continue
        from_name = res.get("from_name")
        if from_name not in _BY_CONTROL:
            continue  # a control this converter does not know: not ours to read
        rid = _clean_id(res.get("id"))
        if rid not in spans:
            raise ValueError(f"task {name!r}: {from_name} result points at unknown region {rid!r}")
        _label, key, _rt, vkey = _BY_CONTROL[from_name]
        parsed = _parse_control(name, rid, from_name, vkey, res.get("value") or {})
        if parsed is not None:
            controlled[rid][key] = parsed

    for rid, span in spans.items():
        label = span["label"]
        ours = ours_by_region.get(rid, {})
        attrs: dict[str, Any] = dict(controlled[rid])
        for key, val in (ours.get("extra") or {}).items():
            attrs.setdefault(key, val)
        for key in DEFAULT_KEYS.get(label, ()):
            attrs.setdefault(key, None)
        for key in ours.get("absent") or []:
            if attrs.get(key, "missing") is None:
                del attrs[key]
        for key in ours.get("null") or []:
            attrs.setdefault(key, None)
        span.update(attrs)

    # span ids: the region id, or the original id kept in meta when Label Studio could not take it
    rename = {rid: ours_by_region[rid]["id"] for rid in spans if "id" in ours_by_region.get(rid, {})}
    relations = []
    for res in relations_raw:
        labels = res.get("labels") or []
        if len(labels) != 1:
            raise ValueError(
                f"task {name!r}: relation {res.get('from_id')} -> {res.get('to_id')} must carry exactly one "
                f"label, has {labels!r}"
            )
        head, child = _relation_ends(name, res, spans, labels[0])
        rel: dict[str, Any] = {"head": rename.get(head, head), "child": rename.get(child, child), "label": labels[0]}
        for stored in ours_by_region.get(head, {}).get("relations") or []:
            if stored.get("child") == rel["child"] and stored.get("label") == rel["label"]:
                for key, val in (stored.get("extra") or {}).items():
                    rel.setdefault(key, val)
                break
        relations.append(rel)

    out_spans = []
    for rid in order:
        span = spans[rid]
        if rid in rename:
            span["id"] = rename[rid]
        out_spans.append(span)
    doc["spans"] = out_spans
    doc["relations"] = relations
    extra = data.get("extra")
    if isinstance(extra, dict):
        for key, val in extra.items():
            doc.setdefault(key, val)
    if prediction is not None and _is_number(prediction.get("score")):
        doc.setdefault("score", prediction["score"])
    return doc


def from_labelstudio(tasks: Iterable[dict]) -> list[dict]:
    """Label Studio tasks (ours or exported from Label Studio) -> FORMAT §2 documents.

    Raises ValueError naming the task when a result points at a region that is not in it, a
    region has no offsets or not exactly one label, or a relation has no label.
    """
    return [_task_to_doc(task, index) for index, task in enumerate(tasks)]
