"""A season of a named year is a date. Spring and autumn lie inside their year in either
hemisphere, so "spring 2023" is valued "2023", as "late 2014" is "2014"; a summer or a winter
may run over the new year (a southern summer, a northern winter) and keeps no value; "winter
2021-22" is the two years it spans."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The new bridge is due to open in spring 2026, the council said.", "spring 2026", "2026"),
        (
            "Rents rose sharply in the autumn of 2019 across the region.",
            "the autumn of 2019",
            "2019",
        ),
        (
            "The orchard was replanted in the spring of 2021 after the floods.",
            "the spring of 2021",
            "2021",
        ),
    ],
)
def test_a_spring_or_an_autumn_of_a_year_is_that_year(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert (words, FigureKind.DATE, value, None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The museum reopened in summer 2022 after a long refit.", "summer 2022"),
        ("Ferries were cancelled often in winter 2019, the operator said.", "winter 2019"),
    ],
)
def test_a_summer_or_a_winter_of_a_year_is_a_date_with_no_value(
    nlp: Language, text: str, words: str
) -> None:
    found = {f[0]: f for f in facts(nlp, text)}
    assert found[words][1:3] == (FigureKind.DATE, None)
