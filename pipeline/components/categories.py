"""CATEGORY proposals: what each quantity counts or measures (FORMAT §3, CATEGORY).

For each QUANTITY the finder proposes one phrase, in this order: the counted noun phrase after
the number (``8,419 criminal cases of ...``; after a unit and ``of``: ``5.63 tons of various
drugs``), the predicate of a sub-total (``of which 111,000 were cargo aircraft``), the phrase a
parenthesised figure follows (``health care (+46,000)``), a label before a colon (``Cargo volume:
4.1 million tons``), else the clause subject (``Exports rose 13.8 percent``). Proposals are stored
as scored CATEGORY candidates (``doc._.candidates``); the linker decides which become relations.
A COUNT without a unit takes the lemma of its category's head word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress
from operator import or_

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import text_tables
from pipeline.periods import MONTHS
from pipeline.lexicon import lexicon, words
from pipeline.extensions import (Bounds, _cache_of, add_candidate, doc_cache, group_spans,
                                 register_extensions, sentence_range, set_span_value, set_spans, span_starts,
                                 span_group, span_value, spans_of, text_of, token_cache)
from pipeline.relation_features import is_threshold, source_starts
from pipeline.phrases import (adjective_series, can_be_verb, apposed_noun_value, changed_measure_bounds,
    measure_changed_before_of,
    ed_form,
    state_adjective,
    rate_time,
    PEOPLE_PARTICIPLES,
    PLACE_OPENERS,
    DETERMINERS,
    PREPOSITIONS,
    PREPOSITIONAL_OF,
    ING_NOUNS,
    STOP_PUNCT,
    end_before_time,
    has_pos,
    is_participle,
    lone_verb_form,
    names_target,
    no_lone_category,
    token_table,
    unquoted,
    word_between,
    is_nounish,
    is_verb,
    noun_phrase_after,
    noun_phrase_before,
    subject_before,
    vocabulary,
    vocabulary_phrases,
    with_left_complements,
)
from pipeline.components.quantities import (CHANGE_NOUNS, COMPARATIVES_DOWN, COMPARATIVES_UP, NO_CHANGE_WORDS,
                                           PERIOD_ORDINALS, SHARE_SUBJECTS)
from pipeline.units import currency_unit, ends_place_name, match_unit, place_names, singular
from pipeline.declared_units import GLOSS_AGE, measure_declared
from pipeline.numbers import word_number

#: nouns a balance is stated as (``was a deficit of $2.1 billion``)
BALANCE_NOUNS = vocabulary("balance_nouns")
#: verbs that state a figure of their subject (not copulas): ``the balance showed a surplus of``, ``reaching an
#: annualized level of``; with :data:`PREDICATE_VERBS` the verbs before ``a <noun> of <figure>``
BALANCE_VERBS = vocabulary("balance_verbs")
#: words opening a phrase after ``for`` that says how long or how much, not what a figure is stated for
FOR_NOT_CATEGORY = vocabulary("for_quantifiers")
ORDINAL_WORDS = vocabulary("ordinal_words")
#: heads of a phrase after ``for`` that is a duration or an occasion (``for six meetings``, ``for the first time``)
FOR_TIME_HEADS = vocabulary("time_nouns") | vocabulary("for_occasion_heads")
#: past participles without ``-ed`` (``set``, ``held``, ``paid``): after a figure, no counted noun
IRREGULAR_PARTICIPLES = vocabulary("irregular_participles")
#: verbs whose subject reports a measure named after them (``retailers reported sales of $124.3 billion``)
REPORTING_VERBS = vocabulary("balance_verbs") | frozenset({"reported", "reports", "achieved", "generated"})
#: relative pronouns opening a clause about the noun phrase before their comma
RELATIVES = frozenset({"which", "who", "that"})
#: words after which a word before a figure is a verb (``which makes up``, ``it had grown``, ``has risen``)
VERB_OPENERS = RELATIVES | frozenset({"it", "they", "has", "had", "have", "having", "was", "were", "is", "are", "been",
                                      "will", "would"})

BOUND_WORDS = vocabulary("bound_words")
SUBTOTAL_CUES = vocabulary_phrases("subtotal_cues")
#: the nouns that state a part of a whole (``as a share of``, ``the proportion of``)
SHARE_WORDS = SHARE_SUBJECTS
#: words that are never the head of a counted noun phrase (``abroad``, ``inland``, ``nationwide``)
NOT_COUNTED_WORDS = vocabulary("not_counted_nouns")
#: words after a figure that open a clause about it, never its counted noun (``revised ... to 18,878 following the
#: finalisation of the data``, ``2,263,000 following late submissions``)
FIGURE_FOLLOWERS = frozenset({"following", "according", "owing", "due", "thanks", "reflecting", "after", "before",
                              "versus", "vs", "vs.", "v.", "out"})
#: words that open the verb of a relative clause (``that can be assessed``, ``which have been``)
_RELATIVE_VERB_OPENERS = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "be", "been",
                                    "have", "has", "had", "is", "are", "was", "were"})
#: verbs that put their object at a figure (``estimates the population at 63 million``)
_PUTTING_VERBS = frozenset({"estimates", "estimate", "estimated", "puts", "put", "places", "placed", "projects",
                            "projected", "forecasts", "sets", "set", "pegs", "pegged", "values", "valued"})
#: labels of notes and sources before a colon: no measure (``Note:``, ``Source:``)
_NOTE_LABELS = frozenset({"note", "notes", "source", "sources", "nb", "caveat", "caution", "footnote", "methodology",
                          "remark", "remarks"})
#: words of the cues that open a sub-total (``of which``, ``of whom``, ``including``)
_PART_CUE_WORDS = frozenset({"which", "whom", "these", "those", "them", "including", "comprising"})
#: verbs of motion that say where a sub-total comes from or goes (``of which 172,480 came back from Indonesia``)
PART_MOTION_VERBS = frozenset({"came", "come", "comes", "went", "go", "goes", "arrived", "originated", "flowed",
                               "returned", "travelled", "traveled", "headed", "flew", "sailed", "moved", "passed",
                               "transited", "coming", "going", "arriving", "travelling", "traveling", "flying",
                               "heading", "originating", "returning"})
COPULAS = vocabulary("copulas")
#: verbs that link a subject to a predicate noun (``Malaysia was the leading destination (29.68 percent)``)
PREDICATE_COPULAS = COPULAS | {"remained", "remains", "became", "becomes", "stayed", "stays"}
PREDICATE_VERBS = vocabulary("predicate_verbs")
#: ``that of``/``those in`` before a phrase: the anaphor is part of the category (``that of rural residents``),
#: unless it follows a comparison (``higher than that of``) or a verb of saying (``said that in``)
ANAPHOR_PREPOSITIONS = vocabulary("anaphor_prepositions")
ANAPHOR_BLOCKERS = vocabulary("anaphor_blockers")
#: change nouns that, alone after ``the``, stand for the change of the thing named before (``the increase was``)
BARE_CHANGE_NOUNS = frozenset(("increase", "increases", "rise", "rises", "decrease", "decreases", "decline",
                               "declines", "gain", "gains", "fall", "falls", "drop", "drops", "change", "changes"))
CHANGE_VERB_WORDS = words("change_up") | words("change_down")
#: the words between a participle and the figure it states (``picking up to``, ``moving back up to``)
STATING_PARTICLES = vocabulary("stating_particles")
#: verbs a figure may follow as their object after ``to`` or as ``-ing`` (``is expected to average 50.0
#: bushels``, ``headline inflation averaging 2.5%``): never a label of the figure
FIGURE_VERBS = vocabulary("figure_verbs")
#: verbs that state the ends of a spread across places (``ranged from X in A to Y in B``)
RANGE_VERBS = words("range_verbs")
#: verbs of sharing before a part's figure (``accounted for 27,900 of the people ...``)
SHARE_VERB_CUES = tuple(lexicon()["share_verbs"])
#: the verbs of the two-word verbs of sharing (``accounted`` of ``accounted for``): a gapped clause repeats them
SHARE_VERB_HEADS = frozenset(cue.split()[0] for cue in SHARE_VERB_CUES if " " in cue)
#: participles that state a figure of their subject (``with planned admissions accounting for 9.4 million``)
FIGURE_PARTICIPLES = vocabulary("figure_participles")
#: bounds written inside a bracket before its figure (``refugee status (about 160,000)``)
_BRACKET_BOUND_WORDS = frozenset(("about", "around", "some", "nearly", "almost", "approximately", "roughly", "over",
                                  "under", "c.", "ca.", "approx."))
#: verbs after which ``on`` names what the money went on (``spent £153 million on violence reduction programmes``)
_SPENDING_VERBS = frozenset(("spent", "spend", "spends", "spending", "invested", "allocated", "paid", "committed",
                             "earmarked", "budgeted", "splashed", "lavished"))
#: verbs whose object is what a change ``by`` a figure changes (``raise the cash rate target by 25 basis points``)
TRANSITIVE_CHANGE_VERBS = vocabulary("transitive_change_verbs")
#: verbs that move a level with a particle (``bringing the rate down to``, ``taking the total up to``)
MOVING_VERBS = vocabulary("moving_verbs")
#: words that end the head of a table row's label (``Apprehensions between ports of entry``)
_ROW_HEAD_ENDS = vocabulary("head_ends") - {",", "and", "or", "a", "an"}
#: time nouns that head a time phrase, never a category (``the same quarter``, ``the end``)
TIME_HEAD_NOUNS = frozenset({"quarter", "month", "year", "period", "week", "half", "season", "end"})
#: words that may stand before a time noun in such a phrase
TIME_PHRASE_MODIFIERS = frozenset({"same", "corresponding", "previous", "prior", "preceding", "first", "second",
                                   "third", "fourth", "last", "next", "financial", "fiscal", "calendar", "current",
                                   "whole", "entire", "following", "reference", "comparable"})
#: words opening a reason or an agent after a passive participle (``cancelled for reasons ...``, ``seized by``)
PURPOSE_WORDS = frozenset({"for", "because", "due", "by", "as", "after", "following", "under", "owing"})
#: prepositions after a passive participle that place a part (``detected in air cargo``, ``shipped to the US``)
PLACING_PREPOSITIONS = frozenset({"in", "at", "on", "through", "via", "into", "to", "from"})
#: verbs that are multiples themselves, taking what they multiply as their object (``doubled the number of``)
MULTIPLYING_VERBS = vocabulary("multiplying_verbs")
#: verbs that keep their object at a level (``kept the benchmark interest rate at 5.25%``)
#: how many words an object with its post-modifiers may run before the figure's preposition
OBJECT_REACH = 16
HOLDING_VERBS = vocabulary("holding_verbs")
AGE_WORDS = vocabulary("age_words")
#: verbs after a part of a fronted whole whose object says which part it is (``3,358 involved males``)
#: words that open a comparison before the compared level (``well short of``, ``far above``, ``just below``)
COMPARISON_OPENERS = frozenset(("well", "far", "just", "slightly", "short", "above", "below", "ahead"))
PART_OBJECT_VERBS = frozenset(("involved", "concerned", "affected", "involve", "concern", "affect"))
#: nouns naming an estimate of a figure (``the provisional estimate of``): never what it measures
ESTIMATE_NOUNS = frozenset(("estimate", "estimates", "projection", "forecast", "reading", "outturn", "print", "figure"))
#: adverbial phrases that may stand right before a figure and name nothing it measures
ADVERBIAL_PAIRS = frozenset((("on", "average"), ("in", "total"), ("in", "all"), ("on", "balance"), ("in", "sum"),
                             ("at", "least"), ("at", "most"), ("in", "aggregate")))
#: adverbs after a verb that name no thing (``changed little (+19,000)``)
VERB_ADVERBS = vocabulary("verb_adverbs")
#: what may stand between a clause opening and a share that is the clause's subject (``Some 28.4%``)
SHARE_OPENING_HEDGES = vocabulary("share_opening_hedges")
#: what may open the clause of a share that is its subject
CLAUSE_OPENING_PUNCT = frozenset((",", ":", ";", "-", "--", "–", "—", "•", "*", "\n", "("))
CLAUSE_OPENING_WORDS = vocabulary("clause_opening_words")
#: words that name a figure's level, not what it measures (``reached a level of``, ``a value of``)
LEVEL_WORDS = vocabulary("level_words")
#: heads of a phrase after ``of`` that refer to a figure (the share then MODIFIES it, D-11)
FIGURE_REFERENCE_HEADS = vocabulary("figure_reference_heads")
#: adverbs between the counted phrase and the verb (``now meet``, ``had already been``)
SHARE_VERB_ADVERBS = vocabulary("share_verb_adverbs")
#: verbs the word lists do not know that may follow a share's counted phrase (``half of all visits took place``)
UNLISTED_VERBS = vocabulary("unlisted_verbs")
#: heads of noun phrases that name a change, not what changed (``the largest decrease (-0.4 percent)``)
CHANGE_HEADS = vocabulary("change_nouns")
#: bare words for people that say a figure counts persons and not which (``663,000 persons``)
GENERIC_PEOPLE = vocabulary("generic_people_nouns")
#: measure words of counts (``434.22 million heads``, ``935,000 units``): the unit, never what is counted
CLASSIFIER_NOUNS = vocabulary("classifier_nouns")
#: plurals that count whatever the clause's subject or the row's label names (``Cocaine: 112 cases``, ``Robberies rose
#: 4% to 1,234 offences``): there the unit, not the category (C29-13)
GENERIC_COUNT_NOUNS = vocabulary("generic_count_nouns")
#: finite verbs that state a figure of their subject (``fell to 434.22 million heads``)
STATING_VERBS = frozenset(lexicon()["change_up"]) | frozenset(lexicon()["change_down"]) | vocabulary("stating_verbs")
#: words for an average, whose figure is a level of something else (``compared with an average of 27%``)
AVERAGE_WORDS = vocabulary("average_words")
#: words before ``at`` that state a figure of the subject (``was estimated at``, ``stood at``)
ESTIMATE_VERBS = vocabulary("estimate_verbs")
#: nouns that frame a figure's range (``in a narrow range of 3.4 to 3.9 percent``)
RANGE_NOUNS = vocabulary("range_nouns")
#: nouns that name a share and nothing it is a share of (``a share of 12%``)
SHARE_NOUNS = vocabulary("share_nouns")
#: time units a figure can count when they follow it with modifiers between (``271 good-air days``)
TIME_UNITS = vocabulary("time_units")


#: words before a time span that make it a threshold of something else (``at 24 months``)
DURATION_QUALIFIERS = vocabulary("duration_qualifiers")
#: words after a time span that make it a threshold or a frequency, not a measure (``two years ahead``, ``12 hours a day``)
DURATION_TAILS = vocabulary("duration_tails")
#: ``doc.user_data`` key: token offsets of the quantities that take no CATEGORY (ages, durations)
NO_CATEGORY_KEY = "relstats.no_category"
#: ``doc.user_data`` key: token offsets of the runs of periods (``for nine consecutive months``, C11-1)
RUNS_KEY = "relstats.runs"
PERIOD_UNITS = ("month", "year", "quarter", "week", "day")


#: words after a change that compare it with a baseline (``43 Bcf higher than``, ``6% above``): a change after ``and``
#: followed by one of them continues the comparison of the change before it (C41-4)
_GAPPED_COMPARATIVES = frozenset(("higher", "lower", "above", "below", "more", "less", "greater", "fewer", "larger",
                                  "smaller", "up", "down"))


def _article_before_adjective(lower: list, k: int, start_limit: int) -> bool:
    """Whether the word at ``k`` is an adjective of the figure after it, after ``a``/``an`` and any degree words
    (``a meager 36,000``, ``a more modest 8.8%``, ``a relatively small 1.2%``, C37-13)."""
    j = k - 1
    while j >= start_limit and lower[j] in _DEGREE_WORDS:
        j -= 1
    return j >= start_limit and lower[j] in ("a", "an")


def demonym(token) -> bool:
    """A capitalised plural naming people by nationality (``Afghans``, ``Iranians``, ``Pakistanis``,
    ``Turks``): such a count counts people (GUIDELINES C3-15)."""
    text = token.text
    if not text[:1].isupper() or text.isupper() or len(text) < 4:
        return False
    low = text.lower()
    if low in _NOT_DEMONYMS or len(low) < 6 and low.endswith("ans"):
        return False  # (``Loans by type``, ``Plans``, ``Veterans``: nouns in ``-ans`` naming no nationality, C38-16)
    return low.endswith(("ans", "ese", "anis", "aqis", "elis", "alis", "eshis")) or low in vocabulary("demonyms")


#: plurals in ``-ans`` that name no nationality
_NOT_DEMONYMS = frozenset(("veterans", "orphans", "caravans", "humans", "guardians", "pedestrians", "physicians",
                           "technicians", "civilians", "politicians", "electricians", "clinicians", "opticians",
                           "custodians", "librarians", "historians", "musicians", "veterinarians", "pelicans",
                           "divans", "sedans", "japans", "cardigans", "artisans", "partisans", "amphibians",
                           "reptilians", "crustaceans", "pediatricians", "dietitians", "beauticians", "comedians",
                           "vegetarians", "vegans", "mathematicians", "statisticians", "logisticians"))


def count_unit(head) -> str:
    """The unit of a COUNT from its counted noun's head token (lemma, singular, lower-case)."""
    text = head.lower_
    mapped = lexicon()["count_unit_for_head"].get(text)
    if mapped and text == "nationals" and _written_after_figure(head) and not (
            head.i >= 1 and head.doc[head.i - 1].is_title and head.doc[head.i - 1].is_alpha):
        # ``6,895 non-EEA nationals``, ``74,863 foreign nationals``: the noun written with its figure (D-13); a
        # nationality before it names people (``17,400 Venezuelan nationals``, C3-15)
        return "national"
    if mapped:
        return mapped
    if demonym(head):
        return "person"  # ``Afghans (5,606)`` (GUIDELINES C3-15)
    doc = head.doc
    if text in ("force", "forces") and head.i >= 1 and doc[head.i - 1].lower_ in ("labour", "labor"):
        return "person"  # ``the labour force``: the people in it
    if head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_ and \
            not doc[head.i - 2].whitespace_ and doc[head.i - 2].is_alpha and doc[head.i - 2].lower_ != "all":
        # (``the all-accident rate`` counts accidents, C45-5)
        return f"{doc[head.i - 2].lower_}-{singular(text)}"
    defined = _defined_abbreviation(doc, head.text)
    if defined is not None:
        return defined  # ``Foreign tourist arrivals (FTAs) ...; FTAs from Bangladesh (2.1 lakh)``: arrivals
    lemma = singular(text)
    if lemma != text or text in ("people", "persons", "aircraft"):
        return lemma
    looked_up = (head.lemma_ or text).lower()
    if text in (looked_up + "d", looked_up + "ed"):
        return text  # (``303 feed``: the noun, not a verb's past read back to ``fee``)
    return looked_up


_ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,6}s")


def _defined_abbreviation(doc: Doc, word: str) -> str | None:
    """The counted noun an abbreviated plural (``FTAs``) stands for when the text defines it (``foreign tourist
    arrivals (FTAs)``): the singular of the word before the bracket; None when ``word`` is no such abbreviation or the
    text does not define it."""
    if not _ABBREVIATION_PLURAL.fullmatch(word):
        return None
    text = text_of(doc)
    at = text.find(f"({word})")
    if at < 0:
        at = text.find(f"({word[:-1]})")
    if at < 0:
        return None
    before = re.search(r"([A-Za-z]+)\s*$", text[:at])
    if before is None or singular(before.group(1).lower()) == before.group(1).lower():
        return None
    return singular(before.group(1).lower())


def _written_after_figure(head) -> bool:
    """Whether the noun ``head`` follows a number within three tokens, with only words between (``60 EU nationals``,
    ``6,895 non-EEA nationals``)."""
    doc = head.doc
    for k in range(head.i - 1, max(-1, head.i - 5), -1):
        token = doc[k]
        if token.like_num or token.text[:1].isdigit():
            return True
        if not (token.is_alpha or token.text in ("-",) or "-" in token.text) or token.lower_ in COPULAS:
            return False  # (``of which 1,102 were Vietnamese nationals``: a predicate, people by nationality)
    return False


def _quantity_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside QUANTITY spans, built once per version of the span group's quantities
    (read around each figure of a labelled row)."""
    quantities = span_starts(doc, "QUANTITY")[1]  # one list per version of the group, held in the cache
    cache = _cache_of(doc)
    hit = cache.get("quantity_tokens")
    if hit is None or hit[0] is not quantities:
        hit = cache["quantity_tokens"] = (quantities, {k for q in quantities for k in range(q.start, q.end)})
    return hit[1]


def time_token_set(doc: Doc) -> set[int]:
    """Indices of the tokens inside PERIOD and BASELINE spans, built once per version of the span
    group (each quantity's search reads it)."""
    group = span_group(doc)
    cache = _cache_of(doc)
    hit = cache.get("time_tokens")
    if hit is None or hit[0] is not group or hit[1] != len(group or ()):
        found = {i for s in spans_of(doc) if s.label_ in ("PERIOD", "BASELINE") for i in range(s.start, s.end)}
        hit = cache["time_tokens"] = (group, len(group or ()), found)
    return hit[2]


def _token_positions(doc: Doc, name: str, test) -> list[int]:
    """Sorted indices of the tokens passing ``test``, found once per document (cached in
    ``doc.user_data`` like the sentence index), so the searches left and right are bisections."""
    key = f"relstats_{name}"
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[key] = (len(doc), [t.i for t in doc if test(t)])
    return cached[1]


_STOPS = STOP_PUNCT - {"-"}
_BREAK_TEXTS = frozenset((";", "\n"))


_DATELINE_DASHES = frozenset(("-", "--", "—", "–"))
#: an abbreviation in dotted capitals ending a dateline's place (``D.C.``)
_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _stop_positions(doc: Doc) -> tuple[list[int], list[int]]:
    """Sorted indices of the stop punctuation (:func:`CategoryFinder._limit`) and of the clause breaks
    (``;``, a line break, a space token) of ``doc``, found once per document."""
    cache = token_cache(doc)
    hit = cache.get("category_stops")
    if hit is None or hit[0] != len(doc):
        table = token_table(doc)
        positions = range(len(table.text))
        stops = list(compress(positions, map(_STOPS.__contains__, table.text)))
        breaks = list(compress(positions, map(or_, map(_BREAK_TEXTS.__contains__, table.text), table.space)))
        text, whitespace = table.text, table.whitespace
        datelines = [k for k in compress(positions, map(_DATELINE_DASHES.__contains__, text))
                     if 0 < k < len(text) - 1 and whitespace[k] and whitespace[k - 1] and
                     (text[k - 1] == ")" or text[k] == "--")]
        if datelines:
            # ``ANKARA, Dec 3 (Reuters) - Turkey's annual inflation cooled to 47.09%``: the dateline ends before the
            # clause, whose subject starts after the dash
            breaks = sorted(set(breaks).union(datelines))
        hit = cache["category_stops"] = (len(doc), stops, breaks)
    return hit[1], hit[2]


#: label words of a figure line that name no category: times and changes (``Change, April to May 2024:``)
LINE_LABEL_TIME_WORDS = vocabulary("line_label_time_words")
#: words of a heading or label that declare units or adjustments rather than name the measure
DECLARATION_START = re.compile(r",|\(|:| - | – |\b(?:percent|per cent|%)\b|\bchange\b", re.I)
TABLE_PREFIX = re.compile(r"^(?:table|chart|figure)(?:\s+[0-9A-Z]+)?[.:]?\s+", re.I)


_LINE_MARKS = re.compile(r"[\n:]")


def _line_marks(doc: Doc, text: str) -> tuple[list[int], list[int]]:
    """Sorted character offsets of the line breaks and of the colons of ``text`` (the text of
    ``doc``), found once per document, so a figure finds its line and label by bisection rather than
    by searching back through a long line."""
    cache = token_cache(doc)
    hit = cache.get("line_marks")
    if hit is None or hit[0] is not text:
        newlines, colons = [], []
        for match in _LINE_MARKS.finditer(text):
            (newlines if match.group() == "\n" else colons).append(match.start())
        hit = cache["line_marks"] = (text, newlines, colons)
    return hit[1], hit[2]


def heading_category(doc: Doc, quantity: Span) -> tuple[int, int, int] | None:
    """``(start, end, head)`` of the CATEGORY a block of bare figures takes from the words that name it
    once (GUIDELINES D-3): the label before the colon when it also declares the unit (``Personal
    income, percent change from the preceding month: February +0.4, March +0.5``), or the heading line
    above lines labelled only by a time (``Final demand: percent change ...`` above ``January 2024: +0.3
    (+1.0)``). None for any other figure."""
    text = text_of(doc) or ""
    a = quantity.start_char
    newlines, colons = _line_marks(doc, text)
    at = bisect_left(newlines, a) - 1  # the last line break before the figure: text.rfind("\n", 0, a)
    line_start = newlines[at] + 1 if at >= 0 else 0
    at = bisect_left(colons, a) - 1  # the last colon of the line before the figure: text.rfind(":", line_start, a)
    colon = colons[at] if at >= 0 and colons[at] >= line_start else -1
    cache = doc_cache(doc).setdefault("heading_categories", {})
    key = (line_start, colon)
    if key in cache:
        return cache[key]
    found = None
    if colon >= 0 and text.count("(", line_start, colon) > text.count(")", line_start, colon):
        colon = -1  # ``... (third quarter of 2023: 60.6%)``: a colon in brackets labels no line (C16-14)
    if colon < 0:
        found = _figure_line_heading(doc, text, line_start, a, quantity.end_char)
    if colon >= 0 and text.rfind(";", line_start, colon) >= 0:
        # ``- Lone-parent families: $63,100 (-3.5%); two-parent families with children: $122,000``: the label after the
        # semicolon is the figure's own (C48-31)
        line_start = text.rfind(";", line_start, colon) + 1
        while line_start < colon and text[line_start] == " ":
            line_start += 1
    if colon >= 0:
        label = text[line_start:colon]
        words_ = re.findall(r"[A-Za-z][A-Za-z0-9]*", label)
        months = words("months")
        if words_ and all(w.lower() in months or w.lower() in LINE_LABEL_TIME_WORDS for w in words_):
            found = _heading_above(doc, text, line_start)  # ``January 2024: +0.3 (+1.0)``
        else:
            declared = DECLARATION_START.search(label)
            if declared and declared.start() > 0 and re.search(r"percent|per cent|%|change", label[declared.start():], re.I) \
                    and _time_items(text[colon + 1 : a]):
                found = _phrase(doc, line_start, line_start + declared.start())
    cache[key] = found
    return found


#: words that open a multi-word place name (``New Zealand``, ``United States``, ``South Africa``)
NAME_OPENERS = frozenset({"new", "united", "south", "north", "east", "west", "hong", "saudi", "sri", "costa", "el",
                          "puerto", "san", "los", "las", "st", "czech", "dominican", "central", "western", "eastern"})
#: nouns that end in ``-ly`` (other ``-ly`` words are adverbs or adjectives: ``monthly``, ``nearly``)
NOUNS_IN_LY = frozenset({"family", "supply", "assembly", "anomaly", "rally", "ally", "monopoly", "fly"})
#: verbs that give their subject a rank (``had the lowest``, ``recorded the highest rate``)
RANKING_VERBS = frozenset({"had", "has", "have", "recorded", "posted", "registered", "saw", "reported", "showed"})


def _predicate_noun(lower: list, found: tuple[int, int, int], start_limit: int) -> int | None:
    """The copula's position when the phrase ``found`` is a predicate noun after ``the`` (``Malaysia was the
    leading destination``, ``Cataract surgery remained the most frequent main procedure``) or a rank after a
    verb of having (``Santa Catarina had the lowest``), else None."""
    the = found[0] - 1 if found[0] >= 1 and lower[found[0] - 1] == "the" else found[0]
    if the >= 1 and lower[the] == "the" and the - 1 > start_limit and (
            lower[the - 1] in PREDICATE_COPULAS or lower[the - 1] in RANKING_VERBS and the + 1 < len(lower) and
            lower[the + 1] in vocabulary("superlatives")):
        return the - 1  # (``Santa Catarina had the lowest (3.1%)``, ``Bihar recorded the highest rate (7.8%)``)
    return None


def _predicate_change(lower: list, found: tuple[int, int, int], start_limit: int) -> bool:
    """Whether the phrase ``found`` is a change named as a predicate after a copula (``This was not a statistically
    significant change``, ``it was a small increase``): it names how the figure moved, not what it is of."""
    if lower[found[2]] not in CHANGE_HEADS:
        return False
    k = found[0] - 1
    while k > start_limit and lower[k] in ("not", "a", "an", "no", "the"):
        k -= 1
    return k >= start_limit and lower[k] in PREDICATE_COPULAS


def _after_change_verb(doc: Doc, found: tuple[int, int, int]) -> tuple[int, int, int]:
    """A phrase that opens on a verb of change and its object's determiner (``narrowing the trade surplus``,
    ``pushing the jobless rate``) is the object alone."""
    start, end, head = found
    lower = token_table(doc).lower
    inner = next((m for m in range(start + 1, end - 1) if lower[m] in TRANSITIVE_CHANGE_VERBS and
                  lower[m + 1] in DETERMINERS and token_table(doc).verb[m]), None)
    if inner is not None:
        # ``and together with nuclear lifted the low-carbon share to 39.4%``: the verb's object (C47-23)
        start, head = inner, head if head > inner + 1 else end - 1
    if lower[start] in TRANSITIVE_CHANGE_VERBS and start + 1 < end and lower[start + 1] in DETERMINERS:
        cut = start + 1
        while cut < end and lower[cut] in DETERMINERS:
            cut += 1
        if cut < end and head >= cut:
            return cut, end, head
    return found


def _anaphor_start(doc: Doc, start: int, limit: int) -> int | None:
    """Where ``that of``/``those in`` opens before the phrase at ``start`` (its determiners passed over),
    when it is an anaphor and not a conjunction or a comparison (:func:`_after_verb`); None otherwise."""
    lower = token_table(doc).lower
    opening = start
    while opening > limit and lower[opening - 1] in DETERMINERS and lower[opening - 1] not in ("that", "those"):
        opening -= 1
    if opening - 2 < limit or lower[opening - 2] not in ("that", "those") or \
            lower[opening - 1] not in ANAPHOR_PREPOSITIONS or (opening >= 3 and _after_verb(doc, opening - 3)):
        return None
    return opening - 2


def _after_verb(doc: Doc, k: int) -> bool:
    """Whether token ``k`` before ``that``/``those`` makes it a conjunction or a comparison, not an anaphor
    (``showing that in October``, ``higher than that of``)."""
    table = token_table(doc)
    low = table.lower[k]
    return low in ANAPHOR_BLOCKERS or table.verb[k] or (len(low) > 4 and low.endswith(("ing", "ed")))


def after_previous_figure(doc: Doc, found: tuple[int, int, int] | None,
                          quantity_tokens: set) -> tuple[int, int, int] | None:
    """A phrase that a coordination ran over the previous figure (``... HK$386.5 billion and domestic exports``,
    ``numbered 183 thousand and unemployed men``) is two phrases: the gapped clause's own starts after the
    joiners that follow the figure. ``found`` unchanged when it holds no figure token, None when nothing
    of it is left or no joiner follows the figure."""
    if found is None:
        return None
    start, end, head = found
    figure = [i for i in range(start, end) if i in quantity_tokens]
    table = token_table(doc)
    lower, text = table.lower, table.text
    if not figure:
        before = start - 1
        while before > 0 and before > start - 4 and (lower[before] in DETERMINERS or lower[before] in (
                "of", "their", "its", "his", "her", "our")):
            before -= 1  # ``passed 50.8% [of their tests and female candidates] 44.6%``: the figure's complement (C38-11)
        if start - 1 not in quantity_tokens and not (before < start - 1 and lower[before + 1] == "of" and
                                                     before in quantity_tokens):
            return found
        # the phrase starts with the figure's counted noun (``61 905 [persons and emigration] to``)
        joiner = next((i for i in range(start + 1, end) if lower[i] in ("and", "while", "whereas", "but")), None)
        if joiner is None:
            return found
        figure = [joiner - 1]
    first = cut = figure[-1] + 1
    while cut < end and (lower[cut] in ("and", "while", "whereas", "but") or text[cut] == ","):
        cut += 1
    if cut == first:
        # the figure's counted noun, then the joiner (``45.3 million [travellers and intercontinental destinations]
        # for``): the gapped clause's subject starts after the joiner
        joiner = next((i for i in range(first + 1, min(end, first + 3)) if lower[i] in ("and", "while", "whereas",
                                                                                        "but")), None)
        if joiner is not None:
            cut = joiner + 1
    return (cut, end, head) if cut > first and head >= cut else None


#: the words an age group ends on after its figure (``aged 65 and over``, ``18 to 24 years old``)
_AGE_TAIL = frozenset(("years", "year", "old", "and", "over", "older", "to", "plus"))


def _share_restated_in_brackets(doc: Doc, quantity: Span) -> Span | None:
    """``half (54%)`` as one span when ``of`` follows the bracket (``more than half (54%) of the bicycles``), for
    either figure: a share written in words or figures, then the same share in brackets; else None."""
    text = token_table(doc).text
    starts, quantities = span_starts(doc, "QUANTITY")
    if quantity.end + 2 < len(doc) and text[quantity.end] == "(":
        at = bisect_left(starts, quantity.end + 1)
        if at < len(starts) and starts[at] == quantity.end + 1:
            inner = quantities[at]
            if inner.end + 1 < len(doc) and text[inner.end] == ")" and text[inner.end + 1].lower() == "of":
                return doc[quantity.start : inner.end + 1]
    if quantity.start >= 2 and text[quantity.start - 1] == "(" and quantity.end + 1 < len(doc) and \
            text[quantity.end] == ")" and text[quantity.end + 1].lower() == "of":
        at = bisect_left(starts, quantity.start - 1) - 1
        if at >= 0 and quantities[at].end == quantity.start - 1 and span_value(quantities[at], "metric") == "SHARE":
            return doc[quantities[at].start : quantity.end + 1]
    return None


def _changed_place_bracket(table, quantity: Span) -> int | None:
    """The opening bracket of ``(up 1,204 burglaries or 9%)`` around ``quantity``: a bracket that opens on ``up`` or
    ``down`` and holds only the change, its counted noun and its restatement after ``or``; else None."""
    text, lower = table.text, table.lower

    def inside(m: int) -> bool:  # a word the bracket may hold: the change, its noun, ``or`` and its restatement
        return lower[m] in ("up", "down", "or") or text[m][:1].isdigit() or text[m] in ("%", ",") or \
            text[m].isalpha() and text[m].islower()

    k = quantity.start - 1
    while k >= 0 and quantity.start - k <= 5 and text[k] != "(":
        if not inside(k):
            return None
        k -= 1
    if k < 1 or text[k] != "(" or lower[k + 1] not in ("up", "down"):
        return None
    end = quantity.end
    while end < len(text) and end - quantity.end <= 5 and text[end] != ")":
        if not inside(end):
            return None
        end += 1
    return k if end < len(text) and text[end] == ")" else None


def _past_open_ages(lower: list, end: int, limit: int) -> int:
    """The end of the ages that close at ``end`` after their open bound and unit (``65`` + ``and over``, ``16`` +
    ``years and older``)."""
    if end < limit and lower[end] in ("years", "year"):
        end += 1
    if end + 1 < limit and lower[end] in ("and", "or") and lower[end + 1] in ("over", "older", "above", "more"):
        end += 2
    return end


def _with_ages(doc: Doc, found: tuple[int, int, int] | None) -> tuple[int, int, int] | None:
    """``found`` extended over the ages it ends on (``people aged`` + ``18 to 24`` + ``years``), D-17."""
    if found is None:
        return None
    lower = token_table(doc).lower
    end = found[1]
    if lower[end - 1] not in AGE_WORDS:
        return found
    starts, quantities = span_starts(doc, "QUANTITY")
    at = bisect_left(starts, end)
    if at == len(starts) or starts[at] != end:
        return found
    end = quantities[at].end
    if end < len(lower) and lower[end] in ("years", "old"):
        end += 1
    elif end + 1 < len(lower) and lower[end] == "and" and lower[end + 1] in ("over", "older"):
        end += 2
    return found[0], end, found[2]


#: words of a bracketed gloss that declares a label's unit or kind of figure, not part of its name
#: (``OCR (%, quarterly average)``, ``Employment (thousands)``), unlike an abbreviation or a place (``State GST
#: (SGST)``, ``Antalya (Türkiye)``)
GLOSS_WORDS = frozenset(("%", "percent", "per", "cent", "average", "thousand", "thousands", "million", "millions",
                         "billion", "billions", "number", "numbers", "rate", "annual", "quarterly", "monthly",
                         "adjusted", "seasonally", "sa", "nsa", "index", "points", "y/y", "q/q", "m/m"))


#: the words after ``the`` that rank a subject (``received the largest number of places``): the linking rules'
#: superlatives but ``first`` and ``record`` (an order in time, not a rank)
SUPERLATIVES = vocabulary("superlatives") - {"first", "record"} | {"greatest", "fewest", "top", "leading"}
#: the verbs between ``it`` and the figure of a clause opened by its group (``for women it was 71.4 percent``)
FRONTED_GROUP_COPULAS = frozenset(("was", "is", "were", "are", "stood", "reached", "came", "amounted", "totalled",
                                   "totaled"))
#: subjects that stand for a figure named before (``the figure``, ``the rate``): a fronted place is what they are of
ANAPHORIC_SUBJECTS = frozenset(("figure", "rate", "share", "proportion", "number", "total", "level"))
#: words that qualify a labelled measure after a comma (``GDP growth, quarter-on-quarter seasonally-adjusted:``)
LABEL_QUALIFIERS = frozenset(("seasonally-adjusted", "calendar-adjusted", "unadjusted", "trend", "quarter", "month",
                              "year", "annualised", "annualized", "nominal", "real", "provisional", "preliminary",
                              "estimate", "latest", "flash", "advance"))


#: the words that open a bracketed reference to a law (``(Section 60a of the Residence Act)``, ``(Art. 8 ECHR)``)
LEGAL_REFERENCE_WORDS = frozenset(("section", "sections", "article", "articles", "art", "art.", "§", "§§", "regulation",
                                   "directive", "schedule", "chapter", "rule", "paragraph", "sec", "sec."))


def _unit_gloss_start(lower: list, start: int, end: int, text: list | None = None, whitespace: list | None = None) \
        -> int | None:
    """Where a phrase's closing bracketed gloss begins when the gloss only declares a unit or a kind of figure
    (``OCR (%, quarterly average)`` → the bracket; with the tokens' ``text``, a measure or a currency too: ``Copper
    price (US$ per pound)``, C29-6), else None."""
    if end - start < 3 or lower[end - 1] != ")":
        return None
    depth, opening = 0, None
    for k in range(end - 1, start, -1):
        depth += lower[k].count(")") - lower[k].count("(")  # (``4(1`` is one token: ``Section 4(1)``)
        if depth == 0:
            opening = k
            break
    if opening is None or opening == start:
        return None
    if lower[opening + 1] in LEGAL_REFERENCE_WORDS:
        return opening  # ``Refugee protection (Article 16a of the Basic Law ...)``: where the law provides it (C22-12)
    if ")" in lower[opening + 1 : end - 1]:
        return None
    inner = [w for w in lower[opening + 1 : end - 1] if w not in (",", ";")]
    if whitespace is not None and len(inner) == 1 and inner[0].isdigit() and len(inner[0]) <= 2 and \
            end - opening == 3 and not whitespace[opening - 1]:
        return opening  # ``Food(3)``: a footnote mark glued to its label (C31-12)
    if text is not None and inner and inner[0] in ("%", "percent") and (len(inner) == 1 or inner[1] in ("of", ",")):
        return opening  # ``Euro area (% of GDP)``: the row's measure, its unit gloss (C29-16)
    if text is not None and inner and len(inner) <= 2 and currency_unit(text[end - 2]) is not None and \
            (len(inner) == 2 and inner[0] in ("current", "constant", "nominal", "real") or
             len(inner) == 1 and not any(c.isalpha() for c in inner[0])):
        return opening  # ``Average hourly earnings (current $)``: the row's money (C38-18)
    if text is not None and inner:
        written = "".join(text[k] + (" " if whitespace[k] else "") for k in range(opening, end)) \
            if whitespace is not None else " ".join(text[opening:end])  # (``person-times`` as written, C35-47)
        declared = measure_declared(written.strip())
        if declared is not None and (declared[1] is not None and declared[1].kind in ("measure", "currency") or
                                     declared[0] != 1.0):
            return opening  # (``Foreign visitors (million persons)``: a count's scale, C30-7)
        if inner[-1] == "terms" and len(inner) <= 4:
            return opening  # ``Merchandise exports (US dollar terms)``, ``(real terms)``: how the row is measured
    if not inner or not all(w in GLOSS_WORDS or w.replace(".", "").isdigit() or w in ("+", "-", "\u2013") or
                            GLOSS_AGE.match(w) for w in inner) or \
            not any(w in ("%", "percent", "average", "thousands", "millions", "billions", "rate", "index") for w in inner):
        return None
    return opening


def _past_bracket(doc: Doc, k: int) -> int:
    """``k``, or the token after a bracket opening at ``k`` that holds a figure (``131 (59.8%) were``)."""
    table = token_table(doc)
    text, number = table.text, table.number
    if k + 2 < len(text) and text[k] == "(" and (number[k + 1] or text[k + 1] in ("+", "-", "−", "–") and number[k + 2]):
        # (``47.6 billion euros (-1.2%) went to``: a signed change too)
        close = next((j for j in range(k + 2, min(len(text), k + 8)) if text[j] == ")"), None)
        if close is not None:
            return close + 1
    return k


#: words a line holding only a figure may add after it: its comparison or time (``-3.4% on the previous month``,
#: ``+0.3% on the same month a year earlier``)
FIGURE_LINE_WORDS = vocabulary("figure_line_words")
_FIGURE_LINE_START = re.compile(r"\s*(?:[-–•*]\s+)?[-+−–]?(?:[$€£¥]|[A-Z]{1,3}\$)?[0-9]")


def _figure_line_heading(doc: Doc, text: str, line_start: int, a: int, b: int) -> tuple[int, int, int] | None:
    """A line that holds only a figure (and its comparison) under a heading line that names the measure
    (``Exports, June 2024 (calendar and seasonally adjusted)`` above ``127.7 billion euros`` and ``-3.4% on the
    previous month``): the heading's words before its first comma or bracket are the category."""
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:a]
    if before.strip(" \t-–•*+−") or not _FIGURE_LINE_START.match(text, line_start, line_end):
        return None
    words_ = re.findall(r"[A-Za-z][A-Za-z0-9]*", text[b:line_end])
    months = words("months")
    if any(w.lower() not in FIGURE_LINE_WORDS and w.lower() not in months and w.lower() not in LINE_LABEL_TIME_WORDS
           for w in words_):
        return None
    return _block_heading(doc, text, line_start, lambda line: not _FIGURE_LINE_START.match(line))


