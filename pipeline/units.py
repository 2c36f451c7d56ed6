"""Units and currencies as releases write them, normalised to FORMAT's names. No spaCy import.

Three data files, merged once on first use:

- ``data/units.json`` (hand-kept): FORMAT's own units (percent, percentage point, basis point,
  times), local measures no library knows (``mu``, ``jin``, ``teu``, ``ton of standard coal``),
  counted compounds (``person-time``), FORMAT's names of the common currencies (``yuan``, ``us
  dollar``, ``pound sterling``) and local currency prefixes (``RMB``, ``RM``, ``HK$``, ``Rs``).
- ``data/en/measures.json``: physical units with prefixes, plurals, symbols, dimension and SI
  factor, a snapshot of pint's registry (``scripts/build_unit_data.py``).
- ``data/en/currencies.json``: every current ISO 4217 currency with its English names and its
  symbols in English and in its own territories, and each territory's currencies, from CLDR (babel).

Names match case-insensitively as word sequences (``square kilometres``); symbols match exactly
(``MW`` megawatt, ``mW`` milliwatt, ``GB``, ``USD``). A symbol or name several currencies share
(``$``, ``dollar``, ``¥``, ``Rs``, ``kr``) means the one of ``country`` (an ISO 3166 code, from
``meta.country``) when that country uses it, else its default (``$`` → US dollar).
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from pipeline.numbers import SCALES

#: the metric a unit kind implies before context is considered
KIND_METRIC = {
    "currency": "MONEY",
    "measure": "AMOUNT",
    "percent": None,  # SHARE or CHANGE: decided from context
    "percentage_point": "CHANGE",
    "basis_point": "CHANGE",
    "times": "CHANGE",
    "count": "COUNT",  # unit-like counted nouns: person-times, man-days
    "index_point": None,  # index points: CHANGE after a change word, else AMOUNT
}

_IRREGULAR_PLURALS = {
    "people": "person", "persons": "person", "children": "child", "women": "woman", "men": "man",
    "aircraft": "aircraft", "sheep": "sheep", "cattle": "cattle", "staff": "staff", "data": "data",
    "species": "species", "series": "series", "media": "media", "criteria": "criterion",
    "phenomena": "phenomenon", "analyses": "analysis", "crises": "crisis", "bases": "base",
    "diagnoses": "diagnosis", "prognoses": "prognosis", "hypotheses": "hypothesis", "theses": "thesis",
    "indices": "index", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "shelves": "shelf", "halves": "half", "leaves": "leaf", "thieves": "thief", "loaves": "loaf", "wolves": "wolf",
    "calves": "calf", "knives": "knife", "wives": "wife", "lives": "life",
    "personnel": "personnel", "police": "police", "livestock": "livestock", "poultry": "poultry",
    "fish": "fish", "deer": "deer", "swine": "swine", "equipment": "equipment",
}


@dataclass(frozen=True)
class Unit:
    """A unit found in text: its FORMAT name, kind, how many words it took, and what it measures."""

    name: str
    kind: str
    length: int = 1
    dimension: str | None = None
    si_unit: str | None = None
    si_factor: float | None = None
    si_offset: float = 0.0
    code: str | None = None  # ISO 4217 code of a currency
    shared: str | None = None  # the shared symbol or name it was read from (``$``, ``dollar``)
    scale: float = 1.0  # a symbol that carries a scale (``MtCO2e``: a million tonnes of CO2 equivalent)


@dataclass
class _Tables:
    names: dict  # tuple of lower-case words -> Unit
    symbols: dict  # exact symbol -> Unit
    prefixes: dict  # lower-case prefix written before a number -> Unit
    longest: int
    currencies: dict  # ISO code -> Unit
    territories: dict  # country -> [ISO codes]
    shared: dict  # shared symbol -> {"default": code, "codes": [...]} or name_suffix
    not_after_number: frozenset
    exact_prefixes: dict
    after_per: dict
    name_starts: frozenset = frozenset()  # the first words of the names of two words or more


def _read(path: str) -> dict:
    return json.loads(resources.files("pipeline").joinpath(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def place_names() -> frozenset:
    """The English names of countries, territories and world regions (CLDR, ``data/en/places.json``), lower-case."""
    return frozenset(_read("data/en/places.json")["places"])


def ends_place_name(words: list[str]) -> bool:
    """Whether the last words of ``words`` (two to four of them) spell a place's name (``United States``, ``United Arab
    Emirates``): its last word names no thing counted (C41-22)."""
    low = [w.lower() for w in words]
    return any(" ".join(low[k:]) in place_names() for k in range(max(0, len(low) - 4), len(low) - 1))


def split_form(form: str) -> list[str]:
    """A unit form as the tokenizer splits it: ``"person-times"`` -> ``["person", "-", "times"]``."""
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


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    hand = _read("data/units.json")
    measures = _read("data/en/measures.json")
    cldr = _read("data/en/currencies.json")
    names: dict = {}
    symbols: dict = {}
    library = {}
    for entry in measures["units"]:
        unit = Unit(name=entry["unit"], kind="measure", dimension=entry["dimension"], si_unit=entry["si_unit"],
                    si_factor=entry["si_factor"], si_offset=entry["si_offset"])
        library[unit.name] = unit
        for form in entry["names"]:
            names.setdefault(tuple(split_form(form)), unit)
        if entry["dimension"] in ("current", "charge") and entry["si_factor"] >= 1e9:
            continue  # (``Writing (TA)``: an abbreviation of words, never a teraampere's symbol; names still read)
        for symbol in entry["symbols"]:
            symbols.setdefault(symbol, unit)
    currencies: dict = {}
    for entry in cldr["currencies"]:
        code = entry["code"]
        own = hand["currencies"].get(code, {})
        unit = Unit(name=own.get("unit", entry["name"]), kind="currency", dimension="money", code=code)
        currencies[code] = unit
        for form in list(entry["names"]) + list(own.get("forms", [])):
            names[tuple(split_form(form))] = unit
        symbols.setdefault(code, unit)
        for symbol in entry["symbols"]:
            if symbol not in hand["shared_symbols"] and not (len(symbol) == 1 and symbol.isascii()):
                symbols.setdefault(symbol, unit)
    for form, code in hand["bare_currency_names"].items():
        names[(form,)] = _shared_unit(form, code, currencies, hand["shared_symbols"])
    for entry in hand["units"]:
        base = library.get(entry["unit"])
        unit = Unit(name=entry["unit"], kind=entry["kind"], dimension=entry.get("dimension") or (base and base.dimension),
                    si_unit=entry.get("si_unit") or (base and base.si_unit),
                    si_factor=entry.get("si_factor") or (base and base.si_factor),
                    si_offset=entry.get("si_offset") or (base.si_offset if base else 0.0))
        for form in entry["forms"]:
            names[tuple(split_form(form))] = unit
        for form in entry["forms"]:
            if form in symbols:
                symbols[form] = unit  # ``ppm``: FORMAT's name wins over the library's
        for form, factor in entry.get("scaled_forms", {}).items():
            names[tuple(split_form(form))] = replace(unit, scale=factor)  # ``mtoe``, ``MtCO2e``
        for symbol, factor in entry.get("scaled_symbols", {}).items():
            symbols[symbol] = replace(unit, scale=factor)  # ``Mt`` (million tonnes, not ``mt``), ``mb/d``: exact case
    prefixes: dict = {}
    exact: dict = {}  # lower-case alphabetic symbol -> the only spellings read as a prefix
    for symbol, code in hand["currency_symbols"].items():
        prefixes[symbol.lower()] = _shared_unit(symbol, code, currencies, hand["shared_symbols"])
        if len(symbol) == 1 and not symbol.isascii():
            # a sign standing alone (``(£ thousand; ...)``) is the currency the project reads it as before a
            # number, not the first CLDR currency that shares it (``£``: pound sterling, not the Falkland pound)
            symbols[symbol] = prefixes[symbol.lower()]
        if symbol.isalpha() and symbol != symbol.lower():
            exact.setdefault(symbol.lower(), set()).add(symbol)  # ``R`` (rand), never ``r``
    for symbol in list(symbols):
        if not symbol.isalpha() and len(symbol) > 1 and symbol.lower() in prefixes and \
                symbols[symbol].kind == "currency":
            # ``(C$ millions)``: a sign with letters alone is the currency the project reads before a number too
            # (Canadian dollars, not CLDR's Nicaraguan córdoba, whose own locale writes ``C$``; C42-10)
            symbols[symbol] = prefixes[symbol.lower()]
    for code, unit in currencies.items():
        prefixes.setdefault(code.lower(), unit)
    for symbol, unit in symbols.items():
        if unit.kind == "currency" and (not symbol.isalpha() or (len(symbol) >= 2 and symbol != symbol.lower())):
            prefixes.setdefault(symbol.lower(), unit)  # ``Rp``, ``Ksh``, ``zł``: written before a number
            if symbol.isalpha() and (len(symbol) != 3 or symbol != symbol.upper()):
                exact.setdefault(symbol.lower(), set()).add(symbol)
    for code in hand.get("codes_read_as_names", ()):
        # ``SDG 4``, ``the 2024 SDG report``: the Sustainable Development Goals, not Sudanese pounds (C45-24); the
        # currency keeps its name
        prefixes.pop(code.lower(), None)
        symbols.pop(code, None)
        names.pop((code.lower(),), None)
    longest = max(len(key) for key in names)
    return _Tables(names=names, symbols=symbols, prefixes=prefixes, longest=longest, currencies=currencies,
                   territories=cldr["territories"], shared=hand["shared_symbols"],
                   not_after_number=frozenset(hand["not_units_after_number"]), exact_prefixes=exact,
                   after_per=dict(hand.get("after_per_forms", {})),
                   name_starts=frozenset(key[0] for key in names if len(key) >= 2))


def _shared_unit(symbol: str, code: str, currencies: dict, shared: dict) -> Unit:
    if code in shared:
        default = currencies[shared[code]["default"]]
        return replace(default, shared=code)
    return currencies[code]


def _resolve(unit: Unit, length: int, country: str | None) -> Unit:
    """A shared currency symbol or name resolved by the release's country."""
    if unit.shared and isinstance(country, str) and country:
        tables = _tables()
        rule = tables.shared[unit.shared]
        for code in tables.territories.get(country.upper(), []):
            candidate = tables.currencies.get(code)
            if candidate is None:
                continue
            if code in rule.get("codes", ()) or (rule.get("name_suffix") and candidate.name.endswith(rule["name_suffix"])):
                return replace(candidate, length=length, shared=unit.shared)
    return unit if unit.length == length else replace(unit, length=length)  # a Unit is immutable


