"""Units of counts and measures read from the counted noun and from the list a figure stands in
(FORMAT §3 ``unit``, GUIDELINES D-14, C-2, C4-5): modifiers coordinated before one noun share it,
people named by an adjective are counted as persons, a counted noun that is a unit of measure
makes an AMOUNT, every item of a list takes the unit written after the last, index levels are in
index points. Phrasings written in the style of labour-market, migration, transport, trade and
industrial-production releases; run on the rules and on the shipped model."""

import pytest

from conftest import quantities


def _figure(doc: dict, surface: str) -> dict:
    found = [q for q in quantities(doc) if q["text"].startswith(surface)]
    assert found, [q["text"] for q in quantities(doc)]
    return found[0]


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # coordinated modifiers share the noun after them
        ("There were 48,300 permanent and long-term departures in March 2024.", "48,300", "departure"),
        ("The province opened 37 primary and secondary schools during the year.", "37", "school"),
        ("Dealers sold 212,000 new and used cars in the quarter.", "212,000", "car"),
        # two noun phrases stay two: the first conjunct's head
        ("Employers announced 5,100 layoffs and discharges in May.", "5,100", "layoff"),
        # people named by an adjective
        ("The number of long-term unemployed fell to 412,000 in the quarter.", "412,000", "person"),
        ("The number of self-employed rose by 21,000 to 4.3 million.", "4.3 million", "person"),
        # people named by sex or nationality are persons (GUIDELINES C3-15)
        ("Jobless women numbered 212 thousand in June and jobless men 236 thousand.", "236 thousand", "person"),
        ("Employment among women stood at 1,402,900 in the second quarter.", "1,402,900", "person"),
        ("Albanians (4,112), Eritreans (2,960) and Sudanese (2,417) made up the largest groups.", "2,960", "person"),
        # a participle after the counted noun ends it: what follows belongs to the participle
        ("The number of people employed part time for economic reasons fell by 96,000 to 4.1 million.",
         "4.1 million", "person"),
        ("The count of vehicles registered for the first time rose to 81,400 in May.", "81,400", "vehicle"),
        # a change noun's complement names what is counted
        ("The change in total nonfarm payroll employment for March was revised from +303,000 to +315,000.",
         "+315,000", "job"),
        # a measure beside a rate of that measure in one sentence is the rate again
        ("Household waste fell to 402 kg per person, well below the 2005 level of 511 kg.", "511 kg",
         "kilogram per person"),
        # bare counts listed before the one that states the noun count that noun
        ("Slovenia, Croatia and Cyprus reported 14, 11 and 3 deaths respectively.", "11", "death"),
        # ``<noun> numbers``: the noun is counted
        ("Passenger numbers at the airport reached 7.8 million in the first half of 2024.", "7.8 million",
         "passenger"),
    ],
)
def test_unit_of_a_counted_noun(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Passenger kilometres: 18.2 billion (+6%)", "18.2 billion", "passenger kilometer"),
        ("Road traffic rose 1.9% to 331.2 billion vehicle miles in 2023.", "331.2 billion", "vehicle mile"),
        ("Available seat kilometres rose 12% to 41.7 billion.", "41.7 billion", "seat kilometer"),
    ],
)
def test_counted_noun_that_is_a_measure_makes_an_amount(extract_both, text, figure, unit):
    found = _figure(extract_both(text), figure)
    assert (found["unit"], found["metric"]) == (unit, "AMOUNT")


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Trade with Germany, France and Italy reached 1.42 trillion, 0.86 trillion and 0.61 trillion "
         "yuan respectively.", "1.42 trillion", "yuan"),
        ("Trade with Germany, France and Italy reached 1.42 trillion, 0.86 trillion and 0.61 trillion "
         "yuan respectively.", "0.86 trillion", "yuan"),
        ("Sales in the three regions were 3.1 billion, 2.7 billion and 1.9 billion euros.", "3.1 billion", "euro"),
    ],
)
def test_items_of_a_list_take_the_unit_after_the_last(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # ``or`` restates the figure as something else: the count keeps its own unit
        ("Registered vehicles numbered 20.4 million, or 5.7 percent of the total.", "20.4 million", "vehicle"),
    ],
)
def test_a_restatement_is_not_a_list(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] != "percent"


