"""The name set beside a role or a body in a speaker phrase, the one who speaks: "an economist
at Lagos Business School, Ndubisi Nwokoma", "The Institute for Fiscal Studies director, Paul
Hendry", "her lawyer, the veteran barrister John Smith"; and a person's, when the noun beside it
only a person is."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.kinds import _kind_by_name
from newslens.analysis.speakers.names import name_start
from newslens.analysis.speakers.roles import person_word
from newslens.analysis.speakers.words import (
    _BODIES_BY_NOUN,
    _BODY_ENDINGS,
    _NAMING_VERBS,
    _ORGANISATION_NOUNS,
    _PEOPLE_BY_FULL_NAME,
    _PORTFOLIOS,
)
from newslens.analysis.syntax.names import after_a_given_name, persons_name
from newslens.given_names import GIVEN_NAMES

# Words that end the body an office is of, so that proper nouns after them are its holder's
# name: "Leader of the Opposition", "Secretary of State for Health".
_OFFICE_ENDINGS = _BODY_ENDINGS | _ORGANISATION_NOUNS | _PORTFOLIOS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newslens.analysis.speakers.phrases import Mention


def _a_person_beside(mention: Mention, noun: Token) -> Mention:
    """``mention``, a person's when the noun set beside its name only a person is: "the
    foreign minister of Valdoria, Inés Carvajal", "The director, Femi Adeyemi", whatever the
    recogniser took the name for (a name of one word may be a body's: see _lone_persons_name)."""
    if noun.lemma_.lower() not in _PEOPLE_BY_FULL_NAME or mention.called or " " not in mention.key:
        return mention
    return replace(mention, kind=_kind_by_name(mention.name, SpeakerKind.PERSON))


def _a_body_beside(mention: Mention, named: Token) -> Mention | None:
    """``mention``, a body's, when its name is set just after a body's noun, opens with no given
    name and ends in a plural or is a body's to the recogniser: "a spokesperson for Quinn's
    label, Northlight Records" and "for her record label, Northstar Music" name the label, as
    "a spokesman for the club, Sam Cole" names the spokesman."""
    doc = named.doc
    start = name_start(named)
    body = doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None
    if (
        body is None
        or body.pos_ != "NOUN"
        or body.lemma_.lower() not in _BODIES_BY_NOUN
        or doc[start].lower_ in GIVEN_NAMES
        or (named.tag_ != "NNPS" and named.ent_type_ != "ORG")
    ):
        return None
    return replace(mention, kind=SpeakerKind.ORGANISATION)


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
    if name is None or name.dep_ != "appos" or not _a_persons_name(name):
        return None
    holder = name.head
    if holder.i == head.i or not head.is_ancestor(holder) or person_word(holder):
        return None
    return name


def _name_closing_a_description(head: Token) -> Token | None:
    """The person's name that closes a description set beside a person's noun: "her lawyer,
    the veteran barrister John Smith" is Smith, as "her lawyer, John Smith" is, and so is "his
    guest, the actress and activist Lena Brook", one person described by two nouns."""
    if head.tag_ in ("NNS", "NNPS"):
        return None  # "his guests, the actress Lena Brook and …": more people than her
    given = _name_given(head)
    if given is not None:
        return given
    for noun in head.rights:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or not person_word(noun):
            continue
        given = _name_given(noun)
        if given is not None:
            return given
        for name in noun.rights:
            if name.pos_ != "PROPN" or not _a_persons_name(name):
                continue
            if name.dep_ == "appos" or (name.dep_ == "conj" and _described_too(name)):
                return name
    return _name_after_two_nouns(head)


def _name_closing_an_office(head: Token) -> SpacySpan | None:
    """The person's name that closes an office of several words next to the verb: "Leader of
    Opposition in the Assembly Vijay Wadettiwar said" is Wadettiwar, parsed as if the
    Assembly's, as "Chief Minister Eknath Shinde said" is Shinde; so is "said Leader of the
    Opposition Kemi Badenoch", "Minister for Housing Tobiah Okafor said" or "Secretary of State
    for Health Ngozi Ekwueme said" (parsed with the name for the head), the name told from the
    office by its given name or by the body the office is of ("… the Opposition", "… for
    Health") that ends before it."""
    office = _office_opening(head)
    if office is None:
        return None
    last = head if office.i != head.i else head.doc[head.right_edge.i]
    if last.i + 1 != head.head.i and head.head.i > head.i:
        return None
    if not (after_a_given_name(last) or _name_after_a_body(last, office)):
        return None
    return last.doc[last.i - 1 : last.i + 1]


def _office_opening(head: Token) -> Token | None:
    """The office of several words that opens a speaker phrase, ``head`` or the first word the
    parse hung on it: "Leader" of "Leader of the Opposition Kemi Badenoch", "Secretary" of
    "Secretary of State for Health Ngozi Ekwueme"."""
    doc = head.doc
    for office in (head, doc[head.left_edge.i]):
        if office.i + 1 == len(doc) or doc[office.i + 1].lower_ not in ("of", "for"):
            continue  # the cheap test first: most speakers' words have no "of" or "for" after
        if office.is_title and person_word(office) and head.i in (office.i, office.head.i):
            return office
    return None


def _name_after_a_body(last: Token, head: Token) -> bool:
    """Whether a proper noun closes a name of two words after the body an office is of:
    "Badenoch" of "Leader of the Opposition Kemi Badenoch", not "Assembly" of "Leader of
    the National Assembly"."""
    doc, first = last.doc, last.i - 1
    if last.pos_ != "PROPN" or first - 1 <= head.i + 1:
        return False
    given = doc[first]
    return (
        given.pos_ == "PROPN"
        and given.is_title
        and given.lower_ not in _OFFICE_ENDINGS
        and doc[first - 1].lower_ in _OFFICE_ENDINGS
    )


def _name_given(noun: Token) -> Token | None:
    """The name a participle after a person's noun gives it: "a local man named Tom Hale" is
    Hale, and so is "my neighbour, a retired teacher named Tom Hale", whatever the recogniser
    took the name for: the noun says it is a person's."""
    if not person_word(noun):
        return None
    for verb in noun.rights:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        for name in verb.rights:
            if name.dep_ in ("oprd", "dobj", "attr") and name.pos_ == "PROPN":
                return name
    return None


def _name_after_two_nouns(head: Token) -> Token | None:
    """The person's name closing two nouns under one "the", set off beside a person's noun,
    that the parse took for the next of a list: "her agent, the writer and producer Mia Ford,
    said" is Ford. Not "her agent, the writer and the producer Mia Ford said", three people,
    nor a name no comma closes off from the verb."""
    doc = head.doc
    for noun in head.rights:
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or not person_word(noun):
            continue
        opening = noun.left_edge
        if opening.lower_ != "the" or opening.i == 0 or doc[opening.i - 1].text != ",":
            continue
        second = next((c for c in noun.rights if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
        if second is None or second.left_edge.i != second.i:
            continue
        for name in noun.rights:
            closed = name.i + 1 < len(doc) and doc[name.i + 1].text == ","
            if (
                name.dep_ == "appos"
                and name.pos_ == "PROPN"
                and _a_persons_name(name)
                and name_start(name) == second.i + 1
                and closed
            ):
                return name
    return None


def _described_too(name: Token) -> bool:
    """Whether a name joined to a noun by "and" is written after a second noun for the same
    person, under the one "the": "the actress and activist Lena Brook", "the singer and
    songwriter Jo Hart" (a trade need not be listed as a person's), not "the actress and Lena
    Brook" nor "the actress and the activist Lena Brook", two people."""
    before = list(name.lefts)
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in before
    ) and not any(c.dep_ == "det" for c in before)


def _a_persons_name(name: Token) -> bool:
    """Whether a name is a person's (``persons_name``), or, set beside a role or a body in a
    speaker phrase, any name of two proper nouns the recogniser left untagged, whatever the
    given name ("Ndubisi Nwokoma")."""
    return persons_name(name) or (not name.ent_type_ and name_start(name) < name.i)


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


def _name_before_its_affiliation(head: Token, phrase: SpacySpan) -> Token | None:
    """The person's name opening a speaker phrase whose head the parse found in the body set
    after it by ", of": "Kate Byrne, of the shopworkers' union Usdaw" is Byrne, as "Kate
    Byrne, of Usdaw" is; the body is where she is from."""
    doc = head.doc
    last = next((t for t in phrase if not t.is_space), head)
    if last.pos_ != "PROPN" or last.i >= head.i:
        return None
    while last.i + 1 < head.i and doc[last.i + 1].pos_ == "PROPN":
        last = doc[last.i + 1]  # on to the name's last word
    if last.i + 2 >= head.i or not _a_persons_name(last):
        return None
    return last if doc[last.i + 1].text == "," and doc[last.i + 2].lower_ == "of" else None
