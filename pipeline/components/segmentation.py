"""Rule components that run first: space-grouped numbers joined, and FORMAT's sentence boundaries."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

GROUP_HEAD = re.compile(r"^[0-9]{1,3}$")
GROUP_TAIL = re.compile(r"^[0-9]{3}(?:\.[0-9]+)?$")
SENTENCE_END = {".", "?", "!", "。", "？", "！", "..."}
CLOSERS = {'"', "'", "”", "’", ")", "]"}


class NumberMerger:
    """Join space-grouped thousands (``816 000``, ``1 234 567``) into one token."""

    def __call__(self, doc: Doc) -> Doc:
        """Merge each run of digit groups separated by single spaces."""
        runs = []
        i = 0
        while i < len(doc):
            if GROUP_HEAD.match(doc[i].text) and doc[i].whitespace_ == " ":
                j = i
                while (
                    j + 1 < len(doc)
                    and doc[j].whitespace_ == " "
                    and GROUP_TAIL.match(doc[j + 1].text)
                    and (j == i or "." not in doc[j].text)
                ):
                    j += 1
                if j > i and not (i > 0 and doc[i - 1].text in {"No.", "No", "Article", "Tel", "tel"}):
                    runs.append((i, j + 1))
                    i = j + 1
                    continue
            i += 1
        if runs:
            with doc.retokenize() as retokenizer:
                for start, end in runs:
                    retokenizer.merge(doc[start:end])
        return doc


class SentenceSegmenter:
    """Sentence boundaries as FORMAT §3 defines them: ``.``, ``?`` or ``!`` followed by white
    space, or a line break; not after an abbreviation token such as ``No.`` or ``U.S.``."""

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on every token."""
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or self._ends_before(doc, i)
        return doc

    @staticmethod
    def _ends_before(doc: Doc, i: int) -> bool:
        prev = doc[i - 1]
        if prev.is_space:
            return "\n" in prev.text and not doc[i].is_space
        if "\n" in prev.whitespace_:
            return True
        if not prev.whitespace_ and not doc[i].is_space:
            return False
        if doc[i].is_space and "\n" not in doc[i].text:
            return False
        if prev.text in SENTENCE_END:
            return not doc[i].is_space
        if prev.text in CLOSERS and i >= 2 and doc[i - 2].text in SENTENCE_END:
            return not doc[i].is_space
        return False


@Language.factory("relstats_number_merger", assigns=["token.text"])
def make_number_merger(nlp: Language, name: str) -> NumberMerger:
    """Factory of :class:`NumberMerger`."""
    return NumberMerger()


@Language.factory("relstats_sentences", assigns=["token.is_sent_start"])
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    """Factory of :class:`SentenceSegmenter`."""
    return SentenceSegmenter()
