"""Model families for the relation step, compared on the same candidate pairs and features.

    python -m pipeline.training.compare --model models/relstats --out reports/models

The relation model has two shippable families (the ``family`` setting of
``[components.relstats_relation_model]``): a logistic regression per label and gradient-boosted
trees per label (``HistGradientBoostingClassifier`` on the most frequent features, exported to JSON
and scored with numpy, :class:`pipeline.linear.TreeEnsemble`). This fits both, with the loaded
model's settings and the component's own fitting code (so each is what ``make train`` with that
family ships), and a small neural network (``MLPClassifier``, one hidden layer, not shippable: kept
in memory only), on the same training pairs (the pipeline up to the relation model, run over
``annotations/train.jsonl``); swaps each into the loaded pipeline in memory, and scores dev and
test with FORMAT §6. Each family is compared with the logistic regression by a paired bootstrap
over documents. Optionally
``--baseline PRED.jsonl`` adds the predictions of another model (e.g. the previous release's) on
the test split as one more row.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from pipeline.training.report import HEADLINE, bootstrap, headline, per_document, predict
from pipeline.training.train import ROOT


class SklearnLabelModel:
    """A fitted scikit-learn classifier with the ``positive(batch)`` interface of the linear models."""

    def __init__(self, estimator, vectorizer, columns=None, dense: bool = False):
        self.estimator, self.vectorizer, self.columns, self.dense = estimator, vectorizer, columns, dense

    def matrix(self, batch):
        x = self.vectorizer.transform(batch)
        if self.columns is not None:
            x = x[:, self.columns]
        return x.toarray().astype(np.float32) if self.dense else x

    def positive(self, batch) -> np.ndarray:
        if not batch:
            return np.zeros(0)
        return self.estimator.predict_proba(self.matrix(batch))[:, 1]


def training_pairs(nlp) -> dict[str, tuple[list[dict], list[int]]]:
    """The relation model's candidate pairs of the training releases, with gold targets."""
    from spacy.training import Example

    from pipeline.components.relation_model import model_span_scores
    from pipeline.convert.spacy_docbin import record_to_doc
    from pipeline.docs import read_jsonl
    from pipeline.relation_features import LABELS, PairContext
    from pipeline.scorer import gold_record
    from pipeline.training.relations import document_examples

    relation_model = nlp.get_pipe("relstats_relation_model")
    gold = read_jsonl(ROOT / "annotations" / "train.jsonl")
    examples = [Example(nlp.make_doc(g["text"]), record_to_doc(nlp, g)) for g in gold]
    data: dict[str, tuple[list[dict], list[int]]] = {label: ([], []) for label in LABELS}
    for doc, eg in relation_model.upstream_docs(examples, nlp):
        ctx = PairContext(doc, model_span_scores(doc))
        for label, features, target in document_examples(ctx, gold_record(eg.reference)):
            data[label][0].append(features)
            data[label][1].append(int(target))
    return data


#: the shippable families, by their ``family`` setting
SHIPPABLE = {"logistic regression": "logistic", "gradient boosting": "gbdt"}
REFERENCE = "logistic regression"
#: the mix of the two (``family = "logistic"`` with ``tree_labels``), compared when the loaded model has one
MIXED = "trees for {labels}, logistic regression for the rest"


