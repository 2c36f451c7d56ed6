"""Building and loading the relstats spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.components.categories  # noqa: F401  (registers factories)
import pipeline.components.linker  # noqa: F401
import pipeline.components.metric_model  # noqa: F401
import pipeline.components.relation_model  # noqa: F401
import pipeline.components.quantities  # noqa: F401
import pipeline.components.segmentation  # noqa: F401
import pipeline.components.time_phrases  # noqa: F401
from pipeline.extensions import register_extensions
from pipeline.tokenizer import build_tokenizer

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "relstats"
SYNTAX_MODEL = Path(__file__).resolve().parents[1] / "models" / "en_ewt_syntax"
SYNTAX_COMPONENTS = ("tok2vec", "tagger", "morphologizer", "parser")
RULE_COMPONENTS = (
    "relstats_number_merger",
    "relstats_sentences",
    "relstats_time_phrases",
    "relstats_quantities",
    "relstats_categories",
    "relstats_linker",
)


def rules_pipeline(syntax: str | Path | None = None) -> Language:
    """``spacy.blank("en")`` with the lookup lemmatizer, relstats' tokenizer and its rule components.

    With ``syntax`` (a directory such as ``models/en_ewt_syntax``), its tok2vec, tagger,
    morphologizer and parser are sourced in, frozen, after the sentence segmenter, so the rules
    can use POS tags and dependencies; the parser keeps relstats' sentence boundaries.
    """
    register_extensions()
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "relstats.tokenizer.v1"}}})
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    nlp.initialize()
    if syntax is not None:
        add_syntax(nlp, syntax)
    return nlp


def add_syntax(nlp: Language, syntax: str | Path) -> Language:
    """Source the syntax components of a trained model into ``nlp`` after ``relstats_sentences``."""
    path = Path(syntax)
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"{path}: no syntax model here (run `make syntax-model`)")
    source = spacy.load(path, exclude=["lemmatizer", "senter", "attribute_ruler"])
    after = "relstats_sentences"
    for name in SYNTAX_COMPONENTS:
        if name in source.pipe_names:
            nlp.add_pipe(name, source=source, after=after)
            after = name
    return nlp


def load(model: str | Path | None = None, rules_only: bool = False, syntax: str | Path | None = None) -> Language:
    """The relstats pipeline.

    ``model=None`` loads the trained model in ``models/relstats`` when it is present, else the
    rules-only pipeline; a path loads that model directory; ``rules_only=True`` ignores any model.
    """
    register_extensions()
    if rules_only:
        return rules_pipeline(syntax)
    if model is None:
        if (DEFAULT_MODEL / "config.cfg").exists():
            return spacy.load(DEFAULT_MODEL)
        return rules_pipeline(syntax)
    path = Path(model)
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"{path}: not a spaCy model directory (no config.cfg)")
    return spacy.load(path)
