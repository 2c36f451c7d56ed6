"""Baselines named by a period or a measure, shared comparison points, and which period a figure takes."""

import pytest

from conftest import check, relations

from pipeline.components.time_phrases import find_time_phrases


def _found(text):
    return {(text[a:b], label, btype) for a, b, label, btype in find_time_phrases(text)}


@pytest.mark.parametrize(
    "text,phrase,btype",
    [
        ("Retail sales rose 4.2% compared with the first quarter of 2023.", "the first quarter of 2023", "year"),
        ("Output grew 3% compared to the same period of the previous fiscal year.",
         "the same period of the previous fiscal year", "yoy"),
        ("Arrivals were 12% higher than in March 2023.", "March 2023", "year"),
        ("Grain output rose 1.3% compared with that in 2022.", "2022", "year"),
        ("The pass rate was 2 points above that obtained in 2021.", "2021", "year"),
        ("Deposits rose 1.1% compared to the end of the previous year.", "the end of the previous year", "yoy"),
        ("The index was up 3.4% on June 2023.", "June 2023", "year"),
        ("Broadband speed was 0.8 percentage points higher than the speed of last month.",
         "the speed of last month", "mom"),
        ("Admissions fell 11% compared with week 4.", "week 4", "other"),
        ("Coverage fell to 45.9% from 51.4% a year ago.", "a year ago", "yoy"),
        ("The herd shrank 4.1% over the previous year.", "the previous year", "yoy"),
        ("Yields are 0.3 bushel above the October forecast.", "the October forecast", "other"),
        ("Bookings were three times those of the 2019 holiday.", "those of the 2019 holiday", "year"),
        ("Trips recovered to 90 percent of the level in the same period of 2019.",
         "the level in the same period of 2019", "year"),
        ("Harvest progress was 4 points ahead of the five-year average.", "the five-year average", "other"),
        # fiscal and survey years written the way UK and Australian releases write them
        ("Season ticket journeys rose 6% on the same quarter of 2022-23.", "the same quarter of 2022-23", "year"),
        ("Uptake of the booster was 88.1%, down 0.4 percentage points on 2021-22.", "2021-22", "year"),
        ("Net migration was 12% lower than in YE March 2023.", "YE March 2023", "year"),
        # a span of months before now: twelve months back is a year-on-year comparison (GUIDELINES C2-12)
        ("Import prices were 1.1% higher than 12 months earlier.", "12 months earlier", "yoy"),
        # a month named alone after ``below``/``above``/``against``: the month before
        ("Apprehensions were 41% below May.", "May", "mom"),
        # a span of months named as the comparison point is one baseline (UK three-month periods)
        ("The employment rate was 0.3 points lower than in November 2023 to January 2024.",
         "November 2023 to January 2024", "year"),
        ("The unemployment rate was 3.1%, unchanged from February - April 2024.", "February - April 2024", "year"),
        ("The index stood 0.6% above March.", "March", "mom"),
        # ``up X% on <year>``: UK releases compare with a year by ``on``
        ("Passengers through the airport totalled 41.5 million, up 9.8% on 2023.", "2023", "year"),
        ("The index rose 4.0% from three months previously.", "three months previously", "other"),
        ("Dwelling approvals were 3.1% lower than the December quarter of 2023.", "the December quarter of 2023",
         "year"),
        # a multiple or a double is stated against its baseline (``2.1 times the previous year``)
        ("Output of industrial robots was 41,300 sets, 1.8 times the previous year.", "the previous year", "yoy"),
        ("Online sales reached 2.4 billion yuan, double the previous month.", "the previous month", "mom"),
        ("Cargo handled was 3.2 times that of the previous quarter.", "the previous quarter", "qoq"),
        ("From the same month one year ago, the services index increased 4.1 percent.",
         "the same month one year ago", "yoy"),
        ("The core index rose 3.2 percent from one year ago.", "one year ago", "yoy"),
        ("Turnover fell 1.8% in the three months to May compared with the preceding three-month period.",
         "the preceding three-month period", "qoq"),  # GUIDELINES: three months on the previous three: qoq
        ("Encounters were 4.1% higher than in the same period of fiscal year 2023.",
         "the same period of fiscal year 2023", "year"),
    ],
)
def test_baseline_named_by_a_period_or_a_measure(text, phrase, btype):
    assert (phrase, "BASELINE", btype) in _found(text)


