"""A council report writes each councillor's party and ward in brackets after the name
("Cllr Priya Shah (Lab, Eastfield) said …"): the speaker is the councillor, never the party,
and a later "Cllr Shah" is the same person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Cycle lanes approved\n\nPlans for new cycle lanes were approved on Tuesday night.\n\n"


@pytest.mark.parametrize(
    "bracket", ["(Lab, Eastfield), cabinet member for transport,", "(Lab)", "(LD, Millbrook)"]
)
def test_a_councillor_s_party_in_brackets_is_no_part_of_who_speaks(
    analysis_nlp: Language, bracket: str
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Cllr Priya Shah {bracket} told the meeting the lanes would make roads safer.\n\n"
        "Cllr Shah later said the scheme would be paid for by a government grant.\n",
    )
    assert [(who, cue) for who, cue, _ in said(text, result)] == [
        ("Priya Shah", "told"),
        ("Priya Shah", "said"),
    ]
    assert [s.name for s in result.speakers] == ["Priya Shah"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a US party and district, the parse hanging the name on the district
        (
            'Del. Marcia "Cia" Price (D-Newport News) said the bill would protect renters.',
            'Marcia "Cia" Price',
        ),
        # near miss: a party and state the parse already set beside the name
        ("Sen. Rhea Calloway (R-Ohio) said the bill would protect renters.", "Rhea Calloway"),
    ],
)
def test_a_party_and_district_in_brackets_are_no_name(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Housing bill\n\n{sentence}\n")
    assert [who for who, _, _ in said(text, result)] == [speaker]
