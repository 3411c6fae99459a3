"""A surname a father and daughter share, said of "him" after a quote ('"…," Pryce laughs
when this is put to him'), is the father's quote, though the tagger reads the bare surname
as an adjective."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_bare_surname_put_to_him_is_the_father(analysis_nlp: Language) -> None:
    text = (
        "Walter Pryce founded the mill in 1961. His daughter Helen Pryce now runs it.\n\n"
        '"We never planned to sell," she said.\n\n'
        '"It was always going to be hers," Pryce laughs when this is put to him.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Helen Pryce", "Walter Pryce"]
