"""A verb of speaking with no object, clause or quotation ("the president spoke", "the mayor
talked to reporters") reports nothing, and the clause before it is what happened, however
the parse hung it on the verb; so is the clause before "…, then the president replied".
"…, the minister said" and "…, the minister then added" still close the minister's words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Rally in the square\n\nThousands gathered in the square on Saturday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The crowd cheered, then the president spoke.",
        "The crowd cheered, the president spoke.",
        "The bridge closed, then the mayor talked to reporters.",
        "The crowd cheered, then the president replied.",
    ],
)
def test_what_happened_before_someone_spoke_is_nobodys_words(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Fares will rise, the minister said.", "said"),
        ("Fares will rise, the minister then added.", "added"),
    ],
)
def test_a_closing_cue_still_reports_the_clause_before_it(
    analysis_nlp: Language, sentence: str, cue: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [("the minister", cue, "Fares will rise")]


def test_what_someone_spoke_about_is_still_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The president spoke about how fares had doubled.\n"
    )
    assert said(text, result) == [("The president", "spoke about", "how fares had doubled")]
