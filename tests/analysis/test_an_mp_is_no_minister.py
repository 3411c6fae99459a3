"""An MP named in a debate ("Labour MP Helen Carter") is whom a later "the MP" stands for,
and no minister: "the minister", with none named, is a speaker of their own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in run(nlp, text).quotes]


def test_the_minister_is_not_the_mp_named_before(analysis_nlp: Language) -> None:
    text = (
        "Quotas approved\n\n"
        "Tory MP John Baron said the bill was a disgrace. The minister said the bill would "
        "pass.\n"
    )
    assert speakers(analysis_nlp, text) == ["John Baron", "The minister"]


def test_the_mp_is_the_mp_named_before(analysis_nlp: Language) -> None:
    text = (
        "Quotas approved\n\n"
        "Labour MP Helen Carter said the bill was bad. The MP said it would fail.\n"
    )
    assert speakers(analysis_nlp, text) == ["Helen Carter", "Helen Carter"]


def test_a_minister_who_is_an_mp_is_still_the_minister(analysis_nlp: Language) -> None:
    text = (
        "Schools\n\n"
        "Education Secretary Ann Vale, the MP for Dunmore, said schools would open. The "
        "minister said teachers would be paid.\n"
    )
    assert speakers(analysis_nlp, text) == ["Ann Vale", "Ann Vale"]