@pytest.mark.parametrize(
    "text,figure",
    [
        ("In May 2024, the Index of Industrial Production stands at 152.3, against 144.6 in May 2023.", "152.3"),
        ("The manufacturing PMI was 50.8 in June, up from 49.5 in May.", "50.8"),
    ],
)
def test_index_levels_are_in_index_points(extract_both, text, figure):
    found = _figure(extract_both(text), figure)
    assert (found["unit"], found["metric"]) == ("index point", "AMOUNT")


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The largest contribution (0.21 p.p.) came from housing.", "0.21", "percentage point"),
        ("Unemployed women numbered 96 thousand and unemployed men 104 thousand.", "96 thousand", "person"),
    ],
)
def test_number_forms(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,unit,metric",
    [
        # ``pounds`` without ``£`` is a weight before ``of`` or ``per`` + a measure, and everywhere in
        # a document that weighs in pounds so
        ("Corn yield is forecast at 171.4 bushels per acre; soybean oil at 11.2 pounds per harvested acre.",
         "11.2 pounds", "pound per acre", "AMOUNT"),
        ("Officers seized 2,310 pounds of cocaine in June, while seizures of fentanyl, at 96 pounds, fell.",
         "96 pounds", "pound", "AMOUNT"),
        ("The charity paid 5,000 pounds to each family last year.", "5,000 pounds", "pound sterling", "MONEY"),
    ],
)
def test_pounds_weight_or_money(extract_both, text, figure, unit, metric):
    found = _figure(extract_both(text), figure)
    assert (found["unit"], found["metric"]) == (unit, metric)


@pytest.mark.parametrize(
    "text,figure,metric",
    [
        # a value stated for comparison has the metric of the figure it is compared with
        ("Women accounted for 47.2% of the workforce in 2023, up from 46.5% in 2013.", "46.5%", "SHARE"),
        ("The vacancy rate stood at 3.1% in the quarter, down from 3.4% a year earlier.", "3.4%", "SHARE"),
        ("Consumer prices rose 0.52% in June, against 0.41% in May.", "0.41%", "CHANGE"),
    ],
)
def test_previous_value_takes_the_metric_of_its_figure(extract_both, text, figure, metric):
    assert _figure(extract_both(text), figure)["metric"] == metric


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a singular or mass noun names a sector or a measure, not the counted thing: the count
        # counts what was counted last in the paragraph
        ("Construction added 39,000 jobs in March. Leisure and hospitality (+28,000), government "
         "(+41,000) and manufacturing (+12,000) also gained.", "+41,000", "job"),
        ("Construction added 39,000 jobs in March. Leisure and hospitality (+28,000), government "
         "(+41,000) and manufacturing (+12,000) also gained.", "+12,000", "job"),
        ("There are 8.2 million pupils in state schools.\n- Primary: 4.4 million, down 21,000\n"
         "- Secondary: 3.8 million (+36,000)", "3.8 million", "pupil"),
        # the plural after ``of`` is the counted noun of a measure noun
        ("The production of passenger cars was 412,000 in the first half.", "412,000", "car"),
    ],
)
def test_sector_or_measure_is_not_the_counted_noun(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,unit,metric",
    [
        # the noun after ``of`` when the head is a measure word (estimate, level, total)
        ("The May estimate of hires was revised down by 42,000 to 5.6 million.", "5.6 million", "hire", "COUNT"),
        # the noun before a count or change word is what is counted
        ("In June the claimant count rose to 1.62 million.", "1.62 million", "claimant", "COUNT"),
        ("The provisional death toll stood at 214 by Friday.", "214", "death", "COUNT"),
        # a bare figure whose category is a change noun is a change (GUIDELINES C-19, C4-9)
        ("Population growth amounted to 41,300 in 2023.", "41,300", "person", "CHANGE"),
        # an age after a people noun and ``under``/``over``
        ("Most admissions were of children under 5.", "5", "year", "AMOUNT"),
    ],
)
def test_measure_and_change_words_in_the_category(extract_both, text, figure, unit, metric):
    found = _figure(extract_both(text), figure)
    assert (found["unit"], found["metric"]) == (unit, metric)


