"""Session 29's constructions (GUIDELINES C29-1..), each written anew from how road safety, health and crime
releases state rates per population once and then list places or age groups with bare figures, and how
comparisons are written with ``vs.``."""

import pytest

from conftest import by_text


@pytest.mark.parametrize("cue", ["vs.", "vs", "versus"])
def test_a_comparison_word_after_a_figure_is_never_its_counted_noun(extract_both, cue):
    text = f"Recorded burglaries came to 3,912 {cue} 4,105 in the same quarter of 2023."
    figures = by_text(extract_both(text))
    for figure in ("3,912", "4,105"):
        assert figures[figure]["unit"] == "burglary", figures[figure]


@pytest.mark.parametrize("sentence", [
    "In 2024 the region recorded 31 road deaths per million inhabitants; the lowest rates were in Zeeland (18) "
    "and Utrecht (21), the highest in Drenthe (47) and Friesland (52).",
    "In 2024 the region recorded 31 road deaths per million inhabitants. Zeeland (18) and Utrecht (21) had the "
    "lowest rates, while Drenthe (47) and Friesland (52) had the highest.",
    "In 2024 the region recorded 31 road deaths per million inhabitants, with Zeeland at 18 and Friesland at 52.",
])
def test_places_listed_after_a_rate_per_population_carry_that_rate(extract_both, sentence):
    figures = by_text(extract_both(sentence))
    rate = figures["31 road deaths per million inhabitants"]["unit"]
    assert rate.endswith("death per million inhabitants"), rate
    for figure in ("18", "52"):
        assert figures[figure]["unit"] == rate, figures[figure]
        assert figures[figure]["metric"] == "SHARE", figures[figure]


def test_a_count_beside_places_after_a_rate_stays_a_count(extract_both):
    text = ("The rate was 31 deaths per million inhabitants in 2024, and 1,104 people died; Drenthe (97) and "
            "Friesland (112) had the most deaths.")
    figures = by_text(extract_both(text))
    assert figures["97"]["metric"] == "COUNT", figures["97"]


@pytest.mark.parametrize("clause,unit", [
    ("Road deaths per million inhabitants ranged from 18 in Zeeland to 52 in Friesland.",
     "death per million inhabitants"),
    ("Hospital admissions per 100,000 population were highest in Drenthe (18) and lowest in Utrecht (52).",
     "admission per 100,000 population"),
    ("The burglary rate per 1,000 households was 18 in Zeeland, against 52 in Friesland.",
     "burglary per 1,000 households"),
])
def test_a_rate_named_without_a_figure_in_the_clause_is_the_unit_of_its_bare_figures(extract_both, clause, unit):
    figures = by_text(extract_both(clause))
    for figure in ("18", "52"):
        assert figures[figure]["unit"] == unit, figures[figure]
        assert figures[figure]["metric"] == "SHARE", figures[figure]


@pytest.mark.parametrize("heading,unit", [
    ("Road fatalities per million inhabitants by province, 2024 (2023 in brackets):", "fatality per million inhabitants"),
    ("Drug-related deaths by age group, deaths per 100,000 population, 2024 (2023 in brackets):",
     "death per 100,000 population"),
    ("The mortality rate per 100,000 population by age group was as follows (2023 figures in brackets):",
     "mortality per 100,000 population"),
])
def test_a_rate_declared_above_a_labelled_list_is_the_unit_of_both_columns(extract_both, heading, unit):
    text = f"Regional figures\n\n{heading}\n- Zeeland: 18.4 (17.9)\n- Friesland: 52.1 (49.6)\n"
    figures = by_text(extract_both(text))
    for figure in ("18.4", "17.9", "52.1", "49.6"):
        assert figures[figure]["unit"] == unit, figures[figure]
        assert figures[figure]["metric"] == "SHARE", figures[figure]


def test_a_heading_whose_brackets_name_a_percent_change_keeps_its_own_column(extract_both):
    text = ("Regional figures\n\nRoad fatalities per million inhabitants by province, 2024 (percentage change on "
            "2023 in brackets):\n- Zeeland: 18.4 (-2.1)\n- Friesland: 52.1 (4.0)\n")
    figures = by_text(extract_both(text))
    assert figures["18.4"]["unit"] == "fatality per million inhabitants", figures["18.4"]
    assert figures["-2.1"]["unit"] != "fatality per million inhabitants", figures["-2.1"]


