"""The last word on units: counts and absolute changes take their unit from the decided relations.

A figure whose unit is written in it (``%``, ``$``, ``tons``) or right after it (the noun it counts:
``8,419 criminal cases``) keeps that unit. Every other COUNT or absolute CHANGE gets its unit here,
once the relations are decided (FORMAT §3, ``unit``; GUIDELINES D-14):

1. an absolute change takes the unit of the figure it MODIFIES (``the number of hires was 5.6
   million, down 118,000`` → ``hire``; ``174.9 bushels per acre, up 1.6 bushels`` → ``bushel per
   acre``);
2. a count takes the head word of its CATEGORY (``Vacancies, January to March 2024: 908,000`` →
   ``vacancy``; ``finished consultant episodes (FCEs) ... 17.1 million`` → ``episode``), never a name,
   a month or a word of ``not_count_units``;
3. a count with neither, PART_OF another figure, takes the unit of the whole.

What the earlier steps guessed (the categories step's first proposal, the previous count of the
paragraph) stays where none of these applies.

As the pipeline's last component, it also releases the token tables the components shared
(:func:`pipeline.extensions.token_cache`), so a document kept after the pipeline holds only its own data.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import text_tables
from pipeline.periods import MONTHS
from pipeline.declared_units import DECLARED_COUNTS_KEY, GLOSS_NOT_COUNTED, SEX_HEADERS, DeclaredUnits, rate_base, row_label
from pipeline.components.quantities import (BASE_NOUNS, BRACKET_BOUNDS, COMPARATIVES_DOWN, COMPARATIVES_UP, FUNCTION_WORDS,
                                           bare_signed,
                                           QUALIFIER_ADJECTIVE, RATE_WORDS, YEAR_RE, column_scale, cue_before,
                                           rate_named)
from pipeline.components.time_phrases import STATED_PARTICIPLES
from pipeline.components.categories import ANAPHOR_PREPOSITIONS, BOUND_WORDS, COUNT_ADJECTIVES, PREDICATE_COPULAS, CLASSIFIER_NOUNS, IRREGULAR_PARTICIPLES, demonym, FIGURE_REFERENCE_HEADS, GENERIC_PEOPLE, NOT_COUNTED_WORDS, CategoryFinder, count_unit, measure_of_a_scale, time_token_set
from pipeline.extensions import (span_starts, candidates_of, register_extensions, release_token_cache, relations_of,
                                 sentence_range, set_span_value, span_value, spans_of, text_of, token_columns)
from pipeline.lexicon import lexicon, words
from pipeline.numbers import FRACTION_WORDS
from pipeline.phrases import DETERMINERS, PREPOSITIONS, adjective_series, can_be_verb, is_participle, is_verb, subject_before, token_table, vocabulary
from pipeline.units import ends_place_name, is_rate, match_unit, place_names, singular, us_spelling

#: units written in the figure itself; such a figure keeps its unit
WRITTEN_KINDS = ("currency", "percent", "fraction", "times")
#: prepositions that put a part somewhere (``flew on domestic routes``, ``were made at inland offices``)
LOCATING_PREPOSITIONS = frozenset(("on", "in", "at", "to", "into", "from", "via", "through", "under"))
#: words that end the head of a category phrase (the head is the last word before them)
HEAD_ENDS = vocabulary("head_ends")
#: groups of people a rate per population is stated for (``Males``, ``women aged 25 to 34``), never what it counts
POPULATION_GROUPS = vocabulary("people_nouns") | {"males", "females", "male", "female"}
#: count units that name people in general: a rate per population does not count them (``person per 100,000 people``)
GENERIC_UNITS = frozenset(singular(w) for w in GENERIC_PEOPLE)
#: adverbs of place or manner that end the head when they follow a plural (``trips overseas``, ``incidents
#: citywide``), not when they modify the noun after them (``Net overseas migration``)
HEAD_END_ADVERBS = vocabulary("head_end_adverbs")


#: adjectives of time before a count word, never what is counted (``the annual record of 31,882,049``)
_TIME_ADJECTIVES = frozenset(("annual", "monthly", "quarterly", "weekly", "daily", "yearly", "previous", "all-time",
                              "historic", "new", "record", "seasonal"))

#: events a crude rate counts (``a crude death rate of 7.76 per thousand`` → ``death per thousand``)
_VITAL_EVENTS = frozenset(("birth", "death", "marriage", "divorce"))


#: words after ``a year``, ``a month`` that make it a time back, not a rate (``576,700 a year earlier``)
RELATIVE_TIME_ENDS = frozenset(("earlier", "ago", "before", "previously", "prior", "back"))

#: units of a length of time (``more than 12 hours``), passed over when a count looks back for the figure it is compared with
_LENGTH_UNITS = frozenset(("hour", "minute", "day", "week", "month", "year", "second"))


def category_head(category: Span):
    """The head token of a CATEGORY phrase: the last word before its first preposition, clause,
    spaced dash or time phrase, leaving out bracketed words (``finished consultant episodes (FCEs)``
    → ``episodes``) and a leading ``the number of`` (``the number of job openings in retail`` →
    ``openings``); None when that word cannot be a counted noun."""
    doc = category.doc
    table = token_table(doc)
    lower, text, alpha, whitespace = table.lower, table.text, table.alpha, table.whitespace
    start = category.start
    low = lower[start : min(category.end, start + 3)]
    for lead in (["the", "total", "number", "of"], ["total", "number", "of"], ["the", "number", "of"], ["number", "of"],
                 ["a", "total", "of"], ["total", "of"]):
        if low[: len(lead)] == lead and start + len(lead) < category.end:
            start += len(lead)
            break
    time_tokens = time_token_set(doc)
    found = None  # the head's index
    depth = 0
    series = False  # inside coordinated modifiers of one noun
    counted_after = start > 0 and table.number[start - 1]
    people = lexicon()["count_unit_for_head"]
    not_count = words("not_count_units")
    for k in range(start, category.end):
        if text[k] == "(":
            depth += 1
            continue
        if text[k] == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if found is not None and lower[k] in ("and", "or") and modifier_conjunct(doc, start, found, k, category.end):
            found = None  # ``permanent and long-term arrivals``: the modifiers share the noun after them
            continue
        if found is not None and counted_after and (text[k] == "," and adjective_series(table, k, category.end) or
                                                    series and lower[k] in ("and", "or")):
            series = True  # ``31 fragile, conflict-affected or vulnerable countries``: a series of modifiers of one noun
            # after its figure (an item named before its figure is a name: ``professional, scientific and technical
            # activities (+68 thousand)``)
            found = None
            continue
        if found is not None and lower[k] in ("of", "for") and lower[found] in not_count and k + 1 < category.end:
            # ``The March estimate of job openings``, ``the level of unemployment``, ``the advance figure for
            # seasonally adjusted initial claims``: the noun after ``of``
            found = None
            continue
        if found is not None and (lower[k] in HEAD_END_ADVERBS or lower[k] == "among") and \
                singular(lower[found]) != lower[found]:
            break  # ``1,018,520 short-term trips overseas``, ``Deaths among people aged 45 to 54`` (not
            # ``Employment among men``: a measure noun, and the people counted after it)
        if found is not None and (lower[k] in HEAD_ENDS or k in time_tokens or (
                text[k] in ("-", "–") and whitespace[k - 1]) or
                lower[k] in ("due", "owing", "because") and k + 1 < category.end and lower[k + 1] in ("to", "of") or
                lower[k].endswith(("able", "ible")) and k + 1 < category.end and lower[k + 1] in PREPOSITIONS):
            break  # (``Deaths due to heat exposure``: the two-word preposition ends the head phrase; ``deaths
            # attributable to PM2.5``, ``households eligible for support``: an adjective after the noun, C46-11)
        if found is not None and participle_clause(doc, k, category.end):
            break  # ``Member States covering about 98%``, ``foreigners living in Germany``
        if found is not None and alpha[k] and singular(lower[found]) != lower[found] and (
                table.verb[k] or lower[k] in AFTER_SUBJECT or (lower[k].endswith("ed") or
                                                               lower[k] in IRREGULAR_PARTICIPLES) and (
                    lower[k] not in people or k > start and lower[k - 1] == lower[found])):
            break  # ``vacancies remain``, ``people employed part time for economic reasons``
        if alpha[k] and k not in time_tokens and lower[k] not in NOT_COUNTED and lower[k] not in HEAD_ENDS and not (
                found is not None and lower[k].endswith("ed") and not lower[k].endswith("eed")
                and lower[k] not in people):
            found = k  # not a participle after the noun (``visas granted``); ``long-term unemployed`` counts people
    if found is None or found + 2 < category.end and text[found + 1] == "-" and not whitespace[found] and \
            not whitespace[found + 1] and alpha[found + 2]:
        return None  # (``1.18 million non-admitted``: the first part of a compound modifier names nothing counted)
    head = doc[found]
    if head.lower_ in COUNT_WORDS and found - 1 >= start and alpha[found - 1] and lower[found - 1] not in DETERMINERS \
            and lower[found - 1] not in not_count and lower[found - 1] not in _TIME_ADJECTIVES and \
            lower[found - 1] not in COUNT_ADJECTIVES and CategoryFinder.can_be_counted(doc[found - 1]) and \
            (text[found - 1][:1].islower() or text[found][:1].isupper() or lower[found - 1] in people or
             head.lower_ in ("number", "numbers") and found - 1 == start):  # ``Passenger numbers rose``
        # ``the Claimant Count``, ``Population growth``, ``the death toll``: the noun before a count
        # or change word is what is counted
        return doc[found - 1]
    if head.lower_ in not_count or head.lower_ in _TIME_ADJECTIVES or not CategoryFinder.can_be_counted(head):
        return None  # (``the annual record``: an adjective of time before a level word counts nothing)
    if head.text[:1].isupper() and head.i > sentence_range(doc, head.i)[0] and not head.text.isupper() and \
            not _line_opening(doc, head.i):
        return None  # a name inside the sentence (a place, a nationality), not the counted noun
    if head.text.isupper() and len(head.text) > 1:
        return None  # an abbreviation (``FCEs``, ``GDP``) names the measure, not what is counted
    return head


def _line_opening(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens its line, after a list marker at most (``- Travellers cleared at the
    checkpoints: 192.8 million``): capitalised as a row's first word, not as a name."""
    text = text_of(doc)
    line = text[text.rfind("\n", 0, doc[i].idx) + 1 : doc[i].idx]
    # (``Table 2: Seizures of stimulants``, ``Table 2 – Overnight stays``: after a table's number, C28-13)
    return not _TABLE_NUMBER.sub("", line).strip(" -\u2013\u2022*\t")


#: a table's or chart's number opening a title line (``Table 2:``, ``Table A1.``, ``Figure 3 –``)
_TABLE_NUMBER = re.compile(r"^\s*(?:Table|TABLE|Figure|FIGURE|Chart|CHART)\s+[A-Z]?[0-9]+[a-z]?\s*[:.\-\u2013\u2014]?\s*")


def modifier_conjunct(doc: Doc, start: int, found: int, k: int, end: int) -> bool:
    """Whether the words before ``and``/``or`` at ``k`` are a lone modifier of the noun after the
    conjunction (``permanent and long-term arrivals``, ``primary and secondary schools``, ``new and
    used cars``) rather than a noun phrase of their own (``layoffs and discharges``, ``men and
    women``, ``police officers and auxiliary police``): one word (or one hyphenated compound), not a
    plural, and at least two words after the conjunction, the last of them a plural noun."""
    table = token_table(doc)
    lower = table.lower
    # a word, or a code of letters and digits (``2G``, ``5G``): ``legacy 2G and 3G networks`` share the noun
    alpha = [a or t[:1].isdigit() and t.isalnum() and any(c.isalpha() for c in t) and len(t) <= 4
             for a, t in zip(table.alpha, table.text)]
    first = start
    while first < found and not alpha[first]:
        first += 1
    while first < found and lower[first] in DETERMINERS:
        first += 1
    words_ = [j for j in range(first, k) if alpha[j]]
    if not words_ or any(doc[j].text in (",", ";") for j in range(first, k)):
        return False
    if len(words_) > 1 and not all(doc[j].text == "-" or alpha[j] for j in range(first, k)):
        return False
    if len(words_) > 2 and not any(doc[j].text == "-" for j in range(first, k)):
        return False  # three words: a noun phrase of its own
    # (two words ending in a singular modifier share the noun too: ``primary medical and health institutions``;
    # ``police officers`` ends in a plural, a noun of its own, below)
    word = lower[found]
    if singular(word) != word or word in ("people", "police", "staff", "personnel"):
        return False  # a plural: a noun of its own
    stop = k + 1
    while stop < end and (alpha[stop] or doc[stop].text == "-") and lower[stop] not in HEAD_ENDS:
        stop += 1
    after = [j for j in range(k + 1, stop) if alpha[j] and lower[j] not in NOT_COUNTED]
    if len(after) == 1 and len(words_) == 1 and singular(lower[after[0]]) != lower[after[0]] and after[0] == k + 1 and \
            not lower[found].endswith("ing"):  # (``clothing and accessories``: two kinds of goods)
        return True  # ``529,472 stop and searches``: a singular and a plural are one compound noun (C37-30)
    if len(after) < 2:
        return False
    # (the first plural after the conjunction's modifier ends the noun: ``inbound and outbound trips made by
    # residents``, C31-16)
    return any(singular(lower[j]) != lower[j] or lower[j] in ("people", "police", "staff", "personnel")
               for j in after[1:])


#: verbs that follow a subject (``vacancies remain``), and their plain present forms
AFTER_SUBJECT = words("verbs_after_subject") | frozenset(("remain", "stand", "total", "number", "amount"))

#: verbs after which a count measures their subject (a level, a change, a copula), never an agent's object
#: verbs whose subject does something to what a bare count after them counts (``operators recorded 273.6 million``)
AGENT_VERBS = vocabulary("agent_verbs")
AGENT_NOT = words("change_up") | words("change_down") | vocabulary("copulas") | frozenset((
    "reached", "numbered", "totalled", "totaled", "stood", "amounted", "hit", "came", "remained", "accounted",
    "made", "represented", "rose", "fell", "has", "have", "had", "be", "been"))

#: words that are never the head of a counted noun phrase (``institutions nationwide``, ``overall``): the categories' set
NOT_COUNTED = NOT_COUNTED_WORDS


#: a table header naming a column of ages (``Age group``, ``Age``, ``Aged``, ``Age band``)
_AGE_HEADER = re.compile(r"(?:age(?: group| band| range)?s?|aged)(?: \(years\))?$", re.I)
#: time units a counted noun names as a length of time, never a count (days and weeks may be counted)
_LENGTH_OF_TIME_UNITS = frozenset({"hour", "minute", "second", "month", "year"})


def _next_list_item(doc: Doc, end: int, start: int) -> bool:
    """Whether the figure at ``start`` is the next item of a list after the figure ending at ``end``: a comma or
    ``and`` between them, the rest a bracketed aside after the figure (``(+2.5%)``) and the words naming the item
    (``17.02 cents per kWh (+2.5%), commercial customers 13.33 cents``, C38-14)."""
    if not 0 < start - end <= 12:
        return False
    text = token_columns(doc).text
    k = end
    if k < start and text[k] == "(":
        k = next((m + 1 for m in range(k + 1, start) if text[m] == ")"), start)
    if k >= start or text[k] not in (",", "and"):
        return False
    k += 1
    if k < start and text[k] == "and":
        k += 1
    return k < start and all(doc[m].is_alpha for m in range(k, start)) and \
        not any(doc[m].lower_ in ("than", "from", "to", "with", "compared", "against") for m in range(k, start))


def measure_head(head) -> tuple[str, str] | None:
    """``(unit, "measure")`` when the counted noun is a unit of measure (``Passenger kilometres:
    16.4 billion`` → ``passenger kilometer``; ``329.4 billion vehicle miles`` → ``vehicle mile``): the
    figure is an AMOUNT in that unit, with the noun before it when that noun makes a compound unit
    (``unit_compound_modifiers``: passenger, vehicle, train, seat); time words stay counts (``271 days of
    good air quality``) but hours, minutes, months and years are lengths of time (``Monthly hours worked
    (millions)``: an AMOUNT in hours)."""
    unit = match_unit([head.text])
    if unit is None or unit.kind != "measure" or unit.dimension is None or len(head.text) < 3 or \
            unit.dimension == "time" and unit.name not in _LENGTH_OF_TIME_UNITS:
        return None
    name = unit.name
    if head.i > 0 and head.doc[head.i - 1].lower_ in words("unit_compound_modifiers"):
        name = f"{head.doc[head.i - 1].lower_} {name}"
    return name, "measure"


#: words naming a count or a change of something, whose noun modifier is the counted noun (``the
#: Claimant Count``, ``Population growth``, ``the death toll``)
COUNT_WORDS = vocabulary("count_words")

#: change nouns that make a bare figure whose CATEGORY they head a CHANGE, with its direction
CHANGE_NOUNS = {"growth": "up", "increase": "up", "rise": "up", "gain": "up", "increment": "up", "fall": "down",
                "decline": "down",
                "decrease": "down", "drop": "down", "loss": "down"}


def change_noun(category: Span, money: bool = False) -> str | None:
    """The direction of a CATEGORY headed by a change noun (``Population growth``, ``a natural
    increase``, ``the decline in visitor numbers``), or None; a net level (``net migration gain``) is
    no change (GUIDELINES C-19), nor is a sum of ``money`` called a loss or a gain."""
    last = None
    for t in category:
        if last is not None and (t.lower_ in HEAD_ENDS or t.lower_ in PREPOSITIONS):
            break
        if t.is_alpha:
            last = t
    if last is None or any(t.lower_ == "net" for t in category):
        return None
    before = category.doc[last.i - 1] if last.i > category.start else None
    if before is not None and before.is_alpha and singular(before.lower_) != before.lower_:
        return None  # ``Jobless claims fall``: a verb after a plural subject
    if money and last.lower_ in ("loss", "gain"):
        return None  # ``a loss of S$192 million``: a financial result, not a change
    if last.lower_ in ("gain", "loss", "inflow", "outflow") and any(
            t.lower_ == "net" for t in category.doc[sentence_range(category.doc, category.start)[0] : category.start]):
        return None  # ``Annual net migration: a gain of 38,800, compared with a gain of 136,000``: the net level's flow
    return CHANGE_NOUNS.get(last.lower_)


def counted_word(head) -> bool:
    """Whether a head noun can be what a count counts: a plural (``hospitals``), a noun that is its
    own plural (``staff``, ``aircraft``), a noun the lexicon maps to a unit (``employment`` → ``job``)
    or a unit of measure."""
    low = head.lower_
    if head.is_title and low in place_names():
        return False  # ``Wales   1.47   1.41``: a place named, nothing counted
    if head.is_title and head.i >= 1 and head.doc[head.i - 1].is_title and \
            ends_place_name([t.text for t in head.doc[max(0, head.i - 3) : head.i + 1]]):
        return False  # ``United States   66.0   65.6``, ``the United Arab Emirates recorded 1,200``: a place (C41-22)
    return singular(low) != low or low in INVARIANT_PLURALS or low in lexicon()["count_unit_for_head"] or \
        measure_head(head) is not None or "-" in low


#: nouns that are their own plural
INVARIANT_PLURALS = vocabulary("invariant_plurals")


#: the dimensions of a breakdown whose items name industries, not counted things
BREAKDOWN_DIMENSIONS = vocabulary("breakdown_dimensions")
#: dimensions whose items are named places, groups or kinds (``Detections ... by route``): the heading's
#: counted noun holds for an item unless the item's label is a counted plural of its own (``Employment by
#: type: full-time employees 21.8 million``)
NAMED_DIMENSIONS = vocabulary("breakdown_dimensions_named")


