"""Session 33's constructions (GUIDELINES C33-1..), each written anew from how transport, police, health, customs and
statistics-office releases and news reports state their figures."""

import pytest

from conftest import by_text, check, relations


def spans_of(doc: dict, label: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["label"] == label]


@pytest.mark.parametrize("sentence,figure,category,unit", [
    ("In 2023 there were 27,300 recorded knife crime offences in London.", "27,300",
     "recorded knife crime offences in London", "offense"),
    ("Laboratories confirmed 412 imported malaria cases in 2024, the most since 2000.", "412",
     "imported malaria cases", "case"),
])
def test_a_participle_before_a_compound_counted_noun_modifies_it(extract_both, sentence, figure, category, unit):
    doc = extract_both(sentence)
    assert by_text(doc)[figure]["unit"] == unit, by_text(doc)[figure]
    check(relations(doc), [(figure, "CATEGORY", category)])


@pytest.mark.parametrize("sentence", [
    "Of the 17 regions, six recorded higher inflation rates in March.",
    "Among the 12 industries surveyed, nine reported lower sales than a year earlier.",
])
def test_a_figure_opening_its_clause_keeps_the_participle_as_its_verb(extract_both, sentence):
    doc = extract_both(sentence)
    second = sorted((q for q in by_text(doc).values()), key=lambda q: q["start"])[1]
    assert second["unit"] not in ("rate", "sale"), second


def test_a_value_in_brackets_after_a_compared_year_takes_no_clause_period(extract_both):
    doc = extract_both("Doctors reported 2,870 cases of whooping cough in 2024, an increase of 31% compared with 2023 "
                       "(2,190 cases).")
    rel = relations(doc)
    check(rel, [("2,870", "PERIOD", "in 2024"), ("31%", "MODIFIES", "2,870")], absent=[("2,190", "PERIOD", "in 2024")])


def test_counts_in_brackets_after_gapped_shares_are_counts(extract_both):
    doc = extract_both("Drivers accounted for 46% of those killed (751), motorcyclists 21% (343) and pedestrians 18% "
                       "(294).")
    found = by_text(doc)
    for figure in ("343", "294"):
        assert found[figure]["unit"] != "percent" and found[figure]["metric"] == "COUNT", found[figure]


@pytest.mark.parametrize("sentence,baseline", [
    ("The death rate was 4.6 per 100,000 in 2024, 3% below the 2015 to 2019 average of 4.7.",
     "the 2015 to 2019 average"),
    ("Sales stood at 41,200 units, 6% above the 2016-2019 average of 38,900.", "the 2016-2019 average"),
])
def test_an_average_of_a_span_of_years_is_one_baseline_and_its_value_no_change(extract_both, sentence, baseline):
    doc = extract_both(sentence)
    assert baseline in spans_of(doc, "BASELINE"), spans_of(doc, "BASELINE")
    last = max(by_text(doc).values(), key=lambda q: q["start"])
    assert last["metric"] != "CHANGE", last


def test_a_hyphenated_prefix_names_nothing_counted(extract_both):
    doc = extract_both("A total of 2.3 million outpatient appointments took place in March, of which 1.6 million were "
                       "face-to-face and 0.7 million non-attended.")
    assert by_text(doc)["0.7 million"]["unit"] != "non", by_text(doc)["0.7 million"]


@pytest.mark.parametrize("sentence,period", [
    ("From January to October this year, customs handled 4.9 million declarations.",
     "From January to October this year"),
    ("Between March and June of last year, 1,840 vessels called at the port.", "Between March and June of last year"),
])
def test_a_span_of_months_with_this_or_last_year_is_one_period(extract_both, sentence, period):
    assert period in spans_of(extract_both(sentence), "PERIOD")


def test_the_level_before_an_event_is_a_baseline(extract_both):
    doc = extract_both("Daily ridership reached 3.1 million in May, still 12% below the level before the pandemic.")
    check(relations(doc), [("12%", "BASELINE", "the level before the pandemic")])


