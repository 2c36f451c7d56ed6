"""Period phrases as statistics offices write them, and the dates they stand for (FORMAT: PERIOD
``date_from``/``date_to``; GUIDELINES C-10 on quarters named by their last month)."""

import pytest

from conftest import relations
from pipeline.periods import period_dates


@pytest.mark.parametrize(
    "phrase,release,expected",
    [
        # Australian and New Zealand quarters are named by their last month
        ("in the September 2023 quarter", "2023-11-15", ("2023-07-01", "2023-09-30")),
        ("the December quarter", "2024-02-20", ("2023-10-01", "2023-12-31")),
        ("March 2026 quarter", "2025-11-26", ("2026-01-01", "2026-03-31")),
        # year-first quarters, with or without a space
        ("2027 Q3", "2026-05-01", ("2027-07-01", "2027-09-30")),
        ("2023Q1", "2023-06-01", ("2023-01-01", "2023-03-31")),
        # a year to a quarter or a month is the twelve months ending there
        ("in the year to the September 2023 quarter", "2023-11-15", ("2022-10-01", "2023-09-30")),
        ("over the year to Q3 2022", "2022-11-10", ("2021-10-01", "2022-09-30")),
        ("the year to Q4 2021", "2022-02-10", ("2021-01-01", "2021-12-31")),
        ("in the year ended September 2023", "2023-11-15", ("2022-10-01", "2023-09-30")),
        # a month named alone stays a month
        ("in September 2023", "2023-11-15", ("2023-09-01", "2023-09-30")),
    ],
)
def test_period_dates(phrase, release, expected):
    assert period_dates(phrase, release) == expected


@pytest.mark.parametrize(
    "line,label,period,figures",
    [
        ("Bank Rate, fourth quarter of 2026: 3.25 per cent (3.50 per cent)", "Bank Rate", "fourth quarter of 2026",
         ["3.25 per cent", "3.50 per cent"]),
        ("Trade-weighted index, September 2026 quarter: 68.9 (70.2)", "Trade-weighted index",
         "September 2026 quarter", ["68.9", "70.2"]),
        ("Unemployment rate, 2027 Q2: 4.4 percent (4.1 percent)", "Unemployment rate", "2027 Q2",
         ["4.4 percent", "4.1 percent"]),
    ],
)
def test_a_projection_row_names_its_measure_and_period(extract_both, line, label, period, figures):
    """A row ``<measure>, <period>: <value> (<earlier projection>)`` under a heading: both values are
    the measure's, for the row's period, and neither modifies the other (GUIDELINES C3-17)."""
    text = "Key projections (previous projections in brackets)\n" + line
    rel = relations(extract_both(text, date="2026-08-13"))
    for figure in figures:
        assert (figure, "CATEGORY", label) in rel, sorted(rel)
        assert (figure, "PERIOD", period) in rel, sorted(rel)
    assert not any(lab == "MODIFIES" for _, lab, _ in rel), sorted(rel)


@pytest.mark.parametrize(
    "text,expected",
    [
        # ``on the previous month`` (the ONS idiom) compares, like ``on the previous quarter``
        ("Table 4: Turnover, % change on the previous month (March 2025 in brackets)",
         [("the previous month", "BASELINE")]),
        ("Exports of goods were 0.8% lower on the previous year.", [("the previous year", "BASELINE")]),
        # ``over the year to <date>`` is the period a change covers; ``over the previous year`` compares
        ("Over the year to March 2025, household spending was 2.3% higher.",
         [("Over the year to March 2025", "PERIOD")]),
        ("Rents rose 7.1% over the twelve months to February 2025.",
         [("over the twelve months to February 2025", "PERIOD")]),
        ("Output grew 1.1% over the previous year.", [("the previous year", "BASELINE")]),
    ],
)
def test_time_phrases_after_on_and_over(text, expected):
    from pipeline.components.time_phrases import find_time_phrases

    assert [(text[a:b], label) for a, b, label, _ in find_time_phrases(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # campaigns, holidays and travel periods set the period of what was done in them
        ("During the 100-day campaign, police solved 86,000 cases.", [("During the 100-day campaign", "PERIOD")]),
        ("Rail operators carried 480 million passengers during the 40-day travel period from January 26 to March 5.",
         [("during the 40-day travel period from January 26 to March 5", "PERIOD")]),
        ("Spending on tickets for the holiday reached 9.1 billion yuan.", [("for the holiday", "PERIOD")]),
        ("During the Dragon Boat Festival holiday, 110 million trips were made.",
         [("During the Dragon Boat Festival holiday", "PERIOD")]),
    ],
)
def test_campaign_and_holiday_periods(text, expected):
    from pipeline.components.time_phrases import find_time_phrases

    assert [(text[a:b], label) for a, b, label, _ in find_time_phrases(text)] == expected


def test_a_span_of_months_named_as_a_period():
    from pipeline.components.time_phrases import find_time_phrases

    text = "Total sales for the February 2025 through April 2025 period were up 3.1 percent."
    assert [(text[a:b], label) for a, b, label, _ in find_time_phrases(text)] == [
        ("for the February 2025 through April 2025 period", "PERIOD")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rail passenger trips peaked at 19.2 million on May 1, the busiest day.", [("on May 1", "PERIOD")]),
        ("On 12 February 2024, 1.9 million people crossed the border.", [("On 12 February 2024", "PERIOD")]),
        # the day of a release or a decision dates no figure (GUIDELINES D-23)
        ("The figures were published on 12 June 2024.", []),
        ("At its meeting ending on 18 September 2024, the Committee voted to cut the rate.", []),
    ],
)
def test_a_day_is_a_period_unless_it_dates_the_release(text, expected):
    from pipeline.components.time_phrases import find_time_phrases

    assert [(text[a:b], label) for a, b, label, _ in find_time_phrases(text)] == expected


def test_a_day_dates_to_itself():
    assert period_dates("on October 1", "2024-10-09") == ("2024-10-01", "2024-10-01")
    assert period_dates("on 14 March 2024", None) == ("2024-03-14", "2024-03-14")
