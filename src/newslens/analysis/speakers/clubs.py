"""Sports clubs the recogniser took for people: "Aston Villa have agreed a fee", "Benfica
midfielder Joao Neves". British news gives a club a plural verb, which no one person takes,
and names a player's club before the player's position; either makes the name a body in
every mention ("Benfica said …" too), and the one club a story names before is what "the
club" or "the Lisbon club" stands for (:func:`_the_one_club`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.per_doc import per_doc
from newslens.analysis.speakers.names import name_run
from newslens.analysis.speakers.words import _CLUB_ENDINGS, _POSITIONS
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


def _club_names(doc: Doc, end: int | None = None, *, endings: bool = False) -> dict[str, str]:
    """The names, in lower case, that the text (up to the word ``end``) gives a plural verb
    ("Villa are willing") or writes before a player's position ("Benfica midfielder"), and
    with ``endings`` those ending as a club's ("Harrow Rovers"), each with the name as
    written."""
    names: dict[str, str] = {}
    for i, lower, name, by_ending in per_doc(doc, _CLUB_NAMES, _club_names_in_order):
        if end is not None and i >= end:
            break
        if endings or not by_ending:
            names.setdefault(lower, name)
    return names


# Each "the club" asks for the clubs named before its sentence: the doc is read for them once.
_CLUB_NAMES = "newslens_club_names"


def _club_names_in_order(doc: Doc) -> list[tuple[int, str, str, bool]]:
    """Each word that shows a name to be a club's, in text order, with the name in lower case
    and as written, and whether it is the name's ending that shows it."""
    found = []
    for word in doc:
        if word.lower_ in _POSITIONS and word.i > 0:
            before = doc[word.i - 1]
            if before.pos_ == "PROPN" and before.is_title:
                name = name_run(before).text
                found.append((word.i, name.lower(), name, False))
        elif word.tag_ == "VBP" and (subject := _plural_subject(word)) is not None:
            name = name_run(subject).text
            found.append((word.i, name.lower(), name, False))
        elif word.lower_ in _CLUB_ENDINGS and _ends_a_club_name(word):
            name = name_run(word).text  # "Harrow Rovers"
            found.append((word.i, name.lower(), name, True))
    return found


def _ends_a_club_name(word: Token) -> bool:
    """Whether a club's last word ends a name of two words or more: "Harrow Rovers", not
    "the United States" nor "United" alone."""
    doc = word.doc
    return (
        word.pos_ == "PROPN"
        and word.i > 0
        and doc[word.i - 1].pos_ == "PROPN"
        and (word.i + 1 == len(doc) or doc[word.i + 1].pos_ != "PROPN")
    )


# Nouns that stand for a club; "side" and "team" only after a name ("the Premier League
# side"), since "the other side" and "the team found" are no club.
_CLUB_NOUNS = frozenset(["club", "side", "team"])


def _the_one_club(mention: Mention) -> str | None:
    """The club "the club", "the Lisbon club" or "the Premier League side" stands for: the
    one club the story names before the sentence ("Benfica midfielder Joao Neves …"), none
    when it names two ("Rovers beat Athletic … the club said": which, it never says)."""
    head = mention.head
    if head.lower_ not in _CLUB_NOUNS or head.pos_ != "NOUN" or head.i == 0:
        return None
    doc, before = head.doc, head.doc[head.i - 1]
    if not mention.name.lower().startswith("the "):
        return None  # "a club", "one club": any
    if head.lower_ != "club" and not (
        before.is_title and before.lower_ != "the" and before.ent_type_ != "PERSON"
    ):
        return None  # "the Trump team": his campaign, no club
    names = _club_names(doc, head.sent.start, endings=True)
    return next(iter(names.values())) if len(names) == 1 else None


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
