"""A doc's text and the text of its words, sliced from the string the doc was made from.

spaCy joins a doc's or a span's text from its tokens again on every read; the components each
need the whole text, many times a doc.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newslens.analysis.per_doc import per_doc

# ``doc_text`` keeps the text in the doc's store for user data, read there directly: an
# extension's accessor is an object built on every read, and the text is read some sixty
# times a doc.
_TEXT = "newslens_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc and kept on it: spaCy joins every token's text again
    on each read, and the components each need the whole text."""
    return per_doc(doc, _TEXT, _joined)


def _joined(doc: Doc) -> str:
    return doc.text


def keep_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was made from, as its ``doc_text``: spaCy's
    tokenizer loses no character, so this is ``doc.text`` without joining its tokens."""
    doc.user_data[_TEXT] = text


def span_text(words: SpacySpan) -> str:
    """``words.text``, sliced from the doc's text: spaCy joins a span's text from its tokens."""
    return doc_text(words.doc)[words.start_char : words.end_char]


def words_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, without building the span."""
    if start >= end:
        return ""
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx : last.idx + len(last)]


def stopped(sentence: SpacySpan) -> bool:
    """Whether a sentence's last word, past any spaces, is a stop (".", "!", "?"), as a
    headline's is not."""
    words = [t for t in sentence if not t.is_space]
    return words[-1].text in ".!?"
