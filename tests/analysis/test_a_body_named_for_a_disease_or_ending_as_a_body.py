"""A body named for a disease keeps the name of whom the disease is named for, whatever the
recogniser took them for ("The Huntington's Disease Association", not "Disease
Association"), and a name ending as a body's does ("Society", "Association", "Trust",
"Foundation", "Institute", "Council", "UK" after an "'s") is a body, not a person or a place;
an owner with a name of its own stays no part of the body's ("the Kremlin's Security
Council"). So is a body's word alone as a headline writes it ("Council warns of flood risk")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run_with_text


def _speakers(nlp: Language, text: str) -> list[tuple[str, SpeakerKind]]:
    _, result = run_with_text(nlp, text)
    return [(s.name, s.kind) for s in result.speakers]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The Huntington\'s Disease Association said the funding was "long overdue".\n',
            "Huntington's Disease Association",
        ),
        (
            "A spokeswoman for Huntington's Disease Association said the funding was overdue.\n",
            "Huntington's Disease Association spokeswoman",
        ),
        (
            "The Crohn's Society said the new guidance would help thousands of patients.\n",
            "Crohn's Society",
        ),
        ("Alzheimer's Society said the findings were encouraging.\n", "Alzheimer's Society"),
        ("Parkinson's UK said the trial was promising.\n", "Parkinson's UK"),
        ("The Kremlin's Security Council said the talks had failed.\n", "Security Council"),
    ],
)
def test_a_body_is_shown_by_its_whole_name(analysis_nlp: Language, text: str, name: str) -> None:
    assert [n for n, _ in _speakers(analysis_nlp, text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The Crohn's Society said the new guidance would help thousands of patients.\n",
        "Parkinson's UK said the trial was promising.\n",
        'The Huntington\'s Disease Association said the funding was "long overdue".\n',
        "Council warns of flood risk\n\nHomes near the river were sandbagged on Monday.\n",
        "Hospital says wards are full\n\nPatients waited for hours on Monday.\n",
        # a side of a house or of a court, capitalised, speaks as one body
        "Housing plan\n\nThe Opposition dismissed the plan as a gimmick.\n",
        "Fraud trial\n\nThe Prosecution told the jury the money was never invested.\n",
    ],
)
def test_a_name_ending_as_a_bodys_is_a_body(analysis_nlp: Language, text: str) -> None:
    assert [k for _, k in _speakers(analysis_nlp, text)] == [SpeakerKind.ORGANISATION]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jo Fielding, of the Wildlife Trust, said the meadow would be saved.\n", "Jo Fielding"),
        ("Opposition leader Ann Ross said the figures did not add up.\n", "Ann Ross"),
    ],
)
def test_a_person_of_a_body_is_still_a_person(analysis_nlp: Language, text: str, name: str) -> None:
    assert _speakers(analysis_nlp, text) == [(name, SpeakerKind.PERSON)]
