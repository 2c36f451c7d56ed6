"""Readings found in releases of genres no probe holds (peace and corruption indices, child mortality estimates,
aviation safety, election results, military spending): scores on an index's scale, ranked tables with ranks above
99, age groups named with a hyphen, rates per million of a plural base, respectively-lists of rates, footnote marks in
row labels, a gloss that puts a share's change in points, a scale abbreviated with a full stop. Each case is a
sentence of our own in the style of such releases and runs on the rules alone and on the model we ship
(``extract_both``).
"""

import pytest

from conftest import by_text, quantities, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,figures",
    [
        ("Norway keeps second place with a score of 84, while Chad has a score of 20.", ["84", "20"]),
        ("Portugal moved up to 7th with a score of 1.372, from a score of 1.401 a year earlier.", ["1.372", "1.401"]),
    ],
)
def test_a_score_is_a_level_in_index_points(extract_both, text, figures):
    cells = by_text(extract_both(text))
    for figure in figures:
        assert (cells[figure]["unit"], cells[figure]["metric"]) == ("index point", "AMOUNT"), figure


def test_bracketed_scores_listed_after_a_score_take_its_points(extract_both):
    cells = by_text(extract_both(
        "Iceland tops the ranking with a score of 1.124, ahead of Austria (1.294) and Ireland (1.312)."))
    assert cells["1.294"]["unit"] == "index point"
    assert cells["1.312"]["unit"] == "index point"


SCORE_TABLE = (
    "Table 2. Index score and change from the previous edition, selected countries\n\n"
    "Rank  Country        Score   Change\n"
    "3     Austria        1.294   +0.021\n"
    "47    Chile          1.840   -0.012\n"
    "131   Brazil         2.465   +0.057\n"
)


def test_a_score_column_holds_levels_and_the_change_beside_it_is_in_its_points(extract_both):
    doc = extract_both(SCORE_TABLE)
    cells = by_text(doc)
    assert (cells["2.465"]["unit"], cells["2.465"]["metric"]) == ("index point", "AMOUNT")
    assert (cells["-0.012"]["unit"], cells["-0.012"]["metric"]) == ("index point", "CHANGE")
    assert _links(doc, "+0.057", "MODIFIES") == {"2.465"}


def test_ranks_above_ninety_nine_open_a_ranked_row_and_are_no_figures(extract_both):
    doc = extract_both(SCORE_TABLE)
    texts = [q["text"] for q in quantities(doc)]
    assert "131" not in texts and "47" not in texts and "3" not in texts
    assert _links(doc, "2.465", "CATEGORY") == {"Brazil"}


def test_a_rank_column_with_its_year_holds_no_figures(extract_both):
    doc = extract_both(
        "Table 1. Scores and ranks, 2014 and 2024 (score 0-100)\n\n"
        "Country        Score 2014   Score 2024   Change   Rank 2024\n"
        "Estonia                69           77       +8          11\n"
        "Mexico                 35           29       -6         140\n")
    texts = [q["text"] for q in quantities(doc)]
    assert "11" not in texts and "140" not in texts
    cells = by_text(doc)
    assert cells["77"]["unit"] == "index point"
    assert (cells["-6"]["unit"], cells["-6"]["metric"]) == ("index point", "CHANGE")


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Under-five deaths fell to 4.8 million in 2023, and the under-5 mortality rate to 36 deaths per 1,000 live "
         "births.", ["4.8 million", "36 deaths per 1,000 live births"]),
        ("The over-65s made up 19.2% of the population, against 15.9% a decade earlier.", ["19.2%", "15.9%"]),
    ],
)
def test_an_age_group_named_with_a_hyphen_is_no_figure(extract_both, text, kept):
    assert [q["text"] for q in quantities(extract_both(text))] == kept


def test_a_rate_per_million_of_a_plural_base_keeps_its_base_and_counts_what_the_rate_names(extract_both):
    cells = by_text(extract_both(
        "The all-accident rate fell to 0.92 per million sectors in 2024, and the fatality risk to 0.04."))
    assert cells["0.92 per million sectors"]["unit"] == "accident per million sectors"
    assert cells["0.92 per million sectors"]["metric"] == "SHARE"


