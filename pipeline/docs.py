"""Reading releases (``.txt`` files, folders, docs JSONL) and writing FORMAT §2 documents.

Inputs are read lazily, one document at a time. A problem with one document (a bad JSONL line, an
undecodable file, a missing ``text``) is reported as a :class:`SourceDocument` with a ``problem``
naming file and line, so a run can skip it and go on; problems with the inputs as a whole (a path
that does not exist, an empty folder) raise :class:`InputError` before any work. No document is
ever dropped silently.

Decoding: UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 with one (the mark is removed
and offsets index the decoded text), or the encoding given with ``encoding=``.
"""

from __future__ import annotations

import codecs
import json
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc

from pipeline.extensions import RELATIONS_KEY, SPAN_EXTENSIONS, plain_span_values, sentence_bounds, spans_of, text_of
from pipeline.extensions import span_value as _span_value
from pipeline.schema import document_problems

INPUT_SUFFIXES = (".txt", ".jsonl")
BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(ValueError):
    """An input file that cannot be read as releases; the message names the file and line."""


@dataclass
class SourceDocument:
    """One document as read, with where it came from; ``problem`` says why it cannot be used."""

    id: str | None
    text: str | None
    meta: dict = field(default_factory=dict)
    file: str | None = None
    line: int | None = None
    problem: str | None = None

    @property
    def where(self) -> str:
        """``file:line`` (or the file alone) for messages."""
        if self.file is None:
            return f"input {self.line}" if self.line is not None else "input"
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def as_document(self) -> dict:
        """The FORMAT §1 document."""
        return {"id": self.id, "text": self.text, "meta": self.meta}


def check_encoding(encoding: str | None) -> str | None:
    """The codec name for ``encoding`` (None: detect), or :class:`InputError` if Python has none."""
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (e.g. utf-8, utf-16, cp1252, latin-1)") from None


def detect_encoding(head: bytes) -> str:
    """The encoding a file starting with ``head`` is read with: from its byte-order mark, else UTF-8."""
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    return "utf-8"


def decode(data: bytes, path: str | Path, encoding: str | None = None) -> str:
    """The text of a file's bytes (a leading byte-order mark removed); :class:`InputError` names the
    file and the first undecodable byte."""
    name = encoding or detect_encoding(data[:4])
    try:
        text = data.decode(name)
    except UnicodeDecodeError as err:
        hint = "" if encoding else "; use --encoding to name its encoding"
        raise InputError(f"{path}: cannot decode as {name} (byte {data[err.start:err.start + 1].hex()} at "
                         f"offset {err.start}){hint}") from None
    return text[1:] if text.startswith("\ufeff") else text


def list_input_files(inputs: Iterable[str | Path]) -> list[Path]:
    """The files ``inputs`` name: ``.txt`` and ``.jsonl`` files, and folders of them (recursively,
    sorted). Raises :class:`InputError` for a missing path, an empty folder or another suffix."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in INPUT_SUFFIXES and p.is_file())
            if not found:
                raise InputError(f"{path}: folder holds no .txt or .jsonl files")
            files.extend(found)
        elif path.is_file():
            if path.suffix not in INPUT_SUFFIXES:
                raise InputError(f"{path}: unsupported input (expected .txt, a folder, or .jsonl)")
            files.append(path)
        elif path.exists():
            raise InputError(f"{path}: not a regular file or folder")
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def read_documents(inputs: Iterable[str | Path], encoding: str | None = None,
                   files: list[Path] | None = None) -> Iterator[SourceDocument]:
    """Documents of ``inputs`` one at a time, each with its file and line; unusable ones carry a
    ``problem``. Ids must be unique across all inputs (a repeated id is a problem)."""
    seen: dict[str, str] = {}
    for file in files if files is not None else list_input_files(inputs):
        reader = _read_jsonl_documents if file.suffix == ".jsonl" else _read_txt_document
        for doc in reader(file, encoding):
            if doc.problem is None:
                if doc.id in seen:
                    doc.problem = f"document id {doc.id!r} already read from {seen[doc.id]}"
                else:
                    seen[doc.id] = doc.where
            yield doc


def read_inputs(inputs: Iterable[str | Path], encoding: str | None = None) -> Iterator[dict]:
    """FORMAT §1 documents from ``.txt`` files, folders of them and docs ``.jsonl`` files; the first
    unusable document raises :class:`InputError` (a ``.txt`` document's id is its file stem)."""
    for doc in read_documents(inputs, encoding):
        if doc.problem:
            raise InputError(f"{doc.where}: {doc.problem}")
        yield doc.as_document()


def _read_txt_document(path: Path, encoding: str | None) -> Iterator[SourceDocument]:
    try:
        text = decode(path.read_bytes(), path, encoding)
    except OSError as err:
        yield SourceDocument(path.stem, None, file=str(path), problem=f"cannot read ({err.strerror})")
        return
    except InputError as err:
        yield SourceDocument(path.stem, None, file=str(path), problem=str(err).removeprefix(f"{path}: "))
        return
    yield SourceDocument(path.stem, text, {}, file=str(path))


def _jsonl_lines(path: Path, encoding: str | None) -> Iterator[tuple[int, str | None, str | None]]:
    """``(line number, text, problem)`` for each line, split at ``\\n`` only (a raw U+2028 inside a
    JSON string stays in its line). UTF-8 is decoded line by line, so one bad line is one problem."""
    with path.open("rb") as raw:
        name = encoding or detect_encoding(raw.read(4))
        raw.seek(0)
        if codecs.lookup(name).name not in ("utf-8", "utf-8-sig"):
            try:
                text = decode(raw.read(), path, encoding)
            except InputError as err:
                yield 1, None, str(err).removeprefix(f"{path}: ")
                return
            for lineno, line in enumerate(text.split("\n"), 1):
                yield lineno, line, None
            return
        for lineno, data in enumerate(raw, 1):
            data = data.rstrip(b"\n").rstrip(b"\r")
            if lineno == 1 and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8):]
            try:
                line, problem = data.decode("utf-8"), None
            except UnicodeDecodeError as err:
                line, problem = None, (f"cannot decode as UTF-8 (byte {data[err.start:err.start + 1].hex()} at "
                                       f"column {err.start + 1}); use --encoding to name the file's encoding")
            yield lineno, line, problem


