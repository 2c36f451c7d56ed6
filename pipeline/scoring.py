"""Score predicted documents against gold ones (FORMAT §6).

Gold and predicted documents share the FORMAT §2 shape and are paired by ``id``. Quantities are
paired one to one within a document; that pairing decides attribute accuracy, relation ends and
records (a gold quantity with its value, unit, metric, bound and relations all right). No spaCy
import: this runs on plain dicts.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pipeline.schema import RELATION_LABELS

PHRASE_LABELS = ("CATEGORY", "BASELINE", "PERIOD")
ATTRIBUTES = ("value", "unit", "metric", "bound", "direction")
RECORD_ATTRIBUTES = ("value", "unit", "metric", "bound")
ATTRIBUTE_DEFAULTS = {"bound": "=", "direction": None}
VALUE_TOLERANCE = 0.002
QUANTITY_ENDED_LABELS = ("MODIFIES", "PART_OF")

HEAD_STOP_WORDS = frozenset(
    """of for in on at from to by with without among between under over into during excluding
    including per than as about across through within
    that which who whom whose where when were was is are been being has have had""".split()
)
HEAD_STOP_PUNCTUATION = frozenset(',;:()"')
_TOKEN = re.compile(r"(?:[^\W_]|['’-])+|[,;:()\"]")


@dataclass
class Tally:
    """True positives, false positives and false negatives of one kind of item."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def add_matches(self, matched: int, predicted: int, gold: int) -> None:
        self.add(matched, predicted - matched, gold - matched)

    def as_dict(self) -> dict:
        precision = ratio(self.tp, self.tp + self.fp)
        recall = ratio(self.tp, self.tp + self.fn)
        f1 = ratio(2 * precision * recall, precision + recall)
        return {"p": precision, "r": recall, "f1": f1, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Share:
    """How many of ``total`` items were right."""

    correct: int = 0
    total: int = 0

    def add(self, right: bool) -> None:
        self.correct += int(right)
        self.total += 1

    def as_dict(self) -> dict:
        return {"accuracy": ratio(self.correct, self.total), "correct": self.correct, "total": self.total}


@dataclass
class _Totals:
    quantity_exact: Tally = field(default_factory=Tally)
    quantity_lenient: Tally = field(default_factory=Tally)
    attributes: dict = field(default_factory=lambda: {name: Share() for name in ATTRIBUTES})
    phrases: dict = field(default_factory=lambda: {label: Tally() for label in PHRASE_LABELS})
    relations: dict = field(default_factory=lambda: {label: Tally() for label in RELATION_LABELS})
    records: Share = field(default_factory=Share)
    errors: list = field(default_factory=list)


def ratio(part: float, whole: float) -> float:
    """``part / whole``, or 0.0 when ``whole`` is zero."""
    return part / whole if whole else 0.0


# --- reading -----------------------------------------------------------------------------------


# --- span geometry -----------------------------------------------------------------------------


def overlap(a: dict, b: dict) -> int:
    """Number of characters two spans share."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def span_length(span: dict) -> int:
    return span["end"] - span["start"]


def dice(gold: dict, pred: dict) -> float:
    """Character Dice coefficient of two spans."""
    return ratio(2 * overlap(gold, pred), span_length(gold) + span_length(pred))


def head_word(text: str, span: dict) -> tuple[int, int]:
    """Document offsets of a phrase's head word: the last word before its first preposition,
    clause word or punctuation mark (the first word when the phrase starts with one)."""
    surface = text[span["start"] : span["end"]]
    tokens = list(_TOKEN.finditer(surface))
    words = [t for t in tokens if t.group() not in HEAD_STOP_PUNCTUATION]
    if not words:
        return span["start"], span["end"]
    head = None
    for token in tokens:
        if token.group() in HEAD_STOP_PUNCTUATION or token.group().lower() in HEAD_STOP_WORDS:
            break
        head = token
    head = head or words[0]
    return span["start"] + head.start(), span["start"] + head.end()


def phrase_matches(text: str, gold: dict, pred: dict) -> bool:
    """A CATEGORY or PERIOD child is right when it overlaps the gold one enough (Dice >= 0.5), or
    covers the gold head word without being much longer."""
    if dice(gold, pred) >= 0.5:
        return True
    head_start, head_end = head_word(text, gold)
    covers_head = pred["start"] <= head_start and pred["end"] >= head_end
    return covers_head and span_length(pred) <= 3 * span_length(gold) + 10


def baseline_matches(gold: dict, pred: dict) -> bool:
    """A BASELINE child is right when it overlaps the gold one and has its type and year."""
    return (
        overlap(gold, pred) > 0
        and gold.get("type") == pred.get("type")
        and gold.get("year") == pred.get("year")
    )


# --- pairing -----------------------------------------------------------------------------------


def pair_spans(gold: list[dict], pred: list[dict]) -> dict[str, str]:
    """Pair gold and predicted spans one to one, gold id -> predicted id: identical offsets first,
    then greedily by largest overlap (ties by earliest start)."""
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for g in gold:
        same = next((p for p in pred if p["id"] not in taken and _same_offsets(g, p)), None)
        if same is not None:
            pairs[g["id"]] = same["id"]
            taken.add(same["id"])
    candidates = [
        (overlap(g, p), g, p)
        for g in gold
        if g["id"] not in pairs
        for p in pred
        if p["id"] not in taken and overlap(g, p) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1]["start"], c[2]["start"], c[1]["end"], c[2]["end"]))
    for _, g, p in candidates:
        if g["id"] not in pairs and p["id"] not in taken:
            pairs[g["id"]] = p["id"]
            taken.add(p["id"])
    return pairs


def _same_offsets(a: dict, b: dict) -> bool:
    return a["start"] == b["start"] and a["end"] == b["end"]


def match_one_to_one(n_gold: int, n_pred: int, compatible: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum one-to-one matching of gold to predicted items (gold index -> predicted index)."""
    options = [[j for j in range(n_pred) if compatible(i, j)] for i in range(n_gold)]
    owner: dict[int, int] = {}

    def claim(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or claim(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(n_gold):
        claim(i, set())
    return {i: j for j, i in owner.items()}


# --- one document ------------------------------------------------------------------------------


@dataclass
class _Side:
    """The spans and relations of one side (gold or predicted) of a document."""

    doc: dict

    def __post_init__(self) -> None:
        self.spans = [s for s in self.doc.get("spans") or [] if isinstance(s, dict)]
        self.by_id = {s.get("id"): s for s in self.spans}
        relations = self.doc.get("relations") or []
        self.relations = [r for r in relations if r.get("label") in RELATION_LABELS]

    def labelled(self, label: str) -> list[dict]:
        spans = [s for s in self.spans if s.get("label") == label]
        return sorted(spans, key=lambda s: (s["start"], s["end"]))

    def surface(self, span_id) -> str:
        span = self.by_id.get(span_id)
        return self.doc["text"][span["start"] : span["end"]] if span else f"<unknown span {span_id}>"


def _check_gold_relations(gold: _Side) -> None:
    for rel in gold.relations:
        for end in ("head", "child"):
            if rel.get(end) not in gold.by_id:
                where = f"gold document {gold.doc['id']!r}"
                raise ValueError(f"{where}: relation refers to unknown span {rel.get(end)!r}")


def match_relations(gold: _Side, pred: _Side, quantity_pairs: dict[str, str]) -> dict[int, int]:
    """Match gold to predicted relations one to one (indices into ``gold.relations``/``pred.relations``)."""
    text = gold.doc["text"]

    def compatible(i: int, j: int) -> bool:
        g, p = gold.relations[i], pred.relations[j]
        paired_head = quantity_pairs.get(g["head"])
        pred_child = pred.by_id.get(p.get("child"))
        same_head = paired_head is not None and paired_head == p.get("head")
        if g["label"] != p["label"] or not same_head or pred_child is None:
            return False
        return child_matches(g["label"], gold.by_id[g["child"]], pred_child, text, quantity_pairs)

    return match_one_to_one(len(gold.relations), len(pred.relations), compatible)


def child_matches(label: str, gold_child: dict, pred_child: dict, text: str, quantity_pairs: dict) -> bool:
    """Whether a predicted relation's child stands for the gold relation's child."""
    if label in QUANTITY_ENDED_LABELS:
        return quantity_pairs.get(gold_child["id"]) == pred_child.get("id")
    if label == "BASELINE":
        return baseline_matches(gold_child, pred_child)
    return phrase_matches(text, gold_child, pred_child)


def attribute_right(name: str, gold: dict, pred: dict) -> bool:
    """Whether a predicted quantity has the gold quantity's ``name`` attribute."""
    default = ATTRIBUTE_DEFAULTS.get(name)
    gold_value, pred_value = gold.get(name, default), pred.get(name, default)
    if name == "value":
        return values_agree(gold_value, pred_value)
    return gold_value == pred_value


def values_agree(gold, pred) -> bool:
    """Numbers within 0.2% of the gold value (both zero agree)."""
    if not _is_number(gold) or not _is_number(pred):
        return gold is None and pred is None
    return abs(pred - gold) <= VALUE_TOLERANCE * abs(gold)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _score_document(gold: _Side, pred: _Side, totals: _Totals) -> None:
    gold_quantities, pred_quantities = gold.labelled("QUANTITY"), pred.labelled("QUANTITY")
    quantity_pairs = pair_spans(gold_quantities, pred_quantities)
    _count_quantities(gold, pred, quantity_pairs, totals)
    for label in PHRASE_LABELS:
        gold_phrases, pred_phrases = gold.labelled(label), pred.labelled(label)
        paired = len(pair_spans(gold_phrases, pred_phrases))
        totals.phrases[label].add_matches(paired, len(pred_phrases), len(gold_phrases))
    matches = match_relations(gold, pred, quantity_pairs)
    _count_relations(gold, pred, matches, totals)
    errors = [
        error
        for quantity in gold_quantities
        if (error := _judge_record(quantity, gold, pred, quantity_pairs, matches, totals)) is not None
    ]
    paired_predictions = set(quantity_pairs.values())
    spurious = [p for p in pred_quantities if p["id"] not in paired_predictions]
    errors += [_error(pred, p, ["spurious"], {}) for p in spurious]
    totals.errors += sorted(errors, key=lambda e: (e["start"], e["end"]))


def _count_quantities(gold: _Side, pred: _Side, quantity_pairs: dict[str, str], totals: _Totals) -> None:
    n_gold, n_pred = len(gold.labelled("QUANTITY")), len(pred.labelled("QUANTITY"))
    pairs = [(gold.by_id[g], pred.by_id[p]) for g, p in quantity_pairs.items()]
    exact = sum(_same_offsets(g, p) for g, p in pairs)
    totals.quantity_exact.add_matches(exact, n_pred, n_gold)
    totals.quantity_lenient.add_matches(len(pairs), n_pred, n_gold)
    for g, p in pairs:
        for name in ATTRIBUTES:
            totals.attributes[name].add(attribute_right(name, g, p))


def _count_relations(gold: _Side, pred: _Side, matches: dict[int, int], totals: _Totals) -> None:
    for label in RELATION_LABELS:
        tp = sum(1 for i in matches if gold.relations[i]["label"] == label)
        n_gold = sum(1 for r in gold.relations if r["label"] == label)
        n_pred = sum(1 for r in pred.relations if r["label"] == label)
        totals.relations[label].add_matches(tp, n_pred, n_gold)


def _judge_record(quantity, gold: _Side, pred: _Side, quantity_pairs, matches, totals: _Totals):
    """Count one gold record; return its error entry when it fails."""
    reasons, details = record_faults(quantity, gold, pred, quantity_pairs, matches)
    totals.records.add(not reasons)
    return _error(gold, quantity, reasons, details) if reasons else None


def record_faults(quantity: dict, gold: _Side, pred: _Side, quantity_pairs, matches) -> tuple[list, dict]:
    """The reasons a gold record fails (empty when it is right), with a readable detail for each."""
    paired_id = quantity_pairs.get(quantity["id"])
    if paired_id is None:
        return ["missed"], {}
    prediction = pred.by_id[paired_id]
    faults: dict[str, list[str]] = {}
    for name in RECORD_ATTRIBUTES:
        if not attribute_right(name, quantity, prediction):
            default = ATTRIBUTE_DEFAULTS.get(name)
            gold_value, pred_value = quantity.get(name, default), prediction.get(name, default)
            faults[name] = [f"gold {gold_value!r}, predicted {pred_value!r}"]
    for i, rel in enumerate(gold.relations):
        if rel["head"] == quantity["id"] and i not in matches:
            note = f"gold child {gold.surface(rel['child'])!r}"
            faults.setdefault(f"missing:{rel['label']}", []).append(note)
    matched_pred = set(matches.values())
    for j, rel in enumerate(pred.relations):
        if rel.get("head") == paired_id and j not in matched_pred:
            note = f"predicted child {pred.surface(rel.get('child'))!r}"
            faults.setdefault(f"wrong:{rel['label']}", []).append(note)
    return list(faults), {reason: "; ".join(notes) for reason, notes in faults.items()}


def _error(side: _Side, span: dict, reasons: list[str], details: dict) -> dict:
    return {
        "doc_id": side.doc["id"],
        "start": span["start"],
        "end": span["end"],
        "text": side.doc["text"][span["start"] : span["end"]],
        "reasons": reasons,
        "details": details,
    }


# --- the whole collection ----------------------------------------------------------------------


def _index_by_id(docs: list[dict], side: str) -> dict[str, dict]:
    index: dict[str, dict] = {}
    for doc in docs:
        doc_id = doc.get("id")
        if doc_id in index:
            raise ValueError(f"{side} documents: id {doc_id!r} occurs twice")
        index[doc_id] = doc
    return index


def _document_pairs(gold_docs: list[dict], pred_docs: list[dict]) -> list[tuple[dict, dict]]:
    gold_index, pred_index = _index_by_id(gold_docs, "gold"), _index_by_id(pred_docs, "predicted")
    unknown = [doc_id for doc_id in pred_index if doc_id not in gold_index]
    if unknown:
        raise ValueError(f"predicted document {unknown[0]!r} has no gold document")
    pairs = []
    for doc_id, gold in gold_index.items():
        pred = pred_index.get(doc_id, {"id": doc_id, "text": gold.get("text"), "spans": [], "relations": []})
        if pred.get("text") != gold.get("text"):
            raise ValueError(f"document {doc_id!r}: predicted text differs from the gold text")
        pairs.append((gold, pred))
    return pairs


def score(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """Score predictions against gold documents (FORMAT §6), pairing documents by id.

    A gold document without a prediction counts as predicting nothing. Raises ValueError for a
    predicted id that is not in gold, or a pair whose texts differ. Returns a JSON-serialisable
    report with ``quantity``, ``attributes``, ``spans``, ``relations``, ``records``, ``errors`` and
    ``documents``.
    """
    totals = _Totals()
    pairs = _document_pairs(gold_docs, pred_docs)
    for gold, pred in pairs:
        gold_side = _Side(gold)
        _check_gold_relations(gold_side)
        _score_document(gold_side, _Side(pred), totals)
    relations = {label: tally.as_dict() for label, tally in totals.relations.items()}
    relations["all"] = _micro_average(totals.relations.values())
    return {
        "documents": len(pairs),
        "quantity": {"exact": totals.quantity_exact.as_dict(), "lenient": totals.quantity_lenient.as_dict()},
        "attributes": {name: share.as_dict() for name, share in totals.attributes.items()},
        "spans": {label: tally.as_dict() for label, tally in totals.phrases.items()},
        "relations": relations,
        "records": totals.records.as_dict(),
        "errors": totals.errors,
    }


def _micro_average(tallies) -> dict:
    total = Tally()
    for tally in tallies:
        total.add(tally.tp, tally.fp, tally.fn)
    return total.as_dict()


def error_summary(report: dict, k: int = 10) -> list[dict]:
    """The ``k`` most frequent error types of a report, each with its count and first example."""
    counts: Counter = Counter()
    examples: dict[str, dict] = {}
    for error in report["errors"]:
        for reason in error["reasons"]:
            counts[reason] += 1
            examples.setdefault(reason, error)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
    return [{"type": reason, "count": count, "example": examples[reason]} for reason, count in ranked]


# --- the printed report ------------------------------------------------------------------------


def format_report(report: dict) -> str:
    """A plain-text rendering: a P/R/F1 table, attribute accuracies and the record accuracy."""
    quantity = report["quantity"]
    rows = [("QUANTITY exact", quantity["exact"]), ("QUANTITY lenient", quantity["lenient"])]
    rows += [(f"{label} span", report["spans"][label]) for label in PHRASE_LABELS]
    rows += [(f"{label} relation", report["relations"][label]) for label in RELATION_LABELS]
    rows.append(("all relations", report["relations"]["all"]))
    prf_rows = [
        [name, f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}", str(s["tp"]), str(s["fp"]), str(s["fn"])]
        for name, s in rows
    ]
    attribute_rows = [
        [name, f"{s['accuracy']:.3f}", f"{s['correct']}/{s['total']}"]
        for name, s in report["attributes"].items()
    ]
    records = report["records"]
    return "\n".join(
        [
            f"Documents: {report['documents']}",
            "",
            _table(["", "P", "R", "F1", "TP", "FP", "FN"], prf_rows),
            "",
            _table(["attribute", "accuracy", "correct/total"], attribute_rows),
            "",
            f"Record accuracy: {100 * records['accuracy']:.1f}% ({records['correct']}/{records['total']})",
        ]
    )


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:])]
        return "  ".join([first, *rest]).rstrip()

    return "\n".join(line(row) for row in [header, *rows])
