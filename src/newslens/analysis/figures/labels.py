"""Numbers that label the noun before them, a part or a place in a series, a kind or a grade
("stage 4 cancer", "page 12", "type 1 diabetes", "a phase 3 trial"), or the noun after them, a
body a year names ("the 1922 Committee") or a route a bus or a road runs ("the 73 bus", "the 405
freeway"), and count nothing."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newslens.analysis.figures.patterns import _TIME_UNITS
from newslens.analysis.figures.units import UNITS
from newslens.analysis.lexicon import word_sections

_COUNT_WORDS = word_sections("figures/count_words.txt")
LABELLED_BY_A_NUMBER = _COUNT_WORDS["labelled_by_a_number"]
_ROUTES = _COUNT_WORDS["routes_named_by_a_number"]
_BODIES_A_YEAR_NAMES = _COUNT_WORDS["bodies_a_year_names"]

# A measure after the number is what it measures: "a gate 3 metres high", "the level 5 times
# higher".
_MEASURED_AFTER = re.compile(rf"(?:{UNITS}|{_TIME_UNITS}|times|points?)", re.IGNORECASE)
# After "to", a modal or a pronoun the word is a verb, whose number counts what follows ("plans
# to stage 12 concerts", "they issue 45 permits"); after an adjective, a number or a word that
# picks it out, a phrase of its own, before which a count opens a clause ("After the first round
# 12 players were out", "In one week 400 people applied", "Each day 150 came").
_TAGS_BEFORE_NO_LABEL = frozenset(["TO", "MD", "PRP", "JJ", "JJR", "JJS", "CD"])
_PICKING = frozenset(["this", "that", "each", "every"])


def labels_the_word_before(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a number of at most three digits labels the noun before it (see above): "level
    7", "Proposition 22"; not a score after one ("drew level 2-2") nor a measure."""
    if end - start > 3 or not text[start:end].isdigit():
        return False
    span = doc.char_span(start, end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ not in LABELLED_BY_A_NUMBER:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and _MEASURED_AFTER.fullmatch(after.text):
        return False
    if before.i == 0:
        return True
    opening = doc[before.i - 1]
    return opening.tag_ not in _TAGS_BEFORE_NO_LABEL and opening.lower_ not in _PICKING


def labels_the_word_after(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a number names the noun after it: a year or a number a body in capitals ("The
    1922 Committee", "the 1851 Trust", "a 1,000 Club member"; "the 2024 Budget", "the 2024
    committee", "1,000 club members" and "the 2010 Coalition" are of the year or count), or
    digits the route a bus, a train or a road runs ("took the 73 bus home", "the 405 freeway";
    "73 buses", "one bus" and "1 train" count them, "73 bus routes" the routes)."""
    words = text[start:end]
    if not words.replace(",", "").isdigit():
        return False
    span = doc.char_span(start, end)
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.is_title and after.lower_ in _BODIES_A_YEAR_NAMES:
        article = span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an")
        opening = doc[span.start - 1] if article else span[0]
        # in a title-case line every word has its capital: "Reform Wins 2024 Council Seats"
        return opening.is_sent_start or not (opening if article else doc[span.start - 1]).is_title
    if not words.isdigit() or words == "1" or after.lower_ not in _ROUTES:
        return False
    return after.i + 1 == len(doc) or doc[after.i + 1].tag_ != "NNS"


def names_the_body_before(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether digits end the name of a body in capitals, after its "of": "the Group of 20",
    "the Group of 77" ("a group of 20 nations" counts them)."""
    span = doc.char_span(start, end)
    if not text[start:end].isdigit() or span is None or span.start < 2:
        return False
    body, of = doc[span.start - 2], doc[span.start - 1]
    return of.text == "of" and body.is_title and body.lower_ in _BODIES_A_YEAR_NAMES
