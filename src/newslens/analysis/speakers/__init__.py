"""Who a speaker mention refers to: canonical keys, kinds, pronouns and role nouns.

"Kremlin spokesman Dmitry Peskov", "Peskov" and "Mr Peskov" are one speaker, keyed by
the fullest personal name seen ("dmitry peskov"). A pronoun or a role noun ("he", "the
spokesman") takes the nearest compatible named speaker before it; a description of a role ("the
Ohio senator"), only someone named in that role. An unnamed "spokesman for the firm", or "its
spokesman", is the spokesman of the firm named before ("Northwind Energy spokesman").

The modules, lowest first: ``words`` holds the word lists; ``roles`` tells the words that name a
person; ``names`` finds where a name runs; ``kinds`` what kind of speaker a name is, ``ages``
and ``rankings`` the age and the ranking a name is given ("Jamal Price, 16,", "the
34-year-old", "world No 54 Marsh"); ``phrases``
holds the ``Mention`` (a phrase that names a speaker) and a phrase's key; ``greetings`` tells a
name in a greeting line (:func:`addressed`), ``joined`` whether names joined by "and" are one name,
and ``beside`` which name set beside a role or a body speaks; ``name_mentions`` reads a phrase
whose head is a name (its kind, its words without titles) and ``noun_mentions`` a common-noun
phrase (a role noun still to resolve or someone of its own); ``mentions`` reads any speaker phrase
into a ``Mention`` (:func:`mention_for`), trying each reading in turn; ``bodies``,
``firm_acts``, ``clubs``, ``spokespeople``, ``sources``, ``namesakes``, ``role_holders``,
``ones``, ``research_teams`` and ``antecedents`` each decide one question of whom a mention is;
``in_text_order`` keys each role noun, pronoun and body called by what it is to the mention
before it that stands for it; and this module keys every mention to a speaker, in text order
(:func:`resolve`). A name with a leading underscore is the package's own: its modules share it,
and only they and their tests use it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.ages import age_given
from newslens.analysis.speakers.antecedents import _headline_end, _headline_role
from newslens.analysis.speakers.bodies import (
    _bodies_of_two_owners,
    _one_body_called,
    firms_named_with_an_s,
)
from newslens.analysis.speakers.clubs import _clubs_taken_for_people
from newslens.analysis.speakers.entry_headings import key_entry_headings
from newslens.analysis.speakers.firms_shown import firms_called_so
from newslens.analysis.speakers.greetings import addressed
from newslens.analysis.speakers.in_text_order import _resolve_in_text_order
from newslens.analysis.speakers.kinds import _corporate, firm_word_after
from newslens.analysis.speakers.mentions import mention_for, named_mention
from newslens.analysis.speakers.names import name_run
from newslens.analysis.speakers.namesakes import (
    _couples_apart,
    _ending_with,
    _full_names_by_given_name,
    _full_names_by_initials,
    _full_names_by_surname,
    _namesake,
    _namesakes_unnamed,
    _people_by_their_full_name,
    _people_by_their_surname,
    _sexes_told,
    _short_names,
    _stated_sex,
    _untitled,
)
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.role_holders import (
    _roles_named_a_sentence_before,
    _roles_named_later,
)
from newslens.analysis.speakers.roles import (
    _HEADLINE_ROLES,
    _INITIALISMS,
    _after_honorific,
    could_speak,
    headline_role,
    names_no_one,
    person_word,
)
from newslens.analysis.speakers.sources import (
    _data_givers,
    _one_source_called,
    publisher,
)
from newslens.analysis.speakers.words import (
    _SPEAKING_NOUNS,
    MEASURES,
    PERSON_PRONOUNS,
    RELATIVES,
    SOURCE_NOUNS,
    THING_VERBS,
)
from newslens.analysis.syntax.text import doc_text
from newslens.boilerplate import is_header_field
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = [
    "MEASURES",
    "RELATIVES",
    "SOURCE_NOUNS",
    "THING_VERBS",
    "Mention",
    "addressed",
    "could_speak",
    "headline_role",
    "mention_for",
    "name_run",
    "names_no_one",
    "person_word",
    "publisher",
    "resolve",
]


def resolve(mentions: list[Mention]) -> None:
    """Key every mention to a speaker, in place and in text order.

    Surname-only mentions join the full name that shares the surname; pronouns and role
    nouns take the nearest compatible resolved mention before them; a role noun with none
    stands for itself, a pronoun with none stays unknown.
    """
    headline_end = _headline_end(doc_text(mentions[0].head.doc)) if mentions else 0

    def in_headline(mention: Mention) -> bool:
        return mention.span[0] < headline_end

    _clubs_taken_for_people(mentions)
    _people_by_their_surname(mentions)
    _people_by_their_full_name(mentions)
    _bodies_of_two_owners(mentions)
    named_bodies = _bodies_named(mentions)
    _join_names(mentions, named_bodies)
    firms_named_with_an_s(mentions, named_bodies)
    # One-word names that "its spokesman" or "its chief executive" stood for, that "the
    # regulator" described, or that gave out data: bodies, in every mention.
    bodies_taken_for_people = _data_givers(mentions) | firms_called_so(mentions)
    for m in mentions:
        if m.key in bodies_taken_for_people:
            m.kind = SpeakerKind.ORGANISATION
    done, roles, roles_taken = _resolve_in_text_order(
        mentions, named_bodies, bodies_taken_for_people, in_headline
    )
    _roles_named_a_sentence_before(mentions)
    _roles_named_later(mentions, roles, in_headline)
    for m, key, name in roles_taken:
        if m.key in bodies_taken_for_people:
            # "Acas said …. The minister said …. Its spokesman said …": the one-word name
            # turned out a body, and only a person holds an office; a "she" is then nobody
            # named ("Halvorsen said …, she said …. The company said": no woman named).
            m.key, m.name, m.kind = key, name, SpeakerKind.PERSON
            m.resolved = key not in PERSON_PRONOUNS
    story = [c for c in done if not in_headline(c)]
    key_entry_headings(mentions)
    for m in mentions:
        if m.key in bodies_taken_for_people:
            m.kind = SpeakerKind.ORGANISATION
        if in_headline(m):
            _name_from_the_story(m, mentions, story, roles)
        if not m.resolved:
            # An unresolved pronoun is nobody in particular: keep it apart by position.
            m.key = f"{m.key}@{m.span[0]}"


def _join_names(mentions: list[Mention], named_bodies: list[Mention]) -> None:
    """Key each short form of a name to the full name it stands for: a surname, a given name,
    a firm without "Plc", a body's short name ("the ECB"); the bodies of ``named_bodies``
    (:func:`_bodies_named`) too, which no one quotes."""
    full_names = _full_names_by_surname(mentions)
    _sexes_told(mentions, full_names)
    # Each place a name is written counts once, however many quotes it attributes.
    times = Counter(key for key, _ in {(f.key, f.span) for n in full_names.values() for f in n})
    by_first = _full_names_by_given_name(full_names)
    by_initials = _full_names_by_initials(full_names)
    firms = _firms_by_first_word([*mentions, *named_bodies])
    bodies_called = _bodies_by_short_name([*mentions, *named_bodies])
    unnamed = _namesakes_unnamed(mentions, full_names, times)
    for m in mentions:
        if not m.resolved:
            continue
        if (firm := _firm_called_so(m, firms, full_names)) is not None:
            m.stand_for(firm)
        elif (body := _body_called_so(m, bodies_called, full_names)) is not None:
            m.stand_for(body)
        elif m.head.is_upper and len(called := by_initials.get(m.key, {})) == 1:
            # "AOC" after "Alexandria Ocasio-Cortez": her, not a body in capitals.
            m.stand_for(next(iter(called.values())))
        elif " " not in m.key and m.key in full_names:
            # "Vasseur" after "Claire Vasseur" is her, whatever label the recogniser gave it.
            _key_surname(m, full_names[m.key], unnamed, times)
        elif " " in m.key and (longer := _ending_with(m, full_names)):
            # "Van der Berg", "Ribera García": a surname of several words.
            full = _namesake(m, longer, times)
            if full is not None:
                m.stand_for(full)
        elif (given := _person_called_so(m, by_first)) is not None:
            m.stand_for(given)
    _couples_apart(mentions, full_names)


def _firms_by_first_word(mentions: list[Mention]) -> dict[str, dict[str, Mention]]:
    """Each firm named in full by its first word (its key → its first mention): "Corvane
    said" after "Corvane Plc" is a firm called by its name without "Plc", "Motors"; a firm
    the text names but never quotes counts ("Shares in Corvane Motors fell. Corvane said")."""
    firms: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if not m.resolved or " " not in m.key:
            continue  # the cheap tests first: most mentions are one word or still to resolve
        words = m.name.split()
        a_name = len(words) <= 4 and all(w[:1].isupper() or w in ("&", "of") for w in words)
        if a_name and _corporate(m.name) is not None:
            firms.setdefault(m.key.split()[0], {}).setdefault(m.key, m)
    return firms


def _bodies_named(mentions: list[Mention]) -> list[Mention]:
    """The bodies the recogniser found anywhere in the text, each read as a speaker's name,
    in text order: one it took for a place or a building too ("West Yorkshire Police",
    "Felbridge District Council")."""
    if not mentions:
        return []
    doc = mentions[0].head.doc
    text = doc_text(doc)
    named = (
        named_mention(_last_word_of_body(e, text))
        for e in doc.ents
        if e.label_ in ("ORG", "GPE", "FAC")
    )
    return [m for m in named if m.kind is SpeakerKind.ORGANISATION]


def _last_word_of_body(body: SpacySpan, text: str) -> Token:
    # "Halden Mutual", which the recogniser read as the place "Halden": the firm's last word.
    firm_word = firm_word_after(body)
    return firm_word if firm_word is not None else _past_a_header_field(body, text)


def _past_a_header_field(body: SpacySpan, text: str) -> Token:
    """The last word of a body's name: its root, but for the name of the next field of a
    mail's header, which the recogniser may take into the name ("Harwood Council Press Office
    Sent" of "From: Harwood Council Press Office Sent: 3 March 2026 To: newsdesk")."""
    if text[body.end_char : body.end_char + 1] != ":" or len(body) < 2:
        return body.root
    field = body[-1]
    return body[-2] if is_header_field(text, field.idx) else body.root


