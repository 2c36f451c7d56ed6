import pytest

from pipeline.numbers import number_words, parse_digits, read_quantity, slash_fraction
from pipeline.scoring import values_agree


@pytest.mark.parametrize(
    "text,value",
    [("8,419", 8419), ("66.973", 66.973), ("816 000", 816000), ("1 234 567", 1234567), (".5", 0.5)],
)
def test_parse_digits_reads_grouped_and_decimal_numbers(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["1,23", "12a", "", "COVID-19", "10:00"])
def test_parse_digits_rejects_what_is_not_a_number(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    "text,value,value_max",
    [
        ("66.973 million", 66973000, None),
        ("220%", 220, None),
        ("189.5 percent", 189.5, None),
        ("31.11 trillion yuan", 31110000000000, None),
        ("$35.69", 35.69, None),
        ("US$58.24 per barrel", 58.24, None),
        ("RMB5 billion", 5000000000, None),
        ("£4.2m", 4200000, None),
        ("2.5bn", 2500000000, None),
        ("816 000 tonnes", 816000, None),
        ("+46,000", 46000, None),
        ("ten", 10, None),
        ("sixteen", 16, None),
        ("twenty-five", 25, None),
        ("a dozen", 12, None),
        ("a hundred and two", 102, None),
        ("a million", 1000000, None),
        ("three million", 3000000, None),
        ("two thirds", 66.667, None),
        ("half", 50, None),
        ("a quarter", 25, None),
        ("one in five", 20, None),
        ("two-tenths of a percentage point", 0.2, None),
        ("dozens", 24, None),
        ("hundreds", 200, None),
        ("tens of thousands", 20000, None),
        ("doubled", 2, None),
        ("halved", 50, None),
        ("three times", 3, None),
        ("2.5-fold", 2.5, None),
        ("60 and 70 percent", 60, 70),
        ("3-5%", 3, 5),
        ("1.2 to 1.5 million", 1200000, 1500000),
        ("1.2-1.5 million", 1200000, 1500000),
        ("49.16m TEU", 49160000, None),
    ],
)
def test_read_quantity_scales_and_ranges(text, value, value_max):
    reading = read_quantity(text)
    assert reading is not None
    assert values_agree(reading.value, value)
    assert reading.value_max == value_max or values_agree(reading.value_max, value_max)


def test_read_quantity_marks_vague_amounts_and_fractions():
    assert read_quantity("hundreds of thousands").is_vague
    assert read_quantity("two thirds").is_fraction
    assert read_quantity("halved").multiple == (50, "percent", "down")


@pytest.mark.parametrize("text", ["cases", "the", "COVID"])
def test_read_quantity_returns_none_without_a_number(text):
    assert read_quantity(text) is None


@pytest.mark.parametrize(
    "a,b,same", [(100, 100.1, True), (100, 100.3, False), (0, 0, True), (None, None, True), (1, None, False)]
)
def test_values_agree_within_two_per_mille(a, b, same):
    assert values_agree(a, b) is same


@pytest.mark.parametrize(
    "text,value",
    [("1.2e6", 1.2e6), ("3E-3", 0.003), ("6.02x10^23", 6.02e23), ("2.5×10^6", 2.5e6)],
)
def test_scientific_notation(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text,value", [("1/16", 0.0625), ("3/4", 0.75), ("2/3", 2 / 3)])
def test_slash_fractions(text, value):
    assert slash_fraction(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["30/7", "16/1", "2021/07", "a/b", "0/5"])
def test_slashes_that_are_not_fractions(text):
    assert slash_fraction(text) is None


def test_number_words_are_data_per_language():
    words = number_words("en")
    assert words["units"]["sixteen"] == 16 and words["scales"]["crore"] == 1e7
    assert words["vague_amounts"]["dozens"] == 24 and words["multiples"]["tripled"] == (3, "times", "up")


@pytest.mark.parametrize(
    "text,value,value_max",
    [
        # central banks write quarter-point rates and ranges with vulgar fractions
        ("4½ per cent", 4.5, None),
        ("3¾%", 3.75, None),
        ("2½ to 3 per cent", 2.5, 3),
        ("2½–3 per cent", 2.5, 3),
        ("3½ and 3¾ per cent", 3.5, 3.75),
        ("¼ percentage point", 0.25, None),
    ],
)
def test_vulgar_fractions_in_figures_and_ranges(text, value, value_max):
    reading = read_quantity(text)
    assert reading is not None and reading.value == pytest.approx(value)
    assert (reading.value_max is None) if value_max is None else reading.value_max == pytest.approx(value_max)


def test_a_range_written_with_a_fraction_and_a_dash_is_one_figure(extract_one):
    doc = extract_one("The Board expects underlying inflation to return to 2½–3 per cent in 2026.")
    found = [s for s in doc["spans"] if s["label"] == "QUANTITY"]
    assert len(found) == 1 and found[0]["value"] == 2.5 and found[0]["value_max"] == 3, found


@pytest.mark.parametrize(
    "text,figure,bound",
    [
        # ``up to`` after a verb of movement or revision, or in a headline, says where a figure went
        ("Growth in the seasonally adjusted index for the June quarter was revised up to 1.1%, from 0.9%.", "1.1%", "="),
        ("Weaker hiring pushed the jobless rate up to 4.4% in August.", "4.4%", "="),
        ("Euro area annual inflation up to 2.5%\n\nEuro area annual inflation is expected to be 2.5% in June.", "2.5%",
         "="),
        # after a preposition or a verb of capacity it is a bound
        ("Operators face penalties of up to €20,000 for each breach.", "€20,000", "<="),
        ("Eligible travellers may stay for up to 90 days.", "90 days", "<="),
        ("Premium rice fetched up to 3.4 yuan per jin at wholesale.", "3.4 yuan per jin", "<="),
    ],
)
def test_up_to_is_a_bound_only_where_it_limits(extract_one, text, figure, bound):
    doc = extract_one(text)
    found = [s for s in doc["spans"] if s["label"] == "QUANTITY" and doc["text"][s["start"]:s["end"]] == figure]
    assert found and found[0].get("bound", "=") == bound, found


@pytest.mark.parametrize("text,surface,value", [
    ("The deficit was £16.6bn in the year.", "£16.6bn", 16_600_000_000),
    ("Global oil demand will reach 104.3 mb/d in 2025.", "104.3 mb/d", 104_300_000),
    ("Canola production rose to 17.8 Mt.", "17.8 Mt", 17_800_000),
])
def test_scaled_values_are_written_without_binary_rounding(extract_one, text, surface, value):
    from conftest import quantities

    found = [q for q in quantities(extract_one(text)) if q["text"] == surface]
    assert found and found[0]["value"] == value and isinstance(found[0]["value"], int)


@pytest.mark.parametrize("text,value", [("32,1", 32.1), ("16,9", 16.9), ("2,50", 2.5), ("8,419", None), ("1,2345", None),
                                        ("12", None)])
def test_decimal_comma_reads_only_a_comma_with_one_or_two_digits_after_it(text, value):
    from pipeline.numbers import decimal_comma

    assert decimal_comma(text) == value
