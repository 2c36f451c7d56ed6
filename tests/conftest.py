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


def quantities(doc: dict) -> list[dict]:
    """The QUANTITY spans of a document with their surface text under ``text``."""
    out = []
    for span in doc["spans"]:
        if span["label"] == "QUANTITY":
            out.append(dict(span, text=doc["text"][span["start"] : span["end"]]))
    return out


def relations(doc: dict) -> set[tuple[str, str, str]]:
    """Relations as (head surface, label, child surface)."""
    by_id = {s["id"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
    return {(by_id[r["head"]], r["label"], by_id[r["child"]]) for r in doc["relations"]}
