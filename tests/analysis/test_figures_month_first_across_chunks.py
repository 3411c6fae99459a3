"""A long article analysed in chunks reads a date in digits the way the whole article writes
its dates: an American "9/17/16" in one chunk makes "4/5/17" in another April 5."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis import pipeline
from newslens.analysis.chunks import chunk_spans
from newslens.analysis.pipeline import analyze
from newslens.article import Article

_FILLER = "The hearing went on through the morning and into the afternoon.\n\n" * 80


def _dates(nlp: Language, text: str) -> dict[str, object]:
    return {f.text: f.value for f in analyze(Article(text=text), nlp=nlp).figures}


def test_a_date_far_from_the_american_date_is_read_month_first(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The truck was stolen on 9/23/16.\n\n" + _FILLER + "It was found on 4/5/17.\n"
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_000)
    assert len(chunk_spans(text, 1_000)) > 2
    assert _dates(analysis_nlp, text)["4/5/17"] == "2017-04-05"


def test_a_date_far_from_a_day_first_date_stays_day_first(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The truck was stolen on 23/9/16.\n\n" + _FILLER + "It was found on 4/5/17.\n"
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_000)
    assert _dates(analysis_nlp, text)["4/5/17"] == "2017-05-04"
