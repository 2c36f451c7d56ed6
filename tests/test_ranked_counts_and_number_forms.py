"""Counts a release ranks in brackets, rates per a base noun of their own, scaled litres, Swiss digit
grouping and subjects with a premodifying participle (GUIDELINES C18-1..C18-5)."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize(
    "text,units",
    [
        ("The retail sector had the highest number of business closures (1,204), followed by hospitality (987) "
         "and construction (861).", {"1,204": "closure", "987": "closure", "861": "closure"}),
        ("Limerick recorded the most fatalities of any county (14), followed by Wexford (11) and Louth (9).",
         {"14": "fatality", "11": "fatality", "9": "fatality"}),
        ("Nursing (98,420, or 12% of all apprentices) remained the largest programme in 2023.",
         {"98,420": "apprentice"}),
    ],
)
def test_a_bracketed_count_counts_the_ranked_noun_not_the_place_or_industry(extract_both, text, units):
    figures = by_text(extract_both(text))
    for figure, unit in units.items():
        assert figures[figure]["unit"] == unit, figure


def test_a_list_of_parts_keeps_its_own_unit_and_a_plural_before_together_is_counted(extract_both):
    figures = by_text(extract_both(
        "Cork (21), Kerry (12) and Clare (8) led the table, and these three counties together accounted for "
        "37% of all collisions."))
    assert figures["three"]["unit"] == "county"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("One in 212 firms on the register (a rate of 47.2 per 10,000 companies) entered insolvency in the "
         "12 months to June 2024.", "47.2 per 10,000 companies", "per 10,000 companies"),
        ("The rate fell to 18.3 per 1,000 households from 19.1 per 1,000 households.",
         "18.3 per 1,000 households", "per 1,000 households"),
    ],
)
def test_a_rate_per_a_round_base_keeps_the_base_noun_written_after_it(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"].endswith(unit)


@pytest.mark.parametrize(
    "text,figure,value,unit",
    [
        ("Leakage averaged 61.2 Ml/d over the year, against a target of 58.0 Ml/d.", "61.2 Ml/d", 61_200_000,
         "liter per day"),
        ("Reservoir storage stood at 1,240 megalitres at the end of March.", "1,240 megalitres", 1_240_000_000,
         "liter"),
        ("Household consumption averaged 139.4 litres per person per day in 2023/24.",
         "139.4 litres per person per day", 139.4, "liter per person per day"),
    ],
)
def test_scaled_litres_and_a_second_time_denominator(extract_both, text, figure, value, unit):
    found = by_text(extract_both(text))[figure]
    assert found["unit"] == unit
    assert found["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text,figure,value",
    [
        ("In September 2024, 2’514’077 passengers used the airport.", "2’514’077", 2_514_077),
        ("Freight volume reached 41'205 tonnes in the month.", "41'205 tonnes", 41_205),
        ("The group reported revenue of CHF 5’118.4 million for the half-year.", "CHF 5’118.4 million", 5_118_400_000),
    ],
)
def test_swiss_apostrophe_digit_grouping(extract_both, text, figure, value):
    assert by_text(extract_both(text))[figure]["value"] == pytest.approx(value)


def test_a_change_in_brackets_after_a_swiss_grouped_level_modifies_it(extract_both):
    doc = extract_both("Passengers by region, September 2024 (change on September 2023 in brackets)\n"
                       "- Europe: 1’904’311 (+2.7%)\n- North America: 241’006 (+5.2%)\n")
    assert ("+2.7%", "MODIFIES", "1’904’311") in relations(doc)
    assert ("+5.2%", "MODIFIES", "241’006") in relations(doc)


def test_a_participle_after_of_premodifies_the_subject(extract_both):
    doc = extract_both("The number of registered company insolvencies in Wales was 1,108 in June 2024.")
    assert by_text(doc)["1,108"]["unit"] == "insolvency"
    categories = [c for h, label, c in relations(doc) if label == "CATEGORY" and h == "1,108"]
    assert categories and "insolvencies" in categories[0]


def test_a_load_factor_is_a_rate(extract_both):
    figures = by_text(extract_both("The average seat load factor was 81.7%, up 1.2 percentage points on a year "
                                   "earlier."))
    assert figures["81.7%"]["metric"] == "SHARE"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("From January to September, visitors from Japan accounted for 1.42 million overnight stays (+6%) and "
         "those from Korea for 0.38 million (+15%).", "1.42 million", "stay"),
        ("From January to September, visitors from Japan accounted for 1.42 million overnight stays (+6%) and "
         "those from Korea for 0.38 million (+15%).", "0.38 million", "stay"),
        ("At the end of June there were some 412.3 thousand dwellings under construction.", "412.3 thousand",
         "dwelling"),
        ("Officers seized 2.3 million counterfeit goods worth HK$98 million during the year.", "2.3 million", "good"),
        ("Deaths among people aged 25 to 34 rose by 11% to 241 in 2023.", "241", "death"),
    ],
)
def test_the_counted_noun_after_a_figure_or_before_a_preposition(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("The average price was SEK 2.9 million in the period from May to July 2024, against SEK 2.8 million a year "
         "earlier.", "SEK 2.8 million", "a year earlier"),
        ("The operator reported a net profit of CHF 33 million in the first half of 2024, compared with a loss of "
         "CHF 9 million a year earlier.", "CHF 9 million", "a year earlier"),
        ("There were 2,140 people in temporary accommodation in March 2024, against 1,870 people a year earlier.",
         "1,870", "a year earlier"),
    ],
)
def test_an_earlier_value_with_a_scale_word_or_a_noun_keeps_its_own_time(extract_both, text, figure, period):
    periods = [c for h, label, c in relations(extract_both(text)) if label == "PERIOD" and h == figure]
    assert periods == [period]


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("Over the same eight months, almost one in five passengers (19.4%) was a transfer passenger.", "19.4%",
         "Over the same eight months"),
        ("Over the five years 2019 to 2023, the highest rate was 31.2 per 100,000 population.",
         "31.2 per 100,000 population", "Over the five years 2019 to 2023"),
    ],
)
def test_a_fronted_span_of_months_or_years_is_the_period(extract_both, text, figure, period):
    periods = [c for h, label, c in relations(extract_both(text)) if label == "PERIOD" and h == figure]
    assert periods == [period]


def test_head_after_a_livestock_count_is_its_unit_not_its_category(extract_both):
    doc = extract_both("Beef cow slaughter under federal inspection totaled 251,400 head in November, 4.2 percent "
                       "fewer than a year earlier.")
    assert by_text(doc)["251,400"]["unit"] == "head"
    categories = [c for h, label, c in relations(doc) if label == "CATEGORY" and h == "251,400"]
    assert categories == ["Beef cow slaughter under federal inspection"]


def test_a_fronted_adjunct_without_a_comma_is_no_part_of_the_subject(extract_both):
    doc = extract_both("Administrations fell; after seasonal adjustment the number of receiverships rose by 9% from "
                       "May 2024.")
    categories = [c for h, label, c in relations(doc) if label == "CATEGORY" and h == "9%"]
    assert categories and "adjustment" not in categories[0] and "receiverships" in categories[0]


def test_a_ranked_noun_is_not_read_across_the_clause_verb(extract_both):
    figures = by_text(extract_both("The largest groups were nationals of Peru (6,100), Chile (3,900) and Bolivia "
                                   "(2,400)."))
    assert figures["6,100"]["unit"] == figures["3,900"]["unit"] == figures["2,400"]["unit"] == "person"


def test_points_reached_by_an_indicator_are_index_levels_even_below_zero(extract_both):
    figures = by_text(extract_both("The business climate indicator for retail fell to -18.4 points in May, from "
                                   "-15.9 points in April, while the indicator for wholesale rose by 2.3 points."))
    for level in ("-18.4 points", "-15.9 points"):
        assert (figures[level]["unit"], figures[level]["metric"]) == ("index point", "AMOUNT"), level
    assert (figures["2.3 points"]["unit"], figures["2.3 points"]["metric"]) == ("index point", "CHANGE")


def test_a_table_title_that_breaks_a_count_down_names_the_unit_of_every_cell(extract_both):
    doc = extract_both("Table 2: Fire fatalities by location type (provisional)\n"
                       "Location          2022    2023    Change on 2022\n"
                       "Dwellings           181     194       +13\n"
                       "Vehicles             22      19        -3\n"
                       "Total               203     213       +10\n\n"
                       "Most deaths occurred at home.\n")
    figures = by_text(doc)
    for cell in ("181", "194", "+13", "22", "19", "-3", "203", "213", "+10"):
        assert figures[cell]["unit"] == "fatality", cell


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("The number of registered company insolvencies was 1,802 in May 2024, 6% lower than in April 2024 (1,917) "
         "and 11% lower than the same month in the previous year (2,025 in May 2023).", "2,025", "in May 2023"),
        ("The average wait at passport control was 11.4 minutes, against 13.2 minutes a year earlier.",
         "13.2 minutes", "a year earlier"),
    ],
)
def test_the_value_of_a_comparison_keeps_the_time_written_with_it(extract_both, text, figure, period):
    periods = [c for h, label, c in relations(extract_both(text)) if label == "PERIOD" and h == figure]
    assert periods == [period]


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Media enquiries: 1300 175 070. Catalogue number 6401.0.", "6401.0"),
        ("For further information, tel. +44 207 946 0958 or email the press office.", "+44 207 946 0958"),
        ("News release BEA 24-61 | Embargoed until 8:30 a.m. EDT.", "24-61"),
        ("The survey is conducted under the Census and Statistics Ordinance (Cap. 316).", "316"),
        ("The full report (Volumes 1 to 4) is published online.", "1 to 4"),
        ("Offences under sections 142 and 143 of the Act are excluded.", "142"),
        ("Published under section 1105 of title 31, United States Code.", "31"),
    ],
)
def test_reference_numbers_phone_numbers_and_release_codes_are_no_quantities(extract_both, text, absent):
    assert absent not in by_text(extract_both(text))


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Some 71.8% of patients were admitted, transferred or discharged within four hours.", "four hours"),
        ("The deficit is to be controlled within 3.5% of GDP.", "3.5%"),
        ("Responses arrived within 30 days of the request.", "30 days"),
    ],
)
def test_within_is_an_upper_bound(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["bound"] == "<="


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The long-term unemployed (those jobless for 27 weeks or more) numbered 1.1 million, up 9%.", "27 weeks"),
        ("Turnover of firms with 250 employees or more rose by 3.1% in the quarter.", "250"),
        ("Enterprises with an annual main business revenue of 20 million yuan or more grew by 5.6 percent.",
         "20 million yuan"),
    ],
)
def test_a_bound_written_after_the_figure_leaves_it_exact_and_a_threshold(extract_both, text, figure):
    doc = extract_both(text)
    assert by_text(doc)[figure]["bound"] == "="  # GUIDELINES D-4
    assert not [r for r in relations(doc) if r[1] == "MODIFIES" and r[2] == figure]  # C13-6
