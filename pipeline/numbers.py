"""Reading numbers as releases write them: digits, scale words, number words, fractions, vague amounts.

Plain functions with no spaCy import. ``read_quantity`` reads the surface text of a QUANTITY span
(``"66.973 million"``, ``"3-5%"``, ``"two thirds"``, ``"tens of thousands"``) into its value and
range; the recognizer and the annotation validator both use it, so they cannot disagree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources



@lru_cache(maxsize=None)
def number_words(lang: str = "en") -> dict:
    """The number words of a language (``data/<lang>/numbers.json``): units, tens, scales, fractions, ..."""
    raw = json.loads(resources.files("pipeline").joinpath(f"data/{lang}/numbers.json").read_text(encoding="utf-8"))
    raw["multiples"] = {word: tuple(entry) for word, entry in raw["multiples"].items()}
    return raw


_EN = number_words("en")
UNITS_WORDS: dict = _EN["units"]
TENS_WORDS: dict = _EN["tens"]
#: scale words and abbreviations, as multipliers
SCALES: dict = _EN["scales"]
#: denominators of fractions: ``two thirds``, ``a quarter``, ``half``
FRACTION_WORDS: dict = _EN["fractions"]
#: vague amounts -> smallest value they imply (bound ">=")
VAGUE_AMOUNTS: dict = _EN["vague_amounts"]
#: multiples written as one word -> (value, unit, direction)
MULTIPLE_WORDS: dict = _EN["multiples"]
SPECIAL_WORDS: dict = _EN["special"]
PERCENT_WORDS = tuple(_EN["percent_words"])

_DIGITS = re.compile(r"^[0-9]+(?:[,\u00a0\u202f '\u2019][0-9]{3})*(?:\.[0-9]+)?$|^[0-9]*\.[0-9]+$")
_TOKEN = re.compile(r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?(?![0-9])|"  # ``2,34,567`` (lakh grouping)
                    r"[0-9]+(?:[,\u00a0\u202f '\u2019][0-9]{3})*(?:\.[0-9]+)?|\.[0-9]+|[A-Za-z]+|%|\S")
RANGE_WORDS = set(_EN["range_words"])
_SCIENTIFIC = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(?:[eE]([+\-−]?[0-9]{1,3})|\s?[x×]\s?10\^?([+\-−]?[0-9]{1,3}))$")
_SLASH_FRACTION = re.compile(r"^([0-9]{1,3})/([0-9]{1,4})$")
_MIXED_FRACTION = re.compile(r"\b([0-9]{1,3})[-\s]([0-9]{1,2})/([0-9]{1,3})\b")  # ``5-1/4`` -> 5.25
_BARE_FRACTION = re.compile(r"(?<![0-9/.,])([0-9]{1,2})/([0-9]{1,3})(?![0-9/])")  # ``1/4`` -> 0.25
_GROUPING = re.compile(r"[,\u00a0\u202f '\u2019]")
#: vulgar fraction characters and their values (``3½ per cent``)
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
                    "⅞": 0.875}
_VULGAR = re.compile(r"^([0-9]{0,3})([½¼¾⅓⅔⅛⅜⅝⅞])$")
_VULGAR_INSIDE = re.compile(r"(?<![0-9.,])((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?)([" + "".join(VULGAR_FRACTIONS) + "])")
#: Indian digit grouping: thousands, then lakhs and crores in pairs (``1,84,205``, ``12,34,56,789``)
_INDIAN_GROUPING = re.compile(r"^[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?$")
_SPACES = re.compile(r"\s+")
#: digits grouped by spaces with a decimal comma (``3 312,4``, ``1 409,3``; South African and European style)
_SPACED_DECIMAL_COMMA = re.compile(r"^[0-9]{1,3}(?:[\u00a0\u202f ][0-9]{3})+,[0-9]{1,2}$")
_RATIO = re.compile(r"(\w+) (?:in|out of) (\w+)")
_OF_UNIT = re.compile(r"([\w-]+(?: [\w-]+)?) of an? (.+)")
_HALF_UNIT = re.compile(r"half an? (.+)")
#: the vague amounts, longest first (as ``sorted(VAGUE_AMOUNTS, key=len, reverse=True)``)
_VAGUE_LONGEST_FIRST = tuple(sorted(VAGUE_AMOUNTS, key=len, reverse=True))


def _decimal(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def parse_digits(text: str) -> float | None:
    """``"8,419"`` -> 8419, ``"66.973"`` -> 66.973, ``"816 000"`` -> 816000; None if not a number.

    A comma followed by other than three digits is not a grouping (``"1,23"`` -> None).
    """
    text = text.strip()
    if not text:
        return None
    scientific = _SCIENTIFIC.match(text)
    if scientific:
        exponent = (scientific.group(2) or scientific.group(3)).replace("−", "-")
        return float(scientific.group(1)) * 10 ** int(exponent)
    vulgar = _VULGAR.match(text)
    if vulgar:  # ``3½`` -> 3.5, ``¼`` -> 0.25
        return float(vulgar.group(1) or 0) + VULGAR_FRACTIONS[vulgar.group(2)]
    if _INDIAN_GROUPING.match(text):  # ``1,84,205`` (lakh grouping) -> 184205
        return float(text.replace(",", ""))
    if _SPACED_DECIMAL_COMMA.match(text):  # ``3 312,4`` -> 3312.4: grouped by spaces, the comma is decimal (C52-3)
        whole, decimals = text.rsplit(",", 1)
        return float(_GROUPING.sub("", whole) + "." + decimals)
    if not _DIGITS.match(text):
        return None
    return float(_GROUPING.sub("", text))


#: a number written with a decimal comma: one to three digits, a comma, one or two digits (``32,1``, ``16,9``); a
#: grouping comma has three digits after it, so :func:`parse_digits` reads none of these
_DECIMAL_COMMA = re.compile(r"[0-9]{1,3},[0-9]{1,2}")


def decimal_comma(text: str) -> float | None:
    """``"32,1"`` -> 32.1, ``"16,9"`` -> 16.9; None unless the text is a number with a decimal comma. Callers decide
    from the context (a unit, a percent or a scale word after it) whether the comma is one."""
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    return parse_digits(text) if _SPACED_DECIMAL_COMMA.match(text) else None  # ``3 312,4`` (C52-3)


def slash_fraction(text: str) -> float | None:
    """``"1/16"`` -> 0.0625, ``"3/4"`` -> 0.75; None unless a proper fraction written with a slash."""
    match = _SLASH_FRACTION.match(text.strip())
    if not match:
        return None
    numerator, denominator = int(match.group(1)), int(match.group(2))
    return numerator / denominator if 0 < numerator < denominator else None


def word_number(word: str) -> int | None:
    """``"sixteen"`` -> 16, ``"forty"`` -> 40; None for anything else."""
    word = word.lower()
    return UNITS_WORDS.get(word, TENS_WORDS.get(word))


def parse_number_words(words: list[str]) -> float | None:
    """Numbers written in words: ``["a", "hundred", "and", "two"]`` -> 102,
    ``["twenty", "-", "five"]`` -> 25, ``["three", "million"]`` -> 3e6; None if not one."""
    words = [w.lower() for w in words if w not in ("-", "and")]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word == "a" and i == 0:
            current = 1
            continue
        value = word_number(word)
        if value is not None:
            current += value
            seen = True
        elif word in ("dozen",):
            current = (current or 1) * 12
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in SCALES and word not in ("k", "m", "b"):
            total += (current or 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


@dataclass(frozen=True)
class NumberReading:
    """What the number parser reads from a QUANTITY's surface text."""

    value: float
    value_max: float | None = None
    is_fraction: bool = False  # value is a percent made from a fraction word (``two thirds``)
    is_vague: bool = False  # ``dozens``: value is the smallest implied, bound ``>=``
    multiple: tuple | None = None  # (value, unit, direction) for ``doubled`` and the like


