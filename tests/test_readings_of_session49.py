"""Readings found in releases of genres no probe held when they were written (fiscal monitors, electric-car outlooks,
population reports, health indicators, transport fatalities, pay gaps, food price outlooks, emissions gaps). Each case
is a sentence of our own in the style of such releases and runs on the rules alone and on the model we ship
(``extract_both``).
"""

import pytest

from conftest import by_text, relations


def _links(doc, figure, label):
    return {c for h, lab, c in relations(doc) if h == figure and lab == label}


@pytest.mark.parametrize(
    "text,bracketed,later",
    [
        ("Output is projected to grow 2.4% in 2025 (+0.2 percentage point from the July forecast) and 2.1% in 2026.",
         "+0.2 percentage point", "2.1%"),
        ("Inflation is seen at 3.1% this year (down from 3.4% in the spring projections) and at 2.6% next year.",
         "3.4%", "2.6%"),
    ],
)
def test_a_comparison_in_a_closed_bracket_stays_in_it(extract_both, text, bracketed, later):
    doc = extract_both(text)
    assert _links(doc, later, "BASELINE") == set()
