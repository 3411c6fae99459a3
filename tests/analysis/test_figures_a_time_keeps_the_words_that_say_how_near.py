"""A clock time keeps the words in front that say how near it something happened, as a count
keeps "nearly": "at about 8:40 p.m." and "around 6am" are approximately that time, "just after
10.30pm" at least and "shortly before 9 a.m." at most; a time told plainly stays exact."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value", "qualifier"),
    [
        (
            "The crash happened at about 8:40 p.m. near the depot.",
            "about 8:40 p.m.",
            "20:40",
            Qualifier.APPROXIMATELY,
        ),
        (
            "The ferry sailed at approximately 7:15am.",
            "approximately 7:15am",
            "07:15",
            Qualifier.APPROXIMATELY,
        ),
        (
            "Crews were called just after 10.30pm on Friday.",
            "just after 10.30pm on Friday",
            "22:30",
            Qualifier.AT_LEAST,
        ),
        ("The shop closed soon after 11pm.", "soon after 11pm", "23:00", Qualifier.AT_LEAST),
        ("The alarm went off just before 6am.", "just before 6am", "06:00", Qualifier.AT_MOST),
        (
            "The water was cut off shortly after midnight.",
            "shortly after midnight",
            "00:00",
            Qualifier.AT_LEAST,
        ),
    ],
)
def test_a_time_is_bounded_by_the_words_in_front(
    nlp: Language, text: str, words: str, value: str, qualifier: Qualifier
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.qualifier) == (FigureKind.TIME, value, qualifier)


def test_a_time_told_plainly_stays_exact(nlp: Language) -> None:
    figure = found(nlp, "The polls close at 10pm tonight.")["10pm"]
    assert figure.qualifier is Qualifier.EXACTLY
