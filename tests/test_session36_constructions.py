"""Session 36's constructions (GUIDELINES C36-1..), each written anew from how health agencies, statistics offices,
customs, survey bodies and trade ministries state their figures."""

import pytest

from conftest import by_text, check, relations


@pytest.mark.parametrize("text,cell,unit", [
    ("Suicides in Wales\n\nTable 3: Registered suicides and age-standardised rates per 100,000 people, by health "
     "board, 2023\n\nHealth board        Suicides    Rate\nCardiff and Vale         61    12.4\nPowys                    "
     "19    15.1\n", "12.4", "suicide per 100,000 people"),
    ("Hospital admissions\n\nTable 1: Emergency admissions and crude rates per 1,000 population, by region\n\n"
     "Region      Admissions    Rate\nNorth           412,300    98.2\nSouth           388,150    91.7\n", "91.7",
     "admission per 1,000 population"),
])
def test_a_title_s_rate_counts_the_plural_named_before_rates(extract_both, text, cell, unit):
    assert by_text(extract_both(text))[cell]["unit"] == unit


@pytest.mark.parametrize("text,figure,unit", [
    ("In 2023 there were 1,905 drug misuse deaths registered in the region. Inverclyde recorded the highest rate, at "
     "44.7 per 100,000 people.", "44.7 per 100,000 people", "death per 100,000 people"),
    ("Police recorded 6,212 knife offences in the year to March. Rates among men were 31.0 per 100,000 people, "
     "against 4.2 per 100,000 people among women.", "31.0 per 100,000 people", "offense per 100,000 people"),
])
def test_a_rate_naming_nothing_counts_the_paragraph_s_count(extract_both, text, figure, unit):
    q = by_text(extract_both(text))[figure]
    assert q["unit"] == unit and q["metric"] == "SHARE", q


@pytest.mark.parametrize("text,figure,category,unit,value", [
    ("Harvest summary\n\nOutput (thousand tonnes): maize 412.6, sorghum 118.3, millet 64.0.", "412.6", "maize",
     "ton", 412600),
    ("Visitors\n\nArrivals by market (thousands): Japan 84.1, Korea 61.7 and Taiwan 40.2.", "84.1", "Japan", None,
     84100),
])
def test_the_first_item_of_a_labelled_list_names_its_figure(extract_both, text, figure, category, unit, value):
    doc = extract_both(text)
    q = by_text(doc)[figure]
    check(relations(doc), [(figure, "CATEGORY", category)])
    assert q["value"] == pytest.approx(value), q
    if unit is not None:
        assert q["unit"] == unit, q


@pytest.mark.parametrize("gloss", ["(same month of previous year = 100)", "(corresponding period of 2023 = 100)",
                                   "(December 2023 = 100)"])
def test_an_index_based_on_an_earlier_period_holds_index_levels(extract_both, gloss):
    text = (f"Industrial production\n\nTable 2. Sold production of industry {gloss}\n\nSection          Oct 2024   "
            "Nov 2024\nMining              96.4      98.1\nManufacturing      101.9     102.6\n")
    q = by_text(extract_both(text))["101.9"]
    assert q["unit"] == "index point" and q["metric"] == "AMOUNT", q


def test_a_name_in_quotation_marks_is_whole(extract_both):
    text = ('The highest annual growth of output was recorded in the division "manufacture of computer, electronic '
            'and optical products" (by 14.2%).')
    check(relations(extract_both(text)),
          [("14.2%", "CATEGORY", "manufacture of computer, electronic and optical products")])


@pytest.mark.parametrize("text,threshold,change", [
    ("In firms employing more than 49 persons, average gross wages rose by 10.6% year on year.", "49", "10.6%"),
    ("Among households with fewer than 3 members, spending on food fell 2.4% in real terms.", "3", "2.4%"),
])
def test_a_size_that_defines_the_group_is_modified_by_no_change(extract_both, text, threshold, change):
    doc = extract_both(text)
    assert not any(h == change and label == "MODIFIES" and c.startswith(threshold) for h, label, c in relations(doc))


@pytest.mark.parametrize("text,figure", [
    ("The economic sentiment indicator stood at -12.7 in December, after -11.9 in November.", "-12.7"),
    ("The economic sentiment indicator stood at -12.7 in December, after -11.9 in November.", "-11.9"),
    ("Business confidence in retail fell to -24 in the fourth quarter.", "-24"),
])
def test_a_signed_survey_balance_is_a_level(extract_both, text, figure):
    q = by_text(extract_both(text))[figure]
    assert q["metric"] == "AMOUNT" and q["unit"] == "index point", q


