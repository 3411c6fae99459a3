"""A "she" after the reporter spoke to someone: the one spoken to said it, not the reporter."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_she_is_the_named_person_the_reporter_spoke_to(analysis_nlp: Language) -> None:
    text = (
        "Storm damage on the seafront\n\n"
        "The reporter spoke to the harbourmaster, Jo Price, at the quay on Monday. "
        "She said the quay was unsafe.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Jo Price"]


def test_she_is_the_role_the_reporter_spoke_to(analysis_nlp: Language) -> None:
    text = (
        "Storm damage on the seafront\n\n"
        "The reporter spoke to the harbourmaster on Monday. Later she said the quay was unsafe.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["the harbourmaster"]


def test_the_office_interviewed_is_not_the_interviewer(analysis_nlp: Language) -> None:
    text = (
        "Storm damage on the seafront\n\n"
        "Our correspondent interviewed the mayor on Monday. She said the quay was unsafe.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["the mayor"]


def test_a_named_speaker_nearer_than_the_one_spoken_to_still_wins(
    analysis_nlp: Language,
) -> None:
    text = (
        "Storm damage on the seafront\n\n"
        "The reporter spoke to the harbourmaster on Monday. Anna Berg, a fisherman's wife, "
        "said the boats were lost. She said the quay was unsafe.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Anna Berg", "Anna Berg"]


def test_he_is_the_witness_an_inquiry_heard_from(analysis_nlp: Language) -> None:
    text = (
        "Dam inquiry\n\n"
        "Martin Fairweather said he had no recollection of the meeting.\n\n"
        "Earlier, the inquiry heard from the head of dam safety, Alan Price, who said he had "
        "raised concerns.\n\n"
        "\u201cI was told there was no money,\u201d he said.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Martin Fairweather",
        "Alan Price",
        "Alan Price",
    ]


def test_he_is_not_one_named_in_an_aside_no_one_heard_from(analysis_nlp: Language) -> None:
    text = (
        "Dam inquiry\n\n"
        "Martin Fairweather took over from the head of dam safety, Alan Price, who said in "
        "2017 that the dam was safe.\n\n"
        "\u201cI could only act on what I was told,\u201d he said.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Alan Price", "Martin Fairweather"]
