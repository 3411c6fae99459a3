""" "As far as I can tell, the plan is late": the hedge says how far the writer's knowledge
goes, and reports no words of its own; a clause someone said around it is still theirs."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Tram line delayed\n\nWork began in the spring.\n\n"


def test_as_far_as_someone_can_tell_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}As far as I can tell, the line is late. The depot, as far as we know, is "
        "finished.\n",
    )
    assert said(text, result) == []
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The mayor said the line, as far as she could tell, was late.\n"
    )
    assert said(text, result) == [
        ("The mayor", "said", "the line, as far as she could tell, was late")
    ]
