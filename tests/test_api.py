"""The typed API: extract_statistics -> Statistic dataclasses, to_records, to_dataframe, README example."""

import re
import sys

import pytest

import pipeline
from conftest import ROOT, SMALL_GOLD
from pipeline.api import RECORD_COLUMNS, Statistic, Statistics, statistics_from_record, to_dataframe, to_records

# text, release date, the figure, then what the statistic must say (FORMAT §3-§5)
PHRASINGS = [
    ("Exports rose 13.8 percent year on year to 17.67 trillion yuan in 2023.", None, "17.67 trillion yuan",
     dict(value=17.67e12, unit="yuan", metric="MONEY", category="Exports", period="in 2023",
          period_dates=("2023-01-01", "2023-12-31"), change=(13.8, "percent", "up", "yoy"))),
    ("In the first half of the year, 8,419 criminal cases were established, up 220% year-on-year.", "2021-07-30",
     "8,419", dict(value=8419, unit="case", metric="COUNT", category="criminal cases",
                   period="In the first half of the year", period_dates=("2021-01-01", "2021-06-30"),
                   change=(220, "percent", "up", "yoy"))),
    ("Retail sales were 41.0 billion dollars in October, up 7.6 percent compared with 2019.", None,
     "41.0 billion dollars", dict(value=41e9, unit="us dollar", metric="MONEY", category="Retail sales",
                                  period="in October", change=(7.6, "percent", "up", "year:2019"))),
    ("Some 7.527 million vehicles were inspected, of which 111,000 were cargo aircraft.", None, "111,000",
     dict(value=111000, unit="aircraft", metric="COUNT", category="cargo aircraft", part_of="7.527 million")),
]


@pytest.mark.parametrize("text,date,figure,expected", PHRASINGS, ids=[p[2] for p in PHRASINGS])
def test_extract_statistics_fills_the_typed_fields(nlp, text, date, figure, expected):
    document = {"id": "release", "text": text, "meta": {"date": date} if date else {}}
    stats = pipeline.extract_statistics(document, nlp=nlp)
    assert isinstance(stats, Statistics) and all(isinstance(s, Statistic) for s in stats)
    stat = next(s for s in stats if s.text == figure)
    assert stat.doc_id == "release" and text[stat.start : stat.end] == figure and stat.offsets == (stat.start, stat.end)
    assert stat.value == pytest.approx(expected["value"])
    assert (stat.unit, stat.metric) == (expected["unit"], expected["metric"])
    assert stat.category is not None and stat.category.text == expected["category"]
    assert text[stat.category.start : stat.category.end] == stat.category.text
    if "period" in expected:
        assert stat.period.text == expected["period"] and not stat.period.inherited
    if "period_dates" in expected:
        assert (stat.period.date_from, stat.period.date_to) == expected["period_dates"]
    if "change" in expected:
        change = stat.changes[0]
        assert (change.value, change.unit, change.direction, change.baseline.label) == expected["change"]
        assert change.metric == "CHANGE" and text[change.start : change.end] == change.text
    if "part_of" in expected:
        assert stat.part_of.text == expected["part_of"]
    assert stat.sentence and figure in stat.sentence and text.startswith(stat.sentence.rstrip())
    assert stat.confidence is None or 0.0 < stat.confidence <= 1.0


def test_a_share_carries_its_own_change_and_an_inherited_period(nlp):
    text = ("Retail sales were 41.0 billion dollars in October. "
            "Online sales accounted for 26.5% of the total, 1.8 percentage points higher than a year earlier.")
    stat = next(s for s in pipeline.extract_statistics(text, nlp=nlp) if s.text == "26.5%")
    assert stat.metric == "SHARE" and stat.period.text == "in October" and stat.period.inherited
    assert stat.sentence_index == 1 and stat.sentence.startswith("Online sales")
    change = stat.changes[0]
    assert (change.value, change.unit, change.direction, change.baseline.type) == (1.8, "percentage point", "up", "yoy")


def test_texts_keep_their_order_and_ids(nlp):
    texts = ["Imports were 2 trillion yuan in May.", "Exports were 3 trillion yuan in June.",
             {"id": "jobs", "text": "Employers added 43,000 jobs in March."}]
    stats = pipeline.extract_statistics(texts, nlp=nlp)
    assert [(s.doc_id, s.text) for s in stats] == [("doc1", "2 trillion yuan"), ("doc2", "3 trillion yuan"),
                                                   ("jobs", "43,000")]


def test_a_processed_doc_is_read_as_it_is(nlp):
    doc = nlp("Imports were 2 trillion yuan in May.")
    doc.user_data["id"] = "imports"
    stats = pipeline.extract_statistics(doc, nlp=None)  # no pipeline needed (or loaded) for a processed Doc
    assert [(s.doc_id, s.value, s.period.text) for s in stats] == [("imports", 2e12, "in May")]


def test_unprocessed_doc_is_run_through_the_pipeline(nlp):
    import spacy

    doc = spacy.blank("en")("Employers added 43,000 jobs in March.")
    assert [s.text for s in pipeline.extract_statistics([doc], nlp=nlp)] == ["43,000"]


def test_bad_input_is_refused_with_its_position(nlp):
    with pytest.raises(TypeError, match="input 2"):
        pipeline.extract_statistics(["Exports were 3 trillion yuan.", 42], nlp=nlp)


def test_records_are_one_per_change_like_the_table(extract_one):
    text = "Employment rose by 256,000 in December, up 1.2% from November and 3.4% from a year earlier."
    record = extract_one(text)
    stats = statistics_from_record(record)
    records = to_records(stats)
    from pipeline.table import rows

    assert len(records) == len(rows(record))
    assert all(list(r) == RECORD_COLUMNS for r in records)
    for rec, row in zip(records, rows(record)):
        for column in ("doc_id", "start", "end", "text", "value", "unit", "metric", "category", "period",
                       "change_value", "change_baseline", "share_value"):
            assert rec[column] == row[column], column


def test_gold_documents_give_statistics_too():
    gold = SMALL_GOLD
    (stat,) = statistics_from_record(gold, sentences=[(0, len(gold["text"]))])
    assert (stat.text, stat.category.text, stat.period.text, stat.changes[0].text) == \
        ("3 trillion yuan", "Exports", "in May", "5%")
    assert stat.sentence == gold["text"] and stat.confidence == 1.0


def test_to_dataframe_has_the_record_columns(nlp):
    pandas = pytest.importorskip("pandas")
    stats = pipeline.extract_statistics(["Exports rose 5% to 3 trillion yuan in May."], nlp=nlp)
    frame = stats.to_dataframe()
    assert isinstance(frame, pandas.DataFrame) and list(frame.columns) == RECORD_COLUMNS
    assert frame.loc[0, "value"] == 3e12 and frame.loc[0, "change_value"] == 5


def test_to_dataframe_without_pandas_says_what_to_install(monkeypatch, nlp):
    stats = pipeline.extract_statistics(["Exports were 3 trillion yuan."], nlp=nlp)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        to_dataframe(stats)
    assert stats.to_records()[0]["value"] == 3e12


def test_readme_example_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", readme, flags=re.S) if "extract_statistics" in b]
    assert blocks, "README has no python example of extract_statistics"
    namespace: dict = {}
    exec(compile(blocks[0], "README.md", "exec"), namespace)
    assert namespace["stats"] and isinstance(namespace["stats"][0], Statistic)
