"""Rows of text tables: cells between ``|``, between tabs, or aligned with runs of spaces.

Releases set small tables in plain text three ways: ``Port | 2023 | 2024``, tab-separated cells, and
columns aligned with spaces (``Sexual crimes        14,508      14,623      1%``). The readers of
headers, units and row labels (quantities, declared units, categories, linker) see one shape: the
character ranges of a line's cells. No spaCy import: it works on the text alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

#: a run of two or more spaces between two non-space characters: a column gap of an aligned table
_ALIGNED_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
#: the label of a two-column aligned table's row: words, no sentence punctuation (``Seasonal coronaviruses``)
_ROW_LABEL = re.compile(r"\s*[-•*]?\s*[A-Za-z][^.;:|\t]*")
#: the one header cell over a two-column table's figures: a few words, no sentence punctuation (``Share``, ``Deaths
#: (number)``, ``% of total``)
_HEADER_WORDS = re.compile(r"[A-Z%(][^.;:|\t0-9]{0,30}")
#: a bulleted line: a dash, bullet, asterisk or en dash and a space first (``- tourists: 6.1 million``)
BULLET_LINE = re.compile(r"[ \t]*(?:[-•*–][ \t]|--(?=[A-Za-z]))")  # (``--Employment of ...``: a text release's bullet)


#: a rule line between a header and the body (``|---|:---:|``, ``+-----+-----+``, ``-----  -----``)
_RULE_LINE = re.compile(r"[\s|+:=-]*[-=]{2,}[\s|+:=-]*")
#: a last word that is an abbreviation with an inner dot (``p.p.``, ``m.t.``), not the full stop of a sentence
_ABBREVIATED_END = re.compile(r"(?:^|\s)[A-Za-z]{1,3}\.[A-Za-z]{1,3}\.$")


@lru_cache(maxsize=2048)  # a table's lines are read again for each of their figures (within one document)
def separator(line: str) -> str | None:
    """How ``line`` separates its cells: ``"|"`` (two bars or more), ``"\\t"``, ``"  "`` (three or more
    cells aligned by runs of spaces, or a label and one figure three spaces apart), or None for a line of prose."""
    if "|" not in line and "\t" not in line and "  " not in line:
        return None  # (most lines: prose)
    if line.count("|") >= 2:
        return "|"
    if "\t" in line.strip():
        return "\t"
    gaps = list(_ALIGNED_GAP.finditer(line))
    if len(gaps) >= 2 and (not line.rstrip().endswith((".", ";")) or _ABBREVIATED_END.search(line.rstrip())):
        return "  "  # (a header may end on an abbreviation: ``Change, %    Contribution, p.p.``)
    if len(gaps) == 1 and len(gaps[0].group()) >= 3:
        label, figure = line[: gaps[0].start()], line[gaps[0].end() :].rstrip()
        if _ROW_LABEL.fullmatch(label) and _FIGURE_CELL.match(figure):
            return "  "  # ``Seasonal coronaviruses     17``: a two-column table's row, a label and its figure
        if _ROW_LABEL.fullmatch(label) and label.lstrip()[:1].isupper() and _HEADER_WORDS.fullmatch(figure) and \
                len(label.split()) <= 4:
            return "  "  # ``Country                Share``: a two-column table's header
    return None


def cells(line: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` ranges of ``line``'s cells, stripped of spaces (empty for a line of prose)."""
    return list(_cells(line))  # a list of the caller's own