def scale_after(tokens: list[str], i: int) -> tuple[float, int]:
    """Multiplier of the scale words starting at ``tokens[i]`` and how many there are."""
    factor, n = 1.0, 0
    while i + n < len(tokens) and tokens[i + n].lower() in SCALES:
        word = tokens[i + n].lower()
        factor *= SCALES[word]
        n += 1
    return factor, n


@lru_cache(maxsize=1 << 16)
def read_quantity(text: str) -> NumberReading | None:
    """Read a QUANTITY span's surface text; None when it holds no number.

    Percentages stay in percent (``"220%"`` -> 220); fractions become percent (``"two thirds"`` ->
    66.667); a scale word after the last number of a range applies to both ends (``"1.2 to 1.5
    million"``). Remembered by text (a reading is immutable).
    """
    if _DIGITS.match(text):  # plain digits (``"41,617"``, ``"5.3"``): what the general reading below gives them
        return NumberReading(value=_clean(parse_digits(text) * 1.0))
    return _read_quantity(text)


#: half of a scale word (``half a million``, ``half a dozen``)
_HALF_SCALE = re.compile(r"half an? (dozen|hundred|thousand|million|billion|trillion)\b")

#: a whole number and a half written out (``two and a half``, ``1 and a half``)
_AND_A_HALF = re.compile(r"\b([A-Za-z]+|[0-9]+) and a half\b", re.I)


def _plus_half(match: re.Match) -> str:
    whole = parse_digits(match.group(1))
    if whole is None:
        whole = word_number(match.group(1))
    return match.group(0) if whole is None else _decimal(whole + 0.5)


