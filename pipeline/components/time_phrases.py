"""PERIOD and BASELINE recognition from the regular-expression rules in ``data/time_phrases.json``.

Runs before the quantity recognizer, so numbers inside a period or baseline phrase (``first three
quarters``, ``compared with 2019``) are never read as quantities. Overlapping matches are resolved
longest first; a BASELINE wins a tie. ``compared with 2019 and 2020`` gives one BASELINE a year.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.regex_scan import RuleIndex, first_strings
from pipeline.extensions import group_spans, register_extensions, set_span_value, set_spans, text_of
from pipeline.numbers import word_number
from pipeline.periods import period_dates


def span_score(scores, k: int) -> float:
    """The score of the ``k``-th span of a spancat group (one value, or one per label)."""
    if scores is None:
        return 1.0
    value = scores[k]
    return float(max(value)) if hasattr(value, "__len__") else float(value)

YEAR = re.compile(r"\b(19[5-9][0-9]|20[0-9][0-9])\b")
TIME_WORD = re.compile(
    r"\b(?:years?|months?|quarters?|half|weeks?|days?|period|season|holiday|festival|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|19[5-9][0-9]|20[0-9][0-9]|y/y|yoy|m/m|"
    r"earlier|ago|previous|prior|last|same|levels?|peak|average|pre-\w+|annual|monthly|quarterly|to date)\b",
    re.I,
)
NUMBER_TOKEN = re.compile(r"^[0-9][0-9,.]*$")
#: a span of time up to a date: after ``over`` it is a period (``over the year to July 2024``)
OVER_A_SPAN = re.compile(r"the (?:year|quarter|month|week|(?:[0-9]{1,2}|three|six|nine|twelve) months) "
                         r"(?:to|ending|ended|through)\b", re.I)
#: the first months of a year after ``Over`` opening a sentence: the period (``Over the first eight months of 2024,
#: household consumption was 0.8 percent higher``, C50-25); after a change, ``over`` compares (``an increase of 0.9%
#: over the first nine months of 2023``)
OPENING_OVER_SPAN = re.compile(r"the (?:first|last|past) (?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                               r"eleven|twelve) (?:months|weeks|quarters|years) of\b", re.I)


@lru_cache(maxsize=1)
def load_rules() -> tuple[list[re.Pattern], list[tuple[str, re.Pattern]], re.Pattern]:
    """The compiled period patterns, (type, pattern) baseline rules and the comparison cue that
    makes a time phrase right after it a baseline (``higher than in 2019``)."""
    raw = json.loads(resources.files("pipeline").joinpath("data/time_phrases.json").read_text(encoding="utf-8"))
    blocks = raw["blocks"]

    def expand(pattern: str) -> str:
        for _ in range(5):
            for name, block in blocks.items():
                pattern = pattern.replace("{" + name + "}", block)
        # a cue word may open the sentence (``Compared with 2019, ...``) and is a whole word (``on`` is no
        # cue in ``7.43 million last year``)
        return re.sub(r"\(\?<=([a-z])", lambda m: f"(?<=\\b[{m.group(1).upper()}{m.group(1)}]", pattern)

    # a cue block is written once, as words (or as another block less some words: ``{"from": "CMP",
    # "without": ["over"]}``); inside a pattern it stands as look-behinds (``(?:{CMP}|(?<=than at ))``)
    cues: dict[str, list[str]] = {}
    for name, words_ in raw.get("cue_blocks", {}).items():
        if isinstance(words_, dict):
            words_ = [w for w in cues[words_["from"]] if w not in words_["without"]]
        cues[name] = words_
        blocks[name] = "(?:" + "|".join(f"(?<={re.escape(w)} )".replace("\\ ", " ") for w in words_) + ")"

    def compile_rule(pattern: str) -> re.Pattern:
        # a rule opening on a cue block consumes the cue and reports the phrase as group ``b``: one
        # literal search instead of a dozen look-behinds tried at every character
        for name, words_ in cues.items():
            if pattern.startswith("{" + name + "}"):
                cue = "(?:" + "|".join(re.escape(w) for w in sorted(words_, key=len, reverse=True)) + ")"
                rest = expand(pattern[len(name) + 2 :])
                return re.compile(r"(?<![\w-])(?i:" + cue + r") (?P<b>" + rest + r")(?![\w-]|–[0-9])", re.M)
        # (a phrase never stops before an en dash and a figure: ``over 2015–2024`` is a span, not ``2015``)
        return re.compile(r"(?<![\w-])(?:" + expand(pattern) + r")(?![\w-]|–[0-9])", re.M)

    periods = [compile_rule(p) for p in raw["periods"]]
    baselines = [(rule["type"], compile_rule(rule["pattern"])) for rule in raw["baselines"]]
    comparison = re.compile(r"(?<![\w-])" + raw.get("comparison_before", "(?!)"), re.I)
    return periods, baselines, comparison


@lru_cache(maxsize=None)
def _openings(pattern: re.Pattern):
    """Where a rule may start (see :mod:`pipeline.components.regex_scan`), listed once per rule."""
    return first_strings(pattern)


#: how many opening characters the rule index reads at each position
INDEX_WIDTH = 6


@lru_cache(maxsize=1)
def _rule_index() -> RuleIndex:
    """The baseline rules, then the period rules, indexed by where they may start."""
    periods, baselines, _ = load_rules()
    patterns = [pattern for _, pattern in baselines] + periods
    # six opening characters tell the rules apart better than four (``in the``, ``in 202``, ``over t``);
    # a rule with too many six-character openings is indexed by four
    openings = [first_strings(pattern, INDEX_WIDTH) or _openings(pattern) for pattern in patterns]
    return RuleIndex(patterns, openings, INDEX_WIDTH)


class _Phrase:
    """A match, narrowed to its ``b`` group when the rule consumed a cue word before the phrase."""

    def __init__(self, match: re.Match):
        self._match = match
        self._group = "b" if "b" in match.re.groupindex else 0

    def start(self) -> int:
        return self._match.start(self._group)

    def end(self) -> int:
        return self._match.end(self._group)

    def group(self, _: int = 0) -> str:
        return self._match.group(self._group)


class _Intervals:
    """Character intervals ``(start, end, ...)`` indexed by 64-character buckets: whether one
    overlaps ``[start, end)`` costs the intervals near it, not all of them (linear in the text)."""

    WIDTH = 64

    def __init__(self, intervals=()):
        self.buckets: dict[int, list[tuple]] = {}
        for interval in intervals:
            self.add(interval)

    def _range(self, start: int, end: int) -> range:
        return range(start // self.WIDTH, max(start, end - 1) // self.WIDTH + 1)

    def add(self, interval: tuple) -> None:
        for k in self._range(interval[0], interval[1]):
            self.buckets.setdefault(k, []).append(interval)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an interval ``t`` has ``t[0] < end and start < t[1]``."""
        buckets = self.buckets
        for k in self._range(start, end):
            for t in buckets.get(k, ()):
                if t[0] < end and start < t[1]:
                    return True
        return False


