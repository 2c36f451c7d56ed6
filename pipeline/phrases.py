"""Noun-phrase edges, heads and clause subjects without a parser (word lists and patterns).

When a model has set part-of-speech tags, the tests below use them (``token.pos_``); otherwise
they fall back on word lists. Every function takes token indices and returns token indices, so a
trained component can replace any one decision.
"""

from __future__ import annotations

import gzip
import json
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from importlib import resources

from spacy.attrs import POS, TAG
from spacy.tokens import Doc, Token

from pipeline.extensions import columns_of, spans_of, token_cache, token_columns
from pipeline.lexicon import lexicon, words
from pipeline.periods import MONTHS
from pipeline.numbers import parse_digits, word_number
from pipeline.units import currency_unit, singular



@lru_cache(maxsize=1)
def _vocabularies() -> dict:
    raw = resources.files("pipeline").joinpath("data/en/linking.json").read_text(encoding="utf-8")
    return json.loads(raw)


@lru_cache(maxsize=None)
def vocabulary(name: str) -> frozenset:
    """One word list of the linking rules (``data/en/linking.json``) as a set."""
    return frozenset(_vocabularies()[name])


@lru_cache(maxsize=None)
def vocabulary_phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of multi-word cues of ``data/en/linking.json`` as word tuples (``("of", "which")``)."""
    return tuple(tuple(phrase.split()) for phrase in _vocabularies()[name])


PREPOSITIONS = vocabulary("prepositions")
COMPLEMENT_PREPOSITIONS = vocabulary("complement_prepositions")
DETERMINERS = vocabulary("determiners")
CONJUNCTIONS = vocabulary("conjunctions")
#: the words that open a relative clause after a comma (``The public sector, which comprises ...,``)
RELATIVE_OPENERS = vocabulary("relative_openers")
#: nouns ending in -ing (``mining``, ``housing``): never a participle that states a figure
ING_NOUNS = vocabulary("ing_nouns")


@lru_cache(maxsize=None)
def bound_phrases_ending(word: str) -> tuple[tuple[str, ...], ...]:
    """The bound phrases of the lexicon (``more than``, ``nearly``) whose last word is ``word``, in the lexicon's order."""
    return tuple(phrase for phrase, _ in lexicon()["bound_phrases"] if phrase[-1] == word)


def bound_phrase_start(lower: list, end: int, limit: int = 0) -> int:
    """Where a bound phrase ending right before token ``end`` starts (``compared with more than 232,000``: at
    ``more``), not before ``limit``; ``end`` when none does."""
    k = end - 1
    if k >= limit:
        for phrase in bound_phrases_ending(lower[k]):
            first = k - len(phrase) + 1
            if first >= limit and tuple(lower[first : k + 1]) == phrase:
                return first
    return end


def lone_verb_form(low: str) -> bool:
    """Whether a word alone is a verb form and so names nothing a figure measures: a participle in -ing
    (``moving``; not a noun such as ``mining``) or a change verb's past form (``fallen``, ``risen``)."""
    return (len(low) > 4 and low.endswith("ing") and low.isalpha() and low not in ING_NOUNS) or (
        low in _change_verb_words() and low.endswith(("ed", "en", "rose", "fell", "grew"))) or (
        low in SHARE_VERB_PASTS)  # ``and contributed +0.1 point``: the verb, not what contributed


#: past forms of the verbs that state a part or a contribution (never a category on their own)
SHARE_VERB_PASTS = frozenset({"contributed", "accounted", "amounted", "represented", "comprised", "constituted"})


def no_lone_category(low: str) -> bool:
    """Whether a word standing alone names nothing a figure measures: a word of ``not_category_words``
    (``it``, ``now``, ``some``, ``no``) or a lone verb form (:func:`lone_verb_form`)."""
    return low in vocabulary("not_category_words") or lone_verb_form(low)


@lru_cache(maxsize=1)
def _change_verb_words() -> frozenset:
    return words("change_up") | words("change_down")
CLAUSE_WORDS = vocabulary("clause_words")
NON_HEAD_WORDS = vocabulary("non_head_words")
SUBJECT_VERB_WINDOW = 60  # tokens searched left of a figure for its clause's verb (bounds the cost of long lists)
#: the last character of a currency sign written before a figure (``$``, ``HK$``, ``€``, ``£``, ``¥``, ``₹``)
CURRENCY_SIGNS = frozenset("$€£¥₹")
STOP_PUNCT = vocabulary("stop_punct")
VERB_SUFFIXES = ("ed",)
ADVERB_SUFFIX = "ly"


def has_pos(doc: Doc) -> bool:
    """Whether a tagger has set part-of-speech tags on ``doc`` (computed once per document)."""
    cached = doc.user_data.get("relstats_has_pos")
    if cached is None:
        cached = doc.user_data["relstats_has_pos"] = bool(len(doc)) and doc.has_annotation("POS")
    return cached


def is_number_token(token: Token) -> bool:
    """Digits or a number word."""
    return _is_number_text(token.text)


def is_verb(token: Token, tagged: bool | None = None) -> bool:
    """Whether ``token`` is a finite verb or auxiliary (POS when tagged, word lists otherwise): the
    document's :class:`TokenTable` says (``verb``)."""
    return token_table(token.doc, tagged).verb[token.i]


def is_nounish(token: Token, tagged: bool | None = None) -> bool:
    """Whether ``token`` can be part of a noun phrase: the document's :class:`TokenTable` says
    (``nounish``)."""
    return token_table(token.doc, tagged).nounish[token.i]


_NOUNISH_PUNCT = ("-", "(", ")", "'s", "’s", "/", "&")
_NOUNISH_SYMBOLS = ("-", "/", "&", "'s", "’s")
_APOSTROPHES = frozenset(("'", "’"))
#: words after which ``forecast``, ``project``, ``expect`` are verbs (``had forecast sales would rise``)
_OPINION_AUXILIARIES = frozenset(("had", "has", "have", "to", "will", "would", "also", "now"))
#: adverbs of place that end a noun phrase when no noun follows them (``fentanyl nationwide``)
_PLACE_ADVERBS = frozenset(("nationwide", "worldwide", "countrywide", "statewide", "citywide", "abroad", "overseas",
                            "globally", "domestically", "locally", "nationally"))
#: adverbs that close a list of subjects (``A and B together held``, ``A and B combined``)
_GROUP_ADVERBS = frozenset(("together", "combined", "jointly"))
#: capitalised words whose number names a class, not a figure (``Category 1 incidents``, ``Type 2 diabetes``)
_IDENTIFIER_WORDS = frozenset(("category", "type", "class", "grade", "tier", "stage", "band", "level", "phase", "module",
                               "wave", "division", "section", "schedule", "step"))
_PAST_VERB_NEXT = PREPOSITIONS | {"little", "slightly", "sharply", "steadily", "by", "up", "down", "from", "to", "at",
                                  "in", "on", ",", "."} | {
    # a past verb before a bounded figure (``54,314 people waited more than 12 hours``)
    "more", "less", "longer", "nearly", "almost", "roughly", "about", "around", "approximately", "some", "no",
    "that"} | {
    # a past verb whose object is a change stated with ``of`` (``Industrial output accumulated growth of 3.1%``,
    # ``recorded declines of 146 thousand``, ``registered a rise of``)
    "a", "an", "the", "its", "their", "growth", "declines", "decline", "increases", "increase", "rises", "rise", "falls", "fall", "gains",
    "gain", "drops", "drop", "losses", "loss", "decreases", "decrease"}
_NOT_AFTER_MAY = (".", "\n", "?", "!")
#: what may follow a four-letter past verb before its figure (``used about 254 billion yuan``; C42-29)
_SHORT_PAST_NEXT = frozenset(("about", "around", "some", "nearly", "almost", "roughly", "approximately", "more",
                              "less", "over", "under", "just", "of", "from", "$", "€", "£"))
# (``86,882 people died of``; ``households owed $20.5 trillion``: a currency sign opening the figure)
#: words that open a verb's object: an ``-ed`` word after a comma and before one is a past verb (``costs, at 5.1%,
#: provided the largest upward contribution``), not a participle opening an aside (``, adjusted for``)
_OBJECT_OPENERS = frozenset({"the", "its", "their", "a", "an"})
#: ``-ed`` words that name people when they stand for a noun (``the long-term unemployed``): the lexicon's counted
#: nouns for people that end in ``-ed``
PEOPLE_PARTICIPLES = _PEOPLE_PARTICIPLES = frozenset(
    word for word, unit in lexicon()["count_unit_for_head"].items() if word.endswith("ed") and unit == "person")


class TokenTable:
    """Per-token values of one document as plain lists, indexed like ``doc`` (``lower[k]`` is
    ``doc[k].lower_``): the phrase walks read them instead of creating a spaCy ``Token`` per look.

    ``lower``, ``text``, ``punct``, ``alpha``, ``space``, ``whitespace`` are the tokens' own values
    (:class:`pipeline.extensions.TokenColumns`, shared: never modify them); ``number`` says digits or
    a number word; ``verb`` a finite verb or auxiliary and ``nounish`` a word that can be part of a
    noun phrase, decided from the word lists, the neighbouring tokens and, when ``tagged``, the
    part-of-speech tags:

    - ``May`` with a capital inside a sentence is the month (nounish, never the modal verb);
    - a verb is a word of ``verbs_after_subject`` (not ``up``/``down``); else, tagged, a tag VBD,
      VBZ, VBP or MD or the POS AUX (participles in releases are mostly modifiers: ``adjusted GDP``);
      untagged, a past verb: an ``-ed`` verb form (:func:`ed_form`) right after a noun and before
      an adverb, preposition or figure (``the rate changed little``, not ``the surveyed rate``);
    - a nounish word is no punctuation but ``- ( ) 's / &``; tagged and not a ``verbs_after_subject``
      word, a NOUN, PROPN, ADJ, X or SYM, or a VBN/VBG before a noun or adjective, is nounish, and
      VERB, AUX, ADP, CCONJ, SCONJ, ADV, PRON, PART or DET is not; otherwise it is no preposition,
      conjunction, clause word (but ``all``), ``verbs_after_subject`` word, ``be``/``being``/``been``,
      past verb or ``-ly`` adverb (five letters or more, not in ``ly_nouns_and_adjectives``), and
      holds a letter or is one of ``- / & 's``.
    """

    __slots__ = ("lower", "text", "punct", "alpha", "space", "whitespace", "nounish", "number", "verb")

    def __init__(self, doc: Doc, tagged: bool):
        columns = token_columns(doc)
        self.lower = lower = columns.lower
        self.text = text = columns.text
        self.punct = punct = columns.punct
        self.alpha = alpha = columns.alpha
        self.space = space = columns.space
        self.whitespace = columns.whitespace
        n = len(text)
        known = _WORD_FLAGS.setdefault(doc.vocab.lang, {})
        flags = list(map(known.get, columns.orths))
        if None in flags:  # words not seen before: what they are on their own, decided once per word
            for k, entry in enumerate(flags):
                if entry is None:
                    entry = known.get(columns.orths[k])  # a new word seen earlier in this document
                    if entry is None:
                        entry = _word_flags(lower[k], text[k], punct[k], alpha[k])
                        if len(known) < 1_000_000:
                            known[columns.orths[k]] = entry
                    flags[k] = entry
        columns_of_flags = columns_of(flags, 4)  # the flags' columns read below (the others by token)
        self.number = number = columns_of_flags[0]
        month = [False] * n
        mays = list(compress(range(n), map("May".__eq__, text))) if "May" in text else []
        for k in mays:
            month[k] = k > 0 and text[k - 1] not in _NOT_AFTER_MAY and not space[k - 1]
        past = [False] * n
        eds = list(compress(range(1, n - 1), columns_of_flags[3][1 : n - 1]))  # -ed verb forms (ed_form: ``used``, ``owed`` too)
        for k in eds:
            if len(lower[k]) == 4 and not (number[k + 1] or lower[k + 1] in _SHORT_PAST_NEXT):
                continue  # (``the eastern region used 652.3 billion yuan``; not ``the figure used for comparison``)
            if text[k][:1].isupper() and text[k - 1][:1].islower() and alpha[k - 1]:
                continue  # ``at Manchester and Stansted respectively``: a name, capitalised inside its sentence (C52-12)
            past[k] = flags[k + 1][5] and (not flags[k - 1][4] or text[k - 1] == "," and (
                lower[k + 1] in _OBJECT_OPENERS or number[k + 1]) or text[k - 1] == ")" and text[k + 1] in _SIGNS_AFTER_VERB or
                k >= 2 and alpha[k - 1] and lower[k - 1].endswith(ADVERB_SUFFIX) and alpha[k - 2] and not flags[k - 2][4] and
                (punct[k + 1] or lower[k + 1] in ("at", "to", "by", "from")))
            # (``youth unemployment barely moved, at 12.6 per cent``: a past verb after its adverb, C42-3)
            # (``Residential buildings, where gas is the main source, emitted 7.2% less``: the verb after a clause)
            # (``Final domestic demand (excluding inventories) contributed +0.4 points``: a verb after a bracketed aside)
        if not tagged:
            self.verb = verb = columns_of_flags[1]
            self.nounish = nounish = columns_of_flags[2]
            for k in sorted(set(mays).union(eds)):  # the only tokens that may be either
                if past[k] or month[k]:
                    verb[k] = not month[k]  # a past verb, never the month
                    nounish[k] = month[k]  # the month, never a past verb
            for k in eds:
                if verb[k] and (number[k - 1] or k >= 3 and lower[k - 1] in ("the", "these", "those") and
                                lower[k - 2] == "of" and number[k - 3]) and \
                        nounish[k + 1] and not number[k + 1] and lower[k + 1][-1:] == "s":
                    verb[k], nounish[k] = False, True  # ``27 imported cases``, ``1,251 confirmed cases``: an adjective
                    # (``Some 1,900 of the registered vehicles``: in the whole of a partitive, C49-8)
                elif verb[k] and k >= 2 and number[k - 2] and nounish[k - 1] and lower[k - 1][-1:] == "s" and \
                        text[k + 1] in (",", ")") and k >= 3 and lower[k - 3] in ("the", "of", "in"):
                    verb[k] = False  # ``in 18 of the 24 regions surveyed, by 2.7%``: a participle after its counted
                    # noun (C48-25)
                elif verb[k] and lower[k] in _PEOPLE_PARTICIPLES and (
                        number[k - 1] or lower[k - 1] in ("thousand", "million") or k >= 2 and text[k - 2] == "-"):
                    verb[k], nounish[k] = False, True  # ``1.7 million unemployed``, ``long-term unemployed in``: people
            for k in compress(range(n), map(words("verbs_before_an_amount").__contains__, lower)):
                if 0 < k < n - 1 and nounish[k - 1] and lower[k - 1] not in DETERMINERS and (
                        _figure_follows(lower, number, k + 1) or lower[k + 1] in ("a", "an") and
                        k + 3 < n and lower[k + 2] in ("average", "total", "median") and lower[k + 3] == "of" or
                        lower[k + 1] == "on" and k + 2 < n and lower[k + 2] == "average" and
                        _figure_follows(lower, number, k + 3, text)):
                    # (``Buyers paid on average £244,000``)
                    # ``a loaf of bread cost €2.14``, ``First-time buyers paid an average of £245,000``: a verb
                    # stating the amount (``paid work``, ``low-cost carriers`` are no such verbs)
                    verb[k], nounish[k] = True, False
            present = words("present_verbs_before_figure")
            for k in compress(range(n), map(present.__contains__, lower)):
                if 2 < k < n - 1 and lower[k - 1] in ("but", "and", "yet") and text[k - 2] == "," and \
                        _figure_follows(lower, number, k + 1, text):
                    verb[k], nounish[k] = True, False  # ``Retail sales slip 0.3% in August, but rise 5.1% over a year
                    continue  # earlier``: a verb of the subject before the comma (C52-18)
                subject_end = k - 1 if k < 2 or lower[k - 1] not in _FLOATING_QUANTIFIERS else k - 2
                # (``the euro area and Japan both grow 0.7 percent``: past a quantifier floating after the subject)
                if 1 < k < n - 1 and lower[k - 1] == "to" and verb_or_participle(lower[k - 2]) and \
                        _figure_follows(lower, number, k + 1, text):
                    verb[k], nounish[k] = True, False  # ``are forecast to expand 3.8 percent``: an infinitive
                    continue
                age_end = subject_end - 2 if subject_end >= 3 and lower[subject_end] in ("over", "older", "above") and \
                    lower[subject_end - 1] in ("and", "or") else subject_end  # (``People aged 65 and over account``)
                if 0 < k < n - 1 and subject_end >= 0 and (nounish[subject_end] or number[age_end] and any(
                        w in _AGE_WORDS for w in lower[max(0, age_end - 4) : age_end])) and \
                        lower[subject_end] not in DETERMINERS and \
                        _figure_follows(lower, number, k + 1, text) and \
                        _BARE_INFINITIVE_VERBS.isdisjoint(lower[max(0, k - 10) : k]):
                    # ``Southwest border encounters fall 32%``, ``Total vacancies remain 391,000 above``: a verb in
                    # the present tense stating the figure after it, not the last word of its subject
                    verb[k], nounish[k] = True, False
            for k in range(1, n - 2):
                low = lower[k]
                if len(low) > 3 and low.isalpha() and (low[-1] == "s" and low[-2] not in "su'" or low[-1] != "s" and (
                        lower[k - 1][-1:] == "s" and lower[k - 1][-2:] != "ss" or lower[k - 1] in _IRREGULAR_PLURALS)) and \
                        nounish[k] and can_be_verb(low) and \
                        nounish[k - 1] and lower[k - 1] not in DETERMINERS and not number[k - 1] and \
                        _BARE_INFINITIVE_VERBS.isdisjoint(lower[max(0, k - 10) : k]):
                    m = _figure_at(lower, number, k + 1, text, _BEFORE_FIGURE | _RECORD_WORDS)
                    if m is not None:
                        m += 1
                        while m < n and m <= k + 8 and lower[m] in _SHARE_UNIT_WORDS:
                            m += 1
                        if m < n and lower[m] == "of" and m > k + 2:
                            # ``China hosts about 60% of the global total``, ``Renewables supply a record 30% of
                            # ...``: a word in -s between a subject and a share of a whole is the present verb
                            # (C49-2)
                            verb[k], nounish[k] = True, False
            for k in compress(range(1, n), map(OBJECT_VERBS.__contains__, lower[1:])):
                if lower[k] not in ("see", "saw") and lower[k - 1] in _OPINION_AUXILIARIES:
                    # ``Economists had forecast sales would rise 0.3%``: a verb of forecasting, not a noun's modifier
                    verb[k], nounish[k] = True, False
            for k in range(1, n - 2):
                low = lower[k]
                if nounish[k] and not verb[k] and len(low) > 3 and low[-1] == "s" and low[-2] not in "su'" and \
                        low.isalpha() and lower[k + 1] in _OBJECT_DETERMINERS and nounish[k - 1] and \
                        lower[k - 1] not in DETERMINERS and not number[k - 1] and not number[k - 2] and \
                        lower[k - 1] not in ("thousand", "million", "billion", "trillion") and nounish[k + 2] and \
                        can_be_verb(low):  # (not ``Of the 2.3 million parcels the agency screened``)
                    verb[k], nounish[k] = True, False  # ``The Bank of Korea lowers its base rate by 25 basis points``:
                    # a present verb with its object after the subject (C49-19)
            for k in compress(range(1, n - 1), map("back".__eq__, lower[1 : n - 1])):
                if verb[k - 1] and lower[k + 1] in ("to", "up", "down", "below", "above", "under", "over", "at"):
                    nounish[k] = False  # ``Health spending falls back to 9.2%``: the verb's particle, no noun (C49-12)
            for k in compress(range(1, n - 1), map(_PASSIVE_BEFORE_TO.__contains__, lower[1 : n - 1])):
                if lower[k + 1] == "to" and lower[k - 1] in _PASSIVE_AUXILIARIES:
                    nounish[k] = False  # ``EMDEs are forecast to grow 4.0 percent``: a passive before its infinitive,
                    # no noun of a subject (C48-16)
            _hyphen_compounds(self)
            return
        # tagged: the tags decide where the word lists are silent
        verbs_after_subject = words("verbs_after_subject")
        ly_words = vocabulary("ly_nouns_and_adjectives")
        strings = doc.vocab.strings
        tags = [strings[t] for t in doc.to_array(TAG).tolist()]
        poses = [strings[p] for p in doc.to_array(POS).tolist()]
        verb = [False] * n
        nounish = [False] * n
        for k in range(n):
            low, word = lower[k], text[k]
            if month[k]:
                nounish[k] = True  # the month, not the modal
                continue
            in_verb_list = low in verbs_after_subject
            if in_verb_list and low not in ("up", "down"):
                verb[k] = True
            else:
                verb[k] = tags[k] in ("VBD", "VBZ", "VBP", "MD") or poses[k] == "AUX"
            if punct[k] and word not in _NOUNISH_PUNCT:
                continue
            if not in_verb_list:
                pos = poses[k]
                if pos in ("NOUN", "PROPN", "ADJ", "X", "SYM") or word in _NOUNISH_SYMBOLS:
                    nounish[k] = True
                    continue
                if tags[k] in ("VBN", "VBG") and k + 1 < n and poses[k + 1] in ("NOUN", "PROPN", "ADJ"):
                    nounish[k] = True  # a participle modifying a noun: ``adjusted initial claims``
                    continue
                if pos in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "ADV", "PRON", "PART", "DET"):
                    continue
            if low in PREPOSITIONS or low in CONJUNCTIONS or low in CLAUSE_WORDS and low != "all":
                continue
            if in_verb_list or low in ("be", "being", "been") or past[k]:
                continue
            if low.endswith(ADVERB_SUFFIX) and len(low) > 4 and low not in ly_words:
                continue
            nounish[k] = alpha[k] or word in _NOUNISH_SYMBOLS or any(c.isalpha() for c in word)
        self.verb, self.nounish = verb, nounish
        _hyphen_compounds(self)