def _read_quantity(text: str) -> NumberReading | None:
    """:func:`read_quantity` for any text."""
    text = _MIXED_FRACTION.sub(lambda m: _decimal(int(m.group(1)) + int(m.group(2)) / int(m.group(3))), text)
    if " and a half" in text.lower():
        text = _AND_A_HALF.sub(_plus_half, text)  # ``two and a half times``, ``1 and a half million`` (C38-19)
    if _VULGAR_INSIDE.search(text):  # ``2½ to 3``, ``2½–3½``: each end its own value
        text = _VULGAR_INSIDE.sub(lambda m: _decimal(int((m.group(1) or "0").replace(",", "")) + VULGAR_FRACTIONS[m.group(2)]), text)
    text = _BARE_FRACTION.sub(lambda m: _decimal(int(m.group(1)) / int(m.group(2))), text)
    lowered = text.lower().strip()
    lowered = _SPACES.sub(" ", lowered)
    if lowered in MULTIPLE_WORDS:
        value, unit, direction = MULTIPLE_WORDS[lowered]
        return NumberReading(value=value, multiple=(value, unit, direction))
    for phrase in _VAGUE_LONGEST_FIRST:
        if lowered == phrase or lowered.startswith(phrase + " "):
            return NumberReading(value=VAGUE_AMOUNTS[phrase], is_vague=True)
    ratio = _RATIO.fullmatch(lowered)
    if ratio:
        part, whole = (parse_digits(ratio.group(k)) or word_number(ratio.group(k)) for k in (1, 2))
        if part and whole:
            return NumberReading(value=round(100 * part / whole, 3), is_fraction=True)
    of_unit = _OF_UNIT.fullmatch(lowered)
    if of_unit and _read_fraction(of_unit.group(1)) is not None:
        return NumberReading(value=round(_read_fraction(of_unit.group(1)), 6))
    half_scale = _HALF_SCALE.match(lowered)
    if half_scale:
        # ``half a million``, ``half a billion euros``: half of the scale, a number (C40-31)
        return NumberReading(value=_clean(0.5 * (SCALES.get(half_scale.group(1)) or 12.0)))
    half_unit = _HALF_UNIT.fullmatch(lowered)
    if half_unit:
        return NumberReading(value=0.5)
    fraction = _read_fraction(lowered)
    if fraction is not None:
        return NumberReading(value=round(fraction * 100, 3), is_fraction=True)
    tokens = _TOKEN.findall(text)
    numbers: list[tuple[float, float]] = []  # (value before scaling, scale factor)
    ends: list[int] = []  # the token after each number's scale words
    i = 0
    while i < len(tokens):
        token = tokens[i]
        value = parse_digits(token)
        if value is None and token.lower() in ("a", "an") and i + 1 < len(tokens) and (
            tokens[i + 1].lower() in ("dozen", "hundred", "thousand", "million", "billion")
        ):
            j = i + 1
            while j < len(tokens) and (
                word_number(tokens[j]) is not None or tokens[j].lower() in ("hundred", "dozen", "and", "-")
            ):
                j += 1
            value = parse_number_words(tokens[i:j]) if j > i + 1 else 1.0
            i = j - 1
        elif value is None and (word_number(token) is not None or token.lower() == "dozen"):
            j = i
            while j < len(tokens) and (
                word_number(tokens[j]) is not None or tokens[j].lower() in ("hundred", "dozen", "and", "-")
            ):
                j += 1
            while j > i + 1 and tokens[j - 1].lower() in ("and", "-"):
                j -= 1
            value = parse_number_words(tokens[i:j])
            if value is not None:
                i = j - 1
        if value is not None:
            factor, n = scale_after(tokens, i + 1)
            if numbers and ends[-1] == i and 1.0 < factor < numbers[-1][1]:
                # ``18 billion 570 million``: a smaller scale right after a larger one adds to it
                numbers[-1] = (numbers[-1][0] * numbers[-1][1] + value * factor, 1.0)
            else:
                numbers.append((value, factor))
            i += n
            ends.append(i + 1)
        i += 1
    if not numbers:
        return None
    if len(numbers) >= 2:
        (low, low_factor), (high, high_factor) = numbers[0], numbers[-1]
        if low_factor == 1.0 and high_factor != 1.0:
            low_factor = high_factor
        return NumberReading(value=_clean(low * low_factor), value_max=_clean(high * high_factor))
    value, factor = numbers[0]
    return NumberReading(value=_clean(value * factor))


def _read_fraction(lowered: str) -> float | None:
    words = lowered.replace("-", " ").split()
    if not words:
        return None
    if words == ["half"] or words == ["a", "half"] or words == ["one", "half"]:
        return 0.5
    if len(words) == 2 and words[1] in FRACTION_WORDS:
        numerator = 1 if words[0] in ("a", "an", "one") else word_number(words[0])
        if numerator:
            return numerator / FRACTION_WORDS[words[1]]
    return None


def _clean(value: float) -> float | int:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded
