"""Speaker names across a line-end hyphen (text copied from a PDF) and across a hyphen the
tokenizer splits at ("E-Redes")."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import Analysis
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    return analyze(Article(text=text), nlp=nlp)


def test_a_word_broken_at_a_line_end_is_one_word(analysis_nlp: Language) -> None:
    text = (
        "The head teacher, Ruth Kemp, said the school would reopen.\n"
        "Parents welcomed the admin-\n"
        "istration's promise to repair the roof before winter.\n"
    )
    analysis = run(analysis_nlp, text)
    names = [s.name for s in analysis.speakers]
    assert "istration" not in names
    quote = next(q for q in analysis.quotes if "roof" in text[q.start : q.end])
    assert quote.speaker == "the administration"
    assert quote.speaker_span is not None
    assert text[slice(*quote.speaker_span)] == "the admin-\nistration"


def test_a_name_split_at_its_hyphen_is_spanned_whole(analysis_nlp: Language) -> None:
    text = (
        "Power returned to most homes by noon, E-Redes said.\n\nE-Redes said crews were working.\n"
    )
    analysis = run(analysis_nlp, text)
    assert [s.name for s in analysis.speakers] == ["E-Redes"]
    for quote in analysis.quotes:
        assert quote.speaker_span is not None
        assert text[slice(*quote.speaker_span)] == "E-Redes"