def _time_items(items: str) -> bool:
    """Whether the text between a label's colon and a figure is only times and figures (``February +0.4,
    March``)."""
    words_ = re.findall(r"[A-Za-z][A-Za-z0-9]*", items)
    months = words("months")
    return all(w.lower() in months or w.lower() in LINE_LABEL_TIME_WORDS for w in words_)


def _heading_above(doc: Doc, text: str, line_start: int) -> tuple[int, int, int] | None:
    """The measure named by the nearest line above ``line_start`` in its block that holds no figure
    line's label of time (a heading), cut before its declarations."""
    months = words("months")

    def names_a_measure(line: str) -> bool:
        words_ = re.findall(r"[A-Za-z][A-Za-z0-9]*", line.split(":", 1)[0])
        return bool(words_) and not all(w.lower() in months or w.lower() in LINE_LABEL_TIME_WORDS for w in words_)

    return _block_heading(doc, text, line_start, names_a_measure)


def _block_heading(doc: Doc, text: str, line_start: int, is_heading) -> tuple[int, int, int] | None:
    """The words of the nearest line above ``line_start`` in its block for which ``is_heading(line)`` holds, past a
    table prefix and cut before its declarations; None when a blank line comes first."""
    k = line_start - 1
    while k > 0:
        start = text.rfind("\n", 0, k) + 1
        line = text[start:k]
        if not line.strip():
            return None  # a blank line ends the block
        if is_heading(line):
            prefix = TABLE_PREFIX.match(line)
            begin = start + (prefix.end() if prefix else 0)
            declared = DECLARATION_START.search(text, begin, k)
            return _phrase(doc, begin, declared.start() if declared else k)
        k = start - 1
    return None


def _phrase(doc: Doc, start_char: int, end_char: int) -> tuple[int, int, int] | None:
    """Token offsets and head of the words between two characters (at most eight words, no figure)."""
    span = doc.char_span(start_char, end_char, alignment_mode="contract")
    if span is None:
        return None
    while len(span) and not span[-1].is_alpha:
        span = span[:-1]
    while len(span) and not (span[0].is_alpha or span[0].is_digit) or len(span) and span[0].lower_ in ("-", "--", "*", "•"):
        span = span[1:]
    if not len(span) or len(span) > 8 or any(t.like_num for t in span):
        return None
    return span.start, span.end, span.end - 1


#: nouns naming people, after which ``under``/``over`` + a bare number is an age
PEOPLE_NOUNS = vocabulary("people_nouns")
#: groups of people a clause may give the age of after its copula (``4,990 people (15%) were under 18``)
AGED_GROUP_NOUNS = PEOPLE_NOUNS | frozenset(("persons", "victims", "suspects", "offenders", "arrivals", "migrants",
                                             "applicants", "claimants", "drivers", "students"))
#: participles after a comma that state the main clause's contribution to an aggregate (``, pulling down the overall
#: PPI by about 2.69 percentage points``)
CONTRIBUTION_PARTICIPLES = frozenset(("affecting", "pulling", "pushing", "dragging", "driving", "weighing", "adding",
                                      "contributing", "boosting", "lowering", "raising", "reducing", "subtracting"))
#: adverbs of degree before a predicate (``were almost unchanged``, ``remained broadly stable``)
HEDGE_ADVERBS = frozenset(("almost", "nearly", "broadly", "virtually", "largely", "roughly", "essentially",
                           "practically", "basically", "relatively", "fairly", "mostly"))
#: words between a figure and the change noun it premodifies (``a 2.1% annual rise in``)
CHANGE_PREMODIFIERS = frozenset(("annual", "monthly", "quarterly", "weekly", "yearly", "year-on-year",
                                 "month-on-month", "quarter-on-quarter", "seasonally", "adjusted", "overall", "cumulative",
                                 "real", "nominal", "net", "further", "sharp", "slight", "small", "modest", "strong"))
#: degree words before a predicate adjective (``the gap was much wider, at 27.9 per cent``)
INTENSIFIERS = frozenset(("much", "far", "slightly", "even", "still", "somewhat", "considerably", "significantly",
                          "markedly", "substantially", "little", "rather", "very"))
#: degree words between an article and the adjective of a figure (``a more modest 8.8%``)
_DEGREE_WORDS = INTENSIFIERS | frozenset(("more", "less", "relatively", "comparatively", "fairly"))


#: units of spans of time that may define a group inside a category (``persons working 1 to 35 hours``)
_DEFINING_TIME_UNITS = vocabulary("time_units")


def _defining_figure(quantity: Span) -> bool:
    """Whether a figure may stand inside the phrase of another figure's category: a threshold (bound ``>=``/``<=``) or
    a span of time (C18-19)."""
    return is_threshold(quantity) or (
        span_value(quantity, "metric") == "AMOUNT" and span_value(quantity, "unit") in _DEFINING_TIME_UNITS)


def or_more_threshold(doc: Doc, quantity: Span) -> bool:
    """Whether ``quantity`` is a threshold written with ``or more`` after it or after its noun (``enterprises with 10
    employees or more``, ``a value of £40,000 or greater``): it bounds what another figure counts and names no category
    of its own (C13-6, C52-22); a change (``wages have grown by 4.0% or more``) is no such threshold."""
    if span_value(quantity, "metric") == "CHANGE":
        return False
    lower = token_table(doc).lower
    k = quantity.end
    while k < len(lower) and k < quantity.end + 2 and lower[k].isalpha() and lower[k] != "or":
        k += 1
    return k + 1 < len(lower) and lower[k] == "or" and lower[k + 1] in ("more", "greater", "above", "over", "higher",
                                                                          "larger", "longer", "older")


def _time_apposition(doc: Doc, comma: int, close: int) -> bool:
    """Whether the words between the commas at ``comma`` and ``close`` re-describe the period that ends at ``comma``
    (``at yearend 2022, the most recent year for which data are available,``; C22-11)."""
    table = token_table(doc)
    text, lower = table.text, table.lower
    return text[comma] == "," and comma + 1 < close and lower[comma + 1] == "the" and \
        any(x.end == comma for x in spans_of(doc, "PERIOD")) and \
        not any(text[j] in (",", ";", ":") for j in range(comma + 1, close))


#: prepositions that say where a sub-total came from or went (``came back from``, ``passed through``)
DESTINATION_PREPOSITIONS = frozenset(("from", "on", "to", "in", "for", "into", "at", "through", "via"))
#: the prepositions that open the group or place each figure of a list is stated for (``5.8% for men and 5.5% for
#: women``, ``4.1% lower at Felixstowe but 2.6% higher at Southampton``)
GROUP_PREPOSITIONS = frozenset(("for", "at", "in"))
#: comparatives that may stand between a figure and its group's preposition
COMPARATIVE_WORDS = COMPARATIVES_UP | COMPARATIVES_DOWN


def _index_of(words_: list, word: str, start: int, end: int) -> int | None:
    """The first ``k`` in ``[start, end)`` with ``words_[k] == word``, or None (``list.index`` reads a negative
    bound from the end: such ranges are walked as ``range`` does)."""
    if start < 0 or end < 0:
        return next((m for m in range(start, end) if words_[m] == word), None)
    try:
        return words_.index(word, start, end)
    except ValueError:
        return None


def _past_comparative(lower: list, k: int, sent_end: int) -> int:
    """``k``, or the token after a comparative at ``k`` (``4.1% lower at Felixstowe``)."""
    return k + 1 if k + 1 < sent_end and lower[k] in COMPARATIVE_WORDS else k



def label_gloss_age(doc: Doc, quantity: Span) -> bool:
    """Whether ``quantity`` is the age group in the bracketed gloss of a table row's label (``Employment (16+,
    thousands)   34,122``, ``Employment rate (16-64, %)   75.1``): an age in years, no cell of the row (C31-10)."""
    text = text_of(doc)
    a, b = quantity.start_char, quantity.end_char
    j = a - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] != "(":
        return False  # (the figure opens no bracket: the cell before it does not end on ``(``, below)
    line_start, line_end = text_tables.line_bounds(text, a)
    cells = text_tables.cells(text[line_start:line_end])
    if len(cells) < 2 or not line_start + cells[0][0] <= a < line_start + cells[0][1]:
        return False
    before = text[line_start + cells[0][0] : a]
    value = span_value(quantity, "value") or 0
    if before.count("(") <= before.count(")") or not before.rstrip().endswith("(") or \
            not any(ch.isalpha() for ch in before) or not 10 <= value < 100 or value != int(value):
        return False
    return re.match(r"\s*(?:\+|and (?:over|older))?\s*(?:years)?\s*[,;)]", text[b : line_start + cells[0][1]]) is not None

#: the words that name the level a participle clause states (``reaching an average of 53``, ``hitting a record high of``)
_LEVEL_LABEL_NOUNS = frozenset({"average", "total", "high", "peak", "record", "level", "low"})
_LEVEL_LABEL_WORDS = _LEVEL_LABEL_NOUNS | {"a", "an", "new", "of"}

#: words that only qualify a share noun (``a record share of``, ``a larger proportion of``), naming nothing measured
_SHARE_ADJECTIVES = frozenset({"record", "new", "high", "higher", "highest", "low", "lower", "lowest", "small", "smaller",
                               "large", "larger", "largest", "big", "bigger", "biggest", "growing", "rising", "falling",
                               "greater", "total", "overall", "combined"})

#: verbs that state a rank with an ordinal after them (``ranked first``, ``came second``)
_RANK_VERBS = frozenset(("ranked", "ranks", "rank", "came", "comes", "placed", "finished"))
#: the ordinals and rank words after them
_RANK_WORDS = frozenset(("first", "second", "third", "fourth", "fifth", "last", "top", "bottom", "highest", "lowest"))

#: simple past forms that are no past participles (``went``, ``took``), and ``led`` when ``to`` follows it: the verb
#: of a clause after a plural (``one in six searches led to an arrest``); '' means any word may follow
_SIMPLE_PASTS = {"went": "", "took": "", "fell": "", "rose": "", "grew": "", "came": "", "saw": "", "gave": "",
                 "ran": "", "began": "", "left": "", "led": "to"}

#: a sub-total cue opening a table row's label (``of which visa nationals``, ``- including online fraud``)
ROW_PART_CUE = re.compile(r"(?:of which|of whom|including|incl\.|among them|of these|o/w)[:,]?\s+", re.I)


#: the word before ``average`` that makes it a named series, not a level (``moving``, ``rolling``, ``three-month``)
_SPAN_AVERAGE = re.compile(r"(?:moving|rolling|\w+-(?:day|week|month|quarter|year))$")

#: nouns of the whole a percent is a share of (``64% of the EU average in Bulgaria``)
_SHARE_BASES = frozenset(("average", "total", "level", "mean", "median"))

#: adjectives between a count and the changes it counts (``three consecutive monthly increases``)
_SERIES_ADJECTIVES = frozenset(("consecutive", "straight", "successive", "monthly", "quarterly", "annual", "weekly",
                                "further", "more", "other"))


def _counted_changes(lower: list, k: int) -> str | None:
    """The change a count right before token ``k`` counts (``three consecutive monthly increases`` -> ``increase``,
    C38-7), or None."""
    while k < len(lower) and lower[k] in _SERIES_ADJECTIVES:
        k += 1
    if k >= len(lower) or not lower[k].endswith("s"):
        return None
    noun = singular(lower[k])
    return noun if noun != lower[k] and noun in CHANGE_HEADS else None


def _age_row_label(doc: Doc, quantity: Span) -> bool:
    """Whether ``quantity`` is an age in the label cell of a table row (``Under 16   36   51``, ``16 to 24   120   110``,
    ``65 and over   44   48`` under ``Age group   2023   2024``): read as years, in the first cell, figures after it."""
    value = span_value(quantity, "value")
    if span_value(quantity, "unit_kind") not in (None, "count", "measure") or \
            span_value(quantity, "unit_kind") == "measure" and span_value(quantity, "unit") != "year" or \
            not isinstance(value, (int, float)) or not 0 < value < 120:
        return False
    text = text_of(doc)
    line_start, line_end = text_tables.line_bounds(text, quantity.start_char)
    row = text_tables.cells(text[line_start:line_end])
    if len(row) < 2 or not row[0][0] <= quantity.start_char - line_start < row[0][1] or \
            quantity.end_char - line_start > row[0][1]:
        return False
    header = text_tables.header_cell(text, line_start + row[-1][0])
    if header is None or not header.others:
        return False
    return bool(re.search(r"\bages?\b", header.others[0].lower()))


#: separators that end a bulleted line's label like a colon (``• Employment – 33.1 million``, ``• Vacancies ... 831,000``)
_LABEL_DASHES = frozenset({"—", "–", "...", "…"})
def _recorded_change_subject(doc: Doc, article: int, start_limit: int) -> tuple[int, int, int] | None:
    """The subject of a verb that records a change (``while Victoria recorded an increase of 9,100 people (+0.2%)``:
    ``Victoria`` changed, not ``increase``; C50-21): ``article`` is the ``a|an`` before the change noun, right after
    a verb that records or shows (no copula: ``There was an increase of``); None otherwise."""
    table = token_table(doc)
    lower = table.lower
    verb = article - 1
    if verb <= start_limit or lower[article] not in ("a", "an") or not table.verb[verb] or lower[verb] in COPULAS or \
            lower[verb] not in REPORTING_VERBS | {"saw", "sees", "see"}:
        return None
    subject = subject_before(doc, article, start_limit)
    return subject if subject is not None and subject[1] == verb else None


#: a run of dots that leads a row's label to its figure (``Homeownership Rate ............. 65.6%``)
_DOT_LEADER = re.compile(r"(?:\.{3,}|…+)")


#: participles that work as prepositions, never what is counted (``including 1.2 million relating to online gambling``)
_PARTICIPLE_PREPOSITIONS = frozenset({"relating", "involving", "concerning", "regarding", "including", "excluding",
                                      "following", "according", "pertaining", "belonging", "linked", "related"})
#: nouns of a measure on a scale of its own, whose values count nothing (``The Poverty Depth Index (P1) fell from
#: 1.53``, ``the Gini ratio was 0.379``)
_SCALE_MEASURE_NOUNS = frozenset({"index", "indices", "ratio", "coefficient", "score"})


def measure_of_a_scale(doc: Doc, quantity: Span, lower: list) -> bool:
    """Whether a bare fraction (``1.53``, not ``1,200``) stands in a sentence naming a measure on a scale of its own
    before it (C39-22): it takes no count unit from an earlier figure."""
    value = span_value(quantity, "value")
    if value is None or float(value).is_integer():
        return False
    start = sentence_range(doc, quantity.start)[0]
    return any(word in _SCALE_MEASURE_NOUNS for word in lower[start : quantity.start])


#: the words of an object before its figure, after a coordinated verb (``and spent a record £31.1 billion``)
_OBJECT_OPENERS = frozenset({"a", "an", "the", "record", "further", "another", "additional", "estimated", "total", "of",
                             "new"})


#: verbs of a headline's infinitive that state a figure, beside the verbs of change (``to make up 71%``, ``to reach``)
_INFINITIVE_VERBS = vocabulary("infinitive_stating_verbs")


def _restates_measure(restated: Span, quantity: Span) -> bool:
    """Whether the bracketed ``quantity`` states ``restated`` again in another unit of the same dimension (``1.29°C
    (2.32°F)``, ``10.36 million square kilometers (4.00 million square miles)``)."""
    if span_value(restated, "unit_kind") != "measure" or span_value(restated, "unit") == span_value(quantity, "unit"):
        return False
    a = match_unit((span_value(restated, "unit") or "").split())
    b = match_unit((span_value(quantity, "unit") or "").split())
    return a is not None and b is not None and a.dimension is not None and a.dimension == b.dimension


