"""Seeing or hearing something happen ("saw the visitors score", "heard her scream") is
witnessing an event, not saying or believing anything; seeing a thing as something ("sees
the plan as a mistake") or seeing what will come ("sees rates rising") is a view, and
reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def cues(analysis_nlp: Language, text: str) -> list[str | None]:
    return [q.cue for q in run(analysis_nlp, text).quotes]


def test_a_crowd_that_saw_a_side_score_reports_nothing(analysis_nlp: Language) -> None:
    text = "A crowd of 18,250 saw the visitors score twice in the last ten minutes.\n"
    assert cues(analysis_nlp, text) == []


def test_neighbours_who_heard_a_scream_report_nothing(analysis_nlp: Language) -> None:
    text = "Neighbours heard her scream for help shortly after midnight.\n"
    assert cues(analysis_nlp, text) == []


def test_seeing_what_is_coming_is_a_view(analysis_nlp: Language) -> None:
    text = "Analysts see the bank raising rates in June.\n"
    assert cues(analysis_nlp, text) == ["see"]


def test_seeing_that_something_is_so_is_a_view(analysis_nlp: Language) -> None:
    text = "The minister saw that the scheme had failed.\n"
    assert cues(analysis_nlp, text) == ["saw"]


def test_hearing_what_others_said_is_reported(analysis_nlp: Language) -> None:
    text = "The mayor heard the bridge had been closed again.\n"
    assert cues(analysis_nlp, text) == ["heard"]
