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

How (issue 12, fast by design): the token attributes a feature reads are numpy arrays built once
per document (``Doc.to_array``, strings resolved once per distinct word), counts between two
tokens are differences of prefix sums, the candidates of all quantities of a document are arrays of
token offsets (:class:`Pairs`; a ``Span`` is built only for a decided child), and the features of
all pairs of one label are computed column by column as a :class:`pipeline.linear.FeatureBatch`,
which a linear model scores in one gather and sum. The names, values and per-pair order of the
features are those of a dict built pair by pair (``tests/test_relation_features_arrays.py`` holds
that straightforward computation and compares).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from pipeline.extensions import candidates_of, relations_of, spans_of, text_of
from pipeline.lexicon import words
from pipeline.linear import FeatureBatch
from pipeline.phrases import DETERMINERS, has_pos, is_verb, noun_phrase_inventory

LABELS = ("CATEGORY", "MODIFIES", "BASELINE", "PART_OF", "PERIOD")
#: candidate windows that keep the cost linear in long list-like sentences; in the annotated corpus
#: (143 releases) a modified figure or whole is at most 12 quantities away, a category at most 179
#: words, so no gold pair falls outside them (`make profile` measures the candidate recall)
FIGURE_WINDOW = 16
CATEGORY_WINDOW = 250
CUE_WORDS = {"respectively", "of", "which", "including", "among", "to", "from", "than", "compared", "accounting",
             "or", "up", "down", "by", "while", "and", "with", "at", "was", "were", "is", "are", "in"}
DIST_EDGES = (0, 1, 2, 3, 5, 8, 12, 20)


def bucket(n: int, edges=DIST_EDGES) -> str:
    """A coarse label for a count or distance."""
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def bucket_names(edges=DIST_EDGES) -> list[str]:
    """The labels of :func:`bucket`, in the order of :func:`bucket_codes`."""
    return [str(edge) for edge in edges] + [f">{edges[-1]}"]


def bucket_codes(n: np.ndarray, edges=DIST_EDGES) -> np.ndarray:
    """:func:`bucket` of each count, as positions in :func:`bucket_names`."""
    return np.searchsorted(np.asarray(edges), n, side="left")


def _prefix(flags: np.ndarray) -> np.ndarray:
    """Prefix sums with a leading 0: the count of flagged tokens in ``[a, b)`` is ``p[b] - p[a]``."""
    out = np.zeros(len(flags) + 1, dtype=np.int64)
    np.cumsum(flags, out=out[1:])
    return out


