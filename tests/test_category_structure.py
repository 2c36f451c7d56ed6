"""Categories from the structure of real sentences: lists of places with rates, absolute constructions,
changes stated as nouns, and words that premodify a figure without being its category."""

import pytest

from conftest import quantities, relations


def _ends_with(found, category):
    """Whether a found category phrase ends with the expected one (a leading article or determiner may differ)."""
    return found is not None and found.lower().endswith(category.lower())


def _category(rel, figure):
    found = [c for h, label, c in rel if h == figure and label == "CATEGORY"]
    return found[0] if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Net lending showed a decrease in the current account surplus of $1.4 billion to $18.9 billion.",
        "The rise reflected an increase in the goods deficit of £2.2 billion (+4.1 percent) to £55.0 billion.",
        "Outlays included spending on the new terminal of HK$3.2 billion.",
    ],
)
def test_a_currency_sign_opens_a_figure_and_ends_the_phrase_before_it(extract_both, text):
    categories = [child for _, label, child in relations(extract_both(text)) if label == "CATEGORY"]
    assert categories and not [c for c in categories if any(sign in c for sign in "$£€¥₹")]


def test_a_participle_after_since_is_no_category(extract_both):
    found = relations(extract_both("The index for services rose 3.9 percent over the year, the largest gain since "
                                   "moving up 4.2 percent in the year to May 2023."))
    assert not [r for r in found if r[0] == "4.2 percent" and r[1] == "CATEGORY" and r[2].endswith("ing")]


def test_that_after_a_verb_of_saying_is_no_anaphor(extract_both):
    found = relations(extract_both("Data released on Friday showed that in May the services sector added "
                                   "88,000 jobs."))
    assert not [r for r in found if r[0] == "88,000" and r[1] == "CATEGORY" and r[2].startswith("that")]


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Unemployment rates in June were 4.3% in New South Wales, 4.4% in Victoria, 4.0% in Queensland and 3.8% "
         "in South Australia.", "4.0%", "Queensland"),
        ("The indices stand at 133.9 for primary goods, 113.0 for capital goods and 155.6 for intermediate goods.",
         "113.0", "capital goods"),
        ("Violent crime fell 3.0% in 2023, with murder down 11.6%, rape down 9.4% and aggravated assault down 2.8%.",
         "9.4%", "rape"),
        ("The food index increased 0.2 percent, with the index for food at home rising 0.1 percent.",
         "0.1 percent", "index for food at home"),
        ("Goods-producing industries fell 0.5 percent, outweighing a 0.9 percent rise in primary industries.",
         "0.9 percent", "primary industries"),
        ("This result stems from an increase of 0.4 percent in average hourly earnings.", "0.4 percent",
         "average hourly earnings"),
    ],
)
def test_category_from_the_structure_of_the_sentence(extract_one, text, figure, category):
    found = _category(relations(extract_one(text)), figure)
    assert found is not None and category.lower() in found.lower() and len(found) <= 3 * len(category) + 10, found


@pytest.mark.parametrize(
    "text,figure,wrong",
    [
        ("Average hourly wages rose 5.1% in May, following a 5.2% increase in April.", "5.2%", "following a"),
        ("Arrivals from China were still 38.5% lower than in May 2019.", "38.5%", "still"),
        ("The index has risen 3.93% over the year, above the 3.69% observed a year before.", "3.69%", "above the"),
    ],
)
def test_words_before_a_figure_that_are_not_its_category(extract_one, text, figure, wrong):
    assert _category(relations(extract_one(text)), figure) != wrong


def test_two_figures_placed_in_two_areas_keep_the_subject(extract_one):
    rel = relations(extract_one("Seasonally adjusted GDP rose by 0.4% in the euro area and by 0.5% in the EU."))
    assert _category(rel, "0.5%") != "EU"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Of the 239 people charged, 41 were aged 18 to 24.", "18 to 24", "year"),
        ("Young drivers aged 17 to 24 accounted for 21% of deaths.", "17 to 24", "year"),
        ("Unemployment among people aged 15 to 24 years rose to 8.9 percent.", "15 to 24 years", "year"),
        ("Core inflation has eased for seven consecutive months.", "seven", "month"),
    ],
)
def test_ages_and_runs_of_months_are_amounts_without_category(extract_one, text, figure, unit):
    doc = extract_one(text)
    spans = [s for s in doc["spans"] if s["label"] == "QUANTITY" and doc["text"][s["start"]:s["end"]].startswith(figure)]
    assert spans and spans[0]["unit"] == unit and spans[0]["metric"] == "AMOUNT"
    assert not any(h.startswith(figure) and label == "CATEGORY" for h, label, _ in relations(doc))


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("The population increased by around 0.3 million from 84.4 million to 84.7 million.", "0.3 million",
         "84.7 million"),
        ("Detections rose 39% from 3,622 to 5,032 over the financial year.", "39%", "5,032"),
    ],
)
def test_change_from_an_earlier_value_to_a_level_modifies_the_level(extract_one, text, change, level):
    assert (change, "MODIFIES", level) in relations(extract_one(text))


@pytest.mark.parametrize("text,figure", [
    ("Retail trade changed little (+19,000) in February.", "+19,000"),
    ("Employment fell in November (-12,000).", "-12,000"),
])
def test_counted_noun_is_never_a_direction_word_or_month(extract_one, text, figure):
    doc = extract_one(text)
    spans = [s for s in doc["spans"] if s["label"] == "QUANTITY" and doc["text"][s["start"]:s["end"]].lstrip("+-") ==
             figure.lstrip("+-")]
    assert spans and spans[0].get("unit") not in ("little", "november", "fell")


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Personal outlays, the sum of consumer spending and interest payments, increased $46.1 billion in April.",
         "$46.1 billion", "Personal outlays"),
        ("Disposable personal income (DPI), personal income less personal current taxes, increased $40.2 billion.",
         "$40.2 billion", "Disposable personal income"),
        ("The index for gasoline fell 3.8 percent, more than offsetting an increase in the index for shelter, which "
         "rose 0.2 percent over the month.", "0.2 percent", "index for shelter"),
    ],
)
def test_subject_across_an_apposition_or_relative_clause(extract_one, text, figure, category):
    found = _category(relations(extract_one(text)), figure)
    assert found is not None and category.lower() in found.lower() and len(found) <= 3 * len(category) + 10, found


