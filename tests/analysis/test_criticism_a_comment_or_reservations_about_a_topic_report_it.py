"""Criticism for something, a comment about something and reservations or scepticism about
something report that something as someone's words or stance: "faced criticism for failing
to …", "her comment about the nurses", "have reservations about working for …". Whoever has
the reservations, or a plan or a view, holds it. A comment left on a website, criticism on a
day, a booking and no comment at all are no one's words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Hospital trust merger\n\nThe two hospital trusts in Harwick will merge in April.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "reported"),
    [
        (
            "The council has faced sharp criticism for failing to repair the sea wall.",
            None,
            "criticism for",
            "failing to repair the sea wall",
        ),
        (
            "Ruiz, the council leader, spoke on Monday. Her comment about the nurses drew anger.",
            "Ruiz",
            "comment about",
            "the nurses",
        ),
        (
            "Many nurses have had reservations about working for the new trust.",
            "Many nurses",
            "reservations about",
            "working for the new trust",
        ),
        (
            "There is growing scepticism about the value of the merger.",
            None,
            "scepticism about",
            "the value of the merger",
        ),
    ],
)
def test_the_topic_after_the_noun_is_reported(
    analysis_nlp: Language, sentence: str, speaker: str | None, cue: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert (speaker, cue, reported) in said(text, result)


def test_the_one_who_has_a_plan_holds_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}The trust has plans to close two wards.\n")
    assert said(text, result) == [("The trust", "plans", "to close two wards")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz left a comment on the trust's website.",
        "The trust drew criticism on Friday.",
        "The hotel lost our reservations about a week ago.",
        "The town has a long history of flooding.",
        "The trust made no comment about the closure.",
    ],
)
def test_a_comment_placed_a_day_or_a_booking_reports_nothing(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []
