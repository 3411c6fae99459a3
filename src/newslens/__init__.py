"""newslens: a terminal reader for news articles."""

# The one place the version is written (pyproject reads it from here): asking
# importlib.metadata instead costs ~25 ms on every start.
__version__ = "0.1.0"
