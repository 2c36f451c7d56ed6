"""Custom attributes relstats sets on spaCy objects, declared once.

Spans live in ``doc.spans["relstats"]`` with labels QUANTITY, CATEGORY, BASELINE and PERIOD and
their attributes on ``Span._``; relations in ``doc.user_data`` as plain rows of token offsets and
labels, seen through ``doc._.relations`` as :class:`Relation` views. Everything is plain data, so a
processed ``Doc`` survives ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(n_process=N)``.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span, SpanGroup, Token

SPAN_KEY = "relstats"

SPAN_EXTENSIONS = {
    "value": None,        # QUANTITY: scaled magnitude
    "value_max": None,    # QUANTITY: upper end of a range
    "bound": "=",         # QUANTITY: = ~ > >= < <=
    "unit": None,         # QUANTITY: canonical unit
    "unit_kind": None,    # QUANTITY: percent, currency, measure, count, ...
    "metric": None,       # QUANTITY: COUNT AMOUNT MONEY SHARE CHANGE
    "direction": None,    # QUANTITY (CHANGE): up / down
    "baseline_type": None,  # BASELINE: yoy mom qoq year other
    "baseline_year": None,  # BASELINE: the year when type is "year"
    "date_from": None,    # PERIOD: ISO date
    "date_to": None,      # PERIOD: ISO date
    "score": None,        # confidence of the component that proposed the span
    "source": None,       # which component proposed it ("rules", "model")
    "unit_dimension": None,  # QUANTITY: what the unit measures (length, mass, money, ...)
    "si_value": None,     # QUANTITY: the value in SI units, where the unit has one
    "si_unit": None,      # QUANTITY: the SI unit of si_value (meter, kilogram, joule, ...)
}
_DEFAULTS = dict(SPAN_EXTENSIONS)
DOC_EXTENSIONS = {
    "release_date": None,  # ISO date of the release (meta.date), anchors relative periods
    "country": None,      # ISO 3166 code of the publisher's country (meta.country): what a bare $ means
}
#: ``doc.user_data`` keys holding relstats' links as plain data (token offsets, labels, scores), so
#: that ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=N)`` carry them
RELATIONS_KEY = "relstats.relations"
CANDIDATES_KEY = "relstats.candidates"
#: ``[start, end]`` of the quantities a bound written after them makes thresholds (``20 million yuan or more``,
#: ``27 weeks or more``): their ``bound`` stays ``=`` (GUIDELINES D-4), and no change modifies them (C13-6)
THRESHOLDS_KEY = "relstats.thresholds"


@dataclass
class Relation:
    """A directed link between two spans of ``doc.spans["relstats"]``.

    A view: the document stores ``(head start, head end, head label, child start, child end, child
    label, label, score, how)`` tuples; ``how`` says how a candidate was proposed (for example
    ``"counted"`` for the noun a figure counts), never encoded in the score.
    """

    head: Span
    child: Span
    label: str
    score: float = 1.0
    how: str = ""

    def as_row(self) -> list:
        return [self.head.start, self.head.end, self.head.label_, self.child.start, self.child.end,
                self.child.label_, self.label, float(self.score), self.how]


#: views of the last few documents: they hold Spans, hence their Doc, so the cache is bounded (a
#: WeakKeyDictionary would never drop a Doc that its own value refers to, and leaked every Doc)
_VIEWS: "OrderedDict[int, tuple[Doc, dict]]" = OrderedDict()
_VIEWS_KEPT = 4


def _cache_of(doc: Doc) -> dict:
    """The per-document cache of views (kept for the last few documents only)."""
    last = _LAST_VIEWS[0]
    if last is not None and last[0] is doc:
        return last[1]  # the document being worked on, already the most recent entry
    entry = _VIEWS.get(id(doc))
    if entry is None or entry[0] is not doc:
        entry = _VIEWS[id(doc)] = (doc, {})
        while len(_VIEWS) > _VIEWS_KEPT:
            _VIEWS.popitem(last=False)
    else:
        _VIEWS.move_to_end(id(doc))
    _LAST_VIEWS[0] = entry
    return entry[1]


#: the entry of :data:`_VIEWS` handed out last (its Doc is held there, so its id is not reused)
_LAST_VIEWS: list = [None]


def _views(doc: Doc, key: str) -> list[Relation]:
    """Relation views over the rows stored under ``key`` (built once per version of the rows)."""
    rows = doc.user_data.get(key, ())
    cache = _cache_of(doc)
    hit = cache.get(key)
    if hit is not None and hit[0] is rows and hit[1] == len(rows):
        return list(hit[2])
    lists = _span_lists(doc)
    # the spans of the group stand for themselves (equal spans: the same start, end and label)
    spans: dict[tuple, Span] = dict(lists.by_key) if lists is not None else {}

    def span(start, end, label):
        if (start, end, label) not in spans:
            spans[start, end, label] = Span(doc, start, end, label=label)
        return spans[start, end, label]

    out = [Relation(span(hs, he, hl), span(cs, ce, cl), label, score, how)
           for hs, he, hl, cs, ce, cl, label, score, how in rows]
    cache[key] = (rows, len(rows), out)
    return list(out)


def _get_relations(doc: Doc) -> list[Relation]:
    return _views(doc, RELATIONS_KEY)


def _set_relations(doc: Doc, relations) -> None:
    doc.user_data[RELATIONS_KEY] = [r.as_row() for r in relations or ()]


def _get_candidates(doc: Doc) -> list[Relation]:
    return _views(doc, CANDIDATES_KEY)


def _set_candidates(doc: Doc, candidates) -> None:
    doc.user_data[CANDIDATES_KEY] = [r.as_row() for r in candidates or ()]


_PLAIN_SPAN_VALUES: list = []  # [whether span_value may read doc.user_data], found on first use


def plain_span_values() -> bool:
    """Whether every relstats span attribute is a plain value that spaCy keeps in ``doc.user_data``
    under ``("._.", name, start_char, end_char)`` (spaCy 3's ``Underscore``, no getter, setter or
    method, the default declared here), so it may be read and written there directly: a probe
    document says, once."""
    global _READ_DIRECTLY
    if not _PLAIN_SPAN_VALUES:
        from spacy.tokens.underscore import Underscore
        from spacy.vocab import Vocab

        plain = all(tuple(Underscore.span_extensions.get(name, ())) == (default, None, None, None)
                    for name, default in SPAN_EXTENSIONS.items())
        if plain:
            doc = Doc(Vocab(), words=["a", "b", "c"], spaces=[True, True, False])
            span = Span(doc, 1, 3, label="QUANTITY")
            for k, name in enumerate(SPAN_EXTENSIONS):
                setattr(span._, name, k)
            expected = {("._.", name, 2, 5): k for k, name in enumerate(SPAN_EXTENSIONS)}
            plain = doc.user_data == expected and list(doc.user_data) == list(expected)
        _PLAIN_SPAN_VALUES.append(plain)
        _READ_DIRECTLY = plain
    return _PLAIN_SPAN_VALUES[0]


def span_value(span: Span, name: str):
    """``span._.<name>`` for a relstats span attribute (:data:`SPAN_EXTENSIONS`), read where spaCy
    keeps it, without building an ``Underscore`` per read (see :func:`plain_span_values`)."""
    if _READ_DIRECTLY:
        return span.doc.user_data.get(("._.", name, span.start_char, span.end_char), _DEFAULTS[name])
    if not plain_span_values():
        return getattr(span._, name)
    return span_value(span, name)


#: :func:`plain_span_values` once it has answered (False before): one global read says in :func:`span_value`
_READ_DIRECTLY = False


def span_values_of(spans: list[Span], name: str) -> list:
    """``[span_value(span, name) for span in spans]`` for spans of one document, with one check of
    where the values are kept (:func:`plain_span_values`) for the whole list."""
    if not spans:
        return []
    if not plain_span_values():
        return [getattr(span._, name) for span in spans]
    data, default = spans[0].doc.user_data, _DEFAULTS[name]
    return [data.get(("._.", name, span.start_char, span.end_char), default) for span in spans]


def set_span_value(span: Span, name: str, value) -> None:
    """``span._.<name> = value`` for a relstats span attribute, stored where spaCy keeps it without
    building an ``Underscore`` (see :func:`plain_span_values`)."""
    if plain_span_values():
        span.doc.user_data[("._.", name, span.start_char, span.end_char)] = value
    else:
        setattr(span._, name, value)


def register_extensions() -> None:
    """Declare every relstats attribute (idempotent)."""
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", getter=_get_relations, setter=_set_relations)
    if not Doc.has_extension("candidates"):
        Doc.set_extension("candidates", getter=_get_candidates, setter=_set_candidates)


def relations_of(doc: Doc) -> list[Relation]:
    """The document's decided relations (views over ``doc.user_data``; set them with
    ``doc._.relations = [...]``)."""
    return _views(doc, RELATIONS_KEY)


def candidates_of(doc: Doc) -> list[Relation]:
    """The document's scored candidate relations, the proposals the linker and the trained
    re-ranker choose from."""
    return _views(doc, CANDIDATES_KEY)


def add_candidate(doc: Doc, head: Span, child: Span, label: str, score: float, how: str = "") -> None:
    """Record one candidate relation (the row :meth:`Relation.as_row` gives, without the view)."""
    doc.user_data.setdefault(CANDIDATES_KEY, []).append(
        [head.start, head.end, head.label_, child.start, child.end, child.label_, label, float(score), how])


class _SpanLists:
    """One version of the relstats span group read as lists: its spans in the group's order
    (``inserted``), in text order (``ordered``, by start and end character, the group's order among
    equals), by label in text order (``by_label``), by ``(start, end, label)`` (``by_key``), and the
    token starts of each label's spans; each is built when first asked for."""

    __slots__ = ("group", "length", "inserted", "_ordered", "_by_label", "_by_key", "starts")

    def __init__(self, group: SpanGroup, inserted: list[Span]):
        self.group, self.length, self.inserted = group, len(group), inserted
        self._ordered: list[Span] | None = None
        self._by_label: dict[str, list[Span]] | None = None
        self._by_key: dict[tuple, Span] | None = None
        self.starts: dict[str, list[int]] = {}

    @property
    def by_key(self) -> dict[tuple, Span]:
        """The spans by ``(start, end, label)`` (the first of equal spans)."""
        if self._by_key is None:
            self._by_key = {}
            for span in self.inserted:
                self._by_key.setdefault((span.start, span.end, span.label_), span)
        return self._by_key

    @property
    def ordered(self) -> list[Span]:
        if self._ordered is None:
            self._ordered = sorted(self.inserted, key=lambda s: (s.start_char, s.end_char))
        return self._ordered

    @property
    def by_label(self) -> dict[str, list[Span]]:
        if self._by_label is None:
            self._by_label = {}
            for span in self.ordered:
                self._by_label.setdefault(span.label_, []).append(span)
        return self._by_label


