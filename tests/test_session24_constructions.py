"""Session 24's constructions (GUIDELINES C24-1..), each written anew from how statistics offices, police
services, health agencies and migration agencies state figures: spans between two years, tables whose title
declares a rate, rows labelled by an age group, comparisons that leave their unit to the figure compared."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize("span", ["between 2021 and 2022", "from 2021 to 2022", "between 2021-22 and 2022-23"])
def test_a_change_over_a_span_of_two_years_takes_the_span_as_its_period(extract_both, span):
    text = f"Recorded burglaries in the Waikato district fell by 4.8% {span}, the third fall in a row."
    rel = relations(extract_both(text))
    assert ("4.8%", "PERIOD", span) in rel, sorted(rel)
    assert not [r for r in rel if r[1] == "BASELINE"], sorted(rel)


def test_a_year_the_change_started_from_stays_its_baseline_before_the_figure_reached(extract_both):
    text = "Recorded burglaries rose by 6.1% from 2021 to 14,320 in 2022, police figures showed."
    rel = relations(extract_both(text))
    assert ("6.1%", "BASELINE", "2021") in rel, sorted(rel)
    assert ("14,320", "PERIOD", "in 2022") in rel, sorted(rel)
