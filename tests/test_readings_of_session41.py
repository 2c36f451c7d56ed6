"""Readings found in releases of genres no probe holds (gas storage, seafood and watch exports, ridership,
vaccine uptake, homelessness, knife crime, tourist spending, small-business surveys, homeownership, pupil
absence, forest loss, drug use, use of force, AI adoption, air cargo, water bills, food prices, waiting times,
electric cars): comparisons with times named in words, ages in months, lists of groups, survey balances, margins
of error, tables whose columns declare different units, and ranges from below zero. Each case is a sentence of
our own in the style of such releases and runs on the rules alone and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, quantities, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        # a time named relative to today after ``the level of``/``where it was`` compares; it counts nothing
        ("Milk deliveries were 6% above the level of three years ago.", "6%", "three years ago"),
        ("Rents are now 11% higher than where they were five years ago.", "11%", "five years ago"),
        # the same N months of a year before
        ("Footfall rose 4.1% on the same nine months a year earlier.", "4.1%",
         "the same nine months a year earlier"),
        # a year-ago level without an article, after ``below``/``above``
        ("Distillate inventories stood 5.2% below year-ago levels.", "5.2%", "year-ago levels"),
        # a date with its day, after a comparison word
        ("The waiting list was 31% above 31 March 2019, before the pandemic.", "31%", "31 March 2019"),
        ("Admissions remained 7.4% below the same quarter of 2019.", "7.4%", "the same quarter of 2019"),
    ],
)
def test_a_comparison_with_a_time_named_in_words(extract_both, text, change, baseline):
    doc = extract_both(text)
    assert baseline in _links(doc, change, "BASELINE")
    assert not any(q["text"] in ("three years", "five years", "nine months") for q in quantities(doc))


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a present verb after a headline's subject ends it
        ("Port container volumes pass 40 million TEU", "40 million TEU", "Port container volumes"),
        # an irregular past verb ends the subject too
        ("Eastern reservoirs drew 14 Bcf in the week.", "14 Bcf", "Eastern reservoirs"),
        # a gapped comparison after ``and`` goes on with the comparison before it
        ("The region held the largest surplus, with stocks 12.5% above the five-year average and 31 Bcf higher "
         "than a year earlier.", "31 Bcf", "stocks"),
        # an -ed verb right after a comma that closes a clause
        ("Heavy goods vehicles, which make up a tenth of traffic, emitted 4.1% less than in 2022.", "4.1%",
         "Heavy goods vehicles"),
        # a relative clause after ``ahead of``: the cue is no part of the category
        ("Cruise passengers rose by 12%, far ahead of ferry travellers, who increased by 3.4% on the year.", "3.4%",
         "ferry travellers"),
        # an absolute clause with a participle of change: its subject is the level's category
        ("Domestic visitors stayed shorter, with the average stay falling by 3.1% to 4.7 nights.", "4.7 nights",
         "average stay"),
    ],
)
def test_the_category_ends_at_a_verb_and_goes_on_over_a_gap(extract_both, text, figure, category):
    assert category in _links(extract_both(text), figure, "CATEGORY")


def test_an_age_in_months_keeps_its_unit_and_the_range_end_is_an_age(extract_both):
    found = by_text(extract_both("Children aged 9 months to 5 had the highest coverage, at 88.4%."))
    assert found["9 months"]["unit"] == "month" and found["9 months"]["metric"] == "AMOUNT"
    assert found["5"]["unit"] == "year" and found["5"]["metric"] == "AMOUNT"


def test_a_subject_runs_over_the_ages_of_its_group(extract_both):
    doc = extract_both("Coverage among those aged 2 to under 18 years in clinical risk groups was 52.3%.")
    assert "Coverage among those aged 2 to under 18 years in clinical risk groups" in _links(doc, "52.3%", "CATEGORY")


def test_groups_after_a_superlative_are_given_out_in_order(extract_both):
    doc = extract_both("Take-up was highest in hospital staff and in people aged 80 and over, at 71.2% and 69.5% "
                       "respectively.")
    assert "hospital staff" in _links(doc, "71.2%", "CATEGORY")
    assert "people aged 80 and over" in _links(doc, "69.5%", "CATEGORY")


def test_a_list_line_named_by_a_place_restates_the_rate_above_it(extract_both):
    found = by_text(extract_both("Rates by area:\n- Merseyside: 141 burglaries per 100,000 people\n"
                                 "- Greater Manchester: 128 per 100,000\n"))
    assert found["128 per 100,000"]["unit"] == found["141 burglaries per 100,000 people"]["unit"]


def test_a_net_change_column_beside_a_percent_change_column_keeps_the_levels_unit(extract_both):
    found = quantities(extract_both(
        "Table 2. Crude oil stocks by region (million barrels; change in percent)\n\n"
        "Region      This week   Last week   Net change   Year ago   % chg\n"
        "Gulf Coast      243.1       245.6         -2.5      251.0    -3.1\n"))
    cells = {q["text"]: q for q in found}
    assert cells["-2.5"]["unit"] == "barrel" and cells["-2.5"]["metric"] == "CHANGE"
    assert cells["-3.1"]["unit"] == "percent"


def test_a_rate_column_beside_count_columns_under_a_title_of_both(extract_both):
    cells = by_text(extract_both(
        "Table 3. Clients by group, 2022-23 and 2023-24 (number of clients; rate per 10,000 population)\n\n"
        "  Group                 2022-23    2023-24   Change   Rate 2023-24\n"
        "  Older clients          41,200     44,900    +9.0%           16.8\n"))
    assert cells["41,200"]["unit"] == "client" and cells["41,200"]["metric"] == "COUNT"
    assert cells["16.8"]["metric"] == "SHARE" and "per 10,000" in cells["16.8"]["unit"]


def test_a_survey_net_balance_is_a_level(extract_both):
    found = by_text(extract_both("A net 19% of firms expect higher selling prices, up four points on the month."))
    assert found["19%"]["metric"] == "SHARE"


def test_a_margin_of_error_has_no_direction_and_a_confidence_level_is_no_figure(extract_both):
    doc = extract_both("The sampling error was plus or minus 0.7% at the 90% confidence level.")
    found = by_text(doc)
    assert found["0.7%"]["metric"] == "CHANGE" and found["0.7%"].get("direction") is None
    assert "90%" not in found


def test_a_gloss_with_margins_in_brackets_declares_the_main_columns_percent(extract_both):
    cells = by_text(extract_both(
        "Table 4. Rental vacancy rate by region (percent, margin of error in brackets)\n\n"
        "Region       Q3 2023    Q3 2024\n"
        "Midwest          6.2    6.0 (±0.5)\n"))
    assert cells["6.2"]["unit"] == "percent" and cells["6.2"]["metric"] == "SHARE"
    assert cells["±0.5"]["metric"] == "CHANGE"


def test_a_multi_word_place_counts_nothing(extract_both):
    cells = by_text(extract_both("Table 5. Index by country\n\nCountry          2023     2024\n"
                                 "United Kingdom     88.1     90.4\n"))
    assert cells["88.1"]["unit"] != "kingdom"


def test_a_school_term_is_a_period(extract_both):
    doc = extract_both("Pupils missed 5.9% of sessions in the spring term 2023/24.")
    assert "in the spring term 2023/24" in _links(doc, "5.9%", "PERIOD")


def test_changes_in_points_pair_with_the_rates_of_a_list(extract_both):
    doc = extract_both("Absence was 4.8% in primary schools, 7.9% in secondary schools and 11.6% in special schools, "
                       "falls of 0.9, 0.6 and 0.4 percentage points respectively on the previous year.")
    assert "4.8%" in _links(doc, "0.9", "MODIFIES")
    assert "11.6%" in _links(doc, "0.4 percentage points", "MODIFIES")


def test_a_time_inside_a_since_clause_dates_that_clause_only(extract_both):
    doc = extract_both("In 2024, 22.1% of households used the service, the highest share since the survey began "
                       "in 2015, with take-up ranging from 9.4% in rural areas to 30.2% in cities.")
    assert "in 2015" not in _links(doc, "9.4%", "PERIOD")


def test_compared_shares_count_the_groups_after_of(extract_both):
    doc = extract_both("Some 58.3% of large firms offered training, compared with 34.1% of medium-sized firms and "
                       "19.8% of small firms.")
    assert "medium-sized firms" in _links(doc, "34.1%", "CATEGORY")
    assert "small firms" in _links(doc, "19.8%", "CATEGORY")


def test_a_time_span_in_a_header_cell_leaves_the_titles_scale(extract_both):
    cells = by_text(extract_both(
        "Table 6. Passengers by airport, 2014 and 2024 (millions)\n\n"
        "Airport        2014     2024     Change over ten years\n"
        "Northfield     12.4     18.9            +52%\n"))
    assert "ten years" not in cells
    assert cells["18.9"]["value"] == pytest.approx(18.9e6)


def test_a_change_column_in_ppt_is_in_percentage_points(extract_both):
    cells = by_text(extract_both(
        "Table 7. Passenger load factor by region (percent)\n\n"
        "  Region        Load factor   Change (ppt)\n"
        "  Europe               83.4           +1.2\n"))
    assert cells["+1.2"]["unit"] == "percentage point"


def test_a_range_from_below_zero_is_one_figure(extract_both):
    found = by_text(extract_both("Prices are predicted to change by 1.1 percent, with a prediction interval of "
                                 "-2.4 to 4.8 percent."))
    assert "-2.4 to 4.8 percent" in found


def test_a_signed_change_after_its_comparison_restates_it(extract_both):
    doc = extract_both("Deliveries reached 82,400 tonnes, 2,150 tonnes more than a year earlier (+2.7%).")
    assert "82,400 tonnes" in _links(doc, "+2.7%", "MODIFIES")


def test_a_title_of_two_measures_gives_each_column_its_unit(extract_both):
    cells = by_text(extract_both(
        "Table 8. Heat pump installations (thousand units) and share of new heating systems (%)\n\n"
        "  Country        Installations 2024   Share 2024\n"
        "  Sweden                       91.2           43\n"))
    assert cells["91.2"]["value"] == pytest.approx(91200) and cells["43"]["unit"] == "percent"


@pytest.mark.parametrize(
    "text,change,figure",
    [
        ("The board approved 96 projects in 2024, up from 71 in 2023 (an increase of 35.2%).", "35.2%", "96"),
        ("Landings fell to 6,120 tonnes from 6,980 (-12.3%).", "-12.3%", "6,120 tonnes"),
    ],
)
def test_a_bracketed_change_after_an_earlier_value_is_of_the_figure_compared(extract_both, text, change, figure):
    assert figure in _links(extract_both(text), change, "MODIFIES")  # (C41-38)


def test_a_bracketed_column_counts_what_the_gloss_names(extract_both):
    cells = by_text(extract_both(
        "Table 9. Insolvencies by sector, October 2024 (number; jobs affected in brackets)\n\n"
        "  Sector                 Oct 2023       Oct 2024\n"
        "  Retail                  38 (412)       45 (530)\n"))
    assert cells["45"]["unit"] != "job" and cells["530"]["unit"] == "job"
