"""What a number read as a count turns out to be: a count of millions or metres ("1.5m"),
an amount of so many digits ("a six-figure salary"), and for a count with no unit the noun it
counts, or the measure, year, sum in words, duration or percentage points it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures.ages import _PEOPLE_OF_AN_AGE
from newslens.analysis.figures.changes import _CHANGE_VERBS, _changed_from_a_whole_count
from newslens.analysis.figures.counts import (
    _BOUNDS_A_NUMBER_NAMES,
    _COUNT_WORDS,
    _OF_A_LENGTH,
    _counted_by_the_change,
    _counted_in_millions,
    _counted_noun,
    _measure_of_a_round_count,
)
from newslens.analysis.figures.currencies import CURRENCY_WORDS
from newslens.analysis.figures.durations import _WORD_AFTER, _untagged_duration
from newslens.analysis.figures.entity_cuts import _counted_by_the_words_before
from newslens.analysis.figures.money import _BEFORE_THE_COUNTED, _counted_by_the_period
from newslens.analysis.figures.numbers import _fmt
from newslens.analysis.figures.qualifier_words import _strip_qualifier
from newslens.analysis.figures.shares import _points_of_a_share
from newslens.analysis.figures.sport_scores import _story_words
from newslens.analysis.figures.units import plural_noun, spelt_plural, unit_of_time
from newslens.analysis.figures.values import interpret
from newslens.analysis.figures.weights import _is_weight
from newslens.analysis.model import Figure, FigureKind, Qualifier

# "points" right after a number, the unit of an index or a score.
_POINTS_AFTER = re.compile(r"\s+(points)\b")
# "fell 12 points to 7,412.3", "was down 1 point at 4,512", "rose 120 points, or 0.3%, to
# 38,650": the level a change in points reached is in points too.
_LEVEL_AFTER_POINTS = re.compile(
    r"\bpoints?,?\s+(?:or\s+[\d.]+\s?(?:%|per\s?cent|percent),?\s+)?"
    r"(?:to\s+(?:(?:close|end|finish)\s+)?at|to|at)\s+$"
)


# "a six-figure salary", "ran to six figures": the digits of an amount, not a count of figures
# ("the report has six figures and two tables"), which the plural is only after these words.
_FIGURES_AFTER = re.compile(r"-figure\b| figures\b")
_DIGITS_REACHED = re.compile(
    r"\b(?:to|into|in|at|of|earn\w*|mak\w*|made|pa(?:y|ys|id|ying)|cost\w*|reach\w*|hit\w*"
    r"|top\w*|r[au]n\w*|shav\w*|lop\w*|cut\w*|slash\w*|trim\w*|knock\w*)\s+$",
    re.IGNORECASE,
)
# Words after "1.5m" spelt as a plural that do not make it a count of millions (see
# count_words.txt): "1.5m tall", "1.1m this year", "4m waves".
_MEASURED_AFTER_AN_M = frozenset(
    word for noun in _COUNT_WORDS["measured_after_an_m"] for word in (noun, plural_noun(noun))
)
_NOT_COUNTED = _COUNT_WORDS["not_counted_after_an_m"] | _MEASURED_AFTER_AN_M
# "a 1.2m drop in passengers", "a 2m surge in applications": a change in something counted, not
# a fall or a wave measured.
_A_CHANGE_IN = re.compile(r"\s+(?:drops?|surges?|gaps?)\s+in\b")
# "fell 6m through a roof", "plunged 30m into the sea": a fall through or into a place is a
# height, whoever fell ("membership fell 1.2m" counts, and "from" may open a year before).
_INTO_A_PLACE = re.compile(r"\s+(?:through|into|onto|off|down)\s+(?:a|an|the|his|her|their)\s")
_RACES_AFTER_A_K = _COUNT_WORDS["races_after_a_k"]
_VERBS_BEFORE_A_RACE_BY_ITS_K = _COUNT_WORDS["verbs_before_a_race_by_its_k"]
_VERBS_OF_A_LEVEL_REACHED = _COUNT_WORDS["verbs_of_a_level_reached"]
_MEASURED_IN_METRES = _COUNT_WORDS["measured_in_metres"]

# People who own a kind after a number: "the 2000 men's final", "the 2012 women's race".
_A_KIND_OWNED = re.compile(r"\s+[A-Za-z]+['’]s\b")

_POINTS = re.compile(r"[\s-](?P<percentage>percentage[\s-])?points?\b")

# "won the seat with a majority of 1,206": a lead the story's words may show to be in votes.
_MAJORITY_OF = re.compile(r"\bmajority of\s+$", re.IGNORECASE)
_ELECTION_WORDS = _COUNT_WORDS["election_words"]
_GATHERINGS_OF_PEOPLE = _COUNT_WORDS["gatherings_of_people"]
_MAJORITY_IN_SEATS = _COUNT_WORDS["majority_in_seats"]


def _majority_in_votes(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a count is "a majority of" votes in an election story: not a government's lead
    in seats ("a working majority of 80 in the Commons")."""
    if _MAJORITY_OF.search(text, max(0, start - 15), start) is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    sentence = _story_words(span.sent.text) if span is not None else frozenset()
    return not sentence & _MAJORITY_IN_SEATS and bool(_ELECTION_WORDS & _story_words(text))


# "came third with 4,011", "finished a close second on 3,870", "won the seat with 12,504": a
# place in a count of votes, or the win, then the number it was won or placed with.
_PLACED_WITH = re.compile(
    r"\b(?:(?:came|comes?|coming|finish(?:ed|es|ing)?|end(?:ed|s|ing)?|placed)\s+"
    r"(?:a\s+(?:\w+\s+)?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last)"
    r"|w[oi]n(?:s|ning)?(?:\s+(?:the\s+)?(?:seat|ward|race|contest|election|it))?"
    r"|(?:re-?)?elected|(?:held|retained|kept|took|gained)\s+the\s+(?:seat|ward))"
    r",?\s+(?:with|on)\s+$",
    re.IGNORECASE,
)


def _votes_of_a_place(text: str, start: int) -> bool:
    """Whether a count is what a candidate came in a place or won with, in an election story:
    votes ("came third with 4,011"), where in a league table it counts nothing named ("finished
    second on 71")."""
    placed = _PLACED_WITH.search(text, max(0, start - 50), start) is not None
    return placed and bool(_ELECTION_WORDS & _story_words(text))


def _a_gathering_of(doc: Doc, start: int, end: int) -> bool:
    """Whether a count is the number "of" a gathering of people: "a crowd of 7,412"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    return doc[span.start - 2].lemma_.lower() in _GATHERINGS_OF_PEOPLE


# "taking his tally to 31", "a tally of 31 for the season": what the tally counts is said
# elsewhere in the sentence, if at all; only goals are read from it (see count_words.txt).
_TALLY_OF = re.compile(r"\btally\s+(?:to|of|at)\s+$", re.IGNORECASE)
_GOAL_WORDS = _COUNT_WORDS["goal_words"]


def _goals_of_a_tally(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a count is a player's tally of goals: "The striker netted twice, taking his tally
    to 31" in a sentence that speaks of goals; a tally in a sentence that names no goal ("scored
    twice, taking his tally to 12", tries perhaps) counts nothing named."""
    if _TALLY_OF.search(text, max(0, start - 12), start) is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and bool(_story_words(span.sent.text) & _GOAL_WORDS)


_COUNTED_BY_THEIR_NUMBERS = _COUNT_WORDS["counted_by_their_numbers"]


