"""A promise after a role with the name set beside it ("The chief constable of West Mercia, Helen
Grant, promised on Monday to put 50 more officers on the streets") is hers, though the parse may
read "promised" as a participle on the role, as in "a man urged to stay". So is a verb after a
relative clause on the subject, read as a participle on the clause's last noun: "One of the
doctors who signed the letter called Lee a quack" is the doctor's (but "A letter called Hope
arrived" names the letter)."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_the_promise_is_the_named_role_holders(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Street robberies\n\nThe chief constable of West Mercia, Helen Grant, promised on Monday "
        "to put 50 more officers on the streets.\n",
    )
    assert said(text, result) == [
        ("Helen Grant", "promised", "to put 50 more officers on the streets")
    ]


def test_a_verb_after_a_relative_clause_is_the_subjects(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Clinic row\n\nOne of the doctors who signed the letter called Lee a quack and a fraud.\n",
    )
    assert said(text, result) == [("One of the doctors", "called", "Lee a quack and a fraud")]


def test_a_thing_called_by_a_name_is_no_report(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Clinic row\n\nA letter called Hope arrived at the clinic on Monday.\n"
    )
    assert said(text, result) == []
