"""Readings found in releases of genres no probe held when they were written (workplace injury rates, child
mortality ranges, and the genres of probe 57 as we wrote them): rates whose base is a longer noun phrase, ranges of
rates. Each case is a sentence of our own in the style of such releases and runs on the rules alone and on the model
we ship (``extract_both``).
"""

import pytest

from conftest import by_text, quantities, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,span,unit",
    [
        ("Private employers reported a rate of 2.4 cases per 100 full-time equivalent (FTE) workers in 2023.",
         "2.4 cases per 100 full-time equivalent (FTE) workers", "case per 100 full-time equivalent workers"),
        ("Days away from work numbered 0.9 cases per 100 full-time workers, unchanged on the year.",
         "0.9 cases per 100 full-time workers", "case per 100 full-time workers"),
        ("Exclusions reached 12 per 1,000 fee-paying pupils in the independent sector last year.",
         "12 per 1,000 fee-paying pupils", "exclusion per 1,000 fee-paying pupils"),
    ],
)
def test_a_rate_base_named_by_a_longer_noun_phrase_ends_the_span(extract_both, text, span, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    assert cells[span]["unit"] == unit


def test_a_later_bare_figure_takes_the_rate_with_a_long_base(extract_both):
    cells = by_text(extract_both(
        "The incidence rate for nursing assistants was 4.7 cases per 100 full-time equivalent (FTE) workers in 2023, "
        "down from 5.1 in 2022."))
    assert cells["5.1"]["unit"] == "case per 100 full-time equivalent workers"


def test_the_abbreviation_and_the_base_are_no_figures_of_their_own(extract_both):
    texts = [q["text"] for q in quantities(extract_both(
        "Warehousing recorded 5.9 cases per 100 full-time equivalent (FTE) workers, against 2.4 for all industries."))]
    assert texts == ["5.9 cases per 100 full-time equivalent (FTE) workers", "2.4"]


@pytest.mark.parametrize(
    "text,span,value,value_max,unit",
    [
        ("Across the 200 countries, neonatal mortality ranged from 0.7 to 39 deaths per 1,000 live births in 2022.",
         "0.7 to 39 deaths per 1,000 live births", 0.7, 39, "death per 1,000 live births"),
        ("Regional notification rates were between 3 and 18 cases per 100,000 population during the year.",
         "3 and 18 cases per 100,000 population", 3, 18, "case per 100,000 population"),
    ],
)
def test_a_range_of_rates_is_one_rate(extract_both, text, span, value, value_max, unit):
    cells = by_text(extract_both(text))
    assert span in cells, sorted(cells)
    cell = cells[span]
    assert (cell["value"], cell["value_max"], cell["unit"]) == (value, value_max, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Denmark and Portugal re-entered the top 10 after climbing three and six places respectively.",
        "Only two Asian economies are in the top 20 this year.",
    ],
)
def test_a_rank_range_before_a_function_word_is_no_figure(extract_both, text):
    texts = [q["text"] for q in quantities(extract_both(text))]
    assert "10" not in texts and "20" not in texts


def test_items_after_a_level_and_its_bracketed_changes_are_levels(extract_both):
    cells = by_text(extract_both(
        "Western Europe scored highest at 76.3% (+0.4; +0.5%), followed by Northern America (75.1%) and Eastern "
        "Europe (74.0%)."))
    assert cells["75.1%"]["metric"] == "SHARE"
    assert cells["74.0%"]["metric"] == "SHARE"


@pytest.mark.parametrize(
    "text,level,change",
    [
        ("The jobless rate for young people was 13.9% (+0.6) in the third quarter.", "13.9%", "+0.6"),
        ("The participation rate stood at 64.8% (-0.2; -0.3%) in November.", "64.8%", "-0.2"),
    ],
)
def test_a_bare_signed_figure_after_a_rate_is_its_change_in_points(extract_both, text, level, change):
    doc = extract_both(text)
    cells = by_text(doc)
    assert (cells[change]["unit"], cells[change]["metric"]) == ("percentage point", "CHANGE")
    assert _links(doc, change, "MODIFIES") == {level}


