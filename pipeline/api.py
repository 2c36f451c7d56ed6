"""The typed Python API: statistics as dataclasses instead of dicts.

    >>> from pipeline import extract_statistics
    >>> stats = extract_statistics("Exports rose 13.8 percent to 17.67 trillion yuan in 2023.")
    >>> stats[0].value, stats[0].unit, stats[0].changes[0].value
    (17670000000000, 'yuan', 13.8)

One :class:`Statistic` per figure of the statistics table (FORMAT §5): every QUANTITY that does
not modify another, with the changes and shares stated of it folded in as :class:`Change`
objects (each with its own :class:`Baseline`), its category, its period (linked, or inherited as
the table inherits it) with ISO dates, the figure it is part of, its character offsets and its
sentence. ``to_records`` flattens them (one record per change, as the table does) and
``to_dataframe`` makes a pandas ``DataFrame`` of those records.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Iterable

__all__ = ["Phrase", "Baseline", "Period", "Change", "Statistic", "Statistics", "extract_statistics",
           "statistics_from_record", "to_records", "to_dataframe"]


@dataclass(frozen=True)
class Phrase:
    """A stretch of the document: its surface text and character offsets (end exclusive)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Baseline(Phrase):
    """The comparison point of a change or share: ``type`` is yoy, mom, qoq, year or other."""

    type: str | None = None
    year: int | None = None

    @property
    def label(self) -> str | None:
        """``yoy``, ``year:2019``, ...: the form of the table's baseline columns."""
        if self.type == "year" and self.year is not None:
            return f"year:{self.year}"
        return self.type


@dataclass(frozen=True)
class Period(Phrase):
    """When a statistic applies; ``inherited`` when it comes from an earlier sentence of the paragraph."""

    date_from: str | None = None
    date_to: str | None = None
    inherited: bool = False


@dataclass(frozen=True)
class Change(Phrase):
    """A change (metric CHANGE) or share (metric SHARE) stated of a figure, with its baseline; a
    share may carry changes of its own (``1.8 percentage points higher``)."""

    value: float | None = None
    value_max: float | None = None
    bound: str = "="
    unit: str | None = None
    metric: str | None = None
    direction: str | None = None
    baseline: Baseline | None = None
    changes: tuple["Change", ...] = ()


@dataclass(frozen=True)
class Statistic:
    """One figure of a release with everything relstats linked to it."""

    doc_id: str
    text: str
    start: int
    end: int
    value: float | None
    value_max: float | None
    bound: str
    unit: str | None
    metric: str | None
    direction: str | None
    category: Phrase | None = None
    period: Period | None = None
    baseline: Baseline | None = None
    changes: tuple[Change, ...] = ()
    part_of: Phrase | None = None
    sentence: str | None = None
    sentence_index: int | None = None
    confidence: float | None = None
    meta: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def offsets(self) -> tuple[int, int]:
        """``(start, end)`` of the figure in its document's text."""
        return self.start, self.end

    @property
    def shares(self) -> tuple[Change, ...]:
        """The shares stated of this figure (``accounting for 15%``)."""
        return tuple(c for c in self.changes if c.metric == "SHARE")

    def to_record(self) -> dict:
        """The statistic as a nested plain dict (JSON-serialisable)."""
        record = asdict(self)
        record.pop("meta")
        return record


class Statistics(list):
    """A list of :class:`Statistic` with the flattening helpers as methods."""

    def to_records(self) -> list[dict]:
        """See :func:`to_records`."""
        return to_records(self)

    def to_dataframe(self):
        """See :func:`to_dataframe`."""
        return to_dataframe(self)


RECORD_COLUMNS = [
    "doc_id", "start", "end", "text", "value", "value_max", "bound", "unit", "metric", "direction", "baseline",
    "category", "category_start", "category_end", "period", "period_start", "period_end", "period_from",
    "period_to", "period_inherited", "part_of", "change_text", "change_value", "change_unit", "change_direction",
    "change_baseline", "share_value", "share_baseline", "share_change_value", "share_change_unit",
    "share_change_direction", "share_change_baseline", "sentence_index", "sentence", "confidence",
]


