"""A participle right after an aside set between dashes goes on from the sentence, not from the
aside: "marched round the stadium - where the Hawks played the Lions - while chanting, “…”" is
the marchers' chant, not the Hawks'."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_marchers_chant(analysis_nlp: Language) -> None:
    text = (
        "Stadium march\n\nSmall groups of nurses continued to call for better pay, circling the "
        "streets around Riverton Arena - where the league's Riverton Hawks played the Dockside "
        'Lions - while chanting, "Hands off, don\'t cut."\n'
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes if q.cue == "chanting"] == ["Small groups of nurses"]
