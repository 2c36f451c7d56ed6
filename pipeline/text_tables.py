"""Rows of text tables: cells between ``|``, between tabs, or aligned with runs of spaces.

Releases set small tables in plain text three ways: ``Port | 2023 | 2024``, tab-separated cells, and
columns aligned with spaces (``Sexual crimes        14,508      14,623      1%``). The readers of
headers, units and row labels (quantities, declared units, categories, linker) see one shape: the
character ranges of a line's cells. No spaCy import: it works on the text alone.
"""

from __future__ import annotations

import re

#: a run of two or more spaces between two non-space characters: a column gap of an aligned table
_ALIGNED_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def separator(line: str) -> str | None:
    """How ``line`` separates its cells: ``"|"`` (two bars or more), ``"\\t"``, ``"  "`` (three or more
    cells aligned by runs of spaces), or None for a line of prose."""
    if "|" not in line and "\t" not in line and "  " not in line:
        return None  # (most lines: prose)
    if line.count("|") >= 2:
        return "|"
    if "\t" in line.strip():
        return "\t"
    if len(_ALIGNED_GAP.findall(line)) >= 2 and not line.rstrip().endswith((".", ";")):
        return "  "
    return None


def cells(line: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` ranges of ``line``'s cells, stripped of spaces (empty for a line of prose)."""
    sep = separator(line)
    if sep is None:
        return []
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
    return out


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
