"""Readings found in releases of genres no probe holds (patent filings, world employment, house price indices,
household saving and spending, firearm checks, road freight, wholesale trade, gold demand, household debt, foreign
direct investment, transport indices, coal output): tables whose columns declare different units, headlines without a
verb, appositions and absolute clauses, respectively lists past brackets, comparisons named inside a change's own
noun phrase, and symbols a release defines. Each case is a sentence of our own in the style of such releases and runs
on the rules alone and on the model we ship (``extract_both``).
"""

import pytest

from conftest import by_text, quantities, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


def test_a_currency_column_beside_a_percent_change_column_holds_levels(extract_both):
    cells = by_text(extract_both(
        "Table 2  Monthly spending by category, October 2025\n"
        "(yen per household; real change on a year earlier in %)\n\n"
        "Category                      Yen    Real %\n"
        "Food                       88,104      -1.2\n"
        "Housing                    18,530      +6.4\n"))
    assert cells["88,104"]["metric"] == "MONEY" and cells["88,104"]["unit"] == "yen"
    assert cells["-1.2"]["metric"] == "CHANGE" and cells["-1.2"]["unit"] == "percent"


def test_a_projected_year_in_a_header_is_no_money(extract_both):
    doc = extract_both("Table 3. Output growth by region (per cent)\n"
                       "Region            2024   2025e   2026f\n"
                       "Asia               4.6     4.4     4.2\n")
    assert not any(q["text"] in ("2025e", "2026f") for q in quantities(doc))
    assert by_text(doc)["4.4"]["unit"] == "percent"


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a past verb after its adverb ends the subject
        ("Long-term unemployment hardly changed, at 1.3 per cent.", "1.3 per cent", "Long-term unemployment"),
        # an irregular participle is a verb too
        ("Order backlog stuck above 9,000", "9,000", "Order backlog"),
        # a headline's predicate without a verb
        ("Jobless rate flat at 4.1%", "4.1%", "Jobless rate"),
        ("Household saving ratio down to 11.8%", "11.8%", "Household saving ratio"),
        # the second line of a two-line headline opens its own phrase
        ("Retail sales volumes up 0.6% on the month\nSavings ratio down to 10.9%\n\nIn the quarter, sales rose.",
         "10.9%", "Savings ratio"),
        # a counted noun ends before the subject of a relative clause
        ("Of the 2.3 million parcels the agency screened, 4,100 held banned goods.", "2.3 million", "parcels"),
        # a verb of holding: put ... at
        ("Provisional estimates put net migration at 728,000.", "728,000", "net migration"),
        # an aside of what the subject leaves out, with commas of its own
        ("Core retail sales, excluding fuel, cars, and car parts, rose 1.1% to $61.4 billion.", "$61.4 billion",
         "Core retail sales"),
    ],
)
def test_the_category_ends_at_a_verb_or_a_headline_predicate(extract_both, text, figure, category):
    assert category in _links(extract_both(text), figure, "CATEGORY")


def test_one_as_a_pronoun_and_one_to_one_are_no_figures(extract_both):
    doc = extract_both("Many who want a mortgage cannot get one, and a one-to-one match of loans to homes is rare; "
                       "lenders approved 48,200 loans.")
    assert [q["text"] for q in quantities(doc)] == ["48,200"]


def test_a_respectively_list_goes_on_past_a_bracketed_share(extract_both):
    doc = extract_both("Ontario, Quebec and Alberta issued the most permits, 41,300 (38.2% of the total), 22,900 "
                       "and 15,600 respectively.")
    assert "Ontario" in _links(doc, "41,300", "CATEGORY")
    assert "Quebec" in _links(doc, "22,900", "CATEGORY")
    assert "Alberta" in _links(doc, "15,600", "CATEGORY")


def test_a_state_counts_nothing_and_a_verb_after_a_figure_is_no_unit(extract_both):
    found = by_text(extract_both("Kansas and Arkansas reported 1,840 and 1,120 cases respectively, and the national "
                                 "total of 52,310 represents a fall of 4% on the year."))
    assert found["1,840"]["unit"] == "case"
    assert found["52,310"].get("unit") != "represent"


