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
from spacy.tokens import Doc, Span, SpanGroup

from pipeline.extensions import SPAN_KEY, register_extensions
from pipeline.periods import period_dates

YEAR = re.compile(r"\b(19[5-9][0-9]|20[0-9][0-9])\b")


@lru_cache(maxsize=1)
def load_rules() -> tuple[list[re.Pattern], list[tuple[str, re.Pattern]]]:
    """The compiled period patterns and (type, pattern) baseline rules."""
    raw = json.loads(resources.files("pipeline").joinpath("data/time_phrases.json").read_text(encoding="utf-8"))
    blocks = raw["blocks"]

    def expand(pattern: str) -> str:
        for _ in range(5):
            for name, block in blocks.items():
                pattern = pattern.replace("{" + name + "}", block)
        return pattern

    periods = [re.compile(r"(?<![\w-])(?:" + expand(p) + r")(?![\w-])", re.M) for p in raw["periods"]]
    baselines = [
        (rule["type"], re.compile(r"(?<![\w-])(?:" + expand(rule["pattern"]) + r")(?![\w-])", re.M))
        for rule in raw["baselines"]
    ]
    return periods, baselines


def find_time_phrases(text: str) -> list[tuple[int, int, str, str | None]]:
    """Non-overlapping ``(start, end, label, baseline_type)`` matches in ``text``."""
    periods, baselines = load_rules()
    candidates: list[tuple[int, int, str, str | None]] = []
    for btype, pattern in baselines:
        for match in pattern.finditer(text):
            if btype == "year" and len(YEAR.findall(match.group(0))) > 1 and not re.search(
                r"level|period|figure|total|number|end of", match.group(0)
            ):
                for year in YEAR.finditer(match.group(0)):
                    candidates.append((match.start() + year.start(), match.start() + year.end(), "BASELINE", btype))
            else:
                candidates.append((match.start(), match.end(), "BASELINE", btype))
    for pattern in periods:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), match.end(), "PERIOD", None))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2] != "BASELINE", c[0]))
    taken: list[tuple[int, int, str, str | None]] = []
    for cand in candidates:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    return sorted(taken)


class TimePhraseRecognizer:
    """Adds PERIOD and BASELINE spans to ``doc.spans["relstats"]`` with their normalisation."""

    def __init__(self, nlp: Language, name: str = "relstats_time_phrases"):
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Find the time phrases of ``doc``."""
        spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        for start, end, label, btype in find_time_phrases(doc.text):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:
                continue
            if label == "BASELINE":
                span._.baseline_type = btype
                year = YEAR.search(span.text)
                span._.baseline_year = int(year.group(1)) if year and btype in ("year", "other") else None
                if btype == "year" and span._.baseline_year is None:
                    continue
            else:
                span._.date_from, span._.date_to = period_dates(span.text, doc._.release_date)
            span._.source = "rules"
            spans.append(span)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        return doc


@Language.factory(
    "relstats_time_phrases",
    assigns=["doc.spans"],
    default_score_weights={"spans_relstats_f": None},
)
def make_time_phrase_recognizer(nlp: Language, name: str) -> TimePhraseRecognizer:
    """Factory of :class:`TimePhraseRecognizer`."""
    return TimePhraseRecognizer(nlp, name)
