"""Session 28's constructions (GUIDELINES C28-1..), each written anew from how police, migration, housing and
short-term statistics releases rank places by a count, name a compared value by its own month or year, and report
an earlier step of a series after the latest figure."""

import pytest

from conftest import by_text, relations


@pytest.mark.parametrize("verb,rank", [
    ("recorded", "the largest numbers of"),
    ("reported", "the highest numbers of"),
    ("continued to record", "the most"),
])
def test_places_listed_before_a_ranked_count_count_what_it_ranks(extract_both, verb, rank):
    text = (f"In the third quarter, Sheffield (1 204), Bradford (1 187) and Wakefield (962) {verb} {rank} vehicle "
            "thefts among the county's districts.")
    figures = by_text(extract_both(text))
    for figure in ("1 204", "1 187", "962"):
        assert figures[figure]["unit"] == "theft", figures[figure]


@pytest.mark.parametrize("subject,unit", [
    ("The largest numbers of new dwellings were started", "dwelling"),
    ("The most new dwellings were started", "dwelling"),
    ("The highest number of company registrations was recorded", "registration"),
])
def test_a_ranked_subject_names_what_the_bracketed_figures_count(extract_both, subject, unit):
    text = f"{subject} in the Gdańsk region (14.2 thousand), followed by Poznań (11.6 thousand)."
    figures = by_text(extract_both(text))
    assert figures["14.2 thousand"]["unit"] == unit, figures["14.2 thousand"]


def test_a_superlative_adjective_in_the_subject_names_no_counted_noun(extract_both):
    text = ("The most frequent kinds of reported fraud were card fraud (8 410), romance fraud (2 075) and ticket "
            "fraud (1 330).")
    figures = by_text(extract_both(text))
    assert figures["8 410"]["unit"] != "kind", figures["8 410"]


@pytest.mark.parametrize("step", ["after falling 0.3% in September", "after falling by 0.3% in September",
                                  "following a fall of 0.3% in September"])
def test_the_time_of_an_earlier_step_dates_that_step_only(extract_both, step):
    text = f"Sales volumes at furniture stores rose 0.6% {step}, the statistics office said."
    rel = relations(extract_both(text))
    assert ("0.3%", "PERIOD", "in September") in rel, sorted(rel)
    assert ("0.6%", "PERIOD", "in September") not in rel, sorted(rel)


@pytest.mark.parametrize("named,value", [
    ("0.4 percentage point above its March 2024 rate of", "3.3 percent"),
    ("up 0.4 percentage point from the February figure of", "3.3 percent"),
])
def test_a_value_named_by_a_noun_its_own_time_modifies_takes_no_period_of_the_sentence(extract_both, named, value):
    text = f"Regional inflation eased to 3.7 percent in April, {named} {value}."
    rel = relations(extract_both(text))
    assert ("3.7 percent", "PERIOD", "in April") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == value and r[1] == "PERIOD"], sorted(rel)


def test_a_value_restated_in_brackets_after_a_dated_noun_takes_no_period_of_the_sentence(extract_both):
    text = ("Burglaries numbered 18 930 in 2024, a fall of 1 140 or 5.7% on the 2023 total (20 070 cases), the "
            "force said.")
    rel = relations(extract_both(text))
    assert ("18 930", "PERIOD", "in 2024") in rel, sorted(rel)
    assert ("20 070", "PERIOD", "in 2024") not in rel, sorted(rel)


def test_a_value_followed_by_its_own_time_keeps_it(extract_both):
    text = "Cargo handled stayed below the pre-pandemic peak of 48.3 million tonnes recorded in 2019."
    rel = relations(extract_both(text))
    assert ("48.3 million tonnes", "PERIOD", "in 2019") in rel, sorted(rel)


@pytest.mark.parametrize("step,time", [
    ("after a fall of 6% in the previous quarter", "in the previous quarter"),
    ("after a cumulative fall of 11% over the previous two years", "over the previous two years"),
    ("following a sharp fall of 6% in the second quarter", "in the second quarter"),
])
def test_an_earlier_step_after_a_level_modifies_nothing_and_keeps_its_own_time(extract_both, step, time):
    text = f"Cruise passenger arrivals reached 412,000 in the third quarter, {step}."
    rel = relations(extract_both(text))
    change = next(r[0] for r in rel if r[1] == "PERIOD" and r[2] == time)
    assert not [r for r in rel if r[0] == change and r[1] == "MODIFIES"], sorted(rel)
    assert ("412,000", "PERIOD", "in the third quarter") in rel, sorted(rel)
    assert [r for r in rel if r[0] == change and r[1] == "CATEGORY" and "arrivals" in r[2]], sorted(rel)


