"""Figures, data, a study or a poll with "by X" or "from X" after them are X's: "according to
figures released by Eurostat" and "Data from the statistics office show …" name Eurostat
and the office as the source, a body; with no one named, the data stay the source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

HEAD = "Prices and wages\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Food prices rose 4%, according to figures released by Eurostat on Friday.", "Eurostat"),
        (
            "Wages fell in March, according to data from the Office for National Statistics.",
            "Office for National Statistics",
        ),
        ("Figures released by Eurostat show that food prices rose 4%.", "Eurostat"),
        (
            "A poll conducted by the Hansard Society found that most voters back the plan.",
            "Hansard Society",
        ),
    ],
)
def test_data_given_out_by_a_body_are_its_words(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    result = run(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [q.speaker for q in result.quotes] == [speaker]
    assert [s.kind for s in result.speakers] == [SpeakerKind.ORGANISATION]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Figures show that food prices rose 4%.", "Figures"),
        ("Wages fell, according to figures from March.", "figures"),
    ],
)
def test_data_naming_no_one_stay_the_source(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    result = run(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [q.speaker for q in result.quotes] == [speaker]
