"""``respectively`` distributes N figures or changes over N coordinated categories, periods and figures."""

import pytest

from conftest import check, quantities, relations


@pytest.mark.parametrize(
    "text,expected",
    [
        ("By region, Alberta and Quebec recorded exports of $12.1 billion and $9.4 billion respectively.",
         [("$12.1 billion", "CATEGORY", "Alberta"), ("$9.4 billion", "CATEGORY", "Quebec")]),
        ("In the first half, the trade with the EU, ASEAN and the US was 372.6 billion yuan, 311.8 billion yuan "
         "and 280.4 billion yuan, respectively, up 3.1%, 9.2% and 6.5%.",
         [("372.6 billion yuan", "CATEGORY", "EU"), ("311.8 billion yuan", "CATEGORY", "ASEAN"),
          ("280.4 billion yuan", "CATEGORY", "US"), ("3.1%", "MODIFIES", "372.6 billion yuan"),
          ("9.2%", "MODIFIES", "311.8 billion yuan"), ("6.5%", "MODIFIES", "280.4 billion yuan")]),
        ("The number of marriages and divorces reached 6.1 million and 2.6 million respectively in 2023.",
         [("6.1 million", "CATEGORY", "marriages"), ("2.6 million", "CATEGORY", "divorces")]),
        ("Imports and exports of services rose 4.1% and 5.2% respectively.",
         [("4.1%", "CATEGORY", "Imports"), ("5.2%", "CATEGORY", "exports of services")]),
        # quoted sector names, one with an ampersand
        ("Among the broad sectors, 'Trade & Hotels', 'Construction' and 'Utilities' registered growth of "
         "7.5 per cent, 9.9 per cent and 7.3 per cent respectively.",
         [("7.5 per cent", "CATEGORY", "Trade & Hotels"), ("9.9 per cent", "CATEGORY", "Construction"),
          ("7.3 per cent", "CATEGORY", "Utilities")]),
    ],
)
def test_figures_take_coordinated_categories_in_order(extract_one, text, expected):
    rel = relations(extract_one(text))
    for item in expected:
        assert item in rel, (item, sorted(rel))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Growth in Q1, Q2 and Q3 of 2023 was 4.5%, 6.3% and 4.9% respectively.",
         [("4.5%", "PERIOD", "in Q1"), ("6.3%", "PERIOD", "Q2"), ("4.9%", "PERIOD", "Q3 of 2023")]),
        ("Sales in H1 and H2 were $3.2 billion and $3.9 billion respectively.",
         [("$3.2 billion", "PERIOD", "in H1"), ("$3.9 billion", "PERIOD", "H2")]),
    ],
)
def test_figures_take_coordinated_periods_in_order(extract_one, text, expected):
    doc = extract_one(text)
    rel = relations(doc)
    periods = {doc["text"][s["start"]:s["end"]] for s in doc["spans"] if s["label"] == "PERIOD"}
    for head, label, child in expected:
        match = [c for h, lab, c in rel if h == head and lab == "PERIOD"]
        assert match and (child in match[0] or match[0] in child), (head, match, periods)


def test_changes_with_one_baseline_list_and_no_figure_take_categories(extract_one):
    rel = relations(extract_one(
        "Compared with 2015 and 2020, the average PM2.5 concentration fell by 34.8% and 9.1% respectively."))
    assert ("34.8%", "BASELINE", "2015") in rel and ("9.1%", "BASELINE", "2020") in rel
    assert not any(label == "MODIFIES" for _, label, _ in rel)


def test_respectively_does_not_reach_a_figure_of_the_previous_sentence_when_its_own_has_a_subject(extract_one):
    rel = relations(extract_one(
        "The city recorded 22 micrograms per cubic meter in 2023. Compared with 2015 and 2020, the average "
        "concentration fell by 34.8% and 9.1% respectively."))
    assert ("34.8%", "MODIFIES", "22 micrograms per cubic meter") not in rel


@pytest.mark.parametrize(
    "text,age",
    [
        ("The unemployment rate for youth aged 15 to 24 rose 0.7 percentage points to 12.4%.", "15 to 24"),
        ("The employment rate for people aged 15-64 years was 73.6%, up from 73.1% a year earlier.", "15-64 years"),
    ],
)
def test_a_change_never_modifies_an_age(extract_one, text, age):
    assert not any(label == "MODIFIES" and child == age for _, label, child in relations(extract_one(text)))


