"""Session 40's constructions (GUIDELINES C40-1..), each written anew from how housing starts, occupational
fatalities, energy retail indicators and payment statistics releases state their figures."""

import pytest

from conftest import by_text, check, relations


@pytest.mark.parametrize("times", ["in the second and third quarters", "in August and September"])
def test_periods_distributed_by_respectively_leave_the_subject_as_category(extract_both, times):
    doc = extract_both(f"Card payments grew 6.2% and 5.8% {times} respectively.")
    rel = relations(doc)
    check(rel, [("6.2%", "CATEGORY", "Card payments"), ("5.8%", "CATEGORY", "Card payments")])


def test_a_threshold_inside_the_subject_keeps_the_subject_as_category(extract_both):
    doc = extract_both("Completions in urban areas with populations of 50,000 or more were 14,880 units in the "
                       "quarter, 6% more than a year earlier.")
    cats = {child for head, label, child in relations(doc) if head == "14,880" and label == "CATEGORY"}
    assert cats and all("Completions" in c for c in cats), cats


@pytest.mark.parametrize("verb,noun", [("posting", "declines"), ("recording", "increases"), ("reporting", "falls")])
def test_subjects_of_a_with_participle_clause_take_the_respective_changes(extract_both, verb, noun):
    doc = extract_both(f"Fatal falls totalled 885 in 2023, with construction and manufacturing {verb} {noun} of "
                       f"9% and 4% respectively.")
    rel = relations(doc)
    check(rel, [("9%", "CATEGORY", "construction"), ("4%", "CATEGORY", "manufacturing")],
          absent=[("9%", "MODIFIES", "885"), ("4%", "MODIFIES", "885")])


@pytest.mark.parametrize("series", ["The three-month rolling average", "The 12-month moving average"])
def test_a_named_average_series_is_the_category_of_its_level(extract_both, series):
    doc = extract_both(f"{series} of new registrations rose 1.4% to 152,300 units.")
    cats = {child for head, label, child in relations(doc) if head == "152,300" and label == "CATEGORY"}
    assert cats and all("average" in c for c in cats), cats


@pytest.mark.parametrize("gloss,scale", [("(thousands)", 1_000), ("(million transactions unless stated)", 1_000_000)])
def test_a_pipe_table_title_gloss_scales_the_cells_below_its_rule_line(extract_both, gloss, scale):
    text = (f"Table 3: Instant payments, euro area {gloss}\n\n| Item | 2023 | 2024 |\n|:---|---:|---:|\n"
            "| Instant credit transfers | 412 | 655 |\n| Share of all transfers (%) | 14.1 | 19.8 |\n"
            "| Cash withdrawals at ATMs | 2,904 | 2,761 |\n")
    cells = by_text(extract_both(text))
    assert cells["655"]["value"] == 655 * scale, cells["655"]
    assert cells["19.8"]["unit"] == "percent", cells["19.8"]
    # the row after a row glossed (%) is read in the table's own unit, not in percent
    assert cells["2,761"]["value"] == 2_761 * scale and cells["2,761"]["unit"] != "percent", cells["2,761"]


@pytest.mark.parametrize("share", ["Two-fifths", "About 38%"])
def test_a_bracketed_change_in_points_closing_a_share_clause_changes_the_share(extract_both, share):
    doc = extract_both(f"{share} of card payments were made with a mobile wallet (+3.4 points on the year).")
    q = share.split()[-1] if share.startswith("About") else share
    check(relations(doc), [("+3.4 points", "MODIFIES", q)])


def test_an_although_clause_with_its_own_subject_changes_no_figure_before_it(extract_both):
    doc = extract_both("Cheque payments numbered 112 million in 2024 (down 18%), although cash withdrawals remained "
                       "about a quarter lower than in 2019.")
    rel = relations(doc)
    check(rel, [("a quarter", "CATEGORY", "cash withdrawals")], absent=[("a quarter", "MODIFIES", "112 million")])


