"""The number that names a platform, a gate or a junction is no figure, but a time or a date
joined on after it is one: "from platform 9 at noon" is the time 12:00."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Replacement buses left from platform 9 at noon.", ("noon", "12:00")),
        ("The last train leaves platform 4 at midnight.", ("midnight", "00:00")),
    ],
)
def test_a_time_after_a_platform_is_kept(nlp: Language, text: str, time: tuple[str, str]) -> None:
    words, value = time
    assert facts(nlp, text) == [(words, FigureKind.TIME, value, None)]
