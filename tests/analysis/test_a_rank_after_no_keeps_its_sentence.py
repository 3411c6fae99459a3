""" "No." before a rank's number ("the world No. 1", "the no. 4 seed") goes on with the
sentence: the quote ends at its closing mark and the ranked player is its speaker. A year after
a "no." that answers starts a sentence of its own, as before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_a_quote_of_the_world_no_1_is_theirs(analysis_nlp: Language) -> None:
    for rank in ("No. 1", "no. 1"):
        text, result = run_with_text(
            analysis_nlp,
            f'Title retained\n\n"I served better than I have all year," the world {rank} said.\n',
        )
        assert said(text, result) == [
            (f"the world {rank}", "said", '"I served better than I have all year,"')
        ], rank


def test_a_report_about_a_ranked_player_keeps_its_speaker(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Title retained\n\nHer coach said she had beaten the No. 4 seed without dropping a set.\n",
    )
    assert said(text, result) == [
        ("Her coach", "said", "she had beaten the No. 4 seed without dropping a set")
    ]


def test_a_year_after_an_answer_of_no_starts_a_sentence(analysis_nlp: Language) -> None:
    text = "Fares\n\nRiders asked for a freeze. The answer was no. 2027 will bring a rise.\n"
    sentences = [s.text.strip() for s in analysis_nlp(text).sents]
    assert sentences[-1] == "2027 will bring a rise."
