"""Quantity recognition on real phrasings: spans, values, units, metrics, bounds, exclusions."""

import pytest

from conftest import quantities


def only(doc):
    found = quantities(doc)
    assert len(found) == 1, [q["text"] for q in found]
    return found[0]


@pytest.mark.parametrize(
    "text,surface,value,unit,metric,bound,direction",
    [
        ("A total of 8,419 criminal cases were established.", "8,419", 8419, "case", "COUNT", "=", None),
        ("More than 21,000 criminal suspects were arrested.", "21,000", 21000, "suspect", "COUNT", ">", None),
        ("Police seized 5.63 tons of various drugs.", "5.63 tons", 5.63, "ton", "AMOUNT", "=", None),
        ("Exports reached 31.11 trillion yuan.", "31.11 trillion yuan", 31.11e12, "yuan", "MONEY", "=", None),
        ("Brent averaged US$58.24 per barrel.", "US$58.24 per barrel", 58.24, "us dollar per barrel", "MONEY", "=", None),
        ("Turnover hit £4.2m last month.", "£4.2m", 4.2e6, "pound sterling", "MONEY", "=", None),
        ("The fund raised RMB5 billion.", "RMB5 billion", 5e9, "yuan", "MONEY", "=", None),
        ("Output was 816 000 tonnes.", "816 000 tonnes", 816000, "ton", "AMOUNT", "=", None),
        ("Nearly 600,000 TEU were handled.", "600,000 TEU", 600000, "teu", "AMOUNT", "~", None),
        ("GDP grew 5.2 percent.", "5.2 percent", 5.2, "percent", "CHANGE", "=", "up"),
        ("Prices fell 0.3% from a year earlier.", "0.3%", 0.3, "percent", "CHANGE", "=", "down"),
        ("The rate fell 0.4 percentage point.", "0.4 percentage point", 0.4, "percentage point", "CHANGE", "=", "down"),
        ("The bank cut rates by 25 basis points.", "25 basis points", 25, "basis point", "CHANGE", "=", "down"),
        # BLS writes a percent as an adjective before a change noun
        ("Producer prices recorded a 3.3-percent rise in May.", "3.3-percent", 3.3,
         "percent", "CHANGE", "=", "up"),
        # bounds stated by a verb or by ``at or above``
        ("Foreign trade exceeded 4 trillion yuan in the first half.", "4 trillion yuan", 4e12, "yuan", "MONEY", ">",
         None),
        ("The rate has now been at or above 4 per cent since January.", "4 per cent", 4, "percent", "SHARE", ">=",
         None),
        # a range written with a tight dash after a change word (the upper value is not lost)
        ("Domestic trips are expected to rise 20-25% this year.", "20-25%", 20, "percent", "CHANGE", "=", "up"),
        ("Prices are projected to rise by 2–3% in 2025.", "2–3%", 2, "percent", "CHANGE", "=", "up"),
        ("The unemployment rate was 5.1%.", "5.1%", 5.1, "percent", "SHARE", "=", None),
        ("Sales doubled.", "doubled", 2, "times", "CHANGE", "=", "up"),
        ("Losses halved.", "halved", 50, "percent", "CHANGE", "=", "down"),
        ("Visitors reached three times the 2019 level.", "three times", 3, "times", "CHANGE", "=", "up"),
        ("It posted a 2.5-fold increase.", "2.5-fold", 2.5, "times", "CHANGE", "=", "up"),
        ("Two thirds of the firms replied.", "Two thirds", 66.667, "percent", "SHARE", "=", None),
        ("Dozens of cities joined.", "Dozens", 24, "city", "COUNT", ">=", None),
        ("Tens of thousands of visitors came.", "Tens of thousands", 20000, "visitor", "COUNT", ">=", None),
        ("Growth is expected between 3 and 5 percent.", "3 and 5 percent", 3, "percent", "CHANGE", "=", "up"),
        ("Employment in health care rose (+46,000).", "+46,000", 46000, None, "CHANGE", "=", "up"),
        ("The hotline answers 24 hours a day.", "24 hours", 24, "hour", "AMOUNT", "=", None),
        ("At least 1,000 km of track will be built.", "1,000 km", 1000, "kilometer", "AMOUNT", ">=", None),
        ("It rose by more than 5% year-on-year.", "5%", 5, "percent", "CHANGE", ">", "up"),
        ("It was estimated at 74.8%.", "74.8%", 74.8, "percent", "SHARE", "=", None),
        # two scales, the larger first, as trade releases translated from Turkish or Chinese write them
        ("Imports came to 29 billion 440 million US dollars.", "29 billion 440 million US dollars", 29.44e9,
         "us dollar", "MONEY", "=", None),
        # Indian digit grouping before a scale word
        ("Gross collections stood at Rs 1,73,240 crore.", "Rs 1,73,240 crore", 1.7324e12, "indian rupee", "MONEY",
         "=", None),
        # the rand's one-letter prefix, glued to an amount
        ("Mining sales were worth R38.7 billion.", "R38.7 billion", 38.7e9, "south african rand", "MONEY", "=",
         None),
        # the Turkish lira's and Kenyan shilling's written prefixes
        ("Exports reached TL 212.4 billion in June.", "TL 212.4 billion", 212.4e9, "turkish lira", "MONEY", "=",
         None),
        ("Tea earnings rose to KSh 180.6 billion.", "KSh 180.6 billion", 180.6e9, "kenyan shilling", "MONEY", "=",
         None),
        # one-letter and currency-subunit units over a slash
        ("Wheat yields averaged 2.9 t/ha.", "2.9 t/ha", 2.9, "ton per hectare", "AMOUNT", "=", None),
        ("The average spot price was 61.2 øre/kWh.", "61.2 øre/kWh", 61.2, "øre per kilowatt hour", "MONEY", "=",
         None),
        ("Nitrate levels stayed under 50 mg/l.", "50 mg/l", 50, "milligram per liter", "AMOUNT", "<", None),
        # a rate over a round base of any plural noun
        ("Construction recorded 41 insolvencies per 10,000 enterprises.", "41 insolvencies per 10,000 enterprises",
         41, "insolvency per 10,000 enterprises", "SHARE", "=", None),
        # an upper-case abbreviation before a plural names what is counted, not a unit
        ("In 2022, 611 TB deaths were reported.", "611", 611, "death", "COUNT", "=", None),
        # a run of periods is one duration (issue 10, kind 6)
        ("Recorded burglaries have fallen for four consecutive months.", "four consecutive months", 4, "month",
         "AMOUNT", "=", None),
    ],
)
def test_quantity_phrasings(extract_one, text, surface, value, unit, metric, bound, direction):
    q = only(extract_one(text))
    assert q["text"] == surface
    assert q["value"] == pytest.approx(value, rel=0.002)
    if unit is not None:
        assert q["unit"] == unit
    assert (q["metric"], q["bound"], q["direction"]) == (metric, bound, direction)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held in 2019.",
        "China News Service, July 30.",
        "He spoke on the 30th.",
        "The market opens at 10:00.",
        "Call the 12367 service platform.",
        "For details call 202-691-6378.",
        "Under Document No. 1 and Article 35 of the law.",
        "COVID-19 and PM2.5 were discussed at the G20 and 5G forum.",
        "The first is strict border control; the second is policy.",
        "31,000 foreigners from the \"three Africans\" were seized.",
        "It promoted a one-time release model.",
        "It is one of the largest ports.",
        "The 14th Five-Year Plan ends soon.",
        "In the first three quarters, output was stable.",
        "Over the past 12 months, output was stable.",
        "Prices were flat compared with 2019.",
        "The fiscal year 2012-13 was difficult.",
        "He flew on a Boeing 737 today.",
        "Roadworks on the R56 near Dublin continue.",
        # telephone numbers in groups, as release footers write them
        "Press enquiries: 020 7946 0321.",
        "Contact the statistics team on +44 1329 447 120.",
        "Technical information: (301) 763-5160.",
        "Readers can call the information service on 1300 175 070.",
        "For further information, tel. +49 611 75 4321.",
        "Contact the Prices Division on (+353) 21 453 5000.",
        # references and an index's base
        "Release Number: CB24-142 was published today.",
        "The index is based on (January 2005 = 100) weights.",
        "Table 4. Grain output by province (unit: 10,000 tons)",
        # note numbers, footnote marks and a clock time at noon (GUIDELINES C10-16)
        "Coverage: projects with planned investment above the threshold. 2. Growth rates are comparable.",
        "Footnote 3: Quits rates are the number of quits divided by employment.",
        "The next policy decision is due on 19 June 2024 at 12 noon.",
    ],
)
def test_numbers_that_are_not_statistics(extract_one, text):
    found = [q["text"] for q in quantities(extract_one(text)) if not q["text"].startswith("31,000")]
    assert found == []