def test_a_place_in_brackets_after_a_figure_is_its_category(extract_both):
    doc = extract_both("Annual growth ranged from -3.4 % (Latvia) to +9.1 % (Malta).")
    assert "Latvia" in _links(doc, "-3.4 %", "CATEGORY")
    assert "Malta" in _links(doc, "+9.1 %", "CATEGORY")


def test_a_spaced_percent_sign_in_prose_declares_no_heading(extract_both):
    found = by_text(extract_both("Key figures\n- Exports in 2024 were 2.1 % higher than in 2019.\n"
                                 "- Nine of the 27 member states reported a fall.\n"))
    assert found["27"]["metric"] == "COUNT" and found["27"].get("unit") != "percent"


def test_canadian_dollars_in_a_table_title(extract_both):
    cells = by_text(extract_both("Table 1  Retail sales by province (C$ millions)\n\n"
                                 "Province        August   September\nOntario         25,310      25,640\n"))
    assert cells["25,310"]["unit"] == "canadian dollar"
    assert cells["25,310"]["value"] == 25_310_000_000


def test_a_share_after_a_signed_pair_still_modifies_the_count(extract_both):
    doc = extract_both("The office granted 412,000 patents (+9,800; +2.4%), or 38.5% of all grants worldwide.")
    assert "412,000" in _links(doc, "38.5%", "MODIFIES")


def test_an_apposition_restates_a_share_at_another_time(extract_both):
    doc = extract_both("Women held 1.9 million of the posts, or 41.2% of the total, a share that was 35.8% in 2014.")
    assert "1.9 million" not in _links(doc, "35.8%", "MODIFIES")
    assert "in 2014" in _links(doc, "35.8%", "PERIOD")


def test_an_absolute_clause_names_its_own_subject(extract_both):
    doc = extract_both("Of these, 40,100 were full-time and 12,600 part-time, with the number of part-time staff "
                       "falling by 300 (-2.3%) over the year.")
    assert "part-time staff" in _links(doc, "300", "CATEGORY")
    assert not _links(doc, "300", "MODIFIES")


def test_a_share_over_a_group_with_its_ages(extract_both):
    doc = extract_both("One in four people aged 18–24 (24.8 per cent, or about 1.4 million) said they had skipped "
                       "meals.")
    assert "people aged 18–24" in _links(doc, "One in four", "CATEGORY")


def test_an_annual_change_noun_takes_no_other_changes_comparison(extract_both):
    doc = extract_both("Rents edged down by 0.2% on the month, and the annual rise of 7.9% takes the average rent "
                       "to £1,271.")
    assert not _links(doc, "7.9%", "BASELINE")
    assert "£1,271" in _links(doc, "7.9%", "MODIFIES")


def test_a_run_of_rises_since_a_date_dates_no_figure(extract_both):
    doc = extract_both("Card balances grew by $24 billion to $1.17 trillion, the ninth straight quarterly rise since "
                       "Q3 2022.")
    assert not _links(doc, "$1.17 trillion", "PERIOD")


def test_n_or_more_days_is_a_length_of_time(extract_both):
    found = by_text(extract_both("About 3.1% of balances were seriously delinquent (120 or more days late)."))
    assert found["120"]["unit"] == "day" and found["120"]["metric"] == "AMOUNT"


def test_the_subject_of_an_apposition_with_a_superlative(extract_both):
    doc = extract_both("Motor vehicles, by far the biggest subsector at $14.2 billion, rose 3.1%.")
    assert "Motor vehicles" in _links(doc, "$14.2 billion", "CATEGORY")


def test_a_title_lists_one_unit_per_column(extract_both):
    cells = by_text(extract_both("Table 3  Inflows by industry, 2024 (billion yuan, %)\n"
                                 "Industry                 Amount    Share\n"
                                 "Manufacturing            188.40     26.1\n"))
    assert cells["188.40"]["unit"] == "yuan" and cells["188.40"]["value"] == pytest.approx(188.4e9)
    assert cells["26.1"]["unit"] == "percent" and cells["26.1"]["metric"] == "SHARE"


