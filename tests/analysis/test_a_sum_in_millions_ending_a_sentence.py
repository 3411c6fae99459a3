"""A sum in millions that ends a sentence, "£195m.", is the sum then the full stop: what
someone said ends at the sum, and the figure still reads 195 million."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, run, said


def test_reported_words_end_at_a_sum_ending_the_sentence(analysis_nlp: Language) -> None:
    text = (
        "Harbour scheme costs rise\n\n"
        "Ms Tate said the town could not afford £195m. “We will have to borrow,” she added.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("Tate", "said", "the town could not afford £195m"),
        ("Tate", "added", "“We will have to borrow,”"),
    ]


def test_a_sum_ending_a_paragraph_reads_in_millions(analysis_nlp: Language) -> None:
    text = "The harbour scheme will now cost £195m.\n\nCouncillors met on Monday."
    assert facts(analysis_nlp, text)[0] == ("£195m", FigureKind.MONEY, 195_000_000, "GBP")


def test_a_sum_inside_a_sentence_reads_as_before(analysis_nlp: Language) -> None:
    text = "The council paid £195m for the site last year."
    assert facts(analysis_nlp, text)[0] == ("£195m", FigureKind.MONEY, 195_000_000, "GBP")
