import copy
import json
from pathlib import Path

import pytest

from pipeline.authoring import parse_ann
from pipeline.docs import iter_jsonl_objects
from pipeline.scoring import error_summary, format_report, head_word, score

SEED = Path(__file__).resolve().parent.parent / "annotations" / "src" / "nia-2021-h1.ann"

TEXT = (
    "In 2021, 8,419 criminal cases of obstructing border management were established, "
    "of which 512 were smuggling cases, up 220% year-on-year."
)


def at(surface: str, text: str = TEXT) -> dict:
    start = text.index(surface)
    return {"start": start, "end": start + len(surface)}


def quantity(sid, surface, value, unit, metric, direction=None, bound="=", text=TEXT):
    return {"id": sid, "label": "QUANTITY", **at(surface, text), "value": value, "value_max": None,
            "bound": bound, "unit": unit, "metric": metric, "direction": direction}


def phrase(sid, label, surface, text=TEXT, **extra):
    return {"id": sid, "label": label, **at(surface, text), **extra}


def gold_doc() -> dict:
    return {
        "id": "d1",
        "text": TEXT,
        "spans": [
            phrase("p1", "PERIOD", "In 2021"),
            quantity("q1", "8,419", 8419, "case", "COUNT"),
            phrase("c1", "CATEGORY", "criminal cases of obstructing border management"),
            quantity("q2", "220%", 220, "percent", "CHANGE", "up"),
            phrase("b1", "BASELINE", "year-on-year", type="yoy", year=None),
            quantity("q3", "512", 512, "case", "COUNT"),
            phrase("c3", "CATEGORY", "smuggling cases"),
        ],
        "relations": [
            {"head": "q1", "child": "c1", "label": "CATEGORY"},
            {"head": "q1", "child": "p1", "label": "PERIOD"},
            {"head": "q2", "child": "q1", "label": "MODIFIES"},
            {"head": "q2", "child": "b1", "label": "BASELINE"},
            {"head": "q3", "child": "c3", "label": "CATEGORY"},
            {"head": "q3", "child": "q1", "label": "PART_OF"},
        ],
    }


def span(doc: dict, sid: str) -> dict:
    return next(s for s in doc["spans"] if s["id"] == sid)


def test_perfect_prediction_scores_one_everywhere():
    report = score([gold_doc()], [gold_doc()])
    for tally in [*report["quantity"].values(), *report["spans"].values(), *report["relations"].values()]:
        assert (tally["p"], tally["r"], tally["f1"]) == (1.0, 1.0, 1.0)
    assert all(share["accuracy"] == 1.0 for share in report["attributes"].values())
    assert report["records"] == {"accuracy": 1.0, "correct": 3, "total": 3}
    assert report["errors"] == []
    assert report["documents"] == 1
    json.dumps(report)


@pytest.mark.parametrize(
    "surface, exact_tp, lenient_tp",
    [("8,419", 1, 1), ("8,419 criminal", 0, 1), ("419", 0, 1), ("2021", 0, 0)],
)
def test_exact_and_lenient_quantity_offsets(surface, exact_tp, lenient_tp):
    pred = gold_doc()
    span(pred, "q1").update(at(surface))
    report = score([gold_doc()], [pred])
    assert report["quantity"]["exact"]["tp"] == 2 + exact_tp
    assert report["quantity"]["lenient"]["tp"] == 2 + lenient_tp


def test_two_predictions_overlapping_one_gold_pair_one_to_one():
    pred = gold_doc()
    span(pred, "q1").update(at("8,41"))
    pred["spans"].append(quantity("q9", "419", 419, "case", "COUNT"))
    report = score([gold_doc()], [pred])
    lenient = report["quantity"]["lenient"]
    assert (lenient["tp"], lenient["fp"], lenient["fn"]) == (3, 1, 0)
    assert [e["reasons"] for e in report["errors"]] == [["spurious"]]
    assert report["errors"][0]["text"] == "419"


