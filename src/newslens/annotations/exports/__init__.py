"""Exports: pure functions from (document, annotations) to text, one module per format.

File handling lives in ``files``; everything else here returns strings, so the
reader can export a single article and tests can parse the result directly.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from newslens.annotations.model import Annotation, Document

Item = tuple[Document, list[Annotation]]

FORMATS = ("jsonl", "w3c", "claimreview", "csv", "brat", "html")


def source_iri(document: Document) -> str:
    """An IRI for the article: its URL, a file: URI, or a URN naming its text."""
    source = document.source
    if source.startswith(("http://", "https://")):
        return source
    if source.startswith("/"):
        return PurePosixPath(source).as_uri()
    return f"urn:newslens:sha256:{document.fingerprint}"