@pytest.mark.parametrize("span", ["month", "quarter"])
def test_the_span_before_dates_an_earlier_step_and_compares_no_later_change(extract_both, span):
    text = (f"Output in the energy sector grew by 1.2% compared with the previous {span}, after a decline of 0.5% "
            f"the {span} before, while output in mining climbed by 2.4%.")
    rel = relations(extract_both(text))
    assert ("0.5%", "PERIOD", f"the {span} before") in rel, sorted(rel)
    assert ("2.4%", "BASELINE", f"the {span} before") not in rel, sorted(rel)
    assert ("1.2%", "BASELINE", f"the previous {span}") in rel, sorted(rel)


@pytest.mark.parametrize("subject,first,second", [
    ("Government consumption and exports of goods and services", "Government consumption",
     "exports of goods and services"),
    ("Exports and imports of goods and services", "Exports", "imports of goods and services"),
])
def test_an_and_inside_a_complement_does_not_split_a_respectively_list(extract_both, subject, first, second):
    text = f"{subject} rose 0.4 percent and 2.1 percent respectively in the June quarter."
    rel = relations(extract_both(text))
    assert ("0.4 percent", "CATEGORY", first) in rel, sorted(rel)
    assert ("2.1 percent", "CATEGORY", second) in rel, sorted(rel)


def test_a_three_item_list_whose_first_item_holds_an_and_keeps_it_whole(extract_both):
    text = ("Spending on fuel and power, debt interest and capital grants grew by £0.9 billion, £2.6 billion and "
            "£0.4 billion respectively.")
    rel = relations(extract_both(text))
    assert ("£0.9 billion", "CATEGORY", "Spending on fuel and power") in rel, sorted(rel)
    assert ("£2.6 billion", "CATEGORY", "debt interest") in rel, sorted(rel)


@pytest.mark.parametrize("clause,rate", [
    ("bringing the crude marriage rate up to 4.6", "crude marriage rate"),
    ("taking the claimant rate down to 3.9", "claimant rate"),
])
def test_a_level_reached_by_a_moving_verb_and_particle_belongs_to_its_object(extract_both, clause, rate):
    text = f"Registrations rose by 1,240 to 22,310 in the quarter, {clause}."
    rel = relations(extract_both(text))
    figure = clause.split()[-1]
    assert [r for r in rel if r[0] == figure and r[1] == "CATEGORY" and rate in r[2]], sorted(rel)
    assert not [r for r in rel if r[0] == figure and r[1] == "MODIFIES"], sorted(rel)


@pytest.mark.parametrize("verb", ["doubled", "tripled", "halved"])
def test_a_multiple_written_as_a_verb_with_an_object_multiplies_that_object(extract_both, verb):
    text = f"Since 2021 the council has {verb} the number of school crossing patrols on main roads."
    rel = relations(extract_both(text))
    assert [r for r in rel if r[0] == verb and r[1] == "CATEGORY" and "school crossing patrols" in r[2]], sorted(rel)
    assert not [r for r in rel if r[0] == verb and r[1] == "CATEGORY" and "council" in r[2]], sorted(rel)


def test_a_share_with_its_own_subject_after_of_which_is_that_subjects(extract_both):
    text = "Municipal spending reached 64.8 billion euros in 2024, of which social care accounted for 27.5 percent."
    rel = relations(extract_both(text))
    assert ("27.5 percent", "CATEGORY", "social care") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "27.5 percent" and r[1] == "MODIFIES"], sorted(rel)


@pytest.mark.parametrize("predicate", ["were destroyed", "were refused for reasons of incomplete paperwork"])
def test_a_part_named_by_what_happened_to_it_takes_no_category(extract_both, predicate):
    text = f"Customs officers seized 5,140 counterfeit watches, of which 3,275 {predicate}."
    rel = relations(extract_both(text))
    assert ("3,275", "PART_OF", "5,140") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "3,275" and r[1] == "CATEGORY"], sorted(rel)


def test_a_part_placed_by_its_participle_takes_the_place(extract_both):
    text = "Inspectors intercepted 2.4 million cigarettes, of which about 1.7 million were found in parcel post."
    rel = relations(extract_both(text))
    assert ("1.7 million", "CATEGORY", "parcel post") in rel, sorted(rel)


@pytest.mark.parametrize("text,share", [
    ("House prices rose in 11 of the regions, with the largest increase, 6.2 percent, in Cornwall.", "6.2 percent"),
    ("Derby (19), Leicester (17) and Nottingham (15) recorded the most deaths, and these three districts together "
     "accounted for 24% of all road deaths.", "24%"),
    ("Within the 12 coastal districts, 61% of the new homes were flats.", "61%"),
])
def test_a_count_of_the_places_a_clause_is_about_is_modified_by_no_later_figure(extract_both, text, share):
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[0] == share and r[1] == "MODIFIES"], sorted(rel)


