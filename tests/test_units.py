import pytest

from pipeline.units import coverage, currency_prefix, match_unit, singular, split_glued, to_si, unit_names
from conftest import quantities


@pytest.mark.parametrize(
    "words,name,kind,length",
    [
        (["%"], "percent", "percent", 1),
        (["per", "cent"], "percent", "percent", 2),
        (["percentage", "points", "higher"], "percentage point", "percentage_point", 2),
        (["basis", "points"], "basis point", "basis_point", 2),
        (["tonnes", "of"], "ton", "measure", 1),
        (["square", "kilometres"], "square kilometer", "measure", 2),
        (["kWh"], "kilowatt hour", "measure", 1),
        (["TEUs"], "teu", "measure", 1),
        (["micrograms"], "microgram", "measure", 1),
        (["cubic", "metres"], "cubic meter", "measure", 2),
        (["US", "dollars"], "us dollar", "currency", 2),
        (["Hong", "Kong", "dollars"], "hong kong dollar", "currency", 3),
        (["euros"], "euro", "currency", 1),
        (["yuan"], "yuan", "currency", 1),
        (["mu"], "mu", "measure", 1),
        (["hours"], "hour", "measure", 1),
        (["person", "-", "times"], "person-time", "count", 3),
    ],
)
def test_match_unit_finds_the_longest_form(words, name, kind, length):
    unit = match_unit(words, 0)
    assert (unit.name, unit.kind, unit.length) == (name, kind, length)


def test_unit_table_has_at_least_forty_units():
    assert len(unit_names()) >= 40


@pytest.mark.parametrize(
    "prefix,name",
    [("$", "us dollar"), ("US$", "us dollar"), ("HK$", "hong kong dollar"), ("RMB", "yuan"), ("£", "pound sterling"),
     ("€", "euro")],
)
def test_currency_prefixes(prefix, name):
    assert currency_prefix(prefix) == name


@pytest.mark.parametrize(
    "noun,lemma",
    [("suspects", "suspect"), ("people", "person"), ("persons", "person"), ("cities", "city"), ("aircraft", "aircraft"),
     ("boxes", "box"), ("cases", "case")],
)
def test_singular_of_counted_nouns(noun, lemma):
    assert singular(noun) == lemma


@pytest.mark.parametrize(
    "words,name,dimension",
    [
        (["kW"], "kilowatt", "power"),
        (["MW"], "megawatt", "power"),
        (["mW"], "milliwatt", "power"),
        (["GB"], "gigabyte", "information"),
        (["hp"], "horsepower", "power"),
        (["yards"], "yard", "length"),
        (["inches"], "inch", "length"),
        (["MPa"], "megapascal", "pressure"),
        (["Hz"], "hertz", "frequency"),
        (["mAh"], "milliampere hour", "charge"),
        (["ppb"], "part per billion", "concentration"),
        (["mph"], "mile per hour", "speed"),
        (["km", "/", "h"], "kilometer per hour", "speed"),
        (["degrees"], "degree", "angle"),
        (["degrees", "Celsius"], "degree celsius", "temperature"),
        (["litres"], "liter", "volume"),
        (["tonnes"], "ton", "mass"),
    ],
)
def test_library_units_have_format_names_and_dimensions(words, name, dimension):
    unit = match_unit(words, 0, after_per=False)
    assert (unit.name, unit.dimension, unit.length) == (name, dimension, len(words))


@pytest.mark.parametrize(
    "words,name,code",
    [(["USD"], "us dollar", "USD"), (["EUR"], "euro", "EUR"), (["Swiss", "francs"], "swiss franc", "CHF"),
     (["South", "African", "rand"], "south african rand", "ZAR"), (["ringgit"], "malaysian ringgit", "MYR"),
     (["Brazilian", "reais"], "brazilian real", "BRL"), (["yuan"], "yuan", "CNY"), (["pounds"], "pound sterling", "GBP")],
)
def test_currency_names_and_codes_come_from_cldr(words, name, code):
    unit = match_unit(words, 0)
    assert (unit.name, unit.kind, unit.code) == (name, "currency", code)


@pytest.mark.parametrize(
    "prefix,country,name",
    [("$", None, "us dollar"), ("$", "CA", "canadian dollar"), ("$", "AU", "australian dollar"),
     ("$", "SG", "singapore dollar"), ("¥", None, "yuan"), ("¥", "JP", "yen"), ("Rs", "PK", "pakistani rupee"),
     ("Rs", None, "indian rupee"), ("RM", None, "malaysian ringgit"), ("R$", None, "brazilian real"),
     ("￡", None, "pound sterling"), ("￥", None, "yuan"), ("Rp", None, "indonesian rupiah"), ("A$", "CA", "australian dollar")],
)
def test_shared_currency_symbols_follow_the_release_country(prefix, country, name):
    assert currency_prefix(prefix, country) == name


