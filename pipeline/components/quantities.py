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
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import (IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LENGTH, LIKE_NUM,
                         LOWER, ORTH)
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, SpanGroup, Token

from pipeline.extensions import SPAN_KEY, doc_cache, register_extensions, span_starts, spans_of, sent_of
from pipeline.lexicon import lexicon, words
from pipeline.numbers import (
    TENS_WORDS,
    UNITS_WORDS,
    FRACTION_WORDS,
    MULTIPLE_WORDS,
    SCALES,
    VAGUE_AMOUNTS,
    parse_digits,
    read_quantity,
    slash_fraction,
    word_number,
)
from pipeline.units import Unit, currency_unit, match_unit, per, split_glued, to_si

YEAR_RE = re.compile(r"^(?:19[5-9][0-9]|20[0-9][0-9])$")
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


@dataclass
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


def value_of(token: Token) -> float | None:
    """The value of a single digits or number-word token."""
    value = parse_digits(token.text)
    return value if value is not None else word_number(token.text)


@lru_cache(maxsize=65536)
def _may_open(first: str, text: str) -> bool:
    """Whether a token (lower-case ``first``, text ``text``) can open a figure."""
    return bool(first[:1].isdigit() or first in FIGURE_OPENERS or first[:1] in "+-−–±" or first.endswith("fold")
                or currency_unit(text))


#: the vague amounts, longest first, with their words (``tens of thousands``)
_VAGUE_PHRASES = tuple((phrase, phrase.split()) for phrase in sorted(VAGUE_AMOUNTS, key=len, reverse=True))


def _is_digit_number(token: Token) -> bool:
    return parse_digits(token.text) is not None


