"""Sports clubs the recogniser took for people: "Aston Villa have agreed a fee", "Benfica
midfielder Joao Neves". British news gives a club a plural verb, which no one person takes,
and names a player's club before the player's position; either makes the name a body in
every mention ("Benfica said …" too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.names import name_run
from newslens.analysis.speakers.words import _POSITIONS
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newslens.analysis.speakers.phrases import Mention


def _clubs_taken_for_people(mentions: list[Mention]) -> None:
    """Make every mention of a club the recogniser took for a person an organisation."""
    people = [m for m in mentions if _may_be_a_club(m)]
    if not people:
        return
    clubs = _club_names(people[0].head.doc)
    for m in people:
        if any(m.key == c or m.key.endswith(f" {c}") for c in clubs):
            m.kind = SpeakerKind.ORGANISATION


def _may_be_a_club(mention: Mention) -> bool:
    """Whether a person's mention is a name with no given name: "Aston Villa", not "Harry
    Kane" (nor "Ricky Villa", whatever "Villa are …" says of the club)."""
    return (
        mention.kind is SpeakerKind.PERSON
        and mention.resolved
        and mention.head.pos_ == "PROPN"
        and mention.key.split()[0] not in GIVEN_NAMES
    )


def _club_names(doc: Doc) -> set[str]:
    """The names, in lower case, that the text gives a plural verb ("Villa are willing") or
    writes before a player's position ("Benfica midfielder")."""
    names = set()
    for word in doc:
        if word.lower_ in _POSITIONS and word.i > 0:
            before = doc[word.i - 1]
            if before.pos_ == "PROPN" and before.is_title:
                names.add(name_run(before).text.lower())
        elif word.tag_ == "VBP" and (name := _plural_subject(word)) is not None:
            names.add(name_run(name).text.lower())
    return names


def _plural_subject(verb: Token) -> Token | None:
    """The singular name just before a plural verb or auxiliary ("have", "are") that agrees
    with it: "Villa" of "Villa are willing", "Aston Villa have agreed"; not names joined
    ("Kane and Dier are"), nor a name the parse ran on to a verb of another line."""
    if verb.i == 0:
        return None
    name = verb.nbor(-1)
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    subject = (
        name.head == clause
        and name.dep_ in ("nsubj", "nsubjpass")
        and name.tag_ == "NNP"
        and name.is_title
        and not any(j.dep_ == "conj" for j in name.children)
    )
    return name if subject else None
