"""The failure classifier of ``make errors`` on hand-built gold and predicted records."""

import pytest

from pipeline.training.errors import classify, tally


def _doc(text, spans, relations):
    built = []
    for k, (surface, label, extra) in enumerate(spans):
        start = text.index(surface)
        built.append(dict({"id": f"s{k}", "start": start, "end": start + len(surface), "label": label}, **extra))
    rels = [{"head": f"s{h}", "child": f"s{c}", "label": lab} for h, c, lab in relations]
    return {"id": "d", "text": text, "spans": built, "relations": rels}


COUNT = {"value": 1, "unit": "case", "metric": "COUNT", "bound": "="}
PCT = {"value": 1, "unit": "percent", "metric": "CHANGE", "bound": "=", "direction": "up"}


@pytest.mark.parametrize(
    "text,spans,gold_rels,pred_rels,kind",
    [
        ("Exports and imports rose 4.1% and 5.2% respectively.",
         [("4.1%", "QUANTITY", PCT), ("5.2%", "QUANTITY", PCT), ("Exports", "CATEGORY", {}),
          ("imports", "CATEGORY", {})],
         [(0, 2, "CATEGORY"), (1, 3, "CATEGORY")], [(0, 3, "CATEGORY"), (1, 3, "CATEGORY")], "respectively"),
        ("Sales rose 3.0% (+$12 million) in the quarter.",
         [("3.0%", "QUANTITY", PCT), ("+$12 million", "QUANTITY", dict(PCT, unit="us dollar")),
          ("Sales", "CATEGORY", {})],
         [(0, 2, "CATEGORY"), (1, 2, "CATEGORY")], [(0, 2, "CATEGORY"), (1, 0, "MODIFIES")], "brackets"),
        ("Cases rose 12% compared with the first quarter of 2023.",
         [("12%", "QUANTITY", PCT), ("the first quarter of 2023", "BASELINE", {"type": "year", "year": 2023}),
          ("Cases", "CATEGORY", {})],
         [(0, 1, "BASELINE"), (0, 2, "CATEGORY")], [(0, 2, "CATEGORY")], "baselines"),
        ("In the year ended March 2024, 405 cases were opened.",
         [("405", "QUANTITY", COUNT), ("In the year ended March 2024", "PERIOD", {}), ("cases", "CATEGORY", {})],
         [(0, 1, "PERIOD"), (0, 2, "CATEGORY")], [(0, 2, "CATEGORY")], "periods"),
        ("There were 900 arrivals, of which 300 were students.",
         [("900", "QUANTITY", COUNT), ("300", "QUANTITY", COUNT), ("arrivals", "CATEGORY", {}),
          ("students", "CATEGORY", {})],
         [(0, 2, "CATEGORY"), (1, 3, "CATEGORY"), (1, 0, "PART_OF")], [(0, 2, "CATEGORY"), (1, 3, "CATEGORY")],
         "subtotals"),
        ("The food index, which had been flat for months, rose 0.4 percent.",
         [("0.4 percent", "QUANTITY", PCT), ("The food index", "CATEGORY", {}), ("months", "CATEGORY", {})],
         [(0, 1, "CATEGORY")], [(0, 2, "CATEGORY")], "categories_far"),
    ],
)
def test_classify_files_each_failure_under_its_kind(text, spans, gold_rels, pred_rels, kind):
    gold = _doc(text, spans, gold_rels)
    pred = _doc(text, spans, pred_rels)
    failures = classify(gold, pred)
    assert failures, "the prediction differs from gold, so a record must fail"
    assert kind in failures[0].kinds
    assert failures[0].sentence.startswith(text.split()[0])


def test_tally_counts_nothing_for_a_perfect_prediction_and_first_kinds_add_up():
    text = "Exports and imports rose 4.1% and 5.2% respectively."
    spans = [("4.1%", "QUANTITY", PCT), ("5.2%", "QUANTITY", PCT), ("Exports", "CATEGORY", {}),
             ("imports", "CATEGORY", {})]
    gold = _doc(text, spans, [(0, 2, "CATEGORY"), (1, 3, "CATEGORY")])
    assert tally([gold], [gold])["failed"] == 0
    wrong = _doc(text, spans, [(0, 3, "CATEGORY"), (1, 3, "CATEGORY")])
    result = tally([gold], [wrong])
    assert result["failed"] == 1 and result["records"] == 2
    assert sum(entry["first"] for entry in result["kinds"].values()) == result["failed"]