def test_a_signed_money_balance_keeps_its_currency(extract_both):
    q = by_text(extract_both("The current account balance was -3.4 billion euro in October."))["-3.4 billion euro"]
    assert q["unit"] == "euro", q


@pytest.mark.parametrize("title", ["Table 4. Provisional counts of road deaths by road user type",
                                   "Table 4. Number of road deaths by road user type"])
def test_a_title_naming_counts_of_a_plural_counts_it(extract_both, title):
    text = f"Road safety\n\n{title}\n\nRoad user          2023    2024\nPedestrians         385     361\n"
    assert by_text(extract_both(text))["361"]["unit"] == "death"


def test_a_bare_cell_counts_what_its_column_s_total_row_names(extract_both):
    text = ("Fire statistics\n\nPreliminary totals by cause\n\nCause                              2023      2024\n"
            "All accidental dwelling fires    24,870    23,915\nMisuse of equipment              11,230    10,880\n")
    doc = extract_both(text)
    assert by_text(doc)["10,880"]["unit"] == "fire"
    assert by_text(doc)["23,915"]["unit"] == "fire"


def test_an_adjective_before_counts_in_a_title_counts_nothing(extract_both):
    text = ("Deaths\n\nFinal provisional counts by cause\n\nCause          2023    2024\nCancer        1,204   1,188\n")
    assert by_text(extract_both(text))["1,188"]["unit"] != "provisional"


@pytest.mark.parametrize("text,figure,category", [
    ("Germany remained the largest supplier of imported machinery in the third quarter at EUR 4.1 billion, ahead of "
     "Italy.", "EUR 4.1 billion", "Germany"),
    ("Mexico was the biggest source of remittances to the region in 2024 at $64.7 billion.", "$64.7 billion",
     "Mexico"),
])
def test_a_superlative_predicate_with_a_complement_ranks_its_subject(extract_both, text, figure, category):
    check(relations(extract_both(text)), [(figure, "CATEGORY", category)])


def test_two_initialisms_joined_by_a_slash_are_no_percent(extract_both):
    q = by_text(extract_both("Canal traffic reached 52.3 million PC/UMS tons in the quarter."))["52.3 million"]
    assert q["unit"] != "percent" and q["metric"] == "AMOUNT", q


@pytest.mark.parametrize("text,figure,value,category", [
    ("Eight out of ten firms reported higher input costs.", "Eight out of ten", 80, "firms"),
    ("Roughly 2 out of 5 renters spent more than a third of income on rent.", "2 out of 5", 40, "renters"),
])
def test_a_small_n_out_of_m_is_a_proportion(extract_both, text, figure, value, category):
    doc = extract_both(text)
    q = by_text(doc)[figure]
    assert q["metric"] == "SHARE" and q["value"] == pytest.approx(value), q
    check(relations(doc), [(figure, "CATEGORY", category)])


def test_a_large_n_out_of_m_is_a_part_of_its_whole(extract_both):
    doc = extract_both("Across industry, 412 out of 598 products posted higher output in October.")
    assert by_text(doc)["412"]["unit"] == "product"
    check(relations(doc), [("412", "PART_OF", "598")])


@pytest.mark.parametrize("text,figure,subject", [
    ("Container throughput rose for the seventh consecutive month to 1.21 million TEU.", "1.21 million TEU",
     "Container throughput"),
    ("Job vacancies fell for the 12th straight quarter to 41,500.", "41,500", "Job vacancies"),
])
def test_a_run_of_periods_names_no_category(extract_both, text, figure, subject):
    doc = extract_both(text)
    assert not any(h == figure and label == "CATEGORY" and ("consecutive" in c or "straight" in c)
                   for h, label, c in relations(doc))
    check(relations(doc), [(figure, "CATEGORY", subject)])


@pytest.mark.parametrize("text,change,baseline", [
    ("Visitor spending was 8% below the level of April to June 2019.", "8%",
     "the level of April to June 2019"),
    ("Freight volumes stood 4.5% above the total for the first half of 2022.", "4.5%",
     "the total for the first half of 2022"),
])
def test_the_level_of_a_time_is_the_baseline(extract_both, text, change, baseline):
    check(relations(extract_both(text)), [(change, "BASELINE", baseline)])


@pytest.mark.parametrize("text,figure,category", [
    ("MADRID - Overnight stays in hotels rose 3.1% in October.", "3.1%", "Overnight stays in hotels"),
    ("OTTAWA — Wholesale sales fell 0.6% in October.", "0.6%", "Wholesale sales"),
])
def test_a_dateline_is_no_part_of_the_subject(extract_both, text, figure, category):
    check(relations(extract_both(text)), [(figure, "CATEGORY", category)])


def test_a_category_stops_before_the_preposition_of_its_time(extract_both):
    doc = extract_both("Customs made 412 seizures of counterfeit goods at the port in March and April.")
    assert not any(h == "412" and label == "CATEGORY" and c.endswith(" in") for h, label, c in relations(doc))


def test_a_past_verb_after_a_bracketed_aside_ends_the_subject(extract_both):
    doc = extract_both("Government spending (including transfers) contributed +0.2 points to growth in the quarter.")
    check(relations(doc), [("+0.2 points", "CATEGORY", "Government spending (including transfers)")])


def test_a_particle_names_nothing(extract_both):
    doc = extract_both("Investment fell back (-1.1% after +0.7%) in the second quarter.")
    check(relations(doc), [("-1.1%", "CATEGORY", "Investment"), ("+0.7%", "CATEGORY", "Investment")])


@pytest.mark.parametrize("text,figure,unit", [
    ("Police recovered 318 knives during the amnesty.", "318", "knife"),
    ("The scheme saved an estimated 40 lives last winter.", "40", "life"),
    ("Road safety measures saved 112 lives in 2024.", "112", "life"),
    ("Supermarkets emptied 1,200 shelves of bottled water.", "1,200", "shelf"),
])
def test_plurals_in_ves(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


@pytest.mark.parametrize("heading,period", [("Arrests by offence, 12 months to June", "12 months to June"),
                                            ("Arrests by offence, year to June", "year to June")])
def test_a_heading_s_trailing_period_without_a_year(extract_both, heading, period):
    text = f"Arrests\n\n{heading}\n\nOffence              2023      2024\nBurglary            1,204     1,118\n"
    doc = extract_both(text)
    assert period in [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["label"] == "PERIOD"]
    assert "12 months" not in by_text(doc)


def test_a_coordinated_verb_shares_its_clause_s_subject(extract_both):
    doc = extract_both("Net exports weakened markedly and subtracted -0.3 points from growth in the third quarter.")
    check(relations(doc), [("-0.3 points", "CATEGORY", "Net exports")])


@pytest.mark.parametrize("text,figure,label,child", [
    ("Ski resorts sold 2.3 million passes in winter 2023-24.", "2.3 million", "PERIOD", "in winter 2023-24"),
    ("Beach visits fell 6% this summer.", "6%", "PERIOD", "this summer"),
    ("Hospital admissions for influenza were 14% higher than last winter.", "14%", "BASELINE", "last winter"),
    ("Overnight stays rose 2.2% on summer 2023.", "2.2%", "BASELINE", "summer 2023"),
])
def test_seasons_are_times(extract_both, text, figure, label, child):
    check(relations(extract_both(text)), [(figure, label, child)])


@pytest.mark.parametrize("text,second,level", [
    ("Tourist arrivals reached 1,204,300 in October, up 12.1% from 1,074,200 in October 2023 and 4.5% higher than "
     "October 2019.", "4.5%", "1,204,300"),
    ("Production rose to 812 units, up 3.0% from 788 a year earlier and 6.2% above the 2019 level.", "6.2%", "812"),
])
def test_a_second_comparison_modifies_the_first_one_s_figure(extract_both, text, second, level):
    check(relations(extract_both(text)), [(second, "MODIFIES", level)])


def test_a_status_adjective_counts_nothing(extract_both):
    doc = extract_both("The preliminary total for the year was 41,250.")
    assert by_text(doc)["41,250"]["unit"] != "preliminary"


@pytest.mark.parametrize("text,figure,subject", [
    ("Visitors from Brazil more than doubled to 61,400 in 2024.", "61,400", "Visitors from Brazil"),
    ("Exports of wine more than tripled to $412 million.", "$412 million", "Exports of wine"),
])
def test_more_than_a_multiple_keeps_the_subject(extract_both, text, figure, subject):
    check(relations(extract_both(text)), [(figure, "CATEGORY", subject)])


def test_a_clause_before_a_colon_is_no_label(extract_both):
    doc = extract_both("Most patients were older adults: 61% (2,412) were aged 65 and over.")
    assert not any(label == "CATEGORY" and "were" in child for _, label, child in relations(doc))


def test_a_value_the_level_rose_from_is_no_whole(extract_both):
    doc = extract_both("Drug seizures numbered 1,412, up from 1,288 a year earlier; of these, 604 were of cannabis.")
    check(relations(doc), [("604", "PART_OF", "1,412")], absent=[("604", "PART_OF", "1,288")])


@pytest.mark.parametrize("text,second,direction", [
    ("The jobless rate was 5.1%, a fall of 0.3 percentage points on the previous quarter and of 0.8 percentage points "
     "on a year earlier.", "0.8 percentage points", "down"),
    ("Employment reached 2.71 million, up 0.9% in the quarter and 2.6% in the year.", "2.6%", "up"),
])
def test_a_change_coordinated_after_and_goes_the_same_way(extract_both, text, second, direction):
    assert by_text(extract_both(text))[second]["direction"] == direction


def test_a_margin_of_error_after_and_keeps_no_direction(extract_both):
    doc = extract_both("Starts were 3.1 percent (±9.0 percent) below the revised October estimate and 4.2 percent "
                       "(±8.8 percent) below the November 2023 rate.")
    assert by_text(doc)["±8.8 percent"]["direction"] is None


def test_names_with_small_words_in_a_followed_by_list(extract_both):
    doc = extract_both("Lisbon led with 3,410,200 passengers, followed by Porto with 1,402,300 (+7.4%), Ponta Delgada "
                       "with 281,900 and Santa Maria da Feira with 12,400.")
    check(relations(doc), [("281,900", "CATEGORY", "Ponta Delgada"), ("12,400", "CATEGORY", "Santa Maria da Feira")])


def test_a_change_restated_after_or_past_its_time_reaches_the_same_level(extract_both):
    doc = extract_both("Imports rose 2.8% in November, or $0.9 billion, to $33.4 billion.")
    q = by_text(doc)["$0.9 billion"]
    assert q["metric"] == "CHANGE", q
    check(relations(doc), [("2.8%", "MODIFIES", "$33.4 billion"), ("$0.9 billion", "MODIFIES", "$33.4 billion")])


def test_a_change_restated_after_or_modifies_the_level_before(extract_both):
    doc = extract_both("Claimants numbered 1.62 million, down 2.4% in the month, or 39,800 fewer people.")
    check(relations(doc), [("39,800", "MODIFIES", "1.62 million")])


def test_or_greater_makes_a_threshold_inside_the_category(extract_both):
    doc = extract_both("Starts in towns with a population of 50,000 or greater rose 4% in March to 18,240 units.")
    assert not any(label == "MODIFIES" and child == "50,000" for _, label, child in relations(doc))


def test_its_year_earlier_level_is_a_baseline(extract_both):
    doc = extract_both("Mining output in October was 1.7 percent below its year-earlier level.")
    check(relations(doc), [("1.7 percent", "BASELINE", "its year-earlier level")])


def test_a_column_opening_on_a_plural_and_its_participle_counts_the_plural(extract_both):
    text = ("Emergency care\n\nTable 3. Ambulance handovers by hospital, December 2024\n\n"
            "Hospital             Handovers    Patients waiting 60+ minutes\n"
            "Royal Infirmary          4,210                           610\n")
    doc = extract_both(text)
    assert by_text(doc)["610"]["unit"] == "patient"
    assert by_text(doc)["4,210"]["unit"] == "handover"
    q = by_text(doc)["60+ minutes"]
    assert q["metric"] == "AMOUNT" and q["unit"] == "minute", q


def test_in_the_place_in_a_list_of_changes_keeps_the_subject(extract_both):
    doc = extract_both("Hotel nights were 4.2% higher in the euro area and 3.9% higher in the EU in October.")
    assert not any(label == "CATEGORY" and child in ("the EU", "EU") for _, label, child in relations(doc))


def test_changes_listed_each_with_a_change_noun_share_a_category(extract_both):
    doc = extract_both("Wholesale sales fell 0.3% in June, after a 0.8% increase in May and a 0.2% decline in April.")
    check(relations(doc), [("0.8%", "CATEGORY", "Wholesale sales"), ("0.2%", "CATEGORY", "Wholesale sales")])


def test_down_x_after_a_lower_case_name(extract_both):
    doc = extract_both("The main drags were electricity and gas supply (down 2.7%) and water supply (down 1.1%).")
    check(relations(doc), [("2.7%", "CATEGORY", "electricity and gas supply"), ("1.1%", "CATEGORY", "water supply")])


def test_a_value_compared_with_is_not_modified_by_a_later_change(extract_both):
    doc = extract_both("The port handled 8,214 vessel calls in 2024, just above the forecast of 8,150 made in January "
                       "and 3.4% more than the 7,944 handled in 2023.")
    check(relations(doc), [("3.4%", "MODIFIES", "8,214")], absent=[("3.4%", "MODIFIES", "8,150")])


def test_follows_is_a_verb_not_a_category(extract_both):
    doc = extract_both("Key statistics\n- Wholesale trade rose 0.4% in October 2024.\n- This follows a 0.2% rise in "
                       "September 2024.\n")
    assert not any(label == "CATEGORY" and "follows" in child for _, label, child in relations(doc))