def span_group(doc: Doc) -> SpanGroup | None:
    """``doc.spans["relstats"]``, or None when the document has no such group: read from the dict
    that spaCy's ``SpanGroups`` (a ``UserDict``) keeps, without its Python-level ``in`` and ``[]``."""
    groups = doc.spans
    data = getattr(groups, "data", None)
    if data is None:
        return groups[SPAN_KEY] if SPAN_KEY in groups else None
    return data.get(SPAN_KEY)


def _span_lists(doc: Doc) -> _SpanLists | None:
    """The :class:`_SpanLists` of the current relstats span group (None: no group), read once per
    version of the group (components replace or extend it; the group is held in the cache, so its
    id cannot be reused while cached)."""
    group = span_group(doc)
    if group is None:
        return None
    cache = _cache_of(doc)
    hit = cache.get("spans")
    if hit is None or hit.group is not group or hit.length != len(group):
        hit = cache["spans"] = _SpanLists(group, list(group))
    return hit


def spans_of(doc: Doc, label: str | None = None) -> list[Span]:
    """The relstats spans of ``doc`` (of one label if given), in text order."""
    lists = _span_lists(doc)
    if lists is None:
        return []
    return list(lists.ordered if label is None else lists.by_label.get(label, ()))


def group_spans(doc: Doc) -> list[Span]:
    """The relstats spans of ``doc`` in the order of their group (``list(doc.spans["relstats"])``),
    without reading the group again when :func:`set_spans` wrote it."""
    lists = _span_lists(doc)
    return [] if lists is None else list(lists.inserted)


