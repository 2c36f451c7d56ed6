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


def test_a_header_ending_on_an_abbreviation_is_a_header(extract_both):
    doc = extract_both("Table 4. Value added by industry, third quarter\n\n"
                       "Industry            EUR million    Change, %    Contribution, p.p.\n"
                       "Manufacturing          2,815.6        1.7           0.3\n"
                       "Construction             904.2       -2.4          -0.2\n")
    found = by_text(doc)
    assert found["2,815.6"]["unit"] == "euro" and found["2,815.6"]["value"] == 2_815_600_000, found["2,815.6"]
    assert found["1.7"]["unit"] == "percent" and found["1.7"]["metric"] == "CHANGE", found["1.7"]
    assert found["0.3"]["unit"] == "percentage point", found["0.3"]


@pytest.mark.parametrize("table", [
    "Table 2. GDP at current prices (EUR million) and volume growth (%)\n\n"
    "| Quarter | GDP | q-o-q | y-o-y |\n| Q1 2024 | 15,906.3 | 0.6 | 2.1 |\n| Q2 2024 | 16,240.8 | 0.9 | 2.8 |\n",
    "Table 2. GDP at current prices (EUR million) and volume growth (%)\n\n"
    "Quarter     GDP         q-o-q   y-o-y\nQ1 2024     15,906.3    0.6     2.1\nQ2 2024     16,240.8    0.9     2.8\n",
])
def test_change_columns_take_the_titles_percent_and_level_columns_its_money(extract_both, table):
    found = by_text(extract_both(table))
    assert found["16,240.8"]["unit"] == "euro" and found["16,240.8"]["value"] == 16_240_800_000, found["16,240.8"]
    for cell in ("0.9", "2.8"):
        assert found[cell]["unit"] == "percent" and found[cell]["metric"] == "CHANGE", found[cell]


def test_a_value_compared_to_is_no_level_reached(extract_both):
    doc = extract_both("Steel output in October 2024 reached 84.3 million tonnes, registering a growth of 5.2% compared "
                       "to 80.1 million tonnes in October 2023.")
    check(relations(doc), [("5.2%", "MODIFIES", "84.3 million tonnes")],
          absent=[("5.2%", "MODIFIES", "80.1 million tonnes")])


@pytest.mark.parametrize("headline,figure,category", [
    ("Ministry of Steel: crude steel output touches 13.2 MT in October", "13.2 MT", "crude steel output"),
    ("Gross GST collections clock Rs 1.73 lakh crore in October", "Rs 1.73 lakh crore", "Gross GST collections"),
    ("Freight loading crosses 1,000 MT in record time", "1,000 MT", "Freight loading"),
])
def test_headline_verbs_of_milestones_end_the_subject(extract_both, headline, figure, category):
    check(relations(extract_both(headline)), [(figure, "CATEGORY", category)])


def test_a_reporting_clause_names_the_source_not_the_measure(extract_both):
    doc = extract_both("Korea's exports rose 1.4% in November, customs data showed on Sunday, short of a 2.3% gain "
                       "forecast by analysts.")
    cats = [child for head, label, child in relations(doc) if head == "2.3%" and label == "CATEGORY"]
    assert cats and "data" not in cats[0], sorted(relations(doc))


def test_a_list_of_amounts_of_goods_is_no_part_of_a_whole(extract_both):
    doc = extract_both("Officers also seized 3.1 tonnes of heroin, 640 kg of ketamine and 96 million cigarettes.")
    assert not [r for r in relations(doc) if r[1] == "PART_OF"], sorted(relations(doc))


