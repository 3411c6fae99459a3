"""Who may be the one told: the object of a verb of telling that is a hearer, not a topic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.speakers import SOURCE_NOUNS, could_speak
from newslens.analysis.syntax.words import _SPEAKER_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token


# Hearers besides anyone who could speak: many told as one ("told staff", "told the meeting").
_HEARERS = _SPEAKER_WORDS["collective_nouns"] | _SPEAKER_WORDS["gatherings"]


def a_hearer(noun: Token) -> bool:
    """Whether a verb's object may be the one told: "the council", "ministers", "Reuters",
    "them", anyone who could speak ("the coroner"); not "the truth" of "tell the truth about
    things", nor a report or a poll, which speak but are never told ("welcomed the report")."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ in ("PROPN", "PRON")
        or lemma in _HEARERS
        or (could_speak(noun) and lemma not in SOURCE_NOUNS)
    )