@lru_cache(maxsize=2048)  # a table's lines are read again for each of their figures (within one document)
def _cells(line: str) -> tuple[tuple[int, int], ...]:
    """:func:`cells` of ``line``, as a tuple (shared by every caller, never modified)."""
    sep = separator(line)
    if sep is None:
        return ()
    if sep == "  ":
        bounds, at = [], 0
        for gap in _ALIGNED_GAP.finditer(line):
            bounds.append((at, gap.start()))
            at = gap.end()
        bounds.append((at, len(line)))
    else:
        bounds, at = [], 0
        for k, char in enumerate(line):
            if char == sep:
                bounds.append((at, k))
                at = k + 1
        bounds.append((at, len(line)))
    out = []
    for a, b in bounds:
        piece = line[a:b]
        out.append((a + len(piece) - len(piece.lstrip()), b - (len(piece) - len(piece.rstrip()))))
    return tuple(out)


def line_bounds(text: str, char: int) -> tuple[int, int]:
    """The start and end of the line of ``text`` holding character ``char``."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


def column_of(text: str, char: int) -> int | None:
    """The index of the cell holding character ``char`` when its line is a table row, else None."""
    start, end = line_bounds(text, char)
    for k, (a, b) in enumerate(cells(text[start:end])):
        if start + a <= char < start + max(b, a + 1):
            return k
    return None


#: a header cell that is a time, not a figure: ``2023``, ``2023-24``, ``Q3 2024``, ``Sep 2024``, ``Jul-Sep 2024``
_TIME_CELL = re.compile(r"(?:[A-Za-z]{1,9}\.?\s+)?(?:(?:19|20)[0-9]{2}|2100)(?:\s*[-/\u2013]\s*[0-9]{2,4})?(?:\s+[A-Za-z]{1,9}\.?)?|"
                        r"Q[1-4](?:\s+(?:19|20)[0-9]{2})?|H[12]\s+(?:19|20)[0-9]{2}|"
                        r"[A-Za-z]{3,9}\.?\s?[-\u2013]\s?[A-Za-z]{3,9}\.?,?\s+(?:19|20)[0-9]{2}|"
                        r"(?:19|20)[0-9]{2}\s?(?:Q[1-4]|H[12]|M(?:0?[1-9]|1[0-2]))[a-z*]?|"
                        r"(?:[1-4](?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)\s+(?:quarter|half)(?:\s+of)?"
                        r"\s+(?:19|20)[0-9]{2}|"
                        # a month alone labelling a row (``June   138.4   -0.4``, C42-32)
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
#: a cell holding a figure of a body row, or a figure with its bracketed counterpart (``2.2 (2.6)``: C24-5)
_FIGURE_CELL = re.compile(r"^\(?[-+\u2212\u2013]?\s*[0-9][0-9,. ]*%?\)?(?: \([-+\u2212\u2013]?[0-9][0-9,.]*%?\))?$")


#: a time closing a column header (``Cases 2023``, ``Arrivals 2023-24``, ``Visitors Oct 2024``, ``Deaths Q3 2024``)
CLOSING_TIME = re.compile(r"(?:\s+(?:[A-Z][a-z]{2,8}\.?|Q[1-4]|H[12]))?\s+(?:19|20)\d\d(?:[-/–]\d{2,4})?\s*$")


def without_closing_time(cell: str) -> str:
    """A header cell without the time that closes it (``Cases 2023`` → ``Cases``); a cell of a time only stays."""
    return CLOSING_TIME.sub("", cell)


def time_cell(cell: str) -> bool:
    """Whether a table cell names a time (``2024``, ``October 2024``, ``2023-24``, ``Q3 2024``)."""
    return _TIME_CELL.fullmatch(cell.strip()) is not None


class HeaderCell(NamedTuple):
    """The header cell above a table cell: its text, where the header line starts, the other cells of the
    header line, and the cell's own character range in the text."""

    text: str
    line_start: int
    others: tuple[str, ...]
    start: int
    end: int
    #: the cell above ``text`` when the header takes two lines (``Share`` above ``%``), else None
    stacked: str | None = None
    #: where the header's first line starts (``line_start`` unless the header takes two lines)
    top_start: int = -1