@pytest.mark.parametrize(
    "gold_value, pred_value, right",
    [(8419, 8419, True), (8419, 8430, True), (8419, 8450, False), (66.667, 66.7, True),
     (100, 100.1, True), (100, 100.3, False), (0, 0, True), (0, 0.001, False), (8419, None, False)],
)
def test_value_tolerance(gold_value, pred_value, right):
    gold, pred = gold_doc(), gold_doc()
    span(gold, "q1")["value"] = gold_value
    span(pred, "q1")["value"] = pred_value
    report = score([gold], [pred])
    assert report["attributes"]["value"]["correct"] == 2 + right
    assert report["records"]["correct"] == 2 + right


def test_missing_bound_and_direction_take_their_defaults():
    pred = gold_doc()
    for s in pred["spans"]:
        s.pop("bound", None)
        if s["id"] == "q1":
            s.pop("direction")
    report = score([gold_doc()], [pred])
    assert report["attributes"]["bound"]["accuracy"] == 1.0
    assert report["attributes"]["direction"]["accuracy"] == 1.0


def test_head_word_is_last_word_before_first_preposition():
    text = TEXT
    start, end = head_word(text, phrase("c", "CATEGORY", "criminal cases of obstructing border management"))
    assert text[start:end] == "cases"
    start, end = head_word(text, phrase("p", "PERIOD", "In 2021"))
    assert text[start:end] == "In"


CATEGORY_TEXT = (
    "Police solved 578 drug trafficking cases in coastal provinces during the spring campaign against "
    "organised crime networks operating across the border regions."
)


GOLD_CATEGORY = "drug trafficking cases"
COVERS_HEAD_LONGER = "drug trafficking cases in coastal provinces during the spring campaign"
COVERS_HEAD_FOUR_TIMES = COVERS_HEAD_LONGER + " against organised crime networks"


@pytest.mark.parametrize(
    "pred_surface, right",
    [
        (GOLD_CATEGORY, True),
        ("cases", True),
        (COVERS_HEAD_LONGER, True),
        (COVERS_HEAD_FOUR_TIMES, False),
        ("drug", False),
        ("coastal provinces", False),
    ],
)
def test_category_head_word_rule(pred_surface, right):
    def doc(category_surface):
        return {
            "id": "c",
            "text": CATEGORY_TEXT,
            "spans": [
                quantity("q1", "578", 578, "case", "COUNT", text=CATEGORY_TEXT),
                phrase("c1", "CATEGORY", category_surface, text=CATEGORY_TEXT),
            ],
            "relations": [{"head": "q1", "child": "c1", "label": "CATEGORY"}],
        }

    report = score([doc(GOLD_CATEGORY)], [doc(pred_surface)])
    assert report["relations"]["CATEGORY"]["tp"] == int(right)
    assert report["records"]["correct"] == int(right)


def test_category_cases_exercise_the_length_rule_not_dice():
    gold = len(GOLD_CATEGORY)
    assert 2 * gold / (gold + len(COVERS_HEAD_LONGER)) < 0.5 <= 3 * gold + 10 - len(COVERS_HEAD_LONGER)
    assert len(COVERS_HEAD_FOUR_TIMES) >= 4 * gold


@pytest.mark.parametrize(
    "changes, right",
    [({}, True), ({"type": "mom"}, False), ({"year": 2020}, False), ({"start_shift": 4}, True)],
)
def test_baseline_needs_overlap_type_and_year(changes, right):
    pred = gold_doc()
    baseline = span(pred, "b1")
    baseline["start"] += changes.pop("start_shift", 0)
    baseline.update(changes)
    report = score([gold_doc()], [pred])
    assert report["relations"]["BASELINE"]["tp"] == int(right)
    assert report["records"]["correct"] == 2 + right


