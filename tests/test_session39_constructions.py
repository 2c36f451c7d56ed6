"""Session 39's constructions (GUIDELINES C39-1..), each written anew from how broadband coverage, water leakage,
renewable electricity, tuberculosis and air quality releases state their figures."""

import pytest

from conftest import by_text, check, relations


@pytest.mark.parametrize("symbol,unit", [("Gbit/s", "gigabit per second"), ("m/s", "meter per second")])
def test_a_unit_per_second_closing_a_sentence_keeps_its_time(extract_both, symbol, unit):
    doc = extract_both(f"Gigabit-capable lines offer at least 1 {symbol}. Take-up reached 7.4 million lines in 2024.")
    cells = by_text(doc)
    assert cells[f"1 {symbol}"]["unit"] == unit, cells
    assert cells["7.4 million"]["value"] == 7_400_000, cells


@pytest.mark.parametrize("text,figure,unit,value", [
    ("Households used 141.8 litres per person per day (l/p/d) in 2023-24, compared with 144.6 l/p/d a year earlier.",
     "144.6 l/p/d", "liter per person per day", 144.6),
    ("Output averaged 1.26 million barrels of oil equivalent per day (boe/d) in the quarter, against 1.18 million "
     "boe/d a year earlier.", "1.18 million boe/d", "barrel of oil equivalent per day", 1_180_000),
    ("Leakage stood at 101.4 megalitres per day (Ml/d), against a target of 86.7 Ml/d.", "86.7 Ml/d",
     "liter per day", 86_700_000),
])
def test_an_abbreviation_the_release_defines_reads_as_its_unit(extract_both, text, figure, unit, value):
    q = by_text(extract_both(text))[figure]
    assert q["unit"] == unit and q["value"] == pytest.approx(value), q


def test_a_title_gloss_written_as_one_slashed_symbol_declares_the_cells_unit(extract_both):
    text = ("Leakage fell in most regions.\n\nTable 2: Leakage by company type, 2023-24 (Ml/d; change on 2022-23 in "
            "brackets)\n\nCompany type                Leakage        Target\nWater and sewerage          2,513 (-30)"
            "    2,430\nWater only                    345 (-5)       342\n")
    cells = by_text(extract_both(text))
    assert cells["2,513"]["unit"] == "liter per day" and cells["2,513"]["value"] == 2_513_000_000, cells["2,513"]
    assert cells["-30"]["metric"] == "CHANGE" and cells["-30"]["unit"] == "liter per day", cells["-30"]
    assert cells["342"]["unit"] == "liter per day", cells["342"]


def test_a_threshold_in_the_counted_noun_is_no_value_the_count_is_compared_with(extract_both):
    doc = extract_both("Around 62,000 premises (0.2%) cannot get a connection of at least 10 Mbit/s download and "
                       "1 Mbit/s upload, down from 79,000 last year.")
    q = by_text(doc)["79,000"]
    assert q["unit"] == by_text(doc)["62,000"]["unit"] and q["metric"] == "COUNT", q


@pytest.mark.parametrize("phrase", ["in the 2020-25 period", "over the 2021-2026 spending review period"])
def test_a_span_of_years_called_a_period_is_the_period(extract_both, phrase):
    doc = extract_both(f"Investment {phrase} is expected to total £51 billion.")
    check(relations(doc), [("£51 billion", "PERIOD", phrase), ("£51 billion", "CATEGORY", "Investment")])


def test_a_change_after_the_value_it_started_from_changes_the_level_reached(extract_both):
    doc = extract_both("Deaths caused by the disease fell to 1.25 million in 2023, from 1.32 million in 2022, a "
                       "decline of 23% since 2015.")
    check(relations(doc), [("23%", "MODIFIES", "1.25 million")])


def test_a_two_column_table_header_over_a_title_gloss_of_shares(extract_both):
    text = ("Incidence fell in most regions.\n\nTable 1. Estimated incidence in the 30 high burden countries, 2023 "
            "(share of the global total, %)\n\nCountry                      Share\nIndia                         26\n"
            "Indonesia                     10\nChina                          6.8\n")
    cells = by_text(extract_both(text))
    assert all(cells[c]["unit"] == "percent" and cells[c]["metric"] == "SHARE" for c in ("26", "10", "6.8")), cells


