"""What a speaker says they welcomed, backed or opposed ("The force said it welcomed the
sentence") is the one thing said: the welcome is part of the words, not a second quote; so is
a doubt ("said they doubted either bill would pass")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said


def test_said_it_welcomed_the_sentence_is_one_quote(analysis_nlp: Language) -> None:
    text = "The force said it welcomed the sentence.\n"
    assert said(text, run(analysis_nlp, text)) == [
        ("The force", "said", "it welcomed the sentence")
    ]


def test_said_she_opposed_the_plan_is_one_quote(analysis_nlp: Language) -> None:
    text = "Councillor Ruth Okafor said she opposed the parking plan.\n"
    assert [c for _, c, _ in said(text, run(analysis_nlp, text))] == ["said"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senators said privately they doubted either bill would pass.\n",
            [("Senators", "said", "they doubted either bill would pass")],
        ),
        # near miss: a doubt told on its own is the doubter's words
        (
            "Senators doubted either bill would pass.\n",
            [("Senators", "doubted", "either bill would pass")],
        ),
    ],
)
def test_a_doubt_inside_someones_words_is_part_of_them(
    analysis_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert said(text, run(analysis_nlp, text)) == expected
