"""Session 24's constructions (GUIDELINES C24-1..), each written anew from how statistics offices, police
services, health agencies and migration agencies state figures: spans between two years, tables whose title
declares a rate, rows labelled by an age group, comparisons that leave their unit to the figure compared."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize("span", ["between 2021 and 2022", "from 2021 to 2022", "between 2021-22 and 2022-23"])
def test_a_change_over_a_span_of_two_years_takes_the_span_as_its_period(extract_both, span):
    text = f"Recorded burglaries in the Waikato district fell by 4.8% {span}, the third fall in a row."
    rel = relations(extract_both(text))
    assert ("4.8%", "PERIOD", span) in rel, sorted(rel)
    assert not [r for r in rel if r[1] == "BASELINE"], sorted(rel)


def test_a_year_the_change_started_from_stays_its_baseline_before_the_figure_reached(extract_both):
    text = "Recorded burglaries rose by 6.1% from 2021 to 14,320 in 2022, police figures showed."
    rel = relations(extract_both(text))
    assert ("6.1%", "BASELINE", "2021") in rel, sorted(rel)
    assert ("14,320", "PERIOD", "in 2022") in rel, sorted(rel)


def test_a_title_declaring_a_rate_with_a_qualified_base_gives_its_cells_that_rate(extract_both):
    text = ("Table 2. Fertility by region of residence (live births per 1,000 women in the reference age group)\n"
            "Region          2022     2023\n"
            "Highlands       48.3     46.9\n"
            "Lowlands        52.6     51.0\n")
    doc = extract_both(text)
    figures = by_text(doc)
    assert "1,000" not in figures, figures["1,000"]
    for cell in ("48.3", "46.9", "52.6", "51.0"):
        assert (figures[cell]["unit"], figures[cell]["metric"]) == ("birth per 1,000 women", "SHARE"), figures[cell]
    assert ("48.3", "CATEGORY", "Highlands") in relations(doc)


@pytest.mark.parametrize("label", ["Men aged 25-34", "Women aged 65 and over", "Persons aged 16 to 24 years"])
def test_a_row_labelled_by_an_age_group_is_the_category_of_its_cells(extract_both, label):
    text = ("Table 1. Employment rate by age group, fourth quarter (percent)\n"
            "Age group                        2023     2024\n"
            f"{label:<33}71.4     72.0\n"
            "All persons aged 16 and over     60.8     61.1\n")
    doc = extract_both(text)
    rel = relations(doc)
    assert ("71.4", "CATEGORY", label) in rel, sorted(rel)
    assert ("72.0", "CATEGORY", label) in rel, sorted(rel)
    assert ("61.1", "CATEGORY", "All persons aged 16 and over") in rel, sorted(rel)
    assert by_text(doc)["71.4"]["unit"] == "percent", by_text(doc)["71.4"]


@pytest.mark.parametrize("title", ["Table 3. Issued first-time work visas by sector",
                                   "Table 3: Issued first-time work visas by sector",
                                   "Issued first-time work visas by sector"])
def test_a_numbered_title_that_breaks_a_count_down_names_the_cells_unit(extract_both, title):
    text = (f"{title}\n"
            "Sector            2023      2024    Change on 2023 (%)\n"
            "Agriculture      12,405    11,930         -4\n"
            "Health care       8,118     9,742        +20\n")
    figures = by_text(extract_both(text))
    for cell in ("12,405", "11,930", "8,118", "9,742"):
        assert (figures[cell]["unit"], figures[cell]["metric"]) == ("visa", "COUNT"), figures[cell]
    assert (figures["-4"]["unit"], figures["-4"]["metric"]) == ("percent", "CHANGE"), figures["-4"]


@pytest.mark.parametrize("header", ["                           Coast        Inland",
                                    "Sector                     Coast        Inland"])
def test_cells_that_pair_a_figure_with_its_bracketed_counterpart_read_the_titles_unit(extract_both, header):
    text = ("Unfilled posts by sector, first quarter of 2025 (%; first quarter of 2024 in brackets)\n"
            f"{header}\n"
            "Hospitality                4.6 (5.1)    3.9 (4.4)\n"
            "Logistics                  2.1 (2.3)    1.7 (1.6)\n")
    doc = extract_both(text)
    figures = by_text(doc)
    for cell in ("4.6", "5.1", "3.9", "4.4", "2.1", "1.6"):
        assert figures[cell]["unit"] == "percent", figures[cell]
    assert ("5.1", "CATEGORY", "Hospitality") in relations(doc)
    assert ("1.6", "CATEGORY", "Logistics") in relations(doc)


@pytest.mark.parametrize("comparison", ["against 38,250 in 2023", "compared with 38,250 in 2023"])
def test_a_bare_figure_compared_with_a_count_takes_its_counted_noun(extract_both, comparison):
    text = f"The Office issued permanent residence to 41,870 people in 2024, {comparison}, the registry showed."
    figures = by_text(extract_both(text))
    assert figures["38,250"]["unit"] == "person", figures["38,250"]


def test_a_figure_compared_past_a_bracketed_share_takes_the_count_not_the_percent(extract_both):
    text = ("Of the inactive, 98,000 (7.2 per cent) were discouraged jobseekers in the third quarter, compared with "
            "85,000 a year earlier.")
    figures = by_text(extract_both(text))
    assert (figures["85,000"]["unit"], figures["85,000"]["metric"]) == ("jobseeker", "COUNT"), figures["85,000"]


def test_the_earlier_value_a_change_is_measured_against_is_the_changed_figures(extract_both):
    text = ("Some 3,140 people whose asylum claims had been rejected left the country voluntarily in 2024, 9 percent "
            "more than the 2,880 recorded in 2023.")
    doc = extract_both(text)
    figures, rel = by_text(doc), relations(doc)
    assert figures["2,880"]["unit"] == "person", figures["2,880"]
    assert ("9 percent", "BASELINE", "2023") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "2,880" and r[1] == "PERIOD"], sorted(rel)


@pytest.mark.parametrize("comparison,unit", [("year on year", "person"), ("month on month", "person"),
                                             ("quarter on quarter", "person")])
def test_a_repeated_period_after_a_change_is_its_comparison_not_its_unit(extract_both, comparison, unit):
    text = f"The number of people in part-time work was 612,000 in March, up 14,000 {comparison}."
    doc = extract_both(text)
    figures = by_text(doc)
    assert "14,000" in figures, sorted(figures)
    assert (figures["14,000"]["unit"], figures["14,000"]["metric"]) == (unit, "CHANGE"), figures["14,000"]
    assert ("14,000", "BASELINE", comparison) in relations(doc), sorted(relations(doc))


@pytest.mark.parametrize("text,figure", [
    ("Registered marriages for 2023 were revised from a provisional 187,410 to a final 188,032.", "188,032"),
    ("Imports were broadly unchanged (-0.02 percent) from the previous month.", "-0.02 percent"),
])
def test_a_word_of_revision_or_stability_is_no_category(extract_both, text, figure):
    doc = extract_both(text)
    rel = relations(doc)
    assert not [r for r in rel if r[0] == figure and r[1] == "CATEGORY" and r[2] in ("final", "unchanged")], sorted(rel)
    assert by_text(doc)[figure]["unit"] not in ("final", "unchanged"), by_text(doc)[figure]


def test_names_listed_with_their_figures_after_followed_by_own_them(extract_both):
    text = ("Norway was again the largest supplier of gas, with NOK 41.2 billion (38.4 percent), followed by Qatar with "
            "NOK 12.7 billion (11.8 percent) and Algeria with NOK 9.3 billion (8.7 percent).")
    rel = relations(extract_both(text))
    assert ("NOK 41.2 billion", "CATEGORY", "Norway") in rel, sorted(rel)
    assert ("NOK 12.7 billion", "CATEGORY", "Qatar") in rel, sorted(rel)
    assert ("NOK 9.3 billion", "CATEGORY", "Algeria") in rel, sorted(rel)


def test_a_group_after_followed_by_owns_the_figure_after_with(extract_both):
    text = "Hotels reported 3,400 vacancies in October, followed by restaurants with 1,120."
    rel = relations(extract_both(text))
    assert ("1,120", "CATEGORY", "restaurants") in rel, sorted(rel)


def test_a_figure_of_a_whose_clause_is_its_antecedents(extract_both):
    text = ("The largest monthly gain was in optical and medical instruments (HS 90), whose shipments increased by "
            "EUR 212.6 million.")
    rel = relations(extract_both(text))
    assert ("EUR 212.6 million", "CATEGORY", "optical and medical instruments") in rel, sorted(rel)


@pytest.mark.parametrize("text,figure,unit,value", [
    ("Vessel arrival tonnage at the port rose 1.2% to 2.84 billion GT in 2024.", "2.84 billion GT", "gross ton", 2.84e9),
    ("Ships under the national flag totalled 61.5 million gross tonnage at year end.", "61.5 million gross tonnage",
     "gross ton", 61.5e6),
    ("Corporate loans at banks grew by 7.6 trillion won in November.", "7.6 trillion won", "korean won", 7.6e12),
])
def test_gross_tonnage_and_the_won_are_read_as_their_units(extract_both, text, figure, unit, value):
    figures = by_text(extract_both(text))
    assert figures[figure]["unit"] == unit, figures[figure]
    assert figures[figure]["value"] == pytest.approx(value), figures[figure]


@pytest.mark.parametrize("text,bare,rate,unit", [
    ("The rates in Otago and Canterbury were 212 and 158 burglaries per 10,000 households respectively.",
     "212", "158 burglaries per 10,000 households", "burglary per 10,000 households"),
    ("The national rate of assault rose from 118 to 127 victims per 100,000 persons, a new high.",
     "118", "127 victims per 100,000 persons", "victim per 100,000 persons"),
])
def test_bare_figures_listed_before_a_rate_are_that_rate(extract_both, text, bare, rate, unit):
    figures = by_text(extract_both(text))
    for figure in (bare, rate):
        assert (figures[figure]["unit"], figures[figure]["metric"]) == (unit, "SHARE"), figures[figure]


def test_a_list_of_changes_each_with_its_own_time_stays_a_list_of_changes(extract_both):
    text = ("Consumer credit at banks rose by 2.1 billion euro in May, after increases of 1.7 billion euro in April and "
            "1.2 billion euro in March.")
    doc = extract_both(text)
    figures, rel = by_text(doc), relations(doc)
    for figure in ("1.7 billion euro", "1.2 billion euro"):
        assert (figures[figure]["metric"], figures[figure]["direction"]) == ("CHANGE", "up"), figures[figure]
    assert ("1.2 billion euro", "PERIOD", "in March") in rel, sorted(rel)


def test_a_level_after_a_change_with_its_own_verb_stays_a_level(extract_both):
    text = "Exports of machinery grew by 3.1 billion euro in May and stood at 41.2 billion euro in June."
    figures = by_text(extract_both(text))
    assert figures["41.2 billion euro"]["metric"] == "MONEY", figures["41.2 billion euro"]


def test_a_place_before_a_bracketed_change_owns_the_change(extract_both):
    text = ("Burglaries rose in most states, with the largest rises in Hesse (up 1,204 burglaries or 9%) and "
            "Thuringia (up 611 burglaries or 7%).")
    doc = extract_both(text)
    rel, figures = relations(doc), by_text(doc)
    assert ("1,204", "CATEGORY", "Hesse") in rel, sorted(rel)
    assert ("611", "CATEGORY", "Thuringia") in rel, sorted(rel)
    assert (figures["611"]["unit"], figures["611"]["metric"]) == ("burglary", "CHANGE"), figures["611"]


def test_a_share_restated_in_brackets_counts_the_phrase_after_of(extract_both):
    text = ("Reported bicycle thefts rose by 12%, and more than half (54%) of the bicycles stolen in 2023 were "
            "taken from outside a home.")
    rel = relations(extract_both(text))
    assert ("half", "CATEGORY", "the bicycles stolen") in rel, sorted(rel)
    assert ("54%", "CATEGORY", "the bicycles stolen") in rel, sorted(rel)
