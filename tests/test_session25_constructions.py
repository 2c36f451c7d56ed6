"""Session 25's constructions (GUIDELINES C25-1..), each written anew from how central banks, statistics offices,
police services and port authorities state figures: a rate moved by a number of points from one level to another,
balances stated as shares of GDP, comparisons restated in brackets, subjects whose participle carries a place."""

import pytest

from conftest import by_text, relations


def test_a_colon_in_an_earlier_sentence_of_the_paragraph_declares_no_unit_for_later_figures(extract_both):
    text = ("Dry bulk throughput fell by 6.4% to 18.2 million tonnes: coal fell by 11.0% to 4.9 million tonnes "
            "and iron ore was stable. In 2023, 14,906 inland vessels called at the terminals, 3.1% fewer than a year "
            "before, of which 2,215 were tankers.")
    figures = by_text(extract_both(text))
    for count, unit in (("14,906", "vessel"), ("2,215", "tanker")):
        assert (figures[count]["unit"], figures[count]["metric"]) == (unit, "COUNT"), figures[count]


@pytest.mark.parametrize("time", ["the end of the third quarter of 2022", "the end of the fourth quarter of 2021"])
def test_compared_with_the_end_of_a_quarter_is_the_baseline_of_the_changes_not_a_period(extract_both, time):
    text = (f"Compared with {time}, the debt ratio fell in 15 of the 20 regions, with the steepest falls in "
            "Liguria (-3.1 pp) and Umbria (-2.4 pp).")
    rel = relations(extract_both(text))
    assert ("-3.1 pp", "BASELINE", time) in rel, sorted(rel)
    assert ("-2.4 pp", "BASELINE", time) in rel, sorted(rel)
    assert not [r for r in rel if r[1] == "PERIOD"], sorted(rel)


def test_the_time_of_a_value_compared_after_than_the_noun_of_dates_that_value_only(extract_both):
    text = ("In the year ended March 2024, the annual services balance was a deficit of $2.7 billion, $0.9 billion "
            "smaller than the deficit of $3.6 billion in the year ended March 2023, as annual travel exports rose "
            "6.2 percent to $11.4 billion.")
    rel = relations(extract_both(text))
    assert ("$3.6 billion", "PERIOD", "in the year ended March 2023") in rel, sorted(rel)
    assert ("$11.4 billion", "PERIOD", "In the year ended March 2024") in rel, sorted(rel)


@pytest.mark.parametrize("text,change,level", [
    ("Punctuality was 88.3% in April, up from 86.9% in March but 1.2 percentage points lower than in April 2023 "
     "(89.5%).", "1.2 percentage points", "88.3%"),
    ("Ferry crossings totalled 3,480 in July, down from 3,615 in June but 140 more than in July 2023.", "140", "3,480"),
])
def test_a_change_after_the_value_a_level_moved_from_compares_the_level(extract_both, text, change, level):
    rel = relations(extract_both(text))
    assert (change, "MODIFIES", level) in rel, sorted(rel)


@pytest.mark.parametrize("bracket", ["(an increase of 6%)", "(up 6%)", "(a rise of 6%)"])
def test_a_bracket_restating_a_change_in_percent_shares_its_baseline(extract_both, bracket):
    text = f"Officers recorded 9,730 thefts of vehicles in 2023-24, 551 more than in 2022-23 {bracket}."
    rel = relations(extract_both(text))
    assert ("551", "BASELINE", "2022-23") in rel, sorted(rel)
    assert ("6%", "BASELINE", "2022-23") in rel, sorted(rel)


@pytest.mark.parametrize("verb,direction", [("lowered", "down"), ("cut", "down"), ("raised", "up")])
def test_a_rate_moved_by_points_from_one_level_to_another(extract_both, verb, direction):
    text = f"The Board {verb} the repo rate by 25 basis points, from 6.50 percent to 6.25 percent, on Thursday."
    doc = extract_both(text)
    rel = relations(doc)
    assert ("25 basis points", "MODIFIES", "6.25 percent") in rel, sorted(rel)
    assert ("6.50 percent", "CATEGORY", "repo rate") in rel, sorted(rel)
    assert ("6.25 percent", "CATEGORY", "repo rate") in rel, sorted(rel)
    assert by_text(doc)["25 basis points"]["direction"] == direction


def test_money_raised_is_no_change(extract_both):
    figure = by_text(extract_both("The appeal raised £3.4 million for flood relief in 2023."))["£3.4 million"]
    assert figure["metric"] == "MONEY", figure


@pytest.mark.parametrize("subject", ["total recorded fraud in Wales", "seasonally adjusted exports in the EU",
                                     "recorded burglary in Tayside"])
def test_a_subject_premodified_by_a_participle_keeps_its_place(extract_both, subject):
    text = f"Over the last decade, {subject} has grown by 14%."
    rel = relations(extract_both(text))
    assert ("14%", "CATEGORY", subject) in rel, sorted(rel)


