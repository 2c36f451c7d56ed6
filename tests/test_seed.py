"""The user's own release, extracted, against our annotation of it (FORMAT §6 record accuracy)."""

from conftest import ROOT
from pipeline.authoring import parse_ann
from pipeline.scoring import score


def test_seed_release_record_accuracy_at_least_0_9(extract_one):
    gold = parse_ann(ROOT / "annotations" / "src" / "nia-2021-h1.ann").doc
    pred = extract_one(gold["text"], date=gold["meta"]["date"])
    pred["id"] = gold["id"]
    report = score([gold], [pred])
    assert report["records"]["accuracy"] >= 0.9, report["errors"]
    assert report["quantity"]["exact"]["f1"] == 1.0
