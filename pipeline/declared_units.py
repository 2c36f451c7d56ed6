"""Percent units declared once for a block of bare figures (GUIDELINES D-3).

Read by the quantities component (so that the linker sees ``Food: 2.4 (2.8)`` under ``% change from a
year earlier`` as two changes) and by the unit resolver; it works on the text and character offsets only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline import text_tables
from pipeline.lexicon import words
from pipeline.numbers import SCALES
from pipeline.phrases import vocabulary
from pipeline.periods import MONTHS
from pipeline.units import Unit, currency_unit, match_unit, per, singular, slash_unit

#: ``doc.user_data`` key: the ``[start, end]`` token offsets of figures whose count unit a table heading declares
DECLARED_COUNTS_KEY = "relstats_declared_counts"

BARE_PERCENT = re.compile(r"(?:^|[\s,(])%(?:$|[\s,);])")


def bare_percent(line: str) -> bool:
    """Whether ``line`` holds a ``%`` standing alone as a declaration (``Rate, %``, ``(%)``, ``Share 2024 %``), not a
    figure's sign written apart from it (``were 0.4 % higher``, Eurostat's spacing, C42-11)."""
    for found in BARE_PERCENT.finditer(line):
        before = line[: found.start() + found.group().index("%")]
        if re.search(r"[0-9]\s*$", before) and not re.search(r"(?<![0-9.,])(?:19|20)[0-9]{2}\s*$", before):
            continue
        return True
    return False
#: the words of a level rate (the lexicon's ``rate_words``: ``share``, ``rate``, ``load factor``, ``occupancy``), not
#: ``percentage`` or ``level`` alone, which head change tables too (``Percentage``, ``levels and changes``)
_LEVEL_RATE_WORDS = sorted(words("rate_words") - {"percentage", "level"})
SHARE_HEADING = re.compile(r"\b(?:" + "|".join(_LEVEL_RATE_WORDS) + r")s?\b|\bpercent(?:age)? of\b|% of\b|\bweights?\b|"
                           r"\bnet (?:percent(?:ages?)?|per cent|%)")  # (a survey's net balances are levels, C41-18)
CHANGE_HEADING = re.compile(r"\bchange\b|\bgrowth\b|\binflation\b|\bincrease\b|\bon the previous\b|y/y|m/m|q/q|"
                            r"\bdifference\b|\+/[-\u2212]|"
                            r"\b(?:y-o-y|q-o-q|m-o-m|yoy|qoq|mom|year-on-year|quarter-on-quarter|month-on-month)\b|"
                            # ``Month on month``, ``Year on year(1)`` as column headers (C42-41)
                            r"\b(?:year|month|quarter|week)\s+on\s+(?:year|month|quarter|week)\b")

PERCENT_POINTS = re.compile(r"\bpercentage points?\b|\bpp\b|\bppts?\b|%[ -]?points?\b|\bper ?cent points?\b", re.I)
PERCENT = re.compile(r"%|\bper ?cent\b|\bpct\b|\bpercentage (?:changes?|growth|rates?|of)\b", re.I)


#: a slash between a unit and a round number in a gloss (``EUR/100 kg``)
_SLASH_BEFORE_NUMBER = re.compile(r"(?<=[A-Za-z€$£])\s*/\s*(?=(?:10|100|1,000|1000)\s)")
#: a table cell holding one figure (``1,008``, ``-21``, ``6.8``)
_FIGURE_CELL = re.compile(r"[-+−]?[0-9][0-9,. ]*%?")
#: the unit a gloss's part states at its end for the column it names (``change since 2005 in %``)
_COLUMN_UNIT_TAIL = re.compile(r",?\s*(?:in\s+)?(?:%|per ?cent|percent|percentage points?|pp)\s*$", re.I)



#: a cell holding a change and its percent in one bracket (``(+1,371; +9.5%)``, ``(-322; -4.4%)``, C47-12)
PAIRED_CHANGE_CELL = re.compile(r"\(\s*[-+\u2212\u2013]?[0-9][0-9,.]*\s*;\s*[-+\u2212\u2013]?[0-9][0-9,.]*\s*%\s*\)")

class DeclaredUnits:
    """Units declared once for a block of bare figures (GUIDELINES D-3): in the label before a colon on
    the figure's line (``Personal income, percent change from the preceding month: February +0.4``),
    or in a heading line of its block that states no figure of its own (``CPI by category, June 2024,
    % (month-on-month change in brackets)`` above ``Food: -2.1 (-0.1)``)."""

    def __init__(self, text: str, figure_starts: list[int]):
        self.text = text
        self.figure_lines = {text.rfind("\n", 0, a) + 1 for a in figure_starts}
        self._headings: dict[int, str | None] = {}  # :meth:`heading` by figure start, asked by several readers
        self._rows: dict[int, str] = {}  # :func:`row_label` by figure start

    def unit_for(self, start_char: int) -> str | None:
        """``percent`` or ``percentage point`` when a label or heading declares it for the bare figure
        starting at ``start_char``, else None. A heading may declare its bracketed column apart
        (``Estimated monthly sales, in billions of dollars (percent change from June in brackets)``)."""
        text = self.text
        if start_char >= 1 and text[start_char - 1] == "(" and PAIRED_CHANGE_CELL.match(text, start_char - 1):
            return None  # ``(+1,371; +9.5%)``: the percent is the pair's second figure, not the change before it
        line_start = text.rfind("\n", 0, start_char) + 1
        before = text[line_start : start_char]
        label = colon_label(text, start_char)
        if label is not None:
            found = self._declared(label[label.rfind(";") + 1 :])  # ``...; beds per 1,000 people: 6.92``
            if found:
                return found
        if self.header_time(start_char) is not None:
            return None  # ``Years to parity`` under a title in ``% of gap closed``: the column's own unit (C46-6)
        row = self.row(start_char)
        if ROW_POINTS.search(row):
            return "percentage point"  # ``Change on spring, pp   +3   =   -2``: the row's own gloss (C46-14)
        if ROW_PERCENT.search(row):
            header = text_tables.header_cell(text, start_char)
            if header is not None and CHANGE_HEADING.search(header.text.lower()) and not PERCENT.search(header.text):
                # ``Unemployment rate (%)   2.8   2.7   -0.1`` under ``Change on a year earlier``: the rate's change (C30-11)
                return "percentage point"
            return "percent"  # ``Policy rate, annual average (percent)    4.5    4.3``: the row's own gloss
        if self.row_measure(start_char) is not None:
            return None  # ``Foreign visitors (million persons)   33.4 (34.0)`` under ``(percent change ... unless stated)``
        heading = self.heading(start_char)
        if heading is None:
            return None
        if self._percent_of_other_column(start_char, heading):
            # ``(billions of US dollars and per cent)`` above ``2022a   2023   Growth rate (%)``: the percent is the
            # column that says so; the other columns are in the gloss's measure (C45-35)
            return None
        if self._declared(heading) is None and measure_declared(heading) is None:
            title = self.title_over_header(start_char)
            own = text_tables.header_cell(text, start_char) if title is not None else None
            led = _segment_led_by(title, own.text, own.others) if own is not None and \
                column_segment(title, own.text) is None and not CHANGE_HEADING.search(own.text.lower()) else None
            if led is not None:
                return self._declared(led)  # ``(units, % change on 2022, share of world total)`` above ``Units``: the
                # column's own segment declares its unit (here none); the others are other columns' (C43-24)
            if title is not None:
                heading = title  # ``Table 1: CPI inflation (change on a year earlier, %)`` above ``Year  Q1  Q2`` (C28-16)
        header = text_tables.header_cell(text, start_char)
        if header is not None and not PERCENT.search(header.text) and \
                any(re.search(r"\((?:%|per ?cent)\)", other, re.I) and CHANGE_HEADING.search(other.lower())
                    for other in header.others) and CHANGE_HEADING.search(heading.lower()):
            return None  # (``Births   Change (%)   Natural change`` under ``(number and % change on 2023)``: the percent
            # is the column that says so; C40-47)
        heading = self._column_part(heading, start_char)
        main, bracketed = split_columns(heading, paired_line(text, start_char), signed_pairs(text, start_char))
        main = for_row(main, row)
        if bracketed is not None and before.count("(") > before.count(")"):
            own = self._declared(bracketed)
            if own is not None or measure_declared(bracketed) is not None:
                return own
            level = self._declared(main)
            if level == "percent" and CHANGE_HEADING.search(bracketed.lower()) and \
                    not CHANGE_HEADING.search(main.lower()) and (SHARE_HEADING.search(main.lower()) or LEVEL_WORD.search(row)):
                return "percentage point"  # ``(rates in percent; change on November 2023 in brackets)``: a rate's change
            return level
        declared = self._declared(main)
        if declared == "percent" and names_level_rate(row):
            header = text_tables.header_cell(text, start_char)
            if header is not None and CHANGE_HEADING.search(header.text.lower()) and not PERCENT.search(header.text) and \
                    any(_period_cell(other) for other in header.others):
                # ``Table 1. Labour market rates (%)`` above ``Q2 2024   Q3 2024   Change`` and ``Employment rate   74.8
                # 75.0   0.2``: a rate's change beside its levels is in percentage points (C35-43, as C30-11)
                return "percentage point"
        if declared == "percentage point":
            header = text_tables.header_cell(text, start_char)
            if header is not None and _period_cell(header.text) and not CHANGE_HEADING.search(header.text.lower()) and \
                    (PERCENT.search(PERCENT_POINTS.sub(" ", main)) or SHARE_HEADING.search(main.lower())):
                # ``Table 2. Employment rate by sex, percentage points change on the year`` above ``Q3 2024   Q3 2023
                # Change``: the time columns hold the rate in percent, the change column its change in points (C35-37)
                return "percent"
        return declared

    def _ordered_part(self, heading: str, start_char: int, country: str | None) -> str:
        """``heading`` with its bracketed gloss cut to the part of the figure's column, when the gloss lists one measure
        per figure column in order (``(thousand tonnes; £ million)`` over ``Species group   Quantity   Value``: the
        second column is in £ million, C39-18)."""
        opening, closing = heading.rfind("("), heading.rfind(")")
        if opening < 0 or closing < opening or ";" not in heading[opening:closing]:
            return heading
        parts = [part.strip() for part in heading[opening + 1 : closing].split(";")]
        if len(parts) < 2 or any(measure_declared(part, country) is None for part in parts):
            return heading
        line_start, line_end = text_tables.line_bounds(self.text, start_char)
        line = self.text[line_start:line_end]
        figures = [(a, b) for a, b in text_tables.cells(line) if _FIGURE_CELL.fullmatch(line[a:b].strip())]
        column = next((k for k, (a, b) in enumerate(figures) if line_start + a <= start_char < line_start + b), None)
        if column is None or len(figures) != len(parts):
            return heading
        return heading[:opening] + "(" + parts[column] + heading[closing:]

    def _column_part(self, heading: str, start_char: int) -> str:
        """``heading`` with its bracketed gloss cut to the parts that hold for the figure's column, when the gloss's
        parts name columns (``(number; change since 2005 in %)`` over ``Country   Deaths   Change since 2005``: the
        percent is the change column's, not the deaths')."""
        opening, closing = heading.rfind("("), heading.rfind(")")
        if opening < 0 or closing < opening or ";" not in heading[opening:closing]:
            return heading
        header = text_tables.header_cell(self.text, start_char)
        if header is None:
            return heading
        own, others = header.text.lower(), [cell.lower() for cell in header.others]

        def core(cell: str) -> str:  # a header cell without its bracketed gloss (``Rate (%)`` -> ``rate``)
            return re.sub(r"\([^()]*\)", " ", cell).strip()

        def heads(named: str, cell: str) -> bool:  # the part's head words end in the cell's (``recycling rate``)
            head = re.split(r"\s+(?:of|on|from|in|to|for|as|over|since|at|by|per)\s+", named)[0]
            return bool(core(cell)) and re.search(r"\b" + re.escape(core(cell)) + r"$", head) is not None

        kept = []
        for part in heading[opening + 1 : closing].split(";"):
            named = _COLUMN_UNIT_TAIL.sub("", part).strip().lower()
            if named == part.strip().lower():
                # ``departures in millions``, ``rate per million departures``: a part naming a column by the words
                # before its unit (C40-28)
                named_in = re.split(r"\s+in\s+", named, maxsplit=1)
                if len(named_in) == 2 and named_in[0] and (measure_declared(named_in[1]) is not None or
                                                           self._declared(named_in[1])):
                    named = named_in[0]
                elif not re.match(r"(?:rates?|ratios?)\s+per\b", named):
                    named = ""
            if named and named not in own and \
                    not heads(named, own) and \
                    any(named in cell or len(cell.split()) >= 2 and cell in named or heads(named, cell) for cell in others):
                continue  # (``change since 2005 in %``, ``recycling rate in %`` over ``Rate (%)``: another column's unit)
            kept.append(part)
        if len(kept) == len(heading[opening + 1 : closing].split(";")):
            return heading
        return heading[:opening] + "(" + ";".join(kept) + heading[closing:]

    def title_over_header(self, start_char: int) -> str | None:
        """The title above the header line of the table the figure at ``start_char`` stands in, when that header's
        cells are times or labels that declare nothing (``Year   Q1   Q2   Q3   Q4``), else None."""
        line_start, line_end = text_tables.line_bounds(self.text, start_char)
        if text_tables.separator(self.text[line_start:line_end]) is None:
            return None  # (a line of prose: its heading is no table's header)
        header = text_tables.header_cell(self.text, start_char)
        if header is not None:
            if self._declared(header.text) or any(self._declared(cell) for cell in header.others) and \
                    not any(CHANGE_HEADING.search(cell.lower()) and self._declared(cell) == "percentage point"
                            for cell in header.others):
                # (a change column that declares its own points, ``Difference (pp)``, leaves the title's percent to
                # the time columns beside it, C35-44)
                return None
            top = header.top_start
        else:  # (``2024   1.2   1.4``: a row labelled by its year under ``Year   Q1   Q2``; ``Q4 2024   4.6 (4.4)   3.6``
            # under ``Quarter   Headline   Core``: a header of names that declare nothing, C29-5)
            heading = self.heading(start_char)
            top = self.text.rfind("\n" + heading, 0, start_char) + 1 if heading else 0
            if not heading or not top or text_tables.separator(heading) is None or \
                    any(not _period_cell(heading[x:y]) and (self._declared(heading[x:y]) or measure_declared(heading[x:y])
                                                             or rate_base(heading[x:y]))
                        for x, y in text_tables.cells(heading) if y > x):
                return None
        bounds = text_tables.title_bounds(self.text, top)
        return None if bounds is None else self.text[bounds[0] : bounds[1]]

    def heading(self, start_char: int) -> str | None:
        """The heading line of the bare figure at ``start_char``: the nearest line above it in its block
        that states no figure (or declares ``%``), else None."""
        if start_char not in self._headings:
            self._headings[start_char] = self._heading(start_char)
        return self._headings[start_char]

    def row_measure(self, start_char: int, country: str | None = None) -> tuple[float, Unit | None] | None:
        """``(scale, unit)`` the bracketed gloss closing the label cell of a table row declares (``Foreign visitors
        (million persons)   33.4 (34.0)``: a count in millions), when it names a scale; None otherwise (C30-7)."""
        if colon_label(self.text, start_char) is not None or text_tables.column_of(self.text, start_char) is None:
            return None  # (a labelled row's gloss is :func:`_label_gloss`'s)
        found = re.search(r"\(([^()]+)\)\s*$", self.row(start_char))
        own = measure_declared(f"({found.group(1)})", country) if found is not None else None
        return own if own is not None and own[0] != 1.0 else None

    def row(self, start_char: int) -> str:
        """:func:`row_label` of the figure at ``start_char``, read once."""
        if start_char not in self._rows:
            self._rows[start_char] = row_label(self.text, start_char)
        return self._rows[start_char]

    def _heading(self, start_char: int) -> str | None:
        text = self.text
        line_start = text.rfind("\n", 0, start_char) + 1
        block_start = text.rfind("\n\n", 0, line_start)
        block_start = 0 if block_start < 0 else block_start + 2
        k = line_start - 1
        while k > block_start:  # the lines above, nearest first, within the block
            start = text.rfind("\n", 0, k) + 1
            if _RULE_LINE.fullmatch(text[start:k]):
                k = start - 1  # ``|---|---|``: a pipe table's rule under its header, no heading (C40-5)
                continue
            if start in self.figure_lines and (_row_with_own_percent(text[start:k]) or _LABELLED_ROW.match(text[start:k])):
                k = start - 1  # ``Unemployment rate, %    4.1    4.3``: a row declaring its own unit, no heading; ``-
                continue  # Current account deficit (% of GDP): 2.1 (2.4)``: a labelled row of the list, no heading (C29-6)
            if start not in self.figure_lines or bare_percent(text[start:k]) or IN_BRACKETS.search(text[start:k]):
                # a heading line (``Table 1: Growth rates, UK, April 2024, % (three months on the previous
                # three months in brackets)`` declares ``%`` although it states ``three months``; one that
                # names its bracketed column is one whatever number it holds: ``lower 48 states``)
                return _own_cell(text, start, k, start_char)
            k = start - 1
        if block_start >= 2 and text[line_start : line_start + 2] in ("- ", "• ", "* "):
            # ``Incidence by region, 2024 (cases per 100,000 population)``, a blank line, then ``- North: 12.4``: a
            # one-line block above a list, stating no figure and no sentence, is the list's heading (C37-15)
            end = block_start - 2
            start = text.rfind("\n", 0, end) + 1
            above = text[start:end].strip()
            if above and start not in self.figure_lines and not above.endswith((".", ":", ";")) and \
                    (start == 0 or text[start - 2 : start] == "\n\n" or start < 2):
                return _own_cell(text, start, end, start_char)
        return None

    def measure_for(self, start_char: int, in_brackets: bool, country: str | None = None) -> tuple[float, Unit | None] | None:
        """``(scale, unit)`` a heading declares for the bare figure at ``start_char`` in a measure, a
        currency or a scale (``in billions of dollars`` → ``(1e9, us dollar)``, ``TWh`` → ``(1.0, terawatt
        hour)``, ``in thousands`` → ``(1e3, None)``), in the figure's column; None when it declares none."""
        label = _label_gloss(self.text, start_char)
        if label is not None:
            own = measure_declared(label, country)
            if own is not None and (own[1] is None or own[1].kind != "count"):
                # ``Total revenues (EUR million): 5,847 (5,896)``: the row's own gloss, both columns (a gloss naming a
                # kind, ``Integrated circuits (imports): 1,985``, declares no measure)
                return own
        own = self.row_measure(start_char, country)
        if own is not None:
            return own
        own = self.header_time(start_char)
        if own is not None:
            return own
        heading = self.heading(start_char)
        if heading is None:
            return None
        heading = self._ordered_part(self._column_part(heading, start_char), start_char, country)
        main, bracketed = split_columns(heading, paired_line(self.text, start_char), signed_pairs(self.text, start_char))
        main = for_row(main, self.row(start_char))
        if in_brackets and bracketed is not None:
            own = measure_declared(bracketed, country)
            if own is not None or self._declared(bracketed):
                return own
            counted = re.match(r"\s*(?:[a-z-]+ )?([a-z]+s)(?:\s+[a-z]+ed)?\s+in brackets\b", bracketed, re.I)
            if counted is not None and singular(counted.group(1).lower()) != counted.group(1).lower() and \
                    not CHANGE_HEADING.search(bracketed.lower()):
                # ``(number; full-time employees in brackets)``: the bracketed column counts what it names (C41-39)
                unit = match_unit([singular(counted.group(1).lower())]) or \
                    Unit(singular(counted.group(1).lower()), "count", 1)
                return 1.0, unit
        if self._declared(main) and not self._percent_of_other_column(start_char, main):
            return None
        return measure_declared(main, country)

    def header_time(self, start_char: int) -> tuple[float, Unit] | None:
        """``(1.0, unit)`` when the figure's column header opens with a plural unit of time that names what the column
        measures (``Years to parity``, ``Days open``, ``Months of imports``), whatever a title above declares for the
        table's other columns (C46-6); None otherwise."""
        header = text_tables.header_cell(self.text, start_char)
        if header is None:
            return None
        found = _TIME_HEADER.match(header.text.strip())
        if found is None:
            return None
        return measure_declared(f"({found.group(1).lower()})")

    def _percent_of_other_column(self, start_char: int, heading: str) -> bool:
        """Whether the heading's percent belongs to another column of the figure's table, which says so in its own
        header, while the heading names a measure too (``(billions of US dollars and per cent)`` above ``2022a   2023
        Growth rate (%)``; C45-35)."""
        own = text_tables.header_cell(self.text, start_char)
        return own is not None and not PERCENT.search(own.text) and \
            any(PERCENT.search(other) for other in own.others) and measure_declared(heading) is not None

    def negative_level(self, start_char: int, money: bool = False) -> bool:
        """Whether a figure with a minus at ``start_char``, outside brackets, is a level below zero: its line's label
        declares its measure and neither the label nor the heading names a change (``Key figures, 2024 (2023 in
        brackets)`` above ``Adjusted EBIT (EUR million): -96 (-43)``: a loss, not a fall)."""
        text = self.text
        line_start = text.rfind("\n", 0, start_char) + 1
        before = text[line_start:start_char]
        if _label_gloss(text, start_char) is None and not money:
            return False  # (an amount of money below zero is a balance, a loss: ``Budgetary balance: -14.5 (-15.1)``)
        heading = self.heading(start_char) or ""
        if before.count("(") > before.count(")"):
            # the bracketed column: a level too when it names another time, not a change (``2023 in brackets``)
            _, bracketed = split_columns(heading, True)
            return bracketed is not None and not CHANGE_HEADING.search(bracketed.lower())
        return not CHANGE_HEADING.search(f"{heading} {before}".lower())

    def rate_for(self, start_char: int) -> str | None:
        """The base of a rate a heading declares for its bracketed column (``Cases by age group, 2024 season
        (notification rate per 100 000 population in brackets)`` → ``per 100,000 population``), or None."""
        heading = self.heading(start_char)
        if heading is None:
            return None
        _, bracketed = split_columns(heading)
        found = rate_base(bracketed or "")
        return f"per {found[0]} {found[1]}" if found is not None else None

    def heading_rate(self, start_char: int, in_brackets: bool) -> tuple[str, str] | None:
        """``(segment, base)`` of a rate per population the heading declares for the main column of its bare
        figures (``Road fatalities per million inhabitants by Member State, 2023 (2022 in brackets):`` above ``-
        Sweden: 22 (21)``), for the bracketed column too when the brackets name only an earlier time; None when the
        heading declares none, or declares a percent (C29-4)."""
        heading = self.heading(start_char)
        if heading is None or "%" in heading:
            return None
        main, bracketed = split_columns(heading)
        if in_brackets and (bracketed is None or measure_declared(bracketed) is not None or rate_base(bracketed) or
                            re.search(r"\b(?:percent|per cent|change|share)\b", bracketed, re.I)):
            return None  # (the bracketed column of its own measure: ``(percentage change in brackets)``)
        found = rate_base(main)
        if found is not None and re.search(r"\b(?:and|or|&)\s+(?:the\s+)?rates?\s+per\b", main, re.I):
            return None  # ``Recorded offences and rate per 100,000 population``: counts and rates, no rate for all (C35-46)
        return (main, found) if found is not None else None

    def share_table(self, start_char: int) -> bool:
        """Whether the line or heading that declares the percent of the figure at ``start_char`` names a
        share or a level rate (``share``, ``proportion``, ``rate`` other than a growth or inflation rate)."""
        text = self.text
        row = self.row(start_char)
        if ROW_PERCENT.search(row):
            return True  # ``Registered unemployment (rate)    2.1    2.2``: a level the row names
        if text_tables.header_cell(text, start_char) is not None:
            # under a header line the figure's column cell or the table's title says it (``% change``; ``(percentage
            # change from previous year unless otherwise stated)``), not the other rows' labels; when it names neither a
            # share nor a change (``Percent`` above ``2024   2025``), the figure's own row does (``Unemployment rate``)
            return _share_heading(self.heading(start_char) or "", row)
        line_start = text.rfind("\n", 0, start_char) + 1
        block_start = text.rfind("\n\n", 0, line_start)
        heading = text[0 if block_start < 0 else block_start : start_char].lower()
        main, bracketed = split_columns(heading, paired_line(text, start_char), signed_pairs(text, start_char))
        main = for_row(main, row)
        line = text[line_start:start_char]
        if bracketed is not None and line.count("(") <= line.count(")") and PERCENT_POINTS.search(bracketed) and \
                CHANGE_HEADING.search(bracketed) and not CHANGE_HEADING.search(main) and "contribution" not in bracketed:
            return True  # ``On Time by sector (%; change ... in percentage points in brackets)``: a level, changed in points
        if bracketed is not None:
            # ``Room occupancy rate ..., August 2024 (percent; change in percentage points ... in brackets)``:
            # the main column is the rate, the bracketed one its change; each is read by its own words
            line = text[line_start:start_char]
            if line.count("(") <= line.count(")"):
                heading = main
            elif CHANGE_HEADING.search(bracketed):
                heading = bracketed
            elif re.search(r"\bshares?\b|\bproportions?\b|\bweights?\b", bracketed):
                # ``... per cent (value added share of the industry in brackets)``: the column's own share; ``July 2024
                # rates in brackets`` is the main measure at another time (below)
                return True
            else:
                # a bracketed column that names no change (``same quarter of 2023 in brackets``, ``July 2024
                # rates in brackets``) holds the main column's measure at another time
                heading = f"{main} {bracketed}"
        return _share_heading(heading, row)

    @staticmethod
    @lru_cache(maxsize=4096)  # a block's heading is read again for each of its figures
    def _declared(label: str) -> str | None:
        if PERCENT_POINTS.search(label):
            return "percentage point"
        if PERCENT.search(label):
            return "percent"
        return None


