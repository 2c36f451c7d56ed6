"""FORMAT §2 documents <-> spaCy ``DocBin`` (``relstats convert ... --to spacy`` / ``--to format``).

Each document becomes a ``Doc`` tokenised by relstats' tokenizer, with its spans in
``doc.spans["relstats"]`` (attributes on ``Span._``), its relations as relstats' plain relation
rows, ``meta.date`` as ``doc._.release_date``, and the exact record under
``doc.user_data["relstats.record"]`` (a span that does not fall on token boundaries is widened to
them in the span group, never in the record). Such a DocBin is reference data for
``nlp.evaluate`` and ``spacy evaluate``, and training data for the re-rankers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span, SpanGroup

from pipeline.extensions import SPAN_KEY, Relation, register_extensions

QUANTITY_FIELDS = ("value", "value_max", "bound", "unit", "metric", "direction")


def record_to_doc(nlp: Language, record: dict) -> Doc:
    """The reference ``Doc`` of one FORMAT §2 record."""
    register_extensions()
    doc = nlp.make_doc(record["text"])
    doc._.release_date = (record.get("meta") or {}).get("date")
    doc._.country = (record.get("meta") or {}).get("country")
    spans: dict[str, Span] = {}
    for item in record.get("spans", []):
        span = doc.char_span(item["start"], item["end"], label=item["label"], alignment_mode="expand")
        if span is None:
            raise ValueError(f"document {record.get('id')!r}: span {item.get('id')!r} "
                             f"[{item['start']}:{item['end']}] lies outside the text")
        if item["label"] == "QUANTITY":
            for name in QUANTITY_FIELDS:
                setattr(span._, name, item.get(name))
        elif item["label"] == "BASELINE":
            span._.baseline_type, span._.baseline_year = item.get("type"), item.get("year")
        elif item["label"] == "PERIOD":
            span._.date_from, span._.date_to = item.get("date_from"), item.get("date_to")
        spans[item["id"]] = span
    doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=list(spans.values()))
    doc._.relations = [Relation(spans[r["head"]], spans[r["child"]], r["label"], float(r.get("score", 1.0)))
                       for r in record.get("relations", []) if r["head"] in spans and r["child"] in spans]
    doc.user_data["relstats.record"] = {key: record[key] for key in ("text", "meta", "spans", "relations")
                                        if key in record}
    doc.user_data["relstats.id"] = str(record.get("id", ""))
    return doc


def doc_to_format(doc: Doc, doc_id: str) -> dict:
    """The FORMAT §2 record of a ``Doc`` from a DocBin: the stored record, else the doc's spans."""
    from pipeline.scorer import gold_record

    record = gold_record(doc, doc.user_data.get("relstats.id") or doc_id)
    return {"id": record["id"], "text": record["text"], "meta": record.get("meta", {}),
            "spans": record.get("spans", []), "relations": record.get("relations", [])}


def records_to_docbin(nlp: Language, records: Iterable[dict], path: str | Path) -> int:
    """Write ``records`` as a DocBin file (user data kept); returns how many documents."""
    docbin = DocBin(store_user_data=True)
    n = 0
    for record in records:
        docbin.add(record_to_doc(nlp, record))
        n += 1
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return n


def docbin_to_records(nlp: Language, path: str | Path) -> Iterator[dict]:
    """The FORMAT §2 records of a DocBin file."""
    register_extensions()
    docbin = DocBin(store_user_data=True).from_disk(path)
    for k, doc in enumerate(docbin.get_docs(nlp.vocab)):
        yield doc_to_format(doc, f"doc{k + 1}")