@pytest.mark.parametrize("sentence,figure,category", [
    ("Inspectors stopped 2,310 shipments worth an estimated EUR 71 million.", "2,310", "shipments"),
    ("Officers intercepted 418 parcels worth USD 3.2 million.", "418", "parcels"),
])
def test_a_value_after_worth_ends_the_counted_noun(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


def test_a_like_compound_stays_in_the_noun_phrase(extract_both):
    doc = extract_both("The consultation rate for flu-like illness was 96.4 per 100,000 in week 3.")
    cats = [child for head, label, child in relations(doc) if head == "96.4 per 100,000" and label == "CATEGORY"]
    assert cats and "rate for flu-like illness" in cats[0], sorted(relations(doc))


def test_a_change_in_points_is_of_the_figure_not_of_its_target(extract_both):
    doc = extract_both("Uptake among care home residents was 68.4%, below the 80% target and 2.2 percentage points "
                       "lower than at the same point last season.")
    check(relations(doc), [("2.2 percentage points", "MODIFIES", "68.4%")])
    assert "the same point last season" in [doc["text"][s["start"]:s["end"]] for s in doc["spans"]
                                            if s["label"] == "BASELINE"]


def test_a_pre_pandemic_year_ending_is_one_baseline(extract_both):
    doc = extract_both("Visitor arrivals were 6.9 million in the year ending June 2024, 88% of the pre-pandemic year "
                       "ending June 2019.")
    assert "the pre-pandemic year ending June 2019" in [doc["text"][s["start"]:s["end"]] for s in doc["spans"]
                                                       if s["label"] == "BASELINE"]


def test_it_after_a_rate_states_that_rate(extract_both):
    doc = extract_both("The frequency of crime, the number of cases per 100,000 inhabitants, rose to 6,980. Among the "
                       "states, it ranged from 4,210 in Bavaria to 13,950 in Berlin.")
    found = by_text(doc)
    for cell in ("4,210", "13,950"):
        assert found[cell]["unit"] == "case per 100,000 inhabitants" and found[cell]["metric"] == "SHARE", found[cell]


def test_a_pronoun_opens_the_next_clause_not_the_counted_noun(extract_both):
    doc = extract_both("In cities with more than 500,000 inhabitants it averaged 11,360.")
    assert by_text(doc)["500,000"]["unit"] == "inhabitant"


def test_n_of_a_places_m_is_a_part(extract_both):
    doc = extract_both("Unemployment fell in 11 of Canada's 13 provinces and territories.")
    check(relations(doc), [("11", "PART_OF", "13")])


def test_the_next_years_are_a_period_not_an_amount(extract_both):
    doc = extract_both("The operator plans to invest EUR 450 million over the next five years.")
    assert "five years" not in by_text(doc)
    check(relations(doc), [("EUR 450 million", "PERIOD", "over the next five years")])


def test_the_header_of_a_markdown_table_is_above_its_rule_line(extract_both):
    doc = extract_both("Table 5: Labour market\n\n| Indicator | Q2 2024 | Q3 2024 | Change (pp) |\n|---|---|---|---|\n"
                       "| Employment rate (%) | 74.6 | 74.9 | 0.3 |\n| Unemployment rate (%) | 4.4 | 4.1 | -0.3 |\n")
    found = by_text(doc)
    assert found["0.3"]["unit"] == "percentage point" and found["0.3"]["metric"] == "CHANGE", found["0.3"]


def test_a_share_after_a_change_in_a_fragment_is_of_the_figure_before(extract_both):
    doc = extract_both("The total trade value with the EU is 0.76 trillion yuan. Increase 2.4%, accounting for 11.6% "
                       "of the country's total foreign trade value.")
    check(relations(doc), [("2.4%", "MODIFIES", "0.76 trillion yuan"), ("11.6%", "MODIFIES", "0.76 trillion yuan")])


def test_an_average_daily_figure_is_no_part(extract_both):
    doc = extract_both("During the holiday, cross-regional trips totaled 1.96 billion person-times, with an average "
                       "daily of 280 million person-times. Among them, railway trips were 131.6 million person-times, "
                       "an average daily of 18.8 million person-times.")
    rel = relations(doc)
    assert not [r for r in rel if r[0] in ("280 million person-times", "18.8 million person-times") and
                r[1] == "PART_OF"], sorted(rel)


def test_a_percent_after_a_signed_change_in_one_bracket_is_a_change(extract_both):
    doc = extract_both("Employment rose in health and social work (+88 thousand, 3.0%) and in education (+41 thousand, "
                       "2.1%).")
    for cell in ("3.0%", "2.1%"):
        assert by_text(doc)[cell]["metric"] == "CHANGE", by_text(doc)[cell]


def test_a_rate_for_an_age_group_with_a_gloss_keeps_its_subject(extract_both):
    doc = extract_both("The employment rate for those aged 15-64 (OECD comparison standard) rose 0.3 percentage "
                       "points to 69.8%.")
    cats = [child for head, label, child in relations(doc) if head == "69.8%" and label == "CATEGORY"]
    assert cats and cats[0].startswith("employment rate"), sorted(relations(doc))


def test_a_comparison_inside_a_later_bracket_serves_only_its_own_figure(extract_both):
    doc = extract_both("Services are expected to have the highest annual rate in December (4.0%, compared with 3.9% "
                       "in November), followed by non-energy industrial goods (0.5%, stable compared with November).")
    rel = relations(doc)
    assert not [r for r in rel if r[0] == "4.0%" and r[1] == "BASELINE"], sorted(rel)


def test_in_each_of_the_previous_months_is_one_period(extract_both):
    doc = extract_both("The index rose 0.4 percent in December, after rising 0.3 percent in each of the previous three "
                       "months.")
    check(relations(doc), [("0.3 percent", "PERIOD", "in each of the previous three months")],
          absent=[("0.3 percent", "PERIOD", "in December")])


def test_a_place_ending_in_s_is_no_counted_noun_and_a_title_rate_per_one_declares_the_cells(extract_both):
    doc = extract_both("Total fertility rate (children per woman), 2021-2023\n\n"
                       "Nation      2021    2023\nScotland    1.31    1.25\nWales       1.49    1.40\n")
    for cell in ("1.49", "1.40"):
        q = by_text(doc)[cell]
        assert q["unit"] == "child per woman" and q["metric"] == "SHARE", q


def test_a_rate_followed_by_its_earlier_value_modifies_nothing(extract_both):
    doc = extract_both("The fertility rate was 1.38 children per woman (1.44 in 2022).")
    assert not [r for r in relations(doc) if r[0] == "1.38 children per woman" and r[1] == "MODIFIES"], \
        sorted(relations(doc))


def test_a_fraction_after_by_is_the_change(extract_both):
    doc = extract_both("The number of deaths related to drug misuse rose by almost a fifth to 1,051 in 2023.")
    found = by_text(doc)
    assert found["a fifth"]["metric"] == "CHANGE" and found["1,051"]["unit"] == "death", (found["a fifth"],
                                                                                          found["1,051"])


def test_a_rate_per_billion_vehicle_miles_named_in_the_subject(extract_both):
    doc = extract_both("The fatality rate per billion vehicle miles fell to 4.6, compared with 4.9 in 2023.")
    for cell in ("4.6", "4.9"):
        q = by_text(doc)[cell]
        assert q["unit"] == "fatality per billion vehicle mile" and q["metric"] == "SHARE", q


def test_coordinated_participles_before_a_counted_noun(extract_both):
    doc = extract_both("There were 27,295 killed or seriously injured (KSI) casualties in 2024.")
    q = by_text(doc)["27,295"]
    assert q["unit"] == "casualty", q


def test_a_bracketed_count_after_an_n_in_m_share_is_no_percent(extract_both):
    doc = extract_both("Around 1 in 4 deaths (301) were in the most deprived areas, compared with 1 in 20 (62) in the "
                       "least deprived.")
    assert by_text(doc)["62"]["unit"] != "percent", by_text(doc)["62"]


def test_a_change_cell_in_a_row_of_lengths_takes_their_unit(extract_both):
    doc = extract_both("Indicator                 Q3 2024    Q3 2023    Change\n"
                       "Visitors (thousands)        4,812      4,390     +9.6%\n"
                       "Average stay (nights)         3.4        3.6      -0.2\n")
    q = by_text(doc)["-0.2"]
    assert q["unit"] == "night" and q["metric"] == "CHANGE", q


def test_an_improvement_is_a_change_and_a_compared_value_in_crore_keeps_its_time(extract_both):
    doc = extract_both("Freight loading was 131.2 MT in October, an improvement of about 3.9%. Freight earnings were "
                       "Rs 13,987 crore, compared with Rs 13,220 crore in the same month last year.")
    assert by_text(doc)["3.9%"]["metric"] == "CHANGE", by_text(doc)["3.9%"]
    check(relations(doc), [("Rs 13,220 crore", "PERIOD", "in the same month last year")],
          absent=[("Rs 13,987 crore", "PERIOD", "last year")])


def test_a_titles_percent_stays_with_the_levels_when_the_change_column_declares_its_own(extract_both):
    doc = extract_both("Unemployment rate by age group (%)\n\nAge group    Oct 2024    Oct 2023    Change (pp)\n"
                       "15-24            14.2        13.6            0.6\n25-74             5.0         5.2           -0.2\n")
    found = by_text(doc)
    assert found["14.2"]["unit"] == "percent" and found["14.2"]["metric"] == "SHARE", found["14.2"]
    assert found["0.6"]["unit"] == "percentage point", found["0.6"]
    assert found["15-24"]["unit"] == "year" and found["15-24"]["metric"] == "AMOUNT", found["15-24"]