def test_rows_labelled_by_quarter_under_a_header_of_names_take_the_title_percent(extract_both):
    text = ("The Governing Board's four members voted to hold the rate.\n\n"
            "Projections for total and underlying inflation (annual percent change, quarterly average; previous "
            "projection in brackets)\n"
            "Quarter   Total   Underlying\n"
            "Q1 2025   3.7 (3.5)   3.2 (3.1)\n"
            "Q2 2025   3.4 (3.3)   3.0 (3.0)\n")
    figures = by_text(extract_both(text))
    for figure in ("3.7", "3.5", "3.2", "3.0"):
        assert figures[figure]["unit"] == "percent", figures[figure]


def test_a_labelled_row_with_a_percent_gloss_is_no_heading_for_the_rows_below(extract_both):
    text = ("Assumptions of the baseline scenario (this report; previous report in brackets)\n"
            "- Fiscal deficit, 2025 (% of GDP): 3.2 (3.5)\n"
            "- Nickel price, 2025 (US$ per pound): 7.40 (7.85)\n"
            "- Brent crude, 2025 (US$ per barrel): 76 (81)\n")
    figures = by_text(extract_both(text))
    assert figures["3.2"]["unit"] == "percent", figures["3.2"]
    for figure, unit in (("7.40", "us dollar per pound"), ("7.85", "us dollar per pound"), ("76", "us dollar per barrel")):
        assert figures[figure]["unit"] == unit, figures[figure]
        assert figures[figure]["metric"] == "MONEY", figures[figure]


@pytest.mark.parametrize("title", [
    "Table 4. Hires and separations, not seasonally adjusted (levels in thousands; rates in percent)",
    "Table 4: Openings, hires, quits and layoffs by month (in thousands)",
])
def test_a_title_naming_several_counted_things_leaves_each_row_its_own(extract_both, title):
    text = (f"{title}\n"
            "Series                   Aug 2024   Sep 2024\n"
            "Hires                    5,402      5,355\n"
            "Quits                    3,188      3,101\n"
            "Layoffs and discharges   1,702      1,655\n")
    figures = by_text(extract_both(text))
    assert figures["5,402"]["unit"] == "hire", figures["5,402"]
    assert figures["3,188"]["unit"] == "quit", figures["3,188"]
    assert figures["1,702"]["unit"] == "layoff", figures["1,702"]
    assert figures["5,402"]["value"] == 5402000, figures["5,402"]


@pytest.mark.parametrize("title,unit", [
    ("Table 2. Insolvencies of firms and partnerships (excluding sole traders) by industry, unadjusted", "insolvency"),
    ("Offences recorded by the police, year to June 2024", "offense"),
    ("Table 1: Serious crime totals, statewide, 2023 and 2024", "crime"),
])
def test_a_title_counts_the_rows_that_name_no_plural(extract_both, title, unit):
    text = (f"{title}\n"
            "Category              2023      2024\n"
            "Robbery                612       587\n"
            "Wholesale and retail   148       161\n")
    figures = by_text(extract_both(text))
    for figure in ("612", "161"):
        assert figures[figure]["unit"] == unit, figures[figure]


def test_rows_naming_plurals_under_a_statistics_title_count_what_they_name(extract_both):
    text = ("Demographic statistics, third quarter 2024\n"
            "Event          Q3 2023    Q3 2024\n"
            "Births          54,210     52,877\n"
            "Marriages       31,904     30,118\n")
    figures = by_text(extract_both(text))
    assert figures["54,210"]["unit"] == "birth", figures["54,210"]
    assert figures["31,904"]["unit"] == "marriage", figures["31,904"]


@pytest.mark.parametrize("opening", ["Morocco remained the largest source of", "Morocco remained by far the largest source of",
                                     "Morocco was the leading country of origin of"])
def test_a_place_that_opens_a_ranking_is_its_category_and_never_its_unit(extract_both, opening):
    text = f"{opening} asylum applications (6,218, or 21% of the total), followed by Senegal (2,975) and Mali (2,410)."
    doc = extract_both(text)
    figures = by_text(doc)
    for figure in ("6,218", "2,975", "2,410"):
        assert figures[figure]["unit"] == "application", figures[figure]


