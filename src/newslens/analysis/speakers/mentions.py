"""A speaker phrase read into a ``Mention`` (``mention_for``): the name it gives and its key,
its kind, whether it is a pronoun or a role noun still to resolve ("he", "the spokesman"), names
joined by "and" ("Jon Tester and Ron Wyden", "Marks and Spencer"), and the name set beside a
role ("the mayor, Helga Marquardt")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.ages import _the_aged
from newslens.analysis.speakers.beside import (
    _a_body_beside,
    _a_person_beside,
    _name_after_place,
    _name_before_its_affiliation,
    _name_closing_a_description,
    _name_closing_an_office,
    _named_member,
)
from newslens.analysis.speakers.joined import _named_with, _one_body_of_two_names
from newslens.analysis.speakers.kinds import (
    _body_noun,
    _kind_of_part,
    _one_of_a_people,
    _people_opening,
)
from newslens.analysis.speakers.name_mentions import (
    _capital_office,
    _entity_in_phrase,
    _recognised_name,
    _unrecognised_name,
    _written_as_a_name,
)
from newslens.analysis.speakers.names import (
    _entity_of,
    _holder,
    _name_before_a_piece,
    name_before_its_party,
    name_run,
    name_start,
)
from newslens.analysis.speakers.noun_mentions import _a_national, _a_party_member, _common_noun
from newslens.analysis.speakers.particle_names import _name_with_a_particle
from newslens.analysis.speakers.phrases import (
    Mention,
    _phrase_key,
    _share_key,
    _unwrapped,
)
from newslens.analysis.speakers.rankings import _rank_number
from newslens.analysis.speakers.relatives import antecedent, noun_before
from newslens.analysis.speakers.roles import headline_role
from newslens.analysis.speakers.words import (
    _BODIES_BY_NOUN,
    _PRONOUNS,
    GROUP_PRONOUNS,
    LETTERS_AFTER_NAMES,
    MEMBERS_AFTER_NAMES,
    PERSON_PRONOUNS,
    RELATIVES,
    TITLES,
    WRITER_PRONOUNS,
)
from newslens.analysis.syntax.datelines import DASHES
from newslens.analysis.syntax.names import _symbols, name_with_its_mark
from newslens.analysis.syntax.text import span_text, words_text

if TYPE_CHECKING:
    from spacy.tokens import Token


def named_mention(name: Token) -> Mention:
    """The mention a name makes read alone, from its first word to its last (``name_run``)."""
    return mention_for(name, name_run(name))


def mention_for(head: Token, phrase: SpacySpan) -> Mention:
    """Describe the speaker phrase ``phrase`` whose syntactic head is ``head``.

    Names joined by "and" ("Mayor Lisa Brown and Councillor Tom Hale said") are one
    speaker of their own, the pair, whom a later "they" may stand for.
    """
    if _symbols(head) and not phrase.start <= head.i < phrase.end:
        # "Café owners 🎉 said": the parse hung the phrase on the emoji, which it left out
        head = phrase[-1]
    mention = _mention(head, phrase)
    if "\n" in mention.name or "  " in mention.name:
        mention = _unwrapped(mention)
    # "Marks and Spencer says": a name the tagger may take for a plural noun
    named = head.pos_ == "PROPN" or (head.tag_ == "NNS" and head.is_title)
    if not named or not mention.resolved:
        return mention
    # Asked last: each of the children walked is a Token built anew.
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in head.children)
    if not joined:
        return mention
    # "Barnes & Noble", "Health and Human Services": a partner inside the name is the name.
    entity = _entity_of(head)
    partners = [
        _past_its_title(c)
        for c in head.conjuncts
        if c.i > head.i
        and c.pos_ == "PROPN"
        and c.dep_ == "conj"
        and (entity is None or c.i >= entity.end)
    ]
    if not partners:
        return mention
    whole = next((p for p in partners if _named_with(p, head)), None)
    if whole is not None:
        return replace(_mention(whole, phrase), span=mention.span)  # "Devon and Cornwall Police"
    if len(partners) == 1 and _one_body_of_two_names(head, partners[0], mention):
        name = words_text(head.doc, name_start(head), partners[0].i + 1)
        kind = SpeakerKind.ORGANISATION
        return Mention(mention.span, head, name, kind, name.lower(), called=mention.called)
    if head.pos_ != "PROPN":
        return mention
    others = [_mention(p, name_run(p)) for p in partners]
    names = [mention.name, *(m.name for m in others)]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    key = " and ".join([mention.key, *(m.key for m in others)])
    return Mention(mention.span, head, name, SpeakerKind.GROUP, key, members=(mention, *others))


def _past_its_title(partner: Token) -> Token:
    """The name a title joined by "and" goes before: "Joe Burke" of "Republican Sen. Tom Harlan
    and Democratic Sen. Joe Burke", which the parse may join by its "Sen."."""
    doc = partner.doc
    end = partner.i + 1
    while partner.lower_ in TITLES and end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[end - 1]


