"""Session 35's constructions (GUIDELINES C35-1..), each written anew from how statistics offices, central banks,
border agencies and police state their figures."""

import pytest

from conftest import by_text, check, relations


def spans_of(doc: dict, label: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["label"] == label]


@pytest.mark.parametrize("sentence,step,category", [
    ("Food prices rose 0.3 percent in May; the gasoline index was flat over the month, after falling 2.1 percent in "
     "April.", "2.1 percent", "gasoline index"),
    ("Exports grew 4% in June, while imports were unchanged, after dropping 1.2% in May.", "1.2%", "imports"),
])
def test_an_earlier_step_takes_the_subject_of_its_own_clause(extract_both, sentence, step, category):
    check(relations(extract_both(sentence)), [(step, "CATEGORY", category)])


def test_an_earlier_step_without_a_subject_of_its_own_is_the_main_change_s(extract_both):
    doc = extract_both("Construction output fell by 0.8% in March, after rising by 1.1% in February.")
    check(relations(doc), [("1.1%", "CATEGORY", "Construction output")])


@pytest.mark.parametrize("sentence,figure,category", [
    ("Recorded crime rose 4%, with theft from a shop up 21% to 48,230.", "48,230", "theft from a shop"),
    ("Offences fell, with assault on an emergency worker down 3% to 2,410.", "2,410",
     "assault on an emergency worker"),
])
def test_a_category_runs_left_over_an_article_after_its_preposition(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


@pytest.mark.parametrize("sentence,figure,unit", [
    ("Outbound trips by residents numbered 512,300, compared with 488,900 a year earlier.", "488,900", "trip"),
    ("Export licences issued reached 7,240, against 6,815 a year ago.", "6,815", "license"),
])
def test_a_value_a_year_earlier_is_no_rate_per_year(extract_both, sentence, figure, unit):
    q = by_text(extract_both(sentence))[figure]
    assert q["unit"] == unit and q["metric"] == "COUNT", q


@pytest.mark.parametrize("sentence,second,level", [
    ("The jobless rate stood at 5.2% in the third quarter, down 0.3 percentage points on the second quarter and "
     "0.9 percentage points on the third quarter of 2023.", "0.9 percentage points", "5.2%"),
    ("The employment rate was 74.8%, 0.2 percentage points higher than in June and 0.6 points above July 2023.",
     "0.6 points", "74.8%"),
])
def test_a_second_change_in_points_after_and_modifies_the_same_rate(extract_both, sentence, second, level):
    check(relations(extract_both(sentence)), [(second, "MODIFIES", level)])


@pytest.mark.parametrize("sentence,change,level", [
    ("The port handled 3.4 million tonnes of cargo in October, an increase of 6% on the same month last year, "
     "bringing the total for the year so far to 31.2 million tonnes.", "6%", "3.4 million tonnes"),
    ("Police seized 2,310 kilograms of cannabis at the border (2023: 1,640 kg), an increase of 41%.", "41%",
     "2,310 kilograms"),
])
def test_an_appositive_change_noun_modifies_the_figure_before_its_comma(extract_both, sentence, change, level):
    check(relations(extract_both(sentence)), [(change, "MODIFIES", level)])


def test_an_appositive_change_after_a_compared_value_is_not_of_that_value(extract_both):
    doc = extract_both("First-time asylum applications fell to 8,120 in 2024, compared with 10,450 in 2023, a decrease "
                       "of 22 percent.")
    check(relations(doc), [("22 percent", "MODIFIES", "8,120")])


def test_a_part_in_brackets_lends_no_noun_to_the_whole(extract_both):
    doc = extract_both("In the year ending June 2024, 96,400 people applied for protection (covering 71,300 main "
                       "applicants), 9% more than a year earlier. Of these, 24,900 had arrived irregularly.")
    check(relations(doc), [("24,900", "PART_OF", "96,400")])
    assert by_text(doc)["24,900"]["unit"] == "person"


@pytest.mark.parametrize("sentence,restated,level", [
    ("Building approvals fell 12.4% or 2,150 dwellings on the previous year, to 15,180 dwellings.", "2,150",
     "15,180"),
    ("Payroll employment rose by 0.3%, or 41,000 jobs, to 13.7 million in September.", "0.3%", "13.7 million"),
])
def test_a_change_restated_after_or_is_of_the_same_level(extract_both, sentence, restated, level):
    check(relations(extract_both(sentence)), [(restated, "MODIFIES", level)])


def test_a_change_restated_after_or_without_a_level_after_it(extract_both):
    doc = extract_both("Building permits were issued for 18,700 homes in August, a fall of 9.6% or 1,980 homes on "
                       "August 2023.")
    check(relations(doc), [("1,980", "MODIFIES", "18,700"), ("9.6%", "MODIFIES", "18,700")])


def test_the_same_months_of_a_year_are_one_time_phrase(extract_both):
    doc = extract_both("Customs seized 9.1 million cigarettes, down from 12.6 million in the same months of the "
                       "previous year.")
    check(relations(doc), [("12.6 million", "PERIOD", "in the same months of the previous year")])


@pytest.mark.parametrize("sentence,figure,category", [
    ("Officers made 3,460 arrests, of which 1,020 were for burglary offences and 310 for weapons offences.", "310",
     "weapons offences"),
    ("Officers made 3,460 arrests, of which 1,020 were for burglary offences and 310 for weapons offences.", "1,020",
     "burglary offences"),
])
def test_parts_named_after_for_take_that_name(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


def test_items_of_a_forecast_list_between_semicolons_keep_its_category(extract_both):
    doc = extract_both("Headline inflation for 2025-26 is projected at 4.0 per cent, with Q1 at 4.4 per cent; Q2 at "
                       "3.9 per cent; and Q3 at 3.8 per cent.")
    check(relations(doc), [("3.9 per cent", "CATEGORY", "Headline inflation"),
                           ("3.8 per cent", "CATEGORY", "Headline inflation")])


def test_a_participle_set_off_by_commas_states_the_subject_s_figure(extract_both):
    doc = extract_both("The value of goods exports in September 2024, provisionally estimated at $41.2 billion, "
                       "increased by 3.1% compared with a year earlier.")
    check(relations(doc), [("$41.2 billion", "CATEGORY", "value of goods exports"),
                           ("3.1%", "MODIFIES", "$41.2 billion")])


def test_a_table_part_row_is_part_of_the_whole_in_its_column(extract_both):
    text = ("Table 2. Visitor arrivals by region of residence\n"
            "                          Q3 2024     Q3 2023\n"
            "Asia                      284,500     251,200\n"
            "  of which China           96,300      80,900\n"
            "Europe                    173,800     169,400\n")
    doc = extract_both(text)
    check(relations(doc), [("96,300", "PART_OF", "284,500"), ("80,900", "PART_OF", "251,200"),
                           ("80,900", "CATEGORY", "China")])


@pytest.mark.parametrize("sentence,figure,value,bound", [
    ("Nine in ten patients were seen within 2 hours 36 minutes of arrival.", "2 hours 36 minutes", 2.6, "<="),
    ("The longest wait was more than 3 hours 15 minutes.", "3 hours 15 minutes", 3.25, ">"),
])
def test_a_bounded_duration_in_two_units_is_one_amount(extract_both, sentence, figure, value, bound):
    q = by_text(extract_both(sentence))[figure]
    assert q["metric"] == "AMOUNT" and q["unit"] == "hour" and q["value"] == pytest.approx(value), q
    assert q["bound"] == bound, q


@pytest.mark.parametrize("sentence,figure,category", [
    ("The 4-week moving average of claims was 224,500.", "224,500", "4-week moving average of claims"),
    ("Over the year, the 12-month rate of inflation was 3.1%.", "3.1%", "12-month rate of inflation"),
])
def test_a_length_of_time_in_digits_stays_in_its_phrase(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


@pytest.mark.parametrize("sentence,change,baseline", [
    ("So far this year 29,100 migrants have crossed, 6% more than at the same point in 2023.", "6%",
     "the same point in 2023"),
    ("Hospital admissions for flu were 15% higher than at the same stage of 2022.", "15%", "the same stage of 2022"),
])
def test_the_same_point_of_a_year_is_a_baseline(extract_both, sentence, change, baseline):
    check(relations(extract_both(sentence)), [(change, "BASELINE", baseline)])


@pytest.mark.parametrize("sentence,figure,category", [
    ("Guest nights totalled 4.6 million in July, of which 2.9 million by international visitors and 1.7 million by "
     "domestic visitors.", "1.7 million", "domestic visitors"),
    ("Some 84,300 apprentices were in training, including 31,200 in construction and 12,900 in engineering.",
     "12,900", "engineering"),
])
def test_listed_parts_take_the_group_after_their_preposition(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


def test_the_last_item_of_a_respectively_list_stops_at_its_participle(extract_both):
    doc = extract_both("The energy index fell 1.1 percent, with the gasoline and household energy indexes declining 2.0 "
                       "percent and 0.4 percent, respectively.")
    check(relations(doc), [("0.4 percent", "CATEGORY", "household energy indexes")],
          absent=[("0.4 percent", "CATEGORY", "household energy indexes declining")])


@pytest.mark.parametrize("sentence,period", [
    ("Core prices rose 0.3 percent in May, as they had in each of the four preceding months.",
     "in each of the four preceding months"),
    ("Output had contracted in the two previous quarters, by 0.4% overall.", "in the two previous quarters"),
])
def test_a_number_before_preceding_months_is_part_of_the_period(extract_both, sentence, period):
    doc = extract_both(sentence)
    assert period in spans_of(doc, "PERIOD"), spans_of(doc, "PERIOD")
    assert not [q for q in by_text(doc) if q in ("four", "two")], sorted(by_text(doc))


def test_a_change_restated_after_an_annual_rate_qualifier(extract_both):
    doc = extract_both("Nominal GDP rose 5.0 percent at an annual rate, or $352.1 billion, in the second quarter to a "
                       "level of $28.65 trillion.")
    q = by_text(doc)["$352.1 billion"]
    assert q["metric"] == "CHANGE" and q["direction"] == "up", q
    check(relations(doc), [("$352.1 billion", "MODIFIES", "$28.65 trillion"),
                           ("5.0 percent", "MODIFIES", "$28.65 trillion")])


def test_the_level_an_absolute_construction_reaches_takes_its_subject(extract_both):
    doc = extract_both("Decisions rose to 81,400, with the refusal rate climbing to 38% from 29% a year earlier.")
    check(relations(doc), [("38%", "CATEGORY", "refusal rate"), ("29%", "CATEGORY", "refusal rate")])


def test_a_source_estimate_is_no_baseline(extract_both):
    doc = extract_both("Output grew at an annual rate of 1.6 percent in the first quarter, according to the advance "
                       "estimate released today.")
    assert "the advance estimate" not in spans_of(doc, "BASELINE"), spans_of(doc, "BASELINE")


def test_one_year_ago_in_digits_is_a_baseline(extract_both):
    doc = extract_both("The unemployment rate was estimated at 4.1%, above estimates for 1 year ago and the previous "
                       "quarter.")
    assert "1 year ago" in spans_of(doc, "BASELINE"), spans_of(doc, "BASELINE")
    assert "1 year" not in by_text(doc), sorted(by_text(doc))


def test_a_change_column_modifies_the_latest_time_whose_header_has_a_scale(extract_both):
    text = ("Table 4: Container throughput by port, first half\n\n"
            "| Port      | H1 2024 (000 TEU) | H1 2023 (000 TEU) | Change (%) |\n"
            "|-----------|------------------:|------------------:|-----------:|\n"
            "| Antwerp   | 6,410             | 6,080             | 5.4        |\n"
            "| Rotterdam | 6,920             | 6,700             | 3.3        |\n")
    check(relations(extract_both(text)), [("5.4", "MODIFIES", "6,410"), ("3.3", "MODIFIES", "6,920")])


def test_bullets_under_a_cue_line_are_parts_of_the_figure_before_it(extract_both):
    text = ("Recorded offences totalled 48,300 in the quarter, 2% fewer than a year earlier. Of which:\n"
            "- theft: 19,700 (-4%);\n"
            "- criminal damage: 8,100 (+1%);\n"
            "- burglary: 5,200 (-9%).\n")
    check(relations(extract_both(text)), [("19,700", "PART_OF", "48,300"), ("5,200", "PART_OF", "48,300"),
                                          ("8,100", "CATEGORY", "criminal damage")])


def test_coordinated_periods_of_a_respectively_list_are_no_categories(extract_both):
    doc = extract_both("In the first, second and third quarters, retail sales grew by 3.1 percent, 2.6 percent and 2.7 "
                       "percent year on year respectively.")
    rel = relations(doc)
    check(rel, [("3.1 percent", "CATEGORY", "retail sales"), ("2.7 percent", "CATEGORY", "retail sales")])
    assert not [r for r in rel if r[1] == "CATEGORY" and r[2] in ("first", "second", "third quarters")], sorted(rel)


def test_a_record_share_of_is_the_subject_s_share(extract_both):
    doc = extract_both("Online sales reached a record share of 28.4% of all retail sales in November.")
    check(relations(doc), [("28.4%", "CATEGORY", "Online sales")])


def test_a_respectively_list_takes_the_comparisons_of_the_list_before(extract_both):
    doc = extract_both("Exports rose 2.1% on the month and 4.0% on the year, while imports fell 0.5% and 1.2% "
                       "respectively.")
    check(relations(doc), [("0.5%", "BASELINE", "the month"), ("1.2%", "BASELINE", "the year")])


def test_a_comparison_after_a_comparative_is_not_shared_with_a_dated_change(extract_both):
    doc = extract_both("Export prices rose 0.8 percent in November but were 2.4 percent lower than a year earlier.")
    rel = relations(doc)
    check(rel, [("2.4 percent", "BASELINE", "a year earlier")], absent=[("0.8 percent", "BASELINE", "a year earlier")])


@pytest.mark.parametrize("sentence,figure,bad", [
    ("The spot price averaged $2.31/MMBtu in November; we forecast that it will average $3.10/MMBtu in 2025.",
     "$3.10/MMBtu", "we forecast"),
    ("Output rose 0.4%, with the largest contribution coming from construction, which grew 1.3%.", "1.3%",
     "the largest contribution"),
])
def test_a_pronoun_or_a_ranking_phrase_is_no_category(extract_both, sentence, figure, bad):
    rel = relations(extract_both(sentence))
    assert not [r for r in rel if r[0] == figure and r[1] == "CATEGORY" and r[2] in (bad, bad.split(" ", 1)[1])], \
        sorted(rel)


@pytest.mark.parametrize("sentence,figure,category", [
    ("Services output grew 0.2%, with the largest boost coming from health, which rose 1.1%.", "1.1%", "health"),
    ("The index for household energy, which fell 0.9%, pulled prices down.", "0.9%", "index for household energy"),
])
def test_the_antecedent_of_which_after_a_participle_phrase(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


def test_a_subject_with_its_participle_before_a_time_phrase(extract_both):
    doc = extract_both("The number of used vans imported in October was 2,412, compared with 2,960 in October 2023.")
    check(relations(doc), [("2,412", "CATEGORY", "used vans imported"), ("2,960", "CATEGORY", "used vans imported")])


@pytest.mark.parametrize("sentence,figure,period", [
    ("During the financial year ended 31 March 2024, 18,240 new companies were incorporated.", "18,240",
     "During the financial year ended 31 March 2024"),
    ("Over the four quarters to Q3 2024, household consumption grew 0.9%.", "0.9%", "Over the four quarters to Q3 2024"),
])
def test_fiscal_years_and_spans_of_quarters_are_one_period(extract_both, sentence, figure, period):
    check(relations(extract_both(sentence)), [(figure, "PERIOD", period)])


def test_a_larger_figure_later_in_the_sentence_is_no_whole(extract_both):
    doc = extract_both("Full-time jobs numbered 41,200 (-2.1%) and part-time jobs 18,900 (+1.4%) in June, while the trend "
                       "estimate of all jobs, which smooths monthly movements, rose by 0.3% to 60,400.")
    rel = relations(doc)
    assert not [r for r in rel if r[1] == "PART_OF" and r[2] == "60,400"], sorted(rel)


def test_change_lines_under_their_level_modify_it(extract_both):
    text = ("Imports, October 2024 (calendar and seasonally adjusted)\n"
            "112.4 billion euros\n"
            "+1.1% on the previous month\n"
            "-2.6% on the same month a year earlier\n")
    check(relations(extract_both(text)), [("+1.1%", "MODIFIES", "112.4 billion euros"),
                                          ("-2.6%", "MODIFIES", "112.4 billion euros")])


def test_a_decade_earlier_dates_the_value_compared(extract_both):
    doc = extract_both("The average age of first-time buyers rose to 33.1 years, from 30.8 years a decade earlier.")
    check(relations(doc), [("30.8 years", "PERIOD", "a decade earlier")])


def test_a_prose_change_takes_no_comparison_from_another_paragraph(extract_both):
    text = ("Retail sales in the fourth quarter of 2024 were 1.2% higher than in the third quarter of 2024.\n\n"
            "Sales at furniture stores were down 2.4% (-$61 million) in December, as sales at home furnishings "
            "retailers (-3.1%) and electronics stores (-1.8%) both declined.")
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[0] == "2.4%" and r[1] == "BASELINE"], sorted(rel)


def test_a_title_naming_points_leaves_the_time_columns_in_percent(extract_both):
    text = ("Table 5. Participation rate by age group, percentage points change on the year\n\n"
            "               Q2 2024    Q2 2023    Change\n"
            "Aged 15-24       68.2       69.0      -0.8\n"
            "Aged 25-54       88.1       87.6       0.5\n")
    doc = extract_both(text)
    q = by_text(doc)
    assert q["88.1"]["unit"] == "percent" and q["88.1"]["metric"] == "SHARE", q["88.1"]
    assert q["0.5"]["unit"] == "percentage point" and q["0.5"]["metric"] == "CHANGE", q["0.5"]
    check(relations(doc), [("0.5", "MODIFIES", "88.1")])


def test_a_bare_change_column_in_a_scaled_table_is_a_change_of_the_level(extract_both):
    text = ("Table 3. Persons in employment by sector (thousands)\n\n"
            "Sector            Q3 2024    Q2 2024    Change    % change\n"
            "Industry             612.4      604.9       7.5        1.2\n"
            "Services           1,980.2    1,975.0       5.2        0.3\n")
    doc = extract_both(text)
    q = by_text(doc)["7.5"]
    assert q["metric"] == "CHANGE" and q["value"] == pytest.approx(7500), q
    check(relations(doc), [("7.5", "MODIFIES", "612.4"), ("1.2", "MODIFIES", "612.4")])


def test_a_title_of_indicators_lends_no_unit_to_rows_with_their_own_gloss(extract_both):
    text = ("Table 1. Summary of labour market statistics\n\n"
            "Indicator                     Level    Change on quarter\n"
            "Unemployment (thousands)      1,512                  -24\n")
    q = by_text(extract_both(text))["1,512"]
    assert q["unit"] == "person" and q["value"] == pytest.approx(1512000), q


def test_a_rate_column_is_of_the_row_label_and_a_share_column_of_the_row_count(extract_both):
    text = ("Table 2. Work permits issued by sector, 2024\n\n"
            "Sector               Permits    Refusal rate (%)    Share of total (%)\n"
            "Health                 3,965                12.1                  40.4\n"
            "ICT                    1,862                 8.4                  19.0\n")
    rel = relations(extract_both(text))
    check(rel, [("12.1", "CATEGORY", "Health"), ("40.4", "MODIFIES", "3,965"), ("19.0", "MODIFIES", "1,862")],
          absent=[("12.1", "MODIFIES", "3,965"), ("8.4", "MODIFIES", "1,862")])


@pytest.mark.parametrize("text", [
    ("Table 3. Top source markets, 2024\n\n"
     "Rank   Country        Visitors    Share (%)\n"
     "1      China          8,410,000        34.2\n"
     "2      Japan          3,120,000        12.7\n"),
    ("Top source markets, 2024\n\n"
     "| Rank | Country | Visitors  | Share (%) |\n"
     "|------|---------|----------:|----------:|\n"
     "| 1    | China   | 8,410,000 | 34.2      |\n"
     "| 2    | Japan   | 3,120,000 | 12.7      |\n"),
])
def test_a_ranked_table_reads_its_rows_without_the_ranks(extract_both, text):
    doc = extract_both(text)
    q = by_text(doc)
    assert "1" not in q and "2" not in q, sorted(q)
    assert q["8,410,000"]["unit"] == "visitor" and q["8,410,000"]["metric"] == "COUNT", q["8,410,000"]
    check(relations(doc), [("8,410,000", "CATEGORY", "China"), ("3,120,000", "CATEGORY", "Japan"),
                           ("12.7", "MODIFIES", "3,120,000")])


def test_year_rows_date_their_cells_and_a_rate_column_names_itself(extract_both):
    text = ("Table 1. Unemployment, 2022-2024\n\n"
            "Year      Unemployed ('000)    Unemployment rate (%)\n"
            "2023                  151.8                      4.6\n"
            "2024                  160.3                      4.8\n")
    doc = extract_both(text)
    check(relations(doc), [("160.3", "PERIOD", "2024"), ("4.8", "PERIOD", "2024"),
                           ("4.8", "CATEGORY", "Unemployment rate")], absent=[("4.8", "MODIFIES", "160.3")])


@pytest.mark.parametrize("text", [
    ("Table 1. Household rates, seasonally adjusted (%)\n\n"
     "                        Q1 2024    Q2 2024    Change\n"
     "Saving rate                 7.9        8.3       0.4\n"
     "Home ownership rate        65.6       65.4      -0.2\n"),
    ("Table 1. Household rates, seasonally adjusted\n\n"
     "                        Q1 2024 (%)   Q2 2024 (%)   Change on quarter\n"
     "Saving rate                 7.9           8.3                0.4\n"
     "Home ownership rate        65.6          65.4               -0.2\n"),
])
def test_a_change_column_beside_a_rate_is_in_points(extract_both, text):
    doc = extract_both(text)
    q = by_text(doc)["0.4"]
    assert q["unit"] == "percentage point" and q["metric"] == "CHANGE", q
    check(relations(doc), [("0.4", "MODIFIES", "8.3"), ("-0.2", "MODIFIES", "65.4")])


def test_a_change_column_with_its_own_points_leaves_the_title_percent_to_the_levels(extract_both):
    text = ("Table 4. Occupancy rate by region (%)\n\n"
            "Region        2023    2024    Difference (pp)\n"
            "Coast         68.4    70.1      1.7\n"
            "Inland        55.2    54.6     -0.6\n")
    doc = extract_both(text)
    q = by_text(doc)
    assert q["70.1"]["unit"] == "percent" and q["70.1"]["metric"] == "SHARE", q["70.1"]
    check(relations(doc), [("1.7", "MODIFIES", "70.1"), ("-0.6", "MODIFIES", "54.6")])


def test_a_column_naming_a_plural_and_its_participle_counts_the_plural(extract_both):
    text = ("Table 3. Company insolvencies by sector, 2024\n\n"
            "Sector            Insolvencies    Jobs affected\n"
            "Construction               412            3,140\n"
            "Hospitality                298            2,620\n")
    q = by_text(extract_both(text))
    assert q["3,140"]["unit"] == "job" and q["412"]["unit"] == "insolvency", (q["3,140"], q["412"])


def test_a_title_naming_counts_and_a_rate_declares_no_rate_for_every_cell(extract_both):
    text = ("Table 2. Road deaths and rate per million inhabitants, by region\n\n"
            "Region          2023       2024\n"
            "North            412        398\n")
    q = by_text(extract_both(text))["398"]
    assert " per " not in (q["unit"] or "") and "and" not in (q["unit"] or ""), q


def test_scale_glosses_of_a_table_scale_its_cells_and_are_no_figures(extract_both):
    text = ("Table 1. Main transport indicators, January-November 2024\n\n"
            "Indicator                                          Jan-Nov 2024    y/y (%)\n"
            "Port container throughput (10,000 TEU)                 30,110.5        7.1\n"
            "Urban rail passengers (100 million person-times)          296.4        4.0\n")
    doc = extract_both(text)
    q = by_text(doc)
    assert "10,000 TEU" not in q and "100 million person-times" not in q, sorted(q)
    assert q["30,110.5"]["value"] == pytest.approx(301105000) and q["30,110.5"]["unit"] == "teu", q["30,110.5"]
    assert q["296.4"]["value"] == pytest.approx(29640000000) and q["296.4"]["unit"] == "person-time", q["296.4"]
    check(relations(doc), [("296.4", "CATEGORY", "Urban rail passengers")])


def test_a_header_line_of_glosses_declares_its_columns(extract_both):
    text = ("Soybeans: area harvested, yield and production, by State\n\n"
            "State        Area harvested    Production\n"
            "             (1,000 acres)     (1,000 bushels)\n"
            "Illinois         10,480            653,000\n")
    q = by_text(extract_both(text))
    assert "1,000 acres" not in q, sorted(q)
    assert q["10,480"]["unit"] == "acre" and q["10,480"]["value"] == pytest.approx(10480000), q["10,480"]
    assert q["653,000"]["unit"] == "bushel" and q["653,000"]["value"] == pytest.approx(653000000), q["653,000"]


def test_since_in_a_change_column_header_is_the_baseline(extract_both):
    text = ("Table 2. Overnight stays by region, 2024\n\n"
            "Region         Overnight stays    Change since 2019 (%)\n"
            "Coast               8,410,000                     6.2\n")
    check(relations(extract_both(text)), [("6.2", "BASELINE", "2019")])
