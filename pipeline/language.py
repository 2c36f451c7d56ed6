"""Building and loading the relstats spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.components.categories  # noqa: F401  (registers factories)
import pipeline.components.lemmatizer  # noqa: F401
import pipeline.components.linker  # noqa: F401
import pipeline.components.metric_model  # noqa: F401
import pipeline.components.relation_model  # noqa: F401
import pipeline.components.quantities  # noqa: F401
import pipeline.components.segmentation  # noqa: F401
import pipeline.components.time_phrases  # noqa: F401
import pipeline.components.unit_resolver  # noqa: F401
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
    "relstats_units",
)


def rules_pipeline(syntax: str | Path | None = None, alternatives: bool = True) -> Language:
    """``spacy.blank("en")`` with the lookup lemmatizer (spaCy's, applied a document at a time:
    :mod:`pipeline.components.lemmatizer`), relstats' tokenizer and its rule components.

    With ``syntax`` (a directory such as ``models/en_ewt_syntax``), its tok2vec, tagger,
    morphologizer and parser are sourced in, frozen, after the sentence segmenter, so the rules
    can use POS tags and dependencies; the parser keeps relstats' sentence boundaries.
    ``alternatives=False``: the category finder proposes no alternative phrases after its choice
    (``with_alternatives``): they are candidates for a trained re-ranker only, scored below what the
    rule linker ever links, so without one the extraction is the same, found with less work.
    """
    register_extensions()
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "relstats.tokenizer.v1"}}})
    nlp.add_pipe("relstats_lemmatizer", name="lemmatizer", config={"mode": "lookup"})
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name, config={"with_alternatives": False} if name == "relstats_categories" and not alternatives
                     else {})
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


#: the package files whose content decides what a trained model sees and outputs; their hash is
#: recorded in a model's meta.json and checked when it is loaded
MODEL_CODE_DIRS = ("components", "data")
MODEL_CODE_FILES = ("extensions.py", "lexicon.py", "linear.py", "numbers.py", "periods.py", "phrases.py",
                    "relation_features.py", "tokenizer.py", "units.py")


class ModelError(RuntimeError):
    """A model that cannot be used: not found, damaged, or trained with other relstats code."""


def code_hash() -> str:
    """SHA-256 over the installed rule and component code and data (see ``MODEL_CODE_*``)."""
    import hashlib

    root = Path(__file__).resolve().parent
    files = [root / name for name in MODEL_CODE_FILES]
    for folder in MODEL_CODE_DIRS:
        files += [p for p in (root / folder).rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".jsonl")]
    digest = hashlib.sha256()
    for path in sorted(files):
        if path.exists():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def default_model_path() -> Path:
    """Where the default trained model is: ``$RELSTATS_MODEL``, the source tree's ``models/relstats``,
    or the copy a wheel installs under ``<prefix>/share/relstats/models/relstats``."""
    import os
    import sys

    tried = []
    if os.environ.get("RELSTATS_MODEL"):
        return Path(os.environ["RELSTATS_MODEL"])
    for candidate in (DEFAULT_MODEL, Path(sys.prefix) / "share" / "relstats" / "models" / "relstats"):
        if (candidate / "config.cfg").exists():
            return candidate
        tried.append(str(candidate))
    raise ModelError("no trained relstats model found (looked in " + ", ".join(tried) + "); set RELSTATS_MODEL, "
                     "pass a model directory, run `make train`, or choose the rules only explicitly "
                     "(pipeline.load(rules_only=True), --rules-only)")


def check_model(path: Path) -> None:
    """Fail unless ``path`` is a relstats model trained with the installed code."""
    import json

    if not (path / "config.cfg").is_file():
        raise ModelError(f"{path}: not a spaCy model directory (no config.cfg)")
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelError(f"{path / 'meta.json'}: cannot read the model's metadata ({err})") from None
    recorded = (meta.get("relstats") or {}).get("code_hash")
    if recorded is None:
        raise ModelError(f"{path / 'meta.json'}: no relstats code hash recorded; retrain with `make train`")
    if recorded != code_hash():
        raise ModelError(f"{path}: trained with other relstats rules or component code (model {recorded[:12]}, "
                         f"installed {code_hash()[:12]}); retrain with `make train`, or pass check=False to use it "
                         f"anyway")


def load(model: str | Path | None = None, rules_only: bool = False, syntax: str | Path | None = None,
         check: bool = True) -> Language:
    """The relstats pipeline.

    ``model=None`` loads the default trained model (:func:`default_model_path`); a path loads that
    model directory; ``rules_only=True`` builds the rules-only pipeline instead, the only way to get
    it. A model that is missing, damaged, or (with ``check``) trained with other rule or component
    code than the installed one raises :class:`ModelError` naming the path: never a silent fallback.
    The pipeline returned has already extracted one short sentence (:func:`warm_up`), so the first
    document costs no more than the next.
    """
    from pipeline.linear import WeightsError

    register_extensions()
    if rules_only:  # no trained re-ranker: no alternative categories for it
        return warm_up(rules_pipeline(syntax, alternatives=False))
    path = Path(model) if model is not None else default_model_path()
    if check:
        check_model(path)
    elif not (path / "config.cfg").is_file():
        raise ModelError(f"{path}: not a spaCy model directory (no config.cfg)")
    try:
        nlp = spacy.load(path)
    except WeightsError as err:
        raise ModelError(str(err)) from None
    if syntax is not None:
        add_syntax(nlp, syntax)
    return warm_up(nlp)


#: a short release sentence :func:`load` extracts once, so that what the components and libraries
#: prepare on first use (compiled patterns, word lists, lazily imported modules) is ready before
#: the first real document
WARM_UP_TEXT = "Exports rose 13.8 percent to 17.67 trillion yuan in May, up from 2.1% a year earlier."


def warm_up(nlp: Language) -> Language:
    """Extract :data:`WARM_UP_TEXT` with ``nlp`` once (the record is dropped), then hand what is
    allocated so far to Python's collector as long-lived (:func:`settle_gc`); return ``nlp``."""
    from pipeline import extract

    for _ in extract([WARM_UP_TEXT], nlp=nlp, raise_errors=True):
        pass
    settle_gc()
    return nlp


def settle_gc() -> None:
    """Collect the young garbage (the load's own leftovers: it finds them at no cost, where a full
    collection would walk everything), then move every object the process holds (the loaded
    pipeline, spaCy's and numpy's modules: about 100,000 containers) to the collector's permanent
    generation (``gc.freeze``), so the full collections that the documents' allocations trigger walk
    only what was made since: one walk of everything cost about 0.06 s, 4% of extracting 100
    releases. Reference counting still frees those objects when they are dropped; only a reference
    cycle among them would wait for ``gc.unfreeze()``. Worker processes forked later share the
    frozen objects without the collector touching their pages."""
    import gc

    gc.collect(1)
    gc.freeze()
