"""A one-word name the recogniser takes for a person may turn out a body ("Halvorsen … the
company said"); a "she" that stood for it then stands for nobody named, as only a person is a
"she", while the name's own words stay the body's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_she_is_not_a_firm_shown_later(analysis_nlp: Language) -> None:
    text = (
        "Wind farm delayed again\n\n"
        "Halvorsen said the turbines had been held up by a shortage of cable ships.\n\n"
        '"We cannot build faster than the ships allow," she said.\n\n'
        "Halvorsen is to cut 300 jobs at its Lowestoft base, the company said.\n"
    )
    result = run(analysis_nlp, text)
    speakers = {s.key: s for s in result.speakers}
    first, quoted, _ = result.quotes
    assert speakers[first.speaker_key].kind == "organisation"
    assert first.speaker == "Halvorsen"
    assert quoted.speaker == "she"
    assert speakers[quoted.speaker_key].kind == "person"


def test_she_stays_a_person_named_in_one_word(analysis_nlp: Language) -> None:
    text = (
        "Singer cancels tour\n\n"
        "Adele said the shows would be moved to next year.\n\n"
        '"I need to rest my voice," she said.\n'
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Adele", "Adele"]
