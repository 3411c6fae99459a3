"""A promise after a role with the name set beside it ("The chief constable of West Mercia, Helen
Grant, promised on Monday to put 50 more officers on the streets") is hers, though the parse may
read "promised" as a participle on the role, as in "a man urged to stay"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_the_promise_is_the_named_role_holders(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Street robberies\n\nThe chief constable of West Mercia, Helen Grant, promised on Monday "
        "to put 50 more officers on the streets.\n",
    )
    assert said(text, result) == [
        ("Helen Grant", "promised", "to put 50 more officers on the streets")
    ]
