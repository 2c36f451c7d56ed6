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
RULE_COMPONENTS = (
    "relstats_number_merger",
    "relstats_sentences",
    "relstats_time_phrases",
    "relstats_quantities",
    "relstats_categories",
    "relstats_linker",
)


def rules_pipeline() -> Language:
    """``spacy.blank("en")`` with the lookup lemmatizer, relstats' tokenizer and its rule components."""
    register_extensions()
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "relstats.tokenizer.v1"}}})
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp


def load(model: str | Path | None = None, rules_only: bool = False) -> Language:
    """The relstats pipeline.

    ``model=None`` loads the trained model in ``models/relstats`` when it is present, else the
    rules-only pipeline; a path loads that model directory; ``rules_only=True`` ignores any model.
    """
    register_extensions()
    if rules_only:
        return rules_pipeline()
    if model is None:
        if (DEFAULT_MODEL / "config.cfg").exists():
            return spacy.load(DEFAULT_MODEL)
        return rules_pipeline()
    path = Path(model)
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"{path}: not a spaCy model directory (no config.cfg)")
    return spacy.load(path)
