"""Where a name runs in the words: the proper nouns written together ("Sian Lloyd-Evans"),
the entity the recogniser found, mended where it cut a name ("Ursula von der | Leyen", "Avon
and | Somerset Police"), and the titles, given names and departments round a person's name
("Mr Cliff Ombeta-Njoroge", "Minister of Health Stephen Donnelly"). A body's name that runs
past them is body_names'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from newslens.analysis.speakers.roles import _before_a_name, _role_word, _royal
from newslens.analysis.speakers.words import (
    _BODY_NOUNS,
    _CLUB_ENDINGS,
    _SPOKEN_PIECES,
    _SPOKESPEOPLE,
    _TITLES_AND_ROLES,
    PARTIES,
    TITLES,
)
from newslens.analysis.syntax.datelines import spaced_dash
from newslens.analysis.syntax.hyphens import HYPHENS
from newslens.analysis.syntax.names import focusing_word_of_a_name
from newslens.analysis.syntax.text import doc_text
from newslens.boilerplate import is_header_field
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
    if label == "PERSON":
        start = _given_name_before_a_nickname(doc, start)
    if label in ("ORG", "PERSON") and start > 0 and focusing_word_of_a_name(doc[start - 1]):
        # "Just | Eat": the recogniser leaves out a first word that focuses too, and may take
        # the rest for a person's name ("said Just Eat.")
        start -= 1
    # "Rovers 2-1 Town: Okafor strikes late", one person to the recogniser: no name holds a colon
    start = max((i + 1 for i in range(start, token.i) if doc[i].text == ":"), default=start)
    while start < token.i and not doc[start].text[:1].isalnum():
        start += 1  # "” ― Jacklyn Ashley": the recogniser may take in a signature's dash
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # "Tom Lee -- Brown & Sons -- Analyst:", one person to the recogniser: an earnings call's
    # label sets the firm apart with spaced dashes, and no name holds one nor a colon
    cut = (i for i in range(token.i + 1, end) if spaced_dash(doc[i]) or doc[i].text == ":")
    end = next(cut, end)
    # "Kenwick Athletic 2-1", one person to the recogniser: a score after a club's name is
    # no part of it
    end = next((i for i in range(token.i + 1, end) if _score_after_a_club(doc[i])), end)
    verb = token.head
    if token.i < verb.i < end and verb.pos_ in ("VERB", "AUX"):
        # "Hale Says New Bridge Will Open", a title-case headline the recogniser reads as one
        # body's name: no name holds the verb its word is the subject of.
        end = verb.i
    if end > token.i + 1 and is_header_field(doc_text(doc), doc[end - 1].idx):
        end -= 1  # "… Press Office Sent: 3 March 2026 To: newsdesk", a mail's header line
    while label == "PERSON" and end > token.i + 1 and _spoken_piece(doc[end - 1]):
        end -= 1  # "Obama Speech", a caption the recogniser reads as one person's name
    if label == "ORG" and _first_of_two_places(doc, start) and doc[end - 1].lower_ in _BODY_NOUNS:
        start -= 2  # "Avon and | Somerset Police", "Brighton and | Hove City Council"
    return SpacySpan(doc, start, end)


def _score_after_a_club(word: Token) -> bool:
    """Whether a word is a number just after a club's last word: "2" of "Athletic 2-1"."""
    return word.like_num and word.i > 0 and word.doc[word.i - 1].lower_ in _CLUB_ENDINGS


# Words of a nickname in quote marks inside a name: 'Dwayne "The Rock" Johnson'.
_LONGEST_NICKNAME = 3


def _given_name_before_a_nickname(doc: Doc, start: int) -> int:
    """Where a person's name starts that the recogniser began after a nickname in quote marks:
    at "Dwayne" of 'Dwayne "The Rock" Johnson', whose given name and nickname it left out;
    ``start`` when no nickname stands just before."""
    close = start - 1
    if close < 3 or doc[close].text not in ('"', "”"):
        return start
    opening = close - 1
    while opening > max(1, close - 1 - _LONGEST_NICKNAME) and doc[opening].is_title:
        opening -= 1
    if opening == close - 1 or doc[opening].text not in ('"', "“"):
        return start
    given = doc[opening - 1]
    return name_start(given) if given.pos_ == "PROPN" and given.text[:1].isupper() else start


