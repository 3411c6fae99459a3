"""A clause before a reporting verb that closes its sentence after a comma ("…, Experian
said.", "…, said Experian.", "…, the agents said on Tuesday.") is what was said, even when the
parse hangs the cue on a name before it ("…, the club confirmed on Monday."), or when the
parse reads the clause's verb as a participle of its subject ("borrowers paid" as "borrowers
who were paid") and gives the cue two subjects; words that are no clause are not reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_clause_read_as_a_participle_is_the_closing_cues_words(
    analysis_nlp: Language,
) -> None:
    text = (
        "Loan data\n\n"
        "Most borrowers paid on time, Experian said.\n\n"
        "Few homeowners sold in the spring, the agents said on Tuesday.\n\n"
        "Most tenants paid in full, said Orla Brady.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("Experian", "said", "Most borrowers paid on time"),
        ("the agents", "said", "Few homeowners sold in the spring"),
        ("Orla Brady", "said", "Most tenants paid in full"),
    ]


def test_words_that_are_no_clause_before_a_closing_cue_are_not_reported(
    analysis_nlp: Language,
) -> None:
    text = "Hunt ends\n\nThe man who fled, police said.\n\nAsked about the loans, Brady said.\n"
    assert said(text, run(analysis_nlp, text)) == []


def test_a_quotes_own_cue_before_a_later_cue_is_no_words_of_it(analysis_nlp: Language) -> None:
    text = (
        "Election night\n\nMelanie watched the count with her son.\n\n“Are we ahead?” she "
        "said, but Kevin was drifting off again, and as the host went on about “the swing,” "
        "Melanie said yes, over and over again.\n"
    )
    assert [w for _, _, w in said(text, run(analysis_nlp, text)) if "drifting" in w] == []


def test_a_clause_before_a_later_cue_is_still_its_words(analysis_nlp: Language) -> None:
    text = "Election night\n\nThe count was close, but Kevin was drifting off, Melanie said.\n"
    assert [w for _, _, w in said(text, run(analysis_nlp, text))] == [
        "The count was close, but Kevin was drifting off"
    ]


def test_a_closing_cue_with_when_it_spoke_reports_the_whole_clause(
    analysis_nlp: Language,
) -> None:
    # The parse hangs "the club" on the player's name; the words of "agreed" ran on to it.
    for closing in ("the club confirmed on Monday", "the club confirmed"):
        text = (
            "Transfer news\n\n"
            f"Brentford have agreed a deal to sign Portugal midfielder Joao Neves, {closing}.\n"
        )
        words = "Brentford have agreed a deal to sign Portugal midfielder Joao Neves"
        assert said(text, run(analysis_nlp, text)) == [("the club", "confirmed", words)]
    # near miss: a description after the name is no cue, and the words keep it
    text = (
        "Transfer news\n\n"
        "Brentford have agreed a deal to sign Portugal midfielder Joao Neves, the club's "
        "manager.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("Brentford", "agreed", "a deal to sign Portugal midfielder Joao Neves, the club's manager")
    ]
