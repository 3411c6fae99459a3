"""A "they" opening the sentence after a spokesperson of no stated sex spoke is that
spokesperson, as news writes of one whose sex it does not know; not a body named further back.
A "they" after a spokeswoman, or two sentences on, is still a body's or a group's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_BEFORE = (
    "Councils to get new powers over empty homes\n\n"
    "Shelter, the housing charity, warned that the measures would do little for renters.\n\n"
)


def test_they_after_a_spokesperson_is_the_spokesperson(analysis_nlp: Language) -> None:
    text = (
        _BEFORE + "A spokesperson for the Local Government Association said councils would "
        "use the powers carefully. They warned that some owners could not sell because of "
        "probate delays.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Shelter",
        "Local Government Association spokesperson",
        "Local Government Association spokesperson",
    ]


def test_they_after_a_spokeswoman_is_not_her(analysis_nlp: Language) -> None:
    text = (
        _BEFORE + "A spokeswoman for the Local Government Association said councils would "
        "use the powers carefully. They warned that some owners could not sell because of "
        "probate delays.\n"
    )
    assert quote_speakers(analysis_nlp, text)[2] != "Local Government Association spokeswoman"


def test_they_a_sentence_further_on_is_not_the_spokesperson(analysis_nlp: Language) -> None:
    text = (
        _BEFORE + "A spokesperson for the Local Government Association said councils would "
        "use the powers carefully. Tenants in Hull have waited years for repairs. They warned "
        "that some owners could not sell because of probate delays.\n"
    )
    assert quote_speakers(analysis_nlp, text)[2] == "Tenants in Hull"
