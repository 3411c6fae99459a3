"""'When asked about …, the spokesman said …': the spokesman was asked, by someone the story
does not name, and put no question; what he said is his."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def said(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.cue) for q in run(nlp, text).quotes]


def test_when_asked_reports_only_the_answer(analysis_nlp: Language) -> None:
    for opening in ("When asked about the delay", "If asked about the delay"):
        text = f"Delays\n\n{opening}, the spokesman said the firm was working on it.\n"
        assert said(analysis_nlp, text) == [("the spokesman", "said")], opening


def test_someone_named_asking_whether_still_asks(analysis_nlp: Language) -> None:
    text = "Delays\n\nWhen reporters asked whether the delay was over, the spokesman said it was.\n"
    assert said(analysis_nlp, text) == [("reporters", "asked"), ("the spokesman", "said")]
