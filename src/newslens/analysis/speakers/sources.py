"""Data and documents as sources: who gave out the data a noun names ("figures released by
Eurostat", "NHS figures", ``publisher``), the one-word names the text shows giving out data ("a
poll by Ipsos": a body), and the study a later "the study" goes on with."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.bodies import _lone_name
from newslens.analysis.speakers.names import name_start
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.roles import _after_honorific, could_speak
from newslens.analysis.speakers.words import DATA_NOUNS, SOURCE_NOUNS
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.words import object_of

if TYPE_CHECKING:
    from spacy.tokens import Token


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
            and not _noun_capitalised_to_open(c)
        ),
        None,
    )


def _noun_capitalised_to_open(word: Token) -> bool:
    """Whether a word the tagger took for a name is a common noun, capitalised only as it opens
    its sentence, that the text writes in lower case elsewhere: "District figures show …"
    beside "across the district" are the figures', as "Police figures show …" are."""
    if not word.is_sent_start or word.ent_type_ or not word.is_title:
        return False
    return re.search(rf"\b{re.escape(word.lower_)}\b", doc_text(word.doc)) is not None


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


def _source_brought_in(mention: Mention, before: list[Mention]) -> Mention | None:
    """The study that "the study" goes on with: the one the story brought in before
    under a description, "a new study", "a survey of 2,000 adults"; or the body that gave it
    out ("a study by the Centre for Rural Policy"), which it speaks for, as do its authors."""
    noun = mention.key
    if _the_authors(mention):
        found = next((c for c in reversed(before) if c.head.lemma_.lower() in _WRITTEN_UP), None)
        if found is None or found.kind is SpeakerKind.ORGANISATION:
            return found  # "The report said …. The authors warned": the body it stood for
        body = _its_publisher(found, before)
        return body if body is not found else None
    if noun not in SOURCE_NOUNS or mention.head.lemma_.lower() != noun:
        return None
    found = next(
        (c for c in reversed(before) if c.key != noun and _source_called(noun, c)),
        None,
    )
    return None if found is None else _its_publisher(found, before)


# What "the report" may go on with besides a report: the study or inquiry it writes up.
_WRITTEN_UP = frozenset(["report", "study", "review", "audit", "inquiry", "investigation"])


def _the_authors(mention: Mention) -> bool:
    """Whether a mention is "the authors" or "its authors", of no one it names."""
    head = mention.head
    return (
        head.lemma_.lower() == "author"
        and any(c.lower_ in ("the", "its") for c in head.lefts)
        and not any(c.dep_ == "prep" for c in head.rights)
    )


def _its_publisher(source: Mention, before: list[Mention]) -> Mention:
    """Whoever gave out a source ("a study by the Centre for Rural Policy", "a study by
    researchers at the University of Eastvale"), when they are a speaker before: the one its
    own "A study by … found" is reported of; else the source itself."""
    body = publisher(source.head)
    if body is None:
        return source
    return next((c for c in before if c.head == body), source)


def _one_source_called(noun: str, named: list[Mention]) -> Mention | None:
    """The one study, report or poll of ``named`` that a headline's "Study" stands for, or
    whoever the story shows giving it out; None when there is none, or more than one to
    choose from."""
    # keyed by who speaks for each: "the study" may stand for its publisher already
    found = {(by := _its_publisher(c, named)).key: by for c in named if _source_called(noun, c)}
    return next(iter(found.values())) if len(found) == 1 else None


def _source_called(noun: str, mention: Mention) -> bool:
    """Whether a mention is a source of the kind ``noun`` names, called by a common noun
    phrase: "a new study" for "study", not "Ipsos" of "a poll by Ipsos"."""
    lemma = mention.head.lemma_.lower()
    called = lemma == noun or (noun == "report" and lemma in _WRITTEN_UP)
    return called and mention.head.pos_ == "NOUN"
