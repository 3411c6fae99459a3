"""A refusal that refuses only to speak ("declined to comment", "refused to elaborate",
"declined to give details", "declined to comment further") shows the refusing verb as its cue
and the refusal as its words, not the same words twice; a refusal about something keeps its cue
whole."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def refusals(analysis_nlp: Language, text: str) -> list[tuple[str | None, str, bool]]:
    return [(q.cue, words(text, q), q.negated) for q in run(analysis_nlp, text).quotes]


def test_declining_to_comment_is_cued_by_declining(analysis_nlp: Language) -> None:
    text = "Festival tickets sell out\n\nA spokesperson for the promoter declined to comment.\n"
    assert refusals(analysis_nlp, text) == [("declined", "to comment", True)]


def test_refusing_to_elaborate_is_cued_by_refusing(analysis_nlp: Language) -> None:
    text = "Festival tickets sell out\n\nThe promoter's lawyer refused to elaborate.\n"
    assert refusals(analysis_nlp, text) == [("refused", "to elaborate", True)]


def test_declining_to_give_details_is_cued_by_declining(analysis_nlp: Language) -> None:
    text = "Ferry talks stall\n\nThe harbour master declined to give details.\n"
    assert refusals(analysis_nlp, text) == [("declined", "to give details", True)]


def test_declining_to_give_details_of_something_is_about_it(analysis_nlp: Language) -> None:
    text = "Ferry talks stall\n\nThe harbour master declined to give details of the offer.\n"
    assert refusals(analysis_nlp, text) == [("declined to give", "details of the offer", True)]


def test_declining_to_comment_further_is_a_refusal_to_speak(analysis_nlp: Language) -> None:
    text = "Festival tickets sell out\n\nA spokesperson for the promoter declined to comment further.\n"
    assert refusals(analysis_nlp, text) == [("declined", "to comment further", True)]


def test_refusing_to_comment_publicly_on_something_is_a_refusal_to_speak(
    analysis_nlp: Language,
) -> None:
    text = "Ferry talks stall\n\nThe harbour board refused to comment publicly on the dispute.\n"
    assert refusals(analysis_nlp, text) == [("refused", "to comment publicly on the dispute", True)]


def test_refusing_to_comment_on_something_is_a_refusal_to_speak(analysis_nlp: Language) -> None:
    text = "Crash driver named\n\nThe driver's solicitor refused to comment on the case.\n"
    assert refusals(analysis_nlp, text) == [("refused", "to comment on the case", True)]


def test_refusing_to_be_drawn_on_something_is_about_it(analysis_nlp: Language) -> None:
    text = "Crash driver named\n\nThe driver's solicitor refused to be drawn on the sentence.\n"
    assert refusals(analysis_nlp, text) == [("refused to be drawn", "on the sentence", True)]


def test_refusing_to_comment_on_whether_is_about_the_question(analysis_nlp: Language) -> None:
    text = "Ferry talks stall\n\nThe harbour master refused to comment on whether staff would go.\n"
    assert [c for c, _, _ in refusals(analysis_nlp, text)] == ["refused to comment"]
