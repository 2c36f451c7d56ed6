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


def candidate_recall(ctx: PairContext, gold: dict) -> dict[str, list[int]]:
    """How many gold relations of one processed document the candidate generator can propose: per
    label ``[gold relations whose head the pipeline found, of those with a matching candidate]``
    (the questions the decoder asks, as in :func:`document_examples`). A gold pair missing from the
    candidates is one no model can decide; the candidate windows keep this recall."""
    text = gold["text"]
    by_id = {s["id"]: s for s in gold["spans"]}
    gold_q = [s for s in gold["spans"] if s["label"] == "QUANTITY"]
    pairs = pair_spans(gold_q, [_as_dict(q, str(k)) for k, q in enumerate(ctx.quantities)])
    candidates = candidate_pairs(ctx)
    out = {label: [0, 0] for label in LABELS}
    for rel in gold["relations"]:
        found, label = pairs.get(rel["head"]), rel["label"]
        if found is None or label not in out:
            continue
        out[label][0] += 1
        children = (candidates[label].span(ctx, row) for row in candidates[label].of(int(found)))
        out[label][1] += any(_matches(label, child, [by_id[rel["child"]]], text, ctx, pairs) for child in children)
    return out


def training_candidate_recall(nlp, records: list[dict]) -> dict[str, list[int]]:
    """:func:`candidate_recall` summed over gold ``records`` run through ``nlp`` up to its relation
    step (as the relation model sees them in training)."""
    from spacy.training import Example

    from pipeline.components.relation_model import model_span_scores
    from pipeline.convert.spacy_docbin import record_to_doc
    from pipeline.scorer import gold_record

    step = nlp.get_pipe("relstats_relation_model")
    examples = [Example(nlp.make_doc(record["text"]), record_to_doc(nlp, record)) for record in records]
    total = {label: [0, 0] for label in LABELS}
    for doc, eg in step.upstream_docs(examples, nlp):
        for label, (asked, found) in candidate_recall(PairContext(doc, model_span_scores(doc)),
                                                      gold_record(eg.reference)).items():
            total[label][0] += asked
            total[label][1] += found
    return total


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
