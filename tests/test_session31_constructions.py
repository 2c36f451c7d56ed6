"""Session 31's constructions (GUIDELINES C31-1..), each written anew from how statistics offices, border
agencies and tourism ministries lay out their releases."""

import pytest

from conftest import by_text, check, relations


@pytest.mark.parametrize("segment", ["changes in rates in percentage points", "change in rates in pp",
                                     "differences of the rates in percentage points"])
def test_a_gloss_naming_the_rates_changes_leaves_the_count_rows_in_thousands(extract_both, segment):
    text = ("Table 3: Principal labour force indicators, Philippines\n"
            f"(thousand persons; rates in per cent, {segment})\n"
            "Indicator                      Aug 2025    Sep 2025    m-o-m change\n"
            "Labour force                   51,104.2    51,388.0        +283.8\n"
            "Unemployed                      2,045.9     1,962.3         -83.6\n"
            "Unemployment rate                   4.0         3.8          -0.2\n")
    figures = by_text(extract_both(text))
    for level, value in (("51,104.2", 51104200), ("51,388.0", 51388000), ("1,962.3", 1962300)):
        assert figures[level]["unit"] == "person", figures[level]
        assert figures[level]["value"] == pytest.approx(value), figures[level]
    for change, value in (("+283.8", 283800), ("-83.6", 83600)):
        assert figures[change]["unit"] == "person", figures[change]
        assert figures[change]["value"] == pytest.approx(value), figures[change]
        assert figures[change]["metric"] == "CHANGE", figures[change]
    for rate in ("4.0", "3.8"):
        assert figures[rate]["unit"] == "percent", figures[rate]
        assert figures[rate]["metric"] == "SHARE", figures[rate]
    assert figures["-0.2"]["unit"] == "percentage point", figures["-0.2"]
    assert figures["-0.2"]["metric"] == "CHANGE", figures["-0.2"]


@pytest.mark.parametrize("sentence,figure,value", [
    ("The number of employed persons was 32 million 461 thousand in October, 512 thousand more than a year earlier.",
     "32 million 461 thousand", 32461000),
    ("According to the survey, the number of unemployed stood at 3 million 118 thousand persons in the third quarter.",
     "3 million 118 thousand", 3118000),
])
def test_a_number_in_two_scales_after_the_word_number_is_one_figure(extract_both, sentence, figure, value):
    figures = by_text(extract_both(sentence))
    assert figure in figures, sorted(figures)
    assert figures[figure]["value"] == pytest.approx(value), figures[figure]
    assert figures[figure]["metric"] == "COUNT", figures[figure]


@pytest.mark.parametrize("sentence", ["For further information call our press office on 020 7946 0321.",
                                      "Media enquiries: telephone number 0300 123 4567."])
def test_a_telephone_number_after_its_cue_is_still_no_figure(extract_both, sentence):
    assert not by_text(extract_both(sentence)), sentence


@pytest.mark.parametrize("sentence,change,baseline", [
    ("The central bank set the deposit rate at 3.75 percent, 25 basis points below the previous setting.",
     "25 basis points", "the previous setting"),
    ("The policy rate now stands at 5.25%, 50 basis points higher than its previous level.", "50 basis points",
     "its previous level"),
    ("Industrial output in November was 1.8% above the previous peak.", "1.8%", "the previous peak"),
])
def test_a_previous_measure_after_a_comparative_is_the_baseline(extract_both, sentence, change, baseline):
    check(relations(extract_both(sentence)), [(change, "BASELINE", baseline)])


@pytest.mark.parametrize("sentence,change,baseline", [
    ("Checkpoint volumes over the long weekend were up 5.2% from Thanksgiving 2024.", "5.2%", "Thanksgiving 2024"),
    ("Hotel check-ins rose 8.1% compared with the 2024 Golden Week.", "8.1%", "the 2024 Golden Week"),
    ("Card spending was 3.4% higher than Christmas last year.", "3.4%", "Christmas last year"),
    ("Domestic trips grew 6.0% over the Spring Festival holiday of 2024.", "6.0%", "the Spring Festival holiday of 2024"),
])
def test_a_holiday_after_a_comparison_cue_is_the_baseline(extract_both, sentence, change, baseline):
    check(relations(extract_both(sentence)), [(change, "BASELINE", baseline)])


