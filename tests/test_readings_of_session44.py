"""Readings found in releases of genres no probe holds (gambling yield, park visits, early school leavers, coffee
markets, household spending surveys, earnings, internet use, cruise passengers): ranked groups named by a container
noun, parts that are the subject of their own verb, wrapped plain-text lines, release numbers, sized containers and
brackets that state a change after an apposed change noun. Each case is a sentence of our own in the style of such
releases and runs on the rules alone and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, quantities, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,figures,unit",
    [
        ("The largest groups of first-time applicants came from Eritrea (1,412), Somalia (903) and Iraq (655).",
         ["1,412", "903", "655"], "applicant"),
        ("The biggest shares of new registrations went to Tesla (8,410) and Volvo (6,205).", ["8,410", "6,205"],
         "registration"),
    ],
)
def test_a_ranked_container_counts_the_plural_after_its_of(extract_both, text, figures, unit):
    cells = by_text(extract_both(text))
    for figure in figures:
        assert cells[figure]["unit"] == unit, figure


def test_a_part_that_is_the_subject_of_its_verb_counts_what_the_whole_counts(extract_both):
    doc = extract_both("Of the 2,718 knife-crime arrests, 1,904 (70.1 per cent) involved young men and 412 "
                       "(15.2 per cent) involved girls.")
    cells = by_text(doc)
    assert cells["1,904"]["unit"] == "arrest"
    assert cells["412"]["unit"] == "arrest"


def test_a_part_after_a_copula_counts_its_predicate(extract_both):
    cells = by_text(extract_both("Of the 6,120 arrests, 4,310 were men aged 18 to 34."))
    assert cells["4,310"]["unit"] == "person"


def test_a_population_of_a_figure_counts_people_after_a_list_of_places(extract_both):
    cells = by_text(extract_both(
        "Among the 14 large provinces with a population of more than 30 lakh, nine recorded inflation above the "
        "national rate. The district, with a population of 48,300, lost 120 jobs."))
    assert cells["48,300"]["unit"] == "person"


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("Net revenue was £8.2 billion (+3.1% on a year earlier; +9.4% on 2018-19), so the levy, at £1.6 billion "
         "(-0.7%), made up 19.5% of the total.", "+9.4%", "£8.2 billion"),
        ("Output reached 41.3 million tonnes (+2.2% on the year; +6.0% on 2019), while imports, at 9.8 million "
         "tonnes, fell.", "+6.0%", "41.3 million tonnes"),
    ],
)
def test_changes_in_a_figures_bracket_reach_no_level_after_the_bracket(extract_both, text, change, level):
    doc = extract_both(text)
    assert _links(doc, change, "MODIFIES") == {level}


@pytest.mark.parametrize(
    "text,changes,level",
    [
        ("Arabica futures rose less (+7.35 US cents; +3.2%) to 236.90 US cents/lb.", ["+7.35 US cents", "+3.2%"],
         "236.90 US cents/lb"),
        ("Nickel fell (-$410; -2.6%) to $15,380 a tonne in the month.", ["-$410", "-2.6%"], "$15,380 a tonne"),
    ],
)
def test_a_signed_pair_in_the_changes_own_bracket_reaches_the_level_after_it(extract_both, text, changes, level):
    doc = extract_both(text)
    for change in changes:
        assert _links(doc, change, "MODIFIES") == {level}, change


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Authority | Press release 23-041\nCargo throughput rose 4.0% to 61.2 million tonnes.",
        "Ref. 2024-017: cargo throughput rose 4.0% to 61.2 million tonnes.",
    ],
)
def test_a_number_with_a_zero_padded_second_part_is_an_identifier(extract_both, text):
    texts = [q["text"] for q in quantities(extract_both(text))]
    assert texts == ["4.0%", "61.2 million tonnes"]


def test_a_street_address_with_a_possessive_is_no_figure(extract_both):
    texts = [q["text"] for q in quantities(extract_both(
        "Exports rose 3% in November. Enquiries: 41 St John's Wood Road, London NW8."))]
    assert texts == ["3%"]


def test_the_size_of_a_counted_container_with_its_count_stays_one_figure(extract_both):
    cells = by_text(extract_both("Shipments totalled 9,870 thousand 60-kg bags in October."))
    assert cells["9,870 thousand 60-kg bags"]["unit"] == "bag"


def test_a_title_phrase_with_its_scale_names_what_the_cells_count(extract_both):
    cells = by_text(extract_both(
        "Table 1. Busiest stations, passenger entries and exits (millions), 2022-23 and 2023-24\n"
        "Station                         2022-23   2023-24   Change\n"
        "Waterloo                          41.42     57.93   +39.9%\n"
        "Victoria                          36.76     50.46   +37.3%\n"))
    assert cells["57.93"]["unit"] == "entry"
    assert cells["50.46"]["value"] == 50460000


@pytest.mark.parametrize(
    "text,changes,figure",
    [
        ("Passenger numbers reached 48.1 million in 2024, a rise (+3.9 million; +8.8%) on 2023 that took them past "
         "the record.", ["+3.9 million", "+8.8%"], "48.1 million"),
        ("Landings of cod came to 61,240 tonnes in 2023, a fall (-4.2%) on 2022.", ["-4.2%"], "61,240 tonnes"),
    ],
)
def test_a_bracket_after_an_apposed_change_noun_changes_the_clauses_figure(extract_both, text, changes, figure):
    doc = extract_both(text)
    for change in changes:
        assert _links(doc, change, "MODIFIES") == {figure}, change


def test_a_change_in_points_in_a_bracket_reaches_its_level_after_a_comma(extract_both):
    doc = extract_both("Compared with 2014, eleven regions cut their rate, most of all Castile (-8.2 pp, to 9.1%), "
                       "Murcia (-6.0 pp) and Aragon (-4.4 pp).")
    assert _links(doc, "-8.2 pp", "MODIFIES") == {"9.1%"}


@pytest.mark.parametrize("word", ["below", "above"])
def test_a_preposition_after_a_counted_noun_is_never_its_unit(extract_both, word):
    cells = by_text(extract_both(f"2014 to 2024: eleven regions {word} the national rate\n\nThe rate fell."))
    assert cells["eleven"]["unit"] == "region"


@pytest.mark.parametrize(
    "text",
    [
        "Further detail is in table 2204 on the website. Sales rose 4%.",
        "Methods are set out in annex 12 of the report. Sales rose 4%.",
    ],
)
def test_a_table_or_annex_number_in_running_text_is_no_figure(extract_both, text):
    assert [q["text"] for q in quantities(extract_both(text))] == ["4%"]


@pytest.mark.parametrize(
    "text,figure,unit,metric",
    [
        ("Average pre-tax income of consumer units in the survey increased 7.6\npercent to $98,420 in the "
         "year.", "7.6\npercent", "percent", "CHANGE"),
        ("Spending on the items in the survey rose in eleven of the 14 major\ncomponents of the household "
         "budget.", "14", "component", "COUNT"),
    ],
)
def test_a_figure_and_its_unit_on_two_wrapped_lines_are_read_together(extract_both, text, figure, unit, metric):
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells[figure]["unit"] == unit and cells[figure]["metric"] == metric
    assert doc["text"] == text  # the record keeps the source's line breaks


@pytest.mark.parametrize(
    "text,figures",
    [
        ("Table 1. Outlays by item (USD)\nHousing                  24,298    25,436\nfood away from home      "
         "3,458     3,635\n", ["24,298", "25,436", "3,458", "3,635"]),
        ("Exports rose 3%.\nimports fell 2%.", ["3%", "2%"]),
    ],
)
def test_table_rows_and_short_lines_are_not_joined(extract_both, text, figures):
    doc = extract_both(text)
    assert [q["text"] for q in quantities(doc)] == figures


@pytest.mark.parametrize(
    "text,level,bound,baseline",
    [
        ("Tobacco seized at the border came to 418 tonnes, more than twice the quantity established in 2021.",
         "418 tonnes", ">", "the quantity established in 2021"),
        ("The median rent in the capital was EUR 1,940, almost twice the national figure.", "EUR 1,940", "~",
         "the national figure"),
        ("Burglaries numbered 2,315, twice as many as in the previous month.", "2,315", "=", "the previous month"),
    ],
)
def test_twice_before_a_compared_value_is_a_multiple_with_its_baseline(extract_both, text, level, bound, baseline):
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells["twice"]["value"] == 2 and cells["twice"]["unit"] == "times"
    assert cells["twice"]["metric"] == "CHANGE" and cells["twice"]["direction"] == "up"
    assert cells["twice"]["bound"] == bound
    assert _links(doc, "twice", "MODIFIES") == {level}
    assert _links(doc, "twice", "BASELINE") == {baseline}


@pytest.mark.parametrize("text", ["The survey is run twice a year by the office.",
                                  "A traveller who enters twice is counted twice in the data."])
def test_twice_as_a_frequency_is_no_figure(extract_both, text):
    assert quantities(extract_both(text)) == []


def test_a_figure_followed_by_its_multiple_keeps_its_own_unit(extract_both):
    doc = extract_both("Fraud cases reached 6,207, three times the 2019 number.")
    cells = by_text(doc)
    assert cells["6,207"]["unit"] == "case" and cells["6,207"]["metric"] == "COUNT"
    assert cells["three times"]["unit"] == "times" and cells["three times"]["metric"] == "CHANGE"
    assert _links(doc, "three times", "MODIFIES") == {"6,207"}


def test_a_verb_after_to_is_neither_unit_nor_category(extract_both):
    doc = extract_both("The association puts ocean passengers at 31.7 million in 2023, with demand expected to keep "
                       "rising to 35.7 million in 2024.")
    cells = by_text(doc)
    assert cells["35.7 million"]["unit"] != "keep" and cells["35.7 million"]["metric"] == "COUNT"
    assert _links(doc, "35.7 million", "CATEGORY") == {"demand"}


@pytest.mark.parametrize(
    "text,kept",
    [
        ("The top decile rose 5.2% to £1,390, so the ratio between the two fell to 3.0.", ["5.2%", "£1,390", "3.0"]),
        ("Between the two quarters, retail sales increased 1.4%.", ["1.4%"]),
        ("The two regions together grew 3.1%.", ["two", "3.1%"]),
    ],
)
def test_the_two_after_between_is_a_pronoun(extract_both, text, kept):
    assert [q["text"] for q in quantities(extract_both(text))] == kept


def test_a_share_in_words_before_a_bracketed_count_counts_the_whole(extract_both):
    cells = by_text(extract_both("The three leading causes together accounted for about a quarter of all admissions "
                                 "(41,208; 24.6%) in the year."))
    assert cells["41,208"]["unit"] == "admission"


@pytest.mark.parametrize(
    "text,value",
    [
        ("The age-standardised rate fell to 61.4 deaths per 100,000 people in 2023 and was 3.1% below the five-year "
         "average (63.4).", "63.4"),
        ("The rate fell to 7.2 deaths per 100,000 people, 4% lower than the 2015 to 2019 average of 7.5.", "7.5"),
    ],
)
def test_a_value_after_a_changes_baseline_takes_the_levels_unit(extract_both, text, value):
    cells = by_text(extract_both(text))
    assert cells[value]["unit"] == "death per 100,000 people" and cells[value]["metric"] == "SHARE"


def test_a_change_column_in_points_makes_a_percent_table_hold_rates(extract_both):
    doc = extract_both(
        "Table 2. Share of adults who voted, by age group: 2018 and 2022 (percent)\n\n"
        "Age group            2018      2022      Change (points)\n"
        "18 to 29              36        28           -8\n"
        "65 and over           66        71           +5\n")
    cells = by_text(doc)
    assert cells["71"]["unit"] == "percent" and cells["71"]["metric"] == "SHARE"
    assert cells["+5"]["unit"] == "percentage point" and cells["+5"]["metric"] == "CHANGE"
    assert _links(doc, "+5", "MODIFIES") == {"71"}


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Note: 1 GW = 1,000 MW. Capacity rose 9% to 1,021 GW.", ["9%", "1,021 GW"]),
        ("Pledges made at COP28 would lift capacity by 4% to 3.2 TW.", ["4%", "3.2 TW"]),
    ],
)
def test_conversions_and_glued_codes_are_no_figures(extract_both, text, kept):
    assert [q["text"] for q in quantities(extract_both(text))] == kept


def test_a_share_column_named_with_its_year_holds_shares(extract_both):
    cells = by_text(extract_both(
        "Table 3: Journeys per person by mode, 2019 and 2023\n\n"
        "Mode             2019   2023   Change on 2019   Share 2023\n"
        "Walk              250    263        +5%            29%\n"
        "Bus                48     41       -15%             4%\n"))
    assert cells["29%"]["metric"] == "SHARE" and cells["4%"]["metric"] == "SHARE"
    assert cells["-15%"]["metric"] == "CHANGE"


def test_ranges_listed_after_an_age_are_ages(extract_both):
    cells = by_text(extract_both("Women aged 25-34, 35-44 and 45-54 reported 3.1, 2.8 and 2.2 hours respectively."))
    for age in ("25-34", "35-44", "45-54"):
        assert cells[age]["unit"] == "year" and cells[age]["metric"] == "AMOUNT", age


def test_a_units_abbreviation_in_brackets_keeps_the_comparatives_direction(extract_both):
    doc = extract_both("In 2023, 7.4% of households were in arrears, 1.6 percentage points (pp) lower than the 9.0% "
                       "recorded in 2014.")
    cells = by_text(doc)
    assert cells["1.6 percentage points"]["direction"] == "down"
    assert _links(doc, "1.6 percentage points", "MODIFIES") == {"7.4%"}


def test_renting_at_market_price_is_no_price_change(extract_both):
    cells = by_text(extract_both("Almost one in four households renting at market price (23.1%) were overcrowded, "
                                 "compared with 6.2% of owners."))
    assert cells["23.1%"]["metric"] == "SHARE" and cells["6.2%"]["metric"] == "SHARE"


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("Packaging waste by material, EU, 2022 (kg per person; change since 2013 in brackets)\n"
         "- Paper and cardboard: 72 (+9)\n- Plastic: 36 (+7)\n", "+7", "2013"),
        ("Disposable income, percent change from preceding month (percent change from month one year ago in "
         "brackets)\n- June 2024: 0.3 (4.1)\n- July 2024: 0.2 (3.8)\n", "3.8", "month one year ago"),
    ],
)
def test_a_lists_gloss_names_the_bracketed_changes_baseline(extract_both, text, change, baseline):
    assert _links(extract_both(text), change, "BASELINE") == {baseline}


def test_the_largest_increase_since_a_date_is_no_baseline(extract_both):
    doc = extract_both("Holdings of sterling money rose by £18.4 billion, the largest increase since March 2021.")
    assert _links(doc, "£18.4 billion", "BASELINE") == set()


@pytest.mark.parametrize(
    "text,multiple,baseline",
    [
        ("Daily traffic on the toll roads averaged 41.7 million vehicles, 1.4 times that on ordinary days.",
         "1.4 times", "that on ordinary days"),
        ("The top decile spent 88,410 yuan, 6.2 times that of the lowest decile.", "6.2 times",
         "that of the lowest decile"),
    ],
)
def test_times_that_of_names_the_multiples_baseline(extract_both, text, multiple, baseline):
    assert _links(extract_both(text), multiple, "BASELINE") == {baseline}


def test_a_holiday_in_a_lists_gloss_is_the_bracketed_changes_baseline(extract_both):
    doc = extract_both("Visitors by crossing, Golden Week 2024 (daily average; change on the 2023 Golden Week in "
                       "brackets)\n- North crossing: 84 000 (+5.2%)\n- West crossing: 51 000 (-1.9%)\n")
    assert _links(doc, "-1.9%", "BASELINE") == {"the 2023 Golden Week"}


def test_an_age_in_a_headings_gloss_leaves_it_a_heading(extract_both):
    doc = extract_both("Labour market, October 2024 (persons aged 16-64; change on October 2023 in brackets)\n"
                       "- Employed persons: 3,114,000 (+22,000)\n- Unemployed persons: 141,000 (-6,000)\n")
    assert _links(doc, "+22,000", "BASELINE") == {"October 2023"}
    assert _links(doc, "-6,000", "BASELINE") == {"October 2023"}


def test_lengths_of_time_written_as_hours_and_minutes(extract_both):
    cells = by_text(extract_both(
        "Table 2: Average daily time spent watching video, by age group, 2023 and 2024 (hours:minutes)\n\n"
        "Age group   2023   2024   Change\n"
        "Total       3:12   3:27   +0:15\n\n"
        "The service desk opens at 09:30."))
    assert cells["3:27"]["unit"] == "hour" and abs(cells["3:27"]["value"] - 3.45) < 0.01
    assert cells["+0:15"]["metric"] == "CHANGE" and abs(cells["+0:15"]["value"] - 0.25) < 0.01
    assert "09:30" not in cells


def test_a_clock_time_without_the_declaration_is_no_figure(extract_both):
    assert [q["text"] for q in quantities(extract_both("Trading closed at 16:30 with the index up 1.2%."))] == ["1.2%"]


@pytest.mark.parametrize(
    "text,joined",
    [
        ("Average pre-tax income of consumer units in the survey increased 7.6\npercent to $98,420.", True),
        ("--Transport outlays grew 4.4 percent to $12,880, with purchases of new cars\n  rising on the year.", True),
        ("Spending on food rose in the year, and the detail by item is shown in the list below with\n"
         "  \u2022 food at home up 4 percent", False),
        ("Exports (calendar and seasonally adjusted), April 2024, in billions of euros\n133.2 billion euros", False),
        ("Table 1. Employed persons by economic sector and by region of residence\n(thousand persons)", False),
        ("Exports rose 3%.\nimports fell 2%.", False),
    ],
)
def test_only_lines_wrapped_in_running_text_are_joined(text, joined):
    from pipeline.runner import unwrap_lines

    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert ("\n" not in out) == joined


def test_points_of_a_score_are_index_points(extract_both):
    doc = extract_both("Estonia scored 510 points in science, 20 points fewer than in 2018, and 523 score points in "
                       "mathematics.")
    cells = by_text(doc)
    assert cells["510 points"]["unit"] == "index point" and cells["510 points"]["metric"] == "AMOUNT"
    assert cells["20 points"]["unit"] == "index point" and cells["20 points"]["metric"] == "CHANGE"
    assert cells["523 score points"]["unit"] == "index point"


def test_a_bare_change_column_under_a_title_in_points(extract_both):
    cells = by_text(extract_both(
        "Table 4. Average reading scale score, 2021, and change since 2016 (score points)\n\n"
        "Country            Grade 4   Change\n"
        "Ireland                577       +11\n"
        "Norway                 539        -4\n"))
    assert cells["+11"]["unit"] == "index point" and cells["+11"]["metric"] == "CHANGE"
    assert cells["-4"]["unit"] == "index point"


def test_an_irregular_participle_is_never_a_counted_noun(extract_both):
    doc = extract_both("Of the 5,120 calves born in the region last spring, 4,300 survived the winter.")
    assert all(q["unit"] != "bear" for q in quantities(doc))


def test_a_month_over_month_slash_in_a_heading_names_the_baseline(extract_both):
    doc = extract_both("Turnover of services, change October 2024 / October 2023, per cent\n"
                       "- Transport and storage: 3.4\n- Information and communication: -1.2\n")
    assert _links(doc, "3.4", "BASELINE") == {"October 2023"}