def to_records(statistics: Iterable[Statistic]) -> list[dict]:
    """Flat records, one per statistic and change (a figure with two changes gives two records, as
    in the statistics table); columns are :data:`RECORD_COLUMNS`, missing values ``None``."""
    records = []
    for stat in statistics:
        share = stat.shares[0] if stat.shares else None
        share_change = share.changes[0] if share is not None and share.changes else None
        base = {
            "doc_id": stat.doc_id, "start": stat.start, "end": stat.end, "text": stat.text, "value": stat.value,
            "value_max": stat.value_max, "bound": stat.bound, "unit": stat.unit, "metric": stat.metric,
            "direction": stat.direction, "baseline": stat.baseline.label if stat.baseline else None,
            "category": _text(stat.category), "category_start": _start(stat.category),
            "category_end": _end(stat.category), "period": _text(stat.period), "period_start": _start(stat.period),
            "period_end": _end(stat.period), "period_from": stat.period.date_from if stat.period else None,
            "period_to": stat.period.date_to if stat.period else None,
            "period_inherited": stat.period.inherited if stat.period else None, "part_of": _text(stat.part_of),
            "share_value": share.value if share else None,
            "share_baseline": share.baseline.label if share and share.baseline else None,
            "share_change_value": share_change.value if share_change else None,
            "share_change_unit": share_change.unit if share_change else None,
            "share_change_direction": share_change.direction if share_change else None,
            "share_change_baseline": (share_change.baseline.label
                                      if share_change and share_change.baseline else None),
            "sentence_index": stat.sentence_index, "sentence": stat.sentence, "confidence": stat.confidence,
        }
        changes = [c for c in stat.changes if c.metric != "SHARE"]
        for change in changes or [None]:
            record = dict.fromkeys(RECORD_COLUMNS)
            record.update(base)
            if change is not None:
                record.update(change_text=change.text, change_value=change.value, change_unit=change.unit,
                              change_direction=change.direction,
                              change_baseline=change.baseline.label if change.baseline else None)
            records.append(record)
    return records


def to_dataframe(statistics: Iterable[Statistic]):
    """A pandas ``DataFrame`` of :func:`to_records` (pandas is optional: ``pip install pandas``)."""
    try:
        import pandas
    except ImportError:
        raise ImportError("to_dataframe needs pandas, which is not installed: pip install pandas "
                          "(or use to_records(), which needs nothing)") from None
    return pandas.DataFrame(to_records(statistics), columns=RECORD_COLUMNS)


def _text(phrase):
    return phrase.text if phrase is not None else None


def _start(phrase):
    return phrase.start if phrase is not None else None


def _end(phrase):
    return phrase.end if phrase is not None else None


# --- building statistics from FORMAT §2 documents ------------------------------------------------


def statistics_from_record(record: dict, sentences: list[tuple[int, int]] | None = None) -> list[Statistic]:
    """The statistics of one FORMAT §2 document (predicted or gold).

    ``sentences`` are the ``(start, end)`` character offsets of its sentences, indexed as the spans'
    ``sentence`` field; without them the ``sentence`` text is left empty.
    """
    from pipeline.table import rows

    text = record["text"]
    spans = {s["id"]: s for s in record.get("spans", [])}
    links: dict[str, dict[str, list[dict]]] = {}
    modified_by: dict[str, list[str]] = {}
    for rel in record.get("relations", []):
        if rel.get("head") in spans and rel.get("child") in spans:
            links.setdefault(rel["head"], {}).setdefault(rel["label"], []).append(rel)
            if rel["label"] == "MODIFIES":
                modified_by.setdefault(rel["child"], []).append(rel["head"])
    by_offsets = {(s["start"], s["end"]): s for s in spans.values() if s["label"] == "QUANTITY"}

    def child(span_id: str, label: str) -> dict | None:
        found = links.get(span_id, {}).get(label, [])
        return spans[found[0]["child"]] if found else None

    def phrase(span: dict | None) -> Phrase | None:
        return None if span is None else Phrase(text[span["start"] : span["end"]], span["start"], span["end"])

    def baseline(span_id: str) -> Baseline | None:
        span = child(span_id, "BASELINE")
        if span is None:
            return None
        return Baseline(text[span["start"] : span["end"]], span["start"], span["end"], span.get("type"),
                        span.get("year"))

    def change(span_id: str, depth: int = 0) -> Change:
        span = spans[span_id]
        inner = tuple(change(m, depth + 1) for m in modified_by.get(span_id, [])) if depth < 2 else ()
        return Change(text[span["start"] : span["end"]], span["start"], span["end"], span.get("value"),
                      span.get("value_max"), span.get("bound") or "=", span.get("unit"), span.get("metric"),
                      span.get("direction"), baseline(span_id), inner)

    def confidence(span_id: str) -> float | None:
        scores = [spans[span_id].get("score")]
        scores += [rel.get("score", 1.0) for rels in links.get(span_id, {}).values() for rel in rels]
        scores += [rel.get("score", 1.0) for head in modified_by.get(span_id, [])
                   for rels in links.get(head, {}).values() for rel in rels if rel["label"] == "MODIFIES"]
        scores = [s for s in scores if s is not None]
        return min(scores) if scores else None

    statistics, seen = [], set()
    periods = sorted((s for s in spans.values() if s["label"] == "PERIOD"), key=lambda s: s["start"])
    for row in rows(record):
        quantity = by_offsets[(row["start"], row["end"])]
        if quantity["id"] in seen:  # one row per change: one statistic per figure
            continue
        seen.add(quantity["id"])
        period = _period_span(quantity, row, child, periods, text)
        index = quantity.get("sentence")
        if index is None and sentences:
            index = max((k for k, (start, _) in enumerate(sentences) if start <= quantity["start"]), default=0)
        sentence = None
        if sentences is not None and index is not None and 0 <= index < len(sentences):
            sentence = text[sentences[index][0] : sentences[index][1]]
        statistics.append(Statistic(
            doc_id=record["id"], text=row["text"], start=row["start"], end=row["end"], value=row["value"],
            value_max=row["value_max"], bound=row["bound"] or "=", unit=row["unit"], metric=row["metric"],
            direction=row["direction"], category=phrase(child(quantity["id"], "CATEGORY")),
            period=None if period is None else Period(
                text[period["start"] : period["end"]], period["start"], period["end"], period.get("date_from"),
                period.get("date_to"), bool(row.get("period_inherited"))),
            baseline=baseline(quantity["id"]),
            changes=tuple(change(m) for m in modified_by.get(quantity["id"], [])),
            part_of=phrase(child(quantity["id"], "PART_OF")), sentence=sentence, sentence_index=index,
            confidence=confidence(quantity["id"]), meta=dict(record.get("meta") or {})))
    return statistics


