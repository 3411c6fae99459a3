"""A podcast's or a hearing's transcript stamps each turn with the time it began
("[00:01:18] Mark Hale: …", "00:02:40 Lena Ortiz: …"): the turn is the named speaker's, as an
unstamped "Mark Hale: …" is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


@pytest.mark.parametrize("stamp", ["[{}]", "({})", "{}"])
def test_a_turn_after_its_time_is_the_named_speaker_s(analysis_nlp: Language, stamp: str) -> None:
    turns = [
        ("00:00:12", "Lena Ortiz", "Welcome back to the show about working lives."),
        ("00:00:25", "Mark Hale", "Thanks for having me. Most firms that tried it kept it."),
        ("00:01:10", "Lena Ortiz", "What happened to the output of those firms?"),
        ("00:01:18", "Mark Hale", "Output held steady at 56 of the 61 firms we studied."),
    ]
    lines = "".join(f"{stamp.format(at)} {who}: {words}\n\n" for at, who, words in turns)
    text, result = run_with_text(
        analysis_nlp, f"Is the four-day week here to stay?\n\nAn edited transcript.\n\n{lines}"
    )
    assert [(who, words) for who, _, words in said(text, result)] == [
        (who, words) for _, who, words in turns
    ]
