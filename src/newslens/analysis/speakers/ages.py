"""The age a story gives someone ("the 34-year-old", "Mark Ellison, 41,"): a name given an age
is a person's, a person called by age alone is "the 34-year-old" in full, and a later "the
24-year-old" is never someone it gave another age."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newslens.analysis.speakers.phrases import Mention


def _aged(head: Token) -> bool:
    """Whether a name is given an age: "Jamal Price, 16,", "Ann Cole, 34, a nurse"."""
    return any(
        c.dep_ in ("appos", "amod", "npadvmod") and c.like_num and c.text.isdigit() and len(c) <= 3
        for c in head.rights
    )


# The words of "34-year-old" after its number.
_AGE_WORDS = frozenset(["-", "year", "old"])


def _the_aged(word: Token) -> SpacySpan | None:
    """ "the 34-year-old" around a word of it, a person called by age alone, which the parse
    splits at its hyphens, and with the noun after it: "the 34-year-old singer"."""
    doc = word.doc
    if word.pos_ == "NOUN" and word.i > 0 and doc[word.i - 1].lower_ == "old":
        aged = _the_aged(doc[word.i - 1])
        return None if aged is None else doc[aged.start : word.i + 1]
    if not (word.lower_ in _AGE_WORDS or word.like_num):
        return None  # no word of "34-year-old": most words a mention is asked about
    for start in range(max(1, word.i - 4), word.i + 1):
        words = [t.lower_ for t in doc[start : start + 5]]
        if (
            len(words) == 5
            and doc[start - 1].lower_ == "the"
            and doc[start].like_num
            and words[1:4:2] == ["-", "-"]
            and words[2] == "year"
            and words[4] == "old"
        ):
            return doc[start - 1 : start + 5]
    return None


def age_given(mention: Mention) -> str | None:
    """The age a mention gives its person: 34 of "the 34-year-old", 41 of "Mark Ellison,
    41," or "Grandmother, 82," (a number set off by commas right after a name or a noun); None
    when it gives none."""
    aged = _the_aged(mention.head)
    if aged is not None:
        return aged[1].text
    doc, after = mention.head.doc, mention.head.i + 1
    if mention.head.pos_ not in ("PROPN", "NOUN") or after + 2 >= len(doc):
        return None
    comma, number, closing = doc[after], doc[after + 1], doc[after + 2]
    if comma.text != "," or not number.text.isdigit() or closing.text not in (",", "."):
        return None
    return number.text if 0 < int(number.text) < 120 else None


def by_age(mention: Mention, ages: dict[str, str], candidates: list[Mention]) -> list[Mention]:
    """``candidates`` for whom ``mention`` may stand, as the age it gives sorts them: "the
    52-year-old" is first of all whoever the story gave 52 ("Jane Morton, 52,"), and never
    someone it gave another age. ``ages``: the age given so far of each speaker's key."""
    age = age_given(mention)
    if age is None:
        return candidates
    fitting = [c for c in candidates if ages.get(c.key, age) == age]
    return sorted(fitting, key=lambda c: c.key not in ages)