@pytest.mark.parametrize("word", ["rp", "all", "Top", "in"])
def test_words_that_are_not_currency_prefixes(word):
    assert currency_prefix(word) is None


@pytest.mark.parametrize(
    "text,number,name",
    [("5GB", "5", "gigabyte"), ("20kW", "20", "kilowatt"), ("50p", "50", "pence"), ("12mm", "12", "millimeter"),
     ("65W", "65", "watt"), ("4500mAh", "4500", "milliampere hour"), ("2.4GHz", "2.4", "gigahertz")],
)
def test_glued_units_split_from_their_number(text, number, name):
    read = split_glued(text)
    assert (read[0], read[1].name) == (number, name)


@pytest.mark.parametrize("text", ["5G", "30th", "21st", "3D", "4x", "G20"])
def test_glued_names_and_ordinals_are_not_units(text):
    assert split_glued(text) is None


@pytest.mark.parametrize(
    "words,value,si_value,si_unit",
    [(["km"], 5, 5000, "meter"), (["degrees", "Celsius"], 41, 314.15, "kelvin"), (["GB"], 50, 4e11, "bit"),
     (["hectares"], 2, 20000, "square meter"), (["km/h"], 36, 10, "meter per second"), (["mu"], 15, 10000, "square meter")],
)
def test_si_values(words, value, si_value, si_unit):
    got_value, got_unit = to_si(value, match_unit(words))
    assert got_value == pytest.approx(si_value, rel=1e-6) and got_unit == si_unit


def test_coverage_counts_units_and_currencies():
    counts = coverage()
    assert counts["units"] >= 300 and counts["currencies"] >= 150
    assert {"length", "mass", "time", "area", "volume", "energy", "power", "speed"} <= set(counts["dimensions"])


@pytest.mark.parametrize(
    "text,value,unit",
    [
        # symbols that carry their scale: the value is in tonnes (GUIDELINES D-14)
        ("Territorial emissions were 371.8 MtCO2e in 2024.", 371_800_000, "ton of carbon dioxide equivalent"),
        ("Transport emitted 4,250 ktCO2e.", 4_250_000, "ton of carbon dioxide equivalent"),
        ("Primary energy production fell to 24.9 mtoe in the second quarter.", 24_900_000, "ton of oil equivalent"),
        ("Final consumption was 131.2 Mtoe.", 131_200_000, "ton of oil equivalent"),
        # natural gas in billions and trillions of cubic feet, per day after a slash
        ("Working gas in storage stood at 3,105 Bcf.", 3_105e9, "cubic foot"),
        ("Proved reserves were estimated at 691 Tcf.", 691e12, "cubic foot"),
        ("Marketed production averaged 104.3 Bcf/d.", 104.3e9, "cubic foot per day"),
    ],
)
def test_scaled_unit_symbols(extract_one, text, value, unit):
    from conftest import quantities

    (found,) = quantities(extract_one(text))
    assert found["value"] == pytest.approx(value) and found["unit"] == unit and found["metric"] == "AMOUNT", found


#: a heading that declares its bracketed column a rate per population
RATE_COLUMN = ("Notifications by region, 2024 (rate per 100,000 population in brackets)\n- North: 1,204 (7.9)\n"
               "- South: 918 (5.2)")


