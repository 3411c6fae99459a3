"""Thanking someone tells no words of the speaker's unless it says what for: "thanked the
volunteers" is no quote, "thanked staff for their hard work" still is (see
test_an_act_after_the_quoted_words_is_the_speakers)."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_thanking_someone_alone_is_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Car park opens in Ashford\n\n"
        "The council leader thanked the volunteers. Ms Cole thanked staff at the library on "
        "Friday.\n"
    )
    assert run(analysis_nlp, text).quotes == ()
