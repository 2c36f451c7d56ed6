"""The shipped model as a spaCy pipeline: serialisable docs, round trips, config, scorer, loading."""

import json
import shutil
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

import pipeline
from conftest import ROOT
from pipeline.docs import doc_to_record, read_jsonl
from pipeline.language import ModelError, load

MODEL = ROOT / "models" / "relstats"

# Releases-style paragraphs written for these tests (not taken from the corpus or the code).
TEXTS = [
    "In the first quarter, port throughput reached 412.6 million tons, up 6.8% year on year, of which "
    "foreign trade cargo accounted for 38.2%.\n\nContainer volume was 7.9 million TEU, an increase of 4.1% "
    "over the same period last year.",
    "Employment rose by 41,000 (+0.2%) in May, while the unemployment rate edged up 0.1 percentage points "
    "to 6.2%. Average hourly wages of permanent employees increased 5.1% compared with a year earlier.",
    "During the 2023-24 fiscal year, the agency processed 1.24 million applications, 9 percent more than "
    "in the previous year, and approved 83 percent of them.",
]


@pytest.fixture(scope="module")
def shipped():
    return load(MODEL)


def records(nlp, docs, ids=None):
    return [doc_to_record(doc, f"d{k}") for k, doc in enumerate(docs)]


def test_default_load_is_the_shipped_model(shipped):
    assert pipeline.load().pipe_names == shipped.pipe_names
    assert "relstats_relation_model" in shipped.pipe_names and "relstats_metric_model" in shipped.pipe_names


def test_docbin_round_trip_keeps_every_span_attribute_and_relation(shipped):
    docs = list(shipped.pipe(TEXTS))
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(shipped.vocab))
    assert records(shipped, restored) == records(shipped, docs)
    assert any(r["relations"] for r in records(shipped, restored))


def test_doc_bytes_round_trip(shipped):
    doc = shipped(TEXTS[1])
    again = Doc(shipped.vocab).from_bytes(doc.to_bytes())
    assert doc_to_record(again, "x") == doc_to_record(doc, "x")
    assert [(r.head.text, r.label, r.child.text) for r in again._.relations] == [
        (r.head.text, r.label, r.child.text) for r in doc._.relations]


def test_spacy_n_process_equals_one_process(shipped):
    one = records(shipped, shipped.pipe(TEXTS * 2))
    two = records(shipped, shipped.pipe(TEXTS * 2, n_process=2, batch_size=2))
    assert two == one


def test_pipeline_bytes_round_trip_keeps_weights(shipped):
    copy = spacy.util.load_model_from_config(shipped.config, auto_fill=False)
    copy.from_bytes(shipped.to_bytes())
    assert records(copy, copy.pipe(TEXTS)) == records(shipped, shipped.pipe(TEXTS))


def test_disk_round_trip_and_fresh_interpreter(shipped, tmp_path):
    shipped.to_disk(tmp_path / "m")
    assert json.loads((tmp_path / "m" / "relstats_relation_model" / "weights.json").read_text())["models"]
    code = ("import spacy, json; from pipeline.docs import doc_to_record; nlp = spacy.load(%r); "
            "print(json.dumps(doc_to_record(nlp(%r), 'x')))" % (str(tmp_path / "m"), TEXTS[0]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/").stdout
    assert json.loads(out) == doc_to_record(shipped(TEXTS[0]), "x")


def test_config_override_of_the_threshold_is_honoured(shipped):
    strict = spacy.load(MODEL, config={"components": {"relstats_relation_model": {"threshold": 0.999}}})
    assert strict.get_pipe("relstats_relation_model").threshold == 0.999
    n_default = sum(len(r["relations"]) for r in records(shipped, shipped.pipe(TEXTS)))
    n_strict = sum(len(r["relations"]) for r in records(strict, strict.pipe(TEXTS)))
    assert n_strict < n_default


def test_missing_weights_file_is_an_error_naming_it(tmp_path):
    shutil.copytree(MODEL, tmp_path / "m")
    (tmp_path / "m" / "relstats_relation_model" / "weights.json").unlink()
    with pytest.raises(ModelError, match="relstats_relation_model/weights.json: weights file missing"):
        load(tmp_path / "m")


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ('{"format": 1, "component": "x", "models": {"CATEGORY": {"classes": [0, 1], "features": ["a"], '
     '"coef": [[0.1, 0.2]], "intercept": [0.0]}}}', "wrong shape"),
    ('{"format": 1, "component": "x", "models": {}}', "missing"),
])
def test_damaged_weights_fail_at_load_not_at_inference(tmp_path, content, message):
    shutil.copytree(MODEL, tmp_path / "m")
    (tmp_path / "m" / "relstats_relation_model" / "weights.json").write_text(content)
    with pytest.raises(ModelError, match=message):
        load(tmp_path / "m")


def test_model_trained_with_other_code_is_refused(tmp_path):
    shutil.copytree(MODEL, tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "meta.json").read_text())
    meta["relstats"]["code_hash"] = "0" * 64
    (tmp_path / "m" / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="other relstats rules or component code"):
        load(tmp_path / "m")
    assert load(tmp_path / "m", check=False).pipe_names  # an explicit choice


