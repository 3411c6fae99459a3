"""Whom a transcript's label in initials stands for: "MO: …" under an intro naming Maya
Okonkwo is her turn, and "JH: …" that of Jack Hale, who spoke to her."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newslens.analysis.per_doc import per_doc

# The most letters of a label that initials write: "MO", "JKR".
_MOST_INITIALS = 3


def named_by_initials(label: SpacySpan) -> SpacySpan | None:
    """The person named before ``label`` whose given name and surname it writes in initials,
    the nearest; None when the label is no initials, or two people named share them."""
    text = label.text
    if not (2 <= len(text) <= _MOST_INITIALS and text.isalpha() and text.isupper()):
        return None
    doc = label.doc
    named = per_doc(doc, _BY_INITIALS, _people_by_initials).get(text, ())
    people = [person for person in named if person[1] <= label.start]
    if len({name for _, _, name in people}) != 1:
        return None
    start, end, _ = people[-1]
    return SpacySpan(doc, start, end, label="PERSON")


# A transcript asks of each label in initials: the doc's people are read for theirs once.
_BY_INITIALS = "newslens_people_by_initials"


def _people_by_initials(doc: Doc) -> dict[str, list[tuple[int, int, str]]]:
    """The people the model found, by their initials, in text order: where each is named
    (first word, past the last) and the name."""
    people: dict[str, list[tuple[int, int, str]]] = {}
    for e in doc.ents:
        if e.label_ == "PERSON":
            people.setdefault(_initials(e), []).append((e.start, e.end, e.text))
    return people


def _initials(name: SpacySpan) -> str:
    """The first letters of a name's words: "MO" of "Maya Okonkwo"."""
    return "".join(w.text[0] for w in name if w.is_alpha and w.is_title)
