""" "One day" as some day ("One day, she hopes…", "will one day lead", "one day last week") is
no figure: it tells no length a reader could check; "lasted one day", "for one day", "one day
later" and "a one-day strike" are lengths of a day. "One morning" measures nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "One day, she hopes, the clinic will reopen its doors.",
        "The thief struck one day last week while the owners were away.",
        "He will one day run the family firm, his father said.",
        "One night in June, the river burst its banks.",
        "One morning, the ferry simply failed to turn up.",
    ],
)
def test_one_day_as_some_day_is_no_figure(nlp: Language, text: str) -> None:
    assert not any(words.lower().startswith("one") for words, _, _, _ in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The strike lasted one day.", "one day"),
        ("The trial was adjourned for one day.", "one day"),
        ("He spent one night in a cell.", "one night"),
        ("Workers will stage a one-day strike on Tuesday.", "one-day"),
        ("He missed one day of school.", "one day"),
    ],
)
def test_one_day_as_a_length_is_a_day(nlp: Language, text: str, words: str) -> None:
    unit = words.split()[-1].split("-")[-1]
    assert (words, FigureKind.QUANTITY, 1.0, unit) in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "One minute we were laughing, the next we were running for cover.",
        "One moment the square was calm, the next it was full of smoke.",
    ],
)
def test_one_minute_as_some_moment_is_no_figure(nlp: Language, text: str) -> None:
    assert not any(words.lower().startswith("one") for words, _, _, _ in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # near misses: a minute measured, and a minute's silence, which lasts one minute
        ("One minute later, the bomb exploded.", "One minute later"),
        ("The crowd held one minute's silence before the match.", "one minute's"),
    ],
)
def test_one_minute_as_a_length_is_a_minute(nlp: Language, text: str, words: str) -> None:
    assert (words, FigureKind.QUANTITY, 1.0, "minute") in facts(nlp, text)


def test_one_in_five_is_still_a_share(nlp: Language) -> None:
    text = "We saw one last year, and one in five fans left early."
    assert facts(nlp, text) == [("one in five", FigureKind.PERCENT, 0.2, None)]
