"""``pattern.finditer(text)`` without trying the pattern at every character.

Python's regular-expression engine tries a pattern at each position of the text unless the pattern
opens on a literal or a character class; the time-phrase rules open on a look-behind
(``(?<![\\w-])``), so each of them used to cost a full pass of the engine over the document.
:class:`StartIndex` reads, once per text, the positions where such a rule may start (not after a
word character or hyphen) with their first few characters; :func:`first_strings` computes, once
per rule, every string its matches can open with. A rule is then tried (``pattern.match``) only at
the positions whose opening is one of its own, in text order, continuing after each match exactly
as ``finditer`` does, so the matches are the same.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # noqa: N812  (the engine's opcodes)
from re import _parser

#: how many opening characters tell rules apart (``the``, ``in ``, ``fro``)
WIDTH = 4
#: rules with more possible openings than this are scanned the ordinary way
LIMIT = 5000
WORD_START = r"(?<![\w-])"
_POSITIONS = re.compile(WORD_START + r"(?=([\s\S]{1,%d}))" % WIDTH)


class _Unbounded(Exception):
    """The openings of a rule cannot be listed (a negated class, ``.``, too many of them)."""


def _lower(ch: str) -> str:
    if not ch.isascii() and any(x.isascii() for x in (ch.lower(), ch.upper(), ch.casefold())):
        raise _Unbounded  # a non-ASCII character that may match an ASCII one ignoring case (``K``)
    return ch.lower() if "A" <= ch <= "Z" else ch


def _class_chars(items) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            low, high = av
            if high - low > 400:
                raise _Unbounded
            chars.update(chr(c) for c in range(low, high + 1))
        elif op is C.CATEGORY:
            # only ASCII members are listed: a text opening with any other character is always tried
            if av is C.CATEGORY_DIGIT:
                chars.update("0123456789")
            elif av is C.CATEGORY_WORD:
                chars.update("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
            elif av is C.CATEGORY_SPACE:
                chars.update(" \t\n\r\f\v\x1c\x1d\x1e\x1f")
            else:
                raise _Unbounded
        else:  # NEGATE and anything else
            raise _Unbounded
    return {_lower(c) for c in chars}


def _min_width(items) -> int:
    return _parser.SubPattern(_parser.State(), list(items)).getwidth()[0] if items else 0


def _item(op, av, k: int) -> set[str]:
    """Openings (at most ``k`` characters; shorter ones are whole matches) of one parsed item."""
    if op is C.LITERAL:
        return {_lower(chr(av))}
    if op is C.IN:
        return _class_chars(av)
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {""}  # zero width: listing no characters keeps the openings a superset
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            out |= _sequence(list(branch), k)
        return out
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]), k)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(list(av), k)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
        low, high, sub = av
        sub = list(sub)
        if _min_width(sub) == 0:
            raise _Unbounded
        out = set()
        for n in range(low, min(high, max(low, k)) + 1):
            out |= _sequence(sub * n, k)
            if len(out) > LIMIT:
                raise _Unbounded
        return out
    raise _Unbounded  # ANY, NOT_LITERAL, group references, ...


def _sequence(items: list, k: int) -> set[str]:
    if k <= 0 or not items:
        return {""}
    out: set[str] = set()
    rest_cache: dict[int, set[str]] = {}
    for head in _item(*items[0], k):
        head = head[:k]
        if len(head) == k:
            out.add(head)
            continue
        need = k - len(head)
        if need not in rest_cache:
            rest_cache[need] = _sequence(items[1:], need)
        out.update(head + tail for tail in rest_cache[need])
        if len(out) > LIMIT:
            raise _Unbounded
    return out


@lru_cache(maxsize=1024)  # each rule is read by first_strings (at two widths) and behind_strings
def _parsed(pattern: str, flags: int):
    """The engine's parse of a pattern (never modified by the readers here)."""
    return _parser.parse(pattern, flags)