@pytest.mark.parametrize(
    "phrase,year",
    [
        ("2021-22", 2022),            # a split year is dated by the year it ends (GUIDELINES C3-1)
        ("the same quarter of 2023-24", 2024),
        ("FY2022/23", 2023),
        ("1999-00", 2000),
        ("2019-2020", 2020),
        ("March 2023", 2023),
        ("2015-2020", 2015),          # a span of years, not a fiscal year: its first year
    ],
)
def test_the_year_of_a_baseline(phrase, year):
    from pipeline.components.time_phrases import baseline_year

    assert baseline_year(phrase) == year


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("In Quarter 2 (April to June) 2024, GDP rose 0.6%.", "In Quarter 2 (April to June) 2024"),
        ("Net migration was 685,000 in the year to Q4 2023.", "in the year to Q4 2023"),
        ("Visas granted in 2023-24 totalled 1.2 million.", "in 2023-24"),
        ("In the year ended March 2024, 405 people were removed.", "In the year ended March 2024"),
        ("Wages increased 4.3% in the 12 months through February.", "in the 12 months through February"),
        ("So far this season there have been 22 million illnesses.", "So far this season"),
        ("The hotline received 419,000 reports during the year.", "during the year"),
        ("Hours worked fell 0.2% during the survey reference week.", "during the survey reference week"),
        # Australian releases name quarters by their last month
        ("Trimmed mean inflation was 4.0 per cent in the year to the March quarter of 2024.",
         "in the year to the March quarter of 2024"),
        ("Household spending rose 0.5 per cent in the June quarter.", "in the June quarter"),
        ("Detections of heroin rose by 210 to 1,480 over the financial year.", "over the financial year"),
        ("For the 12 months ended in April, the index advanced 2.2 percent.", "For the 12 months ended in April"),
        ("Bank Rate is projected to peak at around 5.5% in 2024 Q2.", "in 2024 Q2"),
        ("Cocaine seizures in fiscal year 2024 to date (October 2023 through May 2024) reached 61,200 pounds.",
         "in fiscal year 2024 to date (October 2023 through May 2024)"),
        ("Coverage is expected to reach 95% by 2027.", "by 2027"),
        # a month labelling a value in a list (``February +0.4, March +0.5``)
        ("Retail sales, percent change from the previous month: January -0.8, February +0.6", "February"),
        # Indian and other survey releases name quarters as month ranges
        ("The participation rate rose to 50.2% in October-December 2023.", "in October-December 2023"),
        ("Youth unemployment stood at 16.5% during July–September 2023.", "during July–September 2023"),
        # the period of a value stated for comparison, right after it
        ("The vacancy rate was 3.1%, against 3.6% in the same quarter of 2022.", "in the same quarter of 2022"),
        ("The deficit narrowed, compared with a deficit of HK$98.1 billion during the same period in 2022.",
         "during the same period in 2022"),
        # ``over`` a span of months names the period of an average, not a comparison point
        ("Construction added 23,000 jobs, above its average monthly gain of 17,000 over the prior 12 months.",
         "over the prior 12 months"),
        # ``that`` opening a reported clause is no ``that in <year>`` of a comparison
        ("The spokesperson told the press conference that in 2023, water quality met the standard at 89.4% of "
         "sections.", "in 2023"),
    ],
)
def test_period_phrases_of_real_releases(text, phrase):
    assert (phrase, "PERIOD", None) in _found(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Exports rose 7.6%, customs data showed on Friday.", "on Friday"),
        # ``the day of <event>`` names no date: no period of the figure
        ("Some 31% of day-case patients went home on the day of admission.", "on the day"),
        ("There were 733 cases, the agency said on Thursday.", "on Thursday"),
    ],
)
def test_release_day_is_not_a_period(text, absent):
    assert not any(phrase == absent for phrase, _, _ in _found(text))


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Health care added 54,000 jobs, in line with its average monthly gain of 58,000 over the prior year.",
         "its average"),
        ("The increase was above the average monthly growth of 35,000 people over the past year.", "the average"),
    ],
)
def test_an_average_that_is_a_figure_of_its_own_is_no_baseline(text, absent):
    """``its average monthly gain of 58,000`` states a figure; it is not the comparison point of another."""
    assert not any(phrase == absent for phrase, _, _ in _found(text))


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("The consumer price index rose 0.3% year on year, food prices fell 0.9% and service prices rose 1.0%.",
         "1.0%", "year on year"),
        ("In April, the index rose 0.3% year-on-year, 0.2 percentage points higher than the previous month; "
         "the core index rose 0.7%.", "0.7%", "year-on-year"),
        ("Exports rose 5.1%, imports 3.2% and re-exports 2.4% year over year.", "3.2%", "year over year"),
    ],
)
def test_a_baseline_stated_once_serves_the_parallel_changes(extract_one, change, baseline, text):
    assert (change, "BASELINE", baseline) in relations(extract_one(text))


