"""Session 19's constructions (GUIDELINES C19-1..C19-30), each written anew: figures under a heading that names
changes, net flows, price comparatives and fractions before comparatives, levels reached by revision, items with
paired brackets, subjects interrupted by their figure, respectively items with abbreviations, figures stated for a
group, times a figure equals, fronted intervals and fiscal quarters, shares and their baselines, changes after a
compared value, decimal commas, units of transport work, addresses, numbers to call and number words in names."""

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


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Private Final Consumption Expenditure (PFCE) and Gross Fixed Capital Formation (GFCF) grew by 6.1 per cent "
         "and 5.2 per cent respectively.",
         [("6.1 per cent", "Private Final Consumption Expenditure (PFCE)"),
          ("5.2 per cent", "Gross Fixed Capital Formation (GFCF)")]),
        ("Narrow money (M1), demand deposits (DD) and time deposits (TD) rose by 4.4%, 2.0% and 7.9% respectively.",
         [("4.4%", "Narrow money (M1)"), ("2.0%", "demand deposits (DD)"), ("7.9%", "time deposits (TD)")]),
    ],
)
def test_respectively_lists_whose_items_carry_an_abbreviation_in_brackets(extract_both, text, expected):
    rel = relations(extract_both(text))
    for figure, category in expected:
        assert (figure, "CATEGORY", category) in rel, figure


def test_a_second_clause_after_a_percent_keeps_its_own_subject(extract_both):
    rel = relations(extract_both("Merchandise exports increased by 4.6 per cent and imports declined by 1.3 per cent "
                                 "in the quarter."))
    assert ("4.6 per cent", "CATEGORY", "Merchandise exports") in rel
    assert ("1.3 per cent", "CATEGORY", "imports") in rel


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In October the employment rate of people aged 55 to 64 was 61.2% for men and 54.8% for women.",
         [("61.2%", "men"), ("54.8%", "women")]),
        ("The application fee stays at $85 for an adult passport and $45 for a child passport.",
         [("$85", "an adult passport"), ("$45", "a child passport")]),
    ],
)
def test_figures_each_stated_for_a_group_take_that_group(extract_both, text, expected):
    rel = relations(extract_both(text))
    for figure, category in expected:
        assert (figure, "CATEGORY", category) in rel, figure


def test_a_row_label_names_a_count_written_with_persons(extract_both):
    rel = relations(extract_both("Summary, third quarter of 2024\n- Persons outside the labour force: 66.1 million "
                                 "persons\n- Discouraged workers: 3.1 million persons\n"))
    assert ("66.1 million", "CATEGORY", "Persons outside the labour force") in rel
    assert ("3.1 million", "CATEGORY", "Discouraged workers") in rel


def test_a_net_flow_on_a_labelled_row_is_the_label_and_its_comparison_too(extract_both):
    doc = extract_both("Headline figures, year ended June 2024\n- migrant departures: 88,200, up 12 percent;\n"
                       "- annual net migration: a gain of 21,400, compared with a gain of 47,900.\n")
    rel = relations(doc)
    assert ("21,400", "CATEGORY", "annual net migration") in rel
    assert ("47,900", "CATEGORY", "annual net migration") in rel
    assert by_text(doc)["47,900"]["metric"] == "COUNT"


def test_a_pronoun_with_its_complement_is_the_subject(extract_both):
    rel = relations(extract_both("Imports from Korea fell 3.4% to ¥402.1 billion and those from Taiwan rose 8.8% to "
                                 "¥377.5 billion."))
    assert ("¥377.5 billion", "CATEGORY", "those from Taiwan") in rel


def _periods(doc: dict, figure: str) -> set[str]:
    return {child for head, label, child in relations(doc) if head == figure and label == "PERIOD"}


@pytest.mark.parametrize(
    "text,figure,period,not_period",
    [
        ("The jobless rate was 3.4% in August – October 2024, the same as in July – September 2024, and the "
         "underemployment rate was 1.2%.", "1.2%", "in August – October 2024", "in July – September 2024"),
        ("In March, the surveyed unemployment rate was 5.1 percent, the same as that in February, and the rate for "
         "young people was 14.7 percent.", "14.7 percent", "In March", "in February"),
    ],
)
def test_the_time_a_figure_equals_is_no_period(extract_both, text, figure, period, not_period):
    found = _periods(extract_both(text), figure)
    assert period in found and not_period not in found


