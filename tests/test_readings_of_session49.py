"""Readings found in releases of genres no probe held when they were written (fiscal monitors, electric-car outlooks,
population reports, health indicators, transport fatalities, pay gaps, food price outlooks, emissions gaps). Each case
is a sentence of our own in the style of such releases and runs on the rules alone and on the model we ship
(``extract_both``).
"""

import pytest

from conftest import by_text, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,bracketed,later",
    [
        ("Output is projected to grow 2.4% in 2025 (+0.2 percentage point from the July forecast) and 2.1% in 2026.",
         "+0.2 percentage point", "2.1%"),
        ("Inflation is seen at 3.1% this year (down from 3.4% in the spring projections) and at 2.6% next year.",
         "3.4%", "2.6%"),
    ],
)
def test_a_comparison_in_a_closed_bracket_stays_in_it(extract_both, text, bracketed, later):
    doc = extract_both(text)
    assert _links(doc, later, "BASELINE") == set()


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Brazil hosts around 40% of the region's installed capacity.", "40%", "Brazil"),
        ("Hydropower supplies an estimated 15% of the country's electricity.", "15%", "Hydropower"),
        ("Smallholders produce about 35% of the world's food.", "35%", "Smallholders"),
    ],
)
def test_a_present_verb_before_a_share_of_a_whole_ends_the_subject(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_a_plural_noun_before_a_share_stays_in_the_subject(extract_both):
    doc = extract_both("- Onshore wind turbines: 12.5% of new capacity")
    assert _links(doc, "12.5%", "CATEGORY") == {"Onshore wind turbines"}


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Registrations reached 412,000, up 9%, although the Dutch market cooled after a tax credit lapsed in July.",
         "412,000"),
        ("Output grew 3.4% to 18.2 million tonnes once the northern smelter restarted in February.", "18.2 million tonnes"),
        ("Arrivals rose 6.1% because the border rules were eased in October.", "6.1%"),
    ],
)
def test_the_time_of_an_adverbial_clause_dates_no_figure_outside_it(extract_both, text, figure):
    assert _links(extract_both(text), figure, "PERIOD") == set()


def test_a_status_date_after_such_a_clause_still_dates_the_count(extract_both):
    doc = extract_both("Officials counted 61,200 visitors who were still in the country after their visas had run "
                       "out as of 1 March 2025.")
    assert _links(doc, "61,200", "PERIOD") == {"as of 1 March 2025"}


@pytest.mark.parametrize("bound_word", ["Around", "Roughly", "Almost", "Approximately"])
def test_a_capitalised_bound_opening_a_list_item_keeps_its_figure(extract_both, bound_word):
    doc = extract_both(f"Key facts\n\n- {bound_word} 640 miners lost their lives in 2023.\n- Fewer than 90 mines closed.")
    cells = by_text(doc)
    assert "640" in cells
    assert cells["640"]["bound"] == "~"
    assert _links(doc, "640", "CATEGORY") == {"miners"}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Pupils aged 11-15 make up about 18% of library members.", "18%", "Pupils aged 11-15"),
        ("Workers aged 55-64 account for 14 per cent of the labour force.", "14 per cent", "Workers aged 55-64"),
    ],
)
def test_ages_ending_a_subject_before_its_verb(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_a_dash_between_spaces_ends_a_phrase(extract_both):
    doc = extract_both("About 1,900 of the recorded claims - nearly a third of the total - concern flood damage.")
    assert not any("concern" in c for c in _links(doc, "a third", "CATEGORY"))


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The number of adults using a mobile wallet rose to 1.6 billion.", "1.6 billion", "adult"),
        ("The number of households owing rent arrears fell to 412,000.", "412,000", "household"),
    ],
)
def test_a_short_participle_after_the_counted_noun_is_not_its_head(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Some 2,300 of the registered vessels flew a foreign flag.", "2,300", "vessel"),
        ("Nearly 640 of the reported incidents involved minors.", "640", "incident"),
    ],
)
def test_a_participle_in_the_whole_of_a_partitive_is_an_adjective(extract_both, text, figure, unit):
    doc = extract_both(text)
    assert by_text(doc)[figure]["unit"] == unit


