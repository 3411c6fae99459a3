"""A person's noun with "the" ("the veteran", "the pilot") is the person the article described
by that noun ("Tom Reed, a veteran of three strikes", "the veteran Tom Reed"), the nearest such
one before, not merely the person named last; with no one described so, it is a speaker of its
own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_HEADLINE = "Strike talks collapse\n\n"


def test_the_veteran_is_the_one_described_as_a_veteran(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Talks broke down on Monday. Tom Reed, a veteran of three earlier disputes, said the "
        'company had not moved in six months. "They think we will fold," the veteran added.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Tom Reed", "Tom Reed"]


def test_the_noun_is_whom_it_described_not_the_last_named(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Ann Webb, a pilot for twenty years, said the airline had cut too deep. Sam Cole, who "
        'runs the union branch, said talks would resume. "Nobody listens to us," the pilot '
        'said. "We just want to get home," the driver said.\n'
    )
    # no one was called a driver: the driver is someone of their own
    assert quote_speakers(analysis_nlp, text) == ["Ann Webb", "Sam Cole", "Ann Webb", "the driver"]


def test_a_noun_written_before_the_name_describes_that_person(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "The veteran Tom Reed said the company had not moved. Ann Webb, who chairs the branch, "
        'said talks would resume. "They think we will fold," the veteran added.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Tom Reed", "Ann Webb", "Tom Reed"]
