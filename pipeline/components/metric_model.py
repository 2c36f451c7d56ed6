"""The trained metric decision: re-decides each quantity's metric where the rules are unsure.

Features (:func:`metric_features`): the unit kind and the rules' metric, the words right before
and after the figure, cue-word classes in the clause (change words, rate words, share openers, a
following baseline, levels after ``to``/``at``), the sign, and subject words of the sentence
(inflation, growth, rate). A multinomial logistic regression stored as JSON (``metrics.json``)
chooses among COUNT, AMOUNT, MONEY, SHARE and CHANGE; its choice replaces the rules' only when
the unit allows it (money stays MONEY or CHANGE, percentage points stay CHANGE) and it is more
probable than ``min_probability``. The direction of a new CHANGE comes from the rules' cue words.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.quantities import direction_from_context
from pipeline.extensions import register_extensions, spans_of, sent_of
from pipeline.lexicon import words
from pipeline.linear import LinearModel, load_models, save_models

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


def metric_features(doc: Doc, q: Span) -> dict[str, float]:
    """The features of one quantity for the metric model."""
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


class MetricModel:
    """Re-decides ``Span._.metric`` of each QUANTITY with a trained linear model."""

    def __init__(self, nlp: Language, name: str = "relstats_metric_model", min_probability: float = 0.5):
        self.name = name
        self.min_probability = min_probability
        self.model: LinearModel | None = None
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Set the metric (and direction) of every quantity where the model is confident."""
        if self.model is None:
            return doc
        for q in spans_of(doc, "QUANTITY"):
            probabilities = self.model.probabilities(metric_features(doc, q))
            allowed = ALLOWED.get(q._.unit_kind, ALLOWED[None])
            metric, p = max(((m, p) for m, p in probabilities.items() if m in allowed), key=lambda mp: mp[1])
            if metric == q._.metric or p < self.min_probability:
                continue
            q._.metric = metric
            q._.score = round(p, 4)
            if metric == "CHANGE":
                q._.direction = q._.direction or direction_from_context(doc, q.start, q.end)
            else:
                q._.direction = None
        return doc

    def to_disk(self, path, exclude=tuple()):
        """Write ``metrics.json`` in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        models = {"metric": self.model} if self.model is not None else {}
        save_models(models, path / "metrics.json", {"min_probability": self.min_probability})

    def from_disk(self, path, exclude=tuple()):
        """Read ``metrics.json`` (absent: the rules' metric stands)."""
        file = Path(path) / "metrics.json"
        if file.exists():
            models, extra = load_models(file)
            self.model = models.get("metric")
            self.min_probability = extra.get("min_probability", self.min_probability)
        return self


@Language.factory(
    "relstats_metric_model",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"min_probability": 0.5},
)
def make_metric_model(nlp: Language, name: str, min_probability: float) -> MetricModel:
    """Factory of :class:`MetricModel`."""
    return MetricModel(nlp, name, min_probability)


def metric_examples(doc: Doc, gold: dict) -> list[tuple[dict, str]]:
    """``(features, gold metric)`` for each predicted quantity paired with a gold one."""
    from pipeline.scoring import pair_spans

    quantities = spans_of(doc, "QUANTITY")
    gold_q = [s for s in gold["spans"] if s["label"] == "QUANTITY"]
    pred = [{"id": str(k), "start": q.start_char, "end": q.end_char} for k, q in enumerate(quantities)]
    pairs = pair_spans(gold_q, pred)
    metric_of = {s["id"]: s.get("metric") for s in gold_q}
    return [(metric_features(doc, quantities[int(p)]), metric_of[g]) for g, p in pairs.items()]