#: dimensions whose symbols releases write after a number (``500 kV.``), for the tokenizer
COMMON_DIMENSIONS = {"length", "mass", "volume", "area", "power", "energy", "speed", "pressure", "frequency",
                     "information", "voltage", "current", "charge", "temperature", "data rate", "concentration"}
RARE_PREFIXES = ("deci", "hecto", "peta", "nano", "centi", "tera")


def unit_symbols() -> list[str]:
    """Plain symbols of common units (``kV``, ``km``, ``GWh``, ``mph``), two to four letters, for the tokenizer."""
    tables = _tables()
    return sorted(s for s, u in tables.symbols.items() if 2 <= len(s) <= 4 and s.isascii() and s.isalnum()
                  and u.dimension in COMMON_DIMENSIONS and not u.name.startswith(RARE_PREFIXES))


def unit_names() -> set[str]:
    """Every FORMAT unit name the tables know."""
    tables = _tables()
    return {u.name for u in tables.names.values()} | {u.name for u in tables.symbols.values()}


def coverage() -> dict:
    """Counts for the docs: units by kind and dimension, currencies, surface forms."""
    tables = _tables()
    units = {u.name: u for u in list(tables.names.values()) + list(tables.symbols.values())}
    dims: dict = {}
    for unit in units.values():
        if unit.kind != "currency":
            dims[unit.dimension or "count"] = dims.get(unit.dimension or "count", 0) + 1
    return {"units": sum(1 for u in units.values() if u.kind != "currency"), "currencies": len(tables.currencies),
            "dimensions": dims, "names": len(tables.names), "symbols": len(tables.symbols),
            "currency_prefixes": len(tables.prefixes)}