def set_spans(doc: Doc, spans: list[Span]) -> None:
    """Make ``spans`` (in this order) the relstats span group of ``doc``, and remember them as
    :func:`spans_of` and :func:`group_spans` would read them back from the new group (equal spans in
    the same order), so the next reader does not build a ``Span`` for every member again."""
    group = doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
    _cache_of(doc)["spans"] = _SpanLists(group, list(spans))


def doc_cache(doc: Doc) -> dict:
    """A scratch dictionary for values derived from ``doc`` (kept for the last few documents only,
    never stored in the ``Doc``); key entries by what they depend on (``len(doc)``, a span group).
    Values that hold no ``Doc``, ``Span`` or ``Token`` belong in :func:`token_cache`."""
    return _cache_of(doc)


#: plain per-document values (lists of words and flags, token indices: never a Doc, Span or Token),
#: by ``id(doc)``, with a weak reference to their Doc that removes them when the Doc is freed
_TOKEN_DATA: dict[int, tuple[weakref.ref, dict]] = {}


def token_cache(doc: Doc) -> dict:
    """A scratch dictionary for plain values derived from the tokens of ``doc`` (token tables, sorted
    token indices: never the ``Doc``, a ``Span`` or a ``Token``, which would keep the Doc alive).
    It lasts until :func:`release_token_cache` or until the Doc is freed, however many documents are
    in flight (``nlp.pipe`` runs each component over a whole batch); key entries by ``len(doc)``."""
    last = _LAST_TOKEN_DATA[0]
    if last is not None and last[0] is doc:
        return last[1]  # the document being worked on
    key = id(doc)
    entry = _TOKEN_DATA.get(key)
    if entry is None or entry[0]() is not doc:

        def forget(ref: weakref.ref, key: int = key) -> None:
            current = _TOKEN_DATA.get(key)
            if current is not None and current[0] is ref:
                del _TOKEN_DATA[key]

        entry = _TOKEN_DATA[key] = (weakref.ref(doc, forget), {})
    _LAST_TOKEN_DATA[0] = (doc, entry[1])
    return entry[1]


