"""Candidate (head, child) pairs for each relation label, and the features a trained model scores.

For each QUANTITY the candidates are: CATEGORY — every noun phrase of its sentence
(:func:`pipeline.phrases.noun_phrase_inventory`) plus the rules' proposals and the trained span
component's CATEGORY spans; MODIFIES and PART_OF — the other quantities of its sentence and the one
before; BASELINE — the baselines of its sentence, the one before and heading lines; PERIOD — the
periods of its sentence.

Features (all documented here, so a reader can audit what the model sees):

- ``rule``: the rule step chose this pair; ``rule_cat:<how>``: how the rules proposed the phrase.
- ``order:<before|after>``, ``dist:<bucket>`` (tokens between), ``sents:<0|1|2+>``,
  ``clause``: no semicolon between; ``commas:<bucket>``, ``verbs:<bucket>``, ``figures:<bucket>``
  (quantities between), ``paren``: the child is in brackets next to the head.
- words between: ``between:<word>`` for cue words (respectively, of, which, including, among, to,
  from, than, compared, accounting, or, up, down, by, while, and); ``gap:<text>`` when the gap is
  at most three tokens.
- head: ``q_metric:<m>``, ``q_kind:<unit kind>``, ``q_counted``: a counted noun follows it.
- child quantity: ``c_metric:<m>``, ``same_unit``, ``same_kind``, ``c_modified``.
- child phrase: ``len:<bucket>``, ``first:<word>``, ``head_is_unit``: its head word is the head's
  count unit; ``adjacent``: it starts right after the figure (or after ``of``); ``subject``: it
  opens its clause and a verb follows; ``span_score``: the trained span component's score.
- conjunctions: ``<metric>&<order>``, ``<order>&<dist>``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from spacy.tokens import Doc, Span

from pipeline.extensions import candidates_of, relations_of, sent_of, spans_of, text_of
from pipeline.phrases import is_verb, noun_phrase_inventory

LABELS = ("CATEGORY", "MODIFIES", "BASELINE", "PART_OF", "PERIOD")
CUE_WORDS = {"respectively", "of", "which", "including", "among", "to", "from", "than", "compared", "accounting",
             "or", "up", "down", "by", "while", "and", "with", "at", "was", "were", "is", "are", "in"}
DETERMINERS = {"the", "a", "an", "its", "their", "this", "these"}


def bucket(n: int, edges=(0, 1, 2, 3, 5, 8, 12, 20)) -> str:
    """A coarse label for a count or distance."""
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


class PairContext:
    """What the features of one document need, computed once."""

    def __init__(self, doc: Doc, span_scores: dict | None = None):
        self.doc = doc
        self.text = text_of(doc)
        self.quantities = spans_of(doc, "QUANTITY")
        self.baselines = spans_of(doc, "BASELINE")
        self.periods = spans_of(doc, "PERIOD")
        self.sentences = list(doc.sents)
        self.sent_index = {}
        for k, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self.sent_index[i] = k
        self.rule = {(r.head.start, r.head.end, r.label, r.child.start, r.child.end) for r in relations_of(doc)}
        self.rule_category_how: dict[tuple, float] = {}
        for cand in candidates_of(doc):
            if cand.label == "CATEGORY":
                key = (cand.head.start, cand.head.end, cand.child.start, cand.child.end)
                self.rule_category_how[key] = max(self.rule_category_how.get(key, 0.0), cand.score)
        self.span_scores = span_scores or {}
        self.counted: set[tuple[int, int]] = {
            (c.head.start, c.head.end) for c in candidates_of(doc) if c.label == "CATEGORY" and c.how == "after"}
        self.modified = {(r.child.start, r.child.end) for r in relations_of(doc) if r.label == "MODIFIES"}
        # prefix sums, so counts between any two tokens cost O(1)
        self.verbs = [0, *accumulate(int(is_verb(t)) for t in doc)]
        self.commas = [0, *accumulate(int(t.text == ",") for t in doc)]
        self.semicolons = [0, *accumulate(int(t.text == ";") for t in doc)]
        self.cues: dict[str, list[int]] = {}
        for t in doc:
            if t.lower_ in CUE_WORDS:
                self.cues.setdefault(t.lower_, []).append(t.i)
        self.quantity_starts = sorted(q.start for q in self.quantities)
        self.respectively = [t.i for t in doc if t.lower_ == "respectively"]
        self.category_candidates: dict[tuple[int, int], list[Span]] = {}
        for cand in candidates_of(doc):
            if cand.label == "CATEGORY":
                self.category_candidates.setdefault((cand.head.start, cand.head.end), []).append(cand.child)
        self.inventories: dict[int, list[tuple[int, int, int]]] = {}
        self.scores_by_sentence: dict[int, list[tuple[int, int]]] = {}
        for start, end in self.span_scores:
            self.scores_by_sentence.setdefault(self.sent_index.get(start, 0), []).append((start, end))

    def sentence_of(self, span) -> int:
        return self.sent_index.get(span.start, 0)

    def inventory(self, k: int) -> list[tuple[int, int, int]]:
        """The noun-phrase inventory of sentence ``k`` (computed once)."""
        if k not in self.inventories:
            sent = self.sentences[k]
            self.inventories[k] = noun_phrase_inventory(self.doc, sent.start, sent.end)
        return self.inventories[k]

    def count(self, sums: list[int], start: int, end: int) -> int:
        return sums[end] - sums[start] if end > start else 0

    def between(self, positions: list[int], start: int, end: int) -> int:
        return bisect_left(positions, end) - bisect_left(positions, start) if end > start else 0


def candidate_children(ctx: PairContext, q: Span) -> dict[str, list[Span]]:
    """The candidate children of quantity ``q`` for each relation label."""
    doc = ctx.doc
    k = ctx.sentence_of(q)
    sent = ctx.sentences[k]
    previous = ctx.sentences[k - 1] if k > 0 else None
    scope_start = previous.start if previous is not None else sent.start
    out: dict[str, list[Span]] = {label: [] for label in LABELS}
    seen = set()
    for start, end, _ in ctx.inventory(k):
        if start <= q.start < end or start < q.end <= end:
            continue
        seen.add((start, end))
        out["CATEGORY"].append(Span(doc, start, end, label="CATEGORY"))
    for child in ctx.category_candidates.get((q.start, q.end), []):
        if (child.start, child.end) not in seen:
            seen.add((child.start, child.end))
            out["CATEGORY"].append(child)
    for start, end in ctx.scores_by_sentence.get(k, []):
        if end <= sent.end and (start, end) not in seen and not (start <= q.start < end):
            seen.add((start, end))
            out["CATEGORY"].append(Span(doc, start, end, label="CATEGORY"))
    for other in ctx.quantities:
        if other == q or not (scope_start <= other.start < sent.end):
            continue
        out["MODIFIES"].append(other)
        if other.start < q.start:
            out["PART_OF"].append(other)
    for b in ctx.baselines:
        if scope_start <= b.start < sent.end or (b.start < q.start and "\n" in ctx.text[b.end_char : q.start_char]
                                                 and "\n\n" not in ctx.text[b.end_char : q.start_char]):
            out["BASELINE"].append(b)
    for p in ctx.periods:
        if sent.start <= p.start < sent.end:
            out["PERIOD"].append(p)
    return out


def pair_features(ctx: PairContext, q: Span, child: Span, label: str) -> dict[str, float]:
    """The features of one (quantity, child) pair for ``label``."""
    doc = ctx.doc
    f: dict[str, float] = {"bias": 1.0}
    if (q.start, q.end, label, child.start, child.end) in ctx.rule:
        f["rule"] = 1.0
    before = child.end <= q.start
    order = "before" if before else "after"
    gap_start, gap_end = (child.end, q.start) if before else (q.end, child.start)
    gap = doc[gap_start:gap_end] if gap_end > gap_start else doc[0:0]
    distance = max(0, gap_end - gap_start)
    f[f"order:{order}"] = 1.0
    f[f"dist:{bucket(distance)}"] = 1.0
    sents = abs(ctx.sentence_of(q) - ctx.sentence_of(child))
    f[f"sents:{min(sents, 2)}"] = 1.0
    if not ctx.count(ctx.semicolons, gap_start, gap_end):
        f["clause"] = 1.0
    f[f"commas:{bucket(ctx.count(ctx.commas, gap_start, gap_end), (0, 1, 2, 4))}"] = 1.0
    f[f"verbs:{bucket(ctx.count(ctx.verbs, gap_start, gap_end), (0, 1, 2))}"] = 1.0
    figures = ctx.between(ctx.quantity_starts, gap_start, gap_end)
    f[f"figures:{bucket(figures, (0, 1, 2, 4))}"] = 1.0
    for word, positions in ctx.cues.items():
        if ctx.between(positions, gap_start, gap_end):
            f[f"between:{word}"] = 1.0
    if distance <= 3:
        f["gap:" + " ".join(t.lower_ for t in gap)] = 1.0
    sentence = ctx.sentences[ctx.sentence_of(q)]
    if ctx.between(ctx.respectively, q.end, sentence.end):
        f["respectively_after"] = 1.0
    q_metric = q._.metric or "NONE"
    f[f"q_metric:{q_metric}"] = 1.0
    f[f"q_kind:{q._.unit_kind}"] = 1.0
    if (q.start, q.end) in ctx.counted:
        f["q_counted"] = 1.0
    f[f"{q_metric}&{order}"] = 1.0
    f[f"{order}&dist:{bucket(distance, (0, 2, 5, 12))}"] = 1.0
    if label in ("MODIFIES", "PART_OF"):
        f[f"c_metric:{child._.metric}"] = 1.0
        f[f"{q_metric}>{child._.metric}"] = 1.0
        if child._.unit and child._.unit == q._.unit:
            f["same_unit"] = 1.0
        if child._.unit_kind == q._.unit_kind:
            f["same_kind"] = 1.0
        if (child.start, child.end) in ctx.modified:
            f["c_modified"] = 1.0
        if gap and gap[-1].lower_ in ("to", "at") and not before:
            f["to_level"] = 1.0
    elif label == "CATEGORY":
        words = [t.lower_ for t in child]
        f[f"len:{bucket(len(words), (1, 2, 3, 5, 8, 12))}"] = 1.0
        f[f"first:{words[0]}"] = 1.0
        if words[0] in DETERMINERS:
            f["det"] = 1.0
        how = ctx.rule_category_how.get((q.start, q.end, child.start, child.end))
        if how is not None:
            f[f"rule_score:{how:.2f}"] = 1.0
        unit = (q._.unit or "").split(" per ")[0]
        if unit and any(re.sub(r"s$", "", w) == re.sub(r"s$", "", unit) for w in words):
            f["head_is_unit"] = 1.0
        if not before and (child.start == q.end or (child.start == q.end + 1 and doc[q.end].lower_ == "of")):
            f["adjacent"] = 1.0
        if child.start == sent_of(child).start or doc[child.start - 1].text in (";", ",", ":"):
            f["opens_clause"] = 1.0
        if child.end < len(doc) and is_verb(doc[child.end]):
            f["subject"] = 1.0
        if child.end < len(doc) and doc[child.end].text in (":", "("):
            f[f"label:{doc[child.end].text}"] = 1.0
        if any(t.lower_ in ("number",) for t in child[:2]):
            f["number_of"] = 1.0
        score = ctx.span_scores.get((child.start, child.end))
        if score is not None:
            f["span_score"] = round(float(score), 3)
        if ctx.between(ctx.quantity_starts, child.start, child.end):
            f["contains_figure"] = 1.0
    elif label == "BASELINE":
        f[f"btype:{child._.baseline_type}"] = 1.0
        if "\n" in ctx.text[min(child.end_char, q.start_char) : max(child.start_char, q.end_char)]:
            f["other_line"] = 1.0
    return f
