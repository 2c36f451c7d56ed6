"""The unit of counts and absolute changes comes from the decided relations (FORMAT §3 ``unit``,
GUIDELINES D-14): the figure a change modifies, the head word of the category, the thing a
breakdown's clause counts, the counted noun stated once on a change. Written from the wording of
labour-market, migration, farm and health releases; run on the rules and on the shipped model."""

import pytest

from conftest import quantities


def _unit(doc: dict, surface: str) -> str | None:
    found = [q for q in quantities(doc) if q["text"] == surface]
    assert found, [q["text"] for q in quantities(doc)]
    return found[0]["unit"]


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # items of a breakdown count what the clause counts, not the industry or the country
        ("Job openings fell in retail trade (-87,000), in manufacturing (-31,000) and in federal "
         "government (-12,000) over the month.", "-31,000", "opening"),
        ("Job openings fell in retail trade (-87,000), in manufacturing (-31,000) and in federal "
         "government (-12,000) over the month.", "-12,000", "opening"),
        ("Hires declined in accommodation and food services (-96,000) and in wholesale trade (-25,000).",
         "-96,000", "hire"),
        # an absolute change takes the unit of the figure it modifies
        ("Soybean yields are forecast at 51.2 bushels per acre, up 0.9 bushel from the September "
         "forecast.", "0.9 bushel", "bushel per acre"),
        ("The number of vacancies was 898,000 in the quarter, down 43,000 on the previous quarter.",
         "43,000", "vacancy"),
        # the counted noun stated on the change is the unit of the level it leads to
        ("Full-time employment increased by 38,000 people to 9,912,000.", "9,912,000", "person"),
        # a partitive counts what its whole counts
        ("Unemployment fell in 9 of the 13 regions over the quarter.", "9", "region"),
        # a coordinated counted noun: the first conjunct's head
        ("An average of 1.6 million nurses and midwives were registered in March.", "1.6 million", "nurse"),
        # a rate per day restates the count before it
        ("Airlines expect to carry 68 million passengers, or about 1.7 million a day, over the holiday.",
         "1.7 million", "passenger"),
        # the items of a list of places in brackets count what the first item counts
        ("The largest groups were citizens of India (7,300), Pakistan (4,100) and Nigeria (2,900).",
         "4,100", "citizen"),
        # the category's head word, not a bracketed abbreviation after it
        ("Emergency department attendances (EDAs) totalled 2.3 million in March.", "2.3 million",
         "attendance"),
    ],
)
def test_unit_of_a_count_from_its_relations(extract_both, text, figure, unit):
    assert _unit(extract_both(text), figure) == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a unit written in the figure is never replaced
        ("Retail sales rose 0.7% to $705.3 billion, up $4.9 billion from April.", "$4.9 billion", "us dollar"),
        ("Hires declined in retail trade (-3.1%) over the month.", "-3.1%", "percent"),
        # a counted noun right after the figure stays its unit
        ("Arrivals from India rose to 35,410 visitors, an increase of 4,200 visitors.", "4,200",
         "visitor"),
    ],
)
def test_a_written_unit_stays(extract_both, text, figure, unit):
    assert _unit(extract_both(text), figure) == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Producer prices by stage, April 2024, % (change on a year earlier in brackets)\n"
         "Intermediate goods: -1.8 (-2.6)\nCapital goods: +2.1 (+2.9)", "+2.1", "percent"),
        ("Contributions to growth, Q1 2024 (percentage points)\nHousehold consumption: +0.41\nNet trade: -0.12",
         "-0.12", "percentage point"),
        ("Retail sales, per cent change from the previous month: January -0.2, February +0.3, March +0.4.",
         "+0.3", "percent"),
    ],
)
def test_a_unit_declared_once_for_a_block_of_bare_figures(extract_both, text, figure, unit):
    assert _unit(extract_both(text), figure) == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # people counted by nationality are persons (GUIDELINES C3-15)
        ("Among those detained at sea, Syrians (4,120) were the largest group, followed by Eritreans (3,050) "
         "and Sudanese (2,870).", "3,050", "person"),
        # a place in a list takes the counted noun stated before it on the line
        ("Overseas visitors numbered 412,000 in June, with 96,000 from Germany, while France (71,000) and "
         "Spain (48,500) followed.", "71,000", "visitor"),
        # a participle clause after the counted noun is not part of its head
        ("The survey drew on returns from 27 regions covering about 96% of national output.", "27", "region"),
        ("There were 1.4 million pensioners living alone in 2023.", "1.4 million", "pensioner"),
    ],
)
def test_unit_of_a_count_named_by_its_item(extract_both, text, figure, unit):
    assert _unit(extract_both(text), figure) == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a rate named once in the subject with its base (GUIDELINES C3-13): the bare figures are that rate
        ("Death rates per 100,000 population in 2022 were highest in the North West (412) and lowest in "
         "London (318).", "318", "death per 100,000 population"),
        # a base with no noun is a base of population (GUIDELINES D-5)
        ("The tuberculosis notification rate was 8.2 per 100,000 population in 2023, compared with "
         "7.3 per 100,000 in 2022.", "7.3 per 100,000", "notification per 100,000 population"),
    ],
)
def test_rates_per_population_named_once(extract_both, text, figure, unit):
    doc = extract_both(text)
    assert _unit(doc, figure) == unit
    assert all(q["text"] != "100,000" for q in quantities(doc))  # the base is never a figure


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Coverage of the second MMR dose at 5 years stood at 84.5% in 2023-24.", "5 years"),
        ("Antiviral treatment should start within 48 hours of the onset of symptoms, the agency said, "
         "as 2,310 patients were admitted.", "48 hours"),
        ("Claims for jobseeker benefits have now risen for four consecutive months, to 1.61 million.",
         "four consecutive months"),
        ("Admissions of patients aged 75 and over rose 4.2% to 2.9 million.", "75"),
    ],
)
def test_ages_and_durations_take_no_category(extract_both, text, figure):
    doc = extract_both(text)
    by_id = {s["id"]: doc["text"][s["start"]:s["end"]] for s in doc["spans"]}
    assert figure in by_id.values(), sorted(by_id.values())
    assert not [r for r in doc["relations"] if by_id[r["head"]] == figure and r["label"] == "CATEGORY"]


