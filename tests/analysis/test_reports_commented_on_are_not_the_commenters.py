"""What someone comments on is no medium of their words: "He did not comment on reports that
a sequel was in development" gives the reports' words to nobody named, never to him. "told
analysts on a call that …" is still said on the call."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Studio chief hails hit\n\nWarren Pike runs Aldwych Pictures.\n\n"


def test_reports_commented_on_are_nobodys_named(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Pike did not comment on reports that a sequel was already in development.\n",
    )
    assert said(text, result) == [(None, "reports", "that a sequel was already in development")]


def test_words_said_on_a_call_are_the_speakers(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Pike told analysts on a call that demand was strong.\n"
    )
    assert said(text, result) == [("Warren Pike", "told", "that demand was strong")]
