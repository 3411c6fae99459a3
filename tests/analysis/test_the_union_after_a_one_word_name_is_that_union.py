"""A one-word name that "the union" goes on with in the next sentence is that union, an
organisation, whatever union was named before it: "Aslef said …. A spokesman for the union
said …" is Aslef's spokesman, and "The union said …" Aslef, not "the rail union RMT" quoted
earlier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

_BEFORE = (
    "Rail strike looms\n\n"
    '"Our members have had enough," said Mo Adeyemi, of the rail union RMT.\n\n'
    'Aslef said the offer was "an insult". '
)


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [("A spokesman for the union", "Aslef spokesman"), ("The union", "Aslef")],
)
def test_the_union_after_a_one_word_name(
    analysis_nlp: Language, opening: str, speaker: str
) -> None:
    text = _BEFORE + f"{opening} said drivers would vote next week.\n"
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Mo Adeyemi", "Aslef", speaker]
    kinds = {s.name: s.kind.value for s in result.speakers}
    assert kinds["Aslef"] == "organisation"