def test_compared_to_a_month_is_a_baseline(extract_both):
    doc = extract_both("Officers seized 3,200 kilograms of cocaine in June, a 14% increase compared to May.")
    check(relations(doc), [("14%", "BASELINE", "May")])


@pytest.mark.parametrize("sentence,money,category", [
    ("Customs officers intercepted 96 consignments of counterfeit goods worth £4.1 million.", "£4.1 million",
     "consignments of counterfeit goods"),
    ("The agency processed 2.1 million import declarations valued at about $94 billion.", "$94 billion",
     "import declarations"),
])
def test_worth_and_valued_at_name_what_the_money_is_of(extract_both, sentence, money, category):
    rel = relations(extract_both(sentence))
    check(rel, [(money, "CATEGORY", category)])
    assert not any(label == "CATEGORY" and child.endswith("worth") for _, label, child in rel), rel


def test_a_time_after_the_last_of_several_compared_values_dates_that_value_only(extract_both):
    doc = extract_both("Retail sales rose 0.8%, compared with a forecast of 0.5% growth and a fall of 0.2% in "
                       "September.")
    rel = relations(doc)
    check(rel, [("0.2%", "PERIOD", "in September")], absent=[("0.8%", "PERIOD", "in September")])


@pytest.mark.parametrize("sentence,figure,period,other", [
    ("Factory output grew 3.4% in November, down from October's 4.1% pace.", "4.1%", "October", "3.4%"),
    ("Core prices rose 2.8%, above last month's 2.6% reading.", "2.6%", "last month", "2.8%"),
])
def test_a_possessive_time_dates_the_figure_after_it(extract_both, sentence, figure, period, other):
    rel = relations(extract_both(sentence))
    check(rel, [(figure, "PERIOD", period)], absent=[(other, "PERIOD", period)])


def test_a_count_before_its_comparative_change_keeps_its_own_unit(extract_both):
    doc = extract_both("Fatal shootings numbered 212, 9% fewer than in 2023 (233).")
    found = by_text(doc)["212"]
    assert found["unit"] != "percent" and found["metric"] == "COUNT", found


def test_a_zero_in_a_percent_change_column_is_a_change_of_none(extract_both):
    text = ("Table 2: Recorded offences by type, year ending March\n\n"
            "Offence              2024       2025    % change\n"
            "Arson               3,118      3,120        0\n"
            "Fraud              41,960     44,310        6\n")
    found = by_text(extract_both(text))["0"]
    assert found["metric"] == "CHANGE" and found["direction"] is None, found


def test_a_waiting_time_is_no_part_of_the_people_waiting(extract_both):
    doc = extract_both("The number of jobseekers rose by 40,000 to 1.2 million in June. Of those, 31% had been "
                       "looking for work for 52 weeks or more.")
    assert not any(head == "52 weeks" and label == "PART_OF" for head, label, _ in relations(doc))


def test_an_earlier_share_takes_the_category_of_the_count_its_share_describes(extract_both):
    doc = extract_both("In March, 186,000 long-term jobseekers had been out of work for a year or more, accounting "
                       "for 18.4% of all jobseekers, up from 15.9% a year earlier.")
    check(relations(doc), [("15.9%", "CATEGORY", "long-term jobseekers")])


def test_a_column_counting_with_its_own_scale_is_no_percent_of_the_prose_above(extract_both):
    text = ("Freight volumes rose 4.4% to 2.03 million tonnes over the year.\n\n"
            "Region              Passengers (m)    Change (%)\n"
            "Scandinavia             12.4              +3.9\n"
            "Baltics                  5.1              -1.2\n")
    found = by_text(extract_both(text))
    assert found["12.4"]["unit"] == "passenger" and found["12.4"]["metric"] == "COUNT", found["12.4"]
    assert found["12.4"]["value"] == pytest.approx(12_400_000), found["12.4"]


