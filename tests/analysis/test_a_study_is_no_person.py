"""A study, a report or a survey is no person: "according to one of the largest studies of
its kind" is the study's, of no known kind, as "figures show" is the figures'."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_one_of_the_studies_is_no_person(analysis_nlp: Language) -> None:
    text = (
        "Children who read every day sleep better than those who do not, according to one "
        "of the largest surveys of its kind.\n"
    )
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {"one of the largest surveys of its kind": SpeakerKind.UNKNOWN}


def test_one_of_the_officials_is_still_a_person(analysis_nlp: Language) -> None:
    text = "The road will reopen on Monday, according to one of the engineers on site.\n"
    kinds = [s.kind for s in run(analysis_nlp, text).speakers]
    assert kinds == [SpeakerKind.PERSON]