#: words that label a column of periods (``Year   Q1   Q2   Q3   Q4   Annual``)
_PERIOD_LABELS = frozenset({"year", "quarter", "month", "period", "annual", "average", "total"})


def _period_cell(cell: str) -> bool:
    """Whether a header cell names a time or a period label (``2024``, ``Q1``, ``Annual``, ``Oct``)."""
    word = cell.strip().lower().rstrip(".")
    return text_tables.time_cell(cell) or word in _PERIOD_LABELS or word in MONTHS


def names_level_rate(label: str) -> bool:
    """Whether a heading, column header or row label names a level rate (``Unemployment rate``, ``Load factor
    (%)``), not a growth or inflation rate (``Change in real GDP``, ``PCE inflation``)."""
    low = label.lower()
    return bool(SHARE_HEADING.search(low)) and not CHANGE_HEADING.search(low)


def _share_heading(heading: str, row: str) -> bool:
    """Whether the percents under ``heading`` are shares: the heading names a level rate; when it names neither a
    rate nor a change (``Percent`` above ``2024   2025``), the figure's own row label decides (C23-2)."""
    low = heading.lower()
    if not CHANGE_HEADING.search(low) and not SHARE_HEADING.search(low):
        # (``Table 1: Pupils meeting the expected standard, England, 2024 (%)``: percents of the group the title names
        # first are shares of it, C46-15)
        return names_level_rate(row) or _GROUP_TITLE.match(low) is not None
    return names_level_rate(low)