def _number_word(token: Token) -> bool:
    return word_number(token.text) is not None


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
        for span in spans_of(doc):
            if span.label_ in ("PERIOD", "BASELINE"):
                blocked.update(range(span.start, span.end))
        hard, unless_unit = self.exclusions.blocked(doc)
        blocked |= hard
        doc.user_data[UNLESS_UNIT_KEY] = unless_unit
        figures: list[Figure] = []
        end = 0
        for i in self.openers(doc):  # the only tokens ``read_figure`` does not refuse at once
            if i < end or i in blocked:
                continue
            figure = self.read_figure(doc, i, blocked)
            if figure is not None and not self.excluded(doc, figure):
                figures.append(figure)
                end = figure.end
        self.share_list_units(doc, figures)
        spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        quantities = [x for x in spans if x.label_ == "QUANTITY"]  # grows with spans (not rebuilt per figure)
        for figure in figures:
            span = Span(doc, figure.start, figure.end, label="QUANTITY")
            self.decide_metric(doc, figure, quantities)
            quantities.append(span)
            ext = span._
            ext.value, ext.value_max, ext.bound = figure.value, figure.value_max, figure.bound
            ext.unit, ext.metric = figure.unit, figure.metric
            ext.unit_kind = "percent" if figure.unit_kind == "fraction" else figure.unit_kind
            ext.direction = figure.direction if figure.metric == "CHANGE" else None
            ext.source = "rules"
            info = figure.unit_info if figure.unit_info is not None and figure.unit_info.name == figure.unit else None
            ext.unit_dimension = info.dimension if info else None
            ext.si_value, ext.si_unit = to_si(figure.value, info)
            spans.append(span)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        doc.user_data.pop(UNLESS_UNIT_KEY, None)  # a working set: the Doc keeps plain, serialisable data only
        return doc

    @staticmethod
    def share_list_units(doc: Doc, figures: list[Figure]) -> None:
        """``rose 2.1, 3.4 and 5.0 percent``: numbers before the last of a list take its unit."""
        for k in range(len(figures) - 2, -1, -1):
            figure, nxt = figures[k], figures[k + 1]
            if figure.unit is not None or nxt.unit is None or nxt.unit_kind in ("count",):
                continue
            gap = [t.lower_ for t in doc[figure.end : nxt.start]]
            if gap and all(w in CUES["list_separators"] for w in gap) and figure.end == figure.core + 1:
                figure.unit, figure.unit_kind = nxt.unit, nxt.unit_kind
                if nxt.unit_kind == "times":
                    figure.direction = "up"

    @staticmethod
    def openers(doc: Doc) -> list[int]:
        """Indices of the tokens a figure can open with (the first test of :meth:`read_figure`), read
        in one pass over the tokens."""
        if not len(doc):
            return []
        strings = doc.vocab.strings
        table = doc.to_array([ORTH, LOWER])
        kinds, first, inverse = numpy.unique(table[:, 0], return_index=True, return_inverse=True)
        ok = numpy.array([_may_open(strings[int(table[k, 1])], strings[int(table[k, 0])]) for k in first], dtype=bool)
        return numpy.flatnonzero(ok[inverse.reshape(-1)]).tolist()

    def read_figure(self, doc: Doc, i: int, blocked: set) -> Figure | None:
        """Read the figure starting at token ``i``, or None."""
        first = doc[i].lower_
        if not (first[:1].isdigit() or first in FIGURE_OPENERS or first[:1] in "+-−–±" or first.endswith("fold")
                or currency_unit(doc[i].text)):
            return None
        country = doc._.country
        start = i
        sign = None
        currency = None
        token = doc[i]
        if token.text in SIGNS and not token.whitespace_ and i + 1 < len(doc) and (
            i == 0 or doc[i - 1].whitespace_ or doc[i - 1].text in ("(", "[", "/", ":", "\n")
        ):
            sign = token.text
            i += 1
        if i < len(doc) and currency_unit(doc[i].text) and i + 1 < len(doc):
            nxt = doc[i + 1]
            if _is_digit_number(nxt) or _number_word(nxt):
                currency = currency_unit(doc[i].text, country)
                i += 1
        if sign is None and i < len(doc) and doc[i].text in SIGNS and not doc[i].whitespace_ and currency:
            sign = doc[i].text
            i += 1
        if i >= len(doc) or i in blocked:
            return None
        core = i
        glued = split_glued(doc[i].text, country) if parse_digits(doc[i].text) is None else None
        if glued is not None and currency is None:
            figure = Figure(start=start, end=i + 1, core=core, value=parse_digits(glued[0]) or 0.0, sign=sign)
            figure.unit, figure.unit_kind, figure.unit_info = glued[1].name, glued[1].kind, glued[1]
            if sign:
                figure.direction = SIGNS[sign]
                figure.notes.add("signed")
            self._read_per(doc, figure)
            return self._with_bound(doc, figure)
        reading = self._read_core(doc, i)
        if reading is None:
            return None
        value, end, kind = reading
        if (sign or currency) and kind not in ("digits", "words"):
            return None
        figure = Figure(start=start, end=end, core=core, value=value, sign=sign)
        if kind == "fraction":
            figure.unit, figure.unit_kind = "percent", "fraction"
            figure.notes.add("fraction")
            of_unit = self._fraction_of_unit(doc, figure)
            if of_unit is not None:
                return self._with_bound(doc, of_unit)
        elif kind == "vague":
            figure.bound = ">="
            figure.notes.add("vague")
        elif kind == "fold":
            figure.unit, figure.unit_kind, figure.metric, figure.direction = "times", "times", "CHANGE", "up"
            return self._with_bound(doc, figure)
        elif kind == "multiple":
            mvalue, munit, mdirection = MULTIPLE_WORDS[doc[core].lower_]
            figure.unit, figure.unit_kind = munit, "times" if munit == "times" else "percent"
            figure.metric, figure.direction = "CHANGE", mdirection
            figure.notes.add("multiple")
            return self._with_bound(doc, figure)
        if kind in ("digits", "words"):
            figure.end = self._read_scale(doc, figure.end)
            figure.value = self._scaled(doc, core, figure.end, value)
            self._read_range(doc, figure, blocked)
        if currency:
            figure.unit, figure.unit_kind, figure.unit_info = currency.name, "currency", currency
        if kind != "fraction":
            self._read_unit(doc, figure)
        if figure.unit is None and start > 0 and doc[start - 1].lower_ in CUES["age_words"]:
            figure.unit, figure.unit_kind = "year", "measure"
            figure.unit_info = match_unit(["year"])
        if sign:
            figure.direction = SIGNS[sign]
            figure.notes.add("signed")
        elif figure.unit_kind == "times":
            figure.direction = "up"
        return self._with_bound(doc, figure)

    def _read_core(self, doc: Doc, i: int) -> tuple[float, int, str] | None:
        token = doc[i]
        low = token.lower_
        value = parse_digits(token.text)
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        nxt2 = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        if value is not None and nxt == "-" and i + 2 < len(doc) and not token.whitespace_ and \
                not doc[i + 1].whitespace_ and slash_fraction(doc[i + 2].text) is not None:
            return value + slash_fraction(doc[i + 2].text), i + 3, "digits"  # ``5-1/4``
        if value is not None and nxt != "in":
            return value, i + 1, "digits"
        if nxt == "-" and not token.whitespace_ and word_number(low) and doc[i + 2].lower_ in FRACTION_WORDS \
                if i + 2 < len(doc) else False:
            return round(100 * word_number(low) / FRACTION_WORDS[doc[i + 2].lower_], 3), i + 3, "fraction"
        if low in ("a", "an", "one") and nxt in FRACTION_WORDS and nxt not in ("half", "halves") or (
            word_number(low) and nxt in FRACTION_WORDS and nxt not in ("half",)
        ):
            if nxt2 == "of" or not doc[i + 1].whitespace_ or nxt2 in (".", ",", ";") or low != "a":
                numerator = 1 if low in ("a", "an", "one") else word_number(low)
                return round(100 * numerator / FRACTION_WORDS[nxt], 3), i + 2, "fraction"
        if (value_of(token) is not None) and nxt in ("in",) and i + 2 < len(doc) and value_of(doc[i + 2]) and (
            not YEAR_RE.match(doc[i + 2].text) and value_of(doc[i + 2]) <= 1000 and value_of(token) < value_of(doc[i + 2])
        ):
            return round(100 * value_of(token) / value_of(doc[i + 2]), 3), i + 3, "fraction"
        if value is not None:
            return value, i + 1, "digits"
        fraction = slash_fraction(token.text)
        if fraction is not None and nxt == "of":
            return round(100 * fraction, 3), i + 1, "fraction"
        if fraction is not None and match_unit([t.text for t in doc[i + 1 : i + 5]], 0) is not None:
            return round(fraction, 6), i + 1, "digits"  # ``1/4 percentage point``
        if low == "half" and (nxt in CUES["half_after"] or (i > 0 and doc[i - 1].lower_ in CUES["half_before"])):
            return 50.0, i + 1, "fraction"
        if low in ("a", "an") and nxt in ("dozen", "hundred", "thousand", "million", "billion"):
            j = i + 2
            while j < len(doc) and (word_number(doc[j].text) is not None or doc[j].lower_ in ("and",)) and (
                doc[j].lower_ != "and" or (j + 1 < len(doc) and word_number(doc[j + 1].text) is not None)
            ):
                j += 1
            reading = read_quantity(doc[i:j].text)
            return (reading.value if reading else 1.0), j, "words"
        if low in ("dozen",) and i > 0 and doc[i - 1].lower_ not in ("a",):
            return None
        for phrase, parts in _VAGUE_PHRASES:
            if parts[0] == low and [t.lower_ for t in doc[i : i + len(parts)]] == parts:
                after = doc[i + len(parts)].lower_ if i + len(parts) < len(doc) else ""
                if after == "of":
                    return VAGUE_AMOUNTS[phrase], i + len(parts), "vague"
        if low.endswith("fold") and low not in MULTIPLE_WORDS and word_number(low[:-4]) and not token.is_title:
            return word_number(low[:-4]), i + 1, "fold"
        if low in MULTIPLE_WORDS and not token.is_title:
            if low.endswith(("ed", "ing")) and low not in ("halving", "doubling", "tripling"):
                return MULTIPLE_WORDS[low][0], i + 1, "multiple"
            prev = doc[i - 1].lower_ if i > 0 else ""
            if prev in words("multiple_ok_prev") or nxt in words("multiple_ok_next"):
                return MULTIPLE_WORDS[low][0], i + 1, "multiple"
            return None
        if word_number(low) is not None or low == "dozen":
            j = i
            while j < len(doc) and (
                word_number(doc[j].text) is not None
                or doc[j].lower_ in ("hundred", "dozen")
                or (doc[j].text == "-" and not doc[j].whitespace_ and j + 1 < len(doc) and word_number(doc[j + 1].text))
                or (doc[j].lower_ == "and" and j > i and doc[j - 1].lower_ == "hundred"
                    and j + 1 < len(doc) and word_number(doc[j + 1].text) is not None)
            ):
                j += 1
            reading = read_quantity(doc[i:j].text)
            if reading is None:
                return None
            return reading.value, j, "words"
        return None

    def _fraction_of_unit(self, doc: Doc, figure: Figure) -> Figure | None:
        """``two-tenths of a percentage point`` -> 0.2 percentage point; ``half an hour`` stays a share."""
        j = figure.end
        if [t.lower_ for t in doc[j : j + 1]] != ["of"] or j + 2 >= len(doc) or doc[j + 1].lower_ not in ("a", "an"):
            return None
        unit = match_unit([t.text for t in doc[j + 2 : j + 6]], 0, doc._.country)
        if unit is None or unit.kind in ("percent",):
            return None
        figure.value = round(figure.value / 100, 6)
        figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
        figure.end = j + 2 + unit.length
        figure.notes.discard("fraction")
        return figure

    def _read_scale(self, doc: Doc, j: int) -> int:
        while j < len(doc) and doc[j].lower_ in SCALES and doc[j].lower_ not in ("hundred",) or (
            j < len(doc) and doc[j].lower_ == "hundred" and (
                j + 1 < len(doc) and doc[j + 1].lower_ in SCALES or _is_digit_number(doc[j - 1]))
        ):
            low = doc[j].lower_
            if low in ("m", "b", "k", "t") and doc[j - 1].whitespace_:
                break
            j += 1
        return j

    def _scaled(self, doc: Doc, core: int, end: int, value: float) -> float:
        reading = read_quantity(doc[core:end].text)
        return reading.value if reading is not None and reading.value_max is None else value

    def _read_range(self, doc: Doc, figure: Figure, blocked: set) -> None:
        j = figure.end
        if j + 1 >= len(doc):
            return
        joiner = doc[j].lower_
        before = doc[figure.start - 1].lower_ if figure.start > 0 else ""
        if joiner == "%" and j + 2 < len(doc) and (doc[j + 1].text in RANGE_JOINERS or (
                doc[j + 1].lower_ == "and" and before == "between")):
            j += 1
            joiner = doc[j].lower_
        is_range = (joiner in RANGE_JOINERS and before not in ("from", "by") and not self._change_verb_before(
            doc, figure.start)) or (joiner == "and" and before == "between") or (
            joiner == "to" and before == "from" and self._shared_range(doc, figure))
        if not is_range or j + 1 in blocked:
            return
        if joiner in ("-", "–", "—") and (doc[j - 1].whitespace_ or doc[j].whitespace_) and before != "between":
            return
        k = j + 1
        if currency_unit(doc[k].text) and k + 1 < len(doc):
            k += 1
        upper = self._read_core(doc, k)
        if upper is None or upper[2] not in ("digits", "words"):
            return
        if YEAR_RE.match(doc[figure.core].text) or YEAR_RE.match(doc[k].text):
            return
        end = self._read_scale(doc, upper[1])
        reading = read_quantity(doc[figure.core : end].text)
        if reading is None or reading.value_max is None or reading.value > reading.value_max:
            return
        figure.value, figure.value_max, figure.end = reading.value, reading.value_max, end
        figure.notes.add("range")

    def _shared_range(self, doc: Doc, figure: Figure) -> bool:
        """``ranging from 5 to 7 percent``, ``from $5 to $7 million``: one range; ``rose from 5 to 7``: two."""
        start = figure.start - 1  # the ``from``
        left = [t.lower_ for t in doc[max(0, start - 4) : start]]
        if left and left[-1] in words("range_verbs"):
            return True
        if any(w in words("change_up") or w in words("change_down") or w in words("change_neutral") for w in left):
            return False
        if figure.end != figure.core + 1:
            return False
        k = figure.end + 1
        if k < len(doc) and currency_unit(doc[k].text):
            k += 1
        after = doc[k + 1] if k + 1 < len(doc) else None
        return after is not None and (after.lower_ in SCALES or after.text == "%")

    def _read_unit(self, doc: Doc, figure: Figure) -> None:
        j = figure.end
        texts = [t.text for t in doc[j : j + 6]]
        if texts and texts[0] == "-" and len(texts) > 1 and texts[1].lower() == "fold" and not doc[j].whitespace_:
            figure.unit, figure.unit_kind, figure.end = "times", "times", j + 2
            return
        country = doc._.country
        if len(texts) > 1 and texts[0] in ("-", "–") and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            unit = match_unit(texts[1:], 0, country)
            age = [t.lower_ for t in doc[j + 2 : j + 4]] == ["-", "old"]
            if unit is not None and (not _is_digit_number(doc[j - 1]) or doc[j + 1].is_title or (
                    unit.dimension == "time" and not age)):
                unit = None  # ``Five-Year Plan``, ``a 40-day travel rush``: names and periods (D-16, D-18)
            if unit is not None and unit.kind in ("measure", "count"):
                figure.unit, figure.unit_kind, figure.unit_info = unit.name, unit.kind, unit
                figure.end = j + 1 + unit.length
                if [t.lower_ for t in doc[figure.end : figure.end + 2]] == ["-", "old"]:
                    figure.end += 2  # ``45-year-old``: an age, AMOUNT in years
                figure.notes.add("hyphenated")
            return
        unit = match_unit(texts, 0, country) if texts else None
        if unit is not None and unit.kind == "measure" and len(texts[0]) == 1 and unit.length == 1:
            unit = None if doc[j - 1].whitespace_ else unit
        if unit is not None and unit.code == "GBP" and texts[0].lower() in ("pound", "pounds") and len(texts) > 1 and \
                texts[1].lower() == "of" and figure.unit_kind != "currency":
            unit = replace(match_unit(["lb"]), length=1)  # ``12 pounds of flour``: a weight
        if unit is not None and unit.kind == "index_point":
            unit = self._index_or_percentage_point(doc, figure, unit)
        if unit is not None and unit.kind == "currency" and figure.unit_kind == "currency":
            if figure.unit_info is not None and figure.unit_info.shared and not unit.shared:
                figure.unit, figure.unit_info = unit.name, unit  # ``$5 Singapore dollars``
            figure.end = j + unit.length
        elif unit is not None and figure.unit_kind != "currency":
            if unit.name == "percentage point" and texts[0].lower() in ("point", "points", "pp", "ppt", "ppts"):
                if texts[0].lower() in ("point", "points") and not self._near_change_word(doc, figure):
                    unit = None
            if unit is not None:
                figure.unit, figure.unit_kind, figure.end = unit.name, unit.kind, j + unit.length
                figure.unit_info = unit
        self._read_per(doc, figure)

    def _index_or_percentage_point(self, doc: Doc, figure: Figure, unit: Unit) -> Unit | None:
        """``fell 0.4 points`` (a rate) is a percentage point; ``the index fell 300 points`` an index point."""
        sent = [t.lower_ for t in sent_of(doc, figure.start)]
        if any(w in words("index_words") for w in sent) or figure.value >= 50:
            return unit
        if self._near_change_word(doc, figure):
            return replace(match_unit(["percentage", "points"]), length=1)
        return None

    def _read_per(self, doc: Doc, figure: Figure) -> None:
        """``US$58.24 per barrel``, ``5 km/h``, ``100 yuan per person``: the compound unit ``A per B``."""
        if figure.unit_kind in ("currency", "measure"):
            k = figure.end
            if k + 1 < len(doc) and doc[k].lower_ in CUES["per_words"]:
                per_unit = match_unit([t.text for t in doc[k + 1 : k + 5]], 0, doc._.country, after_per=True)
                if per_unit is not None and per_unit.kind in ("measure", "currency", "count"):
                    figure.unit = f"{figure.unit} per {per_unit.name}"
                    if figure.unit_info is not None:
                        figure.unit_info = per(figure.unit_info, per_unit)
                    figure.end = k + 1 + per_unit.length
                elif doc[k + 1].is_alpha and doc[k + 1].lower_ not in CUES["not_per_units"]:
                    figure.unit = f"{figure.unit} per {doc[k + 1].lemma_.lower() or doc[k + 1].lower_}"
                    figure.end = k + 2

    def _near_change_word(self, doc: Doc, figure: Figure) -> bool:
        window = [t.lower_ for t in doc[max(0, figure.start - 4) : figure.end + 3]]
        return any(w in words("change_up") or w in words("change_down") for w in window)

    def _with_bound(self, doc: Doc, figure: Figure) -> Figure:
        if figure.bound != "=":
            return figure
        before = [t.lower_ for t in doc[max(0, figure.start - 3) : figure.start]]
        if before[-2:-1] and before[-1] == "-" and before[-2] in CUES["bound_prefixes"]:
            figure.bound = CUES["bound_prefixes"][before[-2]]  # ``sub-2%``
            return figure
        for phrase, bound in lexicon()["bound_phrases"]:
            if tuple(before[-len(phrase) :]) == phrase and len(before) >= len(phrase):
                if phrase == ("or", "more") or phrase == ("or", "so"):
                    continue
                if phrase in (("over",), ("under",), ("above",), ("below",)) and figure.unit_kind in (
                    "percent", "percentage_point") and self._change_verb_before(doc, figure.start - 1):
                    continue
                figure.bound = bound
                break
        after = [t.lower_ for t in doc[figure.end : figure.end + 2]]
        if figure.bound == "=" and after in (["or", "more"],):
            figure.bound = ">="
        return figure

    def _change_verb_before(self, doc: Doc, i: int) -> bool:
        """Whether a change word stands right before token ``i`` (``rose 5%``, ``rose by 5%``)."""
        k = i - 1
        if k > 0 and doc[k].lower_ == "by":
            k -= 1
        return k >= 0 and (doc[k].lower_ in words("change_up") or doc[k].lower_ in words("change_down"))

    # -- exclusions ------------------------------------------------------------------------------
    def excluded(self, doc: Doc, figure: Figure) -> bool:
        """Whether FORMAT §3 says this figure is not a QUANTITY."""
        core = doc[figure.core]
        text = core.text
        prev = doc[figure.start - 1] if figure.start > 0 else None
        nxt = doc[figure.end] if figure.end < len(doc) else None
        has_unit = figure.unit is not None or figure.end > figure.core + 1
        plain_integer = re.fullmatch(r"[0-9]+", text) is not None
        if plain_integer and YEAR_RE.match(text) and not has_unit and not figure.sign:
            return True
        if figure.start == figure.core and prev is not None and prev.text in ("-", "/", "–") and not prev.whitespace_:
            before = doc[figure.start - 2] if figure.start >= 2 else None
            if before is not None and (YEAR_RE.match(before.text) or before.lower_ in words("months")):
                return True
        if nxt is not None and nxt.text in ("-", "/") and not nxt.whitespace_ and figure.end + 1 < len(doc):
            after = doc[figure.end + 1]
            if plain_integer and (re.fullmatch(r"[0-9]{2}", after.text) and YEAR_RE.match(text)):
                return True
        if figure.core in doc.user_data.get(UNLESS_UNIT_KEY, ()) and plain_integer and figure.unit is None and (
                figure.end == figure.core + 1 or "range" in figure.notes):
            return True  # dates, clock times, identifiers: exclusion patterns that yield to a unit
        if self._phone_like(doc, figure):
            return True
        if prev is not None and prev.text in ("-", "–", "/") and not prev.whitespace_ and figure.start >= 2 and \
                not doc[figure.start - 2].whitespace_ and re.fullmatch(r"[0-9]+", doc[figure.start - 2].text):
            return True  # the tail of ``202-691-6378`` or ``2021/07/30``
        if plain_integer and len(text) >= 5 and prev is not None and prev.lower_ in ("the", "dial", "call", "calling"):
            if not has_unit:
                return True
        if prev is not None and prev.is_title and plain_integer and not has_unit and not prev.is_sent_start:
            if prev.lower_ not in words("months") and prev.lower_ not in {"about", "nearly", "over", "some"}:
                if not (nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_.endswith("s")):
                    return True
        if self._inside_short_quote(doc, figure):
            return True
        if nxt is not None and nxt.text in ("-", "–") and not nxt.whitespace_ and not doc[figure.end - 1].whitespace_:
            after = doc[figure.end + 1] if figure.end + 1 < len(doc) else None
            if after is not None and after.is_alpha and after.lower_ not in ("fold",):
                return True
        if core.lower_ == "one" and figure.end == figure.core + 1:
            if (nxt is not None and nxt.lower_ in words("pronoun_one_next")) or (
                prev is not None and prev.lower_ in words("pronoun_one_prev")
            ):
                return True
        if plain_integer and int(text) <= 30 and not has_unit and nxt is not None and nxt.text in (".", ")"):
            line_start = figure.start == 0 or "\n" in doc[figure.start - 1].whitespace_ or doc[figure.start - 1].is_space
            if line_start or (prev is not None and prev.text == "(" and figure.start >= 1 and (
                figure.start == 1 or "\n" in doc[figure.start - 2].whitespace_ or doc[figure.start - 2].is_space
                or doc[figure.start - 2].text in (";", ":", "."))):
                return True
        if plain_integer and prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
            after = doc[figure.end + 1] if figure.end + 1 < len(doc) else None
            if int(text) <= 20 and after is not None and after.is_alpha:
                return True
        if core.lower_ in ("one",) and nxt is not None and nxt.lower_ in ("-",):
            return True
        return False

    @staticmethod
    def _phone_like(doc: Doc, figure: Figure) -> bool:
        """``202-691-6378``, ``(010) 6512 3456``: digit groups joined by hyphens without spaces."""
        k = figure.core
        groups = 1
        while k + 2 < len(doc) and doc[k + 1].text in ("-", "–") and not doc[k].whitespace_ and \
                not doc[k + 1].whitespace_ and re.fullmatch(r"[0-9]{2,4}", doc[k + 2].text):
            groups += 1
            k += 2
        return groups >= 3 or (groups == 2 and len(doc[figure.core].text) >= 3 and len(doc[k].text) >= 4
                               and figure.unit is None and "," not in doc[figure.core].text)

    def _inside_short_quote(self, doc: Doc, figure: Figure) -> bool:
        sent = sent_of(doc, figure.start)
        quotes = _quote_tokens(doc)
        first, left = bisect_left(quotes, sent.start), bisect_left(quotes, figure.start)
        if (left - first) % 2 == 0:
            return False
        opening = quotes[left - 1]
        k = bisect_left(quotes, figure.end)
        closing = quotes[k] if k < len(quotes) and quotes[k] < sent.end else None
        return closing is not None and closing - opening <= 8 and figure.metric is None and figure.unit_kind != "currency"

    # -- metric and direction --------------------------------------------------------------------
    def decide_metric(self, doc: Doc, figure: Figure, previous: list[Span]) -> None:
        """Set ``metric`` and ``direction`` from the unit and the words around the figure."""
        if figure.metric is None:
            sent_start, last = sent_of(doc, figure.start).start, []
            for q in reversed(previous):  # only the last earlier quantity of the sentence counts (text order)
                if q.end <= figure.start and sent_of(q).start == sent_start:
                    last = [q]
                    break
                if q.end <= figure.start and q.start < sent_start:
                    break
            figure.metric = metric_from_context(doc, figure.start, figure.end, figure.unit_kind, figure.sign, last)
        if figure.metric == "CHANGE" and figure.direction is None:
            figure.direction = direction_from_context(doc, figure.start, figure.end)
        if figure.metric == "COUNT" and figure.unit is None:
            figure.unit = None


