"""Rule components that run first: space-grouped numbers joined, and FORMAT's sentence boundaries."""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import or_

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import token_columns

GROUP_HEAD = re.compile(r"^[0-9]{1,3}$")
#: a group of three digits, the last one with decimals after a point or a comma (``R3 312,4 million``, C52-3)
GROUP_TAIL = re.compile(r"^[0-9]{3}(?:\.[0-9]+|,[0-9]{1,2})?$")
_DIGITS = frozenset("0123456789")
SENTENCE_END = {".", "?", "!", "。", "？", "！", "..."}
CLOSERS = {'"', "'", "”", "’", ")", "]"}
_MARKS = frozenset(SENTENCE_END | CLOSERS)


class NumberMerger:
    """Join space-grouped thousands (``816 000``, ``1 234 567``) into one token."""

    def __call__(self, doc: Doc) -> Doc:
        """Merge each run of digit groups separated by single spaces."""
        columns = token_columns(doc)
        texts, spaces, n = columns.text, columns.whitespace, columns.n
        runs = []
        covered = 0  # tokens before ``covered`` are in a run already
        heads = [i for i in compress(range(len(texts)), map(" ".__eq__, spaces))  # where a run may start: 1 to 3
                 if texts[i][:1] in _DIGITS and GROUP_HEAD.match(texts[i])]  # digits and a space
        for i in heads:
            if i < covered:
                continue
            j = i
            while (
                j + 1 < n
                and spaces[j] == " "
                and GROUP_TAIL.match(texts[j + 1])
                and (j == i or "." not in texts[j])
            ):
                j += 1
            if j > i and not (i > 0 and texts[i - 1] in {"No.", "No", "Article", "Tel", "tel"}):
                runs.append((i, j + 1))
                covered = j + 1
        if runs:
            with doc.retokenize() as retokenizer:
                for start, end in runs:
                    retokenizer.merge(doc[start:end])
        return doc


class SentenceSegmenter:
    """Sentence boundaries as FORMAT §3 defines them: ``.``, ``?`` or ``!`` followed by white
    space, or a line break; not after an abbreviation token such as ``No.`` or ``U.S.``."""

    def __call__(self, doc: Doc) -> Doc:
        """Set the sentence starts of every token at once (linear in the document's length; setting
        ``token.is_sent_start`` one token at a time rescans the document on every call)."""
        if not len(doc):
            return doc
        columns = token_columns(doc)
        texts, spaces, is_space = columns.text, columns.whitespace, columns.space
        starts = numpy.full((len(doc), 1), -1, dtype="int64")
        starts[0, 0] = 1
        firsts = []  # the tokens :meth:`_ends_before` says a sentence starts at, its tests inlined
        n = len(doc)
        # a sentence starts only after a space token, a line break or an end mark or closer: the tests
        # below run on those tokens' successors only (the others never start one)
        after_mark = map(or_, map(or_, map(_MARKS.__contains__, texts), is_space), map(str.__contains__, spaces,
                                                                                     repeat("\n")))
        for i in compress(range(1, n + 1), after_mark):
            if i >= n:
                break
            if is_space[i - 1]:
                if "\n" in texts[i - 1] and not is_space[i]:
                    firsts.append(i)
                continue
            if "\n" in spaces[i - 1]:
                firsts.append(i)
                continue
            space = is_space[i]
            if space and "\n" not in texts[i] or not space and not spaces[i - 1]:
                continue
            before = texts[i - 1]
            if (before in SENTENCE_END or before in CLOSERS and i >= 2 and texts[i - 2] in SENTENCE_END) and not space:
                firsts.append(i)
        starts[firsts, 0] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))  # -1 (not a start) wraps, as spaCy stores it
        return doc

    @staticmethod
    def _ends_before(texts: list[str], spaces: list[str], is_space: list[bool], i: int) -> bool:
        if is_space[i - 1]:
            return "\n" in texts[i - 1] and not is_space[i]
        if "\n" in spaces[i - 1]:
            return True
        if not spaces[i - 1] and not is_space[i]:
            return False
        if is_space[i] and "\n" not in texts[i]:
            return False
        if texts[i - 1] in SENTENCE_END:
            return not is_space[i]
        if texts[i - 1] in CLOSERS and i >= 2 and texts[i - 2] in SENTENCE_END:
            return not is_space[i]
        return False


@Language.factory("relstats_number_merger", assigns=["token.text"])
def make_number_merger(nlp: Language, name: str) -> NumberMerger:
    """Factory of :class:`NumberMerger`."""
    return NumberMerger()


@Language.factory("relstats_sentences", assigns=["token.is_sent_start"])
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    """Factory of :class:`SentenceSegmenter`."""
    return SentenceSegmenter()
