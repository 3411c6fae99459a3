"""Numbers speech uses that count nothing: a speaker counting their points ("Number two, we
must …", "one, his temper, and two, his words"), a "one" that picks out someone or is set
against another ("said one woman", "from one town to another"), a short while told with "a"
("just a second"), and "one day" that means some day."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures.patterns import _PARTS_OF_A_DAY, _opening_with
from newslens.analysis.figures.qualifier_words import _QUALIFIER_OF
from newslens.analysis.figures.units import DURATIONS
from newslens.analysis.lexicon import lexicon

# A speaker counting their points, the count opening its clause and set off from it: "Number
# one, we must …", "And number three: …", "Number two is to cut spending", "Number 2, we …"; not
# "the number one issue", "is still number one" (a rank) or "Number Ten said", "Number 10, which
# …" (Downing Street, a name: in digits, only points one to nine are counted).
_POINT_COUNTED = (
    r"(?:(?<![^\n(\"“‘])|(?<=[.!?;:,-] )|(?<=[.!?,][\"”’] )"
    + "".join(
        rf"|(?<=\b{word} )" for word in ("and", "And", "but", "But", "so", "So", "well", "Well")
    )
    + r")(?i:number\s(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9](?![\d.,]\d)))\b"
    r"(?=\s*(?:[,:;—–]|--|-\s|is\b))"
)
_POINTS_COUNTED = _opening_with("nN", _POINT_COUNTED)


# A speaker counting points by bare numbers, each opening its clause and set off by a comma or
# a colon: "his worry is, one, his temper, and two, his words", "One: we cut taxes. Two: we
# …".
_BARE_POINT = _opening_with(
    "otfOTF",
    r"(?:(?<![^\n(\"“‘])|(?<=[.!?;:,—] )|(?<=\band )|(?<=\bAnd ))"
    r"(?i:(one|two|three|four|five))(?=[,:] )",
)
_IN_ORDER = ("one", "two", "three", "four", "five")
# How far apart two points may be, and the words that make them two points, not "one, two,
# three" counted out.
_POINTS_REACH = 300
_WORDS_BETWEEN = re.compile(r"[A-Za-z]{2,}[^A-Za-z]+[A-Za-z]{2,}")


def counted_points(text: str) -> list[tuple[int, int]]:
    """Where a speaker counts their points in ``text``: "Number two" of "Number two, we must …",
    and the bare numbers of "one, his temper, and two, his words", which count points
    only in order, each with words between it and the next."""
    points = [m.span() for m in _POINTS_COUNTED.finditer(text)] if "umber" in text else []
    bare = list(_BARE_POINT.finditer(text))
    in_order: set[tuple[int, int]] = set()
    for first, then in pairwise(bare):
        following = _IN_ORDER.index(first[1].lower()) + 1
        if (
            following < len(_IN_ORDER)
            and then[1].lower() == _IN_ORDER[following]
            and then.start() - first.end() <= _POINTS_REACH
            and _WORDS_BETWEEN.search(text, first.end(), then.start())
        ):
            in_order |= {first.span(), then.span()}
    return sorted(points + list(in_order))


def _a_second_of_time(doc: Doc, ent: Span) -> bool:
    """Whether the model's ordinal "second" is the unit of time of "a second" ("wait a
    second", "back in a second", "finished a second behind", "a second quicker"), ranking no
    noun ("a second term", "a second left-back", "a second larger study")."""
    if not (
        len(ent) == 1
        and ent[0].lower_ == "second"
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "a"
    ):
        return False
    return ent[0].dep_ in ("pobj", "npadvmod") or _measures(doc, ent.end)


def _a_moment_without_its_a(doc: Doc, ent: Span) -> bool:
    """Whether the model's time is a short length's unit alone, its "a" left out ("a minute's
    silence" tagged "minute")."""
    return (
        len(ent) == 1
        and ent[0].lower_ in _MOMENTS
        and ent.start > 0
        and doc[ent.start - 1].lower_ in ("a", "an")
    )


# Lengths that speech gives for a short while, with "a" and no number: "just a minute", "wait
# a second", "in a minute", "a moment".
_MOMENTS = frozenset(["second", "minute", "moment", "sec"])
_MERELY = frozenset(["just", "only"])
# Words that measure "a minute" after all: "a minute later", "a minute's silence", "a second
# behind the winner", "within a minute", "less than a minute", "about a minute".
_MEASURED_AFTER = frozenset(
    [
        *("later", "earlier", "after", "before", "into", "left", "remaining", "behind", "ahead"),
        *("clear", "ago", "long", "of", "'s", "’s"),
    ]
)
_MEASURED_BEFORE = frozenset(["within", "inside", "than", "by"])


def _a_figure_of_speech(doc: Doc, ent: Span) -> bool:
    """Whether a time is a short while told as "a second", "a minute" or "a moment" (after
    "just" or "only" too), no length a reader could check, unless words round it measure it."""
    words = ent[1:] if ent[0].lower_ in _MERELY else ent
    return _told_with_a(words) and not _measured(doc, ent)


def _a_moment_measured(doc: Doc, ent: Span) -> bool:
    """Whether "a second", "a minute" is a length the words round it measure ("a second
    behind the winner", "a minute's silence"), no rate's period ("£2 a minute")."""
    return _told_with_a(ent) and _measured(doc, ent)


def _told_with_a(words: Span) -> bool:
    return len(words) == 2 and words[0].lower_ in ("a", "an") and words[1].lower_ in _MOMENTS


def _measured(doc: Doc, ent: Span) -> bool:
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return _measures(doc, ent.end) or before in _MEASURED_BEFORE or before in _QUALIFIER_OF


def _measures(doc: Doc, i: int) -> bool:
    """Whether the word at ``i``, after "a second" or "a minute", measures it: "a second
    behind", "a minute's silence", "a second quicker"; not what a rank orders ("a second
    left-back", "a second larger study", "a second more powerful blast")."""
    if i >= len(doc):
        return False
    after = doc[i]
    past = doc[i + 1] if i + 1 < len(doc) else None
    if past is not None and past.text in _DASHES:
        return False
    if after.tag_ in ("JJR", "RBR") and after.lower_ not in ("more", "less"):
        return past is None or past.pos_ != "NOUN"
    return after.lower_ in _MEASURED_AFTER


_DASHES = ("-", "–", "—", "--")


# Words a hyphen joins to "one" in an adjective that names a kind, not a count.
_KINDS_AFTER_ONE = {"on", "off", "time", "way", "sided", "stop"}
# "at one point" is once and "by one estimate" someone's, no count of points or estimates.
_UNNAMED_AFTER = {
    "at": frozenset(["point", "stage", "time", "moment"]),
    "by": frozenset(["estimate", "account", "measure", "reckoning"]),
}


def _counts_one(doc: Doc, one: Token) -> bool:
    """Whether "one" counts: "one person died", "finished one short of the record"; not "the
    one man who matters" (the only one), "said one woman" (someone unnamed), the pronoun of
    "one of them", "one way or the other", "one-on-one", a kind named with a hyphen ("a
    one-off payment", "a one-way ticket"), nor the first number of a fraction the model cut
    ("one-twelfth"), nor a time or a source left unnamed ("at one point", "by one estimate"),
    nor "one hell of a game"."""
    after = doc[one.i + 1 : one.i + 3]
    glued = len(after) == 2 and after[0].text == "-" and not one.whitespace_
    if [t.lower_ for t in after] == ["way", "or"] or (
        glued and (after[1].like_num or after[1].lower_ in _KINDS_AFTER_ONE)
    ):
        return False
    if [t.lower_ for t in after] in (["hell", "of"], ["heck", "of"]):
        return False  # "one hell of a game" says how good, and counts nothing
    before = doc[one.i - 1].lower_ if one.i > 0 else ""
    if after and after[0].lower_ in _UNNAMED_AFTER.get(before, ()):
        return False
    if any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in one.children):
        return True  # how far short: "one short", "one shy of"
    if _one_against_another(one):
        return False
    return (
        one.dep_ == "nummod"
        and not (one.i > 0 and doc[one.i - 1].lower_ == "the")
        and not _picks_out_a_speaker(one)
    )