def fit_family(family: str, features: list[dict], targets: list[int], seed: int, relation_model=None,
               label: str | None = None):
    """One label's model of ``family``: the shippable ones fitted by ``relation_model`` (the loaded
    component, its settings with ``family`` replaced; the mix with its own ``tree_labels``), the
    neural network here."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.neural_network import MLPClassifier

    if family in SHIPPABLE or family.startswith("trees for "):
        saved = dict(relation_model.cfg)
        try:
            if family in SHIPPABLE:
                relation_model.cfg.update(family=SHIPPABLE[family], tree_labels=[], seed=seed)
            else:
                relation_model.cfg.update(family="logistic", seed=seed)
            return relation_model.fit(features, targets, label)
        finally:
            relation_model.cfg = saved
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(features)
    y = np.asarray(targets)
    model = MLPClassifier(hidden_layer_sizes=(64,), alpha=1e-3, max_iter=40, early_stopping=True,
                          random_state=seed)
    model.fit(x, y)
    return SklearnLabelModel(model, vectorizer)


def run(model: Path, out: Path, baseline: Path | None = None, seed: int = 0) -> dict:
    from pipeline.docs import read_jsonl
    from pipeline.language import load
    from pipeline.scoring import score

    nlp = load(model)
    relation_model = nlp.get_pipe("relstats_relation_model")
    shipped = dict(relation_model.models)
    started = time.perf_counter()
    pairs = training_pairs(nlp)
    tree_note = relation_model.cfg.get("tree_labels") or []
    result = {"model": str(model), "shipped_family": relation_model.cfg["family"] + (
                  f" with trees for {', '.join(tree_note)}" if tree_note else ""),
              "settings": {k: v for k, v in relation_model.cfg.items() if k != "family"},
              "pairs": {k: len(v[1]) for k, v in pairs.items()}, "families": {}}
    result["pairs_seconds"] = round(time.perf_counter() - started, 1)
    families = {}
    tree_labels = list(relation_model.cfg.get("tree_labels") or ())
    mixed = MIXED.format(labels=", ".join(tree_labels)) if tree_labels else None
    if mixed:
        shipped_name = mixed
    else:
        shipped_name = next(f for f, code in SHIPPABLE.items() if code == relation_model.cfg["family"])
    for family in ("logistic regression", "gradient boosting", *([mixed] if mixed else []), "neural network"):
        t0 = time.perf_counter()
        families[family] = {label: fit_family(family, f, t, seed, relation_model, label)
                            for label, (f, t) in pairs.items() if label in shipped}
        result.setdefault("fit_seconds", {})[family] = round(time.perf_counter() - t0, 1)
        if family == shipped_name:
            # the refit is the shipped model itself (same code, settings and pairs): say so if it is
            same = all(families[family][label].to_dict() == shipped[label].to_dict() for label in shipped)
            result["refit_equals_shipped"] = same
    families = {(f"{f} (shipped)" if f == shipped_name else f): m for f, m in families.items()}
    gold = {split: read_jsonl(ROOT / "annotations" / f"{split}.jsonl") for split in ("dev", "test")}
    rows: dict[str, dict] = {}
    for family, models in families.items():
        relation_model.models = models
        result["families"][family] = {}
        rows[family] = {}
        for split, docs in gold.items():
            t0 = time.perf_counter()
            pred = predict(nlp, docs)
            seconds = time.perf_counter() - t0
            result["families"][family][split] = {"headline": headline(score(docs, pred)),
                                                 "chars_per_s": round(sum(len(d["text"]) for d in docs) / seconds)}
            rows[family][split] = per_document(docs, pred)
    relation_model.models = shipped
    reference = next(f for f in rows if f.startswith(REFERENCE))
    if baseline is not None:
        pred = [d for d in read_jsonl(baseline)]
        by_id = {d["id"]: d for d in pred}
        docs = [d for d in gold["test"] if d["id"] in by_id]
        pred = [by_id[d["id"]] for d in docs]
        result["families"]["baseline " + baseline.name] = {"test": {"headline": headline(score(docs, pred))}}
        rows["baseline"] = {"test": per_document(docs, pred)}
    result["bootstrap"] = {}
    for family in rows:
        if family == reference:
            continue
        result["bootstrap"][family] = {}
        for split, other in rows[family].items():
            base = rows[reference][split]
            if family == "baseline":  # shipped minus the baseline: is today's model better?
                ids = {d["id"] for d in read_jsonl(baseline)}
                ours = next(f for f in rows if f.endswith("(shipped)"))
                base = [r for r, d in zip(rows[ours][split], gold[split]) if d["id"] in ids]
                result["bootstrap"][family][split] = bootstrap(other, base)
            else:
                result["bootstrap"][family][split] = bootstrap(base, other)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    out.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    return result


def markdown(result: dict) -> str:
    lines = ["# Relation model families on the same features", "",
             "`python -m pipeline.training.compare` (`make compare-models`): each family fitted per relation "
             f"label on the same {sum(result['pairs'].values()):,} training candidate pairs "
             f"({', '.join(f'{k} {v:,}' for k, v in result['pairs'].items())}), swapped into the shipped "
             "pipeline and scored with FORMAT §6. Logistic regression and gradient boosting are fitted by the "
             "relation component itself (`family = \"logistic\"` / `\"gbdt\"` in configs/relstats.cfg, the "
             f"shipped model's settings: {', '.join(f'{k} {v}' for k, v in result.get('settings', {}).items())}), "
             "so each row is what `make train` ships with that family; the neural network is not shippable "
             f"(no JSON export). Shipped family: {result.get('shipped_family', 'logistic')}"
             + ("; refitting it gives the shipped weights exactly." if result.get("refit_equals_shipped") else "."),
             ""]
    for split in ("test", "dev"):
        lines += [f"## {split}", "", "| family | " + " | ".join(HEADLINE) + " | characters/s |",
                  "|---|" + "---|" * (len(HEADLINE) + 1)]
        for family, per_split in result["families"].items():
            if split not in per_split:
                continue
            h = per_split[split]["headline"]
            speed = per_split[split].get("chars_per_s")
            lines.append(f"| {family} | " + " | ".join(f"{h[k]:.3f}" for k in HEADLINE) + f" | {speed or '-'} |")
        lines.append("")
    fits = result.get("fit_seconds", {})
    if fits:
        lines += ["Fitting time: " + ", ".join(f"{k} {v} s" for k, v in fits.items()) + ".", ""]
    lines += ["## Paired bootstrap over documents (95% interval)", "",
              "Family rows: family − logistic regression. Baseline row: shipped − baseline.", "",
              "| comparison | split | records | CATEGORY | MODIFIES | BASELINE | PART_OF | PERIOD |",
              "|---|---|---|---|---|---|---|---|"]
    for family, per_split in result["bootstrap"].items():
        for split, b in per_split.items():
            cells = [f"{100 * b[k]['mean']:+.1f} [{100 * b[k]['low']:+.1f}, {100 * b[k]['high']:+.1f}]"
                     for k in ("records", "CATEGORY", "MODIFIES", "BASELINE", "PART_OF", "PERIOD")]
            lines.append(f"| {family} | {split} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=str(ROOT / "models" / "relstats"))
    ap.add_argument("--out", default=str(ROOT / "reports" / "models"))
    ap.add_argument("--baseline", help="predictions JSONL of another model on the test split")
    args = ap.parse_args(argv)
    result = run(Path(args.model), Path(args.out), Path(args.baseline) if args.baseline else None)
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