#: a number of the periods a phrase of last periods counts (``three of`` before ``the last four months``)
_RUN_OF_LAST = re.compile(r"\b([0-9]{1,2}|[A-Za-z]+) of $")


#: a comparison word and the level it names, right before a time phrase (``below the level of``, ``than the figure
#: for``, ``compared with the total in``)
_LEVEL_OF_BEFORE = re.compile(r"\b(?:below|above|than|from|with|to|versus|against) ((?:the|its|their) (?:[\w-]+ )?"
                              r"(?:levels?|figures?|totals?|numbers?|volumes?) (?:of|in|for|during|recorded in|seen in) )$")


#: a figure and a word that places it above or below what follows (``12% above``, ``4 points below``, ``higher than``)
_FIGURE_ABOVE_BEFORE = re.compile(r"(?:[0-9] ?(?:%|per ?cent|percent|percentage points?|points?|pp)|[0-9]\.[0-9]+|"
                                  r"\b(?:higher|lower|more|less|greater|smaller|up|down)) (?:above|below|than|on) $")


def find_time_phrases(text: str) -> list[tuple[int, int, str, str | None]]:
    """Non-overlapping ``(start, end, label, baseline_type)`` matches in ``text``.

    Longest first; a BASELINE wins a tie, and wins over a longer PERIOD it overlaps when a
    comparison word stands right before either (``over the previous year``, ``than in 2019``).
    """
    periods, baselines, comparison = load_rules()
    if "vis-" in text or "Vis-" in text:
        # ``a growth of 0.62 per cent vis-à-vis September 2023``: the rules read the comparison word as ``than``,
        # written in its place with the same length so every offset stays the text's (GUIDELINES C20-1)
        text = VIS_A_VIS.sub(lambda m: " " * (len(m.group(0)) - 4) + "than", text)
    index = _rule_index()
    starts = index.starts(text)
    candidates: list[tuple[int, int, str, str | None]] = []
    for k, (btype, _) in enumerate(baselines):
        if starts[k] is not None and not starts[k]:
            continue  # the rule may start nowhere in this text
        for found in index.finditer(k, text, starts):
            match = _Phrase(found)
            if btype == "year" and len(YEAR.findall(match.group(0))) > 1 and not re.search(
                r"level|period|figure|total|number|average|end of|January|February|March|April|May|June|July|August|"
                r"September|October|November|December", match.group(0)
            ):  # ``compared with 2019 and 2020``: one baseline a year; a span of months is one baseline
                for year in YEAR.finditer(match.group(0)):
                    candidates.append((match.start() + year.start(), match.start() + year.end(), "BASELINE", btype))
            elif not (OVER_A_SPAN.match(text, match.start()) and text[max(0, match.start() - 5) : match.start()].lower()
                      == "over " or OPENING_OVER_SPAN.match(text, match.start()) and
                      text[max(0, match.start() - 5) : match.start()] == "Over "):
                # (``over the year to July 2024`` is the period a change covers, not what it is compared with)
                if _MULTI_YEAR_AVERAGE.search(match.group(0)):
                    btype_found = "other"  # ``the 2015-2019 average``: an average of years is no one year (C51-2)
                elif btype == "other" and YEAR.search(_BRACKETED.sub("", match.group(0))):
                    btype_found = "year"  # ``its pre-pandemic level of February 2020``: a level named with its year (C10-3)
                else:
                    btype_found = btype
                candidates.append((match.start(), match.end(), "BASELINE", btype_found))
    compared = _Intervals(c for c in candidates if comparison.search(text, max(0, c[0] - 25), c[0]))
    found_so_far = _Intervals(candidates)  # baselines, then each period as it is kept
    for k in range(len(baselines), len(baselines) + len(periods)):
        if starts[k] is not None and not starts[k]:
            continue  # the rule may start nowhere in this text
        for match in index.finditer(k, text, starts):
            if match.end() <= match.start():
                continue
            start, end = match.start(), match.end()
            counted = _RUN_OF_LAST.search(text, max(0, start - 20), start)
            if counted and (counted.group(1).isdigit() or word_number(counted.group(1).lower()) is not None):
                continue  # ``up three of the last four months``: a count of periods, no time of a figure (C30-9)
            if (compared.overlaps(start, end) and not _INTERVAL.match(text, start, end)) or (
                    comparison.search(text, max(0, start - 25), start) and found_so_far.overlaps(start, end)):
                # (``From November 2023 to November 2024,``: the interval is one PERIOD, its ``from`` no comparison
                # cue of the month after it, GUIDELINES C2-6)
                continue
            candidates.append((start, end, "PERIOD", None))
            found_so_far.add(candidates[-1])
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2] != "BASELINE", c[0]))
    taken: list[tuple[int, int, str, str | None]] = []
    kept = _Intervals()
    for cand in candidates:
        if not kept.overlaps(cand[0], cand[1]):
            taken.append(cand)
            kept.add(cand)
    for cand in list(taken):  # ``in 2024, 2025 and 2026``: each year its own PERIOD (GUIDELINES C2-9)
        if cand[2] == "PERIOD" and YEAR.search(text, max(cand[0], cand[1] - 7), cand[1]):
            at = cand[1]
            while True:  # each year right after the last (a match at ``at``, not a search to the text's end)
                more = COORDINATED_YEAR.match(text, at)
                if more is None or kept.overlaps(more.start(1), more.end(1)):
                    break
                taken.append((more.start(1), more.end(1), "PERIOD", None))
                kept.add(taken[-1])
                at = more.end()
    for cand in list(taken):  # ``in the first, second and third quarters of 2024``: each ordinal its own PERIOD
        if cand[2] != "PERIOD" or not PLURAL_ORDINAL_PERIOD.match(text, cand[0], cand[1]):
            continue
        at = cand[0]
        while True:
            more = ORDINAL_BEFORE.search(text, max(0, at - 40), at)
            if more is None or kept.overlaps(more.start(1), more.end(1)):
                break
            taken.append((more.start(1), more.end(1), "PERIOD", None))
            kept.add(taken[-1])
            at = more.start(1)
    taken.sort()
    for k, (start, end, label, _) in enumerate(taken):
        # ``0.1% lower than in the previous month``, ``19% less than in fiscal year 2023``: a time phrase after
        # ``than`` and its preposition is what the figure is compared with, named without the preposition
        lead = THAN_PREPOSITION.match(text, start)
        if label == "PERIOD" and lead is not None and THAN_BEFORE.search(text, max(0, start - 22), start):
            # (``the same as in August – October 2024``, ``the same as that in October``, ``, as in the previous
            # month``: the time a level or change is equal to is what it is compared with)
            named = text[lead.end() : end]
            taken[k] = (lead.end(), end, "BASELINE", "year" if YEAR.search(named) else classify_baseline(named)[0])
    for k, (start, end, label, _) in enumerate(taken):
        if label == "PERIOD" and text.startswith("since ", start) and _CHANGE_SINCE.search(text, max(0, start - 30), start):
            # ``(kg per person; change since 2012 in brackets)``: the time a change is counted from is its BASELINE,
            # named without ``since`` (C7-4, C44-24)
            named = text[start + 6 : end]
            taken[k] = (start + 6, end, "BASELINE", "year" if YEAR.search(named) else classify_baseline(named)[0])
    for k, (start, end, label, _) in enumerate(taken):
        level = _LEVEL_OF_BEFORE.search(text, max(0, start - 60), start) if label == "PERIOD" else None
        if level is not None and not any(c[0] < start and c[1] > level.start(1) for c in taken[:k]):
            # ``around 5% below the level of January to November 2019``: the time whose level a figure is compared
            # with, the whole phrase its BASELINE as ``the level of 2019`` is (C36-12)
            named = text[level.start(1) : end]
            taken[k] = (level.start(1), end, "BASELINE", "year" if YEAR.search(named) else classify_baseline(named)[0])
    for k, (start, end, label, _) in enumerate(taken):
        if label == "PERIOD" and _FIGURE_ABOVE_BEFORE.search(text, max(0, start - 40), start):
            # ``detected events were 12% above the third quarter``: the time a figure is stated above or below is what
            # it is compared with, not when it happened
            named = text[start:end]
            taken[k] = (start, end, "BASELINE", "year" if YEAR.search(named) else classify_baseline(named)[0])
    # ``higher than in the 12 months to June 2023 and the 12 months to June 2019``, ``Compared with July 2024
    # and August 2023``: a time phrase coordinated with a baseline is a baseline too
    for k in range(1, len(taken)):
        start, end, label, _ = taken[k]
        before = taken[k - 1]
        if label == "PERIOD" and before[2] == "BASELINE" and text[before[1] : start] in (" and ", " or ", ", and ") \
                and not LEADING_PREPOSITION.match(text, start):
            taken[k] = (start, end, "BASELINE", "year" if YEAR.search(text, start, end) else
                        classify_baseline(text[start:end])[0])
    for b in [c for c in taken if c[2] == "BASELINE" and (c[3] == "year" or re.fullmatch(_MONTHS, text[c[0] : c[1]]))]:
        # (``compared with September and October 2023 respectively``: a month coordinated with a dated month, C20-8)
        more = COORDINATED_DATE.match(text, b[1])
        if more is not None and not any(c[0] < more.end(1) and more.start(1) < c[1] for c in taken):
            taken.append((more.start(1), more.end(1), "BASELINE", "year"))
    taken.sort()
    for k, (start, end, label, _) in enumerate(taken):
        lead = THAN_PREPOSITION.match(text, start)
        if label == "PERIOD" and lead is not None and lead.group(0).lower() == "in " and \
                COMPARED_VALUE_STATED.search(text, max(0, start - 80), start):
            # ``2% below the 51,982 recorded in the pre-pandemic YE March 2020``: the time of the value a change is
            # compared with is that change's comparison point (C20-9)
            named = text[lead.end() : end]
            taken[k] = (lead.end(), end, "BASELINE", "year" if YEAR.search(named) else classify_baseline(named)[0])
    for k, (start, end, label, _) in enumerate(taken):
        # ``From January 2025, the inflation target ... is 3.0%``: a time opening its sentence on ``From`` and a
        # comma is when what follows holds, no comparison point (C20-9)
        if label == "BASELINE" and start >= 5 and text[start - 5 : start] == "From " and end < len(text) and \
                YEAR.search(text, start, end) and not _RELATIVE_TIME.search(text[start:end]) and \
                text[end] == "," and (start == 5 or text[start - 6] in "\n" or text[max(0, start - 7) : start - 5] == ". "):
            taken[k] = (start - 5, end, "PERIOD", None)
    # ``in 2021, the latest year for which data are available``: a phrase in apposition re-describes the
    # period before it; it is no period of its own
    return [c for k, c in enumerate(taken) if not (
        k and c[2] == "PERIOD" and taken[k - 1][2] == "PERIOD" and text[taken[k - 1][1] : c[0]] == ", " and
        text.startswith(("the ", "The "), c[0]))]