def _read_jsonl_documents(path: Path, encoding: str | None) -> Iterator[SourceDocument]:
    try:
        for lineno, line, problem in _jsonl_lines(path, encoding):
            if problem is None and not line.strip():
                continue
            doc = SourceDocument(None, None, file=str(path), line=lineno, problem=problem)
            if problem is None:
                doc.problem = _document_problem(line, doc)
            yield doc
    except OSError as err:
        yield SourceDocument(None, None, file=str(path), problem=f"cannot read ({err.strerror})")


def _document_problem(line: str, doc: SourceDocument) -> str | None:
    """Fill ``doc`` from one JSONL line; the problem with it, if any."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return f"not valid JSON at column {err.colno}: {err.msg}"
    except RecursionError:
        return f"JSON nested too deeply"
    if not isinstance(obj, dict):
        return f"expected a JSON object, got {type(obj).__name__}"
    doc_id = obj.get("id")
    if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) and doc_id != "":
        doc.id = str(doc_id)
    else:
        return f"document has no 'id' (a non-empty string or integer)"
    if not isinstance(obj.get("text"), str):
        return "no 'text' string"
    doc.text = obj["text"]
    meta = obj.get("meta")
    if meta is not None and not isinstance(meta, dict):
        return f"'meta' must be an object, got {type(meta).__name__}"
    doc.meta = dict(meta or {})
    return None


def iter_jsonl_objects(path: str | Path) -> Iterator[tuple[int, dict]]:
    """``(line number, object)`` for each non-blank line of a JSONL file; the first line that is not
    a JSON object raises :class:`InputError` naming file and line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    for lineno, line, problem in _jsonl_lines(path, None):
        if problem:
            raise InputError(f"{path}:{lineno}: {problem}")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{lineno}: not valid JSON at column {err.colno}: {err.msg}") from None
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{lineno}: expected a JSON object, got {type(obj).__name__}")
        yield lineno, obj


def read_jsonl(path: str | Path) -> list[dict]:
    """Documents of a JSONL file, one object a line (blank lines skipped), each with ``text`` and
    ``id``; the first problem raises :class:`InputError` naming file and line."""
    docs = []
    for lineno, obj in iter_jsonl_objects(path):
        if not isinstance(obj.get("text"), str):
            raise InputError(f"{path}:{lineno}: document has no 'text' string")
        doc_id = obj.get("id")
        if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or doc_id == "":
            raise InputError(f"{path}:{lineno}: document has no 'id'")
        obj["id"] = str(doc_id)
        docs.append(obj)
    return docs