def test_gloss_parts_naming_a_column_hold_for_that_column_only(extract_both):
    text = ("Premature deaths fell.\n\nTable 2: Premature deaths attributable to fine particles by country, 2022 "
            "(number; change since 2005 in %)\n\nCountry         Deaths     Change since 2005\nPoland          40,200"
            "          -29\nItaly           46,800          -48\n")
    doc = extract_both(text)
    cells = by_text(doc)
    assert cells["40,200"]["metric"] == "COUNT" and cells["40,200"]["unit"] != "percent", cells["40,200"]
    assert cells["-29"]["metric"] == "CHANGE" and cells["-29"]["unit"] == "percent", cells["-29"]
    check(relations(doc), [("-29", "MODIFIES", "40,200")])


@pytest.mark.parametrize("bound", ["more than ", "fewer than ", "about "])
def test_the_time_of_a_value_compared_with_past_its_bound_dates_that_value_only(extract_both, bound):
    doc = extract_both(f"Around 37,000 people were evacuated, compared with {bound}232,000 in 2023.")
    check(relations(doc), [("232,000", "PERIOD", "in 2023")], absent=[("37,000", "PERIOD", "in 2023")])


def test_a_value_compared_with_is_of_the_figure_of_its_size_not_a_small_count_between(extract_both):
    doc = extract_both("Around 37,000 people were evacuated from 62 communities, compared with more than 232,000 "
                       "in 2023.")
    q = by_text(doc)["232,000"]
    assert q["unit"] == by_text(doc)["37,000"]["unit"], q
    check(relations(doc), [("232,000", "CATEGORY", "people")], absent=[("62", "PERIOD", "in 2023")])


def test_a_second_change_after_and_of_keeps_the_change_noun_left_out(extract_both):
    doc = extract_both("Reserve assets amounted to US$ 704.9 billion at the end of October 2024, an increase of US$ 2.3 "
                       "billion (0.3 per cent) on the previous month and of US$ 81.6 billion, or 13.1 per cent, "
                       "compared with a year earlier.")
    cells = by_text(doc)
    for figure in ("US$ 81.6 billion", "13.1 per cent"):
        assert cells[figure]["metric"] == "CHANGE" and cells[figure]["direction"] == "up", cells[figure]
    check(relations(doc), [("US$ 81.6 billion", "MODIFIES", "US$ 704.9 billion"),
                           ("13.1 per cent", "BASELINE", "a year earlier")])


@pytest.mark.parametrize("verb", ["make up", "made up"])
def test_the_up_of_make_up_is_no_direction(extract_both, verb):
    doc = extract_both(f"Foreign currency assets, which {verb} the bulk of the reserves (88.7 per cent), fell by "
                       "US$ 1.9 billion.")
    assert by_text(doc)["88.7 per cent"]["metric"] == "SHARE", by_text(doc)["88.7 per cent"]


