"""A description of someone by their family, "mother-of-two", "a father-of-three",
"grandmother-of-five", is no figure a reader checks, as "a retired teacher" is none; the
children counted elsewhere ("her two children") still are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Father-of-three Dev Patel lost his job in the spring.", "three"),
        ("The court heard the mother-of-two Lisa Hart had no previous convictions.", "two"),
        ('"It is a scandal," said grandmother-of-three Rose Baker, 71.', "three"),
    ],
)
def test_a_family_description_is_no_figure(nlp: Language, text: str, number: str) -> None:
    assert not [words for words in found(nlp, text) if number in words.lower()]


def test_children_counted_are_a_figure(nlp: Language) -> None:
    assert found(nlp, "She raised her two children alone.")["two"].value == 2.0
