"""After "despite" or "with", a participle's speaker is the noun before it: "Hale remains
confident despite a few senators, such as Ann Ruiz, now saying they doubt it" is what the
senators say, not Hale; "Hale spoke with reporters, saying …" stays Hale's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def speakers(analysis_nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in run(analysis_nlp, text).quotes if q.cue == "saying"]


def test_the_senators_now_saying_speak(analysis_nlp: Language) -> None:
    text = (
        "Harbour bill\n\nMayor Tom Hale and Dean Ruiz remain confident despite a few early "
        "backers of the bill, such as councillor Ann Webb, of Riverton, and Joe Marr, of "
        "Dockside, now saying they think it should be changed.\n"
    )
    [speaker] = speakers(analysis_nlp, text)
    assert speaker is not None and "Ann Webb" in speaker and "Hale" not in speaker


def test_spoke_with_reporters_saying_stays_the_speaker_s(analysis_nlp: Language) -> None:
    text = "Harbour bill\n\nTom Hale met with reporters, saying the bill would pass.\n"
    assert speakers(analysis_nlp, text) == ["Tom Hale"]