def test_balances_stated_as_shares_of_gdp_and_the_items_listed_after_them_are_shares(extract_both):
    text = ("Six Member States recorded a budget surplus in 2023, led by Denmark (+3.3% of GDP), Cyprus (+3.1%) "
            "and Ireland (+1.7%), while the largest deficits were in Italy (-7.2% of GDP) and Hungary (-6.7%).")
    figures = by_text(extract_both(text))
    for cell in ("+3.3%", "+3.1%", "+1.7%", "-7.2%", "-6.7%"):
        assert figures[cell]["metric"] == "SHARE", figures[cell]


def test_a_share_of_gdp_and_the_next_places_figure_are_both_shares(extract_both):
    text = "The government deficit stood at 3.4% of GDP in the euro area and 3.5% in the EU in the third quarter."
    figures = by_text(extract_both(text))
    assert figures["3.4%"]["metric"] == "SHARE" and figures["3.5%"]["metric"] == "SHARE", figures


def test_a_change_after_a_share_of_gdp_stays_a_change(extract_both):
    text = "Vans drove 61.1 billion miles in 2023, a fifth of all traffic in Scotland and 1.9% more than in 2022."
    assert by_text(extract_both(text))["1.9%"]["metric"] == "CHANGE"


@pytest.mark.parametrize("subject,unit", [("Crimes against society", "crime"), ("Offences against the person", "offense")])
def test_the_counted_noun_of_a_subject_comes_before_against(extract_both, subject, unit):
    text = f"{subject} increased by 5% to 48,210 in 2023-24."
    doc = extract_both(text)
    assert by_text(doc)["48,210"]["unit"] == unit, by_text(doc)["48,210"]
    assert ("48,210", "CATEGORY", subject) in relations(doc)


@pytest.mark.parametrize("approx", ["about", "around", "some"])
def test_a_change_restated_in_brackets_with_about_before_its_comparative_is_a_change(extract_both, approx):
    text = f"In the March quarter, filled jobs were 0.9 percent ({approx} 24,000) lower than a year earlier."
    doc = extract_both(text)
    figures = by_text(doc)
    assert figures["0.9 percent"]["metric"] == "CHANGE" and figures["24,000"]["metric"] == "CHANGE", figures
    rel = relations(doc)
    assert ("0.9 percent", "BASELINE", "a year earlier") in rel, sorted(rel)
    assert ("24,000", "BASELINE", "a year earlier") in rel, sorted(rel)


@pytest.mark.parametrize("text,level,subject", [
    ("Recorded crime rose by 3% to 84,300, with fraud up 22% to 19,750, while vandalism fell to 6,020.",
     "19,750", "fraud"),
    ("Headline: canola exports up 11.5% to 7.2 Mt in the crop year", "7.2 Mt", "canola exports"),
    ("Exports rose 4% in May, with dairy up 12% to $1.9 billion and meat down 3% to $640 million.",
     "$640 million", "meat"),
])
def test_the_level_an_absolute_change_reaches_is_its_subjects(extract_both, text, level, subject):
    rel = relations(extract_both(text))
    assert (level, "CATEGORY", subject) in rel, sorted(rel)


def test_a_subject_whose_period_has_a_bracketed_gloss_is_found_past_both(extract_both):
    text = ("Ferry passengers in July to September 2023 (Quarter 2 of 2023-24) have been revised down by 0.4 million, "
            "to 61.2 million, after a late return from one operator.")
    rel = relations(extract_both(text))
    assert ("61.2 million", "CATEGORY", "Ferry passengers") in rel, sorted(rel)
    assert ("0.4 million", "MODIFIES", "61.2 million") in rel, sorted(rel)


@pytest.mark.parametrize("balance", ["surplus", "deficit"])
def test_a_balance_revised_from_one_figure_to_another_is_the_subjects(extract_both, balance):
    text = (f"The quarterly current account balance for March 2024 has been revised from a {balance} of $3.9 billion "
            f"to a {balance} of $3.6 billion.")
    rel = relations(extract_both(text))
    for figure in ("$3.9 billion", "$3.6 billion"):
        assert (figure, "CATEGORY", "quarterly current account balance") in rel or \
            (figure, "CATEGORY", "The quarterly current account balance") in rel, sorted(rel)


def test_a_table_row_restricted_by_against_counts_the_noun_before_it(extract_both):
    text = ("Table 2: Recorded crime by group, 2022-23 and 2023-24\n"
            "Crime group | 2022-23 | 2023-24\n"
            "Crimes of dishonesty | 98,100 | 101,200\n"
            "Crimes against public order | 41,350 | 43,020\n"
            "Total crimes | 139,450 | 144,220\n")
    figures = by_text(extract_both(text))
    for cell in ("41,350", "43,020"):
        assert (figures[cell]["unit"], figures[cell]["metric"]) == ("crime", "COUNT"), figures[cell]
