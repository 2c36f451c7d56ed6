"""Compile the authoring form of annotated releases (``annotations/src/*.ann``) to FORMAT §2.

An ``.ann`` file has a header, the release text verbatim, and spans written as quoted
surface text, so nobody has to count characters by hand::

    id: nia-2021-h1
    date: 2021-07-30
    source: China News Service
    source_kind: public-security
    split: train
    === text
    In the first half of the year, 8,419 criminal cases were established, up 220% year-on-year.
    === spans
    p1 PERIOD "In the first half of the year"
    q1 QUANTITY "8,419" value=8419 unit=case metric=COUNT
    c1 CATEGORY "criminal cases"
    q2 QUANTITY "220%" value=220 unit=percent metric=CHANGE direction=up
    b1 BASELINE "year-on-year" type=yoy
    === relations
    q1 CATEGORY c1
    q1 PERIOD p1
    q2 MODIFIES q1
    q2 BASELINE b1

A span's surface text is matched at word boundaries; when it occurs more than once in the text
``n=K`` picks the K-th occurrence (1-based), and leaving ``n`` out is an error. Attribute values
are ``null``, numbers, or strings (quote them when they hold spaces: ``unit="percentage point"``).
Every error names the file and line.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HEADER_KEYS = {"id", "date", "source", "source_kind", "split", "title", "language_note", "country"}
META_KEYS = ("date", "source", "source_kind", "title", "country")
SPLITS = ("train", "dev", "test")
NUMERIC_FIELDS = {"value", "value_max", "year", "n"}
QUANTITY_DEFAULTS = {"value_max": None, "bound": "=", "direction": None}


class AuthoringError(ValueError):
    """An ``.ann`` file that cannot be compiled; the message names file and line."""


@dataclass
class CompiledDocument:
    """One compiled document and the split its header assigns it to."""

    doc: dict
    split: str
    path: Path
    lines: dict  # span id -> line number in the .ann file


def _fail(path: Path, line: int, message: str) -> AuthoringError:
    return AuthoringError(f"{path}:{line}: {message}")


def _parse_scalar(key: str, raw: str):
    if raw == "null":
        return None
    if key in NUMERIC_FIELDS:
        number = float(raw)
        return int(number) if number.is_integer() and "." not in raw and "e" not in raw.lower() else number
    return raw


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def find_occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of ``surface`` in ``text`` that begin and end at word boundaries."""
    starts = []
    pos = text.find(surface)
    while pos != -1:
        end = pos + len(surface)
        left_ok = pos == 0 or not (_is_word_char(text[pos - 1]) and _is_word_char(surface[0]))
        right_ok = end == len(text) or not (_is_word_char(text[end]) and _is_word_char(surface[-1]))
        if left_ok and right_ok:
            starts.append(pos)
        pos = text.find(surface, pos + 1)
    return starts


def read_source(path: Path) -> str:
    """The text of an ``.ann`` file; a binary or non-UTF-8 file is an error naming the file and line."""
    data = Path(path).read_bytes()
    if b"\x00" in data:
        pos = data.index(b"\x00")
        raise _fail(path, data.count(b"\n", 0, pos) + 1, f"binary file (NUL byte at offset {pos}), not an .ann text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _fail(path, data.count(b"\n", 0, err.start) + 1,
                    f"not UTF-8 text (byte {data[err.start:err.start + 1].hex()} at offset {err.start})") from None
    return text[1:] if text.startswith("\ufeff") else text


