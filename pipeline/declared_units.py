"""Percent units declared once for a block of bare figures (GUIDELINES D-3).

Read by the quantities component (so that the linker sees ``Food: 2.4 (2.8)`` under ``% change from a
year earlier`` as two changes) and by the unit resolver; it works on the text and character offsets only.
"""

from __future__ import annotations

import re

BARE_PERCENT = re.compile(r"(?:^|[\s,(])%(?:$|[\s,);])")
SHARE_HEADING = re.compile(r"\bshare\b|\bproportion\b|\brate\b|\bpercent of\b|% of\b")
CHANGE_HEADING = re.compile(r"\bchange\b|\bgrowth\b|\binflation\b|\bincrease\b|\bon the previous\b|y/y|m/m|q/q")

PERCENT_POINTS = re.compile(r"\bpercentage points?\b|\bpp\b", re.I)
PERCENT = re.compile(r"%|\bper ?cent\b|\bpct\b", re.I)


class DeclaredUnits:
    """Units declared once for a block of bare figures (GUIDELINES D-3): in the label before a colon on
    the figure's line (``Personal income, percent change from the preceding month: February +0.4``),
    or in a heading line of its block that states no figure of its own (``CPI by category, June 2024,
    % (month-on-month change in brackets)`` above ``Food: -2.1 (-0.1)``)."""

    def __init__(self, text: str, figure_starts: list[int]):
        self.text = text
        self.figure_lines = {text.rfind("\n", 0, a) + 1 for a in figure_starts}

    def unit_for(self, start_char: int) -> str | None:
        """``percent`` or ``percentage point`` when a label or heading declares it for the bare figure
        starting at ``start_char``, else None."""
        text = self.text
        line_start = text.rfind("\n", 0, start_char) + 1
        before = text[line_start : start_char]
        if ":" in before:
            label = before[: before.rfind(":")]
            found = self._declared(label[label.rfind(";") + 1 :])  # ``...; beds per 1,000 people: 6.92``
            if found:
                return found
        block_start = text.rfind("\n\n", 0, line_start)
        block_start = 0 if block_start < 0 else block_start + 2
        k = line_start - 1
        while k > block_start:  # the lines above, nearest first, within the block
            start = text.rfind("\n", 0, k) + 1
            if start not in self.figure_lines or BARE_PERCENT.search(text[start:k]):
                # a heading line (``Table 1: Growth rates, UK, April 2024, % (three months on the previous
                # three months in brackets)`` declares ``%`` although it states ``three months``)
                return self._declared(text[start:k])
            k = start - 1
        return None

    def share_table(self, start_char: int) -> bool:
        """Whether the line or heading that declares the percent of the figure at ``start_char`` names a
        share or a level rate (``share``, ``proportion``, ``rate`` other than a growth or inflation rate)."""
        text = self.text
        line_start = text.rfind("\n", 0, start_char) + 1
        block_start = text.rfind("\n\n", 0, line_start)
        heading = text[0 if block_start < 0 else block_start : start_char].lower()
        return bool(SHARE_HEADING.search(heading)) and not CHANGE_HEADING.search(heading)

    @staticmethod
    def _declared(label: str) -> str | None:
        if PERCENT_POINTS.search(label):
            return "percentage point"
        if PERCENT.search(label):
            return "percent"
        return None
