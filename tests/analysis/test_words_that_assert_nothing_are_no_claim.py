"""A fact-checker reads the claims list for things to check: a quote that only asks, exclaims
or calls on the reader to act ("Please don't wait.", "What a year!") asserts nothing and is not
listed, nor is a police appeal to the reader ("Anyone with information is asked to call 101"), and an exclamation after a quote's statement is left out of its claim."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import run_with_text

RESULTS = (
    "Harbour Foods profits jump as shoppers trade down\n\n"
    "Harbour Foods reported a 23% rise in annual profits to £412m on Thursday.\n\n"
    'Chief executive Martin Kowalski said: "We\'re thrilled with these results. What a year!"\n\n'
    "Shares rose 6% in early trading in London."
)

PLEDGE = (
    "Minister pledges 40,000 new homes\n\n"
    '"This is the biggest council house building programme in a generation," the housing '
    'minister, Priya Sandhu, told delegates. "We\'re delighted!"\n\n'
    "Last year only 6,400 social homes were built in England."
)

MEASLES = (
    "Measles cases rise in Birmingham\n\n"
    "The health agency said 216 cases had been confirmed in Birmingham since January.\n\n"
    "Dr Helen Marsh, a consultant in health protection, said: \"Please don't wait. Book an "
    'appointment with your GP today."\n\n'
    'Residents said the clinic was full. "Why won\'t anyone do something?" one mother asked.'
)


def _claimed(nlp: Language, story: str) -> list[str]:
    text, result = run_with_text(nlp, story)
    return [text[c.start : c.end] for c in result.claims]


def test_a_quote_of_feelings_and_exclamations_is_no_claim(analysis_nlp: Language) -> None:
    claims = _claimed(analysis_nlp, RESULTS)
    assert not any("What a year" in claim for claim in claims)
    assert any("23%" in claim for claim in claims)


def test_an_exclamation_after_the_statement_is_left_out_of_its_claim(
    analysis_nlp: Language,
) -> None:
    claims = _claimed(analysis_nlp, PLEDGE)
    pledge = next(claim for claim in claims if "biggest" in claim)
    assert "delighted" not in pledge
    assert pledge.startswith('"This is the biggest') and "told delegates" not in pledge


def test_a_call_to_act_or_a_question_is_no_claim(analysis_nlp: Language) -> None:
    claims = _claimed(analysis_nlp, MEASLES)
    assert not any("appointment" in claim or "wait" in claim for claim in claims)
    assert not any("anyone do something" in claim for claim in claims)
    assert any("216 cases" in claim for claim in claims)


COLUMN = (
    "Councils are closing libraries again\n\n"
    "Last year, 180 public libraries closed in England, the most since 2016.\n\n"
    "{question}\n\n"
    "Nobody I spoke to in Hull could name a better use for the building."
)


def test_the_reporters_own_question_is_no_claim_for_its_figure(analysis_nlp: Language) -> None:
    # A columnist's question puts nothing on record, though a "three-day" in it reads as a
    # figure.
    question = "So why do we still pretend that a three-day opening week is enough?"
    claims = _claimed(analysis_nlp, COLUMN.format(question=question))
    assert question not in claims
    assert "Last year, 180 public libraries closed in England, the most since 2016." in claims


def test_a_question_that_puts_a_record_on_the_table_stays_a_claim(
    analysis_nlp: Language,
) -> None:
    question = "Why did Hull council spend £2.4m on closing 12 libraries in 2023?"
    assert question in _claimed(analysis_nlp, COLUMN.format(question=question))


def test_a_sentence_showing_someone_ask_stays_the_reporters_claim(analysis_nlp: Language) -> None:
    sentence = 'The advert shows the mayor asking, "Why are 12 libraries still open?"'
    assert sentence in _claimed(analysis_nlp, COLUMN.format(question=sentence))


CRASH = (
    "Cyclist seriously hurt in crash on A61\n\n"
    "A cyclist was seriously hurt in a crash on the A61 near Wetherby on Monday.\n\n"
    "{appeal}\n\n"
    "Police said 12 people had called with information.\n\n"
    "More than 40 residents were asked to leave their homes after a similar crash in 2019."
)


@pytest.mark.parametrize(
    ("appeal", "asked"),
    [
        ("Anyone with information is asked to call 101, quoting log 1234 of 2 December.", "101"),
        ("Witnesses are urged to contact Crimestoppers anonymously on 0800 555 111.", "0800"),
        ("Those with dashcam footage should contact police on 101, quoting log 1234.", "101"),
        (
            "Officers are appealing for anyone in the area between 9pm and 10pm to get in touch.",
            "9pm",
        ),
        (
            'Sgt Ann Price said: "It happened in broad daylight. Anyone who saw the crash is asked '
            'to call us on 101."',
            "101",
        ),
    ],
)
def test_an_appeal_to_the_reader_is_no_claim(
    analysis_nlp: Language, appeal: str, asked: str
) -> None:
    claims = _claimed(analysis_nlp, CRASH.format(appeal=appeal))
    assert not any(asked in claim for claim in claims)
    assert "12 people had called with information" in claims


def test_people_asked_to_act_in_the_past_stay_a_claim(analysis_nlp: Language) -> None:
    appeal = "Anyone with information is asked to call 101."
    claims = _claimed(analysis_nlp, CRASH.format(appeal=appeal))
    assert any(claim.startswith("More than 40 residents were asked") for claim in claims)


@pytest.mark.parametrize(
    ("headline", "claimed"),
    [
        ("Is the four-day week here to stay?", False),
        ("Why did Hull council spend £2.4m on closing 12 libraries?", True),
    ],
)
def test_a_headline_that_asks_is_a_claim_only_when_it_states_a_record(
    analysis_nlp: Language, headline: str, claimed: bool
) -> None:
    story = f"{headline}\n\nStaff at a Leeds bakery now work Monday to Thursday.\n"
    assert (headline in _claimed(analysis_nlp, story)) is claimed
