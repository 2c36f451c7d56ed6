"""Readings found in session 50 from the failures of the read splits and from releases of genres no probe held when
they were written (quarterly national accounts, labour force surveys, housing vacancies, bank lending surveys, rents
and house prices). Each case is a sentence of our own in the style of such releases and runs on the rules alone and on
the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,figure,category,unit",
    [
        ("Ferry sailings to and from the islands numbered 12,480 in the summer season.", "12,480",
         "Ferry sailings to and from the islands", "sailing"),
        ("Flights into and out of the capital totalled 9,315 in August, a fifth of all movements.", "9,315",
         "Flights into and out of the capital", "flight"),
    ],
)
def test_coordinated_prepositions_keep_the_subject_whole(extract_both, text, figure, category, unit):
    doc = extract_both(text)
    assert _links(doc, figure, "CATEGORY") == {category}
    assert by_text(doc)[figure]["unit"] == unit


def test_a_comparison_opening_a_later_clause_after_and_serves_that_clause(extract_both):
    doc = extract_both("Compared with June, registrations rose by 3 100 in the north and by 1 400 in the south, and "
                       "compared with July 2023 they were up by 8 900 and 5 200 respectively.")
    assert _links(doc, "3 100", "BASELINE") == {"June"}
    assert _links(doc, "8 900", "BASELINE") == {"July 2023"}
    assert _links(doc, "5 200", "BASELINE") == {"July 2023"}


@pytest.mark.parametrize(
    "text,figures,baseline",
    [
        ("Construction output fell by 2.3% in Germany and by 1.1% in France compared with September 2023.",
         ["2.3%", "1.1%"], "September 2023"),
        ("Retail volumes rose by 0.6% in the euro area, by 0.4% in the EU and by 1.2% in Poland compared with the "
         "previous month.", ["0.6%", "0.4%", "1.2%"], "the previous month"),
    ],
)
def test_a_comparison_after_a_list_of_changes_by_serves_every_change(extract_both, text, figures, baseline):
    doc = extract_both(text)
    for figure in figures:
        assert _links(doc, figure, "BASELINE") == {baseline}, figure


def test_earlier_steps_in_a_list_share_the_comparison_before_them(extract_both):
    doc = extract_both("Employment grew 0.2% in both areas in the fourth quarter, following quarter-on-quarter "
                       "increases of 0.3% and 0.4% respectively in the third quarter.")
    assert _links(doc, "0.3%", "BASELINE") == {"quarter-on-quarter"}
    assert _links(doc, "0.4%", "BASELINE") == {"quarter-on-quarter"}


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Business investment slipped 0.4% after a sharp rise in the first quarter.", "0.4%"),
        ("The confidence balance dropped to -12.5, after a brief recovery in August.", "-12.5"),
    ],
)
def test_the_time_of_an_event_the_figure_follows_is_not_its_period(extract_both, text, figure):
    assert _links(extract_both(text), figure, "PERIOD") == set()


def test_a_period_still_dates_the_figure_it_follows(extract_both):
    doc = extract_both("Sales rose 1.1% in November after a flat October.")
    assert _links(doc, "1.1%", "PERIOD") == {"in November"}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Passenger arrivals in November up 14% on a year earlier", "14%", "Passenger arrivals"),
        ("Housing completions in the third quarter down 8.2% from the same quarter of 2023", "8.2%",
         "Housing completions"),
    ],
)
def test_a_headline_subject_before_its_time_names_the_change(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_a_change_in_money_is_not_of_a_count_in_an_aside(extract_both):
    doc = extract_both("Disability payments, made to about 1.2 million recipients, increased by $0.9 billion "
                       "(6.3 per cent).")
    assert _links(doc, "$0.9 billion", "MODIFIES") == set()
    assert _links(doc, "$0.9 billion", "CATEGORY") == {"Disability payments"}


TABLE_WITH_MARKS = """Table 2 - Value added by activity, second quarter of 2024 (rates of change, %)

Activity                  Q2/Q1 (1)   Q2 2024/Q2 2023   4 quarters (2)
Agriculture                  -1.2            -2.0              -3.1
Manufacturing                 0.7             2.9               2.2
Services                      1.1             3.8               3.0

