"""The speaker past a sentence's opening the parse took for the subject: a dateline, an opening
phrase and the name it gives, a place or time set before the speaker, a live blog's entry time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens.analysis.syntax.datelines import HALVES_OF_THE_DAY
from newslens.analysis.syntax.objects import SETTING_PREPOSITIONS
from newslens.analysis.syntax.words import _WHEN_ENTITIES, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _object_of_opener(verb: Token) -> Token | None:
    """The subject the parse gave to a participle opening the sentence as its object:
    "Also speaking, an economist at …, said …" (a comma between the two says it is not
    the participle's)."""
    doc = verb.doc
    for opener in verb.lefts:
        if opener.dep_ not in ("advcl", "csubj") or opener.tag_ != "VBG":
            continue
        for noun in opener.rights:
            if noun.dep_ == "dobj" and any(t.text == "," for t in doc[opener.i + 1 : noun.i]):
                return noun
    return None


def _subject_in_opener(verb: Token) -> Token | None:
    """The speaker the parse lost to an opening phrase: "At last night's AGM our chairman,
    Ray Dunn, said …" reads "our chairman" as the AGM's, and "At Monday's hearing the
    club's lawyer, Dev Shah, said" the lawyer as what was heard. A role, then a name
    between commas right before a verb with no subject: the name is who speaks."""
    doc = verb.doc
    if verb.i < 4 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    name = doc[verb.i - 2]
    if doc[verb.i - 1].text != "," or name.ent_type_ != "PERSON" or name.ent_iob_ == "":
        return None
    first = name
    while first.ent_iob_ == "I":
        first = doc[first.i - 1]
    before = doc[first.i - 2] if first.i >= 2 else None
    if doc[first.i - 1].text != "," or before is None or before.pos_ != "NOUN":
        return None
    return name


def _after_dateline(after: int, verb: Token) -> Token | None:
    """The subject the parse hung on a dateline: "HALDEN, Ore. -- Brightwater Foods said"."""
    doc = verb.doc
    return next(
        (
            t
            for t in doc[after : verb.i]
            if t.head.i < after - 1 and t.pos_ in ("NOUN", "PROPN", "PRON")
        ),
        None,
    )


# An entry time the tokenizer keeps whole, which the model may take for a number: "10.30am".
_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d\d(?:am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)


def _past_opening_name(subject: Token, verb: Token) -> Token:
    """The speaker after the name of the one an opening phrase names: "Under
    cross-examination by the prosecutor, Helen Grieve, Ms Mehta accepted …", "Speaking to
    the BBC's political editor, Laura Hunt, Mr Cole said …", parsed with the first name for
    the subject and the speaker's name, right before the verb, beside it."""
    doc = subject.doc
    start = subject.left_edge.i
    beside = next((c for c in subject.rights if c.dep_ == "appos"), None)
    if (
        beside is None
        or subject.pos_ != "PROPN"
        or beside.pos_ != "PROPN"
        or beside.right_edge.i + 1 != verb.i
        or doc[beside.left_edge.i - 1].text != ","
        or start < 2
        or doc[start - 1].text != ","
    ):
        return subject
    named = doc[start - 2]  # "the prosecutor", whom the first name names
    return beside if named.pos_ == "NOUN" and named.dep_ in ("pobj", "dobj") else subject


# Prepositions the tagger may read as an adjective or part of a name when they open a
# sentence: "Outside court", "Outside Parliament".
_OPENING_PREPOSITIONS = SETTING_PREPOSITIONS | {"outside", "inside", "behind", "beyond"}


def past_opening_setting(subject: Token) -> Token:
    """The speaker after a scene-setting phrase the parse took for the subject: "Outside
    court, one victim, Joan Hale, said …", parsed with "court" (or "Outside") for the subject
    and the victim joined to it. The place or time is never who speaks; the phrase after its
    comma is."""
    doc = subject.doc
    place = subject
    first = subject.left_edge
    if subject.lower_ in _OPENING_PREPOSITIONS:
        place = next((c for c in subject.rights if c.dep_ == "pobj"), subject)
    elif first.lower_ not in _OPENING_PREPOSITIONS and first.i > 0:
        first = doc[first.i - 1]  # or left hanging on nothing, a sentence of its own
    comma = place.i + 1
    if (
        first.lower_ not in _OPENING_PREPOSITIONS
        or place == first
        or (first != subject and first.head not in (subject, first))
        or not (first.i == 0 or first.is_sent_start or doc[first.i - 1].is_space)
        or comma >= len(doc)
        or doc[comma].text != ","
    ):
        return subject
    return next(
        (c for c in subject.rights if c.dep_ in ("appos", "conj") and c.i > comma),
        subject,
    )


def _past_entry_time(subject: Token) -> Token:
    """The one a live blog's entry time is set before: "9am, the union's secretary, Dev
    Anand, said …", parsed with the time (or its "am") for the subject and the speaker
    beside it."""
    if (
        subject.ent_type_ not in _WHEN_ENTITIES
        and subject.lower_ not in HALVES_OF_THE_DAY
        and not _CLOCK_TIME.fullmatch(subject.text)
    ):
        return subject
    beside = next(
        (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ not in _WHEN_ENTITIES),
        None,
    )
    return subject if beside is None else beside