def test_a_country_at_the_start_of_a_sentence_is_no_counted_noun(extract_both):
    text = ("Senegal was the top nationality among travellers refused entry (518 or 11%), followed by Mali (403, or "
            "8%) and Guinea (299, or 6%).")
    figures = by_text(extract_both(text))
    for figure in ("518", "403", "299"):
        assert figures[figure]["unit"] not in ("senegal", "mali"), figures[figure]
    assert figures["518"]["unit"] == "traveler", figures["518"]


@pytest.mark.parametrize("sentence,metric", [
    ("Online sales made up 17.4 percent of retail turnover in the quarter, up from 17.1 percent in the previous "
     "quarter and 16.3 percent a year earlier.", "SHARE"),
    ("Consumer prices rose 2.6 percent in November, up from 2.2 percent in October and 1.9 percent a year earlier.",
     "CHANGE"),
])
def test_a_second_earlier_value_after_up_from_takes_the_metric_of_the_first(extract_both, sentence, metric):
    figures = by_text(extract_both(sentence))
    last = [q for text, q in figures.items() if text.startswith(("16.3", "1.9"))][0]
    assert last["metric"] == metric, last


def test_a_year_in_a_label_before_its_gloss_dates_the_row(extract_both):
    from conftest import relations

    text = ("Assumptions of the baseline scenario (this report; previous report in brackets)\n"
            "- Nickel price, 2025 (US$ per pound): 7.40 (7.85)\n"
            "- Fiscal deficit, 2026 (% of GDP): 3.2 (3.5)\n")
    rel = relations(extract_both(text))
    assert ("7.40", "PERIOD", "2025") in rel, sorted(rel)
    assert ("3.2", "PERIOD", "2026") in rel, sorted(rel)
    assert ("7.40", "CATEGORY", "Nickel price") in rel, sorted(rel)


def test_a_row_of_a_table_between_bars_names_its_own_counted_plural(extract_both):
    text = ("Harbour statistics, November 2024\n"
            "| Item | November 2024 | November 2023 |\n"
            "| Arrivals of container vessels | 118 | 109 |\n")
    figures = by_text(extract_both(text))
    assert figures["118"]["unit"] == "arrival", figures["118"]


@pytest.mark.parametrize("sentence,figure", [
    ("In November 6,912 new vans were registered, and a further 1,480 registered in December.", "1,480"),
    ("Of the 3,105 parcels, 2,644 were screened at the airport and 461 screened inland.", "461"),
])
def test_a_participle_after_a_figure_is_never_its_category(extract_both, sentence, figure):
    from conftest import relations

    rel = relations(extract_both(sentence))
    assert not [r for r in rel if r[0] == figure and r[1] == "CATEGORY" and r[2].split()[0].endswith("ed")], sorted(rel)
    assert by_text(extract_both(sentence))[figure]["unit"] != "inland"


def test_a_name_at_the_end_of_a_phrase_before_a_bracketed_count_is_its_category(extract_both):
    from conftest import relations

    text = ("Most claims were lodged by nationals of Eritrea (5,260 applications, -4% on 2023), Sudan (4,015) and "
            "Yemen (2,877).")
    rel = relations(extract_both(text))
    assert ("5,260", "CATEGORY", "Eritrea") in rel, sorted(rel)


@pytest.mark.parametrize("text,figure,label", [
    ("Seizures at the ports, 2024 (2023 in brackets)\n- Heroin: 57 cases (61), 212 kg (248 kg)\n"
     "- Methamphetamine: 133 cases (120), 1,066 kg (870 kg)\n", "212 kg", "Heroin"),
    ("Seizures at the ports, 2024 (2023 in brackets)\n- Heroin: 57 cases (61), 212 kg (248 kg)\n", "57", "Heroin"),
    ("Robberies rose 6% to 2,904 offences in the year, while burglaries fell.", "2,904", "Robberies"),
])
def test_a_generic_plural_after_a_figure_leaves_the_category_to_the_label_or_subject(extract_both, text, figure, label):
    from conftest import relations

    rel = relations(extract_both(text))
    assert (figure, "CATEGORY", label) in rel, sorted(rel)


