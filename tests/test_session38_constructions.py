"""Session 38's constructions (GUIDELINES C38-1..), each written anew from how house-price, labour-cost, wholesale,
driving-test, business-formation, electricity, property-transaction and tax-revenue releases state their figures."""

import pytest

from conftest import by_text, check, quantities, relations


def test_a_verb_stating_an_average_amount_ends_the_subject(extract_both):
    doc = extract_both("Renters paid on average $1,870 a month in the third quarter, up 3.1% on a year earlier.")
    check(relations(doc), [("$1,870", "CATEGORY", "Renters"), ("3.1%", "MODIFIES", "$1,870")])


def test_a_sign_written_out_is_the_direction_and_no_label(extract_both):
    doc = extract_both("Output grew by 2.3% in Ireland but by negative 1.1% in Finland.")
    q = by_text(doc)["1.1%"]
    assert q["direction"] == "down", q
    assert not any(child.lower().endswith("negative") for head, label, child in relations(doc)
                   if head == "1.1%" and label == "CATEGORY"), relations(doc)


@pytest.mark.parametrize("second", ["In October 2023 the rise was 5.9 percent.",
                                    "A year earlier, the increase was 5.9 percent."])
def test_a_bare_change_noun_stands_for_the_change_named_before(extract_both, second):
    doc = extract_both("Hotel guest nights rose 2.7 percent in October. " + second)
    check(relations(doc), [("5.9 percent", "CATEGORY", "Hotel guest nights")])


def test_the_current_twelve_month_period_is_a_period(extract_both):
    doc = extract_both("Tax receipts grew 6.2 percent for the current 12-month period.")
    check(relations(doc), [("6.2 percent", "PERIOD", "for the current 12-month period")])


def test_header_cells_naming_spans_of_months_are_times_not_figures(extract_both):
    text = ("Table 2. Retail sales (percent change)\n\nSector                 3 months to Oct. 2024   12 months to Oct. "
            "2024\nFood stores                    1.1                     2.9\nClothing                       0.4"
            "                     1.7\n")
    doc = extract_both(text)
    cells = by_text(doc)
    assert "3 months" not in cells and "12 months" not in cells, sorted(cells)
    assert all(cells[c]["unit"] == "percent" and cells[c]["metric"] == "CHANGE" for c in ("1.1", "2.9", "0.4", "1.7"))


@pytest.mark.parametrize("text,figure,subject", [
    ("Fixed-line calls make up the remaining 8 percent of traffic.", "8 percent", "Fixed-line calls"),
    ("Road freight and rail together account for 41% of inland transport.", "41%", "Road freight and rail"),
])
def test_the_verb_of_a_share_is_no_word_of_its_subject(extract_both, text, figure, subject):
    doc = extract_both(text)
    assert by_text(doc)[figure]["metric"] == "SHARE"
    check(relations(doc), [(figure, "CATEGORY", subject)])


def test_increases_that_range_are_changes_of_the_named_groups(extract_both):
    doc = extract_both("Price increases across the sectors ranged from 1.4 percent for utilities to 3.9 percent "
                       "for arts and recreation.")
    cells = by_text(doc)
    assert all(cells[f]["metric"] == "CHANGE" and cells[f]["direction"] == "up" for f in ("1.4 percent", "3.9 percent"))
    check(relations(doc), [("1.4 percent", "CATEGORY", "utilities"), ("3.9 percent", "CATEGORY", "arts and recreation")])


def test_a_count_of_consecutive_changes_counts_the_changes(extract_both):
    doc = extract_both("Sales rose in six provinces. Exports rose 4.0% in March after two consecutive monthly declines.")
    assert by_text(doc)["two"]["unit"] == "decline", by_text(doc)["two"]


