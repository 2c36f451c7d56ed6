"""Session 20's constructions (GUIDELINES C20-1..C20-18), each written anew from how statistics offices, central banks
and trade ministries state their figures: comparisons written ``vis-à-vis``, bare numbers coordinated before a scaled
one, scales set off inside a sentence, changes stated as compared values, totals after ``together``, names before
bracketed counts, footnote marks and references, each change's own comparison, times that open, interrupt or date a
compared value, the item before a bracketed count, bracketed rates of change, index levels and rates per population,
changes named before their figure, amounts of change listed after ``increases in``, meetings as times, and the trained
step's decoding of comparisons after a later change, levels reached by a change and ``from`` values."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("Services exports for March 2025 are estimated at USD 35.6 billion, a rise of 18.6 per cent vis-à-vis "
         "March 2024.", "18.6 per cent", "March 2024"),
        ("The average realisation per tonne was 412 dollars in the third quarter, an increase of 4.1% vis-a-vis the "
         "previous quarter.", "4.1%", "the previous quarter"),
    ],
)
def test_a_comparison_written_vis_a_vis_names_the_baseline(extract_both, text, change, baseline):
    assert (change, "BASELINE", baseline) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,bare,value",
    [
        ("Exports and imports rose to 61.2 and 63.4 billion dollars respectively.", "61.2", 61.2e9),
        ("Rail and bus journeys reached 1.6 and 3.9 billion in 2023.", "1.6", 1.6e9),
        ("Surpluses were largest with Ireland ($2.1 and $1.8 billion in the two halves).", "$2.1", 2.1e9),
    ],
)
def test_a_bare_number_before_a_scaled_one_takes_its_scale(extract_both, text, bare, value):
    assert by_text(extract_both(text))[bare]["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text,bare,value",
    [
        ("Sales rose 12.5 and 13.1 per cent in the two regions.", "12.5", 12.5),
        ("The 27 and 1.5 million figures are not comparable.", "27", 27),
    ],
)
def test_a_percent_or_a_number_of_another_size_keeps_its_value(extract_both, text, bare, value):
    assert by_text(extract_both(text))[bare]["value"] == pytest.approx(value)


def test_a_scale_set_off_inside_a_sentence_scales_the_figures_after_it(extract_both):
    text = ("The goods balance showed surpluses, in billions of dollars, with Singapore ($3.7), Belgium ($2.9) and "
            "Chile ($1.4). Deficits with Japan ($6.6 billion) and Korea ($5.9 billion) widened.")
    figures = by_text(extract_both(text))
    for cell, value in (("$3.7", 3.7e9), ("$2.9", 2.9e9), ("$1.4", 1.4e9), ("$6.6 billion", 6.6e9)):
        assert figures[cell]["value"] == pytest.approx(value), cell


def test_a_bracketed_scale_gives_bare_figures_its_unit(extract_both):
    figures = by_text(extract_both("Port dues collected (in millions of euros) came to 87.3 in 2024, against 81.9 in 2023."))
    assert figures["87.3"]["value"] == pytest.approx(87.3e6)
    assert figures["87.3"]["unit"] == "euro"
    assert figures["81.9"]["value"] == pytest.approx(81.9e6)


def test_a_scale_named_in_one_sentence_does_not_reach_the_next(extract_both):
    text = "Receipts, in millions of pounds, were 812 in May. Staff numbers rose to 412."
    figures = by_text(extract_both(text))
    assert figures["812"]["value"] == pytest.approx(812e6)
    assert figures["412"]["value"] == pytest.approx(412)


@pytest.mark.parametrize(
    "text,compared",
    [
        ("Compared with the previous month, services inflation eased to 5.0% in March, from 5.3% (revised) in "
         "February.", "5.3%"),
        ("Compared with the same quarter of 2023, the volume of construction output grew 2.5% in the third quarter, "
         "while the 12-month rate went from 1.1% in June to 1.3% in September.", "1.1%"),
        ("In the year to September, house prices rose 4.1% compared with the same period last year, against 2.2% "
         "in the year to June and 0.8% in the year to March.", "0.8%"),
    ],
)
def test_a_change_stated_for_comparison_names_no_comparison_point(extract_both, text, compared):
    assert not [r for r in relations(extract_both(text)) if r[0] == compared and r[1] == "BASELINE"]


def test_a_compared_change_keeps_a_comparison_that_names_its_kind(extract_both):
    text = "On a monthly basis, the index was unchanged in May, compared with a rise of 0.4% in May 2024."
    assert [r for r in relations(extract_both(text)) if r[:2] == ("0.4%", "BASELINE") and "monthly basis" in r[2]]


def test_a_together_before_a_verb_opens_no_total(extract_both):
    text = ("Among the 28 reporting regions, which together account for about 85% of national output, 11 recorded "
            "growth above the national average of 2.4% in 2024.")
    rel = relations(extract_both(text))
    assert ("11", "PART_OF", "28") in rel
    assert not [r for r in rel if r[0] == "28" and r[1] == "PART_OF"]
    assert not [r for r in rel if r[0] == "2.4%" and r[1] == "MODIFIES"]


def test_no_figure_is_part_of_itself_or_of_a_smaller_figure(extract_both):
    text = ("Of the 32 boroughs, which together hold 3.4 million households, 14 saw rents rise; together "
            "they hold 1.1 million households.")
    doc = extract_both(text)
    values = {text: q["value"] for text, q in by_text(doc).items()}
    for head, label, child in relations(doc):
        if label == "PART_OF":
            assert head != child
            assert values[head] <= values[child], (head, child)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In March, Portugal (6 120), Greece (4 480) and Austria (3 905) granted the most work permits.",
         [("6 120", "Portugal"), ("4 480", "Greece"), ("3 905", "Austria")]),
        ("In 2023, Sweden (9 840 applicants), Denmark (5 215) and Finland (3 370) received the most claims.",
         [("9 840", "Sweden"), ("5 215", "Denmark")]),
    ],
)
def test_names_before_bracketed_counts_are_their_categories(extract_both, text, expected):
    rel = relations(extract_both(text))
    for figure, name in expected:
        assert (figure, "CATEGORY", name) in rel


def test_a_name_opening_the_sentence_is_never_the_counted_noun(extract_both):
    figures = by_text(extract_both("Renault (1,210) was the best-selling brand in May, followed by Peugeot (1,045) "
                                   "and Dacia (880)."))
    for cell in ("1,210", "1,045", "880"):
        assert figures[cell]["unit"] != "renault", cell


def test_the_noun_in_a_bracket_after_a_name_is_the_unit(extract_both):
    figures = by_text(extract_both("In 2023, Sweden (9 840 applicants), Denmark (5 215) and Finland (3 370) received "
                                   "the most claims."))
    assert figures["9 840"]["unit"] == "applicant"


def test_footnote_marks_with_their_notes_are_no_quantities(extract_both):
    text = ("Rents are surveyed every second month (3). The fewest licences were issued in Iceland (2).\n"
            "(3) Some items, priced twice a year, are imputed in between.\n")
    figures = by_text(extract_both(text))
    assert "3" not in figures
    assert figures["2"]["metric"] == "COUNT"


@pytest.mark.parametrize(
    "text,reference",
    [
        ("Exhibit 4. Services trade by type, in billions of dollars", "4"),
        ("Machinery (SITC 71 and 74) was valued at 2,310 million euros.", "74"),
        ("The quota follows Ordinance No. 3,118 of 2 May 2023.", "3,118"),
    ],
)
def test_references_are_no_quantities(extract_both, text, reference):
    assert reference not in by_text(extract_both(text))


def test_a_change_restated_in_brackets_takes_the_comparison_after_its_brackets(extract_both):
    text = "Claimant numbers fell by 8,200 (-0.5%) on the month but rose by 41,600 (+2.6%) on the year."
    rel = relations(extract_both(text))
    assert ("41,600", "BASELINE", "the year") in rel
    assert ("8,200", "BASELINE", "the month") in rel


def test_a_bare_month_coordinated_with_a_dated_one_is_distributed(extract_both):
    text = "Wholesale turnover rose 1.4% and 5.2% compared with April and May 2024 respectively."
    rel = relations(extract_both(text))
    assert ("1.4%", "BASELINE", "April") in rel
    assert ("5.2%", "BASELINE", "May 2024") in rel


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("From July 2025, the benchmark deposit rate set by the board is 2.25%.", "2.25%", "From July 2025"),
        ("From 1 April 2024, the standard rate of duty rose to 12.5%.", "12.5%", "From 1 April 2024"),
    ],
)
def test_a_dated_from_opening_the_sentence_is_its_period(extract_both, text, figure, period):
    assert (figure, "PERIOD", period) in relations(extract_both(text))


def test_a_relative_from_opening_the_sentence_stays_a_comparison(extract_both):
    text = "From the same month one year ago, the price index increased 2.1 percent."
    assert ("2.1 percent", "BASELINE", "the same month one year ago") in relations(extract_both(text))


def test_a_subject_before_its_dating_phrase_and_an_as_interjection(extract_both):
    text = ("Wage expectations for 2025 and 2026, as measured by the quarterly employer poll, edged up to 3.9% and 3.4%, "
            "respectively.")
    rel = relations(extract_both(text))
    assert ("3.9%", "CATEGORY", "Wage expectations") in rel


def test_a_change_below_a_dated_compared_value_is_compared_with_its_time(extract_both):
    doc = extract_both("Cruise passengers stayed 18,400 (6.1%) below the 301,200 recorded in August 2019.")
    figures, rel = by_text(doc), relations(doc)
    assert figures["18,400"]["metric"] == "CHANGE" and figures["18,400"]["direction"] == "down"
    assert figures["6.1%"]["metric"] == "CHANGE"
    assert ("18,400", "BASELINE", "August 2019") in rel
    assert ("6.1%", "BASELINE", "August 2019") in rel


def test_a_compared_value_without_a_change_keeps_its_time_as_period(extract_both):
    text = "The average stay was 1.96 nights, slightly shorter than the 1.97 nights recorded in the first half of 2023."
    assert ("1.97 nights", "PERIOD", "in the first half of 2023") in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Most farms were registered in the Lower Saxony region (21.4 thousand), followed by Bavaria "
         "(19.8 thousand).", "21.4 thousand", "farm"),
        ("Employment rose by 118 thousand jobs, with gains in accommodation and food services (+31 thousand) and "
         "public administration and defence (+22 thousand).", "+22 thousand", "job"),
    ],
)
def test_the_item_before_a_bracketed_count_is_not_what_it_counts(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Consumer prices rose 3.1% in June; regional rates ran highest in Tyrol (4.0%) and Vorarlberg (3.7%), and "
         "lowest in Carinthia (2.2%).", "2.2%"),
        ("Fuel sales rose by 4.4% (2.6% in May), while other sales rose 0.9%.", "2.6%"),
    ],
)
def test_bracketed_percents_in_a_sentence_of_changes_are_changes(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "CHANGE"


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Visas issued rose 6.3% on a year earlier; Nigeria (11.5%), Pakistan (9.2%) and Egypt (4.4%) accounted for "
         "the largest shares.", "11.5%"),
        ("Exports rose 5.1%, with the EU taking the largest share (34.2%).", "34.2%"),
    ],
)
def test_bracketed_percents_named_as_shares_stay_shares(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "SHARE"


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The national CPI reached 134.6 (2010=100) in April, compared with 131.0 a year earlier.", "134.6"),
        ("The PPI was 117.9 in January.", "117.9"),
        ("The rental series stood at 121.8 (2018=100) in July.", "121.8"),
    ],
)
def test_index_levels_named_by_abbreviation_or_base(extract_both, text, figure):
    found = by_text(extract_both(text))[figure]
    assert (found["unit"], found["metric"]) == ("index point", "AMOUNT")


def test_a_bare_figure_in_a_rate_per_population_is_a_share(extract_both):
    text = ("The highest rates were recorded in Estonia (12.7 marriages per 1 000 population) and Latvia (11.9), "
            "compared with 4.2 for the region as a whole.")
    figures = by_text(extract_both(text))
    assert figures["11.9"]["metric"] == "SHARE" and figures["4.2"]["metric"] == "SHARE"


def test_an_average_number_per_thing_stays_a_count(extract_both):
    figures = by_text(extract_both("The average number of passengers per flight rose to 146 in 2024, from 139 in 2023."))
    assert figures["146"]["metric"] == "COUNT" and figures["146"]["unit"] == "passenger"


@pytest.mark.parametrize(
    "text,figure,direction",
    [
        ("The number of self-employed women rose by 36 thousand and that of women aged 25 to 34 by "
         "14 thousand.", "14 thousand", "up"),
        ("Ontario and Quebec posted the biggest falls in housing starts in the quarter, of 4,700 and "
         "2,950 respectively.", "2,950", "down"),
    ],
)
def test_changes_named_before_their_figure(extract_both, text, figure, direction):
    found = by_text(extract_both(text))[figure]
    assert (found["metric"], found["direction"]) == ("CHANGE", direction)


def test_a_figure_after_by_with_a_verb_of_its_own_is_no_gapped_change(extract_both):
    assert by_text(extract_both("Employment rose by 12,000 and was supported by 4,500 new firms."))["4,500"]["metric"] \
        == "COUNT"


def test_a_bracketed_column_declared_as_a_share(extract_both):
    text = ("Change in services output, May 2025 on May 2024, per cent (weight of the branch in brackets)\n"
            "- All services: 1.8 (100.0)\n- Hotels and restaurants: 4.6 (3.9)\n")
    figures = by_text(extract_both(text))
    assert figures["3.9"]["metric"] == "SHARE"
    assert figures["4.6"]["metric"] == "CHANGE"


@pytest.mark.parametrize(
    "text,parts,whole,direction",
    [
        ("Imports of services rose $2.2 billion to $71.8 billion, reflecting increases in transport ($1.1 billion) "
         "and in insurance ($0.6 billion).", ("$1.1 billion", "$0.6 billion"), "$2.2 billion", "up"),
        ("Construction added 27,000 jobs in May, above the average monthly gain of 19,000, with gains "
         "in specialty trades (+15,000) and heavy civil work (+8,000).", ("+15,000", "+8,000"), "27,000", "up"),
        ("Exports of goods fell $3.1 billion, reflecting decreases in capital goods ($2.0 billion) and in "
         "foods and feeds ($0.7 billion).", ("$2.0 billion",), "$3.1 billion", "down"),
    ],
)
def test_amounts_of_change_listed_after_increases_in_are_parts_of_the_change(extract_both, text, parts, whole,
                                                                              direction):
    doc = extract_both(text)
    figures, rel = by_text(doc), relations(doc)
    for part in parts:
        assert (figures[part]["metric"], figures[part]["direction"]) == ("CHANGE", direction), part
        assert (part, "PART_OF", whole) in rel, part


def test_percents_listed_after_increases_in_are_parts_of_nothing(extract_both):
    text = ("Tuition fees climbed 4.1% year over year, with the fastest increases in Manitoba (+6.9%) and "
            "Quebec (+5.8%).")
    assert not [r for r in relations(extract_both(text)) if r[1] == "PART_OF"]


@pytest.mark.parametrize(
    "text,figure,label,phrase",
    [
        ("Inflation expectations for 2025 rose to 4.6% from 4.0% at the November meeting.", "4.0%", "PERIOD",
         "at the November meeting"),
        ("The Committee kept the policy rate at 4.50% at its December meeting.", "4.50%", "PERIOD",
         "at its December meeting"),
        ("Growth projections are 0.2 percentage points higher than at the previous meeting.", "0.2 percentage points",
         "BASELINE", "the previous meeting"),
    ],
)
def test_meetings_are_times(extract_both, text, figure, label, phrase):
    assert (figure, label, phrase) in relations(extract_both(text))


def test_a_comparison_after_a_later_change_is_not_shared_by_an_earlier_dated_change(extract_both):
    rel = relations(extract_both("Hotel nights edged down 0.4% in June but were up 2.3% compared with June 2023."))
    assert ("2.3%", "BASELINE", "June 2023") in rel
    assert not [r for r in rel if r[0] == "0.4%" and r[1] == "BASELINE"]


def test_the_level_a_change_reaches_is_part_of_nothing_without_a_cue(extract_both):
    text = ("Outbound trips rose 7% to 6.4 million in the quarter, while inbound visits went up by 11% to about "
            "2.9 million.")
    assert not [r for r in relations(extract_both(text)) if r[1] == "PART_OF"]


def test_a_from_value_is_compared_within_its_own_clause(extract_both):
    text = ("Rice prices eased to 4.8% in March from 6.9% in February, while wheat prices fell to 2.1%, the lowest in "
            "three years.")
    rel = relations(extract_both(text))
    assert ("6.9%", "CATEGORY", "Rice prices") in rel
    assert not [r for r in rel if r[0] == "6.9%" and r[1] == "CATEGORY" and "wheat" in r[2]]
