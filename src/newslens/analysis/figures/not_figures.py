"""Numbers that name or reach something rather than count it: a telephone number, a police or
court reference, a junction or a gate, a street address ("48 East 19th Street"), a description
of someone ("mother-of-two"), a number in a name ("FTSE 100", "Flight 370", "the 13th
Amendment") or in a title ("a fan of The 411")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures.counts import _counted_noun
from newslens.analysis.figures.dates import MONTHS, WEEKDAYS
from newslens.analysis.figures.patterns import (
    _DAY_OF_MONTH,
    _SMALL_WORDS,
    _TIME_UNITS,
    _Candidate,
    _matches_at,
    _opening_with,
)
from newslens.analysis.figures.speech import _POINT_COUNTED
from newslens.analysis.figures.units import UNITS
from newslens.analysis.quotes import line_at
from newslens.article import WIRE_SLUGS

# A police or court reference: "crime reference 4412", "case 2024/113", "quoting log 233",
# "incident 1234 of 5 May" (the day is part of the log's number). After a word that only
# names a reference ("reference", "crime number"; "ref" without its stop may be the referee)
# any number is one; after one that may also open a phrase ("the incident 20 years ago", "in
# case 50 people come", "quoting 12 studies") only a number with a slash, a log's day, or one
# that ends the clause.
_REFERENCE_ONLY = "|".join(
    rf"(?<={re.escape(word)} )"
    for word in ["reference", "ref.", "reference no."]
    + [f"{kind} number" for kind in ("reference", "crime", "case", "incident", "log")]
)
# A call's or a meeting's number to key in, of four digits or more: "reference conference ID
# 4471829", "passcode 551203" (not "no valid ID 12 hours later").
_KEYED_IN = (
    r"(?:(?<=ID )|(?i:(?<=passcode )|(?<=access code )))\d{4,}\b"
    rf"(?!\s*(?:%|per\s?cent\b|{_TIME_UNITS}\b|(?:{UNITS})\b))"
)
_REFERENCE_OR_PHRASE = "|".join(
    rf"(?<={word} )" for word in ("quoting", "crime", "case", "incident", "log")
)
_REFERENCE = (
    rf"(?i:{_REFERENCE_ONLY})\d+(?:/\d+)*\b"
    rf"|(?i:{_REFERENCE_OR_PHRASE})(?i:(?<!in case ))"
    rf"\d+(?:(?:/\d+)+\b|\b(?=\s*(?:[.,;)]|$))|\s+of\s+{_DAY_OF_MONTH})"
)
# The version of the copy a wire's slug opening a line numbers ("UPDATE 2-Ferry operator cuts
# …", "CORRECTED-UPDATE 1-…"): the headline under it counts nothing by it.
_SLUG_VERSION = (
    "(?:" + "|".join(rf"(?m:(?<=^{word} ))|(?<=-{word} )" for word in WIRE_SLUGS) + r")\d+(?=-\S)"
)
# The number of a place on a road or at a station or an airport, of a bus route or of a
# broadcaster's channel, which names it: "junction 12", "between junctions 40 and 41", "exit 4",
# "platform 9", "gates 22-24", "route 38", "on channel 5 at 9pm"; not "the exit 20 years ago"
# nor "a gate 3 metres high", a time or a measure after the word.
_WAYPOINT = (
    r"(?=\d)(?i:"
    + "|".join(
        rf"(?<={word} )|(?<={word}s )"
        for word in ("junction", "exit", "platform", "gate", "route", "channel")
    )
    + r")\d{1,3}[A-Za-z]?\b(?:\s*(?:-|–|to|and|or|&)\s*\d{1,3}[A-Za-z]?\b)?"
    rf"(?!\s*(?:%|per\s?cent\b|{_TIME_UNITS}\b|(?:{UNITS})\b))"
)
# A station's number before the days and the hours it airs: "airs on KXRA Talk 214 weekdays
# from 6:00 a.m.", "Radio 5 nightly at 10pm"; no count of days.
_STATION = (
    r"(?<=[A-Za-z] )\d{1,4}(?=\s+(?:weekdays|weeknights|weekends|nightly|daily)\s+"
    r"(?:from|at|between)\s+\d)"
)
# "mother-of-two", "a father of three", "grandmother-of-five": a description of someone, like
# "a retired teacher", which a reader checking the story's figures has no cause to stop at;
# "the mother of two of the victims" counts them.
_FAMILY_DESCRIPTION = (
    r"(?i:(?:mother|father|parent|mum|mom|dad)[- ]of[- ]"
    rf"(?:{_SMALL_WORDS}|eleven|twelve|\d{{1,2}})\b"
    r"(?!\s+of\s+(?:the|them|those|these|his|her|their|its|our)\b))"
)

# A street address or a numbered body names a place, not a count or a rank: the house number
# before a street's name ("48 East 19th Street", "10 Main St."), and a digit ordinal in the name
# of a street, an amendment, a court, a district or a unit ("the 13th Amendment", "the 13th
# amendment", "the 9th Circuit", "the 82nd Airborne Division"); "the 100th anniversary" ranks.
_STREET = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Place|Terrace|Parkway)\b"
_NAMED_BY_ORDINAL = (
    rf"(?:{_STREET}|(?i:amendment)|Circuit|District|Precinct|Ward|Division|Regiment|Battalion"
    r"|Brigade|Infantry|Airborne|Fleet|Army|Corps|Squadron|Congressional)\b"
)
_NAME_WORD = r"(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))\s+)"
_ADDRESS = (
    rf"\b\d{{1,5}}(?=\s+{_NAME_WORD}{{1,3}}{_STREET})"
    rf"|\b\d+(?:st|nd|rd|th)(?=\s+(?:[A-Z]\w+\s+)?{_NAMED_BY_ORDINAL})"
)

# Numbers that are no figures: telephone numbers ("020 7946 0321", "+44 20 7946 0958",
# "(555) 010-4477"), a number to call ("call 911.", "a 911 caller"), numbers that label a thing
# rather than count it ("No. 10", "Number 11 Downing Street", "grant No. 101076589"), and the
# points of a speaker's list ("Number two, …").
# The look-behinds for a reference's words are tried only at a digit, where a reference's
# number opens: tried at each letter the other numbers' words open with, they cost more than
# all the rest of the search.
_NOT_FIGURES = _opening_with(
    r"+(\dCcDdFfMmRrPpNn#\x1b",
    rf"(?=\d)(?:{_REFERENCE})|{_KEYED_IN}|{_WAYPOINT}|{_STATION}|{_FAMILY_DESCRIPTION}|"
    rf"{_POINT_COUNTED}|{_ADDRESS}|{_SLUG_VERSION}|"
    r"(?:\+\d{1,3}[\s-]?|\b)(?:\(0?\d{2,5}\)|0\d{2,5})(?:[\s-]\d{2,4}){1,4}\b"
    # a mobile or a local line in one long group: "07700 900123", "01632 960000"
    r"|\b0\d{3,4}\s\d{6}\b"
    # the trunk nought some write in brackets after the country's code: "+44 (0)20 7946 0958"
    r"|\+\d{1,3}(?:\s?\(0\)\s?\d{1,4}|[\s-]\d{2,4})(?:[\s-]\d{2,4}){1,4}\b"
    # a local line whose four digits open with a nought, as no count's do: "555-0142"
    r"|\b\d{3}[.-]0\d{3}\b"
    # a freephone number: "1800 666 111", "1-800-555-0199", "1300 360 746"
    r"|\b1[-\s]?[38]00(?:[\s-]\d{2,4}){2,3}\b"
    r"|(?:\(\d{3}\)\s?|\b\d{3}[.-])\d{3}[.-]\d{4}\b"
    # "call 999", "ring NHS 111", and whom to call before the number: "call Kent Police on 101",
    # "ring the helpline on 0800 555 111", "contact the force on 101"
    r"|\b(?:[Cc]all|[Dd]ial|[Rr]ing|[Pp]hone|[Cc]ontact)(?:ing|ed|s)?\s+"
    r"(?:[A-Z]{2,}\s+|(?:[\w'’-]+\s+){1,4}on\s+)?"
    r"(?:\d{3,}(?=\s*(?:[.,;)]|$|or\b))|\d{3}\s\d{3}\b|(?:911|999|112|111|000|101|988)\b"
    # a local line, not a range of people called ("called 200-1500 members"): "call 867-5309
    # for details"
    r"|\d{3}[\s.-]\d{4}(?=\s*(?:[.,;:)!]|$|(?:or|for|to|and|from|between|during|if|now)\b)))"
    # the emergency line that names a call, its caller or its staff: "a 911 caller", "the 999
    # call", "911 dispatchers"
    r"|\b(?:911|999)(?=[\s-](?:call|dispatch|operator|tape|recording|center|centre)\w*\b)"
    # (but a place in a ranking is one: see ``_a_place_in_a_ranking``)
    r"|\b(?:No\.?|Number|#)\s?\d[\d,]*\b"
    # a section of a tax code naming what it governs: "401(k) accounts", "a 501(c)(3) charity",
    # "529 plans" (college savings)
    r"|\b\d+(?:\([a-z0-9]\))+|\b529(?= (?:college )?(?:savings )?(?:plans?|accounts?)\b)"
    # the level of a confidence interval, a study's chosen certainty, not a figure it found:
    # "(95% confidence interval 18% to 31%)", "95% CI"
    r"|\b(?:80|9[059])(?:\.\d+)?\s?(?:%|per\s?cent)"
    r"(?=\s+(?:(?:[Cc]onfidence|[Cc]redible|[Uu]ncertainty)\s+(?:interval|level|limit)|CI\b))"
    # a match report's minute opening a line: "78' Saka is booked", "90+2' GOAL!"
    r"|(?m:^\d{1,3}(?:\+\d{1,2})?['’](?=\s))"
    # a numbered list's item number opening a line: "1. Close the bridge", "2) Open the centre"
    r"|(?m:^\d{1,3}[.)](?=[ \t]+\S))"
    # a day that names an event or a service, not a date counted ("the 9/11 attacks", "24/7"),
    # and an identifier, which no writer gives as a figure without its thousands marked (a
    # post's "783499116076687360", an account number)
    r"|\b(?:9/11|24/7|\d{12,})\b(?![/.]\d)"
    # a terminal's control sequence left in a pasted log ("ESC[0m", "ESC[1;52m"): its digits
    # set colours, and "0m" is no distance
    r"|\x1b\[[0-?]*[ -/]*[@-~]",
)
# Where one of ``_NOT_FIGURES`` can open: at a digit or a sign ("+44", "(555)", "#1", a control
# sequence), or at a word the others open with ("mother-of-two", "Number two, …", "call 999",
# "No. 10"). Its look-ahead lets through every "c", "d", "m", "n" …, where the twenty
# alternatives would each be tried (see ``not_figures``); a new alternative opening on a word
# must add it here.
_NOT_FIGURES_OPEN = re.compile(
    r"(?=[\d+(#\x1bCcDdFfMmRrPpNn])"
    r"(?=[\d+(#\x1b]|(?i:mother|father|parent|mum|mom|dad|number)"
    r"|\b(?:[Cc]all|[Cc]ontact|[Dd]ial|[Rr]ing|[Pp]hone|No))"
)


def not_figures(text: str) -> Iterator[re.Match[str]]:
    """``_NOT_FIGURES.finditer(text)``, tried only where its matches can open."""
    return _matches_at(_NOT_FIGURES, text, [m.start() for m in _NOT_FIGURES_OPEN.finditer(text)])


# The word that joins a time or a date to the place a numbered name names: "platform 9 at noon".
_JOINED_ON = re.compile(r"\s+(?:at|on|from|by|until|till)\s+(?=\w)", re.IGNORECASE)


def _past_numbers_not_figures(
    text: str, cand: _Candidate, not_figures: list[tuple[int, int]]
) -> _Candidate | None:
    """A candidate with no number in it that is no figure; or, when such numbers open it and
    a time or a date is joined on after them ("platform 9 at noon"), that time or date."""
    inside = [(a, b) for a, b in not_figures if a < cand.end and cand.start < b]
    if not inside:
        return cand
    last = max(b for _, b in inside)
    joined = _JOINED_ON.match(text, last, cand.end)
    if joined is None or cand.label not in ("TIME", "DATE"):
        return None
    return _Candidate(joined.end(), cand.end, cand.label)


def _names_a_day(word: Token) -> bool:
    return word.lower_.rstrip(".") in MONTHS or word.lower_ in WEEKDAYS


def _names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare number is part of a name: "FTSE 100", "Windows 10", "the 737 MAX"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or "," in span.text:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # A number spelled in lower case names nothing ("leaves Rovers eight points behind"); in a
    # name it is capitalised, as in "Ocean's Eleven".
    # "iOS 17", "iPhone 16", "eBay 2": a name whose capital comes after its first letter, which
    # the tagger may take for a number
    named_before = (
        before is not None
        and not span.text.islower()
        and (before.pos_ == "PROPN" or (before.is_alpha and before.text[0].islower()))
        and any(c.isupper() for c in before.text)
        and not _names_a_day(before)
        and not _a_second_sides_count(doc, start, end)
    )
    # "the 737 MAX"; but a place in capitals ("40 UK stores") or a number in lower-case words
    # ("two BBC reporters") counts the noun after them, as "its three factories" does.
    capitals_after = (
        after is not None
        and after.is_alpha
        and after.is_upper
        and len(after) > 1
        and not re.fullmatch(UNITS, after.text)
        and after.ent_type_ not in ("GPE", "NORP")
        and not span.text.islower()
    )
    # "Ocean's 11", "Ocean's Eight": a number a name owns, that counts no noun after it, is
    # the name's title ("Britain's 12 biggest banks" count banks).
    owned = (
        not span.text.islower()
        and span[-1].dep_ != "nummod"
        and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and c.text[0].isupper()
            for c in span[-1].children
        )
    )
    # "5G", "3D": a capital glued to a number names a technology or a format.
    glued_capital = (
        after is not None
        and not span[-1].whitespace_
        and len(after) == 1
        and after.is_alpha
        and after.is_upper
    )
    return (
        named_before
        or capitals_after
        or owned
        or glued_capital
        or _labels_a_noun(span, before, after)
        or _grades_a_kind(after)
    )


def _a_second_sides_count(doc: Doc, start: int, end: int) -> bool:
    """Whether the number from ``start`` to ``end``, after a second side named in the plural,
    counts what the count before the side counts: "Labour took 22 seats, the Conservatives 12",
    as "the Conservatives nine" does; not "The Expendables 2"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    side = doc[span.start - 1]
    if side.tag_ != "NNPS" or side.dep_ not in ("appos", "conj"):
        return False
    return _counted_noun(doc, start, end) is not None


