"""The relstats tokenizer: spaCy's English rules, adjusted so every part of a figure can be read.

Keeps ``8,419``, ``66.973`` and names such as ``COVID-19``, ``PM2.5``, ``G20``, ``5G`` whole; splits
``+46,000`` -> ``+ 46,000``, ``RMB5`` -> ``RMB 5``, ``US$3.2`` -> ``US$ 3.2``, ``2.5bn`` -> ``2.5 bn``,
``3-5%`` -> ``3 - 5 %``, ``3.4%-5%``. Space-grouped thousands (``816 000``) are joined into one
token by the ``relstats_number_merger`` component, because a tokenizer cannot produce a token
that holds a space.
"""

from __future__ import annotations

import re

from spacy.lang.en import English
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

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
]
EXTRA_SUFFIXES = [
    r"(?<=[0-9])(?:bn|mn|mln|tn|trn|pc|pct|x|k|b|m|t|kt|kWh|GWh|TWh|MWh|TEU|TEUs|mu|ha)",
    r"(?<=[" + VULGAR_FRACTIONS + r"])%",  # ``4¼%``
    r"(?<=[0-9])-(?=percent|per cent)",  # ``a 3.3-percent rise``
    # a sentence's full stop after a glued figure: ``20kW.``, ``£40m.``
    r"(?<=[0-9][A-Za-z])\.", r"(?<=[0-9][A-Za-z]{2})\.", r"(?<=[0-9][A-Za-z]{3})\.",
]
EXTRA_INFIXES = [
    r"(?<=[0-9])%(?=[\-–—~][0-9])",
    r"(?<=[0-9%])[\-–—~](?=[0-9+])",
    r"(?<=[0-9])/(?=[A-Za-z])",
    r"(?<=[Ss]ub)-(?=[0-9$£€¥])",  # ``sub-2%``: a bound glued to its figure
]
#: tokens that must stay whole although a rule above would split them
TOKEN_MATCH = re.compile(r"^(?!" + CURRENCY_PREFIXES + r"[0-9])(?:[0-9]+[A-Z]{1,2}|[A-Z]+[0-9]+(?:\.[0-9]+)?[A-Za-z]*|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)$")
SPECIAL_CASES = ["No.", "no.", "Nos.", "Art.", "approx.", "Approx.", "est.", "Est.", "Fig.", "Vol.", "Jan.",
                 "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "E.U.", "a.m.", "p.m.", "Rs."]


def symbol_full_stops() -> list[str]:
    """Suffix rules for a sentence's full stop after a unit symbol (``500 kV.``, ``12 GWh.``), one
    fixed-width look-behind per symbol length (cheaper than a special case per symbol)."""
    by_length: dict[int, list[str]] = {}
    for symbol in unit_symbols():
        if 2 <= len(symbol) <= 6 and symbol.isascii() and "." not in symbol:
            by_length.setdefault(len(symbol), []).append(re.escape(symbol))
    return [r"(?<=(?:" + "|".join(sorted(group)) + r"))\." for _, group in sorted(by_length.items())]


def build_tokenizer(nlp) -> Tokenizer:
    """A spaCy ``Tokenizer`` with the English defaults plus relstats' rules for figures."""
    defaults = English.Defaults
    prefixes = EXTRA_PREFIXES + list(defaults.prefixes)
    suffixes = EXTRA_SUFFIXES + symbol_full_stops() + list(defaults.suffixes)
    infixes = EXTRA_INFIXES + list(defaults.infixes)
    # emoticons such as "):" would glue a closing parenthesis to a colon: "(in-state): $9,750"
    rules = {k: v for k, v in defaults.tokenizer_exceptions.items() if any(c.isalnum() for c in k)}
    for case in SPECIAL_CASES:
        rules[case] = [{"ORTH": case}]
    for symbol in ("h", "m"):  # ``km/h.``, ``3m.``: English abbreviations otherwise
        rules[symbol + "."] = [{"ORTH": symbol}, {"ORTH": "."}]
    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=TOKEN_MATCH.match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("relstats.tokenizer.v1")
def create_tokenizer():
    """Registered tokenizer factory, referenced from the pipeline config as ``relstats.tokenizer.v1``."""
    return build_tokenizer