def test_a_change_list_does_not_all_modify_a_far_figure(extract_one):
    rel = relations(extract_one(
        "Prices of five of the eight major categories went up: the prices of education, recreation and clothing "
        "rose by 3.7 percent, 1.7 percent and 1.6 percent respectively."))
    assert not any(label == "MODIFIES" and child == "eight" for _, label, child in rel)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Imports of crude oil, iron ore and soybeans in the first quarter were 6.53 million tons, 8.21 million tons "
         "and 1.96 million tons, increasing by 11.4%, 5.2% and 22.7% year-on-year respectively.",
         [("6.53 million tons", "CATEGORY", "crude oil"), ("8.21 million tons", "CATEGORY", "iron ore"),
          ("11.4%", "MODIFIES", "6.53 million tons")]),
        ("The unemployment rates for men and women in the quarter were 5.6% and 8.6% respectively.",
         [("5.6%", "CATEGORY", "men"), ("8.6%", "CATEGORY", "women")]),
        ("The median trip lasted 12 days. Returns from Indonesia and Japan were up 8.1% and 24.6% respectively "
         "compared with May 2023.", [("8.1%", "CATEGORY", "Indonesia"), ("24.6%", "CATEGORY", "Japan")]),
    ],
)
def test_coordinated_subjects_before_a_period_or_a_change_list(extract_one, text, expected):
    rel = relations(extract_one(text))
    for item in expected:
        assert item in rel, (item, sorted(rel))


@pytest.mark.parametrize(
    "text,expected",
    [
        # items that repeat their first word: an ``and`` inside an item is the item's own
        ("By type of store, sales of furniture and household goods and sales of books and stationery "
         "fell by 8.3% and 2.1% respectively.",
         [("8.3%", "CATEGORY", "sales of furniture and household goods"),
          ("2.1%", "CATEGORY", "sales of books and stationery")]),
        ("In April, the output of the chemical industry, of textiles and of the processing of food, drink "
         "and tobacco grew by 4.4 percent, 1.2 percent and 3.0 percent respectively.",
         [("4.4 percent", "CATEGORY", "output of the chemical industry"), ("1.2 percent", "CATEGORY", "textiles"),
          ("3.0 percent", "CATEGORY", "processing of food, drink and tobacco")]),
    ],
)
def test_parallel_items_keep_their_own_coordination(extract_both, text, expected):
    rel = relations(extract_both(text))
    for item in expected:
        assert item in rel, (item, sorted(rel))


@pytest.mark.parametrize(
    "text,expected",
    [
        # bare years coordinated with a period are periods of their own (GUIDELINES C2-9)
        ("Staff now expect core inflation of 2.9%, 2.3% and 2.1% in 2024, 2025 and 2026, respectively.",
         [("2.9%", "PERIOD", "in 2024"), ("2.3%", "PERIOD", "2025"), ("2.1%", "PERIOD", "2026")]),
        ("Output is projected to grow by 1.1% and 1.5% in 2025 and 2026 respectively.",
         [("1.1%", "PERIOD", "in 2025"), ("1.5%", "PERIOD", "2026")]),
    ],
)
def test_respectively_over_coordinated_years(extract_both, text, expected):
    rel = relations(extract_both(text))
    for item in expected:
        assert item in rel, (item, sorted(rel))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list of figures of one measure, each with its own time, shares the measure
        ("Quarterly, retail sales grew 3.2% in the first quarter, 2.7% in the second quarter and 4.1% in "
         "the third quarter.",
         [("3.2%", "CATEGORY", "retail sales"), ("2.7%", "CATEGORY", "retail sales"),
          ("4.1%", "CATEGORY", "retail sales")]),
    ],
)
def test_a_list_of_figures_with_their_times_shares_its_category(extract_both, text, expected):
    rel = relations(extract_both(text))
    for item in expected:
        assert item in rel, (item, sorted(rel))


@pytest.mark.parametrize(
    "text,expected",
    [
        # the list of the clause after a semicolon, not the figures of the clause before it
        ("Of the 31 provinces, the index rose in 19, fell in 9 and held in 3; within energy, the prices of "
         "petrol, diesel and bottled gas went up by 4.2 percent, 3.8 percent and 1.1 percent respectively.",
         [("4.2 percent", "CATEGORY", "petrol"), ("3.8 percent", "CATEGORY", "diesel"),
          ("1.1 percent", "CATEGORY", "bottled gas")]),
        # a participle states the figures of the list (``changing by``)
        ("Producer prices edged down 0.4 percent, with the prices of coal, steel and cement changing by "
         "-2.6 percent, +0.7 percent and -1.9 percent respectively.",
         [("-2.6 percent", "CATEGORY", "coal"), ("+0.7 percent", "CATEGORY", "steel"),
          ("-1.9 percent", "CATEGORY", "cement")]),
    ],
)
def test_respectively_takes_the_list_of_its_own_clause(extract_both, text, expected):
    rel = relations(extract_both(text))
    for item in expected:
        assert item in rel, (item, sorted(rel))
        assert not any(h == item[0] and label == "MODIFIES" for h, label, _ in rel), sorted(rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Arrivals by air rose by 6.2% in March and arrivals by sea by 1.4%.", "1.4%", "arrivals by sea"),
        ("Exports grew 3.1% year on year in the quarter, while imports by 0.9%.", "0.9%", "imports"),
    ],
)
def test_a_gapped_clause_keeps_its_own_subject(extract_both, text, figure, category):
    # FORMAT: the category is the subject of the figure's clause; a clause whose verb is left out
    # (``and imports by 3.6%``) still has its own subject
    rel = relations(extract_both(text))
    assert (figure, "CATEGORY", category) in rel, sorted(rel)