def test_shared_unit_in_a_list_reaches_every_item(extract_one):
    doc = extract_one("Sales rose 2.1, 3.4 and 5.0 percent respectively.")
    found = quantities(doc)
    assert [q["text"] for q in found] == ["2.1", "3.4", "5.0 percent"]
    assert all(q["unit"] == "percent" and q["metric"] == "CHANGE" for q in found)


def test_previous_value_is_its_own_quantity(extract_one):
    doc = extract_one("Profit fell 46% to $36.8 million from $68.1 million a year earlier.")
    assert [q["text"] for q in quantities(doc)] == ["46%", "$36.8 million", "$68.1 million"]


@pytest.mark.parametrize(
    "text,surface,label",
    [
        ("The S&P 500 rose 1.2% on Friday.", "500", "INDEX_NAME"),
        ("He flew on a Boeing 737 today.", "737", "MODEL_NUMBER"),
        ("They met in Game 7 of the final.", "7", "EVENT_NUMBER"),
        ("The office is at 10 Downing Street.", "10", "STREET_ADDRESS"),
        ("The team won 3-1 at home.", "3", "SCORE"),
        ("The fair runs Sept. 3-5.", "3", "DATE"),
        ("John Smith, 45, said it works.", "45", "AGE_AFTER_NAME"),
    ],
)
def test_exclusion_patterns_block_numbers_in_names(nlp, text, surface, label):
    from pipeline.components.quantities import Exclusions

    exclusions = Exclusions(nlp)
    doc = nlp.make_doc(text)
    for name in ("relstats_number_merger", "relstats_sentences"):
        doc = nlp.get_pipe(name)(doc)
    token = next(t for t in doc if t.text == surface)
    always, unless_unit = exclusions.blocked(doc)
    assert token.i in always and token.i not in unless_unit
    labels = {nlp.vocab.strings[m].split(":")[0] for m, s, e in exclusions.matcher(doc) if s <= token.i < e}
    assert label in labels