def test_a_column_headed_by_a_length_of_time_is_in_that_unit_whatever_the_title(extract_both):
    cells = by_text(extract_both(
        "Table 3. Index scores by region, % of gap closed, 2024\n"
        "Region                     2023   2024   Years to close\n"
        "Europe                     75.1   75.0        67\n"
        "Southern Asia              63.4   63.7       149\n"))
    assert (cells["149"]["unit"], cells["149"]["metric"]) == ("year", "AMOUNT")
    assert cells["63.7"]["unit"] == "percent"


def test_a_copula_before_more_than_a_multiple_leaves_a_rate_a_level(extract_both):
    cells = by_text(extract_both(
        "The social rented rate of 18.5% was more than twice the rate for owner occupiers (8.1%)."))
    assert cells["18.5%"]["metric"] == "SHARE"
    assert cells["8.1%"]["metric"] == "SHARE"


def test_a_sector_adjective_and_its_participle_stay_in_the_category(extract_both):
    doc = extract_both("The private rented rate of 22.4% was the highest of any tenure in 2023.")
    assert _links(doc, "22.4%", "CATEGORY") == {"private rented rate"}


def test_a_time_closing_a_compared_value_and_its_bracket_dates_that_value_only(extract_both):
    doc = extract_both(
        "In 2023 some 11.4% of households in Wales (155,000) were in fuel poverty, down from 11.9% (161,000) in 2022, "
        "while the average gap rose by 12% to £398.")
    assert _links(doc, "£398", "PERIOD") == {"In 2023"}
    assert by_text(doc)["161,000"]["unit"] == "household"


def test_a_rate_base_heading_a_column_is_no_figure(extract_both):
    doc = extract_both(
        "Table 4. Road deaths by country, 2023 (number and per million inhabitants)\n"
        "Country      Deaths     Per 1,000,000\n"
        "Sweden          228        22\n"
        "Romania       1,545        81\n")
    texts = [q["text"] for q in quantities(doc)]
    assert "1,000,000" not in texts
    assert "1,545" in texts


def test_a_conjunction_before_rates_counts_nothing(extract_both):
    cells = by_text(extract_both(
        "Admissions fell in every region, while rates per 100,000 inhabitants ranged from 12 in Tyrol to 41 in "
        "Vienna."))
    assert "while" not in cells["41"]["unit"]


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Deaths attributable to heat rose to 4,300 in 2022.", "4,300", "death"),
        ("Households eligible for the payment numbered 1.2 million in March.", "1.2 million", "household"),
    ],
)
def test_an_adjective_after_the_noun_leaves_the_noun_counted(extract_both, text, figure, unit):
    assert by_text(extract_both(text))[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,absent,kept",
    [
        ("The zero emission mandate requires 22% of new cars sold in 2024 to be electric.", "zero", "22%"),
        ("Progress towards net zero slowed as emissions fell by only 1.9% in 2023.", "zero", "1.9%"),
    ],
)
def test_zero_naming_a_goal_is_no_figure(extract_both, text, absent, kept):
    texts = [q["text"] for q in quantities(extract_both(text))]
    assert absent not in texts and kept in texts


def test_zero_as_a_level_stays_a_figure(extract_both):
    texts = [q["text"] for q in quantities(extract_both("There were zero deaths on the roads of Oslo in 2019."))]
    assert "zero" in texts


@pytest.mark.parametrize(
    "text,level,change",
    [
        ("Across the EU, 72% (+3) agree that climate change is a very serious problem.", "72%", "+3"),
        ("A negative view is held by 19% (-2) of respondents in the autumn wave.", "19%", "-2"),
        ("Trust in national parliaments (36%, +1) stays below trust in the Union.", "36%", "+1"),
    ],
)
def test_a_small_signed_figure_in_brackets_after_a_rate_is_its_change(extract_both, text, level, change):
    doc = extract_both(text)
    cells = by_text(doc)
    assert change in cells, sorted(cells)
    assert (cells[change]["unit"], cells[change]["metric"]) == ("percentage point", "CHANGE")
    assert _links(doc, change, "MODIFIES") == {level}


