"""Ages: a number that is someone's age ("Tom Reeves, 54,", "aged 31 and 44", "children
under 16", "She was 91."), a decade of life ("in his 50s") and an age group ("the under-18s")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newslens.analysis.figures.counts import _POPULATIONS
from newslens.analysis.figures.numbers import UNITS_SMALL, _number
from newslens.analysis.figures.patterns import _opening_on, _opening_with
from newslens.analysis.figures.qualifier_words import _QUALIFIER_PHRASES, _strip_qualifier
from newslens.analysis.lexicon import word_sections
from newslens.analysis.model import Figure, FigureKind, Qualifier
from newslens.analysis.per_doc import per_doc
from newslens.analysis.syntax.datelines import DASHES
from newslens.analysis.syntax.names import persons_name

# "the under-18s", "over-65s": people of an age named by its bound (see ``_age_group``).
_AGE_GROUP = _opening_with("uoUO", r"\b(?P<bound>under|over)-(?P<age>\d{1,2})s\b", re.IGNORECASE)

# "a man in his 50s", "her early thirties", "their late teens": an age, the years of one
# decade of life, or of its part; the second of two after one possessive is an age too ("in
# their late 20s or early 30s").
_A_DECADE = r"(?:(?:early|mid|late)[- ]?)?(?:[1-9]0['’]?s|[a-z]+ties|teens)"
_AGE_DECADE = re.compile(
    rf"\b(?:his|her|their|my|your|our)\s+(?:{_A_DECADE}\s+(?:or|and)\s+)?"
    r"(?P<age>(?:(?P<part>early|mid|late)[- ]?)?"
    r"(?:(?P<digit>[1-9])0['’]?s|(?P<word>[a-z]+)ties|(?P<teens>teens)))\b\Z",
    re.IGNORECASE,
)
# The years of a decade of life "early", "mid" and "late" name, from its first year: "her early
# 30s" are 30 to 33, "his mid-twenties" 24 to 26, "their late forties" 47 to 49.
_PARTS_OF_A_DECADE = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
# The teens, which run from 13: "her early teens" are 13 to 15, "his late teens" 17 to 19.
_PARTS_OF_THE_TEENS = {None: (13, 19), "early": (13, 15), "mid": (14, 16), "late": (17, 19)}

# "a man in his 20s", "a woman in her mid-twenties" the model may leave untagged: a decade after
# a possessive, or the second of two ("in their forties or fifties"), found as a date for
# ``_age_decade`` to read as an age.
_DECADES_IN_WORDS = tuple(
    f"{tens}ties" for tens in ("twen", "thir", "for", "fif", "six", "seven", "eigh", "nine")
)
_PARTS = ("", "early ", "early-", "mid ", "mid-", "late ", "late-")
_DECADE_OF_LIFE = _opening_on(
    (*_DECADES_IN_WORDS, "teens"),
    _opening_with(
        r"\dtfsen",
        "|".join(
            [rf"(?<=\b{whose} {part})" for whose in ("his", "her", "their") for part in _PARTS]
            + [
                rf"(?<={first} {joined} {part})"
                for first in ("ties", "teens", "0s")
                for joined in ("or", "and")
                for part in _PARTS
            ]
        ).join(("(?:", rf")(?:[1-9]0s|{'|'.join(_DECADES_IN_WORDS)}|teens)\b")),
    ),
)


def _age_decade(text: str, start: int, end: int) -> Figure | None:
    """The age range a decade after a possessive names ("his 50s" → 50/59 years, "her early
    30s" → 30/33), or None."""
    # searched up to the figure's end, as the pattern must end there
    match = _AGE_DECADE.search(text, max(0, start - 40), end)
    if match is None or match.start() > start:
        return None
    digit, word = match.group("digit"), match.group("word")
    part = match.group("part") and match.group("part").lower()
    if match.group("teens"):
        low, high = _PARTS_OF_THE_TEENS[part]
    else:
        decade = int(digit) * 10 if digit else UNITS_SMALL.get(word.lower() + "ty")
        if decade is None:
            return None
        first, last = _PARTS_OF_A_DECADE[part]
        low, high = decade + first, decade + last
    age_start = match.start("age")
    return Figure(age_start, end, text[age_start:end], FigureKind.RANGE, f"{low}/{high}", "years")


def _age_group(group: re.Match[str]) -> Figure:
    """ "the under-18s" are people of at most 18 years, "over-65s" of at least 65, as "aged
    under 18" and "aged over 65" are."""
    bound = Qualifier.AT_MOST if group["bound"].lower() == "under" else Qualifier.AT_LEAST
    start, end = group.span()
    return Figure(
        start, end, group.group(), FigureKind.QUANTITY, float(group["age"]), "years", bound
    )


def _is_an_age(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a number is someone's age: after "aged" ("the men, aged 31 and 44"), or set off
    by commas after a person's name ("Tom Reeves, 54, who lives nearby", "said Jane Smith,
    41.") or after one person called by a noun ("A man, 34, was shot")."""
    # "aged under 50", "aged 75+": the bounds are no part of the age
    core = _strip_qualifier(text[start:end])
    number_start = end - len(core)
    core = core.removesuffix("+")
    # "a boy aged five", "children under five": after "aged" or a bound an age is often in words
    in_words = re.fullmatch(r"[a-z]+(?:-[a-z]+)?", core.lower()) is not None
    value = _number(core) if in_words else int(core) if re.fullmatch(r"\d{1,3}", core) else None
    if value is None or value > 120:
        return False
    if _AGED.search(text, max(0, start - 40), number_start) or _AGES_LISTED.match(text, end):
        return True
    bound = _BOUND_AGE.search(text, max(0, start - 40), number_start)
    if bound is not None:
        return bound["being"] is None or _of_people(doc, number_start)
    if in_words:
        return False
    span = doc.char_span(number_start, number_start + len(core))
    if span is None or len(span) != 1:
        return False
    number = span[0]
    if number.dep_ == "attr":
        return _what_someone_is(number)
    if _ages_listed_after_people(number):
        return True
    if _set_off_by_a_dash(number) or _at_an_age(number) or _at_a_turn_of_life(number):
        return True
    name = number.head
    if name.i != number.i - 2 or doc[number.i - 1].text != ",":
        return False
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and not after.is_punct:
        return False
    if number.dep_ == "appos" and (_is_a_persons_name(name) or _described_as_a_person(number)):
        return True
    # "A man, 34, was shot", "a teenager, 17, and a woman, 45,": one person by a noun, not a
    # list of numbers ("since I became governor, 12, 13 plants have closed")
    listed = after is not None and after.i + 1 < len(doc) and doc[after.i + 1].like_num
    return (
        number.dep_ in ("appos", "nummod")
        and name.tag_ == "NN"
        and name.lemma_.lower() in _PEOPLE_OF_AN_AGE
        and any(c.dep_ in ("det", "poss") for c in name.children)
        and not listed
    )


def _described_as_a_person(number: Token) -> bool:
    """Whether a name the number is set off after is then described as a person, in a second
    apposition after the number: "Reyes, 29, a nurse," "Okafor, 52, a father of three," (whom
    the model may take for a body)."""
    name = number.head
    return name.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.i > number.i and c.lemma_.lower() in _PEOPLE_OF_AN_AGE
        for c in name.children
    )


def _set_off_by_a_dash(number: Token) -> bool:
    """Whether a number after a person's name and a comma is set off by a spaced dash, as by a
    comma: "Okafor, 52 ― a nurse ― was", where the parse takes the dash for a verb the number
    is the subject of, and so hangs it on no name ("Reed, 40-year veteran" is none)."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    return (
        after is not None
        and after.text in DASHES
        and number.whitespace_ != ""
        and number.i > 1
        and doc[number.i - 1].text == ","
        and _is_a_persons_name(doc[number.i - 2])
    )


# Who may be of the age "at 91" opens a clause with: "at 91 he swims", "At 40, I quit".
_PEOPLE_AT_AN_AGE = frozenset(["i", "he", "she", "we", "they", "you"])
# Verbs (lemmas) of saying or thinking that the person may put after a clause, where "at 86" is
# a level or a time in it ("closed at 86, she said", "left at 6 she thinks").
_SAYING = frozenset(
    ["say", "tell", "add", "write", "note", "think", "believe", "recall", "guess", "reckon"]
)


def _at_an_age(number: Token) -> bool:
    """Whether a bare number after "at" is the age of the person right after it who opens the
    clause: "yet at 91 he swims every morning", "At 40, he quit"; not "closed at 86, she
    said"."""
    doc = number.doc
    if number.i == 0 or doc[number.i - 1].lower_ != "at":
        return False
    i = number.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    person = doc[i] if i < len(doc) else None
    if person is None or person.lower_ not in _PEOPLE_AT_AN_AGE or person.dep_ != "nsubj":
        return False
    verb = person.head
    said = verb.lemma_.lower() in _SAYING and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children
    )
    return not said