#: the comparison word ``vis-à-vis`` (``vis-a-vis``), read as ``than`` before a time phrase
VIS_A_VIS = re.compile(r"(?<![\w-])[Vv]is-[àa]-vis(?= )")
#: ``than`` right before a time phrase, and the preposition that opens that phrase (``than in the previous month``)
#: an interval that opens on its own ``from`` or ``between`` and names both ends with their years (``between July
#: 2023 and July 2024``, ``from 2022 to 2023``)
_INTERVAL = re.compile(r"(?:[Ff]rom|[Bb]etween) (?:[A-Z][a-z]+\.? )?[0-9]{4} (?:to|and|until|through) (?:[A-Z][a-z]+\.? )?[0-9]{4}$")
#: words of a time named relative to another (``the same month one year ago``), no start of validity
_RELATIVE_TIME = re.compile(r"\bsame\b|\b(?:earlier|ago|previous|prior|last|preceding)\b", re.I)
#: a compared value stated with the participle that dates it, after a change and its comparative, right before its
#: time phrase (``52,850 (7.4%) below the 713,370 recorded in``, ``2% below the 51,982 recorded in``); without a change
#: figure before it (``slightly shorter than the 1.97 nights recorded in``) the time dates the value (C3-9)
_STATED_VALUE = r"(?:[$€£¥₹]|US\$|R\$)?[0-9][0-9,. ]*(?: (?:million|billion|thousand|per cent|percent|[a-z]+)){0,3}"
_COMPARED_LEVEL = r"(?:[$€£¥₹]|US\$|R\$)?[0-9](?:[0-9,. ]*[0-9])?(?: (?!per\b|percent\b|points?\b)(?:million|billion|thousand|[a-z]+)){0,3}"
#: participles between a value compared with and its time (``the 1.97 nights recorded in``, ``the 368 cases confirmed in``)
STATED_PARTICIPLES = frozenset(("recorded", "registered", "collected", "seen", "posted", "reported", "reached",
                                "observed", "achieved", "measured", "estimated", "published", "confirmed", "signed",
                                "issued", "received", "granted", "lodged", "set", "made", "detected", "handled",
                                "processed", "completed", "sold", "conducted", "produced", "paid", "taken",
                                "harvested", "exported", "imported", "shipped", "delivered", "generated", "consumed",
                                "built", "spent", "earned", "planted"))
