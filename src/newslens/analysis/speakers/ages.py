"""The age a story gives someone ("the 34-year-old", "Mark Ellison, 41,"): a later "the
24-year-old" is never someone it gave another age."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.speakers.kinds import _the_aged

if TYPE_CHECKING:
    from newslens.analysis.speakers.phrases import Mention


def age_given(mention: Mention) -> str | None:
    """The age a mention gives its person: 34 of "the 34-year-old", 41 of "Mark Ellison,
    41," (a number set off by commas right after a name); None when it gives none."""
    aged = _the_aged(mention.head)
    if aged is not None:
        return aged[1].text
    doc, after = mention.head.doc, mention.head.i + 1
    if mention.head.pos_ != "PROPN" or after + 2 >= len(doc):
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
