"""Candidate (head, child) pairs for each relation label, and the features a trained model scores.

For each QUANTITY the candidates are: CATEGORY — every noun phrase of its sentence
(:func:`pipeline.phrases.noun_phrase_inventory`) plus the rules' proposals and the trained span
component's CATEGORY spans; MODIFIES and PART_OF — the other quantities of its sentence and the one
before (for PART_OF, the whole may stand before or after its parts); BASELINE — the baselines of its sentence, the one before and heading lines; PERIOD — the
periods of its sentence.

Features (all documented here, so a reader can audit what the model sees):

- ``rule``: the rule step chose this pair; ``rule_cat:<how>``: how the rules proposed the phrase.
- ``order:<before|after>``, ``dist:<bucket>`` (tokens between), ``sents:<0|1|2+>``,
  ``clause``: no semicolon between; ``commas:<bucket>``, ``verbs:<bucket>``, ``figures:<bucket>``
  (quantities between), ``paren``: the child is in brackets next to the head.
- words between: ``between:<word>`` for cue words (respectively, of, which, including, among, to,
  from, than, compared, accounting, or, up, down, by, while, and); ``gap:<text>`` when the gap is
  at most three tokens.
- head: ``q_metric:<m>``, ``q_kind:<unit kind>``, ``q_counted``: a counted noun follows it.
- child quantity: ``c_metric:<m>``, ``same_unit``, ``same_kind``, ``c_modified``.
- child phrase: ``len:<bucket>``, ``first:<word>``, ``head_is_unit``: its head word is the head's
  count unit; ``adjacent``: it starts right after the figure (or after ``of``); ``subject``: it
  opens its clause and a verb follows; ``span_score``: the trained span component's score.
- conjunctions: ``<metric>&<order>``, ``<order>&<dist>``.

How (issue 12, fast by design): the token attributes a feature reads are numpy arrays built once
per document (``Doc.to_array``; each distinct string's flag bits and stem looked up once by its
hash, for every document), span attributes are read once per document (:func:`span_values`),
counts between two tokens are differences of prefix sums, the candidates of all quantities of a
document are arrays of token offsets (:class:`Pairs`, the noun-phrase inventories of all figure
sentences at once; a ``Span`` is built only for a decided child), and the features of all pairs of
all labels are computed column by column (:func:`document_features`: the columns every label has
once over all pairs, then each label's own), which linear models score in one gather and sum per
column. The names, values and per-pair order of the features are those of a dict built pair by
pair (``tests/test_relation_features_arrays.py`` holds that straightforward computation and
compares).
"""

from __future__ import annotations

import re
from math import isfinite
from bisect import bisect_left
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from pipeline import text_tables
from pipeline.extensions import (CANDIDATES_KEY, RELATIONS_KEY, THRESHOLDS_KEY, sentence_bounds, span_value, spans_of,
                                 text_of, token_columns)
from pipeline.lexicon import words
from pipeline.linear import FeatureBatch
from pipeline.phrases import (DETERMINERS, ed_form, state_adjective, RELATIVE_OPENERS, rate_time, SHARE_VERB_PASTS, end_before_time, no_lone_category,
                              noun_phrase_inventory, token_table, vocabulary)

LABELS = ("CATEGORY", "MODIFIES", "BASELINE", "PART_OF", "PERIOD")
#: candidate windows that keep the cost linear in long list-like sentences; in the annotated corpus
#: (143 releases) a modified figure or whole is at most 12 quantities away, a category at most 179
#: words, so no gold pair falls outside them (:func:`pipeline.training.relations.candidate_recall`
#: measures it: the same on every split with the windows as without)
FIGURE_WINDOW = 16
CATEGORY_WINDOW = 250
CUE_WORDS = {"respectively", "of", "which", "including", "among", "to", "from", "than", "compared", "accounting",
             "or", "up", "down", "by", "while", "and", "with", "at", "was", "were", "is", "are", "in"}
DIST_EDGES = (0, 1, 2, 3, 5, 8, 12, 20)


def bucket(n: int, edges=DIST_EDGES) -> str:
    """A coarse label for a count or distance."""
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def bucket_names(edges=DIST_EDGES) -> list[str]:
    """The labels of :func:`bucket`, in the order of :func:`bucket_codes`."""
    return [str(edge) for edge in edges] + [f">{edges[-1]}"]


def bucket_codes(n: np.ndarray, edges=DIST_EDGES) -> np.ndarray:
    """:func:`bucket` of each count, as positions in :func:`bucket_names` (integer counts read from
    a table of the codes between the first and the last edge, the same as the search)."""
    n = np.asarray(n)
    table = _bucket_table(edges) if n.dtype.kind == "i" and isinstance(edges, tuple) else None
    if table is None:
        return np.searchsorted(np.asarray(edges), n, side="left")
    return table.take(np.minimum(np.maximum(n, edges[0]), edges[-1] + 1) - edges[0])


@lru_cache(maxsize=64)
def _bucket_table(edges: tuple) -> np.ndarray | None:
    """``np.searchsorted(edges, v, side="left")`` of every integer ``v`` from the first edge to one
    past the last (below: the first code, above: the last), or None unless ``edges`` are ascending
    integers."""
    if not edges or not all(isinstance(e, int) for e in edges) or list(edges) != sorted(edges):
        return None
    return np.searchsorted(np.asarray(edges), np.arange(edges[0], edges[-1] + 2), side="left")


def _prefix(flags: np.ndarray) -> np.ndarray:
    """Prefix sums with a leading 0: the count of flagged tokens in ``[a, b)`` is ``p[b] - p[a]``."""
    out = np.zeros(len(flags) + 1, dtype=np.int64)
    np.cumsum(flags, out=out[1:])
    return out


def _member(keys: np.ndarray, sorted_keys: np.ndarray | None) -> np.ndarray:
    """Whether each key is one of ``sorted_keys``."""
    if sorted_keys is None or not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    found = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[found] == keys