def _beside(appositive: Token) -> bool:
    """Whether an appositive is set beside its head as a name, not after a dash as the office
    of an earnings call's speaker ("Ana Ruiz -- Chief Executive Officer: …"), nor after a
    label's colon as a headline's words ("Ilse Varga: Union Ready For Long Fight"), nor in
    brackets after a name as a councillor's party and ward ("Cllr Priya Shah (Lab, Eastfield)")."""
    doc, start = appositive.doc, appositive.left_edge.i
    before = "" if start == 0 else doc[start - 1].text
    if before in DASHES or before == ":":
        return False
    # the bracket hung on the appositive, or on the name before it
    bracketed = "(" in (before, doc[start].text)
    return not (bracketed and appositive.head.pos_ == "PROPN")


def _mention(head: Token, phrase: SpacySpan) -> Mention:
    """Read one speaker phrase: the first reading that fits says who speaks."""
    span = (phrase.start_char, phrase.end_char)
    # The name set beside the head ("the mayor, Helga Marquardt", or closing a description
    # there: "the mayor, the former judge Helga Marquardt"), that several readings take.
    named = next(
        (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and _beside(c)),
        None,
    ) or _name_closing_a_description(head)
    # "Leader of Opposition in the Assembly Vijay Wadettiwar": the office is held by him;
    # "Del. Marcia Price (D-Newport News)": the party and district are hers
    office_holder = _name_closing_an_office(head) or name_before_its_party(head)
    if office_holder is not None:
        name = office_holder.text
        return Mention(span, office_holder[-1], name, SpeakerKind.PERSON, name.lower())
    if (particled := _name_with_a_particle(head, span)) is not None:
        return particled
    lettered = _name_before_its_letters(head) or _name_after_its_part(head)
    if lettered is not None:
        return replace(named_mention(lettered), span=span)
    body = (
        None if named is None else _a_body_beside(replace(named_mention(named), span=span), named)
    )
    if body is not None:
        return body
    affiliated = _name_before_its_affiliation(head, phrase)
    if affiliated is not None:
        return replace(named_mention(affiliated), span=span)
    elsewhere = _named_by_another_word(head, span, named)
    if elsewhere is not None:
        return elsewhere
    part = _part_of_a_whole(head, phrase, span, named)
    if part is not None:
        return part
    by_age_or_rank = _aged_or_ranked(head, phrase, span, named)
    if by_age_or_rank is not None:
        return by_age_or_rank
    pronoun = _pronoun(head, span, named)
    if pronoun is not None:
        return pronoun
    national = _a_national(head, phrase, span) or _a_party_member(head, phrase, span)
    if national is not None:
        return national
    member = _named_member(head, phrase)
    if member is not None:
        # "The Institute for Fiscal Studies director, Paul Hendry": the body's person.
        return replace(named_mention(member), span=span)
    if _people_opening(head):
        return Mention(
            span, head, span_text(phrase).strip(" ,"), SpeakerKind.GROUP, _phrase_key(phrase)
        )
    capital_office = _capital_office(head)
    entity = _entity_in_phrase(head, phrase)
    ent = None if capital_office and entity is not None and len(entity) == 1 else entity
    recognised = _recognised_name(head, span, ent)
    if recognised is not None:
        return recognised
    if _written_as_a_name(head, capital_office):
        # A name the entity recogniser missed ("Mayor Ana Ruiz"): most speakers are people.
        if named is not None and named.i > head.i and not _one_of_a_people(named):
            # "Aldermouth's MP, Sian Lloyd-Evans": the name, not the title; "Mbeki, a
            # Republican," is Mbeki, one of a party.
            return replace(named_mention(named), span=span)
        return _unrecognised_name(head, span, entity)
    if named is None:
        named = _name_after_place(head, phrase)
    if named is not None:
        return _named_beside_a_noun(head, span, named)
    return _common_noun(head, phrase, span)