def match_unit(words: list[str], i: int = 0, country: str | None = None, after_per: bool = False) -> Unit | None:
    """The longest unit starting at ``words[i]``: a name (any case) or an exact symbol; or None.

    ``after_per``: the words follow ``per`` or ``/``, where ``second`` is a unit and not an ordinal."""
    tables = _tables()
    window = tuple(words[i : i + tables.longest])
    if country is not None and not isinstance(country, str):
        return _match_unit(tables, window, country, after_per)
    key = (window, country, after_per)
    found = _MATCHED.get(key, _MISSING)
    if found is _MISSING:  # the answer depends on these words and arguments alone (a Unit is immutable)
        found = _match_unit(tables, window, country, after_per)
        if len(_MATCHED) < 200_000:
            _MATCHED[key] = found
    return found


#: :func:`match_unit`'s answers by (words read, country, after_per)
_MATCHED: dict = {}
_MISSING = object()


def _match_unit(tables: _Tables, window: tuple, country, after_per: bool) -> Unit | None:
    lowered = [w.lower() for w in window]
    if lowered and lowered[0] in tables.name_starts:  # else no name of two words or more starts here
        for n in range(len(lowered), 1, -1):
            hit = tables.names.get(tuple(lowered[:n]))
            if hit:
                return _resolve(hit, n, country)
    if len(window) >= 3 and window[1] == "/":
        # (a compound written with a slash names its unit whole, even after a letter that is no unit alone: ``g/km``)
        hit = tables.names.get(("".join(lowered[:3]),)) or tables.symbols.get("".join(window[:3]))
        if hit:
            return _resolve(hit, 3, country)
    if not window or (lowered[0] in tables.not_after_number and not after_per):
        return None
    if len(window) >= 3 and window[1] == "/":
        if len(window[0]) > 1 and window[0].isalpha() and window[0].isupper() and len(window[2]) > 1 and \
                window[2].isalpha() and window[2].isupper():
            return None  # ``423.6 million PC/UMS net tons``: two capitalised initialisms name a measure, no ``pc``
    hit = tables.symbols.get(window[0]) or tables.names.get((lowered[0],))
    if hit is None and after_per and lowered[0] in tables.after_per:
        hit = tables.names.get((tables.after_per[lowered[0]],))  # ``Bcf/d``: a unit written only after a slash
    if hit is None and window[0][:1].isalpha() and window[0].upper() == window[0] and len(window[0]) > 1:
        hit = tables.symbols.get(window[0].capitalize())
    return _resolve(hit, 1, country) if hit else None


