""" "Strikes killed 27 people, according to the health ministry, as mediators struggled to
revive talks": the clause after the source that sets the scene ("as …", "amid …") is the
reporter's, not the ministry's. Before the source, or with no comma, it is the source's; so is
a sentence before it, but for the reporter's lead-in before a colon ("The reason is simple:")."""

from __future__ import annotations

import pytest
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
        ("health ministry", "according to", "The strikes killed at least 27 people")
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


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The reason is simple: wages rose faster than prices, according to the ONS.",
            "wages rose faster than prices",
        ),
        (
            "Wages rose faster than prices, according to the ONS.",
            "Wages rose faster than prices",
        ),
    ],
)
def test_a_lead_in_before_a_colon_is_not_the_sources_words(
    analysis_nlp: Language, sentence: str, found: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [w for _, _, w in said(text, result)] == [found]
