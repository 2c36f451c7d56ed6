"""Session 31's constructions (GUIDELINES C31-1..), each written anew from how statistics offices, border
agencies and tourism ministries lay out their releases."""

import pytest

from conftest import by_text, check, relations


@pytest.mark.parametrize("segment", ["changes in rates in percentage points", "change in rates in pp",
                                     "differences of the rates in percentage points"])
def test_a_gloss_naming_the_rates_changes_leaves_the_count_rows_in_thousands(extract_both, segment):
    text = ("Table 3: Principal labour force indicators, Philippines\n"
            f"(thousand persons; rates in per cent, {segment})\n"
            "Indicator                      Aug 2025    Sep 2025    m-o-m change\n"
            "Labour force                   51,104.2    51,388.0        +283.8\n"
            "Unemployed                      2,045.9     1,962.3         -83.6\n"
            "Unemployment rate                   4.0         3.8          -0.2\n")
    figures = by_text(extract_both(text))
    for level, value in (("51,104.2", 51104200), ("51,388.0", 51388000), ("1,962.3", 1962300)):
        assert figures[level]["unit"] == "person", figures[level]
        assert figures[level]["value"] == pytest.approx(value), figures[level]
    for change, value in (("+283.8", 283800), ("-83.6", 83600)):
        assert figures[change]["unit"] == "person", figures[change]
        assert figures[change]["value"] == pytest.approx(value), figures[change]
        assert figures[change]["metric"] == "CHANGE", figures[change]
    for rate in ("4.0", "3.8"):
        assert figures[rate]["unit"] == "percent", figures[rate]
        assert figures[rate]["metric"] == "SHARE", figures[rate]
    assert figures["-0.2"]["unit"] == "percentage point", figures["-0.2"]
    assert figures["-0.2"]["metric"] == "CHANGE", figures["-0.2"]


@pytest.mark.parametrize("sentence,figure,value", [
    ("The number of employed persons was 32 million 461 thousand in October, 512 thousand more than a year earlier.",
     "32 million 461 thousand", 32461000),
    ("According to the survey, the number of unemployed stood at 3 million 118 thousand persons in the third quarter.",
     "3 million 118 thousand", 3118000),
])
def test_a_number_in_two_scales_after_the_word_number_is_one_figure(extract_both, sentence, figure, value):
    figures = by_text(extract_both(sentence))
    assert figure in figures, sorted(figures)
    assert figures[figure]["value"] == pytest.approx(value), figures[figure]
    assert figures[figure]["metric"] == "COUNT", figures[figure]


@pytest.mark.parametrize("sentence", ["For further information call our press office on 020 7946 0321.",
                                      "Media enquiries: telephone number 0300 123 4567."])
def test_a_telephone_number_after_its_cue_is_still_no_figure(extract_both, sentence):
    assert not by_text(extract_both(sentence)), sentence


@pytest.mark.parametrize("sentence,change,baseline", [
    ("The central bank set the deposit rate at 3.75 percent, 25 basis points below the previous setting.",
     "25 basis points", "the previous setting"),
    ("The policy rate now stands at 5.25%, 50 basis points higher than its previous level.", "50 basis points",
     "its previous level"),
    ("Industrial output in November was 1.8% above the previous peak.", "1.8%", "the previous peak"),
])
def test_a_previous_measure_after_a_comparative_is_the_baseline(extract_both, sentence, change, baseline):
    check(relations(extract_both(sentence)), [(change, "BASELINE", baseline)])


@pytest.mark.parametrize("sentence,change,baseline", [
    ("Checkpoint volumes over the long weekend were up 5.2% from Thanksgiving 2024.", "5.2%", "Thanksgiving 2024"),
    ("Hotel check-ins rose 8.1% compared with the 2024 Golden Week.", "8.1%", "the 2024 Golden Week"),
    ("Card spending was 3.4% higher than Christmas last year.", "3.4%", "Christmas last year"),
    ("Domestic trips grew 6.0% over the Spring Festival holiday of 2024.", "6.0%", "the Spring Festival holiday of 2024"),
])
def test_a_holiday_after_a_comparison_cue_is_the_baseline(extract_both, sentence, change, baseline):
    check(relations(extract_both(sentence)), [(change, "BASELINE", baseline)])


@pytest.mark.parametrize("sentence,figure,period", [
    ("On the Sunday after Thanksgiving, security officers screened 3.08 million travelers.", "3.08 million",
     "On the Sunday after Thanksgiving"),
    ("During the Memorial Day weekend, 9.8 million passengers passed through checkpoints.", "9.8 million",
     "During the Memorial Day weekend"),
])
def test_a_holiday_with_a_time_word_is_a_period(extract_both, sentence, figure, period):
    check(relations(extract_both(sentence)), [(figure, "PERIOD", period)])


def test_a_holiday_after_over_without_a_year_is_no_baseline(extract_both):
    rel = relations(extract_both("Online sales were up 4% over Christmas, the retailers' association said."))
    assert not [r for r in rel if r[1] == "BASELINE"], sorted(rel)