#: the Doc :func:`token_cache` answered for last, with its dictionary (the Doc is held, so its id
#: is not reused while here)
_LAST_TOKEN_DATA: list = [None]


def release_token_cache(doc: Doc) -> None:
    """Drop what :func:`token_cache` holds for ``doc`` (the last component calls it, so the tables of
    documents a caller keeps do not stay in memory)."""
    entry = _TOKEN_DATA.get(id(doc))
    if entry is not None and entry[0]() is doc:
        del _TOKEN_DATA[id(doc)]
    if _LAST_TOKEN_DATA[0] is not None and _LAST_TOKEN_DATA[0][0] is doc:
        _LAST_TOKEN_DATA[0] = None


def span_starts(doc: Doc, label: str) -> tuple[list[int], list[Span]]:
    """The token starts and the relstats spans of one label, in text order, as :func:`spans_of`
    orders them; built once per version of the span group and not copied (do not modify them)."""
    lists = _span_lists(doc)
    if lists is None:
        return [], []
    spans = lists.by_label.get(label)
    if spans is None:
        spans = lists.by_label[label] = []
    if label not in lists.starts:
        lists.starts[label] = [s.start for s in spans]
    return lists.starts[label], spans


#: per vocabulary language and ORTH id: the lexeme's (text, lower form, is_punct, is_alpha, is_space)
_LEXEME_VALUES: dict[str, dict[int, tuple]] = {}


#: a token's ``whitespace_`` by its SPACY value
_WHITESPACE = ("", " ")


class TokenColumns:
    """The lexical values of a document's tokens as plain lists indexed like the document
    (``text[k]`` is ``doc[k].text``, ``whitespace[k]`` its ``whitespace_``; ``punct``, ``alpha``,
    ``space``: ``is_punct``, ``is_alpha``, ``is_space``), read with one ``Doc.to_array`` and one
    look-up per distinct word, without creating a ``Token``. The lists are shared by every reader:
    never modify them."""

    __slots__ = ("n", "orths", "text", "lower", "whitespace", "punct", "alpha", "space")

    def __init__(self, doc: Doc):
        self.n = n = len(doc)
        if not n:
            self.orths, self.text, self.lower, self.whitespace = [], [], [], []
            self.punct, self.alpha, self.space = [], [], []
            return
        array = doc.to_array([ORTH, SPACY])
        self.orths = orths = array[:, 0].tolist()
        known = _LEXEME_VALUES.setdefault(doc.vocab.lang, {})
        get = known.get
        rows = list(map(get, orths))
        if None in rows:  # words not seen before: their lexeme's values, read once
            vocab = doc.vocab
            for k, row in enumerate(rows):
                if row is None:
                    row = known.get(orths[k])
                    if row is None:
                        lexeme = vocab[orths[k]]
                        row = (lexeme.orth_, lexeme.lower_, lexeme.is_punct, lexeme.is_alpha, lexeme.is_space)
                        if len(known) < 1_000_000:
                            known[orths[k]] = row
                    rows[k] = row
        self.text, self.lower, self.punct, self.alpha, self.space = columns_of(rows, 5)
        self.whitespace = list(map(_WHITESPACE.__getitem__, array[:, 1].tolist()))  # SPACY is 0 or 1

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        end = min(end, self.n)
        if end <= start:
            return ""
        text, whitespace = self.text, self.whitespace
        return "".join([text[k] + whitespace[k] for k in range(start, end - 1)]) + text[end - 1]


