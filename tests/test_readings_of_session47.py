"""Readings found in releases of genres no probe held when they were written (electricity reviews, methane trackers,
airport traffic summaries, police crime statistics): compact units of emissions, a change column headed by its
unit, sub-total lines that share their whole, times a figure is stated above. Each case is a sentence of our own in
the style of such releases and runs on the rules alone and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, quantities, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


def test_a_fraction_as_the_clause_subject_names_no_counted_unit(extract_both):
    doc = extract_both(
        "Burglary rose by 4.2% to 96,310 offences and made up a quarter of all property crime, with car theft up "
        "7.5% to 21,884 and bicycle theft down 3.1% to 40,127.")
    cells = by_text(doc)
    for figure in ("21,884", "40,127"):
        assert cells[figure]["unit"] == "offense", (figure, cells[figure]["unit"])


LINES = ("Key figures, 2024 (change on 2023 in brackets)\n"
         "- Terminal passengers: 41.6 million (+5.3%)\n"
         "- of which international: 37.9 million (+6.1%)\n"
         "- of which domestic: 3.7 million (-2.2%)\n"
         "- Cargo: 310,000 tonnes (+1.8%)")


def test_a_sub_total_line_named_by_an_adjective_counts_what_its_whole_counts(extract_both):
    cells = by_text(extract_both(LINES))
    assert cells["37.9 million"]["unit"] == "passenger"
    assert cells["3.7 million"]["unit"] == "passenger"


def test_lines_opened_by_the_same_cue_are_parts_of_one_whole(extract_both):
    doc = extract_both(LINES)
    assert _links(doc, "37.9 million", "PART_OF") == {"41.6 million"}
    assert _links(doc, "3.7 million", "PART_OF") == {"41.6 million"}


@pytest.mark.parametrize(
    "text,span,value,unit",
    [
        ("Energy-related emissions fell by 2.1% to 11,860 MtCO2 in 2023.", "11,860 MtCO2", 11_860_000_000, "ton"),
        ("Coal mines released 38.5 Mt CH4 during the year.", "38.5 Mt CH4", 38_500_000, "ton"),
        ("Transport emitted 112.4 Mt CO2e last year, 1.3% less than in 2022.", "112.4 Mt CO2e", 112_400_000,
         "ton of carbon dioxide equivalent"),
        ("Aviation accounted for 0.95 GtCO2 in 2023.", "0.95 GtCO2", 950_000_000, "ton"),
    ],
)
def test_compact_units_of_a_gas_read_as_tonnes(extract_both, text, span, value, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert (cells[span]["value"], cells[span]["unit"]) == (value, unit)


@pytest.mark.parametrize("text,span,unit", [
    ("Module prices averaged EUR 0.12/W in the fourth quarter.", "EUR 0.12/W", "euro per watt"),
    ("Installed costs fell to US$0.85/W.", "US$0.85/W", "us dollar per watt"),
])
def test_a_price_per_watt_written_with_its_symbol(extract_both, text, span, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert cells[span]["unit"] == unit


TABLE = ("Table 2: Generation by source, 2024 (TWh; change on 2023)\n"
         "Source      2024 TWh   Change TWh   Change %\n"
         "Wind          2,510        +198        +8.6\n"
         "Solar         2,080        +449       +27.5\n"
         "Coal         10,320        -110        -1.1\n")


def test_a_year_before_the_unit_in_a_header_cell_is_no_figure(extract_both):
    texts = [q["text"] for q in quantities(extract_both(TABLE))]
    assert not any(t.startswith("2024") for t in texts), texts


def test_a_change_column_headed_by_its_unit_is_in_that_unit(extract_both):
    cells = by_text(extract_both(TABLE))
    for figure in ("+198", "+449", "-110"):
        assert cells[figure]["unit"] == "terawatt hour", (figure, cells[figure]["unit"])
        assert cells[figure]["metric"] == "CHANGE"
    assert cells["+27.5"]["unit"] == "percent"


@pytest.mark.parametrize(
    "text,figure,baseline,period",
    [
        ("In the second quarter of 2024, reported incidents were 9% above the first quarter.", "9%",
         "the first quarter", "In the second quarter of 2024"),
        ("Sales in December were 2.5% lower than the previous month.", "2.5%", "the previous month", "in December"),
        ("In the third quarter, output stood 1.4 percent below the second quarter.", "1.4 percent",
         "the second quarter", "In the third quarter"),
    ],
)
def test_the_time_a_figure_is_stated_above_or_below_is_its_baseline(extract_both, text, figure, baseline, period):
    doc = extract_both(text)
    assert _links(doc, figure, "BASELINE") == {baseline}
    assert _links(doc, figure, "PERIOD") == {period}
