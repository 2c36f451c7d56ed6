"""The trained relation step: re-scores every candidate pair and decodes under FORMAT's constraints.

Runs after the rule linker, whose choices are one feature among many
(:mod:`pipeline.relation_features`). For each quantity it keeps at most one MODIFIES or CATEGORY
(a quantity that modifies another takes no category), one BASELINE (changes and shares only), one
PART_OF, and one PERIOD (not for quantities that modify or are part of another). Without trained
weights it leaves the rule step's relations untouched. Weights are JSON (``relations.json``), read
without pickle or scikit-learn.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from pipeline.extensions import SPAN_KEY, Relation, register_extensions, spans_of
from pipeline.linear import LinearModel, load_models, save_models
from pipeline.relation_features import PairContext, candidate_children, pair_features
from pipeline.components.time_phrases import span_score
from pipeline.lexicon import words
from pipeline.units import singular

MODEL_SPANS_KEY = "relstats_model"


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


class RelationModel:
    """Scores candidate relations with linear models and decodes them per quantity."""

    def __init__(self, nlp: Language, name: str = "relstats_relation_model", threshold: float = 0.5):
        self.name = name
        self.threshold = threshold
        self.models: dict[str, LinearModel] = {}
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Replace the rule step's relations with the trained model's decisions."""
        if not self.models:
            return doc
        ctx = PairContext(doc, model_span_scores(doc))
        relations: list[Relation] = []
        chosen_categories: dict[tuple[int, int], Span] = {}
        for q in ctx.quantities:
            scored = self.score_candidates(ctx, q)
            decided = self.decode(q, scored)
            for label, child, p in decided:
                if label == "CATEGORY":
                    child = chosen_categories.setdefault((child.start, child.end), child)
                    self._update_count_unit(q, child)
                relations.append(Relation(q, child, label, round(p, 4)))
        doc._.relations = relations
        kept = [s for s in doc.spans[SPAN_KEY] if s.label_ != "CATEGORY"]
        for span in chosen_categories.values():
            category = Span(doc, span.start, span.end, label="CATEGORY")
            category._.source = "model"
            kept.append(category)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=kept)
        return doc

    def score_candidates(self, ctx: PairContext, q: Span) -> dict[str, list[tuple[Span, float]]]:
        """Each label's candidates for ``q`` with the model's probability."""
        out = {}
        for label, children in candidate_children(ctx, q).items():
            model = self.models.get(label)
            if model is None:
                continue
            out[label] = [(child, model.probability(pair_features(ctx, q, child, label))) for child in children]
        return out

    def decode(self, q: Span, scored: dict) -> list[tuple[str, Span, float]]:
        """The constrained choice of relations for one quantity."""
        def best(label):
            options = [(c, p) for c, p in scored.get(label, []) if p >= self.threshold]
            return max(options, key=lambda cp: cp[1]) if options else None

        decided = []
        modifies = best("MODIFIES") if q._.metric in ("CHANGE", "SHARE") else None
        category = best("CATEGORY")
        if modifies and (category is None or modifies[1] >= category[1]):
            decided.append(("MODIFIES", *modifies))
        elif category:
            decided.append(("CATEGORY", *category))
            modifies = None
        if q._.metric in ("CHANGE", "SHARE"):
            baseline = best("BASELINE")
            if baseline:
                decided.append(("BASELINE", *baseline))
        part = best("PART_OF") if not modifies else None
        if part and part[0] != q:
            decided.append(("PART_OF", *part))
        else:
            part = None
        if not modifies and not part:
            period = best("PERIOD")
            if period:
                decided.append(("PERIOD", *period))
        return decided

    @staticmethod
    def _update_count_unit(q: Span, category: Span) -> None:
        """A count whose unit came from its category takes the head of the chosen category."""
        if q._.metric != "COUNT" or q._.unit_kind != "count" or category.start == q.end:
            return
        head = category.end - 1
        for k in range(category.start, category.end):
            if category.doc[k].lower_ in ("of", "for", "in", "on", "at", "from", "to", "with") and k > category.start:
                head = k - 1
                break
        token = category.doc[head]
        if token.is_alpha and token.lower_ not in words("not_count_units"):
            q._.unit = (singular(token.text) if token.lower_ != singular(token.text) else token.lemma_ or token.lower_).lower()

    def to_disk(self, path, exclude=tuple()):
        """Write the weights as ``relations.json`` in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        save_models(self.models, path / "relations.json", {"threshold": self.threshold})

    def from_disk(self, path, exclude=tuple()):
        """Read the weights written by :meth:`to_disk` (absent file: rules only)."""
        file = Path(path) / "relations.json"
        if file.exists():
            self.models, extra = load_models(file)
            self.threshold = extra.get("threshold", self.threshold)
        return self


@Language.factory(
    "relstats_relation_model",
    assigns=["doc._.relations", "doc.spans"],
    requires=["doc.spans"],
    default_config={"threshold": 0.5},
)
def make_relation_model(nlp: Language, name: str, threshold: float) -> RelationModel:
    """Factory of :class:`RelationModel`."""
    return RelationModel(nlp, name, threshold)
