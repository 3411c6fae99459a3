"""Words in quotation marks whose cue's subject is a thing that states nothing (a rise, a rate,
the "it" of "it goes without saying") stay a quote, with no speaker: the reader shows no "It"
or "The rise in prices" as a speaker. A quote a person gives in the same sentence stays theirs."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def said_in(nlp: Language, line: str) -> list[tuple[str | None, str | None, str]]:
    text, result = run_with_text(nlp, f"Harvest\n\n{line}\n")
    return said(text, result)


def test_a_thing_that_states_nothing_is_no_speaker(analysis_nlp: Language) -> None:
    for line, cue, words in (
        ("It goes without saying: “The barns will be rebuilt by spring.”", "saying", "barns"),
        ("The rise in prices told its own story: “a lean year for every grower.”", "told", "lean"),
        ("The levy rate said: “This is the lowest in a decade.”", "said", "lowest"),
    ):
        [(speaker, cue_found, quoted)] = said_in(analysis_nlp, line)
        assert speaker is None, line
        assert cue_found == cue and words in quoted, line


def test_a_person_quoted_beside_it_still_says_it(analysis_nlp: Language) -> None:
    line = "The rise in prices said it all: “We have nothing left,” a grower said."
    assert said_in(analysis_nlp, line) == [("a grower", "said", "“We have nothing left,”")]