def test_a_verb_after_a_plural_subject_is_no_change_noun(extract_both):
    found = _figure(extract_both("Jobless claims fall to 198,000, lowest since March"), "198,000")
    assert found["metric"] == "COUNT"


@pytest.mark.parametrize(
    "text,figure,unit,metric",
    [
        # a change noun after a money or count figure, ``increases of`` before a measure
        ("The $12.4 billion increase in consumer spending in May reflected higher outlays on services.",
         "$12.4 billion", "us dollar", "CHANGE"),
        ("Average hours worked were 31.2 and 35.6, decreases of 0.4 and 0.2 hours respectively.",
         "0.2 hours", "hour", "CHANGE"),
        # a sum of money called a loss is a level, not a change
        ("Operating profit was $84 million, compared with a loss of $31 million a year earlier.",
         "$31 million", "us dollar", "MONEY"),
        # points ahead of or behind a benchmark after a rate are percentage points
        ("Planting was 88 percent complete, 6 points behind the five-year average.", "6 points",
         "percentage point", "CHANGE"),
    ],
)
def test_changes_named_by_nouns_and_points(extract_both, text, figure, unit, metric):
    found = _figure(extract_both(text), figure)
    assert (found["unit"], found["metric"]) == (unit, metric)


def test_a_table_of_percents_is_a_table_of_changes(extract_both):
    text = ("Consumer prices by group, June 2024, % (May 2024 in brackets)\n"
            "Food: 1.8 (2.1)\nHousing: -0.4 (0.3)\nTransport: 2.9 (3.3)")
    doc = extract_both(text)
    food, housing = _figure(doc, "1.8"), _figure(doc, "-0.4")
    assert (food["unit"], food["metric"], food["direction"]) == ("percent", "CHANGE", "up")
    assert (housing["unit"], housing["metric"], housing["direction"]) == ("percent", "CHANGE", "down")


