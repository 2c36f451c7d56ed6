"""The document-at-a-time lookup lemmatizer gives spaCy's lemmas, token for token."""

from __future__ import annotations

import pytest
from spacy.pipeline import Lemmatizer

import pipeline
from pipeline.components.lemmatizer import LookupLemmatizer

TEXTS = [
    "Exports rose 13.8 percent to 17.67 trillion yuan in May, up from 2.1% a year earlier.",
    "The children were running; mice ate 3 cheeses and the geese flew. Prices fell for the 2nd month.",
    "",
    "  \n\nUnemployment claims decreased by 12,000 to 230,000 in the week ending March 4 (seasonally adjusted).",
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(rules_only=True)


def spacy_lemmas(nlp, text: str, lemmatizer) -> list[str]:
    reference = Lemmatizer(nlp.vocab, None, mode="lookup", overwrite=lemmatizer.overwrite)
    reference.lookups = lemmatizer.lookups
    return [t.lemma_ for t in reference(nlp.make_doc(text))]


@pytest.mark.parametrize("text", TEXTS)
def test_same_lemmas_as_spacy(nlp, text):
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, LookupLemmatizer)
    doc = lemmatizer(nlp.make_doc(text))
    assert [t.lemma_ for t in doc] == spacy_lemmas(nlp, text, lemmatizer)
    again = lemmatizer(nlp.make_doc(text))  # remembered lemmas: the same
    assert [t.lemma_ for t in again] == [t.lemma_ for t in doc]


def test_set_lemmas_kept_unless_overwrite(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    text = "Exports rose sharply"
    expected = spacy_lemmas(nlp, text, lemmatizer)
    doc = nlp.make_doc(text)
    doc[1].lemma_ = "climb"
    lemmatizer(doc)
    assert [t.lemma_ for t in doc] == [expected[0], "climb", expected[2]]
    overwriting = LookupLemmatizer(nlp.vocab, None, mode="lookup", overwrite=True)
    overwriting.lookups = lemmatizer.lookups
    overwriting(doc)
    assert [t.lemma_ for t in doc] == expected