@pytest.mark.parametrize(
    "text,earlier,current",
    [
        ("Employment for May was revised up by 3,000 people, from 14,381,000 to 14,384,000.", "14,381,000",
         "14,384,000"),
        ("The harmonised index rose by 2.0% in the year to May, up from 1.6% in April.", "1.6%", "2.0%"),
        ("Annual core inflation is expected to be 2.9% in May, compared with 2.7% in April.", "2.7%", "2.9%"),
    ],
)
def test_a_previous_value_takes_the_category_of_the_figure_it_is_compared_with(extract_one, text, earlier, current):
    rel = relations(extract_one(text))
    assert _category(rel, current) is not None
    assert _category(rel, earlier) == _category(rel, current)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Employment grew most in Galway (+3.1%), while Donegal recorded the largest fall (-1.2%).", "-1.2%",
         "Donegal"),
        ("Output rose in Quebec (+0.6%), and Ontario posted a small gain (+0.1%).", "+0.1%", "Ontario"),
    ],
)
def test_a_change_noun_before_a_bracket_is_not_the_category(extract_both, text, figure, category):
    found = _category(relations(extract_both(text)), figure)
    assert found is not None and category.lower() in found.lower() and len(found) <= 3 * len(category) + 10, found


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a heading names the measure of the lines below it that are labelled only by a time (GUIDELINES D-3)
        ("Import prices: percent change from the previous month (change over 12 months in brackets)\n"
         "April 2024: +0.9 (+1.1)\nMay 2024: -0.4 (+1.1)", "-0.4", "Import prices"),
        ("Table 2. Median weekly earnings, full-time workers (current dollars)\n"
         "Q1 2024: $1,143\nChange, Q1 2023 to Q1 2024: +$54", "+$54", "Median weekly earnings"),
        # a label that names the measure and declares the unit of a list of months
        ("Housing starts, percent change from the previous month: March -14.8, April +5.7, May -5.5.",
         "+5.7", "Housing starts"),
    ],
)
def test_a_heading_names_the_measure_of_its_block(extract_both, text, figure, category):
    doc = extract_both(text)
    by_id = {s["id"]: doc["text"][s["start"]:s["end"]] for s in doc["spans"]}
    linked = {by_id[r["child"]] for r in doc["relations"] if by_id[r["head"]] == figure and r["label"] == "CATEGORY"}
    assert linked == {category}, (figure, sorted(linked))


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("In the latest survey, 31.2% of households in rural areas were connected to fibre broadband.", "31.2%",
         "households in rural areas"),
        ("The agency said that by the end of June, 88 percent of the wheat crop had been planted.", "88 percent",
         "the wheat crop"),
        ("Some 64% of asylum applicants were granted protection at first instance, the ministry said.", "64%",
         "asylum applicants"),
        ("Nearly half of all outpatient appointments took place in community clinics.", "half",
         "all outpatient appointments"),
        ("Exports grew 3.1% in March, and 12.5 per cent of the exporters are small firms.", "12.5 per cent",
         "the exporters"),
    ],
)
def test_a_share_that_opens_its_clause_counts_the_phrase_after_of(extract_both, text, figure, category):
    """D-11 (GUIDELINES): ``24.6% of pupils are eligible`` -> CATEGORY ``pupils``."""
    found = _category(relations(extract_both(text)), figure)
    assert found is not None and category.lower() in found.lower() and len(found) <= 3 * len(category) + 10, found


@pytest.mark.parametrize(
    "text,figure,not_category",
    [
        ("Manufacturing accounted for 27.4% of total output in the quarter.", "27.4%", "total output"),
        ("Of the 5,400 complaints received, 41% of them concerned noise.", "41%", "them"),
        ("Services exports rose to 38.0% of the total, up from 35.2%.", "38.0%", "the total"),
    ],
)
def test_a_share_stated_as_a_predicate_or_of_a_figure_keeps_its_subject(extract_both, text, figure, not_category):
    assert _category(relations(extract_both(text)), figure) != not_category


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Quarter-on-quarter, household consumption in the second quarter increased by 0.9%.", "0.9%"),
        ("By quarter, in the first quarter sales were 4.12 trillion yuan; in the second quarter 4.37 trillion yuan; "
         "in the third quarter 4.55 trillion yuan.", "4.37 trillion yuan"),
        ("Employment for March 2024 was revised down by 4,000 people, from 9,512,000 to 9,508,000.", "9,508,000"),
        ("The growth rate of industrial output for June 2024 is 4.2 per cent, compared with 3.9 per cent in June "
         "2023.", "4.2 per cent"),
    ],
)
def test_a_category_never_holds_a_time_phrase(extract_both, text, figure):
    """FORMAT §3: the period is its own span; the category is what the figure measures, not when."""
    doc = extract_both(text)
    by_id = {s["id"]: s for s in doc["spans"]}
    periods = [s for s in doc["spans"] if s["label"] in ("PERIOD", "BASELINE")]
    figure_ids = [s["id"] for s in doc["spans"] if doc["text"][s["start"]:s["end"]] == figure]
    assert figure_ids and periods
    for r in doc["relations"]:
        if r["label"] == "CATEGORY" and r["head"] in figure_ids:
            c = by_id[r["child"]]
            assert not any(p["start"] < c["end"] and c["start"] < p["end"] for p in periods), \
                doc["text"][c["start"]:c["end"]]


