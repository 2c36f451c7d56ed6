"""Gradient-boosted trees as JSON (``family = "gbdt"`` of the relation model): the numpy walk of the
exported trees gives scikit-learn's probabilities on real candidate pairs, a ``FeatureBatch`` scores
as its dicts do, the component's byte and disk round trips keep every probability, and damaged or
mismatched weights fail naming the file."""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import ROOT
from pipeline.docs import read_jsonl
from pipeline.linear import TreeEnsemble, WeightsError, fit_gbdt, model_from_dict

GBDT = dict(trees=40, learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=5, l2_regularization=0.0,
            top_features=1000, seed=0)


@pytest.fixture(scope="module")
def pairs(nlp):
    """Candidate pairs of twelve training releases run through the rules: per label the feature
    dicts and gold targets, and the documents' ``FeatureBatch`` es."""
    from spacy.training import Example

    from pipeline.components.relation_model import model_span_scores
    from pipeline.convert.spacy_docbin import record_to_doc
    from pipeline.relation_features import PairContext, candidate_pairs, features_by_label
    from pipeline.scorer import gold_record
    from pipeline.training.relations import document_examples

    data: dict[str, tuple[list, list]] = {}
    batches: dict[str, list] = {}
    for record in read_jsonl(ROOT / "annotations" / "train.jsonl")[:12]:
        doc = nlp(record["text"])
        ctx = PairContext(doc, model_span_scores(doc))
        gold = gold_record(Example(nlp.make_doc(record["text"]), record_to_doc(nlp, record)).reference)
        for label, features, target in document_examples(ctx, gold):
            data.setdefault(label, ([], []))
            data[label][0].append(features)
            data[label][1].append(int(target))
        for label, batch in features_by_label(ctx, candidate_pairs(ctx)).items():
            batches.setdefault(label, []).append(batch)
    return data, batches


@pytest.fixture(scope="module")
def fitted(pairs):
    data, _ = pairs
    return {label: fit_gbdt(features, targets, estimator_too=True, **GBDT)
            for label, (features, targets) in data.items() if label in ("CATEGORY", "MODIFIES", "PERIOD")}


def dense(features: list[dict], names: list[str]) -> np.ndarray:
    column = {name: k for k, name in enumerate(names)}
    x = np.zeros((len(features), len(names)))
    for row, item in enumerate(features):
        for name, value in item.items():
            if name in column:
                x[row, column[name]] = value
    return x


def test_numpy_trees_give_sklearn_probabilities_on_candidate_pairs(pairs, fitted):
    data, batches = pairs
    for label, (model, estimator, names) in fitted.items():
        assert len(model.trees) == GBDT["trees"] and max(len(t["feature"]) for t in model.trees) > 3
        features = data[label][0]
        expected = estimator.predict_proba(dense(features, names))[:, 1]
        assert np.abs(model.positive(features) - expected).max() <= 1e-9, label
        assert len(set(np.round(expected, 6))) > 10, "the trees do separate the pairs"
        for batch in batches[label]:  # every candidate of the documents, as the component scores them
            dicts = batch.dicts()
            expected = estimator.predict_proba(dense(dicts, names))[:, 1]
            assert np.abs(model.positive(batch) - expected).max() <= 1e-9, label
            assert np.array_equal(model.positive(batch), model.positive(dicts))


def test_missing_values_follow_the_learned_direction(fitted):
    model, estimator, names = fitted["CATEGORY"]
    x = np.zeros((3, len(names)))
    x[1, :] = np.nan
    x[2, ::2] = np.nan
    mine = np.zeros((3, len(model.vocabulary)))
    for name, column in model.vocabulary.items():
        mine[:, column] = x[:, names.index(name)]
    expected = estimator.predict_proba(x)[:, 1]
    raw = model.raw_scores(mine)
    assert np.abs(1.0 / (1.0 + np.exp(-raw)) - expected).max() <= 1e-9


def test_json_round_trip_keeps_every_bit(pairs, fitted):
    data, _ = pairs
    model = fitted["MODIFIES"][0]
    text = json.dumps(model.to_dict())
    assert "pickle" not in text
    again = model_from_dict(json.loads(text), "x")
    assert isinstance(again, TreeEnsemble)
    features = data["MODIFIES"][0]
    assert np.array_equal(again.positive(features), model.positive(features))


@pytest.mark.parametrize("damage, message", [
    (lambda d: d["trees"][0].pop("threshold"), "malformed tree model"),
    (lambda d: d["trees"][0]["left"].__setitem__(0, 0), "tree 0: child index out of range"),
    (lambda d: d["trees"][1]["feature"].__setitem__(0, 10 ** 6), "tree 1: feature index out of range"),
    (lambda d: d["trees"][0]["value"].__setitem__(-1, float("nan")), "non-finite"),
    (lambda d: d["trees"][0]["right"].__setitem__(0, d["trees"][0]["left"][0]), "tree rooted at node 0"),
    (lambda d: d.update(trees=[]), "at least one tree"),
    (lambda d: d.update(family="forest"), "unknown model family 'forest'"),
])
def test_damaged_tree_model_is_refused(fitted, damage, message):
    data = json.loads(json.dumps(fitted["PERIOD"][0].to_dict()))
    damage(data)
    with pytest.raises(WeightsError, match=message):
        model_from_dict(data, "weights.json [PERIOD]")


