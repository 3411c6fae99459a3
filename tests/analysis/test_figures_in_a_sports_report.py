"""A sports report: a sprint time written "10.84sec" is 10.84 seconds, as "10.84s" is; the
scores beside it stay scores."""

from __future__ import annotations

from spacy.language import Language

from .helpers import found

MEET = (
    "Ravens came from 2-0 down to win 3-2 on Saturday. At the stadium next door, Adaeze Obi"
    " ran 10.84sec to break the national record.\n"
)


def test_seconds_abbreviated_sec(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, MEET)
    sprint = figures["10.84sec"]
    assert (sprint.kind.value, sprint.value, sprint.unit) == ("quantity", 10.84, "seconds")
    assert (figures["2-0"].value, figures["3-2"].value) == ("2-0", "3-2")