def test_a_figure_in_brackets_after_a_rate_is_the_same_rate_earlier(extract_both):
    cells = by_text(extract_both("- Turboprop: all-accident rate of 2.10 per million sectors (3.05 in 2023)."))
    assert cells["3.05"]["unit"] == cells["2.10 per million sectors"]["unit"]


def test_a_respectively_list_of_rates_gives_each_place_its_rate(extract_both):
    doc = extract_both("Stillbirth rates in western Africa, eastern Africa and Europe were 21, 16 and 3 stillbirths "
                       "per 1,000 total births, respectively.")
    assert _links(doc, "21", "CATEGORY") == {"western Africa"}
    assert _links(doc, "16", "CATEGORY") == {"eastern Africa"}
    assert _links(doc, "3 stillbirths per 1,000 total births", "CATEGORY") == {"Europe"}
    assert not _links(doc, "3 stillbirths per 1,000 total births", "MODIFIES")


def test_a_footnote_mark_ending_a_row_label_is_no_figure(extract_both):
    doc = extract_both(
        "Table 3. Results by party (votes; seats)\n\n"
        "Party               Votes   Seats\n"
        "Unionist (1)      412,770      14\n"
        "Alliance (2)      301,004       6\n"
        "Others            118,225       2\n")
    texts = [q["text"] for q in quantities(doc)]
    assert texts == ["412,770", "14", "301,004", "6", "118,225", "2"]
    assert _links(doc, "412,770", "CATEGORY") == {"Unionist"}


def test_a_gloss_putting_a_shares_change_in_points_covers_the_change_column(extract_both):
    doc = extract_both(
        "Table 1. Results by party, 2025 (votes; share in per cent; change in share since 2021 in percentage "
        "points; seats)\n\n"
        "Party          Votes    Share   Change   Seats\n"
        "Greens       812,300     21.4     +3.9      41\n"
        "Liberals     640,115     16.9     -5.2      30\n")
    cells = by_text(doc)
    assert (cells["-5.2"]["unit"], cells["-5.2"]["metric"]) == ("percentage point", "CHANGE")
    assert _links(doc, "-5.2", "MODIFIES") == {"16.9"}


def test_a_scale_abbreviated_with_a_full_stop_declares_the_money_column(extract_both):
    cells = by_text(extract_both(
        "Table 1. The largest importers, 2024 (US$ b., current prices; shares and changes in per cent)\n\n"
        "Country      Imports   World share   Change 2023-24\n"
        "Germany        1,410          6.1              1.8\n"
        "Japan            742          3.2             -4.6\n"))
    assert (cells["742"]["unit"], cells["742"]["value"]) == ("us dollar", 742_000_000_000)
    assert cells["3.2"]["unit"] == "percent"


def test_exajoules_are_energy_and_a_power_of_ten_in_a_note_is_no_figure(extract_both):
    doc = extract_both("World consumption rose 1.8 per cent to 598 exajoules, of which oil supplied 191 EJ.\n\n"
                       "Note: 1 EJ = 10^18 joules.")
    cells = by_text(doc)
    assert (cells["191 EJ"]["unit"], cells["191 EJ"]["metric"]) == ("exajoule", "AMOUNT")
    assert [q["text"] for q in quantities(doc)] == ["1.8 per cent", "598 exajoules", "191 EJ"]


def test_a_unit_column_declares_the_unit_of_each_rows_figures(extract_both):
    cells = by_text(extract_both(
        "Table 1. Price forecasts, annual averages (nominal US dollars; f = forecast)\n\n"
        "Commodity          Unit       2024    2025f\n"
        "Crude oil, Brent   $/bbl      81.2     74.5\n"
        "Natural gas, US    $/mmbtu     2.3      3.1\n"
        "Nickel             $/mt     16,800   15,900\n"))
    assert (cells["74.5"]["unit"], cells["74.5"]["metric"]) == ("us dollar per barrel", "MONEY")
    assert cells["3.1"]["unit"] == "us dollar per million british thermal unit"
    assert cells["15,900"]["unit"] == "us dollar per ton"


