"""The relation step on real phrasings: respectively, sub-totals, changes before and after figures."""

import pytest

from conftest import ROOT, quantities, relations


def test_respectively_pairs_figures_and_changes_across_a_sentence_split(extract_one):
    doc = extract_one(
        "In the first half of the year, 8,419 criminal cases were established, and more than 21,000 criminal "
        "suspects were arrested. People, up 220% and 271% year-on-year respectively."
    )
    rel = relations(doc)
    assert ("220%", "MODIFIES", "8,419") in rel
    assert ("271%", "MODIFIES", "21,000") in rel
    assert ("220%", "BASELINE", "year-on-year") in rel and ("271%", "BASELINE", "year-on-year") in rel
    assert ("8,419", "PERIOD", "In the first half of the year".lower()) in {
        (h, l, c.lower()) for h, l, c in rel
    }


def test_respectively_changes_pair_with_baselines_and_modify_the_figure_they_follow(extract_one):
    doc = extract_one(
        "A total of 7.527 million vehicles were inspected, of which 111,000 were cargo aircraft, compared with "
        "2019 and 2020. Increases by 189.5 percent and 35% respectively."
    )
    rel = relations(doc)
    assert ("189.5 percent", "MODIFIES", "111,000") in rel
    assert ("35%", "MODIFIES", "111,000") in rel
    assert ("189.5 percent", "BASELINE", "2019") in rel
    assert ("35%", "BASELINE", "2020") in rel
    assert ("111,000", "PART_OF", "7.527 million") in rel
    assert ("111,000", "CATEGORY", "cargo aircraft") in rel


@pytest.mark.parametrize(
    "text,change,figure",
    [
        ("Exports rose 13.8 percent to 17.67 trillion yuan.", "13.8 percent", "17.67 trillion yuan"),
        ("Exports reached 17.67 trillion yuan, up 13.8 percent year on year.", "13.8 percent", "17.67 trillion yuan"),
        ("Online sales were 10.28 trillion yuan, accounting for 26.7 percent of the total.", "26.7 percent",
         "10.28 trillion yuan"),
        ("Earnings edged up by 5 cents, or 0.1 percent, to $34.57.", "0.1 percent", "$34.57"),
        ("The number of unemployed people rose by 334,000 to 6.5 million.", "334,000", "6.5 million"),
    ],
)
def test_change_modifies_its_figure(extract_one, text, change, figure):
    assert (change, "MODIFIES", figure) in relations(extract_one(text))


def test_change_of_a_share_modifies_the_share(extract_one):
    doc = extract_one(
        "Foreign trade cargo was 5.0 billion tonnes, or 50.3 percent of the total, 1.8 percentage points higher "
        "than a year earlier."
    )
    rel = relations(doc)
    assert ("50.3 percent", "MODIFIES", "5.0 billion tonnes") in rel
    assert ("1.8 percentage points", "MODIFIES", "50.3 percent") in rel
    assert ("1.8 percentage points", "BASELINE", "a year earlier") in rel


def test_new_clause_with_its_own_subject_gets_its_own_category(extract_one):
    doc = extract_one("Catering revenue reached 448.3 billion yuan, while sales of automobiles went up 11.4 percent.")
    rel = relations(doc)
    assert not any(h == "11.4 percent" and l == "MODIFIES" for h, l, _ in rel)
    assert ("11.4 percent", "CATEGORY", "sales of automobiles") in rel


@pytest.mark.parametrize(
    "text,part,whole",
    [
        ("Total trade was 41.76 trillion yuan. Among them, exports were 23.77 trillion yuan.", "23.77 trillion yuan",
         "41.76 trillion yuan"),
        ("Health care added 70,000 jobs, including hospitals (+19,000).", "+19,000", "70,000"),
        ("Of the 21 cities, 12 grew faster than the average.", "12", "21"),
    ],
)
def test_sub_totals_are_part_of_their_whole(extract_one, text, part, whole):
    assert (part, "PART_OF", whole) in relations(extract_one(text))


def test_share_back_reference_across_sentences(extract_one):
    doc = extract_one(
        "In the first half of the year, 335,000 ordinary passports were issued. The main reasons were study. "
        "The number of issuances was only 2% of the same period in 2019."
    )
    rel = relations(doc)
    assert ("2%", "MODIFIES", "335,000") in rel
    assert ("2%", "BASELINE", "the same period in 2019") in rel


def test_period_links_within_the_sentence_only(extract_one):
    doc = extract_one("In September, exports rose 5 percent. Imports reached 2.1 trillion yuan.")
    rel = relations(doc)
    assert ("5 percent", "PERIOD", "In September") in rel
    assert not any(h == "2.1 trillion yuan" and l == "PERIOD" for h, l, _ in rel)


