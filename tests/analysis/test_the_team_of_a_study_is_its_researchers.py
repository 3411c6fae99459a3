"""In a report of a study, "the team found" or "the scientists said" is the researchers the
story named before ("Researchers at the University of …"): one speaker, shown by how the
story first named them, as "the spokesman" is the person named before. Where no researchers
are named, as in a sports story, "the team" stays itself."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    "text",
    [
        "Researchers at the University of Eastvale followed 40,000 adults for a decade.\n\n"
        "People who slept less than six hours a night were more likely to develop heart "
        "disease, the team found.\n",
        "Researchers at the University of Eastvale said the results surprised them.\n\n"
        "People who slept less than six hours a night were more likely to develop heart "
        "disease, the research team found.\n",
        "Researchers at the University of Eastvale followed 40,000 adults for a decade.\n\n"
        "The scientists said short sleep raised the risk of heart disease.\n",
    ],
)
def test_the_team_is_the_researchers_named_before(analysis_nlp: Language, text: str) -> None:
    speakers = quote_speakers(analysis_nlp, "Short sleep linked to heart disease\n\n" + text)
    assert set(speakers) == {"Researchers at the University of Eastvale"}


def test_a_sports_team_stays_itself(analysis_nlp: Language) -> None:
    text = (
        "Coach quits after defeat\n\n"
        "Fans booed as the side lost 3-0 at home on Saturday.\n\n"
        "The coach will step down at the end of the season, the team said.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["the team"]