@pytest.mark.parametrize(
    "text,current,previous",
    [
        ("Retail turnover rose 0.6% in June, following a 0.4% increase in May.", "0.6%", "0.4%"),
        ("Producer prices are now estimated to have risen 2.1% in 2023, rather than the 1.8% first published.",
         "2.1%", "1.8%"),
        ("Rents increased by 4.9% in the year to June, a slower pace than the 5.3% recorded in the year to May.",
         "4.9%", "5.3%"),
        ("Core inflation eased to 3.1% in the quarter, below the 3.4% observed in the previous quarter.",
         "3.1%", "3.4%"),
        ("Industrial output grew 1.2% in April after an upwardly revised 0.9% in March.", "1.2%", "0.9%"),
    ],
)
def test_a_value_stated_for_comparison_takes_the_current_figures_category(extract_both, text, current, previous):
    """D-26: a previous value (after ``following``, ``rather than the``, ``than the``, ``below the``, ``after``)
    takes the CATEGORY of the figure it is compared with."""
    rel = relations(extract_both(text))
    assert _category(rel, current) is not None
    assert _category(rel, previous) == _category(rel, current)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The manufacturing sector, which comprises food processing, chemicals and plastics, and machinery, "
         "grew 1.2% in March.", "1.2%", "manufacturing sector"),
        ("The number of layoffs, mostly involuntary separations initiated by the employer, was little changed "
         "at 1.6 million.", "1.6 million", "layoffs"),
        ("Openings were little changed at 8.1 million in May.", "8.1 million", "Openings"),
    ],
)
def test_the_subject_before_an_interjection_or_a_hedged_verb(extract_one, text, figure, category):
    """A relative clause or an apposition between the subject and its verb (``X, which ..., rose``) and
    ``little changed`` before the figure leave the clause subject as the CATEGORY (FORMAT §3, rule 2)."""
    found = _category(relations(extract_one(text)), figure)
    assert found is not None and category.lower() in found.lower() and len(found) <= 3 * len(category) + 10, found


@pytest.mark.parametrize(
    "text,figure,category,unit",
    [
        ("Macao received about 28.2 million visitor arrivals last year, the tourism office said.", "28.2 million",
         "visitor arrivals", "arrival"),
        ("The container terminal handled 9.6 million boxes this year.", "9.6 million", "boxes", "box"),
        ("Customs officers seized 1,284 counterfeit watches last month.", "1,284", "counterfeit watches", "watch"),
    ],
)
def test_a_counted_noun_before_a_bare_time_phrase(extract_both, text, figure, category, unit):
    """FORMAT §3 rule 1: the noun after the number is the category and names the unit, even when a time
    phrase follows it with no preposition (``... arrivals last year``)."""
    doc = extract_both(text)
    found = _category(relations(doc), figure)
    assert found is not None and found.lower() == category.lower(), found
    q = next(s for s in doc["spans"] if doc["text"][s["start"]:s["end"]] == figure)
    assert q["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The number of people in work rose by 75,000 on the quarter to 33.1 million.", "33.1 million",
         "people in work"),
        ("Inflation in the euro area eased to 2.4% in April.", "2.4%", "Inflation in the euro area"),
        ("The number of children in care rose by 700 to 83,840.", "83,840", "children in care"),
        # a participle that opens a clause is not part of the phrase after it
        ("Full-time staff numbered 8,200 and part-time staff 3,100, bringing total staff to 11,300.", "11,300",
         "total staff"),
    ],
)
def test_a_subject_keeps_its_restricting_complement(extract_one, text, figure, category):
    """FORMAT §3 rule 2: the subject with its restricting complements, less a leading ``the number of``."""
    assert _category(relations(extract_one(text)), figure) == category


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The Committee decided to raise the target range for the federal funds rate by 25 basis points to "
         "5-1/4 to 5-1/2 percent.", "5-1/4 to 5-1/2 percent", "target range for the federal funds rate"),
        ("The Board voted to raise the interest rate paid on reserve balances to 5.4 percent, effective today.",
         "5.4 percent", "interest rate paid on reserve balances"),
        ("The Reserve Bank cut the official cash rate to 4.75 per cent on Wednesday.", "4.75 per cent",
         "official cash rate"),
        ("The government has decided to increase the number of places offered under the scheme by 2,500.", "2,500",
         "places offered under the scheme"),
    ],
)
def test_the_object_of_a_verb_that_changes_it_keeps_its_post_modifiers(extract_both, text, figure, category):
    """``raise X for Y by N to M``, ``raise X paid on Y to M``: the object with its restricting complement
    is what the figures measure, not the agent that changes it."""
    found = _category(relations(extract_both(text)), figure)
    assert _ends_with(found, category), found


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Privately-owned housing completions in June were at a seasonally adjusted annual rate of 1,512,000.",
         "1,512,000", "housing completions"),
        ("Sales of new single-family houses in July were at a seasonally adjusted annual rate of 739,000.",
         "739,000", "Sales of new single-family houses"),
    ],
)
def test_a_count_at_a_rate_of_n_is_a_count_of_the_clause_subject(extract_both, text, figure, category):
    """``were at a seasonally adjusted annual rate of N``: a count, not a percent, after ``rate of`` is the
    level of the clause's subject; the rate only says how it is scaled."""
    found = _category(relations(extract_both(text)), figure)
    assert _ends_with(found, category), found


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The hotline handled 12.67 million requests in 2023, with a satisfaction rate of 98.6%.", "98.6%",
         "satisfaction rate"),
        ("The Desk will conduct overnight reverse repurchase operations at an offering rate of 5.3 percent.",
         "5.3 percent", "offering rate"),
        ("Provinces reported 1,420 new hires, an average retention rate of 87 percent.", "87 percent",
         "average retention rate"),
        ("The unemployment rate has stayed in a narrow range of 3.4 to 3.9 percent since February 2022.",
         "3.4 to 3.9 percent", "unemployment rate"),
    ],
)
def test_a_rate_of_a_percent_is_measured_by_its_own_phrase(extract_both, text, figure, category):
    """``a satisfaction rate of 98.6%``: the rate before ``of`` is the category and the percent is no share
    of the count before it; a range before ``of`` frames the subject's figure."""
    rel = relations(extract_both(text))
    found = _category(rel, figure)
    assert _ends_with(found, category), sorted(rel)
    assert not [r for r in rel if r[0] == figure and r[1] == "MODIFIES"], sorted(rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The central bank has kept its benchmark lending rate at 3.45% for ten months.", "3.45%",
         "benchmark lending rate"),
        ("The Governing Council left the main refinancing rate unchanged at 4.50%.", "4.50%", "main refinancing rate"),
    ],
)
def test_a_rate_held_at_a_level_is_the_verbs_object(extract_one, text, figure, category):
    """``kept X at N``, ``left X unchanged at N``: N is the level of X, not of the bank."""
    assert _category(relations(extract_one(text)), figure) == category




@pytest.mark.parametrize(
    "text,change,level,category",
    [
        ("The Monetary Policy Committee voted to increase Bank Rate by 0.25 percentage points, to 5.25%.",
         "0.25 percentage points", "5.25%", "Bank Rate"),
        ("The Board decided to lower the cash rate target by 25 basis points to 4.10 per cent.", "25 basis points",
         "4.10 per cent", "cash rate target"),
        ("The unemployment rate rose 0.1 percentage points to 4.1 per cent in June.", "0.1 percentage points",
         "4.1 per cent", "unemployment rate"),
    ],
)
def test_a_change_in_points_reaches_a_rate(extract_both, text, change, level, category):
    """FORMAT §4: a change of a share MODIFIES the share it reaches; the object of the verb that changes it
    (``increase Bank Rate by ...``) is the rate's CATEGORY."""
    rel = relations(extract_both(text))
    assert (change, "MODIFIES", level) in rel, sorted(rel)
    found = _category(rel, level)
    assert found is not None and category.lower() in found.lower(), sorted(rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Outpatient visits numbered 8.2 million in the year, with hospital visits accounting for 5.1 million "
         "(62.2%) and clinic visits for 3.1 million (37.8%).", "3.1 million", "clinic visits"),
        ("Outpatient visits numbered 8.2 million in the year, with hospital visits accounting for 5.1 million "
         "(62.2%) and clinic visits for 3.1 million (37.8%).", "5.1 million", "hospital visits"),
        ("Of these, 2,310 were phishing cases, with losses totalling about HK$512 million.", "HK$512 million",
         "losses"),
    ],
)
def test_the_subject_of_a_participle_that_states_a_figure(extract_one, text, figure, category):
    """``with X accounting for N and Y for M``: each figure counts the subject of its own (gapped) clause."""
    assert _category(relations(extract_one(text)), figure) == category


@pytest.mark.parametrize(
    "text,figures,category",
    [
        ("Staff now see core inflation at 2.9% in 2024, 2.3% in 2025 and 2.0% in 2026.", ("2.9%", "2.3%", "2.0%"),
         "core inflation"),
        ("The new projections see GDP growth averaging 0.6% in 2024, 1.4% in 2025 and 1.5% in 2026.",
         ("0.6%", "1.4%", "1.5%"), "GDP growth"),
        ("The tourism board expects visitor arrivals to rise to about 46 million in 2025.", ("46 million",),
         "visitor arrivals"),
    ],
)
def test_a_forecast_is_stated_of_the_object_of_see_or_expect(extract_one, text, figures, category):
    """``Staff see X at N``, ``expects X to rise to N``: the figures measure X, not the forecaster."""
    rel = relations(extract_one(text))
    for figure in figures:
        assert _category(rel, figure) == category, sorted(rel)


@pytest.mark.parametrize(
    "text,change,level,category",
    [
        ("Nominal GDP increased 4.8 percent in the first quarter to a level of $27.9 trillion.", "4.8 percent",
         "$27.9 trillion", "Nominal GDP"),
        ("Household deposits rose 6% to a record high of 3.2 trillion yuan.", "6%", "3.2 trillion yuan",
         "Household deposits"),
    ],
)
def test_a_level_of_a_figure_names_no_category(extract_one, text, change, level, category):
    """``to a level of N``, ``to a record high of N``: N is the subject's level, reached by the change."""
    rel = relations(extract_one(text))
    assert (change, "MODIFIES", level) in rel, sorted(rel)
    assert _category(rel, level) == category


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Manufacturing employment changed little (+4,000) in April.", "+4,000", "Manufacturing employment"),
        ("Construction output rose slightly (+0.3%) over the quarter.", "+0.3%", "Construction output"),
    ],
)
def test_an_adverb_before_a_bracketed_figure_is_no_category(extract_one, text, figure, category):
    """``changed little (+19,000)``: the bracket follows an adverb, so the figure measures the subject."""
    assert _category(relations(extract_one(text)), figure) == category


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("The median price of a detached house across the largest cities rose 3.2% over the year.", "3.2%",
         "median price of a detached house across the largest cities"),
        ("Applications submitted by first-time buyers increased 8.4% in the quarter.", "8.4%",
         "Applications submitted by first-time buyers"),
        ("The stock of claims awaiting a first decision fell to 41,200 at the end of June.", "41,200",
         "stock of claims awaiting a first decision"),
        ("The number of passengers who travelled through regional airports rose by 12% in 2023.", "12%",
         "passengers who travelled through regional airports"),
        ("The employment rate for women aged 25 to 54 years rose to 78.1% in the second quarter.", "78.1%",
         "employment rate for women aged 25 to 54 years"),
    ],
)
def test_a_subject_keeps_its_post_modifiers(extract_both, text, figure, category):
    # FORMAT: the category is the noun phrase whose amount the figure states, with the complements that
    # restrict it (prepositional phrases, participle phrases, relative clauses, the ages of a group)
    found = _category(relations(extract_both(text)), figure)
    assert found is not None and found.lower().removeprefix("the ") == category.lower(), found


def test_a_phrase_after_a_verb_is_no_part_of_a_subject(extract_both):
    found = _category(relations(extract_both(
        "The increase was mainly due to passenger cars, which rose 4.1% to 98,000 in May.")), "98,000")
    assert found is None or "due" not in found, found


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Eight of the 11 prefectures recorded growth in tourist arrivals in 2023.", "Eight"),
        ("Employment rose in 14 of Canada's 20 largest metropolitan areas in April.", "14"),
    ],
)
def test_an_elliptical_part_takes_no_category(extract_both, text, figure):
    # GUIDELINES D-10: ``N of the M <noun>`` is PART_OF M and takes no CATEGORY of its own
    rel = relations(extract_both(text))
    assert _category(rel, figure) is None
    assert any(h == figure and label == "PART_OF" for h, label, _ in rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Total imports from Europe as a whole decreased by 3.1% in the quarter.", "3.1%",
         "Total imports from Europe"),
        ("When the statement says it rose, unemployment among graduates rose to 4.2%.", "4.2%",
         "unemployment among graduates"),
    ],
)
def test_a_category_is_never_a_pronoun_or_a_trailing_phrase(extract_both, text, figure, category):
    found = _category(relations(extract_both(text)), figure)
    assert found is not None and found.lower().removeprefix("the ") == category.lower(), found


