"""Counsel on a side of a trial speak as a group: "the defence said", "the prosecution told the
jury" name the lawyers of one side, no unknown speaker; "the defence ministry" is a body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The defence said the crash was a tragic accident.", "The defence", SpeakerKind.GROUP),
        (
            "The prosecution told the jury that the van had been stolen.",
            "The prosecution",
            SpeakerKind.GROUP,
        ),
        ("The defense argued that the brakes had failed.", "The defense", SpeakerKind.GROUP),
        (
            "The defence ministry said the drills would go ahead.",
            "The defence ministry",
            SpeakerKind.ORGANISATION,
        ),
    ],
)
def test_a_side_of_a_trial_is_a_group(
    analysis_nlp: Language, sentence: str, name: str, kind: SpeakerKind
) -> None:
    result = run(analysis_nlp, f"Driver jailed after crash\n\n{sentence}\n")
    assert [(s.name, s.kind) for s in result.speakers] == [(name, kind)]
