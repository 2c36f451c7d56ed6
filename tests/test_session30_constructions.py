"""Session 30's constructions (GUIDELINES C30-1..), each written anew from how police, border and customs
releases lay out their tables: a level in each cell with its change in brackets under a title that names only
the change."""

import pytest

from conftest import by_text, check, relations


@pytest.mark.parametrize("gloss", ["(change on 2022 in %)", "(percentage change on 2022)", "(% change from 2022)"])
def test_a_title_naming_only_the_change_names_the_signed_brackets_of_level_cells(extract_both, gloss):
    text = (f"Recorded thefts and arrests by district, 2023 {gloss}\n"
            "District            Recorded thefts       Arrests\n"
            "Harbour                 14,382 (-6.3)         528 (+11.4)\n"
            "Old Town                 9,016 (+1.8)         301 (-2.2)\n")
    doc = extract_both(text)
    figures = by_text(doc)
    for level, unit in (("14,382", "theft"), ("528", "arrest"), ("9,016", "theft"), ("301", "arrest")):
        assert figures[level]["unit"] == unit, figures[level]
        assert figures[level]["metric"] == "COUNT", figures[level]
    for change in ("-6.3", "+11.4", "+1.8", "-2.2"):
        assert figures[change]["unit"] == "percent", figures[change]
        assert figures[change]["metric"] == "CHANGE", figures[change]
    rel = relations(doc)
    check(rel, [("-6.3", "MODIFIES", "14,382"), ("+11.4", "MODIFIES", "528"), ("-6.3", "BASELINE", "2022"),
                ("14,382", "CATEGORY", "Harbour")],
          absent=[("14,382", "BASELINE", "2022"), ("528", "BASELINE", "2022")])


@pytest.mark.parametrize("text,figure", [
    ("Projected inflation (annual change of the quarterly average, in percent)\n"
     "Quarter        Headline      Core\n"
     "Q1 2026           3.7         3.4\n", "3.7"),
    ("Average earnings grew 4.6% (annual growth of the three-month average) in the year to June.", "4.6%"),
])
def test_the_average_a_change_is_of_is_no_baseline(extract_both, text, figure):
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[0] == figure and r[1] == "BASELINE"], sorted(rel)


def test_an_average_compared_with_stays_a_baseline(extract_both):
    rel = relations(extract_both("House prices in the capital stood 18% above the national average in 2024."))
    assert [r for r in rel if r[0] == "18%" and r[1] == "BASELINE" and "average" in r[2]], sorted(rel)


@pytest.mark.parametrize("bracket,direction", [("(± 0.9 percent)", None), ("(+ 1.4 %)", "up"), ("(- 0.6%)", "down")])
def test_a_sign_spaced_from_its_figure_inside_a_bracket_belongs_to_it(extract_both, bracket, direction):
    text = f"Quarterly e-commerce sales were $301.7 billion, {bracket} on the previous estimate."
    figures = by_text(extract_both(text))
    inner = bracket[1:-1]
    assert inner in figures, sorted(figures)
    assert figures[inner].get("direction") == direction, figures[inner]


def test_a_spaced_margin_of_error_links_to_nothing(extract_both):
    text = ("Online retail sales reached $301.7 billion in the third quarter, an increase of 2.6 percent (± 0.7 "
            "percent) from the second quarter of 2025.")
    rel = relations(extract_both(text))
    check(rel, [("2.6 percent", "BASELINE", "the second quarter of 2025")])
    assert not [r for r in rel if r[0] == "± 0.7 percent" or r[2] == "± 0.7 percent"], sorted(rel)


@pytest.mark.parametrize("header,row,changed", [
    ("Offence type          Oct 2025    Oct 2024    % change", "Robbery                  1,204       1,310        -8.1",
     "1,204"),
    ("Offence type          2024        2025        % change", "Robbery                  1,310       1,204        -8.1",
     "1,204"),
    ("Offence type      Q3 2025     Q3 2024     Change (%)", "Robbery              1,204       1,310        -8.1",
     "1,204"),
])
def test_a_change_column_changes_the_cell_under_the_latest_time(extract_both, header, row, changed):
    text = f"Table 4: Offences recorded by the force (percent change on a year earlier)\n{header}\n{row}\n"
    rel = relations(extract_both(text))
    check(rel, [("-8.1", "MODIFIES", changed)])