@pytest.mark.parametrize("text,share,whole", [
    ("Among the 318 cases, 88% were unvaccinated.", "88%", "318"),
    ("Of these 41,500 students, 62% were women.", "62%", "41,500"),
    ("In 2024 the arrivals came in 712 boats, 14% more than the 624 boats detected in 2023.", "14%", "712"),
])
def test_a_whole_opening_the_sentence_or_a_count_restated_at_once_is_still_modified(extract_both, text, share, whole):
    rel = relations(extract_both(text))
    assert (share, "MODIFIES", whole) in rel, sorted(rel)


@pytest.mark.parametrize("label", ["September 2023", "2023"])
def test_a_bare_earlier_value_under_a_time_label_in_brackets_restates_the_figure_before(extract_both, label):
    text = (f"Births fell to 19,210, and the crude birth rate dropped to 4.4 per 1,000 population ({label}: 4.9), "
            "the statistics office said.")
    doc = extract_both(text)
    figures = by_text(doc)
    assert figures["4.9"]["unit"] == figures["4.4 per 1,000 population"]["unit"], figures["4.9"]
    assert figures["4.9"]["metric"] == "SHARE", figures["4.9"]
    rel = relations(doc)
    assert [r for r in rel if r[0] == "4.9" and r[1] == "CATEGORY" and "birth rate" in r[2]], sorted(rel)


@pytest.mark.parametrize("text,figure,subject", [
    ("By type of permit, skilled work was the largest category at 412,300, ahead of family permits.", "412,300",
     "skilled work"),
    ("Ford (1,214) was the best-selling make of new van in the month.", "1,214", "Ford"),
])
def test_a_superlative_predicate_ranks_the_subject_it_does_not_name_the_category(extract_both, text, figure, subject):
    rel = relations(extract_both(text))
    found = [r[2] for r in rel if r[0] == figure and r[1] == "CATEGORY"]
    assert found and subject in found[0], sorted(rel)


@pytest.mark.parametrize("span", ["quarter", "month", "week"])
def test_a_span_ended_in_a_month_is_one_period(extract_both, span):
    text = f"The seasonally adjusted index rose 0.6% in the {span} ended in March, after a 0.2% fall in the {span} ended in February."
    rel = relations(extract_both(text))
    assert ("0.6%", "PERIOD", f"in the {span} ended in March") in rel, sorted(rel)
    assert ("0.2%", "PERIOD", f"in the {span} ended in February") in rel, sorted(rel)
    assert not [r for r in rel if r[1] == "CATEGORY" and r[2] in (f"the {span}", span)], sorted(rel)


TABLE_BODY = """

Community              2024         2023
Galicia            1,204,300    1,187,900
Asturias             611,800      598,200"""


@pytest.mark.parametrize("title", [
    "Table 4 – Hotel overnight stays by autonomous community",
    "Table 4: Hotel overnight stays by autonomous community",
    "Hotel overnight stays by autonomous community\n(number)",
])
def test_a_table_title_names_what_the_cells_count_whatever_its_number_or_gloss(extract_both, title):
    figures = by_text(extract_both(title + TABLE_BODY))
    assert figures["1,204,300"]["unit"] == "stay", figures["1,204,300"]


def test_a_column_header_that_names_a_count_overrides_a_title_that_names_the_rows(extract_both):
    text = """Leading source markets, November 2024
                   Guest arrivals   Change on November 2023
France                   212,400              +5%
Italy                    187,300              +3%"""
    figures = by_text(extract_both(text))
    assert figures["212,400"]["unit"] == "arrival", figures["212,400"]


def test_a_row_label_names_its_head_before_its_complement_and_its_unit_of_measure(extract_both):
    text = """Port statistics, October 2024
| Measure | October 2024 | October 2023 |
| Calls by cruise ships | 42 | 37 |
| Freight handled (tonnes) | 1,830,400 | 1,779,100 |"""
    figures = by_text(extract_both(text))
    assert figures["42"]["unit"] == "call", figures["42"]
    assert (figures["1,830,400"]["unit"], figures["1,830,400"]["metric"]) == ("ton", "AMOUNT"), figures["1,830,400"]


