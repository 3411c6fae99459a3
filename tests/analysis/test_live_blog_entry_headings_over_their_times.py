"""A live blog whose page sets each entry's heading above its time ("Ferry minister resigns",
then "10.42 GMT"), as pasted text keeps it, has its headings read as headings, no claims,
as a page with the time first has; an entry of one short line between two times, or the last
line of an entry above the next time, is still the story's."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

HEADINGS_OVER_TIMES = (
    "Harbour strike live: dockers walk out\n"
    "Pay offer worth 4.5% will not be reopened\n"
    "14.20 GMT\n"
    "The port's owner said its offer of 4.5% over two years would not be reopened while the "
    "strike went on.\n"
    "Dockers walk out at noon\n"
    "12.05 GMT\n"
    "About 400 dockers left the quayside at noon and formed a picket line at the main gate.\n"
    "11.30 GMT\n"
    "Queues of 300 lorries on the ring road\n"
    "11.10 GMT\n"
    "Traffic police told drivers to avoid the port road for the rest of the day.\n"
)


def claims_of(nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(nlp, text)
    return [text[c.start : c.end] for c in result.claims]


def test_a_heading_over_its_entrys_time_is_no_claim(analysis_nlp: Language) -> None:
    claims = claims_of(analysis_nlp, HEADINGS_OVER_TIMES)
    assert "Pay offer worth 4.5% will not be reopened" not in claims
    assert any("would not be reopened while the strike" in claim for claim in claims)
    assert any(claim.startswith("About 400 dockers") for claim in claims)


def test_an_entry_of_one_line_between_two_times_stays_a_claim(analysis_nlp: Language) -> None:
    assert "Queues of 300 lorries on the ring road" in claims_of(analysis_nlp, HEADINGS_OVER_TIMES)
