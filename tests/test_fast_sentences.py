"""The sentence segmenter's inlined loop starts sentences where ``_ends_before`` says."""

from __future__ import annotations

import random

import pipeline
from pipeline.components.segmentation import SentenceSegmenter


def test_inlined_loop_matches_the_rule():
    nlp = pipeline.load(rules_only=True)
    rnd = random.Random(5)
    pieces = ["Exports", "rose", "5%", ".", "?", "!", ")", '"', "No.", "U.S.", "\n", "\n\n", " ", "...", "in", "May",
              "(", "”", "。", "x"]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", "\n", "  "]) for _ in range(rnd.randint(1, 30)))
        doc = nlp.make_doc(text)
        if not len(doc):
            continue
        SentenceSegmenter()(doc)
        texts = [t.text for t in doc]
        spaces = [t.whitespace_ for t in doc]
        is_space = [t.is_space for t in doc]
        expected = [True] + [SentenceSegmenter._ends_before(texts, spaces, is_space, i) for i in range(1, len(doc))]
        assert [bool(t.is_sent_start) for t in doc] == expected, text
