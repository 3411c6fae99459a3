"""The noun a relative word stands for, when the parse hung its clause on a noun beside it:
the person before a thing, a body or a place after them ("listeners to her show who said …"
are the listeners, "Republicans in Ohio, who said …" the Republicans), the people an amount
or a thing is of ("a number of towns that said …" are the towns), and never a person for a
"which" ("critics of the Ocean Trust, which said …" is the trust)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.speakers.roles import could_speak, person_word

if TYPE_CHECKING:
    from spacy.tokens import Token

# Names of bodies and places: a "who" after one is the person or people before it
_BODIES_AND_PLACES = frozenset(["ORG", "GPE", "FAC", "LOC"])


def antecedent(relative: Token, noun: Token) -> Token:
    """The noun ``relative`` stands for, ``noun`` being the one the parse hung its clause on."""
    if relative.lower_ == "which" and person_word(noun):
        noun = _thing_before(relative) or noun
    if relative.lower_ == "who" and (noun.ent_type_ in _BODIES_AND_PLACES or not could_speak(noun)):
        return person_before(noun) or noun
    if could_speak(noun):
        return noun
    return _people_it_is_of(noun, relative) or noun


def _thing_before(which: Token) -> Token | None:
    """The thing or body a "which" follows, that it stands for rather than a person the
    parse hung it on: "critics of the Ocean Trust, which said …" is the trust."""
    before = noun_before(which)
    return before if before is not None and not person_word(before) else None


def noun_before(relative: Token) -> Token | None:
    """The noun a relative word follows, a comma between or none: "the Chicago Police
    Department which …", "a panel of experts, which …"."""
    doc, i = relative.doc, relative.i - 1
    if i > 0 and doc[i].text == ",":
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") else None


def person_before(noun: Token) -> Token | None:
    """The person or people right before a preposition ``noun`` is the object of, back past
    the phrases before it however the parse hung them: "listeners to her phone-in show"."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.i > 0:
        noun = noun.doc[noun.head.i - 1]
        if noun.pos_ in ("NOUN", "PROPN") and (person_word(noun) or _a_people(noun)):
            return noun
    return None


def _a_people(noun: Token) -> bool:
    """A nationality, party or faith in the plural: "Republicans", "Texans"."""
    return noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS")


def _people_it_is_of(noun: Token, relative: Token) -> Token | None:
    """The people an amount or a thing is of, right before the relative: "a number of towns
    that said …", "the support of councils that say …"."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    if people is None or not (could_speak(people) or people.tag_ == "NNS"):
        return None
    between = noun.doc[people.right_edge.i + 1 : relative.i]
    return people if len(between) < 2 and all(t.text == "," for t in between) else None
