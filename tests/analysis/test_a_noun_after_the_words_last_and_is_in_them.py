"""A noun after the last "and" of a reported clause is more of it, though the parse hung it on
"said" as its object: "said the offences were aggravated by the length of time over which they
were committed and the vulnerability of the victims" reports the victims too. A verb after the
"and" is the speaker's own act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Manager jailed\n\nJudge Price passed sentence.\n\n"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "She said the offences were aggravated by the length of time over which they were "
            "committed and the vulnerability of the victims.",
            "the offences were aggravated by the length of time over which they were committed "
            "and the vulnerability of the victims",
        ),
        (
            "She said the sentence was fair and thanked the jury.",
            "the sentence was fair",
        ),
    ],
)
def test_a_noun_after_the_last_and_is_in_the_words(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [w for _, _, w in said(text, result)] == [reported]


def test_a_noun_the_parse_left_hanging_on_the_cue_is_in_the_words(analysis_nlp: Language) -> None:
    # after a quote and before another report, the parse hangs the noun on "said" as a "dep"
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}“The fact that you were in financial difficulty is no excuse whatsoever.”\n\n"
        "She said the offences were aggravated by the length of time over which they were "
        "committed and the vulnerability of the victims.\n\nDetective Constable Lee Marsh, of "
        "Gloucestershire Police, said after the hearing that the case had been hard.\n",
    )
    assert (
        "the offences were aggravated by the length of time over which they were committed and "
        "the vulnerability of the victims"
    ) in [w for _, _, w in said(text, result)]
