""" "Strikes killed 27 people, according to the health ministry, as mediators struggled to
revive talks": the clause after the source that sets the scene ("as …", "amid …") is the
reporter's, not the ministry's. Before the source, or with no comma, it is the source's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Strikes kill 27\n\nAir strikes hit the south overnight.\n\n"


def test_an_as_clause_after_the_source_is_not_its_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}The strikes killed at least 27 people, according to the health ministry, as "
        "mediators struggled to revive talks on a ceasefire.\n",
    )
    assert said(text, result) == [
        ("health ministry", "according", "The strikes killed at least 27 people")
    ]


def test_amid_after_the_source_is_not_its_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Food prices rose 9% in March, according to the statistics office, amid fears "
        "of a wider war.\n",
    )
    assert [w for _, _, w in said(text, result)] == ["Food prices rose 9% in March"]


def test_an_as_clause_before_the_source_is_its_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}According to the ministry, prices rose as food costs climbed.\n",
    )
    assert [w for _, _, w in said(text, result)] == ["prices rose as food costs climbed"]
