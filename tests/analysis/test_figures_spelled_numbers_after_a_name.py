"""A number spelled in lower case after a name counts, as a gap in a league table does ("leaves
Rovers eight points behind"); a number in digits after a name may be part of it ("Apollo 11")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    "text",
    [
        "The loss leaves Rangers eight points behind leaders Celtic with six games remaining.",
        "The defeat leaves Wanderers eight points adrift of leaders Burnley.",
        "The loss left Saracens eight points behind Exeter.",
    ],
)
def test_a_gap_in_points_after_a_team_s_name_is_a_count_of_points(nlp: Language, text: str) -> None:
    assert ("eight", FigureKind.COUNT, 8.0, "points") in facts(nlp, text)


def test_a_number_in_digits_after_a_name_still_names(nlp: Language) -> None:
    assert "11" not in found(nlp, "The crew of Apollo 11 landed in the sea.")
