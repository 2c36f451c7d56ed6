"""The trained relation step: re-scores every candidate pair and decodes under FORMAT's constraints.

Runs after the rule linker, whose choices are one feature among many
(:mod:`pipeline.relation_features`). For each quantity it keeps at most one MODIFIES or CATEGORY
(a quantity that modifies another takes no category), one BASELINE (changes and shares only), one
PART_OF, and one PERIOD (not for quantities that modify or are part of another). A ``TrainablePipe``
fitted in ``initialize`` (one model per label: a logistic regression, or with ``family = "gbdt"``
gradient-boosted trees, :class:`pipeline.linear.TreeEnsemble`); the features of all candidate pairs
of a document are arrays (:func:`pipeline.relation_features.document_features`), scored for all
labels at once when the models are logistic regressions (:class:`pipeline.linear.LinearStack`, the
bits of each label's own model), else one batch per label; weights in ``weights.json``
(:mod:`pipeline.components.trained`), settings in the config. Its scorer is relstats' own
(``relstats.scorer.v1``).
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from pipeline.components.categories import NO_CATEGORY_KEY
from pipeline.components.linker import (BOUND_WORDS, RECORD_PEAKS, ranked_peer, BASELINE_VALUES_KEY, share_of_level, CATEGORY_FOLLOWS_KEY, CLOSING_COMPARISON_WORDS,
                                        COMPARED_CHANGES_KEY,
                                        compares_its_kind, EARLIER_STEPS_KEY, smaller_whole, OWNED_PERIODS_KEY,
                                       RelationLinker, brackets_hold, is_basket_weight, is_margin, spans_two_times,
                                       time_reaches, time_span_ends)
from pipeline.components.trained import LinearPipe
from pipeline.scorer import make_relstats_scorer  # noqa: F401  (registers relstats.scorer.v1)
from pipeline.extensions import (RELATIONS_KEY, group_spans, sentence_range, set_span_value, set_spans, span_value,
                                 text_of)
from pipeline.linear import LinearModel, LinearStack, TreeEnsemble, fit_gbdt, fit_logistic
from pipeline.relation_features import LABELS, PairContext, Pairs, candidate_pairs, document_features
from pipeline.components.time_phrases import span_score
from pipeline.periods import MONTHS
from pipeline.phrases import PREPOSITIONS, token_table, vocabulary
from pipeline import text_tables

MODEL_SPANS_KEY = "relstats_model"
#: ``how`` of the rule links that the sentence's structure decides, kept over the model's choice
STRUCTURAL = ("respectively", "share-count", "to-level", "object", "recovery", "target", "of", "opening", "back-reference",
              "placed", "summed", "column", "contribution", "fronted", "destination", "with-item", "own-time",
              "components", "ranked", "revised", "bullets", "line-change", "compared-bracket", "named-after",
              "cue-lines", "floor")
#: the words between a change and the baseline written right after it (``up 1.9% compared with November 2023``)
_COMPARISON_WORDS = CLOSING_COMPARISON_WORDS | {"on", "than", "over", "higher", "lower", "more", "less", "fewer",
                                                 "above", "below", "up", "down"}
# (``... in October (...) but were 13.6 percent lower than a year earlier``: past the comparative too, C35-28)
#: structural category links of items ranked beside another figure, never parts of it
PEER_HOWS = ("with-item",)
#: the model families of the relation step (the ``family`` setting)
FAMILIES = ("logistic", "gbdt")
#: the settings of the gradient-boosted trees (``family = "gbdt"``), with their defaults
GBDT_SETTINGS = {"trees": 100, "learning_rate": 0.1, "max_leaf_nodes": 31, "min_samples_leaf": 20,
                 "l2_regularization": 0.0, "top_features": 1000}


def model_span_scores(doc: Doc) -> dict[tuple[int, int], float]:
    """Scores of the trained span component's CATEGORY spans, by token offsets."""
    if MODEL_SPANS_KEY not in doc.spans:
        return {}
    group = doc.spans[MODEL_SPANS_KEY]
    scores = getattr(group, "attrs", {}).get("scores")
    out = {}
    for k, span in enumerate(group):
        if span.label_ == "CATEGORY":
            out[(span.start, span.end)] = span_score(scores, k)
    return out


