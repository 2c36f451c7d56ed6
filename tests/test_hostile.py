

def test_extraction_keeps_no_document_alive(nlp):
    """Memory does not grow with the number of documents: no finished Doc stays referenced."""
    import gc

    from spacy.tokens import Doc

    texts = (f"Exports rose {k % 9}.5 percent to {k % 13 + 1} billion yuan in May." for k in range(60))
    for _ in pipeline.extract(texts, nlp=nlp):
        pass
    gc.collect()
    assert sum(isinstance(obj, Doc) for obj in gc.get_objects()) <= 8
