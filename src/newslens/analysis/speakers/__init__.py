"""Who a speaker mention refers to: canonical keys, kinds, pronouns and role nouns.

"Kremlin spokesman Dmitry Peskov", "Peskov" and "Mr Peskov" are one speaker, keyed by
the fullest personal name seen ("dmitry peskov"). A pronoun or a role noun ("he", "the
spokesman") takes the nearest compatible named speaker before it; a description of a role ("the
Ohio senator"), only someone named in that role. An unnamed "spokesman for the firm", or "its
spokesman", is the spokesman of the firm named before ("Northwind Energy spokesman").

The modules, lowest first: ``words`` holds the word lists; ``roles`` tells the words that name a
person; ``names`` finds where a name runs; ``kinds`` what kind of speaker a name is; ``phrases``
holds the ``Mention`` (a phrase that names a speaker) and a phrase's key; ``greetings`` tells a
name in a greeting line (:func:`addressed`), ``joined`` whether names joined by "and" are one name,
and ``beside`` which name set beside a role or a body speaks; ``name_mentions`` reads a phrase
whose head is a name (its kind, its words without titles) and ``noun_mentions`` a common-noun
phrase (a role noun still to resolve or someone of its own); ``mentions`` reads any speaker phrase
into a ``Mention`` (:func:`mention_for`), trying each reading in turn; ``bodies``,
``spokespeople``, ``sources``, ``namesakes`` and ``antecedents`` each decide one question of whom
a mention is; and this module keys every mention to a speaker, in text order (:func:`resolve`). A
name with a leading underscore is the package's own: its modules share it, and only they and
their tests use it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.antecedents import (
    _antecedent_among,
    _compatible,
    _entry_starts,
    _headline_end,
    _headline_role,
    _named_after_in_sentence,
    _named_before_in_its_sentence,
    _object_of_subject,
    _roles,
    _roles_named_a_sentence_before,
    _stands_for_a_person,
    _subject_of_another_clause,
)
from newslens.analysis.speakers.bodies import (
    _bodies_of_two_owners,
    _body_described_after,
    _body_spoken_for,
    _lone_name,
    _named_body,
    _one_body_called,
    _shown_a_firm,
)
from newslens.analysis.speakers.greetings import addressed
from newslens.analysis.speakers.kinds import _corporate
from newslens.analysis.speakers.mentions import mention_for
from newslens.analysis.speakers.names import name_run
from newslens.analysis.speakers.namesakes import (
    _ending_with,
    _namesake,
    _namesakes_unnamed,
    _people_by_their_surname,
    _sex,
    _short_names,
    _stated_sex,
    _untitled,
)
from newslens.analysis.speakers.phrases import Mention, _phrase_key
from newslens.analysis.speakers.roles import (
    _HEADLINE_ROLES,
    _INITIALISMS,
    _after_honorific,
    _bodies_named_on,
    _role_word,
    could_speak,
    headline_role,
    names_no_one,
    person_word,
)
from newslens.analysis.speakers.sources import (
    _data_givers,
    _one_source_called,
    _source_brought_in,
    publisher,
)
from newslens.analysis.speakers.spokespeople import (
    _bodies_within,
    _body_just_before,
    _campaign_runner,
    _owners_people,
    _speak_for,
    _spoken_for,
    _unnamed_spokesperson,
)
from newslens.analysis.speakers.words import (
    _PRONOUNS,
    _SPEAKING_NOUNS,
    MEASURES,
    PERSON_PRONOUNS,
    RELATIVES,
    SOURCE_NOUNS,
    THING_VERBS,
)
from newslens.analysis.syntax.names import GIVEN_NAMES
from newslens.analysis.syntax.text import doc_text

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

    _people_by_their_surname(mentions)
    _bodies_of_two_owners(mentions)
    _join_names(mentions)
    # One-word names that "its spokesman" or "its chief executive" stood for, that "the
    # regulator" described, or that gave out data: bodies, in every mention.
    bodies_taken_for_people = _data_givers(mentions)
    for m in mentions:
        if m.key in bodies_taken_for_people:
            m.kind = SpeakerKind.ORGANISATION
    done, roles, roles_taken = _resolve_in_text_order(
        mentions, bodies_taken_for_people, in_headline
    )
    _roles_named_a_sentence_before(mentions)
    for m, key, name in roles_taken:
        if m.key in bodies_taken_for_people:
            # "Acas said …. The minister said …. Its spokesman said …": the one-word name
            # turned out a body, and only a person holds an office; a "she" is then nobody
            # named ("Halvorsen said …, she said …. The company said": no woman named).
            m.key, m.name, m.kind = key, name, SpeakerKind.PERSON
            m.resolved = key not in PERSON_PRONOUNS
    story = [c for c in done if not in_headline(c)]
    for m in mentions:
        if m.key in bodies_taken_for_people:
            m.kind = SpeakerKind.ORGANISATION
        if in_headline(m):
            _name_from_the_story(m, mentions, story, roles)
        if not m.resolved:
            # An unresolved pronoun is nobody in particular: keep it apart by position.
            m.key = f"{m.key}@{m.span[0]}"


def _join_names(mentions: list[Mention]) -> None:
    """Key each short form of a name to the full name it stands for: a surname, a given name,
    a firm without "Plc", a body's short name ("the ECB")."""
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
    unnamed = _namesakes_unnamed(mentions, full_names, times)
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
            # "President Obama" beside "Mr. Obama" and "Michelle Obama": him, not her.
            shared = m.key in unnamed and not _stated_sex(m)
            full = None if shared else _namesake(m, full_names[m.key], times)
            if full is not None:
                m.key, m.name, m.kind = full.key, full.name, full.kind
            else:
                # A namesake of no one named in full is a person still: "Reyes urges calm",
                # which the recogniser took for a body, beside "Ana Reyes" and "Mr. Reyes".
                m.kind = SpeakerKind.PERSON
        elif m.resolved and " " in m.key and (longer := _ending_with(m, full_names)):
            # "Van der Berg", "Ribera García": a surname of several words.
            full = _namesake(m, longer, times)
            if full is not None:
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


def _resolve_in_text_order(
    mentions: list[Mention],
    bodies_taken_for_people: set[str],
    in_headline: Callable[[Mention], bool],
) -> tuple[list[Mention], dict[str, set[str]], list[tuple[Mention, str, str]]]:
    """Key each role noun, pronoun and body called by what it is ("the company") to the
    mention that stands for it before it, in text order.

    Returns the mentions that can stand for a later one, in text order; the roles each
    speaker was given; and each role noun or pronoun that took a person's key, with its own
    key and name. ``bodies_taken_for_people`` gains the one-word names found to be bodies.
    """
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
            if m.key in ("he", "she", "him", "her") and not any(
                c.salient and c.head.sent.start == m.head.sent.start for c in compatible
            ):
                # A name set in the pronoun's own sentence, nearer than any subject before.
                compatible.sort(key=lambda c: not _named_before_in_its_sentence(m, c))
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
    return done, roles, roles_taken


def _name_from_the_story(
    m: Mention, mentions: list[Mention], story: list[Mention], roles: dict[str, set[str]]
) -> None:
    """Key a headline's noun to the one the story names: "Council vows …", "Witness: …"."""
    if m.key in _SPEAKING_NOUNS and m.name.lower() == m.key:
        # "Council vows to fix potholes", "Study finds …": the one council or study the
        # story names, as its own "the council said" or "the study found" would be.
        named = _one_body_called(m.key, story) or _one_source_called(m.key, story)
        if named is not None:
            m.key, m.name, m.kind = named.key, named.name, named.kind
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
