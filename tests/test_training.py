"""Trained components: a reduced-size training run (few documents, few steps) that must load and run,
and the pieces it is built from (JSON linear models, constrained decoding, input hash)."""

import json

import pytest
import spacy

from conftest import ROOT, relations
from pipeline.docs import read_jsonl
from pipeline.linear import LinearModel, load_models, save_models


@pytest.fixture(scope="module")
def smoke_model(tmp_path_factory):
    """Train on four documents for a few steps (what CI can afford)."""
    from pipeline.training.train import build

    train = [d for d in read_jsonl(ROOT / "annotations" / "train.jsonl")][:4]
    dev = read_jsonl(ROOT / "annotations" / "dev.jsonl")[:2]
    out = tmp_path_factory.mktemp("model") / "relstats"
    meta = build(out, seed=0, max_steps=4, work=out.parent / "work", train_docs=train, dev_docs=dev)
    return out, meta


@pytest.mark.slow
def test_smoke_training_writes_a_loadable_pipeline(smoke_model):
    out, meta = smoke_model
    nlp = spacy.load(out)
    assert {"relstats_spans", "relstats_metric_model", "relstats_relation_model"} <= set(nlp.pipe_names)
    assert meta["relstats"]["training_documents"] == 4 and len(meta["relstats"]["input_hash"]) == 64
    for name in ("relstats_metric_model/metrics.json", "relstats_relation_model/relations.json"):
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
                  dev_docs=read_jsonl(ROOT / "annotations" / "dev.jsonl")[:2])
    assert again["relstats"]["input_hash"] == meta["relstats"]["input_hash"]
    assert "nothing to train" in capsys.readouterr().err


def test_input_hash_changes_with_settings():
    from pipeline.training.train import input_hash

    assert input_hash(ROOT, {"seed": 0}) != input_hash(ROOT, {"seed": 1})
    assert input_hash(ROOT, {"seed": 0}) == input_hash(ROOT, {"seed": 0})


def test_linear_model_round_trips_through_json(tmp_path):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features = [{"a": 1.0}, {"b": 1.0}, {"a": 1.0, "c": 2.0}, {"b": 1.0, "c": 1.0}]
    targets = [1, 0, 1, 0]
    vectorizer = DictVectorizer()
    estimator = LogisticRegression(random_state=0).fit(vectorizer.fit_transform(features), targets)
    model = LinearModel.from_sklearn(vectorizer, estimator)
    save_models({"m": model}, tmp_path / "m.json", {"threshold": 0.4})
    loaded, extra = load_models(tmp_path / "m.json")
    expected = estimator.predict_proba(vectorizer.transform([{"a": 1.0, "c": 1.0}]))[0, 1]
    assert loaded["m"].probability({"a": 1.0, "c": 1.0}) == pytest.approx(expected, abs=1e-5)
    assert extra == {"threshold": 0.4}


def test_relation_model_without_weights_keeps_rule_relations(nlp, extract_one):
    import pipeline

    text = "Exports reached 17.67 trillion yuan, up 13.8 percent year on year."
    rules = relations(extract_one(text))
    nlp.add_pipe("relstats_relation_model")
    try:
        assert relations(next(pipeline.extract([text], nlp=nlp))) == rules
    finally:
        nlp.remove_pipe("relstats_relation_model")


def test_decoding_keeps_one_modifies_or_category_and_no_period_for_modifiers(nlp):
    from pipeline.components.relation_model import RelationModel

    doc = nlp("In 2023, exports reached 17.67 trillion yuan, up 13.8 percent.")
    spans = {s.text: s for s in doc.spans["relstats"]}
    change, level = spans["13.8 percent"], spans["17.67 trillion yuan"]
    model = RelationModel(nlp)
    scored = {"MODIFIES": [(level, 0.9)], "CATEGORY": [(spans["exports"] if "exports" in spans else level, 0.6)],
              "PERIOD": [(spans["In 2023"], 0.9)], "BASELINE": [], "PART_OF": [(level, 0.8)]}
    decided = [label for label, _, _ in model.decode(change, scored)]
    assert decided == ["MODIFIES"]