_STATING_PARTICIPLE = "(?:" + "|".join(sorted(STATED_PARTICIPLES)) + ")"
COMPARED_VALUE_STATED = re.compile(r"(?:(?:[0-9%)]|\bper cent|\bpercent|\bpoints?) (?:(?:higher|lower|more|less|fewer|greater|"
                                   r"smaller) than|above|below|under|over)|\btimes) (?:the|its|their) " + _STATED_VALUE +
                                   r" " + _STATING_PARTICIPLE + r" $|"
                                   # (``an increase of 4 471 cases or 5.0% when compared with 90 276 cases in 2023``, ``eight
                                   # times the 368 cases confirmed in 2023``: C22-8)
                                   # a level, not a rate: ``rose 2.2% compared with 2.4% in August`` states the earlier
                                   # rate with its own PERIOD (C12-1)
                                   r"(?:[0-9%)]|\bper cent|\bpercent|\bpoints?) (?:when |as )?compared (?:with|to) (?:the |its )?" +
                                   _COMPARED_LEVEL + r"(?: " + _STATING_PARTICIPLE + r")? $", re.I)
#: ``change`` right before ``since <time>`` (``change since 2012``; not ``the largest increase since 2020``, a record)
_CHANGE_SINCE = re.compile(r"\b(?:change|changes)\s+$", re.I)
THAN_BEFORE = re.compile(r"\bthan $|\bthe same as (?:that |those )?$|, as $|\b(?:times|twice|double) as (?:many|much|high|large) as $", re.I)
THAN_PREPOSITION = re.compile(r"(?:in|at|during|on|for) ", re.I)
#: a time phrase opening on a preposition dates its own clause (``..., and in 2023 exports fell``)
LEADING_PREPOSITION = re.compile(r"(?:in|during|for|over|since|by|at|through|until|from|to|on|as of)\b", re.I)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: a date coordinated with a year baseline (``Compared with July 2024 and August 2023``)
COORDINATED_DATE = re.compile(r"(?:,? and | or )((?:" + _MONTHS + r" )?(?:19[5-9][0-9]|20[0-9][0-9]))\b(?![-/–.,]?[0-9])")
#: a year coordinated with the period before it (``in 2025 and 2026``, ``in 2024, 2025 and 2026``, ``in 2022-23 and
#: 2023-24``)
COORDINATED_YEAR = re.compile(r"(?:,? and |, )((?:19[5-9][0-9]|20[0-9][0-9])(?:[-/–][0-9]{2}(?![0-9]))?)\b(?![-/–.,]?[0-9])")