def _clause_window(doc: Doc, start: int, end: int, before: int = 6, after: int = 4):
    """Tokens before and after a figure within its clause (stopping at ; : ( ) and sentence edges)."""
    sent = sent_of(doc, start)
    left = []
    k = start - 1
    while k >= sent.start and len(left) < before and doc[k].text not in CLAUSE_BREAKS:
        left.append(doc[k])
        k -= 1
    right = []
    k = end
    while k < sent.end and len(right) < after and doc[k].text not in CLAUSE_BREAKS - {")"}:
        right.append(doc[k])
        k += 1
    return left, right  # left is nearest first


COMPARATIVES_UP = CUES["comparatives_up"]
COMPARATIVES_DOWN = CUES["comparatives_down"]
CHANGE_NOUNS = CUES["change_nouns"]
SHARE_OPENERS = CUES["share_openers"]
SUBJECT_CHANGE_WORDS = CUES["subject_change_words"]


def _strip_bound(left_words: list[str]) -> list[str]:
    """The words before a figure (nearest first) without the bound phrase that stands right before it."""
    for phrase, _ in lexicon()["bound_phrases"]:
        n = len(phrase)
        if len(left_words) >= n and tuple(reversed(left_words[:n])) == phrase:
            return left_words[n:]
    return left_words


