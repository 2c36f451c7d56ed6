"""The quantities component after the speed work (issue 12): exclusion patterns run over the
document's lexemes instead of spaCy's ``Matcher`` must block exactly the tokens the ``Matcher`` blocks,
and the figures of the genre must read as before."""

import random

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc

from conftest import quantities
from pipeline.components.quantities import Exclusions, TokenPatterns

#: sentences of statistical press releases, with the names, dates, scores and identifiers the
#: exclusion patterns are about
SENTENCES = [
    "Retail sales of consumer goods reached RMB 2.58 trillion in the first two months, up 5.5% year-on-year.",
    "Total nonfarm payroll employment was revised down (-296,000) for the three months to June 2023.",
    "The consumer price index rose 0.3 percent over the month and 3.6 percent over the year.",
    "More than 21,000 people called the 12367 hotline between March 3 and March 9, 2024.",
    "COVID-19 cases fell to 1,204 in the week to 14 May, the lowest since the Omicron wave.",
    "The S&P 500 rose 1.2% on Friday while the FTSE 100 slipped 0.4 per cent.",
    "He flew on a Boeing 737 and an Airbus A-320 before the Long March 5 launch.",
    "They met in Game 7 of the final; the home side won 3-1 and later beat the visitors 2 - 0.",
    "The office at 10 Downing Street said John Smith, 45, and Mr. Jones, 52, were appointed.",
    "The fair runs Sept. 3-5 and 12 to 14 October; doors open at 9 a.m. and close at 6 p.m. local time.",
    "Mary Brown (34) won the award; the vote was a 5-4 decision on Resolution 2758.",
    "Call 1-800-555-0100 or dial 110 for the police; Route 66 and Interstate 95 were closed.",
    "Fortune 500 companies employed 31.2 million people, according to the Euro Stoxx 50 report.",
    "In Phase 3 of the trial, 43,548 people aged 16 or older received two doses, Table 2 shows.",
    "The Vision 2030 plan and Agenda 2063 aim to lift GDP per capita to US$12,000 by 2030.",
    "Stage 4 of the iPhone 15 rollout reached 2 million units; Windows 11 reached 400 million devices.",
    "Exports in May rose 12 percent to $236 billion, and imports on 4 July fell 3.1%.",
    "At 8 o'clock Beijing time on May 5, 5 million tons of grain had been shipped from Gate 12.",
    "The Top 10 list, from 2,500 Main Street Plaza to 12 Ocean Drive, includes 3 New Harbour Court.",
    "Vaccination rates for people aged 12 to 17 reached 88.6 percent, Dr. Smith, 61, said.",
]


