"""The array features of the relation step (issue 12) against a straightforward computation.

``ReferenceContext``, ``reference_children`` and ``reference_features`` below are the per-pair
implementation the arrays replaced (a dict per pair, read token by token, a ``Span`` per
candidate). On press-release sentences run through the rules, every label's candidates, and every
pair's feature names, values and order, must be the same; and a linear model must score a
:class:`pipeline.linear.FeatureBatch` to the same bits as the dicts it stands for.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

import numpy as np
import pytest
from spacy.tokens import Doc, Span

from pipeline.components.metric_model import DocWords, metric_features
from pipeline.extensions import candidates_of, relations_of, sent_of, spans_of, text_of
from pipeline.lexicon import words
from pipeline.linear import LinearModel
from pipeline.phrases import DETERMINERS, TIME_CUT_WORDS, is_verb, noun_phrase_inventory
from pipeline.relation_features import (CATEGORY_WINDOW, CUE_WORDS, FIGURE_WINDOW, LABELS, RULE_HOWS,
                                        PairContext, _no_lone_category,
                                        candidate_pairs, features_by_label, pair_features)

RELEASES = [
    "Exports rose 5.2% year on year to $3.1 billion in March, while imports fell 1.4% (to $2.9 billion).",
    "The unemployment rate was 4.1 percent in the fourth quarter, down 0.3 percentage points from a year "
    "earlier; 2.3 million people were out of work, of which 41% had been unemployed for a year or longer.",
    "Consumer prices increased 0.4% in May compared with April and 3.2% over the past 12 months. Food "
    "prices rose 2.1% (+$1.2 billion), energy prices fell 3.6% and shelter costs were up 5.4%, "
    "respectively.",
    "Retail sales reached 1,234 billion yuan in 2023, up 7.2 percent. Of the total, online sales "
    "accounted for 27.6 percent, and the number of stores fell by 312 to 18,540.",
    "GDP grew 0.6% quarter on quarter in the third quarter of 2024\n\nHousehold spending rose 1.1%, "
    "business investment fell 0.8% and government spending increased 0.5% year on year.",
    "Manufacturing output: 48.7 million tonnes in January-June, an increase of 3.4% over the same period "
    "of 2022; steel accounted for 12.1 million tonnes and cement for 9.6 million tonnes.",
    "Visitor arrivals totalled 2,045,000 in 2023 (up 38% from 2022), with tourists from Europe "
    "at 612,000, Asia 847,000 and the Americas 301,000.",
    "Short-term arrivals came mainly from Singapore (61,200), Malaysia (35,400) and Japan (20,100).",
    "Seized tobacco represented about A$1.5 billion in evaded duty, up from A$1.2 billion a year earlier.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(RELEASES))


def fast_pairs(ctx: PairContext) -> dict[str, list[tuple]]:
    out = {}
    candidates = candidate_pairs(ctx)
    for label, batch in features_by_label(ctx, candidates).items():
        pairs, dicts = candidates[label], batch.dicts()
        out[label] = [(int(pairs.qk[row]), pairs.span(ctx, row).start, pairs.span(ctx, row).end,
                       pairs.span(ctx, row).label_, list(dicts[row].items())) for row in range(len(pairs))]
    return out


def reference_pairs(doc: Doc) -> dict[str, list[tuple]]:
    ctx = ReferenceContext(doc)
    out: dict[str, list[tuple]] = {label: [] for label in LABELS}
    for k, q in enumerate(ctx.quantities):
        for label, children in reference_children(ctx, q).items():
            out[label] += [(k, c.start, c.end, c.label_, list(reference_features(ctx, q, c, label).items()))
                           for c in children]
    return out


def test_array_features_equal_the_per_pair_computation(docs):
    total = 0
    for doc in docs:
        expected, got = reference_pairs(doc), fast_pairs(PairContext(doc))
        assert expected.keys() == got.keys()
        for label in LABELS:
            assert got[label] == expected[label], (doc.text[:60], label)
            total += len(got[label])
    assert total > 200  # the sentences give every label candidates to compare


def test_the_releases_exercise_the_rarer_features(docs):
    seen = set()
    for doc in docs:
        for pairs in fast_pairs(PairContext(doc)).values():
            seen.update(name.split(":")[0] for *_, features in pairs for name, _ in features)
    assert {"rule", "gap", "between", "bracket", "respectively_after", "same_unit", "to_level", "head_is_unit",
            "adjacent", "opens_clause", "subject", "contains_figure", "btype", "other_line", "label", "c_larger",
            "both_bracketed"} <= seen


def test_a_feature_batch_scores_to_the_bit_like_its_dicts(docs):
    rng = np.random.default_rng(12)
    for doc in docs:
        ctx = PairContext(doc)
        for label, pairs in candidate_pairs(ctx).items():
            batch = pair_features(ctx, pairs)
            dicts = batch.dicts()
            names = sorted({name for d in dicts for name in d})
            known = names[: max(1, len(names) * 3 // 4)]  # some features unknown to the model
            for rows in (1, 3):
                model = LinearModel(classes=list(range(max(2, rows))), vocabulary={n: k for k, n in enumerate(known)},
                                    coef=rng.normal(size=(rows, len(known))), intercept=rng.normal(size=rows))
                assert np.array_equal(model.scores(batch), model.scores(dicts)), label


def test_all_labels_scored_together_give_each_label_models_bits(nlp, docs):
    """The relation step scores the pairs of all labels in one batch (``LinearStack``): the same
    probabilities, to the bit, as each label's own model on its own ``FeatureBatch``."""
    from pipeline.components.relation_model import RelationModel

    rng = np.random.default_rng(7)
    component = RelationModel(nlp, threshold=0.5)
    for doc in docs:
        ctx = PairContext(doc)
        candidates = candidate_pairs(ctx)
        batches = features_by_label(ctx, candidates)
        names = sorted({name for batch in batches.values() for d in batch.dicts() for name in d})
        component.models = {}
        for label in LABELS:  # each label knows its own part of the names, some weights exactly 0
            known = [name for name in names if rng.random() < 0.7]
            coef = rng.normal(size=(1, len(known))) * (rng.random(size=(1, len(known))) < 0.9)
            component.models[label] = LinearModel(classes=[0, 1], vocabulary={n: k for k, n in enumerate(known)},
                                                  coef=coef, intercept=rng.normal(size=1))
        assert component.stack() is not None
        together = dict(component.probabilities(ctx, candidates))
        assert together.keys() == {label for label, pairs in candidates.items() if len(pairs)}
        for label, probabilities in together.items():
            alone = component.models[label].positive(batches[label])
            assert probabilities.tobytes() == alone.tobytes(), label


