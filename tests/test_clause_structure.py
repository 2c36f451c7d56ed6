"""How the structure of real releases links figures: gapped clauses, groups that hold their ages, bracketed
changes that close a figure's clause, table rows labelled by a period, runs of periods, durations that are
thresholds, and ``respectively`` lists that reach levels. Each case runs on the rules alone and on the model
we ship (``extract_both``)."""

import pytest

from conftest import quantities, relations


def _strip(rel):
    return {(h.lstrip("+-"), label, c.lstrip("+-")) for h, label, c in rel}


def _links(doc, figure, label):
    return {c for h, lab, c in _strip(relations(doc)) if h == figure.lstrip("+-") and lab == label}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a gapped clause after a count of people: the verb is left out, its subject is the category
        ("In the first half of the year, births amounted to 24 310 persons and deaths to 21 906 persons.",
         "21 906", "deaths"),
        ("In the first half of the year, births amounted to 24 310 persons and deaths to 21 906 persons.",
         "24 310", "births"),
        # a participle after a comma opens no category
        ("In 2023, 51 280 people moved to the region and 38 110 left it, giving net migration of 13 170 persons.",
         "13 170", "net migration"),
        # a group after ``for`` holds its ages (D-17)
        ("By age group, the employment rate was 61.2% for persons aged 15 to 64 years, 48.0% for those aged "
         "55 to 64 and 33.5% for those aged 15 to 24.", "48.0%", "those aged 55 to 64"),
        ("By age group, the employment rate was 61.2% for persons aged 15 to 64 years, 48.0% for those aged "
         "55 to 64 and 33.5% for those aged 15 to 24.", "61.2%", "persons aged 15 to 64 years"),
    ],
)
def test_the_category_comes_from_the_clause_structure(extract_both, text, figure, category):
    assert category in _links(extract_both(text), figure, "CATEGORY")


@pytest.mark.parametrize(
    "text,change,figure",
    [
        ("Border officers processed 61.4 million passengers through the airports, seaports and rail terminals "
         "in 2024 (+6% on 2023), an average of 168,000 a day.", "+6%", "61.4 million"),
        ("A total of 2,114 cruise calls were recorded at the terminal between April and September (-4.1%), "
         "including 340 by ships carrying more than 3,000 passengers.", "-4.1%", "2,114"),
        ("Inspectors examined 8.2 million parcels, letters and packets (+12%), as online orders from abroad "
         "kept growing.", "+12%", "8.2 million"),
    ],
)
def test_a_bracketed_change_closing_a_figures_clause_modifies_it(extract_both, text, change, figure):
    doc = extract_both(text)
    assert figure in _links(doc, change, "MODIFIES")
    assert not _links(doc, change, "CATEGORY")


def test_a_bracketed_change_after_a_participle_phrase_names_its_own_item(extract_both):
    doc = extract_both("Imports of capital goods rose 3.2% to $8.1 billion, driven by industrial machinery (+5.4%), "
                       "while imports of energy fell.")
    assert "industrial machinery" in _links(doc, "+5.4%", "CATEGORY")
    assert "$8.1 billion" not in _links(doc, "+5.4%", "MODIFIES")


TABLE = """Loans to the private sector grew by €21 billion in September, the strongest monthly flow this year.

Table 3: Lending in the euro area, annual growth rates in %, September 2024 (August 2024 in brackets)
Loans to households: 0.7 (0.6)
Loans to firms: 1.1 (0.8)
"""


def test_a_table_row_takes_its_label_and_refers_back_to_nothing(extract_both):
    doc = extract_both(TABLE)
    for figure, label in (("0.7", "Loans to households"), ("0.6", "Loans to households"), ("0.8", "Loans to firms")):
        assert label in _links(doc, figure, "CATEGORY"), figure
        assert "€21 billion" not in _links(doc, figure, "MODIFIES"), figure


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("Notified cases by month:\n- January 2024: 412\n- February 2024: 389\n", "389", "February 2024"),
        ("Outlook (annual average percent change; previous outlook in brackets)\n- Household spending, 2025: "
         "1.8 (1.6)\n- Household spending, 2026: 2.2 (2.0)\n", "2.2", "2026"),
        ("Dwelling starts by quarter:\n- Q2 2024: 41,250\n- Q3 2024: 43,900\n", "43,900", "Q3 2024"),
    ],
)
def test_a_time_label_opening_a_row_is_its_period(extract_both, text, figure, period):
    assert period in _links(extract_both(text), figure, "PERIOD")


