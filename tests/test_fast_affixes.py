"""The tokenizer's suffix and infix patterns behind a first-character look-ahead find what spaCy's
patterns find, on every word of the corpus and on random strings of affix characters."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from spacy.lang.en import English
from spacy.util import compile_infix_regex, compile_suffix_regex

from pipeline import tokenizer as T

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = compile_suffix_regex(T.EXTRA_SUFFIXES + T.symbol_full_stops() + list(English.Defaults.suffixes))
INFIX = compile_infix_regex(T.EXTRA_INFIXES + list(English.Defaults.infixes))


def strings() -> list[str]:
    found = set()
    for line in (ROOT / "annotations" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        for word in json.loads(line)["text"].split():
            found.update(word[k:] for k in range(len(word)))
            found.update(word[: k + 1] for k in range(len(word)))
    rnd = random.Random(7)
    alphabet = "aZ19.,;:()[]'\"%$€£-–—+/&kmTWhs²°FC©…!?x "
    found.update("".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 7))) for _ in range(20000))
    return sorted(found)


def found(match):
    return None if match is None else (match.span(), match.group())


@pytest.mark.parametrize("pattern", [SUFFIX, INFIX], ids=["suffix", "infix"])
def test_same_matches(pattern):
    fast = T.with_first_characters(pattern)
    assert fast is not pattern and fast.pattern.startswith("(?=[")
    for s in strings():
        assert found(fast.search(s)) == found(pattern.search(s)), s
        assert [found(m) for m in fast.finditer(s)] == [found(m) for m in pattern.finditer(s)], s


def test_unlisted_patterns_unchanged():
    for source in (r"(?:.)$", r"(?:a?)$", r"[^a]b", r"(?i:ab)", r"x*"):
        pattern = re.compile(source)
        assert T.with_first_characters(pattern) is pattern


def test_tokenizer_uses_them():
    import pipeline

    nlp = pipeline.load(rules_only=True)
    assert nlp.tokenizer.suffix_search.__self__.pattern.startswith("(?=[")
    assert [t.text for t in nlp.make_doc("up 3.5% (from 2bn), i.e. 4-5% in May.")] == \
        ["up", "3.5", "%", "(", "from", "2", "bn", ")", ",", "i.e.", "4", "-", "5", "%", "in", "May", "."]
