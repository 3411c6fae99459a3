"""A Q&A's answer may run on over paragraphs of its own, but the writer's prose is no part of
it: a paragraph that, saying no "I" or "we", reports someone named ("The ministry said …") or
names the interviewee ("Okafor has …") ends the answer, with or without "Q:" and "A:"
labels; and under the last answer, where the writer takes over again, only a paragraph in the
first or second person goes on answering."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

# The headline and the intro of every article here; then its Q&A, labelled or not.
_INTRO = (
    "'Our wards are full every night': a nurse on the winter\n\n"
    "Grace Okafor has run the emergency ward at St Bride's for six years. We spoke to her "
    "after a night shift.\n\n"
)
_INTERVIEW = (
    _INTRO + "Q: How busy has it been?\n\n"
    "A: Busier than any winter I remember. We had forty patients on trolleys on Monday.\n\n"
    "Q: What would help?\n\n"
    "A: More beds, and staff to run them.\n\n"
)

LABELLED = (
    _INTERVIEW + "I would start with the community beds that closed last year.\n\n"
    "The Health Ministry said it had opened 900 extra beds since October.\n"
)

NAMED_AFTER = _INTERVIEW + "Okafor returns to the ward on Friday, for another twelve-hour shift.\n"

WRITER_CLOSES = (
    _INTRO + "Q: How busy has it been?\n\n"
    "A: Busier than any winter I remember.\n\n"
    "Forty patients were on trolleys on Monday, and we ran out of chairs.\n\n"
    "Q: What would help?\n\n"
    "A: More beds, and staff to run them.\n\n"
    "The hospital trust expects to open a new ward in January.\n"
)

UNLABELLED = (
    _INTRO + "How busy has it been?\n\n"
    "Busier than any winter I remember. We had forty patients on trolleys on Monday.\n\n"
    "What would help you most?\n\n"
    "More beds, and staff to run them. I would start with the community beds that closed.\n\n"
    "The Health Ministry said it had opened 900 extra beds since October.\n"
)


def _last_answer(text: str, found: list[tuple[str | None, str | None, str]]) -> str:
    return [words for speaker, cue, words in found if speaker == "Grace Okafor"][-1]


def test_a_labelled_answer_runs_on_but_not_into_a_report_after_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, LABELLED)
    found = said(text, result)
    assert _last_answer(text, found) == (
        "More beds, and staff to run them.\n\n"
        "I would start with the community beds that closed last year."
    )
    ministry = [(s, c) for s, c, w in found if w.startswith("it had opened")]
    assert ministry == [("Health Ministry", "said")]


def test_a_paragraph_naming_the_interviewee_is_the_writers(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, NAMED_AFTER)
    assert _last_answer(text, said(text, result)) == "More beds, and staff to run them."


def test_the_writers_closing_line_is_no_part_of_the_last_answer(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, WRITER_CLOSES)
    answers = [words for speaker, _, words in said(text, result) if speaker == "Grace Okafor"]
    assert answers == [
        "Busier than any winter I remember.\n\n"
        "Forty patients were on trolleys on Monday, and we ran out of chairs.",
        "More beds, and staff to run them.",
    ]


def test_an_unlabelled_answer_ends_before_a_report_after_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, UNLABELLED)
    found = said(text, result)
    assert _last_answer(text, found).endswith("the community beds that closed.")
    assert not any("Ministry" in words for speaker, _, words in found if speaker == "Grace Okafor")
