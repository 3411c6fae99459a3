"""Shares told in words round a number: so many in so many ("one in five", "1,240 per 100,000";
``_is_share`` tells "12 in 20 games", two counts, from them), a fraction the model found as an
ordinal, a date or a number ("by a fifth", "almost a quarter", "the bottom fifth of earners";
not "a fifth time") or left untagged after a verb of change ("fall by a fifth"), the run a part
is of ("four of our last five"), and points that are percentage points ("a swing of 4.5 points"
in a poll, not a score's points)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newslens.analysis.figures.changes import _CHANGE_VERBS
from newslens.analysis.figures.counts import _POPULATIONS, _no_noun_counted
from newslens.analysis.figures.numbers import FRACTIONS, _fraction
from newslens.analysis.figures.patterns import (
    _NUM,
    _SMALL_NUMBERS,
    _SMALL_WORDS,
    _Candidate,
    _opening_on,
    _opening_with,
)
from newslens.analysis.figures.qualifier_words import _strip_qualifier
from newslens.analysis.figures.shared_units import (
    _COMPARED_WITH,
    _SENTENCE_END,
    _per_whole,
    _reached_from,
)
from newslens.analysis.lexicon import word_sections
from newslens.analysis.model import Figure, FigureKind

# "one in five", "three in 10", "12 in 1,000", "eight out of 10", "one of every nine", "1,240
# per 100,000", "5 deaths per 100,000": a share, when what follows is a population (see
# _is_share); a rate per 100,000 is the share it names, as "one in five" is ("number one in 12
# countries" is a place in a ranking).
_SHARE = _opening_on(
    _SMALL_NUMBERS,
    _opening_with(
        r"\dotfsen",
        rf"(?<!number )\b(?:\d+|{_SMALL_WORDS}) (?:(?:in (?:every )?|out of (?:every )?|of every )"
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_SMALL_WORDS}|a (?:hundred|thousand|million|billion))"
        # "eight of 10 voters": a share of ten or a hundred; "one of two men" is one of them
        r"|of (?:10|ten|100|a hundred))\b(?![.,]\d)"
        # "a 1-in-5 chance", "one-in-five adults", "a one-in-100-year flood": the share joined
        # into one word before its noun
        rf"|\b(?:\d+|{_SMALL_WORDS})-in-(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_SMALL_WORDS}"
        r"|a-(?:hundred|thousand|million|billion))\b(?![.,]\d)"
        # "5 deaths per 100,000", "three jobs for every 100", "per 100k": the things counted
        # may stand before "per"
        rf"|(?<![£$€.,])\b(?:{_NUM}|{_SMALL_WORDS})(?: [a-z]+s)? (?:per|for every) "
        r"1(?:00|000|,000|0,000|00,000|,000,000|0k|00k)\b"
        r"(?![.,]\d)",
        re.I,
    ),
)

_POINTS_WORDS = word_sections("figures/points_words.txt")
_SHARE_WORDS = _POINTS_WORDS["share_words"]
_PER_CENT_WORDS = _POINTS_WORDS["per_cent_words"]
_SCORE_WORDS = _POINTS_WORDS["score_words"] | _POINTS_WORDS["scale_words"]
_STANDING_WORDS = _POINTS_WORDS["standing_words"]
# A match's score in the sentence ("beat Italy 9-0"), not a range of points ("8-12 points").
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b(?!\s*(?:percentage\s+)?points?\b)")


def _points_of_a_share(doc: Doc, start: int) -> bool:
    """Whether "points" after the number at ``start`` are percentage points (see
    ``_SHARE_WORDS``): the sentence names a poll, or says nothing of shares or scores and the
    sentence before it names one ("A poll out on Sunday … Labour's lead narrowed to two
    points"), unless a standing in a table or a score in it reads a mere per cent there as no
    poll; a score or a measure on a scale (blood pressure) named in either makes them its
    points."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    lemmas = {t.lemma_.lower() for t in sentence}
    if not lemmas & _SHARE_WORDS and sentence.start > 0:
        before = {t.lemma_.lower() for t in doc[sentence.start - 1].sent}
        if lemmas & _STANDING_WORDS or _SCORE.search(sentence.text):
            # "Ticket sales rose 12 per cent. Rovers hold a three-point lead at the top.": a
            # per cent of something else says nothing of a lead's points, as a poll would.
            before -= _PER_CENT_WORDS
        lemmas |= before
    return bool(lemmas & _SHARE_WORDS) and not lemmas & _SCORE_WORDS


# The word after a share, on its line; "by" right before one (its \b may look further back).
_NEXT_WORD = re.compile(r"[^\S\n]*([A-Za-z]+)")
_BY = re.compile(r"\bby", re.IGNORECASE)  # "Rose By A Quarter" in title case


# "The bottom fifth", "the richest third": a part of a ranked whole, before its share.
_RANKED_PART = re.compile(
    r"\bthe\s+(?:top|bottom|richest|poorest|lowest|highest|wealthiest)\s+$", re.IGNORECASE
)


# The high bound of a range after its low one: "a third| to a half".
_RANGE_TO = re.compile(r"\s+to\s+(.+)")


def _fraction_end(doc: Doc, text: str, start: int, end: int, label: str) -> int | None:
    """Where the fraction ends, if an ordinal, a date or a number the model found is one: "by
    a fifth", "almost a quarter", "a third of voters" (the model's number may leave out its
    "a") — not "for a fifth time" or "in a quarter". ``text`` is ``doc.text``; only the words
    around the figure are read, as this runs for every one."""
    if label not in ("ORDINAL", "DATE", "CARDINAL"):
        return None
    words = _strip_qualifier(text[start:end]).lower()
    bounded = words != text[start:end].lower()  # "almost a quarter"
    # "the bottom fifth of earners" is a share, no place in the ranking
    ranked_part = _RANKED_PART.search(text, max(0, start - 24), start) is not None
    if not words.startswith("a "):
        if text[max(0, start - 2) : start].lower() != "a " and not ranked_part:
            return None
        words = "a " + words
    share = re.match(r"a (\w+)", words)
    if share is None or share.group(1) not in FRACTIONS:
        return None
    # "by a third to a half": a range of shares, which ``range_bounds`` reads whole
    high = _RANGE_TO.fullmatch(words, share.end())
    if high is not None and _fraction(high.group(1)) is not None:
        return None
    # "by a third last year": the model's date may run on past the share.
    end = end - (len(words) - share.end())
    # A headline ends at its line, without a full stop: "Prices drop by a third".
    following = _NEXT_WORD.match(text, end)
    if following is not None and _fraction_names_a_period(doc, following.start(1)):
        return None  # "a fifth time", "a quarter century"
    # "in a quarter of the seats" is a share of them; "in a quarter" alone is a season.
    of_something = following is not None and following.group(1).lower() == "of"
    space = start
    while space > 0 and text[space - 1].isspace():
        space -= 1
    after_by = space < start and _BY.match(text, max(0, space - 2), space) is not None
    if ranked_part and not bounded:
        return end if of_something else None
    return end if bounded or label == "ORDINAL" or of_something or after_by else None


def _fraction_names_a_period(doc: Doc, next_start: int) -> bool:
    """Whether the word at ``next_start``, right after "a fifth", is what the ordinal orders
    ("a fifth time", "a fifth straight time", "a quarter century"), not the start of a phrase of
    its own ("by a quarter since 2016", "by a third last year")."""
    following = doc.char_span(next_start, next_start + 1, alignment_mode="expand")
    if following is None:
        return True
    word = following[0]
    if word.lower_ in ("last", "next"):
        return False
    return word.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


# "by a fifth", "by half": how much something changed, when "by" hangs on a verb of change.
_BY_A_FRACTION = re.compile(
    rf"\bby\s+((?:a\s+)?(?:{'|'.join(sorted(FRACTIONS, key=len, reverse=True))}))\b", re.I
)


def _fractions_changed_by(doc: Doc, text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """Fractions that say by how much a verb of change moved ("Profits fall by a fifth as
    shoppers cut back", "cut by half"), where the model tagged nothing (``taken`` are the
    candidates it gave): read as the share a tagged "by a fifth" is. ``text`` is ``doc.text``."""
    out = []
    for match in _BY_A_FRACTION.finditer(text):
        start, end = match.span(1)
        if any(c.start < end and start < c.end for c in taken):
            continue
        by = doc.char_span(match.start(), match.start() + 2)
        if by is None or by[0].head.lemma_.lower() not in _CHANGE_VERBS:
            continue
        # "by a quarter point", "by half a point": a part of what comes next
        following = _NEXT_WORD.match(text, end)
        part_of_what_follows = following is not None and (
            following.group(1).lower() == "a" or _fraction_names_a_period(doc, following.start(1))
        )
        if not part_of_what_follows:
            out.append(_Candidate(start, end, "CARDINAL"))
    return out


# "lost four of our last five", "won 12 of their past 15": the whole a part is of, a run of
# games or events told by a number alone, which the model leaves untagged where it ends a quote.
_WHOLE_OF_A_RUN = _opening_with(
    r"\d" + "".join(sorted({word[0] for word in _SMALL_NUMBERS})),  # a digit, a number's letter
    rf"\b(?:\d+|{_SMALL_WORDS}) of (?:our|their|its|his|her|my|your|the) "
    rf"(?:last|past|first|next|previous|final|opening) (\d+|{_SMALL_WORDS})\b",
    re.I,
)


def _wholes_of_runs(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """The number of a run a part is of ("four of our last five"), where the model tagged
    nothing (``taken`` are the candidates it gave): a count, as the part is."""
    out = []
    for match in _WHOLE_OF_A_RUN.finditer(text):
        start, end = match.span(1)
        if not any(c.start < end and start < c.end for c in taken):
            out.append(_Candidate(start, end, "CARDINAL"))
    return out


def _rates_compared(text: str, figures: list[Figure]) -> list[Figure]:
    """ "rose to 1,640 per 100,000, up from 1,200", "fell to 9.8 per 1,000 from 14.2": a bare
    count set against a share told per so many, in its sentence, is a share of as many, as
    "from 14.2 to 9.8 per 1,000" is (see ``changes._units_shared``)."""
    out = list(figures)
    rate: Figure | None = None
    for i, figure in enumerate(figures):
        if figure.kind is FigureKind.PERCENT and _per_whole(figure):
            rate = figure
            continue
        if rate is None or _SENTENCE_END.search(text, rate.end, figure.start):
            rate = None
            continue
        whole = _per_whole(rate)
        compared = _COMPARED_WITH.search(
            text, max(0, figure.start - 15), figure.start
        ) or _reached_from(text, rate, figure)
        bare = figure.kind is FigureKind.COUNT and figure.unit is None
        if bare and whole and compared and isinstance(figure.value, float):
            out[i] = replace(figure, kind=FigureKind.PERCENT, value=round(figure.value / whole, 10))
    return out


# "9.8 per 1,000 person-years": a study's rate, over the time its people were followed.
_PERSON_YEARS = re.compile(r"\s(?:person|patient)[- ]years\b", re.IGNORECASE)


def _is_share(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether "X in Y" is a share: Y stands alone ("one in five said") or counts a population,
    or X is one ("one in three trains").

    "12 in 20 games" and "187 in 48 overs" are two counts: goals or runs in games or overs.
    ``text`` is ``doc.text``.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    last = span[-1]
    counts_a_population = (
        last.head.lower_ in _POPULATIONS
        or last.head.ent_type_ == "NORP"
        or _PERSON_YEARS.match(text, end) is not None
    )
    # "up from 365 in 2019": a year without a comma after "in" is when, not out of how many
    # ("one in 2,000" is written with its comma).
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", last.text) and not counts_a_population:
        return False
    # "5 deaths per 100,000" and "412 infections per 100,000" are shares of people, the whole
    # standing alone; "5 cents per 100 grams" no share
    whole_counts_a_noun = last.dep_ == "nummod" and last.head.i >= span.end
    # "12 goals for every 100 shots": things counted for every so many others are a rate, as
    # "per 100,000" is ("12 goals in 100 games" are two counts, "5 cents for every 100" money)
    if " for every " in span.text.lower():
        return not _no_noun_counted(span[1].lower_)
    if (
        span[1].pos_ == "NOUN"
        and span[1].lower_ not in _POPULATIONS
        and whole_counts_a_noun
        and not counts_a_population
    ):
        return False
    if last.dep_ != "nummod" or last.head.i < span.end:
        return True
    if re.fullmatch(r"\S+ (?:out )?of (?:10|ten|100|a hundred)", span.text.lower()):
        # "eight of 10 avocados", "eight out of 10 cats": so many of ten is a share of anything
        # counted
        return True
    # "one in three trains": one of every so many is a share of anything counted; so is "two
    # in five trusts are" as the subject, or read as one number before its noun, where "scored
    # two in five games" makes "two" the verb's object.
    first = span[0]
    subject = first.dep_ in ("nsubj", "nsubjpass") or (
        first.dep_ == "quantmod" and first.head == last
    )
    return counts_a_population or subject or first.lower_ in ("one", "1")