def test_a_bad_exclusion_pattern_names_file_and_line(nlp, tmp_path):
    from pipeline.components.quantities import Exclusions

    path = tmp_path / "exclusions.jsonl"
    path.write_text('{"label": "A", "pattern": [{"LOWER": "x"}]}\n{"label": "B"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"exclusions.jsonl:2"):
        Exclusions(nlp, path)


@pytest.mark.parametrize(
    "text,figures",
    [
        # digit groups that are figures: spaced thousands, a row and its previous value, a change in brackets
        ("Output was 816 000 tonnes and stocks 2 450 tonnes.", ["816 000 tonnes", "2 450 tonnes"]),
        ("- Wales: 45 (38)", ["45", "38"]),
        ("Decisions on claims: 1880 (+214)", ["1880", "+214"]),
    ],
)
def test_digit_groups_that_are_no_telephone_number(extract_one, text, figures):
    assert [q["text"] for q in quantities(extract_one(text))] == figures


@pytest.mark.parametrize(
    "text,figures",
    [
        # a percent, then the level reached: two figures, never a range
        ("Customs duty grew at a faster pace of 11.6% to ₹52,310 crore.", ["11.6%", "₹52,310 crore"]),
        ("Seat capacity and landings rose by 12.1% and 9.8% to 61.2 million and 402,000 respectively.",
         ["12.1%", "9.8%", "61.2 million", "402,000"]),
        # a range of percents stays one
        ("Inflation is expected at 2% to 3% next year.", ["2% to 3%"]),
    ],
)
def test_a_percent_then_another_unit_is_no_range(extract_one, text, figures):
    assert [q["text"] for q in quantities(extract_one(text))] == figures


def test_a_dollar_follows_the_release_country(nlp):
    import pipeline

    text = "The province spent $4.5 million on roads."
    units = []
    for meta in ({}, {"country": "CA"}, {"country": "NZ"}):
        record = next(pipeline.extract([{"id": "d", "text": text, "meta": meta}], nlp=nlp))
        units.append([s["unit"] for s in record["spans"] if s["label"] == "QUANTITY"])
    assert units == [["us dollar"], ["canadian dollar"], ["new zealand dollar"]]


def test_measures_carry_si_fields_in_the_record(extract_one):
    found = quantities(extract_one("The new line is 57 km long and trains run at 350 km/h."))
    assert [(q["text"], q.get("si_value"), q.get("si_unit")) for q in found] == [
        ("57 km", 57000, "meter"), ("350 km/h", pytest.approx(97.2222, rel=1e-4), "meter per second")]
    money = quantities(extract_one("Exports reached 31.11 trillion yuan."))
    assert "si_value" not in money[0]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officials met on May 5 in Geneva.", []),
        ("In May 5 million tons were shipped.", ["5 million tons"]),
        ("The office opens at 9 a.m. daily.", []),
        ("Under Article 35, fines rose 12%.", ["12%"]),
        ("Dial the 12345 hotline for help.", []),
        ("The agency's 12367 service hotline answered 1.9 million calls.", ["1.9 million"]),
        ("Their 12328 helpline handled 88,000 requests in May.", ["88,000"]),
        ("Talks ended on 30 June with 45 delegates.", ["45"]),
    ],
)
def test_date_clock_and_identifier_patterns_yield_to_units(extract_one, text, expected):
    assert [q["text"] for q in quantities(extract_one(text))] == expected