def breakdown_heading(q: Span, category: Span | None = None) -> str | None:
    """The count unit of a figure listed after a colon under a heading that breaks a count down by
    industry (``Vacancies by industry, March to May 2023, with the change on the quarter in brackets:
    accommodation and food service activities 118,000 (-20,000); ...`` → ``vacancy``): the head of
    the noun phrase before ``by``; None elsewhere."""
    doc = q.doc
    columns = token_columns(doc)
    texts, lower = columns.text, columns.lower
    start = sentence_range(doc, q.start)[0]
    colon = next((k for k in range(q.start - 1, max(start, q.start - 80) - 1, -1) if texts[k] == ":"), None)
    if colon is None:
        return None
    by = next((k for k in range(start, colon) if lower[k] == "by"), None)
    row = texts[start] in ("-", "--", "•", "*", "–") and (doc[start].idx == 0 or text_of(doc)[doc[start].idx - 1] == "\n")
    if by is None and (colon - start <= 4 or row):  # (a short label, or a bullet row of any length)
        title = _table_title(doc, q.start)  # ``Table 2: Employment by sector, thousands`` above ``Private sector: 27,140``
        if title is not None:
            start, colon = title
            if texts[colon - 1] == ":":
                colon -= 1  # ``Seizures of cocaine by port of entry, first half of 2024:``
            start = next((k + 1 for k in range(start, min(colon, start + 4)) if texts[k] == ":"), start)  # after ``Table 2:``
            by = next((k for k in range(start, colon) if lower[k] == "by"), None)
    if by is None or by + 1 >= colon or by - start > 8:
        return None
    dimension = lower[by + 1]
    if dimension not in BREAKDOWN_DIMENSIONS and dimension not in NAMED_DIMENSIONS and by + 2 < colon and \
            lower[by + 2] in NAMED_DIMENSIONS and doc[by + 1].is_alpha:
        dimension = lower[by + 2]  # ``by visa group``, ``by offence type``: a compound naming the dimension (C30-14)
    if dimension not in BREAKDOWN_DIMENSIONS and dimension not in NAMED_DIMENSIONS:
        return None
    first = start
    while first < by and not doc[first].is_alpha:
        first += 1
    last = next((k for k in range(first + 1, by) if lower[k] in PREPOSITIONS and lower[k] != "of"), by)
    # (``Southwest border encounters between ports of entry by demographic``: the phrase before its
    # first preposition names what is counted)
    head = category_head(doc[first:last]) if first < last else None
    if head is None and first < last and doc[last - 1].is_alpha:
        head = doc[last - 1]  # (a title word ``category_head`` declines: ``Table 2: Employment by sector``)
    if head is None or singular(head.lower_) == head.lower_ and head.lower_ not in lexicon()["count_unit_for_head"]:
        return None  # ``Employment by industry`` maps; a singular noun names no counted thing
    if dimension not in BREAKDOWN_DIMENSIONS and singular(head.lower_) == head.lower_:
        # a measure noun the lexicon maps (``Employment by type``): an item that counts a plural or mapped
        # noun of its own keeps it (``full-time employees 21.8 million``, ``self-employed 4.2 million``);
        # a plural heading (``Passenger journeys by operator type``, ``Encounters ... by demographic``)
        # counts the same thing in every item
        own = category_head(category) if category is not None else None
        if own is None or own.is_lower and (singular(own.lower_) != own.lower_ or
                                            own.lower_ in lexicon()["count_unit_for_head"]):
            return None
    return count_unit(head)


def title_count_unit(q: Span) -> str | None:
    """The counted noun of the title line above a row ``<label>: <figure>`` (``Study visas granted to main
    applicants, year ending March 2024:`` above ``- India: 110,006`` → ``visa``): the head of the
    title's first noun phrase, when it is a plural or a noun the lexicon maps; None elsewhere."""
    doc = q.doc
    line_start = text_of(doc).rfind("\n", 0, q.start_char) + 1
    if ":" not in text_of(doc)[line_start : q.start_char]:
        return None
    title = _table_title(doc, q.start)
    if title is None:
        return None
    start, end = title
    lower = token_columns(doc).lower
    start = next((k + 1 for k in range(start, min(end, start + 4)) if lower[k] == ":"), start)  # ``Table 2:``
    while start < end and not doc[start].is_alpha:
        start += 1
    last = start
    while last < end and doc[last].is_alpha and lower[last] not in PREPOSITIONS and not (
            last > start and is_participle(lower[last])):
        last += 1
    head = category_head(doc[start:last]) if last > start else None
    if head is None or singular(head.lower_) == head.lower_ and head.lower_ not in lexicon()["count_unit_for_head"]:
        return None
    return count_unit(head)


