"""Who said what, the figures and the claims: spaCy components and plain results.

Importing this package is cheap; spaCy is imported only when a pipeline is built.
"""
