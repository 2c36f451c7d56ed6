"""Clauses whose verb is left out, values stated only to be compared with, and subjects that stand after their
verb: the constructions of real releases that link a figure to a phrase far from it (GUIDELINES C17)."""

import pytest

from conftest import by_text, relations


def _category(doc, figure):
    found = [c for h, label, c in relations(doc) if h == figure and label == "CATEGORY"]
    return found[0] if found else None


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # the level a gapped change reaches belongs to the gapped clause's subject
        ("Bulk shipments were mixed: grain exports fell by 3.4% to 2.1 million tonnes and fertiliser imports by "
         "8.2% to 0.9 million tonnes, while coal imports rose by 1.1% to 4.6 million tonnes.",
         "0.9 million tonnes", "fertiliser imports"),
        ("Deposits of households grew by 2.3% to €1,142 billion and those of non-financial corporations by 0.8% to "
         "€512 billion over the year.", "€512 billion", "those of non-financial corporations"),
        # ``those with``, ``those on``: the pronoun and its complement are the gapped clause's subject
        ("Among employees, those on full-time contracts rose by 41,200 and those on part-time contracts by 12,800 "
         "in the quarter.", "12,800", "those on part-time contracts"),
        ("Employment among graduates increased by 3.2%, and among those without a degree by 0.4%.",
         "0.4%", "those without a degree"),
    ],
)
def test_a_gapped_clause_names_its_own_subject(extract_both, text, figure, category):
    found = _category(extract_both(text), figure)
    assert found is not None and found.lower().endswith(category.lower()), (figure, found)


def test_a_gapped_by_figure_is_a_change_of_the_verb_left_out(extract_both):
    figures = by_text(extract_both("Among employees, those on full-time contracts rose by 41,200 and those on "
                                   "part-time contracts by 12,800 in the quarter."))
    assert figures["12,800"]["metric"] == "CHANGE"
    assert figures["12,800"]["direction"] == "up"


def test_by_one_figure_to_another_is_a_change_and_its_level(extract_both):
    doc = extract_both("The number of jobseekers in the region was revised up from 212,400 to 213,100, and that in "
                       "the capital by 900 to 58,300.")
    figures = by_text(doc)
    assert figures["900"]["metric"] == "CHANGE"
    assert ("900", "MODIFIES", "58,300") in relations(doc)
    # the pronoun stands for the jobseekers, not for the capital
    assert figures["58,300"]["unit"] == figures["213,100"]["unit"] == "jobseeker"


@pytest.mark.parametrize(
    "text,value,current",
    [
        ("Inspectors closed 14 illegal waste sites, against nine in 2023, and fined 230 operators.",
         "nine", "14"),
        ("Applications reached 18,540 in the first half of 2024, more than double the 8,912 received in the same "
         "period of 2023.", "8,912", "18,540"),
        ("The vacancy rate eased to 3.1 per cent in the quarter, still higher than the 2.8 per cent recorded a year "
         "earlier.", "2.8 per cent", "3.1 per cent"),
        ("Median weekly rent was $520, twice the $260 paid a decade earlier.", "$260", "$520"),
    ],
)
def test_a_value_stated_for_comparison_takes_the_category_of_its_figure(extract_both, text, value, current):
    doc = extract_both(text)
    assert _category(doc, value) is not None
    assert _category(doc, value) == _category(doc, current)
    figures = by_text(doc)
    assert figures[value]["unit"] == figures[current]["unit"]


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Also adding to the increase was the faster annual growth in the index of furnishings at 1.7 percent in "
         "May.", "1.7 percent", "index of furnishings"),
        ("Leading the decline were shipments of sawn timber, which fell 6.2% on the month.", "6.2%",
         "shipments of sawn timber"),
    ],
)
def test_a_subject_after_its_copula_is_the_category(extract_both, text, figure, category):
    found = _category(extract_both(text), figure)
    assert found is not None and found.lower().endswith(category.lower()), (figure, found)


def _links(doc, figure, label):
    return [c for h, lab, c in relations(doc) if h == figure and lab == label]


def test_a_streak_is_no_period(extract_both):
    doc = extract_both("Transport emissions fell by 1.8 million tonnes to 145.5 million tonnes in 2023, exceeding the "
                       "annual limit for the third year running.")
    assert _links(doc, "145.5 million tonnes", "PERIOD") == ["in 2023"]


def test_a_period_inside_a_relative_clause_dates_only_that_clause(extract_both):
    doc = extract_both("In the third quarter, household lending rose by 2.2%, while lending to firms, which had "
                       "contracted by 0.8% in the second quarter, grew by 0.6%.")
    assert _links(doc, "0.8%", "PERIOD") == ["in the second quarter"]
    assert "in the second quarter" not in _links(doc, "0.6%", "PERIOD")