def test_a_row_glossed_in_points_holds_changes_in_points(extract_both):
    cells = by_text(extract_both(
        "Table 2. Views of the economy, % of respondents, spring and autumn 2024\n\n"
        "Wave                  Good   Bad   Don't know\n"
        "Spring 2024             37    58        5\n"
        "Autumn 2024             40    55        5\n"
        "Change on spring, pp    +3    -3        0\n"))
    assert (cells["+3"]["unit"], cells["+3"]["metric"]) == ("percentage point", "CHANGE")
    assert (cells["40"]["unit"], cells["40"]["metric"]) == ("percent", "SHARE")


def test_percents_of_a_group_a_title_names_first_are_shares(extract_both):
    cells = by_text(extract_both(
        "Table 5: Pupils reaching the expected standard, England, 2023 and 2024 (%)\n"
        "| Subject   | 2023 | 2024 |\n"
        "| Reading   | 73   | 74   |\n"
        "| Maths     | 73   | 73   |\n"))
    assert (cells["74"]["unit"], cells["74"]["metric"]) == ("percent", "SHARE")


def test_an_abbreviation_in_a_row_label_is_no_unit(extract_both):
    cells = by_text(extract_both(
        "Table 5: Pupils reaching the expected standard, England, 2023 and 2024 (%)\n"
        "| Subject       | 2023 | 2024 |\n"
        "| Writing (TA)  | 71   | 72   |\n"
        "| Science (TA)  | 80   | 81   |\n"))
    assert cells["72"]["unit"] == "percent"


def test_a_small_index_is_a_level_in_index_points(extract_both):
    doc = extract_both("The attainment gap index widened to 3.21 in 2024 from 3.14 in 2023.")
    cells = by_text(doc)
    assert (cells["3.21"]["unit"], cells["3.21"]["metric"]) == ("index point", "AMOUNT")
    assert cells["3.14"]["unit"] == "index point"


def test_today_counts_nothing(extract_both):
    cells = by_text(extract_both("Latin America, with 32 million today, will reach 49 million by 2045."))
    assert cells["32 million"]["unit"] != "today"


def test_a_time_after_a_value_reported_in_a_publication_dates_that_value(extract_both):
    doc = extract_both(
        "Some 422 million adults had diabetes, nearly three times the 151 million reported in the first edition in "
        "2000.")
    assert _links(doc, "151 million", "PERIOD") == {"in 2000"}
    assert _links(doc, "422 million", "PERIOD") == set()


@pytest.mark.parametrize(
    "text,baseline",
    [
        ("The estimate is 61 million (+9%) higher than in the 2019 edition.", "the 2019 edition"),
        ("Hunger affected 733 million people, 152 million more than the 2019 estimate.", "the 2019 estimate"),
        ("Dissolutions rose by 28,402 (+4.8%) on FYE 2023.", "FYE 2023"),
    ],
)
def test_a_year_naming_a_publication_or_a_financial_year_is_a_baseline(extract_both, text, baseline):
    doc = extract_both(text)
    assert any(b == baseline for _, lab, b in relations(doc) if lab == "BASELINE"), relations(doc)


def test_a_bracketed_change_left_uncompared_takes_the_comparison_of_the_clause_before(extract_both):
    doc = extract_both(
        "Coverage of the first MMR dose was 88.9% in 2023-24 (-0.3 percentage points on 2022-23), and coverage of "
        "the second dose was 83.9% (-0.6).")
    assert _links(doc, "-0.6", "BASELINE") == {"2022-23"}
    assert _links(doc, "-0.6", "MODIFIES") == {"83.9%"}


def test_a_title_gloss_of_money_and_percent_joined_by_and_gives_each_column_its_own(extract_both):
    cells = by_text(extract_both(
        "Table 1. Leading states by value of mineral production, 2023 (million dollars and percent of U.S. total)\n\n"
        "State         Value    Share (%)\n"
        "Nevada        11,200     10.6\n"
        "Arizona       10,700     10.2\n"))
    assert (cells["11,200"]["unit"], cells["11,200"]["value"]) == ("us dollar", 11_200_000_000)
    assert cells["10.6"]["unit"] == "percent"