_HYPHEN_FUNCTION_WORDS = PREPOSITIONS | CONJUNCTIONS | DETERMINERS

#: marks that may stand between the words of a name (``"Engineer/Specialist in Humanities/International Services"``,
#: ``"Specified Skilled Worker (i)"``)
_NAME_MARKS = frozenset(("-", "&", "/", "(", ")", "."))
#: opening quotation marks and the marks that close them
_QUOTE_PAIRS = {'"': ('"',), "“": ("”",), "'": ("'", "’"), "‘": ("’",)}


def unquoted(text: list, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` less the quotation marks around a phrase that is one quoted name (``"Permanent Resident"``);
    unchanged otherwise (``'A' roads``: the marks are inside the phrase)."""
    if end - start > 2 and text[start] in _QUOTE_PAIRS and text[end - 1] in _QUOTE_PAIRS[text[start]] and \
            not any(text[n] in _QUOTE_PAIRS for n in range(start + 1, end - 1)):
        return start + 1, end - 1
    return start, end


def _quoted_names(table: "TokenTable") -> None:
    """A name of one to nine words in quotation marks (``'A' roads``, ``the "new three" products``, ``"Permanent
    Resident" was the largest category``, ``the 'no work requirements' group``) is a part of the noun phrase it stands
    in, whatever its words are (C52-5): its marks and words become noun-ish, none a verb or a number."""
    text, whitespace, nounish, verb, number = table.text, table.whitespace, table.nounish, table.verb, table.number
    n = len(text)
    for k in compress(range(n - 2), map(_QUOTE_PAIRS.__contains__, text[: n - 2])):
        if whitespace[k] or k > 0 and not whitespace[k - 1] and text[k - 1] not in ("(", "["):
            continue  # an opening mark stands after a space and before its word
        closers = _QUOTE_PAIRS[text[k]]
        end = next((m for m in range(k + 2, min(n, k + 11)) if text[m] in closers and not whitespace[m - 1]), None)
        if end is None or not all(table.alpha[m] or text[m] in _NAME_MARKS or text[m].isdigit() for m in range(k + 1, end)):
            continue
        if end + 1 < n and table.alpha[end + 1] and not whitespace[end]:
            continue  # (``'s``: an apostrophe inside a word)
        for m in range(k, end + 1):
            nounish[m], verb[m], number[m] = True, False, False
#: particles that end a hyphenated compound noun or modifier (``follow-up``, ``start-up``, ``drop-off``, ``check-in``)
_HYPHEN_PARTICLES = frozenset(("up", "off", "in", "out", "on", "down", "over", "back", "away"))


def _hyphen_compounds(table: "TokenTable") -> None:
    """A word joined by a hyphen to the next word is the first part of a compound modifier, part of the noun
    phrase (``privately-owned housing units``, ``seasonally-adjusted sales``, ``Working-day adjusted
    production``), not an adverb or a verb; so are the apostrophe of a plural possessive (``employees' pay``)
    and the number of a class in a name (``Category 2 calls``)."""
    text, lower, whitespace, nounish, verb = table.text, table.lower, table.whitespace, table.nounish, table.verb
    n = len(text)
    for k in compress(range(n), map("-".__eq__, text)):
        if not (0 < k < n - 1 and table.alpha[k - 1] and table.alpha[k + 1] and not whitespace[k - 1] and
                not whitespace[k]) or lower[k - 1] in _HYPHEN_FUNCTION_WORDS:
            continue
        # a particle that ends the compound (``follow-up applications``, ``start-up companies``, ``roll-out``) is part
        # of it, not a direction or a preposition; one that links two words (``month-on-month``) makes no compound
        particle = (lower[k + 1] in _HYPHEN_PARTICLES or lower[k + 1] == "like") and \
            not (k + 2 < n and text[k + 2] == "-" and not whitespace[k + 1])  # (``influenza-like illness``)
        if lower[k + 1] not in _HYPHEN_FUNCTION_WORDS or particle:
            nounish[k - 1], verb[k - 1] = True, False
            if particle:
                nounish[k + 1], verb[k + 1] = True, False
            elif lower[k + 1][-2:] == "ed" and k + 2 < n and whitespace[k + 1] and nounish[k + 2] and \
                    not table.number[k + 2] and not verb[k + 2]:
                nounish[k + 1], verb[k + 1] = True, False  # ``GP-registered patients``: the compound's participle (C41-17)
    _quoted_names(table)
    for k in compress(range(n), map(_APOSTROPHES.__contains__, text)):
        # the possessive of a plural (``employees' average earnings``, ``workers’ pay``): part of the noun phrase
        if 0 < k < n - 1 and not whitespace[k - 1] and whitespace[k] and lower[k - 1][-1:] == "s" and \
                table.alpha[k - 1] and nounish[k - 1] and (nounish[k + 1] and not table.number[k + 1] or
                                                           lower[k + 1] == "per" and lower[k + 2 : k + 3] == ["capita"]):
            nounish[k] = True  # (``Rural residents' per capita disposable income``, C52-5)
    number = table.number
    for k in compress(range(1, n - 1), number[1 : n - 1]):
        # a class's number inside a name (``Category 2 calls``, ``Type 1 departments``, ``category 2 calls``): a word of
        # the noun phrase
        if text[k].isdigit() and len(text[k]) <= 2 and lower[k - 1] in _IDENTIFIER_WORDS \
                and whitespace[k - 1] and nounish[k + 1] and not number[k + 1]:
            number[k], nounish[k], verb[k] = False, True, False
    for k in compress(range(2, n - 2), number[2 : n - 2]):
        # ``There were 155 people killed in reported road collisions``: after ``there were`` the clause has its verb,
        # and a participle after the counted noun restricts it
        m = k + 2
        if m < n and verb[m] and lower[m].endswith(("ed", "en")) and len(lower[m]) > 4 and nounish[k + 1] and \
                not number[k + 1] and table.alpha[k + 1] and any(lower[j] == "there" and lower[j + 1] in ("were", "are", "was", "is")
                                                 for j in range(max(0, k - 5), k - 1)):
            verb[m], nounish[m] = False, True
    for k in compress(range(1, n - 2), number[: n - 3]):
        # a participle between a figure and a compound counted noun (``1,624 reported road deaths``, ``27 imported
        # malaria cases``): a modifier of the noun, as before a plural alone, not the verb of the figure
        # coordinated participles before the counted noun (``29,711 killed or seriously injured (KSI) casualties``)
        m = k
        j = m + 1
        if len(lower[m]) > 4 and lower[m].endswith("ed") and table.alpha[m] and j + 1 < n and lower[j] in ("or", "and"):
            j += 1
            if j < n and lower[j].endswith("ly") and table.alpha[j]:
                j += 1
            if j < n and len(lower[j]) > 4 and lower[j].endswith("ed") and table.alpha[j]:
                e = j + 1
                if e + 2 < n and text[e] == "(" and text[e + 2] == ")" and text[e + 1].isupper():
                    e += 3  # the acronym of the compound (``(KSI)``)
                if e < n and nounish[e] and not number[e] and table.alpha[e] and lower[e][-1:] == "s":
                    for x in range(m, j + 1):
                        verb[x], nounish[x] = False, True
        m = k
        if not (verb[m] and len(lower[m]) > 4 and lower[m].endswith("ed") and table.alpha[m]) or \
                k < 2 or lower[k - 2] in _CLAUSE_OPENING_WORDS:
            continue  # (``Of the 17 regions, six recorded higher inflation rates``: the figure is the subject)
        e = m + 1
        while e < n and e <= m + 3 and nounish[e] and not number[e] and not verb[e] and table.alpha[e]:
            e += 1
        if e - m >= 3 and lower[e - 1][-1:] == "s" and (e >= n or not nounish[e]) and \
                all(lower[x][-1:] != "s" or lower[x] in ("us",) for x in range(m + 1, e - 1)):
            verb[m], nounish[m] = False, True
    for k in compress(range(1, n - 2), map(_SHARE_VERBS.__contains__, lower[1 : n - 2])):
        if lower[k + 1] == _SHARE_VERBS[lower[k]] and (nounish[k - 1] or lower[k - 1] in ("together", "jointly")) and \
                not number[k - 1] and \
                any(number[j] for j in range(k + 2, min(n, k + 6))) and \
                not any(table.punct[j] for j in range(k + 2, min(n, k + 6)) if not number[j]):
            # ``Benefits make up the remaining 30 percent``, ``Exports account for 41%``: the verb of the share
            verb[k], nounish[k] = True, False
            if lower[k - 1] in ("together", "jointly"):
                nounish[k - 1] = False  # (an adverb of the verb, no word of its subject)
    for k in compress(range(1, n - 1), map(_THAT_CLAUSE_VERBS.__contains__, lower[1 : n - 1])):
        if lower[k + 1] == "that" and nounish[k - 1] and lower[k - 1].endswith("s") and not number[k - 1]:
            # ``early submissions from 412 clubs indicate that income will grow``: the verb of its clause, no word of
            # the counted noun (C45-34)
            verb[k], nounish[k] = True, False
    for k in compress(range(n - 1), map(SIGN_WORDS.__contains__, lower[: n - 1])):
        if number[k + 1]:
            nounish[k] = verb[k] = False  # ``London (negative 0.4%)``: the sign of the figure, no word of a label


#: verbs that report what a clause says, before ``that`` (``412 clubs indicate that``)
_THAT_CLAUSE_VERBS = frozenset(("indicate", "show", "suggest", "say", "report", "confirm", "reveal", "mean", "estimate",
                              "find", "note", "expect", "believe", "agree", "warn", "predict", "think"))


#: ``a day``, ``per week``: a figure's rate per a time, never what it counts (C38-36)
_RATE_OPENERS = frozenset(("a", "an", "per", "each", "every"))
_RATE_TIMES = frozenset(("day", "week", "month", "year", "hour", "night", "quarter"))


def rate_time(lower: list, start: int, end: int) -> bool:
    """Whether tokens ``start..end`` are only a rate's time (``a day``, ``per week``)."""
    return end - start == 2 and lower[start] in _RATE_OPENERS and lower[start + 1] in _RATE_TIMES


#: the verbs of a share and their particle (``make up``, ``account for``)
_SHARE_VERBS = {"make": "up", "makes": "up", "account": "for", "accounts": "for"}
#: words written before a figure as its sign (``negative 0.4%``, ``minus 3.7 per cent``)
SIGN_WORDS = frozenset(("negative", "minus", "positive", "plus"))


#: per vocabulary language and ORTH id: what :func:`_word_flags` says of the word
_WORD_FLAGS: dict[str, dict[int, tuple]] = {}


#: signs that open a figure right after a past verb (``contributed +0.4 points``, ``contributed -0.1 points``)
_SIGNS_AFTER_VERB = frozenset(("+", "-", "\u2212", "\u2013", "$", "€", "£"))


def _word_flags(low: str, text: str, punct: bool, alpha: bool) -> tuple[bool, bool, bool, bool, bool, bool]:
    """What a word is on its own, for an untagged :class:`TokenTable`: (a number, a verb when
    neither the month nor a past verb, nounish when neither, an ``-ed`` word that may be a past verb,
    a word no past verb follows, a word that may follow a past verb)."""
    number = _is_number_text(text)
    in_verb_list = low in words("verbs_after_subject")
    verb = in_verb_list and low not in ("up", "down")
    nounish = not (punct and text not in _NOUNISH_PUNCT) and not (
        low in PREPOSITIONS or low in CONJUNCTIONS or low in CLAUSE_WORDS and low != "all") and not (
        in_verb_list or low in ("be", "being", "been")) and not (
        low.endswith(ADVERB_SUFFIX) and len(low) > 4 and low not in vocabulary("ly_nouns_and_adjectives")) and (
        alpha or text in _NOUNISH_SYMBOLS or any(c.isalpha() for c in text))
    may_be_past = ed_form(low)  # (``the eastern region used 652.3 billion yuan``: four letters too, C42-29)
    no_past_after = punct or low in DETERMINERS or low in PREPOSITIONS or number or not alpha or low.endswith("ly")
    past_before = low in _PAST_VERB_NEXT or number or (low.endswith("ly") and alpha) or text in _SIGNS_AFTER_VERB or \
        len(text) <= 3 and text[-1:] == "$" and text[:1].isupper()  # (``contributed S$41.8 billion``, ``US$``)
    return number, verb, nounish, may_be_past, no_past_after, past_before


@lru_cache(maxsize=1 << 16)
def _is_number_text(text: str) -> bool:
    # (``1,3``, ``10,0``: a decimal comma, as releases of decimal-comma countries write it; C42-39)
    return parse_digits(text) is not None or word_number(text) is not None or _DECIMAL_COMMA.fullmatch(text) is not None


_DECIMAL_COMMA = re.compile(r"[0-9]{1,3},[0-9]{1,2}")


#: what may stand between a present-tense verb and the figure it states (``fall by 32%``, ``remain about 4%``,
#: ``food and energy account for 15.6% and 9.2%``, ``stand at 4.1%``)
_BEFORE_FIGURE = frozenset(("by", "to", "for", "at", "about", "around", "nearly", "almost", "some", "over", "more", "than", "up", "back",
                            "down", "just", "roughly", "approximately", "$", "€", "£", "¥", "₹", "+", "-"))


#: verbs whose object takes a bare infinitive (``saw the number of crossings rise by 57%``): the word after
#: that object is no finite verb ending a subject
_BARE_INFINITIVE_VERBS = frozenset(("saw", "see", "sees", "seen", "seeing", "made", "make", "makes", "making",
                                    "helped", "help", "helps", "let", "lets", "watched"))


def _figure_follows(lower: list, number: list, j: int, text: list | None = None) -> bool:
    """Whether a figure stands at ``j``, after at most three words of :data:`_BEFORE_FIGURE` or currency
    prefixes of the unit table (``clock Rs 1.82 lakh crore``; with ``text``, the tokens as written)."""
    return _figure_at(lower, number, j, text, _BEFORE_FIGURE) is not None


_RECORD_WORDS = frozenset(("a", "an", "record", "estimated", "further", "mere", "full", "whopping", "only"))
_SHARE_UNIT_WORDS = frozenset(("%", "percent", "per", "cent", "pc"))
#: words before the ages that end a subject (``Children aged 0-14 make up about 25 per cent``, C49-5)
_AGE_WORDS = frozenset(("aged", "ages", "age", "under", "over"))
#: determiners that open the object of a present verb (``lowers its base rate``)
_OBJECT_DETERMINERS = frozenset(("its", "their", "the", "his", "her"))
_IRREGULAR_PLURALS = frozenset(("people", "children", "men", "women", "police", "cattle", "data"))


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset:
    """English verbs by their lemma (spacy-lookups-data's ``lemma_index`` table, the list spaCy's rule
    lemmatizer reads). Empty when the package is absent."""
    try:
        import spacy_lookups_data

        path = resources.files(spacy_lookups_data) / "data" / "en_lemma_index.json.gz"
        return frozenset(json.loads(gzip.decompress(path.read_bytes())).get("verb", ()))
    except (ImportError, OSError, ValueError):
        return frozenset()


def can_be_verb(word: str) -> bool:
    """Whether ``word`` (lower case) is a form of an English verb in the present tense: ``hosts``, ``supply``
    (not ``turbines``, ``households``)."""
    verbs = _verb_lemmas()
    return word in verbs or word.endswith("s") and (singular(word) in verbs or word[:-1] in verbs)


def _figure_at(lower: list, number: list, j: int, text: list | None, before: frozenset) -> int | None:
    """The index of the figure at ``j`` after at most three words of ``before`` or (with ``text``) currency prefixes,
    else None."""
    end = min(len(lower), j + 4)
    while j < end and not number[j] and (lower[j] in before or text is not None and currency_unit(text[j]) is not None):
        j += 1
    return j if j < end and number[j] else None


def measure_changed_before_of(lower: list, is_word, of: int, start: int, change_nouns) -> int | None:
    """The index of ``in`` in ``a|an <change noun> in <measure> of`` ending at the ``of`` at token ``of`` (``an increase in
    the services surplus of``), searched back at most eight tokens from ``start``, else None: only the measure's words
    (``is_word(m)``, hyphens and possessives; no ``of``, ``and``, ``to`` ...) between ``in`` and ``of`` (C49-18)."""
    for j in range(of - 2, max(start, of - 9), -1):
        if lower[j] == "in" and j >= 2 and lower[j - 1] in change_nouns and not lower[j - 1].endswith("s") and \
                lower[j - 2] in ("a", "an"):
            return j
        if not (is_word(j) or lower[j] in ("-", "'s", "’s")) or lower[j] in ("of", "and", "or", "to", "from", "by"):
            return None
    return None


def token_table(doc: Doc, tagged: bool | None = None) -> TokenTable:
    """The :class:`TokenTable` of ``doc`` for ``tagged`` (default: :func:`has_pos`), built once per
    document."""
    last = _LAST_TABLE[0]
    if last is not None and last[0] is doc and last[2] == len(doc) and (
            last[1] == tagged if tagged is not None else last[4]):
        return last[3]  # the document being worked on: no cache lookup
    default = has_pos(doc)
    if tagged is None:
        tagged = default
    cache = token_cache(doc)
    key = ("token_table", tagged)
    hit = cache.get(key)
    if hit is None or hit[0] != len(doc):
        hit = cache[key] = (len(doc), TokenTable(doc, tagged))
    _LAST_TABLE[0] = (doc, tagged, hit[0], hit[1], tagged == default)
    return hit[1]


def word_positions(doc: Doc, word: str) -> list[int]:
    """The ascending indices of the tokens of ``doc`` whose lower form is ``word``, found once per
    document and word: whether the word occurs in a range of tokens is then two bisections."""
    cache = token_cache(doc)
    key = ("word_positions", len(doc))
    found = cache.get(key)
    if found is None:
        found = cache[key] = {}
    at = found.get(word)
    if at is None:
        lower = token_columns(doc).lower
        at = found[word] = list(compress(range(len(lower)), map(word.__eq__, lower)))
    return at


def word_between(doc: Doc, word: str, start: int, end: int) -> bool:
    """Whether a token of ``doc`` whose lower form is ``word`` stands in ``[start, end)``."""
    at = word_positions(doc, word)
    return bisect_left(at, start) < bisect_left(at, end)


#: the last table handed out: (its document, tagged, the document's length, the table, whether
#: ``tagged`` is the document's default); the document is held, so its id is not reused while here
_LAST_TABLE: list = [None]


#: words between a figure and the noun it counts that are not part of the counted phrase
COMPARATIVE_COUNT_WORDS = vocabulary("comparative_count_words")
#: comparatives that make a figure a comparison when they follow it (never a counted noun)
COMPARATIVE_WORDS = vocabulary("comparative_words")


_DETERMINERS_AND_QUANTIFIERS = DETERMINERS | {"various", "other"}
_CLAUSE_WORDS_AND_THAN = CLAUSE_WORDS | {"than"}
_DETERMINERS_AND_CLAUSE_WORDS = DETERMINERS | CLAUSE_WORDS
_RATE_UNITS = vocabulary("rate_units")
_COMPLEMENT_BREAKS = CLAUSE_WORDS - {"all", "both", "each", "more", "less", "only", "also"}
_PAST_VERB_FOLLOWERS = PREPOSITIONS | {",", "."}
_PHRASE_TRAILERS = CONJUNCTIONS | PREPOSITIONS | DETERMINERS | {"-"}


def noun_phrase_after(doc: Doc, i: int, end_limit: int, with_complements: bool = True) -> tuple[int, int, int] | None:
    """The noun phrase starting at token ``i``: ``(start, end, head)`` or None.

    The phrase runs over noun-ish tokens; its head is the last of them before the first
    preposition. With ``with_complements`` it continues through restricting complements (``of
    obstructing national border management``, ``for inland residents``) up to a verb, punctuation
    or a following figure.
    """
    tagged = has_pos(doc)
    core = _noun_phrase_core(doc, i, end_limit, tagged)
    if core is None:
        return None
    start, k, head = core
    end = k
    if with_complements:
        end = _extend_complements(doc, k, end_limit, tagged)
    return start, end, head


def _noun_phrase_core(doc: Doc, i: int, end_limit: int, tagged: bool) -> tuple[int, int, int] | None:
    """:func:`noun_phrase_after` without complements: ``(start, end, head)`` or None."""
    return _core(token_table(doc, tagged), i, end_limit)


def verb_or_participle(word: str) -> bool:
    """Whether ``word`` can govern an infinitive stating a figure (``projected``, ``forecast``, ``expected``, ``set``)."""
    return word.endswith("ed") or word in _PASSIVE_BEFORE_TO or word in ("likely", "seen")


#: quantifiers and adverbs that float between a subject and its verb (``both grow``, ``each hold``)
_FLOATING_QUANTIFIERS = frozenset(("both", "all", "each", "also", "together", "still"))

#: participles spelt like a noun or a present verb that a passive puts before ``to`` (``are forecast to grow``)
_PASSIVE_BEFORE_TO = frozenset(("forecast", "set", "due", "bound", "slated", "poised"))
#: the auxiliaries of such a passive
_PASSIVE_AUXILIARIES = frozenset(("is", "are", "was", "were", "be", "been", "being", "now", "also", "still"))

#: participles that take an object of their own in a passive (``people granted a visa``, ``firms awarded the
#: contracts``): they may restrict a counted noun before an article
_TWO_OBJECT_VERBS = frozenset(("granted", "given", "awarded", "offered", "issued", "sent", "shown", "paid", "lent",
                               "promised", "denied", "refused", "allocated", "assigned", "charged", "told", "taught",
                               "owed", "handed", "served"))


def _core(table: TokenTable, i: int, end_limit: int) -> tuple[int, int, int] | None:
    """:func:`_noun_phrase_core` on the document's :class:`TokenTable` (for ``tagged``)."""
    lower, text, nounish, number, alpha = table.lower, table.text, table.nounish, table.number, table.alpha
    j = i
    while j < end_limit and lower[j] in _DETERMINERS_AND_QUANTIFIERS and lower[j] != "that":
        j += 1
    start = i
    if j + 2 < end_limit and lower[j] == "not" and j > i and alpha[j + 1] and nounish[j + 2] and not number[j + 2]:
        j += 1  # ``the not economically active population``: a negated modifier inside the phrase
    if j + 1 < end_limit and lower[j] in COMPARATIVE_COUNT_WORDS and nounish[j + 1] and \
            not number[j + 1] and lower[j + 1] not in _CLAUSE_WORDS_AND_THAN:
        j += 1  # ``10 more children's deaths``: the counted noun follows the comparative
        start = j
    elif j < end_limit and lower[j] in COMPARATIVE_WORDS:
        return None  # ``two fewer than a year earlier``: a comparison, no counted noun
    if j + 1 < end_limit and lower[j].endswith("ly") and len(text[j]) > 4 and alpha[j] and \
            nounish[j + 1] and not number[j + 1]:
        j += 1  # ``8 heavily polluted days``: an adverb before the counted noun's modifiers
    k = j
    series = False  # passed a comma between coordinated adjectives
    while k < end_limit:
        if text[k] == "(":
            close = next((m for m in range(k + 1, min(end_limit, k + 6)) if text[m] == ")"), None)
            if close is None or any(number[k + 1 : close]):
                break
            k = close + 1
            continue
        low = lower[k]
        if low in ("and", "or", "&") and k > j and k + 1 < end_limit and nounish[k + 1] \
                and not number[k + 1] and lower[k + 1] not in _DETERMINERS_AND_CLAUSE_WORDS:
            m = k + 1
            while m < end_limit and nounish[m] and not number[m] and not table.verb[m]:
                m += 1
            if m + 1 < end_limit and table.verb[m] and lower[m] not in ("up", "down") and not series and (
                    number[m + 1] or lower[m + 1] in ("by", "to", "from", "at", "up", "down")):
                break  # ``added 20,000 jobs and retail trade employment rose``: a new clause, not a conjunct
            if m < end_limit and number[m] and m > k + 1:
                break  # ``rose by 50,000 people and unemployment 12,000``: a gapped clause with its own figure
            if k + 2 < end_limit and lower[k + 1].endswith("s") and alpha[k + 1] and text[k + 2][:1].isupper() and \
                    alpha[k + 2] and text[k + 1][:1].islower():
                break  # ``ranks 133 economies on 78 indicators and places Switzerland first``: a verb and its named
                # object, no second noun (C48-18)
            if m + 1 < end_limit and m > k + 1 and lower[m] in ("to", "by", "at") and number[m + 1]:
                break  # ``amounted to 24 310 persons and deaths to 21 906``: a gapped clause, verb left out
            k += 1
            continue
        if k > j and text[k].isdigit() and len(text[k]) <= 2 and alpha[k - 1] and \
                text[k - 1][:1].isupper() and lower[k - 1] not in _NOT_DESIGNATORS and \
                (k + 1 >= end_limit or not number[k + 1] and lower[k + 1] not in ("%", "per", "percent")):
            k += 1  # ``for Band 1``, ``from Band 2 and Band 3 treatments``: a name with its number (C40-21, as C30-22)
            continue
        if low == "," and k > j and adjective_series(table, k, end_limit):
            series = True
            k += 1  # ``31 fragile, conflict-affected or vulnerable countries``: coordinated adjectives before the noun
            continue
        if not nounish[k]:
            break
        if k > j and (text[k] in ("\u2013", "\u2014") or text[k] == "-" and table.whitespace[k] and table.whitespace[k - 1]):
            break  # ``more than half of the total - occur in``: a dash between spaces sets off an aside (C49-6)
        if k > j and low == "such" and k + 1 < end_limit and lower[k + 1] == "as":
            break  # ``2,410 other gains such as caravans``: the examples after ``such as`` are no part of the noun
        if k > j and low in _SUBJECT_PRONOUNS:
            break  # ``in cities with more than 500,000 inhabitants it averaged 11,360``: the next clause's subject
        if k > j and low in ("the", "a", "an", "its", "their") and i > 0 and (
                number[i - 1] or lower[i - 1] in ("thousand", "million", "billion", "trillion")):
            break  # ``the 1.14 million transactions the FBI's NICS Section processed``: a relative clause's subject (C42-9)
        if k > j and low in _PLACE_ADVERBS and (k + 1 >= end_limit or not nounish[k + 1] or number[k + 1]):
            break  # ``1,560 pounds of fentanyl nationwide in November``: an adverb of place, no part of the noun
        if number[k] and k > j:
            break
        if k > j and k + 1 < end_limit and lower[k + 1] in ("the", "a", "an", "its", "their", "his", "her") and \
                alpha[k] and (low.endswith("ed") or is_participle(low)) and low not in _TWO_OBJECT_VERBS:
            break  # ``1,116 people left the State``: a verb with its object ends the counted noun
        if k > j and low in _TWO_OBJECT_VERBS and k + 1 < end_limit and lower[k + 1] in ("a", "an", "the") and \
                any(number[m] for m in range(k + 2, min(end_limit, k + 5))):
            break  # ``The 75 countries paid a record $96.2 billion``: the verb states a figure of its own (C43-15)
        if k > j and (len(low) > 5 and low.endswith("ing") and low not in ING_NOUNS or low in _VALUE_WORDS) and \
                _figure_next(table, k + 1):
            break  # ``1,862 cases of undeclared cash totalling £41.3 million``: a participle stating the figure after it
            # (``420 shipments worth $12 million``, ``entry summaries valued at $277 billion``)
        if k > j and low in ("a", "an", "per", "every", "each") and k + 1 < end_limit and \
                lower[k + 1] in _RATE_UNITS:
            break  # ``6,000 flights a week``: a rate, not part of the counted noun
        k += 1
    if k == j:
        return None
    head = k - 1
    while head > j and (text[head] in ("-", "(", ")", "/", "&") or lower[head] in ("'s", "’s")):
        head -= 1
    if head > j and text[head].isdigit() and alpha[head - 1] and text[head - 1][:1].isupper():
        head -= 1  # ``Band 2``: the name's word heads it, its number designates it (C40-21)
    if not alpha[head] and not any(c.isalpha() for c in text[head]):
        return None
    return start, k, head


#: words after which a figure opens a clause as its subject
_CLAUSE_OPENING_WORDS = frozenset((",", ";", ":", "and", "or", "but", "while", "whereas", "which", "whom", "these",
                                   "those", "them", "(", "-"))
#: endings of adjectives that a comma may separate from the next modifier of the same noun (``fragile,``)
_ADJECTIVE_ENDINGS = ("ile", "al", "ic", "ous", "ive", "able", "ible", "ful", "less", "ary", "ian", "ish", "ed", "ing")
#: short adjectives without such an ending (``1,200 small, medium-sized and large firms``)
_SHORT_ADJECTIVES = frozenset(("small", "large", "new", "old", "big", "young", "major", "minor", "poor", "rich", "high",
                               "low", "short", "long", "full", "main", "key", "great", "wide", "open", "free", "safe"))


def _respectively_after(table: TokenTable, k: int) -> bool:
    """Whether ``respectively`` closes the sentence of token ``k`` (within 60 tokens)."""
    lower = table.lower
    for m in range(k, min(len(lower), k + 60)):
        if lower[m] == "respectively":
            return True
        if lower[m] in (".", ";") or table.text[m] == "\n\n":
            return False
    return False


def adjective_series(table: TokenTable, comma: int, end_limit: int) -> bool:
    """Whether the comma at ``comma`` separates coordinated adjectives of one noun (``31 fragile, conflict-affected
    or vulnerable countries``, ``1,200 small, medium-sized and large firms``): the word before it has an adjective's
    ending and no plural's, and lower-case words (hyphenated or not, more commas allowed) follow up to one ``and``/
    ``or`` and reach a plural noun after it. A figure, a capital or a second conjunction on the way makes it a list of
    its own; so does ``respectively`` closing the sentence (each modifier an item)."""
    lower, text, alpha, nounish, number = table.lower, table.text, table.alpha, table.nounish, table.number
    before = lower[comma - 1]
    if not alpha[comma - 1] or not (before.endswith(_ADJECTIVE_ENDINGS) or before in _SHORT_ADJECTIVES) or \
            singular(before) != before:
        return False
    conjunctions, last = 0, None
    m = comma + 1
    while m < min(end_limit, comma + 12):
        low = lower[m]
        if low in ("and", "or"):
            conjunctions += 1
            if conjunctions > 1 or last is None:
                return False
        elif text[m] == ",":
            if last is None or conjunctions:
                return False
        elif text[m] == "-" and last is not None:
            pass
        elif alpha[m] and nounish[m] and not number[m] and text[m][:1].islower():
            last = m
            if conjunctions and singular(low) != low:
                return not _respectively_after(table, m)  # (``the primary, secondary and tertiary industries was
                # 602.5, 9,849.8 and 18,308.8 billion yuan respectively``: each modifier an item of the list)
        else:
            return False
        m += 1
    return False


#: words that state the value of what the noun before them counts (``420 shipments worth $12 million``)
_VALUE_WORDS = frozenset(("worth", "valued"))
#: pronouns that open a clause: never inside a noun phrase
_SUBJECT_PRONOUNS = frozenset(("it", "they", "we", "he", "she"))
#: bounds before a figure (``worth about``, ``totalling an estimated``), as the categories step reads them
_BOUND_WORDS = vocabulary("bound_words")


def _figure_next(table: TokenTable, k: int) -> bool:
    """Whether a figure starts at token ``k``, or right after ``to`` there (``totalling £41.3 million``, ``amounting to
    $3.2 million``)."""
    if k < len(table.lower) and table.lower[k] in ("to", "at"):
        k += 1
    for _ in range(3):  # ``worth about $1.7 billion``, ``totalling an estimated £41 million``
        if k < len(table.lower) and (table.lower[k] in _BOUND_WORDS or table.lower[k] in ("a", "an")):
            k += 1
    return k < len(table.lower) and (table.number[k] or table.text[k][:1] in CURRENCY_SIGNS or
                                     currency_unit(table.text[k]) is not None and k + 1 < len(table.lower) and
                                     table.number[k + 1])  # (``worth EUR 46 million``)


def _extend_complements(doc: Doc, k: int, end_limit: int, tagged: bool) -> int:
    return _complements(token_table(doc, tagged), k, end_limit, tagged)


def _complements(table: TokenTable, k: int, end_limit: int, tagged: bool) -> int:
    """:func:`_extend_complements` on the document's :class:`TokenTable` (for ``tagged``)."""
    lower, text, number, verb = table.lower, table.text, table.number, table.verb
    end = k
    while k < end_limit and lower[k] in COMPLEMENT_PREPOSITIONS and k + 1 < end_limit:
        m = k + 1
        while m < end_limit:
            t = text[m]
            if t == "(":
                close = next((n for n in range(m + 1, min(end_limit, m + 6)) if text[n] == ")"), None)
                if close is None or any(number[m + 1 : close]):
                    break
                m = close + 1
                continue
            if t in STOP_PUNCT or number[m] or verb[m] or t[-1] in CURRENCY_SIGNS:
                break  # (a currency sign opens the figure: ``the services surplus of $0.1 billion``)
            low = lower[m]
            if low in CONJUNCTIONS and m + 1 < end_limit and (
                number[m + 1] or lower[m + 1] in ("more", "over", "nearly", "about", "less")
            ):
                break
            if low in CONJUNCTIONS and m + 2 < end_limit and (lower[m + 1].endswith("ed") or verb[m + 1]) and (
                    number[m + 2] or lower[m + 2] in ("more", "over", "nearly", "about", "less", "some", "around",
                                                      "almost", "roughly")):
                break  # ``cracked 8,212 cases of telecom fraud and arrested more than 14,000``: a second verb (C31-16)
            if low in _COMPLEMENT_BREAKS and low not in ("over", "about", "around"):
                break
            if (len(low) > 5 and low.endswith("ing") and low not in ING_NOUNS or low in _VALUE_WORDS) and m > k + 1 and \
                    _figure_next(table, m + 1):
                break  # ``cases of undeclared cash totalling £41.3 million``: a participle stating the next figure
            if not tagged and low.endswith("ed") and m > k + 1 and lower[m - 1] not in DETERMINERS and (
                lower[m - 1] in ("were", "was", "been") or lower[m + 1 if m + 1 < end_limit else m] in
                _PAST_VERB_FOLLOWERS
            ):
                break
            m += 1
        if m == k + 1 or m - k > 14:
            break
        if not STOP_PUNCT.isdisjoint(text[k:m]):
            break
        end = m
        k = m
    while end > 0 and lower[end - 1] in _PHRASE_TRAILERS:
        end -= 1
    return end


def has_dependencies(doc: Doc) -> bool:
    """Whether a parser has set dependencies on ``doc`` (computed once per document)."""
    cached = doc.user_data.get("relstats_has_dep")
    if cached is None:
        cached = doc.user_data["relstats_has_dep"] = bool(len(doc)) and doc.has_annotation("DEP")
    return cached


def parsed_subject(doc: Doc, i: int, start_limit: int) -> tuple[int, int, int] | None:
    """The subject of the verb that governs token ``i``, from the dependency parse: its noun phrase
    (the subject's left modifiers and restricting complements), ``(start, end, head)``, or None."""
    token = doc[i]
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "expl")]
    if not subjects and token.dep_ in ("conj", "xcomp", "advcl") and token.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.pos_ == "PRON" or subject.i < start_limit:
        return None
    left = subject.left_edge.i
    right = subject.right_edge.i + 1
    if left <= i < right:
        return None
    while left < subject.i and doc[left].lower_ in DETERMINERS:
        left += 1
    low = [t.lower_ for t in doc[left : left + 2]]
    if low == ["number", "of"] and left + 2 <= subject.right_edge.i:
        left += 2
        subject = doc[left:right].root
    return left, right, subject.i


_STOP_MARKS = frozenset((";", ":"))


def _clause_marks(doc: Doc, tagged: bool) -> tuple[list[int], list[int], list[int]]:
    """Sorted token indices of the verbs (:func:`is_verb`), the semicolons and colons, and the commas
    of ``doc``, found once per document: the search for a figure's verb is then two bisections."""
    cache = token_cache(doc)
    key = ("clause_marks", tagged)
    hit = cache.get(key)
    if hit is None or hit[0] != len(doc):
        table = token_table(doc, tagged)
        positions = range(len(table.text))
        verbs = list(compress(positions, table.verb))
        stops = list(compress(positions, map(_STOP_MARKS.__contains__, table.text)))
        commas = list(compress(positions, map(",".__eq__, table.text)))
        hit = cache[key] = (len(doc), verbs, stops, commas)
    return hit[1], hit[2], hit[3]


def _answers(doc: Doc, name: str) -> dict:
    """The answers :func:`subject_before` or :func:`noun_phrase_before` (``name``) already gave for
    ``doc``, by arguments: the categories step and the linker ask the same questions (the answers
    depend on the tokens, tags and parse only, which the rule components never change)."""
    cache = token_cache(doc)
    key = (name, len(doc))
    found = cache.get(key)
    if found is None:
        found = cache[key] = {}
    return found


def subject_before(doc: Doc, i: int, start_limit: int) -> tuple[int, int, int] | None:
    """The clause subject of a figure at token ``i``: the noun phrase before the nearest verb to its
    left (``Exports rose 13.8 percent`` -> ``Exports``), as ``(start, end, head)``, or None.
    With a dependency parse, the parsed subject is preferred."""
    answers = _answers(doc, "subject_before")
    key = (i, start_limit)
    if key not in answers:
        answers[key] = _subject_before(doc, i, start_limit)
    return answers[key]


def _preposition_list(lower: list, commas: list, k: int, i: int) -> bool:
    """Whether the figure at token ``i`` follows ``by`` and every comma between the verb at ``k`` and it
    opens another ``by`` of the same list (``..., by 42.9% on December 2023, and by 60.5%``)."""
    if i < 1 or lower[i - 1] != "by":
        return False
    for c in commas[bisect_right(commas, k) : bisect_left(commas, i)]:
        after = lower[c + 1 : c + 3]
        if not after or not (after[0] == "by" or after == ["and", "by"]):
            return False
    return True


#: verbs of a reporting clause (``, official data showed,``): its subject is the source, not what is measured
_REPORTING_VERBS = frozenset(("showed", "shows", "show", "said", "says", "reported", "announced", "indicated",
                              "revealed", "estimated"))


def _clause_verb_before(verbs: list, lower: list, k: int) -> int:
    """The index in ``verbs`` of the last verb before token ``k`` that is no participle of comparison or adjustment
    (``compared``, ``measured``, ``adjusted``), or -1."""
    j = bisect_left(verbs, k) - 1
    while j >= 0 and lower[verbs[j]] in ("compared", "measured", "adjusted", "estimated", "seen"):
        j -= 1
    return j


#: words after a figure that compare it (``11.19 percent higher than``)
_COMPARED_AFTER = frozenset(("higher", "lower", "more", "less", "fewer", "above", "below", "up", "down", "greater",
                             "smaller", "larger"))


def _subject_before(doc: Doc, i: int, start_limit: int) -> tuple[int, int, int] | None:
    if has_dependencies(doc):
        found = parsed_subject(doc, i, start_limit)
        if found is not None:
            return found
    tagged = has_pos(doc)
    verb_limit = max(start_limit, i - SUBJECT_VERB_WINDOW)
    verbs, stops, commas = _clause_marks(doc, tagged)
    j = bisect_left(verbs, i) - 1
    k = verbs[j] if j >= 0 else -1  # the nearest verb left of the figure
    if k < verb_limit:
        return None
    table = token_table(doc, tagged)
    lower, verb, nounish, number = table.lower, table.verb, table.nounish, table.number
    closing = next((c for c in range(i - 1, k, -1) if table.text[c] == ","), None)
    if closing is not None:
        opener = next((r for r in range(k - 1, max(start_limit, k - 8) - 1, -1) if table.text[r] == "," or
                       lower[r] in RELATIVE_OPENERS), None)
        if opener is not None and lower[opener] in RELATIVE_OPENERS and opener >= 1 and table.text[opener - 1] == ",":
            # ``Among the 22 major States, which together account for about 90% of the weight, 13 recorded``: the
            # verb of a relative clause closed before the figure has no say in it
            return None
    # no semicolon or colon between the verb and the figure, and no comma more than 6 tokens back but one
    # that opens the next of a list of figures after the same preposition (``rose by 2.2% on the previous
    # month, by 42.9% on December 2023, by 47.1% on the same month of the previous year``)
    if bisect_left(stops, i) > bisect_right(stops, k) or \
            bisect_left(commas, i - 6) > bisect_right(commas, k) and not _preposition_list(lower, commas, k, i):
        return None
    if lower[k] in _REPORTING_VERBS and k - 1 > start_limit and "," in table.text[k + 1 : i]:
        # ``exports rose 3.8% in November, Ministry of Finance data showed on Wednesday, beating a 2.8% increase``: a
        # reporting clause set off by commas names the source; the figure after it is of the clause before
        reported = noun_phrase_before(doc, k, start_limit)
        if reported is not None and reported[0] - 1 > start_limit and table.text[reported[0] - 1] == ",":
            return _subject_before(doc, reported[0] - 1, start_limit)
    raising_verbs = vocabulary("raising_verbs")
    changed = next((verbs[m] for m in range(bisect_left(verbs, k - 1) - 1, -1, -1) if verbs[m] >= max(start_limit, k - 16)
                    and (lower[verbs[m]] in words("change_up") or lower[verbs[m]] in words("change_down"))), None) \
        if k - 1 > start_limit and lower[k - 1] == "and" and lower[k] in vocabulary("stating_verbs") else None
    if changed is not None and not any(table.text[m] in (",", ";", ":", "(", ")") or
                                       verb[m] and lower[m] not in ("compared", "measured", "adjusted")
                                       for m in range(changed + 1, k - 1)):
        # ``the IMAI decreased 1.2% in real terms compared with the previous month and stood at 102.6 points``: a
        # level stated after the subject's own change shares its subject (C43-8)
        k = changed
    elif k - 1 > start_limit and lower[k - 1] in ("but", "and") and lower[k] in ("was", "were", "is", "are") and \
            i + 1 < len(lower) and lower[k + 1 : i] == [] and table.number[i] and \
            any(w in _COMPARED_AFTER for w in lower[i + 1 : i + 4]) and \
            (j := _clause_verb_before(verbs, lower, k - 1)) >= 0 and verbs[j] >= max(start_limit, k - 16) and \
            not any(table.text[m] in (";", ":") or lower[m] in (",", "while", "whereas") for m in range(verbs[j], k)):
        # ``Non-oil and gas exports fell by 1.08 percent compared with October 2024 but were 11.19 percent higher than
        # in November 2023``: a copula coordinated with the clause's verb, past its figure, shares its subject (C50-18)
        k = verbs[j]
    elif k - 1 > start_limit and lower[k - 1] == "and":
        # ``Final domestic demand ... picked up slightly and contributed +0.1 point``: a verb coordinated with an
        # earlier one of its clause shares that verb's subject
        j = bisect_left(verbs, k - 1) - 1
        if j >= 0 and verbs[j] >= max(start_limit, k - 8) and \
                not any(table.text[m] in (",", ";", ":", "(", ")") or table.number[m] for m in range(verbs[j], k)):
            k = verbs[j]  # (not past a figure: ``ICA issued 1.07 million passports ... and processed 36,200``)

    gapped = _gapped_clause_subject(doc, table, k, i, start_limit)
    if gapped is not None:
        return gapped
    nearest = k
    while k - 1 >= start_limit and (verb[k - 1] or lower[k - 1] in (
            "not", "also", "further", "still", "already", "again", "respectively", "to", "little", "now", "almost",
            "somewhat", "nonetheless", "nevertheless", "however", "meanwhile", "therefore", "likewise", "instead",
            "together", "jointly", "thus", "hence", "then", "even", "both", "each") or
            lower[k - 1] in raising_verbs or (
            lower[k - 1].endswith("ly") and not nounish[k - 1])):
        k -= 1  # ``is expected to be``, ``is estimated to have grown``
    if k - 2 >= start_limit and lower[k - 1] == "than" and lower[k - 2] in ("more", "less", "fewer"):
        k -= 2  # ``Arrivals from India more than doubled to 25,900``: the bound of the verb's multiple
    # the verb of seeing or forecasting nearest the figure (``Staff now see``, ``had forecast payrolls
    # increasing by``, ``Analysts expect inflation to ease to``), not before the clause's own verb
    opinion = next((m for m in range(i - 1, max(start_limit, k) - 1, -1) if lower[m] in OBJECT_VERBS), None)
    if opinion is not None and opinion + 1 < i:
        # ``Staff now see average inflation at 5.6%``, ``expects domestic tourist trips to rise 20-25%``:
        # the figure is stated of the verb's object, not of its subject
        found = noun_phrase_after(doc, opinion + 1, i)
        if found is not None and lower[found[2]] not in OBJECT_CHANGE_NOUNS:
            # (``Norrbotten County saw the largest decrease (-0.4 percent)``: an object naming the change is
            # no category; the subject is measured)
            start, end, head = found
            cut = next((m for m in range(start + 1, end) if lower[m] == "to" or lower[m] in OBJECT_CHANGE_NOUNS or (
                lower[m].endswith("ing") and len(lower[m]) > 4)), end)  # ``trips to rise``, ``inflation averaging``
            if cut < end:
                end, head = cut, min(head, cut - 1)
            return start, end, head
    if k - 1 > start_limit and table.text[k - 1] == ",":
        found = _interjected_subject(doc, k - 1, start_limit)
        if found is not None:
            return found
    end = _before_period(doc, _before_trailer(doc, k, start_limit), start_limit)
    participle_end = end < k and end - 2 >= start_limit and verb[end - 1] and is_participle(lower[end - 1]) and \
        nounish[end - 2] and not verb[end - 2] and not number[end - 2]
    bound_tail = end - 2 >= start_limit and tuple(lower[end - 2 : end]) in _BOUND_TAILS
    age = _before_age_range(doc, end - 2 if bound_tail else end, start_limit)
    if age == end:
        age = _before_waiting_time(table, end, start_limit)
    found = noun_phrase_before(doc, age, start_limit)
    if found is None and participle_end and age == end:
        # ``The gross GST revenue collected in November 2024 stood at``: the noun with the participle that restricts
        # it, before its time (as C35's ``used vans imported``)
        found = noun_phrase_before(doc, end - 1, start_limit)
        found = None if found is None else (found[0], end, found[2])
    if found is None and bound_tail and age == end - 2 and number[age - 1]:
        # ``Actual starts in centres with a population of 10,000 or more were``: a threshold closing the subject; the
        # noun phrase before it, with the complements that restrict it (C40-2)
        m = age - 1
        while m > start_limit and number[m - 1]:
            m -= 1
        if m - 1 > start_limit and lower[m - 1] in ("of", "than", "at", "with"):
            found = noun_phrase_before(doc, m - 1, start_limit)
            if found is not None and found[1] == m - 1:
                found = with_left_complements(doc, found, start_limit)
                return found[0], end, found[2]
            found = None
    if found is not None and bound_tail:
        # ``the proportion waiting six weeks or more was``: the bound after the figure inside the subject is part of it
        found = with_left_complements(doc, found, start_limit)
        return found[0], end, found[2]
    if found is None and k - 1 >= start_limit:
        found = subject_before_apposition(doc, k, start_limit)
    elif found is not None:
        # a subject restricted by a complement (``The number of people in work rose``): the whole phrase
        found = with_left_complements(doc, found, start_limit)
        if age < end:
            found = (found[0], end, found[2])  # the group keeps its ages (``The population aged 65 and over``)
        j = found[0] - 1
        while j > start_limit and lower[j] in DETERMINERS:
            j -= 1
        if j - 1 >= start_limit and lower[j] in PREPOSITIONS and lower[j - 1] in ("those", "that"):
            # ``... and those to the EU fell 10.8%``: a pronoun standing for the measure before, restricted
            found = (j - 1, found[1], found[2])
    if found is not None and lower[found[0]] in _TIME_LENGTH_NOUNS:
        # ``The number of patients who waited more than 12 hours from a decision to admit to admission was``: the
        # people who waited, not the hours
        m = _before_waiting_time(table, found[0] + 1, start_limit)
        if m <= found[0]:
            if m - 1 > start_limit and lower[m - 1] in ("who", "that", "which"):
                m -= 1
            waited = noun_phrase_before(doc, m, start_limit)
            if waited is not None:
                waited = with_left_complements(doc, waited, start_limit)
                return waited[0], found[1], waited[2]
    return found


def _gapped_clause_subject(doc: Doc, table, k: int, i: int, start_limit: int) -> tuple[int, int, int] | None:
    """The subject of a gapped clause ``..., and <noun phrase> <figure>`` whose verb (at ``k``) is left out, after an
    earlier figure of the verb's clause (``Carbon dioxide made up 79.7 percent of gross emissions and methane 11.1
    percent``, ``Food excluding fresh food rose 3.6% from a year earlier and fresh food 20.2%``, C50-14); else None."""
    lower, number, verb = table.lower, table.number, table.verb
    end = i
    while end - 1 > k and lower[end - 1] in _BOUND_WORDS and lower[end - 1] != "to":
        end -= 1
    if end - 2 <= k or not table.nounish[end - 1] or number[end - 1] or verb[end - 1]:
        return None
    found = noun_phrase_before(doc, end, start_limit)
    if found is None or found[1] != end:
        return None
    if found[0] - 1 > k and lower[found[0] - 1] != "and":
        found = with_left_complements(doc, found, k + 1)  # (``and Soekarno-Hatta airport in Jakarta 201,500``, C50-20)
    joiner = next((m for m in range(end - 2, max(found[0], k + 1) - 1, -1) if lower[m] == "and"), None)
    if joiner is not None:
        found = (joiner + 1, end, max(found[2], joiner + 1))  # (``of gross emissions and methane``: the phrase after
        # the joiner, the earlier figure's complement before it)
    if found[0] - 1 <= k or lower[found[0] - 1] != "and" or found[1] - found[0] > 5:
        return None
    between = range(k + 1, found[0] - 1)
    if not any(number[m] for m in between) or any(verb[m] or table.text[m] in (";", ":", ",") for m in between):
        return None  # (``..., and equivalent to 96.6% of``: a clause set off by a comma is no gapped one)
    if found[1] - found[0] == 1 and can_be_verb(lower[found[0]]):
        return None  # (``and remain about 17 percent below``: a verb, no subject)
    return found


def _list_tail(table, comma: int, end: int, start_limit: int) -> bool:
    """Whether the words between ``comma`` and ``end`` close a list inside an interjection (``The protection rate,
    the share of decisions that granted refugee protection, subsidiary protection or a ban on deportation, was``):
    nouns joined by a coordinator, opened by no determiner, preposition or participle (``excluding taxes and grid
    rent``, ``meaning households and businesses``), with no verb, after a noun and another comma before (C22-7)."""
    lower, text, verb, nounish = table.lower, table.text, table.verb, table.nounish
    segment = lower[comma + 1 : end]
    first = comma + 2 if len(segment) > 1 and segment[0] in ("a", "an") else comma + 1  # (``, a transit visa or``)
    if not segment or ("or" not in segment and "and" not in segment) or not nounish[comma - 1] or \
            lower[first] in DETERMINERS or lower[first] in PREPOSITIONS or not nounish[first] or \
            lower[first].endswith(("ing", "ed")) or any(verb[n] for n in range(comma + 1, end)):
        return False
    return any(text[n] == "," for n in range(max(start_limit, comma - 25), comma))


#: words opening an aside that names what the subject leaves out or takes in
_ASIDE_OPENERS = frozenset(("excluding", "including", "except", "excl", "incl"))
#: participles opening an aside on how the subject is measured, before a preposition (``, adjusted for seasonal
#: variation and holiday and trading-day differences, but not for price changes,``: C50-22)
_MEASURED_ASIDE = frozenset(("adjusted", "measured", "expressed", "calculated", "deflated", "valued"))


def _interjected_subject(doc: Doc, comma: int, start_limit: int) -> tuple[int, int, int] | None:
    """The subject of a verb that follows a comma closing an interjection: a relative clause (``The
    public sector, which comprises educational services, health care and social assistance, and public
    administration, rose``) or an apposition (``The number of quits, generally voluntary separations
    initiated by the employee, was``): the noun phrase that ends at the interjection's opening comma."""
    table = token_table(doc)
    lower, text = table.lower, table.text
    low = max(start_limit + 1, comma - 40)
    opening = next((r - 1 for r in range(comma - 1, low, -1)
                    if (lower[r] in RELATIVE_OPENERS or lower[r] in _ASIDE_OPENERS or
                        lower[r] in _MEASURED_ASIDE and lower[r + 1] in ("for", "by", "in", "at")) and
                    text[r - 1] == ","), None)
    # (``Wholesale sales, excluding petroleum, petroleum products, and other hydrocarbons, rose``: an aside of what
    # the subject leaves out, however many commas it holds; C42-37)
    if opening is None:
        opening = next((n for n in range(comma - 1, max(start_limit, comma - 25), -1) if text[n] in (",", ";", ":")),
                       None)
        if opening is not None and text[opening] == "," and _list_tail(table, opening, comma, start_limit):
            opening = next((n for n in range(opening - 1, max(start_limit, opening - 25), -1)
                            if text[n] in (",", ";", ":")), None)
        if opening is None or text[opening] != ",":
            return None
    end = opening
    periods = {x.end: x for x in spans_of(doc, "PERIOD") if x.start > start_limit} \
        if lower[opening + 1] in ("as", "defined") or lower[opening + 1] in _MEASURED_ASIDE else {}
    dated = periods.get(opening)
    while dated is not None and lower[dated.start - 1] in ("and", ",") and dated.start - 1 in periods:
        dated = periods[dated.start - 1]  # ``for 2024 and 2025``
    if dated is not None and lower[dated.start] in ("for", "in"):
        # ``Inflation expectations for 2024 and 2025, as measured by the Focus survey, rose``: the subject before its
        # dating phrase (C20-9)
        end = dated.start
    found = noun_phrase_before(doc, end, start_limit)
    if found is None or found[1] != end:
        return None
    return with_left_complements(doc, found, start_limit)


def subject_before_apposition(doc: Doc, k: int, start_limit: int) -> tuple[int, int, int] | None:
    """The subject of a verb at token ``k`` when an apposition, a bracket or a relative pronoun
    stands between them: ``Personal outlays, the sum of PCE and transfers, increased``,
    ``Disposable personal income (DPI), personal income less taxes, increased``, ``the index for
    shelter, which rose``."""
    table = token_table(doc)
    lower, text = table.lower, table.text
    m = k - 1
    if lower[m] in ("which", "that", "who") and m - 1 >= start_limit and text[m - 1] == ",":
        found = noun_phrase_before(doc, m - 1, start_limit)
        if not found:
            return None
        extended = with_left_complements(doc, found, start_limit)
        if any(len(lower[j]) > 4 and lower[j].endswith("ing") and lower[j] not in ING_NOUNS
               for j in range(extended[0], found[0])):
            return found  # ``the largest contribution coming from construction, which grew``: the antecedent (C35-30)
        return extended
    for _ in range(3):
        if m < start_limit:
            return None
        if text[m] == ")":
            opening = next((n for n in range(m - 1, max(start_limit - 1, m - 12), -1) if text[n] == "("), None)
            if opening is None:
                return None
            found = noun_phrase_before(doc, opening, start_limit)
            if found:
                # (``The number of patients waiting more than 12 hours ... (so-called trolley waits) rose``: the whole
                # subject before its bracket, as without one)
                return with_left_complements(doc, found, start_limit)
            m = opening - 1
            continue
        if text[m] != ",":
            return None
        previous = next((n for n in range(m - 1, max(start_limit - 1, m - 25), -1) if text[n] in (",", ";", ":")),
                        None)
        if previous is None:
            return None  # the apposition would open the clause: nothing before it
        if text[previous] in (";", ":"):
            return None
        if _list_tail(table, previous, m, start_limit):
            m = previous
            continue
        m = previous - 1
        found = noun_phrase_before(doc, previous, start_limit)
        if not found:
            # ``The value of total retail sales in October 2024, provisionally estimated at $30.6 billion,
            # decreased``: the subject before its time phrase (C35-10)
            times = [x for x in spans_of(doc) if x.label_ in ("PERIOD", "BASELINE") and x.end == previous]
            if times and times[0].start - 1 > start_limit:
                found = noun_phrase_before(doc, times[0].start, start_limit)
        if found:
            return found
    return None


#: tokens a subject's post-modifiers may span, left of the phrase that ends at the verb
SUBJECT_MODIFIER_REACH = 30
#: tokens between a relative pronoun and the phrase that ends a relative clause inside a subject
RELATIVE_CLAUSE_REACH = 8


def _inside_time(doc: Doc, start: int, end: int) -> bool:
    """Whether a token from ``start`` to ``end`` lies in a PERIOD or BASELINE span (``in the first ten months``)."""
    return any(s.start < end and start < s.end for s in spans_of(doc) if s.label_ in ("PERIOD", "BASELINE"))


#: bounds written after a figure that can end a subject (``units in buildings with five units or more were``)
_BOUND_TAILS = frozenset({("or", "more"), ("and", "over"), ("or", "over"), ("and", "above"), ("or", "less"),
                          ("or", "longer"), ("or", "older")})
#: words of a figure written inside a subject, with its range and bound (``1 to 35``, ``more than 9``, ``six ... or more``)
_AGE_UNIT_WORDS = frozenset({"years", "months", "weeks", "year", "month", "week", "old"})
_FIGURE_WORDS_INSIDE_SUBJECT = frozenset({"to", "-", "–", "and", "or", "more", "less", "fewer", "than", "over", "under",
                                          "at", "least", "up"})


#: adjectives that may stand before a participle premodifying a noun (``total recorded crime``)
_PARTICIPLE_PREMODIFIERS = frozenset({"total", "overall", "all", "net", "gross", "annual", "average"})


# unlike categories' _complements_left: more prepositions, participle and relative phrases, no stop at times
def with_left_complements(doc: Doc, found: tuple[int, int, int], start_limit: int) -> tuple[int, int, int]:
    """A noun phrase extended left over the phrase its post-modifiers restrict, when it is the end of
    a longer subject: a prepositional complement (``shelter`` -> ``the index for shelter``, ``Australia's
    capital cities`` -> ``The average price of unleaded petrol across Australia's capital cities``), a
    participle phrase (``main applicants`` -> ``Work visas granted to main applicants``, ``an initial
    decision`` -> ``the backlog of cases awaiting an initial decision``) or a relative clause without
    commas (``small boats`` -> ``people who crossed the Channel in small boats``)."""
    start, end, head = found
    table = token_table(doc)
    lower, text, number, verb, nounish = table.lower, table.text, table.number, table.verb, table.nounish
    prepositions = vocabulary("subject_modifier_prepositions")
    reach = max(start_limit, start - SUBJECT_MODIFIER_REACH)

    def phrase_ending_at(k: int) -> tuple[int, int, int] | None:
        if k - 1 < reach or number[k - 1] and not (k - 2 >= reach and _designating_number(table, k - 1)):
            return None  # (``Terminal 1 at Dublin Airport``: a name with its number is a phrase, C50-20)
        previous = noun_phrase_before(doc, k, start_limit)
        if previous is None or previous[1] != k or previous[0] < reach:
            return None
        before = previous[0] - 1
        while before >= start_limit and lower[before] in DETERMINERS:
            before -= 1

        def premodifier(m: int) -> bool:
            """An adjective of totals or an adverb standing before a participle (``total``, ``seasonally``)."""
            return m >= start_limit and (lower[m] in _PARTICIPLE_PREMODIFIERS or
                                         lower[m].endswith("ly") and not nounish[m] and not verb[m])

        if before >= start_limit and verb[before] and lower[before].endswith("ed") and (
                before - 1 < start_limit or lower[before - 1] in prepositions or lower[before - 1] in DETERMINERS or
                text[before - 1] == "," or premodifier(before - 1)):
            # ``The number of registered company insolvencies in Scotland``: a participle after a preposition
            # or an article premodifies the noun; no verb stands there; nor after an adverb or an adjective of
            # totals, or opening the clause (``total recorded crime in Scotland``, ``seasonally adjusted revenue in
            # the euro area``, ``Recorded fraud in Wales``, ``Over the decade, recorded fraud in Wales``: C25-7)
            return (before - 1 if premodifier(before - 1) else before), previous[1], previous[2]
        if premodifier(before) and lower[before] not in _PARTICIPLE_PREMODIFIERS and before == previous[0] - 1 and \
                lower[previous[0]].endswith("ed") and previous[0] < previous[2]:
            return before, previous[1], previous[2]  # ``seasonally adjusted revenue``: an adverb of its participle
        if before >= start_limit and (verb[before] or lower[before] in ("be", "been", "being") or (
                lower[before].endswith("ly") and not nounish[before])):
            return None  # a complement of a verb (``was mainly due to``): no subject begins there
        return previous

    def modified_phrase(p: int) -> tuple[int, int, int] | None:
        """The phrase a participle at ``p`` restricts (``visas granted``, ``people who crossed``)."""
        if not is_participle(lower[p]):
            return None
        previous = phrase_ending_at(p)
        if previous is None and p - 2 >= reach and lower[p - 1] in ("who", "that", "which") and text[p - 2] != ",":
            previous = phrase_ending_at(p - 1)
        return previous

    def relative_clause_before(at: int) -> tuple[int, int, int] | None:
        """The phrase a relative clause without commas restricts, the clause ending at ``at`` (``the
        number of persons who currently want a job``, ``People who are neither working nor looking for
        work``): ``who``/``that`` a few words back, a verb after it, no punctuation between."""
        for r in range(at - 1, max(reach, at - RELATIVE_CLAUSE_REACH) - 1, -1):
            if text[r] in (",", ";", ":", "(", ")") or number[r]:
                return None
            if lower[r] in ("who", "that"):
                if r - 1 < reach or text[r - 1] == "," or (
                        lower[r] == "that" and not any(verb[m] for m in range(r + 1, at))):
                    return None
                return phrase_ending_at(r)
            if lower[r] in ("which", "where", "whose"):
                # ``The number of households in which all active members are unemployed``, ``regions where
                # rents are capped``: a relative clause after a preposition or a relative adverb
                opening = r - 1 if lower[r] == "which" and r - 1 >= reach and lower[r - 1] in prepositions else r
                if lower[r] == "which" and opening == r or opening - 1 < reach or text[opening - 1] == "," or \
                        not any(verb[m] for m in range(r + 1, at)):
                    return None
                return phrase_ending_at(opening)
        return None

    if any(text[m] == "," and lower[m + 1] in ("and", "or") and lower[m + 2] in DETERMINERS for m in range(start, end - 2)):
        return found  # two clauses' phrases (``the Spring Festival, and the non-food prices``): no restricted subject
    while True:
        at = start
        while at - 1 >= reach and lower[at - 1] in DETERMINERS:
            at -= 1  # ``Inflation in the euro area``: the phrase began at its article
        if at < start and lower[at] == "that" and at - 1 >= reach and (
                verb[at - 1] or lower[at - 1].endswith("ed") or lower[at - 1] in ("said", "says", "shows", "show")):
            break  # ``IATA announced that total traffic ... rose``: a clause reported after ``that``
        p = at - 1
        if p - 1 < reach:
            break
        m = p
        while m > reach and (number[m] or lower[m] in _FIGURE_WORDS_INSIDE_SUBJECT or
                             lower[m] in _AGE_UNIT_WORDS and m - 1 > reach and
                             (number[m - 1] or lower[m - 1] in _AGE_UNIT_WORDS)):
            m -= 1  # (``those aged 6 months to under 65 years in risk groups``: an age's unit words too, C41-16)
        if m < p and any(number[x] for x in range(m + 1, p + 1)) and (
                is_participle(lower[m]) and not verb[m] and not lower[m].endswith("ed") or lower[m] in prepositions or
                lower[m] in vocabulary("age_words")) \
                and not (lower[p].isdigit() and len(lower[p]) == 4) and not _inside_time(doc, m + 1, p + 1):
            # ``persons working 1 to 35 hours``, ``the proportion waiting six weeks or more``, ``units in buildings with
            # five units or more``: a figure inside the subject (a threshold, a duration) is no edge of it
            previous = phrase_ending_at(m) if is_participle(lower[m]) else (phrase_ending_at(m) or
                                                                            modified_phrase(m - 1))
            if previous is None and lower[m] in vocabulary("age_words") and m - 1 >= reach and lower[m - 1] == "those":
                previous = (m - 1, m, m - 1)  # ``Uptake in those aged 6 months to under 65 years in ...`` (C41-16)
            if previous is not None:
                start, head = previous[0], previous[2]
                continue
        if p - 2 >= reach and (lower[p] == "of" and lower[p - 1] == "because" or
                               lower[p] == "to" and lower[p - 1] in ("due", "owing")):
            # ``working days lost because of labour disputes``: a two-word preposition after a participle
            previous = modified_phrase(p - 2) or phrase_ending_at(p - 1)
        elif lower[p] in prepositions and p - 3 >= reach and lower[p - 1] in ("and", "or") and lower[p - 2] in prepositions:
            # ``Flights to and from the Chinese Mainland``: coordinated prepositions share their object; the phrase
            # ends before the first (C50-1)
            previous = phrase_ending_at(p - 2) or modified_phrase(p - 3)
        elif lower[p] in ("and", "or") and p - 2 >= reach and lower[p - 1] in prepositions and \
                lower[at] == "out" and at + 1 < end and lower[at + 1] == "of":
            previous = phrase_ending_at(p - 1) or modified_phrase(p - 2)  # (``into and out of the capital``, C50-1)
        elif lower[p] in prepositions:
            previous = phrase_ending_at(p) or modified_phrase(p - 1)
        elif lower[p] == "as" and p - 1 > reach and is_participle(lower[p - 1]):
            previous = modified_phrase(p - 1)  # ``Cases triaged as serious``, ``persons registered as unemployed``
        elif lower[p] in ("who", "that") and text[p - 1] != "," and is_participle(lower[at]):
            previous = phrase_ending_at(p)  # the phrase began with the relative clause's verb
        else:
            previous = modified_phrase(p)
        if previous is None:
            previous = relative_clause_before(at)
        if previous is None:
            break
        start, head = previous[0], previous[2]
    return start, end, head


def _adverb_inside(table, m: int, start_limit: int, stop: int) -> bool:
    """Whether the ``-ly`` word at ``m`` modifies an adjective inside a noun phrase (``other economically
    inactive persons``, ``the newly registered cars``): a word of the phrase on each side of it."""
    lower, nounish, number, punct = table.lower, table.nounish, table.number, table.punct
    low = lower[m]
    return len(low) > 4 and low.endswith("ly") and low.isalpha() and start_limit < m < stop and \
        nounish[m + 1] and not punct[m + 1] and not number[m + 1] and not table.verb[m + 1] and \
        (nounish[m - 1] and not number[m - 1] and not punct[m - 1] or lower[m - 1] in DETERMINERS)


#: endings of an adjective stated of a part after a copula (``were fatal``, ``was serious``, ``were unsuccessful``)
_STATE_ADJECTIVE = re.compile(r"(?:al|ous|ful|ive|ble|ic|ent|ant|less|ary)$")
#: nouns with those endings that name what a part is (``were cereal``, ``was plastic``)
_STATE_NOUNS = frozenset(("cereal", "animal", "metal", "mineral", "chemical", "capital", "hospital", "criminal",
                          "national", "total", "individual", "arrival", "rental", "plant", "plastic", "traffic", "public",
                          "fabric", "music", "cement", "student", "resident", "patient", "agent", "parent", "tenant",
                          "migrant", "applicant", "claimant", "entrant", "library", "dictionary", "diesel"))


def state_adjective(word: str) -> bool:
    """Whether ``word``, alone after a copula, states a state of the things counted rather than naming them (``of which
    one was fatal``, ``17 were serious``): a lower-case singular in an adjective's ending, not a noun of the list."""
    low = word.lower()
    return word.islower() and len(low) > 4 and _STATE_ADJECTIVE.search(low) is not None and \
        not low.endswith("ment") and low not in _STATE_NOUNS and singular(low) == low


def ed_form(low: str) -> bool:
    """A word in ``-ed`` that is a verb form: longer than four letters (``screened``), or a four-letter one that is not
    a noun in ``-eed`` nor ``aged`` (``owed``, ``used``, ``fled``; C40-9)."""
    return low.endswith("ed") and (len(low) > 4 or len(low) == 4 and low[1] != "e" and low != "aged")


def is_participle(low: str) -> bool:
    """A word that can open a participle phrase after a noun (``granted``, ``awaiting``, ``held``)."""
    return (len(low) > 4 and low.isalpha() and (low.endswith("ed") or low.endswith("ing"))) or \
        low in vocabulary("irregular_participles")


def _before_trailer(doc: Doc, k: int, start_limit: int) -> int:
    """Where a subject ends that a trailing phrase of ``subject_trailers`` closes before the verb at
    ``k`` (``total exports to Asia as a whole increased`` -> the index of ``as``), else ``k``."""
    lower = token_table(doc).lower
    for phrase in vocabulary_phrases("subject_trailers"):
        start = k - len(phrase)
        if start > start_limit and tuple(lower[start:k]) == phrase:
            return start
    return k


def _before_period(doc: Doc, k: int, start_limit: int) -> int:
    """Where a subject ends that a period phrase separates from its verb at ``k`` (``The Claimant Count
    for May 2024 rose`` -> the index of ``for``), the period's bracketed gloss included, else ``k``."""
    cache = token_cache(doc)
    periods = spans_of(doc, "PERIOD")
    key = ("period_starts_by_end", len(doc), len(periods))
    starts = cache.get(key)
    if starts is None:
        starts = cache[key] = {p.end: p.start for p in periods}
    start = starts.get(k)
    if start is None and k - 2 > start_limit and doc[k - 1].text == ")":
        # ``Passenger journeys in April to June 2024 (Quarter 1 of 2024-25) have been revised``: the period's own
        # gloss in brackets after it (C25-12)
        opening = next((m for m in range(k - 2, max(start_limit, k - 12), -1) if doc[m].text in ("(", ")")), None)
        if opening is not None and doc[opening].text == "(":
            start = starts.get(opening)
    if start is not None and start - 1 > start_limit and doc[start - 1].lower_ == "of":
        start -= 1  # ``the gross domestic product (GDP) of the whole year of 2024 was``: the period's ``of``
    return start if start is not None and start > start_limit else k


def _before_age_range(doc: Doc, k: int, start_limit: int) -> int:
    """Where a subject ends that an age range closes before the verb at ``k`` (``persons aged 15 years
    and above increased`` -> the index of ``aged``), else ``k``."""
    table = token_table(doc)
    lower, number = table.lower, table.number
    words_of_range = vocabulary("age_range_words")
    if k - 2 > start_limit and table.text[k - 1] == ")":
        # ``those aged 15-64 (OECD comparison standard) rose``: a gloss after the range, no figure in it
        opening = next((m for m in range(k - 2, max(start_limit, k - 8), -1) if table.text[m] in ("(", ")")), None)
        if opening is not None and table.text[opening] == "(" and not any(number[opening + 1 : k - 1]):
            found = _before_age_range(doc, opening, start_limit)
            if found != opening:
                return found
    m = k - 1
    while m >= max(start_limit, k - 9) and (number[m] or lower[m] in words_of_range):
        m -= 1
    if m < k - 1 and m >= start_limit and lower[m] in vocabulary("age_words") and any(number[m + 1 : k]):
        if m - 2 > start_limit and lower[m - 1] in ("those", "these") and lower[m - 2] in ("for", "of", "among", "in"):
            return m - 2  # ``The employment rate for those aged 15-64 rose``: the rate, before its group of ages
        return m
    if m + 1 < k - 1 and m >= start_limit and lower[m] in vocabulary("people_nouns") and \
            lower[m + 1] in ("under", "over", "below", "above") and any(number[m + 2 : k]):
        return m + 1  # ``Cases in children under 10 rose``: an age bound after a people noun (C31-21)
    if k - 3 > start_limit and lower[k - 1] in ("months", "month", "years", "year", "weeks", "days") and \
            number[k - 2] and lower[k - 3] == "at" and table.nounish[k - 4] and not number[k - 4]:
        return k - 3  # ``Rotavirus coverage at 12 months was 89.6%``: the age a coverage is measured at (C50-23)
    return k


_TIME_LENGTH_NOUNS = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                                "minute", "minutes"))
_LENGTH_BOUNDS = frozenset(("more", "less", "longer", "than", "over", "under", "at", "least", "up", "to", "beyond"))


def _before_waiting_time(table, k: int, start_limit: int) -> int:
    """Where a subject's noun phrase ends that a participle with a bounded length of time closes before the verb at
    ``k`` (``the number of people waiting more than a year rose`` -> the index of ``waiting``), else ``k``."""
    lower, number = table.lower, table.number
    m = k - 1
    if m - 3 < start_limit or lower[m] not in _TIME_LENGTH_NOUNS:
        return k
    m -= 1
    if not (lower[m] in ("a", "an") or number[m]):
        return k
    bound_end = m
    m -= 1
    while m >= start_limit and lower[m] in _LENGTH_BOUNDS:
        m -= 1
    if m == bound_end - 1 or m <= start_limit or not (lower[m].endswith("ing") and len(lower[m]) > 4 or
                                                       lower[m] in ("waited", "spent")):
        return k
    return m


#: nouns that end a time phrase before a clause (``Last year, exports and imports``): never an item
TIME_NOUNS = vocabulary("time_nouns")


def _coordination_join(doc: Doc, m: int, start_limit: int, tagged: bool, opened: bool) -> int | None:
    """Where the leftward walk of :func:`noun_phrase_before` goes on when token ``m`` joins two items
    of a coordinated noun phrase (``Mining, quarrying, and oil and gas extraction``, ``food and
    energy``): the index of the token before the join, or None. ``and``/``or`` join nouns; a comma
    (or ``, and``) joins items only once an ``and`` was crossed, and never a month or a figure
    (``In May, exports and imports``)."""
    table = token_table(doc, tagged)
    lower, text, nounish, number, punct = table.lower, table.text, table.nounish, table.number, table.punct

    def item_end(j: int) -> bool:
        if j < start_limit:
            return False
        low = lower[j]
        return nounish[j] and not number[j] and not punct[j] and \
            low not in words("months") and low not in DETERMINERS and low not in TIME_NOUNS and \
            low not in ("cent", "percent", "pct") and not (j - 1 >= 0 and (number[j - 1] or lower[j - 1] in (
                "thousand", "million", "billion", "trillion", "mn", "bn")))
        # (``increased by 2.8 per cent and imports declined``: a figure's unit word ends no item)
    if lower[m] in ("and", "or"):
        j = m - 1
        if j >= start_limit and text[j] == ",":
            j -= 1
            k = j
            while k >= start_limit and nounish[k] and not number[k] and not punct[k]:
                k -= 1
            if not (k >= start_limit and text[k] == ","):
                return None  # ``in the ten provinces, and Manitoba (+0.6%) posted``: ``, and`` after one item joins clauses
        return j if item_end(j) else None
    if text[m] == "," and opened and item_end(m - 1):
        return m - 1
    if text[m] == "," and m - 1 >= start_limit and adjective_series(table, m, len(lower)):
        return m - 1  # ``the 31 fragile, conflict-affected or vulnerable countries``: modifiers of one noun
    return None


def noun_phrase_before(doc: Doc, end: int, start_limit: int) -> tuple[int, int, int] | None:
    """The noun phrase that ends right before token ``end``: ``(start, end, head)`` or None.

    Runs left over noun-ish tokens and complements (``prices of pork``) to a clause edge; leaves
    out a leading ``the number of`` and leading determiners.
    """
    answers = _answers(doc, "noun_phrase_before")
    key = (end, start_limit)
    if key not in answers:
        answers[key] = _noun_phrase_before(doc, end, start_limit)
    return answers[key]


#: heads whose phrase after a verb and an article states its subject's figure (``Manufacturing carries a weight of``)
_SHARE_LIKE_HEADS = frozenset(words("rate_words") | {"weight", "weighting", "total", "value", "figure", "sum"})

#: words that may stand before an article inside one noun phrase (``all the``, ``half the``)
_PREDETERMINERS = frozenset({"all", "both", "half", "twice", "double", "such", "quite", "rather", "what", "many"})


#: adjectives naming a sector before a participle of one phrase (``private rented``, ``owner occupied``)
_SECTOR_ADJECTIVES = frozenset({"private", "public", "social", "council", "owner", "state", "self"})


#: prepositions that open an adjunct fronted before a subject without a comma (``after seasonal adjustment the ...``)
_ADJUNCT_OPENERS = frozenset({"after", "before", "following", "despite", "without", "excluding", "including", "upon"})


def _fronted_adjunct(lower: list, nounish: list, k: int, start_limit: int) -> bool:
    """Whether the words ending at token ``k`` are the noun phrase of a fronted adjunct (``after seasonal
    adjustment``): at most three phrase words back to an adjunct preposition."""
    for m in range(k, max(start_limit - 1, k - 4), -1):
        if lower[m] in _ADJUNCT_OPENERS:
            return m < k
        if lower[m] in PLACE_OPENERS and m < k and (m == start_limit or lower[m - 1] in (",", ";", "and", "while",
                                                                                          "whereas", "but")):
            return True  # ``At Oslo the on-time share was``, ``while in Bergen the share was``: a fronted place
        if not nounish[m]:
            return False
    return False


#: the words of hyphenated comparisons and times (``month-on-month``, ``year-to-date``)
_HYPHEN_TIME_WORDS = frozenset(("month", "year", "quarter", "week", "day", "date"))
_HYPHEN_LINKS = frozenset(("on", "to", "over", "by", "for"))


def hyphen_joined(table, m: int, end: int) -> bool:
    """Whether the word at token ``m`` is joined by a hyphen, with no space, to a word before ``end`` (``on`` of
    ``on-time``, ``three`` of ``three-year``): one phrase word; not the link of a hyphenated comparison or time
    (``month-on-month``, ``year-to-date``), which is no part of a subject."""
    if table.text[m].isdigit() and len(table.text[m]) <= 2 and m + 2 < end and table.text[m + 1] == "-" and \
            not table.whitespace[m] and not table.whitespace[m + 1] and table.lower[m + 2] in _HYPHEN_TIME_WORDS:
        return True  # ``The 4-week moving average``, ``the 12-month rate``: a length of time in the phrase (C35-14)
    if table.text[m].isdigit() and len(table.text[m]) <= 2 and m + 2 < end and table.text[m + 1] == "-" and \
            re.fullmatch(r"[a-z]+-[0-9]+", table.text[m + 2]) and not table.whitespace[m] and not table.whitespace[m + 1]:
        return True  # ``the 6-in-1 vaccine``, ``a 2-for-1 offer``: a name written with numbers (C50-23)
    return table.alpha[m] and m + 2 < end and table.text[m + 1] == "-" and not table.whitespace[m] and \
        not table.whitespace[m + 1] and not (table.lower[m] in _HYPHEN_LINKS and table.lower[m + 2] in _HYPHEN_TIME_WORDS)
#: prepositions that open a fronted place or group when they open the clause (``At Oslo the share was``)
PLACE_OPENERS = frozenset({"at", "in", "among", "across", "within"})


#: words that make a preposition with ``of`` (``ahead of``, ``instead of``): what follows is no complement of a noun
PREPOSITIONAL_OF = frozenset({"ahead", "instead", "outside"})


def _designating_number(table, k: int) -> bool:
    """Whether the number at token ``k`` is part of a name with the capitalised word before it (``Region 6``,
    ``Terminal 1``; C30-22)."""
    return table.number[k] and table.text[k].isdigit() and len(table.text[k]) <= 2 and table.alpha[k - 1] and \
        table.text[k - 1][:1].isupper() and table.lower[k - 1] not in _NOT_DESIGNATORS


def _noun_phrase_before(doc: Doc, end: int, start_limit: int) -> tuple[int, int, int] | None:
    tagged = has_pos(doc)
    table = token_table(doc, tagged)
    lower, text, nounish, number = table.lower, table.text, table.nounish, table.number
    punct, alpha = table.punct, table.alpha
    k = end - 1
    designated = k - 1 >= start_limit and _designating_number(table, k)
    if designated:
        # ``Region 6 (-9.2 percent)``, ``Terminal 5 (+3.2%)``: a name with its number (C30-22)
        stop, m = k, k - 1
    else:
        if k < start_limit or not nounish[k] or number[k]:
            if not (k >= start_limit and text[k] == ")"):
                return None
        stop = k
        m = k
    opened = False  # an ``and`` of a coordination was crossed: commas may join its earlier items
    while m >= start_limit:
        if text[m] == ")":
            open_ = next((n for n in range(m - 1, max(start_limit - 1, m - 6), -1) if text[n] == "("), None)
            if open_ is None:
                break
            m = open_ - 1
            continue
        low = lower[m]
        if nounish[m] and not number[m]:
            if low in DETERMINERS:
                opened = False
                if m - 1 >= start_limit and m < stop and nounish[m - 1] and alpha[m - 1] and not number[m - 1] and \
                        lower[m - 1] not in DETERMINERS and lower[m - 1] not in _PREDETERMINERS and \
                        _fronted_adjunct(lower, nounish, m - 1, start_limit):
                    # ``after seasonal adjustment the number of CVLs fell``: an article opens the phrase; the noun
                    # before it ends another (a fronted phrase with no comma)
                    m -= 1
                    break
                if text[m] in ("a", "an") and m - 1 >= start_limit and m < stop and alpha[m - 1] and \
                        lower[m - 1] not in DETERMINERS and lower[m - 1] not in _PREDETERMINERS and \
                        lower[stop] not in _SHARE_LIKE_HEADS:
                    break  # ``Per capita figures use a population of``: an indefinite article opens its phrase (C40-16)
            if not tagged and low.endswith("ed") and m - 1 >= start_limit and m < stop and text[m + 1] != "-" and \
                    nounish[m - 1] and lower[m - 1] not in DETERMINERS and not punct[m - 1] and \
                    lower[m - 1] not in _SECTOR_ADJECTIVES and not (m >= 3 and text[m - 2] == "-" and
                                                                    not table.whitespace[m - 2]):
                break  # (``the private rented sector rate``, ``social rented homes``: a sector's adjective, C46-7;
                # ``non-UK domiciled postgraduates``: the tail of a hyphenated modifier, C46-34)
            m -= 1
            continue
        if (low in ("of", "excluding") or low == "less" and m + 1 <= stop and nounish[m + 1] and
                lower[m + 1] not in ("than", "of") and not number[m - 1] and not table.verb[m - 1] and
                lower[m - 1] not in DETERMINERS and (lower[m - 1] in ("items", "item", "energy", "food", "shelter") or
                                                     lower[m - 1] in ("goods", "services", "demand", "index", "sales"))) \
                and m - 1 >= start_limit and nounish[m - 1]:
            # (``the index for final demand goods less foods and energy``, C50-26)
            m -= 1  # (``the index for all items less food and energy``: ``less`` excludes, as ``excluding`` does)
            opened = False
            continue
        if low == "excluding" and m - 2 >= start_limit and lower[m - 1] == "and" and nounish[m - 2] and \
                not number[m - 2] and "excluding" in lower[max(start_limit, m - 12) : m - 1]:
            m -= 2  # ``sales excluding petroleum and excluding oilseed and grain``: one phrase, two exclusions (C38-15)
            opened = False
            continue
        if low == "per" and lower[m + 1] == "capita":
            m -= 1  # ``Per capita disposable income``
            continue
        if text[m] == "&" and m - 1 >= start_limit and m < stop and nounish[m - 1] and not number[m - 1] and \
                alpha[m - 1] and lower[m - 1] not in DETERMINERS:
            m -= 1  # ``Accommodation & Food Services``: an ampersand joins the words of one name (C50-13)
            continue
        if hyphen_joined(table, m, stop + 1):
            m -= 1  # ``the on-time share``: a word joined by a hyphen to the next one belongs to the phrase
            continue
        if _adverb_inside(table, m, start_limit, stop):
            m -= 1  # ``other economically inactive persons``: an adverb of an adjective inside the phrase
            continue
        if low == "than" and m - 2 >= start_limit and lower[m - 1] == "other" and nounish[m - 2]:
            m -= 2  # ``retail sales of consumer goods other than automobiles``: the exclusion is part of it
            continue
        joined = _coordination_join(doc, m, start_limit, tagged, opened)
        if joined is not None:
            opened, m = True, joined
            continue
        break
    start = m + 1
    while start <= stop and (lower[start] in DETERMINERS and not (
            lower[start] in ("those", "that") and start < stop and lower[start + 1] in PREPOSITIONS) or
                             text[start] in ("-", ")", "(") or lower[start] in LEADING_PREPOSITIONS and start < stop):
        # (``those of non-financial corporations``: the pronoun heads the phrase its complement restricts)
        start += 1  # (``stayed below the record of``: the preposition opens no noun phrase)
    if start > stop:
        return None
    if start < stop and start - 1 >= 0 and text[start - 1] == "," and lone_verb_form(lower[start]):
        start += 1  # a participle clause after a comma: ``, giving net migration of``, ``, bringing total sales to``
        while start <= stop and lower[start] in DETERMINERS:
            start += 1
    low = lower[start : start + 3]
    if low[:2] == ["number", "of"] or low[:2] == ["total", "of"]:
        start += 2
    elif low[:3] in (["the", "number", "of"], ["a", "total", "of"]):
        start += 3
    if start > stop:
        return None
    if start - 1 >= 0 and lower[start - 1] in OPENER_PREPOSITIONS and (start - 1 == 0 or punct[start - 2] or
                                                                      not text[start - 2].strip()):
        # ``By sector, London and South East operators recorded``: the opening ``By <dimension>,`` is no item
        # of the subject's coordination
        comma = next((n for n in range(start, stop) if text[n] == ","), None)
        if comma is not None:
            start = comma + 1
            while start <= stop and lower[start] in DETERMINERS:
                start += 1
            if start > stop:
                return None
    head = stop
    for n in range(start + 1, stop + 1):
        if lower[n] in PREPOSITIONS:
            head = n - 1
            break
    while head > start and (text[head] in ("-", ")", "(") or not alpha[head]):
        head -= 1
    return start, stop + 1, head


#: capitalised words before a small number that make no name with it: months (``March 12``), references (``Table 1``)
_NOT_DESIGNATORS = frozenset(MONTHS) | frozenset(("table", "figure", "chart", "note", "notes", "section", "article", "annex",
                                                 "appendix", "page", "week", "q", "h", "fy", "covid", "no"))


#: prepositions of comparison the tagless reading may take for nouns (``below the record of``)
LEADING_PREPOSITIONS = frozenset({"below", "above", "beyond", "behind", "under", "despite", "amid", "towards"})

#: prepositions of a sentence's opening phrase (``By sector,``, ``In total,``) whose noun opens no subject
OPENER_PREPOSITIONS = vocabulary("opener_prepositions")


#: nouns a percent may name as a goal or bound (``the 2% target``, ``the 2-3% target band``)
TARGET_NOUNS = vocabulary("target_nouns")


def names_target(lower: list[str], text: list[str], end: int) -> bool:
    """Whether the figure ending before token ``end`` names a goal or bound: ``the 2% target``, ``the 2-3%
    target band``, ``the 2% inflation target`` (``target_nouns`` right after it or after one word)."""
    following = lower[end : end + 2]
    return bool(following) and (following[0] in TARGET_NOUNS or len(following) == 2 and
                                following[1] in TARGET_NOUNS and text[end].isalpha())


#: words a phrase cut before a time phrase does not end with (``GDP in`` -> ``GDP``, ``cases this`` -> ``cases``)
TIME_CUT_WORDS = vocabulary("time_cut_words")


def end_before_time(lower: list[str], start: int, first_time: int) -> int:
    """Where a phrase starting at ``start`` ends when cut before the time phrase at ``first_time``
    (``GDP in the third quarter`` -> ``GDP``, ``34 million visitor arrivals last year`` -> ``visitor
    arrivals``): before the time phrase, less trailing prepositions, articles and punctuation; ``start``
    when nothing is left."""
    cut = first_time
    while cut > start and lower[cut - 1] in TIME_CUT_WORDS:
        cut -= 1
    return cut


#: quotation marks around the items of a list
QUOTES = frozenset(("'", '"', "‘", "’", "“", "”"))

#: verbs of expecting whose object, not subject, a later figure is stated of
OBJECT_VERBS = vocabulary("object_verbs")
#: nouns and verbs of change that end the object of a verb of seeing (``saw sales rise``) or make it no
#: category (``saw the largest decrease``)
OBJECT_CHANGE_NOUNS = vocabulary("object_change_nouns")

#: words that open a sentence as an adverb before a comma (``Overall, exports rose``)
SENTENCE_ADVERBS = vocabulary("sentence_adverbs")


def noun_phrase_inventory(doc: Doc, start: int, end: int) -> list[tuple[int, int, int]]:
    """Every noun phrase of tokens ``start..end`` (a sentence), with and without complements:
    the candidate categories a trained re-ranker chooses from. ``(start, end, head)`` tuples."""
    tagged = has_pos(doc)
    table = token_table(doc, tagged)
    lower, nounish, number, punct = table.lower, table.nounish, table.number, table.punct
    found: dict[tuple[int, int], int] = {}
    not_category = vocabulary("not_category_words")
    for i in range(start, end):
        if punct[i] or not nounish[i] or number[i]:
            continue
        if lower[i] in not_category and (i + 1 >= end or not nounish[i + 1] or punct[i + 1] or number[i + 1]):
            continue  # a pronoun or a closed-class word on its own (``it``, ``now``) names nothing
        if i > start and nounish[i - 1] and not punct[i - 1] and not number[i - 1] \
                and lower[i - 1] not in DETERMINERS:
            continue
        if i + 1 < end and table.text[i + 1] == "," and (i == start or lower[i - 1] in ("-", "\n")) and \
                (lower[i].endswith("ly") or lower[i] in SENTENCE_ADVERBS):
            continue  # ``Quarterly, retail sales grew``: a sentence adverb names nothing a figure measures
        core = _core(table, i, end)
        if core is not None:  # with complements, then without (as noun_phrase_after gives them)
            a, k, head = core
            for b in (_complements(table, k, end, tagged), k):
                if _stating_participle(table, b - 1):
                    if b - 1 == a:
                        continue  # ``since moving up 2.3 percent``, ``before picking up to``: a verb, no phrase
                    b -= 1  # ``payrolls rising by 175,000``: the participle states the figure, it is no noun
                    head = min(head, b - 1)
                found.setdefault((a, b), head)
    return [(a, b, head) for (a, b), head in sorted(found.items())]


def _stating_participle(table: TokenTable, m: int) -> bool:
    """A word that states the figures after a list of subjects: an ``-ing`` or ``-ed`` verb form
    (``rising by``, ``reaching 2.1 million``, ``carried 429 million``) or a direction word of an absolute
    construction (``crude oil and natural gas production down 9.8% and 8.1%``)."""
    lower = table.lower
    low = lower[m]
    if low in ("up", "down"):
        return m + 1 < len(lower) and (table.number[m + 1] or lower[m + 1] in ("by", "to"))
    if len(low) <= 4 or not (low.endswith("ing") or low.endswith("ed")) or low in ING_NOUNS:
        return False  # (most words: the next one is not read; ``civil engineering down 1.8%`` ends on a noun)
    if m + 1 >= len(lower):
        return False
    if m + 2 < len(lower) and lower[m + 1] in OBJECT_CHANGE_NOUNS and lower[m + 2] == "of":
        return True  # ``Montréal and Vancouver posting declines of 29% and 12%``: the changes stated as the object
    return lower[m + 1] in ("by", "up", "down", "to", "from", "at") or bool(table.number[m + 1]) or (
        m + 2 < len(lower) and bool(table.number[m + 2]) and (not table.alpha[m + 1] or table.text[m + 1].isupper()))
    # (``flooding and tropical cyclones costing $11.6 billion and $7.9 billion``: a currency before the figure)


def parallel_items(doc: Doc, start: int, end: int, n: int,
                   boundaries: frozenset = frozenset()) -> list[tuple[int, int, int]] | None:
    """A list of ``n`` items that repeat their first word after each separator, so that an ``and``
    inside an item is not taken for the list's own: ``sales of clothing, footwear and allied products
    and sales of medicines and cosmetics``, ``the value added of the mining industry, of manufacturing
    and of the production and supply of electricity, heat, gas and water``. Each ``(start, end,
    head)``, or None when no word opens exactly ``n - 1`` conjuncts."""
    table = token_table(doc)
    lower, text, punct, verb, number = table.lower, table.text, table.punct, table.verb, table.number
    close = end
    openers: dict[str, list[int]] = {}
    k = start
    while k < close:
        if lower[k] in ("and", "or") or text[k] == ",":
            j = k + 1
            while j < close and (lower[j] in ("and", "or") or text[j] == ","):
                j += 1
            if j < close and text[j].isalpha() and lower[j] not in ("the", "a", "an", "and", "or") and \
                    not verb[j] and not number[j]:
                openers.setdefault(lower[j], []).append(j)
            k = j
            continue
        k += 1
    for word, opened in openers.items():
        if len(opened) < n - 1:
            continue
        starts = opened[len(opened) - (n - 1):]  # the last n - 1 conjuncts it opens
        first_word = next((i for i in range(starts[0] - 1, start - 1, -1) if lower[i] == word), None)
        if first_word is None or any(first_word < j < starts[0] for j in opened):
            continue
        if word not in PREPOSITIONS and all(lower[i] in ("and", "or") or text[i] == "," for i in
                                            range(first_word + 1, starts[0])):
            continue  # (``Clothing and clothing accessories stores and general merchandise stores``: the word alone
            # is a modifier the next conjunct shares, no item repeating its opening word, C51-15)
        close = min([b for b in boundaries if first_word < b < end], default=end)  # a period after the list
        if starts[-1] >= close:
            continue
        first_start = first_word
        finite = words("verbs_after_subject")  # ``value added`` is no verb here, ``rose`` is
        ranked = word in PREPOSITIONS and first_word - 1 >= start and lower[first_word - 1] in vocabulary("superlatives")
        # (``Uptake was highest in care home residents and in older people``: the groups ranked, no head before them)
        if word in PREPOSITIONS and not ranked:  # ``the value added of the mining industry, of manufacturing``
            while first_start - 1 >= start and text[first_start - 1].isalpha() and not number[first_start - 1] and \
                    lower[first_start - 1] not in PREPOSITIONS and lower[first_start - 1] not in CONJUNCTIONS and \
                    lower[first_start - 1] not in CLAUSE_WORDS and (lower[first_start - 1] not in finite or (
                        lower[first_start - 1].endswith("ed") and first_start - 2 >= start and
                        text[first_start - 2].isalpha() and lower[first_start - 2] not in DETERMINERS)):
                first_start -= 1
            if first_start == first_word:
                continue
        bounds = [first_start] + starts
        items = []
        for m, a in enumerate(bounds):
            b = bounds[m + 1] if m + 1 < len(bounds) else close
            if m + 1 < len(bounds):  # back over the separator before the next item
                while b - 1 > a and (lower[b - 1] in ("and", "or") or text[b - 1] == ","):
                    b -= 1
            else:  # the last item ends where the clause goes on (its own commas are its own list's)
                e = a + 1
                while e < b and not verb[e] and text[e] not in (";", ":", "(") and (
                        not number[e] or e > a and lower[e - 1] in vocabulary("age_words")) and \
                        not _stating_participle(table, e) and not (
                            text[e] == "," and e + 1 < b and lower[e + 1] in ("at", "with")):
                    e += 1  # (``food away from home indexes rising 0.2 percent``: the participle states the figure;
                    # ``..., at 67.4% and 68.9% respectively``: the figures' own phrase)
                b = e
            if (m or ranked) and word in PREPOSITIONS:
                a += 1  # ``of manufacturing`` names manufacturing
            while a < b and lower[a] in DETERMINERS:
                a += 1
            if a >= b:
                return None
            items.append((a, b, b - 1))
        return items
    return None


#: prepositions that open a phrase restricting a whole list of coordinated items (``A, B and C among large
#: retailers``); ``of``, ``for``, ``in``, ``from`` and ``to`` are read as an item's own complement first
LIST_RESTRICTORS = frozenset({"among", "at", "within", "across", "above", "below", "under", "with", "in", "of",
                              "for", "on"})


#: prepositions whose object may hold its own ``and`` inside a list item (``exports of goods and services``)
ITEM_OBJECT_PREPOSITIONS = frozenset({"of", "on"})


def coordinated_items(doc: Doc, start: int, end: int, n: int,
                      boundaries: frozenset = frozenset()) -> list[tuple[int, int, int]] | None:
    """The last list of ``n`` coordinated noun phrases in tokens ``start..end`` (``A, B and C``,
    ``A and B``), each ``(start, end, head)``, or None.

    The list must close where a clause goes on (a verb, punctuation, a figure or ``end``), as in
    ``the import and export to the EU, ASEAN and the US were 372.6, 311.8 and 280.4 billion yuan``;
    the first item stops at a preposition (``to the EU``), so an ``and`` inside an earlier noun
    phrase is not mistaken for the list's own. ``boundaries``: token indices where a clause element
    starts (a period phrase: ``the rates for men and women in the quarter were``).
    """
    tagged = has_pos(doc)
    table = token_table(doc, tagged)
    lower, text, nounish, number = table.lower, table.text, table.nounish, table.number
    punct, verb = table.punct, table.verb
    parallel = parallel_items(doc, start, end, n, boundaries)
    if parallel is not None:
        return parallel

    def clause_verb(m: int) -> bool:
        """A verb after the list: finite, or a participle stating the figures (``industries changing by``)."""
        return verb[m] or _stating_participle(table, m)

    def run_right(j: int) -> int:
        while j < end and lower[j] in DETERMINERS:
            j += 1
        m = j
        while m < end and (not punct[m] and nounish[m] or text[m] in QUOTES or text[m] == "&" and m > j or
                           text[m] == "-" and m > j and m + 1 < end and nounish[m + 1] and not punct[m + 1] or
                           m > j and hyphen_joined(table, m, end) or
                           m > j and _adverb_inside(table, m, j - 1, end)) and \
                (lower[m] not in CONJUNCTIONS or text[m] == "&") and not number[m] and not (m > j and clause_verb(m)):
            m += 1
            if m + 1 < end and m > j and m not in boundaries and lower[m] in ("of", "for", "in", "from", "to") and \
                    nounish[m + 1] and not number[m + 1]:
                m += 1  # a restricting complement: ``exports of services``
        return m if m > j else -1

    def run_left(m: int) -> int:
        k = m
        while k - 1 >= start and (not punct[k - 1] or text[k - 1] in QUOTES or text[k - 1] == "&" or
                                  text[k - 1] == "-" and k - 2 >= start and nounish[k - 2] and not punct[k - 2]) and \
                (lower[k - 1] not in CONJUNCTIONS or text[k - 1] == "&") \
                and (nounish[k - 1] and not number[k - 1] or text[k - 1] in QUOTES or text[k - 1] in ("&", "-")
                     or lower[k - 1] in DETERMINERS and k - 1 > start and lower[k - 2] not in DETERMINERS
                     or _adverb_inside(table, k - 1, start, m)):
            k -= 1
            if lower[k] in DETERMINERS and k < m - 1 and m < end and text[m] == "(":
                break  # ``at the other end of the scale the Mid-East (Kildare, ...)``: the article opens the item (C52-6)
        return k if k < m else -1

    def restricts_list(m: int) -> bool:
        """Whether a phrase opened by a preposition at ``m`` restricts the whole list up to the clause's verb
        (``convenience stores, specialty stores and supermarkets among retail enterprises above the designated
        size increased by``)."""
        if lower[m] not in LIST_RESTRICTORS:
            return False
        m += 1
        while m < end and not punct[m] and not number[m] and not clause_verb(m) and m not in boundaries and \
                (nounish[m] or lower[m] in DETERMINERS or lower[m] in LIST_RESTRICTORS) and lower[m] not in CONJUNCTIONS:
            m += 1
        return m < end and (clause_verb(m) or text[m] == ",")

    def abbreviation_close(m: int) -> int:
        """The closing bracket of an abbreviation in brackets opening at ``m`` (``(GFCF)``, ``(M3-M2)``), or -1."""
        if m >= end or text[m] != "(":
            return -1
        for c in range(m + 1, min(end, m + 7)):
            if text[c] == ")":
                inner = text[m + 1 : c]
                return c if inner and any(w[:1].isupper() for w in inner) and \
                    all(any(ch.isupper() for ch in w) or w in ("-", "/", "&") for w in inner) else -1
        return -1

    def gloss(o: int, m: int) -> bool:
        """Whether the brackets ``o..m`` hold words only, an item's gloss (``ENT (ear, nose and throat)``, C52-6)."""
        inner = text[o + 1 : m]
        return o - 1 >= start and nounish[o - 1] and not number[o - 1] and bool(inner) and \
            all(w.isalpha() or w in (",", "-", "/", "&") for w in inner)

    def abbreviation_open(m: int) -> int:
        """The opening bracket of an abbreviation or a gloss in brackets closing at ``m``, or -1."""
        if m <= start or text[m] != ")":
            return -1
        for o in range(m - 1, max(start, m - 11) - 1, -1):
            if text[o] == "(":
                return o if abbreviation_close(o) == m or gloss(o, m) else -1
        return -1

    absorbed: tuple[int, int] | None = None  # an ``and`` inside a complement (``of goods and services``), its end
    for k in range(end - 1, start, -1):
        if lower[k] not in ("and", "or"):
            continue
        right_end = run_right(k + 1)
        if right_end < 0:
            continue
        if absorbed is not None and right_end == absorbed[0]:
            right_end = absorbed[1]  # ``Exports and imports of goods and services rose``: the second item goes on
        if lower[k] == "or" and right_end - k > 2 and k - 2 >= start and table.alpha[k - 1] and text[k - 1][:1].islower() and \
                singular(lower[k - 1]) == lower[k - 1] and singular(lower[right_end - 1]) != lower[right_end - 1] and \
                (lower[k - 2] in ("and", "or") or text[k - 2] == ","):
            # ``second children and third or later children``: a lone modifier before this conjunction shares the plural
            # after it, so the conjunction joins modifiers inside the last item, the one before it splits the list
            absorbed = (k, right_end)
            continue
        close = abbreviation_close(right_end)
        if close >= 0 and close + 1 <= end:
            right_end = close + 1  # ``... and Government Final Consumption Expenditure (GFCE) registered``
        if right_end < end and not (clause_verb(right_end) or text[right_end] in (",", ":", ";", "(")
                                     or right_end in boundaries or restricts_list(right_end) or
                                     # ``employment rose in the Eastern Cape, the Western Cape and North West by
                                     # 83 000, 75 000 and 69 000 respectively``: the figures right after
                                     lower[right_end] in ("by", "at") and right_end + 1 == end and
                                     k + 1 not in boundaries):
            continue
        items = [(k + 1, right_end)]
        edge = k - 1 if text[k - 1] == "," else k
        while len(items) < n:
            opening = abbreviation_open(edge - 1)
            left_start = run_left(opening if opening >= 0 else edge)  # (``Gross Fixed Capital Formation (GFCF) and``)
            if left_start < 0:
                break
            items.insert(0, (left_start, edge))
            if len(items) < n:
                if left_start - 1 >= start and text[left_start - 1] == ",":
                    edge = left_start - 1
                else:
                    break
        if len(items) != n:
            continue
        head_start = run_left(items[0][0] - 1) if items[0][0] - 2 >= start and \
            lower[items[0][0] - 1] in ITEM_OBJECT_PREPOSITIONS else -1
        if head_start - 2 >= start and lower[head_start - 1] in ("and", "or"):
            # ``Household spending and exports of goods and services rose 0.2 percent and 1.5 percent respectively``:
            # the first item would be the object of ``of``; this ``and`` joins that object's nouns, the one before
            # splits the list (C28-6; with no ``and`` before, ``apprehensions of Venezuelans and Colombians``, the
            # object's nouns are the items)
            absorbed = (k, right_end)
            continue
        if items[0][0] - 2 >= start and lower[items[0][0] - 1] == "and" and text[items[0][0] - 2] != ",":
            # ``Exports of motor vehicles and parts and consumer goods increased 2.3% and 1.8% respectively``: one
            # noun more than items: the first ``and`` joins the first item's nouns, the last one the list (C13-10;
            # ``spending on goods and services, net social benefits and staff pay grew by``, C28-6)
            left = run_left(items[0][0] - 1)
            if left >= 0:
                if left - 2 >= start and lower[left - 1] in ITEM_OBJECT_PREPOSITIONS and run_left(left - 1) >= 0:
                    left = run_left(left - 1)  # (``Exports of``, ``spending on``)
                items[0] = (left, items[0][1])
        out = []
        for a, b in items:
            opening = abbreviation_open(b - 1)
            if opening > a and abbreviation_close(opening) < 0:
                b = opening  # ``the Mid-East (Kildare, Louth, Meath and Wicklow)``: the item without its gloss (C52-6)
            while a < b and (lower[a] in DETERMINERS or text[a] in QUOTES):
                a += 1
            while b > a and text[b - 1] in QUOTES:
                b -= 1  # ``'Manufacturing', 'Construction' and 'Mining & Quarrying'``: the names, unquoted
            if b - a > 1 and lower[b - 1] in _GROUP_ADVERBS:
                b -= 1  # ``Health and Social Care and Education together held``: the adverb is the list's (C47-33)
            if a >= b:
                break
            out.append((a, b, b - 1))
        if len(out) == n:
            return out
    return None


#: nouns of a level an apposition restates at another time (``, a share that was 32.2% in 2013``)
_APPOSED_LEVEL_NOUNS = frozenset(("share", "proportion", "rate", "ratio", "level", "figure", "percentage"))


def apposed_noun_value(lower: list, start: int) -> int | None:
    """The token of the apposition's level noun when the figure at token ``start`` is that noun's value in its relative
    clause (``, a share that was 32.2% in 2013``, ``, a rate which stood at 4.1%``): that level at another time, no
    part of the figure before the apposition (C42-15); else None."""
    k = start - 1
    while k > 0 and lower[k] in ("about", "around", "nearly", "almost", "some", "just", "only", "roughly"):
        k -= 1
    if k >= 1 and lower[k] == "at" and lower[k - 1] == "stood":
        k -= 1
    if k < 4 or lower[k] not in ("was", "were", "stood", "been"):
        return None
    if lower[k] == "been" and lower[k - 1] in ("had", "has"):
        k -= 1
    k -= 1
    if lower[k] not in ("that", "which") or lower[k - 1] not in _APPOSED_LEVEL_NOUNS:
        return None
    return k - 1 if lower[k - 2] in ("a", "an") and lower[k - 3] == "," else None


#: nouns of a change made to a level (``the cut in import duty from 15% to 6%``)
CHANGE_MADE_NOUNS = frozenset(("cut", "cuts", "increase", "increases", "rise", "reduction", "reductions", "hike",
                               "hikes", "decrease", "fall", "drop", "change", "changes"))


def changed_measure_bounds(lower: list, start: int, end: int, sent_start: int) -> tuple[int, int] | None:
    """``(at, k)`` when the figure at tokens ``start..end`` is one end of ``from X to Y`` after a change noun and ``in``
    (``the cut in import duty from 15% to 6%``): ``at`` is the ``in``, ``k`` the ``from``, so the measure changed
    stands between them; else None (C42-25)."""
    k = start - 1
    if k >= 0 and lower[k] == "to":
        k = next((j for j in range(k - 1, max(sent_start, k - 6) - 1, -1) if lower[j] == "from"), -1)
        if k < 0:
            return None
    elif not (k >= 0 and lower[k] == "from" and "to" in lower[end : end + 3]):
        return None
    at = next((j for j in range(k - 1, max(sent_start, k - 8) - 1, -1) if lower[j] == "in"), None)
    if at is None or at < 1 or lower[at - 1] not in CHANGE_MADE_NOUNS:
        return None
    return at, k