def test_changes_with_their_own_comparison_points_keep_them(extract_one):
    rel = relations(extract_one(
        "Corn production is forecast at 15.2 billion bushels, up 1 percent from the October forecast and up "
        "10 percent from 2022."))
    assert ("1 percent", "BASELINE", "the October forecast") in rel
    assert ("10 percent", "BASELINE", "2022") in rel
    assert ("1 percent", "BASELINE", "2022") not in rel


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("A deficit of HK$353.4 billion was recorded in 2023, compared with a deficit of HK$371.3 billion "
         "(7.0% of imports) in 2022.", "HK$371.3 billion", "in 2022"),
        ("In 2023, the trade surplus was 5.9 trillion yuan, while imports fell 0.3%.", "5.9 trillion yuan",
         "In 2023"),
    ],
)
def test_figure_takes_the_period_of_its_own_clause(extract_one, text, figure, period):
    assert (figure, "PERIOD", period) in relations(extract_one(text))


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The broad measure of slack stood at 9.1%, compared with 9.6% in the same quarter of 2022.", "9.1%"),
        ("Operating profit was £412 million, compared with a loss of £58 million in 2022-23.", "£412 million"),
        ("The re-encounter rate was 19%, compared with an average of 27% in fiscal year 2019.", "19%"),
    ],
)
def test_the_period_of_a_comparison_value_never_dates_the_current_figure(extract_both, text, figure):
    # FORMAT: PERIOD is the period phrase of the figure's own clause; a period that dates the value stated
    # for comparison belongs to that value alone (GUIDELINES C-9)
    assert not [r for r in relations(extract_both(text)) if r[0] == figure and r[1] == "PERIOD"]


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The unemployment rate rose to 3.9%, the highest level since January 2022.", "3.9%"),
        ("Mortgage approvals fell to 43,300, the lowest since 2023.", "43,300"),
    ],
)
def test_since_after_a_superlative_dates_the_record_not_the_figure(extract_one, text, figure):
    assert not any(h == figure and label == "PERIOD" for h, label, _ in relations(extract_one(text)))


@pytest.mark.parametrize(
    "text,phrase,label",
    [
        ("The deficit increased 2.0 percent compared with the first four months of 2023.",
         "the first four months of 2023", "BASELINE"),
        ("Employment grew 1.6% against the previous quarter.", "the previous quarter", "BASELINE"),
        ("GDP per capita fell 0.6 percent in the March 2024 quarter.", "in the March 2024 quarter", "PERIOD"),
        ("The index rose 0.3 percent in each of the first three months of the year.",
         "in each of the first three months of the year", "PERIOD"),
    ],
)
def test_more_period_and_baseline_phrasings(text, phrase, label):
    assert any(p == phrase and lab == label for p, lab, _ in _found(text))