#: a title opening with a group of people or units (not its possessive: ``Households' disposable income``)
_GROUP_TITLE = re.compile(r"\s*(?:table\s+[0-9a-z.]+\s*[.:\-\u2013]\s*)?(?:the\s+)?(?:pupils|students|households|adults|"
                          r"children|people|persons|respondents|women|men|workers|employees|patients|firms|businesses|"
                          r"companies|enterprises|families|individuals|residents|girls|boys|young people|schools|"
                          r"providers|hospitals)\b(?!['\u2019])")


#: a line of a labelled list: its label, a colon, then a figure (``- Copper price, 2025 (US$ per pound): 4.30 (4.15)``)
_LABELLED_ROW = re.compile(r"^\s*(?:[-\u2022*]\s*)?[^:\n]{2,}:\s*[-+\u2212\u2013(]?\s*[$\u20ac\u00a3]?[0-9]")


#: a table's rule line (``|---|---:|``, ``------  ------``)
_RULE_LINE = re.compile(r"[\s|:+=\-\u2013\u2014]*[-=\u2013\u2014][\s|:+=\-\u2013\u2014]*")


def _row_with_own_percent(line: str) -> bool:
    """Whether a table line is a body row whose label declares its own percent (``Unemployment rate, %    4.1
    4.3``): a label cell with the percent, then figure cells only."""
    found = [(a, b) for a, b in text_tables.cells(line) if b > a]  # (a pipe row's empty edge cells)
    if len(found) < 2 or not ROW_PERCENT.search(line[found[0][0] : found[0][1]]):
        return False
    return all(re.fullmatch(r"[-+−–(]?[0-9][0-9.,]*\)?%?", line[a:b].strip()) for a, b in found[1:] if b > a)