def metric_from_context(doc: Doc, start: int, end: int, unit_kind: str | None, sign: str | None,
                        previous: list[Span] | None = None) -> str:
    """FORMAT's metric for a figure with this unit kind, from the cue words around it.

    An ordered cascade: the unit kind; a list item copies the item before it; a sign; the words
    right before the figure (``up``, ``by``, ``accounting for``, ``to``/``at`` for levels); the words
    right after it (``of``, ``higher``, a baseline); then the clause's subject (rate words,
    inflation and growth). A trained component may overwrite the result.
    """
    if unit_kind in ("percentage_point", "basis_point", "times"):
        return "CHANGE"
    left, right = _clause_window(doc, start, end, before=8)
    left_words = _strip_bound([t.lower_ for t in left])
    right_words = [t.lower_ for t in right]
    change_words = words("change_up") | words("change_down") | {"change", "changed", "edged", "revised"}
    change_words -= {"more", "less", "fewer", "plus", "minus", "over", "under"}
    immediate = left_words[0] if left_words else ""
    immediate2 = " ".join(reversed(left_words[:2])) if len(left_words) >= 2 else immediate
    after = right_words[0] if right_words else ""
    sentence_start = sent_of(doc, start).start
    same_sentence = [q for q in (previous or []) if sentence_start <= q.start and q.end <= start]
    if same_sentence and immediate in CUES["list_separators"] and same_sentence[-1].end >= start - 2 \
            and same_sentence[-1]._.unit_kind == unit_kind and not (immediate == "or" and after == "of"):
        return same_sentence[-1]._.metric  # a list item: ``rose 10.8% and 6.6% respectively``
    if sign is not None:
        return "CHANGE"
    if immediate2 in SHARE_OPENERS or immediate in ("representing",):
        return "SHARE" if unit_kind in ("percent", "fraction", None) \
            else _level_metric(unit_kind)
    if immediate == "or" and unit_kind == "percent":
        return "SHARE" if after == "of" or not (same_sentence and same_sentence[-1]._.metric == "CHANGE") else "CHANGE"
    level = immediate in CUES["level_words"] or immediate2 in CUES["level_phrases"]
    by_change = immediate == "by" and any(w in change_words for w in left_words[1:3])
    change_before = immediate in change_words or by_change or immediate2 in CUES["change_phrases"]
    change_after = after in COMPARATIVES_UP | COMPARATIVES_DOWN or after in CHANGE_NOUNS or _baseline_follows(doc, end)
    if unit_kind == "percent":
        if change_before and not level:
            return "CHANGE"
        if after == "of":
            return "SHARE"  # ``38 percent of all cases``, ``only 2% of the same period in 2019``
        if not level and change_after:
            return "CHANGE"
        return _percent_from_subject(doc, start, left_words)
    if unit_kind == "fraction":
        return "CHANGE" if change_before else "SHARE"
    if change_before and not level or (after in COMPARATIVES_UP | COMPARATIVES_DOWN and after not in ("over", "under")):
        return "CHANGE"
    return _level_metric(unit_kind)


