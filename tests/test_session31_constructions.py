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
