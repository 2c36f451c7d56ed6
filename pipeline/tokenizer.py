"""The relstats tokenizer: spaCy's English rules, adjusted so every part of a figure can be read.

Keeps ``8,419``, ``66.973`` and names such as ``COVID-19``, ``PM2.5``, ``G20``, ``5G`` whole; splits
``+46,000`` -> ``+ 46,000``, ``RMB5`` -> ``RMB 5``, ``US$3.2`` -> ``US$ 3.2``, ``2.5bn`` -> ``2.5 bn``,
``3-5%`` -> ``3 - 5 %``, ``3.4%-5%``. Space-grouped thousands (``816 000``) are joined into one
token by the ``relstats_number_merger`` component, because a tokenizer cannot produce a token
that holds a space.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the engine's opcodes)
from re import _parser

from spacy.lang.en import English
from spacy.lang.tokenizer_exceptions import emoticons
from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex, registry

from pipeline.units import currency_prefix_pattern, unit_symbols

#: currency prefixes glued to a number (``USD5m``, ``HK$3``, ``RM5``): one source, the unit tables
CURRENCY_PREFIXES = currency_prefix_pattern()
#: vulgar fractions written after a whole number (``3½ per cent``, ``4¼%``)
VULGAR_FRACTIONS = "½¼¾⅓⅔⅛⅜⅝⅞"
EXTRA_PREFIXES = [
    CURRENCY_PREFIXES + r"(?=[0-9])",
    r"[+\-−–±](?=[0-9.])",
    # a sign glued to a currency (``(-$343 million)``, ``-HK$0.5 billion``): the sign, then the currency
    r"[+\-−–±](?=" + CURRENCY_PREFIXES + r"[0-9])",
    r"--(?=[A-Za-z])",  # ``--Employment of ... rose``: a bullet's double hyphen, as text releases write it (C46-32)
    r"[<>≤≥~](?=[0-9])",  # ``<0.1``, ``≥12,000``: a bound written as a sign (C47-30)
]
EXTRA_SUFFIXES = [
    r"(?<=[0-9])(?:bn|mn|mln|tn|trn|pc|pct|x|k|b|m|t|kt|kWh|GWh|TWh|MWh|TEU|TEUs|mu|ha|C|F)",
    r"(?<=[" + VULGAR_FRACTIONS + r"])%",  # ``4¼%``
    r"(?<=[0-9])%p",  # ``0.3%p``: percentage points as Korean releases write them
    r"(?<=[0-9])-(?=percent|per cent)",  # ``a 3.3-percent rise``
    # a sentence's full stop after a glued figure: ``20kW.``, ``£40m.``
    r"(?<=[0-9][A-Za-z])\.", r"(?<=[0-9][A-Za-z]{2})\.", r"(?<=[0-9][A-Za-z]{3})\.",
    r"(?<=[0-9]/[A-Z])\.",  # ``(EUR 0.10/W.``: a one-letter symbol after a slash, not an initial
    # a note's mark in square brackets glued after a sentence (``revised up from 183t to 202t.[1]``): its opening
    # bracket and number, once the closing bracket is split off (C42-24)
    r"(?<=[.,;:%A-Za-z0-9])\[[0-9]{1,2}",
]
EXTRA_INFIXES = [
    r"(?<=[0-9])%(?=[\-–—~][0-9])",
    r"(?<=[0-9%" + VULGAR_FRACTIONS + r"])[\-–—~](?=[0-9+])",  # ``20-25%``, ``2½–3 per cent``
    r"(?<=[0-9])/(?=[A-Za-z])",
    r"(?<=[0-9])/(?=(?:100|1000|1,000)$)",  # ``EUR 745/100 kg``: a price per a round quantity of a measure
    r"(?<=[Ss]ub)-(?=[0-9$£€¥])",  # ``sub-2%``: a bound glued to its figure
    r"(?<=[A-Za-z0-9])\((?=[0-9]{1,2}$)",  # ``Food(3)``, ``100.00(2)``: a footnote mark glued to a label or figure
]
#: tokens that must stay whole although a rule above would split them
TOKEN_MATCH = re.compile(r"^(?!" + CURRENCY_PREFIXES + r"[0-9])(?:[0-9]+(?![CF]$)[A-Z]{1,2}|[A-Z]+[0-9]+(?:\.[0-9]+)?[A-Za-z]*|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)$")
SPECIAL_CASES = ["No.", "no.", "Nos.", "Art.", "approx.", "Approx.", "ca.", "Ca.", "est.", "Est.", "Fig.", "Vol.", "Jan.",
                 "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "E.U.", "a.m.", "p.m.", "Rs.",
                 # a dateline in capitals (``WASHINGTON, DEC. 19, 2024``): the month's abbreviation whole
                 "JAN.", "FEB.", "AUG.", "SEPT.", "SEP.", "OCT.", "NOV.", "DEC."]


#: oil flows written with a slash (``b/d``, ``mb/d``): kept whole so the unit tables read them as one symbol
BARREL_FLOWS = ("b/d", "bbl/d", "kb/d", "mb/d", "Mb/d", "MMb/d", "MMbbl/d")


def symbol_full_stops() -> list[str]:
    """Suffix rules for a sentence's full stop after a unit symbol (``500 kV.``, ``12 GWh.``), one
    fixed-width look-behind per symbol length (cheaper than a special case per symbol)."""
    by_length: dict[int, list[str]] = {}
    for symbol in unit_symbols():
        if 2 <= len(symbol) <= 6 and symbol.isascii() and "." not in symbol:
            by_length.setdefault(len(symbol), []).append(re.escape(symbol))
    return [r"(?<=(?:" + "|".join(sorted(group)) + r"))\." for _, group in sorted(by_length.items())]


_CATEGORY_CLASSES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_WORD: r"\w",
                     C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S"}


class _Unlisted(Exception):
    """The first character of a match cannot be listed as a character class."""


def _class_item(op, av) -> str:
    """A literal character as a member of a character class, in regex source."""
    return "\\" + chr(av) if chr(av) in "\\]^-[" else re.escape(chr(av)) if chr(av).isspace() else chr(av)


def _first_characters(items) -> list[tuple]:
    """Parsed class members (literals, ranges, categories) covering the first character every match
    of the parsed ``items`` consumes (zero-width assertions skipped); :class:`_Unlisted` when a
    match may consume none or the characters cannot be listed (a negated class, any character, a
    back reference, ...)."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT) or (op is C.AT and av is not C.AT_END):
            continue  # zero width, and the match goes on
        if op is C.LITERAL:
            return [(op, av)]
        if op is C.IN:
            if any(member not in (C.LITERAL, C.RANGE, C.CATEGORY) for member, _ in av):
                raise _Unlisted  # a negated class, ...
            return list(av)
        if op is C.SUBPATTERN and av[1] & (re.IGNORECASE | re.VERBOSE):
            raise _Unlisted  # a group with its own flags
        if op is C.SUBPATTERN and av[-1].getwidth()[0] > 0:
            return _first_characters(list(av[-1]))
        if op is C.BRANCH and all(_parser.SubPattern(_parser.State(), list(b)).getwidth()[0] > 0 for b in av[1]):
            return [member for branch in av[1] for member in _first_characters(list(branch))]
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] > 0:
            return _first_characters(list(av[2]))
        raise _Unlisted  # the end of the text, an optional item, any character, ...
    raise _Unlisted  # an empty match


