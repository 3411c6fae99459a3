"""Speaking about a list of topics ("about housing, her critics and what comes next") names
topics, though the list ends in a clause; speaking about a clause ("about how the talks
failed") still reports it."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def reported(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, text[q.start : q.end]) for q in run(nlp, text).quotes]


def test_a_list_of_topics_ending_in_a_clause_reports_nothing(analysis_nlp: Language) -> None:
    text = (
        "Interview\n\n"
        "Lee spoke to her about housing, her critics and what comes next. The talk lasted "
        "an hour.\n"
    )
    assert reported(analysis_nlp, text) == []


def test_speaking_about_a_clause_still_reports_it(analysis_nlp: Language) -> None:
    text = "Talks\n\nLee talked about how the talks failed.\n"
    assert reported(analysis_nlp, text) == [("Lee", "how the talks failed")]