def test_a_footnote_number_opening_its_line_is_no_figure(extract_both):
    doc = extract_both("Licence revenues rose 6.1% to $4.2 billion in 2024.\n\n"
                       "1 Values at constant exchange rates; totals may not add up because of rounding.")
    assert [q["text"] for q in quantities(doc)] == ["6.1%", "$4.2 billion"]


def test_the_year_2100_is_no_figure(extract_both):
    doc = extract_both("Table 1. Population of the largest countries, 2025, 2060 and 2100 (millions)\n\n"
                       "Country     2025    2060    2100\n"
                       "Brazil       212     231     185\n\n"
                       "The population of Brazil will fall to 185 million by 2100, and between 2060 and 2100 it "
                       "will shrink by a fifth.")
    texts = [q["text"] for q in quantities(doc)]
    assert "2100" not in texts
    assert by_text(doc)["231"]["unit"] == by_text(doc)["212"]["unit"]


def test_an_index_on_a_zero_to_one_scale_is_an_index_level(extract_both):
    cells = by_text(extract_both(
        "The Gender Development Index (GDI) stood at 0.958 in 2023, with Norway and Chile at 0.991 and 0.967, "
        "respectively."))
    assert (cells["0.958"]["unit"], cells["0.958"]["metric"]) == ("index point", "AMOUNT")
    assert cells["0.991"]["unit"] == "index point"


def test_a_figure_with_its_own_share_in_brackets_is_a_count_of_the_sentences_thing(extract_both):
    cells = by_text(extract_both(
        "In all, 312 women were elected, 44.6 per cent of members, compared with 287 (41.0 per cent) in 2021."))
    assert (cells["287"]["unit"], cells["287"]["metric"]) == ("person", "COUNT")


def test_a_place_opening_a_label_is_its_category_not_a_counted_noun(extract_both):
    doc = extract_both("Regional averages, 2024\n\n- Americas: 43, with Chile on 63.\n- Europe: 64.")
    cells = by_text(doc)
    assert cells["43"]["unit"] != "america"
    assert _links(doc, "43", "CATEGORY") == {"Americas"}


@pytest.mark.parametrize("place", ["New Zealand", "North Korea", "South Sudan"])
def test_a_bracketed_figure_after_a_two_word_place_is_a_figure(extract_both, place):
    doc = extract_both(f"Scores ranged widely, with Denmark (90), {place} (24) and Chile (66) among those listed.")
    assert "24" in {q["text"] for q in quantities(doc)}
    assert _links(doc, "24", "CATEGORY") == {place}


def test_an_age_in_brackets_after_a_persons_name_stays_no_figure(extract_both):
    doc = extract_both("Police charged Mark Evans (34) with three offences.")
    assert "34" not in {q["text"] for q in quantities(doc)}


@pytest.mark.parametrize(
    "text,first,second",
    [
        ("In 2024, 71.3 per cent of trains arrived on time, up 2.4 percentage points on 2023 but 6.9 points below "
         "2019.", "2.4 percentage points", "6.9 points"),
        ("The vacancy rate was 2.2%, up 0.7 percentage points on the year but still 1.1 percentage points below its "
         "2019 level.", "0.7 percentage points", "1.1 percentage points"),
    ],
)
def test_a_change_after_but_with_its_verb_left_out_changes_the_same_figure(extract_both, text, first, second):
    doc = extract_both(text)
    level = _links(doc, first, "MODIFIES")
    assert level and _links(doc, second, "MODIFIES") == level


