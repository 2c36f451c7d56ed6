"""The trained metric decision: re-decides each quantity's metric where the rules are unsure.

Features (:func:`metric_features`): the unit kind and the rules' metric, the words right before
and after the figure, cue-word classes in the clause (change words, rate words, share openers, a
following baseline, levels after ``to``/``at``), the sign, and subject words of the sentence
(inflation, growth, rate). A multinomial logistic regression (a ``TrainablePipe`` fitted in ``initialize``; weights in
``weights.json``)
chooses among COUNT, AMOUNT, MONEY, SHARE and CHANGE; its choice replaces the rules' only when
the unit allows it (money stays MONEY or CHANGE, percentage points stay CHANGE) and it is more
probable than ``min_probability``. The direction of a new CHANGE comes from the rules' cue words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Callable, Iterable

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from pipeline.components.quantities import align_previous_values, direction_from_context
from pipeline.components.trained import LinearPipe
from pipeline.extensions import sentence_bounds, span_value, spans_of, token_columns
from pipeline.lexicon import words
from pipeline.linear import fit_logistic
from pipeline.phrases import vocabulary
from pipeline.relation_features import span_values

#: metrics a unit kind allows
ALLOWED = {
    "percent": {"SHARE", "CHANGE"},
    "percentage_point": {"CHANGE", "SHARE"},
    "basis_point": {"CHANGE", "SHARE"},
    "times": {"CHANGE", "SHARE"},
    "currency": {"MONEY", "CHANGE"},
    "measure": {"AMOUNT", "CHANGE"},
    "count": {"COUNT", "CHANGE", "SHARE"},
    None: {"COUNT", "CHANGE", "SHARE", "AMOUNT", "MONEY"},
}


class DocWords:
    """What :func:`metric_features` reads of a document, computed once: the lower-case words and
    the texts of the tokens (the document's shared :class:`pipeline.extensions.TokenColumns`: never
    modified here), the sentence bounds and where the baselines start."""

    def __init__(self, doc: Doc):
        columns = token_columns(doc)
        self.lower: list[str] = columns.lower
        self.text: list[str] = columns.text
        self.sent_starts, self.sent_ends = sentence_bounds(doc)
        baselines = spans_of(doc, "BASELINE")
        self.baseline_starts = sorted(b.start for b in baselines)
        self.baseline_ends = frozenset(b.end for b in baselines)
        self.lists = {name: words(name) for name in CUE_LISTS}


CUE_LISTS = ("change_up", "change_down", "rate_words", "change_rate_words")


#: the name prefixes of the words before (nearest first) and after a figure: ``l1:``, ``l2:``, ...
_LEFT_PREFIXES = tuple(f"l{n}:" for n in range(1, 5))
_RIGHT_PREFIXES = tuple(f"r{n}:" for n in range(1, 4))
#: each cue list with the names of its features (a word of it near the figure, in the clause)
_CUE_FEATURES = tuple((name, f"near:{name}", f"clause:{name}") for name in CUE_LISTS)
#: the words whose presence in the clause is a feature, with the feature's name
_HAS_FEATURES = tuple((word, f"has:{word}") for word in ("inflation", "growth", "rate", "share", "proportion",
                                                         "accounting", "of", "respectively"))
#: the first features of a quantity, by its unit kind and the rules' metric (built once per pair)
_HEAD_FEATURES: dict[tuple, dict[str, float]] = {}


def _head_features(kind, metric) -> dict[str, float]:
    """The features of the unit kind and the rules' metric, in the order :func:`metric_features`
    sets them (a shared dict: copy it before adding to it)."""
    head = _HEAD_FEATURES.get((kind, metric))
    if head is None:
        head = {"bias": 1.0, f"kind:{kind}": 1.0, f"rule:{metric}": 1.0, f"kind&rule:{kind}&{metric}": 1.0}
        if len(_HEAD_FEATURES) < 10_000:
            _HEAD_FEATURES[(kind, metric)] = head
    return head


def metric_features(doc: Doc, q: Span, context: DocWords | None = None,
                    kind_metric: tuple | None = None) -> dict[str, float]:
    """The features of one quantity for the metric model (``context``: the document's
    :class:`DocWords`, built once when many quantities of it are asked; ``kind_metric``: the
    quantity's ``(_.unit_kind, _.metric)`` when already read)."""
    context = context or DocWords(doc)
    kind, metric = kind_metric if kind_metric is not None else (span_value(q, "unit_kind"), span_value(q, "metric"))
    f = dict(_head_features(kind, metric))
    k = max(0, bisect_right(context.sent_starts, q.start) - 1)
    sent_start, sent_end = context.sent_starts[k], context.sent_ends[k]
    lower = context.lower
    left = lower[max(sent_start, q.start - 4) : q.start]
    right = lower[q.end : min(sent_end, q.end + 3)]
    for prefix, word in zip(_LEFT_PREFIXES, reversed(left)):
        f[prefix + word] = 1.0
    for prefix, word in zip(_RIGHT_PREFIXES, right):
        f[prefix + word] = 1.0
    if len(left) >= 2:
        f[f"l2gram:{left[-2]} {left[-1]}"] = 1.0
    if context.text[q.start] in ("+", "-", "−"):
        f["signed"] = 1.0
    clause = lower[max(sent_start, q.start - 20) : q.start]
    clause_words, near_words = set(clause), clause[-8:]
    for name, near, anywhere in _CUE_FEATURES:
        listed = context.lists[name]
        if not listed.isdisjoint(near_words):
            f[near] = 1.0
        if not listed.isdisjoint(clause_words):
            f[anywhere] = 1.0
    for word, name in _HAS_FEATURES:
        if word in clause_words:
            f[name] = 1.0
    if right and right[0] == "of":
        f["of_after"] = 1.0
    starts = context.baseline_starts
    if bisect_right(starts, q.end + 4) > bisect_left(starts, q.end):
        f["baseline_after"] = 1.0
    if left and left[-1] == "(" and q.start - 1 in context.baseline_ends:
        f["bracket_after_baseline"] = 1.0  # ``compared with the previous year (49,489)``: that time's value
    return f


class MetricModel(LinearPipe):
    """Re-decides ``Span._.metric`` of each QUANTITY with a trained linear model."""

    required_models = ("metric",)

    def __init__(self, nlp: Language, name: str = "relstats_metric_model", *, min_probability: float = 0.5,
                 c: float = 1.0, max_iter: int = 3000, seed: int = 0, scorer=None):
        super().__init__(nlp, name, scorer=scorer, min_probability=min_probability, c=c, max_iter=max_iter,
                         seed=seed)

    def predict(self, docs: Iterable[Doc]) -> list[tuple[list[Span], np.ndarray]]:
        """Each doc's quantities with their class probabilities (columns in the model's class order)."""
        self.require_weights()
        model = self.models["metric"]
        out = []
        for doc in docs:
            quantities = spans_of(doc, "QUANTITY")
            context = DocWords(doc)
            offsets = [(q.start_char, q.end_char) for q in quantities]
            values = zip(span_values(doc, quantities, "unit_kind", offsets),
                         span_values(doc, quantities, "metric", offsets))
            batch = [metric_features(doc, q, context, kind_metric) for q, kind_metric in zip(quantities, values)]
            out.append((quantities, model.probabilities(batch) if batch else np.zeros((0, len(model.classes)))))
        return out

    def set_annotations(self, docs: Iterable[Doc], predictions) -> None:
        """Set the metric (and direction) of every quantity where the model is confident: its most
        probable metric that the unit allows (the first of equals), when that is not the rules'
        metric and at least ``min_probability``."""
        classes = self.models["metric"].classes
        for doc, (quantities, probabilities) in zip(docs, predictions):
            if not quantities:
                continue
            offsets = [(q.start_char, q.end_char) for q in quantities]
            kinds = span_values(doc, quantities, "unit_kind", offsets)
            rules = span_values(doc, quantities, "metric", offsets)
            by_kind: dict = {}  # which classes each unit kind allows
            allowed = np.array([by_kind.setdefault(kind, [m in ALLOWED.get(kind, ALLOWED[None]) for m in classes])
                                for kind in kinds], dtype=bool)
            best = np.where(allowed, probabilities, -np.inf).argmax(axis=1)
            p = probabilities[np.arange(len(quantities)), best]
            confident = (p >= self.cfg["min_probability"]) & allowed.any(axis=1)
            # decided one by one as before where it can matter: a quantity the model would change, one
            # whose offsets another shares (it sees the other's new metric), one no class suits (max raises)
            offsets = [(q.start, q.end) for q in quantities]
            shared = np.array([n > 1 for n in map(Counter(offsets).__getitem__, offsets)])
            differs = np.array([classes[j] != rule for j, rule in zip(best.tolist(), rules)])
            for k in np.flatnonzero(confident & (differs | shared) | ~allowed.any(axis=1)).tolist():
                q = quantities[k]
                unit = q._.unit or ""
                if kinds[k] == "count" and (unit.startswith("per ") or " per " in unit):
                    continue  # a rate per population is a SHARE (GUIDELINES C3-13), as the rules say
                if kinds[k] == "percentage_point" and rules[k] == "AMOUNT":
                    continue  # a balance in points the rules read as a level (C21), not a change (C29-19)
                if kinds[k] == "times" and rules[k] == "SHARE" and unit == "times":
                    continue  # a ratio of two amounts the rules read (C37-34): so many times, a SHARE
                metric, score = max(((m, float(x)) for m, x in zip(classes, probabilities[k]) if m in
                                     ALLOWED.get(kinds[k], ALLOWED[None])), key=lambda mp: mp[1])
                if metric == q._.metric or score < self.cfg["min_probability"]:
                    continue
                if metric == "SHARE" and rules[k] == "CHANGE" and q.text[:1] in ("+", "-", "\u2212", "\u2013"):
                    continue  # ``(27.0%, +9.4%)``: a signed percent is a change, never a share (C43-25)
                if metric == "CHANGE" and rules[k] in ("COUNT", "AMOUNT", "MONEY") and _passive_agent(doc, q):
                    continue  # ``was supported by 4,500 new firms``: the agent of a passive verb, no change (C37-33)
                q._.metric = metric
                q._.score = round(score, 4)
                if metric == "CHANGE":
                    q._.direction = q._.direction or direction_from_context(doc, q.start, q.end)
                else:
                    q._.direction = None
            self.align_lists(doc, quantities, probabilities, classes)
            align_previous_values(doc, quantities)

    @staticmethod
    def align_lists(doc: Doc, quantities: list[Span], probabilities: np.ndarray, classes: list[str]) -> None:
        """The percents of one list (``were 2.7%, 28.9% and 68.4% respectively``, ``made up 17.2% and
        71.1% of journeys``) are one kind of figure: where the model split them between SHARE and
        CHANGE, all take the metric with the larger summed probability."""
        order = sorted(range(len(quantities)), key=lambda k: (quantities[k].start, quantities[k].end))
        lower = token_columns(doc).lower
        kinds = span_values(doc, quantities, "unit_kind")  # not changed here
        groups: list[list[int]] = []
        for k in order:
            if kinds[k] != "percent":
                continue
            q = quantities[k]
            if groups:
                last = quantities[groups[-1][-1]]
                gap = lower[last.end : q.start] if last.end <= q.start else ["|"]
                signed = [x.text[:1] in ("+", "-", "\u2212", "\u2013") for x in (last, q)]
                if gap and all(w in (",", "and") for w in gap) and kinds[groups[-1][-1]] == "percent" and \
                        signed[0] == signed[1]:  # (``(28.2%, +12.8%)``: a share beside its change, no list; C43-25)
                    groups[-1].append(k)
                    continue
            groups.append([k])
        share, change = classes.index("SHARE") if "SHARE" in classes else None, \
            classes.index("CHANGE") if "CHANGE" in classes else None
        if share is None or change is None:
            return
        for group in groups:
            if len(group) < 2:
                continue
            metrics = {span_value(quantities[k], "metric") for k in group}
            if metrics != {"SHARE", "CHANGE"}:
                continue
            chosen = "SHARE" if probabilities[group, share].sum() >= probabilities[group, change].sum() else "CHANGE"
            for k in group:
                q = quantities[k]
                if q._.metric != chosen:
                    q._.metric = chosen
                    q._.direction = (q._.direction or direction_from_context(doc, q.start, q.end)) \
                        if chosen == "CHANGE" else None

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None) -> None:
        """Fit the multinomial logistic regression on the gold metrics of the examples' quantities."""
        from pipeline.scorer import gold_record

        if nlp is None:
            raise ValueError(f"{self.name}: initialize needs the pipeline (nlp=...)")
        features, targets = [], []
        for doc, eg in self.upstream_docs(get_examples(), nlp):
            for f, metric in metric_examples(doc, gold_record(eg.reference)):
                features.append(f)
                targets.append(metric)
        self.models = {"metric": fit_logistic(features, targets, c=self.cfg["c"], max_iter=self.cfg["max_iter"],
                                              seed=self.cfg["seed"])}


