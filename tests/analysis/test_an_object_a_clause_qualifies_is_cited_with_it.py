"""An object that a clause after it qualifies with no relative word is reported with that
clause ("cited disparaging remarks Trump had made about nurses"), though the parse makes the
clause the cue's own; whom something is told stays out ("told the forum he was …"). What others
say of the object in its relative clause is theirs: "cited the plan that ministers say will cut
costs" cites the plan."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said, words


def test_the_remarks_are_cited_with_who_made_them(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Debate\n\nAt Monday’s debate, Ruiz cited disparaging remarks Trump had made about "
        "nurses as examples of his contempt for workers.\n",
    )
    assert said(text, result) == [
        (
            "Ruiz",
            "cited",
            "disparaging remarks Trump had made about nurses as examples of his contempt for "
            "workers",
        )
    ]


def test_the_one_told_is_no_part_of_the_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Iraq\n\nRuiz told the forum she was totally against the war because it cost too much.\n",
    )
    assert [words for _, _, words in said(text, result)] == [
        "she was totally against the war because it cost too much"
    ]


def test_what_others_say_of_the_object_is_theirs_not_the_citing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Budget\n\nHe cited the plan that ministers say will cut costs.\n"
    )
    assert [(q.speaker, q.cue, words(text, q)) for q in result.quotes] == [
        ("He", "cited", "the plan"),
        ("ministers", "say", "the plan | will cut costs"),
    ]


def test_a_relative_word_hung_on_the_clause_below_still_opens_the_words(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Sales\n\nThe chief executive told analysts on a call that he expected volumes to grow.\n",
    )
    assert [words(text, q) for q in result.quotes] == ["that he expected volumes to grow"]
