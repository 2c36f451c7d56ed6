"""Session 22's constructions (GUIDELINES C22-1..), each written anew from how statistics offices, justice
agencies, central banks, tax authorities and health services state their figures: stocks counted at a year's end
(``at yearend 2023``), change columns of tables, amounts that say how much a comparison moved, lists of figures
that share one counted noun, and headings whose brackets say what a list states."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize(
    "text,level,period,change,baseline",
    [
        ("The county jail population stood at 48,310 inmates at yearend 2022, up 3.1% from yearend 2021.",
         "48,310", "at yearend 2022", "3.1%", "yearend 2021"),
        ("At year-end 2024, the fund held 2,914 properties, a 6% decrease from year-end 2023.",
         "2,914", "At year-end 2024", "6%", "year-end 2023"),
    ],
)
def test_a_stock_counted_at_a_years_end_is_dated_and_compared_by_it(extract_both, text, level, period, change,
                                                                     baseline):
    rel = relations(extract_both(text))
    assert (level, "PERIOD", period) in rel, sorted(rel)
    assert (change, "BASELINE", baseline) in rel, sorted(rel)