def columns_of(rows: list[tuple], count: int) -> list[list]:
    """The first ``count`` columns of ``rows`` (tuples of one length), each as a list: one C-level
    pass per column (``zip(*rows)`` passes every row as an argument, slower on a document's tokens)."""
    return [list(map(itemgetter(j), rows)) for j in range(count)]


def token_columns(doc: Doc) -> TokenColumns:
    """The :class:`TokenColumns` of ``doc``, read once per document (and per length: a retokenised
    document is read again)."""
    cache = token_cache(doc)
    hit = cache.get("token_columns")
    if hit is None or hit.n != len(doc):
        hit = cache["token_columns"] = TokenColumns(doc)
    return hit


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per document (``doc.text`` joins every token on each call); ``""``
    for an empty document. :func:`pipeline.runner.make_doc` stores the text it tokenised, so a
    document made there is never joined again."""
    cached = doc.user_data.get("relstats_text")
    last = _LAST_TEXT[0]
    if last is not None and last[0] is doc and last[1] is cached:
        return cached  # checked against this document's tokens already
    if not len(doc):
        return ""
    if cached is None or len(cached) != doc[-1].idx + len(doc[-1].text_with_ws):
        cached = doc.user_data["relstats_text"] = doc.text
    _LAST_TEXT[0] = (doc, cached)
    return cached


#: the document :func:`text_of` checked last, with its text (the Doc is held, so its id is not
#: reused while here; a Doc's text never changes, retokenised or not)
_LAST_TEXT: list = [None]


def remember_text(doc: Doc, text: str) -> None:
    """Record ``text`` as the text of ``doc`` for :func:`text_of` (``doc`` must be the tokenisation
    of ``text``, which spaCy keeps character for character)."""
    if text:
        doc.user_data["relstats_text"] = text


def sent_of(obj, i: int | None = None) -> Span:
    """The sentence of a span or token (``sent_of(span)``), or of token ``i`` (``sent_of(doc, i)``).

    Same as ``.sent``, but the sentence boundaries are indexed once per document, which matters
    when every component asks for them many times.
    """
    doc = obj if i is not None else obj.doc
    index = i if i is not None else (obj.i if isinstance(obj, Token) else obj.start)
    starts, ends = sentence_bounds(doc)
    k = max(0, bisect_right(starts, index) - 1)
    return doc[starts[k] : ends[k]]


class Bounds(NamedTuple):
    """A sentence's first token and end."""

    start: int
    end: int


def sentence_range(doc: Doc, i: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence of token ``i``: the bounds of ``sent_of(doc, i)`` without
    building its ``Span`` (``Bounds(*sentence_range(doc, i))`` names them)."""
    cached = doc.user_data.get("relstats_sentences")  # sentence_bounds, without a call when indexed
    if cached is None or cached[0] != len(doc):
        cached = (None, *sentence_bounds(doc))
    starts = cached[1]
    k = bisect_right(starts, i) - 1
    if k < 0:
        k = 0
    return starts[k], cached[2][k]


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The first token and the end of every sentence, indexed once per document (an empty
    document has one empty sentence)."""
    cache = doc.user_data.get("relstats_sentences")
    if cache is None or cache[0] != len(doc):
        bounds = [(s.start, s.end) for s in doc.sents] if len(doc) else [(0, 0)]
        cache = (len(doc), [b[0] for b in bounds], [b[1] for b in bounds])
        doc.user_data["relstats_sentences"] = cache
    return cache[1], cache[2]


register_extensions()
