"""A live blog's entry heading that reports someone's words ("Port owner says it will not
reopen the offer", over the entry's time) is a title, no claim: the entry under it reports
the same words in sentences, and those stay claims. A time opening an entry's sentence
("9am, the union's secretary, Dev Anand, said …") is no part of who spoke."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

LIVE_BLOG = (
    "Dock strike live: talks collapse at Harwick\n"
    "09.10 GMT\n"
    "Quay owner says it will not reopen the offer\n"
    "The quay's owner said on Monday it would not reopen its pay offer to the crane drivers.\n"
    "08.55 GMT\n"
    "Pickets return to the east gate\n"
    "9am, the union's regional secretary, Dev Anand, said members would stay out until the "
    "offer was improved.\n"
)


def test_a_heading_that_reports_words_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, LIVE_BLOG)
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any(claim.startswith("it will not reopen the offer") for claim in claims)
    assert any(claim.startswith("on Monday it would not reopen its pay offer") for claim in claims)


def test_an_entry_time_before_a_speaker_is_not_his_name(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, LIVE_BLOG)
    said = {q.speaker for q in result.quotes if q.cue == "said"}
    assert "Dev Anand" in said
    assert not any(speaker is not None and "9am" in speaker for speaker in said)


def test_an_entry_time_with_its_minutes_before_a_speaker_is_not_his_name(
    analysis_nlp: Language,
) -> None:
    for time in ("10.30am", "10:30"):
        _, result = run_with_text(analysis_nlp, LIVE_BLOG.replace("9am", time))
        said = {q.speaker for q in result.quotes if q.cue == "said"}
        assert "Dev Anand" in said, time
        assert not any(speaker is not None and "10" in speaker for speaker in said), time