def _table_title(doc: Doc, i: int) -> tuple[int, int] | None:
    """The token range of the title line of the table whose row holds token ``i``: the first line above
    that is no row (``<label>: <figures>``), at most eight rows up."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    for _ in range(9):
        if line_start <= 1:
            return None
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous_start : line_start - 1]
        if not line.strip():
            return None
        if not re.search(r"(?<![Qq][1-4]):\s*[-+(]?[0-9]", line):  # (not ``Q2:2025``)
            span = doc.char_span(previous_start, line_start - 1, alignment_mode="contract")
            return (span.start, span.end) if span is not None and len(span) else None
        line_start = previous_start
    return None


#: participles that restrict a title's counted noun (``Offences known to police``, ``Vehicles registered in 2024``)
_TITLE_PARTICIPLES = frozenset({"known", "recorded", "reported", "registered", "notified", "detected", "issued",
                                "granted", "received", "licensed", "sold", "completed", "started", "approved"})


def table_of_index(q: Span, index_names: frozenset) -> bool:
    """Whether the figure ``q`` is a cell of a table whose title names an index (``Table 1: Consumer Price Index,
    major components, Canada``, ``Producer price indices (2021=100)``) under a header cell that names a time."""
    text = text_of(q.doc)
    header = text_tables.header_cell(text, q.start_char)
    if header is None or not text_tables.time_cell(header.text.strip()):
        return False
    bounds = text_tables.title_bounds(text, header.top_start)
    if bounds is None:
        return False
    title = text[bounds[0] : bounds[1]].lower()
    if re.search(r"\bindex (?:crimes?|offen[cs]es?)\b", title):
        return False  # ``Major index crime by borough``: counts of the crimes an index is made of (C30-10)
    return bool(re.search(r"\bind(?:ex|ices|exes)\b|\([0-9]{4}\s*=\s*100\)", title)) or \
        any(w in index_names for w in re.findall(r"[a-z]+", title))


def may_be_index_level(q: Span) -> bool:
    """Whether a figure may be an index's level (GUIDELINES C-2): a level (COUNT or AMOUNT, no change) with no unit
    written in it but a scale, not below 10 (index levels are based at 100, or at 50 for a diffusion index)."""
    return span_value(q, "metric") in ("COUNT", "AMOUNT") and span_value(q, "unit_kind") in (None, "count") and \
        not any(t.is_alpha and t.lower_ not in SCALE_WORDS for t in q) and (
            (span_value(q, "value") or 0) >= 10 or re.fullmatch(r"0\.[0-9]{3}", q.text) is not None)
    # (an index on a 0-1 scale written to three decimals, ``an HDI value of 0.967``, C45-14)


def points_level(q: Span) -> bool:
    """Whether a bare decimal level is the one a change in index points of its clause reaches or moves from (``the
    CLI rose by 0.04 points to 100.41``, ``stood at 100.26 in November, up 0.03 points``): an index's level, whatever
    the index is called (C43-3)."""
    if not re.fullmatch(r"[0-9]{2,4}\.[0-9]+", q.text):
        return False
    start, end = sentence_range(q.doc, q.start)
    return any(span_value(p, "unit") == "index point" and span_value(p, "metric") == "CHANGE" and
               (0 <= q.start - p.end <= 3 or 0 <= p.start - q.end <= 8)
               for p in spans_of(q.doc, "QUANTITY") if start <= p.start < end)


#: the nouns of a title that name counting itself (``Provisional counts of deaths``, ``Number of arrivals``)
_COUNT_GLOSS_NOUNS = frozenset({"count", "counts", "number", "numbers", "total", "totals"})


def table_title_count(q: Span):
    """The counted noun of a table's title when it breaks a count down (``Table 1: Road deaths by road user type
    (provisional)`` above the header ``Road user   2022   2023   Change on 2022`` and the row ``Drivers   58   69
    +11`` → ``deaths``): the head of the title's phrase before ``by``, when it is a plural; None for a cell of no
    such table. The row label names the group broken down, never the unit."""
    doc = q.doc
    text = text_of(doc)
    header = text_tables.header_cell(text, q.start_char)
    if header is None:
        return None
    column = column_count(doc, header)
    if column is not None:
        return column  # ``Top source markets`` above ``Overnight stays   Change``: the column names what its cells count
    bounds = text_tables.title_bounds(text, header.top_start)
    if bounds is None:
        return None
    gloss = text[bounds[0] : bounds[1]].strip()
    if gloss.startswith("(") and gloss.endswith(")"):
        # ``Overnight stays by autonomous community`` above ``(thousands)``: the title is the line above the gloss
        bounds = text_tables.title_bounds(text, bounds[0]) or bounds
    title = doc.char_span(bounds[0], bounds[1], alignment_mode="contract")
    if title is None or len(title) < 3:
        return None
    lower = token_table(doc).lower
    start = title.start
    colon = next((k for k in range(title.start, min(title.end, title.start + 5)) if lower[k] == ":"), None)
    if colon is not None:
        start = colon + 1  # past ``Table 1:``
    elif lower[start] in ("table", "figure", "chart") and start + 2 < title.end and \
            lower[start + 2] in (".", "-", "–", "—"):
        start += 3  # past ``Table 1.`` (C24-4), ``Table 2 –`` (C28-13)
    scaled = _scaled_title_phrase(doc, start, title.end)
    if scaled is not None:
        return scaled
    changed = next((k for k in range(start, min(title.end, start + 6)) if lower[k] in ("in", "of")), None)
    if changed is not None and any(lower[k] in _TITLE_CHANGE_NOUNS for k in range(start, changed)):
        start = changed + 1  # ``Table B. Change in payroll employment by industry``: the changed count's noun
    counted_of = next((k for k in range(start, min(title.end - 2, start + 4)) if lower[k] in _COUNT_GLOSS_NOUNS and
                       lower[k + 1] == "of"), None)
    if counted_of is not None:
        start = counted_of + 2  # ``Provisional counts of drug overdose deaths by drug class``: what is counted (C36-7)
    by = next((k for k in range(start, title.end) if lower[k] == "by"), None)
    if by is None:
        # ``Table 1. Scheduled passengers on U.S. airlines, August (millions)``: no breakdown named, the title's
        # first phrase (to its first preposition, comma or bracket) is what the cells count
        by = next((k for k in range(start, title.end) if lower[k] in PREPOSITIONS or lower[k] in (",", "(", ";")),
                  title.end)
    # (the head phrase ends at its first preposition or bracket: ``Bankruptcies of companies and institutions
    # (excluding sole proprietors) by sector``)
    head_end = next((k for k in range(start + 1, by) if lower[k] in PREPOSITIONS or lower[k] == "("), by)
    if head_end - start < 1 or head_end - start > 8:
        return None
    by = head_end if by - start > 8 else by
    if any(lower[k] in ("and", ",", "or") for k in range(start + 1, head_end - 1)) and (
            sum(1 for k in range(start, head_end) if token_table(doc).alpha[k] and singular(lower[k]) != lower[k]) >= 2
            or "by" not in lower[start : title.end] and _plural_row_label(text, q.start_char)):
        # ``Hires, separations and job openings by month``: several counted things, each row names its own (C29-7);
        # ``Job openings and labor turnover`` above ``Hires   5,269``: a row counting its own plural (C29-18)
        return None
    participle = next((k for k in range(start + 1, by) if lower[k] in _TITLE_PARTICIPLES), None)
    if participle is not None:
        by = participle  # ``Offences known to police, 2024``: the noun before the participle that restricts it (C29-7)
    head = category_head(doc[start:by])
    if head is not None and (head.lower_ in GLOSS_NOT_COUNTED or head.lower_ in ("counts", "categories", "types")) and \
            head.i - 1 >= start and token_table(doc).alpha[head.i - 1] and (doc[head.i - 1].is_lower or head.i - 1 == start) and \
            not QUALIFIER_ADJECTIVE.search(lower[head.i - 1]) and \
            CategoryFinder.can_be_counted(doc[head.i - 1]) and match_unit([doc[head.i - 1].text]) is None and \
            not _plural_row_label(text, q.start_char) and "(" not in row_label(text, q.start_char):
        # (not ``Key labour market indicators`` above ``Employment (thousands)   33,180``: a row with its own gloss
        # names its own measure, C35-39)
        # ``Major crime totals``, ``Burglary statistics`` above rows of singular offences (``Murder``, ``Robbery``): the
        # noun before the gloss word; rows that name plurals count them (``Vital statistics`` above ``Births``, C29-7)
        return doc[head.i - 1]
    if head is not None and singular(head.lower_) == head.lower_ and head.lower_ not in lexicon()["count_unit_for_head"] \
            and by < title.end and lower[by] == "of":
        # ``Union affiliation of employed wage and salary workers, 2023 and 2024``: a singular noun of what is
        # described; the plural after ``of`` is what the cells count (C37-8)
        end = next((k for k in range(by + 1, title.end) if lower[k] in PREPOSITIONS or lower[k] in (",", "(", ";")),
                   title.end)
        inner = category_head(doc[by + 1 : end]) if by + 1 < end <= by + 7 else None
        if inner is not None and inner.i == end - 1 and singular(inner.lower_) != inner.lower_ and \
                inner.lower_ not in GLOSS_NOT_COUNTED and inner.lower_ not in TIME_WORDS and \
                CategoryFinder.can_be_counted(inner):
            return inner
    if head is None or singular(head.lower_) == head.lower_ and head.lower_ not in lexicon()["count_unit_for_head"] or \
            head.lower_ in GLOSS_NOT_COUNTED:
        return None  # (``Table 1. Labour force indicators, seasonally adjusted``: no counted thing)
    return head


def _scaled_title_phrase(doc: Doc, start: int, end: int):
    """The plural a title glosses with its scale when it is not the title's first phrase (``Most-visited park units,
    recreation visits (millions), 2022 and 2023`` → ``visits``): the phrase the scale belongs to names what the cells
    count; None when no later phrase carries a scale (C44-6)."""
    lower = token_table(doc).lower
    for k in range(start + 2, end - 2):
        if lower[k] != "(" or lower[k + 2] != ")" or column_scale(f"({lower[k + 1]})") is None:
            continue
        comma = next((m for m in range(k - 1, start - 1, -1) if lower[m] in (",", ";", ":")), None)
        if comma is None or k - comma - 1 < 1 or k - comma - 1 > 4:
            return None  # (the first phrase carries the scale: the reading below is the same)
        if any(lower[m] in PREPOSITIONS for m in range(comma + 1, k)):
            return None
        head = category_head(doc[comma + 1 : k])
        if head is None or singular(head.lower_) == head.lower_ or head.lower_ in GLOSS_NOT_COUNTED \
                or not CategoryFinder.can_be_counted(head):
            return None
        return head
    return None


def _plural_row_label(text: str, start_char: int) -> bool:
    """Whether the label of the table row holding ``start_char`` ends in a plural word (``Births``, ``Entry visa
    applications``, ``Citizenship certificates issued``: the row counts what it names)."""
    words_ = []
    for word in re.findall(r"[A-Za-z]+", row_label(text, start_char).strip(" |").split("(")[0]):
        if word.lower() in PREPOSITIONS and words_:
            break  # (``Calls by cruise ships``: the head before its complement)
        words_.append(word)
    while words_ and (words_[-1].lower() in _TITLE_PARTICIPLES or words_[-1].lower().endswith("ed")):
        words_.pop()  # (``Deportation orders signed``)
    if words_ and (words_[-1].lower() in place_names() or ends_place_name(words_)):
        return False  # (``United States   66.0   65.6``: a place, C41-22)
    return bool(words_) and singular(words_[-1].lower()) != words_[-1].lower()


def column_count(doc: Doc, header):
    """The counted noun a column's header cell names (``Overnight stays``, ``Arrivals``, ``Asylum applications``): a
    short phrase of words whose head is a plural count noun, with no change, share, rate, time or unit word; else
    None (C28-13)."""
    named = _SCALE_GLOSS.sub("", header.text)  # (``Passengers (000s)``, ``Passengers, thousands``: the scale aside)
    named = text_tables.without_closing_time(named)  # (``Cases 2023``, ``Arrivals Q3 2024``: the time aside, C37-14)
    opening = _PLURAL_PARTICIPLE.match(named)
    if opening is not None and singular(opening.group(1).lower()) != opening.group(1).lower() and \
            opening.group(1).lower() not in COLUMN_NOT_COUNTED and opening.group(1).lower() not in GLOSS_NOT_COUNTED:
        # ``Patients waiting 12+ hours``, ``Patients admitted within 4 hours``: the plural before its participle
        # counts, whatever qualifies it after (C36-24)
        span = doc.char_span(header.start, header.start + len(opening.group(1)), alignment_mode="contract") \
            if header.start >= 0 else None
        if span is not None and len(span) == 1 and CategoryFinder.can_be_counted(span[0]):
            return span[0]
    words_ = named.split()
    if 3 <= len(words_) <= 5 and words_[1].lower() in ("in", "from", "on", "under", "at", "with", "without") and \
            words_[0].isalpha() and words_[0][:1].isupper() and singular(words_[0].lower()) != words_[0].lower() and \
            words_[0].lower() not in COLUMN_NOT_COUNTED and words_[0].lower() not in GLOSS_NOT_COUNTED and \
            all(w.isalpha() and w.lower() not in COLUMN_NOT_COUNTED and w.lower() not in TIME_WORDS for w in words_[2:]):
        # ``Stoppages in progress``, ``Visitors from abroad``: the plural that opens the cell, its complement naming
        # no time (C37-2)
        span = doc.char_span(header.start, header.start + len(words_[0]), alignment_mode="contract") \
            if header.start >= 0 else None
        if span is not None and len(span) == 1 and CategoryFinder.can_be_counted(span[0]):
            return span[0]
    if not 1 <= len(words_) <= 4 or not all(w.isalpha() or "-" in w for w in words_) or \
            any(w.lower() in COLUMN_NOT_COUNTED for w in words_):
        return None
    span = doc.char_span(header.start, header.start + len(named), alignment_mode="contract") if header.start >= 0 \
        else None
    if span is None or span.text != named:
        return None
    if len(span) >= 2 and (span[-1].lower_.endswith("ed") or span[-1].lower_ in IRREGULAR_PARTICIPLES) and \
            span[-1].is_lower and \
            singular(span[-2].lower_) != span[-2].lower_:
        span = span[:-1]  # ``Jobs affected``, ``Visas issued``: the plural before its participle (C35-45)
    head = category_head(span)
    if head is None and span[-1].is_alpha and span[-1].text[:1].isupper() and CategoryFinder.can_be_counted(span[-1]):
        head = span[-1]  # (``Passengers (000s)``: a header cell's capital opens the cell, it names no place)
    if head is None or head.i != span.end - 1 or singular(head.lower_) == head.lower_ or \
            head.lower_ in GLOSS_NOT_COUNTED or head.lower_ in TIME_WORDS and not (
                head.lower_ == "days" and (len(words_) > len(span) and words_[len(span)].lower() == "lost" or
                                           head.i > span.start and doc[head.i - 1].lower_ == "working")):
        return None  # (``Working days lost``: days counted, C37-1)
    if len(span) == 1 and head.lower_ in SEX_HEADERS:
        return None  # ``Males   Females`` under a title of deaths per 100,000 population: the sexes the measure is given
        # for, never what a column counts
    return head




#: a column header opening on a plural and its participle (``Patients waiting 12+ hours``)
_PLURAL_PARTICIPLE = re.compile(r"^([A-Z][a-z]+s) (?:[a-z]+(?:ing|ed)|seen|given|taken)\b")
#: a scale written after a column's counted noun (``Passengers (000s)``, ``Arrivals ('000)``, ``Visits, thousands``)
_SCALE_GLOSS = re.compile(r"\s*(?:,\s*|\(\s*)(?:'?000s?|thousands?|millions?|mn|m|bn|billions?)\s*\)?\s*$", re.I)


#: words that make a column header no count (``Change``, ``Share``, ``Rate``, ``Total``, months)
COLUMN_NOT_COUNTED = frozenset({"change", "changes", "share", "shares", "rate", "rates", "total", "totals", "percent",
                                "percentage", "per", "cent", "growth", "index", "average", "value", "values", "level",
                                "levels", "ratio", "difference", "year", "years", "month", "months", "quarter",
                                "quarters", "week", "weeks", "on", "from", "since", "vs", "versus", "of", "in"}) | \
    frozenset(m for m in MONTHS)


#: change nouns a table title opens with before the count it changes (``Change in ...``, ``Net changes in ...``)
_TITLE_CHANGE_NOUNS = frozenset(("change", "changes", "growth", "increase", "increases", "decrease", "decreases"))


def noun_after(q: Span):
    """The head of the plural noun phrase right after a figure (``34 million visitor arrivals last
    year`` → ``arrivals``), at most four words long, or None."""
    doc = q.doc
    end = q.end
    if end < len(doc) and is_verb(doc[end]):
        return None  # ``the figure of 2,693,412 reflects a 2.2 percent decrease``: the clause's verb (C42-7)
    sent_end = sentence_range(doc, q.start)[1]
    while end < min(sent_end, q.end + 4) and doc[end].is_alpha and doc[end].lower_ not in HEAD_ENDS and \
            doc[end].lower_ not in PREPOSITIONS:
        end += 1
    if end == q.end:
        return None
    head = category_head(doc[q.end : end])
    if head is None or singular(head.lower_) == head.lower_ and head.lower_ not in INVARIANT_PLURALS:
        return None
    return head


def mapped_before(category: Span) -> str | None:
    """The unit of a measure noun right before a breakdown item (``employment in health care,
    government and social assistance increased by 58,000, 51,000 and 19,000`` → ``job``): a word of
    ``count_unit_for_head`` at most three words before the CATEGORY, followed by ``in``/``among``/``of``."""
    doc = category.doc
    start = sentence_range(doc, category.start)[0]
    mapping = lexicon()["count_unit_for_head"]
    for k in range(category.start - 1, max(start, category.start - 4) - 1, -1):
        if doc[k].lower_ in mapping and k + 1 < category.start and doc[k + 1].lower_ in ("in", "among", "of", "for"):
            return mapping[doc[k].lower_]
    return None


#: plural nouns of a flow whose count is of the things after ``of`` (``exports of cars`` counts cars)
#: (not an act of counting or recording whose count the corpus keeps: ``detections of firearms``, ``registrations
#: of vehicles``, ``purchases of dwellings``)
_FLOW_HEADS = frozenset({"exports", "imports", "shipments", "deliveries", "completions"})


def plural_after_of(category: Span, head):
    """The plural noun after ``of`` that follows a measure noun (``output of new energy vehicles`` →
    ``vehicles``, ``exports of cars`` → ``cars``), or None."""
    doc = category.doc
    k = head.i + 1
    if k >= category.end or doc[k].lower_ != "of":
        return None
    inner = category_head(doc[k + 1 : category.end]) if k + 1 < category.end else None
    if inner is None or singular(inner.lower_) == inner.lower_:
        return None
    return inner


def change_complement(category: Span):
    """The counted noun of what a category's change noun changes (``The change in total nonfarm payroll
    employment`` → ``employment``; ``the increase in hospital admissions`` → ``admissions``), or None."""
    doc = category.doc
    for k in range(category.start, min(category.end - 2, category.start + 4)):
        low = doc[k].lower_
        if (low in CHANGE_NOUNS or low in ("change", "changes")) and doc[k + 1].lower_ in ("in", "of"):
            inner = category_head(doc[k + 2 : category.end])
            return inner if inner is not None and counted_word(inner) else None
    return None


def set_head_unit(q: Span, head) -> None:
    """Give ``q`` the unit its counted noun ``head`` names: a unit of measure (:func:`measure_head`,
    then a COUNT becomes an AMOUNT), else the count unit of the noun."""
    measure = measure_head(head)
    if measure is not None:
        q._.unit, q._.unit_kind = measure
        following = head.doc[head.i + 1].lower_ if head.i + 1 < len(head.doc) else ""
        if measure[0] == "day" and (following == "lost" or head.i >= 1 and head.doc[head.i - 1].lower_ == "working"):
            return  # ``Working days lost (thousands)``: days counted, no length of time (C37-1)
        if span_value(q, "metric") == "COUNT":
            q._.metric = "AMOUNT"
        return
    if head.i >= 1 and head.doc[head.i - 1].lower_ in ("those", "people") and head.lower_.endswith(("ing", "ed")) and \
            len(head.lower_) > 5:
        q._.unit, q._.unit_kind = "person", "count"  # ``1,030,000 of those immigrating``: people, not a verb
        return
    q._.unit, q._.unit_kind = count_unit(head), "count"


def participle_clause(doc: Doc, k: int, end: int) -> bool:
    """Whether token ``k`` opens a participle clause after a noun (``Member States covering about
    98%``, ``foreigners living in Germany``): an ``-ing`` word followed by a preposition, a
    determiner, a figure or the end of the phrase, not by the noun it modifies (``public housing
    units``)."""
    table = token_table(doc)
    low = table.lower[k]
    if not low.endswith("ing") or len(low) < 5 or not table.alpha[k] or len(low) == 5 and not (
            can_be_verb(low[:-3]) or can_be_verb(low[:-3] + "e")):
        return False  # (``women using a modern method``: a five-letter participle of a verb, C49-7; not ``thing``)
    if k + 1 >= min(end + 1, len(doc)):
        return True
    before = doc[k - 1].lower_ if k else ""
    if before in ("people", "persons", "children", "men", "women") or \
            before.endswith("s") and not before.endswith("ss") and doc[k - 1].is_alpha:
        return True  # ``pensioners living alone``
    nxt = doc[k + 1]
    return nxt.lower_ in PREPOSITIONS or nxt.lower_ in DETERMINERS or nxt.is_punct or nxt.like_num or \
        nxt.lower_ in ("about", "around", "nearly", "almost", "some", "over", "more", "less")


#: category heads that make a figure a rate of the count before it (``12.8 million a day``)
TIME_WORDS = vocabulary("time_words")

#: prepositions that introduce the items of a breakdown (``Job openings decreased in retail trade
#: (-115,000)``, ``followed by China (61,780)``, ``came back from Indonesia``)
BREAKDOWN_PREPOSITIONS = vocabulary("breakdown_prepositions")


#: count units of the items a breakdown lists (``in four provinces``, ``in 19 of the 27 Member States``): never
#: the unit of an item's own figure
ITEM_UNITS = frozenset(("province", "state", "region", "country", "territory", "county", "municipality", "city",
                        "industry", "sector", "activity", "market", "economy", "member state", "district"))


def breakdown_item(category: Span, items: dict[int, tuple[bool, str | None]]) -> tuple[bool, str | None]:
    """Whether a CATEGORY names an item of a breakdown (an industry, a place) of the thing counted in
    its clause rather than the thing counted: it follows a preposition (``decreased in retail trade
    (-115,000)``, ``followed by China (61,780)``), or continues a list whose previous item is one
    (``..., information (-58,000), and federal government (-22,000)``). ``items`` maps the closing
    bracket of each bracketed figure already seen to its answer. Returns the answer and the count
    unit of what the clause measures (:func:`measure_unit`), found once per list."""
    doc = category.doc
    sent_start = sentence_range(doc, category.start)[0]
    k = category.start - 1
    while k >= sent_start and (doc[k].lower_ in ("the", "a", "an", "and", "or") or doc[k].text in (",", ";")):
        k -= 1
    if k < sent_start:
        return False, None
    if doc[k].text == ")" or k in items and doc[k + 1].lower_ in ("and", ","):
        previous_item = items.get(k, (False, None))
        if previous_item[0] or (previous_item[1] and category_head(category) is None):
            return True, previous_item[1]  # ``citizens of India (6,800), Ukraine (5,200)``
        if category.end < len(doc) and doc[category.end].lower_ == "with" and not any(demonym(t) for t in category) and any(
                doc[x].lower_ == "followed" and doc[x + 1].lower_ == "by" for x in range(sent_start, k)):
            led = _led_count_unit(doc, sent_start, k)  # ``..., followed by education with 64,000 (21%) and transport
            if led is not None:                        # and storage with 41,000 (13%)`` (C37-5)
                return True, led
        return False, None
    if doc[k].lower_ in BREAKDOWN_PREPOSITIONS:
        j = k - 1
        followed = j >= sent_start and doc[k].lower_ == "by" and doc[j].lower_ == "followed"
        if followed:
            j -= 1
        while j >= sent_start and (doc[j].lower_ in ("and", "or") or doc[j].text in (",", ";")):
            j -= 1
        listed = items.get(j, (False, None))[1] if j >= sent_start and doc[j].text == ")" else None
        if followed and listed:
            return True, listed  # ``the highest number of deaths (16), followed by Dublin (15)``: deaths
        led = _led_count_unit(doc, sent_start, j + 1) if followed and not any(demonym(t) for t in category) else None
        if led is not None:
            # ``accounted for 118,000 working days lost (38% of the total), followed by education with 64,000``: the
            # count the list is led by (C37-5)
            return True, led
        return True, measure_unit(category) or listed  # ``..., and in federal government (-12,000)``
    return False, None


def _led_count_unit(doc: Doc, sent_start: int, end: int) -> str | None:
    """The unit of the last count with a unit in the sentence before token ``end`` (the figure a ``followed by``
    list is led by), or None."""
    led = [x for x in span_starts(doc, "QUANTITY")[1] if sent_start <= x.start and x.end <= end and
           span_value(x, "metric") == "COUNT" and span_value(x, "unit")]
    return span_value(led[-1], "unit") if led else None


#: words that rank the thing a bracketed count counts (``the highest number of deaths of any county (16)``)
RANK_WORDS = vocabulary("superlatives") | {"greatest", "fewest", "more", "fewer", "top", "leading", "main"}
#: the nouns that name a rate, never what a figure counts (``had the lowest rates``)
RATE_NOUNS = frozenset({"rate", "rates", "ratio", "ratios"})


def bracket_close(q: Span) -> int | None:
    """The closing bracket of the brackets a figure stands in, right after it or after the rest of a pair
    (``Alberta (+18,000; +0.7%)``), within eight tokens; None when the figure stands in none."""
    doc = q.doc
    lower = token_columns(doc).lower
    if q.end < len(doc) and lower[q.end] == ")":
        return q.end
    if q.start < 1 or lower[q.start - 1] != "(" or q.end >= len(doc) or lower[q.end] not in (";", ","):
        return None
    for k in range(q.end + 1, min(len(doc), q.end + 8)):
        if lower[k] == ")":
            return k
        if lower[k] == "(":
            return None
    return None


def ranked_count_noun(q: Span):
    """The counted noun a bracketed count ranks (``had the highest number of company insolvencies (4,120)``,
    ``the most fatalities of any county (11)`` → ``fatalities``), or the noun of the share it is restated as
    in its own bracket (``Engineering (412,300, or 15% of all students)`` → ``students``); None elsewhere.
    The phrase before the bracket names a place, an industry or a subject: what is ranked, not counted."""
    doc = q.doc
    table = token_table(doc)
    lower, text = table.lower, table.text
    if q.start == 0 or text[q.start - 1] != "(":
        return None
    sent_start, sent_end = sentence_range(doc, q.start)
    whole = share_whole_before(q, sent_start)
    if whole is not None:
        return whole  # ``Males accounted for 74% of deaths (864)``: the count of the share's whole (C28-14)
    k = q.start - 2
    if k - 2 > sent_start and table.alpha[k] and singular(lower[k]) != lower[k] and lower[k - 1] in ("and", "or") and \
            text[k - 2] == ")" and CategoryFinder.can_be_counted(doc[k]):
        # ``had the most business creations (18,640) and closures (19,990)``: the second object counts itself (C37-25)
        opened = next((m for m in range(k - 3, max(sent_start, k - 10) - 1, -1) if text[m] == "("), None)
        if opened is not None and ranked_count_noun(doc[opened + 1 : k - 2]) is not None:
            return doc[k]
    for k in range(q.start + 1, min(sent_end, q.end + 9) - 2):
        if text[k] in (")", "("):
            break
        if lower[k] == "of" and lower[k + 1] in ("all", "the") and text[k - 1] in ("%", "percent", "per"):
            inner = category_head(doc[k + 2 : min(sent_end, k + 6)])
            if inner is not None and singular(inner.lower_) != inner.lower_:
                return inner
    for k in range(q.start - 2, max(sent_start, q.start - 14) - 1, -1):
        if table.verb[k]:
            # ``The largest numbers of dwellings were started in Mazowieckie (38.9 thousand)``, ``The most housing
            # units were completed in Lisbon (12.4 thousand)``: the clause's subject counts what it ranks (C28-1)
            for m in range(k - 2, max(sent_start, k - 10) - 1, -1):
                if text[m] in (")", "(", ";", ":", ",") or table.number[m]:
                    break
                if lower[m] == "the" and lower[m + 1] in RANK_WORDS:
                    after = m + 4 if (lower[m + 2] in ("number", "numbers") or singular(lower[m + 2]) in
                                      _RANKED_CONTAINERS) and lower[m + 3] == "of" else \
                        m + 2 if lower[m + 1] in ("most", "fewest") and "of" not in lower[m + 2 : k] else None
                    # (``The most common types of deception cases were ...``: a superlative adjective; ``The largest
                    # groups of first-time applicants came from Syria (1,137)``: the plural after a container's ``of``,
                    # C44-1)
                    inner = category_head(doc[after:k]) if after is not None and after < k else None
                    if inner is not None and singular(inner.lower_) != inner.lower_:
                        return inner
                    break
            return None  # (``The largest groups were citizens of India (7,300)``: the ranked noun is the subject's)
        if text[k] in (")", "(", ";", ":") or table.number[k]:
            return None
        inner = None
        if lower[k] == "number" and lower[k + 1] == "of" and k + 2 < q.start - 1:
            inner = category_head(doc[k + 2 : q.start - 1])
        elif lower[k] in RANK_WORDS and k + 1 < q.start - 1 and lower[k + 1] not in ("than", "of", "number"):
            inner = category_head(doc[k + 1 : q.start - 1])
            while inner is not None and singular(inner.lower_) == inner.lower_ and inner.i + 2 < q.start - 1 and \
                    lower[inner.i + 1] in ("of", "among") and inner.lower_ in _RANKED_CONTAINERS:
                # ``the largest source of applications (5,123)``, ``the main country of origin of asylum seekers``:
                # the plural after ``of`` (C29-8)
                inner = category_head(doc[inner.i + 2 : q.start - 1])
        if inner is not None:
            return inner if singular(inner.lower_) != inner.lower_ and inner.i < q.start - 1 else None
    return ranked_after_list(q, sent_end)


#: singular nouns a superlative ranks by what follows their ``of`` (``the largest source of applications``)
_RANKED_CONTAINERS = frozenset({"source", "group", "share", "number", "proportion", "contributor", "category",
                                "origin", "provider", "recipient", "destination", "market", "nationality",
                                "country", "region"})

#: verbs by which places or groups listed with their figures take a ranked count (``Leeds (412) and Hull (388)
#: recorded the largest numbers of burglaries``)
_RANKING_VERBS = frozenset({"recorded", "record", "records", "received", "receive", "receives", "reported", "report",
                            "reports", "had", "have", "has", "registered", "registers", "lodged", "saw", "see", "sees",
                            "accounted", "issued", "granted", "made", "submitted", "counted", "posted", "continued",
                            "continue", "continues", "remained", "to"})


def share_whole_before(q: Span, sent_start: int):
    """The counted noun of the whole a share right before ``q``'s bracket is of (``accounted for 74% of deaths
    (864)``, ``made up 61% of all new homes (9,310)`` → ``deaths``, ``homes``): the bracket counts that part; else
    None."""
    doc = q.doc
    table = token_table(doc)
    lower = table.lower
    end = q.start - 1  # the bracket
    m = end - 1
    while m > sent_start and end - m <= 7 and lower[m] != "of" and (table.nounish[m] or lower[m] in DETERMINERS) \
            and not table.number[m] and not table.verb[m]:
        m -= 1
    if m <= sent_start or lower[m] != "of" or m + 1 >= end or lower[m - 1] not in ("%", "percent", "cent") and \
            lower[m - 1] not in FRACTION_WORDS:
        return None  # (``accounted for about a third of all deaths (60,301; 32.9%)``: a share in words, C44-16)
    start = m + 1
    while start < end and lower[start] in ("all", "the", "these", "those", "its", "their"):
        start += 1
    head = category_head(doc[start:end]) if start < end else None
    return head if head is not None and singular(head.lower_) != head.lower_ else None


def ranked_after_list(q: Span, sent_end: int):
    """The counted noun of a ranked count stated after the list of bracketed figures it ranks: ``Leeds
    (412), Hull (388) and York (301) recorded the largest numbers of burglaries`` → ``burglaries`` for each
    of the three; or None. Between the bracket and the verb only names, other bracketed figures, commas and
    ``and`` stand (C28-1)."""
    doc = q.doc
    table = token_table(doc)
    lower, text = table.lower, table.text
    k = q.end
    if k >= sent_end or text[k] != ")":
        return None
    limit = min(sent_end, q.end + 40)
    k += 1
    while k < limit:  # the rest of the list: ``, Hull (388) and York (301)``
        if text[k] in (",", "(", ")") or lower[k] == "and" or table.number[k] or \
                text[k][:1].isupper() and not table.verb[k] or lower[k] in ("of", "the") and text[k + 1][:1].isupper():
            k += 1
            continue
        break
    verbs = 0
    while k < limit and lower[k] in _RANKING_VERBS and verbs < 3:  # ``continued to receive``
        k += 1
        verbs += 1
    if not verbs or k + 2 >= limit or lower[k] != "the" or lower[k + 1] not in RANK_WORDS:
        return None
    k += 2
    if lower[k] in ("number", "numbers") and k + 1 < limit and lower[k + 1] == "of":
        k += 2
    inner = category_head(doc[k : min(limit, k + 6)])
    return inner if inner is not None and singular(inner.lower_) != inner.lower_ else None


def labelled_earlier(doc: Doc, figure: Span, q: Span) -> bool:
    """Whether ``q`` is the earlier value of ``figure`` in a bracket right after it, labelled by its time
    (``climbed to 4.5 per 1,000 population (October 2023: 3.7)``, ``7.2% (2023: 6.9)``): the same measure (C28-11)."""
    text = token_table(doc).text
    if figure.end >= len(text) or text[figure.end] != "(" or q.start < figure.end + 3 or text[q.start - 1] != ":":
        return False
    times = time_token_set(doc)
    return all(k in times or YEAR_RE.match(text[k]) for k in range(figure.end + 1, q.start - 1)) and \
        ")" not in text[figure.end + 1 : q.start]


#: the words that make an age a statistic of a group (``the average age of``, ``median age``)
_AGE_STATISTICS = frozenset(("average", "mean", "median"))


def _aged(category: Span | None) -> bool:
    """Whether a CATEGORY names the average or median age of a group (``the average (mean) age of recent first time
    buyers``, ``the median age of cases``), whose bare figure is in years."""
    if category is None:
        return False
    words = [t.lower_ for t in category]
    return "age" in words and bool(_AGE_STATISTICS & set(words[: words.index("age")]))


def measure_unit(category: Span) -> str | None:
    """The count unit of what the clause of a breakdown item measures: the head of the clause's
    subject (``Job openings decreased in ...`` → ``opening``), or the noun before a change word in it
    (``job growth occurred in ...`` → ``job``)."""
    doc = category.doc
    found = subject_before(doc, category.start, sentence_range(doc, category.start)[0])
    if found is None:
        return None
    start, end, _ = found
    phrase = doc[start:end]
    head = category_head(phrase)
    if head is None:
        last = end - 1
        while last > start and not doc[last].is_alpha:
            last -= 1
        if last > start and not CategoryFinder.can_be_counted(doc[last]) or doc[last].lower_ in words("not_count_units"):
            head = category_head(doc[start:last]) if last > start else None
    if head is not None and (head.like_num or head.lower_ in FRACTION_WORDS):
        return None  # ``... made up a third of all recorded crime, with shoplifting up 23.6% to 426,096``: a figure
    if head is not None and head.is_title and singular(head.lower_) == head.lower_ and \
            head.lower_ not in lexicon()["count_unit_for_head"]:
        return None  # ``Korea remains the only OECD member with ... below 1``: a name opening the sentence counts nothing
    return count_unit(head) if head is not None else None


def written_in(q: Span) -> bool:
    """Whether the count unit of ``q`` is a word of its own span (``2.1 million person-times``)."""
    unit = span_value(q, "unit")
    return bool(unit) and span_value(q, "unit_kind") == "count" and any(
        t.is_alpha and count_unit(t) == unit for t in q)


def counted_after(q: Span) -> bool:
    """Whether the count unit of ``q`` is the plural noun right after it, which its category is not
    (``Children aged under 5 years accounted for 108 cases``: cases)."""
    unit, doc = span_value(q, "unit"), q.doc
    return bool(unit) and span_value(q, "unit_kind") == "count" and q.end < len(doc) and doc[q.end].is_alpha and \
        doc[q.end].lower_ != unit and count_unit(doc[q.end]) == unit


TIME_UNITS = vocabulary("time_units")

#: words that name an index in a CATEGORY (its bare levels are in index points, GUIDELINES C-2)
INDEX_NAMES = vocabulary("index_names")
#: nouns of survey results stated as signed balances (``consumer confidence``, ``the business climate indicator``)
_BALANCE_NAMES = frozenset({"indicator", "indicators", "barometer", "confidence", "sentiment", "balance",
                            "climate"})
#: the words before a level a clause states (``stood at``, ``fell to``, ``was``, ``from``, ``after``)
_LEVEL_CUES = frozenset({"at", "to", "was", "is", "were", "of", "remained", "from", "after", "stood"})
#: an index's base written in brackets right after its level (``161.1 (2002=100)``, ``(2015 = 100)``)
INDEX_BASE_AFTER = re.compile(r" ?\((?:base )?(?:19|20)[0-9]{2}(?:[-/][0-9]{2,4})? ?= ?100\)")
SCALE_WORDS = vocabulary("scale_words")
#: the words before ``rate`` that name a rate stated in percent (``unemployment rate``, ``cash rate``), not per
#: population (``birth rate``, ``crime rate``)
PERCENT_RATE_MODIFIERS = vocabulary("percent_rate_modifiers")
#: an index named in full with its abbreviation in brackets (``the Crime Severity Index (CSI)``, ``Consumer Price
#: Indices (CPIs)``)
INDEX_DEFINED = re.compile(r"\b(?:[A-Z][\w-]*\s+){1,6}Ind(?:ex|ices)\s*\(([A-Z][A-Za-z-]{1,9})\)")


def defined_indexes(text: str) -> frozenset:
    """The abbreviations a text defines for indexes (``The Crime Severity Index (CSI)`` → ``csi``): their levels
    are index points like those of a ``CPI`` (GUIDELINES C21-8)."""
    if "Ind" not in text:
        return frozenset()
    return frozenset(found.group(1).lower() for found in INDEX_DEFINED.finditer(text))

#: a scale of scores a text declares: ``on a scale of 1 to 5``, ``(scale 1-5)``, ``on a 0-100 scale``
_DECLARED_SCALE = re.compile(r"\bscale (?:of |from )?([0-9]{1,3}) ?(?:to|-|\u2013) ?([0-9]{1,3})\b|"
                             r"\b([0-9]{1,3}) ?(?:to|-|\u2013) ?([0-9]{1,3})[- ]point scale\b|"
                             r"\b([0-9]{1,3})(?:-|\u2013)([0-9]{1,3}) scale\b", re.I)


def declared_scale(text: str) -> tuple[float, float] | None:
    """``(low, high)`` of the first scale of scores the text declares, or None."""
    if "scale" not in text:
        return None
    found = _DECLARED_SCALE.search(text)
    if found is None:
        return None
    low, high = (float(g) for g in found.groups() if g is not None)
    return (low, high) if low < high else None


def _counted_after(doc: Doc, q: Span) -> bool:
    """Whether a lower-case plural noun right after ``q`` names what it counts (``2.4 persons``)."""
    return q.end < len(doc) and doc[q.end].is_alpha and doc[q.end].is_lower and doc[q.end].lower_.endswith("s") and \
        doc[q.end].lower_ not in _NOT_COUNTED_AFTER


#: a bare decimal figure (``3.58``, ``-0.4``): no count of things is written so without its noun
_BARE_DECIMAL = re.compile(r"[-+\u2212]?[0-9]+\.[0-9]+")
#: words after a figure that are no counted noun of its own (``4.3 next year``, ``3.5 in September``)
_NOT_COUNTED_AFTER = FUNCTION_WORDS | frozenset(("next", "last", "this", "while", "each", "respectively", "year-on-year"))
#: words after a compared figure that name no counted thing of its own (``against 38,250 in 2023``, ``the 2,880
#: recorded in 2023``)
_STATED_WORDS = _NOT_COUNTED_AFTER | STATED_PARTICIPLES


#: verbs after ``it`` that state the range or level of the rate named before (``it ranged from``)
_RATE_RANGE_VERBS = frozenset(("ranged", "ranges", "varied", "varies", "averaged", "averages", "stood", "stands", "was",
                               "is", "reached", "peaked"))


def _bracketed_after_level(doc: Doc, q: Span, quantities: list[Span], k: int) -> bool:
    """Whether the change ``q`` (at ``k`` in ``quantities``) stands alone in brackets right after a level that is no
    change (``£768 (7.9%)``)."""
    text = token_table(doc).text
    if k < 1 or q.start < 1 or text[q.start - 1] != "(" or q.end >= len(text) or text[q.end] != ")":
        return False
    level = quantities[k - 1]
    return level.end == q.start - 1 and span_value(level, "metric") not in ("CHANGE", "SHARE")


class UnitResolver:
    """Sets the unit of counts and absolute changes from the decided relations."""

    def __init__(self, nlp: Language, name: str = "relstats_units"):
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Set the units of ``doc``'s counts and absolute changes; as the pipeline's last component,
        then release the document's token tables (:func:`pipeline.extensions.release_token_cache`)."""
        self.resolve_units(doc)
        for q in spans_of(doc, "QUANTITY"):  # FORMAT: US spelling (``offence`` → ``offense``)
            unit = span_value(q, "unit")
            if unit and us_spelling(unit) != unit:
                set_span_value(q, "unit", us_spelling(unit))
        release_token_cache(doc)
        return doc

    def resolve_units(self, doc: Doc) -> None:
        """Set the units of ``doc``'s counts and absolute changes."""
        quantities = spans_of(doc, "QUANTITY")
        if not quantities:
            return
        counted_phrase = {(c.head.start, c.head.end): c.child for c in candidates_of(doc)
                          if c.label == "CATEGORY" and c.how == "after"}
        counted = set(counted_phrase)
        declared_counts = {tuple(x) for x in doc.user_data.get(DECLARED_COUNTS_KEY, ())}
        links: dict[tuple[int, int], dict[str, Span]] = {}
        changed_by: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for r in relations_of(doc):
            links.setdefault((r.head.start, r.head.end), {}).setdefault(r.label, r.child)
            if r.label == "MODIFIES":
                changed_by.setdefault((r.child.start, r.child.end), []).append((r.head.start, r.head.end))
        by_offsets = {(q.start, q.end): q for q in quantities}
        done: set[tuple[int, int]] = set()
        previous: dict[tuple[int, int], str] = {}
        agent_units: dict[int, str] = {}  # sentence start -> the unit of the counts agents state in it
        gapped: set[tuple[int, int]] = set()  # counts whose verb and counted noun a list leaves out (C31-16)
        # the closing bracket of each bracketed figure -> (a breakdown item?, the unit it counts)
        items: dict[int, tuple[bool, str | None]] = {}

        lower = token_table(doc).lower

        # bare counts listed before a count with its noun share it (``reported 30, 26 and 9 cases``)
        list_unit: dict[tuple[int, int], str] = {}
        rates_listed: set[tuple[int, int]] = set()
        for k, q in enumerate(quantities):
            rate = is_rate(span_value(q, 'unit')) and not any(c.isdigit() for c in
                                                                             (span_value(q, "unit") or "").split(" per ")[0])
            if span_value(q, "unit_kind") != "count" or not span_value(q, "unit") or (q.start, q.end) not in counted and \
                    not (q.end < len(doc) and lower[q.end] in GENERIC_PEOPLE) and not rate:
                continue  # (``by 26,400 and 18,700 people respectively``: people both)
            j = k - 1
            # (``were 212 and 158 offences per 10,000 population``, ``rose from 126 to 136 victims per 100,000 persons``:
            # the figures before a rate with its words are that rate, C24-12)
            while j >= 0 and quantities[j].end + 1 == quantities[j + 1].start and \
                    (lower[quantities[j].end] in (",", "and", "or") or rate and lower[quantities[j].end] == "to" and
                     quantities[j].start >= 1 and lower[quantities[j].start - 1] == "from") and \
                    span_value(quantities[j], "metric") in ("COUNT", "CHANGE", "SHARE") and \
                    (span_value(quantities[j], "metric") == span_value(q, "metric") or
                     rate and span_value(quantities[j], "metric") == "COUNT") \
                    and span_value(quantities[j], "unit_kind") in (None, "count") and \
                    (quantities[j].start, quantities[j].end) not in counted:
                list_unit[(quantities[j].start, quantities[j].end)] = span_value(q, "unit")
                if rate:
                    rates_listed.add((quantities[j].start, quantities[j].end))
                j -= 1

        def resolve(q: Span, depth: int = 0) -> None:
            key = (q.start, q.end)
            if key in done or depth > 8:
                return
            done.add(key)
            if key in declared_counts and span_value(q, "unit"):
                return  # a count the quantity reader declared (``3.2 million 60-kilogram bags``, C43-31)
            if key in list_unit:
                q._.unit, q._.unit_kind = list_unit[key], "count"
                if key in rates_listed:
                    q._.metric = "SHARE"  # (a rate per population, C3-13)
                return
            unit_kind, metric = span_value(q, "unit_kind"), span_value(q, "metric")
            if key not in counted and unit_kind in (None, "count") and metric in ("COUNT", "CHANGE") and \
                    _aged(links.get(key, {}).get("CATEGORY")):
                # ``The average (mean) age of recent first time buyers was 34``: an age is in years (C47-11)
                q._.unit, q._.unit_kind = "year", "measure"
                if metric == "COUNT":
                    q._.metric = "AMOUNT"
                return
            if metric == "CHANGE" and is_rate(span_value(q, "unit")) and not span_value(q, "unit").startswith("per "):
                return  # ``(up 0.1 on 2022)`` after ``The pupil to teacher ratio was 20.8``: the ratio's change (C45-25)
            located = self.located_part_whole(doc, q, links.get(key, {}), by_offsets, counted)
            if located is not None:
                resolve(located, depth + 1)
                if span_value(located, "unit") and span_value(located, "unit_kind") in ("count", "measure"):
                    # ``of which 590.1 million flew on domestic routes``: the routes say where the part went; it
                    # counts what its whole counts (passengers, vehicle miles)
                    q._.unit, q._.unit_kind = span_value(located, "unit"), span_value(located, "unit_kind")
                    if span_value(located, "unit_kind") == "measure" and metric == "COUNT":
                        q._.metric = "AMOUNT"
                    return
            if metric == "COUNT" and unit_kind in (None, "count"):
                whole = self.shared_whole_noun(doc, q, by_offsets)
                if whole is not None:  # ``Children ... accounted for 27,900 of the people granted protection``
                    set_head_unit(q, whole)
                    return
            agent_whole = self.agent_part_whole(doc, q, links.get(key, {}), by_offsets) or (
                self.subject_part_whole(doc, q, links.get(key, {}), by_offsets) if key not in counted else None)
            if agent_whole is not None:
                resolve(agent_whole, depth + 1)
                if span_value(agent_whole, "unit_kind") == "count" and span_value(agent_whole, "unit"):
                    # ``Of the 1.61 billion journeys, ..., regional operators carried 429 million``: journeys
                    q._.unit, q._.unit_kind = span_value(agent_whole, "unit"), "count"
                    return
            if agent_whole is None and key not in counted and unit_kind in (None, "count") and metric == "COUNT":
                category = links.get(key, {}).get("CATEGORY")
                sent_start = sentence_range(doc, q.start)[0]
                unit = None
                if self.agent_object(doc, q, category, strict=True):
                    unit = stated_before(q) or measured_before(q)
                    if unit:
                        agent_units[sent_start] = unit
                elif category is not None and self.right_before(lower, category, q) and sent_start in agent_units:
                    unit = agent_units[sent_start]  # ``..., regional operators 96.2 million``: the verb left out
                elif category is not None and self.right_before(lower, category, q):
                    earlier = self.gapped_written_count(doc, q, category, quantities, position, counted, gapped)
                    if earlier is not None:
                        gapped.add(key)
                        # ``Mainland residents made 140 million trips, Hong Kong and Macao residents 128 million and
                        # foreigners 19 million``: the verb and its counted noun left out (C31-16)
                        unit = span_value(earlier, "unit")
                        if span_value(earlier, "metric") == "CHANGE":
                            # ``Health care added 54,000 jobs, restaurants nearly 29,000``: the gapped change's items
                            q._.metric, q._.direction = "CHANGE", span_value(earlier, "direction")
                if unit:  # ``London and South East operators recorded 273.6 million`` after ``... million journeys``
                    q._.unit, q._.unit_kind = unit, "count"
                    return
            def counts_as(other: Span | None) -> bool:
                """Give ``q`` the count unit of ``other`` (resolved first), when it has one."""
                if other is None:
                    return False
                resolve(other, depth + 1)
                if span_value(other, "unit_kind") == "count" and span_value(other, "unit"):
                    q._.unit, q._.unit_kind = span_value(other, "unit"), "count"
                    return True
                return False

            if metric in ("COUNT", "CHANGE") and unit_kind in (None, "count") and \
                    counts_as(self.partitive_whole(doc, q, by_offsets)):
                return  # ``16 of Sweden's 21 counties``
            if unit_kind in (None, "count") and metric == "COUNT" and not written_in(q) and not counted_after(q) and \
                    counts_as(self.gapped_share_count(doc, q, quantities, position)):
                # ``hotels accounted for 1.71 billion nights ..., campsites for 0.41 billion``: the gapped verb's count,
                # before a counted noun read in the item's own words (C30-19)
                return
            if key in counted and (unit_kind == "count" or unit_kind is None and not span_value(q, "unit") and
                                   metric in ("COUNT", "CHANGE")):
                # (a counted noun the categories step left without a unit: ``34 million visitor
                # arrivals``, ``800,000 households coming off fixed-rate deals``)
                phrase = counted_phrase[key]
                if any(w in ("and", "or", "a", "an", "per", "(") for w in lower[phrase.start + 1 : phrase.end]) or \
                        any(participle_clause(doc, k, phrase.end) for k in range(phrase.start + 1, phrase.end)):
                    # ``layoffs and discharges``, ``police officers and auxiliary police``: the first
                    # conjunct's head is the unit
                    head = category_head(phrase)
                    if head is not None:
                        set_head_unit(q, head)
                else:
                    head = category_head(phrase)
                    if head is not None and (measure_head(head) is not None or len(phrase) > 1):
                        set_head_unit(q, head)  # ``329.4 billion vehicle miles``, ``94,385 people died``
                return
            if unit_kind in WRITTEN_KINDS or key in counted or written_in(q) or key in declared_counts or \
                    counted_after(q) or \
                    unit_kind == "count" and q.end < len(doc) and (lower[q.end] in GENERIC_PEOPLE or
                                                                   lower[q.end] in CLASSIFIER_NOUNS):
                return  # (``estimated at 97,100 persons``: persons whatever the category)
            mine = links.get(key, {})
            if metric == "COUNT" and unit_kind in (None, "count") and \
                    mine.get("CATEGORY") is not None and mine["CATEGORY"].end <= q.start:
                after = noun_after(q)
                if after is not None and doc[q.end].is_lower and not lower[q.end].endswith(("ing", "ed")):
                    # ``Dutch guests accounted for 1.95 million overnight stays``: the plural written after the
                    # figure is what it counts; the subject before is the category
                    set_head_unit(q, after)
                    return
            whole = mine.get("PART_OF")
            if metric == "COUNT" and unit_kind in (None, "count") and whole is not None and \
                    whole.label_ == "QUANTITY" and mine.get("CATEGORY") is None:
                level = by_offsets.get((whole.start, whole.end), whole)
                resolve(level, depth + 1)
                if span_value(level, "unit_kind") == "count" and span_value(level, "unit"):
                    # ``108,138 people claimed asylum (relating to 84,200 main applicants) ... Of these, 32,691 had
                    # arrived by small boat``: a part with no noun and no category of its own counts what its whole
                    # counts; a named part keeps its own noun (``30,000 were returning Irish citizens``, C35-6)
                    q._.unit, q._.unit_kind = span_value(level, "unit"), "count"
                    return
            target = mine.get("MODIFIES")
            if metric == "CHANGE" and target is not None and target.label_ == "QUANTITY":
                level = by_offsets.get((target.start, target.end), target)
                resolve(level, depth + 1)
                if span_value(level, "unit") and self.absolute_change_takes(q, level):
                    q._.unit, q._.unit_kind = span_value(level, "unit"), span_value(level, "unit_kind")
                elif unit_kind in (None, "count") and span_value(level, "unit") == "percent" and \
                        span_value(level, "metric") == "SHARE" and bare_signed(q):
                    # ``The unemployment rate was 4.1% (+0.2)``: a rate's bare signed change is in its points (C46-5)
                    q._.unit, q._.unit_kind = "percentage point", "percentage_point"
                return
            if metric not in ("COUNT", "CHANGE") or unit_kind not in (None, "count"):
                return
            if metric == "CHANGE" and unit_kind in (None, "count") and not any(c.isalpha() for c in q.text):
                level = row_level(q)
                if level is not None:
                    # ``Average stay (nights)   3.4   3.6   -0.2``: a change cell of a row whose levels are in a measure
                    q._.unit, q._.unit_kind = span_value(level, "unit"), span_value(level, "unit_kind")
                    return
            after = lower[q.end : q.end + 2]
            if len(after) == 2 and after[0] in ("a", "an", "per", "every", "each") and after[1] in TIME_WORDS \
                    and previous.get(key) and not (q.end + 2 < len(doc) and lower[q.end + 2] in RELATIVE_TIME_ENDS):
                # (not ``compared with 576,700 a year earlier``: a time back, no rate, C35-3)
                q._.unit, q._.unit_kind = previous[key], "count"  # ``or about 12.8 million a day``
                return
            # a level whose counted noun is stated on the change that leads to it: ``employment
            # increased by 50,000 people to 14,434,000`` (the level counts people)
            for change_key in changed_by.get(key, ()):
                worded = change_key[1] < len(doc) and (lower[change_key[1]] in GENERIC_PEOPLE or
                                                       lower[change_key[1]] in CLASSIFIER_NOUNS)
                change = by_offsets[change_key] if change_key in counted or worded else None
                if change is not None and span_value(change, "unit_kind") == "count" and change.end <= q.start:
                    q._.unit, q._.unit_kind = span_value(change, "unit"), "count"
                    return
            if counts_as(self.gapped_share_count(doc, q, quantities, position)):
                # ``Drivers accounted for 71 of the 174 deaths (41%), pedestrians for 39``: the verb left out, the count
                # of the same deaths
                return
            titled = table_title_count(q)
            if titled is not None:  # ``Table 1: Road deaths by road user type`` above ``Drivers   58   69   +11``
                set_head_unit(q, titled)
                return
            ranked = ranked_count_noun(q)
            if ranked is not None and ranked.lower_ not in RATE_NOUNS:  # (``the lowest rates``: no counted noun)
                # ``recorded the highest number of company insolvencies (4,120)``: insolvencies
                set_head_unit(q, ranked)
                if q.end < len(doc) and lower[q.end] == ")":
                    items[q.end] = (True, span_value(q, "unit"))  # the phrase before the bracket is an item
                return
            heading = breakdown_heading(q, mine.get("CATEGORY"))
            if heading is not None:  # ``Vacancies by industry, ...: accommodation ... 118,000 (-20,000); ...``
                q._.unit, q._.unit_kind = heading, "count"
                return
            category = mine.get("CATEGORY")
            if category is not None and span_value(q, "metric") == "COUNT":
                direction = change_noun(category)
                if direction is not None:  # ``Population growth amounted to 29,100``: a change (C-19)
                    q._.metric, q._.direction = "CHANGE", direction
            if category is not None and (category.end <= q.start or category.start >= q.end):
                inner = change_complement(category)
                if inner is not None:  # ``The change in total nonfarm payroll employment ... +290,000``: jobs
                    set_head_unit(q, inner)
                    return
                item, unit = breakdown_item(category, items)
                head = category_head(category)
                if item and category.end + 1 == q.start and lower[category.end] == "of" and head is not None and \
                        head.lower_ in lexicon()["count_unit_for_head"]:
                    item = False  # ``with a population of 12,400``: the noun before ``of`` names what is counted (C44-3)
                if head is not None and head.lower_ in TIME_WORDS:
                    item = True  # ``480 million trips, or about 12.8 million a day``: a rate of the same count
                if len(category) > 2 and category[0].lower_ in ("that", "those") and \
                        category[1].lower_ in ANAPHOR_PREPOSITIONS:
                    # ``and that in the euro area by 17 000 to 10.858 million``: the pronoun stands for what the
                    # clause before counts, not for the place or group after it
                    unit = stated_before(q, sentence_only=True) or measured_before(q)
                    if unit:
                        q._.unit, q._.unit_kind = unit, "count"
                        return
                if category.end <= q.start - 2 and lower[q.start - 2] == "of" and lower[q.start - 1] in ("whom", "which") \
                        and span_value(q, "metric") == "COUNT":
                    # ``Customs arrested 2,104 persons in 2023, of whom 311 (14.8%) were aged 18 to 24``: a part counts
                    # what its whole counts, not the subject before the whole (C51-13)
                    unit = stated_before(q, sentence_only=True)
                    if unit:
                        q._.unit, q._.unit_kind = unit, "count"
                        return
                if category.start > q.end and q.end < len(doc) and is_verb(doc[q.end]) and \
                        lower[q.end] not in PREDICATE_COPULAS and partitive_subject(q):
                    # ``Of those, 244 involved a knife``, ``of which 300 involved a firearm``: the figure is the subject
                    # of a part of what was counted before; the verb's object is no counted noun
                    unit = stated_before(q) or measured_before(q)
                    if unit:
                        q._.unit, q._.unit_kind = unit, "count"
                        return
                if item:
                    # the written counted noun of the figure the items break down, in the same sentence
                    # (``Employers added 175,000 jobs, with gains in health care (+56,000)``: jobs, not
                    # employers), before the clause's subject
                    unit = stated_before(q, sentence_only=True, items_too=False) or \
                        (unit if unit not in ITEM_UNITS else None) or (
                        recent_count_unit(q, items_too=False) if not any(demonym(t) for t in category) else None) or \
                        previous.get(key)  # (``followed by Iranians (3,371)``: people, C3-15)
                    close = bracket_close(q)
                    if close is not None:
                        items[close] = (True, unit)
                    elif unit:
                        items[q.end - 1] = (True, unit)  # ``with shoplifting up 23.6% to 426,096 and residential
                        # burglary up 18.1% to 77,819``: the next item of the list counts the same
                    if unit:
                        q._.unit, q._.unit_kind = unit, "count"
                        return
                if head is not None and not counted_word(head) and (span_value(q, "value") or 0) > 1:
                    # ``Retail trade (+45,000)``, ``Primary: 4.61 million``, ``The average class size ...
                    # fell to 26.6``: a singular or mass noun names what is broken down or measured, not
                    # what is counted; the counted noun is the plural after ``of`` (``The output of new
                    # energy vehicles was 179,000``), else the one stated last before in the paragraph
                    inner = plural_after_of(category, head)
                    if inner is not None:
                        set_head_unit(q, inner)
                        return
                    unit = stated_before(q) or mapped_before(category) or (
                        title_count_unit(q) if not any(t.is_alpha and singular(t.lower_) != t.lower_ for t in category)
                        else None) or (measured_before(q, changes_too=True) if span_value(q, "metric") == "CHANGE" and
                                       q.start >= 1 and lower[q.start - 1] in ("(", "+", "-") else None)
                    if unit:
                        # (``employed persons rose by 183 thousand. By industry, ... construction (-96 thousand)``: an
                        # industry's change counts what the paragraph's last count counts, C21-33)
                        q._.unit, q._.unit_kind = unit, "count"
                        return
                if head is not None and not counted_word(head) and category.start >= 2 and \
                        lower[category.start - 2] == "of" and lower[category.start - 1] in ("which", "whom"):
                    # ``- Terminal passengers: 292.4 million`` over ``- of which international: 268.6 million``: a
                    # kind of what the whole counts, no counted noun (C47-2)
                    unit = recent_count_unit(q) or measured_before(q)
                    if unit:
                        q._.unit, q._.unit_kind = unit, "count"
                        return
                if head is not None and head.lower_ in _FLOW_HEADS:
                    inner = plural_after_of(category, head)
                    if inner is not None:
                        set_head_unit(q, inner)  # ``Exports of cars reached 5.22 million``: cars (C51-13)
                        return
                quoted = category.start >= 1 and doc[category.start - 1].text in ('"', "“")  # (``"pneumonia" (318,000)``)
                if head is not None and not quoted and not (head.is_title and not counted_word(head) and not (
                        head.i + 1 < len(doc) and doc[head.i + 1].lower_ in COUNT_WORDS)):  # (``The Claimant Count``)
                    set_head_unit(q, head)
                    return
                unit = self.named_item_unit(category, previous.get(key) or recent_count_unit(q))
                if not unit and (span_value(q, "value") or 0) > 1:
                    unit = stated_before(q)  # ``Primary: 4.61 million`` under ``9,092,073 pupils``
                if not unit and not any(t.is_alpha and singular(t.lower_) != t.lower_ for t in category):
                    unit = title_count_unit(q)  # ``Study visas granted ...:`` above ``- India: 110,006``
                if not unit and span_value(q, "unit") and any(
                        t.is_title and t.lower_ == span_value(q, "unit") for t in category):
                    q._.unit, q._.unit_kind = None, None  # a name (``India``) counts nothing
                if unit:  # the category names a place, a nationality or an abbreviation, not what is counted
                    q._.unit, q._.unit_kind = unit, "count"
                    return
            whole = mine.get("PART_OF")
            if category is None and whole is not None and span_value(q, "unit") is None:
                level = by_offsets.get((whole.start, whole.end), whole)
                resolve(level, depth + 1)
                if span_value(level, "unit_kind") in (None, "count") and span_value(level, "unit"):
                    q._.unit, q._.unit_kind = span_value(level, "unit"), "count"
            if span_value(q, "unit") is None and self.share_bracketed(doc, q, quantities, position):
                # ``Of all journeys, 74% (309 million) were made on ..., 21% (88 million) on ...``: the count after the
                # next share of the list counts what the first share's count counts (C33-24)
                sent_start = sentence_range(doc, q.start)[0]
                for j in range(position[key] - 2, 0, -1):
                    other = quantities[j]
                    if other.start < sent_start:
                        break
                    if self.share_bracketed(doc, other, quantities, position):
                        resolve(other, depth + 1)
                        if span_value(other, "unit_kind") == "count" and span_value(other, "unit"):
                            q._.unit, q._.unit_kind = span_value(other, "unit"), "count"
                        break

        position = {(x.start, x.end): k for k, x in enumerate(quantities)}

        def partitive_subject(q: Span) -> bool:
            """Whether ``q`` opens a part of a whole named before it: after ``of which``/``of whom``, or after an
            opening ``Of those``, ``Of these``, ``Of them``, ``Of the ...`` and its comma."""
            if q.start >= 2 and lower[q.start - 2] == "of" and lower[q.start - 1] in ("which", "whom", "these", "those"):
                return True
            sent_start = sentence_range(doc, q.start)[0]
            return q.start - sent_start >= 3 and lower[sent_start] == "of" and \
                lower[sent_start + 1] in ("those", "these", "them", "the", "all") and lower[q.start - 1] == ","

        def row_level(q: Span) -> Span | None:
            """The last level of ``q``'s table row in a unit of measure (``Average stay (nights)   3.4   3.6``), when
            ``q`` is a cell of a row of three cells or more."""
            line_start = text.rfind("\n", 0, q.start_char) + 1
            line_end = text.find("\n", q.start_char)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if len(text_tables.cells(line)) < 3:
                return None
            at = position[(q.start, q.end)]
            for k in range(at - 1, max(-1, at - 6), -1):
                x = quantities[k]
                if x.start_char < line_start:
                    return None
                if span_value(x, "metric") == "AMOUNT" and span_value(x, "unit_kind") == "measure" and \
                        span_value(x, "unit"):
                    return x
            return None

        def recent_count_unit(q: Span, items_too: bool = True) -> str | None:
            """The unit of the nearest earlier count of ``q``'s sentence (``412,000 visitors ..., while
            France (71,000)``); without ``items_too``, never a count of the items broken down (``Employment
            increased in four provinces, led by Alberta (+18,000)``: jobs, not provinces)."""
            sent_start = sentence_range(doc, q.start)[0]
            for k in range(position[(q.start, q.end)] - 1, max(-1, position[(q.start, q.end)] - 12), -1):
                earlier = quantities[k]
                if earlier.start < sent_start:
                    break
                unit = span_value(earlier, "unit")
                if span_value(earlier, "unit_kind") == "count" and unit and not unit.startswith("per ") and \
                        (items_too or unit not in ITEM_UNITS):
                    return unit
            return None

        def stated_before(q: Span, sentence_only: bool = False, items_too: bool = True) -> str | None:
            """The counted noun written after the nearest earlier count of ``q``'s paragraph (of its
            sentence with ``sentence_only``; without ``items_too``, never a count of places or industries)."""
            at = position[(q.start, q.end)]
            sent_start = sentence_range(doc, q.start)[0] if sentence_only else -1
            for k in range(at - 1, max(-1, at - 41), -1):  # the 40 figures before it at most
                earlier = quantities[k]
                if "\n\n" in text[earlier.end_char : q.start_char] or earlier.start < sent_start:
                    return None
                unit = span_value(earlier, "unit")
                if (earlier.start, earlier.end) in counted and span_value(earlier, "unit_kind") == "count" and unit \
                        and " per " not in f" {unit} " and (items_too or unit not in ITEM_UNITS):
                    return unit
            return None

        def measured_before(q: Span, changes_too: bool = False) -> str | None:
            """The count unit of the nearest earlier count of ``q``'s paragraph that no agent states (``Passenger
            journeys ... totalled 410.5 million``), resolved first. With ``changes_too``, of the nearest earlier count
            or change, stated by an agent or not, that counts no item and stands in no bracket (``183 thousand``
            employed persons before ``construction (-96 thousand)``)."""
            at = position[(q.start, q.end)]
            for k in range(at - 1, max(-1, at - 13), -1):
                earlier = quantities[k]
                if "\n\n" in text[earlier.end_char : q.start_char]:
                    return None
                if changes_too:
                    if span_value(earlier, "metric") not in ("COUNT", "CHANGE") or \
                            span_value(earlier, "unit_kind") not in (None, "count") or \
                            earlier.start >= 1 and lower[earlier.start - 1] in ("(", "+", "-"):
                        continue
                elif span_value(earlier, "metric") != "COUNT" or self.agent_object(
                        doc, earlier, links.get((earlier.start, earlier.end), {}).get("CATEGORY"), strict=True):
                    continue
                resolve(earlier, 1)
                unit = span_value(earlier, "unit")
                if span_value(earlier, "unit_kind") == "count" and unit and " per " not in f" {unit} " and \
                        not (changes_too and unit in ITEM_UNITS):
                    return unit
            return None

        text = text_of(doc)
        last_unit, last_end = None, 0
        for q in quantities:  # the counted nouns stated in the text, for breakdown items without one
            if "\n" in text[last_end : q.start_char]:
                last_unit = None  # a new line (paragraph, list item or table row)
            last_end = q.start_char
            if last_unit:
                previous[(q.start, q.end)] = last_unit
            if (q.start, q.end) in counted and span_value(q, "unit_kind") == "count" and span_value(q, "unit"):
                last_unit = span_value(q, "unit")
        declared = DeclaredUnits(text, [q.start_char for q in quantities])
        rates: list[Span] = []  # the rates per population seen so far
        for q in quantities:
            if span_value(q, "unit_kind") in (None, "count") and (q.start, q.end) not in counted and \
                    (q.start, q.end) not in declared_counts and not any(c.isalpha() for c in text[q.start_char : q.end_char]):
                unit = declared.unit_for(q.start_char)
                if unit is not None:  # ``CPI by category, %`` above ``Food: -2.1 (-0.1)``
                    q._.unit, q._.unit_kind = unit, "percent" if unit == "percent" else "percentage_point"
                    if span_value(q, "metric") not in ("SHARE", "CHANGE"):
                        # a table of percents with no share word is a table of rates of change
                        # (``annual inflation ..., %``, ``GDP, % on the previous month``)
                        q._.metric = "SHARE" if declared.share_table(q.start_char) and unit == "percent" else "CHANGE"
                        q._.direction = None
                    if q._.metric == "CHANGE" and q._.direction is None and span_value(q, "value"):
                        q._.direction = "down" if q.text.startswith(("-", "−", "–")) else "up"  # D-1, C2-11
                    done.add((q.start, q.end))
        for k, q in enumerate(quantities):
            if (span_value(q, "unit") or "").startswith("per ") and k > 0 and q.start >= 2 and \
                    lower[q.start - 1] == "(" and quantities[k - 1].end == q.start - 1:
                row = quantities[k - 1]  # ``645 (0.68)`` under ``Cases by age group (... rate per 100 000 ...)``
                resolve(row)
                if span_value(row, "unit_kind") == "count" and span_value(row, "unit") and \
                        " per " not in f" {span_value(row, 'unit')} ":
                    set_span_value(q, "unit", f"{span_value(row, 'unit')} {span_value(q, 'unit')}")
                    done.add((q.start, q.end))
            if (span_value(q, "unit") or "").startswith("per ") and "\n" in text and (q.start, q.end) not in done:
                # ``Robbery   82,700   +6   1.4`` under ``Number ... Rate per 1,000 population``: the rate of what the
                # row's count counts (C21-20), not of the row's label
                line_start, line_end = text_tables.line_bounds(text, q.start_char)
                if len(text_tables.cells(text[line_start:line_end])) >= 3:
                    row = next((x for x in quantities if line_start <= x.start_char < q.start_char and
                                span_value(x, "metric") == "COUNT"), None)
                    if row is not None:
                        resolve(row)
                        if span_value(row, "unit_kind") == "count" and span_value(row, "unit") and \
                                " per " not in f" {span_value(row, 'unit')} ":
                            set_span_value(q, "unit", f"{span_value(row, 'unit')} {span_value(q, 'unit')}")
                            done.add((q.start, q.end))
            restated = None
            if (span_value(q, "unit") or "").startswith("per ") and q.text[-1:].isdigit():
                # ``28.4 consultations per 100,000 practice population in week 2, up from 21.0 per 100,000``:
                # a rate whose base is written without its noun restates the sentence's last rate of that base
                number = span_value(q, "unit").split()[1]
                sent_start = sentence_range(doc, q.start)[0]
                restated = next((span_value(e, "unit") for e in reversed(rates) if e.start >= sent_start and
                                 f" per {number} " in f" {span_value(e, 'unit')} "), None)
                named = links.get((q.start, q.end), {}).get("CATEGORY")
                if restated is None and (named is None or all(w.is_title for w in named if w.is_alpha)) and \
                        "\n" in text_of(doc)[doc[sent_start].idx : q.start_char] + \
                        text_of(doc)[max(0, doc[sent_start].idx - 2) : doc[sent_start].idx]:
                    # ``- London: 180 offences per 100,000 people`` then ``- West Midlands: 179 per 100,000``: a
                    # line of a list labelled by a name restates the rate of the lines before it, in its paragraph
                    # (C41-8; ``infant mortality: 4.9 per 1,000`` names its own)
                    opening = text_of(doc).rfind("\n\n", 0, q.start_char)
                    restated = next((span_value(e, "unit") for e in reversed(rates) if e.start_char > opening and
                                     f" per {number} " in f" {span_value(e, 'unit')} " and
                                     not span_value(e, "unit").startswith("per ")), None)
            if restated is not None:
                set_span_value(q, "unit", restated)
                done.add((q.start, q.end))
            elif (span_value(q, "unit") or "").startswith("per "):
                paired = rates[-1] if rates and 0 < q.start - rates[-1].end <= 2 and \
                    all(lower[k] in ("and", ",", "or") for k in range(rates[-1].end, q.start)) else None
                counted_part = span_value(paired, "unit").split(" per ")[0] if paired is not None else ""
                if counted_part and not counted_part.startswith("per"):
                    # ``612.4 deaths per 100,000 men and 455.9 per 100,000 women``: the rate paired with the one before
                    # counts what it counts, over its own base
                    set_span_value(q, "unit", f"{counted_part} {span_value(q, 'unit')}")
                else:
                    self.rate_unit(q, links.get((q.start, q.end), {}).get("CATEGORY"))
                unit = span_value(q, "unit")
                if unit.startswith("per ") and q.start >= 3 and lower[q.start - 1] == "of" and \
                        lower[q.start - 2] == "rate" and lower[q.start - 3] in _VITAL_EVENTS:
                    # ``with a crude death rate of 7.76 per thousand``: the rate names what it counts
                    set_span_value(q, "unit", f"{lower[q.start - 3]} {unit}")
                    unit = span_value(q, "unit")
                if unit.startswith("per "):  # ``compared with 7.24 per 100,000 in week 2``: the rate before
                    sent_start = sentence_range(doc, q.start)[0]
                    for earlier in reversed(rates):
                        if earlier.start < sent_start:
                            break
                        if span_value(earlier, "unit").endswith(" " + unit):
                            set_span_value(q, "unit", span_value(earlier, "unit"))
                            break
                if unit.startswith("per ") and span_value(q, "unit") == unit:
                    # ``their incidence rate was 15.2 per 100,000`` after ``2.9 cases per 100,000 population``:
                    # the document's last rate with that base names what is counted
                    for earlier in reversed(rates):
                        full = span_value(earlier, "unit")
                        tail = full[full.find("per ") :] if "per " in full else ""
                        if full != tail and (tail == unit or tail.startswith(unit + " ")):
                            set_span_value(q, "unit", full)
                            break
                if unit.startswith("per ") and span_value(q, "unit") == unit:
                    # ``Recorded assaults rose to 30,412, a rate of 412.6 per 100,000 population``: the rate of what
                    # the sentence's last count counts (C21-19)
                    counted_unit = recent_count_unit(q, items_too=False)
                    if counted_unit and " per " in counted_unit:
                        counted_unit = counted_unit.split(" per ")[0]  # ``1,143.5 deaths per 100,000 males and 847.1
                        # per 100,000 females``: what the rate before counts, over its own base
                    if counted_unit and counted_unit.split()[-1] not in BASE_NOUNS:
                        set_span_value(q, "unit", f"{counted_unit} {unit}")
                if unit.startswith("per ") and span_value(q, "unit") == unit and unit.split()[-1] in BASE_NOUNS:
                    # ``There were 10,473 alcohol-specific deaths ... Scotland had the highest rate at 22.9 per
                    # 100,000 people``: a rate per population naming nothing counts what the paragraph's last count
                    # with its noun counts (C36-1)
                    counted_unit = stated_before(q, items_too=False)
                    if counted_unit and counted_unit.split()[-1] not in BASE_NOUNS and \
                            counted_unit not in GENERIC_UNITS:
                        set_span_value(q, "unit", f"{counted_unit} {unit}")
                done.add((q.start, q.end))
            if " per " in f" {span_value(q, 'unit') or ''}":
                rates.append(q)
            elif rates and not span_value(q, "unit") and span_value(q, "unit_kind") is None and \
                    (q.start, q.end) not in counted and q.text[-1:].isdigit() and \
                    "\n\n" not in text[rates[-1].end_char : q.start_char] and self.rate_subject(doc, q, rates[-1]):
                # ``the crime rate was 7,047 offences per 100,000 inhabitants ... Among the Länder, the rate
                # ranged from 4,418 in Bavaria to 14,271 in Berlin``: the paragraph's last rate again
                q._.unit, q._.unit_kind, q._.metric, q._.direction = span_value(rates[-1], "unit"), "count", "SHARE", None
                done.add((q.start, q.end))
            elif not span_value(q, "unit") and span_value(q, "unit_kind") is None and (q.start, q.end) not in counted \
                    and q.text[-1:].isdigit() and (named := self.clause_rate(doc, q)) is not None:
                # ``Road deaths per million inhabitants ranged from 20 in Sweden to 81 in Romania``: the rate its
                # clause names (C29-3)
                q._.unit, q._.unit_kind = named, "count"
                if span_value(q, "metric") != "CHANGE":
                    q._.metric, q._.direction = "SHARE", None
                done.add((q.start, q.end))
            resolve(q)
            if q.end < len(doc) and lower[q.end] == ")" and span_value(q, "unit_kind") == "count" and \
                    span_value(q, "unit"):
                items.setdefault(q.end, (False, span_value(q, "unit")))
        for q in quantities:
            if not span_value(q, "unit") and span_value(q, "unit_kind") is None and \
                    span_value(q, "metric") in ("COUNT", "CHANGE"):
                head = noun_after(q)
                if head is not None:  # ``about 34 million visitor arrivals last year`` (D-13, rule 1)
                    set_head_unit(q, head)
        self.restated_units(quantities, counted)
        if "\n" in text:
            for q in quantities:
                header = text_tables.header_cell(text, q.start_char)
                if header is not None and _AGE_HEADER.match(header.text.strip()) and \
                        span_value(q, "unit_kind") not in ("measure", "currency"):
                    # ``Age group   Oct 2024   Oct 2023`` above ``15-24   14.6   13.9``: the row label is an age range
                    q._.unit, q._.unit_kind, q._.metric, q._.direction = "year", "measure", "AMOUNT", None
        self.equivalents_restated(quantities, links)
        self.rates_restated(quantities)
        self.compared_units(doc, quantities, counted | declared_counts)  # (a column's declared count stays, C41-39)
        self.from_to_units(doc, quantities, counted)
        lower = token_columns(doc).lower
        for q in quantities:
            if span_value(q, "unit_kind") == "count" and (q.start, q.end) not in counted and \
                    span_value(q, "metric") == "COUNT" and not any(t.is_alpha for t in q) and \
                    measure_of_a_scale(doc, q, lower):
                q._.unit, q._.unit_kind = None, None  # ``The Poverty Depth Index fell from 1.53``: no earlier count's noun
        self.price_rates_restated(doc, quantities, links)
        index_names = INDEX_NAMES | defined_indexes(text)  # (``the Crime Severity Index (CSI)``: csi)
        for q in quantities:
            category = links.get((q.start, q.end), {}).get("CATEGORY")
            whole = links.get((q.start, q.end), {}).get("PART_OF")
            if whole is not None and whole.label_ == "QUANTITY" and \
                    span_value(by_offsets.get((whole.start, whole.end), whole), "unit_kind") == "count":
                continue  # ``The index covers 146 economies, of which 101 ...``: a part of a count counts (C46-23)
            if (q.start, q.end) not in counted and self.index_in_clause(doc, q, index_names):
                category = doc[sentence_range(doc, q.start)[0] : q.start]  # ``the indices stand at 133.9 for Primary Goods``
            if category is not None and self.index_level(q, category, index_names) or \
                    may_be_index_level(q) and q.text[:1] not in "+-\u2212\u2013" and table_of_index(q, index_names):
                # (``Table 1: Consumer Price Index, major components`` above ``Food   192.0   198.5``: a cell of an
                # index table under a time is the index's level, C31-11)
                q._.unit, q._.unit_kind, q._.metric = "index point", "index_point", "AMOUNT"
            elif category is not None and (q.start, q.end) not in counted and q.text[:1] in "+-\u2212\u2013" and \
                    span_value(q, "metric") == "CHANGE" and span_value(q, "unit_kind") in (None, "count") and \
                    q.start >= 1 and lower[q.start - 1] in _LEVEL_CUES and \
                    any(t.lower_ in index_names or t.lower_ in _BALANCE_NAMES for t in category):
                # ``The consumer confidence indicator stood at -19.3 in November, after -18.7``: a survey balance or
                # an indicator reached below (or signed above) zero is a level in index points (C18-13, C36-6)
                q._.unit, q._.unit_kind, q._.metric, q._.direction = "index point", "index_point", "AMOUNT", None
            elif (q.start, q.end) not in counted and (q.start, q.end) not in declared_counts and \
                    self.bare_percent_rate(doc, q, lower):
                # ``The youth unemployment rate rose to 13.1 from 12.6``, ``the rate for men was 4.4``: a rate of a
                # kind stated in percent, its sign left out (C21-17)
                q._.unit, q._.unit_kind, q._.metric, q._.direction = "percent", "percent", "SHARE", None
            if category is not None and span_value(q, "metric") in ("MONEY", "AMOUNT") and \
                    span_value(q, "unit") not in TIME_UNITS and not (q.start >= 1 and lower[q.start - 1] in ("to", "at")):
                # (``an increase in the goods deficit of $5.6 billion to $99.2 billion``: the level reached is no change)
                direction = change_noun(category, money=True)
                if direction is not None:  # ``The increment of aggregate financing was 21.55 trillion yuan``
                    q._.metric, q._.direction = "CHANGE", direction
            if span_value(q, "metric") == "COUNT" and span_value(q, "unit_kind") == "count" and \
                    is_rate(span_value(q, 'unit')):
                q._.metric = "SHARE"  # ``Cyprus (28.1)`` after ``33.6 permits per 1 000 population``: a rate (C3-13)
        scale = declared_scale(text)
        for q in quantities:
            scored = q.start >= 2 and lower[q.start - 1] in ("of", "at", "was", "is", "to") and \
                lower[q.start - 2] in ("score", "scores") and not any(t.is_alpha for t in q) and \
                span_value(q, "unit_kind") in (None, "count") and span_value(q, "metric") in ("COUNT", "AMOUNT")
            if not scored and scale is not None and _BARE_DECIMAL.fullmatch(q.text) and \
                    span_value(q, "unit_kind") in (None, "count") and span_value(q, "metric") in ("COUNT", "AMOUNT") and \
                    scale[0] <= (span_value(q, "value") or -1) <= scale[1] and not _counted_after(doc, q):
                # ``with a score of 4.3 on a scale of 1 to 5``, then ``high-income economies averaged 3.6``, ``Customs
                # 4.2`` in a table ``(scale 1-5)``: a bare decimal within the scale the text declares is a score (C46-25)
                scored = True
            if not scored and "\n" in text and not any(t.is_alpha for t in q) and \
                    span_value(q, "unit_kind") in (None, "count") and span_value(q, "metric") in ("COUNT", "AMOUNT"):
                header = text_tables.header_cell(text, q.start_char)
                scored = header is not None and text_tables.SCORE_HEADER.match(header.text) is not None
            if not scored and "\n" in text and not any(t.is_alpha for t in q) and span_value(q, "unit") is None and \
                    span_value(q, "metric") == "CHANGE":
                header = text_tables.header_cell(text, q.start_char)
                # (``Score 2014   Score 2024   Change``: the change of the scores beside it, C45-3)
                scored = header is not None and re.match(r"\s*change\b", header.text, re.I) is not None and \
                    any(text_tables.SCORE_HEADER.match(other) for other in header.others)
            if span_value(q, "unit") == "score" and span_value(q, "unit_kind") in (None, "count") or scored:
                # ``with a score of 11``, a ``Score 2023`` column: a score is a level on its scale, never a count of
                # scores (C45-1, as C44-28); its changes are points of the same scale
                q._.unit, q._.unit_kind = "index point", "index_point"
                if span_value(q, "metric") not in ("CHANGE",):
                    q._.metric, q._.direction = "AMOUNT", None
        self.shared_rate_bases(doc, quantities)
        self.paired_brackets(doc, quantities)
        self.parallel_units(doc, quantities, counted)  # (after the index levels and rates, which name their own)
        self.restated_counts(doc, quantities)
        self.baseline_values(doc, quantities, links, by_offsets)
        for a, b in zip(quantities, quantities[1:]):
            gap = lower[a.end : b.start]
            if a.start >= 1 and lower[a.start - 1] == "to" and 2 <= len(gap) <= 7 and gap[0] == "from" and \
                    gap[-1] == "of" and all(w.isalpha() or w in ("'s", "’s") for w in gap) and \
                    span_value(b, "unit") is None and span_value(a, "unit") and \
                    span_value(a, "unit_kind") in ("count", "measure", "index_point") and \
                    not any(t.is_alpha for t in b if t.lower_ not in SCALE_WORDS):
                # ``fell 12 points to 98 from October's record high of 110``: the earlier level of the same measure
                # (C41-19)
                b._.unit, b._.unit_kind, b._.metric = span_value(a, "unit"), span_value(a, "unit_kind"), span_value(a, "metric")
        if "\n" in text:
            self.total_row_units(text, quantities)
        self.coordinated_directions(doc, quantities)

    @staticmethod
    def shared_rate_bases(doc: Doc, quantities: list[Span]) -> None:
        """A count with its noun coordinated before a rate of another noun shares the rate's base (``3.7 practising
        doctors and 9.2 nurses per 1,000 population``: doctors per 1,000 population too; C45-32)."""
        lower = token_table(doc).lower
        for q, rate in zip(quantities, quantities[1:]):
            unit, rate_unit = span_value(q, "unit"), span_value(rate, "unit") or ""
            if span_value(q, "unit_kind") != "count" or not unit or is_rate(unit) or span_value(q, "metric") != "COUNT" \
                    or " per " not in rate_unit or rate_unit.startswith("per ") or span_value(rate, "metric") != "SHARE":
                continue
            gap = lower[q.end : rate.start]
            if not 2 <= len(gap) <= 4 or gap[-1] != "and" or not all(w.isalpha() for w in gap[:-1]) or \
                    singular(gap[-2]) != unit:
                continue
            q._.unit, q._.metric = f"{unit} per {rate_unit.split(' per ', 1)[1]}", "SHARE"

    @staticmethod
    def paired_brackets(doc: Doc, quantities: list[Span]) -> None:
        """Bare figures paired in brackets after places take, in order, the units of the figures the sentence states
        before the first such bracket (``The OECD had 3.7 practising doctors and 9.2 nurses per 1,000 population, with
        Germany (4.5; 12.0) and Switzerland (4.4; 18.4)``: doctors, then nurses; C45-31)."""
        text = token_table(doc).text
        by_start = {q.start: q for q in quantities}
        pairs: list[list[Span]] = []
        for k, word in enumerate(text):
            if word != "(" or k + 1 not in by_start:
                continue
            inside, m = [], k + 1
            while m in by_start:
                q = by_start[m]
                if not _BARE_DECIMAL.fullmatch(q.text) and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})*", q.text):
                    break
                inside.append(q)
                m = q.end
                if m < len(text) and text[m] == ";":
                    m += 1
                    continue
                break
            if len(inside) >= 2 and m < len(text) and text[m] == ")" and k >= 1 and doc[k - 1].is_title:
                pairs.append(inside)
        for inside in pairs:
            sent_start = sentence_range(doc, inside[0].start)[0]
            first = next(p for p in pairs if sentence_range(doc, p[0].start)[0] == sent_start)
            template = [q for q in quantities if sent_start <= q.start < first[0].start - 1 and
                        not (q.start >= 1 and text[q.start - 1] in ("(", ";")) and span_value(q, "unit")]
            if len(template) < len(inside):
                continue
            template = template[-len(inside):]
            if len({span_value(q, "unit") for q in template}) < 2:
                continue  # (one unit for every figure: nothing to pair)
            for q, model in zip(inside, template):
                q._.unit, q._.unit_kind = span_value(model, "unit"), span_value(model, "unit_kind")
                if span_value(q, "metric") in ("COUNT", "AMOUNT", "SHARE", "MONEY", None):
                    q._.metric = span_value(model, "metric")

    @staticmethod
    def coordinated_directions(doc: Doc, quantities: list[Span]) -> None:
        """A change coordinated after ``and`` with an earlier change of its sentence in the same unit, with no verb or
        direction word of its own, goes the same way (``a drop of 0.6 percentage points ... and of 1.4 percentage
        points``; ``up 1.2% ... in the quarter and 3.4% ... in the year``; C36-20)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        directed = vocabulary("figure_direction_words") | COMPARATIVES_UP | COMPARATIVES_DOWN
        for k, q in enumerate(quantities):
            if span_value(q, "metric") != "CHANGE" or span_value(q, "direction") is not None or \
                    q.text[:1] in ("±", "+", "-", "\u2212", "\u2013") or q.start < 2:
                continue
            sent_start = sentence_range(doc, q.start)[0]
            kind = span_value(q, "unit_kind")
            earlier = next((c for c in reversed(quantities[:k]) if c.start >= sent_start and
                            span_value(c, "metric") == "CHANGE" and span_value(c, "unit_kind") == kind and
                            span_value(c, "direction") is not None and not c.text[:1] == "±"), None)
            if earlier is None:
                continue
            if _bracketed_after_level(doc, q, quantities, k) and \
                    _bracketed_after_level(doc, earlier, quantities, quantities.index(earlier)) \
                    and not any(table.verb[m] or lower[m] in directed or text[m] in (";", ".", ":")
                                for m in range(earlier.end, q.start)):
                # ``increased to £1,346 (8.9%) in England, £768 (7.9%) in Wales and £977 (6.6%) in Scotland``: the
                # bracketed changes of a list of levels go the way of the first (C50-11)
                q._.direction = span_value(earlier, "direction")
                continue
            depth, joint = 0, None
            for m in range(earlier.end, q.start):  # the last ``and`` outside brackets between them
                depth += (text[m] == "(") - (text[m] == ")")
                if depth == 0 and lower[m] == "and":
                    joint = m
            if joint is None or any(text[m] in (";", ".") for m in range(earlier.end, q.start)):
                continue
            tail = range(joint + 1, q.start)
            if all(lower[m] in ("of", "by", "a", "an", "the", "to") or lower[m] in BOUND_WORDS for m in tail) and \
                    not any(table.verb[m] or lower[m] in directed for m in tail) and \
                    not (q.end < len(lower) and (lower[q.end] in directed or lower[q.end] in ("unchanged", "stable"))):
                q._.direction = span_value(earlier, "direction")

    @staticmethod
    def total_row_units(text: str, quantities: list[Span]) -> None:
        """A bare count cell of a table column counts what the column's total row names (``All drug overdose deaths
        114,173   87,000`` above ``Cocaine   28,800   23,000``: deaths; C36-7)."""
        totals: dict[tuple[int, int | None], str] = {}
        bare = []
        for q in quantities:
            unit = span_value(q, "unit")
            if span_value(q, "metric") != "COUNT":
                continue
            if not unit and span_value(q, "unit_kind") is None:
                bare.append(q)
                continue
            if span_value(q, "unit_kind") != "count" or not unit or " per " in f" {unit} ":
                continue
            label = row_label(text, q.start_char).strip().lower()
            if label.startswith(("all ", "total ")) and singular(label.split()[-1]) == unit.split()[-1]:
                header = text_tables.header_cell(text, q.start_char)
                if header is not None:
                    totals.setdefault((header.top_start, text_tables.column_of(text, q.start_char)), unit)
        for q in bare if totals else ():
            header = text_tables.header_cell(text, q.start_char)
            unit = totals.get((header.top_start, text_tables.column_of(text, q.start_char))) if header else None
            if unit is not None:
                q._.unit, q._.unit_kind = unit, "count"

    @staticmethod
    def share_bracketed(doc: Doc, q: Span, quantities: list[Span], position: dict) -> bool:
        """Whether ``q`` is a bare count alone in the bracket right after a share in percent (``21% (88 million)``)."""
        k = position.get((q.start, q.end))
        text = token_columns(doc).text
        if not k or q.start < 1 or text[q.start - 1] != "(" or q.end >= len(text) or text[q.end] != ")" or \
                span_value(q, "metric") != "COUNT" or any(c.isalpha() for c in q.text.replace("million", "")
                                                             .replace("billion", "").replace("thousand", "")):
            return False
        share = quantities[k - 1]
        return share.end == q.start - 1 and span_value(share, "metric") == "SHARE" and span_value(share, "unit") == "percent"

    @staticmethod
    def right_before(lower: list, category: Span, q: Span) -> bool:
        """Whether ``category`` ends right before ``q``, or before its bound words (``restaurants and bars nearly
        29,000``)."""
        return category.end <= q.start and all(lower[k] in BOUND_WORDS for k in range(category.end, q.start))

    @staticmethod
    def gapped_written_count(doc: Doc, q: Span, category: Span, quantities: list[Span], position: dict,
                             counted: set, gapped: set) -> Span | None:
        """The earlier count of ``q``'s sentence whose verb and counted noun a gapped item leaves out: ``A made 140
        million trips, B 128 million and C 19 million`` for ``128 million`` (and, through it, ``19 million``): the
        count has its noun written after it and a verb before it, and only that noun and a comma or ``and`` stand
        between it and the item's subject; None otherwise."""
        table = token_table(doc)
        lower, alpha = table.lower, table.alpha
        at = position.get((q.start, q.end))
        if not at:
            return None
        earlier = quantities[at - 1]
        if sentence_range(doc, earlier.start)[0] != sentence_range(doc, q.start)[0] or earlier.start < 1 or \
                span_value(earlier, "unit_kind") != "count" or not span_value(earlier, "unit"):
            return None
        gap = list(range(earlier.end, category.start))
        times = time_token_set(doc)  # (``added 19,000 jobs in May, hotels nearly 12,000``: the count's time between)
        if not gap or lower[gap[-1]] not in (",", "and") or not all(
                alpha[k] and (k == gap[0] or doc[k].is_lower or k in times) or lower[k] in (",", "and") for k in gap):
            return None
        if (earlier.start, earlier.end) in counted or any(alpha[k] and lower[k] not in ("and",) for k in gap):
            verb = lower[earlier.start - 1]
            before = sentence_range(doc, earlier.start)[0] < earlier.start - 1
            if table.verb[earlier.start - 1] or verb.endswith("ed") or verb in ("made", "took", "had", "saw", "won"):
                return earlier if before else None
            if earlier.start >= 2 and lower[earlier.start - 1] in BOUND_WORDS and (
                    table.verb[earlier.start - 2] or lower[earlier.start - 2].endswith("ed")):
                return earlier
            return None
        # (a gapped item after a gapped item: ``..., B 128 million and C 19 million``)
        return earlier if (earlier.start, earlier.end) in gapped and len(gap) == 1 else None

    @staticmethod
    def bare_percent_rate(doc: Doc, q: Span, lower: list) -> bool:
        """Whether a bare level below 100 is a percent rate written without its sign: its sentence names a rate of a
        kind stated in percent (``unemployment rate``, ``participation rate``, ``policy rate``) before it, with no
        ``per`` base after the figure and no other unit on it."""
        if span_value(q, "metric") not in ("COUNT", "AMOUNT", "SHARE") or span_value(q, "unit_kind") not in (None, "count") \
                or span_value(q, "value_max") is not None:
            return False
        value = span_value(q, "value")
        if value is None or not 0 < value < 100 or any(c.isalpha() or c in "%$€£¥" for c in q.text):
            return False
        if q.end < len(doc) and (lower[q.end] in ("per", "of", "times") or doc[q.end].is_alpha and doc[q.end].is_lower
                                 and lower[q.end] not in ("in", "for", "and", "from", "to", "a", "at", "on", "among",
                                                          "compared", "against", "than", "while", "but", "last",
                                                          "this", "the", "after", "before", "over", "since")):
            return False  # (``4.4 per 1,000``, ``13.1 people``: a base or a noun of its own)
        sent_start = sentence_range(doc, q.start)[0]
        for k in range(q.start - 1, max(sent_start, q.start - 30), -1):
            if lower[k] in ("rate", "rates") and lower[k - 1] in PERCENT_RATE_MODIFIERS:
                return not any(lower[m] == "per" and lower[m + 1] != "cent" for m in range(k, q.start))
        return False

    @staticmethod
    def located_part_whole(doc: Doc, q: Span, mine: dict, by_offsets: dict, counted: set) -> Span | None:
        """The whole of a bare count whose category follows it after a preposition of place or purpose
        (``of which 87.0 billion were driven on rural roads``, ``and 24,325 at ports of entry``), or None:
        such a category says where the part went, not what it counts."""
        whole, category = mine.get("PART_OF"), mine.get("CATEGORY")
        if whole is None or category is None or (q.start, q.end) in counted or category.start < q.end or \
                span_value(q, "metric") != "COUNT" or span_value(q, "unit_kind") not in (None, "count"):
            return None
        if category.start < 1 or doc[category.start - 1].lower_ not in LOCATING_PREPOSITIONS:
            return None
        return by_offsets.get((whole.start, whole.end))

    @staticmethod
    def gapped_share_count(doc: Doc, q: Span, quantities: list[Span], position: dict) -> Span | None:
        """The count stated after ``accounted for`` earlier in ``q``'s sentence when ``q`` follows ``<noun> for``
        with the verb left out (``Drivers accounted for 71 of the 174 deaths, pedestrians for 39``), else None."""
        lower = token_table(doc).lower
        if q.start < 2 or lower[q.start - 1] != "for" or not doc[q.start - 2].is_alpha:
            return None
        sent_start = sentence_range(doc, q.start)[0]
        for k in range(position[(q.start, q.end)] - 1, -1, -1):
            earlier = quantities[k]
            if earlier.start < sent_start:
                return None
            if earlier.start >= 2 and lower[earlier.start - 1] == "for" and \
                    lower[earlier.start - 2] in ("accounted", "account", "accounts", "accounting"):
                # (its unit written after it: ``71 of the 174 deaths``, ``71 deaths``; else none is known)
                written = earlier.end < len(doc) and (lower[earlier.end] == "of" or doc[earlier.end].is_alpha) or \
                    written_in(earlier)  # (``1.71 billion nights``: the noun inside its span)
                return earlier if span_value(earlier, "metric") == "COUNT" and written else None
        return None

    @staticmethod
    def rate_subject(doc: Doc, q: Span, rate: Span | None = None) -> bool:
        """Whether ``q``'s clause before it names a rate by anaphora (``the rate ranged from``, ``this rate
        stood at``, ``rates were highest in``), no figure between but the bracketed figures of a list of places
        (``the lowest rates were in Sweden (22) and Denmark (27), the highest in Romania (81)``); or the list it
        closes ranks rates (``Sweden (22) and Denmark (27) had the lowest rates``); or, in the sentence of the
        paragraph's last ``rate``, ``q`` is a bare figure set beside a place (``..., with Sweden at 22 and Romania
        at 81``) (C29-2)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        sent_start, sent_end = sentence_range(doc, q.start)
        ranked = ranked_after_list(q, sent_end)
        if ranked is not None and ranked.lower_ in RATE_NOUNS:
            return True
        def placed(m: int) -> bool:  # a figure set beside a place: ``Sweden (22)``, ``Sweden at 22``
            return lower[m - 1] in ("at", "(") and text[m - 2][:1].isupper() and (text[m - 1] != "(" or text[m + 1] == ")")

        if rate is not None and rate.end <= q.start and sentence_range(doc, rate.start)[0] == sent_start and \
                q.start >= 2 and placed(q.start) and \
                not any(table.number[m] and not YEAR_RE.match(text[m]) and not placed(m) for m in range(rate.end, q.start)):
            return True
        reach, k = 8, q.start
        while k > max(sent_start, q.start - reach):
            k -= 1
            if table.number[k] and text[k - 1] == "(" and k + 1 < len(text) and text[k + 1] == ")" and reach < 32:
                reach += 6  # ``Sweden (22) and Denmark (27), the highest in Romania (81)``: past the list's items
                continue
            if lower[k] in ("rate", "rates") and (k == sent_start or lower[k - 1] in ("the", "this", "that", "its",
                                                                                      "their", "these", ",")):
                return lower[k + 1] not in ("of", "for", "in")
            if lower[k] == "it" and rate is not None and rate.end <= q.start and k + 1 < len(lower) and \
                    lower[k + 1] in _RATE_RANGE_VERBS and "\n\n" not in text_of(doc)[rate.end_char : q.start_char]:
                return True  # ``The frequency of crime ... rose to 7,047. Among the Länder, it ranged from 4,418``
            if lower[k] in ("rate", "rates") and k - 1 > sent_start and lower[k - 1] not in PERCENT_RATE_MODIFIERS and \
                    any(lower[m] in ("highest", "lowest", "higher", "lower") for m in range(max(sent_start, k - 4), k)):
                # ``Sejong recorded the highest crude birth rate (8.3), while Busan had the lowest (3.9)``, ``the
                # lowest rates were in Orkney Islands (271)``: a ranked rate of the paragraph's kind (C21-35)
                return lower[k + 1] not in ("of", "for")
            if table.number[k]:
                return False
        return False

    @staticmethod
    def clause_rate(doc: Doc, q: Span) -> str | None:
        """The rate a noun phrase of ``q``'s clause before it names without a figure (``Road deaths per million
        inhabitants ranged from 20 ...``, ``Deaths per 100,000 population were highest in Leeds (12.3)``) →
        ``death per million inhabitants``; None when there is none, or a figure (a year aside) or a clause break
        stands between it and ``q`` (C29-3)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        sent_start = sentence_range(doc, q.start)[0]
        for k in range(q.start - 1, max(sent_start, q.start - 16) - 1, -1):
            if text[k] in (";", ":") or table.number[k] and not YEAR_RE.match(text[k]) and lower[k - 1] != "per":
                return None
            if lower[k] == "per" and k > sent_start and doc[k - 1].is_alpha:
                found = rate_base(doc[k : q.start].text)
                if found is None or found[0][0].isdigit() and lower[k + 1] not in ("100", "1,000", "10,000", "100,000"):
                    return None
                named = rate_named(doc[sent_start : k + 4].text, found)
                return named if not named.startswith("per ") else None
        return None

    @staticmethod
    def rates_restated(quantities: list[Span]) -> None:
        """A measure stated in a sentence beside a rate of that measure is the rate again (``fell to 116 kg
        per person, less than half the 1995 level of 286 kg``; ``827 kg, 787 kg and 720 kg per person
        respectively``; ``513 kg per person, down 19 kg``): the rate's unit, when the sentence has one rate
        of that measure only."""
        by_sentence: dict[int, list[Span]] = {}
        for q in quantities:
            by_sentence.setdefault(sentence_range(q.doc, q.start)[0], []).append(q)
        for figures in by_sentence.values():
            rates: dict[str, set] = {}
            largest: dict[str, float] = {}  # the largest rate of each measure
            for q in figures:
                unit = span_value(q, "unit") or ""
                if span_value(q, "unit_kind") == "measure" and " per " in unit:
                    measure = unit.split(" per ")[0]
                    rates.setdefault(measure, set()).add(unit)
                    largest[measure] = max(largest.get(measure, 0.0), float(span_value(q, "value") or 0.0))
            if not rates:
                continue
            for q in figures:
                unit = span_value(q, "unit")
                if span_value(q, "unit_kind") == "measure" and unit in rates and len(rates[unit]) == 1 and \
                        float(span_value(q, "value") or 0.0) <= 20 * largest[unit]:
                    # (far larger than the rate, a total: ``15.1 billion bushels ..., with a yield of 183.1 bushels
                    # per acre``, ``inventories ended October at 3,932 Bcf`` beside ``14.2 Bcf/d``)
                    set_span_value(q, "unit", next(iter(rates[unit])))

    @staticmethod
    def compared_units(doc: Doc, quantities: list[Span], counted: set) -> None:
        """A bare figure compared with a figure of the same sentence that states its unit is in that
        unit: ``rose to 2.9 cases per 100,000 population in 2023, up from 2.5 in 2022`` (the previous
        value), ``ranged from 0.3 per 100,000 in Wyoming to 9.3 in Hawaii`` (the other end); a count
        unit read from the clause's words (not written after the figure) gives way. A count written with its noun passes
        it on too (``granted residence to 41,870 people, against 38,250 in 2023``), past a bracket that restates it
        (C24-6)."""
        def written_noun(x: Span) -> str | None:  # the count unit of the plural written right after ``x``
            head = noun_after(x)
            return count_unit(head) if head is not None and head.i == x.end else None

        lower = token_columns(doc).lower
        times = time_token_set(doc)
        compared_values: set[tuple[int, int]] = set()  # the figures given an earlier figure's unit here
        for k in range(1, len(quantities)):
            q = quantities[k]
            if span_value(q, "unit_kind") not in (None, "count") or (q.start, q.end) in counted or \
                    span_value(q, "metric") not in ("COUNT", "SHARE", None) or \
                    any(c.isalpha() for t in q if t.lower_ not in SCALE_WORDS for c in t.text):
                continue  # (a scale word is no unit: ``81.2 thousand, against 79.9 thousand a year earlier``)
            earlier = quantities[k - 1]
            j = k - 1
            while j >= 1 and span_value(quantities[j], "metric") == "AMOUNT" and \
                    span_value(quantities[j], "unit") in _LENGTH_UNITS and span_value(q, "metric") == "COUNT" and \
                    q.start >= 2 and lower[q.start - 1] == "from" and lower[q.start - 2] in ("up", "down"):
                # ``54,314 people waited more than 12 hours ..., up from 44,045 a month earlier``: the length of time
                # inside the clause is no figure the count is compared with
                j -= 1
                earlier = quantities[j]
            value, nearest = span_value(q, "value"), span_value(earlier, "value")
            if value and nearest and value >= 100 * nearest and span_value(earlier, "unit_kind") == "count":
                # ``Around 37,000 people were evacuated from 62 communities, compared with more than 232,000``: a value
                # compared with is of the size of its own figure, not of a small count between them
                sent_start = sentence_range(doc, q.start)[0]
                for x in reversed(quantities[:j]):
                    if x.start < sent_start:
                        break
                    other = span_value(x, "value")
                    if span_value(x, "metric") == "COUNT" and span_value(x, "unit_kind") == "count" and other and \
                            other * 10 >= value >= other / 10 and span_value(x, "unit") != span_value(earlier, "unit"):
                        earlier = x
                        break
            if q.start >= 2 and lower[q.start - 1] == "from" and lower[q.start - 2] in ("up", "down"):
                run = j
                while run >= 0 and span_value(quantities[run], "metric") == "AMOUNT" and \
                        span_value(quantities[run], "unit_kind") == "measure":
                    run -= 1
                if run >= 1 and run < j and quantities[run].start >= 1 and lower[quantities[run].start - 1] == "(" and \
                        0 <= quantities[run].start - 1 - quantities[run - 1].end <= 2:
                    run -= 1  # (past a bracket that restates the count: ``62,000 premises (0.2%)``)
                if run >= 0 and run < j and span_value(quantities[run], "metric") == "COUNT" and any(
                        span_value(quantities[x], "bound") in (">=", ">") for x in range(run + 1, j + 1)):
                    # ``62,000 premises cannot get a connection of at least 10 Mbit/s ..., down from 79,000``: a
                    # threshold that describes what is counted is no figure the count is compared with
                    j = run
                    earlier = quantities[j]
            opening = earlier.start - 1
            while opening > 0 and lower[opening] in BRACKET_BOUNDS and earlier.start - opening < 4:
                opening -= 1  # (``353 of those deaths (nearly 83 percent), compared with 367``: past the bound, C49-15)
            if k >= 2 and earlier.start >= 1 and doc[opening].text == "(" and (
                    quantities[k - 2].end == opening or
                    span_value(quantities[k - 2], "metric") == "COUNT" and span_value(earlier, "unit_kind") == "percent"
                    and 0 < opening - quantities[k - 2].end <= 6 and
                    all(doc[x].is_alpha for x in range(quantities[k - 2].end, opening))):
                # (``66 journalists (20.6%) had not been told of any charge, up from 56 in 2022``: past the count's noun)
                # ``98,000 (7.2 per cent) were discouraged workers, compared with 85,000``: the bracket restates the
                # figure before it, which the later one is compared with (C24-6)
                earlier = quantities[k - 2]
            if span_value(earlier, "unit_kind") == "percent" and k + 1 < len(quantities) and q.end < len(doc) and \
                    lower[q.end] == "(" and quantities[k + 1].start == q.end + 1 and \
                    span_value(quantities[k + 1], "unit_kind") == "percent":
                # ``263 women were elected, 40.5 per cent of MPs, compared with 220 (34 per cent) in 2019``: a figure with
                # its own share in brackets is a count, compared with the sentence's count, not its share (C45-15)
                sent_start = sentence_range(doc, q.start)[0]
                count = next((x for x in reversed(quantities[:k]) if x.start >= sent_start and
                              span_value(x, "metric") == "COUNT" and span_value(x, "unit_kind") == "count" and
                              span_value(x, "unit")), None)
                if count is None:
                    continue
                earlier = count
            if earlier.start >= 1 and lower[earlier.start - 1] in ("aged", "age", "ages") and \
                    span_value(earlier, "unit") in TIME_UNITS:
                continue  # ``8.0% of adults aged 15-64 (22.8 million)``: the group's count, not an age (C47-27)
            unit = span_value(earlier, "unit") or ""
            if span_value(earlier, "unit_kind") in ("percent", "percentage_point") and any(t.is_alpha for t in q):
                continue  # (``374 thousand (3.6 percent)``: a scaled count is no percent)
            if span_value(earlier, "unit_kind") in ("percent", "percentage_point") and earlier.start >= 1 and \
                    "(" in lower[max(0, earlier.start - 3) : earlier.start] and earlier.end < q.start and ")" in lower[earlier.end : q.start] and \
                    (span_value(q, "value") or 0) > 100:
                continue  # ``Highway deaths, which made up ... (about 95 percent), fell from 42,514``: a share set off
                # in brackets before the figure is no value it is compared with (C49-15)
            # ``- Cocaine: 112 cases (98)``, ``rose to 1,234 units (1,100 a year earlier)``: the figure's earlier value
            # in a bracket right after it and its noun (C29-13)
            restated = q.start >= 1 and lower[q.start - 1] == "(" and not is_rate(span_value(q, "unit")) and (
                q.start - 1 == earlier.end or q.start - 2 == earlier.end and doc[earlier.end].is_alpha and
                span_value(earlier, "unit_kind") == "count" and count_unit(doc[earlier.end]) == span_value(earlier, "unit"))
            written_count = restated or span_value(earlier, "unit_kind") == "count" and (
                (earlier.start, earlier.end) in counted or written_noun(earlier) == unit) and \
                span_value(earlier, "metric") == "COUNT" and not (q.end < len(doc) and doc[q.end].is_alpha and
                                                                  doc[q.end].is_lower and lower[q.end] not in _STATED_WORDS
                                                                  and lower[q.end] not in PREPOSITIONS)
            # (``fell to 7.54 million cases at the end of October, from 7.57 million in September``: cases both)
            if not unit or span_value(earlier, "unit_kind") is None or span_value(earlier, "metric") == "CHANGE" or \
                    span_value(earlier, "unit_kind") == "count" and " per " not in f" {unit} " and not written_count or \
                    earlier.end > q.start or q.start - earlier.end > 12 or \
                    sentence_range(doc, earlier.start)[0] != sentence_range(doc, q.start)[0]:
                continue
            if restated and unit == "percent" and span_value(earlier, "metric") == "SHARE" and \
                    (span_value(q, "value") or 0) > 100:
                continue  # ``pedestrians 25% (405)``: the count the share stands for, more than a whole's percent
            if restated and unit == "percent" and " in " in f" {earlier.text.lower()} ":
                continue  # ``compared with 1 in 20 (58)``: a share stated as ``N in M`` is followed by its count
            cue = cue_before(doc, q.start, earlier.end)
            ranged = q.start >= 1 and lower[q.start - 1] == "to" and earlier.start >= 1 and \
                lower[earlier.start - 1] == "from" and q.start - 1 - earlier.end <= 5 and \
                not any(lower[m] in ("and", "while", "but", ",") for m in range(earlier.end, q.start - 1))
            # (not ``from 4.1% in 2022 and severe procedures falling to 56,300``: another clause's level, C43-39)
            listed = cue is None and (earlier.start, earlier.end) in compared_values and earlier is quantities[k - 1] and \
                all(lower[m] in ("and", ",", "or") or m in times for m in range(earlier.end, q.start)) and \
                lower[q.start - 1] in ("and", ",", "or")
            # (``compared with 75.0 in the YE March 2024 and 70.3 in the pre-pandemic YE March 2020``: the list of
            # values compared with goes on past the earlier value's time, C51-23)
            if cue is None and not ranged and not restated and not listed and not labelled_earlier(doc, earlier, q):
                continue
            compared_values.add((q.start, q.end))
            q._.unit, q._.unit_kind = span_value(earlier, "unit"), span_value(earlier, "unit_kind")
            q._.metric = span_value(earlier, "metric")
            q._.direction = span_value(earlier, "direction")

    @staticmethod
    def from_to_units(doc: Doc, quantities: list[Span], counted: set) -> None:
        """A bare figure after ``from`` whose ``to`` figure writes its unit takes that unit: ``revised from 30.8 million
        to 31.2 million visits`` (both count visits, C39-16), whatever unit an earlier count lent it."""
        lower = token_columns(doc).lower
        for a, b in zip(quantities, quantities[1:]):
            if a.start >= 1 and lower[a.start - 1] == "from" and lower[a.end : b.start] == ["to"] and \
                    (span_value(a, "unit") is None or (a.start, a.end) not in counted and (b.start, b.end) in counted) and \
                    span_value(b, "unit") and \
                    span_value(b, "unit_kind") in ("count", "measure") and \
                    span_value(a, "metric") in (None, "COUNT", "AMOUNT") and not any(t.is_alpha for t in a if
                                                                                   t.lower_ not in SCALE_WORDS):
                a._.unit, a._.unit_kind = span_value(b, "unit"), span_value(b, "unit_kind")
                a._.metric = span_value(b, "metric")

    @staticmethod
    def parallel_units(doc: Doc, quantities: list[Span], counted: set) -> None:
        """A bare decimal that follows, in its sentence, a figure whose unit is written in it (a percent, money, a
        measure) states the same kind of figure with its unit left out: ``Headline inflation stood at 4.55
        percent, while core inflation was 3.58``, ``4.2 percent this year and 4.3 next year``, ``from 3.8 in
        October and 3.5 in September`` (C23-5). It takes that figure's unit, metric and direction. A figure a
        change reaches with ``to``, ``at`` or ``by`` is a level of another measure (``rose 0.4% to 112.6``), and a
        decimal with its counted noun after it keeps that noun (``2.4 persons``)."""
        lower = token_columns(doc).lower
        text = text_of(doc)
        baseline_ends = None
        for k in range(1, len(quantities)):
            q, earlier = quantities[k], quantities[k - 1]
            if span_value(q, "unit_kind") not in (None, "count") or (q.start, q.end) in counted or \
                    is_rate(span_value(q, 'unit')) or span_value(q, "value_max") is not None:
                continue  # (a rate per population names its own unit)
            if not _BARE_DECIMAL.fullmatch(q.text) and not (
                    span_value(earlier, "unit_kind") == "index_point" and re.fullmatch(r"[1-9][0-9]{1,3}", q.text)):
                continue  # (whole numbers only after a score: ``615 score points ..., ahead of Korea (594)``, C45-27)
            if span_value(earlier, "unit_kind") not in ("percent", "percentage_point", "currency", "measure",
                                                        "index_point") or \
                    earlier.end > q.start or sentence_range(doc, earlier.start)[0] != sentence_range(doc, q.start)[0]:
                continue
            if not any(c.isalpha() or c in "%$€£¥₹" for c in earlier.text) and \
                    text_tables.separator(text[slice(*text_tables.line_bounds(text, earlier.start_char))]) is not None:
                continue  # (a bare cell of a table row has its column's unit, not the next cell's; in prose a bare
                # figure that took its unit so passes it on: ``from 3.8 in October and 3.5 in September``)
            if span_value(earlier, "metric") == "CHANGE" and q.start >= 1 and lower[q.start - 1] in ("to", "at", "by"):
                if span_value(earlier, "unit_kind") == "index_point" and lower[q.start - 1] == "to" and \
                        span_value(q, "metric") in ("COUNT", "AMOUNT", None):
                    # ``fell 27 points to 488``: the score the points reach is on the same scale (C45-27)
                    q._.unit, q._.unit_kind, q._.metric = "index point", "index_point", "AMOUNT"
                continue
            if span_value(earlier, "metric") == "CHANGE" and q.start >= 2 and lower[q.start - 1] in ("of", "("):
                if baseline_ends is None:
                    baseline_ends = {b.end for b in spans_of(doc, "BASELINE")}
                if q.start - 1 in baseline_ends:
                    continue  # ``2% lower than the 2017 to 2019 average of 5.1``, ``2.0% below the five-year average
                    # (523.9)``: the level compared with, no change (C44-17)
            if q.end < len(doc) and doc[q.end].is_alpha and doc[q.end].is_lower and \
                    lower[q.end] not in _NOT_COUNTED_AFTER:
                continue  # (``2.4 persons``, ``1.9 children per woman``: a noun of its own)
            q._.unit, q._.unit_kind = span_value(earlier, "unit"), span_value(earlier, "unit_kind")
            if span_value(q, "metric") in ("COUNT", None) or span_value(earlier, "metric") == "CHANGE":
                q._.metric, q._.direction = span_value(earlier, "metric"), span_value(earlier, "direction")

    @staticmethod
    def restated_counts(doc: Doc, quantities: list[Span]) -> None:
        """A bare count in brackets after a percent (``from 13.1% (3.18 million) in 2022``) counts what the count
        bracketed shortly after an earlier percent of its sentence counts (``13.0% of households in England (3.17
        million) ..., almost unchanged from 13.1% (3.18 million)``): one measure stated twice, as a share and as a
        number (C46-9)."""
        text = token_columns(doc).text

        def restating(x: Span) -> bool:  # a figure alone in brackets right after a percent
            return x.start >= 2 and text[x.start - 1] == "(" and x.end < len(doc) and text[x.end] == ")" and \
                span_value(x, "metric") == "COUNT"

        after_percent = {x.end for x in quantities if span_value(x, "unit_kind") == "percent"}
        for k, q in enumerate(quantities):
            if span_value(q, "unit") or not restating(q) or q.start - 1 not in after_percent:
                continue
            sent_start = sentence_range(doc, q.start)[0]
            earlier = next((x for x in reversed(quantities[:k]) if x.start >= sent_start and restating(x) and
                            span_value(x, "unit_kind") == "count" and span_value(x, "unit") and
                            any(a in after_percent for a in range(max(sent_start, x.start - 6), x.start))), None)
            if earlier is not None:
                q._.unit, q._.unit_kind = span_value(earlier, "unit"), "count"

    @staticmethod
    def baseline_values(doc: Doc, quantities: list[Span], links: dict, by_offsets: dict) -> None:
        """A bare number stated right after the BASELINE of a change, in brackets or after ``of`` (``was 2.0% below
        the five-year average (523.9)``, ``2% lower than the 2017 to 2019 average of 5.1``), is the value compared
        with: it takes the unit and metric of the level the change MODIFIES (C44-17)."""
        lower = token_columns(doc).lower
        compared = {}
        for q in quantities:
            mine = links.get((q.start, q.end), {})
            baseline, level = mine.get("BASELINE"), mine.get("MODIFIES")
            if baseline is not None and level is not None and level.label_ == "QUANTITY":
                compared.setdefault(baseline.end, by_offsets.get((level.start, level.end), level))
        if not compared:
            return
        for q in quantities:
            if span_value(q, "unit") or span_value(q, "metric") not in ("COUNT", None) or q.start < 2 or \
                    lower[q.start - 1] not in ("(", "of") or not _BARE_DECIMAL.fullmatch(q.text):
                continue
            level = compared.get(q.start - 1)
            if level is None or not span_value(level, "unit") or span_value(level, "metric") == "CHANGE":
                continue
            if lower[q.start - 1] == "(" and not (q.end < len(doc) and doc[q.end].text == ")"):
                continue
            q._.unit, q._.unit_kind = span_value(level, "unit"), span_value(level, "unit_kind")
            q._.metric = span_value(level, "metric")

    @staticmethod
    def price_rates_restated(doc: Doc, quantities: list[Span], links: dict) -> None:
        """An amount of money in a price's currency that changes a price per a measure, or is compared
        with it in its sentence, is in that price's unit: ``₱51.20 per kilogram in August, ₱1.35 lower
        than in July`` (the change), ``averaged ¥146.27 per US dollar, compared with ¥147.69 a year
        earlier`` (the previous value)."""
        lower = token_columns(doc).lower
        rates: list[Span] = []
        for q in quantities:
            unit = span_value(q, "unit") or ""
            if span_value(q, "unit_kind") == "currency" and " per " in unit:
                rates.append(q)
                continue
            if not rates or span_value(q, "unit_kind") != "currency" or " per " in unit or \
                    span_value(q, "metric") not in ("MONEY", "CHANGE"):
                continue
            target = links.get((q.start, q.end), {}).get("MODIFIES")
            rate = None
            if target is not None:
                rate = next((r for r in rates if (r.start, r.end) == (target.start, target.end)), None)
            elif span_value(q, "metric") == "MONEY":
                earlier = rates[-1]
                same_sentence = sentence_range(doc, earlier.start)[0] == sentence_range(doc, q.start)[0]
                if same_sentence and 0 <= q.start - earlier.end <= 12 and (
                        cue_before(doc, q.start, earlier.end) is not None or lower[q.start - 1] == "(" or
                        _next_list_item(doc, earlier.end, q.start)):
                    rate = earlier
            if rate is not None and span_value(rate, "unit").startswith(unit + " per "):
                q._.unit = span_value(rate, "unit")
                if _next_list_item(doc, rate.end, q.start):
                    rates.append(q)  # (the next item of the list restates it in turn)

    @staticmethod
    def equivalents_restated(quantities: list[Span], links: dict) -> None:
        """A release that states its measure once as an equivalent (``Emissions from the energy industry fell
        by 51.7 million tonnes of CO2 equivalent``) writes the bare unit for it afterwards (``Industrial emissions
        decreased by 13.1 million tonnes``): when the document has one such measure of a unit, a bare figure of
        that unit whose CATEGORY has the same head noun takes it, unless the category names the substance the
        equivalent is of (``Carbon dioxide (CO2) emissions fell by 6.6% to 302.8 million tonnes``: tonnes of CO2)."""

        def category_of(q: Span) -> Span | None:
            mine = links.get((q.start, q.end), {})
            target = mine.get("MODIFIES")
            if "CATEGORY" not in mine and target is not None:
                mine = links.get((target.start, target.end), {})  # a change: what the level it modifies is of
            return mine.get("CATEGORY")

        def head_of(q: Span) -> str | None:
            category = category_of(q)
            head = category_head(category) if category is not None else None
            return singular(head.lower_) if head is not None else None

        qualified: dict[str, set[str]] = {}
        heads: set[str] = set()
        for q in quantities:
            unit = span_value(q, "unit") or ""
            base, of, _ = unit.partition(" of ")
            if of and unit.endswith(" equivalent") and " per " not in unit:
                qualified.setdefault(base, set()).add(unit)
                heads.add(head_of(q))
        heads.discard(None)
        if not heads:
            return
        for q in quantities:
            found = qualified.get(span_value(q, "unit") or "")
            if not found or len(found) != 1 or head_of(q) not in heads:
                continue
            unit = next(iter(found))
            substance = unit.split(" of ", 1)[1].removesuffix(" equivalent").split()
            if any(t.lower_ in substance for t in category_of(q)):
                continue
            set_span_value(q, "unit", unit)

    @staticmethod
    def restated_units(quantities: list[Span], counted: set) -> None:
        """A bare figure left with no unit that restates a figure of the same document with a unit
        written in it or after it (a headline ``PM2.5 average at 32`` over ``32 micrograms per cubic
        meter``; ``Jobless claims fall to 201,000`` over ``... decreased 14,000 to 201,000 claims``)
        takes that figure's unit and metric: the same value (at least 10, not a round single digit)
        stated twice is the same statistic."""
        written: dict[tuple, Span] = {}
        for q in quantities:
            unit, kind = span_value(q, "unit"), span_value(q, "unit_kind")
            if not unit or kind in (None, "percent") and (q.start, q.end) not in counted:
                continue
            if kind == "count" and (q.start, q.end) not in counted:
                continue  # only a counted noun written after the figure is sure
            key = (span_value(q, "value"), span_value(q, "value_max"))
            written.setdefault(key, q)
        for q in quantities:
            if span_value(q, "unit") or span_value(q, "metric") not in ("COUNT", "AMOUNT"):
                continue
            value = span_value(q, "value")
            if value is None or value < 10:
                continue
            other = written.get((value, span_value(q, "value_max")))
            if other is None or other is q or span_value(other, "metric") not in ("COUNT", "AMOUNT", "MONEY"):
                continue
            q._.unit, q._.unit_kind = span_value(other, "unit"), span_value(other, "unit_kind")
            q._.metric = span_value(other, "metric")

    @staticmethod
    def index_in_clause(doc: Doc, q: Span, index_names: frozenset = INDEX_NAMES) -> bool:
        """Whether a bare figure with a decimal (``133.9``, not a count) stands in a sentence whose
        subject before it names an index (``The indices for the Mining, Manufacturing and Electricity
        sectors stand at 136.3, 143.8 and 215.9``, ``the index rose to 105.3``); a change stays a change
        (:meth:`index_level` takes levels only)."""
        text = text_of(doc)[q.start_char : q.end_char]
        lower = token_columns(doc).lower
        if "." not in text or any(c.isalpha() for c in text) or q.end < len(doc) and lower[q.end] == "of":
            return False
        start = max(sentence_range(doc, q.start)[0], q.start - 40)
        return any(word in index_names for word in lower[start : q.start])

    @staticmethod
    def index_level(q: Span, category: Span, index_names: frozenset = INDEX_NAMES) -> bool:
        """Whether a bare figure (:func:`may_be_index_level`) is the level of an index: its CATEGORY names an
        index (``the Quick Estimates of IIP stand at 148.0``, ``the indices stand at 133.9 for Primary Goods``,
        ``The manufacturing PMI was 49.5``) or a base follows it."""
        if not may_be_index_level(q):
            # ``The disadvantage gap index narrowed to 3.14``: an index on a small scale, a bare decimal its CATEGORY
            # names an index of (C46-16); never a count, which is written whole or with its scale
            return re.fullmatch(r"[0-9]\.[0-9]{1,3}", q.text) is not None and \
                span_value(q, "metric") in ("COUNT", "AMOUNT") and span_value(q, "unit_kind") in (None, "count") and \
                any(t.lower_ in ("index", "indices", "indexes") for t in category)
        if INDEX_BASE_AFTER.match(text_of(q.doc), q.end_char):
            return True  # ``The all-items CPI stood at 161.1 (2002=100)``: a level on its base (C20-12)
        return any(t.lower_ in index_names for t in category) or points_level(q)

    @staticmethod
    def named_item_unit(category: Span, previous: str | None) -> str | None:
        """The count unit of a figure whose CATEGORY names a nationality, a place or an abbreviation
        rather than the thing counted: ``person`` for people by nationality (``followed by Iranians
        (3,371)``), else the counted noun stated before it on its line (``previous``), else the head
        of its clause's subject (``Migrant arrivals of ... numbered 214,900 and those of New Zealand
        citizens 25,700`` → ``arrival``)."""
        last = next((t for t in reversed(category) if t.is_alpha), None)
        if last is not None and demonym(last):
            return "person"
        if previous:
            return previous
        return measure_unit(category)

    @staticmethod
    def rate_unit(q: Span, category: Span | None) -> None:
        """The unit of a rate per population takes what is counted from its category (``The hospital
        admission rate ... 5.93 per 100,000 population`` → ``admission per 100,000 population``)."""
        own = q._.unit.split()[-1]
        if len(q._.unit.split()) == 3 and own not in BASE_NOUNS and singular(own) != own:
            # ``at a rate of 53.4 per 10,000 companies``: a base of things, not of people, counts those things
            # unless its category names a rate of something else (``the burglary rate``)
            named = category is not None and any(t.lower_ in RATE_WORDS for t in category)
            doc = q.doc
            sent_start = sentence_range(doc, q.start)[0]
            if not named and any(doc[k].lower_ in ("rate", "rates") and doc[k - 1].is_alpha and
                                 doc[k - 1].lower_ not in DETERMINERS and CategoryFinder.can_be_counted(doc[k - 1])
                                 for k in range(max(sent_start + 1, q.start - 12), q.start)):
                named = True  # ``the all-accident rates for IOSA and non-IOSA operators were 0.66 and 1.53 per million
                # sectors``: the rate named before it says what is counted, not the base (C45-5)
            if not named:
                q._.unit = f"{singular(own)} {q._.unit}"
                return
        if category is None:
            return
        rate_at = next((t.i for t in category if t.lower_ in RATE_WORDS), None)
        if rate_at is not None and rate_at > category.start and category.doc[rate_at - 1].is_alpha and \
                category.doc[rate_at - 1].lower_ not in DETERMINERS and \
                CategoryFinder.can_be_counted(category.doc[rate_at - 1]):
            # ``the ICU or HDU admission rate`` counts admissions: the word before ``rate``
            q._.unit = f"{count_unit(category.doc[rate_at - 1])} {q._.unit}"
            return
        if rate_at is None and category.end <= q.start:
            # ``the highest admission rates were among those aged 85 years and over (58.4 per 100,000)``: the group is
            # the category; the rate named before it says what is counted
            doc = category.doc
            sent_start = sentence_range(doc, q.start)[0]
            named = next((k for k in range(category.start - 1, sent_start, -1)
                          if doc[k].lower_ in ("rate", "rates") and doc[k - 1].is_alpha and
                          doc[k - 1].lower_ not in DETERMINERS and CategoryFinder.can_be_counted(doc[k - 1])), None)
            if named is not None and not any(t.lower_ in ("rate", "rates") for t in doc[named + 1 : category.start]):
                q._.unit = f"{count_unit(doc[named - 1])} {q._.unit}"
                return
        words_ = []
        for t in category:  # the words before the first complement (``for influenza``, ``among males``)
            if (t.lower_ in HEAD_ENDS or t.lower_ == "among") and words_:
                break
            if t.is_alpha:
                words_.append(t)
        named_rate = bool(words_) and words_[-1].lower_ in RATE_WORDS
        while words_ and words_[-1].lower_ in RATE_WORDS:
            words_ = words_[:-1]  # ``admission rate`` counts admissions
        if words_ and not named_rate and singular(words_[-1].lower_) == words_[-1].lower_ and words_[-1].is_title:
            return  # ``Inverclyde recorded the highest rate, at 44.7 per 100,000 people``: a place, nothing counted (C36-1)
        if len(words_) >= 2 and not named_rate and all(w.is_title for w in words_):
            return  # ``West Midlands: 179 per 100,000``: a name of several words, nothing counted (C41-8)
        if words_ and words_[-1].lower_ in POPULATION_GROUPS and q._.unit.split()[-1] in BASE_NOUNS:
            # ``Males   20.9`` under a rate per 100,000 people: the group whose rate it is, not what is counted (C36-1)
            return
        if words_ and words_[-1].lower_ not in DETERMINERS and CategoryFinder.can_be_counted(words_[-1]):
            q._.unit = f"{count_unit(words_[-1])} {q._.unit}"

    @staticmethod
    def shared_whole_noun(doc: Doc, q: Span, by_offsets: dict):
        """The head of the whole a count is a part of after a verb of sharing, which names what it counts:
        ``Children aged under 18 accounted for 27,900 of the people granted protection`` (people), ``A and B
        accounted for 41,716 and 13,581 of these encounters respectively`` (encounters, for both), ``with
        restaurants and bars accounting for 42,000 of those positions`` (positions); or None."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        sent_end = sentence_range(doc, q.start)[1]
        # the list the figure closes or opens: figures joined by commas and ``and`` up to ``of``
        k = q.end
        while True:
            j = k
            while j < sent_end and lower[j] in ("and", ","):
                j += 1
            nxt = next((by_offsets[(j, e)] for e in range(j + 1, min(sent_end, j + 4) + 1) if (j, e) in by_offsets),
                       None) if j > k else None
            if nxt is None:
                break
            k = nxt.end
        if k + 2 >= sent_end or lower[k] != "of" or lower[k + 1] not in ("the", "these", "those", "all", "its", "their"):
            return None
        # walk back over the list to the verb of sharing before its first figure
        start = q.start
        while True:
            j = start - 1
            while j >= 0 and lower[j] in ("and", ","):
                j -= 1
            earlier = next((by_offsets[(b, j + 1)] for b in range(max(0, j - 3), j + 1) if (b, j + 1) in by_offsets), None)
            if earlier is None or j == start - 1:
                break
            start = earlier.start
        before = " ".join(lower[max(0, start - 2) : start])
        if not any(before.endswith(cue) for cue in lexicon()["share_verbs"]):
            return None
        m = k + 2
        while m < sent_end and table.nounish[m] and (not table.punct[m] or text[m] == "-") and lower[m] not in PREPOSITIONS and \
                not (m > k + 2 and is_participle(lower[m])):  # ``the people granted protection``: people
            m += 1
        head = m - 1
        if head < k + 2 or lower[head] in FIGURE_REFERENCE_HEADS:
            return None
        return doc[head]

    @staticmethod
    def agent_part_whole(doc: Doc, q: Span, mine: dict, by_offsets: dict) -> Span | None:
        """The whole of a part counted as the object of a verb whose subject is its CATEGORY (``regional
        operators carried 429 million`` of ``1.61 billion journeys``, ``Dublin Port detected 19.6 million`` of
        ``31.4 million cigarettes``): the part counts what the whole counts, not the agent; None otherwise (a
        level or change verb, ``were``, ``reached``, ``rose to``, keeps the subject as what is counted)."""
        whole = mine.get("PART_OF")
        if whole is None or not UnitResolver.agent_object(doc, q, mine.get("CATEGORY")):
            return None
        return by_offsets.get((whole.start, whole.end), whole)

    @staticmethod
    def subject_part_whole(doc: Doc, q: Span, mine: dict, by_offsets: dict) -> Span | None:
        """The whole of a part that is the bare subject of a verb whose object is its CATEGORY (``Of the 3,904
        drug-related arrests, 3,358 (86.0 per cent) involved males``): the part counts what the whole counts (the
        arrests), the object says which ones; None otherwise (a copula, ``were males``, keeps the object, C44-2)."""
        whole, category = mine.get("PART_OF"), mine.get("CATEGORY")
        if whole is None or category is None or category.start < q.end or span_value(q, "metric") != "COUNT" or \
                span_value(q, "unit_kind") not in (None, "count"):
            return None
        table = token_table(doc)
        k = q.end
        if k < len(doc) and table.text[k] == "(":
            close = next((m for m in range(k + 1, min(len(doc), k + 10)) if table.text[m] == ")"), None)
            if close is None:
                return None
            k = close + 1
        if k >= category.start or not table.verb[k] or table.lower[k] in AGENT_NOT or category.start - k > 3:
            return None
        if k == q.end and is_participle(table.lower[k]):
            return None  # (``5.22 million registered nurses``: a participle before the counted noun)
        if any(not (table.verb[m] or table.lower[m] in DETERMINERS) for m in range(k + 1, category.start)):
            return None
        return by_offsets.get((whole.start, whole.end), whole)

    @staticmethod
    def agent_object(doc: Doc, q: Span, category: Span | None, strict: bool = False) -> bool:
        """Whether ``q`` is a bare count that is the object of a verb whose subject is its CATEGORY (``London and
        South East operators recorded 273.6 million``, ``regional operators carried 429 million``): the agent is
        not what is counted; a level or change verb (``were``, ``reached``, ``rose to``) keeps the subject."""
        if category is None or category.end > q.start or span_value(q, "metric") != "COUNT" or \
                q.start - category.end > 6:
            return False
        if q.end < len(doc) and doc[q.end].is_alpha and doc[q.end].lower_ not in ("and", "or", "in", "of", "respectively"):
            return False  # a counted noun of its own follows
        table = token_table(doc)
        verbs = [k for k in range(category.end, q.start) if table.verb[k]]
        if strict:  # (``strict``: only verbs an agent does to what is counted: ``recorded``, ``carried``, ``handled``)
            return bool(verbs) and all(table.lower[k] in AGENT_VERBS for k in verbs)
        return bool(verbs) and not any(table.lower[k] in AGENT_NOT for k in verbs)

    @staticmethod
    def partitive_whole(doc: Doc, q: Span, by_offsets: dict) -> Span | None:
        """The figure of a partitive ``N of (the) M <noun>`` (``Eight of the 11 cities``, ``16 of
        Sweden's 21 counties``, ``331 of the 620 products``), or None."""
        k = q.end
        if k + 1 < len(doc) and doc[k].lower_ == "out" and doc[k + 1].lower_ == "of":
            k += 1  # ``375 out of 619 products`` (C36-10)
        if k >= len(doc) or doc[k].lower_ != "of":
            return None
        for j in range(k + 1, min(len(doc), k + 4)):
            for end in range(j + 1, min(len(doc), j + 4) + 1):
                found = by_offsets.get((j, end))
                if found is not None:
                    return found
            if doc[j].is_punct and doc[j].text not in ("'s", "’s"):
                break
        return None

    @staticmethod
    def absolute_change_takes(change: Span, level: Span) -> bool:
        """Whether an absolute change takes the unit of the level it modifies: when it states no unit
        of its own (``down 118,000``, the counted noun left out), or the level's unit is its unit per
        something (``up 1.6 bushels`` of ``174.9 bushels per acre``)."""
        if span_value(level, "unit_kind") in ("percent", "fraction", "times"):
            return False
        change_kind, change_unit = span_value(change, "unit_kind"), span_value(change, "unit")
        if change_kind in (None, "count"):
            return True
        return change_kind == "measure" and bool(change_unit) and \
            span_value(level, "unit").startswith(change_unit + " per ")


@Language.factory("relstats_units", assigns=["span._.unit", "span._.unit_kind"], requires=["doc.spans"])
def make_unit_resolver(nlp: Language, name: str) -> UnitResolver:
    """Factory of :class:`UnitResolver` (no settings)."""
    return UnitResolver(nlp, name)
