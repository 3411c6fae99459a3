""" "According to KFF, a health policy research group, premiums would rise": what the commas
set off after the source describes it, and is no part of what it reports; the words' own
subject set off by commas ("the suspect, 45,") and a time ("this year,") still are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, words

HEAD = "Premiums set to rise\n\nMillions face higher bills next year.\n\n"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "According to KFF, a health policy research group, average premiums would rise "
            "by 75% if the subsidies lapse.",
            "average premiums would rise by 75% if the subsidies lapse",
        ),
        (
            "According to Ofsted, the schools watchdog, four in ten schools were rated good.",
            "four in ten schools were rated good",
        ),
        (
            "According to police, the suspect, who is 45, fled the scene.",
            "the suspect, who is 45, fled the scene",
        ),
        (
            "According to the survey, this year, wages rose faster than prices.",
            "this year, wages rose faster than prices",
        ),
        (
            "According to the ministry, the new rules, the first in a decade, have cut costs.",
            "the new rules, the first in a decade, have cut costs",
        ),
    ],
)
def test_a_description_of_the_source_is_not_its_words(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [words(text, q) for q in result.quotes] == [reported]
