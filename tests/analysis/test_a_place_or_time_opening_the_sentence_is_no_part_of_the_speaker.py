"""A sentence may open on where or when someone spoke, then name them with their role:
"Outside court, one victim, Joan Hale, said …". The parse may read "Outside" as an adjective
and the place as the subject, or "Inside" itself as the subject, with the person joined to it;
the place is never who speaks.
The speaker is the person named, and the mention that attributes the words starts after the
opening phrase's comma."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run_with_text

HEAD = "Landlord fined over damp flats\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "mention"),
    [
        (
            "Outside court, one victim, Rita Vance, said the sentence was too short.",
            "Rita Vance",
            "one victim, Rita Vance",
        ),
        (
            "Outside court, one witness, Dev Patel, said the landlord had ignored every letter.",
            "Dev Patel",
            "one witness, Dev Patel",
        ),
        (
            "Outside Parliament, one campaigner, Owen Pryce, said the fine was far too small.",
            "Owen Pryce",
            "one campaigner, Owen Pryce",
        ),
        (
            "Inside court, one victim, Joan Hale, said she was relieved.",
            "Joan Hale",
            "one victim, Joan Hale",
        ),
        (
            "Outside the court, one tenant, Rita Vance, said she had waited two years.",
            "Rita Vance",
            "one tenant, Rita Vance",
        ),
    ],
)
def test_the_speaker_is_the_person_after_the_opening_phrase(
    analysis_nlp: Language, sentence: str, speaker: str, mention: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    [quote] = result.quotes
    assert quote.speaker == speaker
    assert quote.speaker_span is not None
    assert text[quote.speaker_span[0] : quote.speaker_span[1]] == mention
    [person] = [s for s in result.speakers if s.name == speaker]
    assert person.kind is SpeakerKind.PERSON
    assert [text[a:b] for a, b in person.mentions] == [mention]
