"""Units a release states once and then leaves bare, and unit symbols after a slash (GUIDELINES C17-4)."""

import pytest

from conftest import by_text

EMISSIONS = ("Emissions from public electricity generation fell by 18.4 million tonnes of CO2 equivalent (-9.6 per "
             "cent) to 173.5 million tonnes in 2023. Transport emissions decreased by 2.1 million tonnes to 110.7 "
             "million tonnes, while cement output fell by 4.0 per cent to 12.2 million tonnes. Methane emissions "
             "from agriculture were 21.0 million tonnes of CO2 equivalent. Carbon dioxide emissions from aviation "
             "rose by 3.5% to 7.9 million tonnes.")


def test_an_equivalent_stated_once_holds_for_the_bare_unit_of_the_same_measure(extract_both):
    figures = by_text(extract_both(EMISSIONS))
    equivalent = "ton of carbon dioxide equivalent"
    for figure in ("18.4 million tonnes of CO2 equivalent", "173.5 million tonnes", "2.1 million tonnes",
                   "110.7 million tonnes"):
        assert figures[figure]["unit"] == equivalent, figure


@pytest.mark.parametrize("figure", ["12.2 million tonnes", "7.9 million tonnes"])
def test_other_measures_and_the_substance_itself_keep_the_bare_unit(extract_both, figure):
    # cement output is no emission; carbon dioxide emissions are tonnes of the gas itself
    assert by_text(extract_both(EMISSIONS))[figure]["unit"] == "ton"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Connections with a bandwidth of at least 30 Mbit/s rose to 31.2 million.", "30 Mbit/s",
         "megabit per second"),
        ("Basic service guarantees upload speeds of at least 512 kbit/s to every household.", "512 kbit/s",
         "kilobit per second"),
    ],
)
def test_a_time_symbol_after_a_slash_is_the_time_unit(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


def test_a_discourse_adverb_ends_the_counted_phrase(extract_both):
    figures = by_text(extract_both("The number of fraud cases nevertheless rose by 6% to 2,417 in 2023."))
    assert figures["2,417"]["unit"] == "case"


def test_pounds_declared_by_a_heading_of_a_us_release_are_a_weight(extract_one):
    import pipeline

    doc = next(pipeline.extract([{
        "id": "t", "meta": {"country": "US"},
        "text": "Seizures at ports of entry, November 2024 (pounds; change on October 2024 in brackets)\n"
                "- Cocaine: 4,210 (-8.4%)\n- Fentanyl: 1,190 (+3.5%)\n"}]))
    figures = by_text(doc)
    assert figures["4,210"]["unit"] == figures["1,190"]["unit"] == "pound"


def test_a_subject_restricted_by_a_relative_clause_after_a_preposition(extract_both):
    from conftest import relations

    doc = extract_both("The number of households in which no adult is employed fell by 9,400 to 612,300.")
    found = [c for h, label, c in relations(doc) if h == "612,300" and label == "CATEGORY"]
    assert found and found[0].endswith("households in which no adult is employed"), found
    assert by_text(doc)["612,300"]["unit"] == "household"


def test_an_index_level_written_in_points_is_an_amount(extract_both):
    figures = by_text(extract_both("The business climate index fell to 85.7 points in November, after gaining 1.2 "
                                   "points in October."))
    assert figures["85.7 points"]["unit"] == "index point" and figures["85.7 points"]["metric"] == "AMOUNT"
    assert figures["1.2 points"]["metric"] == "CHANGE"