@pytest.mark.parametrize(
    "text,figure,period,linked",
    [
        # a period opening the clause after a semicolon dates that clause only
        ("Rents rose fastest in Hobart (6.1%) and Perth (5.8%); over the year, prices rose 3.4%.",
         "6.1%", "over the year", False),
        ("Rents rose fastest in Hobart (6.1%) and Perth (5.8%); over the year, prices rose 3.4%.",
         "3.4%", "over the year", True),
        # a semicolon inside brackets is no clause break
        ("Employment rose among older workers (+22,000; +0.6%) in April.", "+22,000", "in April", True),
        # the period of a previous value dates that value only (GUIDELINES C-9)
        ("Output grew 0.4% in March, following a 0.2% decline in February, as manufacturing, which rose 1.1%, "
         "outweighed a 0.3% drop in mining.", "1.1%", "in February", False),
        ("Output grew 0.4% in March, following a 0.2% decline in February, as manufacturing, which rose 1.1%, "
         "outweighed a 0.3% drop in mining.", "1.1%", "in March", True),
        # a period in brackets dates the figure in those brackets only
        ("Hospital admissions were 6.1% (7.4% in week 5) of all attendances in week 6.", "6.1%", "in week 5", False),
        ("Hospital admissions were 6.1% (7.4% in week 5) of all attendances in week 6.", "7.4%", "in week 5", True),
        # a period closing the sentence after a semicolon may still date the figures before it
        ("Study visas made up 41% (212,000); work visas rose by 9% in the year ending March 2024.",
         "9%", "in the year ending March 2024", True),
    ],
)
def test_period_scope_across_semicolons(extract_both, text, figure, period, linked):
    assert ((figure, "PERIOD", period) in relations(extract_both(text))) == linked


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("Passenger journeys for Quarter 2 (July to September) 2023-24 were 398 million.",
         "for Quarter 2 (July to September) 2023-24"),
        ("Immigration was 1.1 million in YE December 2023.", "in YE December 2023"),
        ("The program delivered 190,000 places in the year ended 30 June 2024.", "in the year ended 30 June 2024"),
        ("By the end of week 6, vaccine uptake was 71.2% in people aged 65 and over.", "By the end of week 6"),
        ("Railways expect 480 million trips during the 40-day Spring Festival travel rush.",
         "during the 40-day Spring Festival travel rush"),
        ("Emigration was 532,000 in the year ending (YE) December 2023.", "in the year ending (YE) December 2023"),
    ],
)
def test_periods_with_glosses_and_abbreviations(text, phrase):
    assert (phrase, "PERIOD", None) in _found(text)


@pytest.mark.parametrize(
    "text,figure",
    [
        # ``since <year>`` after a superlative dates a record, not the figure (issue 10, kind 4)
        ("Youth unemployment climbed to 14.8% the highest since 2015", "14.8%"),
        ("Core inflation eased to 2.6%, the lowest since March 2021.", "2.6%"),
    ],
)
def test_since_after_a_superlative_is_no_period(extract_both, text, figure):
    from conftest import relations

    assert not [r for r in relations(extract_both(text)) if r[0] == figure and r[1] == "PERIOD"]


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("New registrations reached 7.43 million last year, up 38.76 percent.", "last year"),
        ("Tax revenue was 3.2 billion last year.", "last year"),
        ("The carrier flew 41.6 million passengers last year.", "last year"),
    ],
)
def test_a_cue_word_is_a_whole_word(text, phrase):
    """``on`` ends ``million``: a time phrase after a scale word is the figure's PERIOD, not a BASELINE."""
    assert (phrase, "PERIOD", None) in _found(text)


def test_a_table_cell_takes_the_baseline_of_its_own_column(extract_both):
    # FORMAT BASELINE and GUIDELINES D-3: a header states the comparison point of its column
    text = ("Busiest airports, 2023\n"
            "Airport | Passengers (million) | vs 2019 | Cargo (thousand tonnes) | vs 2022\n"
            "Northgate | 41.2 | -3.1% | 612 | +4.4%\n"
            "Southport | 28.7 | +1.9% | 344 | -0.8%\n")
    rel = relations(extract_both(text))
    assert ("-3.1%", "BASELINE", "2019") in rel and ("+1.9%", "BASELINE", "2019") in rel, sorted(rel)
    assert ("+4.4%", "BASELINE", "2022") in rel and ("-0.8%", "BASELINE", "2022") in rel, sorted(rel)


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("Visitor arrivals reached 34 million, roughly 52 per cent of the 2018 peak.", "the 2018 peak"),
        ("Home sales were still 12% below the 2021 high.", "the 2021 high"),
    ],
)
def test_a_level_named_by_its_year_is_a_year_baseline(text, phrase):
    # FORMAT BASELINE: ``year`` for an explicit year, as in ``the 2019 level``
    assert (phrase, "BASELINE", "year") in _found(text)