def _name_before_its_letters(head: Token) -> Token | None:
    """The name before letters written after it: "Richard Owusu" of "Richard Owusu KC",
    parsed with "KC" for the head."""
    member = head.lower_ in MEMBERS_AFTER_NAMES
    if not (member or head.lower_ in LETTERS_AFTER_NAMES) or head.i == 0:
        return None
    name = head.doc[head.i - 1]
    # "Labour MP said": a member's letters follow a party or place too, a name only if a
    # person's ("Jane Hill MP").
    kinds = ("PERSON",) if member else ("", "PERSON")
    return name if name.pos_ == "PROPN" and name.ent_type_ in kinds else None


def _name_after_its_part(head: Token) -> Token | None:
    """The name after a participle that opens its sentence to say the part someone plays in
    court ("Defending, Richard Owusu KC said"), parsed with the participle for the subject."""
    doc = head.doc
    if not head.lower_.endswith("ing") or head.i + 1 == len(doc) or doc[head.i + 1].text != ",":
        return None
    if head.i > 0 and not (doc[head.i - 1].is_space or doc[head.i - 1].is_sent_end):
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _named_by_another_word(
    head: Token, span: tuple[int, int], named: Token | None
) -> Mention | None:
    """The speaker another word names: the noun a relative word stands for, the name before
    a piece of writing, beside a title, or after an office."""
    clause = head.head
    hung = None if head.lower_ not in RELATIVES or clause.dep_ != "relcl" else clause.head
    if hung is not None and hung.pos_ not in ("NOUN", "PROPN", "PRON"):
        # "they turned to the Transit Authority which reported …", hung on "turned"
        hung = noun_before(head)
    elif head.lower_ in ("which", "who") and head.dep_ == "nsubj" and clause.dep_ != "relcl":
        hung = noun_before(head)  # the same, the clause taken for the verb's own
    if (
        hung is not None
        and not name_with_its_mark(head)  # "The consumer group Which? said": the group's name
    ):
        # "Mr. Kamin, who emphasized that …": the mention is "who", the speaker Mr. Kamin.
        noun = antecedent(head, hung)
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            noun = noun.head  # "Felix Underwood, a security researcher who said …": him
            return replace(named_mention(noun), span=span, salient=False)
        described = mention_for(noun, noun.doc[noun.left_edge.i : noun.i + 1])
        return replace(described, span=span)
    captioned = _name_before_a_piece(head)
    if captioned is not None:
        # "President Obama Speech at the Summit": the speech is his, the name ends before it.
        return replace(named_mention(captioned), span=span)
    if head.lower_ in TITLES and named is not None and named.i > head.i:
        # "Transport Minister Tmt. R. Lakshmi", parsed as the title with the name beside it
        return _a_person_beside(replace(named_mention(named), span=span), head)
    office = _holder(head)
    if office is not None:
        # "Minister of Finance Enoch Godongwana": the name says who.
        return replace(named_mention(office), span=span)
    return None


def _part_of_a_whole(
    head: Token, phrase: SpacySpan, span: tuple[int, int], named: Token | None
) -> Mention | None:
    """Someone of a named whole ("some of the drivers"), or the name set beside them."""
    part = _kind_of_part(head)
    if named is not None and (
        part is not SpeakerKind.UNKNOWN
        or (
            named.i > head.i
            and named.ent_type_ == "PERSON"
            and head.ent_type_ not in ("", "PERSON")
            and headline_role(head)
        )
    ):
        # "one of the family's lawyers, Justin Bamberg", and "A GP, Ravi Mehta" with the
        # initialism taken for a body's name: the name says who.
        return replace(named_mention(named), span=span)
    if part is not SpeakerKind.UNKNOWN:
        # "some of the drivers": someone of a named whole, not a pronoun to resolve.
        name = span_text(phrase).strip(" ,")
        return Mention(span, head, name, part, _share_key(phrase) or head.lower_)
    return None


