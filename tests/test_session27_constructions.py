"""Session 27's constructions (GUIDELINES C27-1..), each written anew from how labour-market, health-service and
demographic releases date a value stated for comparison: earlier values listed each with its own time, a bracketed
list of earlier values closed by one time, and a recorded value of the same month or quarter a year before."""

import pytest

from conftest import relations


@pytest.mark.parametrize("cue,time", [
    ("down from", "a year earlier"),
    ("compared with", "a year ago"),
    ("against", "twelve months earlier"),
])
def test_earlier_values_listed_each_with_its_own_time(extract_both, cue, time):
    text = (f"Outstanding claims stood at 48,210 at the end of September, {cue} 51,930 at the end of June and 63,400 "
            f"{time}, the tribunal said.")
    rel = relations(extract_both(text))
    assert ("48,210", "PERIOD", "at the end of September") in rel, sorted(rel)
    assert ("51,930", "PERIOD", "at the end of June") in rel, sorted(rel)
    assert ("63,400", "PERIOD", time) in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "63,400" and r[2] == "at the end of September"], sorted(rel)


@pytest.mark.parametrize("closing", ["a year earlier", "a year ago"])
def test_a_bracketed_list_of_earlier_values_takes_the_time_that_closes_it(extract_both, closing):
    text = (f"Vaccine uptake among care-home residents, health workers and pregnant women was 72.5%, 41.8% and 33.0% "
            f"respectively (75.1%, 44.6% and 36.9% {closing}), the agency reported.")
    rel = relations(extract_both(text))
    for earlier in ("75.1%", "44.6%", "36.9%"):
        assert (earlier, "PERIOD", closing) in rel, sorted(rel)
    for current in ("72.5%", "41.8%", "33.0%"):
        assert not [r for r in rel if r[0] == current and r[2] == closing], sorted(rel)


@pytest.mark.parametrize("stated", ["recorded", "registered", "seen"])
@pytest.mark.parametrize("span", ["in the same quarter last year", "in the same quarter a year earlier"])
def test_a_value_recorded_in_the_same_span_a_year_before_is_dated_by_it(extract_both, stated, span):
    text = f"Deaths numbered 9,870 in the quarter, slightly below the 10,120 {stated} {span}, the office said."
    rel = relations(extract_both(text))
    assert ("10,120", "PERIOD", span) in rel, sorted(rel)
    assert ("9,870", "PERIOD", "in the quarter") in rel, sorted(rel)


@pytest.mark.parametrize("start", ["since the national time series began in 2003",
                                   "since this monthly series started in 2003",
                                   "since official records were first kept in 2003"])
def test_the_start_of_a_series_after_a_superlative_dates_no_later_figure(extract_both, start):
    text = (f"Reported shoplifting offences rose to 31,480 in 2024, the highest count {start}, while thefts of "
            "bicycles fell by 4% to 61,020.")
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[1] == "PERIOD" and r[2] == "in 2003"], sorted(rel)
    assert ("31,480", "PERIOD", "in 2024") in rel, sorted(rel)


@pytest.mark.parametrize("opening", ["Of the offences recorded in 2024,", "Of all offences recorded in 2024,"])
def test_figures_listed_after_an_opening_of_phrase_are_siblings_not_parts_of_each_other(extract_both, opening):
    text = f"{opening} 7,215 (54%) were thefts, 3,408 were assaults and 1,290 were frauds."
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[1] == "PART_OF" and r[2] in ("7,215", "3,408")], sorted(rel)


def test_figures_listed_after_an_opening_of_these_are_parts_of_the_earlier_total(extract_both):
    text = "Police recorded 13,360 offences in 2024. Of these, 7,215 (54%) were thefts, 3,408 were assaults."
    rel = relations(extract_both(text))
    assert ("7,215", "PART_OF", "13,360") in rel, sorted(rel)
    assert ("3,408", "PART_OF", "13,360") in rel, sorted(rel)


@pytest.mark.parametrize("opening", ["Of the complaints received in 2024,", "Among all complaints received in 2024,"])
def test_every_figure_of_a_list_after_an_opening_phrase_is_counted_by_its_predicate(extract_both, opening):
    text = f"{opening} 2,340 were refunds, 1,815 were delays, 960 were cancellations and 412 were billing errors."
    rel = relations(extract_both(text))
    for figure, noun in (("2,340", "refunds"), ("1,815", "delays"), ("960", "cancellations"), ("412", "billing errors")):
        assert (figure, "CATEGORY", noun) in rel, sorted(rel)


def test_a_two_column_table_aligned_with_spaces_labels_each_figure_by_its_row():
    from pipeline import text_tables

    assert text_tables.cells("Calls abandoned        1,204") == [(0, 15), (23, 28)]
    assert text_tables.cells("The queue was long   and slow") == []  # (prose with a wide gap: no row)
    assert text_tables.cells("Calls answered  1,204") == []  # (a gap of two spaces alone: no row)


