"""A long article analysed in chunks shows a speaker with the kind the whole article gives
it: a firm the recogniser takes for a place in the first chunk is an organisation once a
later chunk calls it a firm."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis import pipeline
from newslens.analysis.chunks import chunk_spans
from newslens.analysis.model import SpeakerKind
from newslens.analysis.pipeline import analyze
from newslens.article import Article

_FILLER = "Trading in the shares was heavy through the morning and into the afternoon.\n\n" * 40


def test_a_firm_is_an_organisation_whichever_chunk_says_so(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Veltrix cuts forecast\n\n"
        "Veltrix now expects sales of about $11bn for the year. Margins will fall, it said.\n\n"
        + _FILLER
        + "Chipmaker Veltrix said on Thursday that it would cut 200 jobs.\n"
    )
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_000)
    assert len(chunk_spans(text, 1_000)) > 2
    kinds = {s.name: s.kind for s in analyze(Article(text=text), nlp=analysis_nlp).speakers}
    assert kinds["Veltrix"] is SpeakerKind.ORGANISATION