def test_annually_after_a_change_is_its_comparison_point_only(extract_both):
    # the first change is dated by its own period (``this quarter``); ``annually`` compares the second
    # with a year earlier (yoy) and is not shared back (D-8 shares a comparison stated once only when
    # the earlier change has no time of its own)
    rel = relations(extract_both("- Consumer prices rose 0.8% this quarter, and 3.5% annually."))
    assert ("3.5%", "BASELINE", "annually") in rel, sorted(rel)
    assert not any(h == "0.8%" and label == "BASELINE" for h, label, _ in rel), sorted(rel)
    assert ("annually", "BASELINE", "yoy") in _found("Consumer prices rose 0.8% this quarter, and 3.5% annually.")


def test_a_line_that_introduces_a_list_states_its_comparison_point(extract_both):
    # a heading line ending in a colon governs the list after it, across the blank line (GUIDELINES D-3)
    text = ("Main figures at the end of 2023 (changes on 2022):\n\n"
            "- Registered vehicles: 4.35 million (+96,000)\n"
            "- Licensed drivers: 5.12 million (+141,000)\n")
    rel = relations(extract_both(text))
    assert ("+96,000", "BASELINE", "2022") in rel and ("+141,000", "BASELINE", "2022") in rel, sorted(rel)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # a relative time phrase right after a previous value dates that value (GUIDELINES C-9): PERIOD, no BASELINE
        ("The participation rate for women was 61.2%, up from 60.7% a year earlier.",
         {("60.7%", "PERIOD", "a year earlier")}, {("60.7%", "BASELINE", "a year earlier")}),
        ("Hospital beds per 1,000 residents: 4.31 (4.18 a year earlier)",
         {("4.18", "PERIOD", "a year earlier")}, {("4.18", "BASELINE", "a year earlier")}),
        # a change compared with that previous value takes the phrase as its BASELINE; the value stays undated
        ("Uptake among over-65s was 72.4%, down 3.1 percentage points from 75.5% a year ago.",
         {("3.1 percentage points", "BASELINE", "a year ago")}, {("75.5%", "BASELINE", "a year ago")}),
        ("Fatal falls from height dropped 6.0% to 1,204 from 1,281 the previous year.",
         {("6.0%", "BASELINE", "the previous year")}, set()),
        # a share of an earlier level keeps its baseline
        ("Inbound trips recovered to 88.6% of the level in the same period of 2019.",
         {("88.6%", "BASELINE", "the level in the same period of 2019")}, set()),
    ],
)
def test_a_relative_time_after_a_previous_value_dates_it(extract_both, text, expected, absent):
    found = relations(extract_both(text))
    assert expected <= found and not (absent & found)


