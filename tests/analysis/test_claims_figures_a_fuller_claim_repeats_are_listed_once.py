"""A claim whose figures all recur, the same kinds and values, in a claim of the same text that
says more (a press release's point "Trial met its goal, with 54% … versus 12%", then the body's
"54% … compared with 12% …, p<0.01") is listed once, as the fuller claim. A claim that shares
only some of its figures, or one figure alone, is a claim of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis import pipeline
from newslens.analysis.chunks import chunk_spans
from newslens.analysis.pipeline import analyze
from newslens.article import Article

from .helpers import run_with_text

RELEASE = """Trial results

- {point}

In the 12-week trial, 54% of patients on the drug were free of symptoms, compared with 12% of \
patients on placebo (p<0.01).
"""


@pytest.mark.parametrize(
    ("point", "listed"),
    [
        ("NRX-7 met its primary goal, with 54% of patients free of symptoms versus 12%", False),
        # near misses: a figure the body does not state, and one figure alone
        ("NRX-7 met its primary goal, with 54% of patients free of symptoms versus 15%", True),
        ("Sales of the drug rose 12% last year", True),
    ],
)
def test_a_point_whose_figures_the_body_repeats_is_listed_once(
    analysis_nlp: Language, point: str, listed: bool
) -> None:
    text, result = run_with_text(analysis_nlp, RELEASE.format(point=point))
    claimed = [text[c.start : c.end] for c in result.claims]
    assert (point in claimed) is listed
    assert any(claim.startswith("In the 12-week trial") for claim in claimed)


_FILLER = "The study ran at four hospitals over the winter.\n\n" * 60


@pytest.mark.parametrize(
    ("point", "listed"),
    [
        ("NRX-7 met its primary goal, with 54% of patients free of symptoms versus 12%", False),
        # near miss: a figure the body does not state
        ("NRX-7 met its primary goal, with 54% of patients free of symptoms versus 15%", True),
    ],
)
def test_a_point_the_body_repeats_chunks_later_is_listed_once(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch, point: str, listed: bool
) -> None:
    # A long release is read in chunks: the point and the body's sentence are chunks apart.
    text = RELEASE.format(point=point).replace("\n\nIn the 12-week", f"\n\n{_FILLER}In the 12-week")
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_000)
    assert len(chunk_spans(text, 1_000)) > 2
    result = analyze(Article(text=text), nlp=analysis_nlp)
    claimed = [text[c.start : c.end] for c in result.claims]
    assert (point in claimed) is listed
    assert any(claim.startswith("In the 12-week trial") for claim in claimed)
