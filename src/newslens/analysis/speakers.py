"""Who a speaker mention refers to: canonical keys, kinds, pronouns and role nouns.

"Kremlin spokesman Dmitry Peskov", "Peskov" and "Mr Peskov" are one speaker, keyed by
the fullest personal name seen ("dmitry peskov"). A pronoun or a role noun ("he", "the
spokesman") takes the nearest compatible named speaker before it. An unnamed "spokesman for
the firm", or "its spokesman", is the spokesman of the firm named before ("Northwind Energy
spokesman").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from newslens.analysis.lexicon import lexicon, word_sections
from newslens.analysis.model import SpeakerKind
from newslens.analysis.quotes import headline_at
from newslens.analysis.syntax import (
    GIVEN_NAMES,
    HYPHENS,
    doc_text,
    misread_surname,
    name_with_its_mark,
    object_of,
    span_text,
    words_text,
)
from newslens.article import Span
from newslens.boilerplate import opens_an_entry
from newslens.wrapping import REPLY_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The word lists are data: speaker_words.txt says what each one is for.
SPEAKER_WORDS = word_sections("speaker_words.txt")
TITLES = SPEAKER_WORDS["titles"]
PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "i", "we"])
WRITER_PRONOUNS = frozenset(["i", "we"])
GROUP_PRONOUNS = frozenset(["they", "them", "their"])
THING_PRONOUNS = frozenset(["it"])
RELATIVES = frozenset(["who", "which", "that"])
ROYAL_TITLES = SPEAKER_WORDS["royal_titles"]  # "King Charles": the title is part of the name
ROLE_NOUNS = SPEAKER_WORDS["role_nouns"] | ROYAL_TITLES
_MINISTERS = SPEAKER_WORDS["ministers"]
_ROLE_QUALIFIERS = SPEAKER_WORDS["role_qualifiers"]
DESCRIBED = SPEAKER_WORDS["described_nouns"]  # "the witness": only someone called that
_ROLE_WORDS = ROLE_NOUNS | DESCRIBED
_POSITIONS = SPEAKER_WORDS["positions"]  # "the striker": a player named before
OFFICES = SPEAKER_WORDS["offices"] | _POSITIONS  # "the mayor": never one given another office
MEASURES = SPEAKER_WORDS["measures"]  # "according to demand": no one says it
SOURCE_NOUNS = SPEAKER_WORDS["source_nouns"]  # "Poll: voters split …": the poll says it
# "figures released by Eurostat", "a poll by Ipsos": Eurostat's, Ipsos's
DATA_NOUNS = SOURCE_NOUNS | SPEAKER_WORDS["data_nouns"]
THING_VERBS = SPEAKER_WORDS["thing_verbs"]  # "figures showed a rise", not "he showed no emotion"
# Endings that make a noun a person's (economist, politician, chairwoman).
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person")
_PERSON_NOUNS = SPEAKER_WORDS["person_nouns"]
_COLLECTIVE_NOUNS = SPEAKER_WORDS["collective_nouns"]  # "staff", "the crew": people, a group
_ORGANISATION_NOUNS = SPEAKER_WORDS["organisation_nouns"]
_FIRM_WORDS = SPEAKER_WORDS["firm_words"]  # "Crestline Motors", "Acme Holdings plc"
_FIRM_NAME_ENDINGS = tuple(SPEAKER_WORDS["firm_name_endings"])  # "Comscore", "Zentech"
_BODY_ENDINGS = SPEAKER_WORDS["body_endings"]  # "The Crohn's Society", "Harrow Council"
# Words after an "'s" that make the one before it a disease's name, not its owner:
# "Huntington's Disease Association", "the Tourette's Syndrome Trust".
_NAMED_FOR_SOMEONE = frozenset(["disease", "syndrome"])
_CAMPAIGN_NOUNS = SPEAKER_WORDS["campaign_nouns"]  # "the campaign": a candidate's
_FIRM_NOUNS = SPEAKER_WORDS["firm_nouns"]  # "the company", standing for a firm named before
_FIRM_DESCRIPTORS = SPEAKER_WORDS["firm_descriptors"]  # "grid operator E-Redes": a firm
_BODY_DESCRIPTORS = SPEAKER_WORDS["body_descriptors"]  # "Regulator Ofgem": never part of a name
_FIRM_POSSESSIONS = SPEAKER_WORDS["firm_possessions"]  # "its workforce": a firm's
# "Northwind is to cut 600 jobs": what a firm does, as (verb, object) lemmas
_FIRM_ACTS = frozenset(tuple(act.split("_", 1)) for act in SPEAKER_WORDS["firm_acts"])
_TRADES = SPEAKER_WORDS["trades"]  # "record producer Okonkwo": a firm's or a person's
_BOSS = frozenset(["boss"])
_BOSS_ROLES = [frozenset(role.split("_")) for role in SPEAKER_WORDS["boss_roles"]]
_GREETINGS = SPEAKER_WORDS["greetings"]  # "Hi Sam,": Sam is addressed, not spoken of
# "one of the drivers" is a driver; "some of the drivers", several.
_ONE_OF = frozenset(["one", "each", "either", "neither", "another"])
_SOME_OF = frozenset(["some", "many", "most", "several", "all", "both", "few", "none", "two"])
_FEMALE = SPEAKER_WORDS["female"]
_MALE = SPEAKER_WORDS["male"]
_GENERIC_TITLES = SPEAKER_WORDS["generic_titles"]  # "health spokesman, Dr Nadira Quist"
_FEMALE_NAMES = SPEAKER_WORDS["female_names"]
_MALE_NAMES = SPEAKER_WORDS["male_names"]
_ROLE_ENDINGS = tuple(sorted(SPEAKER_WORDS["role_endings"], key=len, reverse=True))
# Unions the word tests take, built once rather than on each test (the given names are many).
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
_SPEAKING_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVES
_BODY_NOUNS = _ORGANISATION_NOUNS | _FIRM_NOUNS  # "the union", "the company"
# Nouns that make a name set beside them a body: "the airline, Skyway"; not "the developer,
# Hale", a trade a person has too.
_BODIES_BY_NOUN = (_BODY_NOUNS | _FIRM_DESCRIPTORS) - _TRADES
_SPEAKING_NOUNS = _BODY_NOUNS | SOURCE_NOUNS  # "the committee", "the poll"
_PERSON_WORDS = _ROLE_WORDS | _PERSON_NOUNS
# "Another mother, Kirsty": nouns that make a one-word name beside them a person's
_PEOPLE_ONLY = (_PERSON_WORDS | _FEMALE | _MALE) - SPEAKER_WORDS["shared_with_bodies"]
_TITLES_AND_ROLES = TITLES | ROLE_NOUNS
_NO_ROLE_ROOTS = GIVEN_NAMES | _BODY_NOUNS  # "Sherman", "carmaker"
_NO_BODY_NAMES = TITLES | GIVEN_NAMES | _PERSON_NOUNS
_KIND_OF_LABEL = {
    "PERSON": SpeakerKind.PERSON,
    "ORG": SpeakerKind.ORGANISATION,
    "GPE": SpeakerKind.PLACE,
    "LOC": SpeakerKind.PLACE,
    "NORP": SpeakerKind.GROUP,
    "FAC": SpeakerKind.ORGANISATION,
}


@dataclass
class Mention:
    """One phrase that names (or stands for) a speaker."""

    span: Span
    head: Token
    name: str
    kind: SpeakerKind
    key: str
    resolved: bool = True  # False for pronouns and role nouns until resolved
    # False for a name that only lends its surname ("Deepa Sharma was woken …" makes a
    # later "Sharma" her) and is no antecedent for a pronoun.
    antecedent: bool = True
    # False for a person named outside any subject ("the speakers included Margaret Ellison"):
    # an antecedent only when no subject before is compatible.
    salient: bool = True
    # For names joined by "and", each one: "Jon Tester" in "Jon Tester and Ron Wyden said"
    # is who a later "Tester" is.
    members: tuple[Mention, ...] = ()
    # The noun a body's name was given ("operator" of "grid operator E-Redes", "union" of
    # "Union Usdaw"): what a later "the operator" or "the company" may stand for.
    called: str = ""


# Words that open a surname: "bin Salman", "van der Berg", "de la Cruz".
_NAME_PARTICLES = frozenset(
    ["bin", "bint", "ibn", "al", "el", "van", "von", "de", "der", "den", "da", "di", "del"]
) | frozenset(["la", "le", "dos", "das", "ter", "ten"])


def _entity_of(token: Token) -> SpacySpan | None:
    """The named entity the token belongs to ("Ukrainian forces" has none).

    Walked from the token's own IOB tags: ``Doc.ents`` is rebuilt on every access.
    """
    label = token.ent_type_
    if not label:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    # "Workplace Health and | Safety Queensland": the recogniser may cut a body's name at its
    # "and", leaving the "and" on the first half.
    while start > 1 and doc[start - 1].lower_ in ("and", "&") and doc[start - 1].ent_type_ == label:
        start -= 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    # "Abdulaziz | bin Salman", "Pieter | van der Berg": the recogniser may start a second
    # name at a surname's particle.
    while (
        start > 1
        and doc[start].lower_ in _NAME_PARTICLES
        and doc[start - 1].ent_type_ == label == "PERSON"
    ):
        start -= 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    # "Ursula von der | Leyen": or end a person's name at its particle, the surname taken
    # for another entity.
    if (
        start > 1
        and doc[start - 1].lower_ in _NAME_PARTICLES
        and doc[start - 1].ent_type_ == "PERSON"
    ):
        start -= 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    verb = token.head
    if token.i < verb.i < end and verb.pos_ in ("VERB", "AUX"):
        # "Hale Says New Bridge Will Open", a title-case headline the recogniser reads as one
        # body's name: no name holds the verb its word is the subject of.
        end = verb.i
    if label == "ORG" and _first_of_two_places(doc, start) and doc[end - 1].lower_ in _BODY_NOUNS:
        start -= 2  # "Avon and | Somerset Police", "Brighton and | Hove City Council"
    return SpacySpan(doc, start, end)


def _first_of_two_places(doc: Doc, start: int) -> bool:
    """Whether a name starting at ``start`` goes on from one word and an "and" before it that
    the recogniser left out: the first of two places a police force or a council is named
    for ("Avon and Somerset Police"); not a name of its own ("Tom Hale and …")."""
    if start < 2 or doc[start - 1].lower_ not in ("and", "&") or doc[start - 1].ent_type_:
        return False
    place = doc[start - 2]
    return (
        place.pos_ == "PROPN"
        and place.ent_type_ in ("", "GPE", "LOC", "PERSON")  # "Devon" read as a person's name
        and (start < 3 or doc[start - 3].pos_ != "PROPN")
    )


def name_run(head: Token) -> SpacySpan:
    """The proper nouns written together up to ``head``: "Sian Lloyd-Evans"."""
    # Built as a span, not sliced from the doc: a slice costs three times as much.
    return SpacySpan(head.doc, name_start(head), head.i + 1)


def name_start(head: Token) -> int:
    """Where ``name_run(head)`` starts, without building the span (a slice of a Doc costs
    more than the walk to its start)."""
    doc = head.doc
    start, word = head.i, head
    # Each step's word is the one the step before took: a Token is built per word, not two.
    while start > 0 and _goes_on_name(before := doc[start - 1], word):
        start, word = start - 1, before
    return start


def _name_over_and(run: SpacySpan) -> SpacySpan:
    """``run`` with the words before an "and" inside the same name: "Food and | Drug
    Administration", "the Central and | East European Coalition", whose word before the
    "and" hangs on the name, not on a verb as "Jon Tester" of "Jon Tester and | Ron Wyden
    said" does."""
    doc, start = run.doc, run.start
    if start < 2 or doc[start - 1].lower_ not in ("and", "&"):
        return run
    before = doc[start - 2]
    capital = before.pos_ == "PROPN" or (before.pos_ == "ADJ" and before.is_title)  # "Northern"
    if not capital or not run.start <= before.head.i < run.end:
        return run
    return SpacySpan(doc, name_start(before), run.end)


def _goes_on_name(before: Token, word: Token) -> bool:
    """Whether ``before`` is of the name ``word`` is in: a proper noun, or joined to it by a
    hyphen with no space ("Lloyd-Evans")."""
    if before.pos_ == "PROPN":
        return True
    if before.whitespace_:
        return False
    return before.text in HYPHENS or (word.text in HYPHENS and before.is_alpha)


def mention_for(head: Token, phrase: SpacySpan) -> Mention:
    """Describe the speaker phrase ``phrase`` whose syntactic head is ``head``.

    Names joined by "and" ("Mayor Lisa Brown and Councillor Tom Hale said") are one
    speaker of their own, the pair, whom a later "they" may stand for.
    """
    mention = _mention(head, phrase)
    if "\n" in mention.name:
        mention = _unwrapped(mention)
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in head.children)
    # "Marks and Spencer says": a name the tagger may take for a plural noun
    named = head.pos_ == "PROPN" or (head.tag_ == "NNS" and head.is_title)
    if not joined or not named or not mention.resolved:
        return mention
    # "Barnes & Noble", "Health and Human Services": a partner inside the name is the name.
    entity = _entity_of(head)
    partners = [
        c
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


def _one_body_of_two_names(head: Token, partner: Token, mention: Mention) -> bool:
    """Whether two surnames joined by "and" or "&" are one body's name, a firm named for its
    founders: "Moore & Van Allen" (an ampersand joins no two people), or "Marks and Spencer"
    when the story names it as a body ("the retailer Marks and Spencer", "Marks and Spencer
    says", or named whole as a body elsewhere); "Tom Hale and Ann Ruiz", "Hale and Ruiz said"
    stay two people."""
    doc = head.doc
    if name_start(head) != head.i or head.lower_ in GIVEN_NAMES:
        return False
    if doc[head.i + 1].text == "&":
        return True
    if name_start(partner) != partner.i or partner.lower_ in GIVEN_NAMES:
        return False
    verb = head.head
    singular = head.dep_ == "nsubj" and (
        verb.tag_ == "VBZ" or any(c.dep_ == "aux" and c.tag_ == "VBZ" for c in verb.children)
    )
    pair = f"{head.lower_} and {partner.lower_}"
    named_whole = any(
        e.label_ == "ORG" and " ".join(e.text.lower().replace("&", "and").split()) == pair
        for e in doc.ents
    )
    return singular or bool(mention.called) or named_whole


def _a_person_beside(mention: Mention, noun: Token) -> Mention:
    """``mention``, a person's when the noun set beside its name only a person is: "the
    foreign minister of Valdoria, Inés Carvajal", whatever the recogniser took the name for
    (a name of one word may be a body's: see _lone_persons_name)."""
    if noun.lemma_.lower() not in _PEOPLE_ONLY or mention.called or " " not in mention.key:
        return mention
    return replace(mention, kind=_kind_by_name(mention.name, SpeakerKind.PERSON))


def _named_with(partner: Token, head: Token) -> bool:
    """Whether a name joined to ``head`` by "and" is one name with it: "Devon and Cornwall
    Police", a force named for two places."""
    entity = _entity_of(partner)
    return entity is not None and entity.start <= head.i


# "govern-\nment", a word broken at a line's end by text wrapped by hand (a PDF, an email).
_LINE_BREAK_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=[a-z])")


