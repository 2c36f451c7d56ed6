"""Changes stated in apposition to a clause's level and changes of a component after ``with`` (GUIDELINES C18-8,
C18-9)."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("In 2023, 212 people died in 198 fatal crashes on national roads, 31 more deaths (+17%) than in 2022.",
         "31", "212"),
        ("In 2023, 212 people died in 198 fatal crashes on national roads, 31 more deaths (+17%) than in 2022.",
         "+17%", "212"),
        ("The number of beef cows on farms was 28.6 million head, 14,000 head more than January 2024.", "14,000",
         "28.6 million"),
        ("In the week to 8 October, 41 new cases and three new deaths were reported, 12 fewer cases than in the "
         "previous week.", "12", "41"),
    ],
)
def test_a_count_compared_after_a_comma_changes_the_level_of_its_clause(extract_both, text, change, level):
    doc = extract_both(text)
    assert (change, "MODIFIES", level) in relations(doc)
    assert by_text(doc)[change]["metric"] == "CHANGE"


def test_a_change_after_its_counted_noun_and_a_comparative_is_a_change(extract_both):
    figures = by_text(extract_both("There were 1,905 registrations in May, 48 more registrations than in April."))
    assert figures["48"]["metric"] == "CHANGE"
    assert figures["48"]["direction"] == "up"


def test_components_after_with_change_nothing_they_follow(extract_both):
    doc = extract_both("Revenues were up $21.4 billion, or 9.1 per cent, to $256.7 billion, with personal income tax "
                       "revenues up $9.2 billion (8.1 per cent) and GST revenues up $2.3 billion (6.4 per cent).")
    rel = relations(doc)
    for figure, category in (("$9.2 billion", "personal income tax revenues"), ("8.1 per cent", "personal income tax revenues"),
                             ("$2.3 billion", "GST revenues"), ("6.4 per cent", "GST revenues")):
        assert (figure, "CATEGORY", category) in rel, figure
        assert not any(h == figure and label == "MODIFIES" for h, label, _ in rel), figure
    assert ("$21.4 billion", "MODIFIES", "$256.7 billion") in rel


@pytest.mark.parametrize(
    "text,multiple,baseline",
    [
        ("After adjusting for age, men were 2.4 times as likely as women to die from an overdose.", "2.4 times",
         "women"),
        ("Residents of the most deprived areas were 11.8 times as likely as those in the least deprived areas to be "
         "admitted.", "11.8 times", "those in the least deprived areas"),
        ("The rate in 2023 was 19.6 per 100,000 population, around 2.1 times the rate for England as a whole.",
         "2.1 times", "the rate for England as a whole"),
    ],
)
def test_a_multiple_compares_with_the_group_or_rate_it_names(extract_both, text, multiple, baseline):
    assert (multiple, "BASELINE", baseline) in relations(extract_both(text))


def test_signed_cells_under_month_columns_are_levels_and_the_change_column_modifies_the_latest(extract_both):
    doc = extract_both("Export expectations by sector (in points)\n\n"
                       "                         September 2024   October 2024   Change\n"
                       "Chemicals               -12.4           -14.0     -1.6\n"
                       "Machinery                 2.2            -0.9     -3.1\n\n"
                       "Expectations weakened further.\n")
    figures = by_text(doc)
    for level in ("-12.4", "-14.0", "-0.9"):
        assert figures[level]["metric"] != "CHANGE", level
    assert figures["-1.6"]["metric"] == figures["-3.1"]["metric"] == "CHANGE"
    rel = relations(doc)
    assert ("-1.6", "MODIFIES", "-14.0") in rel
    assert ("-3.1", "MODIFIES", "-0.9") in rel


def test_items_ranked_with_their_figures_are_their_own_categories_and_parts_of_nothing(extract_both):
    doc = extract_both("Passenger numbers at Lisbon Humberto Delgado reached 2,911,045 in October, 6.1% more than in "
                       "October 2023, followed by Porto Francisco Sá Carneiro, with 1,402,338 (+7.4%), Faro, with "
                       "903,117 (+3.2%), and Funchal Cristiano Ronaldo, with 402,551 (+11.0%).")
    rel = relations(doc)
    for figure, item in (("1,402,338", "Porto Francisco Sá Carneiro"), ("903,117", "Faro"),
                         ("402,551", "Funchal Cristiano Ronaldo")):
        assert (figure, "CATEGORY", item) in rel, figure
        assert not any(h == figure and label == "PART_OF" for h, label, _ in rel), figure
    assert ("+7.4%", "MODIFIES", "1,402,338") in rel


@pytest.mark.parametrize(
    "text,figure,words",
    [
        ("Full-time workers fell by 2,000, while persons working 1 to 35 hours increased by 904 thousand to 6,115 "
         "thousand.", "6,115 thousand", ("persons", "35 hours")),
        ("Some 1.4 million patients were waiting for a test, and the proportion waiting six weeks or more was 21.3%.",
         "21.3%", ("proportion", "six weeks or more")),
        ("Single-family starts rose, while units in buildings with five units or more were started at a rate of "
         "352,000.", "352,000", ("units in buildings", "five units or more")),
    ],
)
def test_a_figure_that_defines_a_group_stays_inside_the_subject(extract_both, text, figure, words):
    doc = extract_both(text)
    categories = [c for h, label, c in relations(doc) if label == "CATEGORY" and h == figure]
    assert categories, figure
    for word in words:
        assert word in categories[0], (word, categories[0])


def test_a_fronted_period_is_no_part_of_the_subject_after_it(extract_both):
    doc = extract_both("In the first nine months of 2024 the total value of the country's imports and exports of goods "
                       "reached 28.4 trillion yuan, up 4.9%.")
    categories = [c for h, label, c in relations(doc) if label == "CATEGORY" and h == "28.4 trillion yuan"]
    assert categories and categories[0].startswith(("the total value", "total value"))