def test_a_fronted_interval_of_two_dated_months_is_one_period(extract_both):
    doc = extract_both("From March 2023 to March 2024, heating oil and diesel became 7.5% and 3.9% cheaper "
                       "respectively.")
    assert _periods(doc, "7.5%") == {"From March 2023 to March 2024"}
    assert not any(label == "BASELINE" for _, label, _ in relations(doc))


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("The unemployment rate is projected to peak at 5.3 per cent by mid-2026.", "5.3 per cent", "by mid-2026"),
        ("The rate was 4.2 per cent in October, up from a low of 3.6 per cent in late 2023.", "3.6 per cent",
         "in late 2023"),
    ],
)
def test_early_mid_and_late_years_are_periods(extract_both, text, figure, period):
    assert period in _periods(extract_both(text), figure)


@pytest.mark.parametrize(
    "text,share",
    [
        ("Officers refused entry to 4,120 passengers in 2024, 11% fewer than in 2023, and 3,380 of them (82%) were "
         "refused at the main airport.", "82%"),
        ("The office issued 9,870 decisions in 2024, a 35% increase on 2023, of which 6,110 were refusals (62%).",
         "62%"),
        ("Trade with the bloc reached 4.31 trillion yuan, up 7.2% year-on-year and accounting for 14.6% of total "
         "foreign trade.", "14.6%"),
    ],
)
def test_a_share_is_compared_with_nothing_but_the_level_it_is_a_share_of(extract_both, text, share):
    doc = extract_both(text)
    assert by_text(doc)[share]["metric"] == "SHARE"
    assert not any(head == share and label == "BASELINE" for head, label, _ in relations(doc))


def test_a_share_of_an_earlier_level_keeps_that_level_as_baseline(extract_both):
    rel = relations(extract_both("Passenger trips reached 61.4 million, recovering to 88.2% of the level in the same "
                                 "period of 2019."))
    assert any(head == "88.2%" and label == "BASELINE" for head, label, _ in rel)


def test_bracketed_shares_listed_before_a_verb_of_sharing_are_shares(extract_both):
    figures = by_text(extract_both("Permissions rose 6.1% on a year earlier; Ukraine (18.3%), India (12.6%) and "
                                   "Brazil (9.4%) accounted for the largest shares."))
    for share in ("18.3%", "12.6%", "9.4%"):
        assert figures[share]["metric"] == "SHARE", share


def test_forecast_years_listed_after_over_are_each_a_period(extract_both):
    doc = extract_both("GDP growth is forecast to be 1.9 per cent and 2.4 per cent over 2025 and 2026 respectively.",
                       date="2024-11-26")
    rel = relations(doc)
    assert ("1.9 per cent", "PERIOD", "over 2025") in rel
    assert ("2.4 per cent", "PERIOD", "2026") in rel
    assert not any(label == "BASELINE" for _, label, _ in rel)


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("Real GVA grew by 5.6 per cent, while real GDP growth was 0.2 percentage points lower than that of real GVA.",
         "0.2 percentage points", "that of real GVA"),
        ("Output of high-tech industries grew by 8.1 percent, 2.7 percentage points faster than that of all "
         "industries above designated size.", "2.7 percentage points", "that of all industries above designated size"),
    ],
)
def test_a_measure_named_after_than_that_of_is_the_baseline(extract_both, text, change, baseline):
    assert (change, "BASELINE", baseline) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("Nominal GDP for the quarter is placed at ₹81.20 lakh crore as against ₹75.30 lakh crore in Q3 of 2023-24, "
         "which works out to a growth rate of 7.8 per cent.", "7.8 per cent", "₹81.20 lakh crore"),
        ("Net national income for 2024-25 is estimated at ₹2,01,330, compared with ₹1,85,910 for 2023-24, an increase "
         "of 8.3 per cent.", "8.3 per cent", "₹2,01,330"),
        ("The jobless rate was 5.9%, a decline of 0.4 percentage point from the quarter from June to August 2024 (6.3%) "
         "and of 1.1 percentage points compared with the same quarter of 2023 (7.0%).", "1.1 percentage points",
         "5.9%"),
        ("Real GVA is estimated at ₹42.10 lakh crore (₹39.80 lakh crore a year earlier), up 5.8 per cent, and Nominal "
         "GVA at ₹72.40 lakh crore (₹66.90 lakh crore), up 8.2 per cent.", "5.8 per cent", "₹42.10 lakh crore"),
    ],
)
def test_a_change_after_a_compared_value_changes_the_level_not_the_earlier_value(extract_both, text, change, level):
    assert (change, "MODIFIES", level) in relations(extract_both(text))