def currency_prefix(word: str, country: str | None = None) -> str | None:
    """``"US$"`` -> ``"us dollar"``, ``"RMB"`` -> ``"yuan"``, ``"£"`` -> ``"pound sterling"``, ``"$"`` with
    ``country="CA"`` -> ``"canadian dollar"``; None if ``word`` is no currency written before a number."""
    unit = currency_unit(word, country)
    return unit.name if unit else None


_YEN = re.compile(r"\b(?:yen|JPY|Japan|Japanese|Tokyo)\b", re.IGNORECASE)  # (a Japanese release: C38-31)
_YUAN = re.compile(r"\b(?:yuan|renminbi|RMB|CNY|China|Chinese|Beijing)\b", re.IGNORECASE)
_DOLLAR_NAME = re.compile(r"\b((?:[A-Za-z&.]+ ){1,3})dollars?\b", re.IGNORECASE)
_DOLLAR_PREFIX = re.compile(r"(?<![A-Za-z])([A-Za-z.]{1,4}\$)")
_US_DOLLAR = re.compile(r"\b(?:US|U\.S\.|American|United States) dollars?\b|\bUSD\b|\bUS\$", re.IGNORECASE)


def currency_country(text: str) -> str | None:
    """The country a release with no stated country names through its currency words, for the symbols
    two currencies share (FORMAT: ``$`` is the US dollar "unless the text names another dollar"):

    - a release that names one dollar other than the US dollar (``Canadian dollars``, ``A$3.2 billion``)
      and never the US dollar: that dollar's country (a bare ``$`` is then that dollar);
    - a release that writes ``¥`` and speaks of the yen or of Japan, never of the yuan or of China: ``JP``.

    None otherwise."""
    dollar = _dollar_country(text) if "$" in text else None
    if dollar is not None:
        return dollar
    if "¥" not in text and "￥" not in text:
        return None
    return "JP" if _YEN.search(text) and not _YUAN.search(text) else None


