"""A speaker named before ", of" and the body they belong to is that person, however the body
is described ("said Rhian Tate, of the shopworkers' union Usdaw", which the parse may read with
the union's name for the subject): the body is where they are from, not who speaks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize(
    "words", ["This is a bitter blow for our members", "It is a dark day for our members"]
)
def test_the_person_before_of_speaks(analysis_nlp: Language, words: str) -> None:
    text = (
        "Store closures condemned\n\n"
        "The chain will close two stores in March. "
        f'"{words}," said Rhian Tate, of the shopworkers\' union Usdaw.\n'
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Rhian Tate"]
    assert [(s.name, s.kind.value) for s in result.speakers] == [("Rhian Tate", "person")]