def _bodies_by_short_name(mentions: list[Mention]) -> dict[str, dict[str, Mention]]:
    """Each body named in full by each of its short names (its key → its first mention): "the
    ECB" after "the European Central Bank", "the Met" after "the Metropolitan Police"."""
    bodies_called: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.resolved and m.kind is SpeakerKind.ORGANISATION and " " in m.key:
            for short in _short_names(m.name):
                bodies_called.setdefault(short, {}).setdefault(m.key, m)
    return bodies_called


def _firm_called_so(
    m: Mention, firms: dict[str, dict[str, Mention]], full_names: dict[str, list[Mention]]
) -> Mention | None:
    """The one firm a one-word name is the first word of, unless a person named in full has
    it for a surname."""
    firm = list(firms.get(m.key, {}).values())
    # "Jansen" after "Carl Jansen" and "Jansen Brothers Ltd": a surname is the person's.
    if " " not in m.key and len(firm) == 1 and m.key not in full_names:
        return firm[0]
    return None


def _body_called_so(
    m: Mention, bodies_called: dict[str, dict[str, Mention]], full_names: dict[str, list[Mention]]
) -> Mention | None:
    """The one body a mention is the short name of, unless it is a person's surname or a given
    name."""
    called_so = list(bodies_called.get(m.key, {}).values())
    if (
        len(called_so) == 1
        and m.kind is not SpeakerKind.PERSON  # "Dan" after "Danone Group" is someone
        and m.key not in full_names
        and m.key not in GIVEN_NAMES
    ):
        return called_so[0]
    return None


