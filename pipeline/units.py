"""Units as releases write them, normalised to FORMAT's names. No spaCy import.

The unit table is data (``pipeline/data/units.json``): each unit has a canonical name, a kind
(``percent``, ``percentage_point``, ``basis_point``, ``times``, ``currency``, ``measure``) and the
surface forms that name it. ``match_unit`` finds the longest form at a position in a list of
words; ``currency_prefix`` reads ``$``, ``US$``, ``RMB``, ``£`` and the like.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: the metric a unit kind implies before context is considered
KIND_METRIC = {
    "currency": "MONEY",
    "measure": "AMOUNT",
    "percent": None,  # SHARE or CHANGE: decided from context
    "percentage_point": "CHANGE",
    "basis_point": "CHANGE",
    "times": "CHANGE",
    "count": "COUNT",  # unit-like counted nouns: person-times, man-days
}

_IRREGULAR_PLURALS = {
    "people": "person", "persons": "person", "children": "child", "women": "woman", "men": "man",
    "aircraft": "aircraft", "sheep": "sheep", "cattle": "cattle", "staff": "staff", "data": "data",
    "species": "species", "series": "series", "media": "media", "criteria": "criterion",
    "phenomena": "phenomenon", "analyses": "analysis", "crises": "crisis", "bases": "base",
    "indices": "index", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "personnel": "personnel", "police": "police", "livestock": "livestock", "poultry": "poultry",
    "fish": "fish", "deer": "deer", "swine": "swine", "equipment": "equipment",
}


@dataclass(frozen=True)
class Unit:
    """A unit found in text: its canonical name, its kind and how many words it took."""

    name: str
    kind: str
    length: int


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, ...], tuple[str, str]], dict[str, str], int]:
    raw = json.loads(resources.files("pipeline").joinpath("data/units.json").read_text(encoding="utf-8"))
    forms: dict[tuple[str, ...], tuple[str, str]] = {}
    for entry in raw["units"]:
        for form in entry["forms"]:
            forms[tuple(_split_form(form))] = (entry["unit"], entry["kind"])
    longest = max(len(key) for key in forms)
    return forms, raw["currency_prefixes"], longest


def _split_form(form: str) -> list[str]:
    words: list[str] = []
    for part in form.lower().split():
        if "-" in part and part != "-fold" and len(part) > 1:
            pieces = part.split("-")
            for k, piece in enumerate(pieces):
                if piece:
                    words.append(piece)
                if k < len(pieces) - 1:
                    words.append("-")
        else:
            words.append(part)
    return words


def unit_names() -> set[str]:
    """Every canonical unit name in the table."""
    forms, prefixes, _ = _table()
    return {name for name, _ in forms.values()} | set(prefixes.values())


def match_unit(words: list[str], i: int) -> Unit | None:
    """The longest unit form starting at ``words[i]`` (case-insensitive), or None."""
    forms, _, longest = _table()
    lowered = [w.lower() for w in words[i : i + longest]]
    for n in range(len(lowered), 0, -1):
        hit = forms.get(tuple(lowered[:n]))
        if hit:
            return Unit(name=hit[0], kind=hit[1], length=n)
    return None


def currency_prefix(word: str) -> str | None:
    """``"US$"`` -> ``"us dollar"``, ``"RMB"`` -> ``"yuan"``, ``"£"`` -> ``"pound sterling"``."""
    _, prefixes, _ = _table()
    return prefixes.get(word.lower())


def compound(numerator: str, denominator: str) -> str:
    """FORMAT's compound unit name: ``compound("us dollar", "barrel")`` -> ``"us dollar per barrel"``."""
    return f"{numerator} per {denominator}"


def singular(noun: str) -> str:
    """A counted noun's singular, lower-case, for the unit of a COUNT (``"suspects"`` -> ``"suspect"``).

    Used when no lemmatizer is at hand; the pipeline prefers spaCy's lookup lemmas.
    """
    word = noun.lower()
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    if word.endswith("ves") and word[:-3] + "f" in {"shel", "hal", "lea", "thie", "loa"}:
        return word[:-3] + "f"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