def test_metric_features_read_once_per_document_are_the_same(docs):
    for doc in docs:
        context = DocWords(doc)
        for q in spans_of(doc, "QUANTITY"):
            assert list(metric_features(doc, q, context).items()) == list(reference_metric_features(doc, q).items())


def reference_metric_features(doc: Doc, q: Span) -> dict[str, float]:
    """The metric model's features read token by token (the implementation before issue 12)."""
    f = {"bias": 1.0, f"kind:{q._.unit_kind}": 1.0, f"rule:{q._.metric}": 1.0,
         f"kind&rule:{q._.unit_kind}&{q._.metric}": 1.0}
    sent = sent_of(q)
    left = [t.lower_ for t in doc[max(sent.start, q.start - 4) : q.start]]
    right = [t.lower_ for t in doc[q.end : min(sent.end, q.end + 3)]]
    for k, word in enumerate(reversed(left)):
        f[f"l{k + 1}:{word}"] = 1.0
    for k, word in enumerate(right):
        f[f"r{k + 1}:{word}"] = 1.0
    if len(left) >= 2:
        f[f"l2gram:{left[-2]} {left[-1]}"] = 1.0
    if doc[q.start].text in ("+", "-", "−"):
        f["signed"] = 1.0
    clause = [t.lower_ for t in doc[max(sent.start, q.start - 20) : q.start]]
    for name in ("change_up", "change_down", "rate_words", "change_rate_words"):
        if any(w in words(name) for w in clause[-8:]):
            f[f"near:{name}"] = 1.0
        if any(w in words(name) for w in clause):
            f[f"clause:{name}"] = 1.0
    for word in ("inflation", "growth", "rate", "share", "proportion", "accounting", "of", "respectively"):
        if word in clause:
            f[f"has:{word}"] = 1.0
    if right and right[0] == "of":
        f["of_after"] = 1.0
    if any(b.start >= q.end and b.start <= q.end + 4 for b in spans_of(doc, "BASELINE")):
        f["baseline_after"] = 1.0
    return f


# -- the per-pair reference ---------------------------------------------------------------------

def bucket(n: int, edges=(0, 1, 2, 3, 5, 8, 12, 20)) -> str:
    """A coarse label for a count or distance."""
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


class ReferenceContext:
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
        self.rule_category_kind: dict[tuple, str] = {}
        for cand in candidates_of(doc):
            if cand.label == "CATEGORY":
                key = (cand.head.start, cand.head.end, cand.child.start, cand.child.end)
                self.rule_category_how[key] = max(self.rule_category_how.get(key, 0.0), cand.score)
                if cand.score >= 0.7 and cand.how in RULE_HOWS:
                    self.rule_category_kind.setdefault(key, cand.how)
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
        self.time_tokens = {i for p in self.periods for i in range(p.start, p.end)}
        self.time_spans = {(x.start, x.end) for x in (*self.periods, *spans_of(doc, "BASELINE"))}
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


