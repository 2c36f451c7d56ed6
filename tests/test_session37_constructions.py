"""Session 37's constructions (GUIDELINES C37-1..), each written anew from how labour-market, agricultural,
immigration and crop-outlook releases state their figures."""

import pytest

from conftest import by_text, check, quantities, relations


@pytest.mark.parametrize("text,figure", [
    ("Industrial action cost 48,000 working days in March, down from the 61,000 days lost in February.", "61,000 days"),
    ("Across the year, 1.4 million days were lost to strikes in the public sector.", "1.4 million days"),
    ("Air quality was rated good on 287 days of the year, and 9 days of heavy pollution were recorded.",
     "9 days"),
])
def test_days_that_are_counted_are_a_count(extract_both, text, figure):
    q = by_text(extract_both(text))[figure]
    assert q["unit"] == "day" and q["metric"] == "COUNT", q


@pytest.mark.parametrize("text,figure", [
    ("The longest stoppage lasted 44 days.", "44 days"),
    ("Refunds are paid within 30 days of receipt of the claim.", "30 days"),
])
def test_a_length_of_time_stays_an_amount(extract_both, text, figure):
    q = by_text(extract_both(text))[figure]
    assert q["unit"] == "day" and q["metric"] == "AMOUNT", q


def test_a_column_of_working_days_lost_counts_days(extract_both):
    text = ("Table 2: Industrial disputes by sector, 2024\n\nSector | Working days lost (thousands) | Stoppages in "
            "progress\nEducation | 64 | 31\nTransport | 41 | 58\n")
    cells = by_text(extract_both(text))
    assert cells["64"]["unit"] == "day" and cells["64"]["metric"] == "COUNT" and cells["64"]["value"] == 64000
    assert cells["31"]["unit"] == "stoppage", cells["31"]


@pytest.mark.parametrize("header,cell,unit", [
    ("Claims in payment", "8,140", "claim"),
    ("Visitors from abroad", "8,140", "visitor"),
])
def test_a_plural_opening_a_column_header_counts_its_cells(extract_both, header, cell, unit):
    text = (f"Table 4: Caseload by district, 2024\n\nDistrict | {header} | Change (%)\nNorth | 8,140 | +2.1\n"
            "South | 6,905 | -0.4\n")
    assert by_text(extract_both(text))[cell]["unit"] == unit


def test_a_rate_s_base_is_never_a_figure(extract_both):
    doc = extract_both("Deaths per 100,000 people fell in every region, and admissions per 1,000 residents rose.")
    assert not any(q["value"] in (100000, 1000) for q in quantities(doc)), quantities(doc)


def test_a_rate_stated_again_with_its_base_keeps_the_counted_noun(extract_both):
    text = ("The number of working days lost per 1,000 employees was 12 in 2024, against a recent low of 3 "
            "(4 per 1,000 employees in 2019).")
    doc = extract_both(text)
    q = by_text(doc)["4 per 1,000 employees"]
    assert q["unit"] == "day per 1,000 employees", q
    assert by_text(doc)["12"]["unit"] == "day per 1,000 employees"
    assert not any(x["value"] == 1000 for x in quantities(doc))