@pytest.mark.parametrize(
    "text,pairs",
    [
        # subjects with a hyphenated word, before a past-tense verb
        ("Of all passengers, regional carriers and long-haul carriers carried 38.2 million and 12.9 million "
         "respectively.", [("38.2 million", "regional carriers"), ("12.9 million", "long-haul carriers")]),
        # an absolute construction: the coordinated subjects before ``down``
        ("Primary production fell to 25.1 mtoe, with coal and natural gas output down 12.4% and 6.2% "
         "respectively compared with a year earlier.",
         [("12.4%", "coal"), ("6.2%", "natural gas output")]),
        # changes that reach levels listed in the same order: each level its own subject
        ("Container throughput and cargo tonnage rose by 6.2% and 3.9% to 4.1 million TEU and 81.6 million "
         "tonnes respectively.", [("4.1 million TEU", "Container throughput"), ("81.6 million tonnes", "cargo tonnage")]),
        # the counted noun after the last figure only is the unit the list shares, not the last one's category
        ("Slovenia, Croatia and Cyprus reported 14, 11 and 3 deaths respectively.",
         [("14", "Slovenia"), ("11", "Croatia"), ("3", "Cyprus")]),
    ],
)
def test_respectively_over_coordinated_subjects_of_real_clauses(extract_both, text, pairs):
    rel = relations(extract_both(text))
    for figure, category in pairs:
        assert (figure, "CATEGORY", category) in rel, sorted(rel)



def test_changes_reach_the_levels_listed_in_the_same_order(extract_both):
    rel = relations(extract_both("Container throughput and cargo tonnage rose by 6.2% and 3.9% to 4.1 million TEU "
                                 "and 81.6 million tonnes respectively."))
    assert ("6.2%", "MODIFIES", "4.1 million TEU") in rel and ("3.9%", "MODIFIES", "81.6 million tonnes") in rel, \
        sorted(rel)


@pytest.mark.parametrize(
    "text,first,second",
    [
        # C13-10: two figures and three coordinated nouns: the first ``and`` joins the first item's nouns
        ("Exports of metal ores and concentrates and consumer goods rose 4.1% and 2.6% respectively in October.",
         "Exports of metal ores and concentrates", "consumer goods"),
        ("Sales of food and beverages and clothing increased 1.4% and 0.7% respectively.",
         "Sales of food and beverages", "clothing"),
    ],
)
def test_two_figures_for_three_coordinated_nouns(extract_both, text, first, second):
    rel = relations(extract_both(text))
    cats = sorted(r[2] for r in rel if r[1] == "CATEGORY")
    assert first in cats and second in cats, sorted(rel)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # the list's subjects follow ``while``, past a figure of the clause before
        ("Compared with June 2023, prices rose at a slower pace in eight of the ten provinces, and Manitoba (+0.4%) "
         "posted the smallest increase, while Alberta and Quebec recorded gains of 2.3% and 2.1% respectively, the "
         "largest among the provinces.",
         [("2.3%", "CATEGORY", "Alberta"), ("2.1%", "CATEGORY", "Quebec"), ("+0.4%", "CATEGORY", "Manitoba")],
         [("+0.4%", "CATEGORY", "provinces, and Manitoba")]),
        # a clause after ``while`` that names no list takes the list before it
        ("Output in the whole industry and in manufacturing was 1.4% and 1.2% lower respectively than in the same "
         "three months of 2023, while against the previous three months it fell by 0.4% and 0.2% respectively.",
         [("0.4%", "CATEGORY", "Output in the whole industry"), ("0.2%", "CATEGORY", "manufacturing")], []),
    ],
)
def test_respectively_after_a_contrasting_clause(extract_both, text, expected, absent):
    check(relations(extract_both(text)), expected, absent)


def test_a_bracketed_change_after_an_age_modifies_the_count_before_it(extract_both):
    rel = relations(extract_both("Of the 2,146,767 suspects, 94,233 were children aged under 14 (+11.0%) and 180,605 "
                                 "were juveniles aged 14 to 17 (+8.5%), in both cases new highs."))
    check(rel, [], [("+11.0%", "MODIFIES", "14"), ("+8.5%", "MODIFIES", "14 to 17")])


def test_a_minus_in_brackets_and_the_count_of_the_items_listed(extract_both):
    doc = extract_both("The growth rates of the three sectors, Mining, Manufacturing and Electricity, for July 2024 "
                       "are (-) 3.3 per cent, 2.0 per cent and (-) 2.7 per cent respectively.")
    found = {q["text"]: q for q in quantities(doc)}
    assert [found[x]["direction"] for x in ("3.3 per cent", "2.0 per cent", "2.7 per cent")] == ["down", "up", "down"]
    check(relations(doc), [("3.3 per cent", "CATEGORY", "Mining"), ("2.7 per cent", "CATEGORY", "Electricity")],
          [("3.3 per cent", "MODIFIES", "three")])
