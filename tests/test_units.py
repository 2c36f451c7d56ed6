import pytest

from pipeline.units import currency_prefix, match_unit, singular, unit_names


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