@Language.factory(
    "relstats_metric_model",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"min_probability": 0.5, "c": 1.0, "max_iter": 3000, "seed": 0},
)
def make_metric_model(nlp: Language, name: str, min_probability: float, c: float, max_iter: int,
                      seed: int) -> MetricModel:
    """Factory of :class:`MetricModel`: its choice stands when at least ``min_probability``."""
    return MetricModel(nlp, name, min_probability=min_probability, c=c, max_iter=max_iter, seed=seed)


def metric_examples(doc: Doc, gold: dict) -> list[tuple[dict, str]]:
    """``(features, gold metric)`` for each predicted quantity paired with a gold one."""
    from pipeline.scoring import pair_spans

    quantities = spans_of(doc, "QUANTITY")
    gold_q = [s for s in gold["spans"] if s["label"] == "QUANTITY"]
    pred = [{"id": str(k), "start": q.start_char, "end": q.end_char} for k, q in enumerate(quantities)]
    pairs = pair_spans(gold_q, pred)
    metric_of = {s["id"]: s.get("metric") for s in gold_q}
    context = DocWords(doc)
    return [(metric_features(doc, quantities[int(p)], context), metric_of[g]) for g, p in pairs.items()]


def _passive_agent(doc: Doc, q: Span) -> bool:
    """Whether ``q`` follows ``by`` after a participle that names no change (``was supported by 4,500 new firms``,
    ``were visited by 2.1 million people``): the verb's agent, whatever the model reads into ``by``."""
    if q.start < 2 or doc[q.start - 1].lower_ != "by":
        return False
    verb = doc[q.start - 2].lower_
    return (verb.endswith("ed") or verb in vocabulary("irregular_participles")) and verb not in _CHANGING_VERBS


#: participles that state a change before ``by`` (``rose by``, ``was revised by``, ``cut by``)
_CHANGING_VERBS = words("change_up") | words("change_down") | vocabulary("transitive_change_verbs") | \
    frozenset(("revised", "adjusted", "changed", "shifted", "moved", "edged", "trended"))