@pytest.mark.parametrize(
    "text,figures",
    [
        ("Mexican nationals accounted for 39% of encounters, followed by nationals of Guatemala (14%) and "
         "Honduras (9%) in August.", ["39%", "14%", "9%"]),
        ("Visitors from Japan (12%) rose sharply, while those from Korea (8 percent) fell.", ["12%", "8 percent"]),
    ],
)
def test_a_small_figure_with_its_unit_in_brackets_is_no_reference_mark(extract_one, text, figures):
    # PHENOMENA: figures in brackets; ``(3)`` alone may number a note, ``(14%)`` is always a figure
    found = [text[s["start"]:s["end"]] for s in extract_one(text)["spans"] if s["label"] == "QUANTITY"]
    assert found == figures


@pytest.mark.parametrize(
    "text,earlier,metric,direction",
    [
        # a rate of change compared with the previous rate: ``down from`` compares, the earlier rate rose too
        ("The PCE price index rose 2.6 percent in the second quarter, down from 3.4 percent in the first quarter.",
         "3.4 percent", "CHANGE", "up"),
        ("Retail sales fell 1.1% in March, up from 2.3% in February.", "2.3%", "CHANGE", "down"),
        # a figure with its own change word keeps it
        ("Output fell 0.5% in May, up from a 0.3% fall in April.", "0.3%", "CHANGE", "down"),
        # a share compared with an earlier share is a share
        ("The employment rate was 73.6%, up from 73.1% a year earlier.", "73.1%", "SHARE", None),
    ],
)
def test_a_previous_value_states_the_measure_of_the_current_figure(extract_both, text, earlier, metric, direction):
    """GUIDELINES D-6/D-26: the value after ``up from``/``down from`` has the current figure's metric and,
    for a change, the current change's direction."""
    found = [q for q in quantities(extract_both(text)) if q["text"] == earlier]
    assert found and found[0]["metric"] == metric and found[0].get("direction") == direction, found


