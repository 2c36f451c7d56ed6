"""Session 21's constructions (GUIDELINES C21-1..), each written anew from how statistics offices, transport
agencies, trade ministries and health services state their figures: lists of changes after the same ``by``, rates
on a moving-average or adjusted monthly basis, gapped clauses whose change is written without ``by``, subjects
restricted by ``<participle> as``, and parts that went somewhere (``of which ... flew on domestic routes``)."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize(
    "text,subject,figures",
    [
        ("Export unit values increased by 0.8% on August, by 6.1% on December 2024, by 9.7% on September 2024 and by "
         "14.2% on a twelve-month moving average basis.", "Export unit values", ("0.8%", "6.1%", "9.7%", "14.2%")),
        ("Household energy tariffs fell by 2.3% on the quarter, by 5.6% on the first half of 2024, and by 8.9% "
         "on the same quarter a year earlier.", "Household energy tariffs", ("2.3%", "5.6%", "8.9%")),
    ],
)
def test_every_change_of_a_by_list_shares_the_subject(extract_both, text, subject, figures):
    rel = relations(extract_both(text))
    for figure in figures:
        assert [r for r in rel if r[:2] == (figure, "CATEGORY") and subject in r[2]], figure


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("The index rose by 0.5% on the previous month and by 31.4% on a 12-month moving average basis.",
         "31.4%", "a 12-month moving average basis"),
        ("On a seasonally adjusted monthly basis, the index of wholesale prices edged up 0.2%.", "0.2%",
         "a seasonally adjusted monthly basis"),
    ],
)
def test_an_averaged_or_adjusted_basis_is_the_changes_own_comparison(extract_both, text, change, baseline):
    assert (change, "BASELINE", baseline) in relations(extract_both(text))


def test_a_later_change_with_its_own_basis_does_not_take_an_earlier_comparison(extract_both):
    text = "Rents rose by 1.1% on August, by 7.2% on September 2024 and by 9.0% on a twelve-month moving average basis."
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[:2] == ("9.0%", "BASELINE") and "September" in r[2]]


@pytest.mark.parametrize(
    "text,level,subject",
    [
        ("Shipments to Norway dropped 8.1% to €4.2 billion and shipments from Poland 3.6% to €6.0 billion, "
         "leaving a deficit of €1.8 billion.", "€6.0 billion", "shipments from Poland"),
        ("Freight by rail rose 2.4% to 91.3 million tonnes, while freight by inland waterway 1.7% to 44.8 million "
         "tonnes.", "44.8 million tonnes", "freight by inland waterway"),
    ],
)
def test_a_gapped_change_without_by_is_the_level_of_its_own_subject(extract_both, text, level, subject):
    rel = relations(extract_both(text))
    assert [r for r in rel if r[:2] == (level, "CATEGORY") and subject in r[2]], rel


@pytest.mark.parametrize(
    "text,figure,subject",
    [
        ("Calls classified as urgent accounted for 38% of the total, routine calls for 51%.", "38%",
         "Calls classified as urgent"),
        ("Persons registered as jobseekers fell by 3,900 to 126,400 in October.", "126,400",
         "Persons registered as jobseekers"),
    ],
)
def test_a_subject_restricted_by_a_participle_and_as_is_whole(extract_both, text, figure, subject):
    assert (figure, "CATEGORY", subject) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,parts,unit",
    [
        ("The ferry operator carried 4.2 million passengers in 2024, of which 3.1 million sailed on island routes "
         "and 1.1 million on cross-border routes.", ("3.1 million", "1.1 million"), "passenger"),
        ("Of the 96.4 billion vehicle kilometres driven in 2024, 58.2 billion were driven on motorways and 38.2 "
         "billion on other roads.", ("58.2 billion", "38.2 billion"), "vehicle kilometer"),
    ],
)
def test_a_part_that_went_somewhere_counts_what_its_whole_counts(extract_both, text, parts, unit):
    figures = by_text(extract_both(text))
    for part in parts:
        assert figures[part]["unit"] == unit, (part, figures[part])


def test_the_place_a_part_went_is_its_category_not_its_verb(extract_both):
    text = ("Rail operators carried 12.6 million passengers in June, of which 9.8 million travelled on regional lines "
            "and 2.8 million on intercity lines.")
    rel = relations(extract_both(text))
    assert ("9.8 million", "CATEGORY", "regional lines") in rel, rel


def test_a_title_naming_what_is_counted_gives_its_table_cells_their_unit(extract_both):
    text = ("Air traffic\n\nTable 2. Enplaned passengers at regional airports, March (thousands)\n"
            "Airport          2022    2023    2024    Change on 2023 (%)\n"
            "Halifax          312     344     361     4.9\n"
            "Winnipeg         298     327     340     4.0\n")
    figures = by_text(extract_both(text))
    for cell in ("312", "344", "340"):
        assert figures[cell]["unit"] == "passenger", (cell, figures[cell])
    assert figures["344"]["value"] == pytest.approx(344_000)
    assert figures["4.9"]["metric"] == "CHANGE"


def test_a_balance_in_points_is_a_level_beside_its_change_column(extract_both):
    text = ("Business survey\n\nTable 4: Order books balance by sector (\"above normal\" minus \"below normal\", "
            "% points)\n"
            "                     March 2025   June 2025   Change\n"
            "Manufacturing              -18         -11       +7\n"
            "Construction                 6           2       -4\n")
    figures = by_text(extract_both(text))
    for cell in ("-18", "-11", "6", "2"):
        assert figures[cell]["unit"] == "percentage point", (cell, figures[cell])
        assert figures[cell]["metric"] == "AMOUNT", (cell, figures[cell])
    assert (figures["+7"]["metric"], figures["+7"]["direction"]) == ("CHANGE", "up")
    assert (figures["-4"]["metric"], figures["-4"]["direction"]) == ("CHANGE", "down")
    assert figures["-4"]["unit"] == "percentage point"


def test_a_breakdown_heading_dated_by_quarter_gives_its_rows_the_count(extract_both):
    text = ("Employment rose by 188 000 in the quarter.\n\n"
            "Employment by sector, Q1:2025 (change on the previous quarter)\n"
            "- Agriculture: +22 000\n- Utilities: +9 000\n- Finance: -47 000\n")
    figures = by_text(extract_both(text))
    for row in ("+22 000", "+9 000", "-47 000"):
        assert figures[row]["unit"] == "job", (row, figures[row])


def test_rows_whose_labels_end_on_ages_stay_rows_of_their_heading(extract_both):
    text = ("Victims assisted in 2024, by age group (share in brackets)\n"
            "- children aged under 18: 131 (18.4%)\n- adults aged 18 to 30: 302 (42.5%)\n"
            "- adults aged over 30: 278 (39.1%)\n")
    figures = by_text(extract_both(text))
    for row in ("131", "302", "278"):
        assert figures[row]["unit"] == "victim", (row, figures[row])


@pytest.mark.parametrize(
    "text,levels",
    [
        ("The Road Safety Performance Index (RSPI) improved 1.8% in 2024. The urban RSPI rose 0.9% to 104.6, while the "
         "rural RSPI fell 2% to 88.1.", ("104.6", "88.1")),
        ("Its Housing Affordability Index (HAI) stood at 96.3 in March, down from 99.0 a year earlier.", ("96.3", "99.0")),
    ],
)
def test_an_index_abbreviation_the_release_defines_has_index_point_levels(extract_both, text, levels):
    figures = by_text(extract_both(text))
    for level in levels:
        assert (figures[level]["unit"], figures[level]["metric"]) == ("index point", "AMOUNT"), (level, figures[level])


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Approvals under the regional scheme came in well short of the planning level of 28,400.", "28,400",
         "the planning level"),
        ("Approvals remained well short of the annual allocation of 16,500.", "16,500", "the annual allocation"),
    ],
)
def test_a_comparison_opening_is_no_part_of_the_compared_level(extract_both, text, figure, category):
    rel = relations(extract_both(text))
    assert (figure, "CATEGORY", category) in rel, rel


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("Jobs in construction rose by 18 000 compared with Q4:2024.", "18 000", "Q4:2024"),
        ("Compared with Q3:2024, employment rose in the Free State and Limpopo by 31 000 and 12 000 respectively.",
         "12 000", "Q3:2024"),
        ("Drownings fell by 11.0% to 1,204 compared with the 12 months ending in March 2024.", "11.0%",
         "the 12 months ending in March 2024"),
    ],
)
def test_quarters_with_a_colon_and_twelve_months_ending_in_are_comparison_points(extract_both, text, change, baseline):
    assert (change, "BASELINE", baseline) in relations(extract_both(text))


def test_a_bracketed_column_compared_with_twelve_months_ending_in_takes_that_comparison(extract_both):
    text = ("Suicides registered by region, 12 months ending in March 2025 (percent change from the 12 months ending "
            "in March 2024 in brackets)\n- Highlands: 212 (+6.5%)\n- Lowlands: 377 (-3.1%)\n")
    rel = relations(extract_both(text))
    for change in ("+6.5%", "-3.1%"):
        assert (change, "BASELINE", "the 12 months ending in March 2024") in rel, rel


@pytest.mark.parametrize(
    "text,level,time",
    [
        ("Customs seized 612 kilograms of heroin in 2024, compared with 388 kilograms a year earlier.",
         "388 kilograms", "a year earlier"),
        ("Large firms now expect a rise of 6.2% in capital spending, compared with 5.1% three months earlier.", "5.1%",
         "three months earlier"),
        ("The port handled 14,210 vessels in 2024, against 13,870 vessels the previous year.", "13,870",
         "the previous year"),
    ],
)
def test_a_relative_time_after_any_compared_level_dates_it(extract_both, text, level, time):
    rel = relations(extract_both(text))
    assert [r for r in rel if r[0] == level and r[1] in ("PERIOD", "BASELINE") and r[2] == time], rel


def test_a_row_labels_unit_gloss_is_no_part_of_its_category(extract_both):
    text = ("Projections (annual average)\n"
            "                                   2025      2026      2027\n"
            "Jobless rate (%)                     4.6       4.9       4.5\n"
            "Cash rate (%, quarterly average)     3.9       3.4       3.2\n")
    rel = relations(extract_both(text))
    for cell in ("4.6", "4.5"):
        assert (cell, "CATEGORY", "Jobless rate") in rel, rel
    for cell in ("3.9", "3.2"):
        assert (cell, "CATEGORY", "Cash rate") in rel, rel


def test_a_names_abbreviation_in_brackets_stays_in_its_label(extract_both):
    rel = relations(extract_both("Receipts by tax, May 2025\n- Value Added Tax (VAT): 14,912 (+3.1%)\n"))
    assert ("14,912", "CATEGORY", "Value Added Tax (VAT)") in rel, rel


@pytest.mark.parametrize(
    "line,figure",
    [
        ("- Output growth, quarter-on-quarter seasonally-adjusted: 0.9 per cent", "0.9 per cent"),
        ("- Output growth, year-on-year: 2.7 per cent", "2.7 per cent"),
        ("- Output growth, March 2025 quarter average: 2.2 per cent", "2.2 per cent"),
    ],
)
def test_a_qualifier_after_a_labels_comma_is_no_part_of_its_category(extract_both, line, figure):
    rel = relations(extract_both("Main figures, first quarter of 2025\n" + line + "\n"))
    assert (figure, "CATEGORY", "Output growth") in rel, rel


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The activity rate edged up to 64.8 percent in the quarter; for female workers it reached 62.1 percent, and "
         "for male workers 67.4 percent.", [("62.1 percent", "female workers"), ("67.4 percent", "male workers")]),
        ("The jobless rate was 7.1%; among graduates it stood at 3.9% and among school leavers 12.6%.",
         [("3.9%", "graduates"), ("12.6%", "school leavers")]),
    ],
)
def test_a_clause_opened_by_its_group_gives_the_figure_that_group(extract_both, text, expected):
    rel = relations(extract_both(text))
    for figure, group in expected:
        assert (figure, "CATEGORY", group) in rel, rel


def test_a_time_opening_the_clause_is_no_group(extract_both):
    rel = relations(extract_both("Exports rose 2%; for the year as a whole it was 3.5%."))
    assert not [r for r in rel if r[:2] == ("3.5%", "CATEGORY") and "year" in r[2]], rel


def test_a_gapped_share_clause_keeps_its_subject_past_a_bracketed_aside(extract_both):
    text = ("Priority calls (answered within 8 minutes) made up 29% of the total, standard calls (within 30 minutes) "
            "for 52% and deferred calls (within 2 hours) for 19%.")
    rel = relations(extract_both(text))
    assert ("52%", "CATEGORY", "standard calls") in rel, rel
    assert ("19%", "CATEGORY", "deferred calls") in rel, rel


@pytest.mark.parametrize(
    "text,figure,subject",
    [
        ("Among the provinces, Gelderland received the largest number of work permits (6,215), followed by Utrecht "
         "(5,904).", "6,215", "Gelderland"),
        ("Residents of rural districts were the most likely to wait over four hours (18%).", "18%",
         "Residents of rural districts"),
    ],
)
def test_the_subject_a_superlative_ranks_owns_the_bracketed_figure(extract_both, text, figure, subject):
    assert (figure, "CATEGORY", subject) in relations(extract_both(text))


def test_the_noun_after_with_stays_the_category_of_a_ranked_figure(extract_both):
    rel = relations(extract_both("Spain remained the largest market, with 4.8 million visitors, ahead of Italy."))
    assert ("4.8 million", "CATEGORY", "visitors") in rel, rel


@pytest.mark.parametrize(
    "text,figures",
    [
        ("The youth unemployment rate climbed to 14.2 in May from 13.8 in April.", ("14.2", "13.8")),
        ("The participation rate was 63.1 per cent; the rate for women was 58.9 and for men 67.5.", ("58.9", "67.5")),
    ],
)
def test_a_bare_level_of_a_percent_rate_is_a_percent(extract_both, text, figures):
    found = by_text(extract_both(text))
    for figure in figures:
        assert (found[figure]["unit"], found[figure]["metric"]) == ("percent", "SHARE"), (figure, found[figure])


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The crude birth rate fell to 9.8 in 2024.", "9.8"),
        ("The unemployment rate among graduates was 3.1 per 100 economically active graduates.", "3.1 per 100 economically active graduates"),
    ],
)
def test_a_rate_per_population_or_with_a_base_is_no_percent(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["unit"] != "percent"


def test_rows_declaring_their_own_percent_are_rows_not_headings(extract_both):
    text = ("Table 1. Labour force indicators, seasonally adjusted\n"
            "Indicator                  Aug 2025   Sep 2025\n"
            "Jobless rate, %                 5.6        5.4\n"
            "Persons employed, thousands   2,811      2,824\n"
            "Policy rate (%, month average)   4.25       4.00\n")
    found = by_text(extract_both(text))
    for cell in ("5.6", "5.4", "4.25"):
        assert (found[cell]["unit"], found[cell]["metric"]) == ("percent", "SHARE"), (cell, found[cell])
    assert found["2,811"]["unit"] != "percent"


@pytest.mark.parametrize(
    "text,rate,unit",
    [
        ("Police recorded 1,204 robberies in 2024, a rate of 21.7 per 100,000 population.",
         "21.7 per 100,000 population", "robbery per 100,000 population"),
        ("Reported burglaries fell to 18,930, a rate of 311.2 per 100,000 residents, below the rate in the capital "
         "(402.6).", "311.2 per 100,000 residents", "burglary per 100,000 residents"),
    ],
)
def test_a_rate_without_a_counted_noun_rates_the_sentences_count(extract_both, text, rate, unit):
    assert by_text(extract_both(text))[rate]["unit"] == unit


def test_a_rate_of_people_keeps_its_base(extract_both):
    found = by_text(extract_both("Deaths numbered 4,410, and the birth rate was 8.7 per 1,000 population."))
    assert found["8.7 per 1,000 population"]["unit"] != "death per 1,000 population"


def test_a_rate_column_rates_what_the_table_counts(extract_both):
    text = ("Recorded crime by police area, 2024\n\n"
            "Area            Crimes     Rate per 10,000 population\n"
            "Lothian          31,412      338.5\n"
            "Tayside          12,907      301.2\n")
    found = by_text(extract_both(text))
    for cell in ("338.5", "301.2"):
        assert (found[cell]["unit"], found[cell]["metric"]) == ("crime per 10,000 population", "SHARE"), found[cell]
    for cell in ("31,412", "12,907"):
        assert found[cell]["unit"] == "crime", found[cell]


def test_a_count_column_under_a_declared_measure_keeps_the_measure(extract_both):
    text = ("Trade by partner, 2024 (US$ million)\n\n"
            "Partner         Exports     Imports\n"
            "Japan            4,120       3,870\n"
            "Korea            2,611       2,954\n")
    found = by_text(extract_both(text))
    assert found["4,120"]["unit"] != "export"
    assert found["3,870"]["unit"] != "import"


def test_a_label_declaring_a_rate_gives_its_figures_the_rate(extract_both):
    found = by_text(extract_both("Main results\n- Cyclist deaths per million inhabitants: 4.6 (4.9 in 2023)\n"))
    for figure in ("4.6", "4.9"):
        assert (found[figure]["unit"], found[figure]["metric"]) == ("death per million inhabitants", "SHARE")


def test_an_unsigned_cell_of_a_change_column_is_a_rise(extract_both):
    text = ("Overnight stays by region\n"
            "Region        2023      2024    Change\n"
            "Coast        8,410     8,905       495\n"
            "Mountains    5,120     4,870      -250\n")
    found = by_text(extract_both(text))
    assert (found["495"]["metric"], found["495"]["direction"]) == ("CHANGE", "up")
    assert (found["-250"]["metric"], found["-250"]["direction"]) == ("CHANGE", "down")
    assert found["8,905"]["metric"] == "COUNT"
    rel = relations(extract_both(text))
    assert ("495", "MODIFIES", "8,905") in rel, rel


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("Vietnam's Exports Grew by 7.4 Per Cent in the Second Quarter of 2025", "7.4 Per Cent",
         "in the Second Quarter of 2025"),
        ("Hotel Revenue Rose 4.8% in the First Half of 2025", "4.8%", "in the First Half of 2025"),
    ],
)
def test_a_title_case_quarter_or_half_is_a_period(extract_both, text, figure, period):
    rel = relations(extract_both(text))
    assert (figure, "PERIOD", period) in rel, rel
    assert "Half" not in by_text(extract_both(text))


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("The recorded burglary rate fell 6% to 211 incidents per 100,000 population.", "6%",
         "211 incidents per 100,000 population"),
        ("The road death rate rose 2.5% from a year earlier to 4.1 deaths per 100,000 inhabitants.", "2.5%",
         "4.1 deaths per 100,000 inhabitants"),
    ],
)
def test_a_change_reaches_a_rate_per_population(extract_both, text, change, level):
    assert (change, "MODIFIES", level) in relations(extract_both(text))


def test_a_change_after_from_and_a_comma_modifies_the_level_reached(extract_both):
    rel = relations(extract_both("Annual road tax for a medium car went up to €310, from €290, a rise of 6.9%."))
    assert ("6.9%", "MODIFIES", "€310") in rel, rel


@pytest.mark.parametrize(
    "text,change,count",
    [
        ("Vehicle crime (18,204 offences) rose 9.3% in the year to March.", "9.3%", "18,204"),
        ("Bicycle thefts (6,412) fell 11.4% in 2024.", "11.4%", "6,412"),
    ],
)
def test_a_change_of_a_subject_with_a_bracketed_count_modifies_that_count(extract_both, text, change, count):
    assert (change, "MODIFIES", count) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Employment fell by 120 000, resulting in a decrease of 54 000 (down by 0,4%) in the labour force.", "54 000",
         "the labour force"),
        ("This meant a net increase of 96 000 in the not economically active population.", "96 000",
         "the not economically active population"),
    ],
)
def test_a_change_noun_with_its_bracketed_restatement_names_its_place(extract_both, text, figure, category):
    assert (figure, "CATEGORY", category) in relations(extract_both(text))


def test_a_respectively_clause_after_and_the_takes_its_own_subjects(extract_both):
    text = ("The operator handled 18.2 million passengers in May (+6.1%), 151,330 flights (+4.4%) and 88,410 tonnes of "
            "cargo (+9.8%), and the Canary Islands airports and Palma recorded passenger growth of 5.6% and 7.9% "
            "respectively.")
    rel = relations(extract_both(text))
    assert ("7.9%", "CATEGORY", "Palma") in rel, rel
    assert not [r for r in rel if r[0] == "5.6%" and r[1] == "MODIFIES"], rel


def test_a_pronoun_subject_takes_the_category_of_the_figure_before(extract_both):
    rel = relations(extract_both("Construction output fell 0.6% in May, and it stood 9.4% below its 2022 average."))
    assert ("9.4%", "CATEGORY", "Construction output") in rel, rel


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("In volume terms wholesale turnover was 2.7% higher than in June 2024.", "2.7%", "wholesale turnover"),
        ("In real terms household disposable income rose 1.1% in the quarter.", "1.1%", "household disposable income"),
    ],
)
def test_an_opening_in_terms_adverbial_is_no_part_of_the_subject(extract_both, text, figure, category):
    assert (figure, "CATEGORY", category) in relations(extract_both(text))


def test_a_coordinated_verb_keeps_its_subject_past_a_bracketed_breakdown(extract_both):
    text = ("Wholesale gas prices fell 4.4 percent in April (-3.1 percent for day-ahead contracts and -6.0 percent "
            "for month-ahead contracts) but were 12.8 percent higher than a year earlier.")
    rel = relations(extract_both(text))
    assert ("12.8 percent", "CATEGORY", "Wholesale gas prices") in rel, rel


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Private builders finished 38.6 thousand homes; within these two sectors 96.1% of all homes were built with "
         "heat pumps.", "96.1%", "all homes"),
        ("Among large exporters 58% of managers expect higher orders.", "58%", "managers"),
    ],
)
def test_a_share_after_an_opening_phrase_without_a_comma_counts_its_whole(extract_both, text, figure, category):
    assert (figure, "CATEGORY", category) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure,baseline",
    [
        ("Core inflation came in 0.3 percentage points higher than the projection in the July Monetary Policy "
         "Report.", "0.3 percentage points", "the projection in the July Monetary Policy Report"),
        ("The exchange rate index has fallen about 3 percent since the May Statement.", "3 percent",
         "the May Statement"),
        ("Headline inflation is now 0.8 percentage point above the target.", "0.8 percentage point", "the target"),
        ("Landfill volumes were 2.4 million tonnes below the annual limit.", "2.4 million tonnes", "the annual limit"),
    ],
)
def test_a_projection_a_statement_or_a_target_is_a_comparison_point(extract_both, text, figure, baseline):
    assert (figure, "BASELINE", baseline) in relations(extract_both(text))


def test_a_target_with_its_figure_stays_a_target(extract_both):
    rel = relations(extract_both("Inflation returned to the 2% target in May."))
    assert not [r for r in rel if r[1] == "BASELINE"], rel


@pytest.mark.parametrize(
    "text,change,own,outer,outer_baseline",
    [
        ("Olive oil prices have risen 31.4% since March 2024 (+4.2% compared with February 2025).", "+4.2%",
         "February 2025", "31.4%", "March 2024"),
        ("Cocoa cost 18.9% more than in June 2024 (+1.7% compared with May 2025).", "+1.7%", "May 2025", "18.9%",
         "June 2024"),
    ],
)
def test_a_bracketed_change_with_its_own_comparison_keeps_it(extract_both, text, change, own, outer, outer_baseline):
    rel = relations(extract_both(text))
    assert (change, "BASELINE", own) in rel, rel
    assert (outer, "BASELINE", outer_baseline) in rel, rel
    assert (outer, "BASELINE", own) not in rel, rel


def test_a_quarter_named_by_its_months_is_a_comparison_point(extract_both):
    rel = relations(extract_both("Business investment rose 1.3% from the July-September quarter."))
    assert ("1.3%", "BASELINE", "the July-September quarter") in rel, rel


@pytest.mark.parametrize(
    "text,figure,baseline",
    [
        ("Output was 0.9% lower than in the same three months of 2024.", "0.9%", "the same three months of 2024"),
        ("Bed nights were 6.2 per cent more than in the same two months of 2024.", "6.2 per cent",
         "the same two months of 2024"),
    ],
)
def test_the_same_months_of_a_year_are_one_comparison_point_of_that_year(extract_both, text, figure, baseline):
    doc = extract_both(text)
    assert (figure, "BASELINE", baseline) in relations(doc)
    spans = [s for s in doc["spans"] if s["label"] == "BASELINE"]
    assert (spans[0]["type"], spans[0]["year"]) == ("year", 2024)


def test_an_industrys_bracketed_change_counts_the_paragraphs_count(extract_both):
    text = ("Employed persons numbered 141 thousand more than a year earlier. Hospitality (+58 thousand) and "
            "information and communication (+33 thousand) gained most, while manufacturing (-47 thousand, -1.1%) and "
            "construction (-29 thousand) lost ground.")
    found = by_text(extract_both(text))
    for cell in ("+58 thousand", "+33 thousand", "-47 thousand", "-29 thousand"):
        assert found[cell]["unit"] == "person", (cell, found[cell])


def test_a_plural_shared_by_coordinated_names_is_no_part_of_the_last(extract_both):
    text = "Road deaths in the Kerry, Clare and Galway divisions numbered 14, 11 and 19 respectively last year."
    doc = extract_both(text)
    rel = relations(doc)
    assert ("19", "CATEGORY", "Galway") in rel, rel
    assert by_text(doc)["19"]["unit"] == by_text(doc)["14"]["unit"]


def test_a_ranked_rate_in_brackets_restates_the_paragraphs_rate(extract_both):
    text = ("The crude marriage rate fell to 3.9 per 1,000 population in 2024. Jeju posted the highest marriage rate "
            "(5.2), while Daegu had the lowest (3.1).")
    found = by_text(extract_both(text))
    for cell in ("5.2", "3.1"):
        assert (found[cell]["unit"], found[cell]["metric"]) == ("marriage per 1,000 population", "SHARE"), found[cell]
    assert ("5.2", "CATEGORY", "Jeju") in relations(extract_both(text))


def test_a_fronted_list_of_places_without_a_comma_is_distributed(extract_both):
    text = ("In Lyon the on-schedule rate stood at 88.0 percent, whereas in Nice, Nantes and Lille the on-schedule rate "
            "stood at 84.5 percent, 90.2 percent and 86.7 percent respectively.")
    rel = relations(extract_both(text))
    assert ("88.0 percent", "CATEGORY", "on-schedule rate") in rel, rel
    for figure, place in (("84.5 percent", "Nice"), ("90.2 percent", "Nantes"), ("86.7 percent", "Lille")):
        assert (figure, "CATEGORY", place) in rel, rel


def test_a_fronted_place_is_no_part_of_the_subject(extract_both):
    rel = relations(extract_both("In Coimbra the occupancy rate was 74.3% in August."))
    assert ("74.3%", "CATEGORY", "occupancy rate") in rel, rel


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The jobless rate was 4.4% nationally; in Tasmania the figure was 5.2%.", "5.2%", "Tasmania"),
        ("Among older workers the rate was 2.9%.", "2.9%", "older workers"),
        ("In Tasmania the participation rate was 61.8%.", "61.8%", "participation rate"),
    ],
)
def test_an_anaphoric_subject_after_a_fronted_place_states_the_places_figure(extract_both, text, figure, category):
    assert (figure, "CATEGORY", category) in relations(extract_both(text))
