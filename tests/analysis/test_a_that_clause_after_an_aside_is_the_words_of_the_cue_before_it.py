"""A that-clause after an aside ("went on to argue, in a long speech, that …") is what the
cue before the aside reports, though the parse hangs the clause on the verb the cue hangs on
("went on", "continues") or hangs that verb below the clause; what comes before the clause is
then no one's words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_clause_after_the_aside_is_the_cues_words(analysis_nlp: Language) -> None:
    text = (
        "Tax row\n\n"
        "Ruiz went on to argue, in a long speech, that the tax had failed.\n\n"
        "The mayor continues to insist, most recently at a meeting, that he opposed it.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("Ruiz", "argue", "that the tax had failed"),
        ("The mayor", "insist", "that he opposed it"),
    ]