def _unwrapped(mention: Mention) -> Mention:
    """A mention written over two lines, named as one: "Mayor Ana\nRuiz" is "Mayor Ana Ruiz",
    "the admin-\nistration" is "the administration", an organisation as "the army" is."""
    name = " ".join(_LINE_BREAK_HYPHEN.sub("", REPLY_MARKS.sub("\n", mention.name)).split())
    key = " ".join(re.sub(r"(?<=\w)-\s+(?=[a-z])", "", REPLY_MARKS.sub("\n", mention.key)).split())
    kind = mention.kind
    if kind is SpeakerKind.UNKNOWN:
        word = name.rsplit(" ", 1)[-1].lower()
        if word in _ORGANISATION_NOUNS:
            kind = SpeakerKind.ORGANISATION
        elif word in _PERSON_NOUNS:
            kind = SpeakerKind.PERSON
    return replace(mention, name=name, key=key, kind=kind)


def _mention(head: Token, phrase: SpacySpan) -> Mention:
    span = (phrase.start_char, phrase.end_char)
    lower, pos = head.lower_, head.pos_  # read once: each read builds a new string
    clause = head.head
    if (
        lower in RELATIVES
        and clause.dep_ == "relcl"
        and clause.head.pos_ in ("NOUN", "PROPN", "PRON")
        and not name_with_its_mark(head)  # "The consumer group Which? said": the group's name
    ):
        # "Mr. Kamin, who emphasized that …": the mention is "who", the speaker Mr. Kamin.
        noun = clause.head
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            noun = noun.head  # "Felix Underwood, a security researcher who said …": him
            return replace(mention_for(noun, name_run(noun)), span=span, salient=False)
        described = mention_for(noun, noun.doc[noun.left_edge.i : noun.i + 1])
        return replace(described, span=span)
    # The name set beside the head ("the mayor, Helga Marquardt"), that several readings take.
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if lower in TITLES and named is not None and named.i > head.i:
        # "Transport Minister Tmt. R. Lakshmi", parsed as the title with the name beside it
        return _a_person_beside(replace(mention_for(named, name_run(named)), span=span), head)
    office = _holder(head)
    if office is not None:
        # "Minister of Finance Enoch Godongwana": the name says who.
        return replace(mention_for(office, name_run(office)), span=span)
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
        return replace(mention_for(named, name_run(named)), span=span)
    if part is not SpeakerKind.UNKNOWN:
        # "some of the drivers": someone of a named whole, not a pronoun to resolve.
        tokens = [t for t in phrase if not t.is_space and not t.is_punct]
        name = span_text(phrase).strip(" ,")
        return Mention(span, head, name, part, " ".join(t.lower_ for t in tokens) or lower)
    doc = head.doc
    age = _the_aged(head)
    if age is not None:
        # '"…," the 34-year-old said': the person named before, as "the coach" is.
        name = span_text(age)
        return Mention(span, head, name, SpeakerKind.PERSON, name.lower(), False)
    number = _rank_number(head)
    if number is not None:
        last = number.i + 1
        if last < len(doc) and doc[last].pos_ == "PROPN":
            # "said world No 3 Marsh", parsed with "world" for the subject: the player.
            while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
                last += 1
            return replace(mention_for(doc[last], name_run(doc[last])), span=span)
        if named is not None:
            return replace(mention_for(named, name_run(named)), span=span)  # "the world No 7, X"
        # '"…," the world No 12 said': the player named before, as "the coach" is.
        return Mention(span, head, span_text(phrase).strip(" ,"), SpeakerKind.PERSON, lower, False)
    end = head.i + 2 if name_with_its_mark(head) else head.i + 1
    # "consumer group Which? said", '"…," Which? said' or "according to Which?", a question
    # that says nothing: a body's name the tagger read as a word.
    titled_word = pos == "PRON" and head.is_title
    said_by = head.dep_ == "nsubj" and clause.lemma_.lower() in lexicon()
    according = head.dep_ == "pobj" and clause.lower_ == "to" and clause.head.lower_ == "according"
    if titled_word and (
        (not head.is_sent_start and _body_noun(head, _entity_of(head)))
        or (end > head.i + 1 and (said_by or according))
    ):
        name = words_text(doc, head.i, end)
        return Mention(span, head, name, SpeakerKind.ORGANISATION, name.lower())
    if pos == "PRON" and named is not None and named.i > head.i:
        # "Another, Sam Cole, replied": the name says who.
        return replace(mention_for(named, name_run(named)), span=span)
    if lower in WRITER_PRONOUNS:
        # "We asked her …", "I met him in 2019": a speaker is never inside quotation marks, so
        # this is the writer, the same one each time, and nobody a later "she" stands for.
        return Mention(span, head, head.text, SpeakerKind.PERSON, lower, antecedent=False)
    if pos == "PRON" or lower in _PRONOUNS:
        kind = (
            SpeakerKind.PERSON
            if lower in PERSON_PRONOUNS
            else SpeakerKind.GROUP
            if lower in GROUP_PRONOUNS
            else SpeakerKind.UNKNOWN
        )
        return Mention(span, head, head.text, kind, lower, resolved=False)
    if (
        head.ent_type_ == "NORP"
        and head.tag_ == "NNP"
        and _the_one(phrase, head)
        and not _plural_name(head)
    ):
        # '"…," the Swede said': the player named before, as "the veteran coach" is; but
        # "the Greens said" is a party speaking, whatever number the tagger gave it.
        return Mention(span, head, span_text(phrase).strip(" ,"), SpeakerKind.PERSON, lower, False)
    member = _named_member(head, phrase)
    if member is not None:
        # "The Institute for Fiscal Studies director, Paul Hendry": the body's person.
        return replace(mention_for(member, name_run(member)), span=span)
    if _people_opening(head):
        return Mention(
            span, head, span_text(phrase).strip(" ,"), SpeakerKind.GROUP, _phrase_key(phrase)
        )
    # "The Premier said", "the Taoiseach": an office written with a capital is still a role,
    # whatever the recogniser took it for.
    capital_office = _role_word(head.lower_) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )
    entity = _entity_of(head)
    ent = None if capital_office and entity is not None and len(entity) == 1 else entity
    body = _named_for_a_place(head, ent)
    if body is not None:
        name = span_text(body)
        return Mention(span, head, name, SpeakerKind.ORGANISATION, name.lower())
    if ent is not None and head.ent_type_ in _KIND_OF_LABEL:
        ranking = {t.i for t in _ranking(head)}  # "world No 54 Marsh": no part of the name
        # "Ursula von der Leyen", the surname taken for a place: the name is a person's.
        # Not "Devon" of "Devon and Cornwall Police": the first of two places a body is named for.
        a_persons = ent[0].ent_type_ == "PERSON" and (
            len(ent) < 2 or ent[1].lower_ not in ("and", "&")
        )
        kind = _KIND_OF_LABEL["PERSON" if a_persons else head.ent_type_]
        if kind is SpeakerKind.GROUP and _named_like_a_body(head, ent):
            kind = SpeakerKind.ORGANISATION
        if kind is not SpeakerKind.PERSON and (
            _aged(head)
            or bool(ranking)  # "world No 54 Marsh": a player
            or _titled(ent)
            or _called(head)
            or _honoured(ent)
            or misread_surname(head)
            or _title_before(ent)
            or (len(ent) >= 3 and _before_a_name(ent[0]))  # "Nurse Obi Adeyemi said"
            or _lone_persons_name(head, ent)
        ):
            # "Jamal Price, 16, said", "Chief Constable Nadia Okoro", "Connolly said":
            # people, whatever the recogniser said
            kind = SpeakerKind.PERSON
        called = _body_noun(head, entity)  # "grid operator E-Redes", "budget airline Ryanair"
        # The name as written ("Lloyd-Evans"), without a person's titles, or a leading "the"
        # of another name ("the Treasury"; "General Motors" keeps its "General").
        start, end = ent.start, ent.end
        if len(ent) >= 2 and ent[0].lower_ in _BODY_DESCRIPTORS:
            # "Regulator Ofgem said" opening a sentence: the body, without its description.
            called, start = ent[0].lower_, start + 1
        elif _body_first(ent):
            called = ent[0].lower_
            start += _written_alone(ent[1])
        if called:
            kind = SpeakerKind.ORGANISATION
        elif kind is SpeakerKind.PERSON:
            start = _given_names_before(ent)
        if head.ent_type_ == "NORP" and start == ent.start:
            start = _group_name_start(ent)
        while start < end - 1 and start in ranking:
            start += 1
        while start < end - 1 and (
            (
                kind is SpeakerKind.PERSON
                and _before_a_name(ent.doc[start])
                and not _royal(ent.doc[start])
            )
            or ent.doc[start].lower_ == "the"
        ):
            start += 1
        while end > start + 1 and ent.doc[end - 1].text in ("’s", "'s"):
            end -= 1
        if kind is SpeakerKind.ORGANISATION and start == ent.start:
            start = _owner_in_name(ent)
        name = words_text(ent.doc, start, end)
        if kind is SpeakerKind.PERSON and len(ent) == 1 and head.tag_ in ("NNS", "NNPS"):
            kind = SpeakerKind.GROUP  # "Schools would keep …" opening a sentence: no person
        kind = _kind_by_name(name, kind)
        key = name.lower()
        if kind is SpeakerKind.ORGANISATION and _named_with_its_s(ent.doc[end - 1]):
            # "Marlow's" as the firm writes it, the same firm as "Marlow's chief executive"
            name = words_text(ent.doc, start, end + 1)
        return Mention(span, head, name, kind, key, called=called)
    # A capitalised subject the tagger took for a verb ("Trump this week said …") or an
    # adverb ("Kiely said …") is a name.
    misread = pos == "VERB" and head.dep_ in ("nsubj", "nsubjpass")
    named_word = pos == "PROPN" or misread or misread_surname(head)
    if named_word and head.text[:1].isupper() and not (capital_office and len(name_run(head)) == 1):
        # A name the entity recogniser missed ("Mayor Ana Ruiz"): most speakers are people.
        if named is not None and named.i > head.i:
            # "Aldermouth's MP, Sian Lloyd-Evans": the name, not the title.
            return replace(mention_for(named, name_run(named)), span=span)
        run = _name_over_and(name_run(head))
        start = _past_department(run)
        if start == run.start:
            start = _owner_in_name(run)  # "The Crohn's Society" the recogniser missed
        called = _body_noun(head, entity)
        if start < run.end - 1 and run.doc[start].lower_ in _BODY_DESCRIPTORS:
            called = run.doc[start].lower_
        elif _body_first(run):
            called = run[0].lower_
            start += _written_alone(run[1])
        while (
            start < run.end - 1
            and (_before_a_name(run.doc[start]) or run.doc[start].lower_ in _BODY_DESCRIPTORS)
            and not _royal(run.doc[start])
            and not _titles_only(run.doc[start + 1 : run.end])
        ):
            start += 1
        # "the Conservative Martin Cole": a person's name starts at its given name
        start = next((t.i for t in run.doc[start : run.end - 1] if t.lower_ in GIVEN_NAMES), start)
        name = words_text(run.doc, start, _name_past_its_body_word(head) or run.end)
        # "the 13th Amendment", "Proposition 8": a person's name holds no number; a player's
        # ranking ("world No 54 Marsh") is no part of the name.
        ranking = {t.i for t in _ranking(head)}
        words = [t for t in [*run, *head.lefts] if t.i not in ranking]
        numbered = any(t.like_num or any(c.isdigit() for c in t.text) for t in words)
        # "Norovirus was a possibility": one capitalised word opening a sentence, that the
        # recogniser did not take for anyone and that says nothing, may be any word.
        unknown_word = (
            pos == "PROPN"
            and len(run) == 1
            and head.is_sent_start
            and not head.ent_type_
            and head.head.lemma_.lower() not in lexicon()
        )
        kind = SpeakerKind.UNKNOWN if numbered or unknown_word else SpeakerKind.PERSON
        if head.tag_ == "NNPS":
            kind = SpeakerKind.GROUP  # "Schools would keep …": a plural names no one person
        if called:
            kind = SpeakerKind.ORGANISATION
        kind = _kind_by_name(name, kind)
        return Mention(span, head, name, kind, name.lower(), called=called)
    if named is None:
        named = _name_after_place(head, phrase)
    if named is not None:
        # "Their singer, Dev Holloway", "the mayor, Helga Marquardt": the name says who.
        mention = replace(mention_for(named, name_run(named)), span=span)
        body_word = head.lemma_.lower()
        if body_word in _BODIES_BY_NOUN:
            # "The airline, Skyway, said", "the charity, Helpline,": the noun says it is a
            # body, whatever the recogniser took its name for.
            return replace(
                mention, kind=SpeakerKind.ORGANISATION, called=mention.called or body_word
            )
        return _a_person_beside(mention, head)
    # A common-noun phrase: "the leader of the legion", "Ukrainian forces", "the spokesman".
    tokens = [t for t in phrase if not t.is_space]
    name = span_text(phrase).strip(" ,")
    many = head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in _COLLECTIVE_NOUNS
    owner = next((c.lower_ for c in head.children if c.dep_ == "poss"), "")
    people = person_word(head) or head.lemma_.lower() in _COLLECTIVE_NOUNS
    if owner in ("its", "their") and people:
        # "Its spokeswoman said", "its analysts said": people of the body "its" stands for.
        pronoun = "it" if owner == "its" else "they"
        kind = SpeakerKind.GROUP if many else SpeakerKind.UNKNOWN
        return Mention(span, head, name, kind, pronoun, resolved=False)
    if many:
        kind = SpeakerKind.GROUP
    elif _role_word(head.lower_):
        # "the spokesman" stands for someone named before; "a spokesman" and "the leader of
        # the legion" are someone of their own.
        # "the defense attorney" as well, not "the Republican nominee", who is described.
        short = len(tokens) <= 2 or (
            len(tokens) == 3
            and tokens[0].lower_ == "the"
            # "the chief executive", "the veteran coach", not "the Republican nominee"
            and (
                (tokens[1].pos_ in ("NOUN", "ADJ") and tokens[1].text.islower())
                or _described(head.lower_)
            )
        )
        if short and tokens[0].lower_ not in ("a", "an", "another", "one"):
            return Mention(span, head, name, SpeakerKind.PERSON, lower, resolved=False)
        epithet = len(tokens) == 4 and tokens[1].lower_ == "former" and tokens[2].pos_ == "PROPN"
        if tokens[0].lower_ == "the" and (_role_of_a_body(head) or epithet):
            # "the board's head said": whoever the story named head of the board, if anyone;
            # "the former Rovers captain said": someone named before, as sports pages write.
            return Mention(
                span, head, name, SpeakerKind.PERSON, _phrase_key(tokens), resolved=False
            )
        kind = SpeakerKind.PERSON
    elif head.lemma_.lower() in _PERSON_NOUNS or head.lower_.endswith(_PERSON_ENDINGS):
        kind = SpeakerKind.PERSON  # "the plant manager"
    elif head.lemma_.lower() in _ORGANISATION_NOUNS and not _research_paper(head):
        kind = SpeakerKind.ORGANISATION  # "the Russian army"
    else:
        kind = SpeakerKind.UNKNOWN
    return Mention(span, head, name, kind, _phrase_key(tokens) or lower)


