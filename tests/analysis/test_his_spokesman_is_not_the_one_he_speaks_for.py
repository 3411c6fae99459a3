"""A role noun owned by "his" or "her" ("his spokesman", "her lawyer") is someone of the
person before it, never that person: "The mayor rejected the offer, his spokesman says" is
the spokesman's report, not the mayor's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Pay talks\n\nThe council met the unions on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The mayor rejected the offer, his spokesman says.", "his spokesman"),
        ("The mayor rejected the offer, her spokeswoman said.", "her spokeswoman"),
    ],
)
def test_a_closing_his_spokesman_is_the_speaker(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert (speaker, "The mayor rejected the offer") in {(s, w) for s, _, w in said(text, result)}


def test_his_spokesman_in_the_next_sentence_is_not_the_mayor(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}The mayor rejected the offer. His spokesman says the talks are over.\n",
    )
    assert ("His spokesman", "says", "the talks are over") in said(text, result)