def parse_ann(path: Path, source: str | None = None) -> CompiledDocument:
    """Parse one ``.ann`` file into a FORMAT §2 document."""
    path = Path(path)
    if source is None:
        source = read_source(path)
    lines = source.split("\n")
    header: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].strip() != "=== text":
        line = lines[i]
        if line.strip() and not line.lstrip().startswith("#"):
            if ":" not in line:
                raise _fail(path, i + 1, f"header line without ':': {line!r}")
            key, value = line.split(":", 1)
            key = key.strip()
            if key not in HEADER_KEYS:
                raise _fail(path, i + 1, f"unknown header key {key!r} (known: {sorted(HEADER_KEYS)})")
            header[key] = value.strip()
        i += 1
    if i == len(lines):
        raise _fail(path, 1, "no '=== text' line")
    text_start = i + 1
    try:
        spans_at = next(j for j in range(text_start, len(lines)) if lines[j].strip() == "=== spans")
    except StopIteration:
        raise _fail(path, len(lines), "no '=== spans' line after the text") from None
    text = "\n".join(lines[text_start:spans_at])
    if not text.strip():
        raise _fail(path, text_start, "empty text")
    for key in ("id", "split"):
        if key not in header:
            raise _fail(path, 1, f"header has no {key!r}")
    if header["split"] not in SPLITS:
        raise _fail(path, 1, f"split must be one of {SPLITS}, not {header['split']!r}")
    if "date" in header:
        line = next(k + 1 for k in range(i) if lines[k].split(":", 1)[0].strip() == "date")
        try:
            date.fromisoformat(header["date"])
        except ValueError as err:
            raise _fail(path, line, f"date {header['date']!r} is not a valid ISO date ({err})") from None
    if not any(line.strip() == "=== relations" for line in lines[spans_at + 1 :]):
        raise _fail(path, len(lines), "no '=== relations' line after the spans (is the file cut short?)")

    spans: list[dict] = []
    relations: list[dict] = []
    by_id: dict[str, dict] = {}
    span_lines: dict[str, int] = {}
    section = "spans"
    for j in range(spans_at + 1, len(lines)):
        raw = lines[j]
        lineno = j + 1
        if raw.strip() == "=== relations":
            section = "relations"
            continue
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            parts = shlex.split(raw, posix=True)
        except ValueError as err:
            raise _fail(path, lineno, f"cannot split line ({err}): {raw!r}") from None
        if section == "relations":
            if len(parts) != 3:
                raise _fail(path, lineno, f"a relation is 'HEAD LABEL CHILD', got {raw!r}")
            head, label, child = parts
            for ref in (head, child):
                if ref not in by_id:
                    raise _fail(path, lineno, f"relation refers to unknown span id {ref!r}")
            relations.append({"head": head, "child": child, "label": label})
            continue
        if len(parts) < 3:
            raise _fail(path, lineno, f"a span is 'ID LABEL \"surface\" key=value...', got {raw!r}")
        span_id, label, surface = parts[0], parts[1], parts[2]
        if span_id in by_id:
            raise _fail(path, lineno, f"duplicate span id {span_id!r}")
        attrs: dict = {}
        for item in parts[3:]:
            if "=" not in item:
                raise _fail(path, lineno, f"attribute without '=': {item!r}")
            key, value = item.split("=", 1)
            try:
                attrs[key] = _parse_scalar(key, value)
            except ValueError:
                raise _fail(path, lineno, f"{key} must be a number or null, not {value!r}") from None
        occurrence = attrs.pop("n", None)
        starts = find_occurrences(text, surface)
        if not starts:
            raise _fail(path, lineno, f"{span_id}: surface text {surface!r} not found in the text")
        if occurrence is None:
            if len(starts) > 1:
                raise _fail(
                    path, lineno, f"{span_id}: {surface!r} occurs {len(starts)} times; add n=1..{len(starts)}"
                )
            occurrence = 1
        if not 1 <= occurrence <= len(starts):
            raise _fail(path, lineno, f"{span_id}: n={occurrence} but {surface!r} occurs {len(starts)} times")
        start = starts[occurrence - 1]
        span = {"id": span_id, "start": start, "end": start + len(surface), "label": label}
        if label == "QUANTITY":
            for key, default in QUANTITY_DEFAULTS.items():
                attrs.setdefault(key, default)
        if label == "BASELINE":
            attrs.setdefault("year", None)
        span.update(attrs)
        spans.append(span)
        by_id[span_id] = span
        span_lines[span_id] = lineno

    _check_nested(path, spans, span_lines, text)
    meta = {key: header[key] for key in META_KEYS if key in header}
    doc = {"id": header["id"], "text": text, "meta": meta, "spans": spans, "relations": relations}
    return CompiledDocument(doc=doc, split=header["split"], path=path, lines=span_lines)


