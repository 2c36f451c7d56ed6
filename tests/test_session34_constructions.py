"""Session 34's constructions (GUIDELINES C34-1..), each written anew from how police, border, health, transport and
statistics-office releases and news reports state their figures."""

import pytest

from conftest import by_text, check, relations


def spans_of(doc: dict, label: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["label"] == label]


@pytest.mark.parametrize("sentence,figure,direction", [
    ("Overseas visitors made 9.6 million trips, soaring 41 percent.", "41 percent", "up"),
    ("Coal shipments totalled 12.2 million tonnes, plunging 18% on the year.", "18%", "down"),
    ("Container volumes reached 2.1 million TEU, climbing 6.3 percent.", "6.3 percent", "up"),
])
def test_change_verbs_in_their_ing_forms_state_a_change(extract_both, sentence, figure, direction):
    q = by_text(extract_both(sentence))[figure]
    assert q["metric"] == "CHANGE" and q["direction"] == direction, q


@pytest.mark.parametrize("sentence,figure,period", [
    ("Last year, the agency processed 3.8 million visa applications.", "3.8 million", "Last year"),
    ("This year, customs officers have seized 41 tonnes of cocaine.", "41 tonnes", "This year"),
    ("Unemployment peaked at 6.1% in March last year.", "6.1%", "in March last year"),
    ("On Saturday 14 September more than 118,000 passengers used the airport.", "118,000", "On Saturday 14 September"),
    ("Of the 2,310 outbreaks reported since week 36, 1,408 were in schools.", "2,310", "since week 36"),
    ("Officers returned 52 fugitives, compared with 31 in the whole of last year.", "31", "in the whole of last year"),
    ("Since the start of the winter campaign in November, police have closed 640 illegal gambling dens.", "640",
     "Since the start of the winter campaign in November"),
])
def test_periods_read_as_one_phrase(extract_both, sentence, figure, period):
    doc = extract_both(sentence)
    check(relations(doc), [(figure, "PERIOD", period)])


def test_a_value_in_brackets_after_its_baseline_is_that_times_level(extract_both):
    doc = extract_both("Burglaries fell to 210,400 in 2024, a 7% decrease compared with the previous year (226,300).")
    q = by_text(doc)["226,300"]
    assert q["metric"] == "COUNT", q


def test_a_baseline_phrase_is_never_a_category(extract_both):
    doc = extract_both("Rail passengers made 412 million journeys between April and June, a rise of 6% on the same "
                       "quarter last year and still 3% short of the 425 million made in the same quarter of 2019.")
    baselines = set(spans_of(doc, "BASELINE"))
    assert "the same quarter last year" in baselines, baselines
    assert not [r for r in relations(doc) if r[1] == "CATEGORY" and r[2] in baselines], sorted(relations(doc))


def test_the_start_of_a_series_dates_no_figure(extract_both):
    doc = extract_both("Vehicle thefts rose to 130,389, the highest total since current counting rules began in 2012, "
                       "and 7% more than in the previous year.")
    assert not [r for r in relations(doc) if r[:2] == ("130,389", "PERIOD")], sorted(relations(doc))


@pytest.mark.parametrize("sentence,figure,unit", [
    ("Officers recorded 830 robberies in the quarter. Of those, 212 involved a weapon.", "212", "robbery"),
    ("Paramedics attended 4,400 crashes, of which 950 involved a motorcycle.", "950", "crash"),
])
def test_a_part_named_by_its_verb_counts_what_its_whole_counts(extract_both, sentence, figure, unit):
    assert by_text(extract_both(sentence))[figure]["unit"] == unit


def test_a_part_stated_with_a_copula_counts_its_own_noun(extract_both):
    doc = extract_both("Of the 7,200 people naturalised, 2,950 were Indian citizens.")
    assert by_text(doc)["2,950"]["unit"] == "citizen"


def test_a_month_compared_after_that_in_is_a_baseline(extract_both):
    doc = extract_both("In May, industrial output grew by 5.6 percent year on year, 0.4 percentage points slower than "
                       "that in April.")
    assert "April" in spans_of(doc, "BASELINE"), spans_of(doc, "BASELINE")


@pytest.mark.parametrize("sentence,fraction", [
    ("Almost a third (31%) of respondents said they had cut back on heating.", "a third"),
    ("Nigerians made up around a fifth (19.6%) of all applicants.", "a fifth"),
])
def test_a_fraction_restated_in_brackets_is_a_figure(extract_both, sentence, fraction):
    q = by_text(extract_both(sentence))[fraction]
    assert q["metric"] == "SHARE" and q["unit"] == "percent", q


def test_an_ed_verb_after_an_aside_is_no_part_of_a_category(extract_both):
    doc = extract_both("Transport prices rose by 3.0%, while restaurants and hotels, at 6.1%, made the largest "
                       "upward contribution (0.34 percentage points).")
    cats = [child for head, label, child in relations(doc) if head == "0.34 percentage points" and label == "CATEGORY"]
    assert not any(c.startswith("made") for c in cats), cats