# "a five-alarm fire", "a three-star admiral": a grade names the kind of fire or officer, and
# counts no alarms or stars; "a five-star hotel" is rated.
_GRADED = {"alarm": None, "star": frozenset(["general", "generals", "admiral", "admirals"])}


def _grades_a_kind(after: Token | None) -> bool:
    """Whether a number is joined by a hyphen to a grade that names a kind (see above)."""
    if after is None or after.text != "-" or after.i + 1 >= len(after.doc):
        return False
    grade = after.doc[after.i + 1]
    if grade.lower_ not in _GRADED:
        return False
    kinds = _GRADED[grade.lower_]
    graded = after.doc[grade.i + 1].lower_ if grade.i + 1 < len(after.doc) else ""
    return kinds is None or graded in kinds


def _labels_a_noun(span: Span, before: Token | None, after: Token | None) -> bool:
    """Whether a number labels the capitalised noun it belongs to rather than counting it:
    "Flight 370", "Room 101", "the 737 Max" (no count of more than one is singular); "12 Labour
    MPs", "737 planes" and "six Orthodox" (a faith's members, a singular form) count."""
    number = span[-1]
    if not number.is_digit:
        return False
    labelled = [
        word
        for word in (before, after)
        if word is not None and number.head == word and word.is_title and not _names_a_day(word)
    ]
    return any(
        word.tag_ == "NN" if word is before else word.tag_ == "NNP" and word.ent_type_ != "NORP"
        for word in labelled
    )