def column_segment(title: str, column: str) -> str | None:
    """The unit a title's gloss declares for a column by naming it (``weights and annual change in per cent,
    contributions in percentage points`` → ``in percentage points`` for ``Contribution``), or None: each segment (between
    commas or semicolons) reads ``<names> in <unit>``, the names joined by ``and``; a name matches the column's header
    in the singular or as its first words."""
    inside = re.findall(r"\(([^()]*)\)", title)
    column_words = [singular(w) for w in re.findall(r"[a-z]+", column.lower())]
    if not inside or not column_words:
        return None
    # the column's head: its last word before a complement (``E-commerce share of total`` → ``share``)
    head_words = re.split(r"\s+(?:of|from|on|in|to|for|as|over)\s+", column.lower())[0]
    head = singular(re.findall(r"[a-z]+", head_words)[-1]) if re.findall(r"[a-z]+", head_words) else None
    abbreviated = set(re.findall(r"([a-z]{3,})\.", column.lower()))

    def same(word: str, column_word: str) -> bool:  # (``Life exp.`` names ``life expectancy``, C49-9)
        return word == column_word or column_word in abbreviated and word.startswith(column_word)

    def same_words(a: list, b: list) -> bool:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))

    by_head = by_prefix = None
    for segment in re.split(r"[;,]", inside[-1]):
        names, found, unit = segment.strip().lower().partition(" in ")
        if not found or not unit or not _declares(unit) and measure_declared(unit) is None:
            continue
        if RATE_CHANGE_SEGMENT.match(segment):
            continue  # ``changes in rates in percentage points``: the rate rows' changes only (:func:`for_row`, C31-1)
        for name in re.split(r"\s+and\s+|\s*&\s*", names):
            words_ = [singular(w) for w in re.findall(r"[a-z]+", name)]
            if same_words(words_, column_words):
                return "in " + unit.strip()
            if by_prefix is None and words_ and (same_words(words_, column_words[: len(words_)]) or
                                                 same_words(words_[: len(column_words)], column_words)):
                by_prefix = "in " + unit.strip()
            if by_head is None and len(words_) == 1 and words_[0] == head:
                # ``(Sales in millions of dollars; shares and changes in percent)`` above ``Total sales   E-commerce
                # share of total``: a name that is the column's head word, before a name of its first words (``sales
                # in ...; growth in percent`` above ``Sales growth``: the growth's) (C30-15)
                by_head = "in " + unit.strip()
    return by_head or by_prefix


#: a table header's second line holding only bracketed units, indented under some columns (``   (USD PPP)   (years)``)
_UNITS_LINE = re.compile(r"[ \t]{2,}\([^()\n]+\)(?:[ \t]{2,}\([^()\n]+\))*[ \t]*")


def _own_cell(text: str, start: int, end: int, start_char: int) -> str:
    """What the heading says of the column of the figure at ``start_char`` when the heading is a table's header
    line: its own cell when that declares a unit or a change (``Crime group | 2022-23 | 2023-24 | % change`` above
    ``Sexual crimes | 14,508 | 14,623 | 1%``: only the last column is in percent), else the table's title above the
    header, without what it says of another column (``Production of principal field crops (thousands of tonnes;
    percent change from 2023)`` above ``2023   2024   % change``: the year columns are in thousands of tonnes);
    the whole heading line (``text[start:end]``) when it is no header line."""
    found = text_tables.header_cell(text, start_char)
    if found is None and _UNITS_LINE.fullmatch(text[start:end]) and text_tables.column_of(text, start_char):
        # ``               (USD PPP)                        (years)`` under ``Country   Spending 2022   Doctors   ...
        # Life exp.``: a line of units under some columns of a two-line header says nothing of the others (C45-38)
        return ""
    if found is None or found.line_start != start:
        return text[start:end]
    if found.stacked is not None and _declares(found.text) != _declares(found.stacked):
        # a header of names over units (``Share`` over ``%``, ``Value`` over ``USD mn``) or units over names: the
        # column's name with its unit as a gloss
        name, unit = (found.stacked, found.text) if _declares(found.text) else (found.text, found.stacked)
        return f"{name} ({unit.strip('()')})"
    if _declares(found.text):
        return found.text
    title = text_tables.title_with_gloss(text, found.top_start)
    if title is None:
        return found.text
    ordered = ordered_title_unit(text, found, title) or _share_or_measure(title, found.text, found.others)
    if ordered is not None:
        # ``Table 1  Actual use of foreign capital by sector (billion yuan, %)`` above ``Sector   Amount   Share``: one
        # unit per figure column, in their order (C42-31)
        return f"{found.text} ({ordered})"
    paired = paired_title_unit(title, found.text)
    if paired is not None:
        # ``Electric car sales (million vehicles) and share of new car sales (%)`` above ``Sales 2023   Share 2023``:
        # each column in the unit its name's bracket declares (C41-36)
        return f"{found.text} ({paired})"
    if CHANGE_HEADING.search(found.text.lower()) and not _declares(found.text) and \
            any(PERCENT.search(other) and (CHANGE_HEADING.search(other.lower()) or re.search(r"\bchg\b", other, re.I))
                for other in found.others):
        # ``Net change`` beside ``% chg`` under ``(billion cubic feet; change in percent)``: the percent is the
        # other columns', this change is in the levels' unit (C41-10)
        return f"{_without_change_segments(title)} ({found.text})"
    named = column_segment(title, found.text)
    led = _segment_led_by(title, found.text, found.others) if named is None and \
        not CHANGE_HEADING.search(found.text.lower()) else None
    if led is not None:
        # ``(units, % change on 2022, share of world total)`` above ``Units   Change   Share``: the segment that opens
        # on the column's name (or on ``%`` and its name) declares that column only (C43-24)
        return f"{found.text} ({led})"
    if named is not None:
        # ``(weights and annual change in per cent, contributions in percentage points)`` above ``Weight   Annual change
        # Contribution``: the segment that names the column declares it (C29-20)
        return f"{found.text} ({named})"
    # a cell that names a comparison only (``m/m``, ``change on 2023``) adds it to the title's unit, and keeps the title's
    # percent (``GDP at current prices (EUR million) and real growth (%)`` above ``GDP   q-o-q   y-o-y``); the other
    # cells lose the segments that name a percent or a change (another column's)
    if CHANGE_HEADING.search(found.text.lower()):
        return f"{title} ({found.text})"
    if any(_declares(other) or CHANGE_HEADING.search(other.lower()) for other in found.others):
        changes = [other for other in found.others if CHANGE_HEADING.search(other.lower())]
        if not (changes and all(_declares(other) for other in changes) and not CHANGE_HEADING.search(title.lower())):
            title = _without_change_segments(title)
        # (``Unemployment rate by age group (%)`` above ``Oct 2024   Oct 2023   Change (pp)``: the change column
        # declares its own unit, so the title's percent is the level columns')
    return title


