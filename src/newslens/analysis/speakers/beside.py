"""The name set beside a role or a body in a speaker phrase, the one who speaks: "an economist
at Lagos Business School, Ndubisi Nwokoma", "The Institute for Fiscal Studies director, Paul
Hendry"; and a person's, when the noun beside it only a person is."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.kinds import _kind_by_name
from newslens.analysis.speakers.names import name_start
from newslens.analysis.speakers.roles import person_word
from newslens.analysis.speakers.words import _PEOPLE_ONLY

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newslens.analysis.speakers.phrases import Mention


def _a_person_beside(mention: Mention, noun: Token) -> Mention:
    """``mention``, a person's when the noun set beside its name only a person is: "the
    foreign minister of Valdoria, Inés Carvajal", whatever the recogniser took the name for
    (a name of one word may be a body's: see _lone_persons_name)."""
    if noun.lemma_.lower() not in _PEOPLE_ONLY or mention.called or " " not in mention.key:
        return mention
    return replace(mention, kind=_kind_by_name(mention.name, SpeakerKind.PERSON))


def _name_after_place(head: Token, phrase: SpacySpan) -> Token | None:
    """The person's name closing a speaker phrase, hung by the parse on the place or body
    before it: "an economist at Lagos Business School, Ndubisi Nwokoma" is Nwokoma.

    Not a name after a person ("a spokeswoman for the governor, Ada Obi" may be the
    governor's).
    """
    last = phrase[-1]
    name = last if last.pos_ == "PROPN" else None
    while name is not None and name.dep_ in ("compound", "flat"):
        name = name.head
    if name is None or name.dep_ != "appos":
        return None
    # A name the recogniser missed has a given name and a surname at least.
    if name.ent_type_ != "PERSON" and (name.ent_type_ or name_start(name) == name.i):
        return None
    holder = name.head
    if holder.i == head.i or not head.is_ancestor(holder) or person_word(holder):
        return None
    return name


def _named_member(head: Token, phrase: SpacySpan) -> Token | None:
    """The name given to a person of a body that heads the phrase: "The Institute for
    Fiscal Studies director, Paul Hendry" is Hendry, as a body is never called by a
    person's name."""
    if head.ent_type_ not in ("ORG", "GPE", "NORP") or head.pos_ != "PROPN":
        return None
    return next(
        (
            t
            for t in phrase
            if t.dep_ == "appos"
            and t.ent_type_ == "PERSON"
            and t.head.i != head.i
            and person_word(t.head)
            and head.is_ancestor(t.head)
        ),
        None,
    )