# Words that make a paper a piece of research, not a newspaper: "a research paper".
_RESEARCH = frozenset(["research", "scientific", "academic", "working", "discussion", "white"])


def _research_paper(noun: Token) -> bool:
    """Whether "paper" names a piece of research, as "the study" does, not a newspaper: one
    published somewhere ("The paper, published in The Lancet, found …") or called research
    ("a research paper")."""
    if noun.lemma_.lower() != "paper":
        return False
    return any(
        (c.dep_ == "acl" and c.lemma_.lower() == "publish")
        or (c.dep_ in ("amod", "compound") and c.lower_ in _RESEARCH)
        for c in noun.children
    )


def _phrase_key(words: Iterable[Token]) -> str:
    """A common-noun phrase's key: its words lower-cased, without articles and punctuation
    ("the plant manager" → "plant manager")."""
    return " ".join(t.lower_ for t in words if t.dep_ != "det" and not t.is_punct)


def _people_opening(head: Token) -> bool:
    """Whether a word opening its sentence, alone, is people of a kind: "Neighbours said …",
    "Witnesses said …", "Staff said …", whatever name the tagger or the recogniser took the
    capital for."""
    if not head.is_sent_start:
        return False
    lower = head.lower_
    singular = lower[:-2] if lower.endswith("sses") else lower[:-1]
    if not (lower.endswith("s") and singular in _PERSON_NOUNS) and lower not in _COLLECTIVE_NOUNS:
        return False
    entity = _entity_of(head)
    return (entity is None or len(entity) == 1) and not any(
        c.dep_ in ("compound", "amod") for c in head.lefts
    )


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


def addressed(word: Token, text: str) -> bool:
    """Whether ``word`` is in a greeting line ("Hi Sam,", "Dear Ms Reed,"): the one a
    letter is written to, whom no later "she said" reports. ``text`` is its doc's text."""
    start = text.rfind("\n", 0, word.idx) + 1
    end = text.find("\n", word.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = line.split(maxsplit=5)  # enough to tell a short line: a paragraph is long
    # A short line of its own, not a sentence that begins with "Hi" or "Good".
    short = len(words) <= 3 or (len(words) <= 5 and line[-1] in ",!:")
    return words[0].lower().rstrip(",!") in _GREETINGS and short


def person_word(word: Token) -> bool:
    """Whether a word names a person: a role ("governor"), a person's noun ("economist",
    "farmer") or a person's name."""
    lower = word.lower_
    return (
        word.ent_type_ == "PERSON"
        or _role_word(lower)
        or lower in TITLES
        or word.lemma_.lower() in _PERSON_NOUNS
        or lower.endswith(_PERSON_ENDINGS)
    )


def could_speak(word: Token) -> bool:
    """Whether a subject may be someone who speaks: a person, a body or one standing for
    them ("he", "they", "the committee"), not a thing ("the plan", "costs", "it")."""
    lower = word.lower_
    return (
        lower in _SPEAKING_PRONOUNS
        or word.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or (word.pos_ == "PROPN" and not word.ent_type_)
        or person_word(word)
        or word.lemma_.lower() in _SPEAKING_NOUNS
    )


# Verbs of giving out data: "figures released by Eurostat", "a poll conducted by Ipsos".
_PUBLISHING = frozenset(["publish", "release", "compile", "issue", "produce", "conduct"])


def publisher(data: Token) -> Token | None:
    """Who gave out the data or document a noun names, when the noun says so: the office
    of "data from the statistics office", Eurostat of "figures released by Eurostat"; not
    "figures from March", which names no one."""
    if data.lemma_.lower() not in DATA_NOUNS and data.lower_ not in DATA_NOUNS:
        return None
    named = _named_before_data(data) if data.lemma_.lower() in _FIGURE_NOUNS else None
    if named is not None:
        return named
    by: Token | None
    for child in data.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            by = child
        elif child.dep_ == "acl" and child.lemma_.lower() in _PUBLISHING:
            by = next((c for c in child.children if c.dep_ == "agent"), None)
        else:
            continue
        source = None if by is None else object_of(by)
        if source is not None and could_speak(source):
            return source
    return None


# Data that their publisher's name before them makes the publisher's ("NHS figures", "ONS
# data"); a poll, survey or analysis named so keeps its own name ("a Quinnipiac University
# poll", "a Reuters/Ipsos poll"), as those are cited.
_FIGURE_NOUNS = frozenset(["figure", "statistic", "number", "data", "datum", "estimate"])


def _named_before_data(data: Token) -> Token | None:
    """The body whose name stands before a data noun: the NHS of "NHS figures", the Home
    Office of "Home Office statistics"; not a place's or a people's data ("UK figures",
    "British data"), a month's, nor a report named after whoever led it ("the Mueller
    report"): the report speaks."""
    return next(
        (
            c
            for c in data.lefts
            if c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "PERSON")
            and could_speak(c)
        ),
        None,
    )


def _gives_out_data(word: Token) -> bool:
    """Whether a word is who gave out the data a noun names: Ipsos of "a poll by Ipsos", "a
    poll conducted by Ipsos" or "the poll was conducted by Ipsos", Kantor of "figures
    released by Kantor"."""
    if word.dep_ != "pobj":
        return False
    by, verb = word.head, word.head.head
    if by.dep_ == "agent" and verb.dep_ != "acl":
        return verb.lemma_.lower() in _PUBLISHING and any(
            c.dep_ == "nsubjpass" and (c.lemma_.lower() in DATA_NOUNS or c.lower_ in DATA_NOUNS)
            for c in verb.children
        )
    found = publisher(verb.head if by.dep_ == "agent" else verb)
    return found is not None and found.i == word.i


def _named_for_a_place(head: Token, ent: SpacySpan | None) -> SpacySpan | None:
    """The name of a body that ends with a place the recogniser took for the whole name:
    "Water UK", "Alzheimer's Research UK", "Parkinson's UK", "Sport England"; not "the UK",
    "Premier Ontario", nor a place after a named owner's "'s" ("Google's UK")."""
    if ent is None or head.ent_type_ != "GPE" or ent.end != head.i + 1:
        return None
    doc = head.doc
    run = name_run(head)
    before = doc[run.start : ent.start]
    if any(t.ent_type_ or t.lower_ in TITLES or _role_word(t.lower_) for t in before):
        return None
    start = run.start
    owned = start >= 2 and doc[start - 1].text in ("'s", "’s") and doc[start - 2].pos_ == "PROPN"
    if owned:
        start = name_start(doc[start - 2])  # "Alzheimer's Research UK"
    if not before and not (owned and not doc[start : run.start - 1].ents):
        return None  # the place alone ("the UK"), or a named owner's ("Google's UK")
    return doc[start : head.i + 1]


def _owner_in_name(name: SpacySpan) -> int:
    """Where a body's name starts when the recogniser left out the one it is named for:
    "Alzheimer's" of "The Alzheimer's Society said" and of "Alzheimer's Society said". The
    "the" before it is the body's, as no person's or place's name takes one, and so is an
    owner of a body's noun alone ("Society" is no name); the owner is no name of its own:
    not "Britain's Royal Navy", "Google's DeepMind", nor "the Kremlin's Security Council".
    A disease named for someone is named with them, whatever the recogniser took them for:
    "Huntington's" of "The Huntington's Disease Association"."""
    doc = name.doc
    start = name.start
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return start
    owner = doc[start - 2]
    if owner.pos_ != "PROPN" or owner.dep_ != "poss":
        return start
    if not name.start <= owner.head.i < name.end:
        return start
    first = name_start(owner)
    if doc[start].lower_ in _NAMED_FOR_SOMEONE:
        return first
    if owner.ent_type_:
        return start
    the = first > 0 and doc[first - 1].lower_ == "the"
    return first if the or (len(name) == 1 and name[0].lower_ in _BODY_ENDINGS) else start


# What may follow a firm's name written with its "'s": what the name does, a comma or stop,
# a preposition or a conjunction; never what the name owns ("Marlow's profits").
_AFTER_A_NAME = frozenset(["VERB", "AUX", "ADP", "CCONJ", "PUNCT"])


def _named_with_its_s(name: Token) -> bool:
    """Whether a firm's name is written with the "'s" after it as part of the name, as
    "Sainsbury's" and "Macy's" are: an "'s" that owns nothing ("Shares in Marlow's rose",
    "Marlow's said"; not "Marlow's profits", nor 'Marlow's "value" range')."""
    doc = name.doc
    after = name.i + 1
    if after >= len(doc) or doc[after].text not in ("'s", "’s") or name.dep_ in ("poss", "nmod"):
        return False
    return after + 1 == len(doc) or (
        doc[after + 1].pos_ in _AFTER_A_NAME and doc[after + 1].tag_ not in ("``", "''")
    )


def _group_name_start(ent: SpacySpan) -> int:
    """Where a group's name begins when the recogniser left out the proper nouns before it:
    "Liberal" of "the Liberal Democrats said"; not a title ("Senator"), nor a capital that
    only opens the sentence ("Fellow Republicans")."""
    doc = ent.doc
    start = ent.start
    while start > 0 and _untitled_name_word(doc[start - 1]):
        start -= 1
    return start if start > 0 and doc[start - 1].lower_ == "the" else ent.start


def _untitled_name_word(word: Token) -> bool:
    """Whether a word is a proper noun of no entity and no title: "Liberal", not "Senator"."""
    return (
        word.pos_ == "PROPN"
        and not word.ent_type_
        and word.lower_ not in TITLES
        and not _role_word(word.lower_)
    )


def _plural_name(word: Token) -> bool:
    """Whether a capitalised word is a plural ("Greens", "Tories"), not "Swiss" or "Swede"."""
    lower = word.lower_
    return lower.endswith("s") and not lower.endswith("ss")


def _the_one(phrase: SpacySpan, head: Token) -> bool:
    """Whether a phrase is "the" and its head alone."""
    words = [t for t in phrase if not t.is_space and not t.is_punct]
    return len(words) == 2 and words[0].lower_ == "the" and words[1].i == head.i


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


def _title_before(entity: SpacySpan) -> bool:
    """Whether a title stands just before a name the recogniser took for something else:
    "Hon. Aden Duale", "Local TD Verona Murphy-Kehoe"."""
    doc = entity.doc
    i = entity.start - 1
    while i >= 0 and (doc[i].text == "." or (doc[i].pos_ == "PROPN" and not doc[i].ent_type_)):
        if doc[i].lower_ in TITLES:
            return True
        i -= 1
    return i >= 0 and doc[i].lower_ in TITLES


def _given_names_before(person: SpacySpan) -> int:
    """Where a person's name starts, back over the given names the recogniser left out
    between a title and the name: "Mr Cliff Ombeta-Njoroge" for "Ombeta-Njoroge". Without a
    title before them the words may be anything ("CEO John Stumpf", "Rival Hillary Clinton"),
    and before a person's noun they are the office's ("Chief Financial Officer Peter Lindqvist")."""
    doc = person.doc
    start = person.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_
        and not _before_a_name(doc[start - 1])
        and not _royal(doc[start - 1])
        and doc[start - 1].is_title
    ):
        start -= 1
    if start > 0 and _royal(doc[start - 1]):
        return start - 1  # "King | Charles": the title is how the King is named
    titled = start > 0 and doc[start - 1].lower_ in TITLES
    return start if titled else person.start