def write_jsonl(docs: Iterable[dict], path: str | Path) -> int:
    """Write documents as strict JSONL (see :func:`pipeline.safeio.dumps`) into a temporary file
    renamed into place when complete; returns how many."""
    from pipeline.safeio import atomic_writer, dumps

    n = 0
    with atomic_writer(path) as out:
        for doc in docs:
            out.write(dumps(doc) + "\n")
            n += 1
    return n


def _clean(value):
    """A value as a reader wrote it: the binary rounding of a scaled figure left out (``£16.6bn`` → 16600000000, not
    16600000000.000002), whole numbers as integers; twelve significant digits are more than any release states."""
    if not isinstance(value, float) or value != value or value in (float("inf"), float("-inf")):
        return value
    if not value.is_integer():
        value = float(f"{value:.12g}")
    return int(value) if value.is_integer() and abs(value) < 2 ** 63 else value


#: note marks written in superscript (``¹``, ``²``, ``*``) that may be glued to the end of a phrase
_SUPERSCRIPT_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"


def span_record(span, span_id: str) -> dict:
    """One FORMAT §2 span record from a spaCy span."""
    start, end = span.start_char, span.end_char
    if plain_span_values():  # the attributes read where spaCy keeps them, the span's offsets read once
        data = span.doc.user_data

        def span_value(_, name):  # noqa: F811  (pipeline.extensions.span_value, for this span)
            return data.get(("._.", name, start, end), SPAN_EXTENSIONS[name])
    else:
        span_value = _span_value
    label = span.label_
    out_start, out_end = start, end
    surface = text_of(span.doc)[start:end]
    if surface != surface.strip() and surface.strip():
        # a phrase over a table's white space (``Crimes of dishonesty\t``): FORMAT's spans hold no edge spaces
        out_start, out_end = start + len(surface) - len(surface.lstrip()), end - (len(surface) - len(surface.rstrip()))
    if label != "QUANTITY" and surface[-1:] in _SUPERSCRIPT_MARKS and surface.rstrip(_SUPERSCRIPT_MARKS).strip():
        # ``Other provinces¹``, ``total fertility rate¹``: a note's mark glued to a phrase is no part of it (C48-23)
        out_end = out_start + len(text_of(span.doc)[out_start:out_end].rstrip(_SUPERSCRIPT_MARKS).rstrip())
    record = {"id": span_id, "start": out_start, "end": out_end, "label": label}
    if label == "QUANTITY":
        metric = span_value(span, "metric")
        record.update(value=_clean(span_value(span, "value")), value_max=_clean(span_value(span, "value_max")),
                      bound=span_value(span, "bound") or "=", unit=span_value(span, "unit") or "", metric=metric,
                      direction=span_value(span, "direction") if metric == "CHANGE" else None)
        for name in ("si_value", "si_unit"):
            value = span_value(span, name)
            if value is not None:
                record[name] = value
    elif label == "BASELINE":
        record.update(type=span_value(span, "baseline_type"), year=span_value(span, "baseline_year"))
    elif label == "PERIOD":
        date_from, date_to = span_value(span, "date_from"), span_value(span, "date_to")
        if date_from or date_to:
            record.update(date_from=date_from, date_to=date_to)
    score = span_value(span, "score")
    if score is not None:
        record["score"] = round(float(score), 4)
    return record


PREFIX = {"QUANTITY": "q", "CATEGORY": "c", "BASELINE": "b", "PERIOD": "p"}


def doc_to_record(doc: Doc, doc_id: str | None = None, meta: dict | None = None) -> dict:
    """The FORMAT §2 document for a processed spaCy ``Doc`` (also one restored from a DocBin or
    ``Doc.to_bytes``); ``doc_id`` defaults to the id a converted DocBin carries, else ``"doc"``."""
    if doc_id is None:
        doc_id = doc.user_data.get("relstats.id") or "doc"
    ids: dict[tuple, str] = {}
    spans = []
    counters = {label: 0 for label in PREFIX}
    sentence_starts = sentence_bounds(doc)[0]
    for span in spans_of(doc):
        start, label = span.start, span.label_
        key = (start, span.end, label)
        if key in ids:
            continue
        counters[label] += 1
        ids[key] = f"{PREFIX[label]}{counters[label]}"
        record = span_record(span, ids[key])
        record["sentence"] = max(0, bisect_right(sentence_starts, start) - 1)
        spans.append(record)
    relations = []
    seen = set()
    # the stored rows of ``relations_of(doc)`` (its views hold the same offsets, labels and scores)
    for hs, he, hl, cs, ce, cl, label, score, _ in doc.user_data.get(RELATIONS_KEY, ()):
        head = ids.get((hs, he, hl))
        child = ids.get((cs, ce, cl))
        if head is None or child is None or (head, child, label) in seen:
            continue
        seen.add((head, child, label))
        entry = {"head": head, "child": child, "label": label}
        if score is not None and score != 1.0:
            entry["score"] = round(float(score), 4)
        relations.append(entry)
    record = {"id": doc_id, "text": text_of(doc), "meta": dict(meta or {}), "spans": spans, "relations": relations}
    return add_warnings(record)


