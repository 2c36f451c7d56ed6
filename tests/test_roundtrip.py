"""Hypothesis round trip: write a figure the ways releases do, read it back."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.extensions import spans_of

#: (surface after the number, FORMAT unit, takes a scale word)
UNITS_AFTER = [
    ("percent", "percent", False), ("%", "percent", False), ("per cent", "percent", False),
    ("tons", "ton", True), ("tonnes", "ton", True), ("kilometres", "kilometer", True), ("km", "kilometer", True),
    ("yuan", "yuan", True), ("euros", "euro", True), ("US dollars", "us dollar", True), ("kWh", "kilowatt hour", True),
    ("hectares", "hectare", True), ("GB", "gigabyte", False), ("mph", "mile per hour", False),
    ("cubic meters", "cubic meter", True), ("EUR", "euro", True), ("Swiss francs", "swiss franc", True),
    ("barrels", "barrel", True), ("megawatts", "megawatt", False), ("liters", "liter", True),
]
#: (prefix before the number, FORMAT unit)
PREFIXES = [("$", "us dollar"), ("£", "pound sterling"), ("€", "euro"), ("HK$", "hong kong dollar"), ("RMB", "yuan"),
            ("USD", "us dollar"), ("A$", "australian dollar"), ("RM", "malaysian ringgit"), ("₹", "indian rupee"),
            ("C$", "canadian dollar")]
SCALES = [("", 1), (" million", 1e6), (" billion", 1e9), (" thousand", 1e3), (" trillion", 1e12), ("bn", 1e9),
          ("m", 1e6)]


def grouped(integer: int, separator: str) -> str:
    digits = str(integer)
    if not separator or len(digits) <= 3:
        return digits
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join(groups)


@st.composite
def figures(draw):
    integer = draw(st.integers(min_value=1, max_value=9_999_999))
    decimals = draw(st.sampled_from(["", "5", "25", "07"]))
    separator = draw(st.sampled_from(["", ",", " "]))
    number = grouped(integer, separator) + (f".{decimals}" if decimals else "")
    value = float(f"{integer}.{decimals}" if decimals else integer)
    if draw(st.booleans()):
        prefix, unit = draw(st.sampled_from(PREFIXES))
        gap = draw(st.sampled_from(["", " "]))
        scale, factor = draw(st.sampled_from(SCALES))
        return f"{prefix}{gap}{number}{scale}", value * factor, unit
    after, unit, scalable = draw(st.sampled_from(UNITS_AFTER))
    scale, factor = draw(st.sampled_from(SCALES[:5])) if scalable else ("", 1)
    return f"{number}{scale} {after}", value * factor, unit


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(figure=figures(), frame=st.sampled_from(["The total was {}.", "Output reached {} in the period.",
                                                  "{} was recorded, officials said."]))
def test_a_written_figure_reads_back(nlp, figure, frame):
    surface, value, unit = figure
    text = frame.format(surface)
    _, doc = next(pipeline.process(nlp, [{"id": "h", "text": text, "meta": {}}]))
    found = [(s.text, s._.value, s._.unit) for s in spans_of(doc, "QUANTITY")]
    assert len(found) == 1, (text, found)
    read_surface, read_value, read_unit = found[0]
    assert read_surface == surface, (text, found)
    assert read_value == pytest.approx(value, rel=1e-6), (text, found)
    assert read_unit == unit, (text, found)
