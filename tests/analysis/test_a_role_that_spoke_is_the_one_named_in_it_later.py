"""A role that speaks before anyone is named in it ("…, the housing minister said") is the one
person the story names in that role later ("Housing minister Ana Ruiz …"); not when the story
names another portfolio, or two people in the role, or the role is told as a woman's and the
one named is a man, nor "a spokesman", someone new."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run

_OPENING = (
    "Rent cap to be extended for two more years\n\n"
    "The cap on social rents will stay in place until 2028, the {role} said on Tuesday.\n\n"
)
_NAMED = (
    "Housing minister Ana Ruiz told reporters that more than 40,000 families had been helped "
    "by the cap since it began.\n"
)


def _speakers(analysis_nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in run(analysis_nlp, text).quotes]


def test_the_housing_minister_is_the_one_named_so_later(analysis_nlp: Language) -> None:
    text = _OPENING.format(role="housing minister") + _NAMED
    assert _speakers(analysis_nlp, text) == ["Ana Ruiz", "Ana Ruiz"]


def test_the_minister_is_the_one_minister_named_later(analysis_nlp: Language) -> None:
    text = _OPENING.format(role="minister") + _NAMED
    assert _speakers(analysis_nlp, text) == ["Ana Ruiz", "Ana Ruiz"]


def test_another_portfolio_is_not_the_one_named_later(analysis_nlp: Language) -> None:
    text = _OPENING.format(role="finance minister") + _NAMED
    assert _speakers(analysis_nlp, text) == ["the finance minister", "Ana Ruiz"]


def test_a_role_two_people_are_named_in_stays_itself(analysis_nlp: Language) -> None:
    text = (
        _OPENING.format(role="minister")
        + _NAMED
        + "\nFinance minister Tom Hale said the cost would be met from the housing budget.\n"
    )
    assert _speakers(analysis_nlp, text)[0] == "the minister"


def test_a_role_told_as_a_woman_is_not_a_man_named_later(analysis_nlp: Language) -> None:
    opening = _OPENING.format(role="minister").replace("Tuesday.", "Tuesday. She said it worked.")
    text = opening + _NAMED.replace("Ana Ruiz", "Tom Hale")
    assert _speakers(analysis_nlp, text)[:2] == ["the minister", "the minister"]


def test_a_spokesman_is_someone_new_not_the_spokesman_named_later(analysis_nlp: Language) -> None:
    text = (
        "Rent cap to be extended\n\n"
        "The cap on social rents will stay until 2028, a spokesman announced on Tuesday.\n\n"
        "\u201cFamilies can plan ahead,\u201d ministry spokesman Tom Hale said on Wednesday.\n"
    )
    assert _speakers(analysis_nlp, text) == ["a spokesman", "Tom Hale"]


def test_a_role_spoken_of_after_the_one_named_in_it_is_not_them(analysis_nlp: Language) -> None:
    text = (
        "Rent cap to be extended\n\n"
        "Housing minister Ana Ruiz said the cap on social rents would stay until 2028.\n\n"
        "Minister after minister from both sides of the house said on Tuesday that it worked.\n\n"
        "Ruiz told reporters that 40,000 families had been helped.\n"
    )
    analysis = run(analysis_nlp, text)
    ruiz = next(s for s in analysis.speakers if s.name == "Ana Ruiz")
    assert all(not text[a:b].startswith("Minister after") for a, b in ruiz.mentions)
