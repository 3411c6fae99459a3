"""Whom an interview's intro says was interviewed: "spoke to the city's housing chief Jane
Doe", "in an interview with …", not the writer."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newslens.analysis.quotes import line_at
from newslens.analysis.speakers import name_run
from newslens.analysis.syntax.cues import INTERVIEWING
from newslens.analysis.syntax.words import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# A heading that says what follows is an interview: "Jane Doe, Q&A", "Q&A with Jane Doe".
_QA = re.compile(r"\bQ ?& ?A\b")


INTERVIEWED_WORDS = 6  # "spoke to the city's housing chief Jane Doe": from verb to name


_FIRST_PERSON = frozenset(["i", "me", "my", "mine", "we", "us", "our", "ours"])


def _says_interviewed(doc: Doc, text: str, end: int) -> bool:
    """Whether the text before ``end`` says a person is interviewed: a "Q&A" heading with a
    name on it, "an interview with Ruth Kemble", or a verb of interviewing between the
    writer and a person ("We spoke to her", "He talked to us", "Kofi Mensah sat down with
    our correspondent", "She talked to the Courier"), not a story's "Lisa Hart spoke to
    reporters"."""
    for token in doc:
        if token.idx >= end:
            break
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma == "interview":
            if any(map(_a_person, heard_with(token))):
                return True
        elif token.pos_ == "VERB" and lemma in INTERVIEWING:
            sides = [c for c in token.children if c.dep_ in ("nsubj", "dobj")]
            sides += heard_with(token)
            writer = [side for side in sides if _the_writer(side)]
            if writer and any(_a_person(side) for side in sides if side not in writer):
                return True
    return any(
        _on_a_qa_line(text, e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ == "PERSON" and e.end_char <= end
    )


def heard_with(verb: Token) -> list[Token]:
    """Whom a verb or noun of interviewing is with: "spoke to her", "an interview with …"."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("to", "with")
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _the_writer(word: Token) -> bool:
    """Whether a word is the writer: "we", "us", "our correspondent", or the paper the
    writer writes for, named as a body ("She talked to the Courier about the floods")."""
    paper = (
        word.pos_ == "PROPN"
        and word.ent_type_ == "ORG"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
    )
    return (
        paper
        or word.lower_ in _FIRST_PERSON
        or any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in word.children)
    )


def _a_person(word: Token) -> bool:
    """Whether a word is a person, by name, as "he", "she", "him", "her", or by a name set
    beside it ("the harbourmaster, Jo Price")."""
    return (
        word.lower_ in ("he", "she", "him", "her")
        or (word.pos_ == "PROPN" and word.ent_type_ in ("", "PERSON"))
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in word.children)
    )


def _on_a_qa_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` says "Q&A": "Jane Doe, Q&A"."""
    return bool(_QA.search(text, line_at(text, start)[0], line_at(text, end)[1]))


def _interviewee(doc: Doc, text: str, end: int) -> SpacySpan | None:
    """The person a Q&A's intro, before ``end``, says is interviewed: named on a line with
    "Q&A" ("Jane Doe, Q&A"), or else right after a verb of interviewing ("spoke to the
    housing chief, Jane Doe"), or else the only person it names."""
    # The recogniser may take in only part of the name ("Jane" of "chief Jane Doe").
    named = (_whole_name(e) for e in doc.ents if e.label_ == "PERSON" and e.end_char <= end)
    people = [p for p in named if p is not None]
    people += _named_subjects(doc, end, {t.i for p in people for t in p})
    people.sort(key=lambda p: p.start)
    for person in people:
        if _on_a_qa_line(text, person.start_char, person.end_char):
            return person
    interviewed = _named_after_interview_with(doc, end)
    if interviewed is not None:
        return interviewed
    for person in people:
        before = doc[max(0, person.start - INTERVIEWED_WORDS) : person.start]
        verb = next((t for t in reversed(before) if t.pos_ in ("VERB", "AUX")), None)
        if (
            verb is not None
            and verb.lemma_.lower() in INTERVIEWING
            and not any(t.text in ".;:!?" for t in doc[verb.i : person.start])
            and not _told_by_someone_named_before(verb)
        ):
            return person
    # "Leila Hassan was elected mayor. Q: …": an intro about one person introduces them; a
    # feature's intro that quotes others too is about the one it names most, or, of two
    # named as often, the one it makes a subject ("Priya Raman has led Dunmore council").
    times = Counter(p[-1].lower_ for p in people)
    subjects = {p[-1].lower_ for p in people if any(t.dep_ in SUBJECTS for t in p)}
    standing = {name: (count, name in subjects) for name, count in times.items()}
    ranked = sorted(standing, key=lambda name: standing[name], reverse=True)
    if not ranked or (len(ranked) > 1 and standing[ranked[0]] == standing[ranked[1]]):
        return None
    return next(p for p in people if p[-1].lower_ == ranked[0])


def _named_after_interview_with(doc: Doc, end: int) -> SpacySpan | None:
    """The name an intro's "an interview with Dr Amara Okafor" gives, before ``end``: the
    noun says who answers, though the recogniser may take the name for a place; a name
    with "the" is a paper's ("an interview with the Kelso Courier")."""
    for token in doc:
        if token.idx >= end:
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() == "interview":
            for side in heard_with(token):
                if (
                    side.pos_ == "PROPN"
                    and side.ent_type_ not in ("ORG", "NORP")
                    and not any(c.dep_ == "det" for c in side.children)
                ):
                    return name_run(side)
    return None


def _told_by_someone_named_before(verb: Token) -> bool:
    """Whether a verb of interviewing has "he" or "she" for its subject: in "Ruth Calder leads
    the union. She spoke to Hannah Blake about …" the one named after the verb is the writer
    who asked, and the interviewee the one the pronoun stands for."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in verb.children)


def _named_subjects(doc: Doc, end: int, taken: set[int]) -> list[SpacySpan]:
    """The names before ``end`` that are the subjects of clauses, outside the names in
    ``taken``: a feature's "Trent admits", "Trent, 46, wipes", whom the recogniser may not
    take for a person; not a word the tagger took for a name that is written in lower case
    ("In January, floodwater covered")."""
    return [
        name_run(t)
        for t in doc
        if t.idx < end
        and t.dep_ == "nsubj"
        and t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.i not in taken
        and t.ent_type_ in ("", "PERSON")
    ]


def _whole_name(person: SpacySpan) -> SpacySpan | None:
    """The run of proper nouns a person's entity is written in, without a heading's "Q&A":
    "Jane Doe" from "Jane", or from "Jane Doe Q&A"."""
    words = [t for t in person if t.pos_ == "PROPN" and not _QA.search(t.text)]
    if not words:
        return None
    word, doc = words[-1], person.doc
    while word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "PROPN" and word.whitespace_:
        if _QA.search(doc[word.i + 1].text):
            break
        word = doc[word.i + 1]
    return name_run(word)