@pytest.mark.parametrize("sentence,figure,category", [
    ("The number of patients waiting more than two years fell to 1,300 in August.", "1,300",
     "patients waiting more than two years"),
    ("The number of people who waited more than 4 hours in emergency departments was 142,400.", "142,400",
     "people who waited more than 4 hours in emergency departments"),
])
def test_a_subject_holding_a_length_of_time_names_the_people_who_waited(extract_both, sentence, figure, category):
    doc = extract_both(sentence)
    check(relations(doc), [(figure, "CATEGORY", category)])


def test_money_spent_on_something_is_of_that_thing(extract_both):
    doc = extract_both("The ministry said it had spent €212 million on flood defences since 2021.")
    check(relations(doc), [("€212 million", "CATEGORY", "flood defences")])


def test_gapped_items_with_a_bound_word_share_the_counted_noun_and_kind(extract_both):
    doc = extract_both("Construction firms added 19,000 jobs in May, hotels nearly 12,000 and schools 8,000.")
    found = by_text(doc)
    for figure in ("12,000", "8,000"):
        assert found[figure]["unit"] == "job" and found[figure]["metric"] == "CHANGE", found[figure]


def test_a_count_compared_past_a_length_of_time_keeps_the_count_unit(extract_both):
    doc = extract_both("Some 31,900 patients waited more than 12 hours in A&E, up from 27,400 a month earlier.")
    assert by_text(doc)["27,400"]["unit"] == "patient", by_text(doc)["27,400"]


def test_a_comparison_inside_a_change_noun_is_that_changes_own(extract_both):
    doc = extract_both("Electric cars accounted for 24.1 percent of new registrations, a year-on-year rise of 6.3 "
                       "percentage points.")
    rel = relations(doc)
    check(rel, [("6.3 percentage points", "BASELINE", "year-on-year")],
          absent=[("24.1 percent", "BASELINE", "year-on-year")])


@pytest.mark.parametrize("sentence,figure,word", [
    ("The strike held output to a meager 1,900 vehicles in October.", "1,900", "meager"),
    ("Estimates for the two months were revised down by a combined 41,000.", "41,000", "combined"),
])
def test_an_adjective_between_an_article_and_a_figure_is_no_label(extract_both, sentence, figure, word):
    rel = relations(extract_both(sentence))
    assert (figure, "CATEGORY", word) not in rel, rel


