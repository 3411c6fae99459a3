"""An "it" that stands for a clause after it, not for someone, is no speaker: "It goes without
saying that …" and "It is hard to judge the plan without seeing how …" report no one's words, and the reader shows no claimant "It". An "it" that
stands for a body named before still speaks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

HEAD = "Harbour fees\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "It goes without saying that raising the harbour fees is unpopular.",
        "It is hard to judge the harbour plan without seeing how the fees would change.",
    ],
)
def test_an_it_of_a_clause_names_no_claimant(analysis_nlp: Language, sentence: str) -> None:
    text = f"{HEAD}{sentence}\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes if q.speaker in ("It", "it")] == []


def test_an_it_of_a_body_speaks(analysis_nlp: Language) -> None:
    text = f"{HEAD}The harbour board met on Monday. It said the pier would close in May.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["The harbour board"]
