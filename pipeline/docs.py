"""Reading releases (``.txt`` files, folders, docs JSONL) and writing FORMAT §2 documents.

Every input problem raises :class:`InputError` naming the file (and line for JSONL); no document
is ever dropped silently.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc

from pipeline.extensions import relations_of, spans_of
from pipeline.schema import document_problems


class InputError(ValueError):
    """An input file that cannot be read as releases; the message names the file and line."""


def read_jsonl(path: str | Path) -> list[dict]:
    """Documents of a JSONL file, one object a line (blank lines skipped), each with ``text`` and ``id``.

    Builds on the scorer's reader (:func:`pipeline.scoring.read_jsonl`) and adds the checks a
    document needs, all raised as :class:`InputError` naming file and line.
    """
    from pipeline.scoring import read_jsonl as read_objects

    path = Path(path)
    try:
        objects = read_objects(path)
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read ({err})") from None
    except ValueError as err:
        raise InputError(str(err)) from None
    lines = [k for k, line in enumerate(path.read_text(encoding="utf-8-sig").split("\n"), 1) if line.strip()]
    for lineno, doc in zip(lines, objects):
        if not isinstance(doc.get("text"), str):
            raise InputError(f"{path}:{lineno}: document has no 'text' string")
        if not isinstance(doc.get("id"), (str, int)) or doc.get("id") == "":
            raise InputError(f"{path}:{lineno}: document has no 'id'")
        doc["id"] = str(doc["id"])
    return objects


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[dict]:
    """Documents from ``.txt`` files, folders of them (recursively, sorted) and docs ``.jsonl`` files.

    A ``.txt`` document's id is its file stem; ids must be unique across all inputs.
    """
    seen: dict[str, str] = {}
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file())
            if not files:
                raise InputError(f"{path}: folder holds no .txt or .jsonl files")
        elif path.exists():
            files = [path]
        else:
            raise InputError(f"{path}: no such file or folder")
        for file in files:
            for doc in _read_file(file):
                if doc["id"] in seen:
                    raise InputError(f"{file}: document id {doc['id']!r} already read from {seen[doc['id']]}")
                seen[doc["id"]] = str(file)
                yield doc


def _read_file(path: Path) -> list[dict]:
    if path.suffix == ".jsonl":
        return read_jsonl(path)
    if path.suffix == ".txt":
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{path}: cannot read as UTF-8 text ({err})") from None
        return [{"id": path.stem, "text": text, "meta": {}}]
    raise InputError(f"{path}: unsupported input (expected .txt, a folder, or .jsonl)")


def write_jsonl(docs: Iterable[dict], path: str | Path) -> int:
    """Write documents as JSONL; returns how many."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    return n


def span_record(span, span_id: str) -> dict:
    """One FORMAT §2 span record from a spaCy span."""
    record = {"id": span_id, "start": span.start_char, "end": span.end_char, "label": span.label_}
    ext = span._
    if span.label_ == "QUANTITY":
        record.update(value=ext.value, value_max=ext.value_max, bound=ext.bound or "=", unit=ext.unit or "",
                      metric=ext.metric, direction=ext.direction if ext.metric == "CHANGE" else None)
        record.update({k: getattr(ext, k) for k in ("si_value", "si_unit") if getattr(ext, k) is not None})
    elif span.label_ == "BASELINE":
        record.update(type=ext.baseline_type, year=ext.baseline_year)
    elif span.label_ == "PERIOD":
        if ext.date_from or ext.date_to:
            record.update(date_from=ext.date_from, date_to=ext.date_to)
    if ext.score is not None:
        record["score"] = round(float(ext.score), 4)
    return record


PREFIX = {"QUANTITY": "q", "CATEGORY": "c", "BASELINE": "b", "PERIOD": "p"}


def doc_to_record(doc: Doc, doc_id: str, meta: dict | None = None) -> dict:
    """The FORMAT §2 document for a processed spaCy ``Doc``."""
    ids: dict[tuple, str] = {}
    spans = []
    counters = {label: 0 for label in PREFIX}
    for span in spans_of(doc):
        key = (span.start, span.end, span.label_)
        if key in ids:
            continue
        counters[span.label_] += 1
        ids[key] = f"{PREFIX[span.label_]}{counters[span.label_]}"
        record = span_record(span, ids[key])
        record["sentence"] = _sentence_index(doc, span)
        spans.append(record)
    relations = []
    seen = set()
    for rel in relations_of(doc):
        head = ids.get((rel.head.start, rel.head.end, rel.head.label_))
        child = ids.get((rel.child.start, rel.child.end, rel.child.label_))
        if head is None or child is None or (head, child, rel.label) in seen:
            continue
        seen.add((head, child, rel.label))
        entry = {"head": head, "child": child, "label": rel.label}
        if rel.score is not None and rel.score != 1.0:
            entry["score"] = round(float(rel.score), 4)
        relations.append(entry)
    record = {"id": doc_id, "text": doc.text, "meta": dict(meta or {}), "spans": spans, "relations": relations}
    problems = [p for p in document_problems(record) if "unit" not in p]
    if problems:
        record["meta"]["warnings"] = problems
    return record


def _sentence_index(doc: Doc, span) -> int:
    starts = [s.start for s in doc.sents]
    index = 0
    for k, start in enumerate(starts):
        if start <= span.start:
            index = k
    return index
