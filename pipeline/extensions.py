"""Custom attributes relstats sets on spaCy objects, declared once.

Spans live in ``doc.spans["relstats"]`` with labels QUANTITY, CATEGORY, BASELINE and PERIOD;
relations in ``doc._.relations`` as :class:`Relation` records.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

SPAN_KEY = "relstats"

SPAN_EXTENSIONS = {
    "value": None,        # QUANTITY: scaled magnitude
    "value_max": None,    # QUANTITY: upper end of a range
    "bound": "=",         # QUANTITY: = ~ > >= < <=
    "unit": None,         # QUANTITY: canonical unit
    "unit_kind": None,    # QUANTITY: percent, currency, measure, count, ...
    "metric": None,       # QUANTITY: COUNT AMOUNT MONEY SHARE CHANGE
    "direction": None,    # QUANTITY (CHANGE): up / down
    "baseline_type": None,  # BASELINE: yoy mom qoq year other
    "baseline_year": None,  # BASELINE: the year when type is "year"
    "date_from": None,    # PERIOD: ISO date
    "date_to": None,      # PERIOD: ISO date
    "score": None,        # confidence of the component that proposed the span
    "source": None,       # which component proposed it ("rules", "model")
    "unit_dimension": None,  # QUANTITY: what the unit measures (length, mass, money, ...)
    "si_value": None,     # QUANTITY: the value in SI units, where the unit has one
    "si_unit": None,      # QUANTITY: the SI unit of si_value (meter, kilogram, joule, ...)
}
DOC_EXTENSIONS = {
    "relations": None,    # list[Relation]: the decided links
    "candidates": None,   # list[Relation]: scored proposals the linker chooses from
    "release_date": None,  # ISO date of the release (meta.date), anchors relative periods
    "country": None,      # ISO 3166 code of the publisher's country (meta.country): what a bare $ means
}


@dataclass
class Relation:
    """A directed link between two spans of ``doc.spans["relstats"]``."""

    head: Span
    child: Span
    label: str
    score: float = 1.0


def register_extensions() -> None:
    """Declare every relstats attribute (idempotent)."""
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def relations_of(doc: Doc) -> list[Relation]:
    """The document's relation list, created empty on first use."""
    if doc._.relations is None:
        doc._.relations = []
    return doc._.relations


def candidates_of(doc: Doc) -> list[Relation]:
    """The document's candidate relations (proposals with scores), created empty on first use."""
    if doc._.candidates is None:
        doc._.candidates = []
    return doc._.candidates


def spans_of(doc: Doc, label: str | None = None) -> list[Span]:
    """The relstats spans of ``doc`` (of one label if given), in text order."""
    if SPAN_KEY not in doc.spans:
        return []
    spans = [span for span in doc.spans[SPAN_KEY] if label is None or span.label_ == label]
    return sorted(spans, key=lambda s: (s.start_char, s.end_char))


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per document (``doc.text`` joins every token on each call)."""
    cached = doc.user_data.get("relstats_text")
    if cached is None or len(cached) != doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else False:
        cached = doc.user_data["relstats_text"] = doc.text
    return cached


def sent_of(obj, i: int | None = None) -> Span:
    """The sentence of a span or token (``sent_of(span)``), or of token ``i`` (``sent_of(doc, i)``).

    Same as ``.sent``, but the sentence boundaries are indexed once per document, which matters
    when every component asks for them many times.
    """
    doc = obj if i is not None else obj.doc
    index = i if i is not None else (obj.i if isinstance(obj, Token) else obj.start)
    cache = doc.user_data.get("relstats_sentences")
    if cache is None or cache[0] != len(doc):
        bounds = [(s.start, s.end) for s in doc.sents] if len(doc) else [(0, 0)]
        cache = (len(doc), [b[0] for b in bounds], [b[1] for b in bounds])
        doc.user_data["relstats_sentences"] = cache
    k = max(0, bisect_right(cache[1], index) - 1)
    return doc[cache[1][k] : cache[2][k]]


register_extensions()
