"""Figures listed under a heading that names changes, net flows, price comparatives, levels reached by
revision, items with paired brackets and subjects interrupted by their figure (GUIDELINES C19-1..C19-6)."""

import pytest

from conftest import by_text, relations

CHANGE_TABLE = """Table 3. Change in hotel employment by region, seasonally adjusted (in thousands)

Region                      Q3 2024    Average, previous four quarters
North                            12          8
Coast                            -4          3
"""


def test_cells_under_a_title_of_changes_are_changes_of_the_titled_count(extract_both):
    figures = by_text(extract_both(CHANGE_TABLE))
    for cell, direction in (("12", "up"), ("8", "up"), ("-4", "down"), ("3", "up")):
        assert figures[cell]["metric"] == "CHANGE", cell
        assert figures[cell]["direction"] == direction, cell
        assert figures[cell]["unit"] == "job", cell
    assert figures["12"]["value"] == 12000


LEVEL_AND_CHANGE_TABLE = """Table 1. Milk production by region (millions of litres; percent change from 2023)

                    2023      2024    % change
Lowlands           4,512     4,630       2.6
Uplands            1,208     1,150      -4.8
"""


def test_time_columns_beside_a_change_column_stay_levels(extract_both):
    figures = by_text(extract_both(LEVEL_AND_CHANGE_TABLE))
    for cell in ("4,512", "4,630", "1,208", "1,150"):
        assert figures[cell]["metric"] != "CHANGE", cell
    assert figures["-4.8"]["metric"] == "CHANGE"


@pytest.mark.parametrize(
    "text,rows",
    [
        ("Monthly changes in household deposits, in millions of euros, are listed below (earlier estimates in "
         "brackets):\n- Sight deposits: 412 (398)\n- Time deposits: 95 (120)\n", ("412", "398", "95", "120")),
        ("Main aggregates, October 2024 (annual growth rates):\n\u2022 total credit to residents: 2.7%, up from 2.5% "
         "in September\n\u2022 loans to small firms: 1.9%, after 1.6% in September\n", ("2.7%", "1.9%")),
    ],
)
def test_rows_under_a_lead_in_that_names_changes_are_changes(extract_both, text, rows):
    figures = by_text(extract_both(text))
    for row in rows:
        assert figures[row]["metric"] == "CHANGE", row
        assert figures[row]["direction"] == "up", row


@pytest.mark.parametrize(
    "text,level",
    [
        ("Change in output by sector, 2024 compared with 2023:\n- Mining: 41.2 Mt (-3.1%)\n- Forestry: 12.8 Mt "
         "(+0.4%)\n", "41.2 Mt"),
        ("Key figures for the second quarter of 2024, with the change on a year earlier in brackets:\n- Bus journeys: "
         "212 million (+4%)\n- Tram journeys: 38 million (+2%)\n", "212 million"),
    ],
)
def test_a_row_that_carries_its_own_change_keeps_its_level(extract_both, text, level):
    figures = by_text(extract_both(text))
    assert figures[level]["metric"] != "CHANGE"


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The country recorded a provisional net migration loss of 12,300 in the year to March 2024.", "12,300"),
        ("Over the year there was a net gain of 4,100 non-citizens and a net loss of 900 citizens.", "4,100"),
        ("Over the year there was a net gain of 4,100 non-citizens and a net loss of 900 citizens.", "900"),
        ("Annual net migration: a gain of 7,800, compared with a gain of 9,900 a year before.", "7,800"),
        ("Annual net migration: a gain of 7,800, compared with a gain of 9,900 a year before.", "9,900"),
    ],
)
def test_a_net_flow_is_a_count_not_a_change(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "COUNT"


@pytest.mark.parametrize(
    "text,figure,direction",
    [
        ("Compared with a year earlier, fresh vegetables became 8.2% cheaper and fruit 2.9% cheaper.", "8.2%", "down"),
        ("Compared with a year earlier, fresh vegetables became 8.2% cheaper and fruit 2.9% cheaper.", "2.9%", "down"),
        ("Rents 3.4% dearer, energy 1.1% cheaper", "3.4%", "up"),
        ("Package holidays were 5.6% costlier than in October.", "5.6%", "up"),
    ],
)
def test_price_comparatives_make_changes(extract_both, text, figure, direction):
    found = by_text(extract_both(text))[figure]
    assert (found["metric"], found["direction"]) == ("CHANGE", direction)


def test_a_figure_revised_up_to_is_the_level_it_reached(extract_both):
    figures = by_text(extract_both("The estimate of net overseas migration for 2022-23 has been revised up to "
                                   "431,000, from a preliminary 398,000."))
    assert figures["431,000"]["metric"] == "COUNT"
    assert figures["398,000"]["metric"] == "COUNT"


def test_items_with_a_count_and_a_percent_in_one_bracket_count_the_clause_subject(extract_both):
    figures = by_text(extract_both("Employment rose in three provinces in October, led by Ontario (+21,000; +0.3%) "
                                   "and Alberta (+9,500; +0.4%), while it fell in Manitoba (-3,200; -0.4%)."))
    for item in ("+21,000", "+9,500", "-3,200"):
        assert figures[item]["unit"] == "job", item
    assert figures["three"]["unit"] == "province"


def test_nationalities_listed_after_a_ranked_count_count_people(extract_both):
    figures = by_text(extract_both("Syrians were the largest group among asylum applicants (4,210, or 22%), followed "
                                   "by Afghans (2,980) and Eritreans (1,450)."))
    assert figures["2,980"]["unit"] == "person"
    assert figures["1,450"]["unit"] == "person"


def test_a_figure_between_a_subject_and_its_verb_states_the_whole_subject(extract_both):
    doc = extract_both("In October, the number of people working from home for health reasons, at 1.2 million, was "
                       "little changed from a year earlier.")
    rel = relations(doc)
    categories = [child for head, label, child in rel if head == "1.2 million" and label == "CATEGORY"]
    assert categories and "people working from home" in categories[0]
    assert by_text(doc)["1.2 million"]["unit"] == "person"