def test_an_although_clause_about_the_same_figure_still_changes_it(extract_both):
    doc = extract_both("Passenger numbers rose 3.1% to 82.4 million in 2024, although they remained 4.6% below "
                       "the 2019 level.")
    check(relations(doc), [("4.6%", "MODIFIES", "82.4 million")])


@pytest.mark.parametrize("bound", ["", "fewer than ", "about "])
def test_a_rate_restating_a_count_after_or_counts_what_the_count_counts(extract_both, bound):
    doc = extract_both(f"Officers recorded 2,310 burglaries in the quarter, or {bound}41.2 per 100,000 residents.")
    rate = next(q for q in by_text(doc) if q.startswith("41.2"))
    check(relations(doc), [("2,310", "CATEGORY", "burglaries"), (rate, "CATEGORY", "burglaries")])


@pytest.mark.parametrize("verb", ["owed", "used"])
def test_a_short_past_participle_after_a_part_is_no_counted_noun(extract_both, verb):
    doc = extract_both(f"Of the 2.4 million accounts in arrears, 615,000 {verb} more than £500 in the quarter.")
    rel = relations(doc)
    check(rel, [("615,000", "PART_OF", "2.4 million")], absent=[("615,000", "CATEGORY", verb)])


@pytest.mark.parametrize("phrase", ["edging past the 60% target for 2030", "short of the 60% goal for 2030"])
def test_the_time_of_a_target_dates_the_target_not_the_clause(extract_both, phrase):
    doc = extract_both(f"The share of renewables in electricity stood at 56.3%, {phrase}.")
    rel = relations(doc)
    check(rel, [("60%", "PERIOD", "for 2030")], absent=[("56.3%", "PERIOD", "for 2030")])


def test_the_time_of_an_average_compared_with_dates_no_figure(extract_both):
    doc = extract_both("Against the five-year average for 2018-2022, cheque use per head was almost 14 items lower.")
    periods = {child for head, label, child in relations(doc) if label == "PERIOD"}
    assert "for 2018-2022" not in periods, periods


def test_a_forecast_for_a_year_still_dates_the_figures_that_state_it(extract_both):
    doc = extract_both("The bank kept its growth forecast for 2025 at 1.1%.")
    check(relations(doc), [("1.1%", "PERIOD", "for 2025")])


@pytest.mark.parametrize("text,figure,value", [
    ("Roughly two in every five payments were contactless in 2024.", "two in every five", 40.0),
    ("One in every 25 cards was used abroad.", "One in every 25", 4.0),
])
def test_n_in_every_m_is_a_share(extract_both, text, figure, value):
    q = by_text(extract_both(text))[figure]
    assert q["metric"] == "SHARE" and q["value"] == pytest.approx(value), q


def test_a_gloss_part_naming_a_column_by_its_head_holds_for_that_column_only(extract_both):
    text = ("Table 2: Card payments, selected countries, 2024 (number per inhabitant; contactless share in %)\n\n"
            "Country       Payments   Share (%)\nNorway           412.6        91.2\nFrance           218.9        68.4\n")
    cells = by_text(extract_both(text))
    assert cells["412.6"]["unit"] != "percent" and cells["412.6"]["metric"] != "SHARE", cells["412.6"]
    assert cells["91.2"]["unit"] == "percent", cells["91.2"]


@pytest.mark.parametrize("noun", ["packaging", "recycling"])
def test_a_noun_in_ing_after_a_measure_is_its_category(extract_both, noun):
    doc = extract_both(f"About 12.4 million tonnes of {noun} were handled in 2023.")
    check(relations(doc), [("12.4 million tonnes", "CATEGORY", noun)])


def test_a_price_restated_as_equivalent_to_takes_the_first_price_category(extract_both):
    doc = extract_both("The levy on landfilled waste is £3.10 per kg, equivalent to £3,100 per tonne.")
    rel = relations(doc)
    cat = {c for h, l, c in rel if h == "£3.10 per kg" and l == "CATEGORY"}
    assert cat and cat == {c for h, l, c in rel if h == "£3,100 per tonne" and l == "CATEGORY"}, rel