def _dollar_country(text: str) -> str | None:
    """The issuer of the one dollar other than the US dollar that ``text`` names, when it never names the
    US dollar (:func:`currency_country`), else None."""
    tables = _tables()
    named: set[str] = set()
    # (the name pattern is tried at every word: only a text that writes ``dollar`` can match it)
    for match in _DOLLAR_NAME.finditer(text) if "dollar" in text.lower() else ():
        words_ = match.group(1).lower().split()
        for n in range(len(words_), 0, -1):  # ``the Canadian dollar``: the longest currency name
            unit = tables.names.get(tuple(words_[-n:]) + ("dollar",))
            if unit is not None and unit.kind == "currency":
                named.add(unit.name)
                break
    for match in _DOLLAR_PREFIX.finditer(text):
        unit = tables.prefixes.get(match.group(1).lower())
        if unit is not None and unit.name.endswith("dollar"):
            named.add(unit.name)
    others = named - {"us dollar"}
    if len(others) != 1 or "us dollar" in named or _US_DOLLAR.search(text):
        return None
    wanted = next(iter(others))
    for code, unit in tables.currencies.items():  # the issuer (``NZD`` → ``NZ``, not another territory using it)
        if unit.name == wanted and code[:2] in tables.territories and code in tables.territories[code[:2]]:
            return code[:2]
    return None


def currency_unit(word: str, country: str | None = None) -> Unit | None:
    """The currency a prefix before a number names (see :func:`currency_prefix`), as a :class:`Unit`."""
    tables = _tables()
    unit = tables.prefixes.get(word.lower())
    if unit is None or (word.isalpha() and len(word) == 3 and word != word.upper()
                        and word.lower() not in tables.exact_prefixes):
        return None
    if word not in tables.exact_prefixes.get(word.lower(), (word,)):
        return None
    return _resolve(unit, 1, country)


def currency_prefix_pattern() -> str:
    """A regular expression of every currency prefix that may be glued to a number (``USD5m``, ``HK$3``)."""
    tables = _tables()
    forms = set()
    for prefix in tables.prefixes:
        original = prefix.upper() if prefix.isalpha() and len(prefix) == 3 else prefix
        if prefix in tables.exact_prefixes:
            forms.update(f for f in tables.exact_prefixes[prefix] if not any(ch.isspace() for ch in f))
            continue
        elif prefix in ("rs", "rs.", "rm", "rmb"):
            original = {"rs": "Rs", "rs.": "Rs.", "rm": "RM", "rmb": "RMB"}[prefix]
        elif not prefix.isalpha():
            original = "".join(ch.upper() if ch.isalpha() else ch for ch in prefix)
        if not any(ch.isspace() for ch in original):
            forms.add(original)
    # longest first; ties in a fixed order, so a saved tokenizer does not depend on set order (same matches:
    # two different forms of one length never both match at one place)
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) + ")"


