"""A spokesperson before whom a body is named in full, "of" and all ("a Ministry of Transport
spokeswoman"), is shown as that body's spokesperson by its whole name."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_a_ministry_of_something_spokeswoman(analysis_nlp: Language) -> None:
    text = (
        "Rail fares to rise\n\n"
        "Asked about the rise, a Ministry of Transport spokeswoman said the money would pay "
        "for new trains.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Ministry of Transport spokeswoman"]