def _count(prefix: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Flagged tokens in ``[start, end)`` for each pair (0 where the range is empty)."""
    return np.where(end > start, prefix[end] - prefix[start], 0)


class _Codes:
    """Strings to small integer codes (first seen, first coded)."""

    def __init__(self):
        self.names: list = []
        self.index: dict = {}

    def __call__(self, value) -> int:
        code = self.index.get(value)
        if code is None:
            code = self.index[value] = len(self.names)
            self.names.append(value)
        return code


def _stem(word: str) -> str:
    """The word without a final ``s`` (``re.sub(r"s$", "", word)``: an ``s`` before a final
    newline goes too); a word with no ``s`` among its last two characters is its own stem."""
    if "s" not in word[-2:]:
        return word
    return _stem_s(word)


@lru_cache(maxsize=1 << 16)
def _stem_s(word: str) -> str:
    return re.sub(r"s$", "", word)


#: per-string flags (bits), the same in every document: computed once per distinct string
_WORD_BITS: dict[str, int] = {}
#: each string seen, by its hash in spaCy's string store (a hash of the text, the same in every
#: vocabulary), with its flag bits and the id of its stem: a document's distinct words resolved
#: with one look-up each
_HASHED: dict[int, tuple[str, int, int]] = {}
#: an id for each stem seen (:func:`_stem` of a word)
_STEM_IDS: dict[str, int] = {}


def _word_facts(word: str) -> tuple[str, int, int]:
    """A word, its flag bits and the id of its stem."""
    stem = _stem(word)
    return word, _word_bits(word), _STEM_IDS.setdefault(stem, len(_STEM_IDS))
COMMA, SEMICOLON, BRACKET, CUE, CHANGE_PHRASE, TO_AT, OF, NUMBER, DETERMINER, CLAUSE_PUNCT, COLON, OPEN_PAREN, \
    CHANGE_NOUN, NO_LONE_CATEGORY, RELATIVE, PRONOUN = (1 << k for k in range(16))
#: personal pronouns: a phrase ending on one (``on a seasonally adjusted monthly basis it``) names nothing measured
PRONOUNS = frozenset({"it", "they", "them", "he", "she", "we"})


def _no_lone_category(word: str) -> bool:
    """A word that alone names nothing a figure measures (:func:`pipeline.phrases.no_lone_category`)."""
    return no_lone_category(word)


@lru_cache(maxsize=1)
def _change_words() -> frozenset:
    return words("change_up") | words("change_down")


@lru_cache(maxsize=1)
def _flagged_words() -> frozenset:
    """Every string a flag of :func:`_word_bits` tests for: any other string has no flag."""
    return frozenset((",", ";", "(", ")", "[", "]", ":", "to", "at", "of", "number", *RELATIVE_OPENERS, *PRONOUNS)) | CUE_WORDS | \
        _change_words() | CHANGE_PHRASE_WORDS | DETERMINERS | CHANGE_NOUN_WORDS | vocabulary("not_category_words") | \
        SHARE_VERB_PASTS


def _word_bits(word: str) -> int:
    if word not in _flagged_words() and not (word[-3:] == "ing" and _no_lone_category(word)):
        return 0  # most words, every number: no test below holds
    bits = _WORD_BITS.get(word)
    if bits is None:
        change = _change_words()
        tests = (word == ",", word == ";", word in ("(", ")", "[", "]"), word in CUE_WORDS,
                 word in change or word in CHANGE_PHRASE_WORDS, word in ("to", "at"), word == "of", word == "number",
                 word in DETERMINERS, word in (";", ",", ":"), word == ":", word == "(",
                 word in change or word in CHANGE_NOUN_WORDS, _no_lone_category(word), word in RELATIVE_OPENERS,
                 word in PRONOUNS)
        bits = _WORD_BITS[word] = sum(1 << k for k, test in enumerate(tests) if test)
    return bits


def span_values(doc: Doc, spans: list[Span], name: str, offsets: list[tuple[int, int]] | None = None) -> list:
    """``[span._.<name> for span in spans]`` without an ``Underscore`` object per span: spaCy keeps
    the value of a span extension declared with a default in ``doc.user_data`` under ``("._.",
    name, start_char, end_char)``, read here directly (an extension with a getter or a mutable
    default is read through ``span._``). ``offsets``: the spans' ``(start_char, end_char)`` when
    already read."""
    default, method, getter, _ = Span.get_extension(name)
    if method is not None or getter is not None or isinstance(default, (dict, list, set)):
        return [span._.get(name) for span in spans]
    data = doc.user_data
    if offsets is not None:
        return [data.get(("._.", name, start, end), default) for start, end in offsets]
    return [data.get(("._.", name, span.start_char, span.end_char), default) for span in spans]


class PairContext:
    """What the features of one document need, computed once: token attributes as arrays."""

    def __init__(self, doc: Doc, span_scores: dict | None = None):
        self.doc = doc
        self.text = text_of(doc) or ""  # None for an empty document
        self.quantities = spans_of(doc, "QUANTITY")
        self.baselines = spans_of(doc, "BASELINE")
        self.periods = spans_of(doc, "PERIOD")
        n = self.n = len(doc)
        # token strings: one hash array, each distinct string resolved once
        if n:
            hashes = doc.to_array([ORTH, LOWER]).reshape(-1)
            distinct, inverse = np.unique(hashes, return_inverse=True)
            known = list(map(_HASHED.get, distinct.tolist()))
            if None in known:
                strings = doc.vocab.strings
                for j, h in enumerate(distinct.tolist()):
                    if known[j] is None:
                        known[j] = _HASHED[h] = _word_facts(strings[h])
            self.words = [word for word, _, _ in known]  # every distinct text and lower form
            inverse = inverse.reshape(n, 2)
            self.text_code, self.lower_code = inverse[:, 0].copy(), inverse[:, 1].copy()
        else:
            known, self.words, self.text_code, self.lower_code = [], [], np.zeros(0, np.int64), np.zeros(0, np.int64)
        # each token's lower form and text: the document's token columns (the same strings, read once per
        # document and shared: never modified here)
        columns = token_columns(doc)
        self.lower: list[str] = columns.lower if n else []
        self.texts: list[str] = columns.text if n else []
        bits = np.array([b for _, b, _ in known], dtype=np.int64)
        self.word_stem = np.array([stem for _, _, stem in known], dtype=np.int64)
        self.text_bits, self.lower_bits = (bits[self.text_code], bits[self.lower_code]) if n else (bits, bits)
        self.sent_id = np.zeros(n, dtype=np.int64)
        starts, ends = sentence_bounds(doc)
        self.sent_start, self.sent_end = np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)
        for k, (start, end) in enumerate(zip(self.sent_start.tolist(), self.sent_end.tolist())):
            self.sent_id[start:end] = k
        # relations and candidates of the rule step, read from their rows (no views)
        self.quantity_starts = np.array([q.start for q in self.quantities], dtype=np.int64)  # sorted by spans_of
        self.quantity_ends = np.array([q.end for q in self.quantities], dtype=np.int64)
        self.quantity_position = {q: k for k, q in enumerate(zip(self.quantity_starts.tolist(),
                                                                  self.quantity_ends.tolist()))}
        # thresholds (``20 million yuan or more``, ``aged 65 and over``): bounds that define, never a modified figure
        written = {tuple(x) for x in doc.user_data.get(THRESHOLDS_KEY, ())}
        self.threshold = np.array([b in THRESHOLD_BOUNDS or (q.start, q.end) in written
                                   for q, b in zip(self.quantities, span_values(doc, self.quantities, "bound"))], dtype=bool)
        # ages (``children aged under 14 (+12.0%)``): an AMOUNT in years after ``aged`` is never the figure a change
        # modifies (a life expectancy in years may be)
        lower = token_table(doc).lower
        self.age = np.array([m == "AMOUNT" and u == "year" and ("aged" in lower[max(0, q.start - 3) : q.start] or
                                                              "ages" in lower[max(0, q.start - 3) : q.start])
                             for q, m, u in zip(self.quantities, span_values(doc, self.quantities, "metric"),
                                                span_values(doc, self.quantities, "unit"))], dtype=bool)
        # a quantity's id in pair keys: the position its offsets name (equal offsets, same id)
        self.quantity_id = np.array([self.quantity_position[q] for q in zip(self.quantity_starts.tolist(),
                                                                             self.quantity_ends.tolist())], np.int64)
        self.rule: dict[str, set[int]] = {}  # pair keys (:meth:`key`) of the rules' relations by label
        n1 = n + 1
        modified: set[tuple[int, int]] = set()
        for hs, he, _, cs, ce, _, label, _, _ in doc.user_data.get(RELATIONS_KEY, ()):
            head = self.quantity_position.get((hs, he))
            if head is not None:
                self.rule.setdefault(label, set()).add((head * n1 + cs) * n1 + ce)
            if label == "MODIFIES":
                modified.add((cs, ce))
        self.rule_category_how: dict[int, float] = {}
        #: the rule that proposed a pair as a figure's category (its ``how``), for the rules of RULE_HOWS
        self.rule_category_kind: dict[int, str] = {}
        #: the rules' CATEGORY proposals of each quantity, ``(start, end, label)``
        self.category_candidates: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        counted: set[tuple[int, int]] = set()
        for hs, he, _, cs, ce, cl, label, score, how in doc.user_data.get(CANDIDATES_KEY, ()):
            if label == "CATEGORY":
                self.category_candidates.setdefault((hs, he), []).append((cs, ce, cl))
                if how == "after":
                    counted.add((hs, he))
                head = self.quantity_position.get((hs, he))
                if head is not None:
                    key = (head * n1 + cs) * n1 + ce
                    self.rule_category_how[key] = max(self.rule_category_how.get(key, 0.0), score)
                    if score >= 0.7 and how in RULE_HOWS:
                        self.rule_category_kind.setdefault(key, how)
        self.span_scores = span_scores or {}
        self.scores_by_sentence: dict[int, list[tuple[int, int]]] = {}
        for start, end in self.span_scores:
            k = int(self.sent_id[start]) if 0 <= start < n else 0
            self.scores_by_sentence.setdefault(k, []).append((start, end))
        # quantity attributes, read once
        char_offsets = [(q.start_char, q.end_char) for q in self.quantities]
        attrs = list(zip(*(span_values(doc, self.quantities, name, char_offsets)
                           for name in ("metric", "unit_kind", "unit")))) if self.quantities else []
        metric_codes, kind_codes, unit_codes = _Codes(), _Codes(), _Codes()
        self.metrics = [m for m, _, _ in attrs]  # each quantity's ``_.metric``
        self.q_metric = np.array([metric_codes(m) for m in self.metrics], dtype=np.int64)  # raw (None kept)
        self.q_kind = np.array([kind_codes(k) for _, k, _ in attrs], dtype=np.int64)
        self.q_unit = np.array([unit_codes(u) for _, _, u in attrs], dtype=np.int64)
        self.metric_names, self.kind_names = metric_codes.names, kind_codes.names
        self.q_has_unit = np.array([bool(u) for _, _, u in attrs], dtype=bool)
        self.q_unit_stem = [_stem((u or "").split(" per ")[0]) if (u or "").split(" per ")[0] else None
                            for _, _, u in attrs]
        offsets = list(zip(self.quantity_starts.tolist(), self.quantity_ends.tolist()))
        self.q_counted = np.array([q in counted for q in offsets], dtype=bool)
        self.q_modified = np.array([q in modified for q in offsets], dtype=bool)
        values = span_values(doc, self.quantities, "value", char_offsets) if self.quantities else []
        self.q_value = np.array([(v if isfinite(v) else np.nan) if type(v) is float else  # (a float: its own value)
                                 float(v) if isinstance(v, (int, float)) and np.isfinite(v) else np.nan
                                 for v in values], dtype=np.float64)
        self.q_start_char = np.array([a for a, _ in char_offsets], dtype=np.int64)
        self.q_end_char = np.array([b for _, b in char_offsets], dtype=np.int64)
        self.baseline_starts = np.array([b.start for b in self.baselines], dtype=np.int64)
        self.baseline_ends = np.array([b.end for b in self.baselines], dtype=np.int64)
        self.period_starts = np.array([p.start for p in self.periods], dtype=np.int64)
        self.period_ends = np.array([p.end for p in self.periods], dtype=np.int64)
        in_time = np.zeros(n, dtype=bool)
        for start, end in zip(self.period_starts.tolist(), self.period_ends.tolist()):
            in_time[start:end] = True
        self.time_prefix = _prefix(in_time)  # tokens inside a time phrase: never part of a category
        #: the offsets of every period and baseline phrase: never a category (``the same quarter last year``)
        self.time_spans = set(zip(self.period_starts.tolist(), self.period_ends.tolist())) | \
            set(zip(self.baseline_starts.tolist(), self.baseline_ends.tolist()))
        # flags per distinct string, then per token
        self.verb_flags = self._verb_flags() if self.quantities else np.zeros(n, dtype=np.int64)  # no pairs: unread
        self.verbs = _prefix(self.verb_flags)
        self.commas = _prefix(self.text_in(COMMA))
        self.semicolons = _prefix(self.text_in(SEMICOLON))
        # the last relative clause opened after a comma (``, which``, ``, where``) at or before each token, in
        # its sentence (-1: none): a phrase inside one describes the subject before it (``The public sector,
        # which comprises educational services, health care ..., rose 0.5%``)
        comma = self.text_in(COMMA)
        opener = self.lower_in(RELATIVE) & np.append(False, comma[:-1]) if n else np.zeros(0, dtype=bool)
        last = np.where(opener, np.arange(n), -1)
        last = np.maximum.accumulate(last) if n else last
        self.relative_opener = np.where(last >= self.sent_start[self.sent_id], last, -1) if n else last
        self.figures = _prefix(np.bincount(self.quantity_starts, minlength=n)[:n])
        # cue words in the order they first occur (the order of their features in a pair's dict)
        codes = self.lower_code[self.lower_in(CUE)]
        codes = codes[np.sort(np.unique(codes, return_index=True)[1])]  # first occurrence first
        self.cue_prefix = np.zeros((len(codes), n + 1), dtype=np.int64)  # one row of prefix sums per cue word
        np.cumsum(self.lower_code[None, :] == codes[:, None], axis=1, out=self.cue_prefix[:, 1:])
        self.cues: dict[str, np.ndarray] = {self.words[c]: row for c, row in zip(codes.tolist(), self.cue_prefix)}
        self.respectively = self.cues.get("respectively")
        # the innermost open bracket enclosing each token (-1: none), found with one stack pass
        self.bracket = np.full(n, -1, dtype=np.int64)
        stack: list[int] = []
        current, done = -1, 0
        for i in np.flatnonzero(self.text_in(BRACKET)).tolist():
            self.bracket[done:i] = current
            if self.texts[i] in (")", "]") and stack:
                stack.pop()
            self.bracket[i] = stack[-1] if stack else -1
            if self.texts[i] in ("(", "["):
                stack.append(i)
            current, done = (stack[-1] if stack else -1), i + 1
        self.bracket[done:] = current
        self.rule_sorted = {label: np.sort(np.array(sorted(keys), dtype=self.key(0, 0, 0).dtype))
                            for label, keys in self.rule.items()}
        self.how_sorted = np.sort(np.array(sorted(self.rule_category_how), dtype=self.key(0, 0, 0).dtype))
        newlines = [m.start() for m in re.finditer("\n", self.text)]
        self.newlines = np.array(newlines, dtype=np.int64)
        self._stem_keys: np.ndarray | None = None  # (stem, token) keys, sorted (:meth:`has_unit_stem`)
        self._unit_stem: np.ndarray | None = None

    # -- token flags --------------------------------------------------------------------------
    def text_in(self, bit: int, pad: bool = False) -> np.ndarray:
        """Whether each token's text has the flag ``bit`` (``COMMA``, ...); ``pad``: with a False
        after the last token, for look-ups one past a span's end."""
        flags = (self.text_bits & bit) > 0
        return np.append(flags, False) if pad else flags

    def lower_in(self, bit: int, pad: bool = False) -> np.ndarray:
        """Whether each token's lower form has the flag ``bit`` (``CUE``, ``OF``, ...)."""
        flags = (self.lower_bits & bit) > 0
        return np.append(flags, False) if pad else flags

    def has_unit_stem(self, qk: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
        """For each pair, whether tokens ``[start, end)`` hold a word whose lower form, without a
        final ``s``, is the stem of quantity ``qk``'s count unit (``q_unit_stem``): two binary
        searches per pair in the sorted ``stem * (n + 1) + token`` keys of the document."""
        if self._stem_keys is None:
            self._stem_keys = np.sort(self.word_stem[self.lower_code] * (self.n + 1) + np.arange(self.n))
            self._unit_stem = np.array([-1 if s is None else _STEM_IDS.get(s, -1) for s in self.q_unit_stem],
                                       dtype=np.int64)
        stem = self._unit_stem[qk]
        base = stem * (self.n + 1)
        found = np.searchsorted(self._stem_keys, base + end) - np.searchsorted(self._stem_keys, base + start)
        return (stem >= 0) & (found > 0)

    def _verb_flags(self) -> np.ndarray:
        """:func:`pipeline.phrases.is_verb` of every token, from the document's token table
        (:func:`pipeline.phrases.token_table`, built once per document; the noun-phrase walks of
        the candidates read it too)."""
        return np.array(token_table(self.doc).verb, dtype=np.int64)

    # -- lookups ------------------------------------------------------------------------------
    def key(self, quantity, start, end):
        """One integer per ``(quantity id, child start, child end)``, for set look-ups of pairs."""
        n1 = self.n + 1
        if n1 ** 3 >= 2 ** 62:  # a document of over a million tokens: exact Python integers
            return (np.asarray(quantity, dtype=object) * n1 + start) * n1 + end
        return (np.asarray(quantity, dtype=np.int64) * n1 + start) * n1 + end

    def sentence_of(self, span) -> int:
        return int(self.sent_id[span.start]) if 0 <= span.start < self.n else 0

    def phrases(self, sentences: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict]:
        """The noun-phrase inventories of ``sentences`` (ascending), one after the other: starts,
        ends, whether the phrase is of change words only (all its words change words or
        ``CHANGE_PHRASE_WORDS``, one a change word or a ``CHANGE_NOUN_WORDS``), where each
        sentence's phrases begin (``first[i]``, and the end in ``first[-1]``), and each phrase's
        position by offsets."""
        found = [noun_phrase_inventory(self.doc, int(self.sent_start[k]), int(self.sent_end[k])) for k in sentences]
        first = np.cumsum([0] + [len(phrases) for phrases in found])
        flat = [phrase for phrases in found for phrase in phrases]
        starts = np.array([p[0] for p in flat], dtype=np.int64)
        ends = np.array([p[1] for p in flat], dtype=np.int64)
        words_in = _count(_prefix(self.lower_in(CHANGE_PHRASE)), starts, ends)
        change_only = (words_in == ends - starts) & (_count(_prefix(self.lower_in(CHANGE_NOUN)), starts, ends) > 0)
        position = dict(zip(zip(starts.tolist(), ends.tolist()), range(len(flat))))
        return starts, ends, change_only, first, position


#: the category rules whose choice is a feature of its own (``rule_how:<how>``)
RULE_HOWS = frozenset(("object", "apposition", "parenthesis", "predicate", "group-part", "label", "placed", "heading",
                       "of", "destination"))

#: words that, with change words, make a phrase that names a change and not what changed (``the
#: largest decrease``, ``a small gain``): never a category
CHANGE_NOUN_WORDS = vocabulary("change_nouns")  # the word list the category finder uses too
CHANGE_PHRASE_WORDS = CHANGE_NOUN_WORDS | DETERMINERS | frozenset((
    "largest", "biggest", "smallest", "sharpest", "steepest", "strongest", "weakest", "highest", "lowest",
    "small", "slight", "modest", "marginal", "further", "large", "big", "sharp", "steep", "strong", "significant",
    "annual", "monthly", "quarterly", "overall"))


def _ranges(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ranges ``[starts[i], ends[i])``: the owner ``i`` and the value of each element."""
    lengths = np.maximum(ends - starts, 0)
    owner = np.repeat(np.arange(len(starts)), lengths)
    offsets = np.cumsum(lengths) - lengths
    return owner, np.arange(int(lengths.sum())) - np.repeat(offsets - starts, lengths)


class Pairs:
    """The candidate pairs of one label in a document, in the order quantity by quantity:
    ``qk`` the quantity's position, ``cs``/``ce`` the child's token offsets, ``child`` its
    position among the document's spans of its kind (quantities, baselines, periods), or for a
    CATEGORY a rule's proposal, ``spans[child]`` = ``(start, end, label)`` (-1: a phrase)."""

    def __init__(self, label: str, qk, cs, ce, child, spans: list | None = None):
        self.label = label
        self.qk, self.cs, self.ce, self.child = qk, cs, ce, child
        self.spans = spans

    def __len__(self) -> int:
        return len(self.qk)

    def span(self, ctx: PairContext, row: int) -> Span:
        """The child of pair ``row`` as a ``Span``."""
        child = int(self.child[row])
        if self.label in ("MODIFIES", "PART_OF"):
            return ctx.quantities[child]
        if self.label == "BASELINE":
            return ctx.baselines[child]
        if self.label == "PERIOD":
            return ctx.periods[child]
        if child >= 0:
            start, end, label = self.spans[child]
            return Span(ctx.doc, start, end, label=label)
        return Span(ctx.doc, int(self.cs[row]), int(self.ce[row]), label="CATEGORY")

    def of(self, k: int) -> range:
        """The rows of quantity ``k``."""
        return range(int(np.searchsorted(self.qk, k, "left")), int(np.searchsorted(self.qk, k, "right")))


def _sorted_pairs(label, qk_parts, cs_parts, ce_parts, child_parts, spans=None) -> Pairs:
    """Concatenate parts and order them by quantity, keeping each quantity's children in the order
    the parts were given (a stable sort)."""
    qk, cs, ce, child = (np.concatenate(p) if p else np.zeros(0, np.int64)
                         for p in (qk_parts, cs_parts, ce_parts, child_parts))
    order = np.argsort(qk, kind="stable")
    return Pairs(label, qk[order].astype(np.int64), cs[order].astype(np.int64), ce[order].astype(np.int64),
                 child[order].astype(np.int64), spans)


#: the bounds of a threshold
THRESHOLD_BOUNDS = (">=", "<=")


def is_threshold(quantity) -> bool:
    """Whether a QUANTITY is a threshold that defines what is counted (``enterprises with an annual revenue of
    20 million yuan or more``, ``people aged 65 and over``: bound ``>=`` or ``<=``), which no change modifies:
    none of the 37 such figures of the corpus is a MODIFIES target (C13-6)."""
    if span_value(quantity, "bound") in THRESHOLD_BOUNDS:
        return not bounded_subject(quantity)
    return [quantity.start, quantity.end] in quantity.doc.user_data.get(THRESHOLDS_KEY, ())


def bounded_subject(quantity) -> bool:
    """Whether a figure with ``at least`` opens its clause (``At least 8,565 migrants died``, ``..., at least 57 were
    serving``): a statistic stated as a floor, not a threshold inside what is counted (C47-19)."""
    doc, k = quantity.doc, quantity.start
    if span_value(quantity, "bound") not in THRESHOLD_BOUNDS or k < 2 or doc[k - 2].lower_ != "at" or \
            doc[k - 1].lower_ != "least":
        return False
    return k == 2 or doc[k - 3].is_sent_start or doc[k - 3].text in (",", ";", ":", "\n", "\n\n") or \
        doc[k - 3].is_space or doc[k - 3].lower_ in ("and", "but", "while", "whereas")


def candidate_pairs(ctx: PairContext, labels=LABELS) -> dict[str, Pairs]:
    """The candidate children of every quantity for each label in ``labels``."""
    nq = len(ctx.quantities)
    qs, qe = ctx.quantity_starts, ctx.quantity_ends
    q_sent = ctx.sent_id[qs] if nq else np.zeros(0, np.int64)
    sent_start = ctx.sent_start[q_sent] if nq else np.zeros(0, np.int64)
    sent_end = ctx.sent_end[q_sent] if nq else np.zeros(0, np.int64)
    scope_start = np.where(q_sent > 0, ctx.sent_start[np.maximum(q_sent - 1, 0)] if nq else 0, sent_start)
    out: dict[str, Pairs] = {}
    if "CATEGORY" in labels:
        out["CATEGORY"] = _category_pairs(ctx, q_sent)
    if "MODIFIES" in labels or "PART_OF" in labels:
        # the quantities starting in the scope, within FIGURE_WINDOW positions of the figure's own
        position = np.array([ctx.quantity_position[(s, e)] for s, e in zip(qs.tolist(), qe.tolist())], np.int64)
        lo = np.maximum(np.maximum(0, position - FIGURE_WINDOW), np.searchsorted(qs, scope_start, "left"))
        hi = np.minimum(position + FIGURE_WINDOW + 1, np.searchsorted(qs, sent_end, "left"))
        owner, other = _ranges(lo, hi)
        keep = ~((qs[other] == qs[owner]) & (qe[other] == qe[owner]))
        owner, other = owner[keep], other[keep]
        if "MODIFIES" in labels:
            target = ~ctx.threshold[other] & ~ctx.age[other]  # a threshold or an age is no figure a change modifies
            # a cell of a text table's row changes figures of its own row only (``Europe   6.1   5.9`` is no change of
            # the row above's last cell, C29-19)
            line, table_row = _quantity_lines(ctx)
            target &= ~(table_row[owner] & (line[owner] != line[other]))
            out["MODIFIES"] = Pairs("MODIFIES", owner[target], qs[other[target]], qe[other[target]], other[target])
        if "PART_OF" in labels:
            # two figures in brackets of their own are items of one list (``Iranians (3,371), Turks
            # (3,040)``), never a part and its whole (no gold pair of the corpus is)
            q_bracket, c_bracket = ctx.bracket[qs[owner]], ctx.bracket[qs[other]]
            whole = ~((q_bracket >= 0) & (c_bracket >= 0) & (q_bracket != c_bracket))
            out["PART_OF"] = Pairs("PART_OF", owner[whole], qs[other[whole]], qe[other[whole]], other[whole])
    if "BASELINE" in labels:
        out["BASELINE"] = _baseline_pairs(ctx, scope_start, sent_end)
    if "PERIOD" in labels:
        owner, child = _ranges(np.searchsorted(ctx.period_starts, sent_start, "left"),
                               np.searchsorted(ctx.period_starts, sent_end, "left"))
        out["PERIOD"] = Pairs("PERIOD", owner, ctx.period_starts[child], ctx.period_ends[child], child)
    return out


def _quantity_lines(ctx: PairContext) -> tuple[np.ndarray, np.ndarray]:
    """Per quantity: the index of its line, and whether that line is a row of a text table (cells between bars, tabs
    or aligned spaces)."""
    text = text_of(ctx.doc)
    breaks = np.array([m.start() for m in re.finditer("\n", text)], dtype=np.int64)
    starts = np.array([q.start_char for q in ctx.quantities], dtype=np.int64)
    line = np.searchsorted(breaks, starts, "left")
    rows = {}
    table_row = np.zeros(len(starts), dtype=bool)
    for k, (a, n) in enumerate(zip(starts.tolist(), line.tolist())):
        if n not in rows:
            lo, hi = text_tables.line_bounds(text, a)
            rows[n] = len(text_tables.cells(text[lo:hi])) >= 3
        table_row[k] = rows[n]
    return line, table_row


def source_starts(lower: list) -> set[int]:
    """Where a phrase naming a figure's source starts: after ``according to`` or ``as <participle> by``, past an
    article (``as measured by the Focus survey``); such a phrase is no category (GUIDELINES C20-9)."""
    found = set()
    for k, word in enumerate(lower):
        if word == "to" and k >= 1 and lower[k - 1] == "according" or \
                word == "by" and k >= 2 and lower[k - 2] == "as" and lower[k - 1].endswith("ed"):
            m = k + 1
            found.add(m)
            while m < len(lower) and lower[m] in ("the", "a", "an", "its", "their"):
                m += 1
                found.add(m)
    return found


def _participles(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """Per token (and one past the end): whether it is a past participle (in ``-ed`` or irregular), and whether it is
    a word that never heads a counted noun (``inland``, ``abroad``)."""
    irregular, not_counted = vocabulary("irregular_participles"), vocabulary("not_counted_nouns")
    lower = token_table(doc).lower
    return (np.array([ed_form(w) or w in irregular for w in lower] + [False], dtype=bool),
            np.array([w in not_counted for w in lower] + [False], dtype=bool))


def _category_pairs(ctx: PairContext, q_sent: np.ndarray) -> Pairs:
    """Every noun phrase of the figure's sentence (not overlapping it, within CATEGORY_WINDOW, not
    of change words only: ``Increases`` names no thing a figure counts), then the rules'
    proposals, then the span component's phrases of the sentence, each phrase once."""
    qs, qe = ctx.quantity_starts, ctx.quantity_ends
    sentences = np.unique(q_sent)
    starts, ends, change_only, first, position = ctx.phrases(sentences.tolist())
    slot = np.searchsorted(sentences, q_sent)  # each figure's sentence among ``sentences``
    owner, phrase = _ranges(first[slot], first[slot + 1])  # each figure with each phrase of its sentence
    a, b, s, e = qs[owner], qe[owner], starts[phrase], ends[phrase]
    keep = ~(((s <= a) & (a < e)) | ((s < b) & (b <= e)) | (s > b + CATEGORY_WINDOW) | (e < a - CATEGORY_WINDOW)
             | change_only[phrase])
    # a phrase inside a bracket the figure stands after and outside (``Clothing sales volumes (the total of
    # menswear, womenswear and footwear stores) fell by 2.1%``): a gloss or an aside, never what is measured
    inner = ctx.bracket[s]
    keep &= ~((inner >= 0) & (inner != ctx.bracket[a]) & (e <= a))
    keep &= ~((e - s == 1) & ctx.lower_in(NO_LONE_CATEGORY)[s])  # ``moving``, ``fallen``, ``Some``
    # a participle right after the figure, alone or with an adverb of place (``461 screened inland``): what happened to
    # the counted things, never what they are (C29-11)
    participle, not_counted = _participles(ctx.doc)
    keep &= ~((s == b) & participle[s] & ((e - s == 1) | ((e - s == 2) & not_counted[s + 1])))
    # a state after a copula right after the figure (``of which 17 were serious``): no name of the counted things (C40-30)
    low_ = token_table(ctx.doc).lower
    texts_ = token_table(ctx.doc).text
    keep &= ~np.fromiter(((e_ - s_ == 1 and s_ == b_ + 1 and low_[b_] in ("was", "were", "is", "are") and
                           state_adjective(texts_[s_])) for s_, e_, b_ in zip(s.tolist(), e.tolist(), b.tolist())),
                         dtype=bool, count=len(s))
    keep &= ~ctx.lower_in(PRONOUN)[e - 1]  # ``a seasonally adjusted monthly basis it``: a pronoun ends no category
    low = token_table(ctx.doc).lower
    keep &= ~np.fromiter((rate_time(low, a, b) for a, b in zip(s.tolist(), e.tolist())), dtype=bool, count=len(s))
    # (``an average of 3.36 million a day``: the figure's rate, no category, C38-36)
    sources = source_starts(token_table(ctx.doc).lower)
    if sources:  # ``, as measured by the quarterly employer poll,``: where a figure comes from (C20-9)
        keep &= ~np.isin(s, np.fromiter(sources, dtype=s.dtype))
    if ctx.time_spans:  # a baseline phrase is no category either (``the same quarter last year``)
        width = len(ctx.doc) + 1
        keep &= ~np.isin(s * width + e, np.fromiter((a * width + b for a, b in ctx.time_spans), dtype=np.int64))
    in_time = ctx.time_prefix
    timed = keep & (_count(in_time, s, e) > 0)  # a time phrase is never part of a category
    keep &= ~timed
    pair_first = np.cumsum(first[slot + 1] - first[slot]) - (first[slot + 1] - first[slot])  # a figure's first pair
    extra: tuple[list, list, list, list] = ([], [], [], [])
    cut_before_time: dict[int, list[tuple[int, int]]] = {}  # ``GDP in the third quarter`` -> ``GDP``
    lower = token_table(ctx.doc).lower
    for row in np.flatnonzero(timed & (in_time[s + 1] == in_time[s])).tolist():
        start = int(s[row])
        first_time = start + 1
        while in_time[first_time + 1] == in_time[first_time]:
            first_time += 1
        cut = end_before_time(lower, start, first_time)
        if cut > start:
            cut_before_time.setdefault(int(owner[row]), []).append((start, cut))
    spans: list[tuple[int, int, str]] = []
    for m, (start, end) in enumerate(zip(qs.tolist(), qe.tolist())):
        k = int(q_sent[m])
        proposed = ctx.category_candidates.get((start, end), ())
        scored = ctx.scores_by_sentence.get(k, [])
        trimmed = cut_before_time.get(m, ())
        if not proposed and not scored and not trimmed:
            continue
        lo, hi, row = int(first[slot[m]]), int(first[slot[m] + 1]), int(pair_first[m])

        def kept(offsets) -> bool:  # a phrase of the figure's sentence, already a candidate
            j = position.get(offsets)
            return j is not None and lo <= j < hi and bool(keep[row + j - lo])

        seen = set()
        for cs, ce, label in proposed:
            if (cs, ce) not in seen and not kept((cs, ce)) and (cs, ce) not in ctx.time_spans and \
                    not _names_a_change(lower, cs, ce):
                seen.add((cs, ce))
                for part, value in zip(extra, (m, cs, ce, len(spans))):
                    part.append(value)
                spans.append((cs, ce, label))
        for cs, ce in trimmed:
            if (cs, ce) not in seen and not kept((cs, ce)):
                seen.add((cs, ce))
                for part, value in zip(extra, (m, cs, ce, -1)):
                    part.append(value)
        sent_end = int(ctx.sent_end[k])
        for cs, ce in scored:
            if ce <= sent_end and (cs, ce) not in seen and not kept((cs, ce)) and not (cs <= start < ce) and \
                    not ctx.time_prefix[ce] - ctx.time_prefix[cs] and (cs, ce) not in ctx.time_spans and \
                    not _names_a_change(lower, cs, ce):
                seen.add((cs, ce))
                for part, value in zip(extra, (m, cs, ce, -1)):
                    part.append(value)
    parts = ([owner[keep]], [s[keep]], [e[keep]], [np.full(int(keep.sum()), -1)])
    for part, values in zip(parts, extra):
        part.append(np.array(values, dtype=np.int64))
    return _sorted_pairs("CATEGORY", *parts, spans=spans)


def _names_a_change(lower: list, start: int, end: int) -> bool:
    """Whether the phrase ``start..end`` only names a change (``not a statistically significant change``): all its
    words change words or :data:`CHANGE_PHRASE_WORDS`, one a change noun."""
    words_ = lower[start:end]
    return len(words_) > 2 and any(w in _JUDGED for w in words_) and \
        all(w in CHANGE_PHRASE_WORDS or w in _JUDGED for w in words_) and any(w in CHANGE_NOUN_WORDS for w in words_)


#: words judging a change (a change so judged is a predicate, never what is measured; ``growth`` alone may be)
_JUDGED = frozenset(("not", "no", "statistically", "significant", "notable", "marked", "noticeable"))


def same_block(text: str, start: int, end: int) -> bool:
    """Whether characters ``start`` and ``end`` stand in one block of lines: no blank line between,
    or only the blank lines (white space only) after a line that introduces the block with a colon
    (``Main figures (changes on 2021):``, then a blank line and the list). The linker's heading
    baselines and the trained step's baseline pairs both ask here."""
    cut = text.find("\n\n", start, end)
    if cut < 0:
        return True
    k = cut
    while k > start and text[k - 1] in " \t\r\n":
        k -= 1
    if k == start or text[k - 1] != ":":
        return False
    k = cut
    while k < end and text[k] in " \t\r\n":
        k += 1
    return text.find("\n\n", k, end) < 0


def _baseline_pairs(ctx: PairContext, scope_start: np.ndarray, sent_end: np.ndarray) -> Pairs:
    """Baselines of the sentence and the one before, after a heading line's baseline: the last
    baselines before the figure's paragraph line when no blank line lies between."""
    starts, ends = ctx.baseline_starts, ctx.baseline_ends
    first = np.searchsorted(starts, scope_start, "left")
    heading: tuple[list, list] = ([], [])
    if len(starts):
        text, newlines = ctx.text, ctx.newlines.tolist()
        for k, (before, q_char) in enumerate(zip(first.tolist(), ctx.q_start_char.tolist())):
            found = []
            for j in range(before - 1, -1, -1):
                b_end = ctx.baselines[j].end_char
                if bisect_left(newlines, q_char) - bisect_left(newlines, b_end) <= 0:
                    continue  # no newline between
                if not same_block(text, b_end, q_char):
                    break
                found.append(j)
            heading[0].extend([k] * len(found))
            heading[1].extend(reversed(found))
    owner, child = _ranges(first, np.searchsorted(starts, sent_end, "left"))
    child = np.concatenate([np.array(heading[1], dtype=np.int64), child])
    owner = np.concatenate([np.array(heading[0], dtype=np.int64), owner])
    return _sorted_pairs("BASELINE", [owner], [starts[child]], [ends[child]], [child])


ORDERS = ("before", "after")
DIST_NAMES = tuple(f"dist:{b}" for b in bucket_names())
SENTS_NAMES = ("sents:0", "sents:1", "sents:2")
COUNT_EDGES = {"commas": (0, 1, 2, 4), "verbs": (0, 1, 2), "figures": (0, 1, 2, 4)}
COUNT_NAMES = {name: tuple(f"{name}:{b}" for b in bucket_names(edges)) for name, edges in COUNT_EDGES.items()}
BRACKET_EDGES = (0, 1, 3, 8)
BRACKET_NAMES = ("bracket:same", *(f"bracket:head_in&gap:{b}" for b in bucket_names(BRACKET_EDGES)),
                 *(f"bracket:child_in&gap:{b}" for b in bucket_names(BRACKET_EDGES)))
ORDER_DIST_EDGES = (0, 2, 5, 12)
ORDER_DIST_NAMES = tuple(f"{o}&dist:{b}" for o in ORDERS for b in bucket_names(ORDER_DIST_EDGES))
LEN_EDGES = (1, 2, 3, 5, 8, 12)
LABEL_NAMES = ("label::", "label:(")
ORDER_NAMES = ("order:before", "order:after")
LEN_NAMES = tuple(f"len:{b}" for b in bucket_names(LEN_EDGES))
#: one-feature columns: constant names, so a model looks their columns up once
FLAGS = {name: (name,) for name in ("bias", "rule", "rule_share_of", "clause", "respectively_after", "q_counted", "same_unit",
                                    "same_kind", "c_modified", "to_level", "c_larger", "both_bracketed", "det", "head_is_unit", "adjacent",
                                    "opens_clause", "subject", "number_of", "span_score", "contains_figure",
                                    "other_line", "in_relative", *(f"between:{w}" for w in sorted(CUE_WORDS)))}


def pair_features(ctx: PairContext, pairs: Pairs) -> FeatureBatch:
    """The features of every pair of one label (names and values of the module docstring), one
    column of codes per feature or family of exclusive features, in the order a pair's dict had."""
    return features_by_label(ctx, {pairs.label: pairs})[pairs.label]


class DocumentFeatures:
    """The features of every candidate pair of a document, all labels together: the pairs of each
    label in turn (``labels``, in the order of the candidates given; label ``labels[j]`` owns rows
    ``bounds[j]:bounds[j + 1]``). ``common`` holds the columns every pair has (``bias``, ``rule`` and
    the shared ones, over all rows) and ``own[label]`` the label's own columns (over its rows): a
    pair's features are its common columns, then its label's own, in the order of a pair's dict."""

    def __init__(self, labels: list[str], bounds: list[int], common: FeatureBatch, own: dict[str, FeatureBatch]):
        self.labels, self.bounds, self.common, self.own = labels, bounds, common, own

    def rows(self, label: str) -> slice:
        j = self.labels.index(label)
        return slice(self.bounds[j], self.bounds[j + 1])

    def label_index(self) -> np.ndarray:
        """The position in ``labels`` of each row's label."""
        return np.repeat(np.arange(len(self.labels)), np.diff(self.bounds))

    def batch(self, label: str) -> FeatureBatch:
        """The features of one label's pairs as one :class:`FeatureBatch`."""
        rows = self.rows(label)
        out = FeatureBatch(rows.stop - rows.start)
        out.columns = [(codes[rows], names, None if values is None else values[rows])
                       for codes, names, values in self.common.columns] + self.own[label].columns
        return out


def features_by_label(ctx: PairContext, candidates: dict[str, Pairs]) -> dict[str, FeatureBatch]:
    """:func:`pair_features` of each label's pairs (:func:`document_features`, split by label)."""
    features = document_features(ctx, candidates)
    return {label: features.batch(label) if len(pairs) else FeatureBatch(0) for label, pairs in candidates.items()}


def document_features(ctx: PairContext, candidates: dict[str, Pairs]) -> DocumentFeatures:
    """The features of the pairs of every label (labels without pairs left out); the features
    every label shares are computed once, over the pairs of all labels together."""
    parts = [(label, pairs) for label, pairs in candidates.items() if len(pairs)]
    bounds = np.cumsum([0] + [len(pairs) for _, pairs in parts]).tolist()
    if not parts:
        return DocumentFeatures([], bounds, FeatureBatch(0), {})
    qk, cs, ce = (np.concatenate([getattr(pairs, name) for _, pairs in parts]) for name in ("qk", "cs", "ce"))
    common = FeatureBatch(len(qk))
    common.flag(np.ones(len(qk), dtype=bool), FLAGS["bias"])
    keys = ctx.key(ctx.quantity_id[qk], cs, ce)
    common.flag(np.concatenate([_member(keys[begin:end], ctx.rule_sorted.get(label))
                                for (label, _), begin, end in zip(parts, bounds, bounds[1:])]), FLAGS["rule"])
    shared = _shared_features(ctx, qk, cs, ce, common)
    shared["keys"] = keys
    own = {}
    for (label, pairs), begin, end in zip(parts, bounds, bounds[1:]):
        own[label] = FeatureBatch(len(pairs))
        _label_features(ctx, pairs, own[label], {name: array[begin:end] for name, array in shared.items()})
    return DocumentFeatures([label for label, _ in parts], bounds, common, own)


def _shared_features(ctx: PairContext, qk, cs, ce, batch: FeatureBatch) -> dict[str, np.ndarray]:
    """The columns every label has after ``bias`` and ``rule``, into ``batch``; returns the arrays
    the label's own features read again."""
    n = ctx.n
    qs, qe = ctx.quantity_starts[qk], ctx.quantity_ends[qk]
    before = ce <= qs
    gap_start, gap_end = np.where(before, ce, qe), np.where(before, qs, cs)
    distance = np.maximum(0, gap_end - gap_start)
    order = (~before).astype(np.int64)
    batch.add(order, ORDER_NAMES)
    batch.add(bucket_codes(distance), DIST_NAMES)
    q_sent = ctx.sent_id[qs]
    batch.add(np.minimum(np.abs(q_sent - ctx.sent_id[cs]), 2), SENTS_NAMES)
    batch.flag(_count(ctx.semicolons, gap_start, gap_end) == 0, FLAGS["clause"])
    for name, prefix in (("commas", ctx.commas), ("verbs", ctx.verbs), ("figures", ctx.figures)):
        batch.add(bucket_codes(_count(prefix, gap_start, gap_end), COUNT_EDGES[name]), COUNT_NAMES[name])
    if ctx.cues:
        cues = (ctx.cue_prefix.take(gap_end, axis=1) > ctx.cue_prefix.take(gap_start, axis=1)) & (gap_end > gap_start)
        for word, between in zip(ctx.cues, cues):
            batch.flag(between, FLAGS[f"between:{word}"])
    # the gap's words when at most three: one integer per word sequence, a name per distinct one
    small = np.flatnonzero(distance <= 3)
    a, length = gap_start[small], distance[small]
    w = len(ctx.words) + 1
    lower = np.append(ctx.lower_code, -1) + 1  # one past the last token: no word
    key = length
    for j in range(3):
        key = key * w + np.where(j < length, lower[np.minimum(a + j, n)], 0)
    _, first, codes = np.unique(key, return_index=True, return_inverse=True)
    batch.add_rows(small, codes.reshape(-1), ["gap:" + " ".join(ctx.lower[a_i:a_i + length_i])
                                              for a_i, length_i in zip(a[first].tolist(), length[first].tolist())])
    if ctx.respectively is not None:
        batch.flag(_count(ctx.respectively, qe, ctx.sent_end[q_sent]) > 0, FLAGS["respectively_after"])
    q_bracket, c_bracket = ctx.bracket[qs], ctx.bracket[cs]
    same = (q_bracket >= 0) & (q_bracket == c_bracket)
    head_in = ~same & (q_bracket >= 0) & before & (ce <= q_bracket) & (c_bracket != q_bracket)
    child_in = ~same & ~head_in & (c_bracket >= 0) & ~before & (qe <= c_bracket) & (q_bracket != c_bracket)
    buckets = len(BRACKET_EDGES) + 1
    batch.add(np.where(same, 0, np.where(head_in, 1 + bucket_codes(q_bracket - ce, BRACKET_EDGES), np.where(
        child_in, 1 + buckets + bucket_codes(c_bracket - qe, BRACKET_EDGES), -1))), BRACKET_NAMES)
    q_metric = [m or "NONE" for m in ctx.metric_names]
    batch.add(ctx.q_metric[qk], [f"q_metric:{m}" for m in q_metric])
    batch.add(ctx.q_kind[qk], [f"q_kind:{k}" for k in ctx.kind_names])
    batch.flag(ctx.q_counted[qk], FLAGS["q_counted"])
    batch.add(ctx.q_metric[qk] * 2 + order, [f"{m}&{o}" for m in q_metric for o in ORDERS])
    batch.add(order * (len(ORDER_DIST_EDGES) + 1) + bucket_codes(distance, ORDER_DIST_EDGES), ORDER_DIST_NAMES)
    return {"before": before, "gap_start": gap_start, "gap_end": gap_end}


def _label_features(ctx: PairContext, pairs: Pairs, batch: FeatureBatch, shared: dict[str, np.ndarray]) -> None:
    """The columns of one label's own features (after the shared ones), into ``batch``."""
    own = {"MODIFIES": _figure_features, "PART_OF": _figure_features, "CATEGORY": _category_features,
           "BASELINE": _baseline_features}.get(pairs.label)
    if own is not None:
        own(ctx, pairs, batch, shared)


def _figure_features(ctx: PairContext, pairs: Pairs, batch: FeatureBatch, shared: dict[str, np.ndarray]) -> None:
    """The own features of a MODIFIES or PART_OF pair (the child is a quantity)."""
    qk, ck = pairs.qk, pairs.child
    before, gap_start, gap_end = shared["before"], shared["gap_start"], shared["gap_end"]
    q_metric = [m or "NONE" for m in ctx.metric_names]
    c_metric = ctx.metric_names
    batch.add(ctx.q_metric[ck], [f"c_metric:{m}" for m in c_metric])
    batch.add(ctx.q_metric[qk] * len(c_metric) + ctx.q_metric[ck], [f"{m}>{c}" for m in q_metric for c in c_metric])
    batch.flag(ctx.q_has_unit[ck] & (ctx.q_unit[ck] == ctx.q_unit[qk]), FLAGS["same_unit"])
    batch.flag(ctx.q_kind[ck] == ctx.q_kind[qk], FLAGS["same_kind"])
    batch.flag(ctx.q_modified[ck], FLAGS["c_modified"])
    batch.flag((gap_end > gap_start) & ctx.lower_in(TO_AT, pad=True)[gap_end - 1] & ~before, FLAGS["to_level"])
    # a whole is larger than its part; a level than its change (compared only where the values are known)
    with np.errstate(invalid="ignore"):
        batch.flag(ctx.q_value[ck] > ctx.q_value[qk], FLAGS["c_larger"])
    # two bracketed figures of a list (``China (61,780), India (35,410)``): items side by side
    q_bracket, c_bracket = ctx.bracket[ctx.quantity_starts[qk]], ctx.bracket[ctx.quantity_starts[ck]]
    batch.flag((q_bracket >= 0) & (c_bracket >= 0) & (q_bracket != c_bracket), FLAGS["both_bracketed"])


def _category_features(ctx: PairContext, pairs: Pairs, batch: FeatureBatch, shared: dict[str, np.ndarray]) -> None:
    """The own features of a CATEGORY pair (the child is a phrase)."""
    n, qk, cs, ce = ctx.n, pairs.qk, pairs.cs, pairs.ce
    qe = ctx.quantity_ends[qk]
    keys, before = shared["keys"], shared["before"]
    batch.add(bucket_codes(ce - cs, LEN_EDGES), LEN_NAMES)
    first, codes = np.unique(ctx.lower_code[cs], return_inverse=True)
    batch.add(codes.reshape(-1), [f"first:{ctx.words[w]}" for w in first.tolist()])
    batch.flag(ctx.lower_in(DETERMINER)[cs], FLAGS["det"])
    rows = np.flatnonzero(_member(keys, ctx.how_sorted))
    scores = _Codes()
    batch.add_rows(rows, [scores(f"rule_score:{ctx.rule_category_how[k]:.2f}") for k in keys[rows].tolist()],
                   scores.names)
    # D-11: the rules' counted phrase after a share's ``of`` (a share that is its clause's subject)
    share = ctx.metric_names.index("SHARE") if "SHARE" in ctx.metric_names else -1
    share_of = [row for row, k in zip(rows.tolist(), keys[rows].tolist())
                if ctx.rule_category_how[k] >= 0.9 and ctx.q_metric[qk[row]] == share]
    batch.add_rows(share_of, 0, FLAGS["rule_share_of"])
    kinds = _Codes()  # which rule proposed the phrase: the model learns how far to trust each
    kind_rows = [row for row, k in zip(rows.tolist(), keys[rows].tolist()) if k in ctx.rule_category_kind]
    batch.add_rows(kind_rows, [kinds(f"rule_how:{ctx.rule_category_kind[k]}") for k in keys[kind_rows].tolist()],
                   kinds.names)
    batch.flag(ctx.has_unit_stem(qk, cs, ce), FLAGS["head_is_unit"])
    batch.flag(~before & ((cs == qe) | ((cs == qe + 1) & ctx.lower_in(OF, pad=True)[qe])), FLAGS["adjacent"])
    batch.flag((cs == ctx.sent_start[ctx.sent_id[cs]]) | ctx.text_in(CLAUSE_PUNCT)[cs - 1], FLAGS["opens_clause"])
    batch.flag(np.append(ctx.verb_flags, 0)[ce] > 0, FLAGS["subject"])
    batch.add(np.where(ctx.text_in(COLON, pad=True)[ce], 0, np.where(ctx.text_in(OPEN_PAREN, pad=True)[ce], 1, -1)),
              LABEL_NAMES)
    number = ctx.lower_in(NUMBER, pad=True)
    batch.flag(number[cs] | ((ce - cs >= 2) & number[np.minimum(cs + 1, n)]), FLAGS["number_of"])
    if ctx.span_scores:
        found = [(row, ctx.span_scores.get((s, e))) for row, (s, e) in enumerate(zip(cs.tolist(), ce.tolist()))]
        found = [(row, round(float(score), 3)) for row, score in found if score is not None]
        batch.add_rows([row for row, _ in found], 0, FLAGS["span_score"], [score for _, score in found])
    batch.flag(_count(ctx.figures, cs, ce) > 0, FLAGS["contains_figure"])
    # a phrase inside a relative clause (``, which ...``) that closes with a comma before the figure (C13-8)
    qs = ctx.quantity_starts[qk]
    batch.flag(before & (ctx.relative_opener[cs] >= 0) & (_count(ctx.commas, ce, qs) > 0), FLAGS["in_relative"])


def _baseline_features(ctx: PairContext, pairs: Pairs, batch: FeatureBatch, shared: dict[str, np.ndarray]) -> None:
    """The own features of a BASELINE pair."""
    qk, bk = pairs.qk, pairs.child
    types = _Codes()
    type_codes = np.array([types(f"btype:{t}") for t in span_values(ctx.doc, ctx.baselines, "baseline_type")],
                          dtype=np.int64)
    batch.add(type_codes[bk], types.names)
    c_start_char = np.array([b.start_char for b in ctx.baselines], dtype=np.int64)[bk]
    c_end_char = np.array([b.end_char for b in ctx.baselines], dtype=np.int64)[bk]
    a = np.minimum(c_end_char, ctx.q_start_char[qk])
    b = np.maximum(c_start_char, ctx.q_end_char[qk])
    lines = np.searchsorted(ctx.newlines, b, "left") - np.searchsorted(ctx.newlines, a, "left")
    batch.flag((b > a) & (lines > 0), FLAGS["other_line"])