def test_a_rate_of_an_earlier_month_is_the_baseline_of_the_change_before_it(extract_both):
    doc = extract_both("In May 2024, annual inflation stood at 2.4%, 0.3 percentage points below the rate of the "
                       "previous month.")
    assert _links(doc, "0.3 percentage points", "BASELINE") == ["the rate of the previous month"]
    assert _links(doc, "2.4%", "PERIOD") == ["In May 2024"]


def test_earlier_values_listed_with_respectively_take_the_list_time_and_categories(extract_both):
    doc = extract_both("The ports handled 8.1 million containers and 2.4 million vehicles in 2024, up from 7.6 "
                       "million and 2.2 million respectively in 2023.")
    assert _links(doc, "7.6 million", "PERIOD") == ["in 2023"]
    assert _links(doc, "2.2 million", "PERIOD") == ["in 2023"]
    assert _links(doc, "7.6 million", "CATEGORY") == _links(doc, "8.1 million", "CATEGORY")
    assert _links(doc, "2.2 million", "CATEGORY") == _links(doc, "2.4 million", "CATEGORY")


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # ``whose number``: the number of the antecedent
        ("Growth was concentrated among part-time workers, whose number rose by 61,000 over the quarter.", "61,000",
         "part-time workers"),
        # a level reached by a change restated in brackets and dated: the change's subject
        ("The labour force grew by 52,400 people (+0.4%) in the quarter to 14,885,300.", "14,885,300",
         "labour force"),
        # a level reached in a clause of its own keeps that clause's subject
        ("Payrolls rose by 143,000 in January, and the jobless rate fell to 4.0 percent.", "4.0 percent",
         "jobless rate"),
        # a verb of sharing left out of the second clause
        ("Domestic flights accounted for 12.1 million passengers and international flights for 30.4 million.",
         "30.4 million", "international flights"),
        ("Rents account for 21.3% of the 2025 index basket and motor fuels for 6.8%.", "6.8%", "motor fuels"),
        # a degree word before the predicate adjective
        ("For part-time staff the pay gap was much wider, at 18.4 per cent.", "18.4 per cent", "pay gap"),
    ],
)
def test_the_subject_a_clause_structure_points_to(extract_both, text, figure, category):
    found = _category(extract_both(text), figure)
    assert found is not None and found.lower().endswith(category.lower()), (figure, found)


@pytest.mark.parametrize(
    "text,change,level",
    [
        # a rate of change stated as a level is reached by a change in points
        ("The annual growth rate of household credit slowed by 0.3 percentage points to 5.1% in March.",
         "0.3 percentage points", "5.1%"),
        # bound words and qualifiers between ``to`` and the level
        ("Exports of empty containers fell by 2.6% to just under 2.1 million TEU.", "2.6%", "2.1 million TEU"),
        ("Methane emissions fell by only 0.7 million tonnes (-1.4 per cent) to 48.2 million tonnes.",
         "0.7 million tonnes", "48.2 million tonnes"),
        # a volume of time is a level like any other
        ("Fixed-line call volumes fell by 18% to 71 billion minutes in 2023.", "18%", "71 billion minutes"),
    ],
)
def test_a_change_modifies_the_level_it_reaches(extract_both, text, change, level):
    doc = extract_both(text)
    assert (change, "MODIFIES", level) in relations(doc), sorted(relations(doc))
    assert by_text(doc)[change]["metric"] == "CHANGE"


def test_a_change_with_its_own_subject_after_while_modifies_no_earlier_level(extract_both):
    doc = extract_both("The number of male patients rose by 4.2% to 51,300, while the number of female patients "
                       "aged 65 and over increased by 2.9%.")
    assert not _links(doc, "2.9%", "MODIFIES")


def test_a_gapped_subject_may_end_with_the_ages_of_its_group(extract_both):
    doc = extract_both("The number of pupils aged 5 to 11 fell by 1.2% to 4.6 million and the number of pupils aged "
                       "12 to 16 by 0.4% to 3.9 million.")
    found = _category(doc, "3.9 million")
    assert found is not None and found.endswith("pupils aged 12 to 16"), found


def test_a_value_stated_for_comparison_takes_no_period_of_the_clause(extract_both):
    doc = extract_both("Hybrid cars accounted for 31,240 registrations in the first half of 2024, lifting their share of "
                       "new cars from 19% to 24%.")
    assert _links(doc, "19%", "PERIOD") == []
    assert _links(doc, "31,240", "PERIOD") == ["in the first half of 2024"]


