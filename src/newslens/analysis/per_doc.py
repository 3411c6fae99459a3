"""What rules asked once a word or a mention read from the whole doc, read once a doc.

A rule that asks, of each word it is given, about every entity or every word of the doc is
quadratic on a long chunk; the answer, indexed once, is kept in the doc's store for user data,
as ``doc_text`` keeps the text. It holds plain data only (strings, numbers, lists and dicts):
with several processes each doc, user data and all, is serialised back to the first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from spacy.tokens import Doc

T = TypeVar("T")


def per_doc(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, built on the first call for ``doc`` and kept on it under ``key``."""
    if key not in doc.user_data:
        doc.user_data[key] = build(doc)
    return cast(T, doc.user_data[key])
