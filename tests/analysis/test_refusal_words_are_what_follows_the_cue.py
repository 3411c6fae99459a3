"""A refusal to speak shows its cue whole ("refused to be drawn", "declined to give"), and
its words are what the refusal is about, not the cue again: "on the penalty", "a date"; refusing
to make something public or known is refusing to give it: "refuses to make public · her tax
returns", "refused to make … public", its cue read round its words, where the text shows the
verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words


def refusals(analysis_nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.cue, words(text, q)) for q in run(analysis_nlp, text).quotes]


def test_refusing_to_be_drawn_is_on_its_topic(analysis_nlp: Language) -> None:
    text = "The head coach refused to be drawn on the red card.\n"
    assert refusals(analysis_nlp, text) == [("refused to be drawn", "on the red card")]


def test_declining_to_give_a_date_is_the_date(analysis_nlp: Language) -> None:
    text = "The council declined to give a date for the reopening.\n"
    assert refusals(analysis_nlp, text) == [("declined to give", "a date for the reopening")]


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (
            "The senator refuses to make public her tax returns.\n",
            ("refuses to make public", "her tax returns"),
        ),
        (
            "The senator refused to make her tax returns public.\n",
            ("refused to make … public", "her tax returns"),
        ),
        (
            "One of the many reasons that Hart refuses to make public his income tax returns "
            "may be that they would show debts.\n",
            ("refuses to make public", "his income tax returns"),
        ),
        (
            "The firm declined to make known the names of its clients.\n",
            ("declined to make known", "the names of its clients"),
        ),
    ],
)
def test_refusing_to_make_something_public_is_what_is_kept_back(
    analysis_nlp: Language, text: str, refused: tuple[str, str]
) -> None:
    assert refusals(analysis_nlp, text) == [refused]


@pytest.mark.parametrize(
    "text",
    [
        "The senator refused to make public appearances during the campaign.\n",
        "The senator refused to make a payment to the club.\n",
    ],
)
def test_refusing_to_make_something_else_reports_nothing(analysis_nlp: Language, text: str) -> None:
    assert refusals(analysis_nlp, text) == []


def test_a_cue_read_round_its_words_shows_its_verb(analysis_nlp: Language) -> None:
    text = "She refused to make her tax returns public.\n"
    quote = run(analysis_nlp, text).quotes[0]
    assert quote.cue_span is not None
    assert text[slice(*quote.cue_span)] == "refused to make"


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (
            "Downing Street declined to rule out raising income tax in the budget.\n",
            ("declined to rule out", "raising income tax in the budget"),
        ),
        (
            "The union refused to rule out further strikes.\n",
            ("refused to rule out", "further strikes"),
        ),
    ],
)
def test_refusing_to_rule_something_out_is_what_is_not_ruled_out(
    analysis_nlp: Language, text: str, refused: tuple[str, str]
) -> None:
    assert refusals(analysis_nlp, text) == [refused]
