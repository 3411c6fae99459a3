"""An ordinal used as an adverb that ranks nothing ("at first", "first of all", "we were second
best", "put the patient first") or in an idiom ("for the first time", "the first thing", "in the
first place", someone's "first day at work") is no figure, nor is the office of "First
Minister John Swinney", nor "the first" standing for a quarter or a half just named ("in the
second quarter, slowing from 4.6% in the first"); a place in a race or a table, a round, a
minute, "the first time since 2016", "the first day of the trial" and "the first minister to
resign" are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "At first the plan looked simple.",
        "First of all, the rules must change.",
        "City were second best for most of the game.",
        "The new rules put the patient first.",
        "For the first time, the ferry ran late.",
        "It was the first time she had voted.",
        "The first thing to say is that the ferry ran.",
        "In the first place, the council never asked.",
        "It was his first day at work.",
        "She lost her first job within a month.",
        "First Minister John Swinney urged calm.",
        "First minister urges people to stay at home",
        "The economy grew 3.1% in the second quarter, slowing from 4.6% in the first.",
        "Profits rose in the second half after falling in the first.",
    ],
)
def test_an_ordinal_that_ranks_nothing_is_no_figure(nlp: Language, text: str) -> None:
    assert not [
        words for words in found(nlp, text) if words.lower().split()[0] in ("first", "second")
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She finished second in the final.", "second"),
        ("United lie fifth in the table.", "fifth"),
        ("The region is now third in wage growth.", "third"),
        ("Its schools are first, its hospitals second.", "first"),
        ("They went out in the third round.", "third"),
        ("It was the first time since 2016.", "first time"),
        ("It is now the second-largest port.", "second"),
        ("The ferry ran late for the first time in 20 years.", "first time"),
        ("She took first place in the final.", "first"),
        ("It was the second time this season.", "second time"),
        ("Sales rose in the first quarter.", "the first quarter"),
        ("He set out his plans for the first 100 days.", "the first 100 days"),
        ("They lost in the first-round match.", "first"),
        ("She spoke on the first day of the trial.", "the first day"),
        ("She was the first minister to resign over the row.", "first"),
        ("She won the second race and lost the first.", "first"),
    ],
)
def test_an_ordinal_that_ranks_stays(nlp: Language, text: str, words: str) -> None:
    assert words in found(nlp, text)
