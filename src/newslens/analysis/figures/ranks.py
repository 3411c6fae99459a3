"""Ranks: a place in a ranking by its number ("the world No 3", "went to number one", "the
number one issue"), an ordinal that orders nothing ("at first"), a round of a tournament
("the last 16"), and ranks listed before the one unit of time they order ("the 12th and 78th
minutes")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from newslens.analysis.figures.counts import _counted_noun
from newslens.analysis.figures.patterns import _SMALL_WORDS, _opening_with
from newslens.analysis.model import Figure, FigureKind

# Words after which "number 14", "No 3" or "#1" is a place in a ranking: "the world No 3",
# "world number 14", "ranked number two", "seeded No 1", and an owner, "the nation's No 1
# exporter". After a form of "be" or a move ("fell to", "made it"), a place in words ("fell
# to number five"), the top place ("Safety is number one") or a place in something ("was No 2
# in the charts"), as "The house is No 14" is an address and "went to No 10" Downing Street.
# After a verb of getting there ("went to", "reached", "hit") only the top place, in words or
# digits, is one ("went straight to number one", "hit No 1 in May"), and not before a name on
# its line ("reached No 1 Court"; a headline's "#1" ends its line), or a place in the charts or
# a table ("reached No 3 in the charts"): "went to No 10 in July" and "went to Number Ten" are
# Downing Street.
# Elsewhere "No. 10" and "Number 11 Downing Street" name a thing (see ``_NOT_FIGURES``) and
# "Number two, we must …" lists.
_RANKING_WORDS = ("world", "world's", "world’s", "ranked", "seeded", "rated")
_AFTER_A_RANKING_WORD = "|".join(rf"(?<=\b{word} )" for word in _RANKING_WORDS)
# (not "here's", "it's": "Here's number one: …" lists)
_NOT_OWNERS = ("here", "there", "what", "that", "it", "he", "she", "let", "who", "where")
_AFTER_AN_OWNER = r"(?<=['’]s )" + "".join(rf"(?<!\b{word}['’]s )" for word in _NOT_OWNERS)
_FORMS_OF_BE = (
    *("is", "was", "are", "were", "be", "been", "remains", "remained"),
    *("it's", "it’s", "he's", "he’s", "she's", "she’s", "'re", "’re"),
)
_MOVES = (
    *("rose", "risen", "rises", "fell", "fallen", "falls", "climbed", "climbs", "slipped"),
    *("slips", "dropped", "drops", "jumped", "jumps", "sank", "slid", "slides"),
)
_AFTER_BE_OR_A_MOVE = "|".join(
    [
        rf"(?<=\b{verb} {still})"
        for verb in _FORMS_OF_BE
        for still in ("", "still ", "now ", "again ", "already ", "currently ")
    ]
    + [rf"(?<=\b{verb} to )" for verb in _MOVES]
    + [
        rf"(?<=\b{make} {it} )"
        for make in ("make", "makes", "made", "making")
        for it in ("it", "them")
    ]
)
_REACHES = (
    *("reach", "reaches", "reached", "reaching", "hit", "hits", "hitting"),
    *(
        f"{go} {way}to"
        for go in ("go", "goes", "went", "gone", "going")
        for way in ("", "straight ")
    ),
)
_AFTER_A_REACH = "|".join(rf"(?<=\b{verb} )" for verb in _REACHES)
# Where a place is held or come back to: "Band back at #1", "debuted at number one", "stayed at
# No 1"; only the top place, as "back at No 10" is Downing Street.
_HOLDS = (
    *("back", "stay", "stays", "stayed", "remain", "remains", "remained"),
    *("debut", "debuts", "debuted", "entered", "enters"),
)
_AFTER_A_HOLD = "|".join(rf"(?<=\b{verb} at )" for verb in _HOLDS)
# What a place is reached in: "reached No 3 in the charts" (not "reached No 10 in 1997")
_RANKINGS = r"(?:(?:singles\s|album\s|official\s)?charts?|rankings?|table|standings|polls?)\b"
_NUMBER_WORDS = rf"(?:\d+|{_SMALL_WORDS}|eleven|twelve)\b"
# Past an owner or "be", "No" only with its capital and before digits: "is no one" is nobody.
_PLACE = rf"(?:(?i:number)\s?(?i:{_NUMBER_WORDS})|(?:No\.?|#)\s?\d+\b)"
_PLACE_IN_WORDS = rf"(?i:number\s{_SMALL_WORDS}|number\s(?:eleven|twelve))\b"
_TOP_PLACE = r"(?:(?i:number)\s?1|(?:No\.?|#)\s?1)\b"
_TOP_PLACE_IN_WORDS = r"(?i:number\sone)\b"
# An owner's place is a rank before what it ranks ("the nation's No 1 exporter"); before a name,
# a verb or a comma it is a shirt's number ("England's No 10 Marcus Smith", "Chelsea's No 9 was
# injured").
_BEFORE_WHAT_IS_RANKED = (
    r"(?=\s+(?!(?:is|was|has|had|will|would|said|says|and|or|but|who|to)\b)[a-z])"
)
_RANK_BY_NUMBER = _opening_with(
    "nN#",
    rf"(?=(?i:number|no)|#)(?:(?i:{_AFTER_A_RANKING_WORD})(?i:(?:number|No\.?|#)\s?{_NUMBER_WORDS})"
    rf"|(?i:{_AFTER_AN_OWNER}){_PLACE}{_BEFORE_WHAT_IS_RANKED}"
    rf"|(?i:{_AFTER_BE_OR_A_MOVE})(?:{_PLACE_IN_WORDS}|{_TOP_PLACE}|{_PLACE}(?=\s+in\b))"
    rf"|(?i:{_AFTER_A_REACH}|{_AFTER_A_HOLD})"
    rf"(?:(?:{_TOP_PLACE_IN_WORDS}|{_TOP_PLACE})(?![^\S\n]+[A-Z])"
    rf"|{_PLACE}(?=\s+in\s+the\s+{_RANKINGS})))",
)


def _a_place_in_a_ranking(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a place in a ranking by its number (see above)."""
    place = _RANK_BY_NUMBER.match(text, start)
    return place is not None and place.end() == end


