"""A block quote whose <cite> credits its speaker reads as that speaker's signed words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newslens.analysis.pipeline import analyze
from newslens.sources import load_article

if TYPE_CHECKING:
    from spacy.language import Language

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Bus station to close for a year | Valley Voice</title>
</head><body><article><h1>Bus station to close for a year</h1><div class="entry-content">
<p>The town's bus station will close for a year from March while its roof is replaced, the
council confirmed on Monday.</p>
<p>Buses will stop on Market Street instead, and the route 12 timetable will change.</p>
<blockquote class="wp-block-quote">{quote}</blockquote>
<p>The work is expected to cost £2.4 million and will be paid for by a government grant.</p>
</div></article></body></html>
"""
WORDS = "Nobody wants the station shut, but the roof is not safe and we cannot wait."


def load(tmp_path: Path, quote: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(quote=quote), encoding="utf-8")
    return load_article(str(path)).text


def test_the_credit_signs_the_quotation_on_its_line(tmp_path: Path, analysis_nlp: Language) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        PAGE.format(quote=f"<p>{WORDS}</p><cite>Jo Lee, council leader</cite>"), encoding="utf-8"
    )
    article = load_article(str(path))
    assert f"\n“{WORDS}” — Jo Lee, council leader\n" in article.text
    quotes = analyze(article, analysis_nlp).quotes
    said = [
        " ".join(article.text[a:b] for a, b in quote.parts)
        for quote in quotes
        if quote.speaker == "Jo Lee"
    ]
    assert said == [f"“{WORDS}”"]


def test_a_quotation_in_its_own_marks_is_not_marked_again(tmp_path: Path) -> None:
    text = load(tmp_path, f"<p>“{WORDS}”</p><cite>Jo Lee</cite>")
    assert f"\n“{WORDS}” — Jo Lee\n" in text


def test_a_quotation_of_two_paragraphs_is_signed_under_its_last(tmp_path: Path) -> None:
    second = "The traders will be asked about parking before the work starts."
    text = load(tmp_path, f"<p>{WORDS}</p><p>{second}</p><cite>Jo Lee</cite>")
    assert f"\n{WORDS}\n{second} — Jo Lee\n" in text


def test_a_quotation_signed_by_no_cite_is_left_as_it_was(tmp_path: Path) -> None:
    text = load(tmp_path, f"<p>{WORDS}</p>&mdash; Jo Lee (@jolee) March 2, 2026")
    assert f"\n{WORDS}\n— Jo Lee (@jolee) March 2, 2026\n" in text
