"""Reading numbers as releases write them: digits, scale words, number words, fractions, vague amounts.

Plain functions with no spaCy import. ``read_quantity`` reads the surface text of a QUANTITY span
(``"66.973 million"``, ``"3-5%"``, ``"two thirds"``, ``"tens of thousands"``) into its value and
range; the recognizer and the annotation validator both use it, so they cannot disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: scale words and abbreviations, as multipliers
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
#: denominators of fractions: ``two thirds``, ``a quarter``, ``half``
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10,
}
#: vague amounts -> smallest value they imply (bound ">=")
VAGUE_AMOUNTS = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
    "hundreds of thousands": 200000, "millions": 2e6, "tens of millions": 2e7,
    "hundreds of millions": 2e8, "billions": 2e9,
}
#: multiples written as one word -> (value, unit, direction)
MULTIPLE_WORDS = {
    "double": (2, "times", "up"), "doubled": (2, "times", "up"), "doubling": (2, "times", "up"),
    "triple": (3, "times", "up"), "tripled": (3, "times", "up"), "tripling": (3, "times", "up"),
    "quadruple": (4, "times", "up"), "quadrupled": (4, "times", "up"),
    "twofold": (2, "times", "up"), "threefold": (3, "times", "up"), "fourfold": (4, "times", "up"),
    "fivefold": (5, "times", "up"), "tenfold": (10, "times", "up"),
    "halve": (50, "percent", "down"), "halved": (50, "percent", "down"),
    "halving": (50, "percent", "down"),
}
SPECIAL_WORDS = {"dozen": 12, "a dozen": 12, "score": 20}
PERCENT_WORDS = ("%", "percent", "per cent", "pct", "pc", "percentage point", "percentage points",
                 "basis point", "basis points", "bps", "bp")

_DIGITS = re.compile(r"^[0-9]+(?:[,\u00a0\u202f ][0-9]{3})*(?:\.[0-9]+)?$|^[0-9]*\.[0-9]+$")
_TOKEN = re.compile(r"[0-9]+(?:[,\u00a0\u202f ][0-9]{3})*(?:\.[0-9]+)?|\.[0-9]+|[A-Za-z]+|%|\S")
RANGE_WORDS = {"-", "–", "—", "~", "to", "and"}


def parse_digits(text: str) -> float | None:
    """``"8,419"`` -> 8419, ``"66.973"`` -> 66.973, ``"816 000"`` -> 816000; None if not a number.

    A comma followed by other than three digits is not a grouping (``"1,23"`` -> None).
    """
    text = text.strip()
    if not text or not _DIGITS.match(text):
        return None
    return float(re.sub(r"[,\u00a0\u202f ]", "", text))


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


def _scale_after(tokens: list[str], i: int) -> tuple[float, int]:
    """Multiplier of the scale words starting at ``tokens[i]`` and how many there are."""
    factor, n = 1.0, 0
    while i + n < len(tokens) and tokens[i + n].lower() in SCALES:
        word = tokens[i + n].lower()
        factor *= SCALES[word]
        n += 1
    return factor, n


def read_quantity(text: str) -> NumberReading | None:
    """Read a QUANTITY span's surface text; None when it holds no number.

    Percentages stay in percent (``"220%"`` -> 220); fractions become percent (``"two thirds"`` ->
    66.667); a scale word after the last number of a range applies to both ends (``"1.2 to 1.5
    million"``).
    """
    lowered = text.lower().strip()
    lowered = re.sub(r"\s+", " ", lowered)
    if lowered in MULTIPLE_WORDS:
        value, unit, direction = MULTIPLE_WORDS[lowered]
        return NumberReading(value=value, multiple=(value, unit, direction))
    for phrase in sorted(VAGUE_AMOUNTS, key=len, reverse=True):
        if lowered == phrase or lowered.startswith(phrase + " "):
            return NumberReading(value=VAGUE_AMOUNTS[phrase], is_vague=True)
    ratio = re.fullmatch(r"(\w+) (?:in|out of) (\w+)", lowered)
    if ratio:
        part, whole = (parse_digits(ratio.group(k)) or word_number(ratio.group(k)) for k in (1, 2))
        if part and whole:
            return NumberReading(value=round(100 * part / whole, 3), is_fraction=True)
    of_unit = re.fullmatch(r"([\w-]+(?: [\w-]+)?) of an? (.+)", lowered)
    if of_unit and _read_fraction(of_unit.group(1)) is not None:
        return NumberReading(value=round(_read_fraction(of_unit.group(1)), 6))
    half_unit = re.fullmatch(r"half an? (.+)", lowered)
    if half_unit:
        return NumberReading(value=0.5)
    fraction = _read_fraction(lowered)
    if fraction is not None:
        return NumberReading(value=round(fraction * 100, 3), is_fraction=True)
    tokens = _TOKEN.findall(text)
    numbers: list[tuple[float, float]] = []  # (value before scaling, scale factor)
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
            factor, n = _scale_after(tokens, i + 1)
            numbers.append((value, factor))
            i += n
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


def values_agree(a: float | None, b: float | None, tolerance: float = 0.002) -> bool:
    """Whether two values agree within a relative tolerance (FORMAT §6: 0.2%)."""
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))