def test_levels_listed_by_place_with_their_changes_in_brackets(extract_both):
    doc = extract_both("Rents rose to $1,610 in Texas (3.4%), $2,240 in Florida (1.9%) and $2,980 in California "
                       "(0.8%) over the year.")
    check(relations(doc), [("$1,610", "CATEGORY", "Texas"), ("$2,240", "CATEGORY", "Florida"),
                           ("$2,980", "CATEGORY", "California"), ("1.9%", "MODIFIES", "$2,240")])
    cells = by_text(doc)
    assert all(cells[f]["metric"] == "CHANGE" and cells[f]["direction"] == "up" for f in ("3.4%", "1.9%", "0.8%"))


def test_a_bracketed_percent_after_a_level_reached_is_its_change(extract_both):
    q = by_text(extract_both("Hospital admissions fell to 18,400 (4.6%) in the quarter."))["4.6%"]
    assert q["metric"] == "CHANGE" and q["direction"] == "down", q


def test_a_change_said_in_an_infinitive_is_of_the_clause_subject(extract_both):
    doc = extract_both("Detached homes were the only type to record a decline (-0.6%), at $612,000.")
    check(relations(doc), [("$612,000", "CATEGORY", "Detached homes")])


@pytest.mark.parametrize("second", ["In May they had fallen 0.4% and 2.1% respectively.",
                                    "In May the declines were 0.4% and 2.1%, respectively."])
def test_respectively_after_a_plural_anaphor_follows_the_order_named_before(extract_both, second):
    doc = extract_both("Imports fell 3.0% and exports fell 1.2% in June. " + second)
    check(relations(doc), [("0.4%", "CATEGORY", "Imports"), ("2.1%", "CATEGORY", "exports")])


def test_a_singular_anaphor_is_not_distributed(extract_both):
    doc = extract_both("Car exports fell 2.0% and van exports fell 1.1% in June. Compared with a year earlier it "
                       "decreased by 41 000 in the EU and by 30 000 in the euro area respectively.")
    cats = {head: child for head, label, child in relations(doc) if label == "CATEGORY" and head in ("41 000", "30 000")}
    assert "van exports" not in cats.values() or len(set(cats.values())) == 1, cats


def test_a_gapped_clause_after_a_figure_s_complement(extract_both):
    doc = extract_both("Men completed 61.0% of their courses and women 66.5%.")
    check(relations(doc), [("66.5%", "CATEGORY", "women")], absent=[("66.5%", "CATEGORY", "courses and women")])


def test_out_of_names_the_whole_of_the_same_things(extract_both):
    doc = extract_both("Some 41 ports (out of 58) reported longer waiting times.")
    q = by_text(doc)["58"]
    assert q["unit"] == "port", q
    check(relations(doc), [("41", "PART_OF", "58")])
    assert not any(child == "out" for head, label, child in relations(doc)), relations(doc)


def test_a_window_of_quarters_in_a_row_label_is_no_scale(extract_both):
    text = ("Table 3. Business applications\n\nSeries                          Jun 2024    Jul 2024\n"
            "Applications                    8,120       8,340\nFormations (4 quarters)         4,410       4,380\n")
    cells = by_text(extract_both(text))
    assert cells["4,410"]["value"] == 4410 and cells["4,410"]["unit"] != "quarter", cells["4,410"]


def test_prices_listed_after_a_price_per_unit_keep_its_unit(extract_both):
    doc = extract_both("Households on the standard tariff paid 24.5 pence per kWh, those on fixed deals 22.1 pence "
                       "and prepayment customers 23.8 pence.")
    cells = by_text(doc)
    assert cells["22.1 pence"]["unit"] == cells["23.8 pence"]["unit"] == "pence per kilowatt hour", cells


def test_a_subject_with_two_exclusions_is_one_phrase(extract_both):
    doc = extract_both("Retail sales excluding fuel and excluding motor vehicles rose 0.6% to $512.4 billion.")
    check(relations(doc), [("$512.4 billion", "CATEGORY", "Retail sales excluding fuel and excluding motor vehicles")])