def add_warnings(record: dict) -> dict:
    """Put the record's departures from FORMAT §2 (other than units) under ``meta.warnings``."""
    problems = [p for p in document_problems(record) if "unit" not in p]
    if problems:
        record["meta"]["warnings"] = problems
    return record


def prediction_problems(pred: dict) -> list[str]:
    """What makes a predicted document unusable for scoring: its shape, span offsets and labels,
    and relation ends (attribute values are scored, not refused)."""
    from pipeline.schema import RELATION_LABELS, SPAN_LABELS

    problems = []
    if not isinstance(pred.get("text"), str):
        return ["no 'text' string"]
    spans, relations = pred.get("spans", []), pred.get("relations", [])
    if not isinstance(spans, list) or not isinstance(relations, list):
        return ["'spans' and 'relations' must be lists"]
    ids = set()
    for k, span in enumerate(spans):
        if not isinstance(span, dict):
            problems.append(f"span {k + 1} is not an object")
            continue
        sid, start, end = span.get("id"), span.get("start"), span.get("end")
        where = f"span {sid!r}" if isinstance(sid, str) and sid else f"span {k + 1}"
        if not isinstance(sid, str) or not sid:
            problems.append(f"{where}: no 'id'")
        elif sid in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(sid)
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
            problems.append(f"{where}: 'start' and 'end' must be integers, got {start!r} and {end!r}")
        elif not 0 <= start < end <= len(pred["text"]):
            problems.append(f"{where}: offsets {start}-{end} not inside the text (length {len(pred['text'])})")
        if span.get("label") not in SPAN_LABELS:
            problems.append(f"{where}: label {span.get('label')!r} not in {SPAN_LABELS}")
    for rel in relations:
        if not isinstance(rel, dict):
            problems.append("a relation is not an object")
        elif rel.get("label") not in RELATION_LABELS:
            problems.append(f"relation {rel.get('head')} -> {rel.get('child')}: label {rel.get('label')!r} not in "
                            f"{RELATION_LABELS}")
        elif rel.get("head") not in ids or rel.get("child") not in ids:
            problems.append(f"relation {rel.get('head')} -{rel['label']}-> {rel.get('child')}: unknown span id")
    return problems


def read_predictions(path: str | Path, gold: list[dict], allow_missing: bool = False) -> list[dict]:
    """Predicted documents checked against the gold ones before scoring: a valid shape (see
    :func:`prediction_problems`), known and unique ids, the gold text; every gold document predicted
    unless ``allow_missing``. Problems raise :class:`InputError` listing file, line and document."""
    gold_text = {doc["id"]: doc["text"] for doc in gold}
    problems, preds, seen = [], [], {}
    for lineno, pred in iter_jsonl_objects(path):
        where = f"{path}:{lineno}"
        doc_id = pred.get("id")
        if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or doc_id == "":
            problems.append(f"{where}: document has no 'id'")
            continue
        doc_id = pred["id"] = str(doc_id)
        if doc_id in seen:
            problems.append(f"{where}: document {doc_id!r} predicted twice (also line {seen[doc_id]})")
            continue
        seen[doc_id] = lineno
        if doc_id not in gold_text:
            problems.append(f"{where}: document {doc_id!r} is not in the gold file")
            continue
        found = prediction_problems(pred)
        if not found and pred["text"] != gold_text[doc_id]:
            found = ["its text differs from the gold document's, so its offsets cannot be compared"]
        problems.extend(f"{where}: document {doc_id!r}: {p}" for p in found)
        preds.append(pred)
    missing = [doc_id for doc_id in gold_text if doc_id not in seen]
    if missing and not allow_missing:
        shown = ", ".join(repr(m) for m in missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        problems.append(f"{path}: {len(missing)} of {len(gold_text)} gold documents have no prediction ({shown}); "
                        f"pass --allow-missing to score them as predicting nothing")
    if problems:
        more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
        raise InputError("predictions cannot be scored:\n  " + "\n  ".join(problems[:10]) + more)
    return preds