(1) Seasonally adjusted. (2) Last four quarters against the four before them.
"""


def test_footnote_marks_and_spans_of_time_in_a_header_are_no_figures(extract_both):
    doc = extract_both(TABLE_WITH_MARKS)
    figures = by_text(doc)
    assert "1" not in figures and "2" not in figures and "4 quarters" not in figures
    assert figures["0.7"]["unit"] == "percent" and figures["0.7"]["metric"] == "CHANGE"
    assert figures["-3.1"]["unit"] == "percent"


DOT_LEADERS = """Quarterly estimates, second quarter 2024:

  Rental Vacancy Rate ............ 6.6%
  Homeownership Rate ............. 65.6%
"""


def test_dot_leaders_end_a_rows_label(extract_both):
    doc = extract_both(DOT_LEADERS)
    assert _links(doc, "6.6%", "CATEGORY") == {"Rental Vacancy Rate"}
    assert _links(doc, "65.6%", "CATEGORY") == {"Homeownership Rate"}


@pytest.mark.parametrize(
    "text,absent,present",
    [
        ("The July 2024 euro area bank lending survey was answered by 154 banks.", "2024 euro", "154"),
        ("Headline inflation in the 2025 euro zone projections is 2.1%.", "2025 euro", "2.1%"),
    ],
)
def test_a_year_before_euro_area_is_no_money(extract_both, text, absent, present):
    figures = by_text(extract_both(text))
    assert absent not in figures and present in figures
    assert all(q["unit"] != "euro" for q in figures.values())


def test_bracketed_changes_of_a_list_of_levels_share_the_first_ones_direction(extract_both):
    doc = extract_both("Average weekly earnings fell to £612 (2.1%) in the North East, £655 (1.4%) in Wales and "
                       "£640 (0.8%) in Northern Ireland.")
    figures = by_text(doc)
    assert [figures[f]["direction"] for f in ("2.1%", "1.4%", "0.8%")] == ["down", "down", "down"]


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("Output is estimated to have risen by 1.2% in April, May and June 2024.", "1.2%",
         "in April, May and June 2024"),
        ("Visitor numbers in October, November and December were up 6% on the same months of 2023.", "6%",
         "in October, November and December"),
    ],
)
def test_a_list_of_months_with_one_year_is_one_period(extract_both, text, figure, period):
    assert _links(extract_both(text), figure, "PERIOD") == {period}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Arts & Recreation output rose by 2.2% in the quarter.", "2.2%", "Arts & Recreation output"),
        ("Wholesale trade fell by 1.0% and Transport & Storage by 0.4%.", "0.4%", "Transport & Storage"),
    ],
)
def test_an_ampersand_joins_one_name(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Wind supplied 29.4 percent of net generation and solar 9.8 percent.", "9.8 percent", "solar"),
        ("Services prices rose 4.1% on the year and goods prices 1.2%.", "1.2%", "goods prices"),
    ],
)
def test_a_gapped_clause_after_a_complement_has_its_own_subject(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


LED_BY = """The rise in exports was led by:
  - Iron ore, up $512m (6%), on higher prices;
  - Cereal grains, down $84m (3%), after a smaller harvest.