@pytest.mark.parametrize(
    "text,figure,metric",
    [
        # the ends of a change are levels: a ratio's are shares, a rate of change's are changes
        ("The Worker Population Ratio in urban areas increased from 45.2% in January-March 2023 to 46.6% in "
         "January-March 2024.", "45.2%", "SHARE"),
        ("The Worker Population Ratio in urban areas increased from 45.2% in January-March 2023 to 46.6% in "
         "January-March 2024.", "46.6%", "SHARE"),
        ("Vaccination coverage for kindergartners slipped to 93.1% in the 2022-23 school year.", "93.1%", "SHARE"),
        ("Coverage among children was 45.9%, down 5.5 percentage points from 51.4% a year ago.", "51.4%", "SHARE"),
        ("The CPI goods annual rate slowed from 5.9% to 2.9%.", "2.9%", "CHANGE"),
        ("GDP growth accelerated to 5.3% in the first quarter.", "5.3%", "CHANGE"),
    ],
)
def test_the_ends_of_a_change_in_percent_take_the_metric_of_their_subject(extract_both, text, figure, metric):
    found = [q for q in quantities(extract_both(text)) if q["text"] == figure]
    assert found and found[0]["metric"] == metric, found


@pytest.mark.parametrize(
    "text,figures",
    [
        # after ``an increase of``, two figures far apart are the change and the level it reaches
        ("The trade gap widened, reflecting a decrease in the services surplus of $0.3 billion to $21.7 billion.",
         ["$0.3 billion", "$21.7 billion"]),
        ("Hospital waiting lists showed an increase of 9,800 to 412,600 patients.", ["9,800", "412,600"]),
        # a bound word between the change verb and the figure changes nothing
        ("The number of unemployed persons increased by about 4 600 to 116 300.", ["4 600", "116 300"]),
        ("Exports rose by around 3.2 billion to 48.1 billion.", ["3.2 billion", "48.1 billion"]),
        # figures as close as the ends of a range stay one range
        ("The bank expects growth of 1.5 to 2 percent next year.", ["1.5 to 2 percent"]),
        ("Analysts forecast a rise of 3 to 4 percent in output.", ["3 to 4 percent"]),
    ],
)
def test_a_change_and_its_level_are_no_range(extract_both, text, figures):
    doc = extract_both(text)
    assert [q["text"] for q in quantities(doc)] == figures


@pytest.mark.parametrize(
    "text,figure,direction",
    [
        # a rate of change that a verb moves is itself a rise: the verb says how the rate moved (GUIDELINES C7-5)
        ("Annual CPI inflation fell to 2.7 percent in the September quarter, from 3.1 percent in the June quarter.",
         "2.7 percent", "up"),
        ("Annual CPI inflation fell to 2.7 percent in the September quarter, from 3.1 percent in the June quarter.",
         "3.1 percent", "up"),
        ("Services inflation eased to 5.6%, while goods inflation slowed further to 1.4%.", "1.4%", "up"),
        ("Household inflation expectations one year ahead declined to about 3.4 percent.", "3.4 percent", "up"),
        # a figure that names its own direction, or a change itself, keeps it
        ("The quarterly estimate was revised down to a 0.3 percent decline.", "0.3 percent", "down"),
        ("Export prices fell 1.2% in the month.", "1.2%", "down"),
    ],
)
def test_the_level_of_a_rate_of_change_is_a_rise(extract_both, text, figure, direction):
    doc = extract_both(text)
    found = [q for q in quantities(doc) if q["text"] == figure]
    assert found and found[0]["metric"] == "CHANGE" and found[0]["direction"] == direction


def test_an_adverb_before_the_verb_is_no_counted_noun(extract_both):
    doc = extract_both("The number of seizures almost doubled, rising by 96% to 8,300.")
    level = [q for q in quantities(doc) if q["text"] == "8,300"]
    assert level and level[0]["unit"] == "seizure"


