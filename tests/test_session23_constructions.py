"""Session 23's constructions (GUIDELINES C23-1..), each written anew from how statistics offices, central banks,
airlines' associations and trade ministries set their tables: a unit line under the column names, a caption that
says only ``Percent`` above rows of level rates and growth rates, columns that name a level rate, and currency
codes with abbreviated scales."""

import pytest

from conftest import by_text, quantities, relations


def test_a_unit_line_under_the_column_names_declares_each_columns_unit(extract_both):
    text = ("Imports by origin, October 2024\n"
            "\n"
            "Origin           Value       Share     Change\n"
            "                 EUR mn      %         %\n"
            "China            3,412       21.7      -2.3\n"
            "Norway           1,208        7.7       5.9\n")
    figures = by_text(extract_both(text))
    assert (figures["3,412"]["unit"], figures["3,412"]["metric"]) == ("euro", "MONEY"), figures["3,412"]
    assert figures["3,412"]["value"] == pytest.approx(3412e6)
    assert (figures["21.7"]["unit"], figures["21.7"]["metric"]) == ("percent", "SHARE"), figures["21.7"]
    assert (figures["-2.3"]["unit"], figures["-2.3"]["metric"], figures["-2.3"]["direction"]) == \
        ("percent", "CHANGE", "down"), figures["-2.3"]
    assert (figures["5.9"]["metric"], figures["5.9"]["direction"]) == ("CHANGE", "up"), figures["5.9"]


def test_a_unit_line_above_the_column_names_declares_them_too(extract_both):
    text = ("Key figures, third quarter\n"
            "\n"
            "                 %             %\n"
            "Sector           Share         Growth\n"
            "Services         71.2          1.4\n"
            "Industry         22.9          0.6\n")
    figures = by_text(extract_both(text))
    assert (figures["71.2"]["unit"], figures["71.2"]["metric"]) == ("percent", "SHARE"), figures["71.2"]
    assert (figures["1.4"]["unit"], figures["1.4"]["metric"]) == ("percent", "CHANGE"), figures["1.4"]


def readings_by_row(doc: dict) -> dict[str, set]:
    """The ``(unit, metric)`` readings of a table's figures, by the label of their row."""
    text, rows = doc["text"], {}
    for q in quantities(doc):
        line = text[text.rfind("\n", 0, q["start"]) + 1 : q["start"]]
        rows.setdefault(line.split("  ")[0], set()).add((q["unit"], q["metric"]))
    return rows


@pytest.mark.parametrize("caption", ["Percent", "Per cent", "(per cent)"])
def test_under_a_bare_percent_caption_each_row_says_level_rate_or_growth(extract_both, caption):
    text = ("Table 4. Staff projections for the euro area\n"
            f"{caption}\n"
            "\n"
            "Indicator                2025   2026   2027\n"
            "Real GDP growth           0.9    1.2    1.3\n"
            "Unemployment rate         6.3    6.2    6.0\n"
            "Household saving ratio   15.1   14.8   14.5\n"
            "HICP inflation            2.1    1.9    2.0\n")
    rows = readings_by_row(extract_both(text))
    assert rows["Real GDP growth"] == {("percent", "CHANGE")}, rows
    assert rows["Unemployment rate"] == {("percent", "SHARE")}, rows
    assert rows["Household saving ratio"] == {("percent", "SHARE")}, rows
    assert rows["HICP inflation"] == {("percent", "CHANGE")}, rows


def test_a_column_named_for_a_level_rate_holds_levels_beside_a_growth_column(extract_both):
    text = ("International traffic by carrier region, September 2024\n"
            "\n"
            "Region           ASK growth (%)   Seat occupancy (%)\n"
            "Latin America          11.2              83.6\n"
            "Middle East             4.7              80.1\n")
    figures = by_text(extract_both(text))
    assert (figures["83.6"]["unit"], figures["83.6"]["metric"], figures["83.6"]["direction"]) == \
        ("percent", "SHARE", None), figures["83.6"]
    assert (figures["11.2"]["metric"], figures["11.2"]["direction"]) == ("CHANGE", "up"), figures["11.2"]


@pytest.mark.parametrize(
    "gloss,unit,scale",
    [("USD mn", "us dollar", 1e6), ("EUR bn", "euro", 1e9), ("GBP m", "pound sterling", 1e6)],
)
def test_a_currency_code_with_an_abbreviated_scale_declares_money(extract_both, gloss, unit, scale):
    text = ("Departmental outturn, 2024-25 (2023-24 in brackets)\n"
            f"Defence spending ({gloss}): 4,218 (3,990)\n")
    figures = by_text(extract_both(text))
    assert (figures["4,218"]["unit"], figures["4,218"]["metric"]) == (unit, "MONEY"), figures["4,218"]
    assert figures["4,218"]["value"] == pytest.approx(4218 * scale)
    assert (figures["3,990"]["unit"], figures["3,990"]["metric"]) == (unit, "MONEY"), figures["3,990"]


