"""A Q&A's intro that names its subject and then says "She spoke to Tom Reid about …": Tom
Reid is the writer who asked the questions, and the answers are hers, the one "she" stands for;
"We spoke to Tom Reid" still names him as the one who answers."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

QUESTIONS = (
    "Q: How was the season?\n\n"
    "A: The worst I can remember. Half the crop rotted in the fields.\n\n"
    "Q: What do you need now?\n\n"
    "A: A fund that reaches small farms before the spring.\n"
)


def _answerers(intro: str, analysis_nlp: Language) -> set[str | None]:
    text, result = run_with_text(analysis_nlp, "A hard year on the land\n\n" + intro + QUESTIONS)
    return {s for s, _, w in said(text, result) if w.startswith(("The worst", "A fund"))}


def test_the_one_she_spoke_to_asked_the_questions(analysis_nlp: Language) -> None:
    intro = (
        "Maria Lindqvist has run the Northern Growers' Association since 2021. She spoke to "
        "Tom Reid about the harvest and the help farmers were promised.\n\n"
    )
    assert _answerers(intro, analysis_nlp) == {"Maria Lindqvist"}


def test_the_one_we_spoke_to_answers(analysis_nlp: Language) -> None:
    intro = (
        "The harvest was the worst in a generation. We spoke to Tom Reid, who farms 200 "
        "acres near Alnwick, about the help farmers were promised.\n\n"
    )
    assert _answerers(intro, analysis_nlp) == {"Tom Reid"}