def test_table_heading_baseline_reaches_the_rows(extract_one):
    doc = extract_one("Main indicators (change y/y):\n- Exports: 3.1 trillion yuan (+2.5%)\n- Imports: 2.0 trillion yuan (-1.1%)")
    rel = relations(doc)
    assert ("+2.5%", "BASELINE", "y/y") in rel and ("-1.1%", "BASELINE", "y/y") in rel
    assert ("+2.5%", "MODIFIES", "3.1 trillion yuan") in rel


def test_seed_release_reads_as_the_user_expects(extract_one):
    """The user's own example: two rows for the cases and suspects, the cargo aircraft with both baselines."""
    text = (ROOT / "examples" / "nia-2021-h1.txt").read_text(encoding="utf-8")
    doc = extract_one(text, date="2021-07-30")
    rel = relations(doc)
    surfaces = [doc["text"][s["start"]:s["end"]] for s in doc["spans"] if s["label"] == "QUANTITY"]
    assert "2019" not in surfaces and "12367" not in surfaces
    assert ("189.5 percent", "BASELINE", "2019") in rel and ("35%", "BASELINE", "2020") in rel
    assert ("189.5 percent", "MODIFIES", "111,000") in rel and ("35%", "MODIFIES", "111,000") in rel
    periods = [s for s in doc["spans"] if s["label"] == "PERIOD"]
    assert periods[0]["date_from"] == "2021-01-01" and periods[0]["date_to"] == "2021-06-30"


@pytest.mark.parametrize(
    "text,change,figure",
    [
        # points change a figure in percent: a growth rate stated just before, not the money level
        ("Regional GDP reached 4,210.6 billion yuan, up 5.8% year on year, 0.6 percentage points higher "
         "than the national average.", "0.6 percentage points", "5.8%"),
        ("Consumer prices rose 0.4% year on year in March, 0.3 percentage points lower than the previous month.",
         "0.3 percentage points", "0.4%"),
        ("Annual inflation for goods was 1.9%, compared with 4.6% for services, which was 0.4 percentage points "
         "lower than in the previous quarter.", "0.4 percentage points", "4.6%"),
    ],
)
def test_points_change_the_percent_figure_before_them(extract_both, text, change, figure):
    assert (change, "MODIFIES", figure) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,share,count,category",
    [
        ("In March, Guatemalan nationals made up 17% of encounters (9,870), followed by Hondurans.",
         "17%", "9,870", "Guatemalan nationals"),
        ("Work was the main reason for arriving, at 33% (317,000 people) of non-EU immigration.",
         "33%", "317,000", None),
    ],
)
def test_a_share_with_its_count_in_brackets_modifies_the_count(extract_both, text, share, count, category):
    rel = relations(extract_both(text))
    assert (share, "MODIFIES", count) in rel
    if category:
        assert (count, "CATEGORY", category) in rel


@pytest.mark.parametrize(
    "text,changes,level",
    [
        ("Average hourly earnings rose 4.1% (+$1.37 to $34.75) over the year.", ["4.1%", "+$1.37"], "$34.75"),
        ("Employment rose 1.2% (+31,000 to 2.71 million) in the quarter.", ["1.2%", "+31,000"], "2.71 million"),
    ],
)
def test_a_bracket_with_a_signed_change_and_its_level(extract_both, text, changes, level):
    rel = relations(extract_both(text))
    for change in changes:
        assert (change, "MODIFIES", level) in rel, sorted(rel)


@pytest.mark.parametrize(
    "text,change,level",
    [
        # a revision of a signed change: the amount modifies the revised change (GUIDELINES C-11, C2-13)
        ("The change in total employment for March was revised up by 14,000, from +303,000 to +317,000.",
         "14,000", "+317,000"),
        ("The change for April was revised down by 7,000, from -12,000 to -19,000.", "7,000", "-19,000"),
    ],
)
def test_a_revision_of_a_signed_change_modifies_the_new_figure(extract_both, text, change, level):
    from conftest import relations

    assert (change, "MODIFIES", level) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure",
    [
        # a share stated by its own clause (subject and verb) refers back to no figure of the sentence before
        ("Visitor arrivals reached 41.2 million in 2024. Room occupancy averaged 86 per cent, up 3 percentage "
         "points from 2023.", "86 per cent"),
        # a share after ``from`` is where a span starts, not a change of the figure after it
        ("Vaccine uptake by region ranged from 81.4% in London to 93.0% in the North West.", "81.4%"),
    ],
)
def test_a_share_with_its_own_clause_modifies_nothing(extract_both, text, figure):
    rel = relations(extract_both(text))
    assert not any(h == figure and label == "MODIFIES" for h, label, _ in rel), sorted(rel)


@pytest.mark.parametrize("text", ["Pupils who stayed on from Year 10 to Year 12 numbered 412,300."])
def test_school_years_are_no_figures(extract_one, text):
    assert [q["text"] for q in quantities(extract_one(text))] == ["412,300"]