def test_short_tons_are_a_unit_of_their_own(extract_both):
    q = by_text(extract_both("Coal deliveries fell 3.0% to 412 million short tons."))["412 million short tons"]
    assert q["unit"] == "short ton" and q["value"] == 412_000_000, q


def test_the_number_of_a_module_is_no_figure(extract_both):
    text = ("Table 1: Practical tests, 2024\n\nTest                    Tests conducted   Pass rate (%)\n"
            "Motorcycle module 1          21,302            70.9\nCar                         548,112            47.6\n")
    cells = by_text(extract_both(text))
    assert "1" not in cells, sorted(cells)
    assert cells["21,302"]["unit"] == "test", cells["21,302"]


def test_a_plural_in_ans_is_not_always_a_nationality(extract_both):
    text = "Table 3: Loans by type\n\nType                          Jun 2024    Jul 2024\nNew loans          8,120       8,340\n"
    assert by_text(extract_both(text))["8,120"]["unit"] == "loan"


def test_two_comparisons_of_the_only_level_of_a_clause(extract_both):
    doc = extract_both("Lettings rose to 6,210 in March, 4% more than in February and 9% more than a year earlier; the "
                       "unadjusted count (6,540) was 7% and 12% higher, respectively.")
    check(relations(doc), [("7%", "MODIFIES", "6,540"), ("12%", "MODIFIES", "6,540")])


def test_levels_listed_before_changes_still_pair_in_order(extract_both):
    doc = extract_both("Exports (€10.2 billion) and imports (€8.1 billion) rose 5.0% and 3.1% respectively.")
    check(relations(doc), [("5.0%", "MODIFIES", "€10.2 billion"), ("3.1%", "MODIFIES", "€8.1 billion")])


def test_a_row_label_s_currency_sign_and_an_average_of_hours(extract_both):
    text = ("Table 4. Earnings and hours, private sector\n\nSeries                           Aug. 2024   Sep. 2024   "
            "Change (%)\nMean weekly pay (current $)       1,201.40    1,208.90         0.6\nAverage weekly hours       "
            "          34.4        34.2        -0.6\n")
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells["1,208.90"]["unit"] == "us dollar" and cells["1,208.90"]["metric"] == "MONEY", cells["1,208.90"]
    assert cells["34.2"]["unit"] == "hour" and cells["34.2"]["metric"] == "AMOUNT", cells["34.2"]
    check(relations(doc), [("1,208.90", "CATEGORY", "Mean weekly pay"), ("-0.6", "MODIFIES", "34.2")])


@pytest.mark.parametrize("text,figure,value", [
    ("Thefts were two and a half times the level of 2015.", "two and a half times", 2.5),
    ("One and a half million visitors arrived by sea.", "One and a half million", 1_500_000),
])
def test_a_whole_number_and_a_half(extract_both, text, figure, value):
    assert by_text(extract_both(text))[figure]["value"] == value


def test_that_recorded_in_names_a_baseline(extract_both):
    doc = extract_both("Burglaries were 14% lower than that recorded in the year ending June 2019.")
    check(relations(doc), [("14%", "BASELINE", "the year ending June 2019")])