def test_a_unit_letter_the_text_defines_reads_later_figures_without_a_scale(extract_both):
    cells = by_text(extract_both(
        "Zinc output fell to 0.7 million metric tons (t), while silver output rose to 1,100 t in 2023."))
    assert (cells["1,100 t"]["unit"], cells["1,100 t"]["value"]) == ("ton", 1100)


def test_names_after_a_preposition_pair_with_the_figures_of_a_respectively_list(extract_both):
    doc = extract_both(
        "The assessment also attributes 52,000 and 21,000 deaths to nitrogen dioxide (NO2) and ozone (O3), "
        "respectively.")
    assert _links(doc, "52,000", "CATEGORY") == {"nitrogen dioxide"}
    assert _links(doc, "21,000", "CATEGORY") == {"ozone"}


def test_times_after_a_respectively_list_of_changes_are_no_names(extract_both):
    doc = extract_both("Imports had fallen 4.1% and 2.6% year on year in June and July respectively.")
    assert _links(doc, "4.1%", "CATEGORY") != {"June"}
    assert _links(doc, "4.1%", "PERIOD") == {"June"}


def test_the_value_compared_with_is_no_whole_of_the_parts_after_it(extract_both):
    doc = extract_both(
        "Net lending to businesses was £6.2 billion in May, compared with £9.4 billion in April, and was made up "
        "of £3.1 billion and £3.1 billion to large and small firms respectively.")
    assert _links(doc, "£6.2 billion", "PART_OF") == set()
    assert {c for h, lab, c in relations(doc) if lab == "PART_OF"} == {"£6.2 billion"}


def test_of_these_after_a_value_set_against_the_figure_parts_the_figure(extract_both):
    doc = extract_both("Registrations were 8,200 cars, against 7,900 a year earlier; of these, 2,400 were electric.")
    assert _links(doc, "2,400", "PART_OF") == {"8,200"}


def test_a_part_of_a_count_is_no_index_level(extract_both):
    cells = by_text(extract_both(
        "The index covers 139 countries this year, of which 112 were also ranked in the previous edition."))
    assert cells["112"]["unit"] == "country"


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Net VAT receipts for April 2024 to October 2024 are £98.6 billion.", "£98.6 billion", "Net VAT receipts"),
        ("The estimated value of merchandise imports for October 2024* is USD 66.34 billion.", "USD 66.34 billion",
         "estimated value of merchandise imports"),
    ],
)
def test_a_subject_keeps_its_category_across_its_time_before_the_verb(extract_both, text, figure, category):
    assert _links(extract_both(text), figure, "CATEGORY") == {category}


def test_bare_decimals_within_a_declared_scale_are_scores(extract_both):
    cells = by_text(extract_both(
        "Denmark ranked first with a score of 4.1 on a scale of 1 to 5, while upper-middle- and low-income economies "
        "averaged 2.9 and 2.4 respectively.\n\n"
        "Table 2. Component scores of the top three economies (scale 1-5)\n"
        "Economy      Customs  Shipments  Timeliness\n"
        "Denmark        4.1       3.6         4.1\n"
        "Austria        3.7       3.8         4.2\n"))
    assert (cells["2.9"]["unit"], cells["2.9"]["metric"]) == ("index point", "AMOUNT")
    assert cells["3.8"]["unit"] == "index point"


def test_a_denomination_names_a_note_and_is_no_amount(extract_both):
    doc = extract_both(
        "The EUR 20 and EUR 50 notes were the most counterfeited, with 36.0% and 43.6% of the 554,000 counterfeits.\n\n"
        "Table 1: Counterfeits by denomination, 2024 (percentage of total)\n"
        "Denomination   EUR 10  EUR 20  EUR 50\n"
        "2024             6.8    36.0    43.6\n")
    texts = [q["text"] for q in quantities(doc)]
    assert "EUR 20" not in texts and "EUR 50" not in texts and "20" not in texts
    assert "554,000" in texts
    cells = by_text(doc)
    assert cells["6.8"]["unit"] == "percent"


def test_an_amount_before_bill_financing_is_money(extract_both):
    texts = [q["text"] for q in quantities(extract_both(
        "Loans rose by 8.17 trillion yuan, and bill financing decreased by 295.7 billion yuan."))]
    assert "8.17 trillion yuan" in texts


