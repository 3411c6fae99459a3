"""What the analysis tests ask of a short article: its analysis, who said what, its figures, the
features its claims score reads."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.claims import span_features
from newslens.analysis.figures import find_figures
from newslens.analysis.model import Analysis, Figure, FigureKind, Quote
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    """The analysis of an article whose whole text is ``text``."""
    return analyze(Article(text=text), nlp=nlp)


def run_with_text(nlp: Language, text: str) -> tuple[str, Analysis]:
    """``text`` with its analysis, for a test that writes the article inline in the call."""
    return text, run(nlp, text)


def words(text: str, quote: Quote) -> str:
    """A quote's words as the reader shows them: each part, joined by " | "."""
    return " | ".join(text[a:b] for a, b in quote.parts)


def said(text: str, result: Analysis) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, text from the quote's start to its end) of every quote."""
    return [(q.speaker, q.cue, text[q.start : q.end]) for q in result.quotes]


def quote_speakers(nlp: Language, text: str) -> list[str | None]:
    """The speaker of each quote in ``text``, in order."""
    return [q.speaker for q in run(nlp, text).quotes]


def found(nlp: Language, text: str) -> dict[str, Figure]:
    """The figures found in ``text``, by their words."""
    return {f.text: f for f in find_figures(nlp(text))}


def facts(nlp: Language, text: str) -> list[tuple[str, FigureKind, float | str | None, str | None]]:
    """(words, kind, value, unit) of every figure found in ``text``, in order."""
    return [(f.text, f.kind, f.value, f.unit) for f in find_figures(nlp(text))]


def features_of(nlp: Language, text: str) -> dict[str, float]:
    """The named features the claims score reads in ``text``, one sentence with its figures."""
    doc = nlp(text)
    return span_features(doc[:], find_figures(doc))