#: words that never open a phrase naming what is measured (a pronoun subject: ``we forecast``, ``it``)
_PRONOUN_OPENERS = frozenset({"we", "it", "they", "he", "she", "i", "you"})
#: ranking words that make a phrase a description of the figure, not of what is measured (``the largest contribution``):
#: the superlatives, less those that open names of things measured (``first-time buyers``, ``record sales``)
_RANK_OPENERS = vocabulary("superlatives") - {"first", "record", "most", "least", "best", "worst"}


def implausible_category(span: Span) -> bool:
    """Whether a CATEGORY the model chose can name nothing measured: it opens on a pronoun subject, is a month
    alone, or opens (past its article) on a ranking word (C35-29)."""
    words = [t.lower_ for t in span if not t.is_punct]
    if not words:
        return True
    if words[0] in _PRONOUN_OPENERS or len(words) == 1 and words[0] in MONTHS:
        return True
    first = 1 if words[0] in ("the", "a", "an") and len(words) > 1 else 0
    if words[first] in _RANK_OPENERS:
        return True
    # a piece of a clause, no phrase (``despite a fall``, ``shares of roughly``, ``well above the pre-pandemic``): a
    # bound word or a preposition at its end, a conjunction or an adverb of degree at its start (C41-31)
    last = words[-1]
    tail = next(tok for tok in reversed(span) if not tok.is_punct)
    loose_end = last in _CLAUSE_PIECE_ENDS or last in BOUND_WORDS and last not in _PHRASE_FINAL_BOUNDS or \
        last in PREPOSITIONS and last not in _PHRASE_FINAL_PARTICLES
    if tail.text[:1].islower() and loose_end:  # (``A* to A``: a capital ends a name, whatever it is)
        return True
    return words[0] in _CLAUSE_PIECE_STARTS


#: words no category the model chooses ends with (``shares of roughly``, ``the historical range of roughly``)
_CLAUSE_PIECE_ENDS = frozenset({"despite", "than", "roughly", "about", "around", "nearly", "almost", "just"})
#: bound words and particles that may end a phrase (``people aged 65 and over``, ``visits up``, ``sales in``); a bound
#: of comparison (``far below``) ends none
_PHRASE_FINAL_BOUNDS = frozenset({"over", "more", "above", "under", "less"})
_PHRASE_FINAL_PARTICLES = frozenset({"over", "above", "under", "below", "up", "down", "in", "out"})
#: words no category the model chooses starts with (``despite a fall``, ``well above the pre-pandemic``)
_CLAUSE_PIECE_STARTS = frozenset({"despite", "although", "though", "whereas", "because", "placing", "well"})