def test_a_bracketed_restatement_is_still_the_level_its_change_modifies(extract_both):
    rel = relations(extract_both("Northern Rail had the lowest punctuality (41.2%), a fall of 5.3 percentage points "
                                 "compared with April to June 2023."))
    assert ("5.3 percentage points", "MODIFIES", "41.2%") in rel


def test_an_earlier_value_dated_in_its_bracket_is_no_part(extract_both):
    doc = extract_both("The labour force grew by around 4 100 over the same period, to 3 842 700 (3 838 600 in the "
                       "preceding period).")
    rel = relations(doc)
    assert ("3 838 600", "PERIOD", "in the preceding period") in rel
    assert not any(head == "3 838 600" and label == "PART_OF" for head, label, _ in rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Compared with October 2023, dairy products became markedly more expensive (+14.2%), while consumers paid "
         "18.4% less for potatoes.", "+14.2%", "dairy products"),
        ("Compared with October 2023, dairy products became markedly more expensive (+14.2%), while consumers paid "
         "18.4% less for potatoes.", "18.4%", "potatoes"),
    ],
)
def test_prices_that_became_dearer_or_were_paid_less_for(extract_both, text, figure, category):
    assert (figure, "CATEGORY", category) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Border officers refused entry to 4,310 non-EU nationals at the country's ports in 2024.", "4,310", "national"),
        ("Arrivals by air included 2,160 Georgian nationals.", "2,160", "person"),
        ("Of the 2,950 small boat arrivals in the quarter, 640 were Eritrean nationals.", "640", "person"),
    ],
)
def test_nationals_written_with_their_figure_are_nationals(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("In total, 2,480 people left the country under a deportation order during the year.", "2,480", "people"),
        ("Last year 5,120 people granted refugee status settled in the northern region.", "5,120",
         "people granted refugee status"),
    ],
)
def test_a_verb_with_its_object_ends_the_counted_noun(extract_both, text, figure, category):
    assert (figure, "CATEGORY", category) in relations(extract_both(text))


def test_having_opens_no_counted_noun(extract_both):
    figures = by_text(extract_both("In total, 1,340 people were returned in 2024, of whom 1,020 left voluntarily, 610 "
                                   "of them having applied for asylum."))
    assert figures["610"]["unit"] == "person"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The estimated number of working days lost because of industrial action was 61,000 in March 2024.", "61,000",
         "day"),
        ("Deaths due to extreme heat rose to 389 in the summer of 2023.", "389", "death"),
        ("Hospital admissions owing to respiratory infections reached 12,450 in January.", "12,450", "admission"),
    ],
)
def test_a_two_word_preposition_ends_the_counted_noun(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,direction",
    [
        ("Burglary in the region is now almost a third higher than it was five years ago.", "a third", "up"),
        ("Job vacancies fell to 0.98 million, about a fifth below their 2022 peak.", "a fifth", "down"),
        ("Wheat output was more than a quarter higher than the year before.", "a quarter", "up"),
    ],
)
def test_a_fraction_before_a_comparative_is_a_change(extract_both, text, figure, direction):
    found = by_text(extract_both(text))[figure]
    assert (found["metric"], found["direction"], found["unit"]) == ("CHANGE", direction, "percent")


@pytest.mark.parametrize(
    "text,name_word",
    [
        ("The combined Index of Eight Core Industries decreased by 1.8 per cent in October.", "Eight"),
        ("Appointments booked through the CBP One mobile application rose to 44,000.", "One"),
        ("Output at the Three Gorges plant rose 6.1% in July.", "Three"),
    ],
)
def test_a_number_word_inside_a_name_is_no_quantity(extract_both, text, name_word):
    assert name_word not in by_text(extract_both(text))