#: the words of a column header that name each row's share of the column total (``Share``, ``Composition``, ``Proportion``)
_SHARE_WORDS = r"(?:shares?|proportions?|percentages?|composition|structure|distribution)"
#: a header that is only such a name, with no unit of its own (``Composition``, ``Composition ratio``, ``Share (1)``):
#: percent shares, whatever money or count the table's gloss declares (C43-1)
SHARE_HEADER = re.compile(rf"\s*{_SHARE_WORDS}(?:\s+(?:ratio|of total|in total))?\s*(?:\([0-9]{{1,2}}\)|\*+)?"
                          r"(?:\s+(?:in\s+)?(?:19|20)[0-9]{2}(?:[-/][0-9]{2})?)?\s*", re.I)
# (``Share 2023`` beside ``2019   2023   Change on 2019``: the share of the year named, C44-20)
#: a header opening on such a name or on ``%`` (``Share 2023``, ``% of total``, C43-29)
_SHARE_COLUMN = re.compile(rf"\s*(?:%|{_SHARE_WORDS})\b", re.I)


def _share_or_measure(title: str, column: str, others: list[str]) -> str | None:
    """A title's bracket of one measure and a percent (``(million ha; %)``) above columns of which some name a share:
    ``%`` for a share column (``Share 2023``), the measure for the others (``Area 2022``, ``Area 2023``) (C43-29); None
    when the bracket is of another shape or no column names a share."""
    inside = re.findall(r"\(([^()]*)\)", title)
    if not inside:
        return None
    segments = [x.strip() for x in re.split(r";|,(?![0-9])", inside[-1]) if x.strip()]
    if len(segments) != 2:
        return None
    percent = [x for x in segments if re.fullmatch(r"%|per ?cent|percent", x, re.I)]
    measure = [x for x in segments if x not in percent and measure_declared(x) is not None and len(x.split()) <= 3]
    if len(percent) != 1 or len(measure) != 1:
        return None
    if not any(_SHARE_COLUMN.match(c) for c in (column, *others)):
        return None
    return percent[0] if _SHARE_COLUMN.match(column) else measure[0]


def _segment_led_by(title: str, column: str, others: list[str]) -> str | None:
    """The segment of a title's last bracket whose first word, past a ``%``, is the column header's first word
    (``share of world total`` for ``Share``, ``% change on 2022`` for ``Change``, ``units`` for ``Units``), when the
    bracket has two segments or more and each of them opens on the name of a different column of the header; None
    otherwise."""
    inside = re.findall(r"\(([^()]*)\)", title)
    if not inside:
        return None
    segments = [x.strip() for x in re.split(r";|,(?![0-9])", inside[-1]) if x.strip()]
    if len(segments) < 2:
        return None

    def first(words: str) -> str:
        found = re.findall(r"[a-z]+", words.lower())
        return singular(found[0]) if found else ""

    names = [first(c) for c in [column, *others]]
    leads = [first(x) for x in segments]
    if not names[0] or len(set(leads)) != len(leads) or not all(lead in names for lead in leads):
        return None
    return next((x for x, lead in zip(segments, leads) if lead == names[0]), None)


def ordered_title_unit(text: str, found: text_tables.HeaderCell, title: str) -> str | None:
    """The unit a title's last bracket declares for the column of ``found`` when the bracket lists one bare unit per
    figure column, in order (``(billion yuan, %)`` above ``Sector   Amount   Share``: ``billion yuan`` for ``Amount``,
    ``%`` for ``Share``); None when the segments are not all bare units or do not match the columns one to one."""
    inside = re.findall(r"\(([^()]*)\)", title)
    if not inside:
        return None
    segments = [x.strip() for x in re.split(r";|,(?![0-9])", inside[-1]) if x.strip()]
    if len(segments) < 2 or any(CHANGE_HEADING.search(x.lower()) or not (
            re.fullmatch(r"%|per ?cent|percent", x, re.I) or measure_declared(x) is not None and
            len(x.split()) <= 3) for x in segments):
        return None
    end = text.find("\n", found.line_start)
    line = text[found.line_start : end if end >= 0 else len(text)]
    cells = text_tables.cells(line)
    if len(cells) == len(segments) + 1:
        cells = cells[1:]  # (the row labels' column)
    if len(cells) != len(segments):
        return None
    at = next((k for k, (a, b) in enumerate(cells) if found.line_start + a == found.start), None)
    return segments[at] if at is not None else None


def paired_title_unit(title: str, column: str) -> str | None:
    """The unit a title declares for a column by naming it before a bracket, when the title names two measures or
    more each with its own bracketed unit (``Electric car sales (million vehicles) and share of new car sales (%)``:
    ``million vehicles`` for ``Sales 2023``, ``%`` for ``Share 2023``); None elsewhere."""
    pairs = list(re.finditer(r"([A-Za-z][A-Za-z ,'-]*?)\s*\(([^()]+)\)", title))
    if len(pairs) < 2:
        return None
    column_words = [singular(w) for w in re.findall(r"[a-z]+", column.lower())]
    if not column_words:
        return None
    found = []
    for pair in pairs:
        unit = pair.group(2)
        if not _declares(unit) and not re.fullmatch(r"\s*(?:million|thousand|billion)s?\b.*", unit, re.I):
            continue
        named = re.split(r"\b(?:and|,)\s+", pair.group(1).strip())[-1].lower()
        head = re.split(r"\s+(?:of|in|for|by|from|to|on|per)\s+", named)[0].split()
        if head and singular(head[-1]) == column_words[0]:
            found.append(unit.strip())
    return found[0] if len(found) == 1 else None


def _declares(cell: str) -> bool:
    """Whether a header cell declares its column's unit (``% change``, ``TWh``, ``thousand tonnes``)."""
    return bool(PERCENT.search(cell) or PERCENT_POINTS.search(cell)) or measure_declared(cell) is not None


def _without_change_segments(title: str) -> str:
    """A title's gloss without the segments that name a percent or a change (another column's)."""
    def keep(inner: re.Match) -> str:
        # (a balance in points that names no change is the level columns' own: ``("better" minus "worse", % points)``)
        # (``thousand persons, rates in percent``: a level segment declares the rate rows, no other column, C30-11)
        # (``(million dollars and percent of U.S. total)``: ``and`` before a percent joins two segments, C46-19)
        parts = [p for p in re.split(r";|,(?![0-9])|\s+and\s+(?=(?:percent|per cent|%|shares?|changes?)\b)",
                                     inner.group(1))
                 if LEVEL_SEGMENT.match(p) or not (PERCENT.search(p) and not PERCENT_POINTS.search(p)
                                                   or CHANGE_HEADING.search(p))]
        return f"({';'.join(parts)})" if parts else ""
    return re.sub(r"\(([^()]*)\)", keep, title)


#: a row label's own gloss naming a percent level: ``Policy rate, annual average (percent)``, ``Unemployment (rate)``,
#: ``OCR (%, quarterly average)``, ``Unemployment rate, %``
ROW_PERCENT = re.compile(r"\((?:[0-9]{2}(?:\+|[-\u2013][0-9]{2})?(?: years)?,\s*)?(?:percent|per cent|%|rate|share|ratio)"
                         r"(?:\s+of\s+[^()]*)?(?:[,;][^()]*)?\)|,\s*(?:%|percent|per cent)\s*$", re.I)
