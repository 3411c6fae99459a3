"""Fractions and powers set as one character: "2½ miles" is 2.5 miles (not 2), "½ a mile" 0.5
mile, "¾ of voters" the share 0.75; "10²" is 100 and "10⁶" a million, while "km²" stays the
unit. A superscript after a number with its thousands, a scale or a year is a footnote's mark,
no part of the figure ("£2.3bn¹" is £2.3bn, "from 2026³" the year); after any other small
number ("5²") it may be either, and the figure has no value rather than a wrong one."""

from __future__ import annotations

from spacy.language import Language

from .helpers import facts, found

WALK = (
    "The new path is 2½ miles long and the walk takes 1½ hours. Residents once walked ½ a mile"
    " to the nearest bus stop. Fares rose 5½ per cent, to $12½ a ticket.\n"
)
POLL = "About ¾ of voters backed the path, and ¼ opposed it.\n"
SCIENCE = "Each sample held 10⁶ cells, and the lab covers 10² square metres of a 40 km² campus.\n"
REPORT = "The plan will cost £2.3bn¹ and serve 52,000² people from 2026³.\n"


def test_a_fraction_after_a_number_is_its_decimal_part(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, WALK)
    assert (figures["2½ miles"].value, figures["2½ miles"].unit) == (2.5, "miles")
    assert (figures["1½ hours"].value, figures["1½ hours"].unit) == (1.5, "hours")
    assert figures["5½ per cent"].value == 0.055
    assert (figures["$12½"].value, figures["$12½"].unit) == (12.5, "USD")


def test_a_fraction_alone_is_found(analysis_nlp: Language) -> None:
    walk = found(analysis_nlp, WALK)
    assert (walk["½ a mile"].kind.value, walk["½ a mile"].value, walk["½ a mile"].unit) == (
        "quantity",
        0.5,
        "mile",
    )
    poll = facts(analysis_nlp, POLL)
    assert [(kind.value, value) for _, kind, value, _ in poll] == [
        ("percent", 0.75),
        ("percent", 0.25),
    ]


def test_a_power_of_ten_is_its_value(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, SCIENCE)
    assert figures["10⁶"].value == 1_000_000
    assert figures["10² square metres"].value == 100
    assert (figures["40 km²"].value, figures["40 km²"].unit) == (40, "km²")


def test_a_footnotes_mark_is_no_part_of_the_value(analysis_nlp: Language) -> None:
    figures = [(words, kind.value, value) for words, kind, value, _ in facts(analysis_nlp, REPORT)]
    assert figures == [
        ("£2.3bn", "money", 2_300_000_000),
        ("52,000", "count", 52000),
        ("2026", "date", "2026"),
    ]


def test_a_small_number_with_a_superscript_has_no_wrong_value(analysis_nlp: Language) -> None:
    figures = facts(analysis_nlp, "The grid was 5² cells wide.\n")
    assert all(value not in (5, 52) for _, _, value, _ in figures)