@pytest.mark.parametrize("text,figure,unit", [
    ("The early release scheme moved around 1,700 prisoners out of custody in September.", "1,700", "prisoner"),
    ("At 55 stations, 4,210 readings above the limit were recorded in 2022.", "4,210", "reading"),
])
def test_a_preposition_after_the_counted_noun_ends_it(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit, by_text(extract_both(text))[figure]


def test_changes_after_a_baseline_s_value_change_the_level_of_the_clause(extract_both):
    doc = extract_both("Winter crop production in 2024–25 is now estimated at 60.2 million tonnes, a rise of 2.6 million "
                       "tonnes (4.5%) on the September forecast of 57.6 million tonnes, 28% above the 2023–24 harvest "
                       "and 15% above the 10-year average to 2023–24 of 52.3 million tonnes.")
    check(relations(doc), [("28%", "MODIFIES", "60.2 million tonnes"), ("15%", "MODIFIES", "60.2 million tonnes"),
                           ("28%", "BASELINE", "the 2023–24 harvest")],
          absent=[("28%", "MODIFIES", "57.6 million tonnes")])


@pytest.mark.parametrize("multiple", ["almost double", "twice", "three times"])
def test_the_time_of_a_value_a_multiple_is_of_dates_that_value_only(extract_both, multiple):
    doc = extract_both(f"Production is forecast to reach a record 24.9 million tonnes, {multiple} the 13.2 million "
                       "tonnes harvested in 2023–24.")
    rel = relations(doc)
    assert not any(head == "24.9 million tonnes" and label == "PERIOD" for head, label, _ in rel), sorted(rel)


@pytest.mark.parametrize("noun,unit", [("visits", "visit"), ("tonnes", "ton")])
def test_a_bare_figure_revised_from_takes_the_unit_written_after_the_new_one(extract_both, noun, unit):
    doc = extract_both(f"Figures for 2022 have been revised from 30.8 million to 31.2 million {noun}.")
    assert by_text(doc)["30.8 million"]["unit"] == unit, by_text(doc)["30.8 million"]


@pytest.mark.parametrize("text,figure,subject", [
    ("Overseas residents made 38.0 million visits to the UK in 2023, up 25% on 2022, and spent a record £31.1 "
     "billion during those trips.", "£31.1 billion", "Overseas residents"),
    ("Visitors stayed an average of 7.0 nights per visit (7.5 nights in 2022) and spent £818 per visit.",
     "£818 per visit", "Visitors"),
])
def test_a_coordinated_verb_shares_the_subject_past_the_earlier_object(extract_both, text, figure, subject):
    check(relations(extract_both(text)), [(figure, "CATEGORY", subject)])


def test_a_percent_after_a_comma_and_is_no_list_item_of_the_figure_before(extract_both):
    doc = extract_both("The average size of infant classes was 26.6 pupils, down from 26.7, and 0.6% of infant pupils "
                       "were taught in classes of more than 30.")
    cells = by_text(doc)
    assert cells["26.7"]["unit"] != "percent" and cells["26.7"]["metric"] != "CHANGE", cells["26.7"]
    assert cells["0.6%"]["metric"] == "SHARE", cells["0.6%"]


@pytest.mark.parametrize("verb", ["had", "said", "reported"])
def test_a_percent_that_is_the_subject_of_its_own_clause_is_a_share(extract_both, verb):
    doc = extract_both(f"Unemployment fell in the quarter, and 21.4% {verb} a second job.")
    assert by_text(doc)["21.4%"]["metric"] == "SHARE", by_text(doc)["21.4%"]


def test_gloss_parts_listed_in_column_order_give_each_column_its_unit(extract_both):
    text = ("Landings fell.\n\nTable 3.1: Landings by UK vessels by species group, 2023 (thousand tonnes; £ million)\n\n"
            "Species group          Quantity     Value\nDemersal                    166       318\n"
            "Pelagic                     304       389\n")
    cells = by_text(extract_both(text))
    assert cells["166"]["unit"] == "ton" and cells["166"]["value"] == 166_000, cells["166"]
    assert cells["318"]["unit"] == "pound sterling" and cells["318"]["value"] == 318_000_000, cells["318"]


def test_a_superlative_ranked_set_is_no_figure_a_share_is_of(extract_both):
    doc = extract_both("Scheduled flights at the 10 largest UK airports were on time in 2023 on 65% of occasions, one "
                       "percentage point better than in 2022 but well below the 76% recorded in 2019, and the average "
                       "delay per flight was 23 minutes, compared with 24 minutes in 2022.")
    rel = relations(doc)
    check(rel, [("76%", "PERIOD", "in 2019")], absent=[("65%", "MODIFIES", "10"), ("23 minutes", "PERIOD", "in 2019")])


def test_a_fraction_on_a_measure_s_own_scale_takes_no_earlier_count_noun(extract_both):
    doc = extract_both("An average poor household has 4.78 members. The Poverty Depth Index fell from 1.53 in March "
                       "2023 to 1.46 in March 2024.")
    cells = by_text(doc)
    assert cells["1.53"]["unit"] != "member" and cells["1.46"]["unit"] != "member", (cells["1.53"], cells["1.46"])


@pytest.mark.parametrize("text,figure", [("The campaign app was downloaded 540 million times.", "540 million times"),
                                         ("The video was viewed 12,400 times.", "12,400 times")])
def test_a_large_number_of_times_counts_occasions_no_multiple(extract_both, text, figure):
    q = by_text(extract_both(text))[figure]
    assert q["metric"] == "COUNT" and q["unit"] == "time", q


def test_a_participle_used_as_a_preposition_is_never_the_counted_noun(extract_both):
    doc = extract_both("More than 32 million pieces of harmful information were cleaned up, including 1.2 million "
                       "relating to online gambling.")
    assert by_text(doc)["1.2 million"]["unit"] == "piece", by_text(doc)["1.2 million"]


def test_an_operation_named_with_a_number_is_no_figure(extract_both):
    text = ("Arrests fell to 1,013, compared with 1,803 during EMMA 9 a year earlier.\n\n"
            "Operation     Money mules identified    Arrests\nEMMA 8                     8,755          2,469\n"
            "EMMA 9                    10,183          1,803\n")
    cells = by_text(extract_both(text))
    assert "9" not in cells and "8" not in cells, sorted(cells)


def test_a_multiple_from_one_bounded_value_to_another_changes_the_second(extract_both):
    doc = extract_both("The number of suspects identified has grown more than fivefold, from about 2,000 to over "
                       "10,000.")
    check(relations(doc), [("fivefold", "MODIFIES", "10,000")])


def test_the_time_of_a_plan_a_share_is_of_dates_no_other_figure(extract_both):
    doc = extract_both("The fiscal deficit for April–October 2024 stood at ₹7,50,824 crore, or 46.5 per cent of the "
                       "Budget Estimates (BE) for 2024-25, as total receipts of ₹18,32,543 crore (57.0 per cent of BE) "
                       "fell short of total expenditure of ₹25,83,367 crore.")
    rel = relations(doc)
    assert not any(label == "PERIOD" and child == "for 2024-25" for _, label, child in rel), sorted(rel)


def test_parts_after_which_included_are_of_the_figure_before(extract_both):
    doc = extract_both("Total receipts were ₹18,32,543 crore. Of the receipts, tax revenue was ₹14,58,040 crore, while "
                       "non-debt capital receipts amounted to ₹23,467 crore, which included recovery of loans of "
                       "₹15,470 crore and miscellaneous capital receipts of ₹7,997 crore.")
    check(relations(doc), [("₹15,470 crore", "PART_OF", "₹23,467 crore"), ("₹7,997 crore", "PART_OF", "₹23,467 crore"),
                           ("₹23,467 crore", "PART_OF", "₹18,32,543 crore")])


def test_a_heading_gloss_of_pounds_of_a_good_is_a_weight(extract_both):
    text = ("Seizures fell.\n\nSeizures by month (pounds of fentanyl)\n\nMonth          FY2023    FY2024\n"
            "October         1,900     2,400\nNovember        2,100     1,700\n")
    cells = by_text(extract_both(text))
    assert cells["2,400"]["unit"] == "pound" and cells["2,400"]["metric"] == "AMOUNT", cells["2,400"]


def test_the_top_n_of_a_ranking_is_no_figure_a_share_is_of(extract_both):
    doc = extract_both("The combined remittances from the top 10 countries accounted for 80.2 percent of the total.")
    check(relations(doc), [], absent=[("80.2 percent", "MODIFIES", "10")])


def test_a_bracketed_percent_after_a_part_a_share_verb_states_is_its_share(extract_both):
    doc = extract_both("Overseas direct sales were 432.9 billion won, down 12.9% year-on-year, of which duty-free shops "
                       "made up 229.8 billion won (53.1%).")
    assert by_text(doc)["53.1%"]["metric"] == "SHARE", by_text(doc)["53.1%"]
    check(relations(doc), [("53.1%", "MODIFIES", "229.8 billion won")])


def test_changes_with_their_own_verbs_distribute_respectively(extract_both):
    doc = extract_both("Investment reached 3.0 trillion yuan, including 1.9 trillion yuan in highways and 160.2 billion "
                       "yuan in waterways, which fell by 4.2% and rose by 10.1% respectively.")
    check(relations(doc), [("4.2%", "MODIFIES", "1.9 trillion yuan"), ("10.1%", "MODIFIES", "160.2 billion yuan")])
    cells = by_text(doc)
    assert cells["4.2%"]["direction"] == "down" and cells["10.1%"]["direction"] == "up"


def test_a_price_per_a_round_quantity_written_with_a_slash(extract_both):
    text = ("The price of butter climbed to EUR 745/100 kg in the week, 57% above the five-year average of EUR 474/100 "
            "kg.\n\nDairy product prices, week 47 of 2024 (EUR/100 kg)\n\nProduct                   Price     "
            "Change (%)\nButter                      745           +3.2\nEdam                        468           +2.0\n")
    cells = by_text(extract_both(text))
    assert cells["EUR 745/100 kg"]["unit"] == "euro per 100 kilogram", cells
    assert cells["468"]["unit"] == "euro per 100 kilogram" and cells["468"]["metric"] == "MONEY", cells["468"]


@pytest.mark.parametrize("noun", ["fat content", "protein content"])
def test_a_content_in_percent_is_a_level(extract_both, noun):
    doc = extract_both(f"Deliveries rose in Poland (+2.9%) and fell in France (-1.2%); the average {noun} was 4.19%, "
                       "against 4.17% a year earlier.")
    assert by_text(doc)["4.19%"]["metric"] == "SHARE", by_text(doc)["4.19%"]


def test_the_earlier_value_of_a_share_is_a_share(extract_both):
    doc = extract_both("Airlines canceled 0.6% of their scheduled flights (3,986 of 622,000), down from 1.4% a month "
                       "earlier.")
    assert by_text(doc)["1.4%"]["metric"] == "SHARE", by_text(doc)["1.4%"]


def test_the_same_n_months_of_a_year_after_a_previous_change_is_its_period(extract_both):
    doc = extract_both("The three-month average was down 1.2%, compared with a rise of 0.7% in the same three months "
                       "of 2023.")
    check(relations(doc), [("0.7%", "PERIOD", "in the same three months of 2023")])


def test_monthly_after_a_change_is_its_baseline(extract_both):
    doc = extract_both("Second-steppers: £355,726, down 1.2% monthly and up 1.4% annually.")
    check(relations(doc), [("1.2%", "BASELINE", "monthly"), ("1.4%", "BASELINE", "annually")])


def test_a_span_of_months_with_an_en_dash_after_than_in_is_one_baseline(extract_both):
    doc = extract_both("Real spending was 0.4% higher than in April–June after seasonal adjustment.")
    check(relations(doc), [("0.4%", "BASELINE", "April–June")])


def test_a_propensity_in_percent_is_a_level(extract_both):
    doc = extract_both("Disposable income fell 0.6%, while the average propensity to consume stood at 68.2%, 1.1 points "
                       "lower than a year earlier.")
    assert by_text(doc)["68.2%"]["metric"] == "SHARE", by_text(doc)["68.2%"]


def test_any_first_half_since_a_year_is_no_period(extract_both):
    doc = extract_both("In the first half of 2024, countries received about 513,000 applications, still more than in "
                       "any first half since 2016, and some 90,000 of the applicants had applied before.")
    rel = relations(doc)
    assert not any(label == "PERIOD" and child == "first half" for _, label, child in rel), sorted(rel)
    check(rel, [("90,000", "PERIOD", "In the first half of 2024")])


def test_data_is_never_a_counted_noun(extract_both):
    doc = extract_both("Data for 2023 have been revised from 552,000 to 555,000 applications.")
    assert by_text(doc)["552,000"]["unit"] == "application", by_text(doc)["552,000"]


@pytest.mark.parametrize("label", ["Shooting", "All", "Poisoning"])
def test_a_one_word_row_label_names_its_row(extract_both, label):
    text = ("Killings fell.\n\nTable 1: Homicides by method of killing\n\nMethod                         2023     2024\n"
            f"Sharp instrument                244      262\n{label:<32}40       29\n")
    check(relations(extract_both(text)), [("40", "CATEGORY", label), ("29", "CATEGORY", label)])


def test_a_row_labelled_by_an_age_range_is_named_by_it(extract_both):
    text = ("Victims fell.\n\nTable 2: Victims by age group (number)\n\nAge group            2023     2024\n"
            "Under 16               36       51\n16 to 24              120      110\n25 to 34               98       91\n"
            "65 and over            44       48\n")
    doc = extract_both(text)
    check(relations(doc), [("120", "CATEGORY", "16 to 24"), ("91", "CATEGORY", "25 to 34"), ("36", "CATEGORY", "Under 16"),
                           ("48", "CATEGORY", "65 and over")])
    cells = by_text(doc)
    assert cells["16 to 24"]["unit"] == "year" and cells["65"]["unit"] == "year", (cells["16 to 24"], cells["65"])


def test_a_row_label_s_colon_is_no_part_of_its_category(extract_both):
    text = ("Arrivals rose.\n\nTable 3: Arrivals by purpose of visit (thousands)\n\nPurpose of visit          2023      2024\n"
            "Holiday:                 1,204     1,310\nStudy/work                 120       98\n")
    check(relations(extract_both(text)), [("1,204", "CATEGORY", "Holiday"), ("98", "CATEGORY", "Study/work")])


@pytest.mark.parametrize("separator", ["—", "–", "..."])
def test_a_bulleted_label_before_a_spaced_dash_or_dots_names_its_figure(extract_both, separator):
    doc = extract_both(f"Key figures, October 2024\n\n• Unemployment rate {separator} 4.2%\n• Vacancies {separator} 831,000 "
                       "(down 14,000)\n")
    check(relations(doc), [("4.2%", "CATEGORY", "Unemployment rate"), ("831,000", "CATEGORY", "Vacancies")])


@pytest.mark.parametrize("written,unit,value", [("10.9C", "degree celsius", 10.9), ("34C", "degree celsius", 34),
                                                ("93F", "degree fahrenheit", 93)])
def test_a_temperature_glued_to_its_figure(extract_both, written, unit, value):
    q = by_text(extract_both(f"Temperatures averaged {written} in the month, the highest on record."))[written]
    assert q["unit"] == unit and q["value"] == pytest.approx(value) and q["metric"] == "AMOUNT", q