def test_an_abbreviated_column_takes_the_gloss_segment_it_shortens(extract_both):
    doc = extract_both("Table 3. Selected indicators by region, 2022\n"
                       "(life expectancy in years; spending in euros per person)\n\n"
                       "Region            Life exp.   Spending\n"
                       "North                  81.2      3,410\n"
                       "South                  79.8      2,950\n")
    cells = by_text(doc)
    assert cells["81.2"]["unit"] == "year"
    assert cells["79.8"]["unit"] == "year"


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Around 27% of adults aged 75 and over live alone.", "27%", "adults aged 75 and over"),
        ("Nearly a third of residents aged 16 and over reported a disability.", "a third",
         "residents aged 16 and over"),
        ("Workers aged 50 and over make up 32% of the workforce.", "32%", "Workers aged 50 and over"),
    ],
)
def test_a_group_aged_n_and_over_is_one_category(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_a_bound_after_from_keeps_the_earlier_value_its_time(extract_both):
    doc = extract_both("Broadband coverage reached 91% of homes, up from under 60% in 2015.")
    assert _links(doc, "60%", "PERIOD") == {"in 2015"}
    assert _links(doc, "91%", "PERIOD") == set()


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Public debt falls back to 88.6% of GDP in the euro area.", "88.6%", "Public debt"),
        ("The jobless rate climbed back to 5.2% in March.", "5.2%", "jobless rate"),
    ],
)
def test_back_after_a_verb_is_its_particle(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("Over the same month the index for household energy went up 1.2 percent.", "1.2 percent",
         "Over the same month"),
        ("In the same quarter, business investment fell 0.8%.", "0.8%", "In the same quarter"),
    ],
)
def test_the_same_month_or_quarter_opening_a_clause_is_a_period(extract_both, text, figure, period):
    assert _links(extract_both(text), figure, "PERIOD") == {period}


def test_a_time_after_a_semicolon_dates_no_figure_before_it(extract_both):
    doc = extract_both("Retail milk prices were 6.4 percent above October 2023; of the 3,100 dairy herds inspected "
                       "since early 2022, about 410 were affected in the spring alone.")
    assert _links(doc, "6.4 percent", "PERIOD") == set()


def test_a_bracketed_share_in_the_subject_lends_no_unit_to_later_counts(extract_both):
    doc = extract_both("Road deaths, which again made up the great majority of the total (about 94 percent), fell "
                       "from 38,210 in 2022 to 36,870 in 2023.")
    cells = by_text(doc)
    for figure in ("38,210", "36,870"):
        assert cells[figure]["unit"] == "death", figure
        assert cells[figure]["metric"] == "COUNT", figure


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Commercial fishing accounted for 46 of those deaths in 2023.", "46", "death"),
        ("Leisure craft made up 512 of the marine incidents recorded.", "512", "incident"),
    ],
)
def test_a_part_of_a_whole_named_without_its_figure_is_a_count(extract_both, text, figure, unit):
    cells = by_text(extract_both(text))
    assert cells[figure]["metric"] == "COUNT"
    assert cells[figure]["unit"] == unit


def test_an_opening_time_beats_the_time_of_a_later_joined_clause(extract_both):
    doc = extract_both("Between 2021 and 2022, burglary victims increased in Tasmania and Victoria by 11% and 6% "
                       "respectively, and nearly two thirds of the homes entered in 2022 were unoccupied at the time.")
    assert _links(doc, "11%", "PERIOD") == {"Between 2021 and 2022"}
    assert _links(doc, "6%", "PERIOD") == {"Between 2021 and 2022"}


@pytest.mark.parametrize(
    "text,change,level,category,direction",
    [
        ("The widening reflected an increase in the energy deficit of $2.7 billion to $41.9 billion.",
         "$2.7 billion", "$41.9 billion", "the energy deficit", "up"),
        ("There was a decrease in the travel surplus of £0.4 billion to £3.1 billion in the quarter.",
         "£0.4 billion", "£3.1 billion", "the travel surplus", "down"),
    ],
)
def test_a_change_noun_in_a_measure_of_a_change_to_a_level(extract_both, text, change, level, category, direction):
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells[change]["metric"] == "CHANGE"
    assert cells[change]["direction"] == direction
    assert _links(doc, change, "MODIFIES") == {level}
    assert _links(doc, level, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text,change,level,category,direction",
    [
        ("The Riksbank lowers its policy rate by 25 basis points to 2.75%.", "25 basis points", "2.75%",
         "policy rate", "down"),
        ("The Monetary Authority reduces the slope of its band by 0.5 percentage points to 1.0%.",
         "0.5 percentage points", "1.0%", "slope of its band", "down"),
    ],
)
def test_a_present_verb_changing_its_object(extract_both, text, change, level, category, direction):
    doc = extract_both(text)
    assert by_text(doc)[change]["direction"] == direction
    assert _links(doc, change, "MODIFIES") == {level}
    assert _links(doc, level, "CATEGORY") == {category}


def test_a_change_restated_in_brackets_before_to_keeps_the_measure(extract_both):
    doc = extract_both("The widening reflected an increase in the fuel deficit of €1.6 billion (+3.2 percent) to "
                       "€51.4 billion.")
    assert _links(doc, "€51.4 billion", "CATEGORY") == {"the fuel deficit"}
