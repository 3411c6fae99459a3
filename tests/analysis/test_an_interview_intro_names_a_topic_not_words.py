"""A Q&A's intro that says what the interview was about ("We spoke to her about what the
council should do", "She talked to us about how …") reports nobody's words: the interviewee's
words are the answers that follow. A story's "he spoke to reporters about …" is no intro."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def _interview(intro: str) -> str:
    return (
        "'The buses come first': the new mayor on her first year\n\n"
        f"Anne Fisher was elected mayor of Aldermouth in May. {intro}\n\n"
        "Q: What is your first priority?\n\n"
        "A: The buses. Half the routes were cut in ten years.\n\n"
        "Q: And housing?\n\n"
        "A: That comes next, and I have asked officers for a plan.\n"
    )


def test_the_writer_speaking_to_her_about_a_topic_is_no_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, _interview("We spoke to her about what the council should do next.")
    )
    assert not [words for _, cue, words in said(text, result) if cue == "spoke"]
    assert {speaker for speaker, _, _ in said(text, result)} == {"Anne Fisher"}


def test_her_talking_to_us_about_a_topic_is_no_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, _interview("She talked to us about how the town could be run better.")
    )
    assert not [words for _, cue, words in said(text, result) if cue == "talked"]
