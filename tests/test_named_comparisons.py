"""Constructions of real releases read in session 14 (GUIDELINES C14-1 ... C14-9): the value of a named
baseline however the change is joined, headings that name two columns, ``than in <time>``, split-year
quarters, earlier steps, figures stated ``for`` something, lines holding only a figure under a heading,
and lists of one measure with a period per figure. Every case runs through the rules and through the model
we ship; the sentences are written for these tests in the style of statistics offices' releases."""

import pytest

from conftest import check, quantities, relations


def unit_of(doc: dict, text: str) -> str | None:
    found = [q for q in quantities(doc) if q["text"] == text]
    assert found, (text, [q["text"] for q in quantities(doc)])
    return found[0].get("unit")


@pytest.mark.parametrize(
    "text,value,figure,baseline",
    [
        # C14-1: ``which is``, and a second change joined by ``and`` without a verb
        ("In October, new dwelling units approved by local councils were at an annual rate of 862,000, which is "
         "3.1 percent below the revised September rate of 889,600 and 6.4 percent below the October 2023 rate of "
         "921,000.", "889,600", "862,000", "the revised September rate"),
        ("In October, new dwelling units approved by local councils were at an annual rate of 862,000, which is "
         "3.1 percent below the revised September rate of 889,600 and 6.4 percent below the October 2023 rate of "
         "921,000.", "921,000", "862,000", "the October 2023 rate"),
        # ... and a change in apposition to the figure
        ("Apartment completions climbed to a rate of 412,000 in October, 4.2 percent above the revised September "
         "figure of 395,400.", "395,400", "412,000", "the revised September figure"),
    ],
)
def test_the_value_of_a_named_baseline_is_compared_with_the_figure(extract_both, text, value, figure, baseline):
    doc = extract_both(text)
    rel = relations(doc)
    categories = {child for head, label, child in rel if head == figure and label == "CATEGORY"}
    assert categories, sorted(rel)
    assert any((value, "CATEGORY", c) in rel for c in categories), sorted(rel)
    assert not any(head == value and label in ("PERIOD", "MODIFIES") for head, label, _ in rel), sorted(rel)
    assert any(label == "BASELINE" and child == baseline for _, label, child in rel), sorted(rel)


def test_a_heading_naming_two_columns_by_a_comma(extract_both):
    doc = extract_both(
        "Average weekly earnings, December quarter 2024 (original; percentage change from the September quarter "
        "2024, change from the December quarter 2023 in brackets)\n"
        "- Mining: 1.1 (4.9)\n"
        "- Retail trade: 0.6 (3.2)\n")
    rel = relations(doc)
    assert unit_of(doc, "1.1") == "percent" and unit_of(doc, "0.6") == "percent"
    check(rel, [("1.1", "BASELINE", "the September quarter 2024"), ("4.9", "BASELINE", "the December quarter 2023"),
                ("0.6", "BASELINE", "the September quarter 2024"), ("3.2", "BASELINE", "the December quarter 2023")],
          [("1.1", "BASELINE", "the December quarter 2023")])


@pytest.mark.parametrize(
    "text,change,baseline,not_period",
    [
        ("Sales of heating oil were 6.2% lower than in the previous month.", "6.2%", "the previous month",
         "in the previous month"),
        ("The agency removed 14,900 people, 11% more than in fiscal year 2022.", "11%", "fiscal year 2022",
         "in fiscal year 2022"),
    ],
)
def test_a_time_after_than_and_a_preposition_is_the_baseline(extract_both, text, change, baseline, not_period):
    rel = relations(extract_both(text))
    check(rel, [(change, "BASELINE", baseline)])
    assert not any(label == "PERIOD" and child == not_period for _, label, child in rel), sorted(rel)


def test_split_year_quarters_and_label_years_are_periods(extract_both):
    doc = extract_both(
        "Projections (per cent; previous projections in brackets)\n"
        "- Headline inflation, 2025-26: 3.9 (4.1)\n"
        "- Headline inflation, Q2:2025-26: 3.6 (3.8)\n")
    rel = relations(doc)
    check(rel, [("3.9", "PERIOD", "2025-26"), ("3.6", "PERIOD", "Q2:2025-26"),
                ("3.6", "CATEGORY", "Headline inflation")])


def test_earlier_steps_take_the_measure_and_modify_nothing(extract_both):
    rel = relations(extract_both(
        "Working-day adjusted production fell by 0.9 per cent in October from the previous month to an index "
        "level of 104.2, after increasing by 0.7 per cent in September and by 0.2 per cent in August."))
    for step in ("0.7 per cent", "0.2 per cent"):  # the measure of the change they precede (the model may cut it)
        assert any(head == step and label == "CATEGORY" and "adjusted production" in child
                   for head, label, child in rel), sorted(rel)
    check(rel, [("0.7 per cent", "PERIOD", "in September"), ("0.2 per cent", "PERIOD", "in August")],
          [("0.7 per cent", "MODIFIES", "104.2"), ("0.2 per cent", "MODIFIES", "104.2"),
           ("0.7 per cent", "BASELINE", "the previous month")])


def test_a_list_of_steps_pairs_with_the_changes_in_order(extract_both):
    rel = relations(extract_both(
        "In the first ten months, the value of wholesale sales decreased by 4.3% compared with the same period "
        "in 2023 and the volume by 5.8%, against declines of 2.9% and 3.7% respectively in the first nine months."))
    check(rel, [("2.9%", "CATEGORY", "value of wholesale sales"), ("3.7%", "CATEGORY", "volume")],
          [("3.7%", "CATEGORY", "value of wholesale sales")])


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Compared with August 2024, producer prices in the euro area:\n- decreased by 2.6% for energy,\n"
         "- increased by 0.4% for non-durable consumer goods.",
         [("2.6%", "CATEGORY", "energy"), ("0.4%", "CATEGORY", "non-durable consumer goods")], []),
        ("Export prices rose 0.9 percent in November (+2.4 percent for agricultural goods and -0.3 percent for "
         "industrial supplies) but were 1.1 percent lower than a year earlier.",
         [("+2.4 percent", "CATEGORY", "agricultural goods"), ("-0.3 percent", "CATEGORY", "industrial supplies")],
         [("+2.4 percent", "CATEGORY", "Export prices")]),
        # a duration after ``for`` names no category
        ("The jobless rate held at 6.1% for the fourth consecutive month.", [],
         [("6.1%", "CATEGORY", "the fourth consecutive month"), ("6.1%", "CATEGORY", "fourth consecutive month")]),
    ],
)
def test_a_figure_stated_for_something(extract_both, text, expected, absent):
    check(relations(extract_both(text)), expected, absent)


def test_lines_holding_only_a_figure_take_the_heading_measure(extract_both):
    doc = extract_both(
        "Press release No. 512 of 9 December 2024\n\n"
        "Imports of goods, October 2024 (calendar and seasonally adjusted)\n"
        "118.4 billion euros\n"
        "+1.2% on the previous month\n\n"
        "Wholesale prices, November 2024\n"
        "-0.8% on the same month a year earlier\n")
    rel = relations(doc)
    check(rel, [("118.4 billion euros", "CATEGORY", "Imports of goods"),
                ("-0.8%", "CATEGORY", "Wholesale prices")])


@pytest.mark.parametrize(
    "text,figures,category",
    [
        ("Real GDP growth for 2025-26 is projected at 6.6 per cent, with Q3 at 6.4 per cent, Q4 at 6.8 per cent "
         "and Q1 at 6.9 per cent.", ["6.4 per cent", "6.8 per cent", "6.9 per cent"], "Real GDP growth"),
        ("Headline inflation for 2025 is projected at 2.4 per cent, with Q1, Q2 and Q3 at 2.6 per cent, 2.3 per "
         "cent and 2.2 per cent respectively, and at 2.1 per cent for Q4.",
         ["2.6 per cent", "2.3 per cent", "2.2 per cent", "2.1 per cent"], "Headline inflation"),
    ],
)
def test_a_measure_listed_with_a_period_per_figure(extract_both, text, figures, category):
    rel = relations(extract_both(text))
    check(rel, [(figure, "CATEGORY", category) for figure in figures])


def test_reading_pounds_rate_bases_and_compounds(extract_both):
    doc = extract_both(
        "Officers seized 8,450 pounds of methamphetamine in the month.\n\n"
        "Seizures by drug, November 2024 (pounds; change on October 2024 in brackets)\n"
        "- Cocaine: 2,310 (+4.4%)\n"
        "- Heroin: 57 (-12.0%)\n\n"
        "Estonia granted 21.7 permits per 1 000 population.")
    assert unit_of(doc, "2,310") == "pound" and unit_of(doc, "57") == "pound"
    assert unit_of(doc, "21.7 permits per 1 000 population") == "permit per 1,000 population"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In November, publicly-funded housing starts were 31,400, while single-family homes, apartments and "
         "townhouses account for 58.1%, 29.4% and 12.5% respectively.",
         [("31,400", "CATEGORY", "publicly-funded housing starts"), ("58.1%", "CATEGORY", "single-family homes"),
          ("29.4%", "CATEGORY", "apartments"), ("12.5%", "CATEGORY", "townhouses")]),
        ("Construction output rose 2.0% on the year, with residential building and civil engineering up 3.1% and "
         "0.4% respectively.",
         [("3.1%", "CATEGORY", "residential building"), ("0.4%", "CATEGORY", "civil engineering")]),
    ],
)
def test_compounds_and_lists_ended_by_a_verb(extract_both, text, expected):
    check(relations(extract_both(text)), expected)


def test_a_period_in_brackets_dates_only_the_bracketed_figure(extract_both):
    rel = relations(extract_both(
        "- The vacancy rate for offices stood at 13.2% (12.9% in June, revised), while the rate for retail units was "
        "unchanged at 8.7%."))
    check(rel, [("12.9%", "PERIOD", "in June")], [("8.7%", "PERIOD", "in June"), ("13.2%", "PERIOD", "in June")])


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("- the quarterly current account balance was a deficit of $5.8 billion.", "$5.8 billion",
         "quarterly current account balance"),
        ("The merchandise trade balance showed a surplus of 14.9 billion euros in August 2024.",
         "14.9 billion euros", "merchandise trade balance"),
    ],
)
def test_a_balance_stated_as_a_deficit_or_surplus(extract_both, text, figure, category):
    check(relations(extract_both(text)), [(figure, "CATEGORY", category)], [(figure, "CATEGORY", "deficit"),
                                                                             (figure, "CATEGORY", "surplus")])


def test_a_share_after_a_count_in_one_bracket_modifies_it(extract_both):
    rel = relations(extract_both(
        "Eritreans were the largest group of asylum applicants (4,120, or 21%), followed by Sudanese (2,870; 15%) "
        "and Iraqis (1,940; 10%)."))
    check(rel, [("15%", "MODIFIES", "2,870"), ("10%", "MODIFIES", "1,940"), ("2,870", "CATEGORY", "Sudanese")])


@pytest.mark.parametrize(
    "text,change,label,level",
    [
        # a baseline named by a level keeps its time
        ("Hotel overnight stays reached 97.1% of the pre-pandemic level of August 2019.", "97.1%", "BASELINE",
         "the pre-pandemic level of August 2019"),
        ("Steel output is 9.4% below the record reached in March 2008.", "9.4%", "BASELINE",
         "the record reached in March 2008"),
        # a change reaches a level named with its kind
        ("Seasonally adjusted turnover fell by 1.1 per cent in October from the previous month to an index level "
         "of 102.6.", "1.1 per cent", "MODIFIES", "102.6"),
        ("Real GDP rose 0.7% quarter-on-quarter (2.8% annualized), reaching an annualized level of 562.4 trillion "
         "yen.", "0.7%", "MODIFIES", "562.4 trillion yen"),
    ],
)
def test_levels_named_with_their_kind_or_time(extract_both, text, change, label, level):
    check(relations(extract_both(text)), [(change, label, level)])


