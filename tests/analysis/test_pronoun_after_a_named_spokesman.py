"""A "she" right after a named speaker is that speaker: never the article's author, named in
its byline, and not barred by a title that ends in "-man" ("health spokesman"), which news
gives women too."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_she_after_a_spokesman_with_a_name_is_that_spokesman(analysis_nlp: Language) -> None:
    text = (
        "Ferry timetable cut for winter\n\n"
        "By Jane Porter, Transport Reporter\n\n"
        "The Green Party's transport spokesman, Dr Nadira Quist, said the cuts were a mistake. "
        "She added that two in five islanders had no car.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Nadira Quist", "Nadira Quist"]


def test_the_author_in_the_byline_is_nobody_a_pronoun_stands_for(
    analysis_nlp: Language,
) -> None:
    text = (
        "Ferry timetable cut for winter\n\n"
        "By Jane Porter\n\n"
        "The timetable will lose three sailings a day from November. "
        "She said the cuts were a mistake.\n"
    )
    assert quote_speakers(analysis_nlp, text) != ["Jane Porter"]


def test_no_author_of_a_byline_with_several_names_is_a_pronoun_antecedent(
    analysis_nlp: Language,
) -> None:
    text = (
        "Nurses vote to strike\n\n"
        "By Tom Hale and Jane Porter, Health Reporters\n\n"
        "Nurses voted to strike, the union said.\n\n"
        "She added that talks had failed.\n"
    )
    assert "Jane Porter" not in quote_speakers(analysis_nlp, text)


def test_a_spokesman_unnamed_is_still_a_man(analysis_nlp: Language) -> None:
    text = (
        "Ferry timetable cut for winter\n\n"
        "Councillor Mary Dunne said the cuts would hurt. "
        "A spokesman for the operator said the route lost money. "
        "She said islanders would fight the plan.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Mary Dunne"