def _aged_or_ranked(
    head: Token, phrase: SpacySpan, span: tuple[int, int], named: Token | None
) -> Mention | None:
    """A person called by age ("the 34-year-old") or ranking ("world No 3 Marsh")."""
    doc = head.doc
    age = _the_aged(head)
    if age is not None:
        # '"…," the 34-year-old said': the person named before, as "the coach" is.
        name = span_text(age)
        return Mention(span, head, name, SpeakerKind.PERSON, name.lower(), False)
    number = _rank_number(head)
    if number is None:
        return None
    last = number.i + 1
    if last < len(doc) and doc[last].pos_ == "PROPN":
        # "said world No 3 Marsh", parsed with "world" for the subject: the player.
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
            last += 1
        return replace(named_mention(doc[last]), span=span)
    if named is not None:
        return replace(named_mention(named), span=span)  # "the world No 7, X"
    # '"…," the world No 12 said': the player named before, as "the coach" is.
    name = span_text(phrase).strip(" ,")
    return Mention(span, head, name, SpeakerKind.PERSON, head.lower_, False)


def _pronoun(head: Token, span: tuple[int, int], named: Token | None) -> Mention | None:
    """A word tagged a pronoun or written as one: a body's name the tagger misread ("Which?"),
    the name beside it, the writer, or a pronoun still to resolve."""
    lower, pos = head.lower_, head.pos_  # read once: each read builds a new string
    # "consumer group Which? said", '"…," Which? said' or "according to Which?", a question
    # that says nothing: a body's name the tagger read as a word.
    if pos == "PRON" and head.is_title:
        clause = head.head
        end = head.i + 2 if name_with_its_mark(head) else head.i + 1
        said_by = head.dep_ == "nsubj" and clause.lemma_.lower() in lexicon()
        according = (
            head.dep_ == "pobj" and clause.lower_ == "to" and clause.head.lower_ == "according"
        )
        if (not head.is_sent_start and _body_noun(head, _entity_of(head))) or (
            end > head.i + 1 and (said_by or according)
        ):
            name = words_text(head.doc, head.i, end)
            return Mention(span, head, name, SpeakerKind.ORGANISATION, name.lower())
    if pos == "PRON" and named is not None and named.i > head.i:
        # "Another, Sam Cole, replied": the name says who.
        return replace(named_mention(named), span=span)
    if lower in WRITER_PRONOUNS:
        # "We asked her …", "I met him in 2019": a speaker is never inside quotation marks, so
        # this is the writer, the same one each time, and nobody a later "she" stands for.
        return Mention(span, head, head.text, SpeakerKind.PERSON, lower, antecedent=False)
    if lower == "another" and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in head.children):
        return None  # "Another, a head of science,": the description says who, as of "One"
    if pos == "PRON" or lower in _PRONOUNS:
        kind = (
            SpeakerKind.PERSON
            if lower in PERSON_PRONOUNS
            else SpeakerKind.GROUP
            if lower in GROUP_PRONOUNS
            else SpeakerKind.UNKNOWN
        )
        return Mention(span, head, head.text, kind, lower, resolved=False)
    return None


def _named_beside_a_noun(head: Token, span: tuple[int, int], named: Token) -> Mention:
    """The speaker a name set beside a noun names, a body's when the noun names a body."""
    # "Their singer, Dev Holloway", "the mayor, Helga Marquardt": the name says who.
    mention = replace(named_mention(named), span=span)
    body_word = head.lemma_.lower()
    if body_word in _BODIES_BY_NOUN:
        # "The airline, Skyway, said", "the charity, Helpline,": the noun says it is a
        # body, whatever the recogniser took its name for.
        return replace(mention, kind=SpeakerKind.ORGANISATION, called=mention.called or body_word)
    return _a_person_beside(mention, head)