def _count(prefix: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Flagged tokens in ``[start, end)`` for each pair (0 where the range is empty)."""
    return np.where(end > start, prefix[end] - prefix[start], 0)


class _Codes:
    """Strings to small integer codes (first seen, first coded)."""

    def __init__(self):
        self.names: list = []
        self.index: dict = {}

    def __call__(self, value) -> int:
        code = self.index.get(value)
        if code is None:
            code = self.index[value] = len(self.names)
            self.names.append(value)
        return code


def _stem(word: str) -> str:
    return re.sub(r"s$", "", word)


class PairContext:
    """What the features of one document need, computed once: token attributes as arrays."""

    def __init__(self, doc: Doc, span_scores: dict | None = None):
        self.doc = doc
        self.text = text_of(doc)
        self.quantities = spans_of(doc, "QUANTITY")
        self.baselines = spans_of(doc, "BASELINE")
        self.periods = spans_of(doc, "PERIOD")
        self.sentences = list(doc.sents)
        n = self.n = len(doc)
        # token strings: one hash array, each distinct string resolved once
        if n:
            hashes = doc.to_array([ORTH, LOWER]).reshape(-1)
            distinct, inverse = np.unique(hashes, return_inverse=True)
            strings = doc.vocab.strings
            self.words = [strings[int(h)] for h in distinct]  # every distinct text and lower form
            inverse = inverse.reshape(n, 2)
            self.text_code, self.lower_code = inverse[:, 0].copy(), inverse[:, 1].copy()
        else:
            self.words, self.text_code, self.lower_code = [], np.zeros(0, np.int64), np.zeros(0, np.int64)
        words_arr = np.array(self.words, dtype=object)
        self.lower: list[str] = words_arr[self.lower_code].tolist() if n else []
        self.texts: list[str] = words_arr[self.text_code].tolist() if n else []
        self.sent_id = np.zeros(n, dtype=np.int64)
        self.sent_start = np.array([s.start for s in self.sentences], dtype=np.int64)
        self.sent_end = np.array([s.end for s in self.sentences], dtype=np.int64)
        for k, sent in enumerate(self.sentences):
            self.sent_id[sent.start:sent.end] = k
        # relations and candidates of the rule step
        self.quantity_starts = np.array([q.start for q in self.quantities], dtype=np.int64)  # sorted by spans_of
        self.quantity_ends = np.array([q.end for q in self.quantities], dtype=np.int64)
        self.quantity_position = {(q.start, q.end): k for k, q in enumerate(self.quantities)}
        # a quantity's id in pair keys: the position its offsets name (equal offsets, same id)
        self.quantity_id = np.array([self.quantity_position[(q.start, q.end)] for q in self.quantities], np.int64)
        self.rule: dict[str, set[int]] = {}
        for r in relations_of(doc):
            head = self.quantity_position.get((r.head.start, r.head.end))
            if head is not None:
                self.rule.setdefault(r.label, set()).add(int(self.key(head, r.child.start, r.child.end)))
        self.rule_category_how: dict[int, float] = {}
        self.category_candidates: dict[tuple[int, int], list[Span]] = {}
        counted: set[tuple[int, int]] = set()
        for cand in candidates_of(doc):
            if cand.label == "CATEGORY":
                self.category_candidates.setdefault((cand.head.start, cand.head.end), []).append(cand.child)
                if cand.how == "after":
                    counted.add((cand.head.start, cand.head.end))
                head = self.quantity_position.get((cand.head.start, cand.head.end))
                if head is not None:
                    key = int(self.key(head, cand.child.start, cand.child.end))
                    self.rule_category_how[key] = max(self.rule_category_how.get(key, 0.0), cand.score)
        modified = {(r.child.start, r.child.end) for r in relations_of(doc) if r.label == "MODIFIES"}
        self.span_scores = span_scores or {}
        self.scores_by_sentence: dict[int, list[tuple[int, int]]] = {}
        for start, end in self.span_scores:
            k = int(self.sent_id[start]) if 0 <= start < n else 0
            self.scores_by_sentence.setdefault(k, []).append((start, end))
        # quantity attributes, read once
        attrs = [(q._.metric, q._.unit_kind, q._.unit) for q in self.quantities]
        metric_codes, kind_codes, unit_codes = _Codes(), _Codes(), _Codes()
        self.q_metric = np.array([metric_codes(m) for m, _, _ in attrs], dtype=np.int64)  # raw (None kept)
        self.q_kind = np.array([kind_codes(k) for _, k, _ in attrs], dtype=np.int64)
        self.q_unit = np.array([unit_codes(u) for _, _, u in attrs], dtype=np.int64)
        self.metric_names, self.kind_names = metric_codes.names, kind_codes.names
        self.q_has_unit = np.array([bool(u) for _, _, u in attrs], dtype=bool)
        self.q_unit_stem = [_stem((u or "").split(" per ")[0]) if (u or "").split(" per ")[0] else None
                            for _, _, u in attrs]
        self.q_counted = np.array([(q.start, q.end) in counted for q in self.quantities], dtype=bool)
        self.q_modified = np.array([(q.start, q.end) in modified for q in self.quantities], dtype=bool)
        self.q_start_char = np.array([q.start_char for q in self.quantities], dtype=np.int64)
        self.q_end_char = np.array([q.end_char for q in self.quantities], dtype=np.int64)
        self.baseline_starts = np.array([b.start for b in self.baselines], dtype=np.int64)
        self.baseline_ends = np.array([b.end for b in self.baselines], dtype=np.int64)
        self.baseline_types = [b._.baseline_type for b in self.baselines]
        self.period_starts = np.array([p.start for p in self.periods], dtype=np.int64)
        self.period_ends = np.array([p.end for p in self.periods], dtype=np.int64)
        # flags per distinct string, then per token
        self.change_words = words("change_up") | words("change_down")
        self.verb_flags = self._verb_flags()
        self.verbs = _prefix(self.verb_flags)
        self.commas = _prefix(self.text_flags(lambda w: w == ","))
        self.semicolons = _prefix(self.text_flags(lambda w: w == ";"))
        self.figures = _prefix(np.bincount(self.quantity_starts, minlength=n)[:n])
        # cue words in the order they first occur (the order of their features in a pair's dict)
        cue_positions = np.flatnonzero(self.lower_flags(lambda w: w in CUE_WORDS))
        self.cues: dict[str, np.ndarray] = {}
        for i in cue_positions.tolist():
            word = self.lower[i]
            if word not in self.cues:
                self.cues[word] = _prefix(self.lower_code == self.lower_code[i])
        self.respectively = self.cues.get("respectively")
        # the innermost open bracket enclosing each token (-1: none), found with one stack pass
        self.bracket = np.full(n, -1, dtype=np.int64)
        stack: list[int] = []
        current, done = -1, 0
        for i in np.flatnonzero(self.text_flags(lambda w: w in ("(", ")", "[", "]"))).tolist():
            self.bracket[done:i] = current
            if self.texts[i] in (")", "]") and stack:
                stack.pop()
            self.bracket[i] = stack[-1] if stack else -1
            if self.texts[i] in ("(", "["):
                stack.append(i)
            current, done = (stack[-1] if stack else -1), i + 1
        self.bracket[done:] = current
        newlines = [m.start() for m in re.finditer("\n", self.text)]
        self.newlines = np.array(newlines, dtype=np.int64)
        self.inventories: dict[int, tuple] = {}

    # -- token flags --------------------------------------------------------------------------
    def _string_flags(self, test) -> np.ndarray:
        return np.fromiter((bool(test(w)) for w in self.words), dtype=bool, count=len(self.words))

    def text_flags(self, test) -> np.ndarray:
        """``test(token.text)`` for every token (the test runs once per distinct string)."""
        return self._string_flags(test)[self.text_code] if self.n else np.zeros(0, bool)

    def lower_flags(self, test) -> np.ndarray:
        """``test(token.lower_)`` for every token."""
        return self._string_flags(test)[self.lower_code] if self.n else np.zeros(0, bool)

    def _verb_flags(self) -> np.ndarray:
        """:func:`pipeline.phrases.is_verb` of every token. Without POS tags a verb is a word of
        ``verbs_after_subject`` or an ``-ed`` word, so only those tokens are asked."""
        doc = self.doc
        if has_pos(doc):
            candidates = range(self.n)
        else:
            verbs = words("verbs_after_subject")
            candidates = np.flatnonzero(self.lower_flags(lambda w: w in verbs or w.endswith("ed"))).tolist()
        flags = np.zeros(self.n, dtype=np.int64)
        for i in candidates:
            if is_verb(doc[i]):
                flags[i] = 1
        return flags

    # -- lookups ------------------------------------------------------------------------------
    def key(self, quantity, start, end):
        """One integer per ``(quantity id, child start, child end)``, for set look-ups of pairs."""
        n1 = self.n + 1
        if n1 ** 3 >= 2 ** 62:  # a document of over a million tokens: exact Python integers
            return (np.asarray(quantity, dtype=object) * n1 + start) * n1 + end
        return (np.asarray(quantity, dtype=np.int64) * n1 + start) * n1 + end

    def sentence_of(self, span) -> int:
        return int(self.sent_id[span.start]) if 0 <= span.start < self.n else 0

    def inventory(self, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict]:
        """The noun-phrase inventory of sentence ``k`` (computed once): starts, ends, whether the
        phrase is of change words only, and each phrase's position by offsets."""
        if k not in self.inventories:
            sent = self.sentences[k]
            phrases = noun_phrase_inventory(self.doc, sent.start, sent.end)
            change_only = [all(w in self.change_words for w in self.lower[start:end]) for start, end, _ in phrases]
            self.inventories[k] = (np.array([p[0] for p in phrases], dtype=np.int64),
                                   np.array([p[1] for p in phrases], dtype=np.int64),
                                   np.array(change_only, dtype=bool),
                                   {(p[0], p[1]): j for j, p in enumerate(phrases)})
        return self.inventories[k]


def _ranges(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ranges ``[starts[i], ends[i])``: the owner ``i`` and the value of each element."""
    lengths = np.maximum(ends - starts, 0)
    owner = np.repeat(np.arange(len(starts)), lengths)
    offsets = np.cumsum(lengths) - lengths
    return owner, np.arange(int(lengths.sum())) - np.repeat(offsets - starts, lengths)


class Pairs:
    """The candidate pairs of one label in a document, in the order quantity by quantity:
    ``qk`` the quantity's position, ``cs``/``ce`` the child's token offsets, ``child`` its
    position among the document's spans of its kind (quantities, baselines, periods; -1 for a
    phrase), ``spans`` the child's ``Span`` where one exists already (a rule's proposal)."""

    def __init__(self, label: str, qk, cs, ce, child, spans: list | None = None):
        self.label = label
        self.qk, self.cs, self.ce, self.child = qk, cs, ce, child
        self.spans = spans

    def __len__(self) -> int:
        return len(self.qk)

    def span(self, ctx: PairContext, row: int) -> Span:
        """The child of pair ``row`` as a ``Span``."""
        child = int(self.child[row])
        if self.label in ("MODIFIES", "PART_OF"):
            return ctx.quantities[child]
        if self.label == "BASELINE":
            return ctx.baselines[child]
        if self.label == "PERIOD":
            return ctx.periods[child]
        if child >= 0:
            return self.spans[child]
        return Span(ctx.doc, int(self.cs[row]), int(self.ce[row]), label="CATEGORY")

    def of(self, k: int) -> range:
        """The rows of quantity ``k``."""
        return range(int(np.searchsorted(self.qk, k, "left")), int(np.searchsorted(self.qk, k, "right")))


def _sorted_pairs(label, qk_parts, cs_parts, ce_parts, child_parts, spans=None) -> Pairs:
    """Concatenate parts and order them by quantity, keeping each quantity's children in the order
    the parts were given (a stable sort)."""
    qk, cs, ce, child = (np.concatenate(p) if p else np.zeros(0, np.int64)
                         for p in (qk_parts, cs_parts, ce_parts, child_parts))
    order = np.argsort(qk, kind="stable")
    return Pairs(label, qk[order].astype(np.int64), cs[order].astype(np.int64), ce[order].astype(np.int64),
                 child[order].astype(np.int64), spans)


def candidate_pairs(ctx: PairContext, labels=LABELS) -> dict[str, Pairs]:
    """The candidate children of every quantity for each label in ``labels``."""
    nq = len(ctx.quantities)
    qs, qe = ctx.quantity_starts, ctx.quantity_ends
    q_sent = ctx.sent_id[qs] if nq else np.zeros(0, np.int64)
    sent_start = ctx.sent_start[q_sent] if nq else np.zeros(0, np.int64)
    sent_end = ctx.sent_end[q_sent] if nq else np.zeros(0, np.int64)
    scope_start = np.where(q_sent > 0, ctx.sent_start[np.maximum(q_sent - 1, 0)] if nq else 0, sent_start)
    out: dict[str, Pairs] = {}
    if "CATEGORY" in labels:
        out["CATEGORY"] = _category_pairs(ctx, q_sent)
    if "MODIFIES" in labels or "PART_OF" in labels:
        # the quantities starting in the scope, within FIGURE_WINDOW positions of the figure's own
        position = np.array([ctx.quantity_position[(s, e)] for s, e in zip(qs.tolist(), qe.tolist())], np.int64)
        lo = np.maximum(np.maximum(0, position - FIGURE_WINDOW), np.searchsorted(qs, scope_start, "left"))
        hi = np.minimum(position + FIGURE_WINDOW + 1, np.searchsorted(qs, sent_end, "left"))
        owner, other = _ranges(lo, hi)
        keep = ~((qs[other] == qs[owner]) & (qe[other] == qe[owner]))
        owner, other = owner[keep], other[keep]
        for label in ("MODIFIES", "PART_OF"):
            if label in labels:
                out[label] = Pairs(label, owner, qs[other], qe[other], other)
    if "BASELINE" in labels:
        out["BASELINE"] = _baseline_pairs(ctx, scope_start, sent_end)
    if "PERIOD" in labels:
        owner, child = _ranges(np.searchsorted(ctx.period_starts, sent_start, "left"),
                               np.searchsorted(ctx.period_starts, sent_end, "left"))
        out["PERIOD"] = Pairs("PERIOD", owner, ctx.period_starts[child], ctx.period_ends[child], child)
    return out


def _category_pairs(ctx: PairContext, q_sent: np.ndarray) -> Pairs:
    """Every noun phrase of the figure's sentence (not overlapping it, within CATEGORY_WINDOW, not
    of change words only: ``Increases`` names no thing a figure counts), then the rules'
    proposals, then the span component's phrases of the sentence, each phrase once."""
    qs, qe = ctx.quantity_starts, ctx.quantity_ends
    parts: tuple[list, list, list, list] = ([], [], [], [])
    extra: tuple[list, list, list, list] = ([], [], [], [])
    spans: list[Span] = []
    for k in np.unique(q_sent).tolist():
        members = np.flatnonzero(q_sent == k)
        starts, ends, change_only, position = ctx.inventory(k)
        a, b = qs[members][:, None], qe[members][:, None]
        keep = ~(((starts <= a) & (a < ends)) | ((starts < b) & (b <= ends)) | (starts > b + CATEGORY_WINDOW)
                 | (ends < a - CATEGORY_WINDOW) | change_only)
        rows, cols = np.nonzero(keep)
        for part, values in zip(parts, (members[rows], starts[cols], ends[cols], np.full(len(rows), -1))):
            part.append(values)
        sent_end = int(ctx.sent_end[k])
        scored = ctx.scores_by_sentence.get(k, [])
        for m, q in zip(members.tolist(), keep):
            seen = set()
            start, end = int(qs[m]), int(qe[m])

            def add(s, e, span=None):
                seen.add((s, e))
                for part, value in zip(extra, (m, s, e, -1 if span is None else len(spans))):
                    part.append(value)
                if span is not None:
                    spans.append(span)

            def new(s, e) -> bool:
                j = position.get((s, e))
                return (s, e) not in seen and not (j is not None and q[j])

            for child in ctx.category_candidates.get((start, end), []):
                if new(child.start, child.end):
                    add(child.start, child.end, child)
            for s, e in scored:
                if e <= sent_end and new(s, e) and not (s <= start < e):
                    add(s, e)
    for part, values in zip(parts, extra):
        part.append(np.array(values, dtype=np.int64))
    return _sorted_pairs("CATEGORY", *parts, spans=spans)


