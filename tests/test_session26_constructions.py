"""Session 26's constructions (GUIDELINES C26-1..), each written anew from how statistics offices, central banks
and labour-market and migration releases state a figure beside the value it is compared with: a record, a peak or
an average named by a noun, and earlier values in brackets under a label or a bound."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize("reference", [
    "well below the series high of 6.9 percent",
    "still under its long-run average of 6.9 percent",
    "down from a peak of 6.9 percent",
    "below the March 2022 record of 6.9 percent",
])
def test_a_value_named_as_a_record_peak_or_average_is_of_the_measure_compared(extract_both, reference):
    text = f"The quits rate in retail trade was 3.1 percent in June, {reference} reached in early 2022."
    rel = relations(extract_both(text))
    assert ("3.1 percent", "CATEGORY", "quits rate in retail trade") in rel, sorted(rel)
    assert ("6.9 percent", "CATEGORY", "quits rate in retail trade") in rel, sorted(rel)


@pytest.mark.parametrize("text,earlier,category", [
    ("Irregular crossings at the eastern border numbered 17,400 in March, 9% fewer than in February (19,120) and 41% "
     "fewer than in March 2023 (around 29,500).", "29,500", "Irregular crossings at the eastern border"),
    ("Passenger car registrations reached 61,200 in the first half, 4% more than a year earlier (roughly 58,800).",
     "58,800", "Passenger car registrations"),
])
def test_an_earlier_value_in_brackets_after_a_bound_word_is_of_the_figure_compared(extract_both, text, earlier,
                                                                                  category):
    rel = relations(extract_both(text))
    assert (earlier, "CATEGORY", category) in rel, sorted(rel)


@pytest.mark.parametrize("label", ["previously published", "first estimate", "initially reported", "flash estimate"])
def test_a_bracket_labelled_as_an_earlier_estimate_holds_the_same_measure(extract_both, label):
    text = f"Construction output for September was revised to 118.6 ({label}: 117.9), after late survey returns."
    doc = extract_both(text)
    figures, rel = by_text(doc), relations(doc)
    assert ("117.9", "CATEGORY", "Construction output") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "117.9" and r[2] == label], sorted(rel)
    assert figures["117.9"]["metric"] == figures["118.6"]["metric"]


@pytest.mark.parametrize("label", ["end of June", "second quarter of 2023", "end-2023", "July to September 2023"])
def test_a_bracket_labelled_with_a_time_dates_the_earlier_value(extract_both, label):
    text = (f"Banknotes in circulation amounted to NOK 38.7 billion at the end of September ({label}: NOK 39.4 "
            "billion), the lowest level since the series began.")
    rel = relations(extract_both(text))
    assert ("NOK 39.4 billion", "CATEGORY", "Banknotes in circulation") in rel, sorted(rel)
    assert ("NOK 39.4 billion", "PERIOD", label) in rel, sorted(rel)
    assert ("NOK 38.7 billion", "PERIOD", "at the end of September") in rel, sorted(rel)


def test_a_labelled_bracket_that_names_a_group_keeps_its_own_category(extract_both):
    text = "Hospital beds by type of care, 2024 (beds): acute care: 22,410; psychiatric care: 4,105."
    rel = relations(extract_both(text))
    assert ("4,105", "CATEGORY", "psychiatric care") in rel, sorted(rel)


@pytest.mark.parametrize("change,earlier", [("a 35% increase on the", "9,245 made"), ("up 12% on the", "9,245 recorded")])
def test_the_value_a_change_is_on_is_of_the_counted_thing(extract_both, change, earlier):
    text = f"The tribunal decided 12,480 appeals in 2024, {change} {earlier} in 2023, while its backlog grew."
    rel = relations(extract_both(text))
    assert ("9,245", "CATEGORY", "appeals") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "9,245" and r[1] == "MODIFIES"], sorted(rel)


def test_a_bare_count_compared_with_a_count_of_days_is_a_count_of_the_same_days(extract_both):
    text = "October 2024 had 22 working days, against 21 in October 2023, which lifted unadjusted output."
    rel = relations(extract_both(text))
    assert ("21", "CATEGORY", "working days") in rel, sorted(rel)
