"""QUANTITY recognition: find each figure, read its value, unit, bound, metric and direction.

The recognizer walks the tokens once. At each token it tries to read a figure: an optional sign,
currency prefix, the number (digits, number words, fractions, vague amounts, one-word multiples),
scale words, a range, and a unit from the unit table (with ``per`` compounds). Candidates are then
dropped when FORMAT §3 excludes them (years, dates, clock times, identifiers, names with digits,
quoted names, hyphenated idioms, list markers). Numbers inside PERIOD and BASELINE spans are never
read. Metric and direction come from cue words around the figure (``metric_from_context``), a
decision a trained component may later refine.

Word lists are data under ``pipeline/data/<lang>/``: cue words in ``quantities.json``, number words
in ``numbers.json``, exclusions as ``Matcher`` patterns in ``exclusions.jsonl`` (chosen by
``nlp.lang``); units and currencies come from ``pipeline.units``.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import itemgetter

import numpy
from spacy.attrs import (IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LENGTH, LIKE_NUM,
                         LOWER, ORTH)
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from pipeline.extensions import (THRESHOLDS_KEY, doc_cache, group_spans, register_extensions, sent_of, set_span_value, set_spans,
                                 span_starts, span_value, span_values_of, spans_of, text_of, token_columns)
from pipeline.lexicon import lexicon, words
from pipeline.phrases import (CONJUNCTIONS, DETERMINERS, PREPOSITIONS, changed_measure_bounds, ed_form,
                              measure_changed_before_of, names_target, vocabulary)
from pipeline.numbers import (
    decimal_comma,
    TENS_WORDS,
    UNITS_WORDS,
    FRACTION_WORDS,
    MULTIPLE_WORDS,
    SCALES,
    VAGUE_AMOUNTS,
    parse_digits,
    read_quantity,
    scale_after,
    slash_fraction,
    word_number,
)
from pipeline import text_tables
from pipeline.periods import MONTHS
from pipeline.declared_units import (HEADING_SCALES, PAIRED_CHANGE_CELL, SEX_HEADERS, ZEROS_SCALE, CHANGE_HEADING, DECLARED_COUNTS_KEY, SHARE_HEADING, DeclaredUnits, colon_label,
                                     column_segment, SHARE_HEADER,
                                     counted_declared, measure_declared, names_level_rate, rate_base, signed_pairs,
                                     LEVEL_SEGMENT, NUMERIC_SCALE, ROW_PERCENT, GLOSS_AGE)
from pipeline.units import SLASH_PER_WHO as _SLASH_PER_WHO, SLASH_TIME_SYMBOLS as _SLASH_TIME_SYMBOLS
from pipeline.units import Unit, currency_country, currency_unit, ends_place_name, match_unit, per, singular, slash_unit, split_glued, to_si

YEAR_RE = re.compile(r"^(?:19[5-9][0-9]|20[0-9][0-9]|2100)$")  # (``2100``: projections' horizon, C45-13)
UNLESS_UNIT_KEY = "relstats_excluded_unless_unit"


def cue_words(lang: str = "en") -> dict:
    """The recognizer's cue words (``data/<lang>/quantities.json``), lists as sets."""
    raw = json.loads(resources.files("pipeline").joinpath(f"data/{lang}/quantities.json").read_text(encoding="utf-8"))
    return {key: (frozenset(value) if isinstance(value, list) else value) for key, value in raw.items()}


CUES = cue_words("en")
SIGNS: dict = CUES["signs"]
RANGE_JOINERS = CUES["range_joiners"]
CLAUSE_BREAKS = CUES["clause_breaks"]
QUOTES = CUES["quotes"]


#: words a figure can open with (besides digits, signs and currency symbols)
FIGURE_OPENERS = set(UNITS_WORDS) | set(TENS_WORDS) | set(MULTIPLE_WORDS) | CUES["figure_openers"]


#: two time units a duration is written in, the larger first, and how many of the smaller make one of the larger
_DURATION_STEPS = {("hour", "minute"): 60.0, ("minute", "second"): 60.0, ("day", "hour"): 24.0,
                   ("year", "month"): 12.0, ("week", "day"): 7.0}


@dataclass(slots=True)
class Figure:
    """A figure read from tokens ``start..end`` (end exclusive) before any exclusion."""

    start: int
    end: int
    core: int  # index of the first number token
    value: float
    value_max: float | None = None
    unit: str | None = None
    unit_kind: str | None = None
    bound: str = "="
    direction: str | None = None
    metric: str | None = None
    sign: str | None = None
    unit_info: Unit | None = None  # the unit as the tables know it (dimension, SI factor)
    notes: set = field(default_factory=set)


#: a column header naming a change (``% change``, ``change on 2023``, ``y/y``)
CHANGE_CELL = re.compile(r"\bchange\b|\bgrowth\b|y/y|m/m|q/q|\bvs\.?\b|\bon (?:a )?year\b|\bdiff(?:erence)?\b", re.I)


#: a percent written with a decimal comma (``5,8%``, ``2,4 per cent``)
_DECIMAL_COMMA_PERCENT = re.compile(r"(?<![0-9,.])[0-9]{1,3},[0-9]{1,2}\s?(?:%|per ?cent\b)")
#: :data:`_DECIMAL_COMMA_PERCENT` from its comma on: a pattern that opens on a literal, which the regex engine
#: finds by scanning for that character (the whole pattern is tried at every position of the text)
_DECIMAL_COMMA_TAIL = re.compile(r",[0-9]{1,2}\s?(?:%|per ?cent\b)")


def _rates_in_percent(text: str, row_start: int) -> bool:
    """Whether the title of the text table whose row starts at ``row_start`` declares its rates in percent
    (``(levels in thousands; rates in percent)``)."""
    header_start = text.rfind("\n\n", 0, row_start)
    block = text[0 if header_start < 0 else header_start : row_start]
    return any(LEVEL_SEGMENT.match(segment) for segment in re.split(r"[,;()\n]", block))


def _writes_decimal_commas(doc: Doc) -> bool:
    """Whether the document writes decimals with a comma (a percent such as ``5,8%`` or ``2,4 per cent`` in it): its
    other numbers of one to three digits, a comma and one or two digits are decimals too (C29-17). Read once."""
    cache = doc_cache(doc)
    found = cache.get("decimal_commas")
    if found is None:
        found = cache["decimal_commas"] = _has_decimal_comma_percent(text_of(doc))
    return found


def _has_decimal_comma_percent(text: str) -> bool:
    """``_DECIMAL_COMMA_PERCENT.search(text) is not None``: a comma and its tail, after one to three ASCII digits
    that no digit, comma or point precedes."""
    for found in _DECIMAL_COMMA_TAIL.finditer(text):
        comma = first = found.start()
        while first > comma - 4 and first > 0 and "0" <= text[first - 1] <= "9":
            first -= 1
        if 1 <= comma - first <= 3 and (first == 0 or text[first - 1] not in ",."):
            return True
    return False


#: a change column stated in points (``Change (points)``, ``Change (pp)``)
_POINTS_CHANGE = re.compile(r"(?:\bchange\b|\bdiff(?:erence)?\b).*\(\s*(?:%\s*)?(?:points?|pts?|pp)\s*\)", re.I)


def _beside_points_change(text: str, start_char: int) -> bool:
    """Whether the table row holding ``start_char`` has a change column stated in points in its header."""
    line_start = text.rfind("\n", 0, start_char) + 1
    header = _table_header(text, line_start)
    return header is not None and any(_POINTS_CHANGE.search(cell) for cell in header)


def _table_header(text: str, line_start: int) -> list[str] | None:
    """The cells of the header of the text table a row starting at ``line_start`` belongs to: the first
    line of its block of rows (cells between ``|``, tabs or aligned spaces, as many as the row's), when it
    holds no figure of its own (or None)."""
    line_end = text.find("\n", line_start)
    row = text[line_start : len(text) if line_end < 0 else line_end]
    shape = (text_tables.separator(row), len(text_tables.cells(row)))
    start = line_start
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start - 1]
        if (text_tables.separator(line), len(text_tables.cells(line))) != shape:
            break
        start = previous
    above_start = text.rfind("\n", 0, start - 1) + 1 if start > 0 else start
    above = text[above_start : start - 1] if start > 0 else ""
    above_cells = [above[a:b] for a, b in text_tables.cells(above)] if text_tables.separator(above) == shape[0] else []
    over_start = text.rfind("\n", 0, above_start - 1) + 1 if above_start > 0 else above_start
    over = text[over_start : above_start - 1] if above_start > 0 else ""
    stacked = len(text_tables.cells(over)) >= 2 and text_tables.separator(over) == shape[0]  # (names over units)
    if not stacked and len(above_cells) == shape[1] - 1 and above[: len(above) - len(above.lstrip())].count(" ") >= 4 and \
            not any(re.fullmatch(r"[-+]?[0-9][0-9,. ]*%?", c.strip()) and not text_tables.time_cell(c) for c in above_cells):
        # ``                2023Q4   2024Q1p`` above ``Euro area (EUR million)   12 912 744   13 025 166``: a header
        # over the figure columns, its label cell left blank (C29-16)
        return ["", *above_cells]
    if start == line_start:
        return None
    end = text.find("\n", start)
    line = text[start:end]
    cells = [line[a:b] for a, b in text_tables.cells(line)]
    if any(re.fullmatch(r"[-+]?[0-9][0-9,. ]*%?", c.strip()) and not text_tables.time_cell(c) for c in cells):
        return None  # (a year heads a column of its time: ``Fuel   2023   2024   Change``)
    return cells


_UNIT_LINE = re.compile(r"\bunits?\s*:\s*([^\n]*)", re.I)


def _unit_line(text: str, table_row: int, column: str, country: str | None) -> tuple[float, Unit] | None:
    """``(scale, unit)`` of a column declared by a ``Unit:`` note in the paragraph above the table
    (``Unit: GDP in 100 million yuan; growth rate in percent`` → the ``GDP`` column is in 100 million
    yuan; ``Unit: 10,000 tons`` → every column without a unit of its own; GUIDELINES D-3, C2-12)."""
    found = None
    for found in _UNIT_LINE.finditer(text, max(0, table_row - 600), table_row):
        pass  # the last note before the row, within a few lines
    if found is None or not column.strip():
        return None
    parts = [p.strip() for p in found.group(1).split(";") if p.strip()]
    name = column.strip().lower()
    for part in parts:
        low = part.lower()
        if " in " in low:
            head, _, rest = low.partition(" in ")
            if name == head.strip() or name in head.split():
                return _column_unit(f"({rest.split(', ')[0].strip().rstrip('.')})", country)
    if len(parts) == 1 and " in " not in parts[0].lower():
        return _column_unit(f"({parts[0].rstrip('.')})", country)
    return None


def _stacked_rate(text: str, start_char: int) -> tuple[str, str] | None:
    """``(unit, "count")`` of a rate a two-line column header declares for the cell at ``start_char`` (``Crude rate of
    change`` over ``(per 1 000 residents)``), or None."""
    header = text_tables.header_cell(text, start_char)
    if header is None or not header.stacked or "%" in header.text:
        return None
    found = rate_base(header.text)
    if found is None:
        return None
    return rate_named(f"{header.stacked} {header.text}", found), "count"


def _column_rate(header: list[str], column: int) -> str | None:
    """The unit of a table column its header declares a rate per population (``Rate per 10,000 population`` →
    ``offence per 10,000 population`` beside an ``Offences`` column; ``per 100,000`` alone → ``per 100,000
    population``), or None."""
    found = rate_base(header[column]) if "%" not in header[column] else None
    if found is None:
        return None
    own = re.match(r"\s*(?:[A-Za-z-]+ ){0,2}?([A-Za-z]+s)(?: [a-z]+ed| lost| seen)? per\b", header[column])
    if own is not None and own.group(1).lower() != "rates" and \
            singular(own.group(1).lower()) != own.group(1).lower():
        # ``Searches per 1,000 people`` beside ``Arrests``: the column names what its rate counts (C37-29)
        return f"{singular(own.group(1).lower())} per {found[0]} {found[1]}"
    counted = next((c for c in (counted_declared(cell) for k, cell in enumerate(header) if k != column) if c), None)
    return f"{counted.name} per {found[0]} {found[1]}" if counted is not None else f"per {found[0]} {found[1]}"


def _change_column(text: str, start_char: int) -> bool:
    """Whether the figure at ``start_char`` is a cell of a column headed by a change (``Change``, ``Change on
    2023``, ``y/y``) beside time columns, the header naming no percent."""
    header = text_tables.header_cell(text, start_char)
    return header is not None and bool(CHANGE_CELL.search(header.text)) and "%" not in header.text and \
        "per" not in header.text.lower() and any(text_tables.time_cell(other) for other in header.others)


def _label_rate(text: str, start_char: int) -> str | None:
    """The rate a row's label declares for its figures (``Homicide victims per million inhabitants: 9.4`` →
    ``victim per 1,000,000 inhabitants``), or None."""
    label = colon_label(text, start_char)
    if not label or not re.match(r":[\s0-9.,()+\-\u2212\u2013]*$", text[text.rfind(":", 0, start_char) : start_char]) or \
            re.match(r"\s*(?:per|a|an|for|every)\b", text[start_char : start_char + 40].split("\n")[0].lstrip("0123456789.,")):
        return None  # (the figures after the colon, with no base of their own: ``infant mortality: 4.9 per 1,000``)
    label = label[label.rfind(";") + 1 :]  # (``...; nurses per 1,000 people: 3.71``)
    found = rate_base(label) if "%" not in label else None
    if found is None or found[0][0].isdigit():
        return None  # (a base in digits is a figure of the label, read as a declared rate: GUIDELINES C3-13)
    return rate_named(label, found)


def _power_of_ten(value) -> bool:
    """Whether ``value`` is 10, 100, 1,000, ... (a scale a table's gloss states: ``(1,000 acres)``, ``(100 million
    tonnes)``)."""
    if not isinstance(value, (int, float)) or value < 10:
        return False
    exponent = round(math.log10(value))
    return abs(value - 10 ** exponent) < 1e-6 * value


def _time_label_between(t: "DocTable", end: int, start: int) -> bool:
    """Whether tokens ``end..start`` are an opening bracket, a time or comparison phrase and a colon (``(a year
    earlier: 35)``, ``(previous quarter: 4.1)``): the label of an earlier value of the figure before."""
    if start - end < 3 or t.text[end] != "(" or t.text[start - 1] != ":" or start - end > 8:
        return False
    times = {(x.start, x.end) for x in t.doc.spans.get("relstats_time", ())} if "relstats_time" in t.doc.spans else set()
    words_ = t.lower[end + 1 : start - 1]
    return (end + 1, start - 1) in times or words_[-1:] in (["earlier"], ["ago"], ["before"]) or \
        words_[:1] in (["previous"], ["last"], ["prior"])


def _segment_rate(title: str, cell: str) -> str | None:
    """The rate a segment of a title's bracket declares for the column ``cell`` names, when the segment opens on the
    cell's word (``prevalence per thousand people`` for ``Prevalence``), else None."""
    opening, closing = title.rfind("("), title.rfind(")")
    word = cell.strip().lower()
    if opening < 0 or closing < opening or not word.isalpha() or word in ("rate", "rates", "ratio", "ratios"):
        return None  # (a ``Rate`` column is read with the count the title names, C21-20)
    for segment in re.split(r"[;,]", title[opening + 1 : closing]):
        segment = segment.strip()
        if not segment.lower().startswith(word + " per "):
            continue
        found = rate_base(segment)
        if found is not None:
            return rate_named(segment, found)
        worded = re.match(r"per (thousand|million|hundred|billion)(?: ([a-z]+))?$", segment.lower()[len(word) + 1 :])
        if worded is not None:  # (a base in words, kept as written: C16-7)
            return f"per {worded.group(1)}" + (f" {worded.group(2)}" if worded.group(2) else "")
    return None


def _title_rate(text: str, start_char: int) -> str | None:
    """The rate a table's title declares for cells under a time or sex column (``Road fatalities per million inhabitants``
    or ``Road deaths by Member State (deaths per million inhabitants)`` above ``Member State   2019   2023`` and
    ``Germany   37   33`` → ``fatality per million inhabitants``), or None (C28-15). A rate named for a bracketed
    column (``... in brackets``) declares nothing for the main one."""
    header = text_tables.header_cell(text, start_char)
    if header is None:
        return None
    if not (text_tables.time_cell(header.text) or header.text.strip().lower() in SEX_HEADERS):
        # (``Males   Females`` under ``... (deaths per 100,000 population)``: the rate for each sex)
        # ``(number in millions; prevalence per thousand people)`` above ``Number   Prevalence``: the segment that opens
        # on the column's name (C48-29)
        return _segment_rate(text_tables.title_with_gloss(text, header.top_start) or "", header.text)
    bounds = text_tables.title_bounds(text, header.top_start)
    if bounds is None:
        return None
    title = text[bounds[0] : bounds[1]]
    if "%" in title or re.search(r"\bin brackets\b", title, re.I):
        return None
    if re.search(r"=\s*100\b", title):
        return None  # ``Volume indices per capita (EU27=100)``: index levels, no rate per head (C41-30)
    if re.search(r"\b(?:and|or|&)\s+(?:the\s+)?rates?\s+per\b", title, re.I):
        return None  # ``Recorded offences and rate per 100,000 population``: counts and rates, no rate for all (C35-46)
    found = rate_base(title)
    if found is None:
        single = _PER_ONE.search(title)  # ``Total fertility rate (children per woman), 2023``: a rate per one
        if single is not None and singular(single.group(1).lower()) != single.group(1).lower():
            return f"{singular(single.group(1).lower())} per {single.group(2).lower()}"
        return None
    return rate_named(title, found)


#: a rate per one person or thing, as a title names it (``children per woman``, ``cars per household``)
_PER_ONE = re.compile(r"\b([A-Za-z]+) per (woman|person|capita|head|household|inhabitant|resident|employee|worker|"
                      r"pupil|student|patient|family|vehicle|car|hospital|doctor|bed)\b", re.I)


#: a word before a rate or a title's gloss noun that qualifies it, not what it counts (``standardised rates``, ``crude
#: rate``, ``Predicted provisional counts``; ``death rate`` counts deaths)
QUALIFIER_ADJECTIVE = re.compile(r"(?:ional|ed|ic|ive|ous|ful)$|^(?:crude|overall|average|total|annual|monthly|quarterly|"
                                 r"weekly|national|regional|general|standard|mean|median|final|preliminary|official|"
                                 r"main|key|selected)$")
#: words naming a rate, never what a rate counts
RATE_WORDS = frozenset({"rate", "rates", "ratio", "ratios", "incidence"})


def rate_named(segment: str, found: tuple[str, str]) -> str:
    """The rate unit a label or title names with the base ``found`` (:func:`rate_base`): its plural before ``per``
    counts (``Homicide victims per million inhabitants`` → ``victim per million inhabitants``), else the bare base."""
    before = segment[: segment.lower().index(" per ")].split() if " per " in segment.lower() else []
    if len(before) >= 2 and before[-1].lower() in ("rate", "rates") and before[-2].isalpha() and \
            singular(before[-2].lower()) == before[-2].lower() and not QUALIFIER_ADJECTIVE.search(before[-2].lower()):
        before[-1] = before[-2].lower() + "s"  # ``The death rate per 100,000 population`` → ``death per ...`` (C29-4)
    if before and before[-1].lower().strip("(") in RATE_WORDS:
        # ``Alcohol-specific deaths and age-standardised rates per 100,000 people``: a rate counts no rates; the
        # plural named before it in the same title does, else nothing is named (C36-1)
        def plural(w: str) -> bool:
            return re.fullmatch(r"\(?[A-Za-z]+s", w) is not None and singular(w.lower().strip("(")) != w.lower().strip("(") \
                and w.lower().strip("(") not in RATE_WORDS

        part_start = max((k + (0 if before[k].startswith("(") else 1) for k, w in enumerate(before[:-1])
                          if w.endswith(";") or w.startswith("(")), default=0)
        earlier = next((w for w in reversed(before[part_start:-1]) if plural(w)), None)
        if earlier is None and part_start > 0:
            # ``Accidents by ICAO region, 2023 (departures in millions; rate per million departures)``: a gloss part
            # naming no counted noun; the title's first plural counts (C40-28)
            opening = next((k for k, w in enumerate(before) if w.startswith("(")), part_start)
            earlier = next((w for w in before[:opening] if plural(w) and w.lower() != "tables"), None)
        before = [earlier] if earlier is not None else []
    word = before[-1].strip("(") if before else ""
    counted = singular(word.lower()) if word.isalpha() and singular(word.lower()) != word.lower() else None
    return f"{counted} per {found[0]} {found[1]}" if counted else f"per {found[0]} {found[1]}"


def _cell_number(cell: str) -> float | None:
    """The number a table cell holds (``+5,180``, ``-708``, ``1 817``, ``(2.4)``), or None."""
    found = re.fullmatch(r"\(?([-+\u2212\u2013]?)\s*([0-9][0-9,. ]*)\)?", cell.strip())
    value = parse_digits(found.group(2)) if found is not None else None
    return None if value is None else -value if found.group(1) in ("-", "\u2212", "\u2013") else value


def absolute_change_cell(text: str, line_start: int, header: list[str], column: int) -> bool:
    """Whether a cell under a bare change header (``Change``, no ``%``) is the difference of its row's two level
    cells (``287.6   294.4   +6.8``): the change is then stated in the row's own unit, not in percent (C22-2)."""
    if "%" in header[column] or "per" in header[column].lower().split() or not CHANGE_CELL.search(header[column]):
        return False
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    bounds = text_tables.cells(line)
    numbers = [_cell_number(line[a:b]) for a, b in bounds]
    if column >= len(numbers) or numbers[column] is None:
        return False
    levels = [v for k, v in enumerate(numbers[:column]) if v is not None and k > 0]
    cell = line[bounds[column][0] : bounds[column][1]]
    decimals = len(cell.split(".")[1]) if "." in cell else 0
    own_levels = [v for k, v in enumerate(numbers[:column]) if v is not None and k > 0 and
                  not CHANGE_CELL.search(header[k] if k < len(header) else "")]
    if len(own_levels) == 1:
        # ``Indicator   Level   Change on quarter   Change on year`` above ``Employment (thousands)   34,122   +91
        # +342``: whole changes a tenth of their level or less are in its unit, no percent (C31-9)
        level = own_levels[0]
        if decimals == 0 and abs(numbers[column]) >= 10 and abs(level) >= 10 * abs(numbers[column]) and \
                not any("." in line[a:b] for a, b in bounds[1:column]):
            return True
    if len(levels) < 2:
        return False
    return abs(abs(levels[-1] - levels[-2]) - abs(numbers[column])) <= 0.6 * 10 ** -decimals + 1e-9


def column_scale(cell: str) -> float | None:
    """The scale a header cell declares with no unit, in brackets (``Oct 2024 (mn)``, ``Tax (thousands)``, ``('000)``),
    or None."""
    inside = re.search(r"\(([^()]*)\)\s*$", cell or "")
    if not inside:
        return None
    words_ = [w for w in inside.group(1).replace(",", " ").lower().split() if not GLOSS_AGE.match(w)]
    if not words_ or not all(w in SCALES or w in HEADING_SCALES for w in words_):
        return None
    scale = 1.0
    for w in words_:
        scale *= SCALES.get(w) or HEADING_SCALES[w]
    return scale if scale != 1.0 else None


#: a change column's header with a gloss in brackets (``Change (people)``, ``Net change (number of jobs)``)
_CHANGE_IN_BRACKETS = re.compile(r"\s*(?:net |absolute )?(?:change|difference)\s*\(([^()]+)\)\s*", re.I)
#: a change column's header with its unit written after it, unbracketed (``Change TWh``, ``Change in Mt``)
_CHANGE_IN_UNIT = re.compile(r"\s*(?:change|growth|difference)\s+(?:in\s+)?([A-Za-z][A-Za-z0-9/ ]{0,14}?)\s*", re.I)


def _other_column_counts(header: list[str], column: int, unit: str) -> bool:
    """Whether a header cell other than ``column``'s names the count ``unit`` (``Deaths`` beside ``Events``)."""
    return any((found := counted_declared(cell)) is not None and found.name == unit
               for k, cell in enumerate(header) if k != column)


def _column_unit(cell: str, country: str | None) -> tuple[float, Unit] | None:
    """``(scale, unit)`` a column header declares: ``(million tonnes)`` → 1e6 ton, ``%``, ``vs 2022``
    or ``change`` → percent; None when it declares none."""
    if re.search(r"%\s*-?\s*(?:pts?|points?)\b|\bp\.?p\.?(?![a-z])|\bppts?\b|percentage[- ]points?", cell, re.I):
        return 1.0, match_unit(["percentage", "point"])  # ``PLF (%-pt)``, ``Change (pp)`` (C29-19), ``(% points)``
    found = _bracket_unit(cell, country)
    if found is not None:
        return found
    written = _CHANGE_IN_UNIT.fullmatch(cell)
    if written is not None:
        unit = match_unit(written.group(1).split(), 0, country)
        if unit is not None and unit.kind in ("measure", "currency") and unit.length == len(written.group(1).split()):
            return 1.0, unit  # ``Change TWh`` beside ``2023 TWh``: a change in the unit written after it, no percent
    if "%" in cell or re.match(r"(?:vs\.?|change|growth|y/y|yoy|year-on-year)\b", cell.lower()) or \
            re.search(r"\bgrowth\b", cell.lower()):
        return 1.0, match_unit(["percent"])  # (``RPK growth``: a growth rate)
    if re.search(r"\b(?:share|percent|per cent|percentage|proportion) of\b", cell.lower()):
        return 1.0, match_unit(["percent"])  # ``E-commerce share of total``, ``Percent of all sales`` (C29-15)
    if WEIGHT_HEADER.fullmatch(cell):
        return 1.0, match_unit(["percent"])  # ``Weight``, ``Relative importance(1)``: a share of the basket (C31-13)
    if SHARE_HEADER.fullmatch(cell):
        return 1.0, match_unit(["percent"])  # ``Composition``, ``Share``: each row's share of the total (C43-1)
    return None


#: bound words inside a bracket before a restated change (``(less than 1%)``, ``(about 2%)``)
#: bound words between an opening bracket and its figure (``(less than 1%)``, ``(nearly 83 percent)``)
BRACKET_BOUNDS = frozenset(("about", "around", "almost", "nearly", "roughly", "some", "approximately", "less", "more",
                            "than", "over", "under", "just"))
#: footnote marks written after a figure or its bracket (``(±11.9 percent)*``)
_FOOTNOTE_MARKS = frozenset(("*", "**", "†", "‡"))
#: a column header naming a rank or a move between ranks (``Pos``, ``Rank``, ``Move``, ``Change in rank``)
_RANK_HEADER = re.compile(r"\s*(?:pos\.?|position|rank(?:ing)?|move(?:ment)?|(?:change in|move in) (?:rank|position)|"
                          r"(?:rank|position) (?:change|move))\s*(?:(?:19|20)[0-9]{2}\s*)?(?:\([^()]*\))?\s*", re.I)
#: a header naming the basket weights of a price index table, a footnote mark allowed (C31-13)
WEIGHT_HEADER = re.compile(r"\s*(?:weights?|relative importance|basket weights?)\s*(?:\([0-9]{1,2}\))?\s*", re.I)


def _unscaled_symbol(symbol: str) -> bool:
    """Whether a heading's ``symbol`` alone declares an unscaled unit (``MT``: a metric ton), not one the unit tables
    read in a scale already (``Mt``: million tonnes)."""
    found = measure_declared(symbol)
    return found is not None and found[0] == 1.0 and (found[1] is None or found[1].scale == 1.0)


#: a scaled unit written out with its symbol in brackets (``Million Tonnes (MT)``, ``billion cubic metres (bcm)``)
_SCALED_SYMBOL_DEFINED = re.compile(r"\b(thousand|million|billion|trillion)\s+([A-Za-z]+(?:[ -][A-Za-z]+)?)\s*\(([A-Za-z]{1,5})\)",
                                    re.I)
#: verbs whose object ``one`` stands for a noun said before (``does not have one``, ``needed one``)
_PRONOUN_ONE_VERBS = frozenset(("have", "has", "had", "having", "get", "gets", "got", "need", "needs", "needed",
                                "want", "wants", "wanted", "find", "finds", "found", "own", "owns", "owned", "hold",
                                "holds", "held", "buy", "bought", "seek", "sought", "take", "took", "use", "used"))


#: words that say how a gloss's money is priced (``(current $)``, ``(constant €)``)
_PRICE_BASIS_WORDS = frozenset(("current", "constant", "in", "nominal", "real"))


def _bracket_unit(cell: str, country: str | None) -> tuple[float, Unit] | None:
    """``(scale, unit)`` a cell's bracketed gloss declares (``(million tonnes)``, ``(%)``, and with the headings'
    reader :func:`measure_declared` ``(EUR million)``, ``(in R$ millions, current prices)``, ``(millions of
    reais)``), or None."""
    inside = re.search(r"\(([^()]*)\)", cell)
    if not inside or re.fullmatch(r"\s*[A-Za-z]\s*", inside.group(1)):
        return None  # (``3rd quarter 2024 (p)``: a revision mark, not pence, C29-15)
    # (the unit before a semicolon: ``(Ml/d; change on 2022-23 in brackets)``)
    words_ = inside.group(1).split(";")[0].replace(",", "").split()
    bare = [w for w in words_ if w.lower() not in _PRICE_BASIS_WORDS]
    # (a sign alone, ``($)``, or priced, ``(current $)``; a word such as ``(EUR)`` is the measure reader's)
    symbol = currency_unit(bare[0], country) if len(bare) == 1 and (
        len(bare) < len(words_) or not any(c.isalpha() for c in bare[0])) else None
    if symbol is not None:
        return 1.0, symbol  # ``Average hourly earnings (current $)``: the row's money, no scale (C38-18)
    factor = 1.0
    if words_ and re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", words_[0]) and len(words_) > 1:
        factor, words_ = float(words_[0]), words_[1:]  # ``100 million yuan``, ``10,000 tons``
    scale, n = scale_after(words_, 0)  # ``million tonnes``
    scale = scale * factor
    unit = match_unit(words_, n, country) if n < len(words_) else None
    if unit is not None and factor != 1.0 and (unit.dimension == "time" or unit.name == "quarter"):
        return None  # ``Projected formations (4 quarters)``: the window the row counts over, no scale (C38-13)
    if unit is not None and unit.length == len(words_) - n and unit.kind in ("measure", "currency", "percent"):
        return scale, unit
    if len(words_) == n + 1 and "/" in words_[n]:
        slashed = slash_unit(words_[n], country)  # ``(Ml/d)``, ``(p/kWh)``, ``(tb/d)``: a compound written as one word
        if slashed is not None:
            return scale * slashed.scale, replace(slashed, scale=1.0)
    # (a currency before its scale, ``in``, ``of``, a plural scale, words after a comma: C28-17)
    found = measure_declared(re.split(r",\s|;", inside.group(1))[0], country)
    if found is not None and found[1] is not None and found[1].kind in ("measure", "currency"):
        return found
    return None


#: words between a rate and the same rate restated for another time
RATE_RESTATED_GAP = CUES["rate_restated_gap"]
#: the round bases of rates per population, and the nouns that may follow them
PER_BASES = {100.0, 1000.0, 10000.0, 100000.0, 1000000.0}
BASE_NOUNS = CUES["base_nouns"]
#: verbs after which ``up to`` says where a figure moved (``revised up to``), and verbs of capacity after
#: which it is a bound (``can reach up to``); a bound ``up to`` also follows a preposition, a conjunction or
#: a determiner (the linking rules' word lists)
UP_TO_MOVERS = frozenset(CUES["up_to_movers"])
UP_TO_BOUND_VERBS = frozenset(CUES["up_to_bound_verbs"])
FUNCTION_WORDS = PREPOSITIONS | CONJUNCTIONS | DETERMINERS
#: a note line opening on its mark (``(1) Items priced ...``, ``1) ...``, ``[2] ...``): the mark in group 1, 2 or 3
FOOTNOTE_LINE = re.compile(r"(?m)^[ \t]*(?:\(([0-9]{1,2})\)|([0-9]{1,2})\)|\[([0-9]{1,2})\])[ \t]+\S")
def _table_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands on a line of aligned cells (two spaces or more between words)."""
    full = text_of(doc)
    start, end = text_tables.line_bounds(full, doc[i].idx)
    return len(text_tables.cells(full[start:end])) >= 3


#: a further note's mark after a sentence of a note line
_RUN_ON_NOTE = re.compile(r"[.;][ \t]+\(([0-9]{1,2})\)[ \t]+[A-Z]")
#: marks of a numbered reference (``Decree No. 12,079``)
_REFERENCE_MARKS = frozenset(("No.", "Nos.", "no."))
#: classification systems whose codes are numbers (``SITC 51``, ``NACE 47``, ``HS 2022``)
_CODE_SYSTEMS = frozenset(("SITC", "HS", "NACE", "ISIC", "NAICS", "COICOP", "ANZSIC", "CPC", "ICD"))
def change_components_cue(lower: list, text: list, start: int, sent_start: int) -> str | None:
    """The direction of a bracketed figure at token ``start`` listed after a plural change noun and ``in``
    (``reflecting increases in travel ($0.5 billion) and in financial services ($0.3 billion)``, ``driven by decreases
    in ...``; C20-14): the changes that make up the sentence's change; else None."""
    if start < 3 or text[start - 1] != "(":
        return None
    for j in range(start + 1, min(len(text), start + 10)):
        if text[j] == ")":
            break
        if lower[j] in ("up", "down") or text[j] in ("+", "-", "−", "–") and j + 1 < len(text) and text[j + 1][:1].isdigit():
            return None  # ``petroleum products ($3.6 billion, down 19.8%)``: a level with its own change (C33-31)
    depth = 0
    for j in range(start - 2, max(sent_start, start - 30) - 1, -1):
        if text[j] == ")":
            depth += 1
            continue
        if text[j] == "(":
            depth -= 1
            continue
        if depth or text[j] == "," or lower[j] in ("and", "in", "the", "of"):
            continue
        if text[j] in (";", ":", ".") or text[j][:1].isdigit():
            return None
        if lower[j] in _PLURAL_CHANGE_NOUNS and lower[j + 1] == "in":
            return "down" if lower[j] in words("change_down") else "up"
        if lower[j + 1] in ("from", "for", "in", "at") and j > sent_start and (lower[j - 1] in _COPULAS or lower[j - 1] in ("and", "but")) and \
                (lower[j] in COMPARATIVES_UP or lower[j] in COMPARATIVES_DOWN):
            # ``receipts were higher from VAT (£1.4 billion) and fuel duty (£0.2 billion)``: by how much (C22-4)
            return "down" if lower[j] in COMPARATIVES_DOWN else "up"
    return None


#: verbs that bound a level from below (``exceeded 80%``): no change
_BOUND_VERBS = frozenset({"exceeded", "exceeding", "exceeds", "surpassed", "surpassing", "surpasses", "topped",
                          "topping", "tops"})


def _other_column(text: str, start_char: int) -> bool:
    """Whether the table cell at ``start_char`` stands under a column header that names something other than a rate
    (``Cases 2023`` beside ``Rate 2023`` under a title declaring both): the rate a heading declares is not its
    (C37-14). A header of a time only (``2023``) names nothing else."""
    header = text_tables.header_cell(text, start_char)
    if header is None:
        return False
    words_ = re.findall(r"[A-Za-z]{3,}", text_tables.without_closing_time(header.text))
    if not words_ and not _RATE_HEADER.search(header.text) and any(
            re.match(r"\s*(?:rates?|per)\b", other, re.I) for other in header.others):
        return True  # ``2022-23   2023-24   Change   Rate 2023-24`` under ``(number of clients; rate per 10,000)`` (C41-9)
    if not words_ or _RATE_HEADER.search(header.text) or any(w.lower() in MONTHS or w.lower()[:3] in MONTHS for w in words_):
        return False
    if header.text.strip().lower() in SEX_HEADERS:
        return False  # ``Males   Females``: the rate for each sex, no other measure
    if any(_RATE_HEADER.search(other) and not re.search(r"\bchange\b|%", other, re.I) for other in header.others):
        return True  # ``| Accidents | Fatal | ... | Rate |`` under ``(rate per million departures)``: the rate column's (C40-28)
    return singular(words_[0].lower()) != words_[0].lower()


#: a column header naming a rate (``Rate 2023``, ``Rate per 100,000``, ``Incidence``, ``per 1,000``)
_RATE_HEADER = re.compile(r"\b(?:rates?|per|incidence|ratio|change|share)\b|%", re.I)


#: ``ratio of <plural> to <plural>`` (``ratio of job vacancies to unemployed persons``)
_RATIO = re.compile(r"ratio of ((?:[a-z-]+ ){0,3}?[a-z-]+s) to ((?:[a-z-]+ ){0,3}?[a-z-]+s)\b")


def _ratio_before(t: "DocTable", start: int, sent_start: int, window: int) -> int | None:
    """The index of the nearest ``ratio``/``ratios`` within ``window`` words before token ``start`` in its sentence."""
    return next((m for m in range(start - 1, max(sent_start, start - window) - 1, -1)
                 if t.lower[m] in ("ratio", "ratios")), None)


#: count nouns a ratio of two counts names before ``ratio`` (``the pupil to teacher ratio``): people and places to them
_RATIO_COUNT_NOUNS = frozenset(singular(w) for w in vocabulary("people_nouns")) | frozenset((
    "teacher", "nurse", "doctor", "physician", "bed", "staff", "vacancy", "job", "applicant", "employee", "household",
    "pupil", "student"))


def _counts_named_before_ratio(lower: list, k: int) -> str | None:
    """``pupil per teacher`` for ``the pupil to teacher ratio``, ``the pupil-teacher ratio``, ``the job-seeker/vacancy
    ratio`` (``ratio`` at ``k``) when both words name counted things (C45-25), else None."""
    for shape in ((-3, "to"), (-5, "to"), (-3, "-"), (-3, "/")):
        at, joiner = shape
        if k + at < 0:
            continue
        words_ = lower[k + at : k]
        if at == -5 and words_[1:4] != ["-", "to", "-"]:
            continue
        if at == -3 and words_[1] != joiner:
            continue
        first, second = words_[0], words_[-1]
        if first.isalpha() and second.isalpha() and singular(first) in _RATIO_COUNT_NOUNS and \
                singular(second) in _RATIO_COUNT_NOUNS:
            return f"{singular(first)} per {singular(second)}"
    return None


def _ratio_unit(t: "DocTable", start: int, sent_start: int, last: list) -> str | None:
    """``vacancy per person`` for a bare figure stated of ``the ratio of job vacancies to unemployed persons`` earlier
    in its clause (no figure between), the plurals' singulars; None elsewhere."""
    lower = t.lower
    k = _ratio_before(t, start, sent_start, 16)
    if k is None:
        k = _ratio_before(t, start, sent_start, 40)  # (a ratio of counts named before ``ratio`` reaches further)
        if k is not None and (lower[k + 1] == "of" or _counts_named_before_ratio(lower, k) is None):
            return None
    if k is not None and lower[k + 1] != "of" and k >= 2:
        named = _counts_named_before_ratio(lower, k)
        if named is not None:
            return named if all(span_value(x, "unit") == named for x in last if x.start > k and
                                span_value(x, "metric") != "CHANGE") else None
    if k is None or lower[k + 1] != "of":
        return None
    found = _RATIO.match(" ".join(lower[k:start]))
    if found is None:
        return None
    unit = f"{singular(found.group(1).split()[-1])} per {singular(found.group(2).split()[-1])}"
    # (``eased to 1.61, from 1.66 in June``: the ratio's earlier value, after the ratio's own figure only)
    return unit if all(span_value(x, "unit") == unit for x in last if x.start > k) else None


#: verbs that state one figure above another (``exceeded the 2019 level by 1.5%``)
_EXCEEDING_VERBS = vocabulary("exceeding_verbs")
#: words after ``N times`` that make it a multiple of something named (``3 times the 2019 level``, ``twice as many``)
_MULTIPLE_AFTER = vocabulary("multiple_after_words")


def _point_change(figure: Figure, first_char: str) -> None:
    """Make a table cell a change in percentage points, down when signed so (``first_char``), a change of none at 0."""
    figure.unit, figure.unit_kind = "percentage point", "percentage_point"
    figure.unit_info = match_unit(["percentage", "point"])
    figure.metric = "CHANGE"
    figure.direction = "down" if first_char in "-\u2212\u2013" else "up" if figure.value else None
    figure.notes.add("table-header")


#: a table column header naming the unit of each row (``Unit``, ``Units``, ``Unit of measure``)
_UNIT_COLUMN = re.compile(r"\s*units?(?:\s+of\s+measure(?:ment)?)?\s*", re.I)


def _unit_column_cell(text: str, line_start: int, row: list, header: list[str], column: int,
                      country: str | None) -> tuple[float, "Unit"] | None:
    """``(scale, unit)`` the row's cell under a ``Unit`` column declares for the figure in ``column`` (``Brent crude oil
    $/bbl   82.6   80`` under ``Commodity   Unit   2023   2024f``: dollars per barrel, C45-11), else None."""
    k = next((k for k, cell in enumerate(header) if k != column and _UNIT_COLUMN.fullmatch(cell)), None)
    if k is None or k >= len(row) or k > column:
        return None
    cell = text[line_start + row[k][0] : line_start + row[k][1]].strip()
    if not cell or any(c.isdigit() for c in cell.replace("100", "").replace("1,000", "")) and "/" not in cell:
        return None
    slashed = slash_unit(cell, country) if "/" in cell else None
    if slashed is not None:
        return 1.0, slashed
    return measure_declared(cell, country)


def _title_change_in_points(text: str, start_char: int, column: str) -> bool:
    """Whether the title above the table of the cell at ``start_char`` puts the column's changes in percentage points:
    the segment naming the column (``(%; change in percentage points)`` above ``Change on year``), or the one segment
    naming a change (``(% of individuals; change in pp)`` above ``vs 2023``) (C43-30, C43-43)."""
    cell = text_tables.header_cell(text, start_char)
    title = text_tables.title_above(text, cell.top_start) if cell is not None else None
    if not title:
        return False
    segment = column_segment(title, column)
    if segment is None and re.search(r"\(([^()]*)\)\s*$", title):
        changes = [x for x in re.split(r";|,(?![0-9])", re.findall(r"\(([^()]*)\)", title)[-1])
                   if CHANGE_HEADING.search(x.lower())]
        segment = changes[0] if len(changes) == 1 else None
    # (``changes in rates in pp``: the rate rows' changes only, C31-1; unless a column beside holds that share or rate,
    # ``(votes; share in per cent; change in share since 2019 in percentage points; seats)`` above ``Votes   Share
    # Change   Seats``: the change column is the share column's change, C45-8)
    named = re.search(r"\b(rate|ratio|share)s?\b", segment or "", re.I)
    return bool(segment) and re.search(r"percentage[- ]points?|\bpp\b", segment, re.I) is not None and (
        named is None or any(re.match(r"\s*" + named.group(1) + r"s?\b", other, re.I) for other in cell.others))


def _restated_comparison(t: "DocTable", start: int, end: int) -> str | None:
    """The direction of a comparative after a figure and its percent set off by ``, or ... ,`` (``5.26 cents, or 19.8%,
    below October 2023``): ``down`` or ``up`` for both figures, else None."""
    lower, n = t.lower, t.n

    def percent_at(k: int) -> int | None:  # the token after a percent starting at k
        if k < n and _value(t.text[k].lstrip("+-")) is not None:
            if k + 1 < n and lower[k + 1] == "%":
                return k + 2
            if k + 2 < n and lower[k + 1] in ("per", "percent") and lower[k + 2] == "cent":
                return k + 3
            if k + 1 < n and lower[k + 1] == "percent":
                return k + 2
        return None

    def comparative_at(k: int) -> str | None:  # (``below``, ``higher``; not ``up``, which opens a change of its own)
        if k + 1 < n and lower[k] == "," and (lower[k + 1] in COMPARATIVES_DOWN - {"down"} or lower[k + 1] == "behind"):
            return "down"
        if k + 1 < n and lower[k] == "," and (lower[k + 1] in COMPARATIVES_UP - {"up"} or lower[k + 1] == "ahead"):
            return "up"
        return None

    if end + 3 < n and t.lex[end][_ALPHA] and lower[end + 1] == "," and lower[end + 2] == "or":
        end += 1  # ``3,400 units, or 12 per cent, higher``: past the counted noun
    if end + 2 < n and lower[end] == "," and lower[end + 1] == "or":
        after = percent_at(end + 2)
        return comparative_at(after) if after is not None else None
    if start >= 2 and lower[start - 1] == "or" and lower[start - 2] == "," and start >= 3 and \
            t.text[start - 3][-1:].isalnum():
        return comparative_at(end)
    return None


def _ratio_subject(t: "DocTable", start: int, sent_start: int, last: list) -> bool:
    """Whether a bare figure is stated of a ratio named shortly before it in its clause (``the inventory-to-sales ratio
    fell from 1.69``), no other figure between except the ratio's own earlier value."""
    lower = t.lower
    k = _ratio_before(t, start, sent_start, 10)
    if k is None or any(x.start > k and span_value(x, "unit") != "times" for x in last):
        return False
    return not any(lower[m] in (",", ";", "(") or t.text[m][:1].isdigit() and not YEAR_RE.match(t.text[m])
                   for m in range(k + 1, start))


def _days_counted(t: "DocTable", end: int) -> bool:
    """Whether days written right after a figure are counted, not a length of time: lost (``2.75 million days lost``,
    ``14,000 days were lost``) or days of something (``six days of strike action``, ``271 days of good air quality``,
    not ``within 30 days of receipt``, ``days of age``)."""
    lower = t.lower
    after = lower[end : end + 4]
    if after[:1] == ["lost"] or after[:2] in (["were", "lost"], ["was", "lost"]) or \
            after[:3] in (["have", "been", "lost"], ["had", "been", "lost"]):
        return True
    if after[:1] == ["of"] and len(after) >= 2 and t.text[end + 1][:1].isalpha() and \
            after[1] not in ("age", "receipt", "the", "a", "an", "each", "its", "their", "his", "her", "arrival", "birth"):
        k = end - 1
        while k > 0 and not t.text[k][:1].isdigit():
            k -= 1
        return not (k >= 1 and lower[k - 1] in ("within", "after", "before", "for", "in", "up", "to"))
    return False


def _revised_from_level(t: "DocTable", start: int, sent_start: int) -> bool:
    """Whether the figure at token ``start`` follows ``from its|the [provisional|previous|...] level|estimate of`` in a
    sentence that revises a figure."""
    lower = t.lower
    k = start - 1
    if k < sent_start + 3 or lower[k] != "of" or lower[k - 1] not in ("level", "estimate", "figure", "rate", "reading"):
        return False
    m = k - 2
    while m > sent_start and lower[m] not in ("from",) and k - m < 5:
        m -= 1
    return lower[m] == "from" and "revised" in lower[sent_start:m]


#: the copulas before a comparative that says by how much each bracketed item differs (``were higher from VAT (...)``)
_COPULAS = frozenset(vocabulary("copulas"))
#: plural change nouns that name the changes listed after ``of`` (``the largest falls in vacancies ..., of 23,400``)
_PLURAL_CHANGE_NOUNS = frozenset(w for w in vocabulary("change_nouns") if w.endswith("s") and w != "changes")
#: verbs that would open a clause of their own between a change and a gapped ``by`` figure
_VERBS_OF_CHANGE = frozenset(words("change_up")) | frozenset(words("change_down"))
#: words that make a bracketed percent a share of a whole, not a rate of change (``34% of the total``)
_SHARE_CUES = frozenset(("share", "shares", "accounted", "accounting", "accounts", "proportion", "total", "made",
                         "represented", "representing", "weight", "of"))
#: a scale set off inside a sentence (``, in billions of dollars,``, ``(in millions of euros)``), the phrase in group 1
INLINE_SCALE = re.compile(r"(?:, |\()(in (?:thousands|millions|billions|trillions)(?: of [A-Za-z$€£ ]{1,30}?)?)(?=[,)])")
#: where a sentence closes: a line break, or a full stop before the next sentence
SENTENCE_CLOSE = re.compile(r"\n|\.\s+(?=[A-Z(])")
#: scale words that open the base of a rate (``per billion vehicle miles``, ``per 100 million vehicle miles``)
_RATE_SCALES = ("thousand", "million", "billion")
#: a number written with spaces between its thousands (``1 000``, ``100 000``)
SPACED_THOUSANDS = re.compile(r"[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+")


#: the round bases of a rate written in words (``per thousand``, ``per hundred thousand``, ``per million``)
_WORD_BASES = (("hundred", "thousand"), ("thousand",), ("million",), ("hundred",))


def _worded_base(t: "DocTable", figure: "Figure") -> list[str]:
    """The words of a round base written out after ``per`` right after a bare figure (``8.1 per thousand``), or []."""
    at = figure.end
    if figure.unit_kind is not None or figure.value_max is not None or at + 1 >= t.n or t.lower[at] != "per":
        return []
    for base in _WORD_BASES:
        if tuple(t.lower[at + 1 : at + 1 + len(base)]) == base:
            return list(base)
    return []


def _base_number(t: "DocTable", base: "Figure") -> str:
    """The base of a rate as the unit names it: its words, thousands grouped by commas (``per 1 000 population``
    → ``1,000``)."""
    number = " ".join(t.text[i] for i in range(base.start, base.end))
    return re.sub(r"[ \u00a0\u202f]", ",", number) if SPACED_THOUSANDS.fullmatch(number) else number
#: words that end the base of a rate (``per million population in 2023``): function words and ``compared``
_RATE_BASE_STOPS = FUNCTION_WORDS | {"compared"}
#: participles after the base of a traffic rate
_RATE_BASE_PARTICIPLES = ("traveled", "travelled", "driven", "flown")


#: time words after ``per`` that make a rate over time, not a count per a thing
_PER_TIME_WORDS = frozenset({"day", "week", "month", "year", "annum", "hour", "minute", "second", "quarter", "night",
                             "capita"})


def _base_nouns(t: "DocTable", end: int) -> list[str]:
    """The words naming a rate's round base from token ``end`` on (``population``, ``live births``), with a
    modifier of its own before a base noun (``per 100,000 practice population``, ``per 1,000 resident
    population``); at most three words."""
    nouns: list[str] = []
    while end < t.n and len(nouns) < 3:
        if t.lower[end] not in BASE_NOUNS and not (
                end + 1 < t.n and t.lex[end][_ALPHA] and t.lex[end][_ISLOWER] and
                t.lower[end] not in _RATE_BASE_STOPS and t.lower[end + 1] in BASE_NOUNS):
            break
        nouns.append(t.lower[end])
        end += 1
    return nouns


def _past_at_risk(t: "DocTable", end: int) -> int:
    """``end`` moved past ``at risk`` after a rate's base (``per 1,000 population at risk``): in the span, not in the
    unit's name (C40-43)."""
    return end + 2 if t.lower[end : end + 2] == ["at", "risk"] else end


def _plural_base(t: "DocTable", k: int) -> bool:
    """Whether token ``k``, right after a rate's round base, is a plural noun naming the base (``per 10,000
    enterprises``)."""
    return k < t.n and t.lex[k][_ALPHA] and t.lex[k][_ISLOWER] and t.lower[k].endswith("s") and \
        not t.lower[k].endswith("ss") and len(t.lower[k]) > 3


def _rate_base_words(t: "DocTable", end: int) -> tuple[list[str], int]:
    """The words naming a rate's round base from token ``end`` on, and the token after them: :func:`_base_nouns`,
    else a plural noun of its own (``per 10,000 enterprises``) with up to three modifiers before it (``per 100
    checked bags``, ``per 100,000 enplaned passengers``: C30-18; ``per 100 full-time equivalent workers``, a
    hyphenated modifier one word of the name) and an abbreviation in brackets before the noun, in the span and not
    in the name (``per 100 full-time equivalent (FTE) workers``: C46-1); ([], ``end``) when none is written."""
    nouns = _base_nouns(t, end)
    if nouns:
        return nouns, end + len(nouns)
    words: list[str] = []
    k = end
    while len(words) <= 3 and k < t.n:
        if _plural_base(t, k) and (k + 1 >= t.n or t.text[k + 1] != "-"):
            return words + [t.lower[k]], k + 1
        if len(words) == 3 or not (t.lex[k][_ALPHA] and t.lex[k][_ISLOWER]) or t.lower[k] in _RATE_BASE_STOPS:
            break
        if k + 2 < t.n and t.text[k + 1] == "-" and not t.ws[k] and not t.ws[k + 1] and \
                t.lex[k + 2][_ALPHA] and t.lex[k + 2][_ISLOWER]:
            words.append(f"{t.lower[k]}-{t.lower[k + 2]}")  # ``full-time``
            k += 3
        else:
            words.append(t.lower[k])
            k += 1
        if words and k + 2 < t.n and t.text[k] == "(" and t.text[k + 1].isupper() and t.text[k + 2] == ")" and \
                _plural_base(t, k + 3):
            return words + [t.lower[k + 3]], k + 4  # ``(FTE)`` before the noun
    return [], end


#: the words before a number of periods that make them periods of time (``the last three quarters``, ``three of the
#: past four months``)
PERIOD_ORDINALS = frozenset(("last", "past", "previous", "preceding", "first", "next", "following", "latest"))


def value_of(token: Token) -> float | None:
    """The value of a single digits or number-word token."""
    value = parse_digits(token.text)
    return value if value is not None else word_number(token.text)


def _in_bracketed_header_gloss(text: str, char: int) -> bool:
    """Whether ``char`` stands inside brackets in a word cell of a table's header line (``Rank (1 = warmest, of 175)``
    above ``Land and ocean   1.29   1.19   +0.10   1``)."""
    line_start = text.rfind("\n", 0, char) + 1
    before = text[line_start:char]
    return before.count("(") > before.count(")") and text_tables.in_header_line(text, char)


def _ranked_column(text: str, start_char: int) -> bool:
    """Whether the table cell at ``start_char`` stands under a header naming a rank or a move between ranks (``Rank``,
    ``Rank 2023``, ``Pos``, ``Change in rank``; C35-41, C43-19, C45-2)."""
    header = text_tables.header_cell(text, start_char)
    return header is not None and _RANK_HEADER.fullmatch(header.text) is not None


#: number words after ``top`` that say how far a ranking reaches (``the top three contributors``)
_RANK_WORDS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty"))


@lru_cache(maxsize=65536)
def _may_open(first: str, text: str) -> bool:
    """Whether a token (lower-case ``first``, text ``text``) can open a figure."""
    return bool(first[:1].isdigit() or first in FIGURE_OPENERS or first[:1] in "+-−–±½¼¾⅓⅔⅛⅜⅝⅞" or first.endswith("fold")
                or currency_unit(text))


#: the vague amounts, longest first, with their words (``tens of thousands``)
_VAGUE_PHRASES = tuple((phrase, phrase.split()) for phrase in sorted(VAGUE_AMOUNTS, key=len, reverse=True))


def _is_digit_number(token: Token) -> bool:
    return parse_digits(token.text) is not None


def _number_word(token: Token) -> bool:
    return word_number(token.text) is not None


@lru_cache(maxsize=65536)
def _digits(text: str) -> float | None:
    """:func:`parse_digits`, remembered (a document asks for the same tokens many times)."""
    return parse_digits(text)


#: a number with two decimals after a comma (``1,42``): no thousands grouping, a price's cents after a currency sign
_CENTS_AFTER_COMMA = re.compile(r"[0-9]{1,3},[0-9]{2}")


@lru_cache(maxsize=65536)
def _rand_amount(t: "DocTable", i: int) -> bool:
    """Whether the number at ``i`` after a bare ``R`` reads as an amount of rand (``R12.4 billion``,
    ``R3,500``) rather than a road or a code (``the R56``): outside South African documents it needs a
    scale word, a thousands separator or decimals glued to the ``R``."""
    if t.ws[i - 1]:
        return False
    number = t.text[i]
    # (``R1 452``: digits grouped by a space, as South African releases write rand, C52-3)
    return ("," in number or "." in number or " " in number) or (i + 1 < t.n and t.lower[i + 1] in SCALES)


def _currency(text: str, country: str | None = None) -> Unit | None:
    """:func:`currency_unit`, remembered (a :class:`Unit` is immutable)."""
    return currency_unit(text, country)


def _value(text: str) -> float | None:
    """:func:`value_of` of a token's text."""
    value = _digits(text)
    return value if value is not None else word_number(text)


#: what :class:`DocTable` keeps of a lexeme, by language and ORTH: text, lower, is_title, is_alpha, is_lower,
#: is_space, whether it may open a figure
_LEXEMES: dict[str, dict[int, tuple]] = {}
_TEXT, _LOWER, _TITLE, _ALPHA, _ISLOWER, _SPACE, _OPENS = range(7)


class DocTable:
    """A document's tokens as plain lists, read once (the document's
    :class:`pipeline.extensions.TokenColumns` and one look-up per distinct word), so the rules index
    lists instead of creating a ``Token`` per look (``doc[i]``).

    ``text``, ``lower`` and ``ws`` (``whitespace_``) per token; ``lex[i]`` the lexeme's tuple
    (``_TITLE``, ``_ALPHA``, ... index it); ``sent_start``/``sent_end`` the bounds of each token's
    sentence (as :func:`sent_of`); ``orths`` the ORTH ids.
    """

    __slots__ = ("doc", "n", "orths", "text", "lower", "ws", "lex", "sent_start", "sent_end", "country", "quote_tokens",
                 "subject_cues", "growth_first", "footnote_marks", "defined_units")

    def __init__(self, doc: Doc):
        self.doc = doc
        self.n = len(doc)
        self.country = None
        self.quote_tokens = None
        self.subject_cues = None  # :func:`_subject_cues`, found on first use
        self.growth_first = {}  # :func:`_first_growth_subject` by sentence start
        self.footnote_marks = None  # :meth:`QuantityRecognizer._footnote_defined`, found on first use
        self.defined_units = {}  # :meth:`QuantityRecognizer._define_unit`: abbreviations the text defines
        self.sent_start = self.sent_end = None  # read on first use, as :func:`sent_of` does
        if not self.n:
            self.orths, self.text, self.lower, self.ws, self.lex = [], [], [], [], []
            return
        columns = token_columns(doc)  # shared with the other components: never modified here
        self.orths = orths = columns.orths
        known = _LEXEMES.setdefault(doc.vocab.lang, {})
        get = known.get
        self.lex = lex = list(map(get, orths))
        if None in lex:  # new words: their lexeme attributes, read once
            vocab = doc.vocab
            for i, record in enumerate(lex):
                if record is None:
                    orth = orths[i]
                    record = known.get(orth)
                    if record is None:
                        lexeme = vocab[orth]
                        text, lower = lexeme.orth_, lexeme.lower_
                        record = (text, lower, lexeme.is_title, lexeme.is_alpha, lexeme.is_lower, lexeme.is_space,
                                  _may_open(lower, text))
                        if len(known) < 1_000_000:
                            known[orth] = record
                    lex[i] = record
        self.text, self.lower, self.ws = columns.text, columns.lower, columns.whitespace

    def _sentences(self) -> None:
        sent_of(self.doc, 0)  # indexes the sentences (in ``doc.user_data``)
        _, starts, ends = self.doc.user_data["relstats_sentences"]
        self.sent_start, self.sent_end = [], []
        for a, b in zip(starts, ends):
            self.sent_start.extend([a] * (b - a))
            self.sent_end.extend([b] * (b - a))

    def sentences(self) -> tuple[list[int], list[int]]:
        """Per token: the start and the end of its sentence."""
        if self.sent_start is None:
            self._sentences()
        return self.sent_start, self.sent_end

    def sentence(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence of token ``i``, as ``sent_of(doc, i)``."""
        if self.sent_start is None:
            self._sentences()
        if 0 <= i < len(self.sent_start):
            return self.sent_start[i], self.sent_end[i]
        span = sent_of(self.doc, i)
        return span.start, span.end

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (the shared token columns say)."""
        return token_columns(self.doc).span_text(start, end)

    def quotes(self) -> list[int]:
        """Indices of the quote tokens (as :func:`_quote_tokens`), found on first use."""
        if self.quote_tokens is None:
            self.quote_tokens = list(compress(range(len(self.text)), map(QUOTES.__contains__, self.text)))
        return self.quote_tokens

    def openers(self) -> list[int]:
        """Indices of the tokens that may open a figure."""
        return list(compress(range(len(self.lex)), map(itemgetter(_OPENS), self.lex)))


def doc_table(doc: Doc) -> DocTable:
    """The :class:`DocTable` of ``doc``, built once per document (and per length: a retokenized
    document gets a new one)."""
    cache = doc_cache(doc)
    hit = cache.get("quantities_table")
    if hit is None or hit.n != len(doc) or hit.doc is not doc:
        hit = cache["quantities_table"] = DocTable(doc)
    return hit


#: the extensions the recognizer sets on a QUANTITY span, in the order it sets them
_WRITTEN = ("value", "value_max", "bound", "unit", "metric", "unit_kind", "direction", "source", "unit_dimension",
            "si_value", "si_unit")


@lru_cache(maxsize=1)
def _direct_span_extensions() -> bool:
    """Whether ``span._.name = value`` stores ``doc.user_data[("._.", name, start_char, end_char)] = value``
    for every extension the recognizer sets (spaCy 3's ``Underscore`` without getters or setters), so
    the recognizer may write there directly (a probe document says; else it goes through ``span._``)."""
    from spacy.tokens import Span as SpanType
    from spacy.tokens.underscore import Underscore
    from spacy.vocab import Vocab

    if any(Underscore.span_extensions.get(name, (None, 1, 1, 1))[1:] != (None, None, None) for name in _WRITTEN):
        return False
    doc = Doc(Vocab(), words=["a", "b", "c"], spaces=[True, True, False])
    span = SpanType(doc, 1, 3, label="QUANTITY")
    for k, name in enumerate(_WRITTEN):
        setattr(span._, name, k)
    expected = {("._.", name, 2, 5): k for k, name in enumerate(_WRITTEN)}
    return doc.user_data == expected and list(doc.user_data) == list(expected)


@lru_cache(maxsize=1)
def _bound_tails() -> tuple[tuple[int, dict], ...]:
    """The bound phrases by length, longest first: (length, {phrase: bound}), the first bound of a
    phrase listed twice (as the scan of ``lexicon()["bound_phrases"]`` in order finds it)."""
    by_length: dict[int, dict] = {}
    for phrase, bound in lexicon()["bound_phrases"]:
        by_length.setdefault(len(phrase), {}).setdefault(phrase, bound)
    return tuple(sorted(by_length.items(), key=lambda item: -item[0]))


class QuantityRecognizer:
    """Adds QUANTITY spans (with ``value``, ``unit``, ``metric``, ...) to ``doc.spans["relstats"]``."""

    def __init__(self, nlp: Language, name: str = "relstats_quantities"):
        self.name = name
        register_extensions()
        self.exclusions = Exclusions(nlp)

    # -- reading -------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Find every figure of ``doc``."""
        blocked = set()
        spans = group_spans(doc)
        for span in spans:
            if span.label_ in ("PERIOD", "BASELINE"):
                blocked.update(range(span.start, span.end))
        t = doc_table(doc)
        t.country = doc._.country or currency_country(text_of(doc))
        doc.user_data.pop(THRESHOLDS_KEY, None)  # decided afresh on every run
        t.defined_units = {}
        hard, unless_unit = self.exclusions.blocked(doc, t)
        blocked |= hard
        doc.user_data[UNLESS_UNIT_KEY] = unless_unit
        figures: list[Figure] = []
        end = 0
        for i in t.openers():  # the only tokens ``read_figure`` does not refuse at once
            if i < end or i in blocked:
                continue
            figure = self._read_figure(t, i, blocked)
            if figure is not None and not self._excluded(t, figure):
                figures.append(figure)
                end = figure.end
            elif figure is not None and "denomination" in figure.notes:
                end = figure.end  # (its digits are no figure of their own either: ``$100 bills``)
        figures = self._compound_durations(t, figures)
        figures = self._without_rank_cells(doc, figures)
        for before, margin in zip(figures, figures[1:]):
            if before.unit is None and margin.unit is not None and margin.start == before.end + 1 and \
                    t.text[before.end] == "±" and margin.value_max is None:
                # ``warmed by 1.51 ± 0.23 °C``: the value takes the unit its margin is written with (C48-26)
                before.unit, before.unit_kind, before.unit_info = margin.unit, margin.unit_kind, margin.unit_info
        text = text_of(doc)
        if t.defined_units:
            self._defined_units_everywhere(t, figures, tables=False)
        if "\n" in text:
            # ``Drug group   2012   2022   Change over ten years``: a span of time in a header cell names its column,
            # states no figure
            figures = [x for x in figures if x.unit not in ("year", "month", "week", "day", "quarter", "decade") or
                       not text_tables.in_header_line(text, doc[x.start].idx, words=1)]  # (``4 quarters (2)``, C50-8)
            # ``Rank (1 = warmest, of 175)``: a number in a header cell's bracketed gloss explains the column (C45-28)
            figures = [x for x in figures if not _in_bracketed_header_gloss(text, doc[x.start].idx)]
            # ``Denomination   EUR 5   EUR 10   EUR 20``: a header line's denominations name columns (C46-26)
            figures = [x for x in figures if not (x.unit_kind == "currency" and x.end - x.start <= 2 and
                                                  x.value_max is None and not x.sign and
                                                  text_tables.in_header_line(text, doc[x.start].idx, words=1))]
            # ``Source     2023 TWh   Change TWh``: a year before the column's unit dates the column, no figure
            figures = [x for x in figures if not (x.value_max is None and not x.sign and x.end - x.start == 2 and
                                                  YEAR_RE.match(t.text[x.start]) and
                                                  text_tables.in_header_line(text, doc[x.start].idx, words=1))]
            # ``Member State   Deaths   Per 100 000``: a rate's base heading its column, no figure (C46-10, as D-5)
            figures = [x for x in figures if not (x.start >= 1 and t.lower[x.start - 1] == "per" and
                                                  x.value in PER_BASES and x.value_max is None and
                                                  text_tables.in_header_line(text, doc[x.start].idx, words=1))]
        self._thresholds_of_time(t, figures)
        defined = self._defined_scaled_symbols(t, figures)
        self._share_list_units(t, figures)
        self._table_header_units(doc, t, figures)
        self._declared_percents(doc, t, figures)
        if t.defined_units and "\n" in text:
            self._defined_units_everywhere(t, figures, tables=True)
        if defined:
            self._defined_scaled_titles(t, figures, defined)
        self._inline_scale(doc, t, figures)
        figures = self._rates_per_population(t, figures)
        self._from_to_scales(t, figures)
        self._counts_per_noun(t, figures)
        quantities = [x for x in spans if x.label_ == "QUANTITY"]  # grows with spans (not rebuilt per figure)
        direct = _direct_span_extensions()
        user_data = doc.user_data
        label = doc.vocab.strings.add("QUANTITY")
        previous: Figure | None = None
        for figure in figures:
            span = Span(doc, figure.start, figure.end, label=label)
            self._decide_metric(t, figure, quantities)
            if previous is not None and previous.metric == "CHANGE" and figure.metric in ("MONEY", "COUNT", "AMOUNT") and \
                    figure.unit is not None and figure.unit == previous.unit and figure.unit_kind != "percent" and \
                    self._continues_change(t, previous, figure, blocked):
                # ``after increases of 1.7 billion euro in April and 1.2 billion euro in March``: the next figure of
                # the list, each with its own time, is a change too (C24-13)
                figure.metric, figure.direction = "CHANGE", previous.direction
            previous = figure
            if "per-base" in figure.notes and not (figure.metric == "CHANGE" and (
                    "declared-rate" in figure.notes or "restated-rate" in figure.notes or "change-rate" in figure.notes)):
                # a rate per population is a proportion (GUIDELINES C3-13); a bare figure a declared rate reaches may
                # be its change (``was 4.9, up 0.6 from a year earlier``), so may one after a rate's figure (``4.5 per
                # 1,000 population, down 0.4 from 4.9``)
                figure.metric = "SHARE"
            if t.text[figure.start][:1] == "±" or figure.start >= 1 and t.text[figure.start - 1] == "±":
                figure.metric, figure.direction = "CHANGE", None  # a margin of error, wherever it stands (C10-1, C41-20;
                # written apart, ``1.51 ± 0.23 °C``, C48-26)
            quantities.append(span)
            if "threshold" in figure.notes:
                user_data.setdefault(THRESHOLDS_KEY, []).append([figure.start, figure.end])
            info = figure.unit_info if figure.unit_info is not None and figure.unit_info.name == figure.unit else None
            si_value, si_unit = to_si(figure.value, info)
            unit_kind = "percent" if figure.unit_kind == "fraction" else figure.unit_kind
            direction = figure.direction if figure.metric == "CHANGE" else None
            dimension = info.dimension if info else None
            if direct:  # what ``span._.name = value`` stores, in the same order (see _WRITTEN)
                a, b = span.start_char, span.end_char
                user_data["._.", "value", a, b] = figure.value
                user_data["._.", "value_max", a, b] = figure.value_max
                user_data["._.", "bound", a, b] = figure.bound
                user_data["._.", "unit", a, b] = figure.unit
                user_data["._.", "metric", a, b] = figure.metric
                user_data["._.", "unit_kind", a, b] = unit_kind
                user_data["._.", "direction", a, b] = direction
                user_data["._.", "source", a, b] = "rules"
                user_data["._.", "unit_dimension", a, b] = dimension
                user_data["._.", "si_value", a, b] = si_value
                user_data["._.", "si_unit", a, b] = si_unit
            else:
                values = (figure.value, figure.value_max, figure.bound, figure.unit, figure.metric, unit_kind, direction,
                          "rules", dimension, si_value, si_unit)
                ext = span._
                for name, value in zip(_WRITTEN, values):
                    setattr(ext, name, value)
            spans.append(span)
        align_previous_values(doc, quantities)
        set_spans(doc, spans)
        doc.user_data.pop(UNLESS_UNIT_KEY, None)  # a working set: the Doc keeps plain, serialisable data only
        return doc

    @staticmethod
    def _defined_scaled_titles(t: DocTable, figures: list[Figure], defined: dict) -> None:
        """The cells of a table whose title declares a symbol the release defines as a scaled unit (``Table: Coal
        production ... (in MT, provisional)`` after ``Million Tonnes (MT)``): in that scale too (C42-33)."""
        text = text_of(t.doc)
        for figure in figures:
            if not ("declared-unit" in figure.notes or "table-header" in figure.notes) or figure.value is None:
                continue
            a = t.doc[figure.start].idx
            header = text_tables.header_cell(text, a)
            title = text_tables.title_above(text, header.top_start) if header is not None else None
            for symbol, (scale, unit) in defined.items():
                if title and figure.unit == unit and re.search(r"\b" + re.escape(symbol) + r"\b", title) and \
                        (_unscaled_symbol(symbol) or match_unit([symbol]) is None):
                    figure.value *= scale
                    if figure.value_max is not None:
                        figure.value_max *= scale
                    break

    @staticmethod
    def _defined_scaled_symbols(t: DocTable, figures: list[Figure]) -> dict:
        """A symbol the release defines as a scaled unit (``90.62 Million Tonnes (MT)``, then ``84.52 MT``): each figure
        written with the symbol is in that scale, whatever the symbol means elsewhere (``MT``, a metric ton; C42-33)."""
        text = text_of(t.doc)
        defined: dict[str, tuple[float, str]] = {}
        if "(" not in text:
            return defined
        for found in _SCALED_SYMBOL_DEFINED.finditer(text):
            if len(found.group(3)) == 1:
                continue  # ``1.1 million metric tons (t)``: a lone letter is the unit's own symbol, no scale (C46-20)
            scale = SCALES.get(found.group(1).lower())
            info = match_unit(found.group(2).lower().split())
            if isinstance(scale, (int, float)) and info is not None and info.kind == "measure":
                defined[found.group(3)] = (float(scale), info.name)
        if not defined:
            return defined
        for figure in figures:
            symbol = t.text[figure.end - 1]
            written = _value(t.text[figure.core])
            if symbol in defined and figure.end - 1 > figure.core and figure.unit == defined[symbol][1] and \
                    written is not None and figure.value is not None and abs(figure.value - written) < 1e-9 and \
                    not any(t.lower[k] in SCALES for k in range(figure.core + 1, figure.end - 1)):
                # (``Mt`` read as million tonnes already: ``108.9 Mt`` stays 108.9 million)
                figure.value = figure.value * defined[symbol][0] if figure.value is not None else None
                if figure.value_max is not None:
                    figure.value_max *= defined[symbol][0]
        return defined

    @staticmethod
    def _thresholds_of_time(t: DocTable, figures: list[Figure]) -> None:
        """A bare number before ``or more``/``or longer`` and a unit of time is a length of time in that unit
        (``seriously delinquent (90 or more days late)``, ``waited 12 or more hours``; C42-26), as ``27 weeks or more``
        is."""
        for figure in figures:
            e = figure.end
            if figure.unit is not None or figure.unit_kind is not None or e + 2 >= t.n or t.lower[e] != "or" or \
                    t.lower[e + 1] not in ("more", "longer", "over", "fewer", "less"):
                continue
            info = match_unit([t.lower[e + 2]]) if t.lower[e + 2].endswith("s") else None
            if info is not None and info.dimension == "time":
                figure.unit, figure.unit_kind, figure.unit_info = info.name, info.kind, info
                figure.metric = "AMOUNT"

    @staticmethod
    def _compound_durations(t: DocTable, figures: list[Figure]) -> list[Figure]:
        """A duration written in two units, the larger first (``8 minutes and 21 seconds``, ``8 minutes 21 seconds``,
        ``1 hour and 12 minutes``, ``3 years and 6 months``): one figure in the larger unit (8.35 minutes), its span
        over both (C29-14, C32-9), with the bound written before it (``within 1 hour 57 minutes``, C35-13)."""
        merged: list[Figure] = []
        k = 0
        while k < len(figures):
            figure = figures[k]
            nxt = figures[k + 1] if k + 1 < len(figures) else None
            factor = _DURATION_STEPS.get((figure.unit, nxt.unit)) if nxt is not None else None
            joiner = t.lower[figure.end : nxt.start] if nxt is not None else []
            after = t.lower[nxt.end] if nxt is not None and nxt.end < t.n else ""
            if joiner == [","] and (after in CUES["comparatives_up"] or after in CUES["comparatives_down"] or
                                    after in ("faster", "slower", "quicker", "later", "earlier")):
                joiner = None  # ``9 minutes, 8 seconds longer than a year earlier``: a length and its change
            if factor is not None and joiner in ([], ["and"], [","]) and figure.value_max is None and \
                    nxt.value_max is None and nxt.bound == "=" and nxt.value < factor and \
                    not figure.sign and not nxt.sign:
                figure.value = round(figure.value + nxt.value / factor, 6)
                figure.end = nxt.end
                merged.append(figure)
                k += 2
                continue
            merged.append(figure)
            k += 1
        return merged

    @staticmethod
    def share_list_units(doc: Doc, figures: list[Figure]) -> None:
        """``rose 2.1, 3.4 and 5.0 percent``: numbers before the last of a list take its unit."""
        QuantityRecognizer._share_list_units(doc_table(doc), figures)

    @staticmethod
    def _counts_per_noun(t: DocTable, figures: list[Figure]) -> None:
        """A count per a thing, written without a number in its base (``1.38 children per woman``, ``16.2 pupils per
        teacher``, ``2.3 cars per household``): one figure whose span takes in the counted noun, ``per`` and the
        base noun, with the unit ``child per woman``; a ratio, so a SHARE (as ``student per teacher``)."""
        for figure in figures:
            if figure.unit is not None or figure.unit_kind is not None or figure.value_max is not None or \
                    "per-base" in figure.notes:
                continue
            if "average" in t.lower[max(0, figure.start - 3) : figure.start] or \
                    "averaged" in t.lower[max(0, figure.start - 3) : figure.start]:
                continue  # ``an average of 49 people per boat``: an average count, as the corpus annotates it
            k, counted = figure.end, []
            while k < t.n and len(counted) < 2 and t.lex[k][_ALPHA] and t.lex[k][_ISLOWER] and t.lower[k] != "per":
                counted.append(t.lower[k])
                k += 1
            if not counted or k + 1 >= t.n or t.lower[k] != "per" or singular(counted[-1]) == counted[-1] and \
                    counted[-1] not in ("people",):
                continue
            base = t.lower[k + 1]
            measure = match_unit(t.text[k + 1 : k + 5], 0, t.country, after_per=True)
            if measure is not None and measure.kind == "measure" and measure.length > 1:
                # ``96.3 people per square mile of land area``: a count per a unit of measure of more than one word
                figure.unit = f"{singular(' '.join(counted))} per {measure.name}"
                figure.unit_kind = "count"
                figure.end = k + 1 + measure.length
                figure.notes.add("per-base")
                continue
            if not (t.lex[k + 1][_ALPHA] and t.lex[k + 1][_ISLOWER]) or base in _PER_TIME_WORDS or \
                    base in CUES["not_per_units"] or singular(base) != base or match_unit([t.text[k + 1]]) is not None:
                continue  # (``per day``: a rate over time; ``per cent``; a plural or a unit base is read elsewhere)
            figure.unit = f"{singular(' '.join(counted))} per {base}"
            figure.unit_kind = "count"
            figure.end = k + 2
            figure.notes.add("per-base")

    @staticmethod
    def _from_to_scales(t: DocTable, figures: list[Figure]) -> None:
        """``from 1.2 to 1.5 million tonnes``, ``revised up from 3.93 to 3.95 million TEU``: the figure after ``from``
        written with no scale or unit takes those of the figure after ``to`` (C40-54)."""
        lower = t.lower
        for a, b in zip(figures, figures[1:]):
            if a.start < 1 or lower[a.start - 1] != "from" or lower[a.end : b.start] != ["to"] or \
                    a.value_max is not None or b.value_max is not None or a.end != a.core + 1 or a.unit is not None or \
                    a.unit_kind is not None or a.sign or b.sign:
                continue
            scale = 1.0
            for k in range(b.core + 1, b.end):
                if lower[k] in SCALES and k == b.core + 1 or scale != 1.0 and lower[k] in SCALES:
                    scale *= SCALES[lower[k]]
            if scale == 1.0 and b.unit is None:
                continue
            a.value = a.value * scale
            if b.unit is not None:
                a.unit, a.unit_kind, a.unit_info = b.unit, b.unit_kind, b.unit_info
            a.notes.add("from-to-scale")

    @staticmethod
    def _rates_per_population(t: DocTable, figures: list[Figure]) -> list[Figure]:
        """A rate per a round base (``5.93 per 100,000 population``, ``3.15 per 1,000 people``): one
        figure whose span takes in ``per``, the base and its noun, with the unit ``per 100,000
        population`` (the counted noun is added from the category by ``relstats_units``); the base is
        no figure of its own."""
        out: list[Figure] = []
        k = 0
        while k < len(figures):
            figure = figures[k]
            nxt = figures[k + 1] if k + 1 < len(figures) else None
            scaled = QuantityRecognizer._rate_per_scaled_base(t, figure, nxt)
            if scaled is not None:
                out.append(figure)
                k += 2 if scaled else 1  # (a base read as a figure of its own, ``100 million vehicle miles``, is none)
                continue
            timed = nxt is not None and nxt.unit_kind == "measure" and nxt.unit_info is not None and \
                nxt.unit_info.dimension == "time" and nxt.core + 1 < nxt.end
            if nxt is not None and nxt.start == figure.end + 1 and t.lower[figure.end] == "per" and \
                    figure.unit_kind is None and (nxt.unit_kind is None or timed) and nxt.value in PER_BASES and \
                    figure.value_max is None:
                if timed:
                    # ``1.9 per 100,000 hours worked``: a rate per a round number of hours (C40-56)
                    participle = nxt.end < t.n and (ed_form(t.lower[nxt.end]) or
                                                    t.lower[nxt.end] in ("flown", "driven", "spent", "run"))
                    nouns = [t.lower[nxt.end]] if participle else []
                    end = nxt.end + len(nouns)
                else:
                    nouns, end = _rate_base_words(t, nxt.end)
                    end = _past_at_risk(t, end)
                # a base with no noun is per population (GUIDELINES D-5: ``15.7 deaths per 100,000``)
                base = " ".join([_base_number(t, nxt)] + (nouns or ([] if timed else ["population"])))
                figure.end = end
                figure.unit = f"per {base}"
                declared = next((x.unit for x in reversed(out) if "declared-rate" in x.notes and x.unit and
                                 x.unit.endswith(f" per {base}") and not x.unit.startswith("per ") and
                                 t.sentence(figure.start)[0] <= x.start), None)
                if declared is not None:
                    figure.unit = declared  # ``days lost per 1,000 employees was 10, ... (8 per 1,000 employees)`` (C37-3)
                figure.unit_kind = "count"
                figure.notes.add("per-base")
                out.append(figure)
                k += 2
                continue
            words_base = _worded_base(t, figure)
            if words_base:
                # ``8.1 per thousand inhabitants``, ``4.9 per thousand``, ``1 case per million population``: a base in
                # words, kept as written (GUIDELINES C16-7)
                # (``0.80 per million sectors``: a plural noun of its own names the base, C45-5)
                nouns, figure.end = _rate_base_words(t, figure.end + 1 + len(words_base))
                figure.unit = "per " + " ".join(words_base + nouns)
                figure.unit_kind = "count"
                figure.notes.add("per-base")
                out.append(figure)
                k += 1
                continue
            if t.lower[figure.start - 1 : figure.start] == ["per"] and figure.unit_kind == "measure" and \
                    (figure.value in PER_BASES or figure.start >= 2 and t.text[figure.start - 2].isalpha()) and \
                    figure.value_max is None and figure.sign is None:
                k += 1
                continue  # ``(EUR per 100 kWh, all taxes included)``, ``(yield in kg per 10 ares)``: the base of a
                # unit, no figure (C37-24, C40-26)
            if t.lower[figure.start - 1 : figure.start] == ["per"] and figure.unit_kind is None and \
                    figure.value in PER_BASES and figure.value_max is None and figure.start == figure.core and \
                    (not out or out[-1].end < figure.start - 1):
                # a rate declared without a figure of its own (``Admission rates per 1,000 population in
                # 2023-24 were highest in the North East (301)``): the base is no figure, and the bare
                # figures after it in its sentence are that rate (GUIDELINES C3-13)
                declared = QuantityRecognizer._declared_rate(t, figure)
                noun_start = figure.start - 2  # the counted noun right before ``per``
                while noun_start - 1 >= 0 and t.text[noun_start - 1].isalpha() and t.lower[noun_start - 1] != "per":
                    noun_start -= 1
                if declared is not None and out and out[-1].unit_kind in (None, "count") and \
                        out[-1].end == noun_start and figure.start - 1 - noun_start <= 3 and \
                        not declared.startswith("per "):
                    # ``601 cases per 100,000 population``: the figure before the counted noun is the rate
                    rate = out[-1]
                    rate.end = _past_at_risk(t, _rate_base_words(t, figure.end)[1])
                    rate.unit, rate.unit_kind, rate.unit_info = declared, "count", None
                    rate.notes.add("per-base")
                    k += 1
                    continue
                if declared is not None:
                    sent_end = t.sentence(figure.start)[1]
                    heading = QuantityRecognizer._heading_rate(t, figure)
                    if heading is not None:
                        # ``Incidence by region, 2024 (cases per 100,000 population)`` over ``- North: 12.4``: the
                        # rows of the block below take the rate (C3-13)
                        sent_end = heading
                    for later in figures[k + 1 :]:
                        if later.start >= sent_end:
                            break
                        # no counted noun after it (``was 7,024 in 2023``: a preposition is none)
                        bare = later.end >= t.n or not t.text[later.end][:1].isalpha() or t.lower[later.end] in FUNCTION_WORDS
                        if bare and later.end + 1 < t.n and t.lower[later.end] == "per" and t.text[later.end + 1][:1].isdigit():
                            bare = False  # ``(8 per 1,000 employees)``: a rate with its own base (C37-3)
                        if bare and later.start >= 1 and t.lower[later.start - 1] == "per":
                            bare = False  # (``at 1,459 per 100,000``: that rate's own base, no figure, C46-29)
                        if later.unit_kind is None and later.value_max is None and "-" not in (later.sign or "") and bare:
                            later.unit, later.unit_kind = declared, "count"
                            later.notes.update(("per-base", "declared-rate"))
                k += 1
                continue  # a rate's base is never a figure (D-5), whether or not a figure after it takes the rate
            if out and figure.unit_kind is None and figure.value_max is None and "per-base" in out[-1].notes and \
                    t.sentence(figure.start)[0] <= out[-1].start and \
                    (all(w in RATE_RESTATED_GAP for w in t.lower[out[-1].end : figure.start]) and
                     figure.start - out[-1].end <= 4 or _time_label_between(t, out[-1].end, figure.start)):
                # (``38 per 1,000 applications (a year earlier: 35)``: the bracket's time label, C40-39)
                # the same rate stated again for another time (``5.0 deaths per billion vehicle miles,
                # compared with 5.3``, ``0.33 per 100,000 (0.41 in week 2)``; GUIDELINES C3-13)
                figure.unit, figure.unit_kind = out[-1].unit, out[-1].unit_kind
                figure.notes.update(("per-base", "restated-rate"))
            out.append(figure)
            k += 1
        return out

    @staticmethod
    def _continues_change(t: "DocTable", previous: "Figure", figure: "Figure", times: set) -> bool:
        """Whether ``figure`` follows the change ``previous`` in a list with a time of each (``1.7 billion euro in
        April and 1.2 billion euro in March``): between them only the first's time and ``and`` or a comma, and a time
        right after ``figure``."""
        gap = range(previous.end, figure.start)
        joiners = [k for k in gap if k not in times]
        return bool(joiners) and len(joiners) <= 2 and all(t.lower[k] in (",", "and") for k in joiners) and \
            any(k in times for k in gap) and figure.end < t.n and figure.end in times

    @staticmethod
    def _rate_per_scaled_base(t: DocTable, figure: Figure, nxt: Figure | None) -> bool | None:
        """A rate per a scaled measure of traffic or population (``4.9 deaths per billion vehicle miles``,
        ``1.26 fatalities per 100 million vehicle miles traveled``, ``3.2 cases per million population``):
        one figure whose span takes in the counted noun, ``per`` and the base, with the unit ``death per
        billion vehicle mile`` (GUIDELINES C3-13); metric SHARE. Returns None when ``figure`` is no such
        rate, else whether the base had been read as a figure of its own (then it is dropped)."""
        if figure.unit_kind is not None or figure.value_max is not None or figure.sign is not None:
            return None
        k = figure.end
        counted = []
        while k < t.n and len(counted) < 2 and t.lex[k][_ALPHA] and t.lex[k][_ISLOWER] and t.lower[k] != "per":
            counted.append(t.lower[k])
            k += 1
        if not counted or singular(counted[-1]) == counted[-1] or k + 2 >= t.n or t.lower[k] != "per":
            return None
        j = k + 1
        base_words: list[str] = []
        absorbed = False
        if t.lower[j] in _RATE_SCALES:
            base_words.append(t.lower[j])
            j += 1
        elif nxt is not None and nxt.start == j and nxt.value_max is None and nxt.sign is None and \
                t.lower[j].split()[-1] in _RATE_SCALES:
            base_words.append(t.lower[j])  # ``per 100 million vehicle miles`` (number and scale merged)
            j += 1
            absorbed = True
        elif nxt is not None and nxt.start == j and nxt.value_max is None and nxt.sign is None and \
                j + 1 < t.n and t.lower[j + 1] in _RATE_SCALES:
            base_words += [t.text[j], t.lower[j + 1]]
            j += 2
            absorbed = True
        else:
            return None
        nouns = []
        while j < t.n and len(nouns) < 3 and t.lex[j][_ALPHA] and t.lex[j][_ISLOWER] and \
                t.lower[j] not in _RATE_BASE_STOPS and t.lower[j] not in _RATE_BASE_PARTICIPLES:
            nouns.append(t.lower[j])
            j += 1
        if not nouns:
            return None
        if j < t.n and t.lower[j] in _RATE_BASE_PARTICIPLES:
            j += 1  # ``vehicle miles traveled``
        last = nouns[-1] if nouns[-1] in BASE_NOUNS else singular(nouns[-1])
        figure.unit = f"{singular(' '.join(counted))} per {' '.join(base_words + nouns[:-1] + [last])}"
        figure.unit_kind, figure.unit_info = "count", None
        figure.end = j
        figure.metric = "SHARE"
        figure.notes.add("per-base")
        return absorbed

    @staticmethod
    def _heading_rate(t: DocTable, base: Figure) -> int | None:
        """The end of the block under a heading line that declares a rate in brackets (``Notification rate by
        region, 2023 (cases per 100 000 population)``, the base last in the bracket, or only words qualifying it after
        it, and the bracket last on its line): the first token of the next blank line, or None when ``base`` stands in running text."""
        k = base.end
        while k < t.n and t.lower[k] in BASE_NOUNS:
            k += 1
        if k < t.n and _plural_base(t, k):
            k += 1
        qualifier = k  # (``births per 1,000 women in specified age group)``: words qualifying the base, C24-2)
        while k < t.n and k - qualifier < 6 and t.lex[k][_ALPHA] and t.lex[k][_ISLOWER]:
            k += 1
        if k >= t.n or t.text[k] != ")" or (k + 1 < t.n and "\n" not in t.text[k + 1]) or \
                not {"brackets", "parentheses"}.isdisjoint(t.lower[qualifier:k]):
            return None  # (``... per 100 000 population in brackets)``: the bracketed column's rate, read elsewhere)
        j = base.start
        while j > 0 and "\n" not in t.text[j - 1] and t.text[j] != "(":
            j -= 1
        if t.text[j] != "(":
            return None
        end = k + 1
        while end < t.n and "\n\n" not in t.text[end]:
            end += 1
        return end

    @staticmethod
    def _declared_rate(t: DocTable, base: Figure) -> str | None:
        """The unit of a rate named with its base and no figure (``admission per 1,000 population`` from
        ``Admission rates per 1,000 population``), or None when the words do not name a rate."""
        nouns = _rate_base_words(t, base.end)[0]  # (``53 insolvencies per 10,000 enterprises``)
        k = base.start - 2  # the word before ``per``
        if k >= 1 and (t.lower[k] in vocabulary("irregular_participles") or t.lower[k].endswith("ed")) and \
                t.lex[k - 1][_ALPHA] and singular(t.lower[k - 1]) != t.lower[k - 1]:
            k -= 1  # ``working days lost per 1,000 employees``: the plural its participle follows (C37-3)
        if k < 0 or t.lower[k] not in ("rate", "rates") and not nouns and not (
                t.lex[k][_ALPHA] and t.lex[k][_ISLOWER] and singular(t.lower[k]) != t.lower[k] and
                (base.end >= t.n or not t.lex[base.end][_ALPHA] or t.lower[base.end] in FUNCTION_WORDS)):
            return None  # (``12 deaths per 100,000 in the region``: per population, D-5)
        counted = singular(t.lower[k]) if t.lower[k] not in ("rate", "rates") and t.text[k].isalpha() else None
        if t.lower[k] in ("rate", "rates") and k >= 1 and t.text[k - 1].isalpha() and \
                t.lower[k - 1] not in ("the", "a", "an", "this", "that") and t.lower[k - 1] not in FUNCTION_WORDS:
            # (not ``, while rates per 100 000 inhabitants``: a conjunction counts nothing, C46-10)
            counted = singular(t.lower[k - 1])
        base_words = " ".join([_base_number(t, base)] + (nouns or ["population"]))
        return f"{counted} per {base_words}" if counted else f"per {base_words}"

    @staticmethod
    def _without_rank_cells(doc: Doc, figures: list[Figure]) -> list[Figure]:
        """The figures without the ranks of a ranked table (``1      China      8,410,000      34.2`` under ``Rank
        Country   Visitors   Share (%)``): a rank orders the rows, it states no statistic (C35-41)."""
        text = text_of(doc)
        if "   " not in text and "|" not in text and "\t" not in text:
            return figures
        kept = []
        for figure in figures:
            a = doc[figure.start].idx
            line_start, line_end = text_tables.line_bounds(text, a)
            line = text[line_start:line_end]
            cells = [(x, y) for x, y in text_tables.cells(line) if y > x]
            sep = text_tables.separator(line)
            if sep is not None and len(cells) >= 3 and line_start + cells[0][0] <= a < line_start + cells[0][1] and \
                    text_tables.rank_cell(line[cells[0][0] : cells[0][1]]) and \
                    re.search(r"[A-Za-z]", line[cells[1][0] : cells[1][1]]) and text_tables.header_cell(
                        text, line_start + cells[1][0]) is not None:
                continue
            if sep is not None and len(cells) >= 3 and figure.unit is None and abs(figure.value or 0) < 1000 and \
                    _ranked_column(text, a):
                # ``Pos | Club | ... | Move`` above ``4 | Manchester United | ... | +1``: places (C43-19); ``Rank 2023``
                # above ``180`` (C45-2)
                continue
            kept.append(figure)
        return kept

    @staticmethod
    def _table_header_units(doc: Doc, t: DocTable, figures: list[Figure]) -> None:
        """A bare figure in a cell of a text table (``Ningbo-Zhoushan | 1,324 | +4.9% | 35.30``) takes
        the unit and scale its column's header declares (``Cargo throughput (million tonnes)``, ``vs
        2022`` or ``%`` for a percent change; GUIDELINES D-3)."""
        text = text_of(doc)
        if "|" not in text and "\t" not in text and "   " not in text:
            return
        headers: dict[int, list[str] | None] = {}
        blocks = None  # the headings' declarations, read when a column header names a count
        for figure in figures:
            written_percent = figure.unit_kind == "percent" and figure.metric is None
            if (figure.unit is not None or figure.unit_kind is not None) and not written_percent or \
                    figure.value_max is not None:
                continue
            a = doc[figure.start].idx
            line_start, line_end = text_tables.line_bounds(text, a)
            row = text_tables.cells(text[line_start:line_end])
            if len(row) < 2:
                continue
            if line_start not in headers:
                headers[line_start] = _table_header(text, line_start)
            header = headers[line_start]
            column = text_tables.column_of(text, a)
            if header is None or column is None or column >= len(header) or len(row) != len(header):
                continue
            counted_change = _CHANGE_IN_BRACKETS.fullmatch(header[column]) if not written_percent else None
            if counted_change is not None and (counted := counted_declared(counted_change.group(1))) is not None:
                # ``Region   Change (people)   Change (%)``: the change column counts people (C47-20)
                figure.unit, figure.unit_kind, figure.unit_info = counted.name, "count", counted
                figure.metric = "CHANGE"
                figure.direction = "down" if text[a] in "-\u2212\u2013" else "up" if figure.value else None
                doc.user_data.setdefault(DECLARED_COUNTS_KEY, []).append([figure.start, figure.end])
                figure.notes.add("table-header")
                continue
            if not written_percent and a >= 1 and text[a - 1] == "(" and PAIRED_CHANGE_CELL.match(text, a - 1):
                # ``Change (000s; %)`` above ``Owner occupiers   14,450   15,821   (+1,371; +9.5%)``: the change before
                # the percent in a cell's pair is the difference of the row's levels, in their unit (C47-12)
                figure.notes.update(("absolute-change-cell", "paired-change-cell"))
                segment = re.search(r"\(([^;()]*);", header[column])
                scale = column_scale(f"({segment.group(1).strip()})") if segment is not None else None
                if scale is not None:
                    figure.value *= scale  # (``(000s; %)``: the first figure of the pair in thousands)
                continue
            if not written_percent and absolute_change_cell(text, line_start, header, column):
                if _title_change_in_points(text, a, header[column]):
                    # ``(% of individuals; change in pp)`` above ``2023   2024   vs 2023``: the title's points (C43-43)
                    _point_change(figure, text[a])
                    continue
                # ``Tax   2023-24   2024-25   Change`` above ``VAT   111.3   113.8   +2.5``: the difference of the row's
                # levels, in their unit (C22-2): the declared units below give it that unit, scale and metric
                figure.notes.add("absolute-change-cell")
                if _POINTS_CHANGE.search(header[column]):
                    if blocks is None:
                        blocks = DeclaredUnits(text, [doc[x.start].idx for x in figures])
                    if any(blocks.unit_for(line_start + x) == "percent" for x, _ in row[1:column]):
                        # ``Table 1. ACGR ... (percent)`` above ``2011-12   2021-22   Change (points)``: the change of
                        # percents is in percentage points (C44-18)
                        _point_change(figure, text[a])
                        continue
                if any(re.search(r"%|\bper ?cent\b", header[k], re.I) for k in range(1, column)) and \
                        not re.search(r"%|\bper ?cent\b", header[column], re.I):
                    # ``Q2 2024 (%)   Q3 2024 (%)   Change on quarter`` above ``Employment rate   74.8   75.0   0.2``:
                    # the difference of two percents is in percentage points (C35-43)
                    _point_change(figure, text[a])
                continue
            if not written_percent:
                rate = _column_rate(header, column)
                if rate is not None:
                    # ``Region  Offences  Rate per 10,000 population`` above ``North  4,120  51.2``: a rate of what the
                    # table counts (C21-20)
                    figure.unit, figure.unit_kind, figure.metric = rate, "count", "SHARE"
                    figure.notes.add("table-header")
                    continue
                label = next((text[line_start + x : line_start + y] for x, y in row[:column] if y > x and
                              any(ch.isalpha() for ch in text[line_start + x : line_start + y])), "")
                if label and ROW_PERCENT.search(label) and CHANGE_CELL.search(header[column]) and \
                        _column_unit(header[column], t.country) in (None, (1.0, match_unit(["percent"]))) and \
                        "%" not in header[column] and not re.search(r"\bper ?cent\b", header[column], re.I):
                    # ``Employment rate (%)   75.1   +0.1`` under ``Change on quarter``: a rate's change is in points
                    # (C30-11, C31-9)
                    _point_change(figure, text[a])
                    continue
                declared = _column_unit(header[column], t.country)
                if declared is None or declared[1].kind == "count":
                    declared = _unit_column_cell(text, line_start, row, header, column, t.country) or declared
                if declared is not None and declared[1].kind == "percent" and "%" not in header[column] and \
                        not re.search(r"\bper ?cent\b", header[column], re.I) and CHANGE_CELL.search(header[column]):
                    if blocks is None:
                        blocks = DeclaredUnits(text, [doc[x.start].idx for x in figures])
                    measure = blocks.measure_for(a, False, t.country)
                    if measure is not None and measure[1] is not None and measure[1].kind == "index_point":
                        # ``Average mathematics scale score ... and change since 2019 (score points)`` above ``Grade 4
                        # Change   Grade 8   Change``: a bare change column is in the title's points (C44-29)
                        declared = (1.0, measure[1])
                    elif any(text_tables.SCORE_HEADER.match(header[k]) for k in range(len(header)) if k != column):
                        # ``Rank   Country   Score   Change`` above ``1   Iceland   1.112   -0.012``: the change of a
                        # score beside it is in the score's points (C45-3, as C44-28)
                        declared = (1.0, match_unit(["index", "points"]))
                if declared is not None and declared[1].kind == "percent" and "%" not in header[column] and \
                        not re.search(r"\bper ?cent\b", header[column], re.I) and \
                        _title_change_in_points(text, a, header[column]):
                    # ``(%; change in percentage points)`` above ``... Change on year``: the change column's own
                    # segment says points (C43-30)
                    declared = (1.0, match_unit(["percentage", "point"]))
                if declared is None and re.fullmatch(r"\s*rates?\s*", header[column], re.I) and \
                        _rates_in_percent(text, line_start):
                    # ``(levels in thousands; rates in percent)`` above ``Data element   Level   Rate``: the rate
                    # column is in percent, a level (C29-18)
                    figure.unit, figure.unit_kind, figure.unit_info = "percent", "percent", match_unit(["percent"])
                    figure.metric = "SHARE"
                    figure.notes.add("table-header")
                    continue
                label = next((text[line_start + x : line_start + y] for x, y in row[:column] if y > x and
                              any(ch.isalpha() for ch in text[line_start + x : line_start + y])), "")
                if declared is None and label:
                    # ``Total revenue (R$ million)   247,920   215,700``: the row's own gloss (C28-17), before a gloss
                    # line above the header (``(percent change on a year earlier unless stated)``, C30-7)
                    declared = _bracket_unit(label, t.country)
                if declared is None:
                    declared = _unit_line(text, line_start, header[column], t.country)
                if declared is None and column > 0 and header[0]:
                    # ``Tax (EUR million)   Oct 2024   Oct 2023``: the label column's header declares every column (C28-17)
                    declared = _bracket_unit(header[0], t.country)
                if declared is None:
                    scale = column_scale(header[column]) or column_scale(label) or \
                        (column_scale(header[0]) if column > 0 else None)
                    if scale is not None:
                        # ``Oct 2024 (mn)``, ``Tax (thousands)``: a scale without a unit; the unit comes later (C28-17)
                        figure.value *= scale
                        figure.notes.add("table-header")
                        words = re.sub(r"\([^()]*\)", " ", header[column])
                        counted = counted_declared(words)
                        if counted is not None and not any(c.isdigit() for c in header[column]) and \
                                not re.search(r"\b[A-Z]{2,}", words):  # (``FTAs (thousands)``: the text defines it)
                            # ``Passengers (m)`` above ``Europe   26.3``: the column counts passengers, in millions,
                            # whatever a heading above declares (C33-16)
                            figure.unit, figure.unit_kind, figure.unit_info = counted.name, "count", counted
                            doc.user_data.setdefault(DECLARED_COUNTS_KEY, []).append([figure.start, figure.end])
                        continue
                    counted = counted_declared(header[column])
                    if counted is not None and header[column].strip().lower() in SEX_HEADERS:
                        counted = None  # ``Males   Females``: the sexes a table's measure is given for, never its count
                    if counted is not None and not any(c.isdigit() for c in header[column]):
                        if blocks is None:
                            blocks = DeclaredUnits(text, [doc[x.start].idx for x in figures])
                        measure = blocks.measure_for(a, False, t.country)
                        if (measure is None or measure[1] is not None and measure[1].kind == "index_point" and
                                _PLAIN_INTEGER.fullmatch(t.text[figure.core]) or
                                measure[0] == 1.0 and measure[1] is not None and measure[1].kind == "count" and
                                measure[1].name != counted.name and
                                _other_column_counts(header, column, measure[1].name)) and blocks.unit_for(a) is None:
                            # (``(cost in US$ billion; deaths)`` above ``Type   Events   Cost (US$ bn)   Deaths``: the
                            # title's count is the column that names it; ``Events`` counts events, C47-16)
                            # ``Region  Offences  Rate per 10,000 population``: the column counts offences, no measure
                            # or percent being declared above the table (C21-20); ``Group   Species   2017   2022``
                            # under ``(index, 1970 = 100)``: whole numbers of the counted column, no index (C43-37)
                            figure.unit, figure.unit_kind, figure.unit_info = counted.name, "count", counted
                            doc.user_data.setdefault(DECLARED_COUNTS_KEY, []).append([figure.start, figure.end])
                            figure.notes.add("table-header")
                    continue
                scale, unit = declared
                figure.value = figure.value * scale
                figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
                figure.notes.add("table-header")
                if unit.kind == "percent" and (names_level_rate(header[column]) or WEIGHT_HEADER.fullmatch(header[column]) or
                                               SHARE_HEADER.fullmatch(header[column])):
                    figure.metric = "SHARE"  # ``RPK growth (%)   Load factor (%)``: the column names a level rate
            if written_percent and (SHARE_HEADER.fullmatch(header[column].replace("(%)", "")) or
                                    WEIGHT_HEADER.fullmatch(header[column])):
                figure.metric = "SHARE"  # ``Units   Change   Share`` above ``30,160,966   +11.6%   32.2%`` (C43-1)
                continue
            if figure.unit_kind == "percent" and CHANGE_CELL.search(header[column]) and figure.value is not None:
                # ``Sexual crimes | 14,508 | 14,623 | 1%`` (or a bare ``1``) under ``% change``: a change, up unless
                # signed down (GUIDELINES D-1); ``0`` a change of none (C2-11)
                figure.metric = "CHANGE"
                figure.direction = ("down" if text[a] in "-\u2212\u2013" else "up") if figure.value else None

    @staticmethod
    def _declared_percents(doc: Doc, t: DocTable, figures: list[Figure]) -> None:
        """A bare figure under a heading or label that declares its unit or scale (``in billions of dollars``,
        ``TWh``, ``in thousands``: the column's own, GUIDELINES D-3) is read in it; one that declares its percent (``Table 1: Major components,
        % change from a year earlier`` above ``Food: 2.4 (2.8)``; GUIDELINES D-3) is a percent from the
        start, so that metric, direction and links read it as one: a change, unless the heading names a
        share or a level rate. (The unit resolver applies the same declarations to what is still bare.)"""
        text = text_of(doc)
        first_break = text.find("\n")
        if first_break < 0:
            return
        declared = None
        for figure in figures:
            if figure.unit is not None or figure.unit_kind is not None or figure.metric is not None:
                continue
            a, b = doc[figure.start].idx, doc[figure.end - 1].idx + len(doc[figure.end - 1])
            if figure.value_max is not None and (text_tables.column_of(text, a) is None or
                                                 re.search(r"[A-Za-z]", text[a:b].replace(" to ", ""))):
                continue  # (a range in a table cell, ``-3.7 to 5.8``, is read in its column's unit too, C41-33)
            if any(c.isalpha() for c in text[a:b].replace(" to ", " ")) or first_break >= a:  # (no line break before it)
                continue
            if declared is None:  # (a rate's base, ``per 100 000 population``, is no figure of a heading line)
                declared = DeclaredUnits(text, [doc[x.start].idx for x in figures
                                                if not (x.start > 0 and t.lower[x.start - 1] == "per")])
            labelled_rate = _label_rate(text, a) if " per " in text[text.rfind("\n", 0, a) : a] else None
            if labelled_rate is not None:
                # ``Homicide victims per million inhabitants: 9.4 (10.1 in 2023)``: the label's rate (C21-20)
                figure.unit, figure.unit_kind, figure.metric = labelled_rate, "count", "SHARE"
                figure.notes.add("declared-unit")
                continue
            unit = declared.unit_for(a) if "paired-change-cell" not in figure.notes else None  # (its pair's percent)
            if unit is None and (_change_column(text, a) or "absolute-change-cell" in figure.notes) and \
                    declared.measure_for(a, False, t.country) is None:
                # ``Region  2023  2024  Change`` above ``North  4,120  4,480  360``: the change of the row's count, up
                # unless signed down (C21-21)
                figure.metric = "CHANGE"
                figure.direction = "down" if text[a] in "-\u2212\u2013" else "up"
                continue
            if unit is None:
                line = text[text.rfind("\n", 0, a) + 1 : a]
                rate = declared.rate_for(a) if line.count("(") > line.count(")") else _title_rate(text, a)
                if rate is None and (declared_rate := declared.heading_rate(a, line.count("(") > line.count(")"))):
                    rate = rate_named(*declared_rate)  # ``Road fatalities per million inhabitants, ...:`` (C29-4)
                stacked = _stacked_rate(text, a) if rate is None else None
                if stacked is not None:
                    # ``Crude rate of change`` over ``(per 1 000 residents)`` above ``+3.7``: the column's own rate, a
                    # change when its header names one (C48-9)
                    figure.unit, figure.unit_kind = stacked
                    figure.metric = "SHARE"
                    if re.search(r"\bchange\b|\bgrowth\b", text_tables.header_cell(text, a).stacked, re.I):
                        figure.metric = "CHANGE"
                        figure.direction = "down" if text[a] in "-\u2212\u2013" else "up" if figure.value else None
                        figure.notes.add("change-rate")
                    figure.notes.update(("declared-unit", "per-base"))
                    continue
                if rate is not None and _other_column(text, a):
                    rate = None  # ``Country   Cases 2023   Rate 2023`` under ``cases and notification rates per ...``
                if rate is not None:
                    # ``Cases by age group (notification rate per 100 000 population in brackets)`` above
                    # ``- People aged 65 years and over: 645 (0.68)``: the bracketed figure is that rate
                    figure.unit, figure.unit_kind, figure.metric = rate, "count", "SHARE"
                    figure.notes.update(("declared-unit", "per-base"))
                    continue
                measure = declared.measure_for(a, line.count("(") > line.count(")") and
                                               "paired-change-cell" not in figure.notes, t.country)
                if measure is not None:
                    # ``Estimated monthly sales, ..., in billions of dollars`` above ``Retail and food services,
                    # total: 709.7``; ``..., in thousands`` above ``Northeast: 1,318``; ``..., TWh`` above ``Gas: 19.6``
                    scale, info = measure
                    if "table-header" in figure.notes:
                        scale = 1.0  # (``Employment (thousands)   34,122``: the row's scale, read once above)
                    if info is not None and info.scale != 1.0:
                        scale *= info.scale  # ``Bcf``: billions of cubic feet
                        info = replace(info, scale=1.0)
                    if info is not None and info.code == "GBP" and QuantityRecognizer._document_weighs_pounds(t) and \
                            re.search(r"\bpounds?\b(?! sterling)", declared.heading(a) or "", re.I):
                        # ``Drug seizures, October 2024 (pounds; ...)`` in a release that weighs ``21,900 pounds
                        # of fentanyl``: a weight
                        info = replace(match_unit(["lb"]), length=1)
                    figure.value *= scale
                    if figure.value_max is not None:
                        figure.value_max *= scale
                    if info is not None:
                        figure.unit, figure.unit_kind, figure.unit_info = info.name, info.kind, info
                        if info.kind == "count":  # (``thousand journeys``: the unit resolver keeps it)
                            doc.user_data.setdefault(DECLARED_COUNTS_KEY, []).append([figure.start, figure.end])
                        if text[a] in "+-\u2212\u2013" and (text[a] != "+" and declared.negative_level(
                                a, money=info.kind == "currency") or _level_column(t, figure.start)):
                            figure.metric = _level_metric(info.kind)  # ``Adjusted EBIT (EUR million): -96``: a loss
                        elif text[a] in "+-\u2212\u2013" or "absolute-change-cell" in figure.notes:
                            figure.metric = "CHANGE"
                            figure.direction = "down" if text[a] in "-\u2212\u2013" else "up"
                        elif info.kind == "index_point":
                            figure.metric = "AMOUNT"  # ``(2015=100)`` above ``Energy: 91.7``: a level (C-2)
                    elif "absolute-change-cell" in figure.notes:
                        # ``Labour force status (thousands)`` above ``Status   Oct 2024   Sep 2024   Change   % change``:
                        # the bare change cell is the difference of its row's levels in their scale (C35-38)
                        figure.metric = "CHANGE"
                        figure.direction = "down" if text[a] in "-\u2212\u2013" else "up" if figure.value else None
                    figure.notes.add("declared-unit")
                continue
            info = match_unit(unit.split())
            figure.unit, figure.unit_kind = unit, "percent" if unit == "percent" else "percentage_point"
            figure.unit_info = info
            figure.metric = "SHARE" if unit == "percent" and (declared.share_table(a) or _level_column(t, figure.start) and (
                names_level_rate(re.split(r"[,(;:]", declared.heading(a) or "")[0]) or _beside_points_change(text, a))) \
                else "CHANGE"
            # (``... (percent)`` above ``2011-12   2021-22   Change (points)``: a change in points is of rates, so the
            # time columns hold rates, C44-18)
            # (``Table 2. Employment rate by sex, percentage points change on the year`` above ``Q3 2024   Q3 2023
            # Change``: the time columns hold the rate, a level, C35-37)
            if unit == "percentage point" and _beside_change_column(t, figure.start):
                # ``Business conditions DI (... minus ..., % points)`` above ``Sept. 2024   Dec. 2024   Change``: a
                # balance in points is a level in the columns beside the change column, signed or not
                figure.metric = "AMOUNT"
            if figure.metric == "CHANGE" and figure.value:
                figure.direction = "down" if text[a] in "-\u2212\u2013" else "up"  # D-1, C2-11
            figure.notes.add("declared-percent")

    @staticmethod
    def _inline_scale(doc: Doc, t: DocTable, figures: list[Figure]) -> None:
        """A scale set off inside a sentence (``Figures for November show surpluses, in billions of dollars, with the
        Netherlands ($5.2) ...``, ``(in millions of euros)``) scales the bare figures after it to the sentence's end,
        and gives them its unit when they name none (GUIDELINES C20-3)."""
        text = text_of(doc)
        if "in thousands" not in text and "in millions" not in text and "in billions" not in text and \
                "in trillions" not in text:
            return
        for found in INLINE_SCALE.finditer(text):
            declared = measure_declared(found.group(1), t.country)
            if declared is None or declared[0] == 1.0:
                continue
            scale, unit = declared
            close = SENTENCE_CLOSE.search(text, found.end())
            end = close.start() if close else len(text)
            for figure in figures:
                a = doc[figure.start].idx
                if a < found.end() or figure.end != figure.core + 1 or "declared-unit" in figure.notes or \
                        figure.unit_kind in ("percent", "percentage_point", "count"):
                    continue
                if a >= end:
                    break
                if figure.unit is not None and (unit is None or figure.unit != unit.name):
                    continue
                figure.value *= scale
                if figure.value_max is not None:
                    figure.value_max *= scale
                if figure.unit is None and unit is not None:
                    figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
                figure.notes.add("declared-unit")

    @staticmethod
    def _share_list_units(t: DocTable, figures: list[Figure]) -> None:
        separators = CUES["list_separators"]
        for k in range(1, len(figures)):
            first, figure = figures[k - 1], figures[k]
            if figure.unit_kind == "currency" and first.unit_kind == "currency" and first.unit and figure.unit and \
                    first.unit.startswith(f"{figure.unit} per ") and figure.start >= 1 and \
                    t.text[figure.start - 1] == "(" and \
                    t.sentence(first.start)[0] <= figure.start < t.sentence(first.start)[1] and \
                    not any(_DIGITS.match(w) and not YEAR_RE.match(w) for w in t.text[first.end : figure.start - 1]):
                # ``Germany (€39.5 per 100 kWh), Denmark (€37.7) and Ireland (€36.7)``: the list's price unit (C37-24)
                figure.unit, figure.unit_info = first.unit, first.unit_info
        for k in range(len(figures) - 2, -1, -1):
            figure, nxt = figures[k], figures[k + 1]
            QuantityRecognizer._share_scale(t, figure, nxt, t.lower[figure.end : nxt.start], separators)
            if figure.unit is not None or nxt.unit is None or nxt.unit_kind in ("count",):
                continue
            gap = t.lower[figure.end : nxt.start]
            # the number alone, or with its scale word (``5.51 trillion, 4.67 trillion and 2.18 trillion
            # yuan``: each item is yuan)
            scale = t.lower[figure.core + 1 : figure.end]
            bare = not scale or all(w in SCALES for w in scale) and nxt.unit_kind in ("currency", "measure") and \
                t.lower[nxt.core + 1 : nxt.core + 1 + len(scale)] == scale
            # ``an increase of 75,700 or 2.8%``: ``or`` restates the figure in another unit, no list
            if nxt.unit_kind in ("percent", "percentage_point") and figure.value is not None and \
                    nxt.value is not None and abs(figure.value) >= 1000 > abs(nxt.value):
                continue  # ``below the revised September rate of 889,600 and 6.4 percent below ...``: a level, no percent
            if nxt.unit_kind == "times" and figure.value is not None and nxt.value is not None and \
                    abs(figure.value) >= 100 > 10 * abs(nxt.value):
                continue  # ``Cases reached 8,419, three times the 2020 number``: the figure and its multiple (C44-13)
            if nxt.unit_kind in ("percent", "percentage_point") and gap == [","] and nxt.end < len(t.lower) and \
                    (t.lower[nxt.end] in CUES["comparatives_up"] or t.lower[nxt.end] in CUES["comparatives_down"]):
                continue  # ``homicides numbered 570, 7% fewer than a year earlier``: the figure and its change
            if gap == [",", "and"] and (k == 0 or figures[k - 1].end <= t.sentence(figure.start)[0] or not all(
                    w in separators for w in t.lower[figures[k - 1].end : figure.start])):
                continue  # ``was 26.6 pupils, down from 26.7, and 0.6% of infant pupils were``: two clauses, no list
            paired = gap == [";"] and figure.start >= 1 and t.text[figure.start - 1] == "(" and \
                nxt.unit_kind == "percentage_point" and bool(figure.sign) and bool(nxt.sign)
            # (``(-1.0; -1.0 points on 2022)``: a signed pair in one unit, written once, C43-36)
            if (gap and all(w in separators for w in gap) or paired) and bare and "or" not in gap:
                figure.unit, figure.unit_kind = nxt.unit, nxt.unit_kind
                if nxt.unit_kind == "times":
                    figure.direction = "up"

    @staticmethod
    def _share_scale(t: DocTable, figure: Figure, nxt: Figure, gap: list, separators) -> None:
        """A bare number coordinated before a scaled one of its size takes its scale (``to 148.1 and 112.8 billion
        vehicle miles``, ``$5.2 and $4.6 billion``; GUIDELINES C20-2): not a percent, nor a number of another size
        (``12 and 1.5 million``)."""
        if figure.end != figure.core + 1 or figure.value_max is not None or not gap or "or" in gap or \
                not all(w in separators for w in gap) or figure.unit not in (None, nxt.unit) or \
                figure.unit_kind in ("percent", "percentage_point") or not figure.value:
            return
        factor, k = 1.0, nxt.core + 1
        while k < nxt.end and t.lower[k] in SCALES and isinstance(SCALES[t.lower[k]], (int, float)):
            factor *= SCALES[t.lower[k]]
            k += 1
        if factor < 1000 or nxt.value is None or not 0.1 <= abs(figure.value) / max(abs(nxt.value) / factor, 1e-9) <= 10:
            return
        figure.value *= factor

    @staticmethod
    def openers(doc: Doc) -> list[int]:
        """Indices of the tokens a figure can open with (the first test of :meth:`read_figure`), read
        once per distinct word."""
        return doc_table(doc).openers()

    def read_figure(self, doc: Doc, i: int, blocked: set) -> Figure | None:
        """Read the figure starting at token ``i``, or None."""
        t = doc_table(doc)
        t.country = doc._.country or currency_country(text_of(doc))
        return self._read_figure(t, i, blocked)

    def _read_figure(self, t: DocTable, i: int, blocked: set) -> Figure | None:
        if not t.lex[i][_OPENS]:
            return None
        text, ws, lower, n = t.text, t.ws, t.lower, t.n
        if i > 0 and text[i - 1] == "$" and not ws[i - 1] and text[i].isalpha() and _currency("$" + text[i]):
            return None  # ``($A million)``: a currency's country letters, not ``a million``
        if i >= 2 and i + 1 < n and text[i - 1] == "(" and not ws[i - 1] and not ws[i - 2] and text[i + 1] == ")" and \
                len(text[i]) <= 2 and text[i].isdigit() and text[i - 2][-1:].isalnum():
            return None  # ``Food(3)``, ``100.00(2)``: a footnote mark glued to its label or figure (C31-12)
        if i >= 2 and i + 2 < n and text[i - 1] == "(" and not ws[i - 1] and text[i + 1] == ")" and \
                len(text[i]) <= 2 and text[i].isdigit() and (text[i - 2][-1:].isalpha() or text[i - 2][:1].isalpha() or
                                                              text[i - 2] == ")") and \
                (text[i + 2].isspace() and "\n" not in text[i + 2] or text[i + 2] in ("|", "\t") or
                 text[i + 2].startswith("\n") and _table_line(t.doc, i)):
            return None  # ``Reform UK (1)     4,117,610``: a footnote mark ending a table row's label (C45-7), or a
            # header's cell (``Q3/Q2 (1)     Q3 2024/Q3 2023``, C50-8; after its unit's bracket, ``CLF (%-pt) (2)``, C51-27)
        if i + 2 < n and len(text[i]) <= 2 and text[i].isdigit() and text[i + 1] == ")" and not ws[i] and \
                (i == 0 or text[i - 1] != "(") and ws[i + 1] and text[i + 2][:1].isupper() and \
                (i == 0 or text[i - 1] in (":", ";", ",") or text[i - 1].isspace() or lower[i - 1] == "and"):
            return None  # ``were: 1) Hawaii, 10.4 percent; 2) Delaware, 8.5 percent``: a list item's number (C51-29)
        if i >= 2 and text[i - 1] in ("-", "\u2011") and not ws[i - 1] and not ws[i - 2] and \
                lower[i - 2] in ("under", "over") and (i + 1 >= n or lower[i + 1] not in ("%", "percent", "per")):
            return None  # ``under-five deaths``, ``the over-65s``: an age group's name, no figure (C45-4)
        if i >= 1 and lower[i - 1] == "top" and lower[i] in _RANK_WORDS and i + 1 < n and text[i + 1][:1].isalpha() and \
                lower[i + 1] not in ("of", "per", "percent"):
            return None  # ``the top three positive contributors``: a rank's reach, no figure (C32-30)
        if i + 2 < n and text[i].isdigit() and text[i + 1] in ("-", "–") and text[i + 2].isdigit() and (
                lower[i - 1 : i] in (["voted"], ["vote"], ["votes"]) or lower[max(0, i - 2) : i] in (
                    ["majority", "of"], ["vote", "of"], ["votes", "of"], ["voted", "by"])):
            return None  # ``voted by a majority of 8–1``, ``voted 7–2``: a vote's tally, no figure (C32-32)
        if ZEROS_SCALE.match(text[i]) and (not text[i][:1].isdigit() or i >= 1 and not ws[i - 1] and
                                           text[i - 1][-1:] in ("'", "’", "(", "$", "£", "€")) or \
                text[i] in ("$", "£", "€") and i + 1 < n and not ws[i] and text[i + 1] in ("000", "000s"):
            return None  # ``('000)``, ``(000s)``, ``$'000``, ``(£000)``: a scale written as zeros, no figure (C32-25)
        if i >= 1 and ws[i - 1] == " " and len(text[i]) <= 2 and text[i].isdigit() and len(text[i - 1]) >= 3 and \
                text[i - 1].isalpha() and text[i - 1].isupper() and not (i + 1 < n and (
                    text[i + 1] in ("%", "percent") or match_unit(text[i + 1 : i + 4], 0, t.country) is not None)):
            return None  # ``EMMA 10``, ``during EMMA 9``: an operation or edition named by its number (C39-25)
        country = t.country
        start = i
        sign = None
        currency = None
        if text[i] in SIGNS and not ws[i] and i + 1 < n and (
            i == 0 or ws[i - 1] or text[i - 1] in ("(", "[", "/", ":", "\n", "|") or text[i - 1].isspace()
        ):  # (``\t-5%``, ``   -5%``: a cell of a table after its white space)
            sign = text[i]
            i += 1
        elif text[i] in SIGNS and i > 0 and text[i - 1] == "(" and not ws[i - 1] and i + 1 < n and \
                text[i + 1][:1].isdigit() and ws[i] == " ":
            sign = text[i]  # ``(± 0.6 percent)``, ``(+ 1.2 %)``: a sign spaced from its figure inside a bracket
            i += 1
        elif i >= 3 and text[i - 3 : i] == ["(", "-", ")"]:
            sign = "-"  # ``(-) 4.3 per cent``: a minus written in brackets before the figure (left out of its span)
        if i + 2 < n and text[i] == "$" and not ws[i] and text[i + 1].isalpha() and text[i + 1].isupper() and \
                _currency("$" + text[i + 1]) and (_digits(text[i + 2]) is not None or word_number(text[i + 2]) is not None):
            currency = _currency("$" + text[i + 1], country)  # ``$A 997.3 billion``, ``$NZ 12 million``: the sign, then
            i += 2  # the country (C31-6)
        elif i + 2 < n and sign is None and re.fullmatch(r"[A-Z]{3}", text[i]) and ws[i] and text[i + 1] in SIGNS and \
                not ws[i + 1] and _digits(text[i + 2]) is not None and _currency(text[i]):
            currency = _currency(text[i], country)  # ``a reserve of CHF -39.5 billion``: the code, then a signed amount
            i += 1  # (C45-21)
        elif i < n and _currency(text[i]) and i + 1 < n:
            nxt = text[i + 1]
            if (_digits(nxt) is not None or word_number(nxt) is not None or
                    decimal_comma(nxt) is not None and (i + 2 < n and lower[i + 2] in SCALES or _CENTS_AFTER_COMMA.fullmatch(nxt))) and (
                    text[i] != "R" or country == "ZA" or _rand_amount(t, i + 1)):
                currency = _currency(text[i], country)
                i += 1
        if currency is None and i > 0 and text[i - 1] == "R" and not ws[i - 1]:
            return None  # ``the R56``: a road or a code, the ``R`` split off as a currency prefix
        if sign is None and i < n and text[i] in SIGNS and not ws[i] and currency:
            sign = text[i]
            i += 1
        if i >= n or i in blocked:
            return None
        core = i
        glued = split_glued(text[i], country) if _digits(text[i]) is None else None
        if glued is not None and currency is None:
            figure = Figure(start=start, end=i + 1, core=core, value=parse_digits(glued[0]) or 0.0, sign=sign)
            figure.unit, figure.unit_kind, figure.unit_info = glued[1].name, glued[1].kind, glued[1]
            if sign:
                figure.direction = SIGNS[sign]
                figure.notes.add("signed")
            self._read_per(t, figure)
            return self._with_bound(t, figure)
        if currency is None and sign is None and _named_number(t, i):
            return None  # ``the Index of Eight Core Industries``, ``the CBP One application``: a word of a name
        clock = _HOURS_MINUTES.fullmatch(text[i]) if currency is None else None
        if clock is not None:
            if not _declares_hours_minutes(t) or start >= 1 and lower[start - 1] in _CLOCK_BEFORE:
                return None  # (a clock time, ``at 10:00``, is no figure)
            # ``Table 1: Average daily time online (hours:minutes)`` above ``18-24   4:36   6:01   +1:25``: a length of
            # time written as hours and minutes (C44-27)
            figure = Figure(start=start, end=i + 1, core=core, value=int(clock.group(1)) + int(clock.group(2)) / 60,
                            sign=sign)
            figure.unit, figure.unit_kind, figure.unit_info = "hour", "measure", match_unit(["hour"])
            figure.notes.add("hours-minutes")
            if sign:
                figure.direction = SIGNS[sign]
                figure.notes.add("signed")
            return self._with_bound(t, figure)
        reading = self._read_core(t, i)
        if reading is None:
            return None
        value, end, kind = reading
        if (sign or currency) and kind not in ("digits", "words"):
            return None
        figure = Figure(start=start, end=end, core=core, value=value, sign=sign)
        if kind == "fraction":
            figure.unit, figure.unit_kind = "percent", "fraction"
            figure.notes.add("fraction")
            of_unit = self._fraction_of_unit(t, figure)
            if of_unit is not None:
                return self._with_bound(t, of_unit)
        elif kind == "vague":
            figure.bound = ">="
            figure.notes.add("vague")
        elif kind == "fold":
            figure.unit, figure.unit_kind, figure.metric, figure.direction = "times", "times", "CHANGE", "up"
            return self._with_bound(t, figure)
        elif kind == "multiple":
            mvalue, munit, mdirection = MULTIPLE_WORDS[lower[core]]
            figure.unit, figure.unit_kind = munit, "times" if munit == "times" else "percent"
            figure.metric, figure.direction = "CHANGE", mdirection
            figure.notes.add("multiple")
            return self._with_bound(t, figure)
        if kind in ("digits", "words"):
            figure.end = self._read_scale(t, figure.end)
            figure.end = self._compound_scale(t, core, figure.end)
            figure.value = self._scaled(t, core, figure.end, value)
            self._read_range(t, figure, blocked)
        if currency:
            figure.unit, figure.unit_kind, figure.unit_info = currency.name, "currency", currency
        if kind != "fraction":
            self._read_unit(t, figure)
        if figure.unit is None and kind == "digits" and figure.value_max is None and \
                lower[figure.end : figure.end + 2] in (["of", "a"], ["of", "one"]):
            # ``0.3 of a percentage point``, ``-0,2 of a percentage point``: the points, not a share of one (C29-17)
            unit = match_unit(t.text[figure.end + 2 : figure.end + 5], 0, t.country)
            if unit is not None and unit.kind == "percentage_point":
                figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
                figure.end += 2 + unit.length
        if figure.unit is None and start > 0 and (
                lower[start - 1] in CUES["age_words"] or start >= 2 and lower[start - 2 : start] in (
                    ["age", "of"], ["ages", "of"], ["younger", "than"], ["older", "than"]) or
                start >= 2 and lower[start - 1] in ("under", "over") and lower[start - 2] in vocabulary("people_nouns") and
                figure.value is not None and figure.value <= 110 and float(figure.value).is_integer()):
            # (``children under the age of 18``, ``62 were younger than 10``: ages, C32-40; ``to mothers under 25``,
            # ``women over 65``: a people noun's age bound, C40-44)
            # (``children under the age of 18``, ``62 were younger than 10``: ages, C32-40)
            figure.unit, figure.unit_kind = "year", "measure"
            figure.unit_info = match_unit(["year"])
        elif figure.unit is None and figure.value_max is not None and figure.value_max <= 110 and \
                _listed_after_age(t, start):
            # ``adults aged 25-34 and 35-44 averaged 5:12 and 4:39``: the ranges listed after an age are ages (C44-21)
            figure.unit, figure.unit_kind = "year", "measure"
            figure.unit_info = match_unit(["year"])
        if sign:
            figure.direction = SIGNS[sign]
            figure.notes.add("signed")
        elif figure.unit_kind == "times":
            figure.direction = "up"
        return self._with_bound(t, figure)

    def _read_core(self, t: DocTable, i: int) -> tuple[float, int, str] | None:
        text, lower, ws, n = t.text, t.lower, t.ws, t.n
        token_text = text[i]
        low = lower[i]
        value = _digits(token_text)
        nxt = lower[i + 1] if i + 1 < n else ""
        nxt2 = lower[i + 2] if i + 2 < n else ""
        if value is None and i + 1 < n and (nxt in ("%", "per", "percent", "pct", "pp") or nxt in SCALES or
                                            match_unit(text[i + 1 : i + 4], 0) is not None):
            value = decimal_comma(token_text)  # ``32,1%``, ``16,9 million``, ``2,5 per cent``
        elif value is None and _writes_decimal_commas(t.doc):
            value = decimal_comma(token_text)  # ``-0,3 of a percentage point``, a table's ``2,1`` (C29-17)
        elif value is None and i >= 1 and _CENTS_AFTER_COMMA.fullmatch(token_text) and _currency(text[i - 1]):
            value = decimal_comma(token_text)  # ``(€1,46)``: a price with its cents after a comma (C52-3)
        if value is not None and nxt == "-" and i + 2 < n and not ws[i] and \
                not ws[i + 1] and slash_fraction(text[i + 2]) is not None:
            return value + slash_fraction(text[i + 2]), i + 3, "digits"  # ``5-1/4``
        if (_value(token_text) is not None) and nxt == "out" and i + 3 < n and lower[i + 2] == "of" and \
                _value(text[i + 3]) is not None and _value(text[i + 3]) <= 10 and \
                _value(token_text) < _value(text[i + 3]):
            # ``Nine out of ten households``, ``3 out of 4 patients``: a proportion as ``nine in ten`` (C31-23, C36-10)
            return round(100 * _value(token_text) / _value(text[i + 3]), 3), i + 4, "fraction"
        if value is not None and nxt != "in":
            return value, i + 1, "digits"
        if nxt == "-" and not ws[i] and word_number(low) and lower[i + 2] in FRACTION_WORDS \
                if i + 2 < n else False:
            return round(100 * word_number(low) / FRACTION_WORDS[lower[i + 2]], 3), i + 3, "fraction"
        if (low in ("a", "an", "one") and nxt in FRACTION_WORDS and nxt not in ("half", "halves") or (
            word_number(low) and nxt in FRACTION_WORDS and nxt not in ("half",)
        )) and not (nxt in ("quarter", "quarters") and i >= 1 and lower[i - 1] in PERIOD_ORDINALS):
            # (``the last three quarters``, ``the first three quarters of 2024``: periods, no fraction)
            by_cue = next((lower[j] for j in range(i - 1, max(-1, i - 4), -1) if lower[j] not in vocabulary("bound_words")), None)
            if nxt2 == "of" or not ws[i + 1] or nxt2 in (".", ",", ";") or low != "a" or by_cue == "by" or \
                    nxt2 in COMPARATIVES_UP or nxt2 in COMPARATIVES_DOWN or (  # (``almost a third higher than``)
                        nxt2 == "(" and i + 4 < n and _value(text[i + 3]) is not None and
                        lower[i + 4] in ("%", "percent", "per")):  # ``around a fifth (18%) of``: restated in brackets
                numerator = 1 if low in ("a", "an", "one") else word_number(low)
                return round(100 * numerator / FRACTION_WORDS[nxt], 3), i + 2, "fraction"
        if low in ("one", "1") and i + 3 < n and t.lex[i + 1][_ALPHA] and lower[i + 2] == "in" and \
                singular(nxt) == nxt and nxt not in FRACTION_WORDS and _value(text[i + 3]) is not None and \
                not YEAR_RE.match(text[i + 3]) and 1 < _value(text[i + 3]) <= 1000 and not t.lex[i + 1][_TITLE]:
            # ``one vehicle in thirty``, ``one adult in five``: a proportion with its noun inside (C40-37)
            return round(100 / _value(text[i + 3]), 3), i + 4, "fraction"
        if (_value(token_text) is not None) and nxt == "in" and nxt2 == "every" and i + 3 < n and \
                _value(text[i + 3]) is not None and not YEAR_RE.match(text[i + 3]) and \
                _value(text[i + 3]) <= 1000 and _value(token_text) < _value(text[i + 3]):
            # ``three in every five kilograms``, ``one in every 20 adults``: a proportion as ``one in five`` (C40-11)
            return round(100 * _value(token_text) / _value(text[i + 3]), 3), i + 4, "fraction"
        if (_value(token_text) is not None) and nxt in ("in",) and i + 2 < n and _value(text[i + 2]) and (
            not YEAR_RE.match(text[i + 2]) and _value(text[i + 2]) <= 1000 and _value(token_text) < _value(text[i + 2])
        ):
            return round(100 * _value(token_text) / _value(text[i + 2]), 3), i + 3, "fraction"
        if value is not None:
            return value, i + 1, "digits"
        fraction = slash_fraction(token_text)
        if fraction is not None and nxt == "of":
            return round(100 * fraction, 3), i + 1, "fraction"
        if fraction is not None and match_unit(text[i + 1 : i + 5], 0) is not None:
            return round(fraction, 6), i + 1, "digits"  # ``1/4 percentage point``
        if low == "half" and nxt in ("a", "an") and nxt2 in ("dozen", "hundred", "thousand", "million", "billion",
                                                             "trillion"):
            # ``fewer than half a million bags``: half of the scale, a number (C40-31, read as ``read_quantity`` does)
            return read_quantity(t.span_text(i, i + 3)).value, i + 3, "words"
        if low == "half" and nxt in ("a", "an") and nxt2 in ("hour", "day", "week", "month", "year", "decade", "century",
                                                             "minute", "percentage", "point"):
            # ``almost half a year more``, ``half an hour``, ``half a percentage point``: half of the unit (C43-22)
            return 0.5, i + 2, "digits"
        if low == "half" and (nxt in CUES["half_after"] or (i > 0 and lower[i - 1] in CUES["half_before"])):
            return 50.0, i + 1, "fraction"
        if low in ("a", "an") and nxt in ("dozen", "hundred", "thousand", "million", "billion"):
            j = i + 2
            while j < n and (word_number(text[j]) is not None or lower[j] in ("and",)) and (
                lower[j] != "and" or (j + 1 < n and word_number(text[j + 1]) is not None)
            ):
                j += 1
            reading = read_quantity(t.span_text(i, j))
            return (reading.value if reading else 1.0), j, "words"
        if low in ("dozen",) and i > 0 and lower[i - 1] not in ("a",):
            return None
        for phrase, parts in _VAGUE_PHRASES:
            if parts[0] == low and lower[i : i + len(parts)] == parts:
                after = lower[i + len(parts)] if i + len(parts) < n else ""
                if after == "of" and not (i > 0 and lower[i - 1] == "in" and len(parts) == 1):
                    # (``in billions of dollars``: a heading's unit, no amount)
                    return VAGUE_AMOUNTS[phrase], i + len(parts), "vague"
        if low.endswith("fold") and low not in MULTIPLE_WORDS and word_number(low[:-4]) and not t.lex[i][_TITLE]:
            return word_number(low[:-4]), i + 1, "fold"
        if low in MULTIPLE_WORDS and not t.lex[i][_TITLE]:
            if low.endswith(("ed", "ing")) and low not in ("halving", "doubling", "tripling"):
                return MULTIPLE_WORDS[low][0], i + 1, "multiple"
            prev = lower[i - 1] if i > 0 else ""
            if low == "twice":
                # ``almost twice the national figure``, ``more than twice as many as``: a multiple of what follows;
                # ``twice a year``, ``is counted twice`` are frequencies (C44-12)
                return (2, i + 1, "multiple") if nxt in _TWICE_COMPARED else None
            if prev in words("multiple_ok_prev") or nxt in words("multiple_ok_next"):
                return MULTIPLE_WORDS[low][0], i + 1, "multiple"
            return None
        if word_number(low) is not None or low == "dozen":
            j = i
            while j < n and (
                word_number(text[j]) is not None
                or lower[j] in ("hundred", "dozen")
                or (text[j] == "-" and not ws[j] and j + 1 < n and word_number(text[j + 1]))
                or (lower[j] == "and" and j > i and lower[j - 1] == "hundred"
                    and j + 1 < n and word_number(text[j + 1]) is not None)
            ):
                j += 1
            reading = read_quantity(t.span_text(i, j))
            if reading is None:
                return None
            if lower[j : j + 3] == ["and", "a", "half"] and j + 3 < n and not lower[j + 3] in ("of",):
                return reading.value + 0.5, j + 3, "words"  # ``two and a half times``, ``one and a half years`` (C38-19)
            return reading.value, j, "words"
        return None

    def _fraction_of_unit(self, t: DocTable, figure: Figure) -> Figure | None:
        """``two-tenths of a percentage point`` -> 0.2 percentage point; ``half an hour`` stays a share."""
        j = figure.end
        if t.lower[j : j + 1] != ["of"] or j + 2 >= t.n or t.lower[j + 1] not in ("a", "an"):
            return None
        unit = match_unit(t.text[j + 2 : j + 6], 0, t.country)
        if unit is None or unit.kind in ("percent",):
            return None
        figure.value = round(figure.value / 100, 6)
        figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
        figure.end = j + 2 + unit.length
        figure.notes.discard("fraction")
        return figure

    def _read_scale(self, t: DocTable, j: int) -> int:
        lower, n = t.lower, t.n
        while j < n and lower[j] in SCALES and lower[j] not in ("hundred",) or (
            j < n and lower[j] == "hundred" and (
                j + 1 < n and lower[j + 1] in SCALES or _digits(t.text[j - 1]) is not None)
        ):
            low = lower[j]
            if low in ("m", "b", "k", "t") and t.ws[j - 1]:
                break
            j += 1
        return j

    def _compound_scale(self, t: DocTable, core: int, end: int) -> int:
        """The end of a number written in two scales, the larger first (``18 billion 570 million``, as
        trade releases translated from Turkish or Chinese write it): the second part continues the first."""
        lower, text, n = t.lower, t.text, t.n
        if end <= core + 1 or end + 1 >= n or lower[end - 1] not in SCALES or _digits(text[end]) is None or \
                lower[end + 1] not in SCALES or not SCALES[lower[end + 1]] < SCALES[lower[end - 1]] or \
                SCALES[lower[end + 1]] < 1000:
            return end
        return self._read_scale(t, end + 1)

    def _scaled(self, t: DocTable, core: int, end: int, value: float) -> float:
        surface = t.text[core] if end == core + 1 else t.span_text(core, end)  # one token: its text
        if decimal_comma(t.text[core]) is not None:
            surface = t.text[core].replace(",", ".") + surface[len(t.text[core]) :]  # ``16,9 million``
        reading = read_quantity(surface)
        return reading.value if reading is not None and reading.value_max is None else value

    def _read_range(self, t: DocTable, figure: Figure, blocked: set) -> None:
        text, lower, ws, n = t.text, t.lower, t.ws, t.n
        j = figure.end
        if j + 1 >= n:
            return
        joiner = lower[j]
        b = figure.start - 1
        while b > 0 and lower[b] in BOUND_WORDS and lower[b] not in ("from", "between", "by", "to"):
            b -= 1  # ``increased by about 4 600 to 116 300``: the word before the bound decides
        before = lower[b] if b >= 0 else ""
        percent_first = joiner == "%"
        if joiner == "%" and j + 2 < n and (text[j + 1] in RANGE_JOINERS or (
                lower[j + 1] == "and" and before == "between")):
            j += 1
            joiner = lower[j]
        # a dash written tight between two numbers (``rise 20-25%``, ``by 2–3%``) is a range even after a
        # change word; ``to`` after one joins the change and the level it reaches
        tight_dash = joiner in ("-", "–", "—") and not ws[j - 1] and not ws[j]
        is_range = (joiner in RANGE_JOINERS and (tight_dash or before not in ("from", "by") and
                                                 not self._change_verb_before(t, b + 1))) or (
            joiner == "and" and before == "between") or (
            joiner == "to" and before == "from" and self._shared_range(t, figure))
        interval = figure.sign is not None and joiner == "to" and j + 1 < n and text[j + 1][:1].isdigit() and (
            before in ("of", "interval", "range", "ranged", "ranging") or b >= 0 and text[b].isspace())
        # (``a prediction interval of -1.2 to 5.2 percent``, a cell ``-3.7 to 5.8``: a range from below zero, C41-33)
        if figure.sign is not None and joiner == "to" and before != "between" and not interval:
            return  # ``(+$1.69 to $34.80)``: a signed change, then the level it reaches
        if not is_range or j + 1 in blocked:
            return
        if joiner in ("-", "–", "—") and (ws[j - 1] or ws[j]) and before != "between":
            return
        k = j + 1
        if _currency(text[k]) and k + 1 < n:
            if percent_first:
                return  # ``grew by 14.2% to ₹48,039 crore``: a change, then the level it reaches
            k += 1
        upper = self._read_core(t, k)
        if upper is None or upper[2] not in ("digits", "words"):
            return
        if percent_first and (upper[1] >= n or lower[upper[1]] not in ("%", "percent", "per", "pct")):
            return  # ``grew by 46.5% and 41.2% to 50.6 million``: a percent is a range only with a percent
        if YEAR_RE.match(text[figure.core]) or YEAR_RE.match(text[k]):
            return
        end = self._read_scale(t, upper[1])
        reading = read_quantity(t.span_text(figure.core, end))
        if reading is None or reading.value_max is None or reading.value > reading.value_max:
            return
        if before == "of" and reading.value_max > RANGE_RATIO * max(reading.value, 1e-9) and any(
                w in CHANGE_NOUNS for w in lower[max(0, figure.start - 7) : figure.start - 1]):
            return  # ``a decrease in the services surplus of $0.1 billion to $24.6 billion``: a change, then its level
        if joiner == "to" and before in ("and", ",") and reading.value_max > RANGE_RATIO * max(reading.value, 1e-9) and \
                "by" in lower[max(0, figure.start - 6) : figure.start]:
            return  # ``grew further, by 1 600 and 7 200 to 3 704 900 and 3 825 200``: the last change, then the levels
        figure.value, figure.value_max, figure.end = reading.value, reading.value_max, end
        figure.notes.add("range")

    def _shared_range(self, t: DocTable, figure: Figure) -> bool:
        """``ranging from 5 to 7 percent``, ``from $5 to $7 million``: one range; ``rose from 5 to 7``: two."""
        start = figure.start - 1  # the ``from``
        left = t.lower[max(0, start - 4) : start]
        if left and left[-1] in words("range_verbs"):
            return True
        if any(w in words("change_up") or w in words("change_down") or w in words("change_neutral") for w in left):
            return False
        if figure.end != figure.core + 1:
            return False
        k = figure.end + 1
        if k < t.n and _currency(t.text[k]):
            k += 1
        if k + 1 >= t.n:
            return False
        return t.lower[k + 1] in SCALES or t.text[k + 1] == "%"

    def _read_unit(self, t: DocTable, figure: Figure) -> None:
        j, value, value_max = figure.end, figure.value, figure.value_max
        self._read_unit_words(t, figure)
        if figure.unit_kind == "times" and figure.value is not None and abs(figure.value) >= 1000:
            # ``downloaded 540 million times``, ``viewed 12,400 times``: how often, a count of times, no multiple (C39-23)
            figure.unit, figure.unit_kind, figure.unit_info = "time", "count", None
        if t.defined_units and figure.unit_kind != "currency":
            defined = self._defined_at(t, j)
            if defined is not None and not (figure.end == j + len(defined[0]) and figure.unit == defined[1][0]):
                (unit, kind, info, scale), pieces = defined[1], defined[0]
                figure.unit, figure.unit_kind, figure.unit_info, figure.end = unit, kind, info, j + len(pieces)
                figure.value = value * scale
                figure.value_max = value_max * scale if value_max is not None else None
                return
        if figure.unit_kind == "measure" and value:
            self._define_unit(t, figure, figure.value / value)

    @staticmethod
    def _abbreviation_at(t: DocTable, j: int, limit: int, single: bool = False) -> tuple | None:
        """The tokens of an abbreviation written as one word from token ``j`` up to (not including) ``limit``:
        at most five tokens with no space between them, a letter among them, not opening on a digit; with ``single``,
        a lone letter too (``metric tons (t)``)."""
        if limit - j < 1 or limit - j > 5 or any(t.ws[k] for k in range(j, limit - 1)):
            return None
        pieces = tuple(t.text[j:limit])
        joined = "".join(pieces)
        if single and len(joined) == 1 and joined.isalpha():
            return pieces
        if len(joined) < 2 or len(joined) > 12 or joined[0].isdigit() or not any(c.isalpha() for c in joined) or \
                not all(c.isalnum() or c in "/-." for c in joined):
            return None
        return pieces

    def _define_unit(self, t: DocTable, figure: Figure, scale: float) -> None:
        """Record the abbreviation a text defines in brackets after a figure's unit (``141.8 litres per person per
        day (l/p/d)``, ``1.26 million barrels of oil equivalent per day (boe/d)``): the text's later figures in that
        abbreviation take the unit and its ``scale`` (:meth:`_defined_at`)."""
        k = figure.end
        if k + 2 >= t.n or t.text[k] != "(" or figure.unit is None:
            return
        close = next((x for x in range(k + 1, min(t.n, k + 7)) if t.text[x] == ")"), None)
        pieces = self._abbreviation_at(t, k + 1, close) if close is not None else None
        if pieces is None and close == k + 2 and figure.unit_kind == "measure":
            letter = self._abbreviation_at(t, k + 1, close, single=True)
            known = match_unit(list(letter), 0, t.country) if letter is not None else None
            if known is not None and known.name == figure.unit and letter not in t.defined_units:
                # ``1.1 million metric tons (t)``: the text names the lone letter its unit's symbol, so ``170 t`` later
                # is in tons; a letter holds no scale (C46-20)
                t.defined_units[letter] = (figure.unit, figure.unit_kind, figure.unit_info, 1.0)
            return
        if pieces is None or pieces in t.defined_units:
            return
        scaled = figure.end > figure.core + 1 and any(t.lower[x] in SCALES for x in range(figure.core + 1, figure.end))
        if scaled and pieces[0][:1] in "kMGTB" and len(pieces[0]) > 1 and pieces[0][1:2].isalpha():
            return  # ``4.2 million tonnes (Mt)``: the abbreviation may hold the scale the figure wrote apart
        known = match_unit(list(pieces), 0, t.country)
        if known is not None and known.length == len(pieces) and known.name != figure.unit.split(" per ")[0]:
            return  # a unit of its own (``12 miles (km)``)
        t.defined_units[pieces] = (figure.unit, figure.unit_kind, figure.unit_info, scale)

    def _defined_units_everywhere(self, t: DocTable, figures: list[Figure], tables: bool) -> None:
        """An abbreviation the text defines (``231.0 million hectolitres (mhl)``) also holds before its definition (a
        headline's ``Output put at 231 mhl``) and in a table's title gloss (``Wine production ..., 2023 and 2024
        (mhl)`` above cells no column header declares: ``tables``): the same unit and scale (C43-10)."""
        text = text_of(t.doc)
        titles: dict[int, str | None] = {}
        for figure in figures:
            if figure.unit is not None or figure.unit_kind is not None or figure.value is None:
                continue
            value, value_max = figure.value, figure.value_max
            defined = self._defined_at(t, figure.end) if not tables else None
            if defined is not None:
                (unit, kind, info, scale), pieces = defined[1], defined[0]
                figure.unit, figure.unit_kind, figure.unit_info, figure.end = unit, kind, info, figure.end + len(pieces)
            elif tables and text_tables.column_of(text, t.doc[figure.start].idx) is not None:
                # (after the columns' own declarations: a title's gloss holds only for cells still bare)
                header = text_tables.header_cell(text, t.doc[figure.start].idx)
                if header is None:
                    continue
                if header.top_start not in titles:
                    titles[header.top_start] = text_tables.title_above(text, header.top_start)
                title = titles[header.top_start]
                gloss = re.findall(r"\(([^()]{1,12})\)\s*$", title or "")
                found = next(((p, d) for p, d in t.defined_units.items() if gloss and "".join(p) == gloss[-1].strip()),
                             None)
                if found is None:
                    continue
                unit, kind, info, scale = found[1]
                figure.unit, figure.unit_kind, figure.unit_info = unit, kind, info
                figure.notes.add("table-header")
            else:
                continue
            figure.value = value * scale
            figure.value_max = value_max * scale if value_max is not None else None

    def _defined_at(self, t: DocTable, j: int) -> tuple | None:
        """``(pieces, (unit, kind, info, scale))`` of an abbreviation the text has defined (:meth:`_define_unit`)
        written at token ``j``, or None."""
        for pieces, defined in t.defined_units.items():
            end = j + len(pieces)
            if end <= t.n and tuple(t.text[j:end]) == pieces and \
                    self._abbreviation_at(t, j, end, single=len(pieces) == 1 and len(pieces[0]) == 1) == pieces and \
                    (end == t.n or t.ws[end - 1] or not t.text[end][:1].isalnum()):
                return pieces, defined
        return None

    def _read_unit_words(self, t: DocTable, figure: Figure) -> None:
        text, lower, ws = t.text, t.lower, t.ws
        j = figure.end
        if figure.unit is None and j + 3 < t.n and _PLAIN_INTEGER.fullmatch(text[j]) and text[j + 1] == "-" and \
                not ws[j] and not ws[j + 1] and t.lex[j + 2][_ALPHA] and t.lex[j + 3][_ALPHA] and \
                text[j + 3][:1].islower() and singular(lower[j + 3]) != lower[j + 3]:
            size = match_unit([text[j + 2]], 0, t.country)
            if size is not None and size.kind == "measure" or lower[j + 2] in ("pound", "lb"):
                # ``12.8 million 480-pound bales``, ``3.2 million 60-kilogram bags``: a count of packages of a stated
                # size; the size belongs to the counted noun (C43-31)
                figure.unit, figure.unit_kind, figure.end = singular(lower[j + 3]), "count", j + 4
                t.doc.user_data.setdefault(DECLARED_COUNTS_KEY, []).append([figure.start, figure.end])
                return
        if j < t.n and text[j] in _GLUED_TEMPERATURES and not ws[j - 1] and figure.unit is None and \
                (j + 1 >= t.n or not t.lex[j + 1][_ALPHA] or ws[j]):
            # ``10.9C``, ``0.7C above normal``, ``50F``: a temperature glued to its figure, not cents (C39-43)
            unit = match_unit([_GLUED_TEMPERATURES[text[j]]])
            figure.unit, figure.unit_kind, figure.unit_info, figure.end = unit.name, unit.kind, unit, j + 1
            return
        texts = text[j : j + 6]
        if texts and texts[0] == "-" and len(texts) > 1 and texts[1].lower() == "fold" and not ws[j]:
            figure.unit, figure.unit_kind, figure.end = "times", "times", j + 2
            return
        country = t.country
        if len(texts) > 1 and texts[0] == "+" and not ws[j - 1] and ws[j] and figure.unit is None and \
                figure.sign is None:
            unit = match_unit(texts[1:], 0, country)
            if unit is not None and unit.dimension == "time":
                # ``Patients waiting 12+ hours``: a length of time at least that long, a threshold (C36-24)
                figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
                figure.end = j + 1 + unit.length
                figure.notes.add("threshold")
                return
        if len(texts) > 1 and lower[j] in vocabulary("run_words") and figure.unit is None and \
                singular(lower[j + 1]) in ("month", "year", "quarter", "week", "day"):
            unit = match_unit(texts[1:2], 0, country)  # ``for three consecutive months``: a run of periods
            if unit is not None:
                figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
                figure.end = j + 2
                return
        if len(texts) > 1 and texts[0] in ("-", "–") and not ws[j - 1] and not ws[j]:
            unit = match_unit(texts[1:], 0, country)
            age = lower[j + 2 : j + 4] == ["-", "old"]
            if unit is not None and (_digits(text[j - 1]) is None or t.lex[j + 1][_TITLE] or (
                    unit.dimension == "time" and not age)):
                unit = None  # ``Five-Year Plan``, ``a 40-day travel rush``: names and periods (D-16, D-18)
            if unit is not None and unit.kind in ("measure", "count", "percent"):  # ``a 3.3-percent rise``
                figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
                figure.end = j + 1 + unit.length
                if lower[figure.end : figure.end + 2] == ["-", "old"]:
                    figure.end += 2  # ``45-year-old``: an age, AMOUNT in years
                figure.notes.add("hyphenated")
            return
        unit = match_unit(texts, 0, country) if texts else None
        if unit is not None and (unit.dimension == "time" or lower[j] in ("quarter", "quarters")) and \
                unit.length == 1 and len(texts) > 2 and \
                lower[j + 1] in ("on", "over") and singular(lower[j + 2]) == singular(lower[j]):
            unit = None  # ``up 41,000 year on year``, ``down 12,000 month over month``: a comparison, no duration (C24-7)
        if unit is not None and unit.kind == "measure" and unit.length == 1 and texts[0].isupper() and \
                len(texts) > 1 and t.lex[j + 1][_ALPHA] and t.lex[j + 1][_ISLOWER] and lower[j + 1].endswith("s") and \
                not lower[j + 1].endswith("ss") and ws[j - 1] and len(lower[j + 1]) >= 4 and \
                lower[j + 1] not in words("verbs_after_subject"):
            unit = None  # ``602 TB deaths``: an abbreviation naming what is counted, not terabytes
        if unit is not None and unit.kind == "measure" and len(texts[0]) == 1 and unit.length == 1 and ws[j - 1] and \
                not (texts[1:2] == ["/"] and not ws[j] and match_unit(texts[2:], 0, country, after_per=True)) and \
                not (lower[j - 1] in SCALES and lower[j] == "t"):
            # (``552.6 mln t``, ``36.4 million t``: a tonne after a scale word, C43-32)
            unit = None  # a lone letter is a unit only glued to the number or over a ``/`` (``2.3 t/ha``)
        if unit is not None and unit.kind == "currency" and unit.length == 1 and lower[j] == "euro" and \
                lower[j + 1 : j + 2] in (["area"], ["zone"]):
            unit = None  # ``the October 2024 euro area bank lending survey``: the currency union, no money (C50-10)
        if unit is not None and unit.code == "GBP" and texts[0].lower() in ("pound", "pounds") and \
                figure.unit_kind != "currency" and self._pounds_weigh(t, j):
            unit = replace(match_unit(["lb"]), length=1)  # ``12 pounds of flour``: a weight
        if unit is not None and unit.kind == "index_point":
            unit = self._index_or_percentage_point(t, figure, unit)
        if unit is not None and unit.kind == "currency" and figure.unit_kind == "currency":
            if figure.unit_info is not None and figure.unit_info.shared and not unit.shared:
                figure.unit, figure.unit_info = unit.name, unit  # ``$5 Singapore dollars``
            figure.end = j + unit.length
        elif unit is not None and figure.unit_kind != "currency":
            if unit.name == "percentage point" and texts[0].lower() in ("point", "points", "pp", "ppt", "ppts"):
                if texts[0].lower() in ("point", "points", "pts") and self._near_index_level(t, figure):
                    unit = replace(match_unit(["index", "points"]), length=unit.length)  # (C43-3)
                elif texts[0].lower() in ("point", "points", "pts") and not self._rate_points(t, figure):
                    unit = None
            if unit is not None:
                figure.unit, figure.unit_kind, figure.end = unit.name, unit.kind, j + unit.length
                figure.unit_info = unit
                if unit.scale != 1.0:  # ``41.4 MtCO2e``: 41.4 million tonnes of CO2 equivalent
                    figure.value *= unit.scale
                    if figure.value_max is not None:
                        figure.value_max *= unit.scale
        self._read_per(t, figure)

    @staticmethod
    def _pounds_weigh(t: DocTable, j: int) -> bool:
        """Whether the word ``pound(s)`` at ``j`` (no ``£`` before the number) is a weight: before
        ``of`` (``12 pounds of flour``) or ``per`` + a measure (``768 pounds per harvested acre``), or
        anywhere in a document that weighs in pounds so and never writes ``£`` (``seizures of heroin, at
        87 pounds`` after ``4,853 pounds of methamphetamine``)."""
        lower = t.lower
        if t.n > j + 1 and lower[j + 1] == "of" or QuantityRecognizer._pound_per_measure(t, j):
            return True
        return QuantityRecognizer._document_weighs_pounds(t)

    @staticmethod
    def _document_weighs_pounds(t: DocTable) -> bool:
        """Whether the document weighs in pounds (``4,853 pounds of methamphetamine``, or it is a US release) and
        never writes ``£``."""
        lower = t.lower
        cache = doc_cache(t.doc)
        weighs = cache.get("pounds_weigh")
        if weighs is None:
            weighs = "£" not in text_of(t.doc) and (str(t.country or "").upper() == "US" or any(
                lower[k] in ("pound", "pounds") and _digits(t.text[k - 1]) is not None and (
                    k + 1 < t.n and lower[k + 1] == "of" or QuantityRecognizer._pound_per_measure(t, k))
                for k in range(1, t.n)))
            cache["pounds_weigh"] = weighs
        return weighs

    @staticmethod
    def _pound_per_measure(t: DocTable, j: int) -> bool:
        """``pounds per acre``, ``pounds per harvested acre``: a weight per a measure."""
        k = j + 1
        if k + 1 >= t.n or t.lower[k] not in CUES["per_words"]:
            return False
        k += 1
        if t.lower[k].endswith("ed") and k + 1 < t.n:
            k += 1
        unit = match_unit(t.text[k : k + 3], 0, t.country, after_per=True)
        return unit is not None and unit.kind == "measure" and unit.dimension != "time"

    def _index_or_percentage_point(self, t: DocTable, figure: Figure, unit: Unit) -> Unit | None:
        """``fell 0.4 points`` (a rate) is a percentage point; ``the index fell 300 points`` an index point."""
        a, b = t.sentence(figure.start)
        index_words = words("index_words")
        if any(w in index_words for w in t.lower[a:b]) or figure.value >= 50:
            return unit
        if self._near_index_level(t, figure):
            return unit
        if self._rate_points(t, figure):
            return replace(match_unit(["percentage", "points"]), length=1)
        return None

    @staticmethod
    def _near_index_level(t: DocTable, figure: Figure) -> bool:
        """Whether bare points change a bare decimal level near 100 of their clause (``rose by 0.04 points to 100.41``,
        ``stood at 100.26 in November, up 0.03 points``): an index's points, not a rate's (C43-3)."""
        a, b = t.sentence(figure.start)
        def bare(k: int) -> bool:  # (no unit or scale written after it, no currency before it)
            after = match_unit(t.text[k + 1 : k + 4], 0, t.country) if k + 1 < t.n else None
            return (after is None or after.kind == "index_point") and t.lower[k + 1 : k + 2] != ["per"] and \
                (k + 1 >= t.n or t.lower[k + 1] not in SCALES) and (k == 0 or t.text[k - 1][-1:].isalnum() or
                                                                     t.text[k - 1] in (",", "(", ";", ":"))
        if any(re.fullmatch(r"[0-9]{3,4}", t.text[k]) and 100 < int(t.text[k]) < 10000 and k + 1 < b and
               t.lower[k + 1] in ("points", "point", "pts") and k != figure.core and abs(figure.start - k) <= 14
               for k in range(a, b)):
            return True  # ``scored 575 points in mathematics, 15 points more than in 2018``: a level in points above
            # 100 is no rate, its changes are points of the same scale (C44-28)
        to = figure.end
        while to < b and t.lower[to] in ("points", "point", "pts", "score"):
            to += 1
        reached = to + 1
        if reached + 1 < b and t.lower[to] == "to" and re.fullmatch(r"[0-9]{3,4}", t.text[reached]) and \
                100 < int(t.text[reached]) < 10000 and bare(reached) and t.text[figure.core][:1].isdigit():
            return True  # ``fell 27 points to 488``: the level the points reach is a score above 100, no rate (C45-27)
        return any(re.fullmatch(r"[0-9]{2,4}\.[0-9]+", t.text[k]) and 50 <= float(t.text[k]) < 1000 and
                   (0 < k - figure.end <= 3 or 0 < figure.start - k <= 8) and bare(k) for k in range(a, b))

    def _rate_points(self, t: DocTable, figure: Figure) -> bool:
        """Whether bare points are percentage points: near a change word, comparing two rates, signed, or in a
        sentence about rates (``unemployment rate: 4.1% (-0.1 pts)``, ``contributed +0.1 point to GDP growth ...,
        after 0.0 point``)."""
        a, b = t.sentence(figure.start)
        return self._near_change_word(t, figure) or self._points_compared(t, figure) or bool(figure.sign) or \
            any(w in RATE_CONTEXT_WORDS for w in t.lower[a:b])

    @staticmethod
    def _points_compared(t: DocTable, figure: Figure) -> bool:
        """``4 points ahead of the five-year average``, ``2 points below the target`` (after a rate):
        points that compare two rates."""
        return t.lower[figure.end + 1 : figure.end + 2] != [] and \
            t.lower[figure.end + 1] in ("ahead", "behind", "above", "below")

    def _read_per(self, t: DocTable, figure: Figure) -> None:
        """``US$58.24 per barrel``, ``5 km/h``, ``100 yuan per person``: the compound unit ``A per B``."""
        if figure.unit_kind in ("currency", "measure"):
            k = figure.end
            if figure.unit_kind == "currency" and k + 1 < t.n and t.lower[k] in ("a", "an"):
                # ``$3.61 a gallon``, ``€1.74 a litre``: a price per a measure; a time is no part of the
                # unit (``£400 a year``, GUIDELINES D-14)
                per_unit = match_unit(t.text[k + 1 : k + 5], 0, t.country, after_per=True)
                if per_unit is not None and per_unit.kind == "measure" and per_unit.dimension != "time":
                    figure.unit = f"{figure.unit} per {per_unit.name}"
                    if figure.unit_info is not None:
                        figure.unit_info = per(figure.unit_info, per_unit)
                    figure.end = k + 1 + per_unit.length
                return
            if k + 1 < t.n and t.lower[k] in CUES["per_words"]:
                per_unit = match_unit(t.text[k + 1 : k + 5], 0, t.country, after_per=True)
                scale_word = None
                if per_unit is None and k + 2 < t.n and t.lower[k + 1] in _PER_SCALES:
                    # ``$2.19 per million British thermal units``: the scale stays in the unit's name
                    per_unit = match_unit(t.text[k + 2 : k + 6], 0, t.country, after_per=True)
                    if per_unit is not None:
                        scale_word = t.lower[k + 1]
                        per_unit = replace(per_unit, length=per_unit.length + 1)
                elif per_unit is None and k + 2 < t.n and _PER_QUANTITY.fullmatch(t.text[k + 1]) and \
                        t.text[k + 1] not in ("0", "1"):
                    # ``€28.9 per 100 kWh``, ``543 kg per 10 ares``, ``¥23,715 per 60 kg``: a price or a measure per a
                    # stated quantity of a measure; the number stays in the unit's name (C37-24, C40-26)
                    per_unit = match_unit(t.text[k + 2 : k + 6], 0, t.country, after_per=True)
                    if per_unit is not None and per_unit.kind == "measure":
                        scale_word = t.text[k + 1].replace("1000", "1,000")
                        per_unit = replace(per_unit, length=per_unit.length + 1)
                    else:
                        per_unit = None
                elif per_unit is not None and per_unit.scale != 1.0:
                    scale_word = _PER_SCALE_NAMES.get(per_unit.scale)  # ``$2.05/MMBtu``
                if per_unit is not None and scale_word is not None:
                    per_unit = replace(per_unit, name=f"{scale_word} {per_unit.name}", scale=1.0)
                if per_unit is None and k + 2 < t.n and t.lower[k + 1].endswith("ed") and t.lex[k + 1][_ALPHA]:
                    # ``per harvested acre``, ``per occupied room``: the unit after the participle
                    per_unit = match_unit(t.text[k + 2 : k + 6], 0, t.country, after_per=True)
                    if per_unit is not None:
                        per_unit = replace(per_unit, length=per_unit.length + 1)
                if per_unit is not None and per_unit.kind == "currency" and figure.unit_kind == "measure" and \
                        t.text[k] == "/" and t.text[k + 1] in _SLASH_PER_WHO:
                    per_unit = None  # ``141.8 l/p/d``: a measure per person, not per penny
                if per_unit is not None and per_unit.kind == "currency" and figure.unit_kind == "currency" and \
                        t.lower[k + 1] in ("pound", "pounds"):
                    # ``INR 150 per pound``, ``205 US cents per pound``: a price per a weight, not per a currency (C40-32)
                    per_unit = replace(match_unit(["lb"]), length=1)
                if per_unit is not None and per_unit.kind in ("measure", "currency", "count"):
                    figure.unit = f"{figure.unit} per {per_unit.name}"
                    if figure.unit_info is not None:
                        figure.unit_info = per(figure.unit_info, per_unit)
                    figure.end = k + 1 + per_unit.length
                    self._read_per_time(t, figure)
                elif t.lex[k + 1][_ALPHA] and t.lower[k + 1] not in CUES["not_per_units"]:
                    after_slash = _SLASH_TIME_SYMBOLS.get(t.text[k + 1]) or _SLASH_PER_WHO.get(t.text[k + 1]) \
                        if t.text[k] == "/" else None
                    m = k + 1
                    while m + 2 < t.n and t.text[m + 1] == "-" and not t.doc[m].whitespace_ and \
                            not t.doc[m + 1].whitespace_ and t.lex[m + 2][_ALPHA]:
                        m += 2  # ``USD 14 200 per full-time student``: a hyphenated modifier, then its noun
                    if m > k + 1 and m + 1 < t.n and t.lex[m + 1][_ALPHA] and t.doc[m].whitespace_ and \
                            t.lower[m + 1] not in FUNCTION_WORDS:
                        modifier = t.doc[k + 1 : m + 1].text.lower()
                        figure.unit = f"{figure.unit} per {modifier} {t.doc[m + 1].lemma_.lower() or t.lower[m + 1]}"
                        figure.end = m + 2
                        self._read_per_time(t, figure)
                        return
                    figure.unit = f"{figure.unit} per {after_slash or t.doc[k + 1].lemma_.lower() or t.lower[k + 1]}"
                    figure.end = k + 2
                    self._read_per_time(t, figure)

    def _read_per_time(self, t: DocTable, figure: Figure) -> None:
        """``152.1 litres per person per day``: a second denominator after a compound, when it is a time."""
        k = figure.end
        if k + 1 < t.n and t.lower[k] in CUES["per_words"] and " per " in figure.unit:
            per_time = match_unit(t.text[k + 1 : k + 3], 0, t.country, after_per=True)
            if per_time is not None and per_time.kind == "measure" and per_time.dimension == "time" and \
                    not figure.unit.endswith(f" per {per_time.name}"):
                figure.unit = f"{figure.unit} per {per_time.name}"
                if figure.unit_info is not None:
                    figure.unit_info = per(figure.unit_info, per_time)
                figure.end = k + 1 + per_time.length

    def _near_change_word(self, t: DocTable, figure: Figure) -> bool:
        return any(w in _CHANGE_UP_DOWN for w in t.lower[max(0, figure.start - 4) : figure.end + 3])

    def _with_bound(self, t: DocTable, figure: Figure) -> Figure:
        if figure.bound != "=":
            return figure
        before = t.lower[max(0, figure.start - 3) : figure.start]
        if before[-2:-1] and before[-1] == "-" and before[-2] in CUES["bound_prefixes"]:
            figure.bound = CUES["bound_prefixes"][before[-2]]  # ``sub-2%``
            return figure
        tails = _bound_tails() if before and before[-1] in _bound_last_words() else ()
        for length, phrases in tails:  # the phrases of lexicon()["bound_phrases"] in their order
            if len(before) < length:
                continue
            phrase = tuple(before[-length:])
            bound = phrases.get(phrase)
            if bound is None:
                continue
            if phrase == ("or", "more") or phrase == ("or", "so"):
                continue
            if phrase == ("up", "to") and self._up_to_is_direction(t, figure.start - 2):
                continue  # ``revised up to 0.9%``, ``pushed the rate up to 6.4%``, ``Euro area inflation up to 2.6%``
            if phrase in (("over",), ("under",), ("above",), ("below",)) and figure.unit_kind in (
                "percent", "percentage_point") and self._change_verb_before(t, figure.start - 1):
                continue
            if phrase in (("under",), ("above",), ("below",)) and figure.start >= 4 and \
                    t.text[figure.start - 2] == "," and any(c.isdigit() for w in t.text[figure.start - 5 : figure.start - 2]
                                                             for c in w) and figure.end in _timed(t.doc):
                continue  # ``0.65, below 0.70 a year earlier``: the same measure's value at another time, compared
            figure.bound = bound
            opening = figure.start - length - 1  # the word before the bound's phrase
            if bound in (">", "<") and opening >= 1 and t.lower[opening] in ("employing", "having", "with") and \
                    t.lex[opening - 1][_ALPHA] and singular(t.lower[opening - 1]) != t.lower[opening - 1]:
                # ``enterprises employing more than 9 persons``, ``firms with fewer than 10 employees``: a size that
                # defines the group counted, no figure of its own that a change modifies (C36-5)
                figure.notes.add("threshold")
            break
        after = t.lower[figure.end : figure.end + 2]
        # a bound written after the figure (``27 weeks or more``, ``firms with 250 employees or more``: the counted noun,
        # then the bound) makes no bound (GUIDELINES D-4: all 97 such figures of the corpus and the probes say ``=``);
        # the figure is a threshold, which no change modifies (C13-6)
        if figure.bound == "=" and after in (["or", "more"], ["or", "greater"], ["or", "larger"], ["or", "higher"],
                                             ["or", "above"], ["or", "over"]):
            figure.notes.add("threshold")  # (``centres with a population of 10,000 or greater``: C36-23)
        k = figure.end
        if figure.bound == "=" and k + 2 < t.n and t.lex[k][_ALPHA] and t.lex[k][_ISLOWER] and \
                singular(t.lower[k]) != t.lower[k] and t.lower[k + 1 : k + 3] == ["or", "more"]:
            figure.notes.add("threshold")
        return figure

    @staticmethod
    def _up_to_is_direction(t: DocTable, up: int) -> bool:
        """Whether ``up to`` (``up`` at token ``up``) says where a figure moved, not a bound: after a verb
        of movement or revision (``revised up to``, ``picked up to``, ``pushed the rate up to``), or after
        the noun of a headline (``Euro area annual inflation up to 2.6%``: a short line, no bound word
        before). A bound follows a preposition, a conjunction or a verb of capacity (``fines of up to``,
        ``for up to 30 days``, ``can reach up to``)."""
        k = up - 1
        if k < 0 or not t.lex[k][_ALPHA]:
            return False
        word = t.lower[k]
        if word in UP_TO_MOVERS or (word.endswith("ed") and word not in UP_TO_BOUND_VERBS):
            return True
        j = k  # the first token of the line, at most 14 back
        while j > 0 and "\n" not in t.text[j - 1] and k - j < 14:
            j -= 1
        headline = k - j < 12 and not any(t.lower[i] in UP_TO_BOUND_VERBS for i in range(j, k + 1))
        return headline and word not in FUNCTION_WORDS and word not in UP_TO_BOUND_VERBS and \
            t.text[k][:1].islower() and not any(x in (".", ",", ";") for x in t.text[j:k])

    def _change_verb_before(self, t: DocTable, i: int) -> bool:
        """Whether a change word stands right before token ``i`` (``rose 5%``, ``rose by 5%``)."""
        k = i - 1
        if k > 0 and t.lower[k] == "by":
            k -= 1
        return k >= 0 and t.lower[k] in _CHANGE_UP_DOWN

    # -- exclusions ------------------------------------------------------------------------------
    def excluded(self, doc: Doc, figure: Figure) -> bool:
        """Whether FORMAT §3 says this figure is not a QUANTITY."""
        return self._excluded(doc_table(doc), figure)

    @staticmethod
    def _footnote_defined(t: DocTable, mark: str) -> bool:
        """Whether a line of the text opens on the footnote mark ``(mark)``, ``mark)`` or ``[mark]`` (a note's own line);
        the marks of the text's note lines are found once per document."""
        marks = t.footnote_marks
        if marks is None:
            full = text_of(t.doc)
            marks = t.footnote_marks = set()
            for m in FOOTNOTE_LINE.finditer(full):
                marks.add(m.group(1) or m.group(2) or m.group(3))
                end = full.find("\n", m.end())
                # ``(1) Seasonally adjusted series. (2) Last four quarters against ...``: the notes run on in one line
                # (C50-8)
                marks.update(_RUN_ON_NOTE.findall(full, m.end(), end if end >= 0 else len(full)))
        return mark in marks

    @staticmethod
    def _marked_year(t: DocTable, core: int) -> bool:
        """Whether the year at token ``core`` carries a projection or estimate mark written onto it (``2025p``,
        ``2026f``, ``2024e``) on a line that names another year: a table's header of periods."""
        full = text_of(t.doc)
        a = t.doc[core].idx
        if not re.match(r"(?:19|20)[0-9]{2}[pfe]\b", full[a : a + 6]):
            return False
        start, end = text_tables.line_bounds(full, a)
        return len(re.findall(r"(?<![0-9.,])(?:19|20)[0-9]{2}(?![0-9.,])", full[start:end])) >= 2

    def _excluded(self, t: DocTable, figure: Figure) -> bool:
        text_of_, lower, ws, lex, n = t.text, t.lower, t.ws, t.lex, t.n
        start, end, core = figure.start, figure.end, figure.core
        text = text_of_[core]
        p = start - 1 if start > 0 else None  # the token before
        x = end if end < n else None  # the token after
        has_unit = figure.unit is not None or end > core + 1
        plain_integer = _PLAIN_INTEGER.fullmatch(text) is not None
        if plain_integer and YEAR_RE.match(text) and not has_unit and not figure.sign:
            return True
        if plain_integer and re.fullmatch(r"1[6-9][0-9]{2}", text) and not has_unit and not figure.sign and (
                p is not None and lower[p] in _YEAR_OPENERS or
                x is not None and x + 1 < n and text_of_[x] in ("-", "\u2013", "\u2014") and
                re.fullmatch(r"1[6-9][0-9]{2}|20[0-9]{2}", text_of_[x + 1])):
            return True  # ``the warmest since 1850``, ``the pre-industrial (1850–1900) average``: an earlier year (C45-29)
        if figure.unit_kind == "currency" and figure.value_max is None and not figure.sign and end - start <= 2 and \
                _denomination_follows(text_of_, lower, lex, end, n):
            figure.notes.add("denomination")
            return True  # ``the EUR 50 and EUR 20 notes``, ``$100 bills``, ``the £2 coin``: a denomination names a note
            # or a coin, no amount (C46-26)
        if not has_unit and not figure.sign and re.fullmatch(r"(?:19|20)[0-9]{2}\.[0-9]{3,}", text):
            return True  # ``(notification 2023.4271)``: a reference numbered by its year, no figure (C46-27)
        if (plain_integer or "range" in figure.notes) and not figure.sign and _HYPHENED_GROUPS.match(
                text_of(t.doc), t.doc[core].idx) and (p is None or text_of_[p] not in ("-", "–") or ws[p]):
            return True  # ``ISBN 978-92-4-007692-1``, ``No. 2024-08-28-2``: three digit groups or more joined by
            # hyphens are an identifier, never a range (C48-10)
        if plain_integer and not has_unit and figure.value in (5, 7, 10, 20, 100, 1000) and start >= 3 and \
                lower[start - 1] == "of" and lower[start - 2] == "out" and \
                any(w.startswith(("scor", "rating", "rated", "grade", "mark")) for w in lower[max(0, start - 12) : start - 2]):
            return True  # ``a score of 67.5 out of 100``, ``rated 4.2 out of 5``: the top of the scale, no figure (C48-17)
        if not has_unit and not figure.sign and re.fullmatch(r"[0-9]{1,2}\.[0-9]{1,2}[a-z]?", text) and \
                _numbered_target(lower, text_of_, start):
            return True  # ``SDG targets 6.1 and 6.2``, ``indicator 3.8``: the numbers of targets, no figures (C48-10)
        if text in ("zero", "Zero") and not has_unit and (
                p is not None and lower[p] == "net" or
                p is not None and p >= 1 and text_of_[p] == "-" and lower[p - 1] == "net" or  # (``Net-zero shift``)
                x is not None and x + 1 < n and lex[x][_ALPHA] and lex[x][_ISLOWER] and not lower[x].endswith("s") and
                lower[x] not in FUNCTION_WORDS and lex[x + 1][_ALPHA] and lex[x + 1][_ISLOWER] and
                lower[x + 1] not in FUNCTION_WORDS and not ed_form(lower[x + 1])):
            return True  # ``the zero pollution action plan``, ``zero emission vehicles``, ``net zero``: a goal's name
            # (C46-12; ``zero growth in 2023`` and ``zero deaths`` stay figures)
        if plain_integer and not has_unit and p is not None and text_of_[p] == "]" and start >= 3 and \
                YEAR_RE.match(text_of_[start - 2]) and text_of_[start - 3] == "[":
            return True  # ``Reference No. Shang Zi Tong [2024] 118``: a document's number after its year (C42-30)
        if plain_integer and not has_unit and re.fullmatch(r"21[0-9]{2}", text) and p is not None and \
                lower[p] in ("until", "by", "in", "before", "after", "since", "through", "till", "beyond") and \
                (x is None or not lex[x][_ALPHA] or lower[x] in ("and", "or")):
            return True  # ``would on average live until 2104``: a year beyond the usual range (C43-23)
        if p is not None and text_of_[p] == "=" and start >= 3 and text_of_[start - 3] in ("1", "1.0", "one") and \
                not figure.sign:
            return True  # ``Note: 1 GW = 1,000 MW``: the other side of a conversion (C44-19)
        if re.fullmatch(r"[1-9][0-9]?", text) and not has_unit and not figure.sign and (p is None or "\n" in text_of_[p]) \
                and x is not None and x + 1 < n and ws[start] and text_of_[x].istitle() and lex[x][_ALPHA] and \
                lower[x] not in MONTHS and lex[x + 1][_ALPHA] and text_of_[x + 1].islower() and \
                (p is None or p == 0 or "\n\n" in text_of_[p] or "\n" in text_of_[p - 1] or text_of_[p].count("\n") > 1):
            return True  # ``1 Trade values at constant 2023 exchange rates; ...``: a footnote's number opening its line
            # after a blank line (C45-12)
        if p is not None and text_of_[p] == "^" or x is not None and text_of_[x] == "^":
            return True  # ``1 EJ = 10^18 joules``: a power of ten written with a caret states a definition (C45-10)
        if figure.unit_kind == "currency" and start + 2 == end and core == start + 1 and not ws[start] and \
                re.fullmatch(r"[A-Z]{3}", text_of_[start]) and re.fullmatch(r"[0-9]{1,2}", text_of_[core]):
            return True  # ``COP28``, ``EUR6``: a code glued to a small whole number names a conference or a norm (C44-19)
        if text in ("1", "1.0", "one") and x is not None and text_of_[x] == "=" and not figure.sign:
            return True  # ``(EUR 1 = GBP 0.858)``, ``1 Mtoe = 41.868 PJ``: the unit a conversion is stated for (C43-20)
        if start >= 2 and lower[start - 1] == "top" and lower[start - 2] == "the" and not has_unit and \
                (x is None or not lex[x][_ALPHA] or lower[x] in FUNCTION_WORDS or lower[x] in ("last", "again", "once")):
            return True  # ``six of them in the top ten``, ``among the top 20,``, ``re-entering the top 10 after``: a
            # rank range, no figure (C43-20, C46-3)
        if figure.value == 100 and start >= 2 and lower[start - 1] == "to" and (
                lower[start - 2] in ("sum", "sums", "total", "totals") or
                lower[start - 2] == "up" and start >= 3 and lower[start - 3] in ("add", "adds")):
            a, b = t.sentence(start)
            if "rounding" in lower[a:b] or any(w in ("not", "n't") for w in lower[a:start]):
                return True  # ``Shares may not sum to 100 because of rounding``: a note on rounding, no figure (C43-18)
        if YEAR_RE.match(text) and figure.unit_kind == "currency" and not figure.sign and end == core + 1 and \
                start == core - 1 and re.fullmatch(r"[A-Z]{3}", text_of_[start]) and (x is None or not lex[x][_ALPHA] or
                                                                                       lower[x] not in SCALES):
            return True  # ``revised up from $88.9 billion published in IDR 2023``: a report's name and year (C43-16)
        if YEAR_RE.match(text) and figure.unit in ("month", "year", "quarter", "week") and end == core + 2 and \
                p is not None and lower[p] in words("months"):
            return True  # ``November 2024 month``: a heading naming the month, no length of time (C42-42)
        if lower[core] == "one" and not has_unit and p is not None and lower[p] in _PRONOUN_ONE_VERBS and \
                start >= 2 and lower[start - 2] in ("not", "n't", "never", "to") and (
                x is None or text_of_[x] in (".", ",", ";", ":", ")") or lower[x] in ("and", "but", "or", "yet", "while")):
            return True  # ``everyone who would like a job but does not have one``: a pronoun, no figure (C42-5)
        if plain_integer and end == core + 3 and not ws[core] and not ws[core + 1] and \
                text_of_[core + 1] in ("-", "–", "/") and _ZERO_PADDED.fullmatch(text_of_[core + 2]):
            return True  # ``Press release 23-041`` read as a range: an identifier (C44-5)
        if plain_integer and end == core + 1 and (
                core + 2 < n and text_of_[core + 1] in ("-", "–", "/") and not ws[core] and not ws[core + 1] and
                _ZERO_PADDED.fullmatch(text_of_[core + 2]) or
                start >= 2 and text_of_[start - 1] in ("-", "–", "/") and not ws[start - 2] and not ws[start - 1] and
                _ZERO_PADDED.fullmatch(text)):
            return True  # ``News release 24-017``, ``Case 2024/0123``: a number, no range (``05-09`` ages are read, C44-5)
        if plain_integer and core + 1 < n and text_of_[core + 1][:1].isupper() and \
                _possessive_street(text_of_, lower, core + 1, n):
            return True  # ``222 Gray's Inn Road``, ``41 St John's Wood Road``: an address (C44-11)
        if plain_integer and not has_unit and start >= 1 and (
                lower[start - 1] in _LEGAL_REFERENCES or
                lower[start - 1] == "." and start >= 2 and lower[start - 2] + "." in _LEGAL_REFERENCES):
            return True  # ``Art. 30 para. 1 National Bank Act``, ``under section 4``: a provision's number (C45-22)
        if plain_integer and not has_unit and start >= 2 and lower[start - 1] in _REFERENCE_NOUNS and \
                lower[start - 2] in ("in", "see", "from", "of", "and") and text_of_[start - 1].islower():
            return True  # ``Quintile detail is in table 1101``: a reference in running text (C44-11)
        if lower[core] in ("two", "three", "four", "five") and start >= 2 and \
                lower[start - 1] == "the" and lower[start - 2] in ("between", "among", "both") and (
                end == core + 2 and lower[core + 1] in ("months", "years", "quarters", "weeks", "periods") or
                end == core + 1) and (
                end > core + 1 or x is None or text_of_[x] in (".", ",", ";", ":", ")") or lower[x] in ("and", "or") or lex[x][_ALPHA] and
                lower[x] in _PRONOUN_ONE_VERBS | {"fell", "rose", "was", "were", "is", "are", "narrowed", "widened"}):
            return True  # ``the ratio between the two fell to about 3.1``, ``between the two months``: the figures or
            # times named before, no figure of their own (C44-15)
        if lower[core].isalpha() and word_number(lower[core]) is not None and (
                end + 3 < n and lower[end] == "-" and lower[end + 1] in ("to", "on", "by") and lower[end + 2] == "-" and
                word_number(lower[end + 3]) is not None or start >= 4 and lower[start - 1] == "-" and
                lower[start - 2] in ("to", "on", "by") and lower[start - 3] == "-" and word_number(lower[start - 4]) is not None):
            return True  # ``a one-to-one correlation``, ``one-on-one meetings``: a manner, no figure (C42-8)
        if re.fullmatch(r"(?:19|20)[0-9]{2}[pfe]", text) and not figure.sign and self._marked_year(t, core):
            return True  # ``Region   2023   2024   2025p   2026p``: a projected year in a header, not pence (C42-2)
        if figure.unit_kind == "percent" and end < n and lower[end] == "level" and start >= 2 and \
                lower[start - 1] == "the" and lower[start - 2] == "at" and figure.value in (90, 95, 99) and \
                any(w.startswith("significan") for w in lower[max(0, start - 12) : start]):
            return True  # ``significant at the 95% level``: a statistical parameter, no figure (C43-38)
        if figure.unit_kind == "percent" and end + 1 < n and lower[end] in ("confidence", "credible", "prediction") and \
                lower[end + 1] in ("level", "levels", "interval", "intervals", "limit", "limits", "bound", "bounds"):
            return True  # ``at the 95% confidence level``: a statistical parameter, no figure (C41-13)
        if start == core and p is not None and text_of_[p] in ("-", "/", "–") and not ws[p]:
            if start >= 2 and (YEAR_RE.match(text_of_[start - 2]) or lower[start - 2] in words("months")):
                return True
        if x is not None and text_of_[x] in ("-", "/") and not ws[x] and end + 1 < n:
            if plain_integer and (_TWO_DIGITS.fullmatch(text_of_[end + 1]) and YEAR_RE.match(text)):
                return True
        if core in t.doc.user_data.get(UNLESS_UNIT_KEY, ()) and figure.unit is None and (
                plain_integer or _CATALOGUE_NUMBER.fullmatch(text_of_[core])) and (
                end == core + 1 or "range" in figure.notes):
            return True  # dates, clock times, identifiers: exclusion patterns that yield to a unit
        if self._phone_like(t, figure) or (figure.unit is None and self._phone_run(t, figure)):
            return True
        if plain_integer and not has_unit and p is not None and text_of_[p] == "(" and x is not None and \
                text_of_[x] == ")" and len(text) <= 2 and self._footnote_defined(t, text):
            return True  # a footnote's mark (``is updated monthly (1).`` above ``(1) Items priced ...``, C20-7)
        if figure.unit_kind == "measure" and p is not None and lower[p] == "of" and start >= 2 and \
                lower[start - 2] in _CONTAINER_NOUNS:
            return True  # ``6.52 million bags of 60 kg``, ``(thousand bags of 60 kg)``: the size of the counted unit (C40-33)
        if plain_integer and not has_unit and p is not None and text_of_[p] == "[" and x is not None and \
                text_of_[x] == "]" and len(text) <= 2:
            return True  # ``[1] Data for 2022 have been revised``, ``... in 2023 [2].``: a note's mark in square brackets
        if p is not None and not has_unit and (text_of_[p] in _REFERENCE_MARKS or text_of_[p] in _CODE_SYSTEMS or (
                lower[p] in ("and", "to", "or", "&") and start >= 3 and _PLAIN_INTEGER.fullmatch(text_of_[start - 2]) and
                text_of_[start - 3] in _CODE_SYSTEMS)):
            return True  # ``Decree No. 12,079``, ``(SITC 51 and 54)``: a reference or a classification code (C20-7)
        if p is not None and lower[p] in ("once", "twice", "thrice") and (not has_unit or figure.unit_kind == "fraction"):
            return True  # a frequency (``items priced once a quarter``, ``twice a year``), no share
        if p is not None and text_of_[p] in ("-", "–") and not ws[p] and start >= 2 and not ws[start - 2] and \
                any(c.isupper() for c in text_of_[start - 2]) and plain_integer and not has_unit:
            return True  # a reference (``Release Number: CB24-131``, ``USDL-24-1571``)
        if p is not None and text_of_[p] == "(" and start >= 2 and lex[start - 2][_ALPHA] and x is not None and \
                text_of_[x] == ")" and self._in_table_header(t, figure):
            return True  # a column's unit in a text table's header (``Region | GDP (100 million yuan) | Growth``)
        if p is not None and text_of_[p] == "(" and lower[core] in ("billions", "millions", "thousands") and \
                x is not None and lower[x] == "of":
            return True  # a heading's unit (``(billions of dollars, seasonally adjusted)``), not a figure
        if p is not None and text_of_[p] in ("(", "（") and x is not None and text_of_[x] in (")", "）") and \
                not figure.sign and figure.bound == "=" and figure.value_max is None and has_unit and \
                _power_of_ten(figure.value) and self._table_gloss(t, figure, p):
            # ``Port container throughput (10,000 TEU)   27,420.0``, a header line ``(1,000 acres)   (bushels)``: the
            # scale and unit a table's row or column is counted in, not a figure (C35-47)
            return True
        if p is not None and text_of_[p] in ("(", "（") and (lower[core] in ("ten", "hundred") or
                                                          NUMERIC_SCALE.fullmatch(text)) and not figure.sign:
            opened = t.doc[p].idx + 1
            segment = re.split(r"[,;)]", text_of(t.doc)[opened : opened + 80], maxsplit=1)[0]
            declared = measure_declared(f"({segment})", t.country)
            if declared is not None and declared[0] != 1.0:
                return True  # a heading's scale (``(ten thousand persons, unless otherwise stated)``), not a figure
        if p is not None and text_of_[p] == ":" and start >= 3 and lower[start - 2] in ("unit", "units") and \
                text_of_[start - 3] in ("(", "（"):
            return True  # a heading's unit (``(unit: 10,000 tons)``), not a figure
        if p is not None and text_of_[p] == "=" and x is not None and text_of_[x] in (")", ";", ",") and plain_integer and \
                text in ("10", "100", "1000"):
            return True  # an index's base (``(January 2005 = 100)``)
        if p is not None and text_of_[p] in ("-", "–", "/") and not ws[p] and start >= 2 and \
                not ws[start - 2] and _PLAIN_INTEGER.fullmatch(text_of_[start - 2]):
            return True  # the tail of ``202-691-6378`` or ``2021/07/30``
        if plain_integer and len(text) >= 5 and p is not None and lower[p] == "the" and not has_unit:
            return True
        if plain_integer and not has_unit and p is not None and lower[p] in ("call", "dial", "calling", "dialling", "ring"):
            return True  # a number to call (``call 110 or 96110``, ``dial 999``)
        if plain_integer and not has_unit and p is not None and _service_or_address(t, start):
            return True  # ``the Disque Saúde line, 136``, ``in an emergency, 999``, ``Boulevard 40, 169 73 Solna``
        if plain_integer and not has_unit and p is not None and lower[p] in ("or", "and", ",") and start >= 2 and \
                _PLAIN_INTEGER.fullmatch(text_of_[start - 2]) and start >= 3 and \
                lower[start - 3] in ("call", "dial", "calling", "on", "hotline", "helpline", "extension"):
            return True  # the second number to call (``call 110 or 96110``)
        if p is not None and plain_integer and not has_unit and 2 <= len(text_of_[p]) <= 5 and \
                text_of_[p].isalpha() and text_of_[p].isupper() and not t.doc[p].is_sent_start and \
                not (x is not None and lex[x][_ALPHA] and lex[x][_ISLOWER] and lower[x].endswith("s")):
            return True  # a name with a number (``NHS 111``, ``PADD 3``, ``the EU 27``)
        if p is not None and lower[p] in _NUMBERED_PARTS and not has_unit and not figure.sign and \
                _REFERENCE_NUMBER.fullmatch(text):
            return True  # ``Table 3.1``, ``Figure 2.4``, ``Annex 1``: a part of the release, not a figure
        if p is not None and lex[p][_TITLE] and plain_integer and not has_unit and not t.doc[p].is_sent_start:
            # (``- The 31 member states spent``: a capitalised determiner opening a list item names nothing, C45-37)
            if lower[p] not in words("months") and lower[p] not in BRACKET_BOUNDS and lower[p] not in DETERMINERS:
                # (``- Around 800 women die every day``: a bound word opening a list item, C49-4)
                if not (x is not None and lex[x][_ALPHA] and lex[x][_ISLOWER] and lower[x].endswith("s")):
                    return True
        if self._inside_short_quote(t, figure):
            return True
        if x is not None and text_of_[x] in ("-", "–") and not ws[x] and not ws[end - 1]:
            if end + 1 < n and lex[end + 1][_ALPHA] and lower[end + 1] not in ("fold",):
                return True
        if lower[core] == "one" and end == core + 1:
            subtotal = p is not None and lower[p] in ("which", "whom") and start >= 2 and lower[start - 2] == "of" and \
                x is not None and lower[x] in ("was", "is", "had", "has", "involved", "resulted")
            # (``66 accidents, of which one was fatal``: a part of the figure before, C40-30)
            if not subtotal and ((x is not None and lower[x] in words("pronoun_one_next")) or (
                p is not None and lower[p] in words("pronoun_one_prev")
            )):
                return True
        if plain_integer and int(text) <= 30 and not has_unit and not figure.sign and x is not None and \
                text_of_[x] in (".", ")"):  # (``(-15)`` in a table's cell is a signed figure, no note's number)
            line_start = start == 0 or "\n" in ws[start - 1] or lex[start - 1][_SPACE]
            # (``... and above. 2. Growth rates are ...``: a note's number after the sentence before it)
            after_sentence = p is not None and text_of_[p] == "." and text_of_[x] == "." and end + 1 < n and \
                lex[end + 1][_TITLE]
            if line_start or after_sentence or (p is not None and text_of_[p] == "(" and start >= 1 and (
                start == 1 or "\n" in ws[start - 2] or lex[start - 2][_SPACE]
                or text_of_[start - 2] in (";", ":", "."))):
                return True
        if plain_integer and not has_unit and not figure.sign and p is not None and text_of_[p] == "(" and \
                x is not None and text_of_[x] == ")":
            # (``81% (+2) support the single currency``: a signed figure is a change, never a reference mark, C46-13)
            if int(text) <= 20 and end + 1 < n and lex[end + 1][_ALPHA] and not (
                    start >= 2 and lex[start - 2][_ALPHA] and (
                        lower[end + 1] in ("and", "or") or start >= 3 and lower[start - 3] in ("and", "or"))):
                # a reference mark (``(3) the``), never a figure with its unit (``Mexico (14%) rose``) nor a list item's
                # figure (``Cork (19), Mayo (19) and Donegal (17) recorded``)
                return True
        if lower[core] in ("one",) and x is not None and lower[x] in ("-",):
            return True
        return False

    @staticmethod
    def _table_gloss(t: DocTable, figure: Figure, opening: int) -> bool:
        """Whether the bracket opening at token ``opening`` around ``figure`` is a gloss of a text table: at the end of
        a row's label cell (words before it, figures after it on the line) or on a header line of glosses (no figure
        outside brackets on the line)."""
        text = text_of(t.doc)
        a = t.doc[opening].idx
        line_start, line_end = text_tables.line_bounds(text, a)
        line = text[line_start:line_end]
        outside = re.sub(r"\([^()]*\)", " ", line)
        if text_tables.separator(line) is None:
            # a line of glosses alone (``(1,000 acres)     (1,000 bushels)``) over a table's rows
            following_end = text.find("\n", line_end + 1)
            following = text[line_end + 1 : len(text) if following_end < 0 else following_end]
            return line.count("(") >= 2 and not outside.strip() and text_tables.separator(following) is not None
        if not re.search(r"[0-9]", outside):
            return True  # a line of glosses under the header's names
        before = text[line_start:a].rstrip()
        return bool(before) and before[-1].isalpha() and bool(re.search(r"[0-9]", text[a:line_end].split(")", 1)[-1]))

    @staticmethod
    def _in_table_header(t: DocTable, figure: Figure) -> bool:
        """Whether ``figure`` stands in the first line of a block of ``|`` table lines (its header)."""
        text = text_of(t.doc)
        a = t.doc[figure.start].idx
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", a)
        line_end = len(text) if line_end < 0 else line_end
        if text.count("|", line_start, line_end) < 2:
            return False
        previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        following_end = text.find("\n", line_end + 1)
        following = text[line_end + 1 : len(text) if following_end < 0 else following_end]
        return (line_start == 0 or text.count("|", previous, line_start) < 2) and following.count("|") >= 2

    @staticmethod
    def _phone_run(t: DocTable, figure: Figure) -> bool:
        """A telephone number written in groups of digits separated by spaces, brackets or hyphens
        (``020 7215 1000``, ``+44 1633 455400``, ``(202) 691-5870``, ``on 1300 135 070``, ``+31 (0)10 252
        1010``): two groups or more side by side, and a cue word before them (``tel.``, ``enquiries``,
        ``contact ... on``), a country code (``+44``), a trunk zero (``020``) or an area code in brackets
        first. Table cells keep their separators (``|``, ``:``, commas, decimals), so they never form a run."""
        text, ws, lower, n = t.text, t.ws, t.lower, t.n

        def part(k: int) -> bool:
            return _PHONE_PART.fullmatch(text[k]) is not None or text[k] in ("(", ")", "-", "–", "+")

        lo, hi = figure.start, figure.end
        if any(text[k][:1].isalpha() for k in range(lo, hi)):
            return False  # ``The number was 32 million 461 thousand``: a figure read with its scale words (C31-2)
        while lo > 0 and part(lo - 1) and "\n" not in ws[lo - 1]:
            lo -= 1
        while hi < n and part(hi) and "\n" not in ws[hi - 1]:
            hi += 1
        groups = [k for k in range(lo, hi) if any(c.isdigit() for c in text[k])]
        pieces = sum(len(text[k].split()) for k in groups)  # (a merged group holds several: ``+351 218 426 110``)
        if pieces >= 4 and (text[lo] == "+" or text[groups[0]].startswith("+")) and \
                len(text[groups[0]].split()[0].strip("+()")) <= 3 and not (lo > 0 and text[lo - 1] == "("):
            return True  # a country code and three groups or more
        if len(groups) < 2 or _PHONE_PART.fullmatch(text[figure.core]) is None or \
                (hi < n and text[hi] in ("%", "per")) or any(text[k] == "(" and text[k + 1][:1] in ("+", "-")
                                                             for k in range(groups[0], hi - 1)):
            return False  # (``1880 (+214)``: a figure and its change; ``(+353) 21 453 5202`` opens on the code)
        first = text[groups[0]]
        if any(lower[j] in _PHONE_CUES for j in range(max(0, lo - 6), lo)):
            return True
        if text[lo] == "+" or first.startswith("+"):
            return len(first.strip("+()")) <= 3  # a country code
        if first.startswith("0") and len(first) >= 3:
            return True
        return text[lo] == "(" and groups[0] == lo + 1 and lo + 2 < hi and text[lo + 2] == ")"

    @staticmethod
    def _phone_like(t: DocTable, figure: Figure) -> bool:
        """``202-691-6378``, ``(010) 6512 3456``: digit groups joined by hyphens without spaces; also a release code
        after an agency's capitals (``BEA 24-52``, ``USDL 24-2305``: a year's two digits, a hyphen, a number)."""
        text, ws, n = t.text, t.ws, t.n
        k = figure.core
        if k >= 1 and k + 2 < n and len(text[k]) == 2 and text[k].isdigit() and text[k + 1] == "-" and \
                not ws[k] and not ws[k + 1] and text[k + 2].isdigit() and len(text[k + 2]) >= 2 and \
                text[k - 1].isalpha() and text[k - 1].isupper() and len(text[k - 1]) >= 2:
            return True
        groups = 1
        while k + 2 < n and text[k + 1] in ("-", "–") and not ws[k] and \
                not ws[k + 1] and _PHONE_GROUP.fullmatch(text[k + 2]):
            groups += 1
            k += 2
        return groups >= 3 or (groups == 2 and len(text[figure.core]) >= 3 and len(text[k]) >= 4
                               and figure.unit is None and "," not in text[figure.core])

    def _inside_short_quote(self, t: DocTable, figure: Figure) -> bool:
        quotes = t.quotes()
        if not quotes:
            return False
        sent_start, sent_end = t.sentence(figure.start)
        first, left = bisect_left(quotes, sent_start), bisect_left(quotes, figure.start)
        if (left - first) % 2 == 0:
            return False
        opening = quotes[left - 1]
        k = bisect_left(quotes, figure.end)
        closing = quotes[k] if k < len(quotes) and quotes[k] < sent_end else None
        return closing is not None and closing - opening <= 8 and figure.metric is None and figure.unit_kind != "currency"

    # -- metric and direction --------------------------------------------------------------------
    def decide_metric(self, doc: Doc, figure: Figure, previous: list[Span]) -> None:
        """Set ``metric`` and ``direction`` from the unit and the words around the figure."""
        self._decide_metric(doc_table(doc), figure, previous)

    @staticmethod
    def _change_named_before(t: DocTable, figure: Figure, previous: list[Span], sent_start: int) -> str | None:
        """The direction of a change a level-looking figure states (C20-13): a gapped ``by`` clause after a change
        stated ``by`` (``rose by 273 thousand and that of persons aged 30 to 39 by 91 thousand``), or a figure after
        ``of`` that a plural change noun of its clause names (``the largest falls in vacancies in original terms, of
        23,400 and 21,700 respectively``); else None."""
        lower, text = t.lower, t.text
        k = figure.start - 1
        if k < sent_start + 1:
            return None
        if lower[k] == "by":
            for q in reversed(previous):
                if q.end > figure.start:
                    continue
                if q.start < sent_start:
                    break
                if span_value(q, "metric") != "CHANGE":
                    continue  # (an age in the gapped clause: ``that of persons aged 30 to 39 by``)
                if q.start >= 1 and lower[q.start - 1] == "by" and span_value(q, "unit_kind") == figure.unit_kind and \
                        span_value(q, "direction") and not any(
                            lower[j] in _VERBS_OF_CHANGE or lower[j] in ("was", "were", "is", "are", "be", "been") or
                            len(lower[j]) > 4 and lower[j].endswith("ed") for j in range(q.end, k)):
                    return span_value(q, "direction")
                break
            return None
        if lower[k] != "of":
            return None
        commas = 0
        for j in range(k - 1, max(sent_start, k - 12) - 1, -1):
            if text[j] == ",":
                commas += 1
                if commas > 1:
                    return None
                continue
            if text[j] in (";", ":", "(", ")") or text[j][:1].isdigit():
                return None
            if lower[j] in _PLURAL_CHANGE_NOUNS and j >= 1 and lower[j - 1] in ("largest", "biggest", "smallest",
                                                                                  "greatest", "sharpest", "steepest"):
                return "down" if lower[j] in words("change_down") else "up"
        return None

    @staticmethod
    def _bracketed_rate_of_changes(t: DocTable, figure: Figure, previous: list[Span], sent_start: int) -> bool:
        """Whether an unsigned percent in brackets states a rate of change like the sentence's own (C20-11): after an
        item in a sentence whose earlier percent is a change (``13 recorded inflation above the national rate of 5.48%;
        the highest rates were observed in Odisha (6.88%), Bihar (6.73%)``), or dated inside its brackets after a
        change (``sales of food rose by 3.2% (1.9% in September)``); not in a sentence that names a share."""
        lower, text = t.lower, t.text
        if figure.unit_kind != "percent" or figure.sign is not None or figure.start < 2 or text[figure.start - 1] != "(":
            return False
        dated = figure.end < t.n and lower[figure.end] in ("in", "for", "during") and t.lex[figure.end + 1][_ALPHA] \
            if figure.end + 1 < t.n else False
        item = t.lex[figure.start - 2][_ALPHA] and figure.end < t.n and text[figure.end] == ")"
        if not (dated or item):
            return False
        change = None
        for i in range(len(previous) - 1, -1, -1):
            q = previous[i]
            if q.end > figure.start:
                continue
            if t.sentences()[0][q.start] != sent_start:
                break
            if span_value(q, "unit_kind") == "percent" and not _bracketed_change_of(previous, i):
                # (``at 75.0% (+0.9; +1.2%), followed by Northern America (74.8%)``: the level's change passed over,
                # C46-4)
                change = q if span_value(q, "metric") == "CHANGE" else None
                break
        if change is None or dated and change.end != figure.start - 1:
            return False
        close = next((k for k in range(figure.end, min(t.n, figure.end + 25)) if text[k] in (".", ";", ":")), t.n)
        # (``... and China (7.1%) accounted for the largest shares``: a share named after the list too)
        return not set(lower[change.end : figure.start]) & _SHARE_CUES and \
            not set(lower[figure.end : close]) & (_SHARE_CUES - {"of", "total", "made"})

    def _decide_metric(self, t: DocTable, figure: Figure, previous: list[Span]) -> None:
        starts = t.sentences()[0]
        sent_start, last = starts[figure.start], []
        for q in reversed(previous):  # only the last two earlier quantities of the sentence count (text order)
            q_start, q_end = q.start, q.end
            if q_end <= figure.start and starts[q_start] == sent_start:
                last.insert(0, q)
                if len(last) == 2:
                    break
                continue
            if q_end <= figure.start and q_start < sent_start:
                break
        if figure.metric is None and figure.unit_kind == "percent" and figure.start >= 2 and \
                t.lower[figure.start - 1] == ":" and t.lower[figure.start - 2] in ("weight", "weights", "share"):
            figure.metric = "SHARE"  # ``Crude Oil production (weight: 8.98 per cent) declined``: its weight (C33-45)
        if figure.unit_kind is None and figure.metric is None and figure.value_max is None and last and \
                span_value(last[-1], "metric") == "CHANGE" and span_value(last[-1], "unit_kind") == "measure" and \
                [w for w in t.lower[last[-1].end : figure.start] if w not in BOUND_WORDS] == ["to"]:
            # ``raised 5 million bushels to 1,146 million``: the level the change reaches, in the change's unit (C37-11)
            figure.unit, figure.unit_kind = span_value(last[-1], "unit"), "measure"
        if figure.unit_kind is None and figure.metric in (None, "CHANGE") and figure.value_max is None and \
                t.lower[figure.start - 1] in ("up", "down", "by"):
            ratio = _ratio_unit(t, figure.start, sent_start, last)
            if ratio is not None and " per " in ratio:
                # ``The pupil to teacher ratio was 20.8 ... (up 0.1 on 2022)``: the ratio's change, in its unit (C45-25)
                figure.unit, figure.unit_kind = ratio, "count"
        if figure.unit_kind is None and figure.metric is None and figure.value_max is None:
            ratio = _ratio_unit(t, figure.start, sent_start, last)
            if ratio is not None:
                # ``the ratio of job vacancies to unemployed persons eased to 1.61``: vacancies per person (C37-27)
                figure.unit, figure.unit_kind, figure.metric = ratio, "count", "SHARE"
            elif _ratio_subject(t, figure.start, sent_start, last) and (
                    figure.end >= t.n or not t.lex[figure.end][_ALPHA] or
                    t.lower[figure.end] in PREPOSITIONS and t.lower[figure.end] != "of"):
                # (not ``the debt ratio rose in 20 of the 27 Member States``: a count of its own)
                # ``the inventory-to-sales ratio fell from 1.69 in September to 1.64``, ``The ratio of urban to rural
                # income was 2.39``: a ratio of two amounts is so many times, a SHARE (C37-34)
                figure.unit, figure.unit_kind, figure.metric = "times", "times", "SHARE"
        if figure.unit_kind is None and figure.metric is None and figure.value_max is None and last and \
                span_value(last[-1], "unit") == "times" and span_value(last[-1], "metric") == "SHARE" and \
                0 < figure.start - last[-1].end <= 8 and t.lower[figure.start - 1] in ("up", "down", "by") and \
                (t.lower[figure.start - 2] == "," or figure.start - last[-1].end == 1) and \
                not any(t.text[k][:1].isdigit() and not YEAR_RE.match(t.text[k]) or t.lower[k] in (";", ".")
                        for k in range(last[-1].end, figure.start)):
            # ``was 5.69 times, up 0.14``, ``stood at 6.02 times in the second half, down 0.21``: the ratio's change,
            # in its times (C43-2)
            figure.unit, figure.unit_kind = "times", "times"
        if figure.metric is None and figure.unit_kind == "times" and figure.value_max is None and \
                any(span_value(q, "unit") == "times" and span_value(q, "metric") == "SHARE" and
                    figure.start - q.end <= 8 for q in last) and t.lower[figure.start - 1] in ("from", "against", "with"):
            # ``was 5.69 times, up 0.14 from 5.55 times a year earlier``: the ratio's earlier level (C43-2)
            figure.metric = "SHARE"
        if figure.metric is None and figure.unit_kind == "percent" and figure.sign is None and figure.start >= 1 and \
                t.text[figure.start - 1] == "(" and figure.end + 1 < t.n and t.text[figure.end] in (",", ";") and \
                t.text[figure.end + 1][:1] in ("+", "-", "\u2212", "\u2013") and last and \
                span_value(last[-1], "unit_kind") not in ("percent", "percentage_point") and \
                0 <= figure.start - 1 - last[-1].end <= 2 and span_value(last[-1], "metric") != "CHANGE":
            # ``commercial vehicles for 26.4 million (28.2%, +12.8%)``: the level's share beside its signed change (C43-25)
            figure.metric = "SHARE"
        if figure.metric is None and figure.unit_kind == "percent" and figure.start >= 2 and \
                t.text[figure.start][:1] in ("+", "-", "\u2212", "\u2013") and t.text[figure.start - 1] in (",", ";") and \
                last and last[-1].end == figure.start - 1 and span_value(last[-1], "metric") == "SHARE" and \
                last[-1].start >= 1 and t.text[last[-1].start - 1] == "(":
            figure.metric = "CHANGE"  # (``(28.2%, +12.8%)``: the signed figure beside the share is the change)
            figure.direction = "down" if t.text[figure.start][:1] != "+" else "up"
        if figure.metric is None and figure.unit_kind == "percent" and figure.start >= 2 and \
                t.lower[figure.start - 1] == "by" and any(
                    t.lower[k] in _EXCEEDING_VERBS for k in range(max(sent_start, figure.start - 12), figure.start - 1)) and \
                not any(t.lower[k] in (";", ":") for k in range(max(sent_start, figure.start - 12), figure.start)):
            # ``output exceeded the 92.2 million units of 2019 by 1.5%``: how far above what it exceeded (C43-26)
            figure.metric, figure.direction = "CHANGE", "up"
        if figure.unit is None and figure.unit_kind is None and last and figure.start >= 2 and \
                t.lower[figure.start - 1] in ("previously", "originally", "initially", "earlier") and \
                t.text[figure.start - 2] == "(" and last[-1].end == figure.start - 2 and \
                span_value(last[-1], "unit_kind") in ("measure", "currency") and \
                span_value(last[-1], "value") and figure.value and 0.5 < figure.value / span_value(last[-1], "value") < 2:
            # ``production trimmed to 179.069 million tonnes (previously 179.287 million)``: the earlier estimate of the
            # same figure, in its unit (C43-34)
            figure.unit, figure.unit_kind = span_value(last[-1], "unit"), span_value(last[-1], "unit_kind")
        if figure.metric is None:
            restated = _restated_comparison(t, figure.start, figure.end)
            if restated is not None:
                # ``up 1.28 cents on September but 5.26 cents, or 19.8%, below October 2023``: a difference and its
                # percent before a comparative (C43-33)
                figure.metric, figure.direction = "CHANGE", restated
        if figure.metric is None and figure.unit_kind == "times" and figure.value_max is None and \
                _ratio_subject(t, figure.start, sent_start, last) and \
                (figure.end >= t.n or t.lower[figure.end] not in _MULTIPLE_AFTER):
            # ``The quintile share ratio ... was 5.69 times, up 0.14 from 5.55 times``: the level of a ratio named
            # before it, so many times, a SHARE; not a multiple (``3.2 times the 2019 level``, C43-2)
            figure.metric = "SHARE"
        if figure.metric is None:
            figure.metric = _metric_from_context(t, figure.start, figure.end, figure.unit_kind, figure.sign, last)
        if figure.metric == "SHARE" and figure.unit_kind == "percent" and last and \
                span_value(last[-1], "metric") == "CHANGE" and span_value(last[-1], "unit") == "percent" and \
                _revised_from_level(t, figure.start, sent_start):
            # ``was revised to 6.3 per cent from its provisional level of 6.1 per cent``: the same growth rate as first
            # published, a change like the revised one (C33-46)
            figure.metric = "CHANGE"
        if figure.metric == "AMOUNT" and figure.unit == "degree" and figure.value >= 1000:
            # ``455.2 thousand degrees were awarded``: degrees counted, no angle or temperature (C43-42)
            figure.metric, figure.unit_kind = "COUNT", "count"
        if figure.metric == "AMOUNT" and figure.unit == "night" and figure.value >= 1000:
            # ``1.71 billion nights``: the nights spent in accommodation, counted; an average stay (``7.51 nights``) is
            # a length of time (C10-9, C30-19)
            figure.metric, figure.unit_kind = "COUNT", "count"
        if figure.metric == "AMOUNT" and figure.unit == "day" and _days_counted(t, figure.end):
            # ``the 2.75 million days lost in 2023``, ``six days of strike action``: days counted, no length of time
            # (C37-1); the unit stays the one written
            figure.metric = "COUNT"
        if figure.unit_kind == "percent" and last and figure.start >= 1 and t.text[figure.start - 1] == "(" and \
                figure.sign is None and t.text[figure.start][:1] not in "±+-−–" and \
                last[-1].end == figure.start - 1 and span_value(last[-1], "metric") == "CHANGE" and \
                figure.end + 1 < t.n and t.text[figure.end] == ")" and t.lower[figure.end + 1] in _COMPARATIVES:
            # ``arrivals remained 52,850 (7.4%) below the 713,370 recorded``: the change restated in percent (C20-9)
            figure.metric, figure.direction = "CHANGE", span_value(last[-1], "direction")
        if figure.metric in ("COUNT", "AMOUNT", "MONEY") and figure.unit_kind != "percent":
            named = self._change_named_before(t, figure, previous, sent_start) or \
                change_components_cue(t.lower, t.text, figure.start, sent_start)
            if named is not None:
                figure.metric, figure.direction = "CHANGE", named
        if figure.metric == "CHANGE" and figure.unit_kind == "percent" and figure.sign is None and len(last) == 2 and \
                span_value(last[-2], "unit") == "percent" and span_value(last[-2], "metric") == "SHARE" and \
                span_value(last[-1], "unit") in ("percentage point", "basis point") and figure.start >= 1 and \
                t.text[figure.start - 1] == "(" and figure.end < t.n and t.text[figure.end] == ")" and \
                any(b.end == figure.start - 1 for b in spans_of(t.doc, "BASELINE")):
            # ``still 1.0 pp above its level in the third quarter of 2023 (14.2%)``: the compared level's value, a rate
            # like the level the points follow (C42-23; an inflation rate's earlier value stays a change)
            figure.metric, figure.direction = "SHARE", None
        if figure.metric == "CHANGE" and figure.unit_kind == "percent" and figure.sign is None and \
                _from_to_of_changed_noun(t, figure.start, figure.end, sent_start):
            # ``the cut in import duty from 15% to 6%``: the duty's levels before and after the change (C42-25)
            figure.metric, figure.direction = "SHARE", None
        noun_after = _change_noun_past_bracket(t, figure.start, figure.end)
        if noun_after is not None and figure.metric in ("MONEY", "COUNT", "AMOUNT", "SHARE") and figure.sign is None:
            # ``a $17 million (1.4 percent) rise in hospitality``: the change noun after the bracket names both the
            # figure and its restatement in brackets (C42-43)
            figure.metric = "CHANGE"
            figure.direction = "up" if noun_after in CUES["change_nouns_up"] else \
                "down" if noun_after in CUES["change_nouns_down"] else None
        if figure.metric == "SHARE" and self._bracketed_rate_of_changes(t, figure, previous, sent_start):
            figure.metric, figure.direction = "CHANGE", "up" if figure.value else None
        if figure.metric == "CHANGE" and figure.direction is None:
            figure.direction = "up" if names_target(t.lower, t.text, figure.end) else \
                change_components_cue(t.lower, t.text, figure.start, sent_start) or \
                _direction_from_context(t, figure.start, figure.end)  # ``the 2% target``: a rise of 2%
        if figure.metric == "CHANGE" and figure.direction is None and figure.value and figure.sign is None and \
                _heading_names_change(t, figure.start):
            figure.direction = "up"  # an unsigned change under a heading of changes rose (D-1)
        if figure.metric == "CHANGE" and figure.direction is None:
            listed = _listed_after(t, figure.start, last, figure.unit_kind)
            if listed is not None and span_value(listed, "direction"):
                figure.direction = span_value(listed, "direction")  # ``lower by 416 000 (-3.1%) and 411 000``
        if figure.metric == "CHANGE" and figure.direction is None and figure.start >= 1 and \
                t.lower[figure.start - 1] == "by":
            # a gapped clause (``rose by 3.6 percent, that of manufacturing by 4.3 percent``): the verb left
            # out is the earlier change's
            sent_start = t.sentence(figure.start)[0]
            for q in reversed(previous):
                if q.end <= figure.start and q.start >= sent_start and span_value(q, "metric") == "CHANGE" and \
                        span_value(q, "direction"):
                    figure.direction = span_value(q, "direction")
                    break
        if figure.metric == "COUNT" and figure.unit is None:
            figure.unit = None


#: time symbols after a slash (``144 kbit/s``, ``60 t/h``), which are no units on their own
_PLAIN_INTEGER = re.compile(r"[0-9]+")
_TWO_DIGITS = re.compile(r"[0-9]{2}")
_PHONE_GROUP = re.compile(r"[0-9]{2,4}")
#: scale words after ``per`` that stay in the unit's name (``per million British thermal units``)
_PER_SCALES = {w: SCALES[w] for w in ("thousand", "million", "billion")}
#: auxiliaries and copulas after a subject
_AUXILIARIES = frozenset(("were", "was", "are", "is", "have", "has", "had", "will", "would", "be"))
#: verbs of revising an estimate (``revised up from``): the ``up`` or ``down`` after them moves no figure
_REVISING_VERBS = frozenset(("revised", "adjusted", "restated", "corrected", "amended", "revise", "revises"))
#: containers whose size a measure after ``of`` states (``bags of 60 kg``)
_CONTAINER_NOUNS = frozenset(("bag", "bags", "sack", "sacks", "bale", "bales", "box", "boxes", "carton", "cartons",
                              "crate", "crates", "pack", "packs", "packet", "packets", "tin", "tins", "bottle", "bottles",
                              "drum", "drums", "cask", "casks"))
#: the abbreviations a unit is glossed with in brackets right after it (``percentage points (pp)``)
_POINT_ABBREVIATIONS = frozenset(("pp", "p.p.", "ppt", "ppts", "pts", "bp", "bps", "%"))
#: the second part of an identifier written with zeros in front (``24-017``): never the end of a range
_ZERO_PADDED = re.compile(r"0[0-9]{2,}")
#: a length of time written as hours and minutes (``4:36``, ``+1:25``)
_HOURS_MINUTES = re.compile(r"([0-9]{1,3}):([0-5][0-9])")
#: the words before a clock time (``at 10:00``, ``until 18:30``)
_CLOCK_BEFORE = frozenset(("at", "until", "till", "before", "after", "by", "from", "between"))
#: a document's declaration that it writes lengths of time so (``(hours:minutes)``, ``hh:mm``)
_HOURS_MINUTES_DECLARED = re.compile(r"\bhours?\s*:\s*minutes?\b|\bhh?\s*:\s*mm\b", re.I)


def _declares_hours_minutes(t) -> bool:
    """Whether the document declares that it writes lengths of time as ``hours:minutes``, read once."""
    found = t.doc.user_data.get("relstats_hours_minutes")
    if found is None:
        found = t.doc.user_data["relstats_hours_minutes"] = bool(_HOURS_MINUTES_DECLARED.search(text_of(t.doc)))
    return found


def _listed_after_age(t, start: int) -> bool:
    """Whether the range at token ``start`` continues a list of ranges that opens on an age word (``aged 25-34, 35-44
    and 45-54``)."""
    lower, texts = t.lower, t.text
    k = start - 1
    listed = 0
    while k >= 3 and listed < 6:
        if lower[k] not in ("and", "or", ",", "to"):
            break
        k -= 1
        if not (texts[k - 1] in ("-", "–") and texts[k].isdigit() and texts[k - 2].isdigit()):
            return False
        k -= 3
        listed += 1
    return listed > 0 and k >= 0 and lower[k] in CUES["age_words"]


def _possessive_street(texts: list, lower: list, k: int, n: int) -> bool:
    """Whether the capitalised words from token ``k`` name a street with a possessive (``Gray's Inn Road``, ``St
    John's Wood Road``): up to six words, title-case or ``'s``, ending on a street noun."""
    possessive = False
    for m in range(k, min(n, k + 6)):
        if lower[m] in ("'s", "’s"):
            possessive = True
        elif not texts[m][:1].isupper():
            return False
        elif lower[m] in _STREET_NOUNS and possessive:
            return True  # (``St`` before the possessive is a saint, not the street: ``St John's Wood Road``)
    return False


#: the last word of a street name (``Gray's Inn Road``): the lexicon's list, which the STREET_ADDRESS exclusion reads too
_STREET_NOUNS = words("street_nouns")
#: the nouns a number after them refers to in running text (``in table 1101``, ``see annex 12``)
_REFERENCE_NOUNS = frozenset(("table", "tables", "chart", "annex", "appendix", "exhibit", "section", "figure"))
#: the words before a year of the past that make it a date, not a count (``since 1850``, ``in 1913``)
_YEAR_OPENERS = frozenset(("since", "in", "from", "between", "until", "till", "before", "after", "to", "through",
                           "of", "circa", "c.", "around"))
#: the words that number a legal provision (``Art. 30 para. 1``, ``section 4 subsection 2``, ``Regulation 12``)
_LEGAL_REFERENCES = frozenset(("art.", "article", "para.", "paragraph", "paragraphs", "sec.", "section", "subsection",
                               "clause", "regulation", "chapter", "§", "§§"))
#: the words after ``twice`` that make it a multiple of a compared value (``twice the``, ``twice as many``)
_TWICE_COMPARED = frozenset(("the", "that", "those", "its", "their", "as", "what", "this", "his", "her", "our"))
#: a whole number of a measure a price or a measure is stated per (``per 100 kWh``, ``per 10 ares``, ``per 60 kg``)
_PER_QUANTITY = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})?")
_PER_SCALE_NAMES = {f: w for w, f in _PER_SCALES.items()}
#: nouns a dotted number names one of (``target 6.1``, ``indicator 3.8``)
_NUMBERED_NOUNS = frozenset(("target", "targets", "indicator", "indicators", "goal", "goals", "sdg", "sdgs"))


def _numbered_target(lower: list, text: list, start: int) -> bool:
    """Whether the dotted number at token ``start`` follows a target or indicator noun, directly or after other such
    numbers of a list (``targets 6.1, 6.2 and 6.3``)."""
    k = start - 1
    while k >= 0 and start - k <= 8:
        if lower[k] in _NUMBERED_NOUNS:
            return True
        if not (lower[k] in (",", "and", "or") or re.fullmatch(r"[0-9]{1,2}(?:\.[0-9]{1,2}){1,2}[a-z]?", text[k])):
            return False
        k -= 1
    return False


#: three groups of digits or more joined by hyphens, with no space (``978-92-4-007692-1``)
_HYPHENED_GROUPS = re.compile(r"[0-9]+(?:[-–][0-9]+){2,}(?![0-9])")

#: a catalogue or release number with one decimal (``Catalogue number 6401.0``), excluded like an integer identifier
_CATALOGUE_NUMBER = re.compile(r"[0-9]{3,}\.[0-9]")
#: a group of a telephone number: digits, possibly merged with a spaced group (``135 070``) or a bracketed
#: trunk zero (``0)10``)
_PHONE_PART = re.compile(r"\+?[0-9]+(?:[ \u00a0\u202f][0-9]+)*|0\)[0-9]+")
#: words before a telephone number
_PHONE_CUES = frozenset(("tel", "tel.", "telephone", "phone", "call", "calling", "contact", "contacted", "enquiries",
                         "enquiry", "inquiries", "inquiry", "hotline", "helpline", "fax", "freephone", "mobile", "on",
                         "dial", "number", "office", "line", "ring", "whatsapp", "sms", "free", "toll-free", "freefone",
                         "information", "info"))


def _clause_window(doc: Doc, start: int, end: int, before: int = 6, after: int = 4):
    """Tokens before and after a figure within its clause (stopping at ; : ( ) and sentence edges)."""
    left, right = _clause_bounds(doc_table(doc), start, end, before, after)
    return [doc[k] for k in left], [doc[k] for k in right]  # left is nearest first


def _clause_bounds(t: DocTable, start: int, end: int, before: int, after: int) -> tuple[list[int], list[int]]:
    """The indices :func:`_clause_window` gives the tokens of (left nearest first)."""
    starts, ends = t.sentences()
    text = t.text
    left = []
    for k in range(start - 1, max(starts[start], start - before) - 1, -1):
        if text[k] in CLAUSE_BREAKS:
            break
        left.append(k)
    right = []
    for k in range(end, min(ends[start], end + after)):
        if text[k] in _RIGHT_BREAKS:
            break
        right.append(k)
    return left, right


def _clause_words(t: DocTable, start: int, end: int, before: int, after: int) -> tuple[list[str], str]:
    """The lower forms of the clause's tokens before a figure (nearest first, as :func:`_clause_bounds`)
    and of the first one after it ("" if none)."""
    starts, ends = t.sentences()
    text, lower = t.text, t.lower
    left = []
    for k in range(start - 1, max(starts[start], start - before) - 1, -1):
        if text[k] in CLAUSE_BREAKS:
            break
        left.append(lower[k])
    k, joined = end, False
    for _ in range(3):
        # ``9.8% and 28.5% higher than``, ``1.2%, 3.4% and 5.6% lower``: the figures of a list joined by ``and``
        # share the word after the list (``8.5%, 0.7 percentage point lower`` is no list)
        j = k + 1
        if not (j < len(text) and lower[k] in (",", "and", "or") and _DIGITS.match(text[j])):
            break
        joined = joined or lower[k] in ("and", "or")
        j += 1
        while j < len(text) and (lower[j] in _PERCENT_WORDS or lower[j] in _LIST_UNIT_WORDS or text[j][:1] == "°"):
            j += 1  # (``3.03 °C and 2.51 °C above``: the measure's unit written after each figure, C48-28)
        if j == k + 2 or j >= len(text):
            break
        k = j
        if lower[j] in _COMPARATIVES:
            if joined:
                end = j
            break
    if end + 1 < len(text) and text[end] == "(" and (text[end + 1][:1] in "±+-−" or text[end + 1] == "up" or
                                                     text[end + 1][:1].isdigit()):
        # (``52,850 (7.4%) below the 713,370 recorded in October 2019``: the change restated unsigned, C20-9)
        # ``4.0 percent (±1.1 percent) below``, ``€437 million (+4%) more than``: the word after the margin of
        # error or the restated change in brackets
        close = next((k for k in range(end + 2, min(len(text), end + 8)) if text[k] == ")"), None)
        if close is not None and close + 2 < len(text) and text[close + 1] in _FOOTNOTE_MARKS:
            close += 1  # ``3.1 percent (±11.9 percent)* above``: the margin's footnote mark (C31-17)
        if close is not None and close + 1 < len(text) and lower[close + 1] in _COMPARATIVES | {"below", "above"}:
            end = close + 1
        elif close is not None and text[end + 1][:1] == "±":
            end = close + 1
    if end + 2 < len(text) and text[end] == "±" and _DIGITS.match(text[end + 1]):
        # ``1.45 ± 0.12 °C above the 1850-1900 average``: the word after the margin written apart (C48-26)
        past = next((k for k in range(end + 2, min(len(text), end + 6)) if lower[k] in _COMPARATIVES | {"below", "above"}
                     or text[k] in CLAUSE_BREAKS), None)
        if past is not None:
            end = past
    if end + 1 < len(text) and lower[end].rstrip(".") in MONTHS and text[end][:1].isupper():
        # ``a 0.4 percent September increase``: the month the change noun after it is dated by (C30-8)
        k = end + 1 + bool(end + 2 < len(text) and YEAR_RE.match(text[end + 1]))
        if lower[k] in CHANGE_NOUNS:
            end = k
    first_after = lower[end] if end < min(ends[start], end + after) and text[end] not in _RIGHT_BREAKS else ""
    return left, first_after


_DIGITS = re.compile(r"[+\-−]?[0-9][0-9,.]*$")
#: short unit words written after each figure of a list that share the word after the list (``3.03 °C and 2.51 °C
#: above``, ``12 mm and 30 mm higher``)
_LIST_UNIT_WORDS = frozenset(("c", "f", "mm", "cm", "m", "km", "kg", "t", "mt", "kt", "gw", "mw", "twh", "gwh", "points",
                              "point", "pp", "pts", "years", "days", "hours", "minutes", "months", "weeks"))
#: the percent words after a figure in a coordinated list (``9.8% and 28.5% higher``)
#: words of a sentence about rates, where bare points are percentage points (no index named)
RATE_CONTEXT_WORDS = frozenset(("%", "percent", "rate", "rates", "growth", "contribution", "contributed", "inflation"))
_PERCENT_WORDS = frozenset(("%", "percent", "per", "cent", "percentage", "points", "point", "pp"))
COMPARATIVES_UP = CUES["comparatives_up"]
COMPARATIVES_DOWN = CUES["comparatives_down"]
CHANGE_NOUNS = CUES["change_nouns"]
#: a sentence whose subject opens on one of these (``The proportion of ...``) states shares
SHARE_SUBJECTS = frozenset(CUES["share_subjects"])
#: after ``an increase of``, two figures joined by ``to`` are a change and its level unless they are as
#: close as the ends of a range (``growth of 2 to 3 percent``)
RANGE_RATIO = 4
SHARE_OPENERS = CUES["share_openers"]
SUBJECT_CHANGE_WORDS = CUES["subject_change_words"]
NO_CHANGE_WORDS = _NO_CHANGE_WORDS = frozenset(CUES["no_change_words"])
_RIGHT_BREAKS = CLAUSE_BREAKS - {")"}
_COMPARATIVES = COMPARATIVES_UP | COMPARATIVES_DOWN
_CHANGE_UP_DOWN = words("change_up") | words("change_down")
#: the change words of :func:`metric_from_context`
_CHANGE_WORDS = (_CHANGE_UP_DOWN | {"change", "changed", "edged", "revised"}) - {
    "more", "less", "fewer", "plus", "minus", "over", "under"}


@lru_cache(maxsize=1)
def _bound_last_words() -> frozenset:
    """The last words of the bound phrases (the word right before a figure when one stands there)."""
    return frozenset(phrase[-1] for phrase, _ in lexicon()["bound_phrases"] if phrase)


def _strip_bound(left_words: list[str]) -> list[str]:
    """The words before a figure (nearest first) without the bound phrase that stands right before it."""
    if left_words and left_words[0] not in _bound_last_words() and () not in _bound_tails()[-1][1]:
        return left_words  # no bound phrase ends with the word next to the figure
    for length, phrases in _bound_tails():
        if len(left_words) >= length and tuple(reversed(left_words[:length])) in phrases:
            return left_words[length:]
    return left_words


def _count_like(t: DocTable, start: int, end: int) -> bool:
    """Whether a bare figure reads as a count rather than a rate: a scale word or thousands
    separators (``101,000``, ``38.2 million``), or a whole number before a plural noun (``108 cases``)."""
    if end < t.n and end - start == 1 and t.text[start].isdigit() and t.lower[end].endswith("s") and \
            t.lower[end].isalpha() and t.lower[end] not in ("points", "times", "percent", "years", "months", "days"):
        return True  # ``accounted for 108 cases (41%)``: a whole number with its counted noun
    if end + 1 < t.n and end - start == 1 and t.lower[end] in ("and", ",") and \
            t.text[end + 1].replace(",", "").isdigit() and _count_like(t, end + 1, end + 2):
        return True  # ``accounted for 144 and 40 of the deaths respectively``: a list of parts of one whole (C50-24)
    if end + 2 < t.n and end - start == 1 and t.text[start].isdigit() and t.lower[end] == "of" and \
            (t.text[end + 1][:1].isdigit() or t.lower[end + 1] in ("the", "these", "those", "all") and
             t.text[end + 2][:1].isdigit()):
        return True  # ``accounted for 61 of the 164 deaths``: a part of a counted whole
    if end + 2 < t.n and end - start == 1 and t.text[start].replace(",", "").isdigit() and t.lower[end] == "of" and \
            t.lower[end + 1] in ("the", "these", "those", "all") and any(
                t.lower[k].endswith("s") and t.lower[k].isalpha() and len(t.lower[k]) > 3 and t.lower[k] not in
                ("points", "times", "percent", "years", "months", "days") for k in range(end + 2, min(t.n, end + 5))):
        return True  # ``accounted for 353 of those deaths``: a part of a counted whole named without its figure (C49-16)
    return any(t.lower[k] in ("thousand", "million", "billion", "trillion", "mn", "bn") or
               ("," in t.text[k] and t.text[k].replace(",", "").isdigit()) for k in range(start, end))


def metric_from_context(doc: Doc, start: int, end: int, unit_kind: str | None, sign: str | None,
                        previous: list[Span] | None = None) -> str:
    """FORMAT's metric for a figure with this unit kind, from the cue words around it.

    An ordered cascade: the unit kind; a list item copies the item before it; a sign; the words
    right before the figure (``up``, ``by``, ``accounting for``, ``to``/``at`` for levels); the words
    right after it (``of``, ``higher``, a baseline); then the clause's subject (rate words,
    inflation and growth). A trained component may overwrite the result.
    """
    return _metric_from_context(doc_table(doc), start, end, unit_kind, sign, previous)


#: the parts of a release that are numbered (``Table 3.1``, ``Chart 2``, ``Annex 1``)
_NUMBERED_PARTS = frozenset({"table", "tables", "figure", "chart", "graph", "annex", "appendix", "box", "section",
                             "chapter", "map"})
#: a part's number: ``3``, ``3.1``, ``A.2`` (a decimal with one or two digits after the point)
_REFERENCE_NUMBER = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})?")


_GAP_JOINERS = frozenset(("and", "while", "whereas", "but"))
#: words between ``by`` and the change it states
_BY_QUALIFIERS = frozenset(("only", "just", "estimated", "revised", "provisional", "further", "additional",
                            "cumulative", "another"))


#: verbs of having, saying or doing whose subject a bare percent is (``21.4% had``, ``42% said``): a share of people
_SUBJECT_SHARE_VERBS = frozenset({"had", "have", "has", "said", "say", "says", "reported", "report", "lived", "live",
                                  "owned", "own", "received", "worked", "held", "thought", "felt", "agreed", "used",
                                  "needed", "wanted", "spoke", "believed", "preferred", "chose", "travelled",
                                  "traveled", "visited"})


def _change_noun_of_before(t: DocTable, k: int, sentence_start: int) -> bool:
    """Whether a change noun and ``of`` (``an increase of``, ``a fall of``) stand before token ``k`` in its sentence."""
    return any(t.lower[j + 1] == "of" and t.lower[j] in _SINGULAR_CHANGE_NOUNS for j in range(max(sentence_start, k - 30), k))


#: change nouns a figure follows after ``of`` (``an increase of``, ``a decline of``)
_SINGULAR_CHANGE_NOUNS = frozenset(w for w in vocabulary("change_nouns") if not w.endswith("s"))


def _gapped_change(t: DocTable, start: int, left_words: list[str], same_sentence: list[Span]) -> bool:
    """Whether ``by <figure>`` ends a gapped clause whose left-out verb is the change verb of the clause
    before: ``those with a permanent contract increased by 102,700 and those with a temporary contract by
    121,300``. The joiner follows that clause's own ``by`` change, and only a noun phrase (no verb, no
    figure) stands between the joiner and ``by``."""
    if not same_sentence or span_value(same_sentence[-1], "metric") != "CHANGE":
        return False
    joiner = next((i for i, w in enumerate(left_words[1:8], 1) if w in _GAP_JOINERS), None)
    if joiner is None or joiner < 2:
        return False
    between = left_words[1:joiner]
    if any(w in _CHANGE_WORDS or w.endswith("ed") or w[:1].isdigit() for w in between):
        return False
    earlier = same_sentence[-1]
    return earlier.start >= 1 and t.lower[earlier.start - 1] == "by" and earlier.end >= start - joiner - 3




#: a heading that names changes (``Table B. Change in payroll employment by industry``, ``Key points, September
#: 2024 (annual growth rates):``, ``Revised ... changes from the preceding month, in billions of dollars, are shown
#: below``): the declared units' CHANGE_HEADING with its plurals, without ``inflation`` (a heading naming inflation
#: leaves a row's rate to the words of its row)
_CHANGES_NAMED = re.compile(r"\bgrowth rates?\b|\b(?:changes|increases|decreases?|net additions?)\b|" +
                            CHANGE_HEADING.pattern.replace(r"|\binflation\b", ""))
#: nouns of a level a change is made to (``import duty``, ``the VAT rate``, ``the tariff``)
_CHANGED_LEVEL_NOUNS = frozenset(("duty", "duties", "tariff", "tariffs", "tax", "levy", "rate", "rates", "ratio", "share",
                          "proportion", "threshold", "limit", "cap", "margin", "requirement"))
#: words of a measure of change, whose levels stay changes (``a slowdown in growth from 3% to 2%``)
_RATE_OF_CHANGE_WORDS = frozenset(("growth", "inflation", "increase", "change", "rise", "decline", "fall"))


def _from_to_of_changed_noun(t: DocTable, start: int, end: int, sent_start: int) -> bool:
    """Whether the percent at ``start`` is one end of ``from X% to Y%`` after a change noun and ``in`` with what it
    changed (``the cut in import duty from 15% to 6%``, ``an increase in the VAT rate from 20% to 22%``): the levels of
    that measure, unless it is itself a rate of change (``a slowdown in growth from 3% to 2%``)."""
    bounds = changed_measure_bounds(t.lower, start, end, sent_start)
    if bounds is None:
        return False
    measure = t.lower[bounds[0] + 1 : bounds[1]]
    return any(w in _CHANGED_LEVEL_NOUNS for w in measure) and not any(w in _RATE_OF_CHANGE_WORDS for w in measure)


def _change_noun_past_bracket(t: DocTable, start: int, end: int) -> str | None:
    """The change noun right after a figure and its bracket (``a $17 million (1.4 percent) rise``), or right after
    the bracket a figure stands in (``(1.4 percent) rise``): that noun; else None."""
    lower, text = t.lower, t.text
    if start >= 1 and text[start - 1] == "(" and end + 1 < t.n and text[end] == ")":
        after = lower[end + 1]
    elif end + 2 < t.n and text[end] == "(":
        close = next((j for j in range(end + 1, min(t.n, end + 8)) if text[j] in (")", "(")), None)
        if close is None or text[close] != ")" or close + 1 >= t.n:
            return None
        after = lower[close + 1]
    else:
        return None
    return after if after in CHANGE_NOUNS and not after.endswith("s") else None


def _level_column_of_title(title: str, cell: str) -> bool:
    """Whether a column's header declares a currency or measure (``Yen``, ``EUR million``) that a segment of the
    title's gloss declares without naming a change: ``(yen per household; real change from a year earlier in %,
    contribution in percentage points)`` above ``Yen   Real %   Contribution`` makes the yen column levels, the change
    being the percent column's (C42-1)."""
    own = measure_declared(cell)
    if own is None or own[1] is None:
        return False
    for gloss in re.findall(r"\(([^()]*)\)", title):
        for segment in re.split(r";|,(?![0-9])", gloss):
            found = measure_declared(segment)
            if found is not None and found[1] is not None and not _CHANGES_NAMED.search(segment.lower()) and (
                    found[1].name.split(" per ")[0] == own[1].name or own[1].code and found[1].code == own[1].code):
                return True
    return False


#: a bracketed gloss that names what the bracketed column holds (``(previously published estimates in brackets)``),
#: left out of the heading's reading
_COLUMN_GLOSS = re.compile(r"\([^()]*\bin (?:brackets|parentheses)\)|\bwith\b[^()]*?\bin (?:brackets|parentheses)\b",
                           re.I)
#: what may follow a row's figure that a heading of changes makes a change (after its unit words): nothing, an
#: unsigned value in brackets (``164.4 (147.4)``: the same change as published before) or an earlier value
#: (``3.2%, up from 2.9% in August``); a signed bracket or a change of its own makes the figure a level
_ROW_REST = re.compile(r"[^\n(),;:0-9]{0,40}\)?(?:\s*\(\s*[0-9][^)\n]*\))?\s*(?:[.;]\s*)?(?:$|\n|,\s*(?:up from|down from|"
                       r"after|compared with|against|from)\b)")


def _figure_end_char(t: DocTable, start: int) -> int:
    """Where the figure opening at token ``start`` ends in the text: past its number tokens (``5.24``, ``1,142``)."""
    k = start
    while k + 1 < t.n and t.text[k][-1:].isdigit() and t.text[k + 1] in (",", ".") and k + 2 < t.n and \
            t.text[k + 2][:1].isdigit():
        k += 2
    token = t.doc[k]
    return token.idx + len(token.text)
#: a row opening with its label: a bullet or dash, the label's words and a colon right before the figure
_LABEL_ROW = re.compile(r"^\s*(?:[-\u2022*\u2013]\s*)?(?:[^\d:;.]|(?<=[A-Za-z])\d){2,90}:\s*$")


def _heading_names_change(t: DocTable, start: int) -> bool:
    """Whether the figure at token ``start`` is a row's figure under a heading that names changes: a cell of a
    table whose title does (``Table B. Change in payroll employment by industry, seasonally adjusted (in
    thousands)`` above ``Industry   Nov. 2024 ...`` and ``Total nonfarm   227   186``), or the first figure
    after the label of a row (``- Personal income: 164.4 (147.4)``, ``\u2022 broad monetary aggregate M3: 3.2%``)
    listed under a line that ends with a colon and does (``Revised ... changes from the preceding month, in
    billions of dollars, are shown below (previously published estimates in brackets):``). A heading that also
    names a level (``rate``, ``share``, ``level``) outside a growth rate decides nothing; so does a header cell
    of a level column that names its own measure."""
    text = text_of(t.doc)
    if "\n" not in text:
        return False
    a = t.doc[start].idx
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", a)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if ":" not in text[line_start:a] and "  " not in line and "\t" not in line and "|" not in line:
        return False  # neither a labelled row nor a table row
    heading = None
    header = text_tables.header_cell(text, a)
    if header is not None:
        if _CHANGES_NAMED.search(header.text.lower()) or _SHARE_WORDS.search(header.text.lower()) or \
                any(_CHANGES_NAMED.search(other.lower()) for other in header.others):
            # the column names its own measure (``% change`` is the declared units' reading), or another column
            # holds the changes (``2023   2024   % change``: the time columns are levels)
            return False
        if header.stacked and not _CHANGES_NAMED.search(header.stacked.lower()):
            above_end = header.line_start - 1
            above = text[text.rfind("\n", 0, max(0, above_end)) + 1 : max(0, above_end)]
            if _CHANGES_NAMED.search(above.replace(header.stacked, " ").lower()):
                return False  # ``Population   Share of EU   Change`` over ``(million)   (%)   (thousand)``: another
                # column of the two-line header holds the changes (C48-9)
        if signed_pairs(text, a) and text[line_start:a].count("(") <= text[line_start:a].count(")"):
            return False  # ``North   18,204 (-4.1)``: the bare figure is the level, its bracket the change
        heading = text_tables.title_above(text, header.top_start)
        if heading is not None and _level_column_of_title(heading, header.text):
            return False
    else:
        before = text[line_start:a]
        if before.count("(") > before.count(")"):
            before = before[: before.rfind("(")].rstrip()  # the bracketed column of the row's figure
            if not re.search(r"[0-9]\s*$", before):
                return False
            before = before[: re.search(r"[-+\u2212]?[0-9][0-9.,]*\s*%?\s*$", before).start()]
        if not _LABEL_ROW.match(before) or not _ROW_REST.match(text, _figure_end_char(t, start)):
            # (``- Industry: 52.5 MtCO2e (-8.0%)``, ``- Trade surplus: 5.24 trillion yuan, up 3.2%``: the row's level,
            # its own change after it)
            return False
        k = line_start - 1  # the lead-in line above the rows: the first line up that is no such row
        for _ in range(12):
            if k <= 0:
                return False
            above_start = text.rfind("\n", 0, k) + 1
            line = text[above_start:k]
            if not line.strip():
                return False
            row = re.match(r"^\s*(?:[-\u2022*\u2013]\s*)?(?:[^\d:;.]|(?<=[A-Za-z])\d){2,90}:\s*[-+\u2212(]?[0-9]", line)
            if row is None:
                heading = line if line.rstrip().endswith(":") else None
                break
            k = above_start - 1
    if not heading:
        return False
    heading = _COLUMN_GLOSS.sub(" ", heading).lower()
    if not _CHANGES_NAMED.search(heading):
        return False
    if _COMPONENTS.search(heading):
        # ``Population change and its components (thousand persons)`` above ``Births   55.5`` and ``Natural
        # increase   21.6``: the change is one row among its components; each row's label says which it is
        return bool(_CHANGES_NAMED.search(text[line_start:a].lower()))
    return not _SHARE_WORDS.search(_CHANGES_NAMED.sub(" ", heading))


#: a heading naming a change with the parts it is made of (``change and its components``, ``components of change``)
_COMPONENTS = re.compile(r"\band (?:its |their )?components\b|\bcomponents of\b")


_SHARE_WORDS = re.compile(SHARE_HEADING.pattern + r"|\blevels?\b")  # (the declared units' share words, and levels)


def _level_column(t: DocTable, start: int) -> bool:
    """Whether the figure at token ``start`` is a cell under a time header (``October 2024``) of a table whose
    header also names a change column (``October 2024   November 2024   Change``): a level even with a sign
    (a survey balance of ``-19.9``), the change being the other column's."""
    if "\n" not in text_of(t.doc):
        return False
    header = text_tables.header_cell(text_of(t.doc), t.doc[start].idx)
    if header is not None and _BALANCE_HEADER.search(header.text) and not CHANGE_HEADING.search(header.text.lower()):
        return True  # ``Exports   Imports   Balance`` above ``Travel   125.4   98.1   +27.3``: a balance is a level (C42-34)
    return _beside_change_column(t, start, under_time=True)


#: a column header naming a balance, a level even with a sign (``Balance``, ``Net``, ``Surplus/deficit``)
_BALANCE_HEADER = re.compile(r"\b(?:balance|surplus|deficit|net position)\b|^\s*net\s*$", re.I)


#: a column header naming a contribution to a change (``Contribution``, ``Contributions (pp)``)
CONTRIBUTION = re.compile(r"\bcontributions?\b", re.I)


def _beside_change_column(t: DocTable, start: int, under_time: bool = False) -> bool:
    """Whether the figure at token ``start`` is a cell of a column whose header names no change (with
    ``under_time``: a time, ``Dec. 2024``), in a table whose header names a change column (``Sept. 2024   Dec. 2024
    Change   Forecast``; the declared units' reading of a change column)."""
    header = text_tables.header_cell(text_of(t.doc), t.doc[start].idx)
    if header is None or CHANGE_HEADING.search(header.text.lower()) or CONTRIBUTION.search(header.text) or \
            under_time and not text_tables.time_cell(header.text):
        return False  # (a contribution to the change is a change of its own: ``Contribution`` in points, C-15)
    return any(CHANGE_HEADING.search(other.lower()) for other in header.others)


def _timed_gap(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start..end`` are one time phrase the time reader marked (``in October``, ``in the quarter``)."""
    if end - start < 2:
        return False
    return any(s.start == start and s.end == end and s.label_ in ("PERIOD", "BASELINE") for s in group_spans(doc))


#: superlatives that rank a change noun (``the largest increase``, ``the sharpest decline``)
_RANKING_SUPERLATIVES = frozenset(("largest", "biggest", "greatest", "sharpest", "steepest", "strongest", "fastest",
                                   "smallest", "slowest", "weakest", "highest", "lowest", "only", "main"))


def _change_noun_at(t: DocTable, start: int, left_words: list) -> bool:
    """Whether ``at`` before the figure at ``start`` states the size of a change named before it (``registered the
    largest increase, at 9.6 per cent``, ``The biggest decline was in Ontario, at 4.1%``, C52-7): a change noun right
    before ``at`` (past a comma), or one ranked by a superlative earlier in the clause (at most 14 tokens back)."""
    k = 2 if left_words[1:2] == [","] else 1
    if left_words[k : k + 1] and left_words[k] in CHANGE_NOUNS:
        return True
    lower = t.lower
    first = max(t.sentence(start)[0] + 1, start - 14)
    for j in range(start - 2, first - 1, -1):
        if lower[j] in (";", ":", "(", ")") or _DIGITS.match(t.text[j]):
            return False
        if lower[j] in CHANGE_NOUNS and lower[j - 1] in _RANKING_SUPERLATIVES:
            return True
    return False


def _metric_from_context(t: DocTable, start: int, end: int, unit_kind: str | None, sign: str | None,
                         previous: list[Span] | None = None) -> str:
    if unit_kind in ("percentage_point", "basis_point", "times"):
        return "CHANGE"
    left, after = _clause_words(t, start, end, 8, 4)
    left_words = _strip_bound(left)
    if unit_kind == "currency" and left_words[:1] in (["lost"], ["lose"], ["losing"], ["loses"]) and (
            after == "to" or left_words[1:2] and left_words[1] in _LOSING_PEOPLE):
        return "MONEY"  # ``consumers lost more than $10 billion to fraud``, ``they lost $10,000 or more``: the money
        # people lost, an amount (C46-30); not ``the index lost 2%``
    if left[:2] == ["to", "up"] and len(left_words) < len(left) and QuantityRecognizer._up_to_is_direction(t, start - 2):
        left_words = left  # ``has been revised up to 202,000``: the level reached, no bound
    while left_words[:1] and (left_words[0] in _BY_QUALIFIERS or left_words[0] in ("a", "an")) and \
            "by" in left_words[1:3]:
        # ``fell by only 1.8 million tonnes``, ``After expanding by an estimated 1.3%``, ``cut by a further 25
        # basis points``: a change all the same
        left_words = left_words[1:]
    if left_words[:1] and left_words[0] in ("revised", "provisional", "preliminary", "final", "record") and \
            left_words[1:2] in (["a"], ["an"], ["the"]):
        left_words = left_words[2:]  # ``down from a revised 10.3%``: an adjective of the figure, no change (C33-58)
    if unit_kind == "percent" and sign is None and left[:1] and left[0] in _BOUND_VERBS and \
            not (after in COMPARATIVES_UP or after in COMPARATIVES_DOWN):
        # ``the proportion exceeded 80%``: a level passed, no change (the corpus never annotates one so); a growth
        # rate passed is a rate of change all the same (``inflation exceeded 3%``, C37-16)
        return "CHANGE" if _first_growth_subject(t, t.sentence(start)[0]) < start else "SHARE"
    if unit_kind == "percent" and sign is None and left_words[:1] == ["of"] and len(left_words) >= 3 and \
            left_words[1] in ("rate", "share", "proportion", "percentage") and left_words[2] in ("the", "a", "its") and \
            not (after in COMPARATIVES_UP or after in COMPARATIVES_DOWN):
        # ``not different from the rate of 66.0 percent recorded a year earlier``: a rate's value (C41-21); a growth
        # rate's is a change (``Growth slowed from a rate of 3.1 percent``)
        return "CHANGE" if left_words[1] == "rate" and _first_growth_subject(t, t.sentence(start)[0]) < start \
            else "SHARE"
    change_words = _CHANGE_WORDS
    immediate = left_words[0] if left_words else ""
    immediate2 = " ".join(reversed(left_words[:2])) if len(left_words) >= 2 else immediate
    sentence_start = t.sentence(start)[0]
    same_sentence = [q for q in (previous or []) if sentence_start <= q.start and q.end <= start]
    if unit_kind == "percent" and immediate == "net":
        return "SHARE"  # ``a net 36% of owners expect better conditions``: a survey balance is a level (C36-6, C41-18)
    if unit_kind == "percent" and immediate == "from" and left_words[1:2] in (["up"], ["down"]):
        # ``canceled 0.6% of their flights (3,986 of 622,000), down from 1.4% a month earlier``: the earlier value of a
        # share (the nearest percent before it in its sentence is a share of a whole) is a share too (C39-35)
        k = next((k for k in range(start - 2, sentence_start - 1, -1) if t.lower[k] in ("%", "percent", "cent")), None)
        if k is not None and k + 1 < t.n and t.lower[k + 1] == "of":
            return "SHARE"
    if immediate == "," and _restated_before_comparative(t, start, end) is not None:
        return "CHANGE"  # ``was 8.98 million head, 11,000 head more than October 2023``: no list item
    if unit_kind == "percent" and immediate in (",", ";") and same_sentence and end < t.n and t.text[end] == ")" and \
            same_sentence[-1].end == start - 1 and span_value(same_sentence[-1], "metric") == "CHANGE" and \
            span_value(same_sentence[-1], "unit_kind") != unit_kind and same_sentence[-1].start >= 1 and \
            t.text[same_sentence[-1].start - 1] == "(":
        return "CHANGE"  # ``(+95 thousand, 3.2%)``: one change in two units, the percent after the signed count
    listed = _listed_after(t, start, same_sentence, unit_kind)
    if listed is not None and immediate in CUES["list_separators"] and \
            not (after in COMPARATIVES_UP | COMPARATIVES_DOWN and after not in ("over", "up")):
        return span_value(listed, "metric")  # ``lower by 416 000 (-3.1%) and 411 000 (-3.7%) respectively``
    if same_sentence and immediate in CUES["list_separators"] and same_sentence[-1].end >= start - 2 \
            and span_value(same_sentence[-1], "unit_kind") == unit_kind and not (immediate == "or" and after == "of") \
            and not (after in COMPARATIVES_UP | COMPARATIVES_DOWN and after not in ("over", "up")):
        return span_value(same_sentence[-1], "metric")  # a list item: ``rose 10.8% and 6.6% respectively``
    if unit_kind == "percent" and (sign is not None or immediate in ("and", ",")) and after not in _COMPARATIVES and \
            (sign is not None and after == "of" or _share_list_item(t, start, same_sentence)):
        # ``led by Cyprus (+4.5% of GDP), Denmark (+3.2%)``, ``at 3.1% of GDP in the euro area and 3.2% in the EU``: a
        # balance as a share of its whole, and the items listed after it (C25-8)
        return "SHARE"
    if sign is not None and not _level_column(t, start) and not (
            unit_kind == "index_point" and immediate in ("to", "from", "of", "at")):
        return "CHANGE"  # (``fell to -21.9 points``: a level of a balance below zero)
    if _restated_before_comparative(t, start, end) is not None:
        return "CHANGE"  # ``children were born, 9.9% (6,422) fewer than in 2023``, ``7.7% or 558 fewer than``
    if unit_kind == "percent" and after not in ("of",) and end < t.n and t.text[end] == ")" and \
            _verb_of_level_before_bracket(t, start) is not None:
        return "CHANGE"  # ``fell to 9,910 (3.2%)``, ``increased to £309,000 in England (2.5%)``: the level's change (C38-8)
    if unit_kind == "percent" and same_sentence and start >= 1 and t.text[start - 1] == "(" and \
            same_sentence[-1].end == start - 1 and span_value(same_sentence[-1], "metric") in ("COUNT", "AMOUNT", "MONEY") \
            and end < t.n and t.text[end] == ")" and _part_before(t, same_sentence[-1].start):
        # (``of which 45.1 million tonnes (38.4%) was national``: a measured part too, C43-40)
        return "SHARE"  # ``of whom 923,269 (41.1%) were non-German suspects``: the part's share of the whole
    if unit_kind == "percent" and sign is None and _change_verb_after_brackets(t, start, end) is not None:
        return "CHANGE"  # ``supermarkets (3.4 per cent) and food & alcohol (2.7 per cent) also grew`` (C52-8)
    if unit_kind == "percent" and sign is None and start >= 1 and t.text[start - 1] == "(" and end < t.n and \
            t.text[end] == ")" and (_bracketed_part_share(t, start, same_sentence) or _shares_listed_before_verb(t, end)):
        return "SHARE"  # ``5,930 of them (86%)``, ``of which 9,203 were refusals (65%)``, ``Brazil (14.2%), India
        # (13.9%) and China (7.1%) accounted for the largest shares``
    if unit_kind == "percent" and after in _SUBJECT_SHARE_VERBS and (immediate in ("and", ",", "but", "while", "whereas")
                                                                    or immediate in BOUND_WORDS):
        return "SHARE"  # ``..., and 21.4% had a first language other than English``: the percent is a clause's subject
    if immediate == "remaining" and unit_kind in ("percent", "fraction") and not (
            start >= 2 and t.text[start - 2] == "," and end < t.n and t.lower[end] in _COMPARATIVES):
        # (not ``rose 2%, remaining 3.9% below the 2017 record``: a participle stating how far from a level, C43-25)
        return "SHARE"  # ``(which make up the remaining 30 percent)``: the rest of a whole (C38-5)
    if left_words[:2] == ["further", "a"] or left_words[:1] == ["another"]:
        # ``with violence against the person offences making up a further 39%``: the share after its qualifier
        skip = 2 if left_words[0] == "further" else 1
        if " ".join(reversed(left_words[skip : skip + 2])) in SHARE_OPENERS and unit_kind in ("percent", "fraction"):
            return "SHARE"
    if immediate in ("comprised", "comprises", "comprising") and unit_kind in ("percent", "fraction"):
        return "SHARE"  # ``criminal damage and arson offences comprised 4%``
    if immediate2 in SHARE_OPENERS or immediate in ("representing",):
        # ``accounting for 15.1`` (a bare rate) is a share; ``accounted for 101,000`` (of these) a count
        return "SHARE" if unit_kind in ("percent", "fraction") or unit_kind is None and not _count_like(t, start, end) \
            else _level_metric(unit_kind)
    if immediate == "or" and unit_kind != "percent" and same_sentence and \
            span_value(same_sentence[-1], "metric") == "CHANGE" and (
                same_sentence[-1].end >= start - 3 or _past_annual_rate(t.lower, same_sentence[-1].end) >= start - 3 or
                start >= 2 and t.text[start - 2] == "," and _timed_gap(t.doc, same_sentence[-1].end, start - 2)) \
            and after not in ("of",):
        # (``rose 4.1% in October, or $1.2 billion, to $30.5 billion``: past the change's time, C36-22)
        return "CHANGE"  # ``were up 0.4%, or 129,000``: the change restated in another unit
    if immediate == "or" and unit_kind == "percent":
        return "SHARE" if after == "of" or not (same_sentence and span_value(same_sentence[-1], "metric") == "CHANGE") \
            else "CHANGE"
    opening = start - 1
    while opening > 0 and t.lower[opening] in BRACKET_BOUNDS and start - opening < 4:
        opening -= 1  # ``rose $209m (less than 1%)``: a bound inside the bracket (C31-19)
    if same_sentence and opening >= 0 and t.text[opening] == "(" and (
            same_sentence[-1].end == opening or same_sentence[-1].end == opening - 1 and
            t.text[opening - 1].isalpha() and t.text[opening - 1].islower() and t.lower[opening - 1] not in ("of",)) and \
            span_value(same_sentence[-1], "metric") == "CHANGE" and span_value(same_sentence[-1], "unit_kind") != unit_kind \
            and after not in ("of",) and _change_verb_or_noun_before(t, same_sentence[-1].start):
        # ``grew by 2.5% (660,000 people) to 27.1 million``, ``increased by 16,000 people (0.1%)``: the change restated
        # in another unit, after its counted noun or not
        return "CHANGE"
    if immediate == "of" and left_words[1:2] and left_words[1] in _LEVEL_NOUNS and unit_kind not in ("percent", "fraction"):
        # ``below the revised September rate of 889,600 and 6.4 percent below ...``: the level a noun names, whatever
        # comparison follows it
        return _level_metric(unit_kind)
    if unit_kind in ("count", None) and immediate == "of" and left_words[1:2] and left_words[1] in _NET_FLOWS and \
            _net_before(t, start - 2):
        return "COUNT"  # ``a provisional net migration gain of 38,800``, ``a net loss of 2,700 citizens`` (C-19)
    if unit_kind == "currency" and immediate2 in ("loss of", "losses of", "net loss of"):
        return "MONEY"  # ``compared with a loss of S$192 million``: a financial result, not a change
    if immediate == "of" and left_words[1:2] == ["and"] and same_sentence and \
            span_value(same_sentence[-1], "metric") == "CHANGE" and _change_noun_of_before(t, start - 2, sentence_start):
        # ``an increase of US$ 2.3 billion (0.3 per cent) on the previous month and of US$ 81.6 billion ... compared
        # with a year earlier``: the change noun left out before the second ``of``
        return "CHANGE"
    if immediate == "of" and measure_changed_before_of(t.lower, lambda m: t.lex[m][_ALPHA], start - 1, sentence_start,
                                                       CHANGE_NOUNS) is not None:
        return "CHANGE"  # ``an increase in the goods deficit of $5.4 billion to $103.4 billion`` (C49-18)
    level = immediate in CUES["level_words"] or immediate2 in CUES["level_phrases"]
    # a percent a change starts from (``increased from 45.2% ... to 46.6%``, ``down 5.5 percentage points from
    # 51.4%``) is a level like the one it reaches: the clause's subject decides its metric
    level = level or unit_kind == "percent" and immediate == "from" and not (
        len(left_words) > 1 and left_words[1] in ("up", "down") and not (
            len(left_words) > 2 and left_words[2] in _REVISING_VERBS))
    # (``has been revised up from 15.1% to 15.3%``: the earlier estimate of a level, read by its subject, C40-34)
    by_change = immediate == "by" and (any(w in change_words for w in left_words[1:3]) or
                                       left_words[1:2] == [","] and _change_word_before_comma(t, start - 2) or
                                       # ``after increasing by 0.7 per cent in September and by 0.2 per cent``
                                       left_words[1:2] == ["and"] and bool(same_sentence) and
                                       span_value(same_sentence[-1], "metric") == "CHANGE" or
                                       _gapped_change(t, start, left_words, same_sentence))
    # ``and that in the euro area by 17 000 to 10.858 million``: ``by`` a figure ``to`` another is a change
    by_change = by_change or immediate == "by" and after == "to" and end + 1 < t.n and _DIGITS.match(t.text[end + 1])
    if immediate == "by" and not by_change:
        # ``employment rose in the Eastern Cape, the Western Cape and North West by 83 000``: the change verb of
        # the clause, with no figure between
        for k in range(start - 2, max(sentence_start, start - 16) - 1, -1):
            if t.text[k] in (";", ":", ".") or _DIGITS.match(t.text[k]):
                break
            if t.lower[k] in change_words and not (k + 1 < t.n and t.lower[k + 1] in _AUXILIARIES):
                # (``Gains were offset by 5,360 demolitions``: a noun of change as the subject, not the verb, C40-51)
                by_change = True
                break
    change_before = immediate in change_words or by_change or immediate2 in CUES["change_phrases"] or \
        immediate in _RAISING_VERBS and _raised_to(t, start, end)  # (C37-10)
    if immediate == "at" and _change_noun_at(t, start, left_words):
        change_before, level = True, False  # ``the largest increase, at 9.6 per cent``: the change's size (C52-7)
    if unit_kind == "percent" and immediate == "to" and same_sentence:
        # ``ranged from 64% of the EU average in Bulgaria to 240% in Luxembourg``: the other end of the range, of the
        # first end's metric (C38-32)
        first = next((x for x in reversed(same_sentence) if span_value(x, "unit_kind") == "percent"), None)
        if first is not None and first.start >= 1 and t.lower[first.start - 1] == "from" and \
                any(w in words("range_verbs") for w in t.lower[max(sentence_start, first.start - 6) : first.start]) and \
                span_value(first, "metric") in ("SHARE", "CHANGE") and start - first.end <= 12:
            return span_value(first, "metric")
    if unit_kind == "percent" and (immediate == "than" or immediate2 == "than the") and \
            any(span_value(q, "unit_kind") == "percent" for q in same_sentence):
        # ``4.6 percent, down from 4.8 percent in August but higher than the 4.4 percent recorded in September
        # 2023``: the level compared with is of the same measure as the sentence's earlier percent
        return _earlier_percent_metric(same_sentence)
    if unit_kind == "percent" and names_target(t.lower, t.text, end):
        # ``below the 95% target``, ``return to the 2% target``: a level named as a goal, read by its subject
        return _percent_from_subject(t, start, left_words, skip=len(left_words), previous=same_sentence)
    if unit_kind == "percent" and immediate == "from" and left_words[1:2] and left_words[1] in ("up", "down") and \
            any(span_value(q, "unit_kind") == "percent" for q in same_sentence):
        # ``27.8% of entries ..., up from 27.2% in 2023``: the same measure's earlier value, of its metric (``growth
        # of 2.1%, up from 1.8%``: a change; ``a rate of 4.1%, up from 3.9%``: a share)
        return _earlier_percent_metric(same_sentence)
    if unit_kind == "percent" and sign is None and not change_before and \
            any(span_value(q, "unit_kind") == "percent" for q in same_sentence) and (
                immediate2 in ("compared with", "compared to") or immediate in ("against", "versus", "vs", "vs.") or
                immediate == "of" and len(left_words) >= 5 and left_words[1] in _EARLIER_EXTREMES and
                left_words[2] == "a" and left_words[3] == "from" and left_words[4] in ("up", "down") or
                _was_after_that_of(t, start, sentence_start)):
        # ``58.4% of patients were seen within four hours, compared with 57.0% a year earlier``, ``was 4.1 per cent,
        # up from a low of 3.5 per cent in late 2022``, ``..., while that of persons aged 50 and above was 3.1%``: the
        # same measure at another time or of another group, of the earlier percent's metric (C51-8)
        return _earlier_percent_metric(same_sentence)
    if unit_kind == "percent" and immediate in ("and", ",") and same_sentence and \
            span_value(same_sentence[-1], "unit_kind") == "percent" and same_sentence[-1].start >= 2 and (
                t.lower[same_sentence[-1].start - 1] == "from" and t.lower[same_sentence[-1].start - 2] in ("up", "down")
                or t.lower[same_sentence[-1].start - 1] == "with" and t.lower[same_sentence[-1].start - 2] == "compared"
                or t.lower[same_sentence[-1].start - 1] in ("against", "versus")) and \
            not any(_DIGITS.match(t.text[k]) and not YEAR_RE.match(t.text[k]) or t.lower[k] in change_words
                    for k in range(same_sentence[-1].end, start - 1)):
        # ``16.2 percent of total sales, up from 16.0 percent in the second quarter and 15.6 percent a year earlier``:
        # the next earlier value of the same measure, of its metric (C29-9)
        return _earlier_percent_metric(same_sentence)
    if unit_kind == "percent":
        if change_before and not level:
            return "CHANGE"
        if after == "of":
            return "SHARE"  # ``38 percent of all cases``, ``only 2% of the same period in 2019``
        if after in ("share", "stake") or t.lower[end : end + 2] == ["market", "share"]:
            return "SHARE"  # ``captured a 15.4% market share``
        if start >= 1 and t.text[start - 1] == "(" and same_sentence and _earlier_time_in_brackets(t, end):
            # ``the unemployment rate at 4.0 percent in the three months to August (3.7 percent a year earlier)``:
            # the same measure at an earlier time, of the metric of the percent it restates
            return _earlier_percent_metric(same_sentence)
        if start >= 2 and t.lower[start - 1] == "the" and t.lower[start - 2] in ("below", "above", "than", "under",
                                                                                 "over") and same_sentence and \
                span_value(same_sentence[-1], "unit_kind") == "percentage_point":
            # ``still 2 percentage points below the 86 percent reached in 2019``: the value the points compare, of the
            # metric of the level they change (C47-32)
            return _earlier_percent_metric(same_sentence)
        if not level and (after in _COMPARATIVES or after in CHANGE_NOUNS or _baseline_follows(t.doc, end, t)):
            return "CHANGE"
        return _percent_from_subject(t, start, left_words, skip=len(left_words) if level else 0,
                                     previous=same_sentence)
    if unit_kind == "fraction":
        return "CHANGE" if change_before or (after in _COMPARATIVES and after not in ("over", "under")) else "SHARE"
    if change_before and not level or (after in _COMPARATIVES and after not in ("over", "under")):
        return "CHANGE"
    if after in CHANGE_NOUNS and after != "inflation":
        return "CHANGE"  # ``The $41.2 billion increase in current-dollar PCE``, ``a 2,300 rise``
    if unit_kind is None and _rate_subject(t, start):
        return "SHARE"  # ``bringing the crude divorce rate down to 1.7``: a bare rate (C3-13)
    if unit_kind != "index_point" and _heading_names_change(t, start):
        return "CHANGE"  # ``Table B. Change in payroll employment by industry`` above ``Total nonfarm   227   186``
    return _level_metric(unit_kind)


def _share_list_item(t: DocTable, start: int, same_sentence: list[Span]) -> bool:
    """Whether the percent at ``start`` is the next item of a list whose first item is a share stated ``of`` its whole:
    in brackets after a name like it (``Cyprus (+4.5% of GDP), Denmark (+3.2%) and Ireland (+1.8%)``), or after
    ``and``/``,`` with only a place between (``3.1% of GDP in the euro area and 3.2% in the EU``); no figure, change
    word or sentence break between."""
    if not same_sentence:
        return False
    previous = same_sentence[-1]
    lower, text = t.lower, t.text
    if span_value(previous, "unit_kind") != "percent" or span_value(previous, "metric") != "SHARE" or \
            previous.end >= t.n or start - previous.end > 12:
        return False
    between = lower[previous.end : start]
    if any(_DIGITS.match(text[k]) for k in range(previous.end, start)) or \
            any(w in (";", ".", ":") or w in CHANGE_NOUNS or w in _CHANGE_UP_DOWN for w in between):
        return False
    of_whole = lower[previous.end] == "of"
    if start >= 2 and text[start - 1] == "(" and previous.start >= 1 and text[previous.start - 1] == "(" and \
            ")" in between and text[start - 2][:1].isupper():
        return of_whole or _share_list_item(t, previous.start, same_sentence[:-1])
    return of_whole and lower[start - 1] in ("and", ",") and "in" in between


#: the nouns of a net flow whose figure is a level (C-19): ``a net migration gain of``, ``a net outflow of``
_NET_FLOWS = frozenset(("gain", "gains", "loss", "losses", "inflow", "inflows", "outflow", "outflows"))


def _net_before(t: DocTable, k: int) -> bool:
    """Whether ``net`` names the flow noun at ``k``: within the five words before it (``a net gain``, ``a provisional
    net migration loss``), or earlier in its sentence before a colon or a comparison that restates the flow
    (``Annual net migration: a gain of 38,800, compared with a gain of 136,000``), with no ``;`` between."""
    lower = t.lower
    first = max(t.sentence(k)[0], k - 14)
    for j in range(k - 1, first - 1, -1):
        if lower[j] in (";", "."):
            return False
        if lower[j] == "net":
            return j >= k - 5 or any(lower[x] in (":", "compared", "against") for x in range(j + 1, k))
    return False


#: nouns naming a level a figure after ``of`` states (``the revised August rate of 1,470,000``): the level words
#: the categories step reads (``to a level of``) and the nouns of a rate or an estimate
_LEVEL_NOUNS = vocabulary("level_words") | {"rate", "estimate", "total", "pace"}


def _change_word_before_comma(t: DocTable, comma: int) -> bool:
    """Whether a change word stands in the words before the comma at ``comma``, in its sentence
    (``employment rose most in New South Wales and Queensland, by 26,400 and 18,700 people``)."""
    if comma < 1 or t.text[comma] != ",":
        return False
    a = t.sentence(comma)[0]
    for k in range(comma - 1, max(a, comma - 12) - 1, -1):
        if t.text[k] in (";", ".", ":"):
            return False
        if t.lower[k] in _CHANGE_WORDS:
            return True
    return False


def _listed_after(t: DocTable, start: int, same_sentence: list, unit_kind: str | None):
    """The figure of the same unit kind that a figure at ``start`` continues a list of, past a bracket
    after it (``416 000 (-3.1%) and 411 000``), or None."""
    if not same_sentence or start < 2:
        return None
    k = start - 1
    if t.lower[k] not in CUES["list_separators"]:
        return None
    k -= 1
    if t.text[k] == ",":
        k -= 1
    if t.text[k] != ")":
        return None
    depth = 0
    while k >= 0:
        if t.text[k] == ")":
            depth += 1
        elif t.text[k] == "(":
            depth -= 1
            if depth == 0:
                break
        k -= 1
    for q in reversed(same_sentence):
        if q.end == k:
            return q if span_value(q, "unit_kind") == unit_kind else None
    return None


def _level_metric(unit_kind: str | None) -> str:
    return {"currency": "MONEY", "measure": "AMOUNT", "index_point": "AMOUNT"}.get(unit_kind, "COUNT")


#: the plural nouns :func:`_percent_from_subject` takes for rate words
_RATE_PLURALS = CUES["rate_plurals"]


@lru_cache(maxsize=1)
def _subject_cue_words() -> frozenset:
    """The words that decide :func:`_percent_from_subject` when it meets them (rate words, subject
    change words, change words)."""
    return words("rate_words") | frozenset(_RATE_PLURALS) | SUBJECT_CHANGE_WORDS | (
        _CHANGE_UP_DOWN - {"more", "less", "fewer", "over"})


#: a capital letter glued to a figure that writes a temperature (``10.9C``, ``50F``)
_GLUED_TEMPERATURES = {"C": "°C", "F": "°F"}
#: verbs whose ``up`` is a particle, no direction (``make up``, ``made up``, ``ended up``)
_PARTICLE_UP_VERBS = frozenset({"make", "makes", "made", "making", "end", "ends", "ended", "ending"})


def _subject_cues(t: DocTable) -> list[int]:
    """Sorted indices of the tokens of :func:`_subject_cue_words` (never a ``;``), found once per
    document, when a percent first asks."""
    if t.subject_cues is None:
        cues, text = _subject_cue_words(), t.text
        lower = t.lower
        # (``which make up the bulk of the reserves (88.7 per cent)``: ``up`` of a phrasal verb moves nothing)
        t.subject_cues = [k for k in compress(range(len(lower)), map(cues.__contains__, lower)) if text[k] != ";" and
                          not (lower[k] == "up" and k >= 1 and lower[k - 1] in _PARTICLE_UP_VERBS) and
                          not (lower[k] == "advanced" and k + 1 < len(lower) and
                               (lower[k + 1] in ("economies", "economy", "countries", "nations", "and") or
                                lower[k + 1].endswith("s") and t.lex[k + 1][_ALPHA] and lower[k + 1] not in
                                words("verbs_after_subject")))]
        # (``advanced economies``, ``advanced and emerging economies``: an adjective, no change word, C46-28)
    return t.subject_cues


def _change_noun_subject(t: DocTable, k: int) -> bool:
    """Whether the change word at ``k`` is a noun heading the clause's subject (``the year-on-year decrease in the
    value of total retail sales has been revised to 7.2%``, ``the monthly change ... is unchanged at 1.0%``): a
    determiner before it, ``in``/``of`` after it."""
    lower = t.lower
    if k + 1 < t.n and lower[k + 1] in ("ranged", "range", "ranging") and singular(lower[k]) in CHANGE_NOUNS:
        return True  # ``increases ranged from 2.9 percent for information to 4.8 percent``: the changes' span (C38-6)
    if k + 1 < t.n and lower[k + 1] in ("in", "of", "for") and lower[k] != singular(lower[k]) and \
            singular(lower[k]) in CHANGE_NOUNS and k >= 1 and lower[k - 1].isalpha() and lower[k - 1] not in DETERMINERS:
        return True  # ``compensation cost increases for the 12-month period``: a plural change noun heads the subject
    return k + 1 < t.n and lower[k + 1] in ("in", "of", "for") and any(
        lower[j] in ("the", "a", "an", "its", "their") for j in range(max(0, k - 7), k))


def _percent_from_subject(t: DocTable, start: int, left_words: list[str], skip: int = 0,
                          previous: list[Span] | None = None) -> str:
    """A percent with no cue next to it: a rate (unemployment, occupancy) is a SHARE, a growth or
    inflation rate a CHANGE; the nearest such word in the clause decides. ``skip``: for a
    level (``slipped to 93.1%``, ``increased from 45.2%``), the verb before it is no subject word: the
    words of the verb phrase right before the figure are passed over.

    A change word that already governs an earlier figure of the sentence (``down from 14.6% in June, and
    14.2% in the euro area``) says nothing of this one and is passed over. When no word decides, or the
    rate word points back (``the corresponding rates for rural and urban areas were 5.89% and 4.63%``),
    the figure states the same measure as the sentence's nearest earlier percent (``while New South
    Wales recorded 3.9%`` after ``growth was highest in Western Australia (+4.5%)``): it takes that
    figure's metric (``previous``: the sentence's earlier figures); SHARE when there is none."""
    text, lower = t.text, t.lower
    first = max(t.sentence(start)[0], start - 25)  # the clause: up to 25 tokens back, semicolons left out
    opening = t.sentence(start)[0]
    while opening < start and lower[opening] in ("the", "a", "an"):
        opening += 1
    if opening + 1 < start and lower[opening] in SHARE_SUBJECTS and lower[opening + 1] == "of":
        return "SHARE"  # ``The proportion of jobs receiving a pay rise of 4.0% or more was 39%``
    if _as_a_share_of(lower, first, start):
        return "SHARE"  # ``Registered unemployment as a share of the labour force was 2.1 percent``
    cues = _subject_cues(t)
    edge = start
    if skip:
        edge = start - 1
        while edge > first and lower[edge] in ("to", "from", "at", "about", "around", "nearly", "almost"):
            edge -= 1
        while edge > first and lower[edge] in _CHANGE_WORDS and not (
                lower[edge] in SUBJECT_CHANGE_WORDS and edge < start - 1 and lower[edge + 1] in _CHANGE_WORDS):
            edge -= 1  # ``slipped``, ``increased`` (not the subject before them: ``Annual inflation rose to 2.3%``)
        edge += 1
    at = bisect_left(cues, edge) - 1  # the nearest deciding word before the figure (and its verb)
    while skip and at >= 0 and cues[at] >= first and lower[cues[at]] in _CHANGE_UP_DOWN and \
            lower[cues[at]] not in SUBJECT_CHANGE_WORDS and not _change_noun_subject(t, cues[at]):
        at -= 1  # a level's own verb (``increased from 45.2% ... to 46.6%``) says nothing of its subject
    starts = [q.start for q in previous or ()]  # in text order
    ends = [q.end for q in previous or ()]
    while at >= 0 and cues[at] >= first:
        cue = cues[at]
        j = bisect_right(starts, cue) - 1
        if j >= 0 and ends[j] > cue:
            at -= 1  # ``percentage`` in ``up 0.2 percentage point to 0.4 percent``: a word of an earlier figure
            continue
        if lower[cue] == "gdp" and cue >= 1 and lower[cue - 1] in ("to", "of"):
            at -= 1  # ``ratios of debt to GDP``: the ratio's denominator, no growth of GDP (C30-23)
            continue
        if lower[cue] in ("price", "prices") and (cue >= 1 and lower[cue - 1] == "at" or
                                                  cue >= 2 and lower[cue - 2] == "at" and t.lex[cue - 1][_ALPHA]):
            at -= 1  # ``people renting at market price (20.6%)``: how they rent, no price that changed (C44-23)
            continue
        if lower[cue] in _CHANGE_UP_DOWN and lower[cue] not in SUBJECT_CHANGE_WORDS and (
                bisect_right(starts, cue) < bisect_left(starts, start) or j >= 0 and 0 <= cue - ends[j] <= 1):
            # ``down from 14.6%``, ``13.7 percentage points lower than in March 2017 (72.6%)``: the change word of
            # an earlier figure
            at -= 1
            continue
        break
    if at < 0 or cues[at] < first:
        if not previous and _heading_names_change(t, start):
            return "CHANGE"  # ``Key points, September 2024 (annual growth rates):`` above ``\u2022 ... M3: 3.2%``
        return _earlier_percent_metric(previous)
    k = cues[at]
    word = lower[k]
    if word in words("rate_words") or word in _RATE_PLURALS:
        j = k - 1
        while j >= first and text[j] == ";":
            j -= 1
        prev = lower[j] if j >= first else ""  # the clause word before it
        if prev in words("change_rate_words") or prev in ("inflation",):
            return "CHANGE"
        if prev in CUES["anaphoric_rate_words"]:
            return _earlier_percent_metric(previous)
        return "SHARE"
    return "CHANGE"  # a subject change word (``growth``) or a change word


def _rate_subject(t: DocTable, start: int) -> bool:
    """Whether the words of its clause before a bare figure at ``start`` name a level rate (``bringing the crude
    divorce rate down to 1.7``): the rate, not a growth or inflation rate, within 12 tokens, with no comma, bracket or
    other figure (a year aside) between."""
    sent_start = t.sentence(start)[0]
    lower, text = t.lower, t.text
    before = start - 1
    while before > sent_start and lower[before] in _bound_last_words():
        before -= 1
    if lower[before] not in ("to", "at", "was", "is", "were", "are", "stood", "remained", "reached", "of", "down", "up") or \
            lower[before] == "of" and lower[before - 1] not in ("rate", "ratio") or \
            start + 1 < t.n and lower[start + 1] == "of":
        return False  # (``the unemployment rate fell in 19 of the 27 Member States``: a count of places)
    for k in range(start - 1, max(sent_start, start - 12) - 1, -1):
        if text[k] in (";", ",", "(", ")") or lower[k] == "with" or \
                _DIGITS.match(text[k]) is not None and not YEAR_RE.match(text[k]):
            return False  # (``the fourth positive rate in a row, with 21 of the 25 activities``: another clause)
        if lower[k] in ("rate", "rates", "ratio", "ratios") and lower[k + 1] != "of":
            # (``at rates of 1,004,000 and 593,000``: a pace, stated in its own unit)
            previous = lower[k - 1] if k > sent_start else ""
            return previous not in words("change_rate_words") and previous not in ("inflation", "growth", "exchange",
                                                                                    "interest", "policy", "tax")
    return False


#: counted nouns that are their own plural, before a comparative (``11,000 head more than October 2023``): the
#: linking rules' invariant plurals and livestock ``head``
_INVARIANT_COUNTED = vocabulary("invariant_plurals") | {"head"}


#: words of approximation that may open a bracketed restatement (``1.3 percent (about 30,000) lower than``)
_BRACKET_APPROXIMATORS = frozenset({"about", "around", "some", "roughly", "approximately", "nearly", "almost", "c."})


#: an annual-rate qualifier after a change (``at an annual rate``, ``at a seasonally adjusted annual rate``)
ANNUAL_RATE_QUALIFIER = re.compile(r"at an? (?:seasonally adjusted )?(?:annual|annualized|annualised) rate\b")


def _past_annual_rate(lower: list, k: int) -> int:
    """Token ``k`` past an annual-rate qualifier that starts there (:data:`ANNUAL_RATE_QUALIFIER`): ``increased 4.7
    percent at an annual rate, or $334.9 billion`` restates the change (C35-19)."""
    found = ANNUAL_RATE_QUALIFIER.match(" ".join(lower[k : k + 6]))
    return k + len(found.group(0).split()) if found is not None else k


def bare_signed(q: Span) -> bool:
    """Whether ``q`` is a signed number with no unit written (``+2``, ``-0.3``): a unit it has was guessed from its
    words around, not written."""
    return q.text[:1] in ("+", "-", "\u2212") and not any(c.isalpha() or c in "%$€£¥₹" for c in q.text)


#: the subjects that lose money rather than value (``they lost $10,000``, ``victims lost $1.2 billion``)
_LOSING_PEOPLE = frozenset(("they", "we", "who", "he", "she", "you", "people", "consumers", "victims", "customers",
                            "investors", "households", "families", "users", "individuals", "reporters"))


#: the nouns a denomination names (``the EUR 50 note``, ``$100 bills``, ``the £2 coin``)
_DENOMINATED = frozenset(("note", "notes", "banknote", "banknotes", "bill", "bills", "coin", "coins"))


def _denomination_follows(text: list, lower: list, lex: list, end: int, n: int) -> bool:
    """Whether a note or coin noun follows token ``end``, directly or after a list of further denominations
    (``EUR 50 and EUR 20 notes``): each item a currency (:func:`_currency`) and its digits, no scale."""
    k = end
    while k + 2 < n and lower[k] in ("and", "or", ",", "to") and _currency(text[k + 1]) is not None and \
            lower[k + 2][:1].isdigit():
        k += 3
    return k < n and lower[k] in _DENOMINATED and not (k + 1 < n and lex[k + 1][_ALPHA] and lex[k + 1][_ISLOWER] and
                                                         lower[k + 1].endswith("ing"))


#: words ending in ``s`` that are no plural noun (a verb, a function word)
_S_FORMS = frozenset(("was", "is", "has", "does", "as", "its", "this", "thus", "plus", "us", "less", "unless", "whereas"))


def _restated_before_comparative(t: DocTable, start: int, end: int) -> str | None:
    """The comparative that follows the figure from ``start`` to ``end``, its counted noun and its restatement (in
    brackets, or after ``or``): ``9.9% (6,422) fewer than``, ``7.7% or 558 fewer than``, ``10,418 crimes (or 4%)
    higher than``, ``312 crimes more than`` (each figure states the change); None when there is none."""
    text, lower, n = t.text, t.lower, t.n
    if _COMPARATIVES.isdisjoint(lower[end : end + 9]):
        return None  # (most figures: no comparative close after them)
    opening = start - 2 if start >= 3 and lower[start - 1] in _BRACKET_APPROXIMATORS else start - 1
    if opening >= 1 and text[opening] == "(" and end + 1 < n and text[end] == ")" and \
            lower[opening - 1] in ("%", "percent", "cent"):
        k = end + 1  # ``9.9% (6,422) fewer``, ``1.3 percent (about 30,000) lower``
    elif start >= 2 and lower[start - 1] == "or" and text[start - 2] == "(" and end + 1 < n and text[end] == ")":
        k = end + 1  # ``10,418 crimes (or 4%) higher``
    else:
        k = end
        if k < n and text[k].isalpha() and text[k].islower() and lower[k] not in _COMPARATIVES and (
                text[k].endswith("s") and lower[k] not in _S_FORMS or lower[k] in _INVARIANT_COUNTED):
            k += 1  # the counted noun (``312 crimes more``, ``11,000 head more``; not ``22.4% was more than twice``)
        if k + 1 < n and text[k] == "(":
            close = next((j for j in range(k + 1, min(n, k + 6)) if text[j] == ")"), None)
            opened = lower[k + 1] == "or" or _DIGITS.match(text[k + 1]) is not None or \
                lower[k + 1] in _BRACKET_APPROXIMATORS and k + 2 < n and _DIGITS.match(text[k + 2]) is not None
            k = close + 1 if close is not None and opened else None
        elif k + 1 < n and lower[k] == "or" and _DIGITS.match(text[k + 1]) is not None:
            k += 2
            while k < min(n, end + 7) and lower[k] not in _COMPARATIVES and text[k] not in (",", ";", ".", "(", ")"):
                k += 1  # (the restatement's scale and noun: ``or 558 fewer``, ``or 1.2 million more``)
    if k is not None and k + 3 < n and lower[k] in ("more", "fewer") and text[k + 1].isalpha() and \
            text[k + 1].islower() and (text[k + 1].endswith("s") or lower[k + 1] in _INVARIANT_COUNTED):
        m = k + 2  # ``, 29 more deaths (+19%) than in 2022``: the counted noun after the comparative
        if text[m] == "(":
            m = next((j + 1 for j in range(m + 1, min(n, m + 6)) if text[j] == ")"), n)
        if m + 1 < n and lower[m] == "than" and _DIGITS.match(text[m + 1]) is None:
            return lower[k]
    if k is None or k + 1 >= n or lower[k] not in _COMPARATIVES or lower[k + 1] != "than" or \
            k + 2 < n and _DIGITS.match(text[k + 2]) is not None:
        return None  # (``cities with more than 2 million cars``: a bound of the next figure)
    return lower[k]


def _as_a_share_of(lower: list[str], first: int, start: int) -> bool:
    """Whether the words from ``first`` to ``start`` hold ``as a share of`` (``percentage``, ``proportion``, ``%``):
    the subject is stated as a part of a whole (``debt as a percentage of GDP stood at 98.4%``)."""
    if "as" not in lower[max(first, 2) - 2 : start]:
        return False
    for k in range(max(first, 2), start - 1):
        if lower[k + 1] == "of" and (lower[k] in SHARE_SUBJECTS or lower[k] == "%") and lower[k - 1] in ("a", "an") and \
                lower[k - 2] == "as":
            return True
    return False


def _earlier_time_in_brackets(t: DocTable, end: int) -> bool:
    """Whether the words from token ``end`` to the closing bracket name an earlier time only (``a year earlier)``,
    ``a month ago)``, ``the previous year)``)."""
    close = next((k for k in range(end, min(t.n, end + 6)) if t.text[k] == ")"), None)
    if close is None or close - end < 2:
        return False
    words_ = t.lower[end:close]
    return words_[-1] in ("earlier", "ago", "before", "previously") or \
        words_[0] in ("the", "a") and words_[1] in ("previous", "prior", "preceding", "same")


#: words after which a bare number is one to call (``the ... line, 136``, ``in an emergency, 999``)
_SERVICE_CUES = frozenset(("line", "hotline", "helpline", "emergency", "telephone", "tel", "tel.", "phone", "freephone",
                           "fax", "whatsapp"))
#: street words after which a number is an address (``Gustav III:s Boulevard 40``, ``Jl. Dr. Sutomo 6-8``)
_STREET_WORDS = frozenset(("boulevard", "street", "st.", "road", "rd.", "avenue", "ave.", "lane", "square", "strasse",
                           "straße", "str.", "rue", "jl.", "jalan", "via", "drive", "platz", "gatan", "vej", "weg",
                           "laan", "plaza", "calle", "avenida", "rua"))


def _service_or_address(t: DocTable, start: int) -> bool:
    """Whether the bare integer at ``start`` is a number to call, named by a cue a comma or two words before it
    (``on the Disque Saúde line, 136``, ``or, in an emergency, 999``), or a part of a postal address: after a street
    word (``Boulevard 40``), or after the house number that follows one (``Boulevard 40, 169 73 Solna``)."""
    lower, text = t.lower, t.text
    first = max(t.sentence(start)[0], start - 6)
    k = start - 1
    if lower[k] == ",":
        k -= 1
    if k >= first and (lower[k] in _SERVICE_CUES or lower[k] in _STREET_WORDS):
        return True
    for j in range(start - 1, first - 1, -1):  # back over numbers, commas and names to a street word
        if lower[j] in _STREET_WORDS:
            return j < start - 1
        if not (text[j] == "," or _PLAIN_INTEGER.fullmatch(text[j]) or text[j][:1].isupper()) or "\n" in t.ws[j]:
            break
    return _street_number(t, start) or 4 <= len(text[start]) <= 5 and start >= 2 and text[start - 1] == "," and \
        start + 1 < t.n and text[start + 1][:1].isupper() and text[start + 1].isalpha() and \
        any(_PLAIN_INTEGER.fullmatch(text[m]) and _street_number(t, m) for m in range(max(first, start - 12), start - 1))


def _street_number(t: DocTable, k: int) -> bool:
    """Whether the integer at token ``k`` is a house number before its street (``2 rue Sainte-Anne``, ``1600
    Pennsylvania Avenue``, ``33 Queen Street``; C43-13): a street word right after it, capitalised (``300 street
    children`` is a count) or a foreign one, or after capitalised names; a postcode after it on its line
    (``..., 21000 Dijon``) is then part of the address too."""
    for j in range(k + 1, min(t.n, k + 5)):
        if t.lower[j] in _STREET_WORDS and (t.text[j][:1].isupper() or t.lower[j] in ("rue", "via", "calle", "rua")):
            after = t.text[j + 1] if j + 1 < t.n else ""
            # (the street ends the address part: ``Avenue NW,``, ``Street,``; not ``12 Road Deaths``)
            return t.lower[j] in ("rue", "via", "calle", "rua") or not after.isalpha() or after.isupper() and len(after) <= 3
        if not (t.text[j][:1].isupper() and t.text[j].isalpha()):
            return False
    return False


def _named_number(t: DocTable, i: int) -> bool:
    """Whether a number word written with a capital inside its sentence is a word of a name: between capitalised
    words (``Index of Eight Core Industries``, ``the CBP One mobile application``, ``the Group of Seven``), never
    at the start of a sentence or a line (``Eight people were injured``, ``- Two thirds: ...``)."""
    text, lower = t.text, t.lower
    word = text[i]
    if not word[:1].isupper() or word.isupper() or not word.isalpha() or word_number(lower[i]) is None:
        return False
    if i == 0 or t.sentence(i)[0] == i or "\n" in text[i - 1] or text[i - 1] in ("-", "--", "•", "*", "(", ":", "\u2013"):
        return False
    before = text[i - 1]
    after = text[i + 1] if i + 1 < t.n else ""
    if after and (lower[i + 1] in SCALES or lower[i + 1] in FRACTION_WORDS or match_unit(text[i + 1 : i + 4], 0) is not None):
        return False  # ``Visitor Arrivals Exceed Four Million``, ``Exports Rise Five Percent``: a headline's figure
    named_before = before[:1].isupper() and before.isalpha() or lower[i - 1] == "of" and i >= 2 and text[i - 2][:1].isupper()
    named_after = after[:1].isupper() and after.isalpha()
    return named_before or named_after


def _bracketed_part_share(t: DocTable, start: int, same_sentence: list) -> bool:
    """Whether a bracketed percent at ``start`` restates the count of a part before its bracket as a share: the
    count right before it with ``of them`` / ``of whom`` between (``5,930 of them (86%)``), or a part stated with
    ``of which`` and its verb and noun (``of which 9,203 were refusals (65%)``)."""
    if not same_sentence:
        return False
    count = same_sentence[-1]
    gap = t.lower[count.end : start - 1]
    if not gap and span_value(count, "metric") in ("MONEY", "AMOUNT", "COUNT") and _shared_part_before(t, count.start):
        return True  # ``of which duty-free shops made up 229.8 billion won (53.1%)``: the part's share of the whole
    if span_value(count, "metric") != "COUNT" or span_value(count, "unit_kind") not in (None, "count"):
        return False
    if gap in (["of", "them"], ["of", "whom"], ["of", "these"], ["of", "those"]):
        return True
    return 1 <= len(gap) <= 3 and gap[0] in ("were", "was", "are", "is") and all(w.isalpha() for w in gap) and \
        _part_before(t, count.start)


def _shares_listed_before_verb(t: DocTable, end: int) -> bool:
    """Whether the bracketed percent ending at token ``end`` (its ``)``) is an item of a list of names with
    bracketed percents that a verb of sharing closes (``Brazil (14.2%), India (13.9%) and China (7.1%) accounted
    for the largest shares``): only names, brackets, percents and joiners up to ``accounted for``/``made up``."""
    lower, text = t.lower, t.text
    stop = min(t.n - 1, end + 25)
    k = end + 1
    while k < stop:
        word = lower[k]
        if word in ("accounted", "accounting", "account", "accounts", "made", "make", "makes", "making",
                    "represented", "representing", "comprised"):
            return k + 1 < t.n and lower[k + 1] in ("for", "up") or word.startswith(("represent", "compris"))
        if word in (",", "and", "(", ")", "%", "per", "cent", "percent", "together") or _DIGITS.match(text[k]) or \
                t.lex[k][_TITLE]:
            k += 1
            continue
        return False
    return False


def _change_verb_after_brackets(t: DocTable, start: int, end: int) -> str | None:
    """The change verb that closes a list of names with bracketed percents, the percent at ``start`` (its ``)`` at
    ``end``) one of them (``supermarkets & hypermarkets (3.4 per cent) and food & alcohol (2.7 per cent) also grew``,
    C52-8): the verb right after a closing bracket or after ``also``; None when no such verb closes the list."""
    lower, text = t.lower, t.text
    if start < 2 or text[start - 1] != "(" or end >= t.n or text[end] != ")":
        return None
    change_up, change_down = words("change_up"), words("change_down")
    k = end + 1
    stop = min(t.n, end + 25)
    while k < stop:
        word = lower[k]
        if word in _LIST_CLOSING_ADVERBS and text[k - 1] == ")":
            k += 1
            if k >= t.n:
                return None  # (a text ending on ``) also``)
            word = lower[k]
        if (text[k - 1] == ")" or lower[k - 1] in _LIST_CLOSING_ADVERBS) and \
                (word in change_up or word in change_down) and word not in _NOT_LIST_VERBS:
            return word
        if word in (",", "and", "(", ")", "&", "-", "%", "per", "cent", "percent") or _DIGITS.match(text[k]) or \
                t.lex[k][_ALPHA] and word not in CLAUSE_BREAKS:
            if word in change_up or word in change_down:
                return None  # a change word inside the list: no list of names
            k += 1
            continue
        return None
    return None


#: adverbs between a list and the verb that closes it (``... and food & alcohol (2.7 per cent) also grew``)
_LIST_CLOSING_ADVERBS = frozenset(("also", "both", "all", "each", "too"))
#: change words that are no verb closing a list (``up``, ``higher``: adverbs and comparatives)
_NOT_LIST_VERBS = frozenset(("up", "down", "more", "less", "over", "under", "higher", "lower", "fewer", "above",
                             "below"))


def _shared_part_before(t: DocTable, start: int) -> bool:
    """Whether a figure at ``start`` is a part a share verb states after ``of which`` (``of which duty-free shops made
    up 229.8 billion won``, ``of which exports accounted for $3.1 billion``): the verb right before it, the cue before
    its subject in its clause."""
    lower = t.lower
    if start < 4 or " ".join(lower[start - 2 : start]) not in SHARE_OPENERS or lower[start - 1] == "of":
        return False  # (the share verbs, ``made up``, ``accounted for``; not ``share of``)
    sent_start = t.sentence(start)[0]
    for k in range(start - 3, max(sent_start, start - 12), -1):
        if lower[k] in (";", ".") or _DIGITS.match(t.text[k]):
            return False
        if lower[k - 1 : k + 1] in (["of", "which"], ["of", "whom"]):
            return True
    return False


def _part_before(t: DocTable, start: int) -> bool:
    """Whether a figure at ``start`` is stated as a part: ``of whom``, ``of which``, ``of these``, ``including``
    right before it."""
    while start > 0 and t.lower[start - 1] in BOUND_WORDS:
        start -= 1  # (``of which about 0.33 million TEU (31.1%) were empty``)
    before = t.lower[max(0, start - 3) : start]
    if before[-1:] == [","]:
        before = before[:-1]  # ``of these, 6,494 (42%) were in social sector accommodation``
    before = before[-2:]
    return before[-1:] == ["including"] or len(before) == 2 and before[0] == "of" and \
        before[1] in ("whom", "which", "these", "those", "them")


#: nouns of a record level (``the 16-year high reached in mid-October``)
RECORD_PEAKS = frozenset({"high", "low", "peak", "record", "trough", "maximum", "minimum"})
#: the earlier extremes a level is said to come from (``up from a low of 3.5 per cent``)
_EARLIER_EXTREMES = RECORD_PEAKS | {"level", "rate"}


def _was_after_that_of(t: DocTable, start: int, sentence_start: int) -> bool:
    """Whether the figure at ``start`` is stated of ``that of``/``those of`` a group after a comma (``, while that of
    persons aged 50 and above was 3.1%``): the measure of the clause before, for another group."""
    if start < 2 or t.lower[start - 1] not in ("was", "were", "stood", "at", "reached"):
        return False
    for k in range(start - 2, max(sentence_start, start - 14), -1):
        if t.text[k] in (",", ";", "(", ")") or _DIGITS.match(t.text[k]):
            return False
        if t.lower[k] == "of" and t.lower[k - 1] in ("that", "those"):
            return k - 2 >= sentence_start and (t.text[k - 2] == "," or t.lower[k - 2] in ("while", "whereas", "and",
                                                                                            "but"))
    return False


def _earlier_percent_metric(previous: list[Span] | None) -> str:
    """The metric of the nearest earlier percent among ``previous`` (one sentence's figures), SHARE
    when there is none (see :func:`_percent_from_subject`)."""
    figures = list(previous or ())
    for i in range(len(figures) - 1, -1, -1):
        q = figures[i]
        if span_value(q, "unit_kind") == "percent":
            if _bracketed_change_of(figures, i):
                continue  # ``at 75.0% (+0.9; +1.2%), followed by Northern America (74.8%)``: the change of the level
                # before it, not the measure the list restates (C46-4)
            metric = span_value(q, "metric")
            if metric in ("SHARE", "CHANGE"):
                return metric
    return "SHARE"


def _bracketed_change_of(figures: list[Span], i: int) -> bool:
    """Whether ``figures[i]`` is a signed figure in brackets that open right after a figure (or lower-case words of
    its own after it), alone or after others of the same bracket (``75.0% (+0.9; +1.2%)``): a change of that figure."""
    q = figures[i]
    if q.text[:1] not in "+-\u2212":
        return False
    doc = q.doc
    k = q.start - 1
    j = i - 1
    while k >= 0 and doc[k].text in (";", ","):
        if j >= 0 and figures[j].end == k and figures[j].text[:1] in "+-\u2212":
            k = figures[j].start - 1
            j -= 1
        else:
            return False
    if k < 1 or doc[k].text != "(":
        return False
    k -= 1
    while k > 0 and k >= q.start - 8 and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in ("and", "or"):
        k -= 1  # (``75.0% closed (+0.9; +1.2%)``: a word of the level's own between)
    return doc[k].text == "%" or doc[k].text[:1].isdigit()


def _quote_tokens(doc: Doc) -> list[int]:
    """Indices of the quote tokens of ``doc``, found once per document."""
    cache = doc_cache(doc)
    hit = cache.get("quote_tokens")
    if hit is None or hit[0] != len(doc):
        orths = doc.to_array([ORTH]).reshape(-1) if len(doc) else numpy.zeros(0, dtype="uint64")
        quotes = numpy.array([doc.vocab.strings[q] for q in sorted(QUOTES)], dtype="uint64")
        hit = cache["quote_tokens"] = (len(doc), numpy.flatnonzero(numpy.isin(orths, quotes)).tolist())
    return hit[1]


def _baseline_follows(doc: Doc, end: int, t: DocTable | None = None) -> bool:
    t = t or doc_table(doc)
    starts, baselines = span_starts(doc, "BASELINE")
    for k in range(bisect_left(starts, end), len(starts)):  # the baselines starting in end..end+4
        span = baselines[k]
        span_start = span.start
        if span_start > end + 4:
            break
        if end <= span_start <= end + 4 and t.sentence(span_start)[0] == t.sentence(end - 1)[0]:
            close = next((j for j in range(end, span_start) if t.text[j] == ")"), None)
            if close is not None and close + 1 < span_start and t.lower[close + 1].endswith("ed") and \
                    t.lower[close + 1] not in _COMPARATIVES:
                continue  # ``Nine of the twelve groups (75%) produced more than a year earlier``: the clause's, past
                # the figure's own bracket (C42-38)
            if span.end + 1 < t.n and t.lower[span.end] == "of" and _digits(t.text[span.end + 1]) is not None and \
                    t.lower[span_start - 1] == "from":
                continue  # ``5.1%, down from the 2021 high of 6.4%``: the value the level is compared with follows
            if not any(_digits(t.text[j]) is not None or t.lower[j] in _NO_CHANGE_WORDS for j in range(end, span_start)):
                return True  # not ``6.0%, stable compared with June``: a level said to be unchanged
    return False


def direction_from_context(doc: Doc, start: int, end: int) -> str | None:
    """``up`` or ``down`` from the nearest direction word around a CHANGE, else None."""
    return _direction_from_context(doc_table(doc), start, end)


def _direction_from_context(t: DocTable, start: int, end: int) -> str | None:
    if t.text[start][:1] == "±" or t.lower[max(0, start - 3) : start] == ["plus", "or", "minus"]:
        return None  # a margin of error has no direction (GUIDELINES C10-1; ``plus or minus 0.5%``, C41-13)
    if _level_of_a_rate(t, start, end):
        return "up"
    comparative = _restated_before_comparative(t, start, end)
    if comparative is not None:
        return "up" if comparative in COMPARATIVES_UP else "down"
    left, word = _clause_words(t, start, end, 12, 3)
    lower = t.lower
    if end + 3 < len(lower) and lower[end] == "(" and lower[end + 2] == ")" and lower[end + 1] in _POINT_ABBREVIATIONS:
        word = lower[end + 3]  # ``2.1 percentage points (pp) lower than``: past the unit's abbreviation (C44-22)
    if start > 0 and lower[start - 1] in ("negative", "positive"):
        return "down" if lower[start - 1] == "negative" else "up"  # ``London (negative 0.4%)``: the sign written out
    closing = _change_verb_after_brackets(t, start, end)
    if closing is not None:
        return "up" if closing in words("change_up") else "down"  # ``... and food (2.7 per cent) also grew`` (C52-8)
    if word:
        if word in _UP_AFTER or word in CUES["change_nouns_up"]:
            return "up"
        if word in _DOWN_AFTER or word in CUES["change_nouns_down"]:
            return "down"
    change_up, change_down = words("change_up"), words("change_down")
    reached = _verb_of_level_before_bracket(t, start)
    if reached is not None:
        return "up" if reached in change_up else "down"
    for word in _strip_bound(left):
        if word in change_up and word not in ("more", "over"):
            return "up"
        if word in change_down and word not in ("less", "fewer", "under"):
            return "down"
        if word in _RAISING_VERBS and ("by" in left[:3] or _raised_to(t, start, end)):
            return "up"  # ``raised Bank Rate by 0.25 percentage points`` (not ``raised £2 million``: C25-6)
    if _first_growth_subject(t, t.sentence(start)[0]) < start:
        return "up"
    up_nouns, down_nouns = _directed_change_nouns()
    for k in range(start - 1, max(t.sentence(start)[0], start - 25) - 1, -1):
        word = lower[k]
        if word == ";" or word == ":":
            break
        if (word in up_nouns or word in down_nouns) and _change_noun_subject(t, k):
            # ``compensation cost increases for the 12-month period ranged from 3.2 percent``: the subject's change
            return "up" if word in up_nouns else "down"
    return None


@lru_cache(maxsize=1)
def _directed_change_nouns() -> tuple[frozenset, frozenset]:
    """The change nouns of each direction with their plurals (``increase``, ``increases``), read once."""
    def forms(nouns) -> frozenset:
        return frozenset(nouns) | frozenset(n + "s" for n in nouns) | frozenset(n + "es" for n in nouns)
    return forms(CUES["change_nouns_up"]), forms(CUES["change_nouns_down"])


def _verb_of_level_before_bracket(t: DocTable, start: int) -> str | None:
    """The change verb of the level a bracketed figure at ``start`` follows (``increased to £309,000 in England
    (2.5%)``: ``increased``, C38-8): the level after ``to``, at most a short place phrase between it and the
    bracket; None when there is no such verb."""
    lower, text = t.lower, t.text
    if start < 3 or text[start - 1] != "(":
        return None
    first = t.sentence(start)[0]
    k = start - 2
    while k > first and k > start - 8 and not _DIGITS.match(text[k]):
        if text[k] in (",", ";", ":", ")", "(", "."):
            return None
        k -= 1
    if not _DIGITS.match(text[k]):
        return None
    while k > first and (_DIGITS.match(text[k - 1]) or text[k - 1] in ("$", "€", "£", "¥")):
        k -= 1
    if k - 3 >= first and lower[k - 1] in (",", "and") and text[k - 2] == ")":
        # ``..., £214,000 in Wales (2.5%)``: the next item of a list of levels with their changes, the first item's verb
        opening = next((m for m in range(k - 3, max(first, k - 8), -1) if text[m] == "("), None)
        return None if opening is None else _verb_of_level_before_bracket(t, opening + 1)
    if k - 2 < first or lower[k - 1] != "to":
        return None
    verb = lower[k - 2]
    return verb if verb in words("change_up") or verb in words("change_down") else None


def _first_growth_subject(t: DocTable, sent_start: int) -> int:
    """The index of the first growth-subject word (``growth``, ``inflation``) of the sentence starting at
    ``sent_start``, or the sentence's end: found once per sentence (a list of 400 figures asks 400 times)."""
    found = t.growth_first.get(sent_start)
    if found is None:
        growth, lower = CUES["growth_subjects"], t.lower
        end = t.sentence(sent_start)[1]
        found = t.growth_first[sent_start] = next((k for k in range(sent_start, end) if lower[k] in growth), end)
    return found


def _change_verb_or_noun_before(t: DocTable, start: int) -> bool:
    """Whether a change word stands within three words before token ``start`` (``grew by``, ``an increase of``)."""
    return any(w in _CHANGE_UP_DOWN or w in CHANGE_NOUNS for w in t.lower[max(0, start - 3) : start])


def _level_of_a_rate(t: DocTable, start: int, end: int) -> bool:
    """Whether an unsigned percent that is a rate of change is the level a change reaches or left
    (``inflation fell to 3.3 percent``, ``eased further to 17.4%``, ``..., from 4.0 percent``): the verb
    moves the rate, the rate itself is a rise (GUIDELINES C7-5). A figure naming its own direction (``to a
    0.5 percent decline``) is no such level."""
    lower = t.lower
    if end - 1 < 0 or lower[end - 1] not in ("%", "percent", "cent") or _own_direction_word(t, end):
        return False
    k = start - 1
    while k >= 0 and lower[k] in BOUND_WORDS:
        k -= 1
    if k < 1 or lower[k] not in ("to", "from") or lower[k - 1] == "up" and lower[k] == "to":
        return False
    first = t.sentence(start)[0]
    if any(w in _CHANGE_UP_DOWN for w in lower[max(first, k - 6) : k]):
        return True
    # ``fell to 3.3 percent in the June quarter, from 4.0 percent``: the level left, after the level reached
    return lower[k] == "from" and any(
        lower[j] == "to" and any(w in _CHANGE_UP_DOWN for w in lower[max(first, j - 3) : j])
        for j in range(k - 1, max(first, k - 14) - 1, -1))


#: verbs that raise their object by the figure after ``by``
_RAISING_VERBS = frozenset({"raise", "raised", "raises", "raising", "lift", "lifted", "lifts", "lifting"})


def _raised_to(t: DocTable, start: int, end: int) -> bool:
    """Whether the figure at ``start`` is what a raising verb adds to a forecast or level: the verb in the passive
    right before it (``Domestic use is raised 5 million bushels``), or right before it with ``to`` and the level
    after it (``raised 75 million bushels to 2,475 million``); not money raised (``raised £2 million``, C37-10)."""
    lower = t.lower
    k = start - 1
    while k >= 0 and lower[k] in BOUND_WORDS:
        k -= 1
    if k < 1 or lower[k] not in _RAISING_VERBS:
        return False
    if lower[k - 1] in ("is", "are", "was", "were", "been", "be"):
        return True
    return end + 1 < t.n and lower[end] == "to" and _DIGITS.match(t.text[end + 1]) is not None

_UP_AFTER = COMPARATIVES_UP - {"over"}
_DOWN_AFTER = COMPARATIVES_DOWN - {"under"}


#: words that introduce a value stated for comparison after the current one (``43.1%, up from
#: 41.7% in 2019-20``, ``stood at 10.0%, compared with 10.4%``; GUIDELINES D-6, D-26)
BOUND_WORDS = CUES["bound_words"]
COMPARED_WITH = (("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"), ("against",),
                 ("versus",), ("vs",), ("vs.",), ("from",))


#: how far (in tokens) :func:`align_previous_values` looks back for an explicit comparison; other cues reach 10
_ALIGN_REACH = 16
_EXPLICIT_COMPARISONS = (("compared", "with"), ("compared", "to"), ("against",), ("versus",), ("vs",), ("vs.",))


def align_previous_values(doc: Doc, quantities: list[Span]) -> None:
    """A previous value states the same measure as the figure it is compared with, so it takes that
    figure's metric: in ``accounted for 43.1% of admissions, up from 41.7% in 2019-20`` the 41.7% is a
    SHARE like 43.1% although ``up`` stands before it, and in ``grew 0.46% in May, against 0.37% in
    April`` the 0.37% is a CHANGE. The current figure is the nearest earlier figure of the sentence in
    the same unit kind, with at most ten words (sixteen after ``compared with``, ``against``) and no other
    figure between, and only percent-like
    figures (where SHARE and CHANGE compete) are aligned."""
    if len(quantities) < 2:
        return
    ordered = sorted(quantities, key=lambda x: (x.start, x.end))
    kinds = span_values_of(ordered, "unit_kind")  # never changed here; metrics and directions are
    t = doc_table(doc)
    aligned: set[tuple[int, int]] = set()  # the values compared that took their figure's metric
    for k in range(1, len(ordered)):
        kind = kinds[k]
        if kind not in ("percent", "percentage_point"):
            continue
        q, before = ordered[k], ordered[k - 1]
        after_restated = before.end  # where the comparison after the figure compared starts
        if kinds[k - 1] != kind:
            # ``accounted for 24% of the total, or about 940,000 TEU, compared with 19% a year earlier``: past the
            # figure's restatement in another unit
            gap = t.lower[ordered[k - 2].end : before.start]
            while gap and gap[-1] in ("about", "around", "some", "nearly", "almost", "roughly"):
                gap = gap[:-1]
            if k < 2 or kinds[k - 2] != kind or gap[-2:] != [",", "or"] or len(gap) > 8:
                continue
            before = ordered[k - 2]
        if before.end > q.start or q.start - after_restated > _ALIGN_REACH or before.start < t.sentence(q.start)[0]:
            continue
        cue = cue_before(doc, q.start, after_restated)
        joiner = q.start - 1
        while joiner > before.end and t.lower[joiner] in ("just", "only", "about", "around", "nearly", "almost", "some"):
            joiner -= 1  # (``and just 13.2% in 2018/19``)
        if cue is None and (before.start, before.end) in aligned and \
                t.lower[joiner] in ("and", ",") and before.end < joiner and \
                _timed(doc).issuperset(range(before.end, joiner)):
            # ``compared with 35.3% a year earlier and 13.2% in 2018/19``: the next value compared, each with its own
            # time, of the same measure (C38-28)
            set_span_value(q, "metric", span_value(before, "metric"))
            set_span_value(q, "direction", span_value(before, "direction"))
            aligned.add((q.start, q.end))
            continue
        if cue is None or q.start - after_restated > 10 and cue not in _EXPLICIT_COMPARISONS:
            continue  # an explicit comparison reaches further (``48% of jobs ... received a pay rise, compared with 52%``)
        metric, before_metric = span_value(q, "metric"), span_value(before, "metric")
        if metric == before_metric == "CHANGE" and cue in (("up", "from"), ("down", "from")) and \
                span_value(q, "direction") == cue[0] and span_value(before, "direction") not in (None, cue[0]) and \
                not _own_direction_word(t, q.end):
            # ``rose 2.6 percent in the second quarter, down from 3.4 percent in the first``: ``down`` compares
            # the two rates; the earlier rate was a rise too
            set_span_value(q, "direction", span_value(before, "direction"))
            continue
        if metric == before_metric or {metric, before_metric} != {"SHARE", "CHANGE"}:
            continue
        if cue == ("from",) and not any(w in words("change_up") or w in words("change_down")
                                        for w in t.lower[max(before.end, q.start - 4) : q.start]):
            continue  # a bare ``from`` only after a change word (``, rising from``)
        set_span_value(q, "metric", before_metric)
        set_span_value(q, "direction", span_value(before, "direction") if before_metric == "CHANGE" else None)
        aligned.add((q.start, q.end))


def _timed(doc: Doc) -> set[int]:
    """The tokens of ``doc``'s PERIOD and BASELINE phrases."""
    return {j for x in group_spans(doc) if x.label_ in ("PERIOD", "BASELINE") for j in range(x.start, x.end)}


def _own_direction_word(t: DocTable, end: int) -> bool:
    """Whether a change word follows a figure (``a 0.3 percent fall``): the figure states its own direction."""
    following = t.lower[end : end + 2]
    return any(w in words("change_up") or w in words("change_down") for w in following)


#: :data:`COMPARED_WITH` by last word, each list in the order of :data:`COMPARED_WITH`
_COMPARED_WITH_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {
    last: tuple(cue for cue in COMPARED_WITH if cue[-1] == last) for last in {cue[-1] for cue in COMPARED_WITH}}


def cue_before(doc: Doc, start: int, limit: int) -> tuple[str, ...] | None:
    """The comparison cue of :data:`COMPARED_WITH` that ends right before ``start`` (after ``limit``),
    bound words (``about``) skipped."""
    lower = token_columns(doc).lower
    k = start
    while k - 1 >= limit and lower[k - 1] in BOUND_WORDS:
        k -= 1
    if k - 2 >= limit and lower[k - 1] == "than" and lower[k - 2] in ("more", "less", "fewer"):
        k -= 2  # ``compared with more than 232,000`` (not every bound phrase: ``above``, ``lower than`` are cues)
    if k - 1 < limit:
        return None
    for cue in _COMPARED_WITH_BY_LAST.get(lower[k - 1], ()):  # only the cues ending with the word before
        n = len(cue)
        if k - n >= limit and tuple(lower[k - n : k]) == cue:
            return cue
    return None


class Exclusions:
    """Numbers that are no statistic, as Matcher patterns in ``data/<lang>/exclusions.jsonl``.

    Each line is ``{"label": ..., "pattern": [...]}`` with spaCy ``Matcher`` token patterns; every
    number token inside a match is blocked (``S&P 500``, ``Boeing 737``, ``10 Downing Street``,
    ``won 3-1``, ``Sept. 3-5``, ``John Smith, 45,``). A rule with ``"unless": "unit"`` yields when
    the figure has a unit or scale (``May 5`` is a date, ``May 5 million tons`` is not). A string
    ``"$name"`` in a pattern stands for the lexicon word list ``name`` (``"$months"``: one list of
    month names).

    :meth:`blocked` does not run the spaCy ``Matcher`` (kept as ``self.matcher``, which costs
    about the same per token whatever the patterns): the patterns are compiled into tests on the
    document's token-attribute array (:class:`TokenPatterns`), which give the same tokens; patterns
    using what the compiler does not know fall back to a ``Matcher`` of their own.

    Identifiers a token pattern cannot say (``42 U.S.C. 242k``, ``(+353) 1 498 4000``, ``Cardiff CF10 4BZ``) are
    regular expressions over the text in ``data/<lang>/text_exclusions.json``, each tried only on a text holding one of
    the strings it ``needs``: every number token starting inside a match is blocked (C52-13).
    """

    def __init__(self, nlp: Language, path=None):
        text_rules = json.loads(resources.files("pipeline").joinpath(f"data/{nlp.lang}/text_exclusions.json")
                                .read_text(encoding="utf-8"))["patterns"]
        # (each rule is tried only on a text holding one of the strings it ``needs``: most texts hold none)
        self.text_patterns = [(tuple(rule.get("needs", ())), re.compile(rule["regex"])) for rule in text_rules]
        self.matcher = Matcher(nlp.vocab)
        self.labels: dict[str, str] = {}  # matcher key -> label
        self.unless_unit: set[str] = set()
        rules: list[tuple[str, list[dict]]] = []
        path = path or resources.files("pipeline").joinpath(f"data/{nlp.lang}/exclusions.jsonl")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rule = json.loads(line)
                key = f"{rule['label']}:{number}"
                pattern = [self._expand(token) for token in rule["pattern"]]
                self.matcher.add(key, [pattern])
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: bad exclusion pattern: {error!r}") from error
            self.labels[key] = rule["label"]
            if rule.get("unless") == "unit":
                self.unless_unit.add(key)
            rules.append((key, pattern))
        self.patterns = TokenPatterns(nlp.vocab, rules)

    @staticmethod
    def _expand(token: dict) -> dict:
        out = {}
        for attr, value in token.items():
            if isinstance(value, dict):
                value = {op: sorted(words(arg[1:])) if isinstance(arg, str) and arg.startswith("$") else arg
                         for op, arg in value.items()}
            out[attr] = value
        return out

    def blocked(self, doc: Doc, table: "DocTable | None" = None) -> tuple[set[int], set[int]]:
        """Indices of the number tokens inside an exclusion match: (always blocked, blocked unless a unit)."""
        hard, soft = self.patterns.covered(doc, self.unless_unit, table)
        text = text_of(doc)
        for needs, pattern in self.text_patterns:
            if needs and not any(word in text for word in needs):
                continue
            for found in pattern.finditer(text):
                span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
                if span is not None:
                    hard.update(token.i for token in span if token.like_num or token.text[:1].isdigit() or
                                token.text[:1] == "+" and token.text[1:2].isdigit())
        for i in [i for i in hard if 3 <= i and doc[i - 1].text == "(" and doc[i - 2].is_title]:
            if ends_place_name([t.text for t in doc[max(0, i - 4) : i - 1]]):
                hard.discard(i)  # ``New Zealand (85)``: a place's figure, not a person's age after a name (C45-17)
        return hard, soft - hard

    def blocked_by_matcher(self, doc: Doc) -> tuple[set[int], set[int]]:
        """:meth:`blocked` computed with spaCy's ``Matcher`` (the reference the fast path is tested against)."""
        hard, soft = set(), set()
        for match_id, start, end in self.matcher(doc):
            target = soft if doc.vocab.strings[match_id] in self.unless_unit else hard
            for token in doc[start:end]:
                if token.like_num or token.text[:1].isdigit():
                    target.add(token.i)
        return hard, soft - hard


#: token flags a pattern may test, in the columns of :meth:`TokenPatterns.covered`'s array
_FLAG_ATTRS = {"LIKE_NUM": LIKE_NUM, "IS_DIGIT": IS_DIGIT, "IS_TITLE": IS_TITLE, "IS_ALPHA": IS_ALPHA,
               "IS_LOWER": IS_LOWER, "IS_UPPER": IS_UPPER, "IS_PUNCT": IS_PUNCT, "IS_SPACE": IS_SPACE}
_COMPARE = {"==": numpy.equal, "!=": numpy.not_equal, ">=": numpy.greater_equal, "<=": numpy.less_equal,
            ">": numpy.greater, "<": numpy.less}


class _Unsupported(Exception):
    """A pattern :class:`TokenPatterns` cannot compile (it runs through spaCy's ``Matcher``)."""


class TokenPatterns:
    """spaCy ``Matcher`` token patterns run over a document's lexemes, where they may match only.

    Answers the one question the recognizer asks the ``Matcher``: which number tokens (``like_num``
    or opening with a digit) lie inside some match of each pattern. A token test is ``ORTH`` or
    ``LOWER`` equal to a string or ``IN`` a list, a flag of ``_FLAG_ATTRS`` and ``LENGTH`` (equal or
    compared); the operators are ``?``, ``*``, ``+``, ``{n}``, ``{n,m}``, ``{n,}`` and ``{,m}``.
    Patterns with anything else go to a ``Matcher`` of their own.

    All these tests read lexeme attributes, so each distinct word is tested once (and remembered):
    one bit per test in an integer per token. A pattern is tried only when every token it needs
    occurs in the document, and only at the starts its rarest needed token allows (its anchor);
    from each start a small matcher follows every way the operators allow (the ``Matcher`` returns
    every match, not only the greedy ones), so the tokens covered from that start are those up to
    its farthest end.
    """

    def __init__(self, vocab, rules: list[tuple[str, list[dict]]]):
        self.vocab = vocab
        self.word_sets: list[tuple[str, frozenset]] = []  # (ORTH|LOWER, words)
        self.tests: list[tuple] = []  # distinct token tests (tuples of conditions), one bit each
        self.compiled: list[tuple[str, tuple]] = []  # key, ((test bit, fewest, most), ...)
        self.fallback = Matcher(vocab)
        self.fallback_keys: set[str] = set()
        for key, pattern in rules:
            try:
                elements = tuple(self._compile(token) for token in pattern)
                if not any(fewest for _, fewest, _ in elements):
                    raise _Unsupported("no token it needs")
                self.compiled.append((key, elements))
            except _Unsupported:
                self.fallback.add(key, [pattern])
                self.fallback_keys.add(key)
        self.plans = [(key, elements, sum({t for t, fewest, _ in elements if fewest}), self._anchor(elements))
                      for key, elements in self.compiled]
        self.flags = sorted({c[1] for test in self.tests for c in test if c[0] == "flag"} | {"LIKE_NUM"})
        self.columns = [ORTH, LOWER, LENGTH] + [_FLAG_ATTRS[f] for f in self.flags]
        self._lexemes: dict[int, int] = {}  # orth -> test bits << 1 | is a number token
        # the conditions of the tests as atoms, one bit each: a word's atoms come from two look-ups
        # (its text, its lower form), its flags and lengths; its test bits from its atoms (remembered)
        atoms = sorted({c for test in self.tests for c in test}, key=repr)
        self._atom = {c: 1 << k for k, c in enumerate(atoms)}
        self._needs = [sum(self._atom[c] for c in test) for test in self.tests]
        self._orth_atoms: dict[str, int] = {}
        self._lower_atoms: dict[str, int] = {}
        for c in atoms:
            if c[0] == "words":
                table = self._lower_atoms if c[1] == "LOWER" else self._orth_atoms
                for word in c[2]:
                    table[word] = table.get(word, 0) | self._atom[c]
        self._flag_atoms = [(self.flags.index(c[1]), c[2], self._atom[c]) for c in atoms if c[0] == "flag"]
        self._length_atoms = [(_COMPARE[c[1]], c[2], self._atom[c]) for c in atoms if c[0] == "length"]
        self._like_num = self.flags.index("LIKE_NUM")
        self._bits_of_atoms: dict[int, int] = {}
        self._bits_of_words: dict[tuple, int] = {}  # (word atoms, length, *flags) -> test bits

    def _compile(self, token: dict) -> tuple[int, int, int]:
        conditions = []
        fewest, most = 1, 1
        for attr, value in token.items():
            attr = attr.upper() if isinstance(attr, str) else attr
            if attr == "OP":
                fewest, most = self._operator(value)
            elif attr in ("ORTH", "LOWER", "TEXT"):
                if isinstance(value, str):
                    members = frozenset([value])
                elif isinstance(value, dict) and list(value) == ["IN"] and all(isinstance(w, str) for w in value["IN"]):
                    members = frozenset(value["IN"])
                else:
                    raise _Unsupported(attr)
                conditions.append(("words", "LOWER" if attr == "LOWER" else "ORTH", members))
            elif attr in _FLAG_ATTRS and isinstance(value, bool):
                conditions.append(("flag", attr, value))
            elif attr == "LENGTH" and isinstance(value, int) and not isinstance(value, bool):
                conditions.append(("length", "==", value))
            elif attr == "LENGTH" and isinstance(value, dict) and value and all(
                    op in _COMPARE and isinstance(n, int) and not isinstance(n, bool) for op, n in value.items()):
                conditions.extend(("length", op, n) for op, n in value.items())
            else:
                raise _Unsupported(attr)
        test = tuple(sorted(conditions, key=repr))
        if test not in self.tests:
            if len(self.tests) >= 62:  # one bit of an int64 each
                raise _Unsupported("too many token tests")
            self.tests.append(test)
        return 1 << self.tests.index(test), fewest, most

    @staticmethod
    def _operator(op) -> tuple[int, int]:
        """(fewest, most) repetitions of a token with operator ``op``; most -1: unbounded."""
        table = {"1": (1, 1), "?": (0, 1), "*": (0, -1), "+": (1, -1)}
        if isinstance(op, str) and op in table:
            return table[op]
        if isinstance(op, str) and op.startswith("{") and op.endswith("}"):
            inner = op[1:-1] if "," in op else f"{op[1:-1]},{op[1:-1]}"
            n, m = inner.split(",", 1)
            if (n == "" or n.isdecimal()) and (m == "" or m.isdecimal()) and (n or m) and \
                    not (n and m and int(n) > int(m)):
                return int(n or 0), (int(m) if m else -1)
        raise _Unsupported(op)

    def _anchor(self, elements: tuple) -> tuple[int, int, int]:
        """(index, fewest tokens before it, most before it or -1) of the needed token a pattern is
        looked for by: a word list (the shortest) before a flag; the earliest on ties."""
        def rank(k: int) -> tuple:
            test = self.tests[elements[k][0].bit_length() - 1]
            sizes = [len(c[2]) for c in test if c[0] == "words"]
            return (min(sizes) if sizes else 1_000_000, k)

        k = min((k for k, (_, fewest, _) in enumerate(elements) if fewest), key=rank)
        before = elements[:k]
        fewest = sum(f for _, f, _ in before)
        most = -1 if any(m == -1 for _, _, m in before) else sum(m for _, _, m in before)
        return k, fewest, most

    def _lexeme(self, text: str, lower: str, length: int, flags: list) -> int:
        """A word's test bits << 1 | whether it is a number token (``flags`` in the order of ``self.flags``)."""
        words_atoms = self._orth_atoms.get(text, 0) | self._lower_atoms.get(lower, 0)
        key = (words_atoms, length, *flags)
        bits = self._bits_of_words.get(key)
        if bits is not None:
            return bits << 1 | (bool(flags[self._like_num]) or text[:1].isdigit())
        atoms = words_atoms
        for k, value, atom in self._flag_atoms:
            if bool(flags[k]) == value:
                atoms |= atom
        for compare, n, atom in self._length_atoms:
            if compare(length, n):
                atoms |= atom
        bits = self._bits_of_atoms.get(atoms)
        if bits is None:
            bits = self._bits_of_atoms[atoms] = sum(1 << t for t, need in enumerate(self._needs) if atoms & need == need)
        if len(self._bits_of_words) < 100_000:
            self._bits_of_words[key] = bits
        return bits << 1 | (bool(flags[self._like_num]) or text[:1].isdigit())

    def token_bits(self, doc: Doc, table: "DocTable | None" = None) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Per token: the bits of the tests it passes, and whether it is a number token (``table``:
        the document's :class:`DocTable`, whose ORTH ids are used if given)."""
        if not len(doc):
            return numpy.zeros(0, dtype=numpy.int64), numpy.zeros(0, dtype=bool)
        orths = table.orths if table is not None and table.n == len(doc) else doc.to_array(ORTH).tolist()
        lexemes = self._lexemes
        get = lexemes.get
        packed = list(map(get, orths))  # test bits << 1 | is a number token
        if None in packed:  # new words: their lexeme attributes (the flags are lexeme properties)
            vocab = doc.vocab
            names = [flag.lower() for flag in self.flags]
            for i, entry in enumerate(packed):
                if entry is None:
                    orth = orths[i]
                    entry = lexemes.get(orth)
                    if entry is None:
                        lexeme = vocab[orth]
                        text = lexeme.orth_
                        entry = self._lexeme(text, lexeme.lower_, len(text), [getattr(lexeme, f) for f in names])
                        if len(lexemes) < 1_000_000:
                            lexemes[orth] = entry
                    packed[i] = entry
        array = numpy.array(packed, dtype=numpy.int64)
        return array >> 1, (array & 1).astype(bool)

    def covered(self, doc: Doc, soft_keys=(), table: "DocTable | None" = None) -> tuple[set[int], set[int]]:
        """The number tokens inside a match of a pattern whose key is not in ``soft_keys``, and inside
        a match of one whose key is."""
        bits, numbers = self.token_bits(doc, table)
        hard: set[int] = set()
        soft: set[int] = set()
        if not numbers.any():
            return hard, soft
        n = len(bits)
        present = int(numpy.bitwise_or.reduce(bits))
        tb, is_number = bits.tolist(), numbers.tolist()
        positions: dict[int, list[int]] = {}
        for key, elements, needed, (anchor, fewest_before, most_before) in self.plans:
            if needed & present != needed:
                continue  # a token it needs is nowhere in the document
            target = soft if key in soft_keys else hard
            bit = elements[anchor][0]
            if bit not in positions:
                positions[bit] = numpy.flatnonzero(bits & bit).tolist()
            if anchor == 0:  # the first token is the anchor: the matches start at its places
                starts = positions[bit]
            else:
                starts = set()
                first_bit, first_fewest = elements[0][0], elements[0][1]
                for p in positions[bit]:
                    low = 0 if most_before == -1 else max(0, p - most_before)
                    for s in range(low, p - fewest_before + 1):
                        if not first_fewest or tb[s] & first_bit:
                            starts.add(s)
            for s in starts:
                end = self._farthest(tb, n, s, elements)
                if end > s:
                    target.update(k for k in range(s, end) if is_number[k])
        if self.fallback_keys:
            for match_id, start, end in self.fallback(doc):
                target = soft if doc.vocab.strings[match_id] in soft_keys else hard
                target.update(k for k in range(start, end) if is_number[k])
        return hard, soft

    @staticmethod
    def _farthest(tb: list[int], n: int, s: int, elements: tuple) -> int:
        """The farthest end of a match of ``elements`` starting at token ``s`` (``s`` when none)."""
        frontier = {s}
        for bit, fewest, most in elements:
            reached = set()
            for p in frontier:
                r = 0
                if fewest == 0:
                    reached.add(p)
                while (most == -1 or r < most) and p + r < n and tb[p + r] & bit:
                    r += 1
                    if r >= fewest:
                        reached.add(p + r)
            if not reached:
                return s
            frontier = reached
        return max(frontier)


@Language.factory(
    "relstats_quantities",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_score_weights={"spans_relstats_f": None},
)
def make_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    """Factory of :class:`QuantityRecognizer`."""
    return QuantityRecognizer(nlp, name)