@pytest.mark.parametrize("figure", ["2.9%", "31.4%", "65.7%"])
def test_the_percents_of_one_list_share_a_metric(extract_both, figure):
    text = ("The shares of agriculture, industry and services in total employment were 2.9%, 31.4% and "
            "65.7% respectively. Average wages were 98,120 yuan, up 4.8%.")
    assert _figure(extract_both(text), figure)["metric"] == "SHARE"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # ``or`` restates a change in another unit: the count keeps its own unit
        ("Employment was 2,801,300 in the quarter, an increase of 64,900 or 2.4% on the year.", "64,900", "job"),
        # a verb or a participle after the plural head ends it
        ("Job vacancies remain 142,000 above their pre-pandemic level.", "142,000", "vacancy"),
        # a measure noun before a coordinated breakdown names what is counted
        ("In March, employment in retail, construction and social assistance increased by 42,000, 31,000 "
         "and 17,000 respectively.", "31,000", "job"),
    ],
)
def test_units_of_restatements_participles_and_breakdowns(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


def test_a_heading_that_states_a_duration_still_declares_percent(extract_both):
    text = ("Table 2: Growth rates, April 2024, % (three months on the previous three months in brackets)\n"
            "Services: +0.4 (+0.7)\nProduction: -0.2 (0.1)")
    doc = extract_both(text)
    assert (_figure(doc, "+0.4")["unit"], _figure(doc, "-0.2")["unit"]) == ("percent", "percent")


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # the counted noun's head, not the verb or the name that follows or precedes it
        ("In 2023, 61,212 babies were born, while 88,410 people died.", "88,410", "person"),
        ("Retail sales rose in 9 of Canada's 13 provinces and territories.", "9", "province"),
        ("Unemployment fell in 7 of Scotland's 32 council areas.", "7", "area"),
    ],
)
def test_counted_noun_of_a_count_and_of_a_partitive(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


def test_a_headline_figure_takes_the_unit_of_its_restatement(extract_both):
    text = ("Tianjin PM2.5 average falls to 38\n\nThe annual average concentration of fine particulate "
            "matter in Tianjin was 38 micrograms per cubic meter in 2023, down 2.6% from 2022.")
    found = _figure(extract_both(text), "38")
    assert (found["unit"], found["metric"]) == ("microgram per cubic meter", "AMOUNT")


def test_a_unit_note_above_a_table_scales_its_column(extract_both):
    text = ("The provincial bureau released the accounts on Friday. Unit: output in 10,000 tons; growth in "
            "percent.\n\nCity | Output | Growth\nHefei | 312.4 | 5.1\nWuhu | 208.9 | 3.7\n")
    found = _figure(extract_both(text), "312.4")
    assert (found["unit"], round(found["value"])) == ("ton", 3124000)


def test_a_header_scale_with_a_number(extract_both):
    text = "Region | GDP (100 million yuan) | Growth (%)\nNorth | 5,312.8 | 5.1\nSouth | 4,948.1 | 4.0\n"
    found = _figure(extract_both(text), "5,312.8")
    assert (found["unit"], round(found["value"])) == ("yuan", 531280000000)


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The indices for mining, manufacturing and electricity stand at 128.4, 151.2 and 207.5 respectively.",
         "151.2"),
        ("The producer price index rose to 104.7 in March from 104.1 in February.", "104.7"),
    ],
)
def test_index_levels_named_in_the_clause(extract_both, text, figure):
    found = _figure(extract_both(text), figure)
    assert (found["unit"], found["metric"]) == ("index point", "AMOUNT")


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Net emissions were 412 million tonnes of CO2 equivalent in 2023.", "412 million", "ton of carbon dioxide equivalent"),
        ("Primary energy use reached 1,210 million tonnes of oil equivalent.", "1,210 million", "ton of oil equivalent"),
    ],
)
def test_equivalent_mass_units(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


def test_items_under_a_by_industry_heading_count_the_heading_noun(extract_both):
    text = ("Job openings by industry, April 2024, with the change on the month in brackets: "
            "professional and business services 1,310,000 (-92,000); health care and social assistance "
            "1,520,000 (-41,000); accommodation and food services 880,000 (+12,000).")
    doc = extract_both(text)
    assert _figure(doc, "1,520,000")["unit"] == "opening"
    assert _figure(doc, "+12,000")["unit"] == "opening"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a category right after the figure, found by the relation model, gives its head
        ("Repayments will rise for the roughly 620,000 borrowers coming off fixed-rate loans this year.",
         "620,000", "borrower"),
        # the plural noun right after a figure is its counted noun even when the category is elsewhere
        ("Macao received about 28 million visitor arrivals last year, roughly 70 per cent of the 2019 peak.",
         "28 million", "arrival"),
    ],
)
def test_counted_noun_right_after_the_figure(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,names",
    [
        ("Short-term visitor arrivals rose 6% in June, led by visitors from Japan, with Canada (12,400) and "
         "Ireland (8,100) the next largest sources.", "12,400", ("canada", "ireland")),
        ("Citizens of several countries were granted visas, and Brazil recorded 4,310 in the year.", "4,310",
         ("brazil",)),
        ("Detections at the border rose, and ABF officers recorded 2,860 in the quarter.", "2,860", ("abf",)),
    ],
)
def test_a_name_inside_a_sentence_is_never_the_counted_noun(extract_both, text, figure, names):
    # FORMAT §3: the unit of a count is the noun it counts; a place, a nationality or an abbreviation
    # names the group or the measure, it is not what is counted
    assert _figure(extract_both(text), figure)["unit"] not in names


def test_a_named_count_counts_the_word_before_count(extract_both):
    figure = _figure(extract_both("The Claimant Count for May 2024 rose by 8,900 on the month, to 1.52 million."),
                     "1.52 million")
    assert figure["unit"] == "claimant"


