"""The reporter's own clause before an attribution ends before the "that" that opens the
attribution's clause ("… by a fire | that the fire service described as …", "… may ease |
now that officials say …"), not on it; a "that" which points at something stays."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def _claimed(analysis_nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(analysis_nlp, text)
    return [text[c.start : c.end] for c in result.claims if c.claimant is None]


def test_a_relative_that_is_left_to_the_attribution(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp,
        "Twelve people were hurt on Sunday in a warehouse by a fire that the chief fire officer "
        'described as "deliberate".\n',
    )
    assert claimed == ["Twelve people were hurt on Sunday in a warehouse by a fire"]