def test_an_earlier_estimate_of_a_revision_keeps_the_period_it_estimates(extract_both):
    doc = extract_both("Employment for June 2024 was revised up by 4,000 people, from 14,402,000 to 14,406,000.")
    assert _links(doc, "14,402,000", "PERIOD") == ["for June 2024"]
    assert _links(doc, "14,406,000", "PERIOD") == ["for June 2024"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # each change of a respectively list restated in brackets: the twins take their change's category
        ("Exports and imports of services rose by 2.1% (+€1.2 billion) and 3.4% (+€2.1 billion) respectively.",
         {"2.1%": "Exports", "+€1.2 billion": "Exports", "3.4%": "imports of services",
          "+€2.1 billion": "imports of services"}),
        # an adverb inside an item of the coordination
        ("Students and other economically inactive persons increased by 31 000 (+2.0%) and 12 000 (+0.3%) "
         "respectively.", {"31 000": "Students", "12 000": "other economically inactive persons"}),
        # the places after ``in`` with the figures right after ``by``
        ("Over the quarter, employment rose in Gauteng, Limpopo and the Free State by 41 000, 18 000 and 9 000 "
         "respectively.", {"41 000": "Gauteng", "18 000": "Limpopo", "9 000": "Free State"}),
    ],
)
def test_respectively_lists_in_the_structures_of_real_releases(extract_both, text, expected):
    doc = extract_both(text)
    for figure, category in expected.items():
        found = _category(doc, figure)
        assert found is not None and found.endswith(category), (figure, found)


def test_figures_after_by_in_a_clause_with_a_change_verb_are_changes(extract_both):
    figures = by_text(extract_both("Over the quarter, employment rose in Gauteng, Limpopo and the Free State by 41 000, "
                                   "18 000 and 9 000 respectively."))
    assert [figures[f]["metric"] for f in ("41 000", "18 000", "9 000")] == ["CHANGE"] * 3


def test_periods_listed_with_respectively_are_no_categories(extract_both):
    doc = extract_both("Inflation is projected at 4.5 per cent for 2024-25, with Q2, Q3 and Q4 at 4.1 per cent, 4.8 per "
                       "cent and 4.2 per cent respectively.")
    assert _category(doc, "4.8 per cent") not in ("Q3", "Q2", "Q4")


@pytest.mark.parametrize(
    "text,value,category",
    [
        ("The employment rate for women was 72.4%, compared with 78.9% for men.", "78.9%", "men"),
        ("Vacancy rates reached 6.1% in Perth, against 2.3% in the rest of Western Australia.", "2.3%",
         "the rest of Western Australia"),
        ("The hospitalisation rate among people aged 75 and over was 31.2 per 100,000, against 4.6 per 100,000 among "
         "younger adults.", "4.6 per 100,000", "younger adults"),
    ],
)
def test_a_value_compared_for_another_group_is_of_that_group(extract_both, text, value, category):
    found = _category(extract_both(text), value)
    assert found is not None and found.endswith(category), found


@pytest.mark.parametrize(
    "text,value,current",
    [
        ("Real GDP growth for March is now estimated at 0.4%, compared with 0.3% in the previous release.", "0.3%",
         "0.4%"),
        ("The employment rate rose to 76.2% in May, compared with 75.8% in April.", "75.8%", "76.2%"),
        ("Five-year survival averaged 61.0%, up from 44.8% among those diagnosed a decade earlier.", "44.8%", "61.0%"),
    ],
)
def test_a_value_compared_for_another_time_or_estimate_keeps_the_category(extract_both, text, value, current):
    doc = extract_both(text)
    assert _category(doc, value) is not None and _category(doc, value) == _category(doc, current)


def test_a_phrasal_verb_after_to_is_no_category(extract_both):
    doc = extract_both("Growth is projected to slow down to 1.2% next year and to pick up to 1.6% in 2026.")
    assert _category(doc, "1.2%") not in ("slow", "slow down")
    assert _category(doc, "1.6%") != "pick"


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a contribution stated by a participle clause: the main clause's subject contributed it
        ("The prices of clothing went up by 1.4 percent year on year, pushing up the CPI by about 0.09 percentage "
         "points.", "0.09 percentage points", "prices of clothing"),
        # a figure that premodifies a change noun: what changed, past the baseline between them
        ("Of the 0.4 percent year-on-year rise in the CPI in May, new price factors accounted for about 0.3 "
         "percentage points.", "0.4 percent", "the CPI"),
        # a fronted participle clause: the main clause's subject
        ("After growing by an estimated 1.1% in 2024, GDP is projected to expand by 1.6% in 2025.", "1.1%", "GDP"),
        # the pace of a growth verb, and a verb after ``keep``
        ("The economy grew at an annualized rate of 2.4% in the second quarter.", "2.4%", "economy"),
        ("Global trade is projected to keep growing at about 2.5% a year.", "2.5%", "Global trade"),
        # an adverb between the copula and the predicate, and a qualifier after it
        ("Exports rose by 1.2% on the month, while imports were almost unchanged (+0.1%).", "+0.1%", "imports"),
        ("Approvals rose 1.5% in October, while private sector houses were flat in trend terms (0.0%).", "0.0%",
         "private sector houses"),
        # a change verb's object after ``by a further``
        ("The committee decided to lower the cash rate by a further 25 basis points.", "25 basis points",
         "cash rate"),
    ],
)
def test_categories_from_clause_structure_of_real_releases(extract_both, text, figure, category):
    found = _category(extract_both(text), figure)
    assert found is not None and found.endswith(category), (figure, found)