def test_square_bracketed_note_marks_are_no_figures(extract_both):
    doc = extract_both("Card fraud losses fell to €1.2 billion in 2023 [1].\n\nNotes\n[1] Figures for 2022 were revised.\n"
                       "[2] Aggregates cover 20 countries.\n")
    texts = set(by_text(doc))
    assert "1" not in texts and "2" not in texts, texts
    assert "€1.2 billion" in texts and "20" in texts, texts


@pytest.mark.parametrize("run", ["for the third year in a row", "for a fifth month in a row"])
def test_a_run_in_a_row_names_nothing_the_subject_reached_the_level(extract_both, run):
    doc = extract_both(f"Cheque payments declined {run} to 410 million.")
    check(relations(doc), [("410 million", "CATEGORY", "Cheque payments")])


@pytest.mark.parametrize("verb", ["use", "assume"])
def test_an_indefinite_article_opens_the_phrase_after_a_verb(extract_both, verb):
    doc = extract_both(f"Per capita figures {verb} a population of 349.6 million.")
    q = by_text(doc)["349.6 million"]
    cats = {c for h, l, c in relations(doc) if h == "349.6 million" and l == "CATEGORY"}
    assert cats == {"population"} and q["unit"] == "person", (cats, q)


def test_a_share_after_a_closed_relative_clause_is_of_the_main_subject(extract_both):
    doc = extract_both("Contactless payments, which had a spending limit of €50 per transaction, made up 62% of "
                       "card payments in 2024.")
    rel = relations(doc)
    check(rel, [("62%", "CATEGORY", "Contactless payments")], absent=[("62%", "MODIFIES", "€50 per transaction")])


@pytest.mark.parametrize("bound", ["fewer than ", "about ", "nearly "])
def test_a_share_after_a_verb_of_sharing_and_a_bound_is_its_subjects(extract_both, bound):
    doc = extract_both(f"Cheques made up {bound}one in fifty payments.")
    share = next(q for q in by_text(doc) if q.endswith("fifty"))
    check(relations(doc), [(share, "CATEGORY", "Cheques")])


def test_a_gapped_second_share_of_a_verb_of_sharing_keeps_its_subject(extract_both):
    doc = extract_both("Instant transfers made up 11% of credit transfers but nearly 2% of their value.")
    check(relations(doc), [("11%", "CATEGORY", "Instant transfers"), ("2%", "CATEGORY", "Instant transfers")])


def test_a_share_opening_its_own_clause_after_and_is_not_gapped(extract_both):
    doc = extract_both("Women made up 48% of card holders and 23.5% of card holders were aged under 25.")
    cats = {c for h, l, c in relations(doc) if h == "23.5%" and l == "CATEGORY"}
    assert "Women" not in cats, cats


@pytest.mark.parametrize("name", ["Band 1", "Zone 2", "Terminal 5"])
def test_a_name_with_its_number_after_for_is_the_group(extract_both, name):
    doc = extract_both(f"Charges were £48.20 for Tier 3 and £12.10 for {name}.")
    check(relations(doc), [("£12.10", "CATEGORY", name), ("£48.20", "CATEGORY", "Tier 3")])


def test_a_rank_stated_by_verb_and_ordinal_names_the_subject_of_the_bracketed_figure(extract_both):
    doc = extract_both("Finland ranked first for instant payments per inhabitant (96), Greece last (11).")
    check(relations(doc), [("96", "CATEGORY", "Finland"), ("11", "CATEGORY", "Greece")])


def test_a_clause_after_yet_has_its_own_category(extract_both):
    doc = extract_both("Card payments rose by 10.1% to 74.6 billion in 2023, yet cash use was still about a third "
                       "higher than card use in rural areas.")
    rel = relations(doc)
    check(rel, [("a third", "CATEGORY", "cash use")], absent=[("a third", "MODIFIES", "74.6 billion")])