@pytest.mark.parametrize("title", [
    "Consumer prices by main group, October 2025 (weights and annual change on October 2024 in per cent, "
    "contributions in percentage points)",
    "Table 3. Annual inflation by group, October 2025 (change on October 2024)",
])
def test_a_contribution_column_is_a_change_of_its_group_with_no_baseline(extract_both, title):
    text = (f"{title}\n"
            "Main group                Weight   Annual change   Contribution (pp)\n"
            "Food and soft drinks       11.42             3.1           0.35\n")
    doc = extract_both(text)
    figure = by_text(doc)["0.35"]
    assert figure["unit"] == "percentage point" and figure["metric"] == "CHANGE", figure
    rel = relations(doc)
    check(rel, [("0.35", "CATEGORY", "Food and soft drinks")],
          absent=[("0.35", "MODIFIES", "3.1"), ("0.35", "BASELINE", "October 2024")])


def test_a_title_of_a_change_and_its_components_lets_each_row_say_which_it_is(extract_both):
    text = ("Table 4: Population change and its components, year to April (thousand persons)\n"
            "Component             2024     2025\n"
            "Births                54.9     54.1\n"
            "Net migration         79.3     59.7\n"
            "Natural increase      19.7     18.2\n"
            "Population change     99.0     77.9\n")
    figures = by_text(extract_both(text))
    for level in ("54.9", "79.3"):
        assert figures[level]["metric"] == "COUNT" and figures[level]["unit"] == "person", figures[level]
    for change in ("19.7", "99.0"):
        assert figures[change]["metric"] == "CHANGE" and figures[change]["unit"] == "person", figures[change]
    assert figures["54.9"]["value"] == 54_900, figures["54.9"]


def test_a_row_gloss_declaring_a_count_overrides_the_tables_percent_unless_stated(extract_both):
    text = ("Staff projections, December 2025\n"
            "(percent change on a year earlier unless stated; projections of the September report in brackets)\n"
            "                                          2025           2026\n"
            "GDP growth                                2.4 (2.2)      2.0 (1.9)\n"
            "Merchandise exports (US dollar terms)     4.1 (3.5)      2.2 (2.0)\n"
            "Foreign visitors (million persons)        33.4 (34.0)    36.0 (37.1)\n")
    doc = extract_both(text)
    figures = by_text(doc)
    for level in ("33.4", "34.0", "36.0"):
        assert figures[level]["unit"] == "person" and figures[level]["metric"] == "COUNT", figures[level]
    assert figures["33.4"]["value"] == pytest.approx(33_400_000), figures["33.4"]
    assert figures["4.1"]["unit"] == "percent" and figures["4.1"]["metric"] == "CHANGE", figures["4.1"]
    rel = relations(doc)
    check(rel, [("33.4", "CATEGORY", "Foreign visitors"), ("4.1", "CATEGORY", "Merchandise exports")],
          absent=[("33.4", "BASELINE", "a year earlier")])


@pytest.mark.parametrize("text,step,month,direction", [
    ("Shipments of manufactured goods rose 0.8 percent to $591.2 billion in October. This followed a 0.3 percent "
     "September increase.", "0.3 percent", "September", "up"),
    ("Construction spending fell 0.5 percent to $2,154.0 billion in October, after a 1.1 percent September "
     "decrease.", "1.1 percent", "September", "down"),
    ("Retail sales increased 0.7 percent to $718.9 billion in November. That followed a revised 0.4 percent "
     "increase in October.", "0.4 percent", "in October", "up"),
])
def test_a_change_that_came_before_keeps_its_own_month_and_modifies_nothing(extract_both, text, step, month, direction):
    doc = extract_both(text)
    figure = by_text(doc)[step]
    assert figure["metric"] == "CHANGE" and figure.get("direction") == direction, figure
    rel = relations(doc)
    check(rel, [(step, "PERIOD", month)])
    assert not [r for r in rel if r[0] == step and r[1] == "MODIFIES"], sorted(rel)


def test_a_change_that_followed_takes_the_category_of_the_level_before(extract_both):
    text = ("Shipments of manufactured goods rose 0.8 percent to $591.2 billion in October. This followed a 0.3 "
            "percent September increase.")
    check(relations(extract_both(text)), [("0.3 percent", "CATEGORY", "Shipments of manufactured goods")])


