"""Shared fixtures: one rules-only pipeline per test session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def nlp():
    from pipeline.language import rules_pipeline

    return rules_pipeline()


@pytest.fixture(scope="session")
def extract_one(nlp):
    """Run the pipeline on one text and return its FORMAT §2 document."""
    import pipeline

    def run(text: str, date: str | None = None) -> dict:
        meta = {"date": date} if date else {}
        return next(pipeline.extract([{"id": "t", "text": text, "meta": meta}], nlp=nlp))

    return run


@pytest.fixture(scope="session")
def shipped_nlp():
    """The model we ship (``models/relstats``), loaded once per test session."""
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session", params=["rules", "shipped"])
def extract_both(request, nlp, shipped_nlp):
    """Like ``extract_one``, once with the rules-only pipeline and once with the shipped model."""
    import pipeline

    chosen = nlp if request.param == "rules" else shipped_nlp

    def run(text: str, date: str | None = None) -> dict:
        meta = {"date": date} if date else {}
        return next(pipeline.extract([{"id": "t", "text": text, "meta": meta}], nlp=chosen))

    return run


def quantities(doc: dict) -> list[dict]:
    """The QUANTITY spans of a document with their surface text under ``text``."""
    out = []
    for span in doc["spans"]:
        if span["label"] == "QUANTITY":
            out.append(dict(span, text=doc["text"][span["start"] : span["end"]]))
    return out


def by_text(doc: dict) -> dict[str, dict]:
    """The QUANTITY spans of a document (:func:`quantities`) by their surface text."""
    return {q["text"]: q for q in quantities(doc)}


def check(rel: set, expected: list, absent: list = ()) -> None:
    """Every ``(head, label, child)`` of ``expected`` is in ``rel`` and none of ``absent`` is."""
    for item in expected:
        assert item in rel, (item, sorted(rel))
    for item in absent:
        assert item not in rel, (item, sorted(rel))


def relations(doc: dict) -> set[tuple[str, str, str]]:
    """Relations as (head surface, label, child surface)."""
    by_id = {s["id"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
    return {(by_id[r["head"]], r["label"], by_id[r["child"]]) for r in doc["relations"]}


#: one small annotated release in FORMAT §2, for tests that need a gold record
SMALL_GOLD = {"id": "g", "text": "Exports rose 5% to 3 trillion yuan in May.",
              "spans": [{"id": "q1", "start": 13, "end": 15, "label": "QUANTITY", "value": 5, "unit": "percent",
                         "metric": "CHANGE", "direction": "up", "bound": "="},
                        {"id": "q2", "start": 19, "end": 34, "label": "QUANTITY", "value": 3e12, "unit": "yuan",
                         "metric": "MONEY", "bound": "="},
                        {"id": "c1", "start": 0, "end": 7, "label": "CATEGORY"},
                        {"id": "p1", "start": 35, "end": 41, "label": "PERIOD"}],
              "relations": [{"head": "q1", "child": "q2", "label": "MODIFIES"},
                            {"head": "q2", "child": "c1", "label": "CATEGORY"},
                            {"head": "q2", "child": "p1", "label": "PERIOD"}]}