def first_strings(pattern: re.Pattern, k: int = WIDTH) -> dict[int, frozenset[str]] | None:
    """Every opening of a match of ``pattern``: ``{length: strings}``, lower-case for ASCII letters,
    ``k`` characters long or a whole shorter match; None when they cannot be listed (or the pattern
    does not open on ``(?<![\\w-])`` or may match the empty string)."""
    if not pattern.pattern.startswith(WORD_START) or pattern.flags & re.VERBOSE:
        return None
    try:
        parsed = _parsed(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None
        strings = _sequence(list(parsed), k)
    except (_Unbounded, RecursionError):
        return None
    by_length: dict[int, set[str]] = {}
    for s in strings:
        by_length.setdefault(len(s), set()).add(s)
    return {n: frozenset(s) for n, s in by_length.items()}


def _behind(items: list) -> set[str] | None:
    """Strings (lower-case for ASCII letters) one of which a match of ``items`` needs right before its
    start: every way the items may open is a look-behind (``(?<=\\b[Ff]rom )|(?<=\\b[Tt]han )``) past
    zero-width assertions; None when some way is not."""
    while items and (items[0][0] is C.AT or items[0][0] is C.ASSERT_NOT or
                     items[0][0] is C.ASSERT and items[0][1][0] == 1):
        items = items[1:]  # zero width, read at the same position: passed over (the strings stay a superset)
    if not items:
        return None
    op, av = items[0]
    if op is C.ASSERT and av[0] == -1:  # a look-behind: its fixed-width strings
        sub = list(av[1])
        low, high = _parser.SubPattern(_parser.State(), sub).getwidth()
        if low != high or not 0 < low <= 40:
            return None
        strings = _sequence(sub, low)
        if len(strings) > LIMIT or any(len(x) != low for x in strings):
            return None
        return strings
    if op is C.SUBPATTERN:
        return _behind(list(av[-1]) + list(items[1:]))
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _behind(list(branch) + list(items[1:]))
            if found is None:
                return None
            out |= found
        return out
    return None


def behind_strings(pattern: re.Pattern) -> tuple[str, ...] | None:
    """What must stand right before a match of a rule opening on ``(?<![\\w-])`` and then look-behinds
    only: their strings, lower-case for ASCII letters (sorted), or None when a match may start after
    anything (or the look-behinds cannot be listed)."""
    if not pattern.pattern.startswith(WORD_START) or pattern.flags & re.VERBOSE:
        return None
    try:
        found = _behind(list(_parsed(pattern.pattern, pattern.flags)))
    except (_Unbounded, RecursionError):
        return None
    return tuple(sorted(found)) if found else None


class StartIndex:
    """The positions of ``text`` not after a word character or hyphen, by their opening characters."""

    def __init__(self, text: str):
        self.text = text
        table: dict[str, list[int]] = {}  # lower-cased opening (WIDTH characters, fewer at the end) -> positions
        always: list[int] = []  # openings with a non-ASCII character: tried by every rule
        for p, key in [(found.start(), found.group(1)) for found in _POSITIONS.finditer(text)]:
            if not key.isascii():
                always.append(p)
                continue
            key = key.lower()
            if key in table:
                table[key].append(p)
            else:
                table[key] = [p]
        self.table, self.always, self.keys = table, always, set(table)

    def candidates(self, openings: dict[int, frozenset[str]]) -> list[int]:
        """The sorted positions whose opening characters are one of ``openings``."""
        out = list(self.always)
        table, keys = self.table, self.keys
        for n, strings in openings.items():
            if n == WIDTH:
                found = strings & keys if len(strings) < len(keys) else keys & strings
            else:  # a whole match shorter than WIDTH, or the end of the text
                found = [key for key in keys if key[:n] in strings]
            for key in found:
                out.extend(table[key])
        out.sort()
        return out

    def finditer(self, pattern: re.Pattern, openings: dict[int, frozenset[str]] | None):
        """The matches of ``pattern.finditer(self.text)``, trying it only where it may start."""
        if openings is None:
            yield from pattern.finditer(self.text)
            return
        text, match = self.text, pattern.match
        pos = -1
        last = None
        for p in self.candidates(openings):
            if p < pos or p == last:
                continue
            last = p
            found = match(text, p)
            if found is not None:
                yield found
                pos = found.end()


class RuleIndex:
    """The positions where each of several rules may start, for a whole text in one pass.

    :class:`StartIndex` answers one rule at a time (a set intersection and a sort per rule and text);
    here each opening (the lower-cased first characters at a position) is mapped once, and remembered
    across texts, to the rules it may start, so one pass over the text's positions lists every rule's
    candidates, in text order. A rule whose openings cannot be listed (``None``) is scanned the
    ordinary way. The matches are those of ``pattern.finditer(text)`` (as :meth:`StartIndex.finditer`).

    ``width``: how many characters of each position are read (the longest openings listed; a rule's
    openings may be shorter, :func:`first_strings` with a smaller ``k``: they are then prefixes).
    """

    def __init__(self, patterns: list[re.Pattern], openings: list[dict[int, frozenset[str]] | None],
                 width: int = WIDTH):
        self.patterns = list(patterns)
        self.openings = list(openings)
        self.width = width
        self.indexed = tuple(k for k, found in enumerate(self.openings) if found is not None)
        firsts = {s[:1] for k in self.indexed for strings in self.openings[k].values() for s in strings}
        if "" in firsts or not all(c.isascii() for c in firsts):
            opening = r"[\s\S]"  # a rule may open anywhere: every position is read
        else:  # positions opening with an ASCII character no rule opens with start none of them
            chars = "".join(sorted(firsts | {c.upper() for c in firsts}))
            opening = "(?:[" + re.escape(chars) + r"]|[^\x00-\x7f])"
        self._positions = re.compile(WORD_START + r"(?=(%s[\s\S]{0,%d}))" % (opening, width - 1))
        # by length, each string a rule may open with -> those rules (a position's opening ``key`` starts
        # a rule when ``key`` is one of its ``width``-long strings or begins with a shorter one, as in
        # :meth:`StartIndex.candidates`)
        self._by_string: dict[int, dict[str, list[int]]] = {}
        for k in self.indexed:
            for n, strings in self.openings[k].items():
                table = self._by_string.setdefault(n, {})
                for s in strings:
                    table.setdefault(s, []).append(k)
        self._rules_of: dict[str, tuple[int, ...]] = {}  # opening -> the indexed rules it may start
        # by the opening as written: () when it starts no rule, else the rules it may start after anything and
        # those (grouped by their look-behind strings, :func:`behind_strings`) it starts only after one of those
        self._rules_written: dict[str, tuple] = {}
        indexed = set(self.indexed)
        self._behind = [behind_strings(p) if k in indexed else None for k, p in enumerate(self.patterns)]
        self._back = max((len(x) for found in self._behind if found for x in found), default=0)
        self._entries: dict[tuple[int, ...], tuple] = {}

    def _rules_for(self, key: str) -> tuple[int, ...]:
        rules = self._rules_of.get(key)
        if rules is None:
            found: list[int] = []
            width = self.width
            for n, table in self._by_string.items():
                hit = table.get(key if n == width else key[:n])
                if hit:
                    found += hit
            rules = tuple(sorted(set(found))) if found else ()  # most openings start no rule
            if len(self._rules_of) < 200_000:
                self._rules_of[key] = rules
        return rules

    def _rules_as_written(self, key: str) -> tuple:
        """The rules an opening ``key`` may start, as the text writes it (any case), as :meth:`_entry`
        gives them: an ASCII opening is looked up lower-cased (:meth:`_rules_for`); one with a non-ASCII
        character is tried by every indexed rule."""
        rules = self._rules_for(key.lower()) if key.isascii() else self.indexed
        entry = self._entry(rules)
        if len(self._rules_written) < 200_000:
            self._rules_written[key] = entry
        return entry

    def _entry(self, rules: tuple[int, ...]) -> tuple:
        """``rules`` split into those tried wherever they may start and those tried only after one of their
        look-behind strings (by those strings): ``(plain, ((strings, rules), ...))``, or () for no rules."""
        if not rules:
            return ()
        entry = self._entries.get(rules)
        if entry is None:
            behind = self._behind
            groups: dict[tuple[str, ...], list[int]] = {}
            for k in rules:
                if behind[k] is not None:
                    groups.setdefault(behind[k], []).append(k)
            entry = (tuple(k for k in rules if behind[k] is None),
                     tuple((strings, tuple(ks)) for strings, ks in groups.items()))
            self._entries[rules] = entry
        return entry

    def starts(self, text: str) -> list[list[int] | None]:
        """For each rule, the sorted positions of ``text`` where it may start (None: try everywhere).
        Most positions start no rule: one look-up of the opening as written answers them."""
        out: list[list[int] | None] = [[] if found is not None else None for found in self.openings]
        written, as_written, back = self._rules_written, self._rules_as_written, self._back
        for found in self._positions.finditer(text):
            key = found.group(1)
            entry = written.get(key)
            if entry is None:
                entry = as_written(key)
            if entry:
                p = found.start()
                plain, guarded = entry
                for k in plain:
                    out[k].append(p)
                if guarded:
                    # a rule that opens on look-behinds only starts after one of their strings (a text
                    # that is not ASCII there may match them ignoring case: its rules are tried)
                    tail = text[p - back if p > back else 0 : p]
                    ascii_tail = tail.isascii()
                    tail = tail.lower() if ascii_tail else tail
                    for strings, rules in guarded:
                        if not ascii_tail or tail.endswith(strings):
                            for k in rules:
                                out[k].append(p)
        return out

    def finditer(self, k: int, text: str, starts: list[list[int] | None]):
        """The matches of rule ``k`` in ``text`` (``starts``: :meth:`starts` of ``text``), as
        ``pattern.finditer(text)`` gives them."""
        pattern = self.patterns[k]
        if starts[k] is None:
            yield from pattern.finditer(text)
            return
        match = pattern.match
        pos = -1
        for p in starts[k]:
            if p < pos:
                continue
            found = match(text, p)
            if found is not None:
                yield found
                pos = found.end()