@pytest.mark.parametrize("sentence,figure,period", [
    ("On the Sunday after Thanksgiving, security officers screened 3.08 million travelers.", "3.08 million",
     "On the Sunday after Thanksgiving"),
    ("During the Memorial Day weekend, 9.8 million passengers passed through checkpoints.", "9.8 million",
     "During the Memorial Day weekend"),
])
def test_a_holiday_with_a_time_word_is_a_period(extract_both, sentence, figure, period):
    check(relations(extract_both(sentence)), [(figure, "PERIOD", period)])


def test_a_holiday_after_over_without_a_year_is_no_baseline(extract_both):
    rel = relations(extract_both("Online sales were up 4% over Christmas, the retailers' association said."))
    assert not [r for r in rel if r[1] == "BASELINE"], sorted(rel)


def test_respectively_after_items_that_carry_their_own_periods_changes_no_earlier_figure(extract_both):
    text = ("Gross domestic product reached 31,860.4 billion yuan in the third quarter, up by 4.8 percent year on year. "
            "By quarter, GDP grew by 5.4 percent year on year in the first quarter, 5.2 percent in the second quarter "
            "and 4.8 percent in the third quarter respectively.")
    doc = extract_both(text)
    rel = relations(doc)
    changes = [q for q in doc["spans"] if q["label"] == "QUANTITY" and doc["text"][q["start"]:q["end"]] == "4.8 percent"]
    last = max(changes, key=lambda q: q["start"])
    heads = {(r["label"], doc["text"][c["start"]:c["end"]]) for r in doc["relations"] if r["head"] == last["id"]
             for c in doc["spans"] if c["id"] == r["child"]}
    assert ("PERIOD", "in the third quarter") in heads, heads
    assert not any(label == "MODIFIES" for label, _ in heads), heads
    check(rel, [("5.2 percent", "PERIOD", "in the second quarter")])


@pytest.mark.parametrize("prefix,unit", [("$A", "australian dollar"), ("$NZ", "new zealand dollar"),
                                         ("$US", "us dollar"), ("$C", "canadian dollar")])
@pytest.mark.parametrize("space", ["", " "])
def test_a_dollar_sign_followed_by_its_country_letters_is_that_currency(extract_both, prefix, unit, space):
    text = f"Merchandise exports for the twelve months to June 2025 were {prefix}{space}489.6 billion, down 4.2%."
    figures = by_text(extract_both(text))
    figure = f"{prefix}{space}489.6 billion"
    assert figure in figures, sorted(figures)
    assert figures[figure]["unit"] == unit, figures[figure]
    assert figures[figure]["value"] == pytest.approx(489.6e9), figures[figure]


def test_a_gloss_in_dollars_with_country_letters_is_no_figure(extract_both):
    text = ("Table 5: Goods exports by main partner ($A million)\n"
            "Partner            Aug 2025     Sep 2025\n"
            "China               14,210       13,874\n"
            "Japan                5,102        4,988\n")
    figures = by_text(extract_both(text))
    assert sorted(figures) == ["13,874", "14,210", "4,988", "5,102"], sorted(figures)
    assert figures["14,210"]["unit"] == "australian dollar", figures["14,210"]
    assert figures["14,210"]["value"] == pytest.approx(14210e6), figures["14,210"]


@pytest.mark.parametrize("sentence,figure,period", [
    ("In the year, the broad consumer price index has accumulated 3.64% and, over the last 12 months, 5.17%.",
     "3.64%", "In the year"),
    ("In the year, the broad consumer price index has accumulated 3.64% and, over the last 12 months, 5.17%.",
     "5.17%", "over the last 12 months"),
    ("Output rose 1.2% in October, while in the three months to October, it fell 0.3%.", "1.2%", "in October"),
])
def test_a_period_between_a_conjunction_and_a_comma_dates_the_next_clause(extract_both, sentence, figure, period):
    check(relations(extract_both(sentence)), [(figure, "PERIOD", period)])


@pytest.mark.parametrize("sentence,figure,direction", [
    ("The national consumer index accumulated 2.91% in the year to October.", "2.91%", "up"),
    ("In the first ten months, the special consumer index for low-income families has accumulated 3.05%.", "3.05%",
     "up"),
])
def test_accumulated_states_a_cumulative_change(extract_both, sentence, figure, direction):
    figures = by_text(extract_both(sentence))
    assert figures[figure]["metric"] == "CHANGE", figures[figure]
    assert figures[figure].get("direction") == direction, figures[figure]


