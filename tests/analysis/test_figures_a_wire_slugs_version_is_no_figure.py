"""The version number of a wire's slug over its headline ("UPDATE 2-", "CORRECTED-UPDATE 1-")
numbers the copy, not anything in the story: the headline under it is no numeric claim. A
number in the headline itself is still a figure."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import ClaimKind
from tests.analysis.helpers import run


def test_a_slugs_version_is_no_figure_of_the_headline(analysis_nlp: Language) -> None:
    text = (
        "UPDATE 2-Ferry operator cuts winter sailings\n\n"
        "CORRECTED-UPDATE 1-Harbour board backs new pier\n\n"
        "A ferry operator said on Tuesday it would cut 14 crossings a week this winter.\n"
    )
    result = run(analysis_nlp, text)
    assert [text[f.start : f.end] for f in result.figures] == ["Tuesday", "14"]
    numeric = [c for c in result.claims if c.kind is ClaimKind.NUMERIC]
    assert [text[c.start : c.end] for c in numeric] == []


def test_a_number_in_the_headline_under_a_slug_is_a_figure(analysis_nlp: Language) -> None:
    text = (
        "UPDATE 3-Ferry operator to cut 40 jobs\n\n"
        "A ferry operator said on Tuesday it would cut 40 jobs at its two ports.\n"
    )
    figures = run(analysis_nlp, text).figures
    assert [text[f.start : f.end] for f in figures] == ["40", "Tuesday", "40", "two"]
