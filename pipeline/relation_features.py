"""Candidate (head, child) pairs for each relation label, and the features a trained model scores.

For each QUANTITY the candidates are: CATEGORY — every noun phrase of its sentence
(:func:`pipeline.phrases.noun_phrase_inventory`) plus the rules' proposals and the trained span
component's CATEGORY spans; MODIFIES and PART_OF — the other quantities of its sentence and the one
before (for PART_OF, the whole may stand before or after its parts); BASELINE — the baselines of its sentence, the one before and heading lines; PERIOD — the
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

from pipeline.extensions import candidates_of, relations_of, spans_of, text_of
from pipeline.lexicon import words
from pipeline.phrases import DETERMINERS, is_verb, noun_phrase_inventory

LABELS = ("CATEGORY", "MODIFIES", "BASELINE", "PART_OF", "PERIOD")
#: candidate windows that keep the cost linear in long list-like sentences; in the annotated corpus
#: (143 releases) a modified figure or whole is at most 12 quantities away, a category at most 179
#: words, so no gold pair falls outside them (`make profile` measures the candidate recall)
FIGURE_WINDOW = 16
CATEGORY_WINDOW = 250
CUE_WORDS = {"respectively", "of", "which", "including", "among", "to", "from", "than", "compared", "accounting",
             "or", "up", "down", "by", "while", "and", "with", "at", "was", "were", "is", "are", "in"}



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
        # token attributes read once, and prefix sums, so counts between any two tokens cost O(1)
        self.lower = [t.lower_ for t in doc]
        self.texts = [t.text for t in doc]
        self.verb_flags = [int(is_verb(t)) for t in doc]
        self.verbs = [0, *accumulate(self.verb_flags)]
        self.commas = [0, *accumulate(int(t == ",") for t in self.texts)]
        self.semicolons = [0, *accumulate(int(t == ";") for t in self.texts)]
        self.cues: dict[str, list[int]] = {}
        for i, word in enumerate(self.lower):
            if word in CUE_WORDS:
                self.cues.setdefault(word, []).append(i)
        self.attributes: dict[tuple[int, int, str], tuple] = {}
        self.change_words = words("change_up") | words("change_down")
        # the innermost open bracket enclosing each token (-1: none), found with one stack pass
        self.bracket: list[int] = []
        stack: list[int] = []
        for i, text in enumerate(self.texts):
            if text in (")", "]") and stack:
                stack.pop()
            self.bracket.append(stack[-1] if stack else -1)
            if text in ("(", "["):
                stack.append(i)
        self.quantity_starts = [q.start for q in self.quantities]  # spans_of sorts by offsets
        self.quantity_position = {(q.start, q.end): k for k, q in enumerate(self.quantities)}
        self.baseline_starts = [b.start for b in self.baselines]
        self.period_starts = [p.start for p in self.periods]
        self.respectively = self.cues.get("respectively", [])
        self.category_candidates: dict[tuple[int, int], list[Span]] = {}
        for cand in candidates_of(doc):
            if cand.label == "CATEGORY":
                self.category_candidates.setdefault((cand.head.start, cand.head.end), []).append(cand.child)
        self.inventories: dict[int, list[tuple[int, int, int]]] = {}
        self.scores_by_sentence: dict[int, list[tuple[int, int]]] = {}
        for start, end in self.span_scores:
            self.scores_by_sentence.setdefault(self.sent_index.get(start, 0), []).append((start, end))

    def attrs(self, span: Span) -> tuple:
        """``(metric, unit_kind, unit, baseline_type)`` of a span, read once."""
        key = (span.start, span.end, span.label_)
        if key not in self.attributes:
            ext = span._
            self.attributes[key] = (ext.metric, ext.unit_kind, ext.unit, ext.baseline_type)
        return self.attributes[key]

    @staticmethod
    def within(spans: list[Span], starts: list[int], start: int, end: int) -> list[Span]:
        """The spans (sorted by start, with their ``starts``) that start in ``[start, end)``."""
        return spans[bisect_left(starts, start) : bisect_left(starts, end)]

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
        if start <= q.start < end or start < q.end <= end or start > q.end + CATEGORY_WINDOW \
                or end < q.start - CATEGORY_WINDOW or all(w in ctx.change_words for w in ctx.lower[start:end]):
            continue  # a phrase of change words only (``Increases``) names no thing a figure counts
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
    position = ctx.quantity_position[(q.start, q.end)]
    nearby = ctx.quantities[max(0, position - FIGURE_WINDOW) : position + FIGURE_WINDOW + 1]
    for other in [x for x in nearby if scope_start <= x.start < sent.end]:
        if other == q:
            continue
        out["MODIFIES"].append(other)
        out["PART_OF"].append(other)  # the whole may follow its parts: ``A, B and a total of C``
    # baselines of the sentence and the one before, and a heading line's baseline: the last
    # baseline before the figure's paragraph line when no blank line lies between
    in_scope = ctx.within(ctx.baselines, ctx.baseline_starts, scope_start, sent.end)
    out["BASELINE"].extend(in_scope)
    k_before = bisect_left(ctx.baseline_starts, scope_start)
    for b in reversed(ctx.baselines[:k_before]):
        between = ctx.text[b.end_char : q.start_char]
        if "\n\n" in between:
            break
        if "\n" in between:
            out["BASELINE"].insert(0, b)
    out["PERIOD"].extend(ctx.within(ctx.periods, ctx.period_starts, sent.start, sent.end))
    return out


def pair_features(ctx: PairContext, q: Span, child: Span, label: str) -> dict[str, float]:
    """The features of one (quantity, child) pair for ``label``."""
    lower, texts = ctx.lower, ctx.texts
    f: dict[str, float] = {"bias": 1.0}
    if (q.start, q.end, label, child.start, child.end) in ctx.rule:
        f["rule"] = 1.0
    before = child.end <= q.start
    order = "before" if before else "after"
    gap_start, gap_end = (child.end, q.start) if before else (q.end, child.start)
    distance = max(0, gap_end - gap_start)
    f[f"order:{order}"] = 1.0
    f[f"dist:{bucket(distance)}"] = 1.0
    q_sentence = ctx.sentence_of(q)
    sents = abs(q_sentence - ctx.sentence_of(child))
    f[f"sents:{min(sents, 2)}"] = 1.0
    if not ctx.count(ctx.semicolons, gap_start, gap_end):
        f["clause"] = 1.0
    f[f"commas:{bucket(ctx.count(ctx.commas, gap_start, gap_end), (0, 1, 2, 4))}"] = 1.0
    f[f"verbs:{bucket(ctx.count(ctx.verbs, gap_start, gap_end), (0, 1, 2))}"] = 1.0
    figures = ctx.between(ctx.quantity_starts, gap_start, gap_end)
    f[f"figures:{bucket(figures, (0, 1, 2, 4))}"] = 1.0
    if gap_end > gap_start:
        for word, positions in ctx.cues.items():
            if ctx.between(positions, gap_start, gap_end):
                f[f"between:{word}"] = 1.0
    if distance <= 3:
        f["gap:" + " ".join(lower[gap_start:gap_end])] = 1.0
    if ctx.between(ctx.respectively, q.end, ctx.sentences[q_sentence].end):
        f["respectively_after"] = 1.0
    q_bracket, c_bracket = ctx.bracket[q.start], ctx.bracket[child.start]
    if q_bracket >= 0 and q_bracket == c_bracket:
        f["bracket:same"] = 1.0
    elif q_bracket >= 0 and before and child.end <= q_bracket and c_bracket != q_bracket:
        # the figure stands in brackets after the child: "up 2.1% (+$1.2 billion)", "health care (+46,000)"
        f[f"bracket:head_in&gap:{bucket(q_bracket - child.end, (0, 1, 3, 8))}"] = 1.0
    elif c_bracket >= 0 and not before and q.end <= c_bracket and q_bracket != c_bracket:
        f[f"bracket:child_in&gap:{bucket(c_bracket - q.end, (0, 1, 3, 8))}"] = 1.0
    q_metric, q_kind, q_unit, _ = ctx.attrs(q)
    q_metric = q_metric or "NONE"
    f[f"q_metric:{q_metric}"] = 1.0
    f[f"q_kind:{q_kind}"] = 1.0
    if (q.start, q.end) in ctx.counted:
        f["q_counted"] = 1.0
    f[f"{q_metric}&{order}"] = 1.0
    f[f"{order}&dist:{bucket(distance, (0, 2, 5, 12))}"] = 1.0
    if label in ("MODIFIES", "PART_OF"):
        c_metric, c_kind, c_unit, _ = ctx.attrs(child)
        f[f"c_metric:{c_metric}"] = 1.0
        f[f"{q_metric}>{c_metric}"] = 1.0
        if c_unit and c_unit == q_unit:
            f["same_unit"] = 1.0
        if c_kind == q_kind:
            f["same_kind"] = 1.0
        if (child.start, child.end) in ctx.modified:
            f["c_modified"] = 1.0
        if gap_end > gap_start and lower[gap_end - 1] in ("to", "at") and not before:
            f["to_level"] = 1.0
    elif label == "CATEGORY":
        words = lower[child.start : child.end]
        f[f"len:{bucket(len(words), (1, 2, 3, 5, 8, 12))}"] = 1.0
        f[f"first:{words[0]}"] = 1.0
        if words[0] in DETERMINERS:
            f["det"] = 1.0
        how = ctx.rule_category_how.get((q.start, q.end, child.start, child.end))
        if how is not None:
            f[f"rule_score:{how:.2f}"] = 1.0
        unit = (q_unit or "").split(" per ")[0]
        if unit and any(re.sub(r"s$", "", w) == re.sub(r"s$", "", unit) for w in words):
            f["head_is_unit"] = 1.0
        if not before and (child.start == q.end or (child.start == q.end + 1 and lower[q.end] == "of")):
            f["adjacent"] = 1.0
        if child.start == ctx.sentences[ctx.sentence_of(child)].start or texts[child.start - 1] in (";", ",", ":"):
            f["opens_clause"] = 1.0
        if child.end < len(texts) and ctx.verb_flags[child.end]:
            f["subject"] = 1.0
        if child.end < len(texts) and texts[child.end] in (":", "("):
            f[f"label:{texts[child.end]}"] = 1.0
        if "number" in words[:2]:
            f["number_of"] = 1.0
        score = ctx.span_scores.get((child.start, child.end))
        if score is not None:
            f["span_score"] = round(float(score), 3)
        if ctx.between(ctx.quantity_starts, child.start, child.end):
            f["contains_figure"] = 1.0
    elif label == "BASELINE":
        f[f"btype:{ctx.attrs(child)[3]}"] = 1.0
        if "\n" in ctx.text[min(child.end_char, q.start_char) : max(child.start_char, q.end_char)]:
            f["other_line"] = 1.0
    return f
