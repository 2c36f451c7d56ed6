"""Session 20's constructions (GUIDELINES C20-1..C20-15), each written anew from how statistics offices, central banks
and trade ministries state their figures: comparisons written ``vis-à-vis``, bare numbers coordinated before a scaled
one, scales set off inside a sentence, changes stated as compared values, totals after ``together``, names before
bracketed counts, footnote marks and references, each change's own comparison, times that open, interrupt or date a
compared value, the item before a bracketed count, bracketed rates of change, index levels and rates per population,
changes named before their figure, amounts of change listed after ``increases in``, and meetings as times."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("Merchandise exports for September 2024 were USD 34.58 billion, registering a growth of 0.62 per cent "
         "vis-à-vis September 2023.", "0.62 per cent", "September 2023"),
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
    text = ("The largest surpluses, in billions of dollars, were with the Netherlands ($5.2), Hong Kong ($2.1) and "
            "Australia ($1.8). Deficits with China ($25.4 billion) and Mexico ($15.3 billion) widened.")
    figures = by_text(extract_both(text))
    for cell, value in (("$5.2", 5.2e9), ("$2.1", 2.1e9), ("$1.8", 1.8e9), ("$25.4 billion", 25.4e9)):
        assert figures[cell]["value"] == pytest.approx(value), cell


def test_a_bracketed_scale_gives_bare_figures_its_unit(extract_both):
    figures = by_text(extract_both("Operating revenue (in millions of euros) rose to 412.5 in 2024 from 398.1 in 2023."))
    assert figures["412.5"]["value"] == pytest.approx(412.5e6)
    assert figures["412.5"]["unit"] == "euro"
    assert figures["398.1"]["value"] == pytest.approx(398.1e6)


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
    text = ("Of the 40 districts, which together hold 2.1 million residents, 9 reported rising rents; together "
            "they house 0.6 million people.")
    doc = extract_both(text)
    values = {text: q["value"] for text, q in by_text(doc).items()}
    for head, label, child in relations(doc):
        if label == "PART_OF":
            assert head != child
            assert values[head] <= values[child], (head, child)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In October, Poland (9 410), Czechia (7 215) and Hungary (4 870) issued the most first permits.",
         [("9 410", "Poland"), ("7 215", "Czechia"), ("4 870", "Hungary")]),
        ("In 2024, Germany (18 105 applicants), Spain (12 510) and Italy (11 895) received the most applications.",
         [("18 105", "Germany"), ("12 510", "Spain")]),
    ],
)
def test_names_before_bracketed_counts_are_their_categories(extract_both, text, expected):
    rel = relations(extract_both(text))
    for figure, name in expected:
        assert (figure, "CATEGORY", name) in rel


def test_a_name_opening_the_sentence_is_never_the_counted_noun(extract_both):
    figures = by_text(extract_both("Toyota (550) was the most popular make in October, followed by Hyundai (384) "
                                   "and Skoda (301)."))
    for cell in ("550", "384", "301"):
        assert figures[cell]["unit"] != "toyota", cell


def test_the_noun_in_a_bracket_after_a_name_is_the_unit(extract_both):
    figures = by_text(extract_both("In 2024, Germany (18 105 applicants), Spain (12 510) and Italy (11 895) received "
                                   "the most applications."))
    assert figures["18 105"]["unit"] == "applicant"


def test_footnote_marks_with_their_notes_are_no_quantities(extract_both):
    text = ("About two thirds of the basket is repriced monthly (1). The fewest permits were issued in Malta (2).\n"
            "(1) Items priced once a quarter are carried forward.\n")
    figures = by_text(extract_both(text))
    assert "1" not in figures
    assert "a quarter" not in figures
    assert figures["2"]["metric"] == "COUNT"


@pytest.mark.parametrize(
    "text,reference",
    [
        ("Exhibit 1. Trade in goods, in billions of dollars", "1"),
        ("Chemicals (SITC 51 and 54) were valued at 14,896 million euros.", "54"),
        ("The band was set under Decree No. 12,079 of 26 June 2024.", "12,079"),
    ],
)
def test_references_are_no_quantities(extract_both, text, reference):
    assert reference not in by_text(extract_both(text))


def test_a_change_restated_in_brackets_takes_the_comparison_after_its_brackets(extract_both):
    text = "Payrolled employees fell by 35,000 (-0.1%) on the month but rose by 76,000 (+0.3%) on the year."
    rel = relations(extract_both(text))
    assert ("76,000", "BASELINE", "the year") in rel
    assert ("35,000", "BASELINE", "the month") in rel


def test_a_bare_month_coordinated_with_a_dated_one_is_distributed(extract_both):
    text = "Nominal services revenue grew 0.8% and 9.6% compared with September and October 2023 respectively."
    rel = relations(extract_both(text))
    assert ("0.8%", "BASELINE", "September") in rel
    assert ("9.6%", "BASELINE", "October 2023") in rel


@pytest.mark.parametrize(
    "text,figure,period",
    [
        ("From January 2025, the inflation target set by the council is 3.0%.", "3.0%", "From January 2025"),
        ("From 1 April 2024, the standard rate of duty rose to 12.5%.", "12.5%", "From 1 April 2024"),
    ],
)
def test_a_dated_from_opening_the_sentence_is_its_period(extract_both, text, figure, period):
    assert (figure, "PERIOD", period) in relations(extract_both(text))


def test_a_relative_from_opening_the_sentence_stays_a_comparison(extract_both):
    text = "From the same month one year ago, the price index increased 2.1 percent."
    assert ("2.1 percent", "BASELINE", "the same month one year ago") in relations(extract_both(text))


def test_a_subject_before_its_dating_phrase_and_an_as_interjection(extract_both):
    text = ("Inflation expectations for 2024 and 2025, as measured by the weekly survey, rose to around 4.8% and 4.6%, "
            "respectively.")
    rel = relations(extract_both(text))
    assert ("4.8%", "CATEGORY", "Inflation expectations") in rel


def test_a_change_below_a_dated_compared_value_is_compared_with_its_time(extract_both):
    doc = extract_both("Visitor arrivals remained 52,850 (7.4%) below the 713,370 recorded in October 2019.")
    figures, rel = by_text(doc), relations(doc)
    assert figures["52,850"]["metric"] == "CHANGE" and figures["52,850"]["direction"] == "down"
    assert figures["7.4%"]["metric"] == "CHANGE"
    assert ("52,850", "BASELINE", "October 2019") in rel
    assert ("7.4%", "BASELINE", "October 2019") in rel


def test_a_compared_value_without_a_change_keeps_its_time_as_period(extract_both):
    text = "The average stay was 1.96 nights, slightly shorter than the 1.97 nights recorded in the first half of 2023."
    assert ("1.97 nights", "PERIOD", "in the first half of 2023") in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Most dwellings were started in the Mazowieckie voivodship (38.9 thousand), followed by Malopolskie "
         "(22.1 thousand).", "38.9 thousand", "dwelling"),
        ("Employment rose by 204 thousand jobs, with gains in professional, scientific and technical activities "
         "(+79 thousand) and information and communication (+53 thousand).", "+53 thousand", "job"),
    ],
)
def test_the_item_before_a_bracketed_count_is_not_what_it_counts(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Inflation was 5.48% in November; the highest rates were observed in Odisha (6.88%), Bihar (6.73%) and "
         "Chhattisgarh (6.66%), and the lowest in Delhi (2.87%).", "2.87%"),
        ("Sales of food rose by 3.2% (1.9% in September), while non-food sales rose 1.1%.", "1.9%"),
    ],
)
def test_bracketed_percents_in_a_sentence_of_changes_are_changes(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "CHANGE"


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Permissions rose 9.8% on a year earlier; Brazil (14.2%), India (13.9%) and China (7.1%) accounted for the "
         "largest shares.", "14.2%"),
        ("Exports rose 5.1%, with the EU taking the largest share (34.2%).", "34.2%"),
    ],
)
def test_bracketed_percents_named_as_shares_stay_shares(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "SHARE"


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The all-items CPI stood at 161.1 (2002=100) in September, compared with 158.7 a year earlier.", "161.1"),
        ("The HICP was 128.4 in October.", "128.4"),
        ("The composite stood at 112.5 (2015=100) in May.", "112.5"),
    ],
)
def test_index_levels_named_by_abbreviation_or_base(extract_both, text, figure):
    found = by_text(extract_both(text))[figure]
    assert (found["unit"], found["metric"]) == ("index point", "AMOUNT")


def test_a_bare_figure_in_a_rate_per_population_is_a_share(extract_both):
    text = ("The highest rates were recorded in Malta (33.6 permits per 1 000 population) and Cyprus (28.1), "
            "compared with 8.3 for the EU as a whole.")
    figures = by_text(extract_both(text))
    assert figures["28.1"]["metric"] == "SHARE" and figures["8.3"]["metric"] == "SHARE"


def test_an_average_number_per_thing_stays_a_count(extract_both):
    figures = by_text(extract_both("The average number of people per boat rose to 52 in 2024, from 45 in 2023."))
    assert figures["52"]["metric"] == "COUNT" and figures["52"]["unit"] == "person"


@pytest.mark.parametrize(
    "text,figure,direction",
    [
        ("The number of employed persons aged 60 and over rose by 273 thousand and that of persons aged 30 to 39 by "
         "91 thousand.", "91 thousand", "up"),
        ("New South Wales and Victoria recorded the largest falls in vacancies in original terms, of 23,400 and "
         "21,700 respectively.", "21,700", "down"),
    ],
)
def test_changes_named_before_their_figure(extract_both, text, figure, direction):
    found = by_text(extract_both(text))[figure]
    assert (found["metric"], found["direction"]) == ("CHANGE", direction)


def test_a_figure_after_by_with_a_verb_of_its_own_is_no_gapped_change(extract_both):
    assert by_text(extract_both("Employment rose by 12,000 and was supported by 4,500 new firms."))["4,500"]["metric"] \
        == "COUNT"


def test_a_bracketed_column_declared_as_a_share(extract_both):
    text = ("Change in industrial output, October 2024 on October 2023, per cent (value added share of the industry in "
            "brackets)\n- Total industries: 2.1 (100.0)\n- Mining and quarrying: 9.7 (2.3)\n")
    figures = by_text(extract_both(text))
    assert figures["2.3"]["metric"] == "SHARE"
    assert figures["9.7"]["metric"] == "CHANGE"


@pytest.mark.parametrize(
    "text,parts,whole,direction",
    [
        ("Exports of services increased $1.0 billion to $96.5 billion, reflecting increases in travel ($0.5 billion) "
         "and in financial services ($0.3 billion).", ("$0.5 billion", "$0.3 billion"), "$1.0 billion", "up"),
        ("Health care added 54,000 jobs in November, in line with the average monthly increase of 59,000, with gains "
         "in hospitals (+19,000) and home care (+12,000).", ("+19,000", "+12,000"), "54,000", "up"),
        ("Imports of goods decreased $2.4 billion, reflecting decreases in industrial supplies ($1.9 billion) and in "
         "automotive vehicles ($0.8 billion).", ("$1.9 billion",), "$2.4 billion", "down"),
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
    text = ("Rent prices climbed 8.2% year over year, with the fastest increases in Nova Scotia (+13.6%) and "
            "Alberta (+10.5%).")
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