def _indented_cells(line: str) -> list[tuple[int, int]]:
    """The cells of a header line that leaves the row-label column blank (``        q-o-q    y-o-y``): runs of
    two or more spaces separate them; [] unless the line is indented by four spaces or more."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) < 4 or not stripped.strip():
        return []
    at = len(line) - len(stripped)
    bounds = []
    for piece in re.split(r"( {2,}|\t)", stripped):
        if piece.strip() and not re.fullmatch(r" {2,}|\t", piece):
            bounds.append((at, at + len(piece.rstrip())))
        at += len(piece)
    return bounds if len(bounds) <= 8 else []


#: a revision mark after a row's period (``3rd quarter 2024 (p)``, ``2024 (r)``, ``Q3 2024*``)
_ROW_MARK = re.compile(r"\s*(?:\((?:p|r|e|f|pr|rev)\)|\*+)$", re.I)


def period_label(cell: str) -> bool:
    """Whether a row's first cell names a period, a revision mark aside (``3rd quarter 2024 (p)``, ``2024*``)."""
    return _TIME_CELL.fullmatch(_ROW_MARK.sub("", cell.strip())) is not None


#: a column header naming a score (``Score``, ``Score 2023``, ``Overall score``), not a score's change (C45-1, C45-3)
SCORE_HEADER = re.compile(r"\s*(?:overall\s+|average\s+|mean\s+)?scores?\b(?!\s*(?:change|\())", re.I)
#: a rank written in a table's first column (``1``, ``2.``, ``10``, ``163`` of 163 countries ranked)
_RANK_CELL = re.compile(r"\s*[1-9][0-9]{0,2}\.?\s*")


def rank_cell(cell: str) -> bool:
    """Whether a table's first cell is a rank (a whole number below 1,000, with or without a full stop)."""
    return _RANK_CELL.fullmatch(cell) is not None


@lru_cache(maxsize=4096)  # each line is tested again for every figure of its table and the ones below it
def _body_row(line: str, sep: str | None) -> bool:
    """Whether ``line`` is a body row of a table separated by ``sep``: its first cell names the row and a
    later cell holds a figure."""
    if separator(line) != sep:
        return False
    found = cells(line)
    if len(found) < 2:
        return False
    first = line[found[0][0] : found[0][1]]
    if rank_cell(first) and len(found) >= 3 and re.search(r"[A-Za-z]", line[found[1][0] : found[1][1]]):
        # ``1      China          8,410,000        34.2`` under ``Rank   Country   Visitors   Share (%)``: a rank,
        # then the row's label (C35-41)
        found = found[1:]
        first = line[found[0][0] : found[0][1]]
    figures = sum(1 for a, b in found[1:] if _FIGURE_CELL.match(line[a:b]) and not _TIME_CELL.fullmatch(line[a:b]))
    if period_label(first):
        # a row labelled by its period (``3rd quarter 2024 (p)   1,849,900   300,100``, ``2024   1.2   1.4``): a body
        # row when two figures or more follow (one figure after a year is a line of its own, C29-15)
        return figures >= 2
    return not _FIGURE_CELL.match(first) and figures > 0


def in_header_line(text: str, char: int, words: int = 2) -> bool:
    """Whether ``char`` stands in a cell with words of a table's header line (``Change over ten years`` above ``Cannabis
    181   228   +26%``): a line of cells that is no body row, right above one (C41-26); ``words``: the least number
    of words the cell holds."""
    start, end = line_bounds(text, char)
    line = text[start:end]
    sep = separator(line)
    if sep is None or _body_row(line, sep) or end + 1 >= len(text):
        return False
    below_end = text.find("\n", end + 1)
    below = text[end + 1 : below_end if below_end >= 0 else len(text)]
    if _RULE_LINE.fullmatch(below):
        after_end = text.find("\n", below_end + 1) if below_end >= 0 else -1
        below = text[below_end + 1 : after_end if after_end >= 0 else len(text)] if below_end >= 0 else ""
    if not _body_row(below, sep):
        return False
    cell = next(((a, b) for a, b in cells(line) if start + a <= char < start + b), None)
    return cell is not None and len(re.findall(r"[A-Za-z]{3,}", line[cell[0] : cell[1]])) >= words