def _period_span(quantity: dict, row: dict, child, periods: list[dict], text: str) -> dict | None:
    """The PERIOD span behind a table row's ``period``: the linked one, the whole's, or the nearest
    earlier phrase with that text (the table inherits the nearest earlier one of the paragraph)."""
    if row["period"] is None:
        return None
    linked = child(quantity["id"], "PERIOD")
    if linked is not None and not row.get("period_inherited"):
        return linked
    whole = child(quantity["id"], "PART_OF")
    if whole is not None and child(whole["id"], "PERIOD") is not None:
        return child(whole["id"], "PERIOD")
    earlier = [p for p in periods if p["end"] <= quantity["start"] and text[p["start"] : p["end"]] == row["period"]]
    return earlier[-1] if earlier else None


def _sentence_offsets(doc) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []


def extract_statistics(text_or_texts_or_docs, nlp=None, batch_size: int = 4) -> Statistics:
    """Statistics of one text, several texts, FORMAT §1 documents or processed spaCy ``Doc`` objects.

    Strings and documents are run through ``nlp`` (default :func:`pipeline.load`); a ``Doc`` that
    relstats has already processed is read as it is (its id is ``doc.user_data["id"]`` if set).
    Returns a :class:`Statistics` list in input order.
    """
    from spacy.tokens import Doc

    from pipeline import _as_document, process
    from pipeline.docs import doc_to_record
    from pipeline.extensions import SPAN_KEY

    items = text_or_texts_or_docs
    if isinstance(items, (str, dict, Doc)):
        items = [items]
    items = list(items)
    out = Statistics()
    pending: list[tuple[int, dict]] = []
    results: dict[int, list[Statistic]] = {}
    for k, item in enumerate(items):
        if isinstance(item, Doc) and SPAN_KEY in item.spans:
            doc_id = str(item.user_data.get("id", f"doc{k + 1}"))
            record = doc_to_record(item, doc_id)
            results[k] = statistics_from_record(record, _sentence_offsets(item))
        elif isinstance(item, Doc):
            pending.append((k, {"id": str(item.user_data.get("id", f"doc{k + 1}")), "text": item.text, "meta": {}}))
        else:
            pending.append((k, _as_document(item, k)))
    if pending:
        if nlp is None:
            from pipeline.language import load

            nlp = load()
        documents = [document for _, document in pending]
        for (k, _), (document, doc) in zip(pending, process(nlp, documents, batch_size=batch_size)):
            record = doc_to_record(doc, document["id"], document.get("meta"))
            results[k] = statistics_from_record(record, _sentence_offsets(doc))
    for k in range(len(items)):
        out.extend(results[k])
    return out