def test_a_change_noun_premodified_by_the_figure_modifies_no_level(extract_both):
    doc = extract_both("Breakbulk fell by 4.1% to 3.2 million tonnes, as an 8.8% drop in imports outweighed a 2.0% rise "
                       "in exports.")
    assert _category(doc, "8.8%") == "imports" and _category(doc, "2.0%") == "exports"
    assert not _links(doc, "8.8%", "MODIFIES") and not _links(doc, "2.0%", "MODIFIES")


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("In 2024, 31,200 people were detected crossing the Channel, a rise of 18% on the 26,400 recorded in 2023.",
         "18%", "2023"),
        ("Those arrivals were carried in 712 boats, 9% more than the 653 boats detected in 2023.", "9%", "2023"),
    ],
)
def test_a_value_named_with_its_article_after_on_or_than_dates_the_comparison(extract_both, text, change, baseline):
    assert _links(extract_both(text), change, "BASELINE") == [baseline]


def test_a_contribution_takes_no_baseline_of_the_main_clause(extract_both):
    doc = extract_both("The prices of clothing went up by 1.4 percent year on year, pushing up the CPI by about 0.09 "
                       "percentage points.")
    assert _links(doc, "1.4 percent", "BASELINE") == ["year on year"]
    assert _links(doc, "0.09 percentage points", "BASELINE") == []


def test_two_change_columns_take_the_baselines_of_their_own_header_cells(extract_both):
    text = ("Building approvals, December 2024, seasonally adjusted\n\n"
            "                                   Number    Change on November 2024 (%)    Change on December 2023 (%)\n"
            "Total dwellings                    15,210    -2.4                           5.1\n"
            "Private sector houses               9,311    -0.8                           4.2\n")
    doc = extract_both(text)
    assert _links(doc, "-2.4", "BASELINE") == ["November 2024"]
    assert _links(doc, "5.1", "BASELINE") == ["December 2023"]
    assert _links(doc, "-0.8", "BASELINE") == ["November 2024"]


@pytest.mark.parametrize(
    "text,figure",
    [
        ("For November 2024, the year-on-year decrease in the value of retail sales has been revised to 6.4%, "
         "from 6.6%.", "6.4%"),
        ("The monthly change in sales volumes for August 2024 is unchanged at 0.8%.", "0.8%"),
        ("In the third quarter, the economy expanded at an annualized rate of 1.7%.", "1.7%"),
        ("After expanding by an estimated 1.1% in 2024, GDP is projected to grow by 1.6% in 2025.", "1.1%"),
        ("Dwelling approvals ease 2.9% after a strong October.", "2.9%"),
    ],
)
def test_growth_rates_stated_as_levels_are_changes(extract_both, text, figure):
    assert by_text(extract_both(text))[figure]["metric"] == "CHANGE"


def test_parts_of_fronted_wholes_go_where_their_verb_of_motion_says(extract_both):
    doc = extract_both("Of the exports to the EU, 45.1 billion euros (-0.8%) went to euro area countries and 19.9 billion "
                       "euros (+1.1%) to EU countries outside the euro area, and of the imports, 39.2 billion euros "
                       "(-1.5%) came from euro area countries and 16.4 billion euros (-0.2%) from the other EU "
                       "countries.")
    assert _category(doc, "45.1 billion euros").endswith("euro area countries")
    assert _category(doc, "19.9 billion euros").startswith("EU countries")
    assert _category(doc, "39.2 billion euros").endswith("euro area countries")
    assert _category(doc, "16.4 billion euros").endswith("other EU countries")


def test_cents_after_a_figure(extract_both):
    figures = by_text(extract_both("A litre of diesel cost €1.69 in November, 17c lower than a year earlier, while "
                                   "petrol cost €1.74 (-12c)."))
    assert figures["17c"]["unit"] == figures["-12c"]["unit"] == "cent"
