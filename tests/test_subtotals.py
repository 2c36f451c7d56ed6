"""Sub-totals without ``of which``: parts listed before ``bringing the total to`` or after ``made up of``,
and lists of parts that go on after a cue."""

import pytest

from conftest import check, relations


@pytest.mark.parametrize(
    "text,parts,total",
    [
        ("Sales of jewellery amounted to HK$4.4 billion, those of clothing HK$3.1 billion and those of all other "
         "goods HK$23.6 billion, making a total of HK$31.1 billion for the month.",
         ["HK$4.4 billion", "HK$3.1 billion", "HK$23.6 billion"], "HK$31.1 billion"),
        ("The agency installed 42 extra e-Channels at the boundary, bringing the total to 326.", ["42"], "326"),
        ("Total exports were £215.4 billion, made up of goods exports of £98.1 billion and services exports of "
         "£117.3 billion, while total imports were £220.7 billion.", ["£98.1 billion", "£117.3 billion"],
         "£215.4 billion"),
        ("There were 26,531 returns in the year, of which 9,229 were enforced returns and 17,302 voluntary returns.",
         ["9,229", "17,302"], "26,531"),
        ("Residents returning from abroad numbered 845,270 in May, of which 172,480 came back from Indonesia, "
         "98,100 from New Zealand and 62,530 from Japan.", ["172,480", "98,100", "62,530"], "845,270"),
        # ``N of these`` refers back to the figure of the previous sentence (the rules; the trained
        # re-ranker does not yet propose PART_OF across sentences)
        ("Skilled worker visas granted rose to 337,000 in 2023. Care workers made up 101,000 of these.",
         ["101,000"], "337,000"),
    ],
)
def test_parts_are_part_of_their_total(extract_one, text, parts, total):
    rel = relations(extract_one(text))
    for part in parts:
        assert (part, "PART_OF", total) in rel, (part, sorted(rel))


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Trips abroad numbered 845,270, of which 172,480 came back from Indonesia, and the median duration of these "
         "trips was 12 days.", "12 days"),
        ("Total exports were £215.4 billion, made up of goods exports of £98.1 billion and services exports of "
         "£117.3 billion, while total imports were £220.7 billion.", "£220.7 billion"),
        ("Of the 326 people charged, 41 were aged 18 to 24 and 198 were aged 25 to 44.", "25 to 44"),
    ],
)
def test_a_new_clause_or_an_age_is_not_a_part(extract_one, text, figure):
    assert not any(h == figure and label == "PART_OF" for h, label, _ in relations(extract_one(text)))


@pytest.mark.parametrize(
    "text,parts,total",
    [
        # parts before ``giving total ... of``
        ("Imports of fuels were worth €41.2 billion and those of chemicals €33.9 billion, giving total imports "
         "of €75.1 billion for the quarter.", ["€41.2 billion", "€33.9 billion"], "€75.1 billion"),
        # a sentence opening on ``Of the <whole named before>,`` lists parts of that whole, not of each other
        ("Average household spending was 28,410 yuan in 2024. Of the total household spending, food took 8,930 "
         "yuan, up 5.1%; housing 6,120 yuan, up 3.0%; transport 3,870 yuan, up 8.2%.",
         ["8,930 yuan", "6,120 yuan", "3,870 yuan"], "28,410 yuan"),
        # ``N of the total``: a part of the total stated before
        ("Customs officers seized goods worth €96.4 million in the first half. Tobacco accounted for €31.7 "
         "million of the total.", ["€31.7 million"], "€96.4 million"),
        # a sentence that opens on ``Of the N``: every later count of its kind is a part of N, not of the
        # part stated first
        ("Of the 2.04 million passengers, 1.21 million travelled on domestic routes, and European and long-haul "
         "routes carried 612,000 and 218,000 respectively.", ["1.21 million", "612,000", "218,000"],
         "2.04 million"),
    ],
)
def test_parts_around_a_total_without_of_which(extract_both, text, parts, total):
    rel = relations(extract_both(text))
    for part in parts:
        assert (part, "PART_OF", total) in rel, (part, sorted(rel))