@pytest.mark.parametrize("text,figure", [
    ("Cars made up 61% of sales, with vans making up a further 22%.", "22%"),
    ("Appeals comprised 7% of the caseload.", "7%"),
])
def test_shares_after_a_further_or_comprised(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "SHARE"


def test_gapped_names_with_their_abbreviations(extract_both):
    doc = extract_both("Of the total, Value Added Tax (VAT) was £14.2 billion, Corporation Tax (CT) £6.1 billion and "
                       "fuel duties £2.3 billion.")
    check(relations(doc), [("£6.1 billion", "CATEGORY", "Corporation Tax (CT)")],
          absent=[("£6.1 billion", "CATEGORY", "Value Added Tax (VAT)")])


def test_a_scale_word_is_never_a_category(extract_both):
    doc = extract_both("Receipts were Rs 52,400 crore (including Rs 8,150 crore collected at ports).")
    assert not any(child == "crore" for head, label, child in relations(doc)), relations(doc)


def test_a_subject_restricted_by_a_participle_and_its_time(extract_both):
    doc = extract_both("The net duty revenue collected in October 2024 stood at $3.9 billion.")
    check(relations(doc), [("$3.9 billion", "CATEGORY", "net duty revenue collected"),
                           ("$3.9 billion", "PERIOD", "in October 2024")])


def test_the_months_of_a_named_financial_year_are_one_period(extract_both):
    doc = extract_both("For the first six months of the financial year 2024-25, receipts totalled $81.2 billion.")
    check(relations(doc), [("$81.2 billion", "PERIOD", "For the first six months of the financial year 2024-25")])


def test_every_share_of_a_list_after_a_fronted_whole(extract_both):
    doc = extract_both("Of the packaging waste collected in 2022, 41.0% was recycled, 33.2% incinerated and 19.9% "
                       "landfilled.")
    check(relations(doc), [(figure, "CATEGORY", "packaging waste collected") for figure in ("41.0%", "33.2%", "19.9%")])


def test_a_relative_clause_closed_before_a_figure_gives_it_no_subject(extract_both):
    doc = extract_both("Among the 16 districts, which together account for about 70% of output, 9 recorded growth.")
    assert not any(head == "9" and label == "CATEGORY" for head, label, child in relations(doc)), relations(doc)
    check(relations(doc), [("9", "PART_OF", "16")])


def test_a_subject_and_its_time_before_its_bracketed_figure(extract_both):
    doc = extract_both("Departures in August (2.4 million) were the highest for that month since 2019.")
    check(relations(doc), [("2.4 million", "CATEGORY", "Departures"), ("2.4 million", "PERIOD", "in August")])


def test_a_bracket_restating_an_earlier_share_keeps_its_subject(extract_both):
    doc = extract_both("Syrian nationals made up 31% of asylum claims at the northern border in May (4,120).")
    check(relations(doc), [("4,120", "CATEGORY", "Syrian nationals")],
          absent=[("4,120", "CATEGORY", "northern border")])


def test_of_these_skips_the_value_compared_with(extract_both):
    doc = extract_both("There were 3,412 adoptions granted in 2023, a fall of 6.0% on the 3,630 adoptions granted in "
                       "2022. Of these, 2,905 were domestic adoptions and 507 intercountry adoptions.")
    check(relations(doc), [("2,905", "PART_OF", "3,412"), ("507", "PART_OF", "3,412")])


def test_a_figure_opening_its_own_clause_after_and(extract_both):
    doc = extract_both("While 4.1 million trips were made to visit family or friends, 1.9 million were for work.")
    assert not any(head == "1.9 million" and label == "CATEGORY" and "friends" in child
                   for head, label, child in relations(doc)), relations(doc)


def test_a_value_compared_with_dated_by_made(extract_both):
    doc = extract_both("Residents made 8.2 million trips abroad, 4% below the 8.5 million trips made in 2019.")
    check(relations(doc), [("4%", "BASELINE", "2019")])


@pytest.mark.parametrize("text,number", [
    ("Enrolments at higher level (levels 4 to 7) rose 6% to 41,200.", "7"),
    ("Starts in bands 2 and 3 fell 4% to 12,900.", "3"),
])
def test_numbers_of_classes_joined_in_a_range_are_no_figures(extract_both, text, number):
    assert number not in by_text(extract_both(text))


def test_a_list_of_values_compared_with_each_with_its_time(extract_both):
    doc = extract_both("Online sales accounted for 26.4% of retail sales, compared with 25.1% a year earlier and 19.2% "
                       "in 2019.")
    cells = by_text(doc)
    assert cells["25.1%"]["metric"] == cells["19.2%"]["metric"] == "SHARE", cells
    check(relations(doc), [("25.1%", "PERIOD", "a year earlier"), ("19.2%", "PERIOD", "in 2019")],
          absent=[("26.4%", "BASELINE", "a year earlier"), ("26.4%", "PERIOD", "in 2019")])


def test_a_part_after_of_these_comma_with_its_share(extract_both):
    doc = extract_both("At the end of March, 8,210 families were in temporary housing, 5% more than a year earlier; of "
                       "these, 3,120 (38%) were in hotels.")
    q = by_text(doc)["38%"]
    assert q["metric"] == "SHARE", q



def test_compared_to_cues_a_value_compared_with(extract_both):
    doc = extract_both("Passenger revenue rose to $2.6 billion in June, compared to $2.4 billion a year earlier.")
    check(relations(doc), [("$2.4 billion", "CATEGORY", "Passenger revenue"), ("$2.4 billion", "PERIOD", "a year earlier")])


@pytest.mark.parametrize("text,unit", [
    ("Core machinery orders in Japan rose 2.1% to ¥881.1 billion in October.", "yen"),
    ("Retail sales of consumer goods in China rose 3.0% to ¥3,979.1 billion in November.", "yuan"),
])
def test_the_currency_of_a_yen_sign_follows_the_country_named(extract_both, text, unit):
    doc = extract_both(text)
    money = [q for q in quantities(doc) if q["metric"] == "MONEY"]
    assert money and money[0]["unit"] == unit, money


def test_a_range_of_shares_of_an_average_by_place(extract_both):
    doc = extract_both("Labour productivity ranged from 58% of the EU average in Romania to 185% in Ireland.")
    check(relations(doc), [("58%", "CATEGORY", "Romania"), ("185%", "CATEGORY", "Ireland")])
    assert by_text(doc)["185%"]["metric"] == "SHARE"


def test_a_table_based_on_the_eu_average_holds_index_levels(extract_both):
    text = ("Price level indices for household consumption (EU = 100)\n\nCountry        2022    2023\nDenmark         141     "
            "143\nPoland           57      60\n")
    cells = by_text(extract_both(text))
    assert cells["143"]["unit"] == "index point", cells["143"]


def test_a_season_written_with_to_is_one_period(extract_both):
    doc = extract_both("In 2023 to 2024, 18,420 pupils were enrolled, compared with 17,960 in 2022 to 2023.")
    check(relations(doc), [("18,420", "PERIOD", "In 2023 to 2024"), ("17,960", "PERIOD", "in 2022 to 2023")])


@pytest.mark.parametrize("text,figure,label,child", [
    ("In the six months to end-September, receipts rose 4.1% to £212.3 billion.", "£212.3 billion", "PERIOD",
     "In the six months to end-September"),
    ("Over the year to end-June 2024, net lending rose 2.4%.", "2.4%", "PERIOD", "Over the year to end-June 2024"),
    ("Construction output fell 1.2% in the third quarter, compared with Q2.", "1.2%", "BASELINE", "Q2"),
])
def test_spans_to_end_month_and_bare_quarters_compared(extract_both, text, figure, label, child):
    check(relations(extract_both(text)), [(figure, label, child)])


def test_a_change_with_its_level_in_brackets_after_its_place(extract_both):
    doc = extract_both("Vehicle thefts fell by 9 percent in Bristol (2,310 offences).")
    check(relations(doc), [("9 percent", "MODIFIES", "2,310")])


def test_a_rate_per_day_is_never_a_category(extract_both):
    doc = extract_both("In the four weeks to 9 November, buses carried 142.1 million passengers, an average of 5.1 "
                       "million a day.")
    assert not any(child.lower() in ("a day",) for head, label, child in relations(doc)), relations(doc)


def test_a_numbered_reporting_period_is_no_figure(extract_both):
    assert "7" not in by_text(extract_both("Ridership update, period 7 2024/25: 94.2 million journeys were made."))
