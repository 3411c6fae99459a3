"""A day the model runs on into an "of" that owns the noun after is the day alone: "video
released on Monday of last week's shooting" is Monday; "on Monday of this week" stays whole."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import facts


def test_the_day_ends_before_the_owner(nlp: Language) -> None:
    text = "Police released video on Monday of last week’s shooting."
    assert [words for words, *_ in facts(nlp, text)] == ["Monday"]


def test_a_day_of_this_week_is_whole(nlp: Language) -> None:
    text = "Just on Monday of this week I signed a tax bill."
    assert [words for words, *_ in facts(nlp, text)] == ["Monday of this week"]
