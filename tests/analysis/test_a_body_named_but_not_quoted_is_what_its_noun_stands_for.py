"""A body the story names without quoting it is who "the council", "the force", "the agency"
or "a council spokesperson" after it is, when no body quoted before fits."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_council_and_its_spokesperson_named_before(analysis_nlp: Language) -> None:
    text = (
        "Library row\n\n"
        "A row has broken out at Felbridge District Council over plans to close a library.\n\n"
        "A council spokesperson said other options would be considered. The council said no "
        "decision had been taken.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        None,
        "Felbridge District Council spokesperson",
        "Felbridge District Council",
    ]


def test_the_force_after_the_police_that_investigated(analysis_nlp: Language) -> None:
    text = (
        "Burglar jailed\n\n"
        "A burglar has been jailed for six years after an investigation by West Yorkshire "
        "Police.\n\n"
        "The force welcomed the sentence; it said the case showed that crime did not pay.\n"
    )
    speakers = [s for s in quote_speakers(analysis_nlp, text) if s is not None]
    assert set(speakers) == {"West Yorkshire Police"}


def test_the_agency_after_a_programme_spoken_for(analysis_nlp: Language) -> None:
    text = (
        "Aid stalls\n\n"
        "A spokeswoman for the World Food Programme said trucks were waiting at the border. "
        "The agency said famine was close.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "World Food Programme spokeswoman",
        "World Food Programme",
    ]