@pytest.mark.parametrize(
    "row,figure,value,unit",
    [
        ("Dalian | 482 | +3.1% | 12.04 | -1.2%", "482", 482e6, "ton"),
        ("Dalian | 482 | +3.1% | 12.04 | -1.2%", "12.04", 12.04e6, "teu"),
        ("Dalian | 482 | +3.1% | 12.04 | -1.2%", "+3.1%", 3.1, "percent"),
    ],
)
def test_a_table_column_header_declares_the_unit_of_its_cells(extract_both, row, figure, value, unit):
    text = ("Major ports, 2023\nPort | Cargo throughput (million tonnes) | vs 2022 | Container throughput "
            "(million TEU) | vs 2022\nXiamen | 226 | +4.2% | 12.55 | +4.1%\n" + row)
    found = [q for q in quantities(extract_both(text)) if q["text"] == figure and q["start"] > text.find("Dalian")]
    assert found and found[0]["unit"] == unit and found[0]["value"] == pytest.approx(value), found


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # the same rate stated again for another time keeps the rate's unit and stays a SHARE (C3-13)
        ("The notification rate was 601 cases per 100,000 population, compared with 587 a year earlier.",
         "587", "case per 100,000 population"),
        ("The notification rate was 601 cases per 100,000 population, compared with 587 a year earlier.",
         "601 cases per 100,000 population", "case per 100,000 population"),
        ("The intensive care admission rate was 0.52 per 100,000 (0.47 in week 5).", "0.47",
         "admission per 100,000 population"),
    ],
)
def test_a_rate_restated_for_another_time(extract_both, text, figure, unit):
    found = [q for q in quantities(extract_both(text)) if q["text"] == figure]
    assert found and found[0]["unit"] == unit and found[0]["metric"] == "SHARE", found


