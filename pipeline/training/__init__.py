"""Training relstats' components from the annotated releases (``make train``)."""