#: a bare ordinal of a list of periods (``in the first``, ``second``) and the period noun of its last member
BARE_ORDINAL = re.compile(r"(?:(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver) )?(?:the )?(first|second|third|fourth)")
PERIOD_NOUN = re.compile(r"\b(quarter|half)(?:s|ves)?\b")
#: a period of several ordinal quarters or halves (``third quarters of 2024``, ``the second halves``)
PLURAL_ORDINAL_PERIOD = re.compile(r"(?:(?:in|during|for|over) )?(?:the )?(?:first|second|third|fourth) (?:quarters|halves)\b",
                                   re.I)
#: an ordinal coordinated before such a period (``the first, second and``), the ordinal (with its preposition
#: and article when it opens the list) in group 1
ORDINAL_BEFORE = re.compile(r"((?:(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver) )?(?:the )?(?:first|second|third))(?:,? and |, )$")


def forecast_year(text: str, start: int, end: int, release_date: str | None) -> bool:
    """Whether a year after ``over`` is the time a forecast covers, not a comparison point: the year of
    the release or a later one (``growth is expected to be around 1¾ per cent over 2024``, released in
    2023); ``an increase of 4.5% over 2022`` in a 2023 release stays a baseline."""
    if not release_date or start < 5 or text[start - 5 : start].lower() != "over " or not YEAR.fullmatch(text[start:end]):
        return False
    try:
        return int(text[start:end]) >= int(release_date[:4])
    except ValueError:
        return False


