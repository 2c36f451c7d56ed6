"""Running the pipeline over many documents without losing one: isolation, bounded size, one pool.

- **Isolation**: each document either gives its FORMAT §2 record or an *error record*
  (``{"error": true, "id", "file", "line", "reason", "exception"}``); one bad document never stops
  the others. Checks before the pipeline runs: ``meta`` an object, ``meta.date`` a real ISO date,
  no lone surrogate in the text, the size limit.
- **Bounded size**: a document longer than ``chunk_chars`` is cut at paragraph breaks (else line
  breaks, sentence ends, spaces) into pieces processed as separate spaCy Docs; their records are
  joined with offsets, sentence numbers and span ids mapped back, so nothing is lost at a cut.
  A document over ``max_chars`` is an error.
- **Other decimal digits** (Unicode category Nd: Arabic-Indic, Devanagari, full-width, ...) are read
  as ASCII digits: the pipeline runs on a copy where each such digit is replaced by its ASCII digit
  (one character for one, so every offset still indexes the original text), and the record keeps
  the original text, so every span's surface is the text as given.
- **One pool**: ``n_process > 1`` runs batches in a ``ProcessPoolExecutor`` of forked workers that
  share the loaded pipeline and return plain dicts, in input order. A worker that dies (e.g. killed
  for memory) breaks the pool; its documents are retried once, one by one, in a fresh pool, and a
  document that kills a worker again is reported as an error. The run never hangs.

Test hook (documented, tiny): with ``RELSTATS_TEST_KILL_WORKER=<doc id>`` in the environment, a
*worker process* exits abruptly when it meets that document, as an out-of-memory kill would.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator

from pipeline.docs import SourceDocument
from pipeline.extensions import remember_text

KILL_HOOK = "RELSTATS_TEST_KILL_WORKER"


@dataclass(frozen=True)
class Limits:
    """Size limits: documents over ``max_chars`` are refused; longer than ``chunk_chars`` are cut."""

    max_chars: int = 5_000_000
    chunk_chars: int = 10_000


class DocumentError(ValueError):
    """A document that cannot be extracted; the message says why."""


def is_error(record: dict) -> bool:
    """Whether ``record`` (from :func:`pipeline.extract`) is an error record, not a FORMAT §2 document."""
    return record.get("error") is True


def error_record(document: dict, reason: str, exception: str) -> dict:
    """The error record of ``document`` (a dict with ``id`` and, when known, ``_file``/``_line``)."""
    return {"error": True, "id": document.get("id"), "file": document.get("_file"), "line": document.get("_line"),
            "reason": reason, "exception": exception}


def as_document(item, index: int) -> dict:
    """A work item from a string, a FORMAT §1 dict or a :class:`SourceDocument` (which may carry a
    problem found while reading)."""
    if isinstance(item, SourceDocument):
        out = item.as_document()
        out.update(_file=item.file, _line=item.line)
        if item.problem:
            out["_problem"] = item.problem
        return out
    if isinstance(item, str):
        return {"id": f"doc{index + 1}", "text": item, "meta": {}}
    if isinstance(item, dict):
        out = {"id": str(item["id"]) if item.get("id") not in (None, "") else f"doc{index + 1}",
               "text": item.get("text"), "meta": item.get("meta")}
        out["meta"] = {} if out["meta"] is None else out["meta"]
        if not isinstance(out["text"], str):
            out["_problem"] = "document has no 'text' string"
        return out
    return {"id": f"doc{index + 1}", "text": None, "meta": {},
            "_problem": f"expected a string or a document with 'text', got {type(item).__name__}"}


# -- checks before the pipeline ------------------------------------------------------------------
def check_document(document: dict, limits: Limits) -> None:
    """Raise :class:`DocumentError` for a document the pipeline must not run on."""
    if document.get("_problem"):
        from pipeline.docs import InputError

        raise InputError(document["_problem"])
    text, meta = document["text"], document["meta"]
    if not isinstance(meta, dict):
        raise DocumentError(f"'meta' must be an object, got {type(meta).__name__}")
    if "date" in meta and meta["date"] is not None:
        value = meta["date"]
        if not isinstance(value, str):
            raise DocumentError(f"meta.date must be an ISO date string (YYYY-MM-DD), got {type(value).__name__}")
        try:
            date.fromisoformat(value)
        except ValueError as err:
            raise DocumentError(f"meta.date {value!r} is not a valid ISO date ({err})") from None
    if len(text) > limits.max_chars:
        raise DocumentError(f"document has {len(text):,} characters, over the limit of {limits.max_chars:,} "
                            f"(--max-chars)")
    for name, value in (("text", text), ("id", document["id"])):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as err:
            raise DocumentError(f"{name} has a lone surrogate U+{ord(value[err.start]):04X} at offset {err.start} "
                                f"(not valid Unicode)") from None
    try:
        from pipeline.safeio import dumps

        dumps(meta).encode("utf-8")
    except (UnicodeEncodeError, ValueError, TypeError) as err:
        raise DocumentError(f"'meta' cannot be written as JSON ({err})") from None


# -- digits --------------------------------------------------------------------------------------
#: separators read with other digits: Arabic decimal and thousands separators and percent sign,
#: full-width percent sign, full stop and comma
DIGIT_SEPARATORS = {0x066B: ".", 0x066C: ",", 0x066A: "%", 0xFF05: "%", 0xFF0E: ".", 0xFF0C: ","}


def ascii_digits(text: str) -> str:
    """``text`` with every non-ASCII decimal digit (Unicode category Nd) replaced by its ASCII digit,
    one character for one (so offsets are unchanged); when there are such digits, the separators
    written with them (:data:`DIGIT_SEPARATORS`) are replaced too."""
    if text.isascii():
        return text
    table = {}
    for ch in set(text):
        if ch > "\x7f" and unicodedata.category(ch) == "Nd":
            table[ord(ch)] = str(unicodedata.digit(ch))
    if not table:
        return text
    table.update(DIGIT_SEPARATORS)
    return text.translate(table)


# -- long documents ------------------------------------------------------------------------------
def split_offsets(text: str, chunk_chars: int) -> list[int]:
    """Start offsets of the pieces a long text is processed in: each piece at most ``chunk_chars``
    long, cut after a blank line, else a line break, else a sentence end, else a space (searched in
    the second half of the window, so every piece is at least half the size)."""
    starts = [0]
    pos, n = 0, len(text)
    while n - pos > chunk_chars:
        low, high = pos + chunk_chars // 2, pos + chunk_chars
        cut = -1
        for separator in ("\n\n", "\n", ". ", "? ", "! ", " "):
            found = text.rfind(separator, low, high)
            if found != -1:
                cut = found + len(separator)
                break
        if cut == -1:
            cut = high
        starts.append(cut)
        pos = cut
    return starts


def join_pieces(doc_id: str, text: str, meta: dict, pieces: list[tuple[int, dict, int]]) -> dict:
    """One FORMAT §2 record from the records of a text's pieces ``(offset, record, sentences)``."""
    from pipeline.docs import PREFIX

    spans, relations = [], []
    counters = {label: 0 for label in PREFIX}
    sentence_base = 0
    for offset, record, n_sentences in pieces:
        renamed = {}
        for span in record["spans"]:
            counters[span["label"]] += 1
            renamed[span["id"]] = f"{PREFIX[span['label']]}{counters[span['label']]}"
            spans.append(dict(span, id=renamed[span["id"]], start=span["start"] + offset, end=span["end"] + offset,
                              sentence=span.get("sentence", 0) + sentence_base))
        relations.extend(dict(rel, head=renamed[rel["head"]], child=renamed[rel["child"]])
                         for rel in record["relations"])
        sentence_base += n_sentences
    return {"id": doc_id, "text": text, "meta": dict(meta), "spans": spans, "relations": relations}


