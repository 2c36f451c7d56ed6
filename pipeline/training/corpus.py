"""Annotated releases as spaCy training data (DocBin) for the span proposer."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import DocBin

from pipeline.components.relation_model import MODEL_SPANS_KEY

SPAN_LABELS = ("CATEGORY", "PERIOD", "BASELINE")


def to_docbin(nlp, gold_docs: list[dict], path: Path) -> int:
    """Write ``gold_docs`` tokenised by relstats' tokenizer, with their CATEGORY, PERIOD and
    BASELINE spans in ``doc.spans["relstats_model"]``; returns the number of spans written."""
    merger = nlp.get_pipe("relstats_number_merger")
    sentences = nlp.get_pipe("relstats_sentences")
    docbin = DocBin(store_user_data=False)
    n = 0
    for gold in gold_docs:
        doc = sentences(merger(nlp.make_doc(gold["text"])))
        spans = []
        for record in gold["spans"]:
            if record["label"] not in SPAN_LABELS:
                continue
            span = doc.char_span(record["start"], record["end"], label=record["label"], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[MODEL_SPANS_KEY] = spans
        n += len(spans)
        docbin.add(doc)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return n
