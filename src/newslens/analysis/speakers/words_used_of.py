"""What the words used of a one-word name make it: a body when its own sentence writes "its"
or "which" of it ("Labour published its proposals", "Labour, which runs the council,"), where
a person is "his", "her" or "who", or when it calls itself by a body's noun in its words
("Castleford said the club would appeal"); a firm when its "which" clause says it does what a firm
does ("Northline, which runs 1,200 services a day,") or its words are of its trading ("Greggs said
sales rose"); a person when a name in capitals, read as a body's, is the one a "she" or "he" just
after can only stand for ('"…," AOC said. She added …').
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.bodies import _lone_name
from newslens.analysis.speakers.firm_acts import _does_business
from newslens.analysis.speakers.roles import _after_honorific
from newslens.analysis.speakers.words import _FIRM_TAKINGS, _ORGANISATION_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslens.analysis.speakers.phrases import Mention


def _called_a_thing(mention: Mention) -> bool:
    """Whether a one-word name is the subject of a verb whose object is "its" something
    ("Labour published its proposals"), or has a clause on it opened by "which"."""
    if not _lone_name(mention):
        return False
    name = mention.head
    if _described_by_which(name):
        return True
    if name.dep_ != "nsubj":
        return False
    return any(
        obj.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "its" for p in obj.lefts)
        for obj in name.head.rights
    )


def _calls_itself_by_its_noun(mention: Mention) -> bool:
    """Whether a one-word name is the subject of a report whose own subject is "the" and a
    body's noun: "Castleford said the club would appeal", as a body speaks of itself; not a
    name the story writes after a title anywhere ("Mr Castle said the club would …"), which
    is a person's, as is one the story names in full ("Tom Castle, the chairman,")."""
    subject = _subject_of_a_lone_names_words(mention)
    return (
        subject is not None
        and subject.lemma_.lower() in _ORGANISATION_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        and not _titled_anywhere(mention.head)
    )


def _reports_its_takings(mention: Mention) -> bool:
    """Whether a one-word name is the subject of a report whose own subject is what a firm
    takes, no one else's: "Greggs said sales rose 5%", "… profits had fallen", as a firm
    speaks of its trading; not "… her sales", nor a name the story writes after a title
    anywhere ("Ms Greggs")."""
    subject = _subject_of_a_lone_names_words(mention)
    return (
        subject is not None
        and subject.lemma_.lower() in _FIRM_TAKINGS
        and not any(c.dep_ == "poss" and c.lower_ != "its" for c in subject.children)
        and not _titled_anywhere(mention.head)
    )


def _subject_of_a_lone_names_words(mention: Mention) -> Token | None:
    """The subject of what a one-word name that speaks is reported to say, else None."""
    if not _lone_name(mention) or mention.head.dep_ != "nsubj":
        return None
    return _subject_of_its_words(mention.head)


def _subject_of_its_words(name: Token) -> Token | None:
    """The subject of what a name is reported to say: "the club" of "Castleford said the club
    would appeal"."""
    return next(
        (
            s
            for clause in name.head.children
            if clause.dep_ == "ccomp"
            for s in clause.children
            if s.dep_ in ("nsubj", "nsubjpass")
        ),
        None,
    )


def _titled_anywhere(name: Token) -> bool:
    """Whether the story writes a name after a title anywhere: "Ms Greggs"."""
    return any(t.text == name.text and _after_honorific(t) for t in name.doc)


def _described_by_which(name: Token) -> bool:
    """Whether a clause set off after a name opens with "which": "Ashgrove Care, which runs
    the home, said" names a body, as "who" would a person."""
    return _described_by(name, "which")


def _described_by_who(name: Token) -> bool:
    """Whether a clause set off after a name opens with "who": "Kemal Arslan, who leads the
    union, said" names a person, whatever the recogniser took the name for."""
    return _described_by(name, "who")


def _described_by(name: Token, relative: str) -> bool:
    clause = next(_relative_clauses(name, relative), None)
    return clause is not None and name.doc[name.i + 1].text == ","


def _runs_a_business(mention: Mention) -> bool:
    """Whether a one-word name has a clause on it opened by "which" that says it does what a
    firm does: "Northline, which runs 1,200 services a day, said" is a firm, whatever the
    recogniser took the name for; "Texas, which sued the administration, said" stays a place."""
    name = mention.head
    if not mention.resolved or " " in mention.key or name.pos_ != "PROPN":
        return False
    return any(_does_business(c) for c in _relative_clauses(name, "which"))


def _relative_clauses(name: Token, relative: str) -> Iterator[Token]:
    """The clauses on a name whose subject is the ``relative`` opening them: "which runs the
    home"."""
    for clause in name.rights:
        first = clause.left_edge
        if (
            clause.dep_ == "relcl"
            and first.lower_ == relative
            and first.dep_ in ("nsubj", "nsubjpass")
        ):
            yield clause


def _person_in_capitals(pronoun: Mention, before: list[Mention]) -> Mention | None:
    """The name in capitals, read as a body's, that a "she" or "he" no person named before
    fits stands for: the subject of the pronoun's sentence or of the one just before it."""
    if pronoun.key not in ("he", "she") or not before:
        return None
    name = before[-1]
    head = name.head
    if (
        name.kind is not SpeakerKind.ORGANISATION
        or " " in name.key
        or not head.is_upper
        or head.dep_ not in ("nsubj", "nsubjpass")
    ):
        return None
    sentence = pronoun.head.sent
    return name if head.sent.end >= sentence.start and head.i < pronoun.head.i else None