@pytest.mark.parametrize(
    "text,figure",
    [
        # a year before ``and`` is no day of a date range: the figure after it is a statistic
        ("Crossings were the lowest since March 2021 and 41% below May.", "41%"),
        ("Admissions peaked in January 2023 and 12,400 beds were occupied.", "12,400"),
    ],
)
def test_a_year_and_a_figure_are_no_day_range(extract_both, text, figure):
    doc = extract_both(text)
    assert figure in [q["text"] for q in quantities(doc)]


def test_a_day_range_after_a_month_is_still_a_date(extract_both):
    doc = extract_both("The festival ran from June 28 to 30, with 41,000 visitors.")
    assert [q["text"] for q in quantities(doc)] == ["41,000"]


@pytest.mark.parametrize(
    "text,figure",
    [
        # a sentence whose subject is a proportion states a share, whatever change word stands nearer the figure
        ("The proportion of employees receiving a pay rise of 5% or more was 42%.", "42%"),
        ("The share of imports rising in price was 61% in the quarter.", "61%"),
    ],
)
def test_a_proportion_subject_states_a_share(extract_both, text, figure):
    doc = extract_both(text)
    found = [q for q in quantities(doc) if q["text"] == figure]
    assert found and found[0]["metric"] == "SHARE"


@pytest.mark.parametrize(
    "text,figure,metric",
    [
        # a percent with no cue of its own states what the sentence's earlier percent states
        ("Annual house price growth was strongest in the North West (+4.1%) and weakest in London (+0.8%), "
         "while Scotland, Wales and the North East posted 3.2%, 2.7% and 2.9% respectively.", "3.2%", "CHANGE"),
        ("Annual house price growth was strongest in the North West (+4.1%) and weakest in London (+0.8%), "
         "while Scotland, Wales and the North East posted 3.2%, 2.7% and 2.9% respectively.", "2.9%", "CHANGE"),
        # ``the corresponding rates`` point back to the rate before them
        ("Headline inflation was 3.4% in October, and the corresponding rates for goods and services were 1.9% "
         "and 5.2% respectively.", "1.9%", "CHANGE"),
        # the change word of an earlier figure (``down from 6.0%``) says nothing of a later one
        ("The jobless rate for women was 5.8%, down from 6.0% in March, and 6.3% for men.", "6.3%", "SHARE"),
        ("The unemployment rate is forecast to rise to 5.2 percent in 2025, up from 4.7 percent, and to peak at "
         "5.5 percent (previously 4.9 percent) in 2026.", "4.9 percent", "SHARE"),
        # a level said to be unchanged against a baseline is still a level
        ("The employment rate was 74.1%, stable compared with the previous quarter.", "74.1%", "SHARE"),
        # an explicit comparison reaches back past a long clause
        ("In 2023, 61% of firms in the survey reported a rise in input costs, compared with 73% in 2022.",
         "73%", "SHARE"),
        # the words of the change figure (``percentage point``) are no rate word for the level it reaches
        ("Labour productivity growth for the third quarter was revised down 0.3 percentage point to 1.9 percent.",
         "1.9 percent", "CHANGE"),
    ],
)
def test_a_percent_without_its_own_cue_reads_the_measure_of_the_sentence(extract_both, text, figure, metric):
    found = [q for q in quantities(extract_both(text)) if q["text"] == figure]
    assert found and found[0]["metric"] == metric, found


def test_a_unit_in_a_text_tables_header_is_no_figure(extract_one):
    found = quantities(extract_one("Region | Retail sales (100 million yuan) | Growth (%)\n"
                                   "Total | 23,456.7 | 5.1\nNorth | 8,012.4 | 4.2\n"))
    assert [(q["text"], q["unit"]) for q in found] == [("23,456.7", "yuan"), ("5.1", "percent"),
                                                         ("8,012.4", "yuan"), ("4.2", "percent")]
    assert found[0]["value"] == pytest.approx(2_345_670_000_000)
