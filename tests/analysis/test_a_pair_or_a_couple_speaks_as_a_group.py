"""Two people spoken of as one ("the pair said", "the couple told the court") are a group, shown
as written and merged into neither person named before; "said one" after them is one of the
pair. "A couple of weeks" in the words is no speaker."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_the_pair_and_one_of_them(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Ray Cole and Tom Hart founded the bakery in 1998. \u201cWe will not be bullied,\u201d "
        "the pair said. \u201cIt is our life,\u201d said one.\n",
    )
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("the pair", SpeakerKind.GROUP),
        ("one of the pair", SpeakerKind.PERSON),
    ]


def test_the_couple_is_a_group(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Ann and Joe Pike have run the farm for 30 years. The couple told the court they had "
        "never been warned.\n",
    )
    assert [(s.name, s.kind) for s in result.speakers] == [("The couple", SpeakerKind.GROUP)]


def test_a_couple_of_weeks_is_no_speaker(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, "The council will vote in a couple of weeks, a spokesman said.\n")
    assert [s.name for s in result.speakers] == ["a spokesman"]