@pytest.mark.parametrize("sentence,figure,category", [
    ("Police recorded 48,210 assaults without injury in the year ending March.", "48,210", "assaults without injury"),
    ("Crimes against property fell to 61,400 in 2024.", "61,400", "Crimes against property"),
])
def test_without_and_against_stay_inside_the_counted_phrase(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


def test_an_agent_lodging_a_bare_count_lodges_what_the_sentence_counts(extract_both):
    doc = extract_both("Venezuelans lodged 38,000 applications in the quarter, while Colombians lodged 29,000 and "
                       "Peruvians 11,000.")
    found = by_text(doc)
    for figure in ("29,000", "11,000"):
        assert found[figure]["unit"] == "application", found[figure]


def test_a_name_after_a_partitive_cue_names_its_bracketed_count(extract_both):
    doc = extract_both("Some 9% of arrivals (14,200) were children travelling alone, most of them Eritreans (4,300) "
                       "and Sudanese (3,900).")
    rel = relations(doc)
    check(rel, [("4,300", "CATEGORY", "Eritreans")])
    assert not any(head == "4,300" and label == "CATEGORY" and "," in child for head, label, child in rel), rel


def test_a_name_before_a_bracketed_count_with_a_bound_word(extract_both):
    doc = extract_both("Most of the visas went to India (about 96,000), ahead of Nigeria (41,000).")
    check(relations(doc), [("96,000", "CATEGORY", "India")])


def test_a_bare_count_after_a_later_share_counts_what_the_first_share_count_counts(extract_both):
    doc = extract_both("Freight trains ran 41.6 billion tonne-kilometres in the year. Of all trips, 61% (212 million) "
                       "were made on commuter lines and 27% (94 million) on intercity routes.")
    assert by_text(doc)["94 million"]["unit"] == by_text(doc)["212 million"]["unit"] == "trip", by_text(doc)


def test_a_reported_clause_with_its_own_subject_modifies_no_earlier_figure(extract_both):
    doc = extract_both("Officers dismantled 212 drug networks, the agency said, adding that the number of overdose "
                       "deaths fell 14 percent year on year.")
    rel = relations(doc)
    assert ("14 percent", "MODIFIES", "212") not in rel, rel


def test_a_past_verb_after_and_shares_the_earlier_subject(extract_both):
    doc = extract_both("The jobless rate had been 5.9% in January and peaked at 6.4% in April.")
    check(relations(doc), [("6.4%", "CATEGORY", "jobless rate")])


@pytest.mark.parametrize("text,figure,category", [
    ("NAIROBI, Feb 28 (Reuters) - Kenya's annual inflation rose to 3.5% in February, the statistics office said.",
     "3.5%", "Kenya's annual inflation"),
    ("LIMA, March 1 (AP) -- Peru's annual inflation eased to 1.5% in February.", "1.5%",
     "Peru's annual inflation"),
])
def test_a_dateline_is_no_part_of_the_subject(extract_both, text, figure, category):
    check(relations(extract_both(text)), [(figure, "CATEGORY", category)])


def test_a_bracketed_level_with_its_own_change_after_a_change_noun_is_a_level(extract_both):
    doc = extract_both("Shipbuilding exports surged 42.1%, offsetting declines in steel exports (down 9.2% to $2.6 "
                       "billion) and mobile phones ($1.1 billion, down 17.4%).")
    found = by_text(doc)
    assert found["$1.1 billion"]["metric"] == "MONEY", found["$1.1 billion"]
    check(relations(doc), [("17.4%", "MODIFIES", "$1.1 billion"), ("$2.6 billion", "CATEGORY", "steel exports")])


def test_on_year_after_a_figure_is_a_year_on_year_baseline(extract_both):
    doc = extract_both("Imports fell 2.0% on-year to $48.2 billion in October.")
    check(relations(doc), [("2.0%", "BASELINE", "on-year")])


def test_the_number_of_something_new_is_no_back_reference(extract_both):
    doc = extract_both("Scotland's population was estimated at 5,546,900 in mid-2023. The number of international "
                       "students rose by 8,300.")
    rel = relations(doc)
    assert ("8,300", "MODIFIES", "5,546,900") not in rel, rel
    check(rel, [("8,300", "CATEGORY", "international students")])


def test_a_when_clause_after_an_anaphor_has_its_own_subject(extract_both):
    doc = extract_both("Net migration was estimated at 728,000 in the year to June. This was the lowest level since "
                       "2021, when net migration fell by 212,000.")
    assert ("212,000", "MODIFIES", "728,000") not in relations(doc)


def test_a_change_from_a_dated_day_compares_with_that_day(extract_both):
    doc = extract_both("The population reached 5,400,000 on January 1, 2025, an increase of 41,200 people (+0.8%) "
                       "from January 1, 2024.")
    check(relations(doc), [("41,200", "BASELINE", "January 1, 2024")])


def test_an_irregular_participle_after_the_counted_noun_is_no_unit(extract_both):
    doc = extract_both("Bicycle theft rose 8.2% to 77,400 bicycles stolen, the most since 2019.")
    assert by_text(doc)["77,400"]["unit"] == "bicycle", by_text(doc)["77,400"]


def test_decades_are_a_length_of_time_of_nothing(extract_both):
    doc = extract_both("Burglaries fell 7.1%, the steepest annual decline in more than three decades.")
    found = by_text(doc)["three decades"]
    assert found["unit"] == "decade" and found["metric"] == "AMOUNT", found
    assert not any(head == "three decades" for head, _, _ in relations(doc)), relations(doc)


def test_a_change_named_as_a_predicate_is_no_category(extract_both):
    doc = extract_both("The survey estimated 4.4 million incidents of fraud in 2024. This was not a statistically "
                       "significant change compared with 2023 (4.6 million).")
    rel = relations(doc)
    assert not any(label == "CATEGORY" and child.endswith("change") for _, label, child in rel), rel


def test_the_value_a_referred_back_figure_is_compared_with_takes_its_category(extract_both):
    doc = extract_both("Police recorded 61,300 burglaries in 2024. This was 12% lower than in 2019 (69,700).")
    check(relations(doc), [("12%", "MODIFIES", "61,300"), ("69,700", "CATEGORY", "burglaries")])


def test_a_bound_after_worth_still_names_what_the_money_is_of(extract_both):
    doc = extract_both("Officers seized about 2.3 tonnes of cannabis resin worth about £9.4 million at the port.")
    check(relations(doc), [("£9.4 million", "CATEGORY", "cannabis resin")])


def test_people_under_an_age_after_a_copula_is_an_age(extract_both):
    doc = extract_both("Of the 9,120 people who arrived, 1,410 (15%) were under 18.")
    found = by_text(doc)["18"]
    assert found["unit"] == "year" and found["metric"] == "AMOUNT", found


def test_a_count_under_a_bound_after_a_copula_without_people_is_no_age(extract_both):
    doc = extract_both("Waiting times were under 4 in most regions.")
    assert by_text(doc)["4"]["unit"] != "year", by_text(doc)["4"]


def test_a_figure_bracketed_after_its_subject_is_the_one_its_clause_changes(extract_both):
    doc = extract_both("There were 24,500 arrivals in 2024, 9% fewer than in 2023, although the number in October to "
                       "December (7,810) was 14% higher than in the same quarter of 2023.")
    check(relations(doc), [("14%", "MODIFIES", "7,810")], absent=[("14%", "MODIFIES", "24,500")])


def test_where_it_was_a_year_earlier_is_a_baseline_of_its_own_clause_only(extract_both):
    doc = extract_both("Output per hour fell by 0.3% in the quarter, and it was 0.9% below where it was a year "
                       "earlier.")
    rel = relations(doc)
    check(rel, [("0.9%", "BASELINE", "a year earlier")], absent=[("0.3%", "BASELINE", "a year earlier")])


def test_a_noun_at_the_rate_of_a_figure_is_its_category(extract_both):
    doc = extract_both("The Bank aims to keep output growth steady and inflation at the rate of 2 percent over the "
                       "medium term.")
    check(relations(doc), [("2 percent", "CATEGORY", "inflation")])


def test_a_weight_in_brackets_is_the_share_of_the_phrase_before(extract_both):
    doc = extract_both("Steel output (weight: 17.92 per cent) rose by 4.2 per cent, while Natural Gas output (weight: "
                       "6.88 per cent) fell by 1.9 per cent.")
    found = by_text(doc)
    assert found["6.88 per cent"]["metric"] == "SHARE", found["6.88 per cent"]
    check(relations(doc), [("17.92 per cent", "CATEGORY", "Steel output"),
                           ("6.88 per cent", "CATEGORY", "Natural Gas output")])


def test_a_growth_rate_revised_from_its_provisional_level_is_a_change(extract_both):
    doc = extract_both("The growth rate of the index for June 2024 was revised to 5.0 per cent from its provisional "
                       "level of 4.0 per cent.")
    assert by_text(doc)["4.0 per cent"]["metric"] == "CHANGE", by_text(doc)["4.0 per cent"]


def test_the_corresponding_period_of_the_previous_year_is_one_period(extract_both):
    doc = extract_both("Output grew 4.1 per cent in April to October, against 8.8 per cent during the corresponding "
                       "period of the previous year.")
    assert "during the corresponding period of the previous year" in spans_of(doc, "PERIOD")


@pytest.mark.parametrize("sentence,figure,category", [
    ("European carriers posted the strongest growth, 11.2%, followed by Asian carriers at 9.8%.", "9.8%",
     "Asian carriers"),
    ("Freight grew 4.1%, with domestic routes expanding 6.3%.", "6.3%", "domestic routes"),
    ("The agency estimated that car thefts fell 5.2% in 2024.", "5.2%", "car thefts"),
    ("Total revenue in 2024, measured in constant prices, rose 3.3% compared to 2023.", "3.3%", "Total revenue"),
])
def test_words_around_a_subject_that_are_no_part_of_it(extract_both, sentence, figure, category):
    check(relations(extract_both(sentence)), [(figure, "CATEGORY", category)])


def test_a_coordinated_copula_after_a_comparison_shares_the_subject(extract_both):
    doc = extract_both("Cargo tonne-kilometres rose 11.3% compared to 2023 and were 6.9% above pre-pandemic (2019) "
                       "levels.")
    check(relations(doc), [("6.9%", "CATEGORY", "Cargo tonne-kilometres"),
                           ("6.9%", "BASELINE", "pre-pandemic (2019) levels")])


def test_than_that_at_a_time_is_a_baseline(extract_both):
    doc = extract_both("The urban share was 68.2 percent, 0.9 percentage points higher than that at the end of the "
                       "previous year.")
    check(relations(doc), [("0.9 percentage points", "BASELINE", "the end of the previous year")])


def test_parts_listed_after_of_which_each_with_its_own_noun(extract_both):
    doc = extract_both("Customs opened 4,310 cases in 2024, of which 1,920 were seizures, 1,105 fines and 640 "
                       "prosecutions.")
    check(relations(doc), [("1,920", "PART_OF", "4,310"), ("1,105", "PART_OF", "4,310"), ("640", "PART_OF", "4,310")])


def test_a_total_that_comprised_its_parts(extract_both):
    doc = extract_both("The 5,600 new registrations comprised 3,900 cars and 1,700 vans.")
    check(relations(doc), [("3,900", "PART_OF", "5,600"), ("1,700", "PART_OF", "5,600")])


def test_out_of_a_whole_opening_the_sentence(extract_both):
    doc = extract_both("Out of 2,480 complaints received, 1,930 were resolved within 30 days.")
    check(relations(doc), [("1,930", "PART_OF", "2,480")])


def test_a_count_coming_from_a_place_counts_what_the_whole_counts(extract_both):
    doc = extract_both("Cruise passengers numbered 640,000, with 410,000 coming from Germany and 230,000 from Italy.")
    assert by_text(doc)["410,000"]["unit"] == "passenger", by_text(doc)["410,000"]


@pytest.mark.parametrize("sentence,figure,category", [
    ("The highest admission rates were among those aged 80 years and over (44.2 per 100,000).", "44.2 per 100,000",
     "those aged 80 years and over"),
    ("Admission rates were highest in children under 5 years (12.3 per 100,000).", "12.3 per 100,000",
     "children under 5 years"),
])
def test_a_group_with_its_age_names_the_bracketed_rate_after_it(extract_both, sentence, figure, category):
    doc = extract_both(sentence)
    check(relations(doc), [(figure, "CATEGORY", category)])
    assert by_text(doc)[figure]["unit"].startswith("admission per"), by_text(doc)[figure]


def test_of_those_with_a_participle_refers_to_the_figure_it_names(extract_both):
    doc = extract_both("There were 212 people killed on the roads in 2024. The number of people seriously injured "
                       "fell by 3% to 2,604. Of those killed, 88 were car occupants and 51 were pedestrians.")
    check(relations(doc), [("88", "PART_OF", "212"), ("51", "PART_OF", "212")])


def test_a_participle_after_the_counted_noun_of_there_were(extract_both):
    doc = extract_both("There were 4,120 people injured in road collisions in Wales in 2024.")
    check(relations(doc), [("4,120", "CATEGORY", "people injured in road collisions in Wales")])


def test_an_earlier_estimate_is_where_a_figure_was_stated_not_what_it_is_of(extract_both):
    doc = extract_both("Real disposable income per head grew by 0.4% in the quarter, revised from a 0.2% fall in our "
                       "first estimate.")
    rel = relations(doc)
    assert not any(label == "CATEGORY" and "estimate" in child for _, label, child in rel), rel


def test_a_revised_earlier_rate_keeps_its_kind(extract_both):
    doc = extract_both("The saving ratio was 9.6% in the quarter, down from a revised 10.1% in the previous quarter.")
    assert by_text(doc)["10.1%"]["metric"] == "SHARE", by_text(doc)["10.1%"]


def test_a_present_verb_in_a_headline_is_no_part_of_the_subject(extract_both):
    doc = extract_both("Port of Tilbury handles 1.2 million TEU in 2024\n\nThe port handled 1.2 million TEU in 2024.")
    rel = relations(doc)
    assert not any(label == "CATEGORY" and child.endswith("handles") for _, label, child in rel), rel


def test_the_record_written_before_its_value_is_no_baseline_span(extract_both):
    doc = extract_both("The port handled 3.4 million TEU in 2024, still below the record 3.7 million TEU handled in "
                       "2021.")
    assert "the record" not in spans_of(doc, "BASELINE"), spans_of(doc, "BASELINE")
    check(relations(doc), [("3.7 million TEU", "CATEGORY", "port")])


def test_a_month_opening_a_with_clause_is_no_baseline(extract_both):
    doc = extract_both("Throughput was 1.01 million TEU in the quarter (+8.1%), with November the busiest month.")
    assert "November" not in spans_of(doc, "BASELINE"), spans_of(doc, "BASELINE")


def test_an_earlier_share_compared_past_a_restated_count_is_a_share(extract_both):
    doc = extract_both("Transfer passengers accounted for 28% of the total, or about 2.1 million, compared with 25% a "
                       "year earlier.")
    assert by_text(doc)["25%"]["metric"] == "SHARE", by_text(doc)["25%"]


def test_worth_after_a_comma_values_what_the_figure_before_counts(extract_both):
    doc = extract_both("Border officers seized almost 41 million counterfeit cigarettes in 2024, worth an estimated "
                       "£19.2 million.")
    check(relations(doc), [("£19.2 million", "CATEGORY", "counterfeit cigarettes")])


def test_a_rate_column_counts_what_the_rows_count_column_counts(extract_both):
    text = ("Table 2: Recorded offences by group, year ending June 2025\n\n"
            "Offence group          Offences    % change    Rate per 1,000 population\n"
            "Burglary                 264,100        -2              4.4\n"
            "Vehicle offences         349,000        -7              5.8\n")
    found = by_text(extract_both(text))
    assert found["4.4"]["unit"] == found["5.8"]["unit"] == "offense per 1,000 population", (found["4.4"], found["5.8"])


def test_an_amount_restated_in_another_currency_is_of_the_same_thing(extract_both):
    doc = extract_both("Visitor spending reached 2.31 trillion yen ($15.1 billion) in the quarter.")
    check(relations(doc), [("$15.1 billion", "CATEGORY", "Visitor spending")])


def test_a_record_a_figure_is_close_to_dates_only_itself(extract_both):
    doc = extract_both("Arrivals totalled 28.4 million, already close to the annual record of 31.9 million set in "
                       "2019.")
    rel = relations(doc)
    check(rel, [("31.9 million", "PERIOD", "in 2019"), ("31.9 million", "CATEGORY", "annual record")],
          absent=[("28.4 million", "PERIOD", "in 2019")])


@pytest.mark.parametrize("sentence,figure,value", [
    ("Exports rose 4.3% y/y to $52.3 bln in March.", "$52.3 bln", 52_300_000_000),
    ("The surplus was 3.2 trln yen in the fiscal year.", "3.2 trln yen", 3_200_000_000_000),
    ("Net profit rose to Rs 1,200 crores in the quarter.", "Rs 1,200 crores", 12_000_000_000),
])
def test_news_abbreviations_of_scales(extract_both, sentence, figure, value):
    found = by_text(extract_both(sentence))[figure]
    assert found["value"] == pytest.approx(value), found


def test_versus_is_no_category(extract_both):
    doc = extract_both("The trade surplus was 3.2 trln yen, versus 2.9 trln a year ago.")
    assert not any(label == "CATEGORY" and child == "versus" for _, label, child in relations(doc))


def test_those_doing_something_are_people(extract_both):
    doc = extract_both("Non-EU nationals accounted for 912,000 of those emigrating, EU nationals for 98,000.")
    assert by_text(doc)["912,000"]["unit"] == "person", by_text(doc)["912,000"]


def test_the_span_a_record_is_kept_for_dates_no_figure(extract_both):
    doc = extract_both("Burglaries fell to 151 in 2024, the lowest in the past 10 years, while robberies rose "
                       "slightly to 1,470.")
    assert not any(label == "PERIOD" and child == "in the past 10 years" for _, label, child in relations(doc))


def test_an_age_range_is_no_whole(extract_both):
    doc = extract_both("About 86% of victims were aged between 20 and 64, and more than 3,400 of them were elderly.")
    assert not any(head == "3,400" and label == "PART_OF" for head, label, _ in relations(doc)), relations(doc)


def test_a_quoted_name_before_a_bracketed_count_with_its_noun(extract_both):
    doc = extract_both('The most common reason for a visit was "back pain" (212,000 visits), followed by "asthma" '
                       '(154,000).')
    found = by_text(doc)
    check(relations(doc), [("212,000", "CATEGORY", "back pain"), ("154,000", "CATEGORY", "asthma")])
    assert found["154,000"]["unit"] == "visit", found["154,000"]


def test_the_unit_word_of_the_figure_before_is_no_label(extract_both):
    doc = extract_both("The average length of stay for admitted patients fell from 5.1 days to 4.9 days.")
    check(relations(doc), [("4.9 days", "CATEGORY", "average length of stay for admitted patients")])


def test_a_weight_is_no_part_of_a_count_of_people(extract_both):
    doc = extract_both("Of the 612 people arrested, 201 were aged under 25; one was detained with 3.1 kilograms of "
                       "cocaine in her luggage.")
    assert not any(head == "3.1 kilograms" and label == "PART_OF" for head, label, _ in relations(doc))


def test_a_balance_is_no_part_of_the_total_of_its_flows(extract_both):
    doc = extract_both("Total trade reached 4.12 trillion yuan in the quarter. Among them, exports were 2.38 trillion "
                       "yuan, up 5.1%; imports were 1.74 trillion yuan, up 1.2%; and the trade surplus was 640 billion "
                       "yuan.")
    rel = relations(doc)
    check(rel, [("2.38 trillion yuan", "PART_OF", "4.12 trillion yuan")])
    assert not any(head == "640 billion yuan" and label == "PART_OF" for head, label, _ in rel), rel


def test_the_next_part_after_and_names_its_own_group(extract_both):
    doc = extract_both("Employment rose to 3.41 million, of whom 1.82 million were men and 1.59 million were women.")
    check(relations(doc), [("1.59 million", "CATEGORY", "women"), ("1.59 million", "PART_OF", "3.41 million")])


@pytest.mark.parametrize("sentence,change,level", [
    ("The median response time was 9 minutes 4 seconds, 6 seconds slower than a year earlier.", "6 seconds",
     "9 minutes 4 seconds"),
    ("The median response time was 8 minutes, 12 seconds longer than a year earlier.", "12 seconds", "8 minutes"),
])
def test_a_length_and_its_change_in_another_time_unit(extract_both, sentence, change, level):
    check(relations(extract_both(sentence)), [(change, "MODIFIES", level)])


def test_a_place_before_a_bracket_with_its_change(extract_both):
    doc = extract_both("Thefts fell in most regions, with the steepest drops in Leeds (down 38%) and Bristol (down "
                       "29%).")
    check(relations(doc), [("38%", "CATEGORY", "Leeds"), ("29%", "CATEGORY", "Bristol")])