FISCAL_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2}) ?[-/–] ?([0-9]{4}|[0-9]{2})\b")


def baseline_year(text: str) -> int | None:
    """The year a baseline names: the first year, or the year a fiscal or school year ends in
    (``2022-23``, ``FY2022/23`` → 2023; the corpus and GUIDELINES C-10 date a split year by its end)."""
    fiscal = FISCAL_YEAR.search(text)
    if fiscal:
        first, second = fiscal.group(1), fiscal.group(2)
        end = int(second) if len(second) == 4 else int(first[:2] + second)
        if end <= int(first):
            end += 100  # ``1999-00``
        if end == int(first) + 1:
            return end
    year = YEAR.search(text)
    return int(year.group(1)) if year else None


#: an average over a run of years (``the 1991-2020 average``, ``the 2017 to 2019 average``): a baseline of no one year
_MULTI_YEAR_AVERAGE = re.compile(r"\b(?:19|20)[0-9]{2} ?(?:[-–/]|to) ?(?:19|20)?[0-9]{2}\)? (?:[\w-]+ )?averages?\b")
#: a bracketed aside of a phrase (``(2019-2023)``)
_BRACKETED = re.compile(r"\([^()]*\)")


def classify_baseline(text: str) -> tuple[str, int | None]:
    """The ``type`` and ``year`` of a baseline phrase found by a trained component."""
    low = text.lower()
    year = YEAR.search(text)
    if _MULTI_YEAR_AVERAGE.search(text):
        return "other", None
    if re.search(r"year[- ](?:on|over)[- ]year|y/y|yoy|a year (?:earlier|ago|before)|(?:last|previous|prior) year", low):
        return "yoy", None
    if year and re.search(r"\b(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|same) "
                          r"(?:months|weeks)\b|\bsame (?:month|quarter|week|period|day|time)\b", low):
        return "year", baseline_year(text)  # ``the 12 months ending in September 2023``, ``the same three months of 2023``
    if re.search(r"month|m/m|mom", low):
        return "mom", None
    if re.search(r"quarter|q/q|qoq", low):
        return "qoq", None
    if year:
        return "year", baseline_year(text)
    return "other", None