def test_a_reference_numbered_by_its_year_is_no_figure(extract_both):
    texts = [q["text"] for q in quantities(extract_both(
        "One outbreak traced to frozen kebabs (notification 2024.1187) led to 31 recalls."))]
    assert "2024.1187" not in texts and "31" in texts


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Of the 4,361 notifications, 291 concerned animal feed.", "291", None),
        ("Some 554,000 counterfeits withdrawn from circulation were detected in 2024.", "554,000", "counterfeit"),
    ],
)
def test_counted_nouns_are_read_whole(extract_both, text, figure, unit):
    cell = by_text(extract_both(text))[figure]
    if unit is not None:
        assert cell["unit"] == unit
    assert cell["unit"] not in ("fee", "withdraw")


def test_advanced_economies_names_no_change(extract_both):
    cells = by_text(extract_both(
        "Debt in China is set to rise by 20 points to 110.1 percent by 2029; advanced and emerging economies as "
        "groups would reach 113.9 and 80.4 percent, respectively."))
    assert cells["113.9"]["metric"] == "SHARE"


def test_a_rate_with_its_own_base_keeps_it_after_a_declared_rate(extract_both):
    doc = extract_both(
        "Nevada had the most reports per 100,000 population (404), and Georgia led fraud reports at 1,459 per 100,000 "
        "(+30 on 2022).")
    cells = by_text(doc)
    assert "1,459 per 100,000" in cells
    assert "100,000" not in cells
    assert _links(doc, "+30", "MODIFIES") == {"1,459 per 100,000"}


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Consumers reported that they lost more than $10 billion to fraud in 2023.", "$10 billion"),
        ("Nearly 100,000 people said they lost $10,000 or more.", "$10,000"),
    ],
)
def test_money_people_lost_is_an_amount(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "MONEY"


def test_a_gloss_counting_species_gives_the_columns_their_unit(extract_both):
    cells = by_text(extract_both(
        "Table 1. Threatened species by group, 2024 (number of species; share in %)\n"
        "Group                 Assessed   Threatened   Share\n"
        "Amphibians               8,011        2,873     41\n"
        "Cacti                    1,480          382     31\n"))
    assert cells["2,873"]["unit"] == "species"
    assert cells["1,480"]["unit"] == "species"


def test_a_double_hyphen_bullet_opens_its_line_like_a_dash(extract_both):
    doc = extract_both(
        "Largest occupations, May 2023\n\n"
        "--Employment of dental hygienists rose to 212,740 (+4,100; +2.0%).\n"
        "--Employment of cooks rose to 1,415,500.\n")
    cells = by_text(doc)
    assert cells["212,740"]["unit"] == "job"
    assert _links(doc, "212,740", "CATEGORY") == {"Employment of dental hygienists"}


def test_bracketed_changes_listed_together_share_the_comparison_after_them(extract_both):
    doc = extract_both(
        "Output rose in the chemical industry (+3.1%) and the paper industry (+2.2%) compared with October 2023.")
    assert _links(doc, "+3.1%", "BASELINE") == {"October 2023"}
    assert _links(doc, "+2.2%", "BASELINE") == {"October 2023"}


def test_changes_of_another_comparison_keep_their_own(extract_both):
    doc = extract_both("The CPI rose 0.8% this quarter, and 3.6% annually.")
    assert _links(doc, "0.8%", "BASELINE") != {"annually"}


def test_the_tail_of_a_hyphenated_modifier_keeps_a_participle_in_the_group(extract_both):
    doc = extract_both("Among non-EU domiciled undergraduates, 29% were studying business and management.")
    assert _links(doc, "29%", "CATEGORY") == {"non-EU domiciled undergraduates"}


def test_percents_listed_before_an_of_phrase_share_its_whole(extract_both):
    doc = extract_both("In the week ending 1 December 2024, 9.1% and 7.4% of attendances lasted more than 8 hours.")
    assert _links(doc, "9.1%", "CATEGORY") == _links(doc, "7.4%", "CATEGORY") == {"attendances"}