@pytest.mark.parametrize(
    "text,figure,metric",
    [
        ("Care workers made up 101,000 of these.", "101,000", "COUNT"),
        ("First attendances accounted for 38.2 million.", "38.2 million", "COUNT"),
        ("Food accounted for 15.1 of the index points.", "15.1", "SHARE"),
        ("Exports to the EU accounted for 14.6% of the total.", "14.6%", "SHARE"),
    ],
)
def test_a_count_after_a_share_verb_stays_a_count(extract_both, text, figure, metric):
    found = [s for s in extract_both(text)["spans"] if s["label"] == "QUANTITY" and text[s["start"]:s["end"]] == figure]
    assert found and found[0]["metric"] == metric


@pytest.mark.parametrize(
    "text,parts,total",
    [
        # counts of different nouns joined into a total of a third noun
        ("There were 18,300 long-term arrivals and 11,900 long-term departures in March, a total of 30,200 "
         "long-term movements.", ["18,300", "11,900"], "30,200"),
        ("Employment in the public sector was 412,000 and in the private sector 1,604,000, bringing total "
         "employment to 2,016,000.", ["412,000", "1,604,000"], "2,016,000"),
    ],
)
def test_parts_joined_into_a_total_of_another_noun(extract_both, text, parts, total):
    rel = relations(extract_both(text))
    for part in parts:
        assert (part, "PART_OF", total) in rel, (part, sorted(rel))
    assert (total, "PART_OF", total) not in rel


def test_together_totals_counts_of_other_nouns(extract_one, shipped_nlp):
    """The rules link both parts; the shipped re-ranker keeps at least the one nearest the total."""
    import pipeline

    text = "Registered jobseekers included 96,400 women and 104,100 men, together 200,500 people."
    rules = relations(extract_one(text))
    assert {("96,400", "PART_OF", "200,500"), ("104,100", "PART_OF", "200,500")} <= rules, sorted(rules)
    shipped = relations(next(pipeline.extract([{"id": "t", "text": text}], nlp=shipped_nlp)))
    assert ("104,100", "PART_OF", "200,500") in shipped, sorted(shipped)
    assert ("200,500", "PART_OF", "200,500") not in shipped | rules


@pytest.mark.parametrize(
    "text,figure",
    [
        # ``together with`` adds, it does not total
        ("Officers seized 2,140 kilograms of cocaine in June, together with 380 kilograms of heroin.", "380 kilograms"),
        # a count of another noun beside a part of the total's own noun is not a part
        ("The agency will deploy about 250 additional officers at the crossings, where 36 new kiosks have been "
         "installed, bringing the total to 410.", "250"),
    ],
)
def test_no_part_without_a_total_of_its_kind(extract_both, text, figure):
    rel = relations(extract_both(text))
    assert not [r for r in rel if r[0] == figure and r[1] == "PART_OF"], sorted(rel)


@pytest.mark.parametrize(
    "text,parts,total",
    [
        # the bracketed items after ``with <change noun> in`` break down the figure the clause stated
        ("Construction added 41,000 jobs in March, with gains in specialty trade contractors (+24,000) and "
         "heavy and civil engineering (+11,000).", ["+24,000", "+11,000"], "41,000"),
        ("Imports of services increased $2.3 billion to $71.9 billion in May, with increases in travel "
         "(+$1.1 billion) and transport (+$0.8 billion).", ["+$1.1 billion", "+$0.8 billion"], "$2.3 billion"),
    ],
)
def test_bracketed_items_of_a_breakdown_are_parts(extract_one, text, parts, total):
    rel = relations(extract_one(text))
    for part in parts:
        assert (part, "PART_OF", total) in rel, (part, sorted(rel))