def _doc(nlp, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name in ("relstats_number_merger", "relstats_sentences"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def _matcher_covered(matcher: Matcher, doc: Doc) -> set[int]:
    return {k for _, start, end in matcher(doc) for k in range(start, end)
            if doc[k].like_num or doc[k].text[:1].isdigit()}


@pytest.mark.parametrize("text", SENTENCES)
def test_exclusions_block_what_the_matcher_blocks(nlp, text):
    from pipeline.components.quantities import DocTable

    exclusions = Exclusions(nlp)
    doc = _doc(nlp, text)
    assert exclusions.blocked(doc) == exclusions.blocked_by_matcher(doc)
    assert exclusions.blocked(doc, DocTable(doc)) == exclusions.blocked_by_matcher(doc)


def test_the_shipped_patterns_all_compile(nlp):
    assert Exclusions(nlp).patterns.fallback_keys == set()


def test_each_pattern_alone_covers_what_the_matcher_covers(nlp):
    exclusions = Exclusions(nlp)
    docs = [_doc(nlp, text) for text in SENTENCES]
    for key, pattern in zip(exclusions.labels, [p for _, p in _rules(exclusions)]):
        alone = TokenPatterns(nlp.vocab, [(key, pattern)])
        matcher = Matcher(nlp.vocab)
        matcher.add(key, [pattern])
        for doc in docs:
            assert alone.covered(doc)[0] == _matcher_covered(matcher, doc), (key, doc.text)


def _rules(exclusions: Exclusions) -> list[tuple[str, list[dict]]]:
    import json
    from importlib import resources

    path = resources.files("pipeline").joinpath("data/en/exclusions.jsonl")
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rule = json.loads(line)
            rules.append((f"{rule['label']}:{number}", [exclusions._expand(t) for t in rule["pattern"]]))
    return rules


#: operators and tests beyond the shipped patterns, checked against the Matcher on random token soup
SYNTHETIC_PATTERNS = [
    [{"LOWER": "from"}, {"IS_DIGIT": True, "OP": "+"}, {"ORTH": {"IN": ["to", "-"]}}, {"LIKE_NUM": True}],
    [{"IS_TITLE": True, "OP": "*"}, {"IS_DIGIT": True, "LENGTH": {">=": 2, "<": 5}}],
    [{"IS_DIGIT": True}, {"IS_ALPHA": True, "OP": "{2}"}, {"LOWER": "street"}],
    [{"IS_DIGIT": True}, {"IS_ALPHA": True, "OP": "{1,}"}, {"ORTH": "."}],
    [{"LOWER": "the", "OP": "{,2}"}, {"LIKE_NUM": True}, {"IS_LOWER": True, "OP": "?"}, {"LENGTH": 1}],
    [{"ORTH": "May"}, {"IS_DIGIT": True, "OP": "?"}, {"IS_PUNCT": True, "OP": "+"}, {"IS_DIGIT": True}],
    [{"IS_UPPER": True, "OP": "+"}, {"IS_SPACE": False, "OP": "?"}, {"LIKE_NUM": True, "OP": "+"}],
]
SOUP = ["the", "The", "from", "to", "-", "May", "may", "5", "12", "2024", "1,200", "3.5", "ten", "Ten", "street",
        "Street", "Main", "Old", "GDP", "CPI", "rose", "by", ".", ",", "(", ")", "%", "percent", "a", "x", "\n"]


def test_operators_cover_what_the_matcher_covers(nlp):
    rng = random.Random(2024)
    compiled = [TokenPatterns(nlp.vocab, [(f"P{k}", p)]) for k, p in enumerate(SYNTHETIC_PATTERNS)]
    matchers = []
    for k, pattern in enumerate(SYNTHETIC_PATTERNS):
        matcher = Matcher(nlp.vocab)
        matcher.add(f"P{k}", [pattern])
        matchers.append(matcher)
    assert all(not c.fallback_keys for c in compiled)
    for _ in range(400):
        words = [rng.choice(SOUP) for _ in range(rng.randrange(0, 25))]
        doc = Doc(nlp.vocab, words=words)
        for patterns, matcher in zip(compiled, matchers):
            assert patterns.covered(doc)[0] == _matcher_covered(matcher, doc), (words, patterns.compiled)


def test_unknown_pattern_keys_fall_back_to_the_matcher(nlp):
    pattern = [{"LEMMA": "rise"}, {"LIKE_NUM": True}]
    patterns = TokenPatterns(nlp.vocab, [("LEMMA:1", pattern)])
    assert patterns.fallback_keys == {"LEMMA:1"}
    doc = Doc(nlp.vocab, words=["rise", "5", "rise", "x"], lemmas=["rise", "5", "rise", "x"])
    assert patterns.covered(doc, {"LEMMA:1"}) == (set(), {1})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Retail sales reached RMB 2.58 trillion in 2023.", [("RMB 2.58 trillion", 2.58e12, "yuan", "MONEY")]),
        ("Payrolls for April were revised down (-296,000) jobs.", [("-296,000", 296000, "job", "CHANGE")]),
        ("Prices rose 3.6 percent over the year.", [("3.6 percent", 3.6, "percent", "CHANGE")]),
        ("More than 21,000 people were hired.", [("21,000", 21000, "person", "COUNT")]),
        ("Residents may call the 12367 hotline at any time.", []),
        ("COVID-19 cases were reported in the city.", []),
        ("COVID-19 cases rose to 1,204 after Windows 11 and the S&P 500 reports.", [("1,204", 1204, "case", "COUNT")]),
    ],
)
def test_figures_of_the_genre(extract_one, text, expected):
    found = [(q["text"], q["value"], q.get("unit"), q["metric"]) for q in quantities(extract_one(text))]
    assert found == expected


def test_plain_digits_read_as_the_general_reading_reads_them():
    from pipeline.numbers import _read_quantity, read_quantity

    rng = random.Random(5)
    texts = ["0", "5", "41,617", "2.58", "816 000", "1\u00a0234", "12\u202f345.5", ".5", "0.25", "1,234,567.891",
             "2024", "5\n", "007", "3.", "1,23", "1e6", "5x10^3", "12367"]
    for _ in range(2000):
        whole = str(rng.randrange(10 ** rng.randrange(1, 10)))
        if rng.random() < 0.4:
            whole = f"{int(whole):,}"
        texts.append(whole + (f".{rng.randrange(10 ** rng.randrange(1, 7))}" if rng.random() < 0.5 else ""))
    for text in texts:
        assert read_quantity(text) == _read_quantity(text), text


def test_decimal_comma_percents_found_as_the_whole_pattern_finds_them():
    """The scan from each comma (issue 12) answers as the pattern tried at every position does."""
    from pipeline.components.quantities import _DECIMAL_COMMA_PERCENT, _has_decimal_comma_percent

    cases = ["5,8%", "a5,8%", "1234,5%", ",123,5%", ".5,3%", "rose 12,34 per cent", "x 1,234%", "0,5 percent",
             "(5,3 %", "12,3\u00a0%", "\u0663,5%", "1,5,6%", "12,345 and 6,7%", "", ",5%", "5,", "99,99percent"]
    rng = random.Random(12)
    cases += ["".join(rng.choice("0123456789,. %pera\n") for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for text in cases:
        assert _has_decimal_comma_percent(text) == (_DECIMAL_COMMA_PERCENT.search(text) is not None), text
