"""A mail's header pasted on one line at the top of a story ("From: … Press Office Sent: 3
March 2026 To: newsdesk"): the recogniser may take the next field's name into the sender's,
but the body that speaks later in the story is the sender without it."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def _speakers(analysis_nlp: Language, text: str) -> list[tuple[str, SpeakerKind]]:
    return [(s.name, s.kind) for s in run(analysis_nlp, text).speakers]


def test_the_council_is_the_sender_without_the_sent_field(analysis_nlp: Language) -> None:
    text = (
        "Council to shut two libraries\n\n"
        "From: Harwood Council Press Office Sent: 3 March 2026 To: newsdesk\n\n"
        "Two libraries in Harwood will close next month.\n\n"
        "The council said the buildings were too costly to repair.\n"
    )
    assert _speakers(analysis_nlp, text) == [
        ("Harwood Council Press Office", SpeakerKind.ORGANISATION)
    ]


def test_the_council_is_the_sender_without_the_date_field(analysis_nlp: Language) -> None:
    text = (
        "Depot plan approved\n\n"
        "From: Marlow Borough Council Date: 12 May 2026 Subject: Depot\n\n"
        "The new bus depot on Station Road was approved on Tuesday.\n\n"
        "The council said building work would start in the autumn.\n"
    )
    assert _speakers(analysis_nlp, text) == [("Marlow Borough Council", SpeakerKind.ORGANISATION)]