def _counted_by_their_numbers(doc: Doc, text: str, start: int, end: int) -> str | None:
    """What a count that "numbers" reached or changed to counts, named by the noun in front
    ("Passenger numbers reached 1.1 billion" counts passengers, "pupil numbers stand at 3,400"
    pupils), for a noun of people counted so (see count_words.txt); else None."""
    if text.find("numbers", max(0, start - 80), start) < 0:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span.root.head
    if verb.lower_ in ("to", "at", "by") and verb.dep_ == "prep":
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != "numbers":
        return None
    # "Pupil" in "Pupil numbers" may be tagged as an adjective
    nouns = (c for c in subject.children if c.dep_ in ("compound", "amod"))
    noun = next((c for c in nouns if c.lower_ in _COUNTED_BY_THEIR_NUMBERS), None)
    return None if noun is None else f"{noun.lower_}s"


def _millions_or_metres(
    doc: Doc, text: str, start: int, end: int, value: float
) -> tuple[FigureKind, float | str | None, str | None]:
    """What "1.5m" is: a count of millions, or metres."""
    # "1.5m people" is a million people, as "1.6m more people" are; "1.5m tall" and "a
    # 100m race" are metres, as is "a 30m tower" in a sentence that counts visitors.
    measured = _WORD_AFTER.match(text, end)
    if (
        measured is not None
        and measured[1] in _MEASURED_AFTER_AN_M
        and not _A_CHANGE_IN.match(text, end)
    ) or _INTO_A_PLACE.match(text, end):
        return FigureKind.QUANTITY, value, "m"
    noun = _plural_counted_after(text, end)
    if noun is not None:
        # "1.5m visitors a year" are counted by the year, as "1.5 million visitors" are
        return FigureKind.COUNT, value * 1_000_000, _counted_by_the_period(text, end, noun)
    span = doc.char_span(start, end, alignment_mode="expand")
    level = _level_reached(span) if span is not None else None
    if level is not None and _one_person(level.subject):
        # "a worker fell 6m", "the climber reached 2.05m": one person falls or jumps so far
        return FigureKind.QUANTITY, value, "m"
    counted = _counted_in_millions(doc, start, end)
    if counted is not None:
        # "subscribers rose by 1.4m" counts subscribers; "the population", no one noun
        plural = counted.lower_ if counted.tag_ == "NNS" else None
        return FigureKind.COUNT, value * 1_000_000, plural
    counted_level = span is not None and level is not None and _a_level_counted(span, level)
    if _changed_from_a_whole_count(text, start, end) or counted_level:
        # "Membership rose from 200,000 to 1.1m": no length changes from 200,000 metres to 1.1
        return FigureKind.COUNT, value * 1_000_000, None
    return FigureKind.QUANTITY, value, "m"


@dataclass(frozen=True)
class _Level:
    """The verb "1.1m" is the level (or the change) of, its subject, and the mark the number
    names on the way to it ("passed the 1m mark"), if any."""

    verb: Token
    subject: Token | None
    mark: Token | None


def _level_reached(span: Span) -> _Level | None:
    """The verb of change or of reaching "1.1m" is the level (or the change) of: "Membership
    grew to 1.1m", "Attendance topped 1.2m", "Sales passed the 1m mark"; else None."""
    # The verb the number hangs on, past the "m" and the "to", "by" or "from" of a change (the
    # parse of "grew by 0.2m to 1.1m" or "fell from 2.5m to 1.8m" may hang one side on the
    # other) and the mark or target it names.
    mark = None
    for above in (a for a in span[0].ancestors if a not in span):
        if above.pos_ == "VERB":
            if above.lemma_ not in _CHANGE_VERBS and above.lemma_ not in _VERBS_OF_A_LEVEL_REACHED:
                return None
            subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
            return _Level(above, subject, mark)
        if above.lower_ in _BOUNDS_A_NUMBER_NAMES and above.tag_ == "NN":
            mark = above
        elif above.lower_ not in ("to", "by", "from"):
            return None
    return None


def _one_person(subject: Token | None) -> bool:
    """Whether a subject is one person named by a noun ("A worker", "the climber"), whose fall
    or jump is a height, where people counted ("Passengers rose by 1.4m") are millions."""
    return (
        subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() in _PEOPLE_OF_AN_AGE
    )


