"""A couple named as "Alex Reid and her husband Jordan": "her" shows Reid is a woman and
"husband" that Jordan is a man, whatever their given names leave open, so a later "he" is
Jordan and a later "she" Reid."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_he_after_her_husband_is_the_husband(analysis_nlp: Language) -> None:
    text = (
        "Bakery wins national prize\n\n"
        "Alex Reid and her husband Jordan run the Corner Bakery in Ashby. The shop won the "
        "national prize on Friday.\n\n"
        'He said the award was a surprise. "We only entered for fun," she said.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Jordan", "Alex Reid"]


def test_she_after_his_wife_is_the_wife(analysis_nlp: Language) -> None:
    text = (
        "Bakery wins national prize\n\n"
        "Chris Reid and his wife Sam run the Corner Bakery in Ashby.\n\n"
        "She said the award was a surprise.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Sam"]