def test_a_row_label_with_a_year_keeps_the_rest_as_category(extract_both):
    doc = extract_both("Outlook (annual average percent change)\n- Household spending, 2025: 1.8\n")
    assert "Household spending" in _links(doc, "1.8", "CATEGORY")


@pytest.mark.parametrize(
    "text,run",
    [
        ("Annual inflation has stayed above the target band for nine consecutive months, the central bank said "
         "in October.", "nine consecutive months"),
        ("Exports grew 4.4% in the third quarter, rising for 6 quarters in a row.", "6 quarters"),
    ],
)
def test_a_run_of_periods_is_dated_by_nothing(extract_both, text, run):
    doc = extract_both(text)
    found = [q for q in quantities(doc) if q["text"] == run]
    assert found and found[0]["metric"] == "AMOUNT"
    assert not _links(doc, run, "PERIOD") and not _links(doc, run, "CATEGORY")


@pytest.mark.parametrize(
    "text,duration",
    [
        ("In October, 88% of arriving passengers waited less than 25 minutes at passport control.", "25 minutes"),
        ("The survey of household finances is repeated every 3 years.", "3 years"),
        ("The helpline is staffed 18 hours a day by trained advisers.", "18 hours"),
        ("Firms' expectations of inflation three years ahead eased to 2.6 per cent.", "three years"),
    ],
)
def test_a_duration_that_qualifies_something_else_has_no_category(extract_both, text, duration):
    doc = extract_both(text)
    found = [q for q in quantities(doc) if q["text"] == duration]
    assert found and found[0]["metric"] == "AMOUNT"
    assert not _links(doc, duration, "CATEGORY")


def test_respectively_changes_reach_the_levels_after_them(extract_both):
    doc = extract_both("Over the year to September, median weekly rents rose by 5.1%, 3.9% and 2.7% in Sydney, "
                       "Melbourne and Brisbane respectively, to $750, $580 and $620.")
    assert _links(doc, "5.1%", "MODIFIES") == {"$750"}
    assert _links(doc, "3.9%", "MODIFIES") == {"$580"}
    assert _links(doc, "2.7%", "MODIFIES") == {"$620"}
    assert "Melbourne" in _links(doc, "$580", "CATEGORY")


@pytest.mark.parametrize(
    "text,phrase,dates",
    [
        ("Wages rose 1.1 percent for the 3-month period ending in September 2024.",
         "for the 3-month period ending in September 2024", ("2024-07-01", "2024-09-30")),
        ("Over the 12-month period ending in March 2024, benefit costs increased 3.6 percent.",
         "Over the 12-month period ending in March 2024", ("2023-04-01", "2024-03-31")),
    ],
)
def test_a_span_of_months_ending_in_a_month_is_one_period(extract_both, text, phrase, dates):
    doc = extract_both(text, date="2024-10-31")
    periods = [s for s in doc["spans"] if s["label"] == "PERIOD"]
    found = [s for s in periods if doc["text"][s["start"] : s["end"]] == phrase]
    assert found, [doc["text"][s["start"] : s["end"]] for s in periods]
    assert (found[0].get("date_from"), found[0].get("date_to")) == dates


@pytest.mark.parametrize(
    "text,part,whole",
    [
        # an earlier year's value in brackets is no whole of the parts that follow
        ("Police charged 1,243 drivers in 2024, 18% more than in 2023 (1,053), comprising 806 for speeding and "
         "437 for drink-driving.", "437", "1,243"),
        ("Customs detected 12,600 smuggling cases at the border in 2024 (2023: 11,900), including 4,310 cases "
         "involving tobacco and 870 cases involving counterfeit goods.", "870", "12,600"),
        # bracketed items after ``led by`` break down the change before the cue
        ("Merchandise exports rose $412 million (6.1 percent) to $7.2 billion, led by meat (+$198 million) and "
         "fruit (+$87 million).", "+$87 million", "$412 million"),
    ],
)
def test_parts_find_their_whole_outside_brackets(extract_both, text, part, whole):
    assert whole in _links(extract_both(text), part, "PART_OF")


