"""An adjective of mind or stance with a clause after it ("Officials are confident that …",
"She was sure …", "Residents were frustrated that …", "are worried about how …") reports
the clause as its subject's belief, as "believes that …" does, the verb that says it of them
shown with the adjective. "It is certain that …" is nobody's belief, "so angry that they
left" says what came of it, and "sure of the result" or "worried about the cost" has no
clause to report."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Bridge works\n\nThe council met on Monday at the town hall.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "words"),
    [
        (
            "Officials are confident that the bridge will reopen in May.",
            "Officials",
            "are confident",
            "that the bridge will reopen in May",
        ),
        ("She was sure the money had been paid.", "She", "was sure", "the money had been paid"),
        (
            "Residents are afraid that the school will close.",
            "Residents",
            "are afraid",
            "that the school will close",
        ),
        (
            "Parents were frustrated that the buses were late.",
            "Parents",
            "were frustrated",
            "that the buses were late",
        ),
        (
            "The mayor is convinced that the plan will work.",
            "The mayor",
            "is convinced",
            "that the plan will work",
        ),
        (
            "Traders remain optimistic that prices will recover.",
            "Traders",
            "remain optimistic",
            "that prices will recover",
        ),
        (
            "Residents are worried about how the money will be spent.",
            "Residents",
            "are worried about",
            "how the money will be spent",
        ),
        (
            "The mayor was adamant that the bridge would reopen.",
            "The mayor",
            "was adamant",
            "that the bridge would reopen",
        ),
    ],
)
def test_the_clause_after_an_adjective_of_mind_is_its_subjects_belief(
    analysis_nlp: Language, sentence: str, speaker: str, cue: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(speaker, cue, words)]


def test_not_sure_is_a_denied_belief(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}Engineers are not sure the deck is safe.\n")
    assert said(text, result) == [("Engineers", "are not sure", "the deck is safe")]
    assert result.quotes[0].negated


def test_a_belief_inside_someones_words_is_part_of_them(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Officials said they were confident that the bridge would reopen.\n"
    )
    assert said(text, result) == [
        ("Officials", "said", "they were confident that the bridge would reopen")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was clear that the plan had failed.",
        "It is likely that the bridge will reopen.",
        "It is certain that the bridge will reopen.",
        "Residents were so angry that they blocked the road.",
        "The engineers are sure of the result.",
        "Residents are worried about the cost of the bridge.",
    ],
)
def test_no_ones_belief_without_a_subject_or_a_clause(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []
