"""Training data and fitting for the relation model (scikit-learn, saved as JSON).

The pipeline without the relation model runs over the training releases; each predicted quantity
paired with a gold one (FORMAT §6 pairing) contributes every candidate pair
(:func:`pipeline.relation_features.candidate_pairs`), labelled by whether it matches a gold
relation under the scorer's own matching rules. The relation model fits one logistic regression per
relation label on them (:meth:`pipeline.components.relation_model.RelationModel.initialize`).
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.relation_features import LABELS, PairContext, candidate_pairs, features_by_label
from pipeline.scoring import baseline_matches, pair_spans, phrase_matches


def _as_dict(span: Span, span_id: str = "") -> dict:
    record = {"id": span_id, "start": span.start_char, "end": span.end_char}
    if span.label_ == "BASELINE":
        record.update(type=span._.baseline_type, year=span._.baseline_year)
    return record


def document_examples(ctx: PairContext, gold: dict):
    """``(label, features, is_gold)`` for every candidate pair of one processed document."""
    text = gold["text"]
    by_id = {s["id"]: s for s in gold["spans"]}
    gold_q = [s for s in gold["spans"] if s["label"] == "QUANTITY"]
    pred_q = [_as_dict(q, str(k)) for k, q in enumerate(ctx.quantities)]
    pairs = pair_spans(gold_q, pred_q)
    pred_to_gold = {int(p): g for g, p in pairs.items()}
    gold_children: dict[tuple[str, str], list[dict]] = {}
    for rel in gold["relations"]:
        gold_children.setdefault((rel["head"], rel["label"]), []).append(by_id[rel["child"]])
    candidates = candidate_pairs(ctx)
    features = {label: batch.dicts() for label, batch in features_by_label(ctx, candidates).items()}
    for k, q in enumerate(ctx.quantities):
        gold_head = pred_to_gold.get(k)
        if gold_head is None:
            continue
        inherits = (gold_head, "MODIFIES") in gold_children or (gold_head, "PART_OF") in gold_children
        gold_metric = by_id[gold_head].get("metric")
        for label in LABELS:
            if label == "PERIOD" and inherits or label == "BASELINE" and gold_metric not in ("CHANGE", "SHARE"):
                continue  # the decoder never asks these questions of such quantities
            targets = gold_children.get((gold_head, label), [])
            for row in candidates[label].of(k):
                child = candidates[label].span(ctx, row)
                yield label, features[label][row], _matches(label, child, targets, text, ctx, pairs)


def _matches(label: str, child: Span, targets: list[dict], text: str, ctx: PairContext, pairs: dict) -> bool:
    if not targets:
        return False
    if label in ("MODIFIES", "PART_OF"):
        index = ctx.quantities.index(child)
        return any(pairs.get(t["id"]) == str(index) for t in targets)
    pred = _as_dict(child)
    if label == "BASELINE":
        return any(baseline_matches(t, pred) for t in targets)
    return any(phrase_matches(text, t, pred) for t in targets)