@pytest.mark.parametrize(
    "text,figure,period",
    [
        # a relative time phrase opening a clause dates the figures of that clause
        ("Unemployment rose to 5.1% in March; a year earlier, the rate was 4.6% and 1.52 million people were "
         "out of work.", "4.6%", "a year earlier"),
        ("Unemployment rose to 5.1% in March; a year earlier, the rate was 4.6% and 1.52 million people were "
         "out of work.", "1.52 million", "a year earlier"),
        ("Exports reached 58.3 billion dollars in June. Twelve months earlier, they stood at 54.9 billion dollars.",
         "54.9 billion dollars", "Twelve months earlier"),
    ],
)
def test_a_relative_time_opening_a_clause_is_its_period(extract_both, text, figure, period):
    assert (figure, "PERIOD", period) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # ``since <time>`` in the clause of a change is its comparison point (GUIDELINES C7-4)
        ("The policy rate has been raised by 3.5 percentage points since March 2022.",
         ("3.5 percentage points", "BASELINE", "March 2022"), ("3.5 percentage points", "PERIOD", "since March 2022")),
        ("The number of reported road deaths has fallen by 35% since 2005.",
         ("35%", "BASELINE", "2005"), ("35%", "PERIOD", "since 2005")),
        # a level keeps ``since`` as its period
        ("There have been 412 confirmed cases of mpox since 1 January 2024.",
         ("412", "PERIOD", "since 1 January 2024"), ("412", "BASELINE", "1 January 2024")),
    ],
)
def test_since_in_the_clause_of_a_change_is_its_baseline(extract_both, text, expected, absent):
    found = relations(extract_both(text))
    assert expected in found and absent not in found


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # ``over <year>`` of a forecast (the release's year or later) is the period it covers
        ("GDP growth is projected to be around 1.2 per cent over 2025 and 1.8 per cent in 2026.", "2024-11-05",
         ("1.2 per cent", "PERIOD", "over 2025")),
        # an earlier year after ``over`` is the comparison point
        ("Grain output rose 1.3 per cent over 2022.", "2023-12-11", ("1.3 per cent", "BASELINE", "2022")),
    ],
)
def test_over_a_year_is_a_forecast_period_or_a_baseline(extract_both, text, date, expected):
    assert expected in relations(extract_both(text, date))


@pytest.mark.parametrize(
    "text,phrase",
    [
        # spans between two dates are one period
        ("Between 1 October 2023 and 18 April 2024, there were 1,136 laboratory confirmed cases.",
         "Between 1 October 2023 and 18 April 2024"),
        ("From January 1 to June 30, 2024, arrivals rose 8%.", "From January 1 to June 30, 2024"),
        ("Between 15 and 21 January 2024, 2,710 patients were admitted.", "Between 15 and 21 January 2024"),
        # a named holiday period with its year is one period
        ("During the Lunar New Year period last year, 1.62 million travellers crossed the border.",
         "During the Lunar New Year period last year"),
    ],
)
def test_spans_between_two_dates_are_one_period(text, phrase):
    assert (phrase, "PERIOD", None) in _found(text)


def test_a_heading_names_the_baseline_of_each_column(extract_both):
    # the heading's clause marked ``in brackets`` is the bracketed column's comparison point, the other the main one
    text = ("Retail sales by kind of business, June 2024 (percent from May 2024; percent from June 2023 in brackets)\n"
            "Food and beverage stores: +0.4 (+2.2)\nClothing stores: -0.7 (+1.5)\n")
    found = relations(extract_both(text))
    assert {("+0.4", "BASELINE", "May 2024"), ("+2.2", "BASELINE", "June 2023"),
            ("-0.7", "BASELINE", "May 2024"), ("+1.5", "BASELINE", "June 2023")} <= found


def test_a_span_of_months_after_change_on_is_one_baseline(extract_both):
    # ``(thousands; change on January to June 2023 in brackets)``: the bracketed changes compare with the whole
    # span of months, one BASELINE of type year
    text = ("Guest nights by canton, January to June 2025 (thousands; change on January to June 2024 in brackets)\n"
            "- Lucerne: 1,412 (+3.1%)\n- Geneva: 1,655 (-0.7%)\n")
    found = relations(extract_both(text))
    assert {("+3.1%", "BASELINE", "January to June 2024"), ("-0.7%", "BASELINE", "January to June 2024")} <= found