@pytest.mark.parametrize(
    "text,figure,value,unit",
    [
        # a heading declares its main column's unit and scale; the bracketed column keeps its own
        ("Table 2. Estimated quarterly sales, Q2 2025, in billions of dollars (percent change from Q1 2025 in "
         "brackets)\nFood stores: 231.4 (+0.8)\nGasoline stations: 78.2 (-2.1)", "231.4", 231.4e9, "us dollar"),
        ("Table 2. Estimated quarterly sales, Q2 2025, in billions of dollars (percent change from Q1 2025 in "
         "brackets)\nFood stores: 231.4 (+0.8)\nGasoline stations: 78.2 (-2.1)", "-2.1", 2.1, "percent"),
        ("Electricity supplied by source, 2025, TWh (share in brackets)\n- Wind: 84.3 (29.8%)\n- Gas: 71.0 (25.1%)",
         "84.3", 84.3, "terawatt hour"),
        ("Table B. Hires by region, March 2025, in thousands (February 2025 in brackets)\nWest: 1,102 (1,087)",
         "1,087", 1_087_000, None),
        # the scale and the bracketed column in one pair of brackets, split at the semicolon
        ("Guest nights by canton, January to June 2025 (thousands; change on January to June 2024 in brackets)\n"
         "- Lucerne: 1,412 (+3.1%)\n- Geneva: 1,655 (-0.7%)", "1,655", 1_655_000, None),
        ("Table 3. Cargo by segment, first half of 2025 (million tonnes; change on a year earlier in brackets)\n"
         "- Dry bulk: 31.2 (-4.0%)", "31.2", 31.2e6, "ton"),
        # a rate and a scaled symbol declared by the heading, for both columns
        ("Household waste by treatment, 2023 (kg per person; change since 2013 in brackets)\n"
         "- Landfill: 112 (-41)\n- Recycling: 151 (+18)", "-41", 41, "kilogram per person"),
        ("Working gas in storage by region, week ending 9 August 2024 (Bcf; change from the previous week in "
         "brackets)\n- East: 781 (+9)\n- Midwest: 930 (+12)", "930", 930e9, "cubic foot"),
        # a rate declared for the bracketed column: the row's count, then its rate per population
        (RATE_COLUMN, "5.2", 5.2, "notification per 100,000 population"),
        (RATE_COLUMN, "918", 918, "notification"),
        # a heading that names its bracketed column is a heading, whatever number its title holds
        ("Working gas in storage, lower 48 states, week ending 16 August 2024 (Bcf; change from the previous "
         "week in brackets)\n- East: 791 (+10)", "791", 791e9, "cubic foot"),
        # a unit line in Chinese statistical style, and a currency with an Indian scale
        ("Autumn grain output by province, 2024 (unit: 10,000 tons)\nHeilongjiang: 7,788.2\nJilin: 4,186.5",
         "4,186.5", 41_865_000, "ton"),
        ("GST collections by state, August 2024 (₹ crore)\nMaharashtra: 26,367\nKarnataka: 13,160", "13,160",
         131_600_000_000, "indian rupee"),
    ],
)
def test_units_declared_by_a_heading(extract_one, text, figure, value, unit):
    from conftest import quantities

    found = [q for q in quantities(extract_one(text)) if q["text"] == figure]
    assert found and found[0]["value"] == pytest.approx(value), found
    if unit is not None:
        assert found[0]["unit"] == unit, found


@pytest.mark.parametrize(
    "words,country,name",
    [
        (["£", "thousand"], "GB", "pound sterling"),
        (["£"], None, "pound sterling"),
        (["€", "million"], "IE", "euro"),
        (["¥"], "JP", "yen"),
        (["¥"], "CN", "yuan"),
    ],
)
def test_a_currency_sign_standing_alone_is_read_as_before_a_number(words, country, name):
    # ``(£ thousand; change on July 2023 in brackets)``: the sign of a heading is the project's currency for it,
    # never the first currency of the CLDR list that shares the sign (the Falkland Islands pound)
    unit = match_unit(words, 0, country)
    assert unit is not None and unit.name == name


def test_a_heading_in_pounds_scales_its_rows_in_pound_sterling(extract_both):
    from conftest import quantities

    text = ("Average house price by English region, July 2024 (£ thousand; change on July 2023 in brackets)\n"
            "- North East: 163 (+3.8%)\n- London: 519 (-0.4%)")
    found = {q["text"]: q for q in quantities(extract_both(text))}
    assert found["163"]["unit"] == "pound sterling" and found["163"]["value"] == 163000


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The total number of medical and health institutions nationwide reached 1,032,918.", "1,032,918",
         "institution"),
        ("There were 12,400 primary medical and health institutions.", "12,400", "institution"),
        ("Police officers and auxiliary police numbered 4,200.", "4,200", "officer"),
    ],
)
def test_modifiers_joined_by_and_share_the_noun_after_them(extract_both, text, figure, unit):
    from conftest import quantities

    found = {q["text"]: q for q in quantities(extract_both(text))}
    assert found[figure]["unit"] == unit