def reference_children(ctx: ReferenceContext, q: Span) -> dict[str, list[Span]]:
    """The candidate children of quantity ``q`` for each relation label."""
    doc = ctx.doc
    k = ctx.sentence_of(q)
    sent = ctx.sentences[k]
    previous = ctx.sentences[k - 1] if k > 0 else None
    scope_start = previous.start if previous is not None else sent.start
    out: dict[str, list[Span]] = {label: [] for label in LABELS}
    seen = set()
    cut_before_time = []
    for start, end, _ in ctx.inventory(k):
        if start <= q.start < end or start < q.end <= end or start > q.end + CATEGORY_WINDOW \
                or end < q.start - CATEGORY_WINDOW or all(w in ctx.change_words for w in ctx.lower[start:end]):
            continue  # a phrase of change words only (``Increases``) names no thing a figure counts
        if ctx.bracket[start] >= 0 and ctx.bracket[start] != ctx.bracket[q.start] and end <= q.start:
            continue  # a gloss in brackets before the figure
        if end - start == 1 and _no_lone_category(ctx.lower[start]):
            continue  # ``moving``, ``fallen``, ``Some``
        if (start, end) in ctx.time_spans:
            continue  # a period or baseline phrase itself (``the same quarter last year``) is no category
        inside = [i for i in range(start, end) if i in ctx.time_tokens]
        if inside:  # a time phrase is never part of a category: the words before it may be one
            if start not in ctx.time_tokens:
                cut = inside[0]
                while cut > start and ctx.lower[cut - 1] in TIME_CUT_WORDS:
                    cut -= 1
                if cut > start:
                    cut_before_time.append((start, cut))
            continue
        seen.add((start, end))
        out["CATEGORY"].append(Span(doc, start, end, label="CATEGORY"))
    for child in ctx.category_candidates.get((q.start, q.end), []):
        if (child.start, child.end) not in seen and (child.start, child.end) not in ctx.time_spans:
            seen.add((child.start, child.end))
            out["CATEGORY"].append(child)
    for start, end in cut_before_time:
        if (start, end) not in seen:
            seen.add((start, end))
            out["CATEGORY"].append(Span(doc, start, end, label="CATEGORY"))
    for start, end in ctx.scores_by_sentence.get(k, []):
        if end <= sent.end and (start, end) not in seen and not (start <= q.start < end) and \
                not any(i in ctx.time_tokens for i in range(start, end)) and (start, end) not in ctx.time_spans:
            seen.add((start, end))
            out["CATEGORY"].append(Span(doc, start, end, label="CATEGORY"))
    position = ctx.quantity_position[(q.start, q.end)]
    nearby = ctx.quantities[max(0, position - FIGURE_WINDOW) : position + FIGURE_WINDOW + 1]
    for other in [x for x in nearby if scope_start <= x.start < sent.end]:
        if other == q:
            continue
        out["MODIFIES"].append(other)
        q_bracket, other_bracket = ctx.bracket[q.start], ctx.bracket[other.start]
        if not (q_bracket >= 0 and other_bracket >= 0 and q_bracket != other_bracket):
            # the whole may follow its parts (``A, B and a total of C``); two figures in brackets of
            # their own are items of one list, never a part and its whole
            out["PART_OF"].append(other)
    # baselines of the sentence and the one before, and a heading line's baseline: the last
    # baseline before the figure's paragraph line when no blank line lies between
    in_scope = ctx.within(ctx.baselines, ctx.baseline_starts, scope_start, sent.end)
    out["BASELINE"].extend(in_scope)
    k_before = bisect_left(ctx.baseline_starts, scope_start)
    for b in reversed(ctx.baselines[:k_before]):
        between = ctx.text[b.end_char : q.start_char]
        if "\n\n" in between and not (between[: between.index("\n\n")].rstrip().endswith(":") and
                                       "\n\n" not in between[between.index("\n\n"):].lstrip("\n")):
            break  # a blank line ends the heading's reach, unless the heading line introduces the block
        if "\n" in between:
            out["BASELINE"].insert(0, b)
    out["PERIOD"].extend(ctx.within(ctx.periods, ctx.period_starts, sent.start, sent.end))
    return out


def reference_features(ctx: ReferenceContext, q: Span, child: Span, label: str) -> dict[str, float]:
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
        q_value, c_value = q._.value, child._.value
        if isinstance(q_value, (int, float)) and isinstance(c_value, (int, float)) and c_value > q_value:
            f["c_larger"] = 1.0
        if q_bracket >= 0 and c_bracket >= 0 and q_bracket != c_bracket:
            f["both_bracketed"] = 1.0
    elif label == "CATEGORY":
        words = lower[child.start : child.end]
        f[f"len:{bucket(len(words), (1, 2, 3, 5, 8, 12))}"] = 1.0
        f[f"first:{words[0]}"] = 1.0
        if words[0] in DETERMINERS:
            f["det"] = 1.0
        how = ctx.rule_category_how.get((q.start, q.end, child.start, child.end))
        if how is not None:
            f[f"rule_score:{how:.2f}"] = 1.0
            if how >= 0.9 and q_metric == "SHARE":
                f["rule_share_of"] = 1.0
            kind = ctx.rule_category_kind.get((q.start, q.end, child.start, child.end))
            if kind is not None:
                f[f"rule_how:{kind}"] = 1.0
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