def test_respectively_after_items_with_their_own_baselines_keeps_each_baseline(extract_both):
    text = ("Imports decreased by 1.4% in March 2025 compared with February 2025, and 2.8% compared with March 2024, "
            "respectively.")
    check(relations(extract_both(text)), [("1.4%", "BASELINE", "February 2025"), ("2.8%", "BASELINE", "March 2024")],
          absent=[("2.8%", "BASELINE", "February 2025")])


def test_a_fronted_period_before_a_new_subject_dates_only_the_later_figure(extract_both):
    text = ("The trade surplus was 21.1 billion euros in March 2025. In February 2025, the surplus had been 17.7 "
            "billion euros, and in March 2024 it amounted to 22.0 billion euros.")
    check(relations(extract_both(text)), [("17.7 billion euros", "PERIOD", "In February 2025"),
                                          ("22.0 billion euros", "PERIOD", "in March 2024")])


LABOUR_SUMMARY = ("Table 2: Labour market summary, UK, June to August 2025, seasonally adjusted\n"
                  "Indicator                          Level         Change on quarter    Change on year\n"
                  "Employment (16+, thousands)        34,122              +91                 +342\n"
                  "Unemployment (16+, thousands)       1,647              +30                 +143\n"
                  "Employment rate (16-64, %)           75.1             +0.1                +0.1\n"
                  "Unemployment rate (16+, %)            4.6              0.0                -0.2\n")


def test_a_level_with_change_columns_reads_whole_changes_in_the_rows_unit(extract_both):
    doc = extract_both(LABOUR_SUMMARY)
    figures = by_text(doc)
    assert figures["34,122"]["value"] == pytest.approx(34122000), figures["34,122"]
    for change, value in (("+91", 91000), ("+342", 342000), ("+30", 30000), ("+143", 143000)):
        assert figures[change]["metric"] == "CHANGE", figures[change]
        assert figures[change]["unit"] != "percent", figures[change]
        assert figures[change]["value"] == pytest.approx(value), figures[change]
    for change in ("+0.1", "0.0", "-0.2"):
        assert figures[change]["unit"] == "percentage point", figures[change]
    check(relations(doc), [("+91", "MODIFIES", "34,122"), ("+342", "MODIFIES", "34,122"), ("+91", "BASELINE", "quarter"),
                           ("+342", "BASELINE", "year"), ("-0.2", "MODIFIES", "4.6"), ("0.0", "MODIFIES", "4.6"),
                           ("34,122", "CATEGORY", "Employment"), ("4.6", "CATEGORY", "Unemployment rate")])


def test_an_age_group_in_a_row_labels_gloss_is_an_age_not_a_cell(extract_both):
    doc = extract_both(LABOUR_SUMMARY)
    ages = [q for q in doc["spans"] if q["label"] == "QUANTITY" and q.get("unit") == "year"]
    assert len(ages) == 4, [doc["text"][q["start"]:q["end"]] for q in ages]
    assert all(q["metric"] == "AMOUNT" for q in ages)
    age_ids = {q["id"] for q in ages}
    assert not [r for r in doc["relations"] if r["head"] in age_ids and r["label"] == "CATEGORY"]


@pytest.mark.parametrize("header,baseline", [("Change on quarter", "quarter"), ("Change on year", "year"),
                                             ("Change on month", "month")])
def test_a_change_on_header_names_its_baseline(extract_both, header, baseline):
    text = ("Claimant count, UK, seasonally adjusted (thousands)\n"
            f"Region                 October 2025    {header}\n"
            "North East                   78.4          +1.2\n"
            "London                      263.0          -0.8\n")
    check(relations(extract_both(text)), [("+1.2", "BASELINE", baseline), ("-0.8", "BASELINE", baseline)])


@pytest.mark.parametrize("title", ["Table 1: Consumer Price Index, major components, Canada, not seasonally adjusted",
                                   "Table 3. Producer price indices by main industrial grouping (2021=100)",
                                   "Harmonised index of consumer prices, euro area"])
def test_cells_of_an_index_table_under_times_are_index_levels(extract_both, title):
    text = (f"{title}\n"
            "Component          Weight (%)   Sep 2024   Aug 2025   Sep 2025   Sep 2024 to Sep 2025 (% change)\n"
            "All-items             100.00      161.1      164.8      164.9         2.4\n"
            "Energy                  7.11      188.2      180.6      179.5        -4.6\n")
    doc = extract_both(text)
    figures = by_text(doc)
    for level in ("161.1", "164.9", "188.2", "179.5"):
        assert figures[level]["unit"] == "index point", figures[level]
        assert figures[level]["metric"] == "AMOUNT", figures[level]
    assert figures["7.11"]["unit"] == "percent", figures["7.11"]
    assert figures["-4.6"]["metric"] == "CHANGE", figures["-4.6"]
    check(relations(doc), [("-4.6", "MODIFIES", "179.5"), ("179.5", "CATEGORY", "Energy")])


def test_a_count_table_under_times_stays_a_count(extract_both):
    text = ("Table 2: Dwellings completed by region\n"
            "Region            Q3 2024    Q3 2025\n"
            "Dublin              2,104      2,388\n"
            "Cork                  811        905\n")
    figures = by_text(extract_both(text))
    assert figures["2,388"]["unit"] != "index point", figures["2,388"]
    assert figures["2,388"]["metric"] == "COUNT", figures["2,388"]


def test_footnote_marks_glued_to_labels_and_figures_are_no_figures(extract_both):
    text = ("Table 1: Consumer Price Index, major components, Canada\n"
            "Component          Weight(1)   Sep 2024   Sep 2025\n"
            "All-items          100.00(2)      161.1      164.9\n"
            "Food(3)                16.13      192.0      198.1\n"
            "Shelter(4)             29.65      181.4      186.3\n")
    doc = extract_both(text)
    figures = by_text(doc)
    assert sorted(figures) == sorted(["100.00", "161.1", "164.9", "16.13", "192.0", "198.1", "29.65", "181.4",
                                      "186.3"]), sorted(figures)
    check(relations(doc), [("192.0", "CATEGORY", "Food"), ("186.3", "CATEGORY", "Shelter")])


@pytest.mark.parametrize("header", ["Weight", "Weights", "Relative importance(1)"])
def test_a_weight_column_of_an_index_table_is_a_share(extract_both, header):
    text = ("Table 1: Consumer Price Index, major components, Canada\n"
            f"Component          {header:<26}Sep 2024   Sep 2025\n"
            f"All-items          {'100.00':<26}   161.1      164.9\n"
            f"Food               {'16.13':<26}   192.0      198.1\n")
    figures = by_text(extract_both(text))
    for weight in ("100.00", "16.13"):
        assert figures[weight]["unit"] == "percent", figures[weight]
        assert figures[weight]["metric"] == "SHARE", figures[weight]


@pytest.mark.parametrize("sentence,change,baseline", [
    ("The downward revisions compared with the March projections, by 0.3 percentage points for 2026, mainly reflect "
     "lower energy prices.", "0.3 percentage points", "the March projections"),
    ("Growth for 2025 was revised up by 0.2 percentage points from the June forecasts.", "0.2 percentage points",
     "the June forecasts"),
])
def test_plural_projections_and_forecasts_are_baselines(extract_both, sentence, change, baseline):
    check(relations(extract_both(sentence)), [(change, "BASELINE", baseline)])


def test_a_count_inside_a_changed_object_keeps_the_object_as_the_category(extract_both):
    text = "The Governing Council today decided to lower the three key interest rates by 25 basis points."
    rel = relations(extract_both(text))
    found = [r for r in rel if r[0] == "25 basis points" and r[1] == "CATEGORY"]
    assert found and "interest rates" in found[0][2], sorted(rel)


def test_a_comparison_before_a_colon_does_not_reach_the_clause_after_it(extract_both):
    text = ("Staff expect a weaker recovery than in the June projections: the economy is now projected to grow by "
            "0.9% in 2025 and 1.2% in 2026.")
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[1] == "BASELINE" and r[0] in ("0.9%", "1.2%")], sorted(rel)


@pytest.mark.parametrize("sentence", [
    "Industrial value added went up by 7.4, 1.5, 5.3 and 3.0 percent in mining, manufacturing, utilities and "
    "construction respectively.",
    "Industrial value added went up by 7.4, 1.5, 5.3 and 3.0 percent respectively in mining, manufacturing, utilities "
    "and construction.",
    "Industrial value added went up by 7.4 percent, 1.5 percent, 5.3 percent and 3.0 percent respectively in mining, "
    "manufacturing, utilities and construction.",
])
def test_respectively_gives_each_change_the_item_named_after_the_list(extract_both, sentence):
    doc = extract_both(sentence)
    rel = relations(doc)
    cats = {r[0].split()[0]: r[2] for r in rel if r[1] == "CATEGORY"}
    assert cats == {"7.4": "mining", "1.5": "manufacturing", "5.3": "utilities", "3.0": "construction"}, sorted(rel)


