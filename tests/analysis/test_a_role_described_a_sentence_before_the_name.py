"""A role the story describes in one sentence and the full name opening the next are one
person ("The mayor was defiant. Anne Fisher said …"): a later "the mayor" is that person,
and so is the headline's "Mayor"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run


def test_the_role_later_is_the_name_after_it(analysis_nlp: Language) -> None:
    text = (
        "Mayor digs in over harbour plan\n\n"
        "The mayor was unrepentant. Nora Vance said the harbour needed the new berths.\n\n"
        "Later the mayor said the plan would pass.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Nora Vance", "Nora Vance"]
    assert [s.name for s in result.speakers] == ["Nora Vance"]


def test_a_bodys_role_before_the_name_is_that_person(analysis_nlp: Language) -> None:
    text = (
        "Harbour plan delayed\n\n"
        "The port authority's chief executive was more cautious. Ian Pell told the meeting "
        "that every objection would be read. The chief executive said a vote would come in "
        "June.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Ian Pell", "Ian Pell"]


def test_a_role_that_speaks_is_not_the_next_name(analysis_nlp: Language) -> None:
    text = (
        "Harbour plan delayed\n\n"
        "The harbourmaster said the berths were unsafe. Ian Pell said they were fine. The "
        "harbourmaster said he would close them.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "The harbourmaster",
        "Ian Pell",
        "The harbourmaster",
    ]


def test_a_role_of_the_other_sex_is_not_the_name(analysis_nlp: Language) -> None:
    text = (
        "Harbour plan delayed\n\n"
        "The chairwoman was furious. Ian Pell said the vote had been rigged. The chairwoman "
        "said it had not.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Ian Pell", "The chairwoman"]


def test_a_name_given_another_role_is_not_the_role_before(analysis_nlp: Language) -> None:
    text = (
        "Talks collapse\n\n"
        "The minister was in Paris on Monday. John Smith, the opposition leader, said the "
        "talks had failed. The minister said they had not.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["John Smith", "The minister"]
