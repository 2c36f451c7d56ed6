"""Readings found in releases of genres no probe holds (household income surveys, leading indicators, energy
balances, industrial activity, wine, external debt, aircraft demand, club revenues, life expectancy, vehicle output,
organic farming, young people out of work): tables whose share column sits under a money gloss, ratios stated in
times, index levels that only their points reveal. Each case is a sentence of our own in the style of such releases
and runs on the rules alone and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, quantities, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize("header", ["Composition", "Share", "Proportion", "Composition ratio"])
def test_a_share_column_under_a_money_gloss_holds_percent_shares(extract_both, header):
    cells = by_text(extract_both(
        "Table 2. Monthly outlays per household (Unit: 1,000 won, %)\n"
        f"Item                 2Q 2024   2Q 2025   {header:<17}   Change\n"
        f"Food                     412       431   {'14.8':<17}      4.6\n"
        f"Housing                  355       349   {'12.0':<17}     -1.7\n"))
    assert cells["14.8"]["unit"] == "percent" and cells["14.8"]["metric"] == "SHARE"
    assert cells["431"]["unit"] == "korean won" and cells["431"]["value"] == 431000
    assert cells["-1.7"]["metric"] == "CHANGE" and cells["-1.7"]["unit"] == "percent"


def test_a_ratio_stated_in_times_is_a_level_and_its_step_is_in_times(extract_both):
    doc = extract_both("The income quintile ratio stood at 6.02 times in the second half, down 0.21 from "
                       "6.23 times a year before.")
    cells = by_text(doc)
    assert cells["6.02 times"]["metric"] == "SHARE"
    assert cells["6.23 times"]["metric"] == "SHARE"
    assert cells["0.21"]["unit"] == "times" and cells["0.21"]["metric"] == "CHANGE"
    assert cells["0.21"]["direction"] == "down"


def test_a_multiple_of_a_named_level_stays_a_change(extract_both):
    cells = by_text(extract_both("Cargo handled at the terminal was 2.4 times the 2019 level."))
    assert cells["2.4 times"]["metric"] == "CHANGE"


@pytest.mark.parametrize(
    "text,level,step",
    [
        ("The composite indicator for the euro area rose by 0.06 points to 99.72 in March.", "99.72", "0.06 points"),
        ("The business tendency gauge stood at 101.35 in May, down 0.11 points on April.", "101.35", "0.11 points"),
    ],
)
def test_points_of_a_bare_level_near_one_hundred_are_index_points(extract_both, text, level, step):
    cells = by_text(extract_both(text))
    assert cells[level]["unit"] == "index point" and cells[level]["metric"] == "AMOUNT"
    assert cells[step]["unit"] == "index point" and cells[step]["metric"] == "CHANGE"


def test_a_title_based_on_a_long_term_average_declares_index_levels(extract_both):
    cells = by_text(extract_both(
        "Table 1. Sentiment indicators, amplitude adjusted (long-term average = 100)\n"
        "| Area | Jan 2025 | Feb 2025 |\n"
        "| Nordics | 99.62 | 99.80 |\n"))
    assert cells["99.80"]["unit"] == "index point" and cells["99.80"]["metric"] == "AMOUNT"


@pytest.mark.parametrize("adverb", ["thus", "hence", "then"])
def test_an_adverb_between_subject_and_verb_keeps_the_subject(extract_both, adverb):
    text = f"The shortfall in renewable capacity {adverb} shrank by 2.4 percentage points in a single year."
    assert "shortfall in renewable capacity" in _links(extract_both(text), "2.4 percentage points", "CATEGORY")


def test_a_time_inside_a_with_clause_dates_only_that_clause(extract_both):
    doc = extract_both("Sales of heating oil and diesel fell by 6.1% and 2.3%, respectively, with the average pump price "
                       "at €1.71 per litre in the second quarter of 2024, while jet fuel rose by 3.8%.")
    assert _links(doc, "€1.71 per litre", "PERIOD") == {"in the second quarter of 2024"}
    for figure in ("6.1%", "2.3%", "3.8%"):
        assert not _links(doc, figure, "PERIOD")


def test_the_remaining_figure_is_a_part_of_the_whole_not_of_the_last_part(extract_both):
    doc = extract_both("Of the 412 petajoules, road transport used 251 petajoules and rail 48 petajoules, with aviation "
                       "and shipping accounting for the remaining 113 petajoules.")
    assert _links(doc, "113 petajoules", "PART_OF") == {"412 petajoules"}
    assert _links(doc, "113 petajoules", "CATEGORY") == {"aviation and shipping"}


def test_a_with_clause_after_a_total_still_lists_its_parts(extract_both):
    doc = extract_both("Fuel imports dropped to US$7.4 billion (-6.2%), with crude accounting for US$4.9 billion and "
                       "liquefied gas for US$1.8 billion.")
    assert _links(doc, "US$4.9 billion", "PART_OF") == {"US$7.4 billion"}


def test_the_second_figure_of_a_bracket_after_a_change_names_the_same_thing(extract_both):
    doc = extract_both("The steepest monthly drops were in basic metals (-4.1%; 92.3 points) and in paper "
                       "products (-2.2%; 101.7 points).")
    assert _links(doc, "92.3 points", "CATEGORY") == {"basic metals"}
    assert _links(doc, "101.7 points", "CATEGORY") == {"paper products"}


def test_a_level_stated_after_the_subjects_change_shares_the_subject(extract_both):
    doc = extract_both("In November 2024, the services output index rose 0.8% in real terms compared with the previous "
                       "month and stood at 114.2 points (2018=100).")
    assert _links(doc, "114.2 points", "CATEGORY") == {"services output index"}


def test_an_opening_by_phrase_after_a_heading_is_no_part_of_the_subject(extract_both):
    doc = extract_both("Original series, November 2024\n\nBy branch, Chemicals and Textiles rose 2.7% each, while "
                       "Printing fell 0.9%.")
    assert _links(doc, "2.7%", "CATEGORY") == {"Chemicals and Textiles"}


@pytest.mark.parametrize("cue", ["toll-free", "free of charge:", "Information:"])
def test_a_phone_number_in_spaced_groups_is_no_figure(extract_both, cue):
    doc = extract_both(f"Press enquiries, {cue} 800 222 61 90.")
    assert not quantities(doc)


def test_an_abbreviation_defined_later_holds_in_the_headline_and_a_table_title(extract_both):
    cells = by_text(extract_both(
        "Olive oil output seen at 2.9 mt\n\n"
        "World olive oil production in the 2024/25 season is put at 2.95 million tonnes (mt), up 30% on the "
        "previous season.\n\n"
        "Table 1. Olive oil production by country (mt)\n"
        "Country      2023/24   2024/25\n"
        "Spain           0.85      1.37\n"
        "Italy           0.33      0.22\n"))
    assert cells["2.9 mt"]["value"] == 2_900_000 and cells["2.9 mt"]["unit"] == "ton"
    assert cells["1.37"]["value"] == 1_370_000 and cells["1.37"]["unit"] == "ton"


def test_a_change_after_a_level_in_one_bracket_modifies_it(extract_both):
    doc = extract_both("Shipments to Vietnam ($6.8 billion; +14.2%) and to India ($2.1 billion; -3.0%) diverged.")
    assert _links(doc, "+14.2%", "MODIFIES") == {"$6.8 billion"}
    assert _links(doc, "-3.0%", "MODIFIES") == {"$2.1 billion"}


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("At 5.1%, the jobless rate was 0.2 points lower than a year earlier.", "5.1%", "jobless rate"),
        ("At 612,000 tonnes, the catch was the smallest since 1998.", "612,000 tonnes", "catch"),
    ],
)
def test_a_fronted_level_is_the_main_clauses_subject(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize(
    "text",
    [
        "Media contact: Statistical Office, 14 rue de la Gare, 1611 Luxembourg.",
        "Visit us at 220 Queen Street, Brisbane.",
    ],
)
def test_a_postal_address_holds_no_figure(extract_both, text):
    assert not quantities(extract_both(text))


def test_a_count_before_a_street_word_stays_a_figure(extract_both):
    assert by_text(extract_both("Outreach teams met some 300 street children in 2024."))["300"]["metric"] == "COUNT"


@pytest.mark.parametrize("text,figure,category", [
    ("Interest payments rose to an all-time high of $34.6 billion in 2023.", "$34.6 billion", "Interest payments"),
    ("Average rents climbed to a 15-year high of $1,950 in May.", "$1,950", "Average rents"),
    ("Net debt inflows turned positive at $220.7 billion in 2023.", "$220.7 billion", "Net debt inflows"),
    ("The 75 IDA-eligible countries paid a record $96.2 billion in debt service.", "75", "IDA-eligible countries"),
])
def test_the_category_of_a_record_a_turn_and_a_hyphenated_group(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_the_time_a_level_was_last_seen_dates_no_figure(extract_both):
    doc = extract_both("In 2023 debt service reached $96.2 billion, equal to almost 6% of export earnings, a level last "
                       "seen in 1999.")
    assert _links(doc, "$96.2 billion", "PERIOD") == {"In 2023"}


def test_a_report_named_by_a_currency_like_code_and_its_year_is_no_money(extract_both):
    doc = extract_both("The 2022 total was revised up from $88.9 billion published in IDR 2023.")
    assert [q["text"] for q in quantities(doc)] == ["$88.9 billion"]


@pytest.mark.parametrize("text,figure,category", [
    ("- Electric cars to make up 28% of new registrations\n- Rail freight to grow 1.5% a year", "28%", "Electric cars"),
    ("- Electric cars to make up 28% of new registrations\n- Rail freight to grow 1.5% a year", "1.5%", "Rail freight"),
    ("Container traffic, which has now passed its 2019 level, grows 3.9% a year.", "3.9%", "Container traffic"),
])
def test_a_headline_infinitive_and_a_present_tense_verb_keep_their_subject(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


@pytest.mark.parametrize("word,value", [("doubles", 2), ("triples", 3)])
def test_a_present_tense_multiple_is_a_change(extract_both, word, value):
    cells = by_text(extract_both(f"The charging network more than {word} by 2030 under the plan."))
    assert cells[word]["metric"] == "CHANGE" and cells[word]["value"] == value and cells[word]["unit"] == "times"


@pytest.mark.parametrize("note", ["Shares may not sum to 100 because of rounding.",
                                  "Components do not add up to 100% due to rounding."])
def test_a_rounding_note_holds_no_figure(extract_both, note):
    assert not quantities(extract_both(note))


def test_a_column_of_rank_moves_holds_no_figure(extract_both):
    doc = extract_both("Table 1. Top airports by passengers, 2024 and 2023 (million)\n"
                       "Pos | Airport   | 2024 | 2023 | Move\n"
                       "1   | Heathrow  | 83.9 | 79.2 |  =\n"
                       "2   | Gatwick   | 43.2 | 40.9 | +1\n"
                       "3   | Stansted  | 29.6 | 28.0 | -1\n")
    texts = [q["text"] for q in quantities(doc)]
    assert "+1" not in texts and "-1" not in texts and "83.9" in texts


@pytest.mark.parametrize("text,absent", [
    ("Figures are converted at the average rate (EUR 1 = GBP 0.858).", "EUR 1"),
    ("Seven of the clubs finished in the top ten, and two in the top 20.", "ten"),
])
def test_conversion_units_and_rank_ranges_hold_no_figure(extract_both, text, absent):
    assert absent not in [q["text"] for q in quantities(extract_both(text))]


@pytest.mark.parametrize("text,figure,category", [
    ("Healthy life expectancy for women stood at 64.5 years in 2023.", "64.5 years", "Healthy life expectancy for women"),
    ("The median age of the population was at 44.9 years.", "44.9 years", "median age of the population"),
])
def test_a_length_of_time_stated_at_a_level_has_its_subject(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_half_a_unit_of_time_is_half_that_unit(extract_both):
    cell = by_text(extract_both("Average waiting time fell by half an hour on the year."))["half an hour"]
    assert cell["value"] == 0.5 and cell["unit"] == "hour" and cell["metric"] == "CHANGE"


def test_a_year_beyond_2099_after_until_is_no_figure(extract_both):
    assert not quantities(extract_both("A girl born this year would on average live until 2106."))


def test_a_title_bracket_naming_each_column_declares_each_column_alone(extract_both):
    cells = by_text(extract_both(
        "Table 3: Tractor sales by market, 2024 (units, % change on 2023, share of total)\n\n"
        "Market           Units      Change   Share\n"
        "India          875,614      -2.1%    41.0%\n"
        "United States  214,930      -9.8%    10.1%\n"))
    assert cells["875,614"]["unit"] != "percent" and cells["875,614"]["metric"] == "COUNT"
    assert cells["41.0%"]["metric"] == "SHARE" and cells["-2.1%"]["metric"] == "CHANGE"


def test_an_unsigned_percent_beside_a_signed_one_after_a_level_is_its_share(extract_both):
    doc = extract_both("Cars accounted for 41.3 million units (73.0% of the total, +6.1%) and vans for 15.3 million "
                       "(27.0%, +9.4%).")
    cells = by_text(doc)
    assert cells["27.0%"]["metric"] == "SHARE" and cells["+9.4%"]["metric"] == "CHANGE"
    assert _links(doc, "27.0%", "MODIFIES") == {"15.3 million"}


@pytest.mark.parametrize("text,figure,direction", [
    ("Output rose 3%, remaining 4.2% below the 2018 record.", "4.2%", "down"),
    ("Exports exceeded the 2019 level by 6.5% last year.", "6.5%", "up"),
])
def test_how_far_a_figure_stands_from_a_level_is_a_change(extract_both, text, figure, direction):
    cell = by_text(extract_both(text))[figure]
    assert cell["metric"] == "CHANGE" and cell["direction"] == direction


def test_a_percent_after_among_them_is_no_part_of_a_count(extract_both):
    doc = extract_both("The five largest makers built 48.2 million vehicles, of which 30.1 million were made in "
                       "Asia; Germany posted the strongest gain among them (+18.1%).")
    assert not _links(doc, "+18.1%", "PART_OF")


def test_a_target_date_dates_only_the_target(extract_both):
    doc = extract_both("Recycled material made up 12.4% of inputs in 2024, still 12.6 points short of the target of "
                       "25% by 2030.")
    assert _links(doc, "25%", "PERIOD") == {"by 2030"}
    assert _links(doc, "12.4%", "PERIOD") == {"in 2024"}


def test_a_measure_and_percent_gloss_splits_between_area_and_share_columns(extract_both):
    cells = by_text(extract_both(
        "Table 2: Irrigated area and share of farmland, 2022 and 2023 (thousand ha; %)\n\n"
        "Region        Area 2022   Area 2023   Share 2023\n"
        "North            412.5       430.1         18.2\n"
        "South            290.0       301.7         11.4\n"))
    assert cells["430.1"]["unit"] == "hectare" and cells["430.1"]["value"] == 430_100
    assert cells["18.2"]["unit"] == "percent" and cells["18.2"]["metric"] == "SHARE"


def test_a_change_column_declared_in_points_by_the_title(extract_both):
    cells = by_text(extract_both(
        "Table 1: Inactivity rates by age, 2023 and 2024 (%; change in percentage points)\n\n"
        "Age      Q3 2023   Q3 2024   Change on year\n"
        "16-24      38.2      40.1            +1.9\n"))
    assert cells["+1.9"]["unit"] == "percentage point" and cells["+1.9"]["metric"] == "CHANGE"


def test_year_olds_are_people(extract_both):
    doc = extract_both("The inactivity rate for 25-29 year olds rose to 9.8% (402,000).")
    assert by_text(doc)["402,000"]["unit"] == "person"


@pytest.mark.parametrize("text,figure,unit", [
    ("Upland cotton output is forecast at 14.3 million 480-pound bales.", "14.3 million 480-pound bales", "bale"),
    ("Growers exported 2.6 million 60-kilogram bags in the quarter.", "2.6 million 60-kilogram bags", "bag"),
])
def test_a_count_of_packages_of_a_stated_size(extract_both, text, figure, unit):
    cell = by_text(extract_both(text))[figure]
    assert cell["unit"] == unit and cell["metric"] == "COUNT"


def test_a_tonne_written_t_after_a_scale_word(extract_both):
    cell = by_text(extract_both("The cane crush reached 552.6 mln t by 1 November."))["552.6 mln t"]
    assert cell["unit"] == "ton" and cell["value"] == 552_600_000


@pytest.mark.parametrize("text,figures,direction", [
    ("The spot price was 5.26 cents, or 19.8%, below October 2023.", ("5.26 cents", "19.8%"), "down"),
    ("Sales were 3,400 units, or 12 per cent, higher than a year earlier.", ("3,400", "12 per cent"), "up"),
])
def test_a_difference_and_its_percent_before_a_comparative_are_changes(extract_both, text, figures, direction):
    cells = by_text(extract_both(text))
    for figure in figures:
        assert cells[figure]["metric"] == "CHANGE" and cells[figure]["direction"] == direction


def test_a_unit_in_another_name_and_its_change_stay_levels(extract_both):
    cells = by_text(extract_both("Grain output reached 77.88 million tonnes this year, or 155.76 billion jin, up nearly "
                                 "1.4 million tonnes on 2022."))
    assert cells["155.76 billion jin"]["metric"] == "AMOUNT"


def test_an_earlier_estimate_in_brackets_keeps_the_unit(extract_both):
    cell = by_text(extract_both("Output was trimmed to 179.069 million tonnes (previously 179.287 million)."))[
        "179.287 million"]
    assert cell["unit"] == "ton" and cell["value"] == 179_287_000


def test_an_opening_cue_stops_at_a_clause_of_its_own(extract_both):
    doc = extract_both("Of the 214 closed beaches, Italy and Spain reported 71 and 40, respectively, and swimming was "
                       "banned all season at 58 sites.")
    assert _links(doc, "71", "PART_OF") == {"214"}
    assert not _links(doc, "58", "PART_OF")


def test_a_signed_pair_in_points_written_once(extract_both):
    cells = by_text(extract_both("Boys 14.2% and girls 11.7% (-0.8; -0.6 points on 2023)."))
    assert cells["-0.8"]["unit"] == "percentage point" and cells["-0.6 points"]["unit"] == "percentage point"


def test_a_counted_column_under_an_index_title_holds_counts(extract_both):
    cells = by_text(extract_both(
        "Table 2. Butterfly indices, smoothed (index, 1976 = 100)\n"
        "Habitat          Sites   2018   2023\n"
        "Grassland          412   61.3   58.4\n"))
    assert cells["412"]["unit"] == "site" and cells["412"]["metric"] == "COUNT"
    assert cells["58.4"]["unit"] == "index point"


def test_a_significance_level_is_no_figure(extract_both):
    doc = extract_both("Only the fall for woodland birds is significant at the 95% level.")
    assert not quantities(doc)


def test_a_level_in_another_clause_takes_no_unit_from_a_from_figure(extract_both):
    doc = extract_both("The severe share fell 0.3 percentage points from 4.1% in 2022, with severe procedures falling to "
                       "56,300 in 2023.")
    assert by_text(doc)["56,300"]["unit"] != "percent"


@pytest.mark.parametrize("text,share", [
    ("Cargo fell to 96.2 million tonnes (-3.1%), of which 40.5 million tonnes (42.1%) was coastal.", "42.1%"),
    ("Box traffic fell to 2.4 million TEU (-5.0%), of which about 0.7 million TEU (29.2%) were empty.", "29.2%"),
])
def test_the_percent_of_a_measured_part_is_its_share(extract_both, text, share):
    assert by_text(extract_both(text))[share]["metric"] == "SHARE"


def test_an_infinitive_before_a_bracket_names_nothing(extract_both):
    doc = extract_both("Portugal was the only large market to grow (+0.6 million tonnes; +4.2%) in the quarter.")
    assert _links(doc, "+4.2%", "CATEGORY") == {"Portugal"}


def test_degrees_counted_in_thousands_are_a_count(extract_both):
    cell = by_text(extract_both("Universities awarded 512.3 thousand degrees in 2023."))["512.3 thousand degrees"]
    assert cell["metric"] == "COUNT" and cell["value"] == 512_300


def test_change_columns_the_title_puts_in_points(extract_both):
    cells = by_text(extract_both(
        "Table 4: Households with broadband, 2020, 2023 and 2024 (% of households; change in pp)\n\n"
        "Region        2020    2023    2024    vs 2023   vs 2020\n"
        "Urban           81      88      90       +2        +9\n"))
    assert cells["+2"]["unit"] == "percentage point" and cells["+2"]["metric"] == "CHANGE"
    assert cells["+9"]["unit"] == "percentage point"
