"""A quote opened with two apostrophes, as some feeds write it, whose opening mark the parse
hangs on the sentence before, is still the words of the cue after it: "… seen by others as
greedy. ''Candidate Hale should …,'' Mr. Ruiz said." is Ruiz's, and "He doesn't think so.
''I don't judge …,'' he said. ''But most …''" is one quote in two parts."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_cue_after_the_quote_names_its_speaker(analysis_nlp: Language) -> None:
    text = (
        "Tax returns\n\nWhat Mr. Hale considers ''smart'' might be seen by others as evasive. "
        "''Candidate Hale should follow the precedent and release his tax returns,'' "
        "Mr. Ruiz said.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes if "Candidate Hale" in words(text, q)] == ["Ruiz"]


def test_a_quote_after_one_so_opened_goes_on_with_it(analysis_nlp: Language) -> None:
    text = (
        "College savings\n\nHarsh? He doesn't think so. ''I don't judge what people choose to "
        "spend money on,'' he said. ''But most parents wish they could go back and change "
        "what they spent.''\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes if "judge" in words(text, q)] == [
        "''I don't judge what people choose to spend money on,'' | ''But most parents wish "
        "they could go back and change what they spent.''"
    ]
