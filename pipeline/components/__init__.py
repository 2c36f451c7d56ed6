"""relstats spaCy components, one module each; ``pipeline.load`` imports them to register factories."""
