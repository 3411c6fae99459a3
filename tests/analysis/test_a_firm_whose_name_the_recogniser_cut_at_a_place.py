"""A firm whose name the recogniser cuts short at a place's name ("Halden Mutual" read as the
town "Halden") is the firm when the story later calls it by that first word ("Halden said"):
shown by its full name, an organisation. A place named alone, or beside a firm of another
name, stays the place, under its own name (a body, as any place that speaks is)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def _speakers(nlp: Language, text: str) -> dict[str, SpeakerKind]:
    return {s.name: s.kind for s in run(nlp, text).speakers if s.quote_count}


@pytest.mark.parametrize(
    "text",
    [
        "Merger talks stall\n\n"
        "Talks between Northgate Bank and Halden Mutual have stalled.\n\n"
        "Halden said it remained committed to its members.\n",
        "Insurer cuts jobs\n\n"
        "Shares in Halden Mutual fell on Monday after it said it would cut 300 jobs.\n\n"
        "Halden said the cuts were needed to keep premiums low.\n",
    ],
)
def test_a_firm_called_by_its_first_word_is_the_firm(analysis_nlp: Language, text: str) -> None:
    speakers = _speakers(analysis_nlp, text)
    assert "Halden" not in speakers
    assert speakers["Halden Mutual"] is SpeakerKind.ORGANISATION


@pytest.mark.parametrize(
    "text",
    [
        "Merger talks stall\n\n"
        "Talks in Halden have stalled.\n\n"
        "Halden said it remained committed to its members.\n",
        "Merger talks stall\n\n"
        "Talks between Northgate Bank and Halden have stalled.\n\n"
        "Halden said it remained committed to its members.\n",
    ],
)
def test_a_place_named_alone_stays_the_place(analysis_nlp: Language, text: str) -> None:
    assert _speakers(analysis_nlp, text) == {"Halden": SpeakerKind.ORGANISATION}
