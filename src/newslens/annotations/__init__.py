"""Annotations: tags and notes on an article, kept in a local SQLite store.

Imports neither spaCy nor Textual: the reader calls ``store.AnnotationStore``
synchronously, and the exports render plain data.
"""
