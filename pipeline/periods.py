"""ISO dates for period phrases (``date_from``/``date_to``), anchored on the release date.

Plain functions, no spaCy import. Only readings the text and the release date fix are returned;
anything else gives ``(None, None)``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_MONTH_RE = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(year: int, first_month: int, last_month: int) -> tuple[str, str]:
    return date(year, first_month, 1).isoformat(), _month_end(year, last_month).isoformat()


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else COUNTS.get(word)


def _latest_year_before(month: int, release: date) -> int:
    """The year of the most recent ``month`` that has ended by the release date."""
    return release.year if month < release.month or (month == release.month and release.day > 27) else release.year - 1


@lru_cache(maxsize=1 << 14)
def period_dates(phrase: str, release_date: str | None) -> tuple[str | None, str | None]:
    """``("in the first half of the year", "2021-07-30")`` -> ``("2021-01-01", "2021-06-30")``.

    A plain function of its two strings, so its answers are kept (the same phrases, ``in 2023``,
    ``in the first quarter``, recur in every release of an archive; most releases of a run share a
    release date): ``period_dates("in 2023", None)`` reads its regular expressions once.
    """
    text = phrase.lower()
    explicit = re.search(r"(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])", text)
    release = date.fromisoformat(release_date) if release_date else None
    if explicit:
        year = int(explicit.group(1))
    elif "last year" in text or "previous year" in text:
        year = release.year - 1 if release else None
    else:
        year = release.year if release else None
    match = re.search(r"(?:first|1st) half", text)
    if match and year:
        return _span(year, 1, 6)
    if re.search(r"(?:second|2nd) half", text) and year:
        return _span(year, 7, 12)
    half = re.search(r"(?<![a-z])h([12])\b", text)
    if half and year:
        return _span(year, 1, 6) if half.group(1) == "1" else _span(year, 7, 12)  # ``H1 2024`` (C35-23)
    match = re.search(r"first (\w+) (months|quarters)", text)
    if match and year and _count(match.group(1)):
        n = _count(match.group(1)) * (3 if match.group(2) == "quarters" else 1)
        if 1 <= n <= 12:
            return _span(year, 1, n)
    match = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarters?\b|(?<![a-z])q([1-4])\b", text)
    if match and year:
        q = ORDINALS[match.group(1)] if match.group(1) else int(match.group(2))
        if re.search(r"\byear (?:to|ending|ended)\b", text):  # ``over the year to Q1 2024``: twelve months
            end = _month_end(year, 3 * q)
            start = date(year, 3 * q + 1, 1) if q < 4 else date(year, 1, 1)
            return (start.replace(year=year - 1) if q < 4 else start).isoformat(), end.isoformat()
        return _span(year, 3 * q - 2, 3 * q)
    months = [MONTHS[m] for m in re.findall(_MONTH_RE, text)]
    if len(months) == 2 and re.search(r"\b(to|through|and|-|–)\b|-|–", text):
        if not explicit and release:
            year = _latest_year_before(months[1], release)
        if year:
            return _span(year, months[0], months[1])
    day = re.search(r"(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th)? " + _MONTH_RE + r"|" + _MONTH_RE + r" ([0-9]{1,2})(?![0-9])", text)
    if len(months) == 1 and day and not re.search(r"end of|as of|as at|by |since|from|to |through|between|week|days|period|ending|ended", text):
        number = int(day.group(1) or day.group(4))
        if 1 <= number <= calendar.monthrange(year or 2000, months[0])[1]:
            if not explicit and release:  # the latest such day on or before the release
                year = release.year if (months[0], number) <= (release.month, release.day) else release.year - 1
            if year:
                return (date(year, months[0], number).isoformat(),) * 2  # ``on October 1``: one day
    if len(months) == 1:
        if not explicit and release:
            year = _latest_year_before(months[0], release)
        if year is None:
            return None, None
        if re.search(_MONTH_RE + r"(?: \d{4})? quarter\b", text) and months[0] % 3 == 0 and \
                not re.search(r"\b(?:year|months) (?:to|ending|ended)\b", text):
            return _span(year, months[0] - 2, months[0])  # ``the June 2024 quarter``: April to June
        if re.search(r"end of|as of|as at|by ", text):
            return None, _month_end(year, months[0]).isoformat()
        if re.search(r"months to|months ending|months ended|\byear to|\byear ending|\byear ended|"
                     r"-months? period (?:to|ending|ended|through)", text):
            # (``the 3-month period ending in June 2024``: April to June)
            counted = re.search(r"(\w+)(?: |-)months?\b", text)
            n = (_count(counted.group(1)) or 0) if counted else 12  # ``the year to the June 2024 quarter``
            end = _month_end(year, months[0])
            start_month = months[0] - n + 1
            start_year = year
            while start_month < 1:
                start_month += 12
                start_year -= 1
            return date(start_year, start_month, 1).isoformat(), end.isoformat()
        return _span(year, months[0], months[0])
    if explicit and re.fullmatch(r"(?:in|during|for|throughout|over)?\s*(?:the )?(?:whole |full )?(?:year )?(?:of )?\d{4}", text.strip()):
        return _span(year, 1, 12)
    if re.search(r"\b(last|previous) year\b", text) and year and "same period" not in text:
        return _span(year, 1, 12)
    if re.search(r"year to date|so far this year|this year so far", text) and release:
        return date(release.year, 1, 1).isoformat(), release.isoformat()
    return None, None