def test_counts_by_nationality_count_people(extract_both):
    # a list of nationalities counts the people of each (migration releases)
    doc = extract_both("The most common nationalities of new residents were Brazil (18,400), Colombia (9,700) and "
                       "Peru (6,100) in 2023.")
    assert _figure(doc, "18,400")["unit"] == _figure(doc, "9,700")["unit"] == "person"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a verb-like ``-ed`` word between a number and a plural noun is an adjective of the counted noun
        ("Officers recorded 27 imported cases of measles.", "27", "case"),
        ("Health authorities reported 1,251 confirmed cases on Monday.", "1,251", "case"),
    ],
)
def test_an_ed_word_after_a_number_is_no_verb(extract_both, text, figure, unit):
    doc = extract_both(text)
    found = [q for q in quantities(doc) if q["text"] == figure]
    assert found and found[0]["unit"] == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a heading that breaks a count down by place, route or port: each item counts the heading's noun
        ("Arrests for drug offences by region, 2024 (change on 2023 in brackets):\n- North East: 1,240 (-8%)\n"
         "- London: 5,480 (+11%)", "5,480", "arrest"),
        ("Seizures of cocaine by port of entry, first half of 2024:\n- Rotterdam: 23,100\n- Antwerp: 19,800",
         "19,800", "seizure"),
        ("Detections of illegal crossings by route, January to June 2024:\n- Eastern Balkans: 4,100\n"
         "- Baltic route: 2,900", "4,100", "detection"),
        # ... unless an item names a counted noun of its own
        ("Employment by type, April to June 2024: full-time employees 21.9 million (+31,000); self-employed "
         "4.3 million (-12,000).", "4.3 million", "person"),
        # a plural heading counts the same thing in every item, whatever the dimension names
        ("Bus journeys by operator type, 2023-24, with the change on 2022-23 in brackets:\n"
         "- Municipal operators: 412 million (+3%)\n- Independent operators: 188 million (-1%)",
         "412 million", "journey"),
        ("Apprehensions between ports of entry by demographic, with the change from the previous month in brackets:"
         "\n- Single adults: 38,210 (-12.4%)\n- Unaccompanied children: 2,940 (+4.0%)", "2,940", "apprehension"),
        # a bullet row with a long label still reads the heading above it
        ("Vacancies by industry, August to October 2024:\n- professional, scientific and technical activities: "
         "82,000\n- wholesale and retail trade: 116,000", "82,000", "vacancy"),
        # items named by a place under a title that counts: the title's noun, never the place's name
        ("Work visas granted to main applicants, year ending June 2024:\n- India: 64,700\n- Nigeria: 21,900",
         "64,700", "visa"),
        # parts of a whole whose counted noun is written: that noun, not the clause's subject
        ("Employers added 206,000 jobs in June, with gains in health care (+49,000), social assistance "
         "(+34,000) and construction (+27,000).", "+34,000", "job"),
        # nationals and the labour force are people
        ("Arrivals by sea included 17,400 Venezuelan nationals.", "17,400", "person"),
        ("The labour force grew by 9 100 to 3 841 600.", "3 841 600", "person"),
    ],
)
def test_items_count_the_noun_their_heading_title_or_whole_writes(extract_both, text, figure, unit):
    """C4-8: an item of a breakdown counts what its heading, its table's title or its whole counts, unless it
    counts a plural or mapped noun of its own; a place's name is never a unit."""
    found = [q for q in quantities(extract_both(text)) if q["text"] == figure]
    assert found and found[0]["unit"] == unit, found


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # an adverb of place after a plural ends the counted noun; before a noun it modifies it
        ("New Zealand residents returned from 612,400 short-term trips overseas in the year.", "612,400", "trip"),
        ("Police recorded 64 shooting incidents citywide in September.", "64", "incident"),
        ("Net overseas migration reached 31,200 people in the quarter.", "31,200", "person"),
        # a collective noun for people counts persons, as ``men`` and ``women`` do
        ("Unemployed youth numbered 3.9 million in the second quarter.", "3.9 million", "person"),
    ],
)
def test_an_adverb_of_place_after_the_counted_noun(extract_both, text, figure, unit):
    found = [q for q in quantities(extract_both(text)) if q["text"] == figure]
    assert found and found[0]["unit"] == unit, found


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # FORMAT: units in US spelling, whatever the release writes
        ("Police recorded 48,210 criminal offences in the year to March 2024.", "48,210", "offense"),
        ("The border posts cleared 61.3 million travellers in 2023, 14% more than in 2022.", "61.3 million",
         "traveler"),
        ("A further 412 harbourers of immigration offenders were arrested during the year.", "412", "harborer"),
        ("The crime rate fell to 5,120 offences per 100,000 inhabitants.", "5,120",
         "offense per 100,000 inhabitants"),
        ("Dengue caused 9,870 hospitalisations in the first quarter.", "9,870", "hospitalization"),
    ],
)
def test_units_are_written_in_us_spelling(extract_both, text, figure, unit):
    assert _figure(extract_both(text), figure)["unit"] == unit


