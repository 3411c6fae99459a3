"""A role written as two words whose last is "master" ("the harbour master", "the station
master") is a person, as "the harbourmaster" is: "he" after it stands for them."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run_with_text, said


def test_he_after_the_harbour_master_is_the_harbour_master(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Harbour fees rise\n\nThe harbour master said fees would rise from April. "
        '"We are reviewing the charges," he said.\n',
    )
    assert [speaker for speaker, _, _ in said(text, result)] == ["The harbour master"] * 2
    assert [s.kind for s in result.speakers] == [SpeakerKind.PERSON]


def test_a_master_plan_is_no_one(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Town centre plan\n\nThe master plan was approved on Monday, the council said.\n",
    )
    assert [speaker for speaker, _, _ in said(text, result)] == ["the council"]