def with_first_characters(pattern: "re.Pattern | str") -> re.Pattern:
    """``pattern`` (compiled, or its source) behind a look-ahead for the characters its matches can
    open with: the same matches for ``search`` and ``finditer``, but a position where no match can
    open is passed over after one class test instead of trying each alternative there (spaCy's affix
    patterns join about ninety alternatives, many behind a look-behind, which the engine tries at
    every position of a new word). Unchanged when the first characters cannot be listed."""
    source, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    try:
        parsed = _parser.parse(source, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) or source.startswith("(?="):
            raise _Unlisted
        opening = _compact_class(_first_characters(list(parsed)))
    except (_Unlisted, RecursionError):
        return re.compile(source, flags) if isinstance(pattern, str) else pattern
    return re.compile("(?=" + opening + ")(?:" + source + ")", flags)


def _compact_class(members: list[tuple]) -> str:
    """A character class holding at least ``members``: their ASCII characters as ranges, their
    categories, and every non-ASCII character when one of them is (a superset is as exact for a
    look-ahead, and a small class compiles quickly when the pipeline loads)."""
    ascii_chars: set[int] = set()
    categories: list[str] = []
    wide = False
    for op, av in members:
        if op is C.CATEGORY:
            if av not in _CATEGORY_CLASSES:
                raise _Unlisted
            categories.append(_CATEGORY_CLASSES[av])
            continue
        low, high = (av, av) if op is C.LITERAL else av
        ascii_chars.update(range(low, min(high, 0x7F) + 1))
        wide = wide or high > 0x7F
    parts, run = [], []
    for c in sorted(ascii_chars) + [-2]:
        if run and c != run[-1] + 1:
            first, last = _class_item(C.LITERAL, run[0]), _class_item(C.LITERAL, run[-1])
            parts.append(first if len(run) == 1 else first + last if len(run) == 2 else first + "-" + last)
            run = []
        run.append(c)
    return "[" + "".join(parts + list(dict.fromkeys(categories))) + ("\\x80-\\U0010ffff" if wide else "") + "]"