# -- extraction ----------------------------------------------------------------------------------
def make_doc(nlp, text: str, meta: dict | None):
    """The tokenised ``Doc`` of ``text`` with what ``meta`` tells the components (release date,
    publisher's country)."""
    doc = nlp.make_doc(text)
    remember_text(doc, text)  # so the components never join the tokens back into the text
    doc._.release_date = (meta or {}).get("date")
    doc._.country = (meta or {}).get("country")
    return doc


#: a line break inside a paragraph wrapped at a fixed width (``increased 8.3\npercent to $101,805``): a long line of
#: running text (no table cells, no closing punctuation) whose next line goes on in lower case or with a figure
_SOFT_WRAP = re.compile(r"(?<=[A-Za-z0-9,%)$])\n(?=[ ]{0,4}(?:[a-z]|[0-9$£€(][^\n]*[a-z]))")
#: a line that is a table row or a list item rather than running text
_NOT_RUNNING = re.compile(r"\S {3,}\S|\t|\||^\s*(?:[-*•–]|\(?[0-9a-z]\)|[0-9]+\.|[a-z]\.)\s|^\s*(?:[Tt]able|[Cc]hart|[Ff]igure)\s")


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of fixed-width wrapping (plain-text and PDF releases) made spaces, one
    character for one (offsets are unchanged): a figure and its unit or counted noun on two lines are read
    together. A break is a wrap when the line before is running text of 40 characters or more and the next
    line, also running text, goes on in lower case (C44-11); table rows, list items and paragraph ends are
    left alone."""
    if "\n" not in text:
        return text
    chars = None
    for match in _SOFT_WRAP.finditer(text):
        i = match.start()
        line_start = text.rfind("\n", 0, i) + 1
        line = text[line_start:i]
        if len(line.strip()) < 40 or _NOT_RUNNING.search(line):
            continue
        next_end = text.find("\n", i + 1)
        next_line = text[i + 1 : next_end if next_end != -1 else len(text)]
        if _NOT_RUNNING.search(next_line.strip()):
            continue  # (a table row or a list item, indented or not)
        if next_line.lstrip().startswith("(") and next_line.rstrip().endswith(")"):
            continue  # (a title's gloss line: ``(thousand persons; rates in per cent)``)
        if not next_line.lstrip()[:1].islower() and not (
                text[i - 1].islower() and (len(next_line.strip()) >= 40 or next_line.rstrip().endswith("."))):
            continue  # (``Exports (calendar and seasonally adjusted), April 2024`` above ``133.2 billion euros``)
        if chars is None:
            chars = list(text)
        chars[i] = " "
    return text if chars is None else "".join(chars)


def _pieces(nlp, document: dict, limits: Limits) -> list[tuple[int, object]]:
    text = unwrap_lines(ascii_digits(document["text"]))
    starts = split_offsets(text, min(limits.chunk_chars, nlp.max_length))
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        out.append((start, make_doc(nlp, text[start:end], document["meta"])))
    return out


def _record(document: dict, done: list[tuple[int, object]]) -> dict:
    from pipeline.docs import add_warnings, doc_to_record
    from pipeline.safeio import finite_values

    meta = document["meta"]
    if len(done) == 1:
        record = doc_to_record(done[0][1], document["id"], meta)
        record["text"] = document["text"]
    else:
        pieces = [(offset, doc_to_record(doc, document["id"], {}), sum(1 for _ in doc.sents)) for offset, doc in done]
        record = add_warnings(join_pieces(document["id"], document["text"], meta, pieces))
    warnings = finite_values(record)
    if warnings:
        record["meta"].setdefault("warnings", []).extend(warnings)
    return record


def extract_batch(nlp, documents: list[dict], batch_size: int = 4, limits: Limits = Limits(),
                  raise_errors: bool = False) -> list[dict]:
    """Records (or error records) of ``documents`` in order. The batch runs through ``nlp.pipe``
    together; if anything fails, each document is run alone so only the culprit gets an error."""
    ready: list[tuple[dict, list]] = []
    out: list[dict | None] = [None] * len(documents)
    for k, document in enumerate(documents):
        try:
            check_document(document, limits)
            ready.append((k, _pieces(nlp, document, limits)))
        except Exception as err:  # noqa: BLE001 (isolation: any failure is this document's)
            if raise_errors:
                raise
            out[k] = error_record(document, str(err), type(err).__name__)
    try:
        docs = [doc for _, pieces in ready for _, doc in pieces]
        processed = iter(nlp.pipe(docs, batch_size=batch_size))
        for k, pieces in ready:
            done = [(offset, next(processed)) for offset, _ in pieces]
            out[k] = _record(documents[k], done)
    except Exception:  # noqa: BLE001
        for k, _ in ready:
            out[k] = _extract_alone(nlp, documents[k], limits, raise_errors)
    return out


def _extract_alone(nlp, document: dict, limits: Limits, raise_errors: bool) -> dict:
    try:
        pieces = _pieces(nlp, document, limits)
        return _record(document, [(offset, nlp(doc)) for offset, doc in pieces])
    except Exception as err:  # noqa: BLE001
        if raise_errors:
            raise
        return error_record(document, _reason(err), type(err).__name__)


def _reason(err: Exception) -> str:
    text = str(err) or repr(err)
    return text if len(text) <= 500 else text[:497] + "..."


# -- the pool ------------------------------------------------------------------------------------
_WORKER: dict = {}


def _work(documents: list[dict]) -> list[dict]:
    kill = os.environ.get(KILL_HOOK)
    if kill and os.getpid() != _WORKER["parent"] and any(d.get("id") == kill for d in documents):
        os._exit(70)
    return extract_batch(_WORKER["nlp"], documents, _WORKER["batch_size"], _WORKER["limits"])


def batches(documents: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(nlp, documents: Iterable[dict], batch_size: int = 4, n_process: int = 1, limits: Limits = Limits(),
        raise_errors: bool = False) -> Iterator[dict]:
    """Records and error records of ``documents`` (work items from :func:`as_document`), in input
    order, read lazily and yielded as they finish."""
    if n_process <= 1:
        for batch in batches(documents, batch_size):
            for record in extract_batch(nlp, batch, batch_size, limits, raise_errors):
                if raise_errors and is_error(record):
                    raise DocumentError(f"document {record['id']!r}: {record['reason']}")
                yield record
        return
    yield from _run_pool(nlp, documents, batch_size, n_process, limits)


def _new_pool(n_process: int) -> ProcessPoolExecutor:
    import multiprocessing

    return ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context("fork"))


def _run_pool(nlp, documents, batch_size, n_process, limits) -> Iterator[dict]:
    _WORKER.update(nlp=nlp, batch_size=batch_size, limits=limits, parent=os.getpid())
    window = 2 * n_process
    todo = batches(documents, batch_size)
    pending: deque = deque()
    pool = _new_pool(n_process)

    def submit(batch: list[dict]) -> Future:
        try:
            return pool.submit(_work, batch)
        except BrokenProcessPool as err:  # a worker died since the last result: the pool refuses work
            broken: Future = Future()
            broken.set_exception(err)
            return broken

    try:
        for batch in todo:
            pending.append((submit(batch), batch))
            if len(pending) >= window:
                break
        while pending:
            future, batch = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                failed = [batch] + [b for _, b in pending]
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _new_pool(n_process)
                for document in (d for b in failed for d in b):
                    record, pool = _retry(pool, document, n_process)
                    yield record
                results = []
            yield from results
            for batch in todo:
                pending.append((submit(batch), batch))
                if len(pending) >= window:
                    break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _WORKER.clear()


def _retry(pool, document: dict, n_process: int):
    """Run one document whose worker died in a fresh pool; a second death makes it an error."""
    try:
        return pool.submit(_work, [document]).result()[0], pool
    except BrokenProcessPool:
        pool.shutdown(wait=True, cancel_futures=True)
        record = error_record(document, "a worker process died while extracting this document, twice (killed, "
                              "for example for lack of memory)", "BrokenProcessPool")
        return record, _new_pool(n_process)
