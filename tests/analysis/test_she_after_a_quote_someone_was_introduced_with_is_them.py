"""A "she" closing a quote that a clause before it brought in ("Moss scolded him: “…,” she said")
is the subject of that clause, however the parse hung it on the quote's words, and not someone
a heading named before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_she_is_the_senator_who_scolded(analysis_nlp: Language) -> None:
    text = (
        "TV doctor under fire\n\n"
        "FELLOW DOCTORS DON'T WANT TO WORK WITH HIM — A group of doctors sent a letter to the "
        'hospital, calling for his dismissal. "He has a huge pulpit," said Paul Frey, a professor '
        'of surgery. "He can\'t simply dispense with facts."\n'
        "CONGRESS HAS INVESTIGATED HIM — His advice earned him the attention of Congress, where he "
        'appeared at a hearing. Democratic Sen. Clara Moss (D-Mo.) scolded him: "The scientific '
        'community is almost monolithic against you," she said.\n'
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes if q.cue == "said"] == ["Paul Frey", "Clara Moss"]