def test_an_earlier_value_in_brackets_right_after_a_count_takes_its_unit(extract_both):
    text = ("Seizures at the ports, 2024 (2023 in brackets)\n- Heroin: 57 cases (61), 212 kg (248 kg)\n"
            "Retail sales rose to 1,918 units (1,702 a year earlier).")
    figures = by_text(extract_both(text))
    assert figures["61"]["unit"] == "case", figures["61"]
    assert figures["1,702"]["unit"] == "unit", figures["1,702"]


def test_a_rate_in_brackets_after_a_count_keeps_its_declared_rate(extract_both):
    text = ("Cases by age group, 2024 (notification rate per 100,000 population in brackets)\n"
            "- People aged 0-4 years: 388 (126.4)\n- People aged 65 years and over: 1,310 (151.2)\n")
    figures = by_text(extract_both(text))
    assert figures["126.4"]["unit"].endswith("per 100,000 population"), figures["126.4"]


def test_a_heading_in_ten_thousands_scales_its_rows_and_is_no_figure(extract_both):
    text = ("Labour force, November 2024 (ten thousand persons, unless otherwise stated; change from a year earlier in "
            "brackets)\n- Employed persons: 6,790 (+28)\n- Unemployed persons: 168 (-7)\n")
    figures = by_text(extract_both(text))
    assert "ten thousand" not in figures, sorted(figures)
    assert figures["6,790"]["value"] == 67900000 and figures["6,790"]["unit"] == "person", figures["6,790"]
    assert figures["+28"]["value"] == 280000, figures["+28"]


@pytest.mark.parametrize("written,value,unit", [
    ("7 minutes and 45 seconds", 7.75, "minute"),
    ("2 hours and 30 minutes", 2.5, "hour"),
    ("4 years and 6 months", 4.5, "year"),
])
def test_a_duration_in_two_units_is_one_figure_in_the_larger(extract_both, written, value, unit):
    text = f"The average time taken in the quarter was {written}, against a standard of 18 minutes."
    figures = by_text(extract_both(text))
    assert figures[written]["value"] == pytest.approx(value), figures[written]
    assert figures[written]["unit"] == unit, figures[written]


def test_rows_labelled_by_a_quarter_with_a_revision_mark_read_their_columns(extract_both):
    from conftest import relations

    text = ("Estimated quarterly wholesale sales (millions of dollars)\n\n"
            "Quarter                 Total sales   Online sales   Online share of total\n"
            "3rd quarter 2024 (p)      712,400          98,300                    13.8\n"
            "2nd quarter 2024 (r)      705,100          95,900                    13.6\n")
    doc = extract_both(text)
    figures = by_text(doc)
    assert figures["712,400"]["unit"] == "us dollar" and figures["712,400"]["value"] == 712400000000, figures["712,400"]
    assert figures["13.8"]["unit"] == "percent", figures["13.8"]
    rel = relations(doc)
    assert ("712,400", "CATEGORY", "Total sales") in rel, sorted(rel)
    assert ("712,400", "PERIOD", "3rd quarter 2024") in rel, sorted(rel)


def test_rows_labelled_by_a_year_take_their_column_as_category(extract_both):
    from conftest import relations

    text = ("Table 3. Consumer prices (annual % change)\n"
            "Year     Headline   Core\n"
            "2023        4.6      4.1\n"
            "2024        2.7      2.9\n")
    rel = relations(extract_both(text))
    assert ("2.7", "CATEGORY", "Headline") in rel and ("2.9", "CATEGORY", "Core") in rel, sorted(rel)


def test_row_glosses_under_a_header_of_quarters_without_a_label_cell(extract_both):
    from conftest import relations

    text = ("Table 2: General government gross debt\n"
            "                            2023Q4        2024Q1p       2024Q2p\n"
            "Eurozone (EUR million)      11 804 215    11 902 388    12 010 476\n"
            "Eurozone (% of GDP)               87.4          87.2          87.3\n"
            "EU-27 (EUR million)         14 022 911    14 131 052    14 262 730\n")
    doc = extract_both(text)
    figures = by_text(doc)
    assert figures["11 804 215"]["unit"] == "euro" and figures["11 804 215"]["value"] == 11804215000000, \
        figures["11 804 215"]
    assert figures["87.4"]["unit"] == "percent" and figures["87.4"]["metric"] == "SHARE", figures["87.4"]
    assert figures["14 022 911"]["unit"] == "euro", figures["14 022 911"]
    assert ("87.4", "CATEGORY", "Eurozone") in relations(doc), sorted(relations(doc))


