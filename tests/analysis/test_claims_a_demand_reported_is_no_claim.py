"""A demand reported, its verb bare ("is demanding that the governor make a public apology",
"insisted that the mayor go to hospital", "asked that donations be made"), is what someone is
to do, no claim; "said the port would reopen" still is one."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text


def _claimed(nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(nlp, text)
    return [text[c.start : c.end] for c in result.claims if c.claimant is not None]


def test_a_demand_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "The union is demanding that the governor make a public apology to the nurses.\n",
    )
    assert claimed == []


def test_an_insistence_that_someone_go_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp, "The doctor insisted that the mayor go to hospital for a scan.\n"
    )
    assert claimed == []


def test_what_will_be_is_still_a_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(analysis_nlp, "The harbour master said the port would reopen on Friday.\n")
    assert claimed == ["the port would reopen on Friday"]


def test_a_demand_that_a_thing_be_done_is_no_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "The family has asked that donations be made to a children's hospice instead of "
        "flowers. Campaigners demanded that the files be released.\n",
    )
    assert claimed == []


def test_what_was_done_is_still_a_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp, "The family said that donations were made to a children's hospice.\n"
    )
    assert claimed == ["donations were made to a children's hospice"]