def _baseline_pairs(ctx: PairContext, scope_start: np.ndarray, sent_end: np.ndarray) -> Pairs:
    """Baselines of the sentence and the one before, after a heading line's baseline: the last
    baselines before the figure's paragraph line when no blank line lies between."""
    starts, ends = ctx.baseline_starts, ctx.baseline_ends
    first = np.searchsorted(starts, scope_start, "left")
    heading: tuple[list, list] = ([], [])
    if len(starts):
        text, newlines = ctx.text, ctx.newlines.tolist()
        for k, (before, q_char) in enumerate(zip(first.tolist(), ctx.q_start_char.tolist())):
            found = []
            for j in range(before - 1, -1, -1):
                b_end = ctx.baselines[j].end_char
                if bisect_left(newlines, q_char) - bisect_left(newlines, b_end) <= 0:
                    continue  # no newline between
                if "\n\n" in text[b_end:q_char]:
                    break
                found.append(j)
            heading[0].extend([k] * len(found))
            heading[1].extend(reversed(found))
    owner, child = _ranges(first, np.searchsorted(starts, sent_end, "left"))
    child = np.concatenate([np.array(heading[1], dtype=np.int64), child])
    owner = np.concatenate([np.array(heading[0], dtype=np.int64), owner])
    return _sorted_pairs("BASELINE", [owner], [starts[child]], [ends[child]], [child])


