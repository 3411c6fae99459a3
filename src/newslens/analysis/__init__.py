"""Who said what, the figures and the claims: spaCy components and plain results.

Importing this package is cheap; spaCy is imported only when a pipeline is built.

``components`` registers the who-said-what components and the ``Doc`` extensions they write;
``sentence_starts`` decides where sentences start before the parser runs, and ``misread_verbs``
finds the reporting verbs the model's tagger and lemmatizer misread.
"""
