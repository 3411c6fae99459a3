"""A call for an act named by its verb ("The mayor called for scrapping the parking charge") is
what someone wants done, no claim, as "urged the council to scrap it" is; telling of an act
("told of losing her job") still reports one."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text


def _claimed(nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(nlp, text)
    return [text[c.start : c.end] for c in result.claims]


def test_a_call_for_an_act_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp, "The mayor called for scrapping the parking charge introduced in 2019.\n"
    )
    assert not any(words.startswith("scrapping") for words in claimed)


def test_telling_of_an_act_is_still_a_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(analysis_nlp, "The nurse told of losing her job after the clinic closed.\n")
    assert "losing her job after the clinic closed" in claimed