def _a_level_counted(span: Span, level: _Level) -> bool:
    """Whether "1.1m" is the level (or the change) of something counted, a subject not measured
    in metres: "Membership grew to 1.1m", "Sales passed the 1m mark"; "the river rose to 4.2m"
    and "she reached 2.05m", a person's height or jump, stay metres, as does any sentence that
    speaks of a height, a length or a race, and a mark in one that speaks of water or of
    something tall ("the gauge passed the 1m mark as the tide came in")."""
    subject = level.subject
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_ in _MEASURED_IN_METRES:
        return False
    sentence = span.sent
    if any(t.lower_ in _OF_A_LENGTH for t in sentence):
        return False
    # A mark is a line on a gauge or a wall as often as a tally's.
    return level.mark is None or not any(
        t.lemma_.lower() in _MEASURED_IN_METRES for t in sentence if t is not level.mark
    )


def _kilometres_of_a_race(
    text: str, start: int, end: int, value: float | str | None
) -> float | None:
    """The kilometres of a race "10k" names right before it ("three 10k races") or that it
    names alone after a verb of racing ("won the 10k in 28:41"), else None ("a 10k salary" and
    "spent the 10k" are 10,000)."""
    if text[end - 1 : end] not in ("k", "K") or not isinstance(value, float):
        return None
    race = _WORD_AFTER.match(text, end)
    if race is not None and race[1] in _RACES_AFTER_A_K:
        return value / 1000
    raced = _RACED_BEFORE.search(text, max(0, start - 20), start)
    named_alone = raced is not None and raced[1].lower() in _VERBS_BEFORE_A_RACE_BY_ITS_K
    return value / 1000 if named_alone and _NO_NOUN_AFTER.match(text, end) else None


# "won the 10k": the verb and the article right before a race named by its kilometres.
_RACED_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:the|a)\s+$")
# What may follow a race named alone: its time, its day, the end of its clause ("won the 10k in
# 28:41", "ran a 5K on Sunday", "won the 10k."), never a noun it counts ("won the 10k prize").
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|by|for|with|and|last|this)\b")


def _plural_counted_after(text: str, end: int) -> str | None:
    """The plural noun right after "1.5m" or "2 to 3m" (past "more" or "new") that makes it a
    count of millions ("1.5m visitors", "2 to 3m new users"), else None ("1.5m tall")."""
    following = _WORD_AFTER.match(text, end)
    if following is not None and following.group(1) in _BEFORE_THE_COUNTED:
        following = _WORD_AFTER.match(text, following.end())
    noun = following.group(1) if following is not None else ""
    return noun if spelt_plural(noun) and noun not in _NOT_COUNTED else None


def _range_in_millions(text: str, end: int, value: str) -> tuple[str, str | None]:
    """The bounds and unit of a range "2 to 3m": in millions of a plural noun that follows, with
    no unit, as "2 to 3 million users" has ("2 to 3m new users" is 2000000/3000000); else in
    metres ("waves of 4 to 6m", "a 2 to 3m drop")."""
    if _plural_counted_after(text, end) is None:
        return value, "m"
    bounds = (_fmt(round(float(bound) * 1_000_000, 6)) for bound in value.split("/"))
    return "/".join(bounds), None


def _so_many_digits(
    text: str, start: int, end: int, kind: FigureKind, value: float | str | None
) -> Figure | None:
    """The amount a count of figures tells by its digits ("a six-figure salary"), else None."""
    digits = _FIGURES_AFTER.match(text, end) if kind is FigureKind.COUNT else None
    if digits is not None and digits.group() != "-figure":
        digits = digits if _DIGITS_REACHED.search(text, max(0, start - 20), start) else None
    if digits is not None and value in (4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0):
        # An amount of so many digits is at least ten to one less, in money or in anything
        # else the story counts ("his followers reached six figures").
        words = text[start : digits.end()]
        return Figure(
            start, digits.end(), words, kind, 10.0 ** (value - 1), None, Qualifier.AT_LEAST
        )
    return None


