"""A transcript's label names its speaker as written, however the tagger reads the given name
that opens it: "Will Hollis: …" (the modal "will"), "Rob Hollis: …" (a plural noun) and the
host's "PRESENTER: …" are one person each; a label of many, "RESIDENTS: …", stays a group."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

_RADIO = (
    "Health chief rules out ward closure\n\n"
    "The health board's chief executive was questioned on local radio on Monday.\n\n"
    "PRESENTER: Will the ward close this year?\n\n"
    "Will Hollis: No. We have no plans to close it and the staff have been told that.\n\n"
    "PRESENTER: And next year?\n\n"
    "Will Hollis: We are reviewing every service, but that ward is not on any list.\n"
)

_DEBATE = (
    "Transcript of the library debate\n\n"
    "Rob Hollis: We have no plans to close the library and the staff have been told that.\n\n"
    "Will Carter: Then why were the books moved last week?\n\n"
    "Rob Hollis: The books were moved while the floor is repaired, and they will come back.\n"
)


def _speakers(analysis_nlp: Language, text: str) -> list[tuple[str, SpeakerKind]]:
    return [(s.name, s.kind) for s in run(analysis_nlp, text).speakers]


def test_a_given_name_read_as_will_keeps_the_full_name(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, _RADIO)
    said = {_RADIO[q.start : q.end]: q.speaker for q in result.quotes}
    assert said["We are reviewing every service, but that ward is not on any list."] == (
        "Will Hollis"
    )
    assert ("Will Hollis", SpeakerKind.PERSON) in _speakers(analysis_nlp, _RADIO)


def test_a_given_name_read_as_a_plural_is_one_person(analysis_nlp: Language) -> None:
    assert _speakers(analysis_nlp, _DEBATE) == [
        ("Rob Hollis", SpeakerKind.PERSON),
        ("Will Carter", SpeakerKind.PERSON),
    ]


def test_the_presenters_label_in_capitals_is_no_group(analysis_nlp: Language) -> None:
    presenter = [s for s in run(analysis_nlp, _RADIO).speakers if s.name == "PRESENTER"]
    assert [(s.quote_count, s.kind) for s in presenter] == [(2, SpeakerKind.UNKNOWN)]


def test_a_label_of_many_in_capitals_stays_a_group(analysis_nlp: Language) -> None:
    text = (
        "Row over new road\n\n"
        "RESIDENTS: We were never asked about the new road and we want the plan stopped.\n\n"
        "COUNCILLOR: The plan was consulted on for six weeks last year.\n"
    )
    assert ("RESIDENTS", SpeakerKind.GROUP) in _speakers(analysis_nlp, text)