def test_a_figures_peak_reached_in_a_year_is_dated_by_that_year(extract_both):
    doc = extract_both("The share fell to 10.4 percent in 2024, though still below the 12.1 percent peak reached in "
                       "2012.")
    assert _links(doc, "12.1 percent", "PERIOD") == {"in 2012"}


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("Compared with the previous half, new listings fell 18.5% to 611.", "18.5%", "the previous half"),
        ("Turnover rose 4.2% from the previous half-year to EUR 2.9 billion.", "4.2%", "the previous half-year"),
    ],
)
def test_the_previous_half_year_is_a_baseline(extract_both, text, change, baseline):
    doc = extract_both(text)
    assert _links(doc, change, "BASELINE") == {baseline}


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The distribution reserve stood at CHF -41.2 billion after the allocation.", "CHF -41.2 billion",
         "swiss franc"),
        ("Net other items came to EUR -3.4 million in the year.", "EUR -3.4 million", "euro"),
    ],
)
def test_a_currency_code_before_a_signed_amount_is_its_currency(extract_both, text, figure, unit):
    cells = by_text(extract_both(text))
    assert (cells[figure]["unit"], cells[figure]["metric"] in ("MONEY", "CHANGE")) == (unit, True)


def test_the_number_of_a_legal_provision_is_no_figure(extract_both):
    doc = extract_both("The allocation rose 8.0% to CHF 9.7 billion, as Art. 30 para. 2 of the Act and section 5 of "
                       "the regulation require.")
    assert [q["text"] for q in quantities(doc)] == ["8.0%", "CHF 9.7 billion"]


def test_a_percent_after_an_age_group_is_a_share_not_an_age(extract_both):
    cells = by_text(extract_both("Of the 250 million, 65 million were of lower secondary age (15.1%) and 108 million "
                                 "of upper secondary age (30.9%)."))
    assert (cells["15.1%"]["unit"], cells["30.9%"]["unit"]) == ("percent", "percent")
    assert cells["15.1%"]["metric"] != "AMOUNT"


def test_sdg_is_a_goal_not_a_currency(extract_both):
    doc = extract_both("Figures from the March 2025 SDG 4 scorecard show 18 countries on track.")
    assert [q["text"] for q in quantities(doc)] == ["18"]


def test_a_ratio_of_two_counts_named_before_ratio_is_per_the_second(extract_both):
    cells = by_text(extract_both(
        "The pupil to teacher ratio was 18.9 in primary schools (down 0.2 on 2023) and 16.1 in secondary schools, "
        "compared with 19.6 and 15.0 respectively in 2015."))
    for figure in ("18.9", "16.1", "19.6", "15.0"):
        assert (cells[figure]["unit"], cells[figure]["metric"]) == ("pupil per teacher", "SHARE"), figure
    assert (cells["0.2"]["unit"], cells["0.2"]["metric"]) == ("pupil per teacher", "CHANGE")


def test_a_ratio_of_two_amounts_stays_times(extract_both):
    cells = by_text(extract_both("The debt-to-income ratio rose to 1.42 in the quarter."))
    assert cells["1.42"]["unit"] == "times"


def test_the_time_a_figure_was_published_is_no_period(extract_both):
    doc = extract_both("The 2023 total has been revised down from 41,200, as published in February 2024, to 40,950.")
    assert not _links(doc, "41,200", "PERIOD")
    assert not _links(doc, "40,950", "PERIOD")


def test_whole_numbers_after_a_score_are_scores(extract_both):
    cells = by_text(extract_both(
        "Estonia's pupils averaged 546 score points in science, ahead of Japan (533) and Korea (528)."))
    assert cells["533"]["unit"] == "index point"
    assert cells["528"]["unit"] == "index point"


def test_points_reaching_a_score_above_one_hundred_are_index_points(extract_both):
    cells = by_text(extract_both("France fell 21 points to 474 in mathematics."))
    assert (cells["21 points"]["unit"], cells["21 points"]["metric"]) == ("index point", "CHANGE")
    assert (cells["474"]["unit"], cells["474"]["metric"]) == ("index point", "AMOUNT")


def test_a_number_in_a_header_cells_gloss_leaves_the_table_its_header(extract_both):
    doc = extract_both(
        "Table 2. Sea surface temperature anomalies, 2024 (°C, relative to the 1991-2020 average)\n\n"
        "Basin            2024    2023    Change   Rank (1 = warmest, of 120)\n"
        "North Atlantic   0.88    0.93    -0.05    2\n"
        "Indian Ocean     0.61    0.47    +0.14    1\n")
    texts = [q["text"] for q in quantities(doc)]
    assert "120" not in texts
    assert by_text(doc)["0.61"]["unit"] == "degree celsius"


