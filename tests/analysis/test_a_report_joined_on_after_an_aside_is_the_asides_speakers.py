"""A report joined on after an aside with no subject of its own ("Prices rose 3% in May, the
agency said, and added that wages fell") is the aside's speaker's next report, however the
parse hangs it: the agency added it, and it is no part of what the agency said before. A
clause whose subject can speak keeps it ("The mayor resigned, aides said, and thanked
voters": the mayor thanked them)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Wages fall as prices climb\n\n"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Hale", "Hale"),
        ("the Office for National Statistics", "Office for National Statistics"),
        ("the agency", "the agency"),
    ],
)
def test_the_report_after_the_aside_is_the_asides_speakers(
    analysis_nlp: Language, source: str, speaker: str
) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Prices rose 3% in May, {source} said, and added that wages fell.\n"
    )
    assert said(text, result) == [
        (speaker, "said", "Prices rose 3% in May"),
        (speaker, "added", "that wages fell"),
    ]


def test_an_act_of_a_subject_who_can_speak_stays_theirs(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}The mayor resigned on Friday, aides said, and thanked voters for their support.\n",
    )
    assert ("The mayor", "thanked") in [(s, cue) for s, cue, _ in said(text, result)]
