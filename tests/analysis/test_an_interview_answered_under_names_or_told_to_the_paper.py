"""A Q&A may print its questions under "Q:" and each answer under the name of who answers
("HOLT: …") with no "A:": it is an interview all the same, so what a question says "you" did
is the interviewee's. An intro may name the paper rather than "us" as the one spoken to ("She
talked to the Courier about the floods"): the plain paragraphs under its questions are her
answers, and what an answer reports of no one named ("no plans to leave") is no quote of its
own."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run_with_text, said

HARBOUR = (
    "Ten minutes with the harbour master\n\n"
    "Dana Holt has run Porthleven harbour for twelve years. We spoke to her about the storms.\n\n"
    "Q: How bad was last winter?\n\n"
    "HOLT: The worst I have seen. We lost two pontoons in one night.\n\n"
    "Q: You said in March that the harbour could close. Do you still think so?\n\n"
    "HOLT: I do. Without the money the boats will go elsewhere.\n"
)

BAKER = (
    "The baker who kept the village going\n\n"
    "Mira Patel opened her bakery in Aldbourne in 2009. She talked to the Courier about the "
    "floods.\n\n"
    "When did the water reach you?\n\n"
    "I saw the river rising on the Sunday night. By four in the morning it was at the door.\n\n"
    "Did anyone help you?\n\n"
    "My neighbours came before the fire brigade did. We carried sacks for three hours.\n\n"
    "Will you stay?\n\n"
    "I will. I have no plans to leave.\n"
)


def test_what_a_q_says_you_did_is_the_named_answerers(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, HARBOUR)
    assert [(s, w) for s, cue, w in said(text, result) if cue == "said"] == [
        ("Dana Holt", "that the harbour could close")
    ]
    answers = [w for s, cue, w in said(text, result) if cue == ":"]
    assert answers == [
        "The worst I have seen. We lost two pontoons in one night.",
        "I do. Without the money the boats will go elsewhere.",
    ]


def test_an_intro_naming_the_paper_opens_an_interview(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, BAKER)
    answers = [(q.speaker, q.kind, text[q.start : q.end]) for q in result.quotes if q.cue is None]
    assert answers == [
        (
            "Mira Patel",
            QuoteKind.DIRECT,
            "I saw the river rising on the Sunday night. By four in the morning it was at the door.",
        ),
        (
            "Mira Patel",
            QuoteKind.DIRECT,
            "My neighbours came before the fire brigade did. We carried sacks for three hours.",
        ),
        ("Mira Patel", QuoteKind.DIRECT, "I will. I have no plans to leave."),
    ]
    assert len(result.quotes) == 3
    assert not any(w.startswith("the floods") for _, _, w in said(text, result))