def pair_features(ctx: PairContext, pairs: Pairs) -> FeatureBatch:
    """The features of every pair of one label (names and values of the module docstring)."""
    label, n = pairs.label, ctx.n
    batch = FeatureBatch(len(pairs))
    if not len(pairs):
        return batch
    qk, cs, ce = pairs.qk, pairs.cs, pairs.ce
    qs, qe = ctx.quantity_starts[qk], ctx.quantity_ends[qk]
    batch.add(None, 0, ["bias"])
    batch.flag(np.isin(ctx.key(ctx.quantity_id[qk], cs, ce), list(ctx.rule.get(label, ()))), "rule")
    before = ce <= qs
    gap_start, gap_end = np.where(before, ce, qe), np.where(before, qs, cs)
    distance = np.maximum(0, gap_end - gap_start)
    order = np.where(before, 0, 1)
    orders = ["before", "after"]
    batch.add(None, order, [f"order:{o}" for o in orders])
    batch.add(None, bucket_codes(distance), [f"dist:{b}" for b in bucket_names()])
    q_sent = ctx.sent_id[qs]
    sents = np.minimum(np.abs(q_sent - ctx.sent_id[cs]), 2)
    batch.add(None, sents, ["sents:0", "sents:1", "sents:2"])
    batch.flag(_count(ctx.semicolons, gap_start, gap_end) == 0, "clause")
    for name, prefix, edges in (("commas", ctx.commas, (0, 1, 2, 4)), ("verbs", ctx.verbs, (0, 1, 2)),
                                ("figures", ctx.figures, (0, 1, 2, 4))):
        batch.add(None, bucket_codes(_count(prefix, gap_start, gap_end), edges),
                  [f"{name}:{b}" for b in bucket_names(edges)])
    for word, prefix in ctx.cues.items():
        batch.flag(_count(prefix, gap_start, gap_end) > 0, f"between:{word}")
    small = np.flatnonzero(distance <= 3)
    gaps, gap_codes, lower = _Codes(), [], ctx.lower
    for a, b in zip(gap_start[small].tolist(), gap_end[small].tolist()):
        gap_codes.append(gaps("gap:" + " ".join(lower[a:b])))
    batch.add(small, gap_codes, gaps.names)
    if ctx.respectively is not None:
        q_end_sent = ctx.sent_end[q_sent]
        batch.flag(_count(ctx.respectively, qe, q_end_sent) > 0, "respectively_after")
    q_bracket, c_bracket = ctx.bracket[qs], ctx.bracket[cs]
    same = (q_bracket >= 0) & (q_bracket == c_bracket)
    head_in = ~same & (q_bracket >= 0) & before & (ce <= q_bracket) & (c_bracket != q_bracket)
    child_in = ~same & ~head_in & (c_bracket >= 0) & ~before & (qe <= c_bracket) & (q_bracket != c_bracket)
    edges = (0, 1, 3, 8)
    names = ["bracket:same"] + [f"bracket:head_in&gap:{b}" for b in bucket_names(edges)] + \
        [f"bracket:child_in&gap:{b}" for b in bucket_names(edges)]
    codes = np.where(head_in, 1 + bucket_codes(q_bracket - ce, edges), 1 + len(edges) + 1 +
                     bucket_codes(c_bracket - qe, edges))
    rows = np.flatnonzero(same | head_in | child_in)
    batch.add(rows, np.where(same, 0, codes)[rows], names)
    q_metric = [m or "NONE" for m in ctx.metric_names]
    batch.add(None, ctx.q_metric[qk], [f"q_metric:{m}" for m in q_metric])
    batch.add(None, ctx.q_kind[qk], [f"q_kind:{k}" for k in ctx.kind_names])
    batch.flag(ctx.q_counted[qk], "q_counted")
    batch.add(None, ctx.q_metric[qk] * 2 + order, [f"{m}&{o}" for m in q_metric for o in orders])
    dist_edges = (0, 2, 5, 12)
    batch.add(None, order * (len(dist_edges) + 1) + bucket_codes(distance, dist_edges),
              [f"{o}&dist:{b}" for o in orders for b in bucket_names(dist_edges)])
    if label in ("MODIFIES", "PART_OF"):
        ck = pairs.child
        c_metric = ctx.metric_names
        batch.add(None, ctx.q_metric[ck], [f"c_metric:{m}" for m in c_metric])
        batch.add(None, ctx.q_metric[qk] * len(c_metric) + ctx.q_metric[ck],
                  [f"{m}>{c}" for m in q_metric for c in c_metric])
        batch.flag(ctx.q_has_unit[ck] & (ctx.q_unit[ck] == ctx.q_unit[qk]), "same_unit")
        batch.flag(ctx.q_kind[ck] == ctx.q_kind[qk], "same_kind")
        batch.flag(ctx.q_modified[ck], "c_modified")
        to_at = np.append(ctx.lower_flags(lambda w: w in ("to", "at")), False)
        batch.flag((gap_end > gap_start) & to_at[gap_end - 1] & ~before, "to_level")
    elif label == "CATEGORY":
        batch.add(None, bucket_codes(ce - cs, (1, 2, 3, 5, 8, 12)),
                  [f"len:{b}" for b in bucket_names((1, 2, 3, 5, 8, 12))])
        batch.add(None, ctx.lower_code[cs], [f"first:{w}" for w in ctx.words])
        batch.flag(ctx.lower_flags(lambda w: w in DETERMINERS)[cs], "det")
        keys = ctx.key(ctx.quantity_id[qk], cs, ce)
        rows = np.flatnonzero(np.isin(keys, list(ctx.rule_category_how)))
        scores = _Codes()
        batch.add(rows, [scores(f"rule_score:{ctx.rule_category_how[k]:.2f}") for k in keys[rows].tolist()],
                  scores.names)
        unit_rows = []
        for stem in set(s for s in ctx.q_unit_stem if s is not None):
            heads = np.flatnonzero(np.array([s == stem for s in ctx.q_unit_stem])[qk])
            prefix = _prefix(ctx.lower_flags(lambda w: _stem(w) == stem))
            unit_rows.append(heads[_count(prefix, cs[heads], ce[heads]) > 0])
        batch.add(np.sort(np.concatenate(unit_rows)) if unit_rows else [], 0, ["head_is_unit"])
        of = np.append(ctx.lower_flags(lambda w: w == "of"), False)
        batch.flag(~before & ((cs == qe) | ((cs == qe + 1) & of[qe])), "adjacent")
        clause_punct = ctx.text_flags(lambda w: w in (";", ",", ":"))
        batch.flag((cs == ctx.sent_start[ctx.sent_id[cs]]) | clause_punct[cs - 1], "opens_clause")
        batch.flag(np.append(ctx.verb_flags, 0)[ce] > 0, "subject")
        label_codes = np.append(ctx.text_flags(lambda w: w == ":") * 1 + ctx.text_flags(lambda w: w == "(") * 2, 0)[ce]
        rows = np.flatnonzero(label_codes)
        batch.add(rows, label_codes[rows] - 1, ["label::", "label:("])
        number = np.append(ctx.lower_flags(lambda w: w == "number"), False)
        batch.flag(number[cs] | ((ce - cs >= 2) & number[np.minimum(cs + 1, n)]), "number_of")
        if ctx.span_scores:
            found = [(row, ctx.span_scores.get((s, e))) for row, (s, e) in enumerate(zip(cs.tolist(), ce.tolist()))]
            found = [(row, round(float(score), 3)) for row, score in found if score is not None]
            batch.add([row for row, _ in found], 0, ["span_score"], [score for _, score in found])
        batch.flag(_count(ctx.figures, cs, ce) > 0, "contains_figure")
    elif label == "BASELINE":
        bk = pairs.child
        types = _Codes()
        type_codes = np.array([types(f"btype:{t}") for t in ctx.baseline_types], dtype=np.int64)
        batch.add(None, type_codes[bk], types.names)
        c_start_char = np.array([b.start_char for b in ctx.baselines], dtype=np.int64)[bk]
        c_end_char = np.array([b.end_char for b in ctx.baselines], dtype=np.int64)[bk]
        a = np.minimum(c_end_char, ctx.q_start_char[qk])
        b = np.maximum(c_start_char, ctx.q_end_char[qk])
        lines = np.searchsorted(ctx.newlines, b, "left") - np.searchsorted(ctx.newlines, a, "left")
        batch.flag((b > a) & (lines > 0), "other_line")
    return batch