@pytest.mark.parametrize(
    "text,compared,category,period",
    [
        ("Part-time workers numbered 8.2 million in the quarter, or 17.4% of all employed people, compared with "
         "17.9% in the previous quarter and 18.3% in the same quarter of 2022.", ["17.9%", "18.3%"],
         "Part-time workers", ["in the previous quarter", "in the same quarter of 2022"]),
    ],
)
def test_a_comparison_value_of_a_share_is_no_share_of_the_current_figure(extract_both, text, compared, category,
                                                                          period):
    # D-26 and FORMAT MODIFIES: the earlier share is a share of the earlier population, not of the figure
    # stated now; it takes that figure's category and its own period
    rel = relations(extract_both(text))
    for figure, own_period in zip(compared, period):
        assert _category(rel, figure) == category, sorted(rel)
        assert not any(h == figure and label == "MODIFIES" for h, label, _ in rel)
        assert (figure, "PERIOD", own_period) in rel


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Economists polled by the agency had forecast payrolls rising by 175,000 in April.", "175,000", "payrolls"),
        ("Analysts expect inflation to slow to 2.4% next year.", "2.4%", "inflation"),
    ],
)
def test_a_forecast_is_stated_of_the_verbs_object(extract_both, text, figure, category):
    # FORMAT: the category is the noun phrase whose amount the figure states: after a verb of
    # forecasting, its object (``payrolls``), not the forecasters
    assert _category(relations(extract_both(text)), figure) == category


def test_a_part_after_a_verb_of_sharing_takes_its_subject(extract_both):
    # ``<subject> accounted for N of the <whole>``: the subject names the part (GUIDELINES D-10, D-11)
    rel = relations(extract_both("Women aged 25 to 34 accounted for 3,850 of the workers hired in the quarter."))
    found = _category(rel, "3,850")
    assert found is not None and found.lower().startswith("women"), found


def test_the_ends_of_a_range_across_places_take_their_places(extract_both):
    # GUIDELINES D-25: each place is the CATEGORY of the figure stated for it; ``ranged from X in A to Y
    # in B`` states one figure for each end
    rel = relations(extract_both("Regional unemployment rates in May ranged from 3.1% in Bavaria to 10.2% in Bremen."))
    assert _category(rel, "10.2%") == "Bremen", sorted(rel)


def test_the_rules_give_each_end_of_a_range_its_place(extract_one):
    rel = relations(extract_one("Regional unemployment rates in May ranged from 3.1% in Bavaria to 10.2% in Bremen."))
    assert _category(rel, "3.1%") == "Bavaria" and _category(rel, "10.2%") == "Bremen", sorted(rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Re-exports amounted to HK$386.5 billion and domestic exports to HK$2.7 billion in May.", "HK$2.7 billion",
         "domestic exports"),
        ("Imports rose to $3.1 billion and exports to $2.4 billion.", "$2.4 billion", "exports"),
        # without a preposition
        ("Unemployed women numbered 183 thousand and unemployed men 198 thousand.", "198 thousand", "unemployed men"),
        ("Long-haul carriers flew 41.3 million passengers in the year and regional carriers 12.9 million.",
         "12.9 million", "regional carriers"),
    ],
)
def test_a_gapped_clause_keeps_its_own_subject(extract_both, text, figure, category):
    """``A amounted to X and B to Y``, ``A numbered X and B Y``: the verb (and any preposition) is left out
    of the second clause, its subject is not."""
    assert _category(relations(extract_both(text)), figure) == category


@pytest.mark.parametrize(
    "text,figures,categories",
    [
        ("Citizens of India, the Philippines and China accounted for 48,800, 33,400 and 22,300 of the non-New "
         "Zealand arrivals respectively.", ["48,800", "33,400", "22,300"], ["India", "Philippines", "China"]),
        ("Southwest border encounters totalled 58,038 in August. Single adults and individuals in family units "
         "accounted for 41,716 and 13,581 of these encounters respectively.", ["41,716", "13,581"],
         ["Single adults", "individuals in family units"]),
    ],
)
def test_respectively_over_parts_of_a_whole(extract_both, text, figures, categories):
    """``A and B accounted for X and Y of these encounters respectively``: each figure takes its own group;
    the phrase after ``of`` names the whole, never the last figure's category, and no figure of the list is a
    part of another."""
    rel = relations(extract_both(text))
    for figure, category in zip(figures, categories):
        found = _category(rel, figure)
        assert _ends_with(found, category), sorted(rel)
    assert not [r for r in rel if r[1] == "PART_OF" and r[0] in figures and r[2] in figures], sorted(rel)


@pytest.mark.parametrize(
    "text,figures,categories",
    [
        # translated releases cut a sentence before its verb; the list closes the sentence before
        ("Compared with the same period last year, the number of burglaries and the number of frauds "
         "reported to the police. Decreased by 7.2% and 3.9% respectively.", ["7.2%", "3.9%"], ["burglaries",
                                                                                        "frauds"]),
        ("By sector, the output of coal, crude oil and natural gas. Increased by 2.1%, 0.4% and 9.8% respectively.",
         ["2.1%", "0.4%", "9.8%"], ["coal", "crude oil", "natural gas"]),
    ],
)
def test_respectively_after_a_sentence_cut_before_its_verb(extract_both, text, figures, categories):
    rel = relations(extract_both(text))
    for figure, category in zip(figures, categories):
        found = _category(rel, figure)
        assert found is not None and category.lower() in found.lower(), sorted(rel)
        assert not [r for r in rel if r[0] == figure and r[1] == "MODIFIES"], sorted(rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Net emigration of 41,000 persons", "41,000", "Net emigration"),
        ("The potential additional labour force was estimated at 97,100 persons, or 3.4% of the extended labour "
         "force.", "97,100", "potential additional labour force"),
        ("The unemployed population, estimated at 7.5 million people in the quarter, fell 4.9%.", "7.5 million",
         "unemployed population"),
        # no phrase states the figure: the people-word is the category
        ("Some 29,437 people arrived in 602 boats.", "29,437", "people"),
    ],
)
def test_a_bare_people_word_is_the_unit_of_the_phrase_that_states_the_figure(extract_both, text, figure, category):
    """``<phrase> of N persons``, ``<phrase> was estimated at N persons``: N counts persons (the unit) and the
    phrase says which (the category)."""
    doc = extract_both(text)
    found = _category(relations(doc), figure)
    assert _ends_with(found, category), found
    assert [q["unit"] for q in quantities(doc) if q["text"] == figure] == ["person"]


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a share of the group named by a fronted ``Of`` phrase
        ("Of arriving air travellers, 92% used SmartGates.", "92%", "arriving air travellers"),
        # an elliptical part of a fronted partitive has no category (D-10), a predicate names the part
        ("Of the 326 people charged in 2022-23, 41 were aged 18 to 24.", "41", None),
        ("Of the nine groups of products and services surveyed, seven had positive variations in May.", "seven", None),
        ("Of the 149,200 immigrants, 30,000 were returning Irish citizens.", "30,000", "returning Irish citizens"),
        # an ``Among`` opening and parts stated as ``the prices of five``, ``those of two``
        ("Among the nine groups surveyed, the prices of six rose in March and those of three fell.", "six", None),
        ("Among the nine groups surveyed, the prices of six rose in March and those of three fell.", "three", None),
    ],
)
def test_a_fronted_of_phrase_names_the_whole(extract_both, text, figure, category):
    found = _category(relations(extract_both(text)), figure)
    if category is None:
        assert found is None, found
    else:
        assert _ends_with(found, category), found


