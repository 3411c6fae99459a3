"""A direct quote is as check-worthy as its own words: the attribution set between its parts
('"…," said Dr Helen Marsh, a lecturer who advised the council in 2019. "…"') lends it no
names, past tense or date, so an opinion so attributed ranks as it would with "she said", below
the reporter's dated fact."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text

OPINION = '"I think it is a terrible idea," {attribution}. "It will hurt everyone."'
LONG = (
    "said Dr Helen Marsh, a transport lecturer at Leeds Beckett University who advised the "
    "council in 2019"
)
FACT = "The parking scheme opened in the town centre in March."


def test_a_named_and_dated_attribution_does_not_raise_an_opinion(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, f"{OPINION.format(attribution=LONG)}\n\n{FACT}\n")
    first = result.claims[0]
    assert text[first.start : first.end] == FACT


def test_an_opinion_scores_the_same_whoever_is_named_saying_it(analysis_nlp: Language) -> None:
    _, long = run_with_text(analysis_nlp, OPINION.format(attribution=LONG) + "\n")
    _, short = run_with_text(analysis_nlp, OPINION.format(attribution="she said") + "\n")
    assert [c.score for c in long.claims] == [c.score for c in short.claims]
