"""Police who find or seek someone or something ("found a man lying in the road", "found the
body of a woman", "are seeking two men") come upon it or look for it; no one's words are
reported. A finding ("found no evidence of foul play", "found him guilty") is still one, as is
whatever researchers or a study find ("The team found no extra benefit from the higher dose")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Body found in river\n\nOfficers were called to the Calder at 6am on Sunday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "They found a 16-year-old boy and a 17-year-old girl with stab wounds.",
        "Officers found a man lying in the road.",
        "Divers found the body of a woman near the weir.",
        "Police found a knife in the car.",
        "Police are seeking two men in connection with the attack.",
    ],
)
def test_coming_upon_or_looking_for_someone_reports_nothing(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Detectives found no evidence of foul play.", "no evidence of foul play"),
        ("The jury found him guilty of murder.", "him guilty of murder"),
    ],
)
def test_a_finding_is_still_reported(analysis_nlp: Language, sentence: str, words: str) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [w for _, _, w in said(text, result)] == [words]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The team found no extra benefit from the higher dose.",
            "no extra benefit from the higher dose",
        ),
        ("The study found no benefit in older patients.", "no benefit in older patients"),
    ],
)
def test_what_researchers_find_is_a_finding(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text, result = run_with_text(
        analysis_nlp, f"Dose trial\n\nResearchers at Leeds tested two doses.\n\n{sentence}\n"
    )
    assert [w for _, _, w in said(text, result)][-1:] == [words]
