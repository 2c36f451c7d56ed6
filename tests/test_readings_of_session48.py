"""Readings found in releases of genres no probe held when they were written (birth statistics, death registrations,
innovation rankings, development reports): coordinated modifiers of one counted noun, rates restated with their
changes, a table's measure given for each sex, values compared after a comma. Each case is a sentence of our own in
the style of such releases and runs on the rules alone and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,figure,unit,category",
    [
        ("Lenders approved 2,340 small, medium-sized and large projects in the year.", "2,340", "project",
         "small, medium-sized and large projects"),
        ("The fund supported 64 fragile, low-income or landlocked economies during 2023.", "64", "economy",
         "fragile, low-income or landlocked economies"),
        ("Inspectors visited 418 rural, remote and coastal schools last year.", "418", "school",
         "rural, remote and coastal schools"),
    ],
)
def test_coordinated_modifiers_before_a_counted_noun_are_one_phrase(extract_both, text, figure, unit, category):
    doc = extract_both(text)
    assert by_text(doc)[figure]["unit"] == unit
    assert _links(doc, figure, "CATEGORY") == {category}


def test_modifiers_listed_before_a_respectively_list_stay_its_items(extract_both):
    doc = extract_both("Investment in the eastern, central and western regions was 412.6, 388.1 and 301.9 billion "
                       "yuan respectively.")
    assert _links(doc, "412.6", "CATEGORY") == {"eastern"}
    assert _links(doc, "388.1", "CATEGORY") == {"central"}


def test_a_modifier_joined_by_or_shares_the_plural_of_the_last_item(extract_both):
    doc = extract_both("Second-born children and fourth or later children made up 31.4% and 2.9% of births, "
                       "respectively.")
    assert _links(doc, "31.4%", "CATEGORY") == {"Second-born children"}
    assert _links(doc, "2.9%", "CATEGORY") == {"fourth or later children"}


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("- Crude death rate: 9.8 per 1,000 population, up 0.3 from 9.5 in 2023", "0.3", "9.8 per 1,000 population"),
        ("Mothers aged 25-29 had 21.4 births per 1,000 women, down 2.2 on the year before.", "2.2",
         "21.4 births per 1,000 women"),
    ],
)
def test_a_bare_figure_after_a_rate_and_a_direction_is_its_change(extract_both, text, change, level):
    doc = extract_both(text)
    assert by_text(doc)[change]["metric"] == "CHANGE"
    assert _links(doc, change, "MODIFIES") == {level}


def test_a_name_opening_the_sentence_counts_nothing(extract_both):
    cells = by_text(extract_both("Japan remains one of few members with a fertility rate near 1.2, against a group "
                                 "average of 1.51 in 2022, with Greece (1.32) and Poland (1.26) close behind."))
    for figure in ("1.51", "1.32", "1.26"):
        assert cells[figure]["unit"] != "japan", (figure, cells[figure]["unit"])


@pytest.mark.parametrize(
    "text,figure,category,bound",
    [
        ("- Live births, second quarter: 54,200, below 58,700 a year earlier", "58,700", "Live births", "="),
        ("- Youth unemployment rate: 11.9%, above 10.6% a year earlier", "10.6%", "Youth unemployment rate", "="),
    ],
)
def test_a_value_after_a_comma_and_below_or_above_is_the_same_measure_compared(extract_both, text, figure, category,
                                                                              bound):
    doc = extract_both(text)
    assert by_text(doc)[figure]["bound"] == bound
    assert _links(doc, figure, "CATEGORY") == {category}


def test_a_level_compared_with_a_dated_high_is_no_change(extract_both):
    doc = extract_both("The vacancy rate was 3.4%, down from the 2022 high of 4.7%.")
    cells = by_text(doc)
    assert cells["3.4%"]["metric"] == "SHARE"
    assert not _links(doc, "3.4%", "BASELINE")


def test_a_change_below_a_dated_peak_keeps_the_peak_as_its_baseline(extract_both):
    doc = extract_both("Occupancy reached 81.2% in July, 2.6 points below the July 2019 peak of 83.8%.")
    assert _links(doc, "2.6 points", "BASELINE") == {"the July 2019 peak"}


SEX_TABLE = ("Table 3: Suicide rates by region and sex, 2023 (deaths per 100,000 population)\n"
             "\n"
             "Region            Males    Females\n"
             "North            17.9      5.6\n"
             "Midlands         16.2      4.9\n"
             "South            14.8      4.4\n")


def test_columns_named_by_sex_take_the_rate_the_title_declares(extract_both):
    cells = by_text(extract_both(SEX_TABLE))
    for figure in ("17.9", "5.6", "14.8"):
        assert cells[figure]["unit"] == "death per 100,000 population", (figure, cells[figure]["unit"])
        assert cells[figure]["metric"] == "SHARE"


def test_columns_named_by_sex_count_nothing_of_their_own(extract_both):
    cells = by_text(extract_both("Average hours per day spent on paid work, 2023\n"
                                 "\n"
                                 "Age group      Men     Women\n"
                                 "25 to 54      6.12     4.98\n"))
    assert cells["6.12"]["unit"] not in ("man", "men")
    assert cells["4.98"]["unit"] not in ("woman", "women")


def test_rates_for_two_groups_with_their_changes_respectively(extract_both):
    doc = extract_both("The mortality rate was 612.4 deaths per 100,000 men and 455.9 per 100,000 women (+0.9% and "
                       "-0.4%, respectively).")
    cells = by_text(doc)
    assert cells["455.9 per 100,000 women"]["unit"] == "death per 100,000 women"
    assert _links(doc, "+0.9%", "MODIFIES") == {"612.4 deaths per 100,000 men"}
    assert _links(doc, "-0.4%", "MODIFIES") == {"455.9 per 100,000 women"}


POPULATION_TABLE = ("Table 2. Residents on 1 January 2024 and change during 2023, selected regions\n"
                    "\n"
                    "              Residents    Share        Change       Crude rate of change\n"
                    "              (thousand)   (%)          (thousand)   (per 1 000 residents)\n"
                    "North           2 410.5     21.4         +18.2        +7.6\n"
                    "Coast           1 120.9      9.9          -4.3        -3.8\n")


def test_a_level_column_of_a_two_line_header_beside_a_change_column_is_a_level(extract_both):
    cells = by_text(extract_both(POPULATION_TABLE))
    assert cells["2 410.5"]["metric"] == "COUNT"
    assert cells["+18.2"]["metric"] == "CHANGE"


def test_a_rate_declared_under_a_stacked_header_cell(extract_both):
    cells = by_text(extract_both(POPULATION_TABLE))
    for figure, direction in (("+7.6", "up"), ("-3.8", "down")):
        assert cells[figure]["unit"].endswith("per 1,000 residents"), (figure, cells[figure]["unit"])
        assert (cells[figure]["metric"], cells[figure]["direction"]) == ("CHANGE", direction)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("The bulletin (ISBN 978-1-83876-412-9) lists 240 schools.", "978"),
        ("See release 2024-11-06-3 for the 412 revised series.", "2024-11-06"),
        ("Progress on SDG targets 3.1 and 3.2 slowed in 38 countries.", "3.1"),
        ("Indicators 11.6.2 and 6.3 improved in 12 regions.", "6.3"),
    ],
)
def test_identifiers_of_hyphened_groups_and_numbered_targets_are_no_figures(extract_both, text, absent):
    cells = by_text(extract_both(text))
    assert not any(t.startswith(absent) for t in cells), sorted(cells)


def test_a_second_of_the_opens_a_whole_of_its_own(extract_both):
    doc = extract_both("Of the 620 hospitals inspected, 140 failed the standard, and of the 310 clinics inspected, 75 "
                       "failed it.")
    assert _links(doc, "140", "PART_OF") == {"620"}
    assert _links(doc, "310", "PART_OF") == set()
    assert _links(doc, "75", "PART_OF") == {"310"}


FORECAST_TABLE = ("Table 4: Main forecasts, March 2025 (per cent unless stated; change on October 2024 in brackets)\n"
                  "Calendar-year figures for growth and inflation\n"
                  "                         2025-26       2026-27\n"
                  "Real GDP growth          1.1 (-0.4)    1.6 (+0.2)\n"
                  "CPI inflation            2.9 (+0.3)    2.1 (0.0)\n")


def test_a_note_line_under_a_numbered_title_leaves_the_title_its_gloss(extract_both):
    cells = by_text(extract_both(FORECAST_TABLE))
    for figure in ("1.1", "1.6", "2.9", "2.1"):
        assert cells[figure]["unit"] == "percent", (figure, cells[figure]["unit"])


def test_a_heading_baseline_of_the_bracketed_column_is_not_the_cells(extract_both):
    doc = extract_both(FORECAST_TABLE)
    assert _links(doc, "1.1", "BASELINE") == set()
    assert _links(doc, "-0.4", "BASELINE") == {"October 2024"}


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("Over 2014-2023 sea level rose by 4.7 mm per year.", "4.7 mm per year", "Over 2014-2023"),
        ("Over 2010–2019 output grew 1.9% a year.", "1.9%", "Over 2010–2019"),
        ("In the 1990s the fleet grew by 3.2% a year.", "3.2%", "In the 1990s"),
    ],
)
def test_a_span_of_years_after_over_and_a_decade_are_periods(extract_both, text, figure, period):
    doc = extract_both(text)
    assert _links(doc, figure, "PERIOD") == {period}
    assert not _links(doc, figure, "BASELINE")


def test_lacked_is_a_verb_after_a_figure(extract_both):
    cells = by_text(extract_both("Of the 3.1 billion people in rural areas, 940 million lacked a basic service."))
    assert cells["940 million"]["unit"] == "person"


@pytest.mark.parametrize(
    "text,change,category",
    [
        ("Gas is forecast at US$11 per MMBtu in 2025, with coal prices down some 6 percent this year.", "6 percent",
         "coal prices"),
        ("Arrivals reached 2.3 million in June, with cruise calls up about 9 percent on the year.", "9 percent",
         "cruise calls"),
    ],
)
def test_a_bound_between_the_direction_and_the_change_of_an_absolute_construction(extract_both, text, change,
                                                                                   category):
    doc = extract_both(text)
    assert _links(doc, change, "CATEGORY") == {category}
    assert not _links(doc, change, "MODIFIES")


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Frontier markets (FMs) are forecast to expand 3.8 percent in 2025.", "3.8 percent", "Frontier markets (FMs)"),
        ("Developing regions are set to grow 4.4 percent next year.", "4.4 percent", "Developing regions"),
        ("Canada and Mexico both grow 1.2 percent in the baseline.", "1.2 percent", "Canada and Mexico"),
        ("Wages and salaries each rose 3.9 percent over the year.", "3.9 percent", "Wages and salaries"),
    ],
)
def test_the_subject_past_a_passive_before_to_or_a_floating_quantifier(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_the_top_of_a_score_scale_is_no_figure(extract_both):
    doc = extract_both("Denmark ranked first with a score of 90 out of 100, ahead of Finland (88).")
    cells = by_text(doc)
    assert "100" not in cells, sorted(cells)
    assert "out" not in {c for h, lab, c in relations(doc) if lab == "CATEGORY"}


def test_a_verb_with_a_named_object_ends_a_counted_noun(extract_both):
    doc = extract_both("The survey covers 64 economies on 81 indicators and places Denmark first for a third year.")
    assert _links(doc, "81", "CATEGORY") == {"indicators"}


def test_a_note_label_names_no_measure(extract_both):
    doc = extract_both("Sales rose in 2024.\n\nNote: about 70% of the 2024 figures are provisional.")
    assert "Note" not in _links(doc, "70%", "CATEGORY")


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Only 28 per cent of the indicators that could be measured were on track.", "28 per cent", "the indicators"),
        ("About 35% of the firms that responded reported a loss.", "35%", "the firms"),
    ],
)
def test_a_share_whose_whole_has_a_relative_clause_before_the_verb(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


GLOSS_LINE_TABLE = ("Table 3. Growth of credit by borrower\n"
                    "Percent, seasonally adjusted annual rate; outstanding in US$ billion\n"
                    "\n"
                    "Borrower        2024:Q2  2024:Q3  Outstanding\n"
                    "Households          2.8      3.3        942.1\n"
                    "Businesses          1.9      2.2        611.4\n")


def test_a_gloss_line_under_a_numbered_title_declares_its_columns(extract_both):
    cells = by_text(extract_both(GLOSS_LINE_TABLE))
    assert (cells["2.8"]["unit"], cells["2.8"]["metric"]) == ("percent", "CHANGE")
    assert (cells["942.1"]["unit"], cells["942.1"]["value"]) == ("us dollar", 942_100_000_000)


def test_codes_of_letters_and_digits_are_modifiers_of_the_counted_noun(extract_both):
    cells = by_text(extract_both("Carriers retired 87 older 3G and 4G base stations in the quarter."))
    assert cells["87"]["unit"] == "station"


@pytest.mark.parametrize(
    "text,part,whole,category",
    [
        ("Lending reached €412.0 billion, of which firms borrowed €160.3 billion.", "€160.3 billion", "€412.0 billion",
         "firms"),
        ("Freight totalled 18.2 million tonnes, of which rail carried 5.1 million tonnes.", "5.1 million tonnes",
         "18.2 million tonnes", "rail"),
    ],
)
def test_a_part_stated_by_a_past_verb_after_of_which(extract_both, text, part, whole, category):
    doc = extract_both(text)
    assert _links(doc, part, "PART_OF") == {whole}
    assert _links(doc, part, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The crude marriage rate² fell to 3.8 per 1,000 in 2023.", "3.8 per 1,000", "crude marriage rate"),
        ("Table 2: Residents by region, 2024\n\nRegion               Residents\nCapital region       1 980 000\n"
         "Other districts¹     2 410 000\n", "2 410 000", "Other districts"),
    ],
)
def test_a_superscript_note_mark_is_no_part_of_a_phrase(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The bureau estimates the resident population at 5,91 million.", "5,91 million", "resident population"),
        ("The Treasury has set the limit for this borrowing at £31.0 billion.", "£31.0 billion",
         "limit for this borrowing"),
    ],
)
def test_the_object_a_verb_puts_at_a_figure(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_a_count_of_places_a_clause_covers_is_no_figure_its_change_is_of(extract_both):
    doc = extract_both("Pension incomes rose in 18 of the 24 regions surveyed, by 2.7% on average.")
    assert _links(doc, "2.7%", "MODIFIES") == set()
    assert _links(doc, "2.7%", "CATEGORY") == {"Pension incomes"}


def test_a_hyphenated_net_zero_is_no_figure(extract_both):
    cells = by_text(extract_both("Net-zero plans to reshape a fifth of jobs by 2035."))
    assert "zero" not in cells, sorted(cells)


@pytest.mark.parametrize(
    "text,value,margin,metric,direction",
    [
        ("The decade averaged 1.19 ± 0.12 °C above the 1961-1990 mean.", "1.19", "0.12 °C", "CHANGE", "up"),
        ("Sea surface temperatures warmed by 0.91 ± 0.09 °C over the century.", "0.91", "0.09 °C", "CHANGE", "up"),
    ],
)
def test_a_value_with_its_margin_written_apart(extract_both, text, value, margin, metric, direction):
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells[value]["unit"] == "degree celsius"
    assert (cells[value]["metric"], cells[value]["direction"]) == (metric, direction)
    assert (cells[margin]["metric"], cells[margin]["direction"]) == ("CHANGE", None)
    assert not [r for r in relations(doc) if r[0] == margin or r[2] == margin]


def test_a_time_opening_the_next_clause_dates_only_that_clause(extract_both):
    doc = extract_both("Mean maximum temperatures were 1.12 °C above average, and March and May were 2.40 °C and "
                       "1.85 °C above their monthly averages, respectively.")
    assert _links(doc, "1.12 °C", "PERIOD") == set()
    assert _links(doc, "2.40 °C", "PERIOD") == {"March"}
    assert _links(doc, "1.85 °C", "PERIOD") == {"May"}


def test_a_column_named_by_a_rate_segment_of_the_title(extract_both):
    cells = by_text(extract_both("Table 2. Child labour by region, 2020 (number in millions; prevalence per thousand "
                                 "children)\n\nRegion                 Number   Prevalence\nSouthern Asia            "
                                 "26.3       61.2\nWorld                   160.0       97.4\n"))
    assert cells["26.3"]["value"] == 26_300_000
    assert cells["61.2"]["unit"].endswith("per thousand children")
    assert cells["61.2"]["metric"] == "SHARE"


def test_a_bracket_after_a_named_earlier_value_restates_the_change(extract_both):
    doc = extract_both("Some 27.6 million people were in forced labour in 2021, about 2.7 million more than the 2016 "
                       "estimate of 24.9 million (+2.7 million; +11%).")
    for change in ("+2.7 million", "+11%"):
        assert _links(doc, change, "MODIFIES") == {"27.6 million"}, change


def test_a_label_after_a_semicolon_names_its_own_figure(extract_both):
    doc = extract_both("- Single adults: $41,200 (-2.1%); couples with children: $118,400 (+0.6%).")
    assert _links(doc, "$41,200", "CATEGORY") == {"Single adults"}
    assert _links(doc, "$118,400", "CATEGORY") == {"couples with children"}


def test_the_next_part_with_its_own_subject_and_the_verb_left_out(extract_both):
    doc = extract_both("In nominal terms, output is estimated at S$96.4 billion, of which the goods sector contributed "
                       "S$24.1 billion (25.0 per cent) and the services sector S$66.2 billion (68.7 per cent).")
    assert _links(doc, "S$24.1 billion", "PART_OF") == {"S$96.4 billion"}
    assert _links(doc, "S$66.2 billion", "PART_OF") == {"S$96.4 billion"}
    assert _links(doc, "S$24.1 billion", "CATEGORY") == {"goods sector"}