def test_no_model_found_is_an_error_not_a_fallback(monkeypatch, tmp_path):
    import pipeline.language as language

    monkeypatch.setattr(language, "DEFAULT_MODEL", tmp_path / "absent")
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    with pytest.raises(ModelError, match="rules_only=True"):
        load()
    assert "relstats_relation_model" not in load(rules_only=True).pipe_names


def test_nlp_evaluate_reports_relstats_scores_equal_to_relstats_evaluate(shipped):
    from pipeline.convert.spacy_docbin import record_to_doc
    from pipeline.scoring import score

    gold = read_jsonl(ROOT / "annotations" / "test.jsonl")[:4]
    examples = [Example(shipped.make_doc(g["text"]), record_to_doc(shipped, g)) for g in gold]
    scores = shipped.evaluate(examples)
    pred = list(pipeline.extract([{"id": g["id"], "text": g["text"], "meta": g.get("meta", {})} for g in gold],
                                 nlp=shipped))
    report = score(gold, pred)
    assert scores["relstats_records"] == pytest.approx(report["records"]["accuracy"], abs=0.01)
    assert scores["relstats_MODIFIES_f"] == pytest.approx(report["relations"]["MODIFIES"]["f1"], abs=0.01)
    assert {"relstats_quantity_f", "relstats_unit_acc", "relstats_CATEGORY_p", "relstats_PERIOD_r"} <= set(scores)


def test_convert_to_spacy_and_back_is_lossless(tmp_path):
    from pipeline.cli import main

    src = ROOT / "annotations" / "dev.jsonl"
    assert main(["convert", str(src), "--to", "spacy", "-o", str(tmp_path / "gold.spacy")]) == 0
    assert main(["convert", str(tmp_path / "gold.spacy"), "--to", "format", "-o", str(tmp_path / "back.jsonl")]) == 0
    strip = lambda d: {k: d[k] for k in ("id", "text", "meta", "spans", "relations")}  # noqa: E731
    assert [strip(d) for d in read_jsonl(tmp_path / "back.jsonl")] == [strip(d) for d in read_jsonl(src)]


@pytest.mark.slow
def test_spacy_evaluate_cli_reports_record_accuracy(tmp_path):
    from pipeline.cli import main

    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in read_jsonl(ROOT / "annotations" / "test.jsonl")[:5]))
    main(["convert", str(gold), "--to", "spacy", "-o", str(tmp_path / "gold.spacy")])
    out = subprocess.run([sys.executable, "-m", "spacy", "evaluate", str(MODEL), str(tmp_path / "gold.spacy"),
                          "--output", str(tmp_path / "scores.json")], capture_output=True, text=True, check=True)
    assert out.returncode == 0
    scores = json.loads((tmp_path / "scores.json").read_text())
    assert 0.0 < scores["relstats_records"] <= 1.0


CASES = [json.loads(line) for line in (ROOT / "tests" / "data" / "linking_cases.jsonl").read_text().splitlines()
         if line.strip()]


def case_right(doc: dict, links: list) -> bool:
    """Every expected link is there (a category child counts when it contains the expected word),
    and no expected head has a second link of the same label."""
    text = doc["text"]
    by_id = {s["id"]: text[s["start"]:s["end"]] for s in doc["spans"]}
    found = [(by_id[r["head"]], r["label"], by_id[r["child"]]) for r in doc["relations"]]
    for head, label, child in links:
        ok = [f for f in found if f[0] == head and f[1] == label]
        if len(ok) != 1 or not (child == ok[0][2] or (label in ("CATEGORY", "PERIOD", "BASELINE") and child in ok[0][2])):
            return False
    return True


def test_trained_model_changes_decisions_and_is_right_more_often(shipped):
    rules = pipeline.load(rules_only=True)
    documents = [{"id": f"c{k}", "text": case["text"]} for k, case in enumerate(CASES)]
    trained_docs = list(pipeline.extract(documents, nlp=shipped))
    rule_docs = list(pipeline.extract(documents, nlp=rules))
    changed = sum(a["relations"] != b["relations"] for a, b in zip(trained_docs, rule_docs))
    trained_right = sum(case_right(d, c["links"]) for d, c in zip(trained_docs, CASES))
    rules_right = sum(case_right(d, c["links"]) for d, c in zip(rule_docs, CASES))
    assert changed >= 3, "the trained re-ranker should change some of the rules' decisions"
    assert trained_right >= rules_right
    assert trained_right >= len(CASES) // 2


def test_readme_docbin_example_runs(capsys):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", readme, flags=re.S) if "DocBin" in b]
    assert blocks, "README has no DocBin example"
    exec(compile(blocks[0], "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "MODIFIES" in printed and "CATEGORY" in printed


def test_rules_only_pipeline_reports_relstats_scores_too():
    from pipeline.convert.spacy_docbin import record_to_doc

    rules = load(rules_only=True)
    gold = read_jsonl(ROOT / "annotations" / "dev.jsonl")[:2]
    scores = rules.evaluate([Example(rules.make_doc(g["text"]), record_to_doc(rules, g)) for g in gold])
    assert 0.0 < scores["relstats_records"] <= 1.0 and "relstats_PERIOD_f" in scores