# Words that set "another" against a "one" before it: "one way or another", "from one town to
# another", "pit one group against another", "one crisis after another".
_SET_AGAINST = frozenset(["or", "to", "against", "after"])


def _one_against_another(one: Token) -> bool:
    """Whether "one" is set against "another" or "the other" after it, any one of many rather
    than a count: "from one town to another", "one side or the other"; "one man died and another
    was hurt" counts."""
    doc = one.doc
    for t in doc[one.i + 1 : one.sent.end]:
        if t.lower_ not in ("another", "other") or t.dep_ in ("det", "amod"):
            continue  # "to another town" names a second thing
        before = doc[t.i - 1]
        if t.lower_ == "other":
            if before.lower_ != "the" or t.i - 2 <= one.i:
                continue
            before = doc[t.i - 2]
        if before.lower_ in _SET_AGAINST:
            return True
    return False


def _picks_out_a_speaker(one: Token) -> bool:
    """Whether "one" picks out someone unnamed whose words are reported ("said one woman",
    "one resident told the BBC") rather than saying how many: the noun it goes with is the
    subject of a reporting verb; "only one voter said yes" still counts."""
    speaker = one.head
    return (
        speaker.tag_ == "NN"
        and speaker.dep_ == "nsubj"
        and speaker.head.lemma_.lower() in lexicon()
        and not any(c.dep_ == "advmod" for c in one.children)
    )


