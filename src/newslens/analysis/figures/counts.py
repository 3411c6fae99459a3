"""What a count counts: the noun after its number or after its whole ("300 applications",
"won 18 of their 24 matches"), the people or things a change or a number in millions counts
("subscribers rose by 1.4m"), the unit a round count of a measure is in ("millions of tons")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newslens.analysis.figures.changes import _CHANGE_VERBS
from newslens.analysis.figures.currencies import CURRENCY_WORDS
from newslens.analysis.figures.dates import WEEKDAYS
from newslens.analysis.figures.numbers import SCALES
from newslens.analysis.figures.second_sides import _noun_of_a_second_side
from newslens.analysis.figures.units import UNITS, plural_noun, unit_of_time
from newslens.analysis.lexicon import word_sections
from newslens.analysis.syntax.hyphens import glued_hyphen

_COUNT_WORDS = word_sections("figures/count_words.txt")
_VOTES_BY_THEIR_PARTICIPLE = _COUNT_WORDS["votes_by_their_participle"]
_BOUNDS_A_NUMBER_NAMES = _COUNT_WORDS["bounds_a_number_names"]
_POPULATIONS = _COUNT_WORDS["populations"]  # "one in five adults", "three in 10 households"


# Words that make "1.4m" a length in its sentence: a size, or a race won by so much.
_OF_A_LENGTH = frozenset(
    [
        "tall",
        "taller",
        "high",
        "higher",
        "long",
        "longer",
        "deep",
        "deeper",
        "wide",
        "wider",
        "height",
        "length",
        "depth",
        "width",
        "race",
        "sprint",
        "runner",
        "runners",
        "lap",
        "jump",
        "throw",
    ]
)
# What a story counts in millions (see count_words.txt).
_COUNTED_IN_MILLIONS = _COUNT_WORDS["counted_in_millions"]


def _counted_in_millions(doc: Doc, start: int, end: int) -> Token | None:
    """The word in its sentence for what "1.4m" with no noun after it counts in millions ("the
    population", "subscribers"); None, metres, when the sentence speaks of a size or a race, or
    names nothing counted so."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = span.sent
    if any(t.lower_ in _OF_A_LENGTH for t in words):
        return None
    return next((t for t in words if t.lemma_.lower() in _COUNTED_IN_MILLIONS), None)


def _counted_by_the_change(doc: Doc, start: int, end: int) -> str | None:
    """What the level a change reached counts, when its subject is people or events counted:
    "Homicides fell 12% to 570" counts homicides, "The number of arrests rose to 412" arrests
    and "the number of spoilt ballots doubled to 412" ballots, whatever they are.
    "Shares rose 5% to 284" are no count of shares, and have no unit here."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    to = span[-1].head
    if to.lower_ != "to":
        # "rose from 3,100 to 3,400": the parse may hang the level on "from"
        to = next((c for c in span[-1].children if c.lower_ == "to"), None) or to
    verb = next((a for a in to.ancestors if a.pos_ == "VERB"), None)
    if to.lower_ != "to" or verb is None or verb.lemma_ not in _CHANGE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("number", "total"):
        # "the number of spoilt ballots doubled to 412": whatever the number is of is counted
        of = next((c for c in subject.children if c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return counted.lower_ if counted is not None and counted.pos_ == "NOUN" else None
    return subject.lower_ if subject is not None and subject.lower_ in _POPULATIONS else None


def _counted_noun(doc: Doc, start: int, end: int) -> str | None:
    """The noun a count counts: "300 applications" → "applications", from the parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    last = span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    if len(span) > 2 and span[-2:].text.lower() == "-plus":
        last = span[-3]  # "50-plus members": the bound is the number's, the members counted
        if last.dep_ != "nummod" and after is not None and after.tag_ == "NNS":
            return str(after.text)  # "Some 30-plus people": the parse hangs 30 on "Some"
    if last.dep_ == "conj" and span.start <= last.head.i < last.i:
        last = last.head  # "Two and a half million jobs": the parse hangs "million" on "Two"
    elif last.dep_ == "compound" and last.head.i == span.end and last.head.tag_ == "CD":
        last = last.head  # "Two 30m towers": the parse may hang "Two" on the number measuring each
    head = last.head
    if _modifier_of_a_plural(head) and last.i < head.i:
        head = head.head  # "six league games": the parse may hang "six" on "league"
    # "a category 4 hurricane", "a size 10 dress": after a noun that modifies the same singular
    # head, a number measures or labels that noun and counts nothing ("a record 300 people" do).
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.head == head and head.tag_ == "NN":
        return None
    # "three times a week", "arrested three times": occasions, which "times" counts; a factor
    # ("three times the average") is a quantity found by ``MULTIPLE``.
    if span.end < len(doc) and doc[span.end].lower_ == "times":
        return "times"
    whole = _noun_of_the_whole(last) or _noun_of_a_round_count(last)
    if whole is not None:
        return whole
    # "her two-wheeler": a noun built on the number names a thing; "a 15-member committee"
    # still counts members.
    glued = head.i == span.end + 1 and doc[span.end].text == "-"
    if glued and head.dep_ not in ("compound", "amod", "nmod"):
        return None
    # "Naik on 61 and wicketkeeper Aditya Rane": a parse that reaches over a conjunction or
    # a clause to a noun is wrong, and the number counts nothing there; a participle that
    # describes the noun is no clause ("95 retired generals", "four rotating units").
    between = doc[span.end : head.i]
    if any(
        t.pos_ in ("CCONJ", "ADP", "AUX") or (t.pos_ == "VERB" and t.dep_ != "amod")
        for t in between
    ):
        return None
    # "an odds ratio of 1.3 (95% confidence interval …)": past a bracket or a comma the noun
    # is no longer this number's; quotation marks and hyphens stay inside a noun phrase ("four
    # “loopholes”", "two first-name voters").
    if any(t.is_punct and not t.is_quote and t.tag_ != "HYPH" for t in between):
        return None
    # "up from 3.9 million five years ago": a second number alone between it and the noun is
    # the noun's count, and the first counts something told before ("two 20ft containers"
    # measures each, "58 Fortune 500 companies" names a list).
    if len(between) == 1 and between[0].like_num and between[0].dep_ == "nummod":
        return None
    # "1.5 million more visitors", "3 million fewer police officers": the noun counted is the
    # one after "more", wherever the parse hangs the number and "more".
    if after is not None and after.lower_ in ("more", "fewer", "less"):
        return _noun_more_of(after)
    if last.dep_ == "nummod" and after is not None and _a_headline_verb(after, head):
        return str(after.text)
    # "In one week 400 people applied", "On Friday 13 members voted": the parse may hang the
    # count on the time before it
    if (
        last.dep_ == "nummod"
        and head.i < last.i
        and after is not None
        and after.tag_ == "NNS"
        and (unit_of_time(head.lower_) is not None or head.lower_ in WEEKDAYS)
    ):
        return str(after.text)
    # "1.4 lakh people": the parse may take the scale for a noun of the noun counted
    scaled = last.dep_ == "compound" and last.lower_ in SCALES and len(span) > 1
    if (
        (last.dep_ in ("nummod", "quantmod") or scaled)
        and head.i >= span.end
        and head.pos_ in ("NOUN", "PROPN")
        and not _expects_the_number(head)
    ):
        if head.i == span.end and head.lower_ in _VOTES_BY_THEIR_PARTICIPLE:
            return "votes"  # "out of 3.1 million cast": the votes left out, not a cast
        if head.tag_ == "NN" and head.lower_ in _BOUNDS_A_NUMBER_NAMES:
            # "the 300,000 target" counts no target; "a 30 pupil limit" counts pupils
            noun = next((t for t in between if t.dep_ == "compound" and t.pos_ == "NOUN"), None)
            return None if noun is None else plural_noun(noun.text)
        if head.lower_ == "olds":
            return "people"  # "two 17-year-olds" are two people of that age
        if glued and head.tag_ == "NN" and span.text.lower() not in ("1", "one"):
            # "a 40-seat majority" counts seats, named as "40 seats" would be
            return plural_noun(head.text)
        return _hyphened_whole(head, span.end)
    return _noun_of_a_second_side(doc, span.start, last)


def _hyphened_whole(noun: Token, after_the_number: int) -> str:
    """The whole word a hyphen joins the noun into, which the tokenizer splits: "pre-orders"
    of "pre", "great-grandchildren" of "grandchildren", never with the number ("one-seat");
    else the noun."""
    doc = noun.doc
    first = last = noun.i
    while first - 2 >= after_the_number and glued_hyphen(doc[first - 1]):
        first -= 2
    while last + 2 < len(doc) and glued_hyphen(doc[last + 1]):
        last += 2
    return str(noun.text) if first == last else doc[first : last + 1].text


# Words that open what a headline's verb does or to whom: "Share Their", "Sums Up The".
_OPENING_AN_OBJECT = frozenset(["DT", "PRP$", "PRP", "RP", "WRB", "WDT", "WP", "TO"])


def _a_headline_verb(noun: Token, head: Token) -> bool:
    """Whether the capitalised word after a number's noun, on which the parse hangs the number
    (as the noun counted, with the noun for its modifier, or as a verb), is a headline's verb:
    "31 Nurses Share Their Stories", "One Chart Sums Up The Row", where a capitalised word
    that opens its object follows it ("Two Police Officers In Dallas" count officers)."""
    after = head.nbor() if head.i + 1 < len(head.doc) else None
    return (
        noun.tag_ in ("NN", "NNS", "NNP", "NNPS")
        and head.i == noun.i + 1
        and noun.is_title
        and head.is_title
        and after is not None
        and after.is_title
        and after.tag_ in _OPENING_AN_OBJECT
    )


def _noun_more_of(more: Token) -> str | None:
    """The noun that ``more`` (or "fewer") says there are more of, right after it and its
    noun's modifiers: "more visitors", "fewer police officers", "more American people"; not
    "more than expected". The parse may hang "more" on a word before it ("all at once 3
    million more children"), so the noun is the one that follows."""
    doc = more.doc
    i = more.i + 1
    while i < len(doc) and doc[i].dep_ in ("compound", "amod") and doc[i].head.i > i:
        i += 1
    noun = doc[i] if i < len(doc) else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or _expects_the_number(noun):
        return None
    return str(noun.text)


# Verbs (lemmas) of a figure foreseen: "below the 3.4 billion economists had predicted".
_EXPECTING = {"expect", "forecast", "predict", "estimate", "project", "anticipate", "foresee"}


def _expects_the_number(noun: Token) -> bool:
    """Whether the noun after a number is the subject of a verb that has the number for its
    object: "the 3.4 billion economists had predicted" counts no economists. The parse may hang
    the clause before on that verb, so only an object after it is its own."""
    verb = noun.head
    objects = ("dobj", "ccomp", "xcomp", "attr", "oprd")
    return (
        noun.dep_ == "nsubj"
        and verb.i > noun.i
        and verb.lemma_ in _EXPECTING
        and not any(c.dep_ in objects and c.i > verb.i for c in verb.children)
    )


# Round counts in words that count the plural noun after "of": "thousands of burglaries".
_ROUND_COUNTS = frozenset(["dozens", "scores", "hundreds", "thousands", "millions", "billions"])
_MEASURED = re.compile(rf"(?:{UNITS})", re.IGNORECASE)


def _noun_of_a_round_count(number: Token) -> str | None:
    """The plural noun "thousands of" or "dozens of" counts: "thousands of burglaries",
    "millions of voters"; not a measure, a sum or a length of time, whose unit is no noun
    counted ("millions of tons", "millions of dollars", "hundreds of years")."""
    if number.lower_ not in _ROUND_COUNTS:
        return None
    of = [c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"]
    nouns = [n for p in of for n in p.children if n.dep_ == "pobj" and n.tag_ in ("NNS", "NNPS")]
    if not nouns:
        return None
    return None if _no_noun_counted(nouns[0].lower_) else str(nouns[0].text)


def _no_noun_counted(noun: str) -> bool:
    """Whether a plural ``noun`` is a measure, a sum, a length of time or a round count, no
    noun a count counts ("tons", "dollars", "years", "thousands")."""
    return (
        noun in CURRENCY_WORDS
        or unit_of_time(noun) is not None
        or noun in _ROUND_COUNTS
        or _MEASURED.fullmatch(noun) is not None
    )


def _measure_of_a_round_count(doc: Doc, start: int, end: int) -> Token | None:
    """The unit of measure or of time that "millions of tons", "thousands of acres" or
    "hundreds of years" counts, which makes it a quantity (the unit may lie past the span the
    model gave); None for anything else ("thousands of voters", "millions of dollars")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].lower_ not in _ROUND_COUNTS:
        return None
    unit = span[-1]
    if unit.lower_ in _ROUND_COUNTS and unit.i + 2 < len(doc) and unit.nbor().lower_ == "of":
        unit = unit.nbor(2)
    word = unit.lower_
    if unit.tag_ != "NNS" or word in CURRENCY_WORDS:
        return None
    return unit if _MEASURED.fullmatch(word) or unit_of_time(word) is not None else None


def _noun_of_the_whole(number: Token) -> str | None:
    """The noun a count's whole counts, when the count is a part of it: "won 18 of their 24
    matches" → "matches", as the 24 counts; "1.6 million out of 3.1 million votes" → "votes",
    where the parse hangs "out of" on the verb."""
    of = [c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"]
    out_of = number.doc[number.i + 1 : number.i + 3]
    if out_of.text.lower() == "out of":
        of.append(out_of[-1])
    nouns = [n for p in of for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
    # "of their last six league games": the parse may hang the number on the noun's modifier
    counted = [
        n for n in nouns if any(c.dep_ == "nummod" or _counted_modifier(c) for c in n.children)
    ]
    if counted:
        return str(counted[0].text)
    # "22 of the drones", "14 of their officers": a part of the things the whole is made of,
    # which the part counts too
    things = [n for n in nouns if n.tag_ == "NNS" and any(_names_which(c) for c in n.children)]
    return str(things[0].text) if things else _noun_of_a_whole_told_first(number)


def _names_which(word: Token) -> bool:
    return word.dep_ == "poss" or word.lower_ in ("the", "these", "those")


def _noun_of_a_whole_told_first(number: Token) -> str | None:
    """The plural noun of a whole told before its part, in "of" before the part's verb: "Of
    the 200 workers, 60 (of them) were laid off" and "Of the 200 workers, the firm laid off 60"
    count workers; "of course" and "of the money raised" count nothing."""
    verb = number.head
    if verb.pos_ not in ("VERB", "AUX") or number.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    of = next((c for c in verb.children if c.lower_ == "of" and c.i < number.i), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if whole is None or whole.tag_ != "NNS" or _no_noun_counted(whole.lower_):
        return None
    return str(whole.text)


def _modifier_of_a_plural(noun: Token) -> bool:
    """Whether a singular noun modifies a plural noun after it: "league" of "league games"."""
    return (
        noun.dep_ == "compound"
        and noun.tag_ == "NN"
        and noun.head.i > noun.i
        and noun.head.tag_ == "NNS"
    )


def _counted_modifier(noun: Token) -> bool:
    """Whether a noun's modifier holds the number that counts it: "six league" of "six league
    games", as the parse may hang it."""
    return _modifier_of_a_plural(noun) and any(c.dep_ == "nummod" for c in noun.children)
