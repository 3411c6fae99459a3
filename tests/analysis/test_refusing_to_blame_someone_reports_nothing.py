"""Refusing to blame or criticise someone says nothing of them: no words are reported,
and a quotation right after stands on its own as the refuser's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_refusing_to_blame_the_linesman_leaves_the_quote_after_on_its_own(
    analysis_nlp: Language,
) -> None:
    text = (
        "The visiting coach, whose side stay second by two points, refused to blame the "
        'linesman for the loss, though. "We lost our heads. That is down to us, not him."\n'
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, q.kind.value, words(text, q)) for q in quotes] == [
        (
            "The visiting coach",
            None,
            "direct",
            '"We lost our heads. That is down to us, not him."',
        )
    ]


def test_declining_to_criticise_a_deputy_reports_nothing(analysis_nlp: Language) -> None:
    text = "Jones declined to criticise her deputy after the vote.\n"
    assert run(analysis_nlp, text).quotes == ()


def test_declining_to_name_a_buyer_still_keeps_words_back(analysis_nlp: Language) -> None:
    text = "Jones declined to name the buyer.\n"
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["declined to name"]


def test_refusing_to_endorse_a_candidate_is_a_position(analysis_nlp: Language) -> None:
    text = "The senator refused to endorse Ms Patel at the party conference.\n"
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["refused to endorse"]