@pytest.mark.parametrize(
    "text,figure,category,unit",
    [
        ("Children aged under 18 accounted for 27,900 of the people granted protection.", "27,900",
         "Children aged under 18", "person"),
        ("Leisure and hospitality employment increased 58,000, with restaurants and bars accounting for 42,000 of "
         "those positions.", "42,000", "restaurants and bars", "position"),
        ("Single adults and individuals in family units accounted for 41,716 and 13,581 of these encounters "
         "respectively.", "41,716", "Single adults", "encounter"),
        # the part counted as the object of an agent's verb counts what the whole counts
        ("Of the 2.04 million passengers, 1.21 million travelled on domestic routes, and European and long-haul "
         "carriers flew 612,000 and 218,000 respectively.", "612,000", "European", "passenger"),
    ],
)
def test_a_part_after_a_verb_of_sharing_counts_what_its_whole_counts(extract_both, text, figure, category, unit):
    """``A accounted for N of the <whole>``, ``with A accounting for N of those <whole>``: A is the category,
    the whole's noun the unit."""
    doc = extract_both(text)
    found = _category(relations(doc), figure)
    assert _ends_with(found, category), found
    assert [q["unit"] for q in quantities(doc) if q["text"] == figure] == [unit]


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("Transportation and warehousing added 20,000 jobs and retail trade employment rose 19,000.", "20,000", "jobs"),
        ("Customs officers seized 3,400 counterfeit phones and tobacco seizures fell by 12%.", "3,400",
         "counterfeit phones"),
        # a participle after the conjunct is no new clause: the coordination stands
        ("Of the 209 key lakes and reservoirs monitored, 74.6% had good water quality.", "209",
         "key lakes and reservoirs"),
    ],
)
def test_a_counted_noun_stops_where_a_new_clause_begins(extract_both, text, figure, category):
    """``N jobs and <subject> rose M``: the ``and`` opens a clause with its own verb and figure."""
    assert _category(relations(extract_both(text)), figure) == category


@pytest.mark.parametrize(
    "text,figure,category,unit",
    [
        ("Hog inventory at the end of the year fell to 434.22 million heads.", "434.22 million", "Hog inventory",
         "head"),
        ("The number of live hogs in stock was 434.22 million heads, a decrease of 4.1%.", "434.22 million",
         "live hogs in stock", "head"),
        ("Output rose in May, with the output of new energy vehicles reaching 935,000 units.", "935,000",
         "output of new energy vehicles", "unit"),
    ],
)
def test_a_measure_word_is_the_unit_and_the_stating_phrase_the_category(extract_both, text, figure, category,
                                                                        unit):
    """``<phrase> was|fell to|reaching N heads|units|pieces``: the measure word counts, the phrase says what."""
    doc = extract_both(text)
    found = _category(relations(doc), figure)
    assert _ends_with(found, category), found
    assert [q["unit"] for q in quantities(doc) if q["text"] == figure] == [unit]


@pytest.mark.parametrize(
    "text,share,figure",
    [
        ("The agency reported 64 measles cases in 17 states so far this year, and 58% of the cases were linked to "
         "seven outbreaks.", "58%", "64"),
        ("Departures of citizens increased by 2,600 from 77,600 to 80,200 in the year ended June 2024, and about 58 "
         "percent of these departures were to Australia.", "58 percent", "80,200"),
        ("Cross-border trips averaged 1.55 million a day, recovering to 90 percent of the level in the same period "
         "of 2019.", "90 percent", "1.55 million"),
        ("Inbound tourist trips totaled 82.03 million in 2023, recovering to 56.5% of the 2019 level.", "56.5%",
         "82.03 million"),
    ],
)
def test_a_share_of_a_whole_referred_back_to_modifies_its_count(extract_both, text, share, figure):
    """``N% of the cases`` after ``64 measles cases``; ``recovering to N% of the 2019 level``: the share states
    the earlier count (FORMAT §4 MODIFIES)."""
    assert (share, "MODIFIES", figure) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure,category,metric",
    [
        ("Headline inflation is projected to fall back to the 2% target in the second half of 2025.", "2%", "target",
         "CHANGE"),
        ("Annual inflation has now been above the 2-3% target band for 11 consecutive quarters.", "2-3%",
         "target band", "CHANGE"),
        ("Vaccination coverage slipped to 93.1%, below the 95% target.", "95%", "target", "SHARE"),
    ],
)
def test_a_percent_that_names_a_target(extract_both, text, figure, category, metric):
    """``the 2% target``: the target is the category; the subject says whether it is a rate of change."""
    doc = extract_both(text)
    assert _category(relations(doc), figure) == category
    assert [q["metric"] for q in quantities(doc) if q["text"] == figure] == [metric]


def test_parts_of_a_fronted_among_phrase_are_parts_of_its_whole(extract_both):
    rel = relations(extract_both("Among the nine groups surveyed, the prices of six rose in March and those of "
                                 "three fell."))
    assert ("six", "PART_OF", "nine") in rel and ("three", "PART_OF", "nine") in rel, sorted(rel)


