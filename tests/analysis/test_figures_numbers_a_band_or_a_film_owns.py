"""A number that is part of a band's or a film's name is no figure: one a name owns by its
possessive ("Ocean's 11"), one after a name the model takes for a date ("Maroon 5"), one glued
to a name by a hyphen ("Blink-182"); a number counting the noun after a possessive still
counts ("the council's 12 members")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("We watched Ocean's 11 on Friday night with the neighbours.", "11"),
        ("She starred in Ocean's 8 before the sequel was shelved.", "8"),
        ("Maroon 5 will headline the harbour festival on Saturday.", "5"),
        ("Fans of Blink-182 queued for hours outside the arena.", "182"),
    ],
)
def test_a_number_in_a_band_or_film_name_is_no_figure(
    nlp: Language, text: str, number: str
) -> None:
    assert not any(number in words for words, _, _, _ in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The council's 12 members voted against the plan.",
            ("12", FigureKind.COUNT, 12.0, "members"),
        ),
        (
            "Britain's 12 biggest banks failed the stress test.",
            ("12", FigureKind.COUNT, 12.0, "banks"),
        ),
    ],
)
def test_a_number_counting_after_a_possessive_stays_a_count(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)