def _at_a_turn_of_life(number: Token) -> bool:
    """Whether a bare number after "at" is the age a life turned at: "dies at 91", "retired
    at 65 after a long career", "passed away at 88"; not "died at 91 points"."""
    at = number.head
    verb = at.head
    if number.dep_ != "pobj" or at.lower_ != "at" or at.i != number.i - 1:
        return False
    passed = verb.lemma_ != "pass" or any(c.lower_ == "away" for c in verb.children)
    return verb.pos_ == "VERB" and verb.lemma_ in _TURNS_OF_A_LIFE and passed


def _ages_listed_after_people(number: Token) -> bool:
    """Whether a number is one of a list set off by commas after people called by a plural
    noun or a pair's ("The men, 34 and 45, were arrested", "his sons, 12, 14 and 17,", "The
    couple, 71 and 68,", "named the suspects, 23 and 31."), each the age of one; not after
    things ("the teams, 12 and 14,")."""
    doc = number.doc
    first = number
    while first.dep_ == "conj" and first.head.like_num and first.head.i < first.i:
        first = first.head
    # the parse may hang the list on the verb ("named the suspects, 23 and 31"), not on them
    people = doc[first.i - 2] if first.i > 1 else first
    pair = people.tag_ == "NN" and people.lower_ in _PAIRS_OF_PEOPLE
    if (
        doc[first.i - 1].text != ","
        or not (people.tag_ == "NNS" or pair)
        or (people.lemma_.lower() not in _PEOPLE_OF_AN_AGE and not pair)
        or not any(c.dep_ in ("det", "poss", "nummod") for c in people.children)
    ):
        return False
    listed = [first]
    i = first.i + 1
    while i < len(doc) and (
        doc[i].text == "," or doc[i].lower_ in ("and", "or") or doc[i].dep_ == "conj"
    ):
        if doc[i].dep_ == "conj":
            if not re.fullmatch(r"\d{1,3}", doc[i].text) or int(doc[i].text) > 120:
                return False
            listed.append(doc[i])
        i += 1
    last = listed[-1]
    closed = last.i + 1 == len(doc) or doc[last.i + 1].is_punct
    return len(listed) > 1 and number in listed and closed