def build_tokenizer(nlp) -> Tokenizer:
    """A spaCy ``Tokenizer`` with the English defaults plus relstats' rules for figures."""
    defaults = English.Defaults
    prefixes = EXTRA_PREFIXES + list(defaults.prefixes)
    suffixes = EXTRA_SUFFIXES + symbol_full_stops() + list(defaults.suffixes)
    infixes = EXTRA_INFIXES + list(defaults.infixes)
    # no emoticons: "):" would glue a closing parenthesis to a colon ("(in-state): $9,750"), "(-8" and "8)"
    # a bracket to a figure ("Arrests: 1,240 (-8%)", "(up from 8)"), ":1" a colon to a cell
    rules = {k: v for k, v in defaults.tokenizer_exceptions.items() if any(c.isalnum() for c in k) and k not in emoticons}
    for case in SPECIAL_CASES:
        rules[case] = [{"ORTH": case}]
    # ``km/h.``, ``3m.``, ``mg/l.``, ``Bcf/d.``, ``$640/t.``, ``$74/b.``, ``Gbit/s.``, ``Mt/y.``, ``kt/a.``: the last
    # letter of a unit and a full stop, not an initial
    for symbol in ("h", "m", "l", "d", "t", "b", "g", "s", "y", "a", "k"):
        rules[symbol + "."] = [{"ORTH": symbol}, {"ORTH": "."}]
    for symbol in set(unit_symbols()):  # ``17.8 Mt.``: the unit and a full stop, not ``Mt.`` (Mount)
        if symbol + "." in rules:
            rules[symbol + "."] = [{"ORTH": symbol}, {"ORTH": "."}]
    for form in BARREL_FLOWS:  # ``13.5 million b/d``: one token, as the unit tables spell it
        rules[form] = [{"ORTH": form}]
    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        # spaCy's compile_suffix_regex and compile_infix_regex, behind a first-character look-ahead
        suffix_search=with_first_characters("|".join([piece + "$" for piece in suffixes if piece.strip()])).search,
        infix_finditer=with_first_characters("|".join([piece for piece in infixes if piece.strip()])).finditer,
        token_match=TOKEN_MATCH.match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("relstats.tokenizer.v1")
def create_tokenizer():
    """Registered tokenizer factory, referenced from the pipeline config as ``relstats.tokenizer.v1``."""
    return build_tokenizer