@lru_cache(maxsize=8192)  # asked again for the same figure by every stage (quantities, units, categories, linker)
def header_cell(text: str, char: int) -> HeaderCell | None:
    """The header cell of the column holding ``char`` when its line is a body row of a table whose first line
    (above the block's body rows) is a header: ``2023    2024    % change`` above ``Total wheat   32,954
    34,958   6.1`` gives ``% change`` for ``6.1``. A header may leave the row-label column blank (one cell fewer
    than its rows); aligned cells are matched by their place on the line, others by their order. None when the
    line is no body row or the table has no header line."""
    start, end = line_bounds(text, char)
    line = text[start:end]
    sep = separator(line)
    if sep is None or not _body_row(line, sep):
        return None
    row = cells(line)
    column = next((k for k, (a, b) in enumerate(row) if start + a <= char < start + max(b, a + 1)), None)
    if column is None:
        return None
    head_start = start
    while head_start > 0:
        previous = text.rfind("\n", 0, head_start - 1) + 1
        above = text[previous : head_start - 1]
        if not above.strip():
            return None
        head_start = previous
        if not _body_row(above, sep):
            break
    else:
        return None
    head_line = text[head_start : text.find("\n", head_start)]
    if _RULE_LINE.fullmatch(head_line) and head_start > 0:
        # ``|---|---|`` under a Markdown header: the header is the line above the rule
        head_start = text.rfind("\n", 0, head_start - 1) + 1
        head_line = text[head_start : text.find("\n", head_start)]
    head = cells(head_line) if separator(head_line) == sep else []
    if not head and sep == "  ":
        head = _indented_cells(head_line)
    if not head or any(_FIGURE_CELL.match(head_line[a:b]) and not _TIME_CELL.fullmatch(head_line[a:b])
                       for a, b in head):
        return None
    if sep == "  " and len(head) == len(row) - 1 and column > 0 and head[0][0] > row[0][1]:
        k = column - 1  # a header over every figure column, its label cell blank: cells in order (a header
        # centred over columns it overlaps unevenly, ``October 2024   November 2024   Change``)
    elif sep == "  ":
        a, b = row[column]
        overlaps = [(min(b, hb) - max(a, ha), k) for k, (ha, hb) in enumerate(head)]
        best, k = max(overlaps)
        if best <= 0:
            return None
    elif len(head) == len(row):
        k = column
    elif len(head) == len(row) - 1 and column > 0:
        k = column - 1
    else:
        return None
    texts = [head_line[x:y] for x, y in head]
    stacked, top_start = _stacked_cell(text, head_start, head, k, sep)
    return HeaderCell(texts[k], head_start, tuple(t for j, t in enumerate(texts) if j != k),
                      head_start + head[k][0], head_start + head[k][1], stacked, top_start)


def _stacked_cell(text: str, head_start: int, head: list[tuple[int, int]], column: int,
                  sep: str) -> tuple[str | None, int]:
    """The cell of the line above a header line that stands over its cell ``head[column]`` when the two lines form one
    header
    (names above units: ``Value   Share`` over ``USD mn   %``), with where that line starts; ``(None, head_start)``
    when the line above is blank, prose, a title or a row with figures."""
    if head_start < 2:
        return None, head_start
    above_start = text.rfind("\n", 0, head_start - 1) + 1
    above = text[above_start : head_start - 1]
    if not above.strip() or separator(above) != sep and not (sep == "  " and _indented_cells(above)):
        return None, head_start
    found = cells(above) if separator(above) == sep else _indented_cells(above)
    if not found or len(found) < 2 and separator(above) == sep or \
            any(_FIGURE_CELL.match(above[a:b]) and not _TIME_CELL.fullmatch(above[a:b]) for a, b in found):
        return None, head_start
    a, b = head[column]
    if sep == "  ":
        # (a group header over some columns only, ``Median`` over ``2024  2025  2026``: the header takes two lines
        # for every column, though only the columns under a group cell have one)
        overlap, k = max((min(b, y) - max(a, x), j) for j, (x, y) in enumerate(found))
        if overlap <= 0:
            return None, above_start
    elif len(head) == len(found):
        k = column  # (cells between bars or tabs: by their order)
    else:
        return None, head_start
    return above[found[k][0] : found[k][1]], above_start