def test_a_bare_count_an_agent_states_counts_the_paragraph_measure(extract_both):
    doc = extract_both(
        "Bus passenger journeys in England totalled 1.04 billion in the year ending March 2024. Operators in "
        "London recorded 512.3 million, operators in metropolitan areas 201.6 million and other operators 326.1 "
        "million.")
    for figure in ("512.3 million", "201.6 million", "326.1 million"):
        assert unit_of(doc, figure) == "journey", (figure, unit_of(doc, figure))


def test_reading_points_written_as_percent_p_and_counts_after_names(extract_both):
    doc = extract_both(
        "The employment rate stood at 62.9 percent, 0.4%p higher than a year earlier, while the jobless rate fell "
        "by 0.1%p.\n"
        "- Galway (14), Kerry (11), Sligo (9) and Wexford (12) recorded the most collisions.\n"
        "Enquiries: tel. 01 498 4000 (ext. 5312). Figures include Title 42 expulsions.")
    assert unit_of(doc, "0.4%p") == "percentage point" and unit_of(doc, "0.1%p") == "percentage point"
    texts = [q["text"] for q in quantities(doc)]
    for figure in ("14", "11", "9", "12"):
        assert figure in texts, texts
    assert "5312" not in texts and "42" not in texts, texts


def test_over_one_year_is_the_comparison_not_a_duration(extract_both):
    doc = extract_both(
        "Over one year, producer prices fell by 2.3% in September 2024. Seasonally adjusted, they rose by 0.2% over "
        "one month. Offenders received sentences of over one year.")
    rel = relations(doc)
    check(rel, [("2.3%", "BASELINE", "Over one year"), ("0.2%", "BASELINE", "over one month")])
    texts = [q["text"] for q in quantities(doc)]
    assert "one year" in texts and texts.count("one year") == 1 and "one month" not in texts, texts


def test_end_of_month_written_with_a_hyphen(extract_both):
    rel = relations(extract_both(
        "The 10-year bond yield eased to 6.81 per cent in October (6.95 per cent at end-August), and reserves "
        "reached US$688.3 billion (+US$41.2 billion over end-March 2024)."))
    check(rel, [("6.95 per cent", "PERIOD", "at end-August"), ("+US$41.2 billion", "BASELINE", "end-March 2024")])


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Manufacturing output accumulated growth of 2.4% in January-October.", "2.4%", "Manufacturing output"),
        ("Retail turnover registered a rise of 1.7% in the third quarter.", "1.7%", "Retail turnover"),
    ],
)
def test_a_past_verb_with_a_change_as_its_object(extract_both, text, figure, category):
    check(relations(extract_both(text)), [(figure, "CATEGORY", category)])


def test_which_respectively_after_bracketed_items(extract_both):
    rel = relations(extract_both(
        "The largest upward effects came from Transport (0.92%) and Health and personal care (0.61%), which "
        "contributed 0.19 and 0.08 percentage point respectively to the monthly index."))
    check(rel, [("0.19", "CATEGORY", "Transport"), ("0.08 percentage point", "CATEGORY", "Health and personal care")])


def test_earlier_values_listed_in_one_bracket(extract_both):
    rel = relations(extract_both(
        "- The seasonally adjusted jobless rate was 5.1% in November 2024 (5.0% in October 2024, revised; 4.7% in "
        "November 2023)."))
    check(rel, [("5.0%", "CATEGORY", "seasonally adjusted jobless rate"),
                ("4.7%", "CATEGORY", "seasonally adjusted jobless rate"), ("4.7%", "PERIOD", "in November 2023")])


def test_a_coordinated_verb_past_an_apposition(extract_both):
    rel = relations(extract_both(
        "Prices for U.S. exports fell 0.4 percent in November, the largest monthly decline since March 2024, and "
        "rose 1.1 percent over the past 12 months."))
    check(rel, [("1.1 percent", "CATEGORY", "Prices for U.S. exports")],
          [("1.1 percent", "CATEGORY", "largest monthly decline")])