def test_a_release_writing_decimal_commas_reads_its_bare_decimals(extract_both):
    text = ("Consumer prices rose 2,2 per cent on the year in October, and services added 0,4 of a percentage point.\n\n"
            "Group        Weight   Annual change\n"
            "Food           13,9      1,7\n"
            "Transport      12,6     -0,8\n")
    figures = by_text(extract_both(text))
    assert figures["0,4 of a percentage point"]["value"] == pytest.approx(0.4), figures
    assert figures["0,4 of a percentage point"]["unit"] == "percentage point"
    assert figures["13,9"]["value"] == pytest.approx(13.9), figures["13,9"]
    assert figures["-0,8"]["value"] == pytest.approx(0.8), figures["-0,8"]


def test_a_release_with_thousands_commas_keeps_them(extract_both):
    figures = by_text(extract_both("Arrivals rose to 1,204 in October, and departures to 1,18 in error."))
    assert figures["1,204"]["value"] == 1204, figures["1,204"]
    assert "1,18" not in figures, sorted(figures)


def test_a_rate_column_under_rates_in_percent_and_rows_counting_their_own_plurals(extract_both):
    text = ("Table B. Vacancies and labour turnover, seasonally adjusted, October 2024 (levels in thousands; rates in "
            "percent)\n"
            "Data element              Level    Rate\n"
            "Vacancies                 1,412     4.1\n"
            "Separations               1,198     3.6\n")
    figures = by_text(extract_both(text))
    assert (figures["4.1"]["unit"], figures["4.1"]["metric"]) == ("percent", "SHARE"), figures["4.1"]
    assert figures["1,412"]["value"] == 1412000, figures["1,412"]
    assert figures["1,198"]["unit"] == "separation", figures["1,198"]


def test_a_table_row_changes_no_figure_of_the_row_above_and_reads_growth_and_point_columns(extract_both):
    from conftest import relations

    text = ("Table 1. Freight market by region, November 2024 (% year-on-year)\n\n"
            "Region           CTK growth   ACTK growth   CLF (%-pt)\n"
            "Africa                 9.8          6.1         1.4\n"
            "Middle East            4.2          5.0        -0.3\n")
    doc = extract_both(text)
    rel = relations(doc)
    assert not [r for r in rel if r[0] == "4.2" and r[1] == "MODIFIES"], sorted(rel)
    figures = by_text(doc)
    assert (figures["9.8"]["unit"], figures["9.8"]["metric"]) == ("percent", "CHANGE"), figures["9.8"]
    assert figures["1.4"]["unit"] == "percentage point", figures["1.4"]


@pytest.mark.parametrize("gloss", ["weights and annual change in per cent, contributions in percentage points",
                                   "weights in per cent; annual change in per cent; contribution in percentage points"])
def test_a_title_gloss_naming_columns_declares_each_its_own_unit(extract_both, gloss):
    text = (f"Table 2. Harmonised index by main group, October 2024 ({gloss})\n\n"
            "Main group                    Weight   Annual change   Contribution\n"
            "Transport                      14.06             0.8           0.11\n"
            "Recreation and culture          9.73             2.4           0.23\n")
    figures = by_text(extract_both(text))
    assert (figures["14.06"]["unit"], figures["14.06"]["metric"]) == ("percent", "SHARE"), figures["14.06"]
    assert (figures["0.8"]["unit"], figures["0.8"]["metric"]) == ("percent", "CHANGE"), figures["0.8"]
    assert figures["0.11"]["unit"] == "percentage point", figures["0.11"]


@pytest.mark.parametrize("record", ["the 14-month low since September 2023", "a two-year high since October 2022"])
def test_since_after_a_records_peak_word_dates_neither_the_figure_nor_its_change(extract_both, record):
    from conftest import relations

    text = f"Imports of steel fell 8% to 1,204 tonnes in October, {record}."
    rel = relations(extract_both(text))
    assert ("1,204 tonnes", "PERIOD", "in October") in rel, sorted(rel)
    assert not [r for r in rel if r[1] in ("PERIOD", "BASELINE") and "since" in r[2] or r[2].endswith(("2023", "2022"))
                and r[1] == "BASELINE"], sorted(rel)