def test_a_year_of_the_past_after_a_preposition_is_no_figure(extract_both):
    doc = extract_both("It was the warmest year since 1880, 1.4°C above the 1850–1900 average, and 1910 workers "
                       "were idle.")
    texts = [q["text"] for q in quantities(doc)]
    assert "1880" not in texts and "1850" not in texts and "1910" in texts


def test_a_measure_restated_in_another_unit_is_the_same_figure(extract_both):
    doc = extract_both("The average temperature in 2024 was 0.8°C (1.4°F) above the 1991-2020 average.")
    cells = by_text(doc)
    assert (cells["1.4°F"]["metric"], cells["1.4°F"]["direction"]) == (cells["0.8°C"]["metric"],
                                                                       cells["0.8°C"]["direction"])
    assert _links(doc, "1.4°F", "CATEGORY") == _links(doc, "0.8°C", "CATEGORY")


def test_bare_pairs_in_brackets_follow_the_sentences_figures_in_order(extract_both):
    cells = by_text(extract_both(
        "The average was 3.4 physicians and 8.1 nurses per 1,000 population, with Norway (5.2; 18.3) well above it."))
    assert cells["5.2"]["unit"] == cells["3.4"]["unit"]
    assert cells["18.3"]["unit"] == "nurse per 1,000 population"
    assert cells["3.4"]["unit"] == "physician per 1,000 population"


def test_a_range_in_brackets_after_a_population_noun_is_an_age(extract_both):
    cells = by_text(extract_both("The working-age population (15-64) fell by 210 thousand to 73.7 million."))
    assert (cells["15-64"]["unit"], cells["15-64"]["metric"]) == ("year", "AMOUNT")


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Early returns from 388 clubs indicate that revenue rose 9%.", "388", "club"),
        ("Surveys in 41 countries suggest that prices rose 3%.", "41", "country"),
    ],
)
def test_a_verb_before_that_ends_the_counted_noun(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


def test_a_gloss_of_a_measure_and_per_cent_leaves_the_percent_to_its_column(extract_both):
    cells = by_text(extract_both(
        "Table 2. Remittance inflows by region, 2023-2024 (billions of US dollars and per cent)\n\n"
        "Region                       2023    2024    Growth rate (%)\n"
        "South Asia                    189     206               +9\n"
        "Sub-Saharan Africa             54      56               +4\n"))
    assert (cells["206"]["unit"], cells["206"]["value"]) == ("us dollar", 206_000_000_000)
    assert cells["+9"]["unit"] == "percent"


@pytest.mark.parametrize(
    "text,compared,time",
    [
        ("The share rose to 16.9 percent, close to the 17.1 percent recorded in 2019.", "17.1 percent", "in 2019"),
        ("The share fell to 16.9 percent, well below the pandemic high of 18.8 percent in 2021.", "18.8 percent",
         "in 2021"),
    ],
)
def test_a_value_compared_with_keeps_its_own_time(extract_both, text, compared, time):
    doc = extract_both(text)
    assert _links(doc, compared, "PERIOD") == {time}
    assert time not in _links(doc, "16.9 percent", "PERIOD")


def test_a_count_after_a_capitalised_determiner_opening_a_list_item_is_a_figure(extract_both):
    cells = by_text(extract_both("Key points\n\n- The 27 member states spent EUR 326 billion on defence.\n"))
    assert (cells["27"]["unit"], cells["27"]["metric"]) == ("state", "COUNT")


def test_a_units_line_under_some_columns_leaves_the_others_alone(extract_both):
    cells = by_text(extract_both(
        "Table 4. Health indicators, 2022\n\n"
        "Country        Beds      Doctors   Life exp.\n"
        "                                  (years)\n"
        "Austria         6.9        5.4       81.1\n"
        "Portugal        3.5        5.7       81.7\n"))
    assert cells["81.7"]["unit"] == "year"
    assert cells["5.7"]["unit"] != "year" and cells["3.5"]["unit"] != "year"