@pytest.mark.parametrize(
    "text,country,figure,unit,value",
    [
        # a dollar sign in a heading is the release country's dollar (GUIDELINES C10-19)
        ("Exports of dairy products by commodity, June 2024 ($ million; change from June 2023 in brackets)\n"
         "- Milk powder: 712 (+64)\n- Cheese: 301 (+22)", "NZ", "712", "new zealand dollar", 712e6),
        ("Merchandise exports by product, May 2024 ($ million; change from April in brackets)\n"
         "- Energy products: 14,205 (+3.1)\n- Metal ores: 2,118 (-1.4)", "CA", "14,205", "canadian dollar", 14205e6),
    ],
)
def test_a_dollar_heading_reads_the_release_countrys_dollar(text, country, figure, unit, value):
    import pipeline

    from conftest import quantities

    nlp = pipeline.load()
    doc = next(pipeline.extract([{"id": "t", "text": text, "meta": {"country": country}}], nlp=nlp))
    found = {q["text"]: q for q in quantities(doc)}
    assert found[figure]["unit"] == unit and found[figure]["value"] == value


@pytest.mark.parametrize(
    "text,surface,value,unit,metric",
    [
        # oil and gas flows and prices as energy agencies write them
        ("U.S. crude oil production will average 13.5 million b/d in 2025.", "13.5 million b/d", 13_500_000,
         "barrel per day", "AMOUNT"),
        ("Global oil demand will rise to 104.3 mb/d in 2025.", "104.3 mb/d", 104_300_000, "barrel per day", "AMOUNT"),
        ("The Brent crude oil spot price averaged $74/b in November.", "$74/b", 74, "us dollar per barrel", "MONEY"),
        # crop tonnages: Mt and kt are million and thousand tonnes
        ("Canola production rose to 17.8 Mt on 8.9 million hectares.", "17.8 Mt", 17_800_000, "ton", "AMOUNT"),
        ("Some 450 kt of pulses were exported, and the price was $210/t.", "450 kt", 450_000, "ton", "AMOUNT"),
        ("Some 450 kt of pulses were exported, and the price was $210/t.", "$210/t", 210, "us dollar per ton",
         "MONEY"),
        # a total beside a rate of the same measure keeps its own unit
        ("Corn production is forecast at 15.1 billion bushels, with a yield of 183.1 bushels per acre.",
         "15.1 billion bushels", 15_100_000_000, "bushel", "AMOUNT"),
        # a count per a thing is a ratio
        ("The total fertility rate fell to 1.38 children per woman in 2023.", "1.38 children per woman", 1.38,
         "child per woman", "SHARE"),
        # a share named after its percent, and rates named by their subject
        ("Battery-electric cars captured a 15.4% market share.", "15.4%", 15.4, "percent", "SHARE"),
        ("Passenger journeys rose 3.4% and punctuality was 62.7% in long-distance traffic.", "62.7%", 62.7, "percent",
         "SHARE"),
    ],
)
def test_energy_agriculture_and_ratio_readings(extract_both, text, surface, value, unit, metric):
    found = [q for q in quantities(extract_both(text)) if q["text"] == surface]
    assert found, [q["text"] for q in quantities(extract_both(text))]
    assert (found[0]["value"], found[0]["unit"], found[0]["metric"]) == (pytest.approx(value), unit, metric)


@pytest.mark.parametrize(
    "text,surface,metric",
    [
        # an earlier value in brackets has the metric of the percent it restates
        ("The Labour Force Survey put the unemployment rate at 4.1 percent in the three months to August (3.8 percent "
         "a year earlier).", "3.8 percent", "SHARE"),
        ("At Oslo Airport, 82.1 percent of departures left on time (80.0 percent a year earlier).", "80.0 percent",
         "SHARE"),
        ("Consumer prices rose 2.1 percent in August (1.8 percent a year earlier).", "1.8 percent", "CHANGE"),
    ],
)
def test_an_earlier_percent_in_brackets_keeps_the_metric(extract_both, text, surface, metric):
    found = [q for q in quantities(extract_both(text)) if q["text"] == surface]
    assert found and found[0]["metric"] == metric


@pytest.mark.parametrize(
    "text,surface,metric",
    [
        # ``up from`` an earlier percent: the same measure's earlier value, of its metric
        ("In the 2024 exam series, 27.8% of A-level entries were awarded grade A or A*, up from 27.2% in 2023.",
         "27.2%", "SHARE"),
        ("GDP grew 2.1% in the quarter, up from 1.8% in the second quarter.", "1.8%", "CHANGE"),
        ("The unemployment rate was 4.1%, up from 3.9% in August.", "3.9%", "SHARE"),
    ],
)
def test_an_earlier_value_up_from_keeps_the_metric(extract_both, text, surface, metric):
    found = [q for q in quantities(extract_both(text)) if q["text"] == surface]
    assert found and found[0]["metric"] == metric
