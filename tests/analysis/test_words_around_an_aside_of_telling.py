"""A cue set between commas ("She set out, she tells me, to make bowls") reports the words
on both sides of it, however the parse reads the sentence; an act with its object between
commas ("attacked the harbour,") is no such aside."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def test_tells_me_between_commas_reports_both_sides(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The baker of Kelso\n\n"
        "Ruth Imrie has baked bread in Kelso since 1988. She started, she tells me, to pay "
        "off a loan.\n",
    )
    assert [" … ".join(text[a:b] for a, b in q.parts) for q in result.quotes] == [
        "She started … to pay off a loan"
    ]


def test_the_clause_interrupted_is_the_words_not_the_one_before(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Harbour silting up\n\n"
        "The council had long ignored the problem, but the channel had become so shallow, "
        "Ann Cole told us, that no trawler could pass.\n",
    )
    [quote] = [q for q in result.quotes if q.speaker == "Ann Cole"]
    assert [text[a:b] for a, b in quote.parts] == [
        "the channel had become so shallow",
        "that no trawler could pass",
    ]