def name_before_its_party(head: Token) -> SpacySpan | None:
    """The person's name before a party and district in brackets that the parse took for the
    speaker: 'Marcia "Cia" Price' of 'Del. Marcia "Cia" Price (D-Newport News) said', the
    bracket no name; its title left out."""
    doc = head.doc
    if head.i + 1 == len(doc) or doc[head.i + 1].text != ")":
        return None  # the cheap test first: few speakers' heads close a bracket
    opening = next(
        (i for i in range(head.i - 1, head.left_edge.i - 1, -1) if doc[i].text == "("), 0
    )
    if opening < 1 or doc[opening + 1].lower_ not in PARTIES or doc[opening + 2].text != "-":
        return None
    last = doc[opening - 1]
    if not last.is_title:
        return None
    start = name_start(last) if last.pos_ == "PROPN" else last.i
    start = _given_name_before_a_nickname(doc, start)
    while start < last.i and doc[start].lower_ in TITLES:
        start += 1
    return None if start == last.i else doc[start : last.i + 1]


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


def _spoken_piece(word: Token) -> bool:
    """Whether a word is what a person gave, in title case as a caption writes it: "Speech"
    of "President Obama Speech at the Summit"."""
    return word.is_title and word.lower_ in _SPOKEN_PIECES


def _name_before_a_piece(word: Token) -> Token | None:
    """The last word of the name a caption's piece follows: "Obama" for "Speech" or for
    "Conference" of "President Obama Press Conference"; None for a word that is no piece or
    follows no name ("Press Conference" alone)."""
    doc, i = word.doc, word.i
    if not _spoken_piece(word):
        return None
    while i > 0 and _spoken_piece(doc[i - 1]):
        i -= 1
    return doc[i - 1] if i > 0 and doc[i - 1].pos_ == "PROPN" else None


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


def _untitled_name_word(word: Token) -> bool:
    """Whether a word is a proper noun of no entity and no title: "Liberal", not "Senator"."""
    return (
        word.pos_ == "PROPN"
        and not word.ent_type_
        and word.lower_ not in TITLES
        and not _role_word(word.lower_)
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
    if titled:
        return start
    # "Ana Reyes, the president, said" with "Reyes" alone taken for a body: a given name
    # says who, with no title before it.
    start = person.start
    while (
        start > 0 and doc[start - 1].lower_ in GIVEN_NAMES and _untitled_name_word(doc[start - 1])
    ):
        start -= 1
    if start == person.start and _given_name_after_a_quote(person):
        return start - 1  # '"…," Raza Jaffrey said', with "Jaffrey" alone taken for him
    return start


def _given_name_after_a_quote(person: SpacySpan) -> bool:
    """Whether the word before a person's name is a given name the recogniser left out, right
    after a closing quotation mark: nothing else written there is capitalised but a title."""
    doc = person.doc
    if person.start < 2 or doc[person.start - 2].text not in ('"', "”"):
        return False
    given = doc[person.start - 1]
    return (
        given.dep_ == "compound"
        and given.head.i in range(person.start, person.end)
        and given.is_title
        and _untitled_name_word(given)
        and not _before_a_name(given)
    )


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
    # A spokesperson "for the Prime Minister" or "for Prime Minister Keir Starmer" speaks for
    # the office or the person, and is neither.
    office_spoken_for = title.lower_ in _SPOKESPEOPLE
    for prep in title.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and not office_spoken_for:
            held += [c for c in prep.children if c.dep_ == "pobj"]
    # "Minister for Health Stephen Donnelly": a given name and a surname, whatever the
    # recogniser said.
    return next(
        (
            h
            for h in held
            if h.pos_ == "PROPN"
            and (
                h.ent_type_ == "PERSON"
                or (not h.ent_type_ and name_start(h) < h.i and not office_spoken_for)
            )
        ),
        None,
    )
