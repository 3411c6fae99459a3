"""A share of a body's people ("71% of members", "two-thirds of voters") is a group of
speakers, as "some of the drivers" is."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_percentage_or_a_fraction_of_people_is_a_group(analysis_nlp: Language) -> None:
    text = (
        "Bus drivers reject pay deal\n\n"
        "In a ballot, 64% of drivers said the offer was too low. Two-thirds of conductors said "
        "they would strike again.\n"
    )
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds["64% of drivers"] is SpeakerKind.GROUP
    assert kinds["Two-thirds of conductors"] is SpeakerKind.GROUP