@pytest.mark.parametrize("unit,us", [("offence", "offense"), ("traveller per day", "traveler per day"),
                                     ("labour force", "labor force")])
def test_a_gold_unit_in_british_spelling_is_a_problem(unit, us):
    from pipeline.schema import document_problems

    doc = {"id": "d", "text": "They recorded 12 offences.", "relations": [],
           "spans": [{"id": "q1", "start": 14, "end": 16, "label": "QUANTITY", "value": 12, "unit": unit,
                      "metric": "COUNT", "bound": "="}]}
    problems = document_problems(doc)
    assert len(problems) == 1 and repr(us) in problems[0]
    doc["spans"][0]["unit"] = us
    assert document_problems(doc) == []


@pytest.mark.parametrize(
    "text,figure,unit,metric",
    [
        # a count the heading's gloss declares for its column, over the rows' own label nouns
        ("Arrests by offence group, 2023 (number of persons; change on 2022 in brackets)\n"
         "- Theft offences: 12,400 (+3.1%)\n- Fraud: 5,210 (-2.0%)", "12,400", "person", "COUNT"),
        ("Seizures at the border, 2024 (number of cases; change on 2023 in brackets)\n"
         "- Cigarettes and tobacco products: 8,114 (+6.3%)\n- Weapons and explosives: 212 (-4.1%)",
         "212", "case", "COUNT"),
        ("Visitor arrivals by market, May 2024 (persons; change on May 2023 in brackets)\n"
         "- Germany: 49,500 (+15.3%)\n- France: 46,300 (+11.5%)", "46,300", "person", "COUNT"),
        # a table without colons: the figures stand at the ends of their rows
        ("Positive laboratory tests by pathogen, week 3 (number of positive samples)\n"
         "Influenza A               214\nRhinovirus                 87", "87", "sample", "COUNT"),
        # a scale only, and the bracketed column's change named last: the title's noun is counted
        ("Overnight stays by country of residence, winter season 2024 (million; change on winter season 2023 in %)\n"
         "- Germany: 12.40 (+1.1)\n- Italy: 2.10 (-0.4)", "2.10", "stay", "COUNT"),
        # an index base declares index levels (GUIDELINES C-2)
        ("Production index by main sector, October 2024 (2015=100, seasonally adjusted; change on September "
         "in brackets)\n- Total industry: 98.1 (+0.5%)\n- Energy: 91.7 (-1.2%)", "91.7", "index point", "AMOUNT"),
        ("Use-based classification, June 2024 (index, base 2011-12=100; growth over June 2023 in per cent in "
         "brackets)\n- Primary goods: 151.2 (3.1)\n- Capital goods: 112.4 (-0.7)", "112.4", "index point", "AMOUNT"),
        ("Producer price indices, March 2024 (base 100 in 2021; change on February in brackets)\n"
         "- Manufactured products: 118.3 (+0.2%)", "118.3", "index point", "AMOUNT"),
        # the words a gloss writes around its currency
        ("Main export products, January to October 2024 (value in billion yuan unless stated; change on the same "
         "period of 2023 in brackets)\n- Electromechanical products: 12,030 (+7.9%)", "12,030", "yuan", "MONEY"),
    ],
)
def test_a_heading_gloss_declares_its_column(extract_both, text, figure, unit, metric):
    doc = extract_both(text)
    found = _figure(doc, figure)
    assert (found["unit"], found["metric"]) == (unit, metric)
    assert all(q["unit"] == "percent" for q in quantities(doc) if q["text"].startswith(("+", "(")))


