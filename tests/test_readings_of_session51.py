"""Readings found in session 51 from the failures of the read splits: comparison points named with ``than in``, averages
over a run of years, the times and categories of values a figure is compared with, and period phrases of holidays,
weekdays and trading days. Each case is a sentence of our own in the style of such releases and runs on the rules alone
and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


def _span(doc, label, text):
    found = [s for s in doc["spans"] if s["label"] == label and doc["text"][s["start"]:s["end"]] == text]
    assert found, (label, text)
    return found[0]


@pytest.mark.parametrize(
    "text,figure,baseline,btype",
    [
        ("Cargo handled in May came to 41,200 tonnes, 12% more than a year earlier and 4% above the May 2019 volume.",
         "4%", "the May 2019 volume", "year"),
        ("Capital goods were 0.8% dearer than in August 2023 and 0.3% cheaper than in the month before.",
         "0.3%", "the month before", "mom"),
        ("The vacancy rate was 4.1% in the third quarter, 0.2 percentage points lower than in the second quarter.",
         "0.2 percentage points", "the second quarter", "qoq"),
        ("Hospital admissions were 2.6% higher than in the previous quarter.", "2.6%", "the previous quarter", "qoq"),
    ],
)
def test_a_time_compared_after_than_in_is_named_without_its_preposition(extract_both, text, figure, baseline, btype):
    doc = extract_both(text)
    assert _links(doc, figure, "BASELINE") == {baseline}
    assert _span(doc, "BASELINE", baseline)["type"] == btype


@pytest.mark.parametrize(
    "text,figure,baseline",
    [
        ("Autumn rainfall was 18% above the 1991-2020 average across the northern districts.", "18%",
         "the 1991-2020 average"),
        ("Visitor numbers at the coastal parks remained 6% below the 2017 to 2019 average.", "6%",
         "the 2017 to 2019 average"),
    ],
)
def test_an_average_over_a_run_of_years_is_a_comparison_point_of_no_one_year(extract_both, text, figure, baseline):
    doc = extract_both(text)
    assert _links(doc, figure, "BASELINE") == {baseline}
    span = _span(doc, "BASELINE", baseline)
    assert (span["type"], span["year"]) == ("other", None)


def test_a_previous_value_of_a_group_keeps_its_time_from_the_figures_after_it(extract_both):
    doc = extract_both("One-year survival of adults diagnosed with lung cancer during 2017-2021 reached 41.5%, up from "
                       "27.9% among those diagnosed during 2002-2006, and was highest among women aged under 50 (58.2%).")
    assert _links(doc, "27.9%", "PERIOD") == {"during 2002-2006"}
    assert _links(doc, "58.2%", "PERIOD") == {"during 2017-2021"}


def test_compared_shares_with_their_counts_in_brackets_keep_the_rate_and_their_own_times(extract_both):
    doc = extract_both("The rate of labour underutilisation stood at 16.2%, the equivalent of 18.1 million people, "
                       "against 16.5% (18.3 million) in the quarter ended in June and 17.9% (19.6 million) in the same "
                       "quarter of 2023.")
    assert _links(doc, "16.5%", "MODIFIES") == set()
    assert _links(doc, "16.5%", "CATEGORY") == {"rate of labour underutilisation"}
    assert _links(doc, "16.5%", "PERIOD") == {"in the quarter ended in June"}
    assert _links(doc, "17.9%", "MODIFIES") == set()
    assert _links(doc, "17.9%", "PERIOD") == {"in the same quarter of 2023"}
    assert _links(doc, "16.2%", "PERIOD") == set()
    assert _links(doc, "18.1 million", "PERIOD") == set()


def test_a_share_of_a_count_hands_its_compared_values_the_counts_category(extract_both):
    doc = extract_both("Self-employed workers numbered 25.9 million in the quarter, or 25.4% of all employed persons, "
                       "compared with 25.1% in the previous quarter.")
    assert _links(doc, "25.4%", "MODIFIES") == {"25.9 million"}
    assert _links(doc, "25.1%", "CATEGORY") == {"Self-employed workers"}


@pytest.mark.parametrize(
    "text,period",
    [
        ("During the Dragon Boat Festival and Qingming holiday, 110 million domestic trips were made.",
         "During the Dragon Boat Festival and Qingming holiday"),
        ("The settlement price on the last trading day of the year was 97.50 yuan per tonne.",
         "on the last trading day of the year"),
        ("Crude oil inventories stood at 421.9 million barrels as of Friday, November 29, 2024.",
         "as of Friday, November 29, 2024"),
        ("During the festive period, residents are expected to make about 2.4 million trips across the border.",
         "During the festive period"),
    ],
)
def test_holiday_trading_day_and_weekday_phrases_date_the_figure(extract_both, text, period):
    doc = extract_both(text)
    figure = next(q for q in doc["spans"] if q["label"] == "QUANTITY")
    assert _links(doc, doc["text"][figure["start"]:figure["end"]], "PERIOD") == {period}


def test_a_festive_period_and_a_later_holiday_stay_two_periods(extract_both):
    doc = extract_both("Card spending rose 3.1% in the festive period and 1.4% in the summer holiday.")
    assert _links(doc, "3.1%", "PERIOD") == {"in the festive period"}
    assert _links(doc, "1.4%", "PERIOD") == {"in the summer holiday"}
    assert by_text(doc)["3.1%"]["metric"] == "CHANGE"


@pytest.mark.parametrize(
    "text,figure,direction",
    [
        ("Wholesale volumes slip 0.4% in October as fuel sales ease.", "0.4%", "down"),
        ("Household deposits swell 3.2% over the year to September.", "3.2%", "up"),
        ("Factory orders tumble 5.5% in November.", "5.5%", "down"),
    ],
)
def test_a_change_verb_in_the_present_tense_states_a_change(extract_both, text, figure, direction):
    doc = extract_both(text)
    assert by_text(doc)[figure]["metric"] == "CHANGE"
    assert by_text(doc)[figure]["direction"] == direction


def test_an_adjective_before_a_range_is_no_change_verb(extract_both):
    doc = extract_both("The jobless rate has moved within a narrow range of 4.1 to 4.4 percent since March 2023.")
    assert by_text(doc)["4.1 to 4.4 percent"]["metric"] == "SHARE"


@pytest.mark.parametrize(
    "text,figure,metric",
    [
        ("In October, 71.3% of ambulance handovers took place within 30 minutes, compared with 69.8% a year earlier.",
         "69.8%", "SHARE"),
        ("The vacancy rate was 2.9 per cent in June, up from a low of 2.2 per cent in mid-2021.", "2.2 per cent",
         "SHARE"),
        ("The participation rate of women aged 25 to 54 was 81.4% in the quarter, while that of men aged 25 to 54 was "
         "90.2%.", "90.2%", "SHARE"),
        ("Producer prices rose 1.3% in October, compared with 0.9% in September.", "0.9%", "CHANGE"),
    ],
)
def test_a_percent_compared_with_a_percent_keeps_its_metric(extract_both, text, figure, metric):
    doc = extract_both(text)
    assert by_text(doc)[figure]["metric"] == metric


def test_a_measure_gloss_in_brackets_does_not_keep_a_change_from_its_level(extract_both):
    doc = extract_both("Throughput rose by 3.1% in tonnes to 92.6 million tonnes and by 4.4% in TEU (twenty-foot "
                       "equivalent units) to 4.9 million TEU.")
    assert _links(doc, "4.4%", "MODIFIES") == {"4.9 million TEU"}
    assert _links(doc, "3.1%", "MODIFIES") == {"92.6 million tonnes"}


def test_changes_listed_after_a_respectively_lists_time_modify_its_levels_in_order(extract_both):
    doc = extract_both("Annual goods exports and annual goods imports were $71.2 billion and $79.6 billion respectively "
                       "in the year ended June 2024, changes of -$0.9 billion and -$3.8 billion on the year ended "
                       "June 2023.")
    assert _links(doc, "-$0.9 billion", "MODIFIES") == {"$71.2 billion"}
    assert _links(doc, "-$3.8 billion", "MODIFIES") == {"$79.6 billion"}


def test_changes_within_a_change_are_its_parts(extract_both):
    doc = extract_both("In August 2024, receipts rose by £2.9 billion to £79.6 billion, while spending increased by "
                       "£4.6 billion to £92.3 billion.\n\nWithin this, net social benefits and staff pay grew by £2.4 "
                       "billion and £1.3 billion respectively, while debt interest fell by £0.8 billion to £7.1 "
                       "billion.")
    assert _links(doc, "£2.4 billion", "PART_OF") == {"£4.6 billion"}
    assert _links(doc, "£1.3 billion", "PART_OF") == {"£4.6 billion"}
    assert _links(doc, "£7.1 billion", "PART_OF") == set()


def test_among_this_opens_the_parts_of_the_total_before(extract_both):
    doc = extract_both("Total goods trade reached 4.1 trillion yuan in the first half, up 6.1%. Among this, exports were "
                       "2.3 trillion yuan and imports were 1.8 trillion yuan.")
    assert _links(doc, "2.3 trillion yuan", "PART_OF") == {"4.1 trillion yuan"}
    assert _links(doc, "1.8 trillion yuan", "PART_OF") == {"4.1 trillion yuan"}


def test_named_counts_in_brackets_that_add_up_are_parts(extract_both):
    doc = extract_both("The 57 outbreaks were reported by Bavaria (21), Saxony (14), Hesse (12) and Thuringia (10), and "
                       "most involved care homes.")
    for part in ("21", "14", "12", "10"):
        assert _links(doc, part, "PART_OF") == {"57"}, part


def test_a_total_after_together_gathers_the_parts_but_not_their_count(extract_both):
    doc = extract_both("Germany was the largest destination, with 12,310 students, followed by France (8,245), Spain "
                       "(6,020) and Italy (4,425), and together the four countries received 31,000 students.")
    for part in ("12,310", "8,245", "6,020", "4,425"):
        assert _links(doc, part, "PART_OF") == {"31,000"}, part
    assert _links(doc, "four", "PART_OF") == set()


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Exports of tractors reached 48,300 in the first ten months, up 12.6%.", "48,300", "tractor"),
        ("Shipments of smartphones fell to 61.2 million in the quarter.", "61.2 million", "smartphone"),
        ("Registrations of motorcycles totalled 412,000 in 2024.", "412,000", "registration"),
    ],
)
def test_a_flow_of_goods_counts_the_things_after_of(extract_both, text, figure, unit):
    doc = extract_both(text)
    assert by_text(doc)[figure]["unit"] == unit


def test_a_part_after_of_whom_counts_its_wholes_noun_and_is_named_by_no_subject(extract_both):
    doc = extract_both("Border officers detained 3,480 passengers in 2024, of whom 612 (17.6%) were aged 16 to 19.")
    assert by_text(doc)["612"]["unit"] == "passenger"
    assert _links(doc, "612", "PART_OF") == {"3,480"}
    assert _links(doc, "612", "CATEGORY") == set()


def test_a_lone_modifier_shared_by_the_next_conjunct_stays_in_the_first_item(extract_both):
    doc = extract_both("Furniture and furniture parts manufacturers and paper mills recorded output gains of 1.2 percent "
                       "and 0.7 percent, respectively, over the quarter.")
    assert _links(doc, "1.2 percent", "CATEGORY") == {"Furniture and furniture parts manufacturers"}
    assert _links(doc, "0.7 percent", "CATEGORY") == {"paper mills"}


def test_the_time_of_the_same_rate_dates_no_later_figure(extract_both):
    doc = extract_both("Rents for private housing rose 3.1% year over year in October, the same rate as in September, "
                       "while rents for social housing went up 2.2% (+2.5% in September).")
    assert _links(doc, "2.2%", "PERIOD") == {"in October"}
    assert _links(doc, "+2.5%", "PERIOD") == {"in September"}


def test_a_comparison_opening_the_clause_after_a_semicolon_serves_that_clause(extract_both):
    doc = extract_both("Compared with August 2024, the number of jobseekers fell by 12 000 (-0.4%) in the north and by "
                       "5 000 in the south; compared with September 2023, it was lower by 98 000 (-2.9%) and 41 000 "
                       "(-1.8%) respectively.")
    assert _links(doc, "12 000", "BASELINE") == {"August 2024"}
    assert _links(doc, "98 000", "BASELINE") == {"September 2023"}
    assert _links(doc, "41 000", "BASELINE") == {"September 2023"}


def test_the_same_month_of_a_year_is_a_dated_baseline(extract_both):
    doc = extract_both("Export sales fell by 8.2% to US$4.91 billion in July 2024 from US$5.35 billion in the same month "
                       "of 2023.")
    span = _span(doc, "BASELINE", "the same month of 2023")
    assert (span["type"], span["year"]) == ("year", 2023)


def test_a_count_restated_after_a_compared_share_takes_the_earlier_counts_category(extract_both):
    doc = extract_both("The rate of labour underutilisation stood at 16.2%, the equivalent of 18.1 million people, "
                       "against 16.5% (18.3 million) in the quarter ended in June.")
    assert _links(doc, "18.3 million", "CATEGORY") == {"people"}
    assert _links(doc, "18.3 million", "PERIOD") == {"in the quarter ended in June"}


def test_an_organisations_forecast_is_a_baseline_but_not_after_on(extract_both):
    doc = extract_both("Borrowing in the financial year to October 2024 was £90.4 billion, £8.3 billion more than the "
                       "OBR's March 2024 forecast (£82.1 billion). Output fell 0.1 percent in the June quarter and, on "
                       "the Bank's estimates, fell a further 0.4 percent in the September quarter.")
    assert _links(doc, "£8.3 billion", "BASELINE") == {"the OBR's March 2024 forecast"}
    assert _links(doc, "0.4 percent", "BASELINE") == set()


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The dairy herd contracted by 1.8 per cent to 6.1 million cows over the year.", "6.1 million", "dairy herd"),
        ("Passenger flights declined by 2.2 percent to 41,930 departures in October.", "41,930", "Passenger flights"),
    ],
)
def test_the_level_a_change_verb_reaches_is_its_subjects(extract_both, text, figure, category):
    doc = extract_both(text)
    assert _links(doc, figure, "CATEGORY") == {category}


def test_a_pre_pandemic_year_ending_is_one_period(extract_both):
    doc = extract_both("The rate was 74.1 offences per 1,000 population, compared with 75.0 in the YE March 2024 and "
                       "70.3 in the pre-pandemic YE March 2020.")
    assert _links(doc, "70.3", "PERIOD") == {"in the pre-pandemic YE March 2020"}
    assert _links(doc, "70.3", "CATEGORY") != {"the pre-pandemic"}
    assert by_text(doc)["70.3"]["unit"] == "offense per 1,000 population"
    assert by_text(doc)["70.3"]["metric"] == "SHARE"


def test_a_share_restating_a_partitive_is_the_parts(extract_both):
    doc = extract_both("Quebec alone accounted for 412 of the 780 additional claims, or just over half.")
    assert _links(doc, "half", "MODIFIES") == {"412"}


def test_a_share_with_its_count_in_brackets_modifies_the_count(extract_both):
    doc = extract_both("Of the 3,920 incidents, about 41% (1,607) were violent, mostly common assault.")
    assert _links(doc, "41%", "MODIFIES") == {"1,607"}
    assert _links(doc, "1,607", "PART_OF") == {"3,920"}


def test_a_run_of_years_after_a_is_no_period(extract_both):
    doc = extract_both("Reports of fraud against older people fell for a second year, down 14% to 2,310.")
    assert _links(doc, "2,310", "PERIOD") == set()
    assert _links(doc, "14%", "PERIOD") == set()


def test_a_footnote_mark_after_a_header_cells_unit_is_no_figure(extract_both):
    doc = extract_both("Freight market, November 2024\n(year-on-year change, %)\n\n"
                       "  Region        Share (1)     FTK     AFTK   Load factor (%-pt) (2)   Load factor (level) (3)\n"
                       "  Total              100.0%        6.1      4.2          0.8             46.9\n"
                       "  Africa               2.1%        2.4      5.0         -1.1             40.2\n")
    assert "2" not in by_text(doc)
    assert {"100.0%", "6.1", "4.2", "46.9", "2.1%"} <= set(by_text(doc))


def test_a_dateline_ending_on_a_dotted_abbreviation_is_no_part_of_the_subject(extract_both):
    doc = extract_both("Washington, D.C. - Mortgage applications in the United States were 6.2 percent higher in "
                       "November than in October.")
    assert _links(doc, "6.2 percent", "CATEGORY") == {"Mortgage applications in the United States"}


def test_the_numbers_of_an_inline_list_are_no_figures(extract_both):
    doc = extract_both("The three metro areas with the largest gains were: 1) Boise, 9.1 percent; 2) Tulsa, 8.7 "
                       "percent; and 3) Akron, 8.2 percent.")
    assert not {"1", "2", "3"} & set(by_text(doc))
    assert {"9.1 percent", "8.7 percent", "8.2 percent"} <= set(by_text(doc))
