"""A subject "No one" is nobody the story named before, nor a ranking ("No 1"): the speaker
reads "No one" as written, and is not the "one" a later quote is said by. A ranking
in digits or in words after "number" still stands for the player named before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, run_with_text, said


def test_no_one_believing_is_no_one(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Council leader Mark Reid tabled the budget on Tuesday. No one believed the figures "
        "added up.\n",
    )
    assert said(text, result) == [("No one", "believed", "the figures added up")]


def test_no_one_is_not_the_one_quoted_later(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Staff at the depot were told on Monday. No one thought the depot would close.\n\n"
        "\u201cWe found out from the radio,\u201d said one.\n",
    )
    assert [(s.name, s.quote_count) for s in result.speakers] == [("No one", 1), ("one", 1)]


def test_a_ranking_still_names_the_player(analysis_nlp: Language) -> None:
    for rank in ("No 1", "number one"):
        text, result = run_with_text(
            analysis_nlp,
            "Ana Diaz beat Kim Loh in straight sets. \u201cI played my best tennis,\u201d the "
            f"world {rank} said.\n",
        )
        assert [s for s, _, _ in said(text, result)] == ["Ana Diaz"], rank
