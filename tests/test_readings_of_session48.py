"""Readings found in releases of genres no probe held when they were written (birth statistics, death registrations,
innovation rankings, development reports): coordinated modifiers of one counted noun, rates restated with their
changes, a table's measure given for each sex, values compared after a comma. Each case is a sentence of our own in
the style of such releases and runs on the rules alone and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,figure,unit,category",
    [
        ("Lenders approved 2,340 small, medium-sized and large projects in the year.", "2,340", "project",
         "small, medium-sized and large projects"),
        ("The fund supported 64 fragile, low-income or landlocked economies during 2023.", "64", "economy",
         "fragile, low-income or landlocked economies"),
        ("Inspectors visited 418 rural, remote and coastal schools last year.", "418", "school",
         "rural, remote and coastal schools"),
    ],
)
def test_coordinated_modifiers_before_a_counted_noun_are_one_phrase(extract_both, text, figure, unit, category):
    doc = extract_both(text)
    assert by_text(doc)[figure]["unit"] == unit
    assert _links(doc, figure, "CATEGORY") == {category}


def test_modifiers_listed_before_a_respectively_list_stay_its_items(extract_both):
    doc = extract_both("Investment in the eastern, central and western regions was 412.6, 388.1 and 301.9 billion "
                       "yuan respectively.")
    assert _links(doc, "412.6", "CATEGORY") == {"eastern"}
    assert _links(doc, "388.1", "CATEGORY") == {"central"}


def test_a_modifier_joined_by_or_shares_the_plural_of_the_last_item(extract_both):
    doc = extract_both("Second-born children and fourth or later children made up 31.4% and 2.9% of births, "
                       "respectively.")
    assert _links(doc, "31.4%", "CATEGORY") == {"Second-born children"}
    assert _links(doc, "2.9%", "CATEGORY") == {"fourth or later children"}


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("- Crude death rate: 9.8 per 1,000 population, up 0.3 from 9.5 in 2023", "0.3", "9.8 per 1,000 population"),
        ("Mothers aged 25-29 had 21.4 births per 1,000 women, down 2.2 on the year before.", "2.2",
         "21.4 births per 1,000 women"),
    ],
)
def test_a_bare_figure_after_a_rate_and_a_direction_is_its_change(extract_both, text, change, level):
    doc = extract_both(text)
    assert by_text(doc)[change]["metric"] == "CHANGE"
    assert _links(doc, change, "MODIFIES") == {level}


def test_a_name_opening_the_sentence_counts_nothing(extract_both):
    cells = by_text(extract_both("Japan remains one of few members with a fertility rate near 1.2, against a group "
                                 "average of 1.51 in 2022, with Greece (1.32) and Poland (1.26) close behind."))
    for figure in ("1.51", "1.32", "1.26"):
        assert cells[figure]["unit"] != "japan", (figure, cells[figure]["unit"])


@pytest.mark.parametrize(
    "text,figure,category,bound",
    [
        ("- Live births, second quarter: 54,200, below 58,700 a year earlier", "58,700", "Live births", "="),
        ("- Youth unemployment rate: 11.9%, above 10.6% a year earlier", "10.6%", "Youth unemployment rate", "="),
    ],
)
def test_a_value_after_a_comma_and_below_or_above_is_the_same_measure_compared(extract_both, text, figure, category,
                                                                              bound):
    doc = extract_both(text)
    assert by_text(doc)[figure]["bound"] == bound
    assert _links(doc, figure, "CATEGORY") == {category}


def test_a_level_compared_with_a_dated_high_is_no_change(extract_both):
    doc = extract_both("The vacancy rate was 3.4%, down from the 2022 high of 4.7%.")
    cells = by_text(doc)
    assert cells["3.4%"]["metric"] == "SHARE"
    assert not _links(doc, "3.4%", "BASELINE")


def test_a_change_below_a_dated_peak_keeps_the_peak_as_its_baseline(extract_both):
    doc = extract_both("Occupancy reached 81.2% in July, 2.6 points below the July 2019 peak of 83.8%.")
    assert _links(doc, "2.6 points", "BASELINE") == {"the July 2019 peak"}


SEX_TABLE = ("Table 3: Suicide rates by region and sex, 2023 (deaths per 100,000 population)\n"
             "\n"
             "Region            Males    Females\n"
             "North            17.9      5.6\n"
             "Midlands         16.2      4.9\n"
             "South            14.8      4.4\n")


def test_columns_named_by_sex_take_the_rate_the_title_declares(extract_both):
    cells = by_text(extract_both(SEX_TABLE))
    for figure in ("17.9", "5.6", "14.8"):
        assert cells[figure]["unit"] == "death per 100,000 population", (figure, cells[figure]["unit"])
        assert cells[figure]["metric"] == "SHARE"


def test_columns_named_by_sex_count_nothing_of_their_own(extract_both):
    cells = by_text(extract_both("Average hours per day spent on paid work, 2023\n"
                                 "\n"
                                 "Age group      Men     Women\n"
                                 "25 to 54      6.12     4.98\n"))
    assert cells["6.12"]["unit"] not in ("man", "men")
    assert cells["4.98"]["unit"] not in ("woman", "women")


def test_rates_for_two_groups_with_their_changes_respectively(extract_both):
    doc = extract_both("The mortality rate was 612.4 deaths per 100,000 men and 455.9 per 100,000 women (+0.9% and "
                       "-0.4%, respectively).")
    cells = by_text(doc)
    assert cells["455.9 per 100,000 women"]["unit"] == "death per 100,000 women"
    assert _links(doc, "+0.9%", "MODIFIES") == {"612.4 deaths per 100,000 men"}
    assert _links(doc, "-0.4%", "MODIFIES") == {"455.9 per 100,000 women"}
