"""spaCy's lookup lemmatizer, applied to a whole document at once.

:class:`LookupLemmatizer` is spaCy's ``Lemmatizer`` (same settings, lookup tables, serialisation
and scorer) whose ``lookup`` mode reads the document's ORTH and LEMMA columns with one
``Doc.to_array``, looks each distinct word up once (and remembers it across documents: a lookup
lemma depends on the word's text alone) and writes the lemmas back with one ``Doc.from_array``,
instead of building a ``Token`` and calling ``lookup_lemmatize`` per token. The lemmas are those
of spaCy's loop: ``lemma_lookup[text]`` or the text itself, set where no lemma is set yet (or
everywhere with ``overwrite``). The other modes are spaCy's own.
"""

from __future__ import annotations

from typing import Callable, Optional

import numpy as np
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc

#: remembered lemmas per lemmatizer: at most this many words (a bound on memory for endless input)
CACHE_LIMIT = 500_000


class LookupLemmatizer(Lemmatizer):
    """spaCy's ``Lemmatizer``; in ``lookup`` mode a document's lemmas are read and written as arrays."""

    def __init__(self, vocab, model, name: str = "lemmatizer", *, mode: str = "lookup", overwrite: bool = False,
                 scorer: Optional[Callable] = lemmatizer_score) -> None:
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
        self._lemmas: dict[int, str] = {}  # ORTH -> lemma text
        self._table = None  # the lookup table the remembered lemmas came from

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "lookup":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self._lemmatize_arrays(doc)
            return doc
        except Exception as e:  # noqa: BLE001 (spaCy's error handler decides, as in Lemmatizer.__call__)
            error_handler(self.name, self, [doc], e)

    def _lemmatize_arrays(self, doc: Doc) -> None:
        table = self.lookups.get_table("lemma_lookup", {})
        if table is not self._table:  # new tables (initialize, from_disk): forget what they said
            self._lemmas, self._table = {}, table
        columns = doc.to_array([ORTH, LEMMA])
        orths, lemmas = columns[:, 0], columns[:, 1]
        todo = np.arange(len(doc)) if self.overwrite else np.flatnonzero(lemmas == 0)
        if not len(todo):
            return
        distinct, inverse = np.unique(orths[todo], return_inverse=True)
        known, strings = self._lemmas, self.vocab.strings
        found = []
        for orth in distinct.tolist():
            lemma = known.get(orth)
            if lemma is None:
                text = strings[orth]
                lemma = table.get(text, text)
                if not isinstance(lemma, str):
                    lemma = lemma[0]
                if len(known) < CACHE_LIMIT:
                    known[orth] = lemma
            found.append(strings.add(lemma))
        lemmas[todo] = np.array(found, dtype=np.uint64)[inverse.reshape(-1)]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


@Language.factory(
    "relstats_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "lookup", "overwrite": False,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool, scorer) -> LookupLemmatizer:
    """Factory of :class:`LookupLemmatizer` (the settings of spaCy's ``lemmatizer``)."""
    return LookupLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