def _royal(word: Token) -> bool:
    return word.is_title and word.lower_ in ROYAL_TITLES


def _untitled(key: str) -> str:
    """A name's key without the royal title it opens with: "prince harry" is "harry"."""
    first, _, rest = key.partition(" ")
    return rest if first in ROYAL_TITLES and rest else key


def _titles_only(words: SpacySpan) -> bool:
    """Whether words are all titles, with no name after them: "Minister" of "The Prime
    Minister said", which is the prime minister, not a minister."""
    return all(t.lower_ in TITLES for t in words)


def _before_a_name(word: Token) -> bool:
    """A title, or a person's noun written as one at the start of a sentence: "Farmer Joseph
    Kiprop said", "Harbourmaster Jo Price said"."""
    return word.lower_ in TITLES or (
        word.is_title and (word.lemma_.lower() in _PERSON_NOUNS or _compound_role(word))
    )


def _compound_role(word: Token) -> bool:
    """A role noun built on a word before a given name and a surname: "Harbourmaster Jo
    Price". Two names after it keep a given name that ends alike ("Norman Tebbit") whole."""
    names = word.doc[word.i + 1 : word.i + 3]
    return (
        _compound_noun(word.lower_)
        and len(names) == 2
        and all(t.pos_ == "PROPN" and t.is_title for t in names)
    )


def _compound_noun(lower: str) -> bool:
    """Whether a word is a role noun built on another ("harbour|master", "business|woman",
    "shop|keeper"): a root of four letters at least, so not "Herman"; not a given name
    ("Sherman"), nor a body ("carmaker")."""
    if not lower.endswith(_ROLE_ENDINGS):
        return False  # most words: no root to look for
    root = next((lower[: -len(e)] for e in _ROLE_ENDINGS if lower.endswith(e)), "")
    return len(root) >= 4 and root.isalpha() and lower not in _NO_ROLE_ROOTS


def _role_word(lower: str) -> bool:
    """Whether a word names a person by role: "the spokesman", "the harbourmaster"."""
    return lower in _ROLE_WORDS or _compound_noun(lower)


def _role_of_a_body(head: Token) -> bool:
    """Whether a role is given as a body's, the body called by its noun: "the board's head",
    "the head of the board", "the health board head" stand only for someone the story named
    in that role, as "the witness" does."""
    return any(o.is_lower and o.lemma_.lower() in _BODY_NOUNS for o in _bodies_named_on(head))


def _described(lower: str) -> bool:
    """Whether a role noun stands only for someone the article called so: "the witness",
    "the harbourmaster" after "Harbourmaster Jo Price"."""
    listed = lower in _PERSON_WORDS  # "the spokeswoman", "the batsman": anyone fitting
    return lower in DESCRIBED or (not listed and _compound_noun(lower))


def _past_department(run: SpacySpan) -> int:
    """Where a name starts after the department of an office: "Minister of Health Stephen
    Donnelly" is Stephen Donnelly, at the first given name, else past the department's word."""
    doc = run.doc
    if run.start == 0 or doc[run.start - 1].lower_ not in ("of", "for") or len(run) < 3:
        return run.start
    first = next((t.i for t in run[:-1] if t.lower_ in GIVEN_NAMES), None)
    return first if first is not None else run.start + 1


def _holder(title: Token) -> Token | None:
    """The person an office "of" or "for" something names: "Minister of Finance Enoch
    Godongwana", "the Minister for Finance, Jack Chambers"."""
    if title.lower_ not in _TITLES_AND_ROLES:
        return None
    held = [c for c in title.children if c.dep_ == "appos"]
    for prep in title.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            held += [c for c in prep.children if c.dep_ == "pobj"]
    # "Minister for Health Stephen Donnelly": a given name and a surname, whatever the
    # recogniser said.
    return next(
        (
            h
            for h in held
            if h.pos_ == "PROPN"
            and (h.ent_type_ == "PERSON" or (not h.ent_type_ and name_start(h) < h.i))
        ),
        None,
    )


# Words that only ever go before a person's name: "Ms Hale" is someone, whatever the
# recogniser took it for.
_HONORIFICS = frozenset(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."]) | frozenset(
    ["dr", "dr.", "rev", "rev.", "prof", "prof.", "sir", "dame"]  # "Rev Hollis", "Sir Keith"
)


def _honoured(entity: SpacySpan) -> bool:
    words = [t for t in entity if not t.is_punct]
    return len(words) >= 2 and words[0].lower_ in _HONORIFICS and all(t.is_title for t in words[1:])


def _titled(entity: SpacySpan) -> bool:
    """Whether an entity is a title and a full personal name: "Chief Constable Nadia Okoro".

    Not "General Motors" or "President's Council on Sports": after the titles come at least
    two capitalised words, none of them a firm's or a body's.
    """
    titles = [t.i for t in entity if t.lower_ in TITLES]
    if not titles:
        return False
    # "Police Chief Marcus Hale": the name is what follows the last title.
    words = [t for t in entity if t.i > titles[-1]]
    return (
        len(words) >= 2
        and all(t.is_alpha and t.is_title for t in words)
        and not any(t.lower_ in _FIRM_WORDS or t.lower_ in _ORGANISATION_NOUNS for t in words)
    )


def _called(head: Token) -> bool:
    """Whether a name is given a person's role or a person's given name: "nurse Obi
    Adeyemi", "organiser Kezia Marlowe", "Margaret Ellison"."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i:
        start -= 1
    names = doc[start : head.i]
    if any(t.lower_ in GIVEN_NAMES for t in names):
        return True  # "Retired accountant Felix Amare"
    if _titled(doc[start : head.i + 1]):
        return True  # "Police Chief Marcus Hale", where the recogniser saw "Marcus Hale" alone
    # A role in lower case: "General Motors" is a firm's name, "nurse Obi Adeyemi" a nurse.
    roles = [t.lower_ for t in names if t.is_lower]
    return any(w in _PERSON_NOUNS or w in ROLE_NOUNS or w.endswith(_PERSON_ENDINGS) for w in roles)


def _body_noun(head: Token, entity: SpacySpan | None) -> str:
    """The body's noun in lower case a name is given, if any: "operator" of "grid operator
    E-Redes", "airline" of "budget airline Ryanair", "group" of "consumer group Which?".
    ``entity``: the head's, ``_entity_of(head)``."""
    nouns = [c for c in head.lefts if c.dep_ == "compound" and c.is_lower]
    # "grid operator E-Redes": the tokenizer splits the name at its hyphen, and the parse
    # hangs the noun on the first part or makes it a subject of its own. Not the body a
    # titled person heads: "the head of the health board Dr Priya Nair".
    start = min(name_start(head), entity.start if entity is not None else head.i)
    before = head.doc[start - 1] if start > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.is_lower
        and not _before_a_name(head.doc[start])
    ):
        nouns.append(before)
    beside = next((c for c in head.rights if c.dep_ == "appos"), None)
    if not nouns and beside is not None and beside.is_lower and beside.pos_ == "NOUN":
        # "Ofgem, the energy regulator, said": the body it is called beside the name (not a
        # later aside: "Jo Bell, a founder of C2I, a company …").
        nouns = [beside]
    noun = nouns[-1].lemma_ if nouns else ""
    # "streaming giant Flickr+", "chipmaker Veltrix": a firm, not a person, whether the
    # tagger took the word before the name for a noun or an adjective.
    described = noun or (before.lemma_ if before is not None and before.is_lower else "")
    firm = described in _FIRM_DESCRIPTORS and described not in _TRADES
    if firm and _one_word_name(head, entity):
        return described
    return noun if noun in _BODY_NOUNS else ""


def _one_word_name(head: Token, entity: SpacySpan | None) -> bool:
    """Whether a name is one word and no given name: "Flickr+", not "Tom Reid" nor "Tom",
    whom a "developer" or a "producer" before the name would make no firm."""
    return (
        name_start(head) == head.i
        and (entity is None or len(entity) == 1)
        and head.lower_ not in GIVEN_NAMES
    )


def _body_first(run: SpacySpan) -> bool:
    """Whether a name is a body's noun and one word: "Union Usdaw said" opening a sentence,
    "Police Scotland". A person's name opens with no such noun."""
    if len(run) != 2:
        return False
    noun, name = run
    return (
        noun.is_title
        and noun.lower_ in _ORGANISATION_NOUNS
        and name.text[:1].isupper()
        and name.lower_ not in _NO_BODY_NAMES
    )


def _written_alone(name: Token) -> bool:
    """Whether a body's name is written elsewhere without the noun before it, as a body's
    name ("Usdaw said", "the union Usdaw"): "Union Usdaw" is then Usdaw, while "Police
    Scotland" stays whole."""
    return any(
        t.text == name.text
        and t.i != name.i
        and (
            t.ent_type_ == "ORG"
            or (
                t.i > 0 and t.doc[t.i - 1].is_lower and t.doc[t.i - 1].lower_ in _ORGANISATION_NOUNS
            )
        )
        for t in name.doc
    )


def _named_like_a_body(head: Token, ent: SpacySpan) -> bool:
    """Whether a one-word name the recogniser took for a nationality, a religion or a party
    is a body's: "Experian said", "according to Experian". One of those is written with an
    article or in the plural ("the Swede said", "Republicans said"); alone and singular, the
    word is a name, and a given name ("Christian said") a person's."""
    return (
        len(ent) == 1
        and head.tag_ == "NNP"
        and not any(c.dep_ == "det" for c in head.children)
        and head.lower_ not in GIVEN_NAMES
    )