_GLUED = re.compile(r"^([0-9]+(?:[.,][0-9]+)*)([^\W\d_]+[²³23]?|°C|℃|%)$")


def split_glued(text: str, country: str | None = None) -> tuple[str, Unit] | None:
    """``"5GB"`` -> (``"5"``, gigabyte), ``"20kW"``, ``"50p"``, ``"12mm"``; None when the tail is no unit."""
    match = _GLUED.match(text)
    if not match:
        return None
    tail = match.group(2)
    if tail.lower() in _tables().not_after_number and tail not in ("g",):
        return None
    unit = _tables().symbols.get(tail)
    if unit is None and tail == tail.lower():
        unit = match_unit([tail], 0, country)
    if unit is None and match.group(2) in ("p",):
        unit = match_unit(["pence"], 0)
    if unit is None and match.group(2) in ("t", "g", "m", "l", "L", "W", "V", "A", "s", "h"):
        unit = _tables().symbols.get(match.group(2)) or match_unit([{"t": "ton", "g": "gram", "m": "meter",
                                                                        "l": "liter", "L": "liter", "W": "watt",
                                                                        "V": "volt", "A": "ampere", "s": "seconds",
                                                                        "h": "hours"}[match.group(2)]], 0)
    return (match.group(1), replace(unit, length=1)) if unit else None


#: dimension of a compound ``A per B`` from the dimensions of A and B
COMPOUND_DIMENSIONS = {("mass", "volume"): "density", ("volume", "time"): "flow", ("length", "time"): "speed",
                       ("mass", "time"): "mass flow", ("energy", "time"): "power"}


def per(numerator: Unit, denominator: Unit) -> Unit:
    """The compound ``A per B`` (``us dollar per barrel``, ``microgram per cubic meter``) with its dimension
    and SI factor where both parts have one."""
    dimension = None
    if numerator.dimension and denominator.dimension:
        dimension = COMPOUND_DIMENSIONS.get((numerator.dimension, denominator.dimension),
                                            f"{numerator.dimension} per {denominator.dimension}")
    si_factor = si_unit = None
    if numerator.si_factor and denominator.si_factor and not numerator.si_offset:
        si_factor = numerator.si_factor / denominator.si_factor
        si_unit = f"{numerator.si_unit} per {denominator.si_unit}"
    return Unit(name=compound(numerator.name, denominator.name), kind=numerator.kind,
                length=numerator.length + 1 + denominator.length, dimension=dimension, si_unit=si_unit,
                si_factor=si_factor, code=numerator.code)


#: letters after a slash that name a time (``km/h``, ``Ml/d``)
SLASH_TIME_SYMBOLS = {"s": "second", "h": "hour", "min": "minute", "d": "day", "yr": "year"}
#: letters after a measure's slash that name who it is per, not a price (``l/p/d``: litres per person per day)
SLASH_PER_WHO = {"p": "person"}


#: the scale words a unit's denominator may carry (``mmbtu``: a million british thermal units): numbers.SCALES's
_SCALE_NAMES = {factor: word for word, factor in SCALES.items() if word in ("thousand", "million", "billion")}