#: labels whose spans never lie inside another span of the same label (a CATEGORY may: ``the hires rate``, ``hires``)
UNNESTED_LABELS = ("QUANTITY", "PERIOD", "BASELINE")


def _check_nested(path: Path, spans: list[dict], lines: dict[str, int], text: str) -> None:
    """A figure, period or baseline inside another of its label is an occurrence counted wrong: ``n`` counts the
    occurrences inside longer spans too (``"in October" n=2`` may be the one in ``for the 12 months ended in
    October``)."""
    by_label: dict[str, list[dict]] = {}
    for span in spans:
        if span["label"] in UNNESTED_LABELS:
            by_label.setdefault(span["label"], []).append(span)
    for same in by_label.values():
        same.sort(key=lambda x: (x["start"], -x["end"]))
        for k, outer in enumerate(same):
            for inner in same[k + 1 :]:
                if inner["start"] >= outer["end"]:
                    break
                if inner["end"] <= outer["end"]:
                    raise _fail(path, lines[inner["id"]],
                                f"{inner['id']}: {text[inner['start']:inner['end']]!r} lies inside {outer['id']} "
                                f"{text[outer['start']:outer['end']]!r} (both {inner['label']}); n counts the "
                                "occurrences inside other spans too: pick the one meant")


def compile_folder(folder: Path) -> dict[str, list[CompiledDocument]]:
    """Compile every ``.ann`` file under ``folder``, grouped by split, in file-name order."""
    folder = Path(folder)
    files = sorted(folder.rglob("*.ann"))
    if not files:
        raise AuthoringError(f"{folder}: no .ann files")
    by_split: dict[str, list[CompiledDocument]] = {split: [] for split in SPLITS}
    seen: dict[str, Path] = {}
    for path in files:
        compiled = parse_ann(path)
        doc_id = compiled.doc["id"]
        if doc_id in seen:
            raise AuthoringError(f"{path}:1: document id {doc_id!r} already used by {seen[doc_id]}")
        seen[doc_id] = path
        by_split[compiled.split].append(compiled)
    return by_split


def to_ann(doc: dict, split: str = "train") -> str:
    """Write a FORMAT §2 document back in the authoring form (used for round trips and re-annotation)."""
    text = doc["text"]
    lines = [f"id: {doc['id']}"]
    for key in META_KEYS:
        if doc.get("meta", {}).get(key):
            lines.append(f"{key}: {doc['meta'][key]}")
    lines.append(f"split: {split}")
    lines.append("=== text")
    lines.append(text)
    lines.append("=== spans")
    for span in doc.get("spans", []):
        surface = text[span["start"] : span["end"]]
        starts = find_occurrences(text, surface)
        parts = [span["id"], span["label"], shlex.quote(surface) if surface else "''"]
        if len(starts) > 1:
            parts.append(f"n={starts.index(span['start']) + 1}")
        for key, value in span.items():
            if key in {"id", "start", "end", "label"}:
                continue
            if value is None:
                shown = "null"
            else:
                shown = shlex.quote(str(value))
            parts.append(f"{key}={shown}")
        lines.append(" ".join(parts))
    lines.append("=== relations")
    for rel in doc.get("relations", []):
        lines.append(f"{rel['head']} {rel['label']} {rel['child']}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.authoring FILE.ann...``: compile and check files, print problems."""
    import sys

    from pipeline.schema import document_problems

    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])]
    failed = 0
    for path in paths:
        try:
            compiled = parse_ann(path)
        except (AuthoringError, OSError) as err:
            print(f"ERROR {err}")
            failed += 1
            continue
        problems = document_problems(compiled.doc)
        for problem in problems:
            print(f"ERROR {path}: {problem}")
        failed += bool(problems)
        n_q = sum(s["label"] == "QUANTITY" for s in compiled.doc["spans"])
        print(f"{path}: {len(compiled.doc['spans'])} spans ({n_q} quantities), "
              f"{len(compiled.doc['relations'])} relations, split {compiled.split}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