# The rounds of a knockout tournament named by how many are left: "the last 16", "the last
# eight".
_ROUND_SIZES = {"eight", "16", "sixteen", "32", "64"}


def _orders_nothing(doc: Doc, start: int, end: int) -> bool:
    """Whether an ordinal word is an adverb that ranks nothing: "at first", "first of all",
    "City were second best", "put the patient first"; "finished first", "came in second",
    "fourth in income growth" and "the second-largest economy" rank."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "ADV" or not span[0].is_alpha:
        return False
    word = span[0]
    # "the second-largest economy", "Britain's second-biggest bank", "the historic first": what
    # opens a noun phrase before it makes the ordinal a rank, whatever the parse calls it.
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and (before.pos_ in ("DET", "ADJ") or before.dep_ in ("poss", "case")):
        return False
    head = word.head
    if head.tag_ == "JJS":
        return True  # "City were second best"
    # "fourth in income growth", "first among equals": where it ranks follows.
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and after.lower_ in ("in", "among"):
        return False
    # A place in a race or a table follows its verb, a particle between at most.
    between = doc[head.i + 1 : word.i]
    verb = head.pos_ in ("VERB", "AUX") and head.i < word.i
    return not (verb and all(t.dep_ == "prt" for t in between))


def _names_a_round(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare number names a round of a tournament ("reached the last 16", "out in
    the last eight"), not a count ("the last eight years"; "a last 16 tie" is the round's)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.start < 2 or span[0].lower_ not in _ROUND_SIZES:
        return False
    if [t.lower_ for t in doc[span.start - 2 : span.start]] != ["the", "last"]:
        return False
    return _counted_noun(doc, start, end) is None or span[0].head.tag_ == "NN"


def _after_number(doc: Doc, ent: Span) -> bool:
    """Whether the model's cardinal is a number in words after "number" ("number one",
    "Number two"), a place or a speaker's point, never a count ("Number Ten" is a name)."""
    last = ent[-1]
    before = doc[last.i - 1] if last.i > 0 else None
    return before is not None and before.lower_ == "number" and last.is_alpha and last.is_lower


# What a place by its number is first on: "number one on the list", "number two in the charts".
_RANKED_ON = re.compile(
    r"\s+(?:on|in|at\s+the\s+top\s+of)\s+(?:the|my|our|his|her|their|its|this)\s+"
    r"(?:list|agenda|charts?|rankings?|table|standings|polls?)\b",
    re.IGNORECASE,
)
# Things named by a number after "number": "the number seven shirt", "the number 12 bus".
_NUMBERED_THINGS = frozenset(["shirt", "jersey", "bus"])


def _place_by_number(doc: Doc, ent: Span, text: str) -> Span | None:
    """ "number one" and its number as a place, when it ranks the noun after it ("the number
    one issue", "our number two priority") or is first on a list ("Number one on the list
    is …"); else none ("Well, number one on trade, …" is a speaker's point)."""
    last = ent[-1]
    place = doc[last.i - 1 : last.i + 1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "NOUN":
        ranked = after.lower_ not in _NUMBERED_THINGS
    else:
        ranked = _RANKED_ON.match(text, place.end_char) is not None
    return place if ranked else None


# What lists ranks: "the 12th and 78th minutes", "the 3rd, 9th or 14th day".
_LIST_JOINT = re.compile(r",?\s+(?:and|or)\s+|,\s*")


def ranks_of_one_unit(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, each rank listed before one that orders a unit of time a rank of that unit:
    in "scored in the 12th and 78th minutes" the 12th is a minute too."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):  # from the last, so a unit passes down a long list
        rank, after = out[i], out[i + 1]
        if (
            rank.kind is FigureKind.ORDINAL
            and rank.unit is None
            and after.kind is FigureKind.ORDINAL
            and after.unit is not None
            and _LIST_JOINT.fullmatch(text, rank.end, after.start)
        ):
            out[i] = replace(rank, unit=after.unit)
    return out