def slash_unit(word: str, country: str | None) -> Unit | None:
    """The compound unit of a gloss written as one word with slashes (``Ml/d`` → liter per day, scale 10^6;
    ``p/kWh`` → pence per kilowatt hour; ``l/p/d`` → liter per person per day), or None."""
    whole = match_unit([word], 0, country)
    if whole is not None:
        return whole  # ``b/d``, ``mb/d``: a symbol of its own
    first, *rest = word.split("/")
    unit = (match_unit([first], 0, country) or currency_unit(first, country)) if first else None  # (``$/bbl``)
    if unit is None or unit.kind not in ("measure", "currency") or not rest:
        return None
    for piece in rest:
        below = match_unit([piece], 0, country, after_per=True) if piece else None
        if below is not None and below.kind == "currency" and unit.kind == "measure":
            below = None  # (``l/p/d``: per person, not per penny)
        if below is not None and below.kind in ("measure", "count"):
            if below.scale in _SCALE_NAMES:  # ``$/mmbtu``: per million british thermal units, as written inline
                below = replace(below, name=f"{_SCALE_NAMES[below.scale]} {below.name}")
            unit = replace(per(unit, below), scale=unit.scale)
        elif piece in SLASH_TIME_SYMBOLS or piece in SLASH_PER_WHO:
            name = SLASH_TIME_SYMBOLS.get(piece) or SLASH_PER_WHO[piece]
            below = match_unit([name], 0, country, after_per=True)
            unit = replace(per(unit, below), scale=unit.scale) if below is not None else \
                replace(unit, name=compound(unit.name, name), dimension=None, si_unit=None, si_factor=None)
        else:
            return None
    return unit


def to_si(value: float | None, unit: Unit | None) -> tuple[float | None, str | None]:
    """The value in SI units (``5 km`` -> (5000, ``meter``)), or (None, None) when it has none."""
    if value is None or unit is None or unit.si_factor is None:
        return None, None
    return round(value * unit.si_factor + unit.si_offset, 9), unit.si_unit


def compound(numerator: str, denominator: str) -> str:
    """FORMAT's compound unit name: ``compound("us dollar", "barrel")`` -> ``"us dollar per barrel"``."""
    return f"{numerator} per {denominator}"


def is_rate(unit: str | None) -> bool:
    """Whether ``unit`` is a rate per something (``crime per 10,000 population``, ``per 100,000 population``)."""
    return " per " in f" {unit or ''} "


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
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def _us_spellings() -> dict[str, str]:
    """British → US spellings of lower-case words (``offence`` → ``offense``, ``traveller`` →
    ``traveler``, ``labour`` → ``labor``): spacy-lookups-data's English ``lexeme_norm`` table, without its
    informal shortenings (``cos`` → ``because``) and capitalised forms. Empty when the package is absent."""
    try:
        import spacy_lookups_data

        path = resources.files(spacy_lookups_data) / "data" / "en_lexeme_norm.json.gz"
        table = json.loads(gzip.decompress(path.read_bytes()))
    except (ImportError, OSError, ValueError):
        return {}
    return {word: us for word, us in table.items()
            if word.isalpha() and word.islower() and us.isalpha() and us != word and us[0] == word[0]
            and abs(len(us) - len(word)) <= 2}


#: endings a word may add to a word the spelling table holds (``harbourer``, ``harbourers`` of ``harbour``)
_DERIVED_ENDINGS = ("ers", "er", "s")


@lru_cache(maxsize=4096)
def us_spelling(unit: str) -> str:
    """``unit`` in US spelling, word by word (FORMAT: lower-case, singular, US spelling): ``offence per
    100,000 inhabitants`` → ``offense per 100,000 inhabitants``, ``harbourer`` → ``harborer``."""
    table = _us_spellings()
    words = unit.split(" ")
    for k, word in enumerate(words):
        us = table.get(word)
        if us is None:
            ending = next((e for e in _DERIVED_ENDINGS if word.endswith(e) and word[: -len(e)] in table), None)
            if ending is not None:
                us = table[word[: -len(ending)]] + ending
        if us is not None:
            words[k] = us
    return " ".join(words)

