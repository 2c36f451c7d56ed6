"""Session 40's constructions (GUIDELINES C40-1..), each written anew from how housing starts, occupational
fatalities, energy retail indicators and payment statistics releases state their figures."""

import pytest

from conftest import by_text, check, relations


@pytest.mark.parametrize("times", ["in the second and third quarters", "in August and September"])
def test_periods_distributed_by_respectively_leave_the_subject_as_category(extract_both, times):
    doc = extract_both(f"Card payments grew 6.2% and 5.8% {times} respectively.")
    rel = relations(doc)
    check(rel, [("6.2%", "CATEGORY", "Card payments"), ("5.8%", "CATEGORY", "Card payments")])


def test_a_threshold_inside_the_subject_keeps_the_subject_as_category(extract_both):
    doc = extract_both("Completions in urban areas with populations of 50,000 or more were 14,880 units in the "
                       "quarter, 6% more than a year earlier.")
    cats = {child for head, label, child in relations(doc) if head == "14,880" and label == "CATEGORY"}
    assert cats and all("Completions" in c for c in cats), cats


@pytest.mark.parametrize("verb,noun", [("posting", "declines"), ("recording", "increases"), ("reporting", "falls")])
def test_subjects_of_a_with_participle_clause_take_the_respective_changes(extract_both, verb, noun):
    doc = extract_both(f"Fatal falls totalled 885 in 2023, with construction and manufacturing {verb} {noun} of "
                       f"9% and 4% respectively.")
    rel = relations(doc)
    check(rel, [("9%", "CATEGORY", "construction"), ("4%", "CATEGORY", "manufacturing")],
          absent=[("9%", "MODIFIES", "885"), ("4%", "MODIFIES", "885")])


@pytest.mark.parametrize("series", ["The three-month rolling average", "The 12-month moving average"])
def test_a_named_average_series_is_the_category_of_its_level(extract_both, series):
    doc = extract_both(f"{series} of new registrations rose 1.4% to 152,300 units.")
    cats = {child for head, label, child in relations(doc) if head == "152,300" and label == "CATEGORY"}
    assert cats and all("average" in c for c in cats), cats


@pytest.mark.parametrize("gloss,scale", [("(thousands)", 1_000), ("(million transactions unless stated)", 1_000_000)])
def test_a_pipe_table_title_gloss_scales_the_cells_below_its_rule_line(extract_both, gloss, scale):
    text = (f"Table 3: Instant payments, euro area {gloss}\n\n| Item | 2023 | 2024 |\n|:---|---:|---:|\n"
            "| Instant credit transfers | 412 | 655 |\n| Share of all transfers (%) | 14.1 | 19.8 |\n"
            "| Cash withdrawals at ATMs | 2,904 | 2,761 |\n")
    cells = by_text(extract_both(text))
    assert cells["655"]["value"] == 655 * scale, cells["655"]
    assert cells["19.8"]["unit"] == "percent", cells["19.8"]
    # the row after a row glossed (%) is read in the table's own unit, not in percent
    assert cells["2,761"]["value"] == 2_761 * scale and cells["2,761"]["unit"] != "percent", cells["2,761"]
