"""In a Q&A whose lines "Q:" and "A:" open, an answer that runs on over paragraphs with no
label of their own is one quote of the interviewee's, to the next "Q:", and its "I have asked
officers …" is the interviewee's, not the writer's."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run

MAYOR = (
    "'We will build the homes': the new mayor on her first year\n\n"
    "Anne Fisher was elected mayor of Aldermouth in May. We spoke to her about housing, "
    "buses and the budget.\n\n"
    "Q: What is your first priority?\n\n"
    "A: Housing. We have 4,000 families on the waiting list.\n\n"
    "The council owns land in three wards that could take new homes, and I have asked "
    "officers to draw up plans by the spring.\n\n"
    "I am not going to pretend it will be quick. It will take years.\n\n"
    "Q: What about the buses?\n\n"
    "A: The network has been cut every year for a decade. I want to reverse that.\n\n"
    "We will put the money back into the routes that were lost first.\n"
)


def test_an_answer_runs_on_to_the_next_question(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, MAYOR)
    answers = [q for q in result.quotes if q.cue is None]
    assert [(q.speaker, q.kind) for q in answers] == [("Anne Fisher", QuoteKind.DIRECT)] * 2
    first, second = (MAYOR[q.start : q.end] for q in answers)
    assert first.startswith("Housing.") and first.endswith("It will take years.")
    assert "\n\nQ:" not in first
    assert second.endswith("the routes that were lost first.")


def test_a_report_inside_the_answer_is_the_interviewees(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, MAYOR)
    assert {q.speaker for q in result.quotes} == {"Anne Fisher"}