def _noun_counted(doc: Doc, text: str, start: int, end: int) -> str | None:
    """The noun a count counts: "points" after it, the parse's noun, "points" of a level a change
    in points reached, votes of a majority or of a place in an election story, people of a
    crowd, goals of a player's tally, the noun the change counts or the one before "numbers"."""
    # "closed at 16,274.94 points": the parse may take an index's level for a name, with
    # "points" no noun it counts.
    points_after = _POINTS_AFTER.match(text, end)
    unit = points_after[1] if points_after else _counted_noun(doc, start, end)
    if unit is None and _LEVEL_AFTER_POINTS.search(text, max(0, start - 50), start):
        unit = "points"
    elif unit is None and (
        _majority_in_votes(doc, text, start, end) or _votes_of_a_place(text, start)
    ):
        unit = "votes"
    elif unit is None and _a_gathering_of(doc, start, end):
        unit = "people"
    elif unit is None and _goals_of_a_tally(doc, text, start, end):
        unit = "goals"
    elif unit is None:
        unit = _counted_by_the_change(doc, start, end) or _counted_by_their_numbers(
            doc, text, start, end
        )
    return unit


def _count(
    doc: Doc, text: str, start: int, end: int, value: float | str | None, floor: int
) -> tuple[int, int, FigureKind, float | str | None, str | None, Token | None]:
    """A count with no unit read: what it counts, or the measure, year, sum in words, duration
    or percentage points it is; with the measure of a round count ("millions of tons")."""
    kind = FigureKind.COUNT
    unit = _noun_counted(doc, text, start, end)
    measure = _measure_of_a_round_count(doc, start, end) if unit is None else None
    if measure is not None:
        # "millions of tons", as "2m tons" is; "hundreds of years", as "300 years" is
        kind, unit = FigureKind.QUANTITY, str(measure.text)
        end = max(end, measure.idx + len(measure))
    # A bare 1900–2099 that counts nothing, or one thing, is a year the model did not tag
    # ("in 2014", "its own 2021 deadline"); one so many strong counts ("a crowd 2000-strong"),
    # as do "a crowd of 2000" and "an estimated 2000 people".
    singular = unit is None or not spelt_plural(unit)
    year = re.fullmatch(r"(?:19|20)\d\d", text[start:end]) is not None
    if year and not singular and _A_KIND_OWNED.match(text, end):
        singular = True  # "the 2000 men's final" is that year's final, as "the 2000 final" is
    named = _WORD_AFTER.match(text, end) if unit in CURRENCY_WORDS else None
    if named is not None and named.group(1) == unit:
        # "a quarter of a million dollars": the model leaves the currency out of a sum in
        # words, which counts no dollars but is one
        end = named.end()
        kind, value, unit = interpret(_strip_qualifier(text[start:end]), "MONEY")
        if unit == "GBP" and _is_weight(doc, text, start, end):
            kind, unit = FigureKind.QUANTITY, "lb"
    elif (
        singular
        and year
        and not text.startswith("-strong", end)
        and not _counted_by_the_words_before(doc, start)
    ):
        kind, value, unit = FigureKind.DATE, text[start:end], None
    elif measure is None and unit is not None and unit_of_time(unit) is not None:
        start, end, kind, value, unit = _untagged_duration(text, start, end, value, unit, floor)
    elif unit is not None:
        unit = _counted_by_the_period(text, end, unit)
    points = _POINTS.match(text, end) if unit in ("points", "point") else None
    share = points is not None and (points["percentage"] or _points_of_a_share(doc, start))
    if points is not None and isinstance(value, float) and share:
        # "a swing of 4.5 points": percentage points, as "4.5 percentage points" would be;
        # "four percentage points", in words, the model leaves at "four".
        end, kind, value, unit = points.end(), FigureKind.PERCENT, round(value / 100, 10), None
    return start, end, kind, value, unit, measure