def test_a_months_table_of_an_index_declares_index_points(extract_both):
    doc = extract_both("Table 1: Freight index (seasonally adjusted, monthly average of 2015 = 100)\n\n"
                       "Month        Freight index   Pct. change\n"
                       "August               118.2          0.4\n"
                       "September            117.6         -0.5\n")
    cells = by_text(doc)
    assert cells["118.2"]["unit"] == "index point"
    assert "100" not in cells
    assert "Freight index" in _links(doc, "117.6", "CATEGORY")


def test_a_symbol_the_release_defines_keeps_its_scale(extract_both):
    found = by_text(extract_both("Output of iron ore rose to 24.3 Million Tonnes (MT) in October from 22.8 MT a year "
                                 "earlier."))
    assert found["22.8 MT"]["value"] == pytest.approx(22.8e6)
    assert found["24.3 Million Tonnes"]["value"] == pytest.approx(24.3e6)


def test_a_note_mark_glued_after_a_figure_keeps_the_figure(extract_both):
    found = by_text(extract_both("Reserves were revised up from 81t to 96t.[2] Buying slowed later."))
    assert "96t" in found and found["96t"]["unit"] == "ton"


def test_the_levels_of_a_duty_cut_from_one_rate_to_another(extract_both):
    doc = extract_both("Imports recovered after the cut in customs duty from 12.5% to 7.5% took effect.")
    found = by_text(doc)
    assert found["12.5%"]["metric"] == "SHARE" and found["7.5%"]["metric"] == "SHARE"
    assert "customs duty" in _links(doc, "7.5%", "CATEGORY")


def test_a_comparison_after_a_bracketed_share_belongs_to_the_clause(extract_both):
    doc = extract_both("Eleven of the fifteen industries (73%) produced more than a month earlier.")
    found = by_text(doc)
    assert found["73%"]["metric"] == "SHARE"
    assert "Eleven" in _links(doc, "73%", "MODIFIES")


def test_a_decimal_comma_figure_ends_a_subject_before_its_verb(extract_both):
    doc = extract_both("Platinum and chrome together added 2,4 percentage points.")
    assert "Platinum and chrome" in _links(doc, "2,4 percentage points", "CATEGORY")


def test_the_first_of_a_list_of_named_items_after_a_copula(extract_both):
    doc = extract_both("The main drags were diesel (-4.1%), petrol (-2.6%) and kerosene (-1.9%).")
    assert "diesel" in _links(doc, "-4.1%", "CATEGORY")
    assert "kerosene" in _links(doc, "-1.9%", "CATEGORY")


def test_month_on_month_columns_are_percent_changes_of_an_index(extract_both):
    cells = by_text(extract_both("Table 2. Output indices, October 2024 (2015=100; % change)\n"
                                 "                Index   Month on month   Year on year\n"
                                 "Mining          96.2          -1.4            +2.2\n"))
    assert cells["96.2"]["unit"] == "index point"
    assert cells["-1.4"]["unit"] == "percent" and cells["-1.4"]["metric"] == "CHANGE"


def test_a_heading_naming_a_month_is_no_figure(extract_both):
    doc = extract_both("October 2024 month\nCard spending rose $42 million (0.6 percent).")
    assert "2024 month" not in by_text(doc)


def test_a_change_noun_after_a_figure_and_its_bracket(extract_both):
    doc = extract_both("Takings were flat, as a $9 million (2.1 percent) fall in fuel was offset elsewhere.")
    found = by_text(doc)
    assert found["$9 million"]["metric"] == "CHANGE" and found["$9 million"]["direction"] == "down"
    assert found["2.1 percent"]["metric"] == "CHANGE"
    assert "fuel" in _links(doc, "$9 million", "CATEGORY")
