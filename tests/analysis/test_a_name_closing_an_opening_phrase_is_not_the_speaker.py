"""An opening phrase may name whom the speaker answered, with a name beside it, right before
the speaker's own name: "Under cross-examination by the prosecutor, Helen Grieve, Ms Mehta
accepted …", which the parse reads as one subject, the first name with the second beside it.
The speaker is the name right before the verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text

HEAD = "Forklift trial\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Under cross-examination by the prosecutor, Helen Grieve, Ms Mehta accepted that "
            "the plate was worn.",
            "Mehta",
        ),
        (
            "Speaking to the BBC's political editor, Laura Hunt, Mr Cole said the plan would work.",
            "Cole",
        ),
        ("Laura Hunt, the editor, said the plan would work.", "Laura Hunt"),
    ],
)
def test_the_speaker_is_the_name_before_the_verb(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    _, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [q.speaker for q in result.quotes] == [speaker]
