"""relstats' scorer for spaCy: FORMAT §6 scoring of ``Example``s, registered as ``relstats.scorer.v1``.

``nlp.evaluate(examples)`` and ``python -m spacy evaluate MODEL gold.spacy`` call the relstats
components' ``score``, which turns each example's predicted and reference ``Doc`` into FORMAT §2
records and scores them with :func:`pipeline.scoring.score` — the same function as
``relstats evaluate``. Keys (all prefixed ``relstats_``): ``records`` (record accuracy, the
headline), ``quantity_p/r/f`` (lenient) and ``quantity_exact_f``, ``<attribute>_acc`` for value,
unit, metric, bound and direction, ``<LABEL>_p/r/f`` per relation label, ``relations_f``.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

#: ``doc.user_data`` key of a reference document's exact FORMAT §2 record (set by
#: :func:`pipeline.convert.spacy_docbin.record_to_doc`), so token alignment never moves a gold offset
RECORD_KEY = "relstats.record"


def gold_record(doc: Doc, doc_id: str = "doc") -> dict:
    """The FORMAT §2 record a reference ``Doc`` carries (exact when converted from FORMAT)."""
    from pipeline.docs import doc_to_record

    stored = doc.user_data.get(RECORD_KEY)
    if stored is not None:
        return dict(stored, id=doc_id)
    return doc_to_record(doc, doc_id)


def score_records(gold: list[dict], pred: list[dict]) -> dict[str, float]:
    """The flat ``relstats_*`` scores of FORMAT §6 for paired records."""
    from pipeline.scoring import score

    report = score(gold, pred)
    out = {"relstats_records": report["records"]["accuracy"]}
    lenient = report["quantity"]["lenient"]
    out.update(relstats_quantity_p=lenient["p"], relstats_quantity_r=lenient["r"], relstats_quantity_f=lenient["f1"],
               relstats_quantity_exact_f=report["quantity"]["exact"]["f1"])
    for name, attribute in report["attributes"].items():
        out[f"relstats_{name}_acc"] = attribute["accuracy"]
    for label, rel in report["relations"].items():
        key = "relations" if label == "all" else label
        out.update({f"relstats_{key}_p": rel["p"], f"relstats_{key}_r": rel["r"], f"relstats_{key}_f": rel["f1"]})
    return out


def score_examples(examples: Iterable[Example], **kwargs) -> dict[str, float]:
    """FORMAT §6 scores of the examples' predicted docs against their reference docs."""
    from pipeline.docs import doc_to_record

    gold, pred = [], []
    for k, eg in enumerate(examples):
        gold.append(gold_record(eg.reference, f"doc{k}"))
        pred.append(doc_to_record(eg.predicted, f"doc{k}"))
    return score_records(gold, pred)


@registry.scorers("relstats.scorer.v1")
def make_relstats_scorer():
    """The registered scorer: :func:`score_examples`."""
    return score_examples