@pytest.mark.parametrize(
    "text,bare,unit,metric",
    [
        ("Inflation in services eased to 4.4% in November from 4.9 in October and 5.2 in September.", "5.2", "percent",
         "CHANGE"),
        ("The jobless rate is forecast at 6.1 per cent this year and 5.8 next year.", "5.8", "percent", "SHARE"),
        ("Headline producer prices rose 2.73 percent, while core producer prices rose 1.96.", "1.96", "percent",
         "CHANGE"),
        ("Diesel averaged £1.52 a litre in the week, against 1.49 a week earlier.", "1.49", "pound sterling per liter",
         "MONEY"),
    ],
)
def test_a_bare_decimal_beside_a_figure_with_its_unit_states_the_same_kind(extract_both, text, bare, unit, metric):
    figures = by_text(extract_both(text))
    assert (figures[bare]["unit"], figures[bare]["metric"]) == (unit, metric), figures[bare]


@pytest.mark.parametrize(
    "text,bare,unit",
    [
        # a level a change reaches is of another measure
        ("The house price index rose 0.8% to 118.4 in the third quarter.", "118.4", "index point"),
        # a decimal with its own counted noun keeps it
        ("Households averaged 2.3 persons in 2021, 0.4% fewer than in 2011.", "2.3", "person"),
    ],
)
def test_a_bare_decimal_with_a_unit_of_its_own_keeps_it(extract_both, text, bare, unit):
    figures = by_text(extract_both(text))
    assert figures[bare]["unit"] == unit, figures[bare]


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("Output is projected to grow 1.7% next year.", "1.7%", "next year"),
        ("Fares are set to rise 3.1% over the coming year.", "3.1%", "over the coming year"),
    ],
)
def test_a_coming_year_or_month_dates_a_projection(extract_both, text, figure, period):
    assert (figure, "PERIOD", period) in relations(extract_both(text))


def test_a_group_header_over_some_columns_keeps_the_caption_as_the_tables_title(extract_both):
    text = ("Table 2. Staff macroeconomic projections, March 2025\n"
            "Per cent\n"
            "\n"
            "                          Baseline                   Downside\n"
            "Indicator            2025   2026   2027          2025     2026\n"
            "Real GDP growth       0.9    1.2    1.3           0.4     0.7\n"
            "Unemployment rate     6.3    6.2    6.0           6.6     6.9\n")
    rows = readings_by_row(extract_both(text))
    assert rows["Real GDP growth"] == {("percent", "CHANGE")}, rows
    assert rows["Unemployment rate"] == {("percent", "SHARE")}, rows


@pytest.mark.parametrize(
    "text,figure,category,unit",
    [
        ("The tax office sent 8,320 follow-up letters in the quarter.", "8,320", "follow-up letters", "letter"),
        ("Registrations show 1,975 start-up businesses in the county in 2024.", "1,975",
         "start-up businesses in the county",
         "business"),
        ("The airline recorded 640 take-off delays in August.", "640", "take-off delays", "delay"),
    ],
)
def test_a_compound_ending_on_a_particle_is_one_counted_noun(extract_both, text, figure, category, unit):
    doc = extract_both(text)
    assert (figure, "CATEGORY", category) in relations(doc), sorted(relations(doc))
    assert by_text(doc)[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Against 2023, cruise calls were 6.4% fewer at Bergen but 3.3% and 8.9% more at Stavanger and Tromsø "
         "respectively.", [("6.4%", "Bergen"), ("3.3%", "Stavanger"), ("8.9%", "Tromsø")]),
        ("Median waits were 11.2 and 14.5 weeks for outpatients and inpatients respectively.",
         [("11.2", "outpatients"), ("14.5 weeks", "inpatients")]),
    ],
)
def test_figures_listed_before_respective_groups_belong_to_them_in_order(extract_both, text, expected):
    rel = relations(extract_both(text))
    for figure, group in expected:
        assert (figure, "CATEGORY", group) in rel, sorted(rel)


@pytest.mark.parametrize(
    "text,part,group,unit",
    [
        ("Of the 4,410 deaths registered, 2,106 were among men aged 45 to 64.", "2,106", "men aged 45 to 64", "death"),
        ("Of the 3,050 notifications received, 1,870 were in people aged 65 and over.", "1,870",
         "people aged 65 and over", "notification"),
    ],
)
def test_a_part_in_a_group_has_the_group_as_category_and_counts_what_its_whole_counts(extract_both, text, part,
                                                                                      group, unit):
    doc = extract_both(text)
    assert (part, "CATEGORY", group) in relations(doc), sorted(relations(doc))
    assert by_text(doc)[part]["unit"] == unit
