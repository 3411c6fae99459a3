"""An act joined on after the last quotation mark of reported words ("… had "a clear plan"
but gave no details") is the speaker's, not part of what was said."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def words_of(analysis_nlp: Language, text: str) -> list[str]:
    return [text[q.start : q.end] for q in run(analysis_nlp, text).quotes]


def test_but_gave_no_details_after_the_quoted_words(analysis_nlp: Language) -> None:
    text = (
        "The mayor's office said in a short statement that the council had \"a firm "
        'timetable" but gave no dates.\n'
    )
    assert words_of(analysis_nlp, text) == ['that the council had "a firm timetable"']


def test_and_left_the_room_after_the_quoted_words(analysis_nlp: Language) -> None:
    text = 'The minister said the report was "deeply flawed" and left the room.\n'
    assert words_of(analysis_nlp, text) == ['the report was "deeply flawed"']


def test_a_verb_the_reported_subject_shares_stays_in_the_words(analysis_nlp: Language) -> None:
    text = "The minister said the report was flawed and ignored the evidence.\n"
    assert words_of(analysis_nlp, text) == ["the report was flawed and ignored the evidence"]


def test_thanks_after_words_said_in_a_statement_are_the_speakers(analysis_nlp: Language) -> None:
    # The parse may hang the reported clause on "statement"; the thanks are the board's
    # still, reported as its own, and the one thanked says nothing.
    text = (
        'The board said in a statement that Kerr, 44, had left "by mutual consent" and '
        "thanked him for his work over two years in charge.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("The board", "said", 'that Kerr, 44, had left "by mutual consent"'),
        ("The board", "thanked", "him for his work"),
    ]


def test_the_one_thanked_is_not_who_thanks(analysis_nlp: Language) -> None:
    text = (
        'The charity said in a statement that Okafor, 52, had resigned "for personal reasons" '
        "and thanked her for her leadership.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["The charity", "The charity"]


def test_a_past_like_cut_after_the_quoted_words_is_the_speakers(analysis_nlp: Language) -> None:
    # "cut", "put", "set": the tagger may read the past as a bare verb
    text = (
        'Analysts at the bank said the fall was "smaller than feared" but cut their '
        "price target to 340p.\n"
    )
    assert words_of(analysis_nlp, text) == ['the fall was "smaller than feared"']


def test_a_past_like_cut_with_no_quoted_words_stays_in_them(analysis_nlp: Language) -> None:
    text = "The minister said the report was late and cut corners.\n"
    assert words_of(analysis_nlp, text) == ["the report was late and cut corners"]
