"""Readings found in releases of genres no probe held when they were written (electricity reviews, methane trackers,
airport traffic summaries, police crime statistics): compact units of emissions, a change column headed by its
unit, sub-total lines that share their whole, times a figure is stated above. Each case is a sentence of our own in
the style of such releases and runs on the rules alone and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, quantities, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


def test_a_fraction_as_the_clause_subject_names_no_counted_unit(extract_both):
    doc = extract_both(
        "Burglary rose by 4.2% to 96,310 offences and made up a quarter of all property crime, with car theft up "
        "7.5% to 21,884 and bicycle theft down 3.1% to 40,127.")
    cells = by_text(doc)
    for figure in ("21,884", "40,127"):
        assert cells[figure]["unit"] == "offense", (figure, cells[figure]["unit"])


LINES = ("Key figures, 2024 (change on 2023 in brackets)\n"
         "- Terminal passengers: 41.6 million (+5.3%)\n"
         "- of which international: 37.9 million (+6.1%)\n"
         "- of which domestic: 3.7 million (-2.2%)\n"
         "- Cargo: 310,000 tonnes (+1.8%)")


def test_a_sub_total_line_named_by_an_adjective_counts_what_its_whole_counts(extract_both):
    cells = by_text(extract_both(LINES))
    assert cells["37.9 million"]["unit"] == "passenger"
    assert cells["3.7 million"]["unit"] == "passenger"


def test_lines_opened_by_the_same_cue_are_parts_of_one_whole(extract_both):
    doc = extract_both(LINES)
    assert _links(doc, "37.9 million", "PART_OF") == {"41.6 million"}
    assert _links(doc, "3.7 million", "PART_OF") == {"41.6 million"}


@pytest.mark.parametrize(
    "text,span,value,unit",
    [
        ("Energy-related emissions fell by 2.1% to 11,860 MtCO2 in 2023.", "11,860 MtCO2", 11_860_000_000, "ton"),
        ("Coal mines released 38.5 Mt CH4 during the year.", "38.5 Mt CH4", 38_500_000, "ton"),
        ("Transport emitted 112.4 Mt CO2e last year, 1.3% less than in 2022.", "112.4 Mt CO2e", 112_400_000,
         "ton of carbon dioxide equivalent"),
        ("Aviation accounted for 0.95 GtCO2 in 2023.", "0.95 GtCO2", 950_000_000, "ton"),
    ],
)
def test_compact_units_of_a_gas_read_as_tonnes(extract_both, text, span, value, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert (cells[span]["value"], cells[span]["unit"]) == (value, unit)


@pytest.mark.parametrize("text,span,unit", [
    ("Module prices averaged EUR 0.12/W in the fourth quarter.", "EUR 0.12/W", "euro per watt"),
    ("Installed costs fell to US$0.85/W.", "US$0.85/W", "us dollar per watt"),
])
def test_a_price_per_watt_written_with_its_symbol(extract_both, text, span, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert cells[span]["unit"] == unit


TABLE = ("Table 2: Generation by source, 2024 (TWh; change on 2023)\n"
         "Source      2024 TWh   Change TWh   Change %\n"
         "Wind          2,510        +198        +8.6\n"
         "Solar         2,080        +449       +27.5\n"
         "Coal         10,320        -110        -1.1\n")


def test_a_year_before_the_unit_in_a_header_cell_is_no_figure(extract_both):
    texts = [q["text"] for q in quantities(extract_both(TABLE))]
    assert not any(t.startswith("2024") for t in texts), texts


def test_a_change_column_headed_by_its_unit_is_in_that_unit(extract_both):
    cells = by_text(extract_both(TABLE))
    for figure in ("+198", "+449", "-110"):
        assert cells[figure]["unit"] == "terawatt hour", (figure, cells[figure]["unit"])
        assert cells[figure]["metric"] == "CHANGE"
    assert cells["+27.5"]["unit"] == "percent"


@pytest.mark.parametrize(
    "text,figure,baseline,period",
    [
        ("In the second quarter of 2024, reported incidents were 9% above the first quarter.", "9%",
         "the first quarter", "In the second quarter of 2024"),
        ("Sales in December were 2.5% lower than the previous month.", "2.5%", "the previous month", "in December"),
        ("In the third quarter, output stood 1.4 percent below the second quarter.", "1.4 percent",
         "the second quarter", "In the third quarter"),
    ],
)
def test_the_time_a_figure_is_stated_above_or_below_is_its_baseline(extract_both, text, figure, baseline, period):
    doc = extract_both(text)
    assert _links(doc, figure, "BASELINE") == {baseline}
    assert _links(doc, figure, "PERIOD") == {period}


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Nationwide, 412 prisoners (7.3%) were held on remand, up from 388 in 2022.", "388", "prisoner"),
        ("In all, 58 women journalists were in detention (14.2% of the total), compared with 49 a year earlier.", "49",
         "journalist"),
    ],
)
def test_a_compared_value_after_a_count_and_its_bracketed_share_is_a_count(extract_both, text, figure, unit):
    cells = by_text(extract_both(text))
    assert (cells[figure]["unit"], cells[figure]["metric"]) == (unit, "COUNT")


def test_figures_after_with_and_before_respectively_belong_to_the_places_named_before(extract_both):
    doc = extract_both(
        "A total of 214 vessels were detained last year.\n\n"
        "Panama (31), Liberia (27) and Togo (22) together accounted for 80 vessels, while Comoros and Moldova, with 15 "
        "and 12 respectively, completed the top five.")
    assert _links(doc, "15", "CATEGORY") == {"Comoros"}
    assert _links(doc, "12", "CATEGORY") == {"Moldova"}


@pytest.mark.parametrize(
    "text,span,unit",
    [
        ("Fines of up to 50 million rials were imposed on 12 outlets.", "50 million rials", "iranian rial"),
        ("The average monthly wage reached 402,000 tenge in the third quarter.", "402,000 tenge", "kazakhstani tenge"),
        ("Pensions rose to 1,870 cedis a month in 2024.", "1,870 cedis", "ghanaian cedi"),
    ],
)
def test_currencies_named_by_their_bare_names(extract_both, text, span, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert (cells[span]["unit"], cells[span]["metric"]) == (unit, "MONEY")


def test_a_shilling_is_read_in_the_country_of_the_release():
    import pipeline

    doc = next(pipeline.extract([{"id": "u", "text": "School fees rose to 45,000 shillings in 2024.",
                                  "meta": {"country": "UG"}}], nlp=pipeline.rules_pipeline()))
    assert by_text(doc)["45,000 shillings"]["unit"] == "ugandan shilling"


@pytest.mark.parametrize(
    "text,figure,metric",
    [
        ("The average age of first-time mothers was 31, and the median age of new entrants rose by 0.4.", "31",
         "AMOUNT"),
        ("The average age of first-time mothers was 31, and the median age of new entrants rose by 0.4.", "0.4",
         "CHANGE"),
        ("In 2023 the mean age of recipients stood at 67.2.", "67.2", "AMOUNT"),
    ],
)
def test_an_average_or_median_age_is_in_years(extract_both, text, figure, metric):
    cells = by_text(extract_both(text))
    assert (cells[figure]["unit"], cells[figure]["metric"]) == ("year", metric)


PAIRED = ("Table 3: Licensed vehicles by body type, 2014 and 2024 (thousands)\n\n"
          "Body type            2014      2024    Change (000s; %)\n"
          "Cars               29,613    33,622   (+4,009; +13.5%)\n"
          "Motorcycles         1,228     1,359   (+131; +10.7%)\n"
          "Buses and coaches     169       144   (-25; -14.8%)\n")


def test_the_change_before_the_percent_in_a_paired_cell_is_in_the_rows_unit_and_scale(extract_both):
    cells = by_text(extract_both(PAIRED))
    assert (cells["+4,009"]["value"], cells["+4,009"]["unit"], cells["+4,009"]["metric"]) == (4_009_000, "vehicle", "CHANGE")
    assert (cells["-25"]["value"], cells["-25"]["direction"]) == (25_000, "down")
    assert cells["+13.5%"]["unit"] == "percent"


@pytest.mark.parametrize(
    "text,span,unit",
    [
        ("Public spending averaged USD 11 900 per full-time student at primary level.",
         "USD 11 900 per full-time student", "us dollar per full-time student"),
        ("Funding rose to £7,460 per full-time pupil in 2024-25.", "£7,460 per full-time pupil",
         "pound sterling per full-time pupil"),
    ],
)
def test_a_price_per_a_noun_with_a_hyphenated_modifier_keeps_its_currency(extract_both, text, span, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert (cells[span]["unit"], cells[span]["metric"]) == (unit, "MONEY")


def test_numbered_tables_in_a_range_are_no_figures(extract_both):
    texts = [q["text"] for q in quantities(extract_both(
        "Detailed results are in Annex Tables 2.1 to 5.4 and in tables 6.1 and 6.2; 3.1 million homes were surveyed."))]
    assert texts == ["3.1 million"], texts


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Graduates with a master's degree earn 23% more than those with a bachelor's degree.", "23%",
         "Graduates with a master's degree"),
        ("Tenants (4.4 million; 19%) now outnumbered social renters (4.0 million; 17%) in every region.",
         "4.0 million", "social renters"),
    ],
)
def test_a_verb_ends_the_subject_it_follows(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,span,unit",
    [
        ("The average temperature was 53.9 degrees F, 1.1 degrees F above the 20th-century mean.", "53.9 degrees F",
         "degree fahrenheit"),
        ("Summer highs reached 41.2 degrees C in several stations.", "41.2 degrees C", "degree celsius"),
    ],
)
def test_a_temperature_in_degrees_and_its_scale_letter(extract_both, text, span, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert cells[span]["unit"] == unit


def test_a_base_year_of_prices_after_to_is_no_figure(extract_both):
    texts = [q["text"] for q in quantities(extract_both(
        "Losses totalled $18.4 billion, with all costs adjusted to 2024 dollars using the CPI."))]
    assert texts == ["$18.4 billion"], texts


DISASTERS = ("Table 2. Major floods by region, 2024 (cost in US$ billion; deaths)\n\n"
             "Region          Events   Cost (US$ bn)   Deaths\n"
             "South               6            12.4       41\n"
             "Midwest             3             4.1        9\n")


def test_a_column_counting_its_own_noun_beside_the_titles_count_column(extract_both):
    cells = by_text(extract_both(DISASTERS))
    assert cells["6"]["unit"] == "event"
    assert cells["41"]["unit"] == "death"
    assert cells["12.4"]["unit"] == "us dollar"


def test_a_participle_before_a_currency_ends_the_items_of_a_respectively_list(extract_both):
    doc = extract_both("Storms made up the rest, with hail and tornadoes costing $3.2 billion and $2.7 billion "
                       "respectively.")
    assert _links(doc, "$2.7 billion", "CATEGORY") == {"tornadoes"}


def test_a_change_apposed_to_a_floor_count_opening_its_clause_modifies_it(extract_both):
    doc = extract_both("At least 2,310 people died or went missing at sea in 2024, an increase of 512 (+28.5%) on the "
                       "1,798 recorded in 2023.")
    assert _links(doc, "512", "MODIFIES") == {"2,310"}
    assert _links(doc, "+28.5%", "MODIFIES") == {"2,310"}
    assert _links(doc, "2,310", "CATEGORY") == {"people"}


def test_a_floor_inside_what_is_counted_stays_a_threshold(extract_both):
    doc = extract_both("Firms with at least 250 employees rose by 3% in 2024.")
    assert not _links(doc, "3%", "MODIFIES")


REGIONS = ("Table 4. Population change by region, 2023 to 2024\n\n"
           "Region       Change (people)   Change (%)   Population, 2024\n"
           "North            +214,560        0.9%       24.1 million\n"
           "East              -18,230       -0.2%        9.6 million\n")


def test_a_change_column_glossed_by_a_counted_noun_counts_it(extract_both):
    cells = by_text(extract_both(REGIONS))
    assert (cells["+214,560"]["unit"], cells["+214,560"]["metric"]) == ("person", "CHANGE")
    assert (cells["-18,230"]["unit"], cells["-18,230"]["direction"]) == ("person", "down")
    assert cells["0.9%"]["unit"] == "percent"


def test_a_count_per_a_unit_of_measure_of_two_words(extract_both):
    cells = by_text(extract_both("Density rose to about 412 people per square kilometre of land in 2024."))
    assert "412 people per square kilometre" in cells, sorted(cells)
    assert cells["412 people per square kilometre"]["unit"] == "person per square kilometer"


@pytest.mark.parametrize("text", [
    "WASHINGTON, DEC. 19, 2024 - Retail sales rose 0.7% in November.",
    "OTTAWA, SEPT. 5, 2024 - Retail sales rose 0.7% in July.",
])
def test_a_dateline_in_capitals_is_no_figure(extract_both, text):
    texts = [q["text"] for q in quantities(extract_both(text))]
    assert texts == ["0.7%"], texts


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Low rainfall cut hydro output by 41 TWh (-3.1%) to 1,270 TWh in 2024.", "1,270 TWh", "hydro output"),
        ("Wind generated 11.2% of electricity in 2024, and together with solar lifted the clean power share to 26.7%.",
         "26.7%", "clean power share"),
    ],
)
def test_the_object_of_a_verb_of_change_names_the_level_it_reaches(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("Sector emissions rose by 0.8% (+92 MtCO2) to an all-time high of 11,650 MtCO2 in 2024.", "0.8%",
         "11,650 MtCO2"),
        ("Reservoir storage fell 6% to a low of 412 billion cubic metres.", "6%", "412 billion cubic metres"),
    ],
)
def test_a_change_reaches_a_level_named_as_a_high_or_a_low(extract_both, text, change, level):
    assert _links(extract_both(text), change, "MODIFIES") == {level}


def test_a_net_value_compared_with_is_dated_by_its_own_time(extract_both):
    doc = extract_both("Net migration added 412,300 people and made up 71% of growth, up from a net 286,000 in 2022 "
                       "and 351,500 in 2023.")
    assert not _links(doc, "412,300", "PERIOD")
    assert _links(doc, "286,000", "PERIOD") == {"in 2022"}


def test_a_change_apposed_after_a_value_compared_with_modifies_the_level(extract_both):
    doc = extract_both("Interest costs fell to £96.3 billion from the exceptional £118.1 billion of 2022-23, a drop of "
                       "£21.8 billion.")
    assert _links(doc, "£21.8 billion", "MODIFIES") == {"£96.3 billion"}
    assert _links(doc, "£118.1 billion", "CATEGORY") == {"Interest costs"}


def test_numbered_tables_in_brackets_are_no_figures(extract_both):
    texts = [q["text"] for q in quantities(extract_both(
        "The detailed tables (4.1 to 4.12) accompany the release; spending reached £412 billion."))]
    assert texts == ["£412 billion"], texts


@pytest.mark.parametrize(
    "text,span",
    [
        ("Operable capacity slipped by 2 GWe to 371 GWe across 412 reactors.", "371 GWe"),
        ("New plants added 4.4 GWe in 2024.", "4.4 GWe"),
    ],
)
def test_electrical_gigawatts_are_gigawatts(extract_both, text, span):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert cells[span]["unit"] == "gigawatt"


def test_a_count_in_brackets_after_an_age_group_counts_the_group(extract_both):
    cells = by_text(extract_both("Some 9.2% of adults aged 18-64 (24.1 million) reported it in the last year."))
    assert (cells["24.1 million"]["unit"], cells["24.1 million"]["metric"]) == ("adult", "COUNT")


def test_a_change_in_tonnes_modifies_the_figure_in_tonnes_past_a_count(extract_both):
    doc = extract_both("Customs seized a record 287 tonnes of cannabis in 2023 in nearly 41,000 seizures, the fifth "
                       "record year in a row and up 19 tonnes (+7.1%) on 2022.")
    assert _links(doc, "19 tonnes", "MODIFIES") == {"287 tonnes"}


LIFE = ("Table 3 Healthy life expectancy by region, years, 2019 and 2021\n\n"
        "Region                 2019   2021   Change\n"
        "Northern Europe        71.9   71.1    -0.8\n"
        "Southern Europe        72.4   71.2    -1.2\n")


def test_a_change_in_years_in_a_table_modifies_the_rows_latest_level(extract_both):
    doc = extract_both(LIFE)
    assert _links(doc, "-0.8", "MODIFIES") == {"71.1"}
    assert _links(doc, "-1.2", "MODIFIES") == {"71.2"}


@pytest.mark.parametrize(
    "text,span,bound",
    [
        ("Coverage in the region was <0.1% of the target group.", "0.1%", "<"),
        ("The outbreak caused ≥12,000 cases in 2024.", "12,000", ">="),
        ("Fewer districts reported >5% positivity this week.", "5%", ">"),
    ],
)
def test_a_bound_written_as_a_sign(extract_both, text, span, bound):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert cells[span]["bound"] == bound


def test_half_of_a_hyphenated_word_is_no_category(extract_both):
    doc = extract_both("The gap stays wide: the lowest-paid 10 per cent of earners receive just 0.6 per cent of the "
                       "wage bill.")
    assert not any(c.endswith("-") for h, lab, c in relations(doc) if lab == "CATEGORY"), sorted(relations(doc))


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Tourism adds US$1.9 trillion to the world economy.", "US$1.9 trillion", "Tourism"),
        ("About 3.1 million pupils missed more than 10% of sessions in 2023.", "3.1 million", "pupils"),
    ],
)
def test_adds_and_missed_are_verbs(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Coverage held at 81 percent, still 3 percentage points below the 84 percent reached in 2019.", "84 percent"),
        ("In 2024, 69 percent of adults were doing well, still eight points above the 60 percent recorded in 2014.",
         "60 percent"),
    ],
)
def test_a_rate_that_points_compare_a_level_with_is_a_share(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "SHARE"


def test_an_adverb_closing_a_respectively_list_is_no_part_of_its_last_item(extract_both):
    doc = extract_both("Defence and Transport together took a fifth of the total, at £54.1 billion and £38.6 billion "
                       "respectively.")
    assert _links(doc, "£54.1 billion", "CATEGORY") == {"Defence"}
    assert _links(doc, "£38.6 billion", "CATEGORY") == {"Transport"}
