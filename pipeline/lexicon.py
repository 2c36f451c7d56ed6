"""The word lists of ``data/lexicon.json`` (bounds, change cues, identifiers, ...), loaded once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The raw lexicon, with every word list also available as a set under ``<name>_set``."""
    raw = json.loads(resources.files("pipeline").joinpath("data/lexicon.json").read_text(encoding="utf-8"))
    # the verbs of sharing are written once (``share_verbs``); ``share_before`` lists the other cues
    raw["share_before"] = raw["share_verbs"] + raw["share_before"]
    for key, value in list(raw.items()):
        if isinstance(value, list):
            raw[key + "_set"] = frozenset(value)
    raw["bound_phrases"] = sorted(
        ((tuple(phrase.split()), bound) for bound, phrases in raw["bounds"].items() for phrase in phrases),
        key=lambda item: -len(item[0]),
    )
    return raw


def words(name: str) -> frozenset:
    """One word list of the lexicon as a set (``words("months")``)."""
    return lexicon()[name + "_set"]