@pytest.mark.parametrize("text,count,periods,unit", [
    ("Shipments of manufactured goods in October, up three of the last four months, increased $2.1 billion or 0.4 "
     "percent to $591.2 billion.", "three", "four months", "month"),
    ("Retail sales have risen in 9 of the past 12 months.", "9", "12 months", "month"),
    ("Exports fell in two of the last three quarters.", "two", "three quarters", "quarter"),
])
def test_a_count_of_the_last_periods_is_a_run_with_no_relation(extract_both, text, count, periods, unit):
    doc = extract_both(text)
    figures = by_text(doc)
    for figure in (count, periods):
        assert figures[figure]["unit"] == unit and figures[figure]["metric"] == "AMOUNT", figures[figure]
    rel = relations(doc)
    assert not [r for r in rel if r[0] in (count, periods) or r[2] in (count, periods)], sorted(rel)
    if "$591.2 billion" in figures:
        check(rel, [("$591.2 billion", "PERIOD", "in October")])


def test_a_title_naming_crime_as_a_mass_counts_crimes_in_its_rows(extract_both):
    text = ("Table 2: Major index crime, citywide, October 2025 and October 2024 (percent change on October 2024 in "
            "the last column)\n"
            "Crime category          Oct 2025    Oct 2024    % change\n"
            "Murder                        11          14       -21.4\n"
            "Felony assault             2,204       2,310        -4.6\n"
            "Grand larceny auto           910       1,150       -20.9\n")
    figures = by_text(extract_both(text))
    for cell in ("11", "2,204", "910", "1,150"):
        assert figures[cell]["unit"] == "crime" and figures[cell]["metric"] == "COUNT", figures[cell]


def test_a_gloss_of_levels_and_rates_above_a_blank_line_declares_both_kinds_of_row(extract_both):
    text = ("Table 2. Main labour market indicators, September 2025 and September 2024\n"
            "(thousand persons, rates in percent; seasonally adjusted)\n"
            "\n"
            "Indicator                          September 2024   September 2025   Change on a year earlier\n"
            "Employed population                        59,481           60,112            631\n"
            "Unemployed population                       1,712            1,654            -58\n"
            "Unemployment rate (%)                         2.8              2.7           -0.1\n")
    doc = extract_both(text)
    figures = by_text(doc)
    for cell, value in (("59,481", 59_481_000), ("1,654", 1_654_000)):
        assert figures[cell]["unit"] == "person" and figures[cell]["value"] == value, figures[cell]
    assert figures["631"]["unit"] == "person" and figures["631"]["metric"] == "CHANGE", figures["631"]
    assert figures["2.7"]["unit"] == "percent" and figures["2.7"]["metric"] == "SHARE", figures["2.7"]
    rate_change = figures["-0.1"]
    assert rate_change["unit"] == "percentage point" and rate_change["metric"] == "CHANGE", rate_change
    check(relations(doc), [("-0.1", "MODIFIES", "2.7"), ("631", "MODIFIES", "60,112")])


@pytest.mark.parametrize("text,group,change,points", [
    ("Among the sectors, general dealers grew 3.2%, contributing 1.4 percentage points to the total.",
     "general dealers", "3.2%", "1.4 percentage points"),
    ("Sales fell in pharmacies and cosmetic retailers (-2.6% and contributing -0.3 of a percentage point) in June.",
     "pharmacies and cosmetic retailers", "-2.6%", "-0.3 of a percentage point"),
])
def test_a_contribution_after_a_change_is_its_groups_and_changes_nothing(extract_both, text, group, change, points):
    doc = extract_both(text)
    assert by_text(doc)[points]["metric"] == "CHANGE", by_text(doc)[points]
    rel = relations(doc)
    assert not [r for r in rel if r[0] == points and r[1] == "MODIFIES"], sorted(rel)
    check(rel, [(points, "CATEGORY", group), (change, "CATEGORY", group)])


def test_a_contribution_of_the_subject_does_not_change_the_total_before_it(extract_both):
    text = ("Hardware retailers were the largest contributors to the 2.1% increase in retail sales, adding 0.9 of a "
            "percentage point.")
    rel = relations(extract_both(text))
    assert ("0.9 of a percentage point", "MODIFIES", "2.1%") not in rel, sorted(rel)