def _what_someone_is(number: Token) -> bool:
    """Whether a bare number is what a person is: "She was 91.", "Hale, who is 54, said"; not
    "she was 91 percent sure" nor "it was 40"."""
    verb = number.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ != "be" or subject is None:
        return False
    after = number.nbor() if number.i + 1 < len(number.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
        return False
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    return subject.lower_ in ("he", "she") or _is_a_persons_name(subject)


_SPEAKER_WORDS = word_sections("speaker_words.txt")
# Nouns for one person, whom a number set off by commas after them gives the age of.
_PEOPLE_OF_AN_AGE = _SPEAKER_WORDS["person_nouns"] | _SPEAKER_WORDS["people_of_an_age"]
# Verbs (lemmas) of a turn in a life, which a bare number after "at" gives the age of.
_TURNS_OF_A_LIFE = _SPEAKER_WORDS["turns_of_a_life"]
# Singular nouns for two people, whose two ages may follow: "The couple, 71 and 68,".
_PAIRS_OF_PEOPLE = _SPEAKER_WORDS["pairs_of_people"]
# "aged 31", "aged over 65", and the others of "aged 31 and 44", "aged 17, 18 or 19", "aged
# four and five"; a group's "median age of 52", "average age was 34"; and the age of what a few
# words name, "the average age of first-time buyers is now 34", "the age of consent is 16".
_LISTED_AGE = rf"(?:\d{{1,3}}|(?:{'|'.join(UNITS_SMALL)})\b)"
_AGED = re.compile(
    r"\b(?:aged|(?:median|average|mean)\s+age(?:\s+(?:of|was|is(?:\s+now)?))?"
    r"|age\s+of(?:\s+[A-Za-z’'-]+){1,5}?\s+(?:is|was)(?:\s+now)?)\s+"
    rf"(?:(?:{'|'.join(map(re.escape, _QUALIFIER_PHRASES))})\s+)?"
    rf"(?:{_LISTED_AGE}(?:\s*,\s*{_LISTED_AGE})*(?:\s*,\s*|\s*(?:,\s*)?(?:and|or)\s+))?$",
    re.IGNORECASE,
)


# "ages 16 to 24", "between the ages of 17 and 20", "by age 10 to 11": the words of a range of
# ages, before its numbers or, as the model may take them in, opening its span.
_AGES_BEFORE = re.compile(r"\bages?(?:\s+of)?\s+$", re.I)
_AGES_OPENING = re.compile(r"(?:between\s+)?(?:the\s+)?ages?\s+", re.I)


def _names_ages(text: str, start: int, end: int) -> bool:
    """Whether a range is one of ages: after "aged" ("women aged 45 to 70"), "ages" or "age"
    ("blacks ages 16 to 24", "between the ages of 17 and 20", "by age 10 to 11"), as "aged 45"
    is an age."""
    before = max(0, start - 40)
    return bool(
        _AGED.search(text, before, start)
        or _AGES_BEFORE.search(text, before, start)
        or _AGES_OPENING.match(text, start, end)
    )


# Ages listed with "years old" told once, after the last: "31 and 33 years old, respectively",
# "6, 8 and 11 years old", "16 and 17-year-olds" are each an age, as is the first of "16- and
# 17-year-olds", whose hyphen waits for the compound after the last.
_AGES_LISTED = re.compile(
    r"-?(?:\s*,?\s*(?:and|or)\s+\d{1,3}|\s*,\s*\d{1,3})+(?:\s+years?[ -]old|-year-olds?)\b"
)

# A bare bound number after being or after people is an age: "eight of the victims were under
# 18", "children under 16", "those over 70" (as "aged under 18" is).
_BOUND_AGE = re.compile(
    r"\b(?:(?P<being>were|was|are|is|be|been|being)|children|kids|people|anyone|those|pupils"
    r"|students|adults|teenagers|teens|youngsters|girls|boys|women|men|patients|residents|voters)"
    r"\s+(?:(?:aged|who\s+are|who\s+were)\s+)?(?:just\s+)?(?:under|over|below|above)\s+$",
    re.IGNORECASE,
)


# Subjects that count or pick out people without naming them: "most were under 18".
_SOME_OF = frozenset(["most", "many", "some", "half", "all", "both", "none", "few", "who"])
_MEASURES = word_sections("figures/quantity_words.txt")["measures"]


def _of_people(doc: Doc, number_start: int) -> bool:
    """Whether what is under or over a number is people, so the number is their age: "eight of
    the victims were under 18", "she was over 70", not "turnout was under 50" nor "Turnout was
    under fifty", though the model takes "Turnout" for a person."""
    span = doc.char_span(number_start, number_start + 1, alignment_mode="expand")
    if not span:
        return False
    verb = span[0].head.head  # the number, its "under", the verb of being
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    whole = [
        p for c in subject.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
    ]
    if whole:
        subject = whole[0]  # "eight of the victims", "a quarter of those arrested"
    if subject.lemma_.lower() in _MEASURES:
        return False  # a measure, whatever the model tags it ("Turnout" as a PERSON)
    return (
        (subject.pos_ in ("NUM", "PRON") and subject.lower_ not in ("it", "this", "that"))
        or subject.lower_ in _SOME_OF
        or subject.lower_ in _POPULATIONS
        or (subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN")
    )


def _is_a_persons_name(name: Token) -> bool:
    """Whether the last word of a name is a person's (``persons_name``), or a surname alone is
    the subject or ends a person's name elsewhere in the story ("Keith Lamont Scott" … "Scott,
    43, a father of seven", whom the model may take for a body there)."""
    if persons_name(name):
        return True
    if name.pos_ == "PROPN" and name.is_title and _a_surname_in_the_story(name):
        return True
    first = name.nbor(-1) if name.i > 0 else None
    # "Mensah, 27, now has nine tries": a surname alone, the subject of the sentence, which the
    # model tags as nothing; a place or a body it tags ("In Nebraska, 58, …") is no one.
    surname = name.pos_ == "PROPN" and name.is_title and not name.ent_type_
    if surname and name.dep_ in ("nsubj", "nsubjpass") and (first is None or first.pos_ != "PROPN"):
        return True
    # "Kwabena Asante, 61,", "mother-of-two Jade Price, 29.": two capitalised words the model
    # tagged as nothing, whatever the given name; a number set off after them is an age.
    return (
        surname
        and first is not None
        and first.pos_ == "PROPN"
        and first.is_title
        and first.head == name
        and not first.ent_type_
    )


def _a_surname_in_the_story(name: Token) -> bool:
    """Whether a word ends a person's name the model found elsewhere in the story."""
    ends = per_doc(name.doc, _PERSONS_LAST_WORDS, _persons_last_words).get(name.text, ())
    return any(end != name.i + 1 for end in ends)


_PERSONS_LAST_WORDS = "newslens_persons_last_words"


def _persons_last_words(doc: Doc) -> dict[str, list[int]]:
    """Where each person's name the model found ends, by its last word."""
    ends: dict[str, list[int]] = {}
    for e in doc.ents:
        if e.label_ == "PERSON":
            ends.setdefault(e[-1].text, []).append(e.end)
    return ends


# "10 years", "a five-year contract", "2.5 years ago": a span of time, not how old someone is.
_DURATION = re.compile(r"\byears?\b(?!-old)", re.IGNORECASE)


def an_age(figure: Figure) -> bool:
    """Whether a figure read is someone's age ("her 14-year-old daughter", "Trump, who is 70",
    "in his 50s"), as :func:`_is_an_age` and the values give it: in "years", with no word for
    years but "-old"; it tells who someone is, and no more makes a sentence a statistic than
    a date does."""
    return figure.unit == "years" and _DURATION.search(figure.text) is None
