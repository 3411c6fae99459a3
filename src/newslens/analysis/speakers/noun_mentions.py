"""A common-noun speaker phrase read into a ``Mention`` ("the leader of the legion", "Ukrainian
forces", "the spokesman"): its kind, and whether it is a role noun that stands for someone named
before ("the spokesman", "the Ohio senator") or someone of its own ("a spokesman"); and a person
called by nationality or party ("the Swede", "the Kentucky Republican")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.kinds import _plural_name, _research_paper
from newslens.analysis.speakers.phrases import (
    Mention,
    _phrase_key,
    _the_one,
)
from newslens.analysis.speakers.roles import (
    _a_persons_noun,
    _described,
    _description,
    _person_by_ending,
    _role_of_a_body,
    _role_word,
    person_word,
)
from newslens.analysis.speakers.words import (
    _ASKING_NOUNS,
    _COLLECTIVE_NOUNS,
    _NATIONALS,
    _ORGANISATION_NOUNS,
    _PERSON_NOUNS,
    PARTIES,
)
from newslens.analysis.syntax.text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _common_noun(head: Token, phrase: SpacySpan, span: tuple[int, int]) -> Mention:
    """The speaker a common-noun phrase names, or the role noun it is still to resolve."""
    # A common-noun phrase: "the leader of the legion", "Ukrainian forces", "the spokesman".
    phrase = _before_its_description(head, phrase)
    tokens = [t for t in phrase if not t.is_space]
    name = span_text(phrase).strip(" ,")
    lemma = head.lemma_.lower()  # read once: each read builds a new string
    many = head.tag_ in ("NNS", "NNPS") or lemma in _COLLECTIVE_NOUNS
    owner = next((c.lower_ for c in head.children if c.dep_ == "poss"), "")
    if owner in ("its", "their") and (person_word(head) or lemma in _COLLECTIVE_NOUNS):
        # "Its spokeswoman said", "its analysts said": people of the body "its" stands for.
        pronoun = "it" if owner == "its" else "they"
        kind = SpeakerKind.GROUP if many else SpeakerKind.UNKNOWN
        return Mention(span, head, name, kind, pronoun, resolved=False)
    if many:
        kind = SpeakerKind.GROUP
    elif _role_word(head.lower_):
        role = _role_to_resolve(head, span, name, tokens)
        if role is not None:
            return role
        kind = SpeakerKind.PERSON
    elif _a_persons_noun(head) and _the_one(phrase, head, of_a_trade=True):
        # "the veteran added" after "Tom Reed, a veteran of three strikes", "the care worker"
        # after "Jo Hart, a care worker": that one, if the article called someone so
        # (``_antecedent_among``), else a speaker of their own, keyed by the whole trade.
        key = _phrase_key(tokens) or head.lower_
        return Mention(span, head, name, SpeakerKind.PERSON, key, resolved=False)
    elif lemma in _PERSON_NOUNS or _person_by_ending(head.lower_):
        kind = SpeakerKind.PERSON  # "the plant manager"
    elif lemma in _ORGANISATION_NOUNS and not _research_paper(head):
        kind = SpeakerKind.ORGANISATION  # "the Russian army"
    elif lemma in _ASKING_NOUNS and _of_people(head):
        kind = SpeakerKind.GROUP  # "a poll of 1,200 residents": what the residents think
    else:
        kind = SpeakerKind.UNKNOWN
    return Mention(span, head, name, kind, _phrase_key(tokens) or head.lower_)


def _before_its_description(head: Token, phrase: SpacySpan) -> SpacySpan:
    """The phrase up to a description set beside a name the tagger took for a plural noun,
    after a comma, which says what the speaker is, not who: "Morrisons" of "Morrisons, the
    Bradford-based supermarket"; "Another, a head of science," is no name, and keeps it."""
    if not (head.tag_ == "NNS" and head.is_title):
        return phrase
    doc = phrase.doc
    described = next(
        (
            c
            for c in head.rights
            if c.dep_ == "appos" and c.pos_ == "NOUN" and doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )
    if described is None or not phrase.start <= described.left_edge.i - 1 < phrase.end:
        return phrase
    return doc[phrase.start : described.left_edge.i - 1]


def _of_people(head: Token) -> bool:
    """Whether a noun is followed by "of" people: "of 1,200 residents", "of its members"."""
    return any(
        o.dep_ == "pobj" and (person_word(o) or o.lemma_.lower() in _COLLECTIVE_NOUNS)
        for p in head.rights
        if p.lower_ == "of"
        for o in p.children
    )


def _role_to_resolve(
    head: Token, span: tuple[int, int], name: str, tokens: list[Token]
) -> Mention | None:
    """A role noun that stands for someone named before, still to resolve; None for a role
    noun that is someone of its own."""
    # "the spokesman" stands for someone named before; "a spokesman" and "the leader of
    # the legion" are someone of their own.
    short = len(tokens) <= 2 or (
        len(tokens) == 3
        and tokens[0].lower_ == "the"
        # "the chief executive", "the veteran coach", "the defence lawyer"; not "the
        # Republican nominee" or "the Ashfield captain", described below
        and tokens[1].text.islower()
        and (tokens[1].pos_ in ("NOUN", "ADJ") or _described(head.lower_))
    )
    if short and tokens[0].lower_ not in ("a", "an", "another", "one"):
        return Mention(span, head, name, SpeakerKind.PERSON, head.lower_, resolved=False)
    epithet = len(tokens) == 4 and tokens[1].lower_ == "former" and tokens[2].pos_ == "PROPN"
    if tokens[0].lower_ == "the" and (_role_of_a_body(head) or epithet):
        # "the board's head said": whoever the story named head of the board, if anyone;
        # "the former Rovers captain said": someone named before, as sports pages write.
        return Mention(span, head, name, SpeakerKind.PERSON, _phrase_key(tokens), resolved=False)
    description = _description(head, tokens)
    if description:
        # "the Ohio senator", "The Republican presidential nominee": the one named in
        # that role whom the words fit, if anyone (``_antecedent_among``).
        return Mention(
            span,
            head,
            name,
            SpeakerKind.PERSON,
            _phrase_key(tokens),
            resolved=False,
            description=description,
        )
    return None


def one_of_a_nation(word: Token) -> bool:
    """Whether a capitalised word is one person of a nation: "German", "Pole", "Briton"."""
    return word.tag_ == "NNP" and (word.ent_type_ == "NORP" or word.lower_ in _NATIONALS)


def _a_national(head: Token, phrase: SpacySpan, span: tuple[int, int]) -> Mention | None:
    """A person called by nationality, "the Swede", whom a name before stands for."""
    if one_of_a_nation(head) and _the_one(phrase, head) and not _plural_name(head):
        # '"…," the Swede said': the player named before, as "the veteran coach" is; but
        # "the Greens said" is a party speaking, whatever number the tagger gave it.
        name = span_text(phrase).strip(" ,")
        return Mention(span, head, name, SpeakerKind.PERSON, head.lower_, False)
    return None


def _a_party_member(head: Token, phrase: SpacySpan, span: tuple[int, int]) -> Mention | None:
    """A person called by party and place, "the Kentucky Republican", "the New York
    Democrat": someone of that party named before, as "the Ohio senator" is a senator."""
    if len(head.lower_) < 3 or head.lower_ not in PARTIES or head.tag_ != "NNP":
        return None
    tokens = [t for t in phrase if not t.is_space]
    description = _description(head, tokens)
    if not description:
        return None
    name = span_text(phrase).strip(" ,")
    key = _phrase_key(tokens)
    return Mention(span, head, name, SpeakerKind.PERSON, key, False, description=description)