"""


def test_a_list_items_label_before_a_comma_names_its_change(extract_both):
    doc = extract_both(LED_BY)
    assert _links(doc, "$512m", "CATEGORY") == {"Iron ore"}
    assert _links(doc, "$84m", "CATEGORY") == {"Cereal grains"}


@pytest.mark.parametrize(
    "text,step,period",
    [
        ("Output grew by 0.4% in the third quarter compared with the previous quarter, after contracting by 0.3% in "
         "the second quarter.", "0.3%", "in the second quarter"),
        ("Retail volumes rose 0.6% on the month in October, after slipping 0.2% in September.", "0.2%",
         "in September"),
    ],
)
def test_a_step_after_a_participle_of_change_takes_no_comparison(extract_both, text, step, period):
    doc = extract_both(text)
    assert _links(doc, step, "BASELINE") == set()
    assert _links(doc, step, "PERIOD") == {period}


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Household spending rose by 0.5%, the same pace as in the second quarter.", "0.5%"),
        ("The central bank lowered its policy rate by 50 basis points, its third cut after its first move in "
         "September.", "50 basis points"),
    ],
)
def test_the_time_of_a_value_compared_or_an_earlier_move_dates_no_figure(extract_both, text, figure):
    assert _links(extract_both(text), figure, "PERIOD") == set()


def test_a_copula_after_but_shares_the_clauses_subject(extract_both):
    doc = extract_both("Coal exports fell by 2.4 percent compared with August but were 6.7 percent higher than in "
                       "September 2023.")
    assert _links(doc, "6.7 percent", "CATEGORY") == {"Coal exports"}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Industrial production up by 1.1% and construction down by 0.6% in the euro area", "0.6%", "construction"),
        ("Retail trade volume up by 0.3% in the EU", "0.3%", "Retail trade volume"),
    ],
)
def test_a_headline_change_up_by_names_its_subject(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Shipments to Canada rose 4% and shipments from Mexico 2%.", "2%", "shipments from Mexico"),
        ("Of the 2.4 million passengers, Terminal 1 at Dublin Airport handled 1.3 million and the low-cost pier at "
         "Cork Airport 0.6 million.", "0.6 million", "low-cost pier at Cork Airport"),
    ],
)
def test_a_gapped_subject_keeps_its_complement(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_a_named_terminal_with_its_number_heads_a_subject(extract_both):
    doc = extract_both("Of the 2.4 million passengers, Terminal 1 at Dublin Airport handled 1.3 million.")
    assert _links(doc, "1.3 million", "CATEGORY") == {"Terminal 1 at Dublin Airport"}


def test_the_subject_of_a_verb_recording_an_increase_is_what_changed(extract_both):
    doc = extract_both("Full-time employment rose by 21,000, while Tasmania recorded an increase of 1,300 people "
                       "(+0.5%).")
    assert _links(doc, "1,300", "CATEGORY") == {"Tasmania"}


def test_an_aside_on_how_the_subject_is_measured_is_passed_over(extract_both):
    doc = extract_both("Wholesale trade sales for September 2024, adjusted for seasonal variation and trading-day "
                       "differences, but not for price changes, were $684.2 billion.")
    assert _links(doc, "$684.2 billion", "CATEGORY") == {"Wholesale trade sales"}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("MenB coverage at 12 months was 91.8% in 2023-24.", "91.8%", "MenB coverage at 12 months"),
        ("Coverage of the 4-in-1 booster at 5 years was 84.2% in 2023-24.", "84.2%",
         "Coverage of the 4-in-1 booster at 5 years"),
    ],
)
def test_the_age_a_coverage_is_measured_at_stays_in_the_subject(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_a_list_of_parts_of_one_counted_whole_are_counts(extract_both):
    doc = extract_both("Drivers and passengers accounted for 212 and 57 of the fatalities respectively (74% and 20%).")
    figures = by_text(doc)
    assert figures["212"]["metric"] == "COUNT" and figures["57"]["metric"] == "COUNT"
    assert figures["212"]["unit"] == "fatality"


def test_over_the_first_months_of_a_year_opening_a_sentence_is_its_period(extract_both):
    doc = extract_both("Over the first ten months of 2024, exports were 3.2 percent higher than in the same period of "
                       "2023.")
    assert _links(doc, "3.2 percent", "PERIOD") == {"Over the first ten months of 2024"}
    assert _links(doc, "3.2 percent", "BASELINE") == {"the same period of 2023"}


def test_over_the_first_months_after_a_change_is_its_comparison(extract_both):
    doc = extract_both("Travel reached 1,912.4 billion vehicle miles, an increase of 1.1% over the first seven months "
                       "of 2023.")
    assert _links(doc, "1.1%", "BASELINE") == {"the first seven months of 2023"}


def test_an_index_less_foods_and_energy_is_one_subject(extract_both):
    doc = extract_both("Prices for final demand services rose 0.3 percent in May and the index for final demand goods "
                       "less foods and energy edged up 0.2 percent.")
    assert _links(doc, "0.2 percent", "CATEGORY") == {"index for final demand goods less foods and energy"}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The port handled 14.6 million tonnes of cargo in 2023, of which 9.8 million tonnes in container traffic.",
         "9.8 million tonnes", "container traffic"),
        ("Sales abroad reached 4.3 billion euros, of which 2.7 billion euros to other euro area countries.",
         "2.7 billion euros", "other euro area countries"),
    ],
)
def test_a_verbless_part_takes_the_phrase_that_places_it(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_steps_listed_with_their_own_times_share_the_comparison_before_them(extract_both):
    doc = extract_both("Bankruptcy filings in October 2024 were 6.1% higher than in October 2023, after year-on-year "
                       "increases of 11.2% in September and 14.9% in August.")
    assert _links(doc, "11.2%", "BASELINE") == {"year-on-year"}
    assert _links(doc, "14.9%", "BASELINE") == {"year-on-year"}
    assert _links(doc, "14.9%", "PERIOD") == {"in August"}