@pytest.mark.parametrize(
    "text,figure,unit,metric",
    [
        # a participle after a figure is no counted noun
        ("Arrivals reached 2,100,300, above the previous record of 1,988,049 set in 2019.", "1,988,049",
         "arrival", "COUNT"),
        # a row's capitalised first word is its counted noun, not a name (the heading names no count)
        ("Key figures, 2023 (2022 in brackets)\n- Travellers cleared at the land checkpoints: 61.3 million "
         "(58.2 million)\n- Offenders of immigration laws arrested: 1,204 (987)", "58.2 million", "traveler", "COUNT"),
        ("Key figures, 2023 (2022 in brackets)\n- Travellers cleared at the land checkpoints: 61.3 million "
         "(58.2 million)\n- Offenders of immigration laws arrested: 1,204 (987)", "1,204", "offender", "COUNT"),
        # a rate's base with a modifier of its own
        ("The consultation rate was 28.4 consultations per 100,000 practice population in week 2.", "28.4",
         "consultation per 100,000 practice population", "SHARE"),
        # a rate restated with its base's number only
        ("The consultation rate was 28.4 consultations per 100,000 practice population in week 2, up from 21.0 "
         "per 100,000 in week 1.", "21.0", "consultation per 100,000 practice population", "SHARE"),
        # ``the rate`` takes up the paragraph's last rate
        ("In 2023, the crime rate was 6,120 offences per 100,000 inhabitants, compared with 5,980 a year earlier. "
         "Among the regions, the rate ranged from 3,210 in Kent to 11,400 in London.", "11,400",
         "offense per 100,000 inhabitants", "SHARE"),
        # a colon inside brackets labels nothing after the bracket
        ("The clearance rate rose by 2.1 percentage points to 61.2% (2022: 59.1%), and the police identified "
         "1,246,700 suspects, of whom 402,300 (32.3%) were foreign suspects.", "402,300", "suspect", "COUNT"),
        # a part's percent in brackets is its share of the whole
        ("The police identified 1,246,700 suspects, an increase of 4.3% on the previous year, of whom 402,300 "
         "(32.3%) were foreign nationals.", "32.3%", "percent", "SHARE"),
        # a gloss of ``number`` only: the title's counted noun
        ("Vehicles licensed for the first time by taxation class, October 2024 (number; change on October 2023 in "
         "brackets)\n- New private cars: 3,894 (-11.9%)\n- New tractors: 102 (-7.2%)", "102", "vehicle", "COUNT"),
        # a part of a counted whole is a count of the whole's noun, not a share
        ("Drivers accounted for 61 of the 164 deaths (37%), pedestrians for 29 and passengers for 25.", "61", "death",
         "COUNT"),
        # a comparison preposition opens no noun phrase: the record of the clause's count
        ("Asylum claims reached 45,100, although the total stayed below the record of 45,774 set in 2022.", "45,774",
         "claim", "COUNT"),
    ],
)
def test_counted_nouns_rates_and_shares_of_real_release_rows(extract_both, text, figure, unit, metric):
    found = _figure(extract_both(text), figure)
    assert (found["unit"], found["metric"]) == (unit, metric)



def test_counts_after_a_left_out_accounted_for_share_the_written_noun(extract_both):
    doc = extract_both("Drivers accounted for 61 of the 164 deaths (37%), pedestrians for 29 and passengers for 25.")
    assert [_figure(doc, x)["unit"] for x in ("61", "29", "25")] == ["death", "death", "death"]