@pytest.mark.parametrize("verb", ["flew", "drove", "ran"])
def test_an_irregular_past_verb_after_the_counted_noun_ends_it(extract_both, verb):
    text = f"In 2024, 4.7 million passengers {verb} on the network, 5% more than in 2023 (4.5 million)."
    figures = by_text(extract_both(text))
    assert figures["4.7 million"]["unit"] == "passenger", figures["4.7 million"]
    assert figures["4.5 million"]["unit"] == "passenger", figures["4.5 million"]


@pytest.mark.parametrize("clause,noun", [
    ("Men accounted for 77% of drowning deaths (94)", "death"),
    ("Houses made up 58% of all new dwellings (7,420)", "dwelling"),
])
def test_a_count_in_brackets_after_a_share_of_a_whole_counts_that_whole(extract_both, clause, noun):
    text = f"{clause} in the year, the report said."
    doc = extract_both(text)
    figure = clause.rsplit("(", 1)[1].rstrip(")")
    assert by_text(doc)[figure]["unit"] == noun, by_text(doc)[figure]


@pytest.mark.parametrize("title,unit", [
    ("Drowning deaths per million inhabitants, selected countries", "death per million inhabitants"),
    ("Table 5: Drownings by country (deaths per million inhabitants)", "death per million inhabitants"),
])
def test_a_rate_named_by_a_table_title_is_the_unit_of_its_cells(extract_both, title, unit):
    text = f"""{title}
Country          2019     2024     % change on 2019
Finland            12       10        -16.7
Estonia            21       17        -19.0"""
    doc = extract_both(text)
    figures = by_text(doc)
    assert (figures["10"]["unit"], figures["10"]["metric"]) == (unit, "SHARE"), figures["10"]
    rel = relations(doc)
    assert ("-16.7", "MODIFIES", "10") in rel, sorted(rel)
    assert not [r for r in rel if r[0] == "10" and r[1] == "MODIFIES"], sorted(rel)


def test_a_change_of_a_rate_per_population_modifies_the_rate(extract_both):
    text = "The crude marriage rate fell to 3.9 per 1,000 population in 2024, down 4.9% on 2023."
    rel = relations(extract_both(text))
    assert ("4.9%", "MODIFIES", "3.9 per 1,000 population") in rel, sorted(rel)


def test_a_title_above_a_header_of_periods_declares_the_cells_unit(extract_both):
    text = """Table 2: Core inflation, projection of December 2024 (change on the same quarter of the previous year, %)
Year     Q1     Q2     Q3     Q4
2025     2.1    1.9    1.8    1.7
2026     1.6    1.6    1.5    1.5"""
    figures = by_text(extract_both(text))
    assert (figures["2.1"]["unit"], figures["2.1"]["metric"]) == ("percent", "CHANGE"), figures["2.1"]


def test_a_heading_of_periods_above_prose_declares_nothing(extract_both):
    text = """Births fell by 6.2% in the quarter.

October 2024
- 7,905 children were born, 6.1% or 511 fewer than in October 2023."""
    figures = by_text(extract_both(text))
    assert figures["7,905"]["metric"] == "COUNT", figures["7,905"]


@pytest.mark.parametrize("label_header,value,unit", [
    ("Receipts (EUR million)", 4_812_000_000, "euro"),
    ("Receipts (€ million)", 4_812_000_000, "euro"),
    ("Receipts (thousands)", 4_812_000, None),
])
def test_the_label_columns_header_declares_the_unit_and_scale_of_every_column(extract_both, label_header, value, unit):
    text = f"""Table 3: Customs receipts by type
{label_header:<28}Q3 2024     Q3 2023
Import duties                 4,812       4,530
Excise                        2,115       2,240"""
    figure = by_text(extract_both(text))["4,812"]
    assert figure["value"] == pytest.approx(value), figure
    if unit:
        assert figure["unit"] == unit, figure


def test_a_scale_in_a_period_header_scales_its_column(extract_both):
    text = """Table 3: Customs receipts by type
Type                  Q3 2024 (mn)    Q3 2023 (mn)
Import duties                4,812           4,530"""
    assert by_text(extract_both(text))["4,812"]["value"] == pytest.approx(4_812_000_000)


@pytest.mark.parametrize("gloss", ["(R$ million)", "(in R$ million)", "(R$ millions, current prices)",
                                   "(millions of reais)"])
def test_a_row_labels_gloss_declares_the_unit_and_scale_of_its_cells(extract_both, gloss):
    text = f"""Table 1: Federal revenue, October 2024
| Item | October 2024 | October 2023 |
| Total revenue {gloss} | 247,920 | 215,700 |"""
    figure = by_text(extract_both(text))["247,920"]
    assert (figure["value"], figure["unit"]) == (pytest.approx(247_920_000_000), "brazilian real"), figure