def _level_metric(unit_kind: str | None) -> str:
    return {"currency": "MONEY", "measure": "AMOUNT"}.get(unit_kind, "COUNT")


def _percent_from_subject(doc: Doc, start: int, left_words: list[str]) -> str:
    """A percent with no cue next to it: a rate (unemployment, occupancy) is a SHARE, a growth or
    inflation rate a CHANGE; the nearest such word in the clause decides; SHARE otherwise."""
    clause = [t.lower_ for t in doc[max(sent_of(doc, start).start, start - 25) : start] if t.text != ";"]
    for k in range(len(clause) - 1, -1, -1):
        word = clause[k]
        if word in words("rate_words") or word in ("shares", "rates", "ratios", "proportions"):
            prev = clause[k - 1] if k > 0 else ""
            return "CHANGE" if prev in words("change_rate_words") or prev in ("inflation",) else "SHARE"
        if word in SUBJECT_CHANGE_WORDS:
            return "CHANGE"
        if word in words("change_up") | words("change_down") and word not in ("more", "less", "fewer", "over"):
            return "CHANGE"
    return "SHARE"


def _quote_tokens(doc: Doc) -> list[int]:
    """Indices of the quote tokens of ``doc``, found once per document."""
    cache = doc_cache(doc)
    hit = cache.get("quote_tokens")
    if hit is None or hit[0] != len(doc):
        orths = doc.to_array([ORTH]).reshape(-1) if len(doc) else numpy.zeros(0, dtype="uint64")
        quotes = numpy.array([doc.vocab.strings[q] for q in sorted(QUOTES)], dtype="uint64")
        hit = cache["quote_tokens"] = (len(doc), numpy.flatnonzero(numpy.isin(orths, quotes)).tolist())
    return hit[1]


