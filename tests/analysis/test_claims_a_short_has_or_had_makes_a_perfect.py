""" "She's cut the size of the council", "it's been closed since March" and "they'd spent the
money" are perfects, a "has" or "had" written short, as "She has cut …" is; the small model
reads that "'s" as "is" and that "'d" as "would". "He's charged with fraud" and "He's called
that by his staff" stay passives."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "She's cut the size of the council.",
        "The library's been closed since March.",
        "It's been a hard year for the town.",
        "They’ve closed the library.",
    ],
)
def test_a_short_has_makes_a_perfect(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["perfect"] == 1.0


def test_a_short_had_makes_a_perfect_not_a_modal(nlp: Language) -> None:
    features = features_of(nlp, "They'd spent the money by March.")
    assert (features["perfect"], features["can"], features["modal_root"]) == (1.0, 0.0, 0.0)


@pytest.mark.parametrize(
    "text", ["He's charged with fraud.", "He's called that by his staff.", "We'd cut the tax."]
)
def test_a_short_is_or_would_makes_no_perfect(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["perfect"] == 0.0