@pytest.mark.parametrize("header", ["Case diff", "Difference", "Case difference"])
def test_a_difference_column_holds_changes_of_the_latest_count(extract_both, header):
    text = ("Murder cases by province, July to September\n"
            f"Province | Jul-Sep 2024 | Jul-Sep 2025 | {header} | % change\n"
            "Eastern Cape | 1 204 | 1 290 | 86 | 7,1%\n"
            "Gauteng | 1 310 | 1 150 | -160 | -12,2%\n")
    doc = extract_both(text)
    figures = by_text(doc)
    for cell, direction in (("86", "up"), ("-160", "down")):
        assert figures[cell]["metric"] == "CHANGE" and figures[cell].get("direction") == direction, figures[cell]
    check(relations(doc), [("86", "MODIFIES", "1 290"), ("-160", "MODIFIES", "1 150")])


@pytest.mark.parametrize("title,unit", [
    ("Table 3. Permanent departures by visa group, 2024-25 (change on 2023-24 in brackets)", "departure"),
    ("Recorded offences by offence type, 2025 (change on 2024 in brackets):", "offense"),
])
def test_a_title_breaking_a_count_down_by_a_compound_dimension_counts_its_rows(extract_both, title, unit):
    text = (f"{title}\n"
            "- Temporary visa holders: 212,480 (-8.4%)\n"
            "- New Zealand citizens: 31,260 (+2.2%)\n")
    figures = by_text(extract_both(text))
    for cell in ("212,480", "31,260"):
        assert figures[cell]["unit"] == unit and figures[cell]["metric"] == "COUNT", figures[cell]


def test_a_gloss_naming_columns_by_their_head_word_declares_each_column(extract_both):
    text = ("Table 1. Estimated Quarterly Retail Sales: Total and E-commerce, Adjusted\n"
            "(Sales in millions of dollars; shares and changes in percent)\n"
            "\n"
            "Quarter                 Total sales   E-commerce sales   E-commerce share of total   E-commerce change from prior quarter\n"
            "3rd quarter 2025          1,891,311            310,288                        16.4                                    2.7\n")
    doc = extract_both(text)
    figures = by_text(doc)
    for cell, value in (("1,891,311", 1_891_311e6), ("310,288", 310_288e6)):
        assert figures[cell]["unit"] == "us dollar" and figures[cell]["metric"] == "MONEY", figures[cell]
        assert figures[cell]["value"] == pytest.approx(value), figures[cell]
    assert figures["16.4"]["unit"] == "percent" and figures["16.4"]["metric"] == "SHARE", figures["16.4"]
    assert figures["2.7"]["unit"] == "percent" and figures["2.7"]["metric"] == "CHANGE", figures["2.7"]
    check(relations(doc), [("2.7", "MODIFIES", "310,288"), ("2.7", "BASELINE", "prior quarter")])


@pytest.mark.parametrize("text,figure,baseline", [
    ("Wholesale sales were up 1.3% from prior month.", "1.3%", "prior month"),
    ("Orders rose 2.4 percent from previous quarter.", "2.4 percent", "previous quarter"),
])
def test_a_previous_period_without_its_article_is_the_baseline(extract_both, text, figure, baseline):
    check(relations(extract_both(text)), [(figure, "BASELINE", baseline)])


def test_a_level_unchanged_from_the_previous_month_takes_no_baseline(extract_both):
    rel = relations(extract_both("The annual growth rate of loans stood at 0.3% in June, unchanged from previous month."))
    assert not [r for r in rel if r[0] == "0.3%" and r[1] == "BASELINE"], sorted(rel)


@pytest.mark.parametrize("joiner", ["as", "because"])
def test_a_change_after_as_with_its_own_subject_changes_nothing_before(extract_both, joiner):
    text = f"New car registrations fell 6.1% to 153,210 in October {joiner} private demand slipped 4.2%."
    rel = relations(extract_both(text))
    check(rel, [("6.1%", "MODIFIES", "153,210"), ("4.2%", "CATEGORY", "private demand")],
          absent=[("4.2%", "MODIFIES", "153,210")])


def test_a_change_after_as_it_still_refers_back(extract_both):
    text = "Cargo volumes grew 4.0 percent to 1.99 million tonnes in 2025, as it recovered 6.6 percent from the low."
    rel = relations(extract_both(text))
    assert ("6.6 percent", "CATEGORY", "it") not in rel, sorted(rel)


@pytest.mark.parametrize("text,span,unit", [
    ("The mishandled bag rate was 0.55 per 100 checked bags in October.", "0.55 per 100 checked bags",
     "per 100 checked bags"),
    ("Airlines received 3.4 complaints per 100,000 enplaned passengers.",
     "3.4 complaints per 100,000 enplaned passengers", "complaint per 100,000 enplaned passengers"),
    ("The district recorded 12 deaths per 100,000, down from 14.", "12 deaths per 100,000",
     "death per 100,000 population"),
])
def test_a_rate_base_with_a_modifier_or_no_noun_is_read_whole(extract_both, text, span, unit):
    figures = by_text(extract_both(text))
    assert span in figures, sorted(figures)
    assert figures[span]["unit"].endswith(unit) and figures[span]["metric"] == "SHARE", figures[span]


