""" "Chair" is a title, as "chairman" is: "Fed Chair Jerome Powell" is Jerome Powell, and "the
chair" later stands for the chair named before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run


def test_chair_before_a_name_is_no_part_of_it(analysis_nlp: Language) -> None:
    text = (
        "Rates held\n\n"
        '"We are not yet confident enough," Chair Jerome Powell told reporters on Wednesday.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Jerome Powell"]
    assert [s.name for s in run(analysis_nlp, text).speakers] == ["Jerome Powell"]


def test_the_chair_stands_for_the_chair_named_before(analysis_nlp: Language) -> None:
    text = (
        "Board backs plan\n\n"
        "The board's chair, Amina Yusuf, said the vote was close. The chair added that "
        "members would meet again in March.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Amina Yusuf", "Amina Yusuf"]