def test_a_second_verb_after_and_ends_the_counted_phrase(extract_both):
    text = ("From January to September, police nationwide solved 8,212 cases of telecom fraud and arrested more than "
            "14,000 suspects, up 35.2% and 41.6% year-on-year respectively.")
    rel = relations(extract_both(text))
    cats = [r[2] for r in rel if r[0] == "8,212" and r[1] == "CATEGORY"]
    assert cats and "arrested" not in cats[0], sorted(rel)
    check(rel, [("35.2%", "MODIFIES", "8,212"), ("41.6%", "MODIFIES", "14,000")])


@pytest.mark.parametrize("sentence,figure,unit", [
    ("The number of inbound and outbound trips made by residents reached 287 million.", "287 million", "trip"),
    ("The number of fraud and cybercrime cases reported rose to 28,751.", "28,751", "case"),
])
def test_coordinated_modifiers_share_the_plural_after_them(extract_both, sentence, figure, unit):
    assert by_text(extract_both(sentence))[figure]["unit"] == unit


def test_gapped_items_count_what_the_first_item_counts(extract_both):
    text = ("Among them, Mainland residents made 140 million trips, Hong Kong and Macao residents 128 million and "
            "foreign nationals 19 million.")
    figures = by_text(extract_both(text))
    for figure in ("140 million", "128 million", "19 million"):
        assert figures[figure]["unit"] == "trip", figures[figure]


def test_a_gapped_item_after_a_level_with_no_written_noun_keeps_its_own_subject(extract_both):
    text = "Permanent visa holders numbered 88,000 and returning Australian citizens 63,000."
    assert by_text(extract_both(text))["63,000"]["unit"] == "citizen"


def test_a_footnote_mark_after_a_margin_of_error_keeps_the_comparison(extract_both):
    text = ("Privately-owned housing starts in October were at a seasonally adjusted annual rate of 1,372,000. This is "
            "3.1 percent (±11.9 percent)* above the revised September estimate of 1,331,000, but is 4.0 percent "
            "(±10.1 percent)* below the October 2024 rate of 1,429,000.")
    doc = extract_both(text)
    figures = by_text(doc)
    assert figures["3.1 percent"]["metric"] == "CHANGE", figures["3.1 percent"]
    assert figures["3.1 percent"].get("direction") == "up", figures["3.1 percent"]
    assert figures["4.0 percent"].get("direction") == "down", figures["4.0 percent"]
    check(relations(doc), [("3.1 percent", "MODIFIES", "1,372,000"), ("4.0 percent", "MODIFIES", "1,372,000"),
                           ("3.1 percent", "BASELINE", "the revised September estimate"),
                           ("4.0 percent", "BASELINE", "the October 2024 rate")])


def test_an_earlier_value_after_up_from_takes_no_baseline_of_the_figure_before(extract_both):
    text = "The seasonally adjusted unemployment rate was 4.3%, unchanged from October but up from 4.1% in November 2024."
    rel = relations(extract_both(text))
    check(rel, [("4.1%", "PERIOD", "in November 2024")], absent=[("4.1%", "BASELINE", "October")])


@pytest.mark.parametrize("sentence,step,baseline,period", [
    ("The value of total exports increased by 16.1% over a year earlier to $431.5 billion in October, after a "
     "year-on-year increase of 15.9% in September.", "15.9%", "year-on-year", "in September"),
    ("Consumer prices rose 2.1% in October, after an annual increase of 2.4% in September.", "2.4%", None,
     "in September"),
])
def test_an_earlier_step_with_its_own_comparison_word_is_no_change_of_the_level(extract_both, sentence, step,
                                                                                  baseline, period):
    rel = relations(extract_both(sentence))
    assert not [r for r in rel if r[0] == step and r[1] == "MODIFIES"], sorted(rel)
    check(rel, [(step, "PERIOD", period)])
    assert not [r for r in rel if r[0] == step and r[1] == "BASELINE" and r[2] != baseline], sorted(rel)


def test_a_comparison_does_not_cross_into_a_while_clause(extract_both):
    text = ("The rate of knife crime offences was 87 per 100,000 people, up from 84 per 100,000 a year earlier, while "
            "recorded homicides fell by 6% to 535.")
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[0] == "6%" and r[1] == "BASELINE"], sorted(rel)


@pytest.mark.parametrize("bracket,bound", [("(less than 1%)", "<"), ("(about 1%)", "~"), ("(nearly 1%)", "~")])
def test_a_bounded_percent_in_brackets_restates_the_change_before_it(extract_both, bracket, bound):
    text = f"Goods and services debits rose $209m {bracket} to $40,120m in September."
    doc = extract_both(text)
    figures = by_text(doc)
    assert figures["1%"]["metric"] == "CHANGE", figures["1%"]
    assert figures["1%"]["bound"] == bound, figures["1%"]
    check(relations(doc), [("$209m", "MODIFIES", "$40,120m"), ("1%", "MODIFIES", "$40,120m")])


def test_a_headline_verb_in_the_present_states_a_change(extract_both):
    figures = by_text(extract_both("Unemployment falls to 3.9% as employers add 52,000 jobs"))
    assert figures["52,000"]["metric"] == "CHANGE", figures["52,000"]
    assert figures["52,000"]["unit"] == "job", figures["52,000"]


def test_the_same_day_last_year_is_one_period(extract_both):
    text = ("Border Force detected 1,652 people arriving by small boat on Saturday, the highest daily figure this year. "
            "That compares with 1,070 on the same day last year.")
    check(relations(extract_both(text)), [("1,070", "PERIOD", "on the same day last year")])


@pytest.mark.parametrize("sentence,age,figure,category", [
    ("In October 2025, 2.9 million young persons (under 25) were unemployed in the EU.", "25", None, None),
    ("Laboratory-confirmed measles cases in children under 10 rose to 412 in 2025.", "10", "412",
     "measles cases in children under 10"),
    ("Deaths among people over 65 fell by 3% to 1,204.", "65", "1,204", "Deaths among people over 65"),
])
def test_an_age_bound_after_a_people_noun_is_an_age_inside_the_group(extract_both, sentence, age, figure, category):
    doc = extract_both(sentence)
    figures = by_text(doc)
    assert figures[age]["unit"] == "year" and figures[age]["metric"] == "AMOUNT", figures[age]
    if figure is not None:
        cats = [r[2] for r in relations(doc) if r[0] == figure and r[1] == "CATEGORY"]
        assert cats and category.lower() in cats[0].lower(), cats


def test_respectively_without_periods_takes_the_periods_of_the_list_before(extract_both):
    text = ("In the June quarter 2025, private sector wages grew 0.8% in the quarter and 3.3% over the year, while "
            "public sector wages rose 0.9% and 3.7% respectively.")
    check(relations(extract_both(text)), [("0.9%", "PERIOD", "in the quarter"), ("3.7%", "PERIOD", "over the year"),
                                          ("3.7%", "CATEGORY", "public sector wages")])


def test_respectively_after_earlier_values_keeps_the_sentence_period(extract_both):
    text = ("Food inflation rose to 10.87% in October 2024 from 9.24% in September 2024 and 6.61% in October 2023, with "
            "rural and urban food inflation at 10.69% and 11.09% respectively.")
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[0] in ("10.69%", "11.09%") and r[1] == "PERIOD" and r[2] != "in October 2024"], \
        sorted(rel)


@pytest.mark.parametrize("sentence,figure,category", [
    ("In 2024, one in five adults smoked daily.", "one in five", "adults"),
    ("Nine in ten households had a broadband connection at the end of 2025.", "Nine in ten", "households"),
    ("Some 1 in 4 children were not fully vaccinated by age two.", "1 in 4", "children"),
])
def test_a_ratio_of_n_in_m_counts_the_plural_after_it(extract_both, sentence, figure, category):
    doc = extract_both(sentence)
    assert by_text(doc)[figure]["metric"] == "SHARE"
    check(relations(doc), [(figure, "CATEGORY", category)])


@pytest.mark.parametrize("sentence,figure,category", [
    ("Insolvencies in construction rose to 412 in the third quarter, ahead of wholesale and retail trade (388).", "388",
     "wholesale and retail trade"),
    ("China (131,400) was the largest source of visitors, ahead of India (118,200) and Japan (97,000).", "118,200",
     "India"),
])
def test_a_name_after_ahead_of_is_the_category_of_its_bracketed_figure(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


def test_a_change_column_on_a_year_names_that_year_as_its_baseline(extract_both):
    text = ("Table 3. Seizures by drug type, January-September 2025\n"
            "| Drug | Quantity (kg) | Change in quantity on 2024 (%) |\n"
            "|---|---|---|\n"
            "| Cocaine | 8,431.2 | +12.4 |\n")
    check(relations(extract_both(text)), [("+12.4", "BASELINE", "2024"), ("+12.4", "MODIFIES", "8,431.2")])
