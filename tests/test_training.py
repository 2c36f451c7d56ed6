"""Trained components: a reduced-size training run (few documents, few steps) that must load and run,
and the pieces it is built from (JSON linear models, vectorised scoring, constrained decoding, input hash)."""

import json

import pytest
import spacy

from conftest import ROOT, relations
from pipeline.docs import read_jsonl
from pipeline.linear import LinearModel, WeightsError


@pytest.fixture(scope="module")
def smoke_model(tmp_path_factory):
    """Train on four documents for a few steps (what CI can afford)."""
    from pipeline.training.train import build

    train = [d for d in read_jsonl(ROOT / "annotations" / "train.jsonl")][:4]
    dev = read_jsonl(ROOT / "annotations" / "dev.jsonl")[:2]
    out = tmp_path_factory.mktemp("model") / "relstats"
    meta = build(out, seed=0, max_steps=4, work=out.parent / "work", train_docs=train, dev_docs=dev, spans=True)
    return out, meta


@pytest.mark.slow
def test_smoke_training_writes_a_loadable_pipeline(smoke_model):
    out, meta = smoke_model
    nlp = spacy.load(out)
    assert {"relstats_spans", "relstats_metric_model", "relstats_relation_model"} <= set(nlp.pipe_names)
    assert meta["relstats"]["training_documents"] == 4 and len(meta["relstats"]["input_hash"]) == 64
    for name in ("relstats_metric_model/weights.json", "relstats_relation_model/weights.json"):
        json.loads((out / name).read_text())  # weights are JSON, not pickle
    assert not list(out.rglob("*.pkl")) and not list(out.rglob("*.pickle"))


@pytest.mark.slow
def test_smoke_model_extracts_linked_rows(smoke_model):
    import pipeline

    out, _ = smoke_model
    nlp = pipeline.load(out)
    doc = next(pipeline.extract(["Exports rose 13.8 percent to 17.67 trillion yuan in 2023."], nlp=nlp))
    assert [q["value"] for q in doc["spans"] if q["label"] == "QUANTITY"] == [13.8, 17670000000000]
    assert doc["rows"], "the trained pipeline still yields table rows"


def test_unchanged_inputs_skip_training(smoke_model, capsys):
    from pipeline.training.train import build

    out, meta = smoke_model
    train = read_jsonl(ROOT / "annotations" / "train.jsonl")[:4]
    again = build(out, seed=0, max_steps=4, work=out.parent / "work", train_docs=train,
                  dev_docs=read_jsonl(ROOT / "annotations" / "dev.jsonl")[:2], spans=True)
    assert again["relstats"]["input_hash"] == meta["relstats"]["input_hash"]
    assert "nothing to train" in capsys.readouterr().err


def test_input_hash_changes_with_settings():
    from pipeline.training.train import input_hash

    assert input_hash(ROOT, {"seed": 0}) != input_hash(ROOT, {"seed": 1})
    assert input_hash(ROOT, {"seed": 0}) == input_hash(ROOT, {"seed": 0})


def test_linear_model_scores_a_batch_like_sklearn():
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features = [{"a": 1.0}, {"b": 1.0}, {"a": 1.0, "c": 2.0}, {"b": 1.0, "c": 1.0}]
    targets = [1, 0, 1, 0]
    vectorizer = DictVectorizer()
    estimator = LogisticRegression(random_state=0).fit(vectorizer.fit_transform(features), targets)
    model = LinearModel.from_dict(json.loads(json.dumps(LinearModel.from_sklearn(vectorizer, estimator).to_dict())))
    batch = [{"a": 1.0, "c": 1.0}, {"b": 2.0, "unknown": 5.0}, {}]
    expected = estimator.predict_proba(vectorizer.transform(batch))[:, 1]
    assert model.positive(batch) == pytest.approx(expected, abs=1e-5)


def test_multinomial_linear_model_gives_distributions():
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features = [{"x": 1.0}, {"y": 1.0}, {"z": 1.0}, {"x": 1.0, "y": 0.5}]
    targets = ["COUNT", "SHARE", "CHANGE", "COUNT"]
    vectorizer = DictVectorizer()
    estimator = LogisticRegression(random_state=0).fit(vectorizer.fit_transform(features), targets)
    model = LinearModel.from_sklearn(vectorizer, estimator)
    probabilities = model.probabilities([{"x": 1.0}, {"z": 1.0}])
    assert probabilities.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert probabilities == pytest.approx(estimator.predict_proba(vectorizer.transform([{"x": 1.0}, {"z": 1.0}])),
                                          abs=1e-5)


@pytest.mark.parametrize("damage, message", [
    (lambda d: d.update(coef=[[0.1]]), "wrong shape"),
    (lambda d: d.pop("features"), "malformed"),
    (lambda d: d.update(intercept=[float("nan")]), "non-finite"),
])
def test_damaged_linear_model_is_refused(damage, message):
    data = {"classes": [0, 1], "features": ["a", "b"], "coef": [[0.5, -0.5]], "intercept": [0.1]}
    damage(data)
    with pytest.raises(WeightsError, match=message):
        LinearModel.from_dict(data, "relations.json")


def test_relation_model_without_weights_says_so(nlp):
    nlp.add_pipe("relstats_relation_model")
    try:
        with pytest.raises(WeightsError, match="no weights"):
            nlp("Exports reached 17.67 trillion yuan, up 13.8 percent year on year.")
    finally:
        nlp.remove_pipe("relstats_relation_model")


def test_decoding_keeps_one_modifies_or_category_and_no_period_for_modifiers(nlp):
    from pipeline.components.relation_model import RelationModel

    doc = nlp("In 2023, exports reached 17.67 trillion yuan, up 13.8 percent.")
    spans = {s.text: s for s in doc.spans["relstats"]}
    change, level = spans["13.8 percent"], spans["17.67 trillion yuan"]
    model = RelationModel(nlp, threshold=0.5)
    scored = {"MODIFIES": [(level, 0.9)], "CATEGORY": [(spans["exports"] if "exports" in spans else level, 0.6)],
              "PERIOD": [(spans["In 2023"], 0.9)], "BASELINE": [], "PART_OF": [(level, 0.8)]}
    decided = [label for label, _, _ in model.decode(change, scored)]
    assert decided == ["MODIFIES"]


def test_candidate_recall_counts_the_gold_relations_the_candidates_can_propose(shipped_nlp):
    from pipeline import relation_features
    from pipeline.training.relations import training_candidate_recall

    records = read_jsonl(ROOT / "annotations" / "train.jsonl")[:6]
    recall = training_candidate_recall(shipped_nlp, records)
    assert sum(asked for asked, _ in recall.values()) > 20
    assert all(0 <= found <= asked for asked, found in recall.values())
    windows = relation_features.FIGURE_WINDOW, relation_features.CATEGORY_WINDOW
    try:  # the candidate windows drop no gold pair
        relation_features.FIGURE_WINDOW = relation_features.CATEGORY_WINDOW = 10 ** 6
        assert training_candidate_recall(shipped_nlp, records) == recall
    finally:
        relation_features.FIGURE_WINDOW, relation_features.CATEGORY_WINDOW = windows
