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