class RelationModel(LinearPipe):
    """Scores candidate relations with one model per label (logistic regression or gradient-boosted
    trees, the ``family`` setting) and decodes them per quantity."""

    required_models = ("CATEGORY", "MODIFIES", "BASELINE", "PERIOD")

    def __init__(self, nlp: Language, name: str = "relstats_relation_model", *, threshold: float = 0.5,
                 family: str = "logistic", tree_labels: Iterable[str] = (), c: float = 1.0, max_iter: int = 3000,
                 seed: int = 0, scorer=None, **gbdt):
        if family not in FAMILIES:
            raise ValueError(f"{name}: family = {family!r}; expected one of {', '.join(FAMILIES)}")
        tree_labels = list(tree_labels)
        unknown_labels = sorted(set(tree_labels) - set(LABELS))
        if unknown_labels:
            raise ValueError(f"{name}: tree_labels {', '.join(unknown_labels)}; expected labels of {', '.join(LABELS)}")
        unknown = sorted(set(gbdt) - set(GBDT_SETTINGS))
        if unknown:
            raise TypeError(f"{name}: unknown settings {', '.join(unknown)}")
        super().__init__(nlp, name, scorer=scorer, threshold=threshold, family=family, tree_labels=tree_labels, c=c,
                         max_iter=max_iter, seed=seed, **{**GBDT_SETTINGS, **gbdt})
        self._stack: tuple | None = None  # (the models it was built from, LinearStack or None)

    @property
    def threshold(self) -> float:
        return self.cfg["threshold"]

    def predict(self, docs: Iterable[Doc]) -> list[list[tuple[Span, list[tuple[str, Span, float]]]]]:
        """For each doc, each quantity with its decided ``(label, child, probability)`` triples."""
        self.require_weights()
        return [self.decide(doc) for doc in docs]

    def decide(self, doc: Doc) -> list[tuple[Span, list[tuple[str, Span, float]]]]:
        """Score every candidate pair of the document (all labels in one batch for logistic
        models, else one batch per label) and decode each quantity from its best child per label (a
        ``Span`` is built only for those)."""
        ctx = PairContext(doc, model_span_scores(doc))
        if not ctx.quantities:
            return []
        best: list[dict[str, tuple[Span, float]]] = [{} for _ in ctx.quantities]
        forced = self.structural_links(doc, ctx)
        candidates = candidate_pairs(ctx, [label for label in LABELS if label in self.models])
        for label, probabilities in self.probabilities(ctx, candidates):
            # each quantity's first most probable child above the threshold
            pairs = candidates[label]
            rows = np.flatnonzero(probabilities >= self.threshold)
            qk, p = pairs.qk[rows], probabilities[rows]
            order = np.lexsort((rows, -p, qk))  # by quantity, the most probable and then the first row first
            ordered = qk[order]
            opens = np.empty(len(ordered), dtype=bool)  # where a quantity's rows begin
            opens[:1] = True
            np.not_equal(ordered[1:], ordered[:-1], out=opens[1:])
            first = order[opens]
            for row, k, probability in zip(rows[first].tolist(), qk[first].tolist(), p[first].tolist()):
                best[k][label] = (pairs.span(ctx, row), probability)
        for (k, label), child in forced.items():
            # a link the sentence's structure fixes (a respectively list's order, a share and its count
            # in brackets) stands; the model's probability for another child of that label is dropped
            if label == "CATEGORY":
                best[k].pop("MODIFIES", None)
            best[k][label] = (child, 1.0)
        # a value stated for comparison (D-26) and a figure continuing a list of one measure (C4-2) take
        # the category decided for the figure they follow
        position = {(q.start, q.end): k for k, q in enumerate(ctx.quantities)}
        for hs, he, _, _, _, _, label, _, how in doc.user_data.get(RELATIONS_KEY, ()):
            k = position.get((hs, he))
            if how in PEER_HOWS and k is not None and (k, "PART_OF") not in forced:
                best[k].pop("PART_OF", None)  # ``followed by Gran Canaria, with 1,426,180``: a peer, part of nothing
        for qs, qe, cs, ce in doc.user_data.get(CATEGORY_FOLLOWS_KEY, ()):
            k, current = position.get((qs, qe)), position.get((cs, ce))
            if k is None or current is None or "CATEGORY" not in best[current] or (k, "CATEGORY") in forced:
                continue
            best[k].pop("MODIFIES", None)
            best[k].pop("PART_OF", None)  # a value stated for comparison is part of nothing
            best[k]["CATEGORY"] = (best[current]["CATEGORY"][0], best[current]["CATEGORY"][1])
        for qs, qe in doc.user_data.get(BASELINE_VALUES_KEY, ()):
            k = position.get((qs, qe))
            if k is not None:
                for label in ("PERIOD", "BASELINE", "MODIFIES", "PART_OF"):
                    if (k, label) not in forced:
                        best[k].pop(label, None)
        rule_labels: dict = {}
        for hs, he, _, _, _, _, label, _, _ in doc.user_data.get(RELATIONS_KEY, ()):
            rule_labels.setdefault((hs, he), set()).add(label)
        for k, q in enumerate(ctx.quantities):
            own = rule_labels.get((q.start, q.end), set())
            if "MODIFIES" in best[k] and (k, "MODIFIES") not in forced and q._.unit_kind == "times" and \
                    "BASELINE" in own and "MODIFIES" not in own:
                # ``more than three times the 176 GW installed in 2019 and almost double the 2019-2023 average``: a
                # multiple compared with a baseline of its own, of no figure the rules found, modifies none (C40,
                # C42-36)
                del best[k]["MODIFIES"]
        ends = {x.end: x for x in ctx.quantities}
        lower = token_table(doc).lower
        for k, q in enumerate(ctx.quantities):
            choice = best[k].get("BASELINE")
            if choice is not None and (k, "BASELINE") not in forced and "PERIOD" in best[k]:
                at = choice[0].start
                while at > 0 and choice[0].start - at < 3 and lower[at - 1] in _COMPARISON_WORDS:
                    at -= 1  # ``were up 1.9% compared with November 2023``: past the comparison's own words
                owner = ends.get(at)
                period = best[k]["PERIOD"][0]
                if owner is not None and owner is not q and owner.start > q.end and \
                        q.end <= period.start and period.end <= owner.start:
                    # ``rose 0.8% this quarter, and 3.5% annually``: a comparison written right after another
                    # change is that change's; a change dated by its own period, written between them, does not
                    # share it (D-8)
                    del best[k]["BASELINE"]
        for k, q in enumerate(ctx.quantities):
            period = best[k].get("PERIOD")
            if period is not None and "BASELINE" in best[k] and (k, "BASELINE") not in forced and \
                    spans_two_times(period[0]) and not 0 <= best[k]["BASELINE"][0].start - q.end <= 3:
                del best[k]["BASELINE"]  # ``fell by 35,000 between July and August 2024``: both ends named (C12-17)
        for k, q in enumerate(ctx.quantities):
            if "PERIOD" in best[k] and (k, "PERIOD") not in forced and is_basket_weight(q):
                del best[k]["PERIOD"]  # an index's basket weight is dated by no period (C13-11)
        steps = {tuple(x) for x in doc.user_data.get(EARLIER_STEPS_KEY, ())}
        for k, q in enumerate(ctx.quantities):
            choice = best[k].get("BASELINE")
            if choice is not None and (q.start, q.end) in steps and (k, "BASELINE") not in forced and \
                    not 0 <= choice[0].start - q.end <= 3:
                del best[k]["BASELINE"]  # an earlier step states no comparison point (C11-11, C13-5)
        compared = {tuple(x) for x in doc.user_data.get(COMPARED_CHANGES_KEY, ())}
        for k, q in enumerate(ctx.quantities):
            choice = best[k].get("BASELINE")
            if choice is not None and (q.start, q.end) in compared and (k, "BASELINE") not in forced and \
                    not compares_its_kind(q, choice[0]):
                del best[k]["BASELINE"]  # a value stated for comparison names no time it is compared with (C20-4)
        rows = doc.user_data.get(RELATIONS_KEY, ())
        reached = {(cs, ce) for _, _, _, cs, ce, _, label, _, how in rows if label == "MODIFIES" and how == "to-level"}
        reached -= {(hs, he) for hs, he, _, _, _, _, label, _, _ in rows if label == "PART_OF"}  # (``of these, ...``)
        for k, q in enumerate(ctx.quantities):
            choice = best[k].get("PART_OF")
            if choice is not None and (k, "PART_OF") not in forced and (
                    smaller_whole(q, choice[0]) or (q.start, q.end) in reached or ranked_peer(lower, choice[0], q) or
                    q.start >= 2 and lower[q.start - 1] == "of" and (
                        lower[q.start - 2] in RECORD_PEAKS or "average" in lower[max(0, q.start - 4) : q.start - 1])):
                # (``beating the previous record of 39.8 million set in 2019``: a record is part of nothing; ``an
                # average daily of 19.29 million``: a rate of its clause's total, no part, C34-40)
                # a whole is never smaller than its part (FORMAT §4); the level a change reaches (``went up by 12% to
                # about 4.0 million``) is its subject's level, part of nothing unless a cue says so (C20-17)
                del best[k]["PART_OF"]
        owners: dict[tuple[int, int], set] = {}
        for ps, pe, qs, qe in doc.user_data.get(OWNED_PERIODS_KEY, ()):
            owners.setdefault((ps, pe), set()).add((qs, qe))
        if owners:
            for k, q in enumerate(ctx.quantities):
                choice = best[k].get("PERIOD")
                if choice is not None and (k, "PERIOD") not in forced and \
                        (q.start, q.end) not in owners.get((choice[0].start, choice[0].end), {(q.start, q.end)}):
                    del best[k]["PERIOD"]  # the period of a previous value dates that value only (C-9)
        table = token_table(doc)
        time_ends = time_span_ends(doc)
        for k, q in enumerate(ctx.quantities):
            choice = best[k].get("PERIOD")
            if choice is not None and (k, "PERIOD") not in forced and not brackets_hold(table.text, choice[0], q):
                del best[k]["PERIOD"]  # a period in brackets dates the figures in those brackets only (C14-10)
            for label in ("PERIOD", "BASELINE"):
                choice = best[k].get(label)
                if choice is not None and (k, label) not in forced and \
                        not time_reaches(table.lower, table.text, choice[0], q, time_ends):
                    del best[k][label]  # a cause's time; a ``, when`` clause about an earlier time (C16-5)
        rule_whole = {(hs, he): (cs, ce) for hs, he, _, cs, ce, _, label, _, _ in rows if label == "PART_OF"}
        for k, q in enumerate(ctx.quantities):
            choice = best[k].get("PART_OF")
            if choice is not None and (k, "PART_OF") not in forced and choice[0].start > q.end and \
                    rule_whole.get((q.start, q.end)) != (choice[0].start, choice[0].end):
                # ``public sector vacancies 36,200 (-7.5%) ..., while the trend estimate of total vacancies ... fell
                # by 4.0% to 331,600``: a whole stated after its part needs the rule step's cue of a total (C35-33)
                del best[k]["PART_OF"]
        rule_baselines = {(hs, he, cs, ce) for hs, he, _, cs, ce, _, label, _, _ in rows if label == "BASELINE"}
        text = text_of(doc)
        for k, q in enumerate(ctx.quantities):
            choice = best[k].get("BASELINE")
            if choice is None or (k, "BASELINE") in forced or (q.start, q.end, choice[0].start, choice[0].end) in \
                    rule_baselines or sentence_range(doc, choice[0].start) == sentence_range(doc, q.start):
                continue
            line_start, line_end = text_tables.line_bounds(text, q.start_char)
            line = text[line_start:line_end]
            if len(line) >= 80 and not text_tables.BULLET_LINE.match(line) and \
                    text_tables.column_of(text, q.start_char) is None:
                # ``Sales at motor vehicle and parts dealers were down 1.9% (-$343 million) in March, ...``: a prose
                # sentence's change takes no comparison from another sentence unless the rule step draws it (C35-36)
                del best[k]["BASELINE"]
        rule_category = {(hs, he): (cs, ce) for hs, he, _, cs, ce, _, label, _, _ in rows if label == "CATEGORY"}
        times = {i for x in group_spans(doc) if x.label_ == "PERIOD" for i in range(x.start, x.end)}
        for k, q in enumerate(ctx.quantities):
            choice = best[k].get("CATEGORY")
            if choice is None or (k, "CATEGORY") in forced or not (
                    implausible_category(choice[0]) or not times.isdisjoint(range(choice[0].start, choice[0].end))):
                continue
            # ``we forecast``, ``November``, ``the largest contribution``, a phrase inside a time (``the end of
            # June``): no phrase of what is measured; the rule step's category stands, or none (C35-29)
            del best[k]["CATEGORY"]
            own = rule_category.get((q.start, q.end))
            if own is not None and not implausible_category(doc[own[0] : own[1]]) and \
                    times.isdisjoint(range(own[0], own[1])):
                best[k]["CATEGORY"] = (Span(doc, own[0], own[1], label="CATEGORY"), choice[1])
        no_category = _no_category(doc)
        records: dict[tuple[int, int], bool] = {}
        return [(q, self.decode(q, {label: [choice] for label, choice in best[k].items()}, ctx.metrics[k],
                                no_category, records))
                for k, q in enumerate(ctx.quantities)]

    def probabilities(self, ctx: PairContext, candidates: dict[str, Pairs]):
        """``(label, probability of each pair)`` for each label with candidates: logistic models
        score the pairs of all labels together (:class:`pipeline.linear.LinearStack`), to the bits of
        each label's own model; other models one batch per label."""
        features = document_features(ctx, candidates)
        stack = self.stack()
        if stack is None:
            for label in features.labels:
                model = self.models[label]
                batch = features.batch(label)
                yield label, model.positive(batch if isinstance(model, (LinearModel, TreeEnsemble)) else batch.dicts())
            return
        # the logistic labels together; a label fitted as trees (``tree_labels``) on its own batch (its rows
        # are summed by the stack too, as label 0, and not used)
        positions = [stack.labels.index(label) if label in stack.labels else 0 for label in features.labels]
        index = np.repeat(np.array(positions, dtype=np.int64), np.diff(features.bounds))
        total = stack.add_scores(None, features.common, index)
        for label, position, begin, end in zip(features.labels, positions, features.bounds, features.bounds[1:]):
            if label in stack.labels:
                total[begin:end] = stack.add_scores(total[begin:end], features.own[label], position)
        probabilities = stack.positive(total, index)
        for label, begin, end in zip(features.labels, features.bounds, features.bounds[1:]):
            if label in stack.labels:
                yield label, probabilities[begin:end]
            else:
                yield label, self.models[label].positive(features.batch(label))

    def stack(self) -> LinearStack | None:
        """The models as one :class:`pipeline.linear.LinearStack` when all are binary logistic
        regressions (built once per set of models), else None."""
        if self._stack is None or self._stack[0] is not self.models:
            linear = {label: m for label, m in self.models.items() if isinstance(m, LinearModel)}
            usable = all(m.coef.shape[0] == 1 for m in linear.values()) and all(
                isinstance(m, (LinearModel, TreeEnsemble)) for m in self.models.values())
            self._stack = (self.models, LinearStack(linear) if usable and linear else None)
        return self._stack[1]

    @staticmethod
    def structural_links(doc: Doc, ctx: PairContext) -> dict[tuple[int, str], Span]:
        """The rule step's links that the structure of the sentence decides (their ``how`` is one of
        ``STRUCTURAL``), by (quantity index, label): they are kept whatever the model scores."""
        position = {(q.start, q.end): k for k, q in enumerate(ctx.quantities)}
        out: dict[tuple[int, str], Span] = {}
        for hs, he, _, cs, ce, cl, label, _, how in doc.user_data.get(RELATIONS_KEY, ()):
            k = position.get((hs, he))
            if how in STRUCTURAL and k is not None:
                out[(k, label)] = Span(doc, cs, ce, label=cl)
        return out

    def set_annotations(self, docs: Iterable[Doc], decisions) -> None:
        """Replace the rule step's relations (and unused CATEGORY spans) with the decisions."""
        for doc, per_quantity in zip(docs, decisions):
            rows: list[list] = []  # ``doc._.relations = [Relation(...), ...]``, as the rows it stores
            chosen_categories: dict[tuple[int, int], Span] = {}
            # units of counts follow the decided categories in ``relstats_units``, their one writer
            for q, decided in per_quantity:
                if is_margin(q):
                    continue  # a margin of error links to nothing (GUIDELINES C10-1)
                head = (q.start, q.end, q.label_)
                for label, child, p in decided:
                    if label == "MODIFIES" and is_margin(child):
                        continue
                    if label == "CATEGORY":
                        child = chosen_categories.setdefault((child.start, child.end), child)
                    rows.append([*head, child.start, child.end, child.label_, label, float(round(p, 4)), ""])
            doc.user_data[RELATIONS_KEY] = rows
            kept = [s for s in group_spans(doc) if s.label_ != "CATEGORY"]  # the group's spans, as read last
            for span in chosen_categories.values():
                category = Span(doc, span.start, span.end, label="CATEGORY")
                set_span_value(category, "source", "model")
                kept.append(category)
            set_spans(doc, kept)

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None) -> None:
        """Fit one model per label (of the configured ``family``) on the candidate pairs of the gold
        examples, run through the components before this one (FORMAT §6 matching decides which pairs
        are gold)."""
        from pipeline.scorer import gold_record
        from pipeline.training.relations import document_examples

        if nlp is None:
            raise ValueError(f"{self.name}: initialize needs the pipeline (nlp=...)")
        data: dict[str, tuple[list[dict], list[int]]] = {label: ([], []) for label in LABELS}
        for doc, eg in self.upstream_docs(get_examples(), nlp):
            ctx = PairContext(doc, model_span_scores(doc))
            for label, features, target in document_examples(ctx, gold_record(eg.reference)):
                data[label][0].append(features)
                data[label][1].append(int(target))
        self.models = {label: self.fit(features, targets, label)
                       for label, (features, targets) in data.items() if len(set(targets)) == 2}
        self.require_weights()

    def fit(self, features: list[dict], targets: list[int], label: str | None = None) -> LinearModel | TreeEnsemble:
        """One label's model, of the configured family (trees for a label of ``tree_labels``), fitted on its
        candidate pairs."""
        cfg = self.cfg
        if cfg["family"] == "gbdt" or label in cfg.get("tree_labels", ()):
            return fit_gbdt(features, targets, seed=cfg["seed"], **{key: cfg[key] for key in GBDT_SETTINGS})
        return fit_logistic(features, targets, c=cfg["c"], max_iter=cfg["max_iter"], seed=cfg["seed"])

    def decode(self, q: Span, scored: dict, metric: str | None = None, no_category: set | None = None,
               records: dict | None = None) -> list[tuple[str, Span, float]]:
        """The constrained choice of relations for one quantity (``metric``: its ``_.metric``, read
        from ``q`` when not given; ``no_category``: the offsets of the document's quantities that
        take no CATEGORY, :func:`_no_category`; ``records``: whether each period dates a record, as
        decided so far for the document)."""
        metric = span_value(q, "metric") if metric is None else metric
        if no_category is None:
            no_category = _no_category(q.doc)

        threshold = self.threshold

        def best(label):
            """The first most probable ``(child, probability)`` of ``label`` at the threshold or above."""
            found = None
            for c, p in scored.get(label, ()):
                if p >= threshold and (found is None or p > found[1]):
                    found = (c, p)
            return found

        decided = []
        modifies = best("MODIFIES") if metric in ("CHANGE", "SHARE") else None
        # ages and durations take no CATEGORY (GUIDELINES D-17; found by the categories step)
        takes_category = (q.start, q.end) not in no_category
        category = best("CATEGORY") if takes_category else None
        if modifies and (category is None or modifies[1] >= category[1]):
            decided.append(("MODIFIES", *modifies))
        elif category:
            decided.append(("CATEGORY", *category))
            modifies = None
        if metric in ("CHANGE", "SHARE"):
            baseline = best("BASELINE")
            if baseline and metric == "SHARE" and not share_of_level(q, baseline[0]):
                baseline = None  # a share is compared only with the level it is a share of (GUIDELINES C19-15)
            if baseline:
                decided.append(("BASELINE", *baseline))
        part = best("PART_OF") if not modifies else None
        if part and part[0] != q:
            decided.append(("PART_OF", *part))
        else:
            part = None
        if not modifies and not part:
            period = best("PERIOD")
            if period and self._dates_a_record(period[0], records):
                period = None  # ``the highest since 2021``: the time of a record, not the figure's period
            if period:
                decided.append(("PERIOD", *period))
        return decided

    @staticmethod
    def _dates_a_record(period: Span, records: dict | None) -> bool:
        """:meth:`RelationLinker.dates_a_record` of ``period``, remembered in ``records`` by offsets."""
        if records is None:
            return RelationLinker.dates_a_record(period.doc, period)
        key = (period.start, period.end)
        dated = records.get(key)
        if dated is None:
            dated = records[key] = RelationLinker.dates_a_record(period.doc, period)
        return dated