def test_counts_listed_after_a_colon_are_parts_of_the_count_before_it(extract_both):
    """``covered 5,742 first-stage units: 2,868 urban blocks ... and 2,874 revisited blocks``: the list after
    the colon breaks the count down (PART_OF, FORMAT §4)."""
    rel = relations(extract_both("In the quarter the survey covered 6,110 sample units: 3,020 rural villages and "
                                 "3,090 urban blocks, and 51,200 households were visited."))
    assert ("3,020", "PART_OF", "6,110") in rel and ("3,090", "PART_OF", "6,110") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "51,200" and r[1] == "PART_OF"], sorted(rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        ("By sector, London and South East operators recorded 273.6 million in the quarter.",
         "273.6 million", "London and South East operators"),
        ("By region, the North East and Wales reported 41,200 and 38,900 claims respectively.", "41,200",
         "North East"),
    ],
)
def test_an_opening_by_phrase_is_no_part_of_the_subject(extract_both, text, figure, category):
    """``By sector, A and B recorded ...``: the dimension named before the comma is not an item of the list."""
    found = _category(relations(extract_both(text)), figure)
    assert found is not None and "sector" not in found and "region" not in found and found.endswith(category), found


@pytest.mark.parametrize(
    "text,change,level",
    [
        ("Pork output rose 4.6% last year, hog inventory at the end of the year fell to 434.22 million heads.",
         "4.6%", "434.22 million"),
        ("Retail sales grew 2.1% in May, while online spending in the same month climbed to £4.3 billion.",
         "2.1%", "£4.3 billion"),
    ],
)
def test_a_change_does_not_reach_the_level_of_a_new_clause(extract_both, text, change, level):
    """``A rose X, B ... fell to Y``: Y is reached by B's own verb, not by A's change (FORMAT §4 MODIFIES)."""
    assert (change, "MODIFIES", level) not in relations(extract_both(text))


def test_a_change_still_reaches_its_level_across_a_time_phrase(extract_both):
    rel = relations(extract_both("The claimant count increased by 30,500 on the month, to 1,566,300."))
    assert ("30,500", "MODIFIES", "1,566,300") in rel, sorted(rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a relative clause without commas restricts the subject: the whole phrase is the category
        ("Among people outside the labour force, the number of those who say they want a job was 1.9 million in "
         "the quarter.", "1.9 million", "those who say they want a job"),
        ("Young people who are neither in employment nor in education reached 512,000 in June.", "512,000",
         "Young people who are neither in employment nor in education"),
        ("Drivers who were caught using a phone numbered 41,200 in 2023.", "41,200",
         "Drivers who were caught using a phone"),
        # ``<subject> remained high, at N``: the word before the comma is a predicate, the subject is measured
        ("Core inflation remained elevated, at 3.9 per cent in the year to June.", "3.9 per cent", "Core inflation"),
        ("Business investment was weak, at 0.2 per cent in the quarter.", "0.2 per cent", "Business investment"),
        # a participle stating the figure (``picking up to``, ``moving up``) is a verb, never the category
        ("Household spending is expected to grow by 0.8 per cent in 2024 before picking up to 1.9 per cent in 2025.",
         "1.9 per cent", "Household spending"),
        ("Exports are forecast to ease to 2.0 per cent next year before moving back up to 3.1 per cent.",
         "3.1 per cent", "Exports"),
        # a hyphenated word stays whole, also after an ``-ed`` word (``fixed-asset``)
        ("National fixed-asset investment reached 31.4 trillion yuan in the first eight months.",
         "31.4 trillion yuan", "National fixed-asset investment"),
        # the object of a participle of change (``narrowing the trade surplus to``) without the participle
        ("Exports fell 1.1% to $61.3 billion while imports rose 0.6% to $60.2 billion, narrowing the trade "
         "surplus to $1.1 billion.", "$1.1 billion", "trade surplus"),
        # a bare people-word after a change is the unit; the subject of the change is the category
        ("Part-time employment increased by 18,500 people over the month.", "18,500", "Part-time employment"),
        # an anaphor with its complement is the category of a gapped clause (GUIDELINES C7-8)
        ("Investment in the eastern region grew by 2.1 percent, that in the central region increased by 3.4 "
         "percent, and that in the western region went down by 0.9 percent.", "0.9 percent",
         "that in the western region"),
        ("Output of cement fell 3.2 percent and that of crude steel up by 1.1 percent.", "1.1 percent",
         "that of crude steel"),
        # ``per capita`` and an exclusion stay inside the phrase
        ("The seasonally adjusted jobless rate fell to 3.8% in May.", "3.8%", "seasonally adjusted jobless rate"),
        ("Per capita disposable income of rural residents reached 12,430 yuan.", "12,430 yuan",
         "Per capita disposable income of rural residents"),
        ("Sales of consumer goods other than automobiles were 3,120.4 billion yuan.", "3,120.4 billion yuan",
         "Sales of consumer goods other than automobiles"),
        # after ``saw``, the object counts what the figure counts (``saw the number of crossings more than double``)
        ("The Eastern Mediterranean route saw the number of crossings rise by 57% to 21,600.", "21,600",
         "the number of crossings"),
        # an object naming the change itself is no category: the subject is measured
        ("Lapland saw the largest decrease (-0.6 percent).", "-0.6 percent", "Lapland"),
    ],
)
def test_the_category_phrase_of_real_release_constructions(extract_both, text, figure, category):
    # GUIDELINES C7-2, C7-6, C7-8 and the object of ``saw``: what the category phrase keeps and leaves out
    assert (figure, "CATEGORY", category) in relations(extract_both(text))


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a participle clause after a comma states a figure of the main clause's subject
        ("Energy inflation posted the largest fall, easing to 3.2% from 9.8% in October.", "3.2%", "Energy inflation"),
        ("Passenger numbers rose strongly in the summer, reaching 6.1 million in August.", "6.1 million",
         "Passenger numbers"),
        # an absolute construction ``with <noun phrase> up <figure>``; a noun in -ing is no participle
        ("Investment in industry grew by 6.2 percent, with investment in mining up 14.1 percent.", "14.1 percent",
         "investment in mining"),
        ("Output in the quarter fell 0.4%, with housing down 2.3% and retail up 0.6%.", "2.3%", "housing"),
        # a gloss in brackets is no category of the figure after it
        ("Household goods sales volumes (the total of furniture, electrical and hardware stores) rose by 1.7% in "
         "May.", "1.7%", "Household goods sales volumes"),
        # a lone participle or change word is no category
        ("Robbery is now estimated to have risen 4.2% in 2023.", "4.2%", "Robbery"),
    ],
)
def test_category_read_from_the_clause_structure(extract_both, text, figure, category):
    assert (figure, "CATEGORY", category) in relations(extract_both(text)), sorted(relations(extract_both(text)))