#: the opening of a numbered table title (``Table 1:``, ``Table A.6.``, ``Figure 2 -``)
_TITLE_OPENING = re.compile(r"\s*(?:Table|TABLE|Chart|Figure)\s+[A-Z]?[0-9]+(?:\.[0-9]+)?[a-z]?\b")


#: a caption line that declares the table's unit itself (``Per cent``, ``EUR million``): no note to pass over
_CAPTION_UNIT = re.compile(r"%|\bper ?cent|\bpercent|\bmillions?\b|\bbillions?\b|\bthousands?\b|\bindex\b|[£$€¥]|"
                           r"\bin\s+[a-z]+s\b", re.I)


def title_bounds(text: str, line_start: int) -> tuple[int, int] | None:
    """Where the title line of a table whose header line starts at ``line_start`` starts and ends: the nearest
    line above it that holds text, past one blank line at most (``Table 1. Projections ... (percentage change
    ...)``); None when there is none or it is a table row."""
    k, blanks = line_start - 1, 0
    while k > 0:
        start = text.rfind("\n", 0, k) + 1
        line = text[start:k]
        if line.strip():
            if separator(line) is not None:
                return None
            if start >= 2 and "(" not in line and not _TITLE_OPENING.match(line) and len(line.split()) >= 5 and \
                    not _CAPTION_UNIT.search(line):
                above_start = text.rfind("\n", 0, start - 1) + 1
                if _TITLE_OPENING.match(text, above_start):
                    # ``Table 1: Headline forecasts (per cent unless stated)`` over a note line (``GDP and CPI refer
                    # to calendar years``) over the header: the numbered title, past its note (C48-12)
                    return above_start, start - 1
            return start, k
        blanks += 1
        if blanks > 1:
            return None
        k = start - 1
    return None


def title_above(text: str, line_start: int) -> str | None:
    """The text of the title line of :func:`title_bounds`, or None."""
    bounds = title_bounds(text, line_start)
    return None if bounds is None else text[bounds[0] : bounds[1]]


#: a line that only glosses a table's units, opening on one (``Percent, seasonally adjusted annual rate; ...``)
_GLOSS_LINE = re.compile(r"\s*(?:Per ?cent|Percent|%|US\$|\$|£|€|EUR|USD|GBP|Thousands?|Millions?|Billions?|Index|"
                         r"Number|Rates?|In )\b", re.I)


def title_with_gloss(text: str, line_start: int) -> str | None:
    """:func:`title_above`, read as ``Title (gloss)`` when the line right above the header only glosses its units
    and a numbered title stands right above that (``Table 1. Growth of debt by sector`` over ``Percent, seasonally
    adjusted annual rate; outstanding in US$ trillion``), as if the gloss were the title's bracket (C48-21)."""
    bounds = title_bounds(text, line_start)
    if bounds is None:
        return None
    line = text[bounds[0] : bounds[1]]
    if "(" in line or not _GLOSS_LINE.match(line) or _TITLE_OPENING.match(line) or bounds[0] < 2:
        return line
    above_start = text.rfind("\n", 0, bounds[0] - 1) + 1
    above = text[above_start : bounds[0] - 1]
    if not _TITLE_OPENING.match(above):
        return line
    return f"{above.rstrip()} ({line.strip().rstrip('.')})"