@pytest.mark.parametrize(
    "text,dated,undated",
    [
        # the trained step keeps a previous value's period to that value (GUIDELINES C-9, C10-12)
        ("- 21.3% of pupils are eligible for free school meals, up 0.6 percentage points from 20.7% in January 2023",
         "20.7%", "21.3%"),
        # a list of previous values shares its period; the current figures take none of it
        ("Officers seized 84,000 tons of smuggled fuel and 16,000 tons of frozen meat, compared with 61,000 tons "
         "and 22,000 tons in the same period last year.", "22,000 tons", "84,000 tons"),
    ],
)
def test_a_previous_values_period_dates_no_current_figure(extract_both, text, dated, undated):
    rels = relations(extract_both(text))
    assert [r for r in rels if r[0] == dated and r[1] == "PERIOD"]
    assert not [r for r in rels if r[0] == undated and r[1] == "PERIOD"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Private rents rose by 7.9% in the 12 months to May 2024, 0.3 percentage points below the annual rate in "
         "the 12 months to April 2024 (8.2%).", "8.2%"),
        ("In June, the climate index was 93.10, 0.21 points higher than in May (92.89).", "92.89"),
    ],
)
def test_a_baselines_value_in_brackets_takes_no_period_and_no_baseline(extract_both, text, value):
    # GUIDELINES C8-1, D-26: the value of the comparison point is modified by nothing and dated by nothing
    rels = relations(extract_both(text))
    assert not [r for r in rels if r[0] == value and r[1] in ("PERIOD", "BASELINE", "MODIFIES")]


@pytest.mark.parametrize(
    "text,step,period,main,baseline",
    [
        # the step before a change happened at its own time and states no comparison point (C11-11, C13-5)
        ("Annual producer price inflation eased to 1.9% year on year in October, down from a 2.4% rise in "
         "September.", "2.4%", "in September", "1.9%", "year on year"),
        ("Compared with the same quarter of the previous year, household spending grew by 1.1% in the third "
         "quarter of 2024, following a 0.8% increase in the second quarter.", "0.8%", "in the second quarter",
         "1.1%", "the same quarter of the previous year"),
        ("Construction output rose 2.6% year over year (+3.1% in July), the slowest pace since March.", "+3.1%",
         "in July", "2.6%", "year over year"),
        ("Exports fell 4.2% compared with the same month of 2023, after declines of 3.0% and 1.7% respectively in "
         "August and July.", "3.0%", "August", "4.2%", "the same month of 2023"),
    ],
)
def test_the_step_before_a_change_takes_no_baseline(extract_both, text, step, period, main, baseline):
    rel = relations(extract_both(text))
    assert (main, "BASELINE", baseline) in rel, sorted(rel)
    assert not [r for r in rel if r[0] == step and r[1] == "BASELINE"], sorted(rel)
    assert any(r[0] == step and r[1] == "PERIOD" and period in r[2] for r in rel), sorted(rel)


def test_a_revised_change_keeps_its_comparison(extract_both):
    # a revision restates the same change, not an earlier one
    rel = relations(extract_both("Sales for September are now estimated to have risen 0.5 percent from August "
                                 "2024, revised up from 0.3 percent."))
    assert ("0.5 percent", "BASELINE", "August 2024") in rel and ("0.3 percent", "BASELINE", "August 2024") in rel, \
        sorted(rel)


