"""Round trips FORMAT §2 -> Label Studio / doccano -> FORMAT §2 are lossless (equal dicts)."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline.authoring import parse_ann
from pipeline.convert import from_doccano, from_labelstudio, labeling_config, to_doccano, to_labelstudio
from pipeline.convert.labelstudio import CHOICE_OPTIONS, CONTROLS
from pipeline.schema import RELATION_LABELS, SPAN_LABELS, document_problems

SEED = Path(__file__).parents[1] / "annotations/src/nia-2021-h1.ann"

TEXT = (
    "In the first half of the year, 8,419 criminal cases were established, up 220% year-on-year. "
    "Of them, about 1.2 to 1.5 million yuan was seized, 3.4 percentage points lower than in 2019; "
    "between 60 and 70 percent were solved."
)


def _at(surface: str, n: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(n):
        start = TEXT.index(surface, start + 1)
    return start, start + len(surface)


def _span(sid: str, surface: str, label: str, **attrs) -> dict:
    start, end = _at(surface)
    return {"id": sid, "start": start, "end": end, "label": label, **attrs}


def gold_doc() -> dict:
    spans = [
        _span("p1", "In the first half of the year", "PERIOD", date_from="2021-01-01", date_to="2021-06-30"),
        _span("q1", "8,419", "QUANTITY", value=8419, value_max=None, bound="=", unit="case", metric="COUNT",
              direction=None),
        _span("c1", "criminal cases", "CATEGORY"),
        _span("q2", "220%", "QUANTITY", value=220, value_max=None, bound="=", unit="percent", metric="CHANGE",
              direction="up"),
        _span("b1", "year-on-year", "BASELINE", type="yoy", year=None),
        _span("q3", "1.2 to 1.5 million yuan", "QUANTITY", value=1200000.0, value_max=1500000.5, bound="~",
              unit="yuan", metric="MONEY", direction=None),
        _span("q4", "3.4 percentage points", "QUANTITY", value=3.4, value_max=None, bound="<=",
              unit="percentage point", metric="CHANGE", direction="down"),
        _span("b2", "2019", "BASELINE", type="year", year=2019),
        _span("q5", "60 and 70 percent", "QUANTITY", value=60, value_max=70, bound=">=", unit="percent",
              metric="SHARE", direction=None),
        _span("p2", "in 2019", "PERIOD"),
    ]
    relations = [
        {"head": "q1", "child": "c1", "label": "CATEGORY"},
        {"head": "q1", "child": "p1", "label": "PERIOD"},
        {"head": "q2", "child": "q1", "label": "MODIFIES"},
        {"head": "q2", "child": "b1", "label": "BASELINE"},
        {"head": "q3", "child": "q1", "label": "PART_OF"},
        {"head": "q4", "child": "q3", "label": "MODIFIES"},
        {"head": "q4", "child": "b2", "label": "BASELINE"},
    ]
    doc = {"id": "doc-1", "text": TEXT, "meta": {"date": "2021-07-30", "source": "test"},
           "spans": spans, "relations": relations}
    assert document_problems(doc) == []
    return doc


def odd_doc() -> dict:
    """Everything a converter could lose: extra fields, absent vs null keys, odd ids and values."""
    doc = gold_doc()
    doc["id"] = "doc-odd"
    del doc["meta"]
    doc["split"] = "dev"
    spans = {s["id"]: s for s in doc["spans"]}
    spans["q1"]["score"] = 0.93
    spans["q1"]["sentence"] = 0
    del spans["q2"]["value_max"]  # absent, not null
    spans["q3"]["unit"] = "yuan "  # not canonical: must still come back as is
    spans["q4"]["metric"] = "RATIO"  # not an option of the Choices control
    spans["p1"]["date_to"] = None  # null on a key PERIOD only carries when given
    spans["p2"]["date_from"] = "2019"  # not an ISO date
    spans["b1"]["year"] = "last year"  # not an integer
    spans["c1"]["score"] = None
    spans["c1"]["head"] = "cases"
    # an id Label Studio would not take as a region id, used by a relation
    spans["b2"]["id"] = "b 2/x"
    for rel in doc["relations"]:
        if rel["child"] == "b2":
            rel["child"] = "b 2/x"
    doc["relations"][0]["score"] = 0.5
    return doc


def seed_doc() -> dict:
    return parse_ann(SEED).doc


def through_json(obj):
    return json.loads(json.dumps(obj))


ALL_DOCS = [gold_doc, odd_doc, seed_doc]


# --------------------------------------------------------------------------- Label Studio


@pytest.mark.parametrize("make", ALL_DOCS)
def test_labelstudio_round_trip(make):
    doc = make()
    before = copy.deepcopy(doc)
    tasks = through_json(to_labelstudio([doc]))
    assert doc == before  # input untouched
    assert "annotations" in tasks[0] and "predictions" not in tasks[0]
    assert from_labelstudio(tasks) == [before]


@pytest.mark.parametrize("make", ALL_DOCS)
def test_labelstudio_predictions_round_trip(make):
    doc = make()
    doc["score"] = 0.77
    for i, span in enumerate(doc["spans"]):
        span.setdefault("score", round(0.5 + i / 100, 2))
    tasks = through_json(to_labelstudio([doc], as_predictions=True, model_version="relstats-0.1"))
    task = tasks[0]
    assert "annotations" not in task
    (prediction,) = task["predictions"]
    assert prediction["model_version"] == "relstats-0.1"
    assert prediction["score"] == 0.77
    regions = [r for r in prediction["result"] if r["type"] == "labels"]
    assert all("score" in r["value"] for r in regions if r["id"] != "c1")
    assert from_labelstudio(tasks) == [doc]


def test_labelstudio_task_shape():
    doc = gold_doc()
    (task,) = to_labelstudio([doc])
    assert task["data"] == {"text": doc["text"], "id": "doc-1", "meta": doc["meta"]}
    result = task["annotations"][0]["result"]
    region = next(r for r in result if r["type"] == "labels" and r["id"] == "q3")
    assert region == {
        "id": "q3", "from_name": "label", "to_name": "text", "type": "labels",
        "value": {"start": _at("1.2 to 1.5 million yuan")[0], "end": _at("1.2 to 1.5 million yuan")[1],
                  "text": "1.2 to 1.5 million yuan", "labels": ["QUANTITY"]},
    }
    attrs = {r["from_name"]: r["value"] for r in result if r.get("id") == "q3" and r["type"] != "labels"}
    assert attrs["value"]["text"] == ["1200000.0"]
    assert attrs["value_max"]["text"] == ["1500000.5"]
    assert attrs["bound"]["choices"] == ["~"]
    assert attrs["metric"]["choices"] == ["MONEY"]
    assert "direction" not in attrs  # null: no result
    relation = next(r for r in result if r["type"] == "relation" and r["from_id"] == "q4" and r["to_id"] == "q3")
    assert relation == {"from_id": "q4", "to_id": "q3", "type": "relation", "direction": "right",
                        "labels": ["MODIFIES"]}
    year = next(r for r in result if r.get("id") == "b2" and r.get("from_name") == "baseline_year")
    assert year["type"] == "number" and year["value"]["number"] == 2019


def test_labeling_config_declares_every_control_used():
    root = ET.fromstring(labeling_config())
    labels = root.find("Labels")
    assert [lab.get("value") for lab in labels] == list(SPAN_LABELS)
    assert [rel.get("value") for rel in root.find("Relations")] == list(RELATION_LABELS)
    assert root.find("Text").get("value") == "$text"
    controls = {el.get("name"): el for el in root.iter() if el.get("perRegion") == "true"}
    for span_label, keys in CONTROLS.items():
        for key, (name, tag, _rtype, _vkey) in keys.items():
            assert controls[name].tag == tag and controls[name].get("whenLabelValue") == span_label
            assert controls[name].get("toName") == "text"
    for name, options in CHOICE_OPTIONS.items():
        assert [c.get("value") for c in controls[name]] == list(options)
    # every result we write names a control of the config, with a value it offers
    tasks = to_labelstudio([gold_doc(), odd_doc(), seed_doc()])
    for task in tasks:
        for res in task["annotations"][0]["result"]:
            if res["type"] == "relation":
                assert res["labels"][0] in RELATION_LABELS
            elif res["type"] == "labels":
                assert res["from_name"] == labels.get("name")
            else:
                assert res["from_name"] in controls
                if res["type"] == "choices":
                    assert res["value"]["choices"][0] in CHOICE_OPTIONS[res["from_name"]]


def test_labelstudio_export_with_numeric_ids_and_ui_regions():
    """A task as Label Studio exports it: numeric ids, no data.id, regions drawn in the UI."""
    text = "Exports rose 13.8 percent to 17.67 trillion yuan in 2021."
    task = {
        "id": 42,
        "data": {"text": text},
        "annotations": [
            {"id": 7, "was_cancelled": True, "result": []},
            {
                "id": 9,
                "completed_by": 1,
                "was_cancelled": False,
                "ground_truth": False,
                "lead_time": 12.5,
                "result": [
                    {"value": {"start": 0, "end": 7, "text": "Exports", "labels": ["CATEGORY"]},
                     "id": "Dx_aB91ISN", "from_name": "label", "to_name": "text", "type": "labels",
                     "origin": "manual"},
                    {"value": {"start": 13, "end": 25, "text": "13.8 percent", "labels": ["QUANTITY"]},
                     "id": "t5sp3TyXPo", "from_name": "label", "to_name": "text", "type": "labels",
                     "origin": "manual"},
                    {"value": {"start": 13, "end": 25, "text": ["13.8"]},
                     "id": "t5sp3TyXPo", "from_name": "value", "to_name": "text", "type": "textarea",
                     "origin": "manual"},
                    {"value": {"start": 13, "end": 25, "text": ["percent "]},
                     "id": "t5sp3TyXPo", "from_name": "unit", "to_name": "text", "type": "textarea"},
                    {"value": {"start": 13, "end": 25, "choices": ["CHANGE"]},
                     "id": "t5sp3TyXPo", "from_name": "metric", "to_name": "text", "type": "choices"},
                    {"value": {"start": 13, "end": 25, "choices": ["up"]},
                     "id": "t5sp3TyXPo", "from_name": "direction", "to_name": "text", "type": "choices"},
                    {"value": {"start": 29, "end": 48, "text": "17.67 trillion yuan", "labels": ["QUANTITY"]},
                     "id": 1001, "from_name": "label", "to_name": "text", "type": "labels"},
                    {"value": {"start": 29, "end": 48, "text": ["17,670,000,000,000"]},
                     "id": 1001, "from_name": "value", "to_name": "text", "type": "textarea"},
                    {"value": {"start": 49, "end": 56, "text": "in 2021", "labels": ["PERIOD"]},
                     "id": "per", "from_name": "label", "to_name": "text", "type": "labels"},
                    {"value": {"start": 49, "end": 56, "datetime": "2021-01-01"},
                     "id": "per", "from_name": "date_from", "to_name": "text", "type": "datetime"},
                    {"from_id": "Dx_aB91ISN", "to_id": "1001", "type": "relation", "direction": "left",
                     "labels": ["CATEGORY"]},
                    {"from_id": "t5sp3TyXPo", "to_id": "1001", "type": "relation", "direction": "right",
                     "labels": ["MODIFIES"]},
                    {"from_id": "per", "to_id": "1001", "type": "relation", "direction": "bi",
                     "labels": ["PERIOD"]},
                    {"id": "doc-note", "from_name": "comment", "to_name": "text", "type": "textarea",
                     "value": {"text": ["looks fine"]}},
                ],
            },
        ],
        "predictions": [],
    }
    (doc,) = from_labelstudio(through_json([task]))
    assert doc["id"] == "42" and doc["text"] == text and "meta" not in doc
    spans = {s["id"]: s for s in doc["spans"]}
    assert [s["id"] for s in doc["spans"]] == ["Dx_aB91ISN", "t5sp3TyXPo", "1001", "per"]
    assert spans["t5sp3TyXPo"] == {
        "id": "t5sp3TyXPo", "start": 13, "end": 25, "label": "QUANTITY", "value": 13.8, "value_max": None,
        "bound": None, "unit": "percent", "metric": "CHANGE", "direction": "up",
    }
    assert spans["1001"]["value"] == 17670000000000
    assert spans["per"] == {"id": "per", "start": 49, "end": 56, "label": "PERIOD", "date_from": "2021-01-01"}
    assert spans["Dx_aB91ISN"] == {"id": "Dx_aB91ISN", "start": 0, "end": 7, "label": "CATEGORY"}
    assert doc["relations"] == [
        {"head": "1001", "child": "Dx_aB91ISN", "label": "CATEGORY"},
        {"head": "t5sp3TyXPo", "child": "1001", "label": "MODIFIES"},
        {"head": "1001", "child": "per", "label": "PERIOD"},
    ]


def test_labelstudio_reads_annotations_before_predictions():
    doc = gold_doc()
    (task,) = to_labelstudio([doc])
    (pred_task,) = to_labelstudio([dict(doc, spans=[], relations=[])], as_predictions=True)
    task["predictions"] = pred_task["predictions"]
    assert from_labelstudio([task]) == [doc]
    del task["annotations"]
    assert from_labelstudio([task])[0]["spans"] == []


def test_labelstudio_corrected_prediction_keeps_ids_and_attributes():
    """An annotator accepts the prediction, fixes a value and deletes a span: the rest survives."""
    doc = gold_doc()
    (task,) = through_json(to_labelstudio([doc], as_predictions=True, model_version="m1"))
    result = copy.deepcopy(task["predictions"][0]["result"])
    for res in result:
        if res.get("id") == "q1" and res.get("from_name") == "value":
            res["value"]["text"] = ["8420"]
    result = [r for r in result if r.get("id") != "p2"]
    task["annotations"] = [{"id": 1, "result": result, "was_cancelled": False}]
    (back,) = from_labelstudio([task])
    want = gold_doc()
    want["spans"] = [s for s in want["spans"] if s["id"] != "p2"]
    next(s for s in want["spans"] if s["id"] == "q1")["value"] = 8420
    assert back == want


def test_labelstudio_unknown_region_raises_naming_the_task():
    (task,) = through_json(to_labelstudio([gold_doc()]))
    task["annotations"][0]["result"].append(
        {"id": "zz9", "from_name": "unit", "to_name": "text", "type": "textarea", "value": {"text": ["case"]}}
    )
    with pytest.raises(ValueError, match=r"doc-1.*zz9"):
        from_labelstudio([task])


def test_labelstudio_relation_to_unknown_region_raises_naming_the_task():
    (task,) = through_json(to_labelstudio([gold_doc()]))
    task["data"].pop("id")
    task["id"] = 314
    task["annotations"][0]["result"].append(
        {"from_id": "q1", "to_id": "gone", "type": "relation", "direction": "right", "labels": ["CATEGORY"]}
    )
    with pytest.raises(ValueError, match=r"314.*gone"):
        from_labelstudio([task])


def test_labelstudio_bad_number_raises_naming_the_task():
    (task,) = through_json(to_labelstudio([gold_doc()]))
    for res in task["annotations"][0]["result"]:
        if res.get("id") == "q1" and res.get("from_name") == "value":
            res["value"]["text"] = ["about eight thousand"]
    with pytest.raises(ValueError, match=r"doc-1.*q1"):
        from_labelstudio([task])


def test_to_labelstudio_rejects_relation_to_unknown_span():
    doc = gold_doc()
    doc["relations"].append({"head": "q1", "child": "nope", "label": "CATEGORY"})
    with pytest.raises(ValueError, match="doc-1"):
        to_labelstudio([doc])


# --------------------------------------------------------------------------- doccano


@pytest.mark.parametrize("make", ALL_DOCS)
def test_doccano_round_trip(make):
    doc = make()
    before = copy.deepcopy(doc)
    records = through_json(to_doccano([doc]))
    assert doc == before
    assert from_doccano(records) == [before]


def test_doccano_record_shape():
    (record,) = to_doccano([gold_doc()])
    assert set(record) == {"text", "entities", "relations", "relstats"}
    ids = [e["id"] for e in record["entities"]]
    assert all(isinstance(i, int) for i in ids) and len(set(ids)) == len(ids)
    first = record["entities"][1]
    assert first == {"id": first["id"], "label": "QUANTITY", "start_offset": _at("8,419")[0],
                     "end_offset": _at("8,419")[1]}
    by_id = {e["id"]: e for e in record["entities"]}
    rel = record["relations"][2]
    assert set(rel) == {"id", "from_id", "to_id", "type"} and rel["type"] == "MODIFIES"
    assert TEXT[by_id[rel["from_id"]]["start_offset"]:by_id[rel["from_id"]]["end_offset"]] == "220%"


@pytest.mark.parametrize("make", ALL_DOCS)
def test_doccano_round_trip_through_doccano_export(make):
    """doccano renumbers entities and relations, adds its example id and Comments, keeps metadata."""
    doc = make()
    (record,) = through_json(to_doccano([doc]))
    renumber = {e["id"]: 5000 + 3 * i for i, e in enumerate(reversed(record["entities"]))}
    exported = {
        "id": 77,
        "text": record["text"],
        "relstats": record["relstats"],
        "entities": [dict(e, id=renumber[e["id"]]) for e in reversed(record["entities"])],
        "relations": [
            {"id": 900 + i, "from_id": renumber[r["from_id"]], "to_id": renumber[r["to_id"]], "type": r["type"]}
            for i, r in enumerate(reversed(record["relations"]))
        ],
        "Comments": [],
    }
    assert from_doccano([exported]) == [doc]


def test_doccano_reannotated_entities_keep_ids_and_attributes():
    doc = gold_doc()
    (record,) = through_json(to_doccano([doc]))
    by_label = {(e["start_offset"], e["label"]): e for e in record["entities"]}
    q2 = by_label[(_at("220%")[0], "QUANTITY")]
    q2["end_offset"] -= 1  # boundary corrected in doccano
    start, end = _at("criminal cases were established")
    record["entities"].append({"id": 99, "label": "QUANTITY", "start_offset": start, "end_offset": start + 8})
    record["relations"].append({"id": 98, "from_id": 99, "to_id": q2["id"], "type": "PART_OF"})
    (back,) = from_doccano([record])
    spans = {s["id"]: s for s in back["spans"]}
    assert spans["q2"]["end"] == _at("220%")[1] - 1 and spans["q2"]["unit"] == "percent"
    new = [s for s in back["spans"] if s["id"] not in {x["id"] for x in doc["spans"]}]
    assert new == [{"id": "q6", "start": start, "end": start + 8, "label": "QUANTITY", "value": None,
                    "value_max": None, "bound": None, "unit": None, "metric": None, "direction": None}]
    assert back["relations"][-1] == {"head": "q6", "child": "q2", "label": "PART_OF"}


def test_doccano_relation_to_unknown_entity_raises_naming_the_record():
    (record,) = through_json(to_doccano([gold_doc()]))
    record["relations"].append({"id": 50, "from_id": 1, "to_id": 12345, "type": "CATEGORY"})
    with pytest.raises(ValueError, match=r"doc-1.*12345"):
        from_doccano([record])


def test_doccano_plain_export_without_our_field():
    record = {"id": 3, "text": "Prices rose 2%.", "Comments": [],
              "entities": [{"id": 10, "label": "QUANTITY", "start_offset": 12, "end_offset": 14},
                           {"id": 11, "label": "CATEGORY", "start_offset": 0, "end_offset": 6}],
              "relations": [{"id": 4, "from_id": 10, "to_id": 11, "type": "CATEGORY"}]}
    (doc,) = from_doccano([record])
    assert doc["id"] == "3"
    assert [(s["id"], s["label"]) for s in doc["spans"]] == [("c1", "CATEGORY"), ("q1", "QUANTITY")]
    assert doc["relations"] == [{"head": "q1", "child": "c1", "label": "CATEGORY"}]
