"""In an interview's answers "we" is the interviewee's side, as "I" is the interviewee: "We
told the council that …" reports the interviewee's words; so in a transcript's turn it is
whoever takes the turn. The intro's "We spoke to her about …" is never the interviewee's: it
names what the interview was about, nobody's words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

PIER_TRUST = (
    "The woman who saved the pier\n\n"
    "Anna Reid runs the trust that bought Eastcliff pier. We spoke to her about what comes "
    "next.\n\n"
    "How did you start?\n\n"
    "I walked past it every day and it was falling apart. We told the council that the pier "
    "could be saved, and in the end we raised the money ourselves.\n\n"
    "What will you do with it?\n\n"
    "A cafe first. I think people will come back.\n"
)


def test_a_report_by_we_in_an_answer_is_the_interviewees(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, PIER_TRUST)
    told = [(s, w) for s, cue, w in said(text, result) if cue == "told"]
    assert told == [("Anna Reid", "that the pier could be saved")]


def test_we_in_the_intro_is_not_the_interviewee(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, PIER_TRUST)
    assert [s for s, cue, _ in said(text, result) if cue == "spoke"] == []


def test_a_report_by_we_in_a_transcripts_turn_is_whoever_takes_it(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Debate transcript\n\nMODERATOR: What about the budget?\n\n"
        "PENCE: We told the voters that taxes would fall.\n",
    )
    assert ("PENCE", "told", "that taxes would fall") in said(text, result)