def test_two_column_table_rows_take_their_labels_as_categories(extract_both):
    text = ("Table 4: Calls to the helpline by outcome, November 2024 (number of calls)\n"
            "Answered by an adviser          18,430\n"
            "Transferred to a callback        6,215\n"
            "Calls abandoned                  1,204\n")
    rel = relations(extract_both(text))
    assert ("6,215", "CATEGORY", "Transferred to a callback") in rel, sorted(rel)
    assert ("1,204", "CATEGORY", "Calls abandoned") in rel, sorted(rel)


@pytest.mark.parametrize("contrast", ["but", "but is"])
def test_a_contrasting_restated_change_modifies_the_same_figure(extract_both, contrast):
    text = ("Privately-owned housing starts were at a seasonally adjusted annual rate of 1,289,000, which is 1.8 percent "
            f"below the revised October estimate of 1,312,000, {contrast} 2.4 percent above the November 2023 rate of "
            "1,259,000.")
    rel = relations(extract_both(text))
    assert ("1.8 percent", "MODIFIES", "1,289,000") in rel, sorted(rel)
    assert ("2.4 percent", "MODIFIES", "1,289,000") in rel, sorted(rel)
    assert ("1,259,000", "CATEGORY", "Privately-owned housing starts") in rel, sorted(rel)


@pytest.mark.parametrize("bracket", ["(57% a year earlier)", "(57% in 2023)"])
def test_a_bracketed_earlier_value_after_a_clause_is_the_figures_not_the_nouns_before_it(extract_both, bracket):
    text = f"Around 61% of households paid by card {bracket}, while the use of cash fell again."
    rel = relations(extract_both(text))
    assert ("57%", "CATEGORY", "households") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "57%" and r[2] == "card"], sorted(rel)


@pytest.mark.parametrize("closing", ["in each case compared with", "in both cases compared with",
                                     "in each case against"])
def test_a_closing_comparison_stated_for_each_case_compares_every_change(extract_both, closing):
    text = (f"Ferry passenger numbers rose by 5.2% to 1.31 million in the third quarter of 2024, while freight units "
            f"fell by 2.8% to 412,000, {closing} the same quarter of 2023.")
    rel = relations(extract_both(text))
    assert ("5.2%", "BASELINE", "the same quarter of 2023") in rel, sorted(rel)
    assert ("2.8%", "BASELINE", "the same quarter of 2023") in rel, sorted(rel)


def test_a_revision_from_the_value_first_reported_modifies_the_revised_value(extract_both):
    text = ("The current account surplus for July has been revised down by €0.4 billion, from the €2.9 billion first "
            "published to €2.5 billion.")
    rel = relations(extract_both(text))
    assert ("€0.4 billion", "MODIFIES", "€2.5 billion") in rel, sorted(rel)
    assert ("€2.5 billion", "CATEGORY", "current account surplus") in rel, sorted(rel)


@pytest.mark.parametrize("measure", ["in tonnes", "in volume terms"])
def test_a_change_stated_in_a_measure_reaches_the_level_after_the_comma(extract_both, measure):
    text = f"Grain exports rose by 6.1% {measure}, to 41.3 million tonnes, the highest since 2019."
    rel = relations(extract_both(text))
    assert ("6.1%", "MODIFIES", "41.3 million tonnes") in rel, sorted(rel)


def test_a_change_stated_in_a_measure_before_another_figure_does_not_reach_it(extract_both):
    text = ("Customs receipts reached R$31.2 billion in May, up 4.4% in real terms, and R$150.9 billion in the year to "
            "date, up 3.9%.")
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[0] == "4.4%" and r[1] == "MODIFIES" and r[2] == "R$150.9 billion"], sorted(rel)


def test_a_count_of_a_stated_whole_after_a_sharing_verb_is_the_subjects_part(extract_both):
    text = ("Motorcyclists accounted for 52 of the 188 road deaths (28%), pedestrians for 41 and cyclists for 12, the "
            "agency said.")
    rel = relations(extract_both(text))
    assert ("52", "CATEGORY", "Motorcyclists") in rel, sorted(rel)
    assert ("52", "PART_OF", "188") in rel, sorted(rel)
    assert ("28%", "MODIFIES", "52") in rel, sorted(rel)
    assert ("41", "PART_OF", "188") in rel, sorted(rel)
    assert ("41", "CATEGORY", "pedestrians") in rel, sorted(rel)


def test_an_elliptical_part_without_a_sharing_verb_still_takes_no_category(extract_both):
    rel = relations(extract_both("Nine of the 14 regions reported higher unemployment in the quarter."))
    assert ("Nine", "PART_OF", "14") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "Nine" and r[1] == "CATEGORY"], sorted(rel)


@pytest.mark.parametrize("stated", ["recorded", "registered", "reported"])
def test_a_counted_value_stated_for_comparison_takes_no_period_of_the_clause(extract_both, stated):
    text = (f"Residents made 4.1 million trips abroad in May, 6.3% more than the 3.9 million trips {stated} in the same "
            "month of 2023.")
    rel = relations(extract_both(text))
    assert ("6.3%", "BASELINE", "the same month of 2023") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "3.9 million" and r[1] == "PERIOD"], sorted(rel)
