"""Two people named each with party and title ("Republican Sen. Tom Harlan and Democratic Sen.
Joe Burke") speak together as "Tom Harlan and Joe Burke", whom a later "Burke" is one of, not
"Tom Harlan and Sen."."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_second_name_is_past_its_title(analysis_nlp: Language) -> None:
    text = (
        "Border bill\n\n"
        "Republican Sen. Tom Harlan and Democratic Sen. Joe Burke said the bill was fair. "
        "Burke said he would vote for it.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Tom Harlan and Joe Burke", "Joe Burke"]
