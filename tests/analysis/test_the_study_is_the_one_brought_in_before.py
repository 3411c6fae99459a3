"""A story that brings in "a new study" and goes on with "the study found" has one study
speaking, as does a headline's "study finds"; two studies the story tells apart stay two."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_study_and_the_headline_are_the_new_study(analysis_nlp: Language) -> None:
    text = (
        "Daily walk cuts heart risk, study finds\n\n"
        "Walking every day could lower the risk of heart disease, according to a new "
        "study. The study found no difference between fast and slow walkers.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["a new study"] * 3
    assert [s.name for s in result.speakers] == ["a new study"]


def test_a_person_after_the_study_is_still_themselves(analysis_nlp: Language) -> None:
    text = (
        "Walking\n\n"
        "Walking every day could lower the risk of heart disease, according to a new "
        "study. Dr Anna Petrova said the results were encouraging. The study found no "
        "difference between fast and slow walkers.\n"
    )
    speakers = [q.speaker for q in run(analysis_nlp, text).quotes]
    assert speakers == ["a new study", "Anna Petrova", "a new study"]