def relation_component(nlp_factory, family: str, models=None):
    nlp = nlp_factory()
    pipe = nlp.add_pipe("relstats_relation_model", config={"family": family, "threshold": 0.35})
    if models is not None:
        pipe.models = models
    return nlp, pipe


def test_component_byte_and_disk_round_trips_give_identical_probabilities(pairs, fitted, tmp_path):
    from pipeline.language import rules_pipeline

    data, batches = pairs
    models = {label: fitted[label][0] for label in fitted}
    models["BASELINE"] = fit_gbdt(*data["BASELINE"], **GBDT)
    nlp, pipe = relation_component(rules_pipeline, "gbdt", models)
    texts = [r["text"] for r in read_jsonl(ROOT / "annotations" / "dev.jsonl")[:4]]
    expected = [[(r.label, r.child.start, r.child.end, r.score) for r in doc._.relations] for doc in nlp.pipe(texts)]
    assert any(expected)

    _, from_bytes = relation_component(rules_pipeline, "gbdt")
    from_bytes.from_bytes(pipe.to_bytes())
    pipe.to_disk(tmp_path / "relations")
    disk_nlp, from_disk = relation_component(rules_pipeline, "gbdt")
    from_disk.from_disk(tmp_path / "relations")
    for copy in (from_bytes, from_disk):
        assert sorted(copy.models) == sorted(models)
        for label, model in models.items():
            assert isinstance(copy.models[label], TreeEnsemble)
            for batch in batches[label]:
                assert np.array_equal(copy.models[label].positive(batch), model.positive(batch)), label
    got = [[(r.label, r.child.start, r.child.end, r.score) for r in doc._.relations] for doc in disk_nlp.pipe(texts)]
    assert got == expected

    # weights of another family than the config's, and a damaged file, fail naming the file
    _, logistic = relation_component(rules_pipeline, "logistic")
    with pytest.raises(WeightsError, match=r"weights.json: weights of .* gbdt family, but the config says "
                                           r"family = 'logistic'"):
        logistic.from_disk(tmp_path / "relations")
    weights = tmp_path / "relations" / "weights.json"
    payload = json.loads(weights.read_text())
    payload["models"]["CATEGORY"]["trees"][3]["left"][0] = -1
    weights.write_text(json.dumps(payload))
    with pytest.raises(WeightsError, match=rf"{weights} \[CATEGORY\]: tree 3: child index out of range"):
        from_disk.from_disk(tmp_path / "relations")


def test_unknown_family_is_a_config_error():
    from pipeline.language import rules_pipeline

    nlp = rules_pipeline()
    with pytest.raises(Exception, match="family = 'forest'; expected one of logistic, gbdt"):
        nlp.add_pipe("relstats_relation_model", config={"family": "forest"})


def test_mixed_families_score_each_label_with_its_own_model(pairs, fitted, tmp_path):
    """``tree_labels``: the listed labels are trees, the others logistic regressions scored together;
    each label's probabilities are its own model's, through the component and after a disk round trip."""
    from pipeline.components.relation_model import model_span_scores
    from pipeline.language import rules_pipeline
    from pipeline.linear import LinearModel, fit_logistic
    from pipeline.relation_features import PairContext, candidate_pairs, document_features

    data, _ = pairs
    models = {label: fit_logistic(*data[label], c=1.0, max_iter=3000, seed=0)
              for label in ("CATEGORY", "MODIFIES", "BASELINE")}
    models["PERIOD"] = fitted["PERIOD"][0]
    nlp = rules_pipeline()
    pipe = nlp.add_pipe("relstats_relation_model", config={"tree_labels": ["PERIOD"], "threshold": 0.35})
    pipe.models = models
    texts = [r["text"] for r in read_jsonl(ROOT / "annotations" / "dev.jsonl")[:4]]
    for doc in nlp.pipe(texts):
        ctx = PairContext(doc, model_span_scores(doc))
        candidates = candidate_pairs(ctx, list(models))
        features = document_features(ctx, candidates)
        got = dict(pipe.probabilities(ctx, candidates))
        assert set(got) == set(features.labels) and "PERIOD" in got
        for label, probabilities in got.items():
            alone = models[label].positive(features.batch(label))
            assert np.allclose(probabilities, alone, rtol=0, atol=1e-12), label

    pipe.to_disk(tmp_path / "relations")
    copy = rules_pipeline().add_pipe("relstats_relation_model", config={"tree_labels": ["PERIOD"]})
    copy.from_disk(tmp_path / "relations")
    assert isinstance(copy.models["PERIOD"], TreeEnsemble) and isinstance(copy.models["CATEGORY"], LinearModel)
    # the same weights under a config that lists no tree label fail, naming the label
    plain = rules_pipeline().add_pipe("relstats_relation_model", config={"family": "logistic"})
    with pytest.raises(WeightsError, match=r"weights of PERIOD are of the gbdt family, but the config says "
                                           r"family = 'logistic'"):
        plain.from_disk(tmp_path / "relations")


def test_an_unknown_tree_label_is_a_config_error():
    from pipeline.language import rules_pipeline

    with pytest.raises(Exception, match="tree_labels SIZE; expected labels of"):
        rules_pipeline().add_pipe("relstats_relation_model", config={"tree_labels": ["SIZE"]})
