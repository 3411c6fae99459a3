"""A radio transcript's label in capitals, "MARK HOLLIS: …", names its speaker in full, however
the parse reads the given name (as the verb "mark"); the surname alone later is the same one."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run

_TRANSCRIPT = (
    "Bin strike talks\n\n"
    "The council leader was interviewed on the radio on Monday.\n\n"
    "MARK HOLLIS: We have made a fair offer to the union.\n\n"
    "PRESENTER: And the refund?\n\n"
    "HOLLIS: There will be none this year.\n"
)


def test_a_label_in_capitals_is_the_speakers_full_name(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, _TRANSCRIPT)
    said = {_TRANSCRIPT[q.start : q.end]: q.speaker for q in result.quotes}
    assert said["We have made a fair offer to the union."] == "MARK HOLLIS"
    assert [(s.name, s.kind) for s in result.speakers if "HOLLIS" in s.name] == [
        ("MARK HOLLIS", "person")
    ]


def test_the_surname_alone_later_is_the_same_speaker(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, _TRANSCRIPT)
    said = {_TRANSCRIPT[q.start : q.end]: q.speaker for q in result.quotes}
    assert said["There will be none this year."] == "MARK HOLLIS"


def test_a_label_in_title_case_keeps_its_full_name(analysis_nlp: Language) -> None:
    text = _TRANSCRIPT.replace("MARK HOLLIS", "Mark Hollis").replace("HOLLIS:", "Hollis:")
    speakers = [q.speaker for q in run(analysis_nlp, text).quotes]
    assert speakers == ["Mark Hollis", "PRESENTER", "Mark Hollis"]
