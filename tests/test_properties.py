"""Properties that hold for any input: extraction never raises, and every span indexes the text."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline

# text built from release-like pieces and arbitrary Unicode, so numbers, units and cue words meet
PIECES = st.sampled_from([
    "8,419", "up 220%", "year-on-year", "respectively", " of which ", "(+3.2%)", "RMB 1.5 billion", "£4.2m",
    "in the first half of 2023", "compared with 2019", "-0.3 pp", "Exports", "rose", "\n\n", ";", ".", " ",
    "between 3 and 5 percent", "1/2", "two thirds", "No. 12367", "COVID-19", "1e6", "—", "\u00a0", "%",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=30).map("".join)


@pytest.fixture(scope="module")
def shipped():
    return pipeline.load()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_extraction_never_raises_and_spans_index_the_text(shipped, text):
    record = next(pipeline.extract([{"id": "h", "text": text}], nlp=shipped))
    assert record["text"] == text
    ids = {s["id"] for s in record["spans"]}
    for span in record["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
        surface = text[span["start"]:span["end"]]
        assert surface == surface.strip() or span["label"] != "QUANTITY"
    for rel in record["relations"]:
        assert rel["head"] in ids and rel["child"] in ids