def _baseline_follows(doc: Doc, end: int) -> bool:
    starts, baselines = span_starts(doc, "BASELINE")
    for k in range(bisect_left(starts, end), len(starts)):  # the baselines starting in end..end+4
        span = baselines[k]
        if span.start > end + 4:
            break
        if end <= span.start <= end + 4 and sent_of(span).start == sent_of(doc, end - 1).start:
            between = doc[end : span.start]
            if not any(_is_digit_number(t) for t in between):
                return True
    return False


def direction_from_context(doc: Doc, start: int, end: int) -> str | None:
    """``up`` or ``down`` from the nearest direction word around a CHANGE, else None."""
    left, right = _clause_window(doc, start, end, before=12, after=3)
    if right:
        word = right[0].lower_
        if word in COMPARATIVES_UP - {"over"} or word in CUES["change_nouns_up"]:
            return "up"
        if word in COMPARATIVES_DOWN - {"under"} or word in CUES["change_nouns_down"]:
            return "down"
    for word in _strip_bound([t.lower_ for t in left]):
        if word in words("change_up") and word not in ("more", "over"):
            return "up"
        if word in words("change_down") and word not in ("less", "fewer", "under"):
            return "down"
    sent_words = [t.lower_ for t in doc[sent_of(doc, start).start : start]]
    if any(w in CUES["growth_subjects"] for w in sent_words):
        return "up"
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
    """

    def __init__(self, nlp: Language, path=None):
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

    def blocked(self, doc: Doc) -> tuple[set[int], set[int]]:
        """Indices of the number tokens inside an exclusion match: (always blocked, blocked unless a unit)."""
        hard, soft = self.patterns.covered(doc, self.unless_unit)
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
        self._lexemes: dict[int, tuple[int, bool]] = {}  # orth -> (test bits, is a number token)

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

    def _lexeme(self, text: str, lower: str, length: int, flags: dict) -> tuple[int, bool]:
        bits = 0
        for t, test in enumerate(self.tests):
            for condition in test:
                kind = condition[0]
                if kind == "words":
                    ok = (lower if condition[1] == "LOWER" else text) in condition[2]
                elif kind == "flag":
                    ok = bool(flags[condition[1]]) == condition[2]
                else:
                    ok = bool(_COMPARE[condition[1]](length, condition[2]))
                if not ok:
                    break
            else:
                bits |= 1 << t
        return bits, bool(flags["LIKE_NUM"]) or text[:1].isdigit()

    def token_bits(self, doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Per token: the bits of the tests it passes, and whether it is a number token."""
        if not len(doc):
            return numpy.zeros(0, dtype=numpy.int64), numpy.zeros(0, dtype=bool)
        orths = doc.to_array(ORTH)
        uniques, first, inverse = numpy.unique(orths, return_index=True, return_inverse=True)
        lexemes, strings = self._lexemes, doc.vocab.strings
        bits, numbers = [], []
        table = None
        for orth, k in zip(uniques.tolist(), first.tolist()):
            entry = lexemes.get(orth)
            if entry is None:
                if table is None:
                    table = doc.to_array(self.columns)
                row = table[k].tolist()
                entry = self._lexeme(strings[orth], strings[row[1]], row[2], dict(zip(self.flags, row[3:])))
                if len(lexemes) < 1_000_000:
                    lexemes[orth] = entry
            bits.append(entry[0])
            numbers.append(entry[1])
        inverse = inverse.reshape(-1)
        return numpy.array(bits, dtype=numpy.int64)[inverse], numpy.array(numbers, dtype=bool)[inverse]

    def covered(self, doc: Doc, soft_keys=()) -> tuple[set[int], set[int]]:
        """The number tokens inside a match of a pattern whose key is not in ``soft_keys``, and inside
        a match of one whose key is."""
        bits, numbers = self.token_bits(doc)
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
            starts: set[int] = set()
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
