"""A text read with a stray byte shows it as U+FFFD, which the tagger may take for a proper
noun set beside the word before it. It names no one: "its leader" is never "�"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run

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