def _key_surname(m: Mention, full: list[Mention], unnamed: set[str], times: Counter[str]) -> None:
    """Key a bare surname to the person named in full it stands for, none when two people
    share it (``unnamed``, :func:`_namesakes_unnamed`); it names a person either way."""
    # "President Obama" beside "Mr. Obama" and "Michelle Obama": him, not her.
    shared = m.key in unnamed and not _stated_sex(m)
    named = None if shared else _namesake(m, full, times)
    if named is not None:
        m.stand_for(named)
    else:
        # A namesake of no one named in full is a person still: "Reyes urges calm",
        # which the recogniser took for a body, beside "Ana Reyes" and "Mr. Reyes".
        m.kind = SpeakerKind.PERSON


def _person_called_so(m: Mention, by_first: dict[str, dict[str, Mention]]) -> Mention | None:
    """The one person named in full whose given name a name of one word is, a royal title
    aside."""
    given = list(by_first.get(_untitled(m.key), {}).values())
    if (
        " " not in _untitled(m.key)
        and len(given) == 1
        # "Mr. Obama" is a surname; "Wang", no given name, one written first ("Wang
        # Lihua"), with or without "Mr".
        and (m.key not in GIVEN_NAMES or not _after_honorific(m.head))
    ):
        return given[0]
    return None