def test_a_basket_weight_takes_no_period(extract_both):
    # C13-11: an item's weight in an index is a constant of the index, not a statistic of the month
    rel = relations(extract_both("Electricity generation (weight: 19.85 per cent) increased by 3.2 per cent in "
                                 "September 2024 over September 2023, while the seizures weighed a combined 4.1 "
                                 "tonnes in September 2024."))
    assert not [r for r in rel if r[0] == "19.85 per cent" and r[1] == "PERIOD"], sorted(rel)
    assert ("3.2 per cent", "PERIOD", "in September 2024") in rel, sorted(rel)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # the span a record is kept for is no period of the figure
        ("In May, visitors from Canada and Mexico numbered 649,500 and 388,400 respectively, the highest figures ever "
         "recorded for the month.", [("649,500", "PERIOD", "In May"), ("388,400", "PERIOD", "In May")],
         [("388,400", "PERIOD", "for the month")]),
        ("In the summer season 2023, stays in Vienna rose by 7.1% to 9.39 million, the first time the capital has "
         "exceeded 9 million overnight stays in a summer season.",
         [("9.39 million", "PERIOD", "In the summer season 2023")], [("9.39 million", "PERIOD", "in a summer season")]),
        # the start of a series is no period either
        ("Rice was 53.6% more expensive than in May 2023, the largest increase since comparable statistics began in "
         "January 1971.", [], [("53.6%", "PERIOD", "in January 1971")]),
        # but a superlative among places keeps the span it is stated for
        ("Among the states, Ceará and Piauí had the highest unemployment rates in the quarter, at 9.5% and 9.3% "
         "respectively.", [("9.5%", "PERIOD", "in the quarter")], []),
        # seasons named with their year are periods
        ("The average length of stay shortened to 3.10 nights (summer season 2023: 3.14 nights).",
         [("3.14 nights", "PERIOD", "summer season 2023")], []),
        ("Vaccine uptake in the 2023/24 season was 72.5% among people aged 65 and over.",
         [("72.5%", "PERIOD", "in the 2023/24 season")], []),
    ],
)
def test_records_and_seasons(extract_both, text, expected, absent):
    check(relations(extract_both(text)), expected, absent)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # a sentence that opens on ``Year over year,`` compares every change in it
        ("Year over year, sales at gasoline stations were 4.1 percent lower, while clothing stores were up 2.0 percent.",
         [("4.1 percent", "BASELINE", "Year over year"), ("2.0 percent", "BASELINE", "Year over year")], []),
        ("Month on month, output rose 0.4%.", [("0.4%", "BASELINE", "Month on month")], []),
        # a clause after ``, while`` that opens on its own comparison point
        ("Compared with September 2024, unemployment decreased by 12 000 in the EU and by 29 000 in the euro area, "
         "while compared with October 2023 it fell by 285 000 and 313 000 respectively.",
         [("29 000", "BASELINE", "September 2024"), ("285 000", "BASELINE", "October 2023"),
          ("313 000", "BASELINE", "October 2023")], [("313 000", "BASELINE", "September 2024")]),
        # a season with its year after a comparison word
        ("In the summer season 2024, hotels registered 80.59 million overnight stays, 0.7% more than in the summer "
         "season 2023.", [("0.7%", "BASELINE", "the summer season 2023")], []),
    ],
)
def test_opening_comparisons_and_seasons(extract_both, text, expected, absent):
    check(relations(extract_both(text)), expected, absent)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # an earlier value in brackets with its own relative time is of that time, not of the sentence's
        ("The CPI all-items index stood at 135.2 in August 2024 (132.9 a year earlier).",
         [("132.9", "PERIOD", "a year earlier"), ("135.2", "PERIOD", "in August 2024")],
         [("132.9", "PERIOD", "in August 2024")]),
        # a change recorded at another time happened then
        ("Air fares fell by 31.9% on the month, a far sharper drop than the fall of 20.1% recorded a year earlier.",
         [("20.1%", "PERIOD", "a year earlier")], [("20.1%", "BASELINE", "a year earlier")]),
    ],
)
def test_an_earlier_value_keeps_its_own_time(extract_both, text, expected, absent):
    check(relations(extract_both(text)), expected, absent)


def test_a_change_from_a_dated_value_to_a_level_modifies_the_level(extract_both):
    rel = relations(extract_both("Crimes recorded by the police in Scotland increased by 4%, from 288,660 in 2022-23 to "
                                 "300,237 in 2023-24."))
    check(rel, [("4%", "MODIFIES", "300,237"), ("288,660", "PERIOD", "in 2022-23")], [("4%", "MODIFIES", "288,660")])


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # a change from an earlier value named with its noun: the value's time is the change's comparison point
        ("Overseas residents made 645,900 trips to Canada in June, up 5.3% from the 601,700 arrivals recorded in June "
         "2023.", [("5.3%", "BASELINE", "June 2023")], [("601,700", "PERIOD", "in June 2023")]),
        ("Scam cases reported in the first half of 2024 rose by 14.3% (+3,026) to 26,751, from 23,725 in the same period "
         "of 2023.", [("14.3%", "BASELINE", "the same period of 2023"), ("+3,026", "BASELINE", "the same period of 2023")],
         []),
        # a bare value with a plain time keeps it as its own period
        ("Officers arrested 487 offenders in 2023, an increase of 32% from 369 in 2022.",
         [("369", "PERIOD", "in 2022")], [("32%", "BASELINE", "2022")]),
    ],
)
def test_a_change_from_an_earlier_value_and_its_time(extract_both, text, expected, absent):
    check(relations(extract_both(text)), expected, absent)