def _no_category(doc: Doc) -> set[tuple[int, int]]:
    """The offsets of the quantities the categories step found to take no CATEGORY (ages, durations)."""
    return {(start, end) for start, end in doc.user_data.get(NO_CATEGORY_KEY, ())}


@Language.factory(
    "relstats_relation_model",
    assigns=["doc._.relations", "doc.spans"],
    requires=["doc.spans"],
    default_config={"threshold": 0.5, "family": "logistic", "tree_labels": [], "c": 1.0, "max_iter": 3000, "seed": 0,
                    **GBDT_SETTINGS,
                    "scorer": {"@scorers": "relstats.scorer.v1"}},
    default_score_weights={"relstats_records": 1.0, "relstats_quantity_f": 0.0, "relstats_relations_f": 0.0},
)
def make_relation_model(nlp: Language, name: str, threshold: float, family: str, tree_labels: list[str], c: float,
                        max_iter: int, seed: int, trees: int, learning_rate: float, max_leaf_nodes: int,
                        min_samples_leaf: int, l2_regularization: float, top_features: int, scorer) -> RelationModel:
    """Factory of :class:`RelationModel`: ``threshold`` is the least probability of a kept relation;
    ``family`` the model of each label, ``"logistic"`` (settings ``c``, ``max_iter``) or ``"gbdt"``
    (scikit-learn's ``HistGradientBoostingClassifier`` without early stopping: ``trees``,
    ``learning_rate``, ``max_leaf_nodes``, ``min_samples_leaf``, ``l2_regularization``, on the
    ``top_features`` most frequent features of the label); ``tree_labels`` the labels fitted as trees when
    the family is ``"logistic"`` (the others stay logistic regressions, scored together); ``seed`` for both."""
    return RelationModel(nlp, name, threshold=threshold, family=family, tree_labels=tree_labels, c=c,
                         max_iter=max_iter, seed=seed,
                         scorer=scorer, trees=trees, learning_rate=learning_rate, max_leaf_nodes=max_leaf_nodes,
                         min_samples_leaf=min_samples_leaf, l2_regularization=l2_regularization,
                         top_features=top_features)