def _name_from_the_story(
    m: Mention, mentions: list[Mention], story: list[Mention], roles: dict[str, set[str]]
) -> None:
    """Key a headline's noun to the one the story names: "Council vows …", "Witness: …"."""
    if m.key in _SPEAKING_NOUNS and m.name.lower() == m.key:
        # "Council vows to fix potholes", "Study finds …": the one council or study the
        # story names, as its own "the council said" or "the study found" would be.
        named = _one_body_called(m.key, story) or _one_source_called(m.key, story)
        if named is not None:
            m.stand_for(named)
    elif (age := age_given(m)) is not None and person_word(m.head) and not _named_so(m):
        # "Grandmother, 82, says …" over "Edna Piper, 82, a retired teacher from Bath": the
        # one person the story gives that age
        aged = {c.key: c for c in story if c.key != m.key and age_given(c) == age}
        if len(aged) == 1:
            m.stand_for(next(iter(aged.values())))
    elif _headline_role(m) or _headline_role(m, lower=True):
        # "Witness: 'I saw the car swerve'": the witness the story names, else a
        # witness, as the story's own "the witness said" would be. A role in lower case
        # ("shares slide as chief executive warns") is only someone the story names.
        word = m.head.lower_
        said = _HEADLINE_ROLES.get(word, frozenset()) | {word}
        lower = not _headline_role(m)
        called = {
            c.key: c
            for c in story
            if c.key != m.key
            and (said & roles[c.key] or c.head.lower_ in said)
            and not (lower and c.head.pos_ != "PROPN")
        }
        if len(called) == 1:
            named = next(iter(called.values()))
            m.stand_for(named)
        elif " " not in m.name and not lower:
            # and so is whoever the body's "the witness" took it for; "Health
            # Secretary" stays itself, no "secretary" of its own
            shown = m.head.text if word in _INITIALISMS else word
            for same in (n for n in mentions if n.key == m.key):
                same.name = shown
            m.key = word
            plural = m.head.tag_ in ("NNS", "NNPS")
            m.kind = SpeakerKind.GROUP if plural else SpeakerKind.PERSON


def _named_so(mention: Mention) -> bool:
    """Whether a mention is someone's name ("Piper, 82,"), not what they are ("Grandmother")."""
    return mention.head.ent_type_ == "PERSON"