@pytest.mark.parametrize(
    "figure,category",
    [("5.1 percent", "that of textiles"), ("8.8 percent", "that of chemicals")],
)
def test_a_gapped_anaphor_before_by_is_the_category_and_keeps_the_direction(extract_both, figure, category):
    """GUIDELINES C7-8 in a gapped clause: the verb is left out, ``by`` stays."""
    text = ("In July, the output of steel rose by 2.7 percent year on year, that of textiles by 5.1 percent, and that "
            "of chemicals by 8.8 percent.")
    doc = extract_both(text)
    assert (figure, "CATEGORY", category) in relations(doc), sorted(relations(doc))
    (q,) = [q for q in quantities(doc) if q["text"] == figure]
    assert q["direction"] == "up"


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a predicate noun before a bracket: its subject is measured (GUIDELINES C10-9)
        ("Spain was the largest source market (21.4 percent), followed by France (14.2 percent).", "21.4 percent",
         "Spain"),
        ("Coal remained the main fuel (38.5%) in power generation.", "38.5%", "Coal"),
        # ``an average of``: the subject's average, the average is no category
        ("Home movers paid an average of £312,000 in March 2024.", "£312,000", "Home movers"),
        # a verb stating the amount after its subject
        ("A litre of petrol cost €1.79 in June, 4 cent more than a year earlier.", "€1.79", "litre of petrol"),
    ],
)
def test_the_subject_is_measured_past_a_predicate_or_an_average(extract_both, text, figure, category):
    assert _ends_with(_category(relations(extract_both(text)), figure), category)


@pytest.mark.parametrize(
    "text,figure,unit,metric",
    [
        ("Visitors stayed an average of 3.62 nights, 0.11 nights fewer than a year earlier.", "3.62 nights",
         "night", "AMOUNT"),
        ("Police carried out 48,000 night patrols.", "48,000", "patrol", "COUNT"),
        ("Workers with paid work numbered 9.8 million.", "9.8 million", None, "COUNT"),
    ],
)
def test_nights_are_a_measure_of_time_and_night_before_a_noun_is_not(extract_both, text, figure, unit, metric):
    found = {q["text"]: q for q in quantities(extract_both(text))}
    assert found[figure]["metric"] == metric
    if unit is not None:
        assert found[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a pronoun subject takes the category of the figure before it (D-12)
        ("In June, industrial output grew by 4.1 percent year on year, and on a month-on-month basis it rose by "
         "0.25 percent.", "0.25 percent", "industrial output"),
        # a figure's premodifiers are no category: the subject is measured
        ("Continuing claims rose 9,000 to a seasonally adjusted 1.86 million in the week ended June 8.",
         "1.86 million", "Continuing claims"),
        # a predicate noun before ``, at N``: the subject is measured
        ("Hip replacement remained the most common procedure, at 112,000 (+4.2%), in 2023-24.", "112,000",
         "Hip replacement"),
    ],
)
def test_pronouns_premodifiers_and_predicates_are_no_category(extract_both, text, figure, category):
    assert _ends_with(_category(relations(extract_both(text)), figure), category)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # C13-8: a phrase inside a relative clause that describes the subject is not what the figure measures
        ("The goods-producing sector, which includes manufacturing, construction and utilities, grew 0.3% in "
         "October.", "0.3%", "goods-producing sector"),
        ("Household spending, which covers food, energy, transport and recreation, rose 1.2% on the quarter.",
         "1.2%", "Household spending"),
        ("Domestic passenger traffic, where capacity remained below pre-pandemic levels, grew 4.2% on the year.",
         "4.2%", "Domestic passenger traffic"),
    ],
)
def test_a_relative_clause_between_subject_and_figure_is_skipped(extract_both, text, figure, category):
    rel = relations(extract_both(text))
    found = [r for r in rel if r[0] == figure and r[1] == "CATEGORY"]
    assert found and category in found[0][2], sorted(rel)


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Sales of durable goods came to $6.1 billion and those of other goods to $21.5 billion, together "
         "$27.6 billion.", "$27.6 billion"),
        ("In June 2024, 251 people were killed on the roads, 17 fewer (-6.3%) than in June 2023.", "-6.3%"),
        ("Five provinces reported more than 900 cases each and together accounted for 48.7% of all cases.", "48.7%"),
    ],
)
def test_an_adverb_or_a_comparative_alone_is_no_category(extract_both, text, figure):
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[0] == figure and r[1] == "CATEGORY" and r[2].lower() in
                ("together", "fewer", "altogether")], sorted(rel)


@pytest.mark.parametrize(
    "text,figure,category",
    [
        # a figure in a relative clause measures the clause's antecedent, not the clause's verb
        ("In the third quarter, consumer spending, which makes up about two thirds of GDP, rose 3.1 percent.",
         "two thirds", "consumer spending"),
        ("House rent, which accounts for roughly a fifth of the services index, rose only 0.3%.", "a fifth",
         "House rent"),
        # a pronoun subject takes up the clause before; the verb after it is no category
        ("Nominal GDP increased 4.1 percent in the third quarter; in the second quarter it had grown 4.9 percent.",
         "4.9 percent", "Nominal GDP"),
        ("On a monthly basis, the CPI declined 0.3% in August, and on a seasonally adjusted monthly basis it fell "
         "0.2%.", "0.2%", "CPI"),
        # a measure the subject reports: the subject is measured
        ("Motor vehicle dealers recorded sales of $141.2 billion in October.", "$141.2 billion", "Motor vehicle dealers"),
        ("Online retailers, the kind of business that includes most internet sellers, reported sales of $118.2 billion "
         "in October.", "$118.2 billion", "Online retailers"),
    ],
)
def test_the_phrase_a_clause_is_about(extract_both, text, figure, category):
    found = _category(relations(extract_both(text)), figure)
    assert _ends_with(found, category) and len(found) <= len(category) + 4, found
