"""On a letters page each letter greets the editor ("Sir, …") and is signed on the line under
it with a name and a place: the letter is its signer's words, and the "I" in it is the signer,
not the paper."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

PAGE = (
    "Letters: parking and a thank you\n\n"
    "Sir, The new parking charges at the station will drive shoppers out of town.\n"
    "Alan Drew, Hythe\n\n"
    "Sir, I want to thank the nurses on Ward 4, who cared for my father in his last days.\n"
    "Rita Shah, Folkestone, Kent\n"
)


def test_each_letter_is_its_signer_s(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, PAGE)
    assert said(text, result) == [
        (
            "Alan Drew",
            None,
            "The new parking charges at the station will drive shoppers out of town.",
        ),
        (
            "Rita Shah",
            None,
            "I want to thank the nurses on Ward 4, who cared for my father in his last days.",
        ),
    ]
