"""Comparisons the way statistics offices restate them: a baseline named by a level noun and a period, a
comparison restated in a sentence of its own (``This is X percent (±Y percent) below the revised <month>
rate of N``), a margin of error, a sentence that opens on its comparison point, and the phrases that are
not periods or subjects (GUIDELINES C10-1 .. C10-5). Run on the rules and on the shipped model."""

import pytest

from conftest import quantities, relations

from pipeline.components.time_phrases import baseline_year, find_time_phrases


@pytest.mark.parametrize(
    "text,phrase,btype,year",
    [
        ("Completions were 2.5 percent below the revised May rate of 1,402,000.", "the revised May rate", "mom", None),
        ("Permits were 1.1 percent above the preliminary April estimate of 1,440,000.",
         "the preliminary April estimate", "mom", None),
        ("Arrivals recovered to 88.4% of the figure for March 2019.", "the figure for March 2019", "year", 2019),
        ("Room nights reached 93% of the level in the same month of 2019.", "the level in the same month of 2019",
         "year", 2019),
        ("Claims were more than double the amount for the first half of 2022.", "the amount for the first half of 2022",
         "year", 2022),
        ("Throughput was 6.0% below its record level of the third quarter of 2022.",
         "its record level of the third quarter of 2022", "year", 2022),
        ("Net migration was almost twice the 2020-21 figure of 171,000.", "the 2020-21 figure", "year", 2021),
        ("Payrolled employees remain 2.1% above their October to December 2019 level.",
         "their October to December 2019 level", "year", 2019),
        # a year after a bracket, a year in a pre-pandemic level, a named holiday, a quarter of a split year
        ("Teaching staff rose by 4,210 (+1.4%) on 2021.", "2021", "year", 2021),
        ("Rail emissions were 8.4% below their pre-pandemic 2019 level.", "their pre-pandemic 2019 level", "year",
         2019),
        ("Box office takings fell 12.5% from the 2023 holiday.", "the 2023 holiday", "year", 2023),
        ("Journeys were still 4% lower than in Quarter 2 of 2019-20.", "Quarter 2 of 2019-20", "year", 2020),
        ("Yields are 2.3 bushels above last year.", "last year", "yoy", None),
    ],
)
def test_a_baseline_named_by_a_level_noun_and_its_period(text, phrase, btype, year):
    found = {(text[a:b], label, kind) for a, b, label, kind in find_time_phrases(text)}
    assert (phrase, "BASELINE", btype) in found
    if btype == "year":
        assert baseline_year(phrase) == year


COMPLETIONS = ("Privately-owned housing completions in March were at a seasonally adjusted annual rate of 1,321,000. "
               "This is 3.2 percent (±12.0 percent) above the revised February estimate of 1,280,000 and is 9.1 "
               "percent (±10.4 percent) below the March 2023 rate of 1,453,000.")


def test_a_comparison_restated_in_its_own_sentence_modifies_the_figure_before(extract_both):
    doc = extract_both(COMPLETIONS)
    rels = relations(doc)
    assert ("3.2 percent", "MODIFIES", "1,321,000") in rels
    assert ("3.2 percent", "BASELINE", "the revised February estimate") in rels
    assert ("9.1 percent", "MODIFIES", "1,321,000") in rels
    assert ("9.1 percent", "BASELINE", "the March 2023 rate") in rels
    directions = {q["text"]: q.get("direction") for q in quantities(doc)}
    assert directions["3.2 percent"] == "up" and directions["9.1 percent"] == "down"


def test_a_margin_of_error_links_to_nothing_and_has_no_direction(extract_both):
    doc = extract_both(COMPLETIONS)
    margins = [q for q in quantities(doc) if q["text"].startswith("±")]
    assert [q["text"] for q in margins] == ["±12.0 percent", "±10.4 percent"]
    assert all(q.get("direction") is None for q in margins)
    rels = relations(doc)
    assert not [r for r in rels if r[0].startswith("±") or r[1] == "MODIFIES" and r[2].startswith("±")]


def test_the_value_of_a_named_baseline_is_modified_by_nothing_and_has_no_period(extract_both):
    rels = relations(extract_both(COMPLETIONS))
    for value in ("1,280,000", "1,453,000"):
        assert not [r for r in rels if r[2] == value and r[1] == "MODIFIES"]
        assert not [r for r in rels if r[0] == value and r[1] in ("PERIOD", "MODIFIES")]


@pytest.mark.parametrize(
    "text,changes,baseline",
    [
        ("- Compared with February 2020, the number of payrolled employees was 964,000 higher, an increase of "
         "3.3 per cent.", ("964,000", "3.3 per cent"), "February 2020"),
        ("Compared with the five-year average, stocks in the East were 6.1% higher and those in the Pacific "
         "region 2.4% lower.", ("6.1%", "2.4%"), "the five-year average"),
    ],
)
def test_a_sentence_opening_on_its_comparison_point_compares_every_change(extract_both, text, changes, baseline):
    rels = relations(extract_both(text))
    for change in changes:
        assert (change, "BASELINE", baseline) in rels


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Nationwide encounters fall 12% in March as crossings slow.", "12%", "Nationwide encounters"),
        ("Total vacancies remain 205,000 above their pre-pandemic level.", "205,000", "Total vacancies"),
        ("Hotel guest nights rise 4.3% on the year.", "4.3%", "Hotel guest nights"),
    ],
)
def test_a_present_tense_verb_before_its_figure_ends_the_subject(extract_both, text, figure, category):
    assert (figure, "CATEGORY", category) in relations(extract_both(text))


def test_a_phrase_in_apposition_to_a_period_is_no_period_of_its_own():
    text = "In 2021, the latest year with final data, 1,204 deaths were registered."
    periods = [text[a:b] for a, b, label, _ in find_time_phrases(text) if label == "PERIOD"]
    assert periods == ["In 2021"]


def test_the_period_of_a_value_recorded_earlier_dates_that_value_only(extract_both):
    text = ("Guests stayed 2.31 nights on average, slightly longer than the 2.27 nights recorded in the same quarter "
            "of 2023, while the bed occupancy rate rose to 48.2%.")
    rels = relations(extract_both(text))
    assert not [r for r in rels if r[0] in ("48.2%", "2.31 nights", "2.31") and r[1] == "PERIOD"]


@pytest.mark.parametrize(
    "text,phrase,label,btype",
    [
        ("Its cumulative index rose by 7.1 per cent during April to July 2024-25 over the corresponding period of the "
         "previous year.", "during April to July 2024-25", "PERIOD", None),
        ("Its cumulative index rose by 7.1 per cent during April to July 2024-25 over the corresponding period of the "
         "previous year.", "the corresponding period of the previous year", "BASELINE", "yoy"),
        ("Imports rose 0.9% in the second quarter compared with the first quarter.", "the first quarter", "BASELINE",
         "qoq"),
        ("Over the five years to March 2024, burglary fell by an average of 6.2% per year.",
         "Over the five years to March 2024", "PERIOD", None),
    ],
)
def test_fiscal_spans_corresponding_periods_and_runs_of_years(text, phrase, label, btype):
    found = {(text[a:b], lab, kind) for a, b, lab, kind in find_time_phrases(text)}
    assert (phrase, label, btype) in found