def _lone_persons_name(head: Token, ent: SpacySpan) -> bool:
    """Whether a one-word name the recogniser took for a body or a place is a person's: one
    set beside a noun only a person is ("Another mother, Kirsty", "One parent, Shona, said",
    "said Tasha, a mother of two"; not "its biggest customer, Tesco", see [shared_with_bodies]
    in speaker_words.txt), or, beside no noun, a given name taken for a body ("Nicola said",
    as local news calls people by their first names; not "Wendy's said", nor "Georgia said",
    which may be the country)."""
    if len(ent) != 1:
        return False
    beside = [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN":
        beside.append(head.head)
    if beside:
        return any(noun.is_lower and noun.lemma_.lower() in _PEOPLE_ONLY for noun in beside)
    return (
        head.ent_type_ in ("ORG", "FAC")
        and head.lower_ in GIVEN_NAMES
        and not _named_with_its_s(head)
    )


def _aged(head: Token) -> bool:
    """Whether a name is given an age: "Jamal Price, 16,", "Ann Cole, 34, a nurse"."""
    return any(
        c.dep_ in ("appos", "amod", "npadvmod") and c.like_num and c.text.isdigit() and len(c) <= 3
        for c in head.rights
    )


# Words that give a player's ranking before its number: "world No 54", "the world number 3".
_RANK_WORDS = frozenset(["no", "no.", "number"])


def _ranking(head: Token) -> list[Token]:
    """The words of a ranking given a name, "world No 54 Alex Marsh", "the world number 54,
    Marsh", "Marsh, the world No 54": rank words and the numbers after them."""
    near = [*head.lefts, *(t for c in head.rights if c.dep_ == "appos" for t in c.subtree)]
    if head.dep_ == "appos":
        near += list(head.head.subtree)
    found = []
    for t in near:
        number = _rank_number(t) if t.lower_ in _RANK_WORDS else None
        if number is not None:
            found += [t, number]
    return found


# The words of "34-year-old" after its number.
_AGE_WORDS = frozenset(["-", "year", "old"])


def _the_aged(word: Token) -> SpacySpan | None:
    """ "the 34-year-old" around a word of it, a person called by age alone, which the parse
    splits at its hyphens."""
    if not (word.lower_ in _AGE_WORDS or word.like_num):
        return None  # no word of "34-year-old": most words a mention is asked about
    doc = word.doc
    for start in range(max(1, word.i - 4), word.i + 1):
        words = [t.lower_ for t in doc[start : start + 5]]
        if (
            len(words) == 5
            and doc[start - 1].lower_ == "the"
            and doc[start].like_num
            and words[1:4:2] == ["-", "-"]
            and words[2] == "year"
            and words[4] == "old"
        ):
            return doc[start - 1 : start + 5]
    return None


def _rank_number(word: Token) -> Token | None:
    """The number of the ranking a word is in, "world No 12", "No. 12", "number 12", if it
    is in one."""
    doc = word.doc

    def number_after(i: int) -> Token | None:
        if i < len(doc) and doc[i].text == ".":
            i += 1
        return doc[i] if i < len(doc) and doc[i].like_num else None

    if word.lower_ == "world" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ in _RANK_WORDS:
        return number_after(word.i + 2)
    if word.lower_ in _RANK_WORDS:
        return number_after(word.i + 1)
    before = word.i - 2 if word.i > 1 and doc[word.i - 1].text == "." else word.i - 1
    if word.like_num and before >= 0 and doc[before].lower_ in _RANK_WORDS:
        return word
    return None


def _corporate(name: str) -> SpeakerKind | None:
    """Organisation for a name that ends like a firm's ("Crestline Motors", "Comscore"),
    whatever the recogniser said."""
    words = name.lower().split()
    last = words[-1] if words else ""
    # "Comscore", not "Score" nor "Tech" alone, which may be anyone's or anything's name
    one_word_firm = any(last.endswith(e) and len(last) > len(e) + 1 for e in _FIRM_NAME_ENDINGS)
    firm = (len(words) > 1 and last in _FIRM_WORDS) or one_word_firm
    return SpeakerKind.ORGANISATION if firm else None


# Words that join a body's word to what it is for: "Campaign for Better Transport".
_BODY_NAME_LINKS = frozenset(["for", "of"])


def _kind_by_name(name: str, kind: SpeakerKind) -> SpeakerKind:
    """Organisation for a name that ends like a firm's or a body's ("Crestline Motors",
    "The Crohn's Society", "Harrow Council"), or whose own words before a "for" or an "of"
    do ("Campaign for Better Transport"), whatever the recogniser said; else ``kind``."""
    words = name.lower().split()
    own = next((words[:i] for i, w in enumerate(words) if i and w in _BODY_NAME_LINKS), words)
    if len(words) > 1 and own[-1] in _BODY_ENDINGS:
        return SpeakerKind.ORGANISATION
    return _corporate(name) or kind


def _name_past_its_body_word(word: Token) -> int | None:
    """Where a body's name ends that runs on past its body's word to a name the recogniser
    took apart: "The Campaign for Better Transport", "the Commission for Racial Equality";
    None when ``word`` is no body's word with a proper noun right after its "for" or "of"."""
    doc = word.doc
    link = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.lower_ not in _BODY_ENDINGS or link is None or link.lower_ not in _BODY_NAME_LINKS:
        return None
    named = object_of(link) if link.head.i == word.i else None
    if named is None or named.pos_ != "PROPN" or name_start(named) != link.i + 1:
        return None
    return named.i + 1


def _kind_of_part(head: Token) -> SpeakerKind:
    """ "one of the legionnaires" is a person, "some of the workers" a group, "one of the
    studies" no one of a kind known."""
    whole = next(
        (g for c in head.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if whole is None or whole.tag_ not in ("NNS", "NNPS"):
        return SpeakerKind.UNKNOWN
    if whole.lemma_.lower() in _FINDINGS:
        return SpeakerKind.UNKNOWN  # "one of the largest studies of its kind" is no one
    if head.lower_ in _ONE_OF:
        named_body = whole.lemma_.lower() in _ORGANISATION_NOUNS or whole.ent_type_ == "ORG"
        return SpeakerKind.ORGANISATION if named_body else SpeakerKind.PERSON
    # "71% of members", "two-thirds of voters", "a majority of voters": a share is several
    if head.lower_ in _SOME_OF or head.lower_ in _SHARES or head.ent_type_ in _COUNTED:
        return SpeakerKind.GROUP
    return SpeakerKind.UNKNOWN


# Data and documents that find and tell, as "figures show" does, but not the "figures" and
# "numbers" that people are too ("one of the leading figures in the party").
_FINDINGS = DATA_NOUNS - frozenset(["figure", "figures", "number", "numbers"])
_SHARES = frozenset(["majority", "minority", "half", "third", "thirds", "quarter", "quarters"])
_COUNTED = frozenset(["PERCENT", "CARDINAL"])


# Titles that go before a given name: "Sir Keith", "Dame Judith" after "Sir Keith Arundel".
_GIVEN_NAME_TITLES = frozenset(["sir", "dame"])


def _after_honorific(name: Token) -> bool:
    before = name.doc[name.i - 1] if name.i > 0 else None
    return (
        before is not None
        and (before.lower_ in _HONORIFICS or before.lower_ in TITLES)
        and before.lower_ not in _GIVEN_NAME_TITLES
    )


def _sex(mention: Mention) -> str:
    """ "f", "m" or "": from the words said of the mention ("Her son, Alan Farrow" is "m")
    or else from a person's given name ("Margaret Ellison" is "f")."""
    head = mention.head
    words = {t.lower_ for t in head.lefts if t.dep_ != "poss"} | {head.lower_, mention.key}
    if head.dep_ == "appos":
        words.add(head.head.lower_)
    if head.pos_ == "PROPN":
        words -= _GENERIC_TITLES  # a name's sex is its own, not its title's
    if words & _FEMALE:
        return "f"
    if words & _MALE:
        return "m"
    partner = _partner_owned(head)
    if partner:
        return partner
    if mention.kind is SpeakerKind.PERSON and mention.resolved:
        # A full name's first word, or a person called by a given name alone ("Corinne").
        given = mention.key.split()[0]
        if given in _FEMALE_NAMES:
            return "f"
        if given in _MALE_NAMES:
            return "m"
    return ""


# Kin joined to a name, "Alex Reid and her husband Jordan", whose "her" or "his" is the name's.
_KIN = _FEMALE | _MALE | frozenset(["partner", "children", "child", "family"])


def _partner_owned(name: Token) -> str:
    """ "f" or "m" for a name joined to kin it owns by "her" or "his": Alex Reid of "Alex
    Reid and her husband Jordan" is "f", whatever "Alex" leaves open; else ""."""
    for joined in name.children:
        if joined.dep_ == "conj" and joined.i > name.i and joined.lower_ in _KIN:
            owner = next((c.lower_ for c in joined.children if c.dep_ == "poss"), "")
            if owner in ("her", "his"):
                return "f" if owner == "her" else "m"
    return ""


def _stands_for_a_person(pending: Mention) -> bool:
    """Whether a mention to resolve is a role that only a person fills: "the spokeswoman",
    "the world No 12", "the 34-year-old" (a pronoun but "they" or "it" is decided apart)."""
    word = pending.key
    return word in PERSON_PRONOUNS or (
        word not in GROUP_PRONOUNS | THING_PRONOUNS
        and (
            _role_word(pending.head.lower_)
            or pending.head.ent_type_ == "NORP"
            or _rank_number(pending.head) is not None
            or _the_aged(pending.head) is not None
        )
    )


def _compatible(
    pending: Mention, sex: str, candidate: Mention, candidate_sex: str, person: bool
) -> bool:
    """Whether ``candidate`` may be who ``pending`` stands for; ``person``: whether
    ``pending`` stands for a person (``_stands_for_a_person``, worked out once a mention)."""
    word = pending.key
    if {sex, candidate_sex} == {"f", "m"}:
        return False
    if person:  # "its spokeswoman" speaks for an "it"
        return candidate.kind is SpeakerKind.PERSON
    if word in GROUP_PRONOUNS:
        return candidate.kind in (
            SpeakerKind.GROUP,
            SpeakerKind.ORGANISATION,
            SpeakerKind.PLACE,
        )
    if word in THING_PRONOUNS:
        # "the army … it claimed": an organisation, a place or a singular common noun; but
        # only a named body has a spokeswoman ("Its spokeswoman said" is not the power cut's).
        owned_role = pending.head.lower_ not in THING_PRONOUNS
        if (owned_role or _speaks_of_itself(pending.head, candidate.head)) and _lone_name(
            candidate
        ):
            # "Acas said …. Its spokesman said", "Corvex said it welcomed …": a body the
            # recogniser took for someone
            return True
        # Never a person's role with no name: "It did not say" after "…, its chief
        # executive told staff" is the firm's.
        a_role = candidate.head.pos_ == "NOUN" and person_word(candidate.head)
        return (
            candidate.kind in (SpeakerKind.ORGANISATION, SpeakerKind.PLACE, SpeakerKind.UNKNOWN)
            and candidate.head.pos_ in (("PROPN",) if owned_role else ("NOUN", "PROPN"))
            and not a_role
        )
    return False


def _speaks_of_itself(it: Token, speaker: Token) -> bool:
    """Whether "it" is the subject of what ``speaker`` is reported to say: "Corvex said it
    welcomed the competition"."""
    verb = it.head
    return (
        it.dep_ in ("nsubj", "nsubjpass")
        and verb.dep_ == "ccomp"
        and any(c.i == speaker.i and c.dep_ == "nsubj" for c in verb.head.children)
    )


def _lone_name(mention: Mention) -> bool:
    """Whether a person's mention is one capitalised word that no full name, given name or
    title makes a person's: "Acas", that the recogniser may take for someone, and that an
    "its spokesman" standing for it shows to be a body."""
    return (
        mention.kind is SpeakerKind.PERSON
        and mention.resolved
        and mention.head.pos_ == "PROPN"
        and " " not in mention.key
        and mention.key not in GIVEN_NAMES
        and name_start(mention.head) == mention.head.i  # not "Priya Nair", cut by the recogniser
        and not _after_honorific(mention.head)
    )


def _lone_place(mention: Mention) -> bool:
    """Whether a mention is one capitalised word the recogniser took for a place: "Ofwat"
    of "figures published by Ofwat", a body if the text shows it giving out data."""
    return (
        mention.kind is SpeakerKind.PLACE
        and mention.head.pos_ == "PROPN"
        and " " not in mention.key
        and name_start(mention.head) == mention.head.i
    )


def _data_givers(mentions: list[Mention]) -> set[str]:
    """The keys of one-word names taken for people or places that the text shows giving out
    data ("a poll by Ipsos", "figures released by Kantor", "figures published by Ofwat"),
    there or where it is a speaker: bodies, so that "Ipsos found that …" is one too and no
    later "the minister" stands for it."""
    lone = {m.key: m.name for m in mentions if _lone_name(m) or _lone_place(m)}
    if not lone:
        return set()
    doc = mentions[0].head.doc
    text = doc_text(doc)
    givers = set()
    for key, name in lone.items():
        written = [
            word[0]
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
            if (word := doc.char_span(match.start(), match.end())) is not None and len(word) == 1
        ]
        if any(map(_gives_out_data, written)) and not any(map(_after_honorific, written)):
            givers.add(key)
    return givers


def _object_of_subject(word: Token, subject: Token) -> bool:
    """Whether a word is the object of the verb whose subject is given: "the mayor" in "The
    reporter interviewed the mayor", or "spoke to the mayor", is someone else."""
    verb = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word.head
    return word.dep_ in ("dobj", "pobj") and subject.dep_ == "nsubj" and subject.head == verb


def _subject_of_another_clause(word: Token, subject: Token) -> bool:
    """Whether a role noun is the subject of one clause and ``subject`` of another joined to
    it: "When Hale asked about the delay, the spokesman said …" is someone else; a pronoun
    there ("When Hale arrived, he said …") is not a role noun and is not asked about."""
    if word.pos_ != "NOUN" or word.dep_ != "nsubj" or subject.dep_ != "nsubj":
        return False
    verb, other = word.head, subject.head
    return verb != other and (
        (other.dep_ == "advcl" and other.head == verb)
        or (verb.dep_ == "advcl" and verb.head == other)
    )


# Titles as news abbreviates them, for the role a later "the senator" names.
_ABBREVIATED_ROLES = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "congressman",
    "gov.": "governor",
    "gov": "governor",
    "gen.": "general",
    "gen": "general",
    "pres.": "president",
    "sec.": "secretary",
    "prof": "professor",
    "prof.": "professor",
    # British police ranks: "PC Dan Shaw" is who "the officer" is
    "pc": "officer",
    "sgt": "sergeant",
    "sgt.": "sergeant",
}


def _roles(mention: Mention) -> set[str]:
    """The role words said of a mention: "Kremlin spokesman Dmitry Peskov", "the mayor, X",
    "Sen. Ted Cruz" (a senator)."""
    head = mention.head
    words = {t.lower_ for t in head.lefts}
    if head.pos_ == "NOUN":
        words.add(head.lower_)  # "a senior official" is one, and so no chancellor
    # "Prime Minister Ann Vale", "GP Ravi Mehta": a title may hang on the words after it.
    words |= {t.lower_ for c in head.lefts if c.dep_ == "compound" for t in c.lefts}
    # "GP Ravi Mehta" opening a paragraph: the parser may cut the title off as a sentence
    # of its own, yet it is still written on the name.
    words |= {head.doc[i].lower_ for i in range(name_start(head), head.i)}
    if head.dep_ == "appos":
        words.add(head.head.lower_)
        held = head.head
        if held.dep_ == "pobj" and held.head.lower_ == "of":
            # "the head of the health board Dr Priya Nair", the name hung on the board
            words.add(held.head.head.lower_)
        # "Labour's shadow chancellor, Priya Desai": another office than the chancellor's
        words |= {t.lower_ for t in held.lefts if t.lower_ in _ROLE_QUALIFIERS}
    words |= {c.lower_ for c in head.rights if c.dep_ == "appos"}  # "Jo Kim, an analyst"
    words |= {_ABBREVIATED_ROLES[w] for w in words if w in _ABBREVIATED_ROLES}
    return (words | _BOSS) if _runs_something(words) else words


def _same_office(pending: Mention, roles: set[str]) -> bool:
    """Whether roles that share a word with ``pending``'s are its office: "shadow chancellor"
    or "deputy mayor" is not what "the chancellor" or "the mayor" is, though "the deputy
    mayor" is."""
    return roles & _ROLE_QUALIFIERS <= {t.lower_ for t in pending.head.lefts}


def _runs_something(words: set[str]) -> bool:
    """Whether role words name the one who runs a firm, a body or a team ("chief executive
    Sarah Lin", "Rovers manager Sam Cole"): the one a later "the firm's boss" is."""
    return any(words.issuperset(role) for role in _BOSS_ROLES)


def _person_roles(words: set[str]) -> set[str]:
    """The words of a set that name a person's role or trade: "backbencher", "barrister"."""
    return {w for w in words if _role_word(w) or w in _PERSON_NOUNS or w.endswith(_PERSON_ENDINGS)}


def _headline_end(text: str) -> int:
    """Where the headline ends: the text's first line when it reads as one, with no full stop
    to end it; 0 when there is none. Worked out once a text: ``Doc.text`` is rebuilt from
    every token each time it is read."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start >= end or text[start:end].rstrip().endswith(".") or not headline_at(text, start):
        return 0
    return end


# What the story calls the role a headline gives in short: "Rovers boss" or "Rovers chief"
# is the manager, "Mum" the mother, "Cop" the constable, "PM" the prime minister. Headlines
# use these words as labels where a story would not ("Cop: '…'", "Star: '…'").
_HEADLINE_ROLES = {
    "boss": frozenset(["manager", "chief", "head"]),
    "chief": frozenset(["manager", "boss", "head"]),
    "mum": frozenset(["mother"]),
    "mom": frozenset(["mother"]),
    "dad": frozenset(["father"]),
    "cop": frozenset(["officer", "policeman", "policewoman", "constable", "pc", "sergeant"]),
    "officer": frozenset(["policeman", "policewoman", "constable", "pc", "sergeant"]),
    "doctor": frozenset(["dr", "gp", "surgeon", "physician", "consultant", "medic"]),
    "medic": frozenset(["doctor", "dr", "nurse", "paramedic", "surgeon"]),
    "teacher": frozenset(["headteacher", "headmaster", "headmistress"]),
    "judge": frozenset(["recorder", "justice"]),
    "minister": _MINISTERS,
    "mp": frozenset(["mp", "backbencher"]),
    "pm": frozenset(["prime"]),  # "Prime Minister Ann Vale"
    "star": frozenset(["actor", "actress", "singer", "presenter", "player", "comedian"]),
    "fan": frozenset(["supporter"]),
    "gp": frozenset(["doctor", "dr"]),
}
# Of these, the ones shown as written when no one is named ("MP", not "mp"); a headline
# in capitals writes every word so ("WITNESS: …" is still "witness").
_INITIALISMS = frozenset(["mp", "pm", "gp"])


def headline_role(word: Token) -> bool:
    """Whether a word is a person's role or trade written as a headline writes a label:
    "Witness", "Mother", "Neighbours", "Cop" (not "Chief Constable Nadia Okoro", a name)."""
    lemma = word.lemma_.lower()
    return (lemma in _PERSON_WORDS or lemma in _HEADLINE_ROLES) and word.lower_ not in GIVEN_NAMES


def _headline_role(mention: Mention, lower: bool = False) -> bool:
    """Whether a headline's speaker is a role alone, or after the name of whom it serves:
    "Witness says …", "Mother: '…'", "Rovers boss: '…'"; with ``lower``, a role written in
    lower case, as a headline in sentence case has it ("… as chief executive warns …")."""
    words = [t for t in mention.head.doc.char_span(*mention.span, alignment_mode="expand") or []]
    if lower:
        cased = all(t.is_lower and t.pos_ != "DET" for t in words)
    else:
        cased = bool(words) and words[0].text[:1].isupper() and all(t.is_title for t in words[:-1])
    return bool(words) and words[-1].i == mention.head.i and cased and headline_role(mention.head)


def _roles_named_a_sentence_before(mentions: list[Mention]) -> None:
    """ "The mayor was defiant. Anne Fisher said …": a role the story describes and a full
    name opening the next sentence are one person, and so is every mention keyed to the role
    (the same role before and after, and whatever it said), now keyed to the name."""
    ordered = sorted(mentions, key=lambda m: m.span)
    for role, name in pairwise(ordered):
        if not _role_then_name(role, name):
            continue
        if any(m.key == role.key and _named(m) for m in mentions):
            continue  # the role is someone named before, not the name after it
        old = role.key
        for m in mentions:
            if m.key == old:
                m.key, m.name, m.kind = name.key, name.name, name.kind


def _named(mention: Mention) -> bool:
    """Whether a mention is a name, not a role a headline capitalises ("Mayor faces …")."""
    return mention.head.pos_ == "PROPN" and not _role_word(mention.head.lower_)


def _role_then_name(role: Mention, name: Mention) -> bool:
    """Whether ``role`` is a role that is the subject of a sentence saying nothing ("The
    council's chief executive was more cautious") and ``name`` a person's full name opening
    the sentence right after it."""
    head = name.head
    if not (
        name.resolved
        and name.kind is SpeakerKind.PERSON
        and head.pos_ == "PROPN"
        and " " in name.key
        and head.doc[name_start(head)].is_sent_start
    ):
        return False
    said = role.head
    if not (
        role.resolved
        and said.dep_ == "nsubj"
        and said.pos_ == "NOUN"
        and _role_word(said.lower_)
        and said.left_edge.lower_ == "the"
        and said.head.lemma_.lower() not in lexicon()  # a role that speaks is quoted itself
    ):
        return False
    own = _person_roles(_roles(name) - {t.lower_ for t in name_run(head)})  # not "Ian"
    if own and said.lower_ not in own:
        return False  # "John Smith, the opposition leader, said": not the minister before
    return said.sent.end == name_start(head) and {_sex(role), _sex(name)} != {"f", "m"}


def _named_body(mention: Mention, before: Callable[[], list[Mention]]) -> Mention | None:
    """The body named before (``before()``) that "the authority" or "the union" stands for,
    if any.

    "National Flood Authority … the authority said": the nearest organisation whose
    name holds the noun; "Crestline Motors … the company said": the nearest firm.
    """
    # "Police said …" opening a sentence: the tagger may call the capitalised noun a name, and
    # a plural a group.
    alone = mention.name.lower() == mention.key
    if not (
        (mention.kind is SpeakerKind.ORGANISATION and mention.head.pos_ == "NOUN")
        or (alone and mention.kind in (SpeakerKind.ORGANISATION, SpeakerKind.GROUP))
    ):
        return None
    if _PLACED_BODY.fullmatch(mention.name):
        return _placed_body(mention.head.lower_, before())
    noun = mention.key
    if " " in noun and mention.head.lower_ in _BODY_NOUNS:
        # "the energy company", "the local council": a body noun with a word in lower case
        # before it stands for a name as the noun alone does.
        words = mention.name.split()
        if words[0].lower() == "the" and len(words) == 3 and words[1].islower():
            noun = mention.head.lower_
        if noun in _FORCE_NOUNS and _other_force(mention.head):
            return None  # "the air force", "the task force": no police force
    if noun not in _BODY_NOUNS:
        return None  # "the Russian army" says more than a noun standing for a name
    return _body_called(noun, before())


# "the Cambridge-based group", "the New York-based group", "the Nasdaq-listed company": a
# noun after a name joined by a hyphen to a word in lower case.
_PLACED_BODY = re.compile(r"(?i:the) (?:[A-Z][\w.&']* )*[A-Z][\w.&']*-[a-z]+ [a-z]+")


def _other_force(force: Token) -> bool:
    """Whether "force" is given a noun naming another force than the police: "the air
    force", "the task force", not "the police force"."""
    before = force.nbor(-1) if force.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ not in _POLICE_WORDS


def _placed_body(noun: str, before: list[Mention]) -> Mention | None:
    """The body named before that "the Cambridge-based group" stands for: where a body is
    based or listed tells of one the story named, not of a new one, whatever noun the writer
    varies its name with; a firm, when the noun may call a firm so."""
    if noun not in _BODY_NOUNS:
        return None
    firm = _body_called(noun, before, firm=noun in _FIRM_DESCRIPTORS)
    named = (c for c in reversed(before) if c.kind is SpeakerKind.ORGANISATION)
    return firm or next((c for c in named if c.head.pos_ == "PROPN"), None)


def _body_called(noun: str, before: list[Mention], firm: bool = False) -> Mention | None:
    """The nearest organisation named before that a body noun ("authority", "company")
    stands for, if any; ``firm``: the noun stands for a firm, whatever it is."""
    return next(
        (
            c
            for c in reversed(before)
            if c.kind is SpeakerKind.ORGANISATION
            # "giant Northwind", tagged a noun; "the Clinton campaign", "Russia's defence
            # ministry", a body's noun that a name makes one body
            and (c.head.pos_ == "PROPN" or c.called or _named_noun(c.head))
            and (
                noun in c.name.lower().split()
                or noun == c.called  # "the union Usdaw … the union said"
                # "the company" for a firm: "Crestline Motors", "grid operator E-Redes"
                or (
                    (firm or noun in _FIRM_NOUNS)
                    and (_corporate(c.name) is not None or c.called in _FIRM_DESCRIPTORS)
                )
                # "the National Weather Service … the agency said", "Harrow Council will
                # close …, the authority said"
                or c.name.lower().split()[-1] in _NAMES_ENDING_AS.get(noun, ())
                # "West Ridings Police …, the force added", "Police Scotland … the force"
                or (noun in _FORCE_NOUNS and not _POLICE_WORDS.isdisjoint(c.name.lower().split()))
            )
        ),
        None,
    )


def _named_noun(noun: Token) -> bool:
    """Whether a noun is given a name before it: "the Clinton campaign", "Clinton's
    campaign"; not a headline's capital ("Popular Website Shows …")."""
    return any(
        c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.ent_type_ for c in noun.lefts
    )


def _owner_left_out(mention: Mention) -> Token | None:
    """The named owner before a body's name that the name leaves out: "Russia" of
    "Russia's Defence Ministry"."""
    if mention.kind is not SpeakerKind.ORGANISATION or not mention.resolved:
        return None
    owner = next((c for c in mention.head.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return owner if owner is not None and not mention.key.startswith(owner.lower_) else None


def _bodies_of_two_owners(mentions: list[Mention]) -> None:
    """Name a body with its owner ("Russia's Defence Ministry") when the story names the
    same body for another owner too ("Ukraine's Defence Ministry"): two bodies, two
    speakers. A mention of it with no owner ("the Defence Ministry said") is the one
    named nearest before it."""
    owners: dict[str, dict[int, Token]] = {}
    for m in mentions:
        if (owner := _owner_left_out(m)) is not None:
            owners.setdefault(m.key, {})[id(m)] = owner
    for key, owned in owners.items():
        if len({name_run(o).text.lower() for o in owned.values()}) < 2:
            continue
        last: Mention | None = None
        for m in sorted((m for m in mentions if m.key == key), key=lambda m: m.span):
            owner = owned.get(id(m))
            if owner is not None:
                mark = owner.nbor(1).text if owner.nbor(1).lower_ in ("'s", "’s") else "'s"
                run = name_run(owner)
                m.name = f"{words_text(owner.doc, run.start, owner.i + 1)}{mark} {m.name}"
                m.key = m.name.lower()
                last = m
            elif last is not None:
                m.key, m.name = last.key, last.name


def _body_described_after(mention: Mention, before: list[Mention]) -> Mention | None:
    """The one-word name that "the regulator", opening the next sentence, describes: "Ofwat
    said …. The regulator said …". A noun that only a body is called (regulator, watchdog,
    carmaker) makes the name the model took for a place, or a person, that body's."""
    words = mention.name.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1] not in _BODY_DESCRIPTORS:
        return None
    return _lone_name_just_before(mention.head.sent.start, before)


def _body_spoken_for(
    bodies: list[Token], mention: Mention, before: list[Mention]
) -> Mention | None:
    """The one-word name that "the operator" of "A spokeswoman for the operator", opening
    the next sentence, describes: "Northline said …. A spokeswoman for the operator said"
    makes the name the model took for a place, or a person, that body. Only a noun that a
    body alone is called, as for "The regulator said" after "Ofwat said"; "a spokesman for
    the firm" may speak for a firm never named."""
    if len(bodies) != 1 or bodies[0].lower_ not in _BODY_DESCRIPTORS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in bodies[0].children):
        return None
    return _lone_name_just_before(mention.head.sent.start, before)


def _lone_name_just_before(opening: int, before: list[Mention]) -> Mention | None:
    """The last name of ``before``, when it is one word the model took for a place or a
    person, in the sentence ending at ``opening``."""
    name = next((c for c in reversed(before) if c.head.pos_ == "PROPN"), None)
    if name is None or " " in name.key or name.head.sent.end != opening:
        return None
    return name if name.kind is SpeakerKind.PLACE or _lone_name(name) else None


def _shown_a_firm(mention: Mention) -> bool:
    """Whether a one-word name is a firm by what its sentence says it does ("Northwind is to
    cut 600 jobs", "Halvex reported a loss") or says is "its" ("Halvex said it would buy back
    its shares", "… a tenth of its workforce", "Halvex said its profits had fallen"); not by
    what is "its" in a clause of another subject ("Reid said the bank had lost its
    customers")."""
    name = mention.head
    one_word = mention.name[:1].isupper() and " " not in mention.name  # not "the company"
    if not (mention.resolved and one_word and mention.key not in _PRONOUNS):
        return False
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = name.head
    if _does_business(verb):
        return True
    owned = (
        t.head
        for t in verb.subtree
        if t.lower_ == "its" and t.dep_ == "poss" and t.head.lemma_.lower() in _FIRM_POSSESSIONS
    )
    return any(
        not any(_has_own_subject(a, noun) for a in takewhile(lambda a: a != verb, noun.ancestors))
        for noun in owned
    )


def _does_business(verb: Token) -> bool:
    """Whether a verb, or one its subject goes on to ("is to cut …", "plans to close …",
    "will cut … and close …", "said it would cut …"), does what a firm does: cuts jobs,
    closes stores, reports a loss ("a 38% fall in profit" too), lays off workers, raises
    prices, employs people."""
    acts = [verb]
    for act in acts:
        if any(
            (act.lemma_.lower(), thing.lemma_.lower()) in _FIRM_ACTS
            for c in act.children
            if c.dep_ == "dobj"
            for thing in (c, *_what_changed(c))
        ):
            return True
        acts += [
            c
            for c in act.children
            if (c.dep_ in ("xcomp", "conj") and not _has_own_subject(c))
            or (c.dep_ == "ccomp" and any(s.lower_ == "it" for s in c.children))
        ]
    return False


def _what_changed(change: Token) -> list[Token]:
    """What a change names its thing by: profit of "a fall in profit", sales of "a rise of
    9% in sales"."""
    return [
        g
        for p in change.children
        if p.dep_ == "prep" and p.lower_ in ("in", "of")
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _has_own_subject(word: Token, owned: Token | None = None) -> bool:
    """Whether a word heads a clause whose subject is another than "it", or than what "its"
    names (``owned``: "its profits" of "its profits had fallen")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it" and c != owned for c in word.children
    )


def _one_body_called(noun: str, named: list[Mention]) -> Mention | None:
    """The one organisation of ``named`` that a body noun stands for; None when there is
    none, or more than one to choose from."""
    found = {c.key: c for c in named if _body_called(noun, [c])}
    return next(iter(found.values())) if len(found) == 1 else None


def _source_brought_in(mention: Mention, before: list[Mention]) -> Mention | None:
    """The study that "the study" goes on with: the one the story brought in before
    under a description, "a new study", "a survey of 2,000 adults"."""
    noun = mention.key
    if noun not in SOURCE_NOUNS or mention.head.lemma_.lower() != noun:
        return None
    return next(
        (c for c in reversed(before) if c.key != noun and _source_called(noun, c)),
        None,
    )


def _one_source_called(noun: str, named: list[Mention]) -> Mention | None:
    """The one study, report or poll of ``named`` that a headline's "Study" stands for;
    None when there is none, or more than one to choose from."""
    found = {c.key: c for c in named if _source_called(noun, c)}
    return next(iter(found.values())) if len(found) == 1 else None


def _source_called(noun: str, mention: Mention) -> bool:
    """Whether a mention is a source of the kind ``noun`` names, called by a common noun
    phrase: "a new study" for "study", not "Ipsos" of "a poll by Ipsos"."""
    return mention.head.lemma_.lower() == noun and mention.head.pos_ == "NOUN"


_SPOKESPEOPLE = frozenset(["spokesman", "spokeswoman", "spokesperson"])


def _unnamed_spokesperson(mention: Mention) -> bool:
    """Whether a mention is a spokesperson by that word alone; a named one ("a spokesman for
    the firm, Tom Reid") is that person, with a name for head rather than "spokesman"."""
    head = mention.head
    return mention.resolved and head.lower_ in _SPOKESPEOPLE and head.pos_ == "NOUN"


def _spoken_for(bodies: list[Token], before: Callable[[], list[Mention]]) -> str:
    """The name of the body an unnamed spokesperson speaks for, given the words naming it
    (``_bodies_named_on``) and the bodies named before (``before()``), "" if none is named:
    "a spokeswoman for Northwind Energy", "a council spokesman" after "Leeds City Council", "a
    spokesman for the firm" after "Northwind Energy"."""
    body = bodies[0] if len(bodies) == 1 else None
    if body is None:
        return ""
    if body.pos_ == "PROPN" and body.ent_type_ != "PERSON":
        # "a Department of Health spokesperson": the body's name runs on past the word the
        # spokesperson hangs on
        entity = _entity_of(body) if body.dep_ == "nmod" and body.ent_type_ == "ORG" else None
        name = _name_over_and(name_run(body)) if entity is None else entity
        return name.doc[_owner_in_name(name) : name.end].text
    called = _body_called(body.lower_, before()) if body.lower_ in _BODY_NOUNS else None
    return "" if called is None else called.name


def _bodies_named_on(role: Token) -> list[Token]:
    """The words naming whose a role is, or whom a spokesperson speaks for: "council" of "a
    council spokesman" or "the council's head", "firm" of "a spokesman for the firm" or "the
    head of the firm", "Northwind" of "a spokeswoman at Northwind".

    One reading for both: a spokesperson's body may then be named (``_spoken_for`` finds
    it by its name), while a role stands for someone named before only when the body is
    called by its noun (``_role_of_a_body``), as a witness is called "the witness"."""
    bodies = [c for c in role.lefts if c.dep_ in ("compound", "poss", "nmod")]
    for prep in role.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
            bodies += [c for c in prep.children if c.dep_ == "pobj"]
    return bodies


def _body_just_before(mention: Mention, done: list[Mention]) -> Mention | None:
    """The named body an unnamed spokesperson with no body of their own speaks for: the
    last main subject before them, in the sentence before theirs or their own ("The
    Football League said it would review prices. A spokesperson said: …")."""
    head = mention.head
    body = next((c for c in reversed(done) if c.salient), None)
    if body is None or body.kind is not SpeakerKind.ORGANISATION or body.head.pos_ != "PROPN":
        return None
    sentence = head.sent
    before = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return body if before.start <= body.head.i < sentence.end else None


def _bodies_within(mention: Mention) -> list[Mention]:
    """The organisations named inside a speaker's phrase besides the speaker: "Northwind
    Energy" in "a spokeswoman for Northwind Energy" or "Northwind Energy's chief executive,
    Jo Bell"."""
    doc = mention.head.doc
    phrase = doc.char_span(*mention.span, alignment_mode="expand")
    if phrase is None or len(phrase) < 2:
        return []
    names = [
        t
        for t in phrase
        if t.pos_ == "PROPN"
        and t != mention.head
        # the last word of a name, not "Northwind" of "Northwind Energy"
        and not (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN")
    ]
    found = [mention_for(t, name_run(t)) for t in names]
    # "A new ad from Donald Trump's campaign": a body's noun a name makes one body
    found += [
        mention_for(t, doc[t.left_edge.i : t.i + 1])
        for t in phrase
        if t.pos_ == "NOUN" and t != mention.head and _named_noun(t)
    ]
    return sorted(
        (b for b in found if b.kind is SpeakerKind.ORGANISATION and b.resolved),
        key=lambda b: b.span,
    )


def _speak_for(mention: Mention, body: str) -> None:
    """Name a spokesperson mention as the spokesperson of ``body`` ("Northwind Energy
    spokesman"), keyed so that every way of saying so is one speaker; any other of its
    people, or "the campaign", by the words after "its" ("Comscore chief executive",
    "Maria Ortiz campaign")."""
    head = mention.head
    start = next((c.i + 1 for c in head.lefts if c.dep_ in ("poss", "det")), head.i)
    said = head.lower_ if head.lower_ in _SPOKESPEOPLE else words_text(head.doc, start, head.i + 1)
    mention.name = f"{body} {said}"
    mention.key = mention.name.lower()


def _owners_people(pending: Mention, owner: Mention) -> bool:
    """Whether a pending "its spokeswoman", "their spokesman" or "its analysts" are people
    of the named body or place its pronoun stands for ("Northwind Energy"); a spokesperson
    may speak for a group too, though not for one of people ("the residents")."""
    kinds = (SpeakerKind.ORGANISATION, SpeakerKind.PLACE)
    return (
        pending.key in ("it", "they")
        and pending.head.lower_ not in _PRONOUNS
        and (
            owner.kind in kinds
            or (pending.head.lower_ in _SPOKESPEOPLE and owner.kind is not SpeakerKind.PERSON)
        )
        and owner.head.pos_ == "PROPN"
    )


def _short_names(name: str) -> set[str]:
    """What news calls a body of several words for short, lower case: its initials ("ECB" for
    "European Central Bank", "NHS" for "National Health Service") and its first word cut after
    three letters or more ("the Fed", "the Met")."""
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in ("the", "of", "and")]
    if len(words) < 2:
        return set()
    first = words[0].lower()
    cut = {first[:n] for n in range(3, len(first) - 2)}
    return {"".join(w[0] for w in words).lower(), *cut}


# Last words of a public body's name that "the agency" stands for.
_AGENCY_WORDS = frozenset(
    ["service", "administration", "bureau", "office", "department", "commission", "authority"]
)
# Last words of a public body's name that "the authority" stands for: an agency's, or a
# council's, which British local news calls the authority as often as the council.
_AUTHORITY_WORDS = _AGENCY_WORDS | {"council"}
# The last words of the names a body noun stands for: an agency's ("… Service"), a local
# authority's ("… Council").
_NAMES_ENDING_AS = {"agency": _AGENCY_WORDS, "authority": _AUTHORITY_WORDS}
# What news calls a police force named before, and the words of a force's name, wherever they
# stand in it ("Police Scotland", "Cumbria Constabulary").
_FORCE_NOUNS = frozenset(["force", "constabulary"])
_POLICE_WORDS = frozenset(["police", "constabulary"])


def _namesake(surname: Mention, full: list[Mention], times: Counter[str]) -> Mention:
    """Which of the people named in full a bare surname is: one of its sex ("Mrs. Kowalczyk"
    is Teresa, not Arthur), named before it, the one named most often and then first (news
    gives a second namesake a first name: "Clinton" stays Hillary after "Bill Clinton"), a
    subject before an aside. ``times``: how often each full name is written."""
    sex = _sex(surname)
    # "Ms Berg" after "Anna Berg and Erik Berg": the one known to be a woman first.
    fitting = (
        [f for f in full if sex and _sex(f) == sex]
        or [f for f in full if {sex, _sex(f)} != {"f", "m"}]
        or full
    )
    before = [f for f in fitting if f.span < surname.span] or fitting
    return min(before, key=lambda f: (-times[f.key], not f.salient, f.span))


def _ending_with(mention: Mention, full_names: dict[str, list[Mention]]) -> list[Mention]:
    """The full names that end with a name of several words: "Pieter van der Berg" for "Van
    der Berg"."""
    holders = full_names.get(mention.key.split()[-1], [])
    return [f for f in holders if f.key.endswith(" " + mention.key)]


def _named_after_in_sentence(pronoun: Mention, mentions: list[Mention]) -> Mention | None:
    """The person a "she" or "he" stands for when it opens a clause set before its
    sentence's named subject: Okafor of "While she acknowledged the delay, Okafor blamed the
    contractor", not a speaker of the paragraph before."""
    word = pronoun.head
    if word.lower_ not in ("he", "she") or word.dep_ != "nsubj":
        return None
    clause = word.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i:
        return None
    if not any(c.dep_ == "mark" for c in clause.children):
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i > clause.i), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    named = next((n for n in mentions if n.head == subject), None)
    if named is None or named.kind is not SpeakerKind.PERSON or not named.resolved:
        return None
    sex = _sex(named)
    return named if sex in ("", _sex(pronoun)) else None


def _people_by_their_surname(mentions: list[Mention]) -> None:
    """Make a person of a full name the recogniser took for a body or a place when the story
    calls a person by its last word: "Maren Holt" of "starring Maren Holt" after "Holt, 38,
    said". Not a name that ends like a body's or a firm's ("Holt Motors")."""
    surnames = {
        m.key
        for m in mentions
        if m.resolved
        and m.kind is SpeakerKind.PERSON
        and " " not in m.key
        and m.head.pos_ == "PROPN"
    }
    for m in (n for mention in mentions for n in (mention, *mention.members)):
        words = m.name.split()
        if (
            m.resolved
            and m.kind is not SpeakerKind.PERSON
            and not m.called
            and m.head.pos_ == "PROPN"
            and len(words) in (2, 3)
            and all(w[:1].isupper() for w in words)
            and words[-1].lower() in surnames
            and _kind_by_name(m.name, SpeakerKind.PERSON) is SpeakerKind.PERSON
        ):
            m.kind = SpeakerKind.PERSON


def _entry_starts(text: str) -> list[int]:
    """Where each entry of a live blog starts, at the line of its time ("7 p.m.", "12.10
    GMT"); none for a story with fewer than two such lines. A page's "Updated 14:05" starts
    no entry."""
    starts = [
        line.start()
        for line in re.finditer(r"[^\n]+", text)
        if opens_an_entry(line.group().strip())
    ]
    return starts if len(starts) > 1 else []


def _campaign_runner(mention: Mention, before: list[Mention]) -> Mention | None:
    """The person whose campaign "the campaign" is, when the caller found no campaign named
    before it: the person of ``before`` named last, by a full name ("Maria Ortiz will speak
    in Denver. The campaign said …")."""
    words = mention.name.lower().split()
    if words != ["the", mention.key] or mention.key not in _CAMPAIGN_NOUNS:
        return None
    return next(
        (
            c
            for c in reversed(before)
            if c.kind is SpeakerKind.PERSON
            and c.head.pos_ == "PROPN"
            and " " in c.key
            and c.salient
        ),
        None,
    )


def _antecedent_among(
    m: Mention,
    compatible: list[Mention],
    done: list[Mention],
    roles: dict[str, set[str]],
    in_headline: Callable[[Mention], bool],
) -> Mention | None:
    """Whom a pronoun or a role noun to resolve stands for among the ``compatible`` mentions
    before it (nearest first, the salient ahead), given the mentions resolved so far and the
    roles each speaker was given."""
    # A headline's "Witness says …" is the person giving evidence in the body, not
    # a witness of its own.
    in_body = [c for c in compatible if not in_headline(c)]
    role_noun = _role_word(m.head.lower_)
    named_above = (
        role_noun
        and bool(in_body)
        and not in_headline(m)
        and any(in_headline(c) and (c.key == m.key or m.head.lower_ in _roles(c)) for c in done)
    )
    if named_above:
        compatible = in_body
    # "the mayor" is first of all whoever was called the mayor.
    # "the minister" may be the chancellor, but "the chancellor" is no other minister.
    wanted = _MINISTERS if m.head.lower_ == "minister" else {m.head.lower_}
    same_role = [
        c for c in compatible if wanted & roles.get(c.key, set()) and _same_office(m, roles[c.key])
    ]
    # an earlier "the mayor", or "a New York judge" for "the judge"
    same_key = [
        c for c in compatible if c.key == m.key or (m.key in ROLE_NOUNS and c.head.lower_ == m.key)
    ]
    # "the witness" is whoever was called a witness; "the spokesman", anyone fitting.
    # "the former captain" names a past role, one the story need not have given.
    former = any(c.lower_ == "former" for c in m.head.lefts)
    described = (_described(m.head.lower_) and not former) or _role_of_a_body(m.head)
    # "his spokesman", "her lawyer": someone of whoever "his" stands for, never that one
    owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in m.head.lefts)
    anyone = compatible if not (described or owned) or named_above else []
    if (m.head.lower_ in OFFICES and not former) or named_above:
        # Not someone given another role: "Conservative backbencher Peter Lyle" is
        # no minister, "defence barrister Richard Moore" no witness; but "the former
        # captain" may be today's manager.
        if not named_above and m.head.lower_ not in _POSITIONS:
            # "Jacinta Allan said …. The Premier said": the one just named, as news
            # calls someone by their office; not one named before others quoted
            # since ("Jean Pritchard said …. The MP said …. The minister said").
            anyone = anyone[:1]
        anyone = [c for c in anyone if not _person_roles(roles.get(c.key, set()))]
    return next(iter(same_role or same_key or anyone), None)


def resolve(mentions: list[Mention]) -> None:
    """Key every mention to a speaker, in place and in text order.

    Surname-only mentions join the full name that shares the surname; pronouns and role
    nouns take the nearest compatible resolved mention before them; a role noun with none
    stands for itself, a pronoun with none stays unknown.
    """
    headline_end = _headline_end(doc_text(mentions[0].head.doc)) if mentions else 0

    def in_headline(mention: Mention) -> bool:
        return mention.span[0] < headline_end

    _people_by_their_surname(mentions)
    _bodies_of_two_owners(mentions)
    full_names: dict[str, list[Mention]] = {}
    for m in (n for mention in mentions for n in (mention, *mention.members)):
        # A name, not a description: "a spokeswoman for the council" lends no "Council".
        if m.resolved and m.kind is SpeakerKind.PERSON and " " in m.key and m.head.pos_ == "PROPN":
            full_names.setdefault(m.key.split()[-1], []).append(m)
    # Each place a name is written counts once, however many quotes it attributes.
    times = Counter(key for key, _ in {(f.key, f.span) for n in full_names.values() for f in n})
    # "Jade wrote" after "Jade Kinsella", as features and tabloids write: a given name, for
    # the one full name that starts with it ("Mr. Obama" is a surname, whatever came before).
    # Each a first word → the full names it starts (their key → the first mention of each).
    by_first: dict[str, dict[str, Mention]] = {}
    for holders in full_names.values():
        for f in holders:
            # "Prince Abdulaziz" after "Prince Abdulaziz bin Salman": the given name after
            # the title ("King Charles" starts no longer name).
            words = _untitled(f.key).split()
            if len(words) > 1:
                by_first.setdefault(words[0], {}).setdefault(f.key, f)
    # "Corvane said" after "Corvane Plc": a firm called by its name without "Plc", "Motors".
    firms: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        words = m.name.split()
        a_name = len(words) <= 4 and all(w[:1].isupper() or w in ("&", "of") for w in words)
        if m.resolved and a_name and " " in m.key and _corporate(m.name) is not None:
            firms.setdefault(m.key.split()[0], {}).setdefault(m.key, m)
    # "the ECB" after "the European Central Bank", "the Met" after "the Metropolitan Police".
    bodies_called: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.resolved and m.kind is SpeakerKind.ORGANISATION and " " in m.key:
            for short in _short_names(m.name):
                bodies_called.setdefault(short, {}).setdefault(m.key, m)
    for m in mentions:
        firm = list(firms.get(m.key, {}).values())
        given = list(by_first.get(_untitled(m.key), {}).values())
        called_so = list(bodies_called.get(m.key, {}).values())
        # "Jansen" after "Carl Jansen" and "Jansen Brothers Ltd": a surname is the person's.
        if m.resolved and " " not in m.key and len(firm) == 1 and m.key not in full_names:
            m.key, m.name, m.kind = firm[0].key, firm[0].name, firm[0].kind
        elif (
            m.resolved
            and len(called_so) == 1
            and m.kind is not SpeakerKind.PERSON  # "Dan" after "Danone Group" is someone
            and m.key not in full_names
            and m.key not in GIVEN_NAMES
        ):
            m.key, m.name, m.kind = called_so[0].key, called_so[0].name, called_so[0].kind
        # "Vasseur" after "Claire Vasseur" is her, whatever label the recogniser gave it.
        elif m.resolved and " " not in m.key and m.key in full_names:
            full = _namesake(m, full_names[m.key], times)
            m.key, m.name, m.kind = full.key, full.name, full.kind
        elif m.resolved and " " in m.key and (longer := _ending_with(m, full_names)):
            # "Van der Berg", "Ribera García": a surname of several words.
            full = _namesake(m, longer, times)
            m.key, m.name, m.kind = full.key, full.name, full.kind
        elif (
            m.resolved
            and " " not in _untitled(m.key)
            and len(given) == 1
            # "Mr. Obama" is a surname; "Wang", no given name, one written first ("Wang
            # Lihua"), with or without "Mr".
            and (m.key not in GIVEN_NAMES or not _after_honorific(m.head))
        ):
            m.key, m.name, m.kind = given[0].key, given[0].name, given[0].kind
    # One-word names that "its spokesman" or "its chief executive" stood for, that "the
    # regulator" described, or that gave out data: bodies, in every mention.
    bodies_taken_for_people = _data_givers(mentions)
    # A bare name only the headline writes may be a word like any other, capitalised as a
    # headline writes it ("Bill passes", "Mark set for …", "Library saved"): no one the
    # story's "the minister" or "the mayor" can stand for, unless the headline gave the role.
    body_keys = {m.key for m in mentions if not in_headline(m)}
    headline_words = {
        m.key for m in mentions if in_headline(m) and " " not in m.key and m.key not in body_keys
    }
    # Each role noun or pronoun that took a person's key, with its own key and name: "the
    # minister" or "she" stands for no body, whatever a later mention shows the person to be.
    roles_taken: list[tuple[Mention, str, str]] = []
    for m in mentions:
        if m.key in bodies_taken_for_people:
            m.kind = SpeakerKind.ORGANISATION
    done: list[Mention] = []
    # The organisations named so far, as speakers or within a speaker's phrase ("a
    # spokeswoman for Northwind Energy"): what a later "the company" may stand for. A
    # phrase is read for them only once a mention asks for a body, as most never do: each
    # mention whose phrase is unread, and where in ``bodies`` the ones in it go.
    bodies: list[Mention] = []
    unread: list[tuple[int, Mention]] = []

    def bodies_so_far() -> list[Mention]:
        for at, mention in reversed(unread):
            bodies[at:at] = _bodies_within(mention)
        unread.clear()
        return bodies

    def bodies_since(start: int) -> Callable[[], list[Mention]]:
        return lambda: [b for b in bodies_so_far() if b.span[0] >= start]

    # Where each entry of a live blog starts: an entry is a story of its own, whose "the
    # campaign" or "she" is first of all someone it names.
    entries = _entry_starts(doc_text(mentions[0].head.doc)) if mentions else []
    # A speaker's sex as the article states it of one mention ("Ms. Ruiz", "her son, Alan
    # Farrow", "Margaret Ellison") holds for every mention. Not as a resolved "he" implies:
    # one wrong resolution would then spoil every later one.
    sexes: dict[str, str] = {}
    # The roles each speaker was given anywhere before: "Health Secretary Claire Donovan" is
    # who "the minister" is, even after "Donovan replied" gave no role.
    roles: dict[str, set[str]] = {}
    for m in sorted(mentions, key=lambda m: m.span):
        if _shown_a_firm(m):
            # A firm as "the company" would call it, whatever the recogniser took it for.
            m.kind, m.called = SpeakerKind.ORGANISATION, m.called or "company"
        if m.called and m.kind is SpeakerKind.ORGANISATION and " " not in m.key:
            # "Streaming giant Flickr+", "grid operator E-Redes": a body in every mention.
            bodies_taken_for_people.add(m.key)
        entry = entries[bisect_right(entries, m.span[0]) - 1] if entries else 0
        own_entry = [c for c in done if c.span[0] >= entry]
        named = _named_body(m, bodies_since(entry)) or _source_brought_in(m, own_entry)
        if named is None and (runner := _campaign_runner(m, own_entry)) is not None:
            # "Maria Ortiz will speak in Denver. The campaign said …": hers, a body.
            _speak_for(m, runner.name)
            m.kind = SpeakerKind.ORGANISATION
        elif named is None and entry:
            named = _named_body(m, bodies_so_far) or _source_brought_in(m, done)
        if named is None and (named := _body_described_after(m, done)) is not None:
            bodies_taken_for_people.add(named.key)
        if named is not None:
            m.key, m.name, m.kind = named.key, named.name, named.kind
        elif _unnamed_spokesperson(m):
            named_on = _bodies_named_on(m.head)
            if body := _spoken_for(named_on, bodies_so_far):
                # Tied to the body by name, yet a speaker apart: the spokesman may be quoted
                # beside the firm's own statement.
                _speak_for(m, body)
            elif (operator := _body_spoken_for(named_on, m, done)) is not None:
                bodies_taken_for_people.add(operator.key)
                _speak_for(m, operator.name)
            elif not named_on and (stated := _body_just_before(m, done)) is not None:
                # "The league said …. A spokesperson said": the league's, as "its" would
                # say; "a spokesman for the union" is the union's, named or not.
                _speak_for(m, stated.name)
        sex = _sex(m)
        if m.resolved and sex:
            # "Mrs Crane …, Mr Crane said": two people under one surname mark no one sex.
            sexes[m.key] = sex if sexes.get(m.key, sex) == sex else "both"
        if not m.resolved and (named_after := _named_after_in_sentence(m, mentions)):
            m.key, m.name, m.kind = named_after.key, named_after.name, named_after.kind
            m.resolved = True
        if not m.resolved:
            person = _stands_for_a_person(m)
            compatible = sorted(
                (
                    c
                    for c in reversed(done)
                    if _compatible(m, sex, c, sexes.get(c.key, ""), person)
                    and not _object_of_subject(m.head, c.head)
                    and not _subject_of_another_clause(m.head, c.head)
                    and not (
                        m.head.pos_ == "NOUN"
                        and c.key in headline_words
                        and m.head.lower_ not in roles.get(c.key, set())
                    )
                ),
                key=lambda c: not c.salient,
            )
            # A live blog's entry is a story of its own: "the spokesman" or "she" is someone
            # it names, and someone of an earlier entry only when it names no one fitting.
            in_entry = [c for c in compatible if c.span[0] >= entry]
            owned = m.key in ("it", "they") and m.head.lower_ not in _PRONOUNS
            if owned:
                # "its analysts", "its chief executive": whose, what "its" stands for
                antecedent = next(iter(in_entry or compatible), None)
            else:
                antecedent = _antecedent_among(m, in_entry, done, roles, in_headline)
            if antecedent is None and not owned and len(in_entry) < len(compatible):
                antecedent = _antecedent_among(m, compatible, done, roles, in_headline)
            role_noun = _role_word(m.head.lower_)
            if antecedent is not None and m.key == "it" and _lone_name(antecedent):
                # "Acas said …. Its spokesman said": the one-word "person" is a body.
                bodies_taken_for_people.add(antecedent.key)
                for c in done:
                    if c.key == antecedent.key:
                        c.kind = SpeakerKind.ORGANISATION
            if antecedent is not None and _owners_people(m, antecedent):
                # "Its spokeswoman said" reads as "a spokeswoman for the firm" does: the
                # firm's spokeswoman, whom a later "the spokeswoman" stands for; "its
                # analysts", the firm's analysts.
                _speak_for(m, antecedent.name)
                if m.kind is not SpeakerKind.GROUP:
                    m.kind = SpeakerKind.PERSON
                m.resolved = True
            elif antecedent is not None and not owned:
                if person:
                    roles_taken.append((m, m.key, m.name))
                m.key, m.name, m.kind = antecedent.key, antecedent.name, antecedent.kind
                m.resolved = True
            elif owned:
                # "Their attorneys" of people, or of no one named: people of their own.
                phrase = m.head.doc.char_span(*m.span, alignment_mode="expand")
                m.key = m.name.lower() if phrase is None else _phrase_key(phrase)
                m.resolved = True
            elif role_noun:
                # "The mayor said …" with nobody named before: the mayor is a speaker of
                # their own, whom a later "she" or "the mayor" can stand for.
                m.resolved = True
        if m.resolved and m.antecedent:
            done.append(m)
            bodies.append(m)
            roles.setdefault(m.key, set()).update(_roles(m))
        unread.append((len(bodies), m))
    _roles_named_a_sentence_before(mentions)
    for m, key, name in roles_taken:
        if m.key in bodies_taken_for_people:
            # "Acas said …. The minister said …. Its spokesman said …": the one-word name
            # turned out a body, and only a person holds an office; a "she" is then nobody
            # named ("Halvorsen said …, she said …. The company said": no woman named).
            m.key, m.name, m.kind = key, name, SpeakerKind.PERSON
            m.resolved = key not in PERSON_PRONOUNS
    for m in mentions:
        if m.key in bodies_taken_for_people:
            m.kind = SpeakerKind.ORGANISATION
        if in_headline(m) and m.key in _SPEAKING_NOUNS and m.name.lower() == m.key:
            # "Council vows to fix potholes", "Study finds …": the one council or study the
            # story names, as its own "the council said" or "the study found" would be.
            story = [c for c in done if not in_headline(c)]
            named = _one_body_called(m.key, story) or _one_source_called(m.key, story)
            if named is not None:
                m.key, m.name, m.kind = named.key, named.name, named.kind
        elif in_headline(m) and (_headline_role(m) or _headline_role(m, lower=True)):
            # "Witness: 'I saw the car swerve'": the witness the story names, else a
            # witness, as the story's own "the witness said" would be. A role in lower case
            # ("shares slide as chief executive warns") is only someone the story names.
            word = m.head.lower_
            said = _HEADLINE_ROLES.get(word, frozenset()) | {word}
            lower = not _headline_role(m)
            called = {
                c.key: c
                for c in done
                if not in_headline(c)
                and c.key != m.key
                and (said & roles[c.key] or c.head.lower_ in said)
                and not (lower and c.head.pos_ != "PROPN")
            }
            if len(called) == 1:
                named = next(iter(called.values()))
                m.key, m.name, m.kind = named.key, named.name, named.kind
            elif " " not in m.name and not lower:
                # and so is whoever the body's "the witness" took it for; "Health
                # Secretary" stays itself, no "secretary" of its own
                shown = m.head.text if word in _INITIALISMS else word
                for same in (n for n in mentions if n.key == m.key):
                    same.name = shown
                m.key = word
                plural = m.head.tag_ in ("NNS", "NNPS")
                m.kind = SpeakerKind.GROUP if plural else SpeakerKind.PERSON
        if not m.resolved:
            # An unresolved pronoun is nobody in particular: keep it apart by position.
            m.key = f"{m.key}@{m.span[0]}"
