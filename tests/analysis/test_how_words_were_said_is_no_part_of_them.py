"""How words were said, right after the verb ("said privately they doubted …") is no part of
them; "privately" inside the words ("the deal was privately agreed") or on a word of them
("to discuss publicly available data") stays."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_said_privately_reports_what_follows(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Shutdown looms\n\nSenators from both parties said privately they doubted either "
        "bill would pass.\n",
    )
    assert said(text, result)[0] == (
        "Senators from both parties",
        "said",
        "they doubted either bill would pass",
    )


def test_privately_inside_the_words_or_on_a_word_of_them_stays(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Shutdown looms\n\nThe minister said the deal was privately agreed. The senator "
        "promised to discuss publicly available data.\n",
    )
    assert said(text, result) == [
        ("The minister", "said", "the deal was privately agreed"),
        ("The senator", "promised", "to discuss publicly available data"),
    ]
