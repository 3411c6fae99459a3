"""After a verb of a move, "up to" is the move's "up" and the level it reached, exactly: "the
jobless rate ticked up to 4.4%" is 4.4%, "rent went up to £900 a month" £900, not at most. A
bound stays one: "fines of up to £500", "costs up to £500 per pupil", "could go up to 6%".
Likewise "more than" after a figure compares it with the time since, which it does not bound:
"4% more than a year ago" is a year, exactly ("left more than a year ago" at least a year)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The jobless rate ticked up to 4.4% in May.", "4.4%"),
        ("The rent on the flat went up to £900 a month.", "£900"),
        ("Shares in the miner edged up to 412p by lunchtime.", "412p"),
    ],
)
def test_a_level_moved_up_to_is_exact(nlp: Language, text: str, words: str) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.EXACTLY


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fines of up to £500 apply to drivers who stop there.", "up to £500"),
        ("The scheme costs up to £500 per pupil.", "up to £500"),
        ("Mortgage rates could go up to 6% next year.", "up to 6%"),
    ],
)
def test_up_to_a_bound_is_at_most(nlp: Language, text: str, words: str) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.AT_MOST


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hospitals saw 2.2 million attendances, 4% more than a year ago.", "a year ago"),
        ("Sales were 10% less than two years earlier.", "two years earlier"),
    ],
)
def test_a_comparison_with_the_time_since_bounds_no_time(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].qualifier is Qualifier.EXACTLY


def test_a_time_since_bounded_on_its_own_stays_bounded(nlp: Language) -> None:
    text = "She left the party more than a year ago."
    assert found(nlp, text)["more than a year ago"].qualifier is Qualifier.AT_LEAST
