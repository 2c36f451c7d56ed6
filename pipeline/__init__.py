"""relstats: statistics from press releases, as a table of linked figures.

    >>> import pipeline
    >>> nlp = pipeline.load()
    >>> for doc in pipeline.extract(["Exports rose 13.8 percent to 17.67 trillion yuan."], nlp=nlp):
    ...     print(doc["rows"][0]["value"], doc["rows"][0]["change_value"])
    17670000000000 13.8
"""

from __future__ import annotations

from typing import Iterable, Iterator

from pipeline.language import load, rules_pipeline

__all__ = ["load", "rules_pipeline", "extract", "process"]
__version__ = "0.1.0"


def _as_document(item, index: int) -> dict:
    if isinstance(item, str):
        return {"id": f"doc{index + 1}", "text": item, "meta": {}}
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return {"id": str(item.get("id", f"doc{index + 1}")), "text": item["text"], "meta": dict(item.get("meta") or {})}
    raise TypeError(f"input {index + 1}: expected a string or a document with 'text', got {type(item).__name__}")


def process(nlp, documents: Iterable[dict], batch_size: int = 4, n_process: int = 1):
    """Run ``nlp`` over FORMAT §1 documents; yields ``(document, spacy_doc)`` pairs in input order."""
    docs = list(documents)

    def spacy_docs():
        for document in docs:
            doc = nlp.make_doc(document["text"])
            doc._.release_date = (document.get("meta") or {}).get("date")
            doc._.country = (document.get("meta") or {}).get("country")
            yield doc

    yield from zip(docs, nlp.pipe(spacy_docs(), batch_size=batch_size, n_process=n_process))


_WORKER_NLP = None


def _extract_shard(args) -> list[dict]:
    documents, batch_size = args
    return list(extract(documents, nlp=_WORKER_NLP, batch_size=batch_size, n_process=1))


def extract(texts: Iterable, nlp=None, batch_size: int = 4, n_process: int = 1) -> Iterator[dict]:
    """Extract statistics from strings or FORMAT §1 documents.

    Yields FORMAT §2 documents (spans and relations) with their statistics-table rows (FORMAT §5)
    under ``"rows"``, in input order. ``n_process > 1`` forks worker processes that share the loaded
    pipeline and each extract a contiguous share of the documents (spaCy's own ``n_process`` cannot
    send relstats' relations between processes).
    """
    from pipeline.docs import doc_to_record
    from pipeline.table import rows

    global _WORKER_NLP
    nlp = nlp or load()
    documents = [_as_document(item, k) for k, item in enumerate(texts)]
    if n_process > 1 and len(documents) > 1:
        import multiprocessing

        size = -(-len(documents) // n_process)
        shards = [(documents[k : k + size], batch_size) for k in range(0, len(documents), size)]
        _WORKER_NLP = nlp
        try:
            with multiprocessing.get_context("fork").Pool(len(shards)) as pool:
                for records in pool.imap(_extract_shard, shards):
                    yield from records
        finally:
            _WORKER_NLP = None
        return
    for document, doc in process(nlp, documents, batch_size=batch_size, n_process=1):
        record = doc_to_record(doc, document["id"], document.get("meta"))
        record["rows"] = rows(record)
        yield record