def test_the_time_of_a_value_compared_in_a_later_clause_is_no_baseline_of_earlier_changes(extract_both):
    doc = extract_both("Cheque volumes fell by 12.4% and 9.8% in the first and second halves respectively, yet the "
                       "total was still above the average of 410 million recorded over the five years before 2020, "
                       "and ATM withdrawals were 27% lower than the 8.4 billion made in 2019.")
    rel = relations(doc)
    check(rel, [("27%", "BASELINE", "2019")],
          absent=[("12.4%", "BASELINE", "2019"), ("9.8%", "BASELINE", "2019")])
    periods = {h for h, l, c in rel if l == "PERIOD" and c == "over the five years"}
    assert periods <= {"410 million"}, periods


def test_a_time_compared_with_still_serves_the_parallel_changes_of_its_sentence(extract_both):
    doc = extract_both("Card fraud rose by 5.5% to £552 million, and the survey counted 3.1 million incidents, 8.5% "
                       "more than a year earlier.")
    check(relations(doc), [("8.5%", "BASELINE", "a year earlier"), ("5.5%", "BASELINE", "a year earlier")])


@pytest.mark.parametrize("text,figure,unit", [
    ("The average yield was 531 kg per 10 ares.", "531 kg per 10 ares", "kilogram per 10 are"),
    ("Wholesale prices reached €412 per 60 kg in October.", "€412 per 60 kg", "euro per 60 kilogram"),
    ("New cars used 5.4 litres per 100 km on average.", "5.4 litres per 100 km", "liter per 100 kilometer"),
])
def test_a_measure_or_price_per_a_stated_quantity_is_one_unit(extract_both, text, figure, unit):
    q = by_text(extract_both(text))[figure]
    assert q["unit"] == unit, q


def test_the_base_of_a_unit_in_a_title_gloss_is_no_figure(extract_both):
    text = ("Table 4: Wheat by state (area in thousand ha; yield in kg per 10 ares)\n\n"
            "State        Area   Yield\nVictoria    1,512     231\nQueensland    998     187\n")
    cells = by_text(extract_both(text))
    assert "10" not in cells and "10 ares" not in cells, cells
    assert cells["231"]["unit"] == "kilogram per 10 are" and cells["1,512"]["value"] == 1_512_000, cells


@pytest.mark.parametrize("bound", ["some ", "about ", "nearly "])
def test_a_part_after_of_which_and_a_bound_is_named_by_its_predicate(extract_both, bound):
    doc = extract_both(f"Shipments totalled 820,000 tonnes, of which {bound}515,000 tonnes were maize.")
    check(relations(doc), [("515,000 tonnes", "CATEGORY", "maize"), ("515,000 tonnes", "PART_OF", "820,000 tonnes")])


def test_gloss_parts_naming_columns_leave_the_other_columns_alone(extract_both):
    text = ("Table 2: Incidents by region, 2023 (flights in thousands; rate per 100,000 flights)\n\n"
            "| Region | Incidents | Serious | Flights (000) | Rate |\n|---|---|---|---|---|\n"
            "| North | 41 | 3 | 612.4 | 6.70 |\n| South | 28 | 1 | 401.9 | 6.97 |\n")
    cells = by_text(extract_both(text))
    assert cells["41"]["value"] == 41 and cells["41"]["metric"] == "COUNT", cells["41"]
    assert cells["3"]["metric"] == "COUNT" and "per" not in (cells["3"]["unit"] or ""), cells["3"]
    assert cells["612.4"]["value"] == pytest.approx(612_400), cells["612.4"]
    assert cells["6.70"]["unit"] == "incident per 100,000 flights", cells["6.70"]


def test_a_so_that_clause_has_its_own_subject(extract_both):
    doc = extract_both("Airlines carried 4.2 billion passengers (+9.1%), so that traffic was within 3% of the 2019 "
                       "level.")
    rel = relations(doc)
    check(rel, [("3%", "CATEGORY", "traffic")], absent=[("3%", "MODIFIES", "4.2 billion")])


@pytest.mark.parametrize("part,state", [("one was", "fatal"), ("17 were", "serious")])
def test_a_part_whose_predicate_is_a_state_counts_what_its_whole_counts(extract_both, part, state):
    doc = extract_both(f"Inspectors recorded 240 collisions in the year, of which {part} {state}.")
    figure = part.split()[0]
    q = by_text(doc)[figure]
    rel = relations(doc)
    check(rel, [(figure, "PART_OF", "240")], absent=[(figure, "CATEGORY", state)])
    assert q["unit"] == "collision", q