@pytest.mark.parametrize("sentence,figure,category", [
    ("Among imports, fuels (EUR 2.1 billion) fell 8.4%.", "EUR 2.1 billion", "fuels"),
    ("Within arrests, knife offences (3,180) rose by 12%.", "3,180", "knife offences"),
])
def test_an_opening_prepositional_phrase_is_no_list_item(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


@pytest.mark.parametrize("headline,figure,category", [
    ("Factory output slows to 1.2% in May", "1.2%", "Factory output"),
    ("Home sales slump to 61,000 in October", "61,000", "Home sales"),
])
def test_headline_verbs_in_the_present_end_the_subject(extract_both, headline, figure, category):
    check(relations(extract_both(headline)), [(figure, "CATEGORY", category)])


def test_a_level_named_after_a_participle_keeps_the_subject(extract_both):
    doc = extract_both("The share of sales made online kept climbing, reaching a record high of 27.4% in December.")
    cats = [child for head, label, child in relations(doc) if head == "27.4%" and label == "CATEGORY"]
    assert cats and "share of sales" in cats[0], sorted(relations(doc))


def test_a_quoted_counted_noun(extract_both):
    doc = extract_both('During the operation, police detained 640 "money couriers" and froze 1,900 bank accounts.')
    q = by_text(doc)["640"]
    assert q["unit"] == "courier", q
    check(relations(doc), [("640", "CATEGORY", "money couriers")])


def test_hours_in_a_scaled_table_are_lengths_of_time(extract_both):
    doc = extract_both("Table 2: Labour input\n\n"
                       "Measure                      | Q2 2024 | Q3 2024\n"
                       "Hours worked (millions)      | 1,041   | 1,046\n")
    q = by_text(doc)["1,046"]
    assert q["unit"] == "hour" and q["metric"] == "AMOUNT" and q["value"] == 1_046_000_000, q


@pytest.mark.parametrize("sentence,baseline", [
    ("Output was 1.9% higher than in the year-earlier quarter.", "the year-earlier quarter"),
    ("There were 9,870 deaths, 288 fewer than in the same week in 2023.", "the same week in 2023"),
    ("Registrations were 14,200 lower than over the equivalent weeks of last year.",
     "the equivalent weeks of last year"),
    ("The clinic saw 655 patients, 41 more than in the week before.", "the week before"),
    ("Admissions were 3.8% above the expected level.", "the expected level"),
    ("Investment remained 2.6% below its pre-pandemic level in the fourth quarter of 2019.",
     "its pre-pandemic level in the fourth quarter of 2019"),
])
def test_comparison_points_read_whole(extract_both, sentence, baseline):
    assert baseline in spans_of(extract_both(sentence), "BASELINE")


def test_a_count_is_part_of_a_count_not_of_the_money_beside_it(extract_both):
    doc = extract_both("Police recorded 31,200 burglaries in the year, involving property losses of $412 million; among "
                       "them, 9,800 were break-ins at shops.")
    check(relations(doc), [("9,800", "PART_OF", "31,200")], absent=[("9,800", "PART_OF", "$412 million")])


def test_a_conjunction_inside_the_counted_noun_opens_no_clause(extract_both):
    doc = extract_both("A total of 312 million inbound and outbound crossings were recorded, an increase of 48.6 percent.")
    check(relations(doc), [("48.6 percent", "MODIFIES", "312 million")])


def test_an_earlier_value_takes_the_noun_written_after_the_level(extract_both):
    doc = extract_both("The backlog fell to 2.91 million applications at the end of June, from 2.98 million in May.")
    assert by_text(doc)["2.98 million"]["unit"] == "application"


def test_a_share_of_a_group_with_a_past_verb_is_its_own_subject(extract_both):
    doc = extract_both("The number of patients waiting over 18 weeks was 1,204,310, and 61.3% of patients attended "
                       "clinics within six weeks.")
    check(relations(doc), [("61.3%", "CATEGORY", "patients")], absent=[("61.3%", "MODIFIES", "1,204,310")])


def test_a_lower_case_class_number_stays_in_the_noun_phrase(extract_both):
    doc = extract_both("Mean response times for category 1 calls were 8 minutes and 40 seconds.")
    cats = [child for head, label, child in relations(doc) if head == "8 minutes and 40 seconds" and label == "CATEGORY"]
    assert cats and "category 1 calls" in cats[0], sorted(relations(doc))


def test_an_including_aside_in_the_subject_makes_no_part(extract_both):
    doc = extract_both("Officers made 18,400 arrests in October. Total detentions, including those by partner "
                       "agencies, were 25,100.")
    assert not [r for r in relations(doc) if r[:2] == ("25,100", "PART_OF")], sorted(relations(doc))


def test_a_time_after_a_bare_count_is_no_counted_noun(extract_both):
    doc = extract_both("Passenger numbers at the terminal reached 41.2 million last year, beating the previous record of "
                       "39.8 million set in 2019.")
    q = by_text(doc)["41.2 million"]
    assert q["unit"] == "passenger", q
    check(relations(doc), [("41.2 million", "PERIOD", "last year"), ("39.8 million", "PERIOD", "in 2019")],
          absent=[("39.8 million", "PART_OF", "41.2 million")])
