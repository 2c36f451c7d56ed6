"""The relation step: MODIFIES, PART_OF, BASELINE, CATEGORY and PERIOD links (FORMAT §4).

Decisions, in order, sentence by sentence:

1. ``respectively`` lists: N figures take N coordinated categories and periods in order (D-21), N
   changes pair with N figures (before ``respectively`` or right after it), or with N baselines in
   order (then all modify the one figure they follow); the figures may sit in the previous sentence
   when the change list opens its own.
2. Figures in brackets (D-20): after a noun phrase they describe it (its category); after a figure
   they modify it; beside another change they state the same change (parallel: same target).
3. Other changes and shares modify a figure: the level after ``to`` or ``from A to`` (``rose 13.8
   percent to 17.67 trillion yuan``), else the figure before them in the same clause (``17.67 trillion
   yuan, up 13.8 percent``; ``accounting for 15.1 percent``; a change of a share), else, for a sentence
   without a figure of its own that opens on an anaphor (``The number of issuances was only 2%``)
   or on the change itself (translation fragments), the last figure of the previous sentences. Ages
   and runs of months are never modified.
4. Sub-totals: parts around ``bringing the total to`` / ``made up of`` (D-19), then figures after a
   cue (``of which``, ``including``, ``among them``, ``of these``, ``19 of the 20``) and the list items
   that follow them are PART_OF the figure before the cue.
5. Each change or share takes the BASELINE that follows it in its clause (past the level it reaches),
   else the one before it; a baseline stated once serves the parallel changes of its sentence (D-8).
6. Quantities that modify nothing take their CATEGORY (a distributed one, the category of the figure
   a previous value is compared with (D-26), else the category proposal); those that neither modify
   nor are part of another take the PERIOD of their own clause, else the nearest in their sentence;
   ``since`` after a superlative dates a record, not the figure (D-23).

Candidate relations proposed by other components (``doc._.candidates``) are used where this step
needs a choice, so a trained component can re-rank them without rewiring. Word lists live in
``data/en/linking.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress
from functools import lru_cache
from operator import and_

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.scorer import make_relstats_scorer  # noqa: F401  (registers relstats.scorer.v1)
from pipeline.extensions import (Bounds, Relation, candidates_of, register_extensions, relations_of,
                                 group_spans, sent_of, sentence_bounds, sentence_range, set_spans, span_starts,
                                 set_span_value, span_value, spans_of, text_of, token_cache, token_columns)
from pipeline.lexicon import lexicon, words as words_
from pipeline.periods import MONTHS, period_dates
from pipeline import text_tables
from pipeline.declared_units import CHANGE_HEADING
from pipeline.components.quantities import CONTRIBUTION
from pipeline.components.time_phrases import FISCAL_YEAR, STATED_PARTICIPLES, classify_baseline
from pipeline.units import is_rate, singular
from pipeline.components.categories import (or_more_threshold, CHANGE_VERB_WORDS, COPULAS, ROW_PART_CUE, ESTIMATE_NOUNS, CategoryFinder, CLASSIFIER_NOUNS,
                                           GENERIC_PEOPLE, RUNS_KEY, SHARE_NOUNS, time_token_set)
from pipeline.components.quantities import ANNUAL_RATE_QUALIFIER, COMPARATIVES_DOWN, COMPARATIVES_UP, RECORD_PEAKS, \
    bare_signed, change_components_cue
from pipeline.relation_features import bounded_subject, is_threshold, same_block
from pipeline.phrases import (CURRENCY_SIGNS, apposed_noun_value, 
    CONJUNCTIONS,
    ed_form,
    bound_phrase_start,
    bound_phrases_ending,
    PREPOSITIONS,
    DETERMINERS,
    coordinated_items,
    is_nounish,
    is_participle,
    is_verb,
    noun_phrase_after,
    noun_phrase_before,
    subject_before,
    token_table,
    vocabulary,
    vocabulary_phrases,
)

LIST_JOINERS = vocabulary("list_joiners")
#: words opening a breakdown of the figure before them into bracketed items
BREAKDOWN_CUE_WORDS = frozenset(("with", "including", "led", "driven"))
#: words that say a figure recovered to a share of an earlier level (``recovering to 90 percent of``)
RECOVERY_STEMS = tuple(vocabulary("recovery_stems"))
ANAPHORS = vocabulary("anaphors")
SUBTOTAL_BEFORE = vocabulary_phrases("subtotal_cues")
#: prepositions inside a counted noun phrase (``visits through main entry points``, ``stays by European guests``)
#: heads of what states a value rather than what it is of (``compared with 0.6% in the previous release``)
ESTIMATE_HEADS = ESTIMATE_NOUNS | frozenset(("release", "report", "projections", "forecasts", "survey", "publication",
                                            "edition", "bulletin", "round", "vintage"))
#: words that make a sentence a revision of an earlier estimate of the same period
REVISION_WORDS = frozenset(("revised", "revision", "revisions", "revises", "previously", "published", "preliminary",
                            "estimate", "estimated", "provisional", "initially", "originally"))
#: words of a multiple that name the value compared with after them (``more than double the 23,923``)
MULTIPLE_WORDS = frozenset(("double", "twice", "triple", "treble", "quadruple", "half"))
NOUN_PHRASE_PREPOSITIONS = frozenset(("of", "by", "through", "from", "in", "at", "for", "on", "with", "via", "into"))
#: how the rules proposed a category that the clause's structure fixes (the object of a verb that changes it,
#: a target, ``of``, a place in a list of three or more figures each stated ``in`` a place): kept by the re-ranker
KEPT_CATEGORY_HOWS = ("object", "target", "of", "placed", "contribution", "fronted", "destination", "with-item", "ranked", "named-after")
#: units of time amounts (ages, durations, time limits): a change in another unit never modifies them
TIME_AMOUNT_UNITS = frozenset(("decade", "year", "month", "quarter", "week", "day", "night", "hour", "minute",
                               "second"))
#: nouns that name a change (``an increase of``, ``a 0.9 percent rise``)
CHANGE_NOUN_WORDS = vocabulary("change_nouns")
#: words between ``this is`` and the change it states (``This is now 4.0 percent below``)
RESTATING_ADVERBS = frozenset(("now", "still", "about", "around", "roughly", "nearly", "almost", "some", "only", "just"))
#: the words that open a sentence on its comparison point, before the baseline and a comma
OPENING_COMPARISONS = frozenset(("compared with", "compared to", "relative to", "against", "versus",
                                 "in comparison with", "as against", "when compared with"))
#: a baseline that names a level, not a time: a share of it is no previous value (``97% of the pre-pandemic level``)
LEVEL_BASELINE = re.compile(r"\b(?:levels?|peak|average|pre-\w+)\b", re.I)
#: words that state a whole as the net of the two figures after it (``net migration of 79,300 ..., the combination of
#: net inward migration of non-Irish citizens (80,100) and a net outflow of 800 Irish citizens``)
NET_CUES = tuple(vocabulary("net_of_two_cues"))
#: the words between the comma and a comparison point that closes a sentence (``..., compared with the previous quarter``)
CLOSING_COMPARISON_WORDS = frozenset({"compared", "with", "to", "against", "relative", "versus", "vs", "vs.", "in",
                                      "comparison", "as", "from", "all", "each", "both",
                                      "case", "cases"})  # (``, in each case compared with ...``: C27-10)
#: comparisons written as adverbs (``year over year``, ``month-on-month``, ``annually``), not points in time
ADVERBIAL_COMPARISON = re.compile(r"^(?:year|month|quarter|week|day)[- ](?:on|over|to)[- ](?:year|month|quarter|week|day)$|"
                                  r"^(?:annually|y/y|m/m|q/q|yoy|mom|qoq)$", re.I)
#: words that open a subordinate clause whose period dates that clause, not the figures around it
SUBORDINATE_WORDS = frozenset({"which", "where"})  # (``, where the rate has risen since the spring of 2023``: C36-17)
#: a period that names a comparison point by itself (``in the same period of 2023``, ``a year earlier``)
COMPARED_PERIOD = re.compile(r"\bsame (?:period|month|quarter|week|time)\b|\b(?:earlier|ago|previous|prior)\b", re.I)
#: conjunctions that open a clause with a subject of its own after a comma (``, while British Columbia and Ontario
#: recorded gains of 1.9% and 1.8% respectively``)
CLAUSE_CONJUNCTIONS = frozenset({"while", "whereas", "but", "although", "though", "whilst"})
#: a relative time that names a point before the release's own (``a month earlier``, ``the previous quarter``,
#: ``last month``), not a comparison written as one phrase (``year on year``, ``over the previous month``)
RELATIVE_POINT = re.compile(r"^(?!(?:on|over|from|than|against|versus|vs|relative|compared)\b).*\b(?:earlier|ago|previous|"
                            r"prior|last|preceding|before)\b", re.I)
#: the word before a previous value stated with its time (``from 51.4% a year ago``, ``compared with 15.7% ...``)
#: a year written in a time phrase (``the year ending March 2023``)
_A_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
#: a heading clause that names the column in brackets (``change from 12 months earlier in brackets``)
BRACKET_COLUMN = re.compile(r"\bin (?:brackets|parentheses)\b", re.I)
PREVIOUS_VALUE_WORDS = vocabulary("previous_value_words")


def _restated_in_brackets(lower: list, quantities: list, n: int) -> bool:
    """Whether ``quantities[n + 1]`` stands alone in brackets right after ``quantities[n]`` (``874 million (21%)``,
    ``38.7% (39.4 million)``): the same value restated, of the same time."""
    x = quantities[n]
    if n + 1 >= len(quantities) or x.end + 1 >= len(lower) or lower[x.end] != "(":
        return False
    y = quantities[n + 1]
    return y.start == x.end + 1 and lower[y.end : y.end + 1] == [")"]


def bracketed_values(lower: list, quantities: list, k: int) -> list:
    """The values of a list that opens a bracket and ends with ``quantities[k]``, joined by commas and ``and``
    (``(59.8%, 73.0% and 81.1% a year earlier)``: the time after the last dates them all, C27-2); [] when
    ``quantities[k]`` ends no such list of two values or more."""
    listed = [quantities[k]]
    while k > 0:
        x, y = quantities[k - 1], quantities[k]
        if not (x.end == y.start - 1 and lower[x.end] in (",", "and") or
                x.end == y.start - 2 and lower[x.end] == "," and lower[x.end + 1] == "and"):
            break
        listed.insert(0, x)
        k -= 1
    first = listed[0]
    return listed if len(listed) > 1 and first.start >= 1 and lower[first.start - 1] == "(" else []


def _previous_value_named(lower: list, start: int) -> bool:
    """Whether the value at token ``start`` is named by a noun after a comparison word (``compared with a loss of
    CHF 12 million a year earlier``, ``against a deficit of $3.2 billion``): ``<word> a|an|the <noun> [<noun>] of``."""
    if start < 4 or lower[start - 1] != "of":
        return False
    for k in (start - 3, start - 4):
        if k >= 1 and lower[k] in ("a", "an", "the") and lower[k - 1] in PREVIOUS_VALUE_WORDS and \
                all(w.isalpha() for w in lower[k + 1 : start - 1]):
            return True
    return False
#: participles between an earlier value and its own time (``the fall of 22.1% recorded a year earlier``)
STATED_AT_WORDS = frozenset({"recorded", "registered", "reported", "lost", "observed", "seen", "posted"})
LOOK_BACK = 40  # a change's figure is looked for among at most this many earlier quantities of its sentence


#: a line that ends on a sub-total cue and a colon, above bullets that list the parts (C35-24)
_CUE_LINE_END = re.compile(r"\b(?:[Oo]f (?:these|them|those|this|which|whom)|[Ii]ncluding|[Aa]mong (?:them|these)|"
                           r"[Cc]omprising|[Mm]ade up of|[Bb]roken down as follows)\s*:\s*$")

#: a table column header naming a share of a whole (``Share of total (%)``, ``% of arrivals``, C35-40)
_SHARE_COLUMN = re.compile(r"\bshares?\b|\bproportion\b|\bof (?:the )?total\b|%\s*of\b|\bper ?cent(?:age)? of\b", re.I)

#: ``doc.user_data`` key: ``[start, end, other start, other end]`` of each figure whose CATEGORY follows the
#: category decided for another figure: a value stated for comparison with a current figure (D-26), a
#: figure continuing a list of one measure (C4-2); a trained re-ranker keeps these links to its own choice
CATEGORY_FOLLOWS_KEY = "relstats.category_follows"
#: words of a run of rises or falls counted from a time (``the tenth consecutive quarterly increase since Q1 2022``)
_RUN_WORDS = frozenset(("consecutive", "successive", "straight", "row", "running"))
#: words after a comma that join another clause (its own times are further from a figure than the sentence's opening time)
_JOINED_CLAUSE_WORDS = frozenset(("and", "but", "while", "whereas"))
#: words opening an adverbial clause whose own time dates none of the figures outside it (C41-29, C49-3)
_CLAUSE_TIME_CONJUNCTIONS = frozenset(("since", "when", "after", "until", "once", "because"))

def _by_before(lower: list, start: int) -> bool:
    """Whether ``by`` (past bound words) opens the figure at token ``start`` (``, by 3.5%``, ``by about 2%``)."""
    k = start - 1
    while k >= 0 and (lower[k] in BOUND_WORDS or lower[k] in ("an", "average", "of")):
        k -= 1  # (``by about``, ``by more than``, ``by an average of``)
    return k >= 0 and lower[k] == "by"


def _scope_count(doc, x) -> bool:
    """Whether the count ``x`` is the object of ``in``, ``across`` or ``among`` (``in 35 countries``, ``in 29 of the 35
    countries``, ``across 12 regions``): the places or groups a clause covers."""
    if span_value(x, "metric") != "COUNT" or span_value(x, "unit_kind") not in (None, "count"):
        return False
    lower = token_table(doc).lower
    k = x.start - 1
    if k >= 2 and lower[k] == "the" and lower[k - 1] == "of":
        k -= 3  # (``29 of the 35``: the first figure's preposition)
    return k >= 0 and lower[k] in ("in", "across", "among")


def _compared_value(lower: list, start: int, than: bool = True) -> bool:
    """Whether the figure at token ``start`` is a value compared with (``compared with £16.0 billion``, ``against
    2.1%``, ``than 1,200``; with ``than`` False, not after ``than``)."""
    k = start - 1
    while k >= 0 and lower[k] in ("a", "an", "the", "about", "around", "some", "nearly", "almost"):
        k -= 1
    return k >= 0 and (lower[k] in ("against", "versus", "vs", "vs.") or than and lower[k] == "than" or
                       lower[k] in ("with", "to") and k >= 1 and lower[k - 1] in ("compared", "comparison"))


#: prepositions before a list of names a respectively-list of figures is distributed over (``70,000 and 48,000 deaths
#: to ozone and nitrogen dioxide, respectively``)
_NAMED_LIST_PREPOSITIONS = frozenset(("to", "in", "for", "from", "among", "across", "at", "by"))
#: conjunctions after a comma that open a clause of contrast: a time before the comma closes the clause before it
_CLOSING_CONTRASTS = frozenset(("while", "whereas", "but", "although", "though"))
#: verbs by which a change carries its object to the level reached (``takes the average price to``)
_CARRYING_VERBS = vocabulary("moving_verbs") | vocabulary("transitive_change_verbs")
#: adjectives that name a change's comparison in its own noun phrase (``the annual rise of 3.0%``)
_FREQUENCY_ADJECTIVES = frozenset(("annual", "monthly", "quarterly", "yearly", "weekly", "year-on-year",
                                   "month-on-month", "quarter-on-quarter"))


def _named_frequency(lower: list, start: int) -> bool:
    """Whether the change at token ``start`` names its comparison in its own noun phrase: ``the annual rise of
    3.0%``, ``an annual 3.0% increase``, ``a monthly fall of 0.5%`` (C42-18)."""
    k = start - 1
    while k > 0 and lower[k] in ("about", "around", "some", "nearly", "almost", "roughly", "just", "only"):
        k -= 1
    if k >= 0 and lower[k] in _FREQUENCY_ADJECTIVES:
        return True
    return k >= 2 and lower[k] == "of" and lower[k - 1] in CHANGE_NOUN_WORDS and lower[k - 2] in _FREQUENCY_ADJECTIVES
#: ``doc.user_data`` key: ``[period start, period end, figure start, figure end]`` of each period that dates a
#: previous value only (GUIDELINES C-9), so the trained step gives it to no other figure
OWNED_PERIODS_KEY = "relstats.owned_periods"
#: ``doc.user_data`` key: ``[start, end]`` of each baseline's value (``higher than in July (92.22)``, ``below the
#: revised June rate of 1,454,000``): no period, no baseline and no figure it modifies (C8-1, D-26, C10-2)
BASELINE_VALUES_KEY = "relstats.baseline_values"
#: the changes stated as the step before another (:func:`earlier_steps`), found by the rules for the trained step
EARLIER_STEPS_KEY = "relstats.earlier_steps"
#: the changes stated as the value another is compared with (:func:`compared_changes`), for the trained step too
COMPARED_CHANGES_KEY = "relstats.compared_changes"
#: words between ``since`` and the time records began (``since records began in``, ``since comparable
#: data were first collected in``)
RECORD_START_WORDS = vocabulary("record_start_words")
#: the verbs that end such words (``since current recording practices began in``)
SERIES_START_VERBS = frozenset({"began", "begun", "started", "commenced", "opened"})
#: the spans a record is kept for (``the highest ever recorded for the month``)
RECORD_SPANS = frozenset({"month", "quarter", "year", "season", "week", "day"})
#: words that state a record, beside the superlatives (``an all-time record for the month``, ``for the first time``)
RECORD_WORDS = frozenset({"record", "records", "ever", "all-time"})
#: prepositions before a count of the places or groups a clause is about (``rose in 18 counties``)
GROUP_PREPOSITIONS = frozenset({"in", "within", "across"})
#: nouns of a plan a share may be of, whose time is the plan's (``of the Budget Estimates for 2024-25``)
_PLAN_NOUNS = frozenset({"estimates", "estimate", "target", "targets", "budget", "budgets", "allocation", "allocations",
                         "forecast", "forecasts", "projection", "projections", "plan", "be", "re", "appropriation"})
#: pronouns that open a clause about the figure already stated (``although it remained``, ``as they fell``)
_ANAPHOR_SUBJECTS = frozenset(("it", "they", "this", "these", "that"))
#: a span of two years in a header cell (``2024-25``, ``2023/24``)
_YEAR_SPAN = re.compile(r"((?:19|20)[0-9]{2})[-/\u2013]([0-9]{2}|(?:19|20)[0-9]{2})")
#: nouns of a target or an average whose ``for <time>`` dates it, not the clause (``the 65% target for 2025``)
_DATED_PLAN_NOUNS = frozenset({"target", "targets", "goal", "goals", "objective", "objectives", "ceiling", "benchmark",
                               "average", "averages", "mean", "norm"})
#: verbs of a change in either direction (``rose``, ``fell``, ``increased``), between the changes of a list
_CHANGE_VERBS = frozenset(w for w in words_("change_up") | words_("change_down") if w.endswith("ed") or
                          w in ("rose", "fell", "grew"))
#: superlatives after ``the N`` that name a ranked set of places or groups (``the 10 largest airports``)
_RANKED_GROUP_WORDS = frozenset({"largest", "biggest", "busiest", "main", "top", "leading", "major", "highest", "lowest",
                                 "most", "least", "smallest", "principal"})
#: the determiners of a value named by its own time (``its April 2024 rate of``)
_VALUE_DETERMINERS = frozenset({"its", "their", "the", "a"})
#: words before a figure that make it a previous value stated for comparison
PREVIOUS_VALUE_CUES = vocabulary("previous_value_cues")
#: the group a previous value is of, between it and its time (``up from 42.4% among those diagnosed during 1994-1998``,
#: C51-4)
_GROUP_OF_VALUE = re.compile(r"(?:among|for) (?:those|people|persons|patients|women|men|children|adults|households|"
                             r"firms|businesses|workers|students|cases|the [a-z]+)(?: [a-z]+)?(?: [a-z]+ed)?$")
#: words that may stand between a previous value and its period (``a 0.5% increase in January``)
CHANGE_NOUNS_GAP = vocabulary("change_nouns_gap")
#: the words that may open a bracket restating a change (``(an increase of 4%)``, ``(up 4%)``, ``(or +4%)``)
_RESTATING_BRACKET_WORDS = frozenset({"an", "a", "increase", "decrease", "rise", "fall", "drop", "decline", "growth",
                                      "of", "up", "down", "or", "+", "-", "−", "by"})
#: words of direction between a subject and its change in an absolute construction (``exports up 7.4%``)
FIGURE_DIRECTION_WORDS = vocabulary("figure_direction_words")
#: words that bound a figure (``around``, ``almost``), passed over before it
BOUND_WORDS = vocabulary("bound_words")
#: nouns of a reference level whose value is stated for comparison (``the series high of``, ``its average of``)
REFERENCE_LEVEL_NOUNS = (RECORD_PEAKS | vocabulary("level_words") | vocabulary("average_words")) - {"sum", "amount"}
#: the words a reference level is compared with after (``below the peak of``, ``down from a high of``)
REFERENCE_CUES = PREVIOUS_VALUE_CUES | frozenset({"below", "above", "than", "exceeded", "surpassed", "beyond", "under",
                                                  "over"})
#: adverbs that state a value as an earlier estimate of a figure (``(previously 0.2 percent)``)
EARLIER_ADVERBS = frozenset({"previously", "originally", "initially", "formerly"})
#: words of a bracket label naming an earlier estimate or time (``(previously published:``, ``(end of August:``)
BRACKET_LABEL_WORDS = vocabulary("previous_value_qualifiers") | frozenset({"end", "start", "beginning", "of", "the",
                                                                         "same", "period", "last", "year", "month",
                                                                         "quarter", "week"})
#: units of time a count of days or months is in (``21 trading days``)
TIME_UNITS = vocabulary("time_units")
#: words that end a noun phrase going left (a clause or list joiner, a copula)
CLAUSE_BREAK_WORDS = CONJUNCTIONS | COPULAS | {"which", "that"}


#: the marker of a list item at the start of a line (``* ``, ``- ``, ``• ``)
_BULLET_OPENING = re.compile(r"[ \t]*[-*•·][ \t]")


def earlier_value_label(lower: list, colon: int, time_tokens) -> int | None:
    """The opening bracket of a label that names an earlier estimate or a time, ending on the colon at ``colon``
    (``(previously published:``, ``(quick estimate:``, ``(end of August:``, ``(third quarter of 2023:``); None
    when ``colon`` ends no such label."""
    if colon < 2 or lower[colon] != ":":
        return None
    label = colon - 1
    while label >= 0 and colon - label <= 5 and lower[label] != "(":
        if not (lower[label] in BRACKET_LABEL_WORDS or label in time_tokens):
            return None
        label -= 1
    return label if label >= 0 and lower[label] == "(" and label < colon - 1 else None


def compared_value_before(lower: list, x, b) -> bool:
    """Whether the figure ``x`` is the value a change is compared with, dated by the time phrase ``b`` after it: ``2%
    below the 51,982 recorded in``, ``eight times the 368 cases confirmed in``, ``5.0% when compared with 90 276 cases
    in`` (C20-9, C22-8). Its counted noun may stand between it and its participle."""
    if x.start < 3:
        return False
    before = lower[x.start - 1]
    if before in ("the", "its", "their") and lower[x.start - 2] in ("with", "to") and lower[x.start - 3] == "compared":
        before = "compared"
    elif before in ("the", "its", "their"):
        before = lower[x.start - 2]
    elif before in ("with", "to") and lower[x.start - 2] == "compared":
        before = "compared"
    else:
        return False  # (``more than double the same period last year``: a change, no value compared with)
    if before not in ("above", "below", "than", "under", "over", "times", "compared"):
        return False
    gap = lower[x.end : b.start]
    noun = 0
    while noun < min(2, len(gap)) and gap[noun].isalpha() and gap[noun] not in STATED_PARTICIPLES and gap[noun] != "in":
        noun += 1
    return all(w in STATED_PARTICIPLES or w == "in" for w in gap[noun:]) and (noun == 0 or bool(gap[noun:]))

#: words that may stand between a change and the same change restated in another unit
PARALLEL_GAP = vocabulary("parallel_gap")


#: words between ``which`` and a change that restates the figure before it (``, which was 378,000 lower``)
RELATIVE_TAIL = vocabulary("relative_tail")


@lru_cache(maxsize=1)
def bound_last_words() -> frozenset:
    """The last words of the bound phrases (``than`` of ``more than``, ``nearly``)."""
    return frozenset(phrase[-1] for phrase, _ in lexicon()["bound_phrases"])


@lru_cache(maxsize=1)
def _subtotal_cues_by_length() -> tuple[tuple[int, frozenset], ...]:
    """The sub-total cues (:data:`SUBTOTAL_BEFORE`) grouped by their number of words."""
    lengths = sorted({len(cue) for cue in SUBTOTAL_BEFORE})
    return tuple((n, frozenset(cue for cue in SUBTOTAL_BEFORE if len(cue) == n)) for n in lengths)


@lru_cache(maxsize=1)
def _subtotal_first_words() -> frozenset | None:
    """The first words of the sub-total cues (:data:`SUBTOTAL_BEFORE`), or None if a cue is empty."""
    if any(not cue for cue in SUBTOTAL_BEFORE):
        return None
    return frozenset(cue[0] for cue in SUBTOTAL_BEFORE)


@lru_cache(maxsize=1)
def _cue_first_words() -> frozenset:
    """The first words of the cues :meth:`RelationLinker.link_totals` looks for."""
    return frozenset(phrase.split()[0] for kind in ("total_after_parts_cues", "parts_after_total_cues")
                     for phrase in vocabulary(kind))


_BRACKETS = frozenset(("(", ")"))


#: words that qualify a change restated in brackets (``(+2.1% in volume terms)``, ``(-0.4% in real terms)``)
BRACKET_QUALIFIERS = frozenset(("in", "volume", "real", "nominal", "terms", "constant", "current", "prices", "price",
                                "seasonally", "adjusted", "value"))


def _past_qualifier(texts: list[str], end: int) -> int:
    """The closing bracket after a qualifier of at most four words at ``end``, else ``end``."""
    k = end
    while k < len(texts) and k - end < 4 and texts[k].lower() in BRACKET_QUALIFIERS:
        k += 1
    return k if k > end and k < len(texts) and texts[k] == ")" else end


def is_margin(quantity: Span) -> bool:
    """A margin of error (``±1.1 percent`` after a change): it states the precision of the figure before
    it, links to nothing and nothing links to it (GUIDELINES C10-1)."""
    first = quantity.doc[quantity.start].text
    return first[:1] == "±" or first[:3] == "+/-" or quantity.start >= 1 and quantity.doc[quantity.start - 1].text == "±"


EARLIER_STEP_CUES = vocabulary_phrases("earlier_step_cues")
EARLIER_STEP_FILLERS = vocabulary("earlier_step_fillers")
EARLIER_STEP_GAP = vocabulary("earlier_step_gap")
#: words naming the kind of an earlier step's change (``after an annual increase of 2.1% in May``, C31-18)
_STEP_KIND_WORDS = frozenset(("annual", "monthly", "quarterly", "yearly", "annualised", "annualized", "seasonally",
                              "adjusted", "rate", "change"))  # (``after an annual rate of change of -0.8%``, C52-15)


def brackets_hold(texts: list[str], period, q) -> bool:
    """Whether ``period`` may date ``q`` as far as brackets go: a period outside brackets may date any figure, a
    period inside brackets only the figures inside the same brackets (``stood at 4.1% (4.0% in September, revised),
    while the rate for females was unchanged at 4.3%``: ``in September`` dates 4.0% alone)."""
    opening = _unmatched(texts, period.start - 1, -1, "(", ")")
    if opening is None:
        return True  # not in brackets
    close = _unmatched(texts, period.end, 1, ")", "(")
    return opening < q.start and q.end <= (close if close is not None else len(texts))


#: words that open a clause giving a cause (``a fall ... that was partly due to ... a shortage of drivers in August``)
CAUSE_WORDS = frozenset({"due", "owing", "caused", "attributed", "attributable", "thanks"})


def time_reaches(lower: list[str], texts: list[str], time, q, times_end: set[int]) -> bool:
    """Whether the time span ``time`` (a PERIOD or BASELINE) may date or compare the figure ``q`` as far as its
    sentence's clauses go. Not when a clause giving a cause stands between the figure and a later time (``a fall of
    6.2 points ... that was partly due to ... a shortage of drivers in August``: August dates the cause), nor when
    the figure stands in a ``, when`` clause describing an earlier time and ``time`` is outside that clause
    (``compared with the second quarter, when the economy had expanded by 1.0 percent``: neither the sentence's
    period nor the second quarter as a comparison; a period right before ``, when`` dates it: ``widened in July, when
    net absorption amounted to ₹1.66 lakh crore``). ``times_end``: the ends of the document's time spans."""
    if time.start >= q.end:
        gap = lower[q.end : time.start]
        if not CAUSE_WORDS.isdisjoint(gap) and any(
                w in CAUSE_WORDS and (w != "due" or k + 1 < len(gap) and gap[k + 1] == "to") for k, w in enumerate(gap)):
            return False
        if time.label_ == "BASELINE" and "but" in gap and any(w == "but" and k >= 1 and gap[k - 1] == ","
                                                              for k, w in enumerate(gap)):
            # ``slip 0.3% in August, but rise 5.1% over a year earlier``: the contrasted clause's own comparison (a
            # period may date both: ``decreased in A (-48,000), but increased in B (+36,000) over the month``)
            return False
    k = _when_opening(lower, texts, q.start, times_end)
    return k is None or time.start > k or time.end == k - 1 and time.label_ == "PERIOD"


def time_span_ends(doc) -> set[int]:
    """The end tokens of the document's PERIOD and BASELINE spans (the ``times_end`` of :func:`time_reaches`)."""
    return {s.end for s in spans_of(doc, "PERIOD")} | {s.end for s in spans_of(doc, "BASELINE")}


def _when_opening(lower: list[str], texts: list[str], start: int, times_end: set[int]) -> int | None:
    """The ``when`` of a ``, when`` clause after a time span that the token ``start`` stands in, or None."""
    if "when" not in lower[max(0, start - 30) : start]:
        return None  # (most figures)
    for k in range(start - 1, max(start - 30, 1), -1):
        if texts[k] in (";", ".", ",", "\n") or lower[k] in ("while", "whereas"):
            return None  # (``Since September 2023, when rates were last raised, inflation has fallen``: past the clause)
        if lower[k] == "when" and texts[k - 1] == "," and (k - 1) in times_end:
            return k
    return None


def _unmatched(texts: list[str], k: int, step: int, wanted: str, other: str) -> int | None:
    """The first ``wanted`` bracket from ``k`` in direction ``step`` that no ``other`` bracket on the way matches,
    within 40 tokens and before a sentence's end; None when there is none."""
    depth = 0
    for _ in range(40):
        if not 0 <= k < len(texts) or texts[k] in (".", "\n"):
            return None
        if texts[k] == other:
            depth += 1
        elif texts[k] == wanted:
            if depth == 0:
                return k
            depth -= 1
        k += step
    return None


def earlier_steps(doc: Doc, quantities: list[Span]) -> set[tuple[int, int]]:
    """The changes a sentence states as the step before its own change (GUIDELINES C11-11, C13-5): a change
    after a change of the same unit in its sentence, introduced by ``after``, ``following``, ``down from``,
    ``compared with``, ``against`` or a bracket, and dated by a time of its own right after it (``rose 2.0%
    year over year in August, down from a 2.5% increase in July``, ``grew 0.3%, after +0.5% and +0.6%
    respectively in the previous quarter``, ``rose 8.2% year over year (+8.9% in August)``). Such a step
    happened at its own time; its comparison point is left unstated (FORMAT: no stated comparison point,
    no BASELINE). A revised figure (``revised up from 0.2 percent``) is the same change, not a step."""
    if not quantities:
        return set()
    table = token_table(doc)
    lower = table.lower
    time_starts = {x.start for x in spans_of(doc, "PERIOD")} | {
        x.start for x in spans_of(doc, "BASELINE") if RELATIVE_POINT.search(x.text)}
    ends = {x.end: x for x in quantities}
    starts = {x.start: x for x in quantities}
    period_ends = {x.end: x.start for x in spans_of(doc, "PERIOD")}
    baseline_ends = {x.end: x.start for x in spans_of(doc, "BASELINE")}
    steps: set[tuple[int, int]] = set()
    for k, q in enumerate(quantities):
        if span_value(q, "metric") != "CHANGE" or _is_multiple(q):
            continue
        sent_start, sent_end = sentence_range(doc, q.start)
        # its own time, right after it (past ``respectively`` or a change noun)
        j, gap = q.end, 0
        while j < sent_end and gap < 3 and j not in time_starts:
            if lower[j] in ("and", ",") and j + 1 in starts and span_value(starts[j + 1], "metric") == "CHANGE":
                j = starts[j + 1].end  # a list of steps: ``after +0.5% and +0.6% respectively in ...``
            elif lower[j] == "(" and j + 1 in starts and span_value(starts[j + 1], "metric") == "CHANGE" and \
                    starts[j + 1].end < sent_end and lower[starts[j + 1].end] == ")":
                j = starts[j + 1].end + 1  # ``following a decrease of 30,200 (-4.5%) in the first quarter`` (C52-15)
            elif lower[j] in EARLIER_STEP_GAP:
                j, gap = j + 1, gap + 1
            else:
                break
        if j not in time_starts:
            continue
        # the cue before it, past fillers (``after growth of``, ``following a``), or a list of steps
        i, skipped = q.start, 0
        while i - 1 > sent_start and q.start - i - skipped < 7:
            if lower[i - 1] in EARLIER_STEP_FILLERS or lower[i - 1] in _STEP_KIND_WORDS:
                i -= 1
            elif not skipped and i in baseline_ends and i - baseline_ends[i] <= 5 and baseline_ends[i] > sent_start:
                skipped = i - baseline_ends[i]  # ``after a year-on-year increase of 15.9% in September`` (C31-18)
                i = baseline_ends[i]
            else:
                break
        before = ends.get(i - 1) if i >= 1 and lower[i - 1] in ("and", ",") else None
        if before is None and i >= 1 and lower[i - 1] in ("and", ",") and i - 1 in period_ends:
            # ``after rising by 1.3 per cent in August and by 0.4 per cent in July``: past the step's own time
            before = ends.get(period_ends[i - 1])
        if before is not None and (before.start, before.end) in steps:
            steps.add((q.start, q.end))  # ``after +0.5% and +0.6% respectively in the previous quarter``
            continue
        cue = next((c for c in EARLIER_STEP_CUES if i - len(c) >= sent_start and
                    tuple(lower[i - len(c) : i]) == c), None)
        if cue is None and sent_start > 0 and _FOLLOWS_OPENING.fullmatch(" ".join(lower[sent_start:i])):
            # ``Sales rose 1.2 percent in October. This followed a 0.4 percent September increase.``: the step before
            # the change of the sentence before (C30-8)
            before_start = sentence_range(doc, sent_start - 1)[0]
            if any(x.start >= before_start and x.end <= sent_start and span_value(x, "metric") == "CHANGE" and
                   span_value(x, "unit") == span_value(q, "unit") for x in quantities[max(0, k - 8) : k]):
                steps.add((q.start, q.end))
            continue
        if cue is None or "revised" in lower[max(sent_start, i - len(cue) - 2) : i - len(cue)]:
            continue
        # the sentence's own change of the same unit, before the cue
        unit = span_value(q, "unit")
        if any(x.end <= i - len(cue) and x.start >= sent_start and span_value(x, "metric") == "CHANGE" and
               span_value(x, "unit") == unit for x in quantities[max(0, k - 8) : k]):
            steps.add((q.start, q.end))
        elif cue in (("after",), ("following",)) and i - len(cue) - 1 > sent_start and \
                lower[i - len(cue) - 1] == "," and \
                any(x.end <= i - len(cue) and x.start >= sent_start and span_value(x, "metric") != "CHANGE"
                    for x in quantities[max(0, k - 8) : k]):
            # ``Arrivals reached 1.2 million in the quarter, after a decline of 9% in the previous quarter``: the
            # level is this time's; the change went before it, at its own time (C28-4)
            steps.add((q.start, q.end))
    for q in quantities:  # a step restated in brackets right after it is the same step (``(-4.5%)``, C52-15)
        if q.start >= 2 and lower[q.start - 1] == "(" and q.start - 1 in ends and \
                (ends[q.start - 1].start, ends[q.start - 1].end) in steps and span_value(q, "metric") == "CHANGE":
            steps.add((q.start, q.end))
    return steps


#: the participles that state a group's contribution in points after its change (``, contributing 1.4 points``)
_CONTRIBUTING = frozenset(("contributing", "contributed", "adding", "added", "subtracting", "subtracted", "taking"))
#: a sentence that opens by saying its change came before the last one's (``This followed``, ``That came after``)
_FOLLOWS_OPENING = re.compile(r"(?:this|that|it) (?:followed|follows|came after|comes after)")


#: the words right before a value stated for comparison (``down from``, ``compared with``, ``against``)
COMPARED_VALUE_CUES = (("from",), ("compared", "with"), ("compared", "to"), ("against",), ("versus",), ("vs",),
                       ("vs.",))
#: words that bound a figure, passed over between a comparison cue and its value (``from around 2.4%``)
_VALUE_BOUNDS = frozenset(("about", "around", "approximately", "nearly", "almost", "roughly", "some", "just",
                           "an", "estimated", "revised", "final", "provisional"))


#: nouns of a rate named with the definite article before its figure (``the national rate of 5.48%``)
_NAMED_RATES = frozenset(("rate", "average", "target", "limit", "level", "figure"))
def smaller_whole(part: Span, whole: Span) -> bool:
    """Whether ``whole`` states a smaller level than ``part`` in the same unit, or a smaller count of anything (``Of
    the 40 districts, which together hold 2.1 million residents``), so it cannot be its whole (FORMAT §4); the parts of
    a net change may be larger than it."""
    if "CHANGE" in (span_value(part, "metric"), span_value(whole, "metric")):
        return False
    pv, wv = span_value(part, "value"), span_value(whole, "value")
    return isinstance(pv, (int, float)) and isinstance(wv, (int, float)) and wv < pv and (
        span_value(part, "unit") == span_value(whole, "unit") or
        span_value(part, "unit_kind") == span_value(whole, "unit_kind") == "count")


#: words that rank figures side by side (``with 67.4 million passengers, ahead of Amsterdam (61.9 million)``)
PEER_CUES = (("ahead", "of"), ("followed", "by"), ("behind",), ("trailed", "by"), ("next", "came"))


def ranked_peer(lower: list, whole: Span, part: Span) -> bool:
    """Whether a peer cue (``ahead of``, ``followed by``, ``behind``) stands between two figures of one sentence: the
    later one is ranked beside the earlier, never a part of it (C37-19)."""
    if whole.end > part.start:
        return False
    words_ = lower[whole.end : part.start]
    return any(tuple(words_[i : i + len(cue)]) == cue for cue in PEER_CUES for i in range(len(words_)))


def compares_its_kind(q: Span, baseline: Span) -> bool:
    """Whether a baseline a compared change keeps (C20-4): one written right after it, or one that names the kind of
    change rather than a time (``year-on-year``, ``on a monthly basis``), which the compared value is too."""
    return 0 <= baseline.start - q.end <= 3 or bool(ADVERBIAL_COMPARISON.match(baseline.text)) or \
        bool(re.search(r"\bbasis\b", baseline.text))


def compared_changes(doc: Doc, quantities: list[Span], steps: set = frozenset()) -> set[tuple[int, int]]:
    """The changes written as the value another figure is compared with (GUIDELINES C20-4): after ``from``,
    ``compared with``, ``against`` or ``versus``, past bound words or a noun that names the value (``down from the
    final figure of 6.21% for October``, ``compared with 10.87% (final) in October 2024 and 8.70% in November 2023``);
    a revision (``revised up from 0.2 percent``) is the same change, not a compared value. Such a value states no comparison point of its own (C7-1: of the corpus' 106
    changes after these cues in train, dev and test, 8 have one); a figure coordinated after one is one too."""
    lower = token_table(doc).lower
    found: set[tuple[int, int]] = set()
    ends = {x.end: x for x in quantities}
    time_ends = {x.end for x in spans_of(doc, "PERIOD")} | {x.end for x in spans_of(doc, "BASELINE")}
    for q in quantities:
        if span_value(q, "metric") != "CHANGE":
            continue
        i = q.start
        while i >= 1 and lower[i - 1] in _VALUE_BOUNDS:
            i -= 1
        if i >= 3 and lower[i - 1] == "of" and any(
                k >= 1 and lower[k] in ("a", "an", "the") and all(w.isalpha() for w in lower[k + 1 : i - 1])
                for k in range(max(0, i - 5), i - 2)):
            i = next(k for k in range(max(0, i - 5), i - 2) if lower[k] in ("a", "an", "the"))  # ``the final figure of``
        cue = next((c for c in COMPARED_VALUE_CUES if i >= len(c) and tuple(lower[i - len(c) : i]) == c), None)
        if cue is not None and "revised" in lower[max(0, i - len(cue) - 3) : i - len(cue)]:
            # a revision is the same change, compared as the figure it revises (C13: ``risen 0.3 percent from July
            # 2024, revised up from 0.2 percent``); the revision of an earlier step states no comparison either
            # (``after a retreat of 0.8% (revised from -0.5%) in April``)
            revised = next((x for x in reversed(quantities) if x.end <= i - len(cue) and
                            span_value(x, "metric") == "CHANGE" and span_value(x, "unit") == span_value(q, "unit")), None)
            if revised is not None and ((revised.start, revised.end) in steps or (revised.start, revised.end) in found):
                found.add((q.start, q.end))
            continue
        if cue is not None:
            found.add((q.start, q.end))
        elif i >= 1 and lower[i - 1] in ("and", ",") and (i - 1 in ends or i - 1 in time_ends) and \
                any((ends[e].start, e) in found for e in range(max(0, i - 8), i) if e in ends):
            found.add((q.start, q.end))  # ``compared with 10.87% in October 2024 and 8.70% in November 2023``
    return found


#: words that label a figure as the weight of an item in an index's basket
WEIGHT_WORDS = ("weight", "weights", "weighting")


def is_basket_weight(q: Span) -> bool:
    """Whether a figure is labelled as an item's weight in an index (``Coal production (weight: 10.33 per cent)``,
    ``a weighting of 12.4%``): a constant of the index's design, dated by no period of the sentence (C13-11)."""
    if span_value(q, "unit") != "percent":
        return False  # (``a combined weight of 38.5 tonnes`` is a mass)
    lower = token_columns(q.doc).lower
    k = q.start - 1
    if k >= 0 and lower[k] in (":", "of", "="):
        k -= 1
    return k >= 0 and lower[k] in WEIGHT_WORDS


def _compared_share(doc: Doc, q: Span, quantities: list[Span], modifies: dict) -> bool:
    """Whether the share ``q`` is stated after ``against``, ``versus`` or ``compared with`` and the last earlier share
    of its sentence in the same unit stands alone, of no count (``The informality rate reached 38.9%, ..., against
    38.7%``): the value that share is compared with (C51-5). (A share of a count hands its compared values the
    count's category: ``Informal workers numbered 39.3 million, or 38.6% of ..., compared with 38.9%``.)"""
    lower = token_table(doc).lower
    k = q.start - 1
    if k >= 1 and lower[k] in ("and", ","):
        # ``against 38.7% (39.4 million) in July and 39.1% (39.2 million) in the same quarter of 2023``: the list of
        # compared values goes on
        before = [x for x in quantities if x.end <= k and x.end >= k - 12]
        if before and before[-1].start >= 1 and lower[before[-1].start - 1] == "(" and len(before) > 1:
            before.pop()  # past the earlier value's restatement in brackets
        j = q.end
        if j + 1 < len(lower) and lower[j] == "(":
            j = next((m + 1 for m in range(j, min(j + 8, len(lower))) if lower[m] == ")"), j)
        if j < len(lower) and j not in time_token_set(doc) and lower[j] not in (".", ",", ";", ")"):
            return False  # (``compared with 8.6% last year, and 27.6% achieved an A``: the next clause's own figure)
        return bool(before) and span_value(before[-1], "metric") == "SHARE" and \
            span_value(before[-1], "unit") == span_value(q, "unit") and \
            _compared_share(doc, before[-1], quantities, modifies)
    if k < 1 or not (lower[k] in ("against", "versus", "vs", "vs.") or
                     lower[k] in ("with", "to") and lower[k - 1] in ("compared", "relative")):
        return False
    sent_start = sentence_range(doc, q.start)[0]
    unit = span_value(q, "unit")
    earlier = [x for x in quantities if x.start >= sent_start and x.end <= k and span_value(x, "metric") == "SHARE" and
               span_value(x, "unit") == unit]
    return bool(earlier) and earlier[-1] not in modifies and not (
        earlier[-1].start >= 2 and lower[earlier[-1].start - 1] == "of" and lower[earlier[-1].start - 2] == "share")
    # (``giving them a market share of 14.4%, compared with 14.2%``: a share named as such is of the count before it)


def spans_two_times(period: Span) -> bool:
    """Whether a PERIOD names both ends of a change (``between July and August 2024``, ``between August 2023 and
    August 2024``), so the change needs no comparison point."""
    return period.text.lower().startswith("between ") and " and " in period.text


def _is_multiple(quantity: Span) -> bool:
    """Whether ``quantity`` is a multiple (``1.7 times``, ``doubled``), which compares with what follows it."""
    unit_kind = span_value(quantity, "unit_kind") or ""
    return "multiple" in unit_kind or unit_kind == "times"


def is_modifier(quantity: Span) -> bool:
    """CHANGE and SHARE quantities may modify another figure."""
    return span_value(quantity, "metric") in ("CHANGE", "SHARE")


def share_of_level(q: Span, baseline: Span) -> bool:
    """Whether a share ``q`` states its BASELINE as the level it is a share of: the baseline within twelve tokens
    after it with ``of`` between (``93.6% of the level recorded in May 2019``, ``95.1%, 88.2% and 77.6% of their
    July 2019 levels respectively``) or ``the`` right after it (``less than half the 1995 level``), in one clause."""
    lower = token_table(q.doc).lower
    return q.end <= baseline.start <= q.end + 12 and (
        "of" in lower[q.end : baseline.start] or lower[q.end : q.end + 1] == ["the"]) and \
        not any(w in (".", ";") for w in lower[q.end : baseline.start])


def _same_table_row(text: str, a: Span, b: Span) -> bool:
    """Whether figures ``a`` and ``b`` are cells of one table row (one line, each in a column)."""
    return "\n" not in text[a.start_char : b.start_char] and text_tables.column_of(text, a.start_char) is not None and \
        text_tables.column_of(text, b.start_char) is not None


#: conjunctions after which a period and a comma open a new clause (C31-7)
_FRONTING_CONJUNCTIONS = frozenset(("and", "but", "while", "whereas", "whilst", "yet"))
_ITEM_PREPOSITIONS = frozenset(("in", "for", "among", "at"))
_CLAUSE_OPENERS = frozenset(("the", "a", "an", "this", "these", "it", "they", "we", "staff"))
#: verbs that report a clause after ``that`` (``the ministry said, adding that the number of cases fell 29 percent``)
#: nouns after a figure that make it a reference value (``the 75% target``)
_TARGET_NOUNS = frozenset(("target", "standard", "threshold", "benchmark", "goal", "objective", "ceiling", "cap",
                              "limit"))
#: words between ``of`` and the whole in ``N of the M``: determiners and bounds, never a noun or a comma
_OF_WHOLE_WORDS = frozenset(("the", "all", "a", "an", "some", "about", "around", "nearly", "almost", "over", "more",
                             "than", "estimated", "total", "its", "their", "these", "those", "roughly", "approximately",
                             "just", "under", "fewer", "less"))
_REPORTING_VERBS = frozenset(("said", "says", "adding", "added", "noted", "noting", "stated", "showed", "shows",
                              "reported", "announced", "explained", "estimated", "indicated", "revealed"))
_CLAUSE_SUBJECTS = frozenset(("it", "they", "this", "these", "there", "the", "we", "he", "she"))
_FRONTED_PREPOSITIONS = frozenset(("in", "over", "during", "for", "on", "at", "since", "by", "throughout"))


def _closes_with_own_noun(lower: list[str], end: int, unit) -> bool:
    """Whether the bracket closes right after the figure ending at ``end``, or after the counted noun that names its
    unit (``(8,320 cases)``, ``(1,645 deaths)``)."""
    if end < len(lower) and lower[end] == ")":
        return True
    if not unit or end + 1 >= len(lower):
        return False
    close = next((m for m in range(end + 1, min(len(lower), end + 4)) if lower[m] == ")"), None)
    return close is not None and singular(lower[close - 1]) == unit and all(w.isalpha() for w in lower[end:close])



def _bracketed_level_after(doc: Doc, q: Span, quantities: list) -> Span | None:
    """The level in brackets after the place a change is stated for (``fell by 6 percent in Leeds (1,240
    offences)``: 1,240, C38-35): ``in`` and a short phrase right after the change, then the bracket holding only a
    count or an amount; None otherwise."""
    table = token_table(doc)
    lower, text = table.lower, table.text
    k = q.end
    if span_value(q, "unit_kind") not in ("percent",) or k + 3 >= len(lower) or lower[k] != "in":
        return None
    opening = next((m for m in range(k + 2, min(len(lower), k + 7)) if text[m] in ("(", ",", ";", ".")), None)
    if opening is None or text[opening] != "(" or any(table.number[m] for m in range(k + 1, opening)):
        return None
    level = next((x for x in quantities if x.start == opening + 1), None)
    if level is None or level.end >= len(text) or not (text[level.end] == ")" or level.end + 1 < len(text) and
                                                       text[level.end + 1] == ")" and table.alpha[level.end]):
        return None
    return level if span_value(level, "metric") in ("COUNT", "AMOUNT", "MONEY") else None


def _level_right_before(change: Span, quantities: list, sent_start: int) -> Span | None:
    """The level stated right before ``change`` in its sentence (``the figure (10,790) was 6% ...``: at most three
    tokens between, no change itself), the only level of its clause; or None."""
    level = next((q for q in reversed(quantities) if q.end <= change.start and sent_start <= q.start and
                  change.start - q.end <= 3 and span_value(q, "metric") != "CHANGE"), None)
    if level is None:
        return None
    lower = token_table(change.doc).lower
    clause = next((k + 1 for k in range(level.start - 1, sent_start - 1, -1) if lower[k] in (";", ":")), sent_start)
    if any(clause <= q.start and q.end <= level.start and span_value(q, "metric") != "CHANGE" for q in quantities):
        return None  # (``exports (€10bn) and imports (€8bn) rose 5% and 3% respectively``: a list of levels, paired)
    return level


#: the blanks and bullet mark opening a line (``- of which domestic: 23.8 million``)
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*•]+[ \t]*)?")


def _line_part(doc: Doc, q: Span) -> bool:
    """Whether the line of ``q`` opens, after any bullet mark, with the sub-total cue a table row's label may open with
    (:data:`categories.ROW_PART_CUE`) and ``q`` is its first figure."""
    text = doc.text
    line_start = text.rfind("\n", 0, q.start_char) + 1
    found = ROW_PART_CUE.match(text, _LINE_OPENING.match(text, line_start).end())
    return found is not None and not any(c.isdigit() for c in text[found.end() : q.start_char])


#: the words that may name the level a change reaches between ``to`` and its figure (``to a record 5,000``, ``to a
#: seasonally adjusted``, ``to an all-time high of``, ``to a low of``, C47-24)
_LEVEL_NAMING_WORDS = frozenset(("a", "an", "record", "new", "high", "of", "total", "estimated", "revised", "index",
                                 "provisional", "level", "value", "average", "just", "only", "well", "slightly", "low",
                                 "peak", "all", "-", "time", "all-time", "historic", "highest", "lowest"))


def _fiscal_year_piece(doc: Doc, m: int) -> bool:
    """Whether token ``m`` is a piece of a fiscal year written ``2022-23`` (either year or the joiner)."""
    token = doc[m]
    text = text_of(doc)
    return any(found.start() <= token.idx < found.end()
               for found in FISCAL_YEAR.finditer(text, max(0, token.idx - 8), token.idx + len(token.text) + 8))


def _same_measure_before(q, k: int, quantities, first: int, figures, modifies) -> Span | None:
    """For a change in a measure or currency whose nearest earlier figure ``quantities[k]`` is a count, the nearest
    earlier figure of the change's own unit (``seized a record 323 tonnes of cocaine in 2022 in almost 93,000 seizures,
    ... up 11 tonnes (+3.5%) on 2021``: the tonnes, C47-28); None otherwise."""
    unit = span_value(q, "unit")
    if span_value(q, "unit_kind") not in ("measure", "currency") or figures.metrics[k] != "COUNT" or \
            figures.units[k] == unit:
        return None
    return next((quantities[j] for j in range(k - 1, first - 1, -1)
                 if figures.units[j] == unit and figures.metrics[j] in ("AMOUNT", "MONEY") and
                 quantities[j] not in modifies and not figures.parentheses[j]), None)

class _FigureValues:
    """Per quantity, by position in the list of the document's quantities: its metric, unit, end,
    whether it sits in parentheses; ``plain[k]``: how many of the first ``k`` are no change or
    share; ``furthest[k]``: the largest end among the first ``k + 1``."""

    __slots__ = ("quantities", "metrics", "units", "ends", "parentheses", "plain", "furthest", "_steps",
                 "_first_ending")

    def __init__(self, quantities: list[Span], metrics: list, units: list, parentheses: list[bool]):
        self.quantities, self.metrics, self.units, self.parentheses = quantities, metrics, units, parentheses
        self.ends = [x.end for x in quantities]
        self._first_ending: dict[int, int] | None = None
        self.plain = [0]
        for metric in metrics:
            self.plain.append(self.plain[-1] + (metric not in ("CHANGE", "SHARE")))
        self.furthest = []
        for end in self.ends:
            self.furthest.append(max(end, self.furthest[-1]) if self.furthest else end)
        self._steps = None

    @property
    def first_ending(self) -> dict[int, int]:
        """The position of the first quantity ending at each token offset."""
        if self._first_ending is None:
            self._first_ending = {}
            for k, end in enumerate(self.ends):
                self._first_ending.setdefault(end, k)
        return self._first_ending

    def steps(self, ages: list[bool]) -> tuple[list[int], list[int]]:
        """``counted[k]``: how many of the first ``k`` quantities are no age or duration (``ages``);
        ``previous[k]``: the last quantity before position ``k`` that is neither an age nor a share
        (-1: none)."""
        if self._steps is None:
            counted, previous, last = [0], [], -1
            for k, (age, metric, unit) in enumerate(zip(ages, self.metrics, self.units)):
                counted.append(counted[-1] + (not age))
                previous.append(last)
                if not age and (metric != "SHARE" or is_rate(unit)):
                    last = k  # (a rate per population is a level a change may be of: C28-15)
            previous.append(last)
            self._steps = (counted, previous)
        return self._steps


def table_column(text: str, char: int) -> int | None:
    """The column of the character at ``char`` when its line is a table row (cells between ``|``, tabs or
    aligned spaces), counted from 0; None for a line of prose."""
    return text_tables.column_of(text, char)


class RelationLinker:
    """Decides the relations of ``doc`` from its spans and candidates."""

    def __init__(self, nlp: Language, name: str = "relstats_linker", scorer=None):
        self.name = name
        self.scorer = scorer
        register_extensions()
        self._index(None)
        self._distributed: set[tuple[int, int]] = set()
        self._outer_changes: dict = {}
        self._share_links: set[tuple[int, int]] = set()
        self._reached: set[tuple[int, int]] = set()
        self._cued_parts: set[tuple[int, int]] = set()
        self._bulleted: set[tuple[int, int]] = set()
        self._cue_lines: set[tuple[int, int]] = set()
        self._line_changes: set[tuple[int, int]] = set()
        self._named_wholes: set[tuple[int, int]] = set()

    def score(self, examples, **kwargs) -> dict:
        """FORMAT §6 scores of the linked docs (``relstats.scorer.v1``), so ``nlp.evaluate`` reports
        relstats' scores for the rules-only pipeline too."""
        return self.scorer(examples, **kwargs) if self.scorer is not None else {}

    def __call__(self, doc: Doc) -> Doc:
        """Link the spans of ``doc``; unused CATEGORY spans are dropped."""
        self._index(doc)
        try:
            return self._link(doc)
        finally:
            self._index(None)

    def _index(self, doc: Doc | None) -> None:
        """Per-document lookups computed once, so no decision scans the document again: the
        candidates, the starts of each span list, and for each token the parentheses open before it
        in its sentence and the next closing one."""
        self._doc, self._starts, self._candidates, self._counted = doc, {}, None, None
        self._age_flags = None
        self._owned_periods = None
        self._time_end_set = None
        self._figures = None
        self._candidates_by_head = None
        self._records: dict[tuple[int, int], bool] = {}  # dates_a_record of each period
        self._periods_of_sentence: dict[tuple[int, int], tuple] = {}  # :meth:`_sentence_periods`
        if doc is None:
            self._opened = self._next_close = self._semicolons = self._comma_breaks = None
            self._sentence_starts = None
            return
        n = len(doc)
        table = token_table(doc)
        texts, lowers = table.text, table.lower
        self._sentence_starts = starts = set(sentence_bounds(doc)[0])
        # the depth changes only at a bracket or a sentence start: the tokens between take it in one slice
        events = sorted({i for i in starts if i < n}.union(compress(range(n), map(_BRACKETS.__contains__, texts))))
        self._opened = opened = [0] * (n + 1)
        depth, done = 0, 0
        for i in events:
            if depth:
                opened[done:i] = [depth] * (i - done)
            if i in starts:
                depth = 0
            opened[i] = depth
            text = texts[i]
            if text == "(":
                depth += 1
            elif text == ")" and depth > 0:
                depth -= 1
            done = i + 1
        if depth:
            opened[done:n] = [depth] * (n - done)
        # clause semicolons before each token (not those in brackets), and commas followed by a
        # clause-break word before each token
        self._semicolons = list(accumulate(map(and_, map(";".__eq__, texts), map((0).__eq__, opened)), initial=0))
        breaks = vocabulary("clause_breaks")
        self._comma_breaks = list(accumulate(map(and_, map(",".__eq__, texts),
                                                 map(breaks.__contains__, [*lowers[1:], None])), initial=0))
        self._next_close, nxt = [n + 8] * (n + 1), n + 8
        done = n  # tokens from ``done`` on are set
        for i in reversed(events):  # likewise, right to left: the next ``)`` changes at a ``)`` or a start
            if nxt != n + 8:
                self._next_close[i + 1 : done] = [nxt] * (done - i - 1)
            if texts[i] == ")":
                nxt = i
            self._next_close[i] = nxt
            if i in starts:
                nxt = n + 8
            done = i
        if nxt != n + 8:
            self._next_close[0:done] = [nxt] * done

    def _candidates_of(self, doc: Doc) -> list[Relation]:
        if doc is not self._doc:
            return candidates_of(doc)
        if self._candidates is None:
            self._candidates = candidates_of(doc)
        return self._candidates

    def _span_range(self, spans: list[Span], start: int, end: int) -> tuple[int, int]:
        """Indices ``lo, hi`` of the spans (in text order) that start in ``[start, end)``."""
        cached = self._starts.get(id(spans)) if self._doc is not None else None
        if cached is None or cached[0] is not spans:
            cached = (spans, [x.start for x in spans])
            if self._doc is not None:
                self._starts[id(spans)] = cached
        return bisect_left(cached[1], start), bisect_left(cached[1], end)

    def _plain_between(self, doc: Doc, quantities: list[Span], lo: int, hi: int, end: int) -> int:
        """How many of ``quantities[lo:hi]`` that end by ``end`` are not changes or shares."""
        figures = self._figure_values(doc, quantities)
        plain, ends, furthest = figures.plain, figures.ends, figures.furthest
        if hi <= lo or furthest[hi - 1] <= end:  # none of them reaches past ``end``
            return plain[hi] - plain[lo]
        overlapping = sum(1 for k in range(lo, hi) if ends[k] > end and not is_modifier(quantities[k]))
        return plain[hi] - plain[lo] - overlapping

    def _figure_values(self, doc: Doc, quantities: list[Span]) -> "_FigureValues":
        """What the search for a change's figure reads of each quantity, by its position in
        ``quantities``, read once per document (the linker sets no quantity attribute)."""
        if doc is not self._doc:
            self._index(doc)
        if self._figures is None or self._figures.quantities is not quantities:
            self._figures = _FigureValues(quantities, [span_value(x, "metric") for x in quantities],
                                          [span_value(x, "unit") for x in quantities],
                                          [self.in_parentheses(doc, x) for x in quantities])
        return self._figures

    def _link(self, doc: Doc) -> Doc:
        doc.user_data.pop(CATEGORY_FOLLOWS_KEY, None)  # decided afresh on every run
        quantities = spans_of(doc, "QUANTITY")
        baselines = spans_of(doc, "BASELINE")
        periods = spans_of(doc, "PERIOD")
        relations: list[Relation] = []
        modifies: dict[Span, Span] = {}
        part_of: dict[Span, Span] = {}
        baseline_of: dict[Span, list[Span]] = {}
        category_of: dict[Span, Span] = {}
        period_of: dict[Span, Span] = {}
        self._distributed: set[tuple[int, int]] = set()  # figures given their category by a list's order
        self._distributed_periods: set[tuple[int, int]] = set()  # ... and their period
        self._given_periods: set[tuple[int, int]] = set()  # the periods a respectively list gave out, one to each item
        self._outer_changes: dict[Span, Span] = {}  # a change before a bracket that holds its level
        self._share_links: set[tuple[int, int]] = set()  # shares that modify their count in brackets
        self._reached: set[tuple[int, int]] = set()  # changes stated with the level they reach (``rose 5% to``)
        self._cued_parts: set[tuple[int, int]] = set()  # parts after ``of which``, ``including``, ``among them``
        self._bulleted: set[tuple[int, int]] = set()  # parts listed in bullets under a cue line (C35-24)
        self._cue_lines: set[tuple[int, int]] = set()  # parts on lines opened by the cue of the line before (C47-3)
        self._line_changes: set[tuple[int, int]] = set()  # change lines under their level (C35-34)
        self._named_wholes: set[tuple[int, int]] = set()  # wholes an ``Of those killed,`` opening names (C33-56)
        self._summed_parts: set[tuple[int, int]] = set()  # parts whose values add up to their whole
        self._components: set[tuple[int, int]] = set()  # changes listed as the parts of a change (C20-14)
        self._recoveries: set[tuple[int, int]] = set()  # shares of an earlier level (``recovering to 90% of``)
        self._baseline_values: set[tuple[int, int]] = set()  # ``from June (83,536)``: a baseline's value
        self._bracket_dated: set[tuple[int, int]] = set()  # ``similar to the year ending March 2023 (8.6 million)``
        self._revised: set[tuple[int, int]] = set()  # ``in September 2024 (revised from 0.3%)``: dated by that time
        self._back_references: set[tuple[int, int]] = set()  # ``This is 4.0 percent below ...``: the figure before
        self._compared_brackets: set[tuple[int, int]] = set()  # ``up from 77 in 2023 (+48.1%)``: of the figure compared
        self._compared_values: dict[Span, Span] = {}  # ``below the revised June rate of 1,454,000`` -> the figure compared
        self._opening_compared: set[tuple[int, int]] = set()  # changes compared with the baseline opening the sentence
        self._column_compared: set[tuple[int, int]] = set()  # table cells compared with their column's or title's baseline
        self._parallel_of: dict[Span, Span] = {}  # a change restated in brackets -> the change it restates
        self.link_respectively(doc, quantities, baselines, periods, modifies, baseline_of, category_of, period_of)
        self.shares_of_counted_wholes(doc, quantities, modifies)
        parallel: dict[Span, Span] = {}
        contributions: dict[Span, Span] = {}  # a contribution in points -> the change of the contributor before it
        # the linker sets no metric: whether each quantity is a change or share, read once
        figure_values = self._figure_values(doc, quantities)
        lower_ = token_table(doc).lower
        # a rate per population is a level: it modifies no figure, unless stated as the rate of a count
        # (``Police recorded 1,204 robberies, a rate of 21.7 per 100,000 population``, C21-19; C28-15)
        modifier = [metric == "CHANGE" or metric == "SHARE" and (
            not is_rate(unit) or q.start >= 2 and lower_[q.start - 1] == "of" and
            lower_[q.start - 2] in ("rate", "ratio", "incidence", "equivalent"))
            for q, metric, unit in zip(quantities, figure_values.metrics, figure_values.units)]
        best_categories = None  # the best CATEGORY candidates, read once when needed
        for k, q in enumerate(quantities):
            if not modifier[k] or q in modifies or (q.start, q.end) in self._distributed:
                continue  # a change given its own category by a respectively list changes no other figure
            role, other = self.bracket_role(doc, q, quantities, periods)
            if role == "describes":
                continue  # ``Vietnam (+26.9%)``: the phrase before the bracket is its category
            if role == "parallel":
                parallel[q] = other
                continue
            if role == "modifies":
                modifies[q] = other
                continue
            if self._absolute_construction(doc, q):
                continue  # ``with exports up 7.4% and imports down 3.7%``: each change of its own subject
            if span_value(q, "metric") == "SHARE" and q.start >= 1 and doc[q.start - 1].lower_ == "to":
                if best_categories is None:
                    best_categories = self.best_candidates(doc, "CATEGORY")
                if getattr(best_categories.get(q), "how", None) == "object":
                    continue  # ``..., bringing the crude divorce rate down to 1.7``: the level of its own object (C28-7)
            contributor = self._contributed_after(doc, q, quantities)
            if contributor is not None:
                if contributor is not q:
                    contributions[q] = contributor  # ``General dealers grew 3.2%, contributing 1.4 percentage points`` (C30-12)
                continue
            target = _bracketed_level_after(doc, q, quantities) or \
                self.figure_for_change(doc, q, quantities, modifies) or self._subject_bracket_count(doc, q, quantities)
            if target is not None and span_value(q, "unit_kind") == "percent" and _scope_count(doc, target) and \
                    not self.in_parentheses(doc, q) and _by_before(token_table(doc).lower, q.start):
                target = None  # ``Real wages rose in 29 of the 35 countries ..., by 3.5%``: the count of the places
                # the clause covers is no figure its change is of (C48-25)
            if target is not None:
                modifies[q] = self._named_column_cell(doc, q, target, quantities) or \
                    self._latest_dated_cell(doc, q, target, quantities, modifies)
        for outer, level in self._outer_changes.items():
            modifies[outer] = level
            parallel.pop(outer, None)
        self.compared_again(doc, quantities, modifies)
        for q in [q for q, target in modifies.items() if span_value(target, "metric") == "AMOUNT" and
                  span_value(target, "unit") in TIME_AMOUNT_UNITS and span_value(q, "unit") != span_value(target, "unit")
                  and span_value(q, "unit") not in TIME_AMOUNT_UNITS and (span_value(target, "value") or 0) < 100_000
                  and not _same_table_row(text_of(doc), target, q) and
                  not (target.start == q.end + 1 and token_table(doc).lower[q.end] == "to")]:
            # (``the average stay fell by 6.2% to 6.6 days``: the length the change reaches, C41-11)
            # (a change column's cell beside a row of hours is their change: ``Average weekly hours   34.2   34.3   0.3``)
            # (``9 minutes 16 seconds, 8 seconds slower than a year earlier``: a change of the length in time units)
            # ``within four hours, compared with 74.0% in May``: a time limit is no figure a share changes (a volume
            # of time is: ``fell by 20% to 64 billion minutes``)
            del modifies[q]
        self._parallel_of = dict(parallel)
        for q, twin in parallel.items():
            while twin in parallel and parallel[twin] is not q:
                twin = parallel[twin]
            if span_value(q, "direction") is None and span_value(twin, "direction") is not None and not is_margin(q):
                q._.direction = span_value(twin, "direction")  # ``increased by 39,000 (0.3%)``: 0.3% is up too
            if twin in modifies:
                modifies[q] = modifies[twin]
            elif twin in category_of:
                category_of[q] = category_of[twin]  # (a list's item given its category in order: its twin too)
                doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, twin.start, twin.end])
            else:
                twin_category = self.best_candidates(doc, "CATEGORY").get(twin)
                if twin_category is not None:
                    category_of[q] = twin_category.child
                # ``M3: 1.6 (1.5)``, ``- Faster Diagnosis Standard (...): 76.3% (73.5%)``: the same measure's other value
                # in brackets takes the category the trained step decides for the figure before it
                doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, twin.start, twin.end])
        self.restated_comparisons(doc, quantities, baselines, modifies)
        shared_category = self.shares_with_their_counts(doc, quantities, modifies)
        self.link_subtotals(doc, quantities, modifies, part_of)
        steps = earlier_steps(doc, quantities)
        for k, q in enumerate(quantities):
            if modifier[k] and q not in baseline_of:
                found = self.baseline_for(doc, q, baselines, quantities, modifies.get(q), steps)
                if found is not None:
                    baseline_of[q] = [found]
        for q, twin in parallel.items():
            if (self._compared_in_own_brackets(doc, q) or self._compared_in_own_brackets(doc, twin)) and \
                    self.bracket_opening(doc, q) != self.bracket_opening(doc, twin):
                continue  # (``risen 31.4% since March 2024 (+4.2% compared with February 2025)``: two comparisons; a
                # signed pair in one bracket, ``(-28,460; -21.8% from June)``, shares its comparison)
            if (q.start, q.end) in self._column_compared or (twin.start, twin.end) in self._column_compared:
                continue  # (a baseline a heading gives one column is no twin's, C48-13)
            if q not in baseline_of and twin in baseline_of:
                baseline_of[q] = list(baseline_of[twin])
            elif twin not in baseline_of and q in baseline_of:
                baseline_of[twin] = list(baseline_of[q])
        self.opening_baselines(doc, quantities, baselines, baseline_of)
        self.closing_baselines(doc, quantities, baselines, baseline_of)
        self.share_baselines(doc, quantities, baseline_of, steps)
        self.dated_previous_values(doc, quantities, baseline_of, period_of)
        self.parallel_bracket_baselines(doc, quantities, modifies, baseline_of)
        self.list_baselines(doc, quantities, baseline_of)
        lower = token_table(doc).lower
        for q in [q for q in baseline_of if span_value(q, "metric") == "SHARE" and not (
                q.start >= 1 and lower[q.start - 1] in PREVIOUS_VALUE_CUES)]:  # (an earlier value keeps its time)
            # a share is compared only with the level it is a share of (``93.6% of the level recorded in May 2019``,
            # ``95.1%, 88.2% and 77.6% of their July 2019 levels respectively``, ``less than half the 1995 level``:
            # all 29 shares of the corpus with a BASELINE); ``up 9.4% year-on-year and accounting for 15.8% of
            # China's total foreign trade``, ``5,930 of them (86%)``: the clause's comparison is its change's
            kept = [b for b in baseline_of[q] if share_of_level(q, b)]
            if kept:
                baseline_of[q] = kept
            else:
                del baseline_of[q]
        doc.user_data[EARLIER_STEPS_KEY] = sorted(steps)  # the trained step keeps them too
        compared = compared_changes(doc, quantities, steps)
        doc.user_data[COMPARED_CHANGES_KEY] = sorted(compared)
        for q in quantities:
            if (q.start, q.end) in compared and q in baseline_of and (q.start, q.end) not in steps:
                kept = [b for b in baseline_of[q] if compares_its_kind(q, b)]
                if kept:
                    baseline_of[q] = kept
                else:
                    del baseline_of[q]
        step_tokens = {k for q in quantities if (q.start, q.end) in steps for k in range(q.start, q.end)}
        step_times = time_token_set(doc) if steps else set()
        for q in quantities:
            if (q.start, q.end) in steps and q in baseline_of:
                lower = token_table(doc).lower
                own = [b for b in baseline_of[q] if 0 <= b.start - q.end <= 3 or 0 <= q.start - b.end <= 3 and all(
                    lower[k] in EARLIER_STEP_FILLERS for k in range(b.end, q.start)) or
                    3 < q.start - b.end <= 12 and all(lower[k] in EARLIER_STEP_FILLERS for k in range(b.end, b.end + 2))
                    and all(lower[k] in EARLIER_STEP_FILLERS or k in step_tokens or lower[k] in (",", "and") or
                            k in step_times for k in range(b.end, q.start))]
                # (``following year-on-year increases of 0.6% and 0.8% respectively``: each step of the list, C50-4)
                # (``after a year-on-year increase of 15.9% in September``: its own comparison, C31-18)
                if own:
                    baseline_of[q] = own  # ``after a 0.3% rise on the previous month``: stated for it
                    if any(b.end <= q.start for b in own):
                        self._opening_compared.add((q.start, q.end))  # the step's own phrase: its structure
                else:
                    del baseline_of[q]  # an earlier step (C11-11, C13-5)
        self.values_of_baselines(doc, quantities, modifies, baseline_of)
        categories = self.best_candidates(doc, "CATEGORY")
        self.steps_of_changes(doc, quantities, steps, modifies, categories, category_of)
        for q, contributor in contributions.items():
            category = category_of.get(contributor) or (categories[contributor].child if contributor in categories else None)
            if category is not None and q not in category_of:
                category_of[q] = category  # the contributor's
                doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, contributor.start,
                                                                           contributor.end])
        self.changes_named_in(doc, modifies, categories)
        for count, share in shared_category.items():
            if count not in category_of and share in categories:
                category_of[count] = categories[share].child
        for q in quantities:
            restated = None if q in modifies or q in category_of else \
                CategoryFinder.rate_restating(doc, q, sentence_range(doc, q.start)[0])
            category = None if restated is None else \
                category_of.get(restated) or (categories[restated].child if restated in categories else None)
            if category is not None:
                # ``Police recorded 1,204 robberies, or 21.7 per 100,000 population``: the rate of what the count before
                # it counts (C40-8)
                category_of[q] = category
                doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, restated.start, restated.end])
        self.previous_values(doc, quantities, modifies, categories, category_of)
        self.list_continuations(doc, quantities, modifies, categories, category_of)
        self.shares_before_their_whole(doc, quantities, categories, category_of)
        self.listed_earlier_values(doc, quantities, modifies, categories, category_of)
        since = self.since_baselines(doc, quantities, periods, baseline_of)
        self.compared_from(doc, quantities, periods, baseline_of)
        for q in [q for q, target in modifies.items() if is_threshold(target)]:
            del modifies[q]  # a threshold (``20 million yuan or more``) is no modified figure (C13-6)
        for q, twin in self._parallel_of.items():
            if q not in modifies and twin in modifies and modifies[twin] is not q:
                # ``which is 10,418 crimes (or 4%) higher than``: the twin found the figure it changes after the
                # brackets were read; the restatement changes it too
                modifies[q] = modifies[twin]
                category_of.pop(q, None)
        for q in quantities:
            if q not in modifies and (self._compared_before_baseline(doc, q) or self._time_named_value(doc, q)):
                self._baseline_values.add((q.start, q.end))  # no period of the clause, for the trained step too
        for q, level in modifies.items():
            if (q.start, q.end) in self._reached and level not in category_of and level not in categories and \
                    q in categories and categories[q].how == "subject":
                # ``revised up by $0.3 billion, from the $1.1 billion first reported to $1.4 billion``: the level a
                # change reaches is of the clause's subject, what changed (C27-11)
                category_of[level] = categories[q].child
        for q in quantities:
            if q in modifies:
                how = "share-count" if (q.start, q.end) in self._share_links else (
                    "back-reference" if (q.start, q.end) in self._back_references else
                    "line-change" if (q.start, q.end) in self._line_changes else
                    "compared-bracket" if (q.start, q.end) in self._compared_brackets else
                    "to-level" if (q.start, q.end) in self._reached else (
                        "recovery" if (q.start, q.end) in self._recoveries else
                        "floor" if bounded_subject(modifies[q]) else ""))
                # (``At least 8,565 migrants died ..., an increase of 1,424``: a floor opening its clause is a
                # statistic, not the threshold the model learned never to modify, C47-19)
                relations.append(Relation(q, modifies[q], "MODIFIES", how=how))
            elif q in category_of:
                how = "respectively" if (q.start, q.end) in self._distributed else (
                    "share-count" if q in shared_category else (
                        "list" if (q.start, q.end) in self._continued else ""))
                relations.append(Relation(q, category_of[q], "CATEGORY", how=how))
            elif q in categories and or_more_threshold(doc, q):
                pass  # ``enterprises with 10 employees or more``: a threshold names no category of its own (C52-22)
            elif q in categories:
                # the object of a verb that changes it (``cut the official cash rate to 4.75 per cent``) is
                # fixed by the clause's structure: the trained step keeps it
                relations.append(Relation(q, categories[q].child, "CATEGORY", categories[q].score,
                                          how=categories[q].how if categories[q].how in KEPT_CATEGORY_HOWS else ""))
            own_baselines = baseline_of.get(q, []) if (q.start, q.end) not in self._baseline_values and not (
                q in categories and categories[q].how == "contribution") else []  # (a contribution has no comparison)
            if own_baselines and q not in modifies and span_value(q, "metric") == "CHANGE":
                own = period_of.get(q) or self.period_for(doc, q, periods)
                if own is not None and spans_two_times(own):
                    # ``fell by 35,000 (-0.1%) between July and August 2024``: the period names both ends of the
                    # change; only a comparison written right after the change is its own
                    own_baselines = [b for b in own_baselines if 0 <= b.start - q.end <= 3]
            table = token_table(doc)
            own_baselines = [b for b in own_baselines
                             if time_reaches(table.lower, table.text, b, q, self._time_ends(doc))]  # (C16-5)
            for baseline in own_baselines:
                how = "opening" if (q.start, q.end) in self._opening_compared else (
                    "column" if (q.start, q.end) in self._column_compared else "")
                relations.append(Relation(q, baseline, "BASELINE", how=how))
            if q in part_of and (part_of[q].start == q.start or smaller_whole(q, part_of[q]) and
                                 (q.start, q.end) not in self._summed_parts):  # (a net's parts may be larger)
                del part_of[q]  # no figure is its own whole, nor part of a smaller one (C20-5)
            if q in part_of and span_value(q, "unit") in TIME_AMOUNT_UNITS and \
                    span_value(part_of[q], "unit_kind") in ("currency", "percent"):
                del part_of[q]  # ``$476 billion was seriously delinquent (90 or more days late)``: a length of time is
                # no part of a sum of money (C42-26)
            if q in part_of:
                how = "summed" if (q.start, q.end) in self._summed_parts else "components" if (
                    q.start, q.end) in self._components else "back-reference" if (
                    part_of[q].start, part_of[q].end) in self._named_wholes else (
                    "cue-lines" if (q.start, q.end) in self._cue_lines else
                    "subtotal-cue" if (q.start, q.end) in self._cued_parts else "bullets" if (
                        q.start, q.end) in self._bulleted else "")
                relations.append(Relation(q, part_of[q], "PART_OF", how=how))
            if (q.start, q.end) in self._baseline_values and q not in modifies:
                own_time = next((p for p in periods if p.start == q.end and self.in_parentheses(doc, q) and
                                 self.bracket_opening(doc, q) is not None and p.end < len(doc) and
                                 doc[p.end].text == ")"), None) or \
                    (period_of.get(q) if (q.start, q.end) in self._bracket_dated else None) or \
                    next((p for p in periods if 0 <= p.start - q.end <= 1 and
                          (q.start, q.end) in self._previous_value_periods(doc).get((p.start, p.end), ())), None)
                if own_time is not None:
                    # ``24% lower than the same month in the previous year (2,293 in October 2023)``: the value of the
                    # comparison, dated in its own brackets
                    relations.append(Relation(q, own_time, "PERIOD", how="own-time"))
            if q not in modifies and q not in part_of and q not in since and (q.start, q.end) not in self._baseline_values \
                    and not self.is_run(doc, q) and not is_basket_weight(q):
                period = period_of.get(q) or self.period_for(doc, q, periods)
                if period is not None:
                    how = "respectively" if (q.start, q.end) in self._distributed_periods and q in period_of else \
                        "revised" if (q.start, q.end) in self._revised else ""
                    relations.append(Relation(q, period, "PERIOD", how=how))
        relations = [r for r in relations if not (is_margin(r.head) or r.label == "MODIFIES" and is_margin(r.child))]
        doc.user_data[OWNED_PERIODS_KEY] = [[*p, *x] for p, owners in self._previous_value_periods(doc).items()
                                            for x in (sorted(owners) or [(-1, -1)])]  # (-1, -1): a time owned by none
        doc.user_data[BASELINE_VALUES_KEY] = sorted(self._baseline_values)
        doc._.relations = relations
        if since:
            dated = {(r.child.start, r.child.end) for r in relations if r.label == "PERIOD"}
            replaced = {(p.start, p.end) for p in since.values()}
            set_spans(doc, [x for x in group_spans(doc) if not (
                x.label_ == "PERIOD" and (x.start, x.end) in replaced and (x.start, x.end) not in dated)])
        self.drop_unused_categories(doc, relations)
        return doc

    def since_baselines(self, doc, quantities, periods, baseline_of) -> dict[Span, Span]:
        """``since <time>`` in the clause of a change is the change's comparison point, not its period
        (GUIDELINES C7-4): ``The cash rate has been increased by 4.25 percentage points since May 2022``,
        ``Emissions ... have roughly halved since 1990`` → BASELINE ``May 2022``/``1990``. A level keeps
        ``since`` as its period (``733 measles cases since 1 October 2023``). Returns the changes given
        such a baseline, with the period phrase it replaces."""
        lower = token_table(doc).lower
        made: dict[tuple[int, int], Span] = {}
        found: dict[Span, Span] = {}
        added = []
        for q in quantities:
            if q in baseline_of or span_value(q, "metric") != "CHANGE":
                continue
            p = self.period_for(doc, q, periods)
            if p is None and "\n" in text_of(doc):
                header = text_tables.header_cell(text_of(doc), q.start_char)
                if header is not None:
                    # ``Passengers   Change since 2019 (%)`` above ``Dublin   33,450,000   4.8``: the column's ``since``
                    # names the cell's comparison point (C35-48)
                    p = next((x for x in periods if header.start <= x.start_char < header.end), None)
            if p is None or lower[p.start] != "since" or len(p) < 2:
                continue
            key = (p.start, p.end)
            if key not in made:
                b = Span(doc, p.start + 1, p.end, label="BASELINE")
                b._.baseline_type, b._.baseline_year = classify_baseline(b.text)
                b._.source = span_value(p, "source")
                made[key] = b
                added.append(b)
            baseline_of[q] = [made[key]]
            found[q] = p
        if added:
            set_spans(doc, group_spans(doc) + added)
        return found

    def compared_from(self, doc, quantities, periods, baseline_of) -> None:
        """A change stated from an earlier value with that value's time (``up 6.3% from the 701,700 arrivals
        recorded in June 2023``, ``to 28,751, from 24,725 in the same period of 2023``): the time is the change's
        BASELINE (without its preposition), and the earlier value takes no PERIOD (C7-1). A bare value with a
        plain time (``from 414 in 2022``, ``from 29.32% in June 2024``) keeps that time as its PERIOD."""
        if not periods:
            return
        lower = token_table(doc).lower
        starts = [p.start for p in periods]
        added = []
        for k, v in enumerate(quantities):
            at = v.start - 1
            article = at >= 0 and lower[at] in ("the", "a", "an")
            if article:
                at -= 1
            # (``a rise of 25% on the 29,437 recorded in 2023``, ``15% more than the 602 boats detected in 2023``: the
            # value named with its article after ``on``/``than``/``over``)
            if at < 0 or not (lower[at] == "from" or article and lower[at] in ("on", "than", "over")) or \
                    span_value(v, "metric") == "CHANGE":
                continue
            j = bisect_left(starts, v.end)
            if j >= len(periods) or periods[j].start - v.end > 4 or lower[periods[j].start] not in ("in", "during", "for"):
                continue
            p = periods[j]
            if not article and not COMPARED_PERIOD.search(p.text):
                continue
            sent_start = sentence_range(doc, v.start)[0]
            change = next((x for x in reversed(quantities[:k]) if x.start >= max(sent_start, at - 12) and
                           span_value(x, "metric") == "CHANGE" and x not in baseline_of), None)
            if change is None or any(t in (";", ".") for t in lower[change.end : at]):
                continue
            b = Span(doc, p.start + 1, p.end, label="BASELINE")
            b._.baseline_type, b._.baseline_year = classify_baseline(b.text)
            b._.source = span_value(p, "source")
            added.append((p, b))
            baseline_of[change] = [b]
            for one, twin in self._parallel_of.items():  # (``rose by 16.3% (+4,026)``: the change stated twice)
                if twin is change and one not in baseline_of:
                    baseline_of[one] = [b]
                elif one is change and twin not in baseline_of:
                    baseline_of[twin] = [b]
            self._baseline_values.add((v.start, v.end))
        if added:
            gone = {(p.start, p.end) for p, _ in added}
            set_spans(doc, [x for x in group_spans(doc) if not (x.label_ == "PERIOD" and (x.start, x.end) in gone)] +
                      [b for _, b in added])

    def list_continuations(self, doc, quantities, modifies, categories, category_of) -> None:
        """A figure that continues a list of figures of one measure, each with its own time
        (``headline inflation averaging 2.5% in 2024, 2.2% in 2025 and 1.9% in 2026``), and that has
        no category of its own takes the category of the figure before it."""
        self._continued: set[tuple[int, int]] = set()
        time_tokens = time_token_set(doc)
        lower = token_table(doc).lower
        for k in range(1, len(quantities)):
            q, previous = quantities[k], quantities[k - 1]
            if q in modifies or q in category_of or q in categories or previous in modifies:
                continue
            category = category_of.get(previous) or (categories[previous].child if previous in categories else None)
            if category is None or span_value(q, "unit_kind") != span_value(previous, "unit_kind") or \
                    span_value(q, "metric") != span_value(previous, "metric"):
                continue
            gap = range(previous.end, q.start)
            if not gap or sentence_range(doc, q.start)[0] > previous.start:
                continue
            # (``with Q2 at 7.0 per cent, Q3 at 7.4 per cent and Q4 at 7.4 per cent``, or items between semicolons
            # (C35-9): each with its period and
            # ``at``; ``with Q2, Q3 and Q4 at 4.4 per cent, 4.7 per cent and 4.3 per cent respectively``: the periods
            # given out by ``respectively``)
            distributed = (q.start, q.end) in self._distributed_periods and \
                (previous.start, previous.end) in self._distributed_periods
            # (``a 0.1% rise in September and a 0.5% fall in August``: changes each stated with a change noun, C36-26)
            noun_list = q.end < len(lower) and lower[q.end] in CHANGE_NOUN_WORDS and \
                lower[previous.end] in CHANGE_NOUN_WORDS
            if all(lower[i] in (",", ";", "and", "or", "at", "with", "respectively", "by", "when", "compared") or
                   i in time_tokens or noun_list and (lower[i] in ("a", "an") or i == previous.end) for i in gap) and \
                    (distributed or any(i in time_tokens for i in gap) or
                     "at" in lower[previous.end : q.start] and (q.end in time_tokens or q.end + 1 in time_tokens)):
                category_of[q] = category
                self._continued.add((q.start, q.end))
                doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, previous.start,
                                                                           previous.end])

    @staticmethod
    def shares_before_their_whole(doc, quantities, categories, category_of) -> None:
        """``8.2% and 6.6% of attendances at emergency departments lasted more than 12 hours``: percents listed with
        ``and`` or commas before the ``of`` phrase of the last are shares of that same whole; the earlier ones take
        the last one's CATEGORY (C46-35)."""
        lower = token_table(doc).lower
        for k in range(len(quantities) - 1, 0, -1):
            last = quantities[k]
            if span_value(last, "metric") != "SHARE" or span_value(last, "unit") != "percent" or \
                    last.end >= len(doc) or lower[last.end] != "of":
                continue
            category = category_of.get(last) or (categories[last].child if last in categories else None)
            if category is None or category.start != last.end + 1:
                continue
            j = k - 1
            while j >= 0:
                item, after = quantities[j], quantities[j + 1]
                if span_value(item, "metric") != "SHARE" or span_value(item, "unit") != "percent" or \
                        item in category_of or item in categories or \
                        not 1 <= after.start - item.end <= 2 or \
                        any(lower[i] not in ("and", ",", "or") for i in range(item.end, after.start)):
                    break
                category_of[item] = category
                j -= 1

    # -- respectively ----------------------------------------------------------------------------
    def link_respectively(self, doc, quantities, baselines, periods, modifies, baseline_of, category_of,
                          period_of) -> None:
        """Pair ``respectively`` lists in order: N figures with N coordinated categories or periods
        (``Hangzhou and Ningbo recorded GDP of X and Y respectively``), N changes with N figures
        (before ``respectively`` or right after it: ``X, Y and Z, respectively, up a, b and c``), N
        changes with N baselines (then all modify the one figure they follow) or, when the sentence has
        no figure, with N coordinated categories or periods."""
        lower = token_table(doc).lower
        for i in compress(range(len(lower)), map("respectively".__eq__, lower)):
            token = doc[i]
            sent = sent_of(token)
            if self._compared_list_before(doc, i, quantities, sent, modifies):
                continue  # earlier values of the sentence's figures, paired by ``previous_values``
            figure_list = self.figure_list_before(doc, token.i, quantities, sent.start)
            if len(figure_list) > 1:
                # figures followed by the periods they are stated for take those periods only (``Grants of health and
                # care visas numbered 5,614 and 4,912 in the second quarter and the third quarter respectively``)
                timed = figure_list[-1].end < token.i and lower[figure_list[-1].end] in ("in", "for", "during")
                self.distribute(doc, figure_list, periods, {} if timed else category_of, period_of)
                level = _level_right_before(figure_list[0], quantities, sent.start) if all(
                    span_value(q, "metric") == "CHANGE" for q in figure_list) else None
                if level is not None and not self.baseline_list(doc, figure_list, baselines, sent):
                    # ``the non-seasonally adjusted figure (10,790) was 6% and 11% higher, respectively``: both
                    # comparisons are of the level stated right before them, against the list before's baselines
                    # in order (C38-17)
                    earlier = self._baselines_of_earlier_list(doc, figure_list, baselines, sent)
                    for j, change in enumerate(figure_list):
                        modifies[change] = level
                        if earlier is not None:
                            baseline_of[change] = [earlier[j]]
                    continue
                after = self.change_list_after(doc, token.i, quantities, sent.end)
                restated = len(after) == 2 and after[1].start >= 1 and lower[after[1].start - 1] == "(" and \
                    after[0].end == after[1].start - 1
                if restated:
                    # ``..., a rise of 17.2% (+327)``: one change stated twice, of the last figure of the list
                    for change in after:
                        modifies[change] = figure_list[-1]
                elif len(after) == len(figure_list):
                    for change, figure in zip(after, figure_list):
                        modifies[change] = figure
                    base_list = self.baseline_list(doc, after, baselines, sent)
                    if len(base_list) == 1:
                        for change in after:
                            baseline_of.setdefault(change, [base_list[0]])
                elif figure_list[0].start >= 1 and lower[figure_list[0].start - 1] == "to":
                    # ``grew by 46.5% and 41.2% to 50.6 million and 345,000 respectively``: each change reaches
                    # the level in its place
                    reached = self.change_list_before(doc, figure_list[0].start - 1, quantities, sent.start)
                    if len(reached) == len(figure_list) and reached[-1].end == figure_list[0].start - 1:
                        for change, figure in zip(reached, figure_list):
                            modifies[change] = figure
                            self._reached.add((change.start, change.end))
                continue
            if self.named_list_after_figures(doc, token.i, quantities, sent, category_of):
                continue
            changes = self.change_list_before(doc, token.i, quantities, sent.start)
            if not changes:
                continue
            n = len(changes)
            if n > 1 and all(span_value(c, "metric") == "SHARE" for c in changes):
                moved = self.change_list_after(doc, token.i, quantities, sent.end)
                if len(moved) == n and all(span_value(c, "metric") == "CHANGE" and
                                           span_value(c, "unit") == "percentage point" for c in moved):
                    # ``injured in 4.9% and 2.6% of reports respectively (up 0.2 and 0.1 percentage points)``: each
                    # change of the share in its place (C41-25)
                    for change, share in zip(moved, changes):
                        modifies[change] = share
            if n == 1 and any(changes[0].end <= p.start and p.end <= token.i for p in (*periods, *baselines)):
                # ``grew by 5.3 percent in the first quarter, 4.7 percent in the second quarter and 4.6 percent in the
                # third quarter respectively``: items that each carry their own period, read in their clause (C31-5)
                continue
            opens_sentence = changes[0].start - sent.start <= 6
            base_list = self.baseline_list(doc, changes, baselines, sent)
            if n > 1 and not base_list:
                earlier = self._baselines_of_earlier_list(doc, changes, baselines, sent)
                if earlier is not None:
                    # ``Energy production fell 3.1% on the month and 5.6% on the year, whereas manufacturing output
                    # rose 0.8% and 2.0% respectively``: the comparisons of the list before, in order (C35-27)
                    for change, baseline in zip(changes, earlier):
                        baseline_of[change] = [baseline]
                level = _level_right_before(changes[0], quantities, sent.start)
                if level is not None and n > 1:
                    # ``the non-seasonally adjusted figure (10,790) was 6% and 11% higher, respectively``: both
                    # comparisons are of the level stated right before them (C38-17)
                    for change in changes:
                        modifies[change] = level
                    continue
            if base_list and len(base_list) == n and n > 1:
                for change, baseline in zip(changes, base_list):
                    baseline_of[change] = [baseline]
                figure = self.figures_before(doc, changes[0], quantities, modifies, 1, opens_sentence)
                if figure:
                    for change in changes:
                        modifies[change] = figure[-1]
                elif n > 1:
                    self.distribute(doc, changes, periods, category_of, period_of)
                continue
            levels = self.list_after(doc, token.i, "to", quantities, sent.end, changes=False)
            if levels and len(levels) in (1, n):
                # ``rose by 8.5%, 8.2% and 6.8% in England, Wales and Scotland respectively, to £1,345, £748 and
                # £983``: each change reaches the level in its place (one level: all reach it)
                for j, change in enumerate(changes):
                    modifies[change] = levels[j if len(levels) == n else 0]
                    self._reached.add((change.start, change.end))
                if len(levels) == n and n > 1:
                    boundaries = frozenset(p.start for p in periods)
                    places = coordinated_items(doc, changes[-1].end, token.i, n, boundaries)
                    if places:  # (the places between the changes and ``respectively``)
                        for level, (start, end, _) in zip(levels, places):
                            category_of[level] = self.category_span(doc, start, end)
                            self._distributed.add((level.start, level.end))
                    else:
                        self.distribute(doc, levels, periods, category_of, period_of)
                if base_list and len(base_list) == 1:
                    for change in changes:
                        baseline_of[change] = [base_list[0]]
                continue
            boundaries = frozenset(p.start for p in periods)
            named_after = self._items_after(doc, changes[-1], token.i, n, boundaries, sent.end) if n > 1 else None
            if named_after:
                # ``went up by 7.4, 1.5 and 5.3 percent respectively in mining, manufacturing and utilities``, ``... in
                # mining, manufacturing and utilities respectively``: the i-th change is the i-th item's (C31-15)
                for change, (start, end, _) in zip(changes, named_after):
                    category_of[change] = self.category_span(doc, start, end)
                    self._distributed.add((change.start, change.end))
                if base_list and len(base_list) == 1:
                    for change in changes:
                        baseline_of[change] = [base_list[0]]
                continue
            figures = self.figures_before(doc, changes[0], quantities, modifies, n, True)
            clause_start = self.list_clause_start(doc, changes[0].start, sent.start)
            if n > 1 and figures and figures[0].start < clause_start and \
                    coordinated_items(doc, clause_start, changes[0].start, n, boundaries):
                # ``Returns from Indonesia and Japan were up 8.1% and 24.6% respectively``: its own subjects
                self.distribute(doc, changes, periods, category_of, period_of)
                figures = []
            elif n > 1 and figures and figures[0].start < sent.start and \
                    self._own_subject(doc, changes[0].start, sent.start):
                # ``Exports had risen 10.2% and 5.5% year on year in July and August respectively``: a sentence
                # with a subject of its own states its changes of that subject, not of the figures before it
                self.distribute(doc, changes, periods, category_of, period_of)
                figures = []
            elif len(figures) == n:
                for change, figure in zip(changes, figures):
                    modifies[change] = figure
                if n > 1 and self.figure_list_before(doc, figures[-1].end, quantities, sent.start) == figures:
                    self.distribute(doc, figures, periods, category_of, period_of)
            elif n > 1 and len(figures) == 1 and span_value(figures[0], "value") == n and \
                    coordinated_items(doc, figures[0].end, changes[0].start, n, boundaries):
                # ``The growth rates of the three sectors, Mining, Manufacturing and Electricity, ... are (-) 4.3 per
                # cent, 1.0 per cent and (-) 3.7 per cent respectively``: the count of the items listed, no figure
                # the changes are of
                self.distribute(doc, changes, periods, category_of, period_of)
            elif len(figures) >= 1 and n > 1 and self._single_figure_context(doc, changes[0], figures[-1]):
                for change in changes:
                    modifies[change] = figures[-1]
            elif n > 1 and self.which_of_bracketed(doc, changes, quantities, sent.start, category_of):
                pass  # ``Housing (1.49%) and Food and beverages (1.06%), which contributed 0.23 and 0.22 ... respectively``
            elif n > 1:
                self.distribute(doc, changes, periods, category_of, period_of)
                self.earlier_values_after(doc, token.i, changes, quantities, sent.end, category_of, period_of)
            if base_list and len(base_list) == 1:
                for change in changes:
                    baseline_of[change] = [base_list[0]]

    @staticmethod
    def _items_after(doc, last, at: int, n: int, boundaries, sent_end: int) -> list | None:
        """N coordinated items named after a list of changes by ``in``/``for``/``among``, before ``respectively`` at
        token ``at`` (``3.0 percent in mining, ..., and construction respectively``) or right after it (``3.0 percent
        respectively in mining, ...``), or None."""
        lower = token_table(doc).lower
        if last.end < at and lower[last.end] in _ITEM_PREPOSITIONS:
            start, end = last.end + 1, at
        elif last.end + 1 < at and lower[last.end] in COMPARATIVES_UP | COMPARATIVES_DOWN and lower[last.end + 1] in _ITEM_PREPOSITIONS:
            start, end = last.end + 2, at  # ``5.2% and 5.8% higher at Manchester and Stansted respectively`` (C52-12)
        elif last.end == at and at + 2 < sent_end and lower[at + 1] in _ITEM_PREPOSITIONS:
            start = at + 2
            end = next((k for k in range(start, sent_end) if lower[k] in (".", ";", ":") or
                        lower[k] == "," and k + 1 < sent_end and lower[k + 1] in ("while", "whereas", "but", "and")
                        and k + 2 < sent_end and lower[k + 2] in ("while", "whereas", "but", "the")), sent_end)
        else:
            return None
        if any(k in boundaries for k in range(start, end)):
            return None  # (``rose 2% and 3% in the first and second quarters respectively``: periods, given out apart)
        found = coordinated_items(doc, start, end, n, boundaries)
        return found if found and found[0][0] == start or found and found[0][0] <= start + 1 and \
            lower[start] in DETERMINERS else None

    def which_of_bracketed(self, doc, changes, quantities, sent_start: int, category_of) -> bool:
        """``The largest variations came from Housing (1.49%) and Food and beverages (1.06%), which contributed 0.23
        and 0.22 percentage point respectively``: a ``which`` clause after as many figures in brackets, each after
        the phrase it describes, distributes those phrases in order (C14-13). True when it did."""
        lower, text = token_table(doc).lower, token_table(doc).text
        first = changes[0]
        if "which" not in lower[max(sent_start, first.start - 4) : first.start]:
            return False
        bracketed = [x for x in quantities if sent_start <= x.start and x.end <= first.start and x.start >= 1 and
                     text[x.start - 1] == "(" and x.end < len(text) and text[x.end] == ")"]
        if len(bracketed) < len(changes):
            return False
        bracketed = bracketed[-len(changes):]
        if any(lower[k] in (";", ".") for k in range(bracketed[0].end, first.start)):
            return False
        categories = self.best_candidates(doc, "CATEGORY")
        found = [categories[x].child if x in categories else None for x in bracketed]
        if any(c is None or c.end != x.start - 1 for c, x in zip(found, bracketed)):
            return False  # each bracket right after the phrase it describes
        for change, category in zip(changes, found):
            category_of[change] = category
            self._distributed.add((change.start, change.end))
        return True

    def _compared_list_before(self, doc, at: int, quantities, sent, modifies) -> bool:
        """Whether the values before ``respectively`` at token ``at`` are a list of earlier values after a
        comparison cue (``compared with 1,202 kg, 48.6 kg and 5.1 kg respectively``) matching as many figures
        of the sentence before it (:meth:`compared_list`)."""
        lower = token_table(doc).lower
        k = next((j for j, q in enumerate(quantities) if q.start >= sent.start and q.end <= at and
                  q.start >= 1 and lower[q.start - 1] in PREVIOUS_VALUE_CUES and lower[q.start - 1] != "from" and
                  not (lower[q.start - 1] == "with" and q.start >= 2 and lower[q.start - 2] in (",", "and"))), None)
        if k is None:  # (``while Russia and Vietnam, with 22 and 19 respectively, completed the top five``: the
            return False  # figures of the places named before, no earlier values)
        pairs = self.compared_list(doc, k, quantities, sent.start, sent.end, modifies)
        return pairs is not None and pairs[-1][0].end <= at and all(w in LIST_JOINERS for w in lower[pairs[-1][0].end : at])

    @staticmethod
    def _own_subject(doc, k: int, sent_start: int) -> bool:
        """Whether the clause before token ``k`` has a subject naming a measure of its own (``Exports had risen``),
        not a back-reference (``The figures were``, ``They rose``, ``Both increased``)."""
        found = subject_before(doc, k, sent_start)
        if found is None:
            return False
        lower = token_table(doc).lower
        words = lower[found[0] : found[1]]
        opening = lower[sent_start : sent_start + 3]
        return not any(opening[: len(a.split())] == a.split() for a in ANAPHORS) and not (
            set(words) & {"figures", "figure", "numbers", "totals", "both", "they", "these", "those", "people", "two"})

    def compared_list(self, doc, k: int, quantities, sent_start: int, sent_end: int, modifies) -> list | None:
        """When ``quantities[k]`` opens a list of values of one unit and kind (``compared with 1,202 kg, 48.6 kg
        and 5.1 kg respectively``), the pairs ``(value, earlier figure)`` with the last as many figures of that unit
        and kind stated before it in the sentence (``seized 1,457 kg of herbal cannabis, 61.2 kg of cocaine and
        3.9 kg of heroin``); None when there is no such list."""
        lower = token_table(doc).lower
        q = quantities[k]
        unit, metric = span_value(q, "unit"), span_value(q, "metric")
        run = [q]
        for x in quantities[k + 1 :]:
            if x.start >= sent_end or span_value(x, "unit") != unit or span_value(x, "metric") != metric or \
                    not all(w in LIST_JOINERS for w in lower[run[-1].end : x.start]):
                break
            run.append(x)
        if len(run) < 2:
            return None
        earlier = [x for x in quantities[:k] if x.start >= sent_start and x not in modifies and
                   span_value(x, "unit") == unit and span_value(x, "metric") == metric]
        if len(earlier) < len(run):
            return None
        return list(zip(run, earlier[-len(run):]))

    def earlier_values_after(self, doc, at: int, items, quantities, sent_end: int, category_of, period_of) -> None:
        """The earlier values listed after ``respectively, from`` (``revised to 8.2, 8.1 and 8.6 per cent for Q1,
        Q2 and Q3 respectively, from 7.8, 7.6 and 8.4 per cent``): the i-th is the i-th item's earlier value,
        with its category and period (D-6)."""
        run = self.list_after(doc, at, "from", quantities, sent_end, changes=True)[: len(items)]
        if len(run) != len(items):
            return
        for item, earlier in zip(items, run):
            if item in period_of:
                period_of[earlier] = period_of[item]
            if item in category_of:
                category_of[earlier] = category_of[item]

    def shares_of_counted_wholes(self, doc, quantities, modifies) -> None:
        """A share of a whole referred back to (``58% of the cases``, ``about 58 percent of these departures``)
        is a share of the nearest earlier count of that noun in its sentence or the one before (``64 measles
        cases``, ``departures ... increased ... to 80,200``): it MODIFIES that count (FORMAT §4, D-11)."""
        table = token_table(doc)
        lower = table.lower
        n = len(lower)
        for k, q in enumerate(quantities):
            if q in modifies or span_value(q, "metric") != "SHARE" or span_value(q, "unit_kind") != "percent" \
                    and span_value(q, "unit_kind") != "fraction":
                continue
            if q.start >= 2 and lower[q.start - 1] == "to" and lower[q.start - 2].startswith(RECOVERY_STEMS):
                # ``handled 13.51 million trips, ..., recovering to 99.9 percent of 2019 levels``: the share
                # states the figure before it against an earlier level
                sent_start = sentence_range(doc, q.start)[0]
                earlier = next((x for x in reversed(quantities[:k]) if x.start >= sent_start and not is_modifier(x)
                                and x not in modifies), None)
                if earlier is not None:
                    modifies[q] = earlier
                    self._recoveries.add((q.start, q.end))
                continue
            at = q.end
            if at + 2 >= n or lower[at] != "of" or lower[at + 1] not in ("the", "these", "those"):
                continue
            m = at + 2
            while m < n and table.nounish[m] and not table.punct[m] and not table.number[m]:
                m += 1
            if m == at + 2:
                continue
            noun = singular(lower[m - 1])
            sent_start = sentence_range(doc, q.start)[0]
            scope = sentence_range(doc, sent_start - 1)[0] if sent_start > 0 else sent_start
            for j in range(k - 1, -1, -1):
                earlier = quantities[j]
                if earlier.start < scope:
                    break
                if span_value(earlier, "metric") == "COUNT" and span_value(earlier, "unit") == noun and \
                        earlier not in modifies:
                    modifies[q] = earlier
                    break

    def distribute(self, doc, items, periods, category_of, period_of) -> None:
        """Give the i-th of ``items`` the i-th of N coordinated categories before the list (unless it
        has its own counted noun) and the i-th of N coordinated periods of its sentence."""
        n = len(items)
        sent = sent_of(items[0])
        own_noun = {c.head for c in candidates_of(doc) if c.label == "CATEGORY" and c.how == "after"}
        boundaries = frozenset(p.start for p in periods)
        found = coordinated_items(doc, self.list_clause_start(doc, items[0].start, sent.start), items[0].start, n,
                                  boundaries) or \
            coordinated_items(doc, self.clause_start(doc, items[0].start, sent.start), items[0].start, n, boundaries)
        if not found and items[0].start >= 2 and doc[items[0].start - 1].lower_ in ("with", "at"):
            # ``behind Rotterdam and Antwerp-Bruges with 32.4% and 30.7% respectively``: the names right before
            # ``with`` (C40-55)
            opening = next((k for k in range(items[0].start - 2, max(sent.start, items[0].start - 14) - 1, -1)
                            if doc[k].lower_ in ("behind", "ahead", "by", "including", "namely", "of", "from") or
                            doc[k].text in (",", ";", ":")), None)
            if opening is not None and opening == items[0].start - 2 and doc[opening].text == ",":
                # ``Uptake was highest in care home residents and in older people, at 67.4% and 68.9%
                # respectively``: the list that closes right before the comma (C41-7)
                found = coordinated_items(doc, sent.start, opening, n, boundaries)
                if found and found[-1][1] != opening:
                    found = None
            elif opening is not None:
                found = coordinated_items(doc, opening + 1, items[0].start - 1, n, boundaries)
                if found and found[0][0] != opening + 1:
                    found = None
        # (``..., while against the previous three months it fell by 0.5% and 0.3% respectively``: the clause
        # after ``while`` names none, its ``it`` the list before)
        if not found and sent.start > 0 and self.opens_without_subject(doc, sent.start, items[0].start):
            # a sentence cut before its verb (``... the number of criminal cases filed and the number of public
            # security cases reported. Decreased by 8.1% and 6.5% respectively.``): the list closes the
            # sentence before
            before = sent_of(doc[sent.start - 1])
            close = sent.start - 1
            while close > before.start and token_table(doc).punct[close]:
                close -= 1
            found = coordinated_items(doc, before.start, close + 1, n, boundaries)
        if found and all(not time_token_set(doc).isdisjoint(range(start, end)) for start, end, _ in found):
            found = None  # ``In the first, second and third quarters, GDP grew by ...``: coordinated periods (C35-25)
        if found:
            # the noun after the last figure only (``reported 30, 26 and 9 cases respectively``) is the unit the
            # list shares, not the last figure's own category
            shared_noun = n > 1 and items[-1] in own_noun and not any(item in own_noun for item in items[:-1])
            found = self._without_shared_head(doc, found)
            for item, (start, end, _) in zip(items, found):
                # the phrase after ``of`` names the whole the figure is part of, not what it counts
                if item not in own_noun or shared_noun or item.end < len(doc) and doc[item.end].lower_ == "of":
                    category_of[item] = self.category_span(doc, start, end)
                    self._distributed.add((item.start, item.end))
        in_sent = [p for p in periods if sent.start <= p.start < sent.end]
        groups: list[list[Span]] = []
        for p in in_sent:
            if groups and all(t.lower_ in LIST_JOINERS for t in doc[groups[-1][-1].end : p.start]):
                groups[-1].append(p)
            else:
                groups.append([p])
        if n == 2 and not any(len(group) == n for group in groups):
            for p in in_sent:
                pair = self._two_months(doc, p)  # ``in July and August respectively``: a period each
                if pair is not None:
                    groups.append(pair)
                    break
        lower_ = token_table(doc).lower
        for group in groups:
            if group[0].start > items[-1].end and any(lower_[k] in (";", "yet", "so", "but", "while", "whereas")
                                                      for k in range(items[-1].end, group[0].start)):
                continue  # (``..., yet ... so that the total stayed close to the levels seen in 2019 and 2021``: another
                # clause's times, C41-24)
            if len(group) == n:
                for item, period in zip(items, group):
                    period_of[item] = period
                    self._distributed_periods.add((item.start, item.end))
                    self._given_periods.add((period.start, period.end))
                break
        else:
            earlier = self._periods_of_earlier_list(doc, items, in_sent)
            for item, period in zip(items, earlier or ()):
                # ``Private sector wages grew 0.8% in the quarter and 3.3% over the year, while public sector wages
                # rose 0.9% and 3.7% respectively``: the periods of the list before, in order (C31-22)
                period_of[item] = period
                self._distributed_periods.add((item.start, item.end))

    @staticmethod
    def _periods_of_earlier_list(doc, items, in_sent) -> list[Span] | None:
        """The periods of an earlier list of as many figures in the sentence, each figure followed by its own period
        (``grew 0.8% in the quarter and 3.3% over the year``), the last ones before ``items``; None otherwise."""
        n = len(items)
        before = [p for p in in_sent if p.end <= items[0].start]
        if len(before) < n:
            return None
        chosen = before[-n:]
        by_end = {x.end: x for x in spans_of(doc, "QUANTITY")}
        lower = token_table(doc).lower
        figures = [by_end.get(p.start) for p in chosen]
        if any(x is None for x in figures) or any(span_value(x, "metric") != span_value(items[0], "metric") or
                                                  x.start < 1 or lower[x.start - 1] in ("from", "to", "at", "with")
                                                  for x in figures):
            return None  # (``rose to 10.87% in October 2024 from 9.24% in September 2024``: earlier values, no list)
        if any(not all(w in (",", "and") for w in lower[a.end : b.start]) for a, b in zip(chosen, figures[1:])):
            return None  # the figures of the list joined by a comma or ``and`` only
        return chosen

    @staticmethod
    def _baselines_of_earlier_list(doc, changes, baselines, sent) -> list[Span] | None:
        """The baselines of an earlier list of as many changes in the sentence, each change followed by its own
        baseline (``fell 3.1% on the month and 5.6% on the year``), the last ones before ``changes``; None otherwise."""
        n = len(changes)
        lower = token_table(doc).lower
        before = [b for b in baselines if sent.start <= b.start and b.end <= changes[0].start]
        if len(before) < n:
            return None
        chosen = before[-n:]
        ends = {x.end: x for x in spans_of(doc, "QUANTITY")}
        figures = []
        for b in chosen:
            k = b.start - 1
            while k > sent.start and lower[k] in ("on", "the", "from", "over", "compared", "with", "against", "than"):
                k -= 1
            figure = ends.get(k + 1)
            if figure is None or span_value(figure, "metric") != "CHANGE" or \
                    span_value(figure, "unit") != span_value(changes[0], "unit"):
                return None
            figures.append(figure)
        if len({(x.start, x.end) for x in figures}) != n or \
                any(not all(w in (",", "and") or w in words_("change_up") | words_("change_down") or
                            w in ("up", "down", "by") for w in lower[a.end : f.start])
                    for a, f in zip(chosen, figures[1:])):
            return None  # (the changes of the earlier list joined by a comma or ``and``, a verb or a direction)
        return chosen

    @staticmethod
    def _two_months(doc, p) -> list[Span] | None:
        """The two PERIOD spans of a period phrase that joins two months with ``and`` (``in March and April 2024``),
        each with its dates (the first takes the year written after the second), or None."""
        lower = token_table(doc).lower
        words = lower[p.start : p.end]
        if "and" not in words or words.count("and") != 1 or words[0] in ("between", "from"):
            return None  # (``Between April 2023 and March 2024``: one span of months)
        cut = p.start + words.index("and")
        first, second = Span(doc, p.start, cut, label="PERIOD"), Span(doc, cut + 1, p.end, label="PERIOD")
        months = [w for w in words if w in words_("months")]
        if len(months) != 2 or not len(first) or not len(second):
            return None
        year = next((w for w in lower[cut + 1 : p.end] if len(w) == 4 and w.isdigit()), None)
        release = doc._.release_date
        made = []
        for span, extra in ((first, f" {year}" if year and year not in first.text else ""), (second, "")):
            span._.date_from, span._.date_to = period_dates(span.text + extra, release)
            span._.source = span_value(p, "source")
            made.append(span)
        set_spans(doc, [*(x for x in group_spans(doc) if not (x.label_ == "PERIOD" and x.start == p.start and
                                                             x.end == p.end)), *made])
        return made

    @staticmethod
    def opens_without_subject(doc, sent_start: int, first_figure: int) -> bool:
        """Whether a sentence opens with its verb, before its first figure (``Decreased by 8.1% and 6.5%
        respectively.``, ``Increased by 2.0%, 7.5% and 4.2% respectively.``): no subject of its own."""
        table = token_table(doc)
        k = sent_start
        while k < first_figure and table.punct[k]:
            k += 1
        return k < first_figure and (table.verb[k] or table.lower[k] in vocabulary("figure_direction_words")) and \
            doc[k].text[:1].isupper()

    def clause_start(self, doc, i: int, sent_start: int) -> int:
        """The first token of the clause of token ``i``: after the last semicolon before it in its
        sentence (``...; within goods, imports of consumer goods and of capital goods rose``)."""
        if doc is not self._doc:
            self._index(doc)
        semicolons = self._semicolons  # prefix sums: semicolons[k] is the number before token k
        if semicolons[i] == semicolons[sent_start]:
            return sent_start
        texts = token_table(doc).text
        return next(k + 1 for k in range(i - 1, sent_start - 1, -1) if texts[k] == ";")

    def list_clause_start(self, doc, i: int, sent_start: int) -> int:
        """:meth:`clause_start`, or after a contrasting conjunction that opens a clause of its own, if later
        (``..., and Manitoba (+0.6%) posted the smallest increase, while British Columbia and Ontario recorded
        gains of 1.9% and 1.8% respectively``: the list's subjects follow ``while``)."""
        start = self.clause_start(doc, i, sent_start)
        table = token_table(doc)
        lower = table.lower
        for k in range(i - 1, start, -1):
            if lower[k] in CLAUSE_CONJUNCTIONS and lower[k - 1] == ",":
                return k + 1
            if lower[k] == "and" and lower[k - 1] == "," and k + 1 < i and lower[k + 1] in ("the", "its", "their") and \
                    any(table.verb[m] for m in range(k + 2, i)):
                return k + 1  # ``..., and the Brazilian airports and London Luton recorded growth of 6.3% and 6.4%``
            if lower[k] == "with" and lower[k - 1] == "," and \
                    any(lower[m].endswith("ing") and len(lower[m]) > 5 for m in range(k + 2, i)):
                return k + 1  # ``..., with Montréal and Vancouver posting declines of 29% and 12% respectively`` (C40-3)
        return start

    @staticmethod
    def category_span(doc, start: int, end: int) -> Span:
        """The CATEGORY span over tokens ``start..end``, added to the document's spans when new."""
        starts, categories = span_starts(doc, "CATEGORY")
        for k in range(bisect_left(starts, start), bisect_right(starts, start)):
            if categories[k].end == end:
                return categories[k]
        span = Span(doc, start, end, label="CATEGORY")
        span._.source = "rules"
        set_spans(doc, [*group_spans(doc), span])
        return span

    def named_list_after_figures(self, doc, at: int, quantities, sent, category_of) -> bool:
        """``attributes 70,000 and 48,000 deaths to ozone (O3) and nitrogen dioxide (NO2), respectively``: N levels
        joined by commas and ``and``, their counted noun, a preposition, then N coordinated names right before
        ``respectively`` (``at``): the i-th name is the i-th figure's CATEGORY (C46-21). Returns whether it paired."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        close = at - 1 if at >= 1 and text[at - 1] == "," else at
        opening = next((k for k in range(close - 1, max(sent.start, close - 16) - 1, -1)
                        if lower[k] in _NAMED_LIST_PREPOSITIONS or text[k] in (";", ":")), None)
        if opening is None or text[opening] in (";", ":"):
            return False
        lo, hi = self._span_range(quantities, sent.start, opening)
        before = [x for x in quantities[lo:hi] if x.end <= opening]
        if len(before) < 2:
            return False
        counted = [t for t in doc[before[-1].end : opening]]
        if len(counted) > 3 or not all(t.is_alpha and t.is_lower for t in counted):
            return False
        run = [before[-1]]
        for x in reversed(before[:-1]):
            gap = [t.lower_ for t in doc[x.end : run[0].start]]
            if not gap or any(w not in LIST_JOINERS for w in gap):
                break
            run.insert(0, x)
        if len(run) < 2 or any(is_modifier(x) for x in run):
            return False  # (changes listed so are paired by the steps after: ``rose by 8.5% and 8.2% in England and
            # Wales respectively, to £1,345 and £748``)
        kept = []  # the words of the names, their bracketed glosses left out (``ozone (O3)``)
        depth = 0
        for k in range(opening + 1, close):
            if text[k] == "(":
                depth += 1
            elif text[k] == ")":
                depth -= 1
            elif depth == 0:
                kept.append(k)
        items: list[tuple[int, int]] = []
        current: list[int] = []
        for k in kept:
            if lower[k] in ("and", "or", ","):
                if current:
                    items.append((current[0], current[-1] + 1))
                current = []
            else:
                current.append(k)
        if current:
            items.append((current[0], current[-1] + 1))
        times = time_token_set(doc)
        if len(items) != len(run) or any(not any(table.nounish[k] for k in range(a, b)) or
                                         any(table.number[k] or k in times for k in range(a, b)) for a, b in items):
            return False  # (``10.2% and 5.5% year on year in July and August respectively``: times, not names)
        for figure, (a, b) in zip(run, items):
            while a < b and lower[a] in DETERMINERS:
                a += 1
            category_of[figure] = self.category_span(doc, a, b)
            self._distributed.add((figure.start, figure.end))
        return True

    def figure_list_before(self, doc, end: int, quantities, sent_start: int) -> list[Span]:
        """The run of figures (not changes or shares) joined by commas and ``and`` that ends right
        before token ``end`` (``372.6 billion yuan, 311.8 billion yuan and 280.4 billion yuan``); a
        counted noun of up to three words may follow each (``98,000 cases and 164,000 suspects``)."""
        before = [q for q in quantities if q.end <= end and q.start >= sent_start]
        texts = token_table(doc).text
        # a change in brackets after each figure is no break of the list (``$365.9 billion (+$2.2 billion) and
        # $367.3 billion (+$6.5 billion) respectively``)
        bracketed = set()
        for q in before:
            if is_modifier(q) and q.start >= 1 and texts[q.start - 1] == "(":
                # (``512,806 (19.0% of the total), 301,455 and 176,930 respectively``: the share's words too, C42-6)
                close = next((k for k in range(q.end, min(len(texts), q.end + 8)) if texts[k] in ("(", ")", ";")), None)
                if close is not None and texts[close] == ")" and close < end:
                    bracketed.update(range(q.start - 1, close + 1))  # (not the bracket ``respectively`` stands in)
        run: list[Span] = []
        # the periods the figures are stated for may stand between the list and ``respectively`` (``numbered 51,400
        # and 58,900 in 2022-23 and 2023-24 respectively``)
        timed = {k for p in spans_of(doc, "PERIOD") if p.start >= sent_start and p.end <= end for k in range(p.start, p.end)}
        for q in reversed(before):
            if q.start in bracketed:
                continue
            gap = [t for t in doc[q.end : (run[0].start if run else end)] if t.i not in bracketed and
                   not (not run and t.i in timed)]
            words_in_gap = [t for t in gap if t.lower_ not in LIST_JOINERS]
            # the whole after the last figure may be longer (``48,800, 33,400 and 22,300 of the non-New
            # Zealand arrivals respectively``)
            longest = 8 if not run and len(gap) and gap[0].lower_ == "of" else 3
            # (a rate per population is a level, not a modifier: ``stood at 27, 23 and 17 deaths per 1,000 live
            # births, respectively``, C45-6)
            if is_modifier(q) and not is_rate(span_value(q, "unit")) or len(words_in_gap) > longest or \
                    any(t.text in (";", ":", "(", ")") for t in gap):
                break
            if run and not any(t.lower_ in LIST_JOINERS for t in gap):
                break
            run.insert(0, q)
        return run

    def list_after(self, doc, at: int, word: str, quantities, sent_end: int, changes: bool) -> list[Span]:
        """The run of figures joined by commas and ``and`` after ``respectively, <word>`` (``..., respectively,
        to £1,345, £748 and £983``; ``respectively, from 7.8, 7.6 and 8.4 per cent``); changes end the run unless
        ``changes``."""
        lower = token_table(doc).lower
        k = at + 1
        if k < sent_end and lower[k] == ",":
            k += 1
        if k >= sent_end or lower[k] != word:
            return []
        edge = k + 1
        run: list[Span] = []
        for q in quantities[self._span_range(quantities, edge, sent_end)[0] :]:
            if q.start >= sent_end:
                break
            gap = lower[edge : q.start]
            if not changes and is_modifier(q) or any(w not in LIST_JOINERS for w in gap) or (run and not gap):
                break
            run.append(q)
            edge = q.end
        return run

    def change_list_after(self, doc, start: int, quantities, sent_end: int) -> list[Span]:
        """The run of changes right after ``respectively`` (``, up 3.1%, 9.2% and 6.5%``)."""
        after = [q for q in quantities if q.start > start and q.start < sent_end]
        run: list[Span] = []
        edge = start + 1
        texts = token_table(doc).text
        times = time_token_set(doc)  # (``respectively in the year ended September 2024, changes of +$1.1 billion and
        # -$4.5 billion``: the list's time before the changes, C51-10)
        for q in after:
            if run and q.start == run[-1].end + 1 and texts[q.start - 1] == "(" and q.end < len(texts) and \
                    texts[q.end] == ")" and is_modifier(q):
                edge = q.end + 1  # ``up 6.0 percent (+$917 million) and down 4.5 percent``: a change restated
                continue
            gap = doc[edge : q.start]
            words_in_gap = [t for t in gap if t.lower_ not in LIST_JOINERS and not (not run and t.i in times)]
            if not is_modifier(q) or len(words_in_gap) > 3 or any(t.text == ";" for t in gap):
                break
            run.append(q)
            edge = q.end
        return run

    def change_list_before(self, doc, end: int, quantities, sent_start: int) -> list[Span]:
        """The run of changes/shares joined by commas and ``and`` that ends before token ``end``."""
        before = [q for q in quantities if q.end <= end and q.start >= sent_start]
        texts = token_table(doc).text
        # ``increased by 160 000 (+5.0%) and 54 000 (+0.4%) respectively``: a change restated in brackets right
        # after a figure is that figure's twin, no item of the list
        twins = {q for k, q in enumerate(before) if k and q.start >= 1 and texts[q.start - 1] == "(" and
                 before[k - 1].end == q.start - 1 and q.end < len(texts) and texts[q.end] == ")"}
        run: list[Span] = []
        for q in reversed(before):
            if q in twins and (run or q.end + 1 >= end):
                continue
            if not is_modifier(q):
                break
            if run:
                gap = [t for t in doc[q.end : run[0].start] if not any(x.start - 1 <= t.i <= x.end for x in twins)]
                gap_text = doc[q.end : run[0].start].text
                if not all(t.lower_ in LIST_JOINERS or t.lower_ in ("by", "of", "up", "down") or
                           t.lower_ in _CHANGE_VERBS or  # ``which fell by 4.2% and rose by 10.1% respectively``
                           t.text in ("(", "-", ")") and gap_text.endswith("(-)") for t in gap):
                    break  # (``1.0 per cent and (-) 3.7 per cent``: a minus written in brackets is no break)
            run.insert(0, q)
        return run

    def baseline_list(self, doc, changes, baselines, sent) -> list[Span]:
        """Baselines that belong to a list of changes: in the same sentence, or the previous one when
        the list opens its sentence (a translation split)."""
        scope_start = sent.start
        first_sentence_q = changes[0].start - sent.start <= 6
        if first_sentence_q and sent.start > 0:
            scope_start = sent_of(doc, sent.start - 1).start
        lower, texts = token_table(doc).lower, token_table(doc).text
        clause_end = next((i for i in range(changes[-1].end, sent.end) if texts[i] == ";" or texts[i] == "," and
                           i + 1 < sent.end and lower[i + 1] in ("while", "whereas", "whilst", "yet", "but", "although",
                                                                 "though")), sent.end)
        # (``increased by 8% and 2% respectively, whereas theft ... fell to 4,205, down from 4,613 a year earlier``:
        # the contrasted clause's comparison is its own)
        in_scope = [b for b in baselines if scope_start <= b.start < clause_end]
        if not in_scope:
            return []
        groups: list[list[Span]] = []
        for b in in_scope:
            if groups and all(t.lower_ in LIST_JOINERS for t in doc[groups[-1][-1].end : b.start]):
                groups[-1].append(b)
            else:
                groups.append([b])
        n = len(changes)
        for group in groups:
            if len(group) == n:
                return group
        after = [g for g in groups if g[0].start >= changes[-1].end]
        if after:
            return after[0]
        if len(groups[-1]) != 1:
            return []
        b = groups[-1][0]
        owner = [x for x in spans_of(doc, "QUANTITY") if x not in changes and 0 <= b.start - x.end <= 3 and
                 span_value(x, "metric") == "CHANGE"]
        return [] if owner else groups[-1]  # (``almost double the level of 2020-21``: that change's own comparison)

    def figures_before(self, doc, first_change, quantities, modifies, n, cross: bool = True) -> list[Span]:
        """Up to ``n`` base figures before ``first_change``: in its sentence, or (with ``cross``) the
        previous one."""
        sent = sent_of(first_change)
        scope_start = sent.start
        points = span_value(first_change, "unit_kind") == "percentage_point" or \
            span_value(first_change, "unit") == "percentage point"

        def rate_level(q) -> bool:  # ``5.3%, 8.1% and 12.7%, which represented falls of 1.0, 0.7 and 0.7 percentage
            # points respectively``: changes in points of rates stated as shares (C41-23); ``1,143.5 deaths per
            # 100,000 males and 847.1 per 100,000 females (-1.8% and -1.7%, respectively)``: rates per a population
            return span_value(q, "metric") == "SHARE" and (
                points and span_value(q, "unit_kind") == "percent" or
                not points and " per " in f" {span_value(q, 'unit') or ''} " and span_value(q, "unit_kind") == "count")

        candidates = [q for q in quantities if scope_start <= q.start < first_change.start and
                      (not is_modifier(q) or rate_level(q)) and not self.is_age_or_duration(q)]
        rates = [q for q in candidates if rate_level(q) and q not in modifies]
        if len(rates) >= n > 1 and rates[-n:] != [q for q in candidates if q not in modifies][-n:]:
            # ``41.2% of large enterprises (250 or more employees) ..., 21.0% ... and 11.2% ..., which represented
            # increases of 11.1 pp, 8.0 pp and 4.8 pp respectively``: the rates, not a count between them (C41-23)
            return rates[-n:]
        if len(candidates) < n and sent.start > 0 and cross:
            prev = sent_of(doc, sent.start - 1)
            candidates = [q for q in quantities if prev.start <= q.start < first_change.start and not is_modifier(q)]
        candidates = [q for q in candidates if q not in modifies]
        return candidates[-n:]

    @staticmethod
    def _single_figure_context(doc, change, figure) -> bool:
        """N changes of one figure (``5 million, up 3% and 4% respectively``): the figure stands right
        before the list, with no verb between."""
        gap = doc[figure.end : change.start]
        return len(gap) <= 5 and not any(is_verb(t) for t in gap)

    # -- figures in brackets ----------------------------------------------------------------------
    def _last_level_before(self, doc, quantities, open_at: int) -> Span | None:
        """The last figure of the sentence ending before a bracket at ``open_at``, when it is neither a change or
        share nor an age or duration (the figure a bracketed change may be of), else None."""
        lo, hi = self._span_range(quantities, sentence_range(doc, open_at)[0], open_at)
        earlier = [x for x in quantities[lo:hi] if x.end <= open_at]
        if not earlier or is_modifier(earlier[-1]) or self.is_age_or_duration(earlier[-1]):
            return None
        return earlier[-1]

    def _figure_with_noun_phrase(self, doc, quantities, open_at: int) -> Span | None:
        """The figure whose counted noun phrase runs up to a bracket (``1.17 million visits through main entry
        points (+2.86 percent)``, ``compared with 9,961 in Greater Sydney (+2.3%)``): nouns, adjectives and
        prepositions only, no verb, comma or other figure between (D-20: the bracket is that figure's)."""
        x = self._last_level_before(doc, quantities, open_at)
        if x is None:
            return None
        if not 1 <= open_at - x.end <= 8:
            return None
        table = token_table(doc)
        lower, nounish, verb, number = table.lower, table.nounish, table.verb, table.number
        first = x.end
        if lower[first] in NOUN_PHRASE_PREPOSITIONS:
            first += 1  # ``9,961 in Greater Sydney``: a place after the figure
        elif not nounish[first] or number[first]:
            return None
        if all((nounish[j] and not number[j] or lower[j] in NOUN_PHRASE_PREPOSITIONS) and not verb[j]
               and lower[j] not in ("which", "that", "who", "and", "or", ",", ";", ":", "(", ")")
               for j in range(first, open_at)):
            return x
        return None

    def bracket_role(self, doc, q, quantities, periods) -> tuple[str | None, Span | None]:
        """How a change or share in brackets relates to what stands before the bracket.

        ``("describes", None)``: a noun phrase stands before the bracket (``Vietnam (+26.9%)``,
        ``hospitals (+19,000)``): it is the figure's category, no figure is modified.
        ``("modifies", figure)``: a figure (with its counted noun or period) stands before it
        (``4,853 pounds of methamphetamine (-11%)``, ``170,723 in May (-6% from April)``), or the
        bracket holds the level reached (``up 0.1 percent (+$0.7 billion to $703.1 billion)``).
        ``("parallel", change)``: a change before the bracket or earlier in it states the same
        change another way (``rose by 24,000 (+1.6%)``, ``(+13,200 or 8.9%)``): both describe one thing,
        neither modifies the other. ``(None, None)``: not in brackets, or nothing to say.
        """
        open_at = self.bracket_opening(doc, q)
        if open_at is None:
            return None, None
        lo, hi = self._span_range(quantities, open_at + 1, q.start)  # the figures opening in the bracket before q
        inside_before = [x for x in quantities[lo:hi] if x.end <= q.start]
        if inside_before:
            twin = inside_before[-1]
            gap = {t.lower_ for t in doc[twin.end : q.start]}
            if gap <= vocabulary("parallel_joiners") and span_value(twin, "metric") == "CHANGE" and \
                    span_value(q, "metric") == "CHANGE":
                return "parallel", twin
            if gap <= {";", ",", "or"} and span_value(q, "metric") == "SHARE" and not is_modifier(twin):
                return "modifies", twin  # ``followed by Vietnamese (3,889; 13%)``: the share of the count before it
            if gap <= {";"} and span_value(q, "metric") == "CHANGE" and \
                    span_value(twin, "metric") in ("COUNT", "AMOUNT", "MONEY") and not is_modifier(twin):
                return "modifies", twin  # ``Chile (9.3 mhl; -15%)``: the change of the level before it (C43-11)
            if gap <= {";", ","} and span_value(q, "metric") == "CHANGE" and bare_signed(q) and \
                    span_value(twin, "metric") == "SHARE" and span_value(twin, "unit") == "percent":
                return "modifies", twin  # ``Trust in the EU (51%, +2)``: the rate's change, in its points (C46-5)
            return None, None
        if q.end < len(doc) and doc[q.end].lower_ == "for" and any(
                c.label == "CATEGORY" and c.how == "placed" and c.head == q for c in candidates_of(doc)):
            # ``climbed 1.5 percent in October (+1.2 percent for petroleum and +30.8 percent for natural gas)``: a
            # component's own figure, stated for what follows it, not the figure before the bracket again
            return None, None
        close = self._next_close[q.end] if q.end < len(doc) else len(doc)
        to_at = q.end + 1 if q.end + 1 < len(doc) and doc[q.end].text == "," and doc[q.end + 1].lower_ == "to" else q.end
        if to_at < len(doc) and doc[to_at].lower_ == "to":
            # (``Portugal (-10.9 pp, to 8.0%)``: the level after a comma in the same bracket, C44-10)
            lo = self._span_range(quantities, to_at + 1, to_at + 1)[0]  # the figures after q
            points = span_value(q, "unit") in ("percentage point", "basis point")
            level = next((x for x in quantities[lo:] if x.end <= close and (not is_modifier(x) or points and span_value(
                x, "metric") == "SHARE" and span_value(x, "unit") == "percent")), None)
            if level is not None:
                outer = next((x for x in quantities if x.end == open_at and span_value(x, "metric") == "CHANGE"), None)
                if outer is not None:
                    self._outer_changes[outer] = level  # ``rose 5.1% (+$1.69 to $34.80)``: both change it
                return "modifies", level
        k = open_at - 1
        covering = [p for p in periods if p.end == k + 1]
        if covering:
            k = covering[0].start - 1
        compared = [b for b in spans_of(doc, "BASELINE") if b.end == k + 1] \
            if not covering and q.text[:1] in ("+", "-", "\u2212") else []
        if compared and compared[0].start >= 2 and doc[compared[0].start - 1].lower_ == "than":
            # ``1,781 more than in the previous quarter (+0.6%)``: the change before its comparison (C41-34)
            k = compared[0].start - 2
            if doc[k].lower_ == "in" and k >= 1:
                k -= 1
            self._compared_brackets.add((q.start, q.end))
        first = self._figure_values(doc, quantities).first_ending.get(k + 1)
        before = quantities[first] if first is not None else None  # the first figure ending right before
        if before is None:
            before = next((c.head for c in candidates_of(doc) if c.label == "CATEGORY" and c.how == "after"
                           and c.child.end == k + 1 and c.head.end <= c.child.start), None)
        if before is None and k >= 1 and (doc[k].lower_ in GENERIC_PEOPLE or doc[k].lower_ in CLASSIFIER_NOUNS or
                                          doc[k].lower_ in ("more", "fewer", "less", "higher", "lower")):
            # ``660,000 people (2.5%)``; ``400 fewer (-5.8%) than a year earlier``: the change before its comparative
            counted = self._figure_values(doc, quantities).first_ending.get(k)
            before = quantities[counted] if counted is not None else None
        if before is not None and span_value(q, "metric") == "SHARE" and before.start >= 3:
            lower = token_table(doc).lower
            j = before.start - 1 if lower[before.start - 1] in ("the", "all") else before.start
            part = self._figure_values(doc, quantities).first_ending.get(j - 1) if lower[j - 1] == "of" else None
            if part is not None and not is_modifier(quantities[part]):
                return "modifies", quantities[part]  # ``71 of the 174 deaths (41%)``: the share the part is (C27-12)
        if before is not None and self.is_age_or_duration(before):
            # ``youth aged 15 to 24 (-39,000; -1.4%)``: the age belongs to the group named before the bracket;
            # ``182,000 were minors aged under 18 (12.4%)``: a share is of the count the clause states
            if span_value(q, "metric") == "SHARE":
                lo, hi = self._span_range(quantities, sentence_range(doc, q.start)[0], before.start)
                owner = [x for x in quantities[lo:hi] if x.end <= before.start and not is_modifier(x)
                         and not self.is_age_or_duration(x)]
                if owner and not any(t.text in (",", ";", ":") for t in doc[owner[-1].end : open_at]):
                    return "modifies", owner[-1]
            return "describes", None
        if before is None and span_value(q, "metric") == "CHANGE":
            before = self._figure_with_noun_phrase(doc, quantities, open_at)
        if before is None and span_value(q, "metric") == "CHANGE":
            before = self._figure_of_clause(doc, quantities, periods, open_at)
        if before is None and span_value(q, "unit") in ("percentage point", "basis point"):
            # ``A fifth of indebted customers were repaying through a prepayment meter (-1.2 points on the quarter)``:
            # a change in points closing a clause that states one share is that share's change (C40-6)
            lo, hi = self._span_range(quantities, sentence_range(doc, q.start)[0], open_at)
            earlier = [x for x in quantities[lo:hi] if x.end <= open_at]
            if earlier and span_value(earlier[-1], "metric") == "SHARE" and span_value(earlier[-1], "unit") == "percent" \
                    and not any(t.text in (",", ";", ":", "(", ")") for t in doc[earlier[-1].end : open_at]):
                return "modifies", earlier[-1]
        if before is None and k >= 1 and span_value(q, "metric") == "CHANGE" and doc[k - 1].lower_ == "to" and \
                doc[k].is_alpha and not doc[k].is_title:
            # ``7.62 million treatments were waiting to start (+41,000 on the previous month)``: the bracket
            # closes a clause that states a figure, not a noun phrase: the change is of that figure
            sent_start = sentence_range(doc, q.start)[0]
            lo, hi = self._span_range(quantities, sent_start, open_at)
            earlier = [x for x in quantities[lo:hi] if x.end <= open_at and not is_modifier(x)]
            if earlier and not any(t.text in (";", ":") for t in doc[earlier[-1].end : open_at]):
                return "modifies", earlier[-1]
        if before is None and k >= 2 and span_value(q, "metric") == "CHANGE" and doc[k].lower_ in CHANGE_NOUN_WORDS and \
                doc[k - 1].lower_ in ("a", "an") and doc[k - 2].text == ",":
            # ``325.5 million recreation visits in 2023, a rise (+13.2 million; +4.2%) on 2022``: the bracket states the
            # apposed change noun's figures, of the figure the clause before the comma states (C44-7)
            lo, hi = self._span_range(quantities, sentence_range(doc, q.start)[0], k - 2)
            earlier = [x for x in quantities[lo:hi] if x.end <= k - 2 and not is_modifier(x)]
            if earlier and not any(t.text in (";", ":", "(", ")", ",") for t in doc[earlier[-1].end : k - 2]):
                return "modifies", earlier[-1]
        if before is None:
            if k < 0 or not is_nounish(doc[k]) or doc[k].is_punct:
                return None, None
            if span_value(q, "metric") == "SHARE":
                # ``329 were in the West Midlands (45%)``: the share of the figure the phrase places
                lo, hi = self._span_range(quantities, sentence_range(doc, q.start)[0], k)
                owner = [x for x in quantities[lo:hi] if x.end <= k and not is_modifier(x)]
                if owner and not any(t.text in (",", ";", ":") for t in doc[owner[-1].end : open_at]):
                    return "modifies", owner[-1]
            return "describes", None
        before_metric = span_value(before, "metric")
        if before_metric not in ("CHANGE", "SHARE") and span_value(q, "metric") == "CHANGE" and before.start >= 3:
            lower = token_table(doc).lower
            j = before.start - 1
            while j > 0 and lower[j] in BOUND_WORDS and lower[j] not in ("from", "to"):
                j -= 1
            timed = any(p.start >= before.end and p.end <= open_at for p in (*periods, *spans_of(doc, "BASELINE"))) or \
                any(w in ("earlier", "ago", "before", "previously") for w in lower[before.end : open_at])
            named = next((b for b in spans_of(doc, "BASELINE") if b.end == j), None) if lower[j] == "of" else None
            if named is not None and named.start >= 2 and lower[named.start - 1] in ("than", "from", "on"):
                # ``about 10 million more than the 2016 estimate of 40.3 million (+9.3 million; +23%)``: the bracket
                # restates the change compared with the named earlier value: it is of what that change is of (C48-30)
                change = next((x for x in quantities if span_value(x, "metric") == "CHANGE" and
                               named.start - 4 <= x.end <= named.start - 1), None)
                if change is not None and change is not q:
                    return "parallel", change
            if lower[j] == "from" or timed and (lower[j] in ("with", "to") and lower[j - 1] == "compared" or
                                                lower[j] in ("against", "versus")):
                # (``compared with 9,961 in Greater Sydney (+2.3%)``: another place's figure, its own change)
                # ``114 medicines in 2024, up from 77 in 2023 (an increase of 48.1%)``: the change of the figure the
                # earlier value is compared with, not of that value (C41-38)
                lo, hi = self._span_range(quantities, sentence_range(doc, q.start)[0], j)
                level = [x for x in quantities[lo:hi] if x.end <= j and not is_modifier(x)]
                if level and not any(t.text in (";", ":") for t in doc[level[-1].end : j]) and \
                        (span_value(before, "unit_kind") in (None, span_value(level[-1], "unit_kind")) or
                         not any(ch.isalpha() for ch in before.text)):  # (a bare earlier value: ``from 6,980``)
                    self._compared_brackets.add((q.start, q.end))
                    return "modifies", level[-1]
        if before_metric == "CHANGE" and span_value(q, "metric") == "CHANGE" and not self.is_level(doc, before):
            return "parallel", before
        if before.end == open_at and open_at == q.start - 1 and q.end < len(doc) and doc[q.end].text == ")" and \
                before_metric == span_value(q, "metric") and span_value(before, "unit") == span_value(q, "unit"):
            # ``Bank Rate, 2025 Q4: 3.75 per cent (4.00 per cent)``: the bracket holds the same measure's
            # other value (an earlier release's, an earlier period's): the same category, neither modifies
            return "parallel", before
        if before_metric == "SHARE" and span_value(before, "unit") == "percent" and span_value(q, "metric") == "CHANGE" \
                and bare_signed(q) and before.end == open_at:
            # ``The unemployment rate was 4.1% (+0.2)``, ``75.0% (+0.9; +1.2%)``: a signed bare figure right after a
            # rate is its change, in its points (C46-5, as C16-2 in a table)
            return "modifies", before
        if before_metric in ("CHANGE", "SHARE") and not (
                before_metric == "SHARE" and span_value(q, "unit") in ("percentage point", "basis point")):
            return None, None
        if before_metric == "COUNT" and is_rate(span_value(q, 'unit')) and \
                span_value(q, "unit_kind") == "count":
            # ``California: 2,113 (5.4)`` under ``(rate per 100,000 population in brackets)``: the rate of the
            # row's count is no share of it; both measure the row's category
            return "parallel", before
        return "modifies", before

    def _figure_of_clause(self, doc, quantities, periods, open_at: int) -> Span | None:
        """The figure whose clause a bracketed change closes (``cleared 192.8 million travellers through
        the air, land and sea checkpoints in 2023 (+84% on 2022)``, ``13,710 seagoing vessels called at the
        port between January and June (-2.8%)``): the last figure of the sentence that is no change, when
        no clause break stands between it and the bracket (a semicolon, a colon, a bracket, a comma that is
        not inside a list ``A, B and C``, or ``, and``)."""
        figure = self._last_level_before(doc, quantities, open_at)
        if figure is None:
            return None
        table = token_table(doc)
        lower, text = table.lower, table.text
        covered = {k for p in periods if figure.end <= p.start and p.end <= open_at for k in range(p.start, p.end)}
        between = [k for k in range(figure.end, open_at) if k not in covered]
        if not between or len(between) > 14:
            return None
        for n, k in enumerate(between):
            if text[k] in (";", ":", "(", ")") or table.number[k]:
                return None
            if text[k] == ",":
                rest = between[n + 1 :]
                if not rest or lower[rest[0]] in ("and", "or") or not any(lower[j] in ("and", "or") for j in rest) or \
                        not all(text[j] == "," or lower[j] in ("and", "or") or table.nounish[j] and not table.verb[j]
                                and not is_participle(lower[j]) for j in rest):
                    return None  # a clause, a participle or an apposition goes on after the comma
        return figure

    def shares_with_their_counts(self, doc, quantities, modifies) -> dict[Span, Span]:
        """A share followed by its count in brackets (``contributed 39% of Border Patrol encounters
        (22,635)``, ``at 39% (374,000 people) of non-EU immigration``): the share MODIFIES the count
        (GUIDELINES C2-3, C3-6), and a bare count takes the share's CATEGORY (returned, count → share). After a
        share compared with the sentence's share, the bracketed count is the earlier value of the sentence's count
        and takes its CATEGORY instead (returned, count → that count; C51-19)."""
        counted = {(c.head.start, c.head.end) for c in self._candidates_of(doc)
                   if c.label == "CATEGORY" and c.how == "after"}
        shared: dict[Span, Span] = {}
        for k, q in enumerate(quantities):
            if span_value(q, "metric") not in ("COUNT", "MONEY", "AMOUNT"):  # nor a change or share
                continue
            opening = self.bracket_opening(doc, q)
            if opening is None or doc[opening + 1 : q.start].text.strip(" +-") != "":
                continue  # the count must open its bracket
            share = next((x for x in reversed(quantities[:k]) if x.end <= opening), None)
            if share is not None and share._.metric == "SHARE" and share in modifies and share.end == opening and \
                    span_value(share, "unit_kind") in ("percent", "fraction") and modifies[share].end <= share.start \
                    and span_value(modifies[share], "metric") in ("COUNT", "MONEY", "AMOUNT") and \
                    (share.start, share.end) not in self._share_links:
                # ``Of the 4,777 incidents, about 38% (1,815) were violent``: the share of the whole before it is stated
                # with its own count in brackets, which it modifies; the count is the part (C2-3, C51-25)
                del modifies[share]
            if share is None or share._.metric != "SHARE" or share in modifies or sent_of(share).start != sent_of(q).start:
                continue
            if span_value(share, "unit_kind") not in ("percent", "fraction"):
                continue  # ``1.41 children per woman (1.47 in 2022)``: a rate and its earlier value, no count shared
            if _compared_share(doc, share, quantities, modifies):
                # ``the equivalent of 40.3 million informal workers, against 38.7% (39.4 million) in July``: two values
                # compared with, each of its own figure; the count takes the category of the sentence's count before
                # (C51-19)
                sent_start = sentence_range(doc, q.start)[0]
                earlier = [x for x in quantities[:k] if x.start >= sent_start and x.end <= share.start and
                           span_value(x, "metric") == span_value(q, "metric") and not self.in_parentheses(doc, x)]
                if earlier and (q.start, q.end) not in counted:
                    shared[q] = earlier[-1]
                continue
            gap = doc[share.end : opening]
            if len(gap) > 8 or (len(gap) and (gap[0].lower_ != "of" or any(
                    t.is_punct or is_verb(t) for t in gap[1:]))):
                continue  # only ``39% (N)`` or ``39% of <noun phrase> (N)``
            modifies[share] = q
            self._share_links.add((share.start, share.end))
            if (q.start, q.end) not in counted:
                shared[q] = share
        return shared

    def list_baselines(self, doc, quantities, baseline_of) -> None:
        """Changes listed together share the one comparison stated for some of them: ``after year-on-year increases of
        13.7% in July and 19.5% in June``, ``rose in the metal industry (+4.8%) and the food industry (+1.9%) compared
        with September 2023`` (C46-33), when the comparison opens the list's phrase or closes a list of bracketed
        changes. A list: changes in one unit, joined by commas and ``and`` with only noun phrases, brackets and times
        between them (no verb, no clause break)."""
        table = token_table(doc)
        lower, verb, nounish = table.lower, table.verb, table.nounish
        times = time_token_set(doc)
        run: list[Span] = []

        def close(run: list[Span]) -> None:
            if len(run) < 2:
                return
            found = {(b.start, b.end): b for q in run for b in baseline_of.get(q, ())}
            if len(found) != 1 or all(q in baseline_of for q in run):
                return
            shared = next(iter(found.values()))
            leading = shared.end <= run[0].start and run[0].start - shared.end <= 3  # ``year-on-year increases of``
            bracketed = shared.start >= run[-1].end and all(q.start >= 1 and lower[q.start - 1] == "(" for q in run)
            if not (leading or bracketed):
                return  # (``rose 1.0% this quarter, and 3.8% annually``: each its own comparison)
            for q in run:
                baseline_of.setdefault(q, [shared])

        for q in quantities:
            if span_value(q, "metric") != "CHANGE":
                close(run)
                run = []
                continue
            if run:
                last = run[-1]
                gap = range(last.end, q.start)
                joined = sentence_range(doc, last.start) == sentence_range(doc, q.start) and \
                    span_value(q, "unit") == span_value(last, "unit") and 0 < len(gap) <= 10 and \
                    any(lower[k] in ("and", ",") for k in gap) and \
                    all(lower[k] in ("and", ",", "(", ")", "the", "in") or k in times or
                        nounish[k] and not verb[k] and not table.number[k] for k in gap)
                if not joined:
                    close(run)
                    run = []
            run.append(q)
        close(run)

    def parallel_bracket_baselines(self, doc, quantities, modifies, baseline_of) -> None:
        """A change alone in brackets after its level, with no comparison of its own, is compared with what the earlier
        bracketed change of its sentence names inside its bracket: ``Rotavirus coverage was 89.6% in 2023-24 (-0.3
        percentage points on 2022-23), and PCV booster coverage was 90.7% (-0.5)`` → ``-0.5`` on ``2022-23`` (C46-18):
        the later clause states its change the same way, leaving the comparison out."""
        texts = token_table(doc).text
        for k, q in enumerate(quantities):
            if q in baseline_of or q not in modifies or span_value(q, "metric") != "CHANGE" or q.start < 2 or \
                    texts[q.start - 1] != "(" or q.end >= len(doc) or texts[q.end] != ")" or \
                    modifies[q].end != q.start - 1:
                continue
            sent_start = sentence_range(doc, q.start)[0]
            for c in reversed(quantities[:k]):
                if c.start < sent_start:
                    break
                if c not in baseline_of or c not in modifies or modifies[c] is modifies[q] or \
                        span_value(c, "metric") != "CHANGE":
                    continue
                opening = self.bracket_opening(doc, c)
                found = baseline_of[c]
                if opening is not None and len(found) == 1 and opening < found[0].start and \
                        found[0].end < len(doc) and texts[found[0].end] == ")" and \
                        modifies[c].end <= opening and any(t.text == "," for t in doc[c.end : q.start]) and \
                        not any(t.text in (";", ":") for t in doc[c.end : q.start]):  # (a clause after a semicolon
                    # may state a change of another kind: ``; the saving rate was revised down to 4.8 percent (-0.1)``)
                    baseline_of[q] = list(found)
                break

    def bracket_opening(self, doc, q) -> int | None:
        """The index of the ``(`` that opens the bracket ``q`` stands in (same sentence), or None."""
        if doc is self._doc and self._opened[q.start] == 0:
            return None  # every bracket opened before q in its sentence closes before q
        sent_start = sentence_range(doc, q.start)[0]
        texts = token_table(doc).text
        depth = 0
        for k in range(q.start - 1, max(sent_start, q.start - 12) - 1, -1):
            text = texts[k]
            if text == ")":
                depth += 1
            elif text == "(":
                if depth == 0:
                    return k
                depth -= 1
            elif text in (";", ".") and depth == 0 and k < q.start - 1:
                if text == ".":
                    return None
        return None

    # -- single changes and shares ---------------------------------------------------------------
    def figure_for_change(self, doc, q, quantities, modifies) -> Span | None:
        """The figure a change or share is stated of, or None when it stands alone."""
        sent_start, sent_end = sentence_range(doc, q.start)
        if self._counted is None or doc is not self._doc:
            self._counted = {(c.head.start, c.head.end) for c in self._candidates_of(doc)
                             if c.label == "CATEGORY" and c.how == "after" and c.head.label_ == q.label_}
        if self.is_level(doc, q):
            return None
        if span_value(q, "metric") == "SHARE" and apposed_noun_value(token_table(doc).lower, q.start) is not None:
            return None  # ``..., or 47.2% of the world total, a share that was 32.2% in 2013``: the share's earlier value
        if span_value(q, "metric") == "SHARE" and "per " in (span_value(q, "unit") or ""):
            return None  # ``36,136 cases ..., a notification rate of 8.0 per 100,000 population``: a rate is no part (C37-17)
        if span_value(q, "metric") == "SHARE" and not self.in_parentheses(doc, q) and self._row_share(doc, q):
            return None  # ``North   41,200   4.6`` under ``Region   Unemployed   Rate (%)``: the row's rate, of its label (C35-40)
        if q.start >= 1 and token_table(doc).text[q.start - 1] == "(" and self._dated_in_brackets(doc, q) and any(
                x.end == q.start - 1 and span_value(x, "unit") == span_value(q, "unit") for x in quantities):
            return None  # ``fell to 4.9 deaths per billion vehicle miles (5.1 a year earlier)``: the same measure earlier
        if span_value(q, "metric") == "SHARE" and q.start >= 1 and token_table(doc).lower[q.start - 1] == "from":
            return None  # ``ranged from 0.3 per 100,000 in Wyoming to 9.3 in Hawaii``: a start point, no change
        if span_value(q, "metric") == "SHARE" and _compared_share(doc, q, quantities, modifies):
            return None  # ``reached 38.9%, or 40.3 million workers, against 38.7% (39.4 million) in July``: the earlier
            # value of the share before it, no share of the count between (C51-5)
        stated = self._apposed_figure(doc, q, quantities)
        if stated is not None:
            return stated
        if span_value(q, "unit") in ("year", "month", "week") and span_value(q, "metric") == "CHANGE":
            # ``WHO region   2019   2021   Change`` above ``Americas   77.2   74.0   -3.2`` (years): the row's latest level
            # in the same time unit, which an age or duration elsewhere is not (C47-29)
            text = text_of(doc)
            row = [x for x in quantities if x.end <= q.start and span_value(x, "metric") == "AMOUNT" and
                   span_value(x, "unit") == span_value(q, "unit") and _same_table_row(text, x, q)]
            if row:
                return row[-1]  # ``was 4.9, up 0.6 from a year earlier``, ``increased by RMB580 billion, RMB510 billion less than``
        compared = self._compared_count_apposition(doc, q, quantities)
        if compared is not None:
            return compared  # ``184 people died in 173 fatal collisions ..., 29 more deaths (+19%) than in 2022``
        lo, hi = self._span_range(quantities, q.end, sent_end)  # the figures after q in its sentence
        if (q.start, q.end) in self._counted and not self._appositive_change(doc, q):
            # a change with its own counted noun (``added 63,000 jobs``) modifies only the level it reaches
            # (``increased by 38,000 people to 9,912,000``)
            counted_end = self._counted_end(doc, q)
            at = bisect_left([x.start for x in quantities], q.start) - 1
            if at >= 0 and span_value(quantities[at], "metric") == "CHANGE" and \
                    token_table(doc).lower[quantities[at].end : q.start] in (["or"], [",", "or"]) and \
                    (hi <= lo or not self._to_level(doc, q, quantities[lo], gap_start=counted_end)):
                # ``a decrease of 19.2% or 37,500 dwellings on the same period``: the same change restated, of the
                # figure the first one is of (C35-7)
                earlier = quantities[at]
                return modifies.get(earlier) or self.figure_for_change(doc, earlier, quantities, modifies)
            if hi > lo and self._to_level(doc, q, quantities[lo], gap_start=counted_end):
                self._reached.add((q.start, q.end))
                return quantities[lo]
            texts = token_table(doc).text
            if hi - lo > 1 and quantities[lo].start == counted_end + 1 and texts[counted_end] == "(" and \
                    quantities[lo].end < len(texts) and texts[quantities[lo].end] == ")" and \
                    self._to_level(doc, q, quantities[lo + 1], gap_start=quantities[lo].end + 1):
                # ``grew by 660,000 people (2.5%) to 27.1 million``: past the change restated in brackets
                self._reached.add((q.start, q.end))
                return quantities[lo + 1]
            return None
        columns = token_columns(doc)
        texts = token_table(doc).text
        # a parallel change after ``or`` or in brackets (``rose 5%, or $1.2 billion, to``, ``increased by
        # 39,000 (0.3%) to 14.4 million``): the level after it is reached by both
        times = time_token_set(doc)
        while hi - lo > 1 and is_modifier(quantities[lo]) and (self._parallel_gap(
                columns.span_text(q.end, quantities[lo].start), quantities[lo].end, texts) or
                [texts[i].lower() for i in range(q.end, quantities[lo].start) if i not in times] == [",", "or"] or
                q.start >= 1 and texts[q.start - 1] == "(" and texts[q.end : quantities[lo].start] == [";"] and
                quantities[lo].end < len(texts) and texts[quantities[lo].end] == ")"):
            # (``rose less (+10.46 US cents; +4.6%) to 237.81 US cents/lb``: a signed pair in the change's own bracket,
            # C44-8)
            # (``rose 4.1% in October, or $1.2 billion, to $30.5 billion``: past the change's time, C36-22)
            q_end = quantities[lo].end
            if q_end + 1 < len(texts) and texts[q_end].isalpha() and texts[q_end + 1] == ")":
                q_end += 1  # ``(660,000 people)``: the bracketed change's counted word
            elif (quantities[lo].start, quantities[lo].end) in self._counted:
                q_end = self._counted_end(doc, quantities[lo])  # ``rose by 0.4%, or 12,000 people, to`` (C35-7)
            q_end = _past_qualifier(texts, q_end)  # ``(+2.1% in volume terms)``
            q_end += 1 if q_end < len(texts) and texts[q_end] == ")" else 0
            lo += 1
            if self._to_level(doc, quantities[lo], quantities[lo], gap_start=q_end):
                self._reached.add((q.start, q.end))
                return quantities[lo]
        if hi > lo and self._to_level(doc, q, quantities[lo]):
            self._reached.add((q.start, q.end))
            return quantities[lo]
        if hi - lo > 1 and self.from_to(doc, q, quantities[lo], quantities[lo + 1]):
            self._reached.add((q.start, q.end))
            return quantities[lo + 1]  # ``increased by around 0.3 million from 84.4 million to 84.7 million``
        lo, hi = self._span_range(quantities, sent_start, q.start)
        if hi > lo and any(c.label == "CATEGORY" and c.how == "object" and c.head is q and
                           c.child.start >= quantities[hi - 1].end for c in self._candidates_of(doc)):
            # ``six days of strike action ..., which ... reduced the number of services run by around a fifth``: the
            # verb's object names what changed, no figure before it (C37-9)
            return None
        ages = self._ages(doc, quantities)
        figures = self._figure_values(doc, quantities)
        metrics, units, ends, parentheses = figures.metrics, figures.units, figures.ends, figures.parentheses
        in_points = span_value(q, "unit") in ("percentage point", "basis point")
        q_in_parentheses = self.in_parentheses(doc, q)
        first = max(lo, hi - 2 * LOOK_BACK)
        if not in_points and (hi <= first or figures.furthest[hi - 1] <= q.start):
            # every earlier figure ends before q, and shares are passed over: step from one figure that
            # is neither a share nor an age to the next, among the LOOK_BACK nearest that are no age
            counted, previous = figures.steps(ages)
            seen = counted[hi] - counted[first] if hi > first else 0
            k = previous[hi]
            money_change = span_value(q, "metric") == "CHANGE" and span_value(q, "unit_kind") == "currency"
            while k >= first and counted[hi] - counted[k] <= LOOK_BACK:
                candidate = quantities[k]
                if money_change and metrics[k] == "COUNT" and (candidate.start, candidate.end) in self._counted and \
                        not parentheses[k]:
                    return None  # ``Elderly benefits, paid to about 7.4 million seniors ..., rose by $4.2 billion``: a
                    # change in money is of no count (C50-7)
                if metrics[k] == "SHARE" and span_value(q, "metric") == "SHARE":
                    k = previous[k]  # (a rate is no share's whole: ``2019  2023`` cells of a rate table, C28-15)
                    continue
                if candidate in modifies and metrics[k] == "CHANGE" and self._share_stated_after(doc, q, candidate):
                    return modifies[candidate]  # ``... 1.01 trillion yuan. Increase 5.6%, accounting for 15.3% of``
                if candidate not in modifies and (q_in_parentheses or not parentheses[k] or
                                                  self._bracketed_subject_value(doc, candidate, q)) and \
                        not self._compared_value(doc, candidate, quantities, lo) and \
                        not self._group_size(doc, candidate, q):
                    if metrics[k] == "CHANGE":
                        return None
                    if self.new_clause_between(doc, candidate, q):
                        return None
                    lower = token_table(doc).lower
                    if k > lo and candidate.start >= 1 and lower[candidate.start - 1] == "from" and \
                            all(lower[i] == "," or i in times for i in range(quantities[k - 1].end, candidate.start - 1)) and \
                            quantities[k - 1].start >= 1 and \
                            lower[quantities[k - 1].start - 1] == "to" and metrics[k - 1] != "CHANGE":
                        # ``grew to 35,729 from 29,009 in the same period of 2023, an increase of 23%``, ``rose to
                        # $9,095, from $8,850, an increase of 2.8%``, ``fell to 1.25 million in 2023, from 1.32 million in
                        # 2022, a decline of 23%``: the level reached, not the value it grew from
                        return quantities[k - 1]
                    if k > lo and span_value(q, "metric") == "SHARE" and candidate.start >= 2 and \
                            lower[candidate.start - 1] == "the" and lower[candidate.start - 2] == "of" and \
                            quantities[k - 1].end == candidate.start - 2 and \
                            span_value(quantities[k - 1], "metric") == span_value(candidate, "metric"):
                        # ``accounted for 607 of the 1,165 additional incidents, or just over half``: the share of the
                        # part, not of the whole it is part of (C51-24)
                        return quantities[k - 1]
                    return _same_measure_before(q, k, quantities, first, figures, modifies) or \
                        self._level_left(doc, k, quantities, lo, units) or candidate
                k = previous[k]
            if not seen or self._plain_between(doc, quantities, lo, hi, q.start) == 0:
                return self.figure_from_previous_sentence(doc, q, quantities, modifies)
            return None
        seen = 0  # the earlier figures of the sentence looked at, nearest first: at most LOOK_BACK
        skipped_earlier: list = []  # the figure right before an earlier value passed over
        for k in range(hi - 1, first - 1, -1):
            if ends[k] > q.start or ages[k]:
                continue  # not before q, or an age or duration
            seen += 1
            if seen > LOOK_BACK:
                break
            metric = metrics[k]
            if in_points:
                candidate = quantities[k]
                if self._target_value(doc, candidate):
                    continue  # ``stood at 72.1%, slightly below the 75% target and 1.8 percentage points lower``
                low = token_table(doc).lower
                if candidate.start >= 2 and low[candidate.start - 1] == "from" and \
                        low[candidate.start - 2] in ("up", "down") and k > lo:
                    skipped_earlier.append(quantities[k - 1])
                    continue  # ``fell to 15.2% (-0.4 pp), down from 15.6% in the second quarter but still 1.0 pp above
                    # its level a year earlier``: the earlier value, not the level the points compare (C42-22)
                if metric == "SHARE" and not (not q_in_parentheses and parentheses[k] and self._dated_bracket(doc, candidate)):
                    # a change of a share: ``or 50.3 percent of the total, 1.8 points higher``; not a bracketed earlier
                    # value (``6.2%, a decline of 0.6 percentage point from the quarter ... (6.8%) and of 1.4 percentage
                    # points compared with ...``)
                    return self._level_left(doc, k, quantities, lo, units) or candidate
                # points change a figure in percent only: a rate, or a growth rate (``up 6.3%
                # year-on-year, 1.1 percentage points higher than the national average``)
                if units[k] == "percent" and not (not q_in_parentheses and parentheses[k]):
                    return self._level_left(doc, k, quantities, lo, units) or candidate
                if units[k] in ("percentage point", "basis point") and candidate in modifies and \
                        self._gapped_change(doc, candidate, q):
                    return modifies[candidate]  # ``a decline of 0.6 percentage point from ... and of 1.4 percentage points``
                if units[k] in ("percentage point", "basis point") and candidate in modifies and \
                        _same_table_row(text_of(doc), candidate, q):
                    return modifies[candidate]  # ``Employment rate (%)   75.1   +0.1   +0.1``: two change columns (C31-9)
                if units[k] in ("percentage point", "basis point") and parentheses[k] and candidate in modifies and \
                        not q_in_parentheses and any(x is candidate for x in skipped_earlier):
                    continue  # (``fell to 15.2% (-0.4 pp), down from 15.6% ... but still 1.0 pp above``: past the
                    # bracketed change of the level too, C42-22)
                if units[k] in ("percentage point", "basis point") or self.new_clause_between(doc, candidate, q):
                    return None
                continue
            if metric == "SHARE" and (not is_rate(units[k]) or span_value(q, "metric") == "SHARE"):
                continue  # a share is no change's figure (a rate per population is a level a change is of, C28-15)
            candidate = quantities[k]
            if candidate in modifies or self._group_size(doc, candidate, q):
                continue
            if not q_in_parentheses and parentheses[k]:
                continue
            if metric == "CHANGE":
                return None
            if self.new_clause_between(doc, candidate, q):
                return None
            return _same_measure_before(q, k, quantities, first, figures, modifies) or \
                self._level_left(doc, k, quantities, lo, units) or candidate
        if not seen or self._plain_between(doc, quantities, lo, hi, q.start) == 0:
            return self.figure_from_previous_sentence(doc, q, quantities, modifies)
        return None

    def _contributed_after(self, doc, q, quantities) -> Span | None:
        """The figure of the group a contribution in points is of (``General dealers grew 3.2%, contributing 1.4
        percentage points``, ``(8.1%, contributing 0.9 of a percentage point)``: the figure right before ``,
        contributing``; a cell under a ``Contribution`` header: its row's first figure); the contribution is the same
        group's and changes no figure (C2-2); ``q`` itself when the group has no figure; else None."""
        if span_value(q, "unit") not in ("percentage point", "basis point"):
            return None
        text = text_of(doc)
        if "\n" in text:
            header = text_tables.header_cell(text, q.start_char)
            if header is not None and CONTRIBUTION.search(header.text):
                # ``Annual change   Contribution`` above ``Food   3.1   0.35``: the row's contribution, of the group its
                # first figure measures (C30-5)
                line_start = text_tables.line_bounds(text, q.start_char)[0]
                return next((x for x in quantities if line_start <= x.start_char < q.start_char), q)
        lower = token_table(doc).lower
        k = q.start - 1
        while k > 0 and lower[k] in ("about", "around", "some", "nearly", "almost", "roughly", "an", "a"):
            k -= 1
        if k < 2 or lower[k] not in _CONTRIBUTING or lower[k - 1] not in (",", "and"):
            return None
        ending = self._figure_values(doc, quantities).first_ending.get(k - 1)
        figure = quantities[ending] if ending is not None else None
        if figure is None or figure is q or span_value(figure, "unit") != "percent" or \
                sentence_range(doc, figure.start)[0] != sentence_range(doc, q.start)[0]:
            # (``General dealers were the largest contributors to the 2.1% increase, adding 1.4 percentage points``:
            # the subject's contribution, no change of the figure before; its category is the clause's)
            return q if lower[k - 1] == "," else None
        return figure

    @staticmethod
    def _bracketed_subject_value(doc, candidate, q) -> bool:
        """Whether ``candidate`` is the figure of ``q``'s clause written in brackets after its subject (``the number
        in July to September 2024 (10,610) was 22% higher than``): only a copula stands between the bracket and ``q``."""
        lower = token_table(doc).lower
        close = candidate.end
        if close >= len(lower) or lower[close] != ")" or candidate.start < 2 or lower[candidate.start - 1] != "(":
            return False
        between = lower[close + 1 : q.start]
        return 0 < len(between) <= 3 and between[0] in ("was", "were", "is", "are") and \
            all(w in ("was", "were", "is", "are", "about", "around", "nearly", "almost", "some") for w in between)

    @staticmethod
    def _named_column_cell(doc, q, target, quantities) -> Span | None:
        """The cell of ``q``'s row under the column its change column names (``Exports   Imports   Balance   Exports
        growth`` above ``Travel   125.4   98.1   +27.3   +18.7``: the growth is of the exports, 125.4), when ``target``
        is another cell of the row; else None (C42-35)."""
        text = text_of(doc)
        if "\n" not in text:
            return None
        header = text_tables.header_cell(text, q.start_char)
        if header is None or not CHANGE_HEADING.search(header.text.lower()):
            return None
        line_start, _ = text_tables.line_bounds(text, q.start_char)
        if not line_start <= target.start_char < q.start_char:
            return None
        named = [x for x in quantities if line_start <= x.start_char < q.start_char and x is not target and
                 (cell := text_tables.header_cell(text, x.start_char)) is not None and
                 cell.line_start == header.line_start and len(cell.text) > 2 and
                 re.fullmatch(r"[A-Za-z][A-Za-z &'-]*", cell.text.strip()) and not text_tables.time_cell(cell.text) and
                 not CHANGE_HEADING.search(cell.text.lower()) and
                 re.search(r"\b" + re.escape(cell.text.lower()) + r"\b", header.text.lower())]
        return named[0] if len(named) == 1 else None

    @staticmethod
    def _latest_dated_cell(doc, q, target, quantities, modifies) -> Span:
        """The cell of ``q``'s row under the latest time of the header, when ``q`` is a cell of a change column and
        ``target`` a cell under an earlier time (``Crime   Oct 2025   Oct 2024   % change`` above ``Robbery   1,204
        1,310   -8.1``: the change is of October 2025's 1,204, not of the value it is compared with); else
        ``target``."""
        text = text_of(doc)
        header = text_tables.header_cell(text, q.start_char)
        if header is None or not CHANGE_HEADING.search(header.text.lower()):
            return target
        dated = []
        line_start, _ = text_tables.line_bounds(text, q.start_char)
        for x in quantities:
            if not (line_start <= x.start_char < q.start_char) or x in modifies or \
                    span_value(x, "unit") != span_value(target, "unit"):
                continue
            cell = text_tables.header_cell(text, x.start_char)
            # (a time with its scale: ``Q3 2024 (000s)``, C35-23)
            named = re.sub(r"\s*\([^()]*\)\s*$", "", cell.text) if cell is not None else ""
            if cell is None or cell.line_start != header.line_start or not text_tables.time_cell(named):
                continue
            end = period_dates(named, None)[1]
            span = _YEAR_SPAN.fullmatch(named.strip()) if end is None else None
            if span is not None:
                # ``Tax   2024-25   2023-24   Change``: a financial year, ordered by the year it ends (C40-53)
                first, last = span.group(1), span.group(2)
                end = f"{first[:4 - len(last)]}{last}-12-31"
            if end is None:
                return target
            dated.append((end, x))
        if len(dated) < 2 or target not in [x for _, x in dated] or len({end for end, _ in dated}) < len(dated):
            return target
        return max(dated, key=lambda item: item[0])[1]

    @staticmethod
    def _level_left(doc, k: int, quantities, lo: int, units) -> Span | None:
        """The level stated before ``quantities[k]`` when that figure is the value it moved from (``was 72.1% in
        November, down from 73.0% in October but 2.3 percentage points higher than in November 2023``): a later change
        compares the level, not the value left behind (C25-4); None otherwise."""
        candidate = quantities[k]
        lower = token_table(doc).lower
        if k <= lo or candidate.start < 3 or lower[candidate.start - 1] != "from" or \
                lower[candidate.start - 2] not in ("up", "down") or lower[candidate.start - 3] != ",":
            return None
        level = quantities[k - 1]
        if units[k - 1] != units[k] or span_value(level, "metric") == "CHANGE" or \
                any(w in (";", ".") for w in lower[level.end : candidate.start]):
            return None
        return level

    @staticmethod
    def _dated_bracket(doc, q) -> bool:
        """Whether the figure ``q`` stands in brackets right after a time phrase, as the value at that time (``from the
        quarter from May to July 2024 (6.8%)``), not as a restatement (``had the lowest (38.9%)``, ``a quarter
        (27.8%)``)."""
        if q.start < 2 or token_table(doc).text[q.start - 1] != "(":
            return False
        return any(s.end == q.start - 1 for s in spans_of(doc) if s.label_ in ("PERIOD", "BASELINE"))

    @staticmethod
    def _gapped_change(doc, earlier, q) -> bool:
        """Whether the change ``q`` repeats the change ``earlier`` of its sentence with its noun or verb left out
        (``a decline of 0.6 percentage point from ... (6.8%) and of 1.4 percentage points compared with``): ``and``
        then the preposition of the earlier change (``of``, ``by``) right before ``q``."""
        lower = token_table(doc).lower
        k = q.start - 1
        if k >= 2 and lower[k] in ("still", "yet") and lower[k - 1] == "but":
            k -= 1  # (``up 3.9 percentage points on 2022 but still 8.2 points below 2019``)
        if k >= 1 and lower[k] in ("and", "but") and span_value(earlier, "unit") == span_value(q, "unit") and \
                earlier.start >= 1 and (lower[earlier.start - 1] in vocabulary("figure_direction_words") or
                                        lower[earlier.start - 1] in CHANGE_VERB_WORDS or
                                        q.end < len(lower) and lower[q.end] in COMPARATIVES_UP | COMPARATIVES_DOWN |
                                        {"below", "above"}) and \
                not any(w in (".", ";", "while", "whereas", "but") for w in lower[earlier.end : k]):
            # ``down 0.5 percentage points against the previous quarter and 1.3 points from ...`` (C35-4); ``up 3.9
            # percentage points on 2022 but 8.2 points below 2019``: ``but`` right before it opens no clause (C45-18)
            return True
        if k < 1 or lower[k] not in ("of", "by") or lower[k - 1] != "and":
            return False
        return earlier.start >= 1 and lower[earlier.start - 1] == lower[k] and \
            not any(w in (".", ";") for w in lower[earlier.end : q.start])

    def _group_size(self, doc, candidate, q=None) -> bool:
        """Whether ``candidate`` counts the places or groups a clause is about rather than stating a figure a
        later change or share is of (C28-10): a count with its noun after a locative preposition or a
        demonstrative (``prices rose in 18 counties, with the largest increase, 9 percent``, ``these five
        counties together accounted for 39%``, ``within these two forms of construction 97.5% of all
        dwellings were built``)."""
        if (candidate.start, candidate.end) not in self._counted or span_value(candidate, "metric") != "COUNT":
            return False
        lower = token_table(doc).lower
        if q is not None and all(w in (",", "(") for w in lower[self._counted_end(doc, candidate) : q.start]):
            return False  # ``carried in 695 boats, 15% more than``: the change stated right after the count
        k = candidate.start - 1
        if k >= 1 and lower[k] in ("these", "those") and lower[k - 1] not in ("of", "among") or \
                k >= 1 and lower[k] in ("the", "these", "those") and lower[k - 1] in GROUP_PREPOSITIONS:
            return True
        if k >= 2 and lower[k] in ("the", "these", "those", "its", "their") and lower[k - 1] == "of" and \
                lower[k - 2] in ("one", "each", "any", "none", "either"):
            return True  # ``waiting for one of the 15 key diagnostic tests, an increase of 31,200``: a set (C37-21)
        if k >= 0 and lower[k] == "the" and candidate.end < len(lower) and lower[candidate.end] in _RANKED_GROUP_WORDS or \
                k >= 1 and lower[k] in ("top", "bottom") and lower[k - 1] == "the":
            return True  # ``flights at the 10 largest UK airports were on time on 65% of occasions``, ``the remittances from
            # the top 10 countries accounted for 80.2 percent``: a ranked set (C39-21)
        return k >= 0 and lower[k] in GROUP_PREPOSITIONS

    @staticmethod
    def _share_stated_after(doc, q, change) -> bool:
        """Whether the share ``q`` follows ``change`` in its clause as what the changed figure accounts for (``up 5.6%,
        accounting for 15.3% of``, ``, representing 12%``): the share is of the figure the change modifies."""
        if span_value(q, "metric") != "SHARE":
            return False
        lower = token_table(doc).lower
        gap = [w for w in lower[change.end : q.start] if w not in (",", "about", "around", "nearly", "some", "almost")]
        while gap and gap[0] in ("year-on-year", "yoy"):
            gap = gap[1:]
        return gap in (["accounting", "for"], ["accounted", "for"], ["representing"], ["making", "up"],
                       ["and", "accounting", "for"], ["and", "accounted", "for"])

    @staticmethod
    def _target_value(doc, candidate) -> bool:
        """Whether ``candidate`` names a target or a standard (``below the 75% target``, ``the 4-hour standard``): a value
        the figure is measured against, never the figure a change is stated of."""
        lower = token_table(doc).lower
        return candidate.start >= 1 and candidate.end < len(lower) and lower[candidate.start - 1] in ("the", "a", "its") \
            and lower[candidate.end] in _TARGET_NOUNS

    @staticmethod
    def _compared_value(doc, candidate, quantities, lo: int) -> bool:
        """Whether ``candidate`` is the earlier value a level of its sentence is compared with (``is placed at ₹44.10
        lakh crore as against ₹41.86 lakh crore in Q2 of 2023-24, which works out to a growth rate of 5.4 per
        cent``): after ``against``, ``versus`` or ``compared with``, with a figure of its sentence before it. A change
        stated after both changes the level, not the value it is compared with."""
        lower = token_table(doc).lower
        k = candidate.start - 1
        if k < 1:
            return False
        cued = lower[k] in ("against", "versus", "vs", "vs.") or lower[k] in ("with", "to") and lower[k - 1] == "compared" \
            or lower[k] == "of" and any(b.end == k for b in spans_of(doc, "BASELINE")) \
            or lower[k] == "the" and lower[k - 1] in ("times", "double", "twice", "triple", "treble", "than")
        # (``more than three times the 176 GW installed in 2019 and almost double the 2019-2023 average``: the value a
        # multiple is of, which no later change modifies, C40-57)
        # (``a rise of 2.6 million tonnes on the September forecast of 57.6 million tonnes, 28% above the 2023–24
        # harvest``: the baseline's value, C39-13)
        return cued and any(x.end <= k and x.start >= sentence_range(doc, candidate.start)[0] for x in quantities[lo:])

    @staticmethod
    def _parallel_gap(gap: str, end: int, texts: list[str]) -> bool:
        """Whether the text ``gap`` before a change ending at token ``end`` makes it a parallel one:
        ``, or`` or an opening bracket closed right after it."""
        if end + 1 < len(texts) and texts[end].isalpha() and texts[end + 1] == ")":
            end += 1  # ``(660,000 people)``: the bracketed change's counted word before the bracket closes
        end = _past_qualifier(texts, end)  # ``rose 3.3% (+2.1% in volume terms) to``
        opening = re.sub(r"^[A-Za-z-]+\s+(?=\()", "", gap.strip())  # ``660,000 people (2.5%)``, ``0.5% quarter-on-quarter (2.0%``
        opening = re.sub(r"\s+", " ", opening).lower()
        # ``rose $209m (less than 1%)``, ``fell by 2,100 (nearly 3%)``: a bound inside the bracket (C31-19)
        opening = re.sub(r"^\((?:about|around|almost|nearly|roughly|some|approximately|less than|more than|over|under|"
                         r"just over|just under)$", "(", opening)
        gap = re.sub(r"^\s*" + ANNUAL_RATE_QUALIFIER.pattern, "", gap)
        # (``increased 4.7 percent at an annual rate, or $334.9 billion, ... to a level of``: the rate's qualifier, C35-19)
        return gap.strip(" ,").lower() == "or" or (
            opening in ("(", "(+", "(-", "(−", "(or", "( or") and end < len(texts) and texts[end] == ")")

    def _absolute_construction(self, doc, q) -> bool:
        """Whether ``q`` follows its own subject and a direction word (``exports up 7.4%``, ``the index for food at home
        rising 0.1%``): the rules' category for it ends right before that word."""
        lower = token_table(doc).lower
        k = q.start - 1
        while k > 1 and lower[k] in BOUND_WORDS and lower[k] not in ("up", "to", "than", "over", "under", "above", "below"):
            k -= 1  # ``with energy prices down some 3 percent``: past the bound (C48-15)
        if k < 1 or lower[k] not in FIGURE_DIRECTION_WORDS or q.end < len(lower) and (
                lower[q.end] == "to" or lower[q.end] == "(" and not self._parallel_bracket(doc, q.end)):
            return False  # (``with dry peas up 15.0% to 3.00 Mt``: the change of the level it reaches)
        subject = next((c.child for c in self._candidates_of(doc) if c.label == "CATEGORY" and c.how == "label" and
                        c.head.start == q.start and c.child.end == k), None)
        if subject is None or subject.start < 1 or lower[subject.start] in ("latter", "former", "the"):
            return False
        opener = subject.start - 1
        while opener > 0 and lower[opener] in ("the", "a", "an"):
            opener -= 1
        # ``, with exports up 7.4% and imports down 3.7%``: a clause of absolute constructions after ``with``
        return lower[opener] == "with" or lower[opener] == "and" and "with" in lower[max(0, opener - 12) : opener]

    @staticmethod
    def _parallel_bracket(doc, opening: int) -> bool:
        """Whether the bracket opening at token ``opening`` holds only the same change in another unit (``up $9.2
        billion (8.1 per cent)``): a figure and its unit words, no level it reaches (``to``, ``from``)."""
        table = token_table(doc)
        lower, number = table.lower, table.number
        close = next((m for m in range(opening + 1, min(len(lower), opening + 7)) if lower[m] == ")"), None)
        return close is not None and close > opening + 1 and number[opening + 1] and \
            not any(w in ("to", "from", "of", ";", ",") for w in lower[opening + 1 : close])

    def compared_again(self, doc, quantities, modifies) -> None:
        """A change compared again with another time after ``and`` modifies what the first comparison modifies:
        ``increasing by 7.1 percent year on year, 0.4 percentage points lower than at end-October and 2.9 percentage
        points lower than a year earlier`` (C16-17)."""
        table = token_table(doc)
        lower = table.lower
        times = time_token_set(doc)  # (the tokens of PERIOD and BASELINE spans)
        joiners = COMPARATIVES_UP | COMPARATIVES_DOWN | {"than", "at", "in", "on", "the", "and", ",", "from",
                                                         "compared", "with", "to"}
        for k in range(1, len(quantities)):
            q, before = quantities[k], quantities[k - 1]
            target = modifies.get(before)
            if q in modifies or target is None or target is q or span_value(q, "metric") != "CHANGE" or \
                    span_value(before, "unit") != span_value(q, "unit") or q.end + 1 >= len(lower) or \
                    lower[q.end] not in COMPARATIVES_UP | COMPARATIVES_DOWN or lower[q.end + 1] != "than":
                continue
            gap = [i for i in range(before.end, q.start) if i not in times]
            if gap and lower[gap[-1]] == "and" and all(lower[i] in joiners for i in gap) and \
                    lower[before.end] in COMPARATIVES_UP | COMPARATIVES_DOWN:
                modifies[q] = target
        for k in range(1, len(quantities)):
            q, before = quantities[k], quantities[k - 1]
            target = modifies.get(before)
            # ``stood at 6.8 million, down 7.3% in the quarter, or 537 thousand fewer people``: the change restated after
            # ``, or`` past the first one's time modifies what the first does (C36-22)
            if q in modifies or target is None or span_value(q, "metric") != "CHANGE" or \
                    span_value(before, "metric") != "CHANGE" or q.start < 2 or lower[q.start - 1] != "or" or \
                    token_table(doc).text[q.start - 2] != "," or span_value(q, "unit_kind") == span_value(before, "unit_kind"):
                continue
            if all(i in times for i in range(before.end, q.start - 2)):
                modifies[q] = target
        for q, target in list(modifies.items()):
            # ``admitted 483,640 ..., slightly below the target of 485,000 set in the plan and 2.2% more than the
            # 471,550 admitted in 2023``: a figure a level is compared with (``below the target of``) is no figure a
            # later change of the sentence modifies; the level compared is (C36-28)
            k = target.start - 1
            if span_value(q, "metric") != "CHANGE" or target.start >= q.start or k < 3 or lower[k] != "of" or \
                    lower[k - 2] != "the" or lower[k - 3] not in ("below", "above", "short", "exceeding", "than", "beyond"):
                continue
            sent_start = sentence_range(doc, q.start)[0]
            level = next((x for x in reversed(quantities) if sent_start <= x.start and x.end <= k - 3 and x not in modifies
                          and span_value(x, "metric") == span_value(target, "metric")), None)
            if level is not None:
                modifies[q] = level
        for k in range(2, len(quantities)):
            q, value, first = quantities[k], quantities[k - 1], quantities[k - 2]
            target = modifies.get(first)
            # ``is estimated at 3,188,600, up 30.6% from 2,440,592 in the same month of 2023 and 28.0% higher than
            # November 2019``: the second comparison, after ``and``, modifies what the first does, never the value the
            # first started from (C36-18)
            if target is None or modifies.get(q) not in (None, value) or target is value or \
                    span_value(q, "metric") != "CHANGE" or span_value(first, "metric") != "CHANGE" or \
                    value.start != first.end + 1 or lower[first.end] != "from" or q.end >= len(lower) or \
                    lower[q.end] not in COMPARATIVES_UP | COMPARATIVES_DOWN | {"above", "below"}:
                continue
            gap = [i for i in range(value.end, q.start) if i not in times]
            if gap and lower[gap[-1]] == "and" and all(lower[i] in joiners for i in gap):
                modifies[q] = target

    @staticmethod
    def _row_share(doc, q) -> bool:
        """Whether the share ``q`` is a cell of a text table's row whose first cell is a label (words, no figure), under
        a header that names a rate or a bare percent, not a share (``Rate (%)``, ``(%)``): a measure of what the row
        names, not a share stated of the row's other figures."""
        text = text_of(doc)
        column = text_tables.column_of(text, q.start_char)
        if not column:
            return False
        header = text_tables.header_cell(text, q.start_char)
        if header is not None and _SHARE_COLUMN.search(header.text):
            return False  # ``Share of total (%)``: the share the row's count is of the whole, stated of that count
        line_start, line_end = text_tables.line_bounds(text, q.start_char)
        cells = [(a, b) for a, b in text_tables.cells(text[line_start:line_end]) if b > a]
        if len(cells) >= 3 and text_tables.rank_cell(text[line_start + cells[0][0] : line_start + cells[0][1]]):
            cells = cells[1:]  # (a ranked table's label after its rank, C35-41)
        first = next((text[line_start + a : line_start + b] for a, b in cells if b > a), "")
        if text_tables.period_label(first) or text_tables.time_cell(first):
            return True  # ``2023   151.8   4.6`` under ``Year   Unemployed ('000)   Unemployment rate (%)``: the column's rate
        return bool(re.search(r"[A-Za-z]{2}", first)) and not re.search(r"[0-9]", first)

    def _apposed_figure(self, doc, q, quantities) -> Span | None:
        """The figure right before the comma that opens a change with its own cue: ``was 4.9, up 0.6 from a year
        earlier``, ``increased by RMB580 billion, RMB510 billion less than in November 2023`` (C16-17); else None."""
        if span_value(q, "metric") != "CHANGE":
            return None
        table = token_table(doc)
        lower = table.lower
        k = q.start - 1
        noun_form = False
        if k >= 1 and lower[k] in ("up", "down"):
            k -= 1  # ``, up 0.6``
        elif self._appositive_change(doc, q):
            k = q.start - 1
            while lower[k] != ",":
                k -= 1  # ``, an increase of 4%``
            noun_form = True
        elif not (q.end + 1 < len(lower) and lower[q.end] in COMPARATIVES_UP | COMPARATIVES_DOWN and
                  lower[q.end + 1] == "than"):
            return None
        if k < 1 or lower[k] != ",":
            return None
        figures = self._figure_values(doc, quantities)
        ending = figures.first_ending.get(k)
        if ending is None and noun_form:
            # ``welcomed almost 2.3 million passengers in November, an increase of 4% on the same month last year``:
            # the level's counted noun and its time between it and the comma (C35-5)
            time_tokens = time_token_set(doc)
            m, words = k - 1, 0
            # (``At least 8,565 migrants died or went missing on migration routes in 2023, an increase of 1,424``:
            # past the verbs of a clause whose subject is a count with its noun, C47-19)
            counted_clause = any(x.end < k and x.end < len(lower) and table.alpha[x.end] and
                                 span_value(x, "metric") == "COUNT" and sentence_range(doc, x.start)[0] ==
                                 sentence_range(doc, q.start)[0] and x.start - sentence_range(doc, x.start)[0] <= 3
                                 for x in quantities if x.end <= k)
            while m >= 0 and words <= 10:
                if lower[m] == ")" and "(" in lower[max(0, m - 8) : m]:
                    # ``1,204 kilograms of cocaine at the ports (2023: 872 kg), an increase of 38%``
                    m = max(i for i in range(max(0, m - 8), m) if lower[i] == "(")
                    if m in figures.first_ending:
                        break  # ``118.97 million hectares (1,784.5 million mu), an increase of``
                    m -= 1
                    continue
                if m in figures.first_ending:
                    break
                if not (m in time_tokens or lower[m] in ("of", "at", "in", "on", "the", "for", "from") or (
                        table.nounish[m] and not table.verb[m] and not table.punct[m]) or
                        counted_clause and not table.punct[m] or
                        _fiscal_year_piece(doc, m)):
                    break  # (``£132.4 billion of 2022-23, a drop of``: a fiscal year no time rule dates, C47-26)
                m, words = m - 1, words + 1
            before = figures.first_ending.get(m)
            if before is not None and not is_modifier(quantities[before]):
                ending = before
        figure = quantities[ending] if ending is not None else None
        if figure is None or figure is q or is_margin(figure) or sentence_range(doc, figure.start)[0] != \
                sentence_range(doc, q.start)[0]:
            return None
        cue = figure.start - 1
        while cue >= 1 and cue > figure.start - 3 and (lower[cue] == "the" or doc[cue].is_lower and doc[cue].is_alpha and
                                                        lower[cue - 1] == "the"):
            cue -= 1  # (``from the exceptional £132.4 billion of 2022-23, a drop of £21.8 billion``, C47-26)
        if noun_form and cue >= 0 and lower[cue] in ("with", "from", "than", "against", "to", "versus", "vs", "over",
                                                     "on"):
            # ``fell to 9,645 in 2024, compared with 12,644 in 2023, a decrease of 24 percent``: no value compared with
            # is the figure changed; the level right before ``from`` is (``fell to £110.6 billion from the exceptional
            # £132.4 billion of 2022-23, a drop of £21.8 billion``, C47-26)
            level = next((x for x in quantities if x.end == cue), None) if lower[cue] == "from" else None
            return level if level is not None and not is_modifier(level) else None
        if noun_form and self._group_size(doc, figure):
            return None  # ``waiting for one of the 15 key diagnostic tests, an increase of 31,200`` (C37-21)
        return figure

    @staticmethod
    def _without_shared_head(doc, found: list) -> list:
        """The coordinated names of a list without the plural they share, written once after the last (``in the
        Yuma, Tucson and El Paso sectors`` → ``El Paso``): the other items are bare names, the last one a name and
        that plural (C21-34); and without the subject run into the last name when no comma follows a fronted list
        (``In Lisbon, Porto and Faro the occupancy rate was``)."""
        start, end, head = found[-1]
        table = token_table(doc)
        cut = next((m for m in range(start + 1, end) if table.lower[m] in ("the", "a", "an") and
                    table.text[m - 1][:1].isupper()), None)
        if cut is not None and len(found) >= 2:
            # ``In Lisbon, Porto and Faro the occupancy rate was ...``: the last name ends where the subject begins
            return found[:-1] + [(start, cut, cut - 1)]
        if len(found) < 2 or end - start < 2 or not table.text[end - 1].islower() or \
                singular(table.lower[end - 1]) == table.lower[end - 1] or not table.text[end - 2][:1].isupper():
            return found
        if not all(table.text[a][:1].isupper() and table.text[b - 1][:1].isupper() for a, b, _ in found[:-1]):
            return found
        return found[:-1] + [(start, end - 1, end - 2)]

    @staticmethod
    def _compared_in_own_brackets(doc, q) -> bool:
        """Whether a change in brackets names its own comparison inside them (``52.1% more than in September 2023
        (+7.3% compared with August 2024)``): then it is no value of the comparison before the bracket."""
        if span_value(q, "metric") != "CHANGE":
            return False
        lower = token_table(doc).lower
        close = next((m for m in range(q.end, min(len(lower), q.end + 12)) if lower[m] in (")", "(")), None)
        return close is not None and lower[close] == ")" and any(
            b.start >= q.end and b.end <= close for b in spans_of(doc, "BASELINE"))

    @staticmethod
    def _subject_bracket_count(doc, q, quantities) -> Span | None:
        """The count stated in brackets after the subject of ``q``'s verb (``burglaries (8,936 incidents) were 5.2%
        lower``, ``Thefts (12,406) fell 4.1%``): the change is of that count (C21-24); None elsewhere."""
        if span_value(q, "metric") != "CHANGE":
            return None
        table = token_table(doc)
        lower, text = table.lower, table.text
        k = q.start - 1
        while k >= 0 and (lower[k] in COPULAS or lower[k] in ("been", "by") or table.verb[k]):
            k -= 1
        if k < 2 or text[k] != ")" or k == q.start - 1:
            return None
        opening = next((m for m in range(k - 1, max(-1, k - 6), -1) if text[m] == "("), None)
        if opening is None or opening < 1 or not table.nounish[opening - 1]:
            return None
        inside = [x for x in quantities if opening < x.start and x.end <= k]
        if len(inside) != 1 or span_value(inside[0], "metric") not in ("COUNT", "AMOUNT", "MONEY") or \
                inside[0].start != opening + 1:
            return None
        return inside[0]

    @staticmethod
    def _appositive_change(doc, q) -> bool:
        """Whether ``q`` opens an appositive change after a comma: ``..., an increase of around 2,000 crimes``."""
        lower = token_table(doc).lower
        k = q.start - 1
        while k >= 0 and lower[k] in BOUND_WORDS:
            k -= 1
        return k >= 3 and lower[k] == "of" and lower[k - 1] in CHANGE_NOUNS_GAP | vocabulary("change_nouns") and \
            lower[k - 2] in ("a", "an") and lower[k - 3] == ","

    def _compared_count_apposition(self, doc, q, quantities) -> Span | None:
        """The level an appositive count comparison after a comma is stated of (``184 people died in 173 fatal
        collisions on roads in 2023, 29 more deaths (+19%) than in 2022``): the last figure of the clause before
        the comma that is no change and does not stand after a preposition (``in 173 fatal collisions`` places
        the deaths), or None when ``q`` opens no such comparison (``, <figure> more|fewer <noun> ... than``)."""
        lower = token_table(doc).lower
        k = q.start - 1
        while k >= 0 and lower[k] in BOUND_WORDS:
            k -= 1
        j = q.end + 1 if q.end + 1 < len(lower) and lower[q.end] not in ("more", "fewer", "less") else q.end
        if k < 1 or lower[k] != "," or j + 1 >= len(lower) or lower[j] not in ("more", "fewer", "less") or \
                "than" not in lower[j + 1 : j + 10]:
            return None
        if span_value(q, "unit_kind") not in (None, "count"):
            return None  # (a rate's change in points or percent is read by the rules for rates)
        sent_start = sentence_range(doc, q.start)[0]
        lo, hi = self._span_range(quantities, sent_start, k)
        earlier = [x for x in quantities[lo:hi] if x.end <= k and not is_modifier(x)]
        clause_start = max([sent_start] + [m + 1 for m in range(sent_start, k) if lower[m] in (";", ":")])
        levels = [x for x in earlier if x.start >= clause_start and not (x.start >= 1 and lower[x.start - 1] in
                                                                         PREPOSITIONS) and not self.is_age_or_duration(x)]
        same = [x for x in levels if span_value(x, "unit") == span_value(q, "unit")]
        # (``37 new cases and four new deaths were reported, 29 fewer cases than``: the level of the same count)
        return (same or levels or [None])[-1]

    @staticmethod
    def _counted_end(doc, q) -> int:
        """Where the counted noun phrase right after ``q`` ends (``38,000 people`` -> after ``people``)."""
        ends = [c.child.end for c in candidates_of(doc) if c.label == "CATEGORY" and c.how == "after"
                and c.head.start == q.start and c.head.end == q.end and c.child.start <= q.end + 1]
        return max(ends) if ends else q.end

    def _bracket_of_figure(self, doc, q) -> bool:
        """Whether ``q`` stands in a bracket opened right after a figure that is no change or share (``£11.5 billion
        (+5.7% on a year earlier; +13.5% on 2019-20)``): the bracket states that figure's changes, and no level after
        its close is reached by them (``Robustas rose less (+10.46 US cents; +4.6%) to 237.81`` are reached, C44-4)."""
        opening = self.bracket_opening(doc, q)
        if opening is None:
            return False
        before = next((x for x in spans_of(doc, "QUANTITY") if x.end == opening), None)
        return before is not None and not is_modifier(before)

    def _to_level(self, doc, q, level, gap_start: int | None = None) -> bool:
        """Whether ``level`` is the figure reached: ``rose 5% to 3.2 million``, ``, to nearly $34``."""
        if (q.end if gap_start is None else gap_start) >= level.start:
            return False  # no word between them
        time_tokens = time_token_set(doc)
        table = token_table(doc)
        lower = table.lower
        words = [i for i in range(q.end if gap_start is None else gap_start, level.start) if i not in time_tokens]
        if any(table.verb[i] and any(table.nounish[j] and not table.punct[j] for j in words if j < i and
                                      any(table.text[m] == "," for m in range(q.end, j))) for i in words):
            return False  # ``rose 4.6% last year, hog inventory ... fell to``: a new clause with its own subject
        joined = next((i for i in words if lower[i] in ("and", "while", "whereas", "but")), None)
        if joined is not None and any(table.text[i][:1].isupper() for i in words if i > joined):
            return False  # ``up 5.6 per cent, and Nominal GVA at ₹69.54 lakh crore``: the next item's own level
        gap: list[str] = []
        dropped = False
        for i in range(q.end if gap_start is None else gap_start, level.start):
            if i in time_tokens:  # ``increased by 30,500 on the month, to 1,566,300``
                if gap and gap[-1] in ("on", "in", "over", "from", "than", "with", "against", "for", "during",
                                       "year", "month", "quarter") and not dropped:
                    gap.pop()
                dropped = True
                continue
            gap.append(lower[i])
        if dropped:
            gap = [w for w in gap if w != ","]
        while gap and (gap[0] == "," or gap[0] == ")" and q.start > 0 and lower[q.start - 1] == "("):
            gap = gap[1:]  # (``grew by 2.5% (660,000 people) to 27.1 million``: the bracket closes on the change)
        if gap[:1] == ["("] and ")" in gap[:6] and not any(any(c.isdigit() for c in w) for w in gap[: gap.index(")")]):
            gap = gap[gap.index(")") + 1 :]  # ``rise by 2.0 billion cubic feet per day (Bcf/d) to 14.0 Bcf/d``
        if gap[:1] == ["in"] and "(" in gap[2:4] and ")" in gap and gap.index(")") > gap.index("(") and \
                all(w.isalpha() for w in gap[1 : gap.index("(")]) and \
                not any(any(c.isdigit() for c in w) for w in gap[gap.index("(") : gap.index(")")]):
            # ``by 2.8% in TEU (twenty-foot equivalent units) to 13.8 million TEU``: the measure's gloss (C51-9)
            gap = gap[: gap.index("(")] + gap[gap.index(")") + 1 :]
        if gap[:1] == ["in"] and "," in gap[2:4] and all(w.isalpha() for w in gap[1 : gap.index(",")]) and \
                gap[gap.index(",") + 1 : gap.index(",") + 2] == ["to"]:
            gap = gap[gap.index(",") + 1 :]  # ``rose by 6.8% in tonnes, to 74.2 million tonnes``: the measure (C27-11)
        stripped = True
        while stripped and gap:  # (``to just under 1.0 million TEU``: one bound phrase after another)
            stripped = False
            for phrase in bound_phrases_ending(gap[-1]):  # in the lexicon's order
                if len(gap) > len(phrase) and tuple(gap[-len(phrase):]) == phrase:
                    gap = gap[: -len(phrase)]
                    stripped = True
                    break
        while gap and (gap[-1] in _LEVEL_NAMING_WORDS or (len(gap) > 1 and gap[-1].endswith(("ly", "ed")) and
                                                           gap[-1].isalpha())):
            gap = gap[:-1]  # ``fell 12,000 to a seasonally adjusted 201,000``, ``to an all-time high of 14,139 MtCO2``
        # a change in points reaches a rate (``rose 0.1 percentage points to 4.1 per cent``: FORMAT §4)
        carried = 0 < len(gap) <= 9 and gap[0] in _CARRYING_VERBS and gap[-1] == "to"  # (``the annual rise of 3.0% takes
        # the average property value to £306,000``: the object the change carries to its level, C42-19)
        return (0 < len(gap) <= 4 or carried) and gap[-1] in ("to", "at", "reach", "reaching") and \
            not (gap[-1] == "to" and len(gap) >= 2 and gap[-2] in ("compared", "relative", "equal", "similar",
                                                                   "close", "comparable")) and \
            not any(t in (",", ";") for t in gap) and not (")" in gap and self._bracket_of_figure(doc, q)) and (
                not is_modifier(level) or (
                span_value(level, "metric") in ("SHARE", "CHANGE") and span_value(level, "unit_kind") == "percent" and
                span_value(q, "unit") in ("percentage point", "basis point")) or (
                span_value(level, "metric") == "SHARE" and is_rate(span_value(level, 'unit')) and
                span_value(q, "metric") == "CHANGE"))
        # (``The crime rate rose 3% to 5,843 incidents per 100,000 population``: a rate per population is a level a
        # change reaches, C21-23; ``(+5.7% on a year earlier; +13.5% on 2019-20), so lotteries, at £4.1 billion``: the
        # bracket holding the change closes before the level, C44-4)
        # (``The annual growth rate of consumer credit slowed by 0.2 percentage points to 7.3%``: a rate of change
        # stated as a level is reached by a change in points like any rate)

    @staticmethod
    def from_to(doc, q, earlier, level) -> bool:
        """``<change> from <earlier value> to <level>``: the change is stated of the level."""
        table = token_table(doc)
        bounds = BOUND_WORDS - {"to", "up", "an", "only"} | {"fewer"}  # (``fivefold, from about 2,000 to over 10,000``)
        gap = [table.lower[i] for i in range(q.end, earlier.start) if table.text[i] != ","]
        while len(gap) > 1 and gap[-1] in bounds:
            gap = gap[:-1]
        if gap[-2:] == ["from", "the"]:
            gap = gap[:-1]  # ``revised down by $0.2 billion, from the $3.4 billion first reported to $3.2 billion``
        time_tokens = time_token_set(doc)  # (``from 288,660 in 2022-23 to 300,237``: the earlier value's time)
        between = [table.lower[i] for i in range(earlier.end, level.start) if i not in time_tokens]
        while len(between) > 1 and between[-1] in bounds:
            between = between[:-1]
        # a level may itself be a signed change when the revision is of a change (``the change for May
        # was revised down by 25,000, from +306,000 to +281,000``; GUIDELINES C-11, C2-13)
        signed = table.text[earlier.start] in ("+", "-", "−") and table.text[level.start] in ("+", "-", "−")
        # a change in points moves a rate in percent (``cut the cash rate by 50 basis points, from 4.75 percent to
        # 4.25 percent``: C25-6)
        rate = span_value(q, "unit") in ("percentage point", "basis point") and span_value(level, "unit") == "percent"
        return 0 < len(gap) <= 3 and gap[-1] == "from" and between[-1:] == ["to"] and len(between) <= 4 \
            and (not is_modifier(level) or signed or rate)

    @staticmethod
    def is_level(doc, q) -> bool:
        """A percent stated as a level (``rose to 3.9 percent``, ``the rate at 5.3 percent``)."""
        lower = token_table(doc).lower
        k = q.start - 1
        if k >= 0:
            for phrase in bound_phrases_ending(lower[k]):
                if k - len(phrase) + 1 >= 0 and tuple(lower[k - len(phrase) + 1 : k + 1]) == phrase:
                    k -= len(phrase)
                    break
        if k >= 1 and lower[k] == "of" and span_value(q, "metric") == "SHARE" and \
                span_value(q, "unit_kind") == "percent":
            # ``with a satisfaction rate of 99.2 percent``: the rate of its own phrase, no share of a figure
            found = noun_phrase_before(doc, k, max(0, k - 8))
            return found is not None and lower[found[2]] not in vocabulary("change_nouns") and not (
                found[1] - found[0] == 1 and lower[found[2]] in SHARE_NOUNS)
        if k >= 2 and lower[k] == "of" and span_value(q, "unit_kind") == "percent" and lower[k - 1] in _NAMED_RATES:
            # ``13 recorded inflation above the national rate of 5.48%``, ``the EU average of 2.4%``: the named rate's
            # own level, no change of the figure before it (C20-5)
            found = noun_phrase_before(doc, k, max(0, k - 8))
            return found is not None and ("the" in lower[max(0, found[0] - 1) : found[2]])
        rate = span_value(q, "unit_kind") == "percent" or span_value(q, "metric") == "SHARE" and \
            is_rate(span_value(q, 'unit'))  # (``fell to 4.9 deaths per billion vehicle miles``)
        return k >= 0 and lower[k] in ("at", "to") and rate and \
            not (k >= 1 and lower[k - 1] in ("for", "equal", "equivalent", "amounting", "amounted"))

    def in_parentheses(self, doc, span) -> bool:
        """Whether ``span`` sits inside parentheses of its sentence (``(about 595 billion dollars)``)."""
        if doc is not self._doc:
            self._index(doc)
        if span.end >= len(doc) or span.end in self._sentence_starts:
            return False  # the span closes its sentence
        return self._opened[span.start] > 0 and self._next_close[span.end] < span.end + 8

    def new_clause_between(self, doc, figure, q) -> bool:
        """Whether a new clause with its own subject starts between ``figure`` and ``q``."""
        table = token_table(doc)
        text, lower = table.text, table.lower
        start, end = figure.end, q.start  # the gap
        if ";" in text[start:end]:
            depth = 0
            for word in text[start:end]:
                depth += (word == "(") - (word == ")")
                if word == ";" and depth <= 0:
                    return True
            # (``1.68 million applications (+58,300; +3.6%), or 47.2% of the world total``: a signed pair's
            # semicolon, inside its bracket, ends no clause; C42-13)
        k = end - 1
        while k > start and lower[k] in ("by", "about", "around", "some", "nearly", "almost", "roughly"):
            k -= 1
        if k - 2 > start and len(lower[k]) > 4 and lower[k].endswith("ing") and table.nounish[k - 1]:
            opener = next((m for m in range(k - 1, max(start, k - 9), -1) if not table.nounish[m] and
                           lower[m] not in ("the", "of", "a", "an")), None)
            if opener is not None and lower[opener] in ("with", "and") and any(
                    lower[m] == "with" and text[m - 1] == "," for m in range(max(start, 1), opener + 1)):
                return True  # ``57,500 were women, with the number of unemployed women falling by 100``: an absolute
                # clause's own subject (C42-16)
        tail = lower[start:end][-4:]
        if "which" in tail and all(w in RELATIVE_TAIL for w in tail[tail.index("which") + 1 :]):
            return False  # ``98,546 children were born, which is 5,533 fewer than in 2022``
        unit_kind = span_value(q, "unit_kind")
        if "multiple" in (unit_kind or "") or unit_kind == "times" and q.end - q.start == 1:
            subject = noun_phrase_before(doc, q.start, figure.end)
        else:
            subject = subject_before(doc, q.start, figure.end)
        if subject is not None and subject[0] > figure.end and not self._category_of(doc, figure, subject):
            opener = subject[0] - 1
            while opener > figure.end and opener > subject[0] - 5 and lower[opener] in (
                    "the", "a", "an", "number", "of", "total", "share", "proportion", "level", "value"):
                opener -= 1  # ``, while the number of adult suspects ... increased``
            if text[opener] == "," or lower[opener] in ("and", "while", "whereas", "but", "yet"):
                return True
            if lower[opener] in ("although", "though", "whilst") and \
                    lower[subject[0]] not in _ANAPHOR_SUBJECTS and lower[subject[2]] != "total":
                return True  # ``..., although quarterly switching remained about a third lower``; not ``although it
                # remained 6.6 percent below``, the same figure again (C40-7)
            if lower[opener] == "that" and opener - 1 >= figure.end and (
                    lower[opener - 1] in _REPORTING_VERBS or lower[opener - 1].endswith("ing")):
                return True  # ``..., adding that the number of such cases filed fell 29 percent``: a reported clause
            if (lower[opener] in ("as", "because") or lower[opener] == "that" and lower[opener - 1] == "so") and \
                    lower[subject[0]] not in _ANAPHOR_SUBJECTS:
                return True  # ``fell 6.1% to 153,210 as private demand slipped 4.2%``: a clause of its own (C30-17);
                # ``, so that departures were within 4% of the 2019 level`` (C40-29)
            if lower[opener] in ("which", "whom") and opener - 1 >= figure.end and lower[opener - 1] == "of":
                return True  # ``285.6 billion euros, of which household consumption accounted for 43.2 percent`` (C28-8)
        verb, nounish, punct = table.verb, table.nounish, table.punct
        if self._relative_closed_between(doc, figure, q):
            return True
        for k in range(start + 1, end):
            if verb[k] and lower[k] not in ("accounting", "representing"):
                if text[k - 1] == ",":
                    continue
                if nounish[k - 1] and not punct[k - 1] and self._noun_run_after_comma(table, start, k) and not (
                        self._category_of(doc, figure, (k - 1, k, k - 1)) and
                        not any(lower[m] in ("and", "or") and lower[m - 1].endswith("s") for m in range(start + 1, k))):
                    # (``287 million inbound and outbound trips were made, up 70.9 percent``: the conjunction stands
                    # inside the figure's own counted noun, whose verb this is)
                    return True
        return False

    @staticmethod
    def _relative_closed_between(doc, figure, q) -> bool:
        """Whether ``figure`` stands in a non-restrictive relative clause (``, which ...``) that a comma closes before
        ``q``, the main clause's verb going on after it (``Band 3 treatments, which carried a patient charge of £306.80,
        made up fewer than one in thirty courses``): ``q`` is of the main clause, not of the relative's figure (C40-18)."""
        table = token_table(doc)
        lower, text, verb = table.lower, table.text, table.verb
        sent_start = sentence_range(doc, figure.start)[0]
        opener = next((k for k in range(figure.start - 1, max(sent_start, figure.start - 20), -1)
                       if text[k] in (",", ";", "(", ")") or lower[k] in ("which", "who")), None)
        if opener is None or lower[opener] not in ("which", "who") or opener - 1 < sent_start or text[opener - 1] != ",":
            return False
        return any(text[c] == "," and verb[c + 1] and not lower[c + 1].endswith("ing")
                   for c in range(figure.end, q.start - 1))

    def _category_of(self, doc, figure, phrase) -> bool:
        """Whether ``phrase`` (start, end, head) lies inside the figure's own category proposal."""
        if doc is not self._doc:
            self._index(doc)
        if self._candidates_by_head is None:
            self._candidates_by_head = {}
            for cand in self._candidates_of(doc):
                self._candidates_by_head.setdefault((cand.head.start, cand.head.end), []).append(cand)
        for cand in self._candidates_by_head.get((figure.start, figure.end), ()):
            if cand.head == figure and cand.child.start <= phrase[0] and phrase[1] <= cand.child.end:
                return True
        return False

    @staticmethod
    def _noun_run_after_comma(table, start: int, k: int) -> bool:
        """A noun phrase opened after a comma or conjunction directly before the verb at token ``k``
        (looking no further left than token ``start``)."""
        nounish, punct, lower, text = table.nounish, table.punct, table.lower, table.text
        m = k - 1
        while m >= start and (nounish[m] and not punct[m] or lower[m] in ("of", "for")):
            m -= 1
        return m >= start and (text[m] in (",", ";") or lower[m] in ("and", "while", "whereas", "but"))

    def figure_from_previous_sentence(self, doc, q, quantities, modifies) -> Span | None:
        """For a sentence that opens on an anaphor or on the change itself, the last figure before."""
        sent_start = sentence_range(doc, q.start)[0]
        if sent_start == 0:
            return None  # the first sentence
        table = token_table(doc)
        text = " ".join(table.lower[sent_start : min(q.start, sent_start + 4)])
        named = any(text.startswith(a) for a in ANAPHORS)
        if named and re.match(r"(?:this|that|it) (?:followed|follows|came after|comes after)\b", text):
            return None  # ``This followed a 0.4 percent September increase``: the step before, no change of the level
        if not named and span_value(q, "metric") == "SHARE":
            after = q.end
            if after < len(doc) and table.text[after] == "(":  # ``1 in 5 (19%) adults``
                after = self._next_close[after] + 1 if self._next_close[after] < len(doc) else after
            of_them = after + 1 < len(doc) and table.lower[after] == "of" and table.lower[after + 1] in (
                "them", "these", "those", "which", "this", "that", "it")  # ``Half of them``: a back-reference
            if after < len(doc) and not of_them and (
                    table.lower[after] == "of" or table.nounish[after] and not table.punct[after]):
                return None  # ``Around 1 in 5 adults experienced ...``: a share of its own group, no back-reference
        # (a clause of its own, subject and verb, before the figure is no back-reference: ``Hotel occupancy
        # averaged 83 per cent``)
        anaphoric = named or (q.start - sent_start <= 3 and not any(
            table.verb[k] or len(table.lower[k]) > 4 and table.lower[k].endswith("ed") for k in range(sent_start + 1, q.start)))
        if not anaphoric or not named and ":" in table.text[sent_start : q.start]:
            return None  # (``M3: 1.6 (1.5)``: a labelled line names its own figure)
        if not named:
            line = text_tables.line_bounds(text_of(doc), q.start_char)
            if len(text_tables.cells(text_of(doc)[line[0] : line[1]])) >= 3:
                return None  # ``Europe   6.1   5.9``: a table row's cell changes no figure of the row above (C29-19)
        lo, hi = self._span_range(quantities, 0, sent_start)
        earlier = next((x for x in reversed(quantities[lo:hi]) if x.end <= sent_start and not is_modifier(x)
                        and x not in modifies and not self.is_age_or_duration(x)), None)
        if earlier is None:
            return None
        if named and q.start - sent_start > 6:
            own = subject_before(doc, q.start, sent_start)
            m = own[0] - 1 if own is not None else sent_start
            while m > sent_start and table.lower[m] in ("the", "a", "an", "its", "their"):
                m -= 1
            if own is not None and own[0] > sent_start + 2 and table.lower[m] in ("when", "where", "while", "whereas",
                                                                                 "as"):
                return None  # ``This was the smallest growth since 2022, when the population grew by 156,589``
        if named and text.startswith("the number of") and not self._names_earlier(table, sent_start + 3, q.start, earlier):
            return None  # ``The number of temporary workers rose by 47,187``: a count of its own, no back-reference (D-12)
        if not named and "\n\n" in text_of(doc)[earlier.end_char : doc[sent_start].idx]:
            return None  # a figure opening a new block (after a heading or a blank line) refers back to nothing
        candidate = earlier
        sent_starts = sentence_bounds(doc)[0]
        if bisect_left(sent_starts, sent_start) - bisect_left(sent_starts, candidate.end + 1) > 4:
            return None  # the sentences wholly between them are already more than three
        space = table.space
        sentences_between = len({sentence_range(doc, k)[0] for k in range(candidate.end, sent_start) if not space[k]})
        if sentences_between > 3:
            return None
        full = text_of(doc)
        line_start = text_tables.line_bounds(full, q.start_char)[0]
        if candidate.end_char <= line_start and _BULLET_OPENING.match(full, line_start):
            return None  # ``* Down 3.0% from 2Q 2024`` under ``* Down 4.0% from 3Q 2023 ($401)``: a list item changes no
            # figure of another line (FORMAT: across sentences only for ``respectively`` or a back-reference; C52-9)
        if not named and not full[line_start : q.start_char].strip(" \t+-−–") and \
                "\n" in full[candidate.end_char : q.start_char]:
            # ``127.7 billion euros`` over ``-3.4% on the previous month`` and ``-4.4% on the same month a year
            # earlier``: change lines under their level (C35-34)
            self._line_changes.add((q.start, q.end))
        return candidate

    @staticmethod
    def _names_earlier(table, start: int, end: int, earlier) -> bool:
        """Whether the noun after ``the number of`` (tokens ``start..end``, up to the verb) is written, by its stem, from
        the ``earlier`` figure's sentence on, so that the subject names that figure (``335,000 ordinary passports were
        issued ... The number of issuances was only 2% of ...``)."""
        lower, verb = table.lower, table.verb
        k = start
        head = None
        while k < end and not verb[k] and lower[k] not in PREPOSITIONS:
            if table.alpha[k]:
                head = lower[k]
            k += 1
        if head is None or len(head) < 4:
            return True
        doc = earlier.doc
        lo = sentence_range(doc, earlier.start)[0]
        stem = head[:4]  # (``issuances`` after ``passports were issued``: the same word's stem)
        return any(w[:4] == stem for w in lower[lo:start])

    # -- sub-totals ------------------------------------------------------------------------------
    def link_subtotals(self, doc, quantities, modifies, part_of) -> None:
        """PART_OF links for figures introduced by a sub-total cue: right before the figure or its
        noun (``of which 111,000 were``, ``of which exports 2.18 trillion yuan``), or opening the
        sentence (``Among them, exports were ...; imports ...``)."""
        self.link_totals(doc, quantities, modifies, part_of)
        self.change_components(doc, quantities, modifies, part_of)
        self.link_breakdowns(doc, quantities, part_of)
        self.bracketed_parts(doc, quantities, part_of)
        self.summed_parts(doc, quantities, modifies, part_of)
        lower = token_table(doc).lower
        semicolons = list(compress(range(len(lower)), map(";".__eq__, lower)))  # clause openings after them
        position = {x: k for k, x in enumerate(quantities)}
        part_positions: list[int] = []  # the positions of the figures that are parts, sorted
        known = -1
        for q in quantities:
            if len(part_of) != known:  # parts found since: re-read (rarely)
                part_positions = sorted(position[x] for x in part_of if x in position)
                known = len(part_of)
            if q in modifies or span_value(q, "metric") == "SHARE" or q in part_of or self.is_age_or_duration(q):
                continue
            respective = self._respective_whole(doc, q, quantities, modifies)
            if respective is not None:
                part_of[q] = respective  # ``36,200 ... and 71,450 ..., of which 23,100 and 34,491 were approved
                self._cued_parts.add((q.start, q.end))  # respectively``: each part of its own whole
                continue
            opening = sentence_range(doc, q.start)[0]
            reopened = self._reopened_partitive(doc, quantities, opening, q) if lower[opening] == "of" else None
            if reopened is not None:
                # ``Of the 400 firms surveyed, 120 reported losses, and of the 250 firms in services, 90 cut jobs``: a
                # second ``of the`` opens a whole of its own; its figure is no part of the first, the next one is its
                # part (C48-11)
                if reopened[1] is not q and not is_modifier(q):
                    part_of[q] = reopened[1]
                    self._cued_parts.add((q.start, q.end))
                continue
            cued = self.subtotal_cue_before(doc, q, quantities)
            local_cue = cued
            if not cued and (lower[q.end : q.end + 1] in (["a"], ["an"], ["per"], ["each"], ["every"]) and
                             lower[q.end + 1 : q.end + 2] and lower[q.end + 1] in ("day", "week", "month", "year", "hour") or
                             q.start >= 2 and lower[q.start - 1] == "of" and
                             "average" in lower[max(0, q.start - 4) : q.start - 1]):  # (``an average daily of``)
                continue  # ``Of these, 1,481,064 were at major departments, an average of 47,776 a day``: a rate of the
                # whole, no part (``of which about 14 300 a day``, its own cue, is one)
            sent_start = sentence_range(doc, q.start)[0]
            if not cued:
                # continuation of a sub-total list: ``including 3 X and 4 Y``, ``of which 9,229 were
                # enforced returns and 17,302 voluntary returns``, ``172,480 came back from Indonesia,
                # 98,100 from New Zealand``
                lo, hi = self._span_range(quantities, sent_start, q.start)
                at = bisect_left(part_positions, hi) - 1  # the nearest earlier figure that is a part
                while at >= 0 and part_positions[at] >= lo and quantities[part_positions[at]].end > q.start:
                    at -= 1
                prev = quantities[part_positions[at]] if at >= 0 and part_positions[at] >= lo else None
                if prev is not None and q.start >= 1 and lower[q.start - 1] == "the" and \
                        isinstance(span_value(q, "value"), int) and span_value(q, "value") <= 12:
                    prev = None  # (``..., and together the four countries accounted for 84,615``: the count of the
                    # items listed, no item, C51-12)
                if prev is not None and part_of[prev] is not q and part_of[prev].start != q.start and \
                        not (span_value(q, "unit_kind") in ("percent", "percentage_point") and
                             span_value(part_of[prev], "unit_kind") not in ("percent", "percentage_point")) and \
                        self.continues_list(doc, prev, q):
                    # (a percent is no part of a count: ``...(49.3 million) were built in Asia;`` over ``- Germany posted
                    # the strongest gain (+18.1%)``, C43-27)
                    part_of[q] = part_of[prev]
                    continue
            opening_at = None  # the first token of a clause opened by a sub-total cue (``Of these, ...``)
            opening_whole = None
            if not cued and self.opening_of_sentence_is_cue(doc, sent_start):
                cued, opening_at = True, sent_start
            if not cued and semicolons:
                at = bisect_left(semicolons, q.start) - 1  # the last semicolon before q
                if at >= 0 and semicolons[at] > sent_start and self.opening_of_sentence_is_cue(doc, semicolons[at] + 1):
                    cued = True  # ``...; of these, foreigners made 1.17 million entries and exits``: a clause's opening
                    opening_at = semicolons[at] + 1
            if not cued and self.of_the_total_opening(doc, q, quantities):
                cued, opening_at = True, sent_start
                opening_whole = self._opening_figure(doc, q, quantities, sent_start)
            if not cued:
                listed = self._bullet_under_cue(doc, q, quantities, modifies)
                if listed is not None:
                    # ``... reached 9.8 million ... Of these:`` over ``- tourists: 6.1 million (+12.0%);``: each bullet's
                    # figure is a part of the figure before the cue (C35-24)
                    part_of[q] = listed
                    self._bulleted.add((q.start, q.end))
                    continue
            if cued:
                whole = opening_whole or self._whole_before(doc, q, quantities, modifies)
                seen_wholes = set()
                while not local_cue and whole is not None and whole in part_of and whole not in seen_wholes:
                    # ``Of the national per capita disposable income, wage income was 22,053 yuan ...; net
                    # business income 6,542 yuan ...``: a sibling part is no whole; the whole they share is
                    seen_wholes.add(whole)
                    whole = part_of[whole]
                if local_cue and whole is not None and whole in part_of and _line_part(doc, whole) and \
                        _line_part(doc, q):
                    # ``- Terminal passengers: 292.4 million`` / ``- of which international: 268.6 million`` /
                    # ``- of which domestic: 23.8 million``: lines opened by the same cue are parts of one whole
                    whole = part_of[whole]
                    self._cue_lines.add((q.start, q.end))
                if whole is not None and opening_at is not None and not local_cue:
                    # ``Of the offences recorded in 2024, 6,112 were thefts, 2,905 were assaults ...``: a figure
                    # listed after the opening is a sibling part, never the whole of the figures after it (C27-5)
                    comma = next((i for i in range(opening_at, q.start) if lower[i] == ","), None)
                    if comma is not None and comma < whole.start < q.start:
                        whole = None
                    verb = token_table(doc).verb
                    if whole is not None and comma is not None and any(
                            lower[m] == "," and lower[m + 1] == "and" and token_table(doc).nounish[m + 2] and
                            not token_table(doc).number[m + 2] and
                            any(verb[v] for v in range(m + 3, min(q.start, m + 8)))
                            for m in range(comma + 1, q.start - 2)):
                        # ``Of the 321 poor sites, Italy, France and Spain reported 88, 60 and 39, respectively, and
                        # bathing was banned ... at 106 sites``: a clause of its own after ``, and``, out of the
                        # opening's reach (C43-35)
                        whole = None
                if whole is not None and not local_cue and any(
                        w in ("surplus", "deficit", "balance") for w in lower[max(sent_start, q.start - 5) : q.start]):
                    whole = None  # ``Among them, exports ...; imports ...; and the trade surplus was 6.29 trillion yuan``:
                    # a balance of the flows is no part of their total
                if whole is not None and whole.start != q.start and not (
                        span_value(q, "unit_kind") in ("measure", "currency") and
                        span_value(whole, "unit_kind") == "count") and not (
                        span_value(q, "unit_kind") in ("percent", "percentage_point") and
                        span_value(whole, "unit_kind") not in ("percent", "percentage_point")):
                    # (``Of the 1,328 people arrested, ... was detained with 4.2 kilograms of methamphetamine``: a
                    # weight is no part of a count of people; ``the strongest gain among them (+18.1%)``: a percent is no
                    # part of a count, C43-27)
                    part_of[q] = whole
                    self._cued_parts.add((q.start, q.end))
                continue
            after = lower[q.end : q.end + 2]
            if after[:1] == ["of"] and after[1:2] and after[1] in ("the", "that", "this") and \
                    lower[q.end + 2 : q.end + 3] == ["total"]:
                after = ["of", "this"]  # ``Drugs accounted for €84.2 million of the total``: the total stated before
            if after[:1] == ["of"] and after[1:2] and after[1] in ("these", "those", "them", "this"):
                # ``Health and care visas made up 146,477 of these``: a part of the figure referred to
                whole = self._whole_before(doc, q, quantities, modifies)
                sent_start = sentence_range(doc, q.start)[0]
                while whole is not None and whole.start >= sent_start and (q.start, q.end) in self._distributed \
                        and (whole.start, whole.end) in self._distributed:
                    # ``A and B accounted for X and Y of these encounters respectively``: the whole is
                    # referred to before the list, never a figure of the list
                    whole = self._whole_before(doc, whole, quantities, modifies)
                if whole is not None and whole is not q:
                    part_of[q] = whole
                    if (q.start, q.end) in self._distributed:  # every figure of the list is a part of it
                        for sibling in self.figure_list_before(doc, q.end, quantities, sent_start)[:-1]:
                            if (sibling.start, sibling.end) in self._distributed and sibling not in part_of:
                                part_of[sibling] = whole
                continue
            bracket = next((j for j in range(q.end, min(len(lower) - 3, q.end + 4)) if lower[j] == "("), None)
            if bracket is not None and lower[bracket + 1 : bracket + 3] == ["out", "of"] and \
                    all(token_table(doc).alpha[j] for j in range(q.end, bracket)):
                whole = next((x for x in quantities if x.start == bracket + 3), None)
                if whole is not None and whole is not q:
                    part_of[q] = whole  # ``173 test centres (out of 320)`` (C38-12)
                    continue
            out = 1 if after == ["out", "of"] else 0  # ``375 out of 619 products`` (C36-10)
            if after[:2] == ["of", "the"] or after[:1] == ["of"] or out:
                lo, hi = self._span_range(quantities, q.end + 1 + out, q.end + 4 + out)  # starting 1 to 3 tokens after
                nxt = next((quantities[j] for j in range(lo, hi) if not is_modifier(quantities[j])), None)
                between = lower[q.end + 1 + out : nxt.start] if nxt is not None else []
                if len(between) >= 2 and between[1] in ("'s", "’s") and token_table(doc).text[q.end + 1][:1].isupper():
                    between = between[2:]  # ``16 of Sweden's 21 counties``: the whole's owner
                if nxt is not None and all(w in _OF_WHOLE_WORDS for w in between):
                    # ``19 of the 20 regions``, ``3,900 of some 12,000``; not ``2.7 tonnes of cannabis, 461 kg of ...``
                    part_of[q] = nxt

    def summed_parts(self, doc, quantities, modifies, part_of) -> None:
        """Figures that add up to a figure of their sentence, listed after it behind a colon or a cue of
        composition (``219.7 million people were employed in the EU ...: 171.2 million in the euro area and 48.5
        million in the Member States outside it``, ``99,790 people claimed asylum ..., made up of 84,231 main
        applicants and 15,559 dependants``) or before it with a cue of summing (``Arrests for Class A drugs
        numbered 1,512 and those for Class B drugs 2,204, together 3,716 arrests``), are its parts (FORMAT §4):
        the sum is the evidence, the cue keeps a balance (``exports 100, imports 60, a surplus of 40``) out."""
        lower = token_table(doc).lower
        stops = vocabulary("part_list_stops") | {";"}
        levels = [k for k, q in enumerate(quantities) if self._addable(q, modifies)]
        for w in levels:
            whole = quantities[w]
            sent_start, sent_end = sentence_range(doc, whole.start)
            after = [quantities[k] for k in levels if k > w and quantities[k].start < sent_end]
            between = " ".join(lower[whole.end : after[0].start]) if after else ""
            parts = self._summing_run(whole, after, lower, stops)
            if parts is None and len(after) >= 2 and any(cue in between for cue in NET_CUES):
                parts = self._net_pair(whole, after[:2])
            if parts and (self._composition_cue(lower[whole.end : parts[0].start]) or len(parts) >= 3 and all(
                    x.start >= 2 and lower[x.start - 1] == "(" and x.end < len(lower) and lower[x.end] == ")" and
                    token_table(doc).nounish[x.start - 2] for x in parts)):
                # (``The 82 deaths were reported by Italy (31), Greece (18), Romania (16), Spain (9) and Hungary (8)``:
                # three or more named counts in brackets that add up to the figure are its parts, C51-12)
                self._link_summed(parts, whole, part_of)
                continue
            together = next((m for m in range(whole.start - 1, max(sent_start, whole.start - 6) - 1, -1)
                             if lower[m] in ("together", "altogether")), whole.start)
            # (``..., and together the four countries accounted for 84,615``: the count of the parts is none of them)
            before = [quantities[k] for k in reversed(levels) if k < w and quantities[k].start >= sent_start and
                      quantities[k].end <= together]
            parts = self._summing_run(whole, before, lower, stops)
            lead = " ".join(lower[max(sent_start, whole.start - 6) : whole.start])
            if parts and any(lead.endswith(cue) or f" {cue} " in f" {lead} " and cue in ("together", "altogether")
                             for cue in vocabulary("total_after_parts_cues")):
                # (``..., together 3,716 arrests``; ``..., and together the four countries accounted for 84,615``)
                self._link_summed(parts, whole, part_of)

    @staticmethod
    def _net_pair(whole, pair) -> list | None:
        """``pair`` when the whole is their difference (``the combination of ... (80,100) and a net outflow of 800``,
        ``the net result of migrant arrivals (139,000) and migrant departures (109,000)``)."""
        a, b = (span_value(x, "value") for x in pair)
        total = span_value(whole, "value")
        if span_value(pair[0], "unit_kind") != span_value(whole, "unit_kind") or \
                span_value(pair[1], "unit_kind") != span_value(whole, "unit_kind"):
            return None
        return list(pair) if abs(abs(a - b) - total) <= 0.005 * total else None

    def _addable(self, q, modifies) -> bool:
        """Whether ``q`` is a level that parts can add up to (a count, an amount or a sum of money)."""
        return span_value(q, "metric") in ("COUNT", "MONEY", "AMOUNT") and q not in modifies and \
            isinstance(span_value(q, "value"), (int, float)) and span_value(q, "value_max") is None and \
            span_value(q, "bound") in (None, "=", "~") and not self.is_age_or_duration(q)

    @staticmethod
    def _summing_run(whole, figures, lower, stops) -> list | None:
        """The first two or more of ``figures`` (in order from ``whole``, each smaller than it and of its kind, no
        ``while`` or semicolon between them or before the first) whose values add up to ``whole``'s within
        rounding, or None."""
        total, kind, unit = span_value(whole, "value"), span_value(whole, "unit_kind"), span_value(whole, "unit")
        if not total or total <= 0:
            return None
        run, running = [], 0.0
        for x in figures:
            previous = run[-1] if run else whole
            gap = lower[previous.end : x.start] if x.start >= previous.end else lower[x.end : previous.start]
            if any(w in stops for w in gap):
                break
            value = span_value(x, "value")
            if span_value(x, "unit_kind") != kind or kind != "count" and span_value(x, "unit") != unit or \
                    not 0 < value < total:
                break
            run.append(x)
            running += value
            if len(run) >= 2 and abs(running - total) <= 0.005 * total:
                return run
            if running > total * 1.005:
                break
        return None

    @staticmethod
    def _composition_cue(between: list[str]) -> bool:
        """Whether the words between a whole and its first part announce its composition: a cue of parts after a
        total (``:``, ``made up of``) or of a sub-total (``of which``), or a net of two."""
        text = " ".join(between)
        return any(cue in text for cue in vocabulary("parts_after_total_cues") | vocabulary("subtotal_cues")) or \
            any(cue in text for cue in NET_CUES)

    def _link_summed(self, parts, whole, part_of) -> None:
        for x in parts:
            if x not in part_of:
                part_of[x] = whole
                self._summed_parts.add((x.start, x.end))

    def _ages(self, doc, quantities) -> list[bool]:
        """:meth:`is_age_or_duration` of each quantity, computed once per document."""
        if doc is not self._doc:
            self._index(doc)
        if self._age_flags is None or len(self._age_flags) != len(quantities):
            self._age_flags = [self.is_age_or_duration(x) for x in quantities]
        return self._age_flags

    @staticmethod
    def is_age_or_duration(q) -> bool:
        """An AMOUNT in years, quarters, months or weeks (an age, a run of months): never a part, a whole or
        a modified figure (counts of days, ``271 days of good air``, may be)."""
        return span_value(q, "metric") == "AMOUNT" and span_value(q, "unit") in ("year", "month", "quarter", "week", "decade")

    @staticmethod
    def is_run(doc, q) -> bool:
        """A run of periods (``for six consecutive months``, ``11 months in a row``), as the categories step
        found it: how long something lasted, dated by nothing of its own (C11-1)."""
        return [q.start, q.end] in doc.user_data.get(RUNS_KEY, ())

    @staticmethod
    def continues_list(doc, prev, q) -> bool:
        """Whether ``q`` is the next item of a list that ``prev`` is in: joined by a comma or ``and``,
        with no verb in the short stretch right before ``q`` and no semicolon between."""
        gap = list(doc[prev.end : q.start])
        if any(t.text == ";" for t in gap) or not gap:
            return False
        copulas = ("was", "were", "is", "are")
        if any(t.text == "," for t in gap) and any(t.lower_ in copulas for t in doc[q.end : q.end + 4]) and \
                not any(t.lower_ in copulas for t in doc[prev.end : prev.end + 4]):
            return False  # ``..., and 51,200 households were visited``: a clause of its own (not a list of them)
        if all(t.lower_ in LIST_JOINERS or is_nounish(t) or t.text in "()" for t in gap):
            return True
        joints = [k for k, t in enumerate(gap) if t.lower_ in LIST_JOINERS]
        if not joints:
            return False
        segment = gap[joints[-1] + 1 :]
        if segment and len(segment) <= 6 and prev._.unit == q._.unit and \
                all(is_nounish(t) and not is_verb(t) or t.lower_ in ("the", "its", "their") for t in segment) and \
                all(t.text in "()," or t.like_num or t.lower_ in ("per", "cent", "percent", "%") for t in gap[: joints[-1]]):
            # ``of which the goods producing industries contributed S$41.8 billion (24.2 per cent) and the services
            # producing industries S$119.3 billion``: the next part with its own subject, the verb left out (C48-32)
            return True
        if prev._.unit_kind == q._.unit_kind == "count" and q.end < len(doc) and \
                doc[q.end].lower_ in ("in", "at", "to", "from", "for", "on", "by", "among", "via") and (
                    all(t.lower_ in BOUND_WORDS for t in segment) or
                    # ``fell in 20 of the 27 Member States and rose in seven``: the partitive's whole between them
                    len(segment) == 2 and is_verb(segment[0]) and segment[1].lower_ in ("in", "at", "for", "among") and
                    any(gap[k].lower_ == "of" and gap[k + 1].lower_ == "the" and gap[k + 2].like_num
                        for k in range(len(gap) - 2))):
            # ``of which about 1.2 million were detected in air cargo and some 410,000 in international mail``: the
            # next part of a gapped clause, its verb left out before its place (C52-19)
            return True
        return len(segment) <= 4 and not any(is_verb(t) for t in segment) and not any(
            t.lower_ in ("the", "its", "their", "this", "these") for t in segment) and (
                prev._.unit == q._.unit or prev._.unit_kind == q._.unit_kind and prev._.unit_kind in ("currency",
                                                                                                      "measure") or
                # ``Drivers accounted for 71 of the 174 deaths, pedestrians for 39 and ...``: a gapped count of the
                # same verb (its unit, read from the noun before ``for``, is settled later; C27-12)
                bool(segment) and segment[-1].lower_ == "for" and prev._.unit_kind == q._.unit_kind == "count" or
                # ``of which 2,905 were thefts, 1,204 assaults and 388 burglaries``: each part with its own noun
                not segment and prev._.unit_kind == q._.unit_kind == "count" and q.end < len(doc) and
                doc[q.end].is_alpha and doc[q.end].is_lower and gap[0].lower_ in copulas + ("of",) and
                gap[1].is_alpha)

    def link_totals(self, doc, quantities, modifies, part_of) -> None:
        """Parts stated around a total without ``of which`` (FORMAT §4 PART_OF, D-19): figures listed
        before ``bringing the total to`` / ``making a total of`` are parts of the total after the cue;
        figures after ``made up of`` / ``comprised`` / ``reflected`` are parts of the total before it.
        Parts share the total's kind of unit; the list ends at a semicolon or a contrast word."""
        text_tokens = token_table(doc).lower
        firsts = _cue_first_words()
        period_ends = {p.end for p in spans_of(doc, "PERIOD")}
        time_tokens = time_token_set(doc)
        at: dict[str, list[int]] = {}  # where each first word of a cue stands
        for i in compress(range(len(text_tokens)), map(firsts.__contains__, text_tokens)):
            at.setdefault(text_tokens[i], []).append(i)
        for cue_kind in ("total_after_parts_cues", "parts_after_total_cues"):
            for phrase in vocabulary(cue_kind):
                cue = phrase.split()
                for i in at.get(cue[0], ()):
                    if text_tokens[i : i + len(cue)] != cue:
                        continue
                    if cue == ["together"] and not any(q.start == i + 1 or q.start == i + 2 and text_tokens[i + 1] in (
                            "some", "about", "around", "nearly", "almost", "over") for q in quantities):
                        # ``seized 1,922 pounds ..., together with 4,853 pounds``: an addition; ``States, which together
                        # account for about 90%``: a verb follows, no total (C20-5)
                        continue
                    if cue == [":"] and (i in period_ends or earlier_value_label(text_tokens, i, time_tokens) is not None):
                        # ``(2022-23: $15.9 million)``, ``(previously published: 131.9)``: a label of an earlier
                        # value, no total (C26-2)
                        continue
                    sent = sent_of(doc, i)
                    figures = [q for q in quantities if sent.start <= q.start < sent.end and q not in modifies
                               and not is_modifier(q) and not self.is_age_or_duration(q)]
                    if cue_kind == "total_after_parts_cues":
                        total = next((q for q in figures if q.start >= i + len(cue)), None)
                        parts = [q for q in figures if q.end <= i]
                        parts = self._clause_run(doc, parts, i, backwards=True)
                    else:
                        before = [q for q in figures if q.end <= i]
                        outside = [q for q in before if not self.in_parentheses(doc, q)]
                        before = outside or before  # (``587 ... in 2023, ... (413), comprising 178 ...``)
                        stated = [q for q in before if not _compared_value(text_tokens, q.start)]
                        # (``was £11.8 billion in October, compared with £16.0 billion in the previous month, and was
                        # made up of ...``: the value compared with is no whole of the parts, C46-22)
                        total = (stated or before)[-1] if before else None
                        if cue == [":"] and total is not None and (total.end < i - 4 or span_value(total, "unit_kind") != "count"):
                            total = None  # ``covered 5,742 first-stage units: 2,868 ... and 2,874 ...``: the count right before
                        if cue == ["accounting", "for"] and total is not None and \
                                text_tokens[i + 2 : i + 4] in (["the", "remaining"], ["the", "other"], ["the", "rest"]):
                            total = None  # ``..., with other uses accounting for the remaining 30 Mtoe``: the rest of the
                            # whole the figures before are parts of, no part of the last of them (C43-6)
                        parts = self._clause_run(doc, [q for q in figures if q.start >= i + len(cue)], i,
                                                 backwards=False)
                        if cue == [":"]:  # the list ends where a figure opens a clause of its own
                            # (``..., and 51,200 households were visited``)
                            cut = next((n for n, part in enumerate(parts) if any(
                                w in ("was", "were", "is", "are", "had", "has", "have")
                                for w in text_tokens[part.end : part.end + 4])), None)
                            parts = parts[:cut] if cut is not None else parts
                    if total is None:
                        continue
                    # counts of other nouns are parts when none of the run counts the total's own noun
                    # (``183 thousand women and 198 thousand men, together 381 thousand people``; not
                    # ``400 additional staff ..., 42 extra e-Channels ..., bringing the total to 326``)
                    other_counts = not any(part._.unit == total._.unit for part in parts)
                    for part in parts:
                        same_kind = part._.unit == total._.unit or (
                            part._.unit_kind == total._.unit_kind or total._.unit_kind is None and
                            part._.unit_kind == "count") and (
                            part._.unit_kind in ("currency", "measure") or other_counts and
                            part._.unit_kind == "count" and part._.metric == total._.metric == "COUNT")
                        # (``rose by 12% to 758,855, comprising 94,735 students ... and 664,120 students``: a total
                        # whose counted noun the unit resolver reads later)
                        if same_kind and part not in part_of and part is not total and not (
                                isinstance(part._.value, (int, float)) and isinstance(total._.value, (int, float)) and
                                part._.value > total._.value):  # (a whole is never smaller than its part)
                            part_of[part] = total
                            self._cued_parts.add((part.start, part.end))

    def change_components(self, doc, quantities, modifies, part_of) -> None:
        """The amounts of change listed in brackets after a plural change noun and ``in`` (``Exports of services
        increased $1.0 billion ..., reflecting increases in travel ($0.5 billion) and in financial services ($0.3
        billion)``) are parts of the sentence's change before the list, in the same kind of unit (C20-14); percents
        are no parts."""
        table = token_table(doc)
        for k, q in enumerate(quantities):
            if span_value(q, "metric") != "CHANGE" or q in part_of or span_value(q, "unit_kind") in (
                    "percent", "percentage_point", None) or \
                    change_components_cue(table.lower, table.text, q.start, sentence_range(doc, q.start)[0]) is None:
                continue  # (rates of change of the parts add up to nothing: ``with the fastest increases in Nova Scotia
                # (+13.6%)``)
            sent_start = sentence_range(doc, q.start)[0]
            # the sentence's own change, not one compared with it (``Health care added 54,000 jobs, in line with the
            # average monthly increase of 59,000 ..., with gains in ambulatory health care services (+22,000)``)
            whole = next((x for x in quantities[:k] if x.start >= sent_start and
                          span_value(x, "metric") == "CHANGE" and not self.in_parentheses(doc, x) and
                          span_value(x, "unit_kind") == span_value(q, "unit_kind")), None)
            if whole is not None:
                modifies.pop(q, None)
                part_of[q] = whole
                self._components.add((q.start, q.end))

    def bracketed_parts(self, doc, quantities, part_of) -> None:
        """Counts listed in brackets right after a count and its noun are its parts (GUIDELINES C7-9):
        ``27 were imported cases (9 cases in Guangdong, 7 cases in Shanghai, 4 cases in Fujian)`` → 9, 7 and
        4 PART_OF 27. At least two counts of the count's unit, and only counts, in the brackets, or one that names
        what it is of (``219 arrests (158 for trafficking in human beings)``)."""
        table = token_table(doc)
        text = table.text
        by_start = {q.start: q for q in quantities}
        for i in compress(range(len(text)), map("(".__eq__, text)):
            close = self._next_close[i] if doc is self._doc else None
            if close is None or close >= len(text):
                continue
            lo, hi = self._span_range(quantities, i + 1, close)
            inside = [q for q in quantities[lo:hi] if q.end <= close]
            # one count names what it is of after ``for``/``in``/``from`` (``219 arrests (158 for trafficking in
            # human beings)``); more than one are a list
            named = len(inside) == 1 and inside[0].start == i + 1 and table.lower[inside[0].end] in ("for", "in", "from") \
                and not self._dated_in_brackets(doc, inside[0])  # (``(3 827 900 in the preceding period)``: a time)
            if (len(inside) < 2 and not named) or any(span_value(q, "metric") != "COUNT" for q in inside):
                continue
            # the count before the bracket: its figure at most four words before ``(``, nothing but its noun between
            whole = next((by_start[k] for k in range(i - 1, max(-1, i - 6), -1) if k in by_start), None)
            if whole is None:
                continue
            units = {span_value(x, "unit") for x in (whole, *([] if named else inside))} - {None}  # (may come later)
            if span_value(whole, "metric") != "COUNT" or len(units) > 1 or \
                    any(table.punct[k] or table.number[k] for k in range(whole.end, i)):
                continue
            if sum(span_value(q, "value") or 0 for q in inside) > (span_value(whole, "value") or 0):
                continue  # the parts never add up to more than the whole
            for q in inside:
                part_of[q] = whole
                self._cued_parts.add((q.start, q.end))

    def link_breakdowns(self, doc, quantities, part_of) -> None:
        """The bracketed items of a breakdown after ``with <change noun>`` are parts of the figure the
        clause stated (``Health care added 67,000 jobs, with job growth in ambulatory services
        (+28,000), hospitals (+19,000) ...``; ``Exports decreased $1.6 billion (-0.9 percent) to $169.6
        billion, with decreases in industrial supplies (-$2.2 billion) ...``): a change's items are
        parts of the change, a level's of the level."""
        table = token_table(doc)
        lower = table.lower
        change_words = vocabulary("change_nouns")
        stops = vocabulary("part_list_stops")
        cues = [i for i in compress(range(len(lower)), map(BREAKDOWN_CUE_WORDS.__contains__, lower))
                if lower[i] == "with" and any(w in change_words for w in lower[i + 1 : i + 5]) or
                lower[i] == "including" or lower[i] in ("led", "driven") and lower[i + 1 : i + 2] == ["by"]]
        # (``rose $558 million (8.5 percent) to $7.1 billion, led by aircraft and parts (+$274 million) and
        # petroleum and products (+$131 million)``, ``..., including milk powder (+$81 million) and cheese
        # (+$36 million)``: the bracketed items break down the change)
        for i in cues:
            sent_start, sent_end = sentence_range(doc, i)
            lo, hi = self._span_range(quantities, sent_start, sent_end)
            items = []
            for k in range(lo, hi):
                q = quantities[k]
                if q.start <= i:
                    continue
                if any(lower[j] == ";" or lower[j] in stops for j in range(i, q.start)):
                    break
                opening = self.bracket_opening(doc, q)
                if opening is not None and any(x.end == opening for x in quantities[lo:hi]):
                    continue  # (``capital goods of $219.5 billion (+$9.8 billion)``: the change of that figure)
                if self.in_parentheses(doc, q) and span_value(q, "unit_kind") not in ("percent", "fraction", None):
                    items.append(q)
            if len(items) < 2:
                continue
            changes = all(span_value(q, "metric") == "CHANGE" for q in items)
            kind = span_value(items[0], "unit_kind")
            total = None
            for k in range(hi - 1, lo - 1, -1):
                q = quantities[k]
                if q.end > i or self.in_parentheses(doc, q):
                    continue
                if span_value(q, "unit_kind") == kind and (span_value(q, "metric") == "CHANGE") == changes:
                    total = q
                    break
            if total is None:
                continue
            for q in items:
                if q not in part_of and span_value(q, "unit_kind") == kind:
                    part_of[q] = total

    @staticmethod
    def _clause_run(doc, figures, cue_at: int, backwards: bool) -> list:
        """The figures on one side of a cue up to a semicolon or contrast word (``while``, ``whereas``)."""
        stops = vocabulary("part_list_stops")
        kept = []
        ordered = list(reversed(figures)) if backwards else figures
        for q in ordered:
            between = doc[q.end : cue_at] if backwards else doc[cue_at : q.start]
            if any(t.text == ";" or t.lower_ in stops for t in between):
                break
            kept.append(q)
        return kept

    def subtotal_cue_before(self, doc, q, quantities) -> bool:
        """A sub-total cue between the previous figure (or clause start) and ``q``, in its clause."""
        k = q.start - 1
        sent_start = sentence_range(doc, q.start)[0]
        limit = max(sent_start, q.start - 14)
        lo, hi = self._span_range(quantities, sent_start, q.start)
        previous = next((quantities[j].end for j in range(hi - 1, lo - 1, -1) if quantities[j].end <= q.start), None)
        if previous is not None:
            limit = max(limit, previous)  # the end of the last figure before q
        table = token_table(doc)
        text, lower, verb = table.text, table.lower, table.verb
        copulas = vocabulary("copulas")
        firsts = _subtotal_first_words()
        words_before = []
        stating = k  # the verb right before the figure states it (``of which households owed $20.5 trillion``)
        while stating >= limit and text[stating] in CURRENCY_SIGNS:
            stating -= 1
        while k >= limit and text[k] not in (";",) and not verb[k] or (
            k >= limit and (lower[k] in ("were", "was", "are", "is", "included", "includes", "include") or
                            k == stating and verb[k] and lower[k].endswith("ed"))
        ):
            if text[k] not in (",", ":", "(", ")"):
                words_before.insert(0, lower[k])
            if firsts is not None and (not words_before or words_before[0] not in firsts):
                k -= 1
                continue  # no cue opens on this word (every cue below starts with words_before[0])
            for length, cues in _subtotal_cues_by_length():
                cue = tuple(words_before[:length])
                if cue in cues and not (
                        cue[-1] in ("these", "them", "those") and len(words_before) > length
                        and words_before[length] not in copulas
                        and text[k + length] not in (",", ":")):
                    if any(text[m] == "," and (lower[m + 1] in copulas or verb[m + 1])
                           for m in range(k + length, q.start - 1)):
                        return False  # ``Total encounters, including those at ports of entry, were 94,190``: an aside
                    return True  # not ``the median duration of these trips was``
            k -= 1
        return False

    @staticmethod
    def _reopened_partitive(doc, quantities, sent_start: int, q) -> tuple[int, Span] | None:
        """``(at, whole)`` for the last ``, and of the N ...`` (or ``; of the N``) between a sentence opened by ``Of
        the ...`` and ``q``: the token ``of`` and the figure right after it; None when there is none."""
        lower = token_table(doc).lower
        starts = {x.start: x for x in quantities}
        for m in range(q.start, sent_start + 3, -1):
            if lower[m] == "of" and lower[m + 1] in ("the", "these", "those") and lower[m - 1] in ("and", ",", ";") \
                    and m + 2 in starts:
                return m, starts[m + 2]
        return None

    @staticmethod
    def opening_of_sentence_is_cue(doc, sent_start: int) -> bool:
        """``Among them, ...`` / ``Of which ...`` / ``Of these, ...`` opening the sentence that starts
        at token ``sent_start``."""
        answers = token_cache(doc).setdefault(("opening_cue", len(doc)), {})  # asked for each figure of the sentence
        found = answers.get(sent_start)
        if found is None:
            found = answers[sent_start] = RelationLinker._opening_is_cue(doc, sent_start)
        return found

    @staticmethod
    def _opening_is_cue(doc, sent_start: int) -> bool:
        table = token_table(doc)
        opening = tuple([table.lower[k] for k in range(sent_start, min(sent_start + 3, len(table.lower)))
                         if table.text[k] not in (",", ":")])
        if any(opening[: len(cue)] == cue for cue in SUBTOTAL_BEFORE if cue != ("including",)):
            return True
        # ``Of those departing, ...``, ``Of those arrested, ...``: the group referred back to, then a comma
        lower, n = table.lower, len(table.lower)
        if sent_start + 3 >= n or lower[sent_start] != "of" or lower[sent_start + 1] not in ("those", "these", "the"):
            return False
        # (``Of the national per capita disposable income, wage income was ...``: the whole stated before)
        reach = 6 if lower[sent_start + 1] != "the" else 10
        comma = next((k for k in range(sent_start + 2, min(sent_start + reach, n)) if table.text[k] == ","), None)
        return comma is not None and not any(table.number[k] for k in range(sent_start + 2, comma))

    def _bullet_under_cue(self, doc, q, quantities, modifies) -> Span | None:
        """The whole of a bullet's figure when the bullet stands under a line that ends on a sub-total cue and a
        colon (``Of these:``, ``of which:``, ``including:``), with only bullets between: the last figure before the
        cue in the count's unit, no change and no share; else None."""
        if is_modifier(q) or span_value(q, "metric") == "SHARE":
            return None
        text = text_of(doc)
        line_start, _ = text_tables.line_bounds(text, q.start_char)
        if not text_tables.BULLET_LINE.match(text, line_start):
            return None
        start = line_start
        while start > 0:
            previous_start, _ = text_tables.line_bounds(text, start - 1)
            line = text[previous_start : start - 1]
            if text_tables.BULLET_LINE.match(line):
                start = previous_start
                continue
            if not _CUE_LINE_END.search(line):
                return None
            cue_at = previous_start + _CUE_LINE_END.search(line).start()
            before = [x for x in quantities if x.end_char <= cue_at and x.start_char >= previous_start - 400 and
                      x not in modifies and not is_modifier(x) and span_value(x, "metric") != "SHARE" and
                      (span_value(x, "unit") == span_value(q, "unit") or
                       span_value(x, "unit_kind") == span_value(q, "unit_kind") and span_value(q, "unit_kind") in
                       ("count", "currency", "measure"))]
            return before[-1] if before else None
        return None

    def of_the_total_opening(self, doc, q, quantities) -> bool:
        """``Of the 21 cities, 12 grew``: the sentence opens on ``Of the`` and a figure before ``q``."""
        sent_start = sentence_range(doc, q.start)[0]
        lower = token_table(doc).lower
        opener = 2 if lower[sent_start : sent_start + 2] == ["out", "of"] else 1  # ``Out of 1,240 applications, 980``
        if opener == 1 and lower[sent_start : sent_start + 1] not in (["of"], ["among"]) or is_modifier(q):
            return False  # (a change in such a sentence is no part of its whole)
        lo, hi = self._span_range(quantities, sent_start + opener, q.start)  # starting after the opening words
        return any(not is_modifier(x) for x in quantities[lo:hi])

    def _opening_figure(self, doc, q, quantities, sent_start: int) -> Span | None:
        """The figure of a sentence's opening phrase ``Of the N ...,`` (``Of the 1.61 billion journeys,
        1.03 billion were ..., and regional operators carried 429 million and 153 million respectively``):
        the whole of every later count of its unit in the sentence, not the part stated before them."""
        text = token_table(doc).text
        comma = next((k for k in range(sent_start + 1, min(q.start, sent_start + 12)) if text[k] == ","), None)
        if comma is None:
            return None
        lo, hi = self._span_range(quantities, sent_start + 1, comma)
        opening = [x for x in quantities[lo:hi] if x.end <= comma and not is_modifier(x)]
        if len(opening) != 1:
            return None
        whole, value = opening[0], span_value(q, "value")
        if span_value(whole, "unit_kind") != span_value(q, "unit_kind") or isinstance(value, (int, float)) and \
                isinstance(span_value(whole, "value"), (int, float)) and span_value(whole, "value") < value:
            return None
        return whole

    def _respective_whole(self, doc, q, quantities, modifies) -> Span | None:
        """The whole of ``q`` when ``q`` is one of N parts listed after ``of which`` (``of whom``, ``of these``) and
        before ``respectively``, and the clause before the cue lists N figures: the one in ``q``'s place."""
        lower = token_table(doc).lower
        if "respectively" not in lower[q.end : q.end + 12]:
            return None
        sent_start, sent_end = sentence_range(doc, q.start)
        resp = next((k for k in range(q.end, min(sent_end, q.end + 12)) if lower[k] == "respectively"), None)
        if resp is None:
            return None
        parts = self.figure_list_before(doc, resp, quantities, sent_start) or \
            self.figure_list_before(doc, next((k for k in range(resp - 1, q.end - 1, -1) if k in
                                              {x.end for x in quantities}), resp), quantities, sent_start)
        if q not in parts or len(parts) < 2:
            return None
        first = parts[0]
        if not (first.start >= 2 and lower[first.start - 2] == "of" and
                lower[first.start - 1] in ("which", "whom", "these", "those")):
            return None
        cue = first.start - 2
        wholes = [x for x in quantities if sent_start <= x.start and x.end <= cue and x not in modifies and
                  not is_modifier(x) and span_value(x, "metric") != "SHARE"][-len(parts):]
        if len(wholes) != len(parts):
            return None
        return wholes[parts.index(q)]

    def _named_group_whole(self, doc, q, quantities, modifies, sent_start: int) -> Span | None:
        """The whole a sentence opening ``Of those <participle>,`` refers to: the latest earlier figure, within three
        sentences, whose words name the same participle (``There were 155 people killed ... . The number of people
        seriously injured fell ... to 1,731 ... . Of those killed, 62 were car occupants``: ``155``), else None."""
        lower = token_table(doc).lower
        if sent_start + 3 >= len(lower) or lower[sent_start] != "of" or lower[sent_start + 1] not in ("those", "these") \
                or not lower[sent_start + 2].endswith(("ed", "en")) or lower[sent_start + 3] != ",":
            return None
        word = lower[sent_start + 2]
        starts = sentence_bounds(doc)[0]
        first = starts[max(0, bisect_left(starts, sent_start) - 3)]
        for x in reversed([x for x in quantities if first <= x.start and x.end <= sent_start and x not in modifies
                           and span_value(x, "metric") == "COUNT"]):
            if word in lower[x.end : min(x.end + 4, sentence_range(doc, x.start)[1])]:
                value, whole = span_value(q, "value"), span_value(x, "value")
                if isinstance(value, (int, float)) and isinstance(whole, (int, float)) and whole < value:
                    return None
                return x
        return None

    def _whole_before(self, doc, q, quantities, modifies) -> Span | None:
        def change_before(x) -> bool:  # a change of the value's sentence stands before it
            sent_start = sentence_range(doc, x.start)[0]
            return any(sent_start <= c.start and c.end <= x.start for c in modifies)

        sent_start = sentence_range(doc, q.start)[0]
        scope = sent_start
        opening_cue = self.opening_of_sentence_is_cue(doc, sent_start)
        named = self._named_group_whole(doc, q, quantities, modifies, sent_start) if opening_cue else None
        if named is not None:
            self._named_wholes.add((named.start, named.end))
            return named
        if opening_cue or sent_start > 0 and not [
                x for x in quantities if sent_start <= x.start < q.start and not is_modifier(x)]:
            scope = sentence_range(doc, sent_start - 1)[0] if sent_start > 0 else sent_start
        prev = [x for x in quantities if scope <= x.start and x.end <= q.start and x not in modifies
                and span_value(x, "metric") != "SHARE" and (not opening_cue or x.start < sent_start) and
                not self.is_age_or_duration(x)]  # (``aged between 20 and 64, and more than 3,400 of them``)
        if opening_cue and span_value(q, "metric") == "CHANGE" and span_value(q, "unit_kind") != "percent":
            # ``... spending increased by £5.4 billion to £96.2 billion. Within this, goods and services ... grew by £2.1
            # billion``: changes after the cue are the parts of the nearest change before it in their unit (C20-14, C51-11)
            value = span_value(q, "value")
            changes = [x for x in quantities if scope <= x.start and x.end <= sent_start and
                       span_value(x, "metric") == "CHANGE" and span_value(x, "unit") == span_value(q, "unit") and
                       span_value(x, "direction") == span_value(q, "direction") and
                       isinstance(value, (int, float)) and (span_value(x, "value") or 0) >= value]
            if changes:
                return changes[-1]
        if opening_cue and span_value(q, "metric") != "CHANGE":
            first = next((x for x in quantities if x.start >= sent_start), None)
            if first is not None and first is not q and span_value(first, "metric") == "CHANGE" and \
                    span_value(first, "unit_kind") != "percent":
                return None  # (``Within this, ... grew by £2.1 billion ..., while debt interest fell by £0.4 billion to
                # £6.2 billion``: the cue's parts are changes; a level the sentence reaches is no part)
        if not prev:
            return None
        unit, unit_kind = span_value(q, "unit"), span_value(q, "unit_kind")
        same_unit = [x for x in prev if span_value(x, "unit") == unit or (
            span_value(x, "unit_kind") == unit_kind and unit_kind in ("currency", "measure"))]
        # (``44,480 cases ..., involving losses of HK$9.15 billion; among them, 20,116 were online frauds``: a count
        # is part of a count, not of the money beside it)
        same_metric = [x for x in prev if span_value(x, "metric") == span_value(q, "metric")]
        candidates = same_unit or same_metric or prev
        if not self.in_parentheses(doc, q):
            # a figure in brackets (an earlier year's value: ``587 ... in 2023, 42% more than in 2022 (413),
            # comprising 178 ... and 409 ...``) is no whole of the parts that follow outside brackets
            lower = token_table(doc).lower
            def outside_of(xs):
                return [x for x in xs if not self.in_parentheses(doc, x) and
                        (x.start, x.end) not in self._baseline_values and
                        not (x.start >= 1 and lower[x.start - 1] in ("from", "than") and
                             span_value(x, "bound") in ("=", None) and (
                                 change_before(x) or x.start >= 2 and lower[x.start - 2] in ("up", "down"))) and
                        not (x.start >= 2 and lower[x.start - 1] == "the" and
                             lower[x.start - 2] in ("on", "from", "than", "over", "with") and change_before(x)) and
                        not _compared_value(lower, x.start, than=False)]
            # (nor a value set against the figure: ``5,000 units, against 4,800 a year earlier; of these, 3,000``,
            # C46-22)
            # (nor the value compared with: ``a decrease of 9.1% on the 22,993 marriages registered in 2022. Of these,
            # 20,223 were ...``, C38-25)
            # (``Homicide offences numbered 82, up from 70 a year earlier; of these, 41 were murders``: C36-18)
            # (nor a value a change started from: ``arrested 487 ..., an increase of 32% from 369 in 2022; of those
            # arrested, 301 were overstayers``)
            outside = outside_of(candidates)
            if not outside and candidates is same_unit and unit_kind == "count":
                # ``108,138 people claimed asylum (relating to 84,200 main applicants) ... Of these, 32,691 had
                # arrived``: the bracket's count lent its noun to the part; the whole is the count outside (C35-6)
                outside = outside_of([x for x in prev if span_value(x, "unit_kind") == "count" and
                                      span_value(x, "metric") == span_value(q, "metric")])
            if not outside and candidates and not outside_of(candidates) and unit_kind in ("count", None):
                # (every figure of the part's unit is a value compared with: the level of its metric is the whole)
                outside = outside_of([x for x in prev if span_value(x, "metric") == span_value(q, "metric") and
                                      span_value(x, "unit_kind") in ("count", None)])
            candidates = outside or candidates
        # a whole is never smaller than its part (not a daily average, not an earlier part of the list)
        value = span_value(q, "value")
        if isinstance(value, (int, float)):
            larger = [x for x in candidates if isinstance(span_value(x, "value"), (int, float))
                      and span_value(x, "value") >= value]
            if larger:
                column = text_tables.column_of(text_of(doc), q.start_char) if opening_cue else None
                if column is not None:
                    # ``  of which visa nationals  154,300  139,800`` under ``Non-EU nationals  401,900  362,700``: a
                    # table's part row is part of the whole in its own column (C35-11)
                    text = text_of(doc)
                    same = [x for x in larger if text_tables.column_of(text, x.start_char) == column]
                    if same:
                        return same[-1]
                # ``Among them, ...``: the total the previous sentence opened with; else the nearest
                return larger[0] if opening_cue else larger[-1]
        return candidates[-1]

    # -- baselines, categories, periods -----------------------------------------------------------
    def baseline_for(self, doc, q, baselines, quantities, target: Span | None = None,
                     steps: set = frozenset()) -> Span | None:
        """The BASELINE following ``q`` in its clause, else the nearest before it in its sentence; the
        level the change reaches may stand between (``fell 7% to 376 compared with the previous year``)."""
        sent_start, sent_end = sentence_range(doc, q.start)
        table = token_table(doc)
        lower, text = table.lower, table.text
        lo, hi = self._span_range(baselines, q.end, sent_end)
        if lo < hi:  # the first baseline after q in its sentence
            b = baselines[lo]
            first, last = self._span_range(quantities, q.end, b.start)  # the figures between them
            figures_between = [x for x in quantities[first:last] if x is not target and not is_margin(x) and (
                not is_modifier(x) or not all(w in LIST_JOINERS for w in self._past_counted_noun(lower, q, x))) and not (
                is_modifier(x) and x.start == q.end + 1 and text[q.end] == "(") and not (
                compared_value_before(lower, x, b)) and not (
                x.end == b.start and not is_modifier(x) and lower[x.start - 1] in PREVIOUS_VALUE_WORDS)]
            # (the previous value right before the baseline is the change's starting point: ``fell 2.0% to
            # 74,702 from 76,226 the previous year``)
            owned = q.end < len(text) and text[q.end] == "," and any(
                x.end + 1 < len(lower) and (lower[x.end] in COMPARATIVES_UP | COMPARATIVES_DOWN and
                                            lower[x.end + 1] == "than" or lower[x.end] in ("above", "below")) and
                x.start == q.end + 1 for x in quantities[first:last] if x is not q)
            # (``increased by RMB580 billion, RMB510 billion less than in November 2023``: the later change's own)
            bracket_own = any(x is not q and x.start == q.end + 1 and text[q.end] == "(" and
                              self._compared_in_own_brackets(doc, x) for x in quantities[first:last])
            # (``have risen 31.4% since March 2024 (+4.2% compared with February 2025)``: the bracket's own comparison)
            # (``accounting for 71.2 percent of all entries, a year-on-year rise of 112.3 percent``: the comparison
            # inside a change's noun phrase is that change's own)
            nouned = b.start >= 1 and lower[b.start - 1] in ("a", "an") and b.end + 1 < len(lower) and \
                lower[b.end] in CHANGE_NOUN_WORDS and lower[b.end + 1] == "of" and \
                any(x is not q and 0 <= x.start - (b.end + 2) <= 2 for x in quantities[last : last + 1])
            if figures_between and q.start >= 1 and lower[q.start - 1] == "by" and b.start >= 1 and \
                    lower[b.start - 1] in ("with", "to", "on", "over") and \
                    all(span_value(x, "metric") == "CHANGE" and x.start >= 2 and lower[x.start - 1] == "by" and
                        lower[x.start - 2] in ("and", ",", "or") for x in figures_between) and \
                    b.start - figures_between[-1].end <= 10 and ";" not in text[q.end : b.start]:
                # ``down by 1.2% in the euro area and by 0.8% in the EU compared with October 2023``: the comparison
                # after a list of changes joined by ``and by`` closes every change of the list (C50-3)
                return b
            if b.start - q.end <= 10 and not figures_between and not owned and not bracket_own and not nouned and \
                    ";" not in text[q.end : b.start]:
                return b
        lo, hi = self._span_range(baselines, sent_start, q.start)
        restated = self._restated_in_brackets_after(lower, baselines[lo:hi], q)
        if restated is not None:
            return restated  # ``10,418 more than in 2022-23 (an increase of 4%)``: the same change, in percent (C25-5)
        # (``a change rate of 4.1%, 1.7 percentage points above the rate of the previous month, as sales rose by
        # 3.2%``: a comparison stated right after another change is that change's own)
        before = next((baselines[j] for j in range(hi - 1, lo - 1, -1) if baselines[j].end <= q.start and
                       not self._compared_by_other(lower, baselines[j], q, quantities, steps)), None)
        if before is not None and not time_reaches(lower, text, before, q, self._time_ends(doc)):
            return None  # ``compared with the second quarter, when the economy had expanded by 1.0 percent``
        if before is not None and span_value(q, "metric") == "SHARE" and q.start >= 2 and lower[q.start - 1] == "from" \
                and lower[q.start - 2] in ("up", "down", "unchanged"):
            return None  # ``was 4.3%, unchanged from October but up from 4.1% in November 2024``: the earlier value (C31-17)
        if before is not None and _named_frequency(lower, q.start):
            return None  # ``fell by 0.5% on the month, and the annual rise of 3.0%``: its own comparison (C42-18)
        if before is not None and self._opened[before.start] > self._opened[q.start] and \
                ")" in text[before.end : q.start]:
            return None  # ``2.4% in 2024 (+0.1 point from the April forecast) and 1.8% in 2025``: a comparison in a
            # bracket closed before the figure is the bracket's own (C49-1)
        if before is not None:  # the last baseline before q in its sentence
            b = before
            lo, hi = self._span_range(quantities, b.end, q.start)
            between = [x for x in quantities[lo:hi] if is_modifier(x)]
            if any(text[k] == "," and lower[k + 1] in ("while", "whereas", "whilst") for k in range(b.end, q.start - 1)):
                return None  # ``up from 84 per 100,000 a year earlier, while homicides fell by 6% to 535``: another
                # clause's comparison (FORMAT: a comparison applies to the changes of its clause; C31-18)
            colon = next((k for k in range(b.end, q.start) if text[k] == ":"), None)
            if colon is not None and colon + 1 < q.start and lower[colon + 1] in _CLAUSE_OPENERS:
                return None  # ``a slower recovery than in the September projections: the economy is now projected to
                # grow by 0.7%``: a clause of its own after the colon (C31-14)
            if not between and ";" not in text[b.end : q.start]:
                return b
            timed = time_token_set(doc)  # (``increases of 13.7% in July and 19.5% in June``: each with its time, C50-28)
            if between and span_value(q, "metric") == "CHANGE" and all(span_value(x, "metric") == "CHANGE" for x in between) and \
                    all(lower[k] in (",", "and", "or") or k in timed for k in range(between[-1].end, q.start)) and \
                    all(lower[k] in (",", "and", "or") or k in timed for x, y in zip(between, between[1:])
                        for k in range(x.end, y.start)) and \
                    not any(is_modifier(x) for x in quantities[lo:hi] if x.end <= between[0].start) and \
                    ";" not in text[b.end : q.start]:
                # ``year-on-year increases of 0.6% and 0.8% respectively``: a bare list of changes shares the
                # comparison its first one is stated against (C50-4)
                return b
        if span_value(q, "metric") == "CHANGE":
            found = self.header_baseline(doc, q, baselines, quantities)
            if found is not None and text_tables.header_cell(text_of(doc), q.start_char) is not None:
                self._column_compared.add((q.start, q.end))  # a cell of a table with a header line: its structure
            return found
        return None

    @staticmethod
    def _restated_in_brackets_after(lower, baselines, q) -> Span | None:
        """The baseline right before a bracket that restates a change in other terms, ``q`` being that bracket's
        figure (``10,418 more than in 2022-23 (an increase of 4%)``, ``... than a year earlier (up 4%)``), else None."""
        k = q.start - 1
        while k >= 0 and lower[k] in _RESTATING_BRACKET_WORDS:
            k -= 1
        if k < 1 or lower[k] != "(" or q.end >= len(lower) or lower[q.end] != ")":
            return None
        return next((b for b in baselines if b.end == k), None)

    @staticmethod
    def _past_counted_noun(lower, q, x) -> list:
        """The words between ``q`` and ``x`` without ``q``'s counted noun right after it (``an increase of 2 130 cases
        or 4.3%``: ``or``), so that a change restated in percent is no figure between ``q`` and its comparison."""
        words_ = lower[q.end : x.start]
        unit = span_value(q, "unit")
        if words_ and unit and span_value(q, "unit_kind") == "count" and words_[0].isalpha() and \
                words_[0].startswith(unit[: max(3, len(unit) - 1)]):
            return words_[1:]
        return words_

    def _compared_by_other(self, lower, b, q, quantities, steps: set = frozenset()) -> bool:
        """Whether the baseline ``b`` follows another change than ``q`` with only a comparison word between
        (``1.7 percentage points above the rate of the previous month``, ``0.4 points higher than in June``), or
        right after an earlier step (``steps``)."""
        first, last = self._span_range(quantities, b.start - 4, b.start)
        for x in quantities[first:last]:
            gap = lower[x.end : b.start]
            if x is not q and x.end <= b.start and span_value(x, "metric") == "CHANGE" and gap and \
                    gap[0] in COMPARATIVES_UP | COMPARATIVES_DOWN | {"above", "below"} and \
                    all(w in ("than", "in", "the", "above", "below") for w in gap[1:]):
                return True
            if x is not q and x.end == b.start and x.end <= q.start and (x.start, x.end) in steps:
                return True  # ``after a rise of 0.2% the month before, while ... climbed by 1.1%``: the step's time (C28-5)
        return False

    def dated_previous_values(self, doc, quantities, baseline_of, period_of) -> None:
        """A relative time phrase right after a level dates that level (GUIDELINES C-9): ``up from
        73.1% a year earlier``, ``compared with 15.7% a year earlier``, ``6.92 (6.70 a year earlier)``.
        A level is no change: it takes no BASELINE. When a change of the sentence compares with the
        phrase (``down 5.5 points from 51.4% a year ago``), the phrase stays that change's BASELINE and
        the level is left undated; otherwise the phrase is the level's PERIOD. A share of an earlier
        level (``recovering to 85% of the same period in 2019``, ``97% of the pre-pandemic level``)
        keeps its baseline."""
        self._changes_of_their_own_time(quantities, baseline_of)
        taken = {(b.start, b.end) for found in baseline_of.values() for b in found}
        by_start = {b.start: b for b in spans_of(doc, "BASELINE") if (b.start, b.end) not in taken}
        by_end = {b.end: b for b in by_start.values()}
        lower = token_table(doc).lower

        def right_after(b, q) -> bool:  # ``20.1% a year earlier``, ``20.1% recorded a year earlier``
            return b.start == q.end or b.start == q.end + 1 and (lower[q.end] in STATED_AT_WORDS or counted_noun(q))

        def counted_noun(q) -> bool:  # ``against 1,870 people a year earlier``: the figure's counted noun between
            unit = span_value(q, "unit")
            return q.end < len(lower) and bool(unit) and span_value(q, "unit_kind") == "count" and (
                lower[q.end] == unit or singular(lower[q.end]) == unit or
                lower[q.end] in ("people", "persons") and unit == "person")

        time_ends = time_span_ends(doc)  # (not the cached set: the spans change below)

        def continues_earlier_values(k: int) -> bool:
            """Whether ``quantities[k]`` continues a list of earlier values after ``and`` or a comma, each value
            with its own time (``down from 1,530 at the end of May and 2,870 a year earlier``: C27-1)."""
            q = quantities[k]
            if k == 0 or q.start < 2 or lower[q.start - 1] not in ("and", ","):
                return False
            x = quantities[k - 1]
            if x.end != q.start - 1 and q.start - 1 not in time_ends and not (x.end == q.start - 2 and counted_noun(x)):
                return False  # (``compared with 1,540 cases and £29.8 million a year earlier``: past the counted noun)
            return x.start >= 1 and (lower[bound_phrase_start(lower, x.start) - 1] in PREVIOUS_VALUE_WORDS or
                                     _previous_value_named(lower, x.start))

        for k, q in enumerate(quantities):
            b = by_start.get(q.end) or (by_start.get(q.end + 1) if q.end < len(lower) and
                                        (lower[q.end] in STATED_AT_WORDS or counted_noun(q)) else None)
            if b is not None and q not in baseline_of and q.start >= 1 and (
                    lower[bound_phrase_start(lower, q.start) - 1] in PREVIOUS_VALUE_WORDS or lower[q.start - 1] == "(" or
                    q.start >= 2 and lower[q.start - 1] == "to" and lower[q.start - 2] in ("compared", "relative") or
                    _previous_value_named(lower, q.start) or continues_earlier_values(k) or
                    bracketed_values(lower, quantities, k)) \
                    and RELATIVE_POINT.search(b.text) and not LEVEL_BASELINE.search(b.text):
                baseline_of[q] = [b]  # ``compared with ¥147.69 a year earlier``: dated below, as a level's time
        compared_by: dict[tuple[int, int], set] = {}  # a baseline -> the changes comparing with it
        for q, found in baseline_of.items():
            if span_value(q, "metric") == "CHANGE":
                for b in found:
                    compared_by.setdefault((b.start, b.end), set()).add((q.start, q.end))
        replaced: dict[tuple[int, int], Span] = {}
        index = {q.start: k for k, q in enumerate(quantities)}

        def as_period(b: Span) -> Span:
            """The PERIOD span that replaces the BASELINE ``b`` (made once per phrase)."""
            if (b.start, b.end) not in replaced:
                period = Span(doc, b.start, b.end, label="PERIOD")
                period._.date_from, period._.date_to = period_dates(period.text, doc._.release_date)
                period._.source = span_value(b, "source")
                replaced[(b.start, b.end)] = period
            return replaced[(b.start, b.end)]

        for q in quantities:
            found = baseline_of.get(q)
            if not found or (q.start, q.end) in self._recoveries:
                continue
            change_of_its_own = span_value(q, "metric") == "CHANGE"
            if change_of_its_own and (_is_multiple(q) or not any(
                    right_after(b, q) and RELATIVE_POINT.search(b.text) for b in found)):
                continue  # ``1.7 times the previous year`` compares with it
            kept = []
            for b in found:
                if not right_after(b, q) or LEVEL_BASELINE.search(b.text) or change_of_its_own and \
                        not RELATIVE_POINT.search(b.text):
                    kept.append(b)
                    continue
                # a change stated with its own time (``compared with growth of 0.9 percent a month earlier``,
                # ``after 0.2 percent a month earlier``, ``(5.2% a month earlier)``) happened then: like a
                # level's, the phrase is its PERIOD, and the comparison of that change is left unstated
                others = compared_by.get((b.start, b.end), set()) - {(q.start, q.end)}
                if change_of_its_own and others:
                    kept.append(b)  # another change of the sentence compares with the same phrase
                    continue
                change = self._change_before_previous_value(doc, q, quantities, baseline_of)
                if change is not None and change_of_its_own and span_value(change, "unit") == span_value(q, "unit"):
                    change = None  # ``rose 2.9%, compared with 3.1% a month earlier``: two rates, each of its time
                if change is not None and not others:
                    baseline_of[change] = [b]  # ``down 5.5 points from 51.4% a year ago``
                    compared_by.setdefault((b.start, b.end), set()).add((change.start, change.end))
                elif not others and (q not in period_of or not right_after(period_of[q], q)):
                    # (the phrase right after the value is its own time, over the sentence's: ``stood at 134.2 in
                    # September 2024 (131.9 a year earlier)``)
                    period_of[q] = as_period(b)
                    for x in bracketed_values(lower, quantities, index[q.start])[:-1]:
                        if x not in period_of and all(y is b for y in baseline_of.get(x, [b])) and \
                                span_value(x, "metric") != "CHANGE":
                            baseline_of.pop(x, None)
                            period_of[x] = as_period(b)
                    x = quantities[index[q.start] - 1] if index[q.start] >= 1 else None
                    if x is not None and x not in period_of and x not in baseline_of and \
                            span_value(x, "metric") != "CHANGE" and x.start >= 1 and \
                            lower[x.start - 1] in PREVIOUS_VALUE_WORDS and \
                            (lower[x.end : q.start] == ["and"] or lower[x.end + 1 : q.start] == ["and"] and counted_noun(x)):
                        # ``compared with 1,540 cases and £29.8 million a year earlier``: the time dates both values
                        period_of[x] = as_period(b)
            if kept:
                baseline_of[q] = kept
            else:
                del baseline_of[q]
        used = {(b.start, b.end) for found in baseline_of.values() for b in found}
        text = token_table(doc).text
        for q in quantities:
            # ``similar to the year ending March 2023 (8.6 million)``: a time compared with, its value alone in the
            # brackets after it, dates that value when no change compares with it (C-9)
            b = by_end.get(q.start - 1)
            if b is None or (b.start, b.end) in used or q in period_of or q in baseline_of or \
                    span_value(q, "metric") == "CHANGE" or text[q.start - 1] != "(" or q.end >= len(text) or \
                    text[q.end] != ")" or not RELATIVE_POINT.search(b.text) and not _A_YEAR.search(b.text):
                continue
            period_of[q] = as_period(b)
            self._bracket_dated.add((q.start, q.end))
        if replaced:
            set_spans(doc, [replaced.get((x.start, x.end), x) if x.label_ == "BASELINE" else x
                            for x in group_spans(doc)])

    @staticmethod
    def _changes_of_their_own_time(quantities, baseline_of) -> None:
        """A change with a relative time right after it (``compared with 3.1% a month earlier``, ``(5.9% a month
        earlier)``) is a rate of that time: the phrase is its own, taken from any change of the same unit
        it was given to (``rose 2.9% in March``), which compares with the other rate, not with that time."""
        owners: dict[tuple[int, int], list] = {}
        for x, found in baseline_of.items():
            for b in found:
                owners.setdefault((b.start, b.end), []).append(x)
        changes = [q for q in quantities if span_value(q, "metric") == "CHANGE" and not _is_multiple(q)]
        for q in changes:
            for key, holders in owners.items():
                if key[0] != q.end:
                    continue
                b = next(b for b in baseline_of[holders[0]] if (b.start, b.end) == key)
                others = [x for x in holders if x is not q]
                if not RELATIVE_POINT.search(b.text) or any(
                        span_value(x, "metric") != "CHANGE" or span_value(x, "unit") != span_value(q, "unit")
                        for x in others):
                    continue
                for x in others:
                    baseline_of[x] = [y for y in baseline_of[x] if (y.start, y.end) != key]
                    if not baseline_of[x]:
                        del baseline_of[x]
                if q not in baseline_of or all((y.start, y.end) != key for y in baseline_of[q]):
                    baseline_of.setdefault(q, []).append(b)

    def _change_before_previous_value(self, doc, q, quantities, baseline_of) -> Span | None:
        """The change without a baseline that ``q`` is the starting point of: ``down 5.5 points from
        51.4%``, ``fell 2.0% to 74,702 from 76,226`` (a comparison word right before ``q``, the change a
        few words before it in its sentence, at most the level it reaches between them)."""
        lower = token_table(doc).lower
        if q.start == 0 or lower[q.start - 1] not in PREVIOUS_VALUE_WORDS:
            return None
        sent_start = sentence_range(doc, q.start)[0]
        lo, hi = self._span_range(quantities, max(sent_start, q.start - 12), q.start)
        for x in reversed(quantities[lo:hi]):
            if span_value(x, "metric") == "CHANGE":
                between = lower[x.end : q.start]
                if x in baseline_of or ";" in between or len(between) > 8:
                    return None
                return x
        return None

    def changes_named_in(self, doc, modifies, categories) -> None:
        """A change stated as a noun with what it is in (``compared with an increase of 5.3% in average hourly
        earnings of payroll employees``, ``a 0.9 percent rise in primary industries``) names its own category:
        it modifies no figure of the sentence (``in real terms`` names no category)."""
        lower = token_table(doc).lower
        kept = self._reached | self._share_links | self._back_references | self._distributed
        for q in [q for q in modifies if (q.start, q.end) not in kept]:
            found = categories.get(q)
            if found is not None and found.how == "contribution":
                del modifies[q]  # ``, pushing up the CPI by about 0.09 percentage points``: a change of its own subject
                continue
            if found is None or found.how != "placed" or lower[found.child.end - 1] in ("terms", "term"):
                continue
            before = lower[max(0, q.start - 2) : q.start]
            # (``a 12.6% drop in imports``, ``the 0.3 percent year-on-year increase in the CPI``)
            if before[-1:] == ["of"] and before[0] in CHANGE_NOUN_WORDS or \
                    CategoryFinder.change_noun_after(doc, q, sentence_range(doc, q.start)[1], time_token_set(doc)) is not None:
                del modifies[q]

    def restated_comparisons(self, doc, quantities, baselines, modifies) -> None:
        """A comparison restated in a sentence of its own (``... were at a seasonally adjusted annual rate of
        1,396,000. This is 4.0 percent (±1.1 percent) below the revised June rate of 1,454,000 and is 7.0
        percent (±1.4 percent) below the July 2023 rate of 1,501,000``; ``...; this is 14.1 percent below
        the revised June figure of 991,000``): each change after ``this is``/``it was`` (or a coordinated
        ``and is``) MODIFIES the last figure before the anaphor (D-12), kept over the re-ranker; the value
        after ``<baseline> of`` is the baseline's value, which no change modifies (C8-1, D-26): it takes the
        category of the figure compared and no period. A margin of error modifies nothing."""
        if not quantities:
            return
        table = token_table(doc)
        lower = table.lower
        baseline_ends = {b.end for b in baselines}
        values = {x for x in quantities if x.start >= 1 and lower[x.start - 1] == "of" and x.start - 1 in baseline_ends}
        for q in [q for q, target in modifies.items() if target in values or is_margin(target) or is_margin(q)]:
            del modifies[q]
        antecedent = None  # the figure of the last ``this is`` clause, for a coordinated ``and is``
        for k, q in enumerate(quantities):
            if span_value(q, "metric") != "CHANGE" or is_margin(q):
                continue
            i = q.start - 1
            while i >= 0 and lower[i] in RESTATING_ADVERBS:
                i -= 1
            # ``which is 3.1 percent below the revised September rate of 889,600 and 6.4 percent below the October 2023
            # rate of 921,000``: the coordinated change, its verb left out, restates the same figure
            # (``..., but 9.3 percent above the October 2023 rate of 1,383,000``: a contrasting change, too, C27-8)
            elided = i >= 1 and lower[i] in ("and", "but") and antecedent is not None and k >= 1 and \
                quantities[k - 1] in values and (quantities[k - 1].end == i or
                                                 quantities[k - 1].end == i - 1 and lower[i - 1] == ",")
            if not elided:
                if i < 1 or lower[i] not in ("is", "was", "are", "were"):
                    continue
                subject = lower[i - 1]
                if subject in ("this", "it", "which"):
                    sent_start = sentence_range(doc, i - 1)[0]
                    earlier = [x for x in quantities[:k] if x.end <= i - 1 and not is_modifier(x) and x not in values
                               and not self.is_age_or_duration(x)]
                    found = earlier[-1] if earlier else None
                    if found is not None and sentence_range(doc, found.start)[0] != sent_start and (
                            sentence_range(doc, max(0, sent_start - 1))[0] != sentence_range(doc, found.start)[0]):
                        found = None  # only the sentence right before
                    antecedent = found
                elif subject not in ("and", "but") or antecedent is None:
                    continue
            if antecedent is not None and modifies.get(q, antecedent) is antecedent:
                modifies[q] = antecedent
                self._back_references.add((q.start, q.end))
                for value in sorted(values, key=lambda v: v.start):  # the first value after the change
                    if value.start > q.end and (value.start - q.end) < 16 and value not in self._compared_values:
                        self._compared_values[value] = antecedent
                        break

    def steps_of_changes(self, doc, quantities, steps, modifies, categories, category_of) -> None:
        """An earlier step (C11-11) is a change of the same measure as the sentence's own change, at its own time:
        it modifies no figure of the sentence and takes the category of that change (``Seasonally adjusted output
        decreased by 0.6 per cent in September ... to an index level of 97.8, after rising by 1.3 per cent in August
        and by 0.4 per cent in July``: both steps are changes of seasonally adjusted output; C14-5)."""
        if not steps:
            return
        # a list of steps (``against declines of 6.6% and 8.6% respectively in the first seven months``) pairs in
        # order with as many changes of the sentence before it
        groups: list[list[int]] = []
        for k, q in enumerate(quantities):
            if (q.start, q.end) in steps:
                if groups and groups[-1][-1] == k - 1 and \
                        sentence_range(doc, quantities[k - 1].start)[0] == sentence_range(doc, q.start)[0]:
                    groups[-1].append(k)
                else:
                    groups.append([k])
        for group in groups:
            first = quantities[group[0]]
            sent_start = sentence_range(doc, first.start)[0]
            unit = span_value(first, "unit")
            follows = sent_start > 0 and _FOLLOWS_OPENING.match(" ".join(token_table(doc).lower[sent_start : first.start]))
            if follows:
                sent_start = sentence_range(doc, sent_start - 1)[0]  # (the change of the sentence before, C30-8)
            mains = [x for x in quantities[max(0, group[0] - 8) : group[0]] if x.start >= sent_start and
                     span_value(x, "metric") == "CHANGE" and span_value(x, "unit") == unit and
                     (x.start, x.end) not in steps]
            for k in group:
                modifies.pop(quantities[k], None)
            if not mains or 1 < len(mains) < len(group):
                continue
            # (one change before several steps: they are its measure's earlier steps, ``after rising by 1.3 per cent in
            # August and by 0.4 per cent in July``)
            pairs = zip(group, mains[-len(group):]) if len(mains) >= len(group) else ((k, mains[0]) for k in group)
            for k, main in pairs:
                q = quantities[k]
                if follows and main in modifies:
                    main = modifies[main]  # (the level the change before reached names what changed)
                own = categories.get(q)
                if not follows and own is not None and own.how == "subject" and own.child.start > main.end:
                    continue  # the step's own clause names what changed (``the energy index was unchanged over the
                    # month, after declining 1.9 percent in September``, C35-1)
                category = category_of.get(main) or (categories[main].child if main in categories else None)
                if category is not None and q not in category_of:
                    category_of[q] = category
                    doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, main.start, main.end])

    def values_of_baselines(self, doc, quantities, modifies, baseline_of) -> None:
        """The value after ``<baseline> of`` of a change that modifies a figure is the baseline's value (C10-2,
        C14-1): ``1,428,000, which is 2.9 percent below the revised August rate of 1,470,000 and 5.7 percent below
        the September 2023 rate of 1,515,000``, ``rose to a rate of 1,027,000, 2.7 percent above the revised
        August figure of 1,000,000``: it takes the category of the figure compared and no period, however the
        change was attached (``this is``, ``which is``, a coordinated change, an apposition)."""
        if not modifies or not baseline_of:
            return
        lower = token_table(doc).lower
        by_start = {x.start: x for x in quantities}
        for q, target in modifies.items():
            for b in baseline_of.get(q, ()):
                if b.end + 1 >= len(lower) or lower[b.end] != "of" or b.start < q.end:
                    continue
                value = by_start.get(b.end + 1)
                if value is None or value is target or value in modifies or value in self._compared_values:
                    continue
                if span_value(value, "metric") != span_value(target, "metric"):
                    continue
                self._compared_values[value] = target

    def opening_baselines(self, doc, quantities, baselines, baseline_of) -> None:
        """A sentence that opens on its comparison point (``Compared with March 2020, the Claimant Count was
        320,000 higher, an increase of about 26 per cent``; ``- Compared with the five-year average, stocks
        ... were 14.8% higher``) compares every change of the sentence with it (D-8), except a change
        whose own clause names another baseline right after it. These links are the sentence's structure:
        the trained step keeps them (``how="opening"``)."""
        if not baselines or not quantities:
            return
        table = token_table(doc)
        lower, text = table.lower, table.text
        opened: dict[int, list[Span]] = {}  # sentence start -> the baselines it or its clauses open on
        for b in baselines:
            sent_start, _ = sentence_range(doc, b.start)
            k = sent_start
            while k < b.start and (text[k] in ("-", "--", "•", "*", "–", "\n") or text[k].isspace()):
                k += 1
            if " ".join(lower[k : b.start]) in OPENING_COMPARISONS and b.end < len(lower) and text[b.end] == ",":
                opened.setdefault(sent_start, []).append(b)
                continue
            # ``..., while compared with November 2023 it fell by 295 000 and 333 000 respectively``: a clause
            # after a contrasting conjunction opens on its own comparison point
            # (or after ``, and``: ``..., and compared with November 2023 it was up by 159 000 and 101 000
            # respectively``, C50-2)
            cue = next((j for j in range(b.start - 1, max(sent_start, b.start - 4), -1)
                        if (lower[j] in CLAUSE_CONJUNCTIONS or lower[j] == "and") and text[j - 1] == "," or
                        text[j] == ";"), None)
            # (or after a semicolon: ``...; compared with October 2023, it was lower by 416 000 (-3.1%) and 411 000
            # (-3.7%) respectively``, C51-17)
            if cue is not None and " ".join(lower[cue + 1 : b.start]) in OPENING_COMPARISONS and \
                    (sent_start in opened or text[cue] == ";" and b.end < len(lower) and text[b.end] == ","):
                opened.setdefault(sent_start, []).append(b)
        if not opened:
            return
        for q in quantities:
            if span_value(q, "metric") != "CHANGE":
                continue
            sent_start, _ = sentence_range(doc, q.start)
            b = next((x for x in reversed(opened.get(sent_start, ())) if x.end <= q.start), None)
            if b is None:
                continue
            own = baseline_of.get(q)
            if own and any(x is not b and q.end <= x.start <= q.end + 8 and "," not in text[q.end : x.start]
                           for x in own):
                continue  # ``..., and 0.6% in the EU compared with the same quarter of 2023``: its own
            baseline_of[q] = [b]
            self._opening_compared.add((q.start, q.end))

    def closing_baselines(self, doc, quantities, baselines, baseline_of) -> None:
        """A comparison that closes its sentence after a comma (``The number of employed persons increased by 0.1%
        in the euro area and by 0.2% in the EU in the fourth quarter of 2024, compared with the previous quarter``)
        compares every change of its clause that has no comparison point of its own (D-8), as one opening the
        sentence does; a step before another change (``after +0.9% in the third quarter``, C11-11) and a change
        past a semicolon are left alone."""
        if not baselines or not quantities:
            return
        table = token_table(doc)
        lower, text = table.lower, table.text
        for b in baselines:
            sent_start, sent_end = sentence_range(doc, b.start)
            k = b.start
            while k > sent_start and lower[k - 1] in CLOSING_COMPARISON_WORDS:
                k -= 1
            closes = b.end >= sent_end or text[b.end] in (".", ";") or text[b.end].isspace() or \
                text[b.end] == "," and b.end + 1 < sent_end and lower[b.end + 1] in ("while", "whereas", "but")
            if k == b.start or k - 1 <= sent_start or text[k - 1] != "," or not closes:
                continue
            clause_start = max([i + 1 for i in range(sent_start, k) if text[i] == ";"], default=sent_start)
            lo, hi = self._span_range(quantities, clause_start, k)
            for q in quantities[lo:hi]:
                if span_value(q, "metric") != "CHANGE" or q in baseline_of or is_margin(q) or _is_multiple(q):
                    continue
                if q.start >= 1 and lower[q.start - 1] in ("after", "following", "from") or \
                        q.start >= 2 and lower[q.start - 2] in ("after", "following"):
                    continue  # (an earlier step, C11-11)
                baseline_of[q] = [b]
                self._opening_compared.add((q.start, q.end))  # the sentence's structure, as an opening one

    def share_baselines(self, doc, quantities, baseline_of, steps: set = frozenset()) -> None:
        """A comparison point stated once serves the parallel changes of its sentence (D-8): a change
        without one takes the baseline of the nearest earlier change of the same unit in the sentence
        (``rose 0.3% year on year, food prices fell 0.9%``), else that of a later change of the same
        unit in its clause whose baseline closes the clause (``..., imports 3% and the balance 2% year
        over year``). An earlier step (``after a rise of 0.2% the month before``) serves no later change: its time is its
        own (C28-5)."""
        changes = [q for q in quantities if span_value(q, "metric") == "CHANGE"]
        units = [span_value(q, "unit") for q in changes]
        table = token_table(doc)
        semicolons = [0]  # semicolons[i]: how many ";" tokens precede token i
        for text in table.text:
            semicolons.append(semicolons[-1] + (text == ";"))
        sents = [Bounds(*sentence_range(doc, q.start)) for q in changes]
        # next_stated[k]: the first later change of the same unit with a baseline of its own, before
        # the sentence ends or a semicolon intervenes (one backward pass: linear in the figures)
        next_stated: list[Span | None] = [None] * len(changes)
        nearest: dict[str, Span] = {}
        for k in range(len(changes) - 1, -1, -1):
            if k + 1 < len(changes) and (sents[k + 1].start != sents[k].start or
                                         semicolons[changes[k + 1].start] > semicolons[changes[k].end]):
                nearest = {}
            next_stated[k] = nearest.get(units[k])
            if changes[k] in baseline_of:
                nearest[units[k]] = changes[k]
        last_with_baseline: dict[tuple[int, str], Span] = {}
        period_starts = {p.start for p in spans_of(doc, "PERIOD")}
        for k, q in enumerate(changes):
            key = (sents[k].start, units[k])
            if q in baseline_of:
                if (q.start, q.end) not in steps:
                    last_with_baseline[key] = q
                continue
            if _named_frequency(table.lower, q.start):
                continue  # ``fell by 0.5% on the month, and the annual rise of 3.0% takes ...``: its own comparison (C42-18)
            twin = changes[k + 1] if k + 1 < len(changes) else None
            if twin is not None and (twin.start, twin.end) in self._column_compared:
                twin = None  # (a baseline a heading gives the bracketed column only, C48-13)
            if twin is not None and twin in baseline_of and sents[k + 1].start == sents[k].start and not (
                    twin.end + 1 < len(table.lower) and table.lower[twin.end] in COMPARATIVES_UP | COMPARATIVES_DOWN and
                    table.lower[twin.end + 1] == "than") and all(
                    table.lower[i] in PARALLEL_GAP or table.punct[i] and table.text[i] not in (";", ":")
                    for i in range(q.end, twin.start)):
                # ``fell by 35,000 (-0.1%) on the month but rose by 76,000 (+0.3%) on the year``: the change restated
                # right after it names its comparison, not the earlier change of the sentence (C20-8)
                baseline_of[q] = list(baseline_of[twin])
                last_with_baseline[key] = q
                continue
            source = last_with_baseline.get(key)
            if source is not None and (source.start, source.end) in self._column_compared:
                source = None  # (a cell's baseline from its column heading serves no other figure, C48-13)
            if source is not None and all(span_value(b, "baseline_type") == "other" and not RELATIVE_POINT.search(b.text)
                                          and not _A_YEAR.search(b.text) for b in baseline_of[source]) and \
                    any(table.text[i] == "," and table.lower[i + 1] in ("while", "whereas", "whilst")
                        for i in range(source.end, q.start - 1)):
                # (``0.2 points below the peak ..., while the underemployment rate rose 0.1 points``: a level compared
                # with, named for the change of its clause; a time compared with serves the parallel changes, D-8)
                source = None
            if source is not None:
                baseline_of[q] = list(baseline_of[source])
                last_with_baseline[key] = q
                continue
            later = next_stated[k]
            if later is None or q.end in period_starts:
                continue  # ``rose 1.0% this quarter, and 3.8% annually``: its own time, not the later comparison
            found = baseline_of[later]
            b = found[-1]
            if any(table.lower[i] in (",", "and") and table.lower[i + 1] in ("it", "they", "this") and
                   table.verb[i + 2] for i in range(q.end, later.start - 2)):
                continue  # ``fell by 0.1%, and it was 0.5% below where it was a year earlier``: another clause's
            if any(x.start >= later.end and x.end <= b.start and not is_modifier(x) for x in quantities) and \
                    self.new_clause_between(doc, q, later):
                continue  # ``..., and units of dental activity were 9.1% lower than the 79.7 million delivered in
                # 2019-20``: the time of a value another clause compares with is that clause's comparison (C40-23)
            closes = b.start >= later.end and (b.end >= sents[k].end or table.punct[b.end])
            if closes and self._compared_in_own_brackets(doc, later) and \
                    self.bracket_opening(doc, q) != self.bracket_opening(doc, later):
                continue  # ``(3.9%, compared with 4.0% in October), ... (0.7%, stable compared with October)``: the
                # later bracket's own comparison
            if closes and span_value(b, "baseline_type") in vocabulary("clause_baseline_types"):
                baseline_of[q] = list(found)
                last_with_baseline[key] = q
        # a change restated in another unit right after it shares its comparison point: ``up 0.4%, or
        # 129,000``, ``320,000 higher, an increase of about 26 per cent``, ``rose by 26,000 (+1.2%)``
        for k in range(len(changes) - 1):
            a, b = changes[k], changes[k + 1]
            if sents[k].start != sents[k + 1].start or (a in baseline_of) == (b in baseline_of):
                continue
            if (a.start, a.end) in self._column_compared or (b.start, b.end) in self._column_compared:
                continue  # ``0.8 (+0.1)`` under ``(per cent; change on November 2023 in brackets)``: the heading gives
                # its baseline to the bracketed column only; its cell shares it with no other (C48-13)
            if b.end + 1 < len(table.lower) and table.lower[b.end] in COMPARATIVES_UP | COMPARATIVES_DOWN and \
                    table.lower[b.end + 1] == "than":
                continue  # ``increased by RMB580 billion, RMB510 billion less than in November 2023``: b's own comparison
            if all(table.lower[i] in PARALLEL_GAP or table.punct[i] and table.text[i] not in (";", ":")
                   for i in range(a.end, b.start)):
                if a in baseline_of:
                    baseline_of[b] = list(baseline_of[a])
                else:
                    baseline_of[a] = list(baseline_of[b])

    def listed_earlier_values(self, doc, quantities, modifies, categories, category_of) -> None:
        """A list of earlier values stated after a list of as many figures of the same unit, in brackets or after
        ``compared with``, takes their categories in order (C16-13): ``academies, sixth form colleges and
        comprehensive schools recorded 26.5%, 23.8% and 22.3% respectively (25.4%, 22.9% and 22.0% a year
        earlier)``, ``The crude birth rate was 8.1 ... and the crude death rate 13.1 ..., compared with 9.0 and 13.0
        respectively``."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        runs: list[list[Span]] = []  # figures joined by list words only, in text order
        for q in quantities:
            if runs and runs[-1][-1].end <= q.start and q.start - runs[-1][-1].end <= 2 and \
                    all(text[i] == "," or lower[i] == "and" for i in range(runs[-1][-1].end, q.start)):
                runs[-1].append(q)
            else:
                runs.append([q])
        for k in range(1, len(runs)):
            later = runs[k]
            n = len(later)
            if n < 2:
                continue
            opening = later[0].start - 1
            while opening >= 0 and lower[opening] in BOUND_WORDS:
                opening -= 1
            cued = opening >= 0 and (text[opening] == "(" or lower[opening] in ("with", "to", "against") and
                                     opening >= 1 and lower[opening - 1] in ("compared", "comparison") or
                                     lower[opening] == "from" and opening >= 1 and lower[opening - 1] in ("up", "down"))
            if not cued or any(q in modifies or span_value(q, "metric") == "CHANGE" for q in later):
                continue  # (``(-2.7% and -0.4%, respectively)``: changes of their own)
            if text[opening] == "(":
                close = next((i for i in range(later[-1].end, min(len(text), later[-1].end + 8)) if text[i] == ")"), None)
                if close is None or not (self._time_ends(doc) & set(range(later[-1].end + 1, close + 1)) or
                                         lower[close - 1] in ("earlier", "previously", "before", "ago")):
                    continue  # an earlier value in brackets names its time (``(25.4%, 22.9% and 22.0% a year earlier)``)
            sent_start = sentence_range(doc, later[0].start)[0]
            earlier = None
            for j in range(k - 1, -1, -1):
                run = runs[j]
                if run[0].start < sent_start:
                    break
                if len(run) == n and all(span_value(a, "unit") == span_value(b, "unit") for a, b in zip(run, later)):
                    earlier = run
                    break
            if earlier is None:
                # (``8.1 per thousand inhabitants and the crude death rate 13.1 per thousand``: one figure per clause)
                singles = [r[0] for r in runs[:k] if len(r) == 1 and r[0].start >= sent_start and
                           span_value(r[0], "unit_kind") == span_value(later[0], "unit_kind") and r[0] not in modifies]
                earlier = singles[-n:] if len(singles) >= n else None
            if earlier is None:
                continue
            for a, b in zip(earlier, later):
                category = category_of.get(a) or (categories[a].child if a in categories else None)
                if category is not None:
                    category_of[b] = category
                    doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([b.start, b.end, a.start, a.end])

    def previous_values(self, doc, quantities, modifies, categories, category_of) -> None:
        """A value stated for comparison takes the category of the figure it is compared with (D-6):
        ``revised from +333,000 to +290,000``, ``rose by 2.0%, up from 1.6% in April``, ``compared with
        2.7% in April``; unless it has its own counted noun (``a deficit of HK$371.3 billion``)."""
        cue_words = vocabulary("previous_value_cues")
        comparatives = vocabulary("previous_value_comparatives")
        skip = vocabulary("previous_value_qualifiers") | vocabulary("change_nouns") | {"a", "an", "the", "of",
                                                                                       "average", "its", "their", "just",
                                                                                       "only"}
        lower = token_table(doc).lower
        bound_words = bound_last_words()
        time_tokens = time_token_set(doc)
        compared: set = set()  # comparison values that were stated of a figure, now with its category
        # (a comparison written as an adverb, ``year over year``, has no value of its own to state in brackets)
        period_ends = {p.end for p in spans_of(doc, "PERIOD")}
        baseline_ends = {b.end for b in spans_of(doc, "BASELINE") if span_value(b, "baseline_type") not in
                         ("yoy", "mom", "qoq") or not ADVERBIAL_COMPARISON.search(b.text)}
        for k, q in enumerate(quantities):
            bracketed = False
            if q.start >= 1 and lower[q.start - 1] == "(" and (q.start - 1 in baseline_ends or
                                                               (q.start, q.end) in self._bracket_dated) and \
                    _closes_with_own_noun(lower, q.end, span_value(q, "unit")):
                # ``below the annual rate in the 12 months to July 2024 (8.6%)``: the baseline's value alone in its
                # bracket, or with its counted noun (``compared with 2022 (8,320 cases)``)
                self._baseline_values.add((q.start, q.end))
            if q in category_of or (q in categories and categories[q].how in ("after", "of", "placed", "target",
                                                                               "with-item", "apposition", "named-after")):
                continue  # (``Germany, with 4.4 million tonnes, accounted``: no value compared, C37-18)
            if q in modifies and not self._compared_modifier(doc, k, q, quantities, modifies):
                continue
            i = q.start - 1
            cued = False
            if q in modifies and k > 0 and quantities[k - 1] in compared and all(
                    lower[j] in (",", "and", "or", "just", "only") or j in time_tokens
                    for j in range(quantities[k - 1].end, q.start)):
                i, cued = quantities[k - 1].start - 1, True  # the list goes on: ``... and 39.2% in the second quarter``
            if q in self._compared_values:
                current = self._compared_values[q]
                category = category_of.get(current) or (categories[current].child if current in categories else None)
                self._baseline_values.add((q.start, q.end))  # the baseline's value: no period of the clause
                if category is not None:
                    category_of[q] = category
                    doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, current.start,
                                                                               current.end])
                continue
            if not cued and i >= 2 and lower[i] == ":" and (i - 1) + 1 in period_ends:
                label = next((p for p in spans_of(doc, "PERIOD") if p.end == i), None)
                if label is not None and label.start >= 1 and lower[label.start - 1] == "(":
                    i = label.start - 1  # ``(2022-23: $15.9 million)``: an earlier value under its time label
            if not cued:
                i = self._bracket_before_value(lower, i, q, time_tokens)
                if lower[i] == "(" and any(lower[j] in EARLIER_ADVERBS for j in range(i + 1, q.start)):
                    # ``has revised GDP growth for the March 2024 quarter to 0.5 percent (previously 0.2 percent)``: the
                    # earlier estimate of the figure the bracket follows (C52-2)
                    cued = True
            if not cued and i >= 1 and lower[i] == "(" and (i in baseline_ends or self._dated_in_brackets(doc, q)
                                                             or lower[q.start - 1] == ":" or
                                                             (q.start, q.end) in self._bracket_dated) and \
                    not self._compared_in_own_brackets(doc, q):
                # ``a decrease of 32% from June (83,536)``, ``57% lower than in July 2023 (132,652)``, ``9.7 billion
                # yuan (6.1 billion yuan in the same period of 2023)``: the value of the baseline's time
                cued, bracketed = True, True
            if not cued and self._reference_value(lower, q):
                cued = True  # ``well below the series high of 7.4 percent``: a value of the same measure (C26-1)
            while i >= 0 and not cued:
                word = lower[i]
                if word in cue_words or word == "to" and i >= 1 and lower[i - 1] in ("compared", "relative"):
                    cued = True  # (``compared to 242,861 units in October``, as ``compared with``)
                elif word == "followed" and lower[i + 1] != "by":
                    cued = True  # ``grew by 2.3% in September, which followed a decrease of 0.7% in August`` (C52-4)
                elif word == "than" and (any(w in comparatives for w in lower[max(0, i - 4) : i]) or
                                         lower[i + 1] in ("the", "its", "their") and i + 2 == q.start):
                    # ``a slower pace of increase than the 2.7% recorded``, ``rather than the 1.0%``, ``remained
                    # narrower than the 12.0 per cent recorded a year earlier``
                    cued = True
                elif word in MULTIPLE_WORDS and lower[i + 1] in ("the", "its", "their"):
                    cued = True  # ``more than double the 23,923 recorded in the same period of 2023``
                elif word in ("above", "below") and (lower[i + 1] in ("the", "its", "their") or
                                                     i + 1 == q.start and i >= 1 and lower[i - 1] == "," and
                                                     q.end in time_tokens):
                    cued = True  # ``above the 3.69% observed in the previous 12 months``; ``0.65, below 0.70 a year
                    # earlier``: the same measure at another time
                elif word == "on" and lower[i + 1] in ("the", "its", "their") and i + 2 == q.start and k > 0 and \
                        span_value(quantities[k - 1], "metric") == "CHANGE":
                    cued = True  # ``a 35% increase on the 9,245 made in 2023``: the value the change is on (C26-3)
                elif word in skip or word in bound_words:
                    i -= 1
                    continue
                break
            if not cued and i >= 1 and lower[i] == "(" and k > 0 and quantities[k - 1].end == i and \
                    q.end < len(doc) and lower[q.end] == ")" and q not in modifies and \
                    span_value(q, "unit") == span_value(quantities[k - 1], "unit") and \
                    span_value(q, "metric") == span_value(quantities[k - 1], "metric"):
                # ``M3: 1.6 (1.5)``, ``2024: 1.2 (1.5)``: a value in brackets right after a value of the same unit
                # and kind is the same measure at another time or by another estimate (D-6)
                current = quantities[k - 1]
                category = category_of.get(current) or (categories[current].child if current in categories else None)
                if category is not None:
                    category_of[q] = category
                    doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, current.start,
                                                                               current.end])
                continue
            if not cued and q.start >= 1 and lower[q.start - 1] == ";" and k > 0 and q not in modifies and \
                    self.bracket_opening(doc, q) is not None and \
                    self.bracket_opening(doc, q) == self.bracket_opening(doc, quantities[k - 1]):
                # ``4.2% in October 2024 (4.1% in September 2024, revised; 4.5% in October 2023)``: the next earlier
                # value in the same brackets is of the same figure
                earlier = quantities[k - 1]
                category = category_of.get(earlier) or (categories[earlier].child if earlier in categories else None)
                if category is not None and span_value(q, "unit") == span_value(earlier, "unit"):
                    category_of[q] = category
                    doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, earlier.start,
                                                                               earlier.end])
                continue
            if not cued:
                continue
            group = self._compared_group(doc, q, time_tokens)
            if group is not None:
                # ``The unemployment rate for men was 4.1%, compared with 3.8% for women``, ``against 3.0% among
                # younger cases``: a value compared for another group or place is of that group (C17-12)
                modifies.pop(q, None)
                category_of[q] = group
                continue
            if q in modifies:
                # ``38.6% of the employed population, compared with 38.9% in the previous quarter``: the
                # earlier share is of the earlier population, not of this figure: it takes the category
                target = modifies[q]
                category = category_of.get(target) or (categories[target].child if target in categories else None)
                if category is not None and lower[i] != "from":
                    del modifies[q]
                    category_of[q] = category
                    compared.add(q)
                    for twin, other in self._parallel_of.items():
                        if other is q and modifies.get(twin) is target:
                            # ``following a decrease of 30,200 (-4.5%) in the first quarter``: the change restated
                            # in brackets is a previous value too
                            del modifies[twin]
                            category_of[twin] = category
                    doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, target.start,
                                                                               target.end])
                continue
            sent_start, sent_end = sentence_range(doc, q.start)
            pairs = None if bracketed else self.compared_list(doc, k, quantities, sent_start, sent_end, modifies)
            if pairs is not None:
                # ``seized 1,457 kg of herbal cannabis, 61.2 kg of cocaine and 3.9 kg of heroin ..., compared with
                # 1,202 kg, 48.6 kg and 5.1 kg respectively``: the i-th earlier value is the i-th figure's
                for value, current in pairs:
                    category = category_of.get(current) or (categories[current].child if current in categories
                                                            else None)
                    if category is not None:
                        category_of[value] = category
                        doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append(
                            [value.start, value.end, current.start, current.end])
                continue
            unit = span_value(q, "unit")
            current = same_unit = None
            nxt = quantities[k + 1] if k + 1 < len(quantities) else None
            gap = lower[q.end : nxt.start] if nxt is not None else []
            if lower[i] == "from" and nxt is not None and nxt.start < sent_end and gap[-1:] == ["to"] and \
                    span_value(nxt, "unit") == unit and "," not in gap and ";" not in gap and \
                    not CLAUSE_CONJUNCTIONS & set(gap):
                # (``eased to 29.33% in November from 42.18% in October, while inflation in pulses fell to 5.41%``: the
                # next clause's level is no end of this ``from``; C20-18)
                current = nxt
            elif bracketed and lower[i] == "(" and k > 0 and quantities[k - 1].end == i and \
                    quantities[k - 1] not in modifies and lower[q.start - 1] == ":" and \
                    (span_value(q, "unit") in (None, span_value(quantities[k - 1], "unit")) or
                     not any(c.isalpha() or c in "%$€£¥" for c in q.text)):
                # ``climbed to 4.5 per 1,000 population (October 2023: 3.7)``: the figure the labelled bracket
                # follows, whatever kind the bare value was first read as (C28-11)
                current = quantities[k - 1]
            else:  # the last earlier figure of the sentence in the same unit that modifies nothing
                current = None
                # (``9 percent more than the 2,880 recorded in 2023``: after a change, a value dated by a participle
                # names no counted thing of its own; it is the changed figure's earlier value, C24-6)
                stated = k > 0 and quantities[k - 1] in modifies and span_value(quantities[k - 1], "metric") == "CHANGE" \
                    and q.end < len(doc) and lower[q.end] in STATED_PARTICIPLES and \
                    span_value(q, "unit_kind") in (None, "count")
                same_unit = next((x for x in reversed(quantities[:k]) if x.start >= sent_start and x not in modifies and
                                  unit and span_value(x, "unit") == unit and span_value(x, "unit_kind") == "count" and
                                  span_value(x, "metric") == span_value(q, "metric")), None)
                for j in range(k - 1, -1, -1):
                    x = quantities[j]
                    if x.start < sent_start:
                        break
                    if x not in modifies and bracketed and (
                            unit and span_value(x, "unit") == unit and span_value(x, "metric") == span_value(q, "metric")
                            or unit is None and i in baseline_ends and
                            span_value(x, "metric") in ("AMOUNT", "MONEY", "COUNT") and
                            span_value(q, "metric") in ("AMOUNT", "COUNT")):
                        # ``was 92.35, 0.13 points higher than in July (92.22)``: the baseline's value in brackets is
                        # of the figure the change compares, whatever its kind (C52-17)
                        current = x
                        break
                    if x not in modifies and (span_value(x, "unit") == unit or (bracketed and unit is None or stated or
                                                                                 self._bare_count(doc, q)) and
                                              (span_value(x, "unit_kind") in (None, "count") or
                                               unit is None and span_value(x, "unit") in TIME_UNITS) and
                                              span_value(x, "metric") == span_value(q, "metric")):
                        # (a bare count in brackets or after ``against``: the count it is compared with,
                        # ``dismantled 11 clandestine cigarette factories, against five in 2022``)
                        current = x
                        break
                    if x not in modifies and unit and (span_value(x, "unit") or "").startswith(f"{unit} per ") and \
                            span_value(x, "metric") == span_value(q, "metric") == "MONEY":
                        # ``€28.9 per 100 kWh, a decrease of 0.8% compared with the second half of 2023 (€29.1)``:
                        # the price restated without its measure, in the price's unit (C37-24)
                        set_span_value(q, "unit", span_value(x, "unit"))
                        current = x
                        break
                    if x in modifies and span_value(x, "metric") == "SHARE" == span_value(q, "metric") and \
                            span_value(x, "unit") == unit and lower[i] == "from":
                        # ``312,000 long-term unemployed people ..., accounting for 21.3% of all unemployed people, up
                        # from 16.9% a year earlier``: the share's earlier value, of what the share is of (C-6, D-6)
                        current = x
                        break
            if bracketed and lower[i] == "(" and i in baseline_ends:
                self._baseline_values.add((q.start, q.end))  # the baseline's value: no period of the clause
                change = quantities[k - 1] if k > 0 else None
                if current is None and change is not None and change in modifies and \
                        span_value(change, "metric") == "CHANGE" and modifies[change].start < sent_start and \
                        span_value(modifies[change], "unit") == unit:
                    # ``... 8.7 million incidents of crime. This was 15% lower than in 2020 (10.3 million)``: the value
                    # the referred-back figure is compared with (C8-1, D-12)
                    current = modifies[change]
            if current is not None and not bracketed and same_unit is not None and unit and \
                    span_value(current, "unit") != unit:
                current = same_unit  # (``37,000 people were evacuated from 62 communities, compared with 232,000``)
            if current is None:
                continue
            if not self._dated_after(doc, q) and not self._revision(doc, q) or self._dated_by_baseline(doc, q):
                # ``lifting their share of new private cars from 17% to 22%``, ``compared with the $309.9 million
                # lost a year earlier``: a value stated for comparison, with no time of its own, is not of the
                # clause's period (C17-9)
                self._baseline_values.add((q.start, q.end))
            if current in modifies:
                current = modifies[current]
            category = category_of.get(current) or (categories[current].child if current in categories else None)
            if category is not None:
                category_of[q] = category
                # a trained re-ranker gives the value the category it decides for the current figure
                doc.user_data.setdefault(CATEGORY_FOLLOWS_KEY, []).append([q.start, q.end, current.start, current.end])

    @staticmethod
    def _reference_value(lower: list, q) -> bool:
        """Whether ``q`` is the value of a reference level a figure is compared with: ``<comparison word> the|its
        [up to four modifiers] <level noun> of [bound] q`` (``below the series high of 7.4 percent``, ``from a peak
        of 136,000``, ``below its long-term average of 83.4%``, ``the August 2019 peak of 88.1%``): the same measure
        at its record, average or another time, so it takes the category of the figure compared (C26-1)."""
        k = q.start - 1
        while k >= 0 and lower[k] in BOUND_WORDS and lower[k] not in ("than", "to", "over", "under", "above",
                                                                      "below"):
            k -= 1
        if k >= 2 and lower[k] in ("record", "peak", "high", "low") and lower[k - 1] in ("the", "its", "their", "a") \
                and lower[k - 2] in REFERENCE_CUES:
            return True  # ``still below the record 4.1 million TEU handled in 2019``: the record written before its value
        if k < 2 or lower[k] != "of" or lower[k - 1] not in REFERENCE_LEVEL_NOUNS:
            return False
        k -= 2
        for _ in range(5):
            if k < 1:
                return False
            if lower[k] in ("the", "its", "their", "a", "an"):
                # (``already close to the annual record of 31.88 million``)
                return lower[k - 1] in REFERENCE_CUES or k >= 2 and lower[k - 1] == "to" and lower[k - 2] in (
                    "close", "closer", "near", "nearer")
            if not (lower[k].isalnum() or lower[k] in ("-", "'s", "’s") or "-" in lower[k]) or \
                    lower[k] in CLAUSE_BREAK_WORDS:
                return False
            k -= 1
        return False

    @staticmethod
    def _bracket_before_value(lower: list, i: int, q, time_tokens) -> int:
        """The opening bracket before ``q`` when only a bound (``(about 218,700)``) or a label of an earlier
        estimate or time (``(previously published: 131.9 billion)``, ``(quick estimate: 149.6)``, ``(end of August:
        CHF 452.6 billion)``) stands between them; else ``i`` unchanged (C26-2)."""
        k = q.start - 1
        while k >= 0 and (lower[k] in BOUND_WORDS and lower[k] not in ("than", "to") or lower[k] in EARLIER_ADVERBS):
            k -= 1  # (``(previously 0.2 percent``: an adverb of an earlier estimate, C52-2)
        if k >= 0 and lower[k] == "(":
            return k
        opening = earlier_value_label(lower, k, time_tokens)
        return i if opening is None else opening

    @staticmethod
    def _bare_count(doc, q) -> bool:
        """Whether ``q`` is a count with no counted noun of its own after it: its unit, if any, is a guess
        from the phrase before it (``against five in 2022``)."""
        if span_value(q, "unit_kind") not in (None, "count") or span_value(q, "metric") != "COUNT":
            return False
        if q.end >= len(doc):
            return True
        return not doc[q.end].is_alpha or doc[q.end].lower_ in PREPOSITIONS

    def _compared_group(self, doc, q, time_tokens) -> Span | None:
        """The group or place a compared value is stated for, named right after it (``3.8% for women``, ``9,961
        in Greater Sydney``, ``3.0% among younger cases``), as a CATEGORY span; None when a time follows
        (``74.0% in May``)."""
        lower = token_table(doc).lower
        at = q.end
        if at + 2 < len(doc) and lower[at] in STATED_PARTICIPLES and lower[at + 1] in ("for", "among", "in"):
            at += 1  # ``close to three times the 11.3 cents/kWh paid in North Dakota``: past its participle (C52-21)
        if at + 1 >= len(doc) or lower[at] not in ("for", "among", "in") or at + 1 in time_tokens:
            return None
        sent_end = sentence_range(doc, q.start)[1]
        found = noun_phrase_after(doc, at + 1, sent_end)
        if found is None or found[0] > at + 2 or any(i in time_tokens for i in range(found[0], found[1])) or \
                any(x.start < found[1] and found[0] < x.end for x in spans_of(doc, "QUANTITY")):
            return None
        if lower[at + 1] in ("those", "that") or lower[found[2]] in ESTIMATE_HEADS:
            return None  # ``among those diagnosed during 1994-1998``, ``in the previous release``: the same measure
        return self.category_span(doc, found[0], found[1])

    @staticmethod
    def _dated_after(doc, q) -> bool:
        """Whether a time phrase starts within three tokens after ``q`` (past a bracket), or labels it
        (``(2022: 26,100)``)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        after = q.end
        if after < len(text) and text[after] == "(":  # ``compared with 374 thousand (3.6 percent) in April``
            close = next((k for k in range(after + 1, min(len(text), after + 8)) if text[k] == ")"), None)
            after = close + 1 if close is not None else after
        return any(after <= s.start <= after + 3 for s in spans_of(doc, "PERIOD") + spans_of(doc, "BASELINE")) or \
            any(s.end == q.start - 1 and lower[q.start - 1] == ":" for s in spans_of(doc, "PERIOD"))

    @staticmethod
    def _dated_by_baseline(doc, q) -> bool:
        """Whether the time right after a compared value is a change's BASELINE (``9 percent more than the 2,880
        recorded in 2023``: ``2023``), not the value's PERIOD: the value then takes no period of the clause (C3-9)."""
        lower = token_table(doc).lower
        after = q.end
        unit = span_value(q, "unit")
        if unit and after < len(lower) and (lower[after] == unit or singular(lower[after]) == unit):
            after += 1  # ``6.3% more than the 3.9 million trips recorded in the same month of 2023`` (C27-13)
        limit = after + 3
        while after < len(lower) and after < limit and (lower[after] in STATED_PARTICIPLES or lower[after] == "in"):
            after += 1
        return after > q.end and any(b.start == after for b in spans_of(doc, "BASELINE"))

    def _compared_before_baseline(self, doc, q) -> bool:
        """A value named after ``than the``, ``on the`` or ``over the`` whose time right after it is a change's
        BASELINE (``6.3% more than the 3.9 million trips recorded in the same month of 2023``): the value stated for
        comparison takes no period of the clause (C7-1, C27-13)."""
        lower = token_table(doc).lower
        return q.start >= 2 and lower[q.start - 1] == "the" and lower[q.start - 2] in ("than", "on", "over") and \
            self._dated_by_baseline(doc, q)

    @staticmethod
    def _revision(doc, q) -> bool:
        """Whether ``q``'s sentence revises a figure before it (``Employment for May 2024 was revised up by 3,000
        people, from 14,381,000 to 14,384,000``): the earlier estimate is of the same period."""
        lower = token_table(doc).lower
        sent_start = sentence_range(doc, q.start)[0]
        return any(w in REVISION_WORDS for w in lower[sent_start : q.start])

    def _dated_in_brackets(self, doc, q) -> bool:
        """Whether ``q`` opens a bracket that dates it with a time phrase of its own (``(6.1 billion yuan in
        the same period of 2023)``, ``(1,204 a year earlier)``)."""
        if q.end >= len(doc):
            return False
        close = self._next_close[q.end] if doc is self._doc else None
        if close is None or close >= len(doc) or close - q.end > 8:
            return False
        return any(s.start == q.end and s.end <= close for s in spans_of(doc, "PERIOD") + spans_of(doc, "BASELINE"))

    @staticmethod
    def _compared_modifier(doc, k: int, q, quantities, modifies) -> bool:
        """Whether ``q``, a change or share, is a value stated for comparison with an earlier change
        or share of its sentence that modifies the same figure (``rose 5.2 percent to $28.65
        trillion, compared with an increase of 4.3 percent in the first quarter``)."""
        target = modifies[q]
        sent_start = sentence_range(doc, q.start)[0]
        unit = span_value(q, "unit")
        for j in range(k - 1, -1, -1):
            x = quantities[j]
            if x.start < sent_start:
                return False
            if x is not target and modifies.get(x) is target and span_value(x, "unit") == unit:
                return True
        return False

    @staticmethod
    def header_baseline(doc, q, baselines, quantities) -> Span | None:
        """A baseline stated once in a heading line of a table or list (``Change (y/y)``) applies to
        the changes on the following lines of the same block."""
        text = text_of(doc)
        column = table_column(text, q.start_char)
        header = text_tables.header_cell(text, q.start_char)  # (``q-o-q    y-o-y`` above ``GDP   0.8   1.6``)
        if header is not None and CONTRIBUTION.search(header.text):
            return None  # a contribution takes no baseline of the heading (C17-14)
        title = text_tables.title_bounds(text, header.top_start) if header is not None else None
        best = same_column = None
        marked: dict[bool, Span] = {}  # the heading's baselines by whether they name the bracketed column
        for b in baselines:
            # a line that introduces the block (``Main figures ... (changes on 2021):``) heads it too
            titled = title is not None and title[0] <= b.start_char < title[1]  # (a title a blank line above the header)
            if not (b.start_char < q.start_char and (titled or same_block(text, b.end_char, q.start_char))) or \
                    sentence_range(doc, b.start)[0] == sentence_range(doc, q.start)[0]:
                continue
            line_start = text.rfind("\n", 0, b.start_char) + 1
            line_end = text.find("\n", b.end_char)
            line_end = len(text) if line_end < 0 else line_end
            if any(line_start <= x.start_char < line_end and not (
                    span_value(x, "unit") == "year" and span_value(x, "metric") == "AMOUNT" or
                    re.search(r"\b(?:aged|ages?)\s+$", text[line_start : x.start_char]))
                   for x in quantities):
                continue  # (a row of figures; an age in a heading's gloss, ``(persons aged 15-74; change on November
                # 2023 in brackets)``, leaves it a heading, C44-26)
            if "\n" not in text[b.end_char : q.start_char]:
                continue
            best = b
            if header is not None and header.start <= b.start_char < header.end or header is None and \
                    column is not None and table_column(text, b.start_char) == column:
                # ``Port | Cargo | vs 2022 | Containers | vs 2022``: the cell's own column (the header cell the
                # column's place matches, when the table has one: ``Number  Change on October 2024 (%)  Change on
                # November 2023 (%)`` above rows with a label cell more)
                same_column = b
            # (the clause ends where the next baseline of the line starts: ``percentage change from the June quarter
            # 2024, change from the September quarter 2023 in brackets`` names the bracketed column by its second)
            clause_end = min([x.start_char for x in baselines if b.end_char <= x.start_char < line_end],
                             default=line_end)
            clause = re.split(r"[;()]", text[b.end_char : clause_end], maxsplit=1)[0]
            marked[bool(BRACKET_COLUMN.search(clause))] = b
        if True in marked and same_column is None:
            # ``percent change from the previous month (change from 12 months earlier in brackets)`` above
            # ``January 2024: +0.3 (+1.0)``: the bracketed figure compares with the bracketed column's baseline
            line_start = text.rfind("\n", 0, q.start_char) + 1
            before = text[line_start : q.start_char]
            in_brackets = before.count("(") > before.count(")")
            return marked.get(in_brackets) or (best if in_brackets else None)
        return same_column or best

    def best_candidates(self, doc, label: str, min_score: float = 0.5) -> dict[Span, Relation]:
        """The highest-scoring candidate of ``label`` for each head (below ``min_score``: none)."""
        best: dict[Span, Relation] = {}
        for cand in candidates_of(doc):
            if cand.label == label and cand.score >= min_score and (
                    cand.head not in best or cand.score > best[cand.head].score):
                best[cand.head] = cand
        return best

    def period_for(self, doc, q, periods) -> Span | None:
        """The PERIOD of ``q``'s clause, else the nearest in its sentence.

        A period right after the figure (only a bracket between) is its own (``a deficit of $3.1bn
        (7.0% of imports) in 2022``); ``since <year>`` after a superlative (``the highest level since
        2022``) dates the record, not the figure. Clauses end at semicolons and at the comparison
        and contrast words of ``clause_breaks`` after a comma."""
        lo, hi = self._span_range(periods, *sentence_range(doc, q.start))
        if doc is not self._doc:
            self._index(doc)
        in_sent = self._sentence_periods(doc, periods, lo, hi)
        if not in_sent:
            return None
        text = token_table(doc).text
        if self._time_named_value(doc, q):
            return None
        for p in in_sent:
            if q.end <= p.start <= q.end + 40:
                gap = text[q.end : p.start]
                if not gap or gap[0] == "(" and gap[-1] == ")" and gap.count(")") == 1:
                    return p
        semicolons, commas = self._semicolons, self._comma_breaks

        def breaks(p) -> int:
            """Clause breaks between ``p`` and ``q``: 2 per semicolon, 1 per comma before a
            comparison or contrast word (prefix sums: no scan of the gap)."""
            a, b = min(p.end, q.end), max(p.start, q.start)
            if b <= a:
                return 0
            joined = 0
            if p.start >= q.end:  # (``Between 2022 and 2023, ... by 14%, 21% and 9% respectively, and more than half
                # (52%) of the vehicles stolen in 2023 were``: a later clause's time is further than the opening one's, C49-17)
                joined = sum(1 for m in range(a, b - 1) if lower[m] == "," and lower[m + 1] in _JOINED_CLAUSE_WORDS)
            return 2 * (semicolons[b] - semicolons[a]) + commas[b - 1] - commas[a] + joined

        # a period opening a clause after a semicolon dates that clause, not the figures before it
        # (``..., while Sydney recorded 3.9%; over the quarter, prices rose 1.0%``)
        lower = token_table(doc).lower
        # (``world output grew by 3.2 per cent after 3.3 and 3.6 per cent in 2023 and 2022, respectively``: the times a
        # respectively list gave out date its items only, C42-21)
        in_sent = [p for p in in_sent if (p.start, p.end) not in getattr(self, "_given_periods", ())]
        lower_ = token_table(doc).lower
        # (``..., the tenth consecutive quarterly increase since Q1 2022``: the time a run of rises counts from dates
        # none of the figures, C42-27)
        sent_first = sentence_range(doc, q.start)[0]
        in_sent = [p for p in in_sent if not (lower_[p.start] == "since" and any(
            lower_[j] in _RUN_WORDS for j in range(max(sent_first, p.start - 6), p.start)))]
        eligible = [p for p in in_sent if (p.end <= q.start or semicolons[p.start] == semicolons[q.end]) and
                    self._same_brackets(doc, p, q) and
                    time_reaches(lower, text, p, q, self._time_ends(doc))]
        # the period of a previous value dates that value only (GUIDELINES C-9: ``rose 0.3% in February,
        # following a 0.5% increase in January, as ... were up 0.2%`` — 0.2% is February's)
        owned = self._previous_value_periods(doc)
        opening = q.start - 1
        while opening > 0 and lower[opening] in ("revised", "from", "previously", "originally", "initially", "up", "down"):
            opening -= 1
        if opening < q.start - 1 and lower[opening] == "(" and lower[q.start - 1] != "(":
            # ``following a rise of 0.1% in September 2024 (revised from 0.3%)``: the earlier estimate of the figure
            # the bracket follows, of that figure's time
            before = next((p for p in eligible if p.end == opening), None)
            if before is not None:
                self._revised.add((q.start, q.end))
                return before
        own = next((p for p in eligible if (q.start, q.end) in owned.get((p.start, p.end), ())), None)
        if own is not None:
            return own  # ``up from 13.3 billion and 7.7 billion respectively in 2022``: the list's time dates each value
        # (a figure whose sentence has no other period takes none: ``stood at 10.0%, compared with 10.4% in the
        # same quarter of 2023`` — 10.0% is dated by its heading, not by its comparison's period)
        eligible = [p for p in eligible if (q.start, q.end) in owned.get((p.start, p.end), ((q.start, q.end),))]
        if not eligible:
            return None

        def subordinate(p) -> int:
            """3 when ``p`` stands in a non-restrictive relative clause that ``q`` is not in (``..., which was the third
            consecutive month of growth after a fall in February``): ``, which`` shortly before ``p``, not before
            ``q`` (a restrictive ``who``/``that`` clause describes the figure's own noun and may date it)."""
            window = range(max(p.start - 12, q.end if p.start >= q.end else 0), p.start)
            if p.start >= 3 and lower[p.start - 2] in ("it", "they") and token_table(doc).nounish[p.start - 3] and \
                    lower[p.start - 1].endswith("ed") and q.end not in (p.start - 2, p.start - 3):
                # ``0.2 points below the record high it reached in November 2023``: the time of the record, not of the
                # figures around it (a value right before ``it`` is the record's own: ``a peak of 5.1% it reached in``)
                return 3
            if any(lower[k] in SUBORDINATE_WORDS and lower[k - 1] == "," and not (k < q.start < p.start) for k in window):
                return 3
            verb = token_table(doc).verb
            if (p.start > q.end or any(lower[m] == "," for m in range(p.end, q.start))) and any(
                    lower[k] in _CLAUSE_TIME_CONJUNCTIONS and p.start - k > 2 and not (k < q.start < p.start) and
                    (lower[k] in ("since", "when") or lower[p.start] != "as") and
                    k > sentence_range(doc, q.start)[0] and not any(lower[m] in (",", ";") for m in range(k, p.start)) and
                                       any(verb[m] for m in range(k + 1, p.start)) for k in window):
                return 3  # ``since the indicator was introduced in 2021``, ``after subsidies ended in December``: a clause's own
                # time (C41-29, C49-3; ``... after their stay had expired as of 1 July 2024``: a status date dates the
                # figure)
            if p.start >= 3 and lower[p.start - 1] == "as" and \
                    "same" in lower[max(q.end if p.start > q.end else 0, p.start - 5) : p.start - 1]:
                return 3  # ``grew by 0.4%, the same rate as in Q1 2024``: the time of the value compared with (C50-17),
                # for the figures after it too (``..., the same rate as in August, while ... went up 2.7%``, C51-16)
            if p.start > q.end and any(lower[k] in ("after", "following") and lower[k + 1] in ("a", "an", "its", "their") and
                                       not any(lower[m] in (",", ";", "(", ")") or verb[m] for m in range(k + 2, p.start))
                                       for k in range(q.end, p.start - 2)):
                # ``public investment fell 0.9% after a strong rebound in the previous quarter``, ``slumped to -3.6
                # points, after a slightly positive reading of 0.1 points in October``: the time of the earlier event the
                # figure follows, not the figure's (C50-5)
                return 3
            nounish = token_table(doc).nounish
            for k in window:  # ``..., a pattern that has changed little over the past five years``: an apposition's
                # relative clause dates its own noun (C41-15)
                if lower[k] in ("that", "which") and not (k < q.start < p.start) and p.start > q.end:
                    comma = next((c for c in range(k - 1, max(k - 5, 0), -1) if lower[c] == ","), None)
                    if comma is not None and comma >= q.end and lower[comma + 1] in ("a", "an") and \
                            all(nounish[c] for c in range(comma + 1, k)):
                        return 3
                if lower[k] in ("that", "which") and p.end <= q.start and k > 0 and any(
                        lower[c] == "," and lower[c + 1] in ("while", "whereas", "but") for c in range(p.end, q.start - 1)):
                    comma = next((c for c in range(k - 1, max(k - 5, 0), -1) if lower[c] == ","), None)
                    if comma is not None and lower[comma + 1] in ("a", "an") and \
                            all(nounish[c] for c in range(comma + 1, k)):
                        # ``, a share that was 32.2% in 2013 ..., while offices in Asia received more than two thirds``:
                        # the apposition's time dates no figure of the later clause (C42-14)
                        return 3
            return 0

        # a period inside a non-restrictive relative clause dates that clause's figure only (``whereas sales of
        # automotive fuel, which had fallen by 2.5% in September, increased by 1.3%``: 1.3% is not September's)
        eligible = [p for p in eligible if not subordinate(p) and not self._fronted_after(lower, p, q) and
                    not (p.start > q.end and any(lower[k] in ("yet", "so") and lower[k - 1] == ","
                                                 for k in range(q.end + 1, p.start))) and
                    not self._later_subject_time(doc, p, q) and not self._absolute_clause_time(doc, p, q) and
                    not self._target_time(doc, p, q) and
                    not (lower[p.start] == "since" and p.start > q.end and span_value(q, "metric") != "CHANGE" and
                         self._change_right_before(doc, p, q))]
        # (``..., yet those gains were offset ..., so that the total stayed close to the levels seen in 2019``: the
        # times of a later clause of consequence or contrast, C41-24)
        # (``one in nine (11.2%) ..., a share that has risen by 4.1 percentage points since 2019``: a time a later
        # change is measured from dates no level before it, C40-46)
        if not eligible:
            return None
        return min(eligible, key=lambda p: (breaks(p),
                                            q.start - p.end if p.end <= q.start else p.start - q.end,
                                            0 if p.end <= q.start else 1))

    @staticmethod
    def _change_right_before(doc, p, q) -> bool:
        """Whether a change other than ``q`` ends at most two words before the period ``p``, after ``q`` (``a share that
        has risen by 4.1 percentage points since 2019``): the time the change is measured from."""
        starts, quantities = span_starts(doc, "QUANTITY")
        lo = bisect_left(starts, q.end)
        return any(x is not q and x.end <= p.start and p.start - x.end <= 2 and span_value(x, "metric") == "CHANGE"
                   for x in quantities[lo : bisect_left(starts, p.start)])

    @staticmethod
    def _fronted_after(lower, p, q) -> bool:
        """Whether ``p``, after ``q``, opens the next clause between a conjunction and a comma (``has accumulated 3.64%
        and, over the last 12 months, 5.17%``; ``rose 2.1%, while in the quarter to June, ...``): it dates that clause's
        figures, not ``q`` (C31-7)."""
        if p.start <= q.end or p.end >= len(lower) or lower[p.end] != "," and not (
                lower[p.end] in _CLAUSE_SUBJECTS and lower[p.start] in _FRONTED_PREPOSITIONS):
            return False  # (``..., and in March 2024 it amounted to 22.0 billion``: a subject after the period)
        k = p.start - 1
        if lower[k] == ",":
            k -= 1
        elif lower[p.start] not in _FRONTED_PREPOSITIONS:
            return False  # (``between the second and the third quarter, taking ...``: one period of two times)
        return k >= q.end and lower[k] in _FRONTING_CONJUNCTIONS

    @staticmethod
    def _target_time(doc, p, q) -> bool:
        """Whether ``p`` directly follows another figure that a target names (``14.1 points short of the Farm to Fork
        target of at least 25% by 2030``): the date the target is set for, no time of ``q`` (C43-28)."""
        lower = token_table(doc).lower
        starts, quantities = span_starts(doc, "QUANTITY")
        target_nouns = vocabulary("target_nouns")
        for x in quantities[max(0, bisect_left(starts, p.start) - 3) : bisect_left(starts, p.start)]:
            if x is q or x.end != p.start:
                continue
            before = lower[max(0, x.start - 4) : x.start]
            if any(w in target_nouns for w in before) or any(w in target_nouns for w in lower[x.end : x.end + 1]):
                return True
        return False

    @staticmethod
    def _absolute_clause_time(doc, p, q) -> bool:
        """Whether ``p`` directly follows another figure of an absolute clause opened by ``, with`` after ``q`` (``fell by
        5.2% and 4.1%, respectively, with household electricity prices averaging €28.9 per 100 kWh in the first half of
        2023``) or before a contrast clause of ``q`` (``..., while transport rose by 1.1%``): the time of that clause's
        figure, not of ``q`` (C43-5)."""
        lower = token_table(doc).lower
        if p.start > q.end:
            lo = q.end
        elif any(lower[k] == "," and lower[k + 1] in ("while", "whereas", "but") for k in range(p.end, q.start - 1)):
            lo = max(sentence_range(doc, p.start)[0], p.start - 25)  # (``..., while transport rose by 1.1%``)
        else:
            return False
        opening = next((k for k in range(p.start - 1, lo - 1, -1) if lower[k] == "with" and lower[k - 1] == ","), None)
        if opening is None:
            return False
        starts, quantities = span_starts(doc, "QUANTITY")
        return any(opening < x.start and x.end <= p.start and p.start - x.end <= 1 and x is not q
                   for x in quantities[bisect_left(starts, opening) : bisect_left(starts, p.start)])

    @staticmethod
    def _later_subject_time(doc, p, q) -> bool:
        """Whether ``p``, after ``q``, stands inside the subject of the next clause, after a comma and a conjunction and
        before that clause's verb (``revised up by 32,000, from +223,000 to +255,000, and the change for October was
        revised``): it dates that clause's figures, not ``q``."""
        if p.start <= q.end or p.end >= len(doc):
            return False
        table = token_table(doc)
        lower, nounish, verb = table.lower, table.nounish, table.verb
        if not verb[p.end]:
            return False
        k = p.start - 1
        if k - 1 >= q.end and lower[k] in ("and", "while", "whereas", "but") and lower[k - 1] == ",":
            return True  # ``..., and August and October were 3.03 °C and 2.51 °C above``: the time is the next clause's
            # subject (C48-27)
        while k > q.end and nounish[k] and not verb[k] and not table.number[k] and p.start - k <= 6:
            k -= 1
        return k - 1 >= q.end and k < p.start - 1 and lower[k] in _FRONTING_CONJUNCTIONS and lower[k - 1] == "," and \
            lower[k + 1] in ("the", "this", "that", "its", "their")

    @staticmethod
    def _time_named_value(doc, q) -> bool:
        """Whether ``q`` is the value of a noun its own time modifies (``above its April 2024 rate of 2.5
        percent``, ``from the 2023 figure of 5,430``, ``over the 2023 figure (5,430)``): that time dates it, no period
        of the sentence does (C28-3)."""
        table = token_table(doc)
        lower = table.lower
        k = q.start - 1
        if k < 3 or lower[k] not in ("of", "(") or not table.nounish[k - 1] or table.number[k - 1]:
            return False  # (``over the 2023 figure (39,824 cases)``: the value restated in brackets)
        times = time_token_set(doc)

        def timeish(m: int) -> bool:  # (a month or a year written as a modifier is no PERIOD span)
            return m in times or lower[m] in MONTHS or text_tables.time_cell(lower[m])

        j = q.end
        while j < len(lower) and lower[j] in STATED_PARTICIPLES:
            j += 1
        if any(p.start == j for p in spans_of(doc, "PERIOD")):
            return False  # ``the pre-pandemic level of 626.5 million tonnes recorded in 2019``: its own time after it

        m = k - 2
        while m >= max(0, k - 5) and timeish(m) and lower[m] not in _VALUE_DETERMINERS:
            m -= 1
        return m < k - 2 and m >= 0 and lower[m] in _VALUE_DETERMINERS

    def _sentence_periods(self, doc, periods: list[Span], lo: int, hi: int) -> list[Span]:
        """``periods[lo:hi]`` (a sentence's periods) less those that date a record, found once per
        sentence of the document being linked."""
        cached = self._periods_of_sentence.get((lo, hi))
        if cached is None or cached[0] is not periods:
            records = self._records
            for p in periods[lo:hi]:
                if (p.start, p.end) not in records:
                    records[p.start, p.end] = self.dates_a_record(doc, p)
            cached = (periods, [p for p in periods[lo:hi] if not records[p.start, p.end]])
            if self._doc is doc:
                self._periods_of_sentence[(lo, hi)] = cached
        return cached[1]

    @staticmethod
    def _planned_whole_period(lower: list, x, periods: list, starts: list):
        """The PERIOD right after the whole of a share that names a plan (``46.5 per cent of the Budget Estimates (BE)
        for 2024-25``, ``57% of the annual target for 2024``), or None."""
        if span_value(x, "unit") != "percent" or x.end >= len(lower) or lower[x.end] != "of":
            return None
        j = bisect_left(starts, x.end)
        if j >= len(periods) or periods[j].start - x.end > 8:
            return None
        between = lower[x.end + 1 : periods[j].start]
        if not any(w in _PLAN_NOUNS for w in between) or any(not w.isalpha() and w not in ("(", ")", "-")
                                                              for w in between):
            return None
        return periods[j]

    def _previous_value_periods(self, doc) -> dict[tuple[int, int], set[tuple[int, int]]]:
        """PERIOD spans that date a previous value (``following a 0.5% increase in January``,
        ``compared with 80.9% at the same point last season``, ``up from 1.6% in April``): period
        offsets → the figure's offsets, found once per document."""
        if self._owned_periods is not None:
            return self._owned_periods
        owned: dict[tuple[int, int], set[tuple[int, int]]] = {}
        periods = spans_of(doc, "PERIOD")
        starts = [p.start for p in periods]
        table = token_table(doc)
        lower, nounish = table.lower, table.nounish
        cued_ends: set[int] = set()  # ends of the previous values found so far
        values_before: list[tuple[int, int]] = []  # the previous values of the list being read
        period_at_end = {p.end: p for p in periods}
        period_starts = {p.start for p in periods}
        quantities = spans_of(doc, "QUANTITY")
        quantity_ends = {x.end: x for x in quantities}
        for p in periods:
            k = p.start - 1
            if p.start < 2 or lower[p.start] != "for" or lower[k] not in _DATED_PLAN_NOUNS or \
                    p.end < len(lower) and (table.verb[p.end] or lower[p.end] in COPULAS):
                continue  # (``The average for 2024 was 3.5%``: the subject's time dates the figure it states)
            if any(0 <= x.start - p.end <= 3 for x in quantities):
                continue  # (``its GDP growth forecast for 2024 at 2.0 to 3.0 per cent``: the plan's figure follows)
            # ``edging past the 65% target for 2025``, ``compared with the five-year average for 2017-2021``: the time
            # of a target or an average dates that figure only (none when it states none), not the clause's (C40-10)
            m = k - 1
            while m > k - 4 and m >= 0 and m + 1 not in quantity_ends and nounish[m] and not table.number[m]:
                m -= 1
            owner = quantity_ends.get(m + 1) if m + 1 > k - 4 else None
            owned.setdefault((p.start, p.end), set()).update(() if owner is None else ((owner.start, owner.end),))
        for n, x in enumerate(quantities):
            planned = self._planned_whole_period(lower, x, periods, starts)
            if planned is not None:
                # ``46.5 per cent of the Budget Estimates (BE) for 2024-25``: the time of the plan the share is of dates
                # no figure (C39-27)
                owned.setdefault((planned.start, planned.end), set())
            k = x.start - 1
            label = period_at_end.get(k) if k >= 2 and lower[k] == ":" else None
            if label is not None and label.start >= 1 and lower[label.start - 1] == "(":
                # ``(2022-23: $15.9 million)``: the time label of an earlier value in brackets dates it alone
                owned.setdefault((label.start, label.end), set()).add((x.start, x.end))
                continue
            if k >= 1 and lower[k] in ("'s", "’s") and k in period_at_end:
                # ``slowing from August's 8.7% gain``, ``above last month's 2.9%``: the time owning the figure
                owned.setdefault((period_at_end[k].start, k), set()).add((x.start, x.end))
                continue
            while k >= 0 and lower[k] in ("a", "an", "the", "about", "around", "some", "nearly", "almost", "net",
                                          "gross", "under", "over", "just", "roughly", "approximately", "only"):
                k -= 1  # (``up from a net 1.7 million in 2022``; ``up from under 13% in 1990``, C49-11)
            if k >= 1 and lower[k] == "than" and lower[k - 1] in ("more", "less", "fewer"):
                k -= 2  # ``compared with more than 232,000 in 2023``: past the bound (not ``lower than``, a cue)
            m = k
            while m >= 0 and lower[m] in EARLIER_STEP_FILLERS and lower[m] != "of":
                m -= 1
            if m < k and m >= 0 and lower[m] in ("after", "following"):
                k = m  # ``rose 0.5% after falling by 0.3% in September``: an earlier step and its own time (C28-2)
            if k >= 1 and lower[k] in ("and", ",") and k in cued_ends:
                # ``compared with 97,000 tons and 35,000 tons in the same period last year``: a list of values
                j = bisect_left(starts, x.end)
                values_before.append((x.start, x.end))
                cued_ends.add(x.end)
                restated = _restated_in_brackets(lower, quantities, n)
                if restated:
                    # ``against 38.7% (39.4 million) in the quarter ended in July and 39.1% (39.2 million) in the same
                    # quarter of 2023``: the value restated in brackets is of the same time (C51-3)
                    values_before.append((quantities[n + 1].start, quantities[n + 1].end))
                if j < len(periods) and len(lower[(quantities[n + 1].end + 1 if restated else x.end) : periods[j].start]) <= 1:
                    owned.setdefault((periods[j].start, periods[j].end), set()).update(values_before)
                    if len(values_before) == 1 or periods[j].start > x.end:
                        # ``down from 1,530 at the end of May and 2,870 a year earlier``: each value its own time,
                        # and the list goes on after it
                        cued_ends.add(periods[j].end)
                        values_before = []
                continue
            listed = bracketed_values(lower, quantities, n) if k >= 1 and lower[k] in ("and", ",") else []
            if listed:
                # ``(59.8%, 73.0% and 81.1% in 2023)``: the time closing a bracketed list of values dates every
                # value of the list, not the figures outside the brackets (C27-2)
                j = bisect_left(starts, x.end)
                if j < len(periods) and periods[j].start == x.end and periods[j].end < len(lower) and \
                        lower[periods[j].end] == ")":
                    owned.setdefault((periods[j].start, periods[j].end), set()).update(
                        (v.start, v.end) for v in listed)
                continue
            continued = False
            if k >= 2 and lower[k] == "of":
                # a value named by a noun (``compared with a loss of S$192 million in FY2022/23``)
                m = k - 1
                while m > k - 8 and m >= 0 and (nounish[m] or lower[m] in ("a", "an", "the")) and \
                        lower[m] not in PREVIOUS_VALUE_CUES and \
                        not (lower[m] in ("below", "above", "under") and lower[m + 1] == "the"):
                    m -= 1  # (``compared with an average of 27% in fiscal year 2019``: its article too)
                if m >= 0 and m < k - 1 and (lower[m] in PREVIOUS_VALUE_CUES or
                                             lower[m] in ("than", "over") and lower[m + 1] == "the" or
                                             lower[m] in ("below", "above", "under") and lower[m + 1] == "the" and
                                             (x.end < len(lower) and lower[x.end] in STATED_PARTICIPLES or
                                              lower[k - 1] in RECORD_PEAKS)):
                    # (``well below the pandemic high of 19.5 percent in 2020``: a peak's own time, C45-36)
                    # (``14% below the average of 39.6 million recorded over the three years``: the value's own time,
                    # C40-24; not ``above the national rate of 5.48% in November 2024``, the clause's)
                    k = m  # (``smaller than the deficit of $13.2 billion in 2023``: C25-3; ``higher than the
                    # pre-coronavirus pandemic level of 48,176 in the year ending March 2020``)
                elif m >= 2 and m < k - 1 and lower[m] == "to" and lower[m - 1] in ("close", "closer", "near", "nearer"):
                    k, continued = m, True  # ``close to the annual record of 31.88 million set in 2019``
                elif m >= 1 and m < k - 1 and lower[m] in ("and", ",") and (m in cued_ends or m - 1 in cued_ends):
                    # ``compared with expectations of 0.9% growth and a rise of 0.5% in August``: a list of values
                    # compared with, each named by its own noun; the time after the last dates that one
                    k, continued = m, True
            # ``than the 1.97 nights recorded in ...``, ``over the ₹1.65 lakh crore collected in July 2023``: a
            # previous value named with its article (``more than 500`` is a bound, not a previous value)
            article_cue = k >= 0 and k + 1 < x.start and lower[k] in ("than", "over", "double", "twice", "triple", "treble",
                                                                     "times", "below", "above", "under") and \
                lower[k + 1] == "the" or \
                k >= 0 and k + 1 < x.start and lower[k] == "of" and lower[k + 1] == "the" and x.end < len(lower) and \
                lower[x.end] in STATED_PARTICIPLES and x.end + 1 in period_starts
            # (``short of its five-year average ... and of the 3.2% recorded in September 2019``: a value named with its
            # article and participle, dated by its own time, C40-41)
            # (``almost double the 13.2 million tonnes harvested in 2023–24``: a multiple of the value, C39-14)
            compared_to = k >= 1 and lower[k] == "to" and lower[k - 1] in ("compared", "relative", "close", "closer",
                                                                            "near", "nearer")
            # (``close to the 17.5 percent recorded in 2019``: the value compared with and its own time, C45-36)
            if k < 0 or lower[k] not in PREVIOUS_VALUE_CUES and not article_cue and not compared_to and not continued:
                continue  # (``compared to a 6.9% rise in the 12 months to September``: ``to`` after ``compared``)
            cued_ends.add(x.end)
            values_before = [(x.start, x.end)]
            j = bisect_left(starts, x.end)
            if j < len(periods):
                p = periods[j]
                after = x.end
                if after + 2 < p.start and _restated_in_brackets(lower, quantities, n):
                    # ``compared with 874 million (21%) in the year ending March 2019``: past the value's own share
                    # in brackets (C37-22); not a time that opens the next clause (``... (12%) in FY 2023, removals
                    # totalled``)
                    if p.end >= len(lower) or lower[p.end] in (".", ";", ")", ":", "and", "or") or \
                            lower[p.end] == "," and p.end + 1 < len(lower) and lower[p.end + 1] in _CLOSING_CONTRASTS:
                        # (``unchanged from 13.1% (3.18 million) in 2022, while the gap rose``: a contrast opens the
                        # next clause, the time closes this one, C46-8)
                        after = quantities[n + 1].end + 1
                gap = lower[after : p.start]
                if _GROUP_OF_VALUE.match(" ".join(gap)) or len(gap) <= 4 and all(w in CHANGE_NOUNS_GAP or w in STATED_PARTICIPLES or
                                         i == 0 and nounish[after] and not table.verb[after] or
                                         i == len(gap) - 1 and ed_form(w)
                                         for i, w in enumerate(gap)) or \
                        3 <= len(gap) <= 7 and gap[0] in STATED_PARTICIPLES and gap[1] in ("in", "by", "at") and \
                        all(nounish[k] and not table.verb[k] and lower[k] not in (",", ";")
                            for k in range(after + 2, p.start)):
                    # (``the 151 million reported in the first edition in 2000``: the participle's own place in a
                    # publication before the value's time, C46-17)
                    # (``more than three times the 176 GW installed in 2019``: any participle stating the value, C40-48)
                    owned.setdefault((p.start, p.end), set()).add((x.start, x.end))
                    if after > x.end:  # (the value restated in brackets is of that time too)
                        owned[(p.start, p.end)].add((quantities[n + 1].start, quantities[n + 1].end))
                    cued_ends.add(p.end)  # (the list of previous values may go on after the time: C27-1)
                    values_before = []
        self._owned_periods = owned
        return owned

    def _time_ends(self, doc) -> set[int]:
        """:func:`time_span_ends` of ``doc``, found once per document being linked."""
        if self._time_end_set is None or self._doc is not doc:
            ends = time_span_ends(doc)
            if self._doc is not doc:
                return ends
            self._time_end_set = ends
        return self._time_end_set

    def _same_brackets(self, doc, p, q) -> bool:
        """Whether a period in brackets may date ``q``: only a figure in the same brackets (``0.33 per
        100,000 (0.41 in week 2)``: ``in week 2`` dates 0.41 alone); a period outside brackets may."""
        return self._opened[p.start] == 0 or brackets_hold(token_table(doc).text, p, q)

    @staticmethod
    def dates_a_record(doc, period) -> bool:
        """``since January 2022`` after ``the highest level``: the time of a record, not a period."""
        lower = token_table(doc).lower
        since = period.start
        words_ = lower[period.start : period.end]
        if since >= 2 and lower[since - 1] in ("published", "released", "announced", "reported") and \
                lower[since - 2] in ("as", "first", "originally", "previously", "initially") and words_[0] in ("in", "on"):
            return True  # ``revised up from 1.21, as published in March 2023, to 1.30``: when a figure was published,
            # not the time it is of (C45-26)
        if len(words_) <= 4 and words_[0] in ("for", "in") and words_[1:2] and words_[1] in ("the", "a", "any") and \
                words_[-1] in RECORD_SPANS:
            # ``the highest figures ever recorded for the month``, ``an all-time record for the month``, ``exceeded
            # 10 million overnight stays in a summer season`` for the first time: the span a record is kept for
            # (an indefinite span, ``in a summer season``, after a superlative or a record word; ``for the month``
            # after a record word only: ``the highest unemployment rates in the quarter`` are the quarter's)
            before = set(lower[max(sentence_range(doc, since)[0], since - 7) : since])
            if words_[1] in ("a", "any"):
                return bool(before & (vocabulary("superlatives") | RECORD_WORDS | {"first"}))
            return words_[0] == "for" and bool(before & RECORD_WORDS)
        if len(words_) >= 4 and words_[0] in ("in", "over", "for") and words_[1] in ("the", "a") and \
                words_[2] in ("past", "last") and since >= 1 and \
                set(lower[max(sentence_range(doc, since)[0], since - 3) : since]) & vocabulary("superlatives"):
            # ``the lowest in the past 10 years``: the span a record is kept for, no figure's time
            return True
        if since >= 3 and lower[since - 1] in ("peak", "peaks", "high", "low", "record") and words_[0] == "in" and \
                lower[since - 2] in ("its", "their", "the", "a") and lower[since - 3] in ("since", "from", "below", "above"):
            return True  # ``have fallen by two thirds since their peak in 2016-17``: the time of a peak (C40-50)
        if since >= 2 and lower[since - 1] in ("reached", "set", "recorded", "seen", "hit", "posted", "touched") and \
                lower[since - 2] in RECORD_PEAKS | vocabulary("superlatives") and \
                not any(q.end == since - 2 for q in spans_of(doc, "QUANTITY")):
            # (``the 14.9 percent peak reached in 2011``: a peak stated as a figure is dated like it, C45-19)
            # ``the 16-year high reached in mid-October``: the time of a record that states no figure (``the record of
            # 13.29 million set in 2019`` dates its figure)
            return True
        if since >= 3 and lower[since - 1] in ("seen", "recorded", "reached", "observed") and \
                lower[since - 2] in ("last", "previously", "not") and words_[0] in ("in", "during", "since") and \
                lower[since - 3] in REFERENCE_LEVEL_NOUNS | {"rate", "levels", "pace"}:
            # ``equal to almost 6% of export earnings, a level last seen in 1999``: the time the level was last
            # reached, no figure's time (C43-14)
            return True
        if lower[since] != "since":
            # ``the highest since records began in 1971``: the start of the records, not the figure's time
            since = next((j for j in range(period.start - 1, max(-1, period.start - 8), -1) if lower[j] == "since"),
                         None)
            if since is None:
                return False
            between = lower[since + 1 : period.start]
            # the listed series words, or any words without a break that end on the verb starting the series
            # (``since current recording practices began in 2002/03``)
            if not all(w in RECORD_START_WORDS for w in between) and not (
                    between and between[-1] in SERIES_START_VERBS and all(w.isalpha() for w in between)):
                return False
        before = set(lower[max(sentence_range(doc, since)[0], since - 5) : since])
        # (``the 14-month low since September 2023``, ``a three-year high since``: a record's peak word, C29-21)
        return bool(before & vocabulary("superlatives")) or bool(before & RECORD_PEAKS) and not before & {"from", "to"}

    @staticmethod
    def drop_unused_categories(doc: Doc, relations: list[Relation]) -> None:
        used = {id(r.child) for r in relations} | {(r.child.start, r.child.end) for r in relations}
        kept = [s for s in group_spans(doc) if s.label_ != "CATEGORY" or (s.start, s.end) in used]
        set_spans(doc, kept)


@Language.factory("relstats_linker", assigns=["doc._.relations"], requires=["doc.spans"],
                  default_config={"scorer": {"@scorers": "relstats.scorer.v1"}})
def make_linker(nlp: Language, name: str, scorer) -> RelationLinker:
    """Factory of :class:`RelationLinker`."""
    return RelationLinker(nlp, name, scorer=scorer)