#: a row label's own gloss in percentage points: ``Change on spring, pp``, ``Change (percentage points)``
ROW_POINTS = re.compile(r"(?:,\s*|\()\s*(?:" + PERCENT_POINTS.pattern + r")\s*\)?\s*$", re.I)
#: an age group opening a row label's gloss: ``Employment (16+, thousands)``, ``Employment rate (16-64, %)`` (C31-10)
GLOSS_AGE = re.compile(r"^[0-9]{2}(?:\+|[-\u2013][0-9]{2})?$")
#: a gloss segment declaring the unit of some rows only: ``(thousand persons, rates in percent)``
LEVEL_SEGMENT = re.compile(r"^\s*(?:rates?|ratios?|shares?|proportions?|percentages?)\s+(?:in|as)\s+(?:percent|per cent|%)\s*$",
                           re.I)
LEVEL_WORD = re.compile(r"\b(?:rate|ratio|share|proportion|percentage)s?\b", re.I)
#: a gloss segment declaring the unit of the level rows' changes: ``changes in rates in percentage points``
RATE_CHANGE_SEGMENT = re.compile(r"^\s*(?:changes?|differences?)\s+(?:in|of)\s+(?:the\s+)?(?:rates?|ratios?|shares?|"
                                 r"proportions?|percentages?)\s+(?:in|as)\s+\S", re.I)


#: the end of a sentence of prose inside a line: a label never reaches back past it
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)])[.!?]\s+(?=[A-Z])")


def colon_label(text: str, start_char: int) -> str | None:
    """The label before the last colon on the line of the figure at ``start_char`` (``Volume sold (million pkm):
    44,106`` → ``Volume sold (million pkm)``), or None when there is none, the colon stands in brackets (``... to
    58.4% (2022: 57.3%), and ... of whom 923,269``) or a sentence ends between the colon and the figure."""
    line_start = text.rfind("\n", 0, start_char) + 1
    before = text[line_start:start_char]
    colon = before.rfind(":")
    if colon < 0 or before.count("(", 0, colon) > before.count(")", 0, colon) or _SENTENCE_END.search(before, colon):
        return None  # (nor does a colon in an earlier sentence of the line label the figure: C25-1)
    ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, colon)]
    return before[ends[-1] if ends else 0 : colon]  # (a label opens its sentence: C22-3)


def _label_gloss(text: str, start_char: int) -> str | None:
    """The bracketed gloss at the end of the figure's :func:`colon_label` (``Volume sold (million pkm): 44,106`` →
    ``(million pkm)``), or None."""
    label = colon_label(text, start_char)
    found = re.search(r"\(([^()]+)\)\s*$", label) if label is not None else None
    return None if found is None else f"({found.group(1)})"


def row_label(text: str, start_char: int) -> str:
    """The label of the row of the figure at ``start_char``: the first cell of a table row, else its
    :func:`colon_label` ('' when there is neither)."""
    line_start, line_end = text_tables.line_bounds(text, start_char)
    line = text[line_start:line_end]
    found = [(a, b) for a, b in text_tables.cells(line) if b > a]  # (``| Label | 42 |``: no empty cell before the bar)
    if len(found) >= 2 and line_start + found[0][1] <= start_char:
        return line[found[0][0] : found[0][1]]
    return colon_label(text, start_char) or ""


def for_row(heading: str, row: str) -> str:
    """``heading`` as it applies to a row labelled ``row`` when its gloss declares a unit for some rows only:
    ``Key indicators (thousand persons, rates in percent)`` is in percent for ``Unemployment rate`` and in
    thousand persons for ``Employed persons``."""
    for inner in re.finditer(r"\(([^()]*)\)", heading):
        parts = re.split(r"(?<![0-9]),|,(?![0-9])|;", inner.group(1))
        level = [p for p in parts if LEVEL_SEGMENT.match(p)]
        changes = [p for p in parts if RATE_CHANGE_SEGMENT.match(p)]
        if not level and not changes or len(parts) < 2:
            continue
        if not LEVEL_WORD.search(row):
            kept = [p for p in parts if p not in level and p not in changes]
        elif changes and CHANGE_HEADING.search((heading[: inner.start()] + heading[inner.end() :]).lower()):
            # ``(thousand persons; rates in per cent, changes in rates in percentage points)`` with ``(m-o-m change)``:
            # a rate row's cell in the change column is in points, in the time columns in percent (C31-1)
            kept = changes
        else:
            kept = level or changes
        return heading[: inner.start()] + "(" + ",".join(kept) + ")" + heading[inner.end() :]
    return heading


#: a gloss piece that is a unit alone (``%``, ``percent``)
BARE_UNIT = re.compile(r"^\s*(?:%|per ?cent|pct)\s*$", re.I)
IN_BRACKETS = re.compile(r"\bin (?:brackets|parentheses)\b", re.I)
#: a rate's round base in a heading, a column header or a label (``rate per 100 000 population``, ``per 1,000 live
#: births``, ``Rate per 10,000``, ``deaths per million inhabitants``)
RATE_BASE = re.compile(r"\bper ((?:1|10|100)[ ,]?000|100|1[ ,]000[ ,]000|million|billion)\b"
                       r"(?: ((?:vehicle|passenger|train|seat) (?:miles|kilometres|kilometers|km)|[a-z]+(?: births)?))?",
                       re.I)


def rate_base(segment: str) -> tuple[str, str] | None:
    """``(base, noun)`` of the first rate base in ``segment`` (``per 100 000 population`` → ``("100,000",
    "population")``, ``per 10000`` → ``("10,000", "population")``, ``per million inhabitants`` → ``("million",
    "inhabitants")``), or None: the base as units write it, the noun ``population`` when none is written."""
    found = RATE_BASE.search(segment)
    if found is None:
        return None
    if found.group(2) and (unit := match_unit([found.group(2)], 0, None, after_per=True)) is not None and \
            unit.kind == "measure":
        return None  # ``EUR per 100 kWh``: a price per a quantity of a measure, no rate per population (C37-24)
    base = found.group(1).replace(" ", ",")
    if base.lower() in ("million", "billion"):
        base = base.lower()
    elif "," not in base and len(base) > 3:
        base = f"{base[:-3]},{base[-3:]}"
    noun = (found.group(2) or "population").lower()
    if " " in noun and not noun.endswith("births"):  # ``per billion vehicle miles``: the unit ``vehicle mile``
        first, last = noun.rsplit(" ", 1)
        noun = f"{first} {singular(last)}"
    return base, "population" if noun in ("in", "of", "for", "and") else noun
#: scale words as headings write them (``in thousands``, ``billions of dollars``, ``₹ crore``): the scale words
#: of :data:`pipeline.numbers.SCALES` written out (not ``k``/``m``/``bn``), their plurals and ``'000``
HEADING_SCALES = {**{w: f for w, f in SCALES.items() if w.isalpha() and len(w) > 3},
                  **{w + "s": f for w, f in SCALES.items() if w.isalpha() and len(w) > 3}, "'000": 1e3, "000s": 1e3}
#: a currency sign with a scale suffix, as table headings write them (``$m``, ``£bn``, ``US$bn``, ``€mn``)
CURRENCY_SCALE = re.compile(r"^((?:US|A|NZ|C|HK|S)?\$|£|€|¥|R|₹)(m|mn|bn|b|k|tn)$", re.I)
#: a number written as a heading's scale (``unit: 10,000 tons``, ``100 million yuan``)
NUMERIC_SCALE = re.compile(r"^(?:10|100|1,?000|10,?000|100,?000)$")


#: a column header opening with a plural unit of time, alone or before what it measures (``Years to parity``)
_TIME_HEADER = re.compile(r"(years|months|weeks|days|hours)(?:\s+(?:to|of|until|before|since|open|lost|worked|"
                          r"waited|waiting|in|on)\b[^()]*)?$", re.I)
#: a gloss naming the margins of error of the estimates (``margin of error in brackets``)
_MARGIN = re.compile(r"\bmargins? of error\b|\bconfidence intervals?\b|\bstandard errors?\b", re.I)


