"""Write the unit, currency and place-name snapshots under ``pipeline/data/en/`` from pint, babel (CLDR) and pycountry.

    python scripts/build_unit_data.py          # needs the unitdata extra: pip install -e '.[unitdata]'

Why a snapshot: building pint's registry takes about 1-3 s and babel's locale data is read per
locale, while ``pipeline.load()`` must stay under 1 s. The script keeps what relstats reads: each
unit's FORMAT name (lower-case, singular, US spelling), its surface names and plurals, its
case-sensitive symbols, its dimension and its factor (and offset) to SI; each currency's ISO code,
English names (singular and plural), its symbols in English and in its own territories' locales,
and the currencies of each territory. ``docs/units.md`` explains the choice of library. Re-run it
after upgrading pint or babel; the output is sorted so the diff shows what changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
import pint
from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers
from babel.numbers import get_currency_symbol, get_territory_currencies

OUT = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "en"

#: dimension name -> (a pint unit of that dimension, the SI unit a value is normalised to)
DIMENSIONS = {
    "length": ("meter", "meter"), "mass": ("kilogram", "kilogram"), "time": ("second", "second"),
    "area": ("meter ** 2", "square meter"), "volume": ("meter ** 3", "cubic meter"),
    "speed": ("meter / second", "meter per second"), "acceleration": ("meter / second ** 2", "meter per second squared"),
    "power": ("watt", "watt"), "energy": ("joule", "joule"), "pressure": ("pascal", "pascal"),
    "force": ("newton", "newton"), "frequency": ("hertz", "hertz"), "temperature": ("kelvin", "kelvin"),
    "current": ("ampere", "ampere"), "charge": ("coulomb", "coulomb"), "voltage": ("volt", "volt"),
    "density": ("kilogram / meter ** 3", "kilogram per cubic meter"), "flow": ("meter ** 3 / second", "cubic meter per second"),
    "amount of substance": ("mole", "mole"), "luminous intensity": ("candela", "candela"),
    "radiation dose": ("gray", "gray"), "resistance": ("ohm", "ohm"),
}
#: dimensionless units kept with their own dimension name (pint gives them no dimension)
DIMENSIONLESS = {
    "byte": ("information", "bit"), "bit": ("information", "bit"),
    "degree": ("angle", "radian"), "radian": ("angle", "radian"), "arcminute": ("angle", "radian"),
    "arcsecond": ("angle", "radian"), "ppm": ("concentration", "ppm"),
}
#: pint names that are ordinary counted nouns or collide with FORMAT's own units in releases
SKIP = {
    "point", "line", "link", "chain", "hand", "span", "turn", "count", "cycle", "pair", "dozen", "score",
    "gross", "rod", "pole", "perch", "cord", "grain", "square", "revolution", "particle", "molecule", "atom",
    "percent", "permille", "ppt", "number_english", "bag", "cup", "shot", "gill", "dram", "peck", "boiler_horsepower",
    "quad", "therm", "bale", "stere", "degree_Reaumur", "degree_Rankine", "reciprocal_centimeter", "cables_length",
    "long_hundredweight", "short_hundredweight", "long_ton", "ton", "pound_force", "fermi", "shake", "rack", "light",
    "planck_length", "planck_time", "planck_mass", "planck_temperature", "unit_pole", "sidereal_day", "sidereal_year",
    "tropical_year", "common_year", "leap_year", "gregorian_year", "eon", "month", "week", "fortnight", "decade",
    "century", "millennium", "tex", "denier", "jute", "aberdeen", "pennyweight", "scruple", "slug", "poundal",
    "kip", "force_kilogram", "force_gram", "force_ton", "force_metric_ton", "force_long_ton", "force_pound",
    "force_ounce", "troy_pound", "apothecary_pound", "apothecary_ounce", "mil", "league", "furlong", "fathom",
    "barn", "are", "ping", "tsubo", "rai", "square_survey_mile", "township", "section", "homestead", "baud",
    "buckingham", "counts_per_second", "neper", "decibel", "bel", "octave", "franklin", "gamma", "galileo",
}
#: symbols never read as units: English words, list letters, and symbols FORMAT gives other meanings
SKIP_SYMBOLS = {"in", "at", "a", "am", "pm", "pp", "bp", "ha?", "P", "St", "G", "Gy", "B", "b", "u", "Da", "R", "E",
                "cc", "cd", "sr", "AU", "au", "ly", "pc", "Bq", "kt", "kn", "yr", "mo", "wk", "d", "Ci", "Ka", "Np",
                "dB", "Bd", "lm", "lx", "dr", "fl", "gr", "pk", "bu", "sh", "Ω", "Ω", "C", "K", "T", "F", "H", "S",
                "N", "J", "V", "A", "W", "m", "g", "t", "l", "s", "h", "min", "Hz?"}
#: prefixes generated for the units that take them in releases and news
PREFIXES = ("kilo", "mega", "giga", "tera", "peta", "milli", "micro", "nano", "centi", "deci", "hecto")
PREFIXED = ("meter", "gram", "liter", "watt", "watt_hour", "joule", "hertz", "byte", "bit", "pascal", "volt",
            "ampere", "ampere_hour", "second", "metric_ton", "calorie", "electron_volt", "newton", "ohm",
            "sievert", "becquerel", "gray", "volt_ampere")
#: irregular plurals of unit names
PLURALS = {"foot": "feet", "inch": "inches", "century": "centuries", "hertz": "hertz", "celsius": "celsius",
           "fahrenheit": "fahrenheit", "kelvin": "kelvin", "siemens": "siemens", "lux": "lux", "horsepower": "horsepower"}
#: US spelling and FORMAT's names for pint's names
RENAME = {"metric_ton": "ton", "tonne": "ton", "degree_Celsius": "degree celsius", "degree_Fahrenheit": "degree fahrenheit",
          "kilometer_per_hour": "kilometer per hour", "mile_per_hour": "mile per hour", "kph": "kilometer per hour",
          "international_foot": "foot", "US_survey_foot": "survey foot", "bits_per_second": "bit per second",
          "metric_horsepower": "metric horsepower", "electron_volt": "electronvolt", "julian_year": "year"}


def _name(pint_name: str) -> str:
    return RENAME.get(pint_name, pint_name.replace("_", " ").lower())


def _plural(name: str) -> str:
    words = name.split(" ")
    head = words[0] if " per " in name or words[0] == "degree" else words[-1]
    plural = PLURALS.get(head) or (head + "es" if head.endswith(("ch", "sh", "x", "s")) else
                                   head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s")
    if " per " in name or words[0] == "degree":
        return " ".join([plural] + words[1:])
    return " ".join(words[:-1] + [plural])


def _british(name: str) -> list[str]:
    out = []
    for us, uk in (("meter", "metre"), ("liter", "litre"), ("ton", "tonne")):
        if us in name and not (us == "ton" and "tonne" in name):
            out.append(name.replace(us, uk))
    return [n for n in out if n != name]


def _dimension(ureg, pint_name: str, base: str | None = None):
    if (base or pint_name) in DIMENSIONLESS:
        return DIMENSIONLESS[base or pint_name]
    dim = ureg.get_dimensionality(pint_name)
    for name, (reference, si_unit) in DIMENSIONS.items():
        if dim == ureg.get_dimensionality(reference):
            return name, si_unit
    return None


def _si(ureg, pint_name: str, si_unit: str) -> tuple[float, float]:
    """(factor, offset) so that si_value = value * factor + offset."""
    if si_unit == "ppm":
        return (1.0 if pint_name == "ppm" else 1e-3), 0.0
    if si_unit in ("bit", "bit per second"):
        base = ureg.Quantity(1, pint_name).to("bit" if si_unit == "bit" else "bit / second").magnitude
        return float(base), 0.0
    if si_unit == "radian":
        return float(ureg.Quantity(1, pint_name).to("radian").magnitude), 0.0
    one = ureg.Quantity(1.0, pint_name).to_base_units().magnitude
    zero = ureg.Quantity(0.0, pint_name).to_base_units().magnitude
    return float(one - zero), float(zero)


def build_measures() -> dict:
    ureg = pint.UnitRegistry()
    units: dict[str, dict] = {}

    def add(pint_name: str, name: str, symbols: list[str], aliases: list[str], base: str | None = None):
        dim = _dimension(ureg, pint_name, base)
        if dim is None:
            return
        dimension, si_unit = dim
        factor, offset = _si(ureg, pint_name, si_unit)
        names = {name, _plural(name)} | {a for n in [name] for a in _british(n)}
        names |= {_plural(n) for n in _british(name)}
        for alias in aliases:
            if alias[:1].isupper() or "_" in alias and alias.split("_")[0] in ("international", "US", "avoirdupois", "avdp"):
                continue
            names.add(alias.replace("_", " ").lower())
        entry = units.setdefault(name, {"unit": name, "dimension": dimension, "si_unit": si_unit,
                                        "si_factor": float(f"{factor:.12g}"), "si_offset": float(f"{offset:.12g}"),
                                        "names": [], "symbols": []})
        entry["names"] = sorted(set(entry["names"]) | names)
        entry["symbols"] = sorted(set(entry["symbols"]) | {s for s in symbols if s and s not in SKIP_SYMBOLS})

    for pint_name, definition in ureg._units.items():
        if pint_name != definition.name or pint_name in SKIP or pint_name.startswith(("planck", "atomic_unit", "natural")):
            continue
        symbol = definition.symbol or ""
        aliases = [a for a in definition.aliases if a.isascii() and len(a) > 2]
        add(pint_name, _name(pint_name), [symbol] + [a for a in definition.aliases if len(a) <= 3 and a != symbol],
            aliases)
    for base in PREFIXED:
        definition = ureg._units[base]
        for prefix in PREFIXES:
            pdef = ureg._prefixes[prefix]
            pint_name = prefix + base
            name = prefix + _name(base)
            if base == "watt_hour":
                name = f"{prefix}watt hour"
            if base == "ampere_hour":
                name = f"{prefix}ampere hour"
            if base == "metric_ton":
                name = prefix + "ton"
            if base == "bits_per_second":
                name = f"{prefix}bit per second"
            symbols = [pdef.symbol + definition.symbol] if definition.symbol else []
            if prefix == "micro":
                symbols += ["µ" + definition.symbol, "μ" + definition.symbol, "u" + definition.symbol]
            if base == "liter":
                symbols += [pdef.symbol + "L"]
            if base == "byte" and prefix == "kilo":
                symbols += ["KB"]
            add(pint_name, name, symbols, [], base)
    return {"source": f"pint {pint.__version__}", "units": sorted(units.values(), key=lambda u: u["unit"])}


#: currencies whose English name CLDR writes with a country adjective FORMAT leaves out
def build_currencies() -> dict:
    english = Locale("en")
    names = english.currencies
    plurals = english._data["currency_names_plural"]
    territories: dict[str, list[str]] = {}
    for territory in sorted(get_global("territory_currencies")):
        codes = get_territory_currencies(territory, tender=True)
        if codes:
            territories[territory] = codes
    current = sorted({code for codes in territories.values() for code in codes})
    local_symbols: dict[str, set[str]] = {code: set() for code in current}
    for identifier in locale_identifiers():
        locale = Locale.parse(identifier)
        if not locale.territory or locale.territory not in territories:
            continue
        for code in territories[locale.territory][:1]:
            symbol = get_currency_symbol(code, locale=locale)
            if symbol and symbol != code and not any(ch.isspace() for ch in symbol):
                local_symbols[code].add(symbol)
    currencies = []
    for code in current:
        name = names.get(code)
        if not name:
            continue
        forms = {name.lower()}
        for value in (plurals.get(code) or {}).values():
            forms.add(value.lower())
        symbols = {english.currency_symbols.get(code, code)} | local_symbols[code]
        currencies.append({"code": code, "name": name.lower(), "names": sorted(forms),
                           "symbols": sorted(s for s in symbols if s != code)})
    return {"source": f"babel {babel.__version__} (CLDR)", "currencies": currencies, "territories": territories}


def build_places() -> dict:
    """The English names of CLDR's territories (countries, territories and world regions), lower-case, with the
    short forms CLDR writes before a qualifier (``hong kong`` of ``Hong Kong SAR China``): a place names, it is never
    what a figure counts."""
    names: set[str] = set()
    for name in Locale("en").territories.values():
        name = name.lower().replace("&", "and")
        names.add(name)
        for qualifier in (" sar china", " (", ","):
            if qualifier in name:
                names.add(name.split(qualifier)[0].strip())
    names |= subdivision_names()
    import pycountry
    return {"source": f"babel {babel.__version__} (CLDR); pycountry {pycountry.__version__} (ISO 3166-2)",
            "places": sorted(names)}


#: countries whose first-level subdivisions ISO 3166-2 names in English (US states, Canadian provinces, Indian
#: states, the nations of the UK, ...): releases name them as they name countries (``Illinois, Kentucky and Texas
#: ran the most checks``), and a name such as ``Texas`` or ``Kansas`` is no plural of a thing counted
ENGLISH_SUBDIVISIONS = ("US", "CA", "AU", "NZ", "GB", "IE", "IN", "ZA", "MY", "JP", "CN")
#: what ISO 3166-2 writes after a name that English text leaves out (``Sichuan Sheng``, ``Wales [Cymru GB-CYM]``)
_SUBDIVISION_SUFFIXES = (" sheng", " shi", " zizhiqu", " huizu zizhiqu", " uygur zizhiqu", " zhuangzu zizhiqu")


def subdivision_names() -> set[str]:
    """The lower-case names of the first-level subdivisions of :data:`ENGLISH_SUBDIVISIONS` (pycountry's ISO
    3166-2), without diacritics, bracketed glosses or Chinese administrative suffixes, and ``great britain``."""
    import unicodedata

    import pycountry

    names = {"great britain"}
    for code in ENGLISH_SUBDIVISIONS:
        for sub in pycountry.subdivisions.get(country_code=code):
            if sub.parent_code is not None:
                continue
            name = sub.name.split(" [")[0].split(",")[0].lower().replace("&", "and")
            name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
            for suffix in _SUBDIVISION_SUFFIXES:
                if name.endswith(suffix):
                    name = name[: -len(suffix)]
            names.add(name.strip())
    return names


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (("measures.json", build_measures()), ("currencies.json", build_currencies()),
                       ("places.json", build_places())):
        path = OUT / name
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        count = len(data.get("units", data.get("currencies", data.get("places", []))))
        print(f"{path}: {count} entries from {data['source']}")


if __name__ == "__main__":
    main()