def test_nights_spent_in_millions_are_counted_and_carry_down_a_list(extract_both):
    text = ("Spain (501 million nights), Italy (458 million), France (449 million) and Germany (437 million) recorded "
            "the highest numbers of nights spent in 2025.")
    figures = by_text(extract_both(text))
    for cell in ("501 million nights", "458 million", "437 million"):
        assert figures[cell]["unit"] == "night" and figures[cell]["metric"] == "COUNT", figures[cell]


def test_an_average_stay_in_nights_stays_a_length_of_time(extract_both):
    figure = by_text(extract_both("Guests stayed an average of 2.3 nights in October."))["2.3 nights"]
    assert figure["unit"] == "night" and figure["metric"] == "AMOUNT", figure


def test_a_gapped_accounted_for_list_keeps_the_first_items_noun(extract_both):
    text = ("By type of accommodation, hotels accounted for 1.71 billion nights (60.5% of the total), holiday and "
            "other short-stay accommodation for 0.71 billion (25.1%) and campsites for 0.41 billion (14.4%).")
    figures = by_text(extract_both(text))
    for cell in ("0.71 billion", "0.41 billion"):
        assert figures[cell]["unit"] == "night" and figures[cell]["metric"] == "COUNT", figures[cell]


@pytest.mark.parametrize("first,second", [("Jul-Sep 2025", "Jul-Sep 2024"), ("Jan.-Sep. 2025", "Jan.-Sep. 2024"),
                                          ("January–June 2025", "January–June 2024")])
def test_month_range_headers_are_times_of_their_columns(extract_both, first, second):
    text = ("Recorded burglaries by district\n"
            f"{'District':<12}{first:>20}{second:>20}{'Change':>10}\n"
            f"{'Harbour':<12}{'1,204':>20}{'1,310':>20}{'-106':>10}\n")
    check(relations(extract_both(text)), [("-106", "MODIFIES", "1,204")])


@pytest.mark.parametrize("header", ["Contribution (% points)", "Contribution (% pts)", "Contribution (pp)"])
def test_a_column_in_percent_points_is_in_percentage_points(extract_both, header):
    text = ("Retail trade sales increased by 4,0% year-on-year in September 2025.\n\n"
            "Table A – Retail trade sales at constant 2020 prices by type of retailer, September 2025\n"
            f"{'Type of retailer':<24}{'R million':>12}{'y/y % change':>16}{header:>26}\n"
            f"{'General dealers':<24}{'48 120':>12}{'3,2':>16}{'1,4':>26}\n")
    doc = extract_both(text)
    figure = by_text(doc)["1,4"]
    assert figure["unit"] == "percentage point" and figure["metric"] == "CHANGE", figure
    check(relations(doc), [("1,4", "CATEGORY", "General dealers")], absent=[("1,4", "MODIFIES", "48 120")])


@pytest.mark.parametrize("text,figure,name", [
    ("Compared with the first half of 2024, the largest decreases were in Region 6 (-9.2 percent) and Region 4 "
     "(-8.1 percent).", "-9.2 percent", "Region 6"),
    ("Passenger numbers rose at Terminal 5 (+3.2%), while Terminal 3 fell 0.4%.", "0.4%", "Terminal 3"),
])
def test_a_name_with_its_number_is_a_category(extract_both, text, figure, name):
    check(relations(extract_both(text)), [(figure, "CATEGORY", name)])


def test_a_month_and_day_make_no_name(extract_both):
    rel = relations(extract_both("Exports rose 2.1% in the week to March 12 (+0.4% on the week before)."))
    assert not [r for r in rel if r[2].startswith("March 12")], sorted(rel)


def test_a_ratio_to_gdp_is_a_level_not_a_growth(extract_both):
    text = ("The highest ratios of government debt to GDP were recorded in Greece (152.5%) and Italy (138.3%), the "
            "lowest in Estonia (23.9%).")
    figures = by_text(extract_both(text))
    for cell in ("152.5%", "138.3%", "23.9%"):
        assert figures[cell]["metric"] == "SHARE", figures[cell]