@lru_cache(maxsize=2048)  # a heading is split again for each figure under it
def split_columns(heading: str, paired: bool = False, signed: bool = False) -> tuple[str, str | None]:
    """A heading's text for its main column and for its bracketed column (the clause that says ``in
    brackets``), or None for the latter when it names none: ``Sales, in billions of dollars (percent change
    from June in brackets)`` → ``("Sales, in billions of dollars ", "percent change from June in brackets")``.
    With ``paired`` (the figure's line holds a bracketed figure), a gloss of two parts whose last names a
    change the first does not names the bracketed column last: ``Overnight stays ... (million; change on
    summer season 2023 in %)`` above ``- Germany: 31.66 (+0.2)``. With ``signed`` too (each bare figure of the
    line is followed by a signed one in brackets), a gloss that names only a change names the bracketed column:
    ``Offences and suspects by region, 2023 (change on 2022 in %)`` above ``North   18,204 (-4.1)   612 (-9.8)``."""
    for inner in re.finditer(r"\(([^()]*)\)", heading):
        if IN_BRACKETS.search(inner.group(1)):
            parts = inner.group(1).split(";")
            pieces = re.split(r";|,(?![0-9])", inner.group(1))
            if any(IN_BRACKETS.search(p) and (CHANGE_HEADING.search(p) or _MARGIN.search(p)) for p in pieces):
                parts = pieces  # (``..., not seasonally adjusted, in brackets``: a piece naming no column of its own;
                # ``(percent, margin of error in brackets)``: the margins' column, C41-20)
            marked = [p for p in parts if IN_BRACKETS.search(p)]
            at = parts.index(marked[0])
            if at + 1 < len(parts) and BARE_UNIT.match(parts[at + 1]):
                # ``(change on January-September 2023 in brackets, %)``: the unit written after the bracketed column's
                # clause is that column's
                marked = [f"{marked[0]} {parts[at + 1].strip()}"]
                parts = [p for k, p in enumerate(parts) if k not in (at, at + 1)] + marked
            # ``(thousands; change on January to June 2023 in brackets)``, ``(percentage change from the June quarter
            # 2024, change from the September quarter 2023 in brackets)``: the unmarked parts are the main column's
            rest = "; ".join(p for p in parts if p not in marked)
            return heading[: inner.start()] + (f"({rest})" if rest else "") + heading[inner.end() :], marked[0]
    parts = heading.split(";")
    if len(parts) > 1:
        marked = [p for p in parts if IN_BRACKETS.search(p)]
        if marked:
            return ";".join(p for p in parts if p not in marked), marked[0]
    if paired:
        for inner in re.finditer(r"\(([^()]*)\)", heading):
            parts = inner.group(1).split(";")
            if len(parts) >= 2 and CHANGE_HEADING.search(parts[-1]) and not CHANGE_HEADING.search(parts[0]) and \
                    not PERCENT.search(parts[0]):
                rest = ";".join(parts[:-1])
                return heading[: inner.start()] + f"({rest})" + heading[inner.end() :], parts[-1]
            if signed and len(parts) == 1 and CHANGE_HEADING.search(parts[0].lower()):
                return heading[: inner.start()] + heading[inner.end() :], parts[0]
    return heading, None


#: a bare figure followed by a signed figure in brackets (``18,204 (-4.1)``, ``612 (+9.8%)``)
_SIGNED_PAIR = re.compile(r"(?<![-+\u2212\u2013(0-9.,])[0-9][0-9.,]*\s*%?\s*\(\s*[-+\u2212\u2013]\s*[0-9][0-9.,]*\s*%?\s*\)")
#: any figure of a line
_LINE_FIGURE = re.compile(r"[-+\u2212\u2013]?[0-9][0-9.,]*")


def signed_pairs(text: str, start_char: int) -> bool:
    """Whether every bare figure of the line of the figure at ``start_char`` is followed by a
    signed figure in brackets: ``North   18,204 (-4.1)   612 (+9.8)``, the brackets holding the changes of the
    bare figures."""
    line_start, line_end = text_tables.line_bounds(text, start_char)
    line = text[line_start:line_end]
    pairs = _SIGNED_PAIR.findall(line)
    return bool(pairs) and len(_LINE_FIGURE.findall(line)) == 2 * len(pairs)


def paired_line(text: str, start_char: int) -> bool:
    """Whether the line of the figure at ``start_char`` holds a figure in brackets (``Germany: 31.66 (+0.2)``)."""
    line_start, line_end = text_tables.line_bounds(text, start_char)
    return bool(re.search(r"\(\s*[-+\u2212\u2013]?[0-9]", text[line_start:line_end]))


#: the words a heading's gloss writes around its measure: ``value in ...``, ``... unless stated``
GLOSS_WORDS = re.compile(r"^\s*(?:values?|figures|amounts?|data|estimates?|levels?|totals?)\s+(?=in\s)|\s+unless\s+(?:otherwise\s+)?"
                         r"(?:stated|indicated|specified|noted|shown)\b.*$", re.I)
#: an index's base as a heading's gloss states it (``2015=100``, ``base 2011-12=100``, ``base 100 in 2021``,
#: ``index``, ``corresponding period of previous year = 100``, ``December 2023 = 100``): the column's figures are
#: index levels (GUIDELINES C-2, C36-3)
INDEX_BASE = re.compile(r"^\s*(?:(?:base\s+)?(?:year\s+)?[0-9]{4}(?:[-/][0-9]{2,4})?\s*=\s*100|base\s+100\b.*|"
                        r"(?:(?:monthly|quarterly|annual|yearly)\s+)?average\s+(?:of\s+)?[0-9]{4}\s*=\s*100|"
                        r"(?:the\s+)?(?:corresponding|same|previous|preceding|prior)\b[^=()]{0,50}=\s*100|"
                        r"[A-Z][a-z]+\.?\s+[0-9]{4}\s*=\s*100|(?:EU|EU27|EU-27|OECD|euro area|world|national average)\s*=\s*100|"
                        r"(?:the\s+)?(?:long[- ]term|historical|series|trend)\s+(?:average|mean|trend)\s*=\s*100|"
                        r"ind(?:ex|ices)(?:\s+points?)?|ind(?:ex|ices),?\s+(?:base\s+)?[0-9]{4}(?:[-/][0-9]{2,4})?\s*=\s*100)\s*$",
                        re.I)
#: plural words a gloss writes that name no counted thing (``figures``, ``rates``, ``units``)
GLOSS_NOT_COUNTED = {"figures", "numbers", "counts", "values", "totals", "levels", "rates", "prices", "terms", "data",
                     "estimates", "percentages", "points", "units", "changes", "shares", "amounts", "volumes",
                     "indicators", "statistics", "results", "variables", "aggregates", "highlights", "series",
                     "projections", "forecasts", "measures"}
COUNT_GLOSS = re.compile(r"^\s*(?:the\s+)?(?:total\s+)?numbers?\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s*$"
                         r"|^\s*([a-z][a-z-]+)\s*$", re.I)
#: words that end the noun phrase a gloss counts (``number of persons employed in industry``)
_PHRASE_ENDS = {"in", "at", "by", "for", "to", "from", "with", "on", "per", "and", "or", "as"}


def title_counted(title: str) -> Unit | None:
    """The counted noun a table's title opens on, for a gloss that says only ``number``: ``Vehicles licensed for
    the first time by taxation class, October 2024`` → ``vehicle``; None when its first noun phrase ends on no
    plural."""
    title = re.sub(r"^\s*(?:table|figure|chart)\s+[0-9A-Za-z.]+\s*[:.]\s*", "", title, flags=re.I)
    words = []
    for word in re.findall(r"[A-Za-z][A-Za-z-]*|[^\sA-Za-z]", title):
        low = word.lower()
        if not word[0].isalpha() or low in _PHRASE_ENDS or low in ("by", "of") or (words and low.endswith("ed")):
            break
        words.append(low)
    if not words or singular(words[-1]) == words[-1] or words[-1] in GLOSS_NOT_COUNTED or \
            match_unit([words[-1]]) is not None:
        return None
    return Unit(name=singular(words[-1]), kind="count", length=1)


#: the sexes as a column's whole header (``Males   Females``): the groups a table's measure is given for, no count
SEX_HEADERS = frozenset(("males", "females", "men", "women", "boys", "girls"))

#: plurals spelt as their singulars that a gloss may count (``number of species``, C46-31)
_INVARIANT = vocabulary("invariant_plurals")


@lru_cache(maxsize=2048)  # a heading's segments are read again for each figure under it (a frozen Unit)
def counted_declared(segment: str) -> Unit | None:
    """The count a heading's gloss declares for its column: ``number of cases`` → ``case``, ``persons`` →
    ``person``, ``number of positive samples`` → ``sample``; None for anything else (a scale, a measure,
    ``figures``, a singular word)."""
    found = COUNT_GLOSS.match(segment)
    if found is None:
        return None
    words = (found.group(1) or found.group(2)).lower().split()
    end = next((k for k, w in enumerate(words) if w in _PHRASE_ENDS or (k and w.endswith("ed"))), len(words))
    words = words[:end]
    if not words:
        return None
    head = words[-1]
    if head in HEADING_SCALES or head in GLOSS_NOT_COUNTED or singular(head) == head and head not in _INVARIANT or \
            match_unit([head]) is not None or (found.group(2) and len(words) != 1):
        return None
    return Unit(name=singular(head), kind="count", length=len(words))


