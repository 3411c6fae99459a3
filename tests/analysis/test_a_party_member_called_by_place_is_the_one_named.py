"""A person called by place and party ("the Kentucky Republican", "the New Mexico Democrat") is
the one person of that party named before ("Sen. Tom Harlan, R-Ky."), never one of the other
party; with two of the party named, a speaker of their own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_state_republican_is_the_republican_named(analysis_nlp: Language) -> None:
    text = (
        "Border bill\n\n"
        "Sen. Maria Delgado, D-N.M., said the bill was cruel. Sen. Tom Harlan, R-Ky., said it "
        "was fair. The Kentucky Republican said he would bring it back. The New Mexico Democrat "
        "said she would vote no.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Maria Delgado",
        "Tom Harlan",
        "Tom Harlan",
        "Maria Delgado",
    ]