def test_number_words_of_a_title_case_headline_are_still_figures(extract_both):
    figures = by_text(extract_both("Visitor Arrivals Exceed Four Million in October\n\nArrivals rose 8.2% on a year "
                                   "earlier."))
    assert figures["Four Million"]["value"] == 4_000_000


@pytest.mark.parametrize(
    "text,number",
    [
        ("Contact: Statistics Office, Harbour Boulevard 12, 118 45 Stockholm, Sweden.", "12"),
        ("Contact: Statistics Office, Harbour Boulevard 12, 118 45 Stockholm, Sweden.", "118"),
        ("Further advice is available on the national health line, 1450.", "1450"),
        ("Incidents can be reported online or, in an emergency, 112.", "112"),
    ],
)
def test_addresses_and_numbers_to_call_are_no_quantities(extract_both, text, number):
    assert number not in by_text(extract_both(text))


def test_a_count_after_the_word_line_is_still_a_count(extract_both):
    assert by_text(extract_both("The new line carried 41,200 passengers in its first month."))["41,200"]["unit"] == \
        "passenger"


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("Real GDP grew by 6.2 per cent in Q3 of 2024-25, against 8.6 per cent in Q3 of 2023-24.", "6.2 per cent",
         "in Q3 of 2024-25"),
        ("In H1 of 2024-25, real GVA grew by 6.1 per cent.", "6.1 per cent", "In H1 of 2024-25"),
        ("Exports rose 4.8 per cent in the first quarter of 2025-26.", "4.8 per cent", "in the first quarter of 2025-26"),
    ],
)
def test_quarters_and_halves_of_a_fiscal_year_are_one_period(extract_both, text, figure, period):
    assert (figure, "PERIOD", period) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure,value,unit",
    [
        ("The official unemployment rate was 32,1% in the third quarter of 2024.", "32,1%", 32.1, "percent"),
        ("The number of employed persons rose by 294 000 to 16,9 million.", "16,9 million", 16_900_000, None),
        ("Exports reached R1,2 billion in October.", "R1,2 billion", 1_200_000_000, "south african rand"),
        ("Output rose 2,5 per cent year on year.", "2,5 per cent", 2.5, "percent"),
    ],
)
def test_a_decimal_comma_before_a_unit_or_scale_is_read(extract_both, text, figure, value, unit):
    found = by_text(extract_both(text))[figure]
    assert found["value"] == pytest.approx(value)
    if unit is not None:
        assert found["unit"] == unit


def test_a_comma_without_a_unit_after_it_stays_no_decimal(extract_both):
    figures = by_text(extract_both("Sales were 8,419 units, and items 1,23 were listed."))
    assert figures["8,419"]["value"] == 8419
    assert "1,23" not in figures


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Traffic on national roads reached 61.4 billion vehicle-kilometres in 2024.", "61.4 billion vehicle-kilometres",
         "vehicle kilometer"),
        ("US airlines flew 91.3 billion revenue passenger-miles in July, up 3.9%.",
         "91.3 billion revenue passenger-miles", "passenger mile"),
        ("Capacity rose to 107.5 billion available seat-miles.", "107.5 billion available seat-miles", "seat mile"),
    ],
)
def test_units_of_transport_work(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


def test_a_rate_reached_and_its_earlier_value_in_brackets_modify_nothing(extract_both):
    doc = extract_both("Motor traffic rose by 1.8% to 334.6 billion vehicle miles, so the fatality rate fell to 4.7 "
                       "deaths per billion vehicle miles (4.9 a year earlier).")
    rel = relations(doc)
    assert not any(head in ("4.7 deaths per billion vehicle miles", "4.9") and label == "MODIFIES"
                   for head, label, _ in rel)
    assert ("4.9", "PERIOD", "a year earlier") in rel


def test_the_level_a_named_change_reaches_is_no_change(extract_both):
    figures = by_text(extract_both("The March figures reflected an increase in the goods deficit of $4.1 billion "
                                   "(+4.4 percent) to $97.3 billion."))
    assert figures["$97.3 billion"]["metric"] == "MONEY"