def test_a_table_title_breaks_its_rows_down(extract_both):
    # the title line of a flattened table (``Table 3: Employment by industry, thousands``) names what the rows count
    text = ("Table 3: Employment by industry, thousands (change on the previous quarter in brackets)\n"
            "Construction: 2,204 (-12)\nManufacturing: 2,581 (+9)\n")
    doc = extract_both(text)
    units = {q["text"]: q["unit"] for q in quantities(doc)}
    assert units == {"2,204": "job", "-12": "job", "2,581": "job", "+9": "job"}


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a previous value or the other end of a span is in the unit of the figure it is compared with
        ("The notification rate rose to 11.2 cases per 100,000 population in 2024, up from 9.8 in 2023.", "9.8",
         "case per 100,000 population"),
        ("Infant mortality ranged from 2.1 deaths per 1,000 live births in the East to 4.6 in the West Midlands.",
         "4.6", "death per 1,000 live births"),
        # a rate whose counted noun is left out names the document's last rate with the same base
        ("The notification rate rose to 11.2 cases per 100,000 population in 2024. Among people born abroad the "
         "rate was 41.5 per 100,000.", "41.5 per 100,000", "case per 100,000 population"),
    ],
)
def test_a_figure_compared_with_a_rate_is_in_its_unit(extract_both, text, figure, unit):
    found = [q for q in quantities(extract_both(text)) if q["text"] == figure]
    assert found and found[0]["unit"] == unit, found


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a price per a measure written with ``a``/``an`` is a rate; a time after ``a`` is no part of it (D-14)
        ("The national average price of regular unleaded climbed 9 cents to $3.38 a gallon in the week.",
         "$3.38 a gallon", "us dollar per gallon"),
        ("Households paid on average €1.71 a litre for diesel in October.", "€1.71 a litre", "euro per liter"),
        ("Apprentices will be paid £7.55 an hour from April, and the levy raises £3.5 billion a year.",
         "£7.55", "pound sterling"),
        # a change of a price per a measure, and a previous value compared with it, are in the price's unit
        ("Well-milled rice averaged ₱54.40 per kilogram in October, ₱0.85 lower than in September but ₱2.10 "
         "higher than a year earlier.", "₱0.85", "philippine peso per kilogram"),
        ("Well-milled rice averaged ₱54.40 per kilogram in October, ₱0.85 lower than in September but ₱2.10 "
         "higher than a year earlier.", "₱2.10", "philippine peso per kilogram"),
        ("Brent crude averaged US$74.35 per barrel in November, compared with US$83.20 a year earlier.",
         "US$83.20", "us dollar per barrel"),
    ],
)
def test_prices_per_a_measure(extract_both, text, figure, unit):
    found = [q for q in quantities(extract_both(text)) if q["text"] == figure]
    assert found and found[0]["unit"] == unit and found[0]["metric"] in ("MONEY", "CHANGE"), found


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # FORMAT: ``$`` is the US dollar unless the text names another dollar
        ("Retail sales rose 0.4% to $66.6 billion in September. All values are in Canadian dollars and are "
         "seasonally adjusted.", "$66.6 billion", "canadian dollar"),
        ("Exports to China were worth A$14.1 billion in the quarter, while imports from Japan reached $2.9 billion.",
         "$2.9 billion", "australian dollar"),
        ("The Canadian dollar averaged 73.2 US cents in October, and exports to the United States were $52.3 "
         "billion (in US dollars).", "$52.3 billion", "us dollar"),
        ("Merchandise exports were valued at $6.1 billion in the month.", "$6.1 billion", "us dollar"),
        # ``¥`` in a release that speaks of the yen and never of the yuan
        ("The yen averaged ¥149.80 per US dollar in November, and the trade deficit was ¥117.6 billion.",
         "¥117.6 billion", "yen"),
        ("Fiscal revenue reached ¥18.2 trillion (RMB), up 1.1 percent.", "¥18.2 trillion", "yuan"),
    ],
)
def test_the_dollar_and_the_yen_the_text_names(extract_both, text, figure, unit):
    assert _unit(extract_both(text), figure) == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a rate per a scaled measure of traffic or population is one figure with its base (C3-13)
        ("Road deaths per distance driven fell, to 5.2 deaths per billion vehicle miles in 2023.",
         "5.2 deaths per billion vehicle miles", "death per billion vehicle mile"),
        ("The national fatality rate was 1.33 fatalities per 100 million vehicle miles traveled, down from 1.37.",
         "1.33 fatalities per 100 million vehicle miles traveled", "fatality per 100 million vehicle mile"),
        ("The national fatality rate was 1.33 fatalities per 100 million vehicle miles traveled, down from 1.37.",
         "1.37", "fatality per 100 million vehicle mile"),
        ("Notifications reached 4.1 cases per million population in the week.", "4.1 cases per million population",
         "case per million population"),
    ],
)
def test_a_rate_per_a_scaled_base(extract_both, text, figure, unit):
    figures = quantities(extract_both(text))
    found = [q for q in figures if q["text"] == figure]
    assert found and found[0]["unit"] == unit and found[0]["metric"] == "SHARE", [(q["text"], q["unit"]) for q in figures]
    assert not [q for q in figures if q["text"].startswith(("100 million", "billion"))]


def test_a_heading_that_declares_a_rate_gives_it_to_its_rows(extract_both):
    # C3-13: the rate named in a heading's brackets is the unit of the bare rows below it; its base is no figure
    text = ("Pertussis notification rate by health region, 2024 (cases per 100,000 population)\n"
            "- North: 14.2\n- Central: 9.6\n- South: 11.0\n\nLaboratories reported 1,204 confirmed cases in the year.")
    units = {q["text"]: (q["unit"], q["metric"]) for q in quantities(extract_both(text))}
    assert "100,000" not in units, units
    assert units["14.2"] == units["9.6"] == units["11.0"] == ("case per 100,000 population", "SHARE"), units
    assert units["1,204"][0] == "case", units
