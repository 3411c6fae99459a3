"""Verbs of saying used for something else report no words: a result that "added to" a body
of evidence, leave "to discuss" talks, a plan that "had been discussed", and someone "asked
about" a report, who answered but asked nothing, and a vote "with" a side, "on" a measure or
by a tally ("voted seven to four", "voted by 87% in favour of a strike")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_adding_to_something_is_no_speech(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Sleep study welcomed\n\n"
        'Its director, Carla Mendes, said the data added to "a mounting body of research" '
        "that sleep protects memory. Mr Hart added to reporters that more work was needed.\n",
    )
    cues = [(speaker, cue) for speaker, cue, _ in said(text, result)]
    assert cues == [("Carla Mendes", "said"), ("Hart", "added")]


def test_leave_to_discuss_and_a_discussed_plan_report_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Budget row\n\n"
        "One official, who was not authorised to discuss the talks, said the deal had "
        "collapsed. A party source said the budget had been debated for weeks.\n",
    )
    assert [(speaker, cue) for speaker, cue, _ in said(text, result)] == [
        ("One official", "said"),
        ("A party source", "said"),
    ]


def test_someone_asked_about_a_report_did_not_ask(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Minister denies split\n\n"
        "Mr Lowe, asked about the reported rift, said he did not recognise the account.\n",
    )
    assert ("Lowe", "asked") not in [(speaker, cue) for speaker, cue, _ in said(text, result)]


def test_voting_with_a_side_reports_nothing_but_voting_against_a_plan_does(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Council splits over budget\n\n"
        "Two councillors, Ann Lee and Bob Hart, voted with the opposition. "
        "Ann Lee voted against the budget.\n",
    )
    assert said(text, result) == [("Ann Lee", "voted against", "the budget")]


def test_a_vote_held_on_a_measure_reports_nothing_but_voting_to_act_does(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Shutdown looms\n\n"
        "The Senate is expected to vote again Thursday on a competing measure. "
        "The union voted on Monday to strike.\n",
    )
    assert said(text, result) == [("The union", "voted", "to strike")]


def test_a_votes_tally_is_no_words_but_what_it_voted_to_do_is(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Quarry approved\n\n"
        "The planning committee voted seven to four on Tuesday in favour of the application. "
        "The parish council voted seven to four to oppose it.\n",
    )
    assert said(text, result) == [("The parish council", "voted", "to oppose it")]


def test_a_votes_margin_is_no_words_but_what_it_voted_to_do_is(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Bus strike\n\n"
        "About 400 drivers employed by Redline Coaches voted by 87% in favour of a strike on a "
        "turnout of 70%. The cleaners voted by 87% to strike in March.\n",
    )
    assert said(text, result) == [("The cleaners", "voted", "to strike in March")]
