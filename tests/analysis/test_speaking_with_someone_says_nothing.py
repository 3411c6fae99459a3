"""Speaking with someone, or by phone, says with whom and how, not what: "Miller spoke with
the prime minister by phone" is no one's words, though a readout of the call tells of it;
and "according to X" is never part of what a verb reports ("rejected the plan, according
to a statement" reports the plan)."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_call_between_leaders_is_the_readouts_report_only(analysis_nlp: Language) -> None:
    text = (
        "Leaders talk\n\n"
        "Miller spoke with the Varenian prime minister by phone on Monday, according to a "
        "readout of the call.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        (
            "a readout of the call",
            "according to",
            "Miller spoke with the Varenian prime minister by phone on Monday",
        )
    ]


def test_the_source_told_of_is_no_part_of_what_was_rejected(analysis_nlp: Language) -> None:
    text = (
        "Peace plan\n\n"
        "The rebels rejected the peace plan, according to a statement posted on their website.\n"
    )
    assert ("The rebels", "rejected", "the peace plan") in said(text, run(analysis_nlp, text))
