"""A verb with an object that together report ("made it clear that …", "made the case that
…", "left little doubt that …") reports the clause after them, said by the verb's subject;
"there is no doubt that …" is the reporter's own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_each_phrase_reports_its_clause(analysis_nlp: Language) -> None:
    text = (
        "The chancellor made it clear that taxes would not rise.\n\n"
        "The union made the case that pay had fallen behind.\n\n"
        "The judge left little doubt that the sentence would be long.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [
        ("The chancellor", "that taxes would not rise"),
        ("The union", "that pay had fallen behind"),
        ("The judge", "that the sentence would be long"),
    ]


def test_a_doubt_nobody_leaves_is_no_ones_words(analysis_nlp: Language) -> None:
    text = "There is no doubt that the river has risen.\n"
    assert run(analysis_nlp, text).quotes == ()


def test_a_position_restated_reports_its_that_clause(analysis_nlp: Language) -> None:
    text = (
        "The mayor reiterated the council's position that the library would stay open.\n\n"
        "The mayor reiterated the council's opposition to the new road.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [
        ("The mayor", "that the library would stay open"),
        ("The mayor", "the council's opposition to the new road"),
    ]
