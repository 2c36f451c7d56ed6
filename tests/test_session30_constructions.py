"""Session 30's constructions (GUIDELINES C30-1..), each written anew from how police, border and customs
releases lay out their tables: a level in each cell with its change in brackets under a title that names only
the change."""

import pytest

from conftest import by_text, check, relations


@pytest.mark.parametrize("gloss", ["(change on 2022 in %)", "(percentage change on 2022)", "(% change from 2022)"])
def test_a_title_naming_only_the_change_names_the_signed_brackets_of_level_cells(extract_both, gloss):
    text = (f"Recorded thefts and arrests by district, 2023 {gloss}\n"
            "District            Recorded thefts       Arrests\n"
            "Harbour                 14,382 (-6.3)         528 (+11.4)\n"
            "Old Town                 9,016 (+1.8)         301 (-2.2)\n")
    doc = extract_both(text)
    figures = by_text(doc)
    for level, unit in (("14,382", "theft"), ("528", "arrest"), ("9,016", "theft"), ("301", "arrest")):
        assert figures[level]["unit"] == unit, figures[level]
        assert figures[level]["metric"] == "COUNT", figures[level]
    for change in ("-6.3", "+11.4", "+1.8", "-2.2"):
        assert figures[change]["unit"] == "percent", figures[change]
        assert figures[change]["metric"] == "CHANGE", figures[change]
    rel = relations(doc)
    check(rel, [("-6.3", "MODIFIES", "14,382"), ("+11.4", "MODIFIES", "528"), ("-6.3", "BASELINE", "2022"),
                ("14,382", "CATEGORY", "Harbour")],
          absent=[("14,382", "BASELINE", "2022"), ("528", "BASELINE", "2022")])
