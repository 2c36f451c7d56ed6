"""The rule components after the speed work (issue 12, item 3): the spans they find on sentences of
the genre, and the fast rule scanner giving exactly what ``pattern.finditer`` gives."""

import random
import re

import pytest

from conftest import quantities
from pipeline.components.regex_scan import RuleIndex, StartIndex, first_strings
from pipeline.components.time_phrases import _Intervals, _openings, find_time_phrases, load_rules


def time_phrases(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], label) for a, b, label, _ in find_time_phrases(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the first quarter of 2024, China's GDP grew 5.3 percent year on year.",
         [("In the first quarter of 2024", "PERIOD"), ("year on year", "BASELINE")]),
        ("Net profit for the year ended June 2023 rose to RMB 2.58 trillion.",
         [("for the year ended June 2023", "PERIOD")]),
        ("Exports in fiscal year 2023-24 reached 437 billion dollars, up 2.6 percent from the previous year.",
         [("in fiscal year 2023-24", "PERIOD"), ("the previous year", "BASELINE")]),
        ("The consumer price index rose 0.3 percent over the month and 3.6 percent over the year.",
         [("over the month", "PERIOD"), ("over the year", "PERIOD")]),
        ("Payrolls were revised down (-296,000) for the three months to June 2023.",
         [("for the three months to June 2023", "PERIOD")]),
    ],
)
def test_time_phrases_of_the_genre(text, expected):
    assert time_phrases(text) == expected


def test_period_dates_of_a_quarter(extract_one):
    doc = extract_one("In the first quarter of 2024, China's GDP grew 5.3 percent year on year.", date="2024-04-16")
    (period,) = [s for s in doc["spans"] if s["label"] == "PERIOD"]
    assert (period["date_from"], period["date_to"]) == ("2024-01-01", "2024-03-31")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Retail sales of consumer goods reached RMB 2.58 trillion in the first two months, up 5.5% year-on-year.",
         [("RMB 2.58 trillion", 2.58e12, "yuan", "MONEY"), ("5.5%", 5.5, "percent", "CHANGE")]),
        ("Total nonfarm payroll employment changed little in March (+36,000), while manufacturing lost -296,000 jobs.",
         [("+36,000", 36000, "job", "CHANGE"), ("-296,000", 296000, "job", "CHANGE")]),
        ("The consumer price index rose 0.3 percent over the month and 3.6 percent over the year.",
         [("0.3 percent", 0.3, "percent", "CHANGE"), ("3.6 percent", 3.6, "percent", "CHANGE")]),
    ],
)
def test_quantities_of_the_genre(extract_one, text, expected):
    found = [(q["text"], q["value"], q["unit"], q["metric"]) for q in quantities(extract_one(text, date="2024-04-16"))]
    assert found == expected


def test_signed_figures_keep_their_direction(extract_one):
    doc = extract_one("Total nonfarm payroll employment changed little in March (+36,000), while manufacturing "
                      "lost -296,000 jobs.")
    assert [(q["text"], q["direction"]) for q in quantities(doc)] == [("+36,000", "up"), ("-296,000", "down")]


def _texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.txt"))]
    texts += [
        "Compared with 2019, arrivals were 12% higher than in 2020 and 2021. Q1 2024: up 3%.",
        "AS OF THE END OF JUNE 2023, DEPOSITS ROSE FROM THE PREVIOUS MONTH.",
        "During the Spring Festival holiday period, trips rose 9% from the same period last year.",
        "\u212aelvin and ſince 2019 — in 2023–24, over the month; H1 2024 vs. H2 2023",
        "in", "Q1", "", "2023", "from 2019", "than expected",
    ]
    return texts


def test_rules_tried_where_they_may_start_find_what_finditer_finds():
    periods, baselines, _ = load_rules()
    rng = random.Random(12)
    texts = _texts()
    texts += [t[rng.randrange(len(t) + 1):] for t in texts if t] + [t.upper() for t in texts] + [t.lower() for t in texts]
    for text in texts:
        starts = StartIndex(text)
        for pattern in periods + [p for _, p in baselines]:
            expected = [(m.start(), m.end(), m.groupdict().get("b")) for m in pattern.finditer(text)]
            got = [(m.start(), m.end(), m.groupdict().get("b")) for m in starts.finditer(pattern, _openings(pattern))]
            assert got == expected, (pattern.pattern[:80], text[:80])


def test_rule_index_finds_what_finditer_finds():
    periods, baselines, _ = load_rules()
    patterns = [p for _, p in baselines] + periods + [re.compile(r"(?<![\w-])[^x]y")]  # the last: no openings
    rng = random.Random(13)
    texts = _texts()
    texts += [t[rng.randrange(len(t) + 1):] for t in texts if t] + [t.upper() for t in texts] + [t.lower() for t in texts]
    for width in (4, 6):  # openings of each rule listed to ``width`` characters, else to four
        index = RuleIndex(patterns, [first_strings(p, width) or first_strings(p) for p in patterns], width)
        for text in texts:
            starts = index.starts(text)
            for k, pattern in enumerate(patterns):
                expected = [(m.start(), m.end(), m.groupdict().get("b")) for m in pattern.finditer(text)]
                got = [(m.start(), m.end(), m.groupdict().get("b")) for m in index.finditer(k, text, starts)]
                assert got == expected, (width, pattern.pattern[:80], text[:80])


def test_openings_of_a_pattern():
    pattern = re.compile(r"(?<![\w-])(?:[Ii]n |[Ff]or )?(?:Q[1-4]|H[12])(?: 20[0-9]{2})?(?![\w-])")
    openings = first_strings(pattern, 3)
    assert openings[3] >= {"in ", "for", "q1 ", "h2 "}
    assert openings[2] == {"q1", "q2", "q3", "q4", "h1", "h2"}  # a whole match shorter than three characters
    assert first_strings(re.compile(r"(?<![\w-])[^x]y")) is None  # a negated class: scanned the ordinary way
    assert first_strings(re.compile(r"\bin\b")) is None  # not a rule that opens on (?<![\w-])


def test_interval_buckets_answer_like_a_scan():
    rng = random.Random(3)
    intervals = []
    buckets = _Intervals()
    for _ in range(400):
        a = rng.randrange(2000)
        interval = (a, a + rng.choice([0, 1, 5, 30, 70, 200]))
        start = rng.randrange(2000)
        end = start + rng.choice([0, 1, 10, 100])
        assert buckets.overlaps(start, end) == any(t[0] < end and start < t[1] for t in intervals)
        intervals.append(interval)
        buckets.add(interval)


def test_rules_only_without_alternative_categories_extract_the_same():
    """``load(rules_only=True)`` leaves out the category finder's alternative phrases (candidates for
    the trained re-ranker only): on the annotated releases its records are those of the rules with
    them."""
    import pipeline
    from conftest import ROOT
    from pipeline.docs import read_jsonl
    from pipeline.language import rules_pipeline, warm_up

    docs = read_jsonl(ROOT / "annotations" / "dev.jsonl")
    lean = pipeline.load(rules_only=True)
    full = warm_up(rules_pipeline(alternatives=True))
    assert not lean.get_pipe("relstats_categories").with_alternatives
    inputs = [{"id": d["id"], "text": d["text"], "meta": d.get("meta") or {}} for d in docs]
    assert list(pipeline.extract(inputs, nlp=lean)) == list(pipeline.extract(inputs, nlp=full))