def test_revenue_passenger_km_is_a_unit(extract_both):
    q = by_text(extract_both("Airlines flew 8.7 trillion revenue passenger-km in 2023."))["8.7 trillion revenue passenger-km"]
    assert q["unit"] == "passenger kilometer" and q["value"] == 8.7e12, q


@pytest.mark.parametrize("text,figure,value", [
    ("Roasted coffee exports stayed below half a million bags.", "half a million", 500_000),
    ("The fund reached half a billion euros in 2024.", "half a billion euros", 500_000_000),
    ("Half a dozen terminals reopened.", "Half a dozen", 6),
])
def test_half_a_scale_is_a_number(extract_both, text, figure, value):
    q = by_text(extract_both(text))[figure]
    assert q["value"] == value and q["metric"] != "SHARE", q


@pytest.mark.parametrize("text,figure,unit", [
    ("Arabica fetched INR 150 per pound in September.", "INR 150 per pound", "indian rupee per pound"),
    ("Robusta traded at 205 US cents per lb.", "205 US cents per lb", "cent per pound"),
])
def test_a_price_per_pound_is_per_a_weight(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


def test_the_size_of_a_counted_bag_is_no_figure_a_change_is_of(extract_both):
    doc = extract_both("Shipments rose to 4.8 million bags of 60 kg in the coffee year 2023-24, an increase of 6.2%.")
    cells = by_text(doc)
    assert "60 kg" not in cells, cells
    check(relations(doc), [("6.2%", "MODIFIES", "4.8 million"), ("4.8 million", "PERIOD", "in the coffee year 2023-24")])


@pytest.mark.parametrize("phrase", ["in the 2024/25 marketing year", "in the sugar year 2023-24",
                                    "in the academic year 2023-24"])
def test_named_years_of_a_trade_or_school_are_periods(extract_both, phrase):
    doc = extract_both(f"Output reached 6.5 million tonnes {phrase}.")
    check(relations(doc), [("6.5 million tonnes", "PERIOD", phrase)])


@pytest.mark.parametrize("direction", ["up", "down"])
def test_a_revised_earlier_estimate_of_a_rate_is_a_level(extract_both, direction):
    doc = extract_both(f"The detection rate for 2023 has been revised {direction} from 15.1% to 15.3%.")
    cells = by_text(doc)
    assert cells["15.1%"]["metric"] == "SHARE" == cells["15.3%"]["metric"], cells


def test_a_singular_and_plural_compound_counts_the_plural(extract_both):
    q = by_text(extract_both("Officers carried out 41,220 stop and searches in the quarter."))["41,220"]
    assert q["unit"] == "search", q


@pytest.mark.parametrize("verb", ["led", "went", "took"])
def test_a_ratio_share_before_an_irregular_past_counts_its_plural(extract_both, verb):
    doc = extract_both(f"About one in six searches {verb} to an arrest.")
    check(relations(doc), [("one in six", "CATEGORY", "searches")])


@pytest.mark.parametrize("text,figure,unit", [
    ("New petrol cars emitted 121.6 g/km on average.", "121.6 g/km", "gram per kilometer"),
    ("Grid intensity fell to 182 gCO2/kWh in 2024.", "182 gCO2/kWh", "gram per kilowatt hour"),
])
def test_emission_intensities_with_a_slash_are_one_unit(extract_both, text, figure, unit):
    q = by_text(extract_both(text))[figure]
    assert q["unit"] == unit and q["metric"] == "AMOUNT", q


def test_one_noun_in_n_is_a_share(extract_both):
    q = by_text(extract_both("Electric cars made up 3.3% of the fleet, or roughly one vehicle in thirty."))[
        "one vehicle in thirty"]
    assert q["metric"] == "SHARE" and q["value"] == pytest.approx(3.333, abs=0.01), q


def test_a_time_accounting_for_a_count_is_no_category_of_it(extract_both):
    doc = extract_both("September alone accounted for 301,700 first registrations.")
    cats = {c for h, l, c in relations(doc) if h == "301,700" and l == "CATEGORY"}
    assert cats and not any("September" in c for c in cats), cats


@pytest.mark.parametrize("label", ["a year earlier", "previous quarter"])
def test_a_bracketed_earlier_value_under_a_time_label_keeps_the_rate(extract_both, label):
    doc = extract_both(f"Refusals averaged about 38 per 1,000 applications ({label}: 35).")
    assert by_text(doc)["35"]["unit"] == by_text(doc)["38 per 1,000 applications"]["unit"]


def test_a_name_after_a_rank_cue_inside_a_phrase_is_the_bracketed_figures(extract_both):
    doc = extract_both("Balances ranged from -10% in Italy to 12% in Germany, which ranked first ahead of France (7%).")
    check(relations(doc), [("7%", "CATEGORY", "France")])


def test_the_time_of_a_named_earlier_value_after_of_the_is_its_own(extract_both):
    doc = extract_both("Loans to firms grew 1.1% in September, still far short of the 3.2% recorded in September 2019.")
    rel = relations(doc)
    check(rel, [("1.1%", "PERIOD", "in September")], absent=[("1.1%", "PERIOD", "in September 2019")])


def test_a_rate_base_at_risk_stays_in_the_span_and_restated_values_keep_the_rate(extract_both):
    doc = extract_both("Mortality stood at 13.7 deaths per 100,000 population at risk (2022: 14.0).")
    cells = by_text(doc)
    rate = cells["13.7 deaths per 100,000 population at risk"]
    assert rate["unit"] == "death per 100,000 population", rate
    assert cells["14.0"]["unit"] == rate["unit"], cells["14.0"]


def test_respective_places_after_an_article_are_each_figures_group(extract_both):
    doc = extract_both("Incidence was 219 in the African Region, against 2.7 and 1.9 in the South-East Asia and "
                       "Western Pacific Regions respectively.")
    check(relations(doc), [("2.7", "CATEGORY", "South-East Asia"), ("1.9", "CATEGORY", "Western Pacific Regions")])


@pytest.mark.parametrize("people,bound", [("mothers", "under"), ("drivers", "over")])
def test_an_age_bound_after_a_people_noun_is_an_age(extract_both, people, bound):
    doc = extract_both(f"About 9.2% of births were to {people} {bound} 25 in 2024.")
    q = by_text(doc)["25"]
    assert q["unit"] == "year" and q["metric"] == "AMOUNT", q


def test_a_share_restated_in_brackets_after_its_whole_counts_the_whole(extract_both):
    doc = extract_both("More than a quarter of children (26.4%) had a mother of foreign nationality.")
    check(relations(doc), [("a quarter", "CATEGORY", "children"), ("26.4%", "CATEGORY", "children")])


def test_a_since_time_right_after_a_later_change_dates_no_level_before_it(extract_both):
    doc = extract_both("Roughly one in nine births (11.2%) was to a mother aged 40 or over, a share that has risen "
                       "by 4.1 percentage points since 2019.")
    rel = relations(doc)
    check(rel, [("4.1 percentage points", "BASELINE", "2019")], absent=[("11.2%", "PERIOD", "since 2019")])


def test_a_since_time_still_dates_a_cumulative_count(extract_both):
    doc = extract_both("There have been 733 laboratory confirmed measles cases since 1 October 2023.")
    check(relations(doc), [("733", "PERIOD", "since 1 October 2023")])


def test_a_titles_percent_change_is_the_column_that_says_so(extract_both):
    text = ("Table 1. Registered births and natural change by region, 2024 (number and % change on 2023)\n\n"
            "Region        Births    Change (%)   Natural change\nNorth         12,410      -1.3          -2,120\n"
            "South         18,950      +0.7          +1,340\n")
    cells = by_text(extract_both(text))
    assert cells["-1.3"]["unit"] == "percent", cells["-1.3"]
    assert cells["-2,120"]["unit"] != "percent" and cells["+1,340"]["unit"] != "percent", cells


def test_the_time_after_a_value_named_with_a_participle_dates_that_value(extract_both):
    doc = extract_both("Additions were more than three times the 176 GW installed in 2019.")
    rel = relations(doc)
    check(rel, [("176 GW", "PERIOD", "in 2019")], absent=[("three times", "PERIOD", "in 2019")])


def test_a_rank_stated_with_with_names_the_subject(extract_both):
    doc = extract_both("China ranked first by a wide margin with 278 GW of new capacity.")
    check(relations(doc), [("278 GW", "CATEGORY", "China")])


def test_the_time_of_a_peak_a_later_fall_is_measured_from_dates_no_figure(extract_both):
    doc = extract_both("Office conversions supplied 6,240 homes in 2024-25, although they have fallen by two thirds "
                       "since their peak in 2016-17.")
    rel = relations(doc)
    check(rel, [("6,240", "PERIOD", "in 2024-25")], absent=[("6,240", "PERIOD", "in 2016-17")])


def test_a_noun_of_change_as_subject_does_not_make_a_count_after_by_a_change(extract_both):
    q = by_text(extract_both("Gains were offset by 5,360 demolitions."))["5,360"]
    assert q["metric"] == "COUNT", q


def test_examples_after_such_as_are_no_part_of_the_counted_noun(extract_both):
    q = by_text(extract_both("The total included 2,410 other gains such as caravans."))["2,410"]
    assert q["unit"] == "gain", q


def test_a_change_column_changes_the_latest_financial_year_cell(extract_both):
    text = ("Table 1: Receipts by tax, April to September (£ billion)\n\n"
            "Tax                2024-25   2023-24   Change\nVAT                   93.4      89.5     +3.9\n"
            "Fuel duties           12.3      12.5     -0.2\n")
    rel = relations(extract_both(text))
    check(rel, [("+3.9", "MODIFIES", "93.4"), ("-0.2", "MODIFIES", "12.3")],
          absent=[("+3.9", "MODIFIES", "89.5")])


def test_the_first_months_of_a_named_year_are_one_period(extract_both):
    doc = extract_both("Receipts over the first six months of the tax year reached £413.3 billion.")
    check(relations(doc), [("£413.3 billion", "PERIOD", "over the first six months of the tax year")])


@pytest.mark.parametrize("text,figure,value,unit", [
    ("Exports rose from 1.2 to 1.5 million tonnes in 2024.", "1.2", 1_200_000, "ton"),
    ("Throughput was revised up from 3.93 to 3.95 million TEU.", "3.93", 3_930_000, "teu"),
    ("The vacancy rate fell from 4.2 to 3.9 percent.", "4.2", 4.2, "percent"),
])
def test_a_from_value_takes_the_scale_and_unit_written_after_to(extract_both, text, figure, value, unit):
    q = by_text(extract_both(text))[figure]
    assert q["value"] == pytest.approx(value) and q["unit"] == unit, q


def test_respective_names_before_with_take_the_listed_shares(extract_both):
    doc = extract_both("Hamburg ranked third with 18.9% of the market, behind Rotterdam and Antwerp-Bruges with 32.4% "
                       "and 30.7% respectively.")
    check(relations(doc), [("32.4%", "CATEGORY", "Rotterdam"), ("30.7%", "CATEGORY", "Antwerp-Bruges")])


def test_a_rate_per_a_round_number_of_hours_is_one_figure(extract_both):
    doc = extract_both("Lost-time injuries fell to 1.9 per 100,000 hours worked in 2024.")
    cells = by_text(doc)
    assert "100,000 hours" not in cells, cells
    q = cells["1.9 per 100,000 hours worked"]
    assert q["metric"] == "SHARE" and q["unit"].endswith("per 100,000 hours worked"), q


def test_a_value_a_multiple_is_of_is_no_figure_a_later_multiple_modifies(extract_both):
    doc = extract_both("Additions were more than three times the 176 GW installed in 2019 and almost double the "
                       "2019-2023 average of about 302 GW.")
    check(relations(doc), [("double", "BASELINE", "the 2019-2023 average")], absent=[("double", "MODIFIES", "176 GW")])