def test_a_bracketed_change_right_after_a_figure_in_a_breakdown_stays_its_change(extract_both):
    doc = extract_both("Imports of goods increased $14.2 billion to $640.5 billion, including industrial supplies of "
                       "$171.3 billion (+$5.6 billion) and foods of $68.9 billion (+$1.2 billion).")
    assert "$171.3 billion" in _links(doc, "+$5.6 billion", "MODIFIES")
    assert "$640.5 billion" in _links(doc, "$68.9 billion", "PART_OF")


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("In September 2024, rents for new tenancies were on average 6.8 percent higher than a year earlier.",
         "6.8 percent", "rents for new tenancies"),
        ("For August 2024, the growth of industrial output now stands at 3.2 percent, revised from the "
         "provisional estimate of 2.9 percent.", "2.9 percent", "growth of industrial output"),
    ],
)
def test_adverbials_and_estimates_are_no_category(extract_both, text, figure, category):
    found = _links(extract_both(text), figure, "CATEGORY")
    assert any(category in c for c in found), found


@pytest.mark.parametrize(
    "text,figure,unit,value",
    [
        ("Ridership by line, October 2024 (thousand journeys; change on October 2023 in brackets)\n"
         "Island Line: 24,310 (+2.2%)\nEast Rail Line: 31,870 (+4.0%)\n", "31,870", "journey", 31_870_000),
        ("Busiest airports, 2024 (passengers in millions; change on 2023 in brackets)\n"
         "- Madrid: 66.2 (+9.9%)\n- Barcelona: 55.0 (+10.3%)\n", "55.0", "passenger", 55_000_000),
        ("Balance of payments, September 2024, seasonally adjusted, £m (change on August 2024 in brackets)\n"
         "- Exports of goods: 31 220 (-410)\n- Imports of goods: 48 905 (+615)\n", "48 905", "pound sterling",
         48_905_000_000),
        ("Electricity supply, June 2024. GWh (change on June 2023 in per cent in brackets)\n"
         "Wind generation: 2 310.4 (+12.5)\nSolar generation: 918.2 (+30.1)\n", "918.2", "gigawatt hour", 918.2),
    ],
)
def test_a_table_heading_declares_the_unit_and_scale_of_its_rows(extract_both, text, figure, unit, value):
    doc = extract_both(text)
    found = [q for q in quantities(doc) if q["text"] == figure]
    assert found and found[0]["unit"] == unit and found[0]["value"] == pytest.approx(value)


def test_a_percentage_change_heading_makes_its_rows_changes(extract_both):
    doc = extract_both("Rents by region, September 2024 (percentage change on September 2023; change on August "
                       "2024 in brackets)\n- North: +6.1 (+0.4)\n- South: +4.8 (+0.2)\n")
    rows = {q["text"]: q for q in quantities(doc)}
    assert rows["+6.1"]["unit"] == "percent" and rows["+6.1"]["metric"] == "CHANGE"
    assert rows["+0.4"]["unit"] == "percent"


def test_two_months_joined_by_and_are_split_over_a_respectively_list(extract_both):
    doc = extract_both("Retail sales had risen 1.3% and 0.8% year on year in March and April 2024 respectively.",
                       date="2024-05-20")
    assert _links(doc, "1.3%", "PERIOD") == {"in March"}
    assert _links(doc, "0.8%", "PERIOD") == {"April 2024"}
    march = [s for s in doc["spans"] if doc["text"][s["start"] : s["end"]] == "in March"][0]
    assert (march["date_from"], march["date_to"]) == ("2024-03-01", "2024-03-31")


def test_a_span_between_two_months_stays_one_period(extract_both):
    doc = extract_both("Between April 2023 and March 2024, burglaries fell by 6.2% and robberies by 4.1% respectively.")
    assert "Between April 2023 and March 2024" in _links(doc, "6.2%", "PERIOD")


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Victims of fraud should call 110 or 96110 at once; 1,420 cases were reported in May.", "96110"),
        ("Victims of fraud should call 110 or 96110 at once; 1,420 cases were reported in May.", "110"),
        ("Out of hours, advice is available from NHS 111; 3,200 calls were answered in June.", "111"),
        ("The anti-smuggling hotline: 12360 took 4,870 reports in 2024.", "12360"),
        ("Table B. Trade in services (billions of dollars, seasonally adjusted)\nExports: 271.7\n", "billions"),
    ],
)
def test_numbers_to_call_and_heading_units_are_no_quantities(extract_both, text, absent):
    doc = extract_both(text)
    assert absent not in {q["text"] for q in quantities(doc)}
    assert quantities(doc), "the release's own figure is still read"