class CategoryFinder:
    """Proposes a CATEGORY span for each QUANTITY and fills in the unit of a COUNT."""

    def __init__(self, nlp: Language, name: str = "relstats_categories", with_alternatives: bool = True):
        self.name = name
        self.with_alternatives = with_alternatives
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Add CATEGORY candidates for the quantities of ``doc``."""
        spans = group_spans(doc)
        known: dict[tuple[int, int], Span] = {}
        quantities = span_starts(doc, "QUANTITY")[1]
        ages = [self.age_or_duration(doc, quantity) for quantity in quantities]
        # a category may hold the ages of the group it names (D-17: ``people aged 65 and over``), no other figure
        # and the figures that define a group inside its phrase (C18-19): a threshold (``units in buildings with five
        # units or more``) or a span of time (``persons working 1 to 35 hours``, ``the proportion waiting six weeks or more``)
        quantity_tokens = {i for q, age in zip(quantities, ages) if not age and not _defining_figure(q)
                           for i in range(q.start, q.end)}
        age_tokens = {i for q, age in zip(quantities, ages) if age for i in range(q.start, q.end)}
        time_tokens = time_token_set(doc)
        starts = {q.start: q for q, age in zip(quantities, ages) if not age}
        table = token_table(doc)
        lower = table.lower
        last_named: Span | None = None  # the first category of the last figure whose subject was no pronoun
        named_history: list[Span] = []  # those categories in text order, each once in a row
        sources = source_starts(lower)
        for quantity, age in zip(quantities, ages):
            if or_more_threshold(doc, quantity):
                # ``enterprises with 10 employees or more``: no category, its counted noun still proposed for its unit
                doc.user_data.setdefault(NO_CATEGORY_KEY, []).append([quantity.start, quantity.end])
            if age or self.partitive(doc, quantity, starts) and not self._after_share_verb(
                    doc, quantity, sentence_range(doc, quantity.start)[0]) or self.fronted_part(doc, quantity, starts) \
                    or self._passive_part(doc, quantity, sentence_range(doc, quantity.start)[1]) == ():
                # (``of which 2,100 were destroyed``: a part named by what happened to it, C28-9)
                # (``Drivers accounted for 71 of the 174 deaths``: the sharing verb's subject names the part, C27-12)
                # D-17: ages and durations are AMOUNTs with no category; D-10: an elliptical part (``Eight
                # of the 11 cities``) is PART_OF its whole and has none either (the relation model reads this)
                doc.user_data.setdefault(NO_CATEGORY_KEY, []).append([quantity.start, quantity.end])
                continue
            first = True
            anaphoric = False  # the first category stands for a pronoun's antecedent
            seen: set[tuple[int, int]] = set()
            people = quantity.end < len(doc) and (
                lower[quantity.end] in GENERIC_PEOPLE or lower[quantity.end] in CLASSIFIER_NOUNS) and \
                span_value(quantity, "unit") is None and span_value(quantity, "unit_kind") is None
            for start, end, head, how in self._all_proposals(doc, quantity, quantity_tokens):
                cue = next((m for m in range(start + 1, min(start + 3, end - 1)) if lower[m] == "of" and
                            lower[m - 1] in PREPOSITIONAL_OF and
                            all(lower[x] in COMPARISON_OPENERS for x in range(start, m - 1))), None)
                if cue is not None:
                    start = cue + 1  # ``well ahead of hotel stays, which increased by 6.5%``: the cue is no part (C41-12)
                if not quantity_tokens.isdisjoint(range(start, end)) or (start in age_tokens or head in age_tokens) and \
                        how != "row" and not (how == "label" and start not in age_tokens):
                    continue  # (a row labelled by its ages, ``16 to 24   120   110``, is named by them, C24-3; a
                    # label ending on its group's ages, ``Immunosuppressed aged 6 months to 74: 27.2%``, C41-6)
                if start in sources:
                    continue  # ``, as measured by the Focus survey,``: where a figure comes from (C20-9)
                if rate_time(lower, start, end):
                    continue  # ``an average of 3.36 million a day``: the figure's rate, no category (C38-36)
                if end - start == 1 and no_lone_category(lower[start]) and not (
                        first and lower[start] in ("it", "they") and table.text[start] != "IT") and not (
                        how == "row" and table.text[start][:1].isupper()):
                    # (``Shooting   40   29``, ``All   590   570``: a table row's label names its row, C39-39)
                    # a pronoun or a closed-class word (``it``, ``above``, ``now``, ``no``), a change word
                    # (``fallen``) or a participle (``moving``) names nothing
                    continue
                if not time_tokens.isdisjoint(range(start, end)):
                    start, end, head = self._outside(doc, start, end, head, time_tokens)
                    if start is None:
                        continue
                while end - 1 > start and (lower[end - 1] in DETERMINERS or lower[end - 1] in ("and", "or", ",")):
                    end -= 1  # ``UK citizens and the`` (before ``remaining 86,800``): no phrase ends on a joiner
                    head = min(head, end - 1)
                if end - start > 2 and lower[end - 2] == "on" and lower[end - 1] == "average":
                    end -= 2  # ``at 4.1 million journeys on average``: the adverbial is no part of the phrase
                    head = min(head, end - 1)
                while end - 1 > start and lower[end - 1] == ")" and "(" not in lower[start : end - 1]:
                    end -= 1  # ``(9 cases in Guangdong, ..., 4 cases in Fujian)``: the list's bracket is no part of it
                    head = min(head, end - 1)
                dash = next((k for k in range(start + 1, min(end - 1, start + 4)) if table.text[k] in _DATELINE_DASHES), None)
                if dash is not None and table.whitespace[dash - 1] and \
                        all(table.text[m].isalpha() and table.text[m].isupper() and len(table.text[m]) > 1 or
                            _DOTTED_CAPITALS.fullmatch(table.text[m]) for m in range(start, dash)):
                    # (``Washington, D.C. - House prices ...``: a dotted abbreviation ends the dateline too, C51-28)
                    # (not a hyphenated word: ``75 IDA-eligible countries``, C43-15)
                    # ``LONDON - Knife crime in the capital fell by 4 per cent``: the dateline is no part of the
                    # subject (C36-13)
                    start, head = dash + 1, max(head, dash + 1)
                while end - 1 > start and (lower[end - 1] in PREPOSITIONS or lower[end - 1] in _TRAILING_BOUNDS) and \
                        end - 1 != head and lower[end - 2] not in ("and", "or"):
                    # (``people aged 65 and over`` keeps its ``over``; ``arrivals from India more than doubled``: the
                    # bound is the figure's)
                    end -= 1  # ``arrests for knife possession during ... in`` (before a time): no phrase ends on a
                    # preposition
                quoted = _quoted_name(table.text, start, end, sentence_range(doc, start))
                if quoted is not None:
                    # ``in the group "furniture, radio, TV and household appliances" (by 16.9%)``: a name in quotation
                    # marks is whole, its commas and conjunctions inside it (C36-4)
                    start, end, head = quoted[0], quoted[1], min(max(head, quoted[0]), quoted[1] - 1)
                terms = _index_of(lower, "terms", start, end - 1)
                if terms is not None and start >= 1 and lower[start - 1] == "in" and terms - start <= 3:
                    start = terms + 1  # ``In volume terms retail turnover was 3.1% higher``: the adverbial is no part
                gloss = _unit_gloss_start(lower, start, end, table.text, table.whitespace)
                if gloss is not None:
                    end, head = gloss, min(head, gloss - 1)  # ``OCR (%, quarterly average)``: the row's measure
                whole_of = self._stated_as_share(doc, start, end)
                if whole_of is not None:
                    start, end, head = whole_of  # ``Registered unemployment as a share of the labour force was 2.1%``
                if start >= 1 and lower[start] in ("adjusted", "unadjusted") and lower[start - 1].endswith("ly") and \
                        end - start > 1:
                    start -= 1  # ``The seasonally adjusted unemployment rate``: the adverb belongs to the phrase
                    if start >= 2 and table.text[start - 1] == "-" and lower[start - 2] == "non" and \
                            not table.whitespace[start - 2] and not table.whitespace[start - 1]:
                        start -= 2  # ``the non-seasonally adjusted estimate``: its negation too
                anaphor = _anaphor_start(doc, start, 0)
                if anaphor is not None:
                    start = anaphor  # ``that of the automobile industry up by 5.2 percent``, ``that in the central region``
                if first and (lower[end - 1] in ("it", "they") and table.text[end - 1] != "IT" or
                              end - start == 1 and start >= 1 and lower[start - 1] == "the" and
                              lower[start] in BARE_CHANGE_NOUNS):
                    # (``In September 2023, the increase was 4.1 percent``: the change of the thing named before, C38-3)
                    # ``and on a month-on-month basis it went up by 0.30 percent``: the pronoun's antecedent, the
                    # category of the figure before in its sentence or the one before (D-12)
                    if last_named is None or sentence_range(doc, last_named.start)[0] < \
                            sentence_range(doc, max(0, sentence_range(doc, quantity.start)[0] - 1))[0]:
                        continue
                    named = self._respective_antecedent(doc, quantity, end, named_history, starts) or last_named
                    start, end, head, how = named.start, named.end, named.end - 1, "label"
                    anaphoric = True
                copula = self._superlative_predicate(lower, start, end) if how not in ("heading", "row") else None
                if copula is not None:
                    # ``"Permanent Resident" was the largest category at 891,569``: the ranking is said of the
                    # copula's subject (C28-12)
                    if copula - 1 >= 0 and table.text[copula - 1] in ('"', "”", "'", "’"):
                        copula -= 1  # (``"Permanent Resident" was``: the quoted name)
                    found = noun_phrase_before(doc, copula, sentence_range(doc, quantity.start)[0])
                    if found is None or not quantity_tokens.isdisjoint(range(found[0], found[1])):
                        continue
                    start, end, head = found
                if how not in ("heading", "row") and self._time_phrase(lower, start, end, head):
                    continue  # ``against 38.7% (39.4 million) in the quarter ended in July``: a time names no category
                if end - start > 1 and table.text[end - 1] == "-" and not doc[end - 2].whitespace_:
                    continue  # ``the lowest-paid 10 per cent``: half of a hyphenated word names nothing (C47-31)
                start, end = unquoted(table.text, start, end)  # ``"Permanent Resident"``: the name (C52-5)
                key = (start, end)
                if key in seen:
                    continue
                seen.add(key)
                if key not in known:
                    known[key] = Span(doc, start, end, label="CATEGORY")
                    set_span_value(known[key], "source", "rules")
                    spans.append(known[key])
                if not first:
                    score, how = 0.1, "later"
                elif how.startswith("alt-"):
                    score = 0.05
                else:
                    score = 0.9 if how == "after" else 0.7
                add_candidate(doc, quantity, known[key], "CATEGORY", score, how)
                if first and not how.startswith("alt-"):
                    last_named = known[key]
                    if not anaphoric and (not named_history or named_history[-1] is not last_named):
                        named_history.append(last_named)
                if first and not how.startswith("alt-") and how not in ("ranked", "group-part", "with-item") and \
                        not (how == "row" and (head in _quantity_tokens(doc) or
                                               singular(lower[head]) == lower[head] and not doc[head].is_upper)) and \
                        span_value(quantity, "unit") is None and \
                        span_value(quantity, "unit_kind") is None and self.can_be_counted(doc[head]) and \
                        not (how in ("label", "placed") and self._elliptical_count(doc, quantity, quantities)) and \
                        not (how == "placed" and doc[start].text[:1].isupper() and head > start) and \
                        not (how == "parenthesis" and self._item_not_counted(doc, quantity, head, quantities)):
                    counted = doc[quantity.end] if how in ("share-subject", "parenthesis") and quantity.end < len(doc) \
                        and table.nounish[quantity.end] and not table.punct[quantity.end] else doc[head]
                    if counted.i == quantity.end and counted.i != head:
                        # ``accounted for 118,000 working days lost``: the head of the noun phrase after it (C37-4)
                        phrase = noun_phrase_after(doc, quantity.end, self._limit(
                            doc, quantity.end, sentence_range(doc, quantity.start)[1]), with_complements=False)
                        if phrase is not None and phrase[0] == quantity.end and phrase[2] < phrase[1]:
                            counted = doc[phrase[2]]
                    of_whole = self._whole_after_of(doc, quantity)
                    if of_whole is not None:
                        counted = of_whole  # ``accounted for 353 of those deaths``: deaths (C49-16)
                    shared = self._list_noun(doc, quantity, starts)
                    if shared is not None:
                        counted = shared  # ``dropped to 27, 134 and 1 817 cases respectively``: the list's noun (C22-3)
                    quantity._.unit = unit = count_unit(counted)  # (``accounted for 108 cases``: cases)
                    quantity._.unit_kind = "count"
                    measure = match_unit([counted.text]) if how == "row" and len(counted.text) >= 2 else None
                    if measure is not None and measure.kind == "measure" and (
                            measure.dimension not in (None, "time") or
                            measure.dimension == "time" and any(lower[m] in ("average", "mean", "median")
                                                                for m in range(start, head))):
                        # (``Average weekly hours   34.2   34.3``: an average length of time, C38-18)
                        # ``Cargo (tonnes)   52,310``: a row label's unit of measure makes the cells AMOUNTs (C28-13)
                        quantity._.unit, quantity._.unit_kind, quantity._.metric = measure.name, "measure", "AMOUNT"
                    if (how == "after" or counted.i != head) and unit in TIME_UNITS:
                        quantity._.unit_kind = "measure"  # ``8 heavily polluted days``: days, counted
                first = False
            if people:  # whatever phrase is the category: ``persons`` -> person, ``heads`` -> head
                quantity._.unit, quantity._.unit_kind = count_unit(doc[quantity.end]), "count"

        self.inherit_count_units(doc)
        set_spans(doc, spans)
        return doc

    @staticmethod
    def _respective_antecedent(doc: Doc, quantity: Span, anaphor_end: int, named: list, starts: dict) -> Span | None:
        """For a figure of a ``respectively`` list whose subject is an anaphor (``the increases were 5.0 percent
        and 4.5 percent, respectively``), the category of the same rank among the last categories named before
        the anaphor, as many as the list has figures (C38-10); None when they do not match."""
        lower = token_table(doc).lower
        sent_end = sentence_range(doc, quantity.start)[1]
        closing = next((k for k in range(quantity.end, sent_end) if lower[k] == "respectively"), None)
        if closing is None or any(lower[k] in (";", ":") for k in range(quantity.end, closing)):
            return None
        anaphor = lower[anaphor_end - 1]
        if anaphor != "they" and not (anaphor in BARE_CHANGE_NOUNS and singular(anaphor) != anaphor):
            return None  # (``it increased by 61 000 (+2.1%) and 22 000 (+0.9%) respectively``: one thing, two places)
        text = token_table(doc).text
        listed = sorted(q.start for q in starts.values() if anaphor_end <= q.start < closing and not (
            text[q.start - 1] == "(" and q.end < len(text) and text[q.end] == ")"))
        before = [span for span in named if span.end <= anaphor_end]
        if len(listed) < 2 or len(before) < len(listed) or quantity.start not in listed:
            return None
        chosen = before[-len(listed):]
        if len({(span.start, span.end) for span in chosen}) != len(chosen):
            return None
        return chosen[listed.index(quantity.start)]

    @staticmethod
    def _gapped_subject(doc: Doc, k: int, start_limit: int, time_tokens: set,
                        quantity_tokens: set, gap_words: tuple = ()) -> tuple[int, int, int] | None:
        """The subject of a gapped clause whose verb is left out, ``..., and <subject> by|to <figure>``
        (``exports decreased by 0.7% and imports by 3.6%``, ``..., with the Bank Rate at 4%``): ``k`` is the token before the figure; the
        clause before the conjunction has the verb."""
        table = token_table(doc)
        lower, text, nounish, verb = table.lower, table.text, table.nounish, table.verb
        bare = False  # a change written right after the gapped subject, without ``by``
        if k - 1 >= start_limit and lower[k] == "to" and k - 1 in quantity_tokens:
            # ``and mineral oil products by 21.7% to 5.7 million tonnes``: the level a gapped change reached
            # belongs to the subject of the change
            changed = k - 1
            while changed - 1 >= start_limit and changed - 1 in quantity_tokens:
                changed -= 1
            if changed - 1 >= start_limit and lower[changed - 1] == "by":
                k = changed - 1
            elif changed - 1 > start_limit and nounish[changed - 1] and not verb[changed - 1] and \
                    not table.number[changed - 1] and span_value(doc[changed : k], "metric") == "CHANGE":
                # ``and imports from the EU 5.4% to 991.5 billion``: the change stated without ``by``
                k, bare = changed, True
        if k - 1 < start_limit or lower[k] not in ("by", "to", "at") + gap_words and not bare:
            return None
        aged = aside = None
        if text[k - 1] == ")" and lower[k] in gap_words:
            # ``semi-urgent cases (within 60 minutes) for 41%``: the subject stands before its bracketed aside
            opening = next((m for m in range(k - 2, max(start_limit, k - 14) - 1, -1) if text[m] == "("), None)
            if opening is None or opening - 1 < start_limit or not nounish[opening - 1] or verb[opening - 1]:
                return None
            aside = opening
        elif table.number[k - 1] and k - 1 not in quantity_tokens:
            # ``and the number of juvenile suspects aged 14 to 17 by 9.5%``: the group's ages end the subject
            aged = next((i for i in range(k - 2, max(start_limit, k - 7) - 1, -1)
                         if lower[i] in AGE_WORDS or lower[i].endswith("-aged")), None)
            if aged is None or not nounish[aged - 1]:
                return None
        elif not nounish[k - 1] or verb[k - 1] or k - 2 >= start_limit and verb[k - 2] and (
                lower[k - 1] in VERB_ADVERBS or lower[k - 1] in NO_CHANGE_WORDS):
            return None  # (``the unemployment rate changed little at 4.2 percent``: a verb and its adverb)
        # a coordination run over the previous figure's unit (``HK$386.5 billion and domestic exports``)
        found = after_previous_figure(doc, noun_phrase_before(doc, aside or aged or k, start_limit), quantity_tokens)
        if found is None or not time_tokens.isdisjoint(range(found[0], found[1])) or \
                found[1] - found[0] == 1 and lone_verb_form(lower[found[0]]):
            return None  # (``, rising by 96% to 8,300``: a participle, no gapped subject)
        if aged is not None:
            found = (found[0], k, found[2])
        found = with_left_complements(doc, found, start_limit)  # ``and arrivals by sea by 1.4%``
        joiners = [i for i in range(found[0] + 1, found[2]) if lower[i] == "and"]
        m = found[0] - 1
        while joiners and m > start_limit and m > found[0] - 6 and (
                lower[m] in DETERMINERS or lower[m] in ("of", "in") or m in time_tokens or
                table.number[m] and m not in quantity_tokens):
            m -= 1
        if joiners and m >= start_limit and m in quantity_tokens:
            # ``Services account for 44.9% of the 2024 HICP basket and energy for 9.9%``: the phrase ran from the
            # earlier figure's complement over the joiner; the gapped clause's subject follows the joiner
            found = (joiners[-1] + 1, found[1], found[2])
        anaphor = _anaphor_start(doc, found[0], start_limit)
        if anaphor is not None:
            found = (anaphor, found[1], found[2])  # ``and those with a temporary contract by 121,300``
        j = found[0] - 1
        while j >= start_limit and (lower[j] in DETERMINERS or lower[j] in ("number", "of") and j > found[0] - 4):
            j -= 1  # (``and the number of juvenile suspects by 9.5%``)
        if j - 1 < start_limit or not (lower[j] in ("and", "while", "whereas", "but") or text[j] == "," or
                                       lower[j] == "with" and lower[k] == "at"):
            return None  # (``..., with the Bank Rate at 4%``: a figure stated with the main clause)
        if lower[j] == "with" and text[j - 1] == ",":
            return found  # (an absolute construction needs no verb of its own)
        return found if any(verb[i] for i in range(start_limit, j)) else None

    @staticmethod
    def _after_share_verb(doc: Doc, quantity: Span, sent_start: int) -> bool:
        """Whether a figure follows a verb of sharing (``Children aged under 18 accounted for 27,900 of
        the people granted protection``): the part is its clause's subject, the phrase after ``of`` the
        whole it is part of."""
        lower = token_table(doc).lower
        k = quantity.start
        while span_value(quantity, "metric") == "SHARE" and k - 1 > sent_start and lower[k - 1] not in ("up", "to") and \
                (lower[k - 1] in BOUND_WORDS or lower[k - 1] in ("more", "fewer", "less")):
            k -= 1  # ``made up fewer than one in thirty courses``: past a share's bound (C40-19)
        before = " ".join(lower[max(sent_start, k - 2) : k])
        return before.endswith(SHARE_VERB_CUES)  # (any of them)

    def _fronted_whole(self, doc: Doc, quantity: Span) -> tuple[int, int] | None:
        """``(first, comma)`` of the phrase ``Of|Among (the) ... ,`` that opens the sentence of a figure standing
        right after its comma (``Of the 326 people charged ..., 41 were aged``, ``Of arriving air travellers,
        92% used``), or None."""
        found = self._fronted_opening(doc, quantity)
        if found is None:
            return None
        table = token_table(doc)
        lower = table.lower
        k = quantity.start - 1
        while k > found[0] - 1 and lower[k] in BOUND_WORDS:
            k -= 1
        if k > found[1] and table.text[k] == "," and _time_apposition(doc, found[1], k):
            return found  # (``Among sentenced prisoners at yearend 2022, the most recent year with data, 62.5% were``)
        return found if k == found[1] and k > found[0] else None

    @staticmethod
    def _dated_earlier_value(doc: Doc, quantity: Span, opening: int, time_tokens, quantity_tokens) -> bool:
        """Whether the bracket opening at ``opening`` holds only ``quantity`` and a time (``(85% a year earlier)``,
        ``(26.1% in October 2023)``) after a clause that states a figure of the same unit: the bracket gives that
        figure's value at another time, not a figure of the noun right before the bracket (C27-9)."""
        lower = token_table(doc).lower
        k = quantity.end
        if k >= len(lower) or k not in time_tokens:
            return False
        while k < len(lower) and k in time_tokens:
            k += 1
        if k >= len(lower) or lower[k] != ")":
            return False
        sent_start = sentence_range(doc, quantity.start)[0]
        unit = span_value(quantity, "unit")
        return bool(unit) and any(
            x.end <= opening and span_value(x, "unit") == unit
            for x in spans_of(doc, "QUANTITY") if x.start >= sent_start and x.start in quantity_tokens)

    def _fronted_list_item(self, doc: Doc, quantity: Span) -> bool:
        """Whether a count goes on the list of parts a fronted partitive opens (``Of the 149,200 immigrants,
        30,000 were ..., 27,000 were ... and the remaining 86,800 were ...``): the sentence opens with the
        partitive, and only commas, ``and`` or ``the remaining`` stand between the previous part's clause and
        this count."""
        found = self._fronted_opening(doc, quantity)
        if found is None:
            return False
        lower = token_table(doc).lower
        k = quantity.start - 1
        while k > found[1] and (lower[k] in BOUND_WORDS or lower[k] in ("remaining", "other", "the", "another")):
            k -= 1
        return k > found[1] and lower[k] in (",", "and", ";") and ";" not in lower[found[1] : k]

    @staticmethod
    def _fronted_opening(doc: Doc, quantity: Span) -> tuple[int, int] | None:
        """``(first, comma)`` of an ``Of|Among (the) ... ,`` phrase opening a figure's sentence before it."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        sent_start = sentence_range(doc, quantity.start)[0]
        if text[sent_start] in ("-", "--", "•", "*", "–", "—") and sent_start + 1 < quantity.start:
            sent_start += 1  # (a bullet's mark: ``- Among sentenced prisoners ..., 62.5% were``)
        k = quantity.start - 1
        while k > sent_start and lower[k] in BOUND_WORDS:
            k -= 1
        opens = lower[sent_start] in ("of", "among")
        if not opens and text[k] != ",":
            return None  # (most figures: no comma right before them)
        first_comma = next((j for j in range(sent_start + 1, quantity.start) if text[j] in (",", ";", ":")), None) \
            if opens else None
        if opens and first_comma is not None and first_comma < k and text[k] == "," and \
                _time_apposition(doc, first_comma, k):
            # ``Among sentenced prisoners at yearend 2022, the most recent year with data, 62.5% were``: the period's
            # apposition is no clause of its own (C22-11)
            return (sent_start + 1, first_comma)
        if not opens or first_comma is not None and first_comma < k and text[k] == ",":
            # ``..., and of the imports, 40.9 billion euros (-2.3%) came from``: a fronted whole opening a clause
            if text[k] != ",":
                return None
            of = next((j for j in range(k - 1, max(sent_start, k - 10), -1) if text[j] in (",", ";") or
                       lower[j] in ("of", "among") and lower[j - 1] in ("and", ";", ",")), None)
            if of is None or text[of] in (",", ";") or lower[of + 1] not in ("the", "these", "those", "all", "its", "their"):
                if opens and text[first_comma] == ",":
                    # ``Of the offences recorded in 2024, 6,112 were thefts, 2,905 were burglaries and ...``: a later
                    # part of the list the sentence's opening phrase opens (C27-6)
                    return (sent_start + 1, first_comma)
                return None  # (``, of which 172,480 came back from Indonesia, 98,100 from``: a sub-total, no whole)
            return (of + 1, k)
        comma = next((j for j in range(sent_start + 1, quantity.start) if text[j] in (",", ";", ":")), None)
        return (sent_start + 1, comma) if comma is not None and text[comma] == "," else None

    def fronted_part(self, doc: Doc, quantity: Span, starts: dict) -> bool:
        """Whether a count is the elliptical part of a fronted partitive (``Of the 326 people charged ..., 41
        were aged 18 to 24``, D-10): a figure in the opening phrase, none counted after the part."""
        found = self._fronted_whole(doc, quantity)
        table = token_table(doc)
        if found is None and quantity.start >= 1 and table.lower[quantity.start - 1] == "of" and \
                quantity.end < len(doc) and table.verb[quantity.end]:
            # ``Among the eight major categories ..., the prices of five went up, those of two went down``
            found = self._fronted_opening(doc, quantity)
        if found is None or span_value(quantity, "metric") not in ("COUNT", None):
            return False
        if quantity.end < len(doc) and table.nounish[quantity.end] and not table.verb[quantity.end]:
            return False  # ``Of the 21 cities, 12 cities grew``: its own counted noun
        after = _past_bracket(doc, quantity.end)
        if after + 1 < len(doc) and table.lower[after] in PART_OBJECT_VERBS and table.nounish[after + 1]:
            return False  # ``3,358 (86.0 per cent) involved males``: the object says which part
        if after + 1 < len(doc) and table.lower[after] in COPULAS and table.alpha[after + 1] and \
                not (table.lower[after + 1].endswith("ed") and after + 2 < len(doc) and
                     (table.lower[after + 2] in ("by", "in", "to", "for", "with", "as", "at") or table.punct[after + 2])) and \
                table.lower[after + 1] not in AGE_WORDS:
            return False  # ``30,000 were returning Irish citizens``: the predicate says which part
        return any(j in starts for j in range(*found))

    @staticmethod
    def _changed_in_of(doc: Doc, quantity: Span, sent_start: int) -> tuple[int, int, int] | None:
        """The noun phrase of ``a|an <change noun> in <noun phrase> of <change> to <quantity>`` (``an increase in the
        services surplus of $0.9 billion to $25.2 billion``): what the level reached measures, else None."""
        table = token_table(doc)
        lower = table.lower
        k = quantity.start - 1
        if k < 4 or lower[k] != "to":
            return None
        m = k
        if lower[k - 1] == ")":  # (``of £2.2 billion (+4.1 percent) to £55.0 billion``: past the change restated)
            opening = next((j for j in range(k - 2, max(sent_start, k - 9) - 1, -1) if lower[j] == "("), None)
            if opening is None:
                return None
            m = opening
        starts, quantities = span_starts(doc, "QUANTITY")
        at = bisect_left(starts, sent_start)
        change = next((x for x in quantities[at:] if x.end == m), None)
        if change is None or change.start < 2:
            return None
        of = change.start - 1
        while of > sent_start and lower[of] in BOUND_WORDS:
            of -= 1
        if lower[of] != "of":
            return None
        j = measure_changed_before_of(lower, table.alpha.__getitem__, of, sent_start, CHANGE_NOUNS)
        if j is None:
            return None
        found = noun_phrase_after(doc, j + 1, of, with_complements=False)
        return found if found is not None and found[1] == of else None

    @staticmethod
    def _whole_after_of(doc: Doc, quantity: Span):
        """The head of the plural whole after ``N of those|these|the|all`` with no figure in it (``accounted for 353
        of those deaths``), else None."""
        table = token_table(doc)
        lower, k = table.lower, quantity.end
        if k + 2 >= len(lower) or lower[k] != "of" or lower[k + 1] not in ("those", "these", "the", "all") or \
                span_value(quantity, "unit_kind") is not None:
            return None
        found = noun_phrase_after(doc, k + 1, sentence_range(doc, quantity.start)[1], with_complements=False)
        if found is None or any(table.number[m] for m in range(found[0], found[1])):
            return None
        head = lower[found[2]]
        return doc[found[2]] if head.endswith("s") and singular(head) != head else None

    @staticmethod
    def partitive(doc: Doc, quantity: Span, starts: dict) -> bool:
        """Whether a figure is the part of an elliptical partitive, ``N of (the|X's) M <noun>``
        (``Eight of the 11 cities``, ``16 of Sweden's 21 counties``): the whole figure stands at most
        three tokens after ``of``, with no punctuation before it (``starts``: the figures by first token)."""
        table = token_table(doc)
        lower, punct = table.lower, table.punct
        k = quantity.end
        if k + 1 < len(lower) and lower[k] == "out" and lower[k + 1] == "of":
            k += 1  # ``375 out of 619 products`` (C36-10)
        if k >= len(lower) or lower[k] != "of" or span_value(quantity, "metric") not in ("COUNT", None):
            return False
        for j in range(k + 1, min(len(lower), k + 4)):
            if j in starts:
                return True
            if punct[j] and lower[j] not in ("'s", "’s"):
                return False
        return False

    @staticmethod
    def can_be_counted(token) -> bool:
        """The counted noun of a count is never a month, a direction or change word, a word of the
        ``not_counted_nouns`` list (``minus``, ``little``, ``abroad``), an adverb or adjective in ``-ly``
        (``the monthly gain``) or a superlative (``the largest numbers of potential victims``)."""
        low = token.lower_
        if not any(c.isalpha() for c in low):
            return False  # (a bracket closing a label's gloss, ``Staff (persons):``, is no noun)
        doc = token.doc
        if token.i >= 1 and token.i + 1 < len(doc) and doc[token.i - 1].lower_ == "to" and \
                doc[token.i + 1].lower_.endswith("ing") and doc[token.i + 1].is_alpha and len(doc[token.i + 1]) > 4:
            return False  # ``demand expected to keep rising to 35.7 million``: a verb after ``to`` (C44-14)
        return low not in words("months") and low not in words("change_up") and low not in words("change_down") \
            and low not in NOT_COUNTED_WORDS and low not in COUNT_ADJECTIVES and not (low.endswith("ed") and not low.endswith("eed")
                                                                    and low not in lexicon()["count_unit_for_head"]) \
            and low not in ("number", "numbers") and low not in IRREGULAR_PARTICIPLES and \
            not CategoryFinder.is_name(token) and not (
                low.endswith("ly") and low not in NOUNS_IN_LY) and low not in vocabulary("superlatives") and \
            low not in _PARTICIPLE_PREPOSITIONS

    @staticmethod
    def is_name(token) -> bool:
        """A capitalised word inside its sentence (a place, a nationality: ``New Zealand (98,250)``) or an
        abbreviation (``ABF``, ``GDP``): it names, it is never the counted noun of a count."""
        word = token.text
        if not word[:1].isupper():
            return False
        if word.isupper():
            return len(word) > 1
        i = token.i
        if i >= 1 and token.doc[i - 1].text[:1].isupper() and \
                ends_place_name([t.text for t in token.doc[max(0, i - 3) : i + 1]]):
            return True  # ``United States   66.0``, ``United Arab Emirates``: the last word of a place's name (C41-22)
        if i == sentence_range(token.doc, i)[0]:
            # a sentence's first word is capitalised anyway; it names only as the first of a name that goes on in
            # capitals (``New Zealand (98,250) remained ...``), not before a noun (``Visitors ...``), or as a place
            # (``India remained the largest source of applications``, C29-8)
            if token.lower_ in place_names():
                return True
            following = token.doc[i + 1] if i + 1 < len(token.doc) else None
            if following is not None and following.text == "(" and singular(word.lower()) == word.lower() and \
                    i + 2 < len(token.doc) and (token.doc[i + 2].like_num or token.doc[i + 2].text[:1].isdigit()) and \
                    not (i + 3 < len(token.doc) and token.doc[i + 3].text in ("+", "-", "\u2013", "to") and
                         len(token.doc[i + 2].text) == 2):
                # (``Employment (16+, thousands)``, ``Employment rate (16-64, %)``: an age group in a label's gloss)
                return True  # ``Poland (9 410), Czechia (7 215) and ...``: a singular word before its bracketed figure
            return following is not None and following.text[:1].isupper() and following.is_alpha and \
                word.lower() in NAME_OPENERS
        previous = token.doc[i - 1]
        if previous.is_space or previous.text in ("-", "--", "•", "*", "–", ":", '"', "“", "(", "["):
            # a line or a label opens with it; a place's name all the same (``- Americas: 43``, C45-16)
            return token.lower_ in place_names()
        if word.endswith("s") and not word.endswith("ss") and token.lower_ not in place_names():
            # (a place ending in ``s``, ``Wales``, is a name all the same, C38-16)
            # a plural in a title (``Member States``, ``Border Patrol Encounters``), but a place after a small word
            # (``visitors from the Philippines``, ``in the Netherlands``, ``the United States``)
            return previous.lower_ in ("the", "united") and previous.i > 0 and token.doc[previous.i - 1].is_lower
        following = token.doc[i + 1] if i + 1 < len(token.doc) else None
        # a named count (``the Claimant Count``): the word before the count word is what is counted
        return not (following is not None and following.text[:1].isupper() and
                    following.lower_ in ("count", "counts", "number", "numbers", "total", "totals"))

    @staticmethod
    def age_or_duration(doc: Doc, quantity: Span) -> bool:
        """Ages (``aged 18 to 24``, ``aged 65 and over``, ``people (25 to 54 years)`` after ``core-aged``)
        and runs of periods (``six consecutive months``) are AMOUNTs in years or months, with no
        category: sets the unit and metric and returns True."""
        if span_value(quantity, "unit_kind") in ("percent", "percentage_point", "currency") and \
                re.search(r"%|per ?cent|[$£€¥]", quantity.text, re.I):
            return False  # ``64 million of lower secondary age (14.8%)``: a written percent is never an age (C45-23)
        table = token_table(doc)
        lower = table.lower
        sent_start, sent_end = sentence_range(doc, quantity.start)
        k = quantity.start - 1
        while k >= sent_start and (lower[k] in BOUND_WORDS or lower[k] in ("between", "(")):
            k -= 1
        if k - 1 > sent_start and lower[k] in ("and", "or") and table.number[k - 1] and \
                span_value(quantity, "unit") in ("minute", "hour", "day", "week", "month") and \
                k + 1 == quantity.start:
            k -= 2  # ``lasted more than eight and 12 hours respectively``: the lengths share their verb
            while k >= sent_start and lower[k] in BOUND_WORDS:
                k -= 1
        age = k >= sent_start and (lower[k] in vocabulary("age_words") or lower[k].endswith("-aged")) or \
            k - 1 >= sent_start and lower[k - 1 : k + 1] in (["age", "of"], ["ages", "of"], ["younger", "than"],
                                                          ["older", "than"]) and \
            0 < (span_value(quantity, "value") or 0) < 120  # (``under the age of 18``, ``younger than 10``: C32-40)
        opened = k + 1 < quantity.start - 1 and lower[k + 1] == "("  # ``young persons (under 25)`` (C31-21)
        if not age and k >= sent_start and lower[quantity.start - 1] == "(" and k == quantity.start - 2 and \
                (lower[k] in PEOPLE_NOUNS or lower[k] in ("population", "populations")) and \
                span_value(quantity, "value_max") is not None and span_value(quantity, "unit_kind") in (None, "count") and \
                0 <= (span_value(quantity, "value") or 0) < (span_value(quantity, "value_max") or 0) < 120 and \
                quantity.end < len(doc) and lower[quantity.end] == ")":
            age = True  # ``the working-age population (15-64)``: the ages of the group (C45-33)
        if not age and k < quantity.start - 1 and k >= sent_start and lower[k] in PEOPLE_NOUNS and \
                lower[k + 1 + opened] in ("under", "over", "below", "above") and quantity.end - quantity.start == 1 and \
                span_value(quantity, "unit_kind") is None and 0 < (span_value(quantity, "value") or 0) < 120:
            age = True  # ``cases in children under 10``, ``people over 65``: an age (GUIDELINES C3-4)
        if not age and sent_start <= k and k + 2 == quantity.start and lower[k] in ("were", "was", "are", "is") and \
                lower[k + 1] in ("under", "over") and quantity.end - quantity.start == 1 and \
                span_value(quantity, "unit_kind") in (None, "count") and \
                0 < (span_value(quantity, "value") or 0) < 120 and \
                (quantity.end >= sent_end or lower[quantity.end] in (".", ",", ";", ")", "and", "or")) and \
                any(w in AGED_GROUP_NOUNS for w in lower[max(sent_start, k - 10) : k]):
            age = True  # ``4,990 people (15%) were under 18``: the group's age after its copula (C33-41)
        if not age and sent_start < quantity.start - 1 and lower[quantity.start - 1] in ("to", "-", "–") and \
                span_value(quantity, "unit_kind") in (None, "count") and 0 < (span_value(quantity, "value") or 0) < 120:
            before = next((x for x in span_starts(doc, "QUANTITY")[1] if x.end == quantity.start - 1), None)
            j = before.start - 1 if before is not None else -1
            while j > sent_start and lower[j] in BOUND_WORDS:
                j -= 1
            age = j >= sent_start and lower[j] in vocabulary("age_words")  # ``aged 6 months to 74`` (C41-5)
        tail = lower[quantity.end : min(sent_end, quantity.end + 3)]
        age = age or tail[:2] in (["years", "old"], ["years", "of"]) or tail[:1] == ["years-old"] or \
            label_gloss_age(doc, quantity) or _age_row_label(doc, quantity)
        if age:
            # (``aged 6 months to 4 years``: an age stated in months or weeks keeps its unit, C41-5)
            stated = span_value(quantity, "unit")
            quantity._.unit = stated if stated in ("month", "week", "day") else "year"
            quantity._.unit_kind, quantity._.metric = "measure", "AMOUNT"
            quantity._.direction = None
            return True
        inside = lower[quantity.start : quantity.end]
        run_words = vocabulary("run_words")
        run_unit = next((singular(inside[i + 1]) for i, word in enumerate(inside[:-1]) if word in run_words and
                         singular(inside[i + 1]) in PERIOD_UNITS), None) if not run_words.isdisjoint(inside[:-1]) else None
        if run_unit is None and tail[:1] and tail[0] in run_words and len(tail) > 1 and singular(tail[1]) in PERIOD_UNITS:
            run_unit = singular(tail[1])
        if run_unit is None and tail == ["in", "a", "row"] and span_value(quantity, "unit") in PERIOD_UNITS:
            run_unit = span_value(quantity, "unit")  # ``for 6 quarters in a row``: a run too
        if run_unit is None:
            # ``up three of the last four months``: how many of the last periods, and how many periods (C30-9)
            after = lower[quantity.end : min(sent_end, quantity.end + 5)]
            before = lower[max(sent_start, quantity.start - 4) : quantity.start]
            if len(after) == 5 and after[:2] == ["of", "the"] and after[2] in PERIOD_ORDINALS and \
                    (after[3].isdigit() or word_number(after[3]) is not None) and singular(after[4]) in PERIOD_UNITS:
                run_unit = singular(after[4])
            elif len(before) == 4 and before[1:3] == ["of", "the"] and before[3] in PERIOD_ORDINALS and \
                    (before[0].isdigit() or word_number(before[0]) is not None) and \
                    span_value(quantity, "unit") in PERIOD_UNITS:
                run_unit = span_value(quantity, "unit")
        if run_unit is not None:
            # a run of periods (C11-1): an AMOUNT with no category, dated by nothing (the linker reads RUNS_KEY)
            quantity._.unit, quantity._.unit_kind, quantity._.metric = run_unit, "measure", "AMOUNT"
            quantity._.direction = None
            doc.user_data.setdefault(RUNS_KEY, []).append([quantity.start, quantity.end])
            return True
        # a time span that qualifies something else (``coverage at 24 months``, ``start within 48 hours``,
        # ``staying for at least 12 months``) is a threshold, not a measure of its own
        # (``waited less than 30 minutes``, ``peaks every 3 to 5 years``, ``completed in about 20 days``,
        # ``expectations two years ahead``, ``12 hours a day``, ``babies under 3 months of age``)
        if span_value(quantity, "unit") not in ("minute", "hour", "day", "week", "month", "year", "decade"):
            return False
        if (span_value(quantity, "value") or 0) >= 100_000:
            return False  # ``to 64 billion minutes in 2023``: a volume of time used, no span that qualifies a thing
        if tail[:1] and tail[0] in DURATION_TAILS or " ".join(tail[:2]) in DURATION_TAILS:
            quantity._.unit_kind, quantity._.metric, quantity._.direction = "measure", "AMOUNT", None
            return True
        if k >= sent_start and lower[k] in PEOPLE_NOUNS and k + 1 < quantity.start and lower[k + 1] in ("under", "over") \
                and span_value(quantity, "unit") == "year":
            return True  # ``children under 5 years``: the group's age, no measure of its own (C31-21, D-17)
        if k - 1 >= sent_start and lower[k] == "at" and (
                lower[k - 1] in vocabulary("stating_verbs") or lower[k - 1] in PREDICATE_COPULAS or
                lower[k - 1] in ("stands", "stand", "remains", "put", "estimated", "unchanged", "steady", "stable")):
            return False  # ``Life expectancy stood at 81.4 years``: a level stated of its subject, no qualifying span (C43-21)
        return k >= sent_start and lower[k] in DURATION_QUALIFIERS and span_value(quantity, "metric") == "AMOUNT"

    @staticmethod
    def _outside(doc: Doc, start: int, end: int, head: int, time_tokens: set):
        """The part of a phrase before or after a time phrase inside it, keeping the head; a phrase that
        runs into a time phrase with no preposition between (``34 million visitor arrivals last year``)
        ends before it, its head the last word before."""
        if head in time_tokens:
            if start in time_tokens:
                return None, None, None
            first_time = start
            while first_time < end and first_time not in time_tokens:
                first_time += 1
            cut = end_before_time(token_table(doc).lower, start, first_time)
            if cut == start:
                return None, None, None
            return start, cut, cut - 1
        left = head
        while left - 1 >= start and left - 1 not in time_tokens:
            left -= 1
        right = head + 1
        while right < end and right not in time_tokens:
            right += 1
        return left, right, head

    def _next_subtotal(self, doc: Doc, quantity: Span, sent_start: int) -> bool:
        """Whether ``quantity`` follows ``and`` right after a sub-total's clause (``of whom 1.47 million were men and 1.31
        million were women``): the next part of the same list."""
        lower = token_table(doc).lower
        if quantity.start < 2 or lower[quantity.start - 1] not in ("and", ","):
            return False
        previous = self._last_quantity_before(doc, quantity.start - 1, sent_start)
        return previous is not None and quantity.start - previous.end <= 5 and self._is_subtotal(doc, previous)

    @staticmethod
    def _at_rate_of(doc: Doc, quantity: Span, start_limit: int) -> tuple[int, int, int] | None:
        """The noun before ``at the rate of`` a figure (``inflation at the rate of 2 percent``, ``prices at an annual
        rate of 3.1%``): what runs at that rate; None when a verb stands before ``at`` (``grew at a rate of``)."""
        table = token_table(doc)
        lower, nounish, verb = table.lower, table.nounish, table.verb
        k = quantity.start - 1
        while k > start_limit and lower[k] in BOUND_WORDS:
            k -= 1
        if k - 3 < start_limit or lower[k] != "of" or lower[k - 1] not in ("rate", "pace"):
            return None
        m = k - 2
        while m > start_limit and lower[m] not in ("at",) and k - m < 5 and (
                lower[m] in ("a", "an", "the") or table.alpha[m] and not verb[m]):
            m -= 1
        if lower[m] != "at" or m - 1 < start_limit or not nounish[m - 1] or verb[m - 1] or \
                len(lower[m - 1]) > 4 and lower[m - 1].endswith("ed"):
            return None
        found = noun_phrase_before(doc, m, start_limit)
        if found is None or found[1] != m:
            return None
        joint = next((j for j in range(m - 1, found[0], -1) if lower[j] in ("and", "or", ",")), None)
        if joint is not None:
            found = (joint + 1, m, found[2])  # ``maximum employment and inflation at the rate of``: the last item's rate
        return found if not verb[found[0]] else None

    @staticmethod
    def _spent_before(lower: list, start: int, sent_start: int) -> bool:
        """Whether a verb of spending stands right before the figure at ``start``, past its bound words and an article
        (``spent £153 million``, ``has invested an estimated $2 billion``, ``allocated about €40 million``)."""
        k = start - 1
        while k > sent_start and (lower[k] in BOUND_WORDS or lower[k] in ("a", "an", "the", "estimated", "additional",
                                                                        "extra", "further", "total", "of")):
            k -= 1
        return k >= sent_start and lower[k] in _SPENDING_VERBS

    @staticmethod
    def _participle_subject(doc: Doc, quantity: Span, start_limit: int) -> tuple[int, int, int] | None:
        """The subject of a participle that states a figure in an absolute clause (``with planned
        admissions accounting for 9.4 million``, ``exports totalling 3.1 billion``), and of the gapped
        clause that repeats it (``and emergency admissions for 6.6 million``)."""
        table = token_table(doc)
        lower, text, nounish = table.lower, table.text, table.nounish
        k = quantity.start - 1
        while k >= start_limit and (lower[k] in BOUND_WORDS and lower[k] != "to" or
                                    lower[k] == "estimated" and lower[k - 1] in ("an", "a")):
            k -= 2 if lower[k] == "estimated" else 1  # (``worth an estimated €3.4 billion``)
        if k - 1 >= start_limit and lower[k] in ("remaining", "other") and lower[k - 1] == "the":
            k -= 2  # ``with other uses accounting for the remaining 30 Mtoe``: the rest of a whole (C43-6)
        preposition = k >= start_limit and lower[k] in ("for", "at", "to")
        j = k - 1 if preposition else k
        if j >= start_limit and lower[j] in FIGURE_PARTICIPLES and lower[j] in ("worth", "valued") and \
                j - 1 >= start_limit and text[j - 1] == ",":
            # ``detained almost 152 million fake items in 2023, worth an estimated €3.4 billion``: the value of what the
            # figure before the comma counts
            earlier = CategoryFinder._last_quantity_before(doc, j - 1, start_limit)
            if earlier is not None and earlier.end < j - 1:
                return noun_phrase_after(doc, earlier.end, j - 1, with_complements=False)
        if j >= start_limit and lower[j] in FIGURE_PARTICIPLES:
            found = noun_phrase_before(doc, j, start_limit)
            if found is not None and found[0] in _quantity_tokens(doc):
                # ``3.3 million entry summaries valued at $277 billion``: the counted noun after the figure's scale
                figures = _quantity_tokens(doc)
                start = found[0]
                while start < found[1] and start in figures:
                    start += 1
                if start < found[1] and lower[start] == "of":
                    start += 1  # ``1.6 tonnes of suspected cocaine worth about $1.7 billion``: what the tonnes are of
                found = (start, found[1], max(found[2], found[1] - 1)) if start < found[1] else None
            return found
        if not preposition or j < start_limit or not nounish[j]:
            return None
        found = noun_phrase_before(doc, k, start_limit)
        if found is None or found[0] - 1 < start_limit or not (lower[found[0] - 1] in ("and", ",") or
                                                               text[found[0] - 1] == ","):
            return None
        # gapping: an earlier clause of the sentence stated its figure with the participle and preposition
        if not any((lower[m] in FIGURE_PARTICIPLES or lower[m] in SHARE_VERB_HEADS) and lower[m + 1] == lower[k]
                   for m in range(max(start_limit, found[0] - 30), found[0] - 1)):
            return None
        return found

    def _absolute_change_before(self, doc: Doc, quantity: Span, start_limit: int, time_tokens, quantity_tokens):
        """The subject of an absolute construction whose change reaches ``quantity`` (``with shoplifting up 29% to
        37,250`` → ``shoplifting``; C25-11), or None."""
        table = token_table(doc)
        lower, nounish, verb = table.lower, table.nounish, table.verb
        k = quantity.start - 1
        if k - 3 < start_limit or lower[k] != "to" or span_value(quantity, "metric") == "CHANGE":
            return None
        change = self._last_quantity_before(doc, k, start_limit)
        if change is None or change.end != k or span_value(change, "metric") != "CHANGE":
            return None
        m = change.start - 1
        if m - 2 >= start_limit and lower[m] == "by" and lower[m - 1].endswith("ing") and \
                lower[m - 1] in vocabulary("figure_direction_words"):
            m -= 1  # ``with the average stay falling by 6.2% to 6.6 days`` (C41-11)
        if m - 1 < start_limit or lower[m] not in vocabulary("figure_direction_words"):
            return None
        m -= 1
        if lower[m] == "(" and m - 1 >= start_limit and nounish[m - 1] and not verb[m - 1] and \
                quantity.end < len(lower) and lower[quantity.end] == ")":
            m -= 1  # ``declines in car exports (down 13.6% to $5.8 billion)``: the change and level of the name before
        if not nounish[m] or verb[m] or m in time_tokens or m in quantity_tokens or \
                m - 1 >= start_limit and lower[m - 1] == "to":
            return None
        found = noun_phrase_before(doc, m + 1, start_limit)
        if found is None or any(i in quantity_tokens or i in time_tokens for i in range(found[0], found[1])):
            return None
        found = self._complements_left(doc, found, start_limit, time_tokens)
        if found is not None and found[0] + 2 < found[1] and lower[found[0]] in CHANGE_HEADS and \
                lower[found[0] + 1] == "in":
            found = (found[0] + 2, found[1], found[2])  # (``declines in car exports``: what declined)
        return found

    @staticmethod
    def _time_phrase(lower: list, start: int, end: int, head: int) -> bool:
        """Whether tokens ``start..end`` are a time phrase the time reader left unmarked (``the same quarter``,
        ``the financial year``, ``the end``): a determiner, time modifiers and a time noun; a bare noun (``week`` in
        ``those working 36 hours or more a week``) may be a longer phrase's head."""
        if lower[head] in TIME_HEAD_NOUNS and head == end - 1 and start < head and \
                all(lower[m] in ORDINAL_WORDS or _ORDINAL_FORM.match(lower[m]) or lower[m] in _RUN_WORDS
                    for m in range(start, head)) and \
                any(lower[m] in _RUN_WORDS for m in range(start, head)):
            return True  # ``grew for the eleventh consecutive month to 124,000 tonnes``: a run of months (C36-11)
        return lower[head] in TIME_HEAD_NOUNS and head == end - 1 and start < head and lower[start] in DETERMINERS and \
            all(lower[m] in DETERMINERS or lower[m] in TIME_PHRASE_MODIFIERS or lower[m] in _RUN_WORDS
                for m in range(start, head))

    @staticmethod
    def _superlative_predicate(lower: list, start: int, end: int) -> int | None:
        """The copula before the phrase at ``start`` when the phrase is a superlative after it (``was the largest
        category at``, ``was the most popular make of new private car``, ``remained by far the largest source of``,
        C29-8): it ranks the subject, it does not name what is counted; else None."""
        if start >= 2 and lower[start] == "far" and lower[start - 1] == "by":
            start, copula = start + 1, start - 2
        else:
            copula = start - 1
        if copula >= 0 and lower[copula] in PREDICATE_COPULAS and end - start >= 2 and \
                lower[start] in ("the", "its", "their") and lower[start + 1] in SUPERLATIVES:
            return copula
        of = next((k for k in range(start - 1, max(0, start - 6), -1) if lower[k] == "of"), None)
        if of is not None:
            # ``China remained the largest destination of non-oil and gas exports ... at US$5.80 billion``: the
            # complement of the superlative predicate names what is ranked, the copula's subject is the ranked (C36-8)
            article = next((m for m in range(of - 2, max(0, of - 5), -1) if lower[m] in ("the", "its", "their") and
                            lower[m + 1] in SUPERLATIVES), None)
            if article is not None and all(lower[m].isalpha() for m in range(article + 2, of)):
                copula = article - 3 if article >= 3 and lower[article - 1] == "far" and lower[article - 2] == "by" \
                    else article - 1
                if copula >= 0 and lower[copula] in PREDICATE_COPULAS:
                    return copula
        return None

    def _passive_part(self, doc: Doc, quantity: Span, sent_end: int):
        """For a part after ``of which``/``of whom`` whose predicate is a passive participle: the place after the
        participle, which names the part (``of which 1.2 million were detected in air cargo`` → ``air cargo``), or
        ``()`` when none follows (``of which 2,100 were destroyed``, ``of which 41,800 were cancelled for reasons
        attributed to train operators``: the part counts what its whole counts and names no category, C28-9), also
        when its predicate is its ages, past a share in brackets (``of whom 311 (14.8%) were aged 18 to 24``, C51-14);
        None for any other figure."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        k = quantity.start - 1
        while k >= 0 and lower[k] in BOUND_WORDS:
            k -= 1
        after = quantity.end
        if after + 2 < sent_end and text[after] == "(":
            # ``of whom 311 (14.8%) were aged 18 to 24``: past the part's share in brackets (C51-14)
            close = next((m for m in range(after + 1, min(after + 6, sent_end)) if text[m] == ")"), None)
            after = close + 1 if close is not None else after
        if k >= 1 and lower[k] in ("which", "whom") and lower[k - 1] == "of" and after + 1 < sent_end and \
                lower[after] in ("were", "was") and lower[after + 1] == "aged":
            return ()  # ``of whom 311 were aged 18 to 24``: the ages define the part, which names no category (D-17)
        if k < 1 or lower[k] not in ("which", "whom") or lower[k - 1] != "of" or after + 1 >= sent_end or \
                lower[after] not in ("were", "was") or not is_participle(lower[after + 1]):
            return None
        j = after + 2
        while j < sent_end and lower[j] in ("fully", "partly", "subsequently", "later", "then", "also", "or", "part"):
            j += 1  # (``were fully or part cancelled``)
        if j < sent_end and is_participle(lower[j]):
            j += 1
        if j >= sent_end or text[j] in (",", ".", ";", ")", ":") or lower[j] in PURPOSE_WORDS:
            return ()
        if lower[j] in PLACING_PREPOSITIONS and j + 1 < sent_end:
            found = noun_phrase_after(doc, j + 1, self._limit(doc, j + 1, sent_end))
            if found is not None and time_token_set(doc).isdisjoint(range(found[0], found[1])):
                return found  # (``was spent on the renewal of bridges``: with its complement)
        return None

    def _multiplied_object(self, doc: Doc, quantity: Span, sent_end: int) -> tuple[int, int, int] | None:
        """What a multiple written as a verb multiplies, when the verb takes an object (``has doubled the number of
        leakage technicians since 2021`` → ``leakage technicians``), else None (``arrivals nearly doubled``: the
        subject's, C28-7)."""
        lower = token_table(doc).lower
        after = quantity.end
        if quantity.end - quantity.start != 1 or lower[quantity.start] not in MULTIPLYING_VERBS or \
                after + 1 >= sent_end or lower[after] not in ("the", "its", "their", "our"):
            return None
        start = after + 1
        if lower[start : start + 2] in (["number", "of"], ["amount", "of"], ["size", "of"]):
            start += 2
        found = noun_phrase_after(doc, start, self._limit(doc, start, sent_end), with_complements=False)
        if found is None or any(i in time_token_set(doc) for i in range(found[0], found[1])):
            return None
        return found

    def _object_of_change_verb(self, doc: Doc, quantity: Span, start_limit: int) -> tuple[int, int, int] | None:
        """The object of a verb that changes it, for the change ``by`` a figure and for the level ``to``
        a figure after it: ``raise the cash rate target by 25 basis points to 4.35 per cent``, ``voted to
        increase Bank Rate by 0.25 percentage points, to 5.25%`` -> ``the cash rate target``, ``Bank Rate``."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        k = quantity.start - 1
        while k >= start_limit and (lower[k] in BOUND_WORDS and lower[k] != "to" or
                                    lower[k] in ("further", "cumulative", "additional", "another", "total") or
                                    lower[k] in ("a", "an") and k + 1 < quantity.start and
                                    lower[k + 1] in ("further", "cumulative", "additional", "total")):
            k -= 1  # (``cut the policy rate by a further 25 basis points``)
        if k - 1 >= start_limit and lower[k] in ("a", "an") and lower[k - 1] in ("to", "from"):
            k -= 1  # ``raised its GDP growth estimate for the first quarter to a 2.8% annualized rate`` (C52-16)
        if k >= start_limit and lower[k] in ("to", "from"):  # the level: step back over ``by <change>,``
            m = k - 1
            if m >= start_limit and text[m] == ",":
                m -= 1
            if m >= start_limit and text[m] == ")":
                opening = next((j for j in range(m - 1, max(start_limit, m - 8) - 1, -1) if text[j] == "("), None)
                if opening is not None and opening - 1 >= start_limit:
                    m = opening - 1  # ``cut hydro output by 88 TWh (-2.0%) to 4,210 TWh``: past the change restated
            earlier = self._last_quantity_before(doc, m + 1, start_limit)
            if lower[k] == "to" and earlier is not None and earlier.end == m + 1 and earlier.start - 2 >= start_limit \
                    and lower[earlier.start - 1] == "from":
                # ``reduced the cash rate by 50 basis points, from 4.75 percent to 4.25 percent``: past the value it
                # moved from too (C25-6)
                m = earlier.start - 2
                if m >= start_limit and text[m] == ",":
                    m -= 1
                earlier = self._last_quantity_before(doc, m + 1, start_limit)
            elif lower[k] == "from" and (earlier is None or earlier.end != m + 1):
                return None
            if earlier is None or earlier.end != m + 1:
                # no change before it: the level right after the object, ``raise the interest rate paid
                # on reserve balances to 5.4 percent``
                if lower[k] == "to" and k - 1 >= start_limit and lower[k - 1] in ("down", "up"):
                    # ``bringing the crude divorce rate down to 1.7``: a verb of moving and its particle (C28-7)
                    return self._modified_object(doc, k - 1, start_limit, TRANSITIVE_CHANGE_VERBS | MOVING_VERBS)
                found = self._modified_object(doc, k, start_limit, TRANSITIVE_CHANGE_VERBS)
                if found is None:
                    # ``the annual rise of 3.0% takes the average property value to £306,000`` (C42-19); not ``bringing
                    # the total since 1 October 2023 to 1,174``: a total names nothing
                    found = self._modified_object(doc, k, start_limit, MOVING_VERBS)
                    if found is not None and lower[found[2]] in ("total", "tally", "count", "figure", "number"):
                        found = None
                return found
            k = earlier.start - 1
            while k >= start_limit and lower[k] in BOUND_WORDS and lower[k] != "to":
                k -= 1
        if k - 2 >= start_limit and lower[k] == "of" and lower[k - 1] == "rate":
            m = k - 2
            while m > start_limit and lower[m] in ("a", "an", "annual", "annualised", "annualized", "adjusted",
                                                  "seasonally", "yearly", "monthly"):
                m -= 1
            if lower[m] == "at" and m < k - 2:
                k = m  # ``put total household consumption in June at an annual rate of ¥296.8 trillion`` (C42-20)
        holding = k >= start_limit and lower[k] == "at"  # ``kept the benchmark interest rate at 5.25%``
        if k < start_limit or lower[k] != "by" and not holding:
            return None
        verbs = HOLDING_VERBS if holding else TRANSITIVE_CHANGE_VERBS
        while holding and k - 1 >= start_limit and lower[k - 1] in ("unchanged", "steady", "stable", "constant"):
            k -= 1  # ``left the deposit facility rate unchanged at 4.00%``
        found = noun_phrase_before(doc, k, start_limit)
        if found is not None and (found[1] - found[0] == 1 and lone_verb_form(lower[found[0]]) or
                                  found[0] >= 1 and lower[found[0] - 1] == "to" and lone_verb_form(lower[found[2]])):
            return None  # ``is projected to keep expanding at about 3%``: a verb, no object
        if found is None:
            return self._modified_object(doc, k, start_limit, verbs)
        start, end, head = found
        verb_at = next((j for j in range(start, end) if lower[j] in verbs), None)
        if verb_at is not None:  # the walk ran over a verb the word lists do not know: ``raise the ...``
            start = verb_at + 1
            while start < end and lower[start] in DETERMINERS:
                start += 1
            return (start, end, head) if start < end and head >= start else None
        at = start
        while at - 1 >= start_limit and (lower[at - 1] in DETERMINERS or at - 2 >= start_limit and
                                         lower[at - 2] in DETERMINERS and word_number(lower[at - 1]) is not None):
            at -= 1  # (``lower the three key ECB interest rates by 25 basis points``: a count inside the object)
        if at - 1 < start_limit or lower[at - 1] not in verbs:
            return self._modified_object(doc, k, start_limit, verbs)
        return start, end, head

    @staticmethod
    def _participle_after(doc: Doc, after: int, found: tuple[int, int, int], sent_end: int) -> bool:
        """Whether the phrase ``found`` after a figure is only a participle (``1,150 licensed in the previous month``,
        ``406 detected inland``, ``set in 2019``): it says what happened to the counted things, it names none (C29-11);
        its core is read without complements."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        if after + 1 >= sent_end or not (lower[after] in IRREGULAR_PARTICIPLES or ed_form(lower[after])) or \
                lower[after] in PEOPLE_PARTICIPLES:
            return False  # (``2.1 million unemployed in October``: people)
        core = noun_phrase_after(doc, after, found[1], with_complements=False)
        if core is None or not (core[1] == after + 1 or core[1] == after + 2 and lower[after + 1] in NOT_COUNTED_WORDS):
            return False
        end = core[1]
        return end >= sent_end or lower[end] in PREPOSITIONS or lower[end] in DETERMINERS or \
            lower[end] in ("more", "less", "fewer") and end + 1 < sent_end and lower[end + 1] == "than" or \
            len(lower[end]) > 4 and lower[end].endswith("ly") or text[end] in (",", ";", ".") or \
            lower[after + 1] in NOT_COUNTED_WORDS

    @staticmethod
    def _label_row_colon(doc: Doc, quantity: Span) -> int | None:
        """The colon of a labelled row whose later figure ``quantity`` is (``- Cocaine: 112 cases (98), 1,204 kg (1,530
        kg)`` for ``1,204 kg``): only figures, their unit words, brackets and commas stand between them (C29-13)."""
        table = token_table(doc)
        text, whitespace = table.text, table.whitespace
        figures = _quantity_tokens(doc)
        k = quantity.start - 1
        while k >= max(0, quantity.start - 24) and "\n" not in whitespace[k]:
            if text[k] == ":":
                return k
            if not (k in figures or text[k] in (",", "(", ")", "%", "+", "-") or
                    table.alpha[k] and k - 1 in figures and len(text[k]) <= 12 and text[k].islower()):
                return None
            k -= 1
        return None

    def _named_elsewhere(self, doc: Doc, quantity: Span) -> bool:
        """Whether a row label before a colon (``- Cocaine: 112 cases``) or the phrase the figure is stated of
        (``Robberies rose 4% to 1,234 offences``, ``Thefts were 2,310 cases``) names what a generic plural after the
        figure counts (C29-13)."""
        if quantity.start >= 1 and doc[quantity.start - 1].text == ":" and self._colon_label(doc, quantity) is not None:
            return True
        return self._stated_of(doc, quantity, sentence_range(doc, quantity.start)[0], True) is not None

    def _stated_of(self, doc: Doc, quantity: Span, sent_start: int,
                   verbs: bool = False) -> tuple[int, int, int, str] | None:
        """The phrase a figure is stated of by ``of``, a copula or ``estimated at`` before it: ``Net
        immigration of``, ``The potential additional labour force was estimated at``, ``The unemployed
        population, estimated at``; None for a level, a total or an average (``a total of``)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        start_limit = self._clause_start(doc, quantity)
        k = quantity.start - 1
        while k >= start_limit and lower[k] in BOUND_WORDS:
            k -= 1
        if k - 1 < start_limit:
            return None
        if lower[k] == "of":
            found = noun_phrase_before(doc, k, start_limit)
            how = "of"
        elif lower[k] == "at" and (put := self._put_object(doc, k, start_limit)) is not None:
            found, how = put, "object"  # ``Stats SA estimates the mid-year population at 63,02 million`` (C48-24)
        elif lower[k] in COPULAS or lower[k] == "at" and lower[k - 1] in ESTIMATE_VERBS:
            m = k - 1 if lower[k] == "at" else k
            if lower[m] == "estimated" and m - 1 >= start_limit and text[m - 1] == ",":
                found = noun_phrase_before(doc, m - 1, start_limit)  # ``The unemployed population, estimated at``
            else:
                found = subject_before(doc, quantity.start, start_limit)
            how = "subject"
        elif verbs and (lower[k] in FIGURE_PARTICIPLES or lower[k] in ("to", "at") and lower[k - 1] in FIGURE_PARTICIPLES):
            found, how = self._participle_subject(doc, quantity, start_limit), "participle"
        elif verbs and (lower[k] in STATING_VERBS or lower[k] in ("to", "at") and lower[k - 1] in STATING_VERBS):
            found, how = subject_before(doc, quantity.start, start_limit), "subject"
        elif lower[k] in CHANGE_VERB_WORDS or lower[k] == "by" and lower[k - 1] in CHANGE_VERB_WORDS or \
                lower[quantity.start - 1] == "to" and \
                any(w in CHANGE_VERB_WORDS for w in lower[max(start_limit, quantity.start - 11) : quantity.start - 1]):
            # (``grew by 2.5% (660,000 people) to 27.1 million people``: the level of the change's subject)
            # ``Full-time employment increased by 43,000 people``: the subject of the change
            found, how = subject_before(doc, quantity.start, start_limit), "subject"
        else:
            return None
        if found is not None and how == "subject" and lower[found[2]] in AVERAGE_WORDS and found[2] > found[0] and \
                _SPAN_AVERAGE.match(lower[found[2] - 1]):
            return (*found, how)  # ``The six-month moving average edged up 0.9% to 249,860 units``: a named series
        if found is None or lower[found[2]] in LEVEL_WORDS or lower[found[2]] == "total" or lower[found[2]] in AVERAGE_WORDS \
                or lower[found[2]] in GENERIC_PEOPLE or found[1] - found[0] == 1 and lower[found[0]] in vocabulary("not_category_words"):
            return None
        if how == "of" and found[1] - found[0] == 1 and lower[found[2]] in CHANGE_HEADS and \
                (subject := _recorded_change_subject(doc, found[0] - 1, start_limit)):
            return (*subject, "subject")  # ``Victoria recorded an increase of 9,100 people`` (C50-21)
        return (*found, how)

    @staticmethod
    def _verbless_part_placed(doc: Doc, quantity: Span, sent: Bounds, quantity_tokens: set) -> tuple | None:
        """The phrase that places a part stated without a verb after ``of which|of whom`` (``11.8 million tonnes of
        goods ..., of which 7.3 million tonnes in wagonload traffic,``, ``of which 3.1 billion euros to other EU
        countries``): the noun phrase after the preposition that follows the figure, up to the end of the part's
        clause; None otherwise."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        k = quantity.start - 1
        while k > sent.start and lower[k] in BOUND_WORDS:
            k -= 1
        including = k - 1 >= sent.start and lower[k] == "including" and text[k - 1] == ","
        if k - 1 < sent.start or not including and (lower[k] not in ("which", "whom") or lower[k - 1] != "of"):
            return None
        p = quantity.end
        if p + 1 >= sent.end or lower[p] not in ("in", "to", "from", "for", "on", "at", "into") and not (
                lower[p] == "with" and span_value(quantity, "unit_kind") == "currency"):
            # (``, including 215.9 billion yuan with the Middle East``: the partner of a part of trade, C52-10)
            return None
        end = next((m for m in range(p + 1, min(sent.end, p + 12)) if text[m] in (",", ";", ".", ")", "(") or
                    table.verb[m] or m in quantity_tokens), None)
        if end is None or end - p < 2 or table.verb[end] or end in quantity_tokens:
            return None
        found = noun_phrase_before(doc, end, p + 1)
        if found is None or found[1] != end or any(table.number[m] for m in range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _put_object(doc: Doc, at: int, start_limit: int) -> tuple[int, int, int] | None:
        """The object of a verb that puts it at a figure (``estimates the mid-year population at``, ``puts the
        number of vacancies at``, ``places unemployment at``), ending before ``at`` (token ``at``), or None."""
        lower = token_table(doc).lower
        verb = next((v for v in range(at - 2, max(start_limit, at - 10) - 1, -1) if lower[v] in _PUTTING_VERBS and
                     lower[v + 1] in ("the", "its", "their", "this", "that")), None)
        if verb is None:
            return None
        table = token_table(doc)
        start = verb + 1
        while start < at and lower[start] in ("the", "its", "their", "this", "that"):
            start += 1
        if start >= at or any(table.verb[j] or table.number[j] or table.punct[j] and table.text[j] not in ("-", "'s")
                              for j in range(start, at)):
            return None
        head = next((j - 1 for j in range(start + 1, at) if lower[j] in PREPOSITIONS), at - 1)
        return start, at, head  # (``set the ceiling for this debt at``: the object with its complement)

    @staticmethod
    def _modified_object(doc: Doc, k: int, start_limit: int, verbs: frozenset) -> tuple[int, int, int] | None:
        """The object of a verb of ``verbs`` with its post-modifiers, ending before token ``k``: ``raise
        the target range for the federal funds rate by``, ``raise the interest rate paid on reserve
        balances to`` -> ``the target range for the federal funds rate``, ``the interest rate paid on
        reserve balances`` (head ``range``, ``rate``). Only noun-ish words, determiners, prepositions
        and participles may stand between the verb and ``k``."""
        table = token_table(doc)
        lower, text, nounish, number, punct = table.lower, table.text, table.nounish, table.number, table.punct
        prepositions = vocabulary("subject_modifier_prepositions")
        times = time_token_set(doc)
        v = k - 1
        while v >= start_limit and v in times:
            v -= 1  # ``lowered its growth forecast for 2025 to 1.2 percent``: the object ends before its time
        k = v + 1
        while True:
            if v < max(start_limit, k - OBJECT_REACH):
                return None
            low = lower[v]
            if low in verbs or low[-1:] == "s" and (low[:-1] in verbs or low[-3:] in ("hes", "xes", "ses") and
                                                    low[:-2] in verbs):  # (``lowers``, ``slashes``: C49-19)
                break
            if number[v] or punct[v] and text[v] not in ("-", "'s", "’s") or not (
                    nounish[v] or low in prepositions or low in DETERMINERS or is_participle(low)):
                return None
            v -= 1
        start = v + 1
        while start < k and lower[start] in DETERMINERS:
            start += 1
        if lower[start : start + 2] in (["number", "of"], ["total", "of"]):
            start += 2
        edge = next((j for j in range(start + 1, k) if lower[j] in prepositions or is_participle(lower[j])), k)
        first = noun_phrase_before(doc, edge, start)
        if first is None or first[0] != start:
            return None
        return start, k, first[2]

    @staticmethod
    def _item_not_counted(doc: Doc, quantity: Span, head: int, quantities: list[Span]) -> bool:
        """Whether the item before a bracketed count is what labels the count, not what it counts (C20-10): a singular
        word that names no people (``information and communication (+53 thousand)``, ``the Mazowieckie voivodship
        (38.9 thousand)``), or any item once its sentence has counted something before the list (``Employment rose
        by 204 thousand, ... in transportation and storage (+41 thousand)``): the count takes the sentence's unit."""
        low = doc[head].lower_
        if singular(low) == low and low not in lexicon()["count_unit_for_head"] and not demonym(doc[head]):
            return True
        sent_start = sentence_range(doc, quantity.start)[0]
        at = bisect_left(quantities, quantity.start, key=lambda q: q.start)
        return any(span_value(q, "unit_kind") == "count" and span_value(q, "unit") and
                   not (q.start >= 1 and doc[q.start - 1].text == "(")
                   for q in quantities[max(0, at - 12) : at] if q.start >= sent_start and q.end <= quantity.start)

    @staticmethod
    def _elliptical_count(doc: Doc, quantity: Span, quantities: list[Span]) -> bool:
        """A count in a clause that repeats the previous count's clause without its verb (``Employment
        in the public sector was 412,000 and in the private sector 1,604,000``): it counts what that
        count counts, not the place or group that labels it."""
        k = bisect_left([q.start for q in quantities], quantity.start)
        if k == 0:
            return False
        previous = quantities[k - 1]
        if span_value(previous, "unit_kind") != "count" or previous.start < sentence_range(doc, quantity.start)[0]:
            return False
        table = token_table(doc)
        gap = range(previous.end, quantity.start)
        return any(table.lower[i] in ("and", ",", ";") for i in gap) and not any(table.verb[i] for i in gap)

    def _list_noun(self, doc: Doc, quantity: Span, starts: dict) -> object | None:
        """The noun after the last figure of a list of bare figures that ``quantity`` opens or continues (``27, 134
        and 1 817 cases``, ``4,120 or 3,980 visits``): the list's items count it; None for no such list (C22-3)."""
        table = token_table(doc)
        lower, k, last = table.lower, quantity.end, quantity
        while True:
            j = k
            if j < len(doc) and lower[j] == ",":
                j += 1
            if j < len(doc) and lower[j] in ("and", "or"):
                j += 1
            if j == k or j not in starts or span_value(starts[j], "unit_kind") is not None:
                break
            last, k = starts[j], starts[j].end
        if last is quantity or last.end >= len(doc) or not table.nounish[last.end] or table.punct[last.end] or \
                not self.can_be_counted(doc[last.end]):
            return None
        return doc[last.end]

    @staticmethod
    def inherit_count_units(doc: Doc) -> None:
        """A COUNT or CHANGE with no counted noun takes the unit of the previous count of the document, across
        paragraphs (``4,586 cases ..., of which 1,200 ...``; a table under the prose that counts its things)."""
        previous_unit = None
        not_count_units = words("not_count_units")
        text, lower = token_table(doc).text, token_table(doc).lower
        last = None
        for quantity in span_starts(doc, "QUANTITY")[1]:
            before, last = last, quantity
            unit, unit_kind = span_value(quantity, "unit"), span_value(quantity, "unit_kind")
            if unit is None and before is not None and before.end == quantity.start - 1 and \
                    text[quantity.start - 1] == "(" and span_value(before, "unit") == "percent" and \
                    span_value(before, "metric") == "SHARE":
                continue  # ``21% (88 million)``: the share's count, whose unit the unit resolver reads (C33-24)
            if unit_kind == "count" and unit in not_count_units:
                quantity._.unit, quantity._.unit_kind = None, None
                unit, unit_kind = None, None
            if unit_kind == "count" and unit and " per " not in f" {unit} ":  # (a rate is no count's unit)
                previous_unit = unit
            elif unit is None and span_value(quantity, "metric") in ("COUNT", "CHANGE") and unit_kind is None:
                counted = _counted_changes(lower, quantity.end)
                if counted is not None:
                    # ``after three consecutive monthly increases``: the changes it counts, no earlier count's unit
                    quantity._.unit, quantity._.unit_kind = counted, "count"
                    continue
                if previous_unit and not measure_of_a_scale(doc, quantity, lower):
                    quantity._.unit = previous_unit
                    quantity._.unit_kind = "count"

    def propose(self, doc: Doc, quantity: Span, quantity_tokens: set) -> tuple[int, int, int, str] | None:
        """``(start, end, head, how)`` of the rules' category phrase for ``quantity``, or None."""
        return next(self.proposals(doc, quantity, quantity_tokens), None)

    @staticmethod
    def _anaphor_subject(doc: Doc, quantity: Span, sent_start: int) -> tuple[int, int, int] | None:
        """The subject of a gapped clause opened by an anaphor, right before a figure's direction word
        or verb: ``and that of the automobile industry up by 5.2 percent``, ``those in rural areas rose
        6.8%`` → ``that of the automobile industry`` (GUIDELINES C7-8)."""
        lower = token_table(doc).lower
        k = quantity.start - 1
        while k > sent_start and lower[k] in BOUND_WORDS:
            k -= 1
        gapped = False
        if k > sent_start and lower[k] in ("by", "to"):
            k -= 1
            gapped = lower[k + 1] == "by"
        if k <= sent_start + 2:
            return None
        if not (lower[k] in vocabulary("figure_direction_words") or lower[k] in CHANGE_VERB_WORDS):
            if not gapped:
                return None
            k += 1  # ``that of manufacturing by 4.3 percent``: the verb left out, the phrase ends before ``by``
        found = noun_phrase_before(doc, k, sent_start)
        if found is None or found[1] != k:
            return None
        anaphor = _anaphor_start(doc, found[0], sent_start)
        return None if anaphor is None else (anaphor, found[1], found[2])

    @staticmethod
    def _stated_as_share(doc: Doc, start: int, end: int) -> tuple[int, int, int] | None:
        """For a phrase ``share of Y`` written after ``X as a`` (``debt as a percentage of GDP``), the noun phrase X
        it states as a part of Y; else None."""
        lower = token_table(doc).lower
        k = start
        while k < end and lower[k] in ("a", "an"):
            k += 1
        if k + 1 >= end or lower[k + 1] != "of" or lower[k] not in SHARE_WORDS:
            return None
        at = start if lower[start] in ("a", "an") else start - 1  # the article, inside the phrase or before it
        if at < 1 or lower[at] not in ("a", "an") or lower[at - 1] != "as":
            return None
        return noun_phrase_before(doc, at - 1, sentence_range(doc, start)[0])

    def _all_proposals(self, doc: Doc, quantity: Span, quantity_tokens: set):
        for proposal in self.proposals(doc, quantity, quantity_tokens):
            if self._period_run(doc, proposal):
                # ``Job vacancies fell for the 12th straight quarter to 41,500``: a run of periods names nothing; the
                # clause's subject reached the level (C36-11)
                subject = subject_before(doc, proposal[0], sentence_range(doc, quantity.start)[0])
                if subject is not None and time_token_set(doc).isdisjoint(range(subject[0], subject[1])):
                    yield (*subject, "subject")
                    continue
            antecedent = self._whose_antecedent(doc, proposal[0] - 1, quantity_tokens) if proposal[0] >= 3 else None
            yield proposal if antecedent is None else (*antecedent, "relative")
        if self.with_alternatives:
            yield from self.alternatives(doc, quantity, quantity_tokens)

    @staticmethod
    def _period_run(doc: Doc, proposal: tuple) -> bool:
        """Whether a proposed phrase is a run of periods (``12th straight quarter``, ``the eleventh consecutive
        month``: C36-11)."""
        lower = token_table(doc).lower
        start, end, head = proposal[0], proposal[1], proposal[2]
        if lower[head] == "row" and head == end - 1 and start >= 2 and lower[start - 1] == "a" and lower[start - 2] == "in":
            return True  # ``fell for the fourth year in a row to 6.1 billion`` (C40-15)
        return lower[head] in TIME_HEAD_NOUNS and head == end - 1 and start < head and \
            any(lower[m] in _RUN_WORDS for m in range(start, head))

    @staticmethod
    def _whose_antecedent(doc: Doc, k: int, quantity_tokens: set) -> tuple[int, int, int] | None:
        """The noun phrase a ``whose`` at token ``k`` is about, when a subject proposed for a figure starts right
        after it (``machinery and equipment (HS 84), whose exports increased by US$86.2 million``: the machinery's
        exports, C24-10); past a bracketed code or aside before the comma; else None."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        if lower[k] != "whose" or text[k - 1] != ",":
            return None
        end = k - 1
        if text[end - 1] == ")":
            opening = next((j for j in range(end - 2, max(-1, end - 10), -1) if text[j] == "("), None)
            if opening is None:
                return None
            end = opening
        found = noun_phrase_before(doc, end, sentence_range(doc, k)[0])
        if found is None or found[1] != end or not quantity_tokens.isdisjoint(range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _with_item(doc: Doc, quantity: Span, sent_start: int) -> tuple[int, int, int] | None:
        """The item a figure after ``, with`` is stated of, in a list of items (``followed by Josep Tarradellas
        Barcelona-El Prat, with 4,048,233 (+5.7%), Málaga-Costa del Sol, with 1,612,653``): the noun phrase between
        the comma before ``with`` and the list's previous comma, ``followed by`` or ``and``; a name needs no comma
        (``followed by Italy with EUR 1.95 billion and France with EUR 1.40 billion``); None elsewhere."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        k = quantity.start - 1
        while k > sent_start and lower[k] in BOUND_WORDS:
            k -= 1
        if k - 2 < sent_start or lower[k] != "with":
            return None
        comma = k - 1 if text[k - 1] == "," else k  # (``followed by Italy with EUR 1.95 billion``: no comma, C24-9)
        if comma == k:
            continued = CategoryFinder._continued_with_item(doc, k, sent_start)
            if continued is not None:
                return continued
        found = noun_phrase_before(doc, comma, sent_start)
        if found is None or found[1] != comma or found[0] - 1 < sent_start:
            return None
        before = lower[found[0] - 1]
        followed = before == "by" and found[0] - 2 >= sent_start and lower[found[0] - 2] == "followed"
        if comma == k and not followed and not all(CategoryFinder.is_name(doc[i]) or not text[i].isalpha() or
                                                   text[i - 1] == "-" and text[i][:1].isupper()  # (``Málaga-Costa``)
                                                   for i in range(found[0], found[1]) if lower[i] not in _NAME_PARTICLES):
            return None  # (``Firms with 10 employees``: a group defined by a figure, no item of a list)
        if before in ("and", ",", ":") or followed:
            return found
        if before in ("were", "are", "was", "is", "included", "include", "includes") and CategoryFinder.is_name(doc[found[0]]):
            return found  # ``The main nationalities were Georgia, with 3,210 applications (21.4%), ...``: the list's first (C22-6)
        return None

    def _gapped_by_change(self, doc: Doc, quantity: Span, sent_start: int) -> tuple | None:
        """The category of the change a gapped ``and by X`` goes on from (``Local bus fares rose by 4.8% in the year,
        below the 9.1% increase recorded a year earlier, and by 2.1% in real terms``: the fares'), when no verb stands
        between ``and`` and the figure: the proposal for the sentence's last earlier figure after ``by`` (C37-23).
        Likewise a gapped comparison ``and X higher than ...`` goes on from the sentence's last earlier change
        followed by a comparative (``stocks 33.7% above the average and 43 Bcf higher than a year earlier``, C41-4)."""
        lower = token_table(doc).lower
        k = quantity.start - 1
        while k > sent_start and lower[k] in BOUND_WORDS:
            k -= 1
        if span_value(quantity, "metric") != "CHANGE" or k - 1 <= sent_start:
            return None
        compared = lower[k] == "and" and quantity.end < len(doc) and lower[quantity.end] in _GAPPED_COMPARATIVES
        if not compared and (lower[k] != "by" or lower[k - 1] != "and"):
            return None
        earlier = None
        for x in span_starts(doc, "QUANTITY")[1]:
            if x.start >= quantity.start:
                break
            if x.start <= sent_start:
                continue
            m = x.start - 1
            while m > sent_start and lower[m] in BOUND_WORDS:
                m -= 1
            if span_value(x, "metric") != "CHANGE":
                continue
            if compared:  # ``with inventories 33.7% above the average and 43 Bcf higher than a year earlier``
                earlier = x if x.end < len(doc) and lower[x.end] in _GAPPED_COMPARATIVES else earlier
            elif lower[m] == "by" and lower[m - 1] != "and":
                earlier = x
        if earlier is None or any(lower[i] in (";",) for i in range(earlier.end, quantity.start)):
            return None
        found = self.propose(doc, earlier, set(range(earlier.start, earlier.end)))
        if found is None or not _quantity_tokens(doc).isdisjoint(range(found[0], found[1])) or found[0] >= earlier.start:
            return None
        return (*found[:3], "subject")

    @staticmethod
    def _continued_with_item(doc: Doc, with_at: int, sent_start: int) -> tuple[int, int, int] | None:
        """The item of a ``followed by X with N`` list continued after ``and`` or a comma with no comma before its
        ``with`` (``followed by education with 64,000 (21%) and transport and storage with 41,000 (13%)``): the
        words between the previous item's figure (or its bracket) and ``with``; None elsewhere (C37-5)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        quantities = _quantity_tokens(doc)
        j = with_at - 1
        while j > sent_start and j not in quantities and text[j] != ")":
            if not (table.alpha[j] or text[j] in ("-", "&")) or lower[j] in ("with", "by"):
                return None
            j -= 1
        if j <= sent_start or j + 2 >= with_at or lower[j + 1] not in ("and", ",") or lower[j + 2] in ("and", "the"):
            return None
        start = j + 2
        m = j
        while m > sent_start and text[m] == ")":
            m = next((x for x in range(m - 1, sent_start, -1) if text[x] == "("), sent_start) - 1
        while m > sent_start and m in quantities:
            m -= 1
        if lower[m] != "with":
            return None
        if not any(lower[x] == "followed" and lower[x + 1] == "by" for x in range(sent_start, m)):
            return None
        return start, with_at, with_at - 1

    @staticmethod
    def _for_group(doc: Doc, quantity: Span, quantity_tokens: set, sent_end: int) -> tuple[int, int, int] | None:
        """The group a figure is stated for in a list of figures each followed by ``for <group>`` (``the
        unemployment rate ... was 5.8% for men and 5.5% for women``, ``The fee remained €60 for a single-entry visa
        and €100 for a multiple-entry visa``): the noun phrase after ``for``, when a neighbouring figure of the list
        has its own; None elsewhere (``for the year``, a lone ``for``)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        after = _past_comparative(lower, quantity.end, sent_end)
        if after + 1 >= sent_end or lower[after] not in GROUP_PREPOSITIONS or span_value(quantity, "metric") == "COUNT":
            return None  # (``comprising 806 for speeding and 437 for drink-driving``: parts, what they are for)
        preposition = lower[after]
        times = time_token_set(doc)
        if after + 1 in times or preposition != "for" and not CategoryFinder.is_name(doc[after + 1]):
            return None  # (``at`` and ``in`` name a place: ``rose 3.1% in Bavaria and 2.4% in Saxony``; C22-9)

        def group(k: int) -> tuple[int, int, int] | None:
            end = next((m for m in range(k, min(sent_end, k + 12)) if m in quantity_tokens or m in times or
                        text[m] in (",", ";", ".", "(", ")") or lower[m] in ("and", "or", "while", "whereas")), sent_end)
            found = _with_ages(doc, noun_phrase_after(doc, k, end, with_complements=False))  # (D-17)
            return found if found is not None and found[0] == k or found is not None and \
                all(lower[m] in DETERMINERS for m in range(k, found[0])) else None

        own = group(after + 1)
        if own is None:
            return None
        # a neighbour: ``<figure> for <group>`` right after this one's group, or right before this figure
        m = own[1]
        if m < sent_end and lower[m] in ("years", "old"):
            m += 1
        while m < sent_end and (text[m] == "," or lower[m] in ("and", "or", "while")):
            m += 1
        if m < sent_end and lower[m] == "but":
            m += 1
        if m < sent_end and m in quantity_tokens:
            nxt = next((q for q in spans_of(doc, "QUANTITY") if q.start == m), None)
            at = _past_comparative(lower, nxt.end, sent_end) if nxt is not None else sent_end
            if nxt is not None and at < sent_end and lower[at] == preposition and group(at + 1) is not None:
                return own
            if nxt is not None and CategoryFinder._respective_group(doc, nxt, sent_end) is not None:
                return own  # ``3.1% lower at Rotterdam but 2.4% and 4.0% higher at Antwerp and Hamburg respectively``
        k = quantity.start - 1
        while k > 0 and (text[k] == "," or lower[k] in ("and", "or", "while", "but")):
            k -= 1
        if k < quantity.start - 1:
            j = k
            while j > 0 and j not in quantity_tokens and lower[j] != preposition and quantity.start - j < 12 and \
                    text[j] not in (";", ".", "(", ")"):
                j -= 1
            if lower[j] == preposition and (j - 1 in quantity_tokens or j - 2 in quantity_tokens and
                                            lower[j - 1] in COMPARATIVE_WORDS) and group(j + 1) is not None:
                return own
        return None

    @staticmethod
    def _share_restated_after_whole(doc: Doc, quantity: Span, sent_start: int) -> Span | None:
        """The share a bracketed share restates after its whole (``a quarter of children (26.4%)``), or None."""
        table = token_table(doc)
        text, lower = table.text, table.lower
        if quantity.start < 4 or text[quantity.start - 1] != "(" or quantity.end >= len(doc) or text[quantity.end] != ")":
            return None
        starts, quantities = span_starts(doc, "QUANTITY")
        at = bisect_left(starts, quantity.start - 1) - 1
        if at < 0 or quantities[at].start < sent_start or span_value(quantities[at], "metric") != "SHARE":
            return None
        earlier = quantities[at]
        gap = range(earlier.end, quantity.start - 1)
        if not gap or lower[earlier.end] != "of" or len(gap) > 7 or \
                any(not (table.alpha[m] or text[m] == "-") or table.verb[m] for m in gap):
            return None
        return earlier

    def _gapped_share_of_verb(self, doc: Doc, quantity: Span, sent_start: int) -> tuple[int, int, int] | None:
        """The subject of a verb of sharing whose second share follows ``but``/``and`` with the verb left out
        (``made up 3% of courses but nearly 15% of all units``), or None (C40-20)."""
        lower = token_table(doc).lower
        k = quantity.start - 1
        while k > sent_start and (lower[k] in BOUND_WORDS or lower[k] in SHARE_OPENING_HEDGES or
                                  lower[k] in ("more", "fewer", "less")):
            k -= 1
        if k <= sent_start or lower[k] not in ("but", "and") or lower[quantity.end: quantity.end + 1] != ["of"]:
            return None
        starts, quantities = span_starts(doc, "QUANTITY")
        before = [q for q in quantities[bisect_left(starts, sent_start) : bisect_left(starts, k)] if q.end <= k]
        if not before or span_value(before[-1], "metric") != "SHARE" or k - before[-1].end > 6 or \
                not self._after_share_verb(doc, before[-1], sent_start) or \
                any(token_table(doc).verb[m] or lower[m] in (",", ";") for m in range(before[-1].end, k)):
            return None
        whole = noun_phrase_after(doc, quantity.end + 1, sentence_range(doc, quantity.start)[1])
        if whole is not None and whole[1] < len(lower) and token_table(doc).verb[whole[1]] and \
                not ed_form(lower[whole[1]]):
            return None  # (``... and 23.5% of victims were aged under 18``: a clause of its own)
        found = self.propose(doc, before[-1], set(range(before[-1].start, before[-1].end)))
        return None if found is None or found[3] not in ("subject", "share-subject") or found[1] > before[-1].start \
            else found[:3]

    @staticmethod
    def rate_restating(doc: Doc, quantity: Span, sent_start: int) -> Span | None:
        """The figure a rate restates after ``, or`` or ``, equivalent to`` (``1,204 robberies, or 21.7 per 100,000
        population``, ``40 a month, or fewer than 0.02 per 1,000 customers``): the count, amount or price ending at most
        six words (its counted noun, its time) before the comma; None elsewhere (C40-8, C40-14)."""
        if " per " not in f" {span_value(quantity, 'unit') or ''} ":
            return None
        lower = token_table(doc).lower
        k = quantity.start - 1
        while k > sent_start and (lower[k] in BOUND_WORDS or lower[k] in ("more", "fewer", "less")):
            k -= 1
        restating = lower[k] == "or" or lower[k] in ("equivalent", "equal") and lower[k + 1] == "to"
        if k - 2 < sent_start or not restating or lower[k - 1] != ",":
            return None  # (``€0.80 per kg, equivalent to €800 per tonne``)
        starts, quantities = span_starts(doc, "QUANTITY")
        before = [q for q in quantities[bisect_left(starts, sent_start) : bisect_left(starts, k - 1)] if q.end <= k - 1]
        if not before or k - 1 - before[-1].end > 6 or span_value(before[-1], "metric") not in ("COUNT", "AMOUNT", "MONEY") or \
                any(not token_table(doc).alpha[m] for m in range(before[-1].end, k - 1)):
            return None  # (its counted noun and time may stand between: ``2,310 burglaries in the quarter, or``)
        return before[-1]

    @staticmethod
    def _respective_group(doc: Doc, quantity: Span, sent_end: int) -> tuple[int, int, int] | None:
        """The group of a figure in a list of figures followed by one preposition and a list of groups as long,
        closed by ``respectively`` (``2.4% and 4.0% higher at Antwerp and Hamburg respectively``, ``3.8% and 5.2% in
        York and Hull respectively``, ``9.1 and 8.7 for men and women respectively``): the group in the figure's place;
        after ``at``/``in`` the groups are names (C22-9, C23-8). None elsewhere."""
        if not word_between(doc, "respectively", quantity.start, sent_end):
            return None  # (the list's ``respectively`` stands after the figure, in its sentence)
        table = token_table(doc)
        lower, text = table.lower, table.text
        starts, quantities = span_starts(doc, "QUANTITY")  # in text order: the run is one slice
        run = quantities[bisect_left(starts, quantity.start - 40) : bisect_left(starts, sent_end)]
        at = next((k for k, q in enumerate(run) if q.start == quantity.start), None)
        if at is None:
            return None

        def joined(a: Span, b: Span) -> bool:  # two figures of one list: only commas, ``and`` and bounds between
            return a.end <= b.start and all(text[m] == "," or lower[m] in ("and", "or") or lower[m] in BOUND_WORDS
                                            for m in range(a.end, b.start)) and b.start > a.end
        first = at
        while first > 0 and joined(run[first - 1], run[first]):
            first -= 1
        last = at
        while last + 1 < len(run) and joined(run[last], run[last + 1]):
            last += 1
        figures = last - first + 1
        if figures < 2:
            return None
        k = _past_comparative(lower, run[last].end, sent_end)
        if k + 1 >= sent_end or lower[k] not in GROUP_PREPOSITIONS:
            return None
        close = next((m for m in range(k + 1, min(sent_end, k + 30)) if lower[m] == "respectively"), None)
        if close is None:
            return None
        items, m = [], k + 1
        while m < close:
            end = next((j for j in range(m, close) if text[j] == "," or lower[j] in ("and", "or")), close)
            if end == m:
                m += 1
                continue
            opening = m
            while opening < end - 1 and lower[opening] in ("the", "a", "an"):
                opening += 1  # ``in the South-East Asia and Western Pacific Regions respectively``: past the article
            items.append((opening, end))
            m = end + 1
        times = time_token_set(doc)
        if len(items) != figures or \
                any(text[j] in ("(", ")", ";") or table.number[j] or j in times for a, b in items for j in range(a, b)):
            return None  # (``rose 4.1% and 2.7% in October and November respectively``: periods, not groups)
        if lower[k] != "for" and not all(CategoryFinder.is_name(doc[a]) for a, _ in items):
            return None  # (after ``at``/``in`` a place: a name)
        a, b = items[at - first]
        return a, b, b - 1

    @staticmethod
    def _rank_verb_subject(doc: Doc, end: int, sent_start: int, quantity_tokens: set,
                           reach: int) -> tuple[int, int, int] | None:
        """The subject of a rank verb and its ordinal at most ``reach`` words before token ``end`` with no figure or
        punctuation between (``The North West ranked first for courses ... (642)``, ``China ranked first by a wide
        margin with 278 GW``), or None (C40-22, C40-49)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        ranked = next((m for m in range(end - 1, max(sent_start, end - reach) - 1, -1)
                       if lower[m] in _RANK_VERBS and m + 1 < end and lower[m + 1] in _RANK_WORDS), None)
        if ranked is None or any(m in quantity_tokens or text[m] in (",", ";", "(", ")") for m in range(ranked, end)):
            return None
        found = subject_before(doc, ranked + 1, sent_start) or noun_phrase_before(doc, ranked, sent_start)
        if found is None or found[1] != ranked or not quantity_tokens.isdisjoint(range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _ranked_subject(doc: Doc, quantity: Span, quantity_tokens: set, sent_start: int) -> tuple[int, int, int] | None:
        """The subject ranked by a superlative whose figure follows in brackets (``Victoria received the largest
        number of nominated places (8,842)``, ``Patients in very remote areas were the most likely to be seen on time
        (84%)``): the clause's subject before the verb that opens the superlative phrase; None elsewhere."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        k = quantity.start - 1
        while k > sent_start and lower[k] in BOUND_WORDS and lower[k] != "at":
            k -= 1
        if k >= sent_start and lower[k] == "with" and text[k] != "(":
            # ``China ranked first by a wide margin with 278 GW``: a rank stated by a verb and an ordinal (C40-49)
            return CategoryFinder._rank_verb_subject(doc, k, sent_start, quantity_tokens, 8)
        if k < sent_start or text[k] != "(" and lower[k] != "at":
            return None  # (``remained the largest market, with 19.7 million passengers``: the noun is the category)
        # ``China remained the largest destination of non-oil and gas exports in November 2024 at US$5.80 billion``:
        # the figure after ``at`` ranks the subject too (C36-8)
        end = k
        if text[k] == "(":
            m = k - 1
            while m > sent_start and table.alpha[m] and lower[m] not in ("and", "or") and k - m <= 4:
                m -= 1
            if m - 1 > sent_start and lower[m] in ("and", "or") and m + 1 < k and text[m - 1] == ")" and \
                    all(text[i].islower() for i in range(m + 1, k)) and singular(lower[k - 1]) != lower[k - 1]:
                # ``London had the most business creations (18,640) and closures (19,990)``: the superlative's second
                # object, ranking the same subject (C37-25)
                earlier = next((x for x in reversed(span_starts(doc, "QUANTITY")[1]) if x.end == m - 1), None)
                if earlier is not None:
                    return CategoryFinder._ranked_subject(doc, earlier, set(range(earlier.start, earlier.end)),
                                                          sent_start)
        the = next((m for m in range(end - 1, max(sent_start, end - (16 if lower[k] == "at" else 12)) - 1, -1)
                    if lower[m] == "the" and m + 1 < end and lower[m + 1] in SUPERLATIVES), None)
        if the is None and text[k] == "(":
            # ``The North West ranked first for courses per 1,000 residents (642)``: a rank stated by a verb and an
            # ordinal; ``, the South West last (511)``: the same verb left out (C40-22)
            found = CategoryFinder._rank_verb_subject(doc, end, sent_start, quantity_tokens, 12)
            if found is not None:
                return found
            if end - 1 > sent_start and lower[end - 1] in _RANK_WORDS:
                found = noun_phrase_before(doc, end - 1, sent_start)
                if found is not None and found[0] - 1 >= sent_start and text[found[0] - 1] in (",", ";") or \
                        found is not None and found[0] >= 1 and lower[found[0] - 1] in ("the",) and \
                        text[found[0] - 2] in (",", ";"):
                    return found
            return None
        if the is None:
            return None
        verb = the - 2 if the - 2 >= sent_start and lower[the - 1] == "for" and table.verb[the - 2] else the - 1
        # (``Pakistan accounted for the largest number of visas (12,400)``: a verb and its particle; C22-6)
        if verb < sent_start or not table.verb[verb] or \
                any(m in quantity_tokens or text[m] in (",", ";", "(", ")") for m in range(the, end)):
            return None
        found = subject_before(doc, verb + 1, sent_start)
        if found is None or found[1] != verb and not all(table.verb[m] for m in range(found[1], verb + 1)) or \
                lower[found[2]] in ("it", "they", "this", "which", "who") or \
                any(m in quantity_tokens for m in range(found[0], found[1])) or \
                not time_token_set(doc).isdisjoint(range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _fronted_group(doc: Doc, quantity: Span, quantity_tokens: set, sent_start: int) -> tuple[int, int, int] | None:
        """The group a clause opens on before its figure (``; for women it was 71.4 percent and for men 76.3
        percent``, ``among young people it was 41.9 percent``): the noun phrase after the clause's opening ``for`` or
        ``among``, the figure following it directly (a gapped clause) or after ``it was``; None elsewhere."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        if quantity.end < len(doc) and lower[quantity.end] == "of":
            return None  # (``Among large firms 62% of managers expect``: a share of the whole after ``of``)
        k = quantity.start
        if k - 2 >= sent_start and lower[k - 1] in ("at", "to") and lower[k - 2] in FRONTED_GROUP_COPULAS:
            k -= 1  # ``it stood at``, ``it amounted to``
        if k - 1 >= sent_start and lower[k - 1] in FRONTED_GROUP_COPULAS:
            k -= 1
            if k - 1 < sent_start or lower[k - 1] not in ("it", "this", "they", "that"):
                return None
            k -= 1
        opening = next((m for m in range(k - 1, max(sent_start - 1, k - 10), -1) if lower[m] in ("for", "among")), None)
        if opening is None or opening + 1 >= k:
            return None
        before = opening - 1
        if not (before < sent_start or text[before] in (";", ",") or lower[before] in ("and", "while", "whereas", "but")):
            return None
        times = time_token_set(doc)
        if any(m in quantity_tokens or m in times or text[m] in (",", ";", "(", ")") or table.verb[m]
               for m in range(opening + 1, k)):
            return None
        found = _with_ages(doc, noun_phrase_after(doc, opening + 1, k, with_complements=False))
        if found is None or found[0] != opening + 1 and not all(lower[m] in DETERMINERS for m in range(opening + 1, found[0])):
            return None
        if k == quantity.start and opening - 1 >= sent_start and lower[opening - 1] not in ("and", "while", "whereas"):
            return None  # (a gapped clause follows its conjunction: ``and for men 76.3 percent``)
        return found

    def alternatives(self, doc: Doc, quantity: Span, quantity_tokens: set):
        """Other phrases a category could be, after the rules' choice: the counted noun phrase, the
        clause subject and the noun phrase right before the figure (for a trained re-ranker)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        sent_start, sent_end = sentence_range(doc, quantity.start)
        start_limit = self._clause_start(doc, quantity)
        if quantity.end < sent_end:
            after = quantity.end + (1 if lower[quantity.end] == "of" else 0)
            found = noun_phrase_after(doc, after, self._limit(doc, after, sent_end))
            if found and self._participle_after(doc, after, found, sent_end):
                found = None  # (``461 screened inland``: no counted noun, C29-11)
            if found:
                yield (*found, "alt-after")
        found = subject_before(doc, quantity.start, start_limit)
        if found:
            yield (*found, "alt-subject")
        k = quantity.start
        while k - 1 >= start_limit and (lower[k - 1] in BOUND_WORDS or text[k - 1] in ("(", ",")):
            k -= 1
        found = noun_phrase_before(doc, k, start_limit)
        if found:
            yield (*found, "alt-before")
        found = subject_before(doc, quantity.start, sent_start)
        if found:
            yield (*found, "alt-sentence-subject")

    @staticmethod
    def _changed_measure_from_to(doc: Doc, quantity: Span, sent_start: int) -> tuple[int, int, int] | None:
        """The measure named after a change noun and ``in`` when ``quantity`` is one end of its ``from X to Y`` (``the
        cut in import duty from 15% to 6%`` → ``import duty``), else None (C42-25)."""
        bounds = changed_measure_bounds(token_table(doc).lower, quantity.start, quantity.end, sent_start)
        if bounds is None:
            return None
        at, k = bounds
        found = noun_phrase_after(doc, at + 1, k)
        return found if found is not None and found[1] == k else None

    @staticmethod
    def _place_in_brackets_after(doc: Doc, quantity: Span, sent_end: int) -> tuple[int, int, int] | None:
        """The place named alone in brackets right after a figure (``changes ranged from -18.6 % (Bulgaria) to +15.9 %
        (Slovakia)``, ``the highest rate, 5.6% (Romania)``): the figure is that place's; None when the bracket holds
        anything but a place's name (C42-12)."""
        table = token_table(doc)
        k = quantity.end
        if k + 2 >= sent_end or table.text[k] != "(":
            return None
        close = next((m for m in range(k + 1, min(sent_end, k + 6)) if table.text[m] in (")", "(")), None)
        if close is None or table.text[close] != ")" or close == k + 1:
            return None
        words_ = table.text[k + 1 : close]
        if not all(w[:1].isupper() or w.lower() in ("and", "of", "the") for w in words_) or \
                not words_[-1][:1].isupper():
            return None
        name = " ".join(words_).lower()
        if name not in place_names() and not ends_place_name(["", *words_]):
            return None
        return k + 1, close, close - 1

    def proposals(self, doc: Doc, quantity: Span, quantity_tokens: set):
        """The rules' category phrases for ``quantity`` in order of preference."""
        found = heading_category(doc, quantity)
        if found:
            yield (*found, "heading")
            return
        table = token_table(doc)
        lower, text, punct, nounish, verb = table.lower, table.text, table.punct, table.nounish, table.verb
        sent = Bounds(*sentence_range(doc, quantity.start))
        sent_start, sent_end = sent
        after = quantity.end
        kind = span_value(quantity, "unit_kind")
        metric = span_value(quantity, "metric")
        changed_in = self._changed_in_of(doc, quantity, sent_start)
        if changed_in is not None:
            yield (*changed_in, "of")  # ``an increase in the goods deficit of $5.4 billion to $103.4 billion`` (C49-18)
            return
        apposed = apposed_noun_value(token_table(doc).lower, quantity.start)
        if apposed is not None:
            yield apposed, apposed + 1, apposed, "apposition"  # ``, a share that was 32.2% in 2013`` (C42-15)
            return
        changed = self._changed_measure_from_to(doc, quantity, sent_start) if metric == "SHARE" else None
        if changed is not None:
            yield (*changed, "of")  # ``the cut in import duty from 15% to 6%``: the measure cut (C42-25)
            return
        named = self._place_in_brackets_after(doc, quantity, sent_end)
        if named is not None:
            yield (*named, "named-after")  # ``ranged from -18.6 % (Bulgaria) to +15.9 % (Slovakia)`` (C42-12)
            return
        placed_part = self._verbless_part_placed(doc, quantity, sent, quantity_tokens)
        if placed_part is not None:
            yield (*placed_part, "placed")  # ``of which 7.3 million tonnes in wagonload traffic`` (C50-27)
            return
        restating = self._share_restated_after_whole(doc, quantity, sent_start) if metric == "SHARE" else None
        if restating is not None:
            found = self.propose(doc, restating, set(range(restating.start, restating.end)))
            if found is not None:
                # ``more than a quarter of children (26.4%) had``: the bracket restates the share before its whole
                # (C40-45, as C24-15)
                yield (*found[:3], "after")
                return
        gapped = self._gapped_share_of_verb(doc, quantity, sent_start) if metric == "SHARE" else None
        if gapped is not None:
            # ``Band 3 treatments made up 3% of courses but nearly 15% of all units``: the second share of the same
            # verb is its subject's too (C40-20)
            yield (*gapped, "share-subject")
            return
        passive = self._passive_part(doc, quantity, sent_end)
        if passive is not None:
            if passive:
                yield (*passive, "placed")  # ``of which 1.2 million were detected in air cargo``
            return  # ``of which 2,100 were destroyed``: a part named by what happened to it, PART_OF only (C28-9)
        anaphor = self._anaphor_subject(doc, quantity, sent_start)
        if anaphor is not None:
            yield (*anaphor, "label")  # ``..., and that of the automobile industry up by 5.2 percent``
            return
        row_label = self._row_label(doc, quantity, quantity_tokens)
        if row_label is not None:
            yield (*row_label, "row")  # ``Sexual crimes | 14,508 | 14,623 | 1%``: the row's first cell
            return
        ranked = self._ranked_subject(doc, quantity, quantity_tokens, sent_start)
        if ranked is not None:
            yield (*ranked, "ranked")  # ``Bavaria received the largest number of visas (9,842)``: Bavaria's figure
            return
        multiplied = self._multiplied_object(doc, quantity, sent_end)
        if multiplied is not None:
            yield (*multiplied, "object")  # ``has doubled the number of leakage technicians``: the technicians
            return
        grouped = self._for_group(doc, quantity, quantity_tokens, sent_end) or \
            self._respective_group(doc, quantity, sent_end) or \
            self._fronted_group(doc, quantity, quantity_tokens, sent_start)
        if grouped is not None:
            yield (*grouped, "placed")  # ``was 5.8% for men and 5.5% for women``: each figure's own group
            return
        if metric == "CHANGE" and after + 2 < sent_end and lower[after] in ("more", "less") and lower[after + 1] == "for" \
                and after + 2 not in time_token_set(doc):
            # ``consumers paid 23.0% less for sugar``: what the payers paid for, not the payers
            paid = noun_phrase_after(doc, after + 2, self._limit(doc, after + 2, sent_end), with_complements=False)
            if paid is not None and quantity_tokens.isdisjoint(range(paid[0], paid[1])):
                yield (*paid, "placed")
                return
        if metric in ("COUNT", "AMOUNT") and after < sent_end and nounish[after] and not punct[after] and \
                quantity.start >= 1 and lower[quantity.start - 1] == "to":
            changed = next((m for m in range(quantity.start - 2, max(sent_start, quantity.start - 12), -1)
                            if lower[m] in CHANGE_VERB_WORDS), None)
            # (a change verb, not a noun: ``despite a 64% fall to 32,200 crossings`` counts the crossings)
            verbal = changed is not None and changed > sent_start and lower[changed - 1] not in ("a", "an", "the", "%") \
                and not table.number[changed - 1]
            reached = self._stated_of(doc, quantity, sent_start, True) if verbal else None
            if reached is not None and reached[3] == "subject" and reached[1] <= quantity.start and \
                    time_token_set(doc).isdisjoint(range(reached[0], reached[1])):
                # ``the cattle population shrank by 2.3 per cent to 10.9 million animals``, ``Aircraft movements
                # declined by 1.4 percent to 34,828 takeoffs and landings``: the level a change reaches is its
                # subject's; the noun after the figure is its unit (C51-21, as D-11 for a verb of sharing)
                yield (*reached[:3], "subject")
                return
        listed = self._with_item(doc, quantity, sent_start)
        if listed is not None:
            yield (*listed, "with-item")  # ``followed by Barcelona-El Prat, with 4,048,233 (+5.7%), Gran Canaria, with``
            return
        antecedent = self._relative_antecedent(doc, quantity, sent_start, quantity_tokens) if metric == "SHARE" else None
        if antecedent is not None:
            yield (*antecedent, "relative")  # ``House rent, which accounts for roughly a fifth of the services index``
            return
        part_of_the = after + 1 < sent_end and lower[after] == "of" and \
            lower[after + 1] in ("the", "all", "these", "those", "this", "its", "their") and \
            self._after_share_verb(doc, quantity, sent_start) and not (
                after + 2 < sent_end and after + 2 in quantity_tokens and lower[after + 1] == "the")
        # (``Drivers accounted for 71 of the 174 deaths``: a count of a stated whole is the subject's, C27-12)
        if metric in ("COUNT", "AMOUNT", "MONEY") and not part_of_the and self._after_share_verb(doc, quantity, sent_start):
            # ``Children aged under 5 years accounted for 108 cases (41%)``, ``rural roads accounted for 935 deaths``:
            # the noun after the figure is its unit; what the part is, the verb's subject (D-11)
            start_limit = self._clause_start(doc, quantity)
            cue = 2 if lower[quantity.start - 1] in ("for", "up") else 1  # where the verb of sharing starts
            if lower[quantity.start - cue].endswith("ing"):
                # ``with planned admissions accounting for 9.4 million``: the noun phrase before the participle
                found = noun_phrase_before(doc, quantity.start - cue, start_limit)
                if found is not None and (found[0] - 1 < start_limit or lower[found[0] - 1] != "with"):
                    found = None
            else:
                # ``European destinations accounted for 45.3 million travellers and intercontinental destinations
                # for 21.5 million``: the gapped clause's own subject
                found = self._gapped_subject(doc, quantity.start - 1, start_limit, time_token_set(doc),
                                             quantity_tokens, gap_words=("for",)) if lower[quantity.start - 1] == "for" \
                    else None
                found = found or subject_before(doc, quantity.start, start_limit)
            if found is not None and time_token_set(doc).isdisjoint(range(found[0], found[1])) and \
                    not any(lower[m] in MONTHS or text_tables.time_cell(lower[m]) for m in range(found[0], found[1])):
                # (``September alone accounted for 301,700 first registrations``: a time names no part; the counted
                # noun does, C40-38)
                yield (*found, "share-subject")
                return
        if after < sent_end and lower[after] == "of" and (
            kind in ("currency", "measure", None) or "vague" in (span_value(quantity, "source") or "")
        ) and metric in ("COUNT", "AMOUNT", "MONEY") and not part_of_the:
            found = noun_phrase_after(doc, after + 1, self._limit(doc, after + 1, sent_end))
            if found:
                yield (*found, "after")
                return
        if kind == "currency" and metric == "MONEY" and after + 1 < sent_end and lower[after] == "in" and \
                " per " not in f" {span_value(quantity, 'unit') or ''} " and \
                text[after + 1][:1].islower() and nounish[after + 1] and after + 1 not in time_token_set(doc) and \
                lower[after + 1] not in ("total", "all", "terms", "real", "nominal", "value", "aggregate", "sum"):
            # ``$21.7 million in undeclared cash``, ``an estimated $3.1 billion in duty``: what the money is of
            found = noun_phrase_after(doc, after + 1, self._limit(doc, after + 1, sent_end))
            if found is not None and quantity_tokens.isdisjoint(range(found[0], found[1])):
                yield (*found, "after")
                return
        if kind == "currency" and metric == "MONEY" and after + 1 < sent_end and lower[after] == "on" and \
                text[after + 1][:1].islower() and after + 1 not in time_token_set(doc) and \
                self._spent_before(lower, quantity.start, sent_start):
            # ``had spent £153 million on violence reduction programmes``: what the money was spent on
            found = noun_phrase_after(doc, after + 1, self._limit(doc, after + 1, sent_end))
            if found is not None and quantity_tokens.isdisjoint(range(found[0], found[1])) and \
                    lower[found[2]] not in ("year", "month", "quarter", "week", "average", "previous"):
                yield (*found, "after")
                return
        contributed = self._contribution_subject(doc, quantity, sent_start)
        if contributed is not None:
            # ``the prices of pork went up by 14.2 percent, affecting the CPI to increase by about 0.17 percentage
            # points``: the main clause's subject contributed the figure
            yield (*contributed, "contribution")
            return
        if kind == "percent" and after < sent_end and names_target(lower, text, after):
            # ``above the 2-3% target band``, ``return to the 2% inflation target``: the figure names a target
            found = noun_phrase_after(doc, after, self._limit(doc, after, sent_end), with_complements=False)
            if found is not None:
                yield (*found, "target")
                return
        fronted = self._fronted_whole(doc, quantity) if metric == "SHARE" else None
        if fronted is None and metric == "SHARE" and quantity.start >= 2 and lower[quantity.start - 1] in ("and", ","):
            # ``Among inmates ..., 48.5% were held for a property offense and 21.2% for a drug offense``: the gapped
            # share of the same whole (C22-11)
            for earlier in [q for q in reversed(spans_of(doc, "QUANTITY")) if sent_start <= q.start < quantity.start
                            and q.end < quantity.start]:
                # (past the items before it: ``48.2% was recycled, 26.3% incinerated, 22.9% landfilled``)
                if span_value(earlier, "metric") != "SHARE" or \
                        any(lower[j] in (";", ".") for j in range(earlier.end, quantity.start)):
                    break
                fronted = self._fronted_whole(doc, earlier)
                if fronted is not None:
                    break
        if fronted is not None and quantity_tokens.isdisjoint(range(*fronted)):
            end = next((x.start for x in spans_of(doc, "PERIOD") if x.end == fronted[1] and x.start > fronted[0]),
                       fronted[1])  # (``Among sentenced inmates at yearend 2022,``: the whole before its time)
            found = noun_phrase_before(doc, end, fronted[0])
            if found is None and end - 2 > fronted[0] and is_participle(lower[end - 1]):
                # ``Of the packaging waste collected, 41.0% was recycled``: the whole with its participle
                found = noun_phrase_before(doc, end - 1, fronted[0])
                found = None if found is None else (found[0], end, found[2])
            if found is not None and found[0] > fronted[0] + 1:
                # ``Of the municipal waste treated in the EU, 48.2% was recycled``: the whole with its complements
                found = with_left_complements(doc, found, fronted[0] + 1)
            if found is not None and found[0] <= fronted[0] + 1:
                yield (*found, "of")  # ``Of arriving air travellers, 92% used SmartGates``
                return
        restated = _share_restated_in_brackets(doc, quantity) if metric == "SHARE" else None
        if restated is not None:
            # ``more than half (54%) of the bicycles stolen in 2023 were taken``: the share and its bracketed
            # restatement count the phrase after ``of`` (C24-15)
            found = self._share_subject(doc, restated, sent_end)
            if found:
                yield (*found, "after")
                return
        if after < sent_end and lower[after] == "of" and metric == "SHARE":
            found = self._share_subject(doc, quantity, sent_end)
            if found:
                yield (*found, "after")  # D-11: ``24.6% of pupils are eligible`` -> ``pupils``
                return
        if metric == "SHARE" and after < sent_end and (" in " in quantity.text.lower() or
                                                         " out of " in quantity.text.lower()) and \
                quantity[-1].lower_ not in ("percent", "cent", "%") and nounish[after] and not table.number[after] and \
                text[after][:1].islower():
            # ``One in five adults smoked``, ``nine in ten households``: the plural after the ratio is its whole (C31-23)
            found = self._share_subject(doc, quantity, sent_end, at=after)
            if found:
                yield (*found, "after")
                return
        rate = after + 1 < sent_end and lower[after] in ("a", "an", "per", "every", "each") and \
            lower[after + 1] in ("day", "week", "month", "year", "hour")
        bare = after < sent_end and (lower[after] in GENERIC_PEOPLE or lower[after] in CLASSIFIER_NOUNS or
                                     lower[after] in GENERIC_COUNT_NOUNS and metric == "COUNT" and
                                     self._named_elsewhere(doc, quantity))
        if kind is None and bare and not rate and \
                not (after + 1 < sent_end and (nounish[after + 1] and not punct[after + 1] or
                                               lower[after + 1] == "of" and metric == "COUNT" and
                                               after + 2 < sent_end and nounish[after + 2])):
            # (``8.4 million incidents of crime against households``: the noun with its complement names what is
            # counted)
            # ``Net immigration of 663,000 persons``, ``The potential additional labour force was estimated at
            # 97,100 persons``, ``the number of live hogs in stock was 434.22 million heads``: the bare word is
            # the unit, the phrase that states the figure the category; a measure word also after a verb that
            # states a figure (``with the output of new energy vehicles reaching 935,000 units``)
            labelled = self._colon_label(doc, quantity)
            if labelled is not None and quantity.start - 1 >= 0 and text[quantity.start - 1] == ":":
                yield (*labelled, "label")  # ``- Unemployed population: 6.8 million persons``: the row's label
                return
            found = self._stated_of(doc, quantity, sent_start, True)
            if found is not None:
                yield found
                return
            k = quantity.start - 1
            while k > sent_start and lower[k] in BOUND_WORDS and lower[k] != "to":
                k -= 1
            found = self._gapped_subject(doc, k, self._clause_start(doc, quantity), time_token_set(doc), quantity_tokens)
            if found is not None:
                yield (*found, "label")  # ``immigration amounted to 61 905 persons and emigration to 42 380 persons``
                return
        named = self._name_before_bracket(doc, quantity, self._clause_start(doc, quantity)) if kind is None else None
        if named is not None:
            yield (*named, "parenthesis")  # ``Germany (18 105 applicants), Spain (12 510)``: the name, not the unit word
            return
        if kind is None and after + 2 < sent_end and text[after] in ('"', "“") and not rate:
            close = next((k for k in range(after + 2, min(sent_end, after + 6)) if text[k] in ('"', "”")), None)
            if close is not None and all(table.alpha[k] or text[k] == "-" for k in range(after + 1, close)):
                # ``1,350 "money mules" who opened bank cards``: the quoted words are the counted noun
                yield (after + 1, close, close - 1, "after")
                return
        if kind is None and after < sent_end and not punct[after] and not rate and lower[after] not in FIGURE_FOLLOWERS:
            limit = self._limit(doc, after, sent_end)
            found = noun_phrase_after(doc, after, limit)
            if found and self._participle_after(doc, after, found, sent_end):
                # (``of whom 3,412 travelled without a parent``: a verb)
                found = None  # ``the previous record of 31,882,049 set in 2019``: a participle, no counted noun
            if found and found[0] == after and lower[after] in PART_MOTION_VERBS:
                found = None  # ``of which 590.1 million flew on domestic routes``: a verb of motion, no counted noun
            if found and found[0] in time_token_set(doc):
                found = None  # ``Passenger numbers reached 83.9 million last year``: a time, no counted noun
            if found and found[1] == found[0] + 1 and found[1] + 1 < sent_end and lower[found[1]] == "and" and \
                    singular(lower[found[0]]) == lower[found[0]] and table.alpha[found[1] + 1] and \
                    text[found[1] + 1].islower() and singular(lower[found[1] + 1]) != lower[found[1] + 1] and \
                    (found[1] + 2 >= sent_end or not table.alpha[found[1] + 2] or table.verb[found[1] + 2] or
                     lower[found[1] + 2] in PREPOSITIONS):
                # ``529,980 stop and searches``: a singular and a plural after the figure are one compound noun, the
                # plural its head (C37-30)
                found = (found[0], found[1] + 2, found[1] + 1)
            if found and found[2] == found[0] and lower[found[2]] in CHANGE_HEADS and metric == "CHANGE":
                found = None  # ``higher than the 12,200 increase in the previous quarter``: the change's noun (C37-28)
            if found:
                yield (*found, "after")
                return
        if kind is None and metric == "COUNT" and after + 1 < sent_end and lower[after] in ("for", "in", "among") and \
                quantity.start - 1 > sent_start and lower[quantity.start - 1] in ("and", ","):
            # ``of which 412 were for drug trafficking offences and 96 for firearms offences``: the copula left out
            # of the next part (C35-8)
            m = quantity.start - 2
            while m > sent_start and m not in quantity_tokens and not punct[m] or m > sent_start and lower[m] == ",":
                m -= 1
            p_end = m + 1
            if m in quantity_tokens and p_end + 1 < sent_end and lower[p_end] in COPULAS and \
                    lower[p_end + 1] == lower[after] and after + 1 not in time_token_set(doc):
                found = noun_phrase_after(doc, after + 1, self._limit(doc, after + 1, sent_end))
                if found:
                    yield (*found, "group-part")
                    return
        if kind is None and metric == "COUNT" and after + 1 < sent_end and \
                lower[after] in ("in", "to", "from", "by", "for", "among") and after + 1 not in time_token_set(doc) and \
                quantity.start - 1 > sent_start and self._listed_part(lower, quantity.start, sent_start, quantity_tokens):
            # ``including 411,200 in higher education, 296,100 in vocational education and training``, ``of which
            # 2.1 million by non-residents``: the group a listed part is in, to or from (C35-16)
            found = noun_phrase_after(doc, after + 1, self._limit(doc, after + 1, sent_end))
            if found and quantity_tokens.isdisjoint(range(found[0], found[1])):
                yield (*found, "group-part")
                return
        stated = _past_bracket(doc, after)  # (``131 (59.8%) were EU nationals``: past its share in brackets)
        if stated < sent_end and (lower[stated] in COPULAS or lower[stated] in PART_OBJECT_VERBS) and (
                self._is_subtotal(doc, quantity) or metric == "COUNT" and (
                    self._fronted_whole(doc, quantity) or self._fronted_list_item(doc, quantity) or
                    self._next_subtotal(doc, quantity, sent_start))):
            opener = stated + 1
            if lower[stated] in COPULAS and opener + 1 < sent_end and lower[opener] in ("in", "among", "for") and \
                    opener + 1 not in time_token_set(doc) and lower[opener + 1] not in ("total", "all", "addition"):
                opener += 1  # ``Of the cases, 9,067 were in people aged 15 and over``: the group the part is in (C23-9)
            found = _with_ages(doc, noun_phrase_after(doc, opener, self._limit(doc, opener, sent_end)))
            if found and lower[found[0]] in AGE_WORDS:
                found = None  # ``41 were aged 18 to 24``: an age, not what the part is
            if found and lower[stated] in COPULAS and found[0] == stated + 1 and found[0] + 1 < sent_end and \
                    (is_participle(lower[found[0]]) or lower[found[0]] in IRREGULAR_PARTICIPLES) and \
                    lower[found[0] + 1] in ("from", "on", "to", "in", "for", "into", "at"):
                found = None  # ``87.0 billion were driven on rural roads``: a passive verb, where the part went next
            if found and found[1] - found[0] == 1 and found[0] == stated + 1 and lower[stated] in COPULAS and \
                    state_adjective(text[found[0]]):
                return  # ``66 accidents, of which one was fatal``, ``82 were fatal``: a state of the part, no name of it;
                # the part counts what its whole counts (C40-30)
            if found:
                # (the group a part is in names no counted noun: the part counts what its whole counts)
                yield (*found, "predicate" if opener == stated + 1 else "group-part")
                return
        if stated < sent_end and metric != "SHARE" and (lower[stated] in COPULAS or lower[stated] in PART_MOTION_VERBS) \
                and (self._is_subtotal(doc, quantity) or self._fronted_whole(doc, quantity) is not None):
            # (``Of all arrivals, 45% came for a holiday``: a share keeps its whole as category)
            found = self._part_destination(doc, stated, sent_end)
            if found is not None:
                yield (*found, "destination")  # ``of which 6.3 million b/d came from the Permian region``
                return
        found = self._listed_destination(doc, quantity, sent_start, sent_end)
        if found is not None:
            yield (*found, "destination")  # ``of which 172,480 came back from Indonesia, 98,100 from New Zealand``
            return
        if kind == "measure" and span_value(quantity, "unit") in ("hour", "day", "week", "minute") and \
                after + 1 < sent_end and (
            lower[after] in ("a", "per", "every") and lower[after + 1] in ("day", "week", "year", "month")
        ):
            return
        start_limit = self._clause_start(doc, quantity)
        time_tokens = time_token_set(doc)
        opening = quantity.start - 1
        if opening >= 2 and text[opening] == ";" and after < sent_end and text[after] == ")":
            first = self._last_quantity_before(doc, opening, sent_start)
            if first is not None and first.end == opening and first.start >= 1 and text[first.start - 1] == "(" and \
                    span_value(first, "metric") == "CHANGE":
                opening = first.start - 1  # ``in transport equipment (-3.4%; 118.2 points)``: the bracket's second
                start_limit = min(start_limit, self._clause_start(doc, first))
                # figure, after a change, names what the change does (C43-7)
        if opening >= 1 and text[opening] in ("-", "+", "−", "–") and text[opening - 1] == "(":
            opening -= 1  # a sign the number reader left out: ``Wales (-9%)``
        elif opening >= 2 and lower[opening] in ("up", "down") and text[opening - 1] == "(" and metric == "CHANGE" and \
                after < sent_end and text[after] == ")" and (text[opening - 2][:1].isupper() or text[opening - 2] in _QUOTES or
                                                            table.nounish[opening - 2] and table.alpha[opening - 2] and
                                                            not table.verb[opening - 2]):
            # (``the largest contributors were mining and quarrying (down 4.1%)``: a lower-case name too, C36-27)
            opening -= 1  # ``the steepest drops in Omaha (down 51%) and Denver (down 42%)``: the place's change
        elif opening >= 2 and lower[opening] == "by" and text[opening - 1] == "(" and metric == "CHANGE" and \
                after < sent_end and text[after] == ")" and (table.nounish[opening - 2] or text[opening - 2] in _QUOTES):
            opening -= 1  # ``a decrease was recorded in "motor vehicles, parts" (by 4.9%)``: the named group's change (C36-4)
        elif opening >= 2 and lower[opening] in _BRACKET_BOUND_WORDS and text[opening - 1] == "(" and \
                after < sent_end and text[after] == ")" and opening - 2 not in _quantity_tokens(doc):
            opening -= 1  # a bound inside the bracket: ``refugee status (about 160,000)``
        elif opening >= 2 and lower[opening] in ("both", "each", "all") and text[opening - 1] == "(" and \
                after < sent_end and text[after] == ")":
            opening -= 1  # ``in Greece and Luxembourg (both +11.2%)``: the figure of each item named (C37-20)
        if opening >= 0 and text[opening] == "(" and after + 1 < sent_end and lower[after] in ("for", "in", "from") and \
                (metric in ("COUNT", "AMOUNT", "MONEY") or lower[after] == "for"):
            # ``219 arrests (158 for trafficking in human beings)``, ``climbed 1.5 percent (+1.2 percent for
            # petroleum and +30.8 percent for natural gas)``: the bracketed part names what it is for
            close = next((k for k in range(after + 1, min(sent_end, after + 12)) if text[k] in (")", ",", ";")), None)
            if close is not None and text[close] != ")":
                close = next((k for k in range(after + 1, min(sent_end, after + 12)) if text[k] == ")" or
                              k in quantity_tokens or lower[k] in ("and", "or")), None)
            found = noun_phrase_after(doc, after + 1, close) if close is not None else None
            if found is not None and time_tokens.isdisjoint(range(found[0], found[1])) and \
                    quantity_tokens.isdisjoint(range(found[0], found[1])) and (
                        metric in ("COUNT", "AMOUNT", "MONEY") or self._stated_for(doc, found)):
                yield (*found, "placed")
                return
        if opening >= 1 and text[opening] == "(" and text[opening - 1] in _QUOTES:
            # ``"Manufacture of basic metals" (4.5 per cent)``: the quoted name before the bracket
            quote = next((m for m in range(opening - 2, max(start_limit, opening - 20) - 1, -1)
                          if text[m] in _QUOTES), None)
            if quote is not None and quote + 1 < opening - 1 and \
                    not any(i in quantity_tokens for i in range(quote + 1, opening - 1)):
                yield quote + 1, opening - 1, opening - 2, "parenthesis"
                return
        if opening >= 0 and text[opening] == "(":
            found = noun_phrase_before(doc, opening, start_limit)
            if (found is None or not time_tokens.isdisjoint(range(found[0], found[1]))) and opening - 1 in time_tokens:
                # ``Completions in 2023-24 (172,980) outnumbered commencements``: the phrase before its time (C38-24)
                dated = opening - 1
                while dated - 1 >= start_limit and dated - 1 in time_tokens:
                    dated -= 1
                cut = noun_phrase_before(doc, dated, start_limit) if dated > start_limit and \
                    lower[dated] in ("in", "for", "during") else None
                # (not ``the highest level since August 2022 (72,200)``: the value at a time compared with; nor ``38% of
                # apprehensions at the southwest border in September (20,520)``: a figure before it is restated)
                if cut is not None and (cut[0] == sent_start or text[cut[0] - 1] in (",", ";", ":") or
                                        lower[cut[0] - 1] in DETERMINERS and cut[0] - 1 == sent_start):
                    found = cut
            aged = next((m for m in range(opening - 2, max(start_limit, opening - 7) - 1, -1)
                         if lower[m] in AGE_WORDS or lower[m].endswith("-aged") or
                         lower[m] in ("under", "over") and m - 1 >= start_limit and lower[m - 1] in PEOPLE_NOUNS),
                        None) if found is None or table.number[found[0]] or found[0] in _quantity_tokens(doc) else None
            if aged is not None and aged - 1 >= start_limit and \
                    (table.number[opening - 1] or lower[opening - 1] in ("years", "over", "older", "plus")) and \
                    all(table.number[m] or lower[m] in ("to", "and", "or", "over", "older", "-", "–", "years", "plus")
                        for m in range(aged + 1, opening)):
                # ``among core-aged women aged 25 to 54 (+24,000; +0.4%)``, ``those aged 85 years and over (58.4 per
                # 100,000)``, ``children under 5 years (14.6 per 100,000)``: the group with its ages (D-17)
                group = noun_phrase_before(doc, aged, start_limit)
                if group is None and lower[aged - 1] in ("those", "people", "persons"):
                    group = (aged - 1, aged, aged - 1)
                found = (group[0], opening, group[2]) if group is not None and group[1] == aged else None
            if found and found[1] - found[0] == 1 and lower[found[0]] in vocabulary("not_category_words"):
                found = None  # ``Imports fell back (-0.3% after +0.4%)``: a particle names nothing; the subject changed
            if found and found[1] - found[0] == 1 and found[0] >= 1 and lower[found[0] - 1] == "to" and \
                    (lower[found[0]] in words("change_up") or lower[found[0]] in words("change_down")):
                found = None  # ``Romania was the only large reporter to grow (+0.4 billion tkm; +14.3%)``: a verb (C43-41)
            if found and lower[found[2]] in ("terms", "basis") and found[0] - 1 > start_limit and \
                    lower[found[0] - 1] in ("in", "on"):
                # ``were unchanged in trend terms (0.0%)``: a qualifier of the predicate before it
                found = noun_phrase_before(doc, found[0] - 1, start_limit)
            if found and found[1] - found[0] <= 2 and found[0] - 2 > start_limit and \
                    lower[found[0] - 1] in INTENSIFIERS | HEDGE_ADVERBS and lower[found[0] - 2] in PREDICATE_COPULAS:
                found = None  # ``imports were almost unchanged (-0.1%)``: a predicate; its subject is measured
            if found and found[1] - found[0] == 1 and found[0] - 2 > start_limit and lower[found[0] - 1] in ("more", "less"):
                m = found[0] - 2
                while m > start_limit and lower[m] in INTENSIFIERS | HEDGE_ADVERBS:
                    m -= 1
                if lower[m] in PREDICATE_COPULAS:
                    found = None  # ``edible fats and oils became markedly more expensive (+19.1%)``: a predicate
            close = next((m for m in range(opening + 1, min(len(text), opening + 16)) if text[m] in (")", "(")), None)
            after_item = next((m for m in range(close + 2, min(len(text), close + 8)) if text[m] == "("), None) \
                if close is not None and text[close] == ")" and close + 2 < len(text) and \
                lower[close + 1] in (",", "and") else None
            listed = after_item is not None and all(nounish[m] and not verb[m] for m in range(close + 2, after_item))
            # (``the largest positive contributors were iron ore (10.0%), PGMs (2.8%) and coal (1.8%)``: the first of a
            # list of named items, each with its bracket, is a name, no predicate; C42-40)
            if found and not listed and (
                    lower[found[2]] in CHANGE_HEADS or _predicate_noun(lower, found, start_limit) is not None or
                    all(lower[i] in VERB_ADVERBS for i in range(found[0], found[1])) or
                    found[1] - found[0] <= 2 and found[0] - 1 > start_limit and
                    lower[found[0] - 1] in PREDICATE_COPULAS and text[found[0]][:1].islower()):
                # (``Net migration was positive (+12,400; +0.3%)``: an adjective after a copula is a predicate)
                # (``Malaysia was the leading destination (29.68 percent)``: a predicate noun; its subject is measured)
                # ``Norrbotten County saw the largest decrease (-0.4 percent)``, ``retail trade changed
                # little (+19,000)``: the subject
                found = None
            if found and self._dated_earlier_value(doc, quantity, opening, time_tokens, quantity_tokens):
                found = None  # ``88% of residents cleared immigration through e-gates (85% a year earlier)`` (C27-9)
            if found and found[1] - found[0] == 1 and found[0] >= 1 and table.number[found[0] - 1] and \
                    kind not in ("percent", "percentage_point"):
                found = None  # ``- Cocaine: 112 cases (98)``: the noun is the figure's unit before its earlier value (C29-13)
            cue = next((m for m in range(found[0] + 1, found[1] - 2) if lower[m] in ("ahead", "short") and
                        lower[m + 1] == "of" or lower[m] == "behind"), None) if found else None
            if cue is not None:
                found = (cue, found[1], found[2])  # ``which ranked first ahead of France (7%)``: the rank's cue (C40-40)
            if found and found[0] + 2 < found[1] and lower[found[0]] in ("ahead", "short") and lower[found[0] + 1] == "of" \
                    or found and found[0] + 1 < found[1] and lower[found[0]] == "behind":
                # ``ahead of wholesale and retail trade (388)``, ``behind India (118,200)``: the rank's cue, no part
                # of the name (C31-24)
                skip = 1 if lower[found[0]] == "behind" else 2
                found = (found[0] + skip, found[1], found[1] - 1)
            measured = metric in ("AMOUNT", "CHANGE") and span_value(quantity, "unit_kind") == "measure"
            if found and (metric == "MONEY" or measured) and \
                    not _quantity_tokens(doc).isdisjoint(range(found[0], found[1])):
                # ``632.69 billion yuan (88 billion U.S. dollars)``, ``assets worth 1.18 billion yuan ($162 million)``:
                # the amount restated in another currency is of what the amount before the bracket is of
                restated = self._last_quantity_before(doc, opening, start_limit)
                if restated is not None and restated.end == opening and measured and \
                        _restates_measure(restated, quantity):
                    # ``1.29°C (2.32°F) above the 20th-century average``, ``10.36 million square kilometers (4.00
                    # million square miles)``: the same figure in another unit, of the same kind (C45-30)
                    quantity._.metric = span_value(restated, "metric")
                    quantity._.direction = span_value(restated, "direction")
                    earlier = self.propose(doc, restated, set(range(restated.start, restated.end)))
                    if earlier is not None and quantity_tokens.isdisjoint(range(earlier[0], earlier[1])):
                        yield (*earlier[:3], "parenthesis")
                        return
                if restated is not None and restated.end == opening and span_value(restated, "metric") == "MONEY":
                    earlier = self.propose(doc, restated, set(range(restated.start, restated.end)))
                    if earlier is not None and quantity_tokens.isdisjoint(range(earlier[0], earlier[1])):
                        yield (*earlier[:3], "parenthesis")
                        return
                found = None
            if found:
                cue = next((k for k in range(found[1] - 2, found[0], -1) if lower[k - 1] == "of" and
                            lower[k] in ("them", "these", "those", "which", "whom")), None)
                if cue is not None:
                    # ``unaccompanied minors, most of them Afghans (6,100)``: the name after a partitive cue
                    found = (cue + 1, found[1], found[2])
                    yield (*found, "parenthesis")
                    return
            if found and time_tokens.isdisjoint(range(found[0], found[1])):
                yield (*self._extend_list_left(doc, found, start_limit), "parenthesis")
                return
            found = subject_before(doc, opening, start_limit)
            if found and _predicate_change(lower, found, start_limit):
                found = None
            if found and time_tokens.isdisjoint(range(found[0], found[1])):
                yield (*found, "subject")
                return
        k = quantity.start - 1
        while k >= start_limit and lower[k] in BOUND_WORDS and not (
                k == quantity.start - 1 and lower[k] in ("up", "down") and metric == "CHANGE"):
            k -= 1  # (``up 12.4 percent`` states a direction, ``up to 5%`` a bound)
        if k >= start_limit and k + 1 < quantity.start and lower[k] in ("more", "fewer", "less") and lower[k + 1] == "than":
            k -= 1  # ``made up fewer than one in thirty courses``: the comparative of the bound (C40-19)
        if k - 1 >= start_limit and lower[k] in ("further", "additional") and lower[k - 1] in ("a", "an"):
            k -= 2  # ``and the Mid-East (Kildare, ...) for a further 15.8%``: a qualifier of the figure (C52-10)
        elif k >= start_limit and lower[k] == "another":
            k -= 1
        if k - 1 >= start_limit and lower[k] in ("little", "bit") and lower[k - 1] == "a" and k + 1 < quantity.start and \
                lower[k + 1] in BOUND_WORDS:
            k -= 2  # ``a little above 3 percent``: part of the bound
            while k >= start_limit and lower[k] in BOUND_WORDS:
                k -= 1
        while k - 1 >= start_limit and (lower[k - 1], lower[k]) in ADVERBIAL_PAIRS:
            k -= 2  # ``were on average 9.9 percent higher``, ``shipped in total 4.2 million tonnes``: no label
            while k >= start_limit and lower[k] in BOUND_WORDS:
                k -= 1
        labelled = k
        while labelled > sent_start and lower[labelled] in _LEVEL_LABEL_WORDS:
            labelled -= 1  # (``reaching an average of 53``: the level's label between the participle and the figure)
        p = labelled if labelled < k and lower[labelled].endswith("ing") and \
            not _LEVEL_LABEL_NOUNS.isdisjoint(lower[labelled + 1 : k + 1]) else k
        if p - 1 > sent_start and text[p - 1] == "," and len(lower[p]) > 4 and lower[p].endswith("ing") and \
                lower[p] not in ING_NOUNS and all(w in STATING_PARTICLES or w in _LEVEL_LABEL_WORDS
                                                  for w in lower[p + 1 : quantity.start]):
            # ``Fuel inflation recorded the steepest decline, slowing to 4.1% from 11.6%``: a participle
            # clause after a comma states a figure of the main clause's subject
            found = subject_before(doc, p - 1, sent_start)
            if found and not any(i in quantity_tokens or i in time_tokens for i in range(found[0], found[1])):
                yield (*found, "subject")
                return
        if k - 1 >= start_limit and lower[k] == "with" and text[k - 1] == "," and after + 1 < sent_end and \
                text[after] == "," and (verb[after + 1] or lower[after + 1] in COPULAS or
                                        lower[after + 1] in CHANGE_VERB_WORDS):
            # ``Germany, with 4.4 million tonnes, accounted for more than a quarter``: the figure interjected after a
            # clause's subject is the subject's (C37-18)
            found = noun_phrase_before(doc, k - 1, start_limit)
            opening = found[0] - 1 if found else -1
            while found and opening >= start_limit and lower[opening] in DETERMINERS:
                opening -= 1  # (``; the Netherlands, with 0.57 billion tonnes,``)
            if found and (opening < start_limit or text[opening] in (";", ",") or
                          lower[opening] in ("and", "but", "while", "whereas")) and \
                    quantity_tokens.isdisjoint(range(found[0], found[1])) and \
                    time_token_set(doc).isdisjoint(range(found[0], found[1])):
                yield (*found, "apposition")
                return
        if k - 1 >= start_limit and lower[k] == "at" and text[k - 1] == ",":
            end = k - 1
            if end - 1 > start_limit and text[end - 1] == ")":
                # ``The number of long-term unemployed (those jobless for 27 weeks or more), at 1.7 million``: the
                # phrase before its bracketed definition
                end = next((m for m in range(end - 2, max(start_limit, end - 40) - 1, -1) if text[m] == "("), end)
            found = noun_phrase_before(doc, end, start_limit)
            past = after
            while past < sent_end and past in time_token_set(doc):
                past += 1  # (``workers belonging to unions, at 14.3 million in 2024, was``: past the figure's time, C37-7)
            if found and past + 1 < sent_end and text[past] == "," and lower[past + 1] not in ("and", "or") and (
                    verb[past + 1] or lower[past + 1] in COPULAS or lower[past + 1] in CHANGE_VERB_WORDS or
                    lower[past + 1].endswith("ed")) and lower[past + 1] not in ("followed", "compared", "led") and \
                    lower[found[0] - 1] in PREPOSITIONS:
                # ``the number of persons employed part time for economic reasons, at 4.5 million, changed little``:
                # the figure interjected between a subject and its verb states the whole subject
                found = with_left_complements(doc, found, start_limit)
            if found and found[1] - found[0] == 1 and found[0] - 2 >= start_limit and lower[found[0] - 1] in INTENSIFIERS:
                found = (found[0] - 1, found[1], found[2])  # ``the gap was much wider, at 27.9 per cent``
            if found and found[1] - found[0] <= 2 and found[0] - 1 >= start_limit and (
                    lower[found[0] - 1] in PREDICATE_VERBS and (found[1] - found[0] == 1 or lower[found[0]] in INTENSIFIERS) or
                    found[1] - found[0] == 1 and verb[found[0] - 1] and (lower[found[0]] in VERB_ADVERBS or
                                                                         lower[found[0]] in NO_CHANGE_WORDS)):
                # ``services inflation remained high, at 6.3 per cent``, ``Wage growth was strong, at 4.2 per
                # cent``: the word before the comma is a predicate; the verb's subject is measured
                found = subject_before(doc, found[0], start_limit)
            elif found and found[0] - 1 > start_limit and (
                    lower[found[0] - 1] == "to" or lower[found[0] - 1] in ("a", "an") and found[0] - 3 > start_limit and
                    lower[found[0] - 3] == "to") and (lower[found[2]] in CHANGE_HEADS or lower[found[2]] == "change"):
                # (``to record a decline``: the phrase opens after its article, C40-16)
                # ``flats were the only type to show little change (0.1%), at £232,000``: the infinitive's change is
                # said of the clause's subject (C38-9)
                found = subject_before(doc, found[0] - 1, start_limit)
            elif found and (copula := _predicate_noun(lower, found, start_limit)) is not None:
                # ``Cataract surgery remained the most frequent main procedure, at 545,000``: a predicate noun
                found = subject_before(doc, copula, start_limit)
            if found:
                yield (*found, "apposition")
                return
        if k - 3 >= start_limit and lower[k] == "at" and nounish[k - 1] and not verb[k - 1]:
            found = noun_phrase_before(doc, k, start_limit)
            j = found[0] - 1 if found else -1
            while j > start_limit and lower[j] in ("the", "by", "far", "a", "an", "its", "their"):
                j -= 1
            first = found[0] if found else 0
            while found and first < found[1] - 1 and lower[first] in ("by", "far", "the", "a", "an"):
                first += 1
            if found and j > start_limit and text[j] == "," and (lower[first] in ("main", "second", "third") or
                                                                 lower[first].endswith("est") and len(lower[first]) > 4):
                subject = noun_phrase_before(doc, j, start_limit)
                if subject and (subject[0] == start_limit or text[subject[0] - 1] in (",", ";", "\n") or
                                "\n" in text[subject[0] - 1]) and \
                        not any(i in quantity_tokens or i in time_tokens for i in range(subject[0], subject[1])):
                    # ``Mortgage balances, by far the largest component at $12.59 trillion``: the subject the apposition
                    # describes (C42-28)
                    yield (*subject, "apposition")
                    return
        if lower[k] == "at":
            put = self._put_object(doc, k, start_limit)
            if put is not None and not any(i in quantity_tokens or i in time_tokens for i in range(put[0], put[1])):
                yield (*put, "object")  # ``Stats SA estimates the mid-year population at 63,02 million`` (C48-24)
                return
        infinitive = self._headline_infinitive_subject(doc, quantity, start_limit, quantity_tokens, time_tokens)
        if infinitive is not None:
            yield (*infinitive, "label")  # ``- Single-aisle airplanes to make up 71% of the 2043 fleet`` (C43-17)
            return
        m = k
        if k - 2 >= start_limit and (lower[k] == "at" and lower[k - 1] in NO_CHANGE_WORDS or
                                     lower[k] == "to" and lower[k - 1] in ("up", "down")):
            m = k - 1  # ``Unemployment steady at 5 per cent``, ``Saving rate down to 15.2%``: the headline's predicate (C42-4)
        headline_predicate = m < k or k + 1 < quantity.start and lower[k] in ("up", "down") and lower[k + 1] == "to"
        if m - 1 >= start_limit and (lower[k] == "at" or headline_predicate) and nounish[m - 1] and not verb[m - 1]:
            found = noun_phrase_before(doc, m, start_limit)
            line_start = next((j for j in range(m - 1, found[0], -1) if "\n" in table.whitespace[j - 1] or
                               "\n" in text[j - 1]), None) \
                if found else None
            if line_start is not None:
                found = (line_start, found[1], max(found[2], line_start))  # (a headline's second line, C42-4)
            if found and (found[0] == 0 or "\n" in table.whitespace[found[0] - 1] or "\n" in text[found[0] - 1]) and \
                    not any(verb[i] for i in range(found[0], found[1])) and \
                    not any(i in quantity_tokens or i in time_tokens for i in range(found[0], found[1])):
                # a headline without a verb (``Euro area unemployment at 6.3%``): the phrase it opens with
                yield (*found, "label")
                return
        if k - 2 >= start_limit and lower[k] == "of" and lower[k - 1] == "out" and metric in ("COUNT", None):
            # ``173 test centres (out of 320)``: the whole of the part before, which counts the same things (C38-12)
            part = next((m for m in range(k - 2, max(start_limit, k - 6) - 1, -1) if m in quantity_tokens), None)
            if part is not None:
                found = noun_phrase_after(doc, part + 1, k - 1, with_complements=False)
                if found is not None and found[0] == part + 1 and time_tokens.isdisjoint(range(found[0], found[1])):
                    yield (*found, "of")
            return
        if k - 1 >= start_limit and lower[k] == "of" and metric in ("COUNT", "AMOUNT", "MONEY", "SHARE"):
            found = noun_phrase_before(doc, k, start_limit)
            if found is not None:
                opening = found[0]
                while opening < found[1] - 1 and (lower[opening] in COMPARISON_OPENERS or
                                                  lower[opening] == "of" and opening > found[0]):
                    opening += 1  # ``fell well short of the planning level of 32,300``: the level, not ``short``
                if opening > found[0] and lower[opening - 1] in ("of", "above", "below", "ahead"):
                    found = (opening, found[1], max(found[2], found[1] - 1))
            if found and all(lower[i] in LEVEL_WORDS or lower[i] in ("new", "all-time", "historic", "record", "all", "time",
                                                                     "-", "year", "month", "decade", "multi", "series")
                             or lower[i].isdigit() for i in range(found[0], found[1])):
                found = None  # ``to a level of $28.65 trillion``, ``to an all-time high of``, ``a 15-year high of``: the
                # level of the clause's subject
            if found and found[1] - found[0] <= 3 and found[0] >= 2 and lower[found[0] - 1] in ("a", "an") and (
                    lower[found[2]] in BALANCE_NOUNS and lower[found[0] - 2] in PREDICATE_VERBS | BALANCE_VERBS or
                    lower[found[2]] in BALANCE_NOUNS and lower[found[0] - 2] in ("from", "to") and
                    any(w.startswith("revis") for w in lower[start_limit : found[0] - 2]) or
                    lower[found[2]] in LEVEL_WORDS and lower[found[0] - 2] in PREDICATE_VERBS | BALANCE_VERBS | {"to", "at"}):
                # ``the monthly trade balance was a deficit of $2.1 billion``, ``showed a surplus of``, ``reaching an
                # annualized level of 610.2 trillion yen``, ``has been revised from a deficit of $2.1 billion to a
                # deficit of $2.2 billion`` (C25-13): a predicate noun; the clause's subject is measured
                found = None
            if found and found[1] - found[0] <= 3 and lower[found[2]] in ESTIMATE_NOUNS and \
                    "of" not in lower[found[0] : found[1]]:
                found = None  # ``revised from the quick estimate of 4.8 percent``: an estimate of the subject
            if found and metric != "SHARE" and found[1] - found[0] == 1 and lower[found[2]] in AVERAGE_WORDS:
                found = None  # ``First-time buyers paid an average of £245,000``: the subject's average
            if found and metric != "SHARE" and lower[found[2]] in ("rate", "pace", "rates"):
                found = None  # ``Housing starts were at a seasonally adjusted annual rate of 1,238,000``: a count
            at = found[0] - 1 if found and found[0] >= 1 and lower[found[0] - 1] == "at" else \
                found[0] - 2 if found and found[0] >= 2 and lower[found[0] - 1] in ("a", "an", "the") else None
            if found and lower[found[2]] in ("rate", "pace") and at is not None and lower[at] == "at" and \
                    at - 1 >= start_limit and lower[at - 1] in CHANGE_VERB_WORDS:
                found = None  # ``the economy expanded at an annualized rate of 1%``: how fast the subject grew
            if found and metric == "SHARE" and (
                    lower[found[2]] in CHANGE_HEADS or lower[found[2]] in LEVEL_WORDS or lower[found[2]] in RANGE_NOUNS or
                    lower[found[2]] in AVERAGE_WORDS or
                    lower[found[2]] in SHARE_NOUNS and all(
                        lower[m] in _SHARE_ADJECTIVES for m in range(found[0], found[1]) if m != found[2])):
                # ``an increase of 5%``, ``a share of 12%``, ``reached a record share of 50.8%`` (C35-26): the clause's
                # subject is measured
                found = None
            if found and found[1] - found[0] <= 2 and found[0] - 1 >= start_limit and \
                    lower[found[0] - 1] in REPORTING_VERBS and singular(lower[found[2]]) != lower[found[2]]:
                # ``Nonstore retailers reported sales of $124.3 billion``, ``Mid-East recorded populations of``: the
                # measure the verb's subject reports; the subject is measured
                subject = subject_before(doc, found[0], start_limit)  # (the subject of the verb before it)
                if subject and not any(i in quantity_tokens or i in time_tokens for i in range(subject[0], subject[1])):
                    yield (*subject, "subject")
                    return
            if found and found[1] - found[0] <= 2 and (lower[found[2]] in CHANGE_HEADS or lower[found[2]] in (
                    "gain", "gains", "loss", "losses")):
                labelled = self._colon_label(doc, quantity)
                if labelled is None and found[0] - 2 >= 0 and text[found[0] - 1] in ("a", "an"):
                    labelled = self._colon_label(doc, doc[found[0] - 1 : quantity.end])
                if labelled is not None:
                    # ``- annual net migration: a gain of 38,800, compared with a gain of 136,000``: the row's label
                    # is what gained
                    yield (*labelled, "label")
                    return
                opening = found[0] - 1 if text[found[0] - 1] in ("a", "an") else found[0]
                if opening - 1 >= 0 and lower[opening - 1] in ("with", "against", "to", "from") and kind != "currency":
                    found = None  # ``compared with a gain of 136,000``: the earlier value of the figure compared
                elif opening < found[0] and (subject := _recorded_change_subject(doc, opening, start_limit)) and \
                        not any(i in quantity_tokens or i in time_tokens for i in range(subject[0], subject[1])):
                    yield (*subject, "subject")  # ``Victoria recorded an increase of 9,100`` (C50-21)
                    return
            if found and time_tokens.isdisjoint(range(found[0], found[1])):
                yield (*found, "of")
                return
        line_colon = self._colon_label(doc, quantity)
        if line_colon is not None:
            yield (*line_colon, "label")
            return
        found = self._placed_after(doc, quantity, sent, time_tokens, quantity_tokens)
        if found is not None:
            yield (*found, "placed")
            return
        t_ = quantity.start - 1
        if t_ - 2 >= start_limit and metric != "CHANGE" and lower[t_] == "to" and \
                lower[t_ - 1] in vocabulary("figure_direction_words") and lower[t_ - 1] not in ("up", "down") and \
                nounish[t_ - 2] and not verb[t_ - 2] and t_ - 2 not in time_tokens and \
                not (t_ - 3 >= start_limit and lower[t_ - 3] == "to"):
            # ``with the grant rate falling to 47% from 67%``: the level an absolute construction's subject reaches
            # (C35-20); not ``with demand expected to keep rising to 35.7 million`` (a verb after ``to``, C44-14)
            found = noun_phrase_before(doc, t_ - 1, start_limit)
            if found and not any(i in quantity_tokens or i in time_tokens for i in range(found[0], found[1])):
                yield (*self._complements_left(doc, found, start_limit, time_tokens), "label")
                return
        if k - 2 >= start_limit and metric == "CHANGE" and lower[k] == "by" and \
                lower[k - 1] in vocabulary("figure_direction_words") and (
                    lower[k - 1].endswith("ing") or lower[k - 1] in ("up", "down")) and \
                nounish[k - 2] and not verb[k - 2] and k - 2 not in time_tokens:
            k -= 1  # ``with employment growing by about 1.7 per cent``: an absolute construction with ``by`` (C42-16);
            # ``GDP up by 0.4% and employment up by 0.2%``: a headline's (C50-19)
        if k >= start_limit and metric == "CHANGE" and lower[k] in vocabulary("figure_direction_words"):
            k -= 1  # an absolute construction: ``rape down 9.4%``, ``the index for food at home rising 0.1%``
            m = k
            while m >= start_limit and m in time_tokens and k - m < 8:
                m -= 1
            if m < k and m >= start_limit and m not in time_tokens and nounish[m] and not verb[m] and \
                    not table.number[m] and lower[m + 1] in ("in", "for", "during", "over"):
                k = m  # ``Southwest border apprehensions in September down 77%``: a headline's subject before its time
                # (C50-6)
            elif k - 1 >= start_limit and text[k] == "," and nounish[k - 1] and not verb[k - 1] and \
                    not table.number[k - 1] and k - 1 not in time_tokens:
                labelled = noun_phrase_before(doc, k, start_limit)
                if labelled is not None and labelled[1] == k and \
                        all(text[m] in ("-", "•", "*", "–", "·") or text[m].isspace() for m in range(start_limit, labelled[0])) \
                        and not any(i in quantity_tokens or i in time_tokens for i in range(labelled[0], labelled[1])):
                    # ``- Non-monetary gold, up $1,071m (44%)``: a list item's label, then its change after a comma
                    # (C50-15)
                    yield (*labelled, "label")
                    return
            if k >= start_limit and nounish[k] and not verb[k] and k not in time_tokens and \
                    not (k - 1 >= start_limit and lower[k - 1] == "to"):  # (``projected to slow down to``: a verb)
                found = noun_phrase_before(doc, k + 1, start_limit)
                if found and not any(i in quantity_tokens or i in time_tokens for i in range(found[0], found[1])):
                    yield (*self._complements_left(doc, found, start_limit, time_tokens), "label")
                    return
        reached = self._absolute_change_before(doc, quantity, start_limit, time_tokens, quantity_tokens)
        if reached is not None:
            yield (*reached, "label")  # ``with shoplifting up 29% to 37,250``: the level the absolute change reaches
            return
        # ``to`` is a bound word (``up to``): the gapped clause's preposition may stand after ``k``
        # (``European destinations accounted for 45.3 million travellers and intercontinental destinations for
        # 21.5 million``: ``for`` after a verb of sharing)
        shared = ("for",) if k >= 0 and lower[k] == "for" and \
            any(lower[i] in SHARE_VERB_HEADS for i in range(start_limit, k)) else ()
        found = self._gapped_subject(doc, k + 1 if k + 1 < quantity.start and lower[k + 1] == "to" else k,
                                     start_limit, time_tokens, quantity_tokens, gap_words=shared)
        if found is not None:
            # ``exports decreased by 0.7% and imports by 3.6%``: the verb left out; ``narrowing the trade surplus
            # to $1.6 billion``: the object of a verb of change, without the verb
            if found[0] + 2 < found[1] and lower[found[0]] == "followed" and lower[found[0] + 1] == "by":
                found = (found[0] + 2, found[1], found[2])  # ``followed by Middle Eastern carriers at 9.5%``
            yield (*_after_change_verb(doc, found), "label")
            return
        found = self._object_of_change_verb(doc, quantity, start_limit)
        if found is not None and time_tokens.isdisjoint(range(found[0], found[1])):
            yield (*found, "object")  # ``decided to raise the cash rate target by 25 basis points to 4.35 per cent``
            return
        found = self._participle_subject(doc, quantity, start_limit)
        if found is not None and not any(i in time_tokens or i in quantity_tokens for i in range(found[0], found[1])):
            yield (*found, "participle")  # ``with planned admissions accounting for 9.4 million``
            return
        found = self._at_rate_of(doc, quantity, start_limit)
        if found is not None and not any(i in time_tokens or i in quantity_tokens for i in range(found[0], found[1])):
            yield (*found, "placed")  # ``maximum employment and inflation at the rate of 2 percent``
            return
        # (``is expected to pick up to 0.9%``: a verb and its particle after the infinitive's ``to``)
        infinitive = k - 1 >= start_limit and lower[k - 1] == "to" and (
            lower[k] in FIGURE_VERBS or k + 1 < quantity.start and lower[k + 1] in ("to", "by", "up", "down", "off",
                                                                                  "back")) or \
            lower[k] in FIGURE_VERBS and lower[k].endswith("ing")  # ``is expected to average 50.0 bushels``
        # ``before picking up to 2¼ per cent``, ``since moving up 2.3 percent``: a participle stating the figure
        ing = k if lower[k].endswith("ing") else k - 1 if lower[k] in STATING_PARTICLES else None
        stating = ing is not None and ing >= start_limit and len(lower[ing]) > 4 and lower[ing].endswith("ing") and \
            lower[ing] not in ING_NOUNS and \
            ing + 1 < quantity.start and all(w in STATING_PARTICLES for w in lower[ing + 1 : quantity.start])

        # (``State GST (SGST) Rs 43,047 crore``: a name with its abbreviation in brackets right before the figure)
        abbreviated = text[k] == ")" and k - 3 >= start_limit and text[k - 2] == "(" and text[k - 1].isupper() and \
            len(text[k - 1]) > 1 and nounish[k - 3] and not verb[k - 3]
        if k >= start_limit and (nounish[k] or abbreviated) and not verb[k] and not infinitive and not stating and \
                lower[k] not in BOUND_WORDS and k not in time_tokens and \
                lower[k] not in vocabulary("figure_premodifiers") and \
                not (k + 1 == quantity.start and _article_before_adjective(lower, k, start_limit)):
            # (``held hiring to a meager 36,000``, ``by a combined 56,000``: an adjective of the figure, no label)
            # a coordination run over the previous figure (``numbered 183 thousand and unemployed men 198 thousand``)
            found = after_previous_figure(doc, noun_phrase_before(doc, k + 1, start_limit), quantity_tokens)
            if found and found[1] == k + 1 and found[0] - 2 >= start_limit and lower[found[0] - 1] in ("in", "from", "to", "of", "at", "for"):
                extended = with_left_complements(doc, found, start_limit)
                opening = extended[0]
                while opening - 1 > start_limit and lower[opening - 1] in DETERMINERS:
                    opening -= 1
                if extended[0] < found[0] and opening - 1 >= start_limit and lower[opening - 1] == "and" and \
                        _quantity_tokens(doc).isdisjoint(range(extended[0], extended[1])):
                    # ``... and imports from Japan 3%``, ``and Soekarno-Hatta airport in Jakarta 201,500``: a gapped
                    # clause's subject keeps its complement (C50-20)
                    found = extended
            if found and found[1] - found[0] == 1 and lone_verb_form(lower[found[0]]):
                found = None  # ``estimated to have risen 4.2%``: the verb's subject is measured
            if found and found[1] - found[0] == 1 and found[0] - 1 in _quantity_tokens(doc) and lower[found[0]].endswith("ed"):
                found = None  # ``615,000 owed more than £1,000``: the verb between a count and its object (C40-9)
            if found and found[1] - found[0] == 1 and found[0] - 1 >= start_limit and \
                    lower[found[0] - 1] in VERB_OPENERS and not (
                        lower[found[0] - 1] in RELATIVES and text[found[0] - 2] != ","):
                # ``consumer spending, which makes up about two thirds of GDP``, ``it had grown 5.6 percent``: a
                # verb after a relative, a pronoun or an auxiliary, not a noun; a relative's antecedent is measured
                relative = found[0] - 1 if lower[found[0] - 1] in RELATIVES else None
                found = None
                if relative is not None and relative - 1 >= start_limit and text[relative - 1] == ",":
                    antecedent = noun_phrase_before(doc, relative - 1, start_limit)
                    if antecedent and not any(i in quantity_tokens or i in time_tokens
                                              for i in range(antecedent[0], antecedent[1])):
                        yield (*antecedent, "relative")
                        return
            # ``increased by 38,000 people to 9,912,000``: the counted noun of the change before ``to``
            # is no label of the level
            after_change = "to" in lower[k + 1 : quantity.start] and found is not None and any(
                i in quantity_tokens for i in range(max(start_limit, found[0] - 2), found[0]))
            if found and found[1] - found[0] <= 2 and lower[found[2]] in PERIOD_UNITS:
                found = None  # ``grew by 137,100 persons (+0.56%) in the quarter to 24,577,100``: a time, no label
            if found and found[1] - found[0] == 1 and found[0] >= 2 and lower[found[0] - 1] == "the" and \
                    lower[found[0] - 2] in ("from", "than", "with", "against", "versus") and doc[found[0]].is_lower:
                found = None  # ``fell to £110.6 billion from the exceptional £132.4 billion``: a word describing the
                # value compared with, no label; the value takes the category of its figure (C47-26)
            if found and found[1] - found[0] >= 2 and found[1] == k + 1 and len(lower[k]) > 5 and \
                    lower[k].endswith("ing") and lower[k] not in ING_NOUNS:
                found = (found[0], k, k - 1)  # ``with Chinese domestic markets expanding 17.8%``: the verb's subject
            if found and not after_change and \
                    not any(i in quantity_tokens or i in time_tokens for i in range(found[0], found[1])) and \
                    _quantity_tokens(doc).isdisjoint(range(found[0], found[1])):
                # (``fell from 4.8 days to 4.6 days``: the unit word of the figure before is no label)
                yield (*found, "label")
                return
        at = quantity.start
        if at - 1 >= 0 and lower[at - 1] == "to":
            earlier = self._last_quantity_before(doc, quantity.start, start_limit)
            while earlier is not None and earlier.start - 1 > start_limit and lower[earlier.start - 1] == "(":
                # (``grew by 137,100 persons (+0.56%) in the quarter to 24,577,100``: past the change restated)
                earlier = self._last_quantity_before(doc, earlier.start - 1, start_limit)
            if earlier is not None and earlier.start - 1 >= start_limit and \
                    lower[earlier.start - 1] in ("from", "by") and not any(verb[i] for i in range(earlier.end, at - 1)):
                # (``down from 5.1% in week 47, and the hospital admission rate fell to 2.04``: another clause's verb
                # between them, its own subject)
                # ``revised ..., from 14,381,000 to 14,384,000``: the subject of the revision; ``grew by 137,100
                # persons ... to 24,577,100``: the subject of the change that reaches the level
                at = earlier.start - 1
        gapped = self._gapped_by_change(doc, quantity, sent_start) if at == quantity.start else None
        if gapped is not None:
            yield gapped  # ``rose by 4.8% ..., below the 9.1% increase recorded a year earlier, and by 2.1% in real terms``
            return
        apposed = self._apposed_participle_subject(doc, at, sent_start, quantity_tokens)
        if apposed is not None:
            yield (*apposed, "subject")
            return
        found = subject_before(doc, at, start_limit)
        if found is not None:
            found = self._inverted_subject(doc, found, at, quantity_tokens) or found
        if found is not None and found[0] >= 2 and lower[found[0] - 1] == "whose" and text[found[0] - 2] == "," and \
                found[1] - found[0] <= 2 and (lower[found[2]] in LEVEL_WORDS or lower[found[2]] in SHARE_NOUNS or
                                              lower[found[2]] in ("number", "numbers", "total", "count")):
            # ``concentrated among employees, whose number increased by 224,000``: the number of the antecedent
            antecedent = noun_phrase_before(doc, found[0] - 2, sent_start)
            if antecedent is not None and quantity_tokens.isdisjoint(range(antecedent[0], antecedent[1])):
                found = antecedent
        if found is None:
            found = self._subject_before_periods(doc, at, start_limit, time_tokens)
        if found and time_tokens.issuperset(range(found[0], found[1])):
            # ``Employment for May was revised``: the subject stands before its time phrase
            opening = found[0]
            while opening - 1 in time_tokens:
                opening -= 1
            found = noun_phrase_before(doc, opening, start_limit)
        if not found or not quantity_tokens.isdisjoint(range(found[0], found[1])):
            found = self._coordinated_verb_subject(doc, at, start_limit, time_tokens, quantity_tokens)
        elif found[0] >= 2 and (lower[found[0] - 1] == "," or lower[found[0] - 1] in DETERMINERS and
                                lower[found[0] - 2] == ",") and \
                not quantity_tokens.isdisjoint(range(sent_start, found[0])):
            # ``advanced 0.3 percent in October, the largest monthly rise since April 2024, and rose 0.8 percent``: the
            # phrase after the comma is an apposition, not the subject of ``rose`` (a phrase after an opening time
            # with no figure before it is the subject: ``In October 2024, the IMAI decreased 1.2% ... and stood at``)
            found = self._coordinated_verb_subject(doc, at, start_limit, time_tokens, quantity_tokens) or found
        if not found:
            fronted = self._fronted_clause_subject(doc, quantity, sent_start, sent_end)
            if fronted is not None and quantity_tokens.isdisjoint(range(fronted[0], fronted[1])):
                yield (*fronted, "fronted")  # ``After expanding by an estimated 1.3% in 2024, GDP is ...``
                return
        if found and found[1] - found[0] == 1 and lower[found[0]] in ANAPHORIC_SUBJECTS and found[0] >= 1 and \
                lower[found[0] - 1] in ("the", "this", "that"):
            place = self._fronted_place(doc, found[0] - 1, start_limit, quantity_tokens)
            if place is not None:
                yield (*place, "placed")  # ``at emergency departments alone the figure was 63.4%``: the place's figure
                return
        if found and _predicate_change(lower, found, start_limit):
            found = None  # ``This was not a statistically significant change compared with ...``: no subject
        if found and quantity.start >= 1 and lower[quantity.start - 1] in ("and", "while", "whereas") and \
                quantity.end < sent_end and lower[quantity.end] in ("were", "was", "are", "is", "had", "have") and \
                found[1] <= quantity.start - 1 and not (found[0] >= 1 and lower[found[0] - 1] == "of"):
            # (``19.7% of persons arrested ... were aged under 18 and 26.4% were aged 18 to 24``: the whole of both)
            # ``5.6 million visits were to see friends or relatives and 2.8 million were for business``: the figure is
            # the subject of its own clause, never the object of the clause before (C38-26)
            found = None
        if found and quantity_tokens.isdisjoint(range(found[0], found[1])):
            yield (*found, "subject")

    @staticmethod
    def _listed_part(lower: list, start: int, sent_start: int, quantity_tokens: set) -> bool:
        """Whether the figure at ``start`` follows a sub-total cue (``including``, ``of which``, ``of whom``,
        ``comprising``) right before it, or after ``,``/``and`` in a list the cue opened (within 30 tokens, no
        semicolon or colon between)."""
        if lower[start - 1] not in (",", "and", "including", "comprising", "which", "whom"):
            return False
        for k in range(start - 1, max(sent_start, start - 30) - 1, -1):
            if lower[k] in (";", ":"):
                return False
            if lower[k] in ("including", "comprising") or lower[k] in ("which", "whom") and lower[k - 1] == "of":
                return k == start - 1 or any(i in quantity_tokens for i in range(k + 1, start - 1))
        return False

    @staticmethod
    def _apposed_participle_subject(doc: Doc, at: int, sent_start: int, quantity_tokens: set):
        """The subject a participle set off by commas states a figure of (``The value of total retail sales in October
        2024, provisionally estimated at $30.6 billion, decreased``, ``Exports, valued at $4.2 billion, rose``): the
        noun phrase before the opening comma, past its time phrase (C35-10); else None."""
        lower = token_table(doc).lower
        k = at - 1
        if k < 2 or lower[k] != "at" or not (lower[k - 1].endswith("ed") and lower[k - 1].isalpha()):
            return None
        k -= 2
        while k > sent_start and lower[k].endswith("ly") and lower[k].isalpha():
            k -= 1
        if k <= sent_start or lower[k] != ",":
            return None
        times = [x for x in spans_of(doc) if x.label_ in ("PERIOD", "BASELINE") and x.end == k]
        end = times[0].start if times and times[0].start - 1 > sent_start else k
        found = noun_phrase_before(doc, end, sent_start)
        if found is None or found[1] != end or not quantity_tokens.isdisjoint(range(found[0], found[1])):
            return None
        return with_left_complements(doc, found, sent_start)

    @staticmethod
    def _fronted_place(doc: Doc, subject_start: int, start_limit: int, quantity_tokens: set) -> tuple[int, int, int] | None:
        """The place or group a clause opens on before an anaphoric subject (``In Wales the figure was 5.1%``, ``; at
        minor injury units alone the figure was 97.6%``), or None."""
        lower = token_table(doc).lower
        opening = start_limit
        while opening < subject_start and lower[opening] in (",", ";", "and", "while", "whereas", "but"):
            opening += 1
        if opening >= subject_start - 1 or not (lower[opening] in PLACE_OPENERS or lower[opening] == "for"):
            return None
        end = subject_start
        while end > opening + 1 and lower[end - 1] in DETERMINERS | {"alone", "only", ","}:
            end -= 1
        found = noun_phrase_after(doc, opening + 1, end, with_complements=False)
        if found is None or found[1] != end or any(m in quantity_tokens for m in range(found[0], found[1])) or \
                not time_token_set(doc).isdisjoint(range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _headline_infinitive_subject(doc: Doc, quantity: Span, start_limit: int, quantity_tokens: set,
                                     time_tokens: set) -> tuple[int, int, int] | None:
        """The subject of a headline or bullet stated as an infinitive (``Single-aisle airplanes to make up 71% of the
        2043 fleet``, ``GDP to grow 2.1% in 2025``): the noun phrase that opens the line before ``to`` and a verb, a
        few words before the figure (C43-17)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        to = next((m for m in range(quantity.start - 2, max(start_limit, quantity.start - 6) - 1, -1) if lower[m] == "to"),
                  None)
        if to is None or to - 1 < start_limit or not all(table.alpha[m] for m in range(to + 1, quantity.start)):
            return None
        verb = to + 1
        while verb < quantity.start - 1 and lower[verb] in BOUND_WORDS:
            verb += 1  # ``to nearly double``
        if not (lower[verb] in words("change_up") or lower[verb] in words("change_down") or
                lower[verb] in _INFINITIVE_VERBS):
            return None
        found = noun_phrase_before(doc, to, start_limit)
        if found is None or found[1] != to:
            return None
        opening = found[0] - 1
        while opening >= 0 and text[opening] in ("-", "--", "•", "*", "\u2013"):
            opening -= 1
        if not (opening < 0 or "\n" in table.whitespace[opening] or "\n" in text[opening]):
            return None  # (only a line's opening phrase: a headline or a bullet)
        if any(table.verb[i] or i in quantity_tokens or i in time_tokens for i in range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _fronted_clause_subject(doc: Doc, quantity: Span, sent_start: int, sent_end: int):
        """The subject of the main clause after a fronted participle clause that states the figure (``After
        expanding by an estimated 1.3% in 2024, GDP is projected to grow by 1.8%``): the noun phrase right after
        the clause's comma, when a verb follows it."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        opener = sent_start
        if opener + 1 < sent_end and lower[opener] == "at" and quantity.end + 1 < sent_end and \
                text[quantity.end] == "," and all(lower[i] in BOUND_WORDS for i in range(opener + 1, quantity.start)):
            # ``At 23.6 mhl, US output is 3% below 2023``, ``At 4.2%, the unemployment rate was ...``: the level of the
            # main clause's subject, fronted (C43-12)
            found = noun_phrase_after(doc, quantity.end + 1, sent_end, with_complements=False)
            if found is not None and found[1] < sent_end and (table.verb[found[1]] or lower[found[1]] in (
                    "is", "was", "were", "are", "has", "had", "remained", "stood")):
                start = found[0]
                while start < found[2] and lower[start] in DETERMINERS:
                    start += 1
                return start, found[1], found[2]
            return None
        if opener + 1 >= sent_end or lower[opener] not in ("after", "before", "following", "since", "despite",
                                                            "having", "while", "when"):
            return None
        if not (len(lower[opener + 1]) > 4 and lower[opener + 1].endswith("ing") or lower[opener] == "having"):
            return None
        comma = next((i for i in range(quantity.end, min(sent_end, quantity.end + 12)) if text[i] == ","), None)
        if comma is None or any(text[i] in (",", ";") for i in range(opener, quantity.start)):
            return None
        found = noun_phrase_after(doc, comma + 1, sent_end, with_complements=False)
        if found is None or found[1] >= sent_end or not (table.verb[found[1]] or lower[found[1]] in ("is", "was", "were",
                                                                                                   "are", "has", "had")):
            return None
        return found

    @staticmethod
    def _contribution_subject(doc: Doc, quantity: Span, sent_start: int) -> tuple[int, int, int] | None:
        """The subject of the clause before ``, affecting|pulling down|pushing up ... by <figure>``: the figure
        is that subject's contribution to the aggregate the participle names."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        k = quantity.start - 1
        while k > sent_start and lower[k] in BOUND_WORDS and lower[k] != "by":
            k -= 1
        if k <= sent_start or lower[k] != "by":
            return None
        comma = next((i for i in range(k - 1, max(sent_start, k - 12), -1) if text[i] in (",", ";")), None)
        if comma is None or text[comma] != "," or lower[comma + 1] not in CONTRIBUTION_PARTICIPLES:
            return None
        if any(table.number[i] for i in range(comma + 1, k)):
            return None
        found = subject_before(doc, comma, sent_start)
        if found is None or any(table.number[i] for i in range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _inverted_subject(doc: Doc, found: tuple[int, int, int], at: int,
                          quantity_tokens: set) -> tuple[int, int, int] | None:
        """The subject of an inverted clause, after its copula, when what stands before the copula is a
        participle phrase: ``Also contributing to the downtrend was the lower annual increment in the index of
        transport at 0.2 percent``, ``Leading the increase were exports of machinery, up 4.1%``. A change noun
        heading the subject gives way to what it is a change in."""
        lower = token_table(doc).lower
        start, end, _ = found
        if end >= at or lower[end] not in ("was", "were", "is", "are") or not (
                len(lower[start]) > 4 and lower[start].endswith("ing") and lower[start] not in ING_NOUNS):
            return None
        opening = end + 1
        while opening < at and lower[opening] in DETERMINERS:
            opening += 1
        subject = noun_phrase_after(doc, opening, at)
        if subject is None and opening + 1 < at:
            subject = noun_phrase_after(doc, opening + 1, at)  # (``the lower annual increment``: past the adjective)
        if subject is None or not quantity_tokens.isdisjoint(range(subject[0], subject[1])):
            return None
        s_start, s_end, head = subject
        if lower[head] in CHANGE_HEADS and head + 1 < s_end and lower[head + 1] in ("in", "of"):
            inner = noun_phrase_after(doc, head + 2, s_end)
            if inner is not None:
                return inner
        return subject

    @staticmethod
    def _coordinated_verb_subject(doc: Doc, at: int, start_limit: int, time_tokens: set, quantity_tokens: set):
        """The subject shared by a verb coordinated with an earlier one (``Exports fell 2% in May and rose 3% in
        June``, ``... fell by 35,000 between July and August 2024 but rose by 165,000 ...``): the subject of the
        earlier verb, when the figure's own verb follows ``and``/``but`` with nothing but the earlier clause's figures
        and times before it. None otherwise."""
        table = token_table(doc)
        lower, verb = table.lower, table.verb
        v = at - 1
        while v > start_limit and not verb[v] and lower[v] in BOUND_WORDS | {"by", "up", "down", "to", "at"} | \
                _OBJECT_OPENERS:
            v -= 1  # (``... and spent a record £31.1 billion``: the object's article and qualifier)
        # (``had been 48.58% in October and peaked at 75.45% in May``: a past verb right after the conjunction)
        if v <= start_limit or lower[v - 1] not in ("and", "but", "yet") or not (
                verb[v] or len(lower[v]) > 4 and lower[v].endswith("ed") and table.alpha[v]):
            return None
        k = v - 2
        if k > start_limit and lower[k] == ",":
            # ``advanced 0.3 percent in October, the largest monthly rise since April 2024, and rose 0.8 percent``: past
            # an apposition to the earlier clause's figure
            j = k - 1
            while j > start_limit and lower[j] != "," and not verb[j] and k - j < 16:
                j -= 1
            if j > start_limit and lower[j] == "," and lower[j + 1] in ("the", "a", "an", "its", "their"):
                k = j - 1
        while k >= start_limit and not verb[k]:
            if lower[k] == ")":
                opening = next((m for m in range(k - 1, max(start_limit - 1, k - 20), -1) if lower[m] == "("), None)
                if opening is not None and any(m in quantity_tokens for m in range(opening + 1, k)):
                    k = opening - 1  # ``rose 2.2 percent (+1.0 percent for petroleum) but were``: past the breakdown
                    continue
            if lower[k] not in (";", ":") and table.alpha[k] and not verb[k]:
                # ``made 38.0 million visits to the UK in 2023, up 25% on 2022, and spent``: the earlier figure's
                # counted noun and its complement
                m = k
                while m > start_limit and m > k - 7 and m not in quantity_tokens and not verb[m] and \
                        (table.alpha[m] or lower[m] in ("-", "'s", "’s")):
                    m -= 1
                if m in quantity_tokens and m < k:
                    k = m
                    continue
            if lower[k] in (";", ":") or not (k in time_tokens or k in quantity_tokens or table.punct[k] or
                                              table.number[k] or lower[k] in BOUND_WORDS or
                                              lower[k] in ("by", "up", "down", "to", "in", "on", "from", "(", ")",
                                                           "compared", "with", "against", "than", "average") or
                                              lower[k] in _OBJECT_OPENERS):
                return None  # a word of another clause (a subject of its own) stands between
            # (``rose 10.4% compared to 2023 and was 3.8% above``: the comparison of the earlier clause)
            k -= 1
        if k < start_limit:
            return None
        found = subject_before(doc, k + 1, start_limit)
        if found is None or not time_tokens.isdisjoint(range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _subject_before_periods(doc: Doc, at: int, start_limit: int, time_tokens: set):
        """The subject before a list of periods that stands between it and its verb (``Growth in Q1, Q2 and Q3
        2024 was 5.3, 4.7 and 4.6 percent respectively``), or None."""
        table = token_table(doc)
        lower, verb = table.lower, table.verb
        v = at - 1
        while v >= start_limit and not verb[v] and (table.number[v] or lower[v] in (",", "and", "or", "%", "percent",
                                                                                     "per", "cent")):
            v -= 1  # back over the figures of a list (``was 5.3, 4.7 and 4.6 percent``)
        if v < start_limit or not verb[v]:
            return None
        opening = v
        while opening - 1 >= start_limit and (opening - 1 in time_tokens or lower[opening - 1] in (",", "and", "or") or
                                              lower[opening - 1] in ("*", "\u2020") and opening - 2 in time_tokens):
            opening -= 1  # (``for November 2024* is``: a footnote mark after the time, C46-24)
        if opening == v or opening - 1 < start_limit:
            return None
        if opening - 2 >= start_limit and lower[opening - 1] in ("for", "during", "over") and opening in time_tokens:
            opening -= 1  # ``Gross receipts for April 2024 to November 2024 are``: the time's preposition (C46-24)
        found = noun_phrase_before(doc, opening, start_limit)
        if found is None and opening - 2 >= start_limit and lower[opening - 1].endswith("ed") and \
                lower[opening - 1].isalpha() and table.nounish[opening - 2] and not verb[opening - 2]:
            # ``The number of new electric cars licensed in November was 1,286``: the subject with its participle
            # (C35-31)
            found = noun_phrase_before(doc, opening - 1, start_limit)
            if found is not None:
                found = with_left_complements(doc, (found[0], opening, found[2]), start_limit)
        return found

    def _placed_after(self, doc: Doc, quantity: Span, sent: Span, time_tokens: set, quantity_tokens: set):
        """The phrase after ``in``/``for`` that a figure is stated for: in a list of three or more
        such figures (``4.3% in New South Wales, 4.4% in Victoria and 4.0% in Queensland``), or in a
        change stated as a noun (``a 0.9 percent rise in primary industries``, ``an increase of 0.4
        percent in average hourly earnings``)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        placed = self._place_after(doc, quantity, sent, time_tokens, quantity_tokens)
        if placed is None or lower[placed[2]] in ESTIMATE_NOUNS or lower[placed[2]] in ("release", "report", "bulletin"):
            return None  # ``revised from a 0.1% fall in our first estimate``: where it was stated, not what fell
        before = lower[max(sent.start, quantity.start - 2) : quantity.start]
        change_noun = self.change_noun_after(doc, quantity, sent.end, time_tokens) is not None
        if before[-1:] in (["a"], ["an"], ["the"]) and change_noun or before[-2:-1] and before[-2] in vocabulary("change_nouns") \
                and before[-1] == "of":
            return placed
        if before[-1:] in (["from"], ["to"]) and any(
                w in RANGE_VERBS for w in lower[max(sent.start, quantity.start - 14) : quantity.start]):
            return placed  # ``ranged from 84.3% in London to 92.4% in the North East``: each end is a place's
        starts, quantities = span_starts(doc, "QUANTITY")
        in_sentence = quantities[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        # (a change in brackets right after a figure belongs to that figure: ``£306,000 (+1.6%) in England``)
        ends = {q.end for q in in_sentence}
        in_sentence = [q for q in in_sentence if q.start == quantity.start or q.start in quantity_tokens and not (
            q.start >= 2 and text[q.start - 1] == "(" and q.start - 1 in ends) and not (
            q.start >= 2 and text[q.start - 1] == "(" and q.end < len(doc) and text[q.end] == ")" and
            self._place_after(doc, q, sent, time_tokens, quantity_tokens) is None)]  # (nor the ages a group holds)
        # (nor a change in brackets after the place: ``£309,000 in England (2.5%), £214,000 in Wales (2.5%)``, C38-8)
        k = next(i for i, q in enumerate(in_sentence) if q.start == quantity.start)
        run = 1
        for step in (-1, 1):
            i = k
            while 0 <= i + step < len(in_sentence):
                a, b = sorted((in_sentence[i], in_sentence[i + step]), key=lambda q: q.start)
                if self._place_after(doc, in_sentence[i + step], sent, time_tokens, quantity_tokens) is None:
                    break
                gap = range(a.end, b.start)
                if not any(text[n] == "," or lower[n] == "and" for n in gap) or any(text[n] == ";" for n in gap) \
                        or len(gap) > 12:
                    break
                run += 1
                i += step
        if run >= 3:
            return placed
        if span_value(quantity, "metric") not in ("CHANGE", "AMOUNT"):
            # ``Of all short-term visitor arrivals, ... 9% came for business``: a share's purpose; ``comprising 806 for
            # speeding and 437 for drink-driving``: parts of a count, named by what they are for
            return None
        return placed if self._stated_for(doc, placed) else None

    @staticmethod
    def _stated_for(doc: Doc, placed: tuple[int, int, int]) -> bool:
        """Whether the phrase after a figure's ``for`` names what the figure is stated for (``decreased by 1.9%
        for energy``, ``+1.2 percent for petroleum``, ``4.2% for those aged 15 to 24``), not how long or how
        often (``for six consecutive months``, ``for the fourth time``, ``for a second month``, ``for most of
        the year``): no number, ordinal or quantifier opens it and its head is no time noun."""
        lower = token_table(doc).lower
        k = placed[0] - 1
        while k > 0 and lower[k] in DETERMINERS:
            k -= 1
        if lower[k] != "for":
            return False
        if lower[k + 1] in ("a", "an"):
            return False
        number = token_table(doc).number
        if any(lower[i] in FOR_NOT_CATEGORY or lower[i] in ORDINAL_WORDS or number[i]
               for i in range(k + 1, placed[2] + 1)):
            return False
        return lower[placed[2]] not in FOR_TIME_HEADS

    @staticmethod
    def _place_after(doc: Doc, quantity: Span, sent: Span, time_tokens: set, quantity_tokens: set):
        """The noun phrase after ``in``/``for`` (optionally after a change noun) right after a figure."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        k = quantity.end
        noun = CategoryFinder.change_noun_after(doc, quantity, sent.end, time_tokens)
        if noun is not None:
            k = noun + 1  # (``the 0.3 percent year-on-year increase in the CPI``: past the comparison between)
        if k + 2 < sent.end and text[k] == "(" and (k + 1 in quantity_tokens or text[k + 1] in "+-−" and
                                                    k + 2 in quantity_tokens or
                                                    lower[k + 1] in ("up", "down", "or") and
                                                    any(j in quantity_tokens for j in range(k + 2, min(sent.end, k + 5)))):
            close = next((j for j in range(k + 2, min(sent.end, k + 10)) if text[j] == ")"), None)
            if close is not None:
                k = close + 1  # ``£306,000 (+1.6%) in England``, ``79 000 (down by 0,3%) in the labour force``: past
                # the figure's change in brackets
        if k + 2 < sent.end and lower[k] == "of" and lower[k + 1] == "the":
            # ``from 64% of the EU average in Bulgaria to 240% in Luxembourg``: past the whole a share is of (C38-32)
            base = next((m for m in range(k + 2, min(sent.end - 1, k + 6)) if lower[m] in _SHARE_BASES), None)
            if base is not None and lower[base + 1] == "in":
                k = base + 1
        if k + 1 >= sent.end or lower[k] not in ("in", "for") or k + 1 in time_tokens:
            return None
        end = k + 1
        starts = span_starts(doc, "QUANTITY")[0]
        while end < sent.end and text[end] not in (",", ";", ".", "(", ":") and end not in time_tokens and \
                end not in quantity_tokens and lower[end] not in ("and", "while", "with", "which", "compared",
                                                                          "over", "from", "than", "as"):
            end += 1
            at = bisect_left(starts, end)
            if lower[end - 1] in AGE_WORDS and at < len(starts) and starts[at] == end:
                # D-17: the group holds its ages (``for persons aged 15 to 24 years``)
                found = noun_phrase_after(doc, k + 1, end, with_complements=True)
                if found is None or found[1] != end or found[1] - found[0] > 10:
                    return None
                return _with_ages(doc, found)
        if end < sent.end and lower[end] == "and" and end > k + 1:
            # ``from 2.9 percent for information to 4.8 percent for leisure and hospitality``, ``for sales and
            # related occupations to 4.6 percent``: one name joined by ``and``, up to where the clause goes on (C38-6)
            j = end + 1
            while j < sent.end and j < end + 4 and table.alpha[j] and text[j].islower() and table.nounish[j] and \
                    not table.verb[j] and lower[j] not in DETERMINERS and j not in time_tokens:
                j += 1
            if j > end + 1 and (j >= sent.end or text[j] in (",", ";", ".", ")") or
                                lower[j] == "to" and j + 1 in quantity_tokens):
                end = j
        found = noun_phrase_after(doc, k + 1, end, with_complements=True)
        if found is None or found[1] - found[0] > 10:
            return None
        return found

    # unlike phrases.with_left_complements: stops at time phrases, six prepositions, no participle phrases
    @staticmethod
    def change_noun_after(doc: Doc, quantity: Span, sent_end: int, time_tokens: set) -> int | None:
        """The index of the change noun a figure premodifies (``a 0.9 percent rise``, ``the 0.3 percent
        year-on-year increase``, ``a 2.1% annual rise``): right after it, or past its premodifiers and a
        comparison; None when there is none."""
        lower = token_table(doc).lower
        k = quantity.end
        if k + 2 < sent_end and lower[k] == "(":
            # ``a $17 million (1.4 percent) rise in hospitality``: past the bracket restating the change (C42-43)
            close = next((j for j in range(k + 1, min(sent_end, k + 8)) if lower[j] in (")", "(")), None)
            if close is not None and lower[close] == ")" and close + 1 < sent_end and lower[close + 1] in CHANGE_HEADS:
                return close + 1
        elif k < sent_end and lower[k] == ")" and quantity.start >= 1 and lower[quantity.start - 1] == "(" and \
                k + 1 < sent_end and lower[k + 1] in CHANGE_HEADS:
            return k + 1  # (the bracketed restatement itself)
        while k < sent_end and k < quantity.end + 7 and (k in time_tokens or lower[k] in CHANGE_PREMODIFIERS):
            k += 1
        return k if k < sent_end and lower[k] in CHANGE_HEADS else None

    @staticmethod
    def _complements_left(doc: Doc, found: tuple[int, int, int], start_limit: int, time_tokens: set):
        """Extend a noun phrase left over the phrase it restricts: ``food at home`` -> ``the index for food
        at home`` (through ``for``, ``at``, ``in``, ``of``, ``from``, ``on``)."""
        table = token_table(doc)
        lower = table.lower
        start, end, head = found
        while True:
            # (over an article: ``theft from a motor vehicle rising 23.4%``, C35-2)
            at = start - 1 if start - 3 >= start_limit and lower[start - 1] in ("a", "an", "the") else start
            if not (at - 2 >= start_limit and lower[at - 1] in ("for", "at", "in", "of", "from", "on") and
                    at - 1 not in time_tokens):
                break
            previous = noun_phrase_before(doc, at - 1, start_limit)
            if previous is None or previous[1] != at - 1 or not time_tokens.isdisjoint(range(*previous[:2])):
                break
            start, head = previous[0], previous[2]
        return start, end, head

    @staticmethod
    def _row_label(doc: Doc, quantity: Span, quantity_tokens) -> tuple[int, int, int] | None:
        """The first cell of a text table's row (cells between ``|``) when ``quantity`` stands in a later cell and
        the first holds words, no figure: ``(start, end, head)``, else None."""
        text = text_of(doc)
        a = quantity.start_char
        line_start, line_end = text_tables.line_bounds(text, a)
        row = text_tables.cells(text[line_start:line_end])
        if len(row) < 2 or not text_tables.column_of(text, a):
            return None  # (no table row, or the figure in its first cell)
        first = next(((x, y) for x, y in row if y > x), None)
        filled = [(x, y) for x, y in row if y > x]
        if first is not None and len(filled) >= 3 and text_tables.rank_cell(text[line_start + first[0] : line_start + first[1]]):
            first = filled[1]  # ``1      China      8,410,000`` under ``Rank   Country ...``: the label after the rank (C35-41)
        if first is None or line_start + first[1] > a:
            return None
        cell = text[line_start + first[0] : line_start + first[1]]
        label_start = line_start + first[0] + len(cell) - len(cell.lstrip(" -•*"))
        label_end = line_start + first[0] + len(cell.rstrip(" :"))  # (``Holiday:   1,204``: the label, not its colon)
        mark = re.search(r"\s+\([0-9]{1,2}\)$", text[label_start:label_end])
        if mark and mark.start() > 0:
            label_end = label_start + mark.start()  # ``Reform UK (1)``: the label without its footnote mark (C45-7)
        cue = ROW_PART_CUE.match(text[label_start:label_end])
        if cue and cue.end() < label_end - label_start:
            label_start += cue.end()  # ``  of which visa nationals  154,300``: the part's name without its cue (C35-11)
        if text_tables.period_label(cell):
            # ``3rd quarter 2024 (p)   1,849,900   300,100`` under ``Quarter   Total sales   E-commerce sales``: the
            # row names a period; the column's header names what is measured (C2-12, C29-15)
            header = text_tables.header_cell(text, a)
            if header is None or header.start < 0 or text_tables.time_cell(header.text) or \
                    not any(c.isalpha() for c in header.text):
                return None
            label_start, label_end, cell = header.start, header.end, header.text
        if label_end <= label_start or not any(c.isalpha() for c in cell):
            return None
        span = doc.char_span(label_start, label_end, alignment_mode="contract")
        if span is None or not len(span) or any(i in quantity_tokens for i in range(span.start, span.end)):
            return None
        # the head is the label's last word, not the ages it ends on (``Women aged 20-24``, ``Men aged 65 and over``:
        # the whole label, ages included, is the CATEGORY, D-17, C24-3)
        lower = token_table(doc).lower
        gloss = _unit_gloss_start(lower, span.start, span.end, token_table(doc).text, token_table(doc).whitespace)
        if gloss is not None and gloss > span.start:
            span = doc[span.start : gloss]  # ``Euro area (% of GDP)``: the row's measure, its unit gloss left out
        # (``Apprehensions between ports of entry``: the head ends before the first complement, C28-13)
        stop = next((k for k in range(span.start + 1, span.end) if lower[k] in _ROW_HEAD_ENDS), span.end)
        head = stop - 1
        while head > span.start and (not doc[head].is_alpha or lower[head] in _AGE_TAIL):
            head -= 1
        return span.start, span.end, head

    @staticmethod
    def _relative_antecedent(doc: Doc, quantity: Span, sent_start: int, quantity_tokens) -> tuple[int, int, int] | None:
        """The noun phrase a relative clause after a comma is about, when ``quantity`` stands in that clause
        (``consumer spending, which makes up about two thirds of GDP``), else None."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        for k in range(quantity.start - 1, max(sent_start, quantity.start - 9), -1):
            if text[k] in (",", ";", "(", ")", ":") or k in quantity_tokens:
                return None
            if lower[k] in RELATIVES and k - 1 > sent_start and text[k - 1] == ",":
                found = noun_phrase_before(doc, k - 1, sent_start)
                if found is None or any(i in quantity_tokens for i in range(found[0], found[1])):
                    return None
                return found
        return None

    @staticmethod
    def _name_before_bracket(doc: Doc, quantity: Span, start_limit: int) -> tuple[int, int, int] | None:
        """The name before a bracket that holds only a count and its noun (``Germany (18 105 applicants)``, C20-6):
        the bracket states the named thing's figure; the noun in it is the count's unit."""
        table = token_table(doc)
        text, nounish = table.text, table.nounish
        opening, after = quantity.start - 1, quantity.end
        changed = _changed_place_bracket(table, quantity)
        if changed is not None:
            opening = changed  # ``recorded in Bavaria (up 1,204 burglaries or 9%)``: the place's change (C24-14)
        elif text[opening] != "(" or after + 1 >= len(text) or text[after + 1] not in (")", ",", ";") or \
                not nounish[after]:
            return None  # (``Syria (4,120 applications, -5% on 2023)``: the count first in its bracket, C29-12)
        if opening - 2 >= start_limit and text[opening - 1] in ('"', "”"):
            # ``The most common main diagnosis was "chest pain" (405,000 episodes)``: the quoted name
            quote = next((m for m in range(opening - 2, max(start_limit, opening - 20) - 1, -1)
                          if text[m] in ('"', "“")), None)
            if quote is not None and quote + 1 < opening - 1:
                return quote + 1, opening - 1, opening - 2
        if opening - 1 < start_limit or not text[opening - 1][:1].isupper():
            return None
        found = noun_phrase_before(doc, opening, start_limit)
        if found is None or found[1] != opening:
            return None
        first = opening
        while first > found[0] and (text[first - 1][:1].isupper() or not text[first - 1].isalpha()):
            first -= 1
        if first == opening or first > found[0] and table.lower[first - 1] not in ("of", "from"):
            return None  # (``nationals of Syria (4,120 applications)``: the name at the phrase's end, C29-12)
        found = (first, found[1], found[1] - 1) if first > found[0] else found
        return found if time_token_set(doc).isdisjoint(range(found[0], found[1])) else None

    @staticmethod
    def _extend_list_left(doc: Doc, found: tuple[int, int, int], start_limit: int) -> tuple[int, int, int]:
        """``transportation, warehousing, and utilities (-101,000)``: take in the whole list."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        start, end, head = found
        while start - 2 >= start_limit and lower[start - 1] in (",", "and", "or", "&"):
            k = start - 1
            while k >= start_limit and lower[k] in (",", "and", "or", "&"):
                k -= 1  # (``food, alcohol & tobacco (2.7%)``)
            if k >= start_limit and text[k] == ")":
                break  # the item before has its own bracketed figure: ``China (+17.6%), Vietnam (+26.9%)``
            previous = noun_phrase_before(doc, k + 1, start_limit)
            if previous is None or previous[1] != k + 1 or not time_token_set(doc).isdisjoint(range(previous[0], k + 1)):
                break  # (``In October, Poland (9 410), ...``: a fronted time is no item of the list)
            joiners = lower[k + 1 : start]
            opening = previous[0] - 1
            while opening > start_limit and lower[opening] in DETERMINERS:
                opening -= 1  # (``At the other end of the scale, Poland (364 kg)``)
            if joiners == [","] and opening >= start_limit and lower[opening] in PREPOSITIONS and (
                    opening == start_limit or text[opening - 1] in (",", ";", ":") or not text[opening - 1].strip()):
                break  # ``Within separations, quits (3.3 million)``: the object of an opening preposition, no item
            if "," in joiners and ("and" in joiners or "or" in joiners or "&" in joiners) and \
                    not (previous[0] - 1 >= start_limit and lower[previous[0] - 1] == ","):
                break  # ``in nine of the ten provinces, and Manitoba (+0.6%) posted``: a clause joined, not a list
            start, head = previous[0], previous[2]
        return start, end, head

    def _share_subject(self, doc: Doc, quantity: Span, sent_end: int, at: int | None = None) \
            -> tuple[int, int, int] | None:
        """D-11: a share that opens its clause as the subject of a verb (``24.6% of pupils are
        eligible``, ``95 percent of the corn crop had been harvested``, ``Half of all visits took
        place``) counts the noun phrase after ``of``. A share stated as a predicate (``accounted for
        43.1% of admissions``), one over a figure (``of the total``, ``of them``) or one not followed
        by its verb takes no category here. ``at``: where the noun phrase starts when it follows the figure itself
        (``One in five adults smoked``), not after ``of``."""
        table = token_table(doc)
        lower, text, verb = table.lower, table.text, table.verb
        sent_start = sentence_range(doc, quantity.start)[0]
        k = quantity.start - 1
        while k >= sent_start and (lower[k] in BOUND_WORDS or lower[k] in SHARE_OPENING_HEDGES):
            k -= 1
        # ``Punctuality remained strong, with 76% of flights departing within 15 minutes``: an absolute clause after
        # ``, with``, its share's participle for a verb
        absolute = k - 1 >= sent_start and lower[k] == "with" and text[k - 1] == "," or \
            k - 1 >= sent_start and lower[k] == "and" and any(
                lower[j] == "with" and text[j - 1] == "," for j in range(max(sent_start + 1, k - 25), k))
        # ``compared with 21.0% of medium-sized enterprises and 11.2% of small enterprises``: the compared shares count
        # the groups after ``of`` (C41-28)
        compared = k - 1 >= sent_start and (lower[k] == "with" and lower[k - 1] == "compared" or lower[k] == "and" and any(
            lower[j] == "with" and lower[j - 1] == "compared" for j in range(max(sent_start + 1, k - 12), k)))
        if k >= sent_start and not (text[k] in CLAUSE_OPENING_PUNCT or lower[k] in CLAUSE_OPENING_WORDS or absolute or
                                    compared) and not self._fronted_phrase_before(table, k, sent_start):
            return None
        first = quantity.end + 1 if at is None else at
        limit = self._limit(doc, first, sent_end)
        found = noun_phrase_after(doc, first, limit)
        if found is None:
            return None
        start, end, head = found
        aged_group = False
        if lower[end - 1] == "aged" and end > start + 1:
            age = next((x for x in span_starts(doc, "QUANTITY")[1] if x.start == end and _defining_figure(x)), None)
            if age is not None:
                # ``One in five people aged 15–24 (20.4 per cent) were``: the group with its ages (C42-17)
                end, head = age.end, end - 2
                end = _past_open_ages(lower, end, sent_end)  # (``people aged 65 and over``, C49-10)
                found = (start, end, head)
                aged_group = True
        def past_verb(m: int) -> bool:  # a past verb form after the plural (``visits took place``, ``searches led to``)
            return len(lower[m]) > 4 and lower[m].endswith("ed") or \
                lower[m] in _SIMPLE_PASTS and _SIMPLE_PASTS[lower[m]] in ("", lower[m + 1])

        cut = next((m for m in range(start + 1, end) if lower[m] in UNLISTED_VERBS or (
            past_verb(m) and table.alpha[m] and lower[m - 1].endswith("s") and table.nounish[m - 1] and
            m + 1 < sent_end and not table.punct[m + 1])), None)
        # (``one in six searches led to an arrest``: a simple past after the plural, C40-36; not a participle that
        # restricts it, ``of the bicycles stolen in 2023 were taken``)
        if cut is not None:  # the phrase ran over a verb the word lists do not know (``visits took place``, ``of
            # patients attended A&E within four hours``: a past verb after a plural)
            end, head = cut, cut - 1
            if not table.nounish[head]:
                return None
            found = (start, end, head)
        defining = {i for x in span_starts(doc, "QUANTITY")[1] if start <= x.start < end and _defining_figure(x)
                    for i in range(x.start, x.end)}  # (``enterprises with 10 or more employees``: a threshold, C18-19)
        if lower[head] in FIGURE_REFERENCE_HEADS or any(table.number[i] and i not in defining for i in range(start, end)):
            return None
        participle = next((m for m in range(start + 1, end) if len(lower[m]) > 4 and lower[m].endswith("ing") and
                           lower[m] not in ING_NOUNS), None) if absolute else None
        if participle is not None:
            # (``flights departing``, ``passengers clearing security``: the participle is the absolute clause's verb)
            end, head = participle, participle - 1
            found = (start, end, head)
        m = end
        thresholds = {x.start: x for x in span_starts(doc, "QUANTITY")[1] if _defining_figure(x)}
        if m + 1 < sent_end and lower[m] in ("with", "employing", "having") and m + 1 in thresholds:
            # ``13.5% of enterprises with 10 or more employees used AI``: the size defines the group (C18-19, C41-28)
            j = thresholds[m + 1].end
            while j < sent_end and (lower[j] in ("or", "more", "and", "over", "above") or
                                    table.nounish[j] and not verb[j] and not table.punct[j] and lower[j][-1:] == "s"):
                j += 1
            found = (start, j, head)
            m = j
        times = time_token_set(doc)
        if m + 2 < sent_end and text[m] == "(":
            close = next((j for j in range(m + 1, min(sent_end, m + 14)) if text[j] in (")", "(")), None)
            if close is not None and text[close] == ")" and not _quantity_tokens(doc).isdisjoint(range(m + 1, close)):
                m = close + 1  # ``more than a quarter of children (26.4%) had``: past the share restated (C40-45)
                # (``(20.4 per cent, or nearly 257 million)``: a share and its count, C42-17)
        while m < sent_end and (lower[m] in SHARE_VERB_ADVERBS or m in times):
            m += 1  # (past the phrase's time: ``of the bicycles stolen in 2023 were taken``, C24-15)
        if compared and (m >= sent_end or text[m] in (",", ";", ".") or lower[m] in ("and", "respectively")):
            return found
        if m + 2 < sent_end and lower[m] in ("that", "which", "who"):
            # ``17 per cent of the SDG targets that can be assessed are on track``: the share's verb after the relative
            # clause that restricts its whole (C48-20)
            j = m + 1
            while j < min(sent_end, m + 5) and lower[j] in _RELATIVE_VERB_OPENERS:
                j += 1  # (``can be``)
            if j + 1 < sent_end and (verb[j] or table.alpha[j] and lower[j].endswith("ed")):
                j += 1  # the relative clause's own verb (``assessed``, ``responded``)
                while j < sent_end and lower[j] in SHARE_VERB_ADVERBS:
                    j += 1
                if j < sent_end and (verb[j] or lower[j] in _RELATIVE_VERB_OPENERS or
                                     table.alpha[j] and len(lower[j]) > 4 and lower[j].endswith("ed")):
                    return found
        if m >= sent_end or not (verb[m] or lower[m] in UNLISTED_VERBS or aged_group and can_be_verb(lower[m]) or
                                 (table.alpha[m] and len(lower[m]) > 4 and lower[m].endswith("ed")) or
                                 cut is not None and lower[m] in _SIMPLE_PASTS or
                                 absolute and len(lower[m]) > 4 and lower[m].endswith("ing") and lower[m] not in ING_NOUNS):
            return None
        return found

    @staticmethod
    def _fronted_phrase_before(table, k: int, sent_start: int) -> bool:
        """Whether tokens up to ``k`` are a prepositional phrase opening the clause, no comma after it (``within
        these two forms of construction 97.5% of all dwellings were built``): a preposition after the sentence start
        or a semicolon, then no verb, figure or punctuation."""
        opening = next((m for m in range(k, max(sent_start - 1, k - 12), -1) if table.text[m] in (";", ":")), None)
        first = opening + 1 if opening is not None else sent_start
        if first > k or first < k - 10 or table.lower[first] not in ("within", "in", "among", "for", "across", "of"):
            return False
        return not any(table.verb[m] or table.punct[m] for m in range(first + 1, k + 1))

    @staticmethod
    def _limit(doc: Doc, i: int, sent_end: int) -> int:
        stops = _stop_positions(doc)[0]
        k = bisect_left(stops, i)
        while k < len(stops) and stops[k] < sent_end and doc[stops[k]].text == "," and \
                adjective_series(token_table(doc), stops[k], sent_end):
            k += 1  # ``31 fragile, conflict-affected or vulnerable countries``: the comma inside the noun phrase
        return min(stops[k], sent_end) if k < len(stops) else sent_end

    def _listed_destination(self, doc: Doc, quantity: Span, sent_start: int, sent_end: int):
        """For a figure listed after a sub-total that came from somewhere (``of which 172,480 came back from
        Indonesia, 98,100 from New Zealand and 62,530 from Japan``), the noun phrase after its own preposition."""
        lower, text = token_table(doc).lower, token_table(doc).text
        after = _past_bracket(doc, quantity.end)  # (``and 20.5 billion euros (+0.5%) to EU countries``)
        if after + 1 >= sent_end or lower[after] not in DESTINATION_PREPOSITIONS or \
                span_value(quantity, "metric") == "SHARE":
            return None
        opening = sent_start
        while opening < quantity.start and (not text[opening].strip() or text[opening] in ("-", "--", "•", "*")):
            opening += 1  # (past a bullet)
        if lower[opening] not in ("of", "among") and _PART_CUE_WORDS.isdisjoint(lower[sent_start : quantity.start]):
            return None  # (most figures: no sub-total or fronted whole in the sentence)
        item = quantity
        for _ in range(4):  # back over the list's earlier items to the sub-total opening it
            previous = self._last_quantity_before(doc, item.start, sent_start)
            if previous is None or item.start - previous.end > 8 or any(t in (";", ":") for t in text[previous.end : item.start]):
                return None
            if self._is_subtotal(doc, previous) or self._fronted_whole(doc, previous) is not None:
                break
            item = previous
        else:
            return None
        first = self._part_destination(doc, _past_bracket(doc, previous.end), sent_end)
        if first is None or first[0] < 1 or lower[after] not in lower[max(0, first[0] - 2) : first[0]]:
            return None  # (the same preposition as the sub-total's: ``came back from``, ``from``)
        found = noun_phrase_after(doc, after + 1, self._limit(doc, after + 1, sent_end))
        return found if found is not None and not time_token_set(doc).intersection(range(found[0], found[1])) else None

    def _part_destination(self, doc: Doc, k: int, sent_end: int) -> tuple[int, int, int] | None:
        """What a sub-total is said to come from, go to or be spent on: the noun phrase after a verb of motion or a
        passive participle and its preposition from token ``k`` (``came back from Indonesia``, ``was spent on the
        modernisation of the line``), or None."""
        lower = token_table(doc).lower
        j = k
        if lower[j] in COPULAS:
            j += 1  # ``was spent on``
            if j >= sent_end or not (is_participle(lower[j]) or lower[j] in IRREGULAR_PARTICIPLES):
                return None
            j += 1
        elif lower[j] in PART_MOTION_VERBS:
            j += 1
        else:
            return None
        if j < sent_end and lower[j] in ("back", "out"):
            j += 1
        if j >= sent_end or lower[j] not in DESTINATION_PREPOSITIONS:
            return None
        found = noun_phrase_after(doc, j + 1, self._limit(doc, j + 1, sent_end))
        if found is None or time_token_set(doc).intersection(range(found[0], found[1])):
            return None
        return found

    @staticmethod
    def _is_subtotal(doc: Doc, quantity: Span) -> bool:
        table = token_table(doc)
        k = quantity.start
        while k > 0 and table.lower[k - 1] in BOUND_WORDS and table.lower[k - 1] not in ("up", "to", "of"):
            k -= 1  # ``of which some 370,000 tonnes``: past the part's bound (C40-27)
        before = tuple(table.lower[n] for n in range(max(0, k - 3), k) if not table.punct[n])
        return any(before[-len(cue) :] == cue for cue in SUBTOTAL_CUES)

    @staticmethod
    def _last_quantity_before(doc: Doc, end: int, start_limit: int) -> Span | None:
        """The last QUANTITY (in text order) that starts at ``start_limit`` or later and ends by token
        ``end``, or None."""
        starts, quantities = span_starts(doc, "QUANTITY")
        for k in range(bisect_left(starts, end) - 1, -1, -1):
            if starts[k] < start_limit:
                break
            if quantities[k].end <= end:
                return quantities[k]
        return None

    @staticmethod
    def _clause_start(doc: Doc, quantity: Span) -> int:
        sent_start = sentence_range(doc, quantity.start)[0]
        breaks = _stop_positions(doc)[1]
        k = bisect_right(breaks, quantity.start - 1) - 1  # the last clause break before the quantity
        return breaks[k] + 1 if k >= 0 and breaks[k] >= sent_start else sent_start

    @staticmethod
    def _colon_label(doc: Doc, quantity: Span) -> tuple[int, int, int] | None:
        """``Cargo volume: 4.1 million tons`` -> ``Cargo volume`` (a short label before a colon)."""
        table = token_table(doc)
        text, space, whitespace, nounish = table.text, table.space, table.whitespace, table.nounish
        k = quantity.start - 1
        steps = 0
        while k >= 0 and steps < 4 and text[k] != ":" and text[k] not in _LABEL_DASHES and not _DOT_LEADER.fullmatch(text[k]) \
                and not space[k] and "\n" not in whitespace[k]:
            if text[k] in (",", ";", "."):
                k = CategoryFinder._label_row_colon(doc, quantity)
                if k is None:
                    return None
                break
            k -= 1
            steps += 1
        if k >= 1 and _DOT_LEADER.fullmatch(text[k]) and len(text[k]) > 3:
            pass  # ``Rental Vacancy Rate ............ 6.9%``: dot leaders end a row's label (C50-9)
        elif k >= 1 and text[k] in _LABEL_DASHES and whitespace[k - 1] and whitespace[k]:
            # ``• Unemployment rate — 4.2% (September: 4.1%)``: on a bulleted line a spaced dash or dots end the label
            line_text = text_of(doc)
            at = doc[k].idx
            if not text_tables.BULLET_LINE.match(line_text[line_text.rfind("\n", 0, at) + 1 : at]):
                return None
        elif k < 0 or text[k] != ":":
            return None
        if k >= 3 and text[k - 2] == "(" and table.alpha[k - 1] and text[k - 1].islower():
            # ``while Crude Oil production (weight: 8.98 per cent) declined``: the phrase before the bracket
            found = noun_phrase_before(doc, k - 2, sentence_range(doc, k)[0])
            if found is not None and found[1] == k - 2 and not _quantity_tokens(doc).intersection(range(*found[:2])):
                return found
        if any(table.verb[i] for i in range(k + 1, quantity.start)):
            return None  # ``The labour market remains soft: the unemployment rate was 6.5%``: a clause of its own
        if any(nounish[i] and table.alpha[i] and table.lower[i] not in BOUND_WORDS and table.lower[i] not in vocabulary("figure_direction_words")
               and table.lower[i] not in DETERMINERS for i in range(k + 1, quantity.start)) and \
                any(text[i] == "," for i in range(quantity.end, min(len(doc), quantity.end + 3))):
            # ``Production (million tonnes): wheat 24.5, barley 10.2``: the first item of a list the label heads names
            # its figure, like the items after it (C36-2)
            return None
        line_start = k - 1
        while line_start > 0 and not space[line_start - 1] and "\n" not in whitespace[line_start - 1] and \
                text[line_start - 1] not in (".", ";", ":"):
            line_start -= 1
        reference = _unit_gloss_start(table.lower, line_start, k, text)  # (a long legal reference is no part of the label)
        if (k if reference is None else reference) - line_start > 12 or k - line_start < 1:
            return None
        start = line_start
        while start < k and (text[start] in ("-", "--", "•", "*") or not nounish[start]):
            start += 1
        if start >= k:
            return None
        if k - start <= 2 and table.lower[start] in _NOTE_LABELS:
            return None  # ``Note: about 80% of the data refer to 2022-2023``: a note's label names no measure (C48-19)
        end = k
        inner = CategoryFinder._last_quantity_before(doc, k, start)
        aged = next((m for m in range(start, inner.start) if table.lower[m] in vocabulary("age_words")), None) \
            if inner is not None and span_value(inner, "unit") in ("year", "month", "week") else None
        if aged is not None:
            # ``People aged 65 years and over: 645``: the group before its ages (D-17); ``- Aged 75 and over: 68.9%``:
            # a label of ages alone names its group by them (C41-6)
            if aged > start:
                return start, aged + 1, aged - 1  # (scored against either reading: the group and its age word)
            inner = None
        if inner is not None:
            # ``- Diagnosis or all-clear within 28 days: 75.6``: the label names its measure before the threshold
            end = inner.start
            times = time_token_set(doc)
            while end > start and (table.lower[end - 1] in PREPOSITIONS or table.lower[end - 1] in BOUND_WORDS or
                                   text[end - 1] in ("(", ",", "-") or end - 1 in times or
                                   table.lower[end - 1] in ("week", "weeks", "month", "months", "day", "days")):
                end -= 1  # (``Probable dengue cases in 2024 (weeks 1 to 15): 2,969,213``)
            if end <= start:
                return None
        times = time_token_set(doc)
        comma = next((c for c in range(end - 1, start, -1) if text[c] == ","), None)
        while comma is not None and all(m in times or table.lower[m] in GLOSS_WORDS or table.lower[m] in LABEL_QUALIFIERS
                                        or text[m] == "-" or reference is not None and m >= reference
                                        for m in range(comma + 1, end)):
            # ``- GDP growth, quarter-on-quarter seasonally-adjusted: 2.1 per cent``, ``- OCR, December 2024 quarter
            # average: 4.5%``: what follows the comma qualifies the measure the label names
            end = comma
            comma = next((c for c in range(end - 1, start, -1) if text[c] == ","), None)
        opening = next((c for c in range(end - 1, start, -1) if text[c] == "("), None)
        if opening is not None and ")" not in text[opening:end] and end - opening <= 3:
            # ``Cement production (weight: 5.37 per cent)``: the label inside the bracket names the measure of the
            # phrase before it
            end = opening
        if any(table.lower[m] in ("is", "are", "was", "were", "has", "have", "had") for m in range(start, end)):
            return None  # ``Most cases were in children: 57% (1,654) were aged 10 and under``: a clause, no label (C36-19)
        return start, end, end - 1


#: adjectives of a figure's status that count nothing (``The provisional total was 2,911``, ``the cumulative total``)
COUNT_ADJECTIVES = frozenset({"provisional", "cumulative", "preliminary", "final", "overall", "combined", "grand",
                              "official", "aggregate", "unadjusted"})
#: bound words a subject never ends on (``arrivals from India more than doubled``): the bound words but the article,
#: ``estimated``, ``close``, ``least`` and ``only``
_TRAILING_BOUNDS = BOUND_WORDS - {"an", "estimated", "close", "least", "only"}
#: the small words inside a proper name (``Palma de Mallorca``, ``Málaga-Costa del Sol``, ``Bank of England``)
_NAME_PARTICLES = frozenset({"the", "of", "and", "de", "del", "la", "le", "di", "da", "do", "dos", "das", "du", "von",
                             "van", "der", "y", "e", "el", "al"})
#: the dashes that end a dateline (``LONDON -``, ``WASHINGTON —``)
_DATELINE_DASHES = frozenset(("-", "\u2014", "\u2013"))
#: an ordinal beyond the vocabulary's ``ordinal_words`` (``29th``, ``eleventh``, ``fifteenth``, ``twentieth``)
_ORDINAL_FORM = re.compile(r"^(?:[0-9]+(?:st|nd|rd|th)|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)$")
#: words of a run of periods (``the third consecutive quarter``, ``a fifth straight month``)
_RUN_WORDS = vocabulary("run_words")
#: quotation marks that open or close a quoted name
_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"})


def _quoted_name(text: list, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """``(first, end)`` token offsets of the words inside the quotation marks that enclose the phrase ``start:end``
    (``the group "furniture, radio, TV and household appliances"``), or None when it stands in none, or the quotation
    spans more than 16 tokens or holds a figure's clause."""
    opening = next((k for k in range(start - 1, max(sentence[0], start - 16) - 1, -1) if text[k] in _QUOTES), None)
    if opening is None or sum(1 for k in range(sentence[0], opening) if text[k] in _QUOTES) % 2:
        return None  # (no quotation mark before the phrase, or the one before closes an earlier quotation)
    closing = next((k for k in range(max(end, opening + 1), min(sentence[1], opening + 17)) if text[k] in _QUOTES), None)
    if closing is None or closing - opening < 2 or any(text[k] in _QUOTES for k in range(opening + 1, start)):
        return None
    if any(text[k] in (".", ";", ":") or text[k][:1].isdigit() for k in range(opening + 1, closing)):
        return None
    return opening + 1, closing


@Language.factory(
    "relstats_categories",
    assigns=["doc.spans", "doc._.candidates"],
    requires=["doc.spans"],
    default_config={"with_alternatives": True},
)
def make_category_finder(nlp: Language, name: str, with_alternatives: bool) -> CategoryFinder:
    """Factory of :class:`CategoryFinder`."""
    return CategoryFinder(nlp, name, with_alternatives)
