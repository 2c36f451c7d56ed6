"""Session 22's constructions (GUIDELINES C22-1..), each written anew from how statistics offices, justice
agencies, central banks, tax authorities and health services state their figures: stocks counted at a year's end
(``at yearend 2023``), change columns of tables, amounts that say how much a comparison moved, lists of figures
that share one counted noun, and headings whose brackets say what a list states."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize(
    "text,level,period,change,baseline",
    [
        ("The county jail population stood at 48,310 inmates at yearend 2022, up 3.1% from yearend 2021.",
         "48,310", "at yearend 2022", "3.1%", "yearend 2021"),
        ("At year-end 2024, the fund held 2,914 properties, a 6% decrease from year-end 2023.",
         "2,914", "At year-end 2024", "6%", "year-end 2023"),
    ],
)
def test_a_stock_counted_at_a_years_end_is_dated_and_compared_by_it(extract_both, text, level, period, change,
                                                                     baseline):
    rel = relations(extract_both(text))
    assert (level, "PERIOD", period) in rel, sorted(rel)
    assert (change, "BASELINE", baseline) in rel, sorted(rel)


def test_a_change_column_that_is_the_difference_of_its_row_counts_in_the_rows_unit(extract_both):
    text = ("Table 5: Duty collected at the ports, first seven months (£ million)\n"
            "Duty                 2023-24    2024-25    Change\n"
            "Tobacco duties         5,812      5,377      -435\n"
            "Alcohol duties         7,040      7,262       222\n")
    figures = by_text(extract_both(text))
    assert (figures["-435"]["unit"], figures["-435"]["metric"], figures["-435"]["direction"]) == \
        ("pound sterling", "CHANGE", "down"), figures["-435"]
    assert figures["-435"]["value"] == pytest.approx(435e6)
    assert (figures["222"]["metric"], figures["222"]["direction"]) == ("CHANGE", "up"), figures["222"]


def test_a_change_column_of_counted_rows_counts_what_they_count(extract_both):
    text = ("Passport applications received by office, week ending 6 December\n"
            "Office         This week    Prior week    Change\n"
            "Cork               4,212         3,980      +232\n"
            "Limerick           2,905         3,101      -196\n")
    figures = by_text(extract_both(text))
    for cell, direction in (("+232", "up"), ("-196", "down")):
        assert (figures[cell]["unit"], figures[cell]["metric"], figures[cell]["direction"]) == \
            ("application", "CHANGE", direction), figures[cell]


def test_a_change_column_that_is_no_difference_of_its_row_stays_a_percent_change(extract_both):
    text = ("Table 2: Registrations by fuel type\n"
            "Fuel            2023       2024       Change\n"
            "Petrol        41,208     38,730       -6.0\n"
            "Electric       9,114     12,805       40.5\n")
    figures = by_text(extract_both(text))
    assert (figures["-6.0"]["unit"], figures["-6.0"]["metric"]) == ("percent", "CHANGE"), figures["-6.0"]
    assert (figures["40.5"]["unit"], figures["40.5"]["direction"]) == ("percent", "up"), figures["40.5"]


@pytest.mark.parametrize(
    "text,items,unit",
    [
        ("Shoplifting rose by 12.4% to 9 806 offences. Declines: manslaughter, kidnapping and arson stood at 14, 39 "
         "and 612 offences respectively, the lowest since 2015.", ("14", "39", "612"), "offense"),
        ("Ferry crossings grew 4.5% to 31,200. Three routes explained most of the gain: the northern, western and "
         "island routes carried 1,140, 2,655 and 4,031 vehicles respectively.", ("1,140", "2,655", "4,031"),
         "vehicle"),
    ],
)
def test_a_list_of_bare_figures_counts_the_noun_after_its_last(extract_both, text, items, unit):
    figures = by_text(extract_both(text))
    for item in items:
        assert (figures[item]["unit"], figures[item]["metric"]) == (unit, "COUNT"), (item, figures[item])


def test_bracketed_amounts_after_a_comparative_say_by_how_much_each_item_differs(extract_both):
    text = ("Compared with the first half of last year:\n"
            "- council tax income was higher from band D homes (£48 million) and band E homes (£21 million)\n"
            "- income was lower from empty-property premiums (£6 million)\n"
            "- in percentage terms, collections were higher for second homes (9%) and lower for student lets (4%)\n")
    doc = extract_both(text)
    figures, rel = by_text(doc), relations(doc)
    for figure, direction in (("£48 million", "up"), ("£21 million", "up"), ("£6 million", "down"), ("9%", "up"),
                              ("4%", "down")):
        assert (figures[figure]["metric"], figures[figure]["direction"]) == ("CHANGE", direction), \
            (figure, figures[figure])
        assert (figure, "BASELINE", "the first half of last year") in rel, (figure, sorted(rel))


def test_a_title_of_annual_percentage_changes_declares_the_list_below_it(extract_both):
    text = ("Outlook for the island economy, spring round (annual percentage changes; autumn round in brackets)\n"
            "- Consumer prices, 2025: 2.6 (2.4)\n"
            "- Real GDP, 2026: 1.2 (1.5)\n")
    doc = extract_both(text)
    figures, rel = by_text(doc), relations(doc)
    for figure in ("2.6", "2.4", "1.2", "1.5"):
        assert (figures[figure]["unit"], figures[figure]["metric"]) == ("percent", "CHANGE"), (figure, figures[figure])
    assert ("1.2", "CATEGORY", "Real GDP") in rel and ("1.2", "PERIOD", "2026") in rel, sorted(rel)


@pytest.mark.parametrize(
    "text,figure,subject",
    [
        ("Pakistan accounted for the largest share of student permits issued in the year (12,400, or 18%).", "12,400",
         "Pakistan"),
        ("Among the regions, Munster accounted for the highest share of new registrations (31.2%).", "31.2%",
         "Munster"),
    ],
)
def test_the_subject_a_superlative_after_accounted_for_ranks_owns_its_bracketed_figure(extract_both, text, figure,
                                                                                       subject):
    assert (figure, "CATEGORY", subject) in relations(extract_both(text))


def test_the_first_item_of_a_with_list_after_a_copula_owns_its_figure(extract_both):
    text = ("Ranked by citizenship, the leading groups of claimants were Georgia, with 3,210 applications (21.4%), "
            "Somalia, with 1,980 (13.2%), and Jordan, with 1,450 (9.7%).")
    doc = extract_both(text)
    rel, figures = relations(doc), by_text(doc)
    for figure, place in (("3,210", "Georgia"), ("1,980", "Somalia"), ("1,450", "Jordan")):
        assert (figure, "CATEGORY", place) in rel, (figure, sorted(rel))
    assert figures["3,210"]["unit"] == "application"


@pytest.mark.parametrize(
    "text,figures,subject",
    [
        ("Last year's refusal rate, meaning refused applications for entry clearance, transit visas or residence "
         "cards as a proportion of all decisions, stood at 12.8%, compared with 14.1% a year before.",
         ("12.8%", "14.1%"), "refusal rate"),
        ("Household spending on energy, which covers electricity, mains gas and heating oil, fell 3.9% in the year.",
         ("3.9%",), "Household spending on energy"),
    ],
)
def test_a_list_inside_an_interjection_does_not_end_the_subject(extract_both, text, figures, subject):
    rel = relations(extract_both(text))
    for figure in figures:
        assert [r for r in rel if r[:2] == (figure, "CATEGORY") and subject in r[2]], (figure, sorted(rel))


@pytest.mark.parametrize("verb", ["inched", "crept", "ticked", "nudged"])
def test_a_small_move_verb_is_no_category(extract_both, verb):
    text = (f"Services inflation, a measure the bank watches closely, {verb} up to 4.6 percent in March, from 4.4 "
            "percent a month earlier.")
    rel = relations(extract_both(text))
    assert ("4.6 percent", "CATEGORY", "Services inflation") in rel, sorted(rel)
    assert not [r for r in rel if r[1] == "CATEGORY" and verb in r[2]], sorted(rel)


@pytest.mark.parametrize(
    "text,changes,baseline",
    [
        ("Registered cases of mumps reached 1,204 in 2024, almost five times the 246 cases registered in 2023.",
         ("five times",), "2023"),
        ("Police recorded 51 220 burglaries in 2024, an increase of 2 130 burglaries or 4.3% when compared with 49 090 "
         "burglaries in 2023.", ("2 130", "4.3%"), "2023"),
        ("Visa refusals rose to 3,870, a rise of 12% compared with the 3,455 issued in 2022.", ("12%",), "2022"),
    ],
)
def test_the_time_of_a_value_compared_with_is_the_changes_baseline(extract_both, text, changes, baseline):
    rel = relations(extract_both(text))
    for change in changes:
        assert (change, "BASELINE", baseline) in rel, (change, sorted(rel))


def test_more_than_double_a_time_is_no_value_compared_with(extract_both):
    text = ("Freight with inland ports reached 41.2 million tonnes, an increase of 6.1%, and transit cargo was more "
            "than double the same period last year.")
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[:2] == ("6.1%", "BASELINE")], sorted(rel)


def test_an_earlier_rate_after_compared_with_keeps_its_own_period(extract_both):
    text = "The index of producer prices rose 2.2% compared with 2.4% in August."
    rel = relations(extract_both(text))
    assert ("2.4%", "PERIOD", "in August") in rel, sorted(rel)
    assert not [r for r in rel if r[:2] == ("2.2%", "BASELINE")], sorted(rel)


@pytest.mark.parametrize(
    "text,pairs",
    [
        ("Throughput was 4.1% lower at Felixstowe but 2.6% higher at Southampton than in 2019.",
         (("4.1%", "Felixstowe"), ("2.6%", "Southampton"))),
        ("New car registrations rose 3.1% in Bavaria and 2.4% in Saxony.", (("3.1%", "Bavaria"), ("2.4%", "Saxony"))),
    ],
)
def test_each_figure_of_a_list_is_stated_for_its_own_place(extract_both, text, pairs):
    rel = relations(extract_both(text))
    for figure, place in pairs:
        assert (figure, "CATEGORY", place) in rel, (figure, sorted(rel))


def test_a_manner_after_in_is_no_place(extract_both):
    rel = relations(extract_both("Wholesale prices rose 2.1% in real terms and 3.4% in nominal terms."))
    assert ("2.1%", "CATEGORY", "Wholesale prices") in rel, sorted(rel)


def test_parts_that_passed_through_a_place_are_that_places(extract_both):
    text = ("Sicily's airports handled 2,140,200 passengers in the quarter; of these, 905,300 passed through Palermo "
            "(PMO) and 412,000 through Catania.")
    doc = extract_both(text)
    rel, figures = relations(doc), by_text(doc)
    assert [r for r in rel if r[:2] == ("905,300", "CATEGORY") and r[2].startswith("Palermo")], sorted(rel)
    assert ("412,000", "CATEGORY", "Catania") in rel, sorted(rel)
    assert figures["905,300"]["unit"] == figures["412,000"]["unit"] == "passenger"


@pytest.mark.parametrize(
    "text,shares,whole",
    [
        ("Among waiting-list households at yearend 2023, the latest year with full returns, 44.1% were headed by a "
         "lone parent and 18.9% by a pensioner.", ("44.1%", "18.9%"), "waiting-list households"),
        ("- Among first-time applicants in 2024, 38.1% were women and 12.6% unaccompanied minors.",
         ("38.1%", "12.6%"), "first-time applicants"),
    ],
)
def test_a_fronted_whole_past_its_time_and_apposition_owns_each_share(extract_both, text, shares, whole):
    rel = relations(extract_both(text))
    for share in shares:
        assert (share, "CATEGORY", whole) in rel, (share, sorted(rel))


def test_a_labels_bracketed_legal_reference_is_no_part_of_its_category(extract_both):
    text = ("Decisions on applications in 2024 (share of all decisions in brackets)\n"
            "- Humanitarian protection (Section 12 of the Residence Act and Article 8 of the Convention): 14,200 "
            "(11.3%)\n"
            "- Temporary leave (Section 60a of the Residence Act): 9,800 (7.8%)\n"
            "- Hardship leave (Regulation 9(2) of the Residence Rules): 7,100 (5.6%)\n")
    rel = relations(extract_both(text))
    for figure, label in (("14,200", "Humanitarian protection"), ("9,800", "Temporary leave"),
                          ("7,100", "Hardship leave")):
        assert (figure, "CATEGORY", label) in rel, (figure, sorted(rel))
