"""relstats: statistics from press releases, as a table of linked figures.

    >>> import pipeline
    >>> nlp = pipeline.load()
    >>> for doc in pipeline.extract(["Exports rose 13.8 percent to 17.67 trillion yuan."], nlp=nlp):
    ...     print(doc["rows"][0]["value"], doc["rows"][0]["change_value"])
    17670000000000 13.8
"""

from __future__ import annotations

from typing import Iterable, Iterator

from pipeline.api import Statistic, extract_statistics
from pipeline.docs import doc_to_record
from pipeline.language import ModelError, load, rules_pipeline
from pipeline.runner import Limits, is_error

__all__ = ["load", "rules_pipeline", "extract", "process", "extract_statistics", "Statistic", "doc_to_record",
           "ModelError", "is_error", "Limits"]
__version__ = "0.1.0"


def _as_document(item, index: int) -> dict:
    if isinstance(item, str):
        return {"id": f"doc{index + 1}", "text": item, "meta": {}}
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return {"id": str(item.get("id", f"doc{index + 1}")), "text": item["text"], "meta": dict(item.get("meta") or {})}
    raise TypeError(f"input {index + 1}: expected a string or a document with 'text', got {type(item).__name__}")


def process(nlp, documents: Iterable[dict], batch_size: int = 4, n_process: int = 1):
    """Run ``nlp`` over FORMAT §1 documents; yields ``(document, spacy_doc)`` pairs in input order."""
    from pipeline.runner import batches, make_doc

    for batch in batches(documents, max(1, batch_size)):
        docs = (make_doc(nlp, document["text"], document.get("meta")) for document in batch)
        yield from zip(batch, nlp.pipe(docs, batch_size=batch_size, n_process=n_process))


def extract(texts: Iterable, nlp=None, batch_size: int = 4, n_process: int = 1, raise_errors: bool = False,
            limits: Limits | None = None) -> Iterator[dict]:
    """Extract statistics from strings or FORMAT §1 documents, read lazily.

    Yields FORMAT §2 documents (spans and relations) with their statistics-table rows (FORMAT §5)
    under ``"rows"``, in input order, each as soon as it is done. A document that cannot be extracted
    gives an error record instead (``{"error": True, "id", "file", "line", "reason", "exception"}``,
    see :func:`pipeline.is_error`) and the others go on; ``raise_errors=True`` raises instead.
    ``n_process > 1`` runs forked workers that share the loaded pipeline (a worker that dies is
    detected, its documents retried once and then reported). ``limits`` bounds document size.
    """
    from pipeline.runner import as_document, run
    from pipeline.table import rows

    nlp = nlp or load()
    documents = (as_document(item, k) for k, item in enumerate(texts))
    for record in run(nlp, documents, batch_size=batch_size, n_process=n_process, limits=limits or Limits(),
                      raise_errors=raise_errors):
        if not is_error(record):
            record["rows"] = rows(record)
        yield record
