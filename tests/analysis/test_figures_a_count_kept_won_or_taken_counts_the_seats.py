"""A count kept, won or taken with no noun after a count won or lost counts the same things, as
one lost does: "The Conservatives lost 14 seats and kept 11, while Labour won 9. The Liberal
Democrats took 5." counts seats each time. Not after a count neither won nor lost ("employs
400 workers. It took 3 to court")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import found

_STORY = (
    "The Conservatives lost 14 seats on the district council and kept 11, while Labour won 9."
    " The Liberal Democrats took 5."
)


def test_each_count_kept_won_or_taken_counts_seats(nlp: Language) -> None:
    figures = found(nlp, _STORY)
    assert [figures[words].unit for words in ("11", "9", "5")] == ["seats"] * 3


def test_a_count_taken_after_people_employed_counts_nothing_named(nlp: Language) -> None:
    text = "The mill employs 400 workers. It took 3 to court over unpaid wages."
    assert found(nlp, text)["3"].unit is None