def test_wrong_extra_relation_fails_the_record():
    pred = gold_doc()
    pred["spans"].append(phrase("p9", "PERIOD", "were established"))
    pred["relations"].append({"head": "q2", "child": "p9", "label": "PERIOD"})
    report = score([gold_doc()], [pred])
    assert report["relations"]["PERIOD"]["fp"] == 1
    assert report["records"]["correct"] == 2
    assert [(e["text"], e["reasons"]) for e in report["errors"]] == [("220%", ["wrong:PERIOD"])]


def test_missing_relation_and_attribute_reasons():
    pred = gold_doc()
    span(pred, "q1")["unit"] = "criminal case"
    pred["relations"] = [r for r in pred["relations"] if r["label"] != "CATEGORY"]
    report = score([gold_doc()], [pred])
    assert report["errors"][0]["reasons"] == ["unit", "missing:CATEGORY"]


def test_missing_predicted_document_predicts_nothing():
    other = {**gold_doc(), "id": "d2"}
    report = score([gold_doc(), other], [gold_doc()])
    assert report["documents"] == 2
    assert report["quantity"]["lenient"]["fn"] == 3
    assert report["records"] == {"accuracy": 0.5, "correct": 3, "total": 6}
    assert [e["reasons"] for e in report["errors"]] == [["missed"]] * 3


def test_nothing_to_score_gives_zeros_not_errors():
    empty = {"id": "e", "text": "Nothing here.", "spans": [], "relations": []}
    report = score([empty], [empty])
    assert report["quantity"]["exact"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert report["records"]["accuracy"] == 0.0


@pytest.mark.parametrize(
    "pred, message",
    [({"id": "d1", "text": TEXT + " ", "spans": [], "relations": []}, "'d1'"),
     ({"id": "nope", "text": TEXT, "spans": [], "relations": []}, "'nope'")],
)
def test_text_mismatch_or_unknown_id_raises(pred, message):
    with pytest.raises(ValueError, match=message):
        score([gold_doc()], [pred])


def test_error_summary_counts_and_examples():
    gold = [gold_doc(), {**gold_doc(), "id": "d2"}]
    first, second = gold_doc(), {**gold_doc(), "id": "d2"}
    for pred in (first, second):
        span(pred, "q1")["unit"] = "cases"
    second["spans"] = [s for s in second["spans"] if s["id"] != "q2"]
    second["relations"] = [r for r in second["relations"] if r["head"] != "q2"]
    summary = error_summary(score(gold, [first, second]), k=10)
    assert [(row["type"], row["count"]) for row in summary] == [("unit", 2), ("missed", 1)]
    assert summary[0]["example"]["doc_id"] == "d1"
    assert summary[0]["example"]["text"] == "8,419"
    assert error_summary(score(gold, [first, second]), k=1) == summary[:1]


def test_format_report_lists_every_row_and_the_record_accuracy():
    pred = gold_doc()
    span(pred, "q2")["value"] = 22
    text = format_report(score([gold_doc()], [pred]))
    for row in ("QUANTITY exact", "QUANTITY lenient", "BASELINE span", "PART_OF relation", "all relations"):
        assert row in text
    assert "Record accuracy: 66.7% (2/3)" in text
    header = text.splitlines()[2]
    assert header.split() == ["P", "R", "F1", "TP", "FP", "FN"]


def read_jsonl(path):
    return [obj for _, obj in iter_jsonl_objects(path)]


def test_read_jsonl_skips_blank_lines_and_names_bad_lines(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a"}\n\n{"id": "b"}\n', encoding="utf-8")
    assert [d["id"] for d in read_jsonl(good)] == ["a", "b"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\n\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:3"):
        read_jsonl(bad)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken.jsonl:2"):
        read_jsonl(broken)


def test_seed_document_scored_against_itself_is_perfect():
    doc = parse_ann(SEED).doc
    report = score([doc], [copy.deepcopy(doc)])
    assert report["records"]["accuracy"] == 1.0
    assert report["records"]["total"] > 0
    assert report["relations"]["all"]["f1"] == 1.0