#: thousands written as zeros (``'000``, ``000s``), after a currency sign or not (``$'000``, ``£000``)
ZEROS_SCALE = re.compile(r"^((?:US|A|NZ|C|HK|S)?\$|£|€|¥|₹)?['’]?000s?$")


def _thousands_written(words: list[str]) -> list[str]:
    """``words`` with a scale written as zeros read as the word (``('000)`` → ``thousand``, ``$'000`` → ``$
    thousand``)."""
    if not any("000" in w for w in words):
        return words
    out = []
    for k, w in enumerate(words):
        if w in ("'", "’") and k + 1 < len(words) and words[k + 1].startswith("000"):
            continue  # (``$ ' 000``: the tokens of ``$'000`` joined by spaces)
        found = ZEROS_SCALE.match(w)
        out.extend(([found.group(1)] if found.group(1) else []) + ["thousand"] if found else [w])
    return out


@lru_cache(maxsize=2048)  # a heading is read again for each figure under it (frozen Units)
def measure_declared(text: str, country: str | None = None) -> tuple[float, Unit | None] | None:
    """``(scale, unit)`` of the first comma-, semicolon- or bracket-separated segment of ``text`` that is
    only a measure or currency with its scale (``in billions of dollars``, ``TWh``, ``million tonnes``) or
    only a scale (``in thousands``: unit None); None when no segment is."""
    # (not inside ``10,000``; ``... May 2024. GWh``: a sentence end too)
    # (``billions of US dollars and per cent``: two measures joined by ``and``, the first the levels', C45-35)
    segments = re.split(r"(?<![0-9]),|,(?![0-9])|[;()]|\.\s|\s+and\s+(?=per ?cent\b|percent\b|%)", text)
    # a gloss that names two counted things (``(persons, cases)``) declares neither: each row's label says which
    counts_named = sum(1 for segment in segments if counted_declared(GLOSS_WORDS.sub("", segment)) is not None)
    at = 0
    for segment in segments:
        at = text.index(segment, at)
        glossed = text.count("(", 0, at) > text.count(")", 0, at)  # (inside the heading's brackets)
        segment = GLOSS_WORDS.sub("", segment)  # ``value in billion yuan unless stated`` → ``in billion yuan``
        segment = _SLASH_BEFORE_NUMBER.sub(" per ", segment)  # ``(EUR/100 kg)``: a price per 100 kg (C39-33)
        if len(segment.strip()) == 1 and segment.strip().isalpha():
            continue  # a revision mark (``3rd quarter 2024 (p)``, ``(r)``), not pence or a unit letter (C29-15)
        if INDEX_BASE.search(segment):
            return 1.0, match_unit(["index", "points"])  # ``index, base 2011-12=100``, ``base 100 in 2021``
        counted = counted_declared(segment) if glossed and counts_named == 1 else None
        if glossed and segment.strip().lower() in ("number", "numbers", "count"):
            counted = title_counted(text[: text.find("(")])  # ``Vehicles licensed ..., October 2024 (number; ...)``
        if counted is not None:
            return 1.0, counted  # ``(number of cases; ...)``, ``(persons; ...)``, not the title's own words
        words = _thousands_written(segment.split())
        # (``US$ b.``, ``EUR bn.``: an abbreviated scale with its full stop, C45-9)
        words = [w[:-1] if w.endswith(".") and len(w) > 1 and (w[:-1].lower() in SCALES or w[:-1].lower() in
                                                                HEADING_SCALES) else w for w in words]
        if words and words[0].lower() in ("unit:", "units:"):
            words = words[1:]  # ``(unit: 10,000 tons)``
        if words and words[0].lower() == "in":
            words = words[1:]
        if len(words) == 1 and (suffixed := CURRENCY_SCALE.match(words[0])):
            currency = currency_unit(suffixed.group(1), country) or match_unit([suffixed.group(1)], 0, country)
            if currency is not None and currency.kind == "currency":
                return SCALES[suffixed.group(2).lower()], currency  # ``$m``, ``£bn``, ``€m``
        if 2 <= len(words) <= 4 and words[-2].lower() == "in" and words[-1].lower() in HEADING_SCALES:
            # ``passengers in millions``, ``tonnes in thousands``: the unit, then its scale; ``levels in thousands``:
            # the scale of what the rows name (C29-7)
            words = [words[-1], *(w for w in words[:-2] if w.lower() not in GLOSS_NOT_COUNTED)]
        scale = 1.0
        numeric = False
        if words and NUMERIC_SCALE.match(words[0]) and len(words) > 1:
            scale = float(words[0].replace(",", ""))
            words = words[1:]
            numeric = True
        elif len(words) > 1 and words[0].lower() in ("ten", "hundred") and words[1].lower() in HEADING_SCALES:
            scale = 10.0 if words[0].lower() == "ten" else 100.0  # ``(ten thousand persons)``, ``hundred million yuan``
            words = words[1:]
        currency = (match_unit(words[:1], 0, country) or currency_unit(words[0], country)) if len(words) > 1 else None
        if currency is not None and currency.kind == "currency" and len(words) == 2 and \
                (words[1].lower() in HEADING_SCALES or words[1].lower() in SCALES):
            # ``₹ crore``, ``USD mn``, ``EUR bn``: after a currency an abbreviated scale is one
            return HEADING_SCALES.get(words[1].lower()) or SCALES[words[1].lower()], currency
        while words and words[0].lower() in HEADING_SCALES:
            scale *= HEADING_SCALES[words[0].lower()]
            words = words[1:]
        if words and words[0].lower() == "of" and scale != 1.0:
            words = words[1:]
        if not words:
            if scale != 1.0:
                return scale, None
            continue
        unit = match_unit(words, 0, country) if len(words) <= 4 else None
        if numeric and unit is not None and (unit.dimension == "time" or unit.name == "quarter"):
            continue  # ``Projected formations (4 quarters)``: the window the row counts over, no scale (C38-13)
        if unit is not None and unit.length == len(words) and unit.kind in ("measure", "currency", "index_point"):
            return scale, unit
        if unit is not None and unit.length < len(words) - 1 and words[unit.length].lower() == "of" and \
                all(w.isalpha() for w in words[unit.length + 1 :]) and \
                (unit.kind == "measure" or unit.code == "GBP" and words[0].lower() in ("pound", "pounds")):
            # ``(pounds of fentanyl)``, ``(tonnes of cargo)``: a measure of a named good (pounds of a good weigh)
            return scale, match_unit(["lb"]) if unit.kind == "currency" else unit
        if len(words) == 1 and "/" in words[0] and (slashed := slash_unit(words[0], country)) is not None:
            return scale * slashed.scale, replace(slashed, scale=1.0)  # ``(Ml/d)``, ``(p/kWh)``: one word, a compound
        if scale != 1.0 and unit is None and 1 <= len(words) <= 2 and \
                all(w.replace("-", "").isalpha() and not w.startswith("-") for w in words) and \
                singular(words[-1].lower()) != words[-1].lower():
            # (``100 million person-times``: a hyphenated count noun too, C35-47)
            # ``thousand journeys``, ``millions of passengers``: a count noun with its scale
            return scale, Unit(name=" ".join([*(w.lower() for w in words[:-1]), singular(words[-1].lower())]),
                               kind="count", length=len(words))
        lowered = [w.lower() for w in words]
        if unit is not None and unit.kind in ("measure", "currency") and "per" in lowered and \
                lowered.index("per") == unit.length and 1 <= len(words) - unit.length - 1 <= 3:
            # ``kg per person``, ``US$ per barrel``: a rate; its base a unit or a noun
            rest = words[unit.length + 1 :]
            base = match_unit(rest, 0, country, after_per=True)
            if base is not None and base.kind == "currency" and [w.lower() for w in rest] in (["pound"], ["pounds"]):
                base = match_unit(["lb"])  # ``US$ per pound``: a price per a weight, not an exchange rate (C29-6)
            if base is not None and base.length == len(rest):
                return scale, per(unit, base)
            if base is None and len(rest) >= 2 and rest[0] in ("10", "100", "1,000", "1000"):
                inner = match_unit(rest[1:], 0, country, after_per=True)
                if inner is not None and inner.kind == "measure" and inner.length == len(rest) - 1:
                    # ``(EUR per 100 kWh, all taxes included)``: a price per a round quantity of a measure (C37-24)
                    return scale, per(unit, replace(inner, name=f"{rest[0].replace('1000', '1,000')} {inner.name}",
                                                    scale=1.0, length=len(rest)))
            if len(rest) == 1 and rest[0].isalpha():
                return scale, per(unit, Unit(name=singular(rest[0].lower()), kind="count"))
    return None