_OPENING_QUOTES = "‘“'\""
_CLOSING_QUOTE = re.compile(r"[.,!?]?[’”'\"]")
# A rank in digits ending a figure's words ("13th", "the documentary 13th" as the model tags it).
_DIGIT_ORDINAL_END = re.compile(r"\b\d+(?:st|nd|rd|th)$")


def _in_a_title(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a figure's number is in a title: after a capital "The" inside a sentence ("a fan
    of The 411", "tickets for The 1975"; not "Of The 100 richest people") or a quotation mark
    (‘The 411’), or a digit ordinal after a noun for what it names ("the documentary 13th"; "a
    record 13th" ranks) or quoted alone (“13th”); or anywhere in a title quoted in title case
    (see ``_in_a_quoted_title``)."""
    titled = start >= 4 and text.startswith("The ", start - 4)
    if _in_a_quoted_title(doc, text, start, end):
        return True
    if not titled and _DIGIT_ORDINAL_END.search(text, start, end) is None:
        return False
    if not titled and start > 0 and text[start - 1] in _OPENING_QUOTES:
        # “13th.”: a digit ordinal quoted alone is a title, as nothing it ranks is quoted with it
        return _CLOSING_QUOTE.match(text, end) is not None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if titled:
        the = doc[span.start - 1]
        # "Of The 100 richest people": a number counting the word in lower case after it
        # counts, whatever the case of "The"; a title's words are capitalised ("The 39 Steps").
        counted = _counted_noun(doc, start, end)
        if counted is not None and counted.islower():
            return False
        # ‘The 411.’: a title quoted whole is one wherever it stands ("The first time …" opens
        # a quotation)
        quoted = the.i > 0 and doc[the.i - 1].text in _OPENING_QUOTES
        quoted = quoted and _CLOSING_QUOTE.match(text, end) is not None
        return quoted or (the.i > 0 and doc[the.i - 1].is_alpha and not _in_title_case(text, the))
    ordinal = span[-1]
    before = doc[ordinal.i - 1] if ordinal.i > 0 else None
    return (
        before is not None
        and before.i > 0
        and before.head == ordinal
        and before.dep_ == "compound"
        and before.tag_ == "NN"
        and before.lower_ != "record"
        and doc[before.i - 1].lower_ not in ("a", "an")
    )


# A closing curly quotation mark; "’" before a letter is an apostrophe ("Trump’s").
_CURLY_CLOSING = re.compile(r"[”’](?!\w)")
_CURLY_PAIRS = {"“": "”", "‘": "’"}
# The most characters a quoted title runs to either side of a figure in it.
_TITLE_REACH = 80


def _in_a_quoted_title(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a figure is in a title quoted in curly marks, its words in title case in a
    sentence that is not: the song “Cold Rain (19 Bullets)”, the show “Radio Times Tuesday”. A
    headline's quoted words ("Mayor Is Right, ‘Thousands of Fires’ in Leeds") are in a sentence
    in title case, and count."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _TITLE_REACH)
    opening = max(text.rfind("“", line_start, start), text.rfind("‘", line_start, start))
    if opening == -1 or _CURLY_CLOSING.search(text, opening + 1, start) is not None:
        return False
    closing = _CURLY_CLOSING.search(text, end, end + _TITLE_REACH)
    if closing is None or "\n" in text[end : closing.start()]:
        return False
    if closing.group() != _CURLY_PAIRS[text[opening]]:
        return False
    quoted = doc.char_span(opening + 1, closing.start(), alignment_mode="expand")
    if quoted is None:
        return False
    words = [t for t in quoted if t.is_alpha and not t.like_num]
    # “Wait, so it is 12.5% when …”: speech opening a sentence has one capital, a title more
    return (
        sum(t.is_title and len(t) > 2 for t in words) >= 2
        and _in_title_case_words(words)
        and not _in_title_case(text, quoted[0])
    )


def _in_title_case_words(words: list[Token] | Span) -> bool:
    """Whether none of ``words`` of four letters or more but a preposition, a conjunction or
    an article is in lower case."""
    return not any(
        t.is_lower and len(t) > 3 and t.pos_ not in ("ADP", "CCONJ", "SCONJ", "DET") for t in words
    )


def _in_title_case(text: str, token: Token) -> bool:
    """Whether the words of ``token``'s sentence on its line are in title case, as a headline's
    are ("Why The 12 Victims Matter"), where a capital "The" names no title: none of their
    words of four letters or more but a preposition, a conjunction or an article is in lower
    case. The line, as the parser may run a headline into the paragraph under it."""
    line_start, line_end = line_at(text, token.idx)
    return _in_title_case_words([t for t in token.sent if line_start <= t.idx < line_end])
