"""Where a cue's words end when clauses are joined: a second act of speech joined by "and"
(or after a modal clause, or bidding someone act after a clause in another tense) is the
speaker's own act, a passive one is not, a clause joined to a clause stays one report, and a
participle after an aside cue tells what the speakers did, not what they said."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_reporting_verb_joined_to_a_things_clause_is_the_speakers_second_act(
    analysis_nlp: Language,
) -> None:
    text = (
        "Opposition councillor Tom Hale said the plan was rushed and warned that costs "
        "would rise.\n\n"
        "The union said the offer was an insult and threatened to strike.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Tom Hale", "said", "the plan was rushed") in quotes
    assert ("Tom Hale", "warned", "that costs would rise") in quotes
    assert ("The union", "said", "the offer was an insult") in quotes
    assert ("The union", "threatened", "to strike") in quotes


@pytest.mark.parametrize(
    ("sentence", "cue", "words", "plea", "bidden"),
    [
        (
            "Ms Lee told the House that officials had worked hard and called on ministers to "
            "extend the scheme.",
            "told",
            "that officials had worked hard",
            "called on",
            "ministers to extend the scheme",
        ),
        (
            "Ms Lee said the firm had cut jobs and urged staff to stay calm.",
            "said",
            "the firm had cut jobs",
            "urged",
            "staff to stay calm",
        ),
    ],
)
def test_bidding_someone_act_after_a_clause_in_another_tense_is_the_speakers_act(
    analysis_nlp: Language, sentence: str, cue: str, words: str, plea: str, bidden: str
) -> None:
    # "had worked … and called on": the clause's past perfect, the cue's past; one bidding
    # others act has words of its own, as "insisted that …" does
    text = f"Scheme row\n\n{sentence}\n"
    assert said(text, run(analysis_nlp, text)) == [("Lee", cue, words), ("Lee", plea, bidden)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Ms Lee said the committee had met and agreed to cut fees.",
            "the committee had met and agreed to cut fees",
        ),
        (
            "Ms Lee said officials were working hard and urged people to be patient.",
            "officials were working hard and urged people to be patient",
        ),
        (
            'Ms Lee said it would "cut hours" and put staff on notice.',
            'it would "cut hours" and put staff on notice',
        ),
    ],
)
def test_an_act_that_can_share_the_clauses_subject_and_tense_goes_on_with_it(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text = f"Scheme row\n\n{sentence}\n"
    assert said(text, run(analysis_nlp, text)) == [("Lee", "said", words)]


def test_a_passive_reporting_verb_joined_to_the_clause_goes_on_with_it(
    analysis_nlp: Language,
) -> None:
    # Done to the clause's subject, not by the speaker: the men are being questioned.
    text = "Break-ins\n\nThe inspector said two men had been arrested and were being questioned.\n"
    assert said(text, run(analysis_nlp, text)) == [
        ("The inspector", "said", "two men had been arrested and were being questioned")
    ]


def test_a_clause_joined_to_a_clause_stays_one_report(analysis_nlp: Language) -> None:
    text = (
        "Tom Hale said the plan was rushed and costs would rise.\n\n"
        "Lisa Brown said the committee met and agreed that the fee would rise.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Tom Hale", "said", "the plan was rushed and costs would rise") in quotes
    assert (
        "Lisa Brown",
        "said",
        "the committee met and agreed that the fee would rise",
    ) in quotes
    assert not any(speaker == "Lisa Brown" and cue == "agreed" for speaker, cue, _ in quotes)


def test_a_finite_verb_after_a_modal_clause_is_the_speakers_act(analysis_nlp: Language) -> None:
    text = "Ray Dunn said members should attend the meeting and called for a show of hands.\n"
    quotes = said(text, run(analysis_nlp, text))
    assert ("Ray Dunn", "said", "members should attend the meeting") in quotes
    assert ("Ray Dunn", "called for", "a show of hands") in quotes


def test_a_participle_after_an_aside_cue_is_the_speakers_not_their_words(
    analysis_nlp: Language,
) -> None:
    text = (
        "A ceasefire could be announced as soon as next week, two of the officials said, "
        "asking not to be named because the talks are private.\n"
    )
    quote = run(analysis_nlp, text).quotes[0]
    words = text[quote.start : quote.end]
    assert words.startswith("A ceasefire could be announced")
    assert "asking" not in words and "private" not in words


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "They pointed out that the regime was spreading rumours about spies and traitors in "
            "the army, but the real traitors were in the palace.",
            "that the regime was spreading rumours about spies and traitors in the army, but the "
            "real traitors were in the palace",
        ),
        # near miss: the writer's next fact after "but" is no part of what was stressed
        (
            "They stressed that the bridge was safe, but the road was closed on Sunday.",
            "that the bridge was safe",
        ),
    ],
)
def test_a_but_clause_naming_the_real_ones_is_still_what_they_said(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text = f"Defectors speak\n\nFormer guards held a press conference on Monday. {sentence}\n"
    assert [w for _, _, w in said(text, run(analysis_nlp, text))] == [words]