class TimePhraseRecognizer:
    """Adds PERIOD and BASELINE spans to ``doc.spans["relstats"]`` with their normalisation."""

    def __init__(self, nlp: Language, name: str = "relstats_time_phrases", model_threshold: float = 0.6):
        self.name = name
        self.model_threshold = model_threshold
        register_extensions()
        _rule_index()  # the rules compiled and indexed when the pipeline is built, not on its first document

    def __call__(self, doc: Doc) -> Doc:
        """Find the time phrases of ``doc``."""
        spans = group_spans(doc)
        text = text_of(doc)
        release_date = doc._.release_date
        forecast_end = -1
        for start, end, label, btype in find_time_phrases(text):
            if label == "BASELINE" and btype == "year" and forecast_year(text, start, end, release_date):
                start, label = start - len("over "), "PERIOD"  # ``around 1¾ per cent over 2024``
                forecast_end = end
            elif label == "BASELINE" and btype == "year" and forecast_end >= 0 and \
                    text[forecast_end:start] in (" and ", ", ", ", and ") and YEAR.fullmatch(text[start:end]):
                label = "PERIOD"  # ``2.3 per cent and 2.2 per cent over 2025 and 2026 respectively``: the next forecast year
                forecast_end = end
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:
                continue
            surface = text[span.start_char : span.end_char]  # span.text
            if label == "BASELINE":
                set_span_value(span, "baseline_type", btype)
                year = baseline_year(surface) if btype == "year" else \
                    baseline_year(_BRACKETED.sub("", surface)) if btype == "other" and \
                    not _MULTI_YEAR_AVERAGE.search(surface) else None
                # (``the five-year (2019-2023) average``: the years in brackets date the average, no year compared with)
                set_span_value(span, "baseline_year", year)
                if btype == "year" and year is None:
                    continue
            else:
                date_from, date_to = period_dates(surface, release_date)
                set_span_value(span, "date_from", date_from)
                set_span_value(span, "date_to", date_to)
            set_span_value(span, "source", "rules")
            spans.append(span)
        self.date_coordinated(text, [x for x in spans if x.label_ == "PERIOD"], release_date)
        spans.extend(self.model_spans(doc, spans))
        set_spans(doc, spans)
        return doc

    @staticmethod
    def date_coordinated(text: str, periods: list[Span], release_date: str | None) -> None:
        """The members of a list of periods that name no year take the year (and the period noun) of the
        list's last member: ``in Q1, Q2 and Q3 2024``, ``in the first, second and third quarters of 2024``,
        ``in March and April 2025``."""
        periods = sorted(periods, key=lambda x: x.start_char)
        k = len(periods) - 1
        while k > 0:
            last = periods[k]
            year = YEAR.search(text, last.start_char, last.end_char)
            j = k
            while j > 0 and text[periods[j - 1].end_char : periods[j].start_char] in (", ", " and ", ", and ", " or "):
                j -= 1
            noun = PERIOD_NOUN.search(text, last.start_char, last.end_char)
            if (year is not None or noun is not None) and j < k:
                suffix = f" {year.group(1)}" if year is not None else ""
                for member in periods[j:k]:
                    surface = text[member.start_char : member.end_char]
                    if YEAR.search(surface):
                        continue
                    bare = BARE_ORDINAL.fullmatch(surface)
                    dated = f"{bare.group(1)} {noun.group(1)}{suffix}" if bare and noun else \
                        None if bare or not suffix else f"{surface}{suffix}"
                    if dated is not None:
                        member._.date_from, member._.date_to = period_dates(dated, release_date)
            k = j - 1 if j < k else k - 1

    @staticmethod
    def plausible(span: Span) -> bool:
        """A time phrase names a time (a time word) and holds no figure other than a year or a day."""
        if not TIME_WORD.search(span.text):
            return False
        for token in span:
            if NUMBER_TOKEN.match(token.text) and not YEAR.fullmatch(token.text) and not (
                    token.text.isdigit() and int(token.text) <= 31):
                return False
        return span.text.strip() == span.text and len(span) <= 12

    def model_spans(self, doc: Doc, rule_spans: list[Span]) -> list[Span]:
        """PERIOD and BASELINE spans a trained span component proposed confidently, where the rules
        found nothing overlapping."""
        if "relstats_model" not in doc.spans:
            return []
        group = doc.spans["relstats_model"]
        scores = group.attrs.get("scores") if hasattr(group, "attrs") else None
        taken = {i for s in rule_spans for i in range(s.start, s.end)}
        added = []
        for k, proposed in enumerate(group):
            score = span_score(scores, k)
            if proposed.label_ not in ("PERIOD", "BASELINE") or score < self.model_threshold:
                continue
            if any(i in taken for i in range(proposed.start, proposed.end)) or not self.plausible(proposed):
                continue
            span = Span(doc, proposed.start, proposed.end, label=proposed.label_)
            if span.label_ == "BASELINE":
                span._.baseline_type, span._.baseline_year = classify_baseline(span.text)
            else:
                span._.date_from, span._.date_to = period_dates(span.text, doc._.release_date)
            span._.source, span._.score = "model", round(score, 4)
            taken.update(range(span.start, span.end))
            added.append(span)
        return added


@Language.factory(
    "relstats_time_phrases",
    assigns=["doc.spans"],
    default_config={"model_threshold": 0.6},
    default_score_weights={"spans_relstats_f": None},
)
def make_time_phrase_recognizer(nlp: Language, name: str, model_threshold: float) -> TimePhraseRecognizer:
    """Factory of :class:`TimePhraseRecognizer`; ``model_threshold``: the score a trained span
    component's PERIOD or BASELINE span needs to be added."""
    return TimePhraseRecognizer(nlp, name, model_threshold)