@pytest.mark.parametrize(
    "text,parts,total",
    [
        # the total the previous sentence opens with, not its daily average
        ("Passenger trips during the holiday totalled 29.6 million, a daily average of 4.2 million. Among them, "
         "rail trips were 9.1 million and road trips 18.7 million.", ["9.1 million", "18.7 million"], "29.6 million"),
        # not the earlier peak the previous sentence compares with
        ("Enrolment was 6.2 million students in autumn 2023, below its 2019 peak of 7.4 million. Of these "
         "students, 3.9 million attended full time.", ["3.9 million"], "6.2 million"),
    ],
)
def test_the_whole_of_a_part_is_no_smaller_than_the_part(extract_both, text, parts, total):
    # FORMAT §4 PART_OF: ``among them``, ``of these`` point back to the figure the parts divide
    rel = relations(extract_both(text))
    for part in parts:
        assert (part, "PART_OF", total) in rel, [r for r in rel if r[0] == part]


def test_counts_in_brackets_after_a_count_are_its_parts(extract_both):
    found = relations(extract_both("Of the new infections, 31 were imported cases (12 cases in Hainan, 11 cases in "
                                   "Yunnan, 8 cases in Guangxi), the commission said."))
    assert {("12", "PART_OF", "31"), ("11", "PART_OF", "31"), ("8", "PART_OF", "31")} <= found
    assert ("8", "CATEGORY", "cases in Guangxi") in found  # the closing bracket is no part of the category


def test_a_share_of_its_own_group_refers_to_no_earlier_sentence(extract_both):
    found = relations(extract_both("Burglaries fell to 212,000. Around 1 in 4 (26%) households reported at least "
                                   "one incident."))
    assert not [r for r in found if r[1] == "MODIFIES" and r[2] == "212,000" and r[0] in ("1 in 4", "26%")]
    # an anaphor still refers back
    assert ("Half", "MODIFIES", "3,480") in relations(extract_both("Cases numbered 3,480. Half of them were children."))


def test_parts_after_an_opening_that_refers_back_to_a_group(extract_both):
    text = ("Migrant departures fell to 204,000 in 2023-24. Of those leaving, 88,000 were Australian citizens, "
            "25,000 permanent visa holders and 91,000 temporary visa holders.")
    rel = relations(extract_both(text))
    for part in ("88,000", "25,000", "91,000"):
        assert (part, "PART_OF", "204,000") in rel, sorted(rel)


def test_a_partitive_opening_a_clause_after_a_semicolon_cues_its_parts(extract_both):
    # GUIDELINES C10-14: ``...; of these, ...`` opens the clause as ``Among them, ...`` opens a sentence
    text = ("Immigration officers handled 12.6 million crossings during the holiday, up 5.1% on a year earlier; of "
            "these, visitors made 3.4 million crossings and residents accounted for 9.2 million.")
    rels = relations(extract_both(text))
    assert ("3.4 million", "PART_OF", "12.6 million") in rels and ("9.2 million", "PART_OF", "12.6 million") in rels


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # the whole of ``of those`` is the sentence's count, not the value a change started from
        ("Officers arrested 487 immigration offenders in 2023, an increase of 32% from 369 in 2022; of those arrested, "
         "301 were overstayers and 186 were illegal immigrants.",
         [("301", "PART_OF", "487"), ("186", "PART_OF", "487")], [("301", "PART_OF", "369")]),
        # ``of which A and B ... respectively``: each part of its own whole
        ("Some 36,200 applications for citizenship and 71,450 for permanent residence were processed, of which 23,100 "
         "and 34,491 were approved respectively.",
         [("23,100", "PART_OF", "36,200"), ("34,491", "PART_OF", "71,450")], [("23,100", "PART_OF", "71,450")]),
        # a bound ``more than`` is no earlier value
        ("Police solved 437,000 fraud cases, up 51.3% year-on-year; more than 79,000 suspects were arrested, of which "
         "263 were organizers.", [("263", "PART_OF", "79,000")], []),
    ],
)
def test_wholes_of_respective_and_fronted_parts(extract_both, text, expected, absent):
    check(relations(extract_both(text)), expected, absent)
