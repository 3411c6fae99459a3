""" "Over" a length of time after a verb of study or of time passing is across the period, not a
bound: "followed 2,000 adults over 15 years" is 15 years exactly (it was "at least"), as "phased
in over five years" is five. "For over 15 years" and "over 2,000 adults" stay at least."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The study followed 2,000 adults over 15 years.", "15 years"),
        ("The new charges will be phased in over five years.", "five years"),
    ],
)
def test_over_a_period_after_a_verb_of_study_is_no_bound(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.EXACTLY


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She has worked at the bakery for over 15 years.", "over 15 years"),
        ("The study recruited over 2,000 adults.", "over 2,000"),
    ],
)
def test_over_a_figure_elsewhere_stays_at_least(nlp: Language, text: str, words: str) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.AT_LEAST
