"""A refusal that refuses only to speak ("declined to comment", "refused to elaborate",
"declined to give details", "declined to comment further") reports no words: it is no quote. A
refusal about something keeps its cue whole and is about that something; a refusal of a thing
with a reason said after it keeps the reason."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said, words


def refusals(analysis_nlp: Language, text: str) -> list[tuple[str | None, str, bool]]:
    return [(q.cue, words(text, q), q.negated) for q in run(analysis_nlp, text).quotes]


def test_declining_to_comment_is_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Fans protest ticket prices\n\n"
        "Hundreds of fans marched to the stadium on Saturday. The club declined to comment.\n\n"
        "A spokeswoman for the league declined to comment on the protest.\n"
    )
    assert refusals(analysis_nlp, text) == []


@pytest.mark.parametrize(
    "refusal",
    [
        "His agent, Mark Lowe, declined to comment when approached by the BBC.",
        "The club declined to comment when contacted.",
        "Her spokesperson declined to comment further when contacted by the BBC.",
    ],
)
def test_declining_to_comment_when_asked_is_no_quote(analysis_nlp: Language, refusal: str) -> None:
    text = "Rovers sign striker\n\nRovers signed Dan Okafor on Monday. " + refusal + "\n"
    assert refusals(analysis_nlp, text) == []


def test_refusing_to_comment_when_asked_something_is_about_it(analysis_nlp: Language) -> None:
    text = (
        "Ferry talks stall\n\n"
        "The harbour master refused to comment when asked whether staff would go.\n"
    )
    assert [c for c, _, _ in refusals(analysis_nlp, text)] == ["refused to comment"]


def test_refusing_to_elaborate_is_no_quote(analysis_nlp: Language) -> None:
    text = "Festival tickets sell out\n\nThe promoter's lawyer refused to elaborate.\n"
    assert refusals(analysis_nlp, text) == []


def test_declining_to_give_details_is_no_quote(analysis_nlp: Language) -> None:
    text = "Ferry talks stall\n\nThe harbour master declined to give details.\n"
    assert refusals(analysis_nlp, text) == []


def test_declining_to_give_details_of_something_is_about_it(analysis_nlp: Language) -> None:
    text = "Ferry talks stall\n\nThe harbour master declined to give details of the offer.\n"
    assert refusals(analysis_nlp, text) == [("declined to give", "details of the offer", True)]


def test_declining_to_comment_further_is_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Festival tickets sell out\n\n"
        "A spokesperson for the promoter declined to comment further.\n"
    )
    assert refusals(analysis_nlp, text) == []


def test_refusing_to_comment_publicly_on_something_is_no_quote(analysis_nlp: Language) -> None:
    text = "Ferry talks stall\n\nThe harbour board refused to comment publicly on the dispute.\n"
    assert refusals(analysis_nlp, text) == []


def test_refusing_to_be_drawn_on_something_is_about_it(analysis_nlp: Language) -> None:
    text = "Crash driver named\n\nThe driver's solicitor refused to be drawn on the sentence.\n"
    assert refusals(analysis_nlp, text) == [("refused to be drawn", "on the sentence", True)]


def test_refusing_to_comment_on_whether_is_about_the_question(analysis_nlp: Language) -> None:
    text = "Ferry talks stall\n\nThe harbour master refused to comment on whether staff would go.\n"
    assert [c for c, _, _ in refusals(analysis_nlp, text)] == ["refused to comment"]


def test_declining_an_offer_keeps_the_reason_given(analysis_nlp: Language) -> None:
    text = (
        "Landlord turns down bid\n\n"
        "Ruth Ames owns the old mill. She declined the offer, saying it was too low.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [("Ruth Ames", "saying", "it was too low")]
