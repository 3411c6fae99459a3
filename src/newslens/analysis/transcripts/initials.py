"""Whom a transcript's label in initials stands for: "MO: …" under an intro naming Maya
Okonkwo is her turn, and "JH: …" that of Jack Hale, who spoke to her."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan


# The most letters of a label that initials write: "MO", "JKR".
_MOST_INITIALS = 3


def named_by_initials(label: SpacySpan) -> SpacySpan | None:
    """The person named before ``label`` whose given name and surname it writes in initials,
    the nearest; None when the label is no initials, or two people named share them."""
    text = label.text
    if not (2 <= len(text) <= _MOST_INITIALS and text.isalpha() and text.isupper()):
        return None
    people = [
        e
        for e in label.doc.ents
        if e.label_ == "PERSON" and e.end <= label.start and _initials(e) == text
    ]
    if len({e.text for e in people}) != 1:
        return None
    return people[-1]


def _initials(name: SpacySpan) -> str:
    """The first letters of a name's words: "MO" of "Maya Okonkwo"."""
    return "".join(w.text[0] for w in name if w.is_alpha and w.is_title)
