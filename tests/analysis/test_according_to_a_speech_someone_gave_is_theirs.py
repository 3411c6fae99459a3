"""Words "according to a speech Hale delivered" are Hale's, the one the clause after the
speech says made it; a thing described between commas ("The charter, which most towns
signed, obliges …") keeps its own words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_one_who_delivered_the_speech_speaks(analysis_nlp: Language) -> None:
    text = (
        "Harbour plan\n\nThe aim is not revenue but a cleaner harbour, according to a speech "
        "Mayor Ann Hale delivered at Riverton College in July.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Ann Hale", "according to")]


def test_those_who_signed_a_charter_do_not_speak_for_it(analysis_nlp: Language) -> None:
    text = (
        "Harbour plan\n\nThe 1990 Harbour Charter, which most towns signed, obliges councils "
        "to offer moorings to all fishing boats.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert all(q.speaker != "most towns" for q in quotes)