@pytest.mark.parametrize("text,figure,unit", [
    ("London accounted for 2,300 rough sleepers seen during the quarter.", "2,300", "sleeper"),
    ("The construction sector accounted for 7,150 fatal injuries reported to inspectors.", "7,150", "injury"),
])
def test_a_share_verb_s_count_takes_the_head_of_the_phrase_after_it(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


def test_a_list_led_by_a_count_continues_its_unit_and_items(extract_both):
    text = ("Retail accounted for 52,000 vacancies (18% of the total), followed by hospitality with 41,000 (14%) "
            "and health and social care with 38,000 (13%).")
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells["41,000"]["unit"] == "vacancy" and cells["38,000"]["unit"] == "vacancy", cells
    check(relations(doc), [("41,000", "CATEGORY", "hospitality"), ("38,000", "CATEGORY", "health and social care")])


def test_nationals_listed_after_followed_by_stay_people(extract_both):
    text = ("Afghans were the most common nationality among small boat arrivals in the first half of the year (5,100, "
            "or 21%), followed by Iranians (2,240) and Syrians (1,870).")
    assert by_text(extract_both(text))["2,240"]["unit"] == "person"


def test_an_interjected_figure_with_its_time_states_the_whole_subject(extract_both):
    text = ("The number of households living in temporary accommodation, at 117,450 in June 2024, was the highest "
            "since records began.")
    doc = extract_both(text)
    assert by_text(doc)["117,450"]["unit"] == "household"
    check(relations(doc), [("117,450", "CATEGORY", "households living in temporary accommodation")])


def test_a_title_describing_a_plural_after_of_counts_it(extract_both):
    text = ("Table 3. Regional distribution of apprentices, 2023 and 2024 (numbers in thousands)\n\nRegion | 2023 | "
            "2024\nNorth East | 18.4 | 17.9\nPublic sector | 22.1 | 23.6\n")
    cells = by_text(extract_both(text))
    assert cells["18.4"]["unit"] == "apprentice" and cells["22.1"]["unit"] == "apprentice", cells


def test_a_change_whose_object_names_what_changed_modifies_no_earlier_figure(extract_both):
    text = ("Flooding closed 14 stations on the western line, which cut the number of trains run by about a third.")
    doc = extract_both(text)
    rel = relations(doc)
    check(rel, [("a third", "CATEGORY", "trains run")])
    assert not any(h == "a third" and label == "MODIFIES" for h, label, _ in rel), rel


@pytest.mark.parametrize("text,change,level,unit", [
    ("The 2025 forecast for barley exports is raised 0.4 million tonnes to 6.2 million on strong early sales.",
     "0.4 million tonnes", "6.2 million", "ton"),
    ("Projected ending stocks are lifted 30 million bushels to 1,720 million.", "30 million bushels", "1,720 million",
     "bushel"),
])
def test_a_forecast_raised_to_a_level_is_a_change_of_that_level(extract_both, text, change, level, unit):
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells[change]["metric"] == "CHANGE" and cells[change]["direction"] == "up", cells[change]
    assert cells[level]["unit"] == unit and cells[level]["metric"] == "AMOUNT", cells[level]
    check(relations(doc), [(change, "MODIFIES", level)])


def test_money_raised_stays_money(extract_both):
    q = by_text(extract_both("The winter appeal raised £2.4 million for food banks."))["£2.4 million"]
    assert q["metric"] == "MONEY" and q["direction"] is None, q


def test_a_conjunction_is_no_category(extract_both):
    text = ("Only 9 plants (3%) breached the limit, yet these 9 produced almost half (47%) of all emissions.")
    rel = relations(extract_both(text))
    assert not any(label == "CATEGORY" and child.lower().startswith("yet") for _, label, child in rel), rel


def test_an_adjective_after_degree_words_is_no_category(extract_both):
    text = ("Compared with a year ago, sales were up 14.2%, whereas growth in Tasmania was a more modest 3.9%.")
    rel = relations(extract_both(text))
    check(rel, [("3.9%", "CATEGORY", "growth in Tasmania")])


def test_a_title_s_rate_is_not_the_unit_of_a_column_of_counts(extract_both):
    text = ("Table 5. Measles cases and notification rates per 100,000 population, selected countries, 2023-2024\n\n"
            "Country      Cases 2023   Cases 2024   Rate 2024\nAustria          186          542        5.9\n"
            "Belgium          104          388        3.3\n")
    cells = by_text(extract_both(text))
    assert cells["542"]["unit"] == "case" and cells["542"]["metric"] == "COUNT", cells["542"]
    assert cells["5.9"]["unit"] == "notification per 100,000 population" and cells["5.9"]["metric"] == "SHARE"


def test_a_heading_above_a_blank_line_declares_the_list_s_rate(extract_both):
    text = ("Hospitalisation by region, 2024 (admissions per 100,000 population)\n\n- Capital: 41.6\n- Coast: 37.2\n")
    q = by_text(extract_both(text))["41.6"]
    assert q["unit"] == "admission per 100,000 population" and q["metric"] == "SHARE", q


@pytest.mark.parametrize("text,figure,metric", [
    ("In four regions the proportion of renewable power exceeded 60%.", "60%", "SHARE"),
    ("Occupancy in coastal hotels topped 92 percent in August.", "92 percent", "SHARE"),
    ("Annual inflation exceeded 4% for the first time since 2023.", "4%", "CHANGE"),
])
def test_a_level_passed_is_no_change(extract_both, text, figure, metric):
    assert by_text(extract_both(text))[figure]["metric"] == metric


def test_a_rate_per_population_modifies_no_count(extract_both):
    text = ("In 2024, 2,418 cases of pertussis were notified nationally, a notification rate of 12.6 per 100,000 "
            "population.")
    rel = relations(extract_both(text))
    assert not any(h == "12.6 per 100,000 population" and label == "MODIFIES" for h, label, _ in rel), rel
    check(rel, [("12.6 per 100,000 population", "CATEGORY", "notification rate")])


def test_a_figure_interjected_after_a_subject_with_with_is_the_subject_s(extract_both):
    text = ("Sea freight handled by EU ports fell to 3.4 billion tonnes in 2023; the Netherlands, with 0.57 billion "
            "tonnes, handled the largest share (17%).")
    check(relations(extract_both(text)), [("0.57 billion tonnes", "CATEGORY", "Netherlands")])


def test_figures_ranked_ahead_of_another_are_no_parts_of_it(extract_both):
    text = ("Istanbul remained the busiest airport in the region in 2024, with 80.1 million passengers, ahead of "
            "Dubai (77.4 million) and Doha (52.7 million).")
    rel = relations(extract_both(text))
    assert not any(label == "PART_OF" for _, label, _ in rel), rel
    check(rel, [("77.4 million", "CATEGORY", "Dubai")])


def test_a_bracketed_figure_of_both_items_names_both(extract_both):
    text = "Compared with 2023, the weakest growth was recorded in Malta and Cyprus (both +2.4%)."
    check(relations(extract_both(text)), [("+2.4%", "CATEGORY", "Malta and Cyprus")])


def test_a_set_named_by_one_of_the_n_is_modified_by_no_change(extract_both):
    text = ("At the end of March, 412,000 people were waiting for one of the 12 listed procedures, an increase of "
            "9,300 on the previous month.")
    check(relations(extract_both(text)), [("9,300", "MODIFIES", "412,000")])


def test_the_time_of_a_compared_value_dates_it_past_its_bracketed_share(extract_both):
    text = ("Older people made 505 million free bus journeys, 16% of all journeys, compared with 741 million (19%) in "
            "the year ending March 2019.")
    rel = relations(extract_both(text))
    check(rel, [("741 million", "PERIOD", "in the year ending March 2019")])
    assert not any(h == "505 million" and label == "PERIOD" for h, label, _ in rel), rel


def test_a_gapped_change_after_and_by_is_the_first_change_s_subject(extract_both):
    text = ("Average rents in the capital rose by 6.1% in the year to June, above the 5.2% increase recorded a year "
            "earlier, and by 2.4% after adjusting for inflation.")
    check(relations(extract_both(text)), [("2.4%", "CATEGORY", "Average rents in the capital")])


def test_a_price_per_a_round_quantity_of_a_measure_is_one_figure(extract_both):
    text = ("Average household gas prices stood at €11.4 per 100 kWh in the second half of 2024, compared with the "
            "first half of the year (€12.0), and were highest in Sweden (€21.3) and Denmark (€17.9).")
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells["€11.4 per 100 kWh"]["unit"] == "euro per 100 kilowatt hour", cells
    assert cells["€21.3"]["unit"] == "euro per 100 kilowatt hour" and cells["€12.0"]["unit"] == \
        "euro per 100 kilowatt hour", cells
    assert not any(q["value"] == 100 for q in quantities(doc)), quantities(doc)


def test_a_heading_s_price_per_a_quantity_of_a_measure_is_money(extract_both):
    text = ("Table 2: Household gas prices, selected countries (EUR per 100 kWh, all taxes included)\n\nCountry     "
            "S1 2024    S2 2024\nAustria       12.9       11.7\nFrance        11.0       10.6\n")
    doc = extract_both(text)
    q = by_text(doc)["11.7"]
    assert q["unit"] == "euro per 100 kilowatt hour" and q["metric"] == "MONEY", q
    assert not any(x["value"] == 100 for x in quantities(doc)), quantities(doc)


def test_a_superlative_s_second_object_ranks_the_same_subject(extract_both):
    text = ("Manchester recorded the most company registrations (9,410) and dissolutions (8,870) of any city outside "
            "London.")
    cells = by_text(extract_both(text))
    assert cells["8,870"]["unit"] == "dissolution" and cells["9,410"]["unit"] == "registration", cells
    check(relations(extract_both(text)), [("8,870", "CATEGORY", "Manchester")])


def test_places_listed_after_a_superlative_keep_their_own_names(extract_both):
    text = "The highest unemployment rates were recorded in Tarapacá (9.4%) and Ñuble (9.0%)."
    check(relations(extract_both(text)), [("9.4%", "CATEGORY", "Tarapacá"), ("9.0%", "CATEGORY", "Ñuble")])


@pytest.mark.parametrize("text,change,baseline", [
    ("The index averaged 131.2 points in May, up 1.1 percent from its revised April value.", "1.1 percent",
     "its revised April value"),
    ("The index averaged 131.2 points in May, 3.4 percent higher than its level a year earlier.", "3.4 percent",
     "its level a year earlier"),
    ("Dairy prices were 9.2 percent below their May 2023 value.", "9.2 percent", "their May 2023 value"),
])
def test_a_baseline_named_by_its_own_earlier_value(extract_both, text, change, baseline):
    check(relations(extract_both(text)), [(change, "BASELINE", baseline)])


def test_a_ratio_of_two_counts_is_per_the_second(extract_both):
    text = ("Job vacancies fell to 41,300 in March, and the ratio of job vacancies to unemployed persons eased to 0.92, "
            "from 0.97 in December.")
    cells = by_text(extract_both(text))
    for figure in ("0.92", "0.97"):
        assert cells[figure]["unit"] == "vacancy per person" and cells[figure]["metric"] == "SHARE", cells[figure]
    rel = relations(extract_both(text))
    assert not any(h in ("0.92", "0.97") and label in ("PART_OF", "MODIFIES") for h, label, _ in rel), rel


def test_a_change_s_own_noun_after_it_is_no_category(extract_both):
    text = "Payroll employment rose by 18,400 in the quarter, above the 9,700 increase in the previous quarter."
    check(relations(extract_both(text)), [("9,700", "CATEGORY", "Payroll employment")])


def test_a_rate_column_names_what_it_counts(extract_both):
    text = ("Table 3: Recorded offences and arrests, 2021 to 2024\n\nYear      Arrests    Offences    Offences per 1,000 "
            "people\n2023       54,000     412,000        31.6\n2024       57,200     398,500        30.4\n")
    q = by_text(extract_both(text))["30.4"]
    assert q["unit"] == "offense per 1,000 people" and q["metric"] == "SHARE", q


def test_a_singular_and_a_plural_after_a_figure_are_one_counted_noun(extract_both):
    doc = extract_both("The charity now employs 340 staff and volunteers across its 12 shelters.")
    check(relations(doc), [("340", "CATEGORY", "staff and volunteers")])


def test_a_month_closing_a_row_label_is_the_row_s_period(extract_both):
    text = ("Table 1: Headline indicators\n\nIndicator                         Level    Change on month    Change on year\n"
            "Claimant count (thousands), March    1,612        +18                +96\n"
            "Payrolled employees (millions), February    30.4    +0.02    +0.3\n")
    rel = relations(extract_both(text))
    check(rel, [("1,612", "PERIOD", "March"), ("30.4", "PERIOD", "February")])


@pytest.mark.parametrize("text,period", [
    ("Household consumption rose 0.5% in September quarter 2024, after a 0.2% fall.", "in September quarter 2024"),
    ("In calendar year 2024, merchandise exports rose 3.1% to $612 billion.", "In calendar year 2024"),
    ("In the 2024 calendar year, merchandise exports rose 3.1% to $612 billion.", "In the 2024 calendar year"),
])
def test_named_years_and_quarters_are_periods(extract_both, text, period):
    doc = extract_both(text)
    assert any(s["label"] == "PERIOD" and doc["text"][s["start"] : s["end"]] == period for s in doc["spans"]), \
        [doc["text"][s["start"] : s["end"]] for s in doc["spans"]]


@pytest.mark.parametrize("text,figures", [
    ("Inventories fell 0.4% to $98.2 billion, and the inventory-to-sales ratio eased from 1.58 in May to 1.55 in June.",
     ("1.58", "1.55")),
    ("The ratio of urban to rural disposable income narrowed to 2.34 in 2024.", ("2.34",)),
])
def test_a_ratio_of_two_amounts_is_so_many_times(extract_both, text, figures):
    cells = by_text(extract_both(text))
    for figure in figures:
        assert cells[figure]["unit"] == "times" and cells[figure]["metric"] == "SHARE", cells[figure]