# Verbs (lemmas) whose "one day" is how long something goes on: "lasted one day", "spent one
# night in a cell", "could take one day".
_LENGTH_VERBS = {"last", "take", "spend", "stay", "wait", "remain", "need", "serve", "lose", "miss"}
# Words after "one day" that measure from it ("one day later", "one day of trade", "one day a
# week"), and those that place it in a period ("one day last week").
_AFTER_A_LENGTH = {"later", "earlier", "after", "before", "ago", "long", "of", "a", "per", "more"}
_AFTER_SOME_DAY = {"last", "this", "next", "that"}
# "One minute we were laughing, the next…", "one moment": a moment, as "one day" is some day.
_MOMENTS = frozenset(["minute", "moment", "second"])
_PARTS_OF_A_DAY_OR_MOMENTS = _PARTS_OF_A_DAY | _MOMENTS


def _means_some_day(doc: Doc, ent: Span) -> bool:
    """Whether "one day" (or "one night", "one morning", "one minute") means some day or some
    moment, a time the story leaves untold rather than a length: "One day, she hopes…", "will
    one day lead the party", "struck one day last week", "One minute we were laughing";
    "lasted one day", "for one day", "one day later" and "a one-day strike" are lengths."""
    if len(ent) > 2 and all(t.pos_ in ("ADP", "ADV") for t in ent[:-2]):
        ent = ent[-2:]  # "never about one afternoon": the model took in the word before
    elif len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in _MOMENTS:
        ent = doc[ent.start : ent.end + 1]  # "One moment the square was calm": "one" alone
    if len(ent) != 2 or ent[0].lower_ != "one" or ent[1].lower_ not in _PARTS_OF_A_DAY_OR_MOMENTS:
        return False
    noun = ent[1]
    if noun.lower_ not in DURATIONS:
        return True  # "one morning" measures nothing
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.tag_ in ("MD", "TO"):
        return True  # "will one day", "hopes to one day"
    if after is not None and after.lower_ in _AFTER_SOME_DAY:
        return True
    if after is not None and after.lower_ in _AFTER_A_LENGTH:
        return False
    if before is not None and (before.pos_ == "ADP" or before.lower_ in ("just", "only", "than")):
        return False
    # "One minute we were laughing": a moment told of what was done in it, not "one minute
    # faster", which measures by how much
    told_of = noun.lower_ in _PARTS_OF_A_DAY or noun.head.pos_ in ("VERB", "AUX")
    return noun.dep_ == "npadvmod" and told_of and noun.head.lemma_ not in _LENGTH_VERBS
