"""A text read with a stray byte shows it as U+FFFD, which the tagger may take for a proper
noun set beside the word before it. It names no one: "its leader" is never "�". Nor is an
emoji or a symbol at either end of a name part of it ("🎉 Café owners said"), nor of what kind
the speaker is: "Café owners 🎉 said" are a group, as "Café owners said" are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import quote_speakers, run

TEXT = (
    "Rents double in Porthaven\n\n"
    "Caf\u00e9 owners in Porthaven said rents had doubled since the spring.\n\n"
    "The council will review the leases\ufffd in March, its leader said.\n"
)


def test_a_replacement_character_is_no_speaker(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, TEXT)
    assert all("\ufffd" not in speaker.name for speaker in result.speakers)
    quote = next(q for q in result.quotes if "leases" in TEXT[q.start : q.end])
    assert quote.speaker is not None and "\ufffd" not in quote.speaker


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("\U0001f389\U0001f389\U0001f389 Café owners said the street was busier.", "Café owners"),
        ("\u2605 Stallholders said the market had its best weekend.", "Stallholders"),
        ("Café owners \U0001f389 said the street was busier.", "Café owners"),
        ("M&S said the street was busier.", "M&S"),  # a mark inside a name is the name's
    ],
)
def test_emoji_or_symbols_at_either_end_are_no_part_of_a_name(
    analysis_nlp: Language, sentence: str, name: str
) -> None:
    assert quote_speakers(analysis_nlp, sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Café owners \U0001f389 said the street was busier.", SpeakerKind.GROUP),
        # near miss: without the emoji, the same group; a person's name stays a person's
        ("Café owners said the street was busier.", SpeakerKind.GROUP),
        ("Anna Berg \U0001f389 said the street was busier.", SpeakerKind.PERSON),
    ],
)
def test_an_emoji_after_a_name_leaves_its_kind(
    analysis_nlp: Language, sentence: str, kind: SpeakerKind
) -> None:
    assert [s.kind for s in run(analysis_nlp, sentence).speakers] == [kind]
